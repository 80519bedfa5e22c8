//! `storydiff coverage`: which outlet carries which passage of each story.
//!
//! Text: per story, a matrix with one narrow column per witness (`P` the
//! row's reference, `=` same, `~` reworded, `·` absent, `↕` moved) beside
//! the reference text shortened to fit, then each witness's share of the
//! passages, the passages only one witness has, and a witness × witness
//! table of shared shares. Passage text is shortened at a word to fit; the
//! witness lines wrap.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use storydiff::align::{self, AlignOptions};
use storydiff::collate::Collation;
use storydiff::corpus::{Article, LoadOptions};
use storydiff::export::coverage::{
    self, CollatedStory, CoverageReport, column_label, glyph, witness_names,
};
use storydiff::stories::Story;

use super::layout::{shorten, wrap_words};
use super::report::{Style, fit, shown};

/// Arguments of `storydiff coverage`.
#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub grouping: super::grouping::GroupingArgs,

    /// Only this story (an id from `storydiff stories`, e.g. s2).
    #[arg(long, value_name = "ID")]
    pub story: Option<String>,

    /// Rows follow this article (an id or unambiguous id prefix) in its story
    /// (default: each story's most central article).
    #[arg(long, value_name = "ARTICLE")]
    pub pivot: Option<String>,

    /// Output format (csv covers one story: --story, else the largest).
    #[arg(long, value_enum, default_value_t = CoverageFormat::Text)]
    pub format: CoverageFormat,

    /// Print the JSON report (schema 1); the same as --format json.
    #[arg(long)]
    pub json: bool,

    /// Least similarity (0..1) for two passages to be linked.
    #[arg(long, value_name = "F", value_parser = super::parse_unit, default_value_t = align::DEFAULT_THRESHOLD)]
    pub threshold: f32,

    #[command(flatten)]
    pub width: super::WidthArg,
}

/// Output formats of `coverage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CoverageFormat {
    /// The matrix, shares and one-sided passages.
    Text,
    /// A legend and a table per story.
    Markdown,
    /// One story as CSV: a row per passage, a column per outlet.
    Csv,
    /// The JSON report (schema 1).
    Json,
}

/// Loads, groups, collates and prints.
pub fn run(
    out: &mut impl Write,
    args: &CoverageArgs,
    options: &LoadOptions,
    colour: bool,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, found) =
        super::load_stories(&args.paths, options, &args.grouping.options(), quiet);
    if corpus.articles.is_empty() {
        return Ok(2);
    }
    let format = if args.json {
        CoverageFormat::Json
    } else {
        args.format
    };
    let mut chosen: Vec<&Story> = match &args.story {
        Some(id) => match found.iter().find(|s| &s.id == id) {
            Some(story) => vec![story],
            None => {
                eprintln!(
                    "storydiff: no story \"{}\" (see `storydiff stories`)",
                    shown(id)
                );
                return Ok(2);
            }
        },
        None if format == CoverageFormat::Csv => found.iter().take(1).collect(),
        None => found.iter().collect(),
    };
    let pivot = match &args.pivot {
        Some(spec) => match super::pick::find_index(&corpus, spec) {
            Ok(index) => Some(index),
            Err(message) => {
                eprintln!("storydiff: --pivot \"{}\": {message}", shown(spec));
                return Ok(2);
            }
        },
        None => None,
    };
    if let Some(p) = pivot {
        if args.story.is_none() && format == CoverageFormat::Csv {
            chosen = found
                .iter()
                .filter(|s| s.articles().any(|a| a == p))
                .collect();
        }
        if !chosen.iter().any(|s| s.articles().any(|a| a == p)) {
            eprintln!("storydiff: --pivot: that article is not in the chosen story");
            return Ok(2);
        }
    }
    let align_options = AlignOptions {
        threshold: args.threshold,
    };
    let collations: Vec<Collation> = chosen
        .iter()
        .map(|story| {
            let members: Vec<usize> = story.articles().collect();
            let mut collation = Collation::new(&corpus.articles, &members, &align_options);
            if let Some(w) = pivot.and_then(|p| collation.position(p)) {
                collation.set_pivot(&corpus.articles, w);
            }
            collation
        })
        .collect();
    let collated: Vec<CollatedStory> = chosen
        .iter()
        .zip(&collations)
        .map(|(story, collation)| CollatedStory { story, collation })
        .collect();
    match format {
        CoverageFormat::Json => {
            storydiff::export::json::to_writer_pretty(
                &mut *out,
                &CoverageReport::new(&corpus, &collated),
            )?;
            writeln!(out)?;
        }
        CoverageFormat::Csv => {
            if let Some(story) = collated.first() {
                write!(out, "{}", coverage::csv(&corpus.articles, *story)?)?;
            }
        }
        CoverageFormat::Markdown => {
            write!(out, "{}", coverage::markdown(&corpus.articles, &collated))?
        }
        CoverageFormat::Text => {
            let width = args.width.columns();
            let style = Style::new(colour).quiet(quiet);
            for story in &collated {
                print_story(out, &corpus.articles, *story, width, &style)?;
            }
        }
    }
    Ok(super::exit_code(&corpus))
}

/// Columns before the text: indent, passage id, and the glyph columns.
fn glyph_columns(witnesses: usize) -> usize {
    let label = column_label(witnesses.saturating_sub(1)).len();
    witnesses * (label.max(2) + 1)
}

fn print_story(
    out: &mut impl Write,
    articles: &[Article],
    collated: CollatedStory,
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let CollatedStory { story, collation } = collated;
    let members = collation.articles(articles);
    let names = witness_names(&members);
    let table = &collation.table;
    let n = members.len();
    let id_width = table.passages.last().map_or(2, |p| p.id.len()).max(2);
    writeln!(
        out,
        "{}",
        style.bold(&shorten(&format!("{}  {}", story.id, story.label), width))
    )?;
    let label_width = column_label(n.saturating_sub(1)).len().max(2);
    let glyphs_width = glyph_columns(n);
    let text_width = width
        .saturating_sub(4 + id_width + 1 + glyphs_width)
        .max(10);
    let mut header = format!("    {:id_width$} ", "");
    for k in 0..n {
        header.push_str(&format!("{:label_width$} ", column_label(k)));
    }
    header.push_str(if n > 1 {
        "text (the pivot's, or [X] the outlet's)"
    } else {
        "text"
    });
    writeln!(out, "{}", style.dim(&shorten(&header, width)))?;
    for passage in &table.passages {
        let mut line = format!("    {:id_width$} ", passage.id);
        for cell in &passage.cells {
            line.push_str(&fit(&glyph(cell), label_width));
            line.push(' ');
        }
        let from = if passage.reference == table.pivot {
            String::new()
        } else {
            format!("[{}] ", column_label(passage.reference))
        };
        let text = format!("{from}{}", passage.cells[passage.reference].text);
        line.push_str(&shorten(&text, text_width));
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    let coverage = table.coverage(n);
    for (k, name) in names.iter().enumerate() {
        let pivot = if k == table.pivot { " · pivot" } else { "" };
        let only = table
            .one_sided()
            .filter(|p| p.cells[k].relation.carries())
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>();
        let only = if only.is_empty() || n < 2 {
            String::new()
        } else {
            format!(" · {} only here: {}", only.len(), only.join(" "))
        };
        let line = format!(
            "  {} {} ({}) {:.0}% of passages{pivot}{only}",
            column_label(k),
            name,
            members[k].id,
            coverage[k] * 100.0
        );
        for line in wrap_words(&line, width, "", "      ") {
            writeln!(out, "{line}")?;
        }
    }
    if n > 1 {
        shares_table(out, collation, n, width, style)?;
    }
    if style.summaries {
        for legend in [
            "  P the row's reference: the pivot, or [X] the outlet whose text is shown",
            "  = same · ~ reworded · · absent · ↕ moved · shares: row's words shared with column",
        ] {
            writeln!(out, "{}", style.dim(&shorten(legend, width)))?;
        }
    }
    writeln!(out)
}

/// Witness × witness: the share of the row witness's words it shares with
/// the column witness.
fn shares_table(
    out: &mut impl Write,
    collation: &Collation,
    n: usize,
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let cell = 5;
    let mut share = vec![vec![None; n]; n];
    for ((a, b), alignment) in collation.pairs() {
        share[a][b] = Some(alignment.summary.left_shared);
        share[b][a] = Some(alignment.summary.right_shared);
    }
    // Columns that fit; the rest are left out (the JSON has every pair).
    let label_width = column_label(n - 1).len().max(2);
    let fits = (width.saturating_sub(4 + label_width) / cell).clamp(1, n);
    let mut header = format!("  {:label_width$}  ", "");
    for k in 0..fits {
        header.push_str(&format!("{:>cell$}", column_label(k)));
    }
    writeln!(out)?;
    writeln!(out, "{}", style.dim(header.trim_end()))?;
    for (a, row) in share.iter().enumerate() {
        let mut line = format!("  {:label_width$}  ", column_label(a));
        for value in row.iter().take(fits) {
            let text = value.map_or_else(|| "–".to_owned(), |v| format!("{:.0}%", v * 100.0));
            line.push_str(&format!("{text:>cell$}"));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
