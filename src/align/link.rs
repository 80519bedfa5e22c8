//! Linking passages: a global one-to-one assignment of sentences, then runs
//! grown to 1:2, 2:1 (up to 3 sentences a side) where an outlet split what the
//! other said in one sentence.
//!
//! The assignment maximises total similarity over all links at once (the
//! Hungarian method), so a look-alike sentence never steals a link from the
//! sentence that matches better, and reordered passages are found wherever
//! they are. Neighbouring links on the diagonal support each other: copied or
//! paraphrased text usually comes in runs, so a weaker link inside a run of
//! strong ones is kept.

use pathfinding::prelude::{Matrix, kuhn_munkres};

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

/// Finds the links between two articles' sentences.
pub fn find_links(scorer: &PairScorer, threshold: f32) -> Vec<Link> {
    let pairs = assign(scorer, threshold);
    let mut links: Vec<Link> = pairs
        .into_iter()
        .map(|(i, j)| Link {
            left: (i, i + 1),
            right: (j, j + 1),
            similarity: scorer.single(i, j),
        })
        .collect();
    grow_runs(scorer, &mut links, threshold * RELATED_FACTOR);
    link_split_leftovers(scorer, threshold, &mut links);
    links.sort_by_key(|l| l.left.0);
    links
}

/// One-to-one sentence pairs from the assignment, kept when strong enough on
/// their own or supported by a diagonal neighbour.
fn assign(scorer: &PairScorer, threshold: f32) -> Vec<(usize, usize)> {
    let (n, m) = (scorer.left_len(), scorer.right_len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let floor = threshold * SUPPORTED_FACTOR;
    let weight = |i: usize, j: usize| -> i64 {
        let s = scorer.single(i, j);
        if s < floor {
            return 0;
        }
        let before = (i > 0 && j > 0).then(|| scorer.single(i - 1, j - 1));
        let after = (i + 1 < n && j + 1 < m).then(|| scorer.single(i + 1, j + 1));
        let support = before.into_iter().chain(after).fold(0.0f32, f32::max);
        let support = if support >= floor { support } else { 0.0 };
        ((s + DIAGONAL_SUPPORT * support) * 10_000.0) as i64
    };
    // Only sentences with some candidate take part: the assignment is cubic.
    let rows: Vec<usize> = (0..n)
        .filter(|&i| (0..m).any(|j| scorer.single(i, j) >= floor))
        .collect();
    let cols: Vec<usize> = (0..m)
        .filter(|&j| (0..n).any(|i| scorer.single(i, j) >= floor))
        .collect();
    let candidates: Vec<(usize, usize)> = best_assignment(&rows, &cols, weight)
        .into_iter()
        .filter(|&(i, j)| scorer.single(i, j) >= floor)
        .collect();
    let has = |i: usize, j: usize| candidates.contains(&(i, j));
    candidates
        .iter()
        .copied()
        .filter(|&(i, j)| {
            let supported = (i > 0 && j > 0 && has(i - 1, j - 1)) || has(i + 1, j + 1);
            scorer.single(i, j) >= threshold || supported
        })
        .collect()
}

/// The maximum-weight one-to-one pairing of `rows` with `cols`.
fn best_assignment(
    rows: &[usize],
    cols: &[usize],
    weight: impl Fn(usize, usize) -> i64,
) -> Vec<(usize, usize)> {
    if rows.is_empty() || cols.is_empty() {
        return Vec::new();
    }
    // kuhn_munkres needs no more rows than columns.
    let transpose = rows.len() > cols.len();
    let (short, long) = if transpose {
        (cols, rows)
    } else {
        (rows, cols)
    };
    let matrix = Matrix::from_fn(short.len(), long.len(), |(a, b)| {
        if transpose {
            weight(long[b], short[a])
        } else {
            weight(short[a], long[b])
        }
    });
    let (_, assignment) = kuhn_munkres(&matrix);
    assignment
        .into_iter()
        .enumerate()
        .map(|(a, b)| {
            if transpose {
                (long[b], short[a])
            } else {
                (short[a], long[b])
            }
        })
        .collect()
}

/// Grows links by adjacent unlinked sentences while the joined passage gets
/// clearly more similar (one outlet split a sentence the other kept whole).
fn grow_runs(scorer: &PairScorer, links: &mut [Link], hint: f32) {
    loop {
        let mut best: Option<(usize, Link)> = None;
        for (k, link) in links.iter().enumerate() {
            for grown in growths(scorer, link, hint) {
                if !is_free(links, k, &grown) {
                    continue;
                }
                let similarity = scorer.runs(grown.left, grown.right);
                let gain = similarity - link.similarity;
                let best_gain =
                    best.map_or(MERGE_GAIN, |(b, g)| g.similarity - links[b].similarity);
                if gain > MERGE_GAIN && gain > best_gain {
                    best = Some((
                        k,
                        Link {
                            similarity,
                            ..grown
                        },
                    ));
                }
            }
        }
        match best {
            Some((k, grown)) => links[k] = grown,
            None => return,
        }
    }
}

/// The ways to grow a link by one adjacent sentence, within the run limit.
/// A sentence that shares nothing with the other side cannot make the
/// passages more similar, so only sentences with some similarity to the
/// other run are tried.
fn growths(scorer: &PairScorer, link: &Link, hint: f32) -> Vec<Link> {
    let related_left = |i: usize| (link.right.0..link.right.1).any(|j| scorer.single(i, j) >= hint);
    let related_right = |j: usize| (link.left.0..link.left.1).any(|i| scorer.single(i, j) >= hint);
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

/// Whether `candidate` overlaps no link other than the one at `own`.
fn is_free(links: &[Link], own: usize, candidate: &Link) -> bool {
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    links.iter().enumerate().all(|(k, other)| {
        k == own
            || !(overlaps(other.left, candidate.left) || overlaps(other.right, candidate.right))
    })
}

/// Pairs a leftover sentence with two adjacent leftover sentences of the
/// other side when only the pair of them, taken together, matches it.
fn link_split_leftovers(scorer: &PairScorer, threshold: f32, links: &mut Vec<Link>) {
    // Each half of a split sentence shares something with the whole.
    let hint = threshold * RELATED_FACTOR;
    let (n, m) = (scorer.left_len(), scorer.right_len());
    let mut candidates = Vec::new();
    for i in 0..n {
        for j in 0..m {
            if scorer.single(i, j) < hint {
                continue;
            }
            for (l, r) in [((i, i + 1), (j, j + 2)), ((i, i + 2), (j, j + 1))] {
                candidates.push(Link {
                    left: l,
                    right: r,
                    similarity: 0.0,
                });
            }
            if j > 0 {
                candidates.push(Link {
                    left: (i, i + 1),
                    right: (j - 1, j + 1),
                    similarity: 0.0,
                });
            }
            if i > 0 {
                candidates.push(Link {
                    left: (i - 1, i + 1),
                    right: (j, j + 1),
                    similarity: 0.0,
                });
            }
        }
    }
    // Neighbouring sentence pairs propose the same windows: score each once.
    candidates.sort_by_key(|c| (c.left, c.right));
    candidates.dedup_by_key(|c| (c.left, c.right));
    let mut scored: Vec<Link> = candidates
        .into_iter()
        .filter(|c| c.left.1 <= n && c.right.1 <= m)
        .filter(|c| is_free(links, usize::MAX, c))
        .map(|c| Link {
            similarity: scorer.runs(c.left, c.right),
            ..c
        })
        .filter(|c| c.similarity >= threshold)
        .collect();
    scored.sort_by(|a, b| b.similarity.total_cmp(&a.similarity));
    for candidate in scored {
        if is_free(links, usize::MAX, &candidate) {
            links.push(candidate);
        }
    }
}
