//! What the Quotes and Framing panes show, ready to draw.
//!
//! Both panes cover the story the compared pair belongs to: every article
//! of the story that holds both (at most [`MAX_ARTICLES`] of them), or just
//! the two articles when they belong to different stories. The story's
//! quotations and framing are computed when a pane first opens and kept in
//! [`StoryLens`]; each opening then lays them out for the compared pair
//! (left article's column, right article's column) once, word diff
//! included, so drawing a frame only wraps text.

use std::collections::BTreeMap;

use std::borrow::Cow;

use super::app::{CompareView, Emphasis, emphasized};
use crate::corpus::Article;
use crate::corpus::sanitize::for_display;
use crate::framing::{OutletFraming, frame_outlets};
use crate::quotes::{StoryQuotes, Version, story_quotes};
use crate::stories::Story;

/// Most articles of a story the panes read: matching quotations aligns every
/// pair of articles, so a very large story is cut to the compared pair and
/// the story's first other members.
pub const MAX_ARTICLES: usize = 8;
/// Distinctive terms shown per outlet.
pub const DISTINCTIVE_TERMS: usize = 8;
/// Reporting verbs shown per outlet, most used first.
pub const TOP_VERBS: usize = 8;

/// The articles the panes cover for a compared pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The story holding both articles, if one does.
    pub story: Option<String>,
    /// Number of articles in that story (2 without a story).
    pub story_size: usize,
    /// Corpus indices of the articles read, in story order; the key of the
    /// cached [`StoryLens`].
    pub articles: Vec<usize>,
}

impl Scope {
    /// The scope of comparing `left` with `right`.
    pub fn of(stories: &[Story], left: usize, right: usize) -> Scope {
        let story = stories
            .iter()
            .find(|s| s.articles().any(|a| a == left) && s.articles().any(|a| a == right));
        match story {
            Some(story) => {
                let members: Vec<usize> = story.articles().collect();
                let mut kept = members.clone();
                if kept.len() > MAX_ARTICLES {
                    // The pair first, then the earliest members, in story order.
                    let mut chosen = vec![left, right];
                    chosen.extend(
                        members
                            .iter()
                            .copied()
                            .filter(|a| *a != left && *a != right)
                            .take(MAX_ARTICLES - 2),
                    );
                    kept.retain(|a| chosen.contains(a));
                }
                Scope {
                    story: Some(story.id.clone()),
                    story_size: members.len(),
                    articles: kept,
                }
            }
            None => Scope {
                story: None,
                story_size: 2,
                articles: vec![left.min(right), left.max(right)],
            },
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

/// The quotations and framing of one set of articles, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryLens {
    /// Corpus indices of the articles, in the order given to the library:
    /// a [`Version::article`] indexes this list.
    pub articles: Vec<usize>,
    /// The statements of the articles.
    pub quotes: StoryQuotes,
    /// Framing per outlet, once the Framing pane has been opened.
    pub framing: Option<Vec<OutletFraming>>,
}

impl StoryLens {
    /// Finds and matches the quotations of `articles` (corpus indices).
    pub fn new(corpus: &[Article], articles: Vec<usize>) -> StoryLens {
        let refs: Vec<&Article> = articles.iter().map(|&i| &corpus[i]).collect();
        let quotes = story_quotes(&refs);
        StoryLens {
            articles,
            quotes,
            framing: None,
        }
    }

    /// The framing per outlet, computed on first use (scare quotes counted
    /// among the hedges).
    pub fn framing(&mut self, corpus: &[Article]) -> &[OutletFraming] {
        let (articles, scare) = (&self.articles, &self.quotes.scare_quotes);
        self.framing.get_or_insert_with(|| {
            let refs: Vec<&Article> = articles.iter().map(|&i| &corpus[i]).collect();
            frame_outlets(&refs, scare, DISTINCTIVE_TERMS)
        })
    }
}

/// How an article is named: its outlet, else its id (as stored; see
/// [`shown_name`] for the screen).
pub fn outlet_name(article: &Article) -> &str {
    article.outlet.as_deref().unwrap_or(&article.id)
}

/// How an article is named on screen: [`outlet_name`], escaped for display.
pub fn shown_name(article: &Article) -> Cow<'_, str> {
    for_display(outlet_name(article))
}

/// One side of a statement: how the article gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct SideView {
    /// "direct · said", "paraphrase", "partial · called · Donald Trump".
    pub meta: String,
    /// The words, quotation marks included for a quotation, with the words
    /// the other side lacks emphasized.
    pub runs: Vec<(String, Emphasis)>,
}

/// A version in an article other than the compared two.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherVersion {
    /// "Press TV (direct · said)".
    pub label: String,
    /// Its words, unemphasized.
    pub runs: Vec<(String, Emphasis)>,
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
fn marked(version: &Version, mut runs: Vec<(String, Emphasis)>) -> Vec<(String, Emphasis)> {
    if version.kind.is_some() && !runs.is_empty() {
        runs.insert(0, ("“".to_owned(), Emphasis::Plain));
        runs.push(("”".to_owned(), Emphasis::Plain));
    }
    runs
}

fn plain(text: &str) -> Vec<(String, Emphasis)> {
    vec![(for_display(text).into_owned(), Emphasis::Plain)]
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
                let (x, y) = emphasized(&a.text, &b.text);
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

/// One row of the Framing table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FramingRow {
    /// What the row counts: "Reporting verbs", or a referent under Naming
    /// (drawn indented).
    pub label: String,
    /// A section's first row: drawn as a heading, after a blank line.
    pub heading: bool,
    /// One cell per outlet column, as items that are never broken across
    /// lines ("Daesh ×7"): ["—"] for nothing, no items under a bare heading.
    pub cells: Vec<Vec<String>>,
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

/// The cell of nothing.
fn nothing() -> Vec<String> {
    vec!["—".to_owned()]
}

/// "said ×4", "accused ×1": most used first, at most `top`, then "+N more".
fn counted(counts: &BTreeMap<String, usize>, top: usize) -> Vec<String> {
    if counts.is_empty() {
        return nothing();
    }
    let mut sorted: Vec<(&String, &usize)> = counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let mut items: Vec<String> = sorted
        .iter()
        .take(top)
        .map(|(key, n)| format!("{key} ×{n}"))
        .collect();
    if sorted.len() > top {
        items.push(format!("+{} more", sorted.len() - top));
    }
    items
}

/// How a row's cell is read from an outlet's framing.
type CellOf = fn(&OutletFraming) -> Vec<String>;

/// Lays the framing of `outlets` out as a table for the compared pair.
pub fn framing_pane(
    outlets: &[OutletFraming],
    corpus: &[Article],
    view: &CompareView,
    scope: &Scope,
) -> FramingPane {
    let first = [
        outlet_name(&corpus[view.left]),
        outlet_name(&corpus[view.right]),
    ];
    let mut order: Vec<&OutletFraming> = Vec::new();
    for name in first {
        order.extend(outlets.iter().filter(|o| o.outlet == name));
    }
    for outlet in outlets {
        if !order.iter().any(|o| o.outlet == outlet.outlet) {
            order.push(outlet);
        }
    }
    order.dedup_by(|a, b| a.outlet == b.outlet);
    let mut rows = vec![FramingRow {
        label: "Naming".to_owned(),
        heading: true,
        cells: vec![Vec::new(); order.len()],
    }];
    // Referents most mentioned across the outlets first.
    let mut referents: BTreeMap<&str, usize> = BTreeMap::new();
    for outlet in &order {
        for (referent, variants) in &outlet.framing.naming {
            *referents.entry(referent).or_default() += variants.values().sum::<usize>();
        }
    }
    let mut referents: Vec<(&str, usize)> = referents.into_iter().collect();
    referents.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    for (referent, _) in referents {
        let cells = order
            .iter()
            .map(|o| match o.framing.naming.get(referent) {
                Some(variants) => counted(variants, usize::MAX),
                None => nothing(),
            })
            .collect();
        rows.push(FramingRow {
            label: referent.to_owned(),
            heading: false,
            cells,
        });
    }
    if rows.len() == 1 {
        rows[0].cells = vec![nothing(); order.len()];
    }
    let lists: [(&str, CellOf); 4] = [
        ("Reporting verbs", |o| counted(&o.framing.verbs, TOP_VERBS)),
        ("Hedges", |o| counted(&o.framing.hedges, usize::MAX)),
        ("Labels", |o| counted(&o.framing.labels, usize::MAX)),
        ("Distinctive terms", |o| {
            if o.distinctive.is_empty() {
                return nothing();
            }
            o.distinctive
                .iter()
                .take(DISTINCTIVE_TERMS)
                .map(|d| format!("{} {:.1}", d.term, d.score))
                .collect()
        }),
    ];
    for (label, cell) in lists {
        rows.push(FramingRow {
            label: label.to_owned(),
            heading: true,
            cells: order.iter().map(|o| cell(o)).collect(),
        });
    }
    FramingPane {
        left: view.left,
        right: view.right,
        scope: scope.describe(),
        outlets: order
            .iter()
            .map(|o| for_display(&o.outlet).into_owned())
            .collect(),
        rows,
    }
}

#[cfg(test)]
#[path = "lenses_tests.rs"]
mod tests;
