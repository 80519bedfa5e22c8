//! news-please and trafilatura JSON, as single objects, arrays or JSON Lines.
//!
//! Both tools describe an article with a flat object; the two vocabularies are
//! read side by side and unknown fields are ignored.

use serde_json::{Map, Value};

use super::{Entry, RawArticle, paragraphs_from_lines};

/// Body fields, in order of preference (news-please, then trafilatura, then generic).
const TEXT_FIELDS: [&str; 6] = ["maintext", "text", "raw_text", "body", "content", "article"];

/// Reads a `.json` document: one article object, or an array of them.
pub fn parse_document(text: &str) -> Result<Vec<Entry>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| describe_json_error(&e))?;
    match value {
        Value::Array(items) => {
            if items.is_empty() {
                return Err("empty JSON array: no articles".to_string());
            }
            Ok(items
                .iter()
                .enumerate()
                .map(|(i, item)| Entry {
                    position: Some(i + 1),
                    article: article_from_value(item),
                })
                .collect())
        }
        other => article_from_value(&other).map(|article| {
            vec![Entry {
                position: None,
                article: Ok(article),
            }]
        }),
    }
}

/// Reads JSON Lines: each non-blank line is one article object. Bad lines are
/// entries with errors, so the good lines still load.
pub fn parse_lines(text: &str) -> Vec<Entry> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Entry {
            position: Some(i + 1),
            article: serde_json::from_str::<Value>(line)
                .map_err(|e| describe_line_error(&e))
                .and_then(|v| article_from_value(&v)),
        })
        .collect()
}

/// One-line description of a JSON syntax error, with line and column.
fn describe_json_error(err: &serde_json::Error) -> String {
    format!(
        "malformed JSON at line {}, column {}: {}",
        err.line(),
        err.column(),
        json_reason(err)
    )
}

/// serde_json's message without the " at line L column C" it appends
/// (the location is restated in front).
fn json_reason(err: &serde_json::Error) -> String {
    let what = err.to_string();
    what.split(" at line ").next().unwrap_or(&what).to_string()
}

/// One-line description of a JSON syntax error within a single JSONL line
/// (the line number is already in the reported path).
fn describe_line_error(err: &serde_json::Error) -> String {
    format!(
        "malformed JSON at column {}: {}",
        err.column(),
        json_reason(err)
    )
}

/// Reads one article object in news-please or trafilatura vocabulary.
pub fn article_from_value(value: &Value) -> Result<RawArticle, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "expected an article object, found {}",
            kind_of(value)
        ));
    };
    let body = TEXT_FIELDS
        .iter()
        .find_map(|field| string_field(map, field))
        .ok_or_else(|| {
            "no article text (expected a non-empty \"maintext\", \"text\" or \"raw_text\" field)"
                .to_string()
        })?;
    let mut article = metadata_from_map(map);
    article.paragraphs = paragraphs_from_lines(&body);
    Ok(article)
}

/// Reads the metadata fields of either vocabulary (also used for front matter).
pub fn metadata_from_map(map: &Map<String, Value>) -> RawArticle {
    let first = |fields: &[&str]| fields.iter().find_map(|f| string_field(map, f));
    RawArticle {
        title: first(&["title", "headline"]),
        outlet: first(&["outlet", "sitename", "site_name", "publisher", "source"]),
        domain: first(&["source_domain", "hostname", "domain"]),
        date: first(&["date_publish", "date", "published", "date_published"]),
        url: first(&["url", "canonical_url", "source_url"]),
        byline: first(&["byline"])
            .or_else(|| people_field(map, "authors"))
            .or_else(|| people_field(map, "author")),
        language: first(&["language", "lang"]),
        paragraphs: Vec::new(),
    }
}

/// A non-empty string field (numbers and dates written as TOML values count too).
fn string_field(map: &Map<String, Value>, field: &str) -> Option<String> {
    let text = match map.get(field)? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// Author names from a string or a list of strings (or `{name}` objects).
fn people_field(map: &Map<String, Value>, field: &str) -> Option<String> {
    let names: Vec<String> = match map.get(field)? {
        Value::String(s) => vec![s.trim().to_string()],
        Value::Array(items) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(s) => Some(s.trim().to_string()),
                Value::Object(o) => string_field(o, "name"),
                _ => None,
            })
            .collect(),
        Value::Object(o) => string_field(o, "name").into_iter().collect(),
        _ => return None,
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(entries: Vec<Entry>) -> RawArticle {
        assert_eq!(entries.len(), 1);
        entries.into_iter().next().unwrap().article.unwrap()
    }

    #[test]
    fn reads_news_please_objects() {
        let a = only(
            parse_document(
                r#"{"title":"T","maintext":"First para.\nSecond para.","source_domain":"tass.com",
                "date_publish":"2017-10-23 10:00:00","url":"https://tass.com/x","authors":["A B","C D"],
                "language":"en","image_url":null}"#,
            )
            .unwrap(),
        );
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.paragraphs, ["First para.", "Second para."]);
        assert_eq!(a.domain.as_deref(), Some("tass.com"));
        assert_eq!(a.date.as_deref(), Some("2017-10-23 10:00:00"));
        assert_eq!(a.byline.as_deref(), Some("A B, C D"));
        assert_eq!(a.language.as_deref(), Some("en"));
    }

    #[test]
    fn reads_trafilatura_objects() {
        let a = only(
            parse_document(
                r#"{"title":"T","raw_text":"Body text.","sitename":"Sputnik","hostname":"sputniknews.com",
                "date":"2017-10-23","author":"Jane Doe"}"#,
            )
            .unwrap(),
        );
        assert_eq!(a.outlet.as_deref(), Some("Sputnik"));
        assert_eq!(a.domain.as_deref(), Some("sputniknews.com"));
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn news_please_null_maintext_falls_back_to_text() {
        let a = only(parse_document(r#"{"maintext":null,"text":"Body."}"#).unwrap());
        assert_eq!(a.paragraphs, ["Body."]);
    }

    #[test]
    fn arrays_give_one_entry_per_element_with_positions() {
        let entries =
            parse_document(r#"[{"text":"A."},{"title":"no text"},{"text":"C."}]"#).unwrap();
        let positions: Vec<_> = entries.iter().map(|e| e.position).collect();
        assert_eq!(positions, [Some(1), Some(2), Some(3)]);
        assert!(
            entries[1]
                .article
                .as_ref()
                .unwrap_err()
                .contains("no article text")
        );
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = parse_document("{\n  \"text\": \"a\",\n  oops\n}").unwrap_err();
        assert!(
            err.starts_with("malformed JSON at line 3, column 3"),
            "{err}"
        );
    }

    #[test]
    fn json_lines_keep_good_lines_and_report_bad_ones_by_line() {
        let entries = parse_lines("{\"text\":\"A.\"}\n\n{bad\n{\"text\":\"D.\"}\n");
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[1].position, Some(3));
        let err = entries[1].article.as_ref().unwrap_err();
        assert!(err.starts_with("malformed JSON at column 2"), "{err}");
        assert_eq!(entries[2].position, Some(4));
        assert!(entries[2].article.is_ok());
    }

    #[test]
    fn non_object_is_refused_with_its_kind() {
        let err = parse_document("42").unwrap_err();
        assert_eq!(err, "expected an article object, found a number");
    }
}
