//! Speakers shared between quotations of one article: fragments of one
//! sentence, a quotation continued over paragraphs, the same words quoted
//! twice.

use std::collections::HashMap;

use super::{Quote, QuoteKind};
use crate::corpus::terms::words;

/// Fragments of one sentence share the attribution that closes it: in
/// `The leaders “agreed that …,” which is “resolved to …,” Merkel's
/// statement said.` both fragments are the statement's.
pub(super) fn share_speakers_within_sentences(quotes: &mut [Quote]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let next = &quotes[i + 1];
        let same_sentence = next.paragraph == quotes[i].paragraph
            && next.sentences.first() == quotes[i].sentences.last();
        if quotes[i].speaker.is_none()
            && quotes[i].kind != QuoteKind::Scare
            && same_sentence
            && next.speaker.is_some()
        {
            let (speaker, status, verb) =
                (next.speaker.clone(), next.speaker_status, next.verb.clone());
            quotes[i].speaker = speaker;
            quotes[i].speaker_status = status;
            quotes[i].verb = verb;
        }
    }
}

/// Words quoted twice in one article come from one source: a headline's
/// “'Very Friendly'” takes the speaker the body gives the same words. The
/// source is the first attributed quotation with the same words or, for four
/// words or more, one that contains them (found through an index of each
/// attributed quotation's four-word runs, not by comparing every pair).
pub(super) fn share_speakers_of_repeated_words(quotes: &mut [Quote]) {
    let keys: Vec<Vec<String>> = quotes
        .iter()
        .map(|q| words(&q.text).map(|w| w.to_lowercase()).collect())
        .collect();
    let mut same: HashMap<&[String], Vec<usize>> = HashMap::new();
    let mut runs: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (j, key) in keys.iter().enumerate() {
        if quotes[j].speaker.is_some() && !key.is_empty() {
            same.entry(key.as_slice()).or_default().push(j);
            for run in key.windows(4) {
                let list = runs.entry(run).or_default();
                if list.last() != Some(&j) {
                    list.push(j);
                }
            }
        }
    }
    for i in 0..quotes.len() {
        let key = &keys[i];
        if quotes[i].speaker.is_some() || key.is_empty() {
            continue;
        }
        let first_other = |list: Option<&Vec<usize>>, ok: &dyn Fn(usize) -> bool| {
            list.and_then(|l| l.iter().copied().find(|&j| j != i && ok(j)))
        };
        let exact = first_other(same.get(key.as_slice()), &|_| true);
        let containing = (key.len() >= 4)
            .then(|| first_other(runs.get(&key[..4]), &|j| contains_run(&keys[j], key)))
            .flatten();
        let source = exact.into_iter().chain(containing).min();
        if let Some(j) = source {
            quotes[i].speaker = quotes[j].speaker.clone();
            quotes[i].speaker_status = quotes[j].speaker_status;
            quotes[i].verb = quotes[j].verb.clone();
            if quotes[i].kind == QuoteKind::Scare {
                quotes[i].kind = QuoteKind::Partial;
            }
        }
    }
}

/// Whether `words` holds `run` as consecutive words.
fn contains_run(words: &[String], run: &[String]) -> bool {
    words.windows(run.len()).any(|w| w == run)
}

/// A quotation continued over paragraphs shares one speaker: the one named
/// anywhere along the chain (usually at its end).
pub(super) fn share_speakers_along_chains(quotes: &mut [Quote]) {
    let mut start = 0;
    while start < quotes.len() {
        let mut end = start;
        while end + 1 < quotes.len() && quotes[end].continues {
            end += 1;
        }
        if end > start {
            let found = quotes[start..=end].iter().rev().find_map(|q| {
                q.speaker
                    .clone()
                    .zip(q.verb.clone())
                    .map(|f| (f, q.speaker_status))
            });
            if let Some(((speaker, verb), status)) = found {
                for q in &mut quotes[start..=end] {
                    if q.speaker.is_none() {
                        q.speaker = Some(speaker.clone());
                        q.speaker_status = status;
                        q.verb = Some(verb.clone());
                        if q.kind == QuoteKind::Scare {
                            q.kind = QuoteKind::Partial;
                        }
                    }
                }
            }
        }
        start = end + 1;
    }
}
