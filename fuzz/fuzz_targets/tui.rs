//! The review TUI on the demo, driven by random keys, clicks, wheel turns
//! and resizes, drawn on a test backend after each: it never panics, draws
//! no unsafe character, and quits only on a quit key.
//!
//! Input: two bytes for the terminal size, then one event per byte (see
//! [`event`]). Nothing in the TUI opens anything outside it, so every key
//! is fair game.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use storydiff::corpus::load_demo;
use storydiff::corpus::sanitize::is_unsafe;
use storydiff::tui::action::Action;
use storydiff::tui::app::App;
use storydiff::tui::config::Config;
use storydiff::tui::ui::{self, Hits};
use storydiff::tui::update::{Pointer, after_draw, handle_key, update_pointer};

/// Named keys and chorded keys; other bytes are typed characters.
const KEYS: [(KeyCode, KeyModifiers); 20] = [
    (KeyCode::Enter, KeyModifiers::NONE),
    (KeyCode::Esc, KeyModifiers::NONE),
    (KeyCode::Tab, KeyModifiers::NONE),
    (KeyCode::BackTab, KeyModifiers::SHIFT),
    (KeyCode::Up, KeyModifiers::NONE),
    (KeyCode::Down, KeyModifiers::NONE),
    (KeyCode::Left, KeyModifiers::NONE),
    (KeyCode::Right, KeyModifiers::NONE),
    (KeyCode::Home, KeyModifiers::NONE),
    (KeyCode::End, KeyModifiers::NONE),
    (KeyCode::PageUp, KeyModifiers::NONE),
    (KeyCode::PageDown, KeyModifiers::NONE),
    (KeyCode::Backspace, KeyModifiers::NONE),
    (KeyCode::Delete, KeyModifiers::NONE),
    (KeyCode::Char('d'), KeyModifiers::CONTROL),
    (KeyCode::Char('u'), KeyModifiers::CONTROL),
    (KeyCode::Char('c'), KeyModifiers::CONTROL),
    (KeyCode::Char('n'), KeyModifiers::SHIFT),
    (KeyCode::Char(' '), KeyModifiers::NONE),
    (KeyCode::F(1), KeyModifiers::NONE),
];

/// What one input byte does.
enum Event {
    Key(KeyEvent),
    Pointer(Pointer),
    Click(u8),
    Resize(u16, u16),
}

/// Bytes below `KEYS.len()` are named keys; 0xe0..0xf0 wheel turns and
/// clicks; 0xf0.. resizes; the rest printable ASCII.
fn event(byte: u8) -> Event {
    match byte {
        b if usize::from(b) < KEYS.len() => {
            let (code, modifiers) = KEYS[usize::from(b)];
            Event::Key(KeyEvent::new(code, modifiers))
        }
        0xe0 => Event::Pointer(Pointer::Scroll(1)),
        0xe1 => Event::Pointer(Pointer::Scroll(-1)),
        0xe2..=0xef => Event::Click(byte - 0xe2),
        0xf0.. => size(byte, byte.rotate_left(3)),
        b => Event::Key(KeyEvent::new(
            KeyCode::Char(char::from(b' ' + b % 95)),
            KeyModifiers::NONE,
        )),
    }
}

/// A terminal size from two bytes: from too small up to 160×50.
fn size(w: u8, h: u8) -> Event {
    Event::Resize(40 + u16::from(w) % 121, 10 + u16::from(h) % 41)
}

/// A click on something the last frame drew (what a mouse can hit).
fn click(hits: &Hits, which: u8) -> Option<Pointer> {
    let which = usize::from(which);
    let pick = |areas: &[(ratatui::layout::Rect, usize)]| {
        (!areas.is_empty()).then(|| areas[which % areas.len()].1)
    };
    pick(&hits.statements)
        .map(Pointer::Statement)
        .or_else(|| pick(&hits.rows).map(Pointer::Row))
        .or_else(|| pick(&hits.stories).map(Pointer::Story))
}

/// The demo app as it opens (made anew for every input: the app holds its
/// review file handle, so it is neither shared nor cloned).
fn demo_app() -> App {
    App::new(load_demo(), Config::default())
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App) -> Hits {
    let mut hits = Hits::default();
    terminal
        .draw(|frame| hits = ui::draw(frame, app))
        .expect("the test backend draws");
    after_draw(app, &hits);
    let buffer = terminal.backend().buffer();
    let unsafe_cell = buffer
        .content
        .iter()
        .find(|cell| cell.symbol().chars().any(is_unsafe));
    assert!(unsafe_cell.is_none(), "drew {unsafe_cell:?}");
    hits
}

fuzz_target!(|data: &[u8]| {
    let [w, h, events @ ..] = data else {
        return;
    };
    let mut app = demo_app();
    let Event::Resize(width, height) = size(*w, *h) else {
        unreachable!()
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    let mut hits = draw(&mut terminal, &mut app);
    for &byte in events {
        match event(byte) {
            Event::Key(key) => {
                let quit_key = app.keymap.action(&key) == Some(Action::Quit);
                handle_key(&mut app, key);
                if app.should_quit {
                    assert!(quit_key, "quit on {key:?}, not a quit key");
                    return;
                }
            }
            Event::Pointer(pointer) => update_pointer(&mut app, pointer),
            Event::Click(which) => {
                if let Some(pointer) = click(&hits, which) {
                    update_pointer(&mut app, pointer);
                }
            }
            Event::Resize(width, height) => terminal.backend_mut().resize(width, height),
        }
        assert!(!app.should_quit, "only a quit key quits");
        hits = draw(&mut terminal, &mut app);
    }
});
