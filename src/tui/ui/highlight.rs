//! Search matches painted into lines already styled: the characters a
//! query matches (folded as the search folds them) get the match style,
//! also when a match runs across a wrapped line's end.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::tui::search::matched_chars;

/// `lines` (one wrapped passage) with every match of `query` restyled by
/// `style`; lines are read as joined by one space, as they were wrapped.
pub fn highlight(lines: Vec<Line<'static>>, query: &str, style: Style) -> Vec<Line<'static>> {
    if query.trim().is_empty() {
        return lines;
    }
    let joined: Vec<String> = lines.iter().map(line_text).collect();
    let marked = matched_chars(&joined.join(" "), query);
    let mut at = 0;
    lines
        .into_iter()
        .map(|line| {
            let mut spans = Vec::new();
            for span in line.spans {
                let n = span.content.chars().count();
                let marks = marked.get(at..at + n).unwrap_or(&[]);
                spans.extend(split_span(&span, marks, style));
                at += n;
            }
            at += 1; // the space the lines were joined by
            Line::from(spans)
        })
        .collect()
}

fn line_text(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// A span cut where its marks change, marked pieces patched with `style`.
fn split_span(span: &Span<'static>, marks: &[bool], style: Style) -> Vec<Span<'static>> {
    if !marks.iter().any(|&m| m) {
        return vec![span.clone()];
    }
    let mut pieces: Vec<(bool, String)> = Vec::new();
    for (k, c) in span.content.chars().enumerate() {
        let mark = marks.get(k).copied().unwrap_or(false);
        match pieces.last_mut() {
            Some((m, text)) if *m == mark => text.push(c),
            _ => pieces.push((mark, c.to_string())),
        }
    }
    pieces
        .into_iter()
        .map(|(mark, text)| {
            let shown = if mark {
                span.style.patch(style)
            } else {
                span.style
            };
            Span::styled(text, shown)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    fn marked_text(lines: &[Line]) -> String {
        let mut out = String::new();
        for line in lines {
            for span in &line.spans {
                let hit = span.style.add_modifier.contains(Modifier::REVERSED);
                for c in span.content.chars() {
                    out.push(if hit { c.to_ascii_uppercase() } else { c });
                }
            }
            out.push('|');
        }
        out
    }

    #[test]
    fn matched_words_are_restyled_even_across_a_line_break() {
        let lines = vec![
            Line::from(vec![Span::raw("said trump’s "), Span::raw("new")]),
            Line::raw("deal was off"),
        ];
        let style = Style::new().add_modifier(Modifier::REVERSED);
        let shown = highlight(lines.clone(), "Trump's", style);
        assert_eq!(marked_text(&shown), "said TRUMP’S new|deal was off|");
        let shown = highlight(lines, "new deal", style);
        assert_eq!(marked_text(&shown), "said trump’s NEW|DEAL was off|");
    }
}
