//! State changes: `update` applies one action, `handle_key` routes a key
//! through the overlay stack first. No drawing; the only I/O is the review
//! file's, one store call per change (see [`super::review`]).

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::action::Action;
use super::app::{App, Overlay, Screen};
use super::ui::Hits;

mod compare;
mod coverage;
mod notes;
mod notes_pane;
pub mod picker;
mod stories;

use compare::{keep_search, type_search, update_compare};
use coverage::update_coverage;
use stories::update_stories;

/// Routes a key: a text input on top (search, note, tag picker, a y/n
/// question) takes typed characters and editing keys as actions; every
/// other key goes through the keymap. Both end in `update`.
pub fn handle_key(app: &mut App, key: KeyEvent) {
    if key.kind == KeyEventKind::Release {
        return;
    }
    let typed = app
        .top_overlay()
        .filter(|o| o.takes_text())
        .and_then(|_| super::editor::typed(&key));
    if let Some(action) = typed.or_else(|| app.keymap.action(&key)) {
        update(app, action);
    }
}

/// Applies one action to the state. Where the reviewer is gets kept in the
/// review file on quitting and on each change of screen.
pub fn update(app: &mut App, action: Action) {
    app.message = None;
    if action == Action::Quit {
        app.save_place();
        app.should_quit = true;
        return;
    }
    let screen = app.screen;
    if !notes::update_notes(app, action) {
        match app.top_overlay().cloned() {
            Some(overlay) => update_overlay(app, overlay, action),
            None => match app.screen {
                Screen::Compare => update_compare(app, action),
                Screen::Coverage => update_coverage(app, action),
                Screen::Stories => update_stories(app, action),
            },
        }
    }
    if app.screen != screen {
        app.save_place();
    }
    app.compute_member_shares();
}

/// The terminal got the focus back: another program may have written notes.
pub fn focus_gained(app: &mut App) {
    notes::reload(app);
}

/// Clicks and wheel turns, hit-tested against the last drawn layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    /// A click on a Compare row.
    Row(usize),
    /// A click on a story in the list.
    Story(usize),
    /// A click on a thread's header in the list.
    Thread(usize),
    /// A click on a statement of the Quotes pane.
    Statement(usize),
    /// The wheel, in rows (negative is up).
    Scroll(i32),
}

/// Applies a mouse event.
pub fn update_pointer(app: &mut App, pointer: Pointer) {
    match app.top_overlay() {
        None => {}
        Some(Overlay::Quotes { .. } | Overlay::Framing { .. } | Overlay::Sources { .. }) => {
            return pane_pointer(app, pointer);
        }
        Some(_) => return,
    }
    match pointer {
        Pointer::Row(row) if app.screen == Screen::Coverage => coverage::click(app, row),
        Pointer::Row(row) => {
            if let Some(view) = app.compare.as_mut() {
                view.cursor = row.min(view.rows.len().saturating_sub(1));
            }
        }
        Pointer::Story(story) => {
            app.select_story(story);
            app.member_cursor = None;
        }
        Pointer::Thread(thread) if thread < app.threads.len() => {
            app.put_cursor(super::app::ListRow::Thread { thread, shown: 0 });
        }
        Pointer::Thread(_) => {}
        Pointer::Scroll(delta) => scroll(app, delta),
        Pointer::Statement(_) => {}
    }
}

/// The wheel as Next / Previous, one step per row.
fn scroll(app: &mut App, delta: i32) {
    let action = if delta > 0 {
        Action::Next
    } else {
        Action::Previous
    };
    for _ in 0..delta.unsigned_abs() {
        update(app, action);
    }
}

/// In the Quotes and Framing panes the wheel scrolls and a click selects a
/// statement.
fn pane_pointer(app: &mut App, pointer: Pointer) {
    match (app.top_overlay().cloned(), pointer) {
        (_, Pointer::Scroll(delta)) => scroll(app, delta),
        (Some(Overlay::Quotes { offset, .. }), Pointer::Statement(statement)) => {
            let len = app.quotes_pane.as_ref().map_or(0, |p| p.statements.len());
            if statement < len {
                let offset = offset.min(statement);
                replace_top(
                    app,
                    Overlay::Quotes {
                        selected: statement,
                        offset,
                    },
                );
            }
        }
        _ => {}
    }
}

/// Takes in what the last frame drew: how much fits on a page, and where a
/// scrolled pane actually starts (drawing keeps the selection on screen).
pub fn after_draw(app: &mut App, hits: &Hits) {
    app.page_rows = hits.page_rows;
    if let Some(offset) = hits.story_offset {
        app.stories_view.offset = offset;
    }
    let Some(drawn) = hits.overlay_offset else {
        return;
    };
    if let Some(
        Overlay::Quotes { offset, .. }
        | Overlay::Framing { offset }
        | Overlay::Sources { offset }
        | Overlay::Help { offset },
    ) = app.overlays.last_mut()
    {
        *offset = drawn;
    }
}

fn update_overlay(app: &mut App, overlay: Overlay, action: Action) {
    match (overlay, action) {
        (Overlay::Help { .. }, Action::Help | Action::Back | Action::Confirm) => pop(app),
        (Overlay::Help { offset }, _) => {
            // Drawing stops the scroll at the last page.
            if let Some(offset) = moved(offset, usize::MAX, app.page_rows, action) {
                replace_top(app, Overlay::Help { offset });
            }
        }
        (Overlay::Removed { .. }, Action::Removed | Action::Back | Action::Confirm) => pop(app),
        (Overlay::Removed { offset }, Action::Next | Action::Previous) => {
            let offset = if action == Action::Next {
                offset + 1
            } else {
                offset.saturating_sub(1)
            };
            replace_top(app, Overlay::Removed { offset });
        }
        (
            Overlay::Picker {
                selected, first, ..
            },
            _,
        ) => picker::update(app, selected, first, action),
        (Overlay::Quotes { selected, offset }, _) => update_quotes(app, selected, offset, action),
        (Overlay::Framing { offset }, _) => update_framing(app, offset, action),
        (Overlay::Sources { offset }, _) => update_sources(app, offset, action),
        (Overlay::StoryFilter { input }, _) => stories::update_filter(app, input, action),
        (Overlay::SearchPrompt { .. }, Action::Insert(c)) => {
            type_search(app, |input| input.insert(c))
        }
        (Overlay::SearchPrompt { .. }, Action::Edit(edit)) => {
            type_search(app, |input| input.apply(edit))
        }
        (Overlay::SearchPrompt { .. }, Action::Confirm) => {
            pop(app);
            keep_search(app);
        }
        (Overlay::SearchPrompt { .. }, Action::Back) => {
            pop(app);
            if let Some(view) = app.compare.as_mut() {
                view.search = None;
            }
        }
        _ => {}
    }
}

fn pop(app: &mut App) {
    app.overlays.pop();
}

fn replace_top(app: &mut App, overlay: Overlay) {
    app.overlays.pop();
    app.overlays.push(overlay);
}

/// Opens the Quotes pane on its first statement (or replaces the top
/// overlay with it, from the Framing pane).
fn open_quotes(app: &mut App, replace: bool) {
    if !app.prepare_quotes() {
        return;
    }
    let pane = Overlay::Quotes {
        selected: 0,
        offset: 0,
    };
    if replace {
        replace_top(app, pane);
    } else {
        app.overlays.push(pane);
    }
    let pane = app.quotes_pane.as_ref().expect("just prepared");
    if pane.statements.is_empty() {
        app.message = Some(format!("no quotations found ({})", pane.scope));
    }
}

/// Opens the Framing pane at its top (or replaces the top overlay with it,
/// from the Quotes pane).
fn open_framing(app: &mut App, replace: bool) {
    if !app.prepare_framing() {
        return;
    }
    let pane = Overlay::Framing { offset: 0 };
    if replace {
        replace_top(app, pane);
    } else {
        app.overlays.push(pane);
    }
}

/// Opens the Sources pane at its top (or replaces the top overlay with it,
/// from the Quotes or Framing pane).
fn open_sources(app: &mut App, replace: bool) {
    if !app.prepare_sources() {
        return;
    }
    let pane = Overlay::Sources { offset: 0 };
    if replace {
        replace_top(app, pane);
    } else {
        app.overlays.push(pane);
    }
}

/// j / k and the page keys scroll the lines; Q and F switch panes.
fn update_sources(app: &mut App, offset: usize, action: Action) {
    let Some(pane) = app.sources_pane.as_ref() else {
        return pop(app);
    };
    match action {
        Action::Back | Action::Sources => pop(app),
        Action::Quotes => open_quotes(app, true),
        Action::Framing => open_framing(app, true),
        _ => {
            if let Some(offset) = moved(offset, pane.lines.len(), app.page_rows, action) {
                replace_top(app, Overlay::Sources { offset });
            }
        }
    }
}

/// A list position moved by `action` within `0..len`; None for other actions.
fn moved(position: usize, len: usize, page: usize, action: Action) -> Option<usize> {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    let to = match action {
        Action::Next => position + 1,
        Action::Previous => position.saturating_sub(1),
        Action::PageDown => position + page,
        Action::PageUp => position.saturating_sub(page),
        Action::HalfPageDown => position + (page / 2).max(1),
        Action::HalfPageUp => position.saturating_sub((page / 2).max(1)),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    };
    Some(to.min(last))
}

/// j / k move the selected statement; Enter goes to its row in Compare.
fn update_quotes(app: &mut App, selected: usize, offset: usize, action: Action) {
    let Some(pane) = app.quotes_pane.as_ref() else {
        return pop(app);
    };
    match action {
        Action::Back | Action::Quotes => pop(app),
        Action::Framing => open_framing(app, true),
        Action::Sources => open_sources(app, true),
        Action::Confirm => match pane.statements.get(selected).map(|s| s.row) {
            Some(Some(row)) => {
                pop(app);
                if let Some(view) = app.compare.as_mut() {
                    view.cursor = row.min(view.rows.len().saturating_sub(1));
                }
            }
            Some(None) => {
                app.message =
                    Some("this statement is in neither compared article: no row to go to".into());
            }
            None => {}
        },
        _ => {
            let len = pane.statements.len();
            if let Some(selected) = moved(selected, len, app.page_rows, action) {
                // Drawing scrolls further down when the selection is below the page.
                let offset = offset.min(selected);
                replace_top(app, Overlay::Quotes { selected, offset });
            }
        }
    }
}

/// j / k and the page keys scroll the table.
fn update_framing(app: &mut App, offset: usize, action: Action) {
    let Some(pane) = app.framing_pane.as_ref() else {
        return pop(app);
    };
    match action {
        Action::Back | Action::Framing => pop(app),
        Action::Quotes => open_quotes(app, true),
        Action::Sources => open_sources(app, true),
        _ => {
            if let Some(offset) = moved(offset, pane.rows.len(), app.page_rows, action) {
                replace_top(app, Overlay::Framing { offset });
            }
        }
    }
}

/// Actions that mean the same on every screen.
fn common(app: &mut App, action: Action) {
    match action {
        Action::Help => app.overlays.push(Overlay::Help { offset: 0 }),
        Action::Pick => picker::open(app),
        Action::Presentation => app.presentation = !app.presentation,
        Action::CycleTheme if !app.colour => {
            app.message =
                Some("colours are off (NO_COLOR or --color never): staying monochrome".into());
        }
        Action::CycleTheme => {
            app.theme = app.theme.next();
            app.message = Some(format!("theme: {}", app.theme.name()));
        }
        _ => {}
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
