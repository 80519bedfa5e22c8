//! `storydiff notes --json` (schema 1) and the Markdown export of notes.

use serde::Serialize;

use crate::corpus::{Article, Corpus};
use crate::notes::{Placed, Target};
use crate::stories::Story;

use super::json::ErrorJson;
use super::markdown::escape;

/// Version of the `notes --json` schema.
pub const NOTES_SCHEMA: u32 = 1;

/// `storydiff notes --json`.
#[derive(Debug, Serialize)]
pub struct NotesReport<'a> {
    /// Schema version.
    pub schema: u32,
    /// The corpus's notes, as stored.
    pub notes: Vec<NoteJson<'a>>,
    /// Files or entries that could not be loaded.
    pub errors: Vec<ErrorJson<'a>>,
}

/// One note and where it anchors now.
#[derive(Debug, Serialize)]
pub struct NoteJson<'a> {
    /// The note's id in the review file.
    pub id: i64,
    /// Id of the article it is on; null for a story note.
    pub article: Option<&'a str>,
    /// Key of that article; null for a story note.
    pub article_key: Option<String>,
    /// Id of the story it is in, if any.
    pub story: Option<&'a str>,
    /// Sentence indices (0-based) it anchors to now; [] when orphaned or
    /// not on a passage.
    pub sentences: &'a [usize],
    /// The text it anchors to now (the text it was made on, when orphaned).
    pub quote: &'a str,
    /// The note.
    pub text: &'a str,
    /// Its tags.
    pub tags: &'a [String],
    /// The reviewed mark.
    pub reviewed: bool,
    /// `anchored`, `moved` or `orphaned`.
    pub status: &'static str,
    /// RFC 3339.
    pub created: String,
    /// RFC 3339.
    pub modified: String,
}

impl<'a> NotesReport<'a> {
    /// Builds the report for notes placed in `corpus` with its `stories`.
    pub fn new(corpus: &'a Corpus, stories: &'a [Story], placed: &'a [Placed<'a>]) -> Self {
        Self {
            schema: NOTES_SCHEMA,
            notes: placed
                .iter()
                .map(|p| note_json(&corpus.articles, stories, p))
                .collect(),
            errors: corpus.errors.iter().map(ErrorJson::new).collect(),
        }
    }
}

fn note_json<'a>(articles: &'a [Article], stories: &'a [Story], p: &'a Placed<'a>) -> NoteJson<'a> {
    let article = p.article.map(|i| &articles[i]);
    NoteJson {
        id: p.note.id,
        article: article.map(|a| a.id.as_str()),
        article_key: p.note.target.article_key().map(|k| k.to_string()),
        story: p.story.map(|s| stories[s].id.as_str()),
        sentences: &p.sentences,
        quote: &p.quote,
        text: &p.note.text,
        tags: &p.note.tags,
        reviewed: p.note.reviewed,
        status: p.status.as_str(),
        created: p.note.created.to_string(),
        modified: p.note.modified.to_string(),
    }
}

/// Where a note sits, for people: "Sputnik (000_…), sentences 3-4".
pub fn location(articles: &[Article], stories: &[Story], placed: &Placed) -> String {
    let sentences = match (placed.sentences.first(), placed.sentences.last()) {
        (Some(a), Some(b)) if a == b => format!(", sentence {}", a + 1),
        (Some(a), Some(b)) => format!(", sentences {}-{}", a + 1, b + 1),
        _ => String::new(),
    };
    match (&placed.note.target, placed.article) {
        (Target::Story { .. }, _) => placed.story.map_or_else(
            || "a story".to_owned(),
            |s| format!("story {}", stories[s].id),
        ),
        (_, Some(i)) => format!(
            "{} ({}){sentences}",
            articles[i].display_name(),
            articles[i].id
        ),
        (_, None) => "an article not loaded".to_owned(),
    }
}

/// The notes as Markdown, grouped by story, orphaned notes last.
pub fn markdown(articles: &[Article], stories: &[Story], placed: &[Placed]) -> String {
    let mut out = String::from("# Review notes\n\n");
    let mut groups: Vec<(Option<usize>, Vec<&Placed>)> = Vec::new();
    for p in placed
        .iter()
        .filter(|p| p.status != crate::notes::NoteStatus::Orphaned)
    {
        match groups.iter_mut().find(|(s, _)| *s == p.story) {
            Some((_, members)) => members.push(p),
            None => groups.push((p.story, vec![p])),
        }
    }
    groups.sort_by_key(|(s, _)| s.unwrap_or(usize::MAX));
    let item = |out: &mut String, p: &Placed| {
        let mut head = format!(
            "- **#{}** {}",
            p.note.id,
            escape(&location(articles, stories, p))
        );
        if p.note.reviewed {
            head.push_str(" · reviewed");
        }
        for tag in &p.note.tags {
            head.push_str(&format!(" · `{}`", escape(tag)));
        }
        out.push_str(&head);
        out.push('\n');
        if !p.quote.is_empty() {
            out.push_str(&format!("  > {}\n", escape(&p.quote)));
        }
        if !p.note.text.is_empty() {
            for line in p.note.text.lines() {
                out.push_str(&format!("  {}\n", escape(line)));
            }
        }
    };
    for (story, members) in &groups {
        let title = story.map_or_else(
            || "Not in a story".to_owned(),
            |s| format!("{} · {}", stories[s].id, stories[s].label),
        );
        out.push_str(&format!("## {}\n\n", escape(&title)));
        for p in members {
            item(&mut out, p);
        }
        out.push('\n');
    }
    let orphaned: Vec<&Placed> = placed
        .iter()
        .filter(|p| p.status == crate::notes::NoteStatus::Orphaned)
        .collect();
    if !orphaned.is_empty() {
        out.push_str("## Orphaned (their passage was not found)\n\n");
        for p in orphaned {
            item(&mut out, p);
        }
        out.push('\n');
    }
    out
}
