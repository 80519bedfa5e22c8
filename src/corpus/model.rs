//! The loaded corpus: articles made of paragraphs made of sentences.

use std::fmt;

use jiff::civil::Date;

/// One sentence: the text shown to the reader and the form used for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Display text, as the outlet wrote it (sanitized, whitespace collapsed).
    pub text: String,
    /// Matching form: NFC, quotes and dashes folded, whitespace collapsed, lowercase.
    pub matching: String,
}

impl Sentence {
    /// Builds a sentence from display text, deriving its matching form.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let matching = super::normalize::matching_form(&text);
        Self { text, matching }
    }
}

/// A paragraph of an article, split into sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The sentences, in reading order.
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    /// The paragraph's display text (sentences joined by single spaces).
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

/// Why cleaning dropped a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RemovalReason {
    /// "Read also:" / "Read more:" and the related-link headline after it.
    RelatedLink,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// "Advertisement" markers.
    Advertisement,
    /// Share and follow prompts.
    Share,
    /// "Published in …" trailers.
    PublishedIn,
    /// Lists of mirror addresses for the site.
    MirrorAddresses,
    /// A bare URL or domain on its own.
    BareUrl,
    /// A photo credit in parentheses on its own line.
    PhotoCredit,
    /// A paragraph repeated verbatim in several articles of the same outlet.
    RepeatedInOutlet,
    /// A byline or dateline line carrying only metadata.
    Metadata,
    /// Page furniture above the headline (section names, stray links).
    BeforeHeadline,
}

impl RemovalReason {
    /// The stable snake_case name used in JSON and in the asset phrase list.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RelatedLink => "related_link",
            Self::Newsletter => "newsletter",
            Self::Advertisement => "advertisement",
            Self::Share => "share",
            Self::PublishedIn => "published_in",
            Self::MirrorAddresses => "mirror_addresses",
            Self::BareUrl => "bare_url",
            Self::PhotoCredit => "photo_credit",
            Self::RepeatedInOutlet => "repeated_in_outlet",
            Self::Metadata => "metadata",
            Self::BeforeHeadline => "before_headline",
        }
    }

    /// Parses the snake_case name used in the asset phrase list.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Every reason, for lookups and documentation.
    pub const ALL: [Self; 11] = [
        Self::RelatedLink,
        Self::Newsletter,
        Self::Advertisement,
        Self::Share,
        Self::PublishedIn,
        Self::MirrorAddresses,
        Self::BareUrl,
        Self::PhotoCredit,
        Self::RepeatedInOutlet,
        Self::Metadata,
        Self::BeforeHeadline,
    ];
}

impl fmt::Display for RemovalReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A passage dropped by cleaning, kept so readers can see what was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The removed text, as displayed.
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
}

/// One news article, cleaned and segmented.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable id, unique within the corpus (file stem, plus a line or index suffix).
    pub id: String,
    /// Where it came from: a file path, or `demo/<file>` for the embedded demo.
    pub path: String,
    /// The outlet's display name, when known or inferred.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    /// Where the date came from (manifest, file metadata, dateline, none).
    pub date_source: super::dates::DateSource,
    /// Canonical URL.
    pub url: Option<String>,
    /// Author line.
    pub byline: Option<String>,
    /// Free-form note from the manifest (provenance, relays).
    pub note: Option<String>,
    /// Language code, when the source says.
    pub language: Option<String>,
    /// The article body, in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Passages dropped by cleaning, in the order they appeared.
    pub removed: Vec<Removed>,
    /// What the loader did that a user should know (decoding, stripped sequences).
    pub notices: Vec<String>,
}

impl Article {
    /// An article with an id and a body (sentences grouped by paragraph) and
    /// no metadata: for tests, benchmarks and programmatic use.
    pub fn from_paragraphs(id: impl Into<String>, paragraphs: Vec<Vec<String>>) -> Self {
        let id = id.into();
        Article {
            path: id.clone(),
            id,
            outlet: None,
            title: None,
            date: None,
            date_source: super::dates::DateSource::None,
            url: None,
            byline: None,
            note: None,
            language: None,
            paragraphs: paragraphs
                .into_iter()
                .map(|p| Paragraph {
                    sentences: p.into_iter().map(Sentence::new).collect(),
                })
                .collect(),
            removed: Vec::new(),
            notices: Vec::new(),
        }
    }

    /// How people see the article named: its outlet, else its id.
    pub fn display_name(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }

    /// The article's stable identity ([`super::ArticleKey::of`]).
    pub fn key(&self) -> super::ArticleKey {
        super::ArticleKey::of(self)
    }

    /// Iterates over every sentence in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.paragraphs.iter().flat_map(|p| p.sentences.iter())
    }

    /// The display text of every sentence, in reading order (the indices
    /// alignment rows refer to).
    pub fn sentence_texts(&self) -> Vec<&str> {
        self.sentences().map(|s| s.text.as_str()).collect()
    }

    /// Number of sentences in the body.
    pub fn sentence_count(&self) -> usize {
        self.paragraphs.iter().map(|p| p.sentences.len()).sum()
    }

    /// Number of words in the body (whitespace-separated tokens).
    pub fn word_count(&self) -> usize {
        self.sentences()
            .map(|s| s.text.split_whitespace().count())
            .sum()
    }
}

/// A file (or a line of one) that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The path as the user gave it (with `:LINE` for a JSONL line).
    pub path: String,
    /// One-line reason, saying what to do where possible.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Everything that was loaded, and everything that could not be.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    /// Loaded articles, in a stable order (path order, then position in file).
    pub articles: Vec<Article>,
    /// Files or entries that were skipped, with reasons.
    pub errors: Vec<LoadError>,
}

impl Corpus {
    /// Finds an article by id.
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
}
