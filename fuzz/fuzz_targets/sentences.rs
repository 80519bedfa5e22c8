//! Sentence splitting: sentences are non-empty, single-spaced and trimmed,
//! and joined with spaces they give back the input's words exactly.

#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::corpus::normalize::collapse_whitespace;
use storydiff::corpus::sentences::split_sentences;

fuzz_target!(|text: &str| {
    let sentences = split_sentences(text);
    for sentence in &sentences {
        assert!(!sentence.is_empty(), "empty sentence from {text:?}");
        assert_eq!(
            &collapse_whitespace(sentence),
            sentence,
            "a sentence is trimmed and single-spaced"
        );
    }
    assert_eq!(
        sentences.join(" "),
        collapse_whitespace(text),
        "splitting loses, invents or reorders nothing"
    );
});
