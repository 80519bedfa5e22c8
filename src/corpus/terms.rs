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

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

mod cache;

use cache::{Scan, with_scan};
pub(crate) use cache::{TermKeys, with_term_keys};

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
    /// The keys of the three maps by their folded first word, each list
    /// longest first and, at one length, exact before mixed before folded:
    /// the order in which [`alias_at`] tries them.
    phrases: FxHashMap<String, Vec<Phrase>>,
    /// Each group's canonical name, lowercase: the key of its alias terms.
    keys: Vec<String>,
}

/// How a phrase's words are compared with a text's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Matching {
    /// Every word exactly as written.
    Exact,
    /// Acronyms as written, other words folded.
    Mixed,
    /// Every word folded.
    Folded,
}

/// One alias key, as [`alias_at`] compares it word by word.
#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    matching: Matching,
    group: usize,
}

impl Phrase {
    /// Whether the phrase's words are the scanned words from `i` on.
    fn matches(&self, scan: &Scan<'_, '_>, i: usize) -> bool {
        self.words.iter().enumerate().all(|(k, word)| {
            let raw = scan.raw(i + k);
            let folded = &*scan.info(i + k).folded;
            match self.matching {
                Matching::Exact => raw == word,
                Matching::Mixed if is_acronym(raw) => raw == word,
                Matching::Mixed | Matching::Folded => folded == word,
            }
        })
    }
}

/// The three maps' keys as phrases listed by folded first word, in the
/// order [`alias_at`] tries them.
fn phrases_by_first_word(index: &AliasIndex) -> FxHashMap<String, Vec<Phrase>> {
    let mut phrases: FxHashMap<String, Vec<Phrase>> = FxHashMap::default();
    let maps = [
        (&index.exact, Matching::Exact),
        (&index.mixed, Matching::Mixed),
        (&index.folded, Matching::Folded),
    ];
    for (map, matching) in maps {
        for (words, &group) in map {
            let Some(first) = words.first() else { continue };
            // The same first word as `first_words` holds for the key.
            let first = match matching {
                Matching::Folded => first.clone(),
                Matching::Exact | Matching::Mixed => fold_word(first),
            };
            phrases.entry(first).or_default().push(Phrase {
                words: words.clone(),
                matching,
                group,
            });
        }
    }
    for list in phrases.values_mut() {
        list.sort_by(|a, b| {
            (b.words.len(), a.matching, &a.words).cmp(&(a.words.len(), b.matching, &b.words))
        });
    }
    phrases
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
        phrases: FxHashMap::default(),
        keys: Vec::new(),
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
    index.phrases = phrases_by_first_word(&index);
    index.keys = index
        .groups
        .iter()
        .map(|g| g.canonical.to_lowercase())
        .collect();
    index
});

/// The words of a word list: one per line, `#` comments.
fn word_list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static ENGLISH_STOP_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../assets/stopwords.txt")).collect());

static FOREIGN_FUNCTION_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../../assets/function_words.txt")).collect());

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The English (Porter 2) stem of a lowercased word, as the matching
/// vocabulary stems it; for any stage that compares words by their stem.
pub fn stem(lowercased: &str) -> std::borrow::Cow<'_, str> {
    STEMMER.stem(lowercased)
}

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

/// Whether a word is a stop word, as written (`written`) and folded: an
/// English function word (`assets/stopwords.txt`), or one of the other
/// languages news is often written in (`assets/function_words.txt`: "les",
/// "der", "los") when it is lowercase or starts its sentence. Capitalised
/// inside a sentence, those are name parts in English text ("Los Angeles",
/// "El Paso", "Kim Jong Un"). Function words carry no content.
pub fn is_stop_word_as_written(written: &str, folded: &str, sentence_start: bool) -> bool {
    ENGLISH_STOP_WORDS.contains(folded)
        || (FOREIGN_FUNCTION_WORDS.contains(folded)
            && (sentence_start || !written.chars().next().is_some_and(char::is_uppercase)))
}

/// Whether a folded word is one of another language's function words
/// (see [`is_stop_word_as_written`]).
pub(crate) fn is_foreign_function_word(folded: &str) -> bool {
    FOREIGN_FUNCTION_WORDS.contains(folded)
}

/// Whether a folded word is a stop word whatever its case: an English
/// function word, or one of another language's (see
/// [`is_stop_word_as_written`]).
pub fn is_stop_word(folded: &str) -> bool {
    ENGLISH_STOP_WORDS.contains(folded) || FOREIGN_FUNCTION_WORDS.contains(folded)
}

/// Whether a folded word is an English function word only: for reading
/// English phrasing around names ("de" in "Bill de Blasio", "von" in
/// "Ursula von der Leyen" are part of the name there).
pub fn is_english_stop_word(folded: &str) -> bool {
    ENGLISH_STOP_WORDS.contains(folded)
}

/// Splits text into words: letters and digits, with inner apostrophes, dots
/// (U.S., 3.5) and commas between digits (1,000) kept.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = first_alphanumeric(rest)?;
        let tail = &rest[start..];
        let end = word_length(tail);
        rest = &tail[end..];
        Some(&tail[..end])
    })
}

/// The character at byte `i` of `text` (a character boundary), read without
/// decoding when it is ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[i..].chars().next(),
    }
}

/// Byte offset of the first letter or digit in `text`.
fn first_alphanumeric(text: &str) -> Option<usize> {
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_alphanumeric() {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// Length in bytes of the word `tail` starts with (at a letter or digit).
fn word_length(tail: &str) -> usize {
    let bytes = tail.as_bytes();
    let mut end = 0;
    let mut previous: Option<char> = None;
    let mut dotted = false;
    loop {
        // ASCII letters and digits, most of any word, without decoding.
        let run = bytes[end..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if run > 0 {
            end += run;
            previous = Some(char::from(bytes[end - 1]));
        }
        let Some(c) = char_at(tail, end) else { break };
        // A letter or digit continues the word; so does a joiner between
        // two of them (a comma only after a digit). The character after is
        // read only for a joiner: most characters are letters.
        if !c.is_alphanumeric() {
            let joins = matches!(c, '\'' | '’' | '.' | ',')
                && (c != ',' || previous.is_some_and(|p| p.is_ascii_digit()))
                && char_at(tail, end + c.len_utf8()).is_some_and(char::is_alphanumeric);
            if !joins {
                break;
            }
            dotted |= c == '.';
        }
        end += c.len_utf8();
        previous = Some(c);
    }
    // A trailing dot belongs to an acronym (U.S.) when the word has inner dots.
    if dotted && bytes.get(end) == Some(&b'.') {
        end + 1
    } else {
        end
    }
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
    let mut out = Vec::new();
    for_each_term(text, |kind, key| {
        out.push(Term {
            key: key.to_string(),
            kind,
        })
    });
    out
}

/// Calls `visit` with the kind and key of each term of `text`, in order:
/// the terms of [`terms`], without building a string for each.
///
/// ```
/// use storydiff::corpus::terms::{for_each_term, terms};
/// let text = "Daesh fighters left Raqqa.";
/// let mut keys = Vec::new();
/// for_each_term(text, |_, key| keys.push(key.to_string()));
/// assert_eq!(keys, ["islamic state", "fighter", "left", "raqqa"]);
/// ```
pub fn for_each_term(text: &str, mut visit: impl FnMut(TermKind, &str)) {
    with_scan(text, |scan| {
        each_term(scan, |kind, key, _| visit(kind, key))
    });
}

/// [`for_each_term`] over the texts scanned through `keys`, with each
/// term's key id: the same id for the same key in all of them, so terms
/// can be counted without hashing their keys.
pub(crate) fn for_each_term_id(
    keys: &mut TermKeys<'_>,
    text: &str,
    visit: impl FnMut(TermKind, &str, u32),
) {
    keys.scan(text, |scan| each_term(scan, visit));
}

/// The terms of a scanned text with their keys and key ids.
fn each_term(scan: &Scan<'_, '_>, mut visit: impl FnMut(TermKind, &str, u32)) {
    let mut i = 0;
    while i < scan.len() {
        if let Some((len, group)) = alias_at(scan, i) {
            visit(TermKind::Alias, &ALIASES.keys[group], scan.alias_key(group));
            i += len;
            continue;
        }
        let word = scan.info(i);
        if !word.stop_at(i == 0) {
            let kind = word.kind(i == 0);
            match kind {
                TermKind::Word => visit(kind, &word.stem, word.stem_key),
                _ => visit(kind, &word.folded, word.folded_key),
            }
        }
        i += 1;
    }
}

/// Calls `visit` with each word of `text` that is not a stop word: as
/// written, folded, and stemmed (the keys it can have as a name or number
/// and as an ordinary word), through the same per-thread cache as
/// [`for_each_term`].
pub(crate) fn for_each_content_word<'t>(text: &'t str, mut visit: impl FnMut(&'t str, &str, &str)) {
    with_scan(text, |scan| {
        for i in 0..scan.len() {
            let info = scan.info(i);
            if !info.stop_at(i == 0) {
                visit(scan.raw(i), &info.folded, &info.stem);
            }
        }
    });
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
    let mut out = Vec::new();
    with_scan(text, |scan| {
        let mut i = 0;
        while i < scan.len() {
            match alias_at(scan, i) {
                Some((len, group)) => {
                    let start = scan.start(i);
                    let end = scan.end(i + len - 1);
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
    });
    out
}

/// The alias group a name belongs to, if any ("Sergey Lavrov" → Sergei Lavrov).
pub fn alias_group_of(name: &str) -> Option<usize> {
    with_scan(name, |scan| {
        if scan.len() == 0 {
            return None;
        }
        alias_at(scan, 0)
            .filter(|&(len, _)| len == scan.len())
            .map(|(_, g)| g)
    })
}

/// The longest alias phrase starting at word `i`, as (length, group).
fn alias_at(scan: &Scan<'_, '_>, i: usize) -> Option<(usize, usize)> {
    if !scan.info(i).alias_start {
        return None;
    }
    let phrases = ALIASES.phrases.get(&*scan.info(i).folded)?;
    phrases
        .iter()
        .filter(|p| p.words.len() <= scan.len() - i)
        .find(|p| p.matches(scan, i))
        .map(|p| (p.words.len(), p.group))
}

/// The kind of term a word that is not a stop word gives.
fn kind_of(number: bool, capitalised: bool, sentence_start: bool) -> TermKind {
    if number {
        TermKind::Number
    } else if capitalised && !sentence_start {
        TermKind::Name
    } else {
        TermKind::Word
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn other_languages_function_words_are_stop_words_unless_they_are_name_parts() {
        assert_eq!(
            keys("Les députés ont voté la loi sur le renseignement."),
            ["député", "voté", "loi", "renseign"]
        );
        assert_eq!(
            keys("Der Minister und die Kanzlerin"),
            ["minister", "die", "kanzlerin"]
        );
        // Capitalised inside an English sentence: a name, not a function word.
        let names = keys("Rallies in Los Angeles and El Paso; the UN and Kim Jong Un.");
        for kept in ["los", "el", "united nations", "kim jong un"] {
            assert!(names.iter().any(|k| k == kept), "{kept} in {names:?}");
        }
        // Lowercase English words that another language also uses stay.
        assert_eq!(keys("on par with a car"), ["par", "car"]);
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

    /// The definition [`words`] implements, character by character.
    fn words_by_definition(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find(|c: char| c.is_alphanumeric()) {
            let tail = &rest[start..];
            let mut end = 0;
            let mut chars = tail.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let next_is_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
                let joiner = matches!(c, '\'' | '’' | '.' | ',') && next_is_alnum;
                let after_digit = tail[..i].chars().last().is_some_and(|c| c.is_ascii_digit());
                if c.is_alphanumeric() || (joiner && (c != ',' || after_digit)) {
                    end = i + c.len_utf8();
                } else {
                    break;
                }
            }
            let word = &tail[..end];
            if word.contains('.') && tail[end..].starts_with('.') {
                end += 1;
            }
            out.push(&tail[..end]);
            rest = &tail[end..];
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_split_as_defined(text in "[a-c0-9 .,'’\u{E9}\u{301}\u{660}\u{2014}-]{0,30}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_by_definition(&text));
        }
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
