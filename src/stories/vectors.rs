//! Article vectors: what each article is about, as weighted terms.
//!
//! Each article becomes a unit-length sparse vector over the shared matching
//! vocabulary ([`crate::corpus::terms`]). A term's weight is
//! `field-weighted sublinear TF × name boost × IDF`:
//!
//! - **Fields.** News is written as an inverted pyramid: the headline and the
//!   first sentences (the lede) say who did what, when and where; the body adds
//!   background that many different stories share. Occurrences in the title and
//!   the lede therefore count [`TITLE_WEIGHT`] and [`LEAD_WEIGHT`] times.
//! - **Sublinear TF** (`1 + ln tf`): a word repeated ten times is not ten times
//!   as telling, and long articles should not drown short ones.
//! - **Names and numbers** ([`TermKind::Name`], [`TermKind::Alias`],
//!   [`TermKind::Number`]) say who, where and how many, so they get a mild
//!   [`NAME_BOOST`]. Mild, because names are also what *related* events share
//!   (Trump, North Korea): on the dev data boosts of 1.5 and 2.5 separated
//!   neighbouring events worse, at their best threshold, than 1.0 or 1.25.
//! - **IDF with a prior.** Document frequency is estimated as a rate shrunk
//!   towards a prior ([`PRIOR_DOCS`] pseudo-articles in which any content term
//!   occurs at rate [`PRIOR_RATE`]). In a corpus of thousands the corpus
//!   dominates; in a corpus of five, terms every article shares are not zeroed
//!   out, so five reports of one event still look alike.
//! - **Split-half similarity.** Each article's odd and even body sentences
//!   are also weighed as two half-texts and compared: how alike two texts
//!   about exactly the same thing look, for articles of this length and style
//!   under this corpus's weights. Grouping calibrates its threshold on it.

use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::corpus::Article;
use crate::corpus::terms::{TermKeys, TermKind, for_each_term_id, with_term_keys};
use crate::progress::{Progress, Silent, Stage};

/// How many times a title occurrence counts (headline states the event).
pub const TITLE_WEIGHT: f32 = 2.0;
/// How many times an occurrence in the lede counts.
pub const LEAD_WEIGHT: f32 = 2.0;
/// How many body sentences form the lede (standfirst plus the first paragraph).
pub const LEAD_SENTENCES: usize = 3;
/// Weight multiplier for names, aliases and numbers.
pub const NAME_BOOST: f32 = 1.25;
/// Strength of the IDF prior, in pseudo-articles: it outweighs a corpus of a
/// handful of articles, is on par with one of a few dozen, and fades beside
/// hundreds.
pub const PRIOR_DOCS: f32 = 30.0;
/// Prior share of articles a content term occurs in: a rare-ish word (stop
/// words are already gone), so that in a tiny corpus the terms every article
/// shares still count as telling rather than as background.
pub const PRIOR_RATE: f32 = 0.03;

/// A sparse vector: (term id, weight), sorted by term id.
pub type SparseVector = Vec<(u32, f32)>;

/// The vectors of a set of articles over their shared vocabulary.
#[derive(Debug, Clone, Default)]
pub struct ArticleVectors {
    /// Term keys, by term id.
    pub keys: Vec<String>,
    /// Document frequency, by term id.
    pub document_frequency: Vec<u32>,
    /// One unit-length vector per article, in input order.
    pub vectors: Vec<SparseVector>,
    /// Per article: cosine between its odd and even body sentences, if it
    /// has at least [`SPLIT_MIN_SENTENCES`] body sentences.
    pub split_half: Vec<Option<f32>>,
}

/// Fewest body sentences for a split-half similarity worth measuring.
pub const SPLIT_MIN_SENTENCES: usize = 4;

/// One term's field-weighted counts in one article: in the whole text, in
/// the odd body sentences and in the even ones.
#[derive(Debug, Clone, Copy, Default)]
struct Count {
    tf: [f32; 3],
    named: bool,
}

/// Which text a count is for.
#[derive(Debug, Clone, Copy)]
enum Part {
    Whole = 0,
    Odd = 1,
    Even = 2,
}

/// One thread's term counts for the article being counted, by the key id
/// of [`with_term_keys`], and the ids counted so far in first-seen order.
#[derive(Default)]
struct Counts {
    by_key: Vec<Count>,
    counted: Vec<u32>,
}

/// Rows of (term id, count), one per article.
type Row = Vec<(u32, Count)>;

/// An article's counts by the key ids of the cache that counted it,
/// sorted by term key, the keys of that cache this vocabulary was not
/// given yet, and how many body sentences the article has.
struct ArticleCounts {
    cache: u64,
    /// The id of the first new key, and the new keys in id order.
    new_keys: (u32, Vec<Box<str>>),
    terms: Vec<(u32, Count)>,
    body_sentences: usize,
}

/// How many of each cache's keys (by [`TermKeys::identity`]) one
/// vocabulary was given: caches are per thread, so other groupings
/// running meanwhile read the same caches.
type Published = Mutex<FxHashMap<u64, usize>>;

/// Term ids and document frequencies, assigned in article order.
#[derive(Default)]
struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
    keys: Vec<String>,
    document_frequency: Vec<u32>,
    /// What each counting cache's key ids are.
    caches: FxHashMap<u64, CacheKeys>,
}

/// One counting cache's keys, by its key id: the key until it is given a
/// term id, then the term id.
#[derive(Default)]
struct CacheKeys {
    names: Vec<Option<Box<str>>>,
    ids: Vec<u32>,
}

/// No term id yet.
const UNASSIGNED: u32 = u32::MAX;

impl Vocabulary {
    /// Gives every term of each article, in order, an id and counts its
    /// documents. Within an article terms are sorted by key, so ids are
    /// assigned in a fixed order. Every key an article's cache named is
    /// learnt first: threads count articles out of order, so a key can be
    /// used by an article before the one it was named with.
    fn add_documents(&mut self, counted: Vec<ArticleCounts>) -> Vec<(Row, bool)> {
        for article in &counted {
            let cache = self.caches.entry(article.cache).or_default();
            let (first, names) = &article.new_keys;
            let end = *first as usize + names.len();
            if cache.names.len() < end {
                cache.names.resize(end, None);
                cache.ids.resize(end, UNASSIGNED);
            }
            for (slot, name) in cache.names[*first as usize..end].iter_mut().zip(names) {
                *slot = Some(name.clone());
            }
        }
        counted
            .into_iter()
            .map(|article| {
                let splittable = article.body_sentences >= SPLIT_MIN_SENTENCES;
                (self.add_document(article.cache, article.terms), splittable)
            })
            .collect()
    }

    fn add_document(&mut self, cache: u64, entries: Vec<(u32, Count)>) -> Row {
        let keys = self
            .caches
            .get_mut(&cache)
            .expect("every cache names its keys");
        let mut row = Row::with_capacity(entries.len());
        for (local, count) in entries {
            let local = local as usize;
            let mut id = keys.ids[local];
            if id == UNASSIGNED {
                let name = keys.names[local].take().expect("each key is named once");
                id = match self.ids.get(&name) {
                    Some(&id) => id,
                    None => {
                        let id = self.keys.len() as u32;
                        self.keys.push(name.to_string());
                        self.ids.insert(name, id);
                        self.document_frequency.push(0);
                        id
                    }
                };
                keys.ids[local] = id;
            }
            self.document_frequency[id as usize] += 1;
            row.push((id, count));
        }
        row
    }
}

/// Articles are counted in chunks of this many, so the per-article maps of
/// a large corpus never all sit in memory at once.
const CHUNK: usize = 2048;

/// Builds the vectors of `articles` (in the given order, which callers make canonical).
pub fn article_vectors(articles: &[&Article]) -> ArticleVectors {
    article_vectors_with(articles, &Silent)
}

/// [`article_vectors`], reporting each chunk of articles counted to `progress`.
pub fn article_vectors_with(articles: &[&Article], progress: &dyn Progress) -> ArticleVectors {
    progress.start(Stage::Counting, articles.len());
    let mut vocabulary = Vocabulary::default();
    let published = Published::default();
    let mut rows: Vec<(Row, bool)> = Vec::with_capacity(articles.len());
    let mut add = |counts: Vec<ArticleCounts>| rows.extend(vocabulary.add_documents(counts));
    // Ids are given in article order, one chunk at a time, on one thread,
    // while the other threads count the next chunk.
    let mut counted: Vec<ArticleCounts> = Vec::new();
    for chunk in articles.chunks(CHUNK) {
        let previous = std::mem::take(&mut counted);
        let (next, ()) = rayon::join(
            || {
                chunk
                    .par_iter()
                    .map_init(Counts::default, |scratch, a| {
                        article_counts(a, scratch, &published)
                    })
                    .collect::<Vec<ArticleCounts>>()
            },
            || add(previous),
        );
        progress.advance(chunk.len());
        counted = next;
    }
    add(counted);
    // Sorted by term id once, so each weighing keeps that order.
    rows.par_iter_mut()
        .for_each(|(row, _)| row.sort_unstable_by_key(|&(id, _)| id));
    let idf = inverse_document_frequency(&vocabulary.document_frequency, rows.len());
    let vectors = rows
        .par_iter()
        .map(|(row, _)| weigh(row, &idf, Part::Whole))
        .collect();
    let split_half = rows
        .par_iter()
        .map(|(row, splittable)| {
            let halves = [Part::Odd, Part::Even].map(|part| weigh(row, &idf, part));
            splittable.then(|| dot(&halves[0], &halves[1]))
        })
        .collect();
    ArticleVectors {
        keys: vocabulary.keys,
        document_frequency: vocabulary.document_frequency,
        vectors,
        split_half,
    }
}

/// Field-weighted term counts of one article.
/// `counts` is scratch, empty on entry and on return, so its table is
/// allocated once per thread rather than regrown for every article.
fn article_counts(article: &Article, counts: &mut Counts, published: &Published) -> ArticleCounts {
    with_term_keys(|keys| {
        let mut body_sentences = 0;
        if let Some(title) = &article.title {
            add_terms(counts, keys, title, TITLE_WEIGHT, None);
        }
        for (i, sentence) in article.sentences().enumerate() {
            let weight = if i < LEAD_SENTENCES { LEAD_WEIGHT } else { 1.0 };
            let half = if i % 2 == 0 { Part::Odd } else { Part::Even };
            add_terms(counts, keys, &sentence.text, weight, Some(half));
            body_sentences += 1;
        }
        // Sorted here, on the worker threads, rather than when ids are assigned.
        counts.counted.sort_unstable_by(|&a, &b| keys.compare(a, b));
        let by_key = &mut counts.by_key;
        let terms = counts
            .counted
            .drain(..)
            .map(|id| (id, std::mem::take(&mut by_key[id as usize])))
            .collect();
        let cache = keys.identity();
        let first = {
            let mut published = published.lock().unwrap_or_else(PoisonError::into_inner);
            std::mem::replace(published.entry(cache).or_default(), keys.len())
        };
        ArticleCounts {
            cache,
            new_keys: (first as u32, keys.keys_from(first)),
            terms,
            body_sentences,
        }
    })
}

/// Adds the terms of `text` to the whole-text counts (and to one half's).
fn add_terms(
    counts: &mut Counts,
    keys: &mut TermKeys<'_>,
    text: &str,
    weight: f32,
    half: Option<Part>,
) {
    for_each_term_id(keys, text, |kind, _, id| {
        let id = id as usize;
        if id >= counts.by_key.len() {
            counts.by_key.resize(id + 1, Count::default());
        }
        let count = &mut counts.by_key[id];
        // Every weight is positive: a zero whole-text count is a new term.
        if count.tf[Part::Whole as usize] == 0.0 {
            counts.counted.push(id as u32);
        }
        count.tf[Part::Whole as usize] += weight;
        if let Some(half) = half {
            count.tf[half as usize] += weight;
        }
        count.named |= kind != TermKind::Word;
    });
}

/// IDF from a document-frequency rate shrunk towards the prior.
pub fn inverse_document_frequency(document_frequency: &[u32], articles: usize) -> Vec<f32> {
    let total = articles as f32 + PRIOR_DOCS;
    document_frequency
        .iter()
        .map(|&df| {
            (total / (df as f32 + PRIOR_DOCS * PRIOR_RATE))
                .ln()
                .max(0.0)
        })
        .collect()
}

/// Sublinear, boosted TF × IDF of one part, then scaled to unit length;
/// `row` is sorted by term id, and so is the vector.
fn weigh(row: &[(u32, Count)], idf: &[f32], part: Part) -> SparseVector {
    let mut vector: SparseVector = row
        .iter()
        .filter(|(_, count)| count.tf[part as usize] > 0.0)
        .map(|&(id, count)| {
            let boost = if count.named { NAME_BOOST } else { 1.0 };
            let tf = 1.0 + count.tf[part as usize].ln();
            (id, tf * boost * idf[id as usize])
        })
        .filter(|&(_, w)| w > 0.0)
        .collect();
    debug_assert!(vector.windows(2).all(|w| w[0].0 < w[1].0));
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        vector.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    vector
}

pub use crate::sparse::dot;

/// Sum of two sparse vectors sorted by term id.
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> SparseVector {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Paragraph, Sentence, load_demo};

    fn article(title: &str, sentences: &[&str]) -> Article {
        let mut article = load_demo().articles.remove(0);
        article.title = Some(title.to_string());
        article.paragraphs = vec![Paragraph {
            sentences: sentences.iter().map(|s| Sentence::new(*s)).collect(),
        }];
        article
    }

    #[test]
    fn vectors_are_unit_length_and_sorted_by_term() {
        let corpus = load_demo();
        let refs: Vec<&Article> = corpus.articles.iter().collect();
        let vectors = article_vectors(&refs);
        for v in &vectors.vectors {
            assert!((dot(v, v) - 1.0).abs() < 1e-4);
            assert!(v.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert_eq!(vectors.keys.len(), vectors.document_frequency.len());
    }

    /// Term ids are the same whichever thread counted an article, and
    /// whatever other groupings count on the same threads meanwhile.
    #[test]
    fn vectors_do_not_depend_on_threads_or_on_other_groupings_meanwhile() {
        let corpus = load_demo();
        let mut articles: Vec<&Article> = corpus.articles.iter().collect();
        // Enough articles for several chunks and threads.
        articles = articles
            .iter()
            .cycle()
            .take(CHUNK * 2 + 7)
            .copied()
            .collect();
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let expected = one_thread.install(|| article_vectors(&articles));
        std::thread::scope(|scope| {
            let runs: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| article_vectors(&articles)))
                .collect();
            for run in runs {
                let got = run.join().expect("no grouping panics");
                assert_eq!(got.keys, expected.keys);
                assert_eq!(got.document_frequency, expected.document_frequency);
                assert_eq!(got.vectors, expected.vectors);
                assert_eq!(got.split_half, expected.split_half);
            }
        });
    }

    #[test]
    fn the_idf_prior_keeps_shared_terms_telling_in_tiny_corpora_only() {
        let tiny = inverse_document_frequency(&[5, 1], 5);
        assert!(tiny[0] > 0.5 * tiny[1], "{tiny:?}");
        let large = inverse_document_frequency(&[5000, 1], 10_000);
        assert!(large[0] < 0.1 * large[1], "{large:?}");
    }

    #[test]
    fn split_half_similarity_needs_enough_sentences() {
        let short = article("Talks", &["Talks began.", "Talks ended."]);
        let long = article(
            "Tariffs delayed",
            &[
                "The White House delayed steel tariffs on Canada.",
                "Steel tariffs on Mexico were delayed too.",
                "Canada welcomed the delay of the steel tariffs.",
                "Mexico said the tariffs should go.",
            ],
        );
        let vectors = article_vectors(&[&short, &long]);
        assert_eq!(vectors.split_half[0], None);
        let similarity = vectors.split_half[1].expect("four sentences");
        assert!(similarity > 0.2, "{similarity}");
    }

    #[test]
    fn sums_merge_by_term() {
        assert_eq!(
            add(&[(0, 1.0), (2, 1.0)], &[(1, 2.0), (2, 3.0)]),
            [(0, 1.0), (1, 2.0), (2, 4.0)]
        );
    }
}
