//! Review sessions: notes, tags and reviewed marks, kept in SQLite
//! ([`store`]) and found again in a corpus ([`place_notes`]).
//!
//! A note is keyed by what it is about, never by load order or path: an
//! [`ArticleKey`] plus a passage [`Anchor`] (exact text, context, a position
//! hint), an article's key, or a story's key. So a note follows its article
//! to another folder or format, and finds its passage again after the
//! analysis or the article's text changed; a passage that cannot be found is
//! `orphaned`, shown apart, never deleted.
//!
//! ```
//! use storydiff::notes::{Store, Target, place_notes, NoteStatus};
//! let dir = tempfile_dir();
//! let (mut store, problem) = Store::open(&dir.join("review.sqlite3")).unwrap();
//! assert!(problem.is_none());
//! let demo = storydiff::corpus::load_demo();
//! let note = store
//!     .add(&Target::passage(&demo.articles[0], 2..3), "Compare the translations", &[], false)
//!     .unwrap();
//! let notes = store.all().unwrap();
//! let placed = place_notes(&notes, &demo.articles, &[]);
//! assert_eq!(placed[0].note.id, note.id);
//! assert_eq!(placed[0].status, NoteStatus::Anchored);
//! assert_eq!(placed[0].sentences, [2]);
//! # fn tempfile_dir() -> std::path::PathBuf {
//! #     let d = std::env::temp_dir().join(format!("storydiff-doc-{}", std::process::id()));
//! #     let _ = std::fs::remove_dir_all(&d);
//! #     std::fs::create_dir_all(&d).unwrap();
//! #     d
//! # }
//! ```

pub mod model;
pub mod store;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::path::PathBuf;

use crate::collate::{Anchor, AnchorStatus, resolve};
use crate::corpus::{Article, ArticleKey, StoryKey};
use crate::stories::Story;

pub use model::{ArticleHint, DEFAULT_TAGS, Note, Target};
pub use store::{SCHEMA_VERSION, Store, StoreError};

/// The review file's name in the platform data folder.
pub const DEFAULT_FILE: &str = "review.sqlite3";

/// The default review file: `review.sqlite3` in the platform data folder
/// (on Linux `~/.local/share/storydiff/`); `None` when there is no home.
pub fn default_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "storydiff")?;
    Some(dirs.data_dir().join(DEFAULT_FILE))
}

/// Where a note stands in the corpus now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteStatus {
    /// Found where it was made.
    Anchored,
    /// Found at another position, or by a fuzzy match.
    Moved,
    /// Its article is here but its passage is not.
    Orphaned,
}

impl NoteStatus {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            NoteStatus::Anchored => "anchored",
            NoteStatus::Moved => "moved",
            NoteStatus::Orphaned => "orphaned",
        }
    }
}

/// A note placed in a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed<'n> {
    /// The note.
    pub note: &'n Note,
    /// The article it is in (index into the articles given), if any.
    pub article: Option<usize>,
    /// The story it is in (index into the stories given), if any.
    pub story: Option<usize>,
    /// The sentences it anchors to now; empty when orphaned or not a passage.
    pub sentences: Vec<usize>,
    /// The text it anchors to now (the text it was made on when orphaned).
    pub quote: String,
    /// Where it stands.
    pub status: NoteStatus,
}

/// The notes that belong to this corpus, placed: passage and article notes
/// whose article is here (by key, else by the name it had: an edited
/// article gets a new body key), story notes whose story is here. Notes of
/// other corpora are left out. Order: as stored.
pub fn place_notes<'n>(
    notes: &'n [Note],
    articles: &[Article],
    stories: &[Story],
) -> Vec<Placed<'n>> {
    let keys: Vec<ArticleKey> = articles.iter().map(Article::key).collect();
    place_notes_keyed(notes, articles, &keys, stories)
}

/// [`place_notes`] with the articles' keys already computed (`keys[i]` is
/// `articles[i].key()`), for callers that place notes again and again.
pub fn place_notes_keyed<'n>(
    notes: &'n [Note],
    articles: &[Article],
    keys: &[ArticleKey],
    stories: &[Story],
) -> Vec<Placed<'n>> {
    let by_key: HashMap<ArticleKey, usize> =
        keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let story_of_article: HashMap<usize, usize> = stories
        .iter()
        .enumerate()
        .flat_map(|(s, story)| story.articles().map(move |a| (a, s)))
        .collect();
    let story_keys: HashMap<StoryKey, usize> = stories
        .iter()
        .enumerate()
        .map(|(s, story)| (StoryKey::of(story.articles().map(|a| keys[a])), s))
        .collect();
    let find = |key: &ArticleKey, hint: &ArticleHint| -> Option<usize> {
        by_key
            .get(key)
            .copied()
            .or_else(|| articles.iter().position(|a| hint.names(a)))
    };
    notes
        .iter()
        .filter_map(|note| {
            let placed = |article: Option<usize>, story, sentences, quote, status| Placed {
                note,
                article,
                story,
                sentences,
                quote,
                status,
            };
            match &note.target {
                Target::Passage {
                    article,
                    hint,
                    anchor,
                } => {
                    let i = find(article, hint)?;
                    let story = story_of_article.get(&i).copied();
                    Some(match locate(anchor, &articles[i]) {
                        Some((sentences, quote, status)) => {
                            placed(Some(i), story, sentences, quote, status)
                        }
                        None => placed(
                            Some(i),
                            story,
                            Vec::new(),
                            anchor.exact.clone(),
                            NoteStatus::Orphaned,
                        ),
                    })
                }
                Target::Article { article, hint } => {
                    let i = find(article, hint)?;
                    let quote = articles[i].title.clone().unwrap_or_default();
                    let story = story_of_article.get(&i).copied();
                    Some(placed(
                        Some(i),
                        story,
                        Vec::new(),
                        quote,
                        NoteStatus::Anchored,
                    ))
                }
                Target::Story { story } => {
                    let s = *story_keys.get(story)?;
                    let quote = stories[s].label.clone();
                    Some(placed(
                        None,
                        Some(s),
                        Vec::new(),
                        quote,
                        NoteStatus::Anchored,
                    ))
                }
            }
        })
        .collect()
}

/// Where an anchor is in an article now: sentences, their text, status.
fn locate(anchor: &Anchor, article: &Article) -> Option<(Vec<usize>, String, NoteStatus)> {
    let found = resolve(anchor, article)?;
    let sentences: Vec<usize> = found.sentences.collect();
    let texts = article.sentence_texts();
    let quote = sentences
        .iter()
        .map(|&s| texts[s])
        .collect::<Vec<_>>()
        .join(" ");
    let status = if found.status == AnchorStatus::Anchored {
        NoteStatus::Anchored
    } else {
        NoteStatus::Moved
    };
    Some((sentences, quote, status))
}
