//! The coverage table: passages × witnesses.
//!
//! Rows follow a pivot witness. Each of the pivot's sentences is looked up
//! in the pivot's alignment with every other witness; neighbouring pivot
//! sentences form one passage when every witness treats them alike (the
//! same aligned row, or absent from both) and the passage stays within
//! [`MAX_RUN`] pivot sentences, so a passage is what outlets say at one
//! point of the story, never paragraphs chained together by transitive links.
//!
//! Then the passages the pivot lacks: each witness's sentences that are not
//! linked to the pivot, grouped the same way against the other non-pivot
//! witnesses, with the first witness that has them as the row's reference.
//! They are placed after the pivot passage their reference's previous
//! linked sentence belongs to, so they sit near their neighbours.
//!
//! Every cell states links only between the row's reference cell (relation
//! `pivot`) and itself, and those links are exactly the pair alignment's:
//! the table's pairwise projection never contradicts a pair's own alignment.

use crate::align::{Alignment, MAX_RUN, RowKind};
use crate::corpus::Article;

use super::Collation;

/// How a witness's cell relates to its row's reference text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// The row's reference: the pivot's passage, or for a passage the pivot
    /// lacks, the first witness that has it.
    Pivot,
    /// Identical to the reference up to case, punctuation and quote style.
    Same,
    /// The same content in other words.
    Reworded,
    /// The witness does not have the passage.
    Absent,
}

impl Relation {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Pivot => "pivot",
            Relation::Same => "same",
            Relation::Reworded => "reworded",
            Relation::Absent => "absent",
        }
    }

    /// The glyph that carries the relation without colour.
    pub fn glyph(self) -> char {
        match self {
            Relation::Pivot => 'P',
            Relation::Same => '=',
            Relation::Reworded => '~',
            Relation::Absent => '·',
        }
    }

    /// Whether the witness has the passage at all.
    pub fn carries(self) -> bool {
        self != Relation::Absent
    }
}

/// One witness at one passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Sentence indices of the witness (flat, 0-based); empty when absent.
    pub sentences: Vec<usize>,
    /// Their display text joined by single spaces ("" when absent).
    pub text: String,
    /// How it relates to the row's reference.
    pub relation: Relation,
    /// Similarity to the reference (0..1); `None` for the reference itself
    /// and for an absent cell.
    pub similarity: Option<f32>,
    /// The witness tells this passage out of the reference's order.
    pub moved: bool,
}

impl Cell {
    fn absent() -> Cell {
        Cell {
            sentences: Vec::new(),
            text: String::new(),
            relation: Relation::Absent,
            similarity: None,
            moved: false,
        }
    }
}

/// One passage: one cell per witness, in witness order.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// `p1`, `p2`, … in table order.
    pub id: String,
    /// The witness whose cell is the reference (relation `pivot`).
    pub reference: usize,
    /// One cell per witness.
    pub cells: Vec<Cell>,
}

impl Passage {
    /// How many witnesses carry the passage.
    pub fn carried_by(&self) -> usize {
        self.cells.iter().filter(|c| c.relation.carries()).count()
    }
}

/// Passages × witnesses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoverageTable {
    /// The witness the rows follow.
    pub pivot: usize,
    /// The passages, in the pivot's reading order with the passages it
    /// lacks placed near their neighbours.
    pub passages: Vec<Passage>,
}

impl CoverageTable {
    /// Each witness's share of the passages it carries (0..1).
    pub fn coverage(&self, witnesses: usize) -> Vec<f32> {
        let total = self.passages.len().max(1) as f32;
        (0..witnesses)
            .map(|w| {
                let carried = self
                    .passages
                    .iter()
                    .filter(|p| p.cells.get(w).is_some_and(|c| c.relation.carries()))
                    .count();
                carried as f32 / total
            })
            .collect()
    }

    /// The passages only one witness carries.
    pub fn one_sided(&self) -> impl Iterator<Item = &Passage> {
        self.passages.iter().filter(|p| p.carried_by() == 1)
    }
}

/// For each sentence of a reference witness, the row (index into the pair's
/// rows) that links it to another witness, if any.
fn rows_by_sentence(alignment: &Alignment, sentences: usize) -> Vec<Option<usize>> {
    let mut at = vec![None; sentences];
    for (k, row) in alignment.rows.iter().enumerate() {
        if matches!(row.kind, RowKind::Same | RowKind::Reworded) {
            for &s in &row.left {
                at[s] = Some(k);
            }
        }
    }
    at
}

/// A reference witness's sentences seen through its alignments with other witnesses.
struct Lookup<'c> {
    /// The other witnesses.
    others: Vec<usize>,
    /// The reference's alignment with each of `others`.
    alignments: Vec<std::borrow::Cow<'c, Alignment>>,
    /// Per other witness, the linking row of each reference sentence.
    rows: Vec<Vec<Option<usize>>>,
}

impl<'c> Lookup<'c> {
    fn new(collation: &'c Collation, reference: usize, others: Vec<usize>, len: usize) -> Self {
        let alignments: Vec<_> = others
            .iter()
            .map(|&w| collation.alignment(reference, w))
            .collect();
        let rows = alignments
            .iter()
            .map(|a| rows_by_sentence(a, len))
            .collect();
        Lookup {
            others,
            alignments,
            rows,
        }
    }

    /// Whether two reference sentences are treated alike by every other witness.
    fn alike(&self, s: usize, t: usize) -> bool {
        self.rows.iter().all(|rows| rows[s] == rows[t])
    }

    /// Whether any other witness links sentence `s`.
    fn linked(&self, s: usize) -> bool {
        self.rows.iter().any(|rows| rows[s].is_some())
    }
}

/// Splits `sentences` (ascending) into runs of consecutive sentences that
/// every witness treats alike, at most [`MAX_RUN`] long; runs no witness
/// links also stay inside one paragraph.
fn passages_of(lookup: &Lookup, sentences: &[usize], paragraph: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &s in sentences {
        if let Some(run) = out.last_mut() {
            let last = *run.last().expect("runs are never empty");
            let joins = last + 1 == s
                && run.len() < MAX_RUN
                && lookup.alike(last, s)
                && (lookup.linked(s) || paragraph[last] == paragraph[s]);
            if joins {
                run.push(s);
                continue;
            }
        }
        out.push(vec![s]);
    }
    out
}

fn paragraph_of_each_sentence(article: &Article) -> Vec<usize> {
    article
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, para)| std::iter::repeat_n(p, para.sentences.len()))
        .collect()
}

fn join(texts: &[&str], sentences: &[usize]) -> String {
    sentences
        .iter()
        .map(|&s| texts[s])
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cells of one passage of `reference` (its sentences `run`).
fn cells(
    lookup: &Lookup,
    witnesses: usize,
    reference: usize,
    run: &[usize],
    texts: &[Vec<&str>],
) -> Vec<Cell> {
    let mut cells = vec![Cell::absent(); witnesses];
    cells[reference] = Cell {
        sentences: run.to_vec(),
        text: join(&texts[reference], run),
        relation: Relation::Pivot,
        similarity: None,
        moved: false,
    };
    for (k, &w) in lookup.others.iter().enumerate() {
        // Every sentence of the run is treated alike: the first one decides.
        let Some(row) = lookup.rows[k][run[0]] else {
            continue;
        };
        let row = &lookup.alignments[k].rows[row];
        cells[w] = Cell {
            sentences: row.right.clone(),
            text: join(&texts[w], &row.right),
            relation: match row.kind {
                RowKind::Same => Relation::Same,
                _ => Relation::Reworded,
            },
            similarity: Some(row.similarity),
            moved: row.moved,
        };
    }
    cells
}

/// A passage with where it goes: after pivot passage `after` (None: at the top).
struct Placed {
    after: Option<usize>,
    passage: Passage,
}

/// Builds the table of `collation` along witness `pivot`.
pub(super) fn build(collation: &Collation, articles: &[Article], pivot: usize) -> CoverageTable {
    let n = collation.len();
    if n == 0 {
        return CoverageTable::default();
    }
    let members = collation.articles(articles);
    let texts: Vec<Vec<&str>> = members.iter().map(|a| a.sentence_texts()).collect();
    let paragraphs: Vec<Vec<usize>> = members
        .iter()
        .map(|a| paragraph_of_each_sentence(a))
        .collect();
    let passage = |reference, cells| Passage {
        id: String::new(),
        reference,
        cells,
    };

    // The pivot's passages.
    let others: Vec<usize> = (0..n).filter(|&w| w != pivot).collect();
    let lookup = Lookup::new(collation, pivot, others.clone(), texts[pivot].len());
    let all: Vec<usize> = (0..texts[pivot].len()).collect();
    let pivot_runs = passages_of(&lookup, &all, &paragraphs[pivot]);
    let mut passage_of_sentence = vec![0; texts[pivot].len()];
    let mut placed: Vec<Placed> = Vec::new();
    for (k, run) in pivot_runs.iter().enumerate() {
        for &s in run {
            passage_of_sentence[s] = k;
        }
        placed.push(Placed {
            after: Some(k),
            passage: passage(pivot, cells(&lookup, n, pivot, run, &texts)),
        });
    }

    // What each witness links to the pivot, and where.
    let mut covered: Vec<Vec<bool>> = texts.iter().map(|t| vec![false; t.len()]).collect();
    let mut anchor: Vec<Vec<Option<usize>>> = texts.iter().map(|t| vec![None; t.len()]).collect();
    covered[pivot].fill(true);
    for (k, &w) in others.iter().enumerate() {
        for row in &lookup.alignments[k].rows {
            if row.left.is_empty() || row.right.is_empty() {
                continue;
            }
            let at = row.left.iter().map(|&s| passage_of_sentence[s]).max();
            for &t in &row.right {
                covered[w][t] = true;
                if !row.moved {
                    anchor[w][t] = at;
                }
            }
        }
    }

    // The passages the pivot lacks, with the first witness having them as reference.
    for &base in &others {
        let missing: Vec<usize> = (0..texts[base].len())
            .filter(|&t| !covered[base][t])
            .collect();
        if missing.is_empty() {
            continue;
        }
        let rest: Vec<usize> = others.iter().copied().filter(|&w| w != base).collect();
        let lookup = Lookup::new(collation, base, rest, texts[base].len());
        for run in passages_of(&lookup, &missing, &paragraphs[base]) {
            let cells = cells(&lookup, n, base, &run, &texts);
            for (w, cell) in cells.iter().enumerate() {
                for &t in &cell.sentences {
                    covered[w][t] = true;
                }
            }
            let after = (0..run[0]).rev().find_map(|t| anchor[base][t]);
            for &t in &run {
                anchor[base][t] = after;
            }
            placed.push(Placed {
                after,
                passage: passage(base, cells),
            });
        }
    }

    // Pivot passages in order; each lacking passage after its neighbour,
    // in the order found (stable sort).
    let mut order: Vec<(Option<usize>, bool, usize)> = placed
        .iter()
        .enumerate()
        .map(|(k, p)| (p.after, p.passage.reference != pivot, k))
        .collect();
    order.sort_by_key(|&(after, lacking, k)| (after.map_or(0, |a| a + 1), lacking, k));
    let mut placed: Vec<Option<Placed>> = placed.into_iter().map(Some).collect();
    let passages = order
        .iter()
        .enumerate()
        .map(|(row, &(_, _, k))| {
            let mut p = placed[k].take().expect("each passage placed once").passage;
            p.id = format!("p{}", row + 1);
            p
        })
        .collect();
    CoverageTable { pivot, passages }
}
