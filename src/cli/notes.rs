//! `storydiff notes`: list, add, remove and export review notes.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};

use storydiff::corpus::{Corpus, LoadOptions};
use storydiff::export::json;
use storydiff::export::notes::{NotesReport, location, markdown};
use storydiff::notes::{self, NoteStatus, Placed, Store, Target};
use storydiff::stories::{Story, StoryOptions};

use super::grouping::GroupingArgs;
use super::report::{Style, fit, shown};

/// Arguments of `storydiff notes`.
#[derive(Debug, Args)]
pub struct NotesArgs {
    /// What to do (default: list the corpus's notes).
    #[command(subcommand)]
    pub action: Option<NotesAction>,

    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    /// Print the JSON report (schema 1) instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub grouping: GroupingArgs,
}

/// What `notes` does.
#[derive(Debug, Subcommand)]
pub enum NotesAction {
    /// Add a note to a passage of an article; prints the new note's id.
    Add(AddArgs),
    /// Remove a note by id.
    Rm(RemoveArgs),
    /// Export the corpus's notes for sharing.
    Export(ExportArgs),
}

/// Arguments of `storydiff notes add`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("place").required(true).args(["sentence", "quote"]))]
pub struct AddArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,
    /// The article: its id or an unambiguous id prefix.
    #[arg(long, value_name = "ID")]
    pub article: String,
    /// The sentence (0-based, as `articles --json` counts).
    #[arg(long, value_name = "N")]
    pub sentence: Option<usize>,
    /// The first sentence containing this text (case-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub quote: Option<String>,
    /// The note's text.
    #[arg(long)]
    pub text: String,
    /// A tag (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Mark the passage reviewed.
    #[arg(long)]
    pub reviewed: bool,
}

/// Arguments of `storydiff notes rm`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The note's id (from `storydiff notes`).
    pub id: i64,
}

/// Arguments of `storydiff notes export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Markdown)]
    pub format: ExportFormat,
    #[command(flatten)]
    pub grouping: GroupingArgs,
}

/// Formats of `notes export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Grouped by story, for a wiki, an LMS or an email.
    Markdown,
    /// The `notes --json` report.
    Json,
}

/// The review file: `--review`, else `STORYDIFF_REVIEW` (both through the
/// global option), else the config's `review`, else the data folder's.
pub fn review_path(global: Option<&Path>, config: Option<&Path>) -> Option<PathBuf> {
    global
        .or(config)
        .map(Path::to_path_buf)
        .or_else(notes::default_path)
}

/// Opens the review file; a problem that leaves it readable is one line on stderr.
fn open_store(path: &Path) -> Result<Store, u8> {
    match Store::open(path) {
        Ok((store, problem)) => {
            if let Some(problem) = problem {
                eprintln!("storydiff: {}", shown(&problem.to_string()));
            }
            Ok(store)
        }
        Err(error) => {
            eprintln!("storydiff: {}", shown(&error.to_string()));
            Err(1)
        }
    }
}

/// Runs `storydiff notes …`.
pub fn run(
    out: &mut impl Write,
    args: &NotesArgs,
    review: Option<PathBuf>,
    options: &LoadOptions,
    colour: bool,
    quiet: bool,
) -> anyhow::Result<u8> {
    let Some(path) = review else {
        eprintln!("storydiff: no review file: give --review FILE (no home folder for the default)");
        return Ok(2);
    };
    let store = match open_store(&path) {
        Ok(store) => store,
        Err(code) => return Ok(code),
    };
    match &args.action {
        None => {
            let listing = Listing {
                paths: &args.paths,
                grouping: &args.grouping.options(),
                json: args.json,
            };
            list(out, store, &listing, options, colour, quiet)
        }
        Some(NotesAction::Add(add)) => add_note(out, store, add, options, quiet),
        Some(NotesAction::Rm(rm)) => remove(out, store, rm.id, quiet),
        Some(NotesAction::Export(export)) => {
            let json = export.format == ExportFormat::Json;
            let grouping = export.grouping.options();
            if json {
                let listing = Listing {
                    paths: &export.paths,
                    grouping: &grouping,
                    json: true,
                };
                list(out, store, &listing, options, false, quiet)
            } else {
                let (corpus, found) = super::load_stories(&export.paths, options, &grouping, quiet);
                let all = read_all(&store)?;
                let placed = notes::place_notes(&all, &corpus.articles, &found);
                write!(out, "{}", markdown(&corpus.articles, &found, &placed))?;
                Ok(super::exit_code(&corpus))
            }
        }
    }
}

fn read_all(store: &Store) -> anyhow::Result<Vec<notes::Note>> {
    store
        .all()
        .map_err(|e| anyhow::anyhow!(shown(&e.to_string()).into_owned()))
}

/// What `notes` lists: the corpus, grouped as the other commands group it.
struct Listing<'a> {
    paths: &'a [PathBuf],
    grouping: &'a StoryOptions,
    json: bool,
}

fn list(
    out: &mut impl Write,
    store: Store,
    listing: &Listing,
    options: &LoadOptions,
    colour: bool,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, found) = super::load_stories(listing.paths, options, listing.grouping, quiet);
    let all = read_all(&store)?;
    let placed = notes::place_notes(&all, &corpus.articles, &found);
    if listing.json {
        json::to_writer_pretty(&mut *out, &NotesReport::new(&corpus, &found, &placed))?;
        writeln!(out)?;
    } else {
        print_notes(
            out,
            &corpus,
            &found,
            &placed,
            &Style::new(colour).quiet(quiet),
        )?;
    }
    Ok(super::exit_code(&corpus))
}

fn print_notes(
    out: &mut impl Write,
    corpus: &Corpus,
    stories: &[Story],
    placed: &[Placed],
    style: &Style,
) -> std::io::Result<()> {
    let width = super::terminal_width();
    if placed.is_empty() {
        if style.summaries {
            writeln!(out, "no notes on these articles")?;
        }
        return Ok(());
    }
    let mut order: Vec<&Placed> = placed.iter().collect();
    order.sort_by_key(|p| {
        (
            p.status == NoteStatus::Orphaned,
            p.story.unwrap_or(usize::MAX),
        )
    });
    let mut heading: Option<String> = None;
    for p in order {
        let group = match (p.status, p.story) {
            (NoteStatus::Orphaned, _) => "orphaned: the passage was not found".to_owned(),
            (_, Some(s)) => format!("{}  {}", stories[s].id, stories[s].label),
            (_, None) => "not in a story".to_owned(),
        };
        if heading.as_ref() != Some(&group) {
            writeln!(out, "{}", style.bold(fit(&group, width).trim_end()))?;
            heading = Some(group);
        }
        let mut head = format!(
            "  #{} {}{} · {}",
            p.note.id,
            if p.note.reviewed { "✓ " } else { "" },
            location(&corpus.articles, stories, p),
            p.status.as_str()
        );
        for tag in &p.note.tags {
            head.push_str(&format!(" [{tag}]"));
        }
        writeln!(out, "{}", fit(&head, width).trim_end())?;
        if !p.quote.is_empty() {
            let quote = format!("      > {}", p.quote);
            writeln!(out, "{}", style.dim(fit(&quote, width).trim_end()))?;
        }
        for line in p.note.text.lines() {
            writeln!(out, "{}", fit(&format!("      {line}"), width).trim_end())?;
        }
    }
    Ok(())
}

fn add_note(
    out: &mut impl Write,
    mut store: Store,
    args: &AddArgs,
    options: &LoadOptions,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, _) = super::load_stories(&args.paths, options, &Default::default(), quiet);
    let index = match super::pick::find_index(&corpus, &args.article) {
        Ok(i) => i,
        Err(message) => {
            eprintln!("storydiff: --article: {message}");
            return Ok(2);
        }
    };
    let article = &corpus.articles[index];
    let count = article.sentence_count();
    let sentence = match (args.sentence, &args.quote) {
        (Some(n), _) if n < count => n,
        (Some(n), _) => {
            eprintln!("storydiff: --sentence {n}: the article has {count} sentences (0-based)");
            return Ok(2);
        }
        (None, Some(quote)) => {
            let needle = quote.to_lowercase();
            match article
                .sentences()
                .position(|s| s.text.to_lowercase().contains(&needle))
            {
                Some(n) => n,
                None => {
                    eprintln!(
                        "storydiff: --quote: no sentence contains \"{}\"",
                        shown(quote)
                    );
                    return Ok(2);
                }
            }
        }
        (None, None) => unreachable!("clap requires --sentence or --quote"),
    };
    let target = Target::passage(article, sentence..sentence + 1);
    match store.add(&target, &args.text, &args.tags, args.reviewed) {
        Ok(note) => {
            writeln!(out, "{}", note.id)?;
            Ok(0)
        }
        Err(error) => {
            eprintln!("storydiff: {}", shown(&error.to_string()));
            Ok(1)
        }
    }
}

/// Removes a note; says so unless `quiet` (the exit status tells scripts).
fn remove(out: &mut impl Write, mut store: Store, id: i64, quiet: bool) -> anyhow::Result<u8> {
    match store.remove(id) {
        Ok(true) => {
            if !quiet {
                writeln!(out, "removed note {id}")?;
            }
            Ok(0)
        }
        Ok(false) => {
            eprintln!("storydiff: no note {id}");
            Ok(2)
        }
        Err(error) => {
            eprintln!("storydiff: {}", shown(&error.to_string()));
            Ok(1)
        }
    }
}
