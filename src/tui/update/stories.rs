//! The Stories screen's actions: moving through the list (thread headers
//! and stories), folding threads (Space / `z` one, `Z` all; `h` / `l` on a
//! header fold and unfold it), the order (`O`), the filter (`/`), whole
//! titles (`r`), and, once `l` / `→` focused the selected story's articles,
//! moving through its articles (`h` / `←` goes back to the story). Review
//! keys act on what is focused.

use super::{common, coverage, moved, pop, replace_top};
use crate::tui::action::Action;
use crate::tui::app::{App, ListRow, Overlay};
use crate::tui::editor::{Edit, TextInput};

pub(super) fn update_stories(app: &mut App, action: Action) {
    if let Some(thread) = app.stories_view.thread_cursor {
        return on_header(app, thread, action);
    }
    let members = app
        .stories
        .get(app.story_cursor)
        .map_or(0, |s| s.members.len());
    match (app.member_cursor, action) {
        (None, Action::ColumnRight) if members > 0 => app.member_cursor = Some(0),
        (None, Action::ColumnLeft) => to_header(app),
        (Some(_), Action::ColumnLeft | Action::Back) => app.member_cursor = None,
        (Some(k), Action::Next | Action::ColumnRight) => {
            app.member_cursor = Some((k + 1).min(members.saturating_sub(1)));
        }
        (Some(k), Action::Previous) => app.member_cursor = Some(k.saturating_sub(1)),
        (Some(_), Action::First) => app.member_cursor = Some(0),
        (Some(_), Action::Last) => app.member_cursor = Some(members.saturating_sub(1)),
        (None, _) => {
            if !move_cursor(app, action) {
                story_action(app, action);
            }
        }
        (Some(_), _) => story_action(app, action),
    }
}

/// The moving keys go through the list's rows; false for other actions.
fn move_cursor(app: &mut App, action: Action) -> bool {
    let rows = app.story_rows();
    let at = app.cursor_row(&rows).unwrap_or(0);
    let Some(to) = moved(at, rows.len(), app.page_rows, action) else {
        return false;
    };
    if let Some(&row) = rows.get(to) {
        app.put_cursor(row);
    }
    true
}

/// With the cursor on a thread's header: Enter, Space and `z` fold or
/// unfold it, `h` folds it, `l` unfolds it (or goes to its first story).
fn on_header(app: &mut App, thread: usize, action: Action) {
    let folded = app.stories_view.folded.contains(&thread);
    match action {
        Action::Confirm | Action::ToggleThread if folded => unfold(app, thread),
        Action::Confirm | Action::ToggleThread | Action::ColumnLeft => fold(app, thread),
        Action::ColumnRight if folded => unfold(app, thread),
        Action::ColumnRight => {
            move_cursor(app, Action::Next);
        }
        Action::Coverage => {
            app.message = Some("a thread has no coverage table: move to one of its stories".into());
        }
        _ => {
            if !move_cursor(app, action) {
                list_action(app, action);
            }
        }
    }
}

fn fold(app: &mut App, thread: usize) {
    app.stories_view.folded.insert(thread);
    app.settle_cursor();
}

fn unfold(app: &mut App, thread: usize) {
    app.stories_view.folded.remove(&thread);
}

/// `h` on a story listed under its thread's header: to the header.
fn to_header(app: &mut App) {
    let rows = app.story_rows();
    let Some(at) = app.cursor_row(&rows) else {
        return;
    };
    if let Some(&header) = rows[..at]
        .iter()
        .rev()
        .find(|r| matches!(r, ListRow::Thread { .. }))
        .filter(|_| matches!(rows[at], ListRow::Story { nested: true, .. }))
    {
        app.put_cursor(header);
    }
}

/// What the Stories screen does on a story, whichever part is focused.
fn story_action(app: &mut App, action: Action) {
    match action {
        Action::Confirm => match app.best_pair(app.story_cursor) {
            Some((left, right)) => app.open_compare(left, right),
            None => app.message = Some("this story has one article: press o to pick two".into()),
        },
        Action::ToggleThread => match app.thread_of(app.story_cursor) {
            Some(thread) if app.threads[thread].stories.len() > 1 => fold(app, thread),
            _ => app.message = Some("this story is alone in its thread".into()),
        },
        Action::Quotes | Action::Framing => {
            app.message = Some("the quotes and framing panes open from a comparison".into());
        }
        Action::Coverage => coverage::open_from_stories(app),
        _ => list_action(app, action),
    }
}

/// What the Stories screen does wherever the cursor is: the order, the
/// filter, folding every thread, whole titles.
fn list_action(app: &mut App, action: Action) {
    let view = &mut app.stories_view;
    match action {
        Action::Sort => {
            view.order = view.order.next();
            app.message = Some(format!("stories by {}", view.order.name()));
        }
        Action::Search => {
            let input = TextInput::single_line(&view.filter);
            app.overlays.push(Overlay::StoryFilter { input });
        }
        Action::Back if !view.filter.is_empty() => {
            view.filter.clear();
            app.message = Some("filter cleared".into());
        }
        Action::FoldAll => fold_all(app),
        Action::Removed => view.whole_titles = !view.whole_titles,
        _ => common(app, action),
    }
}

/// Folds every thread of two or more stories, or unfolds them all when
/// they all are folded.
fn fold_all(app: &mut App) {
    let many: Vec<usize> = (0..app.threads.len())
        .filter(|&t| app.threads[t].stories.len() > 1)
        .collect();
    let folded = &mut app.stories_view.folded;
    if many.iter().all(|t| folded.contains(t)) {
        folded.clear();
    } else {
        folded.extend(many);
    }
    app.settle_cursor();
}

/// Typing the filter: the list narrows with each key, `↑` / `↓` move
/// through what is left, Enter keeps the filter, Esc clears it.
pub(super) fn update_filter(app: &mut App, mut input: TextInput, action: Action) {
    match action {
        Action::Confirm => return pop(app),
        Action::Back => {
            pop(app);
            app.stories_view.filter.clear();
            return app.settle_cursor();
        }
        Action::Edit(Edit::Up) | Action::Previous => {
            move_cursor(app, Action::Previous);
            return;
        }
        Action::Edit(Edit::Down) | Action::Next => {
            move_cursor(app, Action::Next);
            return;
        }
        Action::Insert(c) => input.insert(c),
        Action::Edit(edit) => input.apply(edit),
        _ => return,
    }
    app.stories_view.filter = input.text();
    replace_top(app, Overlay::StoryFilter { input });
    app.settle_cursor();
}
