//! The similarity of every sentence of one article with every sentence of
//! the other, and of short runs of sentences (for 1:2 and 2:1 rows).

use std::collections::HashMap;

use super::features::{self, Interner, Passage, SentenceFeatures, Signals};
use crate::corpus::Article;

/// Everything needed to score passages of two articles.
pub struct PairScorer {
    left: Vec<SentenceFeatures>,
    right: Vec<SentenceFeatures>,
    idf: HashMap<u32, f32>,
    /// Cached 1:1 similarities, row-major (left × right).
    single: Vec<f32>,
}

impl PairScorer {
    /// Extracts features of both articles; IDF is computed over the sentences
    /// of both, so words common to the whole story weigh little.
    pub fn new(left: &Article, right: &Article) -> Self {
        let mut interner = Interner::default();
        let left: Vec<SentenceFeatures> = left
            .sentences()
            .map(|s| features::sentence_features(s, &mut interner))
            .collect();
        let right: Vec<SentenceFeatures> = right
            .sentences()
            .map(|s| features::sentence_features(s, &mut interner))
            .collect();
        let all: Vec<&SentenceFeatures> = left.iter().chain(&right).collect();
        let idf = features::idf(&all);
        let mut scorer = PairScorer {
            left,
            right,
            idf,
            single: Vec::new(),
        };
        scorer.single = scorer.all_singles();
        scorer
    }

    fn all_singles(&self) -> Vec<f32> {
        let lp: Vec<Passage> = (0..self.left.len())
            .map(|i| self.passage(Side::Left, i, i + 1))
            .collect();
        let rp: Vec<Passage> = (0..self.right.len())
            .map(|j| self.passage(Side::Right, j, j + 1))
            .collect();
        lp.iter()
            .flat_map(|a| rp.iter().map(move |b| Signals::between(a, b).combined()))
            .collect()
    }

    /// Number of sentences on the left.
    pub fn left_len(&self) -> usize {
        self.left.len()
    }

    /// Number of sentences on the right.
    pub fn right_len(&self) -> usize {
        self.right.len()
    }

    /// Similarity of left sentence `i` and right sentence `j`.
    pub fn single(&self, i: usize, j: usize) -> f32 {
        self.single[i * self.right.len() + j]
    }

    /// Similarity of the left run `l` (start..end) with the right run `r`.
    pub fn runs(&self, l: (usize, usize), r: (usize, usize)) -> f32 {
        if l.1 - l.0 == 1 && r.1 - r.0 == 1 {
            return self.single(l.0, r.0);
        }
        let a = self.passage(Side::Left, l.0, l.1);
        let b = self.passage(Side::Right, r.0, r.1);
        Signals::between(&a, &b).combined()
    }

    /// Words in a left sentence.
    pub fn left_words(&self, i: usize) -> usize {
        self.left[i].words
    }

    /// Words in a right sentence.
    pub fn right_words(&self, j: usize) -> usize {
        self.right[j].words
    }

    fn passage(&self, side: Side, start: usize, end: usize) -> Passage {
        let sentences = match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        };
        let parts: Vec<&SentenceFeatures> = sentences[start..end].iter().collect();
        Passage::new(&parts, &self.idf)
    }
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}
