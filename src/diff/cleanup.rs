//! Semantic clean-up: dissolving weak matches between two changes, so that a
//! reworded clause reads as one replacement instead of alternating swaps.

use super::align::{Segment, push_merged};
use super::token::{Kind, Token};

/// Dissolves every *weak* matched segment that has a change on both sides
/// into one merged change.
///
/// A match is weak when its tokens are only whitespace and punctuation, or
/// hold exactly one word and that word is a stop word (`the`, `of`, `a`, …).
/// Matches at either end of the passage are never dissolved.
pub(super) fn merge_weak_matches(segments: Vec<Segment>, left: &[Token]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    let mut rest = segments.into_iter().peekable();
    while let Some(segment) = rest.next() {
        let between_changes = matches!(out.last(), Some(Segment::Changed { .. }))
            && matches!(rest.peek(), Some(Segment::Changed { .. }));
        let segment = match segment {
            Segment::Matched { left: l, right: r }
                if between_changes && is_weak(&left[l.clone()]) =>
            {
                Segment::Changed { left: l, right: r }
            }
            other => other,
        };
        push_merged(&mut out, segment);
    }
    out
}

/// Whether a matched stretch is too slight to keep two edits apart.
fn is_weak(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.kind.is_word());
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(only), None) => only.kind == Kind::StopWord,
        (Some(_), Some(_)) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::align::align;
    use crate::diff::token::tokenize_pair;

    fn changes(left: &str, right: &str) -> usize {
        let (l, r) = tokenize_pair(left, right);
        merge_weak_matches(align(&l, &r), &l)
            .iter()
            .filter(|s| matches!(s, Segment::Changed { .. }))
            .count()
    }

    #[test]
    fn whitespace_and_punctuation_do_not_separate_edits() {
        assert_eq!(
            changes(
                "x it raises questions.",
                "x cannot fail, to raise eyebrows."
            ),
            1
        );
    }

    #[test]
    fn a_single_stop_word_does_not_separate_edits() {
        assert_eq!(changes("x said the man y", "x says the woman y"), 1);
    }

    #[test]
    fn a_content_word_or_two_stop_words_do_separate_edits() {
        assert_eq!(changes("x said Syria man y", "x says Syria woman y"), 2);
        assert_eq!(changes("x said to the man y", "x says to the woman y"), 2);
    }
}
