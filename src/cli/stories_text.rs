//! `storydiff stories` as text: thread by thread, a date line, then each
//! story with its outlets and dates and every article with the terms it
//! shares with the rest of the story; lines fit the width.

use std::collections::BTreeSet;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use storydiff::corpus::{Article, Corpus};
use storydiff::stories::{Grouping, Story, Thread};

use super::layout::{column, shorten, wrap_words};
use super::report::{Style, fit, or_dash, outlet_width, shown};

/// Writes the stories report: threads, their stories, then a summary line.
pub fn stories(
    out: &mut impl Write,
    corpus: &Corpus,
    grouping: &Grouping,
    style: &Style,
    width: usize,
) -> io::Result<()> {
    let stories = &grouping.stories;
    for thread in &grouping.threads {
        thread_header(out, thread, stories, style, width)?;
        for &s in &thread.stories {
            story_block(out, corpus, &stories[s], style, width)?;
        }
    }
    if !style.summaries {
        return Ok(());
    }
    let grouped = stories.iter().filter(|s| s.members.len() > 1).count();
    let summary = format!(
        "{} article(s) in {} stor{} ({} with several articles), {} thread(s), {} error(s)",
        corpus.articles.len(),
        stories.len(),
        if stories.len() == 1 { "y" } else { "ies" },
        grouped,
        grouping.threads.len(),
        corpus.errors.len()
    );
    for line in wrap_words(&summary, width, "", "") {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A thread's id and label, then its date line and story ids.
fn thread_header(
    out: &mut impl Write,
    thread: &Thread,
    stories: &[Story],
    style: &Style,
    width: usize,
) -> io::Result<()> {
    let span = match (thread.first, thread.last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "undated".to_string(),
    };
    let ids: Vec<&str> = thread
        .stories
        .iter()
        .map(|&s| stories[s].id.as_str())
        .collect();
    let heading = format!("{}  {}", thread.id, thread.label);
    writeln!(out, "{}", style.bold(&shorten(&heading, width)))?;
    let about = format!(
        "{span} · {} stor{}: {}",
        ids.len(),
        if ids.len() == 1 { "y" } else { "ies" },
        ids.join(", ")
    );
    for line in wrap_words(&about, width, "  ", "    ") {
        writeln!(out, "{line}")?;
    }
    writeln!(out)
}

/// One story: its id and label, outlets and dates, and its articles.
fn story_block(
    out: &mut impl Write,
    corpus: &Corpus,
    story: &Story,
    style: &Style,
    width: usize,
) -> io::Result<()> {
    let members: Vec<&Article> = story.articles().map(|i| &corpus.articles[i]).collect();
    let heading = format!("{}  {}", story.id, story.label);
    writeln!(out, "{}", style.bold(&shorten(&heading, width)))?;
    let about = format!(
        "{} article(s) · {} · {} · cohesion {:.2}",
        members.len(),
        outlet_list(&members),
        date_span(&members),
        story.cohesion
    );
    for line in wrap_words(&about, width, "    ", "      ") {
        writeln!(out, "{line}")?;
    }
    let id_width = members.iter().map(|a| shown(&a.id).width()).max();
    let columns = (
        id_width.unwrap_or(2).clamp(2, 20),
        outlet_width(members.iter().copied()),
    );
    for (member, article) in story.members.iter().zip(&members) {
        writeln!(out, "{}", story_member(article, columns, width))?;
        if members.len() > 1 && !member.shared_terms.is_empty() {
            let shared = format!("shared: {}", member.shared_terms.join(", "));
            for line in wrap_words(&shared, width, "      ", "              ") {
                writeln!(out, "{}", style.dim(&line))?;
            }
        }
    }
    writeln!(out)
}

/// A story's outlets, sorted and unescaped (the caller escapes the line).
fn outlet_list(members: &[&Article]) -> String {
    let outlets: BTreeSet<&str> = members.iter().filter_map(|a| a.outlet.as_deref()).collect();
    if outlets.is_empty() {
        "outlets unknown".to_string()
    } else {
        outlets.into_iter().collect::<Vec<_>>().join(", ")
    }
}

/// The first and last dates of a story's articles.
fn date_span(members: &[&Article]) -> String {
    let dates: Vec<_> = members.iter().filter_map(|a| a.date).collect();
    match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "undated".to_string(),
    }
}

/// One article of a story: outlet, date, id and title, the title on a line
/// of its own when `width` leaves it under 24 columns.
fn story_member(
    article: &Article,
    (id_width, outlet_width): (usize, usize),
    width: usize,
) -> String {
    let date = article.date.map(|d| d.to_string());
    let line = format!(
        "    - {}  {}  {}",
        column(or_dash(article.outlet.as_deref()), outlet_width),
        fit(or_dash(date.as_deref()), 10),
        column(&article.id, id_width),
    );
    let title = or_dash(article.title.as_deref());
    let room = width.saturating_sub(line.width() + 2);
    if room >= 24 {
        format!("{line}  {}", shorten(title, room))
    } else {
        format!("{line}\n        {}", shorten(title, width - 8))
    }
}
