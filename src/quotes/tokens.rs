//! A small tokenizer for attribution clauses: words (with inner hyphens,
//! apostrophes and acronym dots) and single punctuation marks.

/// One token of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Whether it is a word (else one punctuation mark).
    pub word: bool,
}

impl Token<'_> {
    /// Lowercase form, with curly apostrophes made straight.
    pub fn lower(&self) -> String {
        if self.text.is_ascii() {
            return self.text.to_ascii_lowercase();
        }
        let lower = self.text.to_lowercase();
        if lower.contains('’') {
            lower.replace('’', "'")
        } else {
            lower
        }
    }

    /// Starts with an uppercase letter.
    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Ends with a possessive ('s or s').
    pub fn possessive(&self) -> bool {
        let l = self.lower();
        l.ends_with("'s") || (l.ends_with("s'") && l.len() > 2)
    }
}

/// Honorifics and titles written with a dot.
pub const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Prof", "Sgt", "Adm",
    "Amb", "Pres", "Sec", "Maj", "Hon", "Rev", "St", "Jr", "Sr",
];

fn is_abbreviation(word: &str) -> bool {
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || HONORIFICS.contains(&word) || (word.contains('.') && word.len() <= 6)
}

/// Splits a clause into tokens; whitespace is dropped.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                text: &text[start..start + c.len_utf8()],
                word: false,
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            let joiner = matches!(n, '-' | '\'' | '’' | '.');
            let after = text[i + n.len_utf8()..].chars().next();
            if n.is_alphanumeric() || (joiner && after.is_some_and(char::is_alphanumeric)) {
                end = i + n.len_utf8();
                chars.next();
            } else if n == '.' && is_abbreviation(&text[start..end]) {
                // Initials, acronyms and honorifics keep their dot: "J.",
                // "U.S.", "Mr.".
                end = i + 1;
                chars.next();
            } else if n == '\'' || n == '’' {
                // Plural possessive: "the Kurds' rights".
                let prev_s = text[..i].ends_with('s');
                if prev_s && after.is_some_and(char::is_whitespace) {
                    end = i + n.len_utf8();
                    chars.next();
                }
                break;
            } else {
                break;
            }
        }
        out.push(Token {
            text: &text[start..end],
            word: true,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_hyphens_apostrophes_and_acronyms() {
        let t: Vec<&str> = tokenize("al-Jaafari’s U.S.-led talks, he said: yes")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "al-Jaafari’s",
                "U.S.-led",
                "talks",
                ",",
                "he",
                "said",
                ":",
                "yes"
            ]
        );
        assert!(tokenize("the ministry’s")[1].possessive());
        let t: Vec<&str> = tokenize("said Michael J. Green and Mr. Trump.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["said", "Michael", "J.", "Green", "and", "Mr.", "Trump", "."]
        );
    }
}
