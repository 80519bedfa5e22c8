//! What a frame holds is what any terminal draws: before a frame is flushed,
//! every grapheme that terminals could draw at another width is rewritten,
//! in place and in the same cells, into symbols they all draw alike.
//!
//! ratatui measures a grapheme cluster as one unit: a family of emoji joined
//! by zero-width joiners is one wide cell, a flag one wide cell. Most
//! terminals advance character by character instead (the family takes six
//! cells, the flag two narrow letters) and the few that cluster disagree
//! among themselves. A symbol drawn wider than measured overwrites its
//! neighbours; one drawn as two narrow characters leaves the second behind
//! when the cell is next cleared. So each cell is made to hold one character
//! of a settled width followed by at most [`MAX_MARKS`] zero-width ones:
//!
//! - regional indicators become their letters: 🇫🇷 is drawn `FR`;
//! - the variation selectors VS15 and VS16 are dropped, since terminals
//!   disagree on whether they change a character's width, and so are
//!   skin-tone modifiers, which some draw over the emoji before them;
//! - emoji joined by zero-width joiners keep what fits of the first one
//!   (👨‍👩‍👧 is drawn 👨), and no joiner is ever drawn: a terminal that
//!   clusters would join it to whatever the next cell holds;
//! - halfwidth katakana sound marks become their combining forms;
//! - marks past [`MAX_MARKS`] on one character are dropped, as are marks
//!   with nothing to sit on;
//! - a symbol ratatui and terminals still measure apart becomes `?`, and
//!   cells left over are spaces.
//!
//! A wide symbol whose second cell was drawn over (an overlay's border
//! across a wide character) becomes a space, as a terminal would leave it.
//! Only the frame changes: the text itself (JSON, exports, search) keeps
//! every character.

use ratatui::buffer::{Buffer, CellWidth};
use unicode_width::UnicodeWidthChar;

/// Most zero-width characters (combining marks) kept on one base
/// character: enough for Vietnamese and pointed Hebrew, not for "zalgo".
pub const MAX_MARKS: usize = 3;

/// Drawn instead of a symbol that cannot be drawn alike everywhere: ASCII,
/// since even U+FFFD is wide on some East Asian terminals.
const REPLACEMENT: char = '?';

/// Rewrites every cell of `buffer` whose symbol terminals could draw at
/// another width than ratatui measured, keeping each grapheme in the cells
/// ratatui gave it.
pub fn settle(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            x += settle_cell(buffer, x, y, area.right());
        }
    }
}

/// Settles the cell at `(x, y)`; returns how many cells it took.
fn settle_cell(buffer: &mut Buffer, x: u16, y: u16, right: u16) -> u16 {
    let symbol = buffer[(x, y)].symbol();
    if symbol.len() == 1 {
        // ASCII, the common case: narrow everywhere.
        return 1;
    }
    let width = symbol.cell_width().max(1);
    let covered =
        (x + 1..x.saturating_add(width)).any(|c| c >= right || buffer[(c, y)].symbol() != " ");
    if covered {
        buffer[(x, y)].set_symbol(" ");
        return 1;
    }
    if is_settled(symbol, width) {
        return width;
    }
    let cells = drawn_cells(symbol, usize::from(width));
    let template = buffer[(x, y)].clone();
    let mut at = x;
    for cell in cells {
        let cell_width = cell.as_str().cell_width();
        let mut drawn = template.clone();
        drawn.set_symbol(&cell);
        buffer[(at, y)] = drawn;
        at += cell_width;
    }
    width
}

/// Whether every terminal draws `symbol` in the `width` cells ratatui
/// measured: one base character of that width, then a few marks.
fn is_settled(symbol: &str, width: u16) -> bool {
    let mut chars = symbol.chars();
    let Some(base) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let base_fits = base.width() == Some(usize::from(width)) && width <= 2;
    base_fits
        && regional_letter(base).is_none()
        && !is_dropped(base)
        && rest.chars().count() <= MAX_MARKS
        && rest
            .chars()
            .all(|c| c.width() == Some(0) && !is_disputed_mark(c))
}

/// Zero-width characters terminals treat differently: variation selectors
/// (some widen what they follow) and the joiner (some join what follows,
/// even when it is drawn in the next cell).
fn is_disputed_mark(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{200D}')
}

/// The symbols `grapheme` is drawn as, one per cell they start: each as wide
/// for ratatui as for a terminal, together exactly `room` cells (the width
/// ratatui measured for `grapheme`).
fn drawn_cells(grapheme: &str, room: usize) -> Vec<String> {
    let mut pieces = pieces(grapheme);
    if total(&pieces) > room {
        cut_at_joiner(&mut pieces);
    }
    let mut used = 0;
    let mut cells = Vec::new();
    for piece in pieces {
        if used + piece.width > room {
            break;
        }
        used += piece.width;
        cells.extend(settled(piece));
    }
    if cells.is_empty() && room > 0 {
        cells.push(REPLACEMENT.to_string());
        used = 1;
    }
    cells.extend(std::iter::repeat_n(
        " ".to_owned(),
        room.saturating_sub(used),
    ));
    cells
}

/// One base character and the zero-width characters kept on it.
struct Piece {
    text: String,
    /// Cells the base character takes on a terminal.
    width: usize,
    marks: usize,
    /// Whether a zero-width joiner followed it (and was dropped).
    joined: bool,
}

/// Splits `grapheme` where a terminal would start a new cell, after the
/// rewrites every terminal agrees on (letters for flags, no VS15, VS16 or
/// joiners).
fn pieces(grapheme: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for c in grapheme.chars() {
        if c == '\u{200D}' {
            if let Some(piece) = pieces.last_mut() {
                piece.joined = true;
            }
            continue;
        }
        if is_dropped(c) {
            continue;
        }
        let c = regional_letter(c)
            .or_else(|| combining_sound_mark(c))
            .unwrap_or(c);
        match c.width() {
            Some(0) => {
                if let Some(piece) = pieces.last_mut().filter(|p| p.marks < MAX_MARKS) {
                    piece.text.push(c);
                    piece.marks += 1;
                }
            }
            width => pieces.push(Piece {
                text: c.to_string(),
                width: width.unwrap_or(1),
                marks: 0,
                joined: false,
            }),
        }
    }
    pieces
}

/// Variation selectors VS15 and VS16, and skin-tone modifiers: a terminal
/// that clusters draws a modifier over the emoji in the cell before it,
/// even when ratatui gave it cells of its own (a word diff can split one
/// from its emoji), so they are never drawn.
fn is_dropped(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
}

/// The letter a regional indicator stands for (🇫 is F).
fn regional_letter(c: char) -> Option<char> {
    let offset = u32::from(c).checked_sub(0x1F1E6).filter(|&o| o < 26)?;
    char::from_u32(u32::from('A') + offset)
}

/// The combining form of a halfwidth katakana sound mark: ratatui and
/// terminals measure the halfwidth one apart, both measure this one alike.
fn combining_sound_mark(c: char) -> Option<char> {
    match c {
        '\u{FF9E}' => Some('\u{3099}'),
        '\u{FF9F}' => Some('\u{309A}'),
        _ => None,
    }
}

/// Keeps what comes before the first zero-width joiner: the first emoji of
/// a joined sequence.
fn cut_at_joiner(pieces: &mut Vec<Piece>) {
    if let Some(at) = pieces.iter().position(|p| p.joined) {
        pieces.truncate(at + 1);
    }
}

fn total(pieces: &[Piece]) -> usize {
    pieces.iter().map(|p| p.width).sum()
}

/// `piece` as cells: itself when ratatui measures it as a terminal draws it,
/// otherwise as many replacement characters as it takes.
fn settled(piece: Piece) -> Vec<String> {
    if usize::from(piece.text.as_str().cell_width()) == piece.width && piece.width <= 2 {
        vec![piece.text]
    } else {
        vec![REPLACEMENT.to_string(); piece.width]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn cells(grapheme: &str) -> Vec<String> {
        drawn_cells(grapheme, usize::from(grapheme.cell_width()))
    }

    #[test]
    fn a_flag_is_drawn_as_its_two_letters() {
        assert_eq!(cells("🇫🇷"), ["F", "R"]);
        assert_eq!(cells("🇺"), ["U"]);
    }

    #[test]
    fn a_joined_emoji_sequence_is_drawn_as_its_first_emoji() {
        assert_eq!(cells("👨\u{200d}👩\u{200d}👧"), ["👨"]);
        // A runner, joiner, female sign, VS16: the runner alone.
        assert_eq!(cells("🏃\u{200d}♀\u{fe0f}"), ["🏃"]);
    }

    #[test]
    fn a_joiner_is_never_drawn_even_where_the_joined_parts_fit() {
        // A cell ending in a joiner would join the next cell's emoji on a
        // terminal that clusters, and no longer be the width measured.
        assert_eq!(cells("🏃\u{200d}"), ["🏃"]);
        assert_eq!(cells("क\u{94d}\u{200d}"), ["क\u{94d}"]);
    }

    #[test]
    fn skin_tones_and_variation_selectors_are_dropped_and_the_rest_padded() {
        assert_eq!(cells("👍🏽"), ["👍"]);
        // A modifier on its own (a word diff split it from its emoji).
        assert_eq!(cells("🏽"), ["?", " "]);
        // A narrow symbol asked to be drawn as a wide emoji stays narrow.
        assert_eq!(cells("☺\u{fe0f}"), ["☺", " "]);
    }

    #[test]
    fn combining_marks_are_capped_per_character() {
        let marks = format!("e{}", "\u{301}".repeat(60));
        let kept = format!("e{}", "\u{301}".repeat(MAX_MARKS));
        assert_eq!(cells(&marks), [kept]);
        // Vietnamese keeps both its marks.
        assert_eq!(cells("e\u{302}\u{323}"), ["e\u{302}\u{323}"]);
    }

    #[test]
    fn plain_wide_and_combined_letters_are_left_alone() {
        for grapheme in ["日", "é", "e\u{301}", "한"] {
            assert_eq!(cells(grapheme), [grapheme]);
        }
    }

    #[test]
    fn settle_rewrites_a_line_in_the_cells_it_was_measured_to() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, 1));
        buffer.set_string(0, 0, "🇫🇷a👨\u{200d}👩b", ratatui::style::Style::new());
        settle(&mut buffer);
        let row: Vec<&str> = (0..10).map(|x| buffer[(x, 0)].symbol()).collect();
        assert_eq!(row, ["F", "R", "a", "👨", " ", "b", " ", " ", " ", " "]);
    }

    #[test]
    fn a_wide_character_drawn_over_on_its_right_half_becomes_a_space() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 4, 1));
        buffer.set_string(0, 0, "日本", ratatui::style::Style::new());
        buffer.set_string(1, 0, "│", ratatui::style::Style::new());
        settle(&mut buffer);
        let row: Vec<&str> = (0..4).map(|x| buffer[(x, 0)].symbol()).collect();
        assert_eq!(row, [" ", "│", "本", " "]);
    }
}
