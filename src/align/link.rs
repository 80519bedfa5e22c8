//! Linking passages: a global one-to-one assignment of sentences, then runs
//! grown to 1:2, 2:1 (up to 3 sentences a side) where an outlet split what the
//! other said in one sentence.
//!
//! The assignment maximises total similarity over all links at once (the
//! Hungarian method, see [`super::matching`]), so a look-alike sentence never
//! steals a link from the sentence that matches better, and reordered
//! passages are found wherever they are. Neighbouring links on the diagonal
//! support each other: copied or paraphrased text usually comes in runs, so a
//! weaker link inside a run of strong ones is kept.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::matching::{self, Edge};
use super::matrix::PairScorer;

/// Most sentences one side of a row may hold.
pub const MAX_RUN: usize = 3;

/// A link between a run of left sentences and a run of right sentences.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// Left sentences, start..end.
    pub left: (usize, usize),
    /// Right sentences, start..end.
    pub right: (usize, usize),
    /// Similarity of the two runs.
    pub similarity: f32,
}

/// How much a diagonal neighbour's similarity adds to a candidate's weight.
const DIAGONAL_SUPPORT: f32 = 0.15;
/// A link inside a diagonal run may be this much weaker than the threshold.
const SUPPORTED_FACTOR: f32 = 0.8;
/// A run grows only when the joined passage is this much more similar.
const MERGE_GAIN: f32 = 0.02;
/// A sentence is considered for a run only when its own similarity to the
/// other side reaches this share of the threshold: each half of a split
/// sentence still shares some of the whole's content.
const RELATED_FACTOR: f32 = 0.5;

/// The least similarity of a candidate pair: no weaker pair can be linked.
pub fn floor(threshold: f32) -> f32 {
    threshold * SUPPORTED_FACTOR
}

/// Finds the links between two articles' sentences. `scorer` must hold the
/// candidates at [`floor`]`(threshold)`.
pub fn find_links(scorer: &PairScorer, threshold: f32) -> Vec<Link> {
    let mut links: Vec<Link> = assign(scorer, threshold)
        .into_iter()
        .map(|(i, j)| Link {
            left: (i, i + 1),
            right: (j, j + 1),
            similarity: scorer.single(i, j),
        })
        .collect();
    let mut occupancy = Occupancy::new(scorer.left_len(), scorer.right_len());
    for (k, link) in links.iter().enumerate() {
        occupancy.take(k, link);
    }
    grow_runs(
        scorer,
        &mut links,
        &mut occupancy,
        threshold * RELATED_FACTOR,
    );
    link_split_leftovers(scorer, threshold, &mut links, &mut occupancy);
    links.sort_by_key(|l| l.left.0);
    links
}

/// One-to-one sentence pairs from the assignment, kept when strong enough on
/// their own or supported by a diagonal neighbour; ordered by the side with
/// fewer candidate sentences.
fn assign(scorer: &PairScorer, threshold: f32) -> Vec<(usize, usize)> {
    let (n, m) = (scorer.left_len(), scorer.right_len());
    let floor = floor(threshold);
    let weight = |i: usize, j: usize, s: f32| -> i64 {
        let before = (i > 0 && j > 0).then(|| scorer.single(i - 1, j - 1));
        let after = (i + 1 < n && j + 1 < m).then(|| scorer.single(i + 1, j + 1));
        let support = before.into_iter().chain(after).fold(0.0f32, f32::max);
        let support = if support >= floor { support } else { 0.0 };
        ((s + DIAGONAL_SUPPORT * support) * 10_000.0) as i64
    };
    let edges: Vec<Edge> = scorer
        .candidates()
        .iter()
        .map(|(i, j, s)| Edge {
            i,
            j,
            weight: weight(i, j, s),
        })
        .collect();
    let mut pairs = matching::best_matching(&edges, n, m);
    let (rows, cols) = matching::sentences_with_edges(&edges, n, m);
    if rows > cols {
        pairs.sort_unstable_by_key(|p| p.1);
    } else {
        pairs.sort_unstable_by_key(|p| p.0);
    }
    let mut partner = vec![usize::MAX; n];
    for &(i, j) in &pairs {
        partner[i] = j;
    }
    let has = |i: usize, j: usize| partner.get(i) == Some(&j);
    pairs
        .into_iter()
        .filter(|&(i, j)| {
            let supported = (i > 0 && j > 0 && has(i - 1, j - 1)) || has(i + 1, j + 1);
            scorer.single(i, j) >= threshold || supported
        })
        .collect()
}

/// Which link holds each sentence.
struct Occupancy {
    left: Vec<usize>,
    right: Vec<usize>,
}

/// The owner of a sentence no link holds.
const FREE: usize = usize::MAX;

impl Occupancy {
    fn new(left_len: usize, right_len: usize) -> Self {
        Occupancy {
            left: vec![FREE; left_len],
            right: vec![FREE; right_len],
        }
    }

    /// Whether `candidate` overlaps no link other than the one at `own`.
    fn is_free(&self, own: usize, candidate: &Link) -> bool {
        let free = |owner: usize| owner == FREE || owner == own;
        self.left[candidate.left.0..candidate.left.1]
            .iter()
            .chain(&self.right[candidate.right.0..candidate.right.1])
            .all(|&owner| free(owner))
    }

    fn take(&mut self, k: usize, link: &Link) {
        self.left[link.left.0..link.left.1].fill(k);
        self.right[link.right.0..link.right.1].fill(k);
    }
}

/// A possible growth of link `link`: its gain, then (for equal gains) the
/// earliest link and the earliest way of growing it come first.
struct Growth {
    gain: f32,
    link: usize,
    position: usize,
    version: usize,
    grown: Link,
}

impl Ord for Growth {
    fn cmp(&self, other: &Self) -> Ordering {
        self.gain
            .total_cmp(&other.gain)
            .then(other.link.cmp(&self.link))
            .then(other.position.cmp(&self.position))
    }
}

impl PartialOrd for Growth {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Growth {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Growth {}

/// Grows links by adjacent unlinked sentences while the joined passage gets
/// clearly more similar (one outlet split a sentence the other kept whole),
/// always taking the largest gain of all links next. Links only grow, so a
/// growth blocked once stays blocked, and a link's growths change only when
/// it grows: a queue ordered by gain holds every possible next step.
fn grow_runs(scorer: &PairScorer, links: &mut [Link], occupancy: &mut Occupancy, hint: f32) {
    let mut versions = vec![0; links.len()];
    let mut queue = BinaryHeap::new();
    for k in 0..links.len() {
        queue.extend(possible_growths(scorer, links, occupancy, k, 0, hint));
    }
    while let Some(growth) = queue.pop() {
        let k = growth.link;
        if growth.version != versions[k] || !occupancy.is_free(k, &growth.grown) {
            continue;
        }
        occupancy.take(k, &growth.grown);
        links[k] = growth.grown;
        versions[k] += 1;
        queue.extend(possible_growths(
            scorer,
            links,
            occupancy,
            k,
            versions[k],
            hint,
        ));
    }
}

/// The free growths of link `k` that gain enough.
fn possible_growths(
    scorer: &PairScorer,
    links: &[Link],
    occupancy: &Occupancy,
    k: usize,
    version: usize,
    hint: f32,
) -> Vec<Growth> {
    let link = links[k];
    growths(scorer, &link, hint)
        .into_iter()
        .enumerate()
        .filter(|(_, grown)| occupancy.is_free(k, grown))
        .filter_map(|(position, grown)| {
            let similarity = scorer.runs(grown.left, grown.right);
            let gain = similarity - link.similarity;
            (gain > MERGE_GAIN).then_some(Growth {
                gain,
                link: k,
                position,
                version,
                grown: Link {
                    similarity,
                    ..grown
                },
            })
        })
        .collect()
}

/// The ways to grow a link by one adjacent sentence, within the run limit.
/// A sentence that shares nothing with the other side cannot make the
/// passages more similar, so only sentences with some similarity to the
/// other run are tried.
fn growths(scorer: &PairScorer, link: &Link, hint: f32) -> Vec<Link> {
    let related_left =
        |i: usize| (link.right.0..link.right.1).any(|j| scorer.similarity(i, j) >= hint);
    let related_right =
        |j: usize| (link.left.0..link.left.1).any(|i| scorer.similarity(i, j) >= hint);
    let (l, r) = (link.left, link.right);
    let mut out = Vec::new();
    if l.1 - l.0 < MAX_RUN {
        if l.0 > 0 && related_left(l.0 - 1) {
            out.push(Link {
                left: (l.0 - 1, l.1),
                ..*link
            });
        }
        if l.1 < scorer.left_len() && related_left(l.1) {
            out.push(Link {
                left: (l.0, l.1 + 1),
                ..*link
            });
        }
    }
    if r.1 - r.0 < MAX_RUN {
        if r.0 > 0 && related_right(r.0 - 1) {
            out.push(Link {
                right: (r.0 - 1, r.1),
                ..*link
            });
        }
        if r.1 < scorer.right_len() && related_right(r.1) {
            out.push(Link {
                right: (r.0, r.1 + 1),
                ..*link
            });
        }
    }
    out
}

/// Pairs a leftover sentence with two adjacent leftover sentences of the
/// other side when only the pair of them, taken together, matches it.
fn link_split_leftovers(
    scorer: &PairScorer,
    threshold: f32,
    links: &mut Vec<Link>,
    occupancy: &mut Occupancy,
) {
    // Each half of a split sentence shares something with the whole.
    let hint = threshold * RELATED_FACTOR;
    let (n, m) = (scorer.left_len(), scorer.right_len());
    let free = |owners: &[usize]| -> Vec<usize> {
        (0..owners.len()).filter(|&k| owners[k] == FREE).collect()
    };
    let (free_left, free_right) = (free(&occupancy.left), free(&occupancy.right));
    let mut candidates = Vec::new();
    // A window holds both sentences of the pair proposing it, so only pairs
    // of free sentences can propose a free window.
    for (i, j, _) in scorer.pairs_reaching(&free_left, &free_right, hint) {
        let mut windows = vec![((i, i + 1), (j, j + 2)), ((i, i + 2), (j, j + 1))];
        if j > 0 {
            windows.push(((i, i + 1), (j - 1, j + 1)));
        }
        if i > 0 {
            windows.push(((i - 1, i + 1), (j, j + 1)));
        }
        candidates.extend(windows);
    }
    // Neighbouring sentence pairs propose the same windows: score each once.
    candidates.sort_unstable();
    candidates.dedup();
    let mut scored: Vec<Link> = candidates
        .into_iter()
        .map(|(left, right)| Link {
            left,
            right,
            similarity: 0.0,
        })
        .filter(|c| c.left.1 <= n && c.right.1 <= m)
        .filter(|c| occupancy.is_free(FREE, c))
        .map(|c| Link {
            similarity: scorer.runs(c.left, c.right),
            ..c
        })
        .filter(|c| c.similarity >= threshold)
        .collect();
    scored.sort_by(|a, b| b.similarity.total_cmp(&a.similarity));
    for candidate in scored {
        if occupancy.is_free(FREE, &candidate) {
            occupancy.take(links.len(), &candidate);
            links.push(candidate);
        }
    }
}
