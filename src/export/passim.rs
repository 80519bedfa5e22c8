//! The corpus as passim's input: JSON Lines, one article per line,
//! `{"id", "series", "text", "date"}`, with `series` the outlet.
//!
//! `text` is exactly the display text storydiff aligns: each paragraph's
//! sentences joined by one space, paragraphs joined by a blank line
//! (`"\n\n"`). So the sentence `k` of an article starts at the character
//! offset [`sentence_offsets`] gives, and passim's reuse spans map back to
//! storydiff's sentences.

use serde::Serialize;

use crate::corpus::Article;

/// One line of passim input.
#[derive(Debug, Serialize)]
pub struct PassimRecord<'a> {
    /// The article id (passim's document id).
    pub id: &'a str,
    /// The outlet (passim's series: reuse within a series is not reported).
    pub series: &'a str,
    /// The display text (see the module docs for the exact rule).
    pub text: String,
    /// ISO date, or null.
    pub date: Option<String>,
}

impl<'a> PassimRecord<'a> {
    /// The record of one article.
    pub fn new(article: &'a Article) -> Self {
        PassimRecord {
            id: &article.id,
            series: article.display_name(),
            text: passim_text(article),
            date: article.date.map(|d| d.to_string()),
        }
    }
}

/// Sentences joined by a space within a paragraph, paragraphs by `"\n\n"`.
pub fn passim_text(article: &Article) -> String {
    let paragraphs: Vec<String> = article.paragraphs.iter().map(|p| p.text()).collect();
    paragraphs.join("\n\n")
}

/// The character offset (in Unicode scalar values, as passim counts) of
/// each sentence of `article` in [`passim_text`].
pub fn sentence_offsets(article: &Article) -> Vec<usize> {
    let mut offsets = Vec::new();
    let mut at = 0;
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        if p > 0 {
            at += 2;
        }
        for (s, sentence) in paragraph.sentences.iter().enumerate() {
            if s > 0 {
                at += 1;
            }
            offsets.push(at);
            at += sentence.text.chars().count();
        }
    }
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_point_at_each_sentence_in_the_text() {
        let article = Article::from_paragraphs(
            "a",
            vec![
                vec!["Lavrov spoke.".into(), "He was clear.".into()],
                vec!["Jaafari agreed.".into()],
            ],
        );
        let text = passim_text(&article);
        assert_eq!(text, "Lavrov spoke. He was clear.\n\nJaafari agreed.");
        let chars: Vec<char> = text.chars().collect();
        for (offset, sentence) in sentence_offsets(&article)
            .iter()
            .zip(article.sentence_texts())
        {
            let found: String = chars[*offset..*offset + sentence.chars().count()]
                .iter()
                .collect();
            assert_eq!(found, sentence);
        }
    }
}
