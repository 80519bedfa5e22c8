//! Words of one sentence, with how each joins the word before it: the shared
//! input of lexicon matching and distinctive-term counting.

use crate::corpus::terms::{fold_word, words};

/// How a word is joined to the word before it in the same sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// The first word of the sentence.
    Start,
    /// Only whitespace in between: the two words form a phrase.
    Space,
    /// A single hyphen in between ("so-called", "US-led").
    Hyphen,
    /// Punctuation in between (a comma, a bracket, a quote mark): no phrase
    /// runs across it.
    Break,
}

/// The words of one sentence.
#[derive(Debug, Default)]
pub(crate) struct Tokens<'a> {
    /// The words as written.
    pub surfaces: Vec<&'a str>,
    /// The words folded for lexicon lookups ([`fold_word`]).
    pub folded: Vec<String>,
    /// How each word joins the one before it.
    pub links: Vec<Link>,
}

impl<'a> Tokens<'a> {
    /// Splits `text` (one sentence) into words.
    pub fn new(text: &'a str) -> Self {
        let mut tokens = Tokens::default();
        let mut prev_end = None;
        for word in words(text) {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            let link = match prev_end {
                None => Link::Start,
                Some(end) => link_for_gap(&text[end..start]),
            };
            tokens.surfaces.push(word);
            tokens.folded.push(fold_word(word));
            tokens.links.push(link);
            prev_end = Some(start + word.len());
        }
        tokens
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.surfaces.len()
    }
}

fn link_for_gap(gap: &str) -> Link {
    if gap.trim().is_empty() {
        Link::Space
    } else if matches!(gap, "-" | "\u{2010}" | "\u{2011}") {
        Link::Hyphen
    } else {
        Link::Break
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_tell_spaces_hyphens_and_punctuation_apart() {
        let t = Tokens::new("The so-called US-led coalition, (Daesh) left");
        assert_eq!(
            t.surfaces,
            [
                "The",
                "so",
                "called",
                "US",
                "led",
                "coalition",
                "Daesh",
                "left"
            ]
        );
        use Link::*;
        assert_eq!(
            t.links,
            [Start, Space, Hyphen, Space, Hyphen, Space, Break, Break]
        );
        assert_eq!(t.folded[3], "us");
    }
}
