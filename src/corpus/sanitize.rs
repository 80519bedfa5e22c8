//! Terminal hygiene for untrusted text: nothing loaded may drive a terminal.
//!
//! Article text comes from the web. Escape sequences (CSI, OSC, DCS, …), C0 and
//! C1 control characters and bidirectional overrides are removed before any
//! other stage sees the text. Tabs become spaces; line breaks are kept because
//! readers use them to find paragraphs.

/// Removes escape sequences and control characters; returns the clean text and
/// how many sequences or characters were dropped.
pub fn strip_controls(input: &str) -> (String, usize) {
    // Fast path: most text has nothing to strip.
    if !input.chars().any(needs_attention) {
        return (input.to_string(), 0);
    }
    let mut out = String::with_capacity(input.len());
    let mut dropped = 0;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
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
    (out, dropped)
}

fn needs_attention(c: char) -> bool {
    c == '\r' || c == '\t' || c == '\u{1b}' || is_forbidden(c)
}

/// Control characters (other than line feed) and bidi formatting characters.
fn is_forbidden(c: char) -> bool {
    let cp = c as u32;
    (c.is_control() && c != '\n')
        || (0x202A..=0x202E).contains(&cp)
        || (0x2066..=0x2069).contains(&cp)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C
        || cp == 0xFEFF
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
        assert_eq!(strip_controls(text), (text.to_string(), 0));
    }

    proptest! {
        #[test]
        fn output_never_contains_controls(input in "\\PC*|[\\x00-\\x20\\x7f-\\u{9f}\u{1b}\\[\\];a-z\u{202e}]*") {
            let (text, _) = strip_controls(&input);
            prop_assert!(!text.chars().any(|c| (c.is_control() && c != '\n') || is_forbidden(c)));
        }
    }
}
