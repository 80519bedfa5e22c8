//! Where an article's date came from, so a reader can judge how far to trust it.

use crate::corpus::formats::Format;

/// The origin of [`crate::corpus::Article::date`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateSource {
    /// The corpus manifest (`storydiff.toml`).
    Manifest,
    /// A Markdown file's YAML or TOML front matter.
    FrontMatter,
    /// An HTML page's metadata (`<meta>`, `<time>`, JSON-LD).
    HtmlMeta,
    /// A field of a JSON article (`date_publish`, `date`, …).
    JsonField,
    /// Other metadata of the source file.
    Metadata,
    /// The text itself: a dateline or byline near the top ("Published: …").
    Dateline,
    /// No date anywhere.
    #[default]
    None,
}

impl DateSource {
    /// The metadata source for a file of this format.
    pub fn of_format(format: Format) -> Self {
        match format {
            Format::Markdown => Self::FrontMatter,
            Format::Html => Self::HtmlMeta,
            Format::Json | Format::JsonLines => Self::JsonField,
            Format::Text => Self::Metadata,
        }
    }

    /// The name used in `--json` reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Manifest => "manifest",
            Self::FrontMatter => "front_matter",
            Self::HtmlMeta => "html_meta",
            Self::JsonField => "json",
            Self::Metadata => "metadata",
            Self::Dateline => "dateline",
            Self::None => "none",
        }
    }

    /// Whether the date came from metadata rather than from the text.
    pub fn is_metadata(self) -> bool {
        !matches!(self, Self::Dateline | Self::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_documented_ones() {
        assert_eq!(
            DateSource::of_format(Format::Markdown).as_str(),
            "front_matter"
        );
        assert_eq!(DateSource::of_format(Format::Html).as_str(), "html_meta");
        assert_eq!(DateSource::default().as_str(), "none");
        assert!(DateSource::Manifest.is_metadata());
        assert!(!DateSource::Dateline.is_metadata());
    }
}
