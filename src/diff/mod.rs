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
//! * **Emphasis** ([`change_runs`] only, not the edit script): a paraphrase
//!   shares words out of order, which an in-order diff cannot match. Among
//!   the tokens the diff leaves changed, common runs are kept on both sides,
//!   longest first: words compare by stem, ignoring case (`questions` /
//!   `question`), and a run counts when it holds a content word, so lone
//!   function words (`the`, `of`, `it`, …) are not kept as scattered noise.
//!   Words the in-order diff matches are kept even when their case or quote
//!   style differs; whitespace between two kept tokens is kept, and so is a
//!   shared final (or first) punctuation mark.
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
mod emphasis;
mod moves;
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
    match ordered_segments(&left_tokens, &right_tokens) {
        Some(segments) => emit::runs(&segments, &left_tokens, &right_tokens),
        None => emit::whole_replacement(left, right),
    }
}

/// The in-order alignment after clean-up, or `None` when the fallback makes
/// the pair one whole replacement.
fn ordered_segments(left: &[token::Token], right: &[token::Token]) -> Option<Vec<align::Segment>> {
    let shorter = share::shorter_side_words(left, right);
    if share::too_little(share::matchable_words(left, right), shorter) {
        return None;
    }
    let segments = cleanup::merge_weak_matches(align::align(left, right), left);
    if share::too_little(share::matched_words(&segments, left), shorter) {
        return None;
    }
    Some(segments)
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

/// Both sides of a passage pair as marked runs, for emphasis: the left
/// side's runs are `Kept` or `Removed`, the right side's `Kept` or `Added`,
/// and each side's runs concatenate to its text exactly.
///
/// The runs start from [`word_diff`], then words it leaves changed are kept
/// again when the other side has them too, in another order (see
/// **Emphasis** in the [module docs](self)).
///
/// ```
/// use storydiff::diff::{Change, change_runs};
/// let (left, right) = change_runs("Lavrov said.", "Lavrov said on Monday.");
/// assert_eq!(left, [("Lavrov said.".to_owned(), Change::Kept)]);
/// assert_eq!(right[1], (" on Monday".to_owned(), Change::Added));
/// ```
pub fn change_runs(left: &str, right: &str) -> (MarkedText, MarkedText) {
    if left == right {
        return (kept_runs(left), kept_runs(right));
    }
    let (left_tokens, right_tokens) = token::tokenize_pair(left, right);
    let segments = ordered_segments(&left_tokens, &right_tokens);
    emphasis::marked(&left_tokens, &right_tokens, segments.as_deref())
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
