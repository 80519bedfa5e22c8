//! Resolving a mention to a registered person: names through surnames,
//! pronouns through salience, role nouns through the roles seen with names.

use super::super::lexicon::role_class;
use super::people::{
    Entity, MENTION_WEIGHT, People, SPEAKER_WEIGHT, SUBJECT_WEIGHT, last_word, normalize,
};
use super::{DETERMINERS, Mention};
use crate::corpus::terms::{alias_group_of, alias_groups};

/// Salience older than this many sentences has halved out of reach.
const SALIENCE_WINDOW: usize = 40;

impl People {
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
            self.note(sentence, p, true, true);
        }
        self.last_any = Some(name.clone());
        name
    }

    /// He or she: the most salient person so far. Mentions, subjects and
    /// speakers add salience, which halves with every sentence back (so only
    /// the last [`SALIENCE_WINDOW`] sentences count); a sentence opening with
    /// he or she adds to whoever is most salient then.
    fn pronoun_target(&self, sentence: usize) -> Option<usize> {
        let mut score: Vec<(usize, f32)> = Vec::new();
        let best = |score: &[(usize, f32)]| {
            score
                .iter()
                .filter(|&&(_, v)| v > 0.0)
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
                && self.pronoun_starts.binary_search(&s).is_ok()
                && let Some(p) = best(&score)
            {
                add(&mut score, p, SUBJECT_WEIGHT);
            }
            for m in self.mentions_in(s) {
                if self.persons[m.entry].entity != Entity::Person {
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
