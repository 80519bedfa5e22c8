//! Quote spans inside one paragraph: pairing opening and closing marks.
//!
//! Curly marks say which way they face; straight ones (`"` and `'`) are
//! judged by their neighbours, and a `’` or `'` between letters is an
//! apostrophe. A span never leaves its paragraph: an opening mark that is
//! never closed ends at the paragraph's end (and at most [`MAX_OPEN_CHARS`]
//! later), so one stray mark cannot swallow the rest of an article. A span
//! that runs to the paragraph's end is `open`, which is how news style
//! writes a quotation that continues in the next paragraph.

/// An unclosed quotation ends at the paragraph's end, or this many bytes
/// after its opening mark (at a word boundary), whichever comes first.
pub const MAX_OPEN_CHARS: usize = 1200;

/// Which pair of marks a quotation uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

/// What a mark can do where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose neighbours do not decide (`word"word`).
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    role: Role,
}

/// One quotation inside a paragraph's text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just after the opening mark.
    pub inner_start: usize,
    /// Offset of the closing mark (or the end of the quoted text when open).
    pub inner_end: usize,
    /// Offset just after the closing mark (= `inner_end` when open).
    pub close: usize,
    /// No closing mark was found in the paragraph.
    pub open_ended: bool,
}

fn is_open_context(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
    })
}

fn classify(prev: Option<char>, c: char, next: Option<char>) -> Option<(Family, Role)> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let space_or_end = |c: Option<char>| c.is_none_or(char::is_whitespace);
    match c {
        '“' | '„' => Some((Family::Double, Role::Open)),
        '”' => Some((Family::Double, Role::Close)),
        '«' => Some((Family::Guillemet, Role::Open)),
        '»' => Some((Family::Guillemet, Role::Close)),
        '‘' if !next.is_some_and(|n| n.is_ascii_digit()) => Some((Family::Single, Role::Open)),
        '’' | '\'' if letter(prev) && letter(next) => None,
        '’' | '\'' if is_open_context(prev) && letter(next) => {
            // ’90s, 'tis: an elided digit or word is not a quotation.
            if next.is_some_and(|n| n.is_ascii_digit()) {
                None
            } else {
                Some((Family::Single, Role::Open))
            }
        }
        '’' | '\'' if !space_or_end(prev) => Some((Family::Single, Role::Close)),
        '"' if is_open_context(prev) && !space_or_end(next) => Some((Family::Double, Role::Open)),
        '"' if !space_or_end(prev) => {
            if letter(prev) && letter(next) {
                Some((Family::Double, Role::Either))
            } else {
                Some((Family::Double, Role::Close))
            }
        }
        '"' => Some((Family::Double, Role::Either)),
        _ => None,
    }
}

fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut prev = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if let Some((family, role)) = classify(prev, c, next) {
            out.push(Mark {
                at,
                len: c.len_utf8(),
                family,
                role,
            });
        }
        prev = Some(c);
    }
    out
}

/// The end of an unclosed quotation opened at `inner_start`: the paragraph's
/// end, or the last word boundary before the length bound.
fn bounded_end(text: &str, inner_start: usize, limit: usize) -> usize {
    let cap = inner_start.saturating_add(MAX_OPEN_CHARS).min(limit);
    if cap >= limit {
        return limit;
    }
    let mut cut = cap;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text[inner_start..cut]
        .rfind(char::is_whitespace)
        .map_or(cut, |i| inner_start + i)
}

/// Whether a closing mark of `family` may end a quotation opened with `open`.
fn closes(open: Family, close: Family) -> bool {
    // A single-quoted passage closed by a double mark is a typo seen in wire
    // copy ('We have not seen a war…," Lavrov said); accept it.
    open == close || (open == Family::Single && close == Family::Double)
}

/// Words a quotation nested in the same marks as the one around it may have.
const NESTED_WORDS: usize = 4;

/// When the opening mark `j` starts a short quotation nested in the same
/// family of marks as the open one around it, the index of the mark after
/// its close. It must close within [`NESTED_WORDS`] words, without a comma
/// or stop before its closing mark (`"two,"` is a quotation of its own),
/// and the outer quotation must close after it before any new one opens.
fn nested_same_family(text: &str, marks: &[Mark], j: usize) -> Option<usize> {
    let open = marks[j];
    let close = marks.get(j + 1)?;
    if close.family != open.family || close.role == Role::Open {
        return None;
    }
    let inner = &text[open.at + open.len..close.at];
    if inner.split_whitespace().count() > NESTED_WORDS || inner.ends_with([',', '.', '?', '!']) {
        return None;
    }
    let outer = marks[j + 2..].iter().find(|m| m.family == open.family)?;
    (outer.role != Role::Open).then_some(j + 2)
}

/// The quotations of one paragraph, in order.
pub fn find_spans(text: &str) -> Vec<Span> {
    let marks = marks(text);
    let mut spans = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        if open.role == Role::Close {
            i += 1;
            continue;
        }
        let inner_start = open.at + open.len;
        // Find the matching close, skipping quotations nested inside.
        let mut nested: Option<Family> = None;
        let mut end = None;
        let mut j = i + 1;
        while j < marks.len() {
            let m = marks[j];
            if m.at > inner_start + MAX_OPEN_CHARS {
                break;
            }
            match nested {
                Some(family) if m.family == family && m.role != Role::Open => nested = None,
                Some(_) => {}
                None if m.role != Role::Open && closes(open.family, m.family) => {
                    end = Some(j);
                    break;
                }
                None if m.role == Role::Open && m.family == open.family => {
                    if let Some(after) = nested_same_family(text, &marks, j) {
                        // "…these large "Caravans" of people…": a short
                        // quotation inside, in the same marks.
                        j = after;
                        continue;
                    }
                    // A new quotation of the same kind opens: the first one was
                    // never closed. End it before the new mark.
                    break;
                }
                None if m.role == Role::Open => nested = Some(m.family),
                None => {}
            }
            j += 1;
        }
        match end {
            Some(j) => {
                let close = marks[j];
                spans.push(Span {
                    open: open.at,
                    inner_start,
                    inner_end: close.at,
                    close: close.at + close.len,
                    open_ended: false,
                });
                i = j + 1;
            }
            None if open.family == Family::Single && open.role == Role::Open => {
                // An unmatched single mark is far more often an apostrophe
                // ('90s, rock 'n' roll, plural possessives) than a quotation.
                i += 1;
            }
            None => {
                let limit = marks
                    .get(j)
                    .filter(|_| j < marks.len())
                    .map_or(text.len(), |m| {
                        if m.role == Role::Open && m.family == open.family {
                            m.at
                        } else {
                            text.len()
                        }
                    });
                let inner_end = bounded_end(text, inner_start, limit);
                spans.push(Span {
                    open: open.at,
                    inner_start,
                    inner_end,
                    close: inner_end,
                    open_ended: true,
                });
                i = j.max(i + 1);
                while i < marks.len() && marks[i].at < inner_end {
                    i += 1;
                }
            }
        }
    }
    spans
        .into_iter()
        .filter(|s| {
            text[s.inner_start..s.inner_end]
                .chars()
                .any(char::is_alphanumeric)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        find_spans(text)
            .into_iter()
            .map(|s| (&text[s.inner_start..s.inner_end], s.open_ended))
            .collect()
    }

    #[test]
    fn every_quote_style_is_found() {
        assert_eq!(quoted("“Curly,” he said."), [("Curly,", false)]);
        assert_eq!(quoted("\"Straight,\" he said."), [("Straight,", false)]);
        assert_eq!(quoted("‘Single,’ he said."), [("Single,", false)]);
        assert_eq!(quoted("«Guillemets», he said."), [("Guillemets", false)]);
        assert_eq!(
            quoted("'Straight single,' he said."),
            [("Straight single,", false)]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("The coalition’s actions and Russia's role in the ’90s.").is_empty());
        assert!(quoted("Don't say it's the Kurds' fault.").is_empty());
        assert_eq!(
            quoted("He called them “the coalition’s odd things” today."),
            [("the coalition’s odd things", false)]
        );
    }

    #[test]
    fn partial_and_several_quotes_in_one_paragraph() {
        let text =
            "He described it as “some odd things,” and “barbaric” strikes. \"A,\" he said. \"B.\"";
        let got: Vec<&str> = quoted(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["some odd things,", "barbaric", "A,", "B."]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quoted("“He told me ‘no’ twice,” she said."),
            [("He told me ‘no’ twice,", false)]
        );
    }

    #[test]
    fn a_short_quotation_in_the_same_marks_stays_inside() {
        assert_eq!(
            quoted(r#""Stop these large "Caravans" of people now," he tweeted."#),
            [(r#"Stop these large "Caravans" of people now,"#, false)]
        );
        // Not when a new quotation follows it.
        assert_eq!(
            quoted(r#""One unclosed. Then "two" and "three," he said."#),
            [
                ("One unclosed. Then ", true),
                ("two", false),
                ("three,", false)
            ]
        );
    }

    #[test]
    fn mismatched_single_then_double_closes() {
        assert_eq!(
            quoted(r#"'We have not seen a war so far," Lavrov said."#),
            [("We have not seen a war so far,", false)]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end_and_is_open() {
        assert_eq!(
            quoted("The referendum was \"unconstitutional because Article 1 says so."),
            [("unconstitutional because Article 1 says so.", true)]
        );
    }

    #[test]
    fn an_unclosed_quote_stops_at_the_next_opening_mark() {
        let text = "“One unclosed. Then “two,” he said.";
        assert_eq!(
            quoted(text),
            [("One unclosed. Then ", true), ("two,", false)]
        );
    }

    #[test]
    fn an_unclosed_quote_is_bounded() {
        let text = format!("“{}", "word ".repeat(1000));
        let spans = find_spans(&text);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].inner_end - spans[0].inner_start <= MAX_OPEN_CHARS);
    }
}
