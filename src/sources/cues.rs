//! The cue patterns that name a source inside one sentence.
//!
//! Each pattern anchors on a cue word ("reported", "according to", "told",
//! "in a statement", "officials said") and reads the name beside it. A
//! name is accepted as a news outlet only when the outlet table knows it
//! ([`source_named`]) or a media noun introduces it ("the magazine
//! People"), so "Lavrov said" is never an outlet.

use super::SourceKind;
use super::lexicon::{
    CREDIT_VERBS, DETERMINERS, DOCUMENT_NOUNS, LEAK_ADJECTIVES, LINKS, MAX_MEDIA_GAP,
    MAX_NAME_WORDS, MEDIA_NOUNS, OFFICIAL_MODIFIERS, OFFICIAL_NOUNS, SAY_VERBS,
};
use super::words::{Word, capitalised_run_back, capitalised_run_forward, joined};
use crate::corpus::outlets::source_named;
use crate::corpus::terms::is_english_stop_word;

/// A source named in a sentence: who, what kind, and which words name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The source as normalized (an outlet's display name), or as written.
    pub source: String,
    /// Agency, outlet, official or document.
    pub kind: SourceKind,
    /// Index of the first naming word.
    pub first: usize,
    /// Index of the last naming word.
    pub last: usize,
    /// Whether the name is a short form to resolve in the article ("the
    /// Times" for "The New York Times").
    pub short_form: bool,
}

impl Cue {
    /// A cue naming `source` with the words `first..=last`.
    fn new(source: String, kind: SourceKind, (first, last): (usize, usize), short: bool) -> Cue {
        Cue {
            source,
            kind,
            first,
            last,
            short_form: short,
        }
    }
}

/// Every source a sentence's words name, in order of their cue.
pub(crate) fn cues(words: &[Word<'_>]) -> Vec<Cue> {
    let mut found = Vec::new();
    for k in 0..words.len() {
        found.extend(credit_before(words, k));
        found.extend(according_to(words, k));
        found.extend(told_medium(words, k));
        found.extend(official_speaking(words, k));
        found.extend(document(words, k));
    }
    found.sort_by_key(|c| (c.first, c.last));
    found.dedup_by(|b, a| a.first == b.first && a.source == b.source);
    let all = found.clone();
    let inside = |c: &Cue, o: &Cue| {
        o.kind == c.kind
            && o.first <= c.first
            && c.last <= o.last
            && o.last - o.first > c.last - c.first
    };
    found.retain(|c| !all.iter().any(|o| inside(c, o)));
    found
}

/// The outlet (or agency) a capitalised run names, trying its longest
/// tails first (`forward`: its longest heads) so "Russian agency Sputnik"
/// finds "Sputnik": `(source, first, last, kind)`.
fn known_in_run(
    words: &[Word<'_>],
    first: usize,
    last: usize,
    forward: bool,
) -> Option<(String, usize, usize, SourceKind)> {
    for n in (1..=last - first + 1).rev() {
        let (a, b) = if forward {
            (first, first + n - 1)
        } else {
            (last + 1 - n, last)
        };
        if let Some(named) = source_named(&joined(words, a..b + 1)) {
            let kind = if named.agency {
                SourceKind::Agency
            } else {
                SourceKind::Outlet
            };
            return Some((named.name.to_owned(), a, b, kind));
        }
    }
    None
}

/// `NAME [news agency] reported`, `the magazine People reported`, `the
/// Times reported`, with `k` the verb.
fn credit_before(words: &[Word<'_>], k: usize) -> Option<Cue> {
    if k == 0 || !words[k].is(&CREDIT_VERBS) || words[k - 1].punctuated {
        return None;
    }
    let mut end = k - 1;
    while end > 0 && words[end].is(&LINKS) && k - end <= 2 && !words[end - 1].punctuated {
        end -= 1;
    }
    let start = capitalised_run_back(words, end, MAX_NAME_WORDS)?;
    let with_the = |i: usize| i.checked_sub(1).filter(|&p| words[p].is(&["the"]));
    if let Some((source, a, _, kind)) = known_in_run(words, start, end, false) {
        let short = a == end && with_the(a).is_some();
        let first = with_the(a).unwrap_or(a);
        let cue = Cue::new(source, kind, (first, k), short);
        return Some(cue);
    }
    let reported = words[k].is(&["reported", "reports"]);
    if start == end
        && reported
        && let Some(the) = with_the(start)
    {
        // "the Post reported": only an outlet the article names in full.
        let source = words[start].text.to_owned();
        let kind = SourceKind::Outlet;
        return Some(Cue::new(source, kind, (the, k), true));
    }
    let medium = start
        .checked_sub(1)
        .filter(|&p| words[p].is(&MEDIA_NOUNS))?;
    let kind = medium_kind(&words[medium]);
    let first = with_the(medium).unwrap_or(medium);
    let source = joined(words, start..end + 1);
    Some(Cue::new(source, kind, (first, k), false))
}

fn medium_kind(noun: &Word<'_>) -> SourceKind {
    if noun.is(&["agency", "newswire"]) {
        SourceKind::Agency
    } else {
        SourceKind::Outlet
    }
}

/// `according to [the] NAME`, `according to senior officials`, `according
/// to a leaked memo`, with `k` the word "according".
fn according_to(words: &[Word<'_>], k: usize) -> Option<Cue> {
    if !words[k].is(&["according"]) || !words.get(k + 1)?.is(&["to"]) {
        return None;
    }
    let mut at = k + 2;
    let determiner = words.get(at)?.is(&DETERMINERS);
    if determiner {
        at += 1;
    }
    if let Some(last) = capitalised_run_forward(words, at, MAX_NAME_WORDS)
        && let Some((source, _, b, kind)) = known_in_run(words, at, last, true)
    {
        let short_form = b == at && words[at - 1].is(&["the"]);
        return Some(Cue::new(source, kind, (k, b), short_form));
    }
    if let Some(mut cue) = official_forward(words, at).or_else(|| document_forward(words, at)) {
        cue.first = k;
        return Some(cue);
    }
    None
}

/// `told [the] [Russian newspaper] NAME`, `in an interview with NAME`,
/// `speaking to [the] NAME`, with `k` the word "told" (or "with" after
/// "interview", "to" after "speaking" or "talking").
fn told_medium(words: &[Word<'_>], k: usize) -> Option<Cue> {
    let after = |cue: &str, before: &[&str]| {
        words[k].is(&[cue]) && k > 0 && words[k - 1].is(before) && !words[k - 1].punctuated
    };
    let cue_word = words[k].is(&["told"])
        || after("with", &["interview"])
        || after("to", &["speaking", "talking"]);
    if !cue_word || words[k].punctuated {
        return None;
    }
    // The naming words start at "told", else at the word before the cue.
    let first = if words[k].is(&["told"]) { k } else { k - 1 };
    let mut at = k + 1;
    if words.get(at)?.is(&["the", "a", "an"]) {
        at += 1;
    }
    let known = |from: usize| {
        let last = capitalised_run_forward(words, from, MAX_NAME_WORDS)?;
        known_in_run(words, from, last, true)
    };
    if let Some((source, _, last, kind)) = known(at) {
        return Some(Cue::new(source, kind, (first, last), false));
    }
    let medium = (at..words.len().min(at + MAX_MEDIA_GAP))
        .take_while(|&i| i == at || !words[i - 1].punctuated)
        .filter(|&i| words[i].is(&MEDIA_NOUNS))
        .last()?;
    if let Some((source, _, last, kind)) = known(medium + 1) {
        return Some(Cue::new(source, kind, (first, last), false));
    }
    let last = capitalised_run_forward(words, medium + 1, MAX_NAME_WORDS)?;
    let source = joined(words, medium + 1..last + 1);
    let kind = medium_kind(&words[medium]);
    Some(Cue::new(source, kind, (first, last), false))
}

/// Whether word `i` ends an official's noun ("officials", "the White House").
fn is_official_noun(words: &[Word<'_>], i: usize) -> bool {
    words[i].is(&OFFICIAL_NOUNS)
        || (words[i].is(&["house"]) && i > 0 && words[i - 1].is(&["white"]))
}

/// `[a] [senior] official(s) said`, `a spokesman for the ministry said`,
/// `Kremlin spokesman Dmitry Peskov said`, with `k` the official noun.
fn official_speaking(words: &[Word<'_>], k: usize) -> Option<Cue> {
    if !is_official_noun(words, k) {
        return None;
    }
    let mut last = k;
    if !words[k].punctuated && words.get(k + 1)?.is(&["for"]) {
        let at = k + 2 + usize::from(words.get(k + 2)?.is(&["the"]));
        last = capitalised_run_forward(words, at, MAX_NAME_WORDS).unwrap_or(at);
    } else if let Some(name_end) = capitalised_run_forward(words, k + 1, 3) {
        last = name_end;
    }
    if words[last].punctuated || !words.get(last + 1)?.is(&SAY_VERBS) {
        return None;
    }
    let mut first = k;
    while first > 0
        && k - first < 4
        && !words[first - 1].punctuated
        && (words[first - 1].is(&OFFICIAL_MODIFIERS) || words[first - 1].is_capitalised())
        && !is_english_stop_word(&words[first - 1].lower)
    {
        first -= 1;
    }
    let mut source = joined(words, first..last + 1);
    if first == 0 && (words[0].is(&OFFICIAL_NOUNS) || words[0].is(&OFFICIAL_MODIFIERS)) {
        // "Officials said" opening a sentence: the capital is the sentence's.
        source.replace_range(..words[first].text.len(), &words[first].lower);
    }
    let opening = first.checked_sub(1).filter(|&p| words[p].is(&DETERMINERS));
    let first = opening.unwrap_or(first);
    let kind = SourceKind::Official;
    Some(Cue::new(source, kind, (first, last + 1), false))
}

/// An official's phrase starting at word `at` ("senior officials", "the
/// ministry"), for `according to`.
fn official_forward(words: &[Word<'_>], at: usize) -> Option<Cue> {
    let noun = (at..words.len().min(at + 4))
        .take_while(|&i| i == at || !words[i - 1].punctuated)
        .find(|&i| is_official_noun(words, i))?;
    let between_ok = words[at..noun]
        .iter()
        .all(|w| w.is(&OFFICIAL_MODIFIERS) || w.is_capitalised());
    between_ok.then(|| Cue {
        source: joined(words, at..noun + 1),
        kind: SourceKind::Official,
        first: at,
        last: noun,
        short_form: false,
    })
}

/// A document's phrase starting at word `at` ("a leaked memo", "court
/// documents"): a document noun within three words.
fn document_forward(words: &[Word<'_>], at: usize) -> Option<Cue> {
    let noun = (at..words.len().min(at + 3))
        .take_while(|&i| i == at || !words[i - 1].punctuated)
        .find(|&i| words[i].is(&DOCUMENT_NOUNS))?;
    Some(Cue {
        source: joined(words, at..noun + 1),
        kind: SourceKind::Document,
        first: at,
        last: noun,
        short_form: false,
    })
}

/// `in a [written] statement`, `a leaked memo`, with `k` the word "in" (or
/// the leak adjective).
fn document(words: &[Word<'_>], k: usize) -> Option<Cue> {
    if words[k].is(&LEAK_ADJECTIVES) {
        let noun = k + 1;
        if words[k].punctuated || !words.get(noun)?.is(&DOCUMENT_NOUNS) {
            return None;
        }
        let opening = k
            .checked_sub(1)
            .filter(|&p| words[p].is(&["a", "an", "the"]));
        let source = joined(words, k..noun + 1);
        let (first, last) = (opening.unwrap_or(k), noun);
        return Some(Cue::new(source, SourceKind::Document, (first, last), false));
    }
    if !words[k].is(&["in"])
        || !words
            .get(k + 1)?
            .is(&["a", "an", "the", "its", "his", "her"])
    {
        return None;
    }
    let mut cue = document_forward(words, k + 2)?;
    if words[cue.first..cue.last]
        .iter()
        .any(|w| w.is(&["interview"]))
    {
        return None;
    }
    cue.first = k;
    Some(cue)
}
