//! A fixed-size signed hash sketch of a passage's character trigrams.

/// Buckets of a trigram sketch. A sentence has 100–300 distinct trigrams, so
/// collisions are rare, and signed hashing makes their error average out.
pub(super) const SKETCH_SIZE: usize = 1024;

/// A signed feature-hashing sketch of a sparse vector.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Sketch(Vec<f32>);

impl Default for Sketch {
    fn default() -> Self {
        Sketch(vec![0.0; SKETCH_SIZE])
    }
}

impl Sketch {
    /// Folds sparse `(feature, weight)` entries into buckets with hashed signs.
    pub(super) fn of(entries: &[(u64, f32)]) -> Self {
        let mut sketch = Sketch::default();
        for &(feature, weight) in entries {
            let h = feature.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let bucket = (h >> 54) as usize % SKETCH_SIZE;
            let sign = if h & 1 == 0 { 1.0 } else { -1.0 };
            sketch.0[bucket] += sign * weight;
        }
        sketch
    }

    /// Dot product, as straight-line arithmetic over eight lanes.
    pub(super) fn dot(&self, other: &Sketch) -> f32 {
        let mut lanes = [0.0f32; 8];
        for (a, b) in self.0.chunks_exact(8).zip(other.0.chunks_exact(8)) {
            for k in 0..8 {
                lanes[k] += a[k] * b[k];
            }
        }
        lanes.iter().sum()
    }

    /// Euclidean norm.
    pub(super) fn norm(&self) -> f32 {
        self.dot(self).sqrt()
    }

    /// Bucket-wise sum of sketches (the sketch of the summed vectors).
    pub(super) fn sum(parts: &[&Sketch]) -> Sketch {
        let mut out = Sketch::default();
        for part in parts {
            for (o, x) in out.0.iter_mut().zip(&part.0) {
                *o += x;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(entries: &[(u64, f32)]) -> f32 {
        crate::sparse::dot(entries, entries).sqrt()
    }

    #[test]
    fn sketch_dot_approximates_the_exact_dot() {
        let a: Vec<(u64, f32)> = (0..200).map(|k| (k * 7, 1.0 + (k % 5) as f32)).collect();
        let b: Vec<(u64, f32)> = (0..200).map(|k| (k * 11, 1.0 + (k % 3) as f32)).collect();
        let exact = crate::sparse::dot(&a, &b) / (norm(&a) * norm(&b));
        let (sa, sb) = (Sketch::of(&a), Sketch::of(&b));
        let approx = sa.dot(&sb) / (sa.norm() * sb.norm());
        assert!(
            (exact - approx).abs() < 0.05,
            "exact {exact}, sketch {approx}"
        );
    }
}
