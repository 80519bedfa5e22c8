//! Human-readable text output of the commands, and the printing helpers
//! every command's printer shares.
//!
//! Everything printed that comes from outside (article metadata, file names,
//! paths, ids, messages quoting them, config text) goes through [`shown`] (or
//! [`fit`], [`article_name`] and [`diagnostic`], which use it): unsafe
//! characters become visible escapes, see `storydiff::corpus::sanitize`.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use storydiff::corpus::sanitize::for_display;
use storydiff::corpus::{Article, Corpus};

use super::layout::{column, shorten};

/// Untrusted text (a name, id, path, message) made safe to print on one line.
pub fn shown(text: &str) -> Cow<'_, str> {
    for_display(text)
}

/// How an article is named in output: its outlet, else its id; safe to print.
pub fn article_name(article: &Article) -> Cow<'_, str> {
    shown(article.display_name())
}

/// One diagnostic line on `err`: `storydiff: WHAT SUBJECT: MESSAGE`, with the
/// subject (a path) and the message escaped so a file name cannot forge a
/// line or drive the terminal.
pub fn diagnostic(
    err: &mut impl Write,
    what: &str,
    subject: &str,
    message: &str,
) -> io::Result<()> {
    writeln!(
        err,
        "storydiff: {what} {}: {}",
        shown(subject),
        shown(message)
    )
}

/// A whole line of untrusted text (a config warning) on `err`, escaped.
pub fn warning(err: &mut impl Write, line: &str) -> io::Result<()> {
    writeln!(err, "{}", shown(line))
}

/// Text styling for stdout: ANSI bold/dim when colour is on, nothing
/// otherwise; and whether summaries and notes are printed (not with `-q`).
pub struct Style {
    /// Whether escape codes are emitted.
    pub colour: bool,
    /// Whether summary and legend lines are printed after the results.
    pub summaries: bool,
}

impl Style {
    /// A style that emits escape codes only when `enabled`, with summaries.
    pub fn new(enabled: bool) -> Self {
        Self {
            colour: enabled,
            summaries: true,
        }
    }

    /// The same style, without summaries when `quiet`.
    pub fn quiet(self, quiet: bool) -> Self {
        Self {
            summaries: !quiet,
            ..self
        }
    }

    fn wrap(&self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }

    pub fn warn(&self, text: &str) -> String {
        self.wrap("33", text)
    }
}

/// Pads or cuts `text` to exactly `width` terminal columns, escaped first
/// (see [`shown`]).
pub fn fit(text: &str, width: usize) -> String {
    let text = shown(text);
    if text.width() <= width {
        return format!("{text}{}", " ".repeat(width - text.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    used += 1;
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

pub fn or_dash(value: Option<&str>) -> &str {
    value.unwrap_or("–")
}

/// `storydiff articles`: one line per article (the title on a line of its
/// own when `width` leaves it too little room), then the errors.
pub fn articles(
    out: &mut impl Write,
    corpus: &Corpus,
    style: &Style,
    width: usize,
) -> io::Result<()> {
    let columns = ArticleColumns::new(corpus, width);
    let header = columns.line("ID", "OUTLET", "DATE", "SENT.", "REMOVED");
    writeln!(out, "{}", style.bold(&columns.with_title(header, "TITLE")))?;
    for article in &corpus.articles {
        let date = article.date.map(|d| d.to_string());
        let line = columns.line(
            &article.id,
            or_dash(article.outlet.as_deref()),
            or_dash(date.as_deref()),
            &article.sentence_count().to_string(),
            &article.removed.len().to_string(),
        );
        let title = or_dash(article.title.as_deref());
        writeln!(out, "{}", columns.with_title(line, title))?;
    }
    if !style.summaries {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} article(s) loaded, {} error(s)",
        corpus.articles.len(),
        corpus.errors.len()
    )?;
    for error in &corpus.errors {
        let line = format!("{}: {}", error.path, error.message);
        let line = shorten(&line, width.saturating_sub(10));
        writeln!(out, "  {} {line}", style.warn("skipped"))?;
    }
    Ok(())
}

/// The columns of `articles` at a width: the title gets what is left, or a
/// line of its own (indented) when that is under [`ArticleColumns::MIN_TITLE`].
struct ArticleColumns {
    id: usize,
    outlet: usize,
    title: Option<usize>,
    width: usize,
}

impl ArticleColumns {
    const MIN_TITLE: usize = 24;

    fn new(corpus: &Corpus, width: usize) -> Self {
        let longest = corpus.articles.iter().map(|a| shown(&a.id).width()).max();
        let outlet = outlet_width(corpus.articles.iter());
        let others = outlet + 10 + 5 + 7 + 2 * 4;
        let id = longest.unwrap_or(2).clamp(2, 28);
        let id = id.min(width.saturating_sub(others).max(8));
        let fixed = id + others + 2;
        let title = Some(width.saturating_sub(fixed)).filter(|&w| w >= Self::MIN_TITLE);
        Self {
            id,
            outlet,
            title,
            width,
        }
    }

    fn line(&self, id: &str, outlet: &str, date: &str, sentences: &str, removed: &str) -> String {
        format!(
            "{}  {}  {}  {:>5}  {:>7}",
            column(id, self.id),
            column(outlet, self.outlet),
            fit(date, 10),
            sentences,
            removed
        )
    }

    fn with_title(&self, line: String, title: &str) -> String {
        match self.title {
            Some(width) => format!("{line}  {}", shorten(title, width)),
            None => format!("{line}\n    {}", shorten(title, self.width - 4)),
        }
    }
}

/// `storydiff` with no command (until the TUI lands): a one-screen summary.
pub fn summary(out: &mut impl Write, corpus: &Corpus, style: &Style) -> io::Result<()> {
    let outlets: BTreeSet<Cow<str>> = corpus
        .articles
        .iter()
        .filter_map(|a| a.outlet.as_deref().map(shown))
        .collect();
    let dates: Vec<_> = corpus.articles.iter().filter_map(|a| a.date).collect();
    let sentences: usize = corpus.articles.iter().map(Article::sentence_count).sum();
    let words: usize = corpus.articles.iter().map(Article::word_count).sum();
    let removed: usize = corpus.articles.iter().map(|a| a.removed.len()).sum();
    writeln!(out, "{}", style.bold("storydiff corpus summary"))?;
    writeln!(
        out,
        "  articles   {} ({} error(s))",
        corpus.articles.len(),
        corpus.errors.len()
    )?;
    writeln!(
        out,
        "  outlets    {}",
        outlets.into_iter().collect::<Vec<_>>().join(", ")
    )?;
    if let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) {
        writeln!(out, "  dates      {first} to {last}")?;
    }
    writeln!(out, "  text       {sentences} sentences, {words} words")?;
    writeln!(out, "  cleaning   {removed} boilerplate passage(s) removed")?;
    writeln!(out)?;
    for article in corpus.articles.iter().take(12) {
        writeln!(
            out,
            "  {}  {}",
            fit(or_dash(article.outlet.as_deref()), 16),
            fit(or_dash(article.title.as_deref()), 58).trim_end()
        )?;
    }
    if corpus.articles.len() > 12 {
        writeln!(out, "  … and {} more", corpus.articles.len() - 12)?;
    }
    if !style.summaries {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        style.dim("Run `storydiff articles` for the full list, or `--help` for commands.")
    )
}

/// The outlet column's width: the longest outlet's, from 6 to 16 columns.
pub(super) fn outlet_width<'a>(articles: impl Iterator<Item = &'a Article>) -> usize {
    let longest = articles.filter_map(|a| a.outlet.as_deref().map(|o| shown(o).width()));
    longest.max().unwrap_or(1).clamp(6, 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_truncates_by_display_width() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        // Wide characters count two columns.
        assert_eq!(fit("日本語です", 5).width(), 5);
    }

    #[test]
    fn fit_escapes_before_measuring() {
        assert_eq!(fit("a\u{1b}]0;x\u{7}", 14), "a\\x1b]0;x\\x07 ");
        assert_eq!(fit("ab\u{202e}cdef", 6), "ab\\u{…");
    }

    #[test]
    fn diagnostics_cannot_forge_a_second_line() {
        let mut err = Vec::new();
        diagnostic(&mut err, "note", "a\nstorydiff: note b.txt", "x\u{1b}c").unwrap();
        let text = String::from_utf8(err).unwrap();
        assert_eq!(text, "storydiff: note a\\nstorydiff: note b.txt: x\\x1bc\n");
    }

    #[test]
    fn style_off_emits_no_escapes() {
        assert_eq!(Style::new(false).bold("x"), "x");
        assert_eq!(Style::new(true).bold("x"), "\u{1b}[1mx\u{1b}[0m");
    }
}
