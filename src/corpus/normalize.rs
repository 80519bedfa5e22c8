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
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
    }
}
