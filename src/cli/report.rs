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
use storydiff::stories::{Grouping, Story, Thread};

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

/// Text styling for stdout: ANSI bold/dim when colour is on, nothing otherwise.
pub struct Style {
    /// Whether escape codes are emitted.
    pub colour: bool,
}

impl Style {
    /// A style that emits escape codes only when `enabled`.
    pub fn new(enabled: bool) -> Self {
        Self { colour: enabled }
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

fn or_dash(value: Option<&str>) -> &str {
    value.unwrap_or("–")
}

/// `storydiff articles`: one line per article, then the errors.
pub fn articles(out: &mut impl Write, corpus: &Corpus, style: &Style) -> io::Result<()> {
    let id_width = corpus
        .articles
        .iter()
        .map(|a| shown(&a.id).width())
        .max()
        .unwrap_or(2)
        .clamp(2, 28);
    let header = format!(
        "{}  {}  {}  {:>5}  {:>7}  TITLE",
        fit("ID", id_width),
        fit("OUTLET", 16),
        fit("DATE", 10),
        "SENT.",
        "REMOVED"
    );
    writeln!(out, "{}", style.bold(&header))?;
    for article in &corpus.articles {
        article_line(out, article, id_width)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} article(s) loaded, {} error(s)",
        corpus.articles.len(),
        corpus.errors.len()
    )?;
    for error in &corpus.errors {
        writeln!(
            out,
            "  {} {}: {}",
            style.warn("skipped"),
            shown(&error.path),
            shown(&error.message)
        )?;
    }
    Ok(())
}

fn article_line(out: &mut impl Write, article: &Article, id_width: usize) -> io::Result<()> {
    let date = article.date.map(|d| d.to_string());
    writeln!(
        out,
        "{}  {}  {}  {:>5}  {:>7}  {}",
        fit(&article.id, id_width),
        fit(or_dash(article.outlet.as_deref()), 16),
        fit(or_dash(date.as_deref()), 10),
        article.sentence_count(),
        article.removed.len(),
        fit(or_dash(article.title.as_deref()), 60).trim_end()
    )
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
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        style.dim("Run `storydiff articles` for the full list, or `--help` for commands.")
    )
}

/// `storydiff stories`: thread by thread, a date line, then each story
/// with its outlets and dates and every article with the terms it shares
/// with the rest of the story.
pub fn stories(
    out: &mut impl Write,
    corpus: &Corpus,
    grouping: &Grouping,
    style: &Style,
) -> io::Result<()> {
    let stories = &grouping.stories;
    for thread in &grouping.threads {
        thread_header(out, thread, stories, style)?;
        for &s in &thread.stories {
            story_block(out, corpus, &stories[s], style)?;
        }
    }
    let grouped = stories.iter().filter(|s| s.members.len() > 1).count();
    writeln!(
        out,
        "{} article(s) in {} stor{} ({} with more than one article) in {} thread(s), {} error(s)",
        corpus.articles.len(),
        stories.len(),
        if stories.len() == 1 { "y" } else { "ies" },
        grouped,
        grouping.threads.len(),
        corpus.errors.len()
    )
}

/// A thread's id, label and date line.
fn thread_header(
    out: &mut impl Write,
    thread: &Thread,
    stories: &[Story],
    style: &Style,
) -> io::Result<()> {
    let span = match (thread.first, thread.last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "undated".to_string(),
    };
    let ids: Vec<&str> = thread
        .stories
        .iter()
        .map(|&s| stories[s].id.as_str())
        .collect();
    writeln!(
        out,
        "{}  {}",
        style.bold(&shown(&thread.id)),
        style.bold(&shown(&thread.label))
    )?;
    writeln!(
        out,
        "  {span} · {} stor{}: {}",
        ids.len(),
        if ids.len() == 1 { "y" } else { "ies" },
        ids.join(", ")
    )?;
    writeln!(out)
}

/// One story: its id and label, outlets and dates, and its articles.
fn story_block(
    out: &mut impl Write,
    corpus: &Corpus,
    story: &Story,
    style: &Style,
) -> io::Result<()> {
    let members: Vec<&Article> = story.articles().map(|i| &corpus.articles[i]).collect();
    let outlets: BTreeSet<Cow<str>> = members
        .iter()
        .filter_map(|a| a.outlet.as_deref().map(shown))
        .collect();
    let dates: Vec<_> = members.iter().filter_map(|a| a.date).collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "undated".to_string(),
    };
    writeln!(
        out,
        "{}  {}",
        style.bold(&shown(&story.id)),
        style.bold(&shown(&story.label))
    )?;
    let outlet_list = if outlets.is_empty() {
        "outlets unknown".to_string()
    } else {
        outlets.into_iter().collect::<Vec<_>>().join(", ")
    };
    writeln!(
        out,
        "    {} article(s) · {outlet_list} · {span} · cohesion {:.2}",
        members.len(),
        story.cohesion
    )?;
    for (member, article) in story.members.iter().zip(&members) {
        let date = article.date.map(|d| d.to_string());
        writeln!(
            out,
            "    - {}  {}  {}  {}",
            fit(or_dash(article.outlet.as_deref()), 16),
            fit(or_dash(date.as_deref()), 10),
            fit(&article.id, 20),
            fit(or_dash(article.title.as_deref()), 50).trim_end()
        )?;
        if members.len() > 1 && !member.shared_terms.is_empty() {
            writeln!(
                out,
                "      {}",
                style.dim(&shown(&format!(
                    "shared: {}",
                    member.shared_terms.join(", ")
                )))
            )?;
        }
    }
    writeln!(out)?;
    Ok(())
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
