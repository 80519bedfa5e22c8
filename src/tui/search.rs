//! How a search matches text: case and the different quotes and
//! apostrophes are folded (`trump's` finds `Trump’s`), and the characters a
//! query matches can be found again in the text drawn, to highlight them.

/// The folded form of one character: lower case, typographic apostrophes
/// and quotes as their ASCII forms.
fn fold_char(c: char) -> impl Iterator<Item = char> {
    let plain = match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' | '`'
        | '\u{00b4}' => Some('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{00ab}'
        | '\u{00bb}' => Some('"'),
        _ => None,
    };
    let lower = plain.is_none().then(|| c.to_lowercase());
    plain.into_iter().chain(lower.into_iter().flatten())
}

/// `text` folded for matching: lower case, quotes and apostrophes unified.
pub fn fold(text: &str) -> String {
    text.chars().flat_map(fold_char).collect()
}

/// The words of a typed filter, folded: each must be found for a match.
pub fn query_words(filter: &str) -> Vec<String> {
    fold(filter).split_whitespace().map(str::to_owned).collect()
}

/// Whether every word of `words` ([`query_words`]) is in `haystack`
/// (already folded).
pub fn matches_words(haystack: &str, words: &[String]) -> bool {
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// Which characters of `text` (by char index) a search for `query`
/// matches, every occurrence, folded as [`fold`] folds.
pub fn matched_chars(text: &str, query: &str) -> Vec<bool> {
    let chars: Vec<char> = text.chars().collect();
    let mut marked = vec![false; chars.len()];
    let needle = fold(query);
    if needle.is_empty() {
        return marked;
    }
    // The folded text, and for each of its bytes the char it came from.
    let mut folded = String::new();
    let mut owner = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        for f in fold_char(c) {
            folded.push(f);
            owner.extend(std::iter::repeat_n(i, f.len_utf8()));
        }
    }
    let mut from = 0;
    while let Some(at) = folded[from..].find(&needle) {
        let start = from + at;
        let end = start + needle.len();
        for &i in &owner[start..end] {
            marked[i] = true;
        }
        from = start + folded[start..].chars().next().map_or(1, char::len_utf8);
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_apostrophes_fold_alike() {
        assert_eq!(fold("Trump’s"), fold("trump's"));
        assert_eq!(fold("«Oui»"), fold("\"oui\""));
        assert!(fold("Trump’s “deal”").contains(&fold("TRUMP'S \"DEAL\"")));
    }

    #[test]
    fn matched_chars_marks_every_occurrence_in_the_original_text() {
        let marked = matched_chars("Trump’s aide, trump's rival", "trump's");
        let shown: String = "Trump’s aide, trump's rival"
            .chars()
            .zip(&marked)
            .map(|(c, &m)| if m { c } else { '.' })
            .collect();
        assert_eq!(shown, "Trump’s.......trump's......");
    }

    #[test]
    fn matched_chars_survives_letters_that_fold_longer() {
        // 'İ' lowercases to two chars: the mark must still land on it.
        let marked = matched_chars("İstanbul", "i̇st");
        assert_eq!(&marked[..4], &[true, true, true, false]);
        assert!(matched_chars("abc", "").iter().all(|m| !m));
    }
}
