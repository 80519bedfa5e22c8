//! The word diff of one aligned pair of passages.
//!
//! [`word_diff`] splits both sides into tokens: runs of letters, digits and
//! combining marks (words), runs of whitespace, and single other characters
//! (punctuation). Whitespace is kept, so the runs rebuild each side exactly.
//! It aligns the word and punctuation tokens with `similar`'s patience diff
//! and returns [`DiffRun`]s:
//!
//! * **Matching** ignores case and folds typographic quotes and dashes to
//!   ASCII (`’‘` → `'`, `“”«»` → `"`, `–—` → `-`). Whitespace takes no part
//!   in the alignment: between two aligned tokens it is matched when both
//!   sides have some (of any kind), else changed. A folded-away difference
//!   never disturbs the alignment, but a run is [`DiffOp::Equal`] only when
//!   both sides are byte-identical (the invariants below demand it), so a
//!   `Syria’s` / `Syria's` pair comes out as a one-character delete plus
//!   insert and nothing around it moves.
//! * **Clean-up**: a match that has a change on both sides and holds only
//!   whitespace and punctuation, or a single stop word (`a`, `an`, `and`,
//!   `as`, `at`, `by`, `for`, `in`, `is`, `of`, `on`, `or`, `the`, `to`), is
//!   dissolved, so a reworded clause reads as one replacement, not as
//!   alternating one-word swaps.
//! * **Fallback**: when the words left in matches after clean-up are fewer
//!   than a third of the words of the side with fewer words
//!   (`3 × matched < shorter`), the pair is one delete of `left` and one
//!   insert of `right`.
//! * **Cost**: about linear on related text (a 5,000-word pair takes a few
//!   milliseconds in a release build). There is no time budget, so the same
//!   input always gives the same diff.
//!
//! Every result keeps these invariants: the `Equal` and `Delete` texts, in
//! order, concatenate to `left`; the `Equal` and `Insert` texts to `right`;
//! no run is empty; no two neighbouring runs share an op; and between two
//! `Equal` runs there is at most one `Delete`, placed before the `Insert`.
//!
//! ```
//! use storydiff::diff::{DiffOp, DiffRun, word_diff};
//!
//! let runs = word_diff("Lavrov said.", "Lavrov said on Monday.");
//! assert_eq!(
//!     runs,
//!     [
//!         DiffRun::new(DiffOp::Equal, "Lavrov said"),
//!         DiffRun::new(DiffOp::Insert, " on Monday"),
//!         DiffRun::new(DiffOp::Equal, "."),
//!     ]
//! );
//! let json = serde_json::to_string(&runs[1]).unwrap();
//! assert_eq!(json, r#"{"op":"insert","text":" on Monday"}"#);
//! ```

mod align;
mod cleanup;
mod emit;
mod share;
#[cfg(test)]
mod tests;
mod token;

use serde::Serialize;

/// What a [`DiffRun`] does to the left passage to turn it into the right one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffOp {
    /// Text present, byte for byte, on both sides.
    Equal,
    /// Text only on the left side.
    Delete,
    /// Text only on the right side.
    Insert,
}

/// One stretch of a word diff: serialized as `{"op": "equal", "text": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct DiffRun {
    /// Which side(s) the text belongs to.
    pub op: DiffOp,
    /// The exact text, whitespace included; never empty in [`word_diff`] output.
    pub text: String,
}

impl DiffRun {
    /// A run of `op` over `text`.
    pub fn new(op: DiffOp, text: impl Into<String>) -> Self {
        Self {
            op,
            text: text.into(),
        }
    }
}

/// The word diff of `left` against `right`; see the [module docs](self) for
/// the matching, clean-up and fallback rules and the invariants kept.
///
/// Identical sides give one `Equal` run (none when both are empty); an empty
/// side gives a single `Insert` or `Delete`.
pub fn word_diff(left: &str, right: &str) -> Vec<DiffRun> {
    if left == right {
        let mut out = emit::RunBuilder::default();
        out.equal(left);
        return out.finish();
    }
    let (left_tokens, right_tokens) = token::tokenize_pair(left, right);
    let shorter = share::shorter_side_words(&left_tokens, &right_tokens);
    if share::too_little(share::matchable_words(&left_tokens, &right_tokens), shorter) {
        return emit::whole_replacement(left, right);
    }
    let segments = align::align(&left_tokens, &right_tokens);
    let segments = cleanup::merge_weak_matches(segments, &left_tokens);
    if share::too_little(share::matched_words(&segments, &left_tokens), shorter) {
        return emit::whole_replacement(left, right);
    }
    emit::runs(&segments, &left_tokens, &right_tokens)
}

/// How a stretch of one side's text stands against the other side: the one
/// presentation vocabulary of every front end (terminal, TUI, exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Text both sides have.
    Kept,
    /// Text only the left side has.
    Removed,
    /// Text only the right side has.
    Added,
}

/// One side's text as runs, each with its [`Change`].
pub type MarkedText = Vec<(String, Change)>;

/// Both sides of a word diff as marked runs: the left side's runs are
/// `Kept` or `Removed`, the right side's `Kept` or `Added`, and each side's
/// runs concatenate to its text exactly.
///
/// ```
/// use storydiff::diff::{Change, change_runs};
/// let (left, right) = change_runs("Lavrov said.", "Lavrov said on Monday.");
/// assert_eq!(left, [("Lavrov said.".to_owned(), Change::Kept)]);
/// assert_eq!(right[1], (" on Monday".to_owned(), Change::Added));
/// ```
pub fn change_runs(left: &str, right: &str) -> (MarkedText, MarkedText) {
    let (mut l, mut r): (MarkedText, MarkedText) = (Vec::new(), Vec::new());
    let push = |side: &mut MarkedText, text: &str, change: Change| match side.last_mut() {
        Some((last, c)) if *c == change => last.push_str(text),
        _ => side.push((text.to_owned(), change)),
    };
    for run in word_diff(left, right) {
        match run.op {
            DiffOp::Equal => {
                push(&mut l, &run.text, Change::Kept);
                push(&mut r, &run.text, Change::Kept);
            }
            DiffOp::Delete => push(&mut l, &run.text, Change::Removed),
            DiffOp::Insert => push(&mut r, &run.text, Change::Added),
        }
    }
    (l, r)
}

/// A text with nothing marked (no runs for an empty text).
pub fn kept_runs(text: &str) -> MarkedText {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![(text.to_owned(), Change::Kept)]
    }
}

/// The share of the words of both sides that lie in `Equal` runs, from 0 to 1:
/// `2 × equal words / (left words + right words)`.
///
/// Runs with no words at all give 1 when they are all `Equal` (or there are
/// none), else 0.
///
/// ```
/// use storydiff::diff::{shared_fraction, word_diff};
///
/// assert_eq!(shared_fraction(&word_diff("a b c", "a b c")), 1.0);
/// assert_eq!(shared_fraction(&word_diff("one two three", "four five")), 0.0);
/// ```
pub fn shared_fraction(runs: &[DiffRun]) -> f32 {
    let (mut equal, mut edited) = (0, 0);
    for run in runs {
        let words = token::count_words(&run.text);
        match run.op {
            DiffOp::Equal => equal += 2 * words,
            DiffOp::Delete | DiffOp::Insert => edited += words,
        }
    }
    if equal + edited == 0 {
        let all_equal = runs.iter().all(|r| r.op == DiffOp::Equal);
        return if all_equal { 1.0 } else { 0.0 };
    }
    equal as f32 / (equal + edited) as f32
}
