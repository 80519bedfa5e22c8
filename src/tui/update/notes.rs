//! Review notes: `a` writes or edits the focused row's note, `T` toggles
//! its tags, `x` its reviewed mark, `L` lists every note. Each change is one
//! store call, then the notes are read again.

use super::{moved, pop, replace_top};
use crate::notes::{NoteStatus, Target};
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::editor::TextInput;
use crate::tui::marks::tag_keys;

/// Applies a review action or an action of a review overlay; false when
/// the action is none of those.
pub(super) fn update_notes(app: &mut App, action: Action) -> bool {
    match app.top_overlay().cloned() {
        Some(Overlay::NoteEditor {
            input,
            target,
            note,
        }) => edit_note(app, input, (target, note), action),
        Some(Overlay::TagPicker { target, note }) => pick_tag(app, target, note, action),
        Some(Overlay::Notes { .. }) => super::notes_pane::update_pane(app, action),
        None | Some(Overlay::Quotes { .. }) => return on_focus(app, action),
        Some(_) => return false,
    }
    true
}

/// Re-reads the review file; a failure is said in the status bar.
pub(super) fn reload(app: &mut App) {
    let (articles, stories) = (&app.corpus.articles, &app.stories);
    if let Err(why) = app.review.reload(articles, stories) {
        app.message = Some(why);
    }
}

/// One store call, then the notes read again; a refusal goes to the status bar.
pub(super) fn write<T>(
    app: &mut App,
    change: impl FnOnce(&mut crate::notes::Store) -> Result<T, crate::notes::StoreError>,
) -> Option<T> {
    match app.review.write(change) {
        Ok(value) => {
            reload(app);
            Some(value)
        }
        Err(why) => {
            app.message = Some(why);
            None
        }
    }
}

/// `a`, `T`, `x`, `L` and Ctrl-r on a screen or the Quotes pane.
fn on_focus(app: &mut App, action: Action) -> bool {
    match action {
        Action::Note | Action::Tags | Action::Reviewed => {}
        Action::Notes => {
            super::notes_pane::open_pane(app);
            return true;
        }
        Action::Refresh => {
            reload(app);
            if app.message.is_none() {
                app.message = Some(format!(
                    "{} note(s) in the review file",
                    app.review.notes.len()
                ));
            }
            return true;
        }
        _ => return false,
    }
    if let Some(why) = &app.review.read_only {
        app.message = Some(format!("review file is read-only: {why}"));
        return true;
    }
    match app.focus() {
        Ok(focus) => start(app, focus, action),
        Err(why) => app.message = Some(why.to_owned()),
    }
    true
}

/// Opens the editor or the tag picker on the focus, or toggles its mark.
fn start(app: &mut App, focus: Focus, action: Action) {
    let note = app.note_on(&focus).map(|n| n.note.clone());
    let id = note.as_ref().map(|n| n.id);
    match action {
        Action::Note => {
            let text = note.as_ref().map_or("", |n| n.text.as_str());
            app.overlays.push(Overlay::NoteEditor {
                input: TextInput::multi_line(text),
                target: focus.target,
                note: id,
            });
        }
        Action::Tags => app.overlays.push(Overlay::TagPicker {
            target: focus.target,
            note: id,
        }),
        _ => {
            let reviewed = !note.as_ref().is_some_and(|n| n.reviewed);
            let done = match note {
                Some(n) => write(app, |s| s.update(n.id, &n.text, &n.tags, reviewed)),
                None => write(app, |s| s.add(&focus.target, "", &[], true).map(drop)),
            };
            if done.is_some() {
                let said = if reviewed { "reviewed" } else { "not reviewed" };
                app.message = Some(format!("marked {said}"));
            }
        }
    }
}

/// The note editor: typing and editing keys; Enter saves, Esc cancels.
fn edit_note(
    app: &mut App,
    mut input: TextInput,
    (target, note): (Target, Option<i64>),
    action: Action,
) {
    match action {
        Action::Insert(c) => input.insert(c),
        Action::Edit(edit) => input.apply(edit),
        Action::Back => {
            pop(app);
            app.message = Some("note not saved".to_owned());
            return;
        }
        Action::Confirm => {
            pop(app);
            return save_note(app, input.text(), target, note);
        }
        _ => return,
    }
    replace_top(
        app,
        Overlay::NoteEditor {
            input,
            target,
            note,
        },
    );
}

/// Enter in the editor: the text written to the store, a new note only
/// when there is text.
fn save_note(app: &mut App, text: String, target: Target, note: Option<i64>) {
    let text = text.trim_end().to_owned();
    let existing = note
        .and_then(|id| app.review.note(id))
        .map(|n| n.note.clone());
    let saved = match existing {
        Some(n) => write(app, |s| s.update(n.id, &text, &n.tags, n.reviewed)),
        None if text.is_empty() => {
            app.message = Some("empty note not saved".to_owned());
            return;
        }
        None => write(app, |s| s.add(&target, &text, &[], false).map(drop)),
    };
    if saved.is_some() {
        app.message = Some("note saved".to_owned());
    }
}

/// The tag picker: each tag's key toggles it at once; Enter / Esc close.
fn pick_tag(app: &mut App, target: Target, note: Option<i64>, action: Action) {
    let c = match action {
        Action::Confirm | Action::Back | Action::Tags => return pop(app),
        Action::Insert(c) => c,
        _ => return,
    };
    let keys = tag_keys(&app.tags);
    let Some(tag) = keys
        .iter()
        .position(|k| *k == Some(c))
        .map(|i| app.tags[i].clone())
    else {
        app.message = Some(format!(
            "no tag on {c:?}: press a key shown, Enter to close"
        ));
        return;
    };
    let existing = note
        .and_then(|id| app.review.note(id))
        .map(|n| n.note.clone());
    let id = match existing {
        Some(n) => {
            let mut tags = n.tags.clone();
            match tags.iter().position(|t| *t == tag) {
                Some(at) => drop(tags.remove(at)),
                None => tags.push(tag),
            }
            write(app, |s| s.update(n.id, &n.text, &tags, n.reviewed)).map(|()| n.id)
        }
        None => write(app, |s| s.add(&target, "", &[tag], false)).map(|n| n.id),
    };
    if let Some(id) = id {
        replace_top(
            app,
            Overlay::TagPicker {
                target,
                note: Some(id),
            },
        );
    }
}

/// Moves the Notes pane's selection; None for other actions.
pub(super) fn moved_in_pane(app: &App, selected: usize, action: Action) -> Option<usize> {
    moved(selected, app.review.notes.len(), app.page_rows, action)
}

/// Whether a note lost its passage.
pub(super) fn is_orphaned(app: &App, entry: usize) -> bool {
    let order = app.review.pane_order();
    order
        .get(entry)
        .is_some_and(|&i| app.review.notes[i].status == NoteStatus::Orphaned)
}

#[cfg(test)]
#[path = "notes_tests.rs"]
mod tests;
