//! The `--json` schemas. Field names and shapes are a public contract: every
//! key is always present (null when unknown), and `schema` changes only when a
//! field changes meaning or goes away.

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::align::{AlignedRow, Alignment};
use crate::collate::Collation;
use crate::corpus::sanitize::is_unsafe;
use crate::corpus::{Article, Corpus, LoadError};
use crate::diff::{DiffRun, word_diff};
use crate::framing::OutletFraming;
use crate::quotes::{QuoteKind, StoryQuotes};
use crate::stories::{Grouping, Story};

mod threads;
pub use threads::ThreadJson;

/// Version of the `articles` report schema.
pub const ARTICLES_SCHEMA: u32 = 1;

/// Version of the `compare` report schema.
pub const COMPARE_SCHEMA: u32 = 1;

/// Version of the `stories` report schema.
pub const STORIES_SCHEMA: u32 = 1;
/// Version of the `quotes --json` schema.
pub const QUOTES_SCHEMA: u32 = 1;
/// Version of the `framing --json` schema.
pub const FRAMING_SCHEMA: u32 = 1;

/// Writes `value` as pretty-printed JSON, like `serde_json::to_writer_pretty`,
/// except that every character [`is_unsafe`] names is written as a `\uXXXX`
/// escape. serde_json escapes only C0 controls; C1 controls (U+009B is a
/// one-character CSI), bidi overrides and invisible format characters would
/// otherwise reach a terminal that shows the report. The output decodes to
/// exactly the same strings. Every `--json` report is written with this.
pub fn to_writer_pretty<W, T>(writer: W, value: &T) -> serde_json::Result<()>
where
    W: io::Write,
    T: ?Sized + Serialize,
{
    let mut serializer = serde_json::Serializer::with_formatter(writer, SafeFormatter::default());
    value.serialize(&mut serializer)
}

/// Writes `value` as one line of JSON (for JSON Lines), with the same
/// escaping as [`to_writer_pretty`]; no newline is added.
pub fn to_writer_line<W, T>(writer: W, value: &T) -> serde_json::Result<()>
where
    W: io::Write,
    T: ?Sized + Serialize,
{
    let formatter = SafeFormatter {
        pretty: None,
        ..SafeFormatter::default()
    };
    let mut serializer = serde_json::Serializer::with_formatter(writer, formatter);
    value.serialize(&mut serializer)
}

/// [`to_writer_pretty`] into a string.
pub fn to_string_pretty<T: ?Sized + Serialize>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    to_writer_pretty(&mut out, value)?;
    // The serializer writes only valid UTF-8 (and here only ASCII escapes on top).
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// serde_json's pretty layout (compact without `pretty`) with unsafe
/// characters escaped inside strings.
struct SafeFormatter {
    pretty: Option<PrettyFormatter<'static>>,
    compact: CompactFormatter,
}

impl Default for SafeFormatter {
    fn default() -> Self {
        SafeFormatter {
            pretty: Some(PrettyFormatter::default()),
            compact: CompactFormatter,
        }
    }
}

/// Calls the layout method of the pretty or the compact formatter.
macro_rules! layout {
    ($self:ident . $method:ident ( $($arg:expr),* )) => {
        match &mut $self.pretty {
            Some(pretty) => pretty.$method($($arg),*),
            None => $self.compact.$method($($arg),*),
        }
    };
}

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if !is_unsafe(c) {
                continue;
            }
            writer.write_all(&fragment.as_bytes()[start..i])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = i + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.begin_array(writer))
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_array(writer))
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        layout!(self.begin_array_value(writer, first))
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_array_value(writer))
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.begin_object(writer))
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_object(writer))
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        layout!(self.begin_object_key(writer, first))
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.begin_object_value(writer))
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_object_value(writer))
    }
}

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

/// `storydiff compare --json`.
#[derive(Debug, Serialize)]
pub struct CompareReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// The left article.
    pub left: ArticleRef<'a>,
    /// The right article.
    pub right: ArticleRef<'a>,
    /// Aligned rows in the left article's reading order.
    pub rows: Vec<RowJson>,
    /// Shares and counts.
    pub summary: SummaryJson,
}

/// One aligned row.
#[derive(Debug, Serialize)]
pub struct RowJson {
    /// `same`, `reworded`, `left_only` or `right_only`.
    pub kind: &'static str,
    /// Left sentence indices (0-based, flattened across paragraphs).
    pub left: Vec<usize>,
    /// Right sentence indices.
    pub right: Vec<usize>,
    /// Display text of the left sentences, joined; "" when empty.
    pub left_text: String,
    /// Display text of the right sentences, joined; "" when empty.
    pub right_text: String,
    /// Similarity in 0..1, to three decimals.
    pub similarity: f64,
    /// The right side is out of order relative to its neighbours.
    pub moved: bool,
    /// Word diff of the two sides; [] for one-sided rows.
    pub diff: Vec<DiffRun>,
}

/// The alignment summary.
#[derive(Debug, Serialize)]
pub struct SummaryJson {
    /// Share of the left article's words shared with the right, 0..1.
    pub left_shared: f64,
    /// Share of the right article's words shared with the left, 0..1.
    pub right_shared: f64,
    /// Rows of copied text.
    pub same: usize,
    /// Rows of reworded text.
    pub reworded: usize,
    /// Rows only in the left article.
    pub left_only: usize,
    /// Rows only in the right article.
    pub right_only: usize,
}

/// Rounds to three decimals so reports are stable and readable.
pub(crate) fn round3(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round() / 1000.0
}

impl<'a> CompareReport<'a> {
    /// Builds the report for an alignment of `left` and `right`.
    pub fn new(left: &'a Article, right: &'a Article, alignment: &Alignment) -> Self {
        let (left_sentences, right_sentences) = (left.sentence_texts(), right.sentence_texts());
        let s = &alignment.summary;
        Self {
            schema: COMPARE_SCHEMA,
            left: ArticleRef::new(left),
            right: ArticleRef::new(right),
            rows: alignment
                .rows
                .iter()
                .map(|row| RowJson::new(row, &left_sentences, &right_sentences))
                .collect(),
            summary: SummaryJson {
                left_shared: round3(s.left_shared),
                right_shared: round3(s.right_shared),
                same: s.same,
                reworded: s.reworded,
                left_only: s.left_only,
                right_only: s.right_only,
            },
        }
    }
}

impl RowJson {
    /// Builds one row, with its texts and word diff.
    pub fn new(row: &AlignedRow, left: &[&str], right: &[&str]) -> Self {
        let (left_text, right_text) = row.texts(left, right);
        let diff = if row.left.is_empty() || row.right.is_empty() {
            Vec::new()
        } else {
            word_diff(&left_text, &right_text)
        };
        Self {
            kind: row.kind.as_str(),
            left: row.left.clone(),
            right: row.right.clone(),
            left_text,
            right_text,
            similarity: round3(row.similarity),
            moved: row.moved,
            diff,
        }
    }
}

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
            threads: threads::threads(corpus, grouping),
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
    /// Builds the report; `collations[k]` and `quotes[k]` belong to `stories[k]`.
    pub fn new(
        corpus: &'a Corpus,
        stories: &'a [Story],
        collations: &'a [Collation],
        quotes: &'a [StoryQuotes],
    ) -> Self {
        let story_json =
            |((story, collation), found): ((&'a Story, &'a Collation), &'a StoryQuotes)| {
                let members = &collation.witnesses;
                StoryStatementsJson {
                    id: &story.id,
                    key: collation.story_key.to_string(),
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
                .zip(collations)
                .zip(quotes)
                .map(story_json)
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}

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
    /// Builds the report; `collations[k]` and `framing[k]` belong to `stories[k]`.
    pub fn new(
        corpus: &'a Corpus,
        stories: &'a [Story],
        collations: &'a [Collation],
        framing: &'a [Vec<OutletFraming>],
    ) -> Self {
        Self {
            schema: FRAMING_SCHEMA,
            stories: stories
                .iter()
                .zip(collations)
                .zip(framing)
                .map(|((story, collation), outlets)| StoryFramingJson {
                    id: &story.id,
                    key: collation.story_key.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_characters_are_written_as_unicode_escapes() {
        let text =
            "a\u{1b}]0;x\u{7}b\u{9b}2Jc\u{85}d\u{202e}e\u{2066}f\u{e0041}g\n\"\\ é 日 👩\u{200d}💻";
        let value = serde_json::json!({ "key\u{202e}": [text, null, 1] });
        let json = to_string_pretty(&value).unwrap();
        assert!(!json.chars().any(|c| is_unsafe(c) && c != '\n'), "{json}");
        for escape in [
            "\\u001b",
            "\\u0007",
            "\\u009b",
            "\\u0085",
            "\\u202e",
            "\\u2066",
            "\\udb40\\udc41",
        ] {
            assert!(json.contains(escape), "{escape} in {json}");
        }
        assert!(
            json.contains("é 日 👩\u{200d}💻"),
            "safe text stays as it is"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn layout_is_serde_json_pretty() {
        let value = serde_json::json!({ "a": [1, {"b": "c"}], "d": {}, "e": [] });
        assert_eq!(
            to_string_pretty(&value).unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

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
