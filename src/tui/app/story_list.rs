//! The Stories screen's list: stories grouped under their threads, in the
//! chosen order, narrowed by the typed filter, with folded threads showing
//! only their header. Both `update` (to move the cursor) and drawing read
//! the same [`App::story_rows`], so what is drawn is what the keys move over.

use std::collections::BTreeSet;

use jiff::civil::Date;

use super::App;
use crate::tui::search::{fold, matches_words, query_words};

/// The order of the Stories list (threads, and stories within a thread).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StoryOrder {
    /// Most stories and articles first: the grouping's own order.
    #[default]
    Size,
    /// Latest first (by the last dated article), undated last.
    Date,
    /// Most outlets first.
    Outlets,
}

impl StoryOrder {
    /// Every order, in the order `O` cycles through them.
    pub const ALL: [StoryOrder; 3] = [StoryOrder::Size, StoryOrder::Date, StoryOrder::Outlets];

    /// The next order `O` cycles to.
    pub fn next(self) -> StoryOrder {
        match self {
            StoryOrder::Size => StoryOrder::Date,
            StoryOrder::Date => StoryOrder::Outlets,
            StoryOrder::Outlets => StoryOrder::Size,
        }
    }

    /// How the title names the order.
    pub fn name(self) -> &'static str {
        match self {
            StoryOrder::Size => "size",
            StoryOrder::Date => "date",
            StoryOrder::Outlets => "outlets",
        }
    }
}

/// The Stories list's own state: order, filter, folds, cursor on a thread
/// header, and where drawing last started the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoriesView {
    /// The order of threads and stories.
    pub order: StoryOrder,
    /// The kept filter (every word must be in a story's id, title, or one of
    /// its articles' titles or outlets); empty for none.
    pub filter: String,
    /// Folded threads, by thread index: only their header is listed.
    pub folded: BTreeSet<usize>,
    /// The thread whose header the cursor is on; `None` when it is on the
    /// story `App::story_cursor`.
    pub thread_cursor: Option<usize>,
    /// The first list row drawn (drawing moves it to keep the cursor in view).
    pub offset: usize,
    /// Whether titles are drawn whole, wrapped, instead of cut with `…`.
    pub whole_titles: bool,
}

/// One row of the Stories list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRow {
    /// A thread of two or more stories: `shown` of them match the filter.
    Thread { thread: usize, shown: usize },
    /// A story; `nested` when it is listed under its thread's header.
    Story { story: usize, nested: bool },
}

/// What the list shows and sorts by for one story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryFacts {
    /// Number of articles.
    pub articles: usize,
    /// The distinct outlets, by name, sorted.
    pub outlets: Vec<String>,
    /// The earliest dated article.
    pub first: Option<Date>,
    /// The latest dated article.
    pub last: Option<Date>,
}

/// Stories grouped for listing: a thread (or a story in none) and its
/// stories that match the filter.
struct Group {
    thread: Option<usize>,
    total: usize,
    stories: Vec<usize>,
}

impl App {
    /// The facts of story `story` (by index).
    pub fn story_facts(&self, story: usize) -> StoryFacts {
        let articles: Vec<_> = self.stories[story]
            .articles()
            .map(|i| &self.corpus.articles[i])
            .collect();
        let outlets: BTreeSet<&str> = articles
            .iter()
            .filter_map(|a| a.outlet.as_deref())
            .collect();
        StoryFacts {
            articles: articles.len(),
            outlets: outlets.into_iter().map(str::to_owned).collect(),
            first: articles.iter().filter_map(|a| a.date).min(),
            last: articles.iter().filter_map(|a| a.date).max(),
        }
    }

    /// The thread each story is in, by story index (`None` for a story in
    /// no thread, which is listed alone).
    pub fn thread_of_stories(&self) -> Vec<Option<usize>> {
        let mut of = vec![None; self.stories.len()];
        for (t, thread) in self.threads.iter().enumerate() {
            for &s in &thread.stories {
                if let Some(slot) = of.get_mut(s) {
                    *slot = Some(t);
                }
            }
        }
        of
    }

    /// The thread story `story` is in, if any.
    pub fn thread_of(&self, story: usize) -> Option<usize> {
        self.threads.iter().position(|t| t.stories.contains(&story))
    }

    /// Whether story `story` matches the filter `words` ([`query_words`]).
    pub fn story_matches(&self, story: usize, words: &[String]) -> bool {
        if words.is_empty() {
            return true;
        }
        match self.story_text.get(story) {
            Some(text) if self.story_text.len() == self.stories.len() => matches_words(text, words),
            _ => matches_words(&self.filter_text(story), words),
        }
    }

    /// What the filter looks in for story `story`, folded: its id and
    /// label, and each article's outlet (or id) and title.
    pub fn filter_text(&self, story: usize) -> String {
        let s = &self.stories[story];
        let mut hay = format!("{} {}", s.id, s.label);
        for a in s.articles().map(|i| &self.corpus.articles[i]) {
            hay.push(' ');
            hay.push_str(a.display_name());
            hay.push(' ');
            hay.push_str(a.title.as_deref().unwrap_or_default());
        }
        fold(&hay)
    }

    /// The list's rows: groups in the chosen order, a header for each thread
    /// of two or more stories (its stories beneath unless folded), a lone
    /// story without one; stories that do not match the filter left out.
    pub fn story_rows(&self) -> Vec<ListRow> {
        let words = query_words(&self.stories_view.filter);
        let mut groups = self.groups(&words);
        let facts: Vec<StoryFacts> = (0..self.stories.len())
            .map(|s| self.story_facts(s))
            .collect();
        let order = self.stories_view.order;
        for group in &mut groups {
            group
                .stories
                .sort_by(|&a, &b| story_order(order, &facts, a, b));
        }
        let keys: Vec<GroupKey> = groups.iter().map(|g| group_key(g, &facts)).collect();
        let mut sorted: Vec<usize> = (0..groups.len()).collect();
        sorted.sort_by(|&a, &b| keys[a].compare(&keys[b], order));
        let mut rows = Vec::new();
        for group in sorted.into_iter().map(|g| &groups[g]) {
            match group.thread {
                Some(thread) if group.total > 1 => {
                    let shown = group.stories.len();
                    rows.push(ListRow::Thread { thread, shown });
                    if !self.stories_view.folded.contains(&thread) {
                        rows.extend(group.stories.iter().map(|&story| ListRow::Story {
                            story,
                            nested: true,
                        }));
                    }
                }
                _ => rows.extend(group.stories.iter().map(|&story| ListRow::Story {
                    story,
                    nested: false,
                })),
            }
        }
        rows
    }

    /// Threads (and stories in none) with their stories that match `words`;
    /// groups with none left out.
    fn groups(&self, words: &[String]) -> Vec<Group> {
        let mut groups: Vec<Group> = self
            .threads
            .iter()
            .enumerate()
            .map(|(t, thread)| {
                let total: Vec<usize> = thread
                    .stories
                    .iter()
                    .copied()
                    .filter(|&s| s < self.stories.len())
                    .collect();
                Group {
                    thread: Some(t),
                    total: total.len(),
                    stories: total,
                }
            })
            .collect();
        let of = self.thread_of_stories();
        groups.extend(
            (0..self.stories.len())
                .filter(|&s| of[s].is_none())
                .map(|s| Group {
                    thread: None,
                    total: 1,
                    stories: vec![s],
                }),
        );
        for group in &mut groups {
            group.stories.retain(|&s| self.story_matches(s, words));
        }
        groups.retain(|g| !g.stories.is_empty());
        groups
    }

    /// Where the cursor is among `rows`: on its thread's header, else on
    /// the selected story.
    pub fn cursor_row(&self, rows: &[ListRow]) -> Option<usize> {
        let view = &self.stories_view;
        rows.iter()
            .position(|row| match (*row, view.thread_cursor) {
                (ListRow::Thread { thread, .. }, Some(t)) => thread == t,
                (ListRow::Story { story, .. }, None) => story == self.story_cursor,
                _ => false,
            })
    }

    /// Puts the cursor on `row`.
    pub fn put_cursor(&mut self, row: ListRow) {
        match row {
            ListRow::Thread { thread, .. } => {
                self.stories_view.thread_cursor = Some(thread);
                self.member_cursor = None;
            }
            ListRow::Story { story, .. } => {
                if story != self.story_cursor || self.stories_view.thread_cursor.is_some() {
                    self.member_cursor = None;
                }
                self.stories_view.thread_cursor = None;
                self.story_cursor = story;
            }
        }
    }

    /// Keeps the cursor on a listed row after the list changed: a story in
    /// a folded thread moves to the thread's header, a story or thread
    /// filtered out to the first row.
    pub fn settle_cursor(&mut self) {
        let rows = self.story_rows();
        if self.cursor_row(&rows).is_some() {
            return;
        }
        let header = self.thread_of(self.story_cursor).and_then(|t| {
            rows.iter()
                .copied()
                .find(|r| matches!(r, ListRow::Thread { thread, .. } if *thread == t))
        });
        if let Some(row) = header.filter(|_| self.stories_view.thread_cursor.is_none()) {
            self.put_cursor(row);
        } else if let Some(&row) = rows.first() {
            self.put_cursor(row);
        }
    }

    /// Selects story `story` from elsewhere (a click, the Notes pane, a kept
    /// place): its thread unfolded and the filter cleared if it hid it.
    pub fn select_story(&mut self, story: usize) {
        let story = story.min(self.stories.len().saturating_sub(1));
        if let Some(thread) = self.thread_of(story) {
            self.stories_view.folded.remove(&thread);
        }
        let words = query_words(&self.stories_view.filter);
        if story < self.stories.len() && !self.story_matches(story, &words) {
            self.stories_view.filter.clear();
        }
        self.put_cursor(ListRow::Story {
            story,
            nested: false,
        });
        self.compute_member_shares();
    }
}

/// What groups are sorted by.
struct GroupKey {
    index: usize,
    stories: usize,
    articles: usize,
    outlets: usize,
    last: Option<Date>,
}

impl GroupKey {
    fn compare(&self, other: &GroupKey, order: StoryOrder) -> std::cmp::Ordering {
        let by = match order {
            StoryOrder::Size => (other.stories, other.articles).cmp(&(self.stories, self.articles)),
            StoryOrder::Date => latest_first(self.last, other.last),
            StoryOrder::Outlets => {
                (other.outlets, other.articles).cmp(&(self.outlets, self.articles))
            }
        };
        by.then(self.index.cmp(&other.index))
    }
}

/// A group's sort key: threads keep the grouping's order among equals,
/// stories in no thread come after them by story index.
fn group_key(group: &Group, facts: &[StoryFacts]) -> GroupKey {
    let mut outlets = BTreeSet::new();
    let mut articles = 0;
    let mut last = None;
    for &s in &group.stories {
        outlets.extend(facts[s].outlets.iter().map(String::as_str));
        articles += facts[s].articles;
        last = last.max(facts[s].last);
    }
    let first_story = group.stories.iter().min().copied().unwrap_or(0);
    GroupKey {
        index: group.thread.unwrap_or(usize::MAX / 2 + first_story),
        stories: group.total,
        articles,
        outlets: outlets.len(),
        last,
    }
}

/// Later dates first, undated last.
fn latest_first(a: Option<Date>, b: Option<Date>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// Stories within a thread: by date the thread's own timeline reversed
/// (latest first); by size or outlets the largest first; ties by index.
fn story_order(order: StoryOrder, facts: &[StoryFacts], a: usize, b: usize) -> std::cmp::Ordering {
    let (x, y) = (&facts[a], &facts[b]);
    let by = match order {
        StoryOrder::Size => y.articles.cmp(&x.articles),
        StoryOrder::Date => latest_first(x.last, y.last),
        StoryOrder::Outlets => (y.outlets.len(), y.articles).cmp(&(x.outlets.len(), x.articles)),
    };
    by.then(a.cmp(&b))
}

#[cfg(test)]
#[path = "story_list_tests.rs"]
mod tests;
