//! Markdown with YAML (`---`) or TOML (`+++`) front matter.
//!
//! The body is reduced to plain paragraphs: one per paragraph, heading, list
//! item or quoted paragraph; links keep their text, images and raw HTML go.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_json::{Map, Value};

use super::{RawArticle, json::metadata_from_map};

/// Reads a Markdown article. Front matter that does not parse is an error.
pub fn parse(text: &str) -> Result<RawArticle, String> {
    let (front, body) = split_front_matter(text);
    let mut article = match front {
        Some(front) => metadata_from_map(&front?),
        None => RawArticle::default(),
    };
    let (heading, paragraphs) = body_paragraphs(body);
    if article.title.is_none() {
        article.title = heading;
    }
    article.paragraphs = paragraphs;
    Ok(article)
}

/// Separates front matter from the body; the front matter is parsed to a map.
/// Front matter fields, or why they could not be read.
type FrontMatter = Result<Map<String, Value>, String>;

fn split_front_matter(text: &str) -> (Option<FrontMatter>, &str) {
    let text = text.trim_start_matches('\u{feff}');
    for (fence, parse) in [("---", parse_yaml as FrontParser), ("+++", parse_toml)] {
        let Some(rest) = text.strip_prefix(fence) else {
            continue;
        };
        let Some(rest) = rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            let trimmed = line.trim_end();
            if trimmed == fence || (fence == "---" && trimmed == "...") {
                let body = &rest[offset + line.len()..];
                return (Some(parse(&rest[..offset])), body);
            }
            offset += line.len();
        }
        return (
            Some(Err(format!(
                "front matter opened with {fence} is never closed"
            ))),
            "",
        );
    }
    (None, text)
}

type FrontParser = fn(&str) -> FrontMatter;

fn parse_yaml(text: &str) -> FrontMatter {
    let value: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(text).map_err(|e| format!("invalid YAML front matter: {e}"))?;
    to_map(serde_json::to_value(value).map_err(|e| e.to_string())?)
}

fn parse_toml(text: &str) -> FrontMatter {
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        format!(
            "invalid TOML front matter: {}",
            e.message().lines().next().unwrap_or("")
        )
    })?;
    to_map(toml_to_json(toml::Value::Table(table)))
}

/// Converts TOML to JSON values, writing TOML dates as their text.
fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

fn to_map(value: Value) -> FrontMatter {
    match value {
        Value::Object(map) => Ok(map),
        Value::Null => Ok(Map::new()),
        _ => Err("front matter is not a table of fields".to_string()),
    }
}

/// Plain-text blocks of the body, and the first level-1 heading if it opens the body.
fn body_paragraphs(body: &str) -> (Option<String>, Vec<String>) {
    let mut blocks: Vec<(bool, String)> = Vec::new();
    let mut current = String::new();
    let mut in_h1 = false;
    let mut image_depth = 0usize;
    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut blocks, &mut current, false);
                in_h1 = level == pulldown_cmark::HeadingLevel::H1;
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::End(TagEnd::Heading(_)) => {
                flush(&mut blocks, &mut current, in_h1);
                in_h1 = false;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => {
                flush(&mut blocks, &mut current, false);
            }
            Event::Text(t) | Event::Code(t) if image_depth == 0 => current.push_str(&t),
            Event::SoftBreak => current.push(' '),
            Event::HardBreak => flush(&mut blocks, &mut current, false),
            _ => {}
        }
    }
    flush(&mut blocks, &mut current, false);
    let heading = match blocks.first() {
        Some((true, text)) => Some(text.clone()),
        _ => None,
    };
    let skip = usize::from(heading.is_some());
    let paragraphs = blocks.into_iter().skip(skip).map(|(_, t)| t).collect();
    (heading, paragraphs)
}

fn flush(blocks: &mut Vec<(bool, String)>, current: &mut String, is_h1: bool) {
    for line in current.lines() {
        let text = crate::corpus::normalize::collapse_whitespace(line);
        if !text.is_empty() {
            blocks.push((is_h1, text));
        }
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_gives_metadata() {
        let a = parse(
            "---\ntitle: \"Lavrov: questions\"\noutlet: Sputnik\ndate: 2017-10-23\nauthor: [A, B]\nurl: https://sputniknews.com/a\n---\n\nFirst *para*.\n\nSecond [link](http://x).\n",
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Lavrov: questions"));
        assert_eq!(a.outlet.as_deref(), Some("Sputnik"));
        assert_eq!(a.date.as_deref(), Some("2017-10-23"));
        assert_eq!(a.byline.as_deref(), Some("A, B"));
        assert_eq!(a.paragraphs, ["First para.", "Second link."]);
    }

    #[test]
    fn toml_front_matter_gives_metadata() {
        let a = parse("+++\ntitle = \"T\"\ndate = 2017-10-23\n+++\nBody.\n").unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.date.as_deref(), Some("2017-10-23"));
        assert_eq!(a.paragraphs, ["Body."]);
    }

    #[test]
    fn leading_h1_is_the_title_when_front_matter_has_none() {
        let a = parse("# Headline\n\n- item one\n- item two\n\n> quoted para\n\n![img](x.png)\n")
            .unwrap();
        assert_eq!(a.title.as_deref(), Some("Headline"));
        assert_eq!(a.paragraphs, ["item one", "item two", "quoted para"]);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = parse("---\ntitle: x\nbody\n").unwrap_err();
        assert!(err.contains("never closed"), "{err}");
    }

    #[test]
    fn bad_yaml_is_an_error() {
        assert!(parse("---\ntitle: [unclosed\n---\nBody\n").is_err());
    }
}
