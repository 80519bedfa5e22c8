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
    ];
    words(next).next().is_some_and(|w| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_lowercase)
            && !crate::corpus::terms::is_stop_word(&lower)
            && !LINKS.contains(&lower.as_str())
    })
}
