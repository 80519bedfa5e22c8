//! Emphasis on reworded rows of real article pairs: shared words are kept
//! even when a paraphrase reorders them, and lone function words are not
//! kept as noise.
//!
//! Measured on every pair of articles within each NewsWCL50 event in
//! `tests/data/newswcl50` (10 events) plus the seed pair.

use std::collections::HashSet;
use std::path::Path;

use rust_stemmers::{Algorithm, Stemmer};
use storydiff::align::{AlignOptions, RowKind, align};
use storydiff::corpus::terms::{is_stop_word, words};
use storydiff::corpus::{self, Article, LoadOptions};
use storydiff::diff::{Change, DiffOp, MarkedText, change_runs, word_diff};

/// Every pair of articles within each event, and the seed pair.
fn pairs() -> Vec<(Article, Article)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let mut pairs = Vec::new();
    for event in 0..10 {
        let dir = root.join(format!("event_{event}"));
        let articles = corpus::load_paths(&[dir], &LoadOptions::default()).articles;
        for (i, a) in articles.iter().enumerate() {
            pairs.extend(articles[i + 1..].iter().map(|b| (a.clone(), b.clone())));
        }
    }
    let demo = corpus::load_demo();
    pairs.push((demo.articles[0].clone(), demo.articles[1].clone()));
    pairs
}

/// The texts of every reworded row of every pair.
fn reworded_rows() -> Vec<(String, String)> {
    let mut rows = Vec::new();
    for (a, b) in pairs() {
        let alignment = align(&a, &b, &AlignOptions::default());
        let (lt, rt) = (a.sentence_texts(), b.sentence_texts());
        rows.extend(
            alignment
                .rows
                .iter()
                .filter(|row| row.kind == RowKind::Reworded)
                .map(|row| row.texts(&lt, &rt)),
        );
    }
    rows
}

/// The marks the edit script alone gives (what emphasis showed before).
fn in_order_marks(left: &str, right: &str) -> (MarkedText, MarkedText) {
    let (mut l, mut r) = (Vec::new(), Vec::new());
    for run in word_diff(left, right) {
        match run.op {
            DiffOp::Equal => {
                l.push((run.text.clone(), Change::Kept));
                r.push((run.text, Change::Kept));
            }
            DiffOp::Delete => l.push((run.text, Change::Removed)),
            DiffOp::Insert => r.push((run.text, Change::Added)),
        }
    }
    (l, r)
}

fn stem(stemmer: &Stemmer, word: &str) -> String {
    stemmer.stem(&word.to_lowercase()).into_owned()
}

fn is_content(word: &str) -> bool {
    word.chars().count() >= 2 && !is_stop_word(&word.to_lowercase())
}

/// Counts over one side: (shared content words, those left emphasised,
/// emphasised words).
fn side_counts(stemmer: &Stemmer, side: &MarkedText, other: &str) -> (usize, usize, usize) {
    let others: HashSet<String> = words(other).map(|w| stem(stemmer, w)).collect();
    let (mut shared, mut shared_marked, mut marked) = (0, 0, 0);
    for (text, change) in side {
        for word in words(text) {
            let is_shared = is_content(word) && others.contains(&stem(stemmer, word));
            let emphasised = *change != Change::Kept;
            shared += usize::from(is_shared);
            shared_marked += usize::from(is_shared && emphasised);
            marked += usize::from(emphasised);
        }
    }
    (shared, shared_marked, marked)
}

/// Kept runs on a reworded side that hold only stop words between changes.
fn lone_function_words(side: &MarkedText) -> usize {
    side.windows(3)
        .filter(|w| w[1].1 == Change::Kept && w[0].1 != Change::Kept && w[2].1 != Change::Kept)
        .filter(|w| words(&w[1].0).all(|word| !is_content(word)))
        .filter(|w| words(&w[1].0).next().is_some())
        .count()
}

#[test]
fn shared_words_of_paraphrases_are_kept_and_function_words_are_not_noise() {
    let stemmer = Stemmer::create(Algorithm::English);
    let rows = reworded_rows();
    let mut totals = [[0usize; 5]; 2];
    for (left, right) in &rows {
        for (t, marks) in [in_order_marks(left, right), change_runs(left, right)]
            .into_iter()
            .enumerate()
        {
            let rebuilt = |side: &MarkedText| side.iter().map(|r| r.0.as_str()).collect::<String>();
            assert_eq!(
                (rebuilt(&marks.0), rebuilt(&marks.1)),
                (left.clone(), right.clone())
            );
            for (side, other) in [(&marks.0, right), (&marks.1, left)] {
                let (s, sm, m) = side_counts(&stemmer, side, other);
                let all = words(if std::ptr::eq(other, right) {
                    left
                } else {
                    right
                })
                .count();
                let counts = [s, sm, m, all, lone_function_words(side)];
                totals[t]
                    .iter_mut()
                    .zip(counts)
                    .for_each(|(total, c)| *total += c);
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    for (name, [s, sm, m, all, lone]) in ["edit script", "emphasis"].into_iter().zip(totals) {
        eprintln!(
            "{name}: {} reworded rows, {:.1}% of words emphasised, {:.1}% of {s} shared content words emphasised, {lone} lone function words kept",
            rows.len(),
            pct(m, all),
            pct(sm, s)
        );
    }
    let ([s0, sm0, ..], [s1, sm1, _, _, lone1]) = (totals[0], totals[1]);
    assert!(rows.len() >= 50, "only {} reworded rows", rows.len());
    assert!(
        pct(sm1, s1) < pct(sm0, s0) / 4.0,
        "shared words still emphasised"
    );
    // What is left is mostly a word one side repeats more often.
    assert!(
        pct(sm1, s1) <= 10.0,
        "{:.1}% shared words emphasised",
        pct(sm1, s1)
    );
    assert!(
        lone1 <= totals[0][4],
        "emphasis keeps more lone function words"
    );
}
