//! Identities that survive re-analysis: [`ArticleKey`] and [`StoryKey`].
//!
//! Ids shown to people (`000_c64a…`, `s1`) depend on file names, load order
//! and output order. Keys depend only on what an article *is*: its canonical
//! URL when it has one, else its normalized body text. The same article
//! loaded from another folder, another format or in another order gets the
//! same key, so review notes and scripts can hold on to it.
//!
//! Keys are the 64-bit XXH3 hash (a fixed, published algorithm: stable across
//! platforms and versions) written as 16 lowercase hex digits.
//!
//! ```
//! use storydiff::corpus::{ArticleKey, key::canonical_url};
//! assert_eq!(
//!     canonical_url("HTTP://www.Example.org/news/a/?utm_source=x&id=3#top").as_deref(),
//!     Some("example.org/news/a?id=3")
//! );
//! let a = ArticleKey::from_url("https://example.org/news/a").unwrap();
//! let b = ArticleKey::from_url("http://www.example.org/news/a/").unwrap();
//! assert_eq!(a, b);
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

use super::model::Article;

/// The stable identity of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ArticleKey(u64);

/// The stable identity of a story: derived from its members' keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct StoryKey(u64);

/// Query parameters that only track how a reader arrived, never which page.
const TRACKING_PARAMETERS: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "ref", "cmpid", "igshid",
];

/// The form of a URL that is the same for every way of writing the same
/// page: no scheme, lowercase host without `www.`, no fragment, no tracking
/// parameters (`utm_*` and the like), no trailing slash. `None` when `url`
/// is not an http(s) URL with a host.
pub fn canonical_url(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.starts_with(scheme).then(|| &url[scheme.len()..]))?;
    let rest = rest.split('#').next().unwrap_or_default();
    let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = address.split_once('/').unwrap_or((address, ""));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let host = host
        .strip_suffix(":443")
        .or(host.strip_suffix(":80"))
        .unwrap_or(host);
    if host.is_empty() {
        return None;
    }
    let path = path.trim_end_matches('/');
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let name = p.split('=').next().unwrap_or_default().to_ascii_lowercase();
            !name.starts_with("utm_") && !TRACKING_PARAMETERS.contains(&name.as_str())
        })
        .collect();
    let mut out = String::from(host);
    if !path.is_empty() {
        out.push('/');
        out.push_str(path);
    }
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    Some(out)
}

impl ArticleKey {
    /// The key of a canonical URL, when `url` is an http(s) URL.
    pub fn from_url(url: &str) -> Option<Self> {
        canonical_url(url).map(|c| ArticleKey(xxh3_64(format!("url\0{c}").as_bytes())))
    }

    /// The key of a body: its sentences' matching forms (NFC, quotes and
    /// dashes folded, lowercase), joined by single spaces.
    pub fn from_body(article: &Article) -> Self {
        let mut body = String::from("body\0");
        for (k, sentence) in article.sentences().enumerate() {
            if k > 0 {
                body.push(' ');
            }
            body.push_str(&sentence.matching);
        }
        ArticleKey(xxh3_64(body.as_bytes()))
    }

    /// The key of an article: its canonical URL's when it has one, else its body's.
    pub fn of(article: &Article) -> Self {
        article
            .url
            .as_deref()
            .and_then(Self::from_url)
            .unwrap_or_else(|| Self::from_body(article))
    }
}

impl StoryKey {
    /// The key of a story with these members, in any order.
    pub fn of(members: impl IntoIterator<Item = ArticleKey>) -> Self {
        let mut keys: Vec<ArticleKey> = members.into_iter().collect();
        keys.sort_unstable();
        keys.dedup();
        let mut bytes = b"story\0".to_vec();
        for key in keys {
            bytes.extend_from_slice(&key.0.to_le_bytes());
        }
        StoryKey(xxh3_64(&bytes))
    }
}

/// Why a string is not a key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a storydiff key (16 hex digits): {0:?}")]
pub struct KeyError(String);

fn parse_hex(text: &str) -> Result<u64, KeyError> {
    if text.len() != 16 {
        return Err(KeyError(text.chars().take(40).collect()));
    }
    u64::from_str_radix(text, 16).map_err(|_| KeyError(text.chars().take(40).collect()))
}

macro_rules! hex_key {
    ($name:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:016x}", self.0)
            }
        }

        impl From<$name> for String {
            fn from(key: $name) -> String {
                key.to_string()
            }
        }

        impl TryFrom<String> for $name {
            type Error = KeyError;
            fn try_from(text: String) -> Result<Self, KeyError> {
                text.parse()
            }
        }

        impl std::str::FromStr for $name {
            type Err = KeyError;
            fn from_str(text: &str) -> Result<Self, KeyError> {
                parse_hex(text).map($name)
            }
        }
    };
}

hex_key!(ArticleKey);
hex_key!(StoryKey);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_demo;

    #[test]
    fn urls_that_name_one_page_share_a_canonical_form() {
        let same = [
            "https://www.sputniknews.com/middleeast/201710231058476749/",
            "http://sputniknews.com/middleeast/201710231058476749?utm_campaign=x#comments",
            "HTTPS://SputnikNews.com:443/middleeast/201710231058476749",
        ];
        let forms: Vec<_> = same.iter().map(|u| canonical_url(u)).collect();
        assert!(forms.iter().all(|f| f == &forms[0]), "{forms:?}");
        assert_ne!(
            canonical_url("https://example.org/a?id=1"),
            canonical_url("https://example.org/a?id=2")
        );
        assert_eq!(canonical_url("javascript:alert(1)"), None);
        assert_eq!(canonical_url("https:///nohost"), None);
    }

    #[test]
    fn body_keys_ignore_ids_paths_and_quote_style_but_not_words() {
        let demo = load_demo();
        let a = &demo.articles[0];
        let mut moved = a.clone();
        moved.id = "elsewhere".into();
        moved.path = "other/folder/file.json".into();
        assert_eq!(ArticleKey::of(a), ArticleKey::of(&moved));
        let mut edited = a.clone();
        edited.paragraphs[1].sentences[0] = crate::corpus::Sentence::new("Something else.");
        assert_ne!(ArticleKey::of(a), ArticleKey::of(&edited));
        let keys: std::collections::HashSet<_> = demo.articles.iter().map(ArticleKey::of).collect();
        assert_eq!(keys.len(), demo.articles.len());
    }

    #[test]
    fn a_url_decides_the_key_over_the_body() {
        let demo = load_demo();
        let mut a = demo.articles[0].clone();
        a.url = Some("https://example.org/x".into());
        let mut b = demo.articles[1].clone();
        b.url = Some("http://www.example.org/x/".into());
        assert_eq!(ArticleKey::of(&a), ArticleKey::of(&b));
    }

    #[test]
    fn keys_print_and_parse_as_sixteen_hex_digits() {
        let key = ArticleKey::of(&load_demo().articles[0]);
        let text = key.to_string();
        assert_eq!(text.len(), 16);
        assert_eq!(text.parse::<ArticleKey>(), Ok(key));
        assert_eq!(serde_json::to_string(&key).unwrap(), format!("\"{text}\""));
        assert!("xyz".parse::<ArticleKey>().is_err());
    }

    #[test]
    fn story_keys_do_not_depend_on_member_order() {
        let demo = load_demo();
        let keys: Vec<ArticleKey> = demo.articles.iter().map(ArticleKey::of).collect();
        let forward = StoryKey::of(keys.clone());
        let backward = StoryKey::of(keys.iter().rev().copied());
        assert_eq!(forward, backward);
        assert_ne!(forward, StoryKey::of(keys[..2].iter().copied()));
    }
}
