//! The word lists behind the boundary rules, parsed once from
//! `assets/abbreviations.txt`.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The embedded word-list asset (sections of one-per-line entries).
const SOURCE: &str = include_str!("../../../assets/abbreviations.txt");

/// Word lists used by the boundary rules, each matched case-sensitively.
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    /// Titles before a name (`Mr`, `Dr`): never end a sentence.
    pub(super) titles: HashSet<&'static str>,
    /// Other abbreviations (`Inc`, `St`, `Jan`): end one only before a starter.
    pub(super) abbreviations: HashSet<&'static str>,
    /// Common capitalised sentence openers (`He`, `The`, `But`).
    pub(super) starters: HashSet<&'static str>,
    /// Capitalised words that continue a sentence after `a.m.`/`p.m.`.
    pub(super) time_followers: HashSet<&'static str>,
}

/// The lexicon, parsed on first use.
pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse(SOURCE));

impl Lexicon {
    /// Parses the `[section]`-headed list format; lines of unknown sections
    /// are ignored (the unit tests check every known section is filled).
    fn parse(source: &'static str) -> Self {
        let mut lexicon = Self::default();
        let mut section: Option<&'static str> = None;
        for line in source.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.trim());
                continue;
            }
            let set = match section {
                Some("titles") => &mut lexicon.titles,
                Some("abbreviations") => &mut lexicon.abbreviations,
                Some("sentence_starters") => &mut lexicon.starters,
                Some("time_followers") => &mut lexicon.time_followers,
                _ => continue,
            };
            set.insert(line.trim_end_matches('.'));
        }
        lexicon
    }
}

#[cfg(test)]
mod tests {
    use super::LEXICON;

    #[test]
    fn every_section_is_loaded() {
        assert!(LEXICON.titles.contains("Mr") && LEXICON.titles.contains("Dr"));
        assert!(LEXICON.abbreviations.contains("Inc"));
        assert!(LEXICON.abbreviations.contains("Sept"));
        assert!(LEXICON.starters.contains("He") && LEXICON.starters.contains("The"));
        assert!(LEXICON.time_followers.contains("Friday"));
        assert!(
            !LEXICON.titles.contains("U.S"),
            "acronyms are found by shape"
        );
    }
}
