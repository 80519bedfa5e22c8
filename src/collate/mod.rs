//! One story, analysed once: the [`Collation`] of its articles.
//!
//! A collation aligns every pair of a story's articles (its *witnesses*)
//! once, with one [`AlignOptions`], keeps the alignments, and builds the
//! coverage table ([`CoverageTable`]): passages × witnesses, each cell
//! `pivot`, `same`, `reworded` or `absent`. Everything above this stage (the
//! quotes and framing lenses, the TUI, the CLI and the exports) reads the
//! collation; nothing above it aligns.
//!
//! Witnesses are kept in a canonical order (date, then name, then
//! [`ArticleKey`]), so the order articles were loaded in never changes the
//! table.
//!
//! ```
//! use storydiff::align::AlignOptions;
//! use storydiff::collate::{Collation, Relation};
//! let demo = storydiff::corpus::load_demo();
//! let collation = Collation::new(&demo.articles, &[0, 1], &AlignOptions::default());
//! assert_eq!(collation.witnesses.len(), 2);
//! let table = &collation.table;
//! assert!(table.passages.iter().any(|p| p.cells.iter().all(|c| c.relation != Relation::Absent)));
//! // Compare screens read the pair from the collation, in either orientation.
//! let pair = collation.alignment(1, 0);
//! assert_eq!(pair.summary.left_shared, collation.alignment(0, 1).summary.right_shared);
//! ```

pub mod anchor;
mod table;

#[cfg(test)]
mod tests;

use std::borrow::Cow;

use rayon::prelude::*;

use crate::align::{AlignOptions, Alignment, Prepared, align_prepared};
use crate::corpus::{Article, ArticleKey, StoryKey};

pub use anchor::{Anchor, AnchorStatus, Resolved, resolve};
pub use table::{Cell, CoverageTable, Passage, Relation};

/// Which articles a collation covers, and its story's key: what a report
/// over many stories keeps of each collation once a lens has read it, so
/// the alignments of every story are never all in memory at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Witnesses {
    /// Indices into the article slice, in the collation's witness order.
    pub witnesses: Vec<usize>,
    /// Each witness's key.
    pub keys: Vec<ArticleKey>,
    /// The story's key.
    pub story_key: StoryKey,
}

impl Witnesses {
    /// The witnesses' articles, in witness order.
    pub fn articles<'a>(&self, articles: &'a [Article]) -> Vec<&'a Article> {
        of_witnesses(&self.witnesses, articles)
    }

    /// Its witnesses and story key, to keep after the collation is dropped.
    pub fn witnesses(&self) -> Witnesses {
        Witnesses {
            witnesses: self.witnesses.clone(),
            keys: self.keys.clone(),
            story_key: self.story_key,
        }
    }
}

/// The articles at `witnesses` (indices into `articles`), in that order.
fn of_witnesses<'a>(witnesses: &[usize], articles: &'a [Article]) -> Vec<&'a Article> {
    witnesses.iter().map(|&i| &articles[i]).collect()
}

/// Every pair of a story's articles aligned once, and the coverage table.
#[derive(Debug, Clone, PartialEq)]
pub struct Collation {
    /// The witnesses: indices into the article slice the collation was made
    /// from, in canonical order. Every other position (`a`, `b`, `pivot`,
    /// cells) is a position in this list.
    pub witnesses: Vec<usize>,
    /// Each witness's key.
    pub keys: Vec<ArticleKey>,
    /// The story's key, from its witnesses' keys.
    pub story_key: StoryKey,
    /// The alignment settings every pair was aligned with.
    pub options: AlignOptions,
    /// Alignments of witness pairs `a < b` (a on the left), row-major over
    /// the upper triangle.
    pairs: Vec<Alignment>,
    /// The coverage table, read along [`CoverageTable::pivot`].
    pub table: CoverageTable,
}

impl Collation {
    /// Collates the articles `members` (indices into `articles`): aligns
    /// every pair in parallel and builds the table on the most central member.
    pub fn new(articles: &[Article], members: &[usize], options: &AlignOptions) -> Collation {
        let mut witnesses: Vec<usize> = members.to_vec();
        witnesses.sort_unstable();
        witnesses.dedup();
        let keys_of: Vec<(usize, ArticleKey)> =
            witnesses.iter().map(|&i| (i, articles[i].key())).collect();
        let mut ordered = keys_of;
        ordered.sort_by(|(a, ka), (b, kb)| {
            let (x, y) = (&articles[*a], &articles[*b]);
            (x.date.is_none(), x.date, x.display_name(), ka)
                .cmp(&(y.date.is_none(), y.date, y.display_name(), kb))
                .then(a.cmp(b))
        });
        let witnesses: Vec<usize> = ordered.iter().map(|(i, _)| *i).collect();
        let keys: Vec<ArticleKey> = ordered.iter().map(|(_, k)| *k).collect();
        let n = witnesses.len();
        let pairs: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
        // Each witness's text is read once, not once per pair it is in.
        let prepared: Vec<Prepared> = witnesses
            .par_iter()
            .map(|&w| Prepared::of(&articles[w]))
            .collect();
        let pairs: Vec<Alignment> = pairs
            .par_iter()
            .map(|&(a, b)| {
                let (left, right) = (&articles[witnesses[a]], &articles[witnesses[b]]);
                align_prepared(left, right, &prepared[a], &prepared[b], options)
            })
            .collect();
        let mut collation = Collation {
            story_key: StoryKey::of(keys.iter().copied()),
            witnesses,
            keys,
            options: *options,
            pairs,
            table: CoverageTable::default(),
        };
        let pivot = collation.central_witness();
        collation.table = table::build(&collation, articles, pivot);
        collation
    }

    /// Number of witnesses.
    pub fn len(&self) -> usize {
        self.witnesses.len()
    }

    /// Whether the collation has no witness.
    pub fn is_empty(&self) -> bool {
        self.witnesses.is_empty()
    }

    /// The witness position of article `article` (an index into the slice the
    /// collation was made from).
    pub fn position(&self, article: usize) -> Option<usize> {
        self.witnesses.iter().position(|&w| w == article)
    }

    /// The witness articles, in witness order.
    pub fn articles<'a>(&self, articles: &'a [Article]) -> Vec<&'a Article> {
        of_witnesses(&self.witnesses, articles)
    }

    /// Its witnesses and story key, to keep after the collation is dropped.
    pub fn witnesses(&self) -> Witnesses {
        Witnesses {
            witnesses: self.witnesses.clone(),
            keys: self.keys.clone(),
            story_key: self.story_key,
        }
    }

    /// The alignment of witness `a` (left) with witness `b` (right). Each
    /// pair is aligned once; the other orientation is its [`Alignment::flipped`].
    ///
    /// # Panics
    /// When `a == b` or either is not a witness position.
    pub fn alignment(&self, a: usize, b: usize) -> Cow<'_, Alignment> {
        assert!(
            a != b && a < self.len() && b < self.len(),
            "no pair {a}, {b}"
        );
        if a < b {
            Cow::Borrowed(&self.pairs[self.pair_index(a, b)])
        } else {
            Cow::Owned(self.pairs[self.pair_index(b, a)].flipped())
        }
    }

    /// The pairs `(a, b)` with `a < b`, in order, with their alignments.
    pub fn pairs(&self) -> impl Iterator<Item = ((usize, usize), &Alignment)> {
        let n = self.len();
        (0..n)
            .flat_map(move |a| (a + 1..n).map(move |b| (a, b)))
            .zip(&self.pairs)
    }

    fn pair_index(&self, a: usize, b: usize) -> usize {
        let n = self.len();
        // Pairs before row a: (n-1) + (n-2) + … + (n-a).
        a * (2 * n - a - 1) / 2 + (b - a - 1)
    }

    /// The witness that carries the most of the others: the highest sum of
    /// the other articles' shares shared with it. Ties go to the first.
    pub fn central_witness(&self) -> usize {
        let mut carried = vec![0.0f32; self.len()];
        for ((a, b), alignment) in self.pairs() {
            carried[a] += alignment.summary.right_shared;
            carried[b] += alignment.summary.left_shared;
        }
        let mut best = 0;
        for (w, &share) in carried.iter().enumerate() {
            if share > carried[best] + 1e-6 {
                best = w;
            }
        }
        best
    }

    /// The two witnesses that share the most text (the sum of both shares):
    /// the pair a Compare screen opens on. `None` with fewer than two.
    pub fn best_pair(&self) -> Option<(usize, usize)> {
        let mut best: Option<((usize, usize), f32)> = None;
        for (pair, alignment) in self.pairs() {
            let share = alignment.summary.left_shared + alignment.summary.right_shared;
            if best.is_none_or(|(_, s)| share > s + 1e-6) {
                best = Some((pair, share));
            }
        }
        best.map(|(pair, _)| pair)
    }

    /// The anchor of witness `witness`'s cell in passage `passage` (what a
    /// review note holds on to); `None` when the cell is absent.
    pub fn anchor(&self, articles: &[Article], passage: usize, witness: usize) -> Option<Anchor> {
        let cell = self.table.passages.get(passage)?.cells.get(witness)?;
        let (first, last) = (cell.sentences.first()?, cell.sentences.last()?);
        Some(Anchor::of(
            &articles[self.witnesses[witness]],
            *first..*last + 1,
        ))
    }

    /// Rebuilds the table on another pivot (a witness position); the
    /// alignments are kept.
    pub fn set_pivot(&mut self, articles: &[Article], pivot: usize) {
        assert!(pivot < self.len(), "no witness {pivot}");
        self.table = table::build(self, articles, pivot);
    }
}
