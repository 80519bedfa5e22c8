//! The similarity of sentences of one article with sentences of the other,
//! and of short runs of sentences (for 1:2 and 2:1 rows).
//!
//! Only candidate pairs are stored: those at or above the link floor, found
//! through the index in [`super::candidates`]. Memory grows with the number
//! of sentences and of similar pairs, not with their product.

use rayon::prelude::*;

use super::candidates;
use super::features::{self, Extracted, Interner, Passage, Profile, SentenceFeatures, Signals};
use crate::corpus::Article;

/// Everything needed to score passages of two articles.
pub struct PairScorer {
    left: Vec<Passage>,
    right: Vec<Passage>,
    /// What the candidate index reads, for articles with enough sentence
    /// pairs to be worth indexing.
    profiles: Option<(Vec<Profile>, Vec<Profile>)>,
    left_words: Vec<usize>,
    right_words: Vec<usize>,
    /// 1:1 similarities at or above the floor given to [`Self::with_candidates`].
    candidates: Similarities,
}

impl PairScorer {
    /// Extracts features of both articles; IDF is computed over the sentences
    /// of both, so words common to the whole story weigh little. No pair is a
    /// candidate yet.
    pub fn new(left: &Article, right: &Article) -> Self {
        let (l, r) = (super::Prepared::of(left), super::Prepared::of(right));
        Self::from_extracted(&l.extracted, &r.extracted)
    }

    /// [`Self::new`] from each article's extracted sentences (see
    /// [`super::Prepared`]): the same scorer, without the text work.
    pub(crate) fn from_extracted(left: &[Extracted], right: &[Extracted]) -> Self {
        let pairs = left.len() * right.len();
        Self::build(left, right, pairs > candidates::INDEX_LEAST_PAIRS)
    }

    /// [`Self::new`], with the index's view of every sentence when `indexed`.
    /// Ids are interned afresh for the pair, left then right, so they are
    /// the same however the sentences were extracted.
    fn build(left: &[Extracted], right: &[Extracted], indexed: bool) -> Self {
        let mut interner = Interner::default();
        let lf = features::intern_all(left, &mut interner);
        let rf = features::intern_all(right, &mut interner);
        let all: Vec<&SentenceFeatures> = lf.iter().chain(&rf).collect();
        let idf = features::idf(&all);
        let weigh = |fs: &[SentenceFeatures]| -> Vec<Passage> {
            fs.par_iter()
                .map(|f| Passage::of_sentence(f, &idf))
                .collect()
        };
        let (left, right) = (weigh(&lf), weigh(&rf));
        let profiles = indexed.then(|| {
            let ranks = features::trigram_ranks(&idf);
            let profile = |fs: &[SentenceFeatures], passages: &[Passage]| -> Vec<Profile> {
                (fs, passages)
                    .into_par_iter()
                    .map(|(f, p)| Profile::of(f, p, &idf, &ranks))
                    .collect()
            };
            (profile(&lf, &left), profile(&rf, &right))
        });
        PairScorer {
            left,
            right,
            profiles,
            left_words: lf.iter().map(|f| f.words).collect(),
            right_words: rf.iter().map(|f| f.words).collect(),
            candidates: Similarities::default(),
        }
    }

    /// Finds and stores every sentence pair whose similarity reaches `floor`.
    pub fn with_candidates(mut self, floor: f32) -> Self {
        let all_left: Vec<usize> = (0..self.left_len()).collect();
        let all_right: Vec<usize> = (0..self.right_len()).collect();
        self.candidates = Similarities::from_rows(self.rows_reaching(&all_left, &all_right, floor));
        self
    }

    /// Number of sentences on the left.
    pub fn left_len(&self) -> usize {
        self.left.len()
    }

    /// Number of sentences on the right.
    pub fn right_len(&self) -> usize {
        self.right.len()
    }

    /// The candidate pairs (at or above the floor) and their similarities.
    pub fn candidates(&self) -> &Similarities {
        &self.candidates
    }

    /// Similarity of left sentence `i` and right sentence `j` when they are a
    /// candidate pair, else 0.
    pub fn single(&self, i: usize, j: usize) -> f32 {
        self.candidates.get(i, j).unwrap_or(0.0)
    }

    /// Similarity of left sentence `i` and right sentence `j`, computed when
    /// they are not a candidate pair.
    pub fn similarity(&self, i: usize, j: usize) -> f32 {
        self.candidates
            .get(i, j)
            .unwrap_or_else(|| Signals::between(&self.left[i], &self.right[j]).combined())
    }

    /// Every pair of the given left and right sentences whose similarity
    /// reaches `level`, as (left, right, similarity) in left then right order.
    pub fn pairs_reaching(
        &self,
        left: &[usize],
        right: &[usize],
        level: f32,
    ) -> Vec<(usize, usize, f32)> {
        self.rows_reaching(left, right, level)
            .into_iter()
            .enumerate()
            .flat_map(|(a, row)| row.into_iter().map(move |(j, s)| (left[a], j as usize, s)))
            .collect()
    }

    /// One row per sentence of `left`: the sentences of `right` (by index)
    /// whose similarity with it reaches `level`.
    fn rows_reaching(&self, left: &[usize], right: &[usize], level: f32) -> Vec<Vec<(u32, f32)>> {
        let score = |a: usize, b: usize| {
            Signals::between(&self.left[left[a]], &self.right[right[b]]).combined()
        };
        let mut rows = match &self.profiles {
            Some((lp, rp)) if left.len() * right.len() > candidates::INDEX_LEAST_PAIRS => {
                let lp: Vec<&Profile> = left.iter().map(|&i| &lp[i]).collect();
                let rp: Vec<&Profile> = right.iter().map(|&j| &rp[j]).collect();
                candidates::pairs_reaching(&lp, &rp, level, score)
            }
            _ => candidates::scan(left.len(), right.len(), level, score),
        };
        for entry in rows.iter_mut().flatten() {
            entry.0 = right[entry.0 as usize] as u32;
        }
        rows
    }

    /// A scorer whose queries can use the index, however few the pairs.
    #[cfg(test)]
    pub fn indexed(left: &Article, right: &Article) -> Self {
        let (l, r) = (super::Prepared::of(left), super::Prepared::of(right));
        Self::build(&l.extracted, &r.extracted, true)
    }

    /// Every pair of all sentences reaching `level`, found through the index
    /// however few the pairs: (left, right, similarity) in left then right order.
    #[cfg(test)]
    pub fn indexed_pairs_reaching(&self, level: f32) -> Vec<(usize, usize, f32)> {
        let (lp, rp) = self.profiles.as_ref().expect("built by `indexed`");
        let score = |a: usize, b: usize| Signals::between(&self.left[a], &self.right[b]).combined();
        let (lp, rp): (Vec<&Profile>, Vec<&Profile>) = (lp.iter().collect(), rp.iter().collect());
        candidates::pairs_reaching(&lp, &rp, level, score)
            .into_iter()
            .enumerate()
            .flat_map(|(i, row)| row.into_iter().map(move |(j, s)| (i, j as usize, s)))
            .collect()
    }

    /// Similarity of the left run `l` (start..end) with the right run `r`.
    pub fn runs(&self, l: (usize, usize), r: (usize, usize)) -> f32 {
        if l.1 - l.0 == 1 && r.1 - r.0 == 1 {
            return self.similarity(l.0, r.0);
        }
        let join = |passages: &[Passage]| Passage::join(&passages.iter().collect::<Vec<_>>());
        let a = join(&self.left[l.0..l.1]);
        let b = join(&self.right[r.0..r.1]);
        Signals::between(&a, &b).combined()
    }

    /// Words in a left sentence.
    pub fn left_words(&self, i: usize) -> usize {
        self.left_words[i]
    }

    /// Words in a right sentence.
    pub fn right_words(&self, j: usize) -> usize {
        self.right_words[j]
    }
}

/// Sentence pairs and their similarities, by left sentence, each row sorted
/// by right sentence. Pairs not stored are below the level they were found for.
#[derive(Debug, Clone, Default)]
pub struct Similarities {
    offsets: Vec<usize>,
    entries: Vec<(u32, f32)>,
}

impl Similarities {
    /// From one row of `(right sentence, similarity)` per left sentence.
    pub fn from_rows(rows: Vec<Vec<(u32, f32)>>) -> Self {
        let mut offsets = Vec::with_capacity(rows.len() + 1);
        offsets.push(0);
        let mut entries = Vec::with_capacity(rows.iter().map(Vec::len).sum());
        for row in rows {
            entries.extend(row);
            offsets.push(entries.len());
        }
        Similarities { offsets, entries }
    }

    /// The stored similarity of left sentence `i` and right sentence `j`.
    pub fn get(&self, i: usize, j: usize) -> Option<f32> {
        let row = self.row(i);
        row.binary_search_by_key(&(j as u32), |e| e.0)
            .ok()
            .map(|k| row[k].1)
    }

    /// The stored pairs of left sentence `i`.
    pub fn row(&self, i: usize) -> &[(u32, f32)] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&start), Some(&end)) => &self.entries[start..end],
            _ => &[],
        }
    }

    /// Every stored pair as (left, right, similarity), in left then right order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize, f32)> + '_ {
        (0..self.offsets.len().saturating_sub(1))
            .flat_map(move |i| self.row(i).iter().map(move |&(j, s)| (i, j as usize, s)))
    }
}
