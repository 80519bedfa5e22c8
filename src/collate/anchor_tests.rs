use std::path::Path;

use proptest::prelude::*;

use super::*;
use crate::corpus::{LoadOptions, Sentence, load_demo, load_paths};

fn load(path: &Path) -> Vec<Article> {
    let corpus = load_paths(&[path.to_path_buf()], &LoadOptions::default());
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    corpus.articles
}

fn newswcl50() -> Vec<Article> {
    let articles = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50"));
    assert_eq!(articles.len(), 50);
    articles
}

/// (paragraph, position in it) of flat sentence `index`.
fn locate(article: &Article, index: usize) -> (usize, usize) {
    let mut seen = 0;
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        if index < seen + paragraph.sentences.len() {
            return (p, index - seen);
        }
        seen += paragraph.sentences.len();
    }
    panic!("no sentence {index}");
}

/// A copy of `article` with sentence `index` replaced by `text`.
fn with_sentence(article: &Article, index: usize, text: &str) -> Article {
    let (p, s) = locate(article, index);
    let mut copy = article.clone();
    copy.paragraphs[p].sentences[s] = Sentence::new(text);
    copy
}

/// A copy of `article` without sentence `index`.
fn without_sentence(article: &Article, index: usize) -> Article {
    let (p, s) = locate(article, index);
    let mut copy = article.clone();
    copy.paragraphs[p].sentences.remove(s);
    copy.paragraphs.retain(|p| !p.sentences.is_empty());
    copy
}

/// The article's sentences by paragraph, as `Article::from_paragraphs` takes them.
fn paragraphs(article: &Article) -> Vec<Vec<String>> {
    let texts = |p: &crate::corpus::Paragraph| p.sentences.iter().map(|s| s.text.clone()).collect();
    article.paragraphs.iter().map(texts).collect()
}

/// The sentence with its middle word replaced by one no article uses.
fn one_word_changed(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let middle = words.len() / 2;
    words[middle] = "zyxwv";
    words.join(" ")
}

/// The display text of sentences `range`, folded.
fn folded_text(article: &Article, range: Range<usize>) -> String {
    matching_form(&article.sentence_texts()[range].join(" "))
}

fn demo_article(outlet: &str) -> Article {
    let corpus = load_demo();
    corpus
        .articles
        .into_iter()
        .find(|a| a.outlet.as_deref() == Some(outlet))
        .expect("demo outlet")
}

#[test]
fn every_demo_sentence_and_pair_reanchors_in_place() {
    for article in load_demo().articles {
        let n = article.sentence_count();
        let ranges = (0..n).map(|i| i..i + 1).chain((1..n).map(|i| i - 1..i + 1));
        for range in ranges {
            let resolved = resolve(&Anchor::of(&article, range.clone()), &article);
            let resolved = resolved.unwrap_or_else(|| panic!("{} {range:?}", article.id));
            assert_eq!(resolved.sentences, range);
            assert_eq!(resolved.status, AnchorStatus::Anchored);
            assert!(resolved.score > 0.999, "{}", resolved.score);
        }
    }
}

#[test]
fn a_paragraph_inserted_before_the_passage_moves_it() {
    let article = demo_article("Sputnik");
    let anchor = Anchor::of(&article, 5..7);
    let mut edited = article.clone();
    let inserted = Article::from_paragraphs("x", vec![vec!["A new first.".into(), "Two.".into()]]);
    edited.paragraphs.insert(0, inserted.paragraphs[0].clone());
    let resolved = resolve(&anchor, &edited).expect("found");
    assert_eq!(resolved.sentences, 7..9);
    assert_eq!(resolved.status, AnchorStatus::Moved);
    assert_eq!(folded_text(&edited, 7..9), matching_form(&anchor.exact));
}

#[test]
fn one_changed_word_is_found_fuzzily_at_its_sentence() {
    let article = demo_article("Sputnik");
    let (index, text) = article
        .sentence_texts()
        .into_iter()
        .enumerate()
        .find(|(_, t)| t.contains("on Monday"))
        .map(|(i, t)| (i, t.to_string()))
        .expect("a sentence about Monday");
    let anchor = Anchor::of(&article, index..index + 1);
    let edited = with_sentence(&article, index, &text.replace("Monday", "Tuesday"));
    let resolved = resolve(&anchor, &edited).expect("found");
    assert_eq!(resolved.sentences, index..index + 1);
    assert_eq!(resolved.status, AnchorStatus::Moved);
    assert!(resolved.score >= FUZZY_THRESHOLD && resolved.score < 1.0);
}

#[test]
fn a_deleted_sentence_is_orphaned_though_a_similar_one_remains() {
    let article = demo_article("TASS");
    let texts = article.sentence_texts();
    let gone = texts
        .iter()
        .position(|t| t.starts_with("Lavrov said also said"))
        .unwrap();
    let similar = "Lavrov calls for stopping terrorists’ migration elsewhere after defeat";
    assert!(texts.iter().any(|t| t.starts_with(similar)));
    let anchor = Anchor::of(&article, gone..gone + 1);
    assert_eq!(resolve(&anchor, &without_sentence(&article, gone)), None);
}

/// A demo article's file as a news-please JSON object and as Markdown, its
/// quotes and dashes made plain as another pipeline might.
fn other_formats(article: &Article) -> [(&'static str, String); 2] {
    let file = article.path.trim_start_matches("demo/");
    let raw = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/corpus")
            .join(file),
    )
    .expect("demo file");
    let plain: String = raw
        .chars()
        .map(crate::corpus::normalize::fold_char)
        .collect();
    let title = article.title.clone().unwrap_or_default();
    let json = serde_json::json!({
        "title": title,
        "maintext": plain,
        "source_domain": "example.org",
        "date_publish": "2017-10-23 10:00:00",
        "url": "https://example.org/article",
    });
    let paragraphs: Vec<&str> = plain.lines().filter(|l| !l.trim().is_empty()).collect();
    let markdown = format!("# {title}\n\n{}\n", paragraphs.join("\n\n"));
    [("article.json", json.to_string()), ("article.md", markdown)]
}

#[test]
fn anchors_made_on_the_text_file_hold_in_json_and_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    for article in load_demo().articles {
        for (name, content) in other_formats(&article) {
            let path = dir.path().join(name);
            std::fs::write(&path, content).expect("write");
            let other = load(&path).remove(0);
            for i in 0..article.sentence_count() {
                let anchor = Anchor::of(&article, i..i + 1);
                let found = resolve(&anchor, &other);
                let found = found
                    .unwrap_or_else(|| panic!("{name} {}: {i} {:?}", article.id, anchor.exact));
                assert_eq!(
                    folded_text(&other, found.sentences),
                    matching_form(&anchor.exact)
                );
            }
        }
    }
}

fn article(sentences: &[&str]) -> Article {
    Article::from_paragraphs("t", vec![sentences.iter().map(|s| s.to_string()).collect()])
}

#[test]
fn a_resegmented_passage_is_found_exactly_across_the_new_boundary() {
    let one = article(&["Lede here.", "He said it was over. Then he left.", "End."]);
    let two = article(&[
        "Lede here.",
        "He said it was over.",
        "Then he left.",
        "End.",
    ]);
    let split = resolve(&Anchor::of(&one, 1..2), &two).expect("found");
    assert_eq!((split.sentences, split.status), (1..3, AnchorStatus::Moved));
    let merged = resolve(&Anchor::of(&two, 1..3), &one).expect("found");
    assert_eq!(
        (merged.sentences, merged.status),
        (1..2, AnchorStatus::Moved)
    );
}

#[test]
fn an_edited_passage_is_found_in_a_long_article() {
    let all = newswcl50();
    let body: Vec<Vec<String>> = all.iter().flat_map(paragraphs).collect();
    let long = Article::from_paragraphs("all", body);
    assert!(long.sentence_count() > 1500, "{}", long.sentence_count());
    let middle = long.sentence_count() / 2;
    let anchor = Anchor::of(&long, middle..middle + 2);
    let text = long.sentence_texts()[middle + 1].to_string();
    let edited = with_sentence(&long, middle + 1, &one_word_changed(&text));
    let resolved = resolve(&anchor, &without_sentence(&edited, 3)).expect("found");
    assert_eq!(resolved.sentences, middle - 1..middle + 1);
}

#[test]
fn repeated_sentences_are_told_apart_by_context_then_by_the_hint() {
    let said = "The spokesman said there would be no comment on the matter.";
    let original = article(&[
        "First event.",
        said,
        "Then A.",
        "Second event.",
        said,
        "Then B.",
    ]);
    let anchor = Anchor::of(&original, 4..5);
    assert_eq!(resolve(&anchor, &original).unwrap().sentences, 4..5);
    // Two sentences inserted at the top: the hint (4) is nearer the first
    // copy (now 3), but the context is the second's (now 6).
    let shifted = article(&[
        "New.",
        "Lede.",
        "First event.",
        said,
        "Then A.",
        "Second event.",
        said,
        "Then B.",
    ]);
    let resolved = resolve(&anchor, &shifted).unwrap();
    assert_eq!(
        (resolved.sentences, resolved.status),
        (6..7, AnchorStatus::Moved)
    );
    // Same context around every copy: the one nearest the hint wins.
    let block = [
        "A long sentence that starts every block of this text.",
        said,
        "Another long sentence that ends every block here.",
    ];
    let tripled: Vec<&str> = block.iter().cycle().take(9).copied().collect();
    let anchor = Anchor::of(&article(&tripled), 4..5);
    let inserted: Vec<&str> = std::iter::once("Inserted.")
        .chain(tripled.iter().copied())
        .collect();
    let resolved = resolve(&anchor, &article(&inserted)).unwrap();
    assert_eq!(resolved.sentences, 5..6);
}

#[test]
fn context_is_cut_on_char_boundaries_and_round_trips_as_json() {
    let text = article(&[
        "Ünïcödé ärtïclé wïth äccénts éverywhere ïn ït.",
        "Middle.",
        "Ëñd ïs älsö äccéntéd änd löng énöugh tö cüt.",
    ]);
    let anchor = Anchor::of(&text, 1..2);
    assert_eq!(anchor.prefix.chars().count(), CONTEXT_CHARS);
    assert_eq!(anchor.suffix.chars().count(), CONTEXT_CHARS);
    assert!(anchor.prefix.ends_with("ït.") && anchor.suffix.starts_with("Ëñd"));
    let json = serde_json::to_string(&anchor).expect("serializes");
    assert_eq!(
        serde_json::from_str::<Anchor>(&json).expect("parses"),
        anchor
    );
    let first = Anchor::of(&text, 0..1);
    assert_eq!(
        (first.prefix.as_str(), first.sentence, first.sentences),
        ("", 0, 1)
    );
}

#[test]
#[should_panic(expected = "non-empty")]
fn an_empty_range_cannot_be_anchored() {
    Anchor::of(&article(&["One."]), 0..0);
}

/// Fuzzy scores for every sentence of at least 4 words whose words occur in
/// no other sentence of its article: with its middle word changed (which
/// must be found at its own place), and deleted (the best other window).
fn fuzzy_scores(articles: &[Article]) -> (Vec<f32>, Vec<f32>) {
    let (mut edits, mut background) = (Vec::new(), Vec::new());
    for article in articles {
        let keys: Vec<Vec<&str>> = article
            .sentences()
            .map(|s| words(&s.matching).collect())
            .collect();
        for (i, text) in article.sentence_texts().into_iter().enumerate() {
            if keys[i].len() < 4 || keys.iter().filter(|k| **k == keys[i]).count() > 1 {
                continue;
            }
            let target = Target::new(&Anchor::of(article, i..i + 1));
            let edited = with_sentence(article, i, &one_word_changed(text));
            let (range, score) = best_fuzzy(&target, &Folded::new(&edited)).expect("a candidate");
            assert_eq!(range, i..i + 1, "{}: {text}", article.id);
            edits.push(score);
            let deleted = Folded::new(&without_sentence(article, i));
            background.push(best_fuzzy(&target, &deleted).map_or(0.0, |(_, s)| s));
        }
    }
    edits.sort_by(f32::total_cmp);
    background.sort_by(f32::total_cmp);
    (edits, background)
}

/// The `p` quantile (nearest rank) of sorted `values`.
fn quantile(values: &[f32], p: f32) -> f32 {
    values[((values.len() - 1) as f32 * p).round() as usize]
}

#[test]
fn fuzzy_threshold_separates_edits_from_other_sentences() {
    let mut articles = load_demo().articles;
    articles.extend(newswcl50());
    let (edits, background) = fuzzy_scores(&articles);
    let low_edit = quantile(&edits, 0.01);
    let high_background = quantile(&background, 0.99);
    let above = background.iter().filter(|&&s| s >= FUZZY_THRESHOLD).count();
    let below = edits.iter().filter(|&&s| s < FUZZY_THRESHOLD).count();
    eprintln!(
        "{} sentences; edits min {:.3} p1 {low_edit:.3} median {:.3}; background median {:.3} p99 {high_background:.3} max {:.3}; {below} edits below, {above} background at or above {FUZZY_THRESHOLD}",
        edits.len(),
        edits[0],
        quantile(&edits, 0.5),
        quantile(&background, 0.5),
        background[background.len() - 1],
    );
    assert!(
        edits.len() > 1500,
        "too few sentences measured: {}",
        edits.len()
    );
    assert!(high_background < low_edit, "no separation left");
    let middle = (high_background + low_edit) / 2.0;
    let gap = low_edit - high_background;
    assert!(
        (FUZZY_THRESHOLD - middle).abs() <= gap / 4.0,
        "threshold off the middle {middle:.3}"
    );
}

fn sentence() -> impl Strategy<Value = String> {
    "[A-Z][a-z’'“”—-]{0,8}( [a-zA-Z0-9,’'“”—-]{1,8}){0,8}[.!?]"
}

proptest! {
    #[test]
    fn an_anchor_resolves_in_place_on_its_own_article(
        body in prop::collection::vec(prop::collection::vec(sentence(), 1..5), 1..8),
        start in any::<prop::sample::Index>(),
        len in any::<prop::sample::Index>(),
    ) {
        let article = Article::from_paragraphs("p", body);
        let n = article.sentence_count();
        let start = start.index(n);
        let range = start..start + 1 + len.index(n - start);
        let resolved = resolve(&Anchor::of(&article, range.clone()), &article).expect("found");
        prop_assert_eq!(resolved.sentences, range);
        prop_assert_eq!(resolved.status, AnchorStatus::Anchored);
    }
}
