//! Who said it: attribution clauses around a quotation, and resolving
//! pronouns and role nouns to the people an article has named.

use super::lexicon::{is_role_word, reporting_verb, role_class};
use super::tokens::{Token, tokenize};
use crate::corpus::dates::{MONTHS, WEEKDAYS};
use crate::corpus::terms::{alias_group_of, alias_groups, fold_word, is_stop_word};

/// Words that open a noun phrase; a backward scan stops after one.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that",
];
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
];
const PRONOUNS: &[&str] = &["he", "she", "they"];
/// Titles before a name; part of the role, never of the name.
const HONORIFICS: &[&str] = &[
    "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "prof.",
    "sgt.", "adm.", "amb.", "hon.", "rev.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr",
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
}

fn lower(t: &Token) -> String {
    t.lower()
}

/// "al-Jaafari", "el-Sisi": a lowercase particle joined to a capitalised name.
fn particle_name(t: &Token) -> bool {
    t.text.split_once('-').is_some_and(|(p, rest)| {
        p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

fn is_name_token(t: &Token) -> bool {
    let l = lower(t);
    t.word
        && (t.capitalised() || particle_name(t))
        && !NOT_NAMES.contains(&l.as_str())
        && !WEEKDAYS.contains(&l.as_str())
        && !MONTHS.contains(&l.as_str())
        && !HONORIFICS.contains(&l.as_str())
        && (t.text.contains('-') || !is_stop_word(&fold_word(t.text)))
        && reporting_verb(&l).is_none()
}

fn in_phrase(t: &Token) -> bool {
    let l = lower(t);
    t.word
        && (is_name_token(t)
            || is_role_word(&l)
            || MODIFIERS.contains(&l.as_str())
            || HONORIFICS.contains(&l.as_str())
            || DETERMINERS.contains(&l.as_str())
            || (t.possessive() && l.len() > 3))
}

/// Turns phrase tokens into a mention, or None when nothing names a speaker.
fn mention_of(tokens: &[Token]) -> Option<Mention> {
    if tokens.is_empty() {
        return None;
    }
    if let [one] = tokens {
        let l = lower(one);
        if PRONOUNS.contains(&l.as_str()) {
            return Some(Mention::Pronoun(one.text.to_string()));
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
    let name_start = tokens
        .iter()
        .rposition(|t| {
            let l = lower(t);
            !is_name_token(t)
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
fn phrase_before<'a>(tokens: &[Token<'a>], end: usize) -> Option<Mention> {
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &tokens[start - 1];
        let l = lower(t);
        if end - start == 0 && PRONOUNS.contains(&l.as_str()) {
            start -= 1;
            break;
        }
        if !in_phrase(t) {
            break;
        }
        start -= 1;
        if DETERMINERS.contains(&l.as_str()) {
            break;
        }
    }
    mention_of(&tokens[start..end])
}

/// The phrase starting at `start`, scanning forwards.
fn phrase_after(tokens: &[Token], start: usize) -> Option<(Mention, usize)> {
    let first = tokens.get(start)?;
    if PRONOUNS.contains(&lower(first).as_str()) {
        return Some((Mention::Pronoun(first.text.to_string()), start + 1));
    }
    let mut end = start;
    while end < tokens.len() && end - start < 8 && in_phrase(&tokens[end]) {
        if end > start && DETERMINERS.contains(&lower(&tokens[end]).as_str()) {
            break;
        }
        end += 1;
    }
    mention_of(&tokens[start..end]).map(|m| (m, end))
}

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
    if let Some(verb) = reporting_verb(&lower(&tokens[start])) {
        let (mention, _) = phrase_after(&tokens, start + 1)?;
        return Some(Attribution {
            mention,
            verb: verb.to_string(),
        });
    }
    let (mention, mut end) = phrase_after(&tokens, start)?;
    if tokens.get(end).is_some_and(|t| t.text == ",") {
        // "Larry Kudlow, Mr. Trump's chief economic adviser, told reporters"
        let close = (end + 1..tokens.len().min(end + 18)).find(|&i| tokens[i].text == ",")?;
        if !is_apposition(&tokens[end + 1..close]) {
            return None;
        }
        end = close + 1;
    }
    let v = skip_between(&tokens, end);
    let verb = reporting_verb(&lower(tokens.get(v)?))?;
    Some(Attribution {
        mention,
        verb: verb.to_string(),
    })
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
    let mut e = skip_between_back(tokens, v);
    if e > 0 && RELATIVES.contains(&lower(&tokens[e - 1]).as_str()) {
        e -= 1;
        if e > 0 && tokens[e - 1].text == "," {
            e -= 1;
        }
        return phrase_before(tokens, e);
    }
    let comma_before = |from: usize| {
        (from.saturating_sub(16)..from)
            .rev()
            .find(|&i| tokens[i].text == ",")
    };
    if e > 0 && tokens[e - 1].text == "," {
        // "X, <apposition>, verb"
        let c1 = comma_before(e - 1)?;
        let segment = &tokens[c1 + 1..e - 1];
        if is_apposition(segment) {
            let x = phrase_before(tokens, c1);
            if is_name(&x) {
                return x;
            }
            return phrase_before(tokens, e - 1);
        }
        return None;
    }
    let direct = phrase_before(tokens, e);
    if !is_name(&direct) && !matches!(direct, Some(Mention::Pronoun(_))) {
        // "Jo Swinson, Liberal Democrat deputy leader and … spokesperson said"
        if let Some(c) = comma_before(e) {
            let segment = &tokens[c + 1..e];
            let x = phrase_before(tokens, c);
            if is_name(&x) && is_apposition(segment) {
                return x;
            }
        }
    }
    direct
}

/// Whether tokens between commas read as an apposition or a relative
/// clause rather than a clause of their own.
fn is_apposition(segment: &[Token]) -> bool {
    let Some(first) = segment.first() else {
        return false;
    };
    let l = lower(first);
    if RELATIVES.contains(&l.as_str()) {
        return true;
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
            },
            clean: clean_from(end),
            distance: words_from(end),
            after_that: after_that(end),
        });
    }
    let v = tokens
        .iter()
        .rposition(|t| t.word && reporting_verb(&lower(t)).is_some())?;
    let verb = reporting_verb(&lower(&tokens[v]))?.to_string();
    let participle = lower(&tokens[v]).ends_with("ing") && v > 0 && tokens[v - 1].text == ",";
    let mention = if participle {
        // "Trump cancelled the visit, saying …": the clause's subject.
        (0..v).find_map(|i| phrase_after(&tokens, i).map(|(m, _)| m))
    } else {
        subject_of(&tokens, v)
    }
    // "…, said Lavrov: “…”"
    .or_else(|| phrase_after(&tokens, v + 1).map(|(m, _)| m))?;
    Some(HeadAttribution {
        attribution: Attribution { mention, verb },
        clean: clean_from(v + 1),
        distance: words_from(v + 1),
        after_that: after_that(v + 1),
    })
}

/// What a registered name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entity {
    /// A person: named with a role, a known person, or a speaker.
    Person,
    /// An organisation: a name ending in a body noun ("… News Agency").
    Body,
    /// Some other multi-word name, kept only to expand surnames.
    Other,
}

/// A name the article uses, with the roles it links to it.
#[derive(Debug, Clone)]
struct Person {
    /// The normalized name (canonical alias name, else the fullest form seen).
    name: String,
    /// Lowercase role words seen with the name ("russian", "foreign", "minister").
    roles: Vec<String>,
    entity: Entity,
}

/// The people an article names, built as the article is read.
#[derive(Debug, Default)]
pub struct People {
    persons: Vec<Person>,
    /// Each mention of a person or body, in reading order within a sentence.
    mentions: Vec<Seen>,
    /// The last speaker of any kind (person, body or role as written).
    last_any: Option<String>,
    /// Sentences that open with he or she (continuing the salient person).
    pronoun_starts: Vec<usize>,
    /// Mentions that are quotations' speakers, by index into `mentions`.
    speaker_mentions: Vec<usize>,
}

/// One mention of a registered name.
#[derive(Debug, Clone, Copy)]
struct Seen {
    sentence: usize,
    entry: usize,
    /// Followed by a verb-like word: the subject of its clause.
    subject: bool,
}

/// Salience weights (after Lappin & Leass): a mention, a clause's subject,
/// a quotation's speaker. Salience halves with every sentence back.
const MENTION_WEIGHT: f32 = 1.0;
const SUBJECT_WEIGHT: f32 = 3.0;
const SPEAKER_WEIGHT: f32 = 4.0;

/// Normalizes a full name through the alias table.
fn normalize(name: &str) -> String {
    match alias_group_of(name) {
        Some(g) => alias_groups()[g].canonical.clone(),
        None => name.to_string(),
    }
}

fn last_word(name: &str) -> String {
    fold_word(name.rsplit([' ', '-']).next().unwrap_or(name))
}

impl People {
    /// Reads an article's sentences (in order) for named people and the
    /// roles written next to them ("Iraqi Foreign Minister Ibrahim Jaafari").
    pub fn from_sentences<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Self {
        let mut people = People::default();
        for (index, sentence) in sentences.into_iter().enumerate() {
            let tokens = tokenize(sentence);
            let mut i = 0;
            // The first name of a sentence, unless a pronoun came first, is
            // taken as its subject when a verb-like word follows it or it opens
            // the sentence.
            let mut subject_seen = false;
            if tokens
                .iter()
                .find(|t| t.word)
                .is_some_and(|t| PRONOUNS.contains(&lower(t).as_str()))
            {
                people.pronoun_starts.push(index);
            }
            while i < tokens.len() {
                if !in_phrase(&tokens[i]) {
                    subject_seen |= PRONOUNS.contains(&lower(&tokens[i]).as_str());
                    i += 1;
                    continue;
                }
                let start = i;
                while i < tokens.len() && in_phrase(&tokens[i]) {
                    i += 1;
                }
                let run = &tokens[start..i];
                if let Some(last) = run.last().filter(|t| t.possessive() && is_name_token(t)) {
                    // "Mr. Trump’s comments": a mention, not a subject.
                    let bare = last.text.trim_end_matches(['s', '\'', '’']);
                    if let Some(p) = people.by_name(bare, index)
                        && people.persons[p].entity == Entity::Person
                    {
                        people.mentions.push(Seen {
                            sentence: index,
                            entry: p,
                            subject: false,
                        });
                    }
                }
                if let Some(Mention::Name { role, name }) = mention_of(run) {
                    // A name followed by a verb-like word is a clause's subject.
                    let verb_next = tokens.get(i).is_some_and(|t| {
                        t.word && !t.capitalised() && !NOT_VERBS.contains(&lower(t).as_str())
                    });
                    let subject = !subject_seen && (verb_next || start <= 1);
                    subject_seen |= subject;
                    people.read_name(index, &role, &name, subject);
                }
            }
        }
        people
    }

    fn read_name(&mut self, sentence: usize, role: &[String], name: &str, subject: bool) {
        let roles: Vec<String> = role
            .iter()
            .map(|r| r.to_lowercase())
            .filter(|r| !DETERMINERS.contains(&r.as_str()))
            .collect();
        let has_role = roles.iter().any(|r| is_role_word(r));
        let group = alias_group_of(name).map(|g| &alias_groups()[g]);
        let multiword = name.split(' ').count() >= 2;
        let entity = match group {
            Some(g) if g.kind.as_deref() == Some("person") => Entity::Person,
            Some(_) => return,
            None if role_class(&last_word(name)) == Some("body") && multiword => Entity::Body,
            None if has_role && multiword => Entity::Person,
            None if multiword => Entity::Other,
            None => {
                // A surname of someone already named ("Mr. Kudlow").
                if let Some(p) = self.by_name(name, sentence)
                    && self.persons[p].entity == Entity::Person
                {
                    self.mentions.push(Seen {
                        sentence,
                        entry: p,
                        subject,
                    });
                }
                return;
            }
        };
        let p = self.entry(&normalize(name), entity);
        self.persons[p].roles.extend(roles);
        if entity != Entity::Other {
            self.mentions.push(Seen {
                sentence,
                entry: p,
                subject,
            });
        }
    }

    fn entry(&mut self, name: &str, entity: Entity) -> usize {
        if let Some(i) = self.persons.iter().position(|p| p.name == name) {
            if entity == Entity::Person {
                self.persons[i].entity = Entity::Person;
            }
            return i;
        }
        self.persons.push(Person {
            name: name.to_string(),
            roles: Vec::new(),
            entity,
        });
        self.persons.len() - 1
    }

    /// Mentions at or before `sentence`: latest sentence first, and within
    /// a sentence in reading order (the subject usually comes first).
    fn recent(&self, sentence: usize) -> impl Iterator<Item = usize> + '_ {
        let mut past: Vec<(usize, usize, usize)> = self
            .mentions
            .iter()
            .enumerate()
            .filter(|&(_, m)| m.sentence <= sentence)
            .map(|(order, m)| (m.sentence, order, m.entry))
            .collect();
        past.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        past.into_iter().map(|(_, _, p)| p)
    }

    /// Mentions after `sentence`, nearest first.
    fn upcoming(&self, sentence: usize) -> impl Iterator<Item = usize> + '_ {
        let mut later: Vec<(usize, usize, usize)> = self
            .mentions
            .iter()
            .enumerate()
            .filter(|&(_, m)| m.sentence > sentence)
            .map(|(order, m)| (m.sentence, order, m.entry))
            .collect();
        later.sort_unstable();
        later.into_iter().map(|(_, _, p)| p)
    }

    /// The entry a name refers to: the same name, or for a single word
    /// ("Lavrov", "Kim") the nearest person whose name ends with it, else
    /// contains it.
    fn by_name(&self, name: &str, sentence: usize) -> Option<usize> {
        let key = fold_word(name);
        if let Some(p) = self.persons.iter().position(|p| fold_word(&p.name) == key) {
            return Some(p);
        }
        if name.contains(' ') {
            return None;
        }
        let word = last_word(name);
        let mut order: Vec<usize> = self
            .recent(sentence)
            .chain(self.upcoming(sentence))
            .collect();
        order.extend(0..self.persons.len());
        let words = |p: usize| {
            self.persons[p]
                .name
                .split([' ', '-'])
                .map(fold_word)
                .collect::<Vec<_>>()
        };
        order
            .iter()
            .copied()
            .find(|&p| words(p).last() == Some(&word))
            .or_else(|| order.iter().copied().find(|&p| words(p).contains(&word)))
    }

    /// The speaker a mention at `sentence` refers to, by normalized name.
    pub fn resolve(&mut self, mention: &Mention, sentence: usize) -> String {
        let (name, person) = match mention {
            Mention::Name { role, name } => {
                let p = match self.by_name(name, sentence) {
                    Some(p) => p,
                    None => {
                        // Places and organisations of the alias table speak as bodies.
                        let body = alias_group_of(name).is_some_and(|g| {
                            alias_groups()[g]
                                .kind
                                .as_deref()
                                .is_some_and(|k| k != "person")
                        });
                        let entity = if body { Entity::Body } else { Entity::Person };
                        self.entry(&normalize(name), entity)
                    }
                };
                let roles = role.iter().map(|r| r.to_lowercase());
                self.persons[p].roles.extend(roles);
                if self.persons[p].entity == Entity::Other {
                    self.persons[p].entity = Entity::Person;
                }
                (self.persons[p].name.clone(), Some(p))
            }
            Mention::Pronoun(p) => match self.pronoun_target(sentence) {
                Some(i) => (self.persons[i].name.clone(), Some(i)),
                None => (p.clone(), None),
            },
            Mention::Role(words) => match self.resolve_role(words, sentence) {
                Some(i) => (self.persons[i].name.clone(), Some(i)),
                // "the statement said": whoever issued it, the latest speaker.
                None if role_class(&words.last().map(|w| w.to_lowercase()).unwrap_or_default())
                    == Some("document") =>
                {
                    (
                        self.last_any.clone().unwrap_or_else(|| words.join(" ")),
                        None,
                    )
                }
                None => (words.join(" "), None),
            },
        };
        if let Some(p) = person {
            self.speaker_mentions.push(self.mentions.len());
            self.mentions.push(Seen {
                sentence,
                entry: p,
                subject: true,
            });
        }
        self.last_any = Some(name.clone());
        name
    }

    /// He or she: the most salient person so far. Mentions, subjects and
    /// speakers add salience, which halves with every sentence back; a
    /// sentence opening with he or she adds to whoever is most salient then.
    fn pronoun_target(&self, sentence: usize) -> Option<usize> {
        let mut by_sentence: Vec<(usize, f32, usize)> = self
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                m.sentence <= sentence && self.persons[m.entry].entity == Entity::Person
            })
            .map(|(i, m)| {
                let weight = if self.speaker_mentions.contains(&i) {
                    SPEAKER_WEIGHT
                } else if m.subject {
                    SUBJECT_WEIGHT
                } else {
                    MENTION_WEIGHT
                };
                (m.sentence, weight, m.entry)
            })
            .collect();
        by_sentence.sort_by_key(|&(s, _, _)| s);
        let mut score = vec![0.0f32; self.persons.len()];
        let best = |score: &[f32]| {
            score
                .iter()
                .enumerate()
                .filter(|&(_, &v)| v > 0.0)
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
                .map(|(p, _)| p)
        };
        let mut next = 0;
        for s in 0..=sentence {
            score.iter_mut().for_each(|v| *v *= 0.5);
            if s < sentence
                && self.pronoun_starts.binary_search(&s).is_ok()
                && let Some(p) = best(&score)
            {
                score[p] += SUBJECT_WEIGHT;
            }
            while next < by_sentence.len() && by_sentence[next].0 == s {
                score[by_sentence[next].2] += by_sentence[next].1;
                next += 1;
            }
        }
        best(&score)
    }

    fn resolve_role(&self, words: &[String], sentence: usize) -> Option<usize> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let head = lower.last().cloned().unwrap_or_default();
        let class = role_class(&head)?;
        // A bare role ("Campaigners", "officials") names a group, not one
        // person the article introduced.
        let determined = lower
            .first()
            .is_some_and(|w| DETERMINERS.contains(&w.as_str()) || w.ends_with("'s"));
        if !determined {
            return None;
        }
        let nearest = || self.recent(sentence).chain(self.upcoming(sentence));
        if class == "body" {
            // "the agency" → the nearest body named "… Agency".
            return nearest().find(|&p| {
                self.persons[p].entity == Entity::Body && last_word(&self.persons[p].name) == head
            });
        }
        // A role linked to a name in the article, best overlap first, nearest
        // earlier mention first; a lede may name the person only later
        // ("Israel's prime minister says …").
        let mut best: Option<(usize, usize)> = None;
        for p in nearest() {
            let person = &self.persons[p];
            if person.entity != Entity::Person
                || !person.roles.iter().any(|r| role_class(r) == Some(class))
            {
                continue;
            }
            let overlap = lower.iter().filter(|w| person.roles.contains(w)).count();
            if best.is_none_or(|(_, o)| overlap > o) {
                best = Some((p, overlap));
            }
        }
        if let Some((p, _)) = best {
            return Some(p);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(tail: &str) -> Option<(String, String)> {
        attribution_after(tail).map(|a| (a.mention.text(), a.verb))
    }

    fn before(head: &str) -> Option<(String, String, bool)> {
        attribution_before(head)
            .map(|h| (h.attribution.mention.text(), h.attribution.verb, h.clean))
    }

    #[test]
    fn attributions_after_the_quote() {
        let s = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(after(" Lavrov said after a meeting."), s("Lavrov", "said"));
        assert_eq!(after(" said Lavrov."), s("Lavrov", "said"));
        assert_eq!(
            after(" the minister explained."),
            s("the minister", "explained")
        );
        assert_eq!(after(" he said."), s("he", "said"));
        assert_eq!(after(" Lavrov stressed"), s("Lavrov", "stressed"));
        assert_eq!(
            after(" Jaafari told reporters prior to"),
            s("Jaafari", "told")
        );
        assert_eq!(
            after(" the Russian minister said at a news conference"),
            s("the Russian minister", "said")
        );
        assert_eq!(after(" Lavrov also noted."), s("Lavrov", "noted"));
        assert_eq!(after(" airstrikes that have hit"), None);
        assert_eq!(after(" and the rest, Lavrov said"), None);
    }

    #[test]
    fn attributions_before_the_quote() {
        assert_eq!(
            before("Lavrov said: "),
            Some(("Lavrov".into(), "said".into(), true))
        );
        assert_eq!(
            before("According to the top diplomat, the referendum was "),
            Some(("the top diplomat".into(), "according to".into(), false))
        );
        assert_eq!(
            before("The Russian top diplomat has described the actions in Syria as "),
            Some(("The Russian top diplomat".into(), "described".into(), false))
        );
        assert_eq!(
            before(
                "On his part, Iraqi Foreign Minister Ibrahim Jaafari said that Iraq regards it as a "
            ),
            Some((
                "Iraqi Foreign Minister Ibrahim Jaafari".into(),
                "said".into(),
                false
            ))
        );
        assert_eq!(before("The tracks of "), None);
    }

    #[test]
    fn roles_and_pronouns_resolve_to_named_people() {
        let sentences = [
            "Russian Foreign Minister Sergey Lavrov said on Monday.",
            "He met his Iraqi counterpart Ibrahim al-Jaafari.",
            "The ministry's spokesman spoke.",
        ];
        let mut people = People::from_sentences(sentences);
        let role = |w: &str| Mention::Role(w.split(' ').map(String::from).collect());
        // Both are ministers; the nearer one wins.
        assert_eq!(
            people.resolve(&role("the top diplomat"), 1),
            "Ibrahim al-Jaafari"
        );
        assert_eq!(
            people.resolve(&role("the Russian minister"), 2),
            "Sergei Lavrov"
        );
        assert_eq!(
            people.resolve(&Mention::Pronoun("he".into()), 2),
            "Sergei Lavrov"
        );
        let name = Mention::Name {
            role: vec![],
            name: "Lavrov".into(),
        };
        assert_eq!(people.resolve(&name, 2), "Sergei Lavrov");
        let jaafari = Mention::Name {
            role: vec![],
            name: "Jaafari".into(),
        };
        assert_eq!(people.resolve(&jaafari, 2), "Ibrahim al-Jaafari");
        // A spokesman is not a minister: the role stays as written.
        assert_eq!(
            people.resolve(&role("The ministry's spokesman"), 2),
            "The ministry's spokesman"
        );
    }
}
