//! Candidate pairs without comparing every article with every other.
//!
//! An inverted index maps each term to the articles that use it. Each article
//! looks up its [`QUERY_TERMS`] heaviest terms, skipping terms in more than
//! [`MAX_POSTINGS`] articles: so common that they cannot single out an event
//! (small corpora keep everything). The partial dot products over those
//! postings rank candidates; the best [`CANDIDATES`] get an exact cosine.
//! The cap is a number of articles, not a share of the corpus, so each
//! article reads at most `QUERY_TERMS × MAX_POSTINGS` postings and the work
//! grows linearly with the corpus.

use rayon::prelude::*;

use super::vectors::{ArticleVectors, SparseVector};
use crate::progress::{Progress, Silent, Stage};

/// How many of an article's heaviest terms are looked up in the index.
pub const QUERY_TERMS: usize = 60;
/// Terms in more articles than this are not looked up. An event is reported
/// by tens of articles, rarely hundreds, and its own names and numbers are
/// rarer still; a term in hundreds of articles is background. (Up to 4,000
/// articles this is the same as the 5% of the corpus used before; larger
/// corpora look up fewer terms, which can change their candidates.)
pub const MAX_POSTINGS: usize = 200;
/// How many best-ranked candidates per article get an exact cosine.
pub const CANDIDATES: usize = 50;

/// A pair of articles (`a < b`, canonical indices) and their cosine similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// The first article.
    pub a: usize,
    /// The second article.
    pub b: usize,
    /// Cosine similarity of their vectors.
    pub similarity: f32,
}

/// Every candidate pair whose cosine similarity is at least `floor`, sorted by (a, b).
pub fn similar_pairs(vectors: &ArticleVectors, floor: f32) -> Vec<Edge> {
    similar_pairs_with(vectors, floor, &Silent)
}

/// [`similar_pairs`], reporting each article compared to `progress`.
///
/// Every article's candidates are found first; a pair proposed from both
/// sides then gets its exact cosine once (from either side it is the same
/// sum, in the same term order, of the same products).
pub fn similar_pairs_with(
    vectors: &ArticleVectors,
    floor: f32,
    progress: &dyn Progress,
) -> Vec<Edge> {
    let rows = Rows {
        vectors: &vectors.vectors,
        document_frequency: &vectors.document_frequency,
    };
    pairs_of(&rows, floor, progress)
}

/// [`similar_pairs`] of vectors given without their term keys (only their
/// document frequencies): for story centroids, which share the articles'
/// vocabulary, so it need not be copied.
pub fn similar_pairs_among(
    vectors: &[SparseVector],
    document_frequency: &[u32],
    floor: f32,
) -> Vec<Edge> {
    let rows = Rows {
        vectors,
        document_frequency,
    };
    pairs_of(&rows, floor, &Silent)
}

/// What candidate search reads: unit vectors and, by term id, how many of
/// them use each term.
struct Rows<'a> {
    vectors: &'a [SparseVector],
    document_frequency: &'a [u32],
}

impl Rows<'_> {
    fn terms(&self) -> usize {
        self.document_frequency.len()
    }
}

fn pairs_of(vectors: &Rows, floor: f32, progress: &dyn Progress) -> Vec<Edge> {
    let index = inverted_index(vectors);
    let articles = vectors.vectors.len();
    progress.start(Stage::Comparing, articles);
    let mut pairs: Vec<(u32, u32)> = (0..articles)
        .into_par_iter()
        .map_init(
            || Scores::new(articles),
            |scores, a| {
                let near = candidates(vectors, &index, a, scores);
                progress.advance(1);
                near.into_iter()
                    .map(|b| (a.min(b) as u32, a.max(b) as u32))
                    .collect::<Vec<_>>()
            },
        )
        .flatten_iter()
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
        .par_chunk_by(|x, y| x.0 == y.0)
        .map_init(
            || Query::new(vectors.terms()),
            |query, pairs| {
                let a = pairs[0].0 as usize;
                query.set(&vectors.vectors[a]);
                let edges = pairs
                    .iter()
                    .map(|&(_, b)| Edge {
                        a,
                        b: b as usize,
                        similarity: query.similarity(&vectors.vectors[b as usize]),
                    })
                    .filter(|e| e.similarity >= floor)
                    .collect::<Vec<Edge>>();
                query.clear(&vectors.vectors[a]);
                edges
            },
        )
        .flatten_iter()
        .collect()
}

/// Postings (article, weight) for every term not too common to look up.
fn inverted_index(vectors: &Rows) -> Vec<Vec<(u32, f32)>> {
    let mut index: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vectors.terms()];
    for (article, vector) in vectors.vectors.iter().enumerate() {
        for &(term, weight) in vector {
            if vectors.document_frequency[term as usize] as usize <= MAX_POSTINGS {
                index[term as usize].push((article as u32, weight));
            }
        }
    }
    index
}

/// One thread's scratch for ranking candidates, reused from article to
/// article: a dense partial score per article plus the list of those
/// touched, so clearing costs only what was scored.
struct Scores {
    score: Vec<f32>,
    seen: Vec<bool>,
    touched: Vec<u32>,
}

/// One thread's query article, its weights by term, so each exact cosine
/// reads only the candidate's vector.
struct Query {
    weights: Vec<f32>,
}

impl Query {
    fn new(terms: usize) -> Self {
        Query {
            weights: vec![0.0; terms],
        }
    }

    fn set(&mut self, vector: &[(u32, f32)]) {
        for &(term, weight) in vector {
            self.weights[term as usize] = weight;
        }
    }

    fn clear(&mut self, vector: &[(u32, f32)]) {
        for &(term, _) in vector {
            self.weights[term as usize] = 0.0;
        }
    }

    /// The cosine of the query with a unit vector: the same sum, in the
    /// same term order, as [`dot`](super::vectors::dot) (terms it lacks add
    /// exactly zero).
    fn similarity(&self, vector: &[(u32, f32)]) -> f32 {
        vector.iter().fold(0.0, |sum, &(term, weight)| {
            sum + self.weights[term as usize] * weight
        })
    }
}

impl Scores {
    fn new(articles: usize) -> Self {
        Scores {
            score: vec![0.0; articles],
            seen: vec![false; articles],
            touched: Vec::new(),
        }
    }

    fn add(&mut self, article: u32, amount: f32) {
        let i = article as usize;
        if !self.seen[i] {
            self.seen[i] = true;
            self.touched.push(article);
        }
        self.score[i] += amount;
    }

    /// The scored articles with their scores, leaving the scratch clear.
    fn drain(&mut self) -> Vec<(u32, f32)> {
        self.touched
            .drain(..)
            .map(|b| {
                let i = b as usize;
                self.seen[i] = false;
                (b, std::mem::take(&mut self.score[i]))
            })
            .collect()
    }
}

/// Heaviest weight first, then the lower term or article id.
fn heaviest_first(x: &(u32, f32), y: &(u32, f32)) -> std::cmp::Ordering {
    y.1.total_cmp(&x.1).then(x.0.cmp(&y.0))
}

/// Keeps the `k` first entries under [`heaviest_first`], in no particular order.
fn keep_first(entries: &mut Vec<(u32, f32)>, k: usize) {
    if entries.len() > k {
        entries.select_nth_unstable_by(k, heaviest_first);
        entries.truncate(k);
    }
}

/// The best-ranked other articles for `a`, by partial dot product.
fn candidates(
    vectors: &Rows,
    index: &[Vec<(u32, f32)>],
    a: usize,
    scores: &mut Scores,
) -> Vec<usize> {
    let mut query: Vec<(u32, f32)> = vectors.vectors[a]
        .iter()
        .copied()
        .filter(|&(term, _)| !index[term as usize].is_empty())
        .collect();
    keep_first(&mut query, QUERY_TERMS);
    // Summed in this order, so scores do not depend on the selection above.
    query.sort_unstable_by(heaviest_first);
    for &(term, weight) in &query {
        for &(other, other_weight) in &index[term as usize] {
            if other as usize != a {
                scores.add(other, weight * other_weight);
            }
        }
    }
    let mut ranked = scores.drain();
    keep_first(&mut ranked, CANDIDATES);
    ranked.into_iter().map(|(b, _)| b as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stories::vectors::dot;

    fn unit(entries: &[(u32, f32)]) -> Vec<(u32, f32)> {
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        entries.iter().map(|&(i, w)| (i, w / norm)).collect()
    }

    fn vectors(rows: &[&[(u32, f32)]]) -> ArticleVectors {
        let terms = rows
            .iter()
            .flat_map(|r| r.iter().map(|e| e.0))
            .max()
            .unwrap()
            + 1;
        let mut document_frequency = vec![0; terms as usize];
        rows.iter()
            .flat_map(|r| r.iter())
            .for_each(|e| document_frequency[e.0 as usize] += 1);
        ArticleVectors {
            keys: (0..terms).map(|t| format!("t{t}")).collect(),
            document_frequency,
            vectors: rows.iter().map(|r| unit(r)).collect(),
            split_half: vec![None; rows.len()],
        }
    }

    #[test]
    fn pairs_sharing_terms_are_found_with_their_cosine() {
        let v = vectors(&[
            &[(0, 1.0), (1, 1.0)],
            &[(0, 1.0), (1, 1.0), (2, 1.0)],
            &[(3, 1.0)],
        ]);
        let edges = similar_pairs(&v, 0.1);
        assert_eq!(edges.len(), 1);
        assert_eq!((edges[0].a, edges[0].b), (0, 1));
        assert!((edges[0].similarity - dot(&v.vectors[0], &v.vectors[1])).abs() < 1e-6);
    }

    #[test]
    fn pairs_below_the_floor_are_dropped() {
        let v = vectors(&[&[(0, 1.0), (1, 5.0)], &[(0, 1.0), (2, 5.0)]]);
        assert!(similar_pairs(&v, 0.5).is_empty());
    }

    /// The definition: each article's candidates, each pair's cosine by
    /// one sparse merge, pairs found twice kept once.
    fn simple_pairs(v: &ArticleVectors, floor: f32) -> Vec<Edge> {
        let rows = Rows {
            vectors: &v.vectors,
            document_frequency: &v.document_frequency,
        };
        let index = inverted_index(&rows);
        let mut scores = Scores::new(v.vectors.len());
        let mut edges = Vec::new();
        for a in 0..v.vectors.len() {
            for b in candidates(&rows, &index, a, &mut scores) {
                let (a, b) = (a.min(b), a.max(b));
                let similarity = dot(&v.vectors[a], &v.vectors[b]);
                if similarity >= floor {
                    edges.push(Edge { a, b, similarity });
                }
            }
        }
        edges.sort_unstable_by_key(|e| (e.a, e.b));
        edges.dedup_by_key(|e| (e.a, e.b));
        edges
    }

    proptest::proptest! {
        /// Scoring each pair once gives the same edges, to the bit, as
        /// scoring it from each side that proposes it.
        #[test]
        fn pairs_are_those_of_the_definition(
            rows in proptest::collection::vec(
                proptest::collection::btree_map(0u32..12, 0.05f32..1.0, 1..8),
                2..40,
            ),
            floor in 0.0f32..0.6,
        ) {
            let rows: Vec<Vec<(u32, f32)>> =
                rows.into_iter().map(|r| r.into_iter().collect()).collect();
            let refs: Vec<&[(u32, f32)]> = rows.iter().map(Vec::as_slice).collect();
            let v = vectors(&refs);
            proptest::prop_assert_eq!(similar_pairs(&v, floor), simple_pairs(&v, floor));
        }
    }

    #[test]
    fn terms_in_more_than_the_cap_of_articles_are_not_looked_up() {
        let shared: &[(u32, f32)] = &[(0, 1.0)];
        let few = vectors(&vec![shared; MAX_POSTINGS]);
        assert!(!similar_pairs(&few, 0.5).is_empty());
        let many = vectors(&vec![shared; MAX_POSTINGS + 1]);
        assert!(similar_pairs(&many, 0.5).is_empty());
    }
}
