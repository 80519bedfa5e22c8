//! `storydiff quotes` and `storydiff framing` as text.
//!
//! Quotes: per story, each statement with its speaker and flags, then every
//! version (outlet, kind, verb) with the words that differ from the first
//! version emphasized (`[-…-]` / `{+…+}` without colour). Framing: per story,
//! a table with one column per outlet.

use std::io::{self, Write};

use rayon::prelude::*;

use storydiff::align::AlignOptions;
use storydiff::collate::{Collation, Witnesses};
use storydiff::corpus::{Article, Corpus, LoadOptions};
use storydiff::export::json::{self, FramingReport, QuotesReport};
use storydiff::framing::{self, FramingTable, OutletFraming};
use storydiff::quotes::{self, QuoteKind, StoryQuotes};
use storydiff::stories::Story;

use super::compare::{diff_words, plain_words, render};
use unicode_width::UnicodeWidthStr;

use super::layout::{shorten, wrap_parts, wrap_words};
use super::report::{Style, shown};
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
    let (witnesses, statements): (Vec<Witnesses>, Vec<StoryQuotes>) =
        each_collation(&corpus, &found, |collation| {
            quotes::story_quotes(collation, &corpus.articles)
        });
    if args.json {
        let report = QuotesReport::new(&corpus, &found, &witnesses, &statements);
        json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let style = Style::new(colour).quiet(quiet);
        let width = args.width.columns();
        quotes(out, &corpus, &found, &witnesses, &statements, width, &style)?;
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
    let (witnesses, tables): (Vec<Witnesses>, Vec<Vec<OutletFraming>>) =
        each_collation(&corpus, &found, |collation| {
            frame(collation, &corpus.articles)
        });
    if args.json {
        let report = FramingReport::new(&corpus, &found, &witnesses, &tables);
        json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let style = Style::new(colour).quiet(quiet);
        framing(out, &found, &tables, args.width.columns(), &style)?;
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

/// Collates each story and reads it with `lens`, in parallel, keeping only
/// the lens's result and the collation's witnesses: each story's
/// alignments are dropped as soon as it is read, so a large corpus never
/// holds them all at once.
pub fn each_collation<T: Send>(
    corpus: &Corpus,
    stories: &[Story],
    lens: impl Fn(&Collation) -> T + Sync,
) -> (Vec<Witnesses>, Vec<T>) {
    stories
        .par_iter()
        .map(|story| {
            let members: Vec<usize> = story.articles().collect();
            let collation = Collation::new(&corpus.articles, &members, &AlignOptions::default());
            (collation.witnesses(), lens(&collation))
        })
        .unzip()
}

/// Indent of a version's text under its heading.
const TEXT_INDENT: usize = 8;

fn story_heading(
    out: &mut impl Write,
    story: &Story,
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let heading = format!("{}  {}", story.id, story.label);
    writeln!(out, "{}", style.bold(&shorten(&heading, width)))
}

/// A line of dim text after the results, wrapped; none with `-q`.
fn closing_note(out: &mut impl Write, text: &str, width: usize, style: &Style) -> io::Result<()> {
    if style.summaries {
        for line in wrap_words(text, width, "", "") {
            writeln!(out, "{}", style.dim(&line))?;
        }
    }
    Ok(())
}

/// Prints each story's statements.
pub fn quotes(
    out: &mut impl Write,
    corpus: &Corpus,
    stories: &[Story],
    witnesses: &[Witnesses],
    found: &[StoryQuotes],
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let text_width = width.saturating_sub(TEXT_INDENT).max(30);
    let mut statements = 0;
    for ((story, covered), story_quotes) in stories.iter().zip(witnesses).zip(found) {
        let members = covered.articles(&corpus.articles);
        story_heading(out, story, width, style)?;
        if story_quotes.statements.is_empty() {
            writeln!(out, "    {}", style.dim("no quotations"))?;
        }
        for (n, statement) in story_quotes.statements.iter().enumerate() {
            statements += 1;
            writeln!(out)?;
            statement_heading(out, n + 1, statement, width, style)?;
            let reference = &statement.versions[0];
            for (k, version) in statement.versions.iter().enumerate() {
                let article = members[version.article];
                let heading = format!(
                    "{} ({}) · {}",
                    article.display_name(),
                    article.id,
                    describe_version(version)
                );
                for line in wrap_parts(&heading, " · ", width, "    ", "      ") {
                    writeln!(out, "{line}")?;
                }
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
    let summary = format!(
        "{} statement(s) in {} stor{}; differences are marked against each statement's first version",
        statements,
        stories.len(),
        if stories.len() == 1 { "y" } else { "ies" }
    );
    closing_note(out, &summary, width, style)
}

/// `  [N] Speaker · flag · flag`, the flags wrapped under the speaker.
fn statement_heading(
    out: &mut impl Write,
    number: usize,
    statement: &quotes::Statement,
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let lead = format!("  [{number}] ");
    let speaker = statement.speaker.as_deref().unwrap_or("unattributed");
    let speaker = shorten(speaker, width - lead.len());
    write!(out, "{lead}{}", style.bold(&speaker))?;
    let mut used = lead.len() + speaker.width();
    for flag in &statement.flags {
        let flag = flag.describe();
        if used + 3 + flag.width() > width {
            write!(out, "\n{}", " ".repeat(lead.len()))?;
            used = lead.len();
            write!(out, "{}", style.warn(flag))?;
        } else {
            write!(out, " · {}", style.warn(flag))?;
            used += 3;
        }
        used += flag.width();
    }
    writeln!(out)
}

/// Least width of an outlet's column in the framing table.
const MIN_CELL: usize = 14;

/// Prints each story's per-outlet table ([`FramingTable`]): a label column,
/// then one column per outlet whose items wrap inside it. When the outlets
/// do not fit `width` side by side, the table is printed in blocks of as
/// many outlets as fit, one under the other.
pub fn framing(
    out: &mut impl Write,
    stories: &[Story],
    framing: &[Vec<OutletFraming>],
    width: usize,
    style: &Style,
) -> io::Result<()> {
    for (story, outlets) in stories.iter().zip(framing) {
        story_heading(out, story, width, style)?;
        let table = FramingTable::new(outlets, &[]);
        let label_width = table
            .rows
            .iter()
            .map(|r| row_label(r).width())
            .max()
            .unwrap_or(0)
            .clamp(8, 24)
            .min(width / 4);
        let room = width.saturating_sub(label_width + 2);
        let per_block = (room / (MIN_CELL + 2)).clamp(1, table.outlets.len().max(1));
        let cell_width = (room / per_block).saturating_sub(2);
        let blocks = table.outlets.len().div_ceil(per_block).max(1);
        for block in 0..blocks {
            let columns = block * per_block..((block + 1) * per_block).min(table.outlets.len());
            if block > 0 {
                writeln!(out)?;
            }
            let layout = (label_width, cell_width);
            framing_block(out, &table, columns, layout, style)?;
        }
        writeln!(out)?;
    }
    let legend = "Naming: variant ×count per referent · Distinctive terms: z-scored log-odds against the story's other outlets";
    closing_note(out, legend, width, style)
}

/// A framing row's label: headings flush, items indented.
fn row_label(row: &framing::FramingRow) -> String {
    if row.heading {
        row.label.clone()
    } else {
        format!("  {}", row.label)
    }
}

/// The framing table's rows for the outlets in `columns`, with
/// `(label_width, cell_width)`.
fn framing_block(
    out: &mut impl Write,
    table: &FramingTable,
    columns: std::ops::Range<usize>,
    (label_width, cell_width): (usize, usize),
    style: &Style,
) -> io::Result<()> {
    let mut header = format!("  {:label_width$}", "");
    for outlet in &table.outlets[columns.clone()] {
        header.push_str("  ");
        header.push_str(&pad(outlet, cell_width));
    }
    writeln!(out, "{}", style.bold(header.trim_end()))?;
    for row in &table.rows {
        let wrapped: Vec<Vec<String>> = row.cells[columns.clone()]
            .iter()
            .map(|items| pack_items(items, cell_width))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        for line in 0..height {
            let mut text = if line == 0 {
                format!("  {}", pad(&row_label(row), label_width))
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
    Ok(())
}

/// Lays items ("said ×4") out in lines of at most `width` columns, separated
/// by commas; an item is never broken across lines (one wider than a line
/// is shortened).
fn pack_items(items: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let item = shown(item);
        let item = if k + 1 < items.len() {
            format!("{item},")
        } else {
            item.into_owned()
        };
        match lines.last_mut() {
            Some(line) if line.width() + 1 + item.width() <= width => {
                line.push(' ');
                line.push_str(&item);
            }
            _ => lines.push(shorten_item(&item, width)),
        }
    }
    lines
}

/// An item too wide for its cell keeps its count or score (`×4`, `1.5`):
/// the words before it are shortened instead.
fn shorten_item(item: &str, width: usize) -> String {
    if item.width() <= width {
        return item.to_owned();
    }
    if let Some(item) = item.strip_suffix(',') {
        return format!("{},", shorten_item(item, width.saturating_sub(1)));
    }
    let counted = item
        .rsplit_once(' ')
        .filter(|(_, count)| count.starts_with('×') || count.parse::<f64>().is_ok());
    // A single word is kept whole rather than its count.
    let room = width.saturating_sub(item.rsplit(' ').next().map_or(0, |c| c.width() + 1));
    match counted {
        Some((words, count)) if room >= 3 && (words.contains(' ') || words.width() <= room) => {
            format!("{} {count}", shorten(words, room))
        }
        _ => shorten(item, width),
    }
}

/// Pads or cuts to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    super::layout::column(text, width)
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
        assert_eq!(
            pack_items(&["investigation 1.4".into(), "x".into()], 17),
            ["investigation…, x"]
        );
        let items = [
            "Central Intelligence Agency ×2".into(),
            "peace treaty 1.5".into(),
        ];
        assert_eq!(pack_items(&items, 16), ["Central… ×2,", "peace treaty 1.5"]);
    }
}
