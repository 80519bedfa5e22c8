//! Boilerplate removal: drop page furniture, keep what was dropped and why.
//!
//! The phrase vocabulary lives in `assets/boilerplate.toml` (see its comments);
//! this module adds the structural rules:
//!
//! - a stand-alone related-link marker ("Read also:") takes the headline
//!   after it; a mirror-address sentence takes the bare URLs after it;
//! - a short "Label: headline" paragraph between two related links;
//! - bare URLs and domains alone on a line;
//! - photo credits in parentheses, alone or closing a short caption;
//! - dateline/byline lines made only of metadata fragments;
//! - tail chrome: once the article's trailing boilerplate begins, a short line
//!   that does not end like a sentence is page furniture too, and goes with
//!   the reason of the boilerplate before it.
//!
//! Every rule looks at one paragraph (and the one before it), so cleaning is
//! linear in the input size.

mod metadata;
mod outlet;
mod rules;
mod shape;

#[cfg(test)]
mod real_data;
#[cfg(test)]
mod tests;

pub use outlet::{OutletParagraphs, outlet_key, repeated_in_outlet, repeated_in_outlet_folded};

use std::borrow::Cow;

use self::rules::{Hit, Rules, Then};
use self::shape::Para;
use super::model::{RemovalReason, Removed};
use super::normalize::matching_form;

/// The result of cleaning one article's paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Paragraphs that are article text, in order.
    pub paragraphs: Vec<String>,
    /// Paragraphs (or parts) that were dropped, in order, with reasons.
    pub removed: Vec<Removed>,
}

/// Removes boilerplate paragraphs from one article's body.
///
/// Paragraphs are plain text, one per entry, title already taken off. Kept and
/// removed paragraphs keep their original text and document order.
pub fn clean_paragraphs(paragraphs: Vec<String>) -> Cleaned {
    let folded: Vec<String> = paragraphs.iter().map(|p| matching_form(p)).collect();
    let verdicts = verdicts(&paragraphs, &folded);
    let mut cleaned = Cleaned::default();
    for (text, verdict) in paragraphs.into_iter().zip(verdicts) {
        match verdict {
            Some(reason) => cleaned.removed.push(Removed { text, reason }),
            None => cleaned.paragraphs.push(text),
        }
    }
    cleaned
}

/// What [`clean_paragraphs`] decides, for paragraphs whose matching forms
/// are already known (`folded[i]` is `matching_form(&paragraphs[i])`): one
/// verdict per paragraph, `Some(reason)` to remove it.
pub fn verdicts(paragraphs: &[String], folded: &[String]) -> Vec<Option<RemovalReason>> {
    assert_eq!(
        paragraphs.len(),
        folded.len(),
        "one matching form per paragraph"
    );
    let rules = rules::rules();
    let paras: Vec<Para<'_>> = paragraphs
        .iter()
        .zip(folded)
        .map(|(text, folded)| Para::with_folded(text, Cow::Borrowed(folded)))
        .collect();
    let mut verdicts = classify_all(&paras, rules);
    mark_link_runs(&paras, &mut verdicts, rules);
    mark_tail_chrome(&paras, &mut verdicts, rules);
    verdicts
}

/// One verdict per paragraph: `Some(reason)` to remove it.
fn classify_all(paragraphs: &[Para<'_>], rules: &Rules) -> Vec<Option<RemovalReason>> {
    let mut verdicts = Vec::with_capacity(paragraphs.len());
    let mut follow: Option<Hit> = None;
    for para in paragraphs {
        let own = classify(para, rules);
        let (verdict, next) = resolve(own, follow, para, rules);
        verdicts.push(verdict);
        follow = next;
    }
    verdicts
}

/// The paragraph's own match, from the phrase list or the structural rules.
fn classify(para: &Para, rules: &Rules) -> Option<Hit> {
    if let Some(hit) = rules.match_phrase(para) {
        return Some(hit);
    }
    let reason = if para.is_bare_url() {
        RemovalReason::BareUrl
    } else if para.is_photo_credit(rules) {
        RemovalReason::PhotoCredit
    } else if metadata::is_metadata(para, rules) {
        RemovalReason::Metadata
    } else {
        return None;
    };
    Some(Hit::alone(reason))
}

/// Combines a paragraph's own match with what the previous match takes along.
/// Returns the verdict and the match whose followers are still being taken.
fn resolve(
    own: Option<Hit>,
    follow: Option<Hit>,
    para: &Para,
    rules: &Rules,
) -> (Option<RemovalReason>, Option<Hit>) {
    match (own, follow) {
        (None, Some(prev)) if prev.then == Then::Headline && para.is_headline(rules) => {
            (Some(prev.reason), None)
        }
        (Some(hit), Some(prev))
            if prev.then == Then::Urls && hit.reason == RemovalReason::BareUrl =>
        {
            (Some(prev.reason), Some(prev))
        }
        (Some(hit), _) => (Some(hit.reason), (hit.then != Then::Nothing).then_some(hit)),
        (None, _) => (None, None),
    }
}

/// A short "Label: headline" paragraph between two related links is a link too
/// ("More: …" / "The Bubble: …" / "Related: …").
fn mark_link_runs(paragraphs: &[Para<'_>], verdicts: &mut [Option<RemovalReason>], rules: &Rules) {
    let is_link = |v: Option<RemovalReason>| v == Some(RemovalReason::RelatedLink);
    for i in 1..verdicts.len().saturating_sub(1) {
        if verdicts[i].is_none()
            && is_link(verdicts[i - 1])
            && is_link(verdicts[i + 1])
            && paragraphs[i].is_labelled_headline(rules)
        {
            verdicts[i] = Some(RemovalReason::RelatedLink);
        }
    }
}

/// Removes short non-sentence lines that follow the article's trailing
/// boilerplate, giving each the reason of the removal before it.
fn mark_tail_chrome(
    paragraphs: &[Para<'_>],
    verdicts: &mut [Option<RemovalReason>],
    rules: &Rules,
) {
    let mut start = verdicts.len();
    while start > 0
        && (verdicts[start - 1].is_some() || paragraphs[start - 1].is_tail_chrome(rules))
    {
        start -= 1;
    }
    let mut current = None;
    for verdict in &mut verdicts[start..] {
        match verdict {
            Some(reason) => current = Some(*reason),
            None => *verdict = current,
        }
    }
}
