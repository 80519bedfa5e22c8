//! The framing lexicon (`assets/framing.toml`): reporting verbs, hedges and
//! labels, each a list of keys with the surface forms counted under them.
//!
//! Matching is case-insensitive and whole-word, with no stemming: only the
//! forms written in the file count. The file header documents the rules and
//! the key conventions (verbs by their past tense, hedges by the phrase,
//! labels by the singular noun).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::tokens::{Link, Tokens};
use crate::corpus::terms::{fold_word, words};

/// The hedge key under which [`super::Framing::add_scare_quotes`] counts scare
/// quotes; reserved, so the lexicon may not use it.
pub const SCARE_QUOTES: &str = "scare quotes";

/// One lexicon key and the surface forms counted under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the lens shows ("said", "so-called", "terrorist").
    pub key: String,
    /// Every form matched, as written in the file (the key included).
    pub forms: Vec<String>,
}

/// The three lists of the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// Verbs that attribute speech ("said", "claimed"); single words.
    ReportingVerbs,
    /// Words and phrases that distance the writer from a claim.
    Hedges,
    /// Labels for armed groups and people ("terrorist", "rebel").
    Labels,
}

impl List {
    /// The list's table name in `assets/framing.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::ReportingVerbs => "reporting_verbs",
            Self::Hedges => "hedges",
            Self::Labels => "labels",
        }
    }
}

/// An invalid lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError(String);

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LexiconError {}

/// A parsed framing lexicon with its lookup indexes.
#[derive(Debug, Clone)]
pub struct Lexicon {
    reporting_verbs: Matcher,
    hedges: Matcher,
    labels: Matcher,
}

/// One list: its entries and an index from folded word sequences to entries.
#[derive(Debug, Clone)]
struct Matcher {
    entries: Vec<Entry>,
    index: FxHashMap<Vec<String>, usize>,
    /// First words of every form, to skip most words with one lookup.
    first_words: FxHashSet<String>,
    /// Most words in any form.
    longest: usize,
}

/// A lexicon match inside a sentence: the entry and the word range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub entry: usize,
    pub start: usize,
    pub len: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    reporting_verbs: BTreeMap<String, Vec<String>>,
    hedges: BTreeMap<String, Vec<String>>,
    labels: BTreeMap<String, Vec<String>>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_toml(include_str!("../../assets/framing.toml"))
        .expect("assets/framing.toml is valid (checked by the tests)")
});

/// The lexicon shipped in `assets/framing.toml`, parsed once.
///
/// ```
/// use storydiff::framing::{lexicon, List};
/// let lex = lexicon();
/// assert_eq!(lex.verb_key("stressing"), Some("stressed"));
/// assert_eq!(lex.verb_key("Said"), Some("said"));
/// assert_eq!(lex.verb_key("stresses out"), None);
/// assert_eq!(lex.key_of(List::Hedges, "so called"), Some("so-called"));
/// assert_eq!(lex.key_of(List::Labels, "terrorists"), Some("terrorist"));
/// ```
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// The shipped reporting verbs (for the quotes lens).
pub fn reporting_verbs() -> &'static [Entry] {
    lexicon().reporting_verbs()
}

/// Folds a phrase into its matching key: its words, each [`fold_word`]ed.
fn fold_phrase(phrase: &str) -> Vec<String> {
    words(phrase).map(fold_word).collect()
}

impl Lexicon {
    /// Parses and checks a lexicon in the `assets/framing.toml` format.
    ///
    /// Errors on unknown tables, empty keys or forms, a form listed under two
    /// keys of one list, multi-word reporting verbs, and the reserved hedge
    /// key [`SCARE_QUOTES`].
    pub fn from_toml(text: &str) -> Result<Self, LexiconError> {
        let file: LexiconFile =
            toml::from_str(text).map_err(|e| LexiconError(format!("framing lexicon: {e}")))?;
        if file.hedges.contains_key(SCARE_QUOTES) {
            return Err(LexiconError(format!(
                "framing lexicon: the hedge key {SCARE_QUOTES:?} is reserved for counted scare quotes"
            )));
        }
        Ok(Lexicon {
            reporting_verbs: Matcher::build(List::ReportingVerbs, file.reporting_verbs)?,
            hedges: Matcher::build(List::Hedges, file.hedges)?,
            labels: Matcher::build(List::Labels, file.labels)?,
        })
    }

    fn matcher(&self, list: List) -> &Matcher {
        match list {
            List::ReportingVerbs => &self.reporting_verbs,
            List::Hedges => &self.hedges,
            List::Labels => &self.labels,
        }
    }

    /// The entries of one list, sorted by key.
    pub fn entries(&self, list: List) -> &[Entry] {
        &self.matcher(list).entries
    }

    /// The reporting verbs, sorted by key.
    pub fn reporting_verbs(&self) -> &[Entry] {
        self.entries(List::ReportingVerbs)
    }

    /// The hedges, sorted by key.
    pub fn hedges(&self) -> &[Entry] {
        self.entries(List::Hedges)
    }

    /// The labels, sorted by key.
    pub fn labels(&self) -> &[Entry] {
        self.entries(List::Labels)
    }

    /// The reporting-verb key of one word as written ("Stressed" →
    /// "stressed", "says" → "said"); `None` for anything else, including
    /// several words.
    pub fn verb_key(&self, word: &str) -> Option<&str> {
        self.key_of(List::ReportingVerbs, word)
    }

    /// The key a whole phrase is listed under in `list`, matched
    /// case-insensitively word by word ("So-Called" → "so-called").
    pub fn key_of(&self, list: List, phrase: &str) -> Option<&str> {
        let matcher = self.matcher(list);
        let entry = *matcher.index.get(&fold_phrase(phrase))?;
        Some(&matcher.entries[entry].key)
    }

    /// Every match of `list` in one sentence, left to right, longest form
    /// first; matches do not overlap.
    pub(crate) fn hits(&self, list: List, tokens: &Tokens<'_>) -> Vec<Hit> {
        self.matcher(list).hits(tokens)
    }

    /// The key of an entry found by [`Lexicon::hits`].
    pub(crate) fn key(&self, list: List, entry: usize) -> &str {
        &self.matcher(list).entries[entry].key
    }
}

impl Matcher {
    fn build(list: List, table: BTreeMap<String, Vec<String>>) -> Result<Self, LexiconError> {
        let name = list.name();
        let mut matcher = Matcher {
            entries: Vec::with_capacity(table.len()),
            index: FxHashMap::default(),
            first_words: FxHashSet::default(),
            longest: 1,
        };
        for (key, mut forms) in table {
            let entry = matcher.entries.len();
            if !forms.iter().any(|f| fold_phrase(f) == fold_phrase(&key)) {
                forms.insert(0, key.clone());
            }
            for form in &forms {
                let folded = fold_phrase(form);
                if folded.is_empty() {
                    return Err(LexiconError(format!(
                        "framing lexicon: [{name}] {key:?} has a form with no words"
                    )));
                }
                if list == List::ReportingVerbs && folded.len() > 1 {
                    return Err(LexiconError(format!(
                        "framing lexicon: [{name}] {form:?} has several words; reporting verbs are single words"
                    )));
                }
                match matcher.index.get(&folded) {
                    Some(&other) if other != entry => {
                        return Err(LexiconError(format!(
                            "framing lexicon: [{name}] {form:?} is listed under both {:?} and {key:?}",
                            matcher.entries[other].key
                        )));
                    }
                    _ => {}
                }
                matcher.longest = matcher.longest.max(folded.len());
                matcher.first_words.insert(folded[0].clone());
                matcher.index.insert(folded, entry);
            }
            matcher.entries.push(Entry { key, forms });
        }
        Ok(matcher)
    }

    fn hits(&self, tokens: &Tokens<'_>) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // A match never starts inside a hyphenated compound ("anti-terrorist").
            let candidate =
                tokens.links[i] != Link::Hyphen && self.first_words.contains(&tokens.folded[i]);
            let found = candidate
                .then(|| {
                    let max = self.longest.min(tokens.len() - i);
                    (1..=max).rev().find_map(|len| {
                        let inner = &tokens.links[i + 1..i + len];
                        if inner.contains(&Link::Break) {
                            return None;
                        }
                        let entry = *self.index.get(&tokens.folded[i..i + len])?;
                        Some(Hit {
                            entry,
                            start: i,
                            len,
                        })
                    })
                })
                .flatten();
            match found {
                Some(hit) => {
                    out.push(hit);
                    i += hit.len;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: List, text: &str) -> Vec<String> {
        let tokens = Tokens::new(text);
        let lex = lexicon();
        lex.hits(list, &tokens)
            .into_iter()
            .map(|h| lex.key(list, h.entry).to_string())
            .collect()
    }

    #[test]
    fn the_shipped_lexicon_parses_and_has_all_three_lists() {
        let lex = lexicon();
        assert!(lex.reporting_verbs().len() >= 30);
        assert!(lex.hedges().len() >= 10);
        assert!(lex.labels().len() >= 15);
        assert_eq!(reporting_verbs(), lex.reporting_verbs());
        for list in [List::ReportingVerbs, List::Hedges, List::Labels] {
            for entry in lex.entries(list) {
                assert!(!entry.forms.is_empty(), "{}", entry.key);
                for form in &entry.forms {
                    assert_eq!(lex.key_of(list, form), Some(entry.key.as_str()), "{form}");
                }
            }
        }
    }

    #[test]
    fn verbs_are_looked_up_by_listed_form_without_stemming() {
        let lex = lexicon();
        for (word, key) in [
            ("say", "said"),
            ("says", "said"),
            ("said", "said"),
            ("saying", "said"),
            ("STRESSED", "stressed"),
            ("explained", "explained"),
            ("emphasised", "emphasized"),
            ("claims", "claimed"),
        ] {
            assert_eq!(lex.verb_key(word), Some(key), "{word}");
        }
        // Unlisted inflections and derived words are not stemmed into a key.
        for word in [
            "sayings",
            "explanation",
            "stressful",
            "state",
            "reports",
            "",
        ] {
            assert_eq!(lex.verb_key(word), None, "{word}");
        }
    }

    #[test]
    fn matches_are_whole_words_case_insensitive_and_longest_first() {
        assert_eq!(keys(List::Labels, "Rebels, not rebellion"), ["rebel"]);
        assert_eq!(
            keys(List::Labels, "Freedom fighters and fighters"),
            ["freedom fighter", "fighter"]
        );
        assert_eq!(
            keys(
                List::Hedges,
                "the So-Called deal, so called, according to him"
            ),
            ["so-called", "so-called", "according to"]
        );
        // Phrases do not run across punctuation.
        assert_eq!(
            keys(List::Hedges, "according, to him"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn no_match_starts_inside_a_hyphenated_compound() {
        assert_eq!(
            keys(List::Labels, "an anti-terrorist coalition"),
            Vec::<String>::new()
        );
        assert_eq!(keys(List::Labels, "militant-held areas"), ["militant"]);
    }

    #[test]
    fn a_word_may_sit_in_two_lists() {
        assert_eq!(
            keys(List::ReportingVerbs, "the alleged attack"),
            ["alleged"]
        );
        assert_eq!(keys(List::Hedges, "the alleged attack"), ["alleged"]);
    }

    #[test]
    fn bad_files_are_rejected_with_a_reason() {
        let ok = "[reporting_verbs]\nsaid = [\"says\"]\n[hedges]\n[labels]\n";
        let lex = Lexicon::from_toml(ok).unwrap();
        assert_eq!(lex.verb_key("said"), Some("said"), "the key itself matches");
        assert_eq!(lex.reporting_verbs()[0].forms, ["said", "says"]);

        let cases = [
            (
                "[reporting_verbs]\n[hedges]\n[labels]\n[extra]\n",
                "unknown",
            ),
            ("[reporting_verbs]\n[hedges]\n", "labels"),
            (
                "[reporting_verbs]\n[hedges]\n[labels]\na = [\"x\"]\nb = [\"X\"]\n",
                "listed under both",
            ),
            (
                "[reporting_verbs]\nsaid = [\"pointed out\"]\n[hedges]\n[labels]\n",
                "single words",
            ),
            (
                "[reporting_verbs]\n[hedges]\n\"scare quotes\" = []\n[labels]\n",
                "reserved",
            ),
            (
                "[reporting_verbs]\n[hedges]\n[labels]\na = [\"--\"]\n",
                "no words",
            ),
        ];
        for (text, needle) in cases {
            let err = Lexicon::from_toml(text).unwrap_err().to_string();
            assert!(err.contains(needle), "{text:?}: {err}");
        }
    }
}
