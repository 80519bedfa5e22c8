//! `update` for every action, on the demo (Sputnik vs TASS: 35 rows; row 1
//! left only, row 2 reworded, row 3 right only).

use super::*;
use crate::corpus::load_demo;
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::config::Config;
use ratatui::crossterm::event::KeyModifiers;

fn app() -> App {
    App::new(load_demo(), Config::default())
}

fn cursor(app: &App) -> usize {
    app.compare.as_ref().unwrap().cursor
}

fn kind(app: &App) -> RowKind {
    let view = app.compare.as_ref().unwrap();
    view.rows[view.cursor].row.kind
}

fn rows(app: &App) -> usize {
    app.compare.as_ref().unwrap().rows.len()
}

#[test]
fn the_demo_opens_on_compare_at_the_first_row() {
    let app = app();
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn next_and_previous_move_one_row_and_stop_at_the_ends() {
    let mut app = app();
    update(&mut app, Action::Previous);
    assert_eq!(cursor(&app), 0);
    update(&mut app, Action::Next);
    assert_eq!(cursor(&app), 1);
    update(&mut app, Action::Previous);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn first_and_last_go_to_the_ends() {
    let mut app = app();
    update(&mut app, Action::Last);
    assert_eq!(cursor(&app), rows(&app) - 1);
    update(&mut app, Action::Next);
    assert_eq!(cursor(&app), rows(&app) - 1);
    update(&mut app, Action::First);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn paging_moves_by_the_rows_that_fit() {
    let mut app = app();
    app.page_rows = 6;
    update(&mut app, Action::PageDown);
    assert_eq!(cursor(&app), 6);
    update(&mut app, Action::HalfPageUp);
    assert_eq!(cursor(&app), 3);
    update(&mut app, Action::HalfPageDown);
    assert_eq!(cursor(&app), 6);
    update(&mut app, Action::PageUp);
    assert_eq!(cursor(&app), 0);
}

#[test]
fn divergences_skip_same_rows_both_ways() {
    let mut app = app();
    update(&mut app, Action::NextDivergence);
    assert_eq!(cursor(&app), 1);
    assert_ne!(kind(&app), RowKind::Same);
    update(&mut app, Action::NextDivergence);
    assert_eq!(cursor(&app), 2);
    update(&mut app, Action::PreviousDivergence);
    assert_eq!(cursor(&app), 1);
    update(&mut app, Action::Last);
    update(&mut app, Action::NextDivergence);
    assert_eq!(app.message.as_deref(), Some("no more divergences below"));
}

#[test]
fn unique_passages_are_one_sided_rows() {
    let mut app = app();
    update(&mut app, Action::NextUnique);
    assert_eq!(cursor(&app), 2);
    assert_eq!(kind(&app), RowKind::RightOnly);
    update(&mut app, Action::PreviousUnique);
    assert_eq!(cursor(&app), 0);
    assert_eq!(kind(&app), RowKind::LeftOnly);
}

#[test]
fn next_moved_says_when_there_is_none() {
    let mut app = app();
    update(&mut app, Action::NextMoved);
    let moved = app
        .compare
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .any(|r| r.row.moved);
    if moved {
        assert!(app.compare.as_ref().unwrap().rows[cursor(&app)].row.moved);
    } else {
        assert_eq!(app.message.as_deref(), Some("no more moved rows below"));
    }
}

#[test]
fn search_is_incremental_and_kept_with_enter() {
    let mut app = app();
    update(&mut app, Action::Search);
    assert_eq!(app.top_overlay(), Some(&Overlay::SearchPrompt));
    for c in "raqqa".chars() {
        handle_key(
            &mut app,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        );
    }
    let matches = app
        .compare
        .as_ref()
        .unwrap()
        .search
        .as_ref()
        .unwrap()
        .matches
        .clone();
    assert!(!matches.is_empty());
    assert_eq!(cursor(&app), matches[0]);
    update(&mut app, Action::Confirm);
    assert!(app.overlays.is_empty());
    update(&mut app, Action::NextDivergence);
    assert_eq!(cursor(&app), matches[1], "n goes to the next match");
    update(&mut app, Action::PreviousDivergence);
    assert_eq!(cursor(&app), matches[0]);
    update(&mut app, Action::Back);
    assert!(
        app.compare.as_ref().unwrap().search.is_none(),
        "Esc clears the search"
    );
    assert_eq!(app.screen, Screen::Compare);
}

#[test]
fn a_search_without_matches_is_dropped() {
    let mut app = app();
    update(&mut app, Action::Search);
    handle_key(
        &mut app,
        KeyEvent::new(KeyCode::Char('§'), KeyModifiers::NONE),
    );
    handle_key(
        &mut app,
        KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
    );
    handle_key(
        &mut app,
        KeyEvent::new(KeyCode::Char('§'), KeyModifiers::NONE),
    );
    update(&mut app, Action::Confirm);
    assert!(app.compare.as_ref().unwrap().search.is_none());
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("no row matches")
    );
}

#[test]
fn escape_in_the_prompt_cancels_the_search() {
    let mut app = app();
    update(&mut app, Action::Search);
    update(&mut app, Action::Back);
    assert!(app.overlays.is_empty());
    assert!(app.compare.as_ref().unwrap().search.is_none());
}

#[test]
fn swap_exchanges_the_sides() {
    let mut app = app();
    let (left, right) = {
        let view = app.compare.as_ref().unwrap();
        (view.left, view.right)
    };
    update(&mut app, Action::Swap);
    let view = app.compare.as_ref().unwrap();
    assert_eq!((view.left, view.right), (right, left));
}

#[test]
fn pick_chooses_left_then_right() {
    let mut app = app();
    update(&mut app, Action::Pick);
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::Picker { first: None, .. })
    ));
    update(&mut app, Action::First);
    update(&mut app, Action::Next);
    update(&mut app, Action::Next);
    update(&mut app, Action::Confirm);
    update(&mut app, Action::Confirm);
    assert!(app.message.is_some(), "the same article twice is refused");
    update(&mut app, Action::Next);
    update(&mut app, Action::Next);
    update(&mut app, Action::Confirm);
    assert!(app.overlays.is_empty());
    let view = app.compare.as_ref().unwrap();
    assert_eq!((view.left, view.right), (2, 4));
}

#[test]
fn pick_can_be_cancelled() {
    let mut app = app();
    update(&mut app, Action::Pick);
    update(&mut app, Action::Back);
    assert!(app.overlays.is_empty());
}

#[test]
fn removed_text_opens_scrolls_and_closes() {
    let mut app = app();
    update(&mut app, Action::Removed);
    update(&mut app, Action::Next);
    assert_eq!(app.top_overlay(), Some(&Overlay::Removed { offset: 1 }));
    update(&mut app, Action::Removed);
    assert!(app.overlays.is_empty());
}

#[test]
fn presentation_and_theme_toggle() {
    let mut app = app();
    update(&mut app, Action::Presentation);
    assert!(app.presentation);
    update(&mut app, Action::Presentation);
    assert!(!app.presentation);
    let before = app.theme.name().to_string();
    update(&mut app, Action::CycleTheme);
    assert_ne!(app.theme.name(), before);
    app.colour = false;
    let now = app.theme.name().to_string();
    update(&mut app, Action::CycleTheme);
    assert_eq!(
        app.theme.name(),
        now,
        "no colour themes when colours are off"
    );
}

#[test]
fn help_opens_and_closes() {
    let mut app = app();
    update(&mut app, Action::Help);
    assert_eq!(app.top_overlay(), Some(&Overlay::Help));
    update(&mut app, Action::Next);
    assert_eq!(cursor(&app), 0, "the overlay takes the key");
    update(&mut app, Action::Back);
    assert!(app.overlays.is_empty());
}

#[test]
fn back_returns_to_stories_and_confirm_reopens_the_best_pair() {
    let mut app = app();
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Stories);
    update(&mut app, Action::Next);
    assert_eq!(app.story_cursor, 1);
    update(&mut app, Action::Confirm);
    assert_eq!(
        app.screen,
        Screen::Stories,
        "a one-article story cannot be compared"
    );
    assert!(app.message.is_some());
    update(&mut app, Action::First);
    update(&mut app, Action::Confirm);
    assert_eq!(app.screen, Screen::Compare);
    let view = app.compare.as_ref().unwrap();
    assert_eq!((view.left, view.right), (0, 1));
}

#[test]
fn quit_sets_the_flag_from_anywhere() {
    let mut app = app();
    update(&mut app, Action::Help);
    update(&mut app, Action::Quit);
    assert!(app.should_quit);
}

#[test]
fn the_mouse_selects_rows_and_the_wheel_scrolls() {
    let mut app = app();
    update_pointer(&mut app, Pointer::Row(4));
    assert_eq!(cursor(&app), 4);
    update_pointer(&mut app, Pointer::Scroll(3));
    assert_eq!(cursor(&app), 7);
    update_pointer(&mut app, Pointer::Scroll(-2));
    assert_eq!(cursor(&app), 5);
    update_pointer(&mut app, Pointer::Story(1));
    assert_eq!(app.story_cursor, 1);
}
