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

/// Whether `line`, standing first in a file and followed by `next`, reads as a
/// headline: short, and either without a final period or shorter than the
/// paragraph after it (many archives add a period to every headline).
pub fn looks_like_headline(line: &str, next: Option<&str>) -> bool {
    let words = line.split_whitespace().count();
    let Some(next) = next else {
        return false;
    };
    if words == 0 || words > HEADLINE_MAX_WORDS || line.ends_with(':') {
        return false;
    }
    let ends_with_period = line.trim_end_matches(['"', '\'', '’', '”']).ends_with('.');
    !ends_with_period || next.split_whitespace().count() > words
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

    #[test]
    fn short_line_without_period_is_a_headline() {
        assert!(looks_like_headline(
            "Trump extends exemptions on steel, aluminum tariffs",
            Some("Body.")
        ));
    }

    #[test]
    fn short_line_with_period_is_a_headline_when_a_longer_paragraph_follows() {
        assert!(looks_like_headline(
            "CIA Director Mike Pompeo met with Kim Jong Un over Easter weekend.",
            Some(
                "CIA Director Mike Pompeo met with North Korean leader Kim Jong Un over Easter weekend, according to two people with direct knowledge of the trip."
            )
        ));
    }

    #[test]
    fn a_lede_is_not_a_headline() {
        let lede = "WEST PALM BEACH, Fla. — President Trump dispatched the C.I.A. director Mike Pompeo to North Korea to meet with its leader, Kim Jong-un, in recent weeks to lay the groundwork for a summit meeting.";
        assert!(!looks_like_headline(lede, Some("Next.")));
    }

    #[test]
    fn a_lone_line_is_not_a_headline() {
        assert!(!looks_like_headline("Only line", None));
    }
}
