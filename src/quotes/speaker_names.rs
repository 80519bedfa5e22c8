//! One speaker under several names within a story, and the speaker a
//! statement's versions agree on.

use super::SpeakerStatus;
use super::matching::Version;
use crate::corpus::terms::fold_word;

/// Whether two normalized names are one person within a story: the same
/// name, one name's words ending the other's ("Obama" and "Barack Obama"),
/// or the same first and last words ("Donald J. Trump", "Donald Trump").
pub fn same_person(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let words = |n: &str| -> Vec<String> { n.split([' ', '-']).map(fold_word).collect() };
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    let capitalised = a.starts_with(char::is_uppercase) && b.starts_with(char::is_uppercase);
    capitalised
        && (long.ends_with(short)
            || (short.len() >= 2 && short.first() == long.first() && short.last() == long.last()))
}

/// The speaker most versions give, counting names of one person together
/// and writing them with the fullest name.
pub(super) fn majority_speaker(versions: &[Version]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for name in versions.iter().filter_map(|v| v.speaker.as_deref()) {
        match counts.iter_mut().find(|(n, _)| same_person(n, name)) {
            Some((n, c)) => {
                *c += 1;
                if name.len() > n.len() {
                    *n = name;
                }
            }
            None => counts.push((name, 1)),
        }
    }
    let best = counts.iter().map(|&(_, c)| c).max()?;
    counts
        .into_iter()
        .find(|&(_, c)| c == best)
        .map(|(n, _)| n.to_string())
}

/// The organisation and status of a statement's speaker, from the versions
/// that give that speaker.
pub(super) fn speaker_details(
    speaker: Option<&str>,
    versions: &[Version],
) -> (Option<String>, SpeakerStatus) {
    let Some(speaker) = speaker else {
        let unresolved = versions
            .iter()
            .any(|v| v.speaker_status == SpeakerStatus::Unresolved);
        let status = if unresolved {
            SpeakerStatus::Unresolved
        } else {
            SpeakerStatus::None
        };
        return (None, status);
    };
    let theirs: Vec<&Version> = versions
        .iter()
        .filter(|v| {
            v.speaker
                .as_deref()
                .is_some_and(|s| same_person(s, speaker))
        })
        .collect();
    let org = theirs.iter().find_map(|v| v.speaker_org.clone());
    let status = theirs
        .iter()
        .map(|v| v.speaker_status)
        .min()
        .unwrap_or(SpeakerStatus::None);
    (org, status)
}
