//! Every format reader on arbitrary UTF-8: no panic, and what an entry holds
//! comes from the input, so it is never longer than the input.
//!
//! Lengths are counted in characters, not bytes: HTML turns a NUL into
//! U+FFFD and a few character references (`&nGt;`) into more UTF-8 bytes
//! than they take, but no reader makes more characters than it read.

#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::corpus::formats::{self, Format, RawArticle};

const FORMATS: [Format; 5] = [
    Format::Text,
    Format::Markdown,
    Format::Html,
    Format::Json,
    Format::JsonLines,
];

fuzz_target!(|text: &str| {
    for format in FORMATS {
        let Ok(entries) = formats::parse(format, text) else {
            continue;
        };
        if !format.is_multi() {
            assert!(entries.len() == 1 && entries[0].position.is_none());
        }
        for entry in entries {
            if let Some(position) = entry.position {
                assert!(position >= 1, "{format:?}: positions are 1-based");
                assert!(position <= text.len(), "{format:?}: position {position}");
            }
            if let Ok(article) = entry.article {
                check_sizes(format, &article, text.chars().count());
            }
        }
    }
});

fn check_sizes(format: Format, article: &RawArticle, bound: usize) {
    let fields = [
        &article.title,
        &article.outlet,
        &article.domain,
        &article.date,
        &article.url,
        &article.byline,
        &article.language,
    ];
    for field in fields.into_iter().flatten() {
        let chars = field.chars().count();
        assert!(
            chars <= bound,
            "{format:?}: field {field:?} from {bound} chars"
        );
    }
    let body: usize = article.paragraphs.iter().map(|p| p.chars().count()).sum();
    assert!(
        body <= bound,
        "{format:?}: body of {body} chars from {bound}"
    );
}
