//! B-cubed evaluation of a clustering against gold labels.
//!
//! B-cubed (Bagga & Baldwin, 1998) scores every item: its precision is the
//! share of its predicted cluster that shares its gold label, its recall the
//! share of its gold cluster that shares its predicted cluster. Both are
//! averaged over items, so large clusters weigh in proportion to their size
//! and a singleton-everything answer is not rewarded the way pairwise scores
//! reward it.
//!
//! ```
//! use storydiff::stories::eval::b_cubed;
//! let (p, r, f) = b_cubed(&[0, 0, 1], &[7, 7, 7]);
//! assert!((p - 1.0).abs() < 1e-12);
//! assert!((r - 5.0 / 9.0).abs() < 1e-12);
//! assert!((f - 2.0 * p * r / (p + r)).abs() < 1e-12);
//! ```

use std::collections::HashMap;
use std::hash::Hash;

/// B-cubed (precision, recall, F1) of `predicted` against `gold`, one label
/// per item in each. Empty input scores (1, 1, 1).
///
/// # Panics
///
/// If the two slices differ in length.
pub fn b_cubed<P, G>(predicted: &[P], gold: &[G]) -> (f64, f64, f64)
where
    P: Eq + Hash,
    G: Eq + Hash,
{
    assert_eq!(predicted.len(), gold.len(), "one label per item in each");
    if predicted.is_empty() {
        return (1.0, 1.0, 1.0);
    }
    let mut predicted_size: HashMap<&P, f64> = HashMap::new();
    let mut gold_size: HashMap<&G, f64> = HashMap::new();
    let mut both_size: HashMap<(&P, &G), f64> = HashMap::new();
    for (p, g) in predicted.iter().zip(gold) {
        *predicted_size.entry(p).or_default() += 1.0;
        *gold_size.entry(g).or_default() += 1.0;
        *both_size.entry((p, g)).or_default() += 1.0;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for (p, g) in predicted.iter().zip(gold) {
        let both = both_size[&(p, g)];
        precision += both / predicted_size[p];
        recall += both / gold_size[g];
    }
    let n = predicted.len() as f64;
    let (precision, recall) = (precision / n, recall / n);
    let f1 = 2.0 * precision * recall / (precision + recall);
    (precision, recall, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_clustering_scores_one() {
        assert_eq!(b_cubed(&[1, 1, 2], &["a", "a", "b"]), (1.0, 1.0, 1.0));
    }

    #[test]
    fn all_singletons_have_full_precision_and_low_recall() {
        let (p, r, _) = b_cubed(&[0, 1, 2, 3], &[0, 0, 1, 1]);
        assert_eq!(p, 1.0);
        assert_eq!(r, 0.5);
    }

    #[test]
    fn one_big_cluster_has_full_recall_and_low_precision() {
        let (p, r, _) = b_cubed(&[0, 0, 0, 0], &[0, 0, 1, 1]);
        assert_eq!(p, 0.5);
        assert_eq!(r, 1.0);
    }

    #[test]
    fn label_names_do_not_matter() {
        assert_eq!(
            b_cubed(&[5, 5, 9], &[0, 0, 1]),
            b_cubed(&[1, 1, 0], &[0, 0, 1])
        );
    }

    #[test]
    fn empty_input_is_perfect() {
        assert_eq!(b_cubed::<u8, u8>(&[], &[]), (1.0, 1.0, 1.0));
    }
}
