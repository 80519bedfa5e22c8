//! Boilerplate removal: drop page furniture, keep what was dropped and why.

use super::model::Removed;

/// The result of cleaning one article's paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Paragraphs that are article text, in order.
    pub paragraphs: Vec<String>,
    /// Paragraphs (or parts) that were dropped, in order, with reasons.
    pub removed: Vec<Removed>,
}

/// Removes boilerplate paragraphs from one article's body.
pub fn clean_paragraphs(paragraphs: Vec<String>) -> Cleaned {
    Cleaned {
        paragraphs,
        removed: Vec::new(),
    }
}

/// TEMPORARY: replaced by the real implementation.
pub fn repeated_in_outlet(articles: &[(Option<&str>, &[String])]) -> Vec<Vec<bool>> {
    articles.iter().map(|(_, p)| vec![false; p.len()]).collect()
}
