//! Emphasis for display: the in-order diff's matches, plus the words it left
//! changed that the other side shares in another place.

use super::align::Segment;
use super::moves;
use super::token::{Kind, Token};
use super::{Change, MarkedText};

/// How one token stands before the marks are coalesced into runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// Matched in order (case, quote style and whitespace folded).
    Kept,
    /// Shared with the other side out of order (found by [`moves`]).
    Shared,
    /// Changed by the in-order diff; open to an out-of-order match.
    Open,
}

impl Mark {
    fn is_kept(self) -> bool {
        matches!(self, Mark::Kept | Mark::Shared)
    }
}

/// Both sides as marked runs; `segments` is the in-order alignment, or `None`
/// when the diff made the pair one whole replacement.
pub(super) fn marked(
    left: &[Token],
    right: &[Token],
    segments: Option<&[Segment]>,
) -> (MarkedText, MarkedText) {
    let (mut l, mut r) = in_order_marks(left, right, segments);
    moves::keep_shared(left, right, &mut l, &mut r);
    keep_shared_ends(left, right, &mut l, &mut r);
    (
        runs(left, &l, Change::Removed),
        runs(right, &r, Change::Added),
    )
}

/// Tokens matched by the in-order diff are kept, even when they differ in
/// case or quote style: emphasis marks wording, not typography.
fn in_order_marks(
    left: &[Token],
    right: &[Token],
    segments: Option<&[Segment]>,
) -> (Vec<Mark>, Vec<Mark>) {
    let mut l = vec![Mark::Open; left.len()];
    let mut r = vec![Mark::Open; right.len()];
    for segment in segments.unwrap_or_default() {
        if let Segment::Matched {
            left: lr,
            right: rr,
        } = segment
        {
            l[lr.clone()].fill(Mark::Kept);
            r[rr.clone()].fill(Mark::Kept);
        }
    }
    (l, r)
}

/// Keeps the last (and the first) punctuation mark when both sides have the
/// same one there and it is still open: a reworded sentence still ends in
/// the same full stop.
fn keep_shared_ends(left: &[Token], right: &[Token], l: &mut [Mark], r: &mut [Mark]) {
    let core = |tokens: &[Token]| -> Vec<usize> {
        (0..tokens.len())
            .filter(|&i| tokens[i].kind != Kind::Space)
            .collect()
    };
    let (lc, rc) = (core(left), core(right));
    let ends = [(lc.first(), rc.first()), (lc.last(), rc.last())];
    for (i, j) in ends.into_iter().filter_map(|(i, j)| Some((*i?, *j?))) {
        let (a, b) = (&left[i], &right[j]);
        if a.kind == Kind::Punct && a.key == b.key && l[i] == Mark::Open && r[j] == Mark::Open {
            (l[i], r[j]) = (Mark::Shared, Mark::Shared);
        }
    }
}

/// Coalesces one side's marks into runs; what is not kept is `changed`.
fn runs(tokens: &[Token], marks: &[Mark], changed: Change) -> MarkedText {
    let mut out: MarkedText = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let change = if is_kept(tokens, marks, i) {
            Change::Kept
        } else {
            changed
        };
        match out.last_mut() {
            Some((text, last)) if *last == change => text.push_str(token.text),
            _ => out.push((token.text.to_owned(), change)),
        }
    }
    out
}

fn is_kept(tokens: &[Token], marks: &[Mark], i: usize) -> bool {
    match marks[i] {
        Mark::Kept | Mark::Shared => true,
        Mark::Open => tokens[i].kind == Kind::Space && bridges(marks, i),
    }
}

/// Whether open whitespace lies between two kept tokens (or a kept token and
/// an end of the text), one of them kept as shared out of order.
fn bridges(marks: &[Mark], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| marks[k]);
    let after = marks.get(i + 1).copied();
    let kept = |m: Option<Mark>| m.is_none_or(Mark::is_kept);
    kept(before) && kept(after) && [before, after].contains(&Some(Mark::Shared))
}

#[cfg(test)]
mod tests {
    use crate::diff::{Change, MarkedText, change_runs};

    /// One side's runs as `[kept]` / `{changed}` text.
    fn shown(runs: &MarkedText) -> String {
        runs.iter()
            .map(|(text, change)| match change {
                Change::Kept => format!("[{text}]"),
                _ => format!("{{{text}}}"),
            })
            .collect()
    }

    fn both(left: &str, right: &str) -> (String, String) {
        let (l, r) = change_runs(left, right);
        let rebuilt = |side: &MarkedText| side.iter().map(|(t, _)| t.as_str()).collect::<String>();
        assert_eq!(
            (rebuilt(&l), rebuilt(&r)),
            (left.to_owned(), right.to_owned())
        );
        (shown(&l), shown(&r))
    }

    /// Row 2 of the demo pair (Sputnik vs TASS): a paraphrase sharing a name,
    /// a title and several words in another order.
    #[test]
    fn a_paraphrase_keeps_the_words_both_sides_share() {
        let (l, r) = both(
            "MOSCOW (Sputnik) — Russia expects Washington to answer questions on the US new \
             strategy in Syria in a frank and comprehensible way, Russian Foreign Minister \
             Sergei Lavrov has said.",
            "MOSCOW- Washington’s new approach towards Syria triggers numerous questions, and \
             Moscow hopes to receive an honest answer to them, Russian Foreign Minister Sergey \
             Lavrov said on Monday, Itar Tass reported.",
        );
        for shared in [
            "[, Russian Foreign Minister]",
            "[Lavrov",
            "[Washington]",
            "[new]",
            "[Syria]",
        ] {
            assert!(
                l.contains(shared) && r.contains(shared),
                "{shared}:\n{l}\n{r}"
            );
        }
        assert!(
            l.contains("[answer questions]") && r.contains("[answer]"),
            "{l}\n{r}"
        );
        assert!(
            l.contains("{ Sergei }") && r.contains("{ Sergey }"),
            "{l}\n{r}"
        );
        assert!(l.contains("frank and comprehensible way}"), "{l}");
    }

    #[test]
    fn a_moved_phrase_is_kept_on_both_sides() {
        let (l, r) = both(
            "Lavrov said the talks had failed.",
            "The talks had failed, Lavrov said.",
        );
        assert_eq!(l, "[Lavrov said the talks had failed.]");
        assert_eq!(r, "[The talks had failed]{, }[Lavrov said.]");
    }

    #[test]
    fn lone_function_words_are_not_kept_out_of_order() {
        let (l, r) = both(
            "They met in Paris on a Monday",
            "On Friday the talks in Berlin ended",
        );
        assert_eq!(l, "{They met in Paris on a Monday}");
        assert_eq!(r, "{On Friday the talks in Berlin ended}");
    }

    #[test]
    fn words_compare_by_stem_and_case() {
        let (l, r) = both(
            "it most certainly raises questions, the President said",
            "the president said that this cannot fail to raise a question",
        );
        assert!(l.contains("[raises questions]"), "{l}");
        assert!(r.contains("[raise]") && r.contains("[question]"), "{r}");
        assert!(r.starts_with("[the president said]"), "{r}");
    }

    #[test]
    fn in_order_edits_are_still_marked() {
        let (l, r) = both("Lavrov said on Monday.", "Lavrov stressed on Monday.");
        assert_eq!(l, "[Lavrov ]{said}[ on Monday.]");
        assert_eq!(r, "[Lavrov ]{stressed}[ on Monday.]");
    }
}
