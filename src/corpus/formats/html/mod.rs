//! HTML pages: main content and metadata via a Readability port.
//!
//! The page is parsed once. Metadata is read from the head first (meta tags,
//! canonical link, JSON-LD), then obvious page furniture is removed and
//! `dom_smoothie`'s Readability picks the main content, which is turned into
//! plain-text paragraphs. Readability's own metadata wins; the page's meta
//! tags and JSON-LD fill whatever it lacks.

#[cfg(test)]
mod bench;
mod body;
mod clean;
mod guard;
mod jsonld;
mod meta;
#[cfg(test)]
mod tests;
mod text;

use std::panic::{self, AssertUnwindSafe};

use dom_query::Document;
use dom_smoothie::{Article, Config, Readability, ReadabilityError};

use super::RawArticle;
use crate::corpus::dates::parse_date;
use jsonld::JsonLd;
use meta::{PageMeta, tidy};

const MIB: usize = 1024 * 1024;

/// Pages larger than this are refused; real article pages are well under 5 MiB.
const MAX_PAGE_BYTES: usize = 16 * MIB;

/// More elements than this are refused; heavy article pages have about 10,000.
const MAX_ELEMENTS: usize = 200_000;

/// Extracts the article from an HTML page. Errors say why nothing could be extracted.
pub fn parse(html: &str) -> Result<RawArticle, String> {
    precheck(html)?;
    // A panic in the third-party extractor must not take the whole run down.
    panic::catch_unwind(AssertUnwindSafe(|| extract(html)))
        .unwrap_or_else(|_| Err("the HTML extractor failed on this page".to_string()))
}

/// Refuses pages that are empty, too large or nested too deeply to process in reasonable time.
fn precheck(html: &str) -> Result<(), String> {
    if html.trim().is_empty() {
        return Err("the page is empty".to_string());
    }
    if html.len() > MAX_PAGE_BYTES {
        return Err(format!(
            "the page is {:.1} MiB, over the {} MiB limit for an article page",
            html.len() as f64 / MIB as f64,
            MAX_PAGE_BYTES / MIB
        ));
    }
    let nesting = guard::nesting_estimate(html);
    if nesting > guard::MAX_NESTING {
        return Err(format!(
            "the page's markup is nested about {nesting} levels deep, over the limit of {}",
            guard::MAX_NESTING
        ));
    }
    Ok(())
}

fn extract(html: &str) -> Result<RawArticle, String> {
    let doc = Document::from(html);
    let page = PageMeta::read(&doc);
    let ld = jsonld::read(&doc);
    clean::strip_page_furniture(&doc);
    let article = readability(doc)?;
    let mut raw = merge(&article, &page, &ld);
    let pieces = text::pieces(&article.content);
    raw.paragraphs = body::select(pieces, raw.title.as_deref(), raw.byline.as_deref())?;
    Ok(raw)
}

/// Runs Readability on the cleaned document, keeping classes so the
/// paragraph walk can still recognise furniture by class.
fn readability(doc: Document) -> Result<Article, String> {
    let config = Config {
        keep_classes: true,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let parsed = Readability::with_document(doc, None, Some(config)).and_then(|mut r| r.parse());
    parsed.map_err(|err| match err {
        ReadabilityError::TooManyElements(found, limit) => {
            format!("the page has {found} elements, over the limit of {limit}")
        }
        ReadabilityError::GrabFailed | ReadabilityError::BadDocumentURL => {
            body::NO_ARTICLE.to_string()
        }
    })
}

/// Combines Readability's metadata with the page's and the JSON-LD's,
/// field by field; the first source that has a value wins.
fn merge(article: &Article, page: &PageMeta, ld: &JsonLd) -> RawArticle {
    // A site name that is a URL ("http://www.tmz.com") names no outlet: the
    // loader then goes by the page's domain.
    let outlet = [&article.site_name, &page.site_name, &ld.publisher]
        .into_iter()
        .find_map(|name| tidy(name.clone()).filter(|n| !meta::is_absolute_url(n)));
    let title = first([
        &Some(article.title.clone()),
        &page.og_title,
        &ld.headline,
        &page.title_tag,
    ])
    .map(|t| meta::strip_site_suffix(&t, outlet.as_deref()));
    let byline = article.byline.clone().filter(|b| !meta::is_absolute_url(b));
    let url = [&page.canonical, &page.og_url, &ld.url, &article.url]
        .into_iter()
        .flatten()
        .map(|u| u.trim())
        .find(|u| meta::is_absolute_url(u))
        .map(str::to_string);
    RawArticle {
        title,
        outlet,
        domain: url.as_deref().and_then(meta::host),
        date: first_date([
            &article.published_time,
            &page.published,
            &ld.published,
            &page.marked_published,
        ]),
        url,
        byline: first([&byline, &page.author, &ld.byline]),
        language: first([
            &article.lang,
            &page.content_language,
            &ld.language,
            &page.locale,
        ]),
        paragraphs: Vec::new(),
    }
}

/// The first candidate that reads as a date, else the first with text in it
/// (so an unreadable date is still reported as such).
fn first_date<const N: usize>(candidates: [&Option<String>; N]) -> Option<String> {
    candidates
        .iter()
        .find_map(|c| tidy((*c).clone()).filter(|d| parse_date(d).is_some()))
        .or_else(|| first(candidates))
}

/// The first candidate with text in it, whitespace collapsed.
fn first<const N: usize>(candidates: [&Option<String>; N]) -> Option<String> {
    candidates.into_iter().find_map(|c| tidy(c.clone()))
}
