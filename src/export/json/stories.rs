//! The `storydiff stories --json` report (its threads are in `threads.rs`).

use serde::Serialize;

use crate::corpus::Corpus;
use crate::stories::Grouping;

use super::{ArticleRef, ErrorJson, STORIES_SCHEMA, ThreadJson, round3};

/// `storydiff stories --json`.
#[derive(Debug, Serialize)]
pub struct StoriesReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// Every loaded article.
    pub articles: Vec<ArticleRef<'a>>,
    /// Stories, largest first, then by earliest date.
    pub stories: Vec<StoryJson<'a>>,
    /// Threads of stories on one developing subject; every story is in one.
    pub threads: Vec<ThreadJson<'a>>,
    /// Files or entries that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// One story.
#[derive(Debug, Serialize)]
pub struct StoryJson<'a> {
    /// Story id (`s1`, `s2`, … in report order).
    pub id: &'a str,
    /// Stable identity from the members' keys ([`crate::corpus::StoryKey`]).
    pub key: String,
    /// The most central title, or the story's top terms.
    pub label: &'a str,
    /// Ids of its articles.
    pub articles: Vec<&'a str>,
    /// Mean pairwise similarity, 0..1 (1 for a single article), three decimals.
    pub cohesion: f64,
    /// Id of the thread the story is in.
    pub thread: &'a str,
}

impl<'a> StoriesReport<'a> {
    /// Builds the report for a corpus, its stories and their threads.
    pub fn new(corpus: &'a Corpus, grouping: &'a Grouping) -> Self {
        let thread_of = grouping.thread_of_story();
        Self {
            schema: STORIES_SCHEMA,
            articles: corpus.articles.iter().map(ArticleRef::new).collect(),
            threads: super::threads::threads(corpus, grouping),
            stories: grouping
                .stories
                .iter()
                .zip(thread_of)
                .map(|(story, t)| StoryJson {
                    id: &story.id,
                    key: crate::corpus::StoryKey::of(
                        story.articles().map(|i| corpus.articles[i].key()),
                    )
                    .to_string(),
                    label: &story.label,
                    articles: story
                        .articles()
                        .map(|i| corpus.articles[i].id.as_str())
                        .collect(),
                    cohesion: round3(story.cohesion),
                    thread: grouping.threads[t].id.as_str(),
                })
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}
