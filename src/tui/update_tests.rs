//! `update` for every action, on the demo (Sputnik vs TASS: 35 rows; row 1
//! left only, row 2 reworded, row 3 right only).

use super::*;
use crate::align::RowKind;
use crate::corpus::load_demo;
use crate::diff::Change;
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::config::Config;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

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
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::SearchPrompt { .. })
    ));
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
    let listed = picker::entries(&app, "");
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
    assert_eq!((view.left, view.right), (listed[2].1, listed[4].1));
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
    assert_eq!(app.top_overlay(), Some(&Overlay::Help { offset: 0 }));
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
    // Back up to s1 (First would go to the thread's header above it).
    update(&mut app, Action::Previous);
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

/// The Quotes pane's statements.
fn statements(app: &App) -> &[crate::tui::lenses::StatementView] {
    &app.quotes_pane.as_ref().unwrap().statements
}

/// The text of a side of a statement, without emphasis.
fn side_text(side: &Option<crate::tui::lenses::SideView>) -> String {
    side.as_ref()
        .map(|s| s.runs.iter().map(|(t, _)| t.as_str()).collect())
        .unwrap_or_default()
}

fn selected(app: &App) -> usize {
    match app.top_overlay() {
        Some(Overlay::Quotes { selected, .. }) => *selected,
        other => panic!("the Quotes pane is not on top: {other:?}"),
    }
}

#[test]
fn quotes_opens_on_the_compared_story_and_closes_with_q_or_escape() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    assert_eq!(
        app.top_overlay(),
        Some(&Overlay::Quotes {
            selected: 0,
            offset: 0
        })
    );
    let pane = app.quotes_pane.as_ref().unwrap();
    assert_eq!(pane.scope, "story s1 · 2 articles");
    assert!(pane.statements.len() >= 10, "{}", pane.statements.len());
    assert_eq!(pane.in_pair, pane.statements.len(), "the story is the pair");
    let first = &pane.statements[0];
    assert_eq!(first.speaker, "Sergei Lavrov");
    assert_eq!(first.left.as_ref().unwrap().meta, "direct · said");
    assert!(side_text(&first.left).starts_with("“When we hear"));
    assert!(side_text(&first.right).starts_with("“When we hear"));
    update(&mut app, Action::Quotes);
    assert!(app.overlays.is_empty(), "Q again closes the pane");
    update(&mut app, Action::Quotes);
    update(&mut app, Action::Back);
    assert!(app.overlays.is_empty(), "Esc closes the pane");
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(app.lenses.len(), 1, "the story's quotations are kept");
}

#[test]
fn quotes_only_open_from_compare() {
    let mut app = app();
    update(&mut app, Action::Back);
    update(&mut app, Action::Quotes);
    update(&mut app, Action::Framing);
    assert!(app.overlays.is_empty());
    assert!(
        app.lenses.is_empty(),
        "nothing computed before a pane opens"
    );
}

#[test]
fn the_differing_words_of_two_versions_are_emphasized() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    let first = &statements(&app)[0];
    let left = &first.left.as_ref().unwrap().runs;
    let right = &first.right.as_ref().unwrap().runs;
    assert!(left.iter().any(|(_, e)| *e == Change::Removed));
    assert!(right.iter().any(|(_, e)| *e == Change::Added));
    assert!(left.iter().all(|(_, e)| *e != Change::Added));
    assert!(
        statements(&app)
            .iter()
            .any(|s| s.flags.contains(&"quoted by one outlet only")),
        "flags are shown as words"
    );
}

#[test]
fn next_and_previous_move_the_selected_statement() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    let n = statements(&app).len();
    update(&mut app, Action::Previous);
    assert_eq!(selected(&app), 0);
    update(&mut app, Action::Next);
    update(&mut app, Action::Next);
    assert_eq!(selected(&app), 2);
    update(&mut app, Action::Previous);
    assert_eq!(selected(&app), 1);
    update(&mut app, Action::Last);
    assert_eq!(selected(&app), n - 1);
    update(&mut app, Action::Next);
    assert_eq!(selected(&app), n - 1, "stops at the last statement");
    update(&mut app, Action::First);
    assert_eq!(
        app.top_overlay(),
        Some(&Overlay::Quotes {
            selected: 0,
            offset: 0
        }),
        "the offset follows the selection up"
    );
    assert_eq!(cursor(&app), 0, "the Compare cursor stays put");
}

#[test]
fn enter_goes_to_the_compare_row_of_the_left_version() {
    let mut app = app();
    update(&mut app, Action::Last);
    update(&mut app, Action::Quotes);
    let target = statements(&app)
        .iter()
        .position(|s| side_text(&s.left).starts_with("“When we hear"))
        .unwrap();
    for _ in 0..target {
        update(&mut app, Action::Next);
    }
    update(&mut app, Action::Confirm);
    assert!(app.overlays.is_empty(), "Enter closes the pane");
    let view = app.compare.as_ref().unwrap();
    assert_eq!(
        app.corpus.articles[view.left].outlet.as_deref(),
        Some("Sputnik")
    );
    assert!(
        view.rows[view.cursor].row.left.contains(&2),
        "row {} holds Sputnik sentence 2: {:?}",
        view.cursor,
        view.rows[view.cursor].row
    );
}

#[test]
fn enter_on_a_statement_only_the_right_article_quotes_goes_to_its_row() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    let target = statements(&app)
        .iter()
        .position(|s| s.left.is_none() && s.right.is_some())
        .expect("TASS quotes something Sputnik does not");
    let row = statements(&app)[target].row.expect("a row to go to");
    for _ in 0..target {
        update(&mut app, Action::Next);
    }
    update(&mut app, Action::Confirm);
    assert!(app.overlays.is_empty());
    assert_eq!(cursor(&app), row);
    let view = app.compare.as_ref().unwrap();
    assert!(!view.rows[row].row.right.is_empty());
}

#[test]
fn the_panes_follow_a_swap_without_finding_quotes_again() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    update(&mut app, Action::Back);
    update(&mut app, Action::Swap);
    update(&mut app, Action::Quotes);
    let first = &statements(&app)[0];
    assert!(
        side_text(&first.left).contains("United States’ new line"),
        "TASS is left now"
    );
    assert_eq!(app.lenses.len(), 1);
    update(&mut app, Action::Framing);
    let pane = app.framing_pane.as_ref().unwrap();
    assert_eq!(pane.outlets, ["TASS", "Sputnik"], "the compared pair first");
}

#[test]
fn framing_opens_scrolls_and_closes_with_f_or_escape() {
    let mut app = app();
    update(&mut app, Action::Framing);
    assert_eq!(app.top_overlay(), Some(&Overlay::Framing { offset: 0 }));
    let pane = app.framing_pane.as_ref().unwrap();
    assert_eq!(pane.outlets, ["Sputnik", "TASS"]);
    let rows = pane.rows.len();
    update(&mut app, Action::Next);
    update(&mut app, Action::Next);
    assert_eq!(app.top_overlay(), Some(&Overlay::Framing { offset: 2 }));
    update(&mut app, Action::Previous);
    assert_eq!(app.top_overlay(), Some(&Overlay::Framing { offset: 1 }));
    update(&mut app, Action::Last);
    assert_eq!(
        app.top_overlay(),
        Some(&Overlay::Framing { offset: rows - 1 })
    );
    update(&mut app, Action::Framing);
    assert!(app.overlays.is_empty(), "F again closes the pane");
    update(&mut app, Action::Framing);
    update(&mut app, Action::Back);
    assert!(app.overlays.is_empty(), "Esc closes the pane");
}

#[test]
fn q_and_f_switch_between_the_panes() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    update(&mut app, Action::Framing);
    assert_eq!(app.overlays, [Overlay::Framing { offset: 0 }]);
    update(&mut app, Action::Quotes);
    assert!(matches!(app.overlays[..], [Overlay::Quotes { .. }]));
}

#[test]
fn the_wheel_and_clicks_work_in_the_panes() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    update_pointer(&mut app, Pointer::Scroll(3));
    assert_eq!(selected(&app), 3);
    update_pointer(&mut app, Pointer::Statement(1));
    assert_eq!(selected(&app), 1);
    update_pointer(&mut app, Pointer::Row(9));
    assert_eq!(cursor(&app), 0, "Compare under the pane takes no clicks");
    update(&mut app, Action::Framing);
    update_pointer(&mut app, Pointer::Scroll(2));
    assert_eq!(app.top_overlay(), Some(&Overlay::Framing { offset: 2 }));
}

#[test]
fn drawing_tells_where_a_pane_starts() {
    let mut app = app();
    update(&mut app, Action::Quotes);
    update(&mut app, Action::Last);
    let hits = crate::tui::ui::Hits {
        page_rows: 4,
        overlay_offset: Some(7),
        ..Default::default()
    };
    after_draw(&mut app, &hits);
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::Quotes { offset: 7, .. })
    ));
    assert_eq!(app.page_rows, 4);
}
