//! What storydiff draws is what a terminal shows: any text, once its frame
//! is settled (`ui::cells::settle`), lands on the vt100 model terminal in
//! exactly the cells ratatui measured, and drawing over it leaves nothing
//! stale behind.

use proptest::prelude::*;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use storydiff::corpus::sanitize::is_unsafe;
use storydiff::tui::ui::cells;

mod common;
use common::Written;

const WIDTH: u16 = 40;

/// Pieces of text widths are disputed on (joiners, flags, variation
/// selectors, skin tones, marks, conjuncts, halfwidth sound marks), with
/// plain letters between them.
const PALETTE: &[&str] = &[
    "a",
    "Z",
    " ",
    "é",
    "日",
    "한",
    "\u{301}",
    "\u{323}",
    "\u{200d}",
    "\u{200c}",
    "\u{fe0f}",
    "\u{fe0e}",
    "👨",
    "👩",
    "👍",
    "🏽",
    "🇫",
    "🇷",
    "🇺",
    "☺",
    "♀",
    "❤",
    "⌚",
    "1",
    "\u{20e3}",
    "ｶ",
    "\u{ff9e}",
    "क",
    "\u{94d}",
    "ष",
    "ा",
    "ᄀ",
    "\u{1161}",
    "ل",
    "ا",
    "\u{17d2}",
    "ក",
    "\u{17d8}",
    "🏳",
    "🌈",
    "\u{338}",
    "<",
    "\u{e0100}",
    "\u{115f}",
    "…",
    "─",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PALETTE).prop_map(str::to_owned),
        // The model terminal drops U+FFFD (it stands for bytes it could not
        // decode), which real terminals print.
        1 => any::<char>()
            .prop_filter("drawable", |&c| !is_unsafe(c) && c != '\u{fffd}')
            .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

/// One settled line of `text`, as the TUI would hand it to the terminal.
fn frame(text: &str) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, WIDTH, 1));
    buffer.set_stringn(0, 0, text, usize::from(WIDTH), Style::new());
    cells::settle(&mut buffer);
    buffer
}

/// Sends what changed from `before` to `after` through the real crossterm
/// backend into `terminal`.
fn show(terminal: &mut vt100::Parser, before: &Buffer, after: &Buffer) {
    let written = Written::default();
    let mut backend = CrosstermBackend::new(written.clone());
    backend.draw(before.diff(after).into_iter()).unwrap();
    terminal.process(&written.0.borrow());
}

/// A one-row model terminal, [`WIDTH`] columns wide.
fn terminal() -> vt100::Parser {
    vt100::Parser::new(1.try_into().unwrap(), WIDTH.try_into().unwrap(), 0)
}

/// The terminal's row: each cell's text (blank as a space) and whether it
/// is the second half of a wide character.
fn terminal_row(terminal: &vt100::Parser) -> Vec<(String, bool)> {
    (0..WIDTH)
        .map(|x| {
            let cell = terminal.screen().cell(0, x).unwrap();
            let text = if cell.has_contents() {
                cell.contents()
            } else {
                " "
            };
            (text.to_owned(), cell.is_wide_continuation())
        })
        .collect()
}

/// The same for the frame: a wide symbol's second cell is its continuation.
fn frame_row(buffer: &Buffer) -> Vec<(String, bool)> {
    let mut row = Vec::new();
    let mut x = 0;
    while x < WIDTH {
        let symbol = buffer[(x, 0)].symbol();
        row.push((symbol.to_owned(), false));
        for _ in 1..symbol.cell_width() {
            row.push((" ".to_owned(), true));
        }
        x += symbol.cell_width().max(1);
    }
    row
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_settled_cell_is_drawn_where_and_as_wide_as_ratatui_measured(text in text()) {
        let buffer = frame(&text);
        let mut terminal = terminal();
        show(&mut terminal, &Buffer::empty(buffer.area), &buffer);
        prop_assert_eq!(terminal_row(&terminal), frame_row(&buffer), "{:?}", text);
    }

    #[test]
    fn settled_cells_hold_nothing_terminals_draw_differently(text in text()) {
        let buffer = frame(&text);
        for x in 0..WIDTH {
            let symbol = buffer[(x, 0)].symbol();
            let disputed = |c: char| {
                matches!(
                    c,
                    '\u{200d}' | '\u{fe0e}' | '\u{fe0f}' | '\u{1f1e6}'..='\u{1f1ff}' | '\u{1f3fb}'..='\u{1f3ff}'
                )
            };
            prop_assert!(!symbol.chars().any(disputed), "{:?}: {:?}", text, symbol);
            let marks = symbol.chars().skip(1).count();
            prop_assert!(marks <= cells::MAX_MARKS, "{:?}: {:?}", text, symbol);
        }
    }

    #[test]
    fn drawing_one_line_over_another_leaves_no_stale_cells(first in text(), second in text()) {
        let (first, second) = (frame(&first), frame(&second));
        let mut over = terminal();
        show(&mut over, &Buffer::empty(first.area), &first);
        show(&mut over, &first, &second);
        let mut fresh = terminal();
        show(&mut fresh, &Buffer::empty(second.area), &second);
        prop_assert_eq!(terminal_row(&over), terminal_row(&fresh));
    }

    #[test]
    fn settling_keeps_every_grapheme_in_the_cells_it_was_measured_to(text in text()) {
        let mut raw = Buffer::empty(Rect::new(0, 0, WIDTH, 1));
        raw.set_stringn(0, 0, &text, usize::from(WIDTH), Style::new());
        let settled = frame(&text);
        // Where a grapheme started, something still starts; what it
        // covered, settled cells cover (or pad with spaces).
        let starts = |buffer: &Buffer| -> Vec<u16> {
            let mut at = Vec::new();
            let mut x = 0;
            while x < WIDTH {
                at.push(x);
                x += buffer[(x, 0)].symbol().cell_width().max(1);
            }
            at
        };
        let settled_starts = starts(&settled);
        for x in starts(&raw) {
            prop_assert!(settled_starts.contains(&x), "{:?}: cell {}", text, x);
        }
    }
}
