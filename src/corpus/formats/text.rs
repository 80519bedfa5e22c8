//! Plain text: one paragraph per line.
//!
//! Whether the first line is a headline is decided later, when the loader
//! knows whether a manifest already gives the title.

use super::{RawArticle, paragraphs_from_lines};

/// Reads a plain-text article: every non-blank line is a paragraph.
pub fn parse(text: &str) -> RawArticle {
    RawArticle {
        paragraphs: paragraphs_from_lines(text),
        ..RawArticle::default()
    }
}

/// Longest headline, in words. News headlines run 5–20 words; a lede runs 25–40.
const HEADLINE_MAX_WORDS: usize = 25;

/// Whether `line`, standing first in a file before the paragraphs `rest`,
/// reads as a headline: short, and either without a final period or shorter
/// than the body's typical (median) paragraph. Many archives end every
/// headline with a period, so the period alone cannot decide.
pub fn looks_like_headline(line: &str, rest: &[String]) -> bool {
    let words = line.split_whitespace().count();
    if rest.is_empty() || words == 0 || words > HEADLINE_MAX_WORDS || line.ends_with(':') {
        return false;
    }
    let ends_with_period = line.trim_end_matches(['"', '\'', '’', '”']).ends_with('.');
    !ends_with_period || words < median_words(rest)
}

/// The median paragraph length in words.
fn median_words(paragraphs: &[String]) -> usize {
    let mut counts: Vec<usize> = paragraphs
        .iter()
        .map(|p| p.split_whitespace().count())
        .collect();
    counts.sort_unstable();
    counts[counts.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_non_blank_lines_with_whitespace_collapsed() {
        let raw = parse("Title here\r\n\r\n  First  paragraph.\r\n\t\nSecond one.\n");
        assert_eq!(
            raw.paragraphs,
            ["Title here", "First paragraph.", "Second one."]
        );
    }

    fn body(lengths: &[usize]) -> Vec<String> {
        lengths.iter().map(|&n| "word ".repeat(n)).collect()
    }

    #[test]
    fn short_line_without_period_is_a_headline() {
        let line = "Trump extends exemptions on steel, aluminum tariffs";
        assert!(looks_like_headline(line, &body(&[3])));
    }

    #[test]
    fn short_line_with_period_is_a_headline_when_shorter_than_typical_paragraphs() {
        // A standfirst as short as the headline follows; the body is longer.
        let line = "Trump tweets that Comey memos ‘clearly’ show no obstruction, collusion.";
        assert!(looks_like_headline(line, &body(&[9, 35, 28, 40])));
    }

    #[test]
    fn a_lede_is_not_a_headline() {
        let lede = "WEST PALM BEACH, Fla. — President Trump dispatched the C.I.A. director Mike Pompeo to North Korea to meet with its leader, Kim Jong-un, in recent weeks to lay the groundwork for a summit meeting.";
        assert!(!looks_like_headline(lede, &body(&[40])));
    }

    #[test]
    fn a_short_first_sentence_among_short_paragraphs_is_not_a_headline() {
        let line = "Police said the road is closed.";
        assert!(!looks_like_headline(line, &body(&[6, 5, 7])));
    }

    #[test]
    fn a_lone_line_is_not_a_headline() {
        assert!(!looks_like_headline("Only line", &[]));
    }
}
