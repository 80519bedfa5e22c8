//! The Notes pane: every note of the corpus; Enter goes to where it
//! anchors, `R` re-attaches an orphaned note to the row the pane was opened
//! on, `d` deletes a note after a y/n question.

use super::notes::{is_orphaned, moved_in_pane, reload, write};
use super::{pop, replace_top};
use crate::notes::{NoteStatus, Target};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Screen};

/// `L`: the notes read again, the pane opened on its first entry,
/// remembering the focused row's target for `R`.
pub(super) fn open_pane(app: &mut App) {
    reload(app);
    let from = app.focus().ok().map(|f| f.target);
    app.overlays.push(Overlay::Notes {
        selected: 0,
        offset: 0,
        confirm: None,
        from,
    });
    if app.review.notes.is_empty() && app.message.is_none() {
        app.message = Some(match &app.review.read_only {
            Some(why) => format!("no notes (review file: {why})"),
            None => "no notes yet: press a on a row to write one".to_owned(),
        });
    }
}

/// An action in the pane.
pub(super) fn update_pane(app: &mut App, action: Action) {
    let Some(Overlay::Notes {
        selected,
        offset,
        confirm,
        from,
    }) = app.top_overlay().cloned()
    else {
        return;
    };
    if let Some(id) = confirm {
        return answer(app, id, action);
    }
    match action {
        Action::Back | Action::Notes => pop(app),
        Action::Confirm => jump(app, selected),
        Action::Reattach => reattach(app, selected, from.as_ref()),
        Action::Delete => ask_delete(app, selected),
        Action::Refresh => reload(app),
        _ => {
            if let Some(selected) = moved_in_pane(app, selected, action) {
                let offset = offset.min(selected);
                let pane = Overlay::Notes {
                    selected,
                    offset,
                    confirm,
                    from,
                };
                replace_top(app, pane);
            }
        }
    }
}

/// The note id of pane entry `entry`.
fn entry_id(app: &App, entry: usize) -> Option<i64> {
    let order = app.review.pane_order();
    order.get(entry).map(|&i| app.review.notes[i].note.id)
}

/// Sets the pane's pending deletion.
fn set_confirm(app: &mut App, id: Option<i64>) {
    if let Some(Overlay::Notes { confirm, .. }) = app.overlays.last_mut() {
        *confirm = id;
    }
}

fn ask_delete(app: &mut App, selected: usize) {
    if let Some(why) = &app.review.read_only {
        app.message = Some(format!("review file is read-only: {why}"));
        return;
    }
    if let Some(id) = entry_id(app, selected) {
        set_confirm(app, Some(id));
        app.message = Some("delete this note? y / n".to_owned());
    }
}

/// `y` deletes the note asked about; any other key keeps it.
fn answer(app: &mut App, id: i64, action: Action) {
    set_confirm(app, None);
    if action != Action::Insert('y') && action != Action::Insert('Y') {
        app.message = Some("note kept".to_owned());
        return;
    }
    if write(app, |s| s.remove(id)).is_some() {
        app.message = Some("note deleted".to_owned());
        clamp_selection(app);
    }
}

/// Keeps the selection within the list after a deletion.
fn clamp_selection(app: &mut App) {
    let len = app.review.notes.len();
    if let Some(Overlay::Notes { selected, .. }) = app.overlays.last_mut() {
        *selected = (*selected).min(len.saturating_sub(1));
    }
}

/// `R`: an orphaned note attached to the row the pane was opened on.
fn reattach(app: &mut App, selected: usize, from: Option<&Target>) {
    if !is_orphaned(app, selected) {
        app.message = Some("only an orphaned note can be re-attached".to_owned());
        return;
    }
    let (Some(id), Some(target)) = (entry_id(app, selected), from.cloned()) else {
        app.message = Some("open the Notes pane on a row to re-attach a note there".to_owned());
        return;
    };
    if write(app, |s| s.retarget(id, &target)).is_some() {
        app.message = Some("note re-attached to your row".to_owned());
    }
}

/// Enter: Compare of the note's article with its story's best partner, on
/// the note's row; a story note selects its story.
fn jump(app: &mut App, selected: usize) {
    let order = app.review.pane_order();
    let Some(note) = order.get(selected).map(|&i| app.review.notes[i].clone()) else {
        return;
    };
    let Some(article) = note.article else {
        if let Some(story) = note.story {
            app.overlays.clear();
            app.select_story(story);
            app.screen = Screen::Stories;
        }
        return;
    };
    let Some(partner) = best_partner(app, article) else {
        app.message = Some("this article's story has no other article to compare with".into());
        return;
    };
    app.overlays.clear();
    app.open_compare(article, partner);
    let first = note.sentences.first().copied();
    if let Some(view) = app.compare.as_mut() {
        let row = first.and_then(|s| view.rows.iter().position(|r| r.row.left.contains(&s)));
        view.cursor = row.unwrap_or(0);
    }
    if note.status == NoteStatus::Orphaned {
        app.message = Some("this note's passage is not found: press L, then R on a row".into());
    }
}

/// The article of `article`'s story sharing the most text with it.
fn best_partner(app: &mut App, article: usize) -> Option<usize> {
    let story = app
        .stories
        .iter()
        .position(|s| s.articles().any(|a| a == article))?;
    let members: Vec<usize> = app.stories[story].articles().collect();
    let collation = app.collation(&members);
    let me = collation.position(article)?;
    let mut best: Option<(f32, usize)> = None;
    for ((a, b), alignment) in collation.pairs() {
        let (other, share) = match (a == me, b == me) {
            (true, _) => (b, alignment.summary.left_shared),
            (_, true) => (a, alignment.summary.right_shared),
            _ => continue,
        };
        if best.is_none_or(|(s, _)| share > s) {
            best = Some((share, collation.witnesses[other]));
        }
    }
    best.map(|(_, w)| w)
}
