//! `storydiff.toml`: per-folder metadata that the text alone cannot give.
//!
//! ```toml
//! [[article]]
//! file = "000_sputnik.txt"     # relative to the manifest's folder
//! outlet = "Sputnik"
//! title = "Moscow Has Questions Concerning New US Policy in Syria – Lavrov"
//! date = 2017-10-23            # or "2017-10-23", or "October 23, 2017"
//! url = "https://sputniknews.com/…"
//! byline = "…"
//! note = "free text kept as article metadata"
//! ```

use serde::Deserialize;

/// The manifest file name looked for in every folder.
pub const MANIFEST_NAME: &str = "storydiff.toml";

/// A parsed manifest.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// One entry per described file.
    #[serde(default, rename = "article")]
    pub articles: Vec<ManifestEntry>,
}

/// What a manifest says about one file; every field overrides inference.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// File path relative to the manifest's folder.
    pub file: String,
    /// Outlet display name.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date (TOML date or string).
    pub date: Option<toml::Value>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Author line.
    pub byline: Option<String>,
    /// Free-form note kept with the article.
    pub note: Option<String>,
}

impl ManifestEntry {
    /// The date as text, whether written as a TOML date or a string.
    pub fn date_text(&self) -> Option<String> {
        match self.date.as_ref()? {
            toml::Value::String(s) => Some(s.clone()),
            toml::Value::Datetime(d) => Some(d.to_string()),
            other => Some(other.to_string()),
        }
    }
}

/// Parses manifest text; the error is one line with the location and the problem.
pub fn parse(text: &str) -> Result<Manifest, String> {
    toml::from_str(text).map_err(|e| {
        let location = e
            .span()
            .map(|span| {
                let line = text[..span.start].matches('\n').count() + 1;
                format!("line {line}: ")
            })
            .unwrap_or_default();
        let message = e.message().lines().next().unwrap_or("invalid TOML").trim();
        // The message can quote the file (an unknown key): shown escaped.
        let message = super::sanitize::for_display(message);
        format!("invalid manifest: {location}{message}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_with_toml_and_string_dates() {
        let m = parse(
            "[[article]]\nfile = \"a.txt\"\noutlet = \"Sputnik\"\ndate = 2017-10-23\n\n\
             [[article]]\nfile = \"b.txt\"\ndate = \"October 23, 2017\"\nnote = \"relay\"\n",
        )
        .unwrap();
        assert_eq!(m.articles.len(), 2);
        assert_eq!(m.articles[0].outlet.as_deref(), Some("Sputnik"));
        assert_eq!(m.articles[0].date_text().as_deref(), Some("2017-10-23"));
        assert_eq!(
            m.articles[1].date_text().as_deref(),
            Some("October 23, 2017")
        );
        assert_eq!(m.articles[1].note.as_deref(), Some("relay"));
    }

    #[test]
    fn unknown_key_is_reported_with_its_line() {
        let err = parse("[[article]]\nfile = \"a.txt\"\noutlett = \"X\"\n").unwrap_err();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("outlett"), "{err}");
    }

    #[test]
    fn unknown_key_is_quoted_escaped() {
        let err =
            parse("[[article]]\nfile = \"a.txt\"\n\"out\\u001b]0;pwned\\u0007\u{202e}\" = 1\n")
                .unwrap_err();
        assert!(
            !err.chars().any(crate::corpus::sanitize::is_unsafe),
            "{err:?}"
        );
        assert!(err.contains("out\\x1b]0;pwned\\x07\\u{202e}"), "{err}");
    }

    #[test]
    fn missing_file_key_is_an_error() {
        assert!(parse("[[article]]\noutlet = \"X\"\n").is_err());
    }
}
