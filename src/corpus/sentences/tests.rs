use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::cases::CASES;
use super::golden::GOLDEN;
use super::rules::{self, Decision, Left};
use super::{split_layered, split_sentences};

/// Every tricky case: the news corpus's and the general-English ones.
fn all_cases() -> impl Iterator<Item = &'static (&'static str, &'static [&'static str])> {
    CASES.iter().chain(GOLDEN)
}

/// How many cases `split` gets exactly right.
fn score(split: impl Fn(&str) -> Vec<String>) -> usize {
    all_cases()
        .filter(|(input, expected)| split(input) == *expected)
        .count()
}

/// `sentencex` alone (splitting only at whitespace, as every layer does).
fn sentencex_alone(paragraph: &str) -> Vec<String> {
    split_layered(paragraph, |_, _| Decision::Defer, false)
}

/// All layers but the rules judged on a left token of kind `off`.
fn without_rules_for(off: Left) -> impl Fn(&str) -> Vec<String> {
    move |paragraph| {
        let decide = |l: &str, r: &str| {
            if rules::classify_left(l) == off {
                Decision::Defer
            } else {
                rules::decide(l, r)
            }
        };
        split_layered(paragraph, decide, true)
    }
}

#[test]
fn every_layer_does_at_least_as_well_as_sentencex_alone() {
    let total = all_cases().count();
    let layered = score(split_sentences);
    let alone = score(sentencex_alone);
    eprintln!("cases right of {total}: layered {layered}, sentencex alone {alone}");
    assert!(
        layered >= alone,
        "layered {layered} < sentencex alone {alone}"
    );
    let no_lists = score(|p| split_layered(p, rules::decide, false));
    eprintln!("  without the list layer: {no_lists}");
    assert!(layered >= no_lists, "the list layer costs cases");
    for kind in Left::ALL {
        let without = score(without_rules_for(kind));
        eprintln!("  without the rules after {kind:?}: {without}");
        assert!(layered >= without, "the rules after {kind:?} cost cases");
    }
}

#[test]
fn splits_tricky_cases() {
    assert!(CASES.len() >= 35, "keep at least 35 news cases");
    assert!(GOLDEN.len() >= 20, "keep at least 20 general-English cases");
    let failures: Vec<String> = all_cases()
        .filter_map(|(input, expected)| {
            let got = split_sentences(input);
            (got != *expected)
                .then(|| format!("{input:?}\n  got      {got:?}\n  expected {expected:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Checks the contract: sentences are non-empty, trimmed, and join with single
/// spaces to the paragraph with its whitespace collapsed.
fn contract_violation(paragraph: &str, sentences: &[String]) -> Option<String> {
    if let Some(bad) = sentences
        .iter()
        .find(|s| s.is_empty() || s.trim() != s.as_str())
    {
        return Some(format!("empty or untrimmed sentence {bad:?}"));
    }
    let collapsed = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    let joined = sentences.join(" ");
    (joined != collapsed).then(|| format!("joined {joined:?} != collapsed {collapsed:?}"))
}

/// Pieces that exercise the rules: titles, acronyms, initials, quotes, breaks.
const PIECES: &[&str] = &[
    "Mr.", "U.S.", "a.m.", "J.", "Inc.", "He", "the", "said.", "“It", "odd.”", "\"Why", "now?\"",
    "(He", "left.)", "...", "…", "3.5", "1,000", "No.", "5", "WOW!", "it’s", "—", "\n", "\n\n",
    " ", "x.Y", "'no.'", ".", "?", "!",
];

proptest! {
    #[test]
    fn contract_holds_for_arbitrary_text(
        text in "[a-zA-Z0-9 .!?,;:\"“”'’()\\-\n]{0,300}"
    ) {
        let sentences = split_sentences(&text);
        let violation = contract_violation(&text, &sentences);
        prop_assert!(violation.is_none(), "{}", violation.unwrap_or_default());
    }

    #[test]
    fn contract_holds_for_news_like_text(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..80),
        glue in proptest::collection::vec(proptest::bool::ANY, 80)
    ) {
        let text: String = pieces
            .iter()
            .zip(&glue)
            .map(|(piece, spaced)| if *spaced { format!("{piece} ") } else { piece.to_string() })
            .collect();
        let sentences = split_sentences(&text);
        let violation = contract_violation(&text, &sentences);
        prop_assert!(violation.is_none(), "{}", violation.unwrap_or_default());
    }
}

/// All `.txt` files directly under `dir` and one level below it, sorted.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for path in entries.map(|e| e.expect("readable directory entry").path()) {
        if path.is_dir() {
            files.extend(text_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "txt") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn contract_holds_on_all_real_paragraphs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = text_files(&root.join("tests/data/newswcl50"));
    files.extend(text_files(&root.join("assets/corpus")));
    assert!(files.len() >= 55, "expected NewsWCL50 and seed articles");
    let mut paragraphs = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable article");
        for paragraph in text.lines().filter(|l| !l.trim().is_empty()) {
            paragraphs += 1;
            let sentences = split_sentences(paragraph);
            if let Some(violation) = contract_violation(paragraph, &sentences) {
                panic!("{}: {violation}", file.display());
            }
        }
    }
    assert!(paragraphs > 1_000, "only {paragraphs} paragraphs found");
}

#[test]
fn long_paragraphs_split_completely() {
    let paragraph: String = (0..100_000)
        .map(|n| format!("This is sentence {n}. "))
        .collect();
    let sentences = split_sentences(&paragraph);
    assert_eq!(sentences.len(), 100_000);
    assert_eq!(sentences[99_999], "This is sentence 99999.");
    // Unbalanced quotation marks make plain sentencex quadratic; chunking
    // keeps this fast (checked by hand, no timing assert here).
    let quoted: String = (0..30_000)
        .map(|n| format!("“Mr. Smith said {n}. "))
        .collect();
    assert_eq!(split_sentences(&quoted).len(), 30_000);
}
