//! Who an article cites, sentence by sentence, and what each citation covers.
//!
//! Which sentences a citation covers:
//! - a **dateline** naming a wire ("MOSCOW (Sputnik) —", "/TASS/") credits
//!   the copy under it: its sentence and every later one;
//! - a credit to an outlet or agency that **closes a paragraph** ("…, Itar
//!   Tass reported.", "…, according to Reuters.") covers the whole
//!   paragraph: wire copy puts the credit after the material it credits,
//!   and a paragraph is the unit a relay copies;
//! - every other citation covers its own sentence.

use super::cues::{Cue, cues};
use super::words::{sentence_words, span};
use super::{Citation, SourceKind};
use crate::corpus::Article;
use crate::corpus::outlets::{outlet_names, source_named, wire_in_dateline};

/// How many opening paragraphs may hold a dateline (as outlet inference reads).
const DATELINE_PARAGRAPHS: usize = 5;

/// Every source an article cites, in reading order.
///
/// ```
/// use storydiff::sources::{SourceKind, find_citations};
/// let demo = storydiff::corpus::load_demo();
/// let tass = find_citations(&demo.articles[1]);
/// assert!(tass.iter().any(|c| c.source == "TASS" && c.words == "Itar Tass reported"));
/// assert!(tass.iter().any(|c| c.source == "Sputnik" && c.kind == SourceKind::Agency));
/// ```
pub fn find_citations(article: &Article) -> Vec<Citation> {
    let total = article.sentence_count();
    let mut found = Vec::new();
    let mut first_of_paragraph = 0;
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        let count = paragraph.sentences.len();
        if p < DATELINE_PARAGRAPHS
            && let Some(citation) = dateline(&paragraph.text(), first_of_paragraph, total)
        {
            found.push(citation);
        }
        for (k, sentence) in paragraph.sentences.iter().enumerate() {
            let index = first_of_paragraph + k;
            let closes_paragraph = k + 1 == count;
            let words = sentence_words(&sentence.text);
            for cue in cues(&words) {
                let closes = cue.last + 1 == words.len() && cue.first > 0;
                let credit = matches!(cue.kind, SourceKind::Agency | SourceKind::Outlet);
                let sentences = if closes && closes_paragraph && credit {
                    (first_of_paragraph..=index).collect()
                } else {
                    vec![index]
                };
                let Some(source) = resolve_short_form(&cue, article) else {
                    continue;
                };
                found.push(Citation {
                    source,
                    kind: cue.kind,
                    words: span(&sentence.text, &words, cue.first, cue.last).to_owned(),
                    sentences,
                    dateline: false,
                });
            }
        }
        first_of_paragraph += count;
    }
    found
}

/// The citation a wire dateline opening a paragraph makes, if it has one;
/// `first` is the paragraph's first sentence, `total` the article's count.
fn dateline(paragraph: &str, first: usize, total: usize) -> Option<Citation> {
    let wire = wire_in_dateline(paragraph)?;
    let trimmed = paragraph.trim_start();
    let open = trimmed.find(['(', '/'])?;
    let closing = if trimmed[open..].starts_with('(') {
        ')'
    } else {
        '/'
    };
    let close = open + 1 + trimmed[open + 1..].find(closing)? + 1;
    let rest = &trimmed[close..];
    let dash = rest
        .char_indices()
        .take_while(|(_, c)| c.is_whitespace() || "-\u{2013}\u{2014}\u{2015}.".contains(*c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some(Citation {
        source: wire.to_owned(),
        kind: SourceKind::Agency,
        words: trimmed[..close + dash].trim_end().to_owned(),
        sentences: (first..total).collect(),
        dateline: true,
    })
}

/// The outlet a short form ("the Times", "the Post") means in this
/// article: a known outlet whose name ends with that word and which the
/// article names in full ("The New York Times"); else the cue's source when
/// the outlet table knows it, else `None`.
fn resolve_short_form(cue: &Cue, article: &Article) -> Option<String> {
    if !cue.short_form {
        return Some(cue.source.clone());
    }
    let word = cue.source.rsplit(' ').next().unwrap_or(&cue.source);
    let suffix = format!(" {word}");
    let title = article.title.as_deref().into_iter();
    let texts: Vec<&str> = title
        .chain(article.sentences().map(|s| s.text.as_str()))
        .collect();
    let named_in_full = |name: &&str| {
        let bare = name.strip_prefix("The ").unwrap_or(name);
        bare.contains(' ') && texts.iter().any(|t| t.contains(bare))
    };
    let full = outlet_names().filter(|name| name.ends_with(&suffix) && *name != cue.source);
    let mut full = full.filter(named_in_full);
    match full.next() {
        Some(name) => Some(name.to_owned()),
        None => source_named(&cue.source).map(|s| s.name.to_owned()),
    }
}
