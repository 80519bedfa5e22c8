//! Human-readable text output of the commands.

use std::collections::BTreeSet;
use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use storydiff::corpus::{Article, Corpus};
use storydiff::stories::Story;

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

/// Pads or cuts `text` to exactly `width` terminal columns.
pub fn fit(text: &str, width: usize) -> String {
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
        .map(|a| a.id.width())
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
            error.path,
            error.message
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
    let outlets: BTreeSet<&str> = corpus
        .articles
        .iter()
        .filter_map(|a| a.outlet.as_deref())
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

/// `storydiff stories`: each story with its outlets and dates, then every
/// article with the terms it shares with the rest of the story.
pub fn stories(
    out: &mut impl Write,
    corpus: &Corpus,
    stories: &[Story],
    style: &Style,
) -> io::Result<()> {
    for story in stories {
        let members: Vec<&Article> = story.articles().map(|i| &corpus.articles[i]).collect();
        let outlets: BTreeSet<&str> = members.iter().filter_map(|a| a.outlet.as_deref()).collect();
        let dates: Vec<_> = members.iter().filter_map(|a| a.date).collect();
        let span = match (dates.iter().min(), dates.iter().max()) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a} to {b}"),
            _ => "undated".to_string(),
        };
        writeln!(
            out,
            "{}  {}",
            style.bold(&story.id),
            style.bold(&story.label)
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
                    style.dim(&format!("shared: {}", member.shared_terms.join(", ")))
                )?;
            }
        }
        writeln!(out)?;
    }
    let grouped = stories.iter().filter(|s| s.members.len() > 1).count();
    writeln!(
        out,
        "{} article(s) in {} stor{} ({} with more than one article), {} error(s)",
        corpus.articles.len(),
        stories.len(),
        if stories.len() == 1 { "y" } else { "ies" },
        grouped,
        corpus.errors.len()
    )
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
    fn style_off_emits_no_escapes() {
        assert_eq!(Style::new(false).bold("x"), "x");
        assert_eq!(Style::new(true).bold("x"), "\u{1b}[1mx\u{1b}[0m");
    }
}
