//! Resolving a mention to a registered person: names through surnames,
//! pronouns through salience, role nouns through the roles seen with names.

use super::super::SpeakerStatus as Status;
use super::super::lexicon::role_class;
use super::gender::{self, Gender};
use super::people::{
    Entity, LOOK_BACK, MENTION_WEIGHT, People, SPEAKER_WEIGHT, SUBJECT_WEIGHT, last_word, normalize,
};
use super::{Attribution, DETERMINERS, ELLIPTIC, Mention};
use crate::corpus::terms::{alias_group_of, alias_groups, fold_word};

/// How many sentences after a role a lede may first name its holder.
const CATAPHORA_SENTENCES: usize = 2;

/// Salience older than this many sentences has halved out of reach.
const SALIENCE_WINDOW: usize = 40;

/// Who a mention turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The normalized speaker, or None when a pronoun had no one to refer to.
    pub name: Option<String>,
    /// The body the speaker speaks for, or the speaker itself when it is one.
    pub org: Option<String>,
    /// Named, resolved from a pronoun or role, or unresolved.
    pub status: Status,
}

/// "NAACP", "FBI": a name written as an acronym is an organisation's.
fn is_acronym(name: &str) -> bool {
    !name.contains(' ')
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase)
}

/// "a White House spokesman", "A Number 10 spokesperson": the capitalised
/// words before a spokesperson's role name the body.
fn body_of_role(words: &[String]) -> Option<String> {
    let head = words.last()?.to_lowercase();
    if role_class(&head) != Some("spokesperson") {
        return None;
    }
    let body: Vec<&str> = words[..words.len() - 1]
        .iter()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let proper = body
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    (proper && !body.is_empty()).then(|| body.join(" "))
}

/// A role phrase headed by a body noun with a proper name in it ("the
/// Trump campaign", "the Justice Department").
fn is_body(words: &[String]) -> bool {
    let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    role_class(&head) == Some("body")
        && words.iter().any(|w| {
            w.starts_with(char::is_uppercase) && !DETERMINERS.contains(&w.to_lowercase().as_str())
        })
}

fn without_determiners(words: &[String]) -> String {
    words
        .iter()
        .skip_while(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The issuer a document phrase names: a possessive name ("Merkel's
/// statement") or capitalised words before the noun ("the White House
/// statement").
pub(super) fn issuer_of(words: &[String]) -> Option<String> {
    let before = &words[..words.len().checked_sub(1)?];
    if let Some(owner) = before
        .iter()
        .find(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        let bare = owner.trim_end_matches("'s").trim_end_matches("’s");
        return bare
            .starts_with(char::is_uppercase)
            .then(|| bare.to_string());
    }
    let proper: Vec<&str> = before
        .iter()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(&w.to_lowercase().as_str()))
        .collect();
    let all_proper = !proper.is_empty() && proper.iter().all(|w| w.starts_with(char::is_uppercase));
    all_proper.then(|| proper.join(" "))
}

/// A document noun without its plural ending ("memos" → "memo"), so that
/// "the memo" and "the memos" are one kind of document.
pub(super) fn document_kind(noun: &str) -> String {
    let lower = noun.to_lowercase();
    lower
        .strip_suffix('s')
        .filter(|stem| stem.len() >= 3)
        .map_or(lower.clone(), str::to_string)
}

/// Whether a word of a person's name is among a quotation's
/// [`quoted_names`]: someone the words talk about, not who says them.
fn named_in(name: &str, inside: &[String]) -> bool {
    name.split([' ', '-'])
        .any(|w| inside.contains(&fold_word(w)))
}

/// The folded capitalised words of a quotation: names it talks about.
fn quoted_names(quoted: &str) -> Vec<String> {
    quoted
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(fold_word)
        .collect()
}

impl People {
    /// The speaker an attribution at `sentence` refers to, by normalized
    /// name, for a quotation of the words `quoted` (a person the quotation
    /// names is talked about, not talking: "Donald, you've …").
    pub fn resolve(&mut self, a: &Attribution, sentence: usize, quoted: &str) -> Resolution {
        let (mut name, person, status) = match &a.mention {
            Mention::Name { role, name } => {
                let p = self.named(role, name, sentence);
                (Some(self.persons[p].name.clone()), Some(p), Status::Named)
            }
            Mention::Pronoun(pronoun) => match self.pronoun_target(pronoun, sentence, quoted) {
                Some(i) => (
                    Some(self.persons[i].name.clone()),
                    Some(i),
                    Status::Resolved,
                ),
                None => (None, None, Status::Unresolved),
            },
            Mention::Role(words) => self.role_speaker(words, sentence),
        };
        let mut org = a.org.clone();
        if let Some(p) = person {
            self.note(sentence, p, true, true);
            if self.persons[p].entity == Entity::Body || is_acronym(&self.persons[p].name) {
                org = Some(self.persons[p].name.clone());
            }
        }
        if let Mention::Role(words) = &a.mention
            && person.is_none()
            && is_body(words)
        {
            // "the Trump campaign said": the body speaks for itself.
            name = Some(normalize(&without_determiners(words)));
            org = name.clone();
        } else if let Mention::Role(words) = &a.mention
            && person.is_none()
            && let Some(body) = a.org.clone().or_else(|| body_of_role(words))
        {
            // An unnamed spokesperson speaks as the body.
            name = Some(normalize(&body));
            org = name.clone();
        }
        if let Some(n) = &name {
            self.last_any = Some((n.clone(), sentence));
        }
        Resolution { name, org, status }
    }

    /// A paragraph that is only a quotation, with no attribution, after a
    /// paragraph (its `sentences`) that names one person and no one else
    /// outside quotations ("But for Parata and his family … are personal."
    /// then "“It's very emotional …”"): that person, resolved, and noted as
    /// the speaker at `sentence`. Not someone the quotation names.
    pub fn sole_person_before(
        &mut self,
        sentences: impl IntoIterator<Item = usize>,
        sentence: usize,
        quoted: &str,
    ) -> Option<Resolution> {
        let mut only: Option<usize> = None;
        for s in sentences {
            for m in self.mentions_in(s) {
                if m.quoted || self.persons[m.entry].entity != Entity::Person {
                    continue;
                }
                match only {
                    Some(p) if p != m.entry => return None,
                    _ => only = Some(m.entry),
                }
            }
        }
        let p = only?;
        let name = self.persons[p].name.clone();
        if named_in(&name, &quoted_names(quoted)) {
            return None;
        }
        self.note(sentence, p, true, true);
        self.last_any = Some((name.clone(), sentence));
        Some(Resolution {
            name: Some(name),
            org: None,
            status: Status::Resolved,
        })
    }

    /// The author of the documents of a kind the article attributed last
    /// ("the memos written by James Comey", "the Comey memos") within
    /// [`LOOK_BACK`] sentences of `sentence`, for "…, Mr. Trump said,
    /// according to the memo": the wording is the memo's author's.
    pub fn document_author(&self, noun: &str, sentence: usize) -> Option<String> {
        let kind = document_kind(noun);
        let (_, owner, _) = self
            .recent_documents(sentence)
            .find(|(_, _, k)| *k == kind)?;
        Some(match self.by_name(owner, sentence) {
            Some(p) => self.persons[p].name.clone(),
            None => owner.clone(),
        })
    }

    /// The entry of a name, registered now if the article never gave it.
    fn named(&mut self, role: &[String], name: &str, sentence: usize) -> usize {
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
        self.persons[p].add_roles(roles);
        if self.persons[p].entity == Entity::Other {
            self.persons[p].entity = Entity::Person;
        }
        p
    }

    /// A role noun: the person it was linked to, the issuer of a document
    /// ("the statement said"), or the role as written.
    fn role_speaker(
        &self,
        words: &[String],
        sentence: usize,
    ) -> (Option<String>, Option<usize>, Status) {
        if let Some(i) = self.resolve_role(words, sentence) {
            return (
                Some(self.persons[i].name.clone()),
                Some(i),
                Status::Resolved,
            );
        }
        let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        if role_class(&head) == Some("document")
            && let Some(issuer) = issuer_of(words)
        {
            // "Merkel's statement", "the White House statement": its issuer.
            let p = self.by_name(&issuer, sentence);
            let name = p.map_or_else(|| normalize(&issuer), |p| self.persons[p].name.clone());
            return (Some(name), p, Status::Named);
        }
        let elliptic = words.len() == 1 && ELLIPTIC.contains(&head.as_str());
        if role_class(&head) == Some("document") || elliptic {
            // "the memo says", "reads one question", "another asks": the
            // author of the documents last said to be someone's, unless
            // someone spoke since; else the latest speaker.
            // "The memos also showed that …" after "the memos written by
            // James Comey": the same kind of document is the same author's,
            // whoever spoke since.
            let kind = document_kind(&head);
            let same_kind = self
                .recent_documents(sentence)
                .find(|(_, _, k)| *k == kind && !elliptic)
                .map(|(_, o, _)| o);
            let owner = self.recent_documents(sentence).next();
            let chosen = match (owner, &self.last_any) {
                _ if same_kind.is_some() => same_kind,
                (Some((s, o, _)), Some((_, spoke))) if s >= spoke => Some(o),
                (Some((_, o, _)), None) => Some(o),
                (_, Some((n, _))) => Some(n),
                (None, None) => None,
            };
            if let Some(name) = chosen {
                let p = self.by_name(name, sentence);
                let name = p.map_or_else(|| name.clone(), |p| self.persons[p].name.clone());
                return (Some(name), p, Status::Resolved);
            }
        }
        (Some(words.join(" ")), None, Status::Named)
    }

    /// He or she: the most salient person so far. Mentions, subjects and
    /// speakers add salience, which halves with every sentence back (so only
    /// the last [`SALIENCE_WINDOW`] sentences count); a sentence opening with
    /// he or she adds to whoever is most salient then. Only people whose
    /// gender cues do not contradict the pronoun's are counted
    /// ([`super::gender`]).
    fn pronoun_target(&self, pronoun: &str, sentence: usize, quoted: &str) -> Option<usize> {
        let wanted = gender::of_pronoun(&pronoun.to_lowercase());
        let inside = quoted_names(quoted);
        let named_inside = |p: usize| named_in(&self.persons[p].name, &inside);
        let mut score: Vec<(usize, f32)> = Vec::new();
        let best = |score: &[(usize, f32)], g: Option<Gender>| {
            score
                .iter()
                .filter(|&&(_, v)| v > 0.0)
                .filter(|&&(p, _)| gender::compatible(self.persons[p].gender_balance(), g))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|&(p, _)| p)
        };
        let add = |score: &mut Vec<(usize, f32)>, p: usize, w: f32| match score
            .iter_mut()
            .find(|(q, _)| *q == p)
        {
            Some((_, v)) => *v += w,
            None => score.push((p, w)),
        };
        for s in sentence.saturating_sub(SALIENCE_WINDOW)..=sentence {
            score.iter_mut().for_each(|(_, v)| *v *= 0.5);
            if s < sentence
                && let Ok(k) = self.pronoun_starts.binary_search_by_key(&s, |&(s, _)| s)
                && let Some(p) = best(&score, self.pronoun_starts[k].1)
            {
                add(&mut score, p, SUBJECT_WEIGHT);
            }
            for m in self.mentions_in(s) {
                // "“…,” he said in an appearance with Mr. Macron": a name in
                // the pronoun's own clause that is not its subject cannot be
                // the one it refers to.
                let in_own_clause = s == sentence && !m.subject && !m.speaker;
                if self.persons[m.entry].entity != Entity::Person
                    || named_inside(m.entry)
                    || m.quoted
                    || in_own_clause
                {
                    continue;
                }
                let weight = if m.speaker {
                    SPEAKER_WEIGHT
                } else if m.subject {
                    SUBJECT_WEIGHT
                } else {
                    MENTION_WEIGHT
                };
                add(&mut score, m.entry, weight);
            }
        }
        best(&score, wanted)
    }

    fn resolve_role(&self, words: &[String], sentence: usize) -> Option<usize> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let head = lower.last().cloned().unwrap_or_default();
        let class = role_class(&head)?;
        if class == "document" {
            // "the lawsuit" is a document, whatever nouns a person's
            // apposition held ("an expert on … issues").
            return None;
        }
        // A bare role ("Campaigners", "officials") names a group, not one
        // person the article introduced.
        let determined = lower
            .first()
            .is_some_and(|w| DETERMINERS.contains(&w.as_str()) || w.ends_with("'s"));
        if !determined {
            return None;
        }
        let nearest = || self.nearby(sentence);
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
        // "Trump's outside counsel" is someone of a person's: only someone
        // introduced with that possessive ("Trump's lawyer Jay Sekulow").
        // ("Israel's prime minister" is the Israeli one: a place's.)
        let owners: Vec<&String> = lower
            .iter()
            .zip(words)
            .filter(|(l, w)| {
                let bare = w.trim_end_matches("'s").trim_end_matches("’s");
                l.ends_with("'s")
                    && bare.len() < w.len()
                    && self
                        .by_name(bare, sentence)
                        .is_some_and(|p| self.persons[p].entity == Entity::Person)
            })
            .map(|(l, _)| l)
            .collect();
        for p in nearest() {
            let person = &self.persons[p];
            if person.entity != Entity::Person
                || !person.roles.iter().any(|r| role_class(r) == Some(class))
                || !owners.iter().all(|o| person.roles.contains(o))
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
        self.named_next(sentence, class)
    }

    /// A role no one was linked to, in a lede that names its holder only
    /// after ("Israel's ambassador to the United States said …. “…,” Ron
    /// Dermer told …"): the person first named in the next
    /// [`CATAPHORA_SENTENCES`] sentences who speaks or is a subject there and
    /// has no role of another class.
    fn named_next(&self, sentence: usize, class: &str) -> Option<usize> {
        let earlier = |p: usize| {
            (sentence.saturating_sub(LOOK_BACK)..=sentence)
                .any(|s| self.mentions_in(s).any(|m| m.entry == p))
        };
        (sentence + 1..=sentence + CATAPHORA_SENTENCES)
            .flat_map(|s| self.mentions_in(s))
            .filter(|m| m.subject && !m.quoted)
            .map(|m| m.entry)
            .find(|&p| {
                let person = &self.persons[p];
                person.entity == Entity::Person
                    && !earlier(p)
                    && person
                        .roles
                        .iter()
                        .filter_map(|r| role_class(r))
                        .all(|c| c == class)
            })
    }
}
