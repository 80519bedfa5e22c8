//! A sentence's features laid out for the candidate index
//! ([`crate::align`]'s `candidates` module): each signal's share of a pair's
//! similarity is a sum over the features the two sentences share, so an
//! inverted index can add it up for every pair that shares anything.

use rustc_hash::FxHashMap;

use super::{Feature, Passage, SentenceFeatures};

/// What the candidate index reads of one sentence.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Content terms: (term id, weight divided by the norm of the term
    /// vector, anchor weight or 0). The products of two sentences' second
    /// fields over shared terms add up to their terms signal.
    pub terms: Vec<(u32, f32, f32)>,
    /// Total anchor weight (the denominator of the anchors signal).
    pub anchor_mass: f32,
    /// Character trigrams: (rank, weight divided by the norm of the sketch),
    /// ordered by rank; rank 0 is the most common trigram of both articles.
    /// Products over shared trigrams add up to the characters signal except
    /// for the sketch's collision error.
    pub trigrams: Vec<(u32, f32)>,
}

/// Ranks every character trigram in `idf` from the most common (lowest IDF)
/// to the rarest, ties broken by feature, so that every sentence lists its
/// trigrams in one global order.
pub fn trigram_ranks(idf: &FxHashMap<Feature, f32>) -> FxHashMap<Feature, u32> {
    let mut trigrams: Vec<(f32, Feature)> = idf
        .iter()
        .filter(|(f, _)| **f >> 63 == 1)
        .map(|(&f, &w)| (w, f))
        .collect();
    trigrams.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    trigrams
        .into_iter()
        .enumerate()
        .map(|(rank, (_, f))| (f, rank as u32))
        .collect()
}

impl Profile {
    /// The profile of a sentence with the given features and weighted passage.
    pub fn of(
        features: &SentenceFeatures,
        passage: &Passage,
        idf: &FxHashMap<Feature, f32>,
        ranks: &FxHashMap<Feature, u32>,
    ) -> Self {
        let mut terms = Vec::new();
        if passage.terms_norm > 0.0 {
            let anchors = &passage.anchors.0;
            let mut next_anchor = 0;
            for &(feature, weight) in &passage.terms.0 {
                // Both lists are sorted by feature, and anchors are terms.
                while next_anchor < anchors.len() && anchors[next_anchor].0 < feature {
                    next_anchor += 1;
                }
                let anchor = anchors
                    .get(next_anchor)
                    .filter(|a| a.0 == feature)
                    .map_or(0.0, |a| a.1);
                terms.push((feature as u32, weight / passage.terms_norm, anchor));
            }
        }
        let mut trigrams = Vec::new();
        if passage.trigrams_norm > 0.0 {
            trigrams = features
                .trigrams
                .weighted(idf)
                .0
                .into_iter()
                .map(|(f, w)| (ranks[&f], w / passage.trigrams_norm))
                .collect();
            trigrams.sort_unstable_by_key(|e| e.0);
        }
        Profile {
            terms,
            anchor_mass: passage.anchor_mass,
            trigrams,
        }
    }
}
