//! Invariants of alignment, property-tested on articles assembled from real
//! sentences: every sentence appears in exactly one row, rows follow the left
//! article's order, and no row holds more than three sentences a side.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use storydiff::align::{AlignOptions, MAX_RUN, RowKind, align};
use storydiff::corpus::{self, Article, LoadOptions};

static POOL: LazyLock<Vec<String>> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50/event_3");
    let corpus = corpus::load_paths(&[dir], &LoadOptions::default());
    corpus
        .articles
        .iter()
        .flat_map(|a| a.sentences().map(|s| s.text.clone()).collect::<Vec<_>>())
        .collect()
});

fn article(picks: &[usize]) -> Article {
    let sentences: Vec<String> = picks
        .iter()
        .map(|&i| POOL[i % POOL.len()].clone())
        .collect();
    Article::from_paragraphs(
        "generated",
        sentences.chunks(3).map(<[String]>::to_vec).collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_sentence_is_in_exactly_one_row_in_left_order(
        left in prop::collection::vec(0usize..400, 0..30),
        right in prop::collection::vec(0usize..400, 0..30),
    ) {
        let (a, b) = (article(&left), article(&right));
        let alignment = align(&a, &b, &AlignOptions::default());
        let mut left_seen = vec![0; a.sentence_count()];
        let mut right_seen = vec![0; b.sentence_count()];
        let mut last_left = None;
        for row in &alignment.rows {
            prop_assert!(row.left.len() <= MAX_RUN && row.right.len() <= MAX_RUN);
            for &i in &row.left { left_seen[i] += 1; }
            for &j in &row.right { right_seen[j] += 1; }
            if let Some(&first) = row.left.first() {
                prop_assert!(last_left.is_none_or(|l| first > l), "rows follow the left order");
                last_left = row.left.last().copied();
            }
            match row.kind {
                RowKind::LeftOnly => prop_assert!(row.right.is_empty() && row.left.len() == 1),
                RowKind::RightOnly => prop_assert!(row.left.is_empty() && row.right.len() == 1),
                _ => prop_assert!(!row.left.is_empty() && !row.right.is_empty()),
            }
            prop_assert!((0.0..=1.0).contains(&row.similarity));
        }
        prop_assert!(left_seen.iter().all(|&n| n == 1));
        prop_assert!(right_seen.iter().all(|&n| n == 1));
    }

    #[test]
    fn an_article_aligned_with_itself_is_all_same_and_in_order(
        picks in prop::collection::vec(0usize..400, 1..25),
    ) {
        let mut unique = picks.clone();
        unique.sort_unstable();
        unique.dedup();
        let a = article(&unique);
        let alignment = align(&a, &a, &AlignOptions::default());
        prop_assert!(alignment.rows.iter().all(|r| r.kind == RowKind::Same && !r.moved));
        prop_assert!((alignment.summary.left_shared - 1.0).abs() < 1e-6);
    }
}
