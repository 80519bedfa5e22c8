//! Quotation finding on an article made from the input (one paragraph per
//! line): every quotation's words lie in its paragraph and its sentence
//! indices are that paragraph's.

#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::corpus::Article;
use storydiff::corpus::normalize::collapse_whitespace;
use storydiff::corpus::sentences::split_sentences;
use storydiff::quotes::find_quotes;

fuzz_target!(|text: &str| {
    let paragraphs: Vec<Vec<String>> = text
        .split('\n')
        .map(split_sentences)
        .filter(|p| !p.is_empty())
        .collect();
    let article = Article::from_paragraphs("fuzz", paragraphs);
    // The global index of each paragraph's first sentence, and one past the end.
    let mut starts = vec![0];
    for paragraph in &article.paragraphs {
        starts.push(starts.last().unwrap() + paragraph.sentences.len());
    }

    for quote in find_quotes(&article) {
        assert_eq!(quote.article, "fuzz");
        let p = quote.paragraph;
        assert!(p < article.paragraphs.len(), "paragraph {p} out of range");
        let paragraph = article.paragraphs[p].text();
        let words = collapse_whitespace(&quote.text);
        assert!(
            paragraph.contains(&words),
            "quote {words:?} is not in its paragraph {paragraph:?}"
        );
        assert!(!quote.sentences.is_empty(), "a quote touches a sentence");
        for &s in &quote.sentences {
            assert!(
                (starts[p]..starts[p + 1]).contains(&s),
                "sentence {s} is not in paragraph {p} ({}..{})",
                starts[p],
                starts[p + 1]
            );
        }
        assert!(quote.sentences.windows(2).all(|w| w[0] < w[1]));
    }
});
