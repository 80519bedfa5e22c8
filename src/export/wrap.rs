//! Wrapping emphasized text into lines of a given display width, for the
//! text report and the TUI alike.
//!
//! Text arrives as runs, each with an emphasis tag (plain, deleted, inserted,
//! …). Words are split at whitespace but keep their pieces, so a deleted
//! opening quote stays glued to the unchanged word after it. Widths are
//! terminal columns (wide characters count two); words wider than a line,
//! such as long URLs, are cut so the layout never breaks.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A word (no whitespace inside) made of pieces with their own emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<E> {
    /// The pieces, in order, each with its emphasis tag.
    pub pieces: Vec<(String, E)>,
}

impl<E> Default for Word<E> {
    fn default() -> Self {
        Word { pieces: Vec::new() }
    }
}

impl<E: Copy + PartialEq> Word<E> {
    /// Display width in terminal columns.
    pub fn width(&self) -> usize {
        self.pieces.iter().map(|(t, _)| t.width()).sum()
    }
}

/// Splits emphasized runs into words at whitespace, keeping each word's pieces.
pub fn split_words<E: Copy + PartialEq>(runs: &[(String, E)]) -> Vec<Word<E>> {
    let mut words = Vec::new();
    let mut current = Word::default();
    for (text, emphasis) in runs {
        for (k, chunk) in text.split(char::is_whitespace).enumerate() {
            if k > 0 && !current.pieces.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            if !chunk.is_empty() {
                current.pieces.push((chunk.to_string(), *emphasis));
            }
        }
    }
    if !current.pieces.is_empty() {
        words.push(current);
    }
    words
}

/// Packs words into lines of at most `width` columns (words separated by one
/// space); over-long words are cut.
pub fn wrap<E: Copy + PartialEq>(words: &[Word<E>], width: usize) -> Vec<Vec<Word<E>>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<Word<E>>> = Vec::new();
    let mut line: Vec<Word<E>> = Vec::new();
    let mut used = 0;
    for word in words {
        for piece in cut(word, width) {
            let w = piece.width();
            if !line.is_empty() && used + 1 + w > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            used += w + usize::from(!line.is_empty());
            line.push(piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` cut to at most `width` columns, ending in `…` when something was
/// cut: for one-line cells that must not wrap.
pub fn shorten(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Splits a word wider than `width` into pieces that fit.
fn cut<E: Copy + PartialEq>(word: &Word<E>, width: usize) -> Vec<Word<E>> {
    if word.width() <= width {
        return vec![word.clone()];
    }
    let mut out = vec![Word::default()];
    let mut used = 0;
    for (text, emphasis) in &word.pieces {
        for c in text.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width && used > 0 {
                out.push(Word::default());
                used = 0;
            }
            let last = out.last_mut().expect("never empty");
            match last.pieces.last_mut() {
                Some((t, e)) if e == emphasis => t.push(c),
                _ => last.pieces.push((c.to_string(), *emphasis)),
            }
            used += w;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Word<()>> {
        split_words(&[(text.to_string(), ())])
    }

    fn texts(lines: &[Vec<Word<()>>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                l.iter()
                    .map(|w| w.pieces.iter().map(|p| p.0.as_str()).collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn wrap_fills_lines_up_to_the_width() {
        assert_eq!(
            texts(&wrap(&plain("aaa bb cc dddd e"), 6)),
            ["aaa bb", "cc", "dddd e"]
        );
    }

    #[test]
    fn long_words_and_urls_are_cut_to_fit() {
        let lines = wrap(&plain("https://example.org/a/very/long/path"), 10);
        assert_eq!(lines.len(), 4);
        assert!(texts(&lines).iter().all(|l| l.width() <= 10));
    }

    #[test]
    fn shorten_cuts_to_the_width_with_an_ellipsis() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("日本語です", 5), "日本…");
        assert_eq!(shorten("abc", 0), "");
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let lines = wrap(&plain("日本語 日本語"), 6);
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn pieces_keep_their_emphasis_inside_a_word() {
        let words = split_words(&[("“".to_string(), 1), ("When we".to_string(), 0)]);
        assert_eq!(
            words[0].pieces,
            [("“".to_string(), 1), ("When".to_string(), 0)]
        );
        assert_eq!(words.len(), 2);
    }
}
