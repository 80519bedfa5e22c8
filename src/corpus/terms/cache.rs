//! What term extraction knows about each distinct written word, computed
//! once per thread: a corpus of millions of words has only tens of
//! thousands of distinct ones, and folding, stop-word lookup and stemming
//! cost far more than one hash lookup.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::{
    ALIASES, STEMMER, TermKind, fold_word, is_foreign_function_word, is_stop_word_as_written,
    kind_of, words,
};

/// Most distinct words a thread's cache keeps before starting afresh.
const CACHE_LIMIT: usize = 100_000;

/// One written word, as term extraction reads it.
#[derive(Debug)]
pub(super) struct WordInfo {
    /// The word folded ([`fold_word`]).
    pub folded: Box<str>,
    /// The stem of the folded word; empty for a stop word.
    pub stem: Box<str>,
    /// Whether the word is a stop word inside a sentence
    /// ([`is_stop_word_as_written`]).
    pub stop: bool,
    /// Whether it is another language's function word, so a stop word at
    /// the start of a sentence even when capitalised.
    pub foreign: bool,
    /// Whether the folded word is all digits and dots.
    pub number: bool,
    /// Whether the word as written starts with a capital.
    pub capitalised: bool,
    /// Whether an alias phrase can start with this word.
    pub alias_start: bool,
}

impl WordInfo {
    fn of(word: &str) -> Self {
        let folded = fold_word(word);
        let stop = is_stop_word_as_written(word, &folded, false);
        let foreign = is_foreign_function_word(&folded);
        let stem = if stop {
            String::new()
        } else {
            STEMMER.stem(&folded).into_owned()
        };
        WordInfo {
            number: folded.chars().all(|c| c.is_ascii_digit() || c == '.'),
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
            alias_start: ALIASES.first_words.contains(&folded),
            stop,
            foreign,
            stem: stem.into_boxed_str(),
            folded: folded.into_boxed_str(),
        }
    }

    /// Whether the word is a stop word where it is: first in its text or not.
    pub fn stop_at(&self, sentence_start: bool) -> bool {
        self.stop || (sentence_start && self.foreign)
    }

    /// The kind of term the word gives (when it is not a stop word), as
    /// the first word of its text or not.
    pub fn kind(&self, sentence_start: bool) -> TermKind {
        kind_of(self.number, self.capitalised, sentence_start)
    }
}

/// Distinct words seen on this thread, and a scratch list of word spans.
#[derive(Debug, Default)]
struct WordCache {
    /// Words of up to [`SHORT`] bytes, kept inside the table itself so a
    /// lookup compares bytes in place instead of following a pointer.
    short: FxHashMap<ShortWord, u32>,
    /// Longer words.
    long: FxHashMap<Box<str>, u32>,
    infos: Vec<WordInfo>,
    spans: Vec<Span>,
}

/// Longest word kept in place, in bytes: nearly every word is shorter.
const SHORT: usize = 23;

/// A word of at most [`SHORT`] bytes, zero-padded, with its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct ShortWord {
    bytes: [u8; SHORT],
    len: u8,
}

impl ShortWord {
    fn new(word: &str) -> Option<Self> {
        let len = word.len();
        (len <= SHORT).then(|| {
            let mut bytes = [0; SHORT];
            bytes[..len].copy_from_slice(word.as_bytes());
            ShortWord {
                bytes,
                len: len as u8,
            }
        })
    }
}

impl WordCache {
    fn id(&mut self, word: &str) -> u32 {
        let next = self.infos.len() as u32;
        let id = match ShortWord::new(word) {
            Some(short) => *self.short.entry(short).or_insert(next),
            None => match self.long.get(word) {
                Some(&id) => id,
                None => *self.long.entry(word.into()).or_insert(next),
            },
        };
        if id == next {
            self.infos.push(WordInfo::of(word));
        }
        id
    }
}

/// One word of a scanned text: byte range and cache id.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    id: u32,
}

/// A text split into words, each with its [`WordInfo`].
pub(super) struct Scan<'t, 'c> {
    text: &'t str,
    spans: &'c [Span],
    infos: &'c [WordInfo],
}

impl<'t> Scan<'t, '_> {
    /// How many words the text has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Word `i` as written.
    pub fn raw(&self, i: usize) -> &'t str {
        &self.text[self.spans[i].start..self.spans[i].end]
    }

    /// What is known about word `i`.
    pub fn info(&self, i: usize) -> &WordInfo {
        &self.infos[self.spans[i].id as usize]
    }

    /// Byte offset of word `i` in the text.
    pub fn start(&self, i: usize) -> usize {
        self.spans[i].start
    }

    /// Byte offset just past word `i`.
    pub fn end(&self, i: usize) -> usize {
        self.spans[i].end
    }
}

thread_local! {
    static CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// Splits `text` into [`words`] and runs `f` on them with their
/// information, from this thread's cache. A call made from inside `f`
/// works on a fresh cache.
pub(super) fn with_scan<'t, R>(text: &'t str, f: impl FnOnce(&Scan<'t, '_>) -> R) -> R {
    let mut cache = CACHE.take();
    if cache.infos.len() >= CACHE_LIMIT {
        cache = WordCache::default();
    }
    let mut spans = std::mem::take(&mut cache.spans);
    spans.clear();
    let base = text.as_ptr() as usize;
    for word in words(text) {
        let start = word.as_ptr() as usize - base;
        spans.push(Span {
            start,
            end: start + word.len(),
            id: cache.id(word),
        });
    }
    let result = f(&Scan {
        text,
        spans: &spans,
        infos: &cache.infos,
    });
    cache.spans = spans;
    CACHE.set(cache);
    result
}
