//! Shared runs out of order: among the tokens the in-order diff left
//! changed, the common runs of the two sides, taken longest first.
//!
//! Words compare by their English stem, lowercased; punctuation by its
//! folded form; whitespace is skipped, so a run may cross a line break. A
//! run is kept only when it holds a content word (two or more characters,
//! not a stop word from `assets/stopwords.txt`).

use std::cmp::Reverse;
use std::collections::HashMap;

use super::emphasis::Mark;
use super::token::{Kind, Token};
use crate::corpus::terms::{is_stop_word_as_written, stem};

/// Past this many pairs of equal tokens across the sides (two long,
/// repetitive texts), no out-of-order matches are looked for: the search
/// would cost more than the emphasis is worth.
const MAX_PAIRS: usize = 250_000;

/// Marks as [`Mark::Shared`] the open tokens of common runs, on both sides.
pub(super) fn keep_shared(left: &[Token], right: &[Token], l: &mut [Mark], r: &mut [Mark]) {
    let mut keys = HashMap::new();
    let ls = OpenSide::new(left, l, &mut keys);
    let rs = OpenSide::new(right, r, &mut keys);
    let Some(candidates) = maximal_runs(&ls, &rs) else {
        return;
    };
    let mut taken = (vec![false; ls.at.len()], vec![false; rs.at.len()]);
    for (len, i, j) in candidates {
        let mut start = 0;
        for k in 0..=len {
            let free = k < len && !taken.0[i + k] && !taken.1[j + k];
            if free {
                continue;
            }
            if ls.has_content(i + start..i + k) {
                for m in start..k {
                    (taken.0[i + m], taken.1[j + m]) = (true, true);
                    (l[ls.at[i + m]], r[rs.at[j + m]]) = (Mark::Shared, Mark::Shared);
                }
            }
            start = k + 1;
        }
    }
}

/// The open non-whitespace tokens of one side, in order.
struct OpenSide {
    /// Token index of each open token.
    at: Vec<usize>,
    /// Comparison key of each.
    keys: Vec<u32>,
    /// Whether each is a content word.
    content: Vec<bool>,
    /// Whether each is followed in the text by the next one (whitespace aside).
    joined: Vec<bool>,
}

impl OpenSide {
    fn new(tokens: &[Token], marks: &[Mark], interner: &mut HashMap<String, u32>) -> Self {
        let at: Vec<usize> = (0..tokens.len())
            .filter(|&i| marks[i] == Mark::Open && tokens[i].kind != Kind::Space)
            .collect();
        let keys = at.iter().map(|&i| key(&tokens[i], interner)).collect();
        let content = at.iter().map(|&i| is_content(&tokens[i])).collect();
        let joined = at
            .windows(2)
            .map(|w| (w[0] + 1..w[1]).all(|k| tokens[k].kind == Kind::Space))
            .chain([false])
            .collect();
        Self {
            at,
            keys,
            content,
            joined,
        }
    }

    fn has_content(&self, range: std::ops::Range<usize>) -> bool {
        self.content[range].iter().any(|&c| c)
    }

    /// Whether the open tokens `i` and `i + 1` continue one run.
    fn continues(&self, i: usize) -> bool {
        self.joined[i]
    }
}

fn key(token: &Token, interner: &mut HashMap<String, u32>) -> u32 {
    let text = if token.kind.is_word() {
        format!("w{}", stem(&token.text.to_lowercase()))
    } else {
        format!("p{}", token.key)
    };
    let next = u32::try_from(interner.len()).expect("fewer than 2^32 distinct tokens");
    *interner.entry(text).or_insert(next)
}

/// A word of two or more characters that is an acronym (`US`, `UN`) or not
/// a stop word.
fn is_content(token: &Token) -> bool {
    let text = token.text;
    let acronym = text.chars().all(char::is_uppercase);
    token.kind == Kind::Word
        && text.chars().count() >= 2
        && (acronym || !is_stop_word_as_written(text, &text.to_lowercase(), false))
}

/// Every maximal common run as `(length, left start, right start)`, longest
/// first (ties in text order); `None` past [`MAX_PAIRS`].
fn maximal_runs(l: &OpenSide, r: &OpenSide) -> Option<Vec<(usize, usize, usize)>> {
    let mut on_right: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, &key) in r.keys.iter().enumerate() {
        on_right.entry(key).or_default().push(j);
    }
    let pairs: usize = l
        .keys
        .iter()
        .filter_map(|k| on_right.get(k))
        .map(Vec::len)
        .sum();
    if pairs > MAX_PAIRS {
        return None;
    }
    let mut runs = Vec::new();
    for (i, key) in l.keys.iter().enumerate() {
        for &j in on_right.get(key).map_or(&[][..], Vec::as_slice) {
            let extends_earlier = i > 0
                && j > 0
                && l.continues(i - 1)
                && r.continues(j - 1)
                && l.keys[i - 1] == r.keys[j - 1];
            if !extends_earlier {
                runs.push((run_length(l, r, i, j), i, j));
            }
        }
    }
    runs.sort_by_key(|&(len, i, j)| (Reverse(len), i, j));
    Some(runs)
}

fn run_length(l: &OpenSide, r: &OpenSide, i: usize, j: usize) -> usize {
    let mut len = 1;
    while i + len < l.keys.len()
        && j + len < r.keys.len()
        && l.continues(i + len - 1)
        && r.continues(j + len - 1)
        && l.keys[i + len] == r.keys[j + len]
    {
        len += 1;
    }
    len
}
