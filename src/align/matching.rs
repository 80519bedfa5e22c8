//! The one-to-one assignment of sentences: a maximum-weight matching of the
//! candidate graph (left and right sentences joined by candidate pairs).
//!
//! Sentences of different connected components never compete for a link,
//! so the maximum over the whole graph is the maximum of each component.
//! A component of at most [`DENSE_MATCHING_LIMIT`] sentences a side is
//! matched by the Hungarian method on its small dense matrix; a larger one
//! (only very long articles have them: weak links through a ubiquitous name
//! chain thousands of sentences together) by the same method in its
//! shortest-augmenting-path form over the candidate links only
//! ([`super::augment`]), still exactly.
//!
//! When several matchings are equally good (an article repeating a
//! sentence, such as a photo caption, can be linked through either copy),
//! the Hungarian method picks one by the order of the whole matrix, so
//! matching components one by one can pick another. When all sentences with
//! a candidate fit in one dense matrix, as in every ordinary pair of
//! articles, the whole graph is therefore matched at once, exactly as a
//! dense assignment over all sentences would.

use pathfinding::prelude::{Matrix, kuhn_munkres};
use rayon::prelude::*;

use super::augment;

/// A candidate link of left sentence `i` and right sentence `j`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// Left sentence.
    pub i: usize,
    /// Right sentence.
    pub j: usize,
    /// What the link adds to the total (higher is better, never negative).
    pub weight: i64,
}

/// Most left or right sentences of a component matched on a dense matrix.
///
/// The dense Hungarian method is cubic: 250 sentences a side take at most
/// 250³ ≈ 1.6·10⁷ steps (milliseconds), while the single component of a
/// 1 MiB article compared with itself (6,000 sentences a side) would take
/// 2·10¹¹. Articles of a few hundred sentences (the 5,000-word benchmark
/// pair, every development pair) stay below the limit.
pub const DENSE_MATCHING_LIMIT: usize = 250;

/// The maximum-weight matching of `edges`, as (left, right) pairs in no
/// particular order.
pub fn best_matching(edges: &[Edge], left_len: usize, right_len: usize) -> Vec<(usize, usize)> {
    let fits =
        |(rows, cols): (usize, usize)| rows <= DENSE_MATCHING_LIMIT && cols <= DENSE_MATCHING_LIMIT;
    if fits(sentences_with_edges(edges, left_len, right_len)) {
        return match_densely(edges);
    }
    components(edges, left_len, right_len)
        .par_iter()
        .flat_map_iter(|component| {
            let sides = (
                distinct(component, |e| e.i).len(),
                distinct(component, |e| e.j).len(),
            );
            if fits(sides) {
                match_densely(component)
            } else {
                augment::match_sparse(component)
            }
        })
        .collect()
}

/// The edges of each connected component of the graph.
fn components(edges: &[Edge], left_len: usize, right_len: usize) -> Vec<Vec<Edge>> {
    let mut groups = Groups::new(left_len + right_len);
    for edge in edges {
        groups.join(edge.i, left_len + edge.j);
    }
    let mut members: Vec<Vec<Edge>> = vec![Vec::new(); left_len + right_len];
    for &edge in edges {
        members[groups.root(edge.i)].push(edge);
    }
    members.retain(|m| !m.is_empty());
    members
}

/// The distinct values of `key` over `edges`, sorted.
pub fn distinct(edges: &[Edge], key: impl Fn(&Edge) -> usize) -> Vec<usize> {
    let mut values: Vec<usize> = edges.iter().map(key).collect();
    values.sort_unstable();
    values.dedup();
    values
}

/// How many left and how many right sentences have an edge.
pub fn sentences_with_edges(edges: &[Edge], left_len: usize, right_len: usize) -> (usize, usize) {
    let (mut left, mut right) = (vec![false; left_len], vec![false; right_len]);
    for edge in edges {
        left[edge.i] = true;
        right[edge.j] = true;
    }
    let count = |v: Vec<bool>| v.into_iter().filter(|&b| b).count();
    (count(left), count(right))
}

/// The maximum-weight matching of `edges` by the Hungarian method on the
/// dense matrix of their sentences (0 where there is no edge).
pub(super) fn match_densely(edges: &[Edge]) -> Vec<(usize, usize)> {
    let rows = distinct(edges, |e| e.i);
    let cols = distinct(edges, |e| e.j);
    // kuhn_munkres needs no more rows than columns.
    let transpose = rows.len() > cols.len();
    let (short, long) = if transpose {
        (&cols, &rows)
    } else {
        (&rows, &cols)
    };
    let mut matrix = Matrix::new(short.len(), long.len(), 0i64);
    let mut is_edge = Matrix::new(short.len(), long.len(), false);
    for edge in edges {
        let (r, c) = (rows.binary_search(&edge.i), cols.binary_search(&edge.j));
        let (r, c) = (r.expect("row of an edge"), c.expect("column of an edge"));
        let at = if transpose { (c, r) } else { (r, c) };
        matrix[at] = edge.weight;
        is_edge[at] = true;
    }
    let (_, assignment) = kuhn_munkres(&matrix);
    assignment
        .into_iter()
        .enumerate()
        .filter(|&(a, b)| is_edge[(a, b)])
        .map(|(a, b)| {
            if transpose {
                (long[b], short[a])
            } else {
                (short[a], long[b])
            }
        })
        .collect()
}

/// Connected groups of graph nodes (union-find).
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(len: usize) -> Self {
        Groups {
            parent: (0..len).collect(),
        }
    }

    fn root(&mut self, mut k: usize) -> usize {
        while self.parent[k] != k {
            self.parent[k] = self.parent[self.parent[k]];
            k = self.parent[k];
        }
        k
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        self.parent[a.max(b)] = a.min(b);
    }
}
