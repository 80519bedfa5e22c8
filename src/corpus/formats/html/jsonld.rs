//! Article metadata from JSON-LD (`<script type="application/ld+json">`).
//!
//! Handles a single object, a top-level array and `@graph`, `@type` as a
//! string or an array, and `{"@id": …}` references to other graph nodes
//! (publishers and authors are often given that way). Blocks that are not
//! valid JSON are skipped.

use dom_query::Document;
use serde_json::Value;

use super::meta::tidy;

/// Schema.org types whose node describes the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
];

/// What the first article node in the page's JSON-LD says.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct JsonLd {
    /// `headline`, else `name`.
    pub headline: Option<String>,
    /// `datePublished`, unparsed.
    pub published: Option<String>,
    /// Author names joined with ", ".
    pub byline: Option<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `url`, else `mainEntityOfPage` (a string, or its `@id`/`url`).
    pub url: Option<String>,
    /// `inLanguage`.
    pub language: Option<String>,
}

/// Reads the first article node from the page's JSON-LD blocks.
pub(super) fn read(doc: &Document) -> JsonLd {
    for script in doc.select("script[type]").nodes() {
        let kind = script.attr_or("type", "").trim().to_ascii_lowercase();
        if kind != "application/ld+json" {
            continue;
        }
        let text = script.text();
        let Ok(value) = serde_json::from_str::<Value>(unwrap_markup(&text)) else {
            continue;
        };
        let nodes = flatten(&value);
        if let Some(article) = nodes.iter().find(|n| is_article(n)) {
            return describe(article, &nodes);
        }
    }
    JsonLd::default()
}

/// Strips an HTML comment or CDATA wrapper some sites put around the JSON.
fn unwrap_markup(text: &str) -> &str {
    let mut s = text.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        s = s.strip_prefix(open).unwrap_or(s).trim();
        s = s.strip_suffix(close).unwrap_or(s).trim();
    }
    s
}

/// The candidate nodes of a block: the value itself, array items and `@graph` items.
fn flatten(value: &Value) -> Vec<&Value> {
    let tops: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut nodes = Vec::new();
    for top in tops {
        nodes.push(top);
        if let Some(Value::Array(graph)) = top.get("@graph") {
            nodes.extend(graph.iter());
        }
    }
    nodes
}

/// Whether a node's `@type` (string or array, maybe `schema:`-prefixed) is an article type.
fn is_article(node: &Value) -> bool {
    let is_type = |t: &Value| {
        t.as_str().is_some_and(|t| {
            let t = t.rsplit(['/', ':']).next().unwrap_or(t);
            ARTICLE_TYPES.contains(&t)
        })
    };
    match node.get("@type") {
        Some(Value::Array(types)) => types.iter().any(is_type),
        Some(t) => is_type(t),
        None => false,
    }
}

/// Builds the metadata from an article node; `pool` resolves `@id` references.
fn describe(article: &Value, pool: &[&Value]) -> JsonLd {
    let field = |key: &str| tidy(article.get(key).and_then(Value::as_str).map(str::to_string));
    JsonLd {
        headline: field("headline").or_else(|| field("name")),
        published: field("datePublished"),
        byline: authors(article.get("author"), pool),
        publisher: article
            .get("publisher")
            .and_then(|p| name_of(p, pool).into_iter().next()),
        url: field("url").or_else(|| page_url(article.get("mainEntityOfPage"))),
        language: field("inLanguage"),
    }
}

/// Author names from a string, a person/organisation node or an array of them.
fn authors(value: Option<&Value>, pool: &[&Value]) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for name in value.map(|v| name_of(v, pool)).unwrap_or_default() {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// The names in a string, an object with `name` (following an `@id`
/// reference into `pool`), or an array of those.
fn name_of(value: &Value, pool: &[&Value]) -> Vec<String> {
    match value {
        Value::String(s) => tidy(Some(s.clone())).into_iter().collect(),
        Value::Array(items) => items
            .iter()
            .filter(|item| !item.is_array())
            .flat_map(|item| name_of(item, pool))
            .collect(),
        Value::Object(_) => {
            let node = resolve(value, pool);
            let name = node.get("name").and_then(Value::as_str);
            tidy(name.map(str::to_string)).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// The node a `{"@id": …}` reference points to, or the value itself.
fn resolve<'a>(value: &'a Value, pool: &[&'a Value]) -> &'a Value {
    if value.get("name").is_some() {
        return value;
    }
    let Some(id) = value.get("@id").and_then(Value::as_str) else {
        return value;
    };
    pool.iter()
        .find(|n| n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some())
        .copied()
        .unwrap_or(value)
}

/// `mainEntityOfPage` as a URL: a string, or an object's `@id` or `url`.
fn page_url(value: Option<&Value>) -> Option<String> {
    let value = value?;
    let url = match value {
        Value::String(s) => Some(s.as_str()),
        Value::Object(_) => ["@id", "url"]
            .iter()
            .find_map(|k| value.get(*k).and_then(Value::as_str)),
        _ => None,
    };
    tidy(url.map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(json: &str) -> JsonLd {
        let html = format!("<script type=' Application/LD+JSON '>{json}</script>");
        read(&Document::from(html))
    }

    #[test]
    fn plain_object_with_string_author_and_publisher() {
        let ld = from(
            r#"{"@context":"http://schema.org","@type":"schema:BlogPosting","name":"N",
            "author":"Jane Roe","publisher":{"name":" The  Post "},"url":"https://p.example/1",
            "datePublished":"2017-05-01"}"#,
        );
        assert_eq!(ld.headline.as_deref(), Some("N"));
        assert_eq!(ld.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(ld.publisher.as_deref(), Some("The Post"));
        assert_eq!(ld.url.as_deref(), Some("https://p.example/1"));
        assert_eq!(ld.published.as_deref(), Some("2017-05-01"));
    }

    #[test]
    fn top_level_array_skips_non_articles_and_dedupes_authors() {
        let ld = from(
            r#"[{"@type":"Organization","name":"Org"},
               {"@type":"Article","headline":"H","author":[{"name":"A"},{"name":"A"},"B",[1]],
                "mainEntityOfPage":{"@type":"WebPage","url":"https://q.example/2"}}]"#,
        );
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.byline.as_deref(), Some("A, B"));
        assert_eq!(ld.url.as_deref(), Some("https://q.example/2"));
        assert_eq!(ld.publisher, None);
    }

    #[test]
    fn invalid_or_foreign_blocks_give_nothing() {
        for json in [
            "{not json",
            r#"{"@type":"WebPage","name":"x"}"#,
            "[]",
            "null",
            "",
        ] {
            assert_eq!(from(json), JsonLd::default(), "{json}");
        }
    }

    #[test]
    fn cdata_wrapper_is_removed() {
        let ld = from(
            r#"//<![CDATA[
            {"@type":"NewsArticle","headline":"Wrapped"}
            //]]>"#,
        );
        assert_eq!(ld.headline.as_deref(), Some("Wrapped"));
    }
}
