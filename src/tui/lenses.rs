//! What the Quotes and Framing panes show, ready to draw.
//!
//! Both panes cover the story the compared pair belongs to: every article
//! of the story that holds both, or just the two articles when they belong
//! to different stories, read through that story's [`Collation`]. The
//! story's quotations and framing are computed when a pane first opens and
//! kept in [`StoryLens`]; each opening then lays them out for the compared
//! pair (left article's column, right article's column) once, word diff
//! included, so drawing a frame only wraps text.

use std::borrow::Cow;

use super::app::{CompareView, shown_runs};
use crate::collate::Collation;
use crate::corpus::Article;
use crate::corpus::sanitize::for_display;
use crate::diff::{Change, MarkedText};
use crate::framing::{DISTINCTIVE_TERMS, FramingRow, FramingTable, OutletFraming, frame_story};
use crate::quotes::{StoryQuotes, Version, story_quotes};
use crate::sources::{StorySources, story_sources};
use crate::stories::Story;

/// The articles the panes cover for a compared pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The story holding both articles, if one does.
    pub story: Option<String>,
    /// Number of articles in that story (2 without a story).
    pub story_size: usize,
    /// Corpus indices of the articles read, sorted; the key of the cached
    /// [`StoryLens`] and of the scope's [`Collation`].
    pub articles: Vec<usize>,
}

impl Scope {
    /// The scope of comparing `left` with `right`.
    pub fn of(stories: &[Story], left: usize, right: usize) -> Scope {
        let story = stories
            .iter()
            .find(|s| s.articles().any(|a| a == left) && s.articles().any(|a| a == right));
        match story {
            Some(story) => Scope::story(story),
            None => Scope {
                story: None,
                story_size: 2,
                articles: vec![left.min(right), left.max(right)],
            },
        }
    }

    /// The scope of a whole story: all its articles.
    pub fn story(story: &Story) -> Scope {
        let mut members: Vec<usize> = story.articles().collect();
        members.sort_unstable();
        Scope {
            story: Some(story.id.clone()),
            story_size: members.len(),
            articles: members,
        }
    }

    /// "story s1 · 2 articles", "5 of 12 articles of story s3", "2 articles
    /// from different stories".
    pub fn describe(&self) -> String {
        let n = self.articles.len();
        match &self.story {
            Some(id) if n < self.story_size => {
                format!("{n} of {} articles of story {id}", self.story_size)
            }
            Some(id) => format!("story {id} · {n} articles"),
            None => "2 articles from different stories".to_owned(),
        }
    }
}

/// The quotations and framing of one collated set of articles, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryLens {
    /// Corpus indices of the witnesses, in the collation's order: a
    /// [`Version::article`] indexes this list.
    pub articles: Vec<usize>,
    /// The statements of the articles.
    pub quotes: StoryQuotes,
    /// Framing per outlet, once the Framing pane has been opened.
    pub framing: Option<Vec<OutletFraming>>,
    /// Citations and copies, once the Sources pane has been opened.
    pub sources: Option<StorySources>,
}

impl StoryLens {
    /// Finds and matches the quotations of a collation's witnesses.
    pub fn new(collation: &Collation, corpus: &[Article]) -> StoryLens {
        StoryLens {
            articles: collation.witnesses.clone(),
            quotes: story_quotes(collation, corpus),
            framing: None,
            sources: None,
        }
    }

    /// The framing per outlet of `collation` (the one the lens was made
    /// from), computed on first use (scare quotes counted among the hedges).
    pub fn framing(&mut self, collation: &Collation, corpus: &[Article]) -> &[OutletFraming] {
        debug_assert_eq!(
            collation.witnesses, self.articles,
            "the lens's own collation"
        );
        let scare = &self.quotes.scare_quotes;
        self.framing
            .get_or_insert_with(|| frame_story(collation, corpus, scare, DISTINCTIVE_TERMS))
    }
}

impl StoryLens {
    /// The citations and copies of `collation` (the one the lens was made
    /// from), found on first use.
    pub fn sources(&mut self, collation: &Collation, corpus: &[Article]) -> &StorySources {
        debug_assert_eq!(
            collation.witnesses, self.articles,
            "the lens's own collation"
        );
        self.sources
            .get_or_insert_with(|| story_sources(collation, corpus))
    }
}

/// How an article is named on screen: [`Article::display_name`], escaped
/// for display.
pub fn shown_name(article: &Article) -> Cow<'_, str> {
    for_display(article.display_name())
}

/// One side of a statement: how the article gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct SideView {
    /// "direct · said", "paraphrase", "partial · called · Donald Trump".
    pub meta: String,
    /// The words, quotation marks included for a quotation, with the words
    /// the other side lacks emphasized.
    pub runs: MarkedText,
    /// The article's sentences that hold it (where a note on it anchors).
    pub sentences: Vec<usize>,
}

/// A version in an article other than the compared two.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherVersion {
    /// "Press TV (direct · said)".
    pub label: String,
    /// Its words, unemphasized.
    pub runs: MarkedText,
}

/// One statement as the Quotes pane shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementView {
    /// The speaker, or "unattributed".
    pub speaker: String,
    /// The flags, as words ([`crate::quotes::Flag::describe`]).
    pub flags: Vec<&'static str>,
    /// The left article's version, if it has one.
    pub left: Option<SideView>,
    /// The right article's version, if it has one.
    pub right: Option<SideView>,
    /// Versions in the story's other articles.
    pub others: Vec<OtherVersion>,
    /// The Compare row holding the left version's first sentence (else the
    /// right version's): where Enter goes.
    pub row: Option<usize>,
}

/// The Quotes pane for one compared pair.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotesPane {
    /// Left article (corpus index) the pane was laid out for.
    pub left: usize,
    /// Right article (corpus index).
    pub right: usize,
    /// Which articles were read ([`Scope::describe`]).
    pub scope: String,
    /// Statements with a version in the left or right article, in order of
    /// first appearance, then those quoted only by the story's other articles.
    pub statements: Vec<StatementView>,
    /// How many statements have a version in the compared pair: the others
    /// come after them.
    pub in_pair: usize,
}

/// "direct · said", "paraphrase", with the version's speaker when it is not
/// the statement's.
fn meta(version: &Version, speaker: Option<&str>) -> String {
    let mut parts = vec![version.kind.map_or("paraphrase", |k| k.as_str()).to_owned()];
    parts.extend(version.verb.clone());
    if let Some(own) = version.speaker.as_deref().filter(|s| Some(*s) != speaker) {
        parts.push(own.to_owned());
    }
    parts.join(" · ")
}

/// Quotation marks around a quotation's words (not around a paraphrase).
fn marked(version: &Version, mut runs: MarkedText) -> MarkedText {
    if version.kind.is_some() && !runs.is_empty() {
        runs.insert(0, ("“".to_owned(), Change::Kept));
        runs.push(("”".to_owned(), Change::Kept));
    }
    runs
}

fn plain(text: &str) -> MarkedText {
    vec![(for_display(text).into_owned(), Change::Kept)]
}

/// The first sentence of a version.
fn first_sentence(version: &Version) -> Option<usize> {
    version.sentences.iter().min().copied()
}

/// Lays the lens's statements out for the compared pair.
pub fn quotes_pane(
    lens: &StoryLens,
    corpus: &[Article],
    view: &CompareView,
    scope: &Scope,
) -> QuotesPane {
    let mut in_pair = Vec::new();
    let mut elsewhere = Vec::new();
    for statement in &lens.quotes.statements {
        let speaker = statement.speaker.as_deref();
        let of = |article: usize| {
            statement
                .versions
                .iter()
                .position(|v| lens.articles[v.article] == article)
        };
        let (l, r) = (of(view.left), of(view.right));
        let (lv, rv) = (
            l.map(|k| &statement.versions[k]),
            r.map(|k| &statement.versions[k]),
        );
        let (left_runs, right_runs) = match (lv, rv) {
            (Some(a), Some(b)) => {
                let (x, y) = shown_runs(&a.text, &b.text);
                (marked(a, x), marked(b, y))
            }
            _ => (
                lv.map(|a| marked(a, plain(&a.text))).unwrap_or_default(),
                rv.map(|b| marked(b, plain(&b.text))).unwrap_or_default(),
            ),
        };
        let side = |v: Option<&Version>, runs| {
            v.map(|v| SideView {
                meta: meta(v, speaker),
                runs,
                sentences: v.sentences.clone(),
            })
        };
        let others = statement
            .versions
            .iter()
            .enumerate()
            .filter(|(k, _)| Some(*k) != l && Some(*k) != r)
            .map(|(_, v)| OtherVersion {
                label: format!(
                    "{} ({})",
                    shown_name(&corpus[lens.articles[v.article]]),
                    for_display(&meta(v, speaker))
                ),
                runs: marked(v, plain(&v.text)),
            })
            .collect();
        let row = lv
            .and_then(first_sentence)
            .and_then(|s| view.rows.iter().position(|r| r.row.left.contains(&s)))
            .or_else(|| {
                rv.and_then(first_sentence)
                    .and_then(|s| view.rows.iter().position(|r| r.row.right.contains(&s)))
            });
        let shown = StatementView {
            speaker: speaker.unwrap_or("unattributed").to_owned(),
            flags: statement.flags.iter().map(|f| f.describe()).collect(),
            left: side(lv, left_runs),
            right: side(rv, right_runs),
            others,
            row,
        };
        if lv.is_some() || rv.is_some() {
            in_pair.push(shown);
        } else {
            elsewhere.push(shown);
        }
    }
    let count = in_pair.len();
    in_pair.extend(elsewhere);
    QuotesPane {
        left: view.left,
        right: view.right,
        scope: scope.describe(),
        statements: in_pair,
        in_pair: count,
    }
}

/// The Framing pane for one compared pair.
#[derive(Debug, Clone, PartialEq)]
pub struct FramingPane {
    /// Left article (corpus index) the pane was laid out for.
    pub left: usize,
    /// Right article (corpus index).
    pub right: usize,
    /// Which articles were read ([`Scope::describe`]).
    pub scope: String,
    /// Column headings: the compared articles' outlets first, then the others.
    pub outlets: Vec<String>,
    /// The table, top to bottom.
    pub rows: Vec<FramingRow>,
}

/// Lays the framing of `outlets` out as a table for the compared pair:
/// the pair's outlets lead.
pub fn framing_pane(
    outlets: &[OutletFraming],
    corpus: &[Article],
    view: &CompareView,
    scope: &Scope,
) -> FramingPane {
    let first = [
        corpus[view.left].display_name(),
        corpus[view.right].display_name(),
    ];
    let table = FramingTable::new(outlets, &first);
    FramingPane {
        left: view.left,
        right: view.right,
        scope: scope.describe(),
        outlets: table
            .outlets
            .iter()
            .map(|o| for_display(o).into_owned())
            .collect(),
        rows: table.rows,
    }
}

#[cfg(test)]
#[path = "lenses_tests.rs"]
mod tests;
