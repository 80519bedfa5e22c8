//! Turning aligned segments into display runs: exact matches become `Equal`,
//! everything else a `Delete` followed by an `Insert`, coalesced.

use super::align::Segment;
use super::token::Token;
use super::{DiffOp, DiffRun};

/// The runs for an alignment. A matched token pair whose surfaces differ
/// (case, quote style, whitespace) is shown as a delete plus an insert.
pub(super) fn runs(segments: &[Segment], left: &[Token], right: &[Token]) -> Vec<DiffRun> {
    let mut out = RunBuilder::default();
    for segment in segments {
        match segment {
            Segment::Matched { left: l, right: r } => {
                for (a, b) in left[l.clone()].iter().zip(&right[r.clone()]) {
                    if a.text == b.text {
                        out.equal(a.text);
                    } else {
                        out.replace(a.text, b.text);
                    }
                }
            }
            Segment::Changed { left: l, right: r } => {
                for token in &left[l.clone()] {
                    out.replace(token.text, "");
                }
                for token in &right[r.clone()] {
                    out.replace("", token.text);
                }
            }
        }
    }
    out.finish()
}

/// The whole pair as one replacement (a side that is empty is left out).
pub(super) fn whole_replacement(left: &str, right: &str) -> Vec<DiffRun> {
    let mut out = RunBuilder::default();
    out.replace(left, right);
    out.finish()
}

/// Collects runs so that no run is empty, no two neighbours share an op, and
/// each stretch between equal runs is one delete followed by one insert.
#[derive(Debug, Default)]
pub(super) struct RunBuilder {
    runs: Vec<DiffRun>,
    deleted: String,
    inserted: String,
}

impl RunBuilder {
    /// Text present, unchanged, on both sides.
    pub(super) fn equal(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.flush_edits();
        match self.runs.last_mut() {
            Some(run) if run.op == DiffOp::Equal => run.text.push_str(text),
            _ => self.runs.push(DiffRun::new(DiffOp::Equal, text)),
        }
    }

    /// Left text replaced by right text; either may be empty.
    pub(super) fn replace(&mut self, deleted: &str, inserted: &str) {
        self.deleted.push_str(deleted);
        self.inserted.push_str(inserted);
    }

    /// The collected runs.
    pub(super) fn finish(mut self) -> Vec<DiffRun> {
        self.flush_edits();
        self.runs
    }

    fn flush_edits(&mut self) {
        for (op, text) in [
            (DiffOp::Delete, &mut self.deleted),
            (DiffOp::Insert, &mut self.inserted),
        ] {
            if !text.is_empty() {
                self.runs.push(DiffRun {
                    op,
                    text: std::mem::take(text),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_coalesces_and_orders_delete_before_insert() {
        let mut b = RunBuilder::default();
        b.equal("a");
        b.equal("");
        b.equal(" ");
        b.replace("", "x");
        b.replace("b", "");
        b.replace("c", "y");
        b.equal(".");
        let ops: Vec<_> = b.finish().into_iter().map(|r| (r.op, r.text)).collect();
        assert_eq!(
            ops,
            [
                (DiffOp::Equal, "a ".to_owned()),
                (DiffOp::Delete, "bc".to_owned()),
                (DiffOp::Insert, "xy".to_owned()),
                (DiffOp::Equal, ".".to_owned()),
            ]
        );
    }

    #[test]
    fn whole_replacement_omits_empty_sides() {
        assert_eq!(whole_replacement("", ""), []);
        assert_eq!(
            whole_replacement("a", ""),
            [DiffRun::new(DiffOp::Delete, "a")]
        );
        assert_eq!(
            whole_replacement("", "b"),
            [DiffRun::new(DiffOp::Insert, "b")]
        );
    }
}
