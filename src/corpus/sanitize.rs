//! Terminal hygiene for untrusted text: nothing loaded may drive a terminal.
//!
//! One definition, [`is_unsafe`], says which characters are dangerous to show:
//! C0 control characters and DEL, C1 control characters (U+0080–U+009F, such
//! as the one-character CSI U+009B), bidirectional overrides, embeddings,
//! isolates and marks, and invisible format characters that can hide or
//! disguise text (zero-width space, word joiner, byte-order mark, line and
//! paragraph separators, interlinear annotations, tag characters). Two tools
//! use it:
//!
//! - At the data boundary, [`strip_controls`] removes escape sequences (CSI,
//!   OSC, DCS, …) and unsafe characters from everything that is loaded
//!   (article text and metadata, manifest fields) before any other stage sees
//!   it. Tabs become spaces; line breaks are kept because readers use them to
//!   find paragraphs.
//! - At the print boundary, [`for_display`], [`for_display_lines`] and
//!   [`for_display_path`] make any text safe to show by writing unsafe
//!   characters as visible escapes. File names, paths, ids, error messages and
//!   config text always go through them, so a name that was never loaded as
//!   an article cannot reach the terminal raw either.
//!
//! The escapes are meant for reading, not for parsing back:
//!
//! | character | shown as |
//! |---|---|
//! | line feed, carriage return, tab | `\n`, `\r`, `\t` |
//! | other C0 controls and DEL | `\x1b`, `\x07`, `\x7f` (two hex digits) |
//! | everything else unsafe | `\u{9b}`, `\u{202e}`, `\u{e0041}` (Rust style) |
//!
//! Backslashes are not doubled, so escaped text is printable ASCII plus the
//! safe characters of the input, and escaping twice changes nothing.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Whether `c` could drive a terminal or disguise text when printed raw:
/// every control character (line feed and tab included; callers that keep
/// them decide so), bidirectional formatting characters and invisible format
/// characters. Zero-width joiner and non-joiner are not here: scripts and
/// emoji need them and they cannot reorder or hide text.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'                      // Arabic letter mark
                | '\u{180E}'                // Mongolian vowel separator
                | '\u{200B}'                // zero-width space
                | '\u{200E}'..='\u{200F}'   // left-to-right and right-to-left marks
                | '\u{2028}'..='\u{2029}'   // line and paragraph separators
                | '\u{202A}'..='\u{202E}'   // bidi embeddings and overrides
                | '\u{2060}'..='\u{206F}'   // word joiner, invisible operators, isolates, deprecated formats
                | '\u{FEFF}'                // byte-order mark, zero-width no-break space
                | '\u{FFF9}'..='\u{FFFB}'   // interlinear annotation
                | '\u{E0000}'..='\u{E007F}' // tag characters
        )
}

/// One line of untrusted text, safe to print: every unsafe character,
/// line breaks and tabs included, written as a visible escape. For names,
/// ids, metadata fields and messages.
pub fn for_display(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Untrusted text of several lines, safe to print: like [`for_display`]
/// but line feeds are kept as line breaks.
pub fn for_display_lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// A path, safe to print on one line: not-UTF-8 bytes become U+FFFD and
/// unsafe characters (newline and tab included) are escaped.
pub fn for_display_path(path: &Path) -> Cow<'_, str> {
    match path.to_string_lossy() {
        Cow::Borrowed(text) => for_display(text),
        Cow::Owned(text) => Cow::Owned(for_display(&text).into_owned()),
    }
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let flagged = |c: char| is_unsafe(c) && !(keep_newlines && c == '\n');
    if !text.chars().any(flagged) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !flagged(c) {
            out.push(c);
            continue;
        }
        let _ = match c {
            '\n' => write!(out, "\\n"),
            '\r' => write!(out, "\\r"),
            '\t' => write!(out, "\\t"),
            '\0'..='\u{1f}' | '\u{7f}' => write!(out, "\\x{:02x}", u32::from(c)),
            _ => write!(out, "\\u{{{:x}}}", u32::from(c)),
        };
    }
    Cow::Owned(out)
}

/// Removes escape sequences and control characters; returns the clean text and
/// how many sequences or characters were dropped. Text with nothing to strip
/// (nearly all of it) is borrowed, not copied.
pub fn strip_controls(input: &str) -> (Cow<'_, str>, usize) {
    if !needs_stripping(input) {
        return (Cow::Borrowed(input), 0);
    }
    let mut out = String::with_capacity(input.len());
    let mut dropped = 0;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            '\r' => {
                // CRLF and lone CR both end a line.
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{1b}' => {
                skip_escape(&mut chars);
                dropped += 1;
            }
            '\u{9b}' => {
                skip_csi_body(&mut chars);
                dropped += 1;
            }
            '\u{90}' | '\u{9d}' | '\u{9e}' | '\u{9f}' | '\u{98}' => {
                skip_string_body(&mut chars);
                dropped += 1;
            }
            c if is_forbidden(c) => dropped += 1,
            c => out.push(c),
        }
    }
    (Cow::Owned(out), dropped)
}

/// [`strip_controls`] of an owned text, which is handed back as it is when
/// there is nothing to strip.
pub fn strip_controls_owned(input: String) -> (String, usize) {
    let (clean, dropped) = strip_controls(&input);
    let stripped = match clean {
        Cow::Owned(text) => Some(text),
        Cow::Borrowed(_) => None,
    };
    (stripped.unwrap_or(input), dropped)
}

/// Whether `input` holds a character [`strip_controls`] changes or drops,
/// that is one [`is_forbidden`]. Decided byte by byte: an ASCII byte is
/// forbidden when it is a control other than the line feed, and only
/// characters whose UTF-8 encoding starts with one of a few lead bytes
/// can be forbidden (C1 controls: 0xC2; U+061C: 0xD8; U+180E: 0xE1;
/// U+2000–U+2FFF: 0xE2; U+F000–U+FFFF: 0xEF; tag characters: 0xF3), so
/// only those characters are decoded. Most text has nothing to strip and
/// is read once, without decoding every character.
fn needs_stripping(input: &str) -> bool {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if is_forbidden_ascii(b) {
                return true;
            }
            i += 1;
        } else if matches!(b, 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xEF | 0xF3) {
            // A lead byte, so `i` is a character boundary.
            let c = input[i..].chars().next().unwrap_or('\0');
            if is_forbidden(c) {
                return true;
            }
            i += c.len_utf8();
        } else {
            // Another lead byte or a continuation byte: never forbidden.
            i += 1;
        }
    }
    false
}

/// [`is_forbidden`] for an ASCII byte: the only unsafe ASCII is a control.
fn is_forbidden_ascii(b: u8) -> bool {
    b.is_ascii_control() && b != b'\n'
}

/// What loading removes: every unsafe character except the line feed.
fn is_forbidden(c: char) -> bool {
    is_unsafe(c) && c != '\n'
}

/// Skips what follows an ESC: a CSI, a string command (OSC, DCS, SOS, PM, APC),
/// or a two-character escape.
fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_csi_body(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string_body(chars),
        // Character-set designations take one more character: ESC ( B.
        Some('(' | ')' | '*' | '+' | '-' | '.' | '/' | '#' | '%' | ' ') => {
            chars.next();
        }
        _ => {}
    }
}

/// Skips CSI parameters and intermediates up to and including the final byte.
fn skip_csi_body(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            return;
        }
        if !('\u{20}'..='\u{3f}').contains(&c) {
            // Malformed: stop at the first character that cannot belong to it.
            return;
        }
    }
}

/// Skips a string command up to its terminator (BEL, ST, or ESC \).
/// Bounded by the next line break so a missing terminator cannot eat the article.
fn skip_string_body(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            '\n' | '\r' => return,
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strips_csi_colour_codes() {
        let (text, n) = strip_controls("\u{1b}[31;1mRed\u{1b}[0m text");
        assert_eq!(text, "Red text");
        assert_eq!(n, 2);
    }

    #[test]
    fn strips_osc_hyperlinks_and_titles() {
        let input =
            "\u{1b}]8;;http://evil.example\u{7}click\u{1b}]8;;\u{1b}\\ here \u{1b}]0;pwned\u{7}";
        assert_eq!(strip_controls(input).0, "click here ");
    }

    #[test]
    fn strips_c1_controls_and_bidi_overrides() {
        let input = "a\u{9b}2Jb\u{202E}c\u{2066}d\u{85}e";
        assert_eq!(strip_controls(input).0, "abcde");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        let input = "\u{1b}]0;title without end\nNext paragraph survives.";
        assert_eq!(strip_controls(input).0, "\nNext paragraph survives.");
    }

    #[test]
    fn keeps_line_breaks_and_turns_tabs_and_cr_into_plain_whitespace() {
        assert_eq!(strip_controls("a\r\nb\rc\td").0, "a\nb\nc d");
    }

    #[test]
    fn clean_text_is_returned_unchanged() {
        let text = "Lavrov said “some odd things” — in Moscow.";
        assert_eq!(strip_controls(text), (Cow::Borrowed(text), 0));
        assert_eq!(
            strip_controls_owned(text.to_string()),
            (text.to_string(), 0)
        );
    }

    #[test]
    fn line_and_paragraph_separators_become_line_breaks() {
        assert_eq!(strip_controls("a\u{2028}b\u{2029}c").0, "a\nb\nc");
    }

    #[test]
    fn invisible_format_characters_are_stripped_but_joiners_kept() {
        let input = "a\u{200B}b\u{2060}c\u{E0041}d\u{FEFF}e \u{200D}\u{200C}";
        assert_eq!(strip_controls(input).0, "abcde \u{200D}\u{200C}");
    }

    #[test]
    fn display_escapes_terminal_payloads_visibly() {
        assert_eq!(
            for_display("\u{1b}]0;pwned\u{7}x\u{1b}c"),
            "\\x1b]0;pwned\\x07x\\x1bc"
        );
        assert_eq!(
            for_display("\u{1b}]52;c;SGVsbG8=\u{1b}\\"),
            "\\x1b]52;c;SGVsbG8=\\x1b\\"
        );
        assert_eq!(for_display("a\u{9b}2Jb\u{7f}"), "a\\u{9b}2Jb\\x7f");
        assert_eq!(
            for_display("evil\u{202E}txt.exe\u{2066}\u{E0041}"),
            "evil\\u{202e}txt.exe\\u{2066}\\u{e0041}"
        );
    }

    #[test]
    fn display_escapes_line_breaks_and_tabs_on_one_line() {
        assert_eq!(
            for_display("a.txt\nstorydiff: note forged\tx\r"),
            "a.txt\\nstorydiff: note forged\\tx\\r"
        );
    }

    #[test]
    fn display_lines_keeps_line_feeds_only() {
        assert_eq!(
            for_display_lines("one\ntwo\r\n\u{1b}[2J"),
            "one\ntwo\\r\n\\x1b[2J"
        );
    }

    #[test]
    fn clean_text_is_borrowed_for_display() {
        let text = "Лавров: “вопросы” — 日本語 👩\u{200D}💻";
        assert!(matches!(for_display(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn paths_are_escaped_like_names() {
        let path = Path::new("news/a\u{1b}]0;x\u{7}\n.txt");
        assert_eq!(for_display_path(path), "news/a\\x1b]0;x\\x07\\n.txt");
    }

    #[cfg(unix)]
    #[test]
    fn paths_that_are_not_utf8_are_shown_lossily() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"a\xff\x1b.txt"));
        assert_eq!(for_display_path(path), "a\u{fffd}\\x1b.txt");
    }

    #[test]
    fn the_ascii_shortcut_forbids_exactly_what_the_full_test_does() {
        for b in 0..=0x7f_u8 {
            assert_eq!(is_forbidden_ascii(b), is_forbidden(char::from(b)), "{b:?}");
        }
    }

    proptest! {
        #[test]
        fn display_output_is_never_unsafe_and_escaping_twice_changes_nothing(
            input in "\\PC*|[\\x00-\\x20\\x7f-\\u{9f}\u{1b}\u{2028}\u{2066}\u{e0041}\\[\\];a-z\u{202e}\n]*"
        ) {
            let once = for_display(&input);
            prop_assert!(!once.chars().any(is_unsafe));
            prop_assert_eq!(for_display(&once), once.clone());
            let lines = for_display_lines(&input);
            prop_assert!(!lines.chars().any(|c| is_unsafe(c) && c != '\n'));
            prop_assert_eq!(lines.lines().count(), input.lines().count());
        }

        /// The byte-wise test agrees with the definition, character by
        /// character, and clean text is kept as it is.
        #[test]
        fn needs_stripping_is_any_forbidden_character(
            input in "\\PC*|[\\x00-\\x20\\x7f-\\u{a0}a\u{61b}-\u{61d}\u{180d}-\u{180f}\u{2000}-\u{2070}\u{2212}\u{feff}\u{fff8}-\u{fffc}\u{e0000}-\u{e0080}\u{1f600}]*"
        ) {
            prop_assert_eq!(needs_stripping(&input), input.chars().any(is_forbidden));
            if !input.chars().any(is_forbidden) {
                prop_assert_eq!(strip_controls(&input).0, input.as_str());
            }
        }

        #[test]
        fn output_never_contains_controls(input in "\\PC*|[\\x00-\\x20\\x7f-\\u{9f}\u{1b}\\[\\];a-z\u{202e}]*") {
            let (text, _) = strip_controls(&input);
            prop_assert!(!text.chars().any(|c| (c.is_control() && c != '\n') || is_forbidden(c)));
        }
    }
}
