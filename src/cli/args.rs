//! The clap definitions of every top-level option and of the commands
//! whose arguments are small; larger commands keep theirs beside their code.

use std::ffi::OsString;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use storydiff::align;

use super::help;
use super::{coverage, export, grouping, notes, sources};

/// See how different news outlets cover the same story.
#[derive(Debug, Parser)]
#[command(name = "storydiff", version, about, after_help = help::EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub grouping: grouping::GroupingArgs,

    /// Article files or folders to open in the TUI (default: the bundled demo
    /// corpus). A path named like a command must be written `./stories`.
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
    #[command(after_help = help::ARTICLES)]
    Articles(ArticlesArgs),
    /// Group articles that cover the same event into stories.
    #[command(after_help = help::STORIES)]
    Stories(StoriesArgs),
    /// Check the TUI configuration (exit status 1 when it has problems).
    #[command(after_help = help::CONFIG)]
    Config(ConfigArgs),
    /// Align two articles: same, reworded, one-sided and moved passages, with word diffs.
    #[command(after_help = help::COMPARE)]
    Compare(CompareArgs),
    /// Quotations by story and statement: speakers, each outlet's version, flags.
    #[command(after_help = help::QUOTES)]
    Quotes(LensArgs),
    /// Word choices per outlet in each story: naming, verbs, hedges, labels, distinctive terms.
    #[command(after_help = help::FRAMING)]
    Framing(LensArgs),
    /// Which outlet carries which passage of each story: the coverage table.
    #[command(after_help = help::COVERAGE)]
    Coverage(coverage::CoverageArgs),
    /// Who each article cites (agencies, outlets, officials, documents) and who copied whom.
    #[command(after_help = help::SOURCES)]
    Sources(sources::SourcesArgs),
    /// Review notes: list them (where each anchors now), add, remove, export.
    #[command(after_help = help::NOTES)]
    Notes(notes::NotesArgs),
    /// One story as a handout (HTML, Markdown) or for CollateX, TEI or passim.
    #[command(after_help = help::EXPORT)]
    Export(export::ExportArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = help::COMPLETIONS)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff) on stdout.
    #[command(after_help = help::MAN)]
    Man,
}

/// A usage error for a lone path that does not exist and is a few edits
/// away from a command's name (`storys`), suggesting the command.
pub fn mistyped_command(path: &Path) -> Option<clap::Error> {
    let name = path.to_str()?;
    if path.symlink_metadata().is_ok() || name.contains(['/', '.', '\\']) {
        return None;
    }
    let mut command = <Cli as clap::CommandFactory>::command();
    let suggestion = command
        .get_subcommands()
        .map(|sub| sub.get_name())
        .map(|known| (edit_distance(name, known), known))
        .filter(|(distance, known)| *distance <= (known.len() / 3).max(1))
        .min()?
        .1;
    let message = format!(
        "unrecognized command '{}' (and no file or folder has that name)\n\n  \
         tip: did you mean '{suggestion}'?",
        super::report::shown(name)
    );
    Some(command.error(clap::error::ErrorKind::InvalidSubcommand, message))
}

/// A usage error for a command's name written after paths
/// (`storydiff demo/ stories`), which would otherwise be read as one more
/// path: it says to put the command first, or to write `./stories` for a
/// file of that name. Nothing after `--` counts (those are paths).
pub fn command_after_paths(raw: &[OsString]) -> Option<clap::Error> {
    let mut command = <Cli as clap::CommandFactory>::command();
    let names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
    let end = raw.iter().position(|a| a == "--").unwrap_or(raw.len());
    let at = (1..end).find(|&i| {
        let is_name = raw[i].to_str().is_some_and(|a| names.contains(&a));
        // Ask clap itself whether it reads the name as a path there.
        is_name
            && Cli::try_parse_from(&raw[..=i]).is_ok_and(|cli| {
                cli.command.is_none() && cli.paths.last().is_some_and(|p| p.as_os_str() == raw[i])
            })
    })?;
    let name = raw[at].to_string_lossy();
    let rest = raw[1..].iter().enumerate().filter(|&(k, _)| k + 1 != at);
    let mut suggested = format!("storydiff {name}");
    for (_, arg) in rest {
        suggested.push(' ');
        suggested.push_str(&arg.to_string_lossy());
    }
    let message = format!(
        "'{name}' is a command, but after a path it would be read as a file or folder\n\n  \
         tip: put the command first: '{}' (for a file or folder named {name}, write './{name}')",
        super::report::shown(&suggested)
    );
    Some(command.error(clap::error::ErrorKind::InvalidSubcommand, message))
}

/// How many single-character insertions, deletions or substitutions turn
/// `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Arguments of `storydiff completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `--width`, shared by the text reports.
#[derive(Debug, Clone, Copy, Args)]
pub struct WidthArg {
    /// Text width in columns, at least 40 (default: the terminal's; when
    /// not a terminal, COLUMNS, else 80).
    #[arg(long, value_name = "COLUMNS", value_parser = parse_width)]
    pub width: Option<usize>,
}

/// The narrowest text output, in columns.
pub const MIN_WIDTH: usize = 40;

impl WidthArg {
    /// The width asked for, else the terminal's (see [`terminal_width`]).
    pub fn columns(self) -> usize {
        self.width.unwrap_or_else(terminal_width)
    }
}

/// The terminal's width; when stdout is not a terminal, COLUMNS (at least
/// [`MIN_WIDTH`]), else 80.
pub fn terminal_width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((w, _)) = ratatui::crossterm::terminal::size()
    {
        return usize::from(w).max(MIN_WIDTH);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .map_or(80, |c| c.max(MIN_WIDTH))
}

/// Parses `--width`: a whole number of columns, at least [`MIN_WIDTH`].
fn parse_width(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(width) if width >= MIN_WIDTH => Ok(width),
        _ => Err(format!(
            "width must be a number of columns, at least {MIN_WIDTH}"
        )),
    }
}

/// Arguments of `storydiff quotes` and `storydiff framing`.
#[derive(Debug, Args)]
pub struct LensArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    /// Print the JSON report (schema 1) instead of text.
    #[arg(long)]
    pub json: bool,

    /// Only this story (an id from `storydiff stories`, e.g. s2).
    #[arg(long, value_name = "ID")]
    pub story: Option<String>,

    #[command(flatten)]
    pub grouping: grouping::GroupingArgs,

    #[command(flatten)]
    pub width: WidthArg,
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

    #[command(flatten)]
    pub grouping: grouping::GroupingArgs,

    #[command(flatten)]
    pub width: WidthArg,
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
    #[arg(
        long,
        value_name = "F",
        value_parser = parse_unit,
        default_value_t = align::DEFAULT_THRESHOLD,
        allow_negative_numbers = true
    )]
    pub threshold: f32,

    #[command(flatten)]
    pub width: WidthArg,
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
    match text.parse::<f32>() {
        Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
        _ => Err("threshold must be between 0 and 1 (e.g. 0.3)".to_owned()),
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

    #[command(flatten)]
    pub width: WidthArg,
}

/// Parses a size such as `1048576`, `512K`, `10M`, `1G` or `10MiB`.
pub(crate) fn parse_size(text: &str) -> Result<u64, String> {
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
    fn thresholds_and_widths_are_checked() {
        assert_eq!(parse_unit("0.5"), Ok(0.5));
        assert!(parse_unit("-1").unwrap_err().contains("between 0 and 1"));
        assert!(parse_unit("x").is_err());
        assert_eq!(parse_width("40"), Ok(40));
        assert!(parse_width("5").unwrap_err().contains("at least 40"));
    }

    #[test]
    fn a_command_is_caught_only_where_clap_would_read_it_as_a_path() {
        let caught = |args: &[&str]| {
            let raw: Vec<OsString> = args.iter().map(OsString::from).collect();
            command_after_paths(&raw).is_some()
        };
        assert!(caught(&["storydiff", "demo", "stories"]));
        assert!(caught(&[
            "storydiff",
            "-q",
            "a.txt",
            "b.txt",
            "coverage",
            "--json"
        ]));
        assert!(!caught(&["storydiff", "stories", "demo"]));
        assert!(!caught(&["storydiff", "compare", "a.txt", "stories"]));
        assert!(!caught(&["storydiff", "--config", "stories", "articles"]));
        assert!(!caught(&["storydiff", "--", "demo", "stories"]));
        assert!(!caught(&["storydiff", "demo", "./stories"]));
    }

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("storys", "stories"), 2);
        assert_eq!(edit_distance("articles", "articles"), 0);
        assert_eq!(edit_distance("", "man"), 3);
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
