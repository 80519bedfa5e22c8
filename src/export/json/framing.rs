//! The `storydiff framing --json` report: names, verbs, hedges, labels and distinctive terms per outlet.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::collate::Witnesses;
use crate::corpus::Corpus;
use crate::framing::OutletFraming;
use crate::stories::Story;

use super::{ErrorJson, FRAMING_SCHEMA};

/// `storydiff framing --json`.
#[derive(Debug, Serialize)]
pub struct FramingReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// Stories in `stories` order, each with one entry per outlet.
    pub stories: Vec<StoryFramingJson<'a>>,
    /// Files or entries that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// The outlets of one story.
#[derive(Debug, Serialize)]
pub struct StoryFramingJson<'a> {
    /// Story id, as in `stories --json`.
    pub id: &'a str,
    /// The story's key, as in `stories --json`.
    pub key: String,
    /// One entry per outlet, in order of first appearance.
    pub outlets: Vec<OutletFramingJson<'a>>,
}

/// One outlet's word choices in a story.
#[derive(Debug, Serialize)]
pub struct OutletFramingJson<'a> {
    /// Outlet name (the article id when the outlet is unknown).
    pub outlet: &'a str,
    /// Ids of the outlet's articles in the story.
    pub articles: &'a [String],
    /// Referent (alias group's canonical name) → variant as written → count.
    pub naming: &'a BTreeMap<String, BTreeMap<String, usize>>,
    /// Reporting verb key → count.
    pub verbs: &'a BTreeMap<String, usize>,
    /// Hedge → count (`scare quotes` counts scare-quoted words).
    pub hedges: &'a BTreeMap<String, usize>,
    /// Label for armed groups and people → count.
    pub labels: &'a BTreeMap<String, usize>,
    /// Most over-represented words and bigrams against the story's other
    /// outlets, by z-scored log-odds with an informative Dirichlet prior.
    pub distinctive: Vec<DistinctiveJson<'a>>,
}

/// One distinctive term.
#[derive(Debug, Serialize)]
pub struct DistinctiveJson<'a> {
    /// Word or bigram, lowercase except acronyms ("IS", "US").
    pub term: &'a str,
    /// z-score of the log-odds ratio, three decimals.
    pub score: f64,
}

impl<'a> FramingReport<'a> {
    /// Builds the report; `witnesses[k]` and `framing[k]` belong to `stories[k]`.
    pub fn new(
        corpus: &'a Corpus,
        stories: &'a [Story],
        witnesses: &'a [Witnesses],
        framing: &'a [Vec<OutletFraming>],
    ) -> Self {
        Self {
            schema: FRAMING_SCHEMA,
            stories: stories
                .iter()
                .zip(witnesses)
                .zip(framing)
                .map(|((story, covered), outlets)| StoryFramingJson {
                    id: &story.id,
                    key: covered.story_key.to_string(),
                    outlets: outlets
                        .iter()
                        .map(|o| OutletFramingJson {
                            outlet: &o.outlet,
                            articles: &o.articles,
                            naming: &o.framing.naming,
                            verbs: &o.framing.verbs,
                            hedges: &o.framing.hedges,
                            labels: &o.framing.labels,
                            distinctive: o
                                .distinctive
                                .iter()
                                .map(|d| DistinctiveJson {
                                    term: &d.term,
                                    score: (d.score * 1000.0).round() / 1000.0,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}
