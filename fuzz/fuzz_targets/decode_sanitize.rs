//! File bytes → `decode` → sanitizing: loaded text keeps no unsafe character
//! but the line feed, shown text keeps none, and both are idempotent.

#![no_main]

use libfuzzer_sys::fuzz_target;
use storydiff::corpus::decode::decode;
use storydiff::corpus::sanitize::{for_display, for_display_lines, is_unsafe, strip_controls};

fuzz_target!(|bytes: &[u8]| {
    let decoded = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(_) => {
            assert!(bytes.contains(&0), "only NUL bytes make a file binary");
            return;
        }
    };
    if let Ok(text) = std::str::from_utf8(bytes)
        && !text.starts_with('\u{feff}')
    {
        assert_eq!(decoded.text, text, "UTF-8 without a BOM is kept as is");
        assert_eq!(decoded.notice, None);
    }

    let (clean, _) = strip_controls(&decoded.text);
    assert!(
        !clean.chars().any(|c| is_unsafe(c) && c != '\n'),
        "strip_controls left an unsafe character: {clean:?}"
    );
    assert_eq!(strip_controls(&clean), (clean.clone(), 0));

    let shown = for_display(&decoded.text);
    assert!(!shown.chars().any(is_unsafe), "for_display: {shown:?}");
    assert_eq!(
        for_display(&shown),
        shown,
        "displaying twice changes nothing"
    );

    let lines = for_display_lines(&decoded.text);
    assert!(!lines.chars().any(|c| is_unsafe(c) && c != '\n'));
    assert_eq!(for_display_lines(&lines), lines);
    assert_eq!(
        lines.split('\n').count(),
        decoded.text.split('\n').count(),
        "for_display_lines keeps every line break and adds none"
    );
});
