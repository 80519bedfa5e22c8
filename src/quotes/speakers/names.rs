//! Names and role phrases in an attribution clause: which tokens can be part
//! of a speaker's name, and the mention a run of them makes.

use super::super::lexicon::{is_role_word, reporting_verb, role_class};
use super::super::tokens::Token;
use super::{DETERMINERS, ELLIPTIC, HONORIFICS, MODIFIERS, Mention, NOT_NAMES, PRONOUNS, lower};
use crate::corpus::dates::{MONTHS, WEEKDAYS};
use crate::corpus::terms::{fold_word, is_english_stop_word};

/// "al-Jaafari", "el-Sisi": a lowercase particle joined to a capitalised name.
pub(super) fn particle_name(t: &Token) -> bool {
    t.text.split_once('-').is_some_and(|(p, rest)| {
        p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

pub(super) fn is_name_token(t: &Token) -> bool {
    // Most tokens are lowercase words or marks: decided before any string work.
    if !t.word || !(t.capitalised() || particle_name(t)) {
        return false;
    }
    let l = lower(t);
    !NOT_NAMES.contains(&l.as_str())
        && !WEEKDAYS.contains(&l.as_str())
        && !MONTHS.contains(&l.as_str())
        && !HONORIFICS.contains(&l.as_str())
        && !DETERMINERS.contains(&l.as_str())
        && !l.ends_with("-based")
        && (t.text.contains('-') || !is_english_stop_word(&fold_word(t.text)))
        && reporting_verb(&l).is_none()
}

/// Capitalised heads of an organisation's name that a preposition can
/// continue ("Center for Strategic & International Studies", "Ministry of
/// Foreign Affairs").
const ORG_HEADS: &[&str] = &[
    "center",
    "centre",
    "institute",
    "council",
    "committee",
    "foundation",
    "department",
    "ministry",
    "office",
    "bureau",
    "association",
    "society",
    "league",
    "fund",
    "commission",
    "union",
    "school",
    "university",
    "coalition",
    "campaign",
    "alliance",
    "federation",
    "organization",
    "organisation",
    "agency",
    "board",
    "party",
];

/// Lowercase particles inside personal names.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten",
    "bin", "ibn", "al", "el", "la", "le",
];

/// Whether token `k` joins two parts of one name: "&" between capitalised
/// words ("Strategic & International"), "for"/"of" after an
/// organisation's head ("Center for …", "Ministry of …"), or a particle
/// ("Luis de Miranda").
pub(super) fn joins_name(tokens: &[Token], k: usize) -> bool {
    let (Some(prev), Some(next)) = (
        k.checked_sub(1).and_then(|p| tokens.get(p)),
        tokens.get(k + 1),
    ) else {
        return false;
    };
    // "Luis de Miranda", "Ursula von der Leyen": a name's lowercase
    // particles, between its capitalised words.
    if NAME_PARTICLES.contains(&tokens[k].text) {
        let particle = |t: &Token| NAME_PARTICLES.contains(&t.text);
        let before =
            is_name_token(prev) || (particle(prev) && k >= 2 && is_name_token(&tokens[k - 2]));
        let after =
            is_name_token(next) || (particle(next) && tokens.get(k + 2).is_some_and(is_name_token));
        return before && after;
    }
    if !is_name_token(next) || !is_name_token(prev) {
        return false;
    }
    match tokens[k].text {
        "&" => true,
        "for" | "of" => ORG_HEADS.contains(&lower(prev).as_str()),
        _ => false,
    }
}

pub(super) fn in_phrase(t: &Token) -> bool {
    if !t.word {
        return false;
    }
    if is_name_token(t) {
        return true;
    }
    let l = lower(t);
    let possessive = l.ends_with("'s") || (l.ends_with("s'") && l.len() > 2);
    is_role_word(&l)
        || MODIFIERS.contains(&l.as_str())
        || HONORIFICS.contains(&l.as_str())
        || DETERMINERS.contains(&l.as_str())
        || (possessive && l.len() > 3)
}

/// Turns phrase tokens into a mention, or None when nothing names a speaker.
pub(super) fn mention_of(tokens: &[Token]) -> Option<Mention> {
    if tokens.is_empty() {
        return None;
    }
    if let [one] = tokens {
        let l = lower(one);
        if is_pronoun(&l) {
            return Some(Mention::Pronoun(one.text.to_string()));
        }
        if ELLIPTIC.contains(&l.as_str()) {
            // "Another asks": the noun is the clause before's.
            return Some(Mention::Role(vec![one.text.to_string()]));
        }
    }
    let last = tokens.last()?;
    if last.capitalised() && role_class(&lower(last)) == Some("body") {
        // An organisation: "The Korean Central News Agency", "Russian Defense Ministry".
        let start = tokens
            .iter()
            .rposition(|t| !t.capitalised() || !t.word || t.possessive())
            .map_or(0, |i| i + 1);
        let start = start + usize::from(DETERMINERS.contains(&lower(&tokens[start]).as_str()));
        if tokens.len() - start >= 2 {
            let words = |ts: &[Token]| ts.iter().map(|t| t.text.to_string()).collect::<Vec<_>>();
            return Some(Mention::Name {
                role: words(&tokens[..start]),
                name: words(&tokens[start..]).join(" "),
            });
        }
    }
    let name_start = (0..tokens.len())
        .rev()
        .find(|&i| {
            let t = &tokens[i];
            let l = lower(t);
            !(is_name_token(t) || joins_name(tokens, i))
                || is_role_word(&l)
                || MODIFIERS.contains(&l.as_str())
                || t.possessive()
        })
        .map_or(0, |i| i + 1);
    let words = |ts: &[Token]| ts.iter().map(|t| t.text.to_string()).collect::<Vec<_>>();
    if name_start < tokens.len() {
        let name = words(&tokens[name_start..]).join(" ");
        return Some(Mention::Name {
            role: words(&tokens[..name_start]),
            name,
        });
    }
    // A role phrase needs a role noun at its head.
    let head = lower(tokens.last()?);
    is_role_word(&head).then(|| Mention::Role(words(tokens)))
}

/// The phrase ending just before `end` (exclusive), scanning backwards.
pub(super) fn phrase_before<'a>(tokens: &[Token<'a>], end: usize) -> Option<Mention> {
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &tokens[start - 1];
        let l = lower(t);
        if end - start == 0 && is_pronoun(&l) {
            start -= 1;
            break;
        }
        // "A Number 10 spokesperson": a number inside a proper name.
        let numbered = t.text.chars().all(|c| c.is_ascii_digit())
            && start >= 2
            && tokens[start - 2].capitalised();
        if !in_phrase(t) && !numbered && !joins_name(tokens, start - 1) {
            break;
        }
        start -= 1;
        if DETERMINERS.contains(&l.as_str()) {
            break;
        }
    }
    mention_of(&tokens[start..end])
}

/// He, she or they, also with a contracted auxiliary ("he's", "she'd").
pub(super) fn is_pronoun(lower: &str) -> bool {
    PRONOUNS.contains(&lower.split('\'').next().unwrap_or(lower))
}

/// Where the phrase that ends at `end` starts (see [`phrase_before`]).
pub(super) fn phrase_start(tokens: &[Token], end: usize) -> usize {
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &tokens[start - 1];
        if !in_phrase(t) && !joins_name(tokens, start - 1) {
            break;
        }
        start -= 1;
        if DETERMINERS.contains(&lower(t).as_str()) {
            break;
        }
    }
    start
}

/// The phrase starting at `start`, scanning forwards.
pub(super) fn phrase_after(tokens: &[Token], start: usize) -> Option<(Mention, usize)> {
    let first = tokens.get(start)?;
    if PRONOUNS.contains(&lower(first).as_str()) {
        return Some((Mention::Pronoun(first.text.to_string()), start + 1));
    }
    let mut end = start;
    while end < tokens.len()
        && end - start < 8
        && (in_phrase(&tokens[end]) || (end > start && joins_name(tokens, end)))
    {
        if end > start && DETERMINERS.contains(&lower(&tokens[end]).as_str()) {
            break;
        }
        end += 1;
    }
    mention_of(&tokens[start..end]).map(|m| (m, end))
}
