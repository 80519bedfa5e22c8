//! News-aware sentence segmentation.

/// Splits one paragraph into sentences (trimmed display text, none empty).
pub fn split_sentences(paragraph: &str) -> Vec<String> {
    sentencex::segment("en", paragraph)
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}
