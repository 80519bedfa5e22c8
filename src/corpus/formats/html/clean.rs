//! Page furniture: navigation, ads, share bars, related links, comments.
//!
//! Furniture is recognised by tag (`nav`, `aside`, `footer`…), ARIA role and
//! class/id words (`share-bar`, `ad-slot`, `relatedStories`…). Matching is by
//! whole word, so `ad` matches `ad-slot` but not `header` or `lead`. Nothing
//! that holds the article itself is ever removed (see [`holds_article`]).

use dom_query::{Document, NodeRef, Selection};

/// Class/id words that mark furniture anywhere on a page.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "adunit",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "disqus",
    "gdpr",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "paywall",
    "popup",
    "promo",
    "promotion",
    "recirculation",
    "recommended",
    "related",
    "share",
    "sharebar",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
];

/// Class/id words that mark non-body text inside the extracted content:
/// author lines, datelines and picture captions or credits.
const CONTENT_EXTRA_WORDS: &[&str] = &[
    "author",
    "byline",
    "caption",
    "credit",
    "credits",
    "dateline",
    "timestamp",
];

/// Tags that are furniture wherever they are.
const FURNITURE_TAGS: &[&str] = &["aside", "dialog", "footer", "menu", "nav"];

/// Tags skipped inside the content: furniture plus forms and figures
/// (whose only text is a caption or a photo credit).
const CONTENT_SKIP_TAGS: &[&str] = &[
    "aside",
    "button",
    "dialog",
    "figcaption",
    "figure",
    "footer",
    "form",
    "menu",
    "nav",
];

/// Tags whose content is never readable text.
const NON_TEXT_TAGS: &[&str] = &[
    "audio", "canvas", "embed", "iframe", "input", "math", "noscript", "object", "option",
    "script", "select", "style", "svg", "template", "textarea", "video",
];

/// ARIA roles of page regions that are not the article.
const FURNITURE_ROLES: &[&str] = &[
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "navigation",
    "search",
];

/// Markers of the article container; an element holding one is never furniture.
const ARTICLE_MARKERS: &str = "h1, main, [itemprop=articleBody], [itemprop=articlebody]";

/// Removes page furniture from the whole document before Readability runs,
/// so that long comment threads or link lists cannot win its scoring.
pub(super) fn strip_page_furniture(doc: &Document) {
    let Some(body) = doc.body() else { return };
    let marked = doc.select(ARTICLE_MARKERS).exists();
    let total = body.normalized_char_count();
    let doomed: Vec<NodeRef<'_>> = body
        .descendants_it()
        .filter(|n| n.is_element() && is_page_furniture(n))
        .collect();
    for node in doomed {
        if is_attached(&node) && !holds_article(&node, marked, total) {
            node.remove_from_parent();
        }
    }
}

/// Whether an element inside the extracted content should be left out of the text.
/// `total_chars` is the size of the whole content, for the [`holds_article`] guard.
pub(super) fn is_skipped_in_content(node: &NodeRef<'_>, name: &str, total_chars: usize) -> bool {
    if NON_TEXT_TAGS.contains(&name) {
        return true;
    }
    let hidden =
        node.has_attr("hidden") || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true");
    let furniture = hidden
        || CONTENT_SKIP_TAGS.contains(&name)
        || has_role(node, FURNITURE_ROLES)
        || has_word(node, FURNITURE_WORDS)
        || has_word(node, CONTENT_EXTRA_WORDS);
    furniture && !holds_article(node, false, total_chars)
}

/// Furniture by tag, role or class/id word; a `header` counts unless it holds the headline.
fn is_page_furniture(node: &NodeRef<'_>) -> bool {
    let Some(name) = node.node_name() else {
        return false;
    };
    let name = name.to_ascii_lowercase();
    if name == "header" {
        return !Selection::from(*node).select("h1").exists();
    }
    FURNITURE_TAGS.contains(&name.as_str())
        || has_role(node, FURNITURE_ROLES)
        || has_word(node, FURNITURE_WORDS)
}

/// The guard against removing the article with its furniture: when the page
/// marks its article (`h1`, `main`, `itemprop=articleBody`), an element holding a
/// marker is kept; otherwise an element holding over half the text is kept.
fn holds_article(node: &NodeRef<'_>, page_is_marked: bool, total_chars: usize) -> bool {
    if page_is_marked {
        Selection::from(*node).select(ARTICLE_MARKERS).exists()
    } else {
        node.normalized_char_count() * 2 > total_chars
    }
}

/// Whether the node is still in the document (no ancestor was removed).
fn is_attached(node: &NodeRef<'_>) -> bool {
    node.ancestors_it(None).any(|a| a.is_document())
}

fn has_role(node: &NodeRef<'_>, roles: &[&str]) -> bool {
    node.attr("role").is_some_and(|role| {
        role.split_whitespace()
            .any(|r| roles.contains(&r.to_ascii_lowercase().as_str()))
    })
}

/// Whether the class or id holds one of `words` as a whole word.
fn has_word(node: &NodeRef<'_>, words: &[&str]) -> bool {
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|value| {
            attr_words(&value)
                .iter()
                .any(|w| words.contains(&w.as_str()))
        })
    })
}

/// Splits a class or id into lower-case words at punctuation and camelCase
/// boundaries: `share-bar__item relatedStories` → share, bar, item, related, stories.
pub(super) fn attr_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        let boundary = !c.is_alphanumeric() || (c.is_uppercase() && prev_lower);
        if boundary && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_words_split_on_punctuation_and_camel_case() {
        let words = attr_words("share-bar__item relatedStories ad_slot2 HTMLHeader");
        let want = [
            "share",
            "bar",
            "item",
            "related",
            "stories",
            "ad",
            "slot2",
            "htmlheader",
        ];
        assert_eq!(words, want);
    }

    #[test]
    fn furniture_is_matched_by_whole_word() {
        let doc = Document::from(
            r#"<body><div class="header-lead shadow">keep</div><div class="ad-slot">drop</div>
            <div id="readMore">keep too</div><div class="relatedLinks">drop</div></body>"#,
        );
        strip_page_furniture(&doc);
        let text = doc.select("body").text();
        assert!(text.contains("keep") && text.contains("keep too"), "{text}");
        assert!(!text.contains("drop"), "{text}");
    }

    #[test]
    fn the_article_container_is_never_removed() {
        let doc = Document::from(
            r#"<body><div class="page-with-sidebar"><h1>Headline</h1><p>Body</p>
            <div class="comments"><div class="share">x</div>Comment</div></div>
            <header><a href="/">Logo</a></header></body>"#,
        );
        strip_page_furniture(&doc);
        let text = doc.select("body").text();
        assert!(text.contains("Headline") && text.contains("Body"), "{text}");
        assert!(
            !text.contains("Comment") && !text.contains("Logo"),
            "{text}"
        );
    }

    #[test]
    fn unmarked_page_keeps_the_element_holding_most_text() {
        let doc = Document::from(
            r#"<body><div class="sidebar-layout">Most of the words on the page live here.</div>
            <div class="sidebar">Few</div></body>"#,
        );
        strip_page_furniture(&doc);
        let text = doc.select("body").text();
        assert!(
            text.contains("Most of the words") && !text.contains("Few"),
            "{text}"
        );
    }
}
