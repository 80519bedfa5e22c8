//! Command-line interface: argument parsing and printing. All analysis lives
//! in the library; this module only chooses what to call and how to show it.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use storydiff::align::{self, AlignOptions};
use storydiff::collate::Collation;
use storydiff::corpus::{self, Corpus, LoadOptions};
use storydiff::export::json::{self, ArticlesReport, CompareReport, StoriesReport};
use storydiff::export::markdown;
use storydiff::progress::Progress;
use storydiff::stories::{self, StoryOptions};
use storydiff::tui;

mod compare;
mod coverage;
mod export;
mod lenses;
mod notes;
mod pick;
mod progress;
mod report;

const EXAMPLES: &str = "\
Examples:
  storydiff                              summary of the bundled demo corpus
  storydiff articles                     list the demo articles
  storydiff articles news/ --json        load a folder, print the JSON report
  storydiff articles a.html b.jsonl      load single files of any format
  storydiff stories news/                group a folder's articles into stories
  storydiff compare                      the demo's Sputnik vs TASS comparison
  storydiff compare a.txt b.html         compare two article files
  storydiff compare news/#reuters-3 news/#tass-7 --format markdown
  storydiff compare '#002' '#004'        compare two articles of the demo by id
  storydiff quotes                       who is quoted in each demo story, and how
  storydiff framing news/ --json         each outlet's names, verbs, hedges, labels
  storydiff coverage news/ --story s2    which outlet carries which passage of a story
  storydiff export -o story.html         the largest demo story as an HTML handout
  NO_COLOR=1 storydiff articles news/    plain text, no colour

Exit status: 0 when at least one article loaded, 2 when none did or on a
usage error, 1 on an internal failure. `storydiff config` exits 1 when it
reports problems.";

/// Distinctive terms listed per outlet by `framing`.
const DISTINCTIVE_TERMS: usize = 10;

/// See how different news outlets cover the same story.
#[derive(Debug, Parser)]
#[command(name = "storydiff", version, about, after_help = EXAMPLES)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,
}

/// Options shared by every command.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// When to use colour (NO_COLOR is honoured by `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Print only results and errors: no notes or summaries.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Configuration file for the TUI (default: STORYDIFF_CONFIG, then the
    /// platform config folder's storydiff/config.toml).
    #[arg(long, value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,

    /// The review file (notes, tags, reviewed marks; default: the config's
    /// `review`, else review.sqlite3 in the platform data folder).
    #[arg(long, value_name = "FILE", env = "STORYDIFF_REVIEW", global = true)]
    pub review: Option<PathBuf>,

    /// Skip files larger than this (bytes, or with K/M/G suffix, e.g. 20M).
    #[arg(long, value_name = "SIZE", default_value = "10M", value_parser = parse_size, global = true)]
    pub max_bytes: u64,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the loaded articles: id, outlet, date, title, sentences, removed passages.
    Articles(ArticlesArgs),
    /// Group articles that cover the same event into stories.
    Stories(StoriesArgs),
    /// Show the TUI configuration.
    Config(ConfigArgs),
    /// Align two articles: same, reworded, one-sided and moved passages, with word diffs.
    Compare(CompareArgs),
    /// Quotations by story and statement: speakers, each outlet's version, flags.
    Quotes(LensArgs),
    /// Word choices per outlet in each story: naming, verbs, hedges, labels, distinctive terms.
    Framing(LensArgs),
    /// Which outlet carries which passage of each story: the coverage table.
    Coverage(coverage::CoverageArgs),
    /// Review notes: list them (where each anchors now), add, remove, export.
    Notes(notes::NotesArgs),
    /// One story as a handout (HTML, Markdown) or for CollateX, TEI or passim.
    Export(export::ExportArgs),
}

/// Arguments of `storydiff quotes` and `storydiff framing`.
#[derive(Debug, Args)]
pub struct LensArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    /// Print the JSON report (schema 1) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `storydiff config`.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print a commented default configuration file.
    #[arg(long)]
    pub print_default: bool,
}

/// Arguments of `storydiff stories`.
#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    /// Print the JSON report (schema 1) instead of text.
    #[arg(long)]
    pub json: bool,

    /// Least average similarity (0..1) for articles to share a story
    /// (default: calibrated on the corpus itself).
    #[arg(long, value_name = "F", value_parser = parse_unit)]
    pub min_similarity: Option<f32>,
}

/// Arguments of `storydiff compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Left article: a file, CORPUS_PATH#ID, or #ID in the demo (default: the demo's 000).
    pub left: Option<String>,

    /// Right article, named the same way (default: the demo's 001).
    pub right: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
    pub format: CompareFormat,

    /// Print the JSON report (schema 1); the same as --format json.
    #[arg(long)]
    pub json: bool,

    /// Least similarity (0..1) for two passages to be linked.
    #[arg(long, value_name = "F", value_parser = parse_unit, default_value_t = align::DEFAULT_THRESHOLD)]
    pub threshold: f32,

    /// Text width in columns (default: the terminal's, or 80 when not a terminal).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
}

/// Output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Rows side by side (120 columns or more) or stacked.
    Text,
    /// A Markdown table for an issue or a document.
    Markdown,
    /// The JSON report (schema 1).
    Json,
}

/// Parses a number in 0..1.
pub(crate) fn parse_unit(text: &str) -> Result<f32, String> {
    let value: f32 = text
        .parse()
        .map_err(|_| format!("{text:?} is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is outside 0..1"))
    }
}

/// Arguments of `storydiff articles`.
#[derive(Debug, Args)]
pub struct ArticlesArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    /// Print the JSON report (schema 1) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Parses a size such as `1048576`, `512K`, `10M`, `1G` or `10MiB`.
fn parse_size(text: &str) -> Result<u64, String> {
    let lower = text.trim().to_ascii_lowercase();
    let lower = lower.trim_end_matches("ib").trim_end_matches('b');
    let (digits, factor) = match lower.chars().last() {
        Some('k') => (&lower[..lower.len() - 1], 1u64 << 10),
        Some('m') => (&lower[..lower.len() - 1], 1 << 20),
        Some('g') => (&lower[..lower.len() - 1], 1 << 30),
        _ => (lower, 1),
    };
    let value: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a size (try 10M or 1048576)"))?;
    value
        .checked_mul(factor)
        .ok_or_else(|| format!("{text:?} is too large"))
}

impl ColorChoice {
    /// Whether to colour stdout, honouring NO_COLOR in `auto`.
    pub fn enabled(self) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && io::stdout().is_terminal()
            }
        }
    }
}

/// Runs the parsed command; returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<u8> {
    let options = LoadOptions {
        max_bytes: cli.global.max_bytes,
    };
    let colour = cli.global.color.enabled();
    let mut out = io::stdout().lock();
    let code = match &cli.command {
        Some(Command::Articles(args)) => {
            let corpus = load(&args.paths, &options, cli.global.quiet);
            report_problems(&corpus, cli.global.quiet);
            if args.json {
                json::to_writer_pretty(&mut out, &ArticlesReport::new(&corpus))?;
                writeln!(out)?;
            } else {
                report::articles(&mut out, &corpus, &report::Style::new(colour))?;
            }
            exit_code(&corpus)
        }
        Some(Command::Stories(args)) => {
            let corpus = load(&args.paths, &options, cli.global.quiet);
            report_problems(&corpus, cli.global.quiet);
            let story_options = StoryOptions {
                min_similarity: args.min_similarity,
                ..StoryOptions::default()
            };
            let found = progress::with_bar(cli.global.quiet, |bar| {
                stories::group_stories_with(&corpus.articles, &story_options, bar)
            });
            if args.json {
                json::to_writer_pretty(&mut out, &StoriesReport::new(&corpus, &found))?;
                writeln!(out)?;
            } else {
                report::stories(&mut out, &corpus, &found, &report::Style::new(colour))?;
            }
            exit_code(&corpus)
        }
        Some(Command::Compare(args)) => run_compare(&mut out, args, &options, colour)?,
        Some(Command::Quotes(args)) => {
            lenses::run_quotes(&mut out, args, &options, colour, cli.global.quiet)?
        }
        Some(Command::Framing(args)) => {
            lenses::run_framing(&mut out, args, &options, colour, cli.global.quiet)?
        }
        Some(Command::Coverage(args)) => {
            coverage::run(&mut out, args, &options, colour, cli.global.quiet)?
        }
        Some(Command::Notes(args)) => {
            let (config, _) = tui::config::load(cli.global.config.as_deref());
            let review = notes::review_path(cli.global.review.as_deref(), config.review.as_deref());
            notes::run(&mut out, args, review, &options, colour, cli.global.quiet)?
        }
        Some(Command::Export(args)) => {
            let (config, _) = tui::config::load(cli.global.config.as_deref());
            let review = notes::review_path(cli.global.review.as_deref(), config.review.as_deref());
            export::run(&mut out, args, review, &options, cli.global.quiet)?
        }
        Some(Command::Config(args)) => run_config(&mut out, args, &cli.global)?,
        None => {
            if io::stdout().is_terminal() && io::stdin().is_terminal() {
                drop(out);
                return run_tui(&cli.paths, &options, &cli.global, colour);
            }
            let corpus = load(&cli.paths, &options, cli.global.quiet);
            report_problems(&corpus, cli.global.quiet);
            if corpus.articles.is_empty() {
                return Ok(2);
            }
            report::summary(&mut out, &corpus, &report::Style::new(colour))?;
            exit_code(&corpus)
        }
    };
    out.flush()?;
    Ok(code)
}

/// `storydiff config`: print the default file, or check the config and
/// exit 1 when it has problems, so scripts can use it as a check.
fn run_config(out: &mut impl Write, args: &ConfigArgs, global: &GlobalArgs) -> anyhow::Result<u8> {
    if args.print_default {
        write!(out, "{}", tui::config::default_file())?;
        return Ok(0);
    }
    let (_, warnings) = tui::config::load(global.config.as_deref());
    for warning in &warnings {
        report::warning(&mut io::stderr(), warning)?;
    }
    if warnings.is_empty() {
        writeln!(out, "configuration is valid")?;
        Ok(0)
    } else {
        writeln!(
            out,
            "configuration has problems (see above); defaults are used for them"
        )?;
        Ok(1)
    }
}

/// Opens the review TUI after a loading screen; config problems are shown
/// on stderr and in the status bar.
fn run_tui(
    paths: &[PathBuf],
    options: &LoadOptions,
    global: &GlobalArgs,
    colour: bool,
) -> anyhow::Result<u8> {
    let (mut config, warnings) = tui::config::load(global.config.as_deref());
    for warning in &warnings {
        report::warning(&mut io::stderr(), warning)?;
    }
    let (paths, options) = (paths.to_vec(), options.clone());
    let story_options = tui::app::story_options(&config);
    let loaded = tui::loading::run(move |progress| {
        let corpus = load_with(&paths, &options, progress);
        let found = stories::group_stories_with(&corpus.articles, &story_options, progress);
        (corpus, found)
    })?;
    // Quit while loading.
    let Some((corpus, found)) = loaded else {
        return Ok(0);
    };
    report_problems(&corpus, global.quiet);
    if corpus.articles.is_empty() {
        return Ok(2);
    }
    if !colour {
        config.theme = tui::theme::Theme::builtin("mono").unwrap_or(config.theme);
    }
    let review = notes::review_path(global.review.as_deref(), config.review.as_deref());
    let mut app = tui::app::App::with_stories(corpus, found, config);
    app.colour = colour;
    app.message = warnings.first().cloned();
    let app = app.with_review(review.as_deref());
    let stop = tui::run::run(app)?;
    Ok(stop.exit_code())
}

/// Loads the paths and groups them into stories with the default options.
fn load_stories(
    paths: &[PathBuf],
    options: &LoadOptions,
    quiet: bool,
) -> (Corpus, Vec<stories::Story>) {
    let corpus = load(paths, options, quiet);
    report_problems(&corpus, quiet);
    let found = progress::with_bar(quiet, |bar| {
        stories::group_stories_with(&corpus.articles, &StoryOptions::default(), bar)
    });
    (corpus, found)
}

fn exit_code(corpus: &Corpus) -> u8 {
    if corpus.articles.is_empty() { 2 } else { 0 }
}

/// `storydiff compare`: pick two articles, align, print in the chosen format.
fn run_compare(
    out: &mut impl Write,
    args: &CompareArgs,
    options: &LoadOptions,
    colour: bool,
) -> anyhow::Result<u8> {
    let specs = match (&args.left, &args.right) {
        (Some(l), Some(r)) => (l.as_str(), r.as_str()),
        (None, None) => ("#000", "#001"),
        _ => {
            eprintln!("storydiff: compare needs two articles (or none, for the demo)");
            return Ok(2);
        }
    };
    let picked = (
        pick::pick_article(specs.0, options),
        pick::pick_article(specs.1, options),
    );
    let (left, right) = match picked {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("storydiff: cannot compare: {}", report::shown(&e));
            return Ok(2);
        }
    };
    // Two articles from anywhere: a collation of just the two.
    let pair = [left, right];
    let options = AlignOptions {
        threshold: args.threshold,
    };
    let collation = Collation::new(&pair, &[0, 1], &options);
    let (l, r) = (collation.position(0), collation.position(1));
    let alignment = collation
        .alignment(l.expect("a witness"), r.expect("a witness"))
        .into_owned();
    let [left, right] = pair;
    let format = if args.json {
        CompareFormat::Json
    } else {
        args.format
    };
    match format {
        CompareFormat::Json => {
            json::to_writer_pretty(&mut *out, &CompareReport::new(&left, &right, &alignment))?;
            writeln!(out)?;
        }
        CompareFormat::Markdown => write!(out, "{}", markdown::compare(&left, &right, &alignment))?,
        CompareFormat::Text => {
            let width = args.width.unwrap_or_else(terminal_width);
            compare::print(out, (&left, &right), &alignment, width, colour)?;
        }
    }
    Ok(0)
}

/// The terminal's width, or 80 columns when stdout is not a terminal.
fn terminal_width() -> usize {
    if io::stdout().is_terminal() {
        ratatui::crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w))
    } else {
        80
    }
}

/// Loads the paths (the demo if none), with a bar on a terminal unless quiet.
fn load(paths: &[PathBuf], options: &LoadOptions, quiet: bool) -> Corpus {
    progress::with_bar(quiet, |bar| load_with(paths, options, bar))
}

/// Loads the paths (the demo if none), reporting files read to `progress`.
fn load_with(paths: &[PathBuf], options: &LoadOptions, progress: &dyn Progress) -> Corpus {
    if paths.is_empty() {
        corpus::load_demo()
    } else {
        corpus::load_paths_with(paths, options, progress)
    }
}

/// One stderr line per skipped file, and per notice unless quiet.
fn report_problems(corpus: &Corpus, quiet: bool) {
    let mut err = io::stderr().lock();
    for error in &corpus.errors {
        let _ = report::diagnostic(&mut err, "skipped", &error.path, &error.message);
    }
    if quiet {
        return;
    }
    for article in &corpus.articles {
        for notice in &article.notices {
            let _ = report::diagnostic(&mut err, "note", &article.path, notice);
        }
    }
    if corpus.articles.is_empty() {
        let _ = writeln!(err, "storydiff: no articles loaded");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_accept_suffixes() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("512K"), Ok(512 << 10));
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("10MiB"), Ok(10 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("ten").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
