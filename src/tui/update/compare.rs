//! The Compare screen's actions: moving through rows, jumps, search, swap.

use super::{common, open_framing, open_quotes, open_sources};
use crate::align::RowKind;
use crate::tui::action::Action;
use crate::tui::app::{App, CompareView, Overlay, Screen, Search};
use crate::tui::editor::TextInput;
use crate::tui::search::fold;

pub(super) fn update_compare(app: &mut App, action: Action) {
    let page = app.page_rows.max(1);
    let Some(view) = app.compare.as_mut() else {
        app.screen = Screen::Stories;
        return;
    };
    let last = view.rows.len().saturating_sub(1);
    let message = match action {
        Action::Next => step(view, (view.cursor + 1).min(last)),
        Action::Previous => step(view, view.cursor.saturating_sub(1)),
        Action::PageDown => step(view, (view.cursor + page).min(last)),
        Action::PageUp => step(view, view.cursor.saturating_sub(page)),
        Action::HalfPageDown => step(view, (view.cursor + page / 2).min(last)),
        Action::HalfPageUp => step(view, view.cursor.saturating_sub(page / 2)),
        Action::First => step(view, 0),
        Action::Last => step(view, last),
        Action::NextDivergence | Action::PreviousDivergence => jump_divergence(view, action),
        Action::NextUnique => seek(view, true, is_unique, "no more one-sided passages below"),
        Action::PreviousUnique => seek(view, false, is_unique, "no more one-sided passages above"),
        Action::NextMoved => seek(
            view,
            true,
            |v, i| v.rows[i].row.moved,
            "no more moved rows below",
        ),
        Action::Search => {
            view.search = Some(Search::default());
            let input = TextInput::single_line("");
            app.overlays.push(Overlay::SearchPrompt { input });
            None
        }
        Action::Removed => {
            app.overlays.push(Overlay::Removed { offset: 0 });
            None
        }
        Action::Quotes => {
            open_quotes(app, false);
            None
        }
        Action::Sources => {
            open_sources(app, false);
            None
        }
        Action::Framing => {
            open_framing(app, false);
            None
        }
        Action::Swap => {
            let (left, right, back) = (view.right, view.left, view.back);
            app.open_compare(left, right);
            keep_back(app, back);
            None
        }
        Action::PreviousWitness => cycle_witness(app, false),
        Action::NextWitness => cycle_witness(app, true),
        Action::Coverage => {
            super::coverage::open_from_compare(app);
            None
        }
        Action::Back => {
            let back = view.back;
            if view.search.take().is_none() {
                leave(app, back);
            }
            None
        }
        _ => {
            common(app, action);
            None
        }
    };
    if let Some(message) = message {
        app.message = Some(message.to_string());
    }
}

/// `Esc` without a search: back to the Coverage screen the pair was opened
/// from, else to the stories.
fn leave(app: &mut App, back: Screen) {
    if back == Screen::Coverage && app.coverage.is_some() {
        super::coverage::return_to_coverage(app);
    } else {
        app.screen = Screen::Stories;
    }
}

/// A reopened comparison keeps the screen `Esc` returns to.
fn keep_back(app: &mut App, back: Screen) {
    if let Some(view) = app.compare.as_mut() {
        view.back = back;
    }
}

/// `[` / `]`: the left article against the story's previous / next other
/// article (in witness order, wrapping), on the row holding the same left
/// sentence as the current row or the nearest one above it.
fn cycle_witness(app: &mut App, forward: bool) -> Option<&'static str> {
    let view = app.compare.as_ref()?;
    let (left, right, back) = (view.left, view.right, view.back);
    let anchor = left_anchor(view);
    let scope = app.scope_of(left, right);
    let others: Vec<usize> = (app.collation(&scope).witnesses.iter())
        .copied()
        .filter(|&w| w != left)
        .collect();
    let n = others.len();
    if n < 2 {
        return Some("the story has no other article to compare with");
    }
    let at = others.iter().position(|&w| w == right).unwrap_or(0);
    let next = (if forward { at + 1 } else { at + n - 1 }) % n;
    app.open_compare(left, others[next]);
    keep_back(app, back);
    let view = app.compare.as_mut()?;
    let row = anchor.and_then(|s| view.rows.iter().position(|r| r.row.left.contains(&s)));
    view.cursor = row.unwrap_or(0);
    None
}

/// The left sentence of the current row, or of the nearest row above (then
/// below) that has one.
fn left_anchor(view: &CompareView) -> Option<usize> {
    let (above, below) = view.rows.split_at((view.cursor + 1).min(view.rows.len()));
    above
        .iter()
        .rev()
        .chain(below)
        .find_map(|r| r.row.left.first().copied())
}

fn step(view: &mut CompareView, to: usize) -> Option<&'static str> {
    view.cursor = to;
    None
}

fn is_unique(view: &CompareView, i: usize) -> bool {
    matches!(
        view.rows[i].row.kind,
        RowKind::LeftOnly | RowKind::RightOnly
    )
}

fn is_divergent(view: &CompareView, i: usize) -> bool {
    view.rows[i].row.kind != RowKind::Same
}

/// n / N: through search matches when a search is kept, else through divergences.
fn jump_divergence(view: &mut CompareView, action: Action) -> Option<&'static str> {
    let forward = action == Action::NextDivergence;
    if view.search.as_ref().is_some_and(|s| s.kept) {
        let matches = &view.search.as_ref().expect("checked").matches;
        let target = if forward {
            matches.iter().copied().find(|&m| m > view.cursor)
        } else {
            matches.iter().rev().copied().find(|&m| m < view.cursor)
        };
        return match target {
            Some(m) => step(view, m),
            None => Some("no more matches"),
        };
    }
    let (ahead, behind) = ("no more divergences below", "no more divergences above");
    seek(
        view,
        forward,
        is_divergent,
        if forward { ahead } else { behind },
    )
}

/// Moves to the next row (after or before the cursor) that satisfies `test`.
fn seek(
    view: &mut CompareView,
    forward: bool,
    test: impl Fn(&CompareView, usize) -> bool,
    none: &'static str,
) -> Option<&'static str> {
    let found = if forward {
        (view.cursor + 1..view.rows.len()).find(|&i| test(view, i))
    } else {
        (0..view.cursor).rev().find(|&i| test(view, i))
    };
    match found {
        Some(i) => step(view, i),
        None => Some(none),
    }
}

/// Changes the search text (typing, and the editing keys at the prompt's
/// cursor) and moves to the first match at or after the current row.
pub(super) fn type_search(app: &mut App, change: impl FnOnce(&mut TextInput)) {
    let Some(Overlay::SearchPrompt { input }) = app.overlays.last_mut() else {
        return;
    };
    change(input);
    let query = input.text();
    let Some(view) = app.compare.as_mut() else {
        return;
    };
    let search = view.search.get_or_insert_with(Search::default);
    let needle = fold(&query);
    search.query = query;
    search.matches = if needle.is_empty() {
        Vec::new()
    } else {
        (0..view.rows.len())
            .filter(|&i| view.rows[i].haystack.contains(&needle))
            .collect()
    };
    let cursor = view.cursor;
    if let Some(&m) = search
        .matches
        .iter()
        .find(|&&m| m >= cursor)
        .or(search.matches.first())
    {
        view.cursor = m;
    }
}

pub(super) fn keep_search(app: &mut App) {
    let Some(view) = app.compare.as_mut() else {
        return;
    };
    match view.search.as_mut() {
        Some(search) if !search.matches.is_empty() => {
            search.kept = true;
            let n = search.matches.len();
            app.message = Some(format!(
                "{n} matching row(s): n / N to go through them, Esc to clear"
            ));
        }
        Some(search) => {
            app.message = Some(format!("no row matches {:?}", search.query));
            view.search = None;
        }
        None => {}
    }
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
