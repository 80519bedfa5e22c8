//! `storydiff sources`: who each article cites, and who copied whom.
//!
//! Text: per story, each article (outlet and id) with its citations (source,
//! kind, the naming words, the sentences covered) and the passages it
//! shares word for word with an article it likely copied.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use unicode_width::UnicodeWidthStr;

use storydiff::collate::Witnesses;
use storydiff::corpus::{Article, Corpus, LoadOptions};
use storydiff::export::json;
use storydiff::export::sources::SourcesReport;
use storydiff::sources::{
    ArticleSources, StorySources, describe_citation, describe_copy, story_sources,
};
use storydiff::stories::Story;

use super::lenses::each_collation;
use super::report::{Style, article_name, fit, shown};

/// Arguments of `storydiff sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Article files or folders (default: the bundled demo corpus).
    pub paths: Vec<PathBuf>,

    /// Only this story (an id from `storydiff stories`, e.g. s2).
    #[arg(long, value_name = "ID")]
    pub story: Option<String>,

    /// Print the JSON report (schema 1) instead of text.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub grouping: super::grouping::GroupingArgs,
}

/// Loads, groups, collates, finds sources and prints.
pub fn run(
    out: &mut impl Write,
    args: &SourcesArgs,
    options: &LoadOptions,
    colour: bool,
    quiet: bool,
) -> anyhow::Result<u8> {
    let (corpus, mut found) =
        super::load_stories(&args.paths, options, &args.grouping.options(), quiet);
    if let Some(id) = &args.story {
        found.retain(|s| &s.id == id);
        if found.is_empty() {
            eprintln!(
                "storydiff: no story \"{}\" (see `storydiff stories`)",
                shown(id)
            );
            return Ok(2);
        }
    }
    let (witnesses, sources): (Vec<Witnesses>, Vec<StorySources>) =
        each_collation(&corpus, &found, |collation| {
            story_sources(collation, &corpus.articles)
        });
    if args.json {
        let report = SourcesReport::new(&corpus, &found, &witnesses, &sources);
        json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let style = Style::new(colour).quiet(quiet);
        let stories = (found.as_slice(), witnesses.as_slice(), sources.as_slice());
        print(out, &corpus, stories, super::terminal_width(), &style)?;
    }
    Ok(super::exit_code(&corpus))
}

/// Prints each story's articles with their citations and copies.
pub fn print(
    out: &mut impl Write,
    corpus: &Corpus,
    (stories, witnesses, sources): (&[Story], &[Witnesses], &[StorySources]),
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let (mut citations, mut copies) = (0, 0);
    for ((story, covered), found) in stories.iter().zip(witnesses).zip(sources) {
        let heading = format!("{}  {}", shown(&story.id), shown(&story.label));
        writeln!(out, "{}", style.bold(fit(&heading, width).trim_end()))?;
        let members = covered.articles(&corpus.articles);
        for (article, sources) in members.iter().zip(&found.articles) {
            print_article(out, article, sources, &members, width, style)?;
            citations += sources.citations.len();
            copies += sources.copied.len();
        }
        writeln!(out)?;
    }
    if !style.summaries {
        return Ok(());
    }
    let note = format!(
        "{citations} citation(s), {copies} copied passage(s) in {} stor{}; sentence numbers as in `articles --json` (0-based); a copy shares at least {} words in a row outside quotations",
        stories.len(),
        if stories.len() == 1 { "y" } else { "ies" },
        storydiff::sources::MIN_COPIED_WORDS,
    );
    for line in wrap_text(&note, width, "", "") {
        writeln!(out, "{}", style.dim(&line))?;
    }
    Ok(())
}

/// One article's heading, citations and copies; `members` are the story's
/// articles in witness order (where a copy's origin is found).
fn print_article(
    out: &mut impl Write,
    article: &Article,
    sources: &ArticleSources,
    members: &[&Article],
    width: usize,
    style: &Style,
) -> io::Result<()> {
    let name = style.bold(&article_name(article));
    writeln!(out, "  {name} · {}", shown(&article.id))?;
    if sources.citations.is_empty() && sources.copied.is_empty() {
        writeln!(out, "    {}", style.dim("names no source"))?;
    }
    for citation in &sources.citations {
        wrapped(out, &shown(&describe_citation(citation)), width)?;
    }
    for copy in &sources.copied {
        let line = describe_copy(copy, &origin_label(members[copy.from]));
        wrapped(out, &shown(&line), width)?;
    }
    Ok(())
}

/// "Reuters (wire)", or the id alone when the article has no outlet.
fn origin_label(article: &Article) -> String {
    match &article.outlet {
        Some(outlet) => format!("{outlet} ({})", article.id),
        None => article.id.clone(),
    }
}

/// Writes `text` indented by four columns, wrapped at spaces to `width`,
/// continuation lines indented by six.
fn wrapped(out: &mut impl Write, text: &str, width: usize) -> io::Result<()> {
    for line in wrap_text(text, width, "    ", "      ") {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `text` broken at spaces into lines of at most `width` columns (a word
/// longer than a line stands alone), the first line after `first`, the
/// others after `rest`.
fn wrap_text(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split(' ') {
        if !empty && line.width() + 1 + word.width() > width {
            lines.push(std::mem::replace(&mut line, rest.to_owned()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_under_the_width_with_a_hanging_indent() {
        let lines = wrap_text(
            "cites TASS (agency): “Itar Tass reported”",
            24,
            "  ",
            "    ",
        );
        assert_eq!(
            lines,
            ["  cites TASS (agency):", "    “Itar Tass reported”"]
        );
    }
}
