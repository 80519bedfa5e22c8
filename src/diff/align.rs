//! The token edit script: `similar`'s patience diff on the folded keys of the
//! non-whitespace tokens, expanded to a list of matched and changed segments
//! over all tokens.
//!
//! Whitespace stays out of the diff itself: it would double the sequences
//! (and the work) and let spaces anchor spurious matches. The whitespace
//! between two aligned tokens is matched when both sides have some, else
//! changed; whitespace inside a changed stretch belongs to the change.

use std::ops::Range;

use similar::{Algorithm, capture_diff_slices};

use super::token::{Kind, Token};

/// A stretch of the alignment, as token index ranges into each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    /// Tokens equal up to folding, one-to-one (`left.len() == right.len()`).
    Matched {
        left: Range<usize>,
        right: Range<usize>,
    },
    /// Left tokens replaced by right tokens; either range may be empty.
    Changed {
        left: Range<usize>,
        right: Range<usize>,
    },
}

/// Aligns the two token lists. Adjacent segments of one kind come out
/// merged, so matched and changed segments alternate.
pub(super) fn align(left: &[Token], right: &[Token]) -> Vec<Segment> {
    let (left_core, left_keys) = core(left);
    let (right_core, right_keys) = core(right);
    let mut out = Expander::new(left, right);
    // Ops are placed by running cursors, not by their own indexes: after
    // `similar`'s compaction a delete or insert can report a stale index for
    // the side it does not touch.
    let (mut l, mut r) = (0, 0);
    // No deadline: the same input always gives the same diff.
    let ops = capture_diff_slices(Algorithm::Patience, &left_keys, &right_keys);
    for op in ops {
        let (l_len, r_len) = (op.old_range().len(), op.new_range().len());
        if matches!(op, similar::DiffOp::Equal { .. }) {
            for k in 0..l_len {
                out.matched(left_core[l + k], right_core[r + k]);
            }
        } else {
            let l_end = (l_len > 0).then(|| left_core[l + l_len - 1] + 1);
            let r_end = (r_len > 0).then(|| right_core[r + r_len - 1] + 1);
            out.changed(l_end, r_end);
        }
        (l, r) = (l + l_len, r + r_len);
    }
    debug_assert_eq!((l, r), (left_core.len(), right_core.len()));
    out.finish()
}

/// The indexes and keys of the non-whitespace tokens.
fn core(tokens: &[Token]) -> (Vec<usize>, Vec<u32>) {
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind != Kind::Space)
        .map(|(i, t)| (i, t.key))
        .unzip()
}

/// Builds segments over all tokens from the alignment of the core tokens.
struct Expander<'t, 'a> {
    left: &'t [Token<'a>],
    right: &'t [Token<'a>],
    segments: Vec<Segment>,
    /// Next unplaced token on each side.
    at: (usize, usize),
}

impl<'t, 'a> Expander<'t, 'a> {
    fn new(left: &'t [Token<'a>], right: &'t [Token<'a>]) -> Self {
        Self {
            left,
            right,
            segments: Vec::new(),
            at: (0, 0),
        }
    }

    /// Core tokens `left` and `right` are aligned; so is the whitespace
    /// before them if both sides have some.
    fn matched(&mut self, left: usize, right: usize) {
        self.gap(left, right);
        self.push(Segment::Matched {
            left: left..left + 1,
            right: right..right + 1,
        });
    }

    /// Everything up to these ends (exclusive) is changed; `None` leaves a
    /// side untouched. Whitespace pending on both sides stays matched, so a
    /// change starts at its first word or punctuation mark.
    fn changed(&mut self, left_end: Option<usize>, right_end: Option<usize>) {
        let is_space =
            |tokens: &[Token], i: usize| tokens.get(i).is_some_and(|t| t.kind == Kind::Space);
        let (l, r) = self.at;
        if is_space(self.left, l) && is_space(self.right, r) {
            self.push(Segment::Matched {
                left: l..l + 1,
                right: r..r + 1,
            });
        }
        let (l, r) = self.at;
        let left = l..left_end.map_or(l, |end| end.max(l));
        let right = r..right_end.map_or(r, |end| end.max(r));
        self.push(Segment::Changed { left, right });
    }

    fn finish(mut self) -> Vec<Segment> {
        self.gap(self.left.len(), self.right.len());
        self.segments
    }

    /// The whitespace (one token at most per side) before these indexes.
    fn gap(&mut self, left_end: usize, right_end: usize) {
        let (left, right) = (self.at.0..left_end, self.at.1..right_end);
        debug_assert!(left.len() <= 1 && right.len() <= 1);
        if left.is_empty() == right.is_empty() {
            self.push(Segment::Matched { left, right });
        } else {
            self.push(Segment::Changed { left, right });
        }
    }

    fn push(&mut self, segment: Segment) {
        let (Segment::Matched { left, right } | Segment::Changed { left, right }) = &segment;
        self.at = (left.end, right.end);
        push_merged(&mut self.segments, segment);
    }
}

/// Appends `segment`, extending the last one when both are of the same kind
/// (the ranges are contiguous because segments arrive in order).
pub(super) fn push_merged(segments: &mut Vec<Segment>, segment: Segment) {
    let extended = match (segments.last_mut(), &segment) {
        (
            Some(Segment::Changed { left, right }),
            Segment::Changed {
                left: more_left,
                right: more_right,
            },
        )
        | (
            Some(Segment::Matched { left, right }),
            Segment::Matched {
                left: more_left,
                right: more_right,
            },
        ) => {
            left.end = more_left.end;
            right.end = more_right.end;
            true
        }
        _ => false,
    };
    if !extended && !segment.is_empty() {
        segments.push(segment);
    }
}

impl Segment {
    fn is_empty(&self) -> bool {
        let (Segment::Matched { left, right } | Segment::Changed { left, right }) = self;
        left.is_empty() && right.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::token::tokenize_pair;

    #[test]
    fn insertion_is_one_change_between_matches() {
        let (l, r) = tokenize_pair("Lavrov said.", "Lavrov said on Monday.");
        let segments = align(&l, &r);
        assert_eq!(
            segments,
            [
                Segment::Matched {
                    left: 0..3,
                    right: 0..3
                },
                Segment::Changed {
                    left: 3..3,
                    right: 3..7
                },
                Segment::Matched {
                    left: 3..4,
                    right: 7..8
                },
            ]
        );
    }

    #[test]
    fn whitespace_is_matched_only_where_both_sides_have_it() {
        let (l, r) = tokenize_pair("the 3.5, ", "the 3.5 \u{2013} ");
        assert_eq!(
            align(&l, &r),
            [
                Segment::Matched {
                    left: 0..5,
                    right: 0..5
                },
                Segment::Changed {
                    left: 5..6,
                    right: 5..7
                },
                Segment::Matched {
                    left: 6..7,
                    right: 7..8
                },
            ]
        );
    }

    #[test]
    fn a_change_starts_after_whitespace_both_sides_share() {
        let (l, r) = tokenize_pair("a b c", "a x c");
        assert_eq!(
            align(&l, &r),
            [
                Segment::Matched {
                    left: 0..2,
                    right: 0..2
                },
                Segment::Changed {
                    left: 2..3,
                    right: 2..3
                },
                Segment::Matched {
                    left: 3..5,
                    right: 3..5
                },
            ]
        );
    }

    #[test]
    fn case_and_quote_changes_are_matched() {
        let (l, r) = tokenize_pair("The ‘line’", "the 'line'");
        assert_eq!(
            align(&l, &r),
            [Segment::Matched {
                left: 0..5,
                right: 0..5
            }]
        );
    }
}
