//! Metadata from the page head: `<title>`, `<meta>`, canonical link, `<html lang>`.

use dom_query::{Document, NodeRef};

use super::text::collapse_ws;
use crate::corpus::dates::parse_date;

/// Meta keys (`name`, `property`, `itemprop`) that carry the publication time.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "article:publicationdate",
    "publication_date",
    "publication-date",
    "parsely-pub-date",
    "sailthru.date",
    "og:pubdate",
];

/// Meta keys that carry the author line.
const AUTHOR_KEYS: &[&str] = &["author", "article:author", "dc.creator", "dcterms.creator"];

/// What the page itself declares about the article, outside JSON-LD.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct PageMeta {
    /// Text of `<title>`.
    pub title_tag: Option<String>,
    /// `og:title`.
    pub og_title: Option<String>,
    /// `og:site_name`.
    pub site_name: Option<String>,
    /// `<link rel="canonical">`.
    pub canonical: Option<String>,
    /// `og:url`.
    pub og_url: Option<String>,
    /// First publication-time meta (see [`DATE_KEYS`]).
    pub published: Option<String>,
    /// The publication date marked up in the body ([`marked_date`]), when
    /// no meta gives a readable one.
    pub marked_published: Option<String>,
    /// First author meta that is not a URL.
    pub author: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<meta http-equiv="content-language">`.
    pub content_language: Option<String>,
    /// `og:locale`, as a language tag (`en_GB` → `en-GB`).
    pub locale: Option<String>,
}

impl PageMeta {
    /// Reads the metadata of a parsed page. Must run before anything is removed from it.
    pub fn read(doc: &Document) -> Self {
        let mut meta = PageMeta {
            title_tag: tidy(Some(doc.select("head title").text().to_string())),
            lang: tidy(doc.select("html").attr("lang").map(|v| v.to_string())),
            ..PageMeta::default()
        };
        for node in doc.select("link[rel][href]").nodes() {
            let rel = node.attr_or("rel", "").to_ascii_lowercase();
            if meta.canonical.is_none() && rel.split_whitespace().any(|r| r == "canonical") {
                meta.canonical = tidy(node.attr("href").map(|v| v.to_string()));
            }
        }
        for node in doc.select("meta[content]").nodes() {
            meta.take_meta(node);
        }
        // Only looked for when no meta gives a readable date.
        if meta
            .published
            .as_deref()
            .is_none_or(|d| parse_date(d).is_none())
        {
            meta.marked_published = marked_date(doc);
        }
        meta
    }

    /// Files one `<meta>` under the first field it fills; earlier metas win.
    fn take_meta(&mut self, node: &NodeRef<'_>) {
        let Some(content) = tidy(node.attr("content").map(|v| v.to_string())) else {
            return;
        };
        let keys = ["property", "name", "itemprop", "http-equiv"]
            .iter()
            .filter_map(|attr| node.attr(attr))
            .flat_map(|v| {
                let v = v.to_ascii_lowercase();
                v.split_whitespace().map(str::to_string).collect::<Vec<_>>()
            });
        for key in keys {
            let slot = match key.as_str() {
                "og:title" => &mut self.og_title,
                "og:site_name" => &mut self.site_name,
                "og:url" => &mut self.og_url,
                "og:locale" => &mut self.locale,
                "content-language" => &mut self.content_language,
                k if DATE_KEYS.contains(&k) => &mut self.published,
                k if AUTHOR_KEYS.contains(&k) && !is_absolute_url(&content) => &mut self.author,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(content.clone());
            }
        }
        self.locale = self.locale.take().map(|l| l.replace('_', "-"));
    }
}

/// The publication date the page marks up in its body rather than in a
/// `<meta>`: an element with `itemprop="datePublished"` (its `content` or
/// `datetime`), else a `<time pubdate>`, else the first `<time datetime>`
/// of the article (`<article>`, `<main>`, `role="main"`), else the date all
/// of the page's `<time datetime>` agree on. A page whose times disagree
/// outside an article (a list of related stories with theirs) gives none.
fn marked_date(doc: &Document) -> Option<String> {
    let attr = |node: &NodeRef<'_>, names: &[&str]| {
        names
            .iter()
            .find_map(|name| tidy(node.attr(name).map(|v| v.to_string())))
    };
    let published = doc.select("[itemprop]").nodes().iter().find_map(|node| {
        let itemprop = node.attr_or("itemprop", "").to_ascii_lowercase();
        itemprop
            .split_whitespace()
            .any(|p| p == "datepublished")
            .then(|| attr(node, &["content", "datetime"]))
            .flatten()
    });
    let first_time = |selector: &str| {
        doc.select(selector)
            .nodes()
            .iter()
            .find_map(|node| attr(node, &["datetime"]))
    };
    published
        .or_else(|| first_time("time[pubdate][datetime]"))
        .or_else(|| {
            first_time("article time[datetime], main time[datetime], [role=main] time[datetime]")
        })
        .or_else(|| {
            let times: Vec<String> = doc
                .select("time[datetime]")
                .nodes()
                .iter()
                .filter_map(|node| attr(node, &["datetime"]))
                .collect();
            let dates: Vec<_> = times.iter().map(|t| parse_date(t)).collect();
            let first = (*dates.first()?)?;
            dates
                .iter()
                .all(|d| *d == Some(first))
                .then(|| times[0].clone())
        })
}

/// Whitespace-collapsed text, or `None` if nothing is left.
pub(super) fn tidy(value: Option<String>) -> Option<String> {
    value.map(|v| collapse_ws(&v)).filter(|v| !v.is_empty())
}

/// Whether `url` is an absolute http(s) URL with a host.
pub(super) fn is_absolute_url(url: &str) -> bool {
    host(url).is_some()
}

/// The host of an absolute http(s) URL (or protocol-relative `//host/…`),
/// lower-cased, without `www.`, user info or port.
pub(super) fn host(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = ["https://", "http://", "//"]
        .iter()
        .find(|scheme| lower.starts_with(*scheme))
        .map(|scheme| &url[scheme.len()..])?;
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    let host = host.trim_end_matches('.').to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let valid = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
    valid.then(|| host.to_string())
}

/// Separators sites put between a headline and their name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: "];

/// Drops a trailing " | Site" (or " - Site", " – Site", " — Site", " · Site")
/// from a title, but only when "Site" is the site's name; any other suffix
/// may be part of the headline and is kept.
pub(super) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in TITLE_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let head = head.trim();
            if !head.is_empty() && tail.trim().to_lowercase() == site.to_lowercase() {
                return head.to_string();
            }
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_strips_scheme_www_port_and_user() {
        let cases = [
            ("https://www.example.com/a/b?c#d", Some("example.com")),
            ("HTTP://WWW.Example.COM:8080", Some("example.com")),
            ("//cdn.example.org/x", Some("cdn.example.org")),
            (
                "https://user:pw@news.example.net/",
                Some("news.example.net"),
            ),
            ("https://[::1]:80/", Some("::1")),
            ("https://вестник.example/", Some("вестник.example")),
            ("/world/2017/story", None),
            ("mailto:desk@example.com", None),
            ("https:///nohost", None),
            ("https://bad host/", None),
            ("", None),
        ];
        for (url, want) in cases {
            assert_eq!(host(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn site_suffix_is_cut_only_when_it_is_the_site_name() {
        let site = Some("The Herald");
        assert_eq!(
            strip_site_suffix("Talks resume | The Herald", site),
            "Talks resume"
        );
        assert_eq!(
            strip_site_suffix("Talks resume - the herald", site),
            "Talks resume"
        );
        assert_eq!(
            strip_site_suffix("Talks resume — The Herald", site),
            "Talks resume"
        );
        assert_eq!(
            strip_site_suffix("Iran - Iraq talks resume", site),
            "Iran - Iraq talks resume"
        );
        assert_eq!(strip_site_suffix("Talks | Syria", site), "Talks | Syria");
        assert_eq!(strip_site_suffix("Talks | Other", None), "Talks | Other");
        assert_eq!(strip_site_suffix(" | The Herald", site), " | The Herald");
    }

    #[test]
    fn dates_marked_up_in_the_body_are_read_when_no_meta_gives_one() {
        let read = |body: &str| PageMeta::read(&Document::from(body)).marked_published;
        assert_eq!(
            read(
                r#"<span itemprop="datePublished" content="2017-01-18T23:00:00-0800">Jan 18</span>"#
            )
            .as_deref(),
            Some("2017-01-18T23:00:00-0800")
        );
        assert_eq!(
            read(
                r#"<aside><time datetime="2015-01-01">old</time></aside>
                <article><time datetime="2016-10-13T17:00:03Z">today</time></article>"#
            )
            .as_deref(),
            Some("2016-10-13T17:00:03Z")
        );
        assert_eq!(
            read(
                r#"<time datetime="2015-04-16T20:02:01+00:00">x</time>
                <time datetime="2015-04-16T21:00:00+00:00">y</time>"#
            )
            .as_deref(),
            Some("2015-04-16T20:02:01+00:00"),
            "every time on the page gives one date"
        );
        assert_eq!(
            read(
                r#"<ul><li><time datetime="2015-04-16">a</time></li>
                <li><time datetime="2015-03-02">b</time></li></ul>"#
            ),
            None,
            "related stories' times that disagree"
        );
    }

    #[test]
    fn meta_tags_fill_first_match_only() {
        let doc = Document::from(
            r#"<html lang=" de "><head><title> A  title </title>
            <meta name="author" content="https://facebook.example/me">
            <meta name="AUTHOR" content="Jane Roe"><meta name="author" content="Later">
            <meta itemprop="datePublished" content="2017-01-02">
            <meta property="og:locale" content="de_AT">
            <meta http-equiv="Content-Language" content="de-CH">
            <link rel="alternate canonical" href="https://x.example/a"></head></html>"#,
        );
        let meta = PageMeta::read(&doc);
        assert_eq!(meta.title_tag.as_deref(), Some("A title"));
        assert_eq!(meta.author.as_deref(), Some("Jane Roe"));
        assert_eq!(meta.published.as_deref(), Some("2017-01-02"));
        assert_eq!(meta.lang.as_deref(), Some("de"));
        assert_eq!(meta.locale.as_deref(), Some("de-AT"));
        assert_eq!(meta.content_language.as_deref(), Some("de-CH"));
        assert_eq!(meta.canonical.as_deref(), Some("https://x.example/a"));
    }
}
