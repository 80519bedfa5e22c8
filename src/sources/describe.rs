//! Sources as short lines of text, the same for the CLI and the TUI.

use super::{Citation, Copied};

/// "cites TASS (agency): “Itar Tass reported” · sentence 0"; a dateline
/// says so ("agency, own dateline").
pub fn describe_citation(citation: &Citation) -> String {
    let kind = if citation.dateline {
        format!("{}, own dateline", citation.kind.as_str())
    } else {
        citation.kind.as_str().to_owned()
    };
    format!(
        "cites {} ({kind}): “{}” · {}",
        citation.source,
        citation.words,
        sentence_list(&citation.sentences)
    )
}

/// "copied 25 words from Reuters (wire) · sentence 0 ⇐ 0 · relays Reuters ·
/// origin: cites it"; `origin` names the article it came from.
pub fn describe_copy(copy: &Copied, origin: &str) -> String {
    let mut line = format!(
        "copied {} words from {origin} · {} ⇐ {}",
        copy.words,
        sentence_list(&copy.sentences),
        ranges(&copy.from_sentences)
    );
    if let Some(wire) = &copy.credit {
        line.push_str(&format!(" · relays {wire}"));
    }
    line.push_str(&format!(" · origin: {}", copy.origin.describe()));
    line
}

/// "sentence 3", "sentences 3–20", "sentences 1, 4–5".
pub fn sentence_list(sentences: &[usize]) -> String {
    let noun = if sentences.len() == 1 {
        "sentence"
    } else {
        "sentences"
    };
    format!("{noun} {}", ranges(sentences))
}

/// Sorted indices as ranges: "1, 4–5".
fn ranges(sentences: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < sentences.len() {
        let start = sentences[k];
        let mut end = start;
        while k + 1 < sentences.len() && sentences[k + 1] == end + 1 {
            k += 1;
            end = sentences[k];
        }
        parts.push(if end == start {
            start.to_string()
        } else {
            format!("{start}–{end}")
        });
        k += 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_lists_read_as_ranges() {
        assert_eq!(sentence_list(&[3]), "sentence 3");
        assert_eq!(sentence_list(&[1, 4, 5, 6]), "sentences 1, 4–6");
    }
}
