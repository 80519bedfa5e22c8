//! The TUI's state. Everything drawn is derived from it; only `update`
//! changes it.

use std::collections::HashMap;

use crate::align::{AlignOptions, AlignedRow, Alignment, AlignmentSummary, RowKind, align};
use crate::corpus::sanitize::for_display;
use crate::corpus::{Article, Corpus};
use crate::diff::{DiffOp, word_diff};
use crate::stories::{Story, StoryOptions, group_stories};

use super::config::Config;
use super::keymap::Keymap;
use super::lenses::{FramingPane, QuotesPane, Scope, StoryLens, framing_pane, quotes_pane};
use super::theme::Theme;

/// The screen under the overlays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The list of stories and the selected story's articles.
    Stories,
    /// Two articles side by side.
    Compare,
}

/// A layer drawn over the screen; the top one gets the keys first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key reference, generated from the active keymap.
    Help,
    /// What cleaning removed from the two articles, scrolled by `offset` lines.
    Removed { offset: usize },
    /// Choosing the two articles: `first` is set once the left one is chosen.
    Picker {
        selected: usize,
        first: Option<usize>,
    },
    /// Typing a search.
    SearchPrompt,
    /// The compared story's statements, the compared pair's versions side by
    /// side: `selected` statement, `offset` the first one drawn.
    Quotes { selected: usize, offset: usize },
    /// The compared story's word choices per outlet, from table row `offset`.
    Framing { offset: usize },
}

/// How a word of a row is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// Unchanged text.
    Plain,
    /// Words only the left side has (in a reworded row).
    Removed,
    /// Words only the right side has (in a reworded row).
    Inserted,
}

/// One aligned row, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    /// The aligned row.
    pub row: AlignedRow,
    /// Left side as emphasized runs (empty for a right-only row).
    pub left: Vec<(String, Emphasis)>,
    /// Right side as emphasized runs.
    pub right: Vec<(String, Emphasis)>,
    /// Plain texts, lowercased, for search.
    pub haystack: String,
}

/// The search state of the Compare screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// Rows that match, in order.
    pub matches: Vec<usize>,
    /// Whether the search was kept with Enter (n / N then go through matches).
    pub kept: bool,
}

/// Two articles compared.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    /// Index of the left article in the corpus.
    pub left: usize,
    /// Index of the right article in the corpus.
    pub right: usize,
    /// The alignment (for the summary).
    pub alignment: Alignment,
    /// The rows, ready to draw.
    pub rows: Vec<RowView>,
    /// The current row.
    pub cursor: usize,
    /// The search, when one is typed or kept.
    pub search: Option<Search>,
}

/// The whole application state.
#[derive(Debug, Clone)]
pub struct App {
    /// The loaded articles.
    pub corpus: Corpus,
    /// The stories of the corpus.
    pub stories: Vec<Story>,
    /// The screen under the overlays.
    pub screen: Screen,
    /// Selected story on the Stories screen.
    pub story_cursor: usize,
    /// Per story (once computed): each member's share of text shared with
    /// its closest fellow member; None for stories too large to align fully.
    pub member_shares: Vec<Option<Vec<f32>>>,
    /// The comparison, once one is open.
    pub compare: Option<CompareView>,
    /// Overlays, bottom first.
    pub overlays: Vec<Overlay>,
    /// Colours and modifiers.
    pub theme: Theme,
    /// Keys to actions.
    pub keymap: Keymap,
    /// Presentation mode: no scores or chrome, more spacing.
    pub presentation: bool,
    /// Whether colours may be used (off under NO_COLOR or --color never:
    /// the theme then stays monochrome).
    pub colour: bool,
    /// Rows that fit on the last drawn page (for paging).
    pub page_rows: usize,
    /// Alignment settings.
    pub align_options: AlignOptions,
    /// Summaries of pairs already aligned for the Stories screen, by
    /// (left, right) article index, so no pair is aligned twice.
    pub pair_summaries: HashMap<(usize, usize), AlignmentSummary>,
    /// Quotations and framing of the stories the panes have covered, by
    /// the articles read ([`Scope::articles`]), so none is computed twice.
    pub lenses: HashMap<Vec<usize>, StoryLens>,
    /// The Quotes pane, laid out for the pair it was last opened on.
    pub quotes_pane: Option<QuotesPane>,
    /// The Framing pane, laid out for the pair it was last opened on.
    pub framing_pane: Option<FramingPane>,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Set when the user asked to quit.
    pub should_quit: bool,
}

impl App {
    /// Builds the app for a corpus: stories grouped, and the best pair of the
    /// largest story opened in Compare (the demo opens on Sputnik vs TASS).
    pub fn new(corpus: Corpus, config: Config) -> Self {
        let story_options = StoryOptions {
            min_similarity: config.story_min_similarity,
            ..StoryOptions::default()
        };
        let stories = group_stories(&corpus.articles, &story_options);
        let align_options = AlignOptions {
            threshold: config
                .align_threshold
                .unwrap_or(crate::align::DEFAULT_THRESHOLD),
        };
        let mut app = App {
            corpus,
            stories,
            screen: Screen::Stories,
            story_cursor: 0,
            member_shares: Vec::new(),
            compare: None,
            overlays: Vec::new(),
            theme: config.theme,
            keymap: config.keymap,
            presentation: false,
            colour: true,
            page_rows: 10,
            align_options,
            pair_summaries: HashMap::new(),
            lenses: HashMap::new(),
            quotes_pane: None,
            framing_pane: None,
            message: None,
            should_quit: false,
        };
        app.member_shares = vec![None; app.stories.len()];
        app.compute_member_shares();
        if let Some((left, right)) = app.best_pair(0) {
            app.open_compare(left, right);
        }
        app
    }

    /// Most members a story may have for its shares to be computed (every
    /// pair is aligned).
    pub const SHARES_MAX_MEMBERS: usize = 8;

    /// Computes the selected story's member shares, once.
    pub fn compute_member_shares(&mut self) {
        let story = self.story_cursor;
        let Some(members) = self
            .stories
            .get(story)
            .map(|s| s.articles().collect::<Vec<_>>())
        else {
            return;
        };
        if self.member_shares[story].is_some() || members.len() > Self::SHARES_MAX_MEMBERS {
            return;
        }
        let mut shares = vec![0.0f32; members.len()];
        for a in 0..members.len() {
            for b in a + 1..members.len() {
                let summary = self.pair_summary(members[a], members[b]);
                shares[a] = shares[a].max(summary.left_shared);
                shares[b] = shares[b].max(summary.right_shared);
            }
        }
        self.member_shares[story] = Some(shares);
    }

    /// The two articles of story `story` that share the most text.
    pub fn best_pair(&mut self, story: usize) -> Option<(usize, usize)> {
        let members: Vec<usize> = self.stories.get(story)?.articles().collect();
        if members.len() < 2 {
            return None;
        }
        // Aligning every pair is quadratic: look at the first few members only.
        let considered = &members[..members.len().min(6)];
        let mut best = None;
        let mut best_share = -1.0f32;
        for (k, &a) in considered.iter().enumerate() {
            for &b in &considered[k + 1..] {
                let summary = self.pair_summary(a, b);
                let share = summary.left_shared + summary.right_shared;
                if share > best_share {
                    best_share = share;
                    best = Some((a.min(b), a.max(b)));
                }
            }
        }
        best
    }

    /// The alignment summary of two articles, computed once.
    fn pair_summary(&mut self, left: usize, right: usize) -> AlignmentSummary {
        if let Some(summary) = self.pair_summaries.get(&(left, right)) {
            return *summary;
        }
        let summary = self.align_pair(left, right).summary;
        self.pair_summaries.insert((left, right), summary);
        summary
    }

    fn align_pair(&self, left: usize, right: usize) -> Alignment {
        let articles = &self.corpus.articles;
        align(&articles[left], &articles[right], &self.align_options)
    }

    /// Opens Compare on two articles of the corpus.
    pub fn open_compare(&mut self, left: usize, right: usize) {
        let alignment = self.align_pair(left, right);
        let articles = &self.corpus.articles;
        let rows = row_views(&alignment, &articles[left], &articles[right]);
        self.compare = Some(CompareView {
            left,
            right,
            alignment,
            rows,
            cursor: 0,
            search: None,
        });
        self.screen = Screen::Compare;
    }

    /// Lays out the Quotes pane for the current comparison, unless it
    /// already is; the story's quotations are found on first use. False
    /// without a comparison.
    pub fn prepare_quotes(&mut self) -> bool {
        let Some(view) = &self.compare else {
            return false;
        };
        let pair = (view.left, view.right);
        if self
            .quotes_pane
            .as_ref()
            .is_none_or(|p| (p.left, p.right) != pair)
        {
            let scope = Scope::of(&self.stories, view.left, view.right);
            let lens = lens_of(&mut self.lenses, &self.corpus.articles, &scope);
            let pane = quotes_pane(lens, &self.corpus.articles, view, &scope);
            self.quotes_pane = Some(pane);
        }
        true
    }

    /// Lays out the Framing pane for the current comparison, unless it
    /// already is; the story's framing is computed on first use. False
    /// without a comparison.
    pub fn prepare_framing(&mut self) -> bool {
        let Some(view) = &self.compare else {
            return false;
        };
        let pair = (view.left, view.right);
        if self
            .framing_pane
            .as_ref()
            .is_none_or(|p| (p.left, p.right) != pair)
        {
            let scope = Scope::of(&self.stories, view.left, view.right);
            let articles = &self.corpus.articles;
            let outlets = lens_of(&mut self.lenses, articles, &scope).framing(articles);
            let pane = framing_pane(outlets, articles, view, &scope);
            self.framing_pane = Some(pane);
        }
        true
    }

    /// The top overlay, if any.
    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }
}

/// The cached lens of a scope's articles, computed on first use.
fn lens_of<'a>(
    lenses: &'a mut HashMap<Vec<usize>, StoryLens>,
    corpus: &[Article],
    scope: &Scope,
) -> &'a mut StoryLens {
    lenses
        .entry(scope.articles.clone())
        .or_insert_with(|| StoryLens::new(corpus, scope.articles.clone()))
}

/// Rows with their texts split into emphasized runs by the word diff.
pub fn row_views(alignment: &Alignment, left: &Article, right: &Article) -> Vec<RowView> {
    let (lt, rt) = (left.sentence_texts(), right.sentence_texts());
    alignment
        .rows
        .iter()
        .map(|row| {
            let (l, r) = row.texts(&lt, &rt);
            let haystack = format!("{l}\n{r}").to_lowercase();
            let (left, right) = if row.kind == RowKind::Reworded {
                emphasized(&l, &r)
            } else {
                (plain(l), plain(r))
            };
            RowView {
                row: row.clone(),
                left,
                right,
                haystack,
            }
        })
        .collect()
}

/// Text as one plain run, escaped for display.
fn plain(text: String) -> Vec<(String, Emphasis)> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![(for_display(&text).into_owned(), Emphasis::Plain)]
    }
}

type Runs = Vec<(String, Emphasis)>;

/// Two texts as runs, escaped for display, with the words only the left has
/// marked Removed and the words only the right has marked Inserted.
pub(crate) fn emphasized(left: &str, right: &str) -> (Runs, Runs) {
    let (mut l, mut r) = (Vec::new(), Vec::new());
    for run in word_diff(&for_display(left), &for_display(right)) {
        match run.op {
            DiffOp::Equal => {
                l.push((run.text.clone(), Emphasis::Plain));
                r.push((run.text, Emphasis::Plain));
            }
            DiffOp::Delete => l.push((run.text, Emphasis::Removed)),
            DiffOp::Insert => r.push((run.text, Emphasis::Inserted)),
        }
    }
    (l, r)
}
