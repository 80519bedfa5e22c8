//! News-specific boundary rules, judged on the two words around a gap.
//!
//! Each gap between two whitespace-separated tokens gets a [`Decision`]:
//! split, join, or defer to `sentencex`. The rules only look at the token
//! before the gap and the token after it, so they run in linear time and
//! behave the same inside and outside quotations.

use super::lexicon::LEXICON;

/// What the rules say about one whitespace gap between two tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Decision {
    /// A sentence ends at this gap.
    Split,
    /// The sentence goes on across this gap.
    Join,
    /// The rules have no opinion; `sentencex` decides.
    Defer,
}

/// What kind of word ends the text before a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Left {
    /// No sentence terminator at the end (`said,`, `—`): never a boundary.
    Open,
    /// A title before a name (`Mr.`, `Dr.`, `Sen.`).
    Title,
    /// Another listed abbreviation (`Inc.`, `St.`, `Jan.`, `Fla.`).
    Abbreviation,
    /// `a.m.` or `p.m.`.
    Time,
    /// A dotted acronym (`U.S.`, `C.I.A.`, `D.C.`).
    Acronym,
    /// A single capital and a period (`J.`), usually a name initial.
    Initial,
    /// An ellipsis (`...`, `…`) or a stray period: ambiguous, left to `sentencex`.
    Ellipsis,
    /// An ordinary word with a terminator (`city.`, `win.”`, `now?`).
    Word,
}

impl Left {
    /// Every kind, for measuring the rules of one kind at a time.
    #[cfg(test)]
    pub(super) const ALL: [Left; 8] = [
        Left::Open,
        Left::Title,
        Left::Abbreviation,
        Left::Time,
        Left::Acronym,
        Left::Initial,
        Left::Ellipsis,
        Left::Word,
    ];
}

/// Characters that open a quotation or bracket before a word.
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '['];
/// Characters that close a quotation or bracket after a terminator.
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']'];

/// Judges the gap between token `left` and token `right`.
pub(super) fn decide(left: &str, right: &str) -> Decision {
    // Fast path for the commonest gaps, same result as the rules below: a
    // word without terminator before, or a lowercase word after.
    let before = left.as_bytes().last().copied().unwrap_or(b' ');
    if before.is_ascii_alphanumeric()
        || right.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
    {
        return Decision::Join;
    }
    let word = right.trim_start_matches(OPENERS);
    let Some(first) = word.chars().next() else {
        return Decision::Defer; // a lone quotation mark
    };
    if first.is_lowercase() || ",;:.?!)]}”’".contains(first) {
        return Decision::Join;
    }
    let kind = classify_left(left);
    if first.is_uppercase() {
        // `Acme Inc. Mrs. Lee`: no title follows an abbreviation in mid-sentence
        // (a dotted acronym can: `U.S. Sen. Marco Rubio`).
        if kind == Left::Abbreviation && is_title(word) {
            return Decision::Split;
        }
        return decide_before_capital(kind, leading_letters(word));
    }
    match kind {
        Left::Open | Left::Title => Decision::Join,
        // `No. 5`, `Sept. 11`, `U.S. 1`, `p.m. 2017`
        Left::Abbreviation | Left::Time | Left::Acronym | Left::Initial
            if first.is_ascii_digit() =>
        {
            Decision::Join
        }
        // A number or symbol after a full stop or an ellipsis.
        _ => Decision::Defer,
    }
}

/// Judges a gap whose next word (`next`, its leading letters) is capitalised.
fn decide_before_capital(kind: Left, next: &str) -> Decision {
    match kind {
        Left::Open | Left::Title => Decision::Join,
        // Ambiguous: `moved to the U.S. He said` vs `the U.S. Embassy`, and
        // `Plan B. The plan` vs `Donald J. Trump`. A common sentence starter
        // ends the sentence; any other capitalised word continues it.
        Left::Abbreviation | Left::Acronym | Left::Initial => {
            split_when(LEXICON.starters.contains(next))
        }
        Left::Time => split_when(!LEXICON.time_followers.contains(next)),
        Left::Word => Decision::Split,
        // `He hesitated… Then he signed`: a starter after an ellipsis opens a
        // sentence; a name (`… Lavrov said`) is left to `sentencex`.
        Left::Ellipsis if LEXICON.starters.contains(next) => Decision::Split,
        Left::Ellipsis => Decision::Defer,
    }
}

/// `Split` when `split` holds, else `Join`.
fn split_when(split: bool) -> Decision {
    if split {
        Decision::Split
    } else {
        Decision::Join
    }
}

/// Classifies the token before a gap by how it ends.
pub(super) fn classify_left(token: &str) -> Left {
    let body = token.trim_end_matches(CLOSERS);
    if !body.ends_with(['.', '?', '!', '…']) {
        return Left::Open;
    }
    let closed = body.len() < token.len();
    if body.ends_with("..") || body.ends_with('…') {
        return Left::Ellipsis;
    }
    let Some(core) = body.strip_suffix('.') else {
        return Left::Word; // `?` or `!`
    };
    let core = core.trim_start_matches(OPENERS);
    if closed {
        // `win.”` or `U.S.)`: the quotation or bracket closes the sentence.
        return if core.is_empty() {
            Left::Ellipsis
        } else {
            Left::Word
        };
    }
    classify_dotted(core)
}

/// Classifies a word that ends in a bare period, given without that period.
fn classify_dotted(core: &str) -> Left {
    if core.is_empty() {
        Left::Ellipsis
    } else if !core.starts_with(char::is_alphabetic) {
        Left::Word // `2017.`, `$5.`: no listed abbreviation starts otherwise
    } else if LEXICON.titles.contains(core) {
        Left::Title
    } else if LEXICON.abbreviations.contains(core) {
        Left::Abbreviation
    } else if core.eq_ignore_ascii_case("a.m") || core.eq_ignore_ascii_case("p.m") {
        Left::Time
    } else if is_dotted_acronym(core) {
        Left::Acronym
    } else if is_initial(core) {
        Left::Initial
    } else {
        Left::Word
    }
}

/// True for `U.S`, `C.I.A`, `Ph.D`: two or more short letter groups joined by dots.
fn is_dotted_acronym(core: &str) -> bool {
    core.contains('.')
        && core.split('.').all(|part| {
            (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// True for a listed title with its period (`Mrs.`, `Sen.`).
fn is_title(word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|core| LEXICON.titles.contains(core))
}

/// True for a single capital letter (`J` of `J.`).
fn is_initial(core: &str) -> bool {
    let mut chars = core.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// The leading run of letters of a word (`It’s` gives `It`).
fn leading_letters(word: &str) -> &str {
    let end = word
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(word.len(), |(i, _)| i);
    &word[..end]
}

#[cfg(test)]
mod tests {
    use super::{Decision, Left, classify_left, decide};

    #[test]
    fn classifies_left_tokens() {
        let cases = [
            ("Mr.", Left::Title),
            ("(Dr.", Left::Title),
            ("Inc.", Left::Abbreviation),
            ("p.m.", Left::Time),
            ("U.S.", Left::Acronym),
            ("J.", Left::Initial),
            ("reached...", Left::Ellipsis),
            ("win.”", Left::Word),
            ("now?”", Left::Word),
            ("sputniknews.com.", Left::Word),
            ("said,", Left::Open),
        ];
        for (token, kind) in cases {
            assert_eq!(classify_left(token), kind, "token {token:?}");
        }
    }

    #[test]
    fn decides_gaps() {
        assert_eq!(decide("Dr.", "Who"), Decision::Join);
        assert_eq!(decide("U.S.", "It’s"), Decision::Split);
        assert_eq!(decide("U.S.", "Embassy"), Decision::Join);
        assert_eq!(decide("p.m.", "Friday"), Decision::Join);
        assert_eq!(decide("p.m.", "Nobody"), Decision::Split);
        assert_eq!(decide("No.", "5"), Decision::Join);
        assert_eq!(decide("odd.”", "He"), Decision::Split);
        assert_eq!(decide("answer,”", "Lavrov"), Decision::Join);
        assert_eq!(decide("J.", "Trump"), Decision::Join);
        assert_eq!(decide("B.", "The"), Decision::Split);
        assert_eq!(decide("waited...", "Then"), Decision::Split);
        assert_eq!(decide("waited...", "Lavrov"), Decision::Defer);
        assert_eq!(decide("Inc.", "Mrs."), Decision::Split);
        assert_eq!(decide("Inc.", "Mrs"), Decision::Join);
        assert_eq!(decide("U.S.", "Sen."), Decision::Join);
    }
}
