//! Loading a folder: one file, its extension picked by the first byte, and
//! optionally a `storydiff.toml` describing it. Whatever the bytes, every
//! loaded article's text and metadata, and every error, is free of unsafe
//! characters.
//!
//! Input: `selector [manifest_len manifest…] file…`. The low three bits of
//! the selector pick the extension; its high bit adds a manifest whose first
//! entry names the file, followed by `manifest_len` bytes of the input.

#![no_main]

use std::fs;

use libfuzzer_sys::fuzz_target;
use storydiff::corpus::sanitize::is_unsafe;
use storydiff::corpus::{Article, LoadOptions, load_paths};

const EXTENSIONS: [&str; 8] = [
    "txt", "md", "html", "json", "jsonl", "markdown", "htm", "ndjson",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let extension = EXTENSIONS[usize::from(selector & 7)];
    let name = format!("article.{extension}");
    let (manifest, body) = match rest.split_first() {
        Some((&len, rest)) if selector & 0x80 != 0 => {
            let (manifest, body) = rest.split_at(usize::from(len).min(rest.len()));
            (Some(manifest), body)
        }
        _ => (None, rest),
    };
    let dir = tempfile::tempdir().expect("a scratch folder");
    fs::write(dir.path().join(&name), body).expect("the article file");
    if let Some(extra) = manifest {
        let mut text = format!("[[article]]\nfile = \"{name}\"\n").into_bytes();
        text.extend_from_slice(extra);
        fs::write(dir.path().join("storydiff.toml"), text).expect("the manifest");
    }

    let corpus = load_paths(&[dir.path().to_path_buf()], &LoadOptions::default());
    for article in &corpus.articles {
        check_article(article);
    }
    for error in &corpus.errors {
        assert_safe("error message", &error.message);
    }
});

fn check_article(article: &Article) {
    assert!(!article.paragraphs.is_empty(), "an article has text");
    for paragraph in &article.paragraphs {
        assert!(!paragraph.sentences.is_empty(), "a paragraph has sentences");
        for sentence in &paragraph.sentences {
            assert!(!sentence.text.is_empty(), "a sentence has text");
            assert_safe("sentence", &sentence.text);
            assert_safe("matching form", &sentence.matching);
        }
    }
    assert_safe("id", &article.id);
    let metadata = [
        ("outlet", &article.outlet),
        ("title", &article.title),
        ("url", &article.url),
        ("byline", &article.byline),
        ("note", &article.note),
        ("language", &article.language),
    ];
    for (what, value) in metadata {
        if let Some(value) = value {
            assert_safe(what, value);
        }
    }
    for removed in &article.removed {
        assert_safe("removed passage", &removed.text);
    }
    for notice in &article.notices {
        assert_safe("notice", notice);
    }
}

fn assert_safe(what: &str, text: &str) {
    assert!(
        !text.chars().any(is_unsafe),
        "unsafe character in {what}: {text:?}"
    );
}
