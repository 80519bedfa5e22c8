//! `storydiff sources --json`: who each article cites, and who copied whom.

use serde::Serialize;

use super::json::ErrorJson;
use crate::collate::Witnesses;
use crate::corpus::Corpus;
use crate::sources::StorySources;
use crate::stories::Story;

/// Version of the `sources --json` schema.
pub const SOURCES_SCHEMA: u32 = 1;

/// `storydiff sources --json`.
#[derive(Debug, Serialize)]
pub struct SourcesReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// Stories in `stories` order.
    pub stories: Vec<StorySourcesJson<'a>>,
    /// Files or entries that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// One story's articles and their sources.
#[derive(Debug, Serialize)]
pub struct StorySourcesJson<'a> {
    /// Story id, as in `stories --json`.
    pub id: &'a str,
    /// The story's key, as in `stories --json`.
    pub key: String,
    /// Every article of the story, in the collation's order.
    pub articles: Vec<ArticleSourcesJson<'a>>,
}

/// One article's citations and copied passages.
#[derive(Debug, Serialize)]
pub struct ArticleSourcesJson<'a> {
    /// Article id, as in `articles --json`.
    pub article: &'a str,
    /// The article's key, as in `articles --json`.
    pub key: String,
    /// Who it cites, in reading order.
    pub citations: Vec<CitationJson<'a>>,
    /// Passages it shares word for word with an article it likely copied.
    pub copied: Vec<CopiedJson<'a>>,
}

/// One citation.
#[derive(Debug, Serialize)]
pub struct CitationJson<'a> {
    /// The source, normalized through the outlet table ("TASS").
    pub source: &'a str,
    /// `agency`, `outlet`, `official` or `document`.
    pub kind: &'static str,
    /// The words naming it ("Itar Tass reported", "MOSCOW (Sputnik) —").
    pub words: &'a str,
    /// Sentence indices it covers (0-based, as in `articles --json`).
    pub sentences: &'a [usize],
}

/// One copied passage.
#[derive(Debug, Serialize)]
pub struct CopiedJson<'a> {
    /// Id of the article it likely came from.
    pub from: &'a str,
    /// This article's sentence indices holding it.
    pub sentences: &'a [usize],
    /// The origin's sentence indices holding it.
    pub from_sentences: &'a [usize],
    /// Number of words shared word for word.
    pub words: usize,
}

impl<'a> SourcesReport<'a> {
    /// Builds the report; `witnesses[k]` and `sources[k]` belong to `stories[k]`.
    pub fn new(
        corpus: &'a Corpus,
        stories: &'a [Story],
        witnesses: &'a [Witnesses],
        sources: &'a [StorySources],
    ) -> Self {
        let story_json =
            |((story, covered), found): ((&'a Story, &'a Witnesses), &'a StorySources)| {
                StorySourcesJson {
                    id: &story.id,
                    key: covered.story_key.to_string(),
                    articles: (0..found.articles.len())
                        .map(|w| ArticleSourcesJson::new(corpus, covered, found, w))
                        .collect(),
                }
            };
        Self {
            schema: SOURCES_SCHEMA,
            stories: stories
                .iter()
                .zip(witnesses)
                .zip(sources)
                .map(story_json)
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}

impl<'a> ArticleSourcesJson<'a> {
    /// The entry of witness `w` of `covered`, whose sources are `found`.
    fn new(corpus: &'a Corpus, covered: &Witnesses, found: &'a StorySources, w: usize) -> Self {
        let id_of = |w: usize| corpus.articles[covered.witnesses[w]].id.as_str();
        let article = &found.articles[w];
        let citation = |c: &'a crate::sources::Citation| CitationJson {
            source: &c.source,
            kind: c.kind.as_str(),
            words: &c.words,
            sentences: &c.sentences,
        };
        let copy = |c: &'a crate::sources::Copied| CopiedJson {
            from: id_of(c.from),
            sentences: &c.sentences,
            from_sentences: &c.from_sentences,
            words: c.words,
        };
        Self {
            article: id_of(w),
            key: covered.keys[w].to_string(),
            citations: article.citations.iter().map(citation).collect(),
            copied: article.copied.iter().map(copy).collect(),
        }
    }
}
