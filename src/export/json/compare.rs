//! The `storydiff compare --json` report: one aligned pair.

use serde::Serialize;

use crate::align::{AlignedRow, Alignment};
use crate::corpus::Article;
use crate::diff::{DiffRun, word_diff};

use super::{ArticleRef, COMPARE_SCHEMA, round3};

/// `storydiff compare --json`.
#[derive(Debug, Serialize)]
pub struct CompareReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// The left article.
    pub left: ArticleRef<'a>,
    /// The right article.
    pub right: ArticleRef<'a>,
    /// Aligned rows in the left article's reading order.
    pub rows: Vec<RowJson>,
    /// Shares and counts.
    pub summary: SummaryJson,
}

/// One aligned row.
#[derive(Debug, Serialize)]
pub struct RowJson {
    /// `same`, `reworded`, `left_only` or `right_only`.
    pub kind: &'static str,
    /// Left sentence indices (0-based, flattened across paragraphs).
    pub left: Vec<usize>,
    /// Right sentence indices.
    pub right: Vec<usize>,
    /// Display text of the left sentences, joined; "" when empty.
    pub left_text: String,
    /// Display text of the right sentences, joined; "" when empty.
    pub right_text: String,
    /// Similarity in 0..1, to three decimals.
    pub similarity: f64,
    /// The right side is out of order relative to its neighbours.
    pub moved: bool,
    /// Word diff of the two sides; [] for one-sided rows.
    pub diff: Vec<DiffRun>,
}

/// The alignment summary.
#[derive(Debug, Serialize)]
pub struct SummaryJson {
    /// Share of the left article's words shared with the right, 0..1.
    pub left_shared: f64,
    /// Share of the right article's words shared with the left, 0..1.
    pub right_shared: f64,
    /// Rows of copied text.
    pub same: usize,
    /// Rows of reworded text.
    pub reworded: usize,
    /// Rows only in the left article.
    pub left_only: usize,
    /// Rows only in the right article.
    pub right_only: usize,
}

impl<'a> CompareReport<'a> {
    /// Builds the report for an alignment of `left` and `right`.
    pub fn new(left: &'a Article, right: &'a Article, alignment: &Alignment) -> Self {
        let (left_sentences, right_sentences) = (left.sentence_texts(), right.sentence_texts());
        let s = &alignment.summary;
        Self {
            schema: COMPARE_SCHEMA,
            left: ArticleRef::new(left),
            right: ArticleRef::new(right),
            rows: alignment
                .rows
                .iter()
                .map(|row| RowJson::new(row, &left_sentences, &right_sentences))
                .collect(),
            summary: SummaryJson {
                left_shared: round3(s.left_shared),
                right_shared: round3(s.right_shared),
                same: s.same,
                reworded: s.reworded,
                left_only: s.left_only,
                right_only: s.right_only,
            },
        }
    }
}

impl RowJson {
    /// Builds one row, with its texts and word diff.
    pub fn new(row: &AlignedRow, left: &[&str], right: &[&str]) -> Self {
        let (left_text, right_text) = row.texts(left, right);
        let diff = if row.left.is_empty() || row.right.is_empty() {
            Vec::new()
        } else {
            word_diff(&left_text, &right_text)
        };
        Self {
            kind: row.kind.as_str(),
            left: row.left.clone(),
            right: row.right.clone(),
            left_text,
            right_text,
            similarity: round3(row.similarity),
            moved: row.moved,
            diff,
        }
    }
}
