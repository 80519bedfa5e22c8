//! List items written inline: `1.) The first item 2.) The second item`,
//! `• 9. The first item • 10. The second item`.
//!
//! A paragraph is a list only when it opens with a bullet (`•`, `◦`, `▪`,
//! `‣`, `●`) or a numbered marker (`1.`, `1)`, `1.)`, `(1)`). Then every
//! later bullet, and every later marker that continues the count (2 after 1,
//! 10 after 9), starts a new item, and the gap right after a bullet or
//! marker never ends one. A number ending a sentence mid-paragraph
//! (`They finished 2. Then came 3.`) is no list: the paragraph does not open
//! with a marker.

use std::ops::Range;

use super::rules::Decision;

const BULLETS: &[&str] = &["•", "◦", "▪", "‣", "●"];

/// For each gap between `tokens`, the decision the list layout forces, if any.
pub(super) fn decisions(text: &str, tokens: &[Range<usize>]) -> Vec<Option<Decision>> {
    let words: Vec<&str> = tokens.iter().map(|t| &text[t.clone()]).collect();
    let mut out = vec![None; words.len().saturating_sub(1)];
    let bulleted = words.first().is_some_and(|w| BULLETS.contains(w));
    let opening = usize::from(bulleted);
    let mut next_number = words
        .get(opening)
        .and_then(|w| marker_number(w))
        .map(|n| n + 1);
    if !bulleted && next_number.is_none() {
        return out;
    }
    for (i, word) in words.iter().enumerate() {
        let bullet = bulleted && BULLETS.contains(word);
        let counted = next_number.is_some() && marker_number(word) == next_number;
        let after_bullet = bulleted && i > 0 && BULLETS.contains(&words[i - 1]);
        if counted {
            next_number = next_number.map(|n| n + 1);
        }
        let item_start = bullet || counted || (i == opening && next_number.is_some());
        if let Some(gap) = out.get_mut(i).filter(|_| item_start || after_bullet) {
            *gap = Some(Decision::Join);
        }
        if (bullet || (counted && !after_bullet)) && i > 0 {
            out[i - 1] = Some(Decision::Split);
        }
    }
    out
}

/// The number of a list marker: `3.`, `3)`, `3.)` or `(3)`, one to three digits.
fn marker_number(word: &str) -> Option<u32> {
    let inner = word
        .strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .or_else(|| word.strip_suffix(".)"))
        .or_else(|| word.strip_suffix(')'))
        .or_else(|| word.strip_suffix('.'))?;
    let digits = (1..=3).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| inner.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::marker_number;

    #[test]
    fn reads_list_markers() {
        assert_eq!(marker_number("1."), Some(1));
        assert_eq!(marker_number("12)"), Some(12));
        assert_eq!(marker_number("3.)"), Some(3));
        assert_eq!(marker_number("(4)"), Some(4));
        assert_eq!(marker_number("2017."), None);
        assert_eq!(marker_number("1.5"), None);
        assert_eq!(marker_number("No."), None);
    }
}
