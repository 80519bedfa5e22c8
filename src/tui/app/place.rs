//! Where the reviewer was: screen, story, pair, row and the Coverage
//! screen's pivot, kept in the review file per corpus by article and story
//! keys, so a reopened corpus (in any load order) opens there again.

use serde::{Deserialize, Serialize};

use super::{App, ListRow, Origin, Screen, StoryOrder};
use crate::corpus::ArticleKey;
use crate::tui::lenses::Scope;

/// Where the reviewer was, as kept in the review file (JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// "stories", "compare" or "coverage".
    pub screen: String,
    /// The selected story's key.
    pub story: Option<String>,
    /// The compared articles' keys, left then right.
    pub pair: Option<(String, String)>,
    /// The Compare row.
    pub row: usize,
    /// The Coverage screen, when one is open.
    pub coverage: Option<CoveragePlace>,
    /// The Stories list's order, filter, folds and title mode (absent in
    /// places kept before they were).
    #[serde(default)]
    pub stories: StoriesPlace,
}

/// How the Stories list was shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoriesPlace {
    /// "size", "date" or "outlets".
    pub order: String,
    /// The typed filter.
    pub filter: String,
    /// The folded threads' keys.
    pub folded: Vec<String>,
    /// Whether titles are drawn whole.
    pub whole_titles: bool,
    /// The key of the thread whose header the cursor is on.
    pub thread: Option<String>,
}

/// The Coverage screen's focused cell and pivot.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoveragePlace {
    /// The pivot article's key.
    pub pivot: String,
    /// The focused column's article key.
    pub column: String,
    /// The focused passage.
    pub row: usize,
}

impl Place {
    /// A kept place; `None` when it is not one this build can read.
    pub fn parse(json: &str) -> Option<Place> {
        serde_json::from_str(json).ok()
    }
}

fn key_of(keys: &[ArticleKey], index: usize) -> String {
    keys[index].to_string()
}

fn index_of(keys: &[ArticleKey], key: &str) -> Option<usize> {
    keys.iter().position(|k| k.to_string() == key)
}

impl App {
    /// Where the reviewer is now.
    pub fn place(&self) -> Place {
        let articles = &self.review.keys;
        let screen = match self.screen {
            Screen::Stories => "stories",
            Screen::Compare => "compare",
            Screen::Coverage => "coverage",
        };
        let story = self
            .stories
            .get(self.story_cursor)
            .map(|s| self.review.story_key(s.articles()).to_string());
        let pair = self
            .compare
            .as_ref()
            .map(|v| (key_of(articles, v.left), key_of(articles, v.right)));
        let coverage = self.coverage.as_ref().zip(self.coverage_collation());
        let coverage = coverage.map(|(view, collation)| CoveragePlace {
            pivot: key_of(articles, collation.witnesses[collation.table.pivot]),
            column: key_of(articles, collation.witnesses[view.column]),
            row: view.cursor,
        });
        Place {
            screen: screen.to_owned(),
            story,
            pair,
            row: self.compare.as_ref().map_or(0, |v| v.cursor),
            coverage,
            stories: self.stories_place(),
        }
    }

    fn stories_place(&self) -> StoriesPlace {
        let view = &self.stories_view;
        let folded = view
            .folded
            .iter()
            .filter_map(|&t| self.threads.get(t))
            .map(|t| t.key(&self.stories, &self.corpus.articles))
            .collect();
        let thread = view
            .thread_cursor
            .and_then(|t| self.threads.get(t))
            .map(|t| t.key(&self.stories, &self.corpus.articles));
        StoriesPlace {
            order: view.order.name().to_owned(),
            filter: view.filter.clone(),
            folded,
            whole_titles: view.whole_titles,
            thread,
        }
    }

    /// Shows the Stories list as kept, cursor included: threads no longer
    /// in the corpus stay unfolded, an unknown order stays the default.
    fn restore_stories(&mut self, place: &StoriesPlace) {
        let view = &mut self.stories_view;
        view.order = StoryOrder::ALL
            .into_iter()
            .find(|o| o.name() == place.order)
            .unwrap_or_default();
        view.filter.clone_from(&place.filter);
        view.whole_titles = place.whole_titles;
        let keys: Vec<String> = self
            .threads
            .iter()
            .map(|t| t.key(&self.stories, &self.corpus.articles))
            .collect();
        view.folded = (0..keys.len())
            .filter(|&t| place.folded.contains(&keys[t]))
            .collect();
        let header = place.thread.as_deref().and_then(|key| {
            let thread = keys.iter().position(|k| k == key)?;
            self.story_rows()
                .into_iter()
                .find(|r| matches!(r, ListRow::Thread { thread: t, .. } if *t == thread))
        });
        match header {
            Some(row) => self.put_cursor(row),
            None => self.settle_cursor(),
        }
    }

    /// Keeps where the reviewer is in the review file (skipped when read-only).
    pub fn save_place(&mut self) {
        let json = serde_json::to_string(&self.place()).expect("places serialize");
        self.review.set_place(&json);
    }

    /// Goes back to a kept place, as far as the corpus still has it.
    pub fn restore(&mut self, place: &Place) {
        if let Some(story) = place.story.as_deref().and_then(|key| {
            self.stories
                .iter()
                .position(|s| self.review.story_key(s.articles()).to_string() == key)
        }) {
            self.select_story(story);
        }
        // After the selection, which unfolds its thread and clears a filter
        // that hides it.
        self.restore_stories(&place.stories);
        let pair = place.pair.as_ref().and_then(|(l, r)| {
            let articles = &self.review.keys;
            index_of(articles, l).zip(index_of(articles, r))
        });
        if let Some((left, right)) = pair.filter(|(l, r)| l != r) {
            self.open_compare(left, right);
            let view = self.compare.as_mut().expect("just opened");
            view.cursor = place.row.min(view.rows.len().saturating_sub(1));
        }
        self.screen = match place.screen.as_str() {
            "compare" if self.compare.is_some() => Screen::Compare,
            _ => Screen::Stories,
        };
        if let (Some(coverage), "coverage") = (&place.coverage, place.screen.as_str()) {
            self.restore_coverage(coverage);
        }
    }

    /// Reopens the Coverage screen of the comparison's story (else the
    /// selected story's) with its pivot, column and row.
    fn restore_coverage(&mut self, place: &CoveragePlace) {
        let (scope, origin) = match &self.compare {
            Some(v) => (
                Scope::of(&self.stories, v.left, v.right),
                Origin::Compare {
                    left: v.left,
                    right: v.right,
                    cursor: v.cursor,
                },
            ),
            None => match self.stories.get(self.story_cursor) {
                Some(story) => (Scope::story(story), Origin::Stories),
                None => return,
            },
        };
        self.open_coverage(scope, origin);
        let (articles, keys) = (&self.corpus.articles, &self.review.keys);
        let Some(view) = self.coverage.as_ref() else {
            return;
        };
        let Some(collation) = self.collations.get_mut(&view.scope.articles) else {
            return;
        };
        let position = |key: &str| {
            let index = index_of(keys, key)?;
            collation.witnesses.iter().position(|&w| w == index)
        };
        let (pivot, column) = (position(&place.pivot), position(&place.column));
        if let Some(pivot) = pivot.filter(|&p| p != collation.table.pivot) {
            collation.set_pivot(articles, pivot);
        }
        let passages = collation.table.passages.len();
        let view = self.coverage.as_mut().expect("checked");
        view.column = column.unwrap_or(view.column);
        view.cursor = place.row.min(passages.saturating_sub(1));
    }
}
