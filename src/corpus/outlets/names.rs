//! Outlet and agency names as written in prose ("Itar Tass", "the AP"),
//! looked up in the outlet table's names, wire tokens and aliases.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::TABLE;
use crate::corpus::dates::strip_prefix_ci;

/// A news outlet or agency named in prose, as the outlet table knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamedSource {
    /// The display name ("TASS", "The New York Times").
    pub name: &'static str,
    /// Whether it is a news agency: on the table's wire list.
    pub agency: bool,
}

/// Every name the table knows, folded ([`fold_name`]) → display name, and
/// the names written in capitals only ("AP", "CNN"), which must match exactly.
struct Names {
    folded: HashMap<String, &'static str>,
    capitals: HashMap<&'static str, &'static str>,
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut names = Names {
        folded: HashMap::new(),
        capitals: HashMap::new(),
    };
    let mut add = |spelling: &'static str, name: &'static str, always_folded: bool| {
        if !always_folded && is_capitals(spelling) {
            names.capitals.entry(spelling).or_insert(name);
        } else {
            names.folded.entry(fold_name(spelling)).or_insert(name);
        }
    };
    for (alias, name) in &TABLE.aliases {
        add(alias, name, true);
    }
    for wire in &TABLE.wires {
        add(&wire.name, &wire.name, false);
        wire.tokens.iter().for_each(|t| add(t, &wire.name, false));
    }
    let mut outlets: Vec<&'static String> = TABLE.domains.values().collect();
    outlets.sort();
    outlets.into_iter().for_each(|n| add(n, n, false));
    names
});

/// The outlet or agency a name written in prose refers to ("Itar Tass",
/// "the Associated Press", "AP", "New York Times"): a display name, wire
/// token or alias of `assets/outlets.toml`, ignoring case, hyphens, dots and
/// a leading "The"; a spelling in capitals only must be written so.
///
/// ```
/// use storydiff::corpus::outlets::source_named;
/// assert_eq!(source_named("Itar Tass").map(|s| s.name), Some("TASS"));
/// assert!(source_named("the Associated Press").is_some_and(|s| s.agency));
/// assert_eq!(source_named("Ap"), None);
/// ```
pub fn source_named(written: &str) -> Option<NamedSource> {
    let bare = strip_prefix_ci(written.trim(), "the ").unwrap_or(written.trim());
    let name = NAMES
        .capitals
        .get(bare)
        .or_else(|| NAMES.folded.get(&fold_name(bare)))?;
    Some(NamedSource {
        name,
        agency: TABLE.wires.iter().any(|w| w.name == *name),
    })
}

/// The display names of the table's outlets, sorted (each once).
pub fn outlet_names() -> impl Iterator<Item = &'static str> {
    static SORTED: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut names: Vec<&'static str> = TABLE.domains.values().map(String::as_str).collect();
        names.sort_unstable();
        names.dedup();
        names
    });
    SORTED.iter().copied()
}

/// A name folded for lookup: lowercase, hyphens and dots as spaces,
/// whitespace collapsed, a leading "the" dropped.
fn fold_name(name: &str) -> String {
    let spaced: String = name
        .chars()
        .map(|c| {
            if matches!(c, '-' | '.' | '\u{2010}') {
                ' '
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

/// Whether every letter of `name` is a capital (at least two letters).
fn is_capitals(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
}
