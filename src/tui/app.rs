//! The TUI's state. Everything drawn is derived from it; only `update`
//! changes it.

use std::collections::HashMap;

use crate::align::{AlignOptions, AlignedRow, Alignment, RowKind};
use crate::collate::Collation;
use crate::corpus::sanitize::for_display;
use crate::corpus::{Article, Corpus};
use crate::diff::{MarkedText, change_runs, kept_runs};
use crate::stories::{Grouping, Story, StoryOptions, Thread, group};

use super::config::Config;
use super::editor::TextInput;
use super::keymap::Keymap;
use super::lenses::{FramingPane, QuotesPane, Scope, StoryLens, framing_pane, quotes_pane};
use super::marks::Glyphs;
use super::review::Review;
use super::sources::{SourcesPane, sources_pane};
use super::theme::Theme;
use crate::notes::Target;

mod coverage;
mod focus;
mod place;
mod story_list;

pub use coverage::{CoverageView, Origin};
pub use focus::Focus;
pub use place::Place;
pub use story_list::{ListRow, StoriesView, StoryFacts, StoryOrder};

/// The screen under the overlays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The list of stories and the selected story's articles.
    Stories,
    /// Two articles side by side.
    Compare,
    /// One story's passages down, one column per article.
    Coverage,
}

/// A layer drawn over the screen; the top one gets the keys first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key reference of the screen, generated from the active keymap,
    /// scrolled by `offset` lines.
    Help { offset: usize },
    /// What cleaning removed from the two articles, scrolled by `offset` lines.
    Removed { offset: usize },
    /// Choosing the two articles: `selected` article (corpus index),
    /// `first` set once the left one is chosen, `filter` what was typed.
    Picker {
        selected: usize,
        first: Option<usize>,
        filter: TextInput,
    },
    /// Typing a search; `input` holds the query and its cursor.
    SearchPrompt { input: TextInput },
    /// Typing the Stories list's filter; the list narrows as it is typed.
    StoryFilter { input: TextInput },
    /// The compared story's statements, the compared pair's versions side by
    /// side: `selected` statement, `offset` the first one drawn.
    Quotes { selected: usize, offset: usize },
    /// The compared story's word choices per outlet, from table row `offset`.
    Framing { offset: usize },
    /// The compared story's sources per article, from line `offset`.
    Sources { offset: usize },
    /// Writing a note on `target`; `note` is the note being edited, if any.
    NoteEditor {
        input: TextInput,
        target: Target,
        note: Option<i64>,
    },
    /// Toggling tags of the note on `target` (`note`, once there is one).
    TagPicker { target: Target, note: Option<i64> },
    /// Every note of the corpus: `selected` entry of the pane's order,
    /// `confirm` a note to delete once `y` is pressed, `from` the target of
    /// the row the pane was opened on (where `R` re-attaches a note).
    Notes {
        selected: usize,
        offset: usize,
        confirm: Option<i64>,
        from: Option<Target>,
    },
}

impl Overlay {
    /// Whether typed characters go to this layer rather than the keymap.
    pub fn takes_text(&self) -> bool {
        match self {
            Overlay::SearchPrompt { .. }
            | Overlay::StoryFilter { .. }
            | Overlay::Picker { .. }
            | Overlay::NoteEditor { .. }
            | Overlay::TagPicker { .. } => true,
            Overlay::Notes { confirm, .. } => confirm.is_some(),
            _ => false,
        }
    }
}

/// One aligned row, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    /// The aligned row.
    pub row: AlignedRow,
    /// Left side as marked runs (empty for a right-only row).
    pub left: MarkedText,
    /// Right side as marked runs.
    pub right: MarkedText,
    /// Plain texts, folded ([`super::search::fold`]), for search.
    pub haystack: String,
    /// Whether the two sides share a passage word for word (a copy).
    pub copied: bool,
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
    /// The screen `Esc` returns to: Stories, or Coverage when the pair was
    /// opened from one of its cells.
    pub back: Screen,
}

/// The whole application state.
#[derive(Debug)]
pub struct App {
    /// The loaded articles.
    pub corpus: Corpus,
    /// The stories of the corpus.
    pub stories: Vec<Story>,
    /// Threads of stories on one developing subject (shown on the Stories screen).
    pub threads: Vec<Thread>,
    /// The screen under the overlays.
    pub screen: Screen,
    /// Selected story on the Stories screen (kept while the cursor is on a
    /// thread header, see [`StoriesView::thread_cursor`]).
    pub story_cursor: usize,
    /// The Stories list's order, filter, folds and scroll.
    pub stories_view: StoriesView,
    /// Per story, the folded text the Stories filter looks in
    /// ([`App::filter_text`]), made once: typing a filter over a thousand
    /// stories then folds nothing.
    pub story_text: Vec<String>,
    /// The focused article of the selected story (its member position), or
    /// `None` when the story itself is focused: what `a`, `T` and `x` act on.
    pub member_cursor: Option<usize>,
    /// Per story (once computed): each member's share of text shared with
    /// its closest fellow member, in member order.
    pub member_shares: Vec<Option<Vec<f32>>>,
    /// The comparison, once one is open.
    pub compare: Option<CompareView>,
    /// The Coverage screen, once one is open.
    pub coverage: Option<CoverageView>,
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
    /// The collations made so far, by their sorted corpus indices (a story's
    /// members, or a pair picked across stories): every pair is aligned once.
    pub collations: HashMap<Vec<usize>, Collation>,
    /// Quotations and framing of the stories the panes have covered, by
    /// the articles read ([`Scope::articles`]), so none is computed twice.
    pub lenses: HashMap<Vec<usize>, StoryLens>,
    /// The Quotes pane, laid out for the pair it was last opened on.
    pub quotes_pane: Option<QuotesPane>,
    /// The Framing pane, laid out for the pair it was last opened on.
    pub framing_pane: Option<FramingPane>,
    /// The Sources pane, laid out for the pair it was last opened on.
    pub sources_pane: Option<SourcesPane>,
    /// The review file and the corpus's notes.
    pub review: Review,
    /// The tags the tag picker offers, in order.
    pub tags: Vec<String>,
    /// How notes, tags and reviewed marks show in the gutter.
    pub glyphs: Glyphs,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Set when the user asked to quit.
    pub should_quit: bool,
}

/// How the TUI groups stories under `config`.
pub fn story_options(config: &Config) -> StoryOptions {
    StoryOptions {
        min_similarity: config.story_min_similarity,
        ..StoryOptions::default()
    }
}

impl App {
    /// Builds the app for a corpus: stories grouped, and the best pair of the
    /// largest story opened in Compare (the demo opens on Sputnik vs TASS).
    pub fn new(corpus: Corpus, config: Config) -> Self {
        let grouping = group(&corpus.articles, &story_options(&config));
        Self::with_grouping(corpus, grouping, config)
    }

    /// [`App::new`] for stories and threads already grouped (on a worker
    /// thread, say, while a progress screen is shown).
    pub fn with_grouping(corpus: Corpus, grouping: Grouping, config: Config) -> Self {
        let (stories, threads) = (grouping.stories, grouping.threads);
        let align_options = AlignOptions {
            threshold: config
                .align_threshold
                .unwrap_or(crate::align::DEFAULT_THRESHOLD),
        };
        let review = Review::none(&corpus.articles);
        let mut app = App {
            review,
            tags: config.tags.unwrap_or_else(super::marks::default_tags),
            glyphs: config.glyphs,
            corpus,
            stories,
            threads,
            screen: Screen::Stories,
            story_cursor: 0,
            stories_view: StoriesView::default(),
            story_text: Vec::new(),
            member_cursor: None,
            member_shares: Vec::new(),
            compare: None,
            coverage: None,
            overlays: Vec::new(),
            theme: config.theme,
            keymap: config.keymap,
            presentation: false,
            colour: true,
            page_rows: 10,
            align_options,
            collations: HashMap::new(),
            lenses: HashMap::new(),
            quotes_pane: None,
            framing_pane: None,
            sources_pane: None,
            message: None,
            should_quit: false,
        };
        app.member_shares = vec![None; app.stories.len()];
        app.story_text = (0..app.stories.len()).map(|s| app.filter_text(s)).collect();
        app.compute_member_shares();
        if let Some((left, right)) = app.best_pair(0) {
            app.open_compare(left, right);
        }
        app
    }

    /// Opens the review file at `path` (`None`: none, every change refused)
    /// and goes back where the reviewer was in this corpus, if kept. An
    /// unreadable file leaves the app without notes, saying why.
    pub fn with_review(mut self, path: Option<&std::path::Path>) -> Self {
        let Some(path) = path else {
            return self;
        };
        self.review = Review::open(path, &self.corpus.articles, &self.stories);
        if let Some(why) = &self.review.read_only {
            self.message = Some(format!("review file is read-only: {why}"));
        }
        if let Some(place) = self.review.place().and_then(|p| Place::parse(&p)) {
            self.restore(&place);
        }
        self
    }

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
        if self.member_shares[story].is_some() {
            return;
        }
        let collation = self.collation(&members);
        let mut shares = vec![0.0f32; members.len()];
        for ((a, b), alignment) in collation.pairs() {
            let (x, y) = (collation.witnesses[a], collation.witnesses[b]);
            let (i, j) = (
                members.iter().position(|&m| m == x).unwrap_or(0),
                members.iter().position(|&m| m == y).unwrap_or(0),
            );
            shares[i] = shares[i].max(alignment.summary.left_shared);
            shares[j] = shares[j].max(alignment.summary.right_shared);
        }
        self.member_shares[story] = Some(shares);
    }

    /// The collation of `articles` (corpus indices), made on first use.
    pub fn collation(&mut self, articles: &[usize]) -> &Collation {
        let mut key = articles.to_vec();
        key.sort_unstable();
        key.dedup();
        let (corpus, options) = (&self.corpus.articles, &self.align_options);
        self.collations
            .entry(key)
            .or_insert_with_key(|key| Collation::new(corpus, key, options))
    }

    /// The articles whose collation holds the pair: the story holding both,
    /// else just the two.
    pub fn scope_of(&self, left: usize, right: usize) -> Vec<usize> {
        Scope::of(&self.stories, left, right).articles
    }

    /// The two articles of story `story` that share the most text.
    pub fn best_pair(&mut self, story: usize) -> Option<(usize, usize)> {
        let members: Vec<usize> = self.stories.get(story)?.articles().collect();
        let collation = self.collation(&members);
        let (a, b) = collation.best_pair()?;
        let (x, y) = (collation.witnesses[a], collation.witnesses[b]);
        Some((x.min(y), x.max(y)))
    }

    /// Opens Compare on two articles of the corpus; the rows come from the
    /// collation of the story that holds both.
    pub fn open_compare(&mut self, left: usize, right: usize) {
        let scope = self.scope_of(left, right);
        let collation = self.collation(&scope);
        let alignment = match (collation.position(left), collation.position(right)) {
            (Some(a), Some(b)) if a != b => collation.alignment(a, b).into_owned(),
            _ => Alignment {
                rows: Vec::new(),
                summary: Default::default(),
            },
        };
        let articles = &self.corpus.articles;
        let rows = row_views(&alignment, &articles[left], &articles[right]);
        self.compare = Some(CompareView {
            left,
            right,
            alignment,
            rows,
            cursor: 0,
            search: None,
            back: Screen::Stories,
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
            let view = view.clone();
            self.collation(&scope.articles);
            let lens = lens_of(
                &mut self.lenses,
                &self.collations,
                &self.corpus.articles,
                &scope,
            );
            let pane = quotes_pane(lens, &self.corpus.articles, &view, &scope);
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
            let view = view.clone();
            self.collation(&scope.articles);
            let articles = &self.corpus.articles;
            let lens = lens_of(&mut self.lenses, &self.collations, articles, &scope);
            let collation = &self.collations[&scope.articles];
            let pane = framing_pane(lens.framing(collation, articles), articles, &view, &scope);
            self.framing_pane = Some(pane);
        }
        true
    }

    /// Lays out the Sources pane for the current comparison, unless it
    /// already is; the story's sources are found on first use. False
    /// without a comparison.
    pub fn prepare_sources(&mut self) -> bool {
        let Some(view) = &self.compare else {
            return false;
        };
        if self
            .sources_pane
            .as_ref()
            .is_none_or(|p| (p.left, p.right) != (view.left, view.right))
        {
            let scope = Scope::of(&self.stories, view.left, view.right);
            let view = view.clone();
            self.collation(&scope.articles);
            let articles = &self.corpus.articles;
            let lens = lens_of(&mut self.lenses, &self.collations, articles, &scope);
            let collation = &self.collations[&scope.articles];
            let found = lens.sources(collation, articles);
            self.sources_pane = Some(sources_pane(found, collation, articles, &view, &scope));
        }
        true
    }

    /// The top overlay, if any.
    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }
}

/// The cached lens of a scope's articles, computed on first use from the
/// scope's collation (which the caller has made).
fn lens_of<'a>(
    lenses: &'a mut HashMap<Vec<usize>, StoryLens>,
    collations: &HashMap<Vec<usize>, Collation>,
    corpus: &[Article],
    scope: &Scope,
) -> &'a mut StoryLens {
    lenses.entry(scope.articles.clone()).or_insert_with(|| {
        let collation = &collations[&scope.articles];
        StoryLens::new(collation, corpus)
    })
}

/// Rows with their texts split into emphasized runs by the word diff.
pub fn row_views(alignment: &Alignment, left: &Article, right: &Article) -> Vec<RowView> {
    let (lt, rt) = (left.sentence_texts(), right.sentence_texts());
    let copied = crate::sources::copied_rows(&alignment.rows, left, right);
    alignment
        .rows
        .iter()
        .zip(copied)
        .map(|(row, copied)| {
            let (l, r) = row.texts(&lt, &rt);
            let haystack = super::search::fold(&format!("{l}\n{r}"));
            let (left, right) = if row.kind == RowKind::Reworded {
                shown_runs(&l, &r)
            } else {
                (kept_runs(&for_display(&l)), kept_runs(&for_display(&r)))
            };
            RowView {
                row: row.clone(),
                left,
                right,
                haystack,
                copied,
            }
        })
        .collect()
}

/// Both texts escaped for display, then marked by the word diff.
pub(crate) fn shown_runs(left: &str, right: &str) -> (MarkedText, MarkedText) {
    change_runs(&for_display(left), &for_display(right))
}
