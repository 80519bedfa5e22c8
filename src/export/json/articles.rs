//! The `storydiff articles --json` report, and the article reference every other report names its articles with.

use serde::Serialize;

use crate::corpus::{Article, Corpus, LoadError};

use super::ARTICLES_SCHEMA;

/// `storydiff articles --json`.
#[derive(Debug, Serialize)]
pub struct ArticlesReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// Every loaded article.
    pub articles: Vec<ArticleJson<'a>>,
    /// Every file or entry that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// One article in the `articles` report.
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    /// Stable id within the corpus.
    pub id: &'a str,
    /// Stable identity across corpora and formats ([`crate::corpus::ArticleKey`]).
    pub key: String,
    /// Source path (`demo/<file>` for the embedded demo).
    pub path: &'a str,
    /// Outlet display name.
    pub outlet: Option<&'a str>,
    /// Headline.
    pub title: Option<&'a str>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Where the date came from: `manifest`, `front_matter`, `html_meta`,
    /// `json`, `metadata`, `dateline` (the text) or `none`.
    pub date_source: &'static str,
    /// Canonical URL.
    pub url: Option<&'a str>,
    /// Author line.
    pub byline: Option<&'a str>,
    /// Manifest note.
    pub note: Option<&'a str>,
    /// Display text of each sentence, grouped by paragraph.
    pub paragraphs: Vec<Vec<&'a str>>,
    /// What cleaning dropped, and why.
    pub removed: Vec<RemovedJson<'a>>,
}

/// A removed passage.
#[derive(Debug, Serialize)]
pub struct RemovedJson<'a> {
    /// The removed text.
    pub text: &'a str,
    /// Snake-case reason, e.g. `related_link`.
    pub reason: &'static str,
}

/// A file or entry that could not be loaded.
#[derive(Debug, Serialize)]
pub struct ErrorJson<'a> {
    /// The path as given (with `:LINE` or `[INDEX]` for one entry of a file).
    pub path: &'a str,
    /// One-line reason.
    pub message: &'a str,
}

impl<'a> ArticlesReport<'a> {
    /// Builds the report for a loaded corpus.
    pub fn new(corpus: &'a Corpus) -> Self {
        Self {
            schema: ARTICLES_SCHEMA,
            articles: corpus.articles.iter().map(ArticleJson::new).collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}

impl<'a> ArticleJson<'a> {
    /// Builds the JSON view of one article.
    pub fn new(article: &'a Article) -> Self {
        Self {
            id: &article.id,
            key: article.key().to_string(),
            path: &article.path,
            outlet: article.outlet.as_deref(),
            title: article.title.as_deref(),
            date: article.date.map(|d| d.to_string()),
            date_source: article.date_source.as_str(),
            url: article.url.as_deref(),
            byline: article.byline.as_deref(),
            note: article.note.as_deref(),
            paragraphs: article
                .paragraphs
                .iter()
                .map(|p| p.sentences.iter().map(|s| s.text.as_str()).collect())
                .collect(),
            removed: article
                .removed
                .iter()
                .map(|r| RemovedJson {
                    text: &r.text,
                    reason: r.reason.as_str(),
                })
                .collect(),
        }
    }
}

impl<'a> ErrorJson<'a> {
    /// Builds the JSON view of one load error.
    pub fn new(error: &'a LoadError) -> Self {
        Self {
            path: &error.path,
            message: &error.message,
        }
    }
}

/// An article named in a report: who said it, where, when.
#[derive(Debug, Serialize)]
pub struct ArticleRef<'a> {
    /// Stable id within the corpus.
    pub id: &'a str,
    /// Stable identity across corpora and formats.
    pub key: String,
    /// Source path.
    pub path: &'a str,
    /// Outlet display name.
    pub outlet: Option<&'a str>,
    /// Headline.
    pub title: Option<&'a str>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Where the date came from: `manifest`, `front_matter`, `html_meta`,
    /// `json`, `metadata`, `dateline` (the text) or `none`.
    pub date_source: &'static str,
}

impl<'a> ArticleRef<'a> {
    /// Builds the reference for one article.
    pub fn new(article: &'a Article) -> Self {
        Self {
            id: &article.id,
            key: article.key().to_string(),
            path: &article.path,
            outlet: article.outlet.as_deref(),
            title: article.title.as_deref(),
            date: article.date.map(|d| d.to_string()),
            date_source: article.date_source.as_str(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_present_even_when_unknown() {
        let corpus = Corpus {
            articles: vec![Article::from_paragraphs("a", vec![])],
            errors: vec![LoadError {
                path: "b.txt".into(),
                message: "file is empty".into(),
            }],
        };
        let json = serde_json::to_value(ArticlesReport::new(&corpus)).unwrap();
        let article = json["articles"][0].as_object().unwrap();
        let mut keys: Vec<&str> = article.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut expected = [
            "id",
            "key",
            "path",
            "outlet",
            "title",
            "date",
            "date_source",
            "url",
            "byline",
            "note",
            "paragraphs",
            "removed",
        ];
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert!(article["outlet"].is_null());
        assert_eq!(article["date_source"], "none");
        assert_eq!(json["schema"], 1);
        assert_eq!(json["errors"][0]["message"], "file is empty");
    }
}
