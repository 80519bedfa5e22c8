//! The `--json` schemas. Field names and shapes are a public contract: every
//! key is always present (null when unknown), and `schema` changes only when a
//! field changes meaning or goes away.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use crate::corpus::sanitize::is_unsafe;

mod articles;
mod compare;
mod framing;
mod quotes;
mod stories;
mod threads;

pub use articles::{ArticleJson, ArticleRef, ArticlesReport, ErrorJson, RemovedJson};
pub use compare::{CompareReport, RowJson, SummaryJson};
pub use framing::{DistinctiveJson, FramingReport, OutletFramingJson, StoryFramingJson};
pub use quotes::{QuotesReport, StatementJson, StoryStatementsJson, VersionJson};
pub use stories::{StoriesReport, StoryJson};
pub use threads::ThreadJson;

/// Version of the `articles` report schema.
pub const ARTICLES_SCHEMA: u32 = 1;

/// Version of the `compare` report schema.
pub const COMPARE_SCHEMA: u32 = 1;

/// Version of the `stories` report schema.
pub const STORIES_SCHEMA: u32 = 1;
/// Version of the `quotes --json` schema.
pub const QUOTES_SCHEMA: u32 = 1;
/// Version of the `framing --json` schema.
pub const FRAMING_SCHEMA: u32 = 1;

/// Writes `value` as pretty-printed JSON, like `serde_json::to_writer_pretty`,
/// except that every character [`is_unsafe`] names is written as a `\uXXXX`
/// escape. serde_json escapes only C0 controls; C1 controls (U+009B is a
/// one-character CSI), bidi overrides and invisible format characters would
/// otherwise reach a terminal that shows the report. The output decodes to
/// exactly the same strings. Every `--json` report is written with this.
pub fn to_writer_pretty<W, T>(writer: W, value: &T) -> serde_json::Result<()>
where
    W: io::Write,
    T: ?Sized + Serialize,
{
    let mut serializer = serde_json::Serializer::with_formatter(writer, SafeFormatter::default());
    value.serialize(&mut serializer)
}

/// Writes `value` as one line of JSON (for JSON Lines), with the same
/// escaping as [`to_writer_pretty`]; no newline is added.
pub fn to_writer_line<W, T>(writer: W, value: &T) -> serde_json::Result<()>
where
    W: io::Write,
    T: ?Sized + Serialize,
{
    let formatter = SafeFormatter {
        pretty: None,
        ..SafeFormatter::default()
    };
    let mut serializer = serde_json::Serializer::with_formatter(writer, formatter);
    value.serialize(&mut serializer)
}

/// [`to_writer_pretty`] into a string.
pub fn to_string_pretty<T: ?Sized + Serialize>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    to_writer_pretty(&mut out, value)?;
    // The serializer writes only valid UTF-8 (and here only ASCII escapes on top).
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.to_string()))
}

/// serde_json's pretty layout (compact without `pretty`) with unsafe
/// characters escaped inside strings.
struct SafeFormatter {
    pretty: Option<PrettyFormatter<'static>>,
    compact: CompactFormatter,
}

impl Default for SafeFormatter {
    fn default() -> Self {
        SafeFormatter {
            pretty: Some(PrettyFormatter::default()),
            compact: CompactFormatter,
        }
    }
}

/// Calls the layout method of the pretty or the compact formatter.
macro_rules! layout {
    ($self:ident . $method:ident ( $($arg:expr),* )) => {
        match &mut $self.pretty {
            Some(pretty) => pretty.$method($($arg),*),
            None => $self.compact.$method($($arg),*),
        }
    };
}

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if !is_unsafe(c) {
                continue;
            }
            writer.write_all(&fragment.as_bytes()[start..i])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = i + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.begin_array(writer))
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_array(writer))
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        layout!(self.begin_array_value(writer, first))
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_array_value(writer))
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.begin_object(writer))
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_object(writer))
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        layout!(self.begin_object_key(writer, first))
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.begin_object_value(writer))
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        layout!(self.end_object_value(writer))
    }
}

/// Rounds to three decimals so reports are stable and readable.
pub(crate) fn round3(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_characters_are_written_as_unicode_escapes() {
        let text =
            "a\u{1b}]0;x\u{7}b\u{9b}2Jc\u{85}d\u{202e}e\u{2066}f\u{e0041}g\n\"\\ é 日 👩\u{200d}💻";
        let value = serde_json::json!({ "key\u{202e}": [text, null, 1] });
        let json = to_string_pretty(&value).unwrap();
        assert!(!json.chars().any(|c| is_unsafe(c) && c != '\n'), "{json}");
        for escape in [
            "\\u001b",
            "\\u0007",
            "\\u009b",
            "\\u0085",
            "\\u202e",
            "\\u2066",
            "\\udb40\\udc41",
        ] {
            assert!(json.contains(escape), "{escape} in {json}");
        }
        assert!(
            json.contains("é 日 👩\u{200d}💻"),
            "safe text stays as it is"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn layout_is_serde_json_pretty() {
        let value = serde_json::json!({ "a": [1, {"b": "c"}], "d": {}, "e": [] });
        assert_eq!(
            to_string_pretty(&value).unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
