//! The words the cue patterns anchor on: verbs, media nouns, officials'
//! nouns and document nouns, with the limits on how far a name may run.

/// Verbs that credit an outlet named before them ("Itar Tass reported").
pub(super) const CREDIT_VERBS: [&str; 9] = [
    "reported", "reports", "quoted", "cited", "wrote", "writes", "said", "says", "added",
];
/// Words allowed between an outlet's name and its verb ("TASS news agency
/// reported", "Reuters has reported").
pub(super) const LINKS: [&str; 7] = ["news", "agency", "has", "had", "also", "earlier", "first"];
/// Nouns that introduce the name of a medium ("the magazine People").
pub(super) const MEDIA_NOUNS: [&str; 16] = [
    "agency",
    "magazine",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "tabloid",
    "broadcaster",
    "network",
    "channel",
    "station",
    "radio",
    "television",
    "website",
    "outlet",
    "newswire",
];
/// Verbs of speaking after an official ("officials said").
pub(super) const SAY_VERBS: [&str; 10] = [
    "said",
    "says",
    "say",
    "told",
    "confirmed",
    "stated",
    "added",
    "warned",
    "claimed",
    "announced",
];
/// Nouns naming unnamed or role-named official sources.
pub(super) const OFFICIAL_NOUNS: [&str; 16] = [
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    "ministry",
    "embassy",
    "kremlin",
    "pentagon",
];
/// Words that may stand before an official noun in its phrase.
pub(super) const OFFICIAL_MODIFIERS: [&str; 18] = [
    "senior",
    "former",
    "top",
    "administration",
    "government",
    "intelligence",
    "defense",
    "defence",
    "military",
    "security",
    "state",
    "foreign",
    "local",
    "western",
    "unnamed",
    "anonymous",
    "other",
    "ranking",
];
/// Determiners and numbers that open an official's phrase (kept in the
/// naming words, dropped from the source).
pub(super) const DETERMINERS: [&str; 9] = [
    "a", "an", "the", "two", "three", "several", "some", "many", "one",
];
/// Nouns of documents ("in a statement", "a leaked memo").
pub(super) const DOCUMENT_NOUNS: [&str; 17] = [
    "statement",
    "letter",
    "report",
    "memo",
    "memorandum",
    "filing",
    "release",
    "communique",
    "document",
    "documents",
    "email",
    "emails",
    "cable",
    "cables",
    "transcript",
    "dossier",
    "indictment",
];
/// Adjectives that make a document a leak ("a leaked memo").
pub(super) const LEAK_ADJECTIVES: [&str; 6] = [
    "leaked",
    "confidential",
    "internal",
    "classified",
    "secret",
    "draft",
];
/// Longest outlet name read, in words.
pub(super) const MAX_NAME_WORDS: usize = 5;
/// Most words between "told the" and a media noun ("the Russian newspaper").
pub(super) const MAX_MEDIA_GAP: usize = 3;
