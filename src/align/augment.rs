//! Exact maximum-weight matching of a large sparse component by shortest
//! augmenting paths: the Hungarian method in the form of Jonker and
//! Volgenant (as in Crouse, 2016), with Dijkstra's search over the candidate
//! links only, so no dense matrix is ever built.
//!
//! Each left sentence gets a private stand-in column ("unmatched") of weight
//! 0, so every left sentence is assigned and the minimum-cost assignment is
//! the maximum-weight matching. Costs are `top − weight` (never negative).
//! Left sentences are added one at a time; the search from each one visits
//! only the right sentences that compete with it for a link, a handful in
//! alignment graphs.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use rustc_hash::FxHashSet;

use super::matching::{Edge, distinct};

/// Searches may settle at most this many columns per candidate link of the
/// component, over all its searches, before it is matched greedily instead.
///
/// Alignment searches are local: the 1 MiB self-comparison settles one
/// column per left sentence (0.02 per link), two different 700-sentence
/// concatenations of NewsWCL50 about one per link. A component that needs far more is one of very many
/// near-equal weights, where an exact optimum buys little and each search
/// could cost as much as the whole graph: taking links greedily by weight
/// (strongest first, where both sentences are free) bounds the time.
pub const SEARCH_BUDGET_PER_LINK: usize = 64;

const NONE: usize = usize::MAX;

/// The maximum-weight matching of a component's `edges`, as (left, right) pairs.
pub fn match_sparse(edges: &[Edge]) -> Vec<(usize, usize)> {
    let rows = distinct(edges, |e| e.i);
    let cols = distinct(edges, |e| e.j);
    let mut solver = Solver::new(edges, &rows, &cols);
    let mut budget = SEARCH_BUDGET_PER_LINK * edges.len();
    for root in 0..rows.len() {
        if !solver.search(root, &mut budget) {
            return match_greedily(edges);
        }
    }
    (0..rows.len())
        .filter(|&r| solver.col_of_row[r] < cols.len())
        .map(|r| (rows[r], cols[solver.col_of_row[r]]))
        .collect()
}

/// Links taken by weight (ties by position), strongest first, where both
/// sentences are still free.
fn match_greedily(edges: &[Edge]) -> Vec<(usize, usize)> {
    let mut order = edges.to_vec();
    order.sort_unstable_by_key(|e| (Reverse(e.weight), e.i, e.j));
    let mut taken_left = FxHashSet::default();
    let mut taken_right = FxHashSet::default();
    let mut matched = Vec::new();
    for e in order {
        if !taken_left.contains(&e.i) && !taken_right.contains(&e.j) {
            taken_left.insert(e.i);
            taken_right.insert(e.j);
            matched.push((e.i, e.j));
        }
    }
    matched
}

/// The state of the assignment: rows are left sentences, columns the right
/// sentences (`0..cols`) and then one stand-in per row (`cols + row`).
struct Solver {
    /// Per row, its (column, cost) links, the stand-in last.
    links: Vec<Vec<(usize, i64)>>,
    row_potential: Vec<i64>,
    col_potential: Vec<i64>,
    col_of_row: Vec<usize>,
    row_of_col: Vec<usize>,
    /// Per column, the shortest known distance in the current search.
    distance: Vec<i64>,
    /// Per column, the row it was reached from.
    reached_from: Vec<usize>,
    settled: Vec<bool>,
}

impl Solver {
    fn new(edges: &[Edge], rows: &[usize], cols: &[usize]) -> Self {
        let top = edges.iter().map(|e| e.weight).max().unwrap_or(0);
        let mut links = vec![Vec::new(); rows.len()];
        for e in edges {
            let (r, c) = (rows.binary_search(&e.i), cols.binary_search(&e.j));
            links[r.expect("row of an edge")].push((c.expect("column of an edge"), top - e.weight));
        }
        for (r, l) in links.iter_mut().enumerate() {
            l.push((cols.len() + r, top));
        }
        let columns = cols.len() + rows.len();
        Solver {
            links,
            row_potential: vec![0; rows.len()],
            col_potential: vec![0; columns],
            col_of_row: vec![NONE; rows.len()],
            row_of_col: vec![NONE; columns],
            distance: vec![i64::MAX; columns],
            reached_from: vec![NONE; columns],
            settled: vec![false; columns],
        }
    }

    /// Assigns `root` along a shortest augmenting path, keeping the
    /// potentials feasible; false when the budget runs out first.
    fn search(&mut self, root: usize, budget: &mut usize) -> bool {
        let mut queue = BinaryHeap::new();
        let (mut touched, mut settled_cols, mut rows_in_tree) =
            (Vec::new(), Vec::new(), Vec::new());
        let (mut row, mut shortest) = (root, 0);
        let sink = loop {
            rows_in_tree.push(row);
            for &(col, cost) in &self.links[row] {
                let d = shortest + cost - self.row_potential[row] - self.col_potential[col];
                if !self.settled[col] && d < self.distance[col] {
                    if self.distance[col] == i64::MAX {
                        touched.push(col);
                    }
                    self.distance[col] = d;
                    self.reached_from[col] = row;
                    // Among equally short paths, a free column ends the search.
                    queue.push(Reverse((d, self.row_of_col[col] != NONE, col)));
                }
            }
            let col = loop {
                let Reverse((d, _, col)) = queue.pop().expect("the stand-in is always reachable");
                if !self.settled[col] && d == self.distance[col] {
                    break col;
                }
            };
            if *budget == 0 {
                self.reset(&touched);
                return false;
            }
            *budget -= 1;
            self.settled[col] = true;
            settled_cols.push(col);
            shortest = self.distance[col];
            if self.row_of_col[col] == NONE {
                break col;
            }
            row = self.row_of_col[col];
        };
        self.row_potential[root] += shortest;
        for &r in &rows_in_tree[1..] {
            self.row_potential[r] += shortest - self.distance[self.col_of_row[r]];
        }
        for &c in &settled_cols {
            self.col_potential[c] -= shortest - self.distance[c];
        }
        self.augment(root, sink);
        self.reset(&touched);
        true
    }

    /// Flips the path that ends at `sink` back to `root`.
    fn augment(&mut self, root: usize, mut col: usize) {
        loop {
            let row = self.reached_from[col];
            self.row_of_col[col] = row;
            let previous = std::mem::replace(&mut self.col_of_row[row], col);
            if row == root {
                return;
            }
            col = previous;
        }
    }

    fn reset(&mut self, touched: &[usize]) {
        for &c in touched {
            self.distance[c] = i64::MAX;
            self.settled[c] = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::align::matching::match_densely;

    fn total(edges: &[Edge], pairs: &[(usize, usize)]) -> i64 {
        pairs
            .iter()
            .map(|&(i, j)| {
                edges
                    .iter()
                    .find(|e| e.i == i && e.j == j)
                    .expect("an edge")
                    .weight
            })
            .sum()
    }

    fn is_matching(pairs: &[(usize, usize)]) -> bool {
        let lefts = distinct_of(pairs.iter().map(|p| p.0));
        let rights = distinct_of(pairs.iter().map(|p| p.1));
        lefts == pairs.len() && rights == pairs.len()
    }

    fn distinct_of(values: impl Iterator<Item = usize>) -> usize {
        values.collect::<std::collections::BTreeSet<_>>().len()
    }

    fn graph() -> impl Strategy<Value = Vec<Edge>> {
        prop::collection::btree_map((0usize..12, 0usize..12), 1i64..20, 1..60).prop_map(|m| {
            m.into_iter()
                .map(|((i, j), weight)| Edge { i, j, weight })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn sparse_search_matches_the_dense_optimum(edges in graph()) {
            let sparse = match_sparse(&edges);
            let dense = match_densely(&edges);
            prop_assert!(is_matching(&sparse));
            prop_assert_eq!(total(&edges, &sparse), total(&edges, &dense));
        }

        #[test]
        fn greedy_matching_is_a_matching_of_the_strongest_links(edges in graph()) {
            let greedy = match_greedily(&edges);
            prop_assert!(is_matching(&greedy));
            let strongest = edges.iter().max_by_key(|e| (e.weight, Reverse((e.i, e.j)))).expect("edges");
            prop_assert!(greedy.contains(&(strongest.i, strongest.j)));
        }
    }
}
