//! The Coverage screen's actions: rows and columns, jumps, the pivot,
//! opening a cell in Compare, and going back where the screen came from.

use crate::collate::{CoverageTable, Passage, Relation};
use crate::tui::action::Action;
use crate::tui::app::{App, Origin, Screen};
use crate::tui::lenses::{Scope, shown_name};

use super::{common, moved};
use crate::export::coverage::column_label;

/// `c` on the Stories screen: the selected story's coverage.
pub(super) fn open_from_stories(app: &mut App) {
    let Some(story) = app.stories.get(app.story_cursor) else {
        return;
    };
    app.open_coverage(Scope::story(story), Origin::Stories);
}

/// `c` in Compare: the compared pair's story, at the passage of the current
/// row. A comparison opened from a Coverage cell goes back to that Coverage.
pub(super) fn open_from_compare(app: &mut App) {
    let Some(view) = app.compare.as_ref() else {
        return;
    };
    let (left, right, cursor) = (view.left, view.right, view.cursor);
    let scope = Scope::of(&app.stories, left, right);
    let returning =
        view.back == Screen::Coverage && app.coverage.as_ref().is_some_and(|c| c.scope == scope);
    if !returning {
        let origin = Origin::Compare {
            left,
            right,
            cursor,
        };
        app.open_coverage(scope, origin);
    }
    return_to_coverage(app);
}

/// Shows the open Coverage screen again, at the passage of the current
/// Compare row and on the column of the compared article that is not the pivot.
pub(super) fn return_to_coverage(app: &mut App) {
    let (Some(view), Some(collation)) = (app.compare.as_ref(), app.coverage_collation()) else {
        app.screen = Screen::Stories;
        return;
    };
    let table = &collation.table;
    let (left, right) = (
        collation.position(view.left),
        collation.position(view.right),
    );
    let column = match (left, right) {
        (_, Some(r)) if r != table.pivot => Some(r),
        (Some(l), _) => Some(l),
        _ => right,
    };
    let row = view.rows.get(view.cursor).map(|r| &r.row);
    let passage = row.and_then(|row| {
        let by_left = left.and_then(|l| passage_holding(table, l, &row.left));
        by_left.or_else(|| right.and_then(|r| passage_holding(table, r, &row.right)))
    });
    let coverage = app.coverage.as_mut().expect("a collation implies a view");
    coverage.column = column.unwrap_or(coverage.column);
    coverage.cursor = passage.unwrap_or(coverage.cursor);
    app.screen = Screen::Coverage;
}

/// The first passage whose cell of `witness` holds one of `sentences`.
fn passage_holding(table: &CoverageTable, witness: usize, sentences: &[usize]) -> Option<usize> {
    table.passages.iter().position(|p| {
        p.cells
            .get(witness)
            .is_some_and(|c| c.sentences.iter().any(|s| sentences.contains(s)))
    })
}

/// Applies an action on the Coverage screen.
pub(super) fn update_coverage(app: &mut App, action: Action) {
    let Some((passages, witnesses)) = app
        .coverage_collation()
        .map(|c| (c.table.passages.len(), c.len()))
    else {
        app.screen = Screen::Stories;
        return;
    };
    let page = app.page_rows;
    let view = app.coverage.as_mut().expect("a collation implies a view");
    if let Some(to) = moved(view.cursor, passages, page, action) {
        view.cursor = to;
        return;
    }
    match action {
        Action::ColumnLeft => view.column = view.column.saturating_sub(1),
        Action::ColumnRight => view.column = (view.column + 1).min(witnesses.saturating_sub(1)),
        Action::ChangePivot => change_pivot(app),
        Action::Confirm => open_cell(app),
        Action::Back => go_back(app),
        Action::Quotes | Action::Framing => {
            app.message = Some("the quotes and framing panes open from a comparison".into());
        }
        _ => match jump_target(action) {
            Some(target) => jump(app, target),
            None => common(app, action),
        },
    }
}

/// A clicked row of the table.
pub(super) fn click(app: &mut App, row: usize) {
    let len = app
        .coverage_collation()
        .map_or(0, |c| c.table.passages.len());
    if let Some(view) = app.coverage.as_mut() {
        view.cursor = row.min(len.saturating_sub(1));
    }
}

/// What a jump looks for: the direction, the passages it stops at, and
/// what to say when there is none left.
struct Target {
    forward: bool,
    test: fn(&Passage) -> bool,
    none: &'static str,
}

fn jump_target(action: Action) -> Option<Target> {
    let target = |forward, test, none| {
        Some(Target {
            forward,
            test,
            none,
        })
    };
    match action {
        Action::NextUnique => target(true, one_sided, "no more one-sided passages below"),
        Action::PreviousUnique => target(false, one_sided, "no more one-sided passages above"),
        Action::NextDivergence => target(true, divergent, "no more divergences below"),
        Action::PreviousDivergence => target(false, divergent, "no more divergences above"),
        Action::NextMoved => target(true, moved_somewhere, "no more moved passages below"),
        _ => None,
    }
}

fn one_sided(passage: &Passage) -> bool {
    passage.carried_by() == 1
}

/// Some article lacks the passage or words it differently.
fn divergent(passage: &Passage) -> bool {
    passage
        .cells
        .iter()
        .any(|c| matches!(c.relation, Relation::Reworded | Relation::Absent))
}

fn moved_somewhere(passage: &Passage) -> bool {
    passage.cells.iter().any(|c| c.moved)
}

/// Moves to the next passage (after or before the cursor) the target stops at.
fn jump(app: &mut App, target: Target) {
    let (Some(view), Some(collation)) = (app.coverage.as_ref(), app.coverage_collation()) else {
        return;
    };
    let passages = &collation.table.passages;
    let found = if target.forward {
        (view.cursor + 1..passages.len()).find(|&i| (target.test)(&passages[i]))
    } else {
        (0..view.cursor)
            .rev()
            .find(|&i| (target.test)(&passages[i]))
    };
    match (found, app.coverage.as_mut()) {
        (Some(i), Some(view)) => view.cursor = i,
        _ => app.message = Some(target.none.to_owned()),
    }
}

/// `b`: the rows follow the focused column's article. The cursor stays on
/// the focused passage: where the new pivot has it, else where the old
/// row's reference text went.
fn change_pivot(app: &mut App) {
    let Some(view) = app.coverage.as_ref() else {
        return;
    };
    let (column, cursor) = (view.column, view.cursor);
    let articles = &app.corpus.articles;
    let Some(collation) = app.collations.get_mut(&view.scope.articles) else {
        return;
    };
    let name = shown_name(&articles[collation.witnesses[column]]).into_owned();
    let label = column_label(column);
    if collation.table.pivot == column {
        app.message = Some(format!("{label} {name} is already the pivot"));
        return;
    }
    let old = collation.table.passages.get(cursor);
    let kept = old.map(|p| p.cells[column].sentences.clone());
    let reference = old.map(|p| (p.reference, p.cells[p.reference].sentences.clone()));
    collation.set_pivot(articles, column);
    let table = &collation.table;
    let cursor = kept
        .and_then(|s| passage_holding(table, column, &s))
        .or_else(|| reference.and_then(|(w, s)| passage_holding(table, w, &s)))
        .unwrap_or(cursor.min(table.passages.len().saturating_sub(1)));
    if let Some(view) = app.coverage.as_mut() {
        view.cursor = cursor;
    }
    app.message = Some(format!("the rows now follow {label} {name}"));
}

/// The pair `Enter` opens on the focused cell, as corpus indices (the
/// row's reference on the left), and the reference's first sentence.
fn cell_pair(app: &App) -> Result<(usize, usize, usize), &'static str> {
    let (Some(view), Some(collation)) = (app.coverage.as_ref(), app.coverage_collation()) else {
        return Err("no coverage table is open");
    };
    let table = &collation.table;
    let passage = table
        .passages
        .get(view.cursor)
        .ok_or("the table is empty")?;
    let reference = passage.reference;
    let right = if view.column != reference {
        view.column
    } else if reference != table.pivot {
        table.pivot
    } else {
        return Err("this is the pivot's own column: choose another article with h / l");
    };
    let sentence = passage.cells[reference].sentences.first().copied();
    let sentence = sentence.ok_or("the row has no reference text")?;
    Ok((
        collation.witnesses[reference],
        collation.witnesses[right],
        sentence,
    ))
}

/// `Enter`: Compare of the row's reference with the focused column's
/// article, on the row holding the reference sentence; `Esc` there comes back.
fn open_cell(app: &mut App) {
    let (left, right, sentence) = match cell_pair(app) {
        Ok(pair) => pair,
        Err(why) => {
            app.message = Some(why.to_owned());
            return;
        }
    };
    app.open_compare(left, right);
    if let Some(view) = app.compare.as_mut() {
        view.back = Screen::Coverage;
        let row = view
            .rows
            .iter()
            .position(|r| r.row.left.contains(&sentence));
        view.cursor = row.unwrap_or(0);
    }
}

/// `Esc`: back to Stories, or to the comparison the screen was opened from.
fn go_back(app: &mut App) {
    let origin = app.coverage.as_ref().map(|v| v.origin.clone());
    let Some(Origin::Compare {
        left,
        right,
        cursor,
    }) = origin
    else {
        app.screen = Screen::Stories;
        return;
    };
    let same = app
        .compare
        .as_ref()
        .is_some_and(|v| (v.left, v.right) == (left, right));
    if !same {
        app.open_compare(left, right);
        if let Some(view) = app.compare.as_mut() {
            view.cursor = cursor.min(view.rows.len().saturating_sub(1));
        }
    }
    if let Some(view) = app.compare.as_mut() {
        // Back where it started: Esc there goes on to the stories.
        view.back = Screen::Stories;
    }
    app.screen = Screen::Compare;
}

#[cfg(test)]
#[path = "coverage_tests.rs"]
mod tests;
