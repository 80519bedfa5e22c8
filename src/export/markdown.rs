//! Markdown reports that render cleanly in a code-hosting site's issue view.

use std::fmt::Write;

use crate::align::{AlignedRow, Alignment};
use crate::corpus::Article;
use crate::corpus::sanitize::for_display;
use crate::diff::{Change, change_runs};

/// The comparison of two articles as a Markdown table: one row per aligned
/// row, removed words struck through on the left, inserted words in bold on
/// the right, and the kind marker in the first column.
pub fn compare(left: &Article, right: &Article, alignment: &Alignment) -> String {
    let (ln, rn) = (side_name(left, "left"), side_name(right, "right"));
    let mut out = String::new();
    let s = &alignment.summary;
    let _ = writeln!(out, "## {} vs {}\n", escape(&ln), escape(&rn));
    for (name, article) in [(&ln, left), (&rn, right)] {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            escape(name),
            escape(&describe(article))
        );
    }
    let _ = writeln!(
        out,
        "\nShared: {:.0}% of {}, {:.0}% of {}. Rows: {} same, {} reworded, {} only in {}, {} only in {}.\n",
        s.left_shared * 100.0,
        escape(&ln),
        s.right_shared * 100.0,
        escape(&rn),
        s.same,
        s.reworded,
        s.left_only,
        escape(&ln),
        s.right_only,
        escape(&rn)
    );
    let _ = writeln!(out, "| | {} | {} |", escape(&ln), escape(&rn));
    let _ = writeln!(out, "|:-:|---|---|");
    let (lt, rt) = (left.sentence_texts(), right.sentence_texts());
    for row in &alignment.rows {
        let (l, r) = cells(row, &lt, &rt);
        let _ = writeln!(out, "| {} | {l} | {r} |", marker(row));
    }
    let _ = writeln!(
        out,
        "\n`=` same · `~` reworded · `<` only left · `>` only right · `↕` moved"
    );
    out
}

fn side_name(article: &Article, fallback: &str) -> String {
    article.outlet.clone().unwrap_or_else(|| {
        if article.id.is_empty() {
            fallback.to_string()
        } else {
            article.id.clone()
        }
    })
}

fn describe(article: &Article) -> String {
    let date = article
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    format!(
        "{} ({date})",
        article.title.as_deref().unwrap_or(&article.id)
    )
}

fn marker(row: &AlignedRow) -> String {
    let moved = if row.moved { "↕" } else { "" };
    format!("`{}`{moved}", row.kind.marker())
}

/// The two table cells of a row, with the word diff marked up.
fn cells(row: &AlignedRow, left: &[&str], right: &[&str]) -> (String, String) {
    let (lt, rt) = row.texts(left, right);
    if lt.is_empty() || rt.is_empty() {
        return (escape(&lt), escape(&rt));
    }
    let (l, r) = change_runs(&lt, &rt);
    let render = |runs: Vec<(String, Change)>| -> String {
        runs.iter()
            .map(|(text, change)| match change {
                Change::Kept => escape(text),
                Change::Removed => emphasize(text, "~~"),
                Change::Added => emphasize(text, "**"),
            })
            .collect()
    };
    (render(l), render(r))
}

/// Wraps the words of `text` in `mark`, keeping outer spaces outside so the
/// emphasis renders.
pub(crate) fn emphasize(text: &str, mark: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_string();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{mark}{}{mark}{trail}", escape(trimmed))
}

/// Escapes characters Markdown or a table would interpret, after writing
/// control and invisible format characters as visible escapes
/// ([`for_display`]): the report is often read in a terminal first.
pub fn escape(text: &str) -> String {
    let text = for_display(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markdown_and_table_syntax() {
        assert_eq!(escape("a|b *c* <x>"), "a\\|b \\*c\\* \\<x\\>");
    }

    #[test]
    fn escape_shows_controls_visibly() {
        assert_eq!(
            escape("a\u{1b}]0;x\u{7}\u{9b}\u{202e}\nb"),
            "a\\\\x1b\\]0;x\\\\x07\\\\u{9b}\\\\u{202e}\\\\nb"
        );
    }

    #[test]
    fn emphasis_keeps_spaces_outside_the_marks() {
        assert_eq!(
            emphasize(" raises questions ", "~~"),
            " ~~raises questions~~ "
        );
    }
}
