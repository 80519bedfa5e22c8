//! Readers for each input format; each turns file text into raw articles.

use std::path::Path;

pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

/// An article as a format reader found it, before manifest, inference and cleaning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawArticle {
    /// Headline, when the format carries one.
    pub title: Option<String>,
    /// Outlet display name (site name), when the format carries one.
    pub outlet: Option<String>,
    /// Site domain (`source_domain`, `hostname`), for outlet inference.
    pub domain: Option<String>,
    /// Publication date, unparsed.
    pub date: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Author line.
    pub byline: Option<String>,
    /// Language code.
    pub language: Option<String>,
    /// Body paragraphs, plain text, in reading order.
    pub paragraphs: Vec<String>,
}

/// The input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`: one paragraph per line; a headline-like first line is the title.
    Text,
    /// `.md` / `.markdown` with optional YAML or TOML front matter.
    Markdown,
    /// `.html` / `.htm` pages.
    Html,
    /// `.json`: one article object or an array of them.
    Json,
    /// `.jsonl` / `.ndjson`: one article object per line.
    JsonLines,
}

impl Format {
    /// Whether every paragraph it reads is one line with its whitespace
    /// collapsed and not empty (JSON bodies go through
    /// [`paragraphs_from_lines`]), so a paragraph that sanitising leaves
    /// as it is needs no second look.
    pub fn collapses_paragraphs(self) -> bool {
        matches!(self, Self::Json | Self::JsonLines)
    }

    /// The format for a path's extension (case-insensitive), if storydiff reads it.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Self::Text),
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            "json" => Some(Self::Json),
            "jsonl" | "ndjson" => Some(Self::JsonLines),
            _ => None,
        }
    }

    /// Whether one file holds several articles (ids then get a position suffix).
    pub fn is_multi(self) -> bool {
        matches!(self, Self::Json | Self::JsonLines)
    }
}

/// One article slot in a file: its position (line for JSONL, 1-based index for
/// arrays) and the article or the reason it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Line number (JSONL) or 1-based index (JSON array); None for single-article files.
    pub position: Option<usize>,
    /// The article, or a one-line reason.
    pub article: Result<RawArticle, String>,
}

/// Reads every article a file holds. An `Err` means the whole file is unreadable.
pub fn parse(format: Format, text: &str) -> Result<Vec<Entry>, String> {
    let single = |article: Result<RawArticle, String>| {
        article.map(|a| {
            vec![Entry {
                position: None,
                article: Ok(a),
            }]
        })
    };
    match format {
        Format::Text => single(Ok(text::parse(text))),
        Format::Markdown => single(markdown::parse(text)),
        Format::Html => single(html::parse(text)),
        Format::Json => json::parse_document(text),
        Format::JsonLines => Ok(json::parse_lines(text)),
    }
}

/// Splits text into paragraphs at line breaks, trimming and dropping blank lines.
pub fn paragraphs_from_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(super::normalize::collapse_whitespace)
        .filter(|line| !line.is_empty())
        .collect()
}
