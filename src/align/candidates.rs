//! Candidate sentence pairs, found through an inverted index instead of by
//! scoring every sentence of one article against every sentence of the other.
//!
//! A pair's similarity is `0.5·terms + 0.3·characters + 0.2·anchors`, or
//! `0.6·terms + 0.4·characters` when neither sentence has an anchor
//! ([`Signals::combined`]). Each signal is a sum over the features the two
//! sentences share, so the index adds the sums up for every pair that shares
//! an indexed feature, bounds what it did not add, and scores exactly (with
//! [`Signals::between`]) only the pairs whose bound reaches the level asked
//! for: the link floor (threshold × 0.8) for the assignment, the relatedness
//! hint (threshold × 0.5) for split sentences.
//!
//! - **Terms** are all indexed. Anchors are terms, so for every pair the index
//!   does not meet, the terms and anchors signals are both 0, and its
//!   similarity is at most `0.4·characters`.
//! - **Character trigrams** are indexed except for each sentence's most
//!   common ones: in the global order from the most common trigram to the
//!   rarest, a sentence leaves out the longest prefix of its trigrams whose
//!   share of its characters vector has a norm of at most `cap`. If two
//!   sentences share no indexed trigram, every trigram they share lies in the
//!   left-out prefix of the one whose prefix reaches further, so (by
//!   Cauchy–Schwarz) their exact trigram cosine is at most `cap` times the
//!   largest norm of a characters vector (about 1; the norms are relative to
//!   the sketch's). `cap` is chosen so that `0.4 · (cap · that norm +
//!   SKETCH_ERROR)` stays below the level: no pair the index does not meet
//!   can reach it. Extremely common trigrams ("ing", "ion") are exactly the
//!   ones this leaves out; no feature is skipped for any other reason.
//!
//! What the index can miss: the characters signal is computed on a
//! 1,024-bucket signed hash sketch, whose collisions between different
//! trigrams add an error to the exact trigram cosine. The bounds allow for
//! an error of up to [`SKETCH_ERROR`] (0.2). Over the 3 million sentence
//! pairs of NewsWCL50 (all its sentences against all) the error has a
//! standard deviation of 0.031 and exceeds 0.2 for 2·10⁻⁵ of the pairs; its
//! largest value, 0.36, is for a one-word sentence. A pair is missed only
//! when such a collision alone lifts it to the level: a similarity the
//! exact measure does not give it. On those 3 million pairs the index finds
//! every pair at the default floor (0.226) and hint (0.142) and at every
//! level from 0.11 up; at 0.09–0.1 it misses six pairs, all below 0.11 and
//! all among the largest collision errors. A test checks that on every
//! development pair of articles the index finds exactly the pairs a dense
//! scan finds, at every level it serves from 0.096 to 0.36.
//!
//! Levels at or below `0.4 · SKETCH_ERROR` (0.08: a threshold of 0.1, or
//! 0.16 for split sentences) leave nothing the bounds can exclude, so every
//! pair is scored; so are queries over fewer than [`INDEX_LEAST_PAIRS`]
//! pairs, where that is cheaper than building the index.

use rayon::prelude::*;

use super::features::{Profile, Signals};

#[cfg(test)]
mod tests;

/// Largest error of the sketched characters signal the index allows for
/// (six and a half standard deviations of the error on NewsWCL50).
pub const SKETCH_ERROR: f32 = 0.2;

/// Below this many sentence pairs, scoring every pair is cheaper than
/// building the index: the seed pair (7 × 30 sentences) aligned 20% slower
/// through the index, the 5,000-word pair (about 230 × 230) as fast.
pub const INDEX_LEAST_PAIRS: usize = 16_384;

/// Slack for rounding: the index adds products in another order than the scorer.
const ROUNDING: f32 = 1e-4;

/// The weights of the signals in a combined similarity, read off
/// [`Signals::combined`] (which is linear in each signal).
#[derive(Debug, Clone, Copy)]
struct Weights {
    /// Terms, characters and anchors when some sentence has anchors.
    with_anchors: [f32; 3],
    /// Terms and characters when neither has.
    without_anchors: [f32; 2],
}

impl Weights {
    fn of_combined() -> Self {
        let at = |terms: f32, characters: f32, anchors: Option<f32>| {
            Signals {
                terms,
                characters,
                anchors,
            }
            .combined()
        };
        Weights {
            with_anchors: [
                at(1.0, 0.0, Some(0.0)),
                at(0.0, 1.0, Some(0.0)),
                at(0.0, 0.0, Some(1.0)),
            ],
            without_anchors: [at(1.0, 0.0, None), at(0.0, 1.0, None)],
        }
    }

    /// The largest weight of the characters signal.
    fn characters(&self) -> f32 {
        self.with_anchors[1].max(self.without_anchors[1])
    }
}

/// Every pair `a` in `0..left_len`, `b` in `0..right_len` whose similarity
/// `score(a, b)` reaches `level`, by scoring them all: one row per left
/// sentence of `(b, similarity)` by `b`.
pub fn scan(
    left_len: usize,
    right_len: usize,
    level: f32,
    score: impl Fn(usize, usize) -> f32 + Sync,
) -> Vec<Vec<(u32, f32)>> {
    (0..left_len)
        .into_par_iter()
        .map(|a| {
            (0..right_len)
                .filter_map(|b| {
                    Some(score(a, b))
                        .filter(|&s| s >= level)
                        .map(|s| (b as u32, s))
                })
                .collect()
        })
        .collect()
}

/// Every pair of `left[a]` and `right[b]` whose similarity `score(a, b)`
/// reaches `level`, found through the index: one row per left sentence of
/// `(b, similarity)` by `b`.
pub fn pairs_reaching(
    left: &[&Profile],
    right: &[&Profile],
    level: f32,
    score: impl Fn(usize, usize) -> f32 + Sync,
) -> Vec<Vec<(u32, f32)>> {
    let weights = Weights::of_combined();
    if level <= weights.characters() * SKETCH_ERROR {
        return scan(left.len(), right.len(), level, score);
    }
    let keep = |a: usize, b: usize| Some(score(a, b)).filter(|&s| s >= level);
    let (mut left, mut right) = (Side::new(left), Side::new(right));
    let largest_norm = left.largest_norm().max(right.largest_norm()).max(1.0);
    let cap = ((level / weights.characters() - SKETCH_ERROR) / largest_norm - ROUNDING).max(0.0);
    left.cut(cap);
    right.cut(cap);
    let index = Index::new(&right);
    (0..left.profiles.len())
        .into_par_iter()
        .map_init(
            || Sums::new(right.profiles.len()),
            |sums, a| {
                index.add_up(left.profiles[a], left.indexed(a), sums);
                let mut row: Vec<(u32, f32)> = sums
                    .drain()
                    .filter(|&(b, ref sum)| {
                        may_reach((&left, a), (&right, b as usize), sum, level, &weights)
                    })
                    .filter_map(|(b, _)| keep(a, b as usize).map(|s| (b, s)))
                    .collect();
                row.sort_unstable_by_key(|e| e.0);
                row
            },
        )
        .collect()
}

/// Where a sentence's indexed trigrams begin, and what bounds need of it.
#[derive(Debug, Clone, Copy)]
struct Cut {
    /// Trigrams before this position are left out of the index.
    start: u32,
    /// Rank of the first indexed trigram (`u32::MAX` when none is).
    boundary: u32,
    /// Norm of the left-out trigrams (all trigrams ranked below `boundary`).
    left_out: f32,
    /// Norm of all trigrams.
    norm: f32,
    /// The sentence's anchor mass.
    anchor_mass: f32,
}

/// The sentences of one side with their cuts and, per sentence, the norms
/// of its leading trigrams (`norms[k]` over the first `k`).
struct Side<'a> {
    profiles: &'a [&'a Profile],
    cuts: Vec<Cut>,
    norms: Vec<Vec<f32>>,
}

impl<'a> Side<'a> {
    fn new(profiles: &'a [&'a Profile]) -> Self {
        let norms = profiles
            .iter()
            .map(|p| {
                let mut squares = 0.0;
                let mut norms = Vec::with_capacity(p.trigrams.len() + 1);
                norms.push(0.0);
                for &(_, w) in &p.trigrams {
                    squares += w * w;
                    norms.push(f32::sqrt(squares));
                }
                norms
            })
            .collect();
        Side {
            profiles,
            cuts: Vec::new(),
            norms,
        }
    }

    /// The largest norm of a sentence's trigrams.
    fn largest_norm(&self) -> f32 {
        self.norms
            .iter()
            .filter_map(|n| n.last().copied())
            .fold(0.0, f32::max)
    }

    /// Leaves out of the index each sentence's longest prefix of trigrams
    /// whose norm is at most `cap`.
    fn cut(&mut self, cap: f32) {
        self.cuts = self
            .profiles
            .iter()
            .zip(&self.norms)
            .map(|(p, norms)| {
                let start = norms.partition_point(|&n| n <= cap) - 1;
                Cut {
                    start: start as u32,
                    boundary: p.trigrams.get(start).map_or(u32::MAX, |e| e.0),
                    left_out: norms[start],
                    norm: norms[norms.len() - 1],
                    anchor_mass: p.anchor_mass,
                }
            })
            .collect();
    }

    /// The trigrams of sentence `k` that are indexed.
    fn indexed(&self, k: usize) -> &[(u32, f32)] {
        &self.profiles[k].trigrams[self.cuts[k].start as usize..]
    }

    /// Norm of the trigrams of sentence `k` ranked below `rank`.
    fn norm_below(&self, k: usize, rank: u32) -> f32 {
        let below = self.profiles[k].trigrams.partition_point(|e| e.0 < rank);
        self.norms[k][below]
    }
}

/// What the index added up for one pair.
#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    touched: bool,
    terms: f32,
    shared_anchors: f32,
    characters: f32,
}

/// Per-thread sums for every right sentence, and which ones were touched.
struct Sums {
    sums: Vec<Sum>,
    touched: Vec<u32>,
}

impl Sums {
    fn new(len: usize) -> Self {
        Sums {
            sums: vec![Sum::default(); len],
            touched: Vec::new(),
        }
    }

    fn at(&mut self, b: u32) -> &mut Sum {
        let sum = &mut self.sums[b as usize];
        if !sum.touched {
            sum.touched = true;
            self.touched.push(b);
        }
        sum
    }

    /// The touched sums, resetting them for the next sentence.
    fn drain(&mut self) -> impl Iterator<Item = (u32, Sum)> + '_ {
        let sums = &mut self.sums;
        self.touched
            .drain(..)
            .map(move |b| (b, std::mem::take(&mut sums[b as usize])))
    }
}

/// Postings of the right sentences: per term and per indexed trigram.
struct Index {
    terms: Postings<(u32, f32, f32)>,
    trigrams: Postings<(u32, f32)>,
}

impl Index {
    fn new(right: &Side) -> Self {
        let terms = Postings::new(right.profiles.iter().enumerate().flat_map(|(b, p)| {
            p.terms
                .iter()
                .map(move |&(t, w, anchor)| (t, (b as u32, w, anchor)))
        }));
        let trigrams = Postings::new((0..right.profiles.len()).flat_map(|b| {
            right
                .indexed(b)
                .iter()
                .map(move |&(g, w)| (g, (b as u32, w)))
        }));
        Index { terms, trigrams }
    }

    /// Adds up the shared terms, anchors and indexed trigrams of `profile`
    /// with every right sentence.
    fn add_up(&self, profile: &Profile, indexed: &[(u32, f32)], sums: &mut Sums) {
        for &(t, w, anchor) in &profile.terms {
            for &(b, wb, anchor_b) in self.terms.of(t) {
                let sum = sums.at(b);
                sum.terms += w * wb;
                sum.shared_anchors += anchor.min(anchor_b);
            }
        }
        for &(g, w) in indexed {
            for &(b, wb) in self.trigrams.of(g) {
                sums.at(b).characters += w * wb;
            }
        }
    }
}

/// Lists of entries by key, stored contiguously.
struct Postings<T> {
    offsets: Vec<usize>,
    entries: Vec<T>,
}

impl<T: Copy> Postings<T> {
    fn new(items: impl Iterator<Item = (u32, T)>) -> Self {
        let mut items: Vec<(u32, T)> = items.collect();
        items.sort_by_key(|e| e.0);
        let keys = items.last().map_or(0, |e| e.0 as usize + 1);
        let mut offsets = vec![0; keys + 1];
        for &(key, _) in &items {
            offsets[key as usize + 1] += 1;
        }
        for k in 0..keys {
            offsets[k + 1] += offsets[k];
        }
        Postings {
            offsets,
            entries: items.into_iter().map(|e| e.1).collect(),
        }
    }

    fn of(&self, key: u32) -> &[T] {
        let key = key as usize;
        if key + 1 >= self.offsets.len() {
            return &[];
        }
        &self.entries[self.offsets[key]..self.offsets[key + 1]]
    }
}

/// Whether a pair's similarity can reach `level`, given what the index
/// added up: first with a bound from each sentence's summary alone, then, if
/// that is not enough to rule the pair out, with the exact norms of the
/// trigrams it did not add up.
fn may_reach(
    (left, a): (&Side, usize),
    (right, b): (&Side, usize),
    sum: &Sum,
    level: f32,
    weights: &Weights,
) -> bool {
    let cuts = (&left.cuts[a], &right.cuts[b]);
    let (x, y) = cuts;
    // Shared trigrams not added up all lie in the left-out prefix of the
    // sentence whose prefix reaches further (the later boundary): bounded
    // first by the other's whole norm, then by its norm below that boundary.
    let (earlier, later) = if x.boundary <= y.boundary {
        ((left, a), y)
    } else {
        ((right, b), x)
    };
    let coarse = earlier.0.cuts[earlier.1].norm * later.left_out;
    if bound(cuts, sum, coarse, weights) + ROUNDING < level {
        return false;
    }
    let rest = earlier.0.norm_below(earlier.1, later.boundary) * later.left_out;
    bound(cuts, sum, rest, weights) + ROUNDING >= level
}

/// The most a pair's similarity can be when the trigrams the index did not
/// add up contribute at most `rest` to the characters signal.
fn bound(cuts: (&Cut, &Cut), sum: &Sum, rest: f32, weights: &Weights) -> f32 {
    let mass = cuts.0.anchor_mass + cuts.1.anchor_mass;
    let terms = sum.terms.min(1.0);
    let characters = (sum.characters + rest + SKETCH_ERROR).min(1.0);
    if mass > 0.0 {
        let anchors = (2.0 * sum.shared_anchors / mass).min(1.0);
        let [t, c, a] = weights.with_anchors;
        t * terms + c * characters + a * anchors
    } else {
        let [t, c] = weights.without_anchors;
        t * terms + c * characters
    }
}
