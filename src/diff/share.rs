//! How much two sides share, for the whole-replacement fallback and for
//! [`shared_fraction`](super::shared_fraction).

use std::collections::HashMap;

use super::align::Segment;
use super::token::Token;

/// A diff is shown only when the words in matches make up at least
/// `1 / FALLBACK_DIVISOR` of the words of the side with fewer words.
pub(super) const FALLBACK_DIVISOR: usize = 3;

/// Whether `shared` matched words are too few for a side of `shorter` words.
pub(super) fn too_little(shared: usize, shorter: usize) -> bool {
    shared * FALLBACK_DIVISOR < shorter
}

/// Words on the side with fewer words.
pub(super) fn shorter_side_words(left: &[Token], right: &[Token]) -> usize {
    count_words(left).min(count_words(right))
}

/// An upper bound on the words any alignment can match: the size of the
/// multiset intersection of the two sides' word keys. Linear time, so hopeless
/// pairs skip the diff entirely.
pub(super) fn matchable_words(left: &[Token], right: &[Token]) -> usize {
    let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
    for token in left.iter().filter(|t| t.kind.is_word()) {
        counts.entry(token.key).or_default().0 += 1;
    }
    for token in right.iter().filter(|t| t.kind.is_word()) {
        counts.entry(token.key).or_default().1 += 1;
    }
    counts.values().map(|&(l, r)| l.min(r)).sum()
}

/// Words inside matched segments (counted on the left; matches are one-to-one).
pub(super) fn matched_words(segments: &[Segment], left: &[Token]) -> usize {
    segments
        .iter()
        .map(|segment| match segment {
            Segment::Matched { left: l, .. } => count_words(&left[l.clone()]),
            Segment::Changed { .. } => 0,
        })
        .sum()
}

fn count_words(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| t.kind.is_word()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::token::tokenize_pair;

    #[test]
    fn threshold_is_one_third_of_the_shorter_side() {
        assert!(!too_little(0, 0));
        assert!(too_little(0, 1));
        assert!(!too_little(1, 3));
        assert!(too_little(1, 4));
        assert!(!too_little(2, 6));
    }

    #[test]
    fn matchable_words_is_the_multiset_intersection() {
        let (l, r) = tokenize_pair("the cat, the dog", "The dog and the other dog");
        assert_eq!(matchable_words(&l, &r), 3);
        assert_eq!(shorter_side_words(&l, &r), 4);
    }
}
