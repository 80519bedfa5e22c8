//! Text measured the way ratatui draws it: grapheme by grapheme, each as
//! wide as the cells it takes (an emoji ZWJ sequence or a flag is one wide
//! grapheme, a letter with fifty combining marks one narrow one), so what
//! is cut to fit really fits. [`super::cells`] then makes every terminal
//! draw each grapheme in the cells measured here.

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;

/// The cells `grapheme` takes when drawn (control characters take none:
/// ratatui drops them).
fn grapheme_width(grapheme: &str) -> usize {
    if grapheme.contains(char::is_control) {
        0
    } else {
        usize::from(grapheme.cell_width())
    }
}

/// The cells `text` takes when drawn.
pub fn width(text: &str) -> usize {
    text.graphemes(true).map(grapheme_width).sum()
}

/// `text` cut to at most `room` cells, ending in `…` when something was cut.
pub fn truncate(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_owned();
    }
    let mut kept = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let w = grapheme_width(grapheme);
        if used + w + 1 > room {
            break;
        }
        used += w;
        kept.push_str(grapheme);
    }
    if room > 0 {
        kept.push('…');
    }
    kept
}

/// The end of `text` that fits in `room` cells, starting with `…` when
/// something was cut (a long query shows where it is being typed).
pub fn tail(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_owned();
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut used = 0;
    for grapheme in text.graphemes(true).rev() {
        let w = grapheme_width(grapheme);
        if used + w + 1 > room {
            break;
        }
        used += w;
        kept.push(grapheme);
    }
    let mut shown = String::from(if room > 0 { "…" } else { "" });
    shown.extend(kept.into_iter().rev());
    shown
}

/// `text` padded with spaces to `room` cells (cut with `…` when longer):
/// for aligned columns.
pub fn pad(text: &str, room: usize) -> String {
    let cut = truncate(text, room);
    let fill = room.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAMILY: &str = "👨\u{200d}👩\u{200d}👧";
    const FLAG: &str = "🇫🇷";

    #[test]
    fn emoji_sequences_and_flags_are_one_wide_grapheme() {
        assert_eq!(width(FAMILY), 2);
        assert_eq!(width(FLAG), 2);
        let marks = format!("e{}", "\u{301}".repeat(50));
        assert_eq!(width(&marks), 1);
    }

    #[test]
    fn truncate_never_splits_a_grapheme_and_ends_in_an_ellipsis() {
        let text = format!("{FAMILY}{FLAG}abc");
        assert_eq!(truncate(&text, 7), text);
        assert_eq!(truncate(&text, 6), format!("{FAMILY}{FLAG}a…"));
        assert_eq!(truncate(&text, 4), format!("{FAMILY}…"));
        assert!(width(&truncate(&text, 3)) <= 3);
        assert_eq!(width(&pad("ab", 5)), 5);
    }

    #[test]
    fn tail_keeps_the_end() {
        assert_eq!(tail("abcdef", 4), "…def");
        assert_eq!(tail("abc", 4), "abc");
        assert_eq!(tail(&format!("ab{FLAG}"), 3), format!("…{FLAG}"));
    }
}
