//! The boilerplate vocabulary from `assets/boilerplate.toml`, parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

use super::shape::Para;
use crate::corpus::model::RemovalReason;
use crate::corpus::normalize::matching_form;

/// The embedded phrase list (see the comments in the file for its format).
const SOURCE: &str = include_str!("../../../assets/boilerplate.toml");

static RULES: LazyLock<Rules> =
    LazyLock::new(|| Rules::parse(SOURCE).expect("assets/boilerplate.toml is valid"));

/// The parsed, ready-to-match vocabulary.
pub(super) fn rules() -> &'static Rules {
    &RULES
}

/// Numeric limits used by the structural rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Limits {
    /// Longest paragraph a prefix or contains entry may match (by default).
    pub phrase_max_words: usize,
    /// Longest headline taken after a related-link marker.
    pub headline_max_words: usize,
    /// Longest caption before a closing photo credit.
    pub caption_max_words: usize,
    /// Longest parenthesised photo credit.
    pub credit_max_words: usize,
    /// Longest non-sentence line treated as tail chrome.
    pub tail_max_words: usize,
    /// Longest metadata-only line.
    pub metadata_max_words: usize,
    /// Longest outlet name or byline name inside a metadata line.
    pub fragment_max_words: usize,
    /// Articles of one outlet a paragraph must appear in to be removed.
    pub repeated_min_articles: usize,
}

/// What else goes once a phrase has matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Then {
    /// Only the matching paragraph.
    Nothing,
    /// The next paragraph too, when it looks like a headline.
    Headline,
    /// The bare URL paragraphs right after it.
    Urls,
}

/// A phrase match: why the paragraph goes, and what follows it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    /// Why the paragraph goes.
    pub reason: RemovalReason,
    /// What goes with it.
    pub then: Then,
}

impl Hit {
    /// A hit that takes nothing after it.
    pub fn alone(reason: RemovalReason) -> Self {
        Self {
            reason,
            then: Then::Nothing,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Exact,
    Prefix,
    Contains,
    Marker,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrase {
    kind: Kind,
    text: String,
    reason: String,
    max_words: Option<usize>,
    followed_by: Option<Then>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVocab {
    credit_words: Vec<String>,
    months: Vec<String>,
    weekdays: Vec<String>,
    date_words: Vec<String>,
    date_labels: Vec<String>,
    byline_prefixes: Vec<String>,
    outlet_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    limits: Limits,
    phrase: Vec<RawPhrase>,
    vocab: RawVocab,
}

/// Word lists for the structural rules, all in folded (lowercase) form.
#[derive(Debug)]
pub(super) struct Vocab {
    /// Words that make a parenthesised group a photo credit.
    pub credit_words: HashSet<String>,
    /// Month names and abbreviations.
    pub months: HashSet<String>,
    /// Months, weekdays and other words allowed in a date fragment.
    pub date_words: HashSet<String>,
    /// Multi-word labels, each split into words.
    pub date_labels: Vec<Vec<String>>,
    /// Multi-word prefixes, each split into words.
    pub byline_prefixes: Vec<Vec<String>>,
    /// Words that make a short title-case fragment an outlet name.
    pub outlet_words: HashSet<String>,
}

/// A prefix or contains phrase.
#[derive(Debug)]
struct Phrase {
    text: String,
    hit: Hit,
    max_words: usize,
}

/// The compiled rule set.
#[derive(Debug)]
pub(super) struct Rules {
    /// Numeric limits.
    pub limits: Limits,
    /// Word lists for the structural rules.
    pub vocab: Vocab,
    exact: HashMap<String, Hit>,
    markers: Vec<(String, RemovalReason)>,
    prefixes: Vec<Phrase>,
    contains: Vec<Phrase>,
}

impl Rules {
    /// Parses and compiles a phrase file.
    pub fn parse(source: &str) -> Result<Self, String> {
        let raw: RawFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut rules = Self {
            vocab: compile_vocab(raw.vocab),
            limits: raw.limits,
            exact: HashMap::new(),
            markers: Vec::new(),
            prefixes: Vec::new(),
            contains: Vec::new(),
        };
        for phrase in raw.phrase {
            rules.add(phrase)?;
        }
        Ok(rules)
    }

    fn add(&mut self, raw: RawPhrase) -> Result<(), String> {
        let reason = RemovalReason::from_name(&raw.reason)
            .ok_or_else(|| format!("unknown reason {:?} for {:?}", raw.reason, raw.text))?;
        let text = matching_form(&raw.text);
        if text.is_empty() {
            return Err("empty phrase".to_string());
        }
        let then = raw.followed_by.unwrap_or(Then::Nothing);
        let hit = Hit { reason, then };
        let max_words = raw.max_words.unwrap_or(self.limits.phrase_max_words);
        match raw.kind {
            Kind::Exact => {
                self.exact.insert(text, hit);
            }
            Kind::Marker => {
                let alone = Hit {
                    reason,
                    then: Then::Headline,
                };
                self.exact.insert(text.clone(), alone);
                self.markers.push((text, reason));
            }
            Kind::Prefix => self.prefixes.push(Phrase {
                text,
                hit,
                max_words,
            }),
            Kind::Contains => self.contains.push(Phrase {
                text,
                hit,
                max_words,
            }),
        }
        Ok(())
    }

    /// The first phrase entry matching a paragraph, if any.
    pub fn match_phrase(&self, para: &Para) -> Option<Hit> {
        if let Some(hit) = self.exact.get(para.core()) {
            return Some(*hit);
        }
        if let Some(hit) = self.match_marker(para) {
            return Some(hit);
        }
        let lead = para.lead();
        let fits = |p: &&Phrase| para.words <= p.max_words;
        let prefixed = |p: &&Phrase| starts_with_word(lead, &p.text);
        let contained = |p: &&Phrase| para.folded.contains(p.text.as_str());
        self.prefixes
            .iter()
            .filter(fits)
            .find(prefixed)
            .or_else(|| self.contains.iter().filter(fits).find(contained))
            .map(|p| p.hit)
    }

    /// "Marker: headline" in one paragraph.
    fn match_marker(&self, para: &Para) -> Option<Hit> {
        let lead = para.lead();
        self.markers.iter().find_map(|(marker, reason)| {
            let rest = lead.strip_prefix(marker.as_str())?.trim_start();
            let rest = rest.strip_prefix(':')?;
            let words = rest.split_whitespace().count();
            (words > 0 && words <= self.limits.headline_max_words).then_some(Hit::alone(*reason))
        })
    }
}

/// Whether `text` starts with `prefix` and the prefix ends on a word boundary.
fn starts_with_word(text: &str, prefix: &str) -> bool {
    let Some(rest) = text.strip_prefix(prefix) else {
        return false;
    };
    let boundary_inside = prefix.ends_with(|c: char| !c.is_alphanumeric());
    boundary_inside || !rest.starts_with(|c: char| c.is_alphanumeric())
}

fn compile_vocab(raw: RawVocab) -> Vocab {
    let set = |words: Vec<String>| words.iter().map(|w| matching_form(w)).collect();
    let split = |phrases: Vec<String>| {
        phrases
            .iter()
            .map(|p| matching_form(p).split(' ').map(str::to_string).collect())
            .collect()
    };
    let months: HashSet<String> = set(raw.months);
    let mut date_words: HashSet<String> = set(raw.date_words);
    date_words.extend(months.iter().cloned());
    date_words.extend(set(raw.weekdays));
    Vocab {
        credit_words: set(raw.credit_words),
        months,
        date_words,
        date_labels: split(raw.date_labels),
        byline_prefixes: split(raw.byline_prefixes),
        outlet_words: set(raw.outlet_words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_file_parses_with_known_reasons() {
        let rules = Rules::parse(SOURCE).unwrap();
        assert!(rules.exact.contains_key("advertisement"));
        assert!(!rules.markers.is_empty());
        assert!(rules.vocab.months.contains("november"));
    }

    #[test]
    fn unknown_reason_is_an_error() {
        let bad = SOURCE.replacen("reason = \"related_link\"", "reason = \"nope\"", 1);
        assert!(Rules::parse(&bad).unwrap_err().contains("nope"));
    }

    #[test]
    fn prefix_needs_a_word_boundary() {
        assert!(starts_with_word(
            "subscribe to our list",
            "subscribe to our"
        ));
        assert!(!starts_with_word("subscribers said", "subscribe"));
        assert!(starts_with_word("photo: afp", "photo:"));
    }
}
