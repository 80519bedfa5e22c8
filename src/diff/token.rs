//! Splitting a passage into word, whitespace and punctuation tokens, and the
//! folded matching key each token is compared by.

use std::collections::HashMap;

use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

/// Short function words that may glue two edits into one replacement.
///
/// Matched against the lowercased word.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to",
];

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of letters, digits and combining marks (not a stop word).
    Word,
    /// A word from [`STOP_WORDS`].
    StopWord,
    /// A run of whitespace.
    Space,
    /// One grapheme cluster that is neither a word character nor whitespace.
    Punct,
}

impl Kind {
    /// Whether the token counts as a word (stop words included).
    pub(super) fn is_word(self) -> bool {
        matches!(self, Kind::Word | Kind::StopWord)
    }
}

/// One token: a slice of the input, its kind and its interned matching key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token<'a> {
    /// The exact input text.
    pub text: &'a str,
    /// What the token is made of.
    pub kind: Kind,
    /// Interned folded form; equal keys mean "the same token up to folding".
    pub key: u32,
}

/// Tokenizes both sides with one shared key table, so keys compare across sides.
pub(super) fn tokenize_pair<'a>(left: &'a str, right: &'a str) -> (Vec<Token<'a>>, Vec<Token<'a>>) {
    let mut interner = HashMap::new();
    let left = tokenize(left, &mut interner);
    let right = tokenize(right, &mut interner);
    (left, right)
}

/// Counts the word tokens of `text` (stop words included).
pub(super) fn count_words(text: &str) -> usize {
    split(text).filter(|(_, kind)| kind.is_word()).count()
}

fn tokenize<'a>(text: &'a str, interner: &mut HashMap<String, u32>) -> Vec<Token<'a>> {
    split(text)
        .map(|(text, class)| {
            let folded = fold(text, class);
            let kind = match class {
                Kind::Word if STOP_WORDS.contains(&folded.as_str()) => Kind::StopWord,
                other => other,
            };
            let next = u32::try_from(interner.len()).expect("fewer than 2^32 distinct tokens");
            let key = *interner.entry(folded).or_insert(next);
            Token { text, kind, key }
        })
        .collect()
}

/// The character classes tokens are built from; only words and whitespace
/// extend over more than one character.
fn class_of(c: char) -> Kind {
    if c.is_whitespace() {
        Kind::Space
    } else if c.is_alphanumeric() || is_combining_mark(c) {
        Kind::Word
    } else {
        Kind::Punct
    }
}

/// Splits `text` into maximal runs of one class (punctuation: one grapheme
/// cluster each, so an emoji sequence, a flag or a symbol with its marks is
/// never cut apart).
fn split(text: &str) -> impl Iterator<Item = (&str, Kind)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let class = class_of(first);
        let end = if class == Kind::Punct {
            rest.graphemes(true)
                .next()
                .map_or(first.len_utf8(), str::len)
        } else {
            rest.char_indices()
                .find(|&(_, c)| class_of(c) != class)
                .map_or(rest.len(), |(i, _)| i)
        };
        let (token, tail) = rest.split_at(end);
        rest = tail;
        Some((token, class))
    })
}

/// The matching form: words lowercased, any whitespace one space,
/// typographic quotes and dashes folded to ASCII.
fn fold(text: &str, class: Kind) -> String {
    match class {
        Kind::Space => " ".to_owned(),
        Kind::Punct => text.chars().map(fold_punct).collect(),
        Kind::Word | Kind::StopWord => text.to_lowercase(),
    }
}

fn fold_punct(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).map(|(t, _)| t).collect()
    }

    #[test]
    fn splits_words_spaces_and_single_punctuation() {
        assert_eq!(
            texts("Syria’s  line,\n“new”…"),
            [
                "Syria", "’", "s", "  ", "line", ",", "\n", "“", "new", "”", "…"
            ]
        );
        assert_eq!(texts("naïve café"), ["naïve", " ", "café"]);
        // Emoji sequences, flags and a symbol with its marks stay whole.
        assert_eq!(
            texts("a 👩\u{200d}💻 b🇫🇷!\u{301}\u{302}"),
            ["a", " ", "👩\u{200d}💻", " ", "b", "🇫🇷", "!\u{301}\u{302}"]
        );
        assert_eq!(texts("👍🏽👍"), ["👍🏽", "👍"]);
        assert_eq!(texts(""), Vec::<&str>::new());
    }

    #[test]
    fn folded_keys_match_across_sides() {
        let (l, r) = tokenize_pair("The “line” – Syria’s", "the \"line\" - syria's");
        let keys = |t: &[Token]| t.iter().map(|t| t.key).collect::<Vec<_>>();
        assert_eq!(keys(&l), keys(&r));
        assert_eq!(l[0].kind, Kind::StopWord);
        assert_eq!(l[3].kind, Kind::Word);
    }

    #[test]
    fn counts_words_only() {
        assert_eq!(count_words("it’s 5 o’clock, the end."), 7);
        assert_eq!(count_words(" ,. "), 0);
    }
}
