//! The `threads` part of `storydiff stories --json`.

use serde::Serialize;

use crate::corpus::Corpus;
use crate::stories::Grouping;

/// One thread: stories of one developing subject.
#[derive(Debug, Serialize)]
pub struct ThreadJson<'a> {
    /// Thread id (`t1`, `t2`, …: most stories first, then most articles, then earliest).
    pub id: &'a str,
    /// Stable identity from the member stories' keys.
    pub key: String,
    /// The label of the thread's most central story.
    pub label: &'a str,
    /// Ids of its stories, earliest first (undated last).
    pub stories: Vec<&'a str>,
    /// Earliest article date, ISO `YYYY-MM-DD`, or null.
    pub first: Option<String>,
    /// Latest article date, ISO `YYYY-MM-DD`, or null.
    pub last: Option<String>,
}

/// Every thread of a grouping, in thread order.
pub fn threads<'a>(corpus: &'a Corpus, grouping: &'a Grouping) -> Vec<ThreadJson<'a>> {
    grouping
        .threads
        .iter()
        .map(|thread| ThreadJson {
            id: &thread.id,
            key: thread.key(&grouping.stories, &corpus.articles),
            label: &thread.label,
            stories: thread
                .stories
                .iter()
                .map(|&s| grouping.stories[s].id.as_str())
                .collect(),
            first: thread.first.map(|d| d.to_string()),
            last: thread.last.map(|d| d.to_string()),
        })
        .collect()
}
