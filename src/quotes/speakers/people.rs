//! The people and bodies an article names, read sentence by sentence, and
//! looking a name up among them.

use std::collections::HashMap;

use super::super::lexicon::{is_role_word, metonym, reporting_verb, role_class};
use super::super::tokens::{Token, tokenize};
use super::gender::{self, Gender};
use super::names::{in_phrase, is_name_token, joins_name, mention_of};
use super::{DETERMINERS, HONORIFICS, Mention, NOT_VERBS, PRONOUNS, lower};
use crate::corpus::terms::{alias_group_of, alias_groups, fold_word};
/// What a registered name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Entity {
    /// A person: named with a role, a known person, or a speaker.
    Person,
    /// An organisation: a name ending in a body noun ("… News Agency").
    Body,
    /// Some other multi-word name, kept only to expand surnames.
    Other,
}

/// A name the article uses, with the roles it links to it.
#[derive(Debug, Clone)]
pub(super) struct Person {
    /// The normalized name (canonical alias name, else the fullest form seen).
    pub(super) name: String,
    /// Lowercase role words seen with the name ("russian", "foreign", "minister").
    pub(super) roles: Vec<String>,
    pub(super) entity: Entity,
    /// Pronoun cues to the person's gender, female positive
    /// ([`super::gender`]).
    pub(super) pronoun_cues: i32,
    /// The gender cues of `roles` (titles and gendered roles), summed as
    /// they are added so that a pronoun's resolution reads them in
    /// constant time however often the name was written.
    role_cues: i32,
}

impl Person {
    /// Every gender cue summed, female positive: titles and gendered roles
    /// seen with the name, pronoun cues, the given name.
    pub(super) fn gender_balance(&self) -> i32 {
        self.role_cues + self.pronoun_cues + gender::given_name_cue(&self.name)
    }

    /// Adds lowercase role words seen with the name.
    pub(super) fn add_roles(&mut self, roles: impl IntoIterator<Item = String>) {
        for r in roles {
            if let Some(g) = gender::of_role(&r) {
                self.role_cues += gender::signed(g, gender::TITLE_CUE);
            }
            // Once each: "Mr." comes with every mention of a name.
            if !self.roles.contains(&r) {
                self.roles.push(r);
            }
        }
    }
}

/// The people an article names, built as the article is read.
#[derive(Debug, Default)]
pub struct People {
    pub(super) persons: Vec<Person>,
    /// Entry of each exact name.
    exact: HashMap<String, usize>,
    /// First entry of each folded name.
    folded: HashMap<String, usize>,
    /// Entries by the folded last word of their name, in entry order.
    by_last: HashMap<String, Vec<usize>>,
    /// Entries by every folded word of their name, in entry order.
    by_word: HashMap<String, Vec<usize>>,
    /// Each mention of a person or body.
    pub(super) mentions: Vec<Seen>,
    /// Indices into `mentions` for each sentence, in reading order.
    in_sentence: Vec<Vec<usize>>,
    /// The last speaker of any kind (person, body or role as written), and
    /// the sentence of its quotation.
    pub(super) last_any: Option<(String, usize)>,
    /// Who wrote or issued the documents the article mentions, by the
    /// sentence that says so ("Mueller's questions", "the Comey memos",
    /// "Robert Mueller has given a list of questions"), in reading order.
    /// Each with its kind ([`super::resolve::document_kind`] of its noun).
    pub(super) documents: Vec<(usize, String, String)>,
    /// Sentences that open with he or she (continuing the salient person),
    /// with the pronoun's gender.
    pub(super) pronoun_starts: Vec<(usize, Option<Gender>)>,
    /// The one person the last sentence naming anyone named (outside
    /// quotations): whom a sentence opening with he or she most likely
    /// continues, as a gender cue.
    sole_named: Option<usize>,
    /// The run being read lies inside a quotation.
    reading_quoted: bool,
}

/// One mention of a registered name.
#[derive(Debug, Clone, Copy)]
pub(super) struct Seen {
    pub(super) entry: usize,
    /// Followed by a verb-like word: the subject of its clause.
    pub(super) subject: bool,
    /// The speaker of a quotation.
    pub(super) speaker: bool,
    /// Inside a quotation: someone the quoted words talk about.
    pub(super) quoted: bool,
}

/// Verbs whose subject wrote or put out the document they name: "Mueller
/// hopes to ask … questions", "the DNC filed a lawsuit" (not "obtained",
/// "published", "released": the Times and the Justice Department pass
/// others' documents on).
const AUTHORS: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "draft",
    "drafted",
    "drafts",
    "send",
    "sends",
    "sent",
    "submit",
    "submits",
    "submitted",
    "pose",
    "poses",
    "posed",
    "prepare",
    "prepared",
    "file",
    "files",
    "filed",
    "issue",
    "issues",
    "issued",
    "give",
    "gives",
    "gave",
    "given",
    "provide",
    "provides",
    "provided",
    "sign",
    "signs",
    "signed",
];

/// Salience weights (after Lappin & Leass): a mention, a clause's subject,
/// a quotation's speaker. Salience halves with every sentence back.
pub(super) const MENTION_WEIGHT: f32 = 1.0;
pub(super) const SUBJECT_WEIGHT: f32 = 3.0;
pub(super) const SPEAKER_WEIGHT: f32 = 4.0;
/// How many sentences back and ahead a surname, role or pronoun looks for
/// the person it refers to. Bounded so that the cost per quotation does not
/// grow with the article.
pub(super) const LOOK_BACK: usize = 80;
pub(super) const LOOK_AHEAD: usize = 80;

/// Normalizes a full name through the alias table.
pub(super) fn normalize(name: &str) -> String {
    match alias_group_of(name) {
        Some(g) => alias_groups()[g].canonical.clone(),
        None => metonym(name).unwrap_or(name).to_string(),
    }
}

/// A name without its possessive ending ("Trump’s" → "Trump", "Kurds'" → "Kurds").
pub(super) fn bare_possessive(text: &str) -> &str {
    text.strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .or_else(|| text.strip_suffix('\''))
        .or_else(|| text.strip_suffix('’'))
        .unwrap_or(text)
}

pub(super) fn last_word(name: &str) -> String {
    fold_word(name.rsplit([' ', '-']).next().unwrap_or(name))
}

/// The folded words of a name ("Ibrahim al-Jaafari" → ibrahim, al, jaafari).
fn name_words(name: &str) -> Vec<String> {
    name.split([' ', '-']).map(fold_word).collect()
}

/// Participles that name a document's author after them: "the memos
/// written by James Comey", "a letter signed by 40 senators".
const AUTHORED_BY: &[&str] = &["written", "signed", "drafted", "issued", "sent", "prepared"];

/// The author named right after a document noun ending at `end` ("the memos
/// written by former FBI Director James Comey", "the announcement from
/// Kim", "a letter by the senators").
fn document_by(tokens: &[Token], run: &[Token], end: usize) -> Option<String> {
    if role_class(&lower(run.last()?)) != Some("document") {
        return None;
    }
    let next = lower(tokens.get(end)?);
    let from = if matches!(next.as_str(), "by" | "from") {
        end + 1
    } else if AUTHORED_BY.contains(&next.as_str())
        && tokens.get(end + 1).is_some_and(|t| lower(t) == "by")
    {
        end + 2
    } else {
        return None;
    };
    match super::names::phrase_after(tokens, from)? {
        (Mention::Name { name, .. }, _) => Some(normalize(&name)),
        _ => None,
    }
}

impl People {
    /// Reads an article's sentences (in order) for named people and the
    /// roles written next to them ("Iraqi Foreign Minister Ibrahim Jaafari").
    #[cfg(test)]
    pub fn from_sentences<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Self {
        Self::from_quoted_sentences(sentences.into_iter().map(|s| (s, Vec::new())))
    }

    /// Like [`People::from_sentences`], with the byte ranges of each
    /// sentence that lie inside quotation marks: names there are talked
    /// about, and a pronoun outside the quotation does not refer to them.
    pub fn from_quoted_sentences<'a>(
        sentences: impl IntoIterator<Item = (&'a str, Vec<(usize, usize)>)>,
    ) -> Self {
        let mut people = People::default();
        for (index, (sentence, quoted)) in sentences.into_iter().enumerate() {
            people.read_sentence(index, sentence, &quoted);
        }
        people.reading_quoted = false;
        people
    }

    /// The first name of a sentence, unless a pronoun came first, is taken
    /// as its subject when a verb-like word follows it or it opens the
    /// sentence.
    fn read_sentence(&mut self, index: usize, sentence: &str, quoted: &[(usize, usize)]) {
        let tokens = tokenize(super::cues::without_dateline(sentence));
        let inside = |t: &Token| {
            let at = t.text.as_ptr() as usize - sentence.as_ptr() as usize;
            quoted.iter().any(|&(a, b)| a <= at && at < b)
        };
        let mut i = 0;
        let mut subject_seen = false;
        let opener = tokens
            .iter()
            .find(|t| t.word)
            .filter(|t| PRONOUNS.contains(&lower(t).as_str()) && !inside(t))
            .map(|t| gender::of_pronoun(&lower(t)));
        if let Some(g) = opener {
            self.pronoun_starts.push((index, g));
        }
        let first_mention = self.mentions.len();
        // The token where the sentence first names a person.
        let mut named_at: Option<usize> = None;
        // The sentence's subject, and whether a verb of authoring came
        // after it ("Robert Mueller hopes to ask … questions").
        // The subject's normalized name: a person's entry, or an
        // organisation of the alias table ("The Democratic National
        // Committee filed a lawsuit"), which is never an entry.
        let mut subject_name: Option<String> = None;
        let mut authored = false;
        // "As he held out …, Mr. Trump repeated": the subject comes after
        // an adverbial put before it.
        let fronted = super::fronted_adverbial_end(&tokens);
        let before_subject = |at: usize| fronted.is_some_and(|c| at < c);
        let mut fronted_subject_seen = false;
        while i < tokens.len() {
            if !in_phrase(&tokens[i]) {
                subject_seen |= PRONOUNS.contains(&lower(&tokens[i]).as_str())
                    && !inside(&tokens[i])
                    && !before_subject(i);
                authored |= AUTHORS.contains(&lower(&tokens[i]).as_str());
                i += 1;
                continue;
            }
            let start = i;
            self.reading_quoted = inside(&tokens[start]);
            while i < tokens.len() && (in_phrase(&tokens[i]) || joins_name(&tokens, i)) {
                i += 1;
            }
            let run = &tokens[start..i];
            let subject = authored.then(|| subject_name.clone()).flatten();
            let owner = self
                .document_owner(run, start == 0, index, subject)
                .or_else(|| document_by(&tokens, run, i));
            if let Some(owner) = owner {
                let kind = super::resolve::document_kind(&lower(&run[run.len() - 1]));
                self.documents.push((index, owner, kind));
            }
            if let Some(k) = run[..run.len() - 1]
                .iter()
                .position(|t| t.possessive() && is_name_token(t))
            {
                // "now President Donald Trump’s nominee": the owner is named,
                // with the roles before the name.
                let mut owner: Vec<Token> = run[..k].to_vec();
                owner.push(Token {
                    text: bare_possessive(run[k].text),
                    word: true,
                });
                if let Some(Mention::Name { role, name }) = mention_of(&owner) {
                    self.read_name(index, &role, &name, false, false);
                }
            }
            if let Some(last) = run.last().filter(|t| t.possessive() && is_name_token(t)) {
                // "Mr. Trump’s comments": a mention, not a subject.
                let bare = bare_possessive(last.text);
                if let Some(p) = self.by_name(bare, index)
                    && self.persons[p].entity == Entity::Person
                {
                    self.note(index, p, false, false);
                    // "Mr. Comey's closely guarded memos": the document is
                    // the person's, past a few lowercase modifiers.
                    let document = tokens[i..]
                        .iter()
                        .take(3)
                        .take_while(|t| t.word && !t.capitalised())
                        .map(lower)
                        .find(|l| role_class(l) == Some("document"));
                    if let Some(noun) = document {
                        let owner = self.persons[p].name.clone();
                        let kind = super::resolve::document_kind(&noun);
                        self.documents.push((index, owner, kind));
                    }
                }
            }
            if let Some(Mention::Name { role, name }) = mention_of(run) {
                // A name followed by a verb-like word is a clause's subject.
                let verb_next = tokens.get(i).is_some_and(|t| {
                    t.word && !t.capitalised() && !NOT_VERBS.contains(&lower(t).as_str())
                });
                // In an adverbial put first ("Once Fetter arrived …,"), the
                // subject of that clause, not of the sentence.
                let fronted_clause = before_subject(start);
                let subject = if fronted_clause {
                    !fronted_subject_seen && !self.reading_quoted && verb_next
                } else {
                    !subject_seen && !self.reading_quoted && (verb_next || start <= 1)
                };
                if fronted_clause {
                    fronted_subject_seen |= subject;
                } else {
                    subject_seen |= subject;
                }
                // "Jose Cazares, 31, said": an age in commas, or a
                // reporting verb right after, shows a person.
                let aged = tokens.get(i).is_some_and(|t| t.text == ",")
                    && tokens
                        .get(i + 1)
                        .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()));
                // "…,” said Tariq Benali, the engineer.": an inverted
                // attribution too, ending its clause ("analysts said South
                // Korea was …" is a reported clause's subject).
                let inverted = start > 0
                    && reporting_verb(&lower(&tokens[start - 1])).is_some()
                    && tokens.get(i).is_none_or(|t| !t.word);
                let speaks = inverted
                    || tokens
                        .get(i)
                        .is_some_and(|t| reporting_verb(&lower(t)).is_some());
                let entry = self.read_name(index, &role, &name, subject, aged || speaks);
                if entry.is_some() && named_at.is_none() && !self.reading_quoted {
                    named_at = Some(start);
                }
                if subject && !fronted_clause && subject_name.is_none() {
                    subject_name =
                        entry.map(|p| self.persons[p].name.clone()).or_else(
                            || match alias_group_of(&name) {
                                Some(g) => Some(&alias_groups()[g])
                                    .filter(|g| g.kind.as_deref() != Some("person"))
                                    .map(|g| g.canonical.clone()),
                                None => name.contains(' ').then(|| normalize(&name)),
                            },
                        );
                }
            }
        }
        self.read_pronoun_cues(&tokens, &inside, first_mention, named_at, opener.flatten());
    }

    /// Gender cues from a sentence's pronouns (outside quotations): a
    /// sentence opening with he or she continues the one person the last
    /// naming sentence named; a subject or reflexive pronoun after the only
    /// person a sentence names is that person's.
    fn read_pronoun_cues(
        &mut self,
        tokens: &[Token],
        inside: &dyn Fn(&Token) -> bool,
        first_mention: usize,
        named_at: Option<usize>,
        opener: Option<Gender>,
    ) {
        let mut named: Vec<usize> = Vec::new();
        for m in &self.mentions[first_mention..] {
            if !m.quoted
                && self.persons[m.entry].entity == Entity::Person
                && !named.contains(&m.entry)
            {
                named.push(m.entry);
            }
        }
        if let (Some(g), Some(p)) = (opener, self.sole_named)
            && named_at.is_none_or(|at| at > 0)
        {
            self.persons[p].pronoun_cues += gender::signed(g, gender::PRONOUN_CUE);
        }
        if let ([p], Some(at)) = (named.as_slice(), named_at) {
            let mut after = tokens[at..]
                .iter()
                .filter(|t| !inside(t))
                .filter(|t| matches!(lower(t).as_str(), "he" | "she" | "himself" | "herself"))
                .filter_map(|t| gender::of_pronoun(&lower(t)));
            if let Some(g) = after.next()
                && after.all(|h| h == g)
            {
                self.persons[*p].pronoun_cues += gender::signed(g, gender::PRONOUN_CUE);
            }
        }
        match named.as_slice() {
            [] => {}
            [p] => self.sole_named = Some(*p),
            _ => self.sole_named = None,
        }
    }

    /// Whether a named mention is someone the article has writing or
    /// issuing documents (its memos, its questions) in the sentences up to
    /// `sentence`.
    pub fn wrote_documents(&self, mention: &Mention, sentence: usize) -> bool {
        let Mention::Name { name, .. } = mention else {
            return false;
        };
        let name = match self.by_name(name, sentence) {
            Some(p) => self.persons[p].name.clone(),
            None => normalize(name),
        };
        self.recent_documents(sentence)
            .any(|(_, owner, _)| *owner == name)
    }

    /// The documents said to be someone's in the [`LOOK_BACK`] sentences up
    /// to `sentence`, latest first. They are recorded in reading order, so
    /// older ones are never visited and the cost per quotation does not
    /// grow with the article.
    pub(super) fn recent_documents(
        &self,
        sentence: usize,
    ) -> impl Iterator<Item = &(usize, String, String)> + '_ {
        let end = self.documents.partition_point(|(s, _, _)| *s <= sentence);
        self.documents[..end]
            .iter()
            .rev()
            .take_while(move |(s, _, _)| sentence - *s <= LOOK_BACK)
    }

    /// Records a mention of entry `p` in `sentence`.
    pub(super) fn note(&mut self, sentence: usize, p: usize, subject: bool, speaker: bool) {
        if self.in_sentence.len() <= sentence {
            self.in_sentence.resize_with(sentence + 1, Vec::new);
        }
        self.in_sentence[sentence].push(self.mentions.len());
        self.mentions.push(Seen {
            entry: p,
            subject,
            speaker,
            quoted: self.reading_quoted && !speaker,
        });
    }

    /// The mentions of one sentence, in reading order.
    pub(super) fn mentions_in(&self, sentence: usize) -> impl Iterator<Item = &Seen> + '_ {
        self.in_sentence
            .get(sentence)
            .into_iter()
            .flatten()
            .map(|&m| &self.mentions[m])
    }

    /// The author of a document a phrase names: its issuer ("Mueller's
    /// questions", "the Comey memos"), else the subject of a sentence whose
    /// verb authors it (`subject`, given only then).
    /// A capitalised word opening the sentence ("Additional questions") is
    /// an issuer only when it is a known name.
    fn document_owner(
        &self,
        run: &[Token],
        opens_sentence: bool,
        sentence: usize,
        subject: Option<String>,
    ) -> Option<String> {
        let head = lower(run.last()?);
        if role_class(&head) != Some("document") {
            return None;
        }
        let words: Vec<String> = run.iter().map(|t| t.text.to_string()).collect();
        if let Some(issuer) = super::resolve::issuer_of(&words) {
            let known =
                alias_group_of(&issuer).is_some() || self.by_name(&issuer, sentence).is_some();
            if known || !opens_sentence {
                return Some(normalize(&issuer));
            }
        }
        subject
    }

    /// Registers a name read in `sentence`; the entry it was noted under.
    fn read_name(
        &mut self,
        sentence: usize,
        role: &[String],
        name: &str,
        subject: bool,
        person: bool,
    ) -> Option<usize> {
        let roles: Vec<String> = role
            .iter()
            .map(|r| r.to_lowercase())
            .filter(|r| !DETERMINERS.contains(&r.as_str()))
            .collect();
        let has_role = roles.iter().any(|r| is_role_word(r));
        let titled = roles.iter().any(|r| HONORIFICS.contains(&r.as_str()));
        let group = alias_group_of(name).map(|g| &alias_groups()[g]);
        let multiword = name.split(' ').count() >= 2;
        let entity = match group {
            Some(g) if g.kind.as_deref() == Some("person") => Entity::Person,
            // "The Democratic National Committee filed …. In the document,
            // the committee accuses …": an organisation of the alias table
            // whose name ends in a body noun is a body "the committee" can
            // refer to (places and groups stay out).
            Some(g)
                if g.kind.as_deref() == Some("organization")
                    && role_class(&last_word(&g.canonical)) == Some("body") =>
            {
                Entity::Body
            }
            Some(_) => return None,
            None if role_class(&last_word(name)) == Some("body") && multiword => Entity::Body,
            // "Breitbart London reported …, when he said": an outlet of the
            // outlet table is a body, never a person a pronoun refers to.
            None if crate::corpus::outlets::source_named(name).is_some() => Entity::Body,
            // "Ellen Fetter showed up": a listed given name shows a person.
            None if (has_role || titled || person || gender::given_name_cue(name) != 0)
                && multiword =>
            {
                Entity::Person
            }
            None if multiword => Entity::Other,
            None => {
                // A surname of someone already named ("Mr. Kudlow"): a title,
                // an age or a reporting verb shows the name is a person's
                // ("Parata, 75, has …", "…,” says Parata").
                if let Some(p) = self.by_name(name, sentence) {
                    if (titled || person) && self.persons[p].entity == Entity::Other {
                        self.persons[p].entity = Entity::Person;
                    }
                    if self.persons[p].entity == Entity::Person {
                        self.note(sentence, p, subject, false);
                        return Some(p);
                    }
                }
                return None;
            }
        };
        if group.is_none()
            && let Some(p) = self.fuller_name(name, sentence)
        {
            if entity == Entity::Person {
                self.persons[p].entity = Entity::Person;
            }
            self.persons[p].add_roles(roles);
            if self.persons[p].entity == Entity::Other {
                return None;
            }
            self.note(sentence, p, subject, false);
            return Some(p);
        }
        let p = self.entry(&normalize(name), entity);
        self.persons[p].add_roles(roles);
        if entity != Entity::Other {
            self.note(sentence, p, subject, false);
            return Some(p);
        }
        None
    }

    pub(super) fn entry(&mut self, name: &str, entity: Entity) -> usize {
        if let Some(&i) = self.exact.get(name) {
            if entity == Entity::Person {
                self.persons[i].entity = Entity::Person;
            }
            return i;
        }
        let p = self.persons.len();
        self.persons.push(Person {
            name: name.to_string(),
            roles: Vec::new(),
            entity,
            pronoun_cues: 0,
            role_cues: 0,
        });
        self.exact.insert(name.to_string(), p);
        self.folded.entry(fold_word(name)).or_insert(p);
        let words = name_words(name);
        if let Some(last) = words.last() {
            self.by_last.entry(last.clone()).or_default().push(p);
        }
        let mut seen: Vec<&String> = Vec::new();
        for w in &words {
            if !seen.contains(&w) {
                seen.push(w);
                self.by_word.entry(w.clone()).or_default().push(p);
            }
        }
        p
    }

    /// Entries mentioned near `sentence`: up to [`LOOK_BACK`] sentences back,
    /// latest first and within a sentence in reading order (the subject
    /// usually comes first); then up to [`LOOK_AHEAD`] sentences ahead,
    /// nearest first.
    pub(super) fn nearby(&self, sentence: usize) -> impl Iterator<Item = usize> + '_ {
        let back = (sentence.saturating_sub(LOOK_BACK)..=sentence).rev();
        let ahead = sentence + 1..=sentence + LOOK_AHEAD;
        back.chain(ahead)
            .flat_map(|s| self.mentions_in(s))
            .map(|m| m.entry)
    }

    /// The person a name of several words is the end of: "De Miranda" for
    /// "Luis de Miranda", "Al Jaafari" for "Ibrahim al-Jaafari" (a surname
    /// with its particle, capitalised at the start of a sentence); the
    /// nearest such person, else the first named.
    fn fuller_name(&self, name: &str, sentence: usize) -> Option<usize> {
        let words = name_words(name);
        let ends = |p: &usize| {
            let full = name_words(&self.persons[*p].name);
            self.persons[*p].entity != Entity::Body
                && full.len() > words.len()
                && full.ends_with(&words)
        };
        // Only people with the same last word can end with these words, so
        // the nearby mentions are searched only when several do.
        let mut candidates: Vec<usize> = self
            .by_last
            .get(words.last()?)
            .into_iter()
            .flatten()
            .copied()
            .filter(ends)
            .collect();
        if candidates.is_empty() {
            // "says Te Kaurinui" after "Te Kaurinui Parata": given names
            // alone, in a family that shares the surname, are the one
            // person whose full name starts with them (no guess among
            // several).
            let starts = |p: &usize| {
                let full = name_words(&self.persons[*p].name);
                self.persons[*p].entity != Entity::Body
                    && full.len() > words.len()
                    && full.starts_with(&words)
            };
            let given: Vec<usize> = self
                .by_word
                .get(words.first()?)
                .into_iter()
                .flatten()
                .copied()
                .filter(starts)
                .collect();
            if let [only] = given.as_slice() {
                candidates.push(*only);
            }
        }
        match candidates.as_slice() {
            [] => None,
            [only] => Some(*only),
            [first, ..] => Some(
                self.nearby(sentence)
                    .find(|p| candidates.contains(p))
                    .unwrap_or(*first),
            ),
        }
    }

    /// The entry a name refers to: the same name, or for a single word
    /// ("Lavrov", "Kim") the nearest person whose name ends with it, else
    /// contains it.
    pub(super) fn by_name(&self, name: &str, sentence: usize) -> Option<usize> {
        if let Some(&p) = self.folded.get(&fold_word(name)) {
            return Some(p);
        }
        if name.contains(' ') {
            return self.fuller_name(name, sentence);
        }
        let word = last_word(name);
        let first = |index: &HashMap<String, Vec<usize>>| {
            index.get(&word).and_then(|ps| ps.first().copied())
        };
        let ends_with = |p: &usize| last_word(&self.persons[*p].name) == word;
        // Several people share the surname (Emmanuel and Brigitte Macron):
        // the surname alone is the one the article introduced first, its
        // principal; the others are named in full or by first name.
        let mut namesakes = self
            .by_last
            .get(&word)
            .into_iter()
            .flatten()
            .filter(|&&p| self.persons[p].entity == Entity::Person && ends_with(&p));
        if let (Some(&first), Some(_)) = (namesakes.next(), namesakes.next()) {
            return Some(first);
        }
        let contains = |p: &usize| name_words(&self.persons[*p].name).contains(&word);
        self.nearby(sentence)
            .find(ends_with)
            .or_else(|| first(&self.by_last))
            .or_else(|| self.nearby(sentence).find(contains))
            .or_else(|| first(&self.by_word))
    }
}
