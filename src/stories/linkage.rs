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
//! dated members of the result would lie more than the date window apart,
//! or when at least half of the pairs across the two groups are conflicts:
//! two articles whose texts say they report different events
//! ([`super::evidence`]). Half, not any: one report whose lede names an
//! odd day (a photo caption, a follow-up) must not split an event that its
//! other reports agree on.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

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
    /// Other group → how many pairs across the two are conflicts.
    conflicts: BTreeMap<usize, usize>,
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
    /// Candidate edges between articles, each with the cosine of its two
    /// vectors (their [`dot`], as [`super::neighbours`] computes it).
    pub edges: &'a [Edge],
    /// Pairs of articles that must never share a group (cannot-link).
    pub conflicts: &'a [Edge],
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
            conflicts: BTreeMap::new(),
            alive: true,
        })
        .collect();
    for edge in inputs.conflicts {
        *groups[edge.a].conflicts.entry(edge.b).or_default() += 1;
        *groups[edge.b].conflicts.entry(edge.a).or_default() += 1;
    }
    let mut queue = BinaryHeap::new();
    for edge in inputs.edges {
        groups[edge.a].neighbours.insert(edge.b);
        groups[edge.b].neighbours.insert(edge.a);
        // Two single articles: their mean similarity is the edge's cosine.
        debug_assert_eq!(
            edge.similarity.to_bits(),
            mean_similarity(&groups[edge.a], &groups[edge.b]).to_bits()
        );
        consider_known(&groups, inputs, edge.a, edge.b, edge.similarity, &mut queue);
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
    if allowed(groups, inputs, a, b) {
        let similarity = mean_similarity(&groups[a], &groups[b]);
        queue_if_similar(inputs, a, b, similarity, queue);
    }
}

/// [`consider`] for two groups whose mean similarity is already known.
fn consider_known(
    groups: &[Group],
    inputs: &Inputs,
    a: usize,
    b: usize,
    similarity: f32,
    queue: &mut BinaryHeap<Merge>,
) {
    if allowed(groups, inputs, a, b) {
        queue_if_similar(inputs, a, b, similarity, queue);
    }
}

/// Whether `a` and `b` may merge at all: dates and conflicts.
fn allowed(groups: &[Group], inputs: &Inputs, a: usize, b: usize) -> bool {
    dates_fit(groups[a].dates, groups[b].dates, inputs.max_days_apart)
        && !mostly_conflicting(&groups[a], &groups[b], b)
}

/// Queues the merge of `a` and `b` if `similarity` reaches the threshold.
fn queue_if_similar(
    inputs: &Inputs,
    a: usize,
    b: usize,
    similarity: f32,
    queue: &mut BinaryHeap<Merge>,
) {
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
    let conflicts = relink(groups, &first.conflicts, &second.conflicts, a, b, id);
    let mut members = first.members;
    members.extend(second.members);
    groups.push(Group {
        members,
        sum: add(&first.sum, &second.sum),
        dates: span(first.dates, second.dates),
        neighbours: neighbours.clone(),
        conflicts,
        alive: true,
    });
    for n in neighbours {
        consider(groups, inputs, id, n, queue);
    }
}

/// Whether at least half of the pairs across `a` and `b` (group id `b_id`) conflict.
fn mostly_conflicting(a: &Group, b: &Group, b_id: usize) -> bool {
    let conflicts = a.conflicts.get(&b_id).copied().unwrap_or(0);
    conflicts > 0 && 2 * conflicts >= a.members.len() * b.members.len()
}

/// Two groups' conflict counts summed, re-pointed at the merged group `id`.
fn relink(
    groups: &mut [Group],
    first: &BTreeMap<usize, usize>,
    second: &BTreeMap<usize, usize>,
    a: usize,
    b: usize,
    id: usize,
) -> BTreeMap<usize, usize> {
    let mut union = first.clone();
    for (&n, &count) in second {
        *union.entry(n).or_default() += count;
    }
    for (&n, &count) in &union {
        groups[n].conflicts.remove(&a);
        groups[n].conflicts.remove(&b);
        groups[n].conflicts.insert(id, count);
    }
    union
}

/// Marks a group merged and hands over its contents.
fn retire(group: &mut Group) -> Group {
    group.alive = false;
    Group {
        members: std::mem::take(&mut group.members),
        sum: std::mem::take(&mut group.sum),
        dates: group.dates,
        neighbours: std::mem::take(&mut group.neighbours),
        conflicts: std::mem::take(&mut group.conflicts),
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
            conflicts: &[],
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

    /// How many groups `n` identical articles form with these conflicts.
    fn groups_with_conflicts(n: usize, conflicting: &[(usize, usize)]) -> usize {
        let vectors = vec![unit(&[(0, 1.0)]); n];
        let edges = all_edges(&vectors);
        let conflicts: Vec<Edge> = edges
            .iter()
            .copied()
            .filter(|e| conflicting.contains(&(e.a, e.b)))
            .collect();
        average_linkage(&Inputs {
            vectors: &vectors,
            dates: &vec![None; n],
            edges: &edges,
            conflicts: &conflicts,
            threshold: 0.5,
            max_days_apart: None,
        })
        .len()
    }

    #[test]
    fn a_group_half_in_conflict_with_another_stays_apart() {
        assert_eq!(groups_with_conflicts(3, &[]), 1);
        assert_eq!(groups_with_conflicts(3, &[(0, 1)]), 2);
    }

    #[test]
    fn one_conflicting_pair_is_outvoted_by_the_rest_of_a_group() {
        assert_eq!(groups_with_conflicts(4, &[(0, 1)]), 1);
    }

    #[test]
    fn days_are_counted_between_calendar_dates() {
        assert_eq!(days_between(date(2017, 10, 23), date(2017, 11, 16)), 24);
    }
}
