//! Review notes in the TUI, on the demo with a review file of the test's own.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::corpus::load_demo;
use crate::notes::{Store, Target};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Place, Screen, StoryOrder};
use crate::tui::config::Config;
use crate::tui::editor::Edit;
use crate::tui::update::{focus_gained, handle_key, update};

fn review_app() -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.sqlite3");
    let app = App::new(load_demo(), Config::default()).with_review(Some(&path));
    (app, dir)
}

fn reopen(dir: &tempfile::TempDir) -> App {
    let path = dir.path().join("review.sqlite3");
    App::new(load_demo(), Config::default()).with_review(Some(&path))
}

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    handle_key(app, KeyEvent::new(code, modifiers));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn stored(dir: &tempfile::TempDir) -> Vec<crate::notes::Note> {
    let (store, _) = Store::open(&dir.path().join("review.sqlite3")).unwrap();
    store.all().unwrap()
}

#[test]
fn a_types_a_note_and_enter_writes_it_on_the_rows_left_sentences() {
    let (mut app, dir) = review_app();
    type_text(&mut app, "a");
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::NoteEditor { .. })
    ));
    type_text(&mut app, "Lavrov's words?");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(app.overlays.is_empty());
    let notes = stored(&dir);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "Lavrov's words?");
    // Row 1 is left only: Sputnik's first sentence.
    assert_eq!(
        app.review.notes[0].article,
        Some(app.compare.as_ref().unwrap().left)
    );
    assert_eq!(app.review.notes[0].sentences, [0]);
    assert_eq!(app.focused_note().unwrap().note.text, "Lavrov's words?");
}

#[test]
fn ctrl_w_ctrl_u_and_alt_enter_edit_the_note_before_it_is_saved() {
    let (mut app, dir) = review_app();
    type_text(&mut app, "acheck the wording");
    key(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    type_text(&mut app, "second line");
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('j'), KeyModifiers::CONTROL);
    type_text(&mut app, "third");
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    key(&mut app, KeyCode::Backspace, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(stored(&dir)[0].text, "check the \n\nthid");
}

#[test]
fn esc_cancels_the_note_and_nothing_is_written() {
    let (mut app, dir) = review_app();
    type_text(&mut app, "adraft");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.overlays.is_empty());
    assert!(stored(&dir).is_empty());
    assert_eq!(app.message.as_deref(), Some("note not saved"));
}

#[test]
fn a_on_a_row_with_a_note_edits_that_note() {
    let (mut app, dir) = review_app();
    type_text(&mut app, "afirst");
    update(&mut app, Action::Confirm);
    type_text(&mut app, "a");
    update(&mut app, Action::Edit(Edit::DeleteToLineStart));
    type_text(&mut app, "second");
    update(&mut app, Action::Confirm);
    let notes = stored(&dir);
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "second");
}

#[test]
fn t_and_a_tag_key_toggle_the_tag_at_once() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Tags);
    update(&mut app, Action::Insert('1'));
    assert_eq!(stored(&dir)[0].tags, ["omission"]);
    update(&mut app, Action::Insert('7'));
    assert_eq!(stored(&dir)[0].tags, ["omission", "verify"]);
    update(&mut app, Action::Insert('1'));
    assert_eq!(stored(&dir)[0].tags, ["verify"]);
    assert_eq!(stored(&dir).len(), 1, "one note, changed in place");
    update(&mut app, Action::Confirm);
    assert!(app.overlays.is_empty());
}

#[test]
fn the_tag_list_comes_from_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        tags: Some(vec!["spin".into(), "source".into()]),
        ..Config::default()
    };
    let path = dir.path().join("review.sqlite3");
    let mut app = App::new(load_demo(), config).with_review(Some(&path));
    update(&mut app, Action::Tags);
    update(&mut app, Action::Insert('2'));
    assert_eq!(stored(&dir)[0].tags, ["source"]);
}

#[test]
fn x_marks_the_row_reviewed_and_x_again_unmarks_it() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Reviewed);
    assert!(stored(&dir)[0].reviewed);
    assert_eq!(app.message.as_deref(), Some("marked reviewed"));
    update(&mut app, Action::Reviewed);
    assert!(!stored(&dir)[0].reviewed);
}

#[test]
fn without_a_review_file_the_keys_say_it_is_read_only() {
    let mut app = App::new(load_demo(), Config::default());
    for action in [Action::Note, Action::Tags, Action::Reviewed] {
        update(&mut app, action);
        let message = app.message.clone().unwrap_or_default();
        assert!(
            message.starts_with("review file is read-only: "),
            "{message}"
        );
        assert!(app.overlays.is_empty());
    }
}

#[test]
fn an_unreadable_review_file_opens_the_tui_without_notes_saying_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.sqlite3");
    std::fs::write(&path, "not a database at all, just text").unwrap();
    let mut app = App::new(load_demo(), Config::default()).with_review(Some(&path));
    assert!(app.review.notes.is_empty());
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains("review file is read-only"), "{message}");
    update(&mut app, Action::Reviewed);
    assert!(app.message.unwrap().starts_with("review file is read-only"));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(bytes, b"not a database at all, just text", "left untouched");
}

#[test]
fn the_notes_pane_lists_notes_and_enter_goes_to_the_row() {
    let (mut app, _dir) = review_app();
    for _ in 0..3 {
        update(&mut app, Action::Next);
    }
    let row = app.compare.as_ref().unwrap().cursor;
    update(&mut app, Action::Reviewed);
    update(&mut app, Action::First);
    update(&mut app, Action::Notes);
    assert!(matches!(app.top_overlay(), Some(Overlay::Notes { .. })));
    update(&mut app, Action::Confirm);
    assert!(app.overlays.is_empty());
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(app.compare.as_ref().unwrap().cursor, row);
}

#[test]
fn d_then_y_deletes_the_note_and_any_other_key_keeps_it() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Reviewed);
    update(&mut app, Action::Notes);
    update(&mut app, Action::Delete);
    type_text(&mut app, "n");
    assert_eq!(stored(&dir).len(), 1);
    assert_eq!(app.message.as_deref(), Some("note kept"));
    update(&mut app, Action::Delete);
    type_text(&mut app, "y");
    assert!(stored(&dir).is_empty());
    assert!(app.review.notes.is_empty());
}

#[test]
fn r_re_attaches_an_orphaned_note_to_the_row_the_pane_was_opened_on() {
    let (mut app, dir) = review_app();
    let article = &app.corpus.articles[app.compare.as_ref().unwrap().left];
    let mut lost = Target::passage(article, 0..1);
    if let Target::Passage { anchor, .. } = &mut lost {
        anchor.exact = "A sentence no article of the demo has, anywhere at all.".into();
        anchor.prefix.clear();
        anchor.suffix.clear();
    }
    let (mut store, _) = Store::open(&dir.path().join("review.sqlite3")).unwrap();
    store.add(&lost, "lost", &[], false).unwrap();
    update(&mut app, Action::Next);
    update(&mut app, Action::Notes);
    assert_eq!(
        app.review.notes[0].status,
        crate::notes::NoteStatus::Orphaned
    );
    update(&mut app, Action::Reattach);
    assert_eq!(app.message.as_deref(), Some("note re-attached to your row"));
    assert_eq!(
        app.review.notes[0].status,
        crate::notes::NoteStatus::Anchored
    );
    update(&mut app, Action::Back);
    assert_eq!(app.focused_note().unwrap().note.text, "lost");
}

#[test]
fn notes_written_by_another_program_appear_when_the_terminal_regains_focus() {
    let (mut app, dir) = review_app();
    let article = &app.corpus.articles[app.compare.as_ref().unwrap().left];
    let target = Target::passage(article, 0..1);
    let (mut store, _) = Store::open(&dir.path().join("review.sqlite3")).unwrap();
    store.add(&target, "from the CLI", &[], false).unwrap();
    assert!(app.focused_note().is_none());
    focus_gained(&mut app);
    assert_eq!(app.focused_note().unwrap().note.text, "from the CLI");
}

#[test]
fn a_note_on_a_coverage_cell_and_on_a_story() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Coverage);
    update(&mut app, Action::Reviewed);
    assert!(stored(&dir)[0].target.article_key().is_some());
    update(&mut app, Action::Back);
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Stories);
    update(&mut app, Action::Reviewed);
    assert!(matches!(stored(&dir)[1].target, Target::Story { .. }));
}

#[test]
fn a_note_on_a_quotes_statement_anchors_its_left_version() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Quotes);
    update(&mut app, Action::Reviewed);
    let pane = app.quotes_pane.as_ref().unwrap();
    let sentences = pane.statements[0].left.as_ref().unwrap().sentences.clone();
    assert_eq!(app.review.notes[0].sentences, sentences);
    assert_eq!(stored(&dir).len(), 1);
}

#[test]
fn the_search_prompt_takes_typed_text_as_actions() {
    let (mut app, _dir) = review_app();
    update(&mut app, Action::Search);
    for c in "raqqa x".chars() {
        update(&mut app, Action::Insert(c));
    }
    update(&mut app, Action::Edit(Edit::DeleteWord));
    update(&mut app, Action::Edit(Edit::Backspace));
    let search = app.compare.as_ref().unwrap().search.clone().unwrap();
    assert_eq!(search.query, "raqqa");
    assert!(!search.matches.is_empty());
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(
        app.compare.as_ref().unwrap().search.as_ref().unwrap().query,
        ""
    );
}

#[test]
fn the_place_is_kept_on_quit_and_restored_when_the_corpus_is_reopened() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Swap);
    for _ in 0..4 {
        update(&mut app, Action::Next);
    }
    let (left, right, row) = {
        let view = app.compare.as_ref().unwrap();
        (view.left, view.right, view.cursor)
    };
    update(&mut app, Action::Quit);
    let app = reopen(&dir);
    let view = app.compare.as_ref().unwrap();
    assert_eq!((view.left, view.right, view.cursor), (left, right, row));
}

#[test]
fn the_coverage_screen_and_its_pivot_are_restored() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Coverage);
    update(&mut app, Action::Next);
    update(&mut app, Action::ChangePivot);
    let (pivot, cursor) = {
        let c = app.coverage_collation().unwrap();
        (
            c.witnesses[c.table.pivot],
            app.coverage.as_ref().unwrap().cursor,
        )
    };
    update(&mut app, Action::Quit);
    let app = reopen(&dir);
    assert_eq!(app.screen, Screen::Coverage);
    let c = app.coverage_collation().unwrap();
    assert_eq!(c.witnesses[c.table.pivot], pivot);
    assert_eq!(app.coverage.as_ref().unwrap().cursor, cursor);
}

#[test]
fn the_stories_order_filter_folds_and_title_mode_are_restored() {
    let (mut app, dir) = review_app();
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Stories);
    update(&mut app, Action::Sort);
    update(&mut app, Action::Sort);
    update(&mut app, Action::Removed);
    update(&mut app, Action::FoldAll);
    update(&mut app, Action::Search);
    type_text(&mut app, "syria");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let view = app.stories_view.clone();
    assert_eq!(view.order, StoryOrder::Outlets);
    assert_eq!(view.filter, "syria");
    assert!(view.whole_titles);
    assert!(!view.folded.is_empty());
    assert!(
        view.thread_cursor.is_some(),
        "the cursor is on a folded header"
    );
    update(&mut app, Action::Quit);
    let app = reopen(&dir);
    let restored = &app.stories_view;
    assert_eq!(
        (
            restored.order,
            &restored.filter,
            &restored.folded,
            restored.whole_titles,
            restored.thread_cursor
        ),
        (
            view.order,
            &view.filter,
            &view.folded,
            view.whole_titles,
            view.thread_cursor
        )
    );
}

#[test]
fn a_place_kept_before_the_stories_list_was_still_opens() {
    let place =
        Place::parse(r#"{"screen":"stories","story":null,"pair":null,"row":0,"coverage":null}"#)
            .expect("older places parse");
    assert_eq!(place.stories, Default::default());
}
