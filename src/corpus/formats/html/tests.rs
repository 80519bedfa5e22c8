//! Fixture tests for the HTML reader, and a no-panic property test.

use proptest::prelude::*;

use super::*;

const NEWS_FULL: &str = include_str!("../../../../tests/fixtures/html/news_full.html");
const JSONLD_ONLY: &str = include_str!("../../../../tests/fixtures/html/jsonld_only.html");
const TITLE_META_ONLY: &str = include_str!("../../../../tests/fixtures/html/title_meta_only.html");
const INDEX_PAGE: &str = include_str!("../../../../tests/fixtures/html/index_page.html");
const BR_PARAGRAPHS: &str = include_str!("../../../../tests/fixtures/html/br_paragraphs.html");
const NON_ASCII: &str = include_str!("../../../../tests/fixtures/html/non_ascii.html");

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

fn parsed(html: &str) -> RawArticle {
    parse(html).unwrap_or_else(|err| panic!("expected an article, got: {err}"))
}

/// Asserts that no paragraph contains any of `needles`.
fn assert_absent(article: &RawArticle, needles: &[&str]) {
    for needle in needles {
        let hit = article.paragraphs.iter().find(|p| p.contains(needle));
        assert!(hit.is_none(), "{needle:?} leaked into the text: {hit:?}");
    }
}

/// Asserts that each of `starts` begins some paragraph, in this order.
fn assert_in_order(article: &RawArticle, starts: &[&str]) {
    let mut from = 0;
    for start in starts {
        let found = article.paragraphs[from..]
            .iter()
            .position(|p| p.starts_with(start));
        let at = found.unwrap_or_else(|| panic!("{start:?} missing or out of order"));
        from += at + 1;
    }
}

#[test]
fn news_page_metadata_comes_from_readability_and_meta() {
    let article = parsed(NEWS_FULL);
    let title = "Lavrov says Moscow has questions over new US line on Syria";
    assert_eq!(article.title, some(title));
    assert_eq!(article.outlet, some("The Meridian Herald"));
    assert_eq!(article.byline, some("Anna Petrova, Tom Ellery"));
    assert_eq!(article.date, some("2017-10-23T14:32:00+01:00"));
    let url = "https://www.meridianherald.example/world/2017/oct/23/lavrov-us-syria-local-councils";
    assert_eq!(article.url, some(url), "canonical link beats og:url");
    assert_eq!(article.domain, some("meridianherald.example"));
    assert_eq!(article.language, some("en-GB"));
}

#[test]
fn news_page_body_is_in_order_and_entities_are_decoded() {
    let article = parsed(NEWS_FULL);
    assert_eq!(
        article.paragraphs.first().map(String::as_str),
        Some(
            "Russia expects Washington to answer its questions about the new US strategy in \
             Syria frankly and in a way that can be understood, the Russian foreign minister, \
             Sergei Lavrov, has said."
        )
    );
    assert_in_order(
        &article,
        &[
            "“When we hear about the new line of the United States",
            "“We address these questions to Washington",
            "The Russian diplomat described",
            "“In particular, there were cases of a mass exodus",
            "Dispute over civilian casualties",
            "His remarks came a day after",
            "Moscow has repeatedly voiced concern",
            "The US state department did not immediately respond",
        ],
    );
    assert_eq!(article.paragraphs.len(), 9);
}

#[test]
fn news_page_furniture_is_not_article_text() {
    let article = parsed(NEWS_FULL);
    assert_absent(
        &article,
        &[
            "We use cookies",
            "Manage cookie settings",
            "UK news",
            "Support the Herald",
            "Advertisement",
            "Book your winter escape",
            "Share on Facebook",
            "1,204 shares",
            "Photograph: Herald Pictures",
            "Read more:",
            "Related stories",
            "Raqqa after the siege",
            "Morning Briefing",
            "Comments (3)",
            "RiverWatcher",
            "both sides are playing games",
            "Load more comments",
            "Was this article useful",
            "All rights reserved",
            "Privacy policy",
            "in Moscow and Tom Ellery",
        ],
    );
}

#[test]
fn json_ld_graph_supplies_every_field() {
    let article = parsed(JSONLD_ONLY);
    let title = "Lavrov: no evidence the US coordinates with ISIS, but its actions are suspicious";
    assert_eq!(article.title, some(title));
    assert_eq!(article.outlet, some("Levant Wire"), "publisher by @id");
    assert_eq!(article.byline, some("Samer Haddad, Lina Aziz"));
    assert_eq!(article.date, some("2017-11-16T09:10:00+00:00"));
    let url = "https://www.levantwire.example/news/syria/2017/11/16/lavrov-no-evidence-us-isis-coordination/";
    assert_eq!(article.url, some(url), "mainEntityOfPage @id");
    assert_eq!(article.domain, some("levantwire.example"));
    assert_eq!(article.language, some("en-US"));
    assert_in_order(
        &article,
        &[
            "MOSCOW – Russian Foreign Minister",
            "Speaking at a joint",
            "He went on to criticize",
        ],
    );
    assert_absent(&article, &["WhatsApp", "Analysis", "Amman"]);
}

#[test]
fn title_and_author_meta_without_open_graph() {
    let article = parsed(TITLE_META_ONLY);
    let title = "Russian foreign minister says American forces must leave Syria";
    assert_eq!(article.title, some(title));
    assert_eq!(article.byline, some("Dispatch Staff Writer"));
    assert_eq!(article.date, some("2017-12-28T10:45:00+03:30"));
    assert_eq!(article.language, some("en"));
    assert_eq!(
        (article.outlet, article.url, article.domain),
        (None, None, None)
    );
    assert_eq!(article.paragraphs.len(), 6);
    assert!(article.paragraphs[0].starts_with("Russia's Foreign Minister Sergei Lavrov says"));
    assert!(article.paragraphs[5].starts_with("The Pentagon has said"));
}

#[test]
fn index_page_is_an_error() {
    let err = parse(INDEX_PAGE).unwrap_err();
    assert!(err.contains("index page"), "{err}");
    assert!(!err.contains('\n'));
}

#[test]
fn double_br_splits_paragraphs_and_single_br_joins() {
    let article = parsed(BR_PARAGRAPHS);
    let title = "“No evidence that US coordinates with ISIS, despite acting suspiciously” – Russia";
    assert_eq!(
        article.title,
        some(title),
        "only the site-name suffix is cut"
    );
    assert_eq!(article.outlet, some("Steppe Courier"));
    assert_eq!(
        article.byline,
        some("Nadia Volkova"),
        "article:author URL ignored"
    );
    assert_eq!(article.date, some("2017-11-16T21:04:33+00:00"));
    let url = "http://steppecourier.example/2017/11/16/no-evidence-us-coordinates-isis/";
    assert_eq!(article.url, some(url), "og:url without canonical");
    assert_eq!(article.domain, some("steppecourier.example"));
    assert_eq!(article.language, some("en"));
    assert_eq!(article.paragraphs.len(), 5);
    assert_in_order(
        &article,
        &[
            "MOSCOW, Russia.",
            "At a joint press conference",
            "When asked by journalists",
        ],
    );
    assert!(article.paragraphs[2].contains("US-led forces. However, he said,"));
    assert_absent(
        &article,
        &["Advertisement", "Recent posts", "Aleppo", "November 16th"],
    );
}

#[test]
fn cyrillic_text_and_typographic_quotes_survive() {
    let article = parsed(NON_ASCII);
    let title = "Лавров: у Москвы есть вопросы к новой линии США в Сирии";
    assert_eq!(article.title, some(title));
    assert_eq!(article.outlet, some("Вечерний вестник"));
    assert_eq!(article.byline, some("Ирина Соколова"));
    assert_eq!(article.date, some("2017-10-23T16:20:00+03:00"));
    let url = "https://www.vechernij-vestnik.example/politika/2017/10/23/lavrov-siriya-ssha/";
    assert_eq!(article.url, some(url));
    assert_eq!(article.domain, some("vechernij-vestnik.example"));
    assert_eq!(article.language, some("ru"));
    assert_in_order(
        &article,
        &[
            "Москва ждёт от Вашингтона",
            "«Когда мы слышим",
            "По словам министра",
            "Глава МИД",
        ],
    );
    assert!(article.paragraphs[1].ends_with("вызывает у нас вопросы», — сказал Лавров после переговоров с министром иностранных дел Ирака Ибрагимом аль-Джафари."));
    assert!(article.paragraphs[4].contains("minister’s words were reported as “some odd things”"));
    assert_absent(
        &article,
        &[
            "Политика",
            "ВКонтакте",
            "Все права защищены",
            "Ирина Соколова,",
        ],
    );
}

#[test]
fn title_and_nav_only_is_an_error() {
    let html = "<html><head><title>Home | Site</title></head><body><nav><ul>\
        <li><a href='/'>Home</a></li><li><a href='/w'>World news from every corner of the globe, \
        updated around the clock by our correspondents</a></li></ul></nav></body></html>";
    assert_eq!(parse(html).unwrap_err(), body::NO_ARTICLE);
}

#[test]
fn login_page_is_an_error() {
    let html = "<html><head><title>Sign in</title></head><body><div class='login'>\
        <h2>Sign in to continue reading</h2><p>To keep reading this article, please sign in \
        or create a free account.</p><form><input name=email><button>Sign in</button></form>\
        <p><a href='/forgot'>Forgot your password?</a></p></div></body></html>";
    assert_eq!(parse(html).unwrap_err(), body::NO_ARTICLE);
}

#[test]
fn plain_text_content_splits_on_blank_lines() {
    let html = "<html><body><div>Moscow expects Washington to answer questions about its \
        new strategy in Syria, the minister said on Monday.\n\n   The Russian diplomat described \
        the coalition's actions as odd, pointing to fighters leaving Raqqa.\n \nThe US state \
        department did not respond to a request for comment.</div></body></html>";
    let article = parsed(html);
    assert_eq!(article.paragraphs.len(), 3, "{:#?}", article.paragraphs);
    assert!(article.paragraphs[1].starts_with("The Russian diplomat described the coalition"));
}

#[test]
fn degenerate_input_is_an_error() {
    for html in [
        "",
        "   \n",
        "plain words",
        "<div><div><div>",
        "<p>short</p>",
        "\u{0}<\u{1}>",
    ] {
        assert!(parse(html).is_err(), "{html:?}");
    }
    let deep = "<div>".repeat(100_000);
    assert!(parse(&deep).unwrap_err().contains("nested"));
}

#[test]
fn huge_attributes_do_not_break_extraction() {
    let junk = "x".repeat(2_000_000);
    let html = NEWS_FULL
        .replace(
            "<body class=\"article-page\">",
            &format!("<body class=\"{junk}\">"),
        )
        .replace(
            "<meta charset=\"utf-8\">",
            &format!("<meta name=\"x\" content=\"{junk}\">"),
        );
    let article = parsed(&html);
    assert_eq!(article.outlet, some("The Meridian Herald"));
    assert_eq!(article.paragraphs.len(), 9);
}

/// Pieces of HTML-like text that the property test strings together.
fn html_ish() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "p", "div", "a", "br", "h1", "h2", "li", "ul", "nav", "aside", "pre", "table", "td",
        "script", "style", "meta", "title", "link", "figure", "span", "svg", "html", "body",
    ]);
    let attr = prop::sample::select(vec![
        "",
        " class=\"ad-slot\"",
        " class='share'",
        " id=comments",
        " hidden",
        " rel=canonical href=\"https://www.x.example/a\"",
        " property=og:site_name content=S",
        " name=author content=\"https://a.example\"",
        " type=application/ld+json",
        " lang=ru",
        " role=navigation",
        " href=//[::1]:80/",
        " aria-hidden=true",
    ]);
    let piece = prop_oneof![
        (tag.clone(), attr).prop_map(|(t, a)| format!("<{t}{a}>")),
        tag.prop_map(|t| format!("</{t}>")),
        "[a-zA-Zа-я ,.“”«»\n]{0,80}",
        Just("&amp;&nbsp;&#8212;&bogus;&#x110000;".to_string()),
        Just("{\"@type\":[\"NewsArticle\"],\"author\":[[1],{\"@id\":\"x\"}],\"@graph\":{}}".into()),
        Just("<!-- <p> -->".to_string()),
        Just("<br><br>".to_string()),
        "\\PC{0,20}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// Sentence-like text of 0–80 words, so that some pages do hold an article.
fn prose() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "the",
        "minister",
        "said,",
        "Syria",
        "talks.",
        "Лавров",
    ]);
    prop::collection::vec(word, 0..80).prop_map(|words| words.join(" "))
}

/// What every successful parse guarantees about its paragraphs.
fn assert_clean(article: &RawArticle) {
    assert!(!article.paragraphs.is_empty());
    for p in &article.paragraphs {
        assert!(!p.is_empty() && p.trim() == p && !p.contains("  "), "{p:?}");
        assert!(!p.contains(['\u{0}', '\u{1}', '\u{2}']), "{p:?}");
    }
}

proptest! {
    /// Runs the pipeline without the `catch_unwind` net, so that a panic fails the test.
    #[test]
    fn never_panics_on_arbitrary_text(s in any::<String>()) {
        if precheck(&s).is_ok() && let Ok(article) = extract(&s) {
            assert_clean(&article);
        }
    }

    #[test]
    fn never_panics_on_html_fragments(body in html_ish(), words in prose()) {
        let page = format!("<html><head>{body}</head><body>{body}<p>{words}</p>{body}");
        for html in [&body, &page] {
            if precheck(html).is_ok() && let Ok(article) = extract(html) {
                assert_clean(&article);
            }
        }
    }
}

#[test]
fn a_site_name_that_is_a_url_gives_way_to_the_next_one() {
    let page = r#"<html><head><meta property="og:site_name" content="http://www.tmz.com">
        <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"TMZ"}}</script>
        </head><body><article><h1>Dress stolen</h1>
        <p>The pearl dress worn at the Oscars was stolen from the hotel room on Wednesday night, police said.</p>
        <p>It was found two days later in a hotel bathroom, and investigators are still looking for the thief.</p>
        </article></body></html>"#;
    let raw = parse(page).unwrap();
    assert_eq!(raw.outlet.as_deref(), Some("TMZ"));
}
