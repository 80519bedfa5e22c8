//! Sentence features for alignment and the similarity of two passages.
//!
//! A passage (one to three consecutive sentences) is compared on three
//! complementary signals:
//! - **terms**: IDF-weighted cosine over stemmed, alias-resolved content terms
//!   (tolerates inflection, naming variants and quote style);
//! - **characters**: IDF-weighted cosine over character trigrams of the
//!   content words (tolerates transliteration: Sergei/Sergey, Raqqa/Raqqah);
//! - **anchors**: overlap of names, aliases and numbers, which paraphrases and
//!   translations keep even when every verb changes.
//!
//! Term vectors are sorted `(feature, weight)` lists, so comparing two
//! passages is a linear merge rather than a series of hash lookups. Trigram
//! vectors are large, so they are folded into a fixed-size signed hash sketch
//! (feature hashing), whose dot product approximates the exact one without
//! bias and runs as straight-line vector arithmetic.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

mod profile;
mod sketch;

pub(crate) use profile::{Profile, trigram_ranks};
use sketch::Sketch;

use crate::corpus::Sentence;
use crate::corpus::terms::{self, Term, TermKind, fold_word, is_stop_word_as_written};

/// A feature id: interned terms below 2⁶³, packed character trigrams above.
type Feature = u64;

/// A sparse vector sorted by feature.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sparse(Vec<(Feature, f32)>);

impl Sparse {
    fn from_counts(counts: FxHashMap<Feature, f32>) -> Self {
        let mut entries: Vec<(Feature, f32)> = counts.into_iter().collect();
        entries.sort_unstable_by_key(|e| e.0);
        Sparse(entries)
    }

    fn weighted(&self, idf: &FxHashMap<Feature, f32>) -> Self {
        Sparse(
            self.0
                .iter()
                .map(|&(f, count)| (f, (1.0 + count.ln()) * idf.get(&f).copied().unwrap_or(1.0)))
                .collect(),
        )
    }

    fn norm(&self) -> f32 {
        self.0.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt()
    }

    fn mass(&self) -> f32 {
        self.0.iter().map(|e| e.1).sum()
    }

    /// Merges two sorted vectors, combining shared features with `f`.
    fn merge_with(&self, other: &Sparse, mut f: impl FnMut(Option<f32>, Option<f32>)) {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x.0 == y.0 => {
                    f(Some(x.1), Some(y.1));
                    i += 1;
                    j += 1;
                }
                (Some(x), Some(y)) if x.0 < y.0 => {
                    f(Some(x.1), None);
                    i += 1;
                }
                (Some(x), None) => {
                    f(Some(x.1), None);
                    i += 1;
                }
                (_, Some(y)) => {
                    f(None, Some(y.1));
                    j += 1;
                }
                (None, None) => unreachable!("loop condition"),
            }
        }
    }

    fn dot(&self, other: &Sparse) -> f32 {
        crate::sparse::dot(&self.0, &other.0)
    }

    fn sum(parts: &[&Sparse]) -> Sparse {
        let mut entries: Vec<(Feature, f32)> =
            parts.iter().flat_map(|p| p.0.iter().copied()).collect();
        entries.sort_unstable_by_key(|e| e.0);
        let mut out: Vec<(Feature, f32)> = Vec::with_capacity(entries.len());
        for (feature, weight) in entries {
            match out.last_mut() {
                Some(last) if last.0 == feature => last.1 += weight,
                _ => out.push((feature, weight)),
            }
        }
        Sparse(out)
    }
}

/// What alignment knows about one sentence: raw feature counts.
#[derive(Debug, Clone, Default)]
pub struct SentenceFeatures {
    terms: Sparse,
    anchors: Sparse,
    trigrams: Sparse,
    /// Number of words, for the shared-text summary.
    pub words: usize,
}

/// Interns term strings to small ids.
#[derive(Debug, Default)]
pub struct Interner {
    ids: FxHashMap<String, Feature>,
}

impl Interner {
    fn id(&mut self, key: &str) -> Feature {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as Feature;
        self.ids.insert(key.to_string(), id);
        id
    }
}

/// Packs three characters into a trigram feature (above all term ids).
fn trigram(a: char, b: char, c: char) -> Feature {
    (1 << 63) | (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// Extracts the features of one sentence.
pub fn sentence_features(sentence: &Sentence, interner: &mut Interner) -> SentenceFeatures {
    intern(&extract(sentence), interner)
}

/// The text work of sentence features, in parallel: what an article gives
/// every pair it is aligned in.
pub(crate) fn extract_all(sentences: &[&Sentence]) -> Vec<Extracted> {
    sentences.par_iter().map(|s| extract(s)).collect()
}

/// Interns extracted sentences in order, so ids are the same as one
/// sentence at a time.
pub(crate) fn intern_all(
    extracted: &[Extracted],
    interner: &mut Interner,
) -> Vec<SentenceFeatures> {
    extracted.iter().map(|e| intern(e, interner)).collect()
}

/// A sentence's terms, trigram counts and word count, before interning.
#[derive(Debug, Clone)]
pub(crate) struct Extracted {
    terms: Vec<Term>,
    trigrams: FxHashMap<Feature, f32>,
    words: usize,
}

fn extract(sentence: &Sentence) -> Extracted {
    let mut trigram_counts = FxHashMap::default();
    let mut words = 0;
    for word in terms::words(&sentence.text) {
        words += 1;
        let folded = fold_word(word);
        if is_stop_word_as_written(word, &folded, words == 1) {
            continue;
        }
        let padded: Vec<char> = std::iter::once(' ')
            .chain(folded.chars())
            .chain(std::iter::once(' '))
            .collect();
        for w in padded.windows(3) {
            *trigram_counts.entry(trigram(w[0], w[1], w[2])).or_default() += 1.0;
        }
    }
    Extracted {
        terms: terms::terms(&sentence.text),
        trigrams: trigram_counts,
        words,
    }
}

fn intern(extracted: &Extracted, interner: &mut Interner) -> SentenceFeatures {
    let mut term_counts = FxHashMap::default();
    let mut anchor_counts = FxHashMap::default();
    for term in &extracted.terms {
        let id = interner.id(&term.key);
        *term_counts.entry(id).or_default() += 1.0;
        if matches!(
            term.kind,
            TermKind::Name | TermKind::Alias | TermKind::Number
        ) {
            *anchor_counts.entry(id).or_default() += 1.0;
        }
    }
    SentenceFeatures {
        terms: Sparse::from_counts(term_counts),
        anchors: Sparse::from_counts(anchor_counts),
        trigrams: Sparse::from_counts(extracted.trigrams.clone()),
        words: extracted.words,
    }
}

/// Inverse document frequencies over a set of sentences (each a document),
/// smoothed so a feature in every sentence still counts a little.
pub fn idf(features: &[&SentenceFeatures]) -> FxHashMap<Feature, f32> {
    let mut df: FxHashMap<Feature, f32> = FxHashMap::default();
    for f in features {
        for &(id, _) in f.terms.0.iter().chain(&f.trigrams.0) {
            *df.entry(id).or_default() += 1.0;
        }
    }
    let n = features.len() as f32;
    df.into_iter()
        .map(|(id, d)| (id, (1.0 + n / d).ln()))
        .collect()
}

/// A passage: one or more consecutive sentences, weighted and ready to compare.
#[derive(Debug, Clone, Default)]
pub struct Passage {
    terms: Sparse,
    anchors: Sparse,
    trigrams: Sketch,
    terms_norm: f32,
    trigrams_norm: f32,
    anchor_mass: f32,
}

impl Passage {
    /// Weights one sentence's features by `idf`.
    pub fn of_sentence(features: &SentenceFeatures, idf: &FxHashMap<Feature, f32>) -> Self {
        Self::from_vectors(
            features.terms.weighted(idf),
            features.anchors.weighted(idf),
            Sketch::of(&features.trigrams.weighted(idf).0),
        )
    }

    /// Joins already weighted sentences into one passage.
    pub fn join(parts: &[&Passage]) -> Self {
        if let [only] = parts {
            return (*only).clone();
        }
        let pick = |f: fn(&Passage) -> &Sparse| -> Sparse {
            Sparse::sum(&parts.iter().map(|p| f(p)).collect::<Vec<_>>())
        };
        let trigrams = Sketch::sum(&parts.iter().map(|p| &p.trigrams).collect::<Vec<_>>());
        Self::from_vectors(pick(|p| &p.terms), pick(|p| &p.anchors), trigrams)
    }

    fn from_vectors(terms: Sparse, anchors: Sparse, trigrams: Sketch) -> Self {
        Passage {
            terms_norm: terms.norm(),
            trigrams_norm: trigrams.norm(),
            anchor_mass: anchors.mass(),
            terms,
            anchors,
            trigrams,
        }
    }
}

/// The three similarity signals of two passages, each in 0..1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signals {
    /// IDF-weighted cosine of content terms.
    pub terms: f32,
    /// IDF-weighted cosine of character trigrams.
    pub characters: f32,
    /// Weighted overlap (Dice) of names, aliases and numbers; None when
    /// neither side has any.
    pub anchors: Option<f32>,
}

impl Signals {
    /// Measures two passages.
    pub fn between(a: &Passage, b: &Passage) -> Self {
        let cosine = |dot: f32, nx: f32, ny: f32| {
            if nx == 0.0 || ny == 0.0 {
                0.0
            } else {
                (dot / (nx * ny)).clamp(0.0, 1.0)
            }
        };
        let anchors = (a.anchor_mass + b.anchor_mass > 0.0).then(|| {
            let mut shared = 0.0;
            a.anchors.merge_with(&b.anchors, |x, y| {
                if let (Some(x), Some(y)) = (x, y) {
                    shared += x.min(y);
                }
            });
            (2.0 * shared / (a.anchor_mass + b.anchor_mass)).clamp(0.0, 1.0)
        });
        Signals {
            terms: cosine(a.terms.dot(&b.terms), a.terms_norm, b.terms_norm),
            characters: cosine(
                a.trigrams.dot(&b.trigrams),
                a.trigrams_norm,
                b.trigrams_norm,
            ),
            anchors,
        }
    }

    /// One similarity in 0..1: terms carry most weight, characters rescue
    /// spelling variants, anchors confirm that the same people and numbers appear.
    pub fn combined(self) -> f32 {
        match self.anchors {
            Some(anchors) => 0.5 * self.terms + 0.3 * self.characters + 0.2 * anchors,
            None => 0.6 * self.terms + 0.4 * self.characters,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sparse(entries: &[(u64, f32)]) -> Sparse {
        Sparse(entries.to_vec())
    }

    #[test]
    fn dot_and_sum_merge_sorted_vectors() {
        let a = sparse(&[(1, 1.0), (3, 2.0), (7, 1.0)]);
        let b = sparse(&[(3, 4.0), (5, 1.0), (7, 2.0)]);
        assert_eq!(a.dot(&b), 10.0);
        let s = Sparse::sum(&[&a, &b]);
        assert_eq!(s, sparse(&[(1, 1.0), (3, 6.0), (5, 1.0), (7, 3.0)]));
    }

    #[test]
    fn transliterated_names_share_most_trigrams() {
        let mut interner = Interner::default();
        let a = sentence_features(&Sentence::new("Sergei Lavrov in Raqqa"), &mut interner);
        let b = sentence_features(&Sentence::new("Sergey Lavrov in Raqqah"), &mut interner);
        let idf = idf(&[&a, &b]);
        let s = Signals::between(
            &Passage::of_sentence(&a, &idf),
            &Passage::of_sentence(&b, &idf),
        );
        assert!(s.terms > 0.99, "aliases resolve both names: {s:?}");
        assert!(s.characters > 0.3, "{s:?}");
    }
}
