//! Command-line interface: argument parsing and printing. All analysis lives
//! in the library; this module only chooses what to call and how to show it.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use storydiff::align::AlignOptions;
use storydiff::collate::Collation;
use storydiff::corpus::{self, Corpus, LoadOptions};
use storydiff::export::json::{self, ArticlesReport, CompareReport, StoriesReport};
use storydiff::export::markdown;
use storydiff::progress::Progress;
use storydiff::stories::{self, StoryOptions};
use storydiff::tui;

mod args;
mod compare;
mod coverage;
mod export;
mod grouping;
mod help;
mod layout;
mod lenses;
mod notes;
mod pick;
mod progress;
mod report;
mod sources;
mod stories_text;

pub use args::*;

/// Distinctive terms listed per outlet by `framing`.
const DISTINCTIVE_TERMS: usize = 10;

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
                let style = report::Style::new(colour).quiet(cli.global.quiet);
                report::articles(&mut out, &corpus, &style, args.width.columns())?;
            }
            exit_code(&corpus)
        }
        Some(Command::Stories(args)) => {
            let corpus = load(&args.paths, &options, cli.global.quiet);
            report_problems(&corpus, cli.global.quiet);
            // The JSON report has no per-member shared terms: skip finding them.
            let group = if args.json {
                stories::group_unexplained_with
            } else {
                stories::group_with
            };
            let found = progress::with_bar(cli.global.quiet, |bar| {
                group(&corpus.articles, &args.grouping.options(), bar)
            });
            // Standard output flushes at every line break: a report of a
            // large corpus has hundreds of thousands of lines, so it is
            // written through a buffer rather than one write call each.
            let mut out = io::BufWriter::new(&mut out);
            if args.json {
                json::to_writer_pretty(&mut out, &StoriesReport::new(&corpus, &found))?;
                writeln!(out)?;
            } else {
                let style = report::Style::new(colour).quiet(cli.global.quiet);
                let width = args.width.columns();
                stories_text::stories(&mut out, &corpus, &found, &style, width)?;
            }
            out.flush()?;
            let code = exit_code(&corpus);
            // Freeing a large corpus article by article takes a noticeable
            // moment at the very end; the process is about to exit, and the
            // operating system takes the memory back at once.
            std::mem::forget((corpus, found));
            code
        }
        Some(Command::Compare(args)) => {
            let style = report::Style::new(colour).quiet(cli.global.quiet);
            run_compare(&mut out, args, &options, &style)?
        }
        Some(Command::Quotes(args)) => {
            lenses::run_quotes(&mut out, args, &options, colour, cli.global.quiet)?
        }
        Some(Command::Framing(args)) => {
            lenses::run_framing(&mut out, args, &options, colour, cli.global.quiet)?
        }
        Some(Command::Coverage(args)) => {
            coverage::run(&mut out, args, &options, colour, cli.global.quiet)?
        }
        Some(Command::Sources(args)) => {
            sources::run(&mut out, args, &options, colour, cli.global.quiet)?
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
        Some(Command::Completions(args)) => {
            help::completions(&mut out, args.shell);
            0
        }
        Some(Command::Man) => {
            help::man(&mut out)?;
            0
        }
        None => {
            drop(out);
            return run_default(&cli, &options, colour);
        }
    };
    out.flush()?;
    Ok(code)
}

/// `storydiff [PATHS]`: the TUI on a terminal, else a summary. A lone
/// path that does not exist but reads like a mistyped command is a usage
/// error with a suggestion, not a missing file.
fn run_default(cli: &Cli, options: &LoadOptions, colour: bool) -> anyhow::Result<u8> {
    if let [path] = cli.paths.as_slice()
        && let Some(error) = args::mistyped_command(path)
    {
        error.exit();
    }
    if io::stdout().is_terminal() && io::stdin().is_terminal() {
        return run_tui(&cli.paths, options, &cli.global, &cli.grouping, colour);
    }
    let corpus = load(&cli.paths, options, cli.global.quiet);
    report_problems(&corpus, cli.global.quiet);
    if corpus.articles.is_empty() {
        return Ok(2);
    }
    let mut out = io::stdout().lock();
    let style = report::Style::new(colour).quiet(cli.global.quiet);
    report::summary(&mut out, &corpus, &style)?;
    out.flush()?;
    Ok(exit_code(&corpus))
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
    let (verdict, code) = if warnings.is_empty() {
        ("configuration is valid", 0)
    } else {
        (
            "configuration has problems (see above); defaults are used for them",
            1,
        )
    };
    // The exit status is the answer; the sentence is for people.
    if !global.quiet {
        writeln!(out, "{verdict}")?;
    }
    Ok(code)
}

/// Opens the review TUI after a loading screen; config problems are shown
/// on stderr and in the status bar.
fn run_tui(
    paths: &[PathBuf],
    options: &LoadOptions,
    global: &GlobalArgs,
    grouping: &grouping::GroupingArgs,
    colour: bool,
) -> anyhow::Result<u8> {
    let (mut config, warnings) = tui::config::load(global.config.as_deref());
    if grouping.min_similarity.is_some() {
        config.story_min_similarity = grouping.min_similarity;
    }
    for warning in &warnings {
        report::warning(&mut io::stderr(), warning)?;
    }
    let (paths, options) = (paths.to_vec(), options.clone());
    let story_options = StoryOptions {
        max_days_apart: grouping.options().max_days_apart,
        ..tui::app::story_options(&config)
    };
    // Caught once, before the loading screen changes the terminal.
    let ending = tui::signals::Ending::catch()?;
    let loaded = tui::loading::run(
        move |progress| {
            let corpus = load_with(&paths, &options, progress);
            let found = stories::group_with(&corpus.articles, &story_options, progress);
            (corpus, found)
        },
        &ending,
    )?;
    // Quit, or a signal, while loading.
    let (corpus, found) = match loaded {
        Ok(loaded) => loaded,
        Err(stop) => return Ok(stop.exit_code()),
    };
    report_problems(&corpus, global.quiet);
    if corpus.articles.is_empty() {
        return Ok(2);
    }
    if !colour {
        config.theme = tui::theme::Theme::builtin("mono").unwrap_or(config.theme);
    }
    let review = notes::review_path(global.review.as_deref(), config.review.as_deref());
    let mut app = tui::app::App::with_grouping(corpus, found, config);
    app.colour = colour;
    app.message = warnings.first().cloned();
    let app = app.with_review(review.as_deref());
    let stop = tui::run::run_with(app, &ending)?;
    Ok(stop.exit_code())
}

/// Loads the paths and groups them into stories with the given options.
fn load_stories(
    paths: &[PathBuf],
    options: &LoadOptions,
    grouping: &StoryOptions,
    quiet: bool,
) -> (Corpus, Vec<stories::Story>) {
    let corpus = load(paths, options, quiet);
    report_problems(&corpus, quiet);
    let found = progress::with_bar(quiet, |bar| {
        stories::group_stories_with(&corpus.articles, grouping, bar)
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
    style: &report::Style,
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
            let width = args.width.columns();
            compare::print(out, (&left, &right), &alignment, width, style)?;
        }
    }
    Ok(0)
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
