//! Average-linkage grouping over the candidate graph, with a date guard.
//!
//! Two groups merge when the mean cosine similarity over all pairs across
//! them is at least the threshold. With unit vectors that mean is exact and
//! cheap: `sum(A) · sum(B) / (|A| |B|)`, so no pair is ever assumed to be 0
//! for want of an edge. Average linkage is the guard against chaining: one
//! strong link between two otherwise unrelated groups cannot pull them
//! together. Only groups joined by at least one candidate edge are compared
//! (a group pair whose mean reaches the threshold always has such an edge
//! among its pairs, if the index found it). A merge is refused when the
//! dated members of the result would lie more than the date window apart.

use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap};

use jiff::civil::Date;

use super::neighbours::Edge;
use super::vectors::{SparseVector, add, dot};

/// A group being built.
#[derive(Debug, Clone)]
struct Group {
    members: Vec<usize>,
    sum: SparseVector,
    dates: Option<(Date, Date)>,
    neighbours: BTreeSet<usize>,
    alive: bool,
}

/// A possible merge, ordered by similarity, then by the lower group ids.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Merge {
    similarity: f32,
    a: usize,
    b: usize,
}

impl Eq for Merge {}

impl Ord for Merge {
    fn cmp(&self, other: &Self) -> Ordering {
        self.similarity
            .total_cmp(&other.similarity)
            .then_with(|| (other.a, other.b).cmp(&(self.a, self.b)))
    }
}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// What the grouping needs to know about the articles.
pub struct Inputs<'a> {
    /// Unit vectors, canonical order.
    pub vectors: &'a [SparseVector],
    /// Publication dates, canonical order.
    pub dates: &'a [Option<Date>],
    /// Candidate edges between articles.
    pub edges: &'a [Edge],
    /// Minimum mean similarity for a merge.
    pub threshold: f32,
    /// Maximum days between the earliest and latest dated member.
    pub max_days_apart: Option<i64>,
}

/// Groups articles (canonical indices) by average linkage.
pub fn average_linkage(inputs: &Inputs) -> Vec<Vec<usize>> {
    let mut groups: Vec<Group> = (0..inputs.vectors.len())
        .map(|i| Group {
            members: vec![i],
            sum: inputs.vectors[i].clone(),
            dates: inputs.dates[i].map(|d| (d, d)),
            neighbours: BTreeSet::new(),
            alive: true,
        })
        .collect();
    let mut queue = BinaryHeap::new();
    for edge in inputs.edges {
        groups[edge.a].neighbours.insert(edge.b);
        groups[edge.b].neighbours.insert(edge.a);
        consider(&groups, inputs, edge.a, edge.b, &mut queue);
    }
    while let Some(Merge { a, b, .. }) = queue.pop() {
        if groups[a].alive && groups[b].alive {
            merge(&mut groups, inputs, a, b, &mut queue);
        }
    }
    groups
        .into_iter()
        .filter(|g| g.alive)
        .map(|g| g.members)
        .collect()
}

/// Queues the merge of `a` and `b` if it is allowed and similar enough.
fn consider(groups: &[Group], inputs: &Inputs, a: usize, b: usize, queue: &mut BinaryHeap<Merge>) {
    if !dates_fit(groups[a].dates, groups[b].dates, inputs.max_days_apart) {
        return;
    }
    let similarity = mean_similarity(&groups[a], &groups[b]);
    if similarity >= inputs.threshold {
        queue.push(Merge {
            similarity,
            a: a.min(b),
            b: a.max(b),
        });
    }
}

/// Replaces `a` and `b` by their union and queues its merges with their neighbours.
fn merge(
    groups: &mut Vec<Group>,
    inputs: &Inputs,
    a: usize,
    b: usize,
    queue: &mut BinaryHeap<Merge>,
) {
    let id = groups.len();
    let first = retire(&mut groups[a]);
    let second = retire(&mut groups[b]);
    let neighbours: BTreeSet<usize> = first
        .neighbours
        .union(&second.neighbours)
        .copied()
        .filter(|&n| n != a && n != b)
        .collect();
    for &n in &neighbours {
        groups[n].neighbours.remove(&a);
        groups[n].neighbours.remove(&b);
        groups[n].neighbours.insert(id);
    }
    let mut members = first.members;
    members.extend(second.members);
    groups.push(Group {
        members,
        sum: add(&first.sum, &second.sum),
        dates: span(first.dates, second.dates),
        neighbours: neighbours.clone(),
        alive: true,
    });
    for n in neighbours {
        consider(groups, inputs, id, n, queue);
    }
}

/// Marks a group merged and hands over its contents.
fn retire(group: &mut Group) -> Group {
    group.alive = false;
    Group {
        members: std::mem::take(&mut group.members),
        sum: std::mem::take(&mut group.sum),
        dates: group.dates,
        neighbours: std::mem::take(&mut group.neighbours),
        alive: false,
    }
}

/// Mean cosine similarity over all pairs across two groups.
fn mean_similarity(a: &Group, b: &Group) -> f32 {
    dot(&a.sum, &b.sum) / (a.members.len() * b.members.len()) as f32
}

/// Whether two groups' date spans fit in the window together.
fn dates_fit(a: Option<(Date, Date)>, b: Option<(Date, Date)>, window: Option<i64>) -> bool {
    match (span(a, b), window) {
        (Some((first, last)), Some(days)) => days_between(first, last) <= days,
        _ => true,
    }
}

/// Whole days from `first` to `last`.
pub fn days_between(first: Date, last: Date) -> i64 {
    first
        .until(last)
        .map(|span| span.get_days() as i64)
        .unwrap_or(i64::MAX)
}

/// The combined date span of two groups (undated groups add nothing).
fn span(a: Option<(Date, Date)>, b: Option<(Date, Date)>) -> Option<(Date, Date)> {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
        (one, None) | (None, one) => one,
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn unit(entries: &[(u32, f32)]) -> SparseVector {
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        entries.iter().map(|&(i, w)| (i, w / norm)).collect()
    }

    fn all_edges(vectors: &[SparseVector]) -> Vec<Edge> {
        let mut edges = Vec::new();
        for a in 0..vectors.len() {
            for b in a + 1..vectors.len() {
                let similarity = dot(&vectors[a], &vectors[b]);
                edges.push(Edge { a, b, similarity });
            }
        }
        edges
    }

    fn group(vectors: &[SparseVector], dates: &[Option<Date>], threshold: f32) -> Vec<Vec<usize>> {
        let edges = all_edges(vectors);
        let mut groups = average_linkage(&Inputs {
            vectors,
            dates,
            edges: &edges,
            threshold,
            max_days_apart: Some(7),
        });
        groups.iter_mut().for_each(|g| g.sort_unstable());
        groups.sort();
        groups
    }

    #[test]
    fn one_strong_link_does_not_chain_two_groups() {
        let vectors = [
            unit(&[(0, 1.0), (1, 1.0)]),
            unit(&[(0, 1.0), (1, 1.0), (4, 1.0)]),
            unit(&[(2, 1.0), (3, 1.0), (4, 1.0)]),
            unit(&[(2, 1.0), (3, 1.0)]),
        ];
        assert!(dot(&vectors[1], &vectors[2]) >= 0.3);
        assert_eq!(group(&vectors, &[None; 4], 0.3), [vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn dated_articles_further_apart_than_the_window_stay_apart() {
        let same = unit(&[(0, 1.0)]);
        let vectors = [same.clone(), same.clone(), same];
        let dates = [Some(date(2018, 4, 1)), Some(date(2018, 4, 12)), None];
        let groups = group(&vectors, &dates, 0.5);
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(
            groups.iter().any(|g| g.len() == 2),
            "the undated one joins one of them"
        );
    }

    #[test]
    fn a_week_apart_is_still_one_event() {
        let same = unit(&[(0, 1.0)]);
        let dates = [Some(date(2018, 4, 1)), Some(date(2018, 4, 8))];
        assert_eq!(group(&[same.clone(), same], &dates, 0.5), [vec![0, 1]]);
    }

    #[test]
    fn days_are_counted_between_calendar_dates() {
        assert_eq!(days_between(date(2017, 10, 23), date(2017, 11, 16)), 24);
    }
}
