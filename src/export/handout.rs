//! The handout of one story: everything the HTML and Markdown handouts show,
//! gathered once from the story's [`Collation`] and its lenses.
//!
//! A handout holds the story's witnesses, its coverage table, one aligned
//! pair, the matched quotations, the framing table, the reviewer's notes
//! and the provenance (files, URLs, version, threshold, date made). The
//! renderers ([`super::html`], [`super::handout_markdown`]) only lay it out.

use jiff::civil::Date;

use crate::align::Alignment;
use crate::collate::Collation;
use crate::corpus::Article;
use crate::diff::{Change, MarkedText, change_runs, kept_runs};
use crate::framing::{FramingTable, OutletFraming};
use crate::quotes::{Statement, StoryQuotes, Version};
use crate::stories::Story;

use super::coverage::witness_names;

/// The storydiff version that made a handout.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// One story, ready to be laid out as a handout.
#[derive(Debug)]
pub struct Handout<'a> {
    /// The articles the collation was made from.
    pub articles: &'a [Article],
    /// The story.
    pub story: &'a Story,
    /// Its collation.
    pub collation: &'a Collation,
    /// The witness articles, in witness order.
    pub members: Vec<&'a Article>,
    /// Column headings of the witnesses ([`witness_names`]).
    pub names: Vec<String>,
    /// The aligned pair shown side by side (witness positions) and its
    /// alignment; `None` when the story has one article.
    pub pair: Option<((usize, usize), Alignment)>,
    /// The matched quotations.
    pub quotes: &'a StoryQuotes,
    /// The framing table, the pair's outlets first.
    pub framing: FramingTable,
    /// The reviewer's notes on the story (empty without a review file).
    pub notes: Vec<HandoutNote>,
    /// The day the handout was made.
    pub made: Date,
}

/// A review note as a handout shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoutNote {
    /// Where it sits: "Sputnik (000_…), sentences 3-4".
    pub location: String,
    /// `anchored`, `moved` or `orphaned`.
    pub status: &'static str,
    /// The reviewed mark.
    pub reviewed: bool,
    /// Its tags.
    pub tags: Vec<String>,
    /// The text it anchors to.
    pub quote: String,
    /// The note itself.
    pub text: String,
}

/// What a handout is made from, besides the story and its collation.
#[derive(Debug)]
pub struct HandoutParts<'a> {
    /// The pair to show side by side (witness positions); `None` for the
    /// collation's [`Collation::best_pair`].
    pub pair: Option<(usize, usize)>,
    /// The story's matched quotations.
    pub quotes: &'a StoryQuotes,
    /// The story's framing, one entry per outlet.
    pub framing: &'a [OutletFraming],
    /// The reviewer's notes on the story.
    pub notes: Vec<HandoutNote>,
    /// The day the handout is made.
    pub made: Date,
}

impl<'a> Handout<'a> {
    /// Gathers the handout of `story`; `articles` is the slice the
    /// collation was made from.
    pub fn new(
        articles: &'a [Article],
        story: &'a Story,
        collation: &'a Collation,
        parts: HandoutParts<'a>,
    ) -> Handout<'a> {
        let members = collation.articles(articles);
        let names = witness_names(&members);
        let pair = parts
            .pair
            .or_else(|| collation.best_pair())
            .map(|(a, b)| ((a, b), collation.alignment(a, b).into_owned()));
        let first: Vec<&str> = pair
            .iter()
            .flat_map(|((a, b), _)| [members[*a].display_name(), members[*b].display_name()])
            .collect();
        Handout {
            articles,
            story,
            collation,
            members,
            names,
            pair,
            quotes: parts.quotes,
            framing: FramingTable::new(parts.framing, &first),
            notes: parts.notes,
            made: parts.made,
        }
    }

    /// The story's earliest and latest dates, when any article is dated.
    pub fn date_range(&self) -> Option<(Date, Date)> {
        let dates = self.members.iter().filter_map(|a| a.date);
        let first = dates.clone().min()?;
        Some((first, dates.max()?))
    }

    /// The date range for people: "2017-10-23", "2017-10-23 to 2017-10-25",
    /// or "undated".
    pub fn dates_text(&self) -> String {
        match self.date_range() {
            None => "undated".to_owned(),
            Some((a, b)) if a == b => a.to_string(),
            Some((a, b)) => format!("{a} to {b}"),
        }
    }

    /// The threshold every pair of the story was aligned with.
    pub fn threshold(&self) -> f32 {
        self.collation.options.threshold
    }
}

/// An article's date for people, or "undated".
pub fn date_text(article: &Article) -> String {
    article
        .date
        .map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

/// How many of `witnesses` carry a passage, as a shade level 1..=4 (a
/// quarter of the outlets or fewer is 1, all of them 4).
pub fn shade_level(carried: usize, witnesses: usize) -> usize {
    if witnesses == 0 {
        return 1;
    }
    (carried * 4).div_ceil(witnesses).clamp(1, 4)
}

/// A quotation version for people: "direct · said · by Lavrov · sentences 3-4".
pub fn describe_version(version: &Version) -> String {
    let mut parts = vec![
        version
            .kind
            .map_or("paraphrase", |k| k.as_str())
            .to_string(),
    ];
    if let Some(verb) = &version.verb {
        parts.push(verb.clone());
    }
    if let Some(speaker) = &version.speaker {
        parts.push(format!("by {speaker}"));
    }
    let (first, last) = (version.sentences.first(), version.sentences.last());
    match (first, last) {
        (Some(a), Some(b)) if a == b => parts.push(format!("sentence {}", a + 1)),
        (Some(a), Some(b)) => parts.push(format!("sentences {}-{}", a + 1, b + 1)),
        _ => {}
    }
    parts.join(" · ")
}

/// Version `k` of a statement as runs, marked where it differs from the
/// statement's other reading (the first version is read against the second,
/// every other against the first, as `storydiff quotes` prints them):
/// differing words are `Removed` in the first version, `Added` in the others.
pub fn version_runs(versions: &[Version], k: usize) -> MarkedText {
    let text = &versions[k].text;
    match (k, versions.get(1)) {
        (0, Some(other)) => change_runs(text, &other.text).0,
        (0, None) => kept_runs(text),
        _ => change_runs(&versions[0].text, text).1,
    }
}

/// A statement's heading: its speaker ("unattributed" when none) and its
/// flags joined with " · " (`None` when it has none).
pub fn statement_heading(statement: &Statement) -> (&str, Option<String>) {
    let speaker = statement.speaker.as_deref().unwrap_or("unattributed");
    let flags: Vec<&str> = statement.flags.iter().map(|f| f.describe()).collect();
    (speaker, (!flags.is_empty()).then(|| flags.join(" · ")))
}

/// Version `k` of a statement laid out: kept words through `plain`, the
/// words that differ through `marked` (each renderer escapes in both).
pub fn version_text(
    versions: &[Version],
    k: usize,
    plain: impl Fn(&str) -> String,
    marked: impl Fn(&str) -> String,
) -> String {
    version_runs(versions, k)
        .iter()
        .map(|(text, change)| match change {
            Change::Kept => plain(text),
            _ => marked(text),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shade_levels_count_quarters_of_the_outlets() {
        assert_eq!(shade_level(1, 2), 2);
        assert_eq!(shade_level(2, 2), 4);
        assert_eq!(shade_level(1, 8), 1);
        assert_eq!(shade_level(3, 8), 2);
        assert_eq!(shade_level(0, 0), 1);
    }
}
