//! `storydiff export`: one story as a handout (HTML, Markdown) or for other
//! tools (CollateX, TEI, passim). Loads, groups, collates, gathers and writes;
//! the layouts live in `storydiff::export`.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use jiff::civil::Date;

use storydiff::align::{self, AlignOptions};
use storydiff::collate::Collation;
use storydiff::corpus::{Corpus, LoadOptions};
use storydiff::export::collatex::AlignmentTable;
use storydiff::export::handout::{Handout, HandoutNote, HandoutParts};
use storydiff::export::passim::PassimRecord;
use storydiff::export::{handout_markdown, html, json, notes::location, tei};
use storydiff::notes::{self, Store};
use storydiff::quotes;
use storydiff::stories::Story;

use super::report::shown;

/// Arguments of `storydiff export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub grouping: super::grouping::GroupingArgs,

    /// The story (an id from `storydiff stories`; default: the largest, s1).
    #[arg(long, value_name = "ID")]
    pub story: Option<String>,

    /// The pair shown side by side: two article ids or unambiguous id
    /// prefixes (default: the two articles that share the most text).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub pair: Option<Vec<String>>,

    /// What to write.
    #[arg(long, value_enum, default_value_t = ExportFormat::Html)]
    pub format: ExportFormat,

    /// Write to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Least similarity (0..1) for two passages to be linked.
    #[arg(long, value_name = "F", value_parser = super::parse_unit, default_value_t = align::DEFAULT_THRESHOLD)]
    pub threshold: f32,
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A self-contained HTML handout (prints on A4 and Letter).
    Html,
    /// The handout as GitHub-flavoured Markdown.
    Markdown,
    /// The story as a CollateX alignment table (JSON).
    Collatex,
    /// The story as TEI P5 XML (parallel segmentation).
    Tei,
    /// The whole corpus as passim input (JSON Lines; --story is ignored).
    Passim,
}

/// Runs `storydiff export`; `review` is the review file whose notes are
/// included when it exists.
pub fn run(
    out: &mut impl Write,
    args: &ExportArgs,
    review: Option<PathBuf>,
    options: &LoadOptions,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, found) =
        super::load_stories(&args.paths, options, &args.grouping.options(), quiet);
    if corpus.articles.is_empty() {
        return Ok(2);
    }
    let Some(s) = pick_story(&found, args.story.as_deref()) else {
        return Ok(2);
    };
    let story = &found[s];
    let members: Vec<usize> = story.articles().collect();
    let align_options = AlignOptions {
        threshold: args.threshold,
    };
    let collation = Collation::new(&corpus.articles, &members, &align_options);
    let pair = match &args.pair {
        Some(specs) => match pick_pair(&corpus, &collation, specs) {
            Ok(pair) => Some(pair),
            Err(message) => {
                eprintln!("storydiff: --pair: {message}");
                return Ok(2);
            }
        },
        None => None,
    };
    let mut bytes = Vec::new();
    match args.format {
        ExportFormat::Html | ExportFormat::Markdown => {
            let statements = quotes::story_quotes(&collation, &corpus.articles);
            let framing = super::lenses::frame(&collation, &corpus.articles);
            let parts = HandoutParts {
                pair,
                quotes: &statements,
                framing: &framing,
                notes: story_notes(review.as_deref(), &corpus, &found, s),
                made: today(),
            };
            let handout = Handout::new(&corpus.articles, story, &collation, parts);
            bytes = match args.format {
                ExportFormat::Html => html::handout(&handout),
                _ => handout_markdown::handout(&handout),
            }
            .into_bytes();
        }
        ExportFormat::Collatex => {
            json::to_writer_pretty(
                &mut bytes,
                &AlignmentTable::new(&corpus.articles, &collation),
            )?;
            bytes.push(b'\n');
        }
        ExportFormat::Tei => {
            bytes = tei::tei(&corpus.articles, story, &collation, today()).into_bytes();
        }
        ExportFormat::Passim => {
            for article in &corpus.articles {
                json::to_writer_line(&mut bytes, &PassimRecord::new(article))?;
                bytes.push(b'\n');
            }
        }
    }
    write_output(out, args.output.as_deref(), &bytes)?;
    Ok(super::exit_code(&corpus))
}

/// The story `id`, else the largest (the first); a message when not found.
fn pick_story(found: &[Story], id: Option<&str>) -> Option<usize> {
    match id {
        None if found.is_empty() => {
            eprintln!("storydiff: no stories to export");
            None
        }
        None => Some(0),
        Some(id) => {
            let found = found.iter().position(|s| s.id == id);
            if found.is_none() {
                eprintln!(
                    "storydiff: no story \"{}\" (see `storydiff stories`)",
                    shown(id)
                );
            }
            found
        }
    }
}

/// The witness positions of the two articles `specs` names.
fn pick_pair(
    corpus: &Corpus,
    collation: &Collation,
    specs: &[String],
) -> Result<(usize, usize), String> {
    let mut positions = Vec::new();
    for spec in specs {
        let index = super::pick::find_index(corpus, spec)?;
        let position = collation
            .position(index)
            .ok_or_else(|| format!("\"{}\" is not in the chosen story", shown(spec)))?;
        positions.push(position);
    }
    match positions[..] {
        [a, b] if a != b => Ok((a, b)),
        _ => Err("name two different articles".to_owned()),
    }
}

/// The notes of story `s` from the review file, when it exists and opens
/// (read-only: an export never creates or changes a review file).
fn story_notes(
    review: Option<&Path>,
    corpus: &Corpus,
    found: &[Story],
    s: usize,
) -> Vec<HandoutNote> {
    let Some(path) = review.filter(|p| p.exists()) else {
        return Vec::new();
    };
    let all = match Store::open_read_only(path).and_then(|store| store.all()) {
        Ok(all) => all,
        Err(error) => {
            eprintln!("storydiff: notes left out: {}", shown(&error.to_string()));
            return Vec::new();
        }
    };
    notes::place_notes(&all, &corpus.articles, found)
        .iter()
        .filter(|p| p.story == Some(s))
        .map(|p| HandoutNote {
            location: location(&corpus.articles, found, p),
            status: p.status.as_str(),
            reviewed: p.note.reviewed,
            tags: p.note.tags.clone(),
            quote: p.quote.clone(),
            text: p.note.text.clone(),
        })
        .collect()
}

/// Today (UTC), or the day of `SOURCE_DATE_EPOCH` when set, so that
/// handouts can be rebuilt byte for byte.
fn today() -> Date {
    let fixed = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok());
    fixed
        .unwrap_or_else(jiff::Timestamp::now)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

/// Writes to `path` (created or replaced), else to `out`.
fn write_output(out: &mut impl Write, path: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match path {
        None => out.write_all(bytes)?,
        Some(path) => {
            let file = File::create(path).map_err(|e| {
                anyhow::anyhow!(
                    "cannot write {}: {e}",
                    storydiff::corpus::sanitize::for_display_path(path)
                )
            })?;
            let mut file = BufWriter::new(file);
            file.write_all(bytes)?;
            file.flush()?;
        }
    }
    Ok(())
}
