//! Sparse vectors as `(key, weight)` lists sorted by key, shared by story
//! grouping and alignment.

/// Dot product of two sparse vectors sorted by key: one linear merge.
pub fn dot<K: Ord>(a: &[(K, f32)], b: &[(K, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_multiplies_shared_keys_only() {
        assert_eq!(
            dot(&[(1u32, 2.0), (4, 1.0)], &[(1, 3.0), (2, 5.0), (4, 2.0)]),
            8.0
        );
        assert_eq!(dot::<u32>(&[], &[(1, 1.0)]), 0.0);
    }
}
