//! Readers for each input format; each turns file text into raw articles.

pub mod html;

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
