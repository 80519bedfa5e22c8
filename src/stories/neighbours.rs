//! Candidate pairs without comparing every article with every other.
//!
//! An inverted index maps each term to the articles that use it. Each article
//! looks up its [`QUERY_TERMS`] heaviest terms, skipping terms so common that
//! they cannot single out an event (more than [`COMMON_SHARE`] of the corpus,
//! and never fewer than [`COMMON_FLOOR`] articles, so small corpora keep
//! everything). The partial dot products over those postings rank candidates;
//! the best [`CANDIDATES`] get an exact cosine. Cost grows with the postings
//! actually read, not with N².

use std::collections::HashMap;

use rayon::prelude::*;

use super::vectors::{ArticleVectors, dot};

/// How many of an article's heaviest terms are looked up in the index.
pub const QUERY_TERMS: usize = 60;
/// Terms in more than this share of the corpus are not looked up…
pub const COMMON_SHARE: f32 = 0.05;
/// …unless they are in at most this many articles.
pub const COMMON_FLOOR: usize = 200;
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
    let index = inverted_index(vectors);
    let mut edges: Vec<Edge> = (0..vectors.vectors.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let near = candidates(vectors, &index, a);
            near.into_iter()
                .map(move |b| (a.min(b), a.max(b)))
                .map(|(a, b)| Edge {
                    a,
                    b,
                    similarity: dot(&vectors.vectors[a], &vectors.vectors[b]),
                })
                .filter(move |e| e.similarity >= floor)
        })
        .collect();
    edges.sort_by_key(|e| (e.a, e.b));
    edges.dedup_by_key(|e| (e.a, e.b));
    edges
}

/// Postings (article, weight) for every term not too common to look up.
fn inverted_index(vectors: &ArticleVectors) -> Vec<Vec<(u32, f32)>> {
    let cap = common_cap(vectors.vectors.len());
    let mut index: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vectors.keys.len()];
    for (article, vector) in vectors.vectors.iter().enumerate() {
        for &(term, weight) in vector {
            if vectors.document_frequency[term as usize] as usize <= cap {
                index[term as usize].push((article as u32, weight));
            }
        }
    }
    index
}

/// The largest document frequency still looked up.
fn common_cap(articles: usize) -> usize {
    COMMON_FLOOR.max((COMMON_SHARE * articles as f32) as usize)
}

/// The best-ranked other articles for `a`, by partial dot product.
fn candidates(vectors: &ArticleVectors, index: &[Vec<(u32, f32)>], a: usize) -> Vec<usize> {
    let mut query: Vec<(u32, f32)> = vectors.vectors[a]
        .iter()
        .copied()
        .filter(|&(term, _)| !index[term as usize].is_empty())
        .collect();
    query.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    query.truncate(QUERY_TERMS);
    let mut scores: HashMap<u32, f32> = HashMap::new();
    for &(term, weight) in &query {
        for &(other, other_weight) in &index[term as usize] {
            if other as usize != a {
                *scores.entry(other).or_default() += weight * other_weight;
            }
        }
    }
    let mut ranked: Vec<(u32, f32)> = scores.into_iter().collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked.truncate(CANDIDATES);
    ranked.into_iter().map(|(b, _)| b as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn small_corpora_look_up_every_term_and_large_ones_skip_common_terms() {
        assert_eq!(common_cap(10), COMMON_FLOOR);
        assert_eq!(common_cap(100_000), 5000);
    }
}
