//! The `storydiff quotes --json` report: statements and each outlet's version.

use serde::Serialize;

use crate::collate::Witnesses;
use crate::corpus::Corpus;
use crate::quotes::{QuoteKind, StoryQuotes};
use crate::stories::Story;

use super::{ErrorJson, QUOTES_SCHEMA};

/// `storydiff quotes --json`.
#[derive(Debug, Serialize)]
pub struct QuotesReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// Stories in `stories` order, each with its matched statements.
    pub stories: Vec<StoryStatementsJson<'a>>,
    /// Files or entries that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// The statements of one story.
#[derive(Debug, Serialize)]
pub struct StoryStatementsJson<'a> {
    /// Story id, as in `stories --json`.
    pub id: &'a str,
    /// The story's key, as in `stories --json`.
    pub key: String,
    /// Matched statements, in order of first appearance.
    pub statements: Vec<StatementJson<'a>>,
}

/// One statement and its versions.
#[derive(Debug, Serialize)]
pub struct StatementJson<'a> {
    /// The speaker most versions give (normalized name), or null.
    pub speaker: Option<&'a str>,
    /// The organisation the speaker speaks for (or the speaker, when it is
    /// one), or null.
    pub speaker_org: Option<&'a str>,
    /// `named`, `resolved` (a pronoun or role resolved to a named person),
    /// `unresolved` (a pronoun with no one to refer to) or `none`.
    pub speaker_status: &'static str,
    /// Quoted versions by article order, then paraphrases.
    pub versions: Vec<VersionJson<'a>>,
    /// `only_one_outlet`, `paraphrased`, `different_speakers`, `truncated`.
    pub flags: Vec<&'static str>,
}

/// One article's rendering of a statement.
#[derive(Debug, Serialize)]
pub struct VersionJson<'a> {
    /// Article id.
    pub article: &'a str,
    /// Sentence indices (0-based, flattened across paragraphs).
    pub sentences: Vec<usize>,
    /// The quoted words without marks (several quotations of one article
    /// joined by " … "), or the paraphrasing sentences.
    pub text: &'a str,
    /// `direct`, `partial`, `scare` or `paraphrase`.
    pub kind: &'static str,
    /// The reporting verb's key ("said", "according to"), or null.
    pub verb: Option<&'a str>,
    /// The speaker this version gives, or null.
    pub speaker: Option<&'a str>,
    /// The organisation this version ties the speaker to, or null.
    pub speaker_org: Option<&'a str>,
    /// How this version's speaker was found, as for the statement.
    pub speaker_status: &'static str,
}

impl<'a> QuotesReport<'a> {
    /// Builds the report; `witnesses[k]` and `quotes[k]` belong to `stories[k]`.
    pub fn new(
        corpus: &'a Corpus,
        stories: &'a [Story],
        witnesses: &'a [Witnesses],
        quotes: &'a [StoryQuotes],
    ) -> Self {
        let story_json =
            |((story, covered), found): ((&'a Story, &'a Witnesses), &'a StoryQuotes)| {
                let members = &covered.witnesses;
                StoryStatementsJson {
                    id: &story.id,
                    key: covered.story_key.to_string(),
                    statements: found
                        .statements
                        .iter()
                        .map(|statement| StatementJson {
                            speaker: statement.speaker.as_deref(),
                            speaker_org: statement.speaker_org.as_deref(),
                            speaker_status: statement.speaker_status.as_str(),
                            versions: statement
                                .versions
                                .iter()
                                .map(|v| VersionJson {
                                    article: &corpus.articles[members[v.article]].id,
                                    sentences: v.sentences.clone(),
                                    text: &v.text,
                                    kind: v.kind.map_or("paraphrase", QuoteKind::as_str),
                                    verb: v.verb.as_deref(),
                                    speaker: v.speaker.as_deref(),
                                    speaker_org: v.speaker_org.as_deref(),
                                    speaker_status: v.speaker_status.as_str(),
                                })
                                .collect(),
                            flags: statement.flags.iter().map(|f| f.as_str()).collect(),
                        })
                        .collect(),
                }
            };
        Self {
            schema: QUOTES_SCHEMA,
            stories: stories
                .iter()
                .zip(witnesses)
                .zip(quotes)
                .map(story_json)
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}
