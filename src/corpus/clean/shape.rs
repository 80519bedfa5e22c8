//! Structural tests on one paragraph: sentence shape, bare URLs, photo credits.

use std::borrow::Cow;

use super::rules::Rules;

/// One paragraph as the rules see it.
#[derive(Debug)]
pub(super) struct Para<'a> {
    /// The text as given.
    pub original: &'a str,
    /// Matching form: folded, whitespace collapsed, lowercase.
    pub folded: Cow<'a, str>,
    /// Whitespace-separated words.
    pub words: usize,
}

impl<'a> Para<'a> {
    /// Folds a paragraph once for all rules.
    #[cfg(test)]
    pub fn new(original: &'a str) -> Self {
        let folded = crate::corpus::normalize::matching_form(original);
        Self::with_folded(original, Cow::Owned(folded))
    }

    /// A paragraph whose matching form is already known.
    pub fn with_folded(original: &'a str, folded: Cow<'a, str>) -> Self {
        // The matching form has single spaces between words and none at the ends.
        let words = if folded.is_empty() {
            0
        } else {
            folded.bytes().filter(|&b| b == b' ').count() + 1
        };
        Self {
            original,
            folded,
            words,
        }
    }

    /// The folded text without leading or trailing punctuation.
    pub fn core(&self) -> &str {
        self.folded.trim_matches(|c: char| !c.is_alphanumeric())
    }

    /// The folded text without leading punctuation.
    pub fn lead(&self) -> &str {
        self.folded
            .trim_start_matches(|c: char| !c.is_alphanumeric())
    }

    /// Whether it ends like a sentence (terminal punctuation, maybe quoted).
    pub fn ends_like_sentence(&self) -> bool {
        let end = self.folded.trim_end_matches(['"', '\'', ')', ']', '*']);
        end.ends_with(['.', '!', '?', '…'])
    }

    /// Whether it could be a linked headline: short, and not closed by a period.
    pub fn is_headline(&self, rules: &Rules) -> bool {
        let end = self.folded.trim_end_matches(['"', '\'']);
        self.words > 0
            && self.words <= rules.limits.headline_max_words
            && !end.ends_with(['.', ':', ';', ','])
    }

    /// Whether it reads "Label: headline": a label of a few words, a colon, text.
    pub fn is_labelled_headline(&self, rules: &Rules) -> bool {
        const LABEL_MAX_WORDS: usize = 4;
        let Some((label, rest)) = self.folded.split_once(':') else {
            return false;
        };
        let label_words = label.split_whitespace().count();
        (1..=LABEL_MAX_WORDS).contains(&label_words)
            && !rest.trim().is_empty()
            && self.words <= rules.limits.headline_max_words
    }

    /// Whether it is short page furniture once the article's tail has begun.
    pub fn is_tail_chrome(&self, rules: &Rules) -> bool {
        self.words > 0 && self.words <= rules.limits.tail_max_words && !self.ends_like_sentence()
    }

    /// Whether every word is a URL or a domain name.
    pub fn is_bare_url(&self) -> bool {
        self.words > 0 && self.folded.split(' ').all(url_like)
    }

    /// Whether it is a photo credit, alone or closing a short caption.
    pub fn is_photo_credit(&self, rules: &Rules) -> bool {
        let text = &*self.folded;
        let Some(inner_end) = text.strip_suffix([')', ']']) else {
            return false;
        };
        let Some(open) = inner_end.rfind(['(', '[']) else {
            return false;
        };
        let inner = &inner_end[open + 1..];
        let caption_words = text[..open].split_whitespace().count();
        let credit_words = inner.split_whitespace().count();
        let mut tokens = inner.split(|c: char| !c.is_alphanumeric());
        credit_words <= rules.limits.credit_max_words
            && caption_words <= rules.limits.caption_max_words
            && tokens.any(|t| rules.vocab.credit_words.contains(t))
    }
}

/// Whether one word is a URL (`https://…`, `www.…`) or a domain (`mesop.de`).
pub(super) fn url_like(word: &str) -> bool {
    let word = word
        .trim_start_matches(['<', '(', '['])
        .trim_end_matches(['>', ')', ']', '.', ',', ';']);
    let lower = word.to_lowercase();
    if let Some(rest) = ["http://", "https://"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
    {
        return !rest.is_empty();
    }
    let host = lower.split('/').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    let valid =
        |l: &&str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let tld = labels.last().copied().unwrap_or_default();
    labels.len() >= 2
        && labels.iter().all(valid)
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::clean::rules::rules;

    #[test]
    fn words_are_counted_on_the_matching_form() {
        assert_eq!(Para::new("").words, 0);
        assert_eq!(Para::new(" \u{00A0} ").words, 0);
        assert_eq!(Para::new("  One\t“two” \u{2013}  three ").words, 4);
    }

    #[test]
    fn urls_and_domains_are_recognised() {
        for url in [
            "www.mesop.de",
            "https://example.com/a?b=1",
            "sputniknews.com",
            "<http://x.org>",
            "presstv.co.uk/Detail/2017",
        ] {
            assert!(url_like(url), "{url}");
        }
        for word in ["U.S.", "e.g.", "3.5", "a.m.", "Lavrov", "end.", "www."] {
            assert!(!url_like(word), "{word}");
        }
    }

    #[test]
    fn bare_url_paragraphs_only_hold_urls() {
        assert!(Para::new("www.mesop.de").is_bare_url());
        assert!(Para::new(" https://a.com  www.b.org ").is_bare_url());
        assert!(!Para::new("See www.mesop.de for more").is_bare_url());
        assert!(!Para::new("").is_bare_url());
    }

    #[test]
    fn photo_credits_alone_or_after_a_short_caption() {
        let r = rules();
        for text in [
            "(Photo by AFP)",
            "(AP Photo/Evan Vucci)",
            "Russia’s Foreign Minister Sergei Lavrov (Photo by AFP)",
            "[Image: Getty]",
        ] {
            assert!(Para::new(text).is_photo_credit(r), "{text}");
        }
        for text in [
            "Lavrov (pictured) phoned Tillerson.",
            "The deal was signed (AFP)",
            "Jabhat al-Nusra (outlawed in Russia)",
        ] {
            assert!(!Para::new(text).is_photo_credit(r), "{text}");
        }
    }

    #[test]
    fn sentence_and_headline_shapes() {
        let r = rules();
        assert!(Para::new("He said so.”").ends_like_sentence());
        assert!(!Para::new("Press TV News Roku").ends_like_sentence());
        assert!(Para::new("Press TV News Roku").is_tail_chrome(r));
        assert!(Para::new("Raqqa Operation Completed").is_headline(r));
        assert!(!Para::new("Moscow has voiced concern.").is_headline(r));
        assert!(Para::new("The Bubble: Liberals agree on the book.").is_labelled_headline(r));
        assert!(!Para::new("He said the following things: none.").is_labelled_headline(r));
    }
}
