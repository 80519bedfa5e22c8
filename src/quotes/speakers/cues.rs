//! Attribution clauses: the reporting frame before or after a quotation
//! (`X said: “…`, `“…,” said X`) and the subject of its verb.

use super::super::lexicon::{is_role_word, reporting_verb, role_class};
use super::super::tokens::{Token, tokenize};
use super::names::{in_phrase, phrase_after, phrase_before, phrase_start};
use super::{Attribution, BETWEEN, DETERMINERS, HONORIFICS, Mention, NOT_VERBS, RELATIVES, lower};
use crate::corpus::dates::{MONTHS, WEEKDAYS};
use crate::corpus::terms::{alias_group_of, alias_groups};

fn skip_between(tokens: &[Token], mut i: usize) -> usize {
    while tokens
        .get(i)
        .is_some_and(|t| BETWEEN.contains(&lower(t).as_str()))
    {
        i += 1;
    }
    i
}

fn skip_between_back(tokens: &[Token], mut i: usize) -> usize {
    while i > 0 && BETWEEN.contains(&lower(&tokens[i - 1]).as_str()) {
        i -= 1;
    }
    i
}

/// An attribution right after a quotation: `,” Lavrov said`,
/// `,” said the minister`, `,” he added`.
pub fn attribution_after(tail: &str) -> Option<Attribution> {
    let tokens = tokenize(tail);
    let start = tokens.iter().position(|t| t.word)?;
    // Only punctuation may stand between the closing mark and the clause.
    if tokens[..start]
        .iter()
        .any(|t| !matches!(t.text, "," | "." | "—" | "–" | "-" | "!" | "?"))
    {
        return None;
    }
    // "“…,” according to Kim": the source named right after the words,
    // whatever verb the sentence gave a relay before them.
    if lower(&tokens[start]) == "according"
        && tokens.get(start + 1).is_some_and(|t| lower(t) == "to")
    {
        let (mention, _) = phrase_after(&tokens, start + 2)?;
        return Some(Attribution {
            mention,
            verb: "according to".to_string(),
            org: None,
        });
    }
    if let Some(verb) = reporting_verb(&lower(&tokens[start])) {
        let (mention, end) = phrase_after(&tokens, start + 1)?;
        let (mention, end) = spokesperson_for(&tokens, mention, end);
        return Some(Attribution {
            mention,
            verb: verb.to_string(),
            org: org_after_comma(&tokens, end),
        });
    }
    let (mention, end) = phrase_after(&tokens, start)?;
    let (mut mention, mut end) = spokesperson_for(&tokens, mention, end);
    let mut org = None;
    if tokens.get(end).is_some_and(|t| t.text == ",") {
        // "Larry Kudlow, Mr. Trump's chief economic adviser, told reporters"
        let close = (end + 1..tokens.len().min(end + 18)).find(|&i| tokens[i].text == ",")?;
        let segment = &tokens[end + 1..close];
        if !is_apposition(segment) {
            return None;
        }
        org = org_in(segment);
        // "the British foreign secretary, Boris Johnson, said": the name
        // in commas is who holds the role.
        if let Mention::Role(role) = &mention
            && let Some((Mention::Name { role: more, name }, e)) = phrase_after(segment, 0)
            && e == segment.len()
        {
            let mut role = role.clone();
            role.extend(more);
            mention = Mention::Name { role, name };
        }
        end = close + 1;
    }
    let v = skip_between(&tokens, end);
    tokens.get(v)?;
    let verb = verb_at(&tokens, v)
        .or_else(|| (tokens[v].text == "states").then_some("stated"))
        .or_else(|| quoted_as_saying(&tokens, v).then_some("said"))
        .or_else(|| medium_after(&tokens, v).then_some("said"))?;
    Some(Attribution {
        mention,
        verb: verb.to_string(),
        org,
    })
}

/// "X was quoted by Iranian state television as saying": the subject of
/// "quoted" is the speaker, the medium after "by" only a relay. `at` is the
/// word after the subject and its auxiliaries.
fn quoted_as_saying(tokens: &[Token], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| lower(t) == "quoted")
        && tokens[at + 1..]
            .windows(2)
            .take(12)
            .take_while(|w| w[0].word)
            .any(|w| lower(&w[0]) == "as" && reporting_verb(&lower(&w[1])).is_some())
}

/// Where words are given: "in an interview", "in a statement", "on Twitter".
const MEDIA: &[&str] = &[
    "interview",
    "interviews",
    "statement",
    "speech",
    "address",
    "tweet",
    "post",
    "letter",
    "email",
    "e-mail",
    "podcast",
    "twitter",
    "facebook",
    "television",
    "radio",
    "conference",
    "briefing",
    "rally",
    "appearance",
    "broadcast",
    "hearing",
];

/// A speaker's name after a quotation with no verb but the occasion: `,”
/// Mnuchin in an interview broadcast Monday`, `,” Perez on Twitter`, `,”
/// Prime Minister Benjamin Netanyahu during a televised address`.
fn medium_after(tokens: &[Token], at: usize) -> bool {
    tokens
        .get(at)
        .is_some_and(|t| matches!(lower(t).as_str(), "in" | "on" | "during" | "at"))
        && tokens[at + 1..]
            .iter()
            .take(3)
            .take_while(|t| t.word)
            .any(|t| MEDIA.contains(&lower(t).as_str()))
}

/// A headline's speaker before its colon: `Netanyahu: Evidence proves Iran
/// deal “based on lies”`, `Israeli Ambassador to US: … “…”`. `head` is the
/// headline up to the quotation; the words before the first colon must be
/// one name or role phrase (a prepositional phrase may follow its head).
pub fn headline_attribution(head: &str) -> Option<Attribution> {
    let tokens = tokenize(head);
    let colon = tokens.iter().position(|t| t.text == ":")?;
    let (mention, end) = phrase_after(&tokens, 0)?;
    let rest = &tokens[end..colon];
    // "Ambassador to US": a short prepositional phrase after a role.
    let tied = rest.is_empty()
        || (matches!(mention, Mention::Role(_) | Mention::Name { .. })
            && rest.len() <= 3
            && matches!(lower(&rest[0]).as_str(), "to" | "of" | "for" | "at")
            && rest[1..].iter().all(|t| t.word && t.capitalised()));
    (tied && !matches!(mention, Mention::Pronoun(_))).then(|| Attribution {
        mention,
        verb: "said".to_string(),
        org: None,
    })
}

/// A clause that introduces a quotation with a colon and no reporting verb:
/// `Trump also took credit for improved relations, including …: “…”`. Its
/// subject is the speaker, when it opens the clause and a verb follows.
pub fn colon_attribution(head: &str) -> Option<Attribution> {
    let tokens = tokenize(without_dateline(head));
    if tokens.last()?.text != ":" {
        return None;
    }
    let (mut mention, mut end) = phrase_after(&tokens, 0)?;
    // "Britain's foreign secretary, Boris Johnson, used …:": the name in
    // commas after a role is the subject's.
    if matches!(mention, Mention::Role(_))
        && tokens.get(end).is_some_and(|t| t.text == ",")
        && let Some((name @ Mention::Name { .. }, close)) = phrase_after(&tokens, end + 1)
        && tokens.get(close).is_some_and(|t| t.text == ",")
    {
        (mention, end) = (name, close + 1);
    }
    let v = skip_between(&tokens, end);
    if !verb_like(tokens.get(v)) || matches!(mention, Mention::Role(ref w) if w.len() == 1) {
        return None;
    }
    Some(Attribution {
        mention,
        verb: lower(&tokens[v]),
        org: None,
    })
}

/// Sites words are posted to ("posted to Twitter", "wrote on Facebook"):
/// a place of publication, never the writer.
const PLATFORMS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "reddit",
    "linkedin",
    "snapchat",
    "weibo",
    "medium",
];

/// Prepositions of place: "a spokeswoman in Washington said".
const LOCATIVES: &[&str] = &["in", "at", "from"];

/// The subject of the clause nearest before `v`: a name or pronoun followed
/// by a verb-like word ("after Trump vowed to …, calling it").
fn nearest_subject(tokens: &[Token], v: usize) -> Option<Mention> {
    (0..v).rev().find_map(|i| {
        let (m, end) = phrase_after(tokens, i)?;
        if i > 0 && in_phrase(&tokens[i - 1]) {
            return None;
        }
        // "Wikileaks said the DNC was seeking …, saying": the DNC is the
        // subject of what Wikileaks said, not of the participle.
        let reported = (1..=2).any(|k| {
            i >= k
                && verb_at(tokens, i - k).is_some()
                && (k == 1 || lower(&tokens[i - 1]) == "that")
        });
        // "Nigel Evans, a Conservative member of Parliament, …": a name
        // after an indefinite article modifies a noun; it is nobody's name.
        let indefinite = matches!(&m, Mention::Name { role, .. }
            if role.first().is_some_and(|r| matches!(r.to_lowercase().as_str(), "a" | "an")));
        // "The leader of Ennahda, Rachid Ghannouchi, condemned …, saying":
        // a name in commas before the verb is its subject.
        let named_apart =
            i > 0 && tokens[i - 1].text == "," && tokens.get(end).is_some_and(|t| t.text == ",");
        let verb_at_end = if named_apart { end + 1 } else { end };
        (verb_like(tokens.get(verb_at_end))
            && !reported
            && !indefinite
            && matches!(m, Mention::Name { .. } | Mention::Pronoun(_)))
        .then_some(m)
    })
}

/// A lowercase word that can be a verb after a subject.
fn verb_like(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.word && !t.capitalised() && !NOT_VERBS.contains(&lower(t).as_str()))
}

/// An attribution that ends the sentence a quotation sits in, after more of
/// the writer's words: `… a "very bad idea" guaranteed to disrupt trade,
/// Canadian Prime Minister Justin Trudeau said on Monday.`, `," leader of
/// the caravan Irineo Mujica said.`, `," according to his counsel.`
pub fn attribution_at_end(tail: &str) -> Option<Attribution> {
    let tokens = tokenize(tail);
    let first = tokens.iter().position(|t| t.word)?;
    if lower(&tokens[first]) == "according"
        && tokens.get(first + 1).is_some_and(|t| lower(t) == "to")
    {
        let (mention, _) = phrase_after(&tokens, first + 2)?;
        return Some(Attribution {
            mention,
            verb: "according to".to_string(),
            org: None,
        });
    }
    let v = tokens
        .iter()
        .position(|t| t.word && reporting_verb(&lower(t)).is_some())?;
    // The verb ends its clause: nothing but adverbials may follow.
    let next = tokens.get(v + 1);
    let ends = next.is_none_or(|t| {
        let l = lower(t);
        // "…, Netanyahu said Monday." / "said yesterday"
        let time = WEEKDAYS.contains(&l.as_str())
            || MONTHS.contains(&l.as_str())
            || matches!(
                l.as_str(),
                "yesterday" | "today" | "tonight" | "earlier" | "later"
            );
        !t.word
            || time
            || matches!(
                l.as_str(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "after"
                    | "last"
                    | "this"
                    | "when"
                    | "while"
                    | "before"
            )
    });
    let mention = subject_of(&tokens, v).filter(|m| !matches!(m, Mention::Pronoun(_)) || v <= 2)?;
    ends.then(|| Attribution {
        mention,
        verb: reporting_verb(&lower(&tokens[v]))
            .unwrap_or("said")
            .to_string(),
        org: None,
    })
}

/// Prepositions that tie a spokesperson or an official to the body they
/// speak for ("a spokesman for the campaign", "an official at the agency").
const FOR: &[&str] = &["for", "of", "at", "with"];

/// Whether a mention is a role of someone who speaks for a body
/// (spokesperson, representative, press officer).
fn speaks_for_a_body(mention: &Mention) -> bool {
    matches!(mention, Mention::Role(words)
        if words.last().is_some_and(|w| role_class(&w.to_lowercase()) == Some("spokesperson")))
}

/// "a spokesman for the Trump campaign": an unnamed spokesperson speaks as
/// the body, so the body becomes the mention (and the clause goes on after it).
fn spokesperson_for(tokens: &[Token], mention: Mention, end: usize) -> (Mention, usize) {
    let tied = tokens
        .get(end)
        .is_some_and(|t| FOR.contains(&lower(t).as_str()));
    if tied
        && speaks_for_a_body(&mention)
        && let Some((body, body_end)) = phrase_after(tokens, end + 1)
    {
        return (body, body_end);
    }
    (mention, end)
}

/// The body named in an apposition ("a spokeswoman for the NAACP", "the
/// campaign's press secretary").
fn org_in(segment: &[Token]) -> Option<String> {
    let role_at = segment.iter().position(|t| is_role_word(&lower(t)))?;
    let after = role_at + 1;
    if segment
        .get(after)
        .is_some_and(|t| FOR.contains(&lower(t).as_str()))
    {
        let (body, _) = phrase_after(segment, after + 1)?;
        return Some(body_name(&body));
    }
    None
}

/// An apposition after the subject of a verb-first clause: `said Jane
/// Doe, a spokeswoman for the campaign`.
fn org_after_comma(tokens: &[Token], end: usize) -> Option<String> {
    if tokens.get(end)?.text != "," {
        return None;
    }
    let close = (end + 1..tokens.len().min(end + 18))
        .find(|&i| tokens[i].text == ",")
        .unwrap_or(tokens.len().min(end + 18));
    org_in(&tokens[end + 1..close])
}

/// A body's name as written, without its determiner ("the NAACP" → "NAACP").
pub(super) fn body_name(mention: &Mention) -> String {
    match mention {
        Mention::Name { name, .. } => name.clone(),
        Mention::Role(words) => words
            .iter()
            .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
        Mention::Pronoun(p) => p.clone(),
    }
}

/// Whether a phrase names someone (a name, not only a role or pronoun).
fn is_name(m: &Option<Mention>) -> bool {
    matches!(m, Some(Mention::Name { .. }))
}

/// The subject of the verb at `v`: the phrase before it, seen through
/// auxiliaries ("has also said"), relative clauses ("X, who said") and
/// appositions ("Larry Kudlow, Mr. Trump's chief economic adviser, told";
/// "Jo Swinson, Liberal Democrat deputy leader, said").
fn subject_of(tokens: &[Token], v: usize) -> Option<Mention> {
    let subject = subject_before(tokens, v)?;
    Some(first_of_coordination(tokens, subject))
}

/// Whether a lowercase word names a time: a weekday, a month, "today".
fn is_time_word(l: &str) -> bool {
    WEEKDAYS.contains(&l) || MONTHS.contains(&l) || matches!(l, "yesterday" | "today" | "tonight")
}

/// Where a subject ends before a time adverbial between it and its verb:
/// "Protect Democracy on Friday noted", "Trump late Thursday tweeted",
/// "Comey on April 11 wrote", "the president at times said" (`e` is where
/// the adverbial ends).
fn skip_time_back(tokens: &[Token], e: usize) -> usize {
    // "the president at times said"
    if e > 1 && lower(&tokens[e - 1]) == "times" && lower(&tokens[e - 2]) == "at" {
        return skip_between_back(tokens, e - 2);
    }
    let mut k = e;
    while k > 0
        && matches!(
            lower(&tokens[k - 1]).as_str(),
            "night" | "morning" | "evening" | "afternoon"
        )
    {
        k -= 1;
    }
    if k > 1
        && tokens[k - 1].text.chars().all(|c| c.is_ascii_digit())
        && MONTHS.contains(&lower(&tokens[k - 2]).as_str())
    {
        k -= 2;
    } else if k > 0 && is_time_word(&lower(&tokens[k - 1])) {
        // "Theresa May said": a month alone is a time only after a
        // preposition ("in May").
        let month = MONTHS.contains(&lower(&tokens[k - 1]).as_str());
        let placed = k > 1
            && matches!(
                lower(&tokens[k - 2]).as_str(),
                "on" | "in" | "late" | "early" | "last" | "this"
            );
        if month && !placed {
            return e;
        }
        k -= 1;
    } else {
        return e;
    }
    while k > 0
        && matches!(
            lower(&tokens[k - 1]).as_str(),
            "on" | "in" | "late" | "early" | "last" | "this"
        )
    {
        k -= 1;
    }
    skip_between_back(tokens, k)
}

/// A subject phrase and where it starts.
type Subject = (Mention, usize);

/// The subject found before the verb at `v`, with where its phrase starts.
fn subject_before(tokens: &[Token], v: usize) -> Option<Subject> {
    let at = |end: usize| {
        let start = phrase_start(tokens, end);
        let direct = phrase_before(tokens, end);
        titled_person_of(tokens, &direct, start).or_else(|| direct.map(|m| (m, start)))
    };
    let mut e = skip_time_back(tokens, skip_between_back(tokens, v));
    // "prompting Comey to reply that", "asked the minister to explain":
    // the subject of an infinitive is the phrase before its "to".
    if e > 1
        && lower(&tokens[e - 1]) == "to"
        && let Some(m) = at(e - 1)
    {
        return Some(m);
    }
    // "A spokeswoman in Washington said": a place after a locative
    // preposition is not the subject; the phrase before it is.
    let start = phrase_start(tokens, e);
    if start < e
        && start >= 2
        && LOCATIVES.contains(&lower(&tokens[start - 1]).as_str())
        && phrase_start(tokens, start - 1) < start - 1
    {
        e = start - 1;
    }
    // "David Emery posted to Twitter asking if …": a platform after a
    // preposition is where words went, not who wrote them; the subject is
    // the one of the verb before the preposition.
    let start = phrase_start(tokens, e);
    if start + 1 == e
        && start >= 2
        && PLATFORMS.contains(&lower(&tokens[start]).as_str())
        && matches!(lower(&tokens[start - 1]).as_str(), "to" | "on" | "via")
    {
        return subject_before(tokens, start - 2);
    }
    if e > 0 && RELATIVES.contains(&lower(&tokens[e - 1]).as_str()) {
        e -= 1;
        if e > 0 && tokens[e - 1].text == "," {
            e -= 1;
        }
        return at(e);
    }
    let comma_before = |from: usize| {
        (from.saturating_sub(APPOSITION_TOKENS + 2)..from)
            .rev()
            .find(|&i| tokens[i].text == ",")
    };
    if e > 0 && tokens[e - 1].text == "," {
        // "X, <apposition>, verb"
        let c1 = comma_before(e - 1)?;
        let segment = &tokens[c1 + 1..e - 1];
        if is_apposition(segment) {
            let x = at(c1);
            if matches!(x, Some((Mention::Name { .. }, _))) {
                return x;
            }
            return at(e - 1);
        }
        // "Mr. Trump, in a tweet Friday evening, chided": an adverbial in
        // commas between the subject and its verb.
        if is_adverbial(segment) {
            return at(c1);
        }
        // "The leader of Ennahda, Rachid Ghannouchi, condemned": a name
        // alone in commas names the subject before it.
        if phrase_start(tokens, e - 1) == c1 + 1
            && let Some(name @ Mention::Name { .. }) = phrase_before(tokens, e - 1)
            && at(c1).is_some()
        {
            return Some((name, c1 + 1));
        }
        return None;
    }
    let direct = phrase_before(tokens, e);
    let direct_start = phrase_start(tokens, e);
    // "Israel's ambassador to the United States said": a place after a
    // role's preposition completes the role; the role is the subject.
    let start = phrase_start(tokens, e);
    if is_name(&direct)
        && start >= 2
        && matches!(
            lower(&tokens[start - 1]).as_str(),
            "to" | "of" | "for" | "in"
        )
        && is_place(&tokens[start..e])
        && let Some(role @ Mention::Role(_)) = phrase_before(tokens, start - 1)
    {
        return Some((role, phrase_start(tokens, start - 1)));
    }
    if let Some(person) = titled_person_of(tokens, &direct, start) {
        return Some(person);
    }
    if !is_name(&direct) && !matches!(direct, Some(Mention::Pronoun(_))) {
        // "Jo Swinson, Liberal Democrat deputy leader and … spokesperson said"
        if let Some(c) = comma_before(e) {
            let segment = &tokens[c + 1..e];
            let x = phrase_before(tokens, c);
            if is_name(&x) && is_apposition(segment) {
                return x.map(|m| (m, phrase_start(tokens, c)));
            }
        }
    }
    direct.map(|m| (m, direct_start))
}

/// "Senator Mitch McConnell of Kentucky called", "Rep. Elijah E. Cummings
/// of Maryland, the senior Democrat on …, said": the place or body after a
/// titled person (`phrase`, starting at `start`) is not the subject; the
/// person is (not "Bank of America said": no title).
fn titled_person_of(tokens: &[Token], phrase: &Option<Mention>, start: usize) -> Option<Subject> {
    if !is_name(phrase) || start < 2 || !matches!(lower(&tokens[start - 1]).as_str(), "of" | "from")
    {
        return None;
    }
    let person = phrase_before(tokens, start - 1)?;
    matches!(&person, Mention::Name { role, .. } if !role.is_empty())
        .then(|| (person, phrase_start(tokens, start - 1)))
}

/// Whether tokens between commas are an adverbial of the clause ("in a
/// tweet Friday evening", "on Thursday", "during a visit to Ohio"): a
/// preposition first (so "tweet" there is a noun), short.
fn is_adverbial(segment: &[Token]) -> bool {
    segment.first().is_some_and(|t| {
        matches!(
            lower(t).as_str(),
            "in" | "on" | "at" | "during" | "after" | "before" | "via" | "through" | "from"
        )
    }) && segment.len() <= 10
}

/// The longest run of names, commas, semicolons and "and" a coordinated
/// subject is read back over.
const COORDINATION_TOKENS: usize = 48;

/// "Goodlatte, Gowdy and Nunes noted", "Chairman Bob Goodlatte, R-Va.; …;
/// and … Devin Nunes, R-Calif., said in a joint statement", "Goodlatte and
/// Gowdy said": a joint statement is given to the first person named (the
/// usual reading, and the gold convention), not to the name next to the
/// verb.
fn first_of_coordination(tokens: &[Token], (subject, start): Subject) -> Mention {
    if !matches!(subject, Mention::Name { .. }) || start == 0 || lower(&tokens[start - 1]) != "and"
    {
        return subject;
    }
    let mut from = start - 1;
    // "House Ways and Means Committee Chairman Kevin Brady": without a
    // comma or semicolon in the list, "and" may join the words of a name.
    let mut listed = false;
    while from > 0
        && start - from < COORDINATION_TOKENS
        && (in_phrase(&tokens[from - 1])
            || matches!(tokens[from - 1].text, "," | ";" | "and" | "." | "&"))
    {
        from -= 1;
        listed |= matches!(tokens[from].text, "," | ";");
    }
    // "Goodlatte and Gowdy said": two names alone, opening the clause (not
    // "after meeting Abe and Trump said", where "and" joins two clauses).
    let bare = |m: &Mention| matches!(m, Mention::Name { role, .. } if role.is_empty());
    let opens_clause = from == 0 || matches!(tokens[from - 1].text, "," | ":" | "—" | "–");
    let pair = bare(&subject)
        && opens_clause
        && phrase_after(tokens, from).is_some_and(|(m, end)| bare(&m) && end == start - 1);
    if !listed && !pair {
        return subject;
    }
    (from..start - 1)
        .filter(|&i| i == from || !in_phrase(&tokens[i - 1]))
        .find_map(|i| phrase_after(tokens, i).map(|(m, _)| m))
        .filter(|m| matches!(m, Mention::Name { .. }))
        .unwrap_or(subject)
}

/// The longest indefinite apposition ("an assistant professor with the
/// Asian Studies Program at the University of Hawaii at Manoa").
const APPOSITION_TOKENS: usize = 22;

/// Whether a name phrase is a place's: "the United States", "the US",
/// "Washington" (a name of the alias table that is not a person's).
fn is_place(phrase: &[Token]) -> bool {
    let words: Vec<&str> = phrase
        .iter()
        .map(|t| t.text)
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let name = words.join(" ");
    // "the United States", not "the US Sir Kim Darroch": the words after
    // the article are one short name with no title.
    let determined = phrase
        .first()
        .is_some_and(|t| lower(t) == "the" && words.len() < phrase.len())
        && words.len() <= 3
        && words
            .iter()
            .all(|w| !HONORIFICS.contains(&w.to_lowercase().as_str()));
    let known = alias_group_of(&name);
    if known.is_some_and(|g| alias_groups()[g].kind.as_deref() == Some("person")) {
        return false;
    }
    determined
        || known.is_some_and(|g| {
            alias_groups()[g]
                .kind
                .as_deref()
                .is_some_and(|k| k != "person")
        })
}

/// Words after "among" that open a group of people ("among the founders").
const DETERMINERS_OF_GROUPS: &[&str] = &["the", "its", "his", "her", "their"];

/// Whether tokens between commas read as an apposition or a relative
/// clause rather than a clause of their own.
fn is_apposition(segment: &[Token]) -> bool {
    // "Devin Nunes, R-Calif., said": a long abbreviation's dot is a token
    // of its own.
    let segment = segment
        .strip_suffix(&[Token {
            text: ".",
            word: false,
        }])
        .unwrap_or(segment);
    let Some(first) = segment.first() else {
        return false;
    };
    let l = lower(first);
    if RELATIVES.contains(&l.as_str()) {
        return true;
    }
    // "X, a pro-trade Republican from Texas, said": an indefinite noun
    // phrase in commas describes X.
    // "X, one of the leading voices on Sudan, said" is one too.
    let one_of = matches!(l.as_str(), "one" | "among")
        && segment.get(1).is_some_and(|t| {
            let n = lower(t);
            n == "of" || DETERMINERS_OF_GROUPS.contains(&n.as_str())
        });
    let indefinite = (matches!(l.as_str(), "a" | "an") || one_of) && segment.len() >= 2;
    if indefinite && !segment.iter().any(|t| reporting_verb(&lower(t)).is_some()) {
        return segment.len() <= APPOSITION_TOKENS;
    }
    let opens_phrase = in_phrase(first);
    let has_role = segment.iter().any(|t| is_role_word(&lower(t)));
    let has_verb = segment.iter().any(|t| reporting_verb(&lower(t)).is_some());
    segment.len() <= 14
        && opens_phrase
        && !has_verb
        && (has_role || phrase_after(segment, 0).is_some_and(|(_, e)| e == segment.len()))
}

/// An attribution before a quotation in its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadAttribution {
    /// Who and by which verb.
    pub attribution: Attribution,
    /// The quotation follows the clause directly (`Lavrov said: “…`,
    /// `According to X, “…`) rather than sitting in the writer's words.
    pub clean: bool,
    /// Words between the verb and the quotation.
    pub distance: usize,
    /// Words between the last "that" after the verb and the quotation
    /// (`usize::MAX` when there is none).
    pub after_that: usize,
    /// The quotation sits in the predicate of the clause the verb reports,
    /// after that clause's own verb: "said that the United States was in
    /// direct talks with North Korea at “extremely high levels”" (not in its
    /// subject: "said the “half a ton” of files were moved").
    pub in_predicate: bool,
    /// The named subject of an earlier reporting verb whose clause holds
    /// this one ("Comey said the president told him, “…”"): the speaker
    /// instead when the article has it writing documents (see
    /// `People::wrote_documents`).
    pub outer: Option<Mention>,
}

/// Finite auxiliaries and copulas: the verb of a reported clause.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should",
    "may", "might", "must", "did", "does", "do", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't", "don't",
];
/// A reported clause this long before the quotation no longer governs it.
const REPORTED_CLAUSE_WORDS: usize = 24;

/// Whether the words after a reporting verb (`clause`, up to the quotation)
/// are one reported clause with its own finite verb before the quotation:
/// no sentence-level break, no second reporting verb, not too long.
fn in_reported_predicate(clause: &[Token]) -> bool {
    let from = clause
        .iter()
        .rposition(|t| lower(t) == "that")
        .map_or(0, |i| i + 1);
    let clause = &clause[from..];
    let words = clause.iter().filter(|t| t.word).count();
    // ", and the crowd was …": the writer's own clause follows.
    let joined = clause.windows(2).any(|w| {
        w[0].text == ","
            && matches!(
                lower(&w[1]).as_str(),
                "and" | "but" | "while" | "whereas" | "although" | "though" | "as" | "which"
            )
    });
    let broken = joined
        || clause
            .iter()
            .any(|t| matches!(t.text, ";" | ":" | "—" | "–" | "(" | ")" | "?" | "!"));
    let finite = clause
        .iter()
        .position(|t| FINITE.contains(&lower(t).as_str()));
    // A subject before the verb: "the United States was", not "was said".
    finite.is_some_and(|f| f > 0)
        && !broken
        && words <= REPORTED_CLAUSE_WORDS
        // No reporting verb of its own (a one-word one that is used as a
        // verb: not the passive "had been instructed to").
        && !(0..clause.len())
            .any(|i| reporting_verb(&lower(&clause[i])).is_some() && verb_at(clause, i).is_some())
}

/// Finds the attribution of a quotation in the words before it.
pub fn attribution_before(head: &str) -> Option<HeadAttribution> {
    let tokens = tokenize(head);
    let clean_from = |i: usize| {
        tokens[i..]
            .iter()
            .all(|t| matches!(lower(t).as_str(), ":" | "," | "reporters" | "journalists"))
    };
    let words_from = |i: usize| tokens[i..].iter().filter(|t| t.word).count();
    let after_that = |from: usize| {
        tokens[from..]
            .iter()
            .rposition(|t| lower(t) == "that")
            .map_or(usize::MAX, |i| words_from(from + i + 1))
    };
    // "According to the top diplomat, …"
    if let Some(a) = tokens
        .windows(2)
        .rposition(|w| lower(&w[0]) == "according" && lower(&w[1]) == "to")
        && let Some((mention, end)) = phrase_after(&tokens, a + 2)
    {
        return Some(HeadAttribution {
            attribution: Attribution {
                mention,
                verb: "according to".to_string(),
                org: None,
            },
            clean: clean_from(end),
            distance: words_from(end),
            after_that: after_that(end),
            in_predicate: in_reported_predicate(&tokens[end..]),
            outer: None,
        });
    }
    if let Some(a) = in_the_words_of(&tokens) {
        return Some(a);
    }
    let v = (0..tokens.len())
        .rev()
        .find(|&i| verb_at(&tokens, i).is_some())?;
    let (verb, verb_len) = verb_with_len(&tokens, v)?;
    let verb = verb.to_string();
    // The verb's own words: "pointing out" is two.
    let verb_end = v + verb_len;
    // "Trump cancelled the visit, saying", "justified the tariffs by
    // pointing out": a participle whose subject is the clause's.
    let gerund_of_clause = v > 0
        && (tokens[v - 1].text == ","
            || matches!(
                lower(&tokens[v - 1]).as_str(),
                "by" | "while" | "when" | "after" | "before" | "in"
            ));
    let participle = lower(&tokens[v]).ends_with("ing") && gerund_of_clause;
    // "was described by Sanders as", "a letter signed by 40 senators":
    // the agent after "by" is the speaker, not the subject before the verb.
    let agent = tokens
        .get(verb_end)
        .filter(|t| lower(t) == "by")
        .and_then(|_| phrase_after(&tokens, verb_end + 1))
        .map(|(m, _)| m);
    let org = org_in(&tokens[..v]);
    // "tweeted that the memos written by James Comey “show clearly”": a
    // participle with its agent that only modifies a noun (no auxiliary
    // before it) inside a reported clause; the reporting verb before it
    // gives the speaker.
    let reduced = agent.is_some()
        && v > 0
        && !matches!(
            lower(&tokens[v - 1]).as_str(),
            "was" | "were" | "is" | "are" | "be" | "been" | "being" | "has" | "have" | "had"
        );
    let governing = reduced.then(|| earlier_subject(&tokens, v, true)).flatten();
    let mention = if let Some(m) = governing {
        Some(m)
    } else if let Some(agent) = agent {
        Some(agent)
    } else if participle {
        // "Trump cancelled the visit, saying …": the subject of the nearest
        // clause before it, else the sentence's first phrase.
        nearest_subject(&tokens, v)
            .or_else(|| (0..v).find_map(|i| phrase_after(&tokens, i).map(|(m, _)| m)))
    } else {
        subject_of(&tokens, v)
    }
    // "…, said Lavrov: “…”"
    // "…, said Lavrov: “…”" (not "said Abe arrived …": the subject of the
    // reported clause).
    .or_else(|| {
        phrase_after(&tokens, verb_end)
            .filter(|&(_, end)| !verb_like(tokens.get(end)))
            .map(|(m, _)| m)
    })
    // "Buschel said he had not been served and described it as a “…”",
    // "Perez suggested that the returns would reveal “…”": a verb after
    // "and" or an auxiliary, with no subject phrase of its own, continues
    // the clause of the reporting verb before (not "the program, called
    // “…”": a participle naming a thing is the writer's).
    .or_else(|| {
        // "denounced Mr. Kim as a “madman,” nicknamed him “…,” derided
        // him as “…”": a series of predicates after commas too.
        let closes_quotation = |t: &Token| matches!(t.text, "”" | "\"");
        let after_quoted = v > 1
            && (closes_quotation(&tokens[v - 1])
                || (tokens[v - 1].text == "," && closes_quotation(&tokens[v - 2])));
        let continues = v > 0
            && (matches!(lower(&tokens[v - 1]).as_str(), "and" | "but" | "or")
                || FINITE.contains(&lower(&tokens[v - 1]).as_str())
                || after_quoted);
        continues
            .then(|| earlier_subject(&tokens, v, false))
            .flatten()
    })?;
    // "Comey wrote that Trump said he had “serious reservations”": the
    // quoted words are the writer's text, so its author is the speaker.
    let (mention, verb) = match written_by(&tokens, v).or_else(|| document_says(&tokens, v)) {
        Some((author, key)) => (author, key.to_string()),
        None => (mention, verb),
    };
    let outer = outer_reporter(&tokens, v).filter(|m| *m != mention);
    Some(HeadAttribution {
        attribution: Attribution { mention, verb, org },
        clean: clean_from(verb_end),
        distance: words_from(verb_end),
        after_that: after_that(verb_end),
        in_predicate: in_reported_predicate(&tokens[verb_end..]),
        outer,
    })
}

/// The subject of the nearest reporting verb before `v` in the same clause
/// (no `;`, `:` or `?` between), when it has one; with `reported`, only a
/// verb whose reported clause ("tweeted that …") holds `v`.
///
/// A verb that has no subject of its own continues a series ("denounced
/// …, nicknamed …, derided …"): the subject of the verb before it.
fn earlier_subject(tokens: &[Token], v: usize, reported: bool) -> Option<Mention> {
    let mut v = v;
    for _ in 0..SERIES {
        let u = (0..v).rev().find(|&u| verb_at(tokens, u).is_some())?;
        let between = &tokens[u + 1..v];
        if between
            .iter()
            .any(|t| matches!(t.text, ";" | ":" | "?" | "!"))
            || (reported && !between.iter().any(|t| lower(t) == "that"))
        {
            return None;
        }
        if let Some(m) = subject_of(tokens, u) {
            return Some(m);
        }
        let in_series = u > 0
            && (matches!(lower(&tokens[u - 1]).as_str(), "and" | "but")
                || matches!(tokens[u - 1].text, "”" | "\""));
        if reported || !in_series {
            return None;
        }
        v = u;
    }
    None
}

/// How many predicates back a series of them is followed to its subject.
const SERIES: usize = 4;

/// The named subject of the nearest reporting verb before `v` in the same
/// clause that has one ("Comey also notes that …, noting that the president
/// said “…”": past the participle, to "Comey … notes").
fn outer_reporter(tokens: &[Token], v: usize) -> Option<Mention> {
    for u in (0..v).rev() {
        if matches!(tokens[u].text, ";" | ":" | "?" | "!") {
            return None;
        }
        if verb_at(tokens, u).is_some()
            && let Some(m @ Mention::Name { .. }) = subject_of(tokens, u)
        {
            return Some(m);
        }
    }
    None
}

/// Verbs of writing whose reported clause can itself report speech, in
/// words quoted from the writing.
const WRITING: &[&str] = &["wrote", "writes", "recounts", "recounted"];

/// A named writer whose "wrote that" clause holds the verb at `v`: the
/// writer, and the key of the writing verb.
fn written_by(tokens: &[Token], v: usize) -> Option<(Mention, &'static str)> {
    let w = (0..v)
        .rev()
        .find(|&i| WRITING.contains(&lower(&tokens[i]).as_str()))?;
    let reported = tokens[w + 1..v].iter().any(|t| lower(t) == "that");
    let broken = tokens[w + 1..v]
        .iter()
        .any(|t| matches!(t.text, ";" | ":" | "." | "?" | "!"));
    if !reported || broken {
        return None;
    }
    let author = subject_of(tokens, w).filter(|m| matches!(m, Mention::Name { .. }))?;
    Some((author, reporting_verb(&lower(&tokens[w]))?))
}

/// "The memos also showed that … Trump told Comey … that he “…”": a
/// document whose verb reports the clause that holds the verb at `v`; the
/// quoted words are the document's, so it is the speaker (resolved to its
/// author).
fn document_says(tokens: &[Token], v: usize) -> Option<(Mention, &'static str)> {
    for u in (1..v).rev() {
        if matches!(tokens[u].text, ";" | ":" | "?" | "!") {
            return None;
        }
        if lower(&tokens[u]) != "that" || !verb_like(tokens.get(u - 1)) {
            continue;
        }
        let e = skip_between_back(tokens, u - 1);
        if let Some(m @ Mention::Role(_)) = phrase_before(tokens, e)
            && let Mention::Role(words) = &m
            && words
                .last()
                .is_some_and(|w| role_class(&w.to_lowercase()) == Some("document"))
        {
            return Some((m, "wrote"));
        }
    }
    None
}

/// Reporting verbs of several words, a verb and its particles: the forms of
/// the verb, the words after it and the key shown ("pointing out" →
/// "pointed out", "drew attention to").
const PHRASAL: &[(&[&str], &[&str], &str)] = &[
    (
        &["point", "points", "pointed", "pointing"],
        &["out"],
        "pointed out",
    ),
    (
        &["draw", "draws", "drew", "drawing", "drawn"],
        &["attention", "to"],
        "drew attention to",
    ),
];

/// "In Dr. Shadlen's words, “…": the owner of the words, when nothing but
/// a comma or colon follows.
fn in_the_words_of(tokens: &[Token]) -> Option<HeadAttribution> {
    let last = tokens.iter().rposition(|t| t.word)?;
    if lower(&tokens[last]) != "words" || !tokens[last + 1..].iter().all(|t| !t.word) {
        return None;
    }
    let owner_end = if last > 0 && lower(&tokens[last - 1]) == "own" {
        last - 1
    } else {
        last
    };
    let owner = owner_end.checked_sub(1)?;
    if !tokens[owner].possessive() {
        return None;
    }
    let bare = super::people::bare_possessive(tokens[owner].text);
    let start = (0..owner).rev().find(|&i| lower(&tokens[i]) == "in")?;
    let mut phrase: Vec<Token> = tokens[start + 1..owner].to_vec();
    phrase.push(Token {
        text: bare,
        word: true,
    });
    let mention = super::names::mention_of(&phrase)?;
    Some(HeadAttribution {
        attribution: Attribution {
            mention,
            verb: "said".to_string(),
            org: None,
        },
        clean: true,
        distance: 0,
        after_that: usize::MAX,
        in_predicate: false,
        outer: None,
    })
}

/// Verbs of intending before "to" and a reporting verb.
const INTENT: &[&str] = &[
    "plan", "plans", "planned", "planning", "want", "wants", "wanted", "hope", "hopes", "hoped",
    "intend", "intends", "intended", "expect", "expects", "expected",
];

/// The reporting verb at token `i`: one word ("said"), or a verb with its
/// particles ("pointing out").
fn verb_at(tokens: &[Token], i: usize) -> Option<&'static str> {
    verb_with_len(tokens, i).map(|(key, _)| key)
}

/// The reporting verb at token `i` and how many tokens it takes.
fn verb_with_len(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let t = &tokens[i];
    if !t.word {
        return None;
    }
    let l = lower(t);
    if let Some(key) = reporting_verb(&l) {
        // "the terrorists had been instructed to “destabilize”": who is
        // told what to do speaks no words.
        let told = matches!(key, "instructed" | "advised")
            && i > 0
            && matches!(
                lower(&tokens[i - 1]).as_str(),
                "been" | "was" | "were" | "is" | "are" | "be" | "being"
            );
        return (!told).then_some((key, 1));
    }
    if INTENT.contains(&l.as_str())
        && tokens.get(i + 1).is_some_and(|t| lower(t) == "to")
        && tokens.len() > i + 2
        && let Some((key, len)) = verb_with_len(tokens, i + 2)
    {
        // "Mr. Mueller planned to ask", "she wants to know": the words
        // are the subject's, put in a question or a statement to come.
        return Some((key, 2 + len));
    }
    PHRASAL
        .iter()
        .find(|(forms, particles, _)| {
            forms.contains(&l.as_str())
                && particles
                    .iter()
                    .enumerate()
                    .all(|(k, p)| tokens.get(i + 1 + k).is_some_and(|t| lower(t) == *p))
        })
        .map(|&(_, particles, key)| (key, 1 + particles.len()))
}

/// A sentence without the dateline that opens a wire story or a paragraph
/// (`WASHINGTON —`, `MOSCOW (Reuters) -`, `Kabul, Afghanistan —`): a place,
/// never a speaker or a clause's subject.
pub(super) fn without_dateline(sentence: &str) -> &str {
    let Some((at, dash)) = sentence
        .char_indices()
        .take(60)
        .find(|&(_, c)| matches!(c, '—' | '–' | '-'))
    else {
        return sentence;
    };
    let prefix = &sentence[..at];
    let after = &sentence[at + dash.len_utf8()..];
    if !after.starts_with([' ', '-']) || !prefix.ends_with(' ') {
        return sentence;
    }
    let words: Vec<&str> = prefix
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = |w: &&str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let shouting = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase)
    };
    let place = prefix.contains(',') || prefix.contains('(') || words.iter().any(shouting);
    if words.is_empty() || words.len() > 5 || !words.iter().all(capitalised) || !place {
        return sentence;
    }
    after.trim_start_matches(['-', ' '])
}
