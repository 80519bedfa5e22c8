//! `storydiff compare` as text: rows side by side on wide terminals, stacked
//! otherwise. Markers (`=` `~` `<` `>` `↕`) carry the meaning without colour;
//! without colour, changed words are marked `[-deleted-]` and `{+inserted+}`.

use std::io::{self, Write};

use storydiff::align::{AlignedRow, Alignment};
use storydiff::corpus::Article;
use storydiff::diff::{Change, change_runs};
use storydiff::export::wrap::{self, split_words, wrap};

use super::layout::{wrap_parts, wrap_words};
use super::report::{Style, article_name, shown};

/// A word of output text with its emphasis.
pub type Word = wrap::Word<Change>;

/// Columns needed to show rows side by side.
pub const SIDE_BY_SIDE_MIN: usize = 120;

/// Prints the comparison; the summary and legend lines only with
/// `style.summaries` (not with `-q`).
pub fn print(
    out: &mut impl Write,
    (left, right): (&Article, &Article),
    alignment: &Alignment,
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let colour = style.colour;
    let names = (side_name(left), side_name(right));
    header(out, (left, right), &names, alignment, width, style)?;
    let (lt, rt) = (left.sentence_texts(), right.sentence_texts());
    let side_by_side = width >= SIDE_BY_SIDE_MIN;
    for row in &alignment.rows {
        let (lw, rw) = row_words(row, &lt, &rt, colour);
        writeln!(out)?;
        if side_by_side {
            side_by_side_row(out, row, &lw, &rw, width, colour)?;
        } else {
            stacked_row(out, row, &lw, &rw, width, colour)?;
        }
    }
    Ok(())
}

fn side_name(article: &Article) -> String {
    article_name(article).into_owned()
}

/// The two articles (marker, outlet in bold, date, title wrapped under
/// itself), then the summary and the legend, each fitted to `width` by
/// wrapping between its parts.
fn header(
    out: &mut impl Write,
    (left, right): (&Article, &Article),
    (ln, rn): &(String, String),
    alignment: &Alignment,
    width: usize,
    style: &Style,
) -> io::Result<()> {
    for (marker, name, article) in [("L", ln, left), ("R", rn, right)] {
        let date = article
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let lead = format!("{marker}  {} · {date} · ", shown(name));
        let title = article.title.as_deref().unwrap_or(&article.id);
        let mut lines = wrap_words(title, width, &lead, "   ").into_iter();
        if let Some(first) = lines.next() {
            // The outlet is bold; widths were measured without the styling.
            let first = first.replacen(&*shown(name), &style.bold(&shown(name)), 1);
            writeln!(out, "{first}")?;
        }
        for line in lines {
            writeln!(out, "{line}")?;
        }
    }
    if !style.summaries {
        return Ok(());
    }
    let summary = alignment.summary.describe(ln, rn);
    for line in wrap_parts(&summary, " · ", width, "", "  ") {
        writeln!(out, "{line}")?;
    }
    let mut legend = "= same  ~ reworded  < only left  > only right  ↕ moved".to_owned();
    if !style.colour {
        legend.push_str("  [-deleted-] {+inserted+}");
    }
    for line in wrap_parts(&legend, "  ", width, "", "") {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The words of each side; in linked rows, changed words are emphasized.
fn row_words(
    row: &AlignedRow,
    left: &[&str],
    right: &[&str],
    colour: bool,
) -> (Vec<Word>, Vec<Word>) {
    let (lt, rt) = row.texts(left, right);
    if lt.is_empty() || rt.is_empty() {
        return (plain_words(&lt), plain_words(&rt));
    }
    diff_words(&lt, &rt, colour)
}

/// Words of a text without emphasis, escaped (see [`shown`]).
pub fn plain_words(text: &str) -> Vec<Word> {
    split_words(&[(shown(text).into_owned(), Change::Kept)])
}

/// The words of two texts, escaped (see [`shown`]), with what only one of
/// them has emphasized.
pub fn diff_words(lt: &str, rt: &str, colour: bool) -> (Vec<Word>, Vec<Word>) {
    let (l, r) = change_runs(&shown(lt), &shown(rt));
    let marked = |runs: Vec<(String, Change)>| -> Vec<(String, Change)> {
        runs.into_iter()
            .map(|(text, change)| match change {
                Change::Kept => (text, change),
                _ => mark(text, change, colour),
            })
            .collect()
    };
    (split_words(&marked(l)), split_words(&marked(r)))
}

/// Without colour, a changed run is bracketed (`[-…-]`, `{+…+}`) around its
/// non-blank core so it reads in plain text; with colour it stays as it is.
fn mark(text: String, emphasis: Change, colour: bool) -> (String, Change) {
    let core = text.trim();
    if colour || core.is_empty() {
        return (text, emphasis);
    }
    let (open, close) = if emphasis == Change::Removed {
        ("[-", "-]")
    } else {
        ("{+", "+}")
    };
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    (format!("{lead}{open}{core}{close}{trail}"), Change::Kept)
}

/// Renders one line of words, with ANSI styles when colour is on, padded to `width`.
pub fn render(line: &[Word], width: usize, colour: bool) -> String {
    let mut out = String::new();
    let mut used = 0;
    for (k, word) in line.iter().enumerate() {
        if k > 0 {
            out.push(' ');
            used += 1;
        }
        used += word.width();
        for (text, emphasis) in &word.pieces {
            match (colour, emphasis) {
                (true, Change::Removed) => {
                    out.push_str(&format!("\u{1b}[1;4;38;5;208m{text}\u{1b}[0m"))
                }
                (true, Change::Added) => {
                    out.push_str(&format!("\u{1b}[1;4;38;5;33m{text}\u{1b}[0m"))
                }
                _ => out.push_str(text),
            }
        }
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

fn gutter(row: &AlignedRow) -> String {
    format!("{}{}", row.kind.marker(), if row.moved { '↕' } else { ' ' })
}

/// Human sentence numbers (1-based): `L3`, `R4-5`, or blanks for an empty side.
fn label(side: char, indices: &[usize]) -> String {
    match (indices.first(), indices.last()) {
        (Some(a), Some(b)) if a == b => format!("{side}{}", a + 1),
        (Some(a), Some(b)) => format!("{side}{}-{}", a + 1, b + 1),
        _ => String::new(),
    }
}

fn stacked_row(
    out: &mut impl Write,
    row: &AlignedRow,
    lw: &[Word],
    rw: &[Word],
    width: usize,
    colour: bool,
) -> io::Result<()> {
    const INDENT: usize = 9;
    let text_width = width.saturating_sub(INDENT).max(20);
    let mut first = true;
    for (side, indices, words) in [('L', &row.left, lw), ('R', &row.right, rw)] {
        if indices.is_empty() {
            continue;
        }
        for (k, line) in wrap(words, text_width).iter().enumerate() {
            let lead = match (first, k) {
                (true, 0) => format!("{} {:<6}", gutter(row), label(side, indices)),
                (false, 0) => format!("   {:<6}", label(side, indices)),
                _ => " ".repeat(INDENT),
            };
            writeln!(out, "{lead}{}", render(line, 0, colour))?;
        }
        first = false;
    }
    if !row.left.is_empty() && !row.right.is_empty() {
        writeln!(out, "         similarity {:.2}", row.similarity)?;
    }
    Ok(())
}

fn side_by_side_row(
    out: &mut impl Write,
    row: &AlignedRow,
    lw: &[Word],
    rw: &[Word],
    width: usize,
    colour: bool,
) -> io::Result<()> {
    let column = (width - 4) / 2;
    let left = wrap(lw, column);
    let right = wrap(rw, column);
    for k in 0..left.len().max(right.len()) {
        let l = left
            .get(k)
            .map_or_else(|| " ".repeat(column), |line| render(line, column, colour));
        let r = right
            .get(k)
            .map_or_else(String::new, |line| render(line, 0, colour));
        let mid = if k == 0 {
            gutter(row)
        } else {
            "  ".to_string()
        };
        writeln!(out, "{l} {mid} {r}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_changes_are_bracketed_without_moving_punctuation() {
        let runs = [
            mark("“".to_string(), Change::Removed, false),
            ("When we".to_string(), Change::Kept),
            mark(" said after ".to_string(), Change::Removed, false),
        ];
        let text = render(&split_words(&runs), 0, false);
        assert_eq!(text, "[-“-]When we [-said after-]");
    }

    #[test]
    fn with_colour_changes_are_styled_in_place() {
        let runs = [
            ("a".to_string(), Change::Kept),
            ("’s".to_string(), Change::Added),
        ];
        let text = render(&split_words(&runs), 0, true);
        assert_eq!(text, "a\u{1b}[1;4;38;5;33m’s\u{1b}[0m");
    }

    #[test]
    fn labels_are_one_based_ranges() {
        assert_eq!(label('R', &[3, 4]), "R4-5");
        assert_eq!(label('L', &[0]), "L1");
        assert_eq!(label('L', &[]), "");
    }
}
