//! Sentence features for alignment and the similarity of two passages.
//!
//! A passage (one to three consecutive sentences) is compared on three
//! complementary signals:
//! - **terms**: IDF-weighted cosine over stemmed, alias-resolved content terms
//!   (tolerates inflection, naming variants and quote style);
//! - **characters**: cosine over character trigrams of the content words
//!   (tolerates transliteration: Sergei/Sergey, Raqqa/Raqqah);
//! - **anchors**: overlap of names, aliases and numbers, which paraphrases and
//!   translations keep even when every verb changes.

use std::collections::HashMap;

use crate::corpus::Sentence;
use crate::corpus::terms::{self, TermKind, fold_word, is_stop_word};

/// A sparse weighted vector keyed by interned feature ids.
pub type Sparse = HashMap<u32, f32>;

/// What alignment knows about one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceFeatures {
    /// Term ids with their raw counts.
    pub terms: HashMap<u32, f32>,
    /// Anchor term ids (names, aliases, numbers).
    pub anchors: HashMap<u32, f32>,
    /// Character trigram ids with counts.
    pub trigrams: HashMap<u32, f32>,
    /// Number of words, for the shared-text summary and length ratios.
    pub words: usize,
}

/// Interns strings to small ids so vectors are cheap to compare.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(key.to_string(), id);
        id
    }
}

/// Extracts the features of one sentence.
pub fn sentence_features(sentence: &Sentence, interner: &mut Interner) -> SentenceFeatures {
    let mut features = SentenceFeatures {
        words: terms::words(&sentence.text).count(),
        ..SentenceFeatures::default()
    };
    for term in terms::terms(&sentence.text) {
        let id = interner.id(&term.key);
        *features.terms.entry(id).or_default() += 1.0;
        if matches!(
            term.kind,
            TermKind::Name | TermKind::Alias | TermKind::Number
        ) {
            *features.anchors.entry(id).or_default() += 1.0;
        }
    }
    for word in terms::words(&sentence.text) {
        let folded = fold_word(word);
        if is_stop_word(&folded) {
            continue;
        }
        let padded: Vec<char> = format!(" {folded} ").chars().collect();
        for gram in padded.windows(3) {
            let key: String = std::iter::once('#').chain(gram.iter().copied()).collect();
            *features.trigrams.entry(interner.id(&key)).or_default() += 1.0;
        }
    }
    features
}

/// Inverse document frequencies over a set of sentences (each a document),
/// smoothed so a term in every sentence still counts a little.
pub fn idf(features: &[&SentenceFeatures]) -> HashMap<u32, f32> {
    let mut df: HashMap<u32, f32> = HashMap::new();
    for f in features {
        for &id in f.terms.keys().chain(f.trigrams.keys()) {
            *df.entry(id).or_default() += 1.0;
        }
    }
    let n = features.len() as f32;
    df.into_iter()
        .map(|(id, d)| (id, (1.0 + n / d).ln()))
        .collect()
}

/// A passage: the features of consecutive sentences summed, then weighted.
#[derive(Debug, Clone, Default)]
pub struct Passage {
    terms: Sparse,
    anchors: Sparse,
    trigrams: Sparse,
    terms_norm: f32,
    trigrams_norm: f32,
    anchor_mass: f32,
    /// Words in the passage.
    pub words: usize,
}

impl Passage {
    /// Builds a passage from sentences, weighting by `idf`.
    pub fn new(parts: &[&SentenceFeatures], idf: &HashMap<u32, f32>) -> Self {
        let mut passage = Passage::default();
        for part in parts {
            add_weighted(&mut passage.terms, &part.terms, idf);
            add_weighted(&mut passage.anchors, &part.anchors, idf);
            add_weighted(&mut passage.trigrams, &part.trigrams, idf);
            passage.words += part.words;
        }
        passage.terms_norm = norm(&passage.terms);
        passage.trigrams_norm = norm(&passage.trigrams);
        passage.anchor_mass = passage.anchors.values().sum();
        passage
    }
}

/// Sublinear term frequency times IDF, summed into `into`.
fn add_weighted(into: &mut Sparse, counts: &HashMap<u32, f32>, idf: &HashMap<u32, f32>) {
    for (&id, &count) in counts {
        let weight = (1.0 + count.ln()) * idf.get(&id).copied().unwrap_or(1.0);
        *into.entry(id).or_default() += weight;
    }
}

fn norm(v: &Sparse) -> f32 {
    v.values().map(|x| x * x).sum::<f32>().sqrt()
}

fn dot(a: &Sparse, b: &Sparse) -> f32 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .filter_map(|(id, x)| large.get(id).map(|y| x * y))
        .sum()
}

/// The three similarity signals of two passages, each in 0..1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signals {
    /// IDF-weighted cosine of content terms.
    pub terms: f32,
    /// IDF-weighted cosine of character trigrams.
    pub characters: f32,
    /// Weighted overlap of names, aliases and numbers (Dice); None when
    /// neither side has any.
    pub anchors: Option<f32>,
}

impl Signals {
    /// Measures two passages.
    pub fn between(a: &Passage, b: &Passage) -> Self {
        let cosine = |x: &Sparse, y: &Sparse, nx: f32, ny: f32| {
            if nx == 0.0 || ny == 0.0 {
                0.0
            } else {
                (dot(x, y) / (nx * ny)).clamp(0.0, 1.0)
            }
        };
        let anchors = (a.anchor_mass + b.anchor_mass > 0.0).then(|| {
            let shared: f32 = a
                .anchors
                .iter()
                .filter_map(|(id, x)| b.anchors.get(id).map(|y| x.min(*y)))
                .sum();
            (2.0 * shared / (a.anchor_mass + b.anchor_mass)).clamp(0.0, 1.0)
        });
        Signals {
            terms: cosine(&a.terms, &b.terms, a.terms_norm, b.terms_norm),
            characters: cosine(&a.trigrams, &b.trigrams, a.trigrams_norm, b.trigrams_norm),
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
