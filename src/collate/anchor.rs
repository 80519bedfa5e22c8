//! Passage anchors: a passage found again after the article is re-analysed,
//! re-cleaned, loaded from another format, or edited.
//!
//! An [`Anchor`] describes a passage the way a W3C Web Annotation
//! TextQuoteSelector does — its exact text and a little context on each side —
//! plus a TextPositionSelector-like hint: the index of its first sentence.
//! [`resolve`] looks for the passage in an article, in this order:
//!
//! 1. the exact text at the hinted sentences ([`AnchorStatus::Anchored`]);
//! 2. the exact text elsewhere, starting and ending on sentence boundaries;
//!    with several hits, the best context agreement wins, then the nearest
//!    to the hint ([`AnchorStatus::Moved`]);
//! 3. the best fuzzy match among windows of one sentence fewer to one more
//!    than the passage had, scored on the quote, its context and nearness to
//!    the hint, accepted from [`FUZZY_THRESHOLD`] ([`AnchorStatus::Moved`]).
//!
//! Text is compared in its matching form ([`matching_form`]: case, quote and
//! dash styles and whitespace folded), so re-cleaning the same article or
//! loading it from HTML, JSON, Markdown or text keeps exact matches exact. A passage
//! found nowhere resolves to `None`; callers report it as orphaned and keep
//! whatever was attached to it.

use std::ops::Range;

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use similar::{Algorithm, TextDiff, capture_diff_slices, get_diff_ratio};

use crate::corpus::Article;
use crate::corpus::normalize::matching_form;

/// Characters of article text kept as context on each side of a passage (the
/// amount W3C TextQuoteSelector implementations commonly keep).
pub const CONTEXT_CHARS: usize = 32;

/// The lowest fuzzy score [`resolve`] accepts: the midpoint between the 99th
/// percentile of the background and the 1st percentile of one-word edits.
///
/// Measured (test `fuzzy_threshold_separates_edits_from_other_sentences`) on
/// the 5 demo articles and the 50 NewsWCL50 articles (`tests/data/newswcl50`),
/// over the 1,794 sentences of at least 4 words whose words occur in no other
/// sentence of the same article, each anchored alone:
///
/// - the sentence with its middle word replaced, scored at its own place:
///   median 0.970, 1st percentile 0.860, minimum 0.700;
/// - the sentence deleted, best remaining window (the background, with the
///   deleted sentence's context and position right next to it): median
///   0.318, 99th percentile 0.696, maximum 0.866 (paraphrases such as two
///   "…you have broken the law and will be referred for prosecution").
///
/// At 0.78, 5 edits (0.3%) are orphaned and 12 backgrounds (0.7%) accepted.
pub const FUZZY_THRESHOLD: f32 = 0.78;

/// Weight of the quote's similarity in a fuzzy score (the quote matters most).
const QUOTE_WEIGHT: f32 = 0.7;
/// Weight of each side's context similarity.
const CONTEXT_WEIGHT: f32 = 0.125;
/// Weight of nearness to the hinted sentence.
const NEARNESS_WEIGHT: f32 = 0.05;
/// How many windows, ranked by shared words, are diffed against the quote.
const FUZZY_CANDIDATES: usize = 8;

/// Where a passage is: its text, its context, and its position when made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// The passage's display text: its sentences joined by single spaces.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] characters of article text just before the
    /// passage (empty at the start of the article).
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] characters of article text just after the
    /// passage (empty at the end of the article).
    pub suffix: String,
    /// Position hint: the index of the passage's first sentence (flat over
    /// paragraphs, 0-based).
    pub sentence: usize,
    /// How many sentences the passage spans.
    pub sentences: usize,
}

/// How a passage was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorStatus {
    /// The exact text, at the sentences the anchor was made on.
    Anchored,
    /// The exact text at other sentences, or a close (fuzzy) match.
    Moved,
}

/// A passage found in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The sentences the passage occupies now (flat indices).
    pub sentences: Range<usize>,
    /// Whether it stayed in place or moved.
    pub status: AnchorStatus,
    /// Agreement with the anchor, 0 to 1: quote, context and nearness
    /// similarities, weighted; 1.0 when all three agree exactly.
    pub score: f32,
}

impl Anchor {
    /// Anchors the sentences `range` of `article` (flat 0-based indices over
    /// paragraphs, as `articles --json` prints them).
    ///
    /// # Panics
    ///
    /// If `range` is empty or ends past the article's last sentence.
    pub fn of(article: &Article, range: Range<usize>) -> Anchor {
        let texts = article.sentence_texts();
        assert!(
            range.start < range.end && range.end <= texts.len(),
            "anchor range {range:?} must be non-empty and within {} sentences",
            texts.len()
        );
        Anchor {
            exact: texts[range.clone()].join(" "),
            prefix: text_before(&texts[..range.start]),
            suffix: text_after(&texts[range.end..]),
            sentence: range.start,
            sentences: range.len(),
        }
    }

    /// The sentences the anchor was made on.
    pub fn range(&self) -> Range<usize> {
        self.sentence..self.sentence.saturating_add(self.sentences)
    }
}

/// Finds `anchor`'s passage in `article` (see the module docs for the
/// order); `None` when it is nowhere, which callers report as orphaned.
pub fn resolve(anchor: &Anchor, article: &Article) -> Option<Resolved> {
    let target = Target::new(anchor);
    if target.quote.is_empty() || article.sentence_count() == 0 {
        return None;
    }
    let folded = Folded::new(article);
    if let Some(range) = exact_match(&target, &folded) {
        let status = if range == anchor.range() {
            AnchorStatus::Anchored
        } else {
            AnchorStatus::Moved
        };
        // The quote agrees exactly: its similarity is 1.
        let score = QUOTE_WEIGHT + surroundings(&target, &folded, &range);
        return Some(Resolved {
            sentences: range,
            status,
            score,
        });
    }
    let (sentences, score) = best_fuzzy(&target, &folded)?;
    let status = AnchorStatus::Moved;
    (score >= FUZZY_THRESHOLD).then_some(Resolved {
        sentences,
        status,
        score,
    })
}

/// An anchor in matching form.
struct Target {
    quote: String,
    prefix: String,
    suffix: String,
    hint: usize,
    len: usize,
}

impl Target {
    fn new(anchor: &Anchor) -> Self {
        Target {
            quote: matching_form(&anchor.exact),
            prefix: matching_form(&anchor.prefix),
            suffix: matching_form(&anchor.suffix),
            hint: anchor.sentence,
            len: anchor.sentences.max(1),
        }
    }

    fn distance(&self, start: usize) -> usize {
        self.hint.abs_diff(start)
    }
}

/// An article's matching-form text (sentences joined by single spaces) and
/// the byte span of every sentence in it.
struct Folded {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Folded {
    fn new(article: &Article) -> Self {
        let mut folded = Folded {
            text: String::new(),
            starts: Vec::new(),
            ends: Vec::new(),
        };
        for sentence in article.sentences() {
            if !folded.text.is_empty() && !sentence.matching.is_empty() {
                folded.text.push(' ');
            }
            folded.starts.push(folded.text.len());
            folded.text.push_str(&sentence.matching);
            folded.ends.push(folded.text.len());
        }
        folded
    }

    fn len(&self) -> usize {
        self.starts.len()
    }

    fn passage(&self, range: &Range<usize>) -> &str {
        &self.text[self.starts[range.start]..self.ends[range.end - 1]]
    }

    fn before(&self, start: usize, chars: usize) -> &str {
        last_chars(self.text[..self.starts[start]].trim_end(), chars)
    }

    fn after(&self, end: usize, chars: usize) -> &str {
        first_chars(self.text[self.ends[end - 1]..].trim_start(), chars)
    }

    /// Sentence ranges whose text is exactly `quote`, overlapping hits included.
    fn exact_hits(&self, quote: &str) -> Vec<Range<usize>> {
        let mut hits = Vec::new();
        let mut from = 0;
        while let Some(offset) = self.text[from..].find(quote) {
            let start = from + offset;
            let first = self.starts.binary_search(&start);
            let last = self.ends.binary_search(&(start + quote.len()));
            if let (Ok(first), Ok(last)) = (first, last)
                && first <= last
            {
                hits.push(first..last + 1);
            }
            from = start + self.text[start..].chars().next().map_or(1, char::len_utf8);
        }
        hits
    }
}

/// The exact text at the hinted sentences; else the exact hit with the best
/// context agreement, then the nearest to the hint.
fn exact_match(target: &Target, folded: &Folded) -> Option<Range<usize>> {
    let hinted = target.hint..target.hint.saturating_add(target.len);
    if hinted.end <= folded.len() && folded.passage(&hinted) == target.quote {
        return Some(hinted);
    }
    folded
        .exact_hits(&target.quote)
        .into_iter()
        .map(|range| (context_agreement(target, folded, &range), range))
        .max_by(|(a, ra), (b, rb)| {
            let nearer = target.distance(rb.start).cmp(&target.distance(ra.start));
            a.total_cmp(b).then(nearer)
        })
        .map(|(_, range)| range)
}

/// The best-scoring candidate window and its score, however low. Windows
/// are taken by quote similarity, best first, and the context is compared
/// only while a window could still beat the best so far.
fn best_fuzzy(target: &Target, folded: &Folded) -> Option<(Range<usize>, f32)> {
    let mut quoted: Vec<(f32, Range<usize>)> = candidates(target, folded)
        .into_iter()
        .map(|range| {
            (
                quote_similarity(&target.quote, folded.passage(&range)),
                range,
            )
        })
        .collect();
    quoted.sort_by(|(a, _), (b, _)| b.total_cmp(a));
    let mut best: Option<(Range<usize>, f32)> = None;
    for (quote, range) in quoted {
        let bound = QUOTE_WEIGHT * quote + 2.0 * CONTEXT_WEIGHT + NEARNESS_WEIGHT;
        if best.as_ref().is_some_and(|(_, score)| bound < *score) {
            break;
        }
        let score = QUOTE_WEIGHT * quote + surroundings(target, folded, &range);
        let better = best.as_ref().is_none_or(|(best_range, best_score)| {
            let nearer = target.distance(range.start) < target.distance(best_range.start);
            score > *best_score || (score == *best_score && nearer)
        });
        if better {
            best = Some((range, score));
        }
    }
    best
}

/// The windows (one sentence fewer to one more than the passage) that share
/// the most words with the quote, by Dice coefficient over word counts: a
/// linear pass over prefix sums, so only [`FUZZY_CANDIDATES`] windows of a
/// long article reach the diff.
fn candidates(target: &Target, folded: &Folded) -> Vec<Range<usize>> {
    let quote_words: FxHashSet<&str> = words(&target.quote).collect();
    let quote_len = words(&target.quote).count();
    let mut sums = vec![(0, 0)];
    for i in 0..folded.len() {
        let (total, shared) = sums[i];
        let sentence = folded.passage(&(i..i + 1));
        let shared_here = words(sentence).filter(|w| quote_words.contains(w)).count();
        sums.push((total + words(sentence).count(), shared + shared_here));
    }
    let n = folded.len();
    let sizes = target.len.saturating_sub(1).max(1)..=(target.len + 1).min(n);
    let mut windows: Vec<(f32, Range<usize>)> = sizes
        .flat_map(|size| (0..=n - size).map(move |start| start..start + size))
        .filter_map(|range| {
            let total = sums[range.end].0 - sums[range.start].0;
            let shared = (sums[range.end].1 - sums[range.start].1).min(quote_len);
            let dice = 2.0 * shared as f32 / (total + quote_len) as f32;
            (shared > 0).then_some((dice, range))
        })
        .collect();
    windows.sort_unstable_by(|(a, ra), (b, rb)| {
        let nearer = target.distance(ra.start).cmp(&target.distance(rb.start));
        b.total_cmp(a).then(nearer)
    });
    windows.truncate(FUZZY_CANDIDATES);
    windows.into_iter().map(|(_, range)| range).collect()
}

/// The context and nearness part of a score (the quote's part is
/// [`QUOTE_WEIGHT`] times its similarity).
fn surroundings(target: &Target, folded: &Folded, range: &Range<usize>) -> f32 {
    let nearness = 1.0 - (target.distance(range.start) as f32 / folded.len() as f32).min(1.0);
    2.0 * CONTEXT_WEIGHT * context_agreement(target, folded, range) + NEARNESS_WEIGHT * nearness
}

/// The mean similarity of the anchor's prefix and suffix to as many
/// characters of text on each side of `range`.
fn context_agreement(target: &Target, folded: &Folded, range: &Range<usize>) -> f32 {
    let before = folded.before(range.start, target.prefix.chars().count());
    let after = folded.after(range.end, target.suffix.chars().count());
    (similarity(&target.prefix, before) + similarity(&target.suffix, after)) / 2.0
}

/// Char-level similarity, 0 to 1 (1 for two empty texts).
fn similarity(a: &str, b: &str) -> f32 {
    TextDiff::from_chars(a, b).ratio()
}

/// Word-level similarity of two folded texts, 0 to 1: twice the words in
/// their longest common subsequence over the words in both. (Char level
/// left a narrower gap between the measured edits and background, see
/// [`FUZZY_THRESHOLD`], and made the measurement about seven times slower.)
fn quote_similarity(a: &str, b: &str) -> f32 {
    let a: Vec<&str> = words(a).collect();
    let b: Vec<&str> = words(b).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &a, &b);
    get_diff_ratio(&ops, a.len(), b.len())
}

/// Alphanumeric runs of folded text.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The last [`CONTEXT_CHARS`] characters of `texts` joined by spaces.
fn text_before(texts: &[&str]) -> String {
    let reversed: String = texts
        .iter()
        .rev()
        .flat_map(|text| text.chars().rev().chain([' ']))
        .take(CONTEXT_CHARS)
        .collect();
    reversed
        .chars()
        .rev()
        .collect::<String>()
        .trim_start()
        .to_string()
}

/// The first [`CONTEXT_CHARS`] characters of `texts` joined by spaces.
fn text_after(texts: &[&str]) -> String {
    let joined: String = texts
        .iter()
        .flat_map(|text| text.chars().chain([' ']))
        .take(CONTEXT_CHARS)
        .collect();
    joined.trim_end().to_string()
}

/// The last `n` characters of `text` (all of it when shorter).
fn last_chars(text: &str, n: usize) -> &str {
    let skip = text.chars().count().saturating_sub(n);
    text.char_indices()
        .nth(skip)
        .map_or("", |(i, _)| &text[i..])
}

/// The first `n` characters of `text` (all of it when shorter).
fn first_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

#[cfg(test)]
#[path = "anchor_tests.rs"]
mod tests;
