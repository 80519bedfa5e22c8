//! A story's coverage table as a CollateX alignment table (JSON):
//! `{"witnesses": [...], "table": [[[tokens of witness 1], [tokens of
//! witness 2], ...], ...]}`, one entry per passage, `[]` where a witness
//! lacks the passage.
//!
//! A token is `{"t": surface, "n": normalized}` with storydiff's extra
//! fields: `passage` (its id), `article` (the witness's article id) and
//! `sentence` (0-based, as `articles --json` counts). Tokens are the
//! whitespace-separated words of each sentence's display text; `n` is the
//! word lowercased with punctuation trimmed from both ends.

use serde::Serialize;

use crate::collate::Collation;
use crate::corpus::Article;

use super::coverage::witness_names;

/// The CollateX alignment table of one story.
#[derive(Debug, Serialize)]
pub struct AlignmentTable {
    /// Witness names, in column order.
    pub witnesses: Vec<String>,
    /// One entry per passage: one token list per witness.
    pub table: Vec<Vec<Vec<Token>>>,
}

/// One word of a witness.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Token {
    /// The word as printed.
    pub t: String,
    /// The word as compared: lowercased, outer punctuation trimmed.
    pub n: String,
    /// The passage id (`p1`, …).
    pub passage: String,
    /// The witness's article id.
    pub article: String,
    /// The sentence the word is in (0-based).
    pub sentence: usize,
}

impl AlignmentTable {
    /// The table of `collation`; `articles` is the slice it was made from.
    pub fn new(articles: &[Article], collation: &Collation) -> AlignmentTable {
        let members = collation.articles(articles);
        let texts: Vec<Vec<&str>> = members.iter().map(|a| a.sentence_texts()).collect();
        let members = &members;
        let table = collation
            .table
            .passages
            .iter()
            .map(|passage| {
                passage
                    .cells
                    .iter()
                    .enumerate()
                    .map(|(w, cell)| {
                        cell.sentences
                            .iter()
                            .flat_map(|&s| {
                                let sentence = texts[w].get(s).copied().unwrap_or("");
                                let article = &members[w].id;
                                sentence.split_whitespace().map(move |word| Token {
                                    t: word.to_owned(),
                                    n: normalize(word),
                                    passage: passage.id.clone(),
                                    article: article.clone(),
                                    sentence: s,
                                })
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        AlignmentTable {
            witnesses: witness_names(members),
            table,
        }
    }
}

/// A word as CollateX compares it: lowercased, punctuation trimmed from
/// both ends (a word of punctuation only is kept as it is).
pub fn normalize(word: &str) -> String {
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    let core = if trimmed.is_empty() { word } else { trimmed };
    core.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalized_words_drop_case_and_outer_punctuation() {
        assert_eq!(normalize("“Washington,”"), "washington");
        assert_eq!(normalize("US-led"), "us-led");
        assert_eq!(normalize("—"), "—");
    }
}
