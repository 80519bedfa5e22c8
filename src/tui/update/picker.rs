//! The `o` picker: type to filter, `↑` / `↓` (or the moving keys) to go
//! through the articles, grouped by story; Enter chooses the left article,
//! then the right one.

use super::{pop, replace_top};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::editor::{Edit, TextInput};
use crate::tui::search::{fold, matches_words, query_words};

/// The articles the picker lists for `filter`, grouped by story: (story,
/// article) in story order, then member order. Every word of the filter
/// must be in the article's outlet, id, date or title (folded).
pub fn entries(app: &App, filter: &str) -> Vec<(usize, usize)> {
    let words = query_words(filter);
    let mut listed = Vec::new();
    for (s, story) in app.stories.iter().enumerate() {
        for article in story.articles() {
            let a = &app.corpus.articles[article];
            let date = a.date.map(|d| d.to_string()).unwrap_or_default();
            let title = a.title.as_deref().unwrap_or_default();
            let hay = fold(&format!("{} {} {date} {title}", a.display_name(), a.id));
            if matches_words(&hay, &words) {
                listed.push((s, article));
            }
        }
    }
    listed
}

/// Opens the picker on the compared left article, else on the selected
/// story's first article.
pub(super) fn open(app: &mut App) {
    let story = app.stories.get(app.story_cursor);
    let selected = app
        .compare
        .as_ref()
        .map(|v| v.left)
        .or_else(|| story.and_then(|s| s.articles().next()))
        .unwrap_or(0);
    app.overlays.push(Overlay::Picker {
        selected,
        first: None,
        filter: TextInput::single_line(""),
    });
}

/// One action in the picker.
pub(super) fn update(app: &mut App, selected: usize, first: Option<usize>, action: Action) {
    let Some(Overlay::Picker { mut filter, .. }) = app.top_overlay().cloned() else {
        return;
    };
    match action {
        Action::Back => return pop(app),
        Action::Confirm => return pick(app, selected, first),
        Action::Insert(c) => filter.insert(c),
        Action::Edit(Edit::Up | Edit::Down) | Action::Next | Action::Previous => {}
        Action::Edit(edit) => filter.apply(edit),
        _ => {}
    }
    let listed = entries(app, &filter.text());
    let at = listed.iter().position(|&(_, a)| a == selected);
    let last = listed.len().saturating_sub(1);
    let to = match (action, at) {
        (Action::Next | Action::Edit(Edit::Down), Some(i)) => (i + 1).min(last),
        (Action::Previous | Action::Edit(Edit::Up), Some(i)) => i.saturating_sub(1),
        (Action::PageDown, Some(i)) => (i + app.page_rows.max(1)).min(last),
        (Action::PageUp, Some(i)) => i.saturating_sub(app.page_rows.max(1)),
        (Action::First, _) => 0,
        (Action::Last, _) => last,
        (_, Some(i)) => i,
        (_, None) => 0,
    };
    let selected = listed.get(to).map_or(selected, |&(_, a)| a);
    replace_top(
        app,
        Overlay::Picker {
            selected,
            first,
            filter,
        },
    );
}

fn pick(app: &mut App, selected: usize, first: Option<usize>) {
    let Some(Overlay::Picker { filter, .. }) = app.top_overlay().cloned() else {
        return;
    };
    if entries(app, &filter.text())
        .iter()
        .all(|&(_, a)| a != selected)
    {
        app.message = Some("no article matches: change the filter".into());
        return;
    }
    match first {
        None => replace_top(
            app,
            Overlay::Picker {
                selected,
                first: Some(selected),
                filter: TextInput::single_line(""),
            },
        ),
        Some(left) if left == selected => {
            app.message = Some("pick a different article for the right side".into());
        }
        Some(left) => {
            pop(app);
            app.open_compare(left, selected);
        }
    }
}
