//! Collating an article made from the input (one paragraph per line) with a
//! copy of itself, and with one demo article: in both orientations of each
//! pair, every sentence of each side is in exactly one row, and the word
//! diff of every linked row rebuilds both sides.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use storydiff::align::{AlignOptions, Alignment, RowKind};
use storydiff::collate::Collation;
use storydiff::corpus::sentences::split_sentences;
use storydiff::corpus::{Article, load_demo};
use storydiff::diff::{DiffOp, change_runs, word_diff};

fn demo() -> &'static [Article] {
    static DEMO: OnceLock<Vec<Article>> = OnceLock::new();
    DEMO.get_or_init(|| load_demo().articles)
}

fn article(id: &str, text: &str) -> Article {
    let paragraphs = text
        .split('\n')
        .map(split_sentences)
        .filter(|p| !p.is_empty())
        .collect();
    Article::from_paragraphs(id, paragraphs)
}

fn check(alignment: &Alignment, left: &Article, right: &Article) {
    let (left, right) = (left.sentence_texts(), right.sentence_texts());
    let mut left_seen = vec![0; left.len()];
    let mut right_seen = vec![0; right.len()];
    for row in &alignment.rows {
        match row.kind {
            RowKind::LeftOnly => assert!(!row.left.is_empty() && row.right.is_empty()),
            RowKind::RightOnly => assert!(row.left.is_empty() && !row.right.is_empty()),
            RowKind::Same | RowKind::Reworded => {
                assert!(!row.left.is_empty() && !row.right.is_empty());
            }
        }
        for (indices, seen) in [(&row.left, &mut left_seen), (&row.right, &mut right_seen)] {
            assert!(indices.windows(2).all(|w| w[1] == w[0] + 1), "{indices:?}");
            for &i in indices {
                seen[i] += 1;
            }
        }
        if row.left.is_empty() || row.right.is_empty() {
            continue;
        }
        let (l, r) = row.texts(&left, &right);
        let runs = word_diff(&l, &r);
        let side = |keep: DiffOp| -> String {
            runs.iter()
                .filter(|run| run.op == DiffOp::Equal || run.op == keep)
                .map(|run| run.text.as_str())
                .collect()
        };
        assert!(runs.iter().all(|run| !run.text.is_empty()), "{runs:?}");
        assert_eq!(side(DiffOp::Delete), l, "Equal + Delete is the left text");
        assert_eq!(side(DiffOp::Insert), r, "Equal + Insert is the right text");
        let (marked_left, marked_right) = change_runs(&l, &r);
        let joined =
            |marked: &[(String, _)]| marked.iter().map(|m| m.0.as_str()).collect::<String>();
        assert_eq!(joined(&marked_left), l, "emphasis rebuilds the left text");
        assert_eq!(joined(&marked_right), r, "emphasis rebuilds the right text");
    }
    assert!(left_seen.iter().all(|&n| n == 1), "left rows {left_seen:?}");
    assert!(
        right_seen.iter().all(|&n| n == 1),
        "right rows {right_seen:?}"
    );
}

fuzz_target!(|text: &str| {
    let demo = demo();
    let other = &demo[text.len() % demo.len()];
    let articles = [
        article("fuzz", text),
        article("fuzz-copy", text),
        other.clone(),
    ];
    // The input against itself, then against one demo article.
    for members in [[0, 1], [0, 2]] {
        let collation = Collation::new(&articles, &members, &AlignOptions::default());
        assert_eq!(collation.len(), 2);
        for (a, b) in [(0, 1), (1, 0)] {
            let alignment = collation.alignment(a, b);
            let (left, right) = (collation.witnesses[a], collation.witnesses[b]);
            check(&alignment, &articles[left], &articles[right]);
        }
    }
});
