//! Quotations: where an article quotes someone, who, with which verb, and
//! whether it is a whole statement, a fragment or a scare quote. Then, across
//! the articles of a story, which quotations render the same statement.
//!
//! ```
//! use storydiff::corpus::Article;
//! use storydiff::quotes::{find_quotes, QuoteKind};
//! let article = Article::from_paragraphs("a", vec![
//!     vec!["Russian Foreign Minister Sergey Lavrov spoke on Monday.".into()],
//!     vec!["“We expect an honest answer,” the minister said.".into()],
//! ]);
//! let quotes = find_quotes(&article);
//! assert_eq!(quotes[0].text, "We expect an honest answer");
//! assert_eq!(quotes[0].speaker.as_ref().unwrap().name, "Sergei Lavrov");
//! assert_eq!(quotes[0].speaker.as_ref().unwrap().mention, "the minister");
//! assert_eq!(quotes[0].kind, QuoteKind::Direct);
//! ```

mod kinds;
mod lexicon;
mod matching;
mod sharing;
mod spans;
mod speaker_names;
mod speakers;
mod tokens;

pub use lexicon::{is_role_word, reporting_verb, role_class};
pub use matching::{Flag, Statement, StoryQuotes, Version, match_statements};
pub use spans::MAX_OPEN_CHARS;
pub use speaker_names::same_person;

use rayon::prelude::*;

use crate::collate::Collation;
use crate::corpus::Article;
use crate::corpus::terms::words;
use kinds::{
    after_possessive, complement_position, in_reported_subject, introduces, name_given,
    premodifier, relative_clause, title_after_preposition,
};
use sharing::{
    share_speakers_along_chains, share_speakers_of_repeated_words, share_speakers_within_sentences,
};
use speakers::{
    Attribution, Mention, People, attribution_after, attribution_at_end, attribution_before,
    colon_attribution, headline_attribution,
};

/// How a quotation sits in the writer's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuoteKind {
    /// A full statement given to a speaker.
    Direct,
    /// A fragment inside the writer's own sentence.
    Partial,
    /// Three words or fewer with no reporting verb: distancing or irony.
    Scare,
}

impl QuoteKind {
    /// The name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
        }
    }
}

/// Who a quotation is given to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Normalized name: the alias table's canonical name, the fullest form
    /// the article gives, or the role as written when no name fits.
    pub name: String,
    /// The words that named the speaker at the quotation ("the minister", "he").
    pub mention: String,
    /// The organisation the speaker speaks for ("a spokesman for the
    /// campaign"), or the speaker itself when it is one ("the NAACP said").
    pub org: Option<String>,
}

/// How a quotation's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpeakerStatus {
    /// The attribution names the speaker (a name, a body, or a role as
    /// written when the article gives no name).
    Named,
    /// A pronoun or role noun resolved to a person the article named.
    Resolved,
    /// A pronoun with no one to refer to: the speaker is left empty.
    Unresolved,
    /// No attribution at all.
    None,
}

impl SpeakerStatus {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerStatus::Named => "named",
            SpeakerStatus::Resolved => "resolved",
            SpeakerStatus::Unresolved => "unresolved",
            SpeakerStatus::None => "none",
        }
    }
}

/// One quotation in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The article's id.
    pub article: String,
    /// Paragraph index.
    pub paragraph: usize,
    /// Sentence indices (over the whole article) the quotation touches.
    pub sentences: Vec<usize>,
    /// The quoted words, without the marks.
    pub text: String,
    /// The speaker, when one could be found.
    pub speaker: Option<Speaker>,
    /// How the speaker was found (or why there is none).
    pub speaker_status: SpeakerStatus,
    /// The reporting verb's key ("said", "according to").
    pub verb: Option<String>,
    /// Direct, partial or scare.
    pub kind: QuoteKind,
    /// The quotation continues in the next paragraph (news style).
    pub continues: bool,
}

impl Quote {
    /// Number of words quoted.
    pub fn word_count(&self) -> usize {
        words(&self.text).count()
    }
}

/// Scare quotes are this short or shorter (in words).
pub const SCARE_MAX_WORDS: usize = 3;
/// A sentence after a quotation this short may be its attribution
/// ("Lavrov asked.", "said the Russian foreign minister.").
const ATTRIBUTION_WORDS: usize = 6;
/// A short quotation at most this many words after a reporting verb is the
/// speaker's word, not a scare quote.
pub const ATTACHED_WORDS: usize = 6;
/// …or at most this many words into the clause the verb reports
/// ("told senators that he was “optimistic”").
pub const ATTACHED_AFTER_THAT: usize = 4;

/// One paragraph laid out as a string with sentence offsets.
struct Layout {
    text: String,
    /// (start offset, global sentence index) for each sentence.
    starts: Vec<(usize, usize)>,
}

impl Layout {
    fn sentence_at(&self, offset: usize) -> usize {
        let i = self.starts.partition_point(|&(s, _)| s <= offset).max(1) - 1;
        self.starts[i].1
    }

    fn bounds(&self, global: usize) -> (usize, usize) {
        // Global indices are consecutive within a paragraph.
        let i = self
            .starts
            .first()
            .map_or(0, |&(_, g0)| global.saturating_sub(g0))
            .min(self.starts.len().saturating_sub(1));
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&(s, _)| s);
        (self.starts[i].0, end)
    }
}

fn layouts(article: &Article) -> Vec<Layout> {
    let mut global = 0;
    article
        .paragraphs
        .iter()
        .map(|p| {
            let mut text = String::new();
            let mut starts = Vec::new();
            for s in &p.sentences {
                if !text.is_empty() {
                    text.push(' ');
                }
                starts.push((text.len(), global));
                text.push_str(&s.text);
                global += 1;
            }
            Layout { text, starts }
        })
        .collect()
}

/// Finds the quotations of a collated story's witnesses and matches them
/// into statements (see [`match_statements`]). `articles` is the slice the
/// collation was made from.
pub fn story_quotes(collation: &Collation, articles: &[Article]) -> StoryQuotes {
    let quotes: Vec<Vec<Quote>> = collation
        .articles(articles)
        .par_iter()
        .map(|a| find_quotes(a))
        .collect();
    match_statements(collation, articles, &quotes)
}

/// Finds, attributes and classifies every quotation in an article.
pub fn find_quotes(article: &Article) -> Vec<Quote> {
    let layouts = layouts(article);
    let mut people = People::from_quoted_sentences(quoted_ranges(article, &layouts));
    let mut quotes: Vec<Quote> = Vec::new();
    // Index in `quotes` of a quotation left open by the previous paragraph.
    let mut open_from_previous: Option<usize> = None;
    for (paragraph, layout) in layouts.iter().enumerate() {
        let text = &layout.text;
        let spans = spans::find_spans(text);
        let continued_chain = open_from_previous.take();
        // The last attributed quotation of the paragraph before, when it
        // sits in that paragraph's last sentence.
        let last_speaker_of_previous = (paragraph > 0)
            .then(|| {
                quotes
                    .iter()
                    .rposition(|q| q.paragraph == paragraph - 1 && q.speaker.is_some())
            })
            .flatten()
            .filter(|&i| {
                let end = layouts[paragraph - 1].starts.last().map(|&(_, g)| g);
                quotes[i].sentences.last().copied() == end
            });
        let mut previous_in_paragraph: Option<usize> = None;
        let mut kept_close = 0;
        for (k, span) in spans.iter().enumerate() {
            let first = layout.sentence_at(span.open);
            let last = layout.sentence_at(span.inner_end.saturating_sub(1).max(span.inner_start));
            let (first_start, _) = layout.bounds(first);
            let (_, last_end) = layout.bounds(last);
            // A scare quote earlier in the sentence is part of the clause
            // that may attribute this one ("saying on “Fox & Friends” that
            // the lawyer handled only a “tiny, tiny little fraction”").
            let head_start = first_start.max(kept_close);
            let head = &text[head_start..span.open];
            // The closing mark can sit past the end of the sentence that holds
            // the quoted words (the splitter put a stray `"` at the start of
            // the next sentence): the tail never starts before the mark.
            let mut tail_end = spans
                .get(k + 1)
                .map_or(last_end, |n| n.open.min(last_end))
                .max(span.close);
            let inner = text[span.inner_start..span.inner_end].trim_end();
            if text[span.close..tail_end]
                .trim()
                .trim_matches([',', '.'])
                .is_empty()
                && inner.ends_with(['?', '!', '.'])
                && let Some(next) = layout
                    .starts
                    .get(layout.starts.partition_point(|&(s, _)| s <= span.close))
            {
                // "…?” he asked." can be split into a sentence of its own:
                // take it when it is no more than an attribution.
                let (_, next_end) = layout.bounds(next.1);
                // Or when it opens with one, up to a comma ("…?” Mr.
                // Mueller planned to ask, according to questions read …).
                let clause = text[next.0..next_end].split(',').next().unwrap_or("");
                let opens = clause.len() < next_end - next.0
                    && words(clause).count() <= ATTRIBUTION_WORDS
                    && attribution_after(clause).is_some();
                if words(&text[next.0..next_end]).count() <= ATTRIBUTION_WORDS || opens {
                    tail_end = spans.get(k + 1).map_or(next_end, |n| n.open.min(next_end));
                }
            }
            let tail = &text[span.close.min(tail_end)..tail_end];
            let quoted = text[span.inner_start..span.inner_end]
                .trim()
                .trim_end_matches([',', ' '])
                .to_string();
            let word_count = words(&quoted).count();

            // "…,” the Associated Press reported": a relay, not the speaker,
            // when the sentence names one before.
            let from_tail = if span.open_ended {
                None
            } else {
                attribution_after(tail)
            }
            .filter(|a| a.verb != "reported" || previous_in_paragraph.is_none());
            let from_head = attribution_before(head);
            let head_is_empty = !head.chars().any(char::is_alphanumeric);
            let short = word_count <= SCARE_MAX_WORDS;
            // A short quotation is someone's word only when the attribution
            // governs it: right after it, or a few words after the verb
            // ("said he was “delighted”", "called it “pathetic”").
            // "Boris Johnson, … used the tweet format to convey his
            // excitement:" closing the paragraph before, then "“…,” he
            // wrote": the pronoun is the subject who introduced the words.
            let from_tail = match from_tail {
                Some(a)
                    if matches!(a.mention, Mention::Pronoun(_))
                        && k == 0
                        && head_is_empty
                        && paragraph > 0 =>
                {
                    let introduced = introduced_by(&layouts[paragraph - 1]);
                    Some(match introduced {
                        Some(intro) => Attribution {
                            mention: intro.mention,
                            ..a
                        },
                        None => a,
                    })
                }
                other => other,
            };
            let (attribution, direct_form, attached) = match (from_tail, from_head) {
                (Some(a), _) => (Some(a), head_is_empty, true),
                (None, Some(h)) => {
                    let near = h.distance <= ATTACHED_WORDS || h.after_that <= ATTACHED_AFTER_THAT;
                    let attached = h.clean
                        || (near
                            && complement_position(head)
                            && !premodifier(tail)
                            && !in_reported_subject(head, tail))
                        // "drew attention to some “strange things”": the
                        // verb's object, one quantifier away.
                        || (h.distance <= 1
                            && !premodifier(tail)
                            && !in_reported_subject(head, tail))
                        || introduces(head)
                        || (h.in_predicate
                            && complement_position(head)
                            && !after_possessive(head)
                            && !premodifier(tail));
                    // "Comey said the president told him, “…”": when the
                    // outer reporter writes documents in this article, the
                    // words are quoted from them, so they are its author's.
                    let mut a = h.attribution;
                    if let Some(outer) = h.outer
                        && people.wrote_documents(&outer, first)
                    {
                        a.mention = outer;
                    }
                    (Some(a), h.clean, attached)
                }
                (None, None) => match attribution_at_end(tail).filter(|a| {
                    // A relay ("the Associated Press reported") or a sentence
                    // whose earlier quotation already gave the speaker.
                    let earlier = previous_in_paragraph
                        .is_some_and(|i| quotes[i].sentences.last() == Some(&first));
                    !span.open_ended && a.verb != "reported" && !earlier
                }) {
                    // "… a “very bad idea” guaranteed to …, Trudeau said."
                    Some(a) => {
                        let attached = complement_position(head) && !premodifier(tail);
                        (Some(a), head_is_empty, attached)
                    }
                    // "Trump took credit for …: “…”", else a headline's
                    // "Speaker: … “…”".
                    None => match colon_attribution(head) {
                        Some(a) => (Some(a), true, true),
                        None => match headline_attribution(head).filter(|_| paragraph == 0) {
                            Some(a) => (Some(a), false, true),
                            None => (None, head_is_empty, false),
                        },
                    },
                },
            };
            // Earlier in the same sentence or paragraph, or the reporting
            // clause that ends the paragraph before ("Owen Jones said he
            // would lead the protests." then a quoted paragraph).
            // Not across a relative clause of the writer's (“an exact copy”
            // of the materials, which are now in a “very safe place”): a
            // short quotation there is the writer's.
            let previous = previous_in_paragraph
                .map(|i| &quotes[i])
                .filter(|p| head_is_empty || p.sentences.last() == Some(&first))
                .filter(|_| !(short && relative_clause(head)));
            let own_sentence = first > layout.starts[0].1;
            let stands_alone = k == 0 && head_is_empty && continued_chain.is_none();
            let inherited: Option<Given> = match previous {
                Some(p) => Some(Given::of(p)),
                // The reporting clause just before: earlier in the
                // paragraph, or closing the paragraph before.
                None if stands_alone && (own_sentence || paragraph > 0) => {
                    let before = if own_sentence {
                        lead_in(layout, Some(first))
                    } else {
                        lead_in(&layouts[paragraph - 1], None)
                    };
                    before
                        .map(|(a, sentence)| Given::from(&mut people, &a, sentence, &quoted))
                        .or_else(|| {
                            // A paragraph that is only a quotation continues
                            // the speaker who closed the paragraph before.
                            let whole = tail.trim().is_empty() && attribution.is_none();
                            last_speaker_of_previous
                                .filter(|_| whole)
                                .map(|i| Given::of(&quotes[i]))
                                .or_else(|| {
                                    // Else the one person the paragraph
                                    // before is about.
                                    let only_quote = whole && !short && spans.len() == 1;
                                    if !only_quote || own_sentence || paragraph == 0 {
                                        return None;
                                    }
                                    let previous = &layouts[paragraph - 1];
                                    let sentences = previous.starts.iter().map(|&(_, g)| g);
                                    // "A memo … also referenced the
                                    // president's demand." then the memo's
                                    // words: its author's, when the article
                                    // said whose such documents are.
                                    let noun = words(&previous.text)
                                        .map(str::to_lowercase)
                                        .find(|w| role_class(w) == Some("document"));
                                    if let Some(noun) = noun {
                                        return people
                                            .document_author(&noun, first)
                                            .map(|name| Given::document_author(&noun, name));
                                    }
                                    people
                                        .sole_person_before(sentences, first, &quoted)
                                        .map(|r| Given::resolved(r, None))
                                })
                        })
                }
                None => None,
            };
            let titled =
                short && (title_after_preposition(head, &quoted) || name_given(head, &quoted));
            let kind = if (short && !attached && inherited.is_none()) || titled {
                QuoteKind::Scare
            } else if direct_form {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let mut given = match (attribution, kind) {
                (_, QuoteKind::Scare) => Given::NONE,
                (Some(a), _) => Given::from(&mut people, &a, first, &quoted),
                (None, _) => inherited.unwrap_or(Given::NONE),
            };
            // "…,” Mr. Trump said, according to the memo.": the words are
            // as the memo's author wrote them.
            let (sentence_start, sentence_end) = layout.bounds(first);
            if kind != QuoteKind::Scare
                && let Some(noun) = according_to_document(&text[sentence_start..sentence_end])
                && let Some(author) = people.document_author(&noun, first)
                && given.speaker.as_ref().is_none_or(|s| s.name != author)
            {
                given = Given::document_author(&noun, author);
            }
            let sentences = (first..=last).collect();
            quotes.push(Quote {
                article: article.id.clone(),
                paragraph,
                sentences,
                text: quoted,
                speaker: given.speaker,
                speaker_status: given.status,
                verb: given.verb,
                kind,
                continues: false,
            });
            let index = quotes.len() - 1;
            if k == 0
                && head_is_empty
                && let Some(prev) = continued_chain
            {
                quotes[prev].continues = true;
            }
            if kind != QuoteKind::Scare {
                previous_in_paragraph = Some(index);
                kept_close = span.close;
            }
            let ends_paragraph = text[span.close..].trim().is_empty();
            if span.open_ended && ends_paragraph {
                open_from_previous = Some(index);
            }
        }
    }
    share_speakers_within_sentences(&mut quotes);
    share_speakers_along_chains(&mut quotes);
    share_speakers_of_repeated_words(&mut quotes);
    quotes
}

/// Each sentence of the article with the byte ranges of it that lie inside
/// quotation marks (a quotation can run over several sentences).
fn quoted_ranges<'a>(
    article: &'a Article,
    layouts: &[Layout],
) -> impl Iterator<Item = (&'a str, Vec<(usize, usize)>)> {
    let mut ranges = Vec::new();
    for layout in layouts {
        let spans = spans::find_spans(&layout.text);
        for (k, &(start, _)) in layout.starts.iter().enumerate() {
            let end = layout
                .starts
                .get(k + 1)
                .map_or(layout.text.len(), |&(s, _)| s);
            let inside: Vec<(usize, usize)> = spans
                .iter()
                .filter(|sp| sp.inner_start < end && sp.inner_end > start)
                .map(|sp| {
                    (
                        sp.inner_start.max(start) - start,
                        sp.inner_end.min(end) - start,
                    )
                })
                .collect();
            ranges.push(inside);
        }
    }
    article.sentences().map(|s| s.text.as_str()).zip(ranges)
}

/// The document a sentence gives as its source: the noun right after
/// "according to" (with up to four words between: "according to copies of
/// the memos obtained by …").
fn according_to_document(sentence: &str) -> Option<String> {
    if !sentence.contains("ccording to") {
        return None;
    }
    let lower: Vec<String> = words(sentence).map(str::to_lowercase).collect();
    let at = lower
        .windows(2)
        .position(|w| w[0] == "according" && w[1] == "to")?;
    let k =
        (at + 2..lower.len().min(at + 7)).find(|&k| role_class(&lower[k]) == Some("document"))?;
    // "according to a report by Reuters": the agent is named; not a
    // document the article attributed before.
    let by_agent = lower.get(k + 1).is_some_and(|w| w == "by" || w == "from");
    (!by_agent).then(|| lower[k].clone())
}

/// The reporting clause that introduces a quotation standing alone: the
/// sentence before it in its paragraph (`before`), or the last sentence of
/// the paragraph before, when that sentence holds no quotation and reports
/// speech ("Owen Jones … said he would lead the protests.", "A spokesperson
/// said:").
fn lead_in(layout: &Layout, before: Option<usize>) -> Option<(Attribution, usize)> {
    let (start, end, sentence) = match before {
        Some(global) => {
            let (start, end) = layout.bounds(global.checked_sub(1)?);
            (start, end, global - 1)
        }
        None => {
            let &(start, sentence) = layout.starts.last()?;
            (start, layout.text.len(), sentence)
        }
    };
    let text = &layout.text[start..end];
    if !spans::find_spans(text).is_empty() {
        return None;
    }
    // "according to X" inside a sentence sources a claim; it does not
    // introduce the next paragraph.
    attribution_before(text)
        .filter(|h| h.attribution.verb != "according to")
        .map(|h| (h.attribution, sentence))
}

/// The named subject of a paragraph that ends in a colon and so introduces
/// the next one ("Britain's foreign secretary, Boris Johnson, used …:").
fn introduced_by(layout: &Layout) -> Option<Attribution> {
    let &(start, _) = layout.starts.last()?;
    let text = layout.text[start..].trim_end();
    if !text.ends_with(':') || !spans::find_spans(text).is_empty() {
        return None;
    }
    colon_attribution(text).filter(|a| matches!(a.mention, Mention::Name { .. }))
}

/// A quotation's speaker, status and verb, as found or inherited.
#[derive(Debug, Clone)]
struct Given {
    speaker: Option<Speaker>,
    status: SpeakerStatus,
    verb: Option<String>,
}

impl Given {
    const NONE: Given = Given {
        speaker: None,
        status: SpeakerStatus::None,
        verb: None,
    };

    /// What an earlier quotation was given.
    fn of(q: &Quote) -> Given {
        Given {
            speaker: q.speaker.clone(),
            status: q.speaker_status,
            verb: q.verb.clone(),
        }
    }

    /// Resolves an attribution clause at `sentence` for the words `quoted`.
    fn from(people: &mut People, a: &Attribution, sentence: usize, quoted: &str) -> Given {
        let r = people.resolve(a, sentence, quoted);
        let mut given = Given::resolved(r, Some(a.verb.clone()));
        if let Some(s) = &mut given.speaker {
            s.mention = a.mention.text();
        }
        given
    }

    /// A resolution given with no attribution clause of its own (the
    /// mention is the name), or with `verb`.
    fn resolved(r: speakers::Resolution, verb: Option<String>) -> Given {
        Given {
            speaker: r.name.map(|name| Speaker {
                mention: name.clone(),
                name,
                org: r.org,
            }),
            status: r.status,
            verb,
        }
    }

    /// Words of a document ("the memo"), as its author wrote them.
    fn document_author(noun: &str, author: String) -> Given {
        Given {
            speaker: Some(Speaker {
                mention: format!("the {noun}"),
                name: author,
                org: None,
            }),
            status: SpeakerStatus::Resolved,
            verb: Some("wrote".to_string()),
        }
    }
}

#[cfg(test)]
mod tests;
