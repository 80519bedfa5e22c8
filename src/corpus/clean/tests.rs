//! Rule-by-rule tests for `clean_paragraphs`, with negatives.

use super::clean_paragraphs;
use crate::corpus::model::RemovalReason::{self, *};

const BODY: &str = "Lavrov said the talks in Moscow had been constructive.";

/// Cleans `texts` and returns the removed texts with their reasons.
fn removed(texts: &[&str]) -> Vec<(String, RemovalReason)> {
    let input = texts.iter().map(|t| t.to_string()).collect();
    let cleaned = clean_paragraphs(input);
    assert_eq!(
        cleaned.paragraphs.len() + cleaned.removed.len(),
        texts.len(),
        "nothing lost or invented"
    );
    cleaned
        .removed
        .into_iter()
        .map(|r| (r.text, r.reason))
        .collect()
}

/// The reason `text` is removed with when it stands between two sentences.
fn reason_of(text: &str) -> Option<RemovalReason> {
    let out = removed(&[BODY, text, BODY]);
    assert!(out.len() <= 1, "{out:?}");
    out.first().map(|(_, r)| *r)
}

fn pairs(list: &[(&str, RemovalReason)]) -> Vec<(String, RemovalReason)> {
    list.iter().map(|(t, r)| (t.to_string(), *r)).collect()
}

#[test]
fn empty_input_gives_empty_output() {
    assert_eq!(clean_paragraphs(Vec::new()), Default::default());
}

#[test]
fn kept_and_removed_keep_original_text_and_order() {
    let input = vec![
        " First  one.".to_string(),
        "ADVERTISEMENT".into(),
        BODY.into(),
    ];
    let cleaned = clean_paragraphs(input);
    assert_eq!(
        cleaned.paragraphs,
        vec![" First  one.".to_string(), BODY.into()]
    );
    assert_eq!(cleaned.removed[0].text, "ADVERTISEMENT");
}

#[test]
fn related_marker_alone_takes_the_next_headline() {
    let headline = "Pompeo-Haley Pressure UN Security Council to Increase Sanctions";
    for marker in [
        "Read also:",
        "Read more:",
        "Also read:",
        "READ MORE:",
        "Related:",
        "READ MORE",
    ] {
        let out = removed(&[BODY, marker, headline, BODY]);
        assert_eq!(
            out,
            pairs(&[(marker, RelatedLink), (headline, RelatedLink)]),
            "{marker}"
        );
    }
}

#[test]
fn related_marker_alone_spares_a_following_sentence() {
    let out = removed(&["Read also:", BODY, BODY]);
    assert_eq!(out, pairs(&[("Read also:", RelatedLink)]));
}

#[test]
fn related_marker_inline_takes_only_its_paragraph() {
    let line = "READ MORE: Russia Says US Must Leave Syria";
    assert_eq!(
        removed(&[line, "Raqqa Operation Completed", BODY]),
        pairs(&[(line, RelatedLink)])
    );
    assert_eq!(
        reason_of("Related: Comey on Trump: ‘He tweets at me’."),
        Some(RelatedLink)
    );
}

#[test]
fn sentences_that_mention_reading_more_stay() {
    assert_eq!(
        reason_of("Read more about the policy on the ministry’s website."),
        None
    );
    assert_eq!(
        reason_of("More than 50 people were killed, the sources said."),
        None
    );
    assert_eq!(
        reason_of("Related talks will resume in Geneva next week."),
        None
    );
}

#[test]
fn labelled_headline_between_links_is_a_link() {
    let out = removed(&[
        BODY,
        "More: A guide to the interview.",
        "The Bubble: Book did him no favors.",
        "Related: Comey on Trump.",
        BODY,
    ]);
    assert_eq!(out.len(), 3);
    let lone = removed(&[
        BODY,
        "More: A guide.",
        "Analysis: the deal is fragile.",
        BODY,
    ]);
    assert_eq!(lone, pairs(&[("More: A guide.", RelatedLink)]));
}

#[test]
fn newsletter_prompts() {
    assert_eq!(reason_of("Subscribe to our newsletter"), Some(Newsletter));
    assert_eq!(
        reason_of(
            "Sign up here to get the latest news, updates and special offers delivered directly to your inbox."
        ),
        Some(Newsletter)
    );
    assert_eq!(
        reason_of("Subscribers to the service rose by a third in 2017."),
        None
    );
}

#[test]
fn advertisement_markers() {
    for text in [
        "Advertisement",
        "- Advertisement -",
        "ADVERTISEMENT",
        "— advertisement —",
    ] {
        assert_eq!(reason_of(text), Some(Advertisement), "{text}");
    }
    assert_eq!(
        reason_of("Advertisement revenue fell sharply last year."),
        None
    );
}

#[test]
fn share_and_follow_prompts() {
    for text in [
        "SHARE THIS ARTICLE",
        "Share this:",
        "Follow us on Twitter",
        "Follow us on Telegram and Facebook",
    ] {
        assert_eq!(reason_of(text), Some(Share), "{text}");
    }
    assert_eq!(reason_of("Share prices fell after the announcement."), None);
    assert_eq!(
        reason_of("Follow the money, the senator told reporters."),
        None
    );
}

#[test]
fn published_in_trailers() {
    assert_eq!(reason_of("Published in sputniknews.com"), Some(PublishedIn));
    assert_eq!(
        reason_of("Published in 1998, the report was never updated."),
        None
    );
}

#[test]
fn mirror_address_list_takes_its_addresses() {
    let head = "Press TV’s website can also be accessed at the following alternate addresses:";
    let out = removed(&[BODY, head, "www.presstv.co.uk", "www.presstv.tv", BODY]);
    let want = [
        (head, MirrorAddresses),
        ("www.presstv.co.uk", MirrorAddresses),
        ("www.presstv.tv", MirrorAddresses),
    ];
    assert_eq!(out, pairs(&want));
}

#[test]
fn bare_urls_and_domains() {
    for text in [
        "www.mesop.de",
        "https://example.com/story?id=1",
        "sputniknews.com",
    ] {
        assert_eq!(reason_of(text), Some(BareUrl), "{text}");
    }
    assert_eq!(
        reason_of("The site www.mesop.de published the report."),
        None
    );
}

#[test]
fn photo_credits() {
    for text in [
        "(Photo by AFP)",
        "(AP Photo/Evan Vucci)",
        "Russia’s Foreign Minister Sergei Lavrov (Photo by AFP)",
    ] {
        assert_eq!(reason_of(text), Some(PhotoCredit), "{text}");
    }
    assert_eq!(
        reason_of("Lavrov (pictured) phoned Tillerson on Saturday."),
        None
    );
    assert_eq!(
        reason_of("They fought Jabhat al-Nusra (outlawed in Russia)"),
        None
    );
}

#[test]
fn metadata_lines() {
    assert_eq!(
        reason_of("November 16th, 2017 – Fort Russ News –"),
        Some(Metadata)
    );
    assert_eq!(
        reason_of("– Breakingnews.sy – – translated by Samer Hussein –"),
        Some(Metadata)
    );
    assert_eq!(
        reason_of("On November 16th, 2017, Lavrov met Jorge Faurie in Moscow."),
        None
    );
    assert_eq!(
        reason_of("Moscow Has Questions Concerning New US Policy in Syria – Lavrov"),
        None
    );
}

#[test]
fn tail_chrome_follows_trailing_boilerplate() {
    let out = removed(&[
        BODY,
        "SHARE THIS ARTICLE",
        "Press TV News Roku",
        "Watch live",
    ]);
    let want = [
        ("SHARE THIS ARTICLE", Share),
        ("Press TV News Roku", Share),
        ("Watch live", Share),
    ];
    assert_eq!(out, pairs(&want));
}

#[test]
fn short_lines_before_the_tail_or_mid_article_stay() {
    let out = removed(&[
        BODY,
        "Raqqa Operation Completed",
        BODY,
        "Lavrov stressed",
        "Published in sputniknews.com",
    ]);
    assert_eq!(out, pairs(&[("Published in sputniknews.com", PublishedIn)]));
    let mid = removed(&[BODY, "Advertisement", "Raqqa Operation Completed", BODY]);
    assert_eq!(mid, pairs(&[("Advertisement", Advertisement)]));
}

#[test]
fn tail_chrome_spares_full_sentences() {
    let out = removed(&[BODY, "Advertisement", "The ministry declined to comment."]);
    assert_eq!(out, pairs(&[("Advertisement", Advertisement)]));
}

#[test]
fn cleaning_handles_a_hundred_thousand_paragraphs() {
    let mut input = Vec::with_capacity(100_000);
    for i in 0..25_000 {
        input.push(format!(
            "Paragraph {i} says something about the talks in Moscow."
        ));
        input.push("Advertisement".to_string());
        input.push("Read also:".to_string());
        input.push(format!("Headline number {i}"));
    }
    let cleaned = clean_paragraphs(input);
    assert_eq!(cleaned.paragraphs.len(), 25_000);
    assert_eq!(cleaned.removed.len(), 75_000);
}

#[test]
fn other_common_trailers() {
    let cases = [
        ("Follow Jane Doe on Twitter @janedoe", Some(Share)),
        ("Contributing: Kevin Johnson, USA TODAY", Some(Metadata)),
        (
            "(Reporting by John Smith; Editing by Mary Jones)",
            Some(Metadata),
        ),
        ("© 2017 Sputnik", Some(Metadata)),
        ("Source: SANA", Some(Metadata)),
        ("Tags: Syria, Russia, Lavrov", Some(Metadata)),
        ("Updated: 16.11.2017 | 10:30 GMT", Some(Metadata)),
        ("(Reuters)", None),
        (
            "Source: the ministry said the talks would resume after the holiday weekend.",
            None,
        ),
        ("Trump wrote on Twitter that the deal was dead.", None),
    ];
    for (text, want) in cases {
        assert_eq!(reason_of(text), want, "{text}");
    }
}
