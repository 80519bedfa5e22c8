//! The review TUI on a test backend: whole-screen snapshots and key walks.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use storydiff::corpus;
use storydiff::tui::app::{App, Screen};
use storydiff::tui::config::Config;
use storydiff::tui::theme;
use storydiff::tui::ui;
use storydiff::tui::update::handle_key;

fn demo_app() -> App {
    App::new(corpus::load_demo(), Config::default())
}

/// Draws the app and returns the screen as text.
fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = ui::Hits::default();
    terminal.draw(|frame| hits = ui::draw(frame, app)).unwrap();
    app.page_rows = hits.page_rows;
    let buffer = terminal.backend().buffer().clone();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        for x in 0..buffer.area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        handle_key(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn key(app: &mut App, code: KeyCode) {
    handle_key(app, KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn demo_opens_on_sputnik_vs_tass() {
    let mut app = demo_app();
    assert_eq!(app.screen, Screen::Compare);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Sputnik") && text.contains("TASS"), "{text}");
    insta::assert_snapshot!("compare_demo_120x40", text);
}

#[test]
fn compare_at_80x24() {
    let mut app = demo_app();
    insta::assert_snapshot!("compare_demo_80x24", screen(&mut app, 80, 24));
}

#[test]
fn compare_in_monochrome_after_walking_divergences() {
    let mut app = demo_app();
    app.theme = theme::Theme::builtin("mono").unwrap();
    press(&mut app, "nn");
    insta::assert_snapshot!("compare_demo_mono_nn", screen(&mut app, 120, 40));
    // No colour anywhere: meaning is carried by modifiers and markers only.
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| drop(ui::draw(frame, &app))).unwrap();
    let buffer = terminal.backend().buffer();
    let reset = ratatui::style::Color::Reset;
    assert!(
        buffer
            .content
            .iter()
            .all(|cell| cell.fg == reset && cell.bg == reset)
    );
    let modified =
        |m: ratatui::style::Modifier| buffer.content.iter().any(|c| c.modifier.contains(m));
    assert!(
        modified(ratatui::style::Modifier::REVERSED),
        "the current row is reversed"
    );
    assert!(
        modified(ratatui::style::Modifier::UNDERLINED),
        "removed words are underlined"
    );
    assert!(
        modified(ratatui::style::Modifier::BOLD),
        "inserted words are bold"
    );
}

#[test]
fn stories_screen() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Stories);
    insta::assert_snapshot!("stories_demo_120x40", screen(&mut app, 120, 40));
    insta::assert_snapshot!("stories_demo_80x24", screen(&mut app, 80, 24));
}

#[test]
fn too_small_screen_says_so() {
    let mut app = demo_app();
    let text = screen(&mut app, 50, 10);
    assert!(text.contains("too small"), "{text}");
    insta::assert_snapshot!("too_small", text);
}

#[test]
fn search_finds_raqqa_and_n_walks_the_matches() {
    let mut app = demo_app();
    press(&mut app, "/raqqa");
    key(&mut app, KeyCode::Enter);
    let view = app.compare.as_ref().unwrap();
    let matches = view.search.as_ref().unwrap().matches.clone();
    assert!(matches.len() >= 3, "{matches:?}");
    assert_eq!(view.cursor, matches[0]);
    press(&mut app, "n");
    assert_eq!(app.compare.as_ref().unwrap().cursor, matches[1]);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("/raqqa"), "{text}");
}

#[test]
fn help_lists_every_action_from_the_keymap() {
    let mut app = demo_app();
    press(&mut app, "?");
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("next divergence") && text.contains("quit"),
        "{text}"
    );
    press(&mut app, "?");
    assert!(app.overlays.is_empty());
}
