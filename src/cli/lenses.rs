//! `storydiff quotes` and `storydiff framing` as text.
//!
//! Quotes: per story, each statement with its speaker and flags, then every
//! version (outlet, kind, verb) with the words that differ from the first
//! version emphasized (`[-…-]` / `{+…+}` without colour). Framing: per story,
//! a table with one column per outlet.

use std::io::{self, Write};

use rayon::prelude::*;

use storydiff::align::AlignOptions;
use storydiff::collate::Collation;
use storydiff::corpus::{Article, Corpus, LoadOptions};
use storydiff::export::json::{self, FramingReport, QuotesReport};
use storydiff::framing::{self, FramingTable, OutletFraming};
use storydiff::quotes::{self, QuoteKind, StoryQuotes};
use storydiff::stories::Story;

use super::compare::{diff_words, plain_words, render};
use super::report::{Style, article_name, shown};
use storydiff::export::handout::describe_version;
use storydiff::export::wrap::wrap;

/// The story `id` alone (all stories without one); `None`, with a message,
/// when there is no such story.
fn only_story(found: Vec<Story>, id: Option<&str>) -> Option<Vec<Story>> {
    let Some(id) = id else {
        return Some(found);
    };
    let chosen: Vec<Story> = found.into_iter().filter(|s| s.id == id).collect();
    if chosen.is_empty() {
        eprintln!(
            "storydiff: no story \"{}\" (see `storydiff stories`)",
            shown(id)
        );
        return None;
    }
    Some(chosen)
}

/// `storydiff quotes`: loads, groups, matches and prints.
pub fn run_quotes(
    out: &mut impl Write,
    args: &super::LensArgs,
    options: &LoadOptions,
    colour: bool,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, found) =
        super::load_stories(&args.paths, options, &args.grouping.options(), quiet);
    let Some(found) = only_story(found, args.story.as_deref()) else {
        return Ok(2);
    };
    let collations = collate_stories(&corpus, &found, &AlignOptions::default());
    let statements: Vec<StoryQuotes> = collations
        .par_iter()
        .map(|collation| quotes::story_quotes(collation, &corpus.articles))
        .collect();
    if args.json {
        let report = QuotesReport::new(&corpus, &found, &collations, &statements);
        json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let style = Style::new(colour);
        quotes(
            out,
            &corpus,
            &found,
            &collations,
            &statements,
            super::terminal_width(),
            &style,
        )?;
    }
    Ok(super::exit_code(&corpus))
}

/// `storydiff framing`: loads, groups, frames and prints.
pub fn run_framing(
    out: &mut impl Write,
    args: &super::LensArgs,
    options: &LoadOptions,
    colour: bool,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, found) =
        super::load_stories(&args.paths, options, &args.grouping.options(), quiet);
    let Some(found) = only_story(found, args.story.as_deref()) else {
        return Ok(2);
    };
    let collations = collate_stories(&corpus, &found, &AlignOptions::default());
    let tables: Vec<Vec<OutletFraming>> = collations
        .par_iter()
        .map(|collation| frame(collation, &corpus.articles))
        .collect();
    if args.json {
        let report = FramingReport::new(&corpus, &found, &collations, &tables);
        json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let style = Style::new(colour);
        framing(out, &found, &tables, super::terminal_width(), &style)?;
    }
    Ok(super::exit_code(&corpus))
}

/// A collated story's framing, outlet by outlet, with each outlet's
/// scare-quote count.
pub fn frame(collation: &Collation, articles: &[Article]) -> Vec<OutletFraming> {
    let scare: Vec<usize> = collation
        .articles(articles)
        .iter()
        .map(|article| {
            let found = quotes::find_quotes(article);
            found.iter().filter(|q| q.kind == QuoteKind::Scare).count()
        })
        .collect();
    framing::frame_story(collation, articles, &scare, super::DISTINCTIVE_TERMS)
}

/// Collates every story (each pair of its articles aligned once), in parallel.
pub fn collate_stories(
    corpus: &Corpus,
    stories: &[Story],
    options: &AlignOptions,
) -> Vec<Collation> {
    stories
        .par_iter()
        .map(|story| {
            let members: Vec<usize> = story.articles().collect();
            Collation::new(&corpus.articles, &members, options)
        })
        .collect()
}

/// Indent of a version's text under its heading.
const TEXT_INDENT: usize = 8;

fn story_heading(out: &mut impl Write, story: &Story, style: &Style) -> io::Result<()> {
    writeln!(
        out,
        "{}  {}",
        style.bold(&shown(&story.id)),
        style.bold(&shown(&story.label))
    )
}

/// Prints each story's statements.
pub fn quotes(
    out: &mut impl Write,
    corpus: &Corpus,
    stories: &[Story],
    collations: &[Collation],
    found: &[StoryQuotes],
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let text_width = width.saturating_sub(TEXT_INDENT).max(30);
    let mut statements = 0;
    for ((story, collation), story_quotes) in stories.iter().zip(collations).zip(found) {
        let members = collation.articles(&corpus.articles);
        story_heading(out, story, style)?;
        if story_quotes.statements.is_empty() {
            writeln!(out, "    {}", style.dim("no quotations"))?;
        }
        for (n, statement) in story_quotes.statements.iter().enumerate() {
            statements += 1;
            let speaker = shown(statement.speaker.as_deref().unwrap_or("unattributed"));
            let flags: Vec<&str> = statement.flags.iter().map(|f| f.describe()).collect();
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!(" · {}", style.warn(&flags.join(" · ")))
            };
            writeln!(out)?;
            writeln!(out, "  [{}] {}{flags}", n + 1, style.bold(&speaker))?;
            let reference = &statement.versions[0];
            for (k, version) in statement.versions.iter().enumerate() {
                let article = members[version.article];
                writeln!(
                    out,
                    "    {} ({}) · {}",
                    article_name(article),
                    shown(&article.id),
                    shown(&describe_version(version))
                )?;
                let words = match (k, statement.versions.get(1)) {
                    (0, Some(other)) => diff_words(&reference.text, &other.text, style.colour).0,
                    (0, None) => plain_words(&reference.text),
                    _ => diff_words(&reference.text, &version.text, style.colour).1,
                };
                for line in wrap(&words, text_width) {
                    writeln!(
                        out,
                        "{}{}",
                        " ".repeat(TEXT_INDENT),
                        render(&line, 0, style.colour)
                    )?;
                }
            }
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} statement(s) in {} stor{}; differences are marked against each statement's first version",
        statements,
        stories.len(),
        if stories.len() == 1 { "y" } else { "ies" }
    )
}

/// Prints each story's per-outlet table ([`FramingTable`]): a label column,
/// then one column per outlet whose items wrap inside it.
pub fn framing(
    out: &mut impl Write,
    stories: &[Story],
    framing: &[Vec<OutletFraming>],
    width: usize,
    style: &Style,
) -> io::Result<()> {
    for (story, outlets) in stories.iter().zip(framing) {
        story_heading(out, story, style)?;
        let table = FramingTable::new(outlets, &[]);
        let label = |row: &framing::FramingRow| {
            if row.heading {
                row.label.clone()
            } else {
                format!("  {}", row.label)
            }
        };
        let label_width = table
            .rows
            .iter()
            .map(|r| label(r).chars().count())
            .max()
            .unwrap_or(0)
            .clamp(8, 24);
        let columns = table.outlets.len().max(1);
        let cell_width = (width.saturating_sub(label_width + 4) / columns).max(16) - 2;
        let mut header = format!("  {:label_width$}", "");
        for outlet in &table.outlets {
            header.push_str("  ");
            header.push_str(&pad(outlet, cell_width));
        }
        writeln!(out, "{}", style.bold(header.trim_end()))?;
        for row in &table.rows {
            let wrapped: Vec<Vec<String>> = row
                .cells
                .iter()
                .map(|items| pack_items(items, cell_width))
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            for line in 0..height {
                let mut text = if line == 0 {
                    format!("  {}", pad(&label(row), label_width))
                } else {
                    format!("  {:label_width$}", "")
                };
                for cell in &wrapped {
                    text.push_str("  ");
                    text.push_str(&pad(cell.get(line).map_or("", String::as_str), cell_width));
                }
                writeln!(out, "{}", text.trim_end())?;
            }
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{}",
        style.dim(
            "Naming: variant ×count per referent · Distinctive terms: z-scored log-odds against the story's other outlets"
        )
    )
}

/// Lays items ("said ×4") out in lines of at most `width` columns, separated
/// by commas; an item is never broken across lines (one wider than a line
/// is shortened).
fn pack_items(items: &[String], width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines: Vec<String> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let item = if k + 1 < items.len() {
            format!("{item},")
        } else {
            item.clone()
        };
        match lines.last_mut() {
            Some(line) if line.width() + 1 + item.width() <= width => {
                line.push(' ');
                line.push_str(&item);
            }
            _ => lines.push(pad(&item, width).trim_end().to_owned()),
        }
    }
    lines
}

/// Pads or cuts to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    super::report::fit(text, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_packed_whole_with_commas() {
        let items: Vec<String> = ["said ×4", "accused ×1", "maintained ×1"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            pack_items(&items, 22),
            ["said ×4, accused ×1,", "maintained ×1"]
        );
        assert_eq!(pack_items(&["a-very-long-item ×1".into()], 8), ["a-very-…"]);
    }
}
