//! Terms for matching: words folded, aliases resolved, stop words marked,
//! stems taken. Shared by story grouping and passage alignment so both see
//! the same vocabulary.
//!
//! ```
//! use storydiff::corpus::terms::{terms, TermKind};
//! let t = terms("Daesh fighters left Raqqa, Sergey Lavrov said.");
//! let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
//! assert_eq!(keys, ["islamic state", "fighter", "left", "raqqa", "sergei lavrov", "said"]);
//! assert_eq!(t[0].kind, TermKind::Alias);
//! ```

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

/// What kind of word a term came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// An ordinary word (stemmed).
    Word,
    /// A capitalised word inside a sentence: likely part of a name.
    Name,
    /// A number (digits kept as written, separators dropped).
    Number,
    /// A name resolved through the alias table (key = canonical name, lowercase).
    Alias,
}

/// One matching term.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Term {
    /// The matching key: a stem, a number, or a canonical alias name.
    pub key: String,
    /// Where it came from.
    pub kind: TermKind,
}

/// An alias group from `assets/aliases.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasGroup {
    /// The name shown for the group.
    pub canonical: String,
    /// person, organization, place or group.
    #[serde(default)]
    pub kind: Option<String>,
    /// Case-insensitive spellings.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Spellings matched with exact capitalisation only.
    #[serde(default)]
    pub exact: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasFile {
    group: Vec<AliasGroup>,
}

/// The alias groups, as shipped in `assets/aliases.toml`.
pub fn alias_groups() -> &'static [AliasGroup] {
    &ALIASES.groups
}

struct AliasIndex {
    groups: Vec<AliasGroup>,
    /// Lowercase word sequence → group index.
    folded: FxHashMap<Vec<String>, usize>,
    /// Exact-case word sequence → group index.
    exact: FxHashMap<Vec<String>, usize>,
    /// Acronyms exact, other words folded ("UN security council") → group index.
    mixed: FxHashMap<Vec<String>, usize>,
    /// First words of all variants (folded and exact), to skip most words fast.
    first_words: FxHashSet<String>,
    longest: usize,
}

static ALIASES: LazyLock<AliasIndex> = LazyLock::new(|| {
    let file: AliasFile = toml::from_str(include_str!("../../assets/aliases.toml"))
        .expect("assets/aliases.toml is valid");
    let mut index = AliasIndex {
        groups: file.group,
        folded: FxHashMap::default(),
        exact: FxHashMap::default(),
        mixed: FxHashMap::default(),
        first_words: FxHashSet::default(),
        longest: 1,
    };
    for (i, group) in index.groups.iter().enumerate() {
        let words_of = |v: &str| -> Vec<String> { words(v).map(|w| w.to_string()).collect() };
        for variant in group.variants.iter().chain([&group.canonical]) {
            // An acronym ("U.S.", "IS", "UN") matches only in capitals: folded,
            // it would be a common word ("us", "is", "un").
            if words_of(variant).iter().any(|w| is_acronym(w)) {
                let key = mixed_key(&words_of(variant));
                index.longest = index.longest.max(key.len());
                index.first_words.extend(key.first().map(|w| fold_word(w)));
                index.mixed.insert(key, i);
                continue;
            }
            let key: Vec<String> = words_of(variant).iter().map(|w| fold_word(w)).collect();
            index.longest = index.longest.max(key.len());
            index.first_words.extend(key.first().cloned());
            index.folded.insert(key, i);
        }
        for variant in &group.exact {
            let key = words_of(variant);
            index.longest = index.longest.max(key.len());
            index.first_words.extend(key.first().map(|w| fold_word(w)));
            index.exact.insert(key, i);
        }
    }
    index
});

static STOP_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../assets/stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// An all-capitals word of two or more letters, dots allowed ("U.S.", "IS").
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && word.chars().all(|c| c.is_uppercase() || c == '.')
}

/// A phrase's key with acronyms as written and other words folded.
fn mixed_key(words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| {
            if is_acronym(w) {
                w.clone()
            } else {
                fold_word(w)
            }
        })
        .collect()
}

/// Whether a folded word is a stop word (function words carry no content).
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(folded)
}

/// Splits text into words: letters and digits, with inner apostrophes, dots
/// (U.S., 3.5) and commas between digits (1,000) kept.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| c.is_alphanumeric())?;
        let tail = &rest[start..];
        let mut end = 0;
        let mut chars = tail.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next_is_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            let joiner = matches!(c, '\'' | '’' | '.' | ',') && next_is_alnum;
            if c.is_alphanumeric() || (joiner && (c != ',' || is_digit_run(&tail[..i]))) {
                end = i + c.len_utf8();
            } else {
                break;
            }
        }
        // A trailing dot belongs to an acronym (U.S.) when the word has inner dots.
        let word = &tail[..end];
        let end = if word.contains('.') && tail[end..].starts_with('.') {
            end + 1
        } else {
            end
        };
        rest = &tail[end..];
        Some(&tail[..end])
    })
}

fn is_digit_run(s: &str) -> bool {
    s.chars().last().is_some_and(|c| c.is_ascii_digit())
}

/// Folds one word for comparison: NFC, lowercase, apostrophes unified,
/// acronym dots and possessive 's removed.
pub fn fold_word(word: &str) -> String {
    let lower = if super::normalize::is_nfc(word) {
        lowercase_word(word.chars())
    } else {
        lowercase_word(word.nfc())
    };
    let mut lower = lower;
    if lower.ends_with("'s") {
        lower.truncate(lower.len() - 2);
    }
    let separator = if lower.chars().any(|c| c.is_alphabetic()) {
        '.'
    } else {
        ','
    };
    if lower.contains(separator) {
        lower.retain(|c| c != separator);
    }
    lower
}

/// Lowercase, with the typographic apostrophe made plain.
fn lowercase_word(chars: impl Iterator<Item = char>) -> String {
    chars
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect()
}

/// The content terms of a text, in order: aliases resolved, stop words
/// dropped, words stemmed.
pub fn terms(text: &str) -> Vec<Term> {
    let raw: Vec<&str> = words(text).collect();
    let folded: Vec<String> = raw.iter().map(|w| fold_word(w)).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if let Some((len, group)) = alias_at(&raw, &folded, i) {
            out.push(Term {
                key: ALIASES.groups[group].canonical.to_lowercase(),
                kind: TermKind::Alias,
            });
            i += len;
            continue;
        }
        let word = &folded[i];
        if !is_stop_word(word) {
            out.push(classify(raw[i], word, i == 0));
        }
        i += 1;
    }
    out
}

/// One occurrence of an alias-group variant in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasMention<'a> {
    /// Index into [`alias_groups`].
    pub group: usize,
    /// The words as written ("Daesh", "Sergey Lavrov").
    pub surface: &'a str,
    /// Byte offset of the first word in the text.
    pub start: usize,
}

/// Every alias-group variant in `text`, longest match first, left to right.
///
/// ```
/// use storydiff::corpus::terms::{alias_groups, alias_mentions};
/// let found = alias_mentions("IS fighters, not ISIS or Daesh.");
/// let surfaces: Vec<&str> = found.iter().map(|m| m.surface).collect();
/// assert_eq!(surfaces, ["IS", "ISIS", "Daesh"]);
/// assert!(found.iter().all(|m| alias_groups()[m.group].canonical == "Islamic State"));
/// ```
pub fn alias_mentions(text: &str) -> Vec<AliasMention<'_>> {
    let raw: Vec<&str> = words(text).collect();
    let folded: Vec<String> = raw.iter().map(|w| fold_word(w)).collect();
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        match alias_at(&raw, &folded, i) {
            Some((len, group)) => {
                let start = offset(raw[i]);
                let last = raw[i + len - 1];
                let end = offset(last) + last.len();
                out.push(AliasMention {
                    group,
                    surface: &text[start..end],
                    start,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The alias group a name belongs to, if any ("Sergey Lavrov" → Sergei Lavrov).
pub fn alias_group_of(name: &str) -> Option<usize> {
    let raw: Vec<&str> = words(name).collect();
    if raw.is_empty() {
        return None;
    }
    let folded: Vec<String> = raw.iter().map(|w| fold_word(w)).collect();
    alias_at(&raw, &folded, 0)
        .filter(|&(len, _)| len == raw.len())
        .map(|(_, g)| g)
}

/// The longest alias phrase starting at word `i`, as (length, group).
fn alias_at(raw: &[&str], folded: &[String], i: usize) -> Option<(usize, usize)> {
    if !ALIASES.first_words.contains(&folded[i]) {
        return None;
    }
    let max = ALIASES.longest.min(raw.len() - i);
    (1..=max).rev().find_map(|len| {
        let exact: Vec<String> = raw[i..i + len].iter().map(|w| w.to_string()).collect();
        ALIASES
            .exact
            .get(&exact)
            .or_else(|| ALIASES.mixed.get(&mixed_key(&exact)))
            .or_else(|| ALIASES.folded.get(&folded[i..i + len]))
            .map(|&g| (len, g))
    })
}

fn classify(surface: &str, folded: &str, sentence_start: bool) -> Term {
    if folded.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Term {
            key: folded.to_string(),
            kind: TermKind::Number,
        };
    }
    let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
    if capitalised && !sentence_start {
        return Term {
            key: folded.to_string(),
            kind: TermKind::Name,
        };
    }
    Term {
        key: stem(folded),
        kind: TermKind::Word,
    }
}

/// Most distinct words a thread's stem cache keeps before starting afresh.
const STEM_CACHE_LIMIT: usize = 100_000;

thread_local! {
    /// Stems already taken on this thread: a corpus of millions of words has
    /// only tens of thousands of distinct ones, and stemming is costly.
    static STEMS: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// The stem of a folded word, through the thread's cache.
fn stem(folded: &str) -> String {
    STEMS.with_borrow_mut(|stems| {
        if let Some(stem) = stems.get(folded) {
            return stem.clone();
        }
        if stems.len() >= STEM_CACHE_LIMIT {
            stems.clear();
        }
        let stem = STEMMER.stem(folded).into_owned();
        stems.insert(folded.to_string(), stem.clone());
        stem
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn words_keep_acronyms_decimals_and_thousands_together() {
        let w: Vec<&str> = words("The U.S.-led coalition, 3.5% of 1,000 people; don’t.").collect();
        assert_eq!(
            w,
            [
                "The",
                "U.S.",
                "led",
                "coalition",
                "3.5",
                "of",
                "1,000",
                "people",
                "don’t"
            ]
        );
    }

    #[test]
    fn naming_variants_resolve_to_one_key() {
        for text in ["ISIS", "Daesh", "the Islamic State", "IS militants"] {
            assert_eq!(keys(text), ["islamic state"], "{text}");
        }
        // Lowercase "is" is a verb, not the group; "us" is a pronoun.
        assert_eq!(keys("it is odd"), ["odd"]);
        assert_eq!(keys("is militants"), ["milit"]);
        assert_eq!(keys("in relation to us"), ["relat"]);
        assert_eq!(
            keys("the U.S. and the US"),
            ["united states", "united states"]
        );
        assert_eq!(keys("the UN security council"), ["un security council"]);
    }

    #[test]
    fn transliterations_resolve_to_one_key() {
        assert_eq!(keys("Sergey Lavrov"), keys("Sergei Lavrov"));
        assert_eq!(keys("al-Jaafari"), keys("Jaafari"));
    }

    #[test]
    fn inflections_share_a_stem() {
        assert_eq!(keys("questions raised"), keys("question raises"));
    }

    #[test]
    fn capitalised_words_inside_a_sentence_are_names() {
        let t = terms("talks with Tillerson");
        assert_eq!(t.last().unwrap().kind, TermKind::Name);
        assert_eq!(terms("Talks ended")[0].kind, TermKind::Word);
    }

    #[test]
    fn alias_mentions_give_surface_forms_and_offsets() {
        let text = "Sergey Lavrov met al-Jaafari; the IS group fled.";
        let found = alias_mentions(text);
        let got: Vec<(&str, usize)> = found.iter().map(|m| (m.surface, m.start)).collect();
        assert_eq!(
            got,
            [("Sergey Lavrov", 0), ("al-Jaafari", 18), ("IS group", 34)]
        );
        assert_eq!(alias_group_of("Sergei Lavrov"), Some(found[0].group));
        assert_eq!(alias_group_of("Lavrov met"), None);
    }

    #[test]
    fn numbers_are_kept_whole() {
        let t = terms("about 2,000 troops");
        assert_eq!(
            t[0],
            Term {
                key: "2000".into(),
                kind: TermKind::Number
            }
        );
    }

    #[test]
    fn every_alias_group_is_reachable_by_its_canonical_name() {
        for group in alias_groups() {
            let found = terms(&group.canonical);
            assert_eq!(found.len(), 1, "{}", group.canonical);
            assert_eq!(found[0].key, group.canonical.to_lowercase());
        }
    }
}
