//! Outlet names: from a site's domain, or inferred from an article's text.
//!
//! The domain table and the list of wire services live in
//! `assets/outlets.toml`, embedded at build time and parsed once.
//! Inference from text is conservative: it reads only wire datelines
//! ("MOSCOW (Sputnik) —"), an opening "date – Outlet –" header and explicit
//! trailers ("Published in sputniknews.com"), never a name in running prose,
//! because a wrong outlet is worse than none.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::dates::{header_segments, parse_date, strip_prefix_ci};

mod names;
#[cfg(test)]
pub(crate) mod tests;

pub use names::{NamedSource, outlet_names, source_named};

/// How many opening paragraphs may hold a wire dateline (a headline,
/// standfirst and photo caption may come before it).
const DATELINE_PARAGRAPHS: usize = 5;
/// How many opening paragraphs may hold a "date – Outlet –" header.
const HEADER_PARAGRAPHS: usize = 3;
/// How many closing paragraphs may hold a trailer.
const TRAILER_PARAGRAPHS: usize = 3;
/// Longest place-and-date text before a dateline's "(Wire)", in characters.
const MAX_DATELINE_PREFIX: usize = 60;
/// Most words in that text ("WEST PALM BEACH, Fla., Oct. 23").
const MAX_DATELINE_WORDS: usize = 8;
/// Host prefixes that name no separate site.
const HOST_PREFIXES: [&str; 3] = ["www.", "m.", "amp."];
/// Dashes that end a dateline (a double hyphen starts with one of them).
const DASHES: [char; 4] = ['-', '\u{2013}', '\u{2014}', '\u{2015}'];
/// Optional subjects of "This article originally appeared on …"-style
/// trailers; the verb and preposition are required, the rest optional.
const TRAILER_SUBJECTS: [&str; 4] = [
    "this article ",
    "this story ",
    "this piece ",
    "this report ",
];
/// Optional words between the subject and the verb.
const TRAILER_ADVERBS: [&str; 3] = ["was ", "originally ", "first "];
/// The required verb of a publication trailer.
const TRAILER_VERBS: [&str; 2] = ["published ", "appeared "];
/// The required word before the outlet's name or domain.
const TRAILER_PREPOSITIONS: [&str; 4] = ["in ", "on ", "at ", "by "];

/// The parsed `assets/outlets.toml`.
#[derive(Debug, Deserialize)]
struct Table {
    /// Registered domain (lowercase) → display name.
    domains: HashMap<String, String>,
    /// Wire services recognised in datelines.
    #[serde(default)]
    wires: Vec<Wire>,
    /// Other names of outlets met in prose → display name.
    #[serde(default)]
    aliases: HashMap<String, String>,
}

/// A wire service and the spellings of it seen in datelines.
#[derive(Debug, Deserialize)]
struct Wire {
    name: String,
    tokens: Vec<String>,
}

/// The embedded table, parsed on first use.
static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table: Table = toml::from_str(include_str!("../../assets/outlets.toml"))
        .expect("assets/outlets.toml is valid (checked by the tests)");
    table.domains = table
        .domains
        .into_iter()
        .map(|(domain, name)| (domain.to_lowercase(), name))
        .collect();
    table
});

/// The host of a URL or bare domain: lowercased, without `www.`, `m.` or
/// `amp.`, port, path, query or userinfo. `None` when there is no plausible
/// host name (no dot, spaces, a numeric or one-letter top-level label).
///
/// ```
/// use storydiff::corpus::outlets::domain_of;
/// assert_eq!(domain_of("https://www.NYTimes.com:443/2017/x.html").as_deref(), Some("nytimes.com"));
/// assert_eq!(domain_of("en.sputniknews.com/world/").as_deref(), Some("en.sputniknews.com"));
/// assert_eq!(domain_of("not a domain"), None);
/// ```
pub fn domain_of(url_or_domain: &str) -> Option<String> {
    let rest = strip_scheme(url_or_domain.trim());
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit('@').next()?;
    let host = host_port.split(':').next()?;
    let host = host.trim_end_matches('.').to_lowercase();
    let host = strip_host_prefixes(&host);
    is_host_name(host).then(|| host.to_string())
}

/// The outlet's display name for a URL or domain, matching a subdomain to its
/// registered parent (`edition.cnn.com` → CNN). An unknown domain gives the
/// bare domain itself (`breakingnews.sy`); no domain at all gives `None`.
///
/// ```
/// use storydiff::corpus::outlets::outlet_for_domain;
/// assert_eq!(outlet_for_domain("https://en.sputniknews.com/world/").as_deref(), Some("Sputnik"));
/// assert_eq!(outlet_for_domain("Breakingnews.sy").as_deref(), Some("breakingnews.sy"));
/// ```
pub fn outlet_for_domain(url_or_domain: &str) -> Option<String> {
    let domain = domain_of(url_or_domain)?;
    Some(known_outlet(&domain).map_or(domain.clone(), str::to_string))
}

/// Infers the outlet from an article's paragraphs, or `None`.
///
/// In order of strength: a wire dateline at the start of one of the first
/// paragraphs (`MOSCOW (Sputnik) —`, `LONDON, Oct 23 (Reuters) -`,
/// `MOSCOW, October 23. /TASS/.`), naming a service from the wire list; an
/// opening header `November 16th, 2017 – Fort Russ News –` naming a known
/// outlet; then a trailer in the last paragraphs (`Published in
/// sputniknews.com`, `Source: Reuters`, `This article originally appeared on
/// …`, or a known outlet's bare domain on its own line).
pub fn outlet_from_text(paragraphs: &[String]) -> Option<String> {
    let dateline = || {
        paragraphs
            .iter()
            .take(DATELINE_PARAGRAPHS)
            .find_map(|p| wire_in_dateline(p))
    };
    let header = || {
        paragraphs
            .iter()
            .take(HEADER_PARAGRAPHS)
            .find_map(|p| outlet_in_header(p))
    };
    let trailer = || {
        paragraphs
            .iter()
            .rev()
            .take(TRAILER_PARAGRAPHS)
            .find_map(|p| outlet_in_trailer(p))
    };
    dateline()
        .or_else(header)
        .map(str::to_string)
        .or_else(trailer)
}

/// The display name registered for `domain` or its nearest parent domain.
fn known_outlet(domain: &str) -> Option<&'static str> {
    let mut candidate = domain;
    loop {
        if let Some(name) = TABLE.domains.get(candidate) {
            return Some(name);
        }
        let (_, parent) = candidate.split_once('.')?;
        if !parent.contains('.') {
            return None;
        }
        candidate = parent;
    }
}

/// The display name of a known outlet or wire spelled exactly `name`
/// (ignoring case and a leading "The").
fn known_name(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let bare = |n: &str| strip_prefix_ci(n, "the ").unwrap_or(n).to_string();
    let wanted = bare(name);
    let same = |candidate: &str| bare(candidate).eq_ignore_ascii_case(&wanted);
    if wanted.is_empty() {
        return None;
    }
    TABLE
        .domains
        .values()
        .find(|n| same(n))
        .map(String::as_str)
        .or_else(|| wire_named(name))
}

/// The wire service whose name or dateline token is `token`.
fn wire_named(token: &str) -> Option<&'static str> {
    let token = token.trim();
    TABLE
        .wires
        .iter()
        .find(|w| {
            w.name.eq_ignore_ascii_case(token)
                || w.tokens.iter().any(|t| t.eq_ignore_ascii_case(token))
        })
        .map(|w| w.name.as_str())
}

/// The wire named in a dateline opening the paragraph:
/// `PLACE[, DATE] (Wire) —` or `PLACE, DATE. /Wire/.`.
pub fn wire_in_dateline(paragraph: &str) -> Option<&'static str> {
    let p = paragraph.trim_start();
    let open = p.find(['(', '/'])?;
    let (prefix, rest) = p.split_at(open);
    if !is_dateline_prefix(prefix) {
        return None;
    }
    let close = if rest.starts_with('(') { ')' } else { '/' };
    let (token, after) = rest[1..].split_once(close)?;
    let after = after.trim_start();
    let ends_well =
        after.starts_with(DASHES) || (close == '/' && (after.is_empty() || after.starts_with('.')));
    if ends_well { wire_named(token) } else { None }
}

/// Whether text before "(Wire)" looks like a place and date: short,
/// capitalised words, no sentence punctuation. Empty counts ("(Reuters) -").
fn is_dateline_prefix(prefix: &str) -> bool {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let allowed = |c: char| c.is_alphanumeric() || " ,.'\u{2019}-".contains(c);
    prefix.chars().count() <= MAX_DATELINE_PREFIX
        && words.len() <= MAX_DATELINE_WORDS
        && words.iter().all(capitalised)
        && prefix.chars().all(allowed)
}

/// A known outlet named right after an opening date: `November 16th, 2017 –
/// Fort Russ News –`.
fn outlet_in_header(paragraph: &str) -> Option<&'static str> {
    let mut segments = header_segments(paragraph);
    parse_date(segments.next()?)?;
    known_name(segments.next()?)
}

/// The outlet named by a trailer paragraph, if it is one.
fn outlet_in_trailer(paragraph: &str) -> Option<String> {
    let p = paragraph.trim().trim_matches(['(', ')', '[', ']']).trim();
    if let Some(rest) = strip_prefix_ci(p, "source:") {
        let target = trailer_target(rest);
        let by_domain = || domain_of(target).and_then(|d| known_outlet(&d));
        return known_name(target).or_else(by_domain).map(str::to_string);
    }
    if let Some(rest) = strip_publication_phrase(p) {
        let target = trailer_target(rest);
        let single_token = !target.contains(char::is_whitespace);
        let by_domain = || single_token.then(|| outlet_for_domain(target)).flatten();
        return known_name(target).map(str::to_string).or_else(by_domain);
    }
    let bare_host = strip_scheme(p).trim_end_matches('/');
    if bare_host.contains(['/', '?', '#']) || bare_host.contains(char::is_whitespace) {
        return None;
    }
    known_outlet(&domain_of(bare_host)?).map(str::to_string)
}

/// What follows "Published in" and the like, if `p` opens with such a phrase.
fn strip_publication_phrase(p: &str) -> Option<&str> {
    let mut rest = p;
    for group in [&TRAILER_SUBJECTS[..], &TRAILER_ADVERBS[..]] {
        for word in group {
            rest = strip_prefix_ci(rest, word).unwrap_or(rest);
        }
    }
    let rest = TRAILER_VERBS
        .iter()
        .find_map(|v| strip_prefix_ci(rest, v))?;
    TRAILER_PREPOSITIONS
        .iter()
        .find_map(|prep| strip_prefix_ci(rest, prep))
}

/// The name or domain in a trailer: up to the first clause break, without a
/// final period.
fn trailer_target(rest: &str) -> &str {
    let end = [",", ";", ". "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    rest[..end].trim().trim_end_matches('.').trim()
}

/// `rest` without a leading `scheme://` or `//`.
fn strip_scheme(s: &str) -> &str {
    if let Some((scheme, rest)) = s.split_once("://") {
        let is_scheme = !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if is_scheme {
            return rest;
        }
    }
    s.strip_prefix("//").unwrap_or(s)
}

/// `host` without leading `www.`, `m.` and `amp.` labels (keeping at least
/// one dot).
fn strip_host_prefixes(mut host: &str) -> &str {
    while let Some(rest) = HOST_PREFIXES
        .iter()
        .find_map(|p| host.strip_prefix(p))
        .filter(|rest| rest.contains('.'))
    {
        host = rest;
    }
    host
}

/// Whether `host` is a dotted host name with an alphabetic top-level label.
fn is_host_name(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld = labels.last().copied().unwrap_or_default();
    let tld_ok = tld.starts_with("xn--")
        || (tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}
