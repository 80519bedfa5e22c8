//! Metadata-only lines: datelines and bylines made of dash-separated fragments
//! ("November 16th, 2017 – Fort Russ News –"), or a date alone on its line.
//!
//! Every fragment must be metadata (a date, a domain, a byline, a short outlet
//! name), so a sentence that merely mentions a date never qualifies.

use super::rules::{Rules, Vocab};
use super::shape::{Para, url_like};
use crate::corpus::normalize::fold_char;

/// One word of the line: as written, and folded for vocabulary lookups.
struct Word<'a> {
    original: &'a str,
    folded: String,
}

/// Whether a paragraph carries only dateline or byline metadata.
pub(super) fn is_metadata(para: &Para, rules: &Rules) -> bool {
    if para.words > rules.limits.metadata_max_words {
        return false;
    }
    let separated = para.folded.split(' ').any(is_separator);
    if !separated && para.words > DATE_MAX_WORDS {
        return false;
    }
    let fragments = split_fragments(para.original);
    if !separated {
        return fragments.len() == 1 && is_date(&fragments[0], &rules.vocab);
    }
    let kinds: Vec<Fragment> = fragments.iter().map(|f| classify(f, rules)).collect();
    let anchored = kinds.contains(&Fragment::Strong);
    let all_named = kinds.iter().all(|k| *k != Fragment::Text);
    !kinds.is_empty() && all_named && (anchored || !kinds.contains(&Fragment::Weak))
}

/// A date alone on its line ("Thursday, November 16, 2017 at 10:30 am GMT")
/// has at most this many words.
const DATE_MAX_WORDS: usize = 10;

/// Whether a folded word is a free-standing dash or bar.
fn is_separator(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, '-' | '|' | '•' | '·'))
}

/// What one fragment of a dash-separated line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fragment {
    /// A date, a domain or a byline.
    Strong,
    /// A short title-case outlet name.
    Outlet,
    /// A few words, no sentence: a name, when something strong is beside it.
    Weak,
    /// Anything else: the line is not metadata.
    Text,
}

/// Splits on free-standing dashes and bars into fragments of words.
fn split_fragments(text: &str) -> Vec<Vec<Word<'_>>> {
    let mut fragments = vec![Vec::new()];
    for original in text.split_whitespace() {
        let folded: String = original
            .chars()
            .map(fold_char)
            .flat_map(char::to_lowercase)
            .collect();
        if is_separator(&folded) {
            fragments.push(Vec::new());
        } else {
            fragments
                .last_mut()
                .expect("never empty")
                .push(Word { original, folded });
        }
    }
    fragments.retain(|f| !f.is_empty());
    fragments
}

fn classify(words: &[Word], rules: &Rules) -> Fragment {
    let vocab = &rules.vocab;
    let max = rules.limits.fragment_max_words;
    if is_date(words, vocab)
        || (words.len() == 1 && url_like(&words[0].folded))
        || is_byline(words, vocab, max)
    {
        Fragment::Strong
    } else if is_outlet(words, vocab, max) {
        Fragment::Outlet
    } else if words.len() <= WEAK_MAX_WORDS && !words.iter().any(|w| ends_sentence(&w.folded)) {
        Fragment::Weak
    } else {
        Fragment::Text
    }
}

/// A bare name beside a date or byline has at most this many words.
const WEAK_MAX_WORDS: usize = 3;

fn ends_sentence(word: &str) -> bool {
    word.trim_end_matches(['"', '\''])
        .ends_with(['.', '!', '?'])
}

/// A date, optionally labelled: "November 16th, 2017", "Updated: 16.11.2017".
fn is_date(words: &[Word], vocab: &Vocab) -> bool {
    let words = vocab
        .date_labels
        .iter()
        .find_map(|label| strip_words(words, label))
        .unwrap_or(words);
    let bare: Vec<&str> = words.iter().map(|w| trim_punct(&w.folded)).collect();
    let anchored = bare
        .iter()
        .any(|w| vocab.months.contains(*w) || is_year(w) || is_numeric_date(w));
    anchored && bare.iter().all(|w| is_date_word(w, vocab))
}

/// "by Scott Lucas", "translated by Samer Hussein": a prefix, then a name.
fn is_byline(words: &[Word], vocab: &Vocab, max: usize) -> bool {
    vocab.byline_prefixes.iter().any(|prefix| {
        strip_words(words, prefix).is_some_and(|name| {
            !name.is_empty() && name.len() <= max && starts_upper(name[0].original)
        })
    })
}

/// A short title-case name with an outlet word: "Fort Russ News", "Press TV".
fn is_outlet(words: &[Word], vocab: &Vocab, max: usize) -> bool {
    const SMALL: [&str; 5] = ["of", "the", "and", "al", "de"];
    let title_case = words
        .iter()
        .all(|w| starts_upper(w.original) || SMALL.contains(&w.folded.as_str()));
    let has_outlet_word = words.iter().any(|w| {
        let bare = trim_punct(&w.folded);
        let bare = bare.strip_suffix("'s").unwrap_or(bare);
        vocab.outlet_words.contains(bare)
    });
    words.len() <= max && title_case && has_outlet_word
}

/// The words after `prefix` (compared folded, trailing colon optional).
fn strip_words<'w, 'a>(words: &'w [Word<'a>], prefix: &[String]) -> Option<&'w [Word<'a>]> {
    if words.len() < prefix.len() {
        return None;
    }
    let same =
        |(w, p): (&Word, &String)| w.folded == *p || w.folded.strip_suffix(':') == Some(p.as_str());
    words
        .iter()
        .zip(prefix)
        .all(same)
        .then(|| &words[prefix.len()..])
}

fn trim_punct(word: &str) -> &str {
    word.trim_matches([',', '.', ';', ':', '(', ')'])
}

fn starts_upper(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn is_date_word(word: &str, vocab: &Vocab) -> bool {
    vocab.date_words.contains(word)
        || is_day(word)
        || is_year(word)
        || is_clock(word)
        || is_numeric_date(word)
}

/// "16", "16th", "1st".
fn is_day(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// "10:30", "9:05pm".
fn is_clock(word: &str) -> bool {
    let word = word
        .strip_suffix("am")
        .or_else(|| word.strip_suffix("pm"))
        .unwrap_or(word);
    let mut parts = word.split(':');
    let ok =
        |p: Option<&str>| p.is_some_and(|p| (1..=2).contains(&p.len()) && p.parse::<u32>().is_ok());
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

/// "2017-11-16", "16/11/2017", "16.11.2017".
fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts.iter().any(|p| is_year(p))
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::clean::rules::rules;

    fn meta(text: &str) -> bool {
        is_metadata(&Para::new(text), rules())
    }

    #[test]
    fn dateline_and_byline_fragments_are_metadata() {
        assert!(meta("November 16th, 2017 – Fort Russ News –"));
        assert!(meta("– Breakingnews.sy – – translated by Samer Hussein –"));
        assert!(meta("By Scott Lucas – eaworldview – 11 June 2017"));
        assert!(meta("Updated: 16.11.2017 | 10:30 GMT"));
        assert!(meta("Thursday, November 16, 2017"));
    }

    #[test]
    fn sentences_and_headlines_are_not_metadata() {
        assert!(!meta("On November 16, 2017, Lavrov met Faurie in Moscow."));
        assert!(!meta(
            "Moscow Has Questions Concerning New US Policy in Syria – Lavrov"
        ));
        assert!(!meta(
            "By Scott Lucas – eaworldview – 11 June 2017 – Russia has warned the US to stop bombing."
        ));
        assert!(!meta(
            "Trump has strongly – and repeatedly – denied colluding with the Russians."
        ));
        assert!(!meta(
            "Moscow's Stance on Kurdistan Referendum 'Very Friendly' to Baghdad - Iraq FM"
        ));
        assert!(!meta("By the numbers – what the deal means"));
        assert!(!meta("By Land and Sea"));
        assert!(!meta("May 2017 be better"));
        assert!(meta("May 2017"));
        assert!(!meta("Syria – Lavrov"));
    }

    #[test]
    fn date_pieces() {
        assert!(is_day("16th") && is_day("3") && !is_day("32") && !is_day("16x"));
        assert!(is_clock("10:30") && is_clock("9:05pm") && !is_clock("10:30:00:00"));
        assert!(is_numeric_date("2017-11-16") && !is_numeric_date("1-2-3"));
    }
}
