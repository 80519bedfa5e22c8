//! News-aware sentence segmentation.
//!
//! The base segmenter is `sentencex`, which already knows decimals, many
//! abbreviations, name initials, URLs and quotation marks, but splits after
//! a title before a sentence-starter word (`Dr. | Who came`), after `Ms.`
//! (read as the degree "MS"), after `p.m.` before a weekday, inside tokens
//! (`R-S. | C.`), misses `the U.S. | It's`, and keeps whole multi-sentence
//! quotations. So a layer of news rules (`rules.rs`, word lists in
//! `assets/abbreviations.txt`) judges every whitespace gap from the tokens on
//! either side, and `sentencex` decides only the gaps the rules leave open:
//!
//! * a title never ends a sentence (`Dr. Who came`, `Ms. Sanders said`);
//! * an abbreviation, dotted acronym or initial ends one only before a common
//!   sentence starter: `moved to the U.S. He said` splits, `the U.S. Embassy`,
//!   `St. Paul` and `Donald J. Trump` do not. This is a deliberate choice for
//!   a genuinely ambiguous case (a proper noun after a sentence-final `U.S.`
//!   is not split). A title after an abbreviation starts a new sentence
//!   (`Acme Inc. Mrs. Lee`), but not after a dotted acronym (`U.S. Sen.
//!   Marco Rubio`);
//! * `a.m.`/`p.m.` continue before a weekday, month or time zone
//!   (`7 p.m. Friday EDT`) and end a sentence before other capitalised words;
//! * an ellipsis before a common sentence starter ends a sentence
//!   (`He hesitated… Then he signed`);
//! * an ordinary word ending in `.`, `?` or `!`, possibly inside closing
//!   quotes or brackets, followed by a capitalised word ends a sentence, also
//!   inside quotations: `“It is odd.” He left.` is two sentences, and so is
//!   `“We hear it. We address it,” Lavrov said.`;
//! * a lowercase word or closing punctuation after the gap, or a word without
//!   a terminator before it, never makes a boundary (`answer,” Lavrov said`);
//! * `sentencex` decides other ellipses, a number or symbol after a full
//!   stop, and stray quotation marks.
//!
//! Over both, a list layer (`lists.rs`) splits inline list items in a
//! paragraph that opens with a bullet or a numbered marker
//! (`1.) The first item 2.) The second item`).
//!
//! Every layer is measured against `sentencex` alone on the tricky-case
//! tables (`cases.rs`, news; `golden.rs`, general English): see
//! `every_layer_does_at_least_as_well_as_sentencex_alone` in the tests.
//!
//! Splits only ever happen at whitespace, so joining the sentences with single
//! spaces gives back the paragraph with its whitespace collapsed.
//! `sentencex` slows down quadratically on unbalanced quotation marks, so it
//! is run only on chunks of a few hundred bytes that hold a gap left to it,
//! cut at gaps the rules split.

#[cfg(test)]
mod cases;
#[cfg(test)]
mod golden;
mod lexicon;
mod lists;
mod rules;
#[cfg(test)]
mod tests;

use std::ops::Range;

use rules::Decision;

/// Preferred chunk size for `sentencex`, in bytes; chunks end at a rule split.
const CHUNK_BYTES: usize = 500;
/// Hard chunk size: past this a chunk ends at the next gap whatever it is.
const MAX_CHUNK_BYTES: usize = 4_000;

/// Splits one paragraph of news text into sentences.
///
/// Returns the sentences in order as display text: trimmed, inner whitespace
/// collapsed to single spaces, none empty. Joining them with single spaces
/// gives the paragraph with its whitespace collapsed, so nothing is lost,
/// invented or reordered.
pub fn split_sentences(paragraph: &str) -> Vec<String> {
    split_layered(paragraph, rules::decide, true)
}

/// [`split_sentences`] with the correction layers chosen: `decide` judges
/// each gap from the tokens around it (`rules::decide`, or a reduced version
/// to measure a layer), and `lists` turns the list-item layer on.
fn split_layered(
    paragraph: &str,
    decide: impl Fn(&str, &str) -> Decision,
    lists: bool,
) -> Vec<String> {
    let tokens = tokenize(paragraph);
    let mut decisions: Vec<Decision> = tokens
        .windows(2)
        .map(|pair| decide(&paragraph[pair[0].clone()], &paragraph[pair[1].clone()]))
        .collect();
    if lists {
        let forced = lists::decisions(paragraph, &tokens);
        for (decision, forced) in decisions.iter_mut().zip(forced) {
            *decision = forced.unwrap_or(*decision);
        }
    }
    let mut base = vec![false; decisions.len()];
    for (first, last) in chunks(&tokens, &decisions) {
        if decisions[first..last].contains(&Decision::Defer) {
            mark_sentencex_splits(paragraph, &tokens, first, last, &mut base);
        }
    }
    let split_after = |gap: usize| match decisions[gap] {
        Decision::Split => true,
        Decision::Join => false,
        Decision::Defer => base[gap],
    };
    assemble(paragraph, &tokens, split_after)
}

/// Byte ranges of the whitespace-separated tokens of `text`, in order.
fn tokenize(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // About one token per six bytes of news text: few regrowths.
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII fast path; other characters are decoded to test Unicode spaces.
        let (space, width) = match bytes[i] {
            b if b.is_ascii() => (matches!(b, b' ' | b'\t'..=b'\r'), 1),
            _ => text[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        match (space, start) {
            (true, Some(s)) => {
                tokens.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        tokens.push(s..text.len());
    }
    tokens
}

/// Groups tokens into chunks `(first, last)` (inclusive token indices) for
/// `sentencex`, cutting at a rule split once a chunk passes [`CHUNK_BYTES`]
/// and anywhere once it passes [`MAX_CHUNK_BYTES`].
fn chunks(tokens: &[Range<usize>], decisions: &[Decision]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first = 0;
    for (gap, decision) in decisions.iter().enumerate() {
        let size = tokens[gap].end - tokens[first].start;
        if (size >= CHUNK_BYTES && *decision == Decision::Split) || size >= MAX_CHUNK_BYTES {
            out.push((first, gap));
            first = gap + 1;
        }
    }
    if !tokens.is_empty() {
        out.push((first, tokens.len() - 1));
    }
    out
}

/// Runs `sentencex` on tokens `first..=last` and sets `base[gap]` for every
/// gap where it puts a boundary. Boundaries inside a token are ignored: a
/// split there would invent a space.
fn mark_sentencex_splits(
    text: &str,
    tokens: &[Range<usize>],
    first: usize,
    last: usize,
    base: &mut [bool],
) {
    let offset = tokens[first].start;
    let chunk = &text[offset..tokens[last].end];
    for boundary in sentencex::get_sentence_boundaries("en", chunk) {
        for at in [boundary.start_byte, boundary.end_byte] {
            match gap_at(tokens, offset + at) {
                Some(gap) if (first..last).contains(&gap) => base[gap] = true,
                _ => {}
            }
        }
    }
}

/// The index of the gap (between token `i` and `i + 1`) containing byte `at`,
/// if `at` lies in whitespace between two tokens.
fn gap_at(tokens: &[Range<usize>], at: usize) -> Option<usize> {
    let next = tokens.partition_point(|t| t.start < at);
    let gap = next.checked_sub(1)?;
    (next < tokens.len() && tokens[gap].end <= at).then_some(gap)
}

/// Joins tokens with single spaces, starting a new sentence after every gap
/// for which `split_after` is true.
fn assemble(
    text: &str,
    tokens: &[Range<usize>],
    split_after: impl Fn(usize) -> bool,
) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        if i + 1 == tokens.len() || split_after(i) {
            // The tokens' span in the text bounds the joined length.
            let span = tokens[i].end - tokens[first].start;
            let mut sentence = String::with_capacity(span);
            for token in &tokens[first..=i] {
                if !sentence.is_empty() {
                    sentence.push(' ');
                }
                sentence.push_str(&text[token.clone()]);
            }
            sentences.push(sentence);
            first = i + 1;
        }
    }
    sentences
}
