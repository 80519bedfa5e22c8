use std::collections::BTreeSet;
use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;

use super::*;
use crate::align::MAX_RUN;
use crate::corpus::{self, Corpus, LoadOptions};

/// The demo and NewsWCL50 (10 events × 5 outlets), loaded once.
static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let mut corpus = corpus::load_demo();
    let wcl = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    corpus
        .articles
        .extend(corpus::load_paths(&[wcl], &LoadOptions::default()).articles);
    corpus
});

/// Corpus indices of the articles of NewsWCL50 event `n`.
fn event(n: usize) -> Vec<usize> {
    let folder = format!("event_{n}");
    CORPUS
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.path.contains(&folder))
        .map(|(i, _)| i)
        .collect()
}

fn collate(members: &[usize]) -> Collation {
    Collation::new(&CORPUS.articles, members, &AlignOptions::default())
}

type Links = BTreeSet<(usize, usize)>;

fn alignment_links(alignment: &Alignment) -> Links {
    alignment
        .rows
        .iter()
        .flat_map(|r| {
            r.left
                .iter()
                .flat_map(move |&i| r.right.iter().map(move |&j| (i, j)))
        })
        .collect()
}

/// The links the table states between witness `a` (as reference) and `b`.
fn table_links(table: &CoverageTable, a: usize, b: usize) -> Links {
    table
        .passages
        .iter()
        .filter(|p| p.reference == a)
        .flat_map(|p| {
            let (x, y) = (&p.cells[a].sentences, &p.cells[b].sentences);
            x.iter()
                .flat_map(move |&i| y.iter().map(move |&j| (i, j)))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn check_invariants(collation: &Collation) -> Result<(), TestCaseError> {
    let table = &collation.table;
    let n = collation.len();
    let pivot = table.pivot;
    for passage in &table.passages {
        prop_assert_eq!(passage.cells.len(), n);
        let reference = &passage.cells[passage.reference];
        prop_assert_eq!(reference.relation, Relation::Pivot);
        prop_assert!(!reference.sentences.is_empty() && reference.sentences.len() <= MAX_RUN);
        for cell in &passage.cells {
            prop_assert_eq!(cell.sentences.is_empty(), cell.relation == Relation::Absent);
            prop_assert_eq!(
                cell.similarity.is_none(),
                !matches!(cell.relation, Relation::Same | Relation::Reworded)
            );
        }
    }
    for w in (0..n).filter(|&w| w != pivot) {
        // Pivot rows state exactly the pair's links.
        let pair = alignment_links(&collation.alignment(pivot, w));
        prop_assert_eq!(table_links(table, pivot, w), pair, "pivot vs witness {}", w);
        // Rows the pivot lacks state only links their pair has.
        for v in (0..n).filter(|&v| v != w) {
            let pair = alignment_links(&collation.alignment(w, v));
            prop_assert!(table_links(table, w, v).is_subset(&pair), "{} vs {}", w, v);
        }
    }
    // Every sentence of every witness is in some cell.
    for (w, &article) in collation.witnesses.iter().enumerate() {
        let seen: BTreeSet<usize> = table
            .passages
            .iter()
            .flat_map(|p| p.cells[w].sentences.iter().copied())
            .collect();
        prop_assert_eq!(seen.len(), CORPUS.articles[article].sentence_count());
    }
    Ok(())
}

#[test]
fn witnesses_keep_the_collations_articles_keys_and_story_key() {
    let collation = collate(&event(5));
    let kept = collation.witnesses();
    assert_eq!(kept.witnesses, collation.witnesses);
    assert_eq!(kept.keys, collation.keys);
    assert_eq!(kept.story_key, collation.story_key);
    let ids = |articles: Vec<&Article>| -> Vec<String> {
        articles.iter().map(|a| a.id.clone()).collect()
    };
    assert_eq!(
        ids(kept.articles(&CORPUS.articles)),
        ids(collation.articles(&CORPUS.articles))
    );
    assert_eq!(kept.witnesses.len(), 5);
}

#[test]
fn the_demo_pair_collates_to_its_alignment() {
    let collation = collate(&[1, 0]);
    assert_eq!(collation.witnesses, [0, 1], "Sputnik and TASS, by name");
    check_invariants(&collation).unwrap();
    let same_or_reworded = collation
        .table
        .passages
        .iter()
        .filter(|p| p.carried_by() == 2)
        .count();
    let summary = collation.alignment(0, 1).summary;
    assert_eq!(same_or_reworded, summary.same + summary.reworded);
}

#[test]
fn a_five_outlet_event_keeps_every_pair_and_passage_level_rows() {
    let members = event(5);
    assert_eq!(members.len(), 5);
    let collation = collate(&members);
    assert_eq!(collation.pairs().count(), 10);
    check_invariants(&collation).unwrap();
    let table = &collation.table;
    assert!(
        table.passages.iter().any(|p| p.carried_by() >= 3),
        "shared passages"
    );
    assert!(table.one_sided().count() > 0, "one-sided passages");
    let coverage = table.coverage(collation.len());
    assert!(
        coverage.iter().all(|&c| c > 0.0 && c <= 1.0),
        "{coverage:?}"
    );
}

#[test]
fn every_cell_anchors_and_resolves_in_place() {
    let collation = collate(&event(3));
    for (p, passage) in collation.table.passages.iter().enumerate() {
        for (w, cell) in passage.cells.iter().enumerate() {
            let anchor = collation.anchor(&CORPUS.articles, p, w);
            assert_eq!(anchor.is_none(), cell.sentences.is_empty());
            if let Some(anchor) = anchor {
                let article = &CORPUS.articles[collation.witnesses[w]];
                let found = resolve(&anchor, article).expect("found again");
                assert_eq!(found.status, AnchorStatus::Anchored);
                assert_eq!(found.sentences.collect::<Vec<_>>(), cell.sentences);
            }
        }
    }
}

#[test]
fn any_member_can_be_the_pivot() {
    let mut collation = collate(&event(2));
    for pivot in 0..collation.len() {
        collation.set_pivot(&CORPUS.articles, pivot);
        assert_eq!(collation.table.pivot, pivot);
        check_invariants(&collation).unwrap();
    }
}

#[test]
fn flipped_pairs_hold_the_same_links() {
    let collation = collate(&event(7));
    for ((a, b), alignment) in collation.pairs() {
        let swapped: Links = alignment_links(alignment)
            .into_iter()
            .map(|(i, j)| (j, i))
            .collect();
        assert_eq!(alignment_links(&collation.alignment(b, a)), swapped);
        assert_eq!(&collation.alignment(b, a).flipped(), alignment);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_table_never_contradicts_a_pair_and_ignores_input_order(
        event_no in 0usize..10,
        take in 2usize..=5,
        seed in any::<u64>(),
    ) {
        let mut members = event(event_no);
        members.truncate(take);
        let collation = collate(&members);
        check_invariants(&collation)?;
        // Shuffled input, same table.
        let mut shuffled = members.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(&collate(&shuffled), &collation);
    }
}
