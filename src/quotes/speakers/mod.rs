//! Who said it: attribution clauses around a quotation, and resolving
//! pronouns and role nouns to the people an article has named.

use super::tokens::Token;

/// Words that open a noun phrase; a backward scan stops after one.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "another", "each",
];
/// Determiners that can stand alone for a noun phrase of the clause before
/// ("One question asks …. Another asks …").
const ELLIPTIC: &[&str] = &["another", "one"];
/// Lowercase modifiers allowed inside a role phrase ("the top diplomat").
const MODIFIERS: &[&str] = &[
    "top",
    "senior",
    "former",
    "chief",
    "deputy",
    "acting",
    "foreign",
    "defense",
    "defence",
    "press",
    "state",
    "prime",
    "vice",
    "military",
    "local",
    "government",
    "ministry",
    "interior",
    "finance",
    "health",
    "security",
    "national",
    "official",
    "outside",
    "personal",
    "legal",
    "u.s.",
    "us",
];
/// Auxiliaries and adverbs between a subject and its verb ("has also said").
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "is",
    "also",
    "later",
    "then",
    "further",
    "again",
    "once",
    "earlier",
    "previously",
    "repeatedly",
    "reportedly",
    "would",
    "will",
    "had",
    "once",
    "also",
    "just",
    "recently",
    "publicly",
    "separately",
    "often",
    "frequently",
    "sometimes",
    "privately",
    "always",
    "never",
];
const PRONOUNS: &[&str] = &["he", "she", "they"];
/// Titles before a name; part of the role, never of the name.
const HONORIFICS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "prof.",
    "sgt.", "adm.", "amb.", "hon.", "rev.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr",
    "miss",
];
/// Lowercase words after a name that show it is not a clause's subject.
const NOT_VERBS: &[&str] = &[
    "of", "and", "or", "in", "on", "at", "for", "with", "to", "from", "by", "the", "a", "an",
    "who", "whom", "which", "whose", "that", "as", "than", "but", "about", "into", "over",
];
/// Words that make a clause relative: "Boris Johnson, who said …".
const RELATIVES: &[&str] = &["who", "which", "whose"];
/// Capitalised words that start sentences but are not names (weekdays and
/// months are excluded too).
const NOT_NAMES: &[&str] = &[
    "earlier",
    "later",
    "meanwhile",
    "however",
    "speaking",
    "asked",
    "but",
    "and",
    "yet",
    "still",
    "now",
    "today",
    "yesterday",
    "instead",
    "separately",
    "moreover",
    "also",
    "according",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
];

/// The words that name a speaker in an attribution clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention {
    /// A name, perhaps after a role ("Russian Foreign Minister" + "Sergey Lavrov").
    Name { role: Vec<String>, name: String },
    /// A role noun phrase without a name ("the Russian minister").
    Role(Vec<String>),
    /// He, she or they.
    Pronoun(String),
}

impl Mention {
    /// The words as written.
    pub fn text(&self) -> String {
        match self {
            Mention::Name { role, name } => {
                let mut words = role.clone();
                words.push(name.clone());
                words.join(" ")
            }
            Mention::Role(words) => words.join(" "),
            Mention::Pronoun(p) => p.clone(),
        }
    }
}

/// An attribution clause: who, and by which verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The words naming the speaker.
    pub mention: Mention,
    /// The reporting verb's key ("said", "according to").
    pub verb: String,
    /// The body the clause ties the speaker to ("a spokeswoman for the
    /// NAACP"), when it names one.
    pub org: Option<String>,
}

fn lower(t: &Token) -> String {
    t.lower()
}

/// Words that open an adverbial clause or phrase put before the subject:
/// "As he held out the prospect …, Mr. Trump repeated", "After talks with
/// Mr. Kim, the president said".
const FRONTING: &[&str] = &[
    "as",
    "when",
    "while",
    "after",
    "before",
    "since",
    "although",
    "though",
    "because",
    "if",
    "unless",
    "once",
    "until",
    "despite",
    "following",
    "amid",
    "during",
    "upon",
    "with",
    "without",
    "in",
    "at",
    "on",
];

/// Where an adverbial put before a sentence's subject ends: the index of
/// the comma closing "As he held out the prospect of a deal with Mr. Kim,"
/// or "Hosting President Emmanuel Macron at the White House," (a
/// participle with its object). The people named or referred to inside it
/// are not the subject of the sentence; the phrase after the comma is.
pub(super) fn fronted_adverbial_end(tokens: &[Token]) -> Option<usize> {
    let first = tokens.iter().position(|t| t.word)?;
    let opener = lower(&tokens[first]);
    let participle = opener.len() > 4
        && (opener.ends_with("ing") || opener.ends_with("ed"))
        && tokens.get(first + 1).is_some_and(|next| {
            let l = lower(next);
            next.word
                && (names::is_name_token(next)
                    || DETERMINERS.contains(&l.as_str())
                    || matches!(
                        l.as_str(),
                        "to" | "about"
                            | "on"
                            | "by"
                            | "at"
                            | "with"
                            | "for"
                            | "if"
                            | "whether"
                            | "why"
                            | "what"
                            | "how"
                            | "in"
                            | "him"
                            | "her"
                            | "them"
                            | "reporters"
                    ))
        });
    if !(participle || FRONTING.contains(&opener.as_str())) {
        return None;
    }
    // A clause, not the whole sentence: the comma comes before a
    // quotation mark or a semicolon does, and not too far on.
    tokens[first..]
        .iter()
        .take(40)
        .take_while(|t| !matches!(t.text, "“" | "\"" | ";" | ":"))
        .position(|t| t.text == ",")
        .map(|i| first + i)
}

mod cues;
mod gender;
mod names;
mod people;
mod resolve;

pub use cues::{
    attribution_after, attribution_at_end, attribution_before, colon_attribution,
    headline_attribution,
};
pub use people::People;
pub use resolve::Resolution;

#[cfg(test)]
mod tests;
