//! Help text the commands show after their options (`--help`), and the
//! generated extras: shell completion scripts and the manual page.

use std::io::Write;

use clap::CommandFactory;

use super::Cli;

/// Examples and exit statuses for `storydiff --help`.
pub const EXAMPLES: &str = "\
Examples:
  storydiff                              the review TUI on the bundled demo corpus
  storydiff news/                        the review TUI on a folder of articles
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
  storydiff sources news/ --json         who each article cites, and who copied whom
  storydiff export -o story.html         the largest demo story as an HTML handout
  storydiff -q --color never stories     options go before or after the command
  NO_COLOR=1 storydiff articles news/    plain text, no colour

Exit status: 0 when at least one article loaded, 2 when none did or on a
usage error, 1 on an internal failure. `storydiff config` exits 1 when it
reports problems.";

/// Examples for `storydiff articles --help`.
pub const ARTICLES: &str = "\
Examples:
  storydiff articles                     the demo's articles
  storydiff articles news/ --width 100   a folder, fitted to 100 columns
  storydiff articles a.html b.jsonl      single files of any format
  storydiff articles news/ --json        the JSON report (schema 1)";

/// Examples for `storydiff stories --help`.
pub const STORIES: &str = "\
Examples:
  storydiff stories                      the demo's stories
  storydiff stories news/ -q             only the stories, no summary line
  storydiff stories news/ --min-similarity 0.3
  storydiff stories news/ --window 0     no date window: group by the text alone
  storydiff stories news/ --json         the JSON report (schema 1)";

/// Examples for `storydiff config --help`.
pub const CONFIG: &str = "\
Examples:
  storydiff config                       check the configuration in use
  storydiff config --config my.toml      check another file
  storydiff config --print-default > ~/.config/storydiff/config.toml

Exit status: 0 when the configuration is valid, 1 when it has problems.";

/// Examples for `storydiff compare --help`.
pub const COMPARE: &str = "\
Examples:
  storydiff compare                      the demo's Sputnik vs TASS comparison
  storydiff compare a.txt b.html         two article files
  storydiff compare '#002' '#004'        two articles of the demo by id
  storydiff compare news/#reuters-3 news/#tass-7 --format markdown
  storydiff compare a.txt b.txt --threshold 0.4 --width 120";

/// Examples for `storydiff quotes --help`.
pub const QUOTES: &str = "\
Examples:
  storydiff quotes                       who is quoted in each demo story, and how
  storydiff quotes news/ --width 100     a folder, fitted to 100 columns
  storydiff quotes news/ --story s2      one story (ids from `storydiff stories`)
  storydiff quotes news/ --json          the JSON report (schema 1)";

/// Examples for `storydiff framing --help`.
pub const FRAMING: &str = "\
Examples:
  storydiff framing                      the demo's per-outlet word choices
  storydiff framing news/ --width 120    wider tables, more outlets side by side
  storydiff framing news/ --json         the JSON report (schema 1)";

/// Examples for `storydiff coverage --help`.
pub const COVERAGE: &str = "\
Examples:
  storydiff coverage                     every demo story's coverage table
  storydiff coverage news/ --story s2    one story
  storydiff coverage news/ --story s2 --format csv > s2.csv";

/// Examples for `storydiff sources --help`.
pub const SOURCES: &str = "\
Examples:
  storydiff sources                      whom each demo article cites
  storydiff sources news/ --story s2     one story's citations and copies
  storydiff sources news/ --json         the JSON report (schema 1)";

/// Examples for `storydiff notes --help`.
pub const NOTES: &str = "\
Examples:
  storydiff notes                        the demo's notes, and where each anchors now
  storydiff notes news/ --json           the same as JSON
  storydiff --review class.sqlite3 notes news/";

/// Examples for `storydiff export --help`.
pub const EXPORT: &str = "\
Examples:
  storydiff export -o story.html         the largest demo story as an HTML handout
  storydiff export news/ --story s2 -o s2.md";

/// Examples for `storydiff completions --help`.
pub const COMPLETIONS: &str = "\
Examples:
  storydiff completions bash > ~/.local/share/bash-completion/completions/storydiff
  storydiff completions zsh > ~/.zfunc/_storydiff
  storydiff completions fish > ~/.config/fish/completions/storydiff.fish";

/// Examples for `storydiff man --help`.
pub const MAN: &str = "\
Examples:
  storydiff man | man -l -
  storydiff man > /usr/local/share/man/man1/storydiff.1";

/// `storydiff completions SHELL`: the completion script on `out`.
pub fn completions(out: &mut impl Write, shell: clap_complete::Shell) {
    clap_complete::generate(shell, &mut Cli::command(), "storydiff", out);
}

/// `storydiff man`: the manual page as roff on `out`, its `.TH` title line
/// first (the generator puts its string definitions before it; they work
/// as well after it) so the page starts the way man(7) describes.
pub fn man(out: &mut impl Write) -> std::io::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    match page.find("\n.TH ") {
        Some(at) => {
            let (preamble, rest) = page.split_at(at + 1);
            let (title, body) = rest.split_at(rest.find('\n').map_or(rest.len(), |n| n + 1));
            write!(out, "{title}{preamble}{body}")
        }
        None => write!(out, "{page}"),
    }
}
