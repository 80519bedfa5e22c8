//! Choosing the body paragraphs, and deciding whether the page has an article at all.

use super::text::{Piece, collapse_ws, word_count};

/// A paragraph at least this much link text is a link list, teaser or
/// "Read more" line, not prose. Real paragraphs with a link or two in them
/// stay well below it.
const MAX_LINK_DENSITY: f64 = 0.8;

/// An index page shows at least this many linked headlines…
const MIN_TEASERS: usize = 3;
/// …with fewer than this many words of prose for each: at most a teaser
/// blurb (15–25 words) under every headline, with room to spare. An article
/// with a "More on this story" block, or a list article whose headings link
/// to what they review, has whole paragraphs of prose per linked heading;
/// counting words, not paragraphs, tells a one-paragraph-per-item list
/// article from an index.
const PROSE_WORDS_PER_TEASER: usize = 50;

/// Fewer words than this across all paragraphs is no article. The shortest
/// real news item, a one-sentence wire bulletin, runs about 25–40 words; a
/// headline is 6–14 and a teaser blurb 15–25, so below 25 words a page holds
/// at most a headline and a teaser, with no story to compare.
pub(super) const MIN_ARTICLE_WORDS: usize = 25;

/// At least one paragraph must reach sentence length. Menus, buttons and
/// login prompts ("Forgot your password?") are all shorter.
pub(super) const MIN_SENTENCE_WORDS: usize = 8;

/// Lines that ad slots and widgets leave in the text, compared lower-case
/// with surrounding punctuation removed.
const LABELS: &[&str] = &[
    "ad",
    "advertisement",
    "sponsored",
    "sponsored content",
    "continue reading",
    "story continues below",
    "article continues below",
    "scroll to continue with content",
];

/// The error for a page with no article in it.
pub(super) const NO_ARTICLE: &str =
    "no article text found in the page (is it an index or login page?)";

/// The error for an index page of teasers.
pub(super) const LISTING: &str =
    "the page is a list of links to other stories, not an article (is it an index page?)";

/// A line this short that names the byline is the byline line
/// (`Priya Nair · Science correspondent · 18 September 2025`), not prose.
const MAX_BYLINE_LINE_WORDS: usize = 12;

/// Keeps the body paragraphs: drops link lists, ad labels, repeats of the
/// headline, the byline line and text without letters (timestamps, video
/// lengths). Errors if what is left looks like an index page or is too short.
pub(super) fn select(
    pieces: Vec<Piece>,
    title: Option<&str>,
    byline: Option<&str>,
) -> Result<Vec<String>, String> {
    let title = title.map(|t| collapse_ws(t).to_lowercase());
    let byline = byline.map(|b| collapse_ws(b).to_lowercase());
    let mut teasers = 0;
    let mut kept = Vec::new();
    for piece in pieces {
        if piece.link_density() >= MAX_LINK_DENSITY {
            teasers += usize::from(piece.heading);
            continue;
        }
        let lower = piece.text.to_lowercase();
        let furniture = is_label(&lower)
            || title.as_deref() == Some(lower.as_str())
            || !lower.chars().any(char::is_alphabetic)
            || byline.as_deref().is_some_and(|b| is_byline_line(&lower, b));
        if !furniture {
            kept.push(piece.text);
        }
    }
    let prose: usize = kept.iter().map(|p| word_count(p)).sum();
    if teasers >= MIN_TEASERS && prose < teasers * PROSE_WORDS_PER_TEASER {
        return Err(LISTING.to_string());
    }
    check_substance(&kept)?;
    Ok(kept)
}

/// A short line holding the byline's name and no sentence end.
fn is_byline_line(lower: &str, byline: &str) -> bool {
    !byline.is_empty()
        && lower.contains(byline)
        && word_count(lower) <= MAX_BYLINE_LINE_WORDS
        && !lower.trim_end().ends_with(['.', '?', '!', '"', '”'])
}

fn is_label(lower: &str) -> bool {
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    LABELS.contains(&bare)
}

/// Errors unless the paragraphs hold an article's worth of prose
/// (see [`MIN_ARTICLE_WORDS`] and [`MIN_SENTENCE_WORDS`]).
pub(super) fn check_substance(paragraphs: &[String]) -> Result<(), String> {
    let counts: Vec<usize> = paragraphs.iter().map(|p| word_count(p)).collect();
    let total: usize = counts.iter().sum();
    let longest = counts.iter().copied().max().unwrap_or(0);
    if total < MIN_ARTICLE_WORDS || longest < MIN_SENTENCE_WORDS {
        return Err(NO_ARTICLE.to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, heading: bool, linked: usize) -> Piece {
        let total = text.chars().filter(|c| !c.is_whitespace()).count();
        Piece {
            text: text.to_string(),
            heading,
            linked,
            total,
        }
    }

    const LONG: &str = "Lavrov said on Monday that Moscow expects an honest and clear answer from \
        Washington about its new line on Syria and the local councils it proposes.";

    #[test]
    fn drops_links_labels_and_the_headline() {
        let pieces = vec![
            piece("Talks resume", true, 0),
            piece("- Advertisement -", false, 0),
            piece("Read more: other story", false, 18),
            piece(LONG, false, 5),
        ];
        assert_eq!(
            select(pieces, Some("talks  resume"), None),
            Ok(vec![LONG.to_string()])
        );
    }

    #[test]
    fn drops_timestamps_and_the_byline_line() {
        let pieces = vec![
            piece("23:52", false, 0),
            piece(
                "Priya Nair Science correspondent 18 September 2025",
                false,
                0,
            ),
            piece(LONG, false, 0),
            piece("Asked about it, Priya Nair said nothing.", false, 0),
        ];
        let kept = select(pieces, None, Some("Priya  Nair")).unwrap();
        assert_eq!(kept, [LONG, "Asked about it, Priya Nair said nothing."]);
    }

    const BLURB: &str = "The minister said talks would resume next week, in a short \
        statement after the meeting in Geneva.";

    #[test]
    fn linked_headlines_with_only_blurbs_under_them_make_a_listing() {
        let index: Vec<Piece> = (0..5)
            .flat_map(|_| [piece("Linked headline", true, 14), piece(BLURB, false, 0)])
            .collect();
        assert_eq!(select(index, None, None), Err(LISTING.to_string()));
    }

    #[test]
    fn an_article_with_related_links_or_linked_item_headings_is_no_listing() {
        let mut related: Vec<Piece> = (0..9).map(|_| piece(LONG, false, 0)).collect();
        related.extend((0..3).map(|_| piece("Linked headline", true, 14)));
        assert!(select(related, None, None).is_ok(), "3 related stories");
        // A list article: each reviewed item's heading links to it, with a
        // whole paragraph under each (one paragraph per heading).
        let review = format!("{LONG} {LONG} {LONG}");
        let list: Vec<Piece> = (0..8)
            .flat_map(|_| [piece("Linked item", true, 10), piece(&review, false, 0)])
            .collect();
        assert!(select(list, None, None).is_ok(), "8 linked item headings");
    }

    #[test]
    fn substance_needs_enough_words_and_one_sentence() {
        let short: Vec<String> = vec!["Sign in".into(), "Forgot your password?".into()];
        assert!(check_substance(&short).is_err());
        let choppy: Vec<String> = (0..10).map(|_| "Home World Sport".to_string()).collect();
        assert!(
            check_substance(&choppy).is_err(),
            "30 words but no sentence"
        );
        assert!(check_substance(&[LONG.to_string()]).is_ok());
    }
}
