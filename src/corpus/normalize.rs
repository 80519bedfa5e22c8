//! The matching form of text: what comparison sees, never what is displayed.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Folds text for matching: NFC, curly quotes and dashes made plain,
/// whitespace collapsed to single spaces, lowercase.
pub fn matching_form(text: &str) -> String {
    if is_nfc(text) {
        fold(text, text.chars())
    } else {
        fold(text, text.nfc())
    }
}

/// Whether `text` is already NFC, by the quick check (ASCII always is).
pub fn is_nfc(text: &str) -> bool {
    text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes
}

/// The folding of [`matching_form`] over already composed characters.
fn fold(text: &str, chars: impl Iterator<Item = char>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in chars {
        // ASCII (most of any text) needs no table: its whitespace is
        // tab to carriage return and space, and it folds to itself.
        if c.is_ascii() {
            if matches!(c, ' ' | '\t'..='\r') {
                pending_space = !out.is_empty();
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let c = fold_char(c);
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Maps typographic quote and dash variants to their ASCII forms.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
        _ => c,
    }
}

/// Collapses runs of whitespace to single spaces and trims the ends (display text).
pub fn collapse_whitespace(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_string();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether [`collapse_whitespace`] would leave `text` as it is: no
/// whitespace but single spaces between words.
pub fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut after_space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if matches!(b, b'\t'..=b'\r') {
            return false;
        } else if b < 0x80 {
            after_space = false;
        } else {
            // Every non-ASCII whitespace character starts with one of these
            // bytes (U+0085, U+00A0; U+1680; U+2000-U+205F; U+3000).
            if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
                && text[i..].chars().next().is_some_and(char::is_whitespace)
            {
                return false;
            }
            after_space = false;
        }
        i += 1;
    }
    !after_space || text.is_empty()
}

/// The definition of [`is_collapsed`], character by character.
#[cfg(test)]
fn is_collapsed_by_chars(text: &str) -> bool {
    let mut after_space = true;
    for c in text.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_form_folds_quotes_dashes_case_and_space() {
        assert_eq!(
            matching_form("  “Some  Odd\u{00A0}Things,” – Lavrov’s\tview "),
            "\"some odd things,\" - lavrov's view"
        );
    }

    #[test]
    fn matching_form_composes_to_nfc() {
        // "e" + combining acute becomes the single precomposed character.
        assert_eq!(matching_form("Caf\u{0065}\u{0301}"), "caf\u{00E9}");
    }

    #[test]
    fn collapse_whitespace_trims_and_joins() {
        assert_eq!(collapse_whitespace(" a \n\t b  "), "a b");
        assert_eq!(collapse_whitespace("a b"), "a b");
        assert_eq!(collapse_whitespace("a\u{00A0}b "), "a b");
        assert_eq!(collapse_whitespace(" "), "");
    }

    proptest::proptest! {
        /// The ASCII shortcut of the folding changes nothing: the result is
        /// the character-by-character definition.
        #[test]
        fn matching_form_is_the_per_character_folding(text in "[ -~\t\n\u{0B}\u{0C}\r\u{A0}\u{2019}\u{2014}\u{C9}\u{E9}\u{301}\u{130}\u{3000}]{0,40}") {
            let composed: String = text.nfc().collect();
            let mut expected = String::new();
            let mut pending_space = false;
            for c in composed.chars().map(fold_char) {
                if c.is_whitespace() {
                    pending_space = !expected.is_empty();
                    continue;
                }
                if pending_space {
                    expected.push(' ');
                    pending_space = false;
                }
                expected.extend(c.to_lowercase());
            }
            proptest::prop_assert_eq!(matching_form(&text), expected);
        }

        /// The byte scan of [`is_collapsed`] is its character definition.
        #[test]
        fn is_collapsed_is_the_per_character_test(text in "[ a-b\t\n\r\u{B}\u{C}\u{85}\u{A0}\u{A9}\u{1680}\u{2000}\u{200B}\u{2028}\u{205F}\u{2060}\u{3000}\u{3001}\u{E9}]{0,12}") {
            proptest::prop_assert_eq!(is_collapsed(&text), is_collapsed_by_chars(&text));
        }

        /// Text already collapsed is kept; any other is split and joined.
        #[test]
        fn collapse_whitespace_is_split_and_join(text in "[ a-b\t\n\u{A0}\u{3000}]{0,20}") {
            let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(collapse_whitespace(&text), expected);
        }
    }
}
