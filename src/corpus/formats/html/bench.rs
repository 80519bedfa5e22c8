//! How well the body text is extracted: word-shingle F1 against the
//! hand-checked bodies of the pages in `tests/data/html_bench`.

use std::collections::HashSet;
use std::path::Path;

use super::parse;

/// Words per shingle, as in the usual article-extraction benchmarks.
const SHINGLE: usize = 4;

/// The lowercase words of `text`: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The set of word shingles of `text` (one shingle when it is shorter).
fn shingles(text: &str) -> HashSet<Vec<String>> {
    let words = words(text);
    if words.len() < SHINGLE {
        return HashSet::from([words]);
    }
    words.windows(SHINGLE).map(<[String]>::to_vec).collect()
}

/// Shingle precision, recall and F1 of `got` against `gold`.
pub(super) fn shingle_f1(got: &str, gold: &str) -> (f64, f64, f64) {
    let (got, gold) = (shingles(got), shingles(gold));
    let common = got.intersection(&gold).count() as f64;
    let precision = common / got.len().max(1) as f64;
    let recall = common / gold.len().max(1) as f64;
    let f1 = if common == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// The scored pages: `(name, page, hand-checked body)`, sorted by name.
fn pages() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/html_bench");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/data/html_bench is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".html").map(str::to_owned))
        .collect();
    names.sort();
    let read = |file: String| std::fs::read_to_string(dir.join(file)).expect("readable page");
    names
        .into_iter()
        .map(|n| {
            (
                n.clone(),
                read(format!("{n}.html")),
                read(format!("{n}.txt")),
            )
        })
        .collect()
}

#[test]
fn shingle_f1_counts_shared_word_windows() {
    let (p, r, f1) = shingle_f1("one two three four five", "One, two three four.");
    assert_eq!((p, r), (0.5, 1.0));
    assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(shingle_f1("a b c d", "w x y z").2, 0.0);
}

#[test]
fn body_text_of_the_scored_pages() {
    let pages = pages();
    assert!(pages.len() >= 7, "expected the scored pages");
    let mut total = 0.0;
    for (name, html, gold) in &pages {
        let text = parse(html)
            .map(|a| a.paragraphs.join("\n"))
            .unwrap_or_default();
        let (p, r, f1) = shingle_f1(&text, gold);
        eprintln!("{name}: precision {p:.3} recall {r:.3} F1 {f1:.3}");
        total += f1;
    }
    let mean = total / pages.len() as f64;
    eprintln!("mean shingle F1 over {} pages: {mean:.3}", pages.len());
    // A floor against regressions, not a target.
    assert!(mean >= 0.9, "mean shingle F1 {mean:.3}");
}

/// Pages of `tests/data/html_real` that are not articles: refused.
const INDEX_PAGES: &[&str] = &["nytimes-5"];

/// The body text of Readability's output: its block elements' text.
fn readability_text(expected: &str) -> String {
    dom_query::Document::from(expected)
        .select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, figcaption, dd, dt")
        .iter()
        .map(|s| s.text().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn real_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/html_real");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/data/html_real is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "expected the real pages: {names:?}");
    let (mut total, mut scored, mut worst) = (0.0, 0, (1.0, String::new()));
    for name in &names {
        let read = |file: &str| std::fs::read_to_string(dir.join(name).join(file)).unwrap();
        let parsed = parse(&read("source.html"));
        if INDEX_PAGES.contains(&name.as_str()) {
            assert_eq!(
                parsed.err().as_deref(),
                Some(super::body::LISTING),
                "{name}"
            );
            continue;
        }
        let text = match parsed {
            Ok(article) => article.paragraphs.join("\n"),
            Err(why) => panic!("{name}: {why}"),
        };
        let (p, r, f1) = shingle_f1(&text, &readability_text(&read("expected.html")));
        eprintln!("{name}: precision {p:.3} recall {r:.3} F1 {f1:.3}");
        total += f1;
        scored += 1;
        if f1 < worst.0 {
            worst = (f1, name.clone());
        }
    }
    let mean = total / f64::from(scored);
    eprintln!("mean shingle F1 over {scored} real pages: {mean:.3}; lowest {worst:?}");
    // Floors against regressions, just under the figures when the set was added.
    assert!(mean >= 0.95, "mean shingle F1 {mean:.3}");
    assert!(worst.0 >= 0.85, "lowest {worst:?}");
}

#[test]
fn real_pages_give_their_publication_dates() {
    use crate::corpus::dates::parse_date;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/html_real");
    let date_of = |name: &str| {
        let html = std::fs::read_to_string(dir.join(name).join("source.html")).unwrap();
        parse(&html).ok()?.date.as_deref().and_then(parse_date)
    };
    // Each from a different kind of markup: <time datetime> in the article,
    // itemprop="datePublished" on a non-meta element, an
    // article:publicationdate meta in the Unix `date` form.
    for (name, date) in [
        ("yahoo-1", "2016-10-13"),
        ("ars-1", "2015-04-16"),
        ("cnet", "2017-01-18"),
        ("lemonde-1", "2015-05-04"),
        ("herald-sun-1", "2015-03-13"),
        ("medicalnewstoday", "2017-07-27"),
    ] {
        assert_eq!(
            date_of(name).map(|d| d.to_string()).as_deref(),
            Some(date),
            "{name}"
        );
    }
}
