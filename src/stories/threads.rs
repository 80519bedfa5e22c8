//! Threads: stories of one developing subject, linked across time.
//!
//! A story is one event; a thread follows a subject through its events
//! (successive missile launches, a breach and its aftermath). Threads are
//! built over whole stories, never over articles, so they cannot change
//! which articles share a story. Each story is represented by its mean
//! article vector, and stories are grouped by the same average linkage as
//! articles, with a looser bar and no evidence check: a subject continues
//! when its stories' articles are on average at least [`THREAD_SHARE`] as
//! alike as two reports of one event must be. A subject also ends when the
//! news falls silent on it: a thread is cut wherever more than
//! [`THREAD_SILENCE_DAYS`] pass between its dated stories, so two stories
//! that share a famous name years apart are not one developing story.
//! Every story is in exactly one thread.
//!
//! A thread is labelled by its most central story: the one whose articles
//! are on average most like those of the thread's other stories, as a story
//! is labelled by its most central article. The first event of a subject is
//! often a side-show of what the subject became; the central one names it.

use jiff::civil::Date;
use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use crate::corpus::{Article, StoryKey};

use super::linkage::{self, Inputs};
use super::neighbours::{self, Edge};
use super::vectors::{ArticleVectors, SparseVector, add, dot};
use super::{Story, StoryMember};

/// Share of the story threshold that stories of one thread must reach, on
/// average over their articles' cross pairs. One half: related events share
/// the subject's names and vocabulary but not the event's particulars, so
/// they reach roughly half of what reports of one event do.
pub const THREAD_SHARE: f32 = 0.5;

/// Longest silence inside a thread, in days: when no story of a subject
/// appears for more than half a year, what follows is a new subject that
/// shares its words, not the same story developing (a president's
/// interview and, years later, a sanction he lifted). Half a year, not
/// weeks: a corpus that samples a few events of a long affair (an inquiry,
/// a war) may leave months between them.
pub const THREAD_SILENCE_DAYS: i64 = 183;

/// A developing subject: one or more stories, by date.
#[derive(Debug, Clone, PartialEq)]
pub struct Thread {
    /// `t1`, `t2`, … (most stories first, then most articles, then earliest).
    pub id: String,
    /// The label of the thread's most central story (see the module docs).
    pub label: String,
    /// Indices into the stories, earliest first (undated last).
    pub stories: Vec<usize>,
    /// The earliest and latest article dates, if any article is dated.
    pub first: Option<Date>,
    /// See `first`.
    pub last: Option<Date>,
}

impl Thread {
    /// The thread's stable key: a hash of its stories' keys, in any order.
    pub fn key(&self, stories: &[Story], articles: &[Article]) -> String {
        let mut keys: Vec<String> = self
            .stories
            .iter()
            .map(|&s| StoryKey::of(stories[s].articles().map(|i| articles[i].key())).to_string())
            .collect();
        keys.sort_unstable();
        format!(
            "{:016x}",
            xxh3_64(format!("thread\0{}", keys.join("\0")).as_bytes())
        )
    }
}

/// Groups `stories` into threads. `vectors` are the articles' vectors in
/// canonical order and `position` maps an article index to that order.
pub fn group_threads(
    stories: &[Story],
    articles: &[Article],
    vectors: &ArticleVectors,
    position: &[usize],
    story_threshold: f32,
) -> Vec<Thread> {
    let centroids: Vec<SparseVector> = stories
        .par_iter()
        .map(|s| mean_vector(s, vectors, position))
        .collect();
    let threshold = THREAD_SHARE * story_threshold;
    let edges = story_edges(&centroids, vectors, threshold);
    let dates = vec![None; stories.len()];
    let groups = linkage::average_linkage(&Inputs {
        vectors: &centroids,
        dates: &dates,
        edges: &edges,
        conflicts: &[],
        threshold,
        max_days_apart: None,
    });
    let spans: Vec<Span> = stories.iter().map(|s| span(s, articles)).collect();
    let mut threads: Vec<Thread> = groups
        .into_iter()
        .flat_map(|g| split_at_silences(g, &spans, &centroids))
        .map(|g| build_thread(g, stories, &spans, &centroids))
        .collect();
    threads.sort_by(|a, b| thread_order(a, b, stories));
    for (i, thread) in threads.iter_mut().enumerate() {
        thread.id = format!("t{}", i + 1);
    }
    threads
}

/// The thread each story is in, by story index.
pub fn thread_of_story(threads: &[Thread], stories: usize) -> Vec<usize> {
    let mut of = vec![0; stories];
    for (t, thread) in threads.iter().enumerate() {
        for &s in &thread.stories {
            of[s] = t;
        }
    }
    of
}

/// A story's mean article vector: the dot product of two stories' means is
/// the mean similarity over their articles' cross pairs.
fn mean_vector(story: &Story, vectors: &ArticleVectors, position: &[usize]) -> SparseVector {
    let sum = story
        .members
        .iter()
        .map(|m: &StoryMember| &vectors.vectors[position[m.article]])
        .fold(SparseVector::new(), |sum, v| add(&sum, v));
    let n = story.members.len().max(1) as f32;
    sum.into_iter().map(|(id, w)| (id, w / n)).collect()
}

/// Candidate pairs of stories, found by the same index as article pairs.
fn story_edges(centroids: &[SparseVector], vectors: &ArticleVectors, floor: f32) -> Vec<Edge> {
    let mut document_frequency = vec![0u32; vectors.keys.len()];
    for centroid in centroids {
        for &(id, _) in centroid {
            document_frequency[id as usize] += 1;
        }
    }
    neighbours::similar_pairs_among(centroids, &document_frequency, floor)
}

/// A story's earliest and latest article dates (both `None` when undated).
type Span = (Option<Date>, Option<Date>);

/// The [`Span`] of a story's dated articles.
fn span(story: &Story, articles: &[Article]) -> Span {
    let dates = story.articles().filter_map(|i| articles[i].date);
    dates.fold((None, None), |(first, last), d| {
        (
            Some(first.map_or(d, |f: Date| f.min(d))),
            Some(last.map_or(d, |l: Date| l.max(d))),
        )
    })
}

/// Cuts a group of stories wherever more than [`THREAD_SILENCE_DAYS`] pass
/// between the end of the dated stories so far and the next one's start.
/// An undated story joins the part whose stories are on average most like
/// it (the earliest part on a tie); a group with no such silence is
/// returned whole.
fn split_at_silences(
    group: Vec<usize>,
    spans: &[Span],
    centroids: &[SparseVector],
) -> Vec<Vec<usize>> {
    let (mut dated, undated): (Vec<usize>, Vec<usize>) =
        group.iter().partition(|&&s| spans[s].0.is_some());
    dated.sort_by_key(|&s| (spans[s].0, s));
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut end: Option<Date> = None;
    for s in dated {
        let (first, last) = (spans[s].0.unwrap(), spans[s].1.unwrap());
        let silent = end.is_some_and(|e| linkage::days_between(e, first) > THREAD_SILENCE_DAYS);
        match parts.last_mut() {
            Some(part) if !silent => part.push(s),
            _ => parts.push(vec![s]),
        }
        end = Some(end.map_or(last, |e| e.max(last)));
    }
    if parts.len() <= 1 {
        return vec![group];
    }
    let sums: Vec<SparseVector> = parts
        .iter()
        .map(|p| {
            p.iter()
                .fold(SparseVector::new(), |sum, &s| add(&sum, &centroids[s]))
        })
        .collect();
    for s in undated {
        let closeness = |p: usize| dot(&centroids[s], &sums[p]) / parts[p].len() as f32;
        let best = (1..parts.len()).fold(0, |best, p| {
            if closeness(p) > closeness(best) {
                p
            } else {
                best
            }
        });
        parts[best].push(s);
    }
    parts
}

/// A thread of the given stories (id assigned later).
fn build_thread(
    mut group: Vec<usize>,
    stories: &[Story],
    spans: &[Span],
    centroids: &[SparseVector],
) -> Thread {
    group.sort_by_key(|&s| {
        let first = spans[s].0;
        (first.is_none(), first, s)
    });
    let first = group.iter().filter_map(|&s| spans[s].0).min();
    let last = group.iter().filter_map(|&s| spans[s].1).max();
    let central = central_story(&group, stories, centroids);
    Thread {
        id: String::new(),
        label: stories[central].label.clone(),
        stories: group,
        first,
        last,
    }
}

/// The story of `group` (sorted earliest first) whose mean vector is most
/// like the other stories' (the mean similarity of their articles' cross
/// pairs); ties go to the story with more articles, then the earliest.
fn central_story(group: &[usize], stories: &[Story], centroids: &[SparseVector]) -> usize {
    let sum = group
        .iter()
        .fold(SparseVector::new(), |sum, &s| add(&sum, &centroids[s]));
    // A story's similarity to all the others: to the sum, less itself.
    let closeness = |s: usize| dot(&centroids[s], &sum) - dot(&centroids[s], &centroids[s]);
    let mut best = group[0];
    let mut best_closeness = closeness(best);
    for &s in &group[1..] {
        let c = closeness(s);
        let better = c > best_closeness
            || (c == best_closeness && stories[s].members.len() > stories[best].members.len());
        if better {
            (best, best_closeness) = (s, c);
        }
    }
    best
}

/// Most stories first, then most articles, then earliest (undated last),
/// then by the first story's position.
fn thread_order(a: &Thread, b: &Thread, stories: &[Story]) -> std::cmp::Ordering {
    let articles =
        |t: &Thread| -> usize { t.stories.iter().map(|&s| stories[s].members.len()).sum() };
    let lowest = |t: &Thread| t.stories.iter().min().copied();
    b.stories
        .len()
        .cmp(&a.stories.len())
        .then_with(|| articles(b).cmp(&articles(a)))
        .then_with(|| (a.first.is_none(), a.first).cmp(&(b.first.is_none(), b.first)))
        .then_with(|| lowest(a).cmp(&lowest(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_demo;
    use crate::stories::{StoryOptions, group};

    #[test]
    fn the_demo_is_one_thread_of_its_four_stories_earliest_first() {
        let corpus = load_demo();
        let grouping = group(&corpus.articles, &StoryOptions::default());
        assert_eq!(grouping.threads.len(), 1);
        let thread = &grouping.threads[0];
        assert_eq!(thread.id, "t1");
        let ids: Vec<&str> = thread
            .stories
            .iter()
            .map(|&s| grouping.stories[s].id.as_str())
            .collect();
        assert_eq!(ids, ["s2", "s1", "s3", "s4"]);
        // Labelled by its most central story, the press conference, not by
        // its earliest (MESOP's report of another event).
        let s1 = grouping.stories.iter().find(|s| s.id == "s1").unwrap();
        assert_eq!(thread.label, s1.label);
        assert_ne!(thread.label, grouping.stories[thread.stories[0]].label);
        assert_eq!(thread.first.unwrap().to_string(), "2017-06-11");
        assert_eq!(thread.last.unwrap().to_string(), "2017-12-28");
    }

    #[test]
    fn unrelated_stories_are_threads_of_their_own() {
        let corpus = load_demo();
        let mut articles = corpus.articles.clone();
        articles.push(Article::from_paragraphs(
            "rain",
            vec![vec![
                "Heavy rain flooded the valley farms overnight.".into(),
            ]],
        ));
        let grouping = group(&articles, &StoryOptions::default());
        assert_eq!(grouping.threads.len(), 2);
        let alone = &grouping.threads[1];
        assert_eq!(alone.stories.len(), 1);
        assert_eq!((alone.first, alone.last), (None, None));
        let of = grouping.thread_of_story();
        assert_eq!(of[alone.stories[0]], 1);
    }

    #[test]
    fn the_key_depends_on_the_stories_not_their_order() {
        let corpus = load_demo();
        let grouping = group(&corpus.articles, &StoryOptions::default());
        let mut thread = grouping.threads[0].clone();
        let key = thread.key(&grouping.stories, &corpus.articles);
        thread.stories.reverse();
        assert_eq!(thread.key(&grouping.stories, &corpus.articles), key);
        thread.stories.pop();
        assert_ne!(thread.key(&grouping.stories, &corpus.articles), key);
    }

    #[test]
    fn a_thread_is_cut_where_the_news_falls_silent_and_undated_stories_join_their_likeliest_part() {
        let date = |s: &str| Some(s.parse::<Date>().unwrap());
        let spans = vec![
            (date("2015-07-24"), date("2015-07-30")),
            // 183 days after the end of the first: still the same subject.
            (date("2016-01-29"), date("2016-01-29")),
            // 184 days after the second: a new one.
            (date("2016-07-31"), date("2016-08-02")),
            (None, None),
            (None, None),
        ];
        let centroids = vec![
            vec![(0, 1.0)],
            vec![(0, 0.6), (1, 0.8)],
            vec![(2, 1.0)],
            vec![(2, 0.6), (3, 0.8)],
            vec![(4, 1.0)],
        ];
        let parts = split_at_silences(vec![4, 3, 2, 1, 0], &spans, &centroids);
        // The undated story like neither part goes to the earliest.
        assert_eq!(parts, [vec![0, 1, 4], vec![2, 3]]);
        // Without a silence the group comes back whole, in its own order.
        let close = split_at_silences(vec![1, 0, 3], &spans, &centroids);
        assert_eq!(close, [vec![1, 0, 3]]);
    }

    #[test]
    fn the_central_story_is_the_one_most_like_the_others() {
        let story = |n: usize| Story {
            id: String::new(),
            label: String::new(),
            members: (0..n)
                .map(|article| StoryMember {
                    article,
                    shared_terms: Vec::new(),
                })
                .collect(),
            cohesion: 1.0,
        };
        let stories = [story(1), story(1), story(1)];
        // 0 shares term 1 with 1 only; 1 shares with both; 2 shares term 2 with 1.
        let centroids = vec![
            vec![(0, 0.6), (1, 0.8)],
            vec![(1, 0.6), (2, 0.8)],
            vec![(2, 0.6), (3, 0.8)],
        ];
        assert_eq!(central_story(&[0, 1, 2], &stories, &centroids), 1);
        // A tie goes to the larger story, then to the earliest.
        let even = vec![vec![(0, 1.0)], vec![(0, 1.0)]];
        assert_eq!(central_story(&[0, 1], &[story(1), story(2)], &even), 1);
        assert_eq!(central_story(&[0, 1], &[story(2), story(2)], &even), 0);
    }
}
