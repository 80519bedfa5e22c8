//! The similarity of every sentence of one article with every sentence of
//! the other, and of short runs of sentences (for 1:2 and 2:1 rows).

use rayon::prelude::*;

use super::features::{self, Interner, Passage, SentenceFeatures, Signals};
use crate::corpus::Article;

/// Everything needed to score passages of two articles.
pub struct PairScorer {
    left: Vec<Passage>,
    right: Vec<Passage>,
    left_words: Vec<usize>,
    right_words: Vec<usize>,
    /// Cached 1:1 similarities, row-major (left × right).
    single: Vec<f32>,
}

impl PairScorer {
    /// Extracts features of both articles; IDF is computed over the sentences
    /// of both, so words common to the whole story weigh little.
    pub fn new(left: &Article, right: &Article) -> Self {
        let mut interner = Interner::default();
        let mut extract = |a: &Article| -> Vec<SentenceFeatures> {
            let sentences: Vec<_> = a.sentences().collect();
            features::sentences_features(&sentences, &mut interner)
        };
        let (lf, rf) = (extract(left), extract(right));
        let all: Vec<&SentenceFeatures> = lf.iter().chain(&rf).collect();
        let idf = features::idf(&all);
        let weigh = |fs: &[SentenceFeatures]| -> Vec<Passage> {
            fs.par_iter()
                .map(|f| Passage::of_sentence(f, &idf))
                .collect()
        };
        let (left, right) = (weigh(&lf), weigh(&rf));
        // Rows are independent: score them in parallel.
        let single = left
            .par_iter()
            .flat_map_iter(|a| right.iter().map(move |b| Signals::between(a, b).combined()))
            .collect();
        PairScorer {
            left,
            right,
            left_words: lf.iter().map(|f| f.words).collect(),
            right_words: rf.iter().map(|f| f.words).collect(),
            single,
        }
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
