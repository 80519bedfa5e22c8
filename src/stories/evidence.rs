//! Event evidence: who, where and when an article's opening says.
//!
//! Two reports on one topic can look alike word for word and still be two
//! events: the same minister at two press conferences, with two different
//! counterparts, on two different days. What tells them apart is in the
//! lede, the first sentences that news style fills with the who, where and
//! when: names (capitalised words inside a sentence, and resolved aliases),
//! numbers, and the weekday or date, which are capitalised names too.
//!
//! For a candidate pair, each article's lede evidence is looked up in the
//! other article's whole text. Reports of one event name the same people and
//! places and give the same day, so most of each lede's evidence is found in
//! the other report. Reports of two events on one topic share the topic's
//! names (the minister, the country) but each names its own counterpart,
//! venue and day, which the other never mentions. The pair's *agreement* is
//! the IDF-weighted share of both ledes' evidence found on the other side;
//! below [`MIN_AGREEMENT`] the pair is a conflict and the two articles never
//! share a story, whatever their dates. Ledes without evidence never
//! conflict.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::corpus::Article;
use crate::corpus::dates::{MONTHS, WEEKDAYS};
use crate::corpus::terms::{TermKind, for_each_term};

use super::neighbours::Edge;
use super::vectors::{ArticleVectors, inverse_document_frequency};

/// How many body sentences are read as the lede for evidence (the standfirst
/// and the first paragraph, as in [`super::vectors::LEAD_SENTENCES`]).
pub const EVIDENCE_SENTENCES: usize = 3;

/// Least weighted share of the two ledes' names, numbers and days that the
/// other article mentions for a pair whose ledes give different days to be
/// one event: two thirds, so a pair whose days disagree is kept apart
/// unless at least two of every three of its ledes' names are shared.
pub const MIN_AGREEMENT: f32 = 2.0 / 3.0;

/// Per article, the evidence of its lede and the vocabulary of its whole text.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Per article: term ids of the names, aliases and numbers in its lede, sorted.
    lede: Vec<Vec<u32>>,
    /// Per article: term ids of its whole text, sorted (from its vector).
    text: Vec<Vec<u32>>,
    /// Per article: the weekdays its lede names, as a bit set (Monday = 1).
    days: Vec<u8>,
    /// Per article: term ids of the names in its lede's occasion clauses
    /// ("at a press conference with …", "speaking to …"), sorted.
    occasion: Vec<Vec<u32>>,
    /// Weight of each term id: its IDF in this corpus.
    weight: Vec<f32>,
}

impl Evidence {
    /// Reads the evidence of `articles` (the same order as `vectors`).
    pub fn new(articles: &[&Article], vectors: &ArticleVectors) -> Self {
        let ids: FxHashMap<&str, u32> = vectors
            .keys
            .iter()
            .enumerate()
            .map(|(id, key)| (key.as_str(), id as u32))
            .collect();
        let lede: Vec<Vec<u32>> = articles.par_iter().map(|a| lede_terms(a, &ids)).collect();
        let occasion = articles
            .par_iter()
            .map(|a| occasion_terms(a, &ids))
            .collect();
        let days = lede.iter().map(|l| weekdays(l, &vectors.keys)).collect();
        let text = vectors
            .vectors
            .iter()
            .map(|v| v.iter().map(|&(id, _)| id).collect())
            .collect();
        let weight = inverse_document_frequency(&vectors.document_frequency, articles.len());
        Evidence {
            lede,
            text,
            days,
            occasion,
            weight,
        }
    }

    /// Weighted share of both ledes' evidence that the other article
    /// mentions, 0..=1, or `None` when neither lede has any.
    pub fn agreement(&self, a: usize, b: usize) -> Option<f32> {
        let (found_a, all_a) = self.found(a, b);
        let (found_b, all_b) = self.found(b, a);
        let all = all_a + all_b;
        (all > 0.0).then(|| (found_a + found_b) / all)
    }

    /// Whether the two ledes name days of the week and none in common.
    pub fn days_differ(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.days[a], self.days[b]);
        x != 0 && y != 0 && x & y == 0
    }

    /// Whether `a` and `b` report different events by their ledes: they
    /// give different days and share less than [`MIN_AGREEMENT`] of their
    /// names.
    pub fn conflict(&self, a: usize, b: usize) -> bool {
        self.occasions_differ(a, b)
            || self.days_differ(a, b) && self.agreement(a, b).is_some_and(|s| s < MIN_AGREEMENT)
    }

    /// Whether both ledes name the occasion of what they report (a press
    /// conference with someone, an interview to some agency) and neither
    /// article mentions any name of the other's occasion.
    pub fn occasions_differ(&self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.occasion[a], &self.occasion[b]);
        !x.is_empty()
            && !y.is_empty()
            && !x.iter().any(|id| self.text[b].binary_search(id).is_ok())
            && !y.iter().any(|id| self.text[a].binary_search(id).is_ok())
    }

    /// The candidate edges whose two articles conflict.
    pub fn conflicts(&self, edges: &[Edge]) -> Vec<Edge> {
        edges
            .par_iter()
            .filter(|e| self.conflict(e.a, e.b))
            .copied()
            .collect()
    }

    /// (Weight of `from`'s lede evidence that `to` mentions, weight of all of it.)
    fn found(&self, from: usize, to: usize) -> (f32, f32) {
        let text = &self.text[to];
        self.lede[from]
            .iter()
            .fold((0.0, 0.0), |(found, all), &id| {
                let w = self.weight[id as usize];
                let hit = text.binary_search(&id).is_ok();
                (found + if hit { w } else { 0.0 }, all + w)
            })
    }
}

/// Term ids of the names, aliases and numbers in an article's lede.
fn lede_terms(article: &Article, ids: &FxHashMap<&str, u32>) -> Vec<u32> {
    let mut found: Vec<u32> = Vec::new();
    for sentence in article.sentences().take(EVIDENCE_SENTENCES) {
        for_each_term(&sentence.text, |kind, key| {
            if kind != TermKind::Word
                && let Some(&id) = ids.get(key)
            {
                found.push(id);
            }
        });
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// Words that open the clause naming where or to whom something was said.
/// Not "told": "told Reuters" names who relayed the words, which reports
/// of one event by different outlets often differ on.
const OCCASIONS: [&str; 13] = [
    "press conference",
    "news conference",
    "briefing",
    "meeting with",
    "talks with",
    "interview with",
    "interview to",
    "speaking to",
    "speaking with",
    "speaking at",
    "speech at",
    "speech to",
    "address to",
];

/// Term ids of the names in the occasion clauses of an article's lede:
/// from an [`OCCASIONS`] phrase to the end of its clause, without days,
/// months and numbers (those are the days' evidence).
fn occasion_terms(article: &Article, ids: &FxHashMap<&str, u32>) -> Vec<u32> {
    let mut found: Vec<u32> = Vec::new();
    for sentence in article.sentences().take(EVIDENCE_SENTENCES) {
        // ASCII folding keeps byte offsets, so `rest` slices the original.
        let lower = sentence.text.to_ascii_lowercase();
        for phrase in OCCASIONS {
            for (at, _) in lower.match_indices(phrase) {
                let before = lower[..at].chars().next_back();
                let after_at = at + phrase.len();
                let after = lower[after_at..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                let rest = &sentence.text[after_at..];
                let end = rest
                    .find([',', ';', ':', '—', '–', '"', '“', '”', '(', ')'])
                    .unwrap_or(rest.len());
                for_each_term(&rest[..end], |kind, key| {
                    if matches!(kind, TermKind::Name | TermKind::Alias)
                        && !WEEKDAYS.contains(&key)
                        && !MONTHS.contains(&key)
                        && let Some(&id) = ids.get(key)
                    {
                        found.push(id);
                    }
                });
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The weekdays among a lede's terms, as a bit set.
fn weekdays(lede: &[u32], keys: &[String]) -> u8 {
    lede.iter()
        .filter_map(|&id| WEEKDAYS.iter().position(|d| *d == keys[id as usize]))
        .fold(0, |set, day| set | 1 << day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::stories::vectors::article_vectors;

    fn article(id: &str, lede: &str) -> Article {
        Article::from_paragraphs(id, vec![vec![lede.to_string()]])
    }

    fn evidence(articles: &[Article]) -> Evidence {
        let refs: Vec<&Article> = articles.iter().collect();
        Evidence::new(&refs, &article_vectors(&refs))
    }

    #[test]
    fn two_meetings_on_different_days_with_different_people_conflict() {
        let e = evidence(&[
            article(
                "a",
                "The minister met his Iraqi counterpart Ibrahim Jaafari in Moscow on Monday.",
            ),
            article(
                "b",
                "The minister met his Argentine counterpart Jorge Faurie in Moscow on Thursday.",
            ),
        ]);
        assert!(e.days_differ(0, 1));
        assert!(e.agreement(0, 1).unwrap() < MIN_AGREEMENT);
        assert!(e.conflict(0, 1));
    }

    #[test]
    fn two_reports_of_one_meeting_agree() {
        let e = evidence(&[
            article(
                "a",
                "The minister met his Iraqi counterpart Ibrahim Jaafari in Moscow on Monday.",
            ),
            article(
                "b",
                "In Moscow on Monday, Ibrahim Jaafari, the Iraqi minister, met the minister.",
            ),
        ]);
        assert!(!e.days_differ(0, 1));
        assert_eq!(e.agreement(0, 1), Some(1.0));
        assert!(!e.conflict(0, 1));
    }

    #[test]
    fn two_press_conferences_with_different_counterparts_conflict_on_the_same_day() {
        let e = evidence(&[
            article(
                "a",
                "At a joint press conference with his Argentine counterpart Jorge Faurie \
                 on Thursday, the minister said troops must leave.",
            ),
            article(
                "b",
                "Speaking to the Interfax news agency on Thursday, the minister said \
                 troops must leave.",
            ),
        ]);
        assert!(!e.days_differ(0, 1));
        assert!(e.occasions_differ(0, 1));
        assert!(e.conflict(0, 1));
    }

    #[test]
    fn one_occasion_told_two_ways_agrees() {
        let e = evidence(&[
            article(
                "a",
                "The minister said at a news conference following a meeting with his \
                 Iraqi counterpart Ibrahim al-Jaafari that he expects answers.",
            ),
            article(
                "b",
                "The minister expects answers, he said after talks with Iraqi Foreign \
                 Minister Ibrahim Jaafari.",
            ),
        ]);
        assert!(!e.occasions_differ(0, 1));
        assert!(!e.conflict(0, 1));
    }

    #[test]
    fn an_occasion_without_names_or_on_one_side_only_never_conflicts() {
        let e = evidence(&[
            article(
                "a",
                "The minister told reporters on Thursday that troops must leave.",
            ),
            article(
                "b",
                "Speaking to Interfax on Thursday, the minister said troops must go.",
            ),
            article(
                "c",
                "The minister said on Thursday that troops must leave Syria.",
            ),
        ]);
        assert!(!e.occasions_differ(0, 1));
        assert!(!e.occasions_differ(1, 2));
    }

    #[test]
    fn the_agencies_a_quote_was_told_to_are_not_occasions() {
        let e = evidence(&[
            article(
                "a",
                "A police spokesman told Reuters that the bridge had collapsed.",
            ),
            article(
                "b",
                "A police spokesman told the Associated Press that the bridge fell.",
            ),
        ]);
        assert!(!e.occasions_differ(0, 1));
    }

    #[test]
    fn ledes_without_names_never_conflict() {
        let e = evidence(&[article("a", "it rained."), article("b", "it snowed.")]);
        assert_eq!(e.agreement(0, 1), None);
        assert!(!e.conflict(0, 1));
    }
}
