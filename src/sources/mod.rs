//! The sources lens: who each article cites as its source, and who copied
//! whom.
//!
//! **Citations** ([`find_citations`]): news agencies and outlets ("Itar
//! Tass reported", "told Interfax", "according to Reuters", "told the
//! magazine People", "the Times reported", a "MOSCOW (Sputnik) —"
//! dateline), unnamed or role-named officials ("officials said", "a
//! spokesman for the ministry said", "according to senior officials") and
//! documents ("in a statement", "a leaked memo"). Outlet names are
//! normalized through the outlet table (`assets/outlets.toml`: display
//! names, wire tokens, aliases), so "Itar Tass", "ITAR-TASS" and "TASS" are
//! one source. Named people speaking for themselves are the quotes lens's
//! speakers, not sources here.
//!
//! A dateline names the agency whose copy the article *is*: it is a
//! citation of kind [`SourceKind::Agency`] with [`Citation::dateline`] set,
//! and its naming words are the dateline itself ("MOSCOW (Sputnik) —").
//! See [`citations`](find_citations) for which sentences a citation covers.
//!
//! **Copies** ([`Copied`]): passages two articles of a story share word for
//! word (at least [`MIN_COPIED_WORDS`] consecutive words outside quotations
//! in both), found in the collation's aligned rows, each filed under the
//! article that likely copied it, with the one it likely came from.
//!
//! ```
//! use storydiff::align::AlignOptions;
//! use storydiff::collate::Collation;
//! let demo = storydiff::corpus::load_demo();
//! let collation = Collation::new(&demo.articles, &[0, 1], &AlignOptions::default());
//! let sources = storydiff::sources::story_sources(&collation, &demo.articles);
//! let sputnik = &sources.articles[collation.position(0).unwrap()];
//! assert!(sputnik.citations.iter().any(|c| c.dateline && c.source == "Sputnik"));
//! ```

mod citations;
mod copies;
mod cues;
mod describe;
mod lexicon;
mod words;

#[cfg(test)]
mod tests;

use crate::collate::Collation;
use crate::corpus::Article;

pub use citations::find_citations;
pub use copies::{MIN_COPIED_WORDS, copied_rows};
pub use describe::{describe_citation, describe_copy, sentence_list};

/// What kind of source a citation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    /// A news agency (on the outlet table's wire list, or introduced as an
    /// "agency").
    Agency,
    /// Another news outlet: a paper, broadcaster, magazine or site.
    Outlet,
    /// Officials speaking for an office, unnamed or by role.
    Official,
    /// A statement, memo, report or other document.
    Document,
}

impl SourceKind {
    /// The stable snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agency => "agency",
            Self::Outlet => "outlet",
            Self::Official => "official",
            Self::Document => "document",
        }
    }
}

/// One source an article names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Who: an outlet's display name ("TASS"), else the name as written
    /// ("People", "senior officials", "leaked memo").
    pub source: String,
    /// Agency, outlet, official or document.
    pub kind: SourceKind,
    /// The words that name it, as written ("Itar Tass reported").
    pub words: String,
    /// The sentences it covers (0-based, flattened across paragraphs).
    pub sentences: Vec<usize>,
    /// Whether it is the article's own dateline ("MOSCOW (Sputnik) —").
    pub dateline: bool,
}

/// Why a copied passage is taken to come from where it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The copying article cites the origin's outlet.
    Cited,
    /// The origin credits a news agency for the passage; the copy credits none.
    NamesWire,
    /// The origin is dated earlier.
    Earlier,
    /// Nothing tells: the origin comes first in the collation's order.
    Order,
}

impl Origin {
    /// A few words for readers ("cites it", "names the wire").
    pub fn describe(self) -> &'static str {
        match self {
            Self::Cited => "cites it",
            Self::NamesWire => "it names the wire",
            Self::Earlier => "it is earlier",
            Self::Order => "undecided: first in order",
        }
    }
}

/// A passage an article shares word for word with another of its story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// The witness (a position in the collation) it likely came from.
    pub from: usize,
    /// This article's sentences holding it.
    pub sentences: Vec<usize>,
    /// The origin's sentences holding it.
    pub from_sentences: Vec<usize>,
    /// How many words are shared word for word.
    pub words: usize,
    /// The news agency either article credits for it, if any.
    pub credit: Option<String>,
    /// Why `from` is the likely origin.
    pub origin: Origin,
}

/// One article's sources within its story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleSources {
    /// Who it cites, in reading order.
    pub citations: Vec<Citation>,
    /// What it shares word for word with the story's other articles, in
    /// reading order.
    pub copied: Vec<Copied>,
}

impl ArticleSources {
    /// Whether sentence `sentence` lies in a copied passage.
    pub fn is_copied(&self, sentence: usize) -> bool {
        self.copied.iter().any(|c| c.sentences.contains(&sentence))
    }
}

/// The sources of a collated story, one entry per witness.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StorySources {
    /// By witness position.
    pub articles: Vec<ArticleSources>,
}

/// Finds every witness's citations and the passages witnesses share word
/// for word. `articles` is the slice the collation was made from.
pub fn story_sources(collation: &Collation, articles: &[Article]) -> StorySources {
    let members = collation.articles(articles);
    let citations: Vec<Vec<Citation>> = members.iter().map(|a| find_citations(a)).collect();
    let facts: Vec<copies::WitnessFacts<'_>> = members
        .iter()
        .zip(&citations)
        .map(|(article, citations)| copies::WitnessFacts { article, citations })
        .collect();
    let copied = copies::find_copies(collation, articles, &facts);
    StorySources {
        articles: citations
            .into_iter()
            .zip(copied)
            .map(|(citations, copied)| ArticleSources { citations, copied })
            .collect(),
    }
}
