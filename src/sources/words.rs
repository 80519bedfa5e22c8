//! Words of a sentence with where they are, for the cue patterns.

use crate::corpus::terms::words;

/// Hyphens that join the words of a name ("ITAR-TASS", "France-Presse").
const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// One word of a sentence: its text, its byte range in the sentence, and
/// what ends it (the non-space character right after it, if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte offset of its first character in the sentence.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Lowercase form.
    pub lower: String,
    /// Whether punctuation other than a hyphen (a comma, a stop, a bracket)
    /// directly follows it.
    pub punctuated: bool,
}

impl Word<'_> {
    /// Whether the word starts with a capital letter or a digit.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word is one of `forms` (lowercase).
    pub fn is(&self, forms: &[&str]) -> bool {
        forms.contains(&self.lower.as_str())
    }
}

/// The words of `text` in order.
pub(crate) fn sentence_words(text: &str) -> Vec<Word<'_>> {
    words(text)
        .map(|w| {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            let end = start + w.len();
            let next = text[end..].chars().next();
            Word {
                text: w,
                start,
                end,
                lower: w.to_lowercase().replace('’', "'"),
                punctuated: next.is_some_and(|c| !c.is_whitespace() && !HYPHENS.contains(&c)),
            }
        })
        .collect()
}

/// The text from word `first` to word `last` (inclusive), as written.
pub(crate) fn span<'a>(text: &'a str, words: &[Word<'_>], first: usize, last: usize) -> &'a str {
    &text[words[first].start..words[last].end]
}

/// The text of words `range` joined by single spaces (a name as written,
/// without the punctuation between its words).
pub(crate) fn joined(words: &[Word<'_>], range: std::ops::Range<usize>) -> String {
    let parts: Vec<&str> = words[range].iter().map(|w| w.text).collect();
    parts.join(" ")
}

/// The run of capitalised words ending at word `last` (inclusive), going
/// back no further than `limit` words and stopping after punctuation:
/// its first index.
pub(crate) fn capitalised_run_back(words: &[Word<'_>], last: usize, limit: usize) -> Option<usize> {
    if !words.get(last)?.is_capitalised() {
        return None;
    }
    let mut first = last;
    while first > 0
        && last - first + 1 < limit
        && words[first - 1].is_capitalised()
        && !words[first - 1].punctuated
        && !words[first - 1].is(&["the"])
    {
        first -= 1;
    }
    Some(first)
}

/// The run of capitalised words starting at word `first`, at most `limit`
/// long and stopping at punctuation: its last index.
pub(crate) fn capitalised_run_forward(
    words: &[Word<'_>],
    first: usize,
    limit: usize,
) -> Option<usize> {
    if !words.get(first)?.is_capitalised() {
        return None;
    }
    let mut last = first;
    while last + 1 < words.len()
        && last + 1 - first < limit
        && !words[last].punctuated
        && words[last + 1].is_capitalised()
    {
        last += 1;
    }
    Some(last)
}
