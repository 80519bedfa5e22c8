//! Stories: groups of articles that report the same event.
//!
//! "Same event" is narrower than "same topic": two press conferences by the
//! same minister on the same subject three weeks apart are two stories. The
//! method, with the reason for every default, is:
//!
//! 1. **Vectors** ([`vectors`]): TF-IDF over title, lede and body, with the
//!    title and lede counting more, names and numbers boosted, sublinear TF,
//!    and an IDF shrunk towards a prior so tiny corpora still work.
//! 2. **Candidates** ([`neighbours`]): an inverted index over terms that are
//!    not too common proposes, for each article, the few articles worth an
//!    exact cosine, so the cost stays far below N².
//! 3. **Grouping** ([`linkage`]): average linkage, merging two groups only if
//!    the mean similarity over all their cross pairs reaches a threshold
//!    calibrated on the corpus itself ([`min_similarity`]), and only if their
//!    dated articles stay within [`DEFAULT_MAX_DAYS_APART`] of each other.
//!    Undated articles never block a merge.
//! 4. **Explanation** ([`explain`]): cohesion, the most central article's
//!    title as the label, and per member the terms it shares most with the
//!    rest, spelled as the articles spell them.
//!
//! Articles are processed in a canonical order (by id, then path), so the
//! result does not depend on the order they were given in. Story ids are
//! `s1`, `s2`, … in output order: the same corpus always gives the same ids.
//!
//! ```
//! use storydiff::stories::{group_stories, StoryOptions};
//! let corpus = storydiff::corpus::load_demo();
//! let stories = group_stories(&corpus.articles, &StoryOptions::default());
//! assert_eq!(stories[0].members.len(), 2); // one press conference, two reports
//! assert_eq!(stories.len(), 4);
//! assert_eq!(stories[0].id, "s1");
//! ```

pub mod eval;
pub mod evidence;
pub mod explain;
pub mod linkage;
pub mod neighbours;
pub mod threads;
pub mod vectors;

pub use threads::Thread;

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use rayon::prelude::*;

use crate::corpus::Article;
use crate::progress::{Progress, Silent, Stage};

/// Share of the corpus's split-half similarity that two groups must reach,
/// on average over their cross pairs, to be one story. See [`min_similarity`].
pub const SPLIT_HALF_SHARE: f32 = 2.0 / 3.0;

/// Minimum similarity used when no article is long enough to measure the
/// split-half similarity: two thirds of the 0.3 that full-length news
/// articles typically show.
pub const FALLBACK_MIN_SIMILARITY: f32 = 0.2;

/// Bounds on the calibrated minimum similarity, against degenerate corpora
/// (one-sentence texts below, near-copies above).
pub const MIN_SIMILARITY_BOUNDS: (f32, f32) = (0.05, 0.35);

/// Default date window: dated articles of one story are at most this many
/// days apart. A news cycle runs its course within a week: dailies report an
/// event the same or the next day, weeklies and follow-ups within seven days.
/// Coverage further apart is a new development, i.e. a new event.
pub const DEFAULT_MAX_DAYS_APART: u32 = 7;

/// Settings for [`group_stories`].
#[derive(Debug, Clone, PartialEq)]
pub struct StoryOptions {
    /// Minimum mean cosine similarity between two groups for them to merge;
    /// `None` calibrates it on the corpus ([`min_similarity`]).
    pub min_similarity: Option<f32>,
    /// Maximum days between the earliest and latest dated article of a story;
    /// `None` ignores dates. Undated articles are never held back by it.
    pub max_days_apart: Option<u32>,
}

impl Default for StoryOptions {
    fn default() -> Self {
        Self {
            min_similarity: None,
            max_days_apart: Some(DEFAULT_MAX_DAYS_APART),
        }
    }
}

/// One article's place in a story.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryMember {
    /// Index into the article slice given to [`group_stories`].
    pub article: usize,
    /// Why it was grouped: the words it shares most strongly with the other
    /// members, heaviest first, as they are written. Empty for a lone article.
    pub shared_terms: Vec<String>,
}

/// A group of articles reporting the same event.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// `s1`, `s2`, … in the order stories are returned (largest first).
    pub id: String,
    /// The title of the most central article, or else the story's top terms.
    pub label: String,
    /// The articles, by date (undated last), then by article id.
    pub members: Vec<StoryMember>,
    /// Mean pairwise cosine similarity of the members, 0..=1 (1 when alone).
    pub cohesion: f32,
}

impl Story {
    /// Indices of the member articles, in member order.
    pub fn articles(&self) -> impl Iterator<Item = usize> + '_ {
        self.members.iter().map(|m| m.article)
    }

    /// The story's articles themselves, in member order.
    pub fn members_in<'a>(&self, articles: &'a [Article]) -> Vec<&'a Article> {
        self.articles().map(|i| &articles[i]).collect()
    }
}

/// Stories and the threads they form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grouping {
    /// Stories, as [`group_stories`] returns them.
    pub stories: Vec<Story>,
    /// Threads, every story in exactly one ([`threads`]).
    pub threads: Vec<Thread>,
}

impl Grouping {
    /// The thread index of each story, by story index.
    pub fn thread_of_story(&self) -> Vec<usize> {
        threads::thread_of_story(&self.threads, self.stories.len())
    }
}

/// Groups articles that report the same event. Every article lands in
/// exactly one story. Stories come largest first, then by earliest date
/// (undated last), then by their first article id.
pub fn group_stories(articles: &[Article], options: &StoryOptions) -> Vec<Story> {
    group_stories_with(articles, options, &Silent)
}

/// [`group_stories`], reporting the articles counted and compared to `progress`.
pub fn group_stories_with(
    articles: &[Article],
    options: &StoryOptions,
    progress: &dyn Progress,
) -> Vec<Story> {
    Seeds::new(articles, options, progress).stories(articles, Terms::Shared)
}

/// Groups articles into stories and stories into threads.
pub fn group(articles: &[Article], options: &StoryOptions) -> Grouping {
    group_with(articles, options, &Silent)
}

/// [`group`], reporting its progress to `progress`.
pub fn group_with(
    articles: &[Article],
    options: &StoryOptions,
    progress: &dyn Progress,
) -> Grouping {
    grouping(articles, options, progress, Terms::Shared)
}

/// [`group_with`] without the terms each member shares with the rest
/// ([`StoryMember::shared_terms`] is left empty), for reports that show
/// only stories, labels and cohesion: finding how the shared terms are
/// written means reading every article's words once more.
///
/// ```
/// use storydiff::stories::{group, group_unexplained_with, StoryOptions};
/// use storydiff::progress::Silent;
/// let corpus = storydiff::corpus::load_demo();
/// let options = StoryOptions::default();
/// let full = group(&corpus.articles, &options);
/// let lean = group_unexplained_with(&corpus.articles, &options, &Silent);
/// assert!(lean.stories.iter().flat_map(|s| &s.members).all(|m| m.shared_terms.is_empty()));
/// assert_eq!(lean.stories.len(), full.stories.len());
/// assert_eq!(lean.stories[0].label, full.stories[0].label);
/// ```
pub fn group_unexplained_with(
    articles: &[Article],
    options: &StoryOptions,
    progress: &dyn Progress,
) -> Grouping {
    grouping(articles, options, progress, Terms::LabelOnly)
}

/// Which readable terms a story gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terms {
    /// Each member's shared terms, and the label's when it needs them.
    Shared,
    /// Only the label's, when the central article has no title.
    LabelOnly,
}

fn grouping(
    articles: &[Article],
    options: &StoryOptions,
    progress: &dyn Progress,
    terms: Terms,
) -> Grouping {
    let seeds = Seeds::new(articles, options, progress);
    let stories = seeds.stories(articles, terms);
    let mut position = vec![0; articles.len()];
    for (p, &i) in seeds.order.iter().enumerate() {
        position[i] = p;
    }
    let threads = threads::group_threads(
        &stories,
        articles,
        &seeds.vectors,
        &position,
        seeds.threshold,
    );
    Grouping { stories, threads }
}

/// What grouping computes once: the canonical order, vectors, threshold
/// and the article groups.
struct Seeds {
    order: Vec<usize>,
    vectors: vectors::ArticleVectors,
    threshold: f32,
    groups: Vec<Vec<usize>>,
}

impl Seeds {
    /// Vectors, candidates, evidence conflicts and average linkage.
    fn new(articles: &[Article], options: &StoryOptions, progress: &dyn Progress) -> Self {
        let order = canonical_order(articles);
        let ordered: Vec<&Article> = order.iter().map(|&i| &articles[i]).collect();
        let vectors = vectors::article_vectors_with(&ordered, progress);
        let threshold = options
            .min_similarity
            .unwrap_or_else(|| min_similarity(&vectors));
        let edges = neighbours::similar_pairs_with(&vectors, threshold, progress);
        progress.start(Stage::Linking, 1);
        let conflicts = evidence::Evidence::new(&ordered, &vectors).conflicts(&edges);
        let dates: Vec<Option<Date>> = ordered.iter().map(|a| a.date).collect();
        let groups = linkage::average_linkage(&linkage::Inputs {
            vectors: &vectors.vectors,
            dates: &dates,
            edges: &edges,
            conflicts: &conflicts,
            threshold,
            max_days_apart: options.max_days_apart.map(i64::from),
        });
        progress.advance(1);
        Seeds {
            order,
            vectors,
            threshold,
            groups,
        }
    }

    /// The stories, sorted and numbered.
    fn stories(&self, articles: &[Article], terms: Terms) -> Vec<Story> {
        let mut stories: Vec<Story> = self
            .groups
            .par_iter()
            .map(|group| build_story(group, &self.order, articles, &self.vectors, terms))
            .collect();
        stories.sort_by(|a, b| story_order(a, b, articles));
        for (i, story) in stories.iter_mut().enumerate() {
            story.id = format!("s{}", i + 1);
        }
        stories
    }
}

/// The calibrated minimum similarity: [`SPLIT_HALF_SHARE`] of the median
/// split-half similarity of the articles.
///
/// Cosine similarity has no fixed scale: short texts, long texts and large
/// or small corpora (through IDF) give different values for the same
/// relation. Comparing each article's odd sentences with its even ones
/// measures, in this corpus and under its weights, how alike two texts about
/// exactly the same thing look. Reports of one event by different outlets
/// pick different quotes and background, so they reach only part of that;
/// reports of merely related events reach much less. The median over
/// articles is robust to a few list-like or one-paragraph texts, and unlike
/// a background level from random pairs it does not move with how varied
/// the corpus's topics are.
pub fn min_similarity(vectors: &vectors::ArticleVectors) -> f32 {
    let mut halves: Vec<f32> = vectors.split_half.iter().flatten().copied().collect();
    if halves.is_empty() {
        return FALLBACK_MIN_SIMILARITY;
    }
    halves.sort_by(f32::total_cmp);
    let middle = halves.len() / 2;
    let median = if halves.len().is_multiple_of(2) {
        (halves[middle - 1] + halves[middle]) / 2.0
    } else {
        halves[middle]
    };
    let (low, high) = MIN_SIMILARITY_BOUNDS;
    (SPLIT_HALF_SHARE * median).clamp(low, high)
}

/// Article indices sorted by id, then path, then position (for duplicate ids).
fn canonical_order(articles: &[Article]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| (&articles[i].id, &articles[i].path);
        key(a).cmp(&key(b)).then(a.cmp(&b))
    });
    order
}

/// Turns a group of canonical positions into a story (id assigned later).
fn build_story(
    group: &[usize],
    order: &[usize],
    articles: &[Article],
    vectors: &vectors::ArticleVectors,
    terms: Terms,
) -> Story {
    let mut group = group.to_vec();
    group.sort_by(|&a, &b| member_order(&articles[order[a]], &articles[order[b]]));
    let members: Vec<&vectors::SparseVector> = group.iter().map(|&p| &vectors.vectors[p]).collect();
    let mut why = explain::explain(&members);
    let texts: Vec<&Article> = group.iter().map(|&p| &articles[order[p]]).collect();
    let title = texts[why.central]
        .title
        .clone()
        .filter(|t| !t.trim().is_empty());
    if terms == Terms::LabelOnly {
        why.shared.iter_mut().for_each(Vec::clear);
    }
    let label_terms: &[u32] = if title.is_some() { &[] } else { &why.top };
    let shown = readable_terms(
        &texts,
        why.shared.iter().flatten().chain(label_terms),
        &vectors.keys,
    );
    let show = |ids: &[u32], limit: usize| -> Vec<String> {
        let mut words: Vec<String> = Vec::with_capacity(limit);
        for id in ids {
            if words.len() < limit && !words.contains(&shown[id]) {
                words.push(shown[id].clone());
            }
        }
        words
    };
    let label = title.unwrap_or_else(|| show(&why.top, explain::LABEL_TERMS).join(", "));
    Story {
        id: String::new(),
        label,
        members: group
            .iter()
            .zip(&why.shared)
            .map(|(&p, shared)| StoryMember {
                article: order[p],
                shared_terms: show(shared, explain::SHARED_TERMS),
            })
            .collect(),
        cohesion: why.cohesion,
    }
}

/// How each term the explanation mentions is shown: as the story's
/// articles most often write it, or as its key if they never do.
fn readable_terms<'a>(
    texts: &[&Article],
    ids: impl Iterator<Item = &'a u32>,
    keys: &[String],
) -> HashMap<u32, String> {
    let ids: HashSet<u32> = ids.copied().collect();
    if ids.is_empty() {
        return HashMap::new();
    }
    let wanted: HashSet<&str> = ids.iter().map(|&id| keys[id as usize].as_str()).collect();
    let forms = explain::surface_forms(texts, &wanted);
    ids.into_iter()
        .map(|id| {
            let key = &keys[id as usize];
            (id, forms.get(key).unwrap_or(key).clone())
        })
        .collect()
}

/// Dated articles first, by date, then by id.
fn member_order(a: &Article, b: &Article) -> std::cmp::Ordering {
    (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id))
}

/// Larger stories first, then the earliest (undated last), then by first article id.
fn story_order(a: &Story, b: &Story, articles: &[Article]) -> std::cmp::Ordering {
    let earliest = |s: &Story| s.articles().filter_map(|i| articles[i].date).min();
    let first_id = |s: &Story| s.articles().map(|i| articles[i].id.as_str()).min();
    b.members
        .len()
        .cmp(&a.members.len())
        .then_with(|| {
            let (x, y) = (earliest(a), earliest(b));
            (x.is_none(), x).cmp(&(y.is_none(), y))
        })
        .then_with(|| first_id(a).cmp(&first_id(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_demo;

    fn with_split_halves(halves: &[Option<f32>]) -> vectors::ArticleVectors {
        vectors::ArticleVectors {
            split_half: halves.to_vec(),
            ..Default::default()
        }
    }

    #[test]
    fn the_threshold_is_a_share_of_the_median_split_half_similarity() {
        let v = with_split_halves(&[Some(0.2), None, Some(0.3), Some(0.4)]);
        assert!((min_similarity(&v) - SPLIT_HALF_SHARE * 0.3).abs() < 1e-6);
    }

    #[test]
    fn short_texts_fall_back_and_extremes_are_bounded() {
        assert_eq!(
            min_similarity(&with_split_halves(&[None])),
            FALLBACK_MIN_SIMILARITY
        );
        let copies = with_split_halves(&[Some(1.0)]);
        assert_eq!(min_similarity(&copies), MIN_SIMILARITY_BOUNDS.1);
    }

    #[test]
    fn an_explicit_threshold_overrides_the_calibration() {
        let corpus = load_demo();
        let with = |threshold| StoryOptions {
            min_similarity: Some(threshold),
            max_days_apart: None,
        };
        let count = |options: &StoryOptions| group_stories(&corpus.articles, options).len();
        assert_eq!((count(&with(1.0)), count(&StoryOptions::default())), (5, 4));
        // At no threshold at all, only conflicts keep events apart: the
        // demo's four events conflict pairwise (days, occasions) and stay 4.
        assert_eq!(count(&with(0.0)), 4);
    }

    #[test]
    fn equal_sized_stories_come_by_earliest_date_then_undated() {
        let mut articles = load_demo().articles;
        articles[4].date = None;
        let apart = StoryOptions {
            min_similarity: Some(1.1),
            ..StoryOptions::default()
        };
        let stories = group_stories(&articles, &apart);
        let firsts: Vec<&str> = stories
            .iter()
            .map(|s| &articles[s.members[0].article].id[..3])
            .collect();
        assert_eq!(firsts, ["003", "000", "001", "002", "004"]);
        assert!(stories.iter().all(|s| s.cohesion == 1.0));
    }

    #[test]
    fn an_empty_corpus_has_no_stories() {
        assert!(group_stories(&[], &StoryOptions::default()).is_empty());
    }
}
