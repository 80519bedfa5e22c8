//! What term extraction knows about each distinct written word, computed
//! once per thread: a corpus of millions of words has only tens of
//! thousands of distinct ones, and folding, stop-word lookup and stemming
//! cost far more than one hash lookup.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

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
    /// The id of [`Self::stem`] among this cache's term keys.
    pub stem_key: u32,
    /// The id of [`Self::folded`] among this cache's term keys.
    pub folded_key: u32,
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
            stem_key: 0,
            folded_key: 0,
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
    /// Tells this cache from every other one of the process, so key ids
    /// handed to another thread can be read as this cache's; 0 until
    /// [`TermKeys::identity`] asks (taking a cache out of its cell makes a
    /// default one each time, which should cost nothing).
    identity: u64,
    /// Words of up to [`SHORT`] bytes, kept inside the table itself so a
    /// lookup compares bytes in place instead of following a pointer.
    short: FxHashMap<ShortWord, u32>,
    /// Longer words.
    long: FxHashMap<Box<str>, u32>,
    infos: Vec<WordInfo>,
    spans: Vec<Span>,
    /// The distinct term keys (stems, folded words, alias names), by id:
    /// counting terms by these ids spares hashing each key again.
    keys: Vec<Box<str>>,
    /// Each key's first eight bytes as a big-endian number (zero-padded),
    /// which orders most keys without reading them.
    key_prefixes: Vec<u64>,
    key_ids: FxHashMap<Box<str>, u32>,
    /// Each alias group's key id, once any text has been scanned.
    alias_keys: Vec<u32>,
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

/// The last [`WordCache::identity`] given.
static LAST_IDENTITY: AtomicU64 = AtomicU64::new(0);

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
            let mut info = WordInfo::of(word);
            info.stem_key = self.key_id(&info.stem);
            info.folded_key = self.key_id(&info.folded);
            self.infos.push(info);
        }
        id
    }

    /// The id of a term key, given one if it is new.
    fn key_id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.key_ids.get(key) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.keys.push(key.into());
        self.key_prefixes.push(prefix(key));
        self.key_ids.insert(key.into(), id);
        id
    }

    /// Gives every alias group's key an id, the first time it is needed.
    fn with_alias_keys(&mut self) {
        if self.alias_keys.is_empty() {
            self.alias_keys = ALIASES.keys.iter().map(|k| self.key_id(k)).collect();
        }
    }
}

/// The first eight bytes of `key`, zero-padded, as a big-endian number:
/// a smaller prefix means a smaller key (a key that is a prefix of another
/// pads with zeros, the least byte), equal prefixes say nothing.
fn prefix(key: &str) -> u64 {
    let mut bytes = [0; 8];
    let n = key.len().min(8);
    bytes[..n].copy_from_slice(&key.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
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
    alias_keys: &'c [u32],
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

    /// The key id of an alias group's term.
    pub fn alias_key(&self, group: usize) -> u32 {
        self.alias_keys[group]
    }
}

thread_local! {
    static CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// Splits `text` into [`words`] and runs `f` on them with their
/// information, from this thread's cache. A call made from inside `f`
/// works on a fresh cache.
pub(super) fn with_scan<'t, R>(text: &'t str, f: impl FnOnce(&Scan<'t, '_>) -> R) -> R {
    with_cache(|cache| cache.scan(text, f))
}

/// Runs `f` on this thread's cache, taken out of its cell (and started
/// afresh when it has grown past [`CACHE_LIMIT`]), so that key ids stay
/// the same for everything `f` scans.
fn with_cache<R>(f: impl FnOnce(&mut WordCache) -> R) -> R {
    let mut cache = CACHE.take();
    if cache.infos.len() >= CACHE_LIMIT {
        cache = WordCache::default();
    }
    let result = f(&mut cache);
    CACHE.set(cache);
    result
}

impl WordCache {
    /// Splits `text` into [`words`] and runs `f` on them with their information.
    fn scan<'t, R>(&mut self, text: &'t str, f: impl FnOnce(&Scan<'t, '_>) -> R) -> R {
        self.with_alias_keys();
        let mut spans = std::mem::take(&mut self.spans);
        spans.clear();
        let base = text.as_ptr() as usize;
        for word in words(text) {
            let start = word.as_ptr() as usize - base;
            spans.push(Span {
                start,
                end: start + word.len(),
                id: self.id(word),
            });
        }
        let result = f(&Scan {
            text,
            spans: &spans,
            infos: &self.infos,
            alias_keys: &self.alias_keys,
        });
        self.spans = spans;
        result
    }
}

/// Several texts scanned through one cache whose term key ids hold for
/// all of them ([`with_term_keys`]).
pub(crate) struct TermKeys<'c> {
    cache: &'c mut WordCache,
}

impl TermKeys<'_> {
    /// Runs `f` on the words of `text`.
    pub(super) fn scan<'t, R>(&mut self, text: &'t str, f: impl FnOnce(&Scan<'t, '_>) -> R) -> R {
        self.cache.scan(text, f)
    }

    /// How the keys with ids `a` and `b` compare as strings.
    pub fn compare(&self, a: u32, b: u32) -> std::cmp::Ordering {
        let (a, b) = (a as usize, b as usize);
        let prefixes = &self.cache.key_prefixes;
        prefixes[a]
            .cmp(&prefixes[b])
            .then_with(|| self.cache.keys[a].cmp(&self.cache.keys[b]))
    }

    /// Which cache the key ids are of: the same for every text scanned
    /// through these keys, different for any other [`with_term_keys`] call
    /// that may give the same id to another key.
    pub fn identity(&mut self) -> u64 {
        if self.cache.identity == 0 {
            self.cache.identity = LAST_IDENTITY.fetch_add(1, Ordering::Relaxed) + 1;
        }
        self.cache.identity
    }

    /// The keys from id `first` on, in id order: so another thread can
    /// learn the keys of the ids it is handed (ids are given in order).
    pub fn keys_from(&self, first: usize) -> Vec<Box<str>> {
        self.cache.keys.get(first..).unwrap_or_default().to_vec()
    }

    /// How many keys have ids.
    pub fn len(&self) -> usize {
        self.cache.keys.len()
    }
}

/// Runs `f` with this thread's cache, through which every text `f` scans
/// gets the same key id for the same term key.
pub(crate) fn with_term_keys<R>(f: impl FnOnce(&mut TermKeys<'_>) -> R) -> R {
    with_cache(|cache| f(&mut TermKeys { cache }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Key ids compare as their keys do, prefixes or not.
        #[test]
        fn keys_compare_as_strings(a in "[a-c\\x00é]{0,12}", b in "[a-c\\x00é]{0,12}") {
            let mut cache = WordCache::default();
            let (x, y) = (cache.key_id(&a), cache.key_id(&b));
            let keys = TermKeys { cache: &mut cache };
            prop_assert_eq!(keys.compare(x, y), a.cmp(&b));
        }
    }

    #[test]
    fn keys_are_read_from_an_id_on_and_caches_are_told_apart() {
        let mut cache = WordCache::default();
        cache.key_id("lavrov");
        cache.key_id("jaafari");
        let mut keys = TermKeys { cache: &mut cache };
        let identity = keys.identity();
        assert_ne!(identity, 0);
        assert_eq!(keys.len(), 2);
        assert_eq!(keys.keys_from(1), vec![Box::from("jaafari")]);
        assert!(keys.keys_from(2).is_empty() && keys.keys_from(5).is_empty());
        keys.cache.key_id("moscow");
        keys.cache.key_id("lavrov");
        assert_eq!(keys.keys_from(2), vec![Box::from("moscow")]);
        assert_eq!(keys.identity(), identity);
        let mut other = WordCache::default();
        assert_ne!(TermKeys { cache: &mut other }.identity(), identity);
    }
}
