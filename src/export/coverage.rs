//! The coverage table of each story: `coverage --json` (schema 1), CSV and
//! Markdown.
//!
//! Every passage has one cell per witness, in the `witnesses` order; an
//! absent cell has no sentences, empty text, relation `absent` and a null
//! similarity. Sentence indices are those of `articles --json` (0-based).

use serde::Serialize;

use crate::collate::{Collation, Relation};
use crate::corpus::{Article, Corpus};
use crate::stories::Story;

use super::json::{ErrorJson, round3};
use super::markdown::escape;

/// Version of the `coverage --json` schema.
pub const COVERAGE_SCHEMA: u32 = 1;

/// One story and its collation, as the coverage reports read them.
#[derive(Debug, Clone, Copy)]
pub struct CollatedStory<'a> {
    /// The story.
    pub story: &'a Story,
    /// Its collation.
    pub collation: &'a Collation,
}

/// `storydiff coverage --json`.
#[derive(Debug, Serialize)]
pub struct CoverageReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// One table per story.
    pub stories: Vec<StoryCoverageJson<'a>>,
    /// Files or entries that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// One story's table.
#[derive(Debug, Serialize)]
pub struct StoryCoverageJson<'a> {
    /// Story id, as in `stories --json`.
    pub id: &'a str,
    /// The story's stable key (from its members' keys).
    pub key: String,
    /// The story's label.
    pub label: &'a str,
    /// Id of the pivot article the rows follow.
    pub pivot: &'a str,
    /// The witnesses, in column order.
    pub witnesses: Vec<WitnessJson<'a>>,
    /// The passages, in table order.
    pub passages: Vec<PassageJson<'a>>,
    /// Every pair of witnesses, from its own alignment.
    pub pairs: Vec<PairJson<'a>>,
}

/// One witness (a column).
#[derive(Debug, Serialize)]
pub struct WitnessJson<'a> {
    /// Article id.
    pub article: &'a str,
    /// Article key.
    pub key: String,
    /// Outlet, when known.
    pub outlet: Option<&'a str>,
    /// Headline.
    pub title: Option<&'a str>,
    /// ISO date.
    pub date: Option<String>,
    /// Share of the story's passages the witness carries, 0..1.
    pub coverage: f64,
}

/// One passage (a row).
#[derive(Debug, Serialize)]
pub struct PassageJson<'a> {
    /// `p1`, `p2`, … in table order.
    pub id: &'a str,
    /// One cell per witness.
    pub cells: Vec<CellJson<'a>>,
}

/// One cell.
#[derive(Debug, Serialize)]
pub struct CellJson<'a> {
    /// Article id of the witness.
    pub article: &'a str,
    /// Sentence indices (0-based); [] when absent.
    pub sentences: &'a [usize],
    /// Display text; "" when absent.
    pub text: &'a str,
    /// `pivot`, `same`, `reworded` or `absent`.
    pub relation: &'static str,
    /// Similarity to the row's reference, 0..1; null for the reference and when absent.
    pub similarity: Option<f64>,
    /// Told out of the reference's order.
    pub moved: bool,
}

/// One pair of witnesses.
#[derive(Debug, Serialize)]
pub struct PairJson<'a> {
    /// Left article id.
    pub left: &'a str,
    /// Right article id.
    pub right: &'a str,
    /// Share of the left article's words shared with the right, 0..1.
    pub shared_left: f64,
    /// Share of the right article's words shared with the left, 0..1.
    pub shared_right: f64,
    /// Rows of copied text.
    pub same: usize,
    /// Rows of reworded text.
    pub reworded: usize,
    /// Rows only the left article has.
    pub left_only: usize,
    /// Rows only the right article has.
    pub right_only: usize,
    /// Rows the right article tells out of the left's order.
    pub moved: usize,
}

impl<'a> CoverageReport<'a> {
    /// Builds the report for the collated stories of a corpus.
    pub fn new(corpus: &'a Corpus, stories: &[CollatedStory<'a>]) -> Self {
        Self {
            schema: COVERAGE_SCHEMA,
            stories: stories
                .iter()
                .map(|s| StoryCoverageJson::new(&corpus.articles, *s))
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}

impl<'a> StoryCoverageJson<'a> {
    fn new(articles: &'a [Article], collated: CollatedStory<'a>) -> Self {
        let CollatedStory { story, collation } = collated;
        let members = collation.articles(articles);
        let table = &collation.table;
        let coverage = table.coverage(collation.len());
        Self {
            id: &story.id,
            key: collation.story_key.to_string(),
            label: &story.label,
            pivot: members.get(table.pivot).map_or("", |a| a.id.as_str()),
            witnesses: members
                .iter()
                .zip(&collation.keys)
                .zip(&coverage)
                .map(|((a, key), &share)| WitnessJson {
                    article: &a.id,
                    key: key.to_string(),
                    outlet: a.outlet.as_deref(),
                    title: a.title.as_deref(),
                    date: a.date.map(|d| d.to_string()),
                    coverage: round3(share),
                })
                .collect(),
            passages: table
                .passages
                .iter()
                .map(|p| PassageJson {
                    id: &p.id,
                    cells: p
                        .cells
                        .iter()
                        .zip(&members)
                        .map(|(c, a)| CellJson {
                            article: &a.id,
                            sentences: &c.sentences,
                            text: &c.text,
                            relation: c.relation.as_str(),
                            similarity: c.similarity.map(round3),
                            moved: c.moved,
                        })
                        .collect(),
                })
                .collect(),
            pairs: collation
                .pairs()
                .map(|((a, b), alignment)| {
                    let s = &alignment.summary;
                    PairJson {
                        left: &members[a].id,
                        right: &members[b].id,
                        shared_left: round3(s.left_shared),
                        shared_right: round3(s.right_shared),
                        same: s.same,
                        reworded: s.reworded,
                        left_only: s.left_only,
                        right_only: s.right_only,
                        moved: alignment.rows.iter().filter(|r| r.moved).count(),
                    }
                })
                .collect(),
        }
    }
}

/// Column headings for the witnesses: the outlet, with the article id when
/// two witnesses share an outlet.
pub fn witness_names(members: &[&Article]) -> Vec<String> {
    members
        .iter()
        .map(|a| {
            let name = a.display_name();
            let shared = members.iter().filter(|b| b.display_name() == name).count() > 1;
            if shared && a.outlet.is_some() {
                format!("{name} ({})", a.id)
            } else {
                name.to_owned()
            }
        })
        .collect()
}

/// The text a row is read by: the reference cell's (the pivot's, or the
/// first witness that has a passage the pivot lacks).
fn reference_text(passage: &crate::collate::Passage) -> &str {
    &passage.cells[passage.reference].text
}

/// A spreadsheet would run a cell that starts like a formula: such text
/// gets a leading apostrophe, which spreadsheets show as plain text.
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// One story's table as CSV: a row per passage with its id, one column per
/// witness holding the relation, the witness the text comes from, and that text.
pub fn csv(articles: &[Article], collated: CollatedStory) -> Result<String, csv::Error> {
    let collation = collated.collation;
    let members = collation.articles(articles);
    let names = witness_names(&members);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["passage".to_owned()];
    header.extend(names.iter().map(|n| spreadsheet_safe(n)));
    header.extend(["from".to_owned(), "text".to_owned()]);
    writer.write_record(&header)?;
    for passage in &collation.table.passages {
        let mut record = vec![passage.id.clone()];
        record.extend(passage.cells.iter().map(|c| c.relation.as_str().to_owned()));
        record.push(spreadsheet_safe(&names[passage.reference]));
        record.push(spreadsheet_safe(reference_text(passage)));
        writer.write_record(&record)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

/// Markdown: per story, a legend and a table with a glyph column per witness.
pub fn markdown(articles: &[Article], stories: &[CollatedStory]) -> String {
    let mut out = String::new();
    for collated in stories {
        let collation = collated.collation;
        let members = collation.articles(articles);
        let names = witness_names(&members);
        let table = &collation.table;
        let coverage = table.coverage(collation.len());
        out.push_str(&format!(
            "## {} · {}\n\n",
            escape(&collated.story.id),
            escape(&collated.story.label)
        ));
        for (k, name) in names.iter().enumerate() {
            let pivot = if k == table.pivot { " (pivot)" } else { "" };
            out.push_str(&format!(
                "- **{}** {}{pivot}: {:.0}% of the passages\n",
                column_label(k),
                escape(name),
                coverage[k] * 100.0
            ));
        }
        out.push_str(
            "\n`P` the row's reference (the pivot, or the first outlet with a passage the pivot lacks) · `=` same · `~` reworded · `·` absent · `↕` moved\n\n",
        );
        let labels: Vec<String> = (0..names.len()).map(column_label).collect();
        out.push_str(&format!("| passage | {} | text |\n", labels.join(" | ")));
        out.push_str(&format!("|---|{}---|\n", "---|".repeat(labels.len())));
        for passage in &table.passages {
            let glyphs: Vec<String> = passage.cells.iter().map(glyph).collect();
            let from = if passage.reference == table.pivot {
                String::new()
            } else {
                format!("[{}] ", column_label(passage.reference))
            };
            out.push_str(&format!(
                "| {} | {} | {from}{} |\n",
                passage.id,
                glyphs.join(" | "),
                escape(reference_text(passage))
            ));
        }
        out.push('\n');
    }
    out
}

/// A cell's glyph, with `↕` when moved.
pub fn glyph(cell: &crate::collate::Cell) -> String {
    let mut g = cell.relation.glyph().to_string();
    if cell.moved && cell.relation != Relation::Absent {
        g.push('↕');
    }
    g
}

/// The column label of witness `k`: A, B, …, Z, AA, AB, …
pub fn column_label(k: usize) -> String {
    let mut k = k + 1;
    let mut label = Vec::new();
    while k > 0 {
        let digit = (k - 1) % 26;
        label.push(b'A' + digit as u8);
        k = (k - 1) / 26;
    }
    label.reverse();
    String::from_utf8(label).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_labels_run_past_z() {
        let labels: Vec<String> = [0, 1, 25, 26, 27, 701, 702].map(column_label).to_vec();
        assert_eq!(labels, ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
    }

    #[test]
    fn formula_like_text_is_defused_for_spreadsheets() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("Lavrov said"), "Lavrov said");
    }
}
