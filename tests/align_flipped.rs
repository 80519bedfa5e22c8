//! `Alignment::flipped`: the same links seen from the other side, on every
//! pair of the demo's articles and every same-event NewsWCL50 pair.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::LazyLock;

use storydiff::align::{AlignOptions, Alignment, RowKind, align};
use storydiff::corpus::{self, Article, LoadOptions};

/// One aligned development pair: names, sentence counts and the alignment.
struct Aligned {
    name: String,
    sentences: (usize, usize),
    alignment: Alignment,
}

/// Every development pair, aligned once for all tests.
static ALIGNED: LazyLock<Vec<Aligned>> = LazyLock::new(|| {
    development_pairs()
        .iter()
        .map(|(left, right)| Aligned {
            name: format!("{} vs {}", left.id, right.id),
            sentences: (left.sentence_count(), right.sentence_count()),
            alignment: align(left, right, &AlignOptions::default()),
        })
        .collect()
});

fn development_pairs() -> Vec<(Article, Article)> {
    let mut sets = vec![corpus::load_demo().articles];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    for event in 0..10 {
        let dir = root.join(format!("event_{event}"));
        sets.push(corpus::load_paths(&[dir], &LoadOptions::default()).articles);
    }
    let mut pairs = Vec::new();
    for set in &sets {
        for (k, a) in set.iter().enumerate() {
            for b in &set[k + 1..] {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    pairs
}

/// Every (left, right) sentence link with its kind and similarity.
fn links(alignment: &Alignment) -> BTreeSet<(usize, usize, &'static str, u32)> {
    alignment
        .rows
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .flat_map(|r| {
            r.left.iter().flat_map(move |&i| {
                r.right
                    .iter()
                    .map(move |&j| (i, j, r.kind.as_str(), r.similarity.to_bits()))
            })
        })
        .collect()
}

#[test]
fn flipping_twice_gives_the_alignment_back() {
    assert_eq!(ALIGNED.len(), 10 + 100);
    for pair in ALIGNED.iter() {
        assert_eq!(
            pair.alignment.flipped().flipped(),
            pair.alignment,
            "{}",
            pair.name
        );
    }
}

#[test]
fn a_flipped_alignment_has_the_same_links_swapped() {
    for pair in ALIGNED.iter() {
        let alignment = &pair.alignment;
        let flipped = alignment.flipped();
        let swapped: BTreeSet<_> = links(alignment)
            .into_iter()
            .map(|(i, j, kind, s)| (j, i, kind, s))
            .collect();
        assert_eq!(links(&flipped), swapped, "{}", pair.name);
        let (s, f) = (alignment.summary, flipped.summary);
        assert_eq!(
            (f.left_shared, f.right_shared),
            (s.right_shared, s.left_shared)
        );
        assert_eq!((f.left_only, f.right_only), (s.right_only, s.left_only));
        assert_eq!((f.same, f.reworded), (s.same, s.reworded));
    }
}

#[test]
fn a_flipped_alignment_reads_in_the_new_left_order() {
    for pair in ALIGNED.iter() {
        let flipped = pair.alignment.flipped();
        let mut seen_left = vec![0; pair.sentences.1];
        let mut seen_right = vec![0; pair.sentences.0];
        let mut last_left = None;
        for row in &flipped.rows {
            row.left.iter().for_each(|&i| seen_left[i] += 1);
            row.right.iter().for_each(|&j| seen_right[j] += 1);
            if let Some(&first) = row.left.first() {
                assert!(
                    last_left.is_none_or(|l| first > l),
                    "{}: left order",
                    pair.name
                );
                last_left = row.left.last().copied();
            }
            match row.kind {
                RowKind::LeftOnly => assert!(row.right.is_empty() && !row.moved),
                RowKind::RightOnly => assert!(row.left.is_empty() && !row.moved),
                _ => assert!(!row.left.is_empty() && !row.right.is_empty()),
            }
        }
        assert!(
            seen_left.iter().chain(&seen_right).all(|&n| n == 1),
            "{}",
            pair.name
        );
    }
}

#[test]
fn the_demo_pair_flipped_is_the_other_sides_reading() {
    let demo = corpus::load_demo();
    let alignment = align(
        &demo.articles[0],
        &demo.articles[1],
        &AlignOptions::default(),
    );
    let flipped = alignment.flipped();
    // TASS (the new left) is read in order: its linked rows are in order of
    // their first TASS sentence, and one-sided Sputnik sentences sit between.
    let firsts: Vec<usize> = flipped
        .rows
        .iter()
        .filter_map(|r| r.left.first().copied())
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(flipped.summary.left_only, alignment.summary.right_only);
    assert!(flipped.rows.iter().any(|r| r.kind == RowKind::RightOnly));
}
