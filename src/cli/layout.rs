//! Fitting text reports to a width: shortening at a word with `…`, and
//! wrapping at spaces. Widths are display columns of the escaped text
//! (see [`shown`]), so wide characters count two.

use unicode_width::UnicodeWidthStr;

use super::report::shown;

/// Untrusted `text` escaped and shortened to at most `width` columns: cut
/// after the last whole word that fits, then `…` (mid-word only when the
/// first word alone is too wide).
pub fn shorten(text: &str, width: usize) -> String {
    let text = shown(text);
    if text.width() <= width {
        return text.into_owned();
    }
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    if !indent.is_empty() && indent.len() < width {
        return format!("{indent}{}", shorten(body, width - indent.len()));
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let candidate = if out.is_empty() {
            word.to_owned()
        } else {
            format!("{out} {word}")
        };
        if candidate.width() + 1 > width {
            break;
        }
        out = candidate;
    }
    if out.is_empty() {
        return super::report::fit(&text, width).trim_end().to_owned();
    }
    let out = out.trim_end_matches([',', ';', ':', ' ', '·', '–', '-']);
    format!("{out}…")
}

/// A table cell: [`shorten`]ed to `width` columns, then padded to exactly
/// `width`.
pub fn column(text: &str, width: usize) -> String {
    super::report::fit(&shorten(text, width), width)
}

/// Untrusted `text` escaped and wrapped at spaces into lines of at most
/// `width` columns; the first line starts with `first`, the others with
/// `rest` (indents). A word wider than a line is shortened.
pub fn wrap_words(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let text = shown(text);
    let mut lines = vec![first.to_owned()];
    let mut empty = true;
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("a line");
        if !empty && line.width() + 1 + word.width() > width {
            lines.push(rest.to_owned());
            empty = true;
        }
        let line = lines.last_mut().expect("a line");
        let room = width.saturating_sub(line.width() + usize::from(!empty));
        if !empty {
            line.push(' ');
        }
        line.push_str(&shorten(word, room.max(1)));
        empty = false;
    }
    lines
}

/// Untrusted `text` made of parts separated by `sep` (`a · b · c`),
/// escaped and wrapped between parts into lines of at most `width` columns;
/// a part wider than a line is wrapped at spaces.
pub fn wrap_parts(text: &str, sep: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in text.split(sep) {
        let part = shown(part);
        match lines.last_mut() {
            Some(line) if line.width() + sep.width() + part.width() <= width => {
                line.push_str(sep);
                line.push_str(&part);
            }
            Some(_) => lines.extend(wrap_words(&part, width, rest, rest)),
            None => lines.extend(wrap_words(&part, width, first, rest)),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_after_a_whole_word() {
        assert_eq!(shorten("Moscow Has Questions", 40), "Moscow Has Questions");
        assert_eq!(shorten("Moscow Has Questions", 15), "Moscow Has…");
        assert_eq!(shorten("Incomprehensibilities", 8), "Incompr…");
        assert_eq!(shorten("  Federal Bureau of", 12), "  Federal…");
        assert!(shorten("日本語 です です", 7).width() <= 7);
    }

    #[test]
    fn columns_are_padded_and_cut_at_words() {
        assert_eq!(column("Fort Russ News", 12), "Fort Russ…  ");
        assert_eq!(column("TASS", 6), "TASS  ");
    }

    #[test]
    fn shorten_escapes_first() {
        assert_eq!(shorten("a\u{1b}b", 10), "a\\x1bb");
    }

    #[test]
    fn wrap_parts_breaks_between_parts() {
        let lines = wrap_parts(
            "TASS (001) · direct · said · sentences 3-4",
            " · ",
            30,
            "  ",
            "    ",
        );
        assert_eq!(lines, ["  TASS (001) · direct · said", "    sentences 3-4"]);
    }

    #[test]
    fn wrap_words_keeps_words_whole_and_indents() {
        let lines = wrap_words("shared: North, Korea, Mike Pompeo", 20, "  ", "    ");
        assert_eq!(lines, ["  shared: North,", "    Korea, Mike", "    Pompeo"]);
        assert!(lines.iter().all(|l| l.width() <= 20));
    }
}
