//! The search prompt: typed text and editing keys arrive as actions, the
//! cursor moves in the query, and matching folds case and quotes.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::corpus::load_demo;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use crate::tui::config::Config;
use crate::tui::editor::Edit;
use crate::tui::update::{handle_key, update};

fn searching() -> App {
    let mut app = App::new(load_demo(), Config::default());
    update(&mut app, Action::Search);
    app
}

fn query(app: &App) -> String {
    let view = app.compare.as_ref().unwrap();
    view.search.as_ref().unwrap().query.clone()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        handle_key(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

#[test]
fn the_cursor_moves_in_the_query_and_edits_happen_there() {
    let mut app = searching();
    type_text(&mut app, "raqa");
    handle_key(&mut app, KeyEvent::new(KeyCode::Left, KeyModifiers::NONE));
    type_text(&mut app, "q");
    assert_eq!(query(&app), "raqqa");
    update(&mut app, Action::Edit(Edit::Home));
    type_text(&mut app, "in ");
    assert_eq!(query(&app), "in raqqa");
    update(&mut app, Action::Edit(Edit::Backspace));
    update(&mut app, Action::Edit(Edit::Right));
    update(&mut app, Action::Insert('R'));
    assert_eq!(query(&app), "inrRaqqa");
    update(&mut app, Action::Edit(Edit::Backspace));
    update(&mut app, Action::Edit(Edit::End));
    type_text(&mut app, " city");
    let ctrl_w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
    handle_key(&mut app, ctrl_w);
    assert_eq!(query(&app), "inraqqa ");
    let ctrl_u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    handle_key(&mut app, ctrl_u);
    assert_eq!(query(&app), "");
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::SearchPrompt { .. })
    ));
}

#[test]
fn a_straight_apostrophe_and_any_case_find_a_curly_one() {
    // TASS writes "Washington’s" with a typographic apostrophe.
    let mut app = searching();
    type_text(&mut app, "WASHINGTON'S");
    let view = app.compare.as_ref().unwrap();
    let matches = &view.search.as_ref().unwrap().matches;
    assert!(!matches.is_empty(), "no match for a straight apostrophe");
    let row = &view.rows[matches[0]];
    let right: String = row.right.iter().map(|(t, _)| t.as_str()).collect();
    assert!(right.contains("Washington’s"), "{right}");
}
