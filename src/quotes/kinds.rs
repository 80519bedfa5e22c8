//! Whether a short quotation is someone's word or the writer's: the cues in
//! the words around it that decide between partial and scare.

use crate::corpus::terms::words;

/// Whether a short clause before a quotation introduces it as a name or a
/// description ("called it a", "described … as").
pub(super) fn introduces(head: &str) -> bool {
    let all: Vec<&str> = words(head).collect();
    let tail: Vec<String> = all.iter().rev().take(2).map(|w| w.to_lowercase()).collect();
    matches!(
        tail.first().map(String::as_str),
        Some("as" | "a" | "an" | "it" | "them" | "him" | "her" | "this" | "that")
    ) || tail.get(1).is_some_and(|w| w == "as")
}

/// Whether a short quotation can be a verb's complement rather than a
/// word the writer put in quotes inside their own noun phrase: "numerous
/// “mistakes”", "the so-called “experts”", "allegedly “buried”".
pub(super) fn complement_position(head: &str) -> bool {
    let Some(last) = words(head).last() else {
        return true;
    };
    !matches!(
        last.to_lowercase().as_str(),
        "numerous"
            | "many"
            | "several"
            | "some"
            | "multiple"
            | "few"
            | "such"
            | "these"
            | "those"
            | "so-called"
            | "alleged"
            | "allegedly"
            | "supposed"
            | "supposedly"
            | "purported"
            | "purportedly"
            | "reportedly"
            | "apparently"
            | "de-facto"
            | "self-styled"
            | "self-proclaimed"
            | "its"
            | "their"
            | "our"
    )
}

/// Whether a short quotation is a title after a preposition: "saying on
/// “Fox & Friends” that", "in “The Art of the Deal”". Every word of it is
/// capitalised; it names a programme or a work, nobody's words.
pub(super) fn title_after_preposition(head: &str, quoted: &str) -> bool {
    let after_preposition = words(head).last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "on" | "in" | "at" | "from" | "to" | "by" | "with" | "for"
        )
    });
    let mut quoted_words = words(quoted).peekable();
    after_preposition
        && quoted_words.peek().is_some()
        && quoted_words.all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// Whether a short quotation is a name given by a verb of naming:
/// "nicknamed him “Little Rocket Man”", "referred to Kim as “Rocket Man”",
/// "a program called “Project Amad”". Every word of it is capitalised; a
/// nickname or a name is nobody's statement ("called the deal “insane”"
/// is one).
pub(super) fn name_given(head: &str, quoted: &str) -> bool {
    let head_words: Vec<&str> = words(head).collect();
    let naming = head_words.iter().rev().take(4).any(|w| {
        let w = w.to_lowercase();
        [
            "nicknam", "dub", "call", "name", "label", "brand", "refer", "known",
        ]
        .iter()
        .any(|stem| w.starts_with(stem))
    });
    let mut quoted_words = words(quoted).peekable();
    naming
        && !quoted.trim_end().ends_with(['.', '!', '?'])
        && quoted_words.peek().is_some()
        && quoted_words.all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// Whether a short quotation comes right after a possessive determiner:
/// "during his “working visit”" names the writer's noun phrase's thing.
pub(super) fn after_possessive(head: &str) -> bool {
    words(head).last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "his" | "her" | "its" | "their" | "our" | "my" | "your" | "whose"
        )
    })
}

/// Whether a short quotation after a determiner heads the subject of the
/// clause a verb reports: "said the “half a ton” of files were moved" (the
/// writer's noun phrase, not the speaker's complement). The words after it
/// reach a finite verb with no punctuation between.
pub(super) fn in_reported_subject(head: &str, tail: &str) -> bool {
    let determined = words(head).last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "this" | "these" | "that" | "some" | "several" | "many" | "numerous"
        )
    });
    if !determined {
        return false;
    }
    let clause = tail
        .split([',', ';', ':', '.', '—', '–', '(', '“', '"'])
        .next()
        .unwrap_or("");
    words(clause).take(6).skip(1).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would"
        )
    })
}

/// Whether the writer's words before a quotation open a relative clause
/// after a comma (", which are now in a", ", who lives in a").
pub(super) fn relative_clause(head: &str) -> bool {
    head.split(',').skip(1).any(|part| {
        words(part)
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "which" | "who" | "where"))
    })
}

/// Whether a short quotation is followed by a lowercase content word, so it
/// modifies a noun of the writer's ("“barbaric” airstrikes", "the
/// “anti-ISIS” coalition").
pub(super) fn premodifier(tail: &str) -> bool {
    let next = tail.trim_start();
    if next.starts_with(|c: char| !c.is_alphabetic()) {
        return false;
    }
    const LINKS: &[&str] = &[
        "since",
        "until",
        "after",
        "before",
        "during",
        "against",
        "toward",
        "towards",
        "among",
        "despite",
        "over",
        "under",
        "through",
        "without",
        "within",
        "across",
        "beyond",
        "because",
        "unless",
        "while",
        "whereas",
        "amid",
        "following",
        // Adverbials of time: "spent it on “urgent repairs” last winter".
        "last",
        "next",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "again",
    ];
    let mut after = words(next);
    let Some(w) = after.next() else {
        return false;
    };
    let lower = w.to_lowercase();
    // "a “very bad idea” guaranteed to …", "“strange things” taking place",
    // "“back and forth” according to …": a participle or the attribution
    // after the quotation follows a whole noun phrase, it is not the noun
    // the quotation would modify ("the “anti-ISIS” fighting of" is).
    let participle = lower.len() > 4
        && (lower.ends_with("ed") || lower.ends_with("ing"))
        && after.next().is_none_or(|n| !n.eq_ignore_ascii_case("of"));
    let attribution = lower == "according" || super::lexicon::reporting_verb(&lower).is_some();
    w.chars().next().is_some_and(char::is_lowercase)
        && !crate::corpus::terms::is_english_stop_word(&lower)
        && !LINKS.contains(&lower.as_str())
        && !participle
        && !attribution
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_after_the_quotation_makes_it_a_premodifier() {
        assert!(premodifier(" airstrikes in Syria"));
        assert!(premodifier(" extension for Canada"));
        assert!(premodifier(" bombing of the city"));
    }

    #[test]
    fn a_capitalised_quotation_after_a_preposition_is_a_title() {
        assert!(title_after_preposition("saying on ", "Fox & Friends"));
        assert!(title_after_preposition("he wrote in ", "The Art Of War"));
        assert!(!title_after_preposition(
            "talks at ",
            "extremely high levels"
        ));
        assert!(!title_after_preposition("called it ", "Very Friendly"));
    }

    #[test]
    fn a_capitalised_quotation_after_a_verb_of_naming_is_a_name() {
        assert!(name_given("nicknamed him ", "Little Rocket Man"));
        assert!(name_given("has referred to Kim as ", "Rocket Man"));
        assert!(name_given("the Iranian program, called ", "Project Amad"));
        assert!(!name_given("called the deal ", "insane"));
        assert!(!name_given("said it was ", "Very Friendly"));
        assert!(!name_given("called it ", "Wrong!"));
    }

    #[test]
    fn a_possessive_determiner_before_the_quotation_is_seen() {
        assert!(after_possessive("demonstrators during his "));
        assert!(after_possessive("said that their "));
        assert!(!after_possessive("was in talks at "));
    }

    #[test]
    fn a_quotation_heading_a_reported_subject_or_in_a_relative_clause_is_seen() {
        assert!(in_reported_subject(
            "Lopes said the ",
            " of papers were burned"
        ));
        assert!(!in_reported_subject(
            "Lopes said ",
            " of papers were burned"
        ));
        assert!(!in_reported_subject("Lopes called the ", ", he said."));
        assert!(relative_clause(" of the old papers, which are now in a "));
        assert!(!relative_clause(" and "));
    }

    #[test]
    fn a_participle_or_an_attribution_after_the_quotation_does_not() {
        assert!(!premodifier(" guaranteed to disrupt trade, Trudeau said."));
        assert!(!premodifier(" taking place in the coalition"));
        assert!(!premodifier(" designed to hurt farmers"));
        assert!(!premodifier(" according to his lawyer."));
        assert!(!premodifier(" said the minister."));
        assert!(!premodifier(", he said."));
        assert!(!premodifier(" last winter, he said."));
    }
}
