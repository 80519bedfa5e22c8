//! The review file as the TUI holds it: the store when it could be opened,
//! the corpus's notes placed, and why changes are refused when they are.
//! Nothing is kept unsaved: every change is one store call, then the notes
//! are read again (other programs' notes included).

use std::path::Path;

use crate::corpus::sanitize::for_display;
use crate::corpus::{Article, ArticleKey, StoryKey};
use crate::notes::{Note, NoteStatus, Store, StoreError, Target, place_notes_keyed};
use crate::stories::Story;

/// A note placed in the corpus, owned (the TUI keeps it between frames).
#[derive(Debug, Clone, PartialEq)]
pub struct NoteAt {
    /// The note as stored.
    pub note: Note,
    /// Its article (corpus index), if it is about one.
    pub article: Option<usize>,
    /// Its story (index into the stories), if any.
    pub story: Option<usize>,
    /// The sentences it anchors to now; empty when orphaned or not a passage.
    pub sentences: Vec<usize>,
    /// The text it anchors to (the text it was made on when orphaned).
    pub quote: String,
    /// Where it stands.
    pub status: NoteStatus,
}

impl NoteAt {
    /// The note's first line, escaped for the screen.
    pub fn first_line(&self) -> String {
        let line = self.note.text.lines().next().unwrap_or_default();
        for_display(line).into_owned()
    }
}

/// The review file and the corpus's notes.
#[derive(Debug, Default)]
pub struct Review {
    store: Option<Store>,
    /// Why changes are refused ("no review file", a read-only file…), if they are.
    pub read_only: Option<String>,
    /// The corpus's notes, placed, as last read.
    pub notes: Vec<NoteAt>,
    /// The corpus's key in the review file's places.
    pub corpus: String,
    /// Every article's key, by corpus index: hashed once, read on every
    /// frame (the focused note) and every re-read of the notes.
    pub keys: Vec<ArticleKey>,
}

impl Review {
    /// The key of the story made of these articles (corpus indices).
    pub fn story_key(&self, articles: impl IntoIterator<Item = usize>) -> StoryKey {
        StoryKey::of(articles.into_iter().map(|a| self.keys[a]))
    }
}

impl Review {
    /// No review file: nothing shown, every change refused.
    pub fn none(articles: &[Article]) -> Review {
        let keys: Vec<ArticleKey> = articles.iter().map(Article::key).collect();
        Review {
            read_only: Some("no review file is open".to_owned()),
            // The same for the same articles in any load order.
            corpus: StoryKey::of(keys.iter().copied()).to_string(),
            keys,
            ..Review::default()
        }
    }

    /// Opens the review file at `path`; never fails: an unreadable file
    /// leaves the TUI without notes, read-only, with the reason kept.
    pub fn open(path: &Path, articles: &[Article], stories: &[Story]) -> Review {
        let mut review = Review::none(articles);
        match Store::open(path) {
            Ok((store, problem)) => {
                review.read_only = problem.map(|p| p.to_string());
                review.store = Some(store);
                if let Err(why) = review.reload(articles, stories) {
                    review.read_only = Some(why);
                }
            }
            Err(error) => review.read_only = Some(error.to_string()),
        }
        review
    }

    /// Reads the notes again and places them in the corpus.
    pub fn reload(&mut self, articles: &[Article], stories: &[Story]) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let all = store.all().map_err(|e| e.to_string())?;
        self.notes = place_notes_keyed(&all, articles, &self.keys, stories)
            .into_iter()
            .map(|p| NoteAt {
                note: p.note.clone(),
                article: p.article,
                story: p.story,
                sentences: p.sentences,
                quote: p.quote,
                status: p.status,
            })
            .collect();
        Ok(())
    }

    /// Runs one change on the store; `Err` says why it was refused, ready
    /// for the status bar.
    pub fn write<T>(
        &mut self,
        change: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, String> {
        let refused = |why: &str| format!("review file is read-only: {why}");
        if let Some(why) = &self.read_only {
            return Err(refused(why));
        }
        let store = self.store.as_mut().ok_or_else(|| refused("not open"))?;
        change(store).map_err(|e| e.to_string())
    }

    /// The note with this id, as last read.
    pub fn note(&self, id: i64) -> Option<&NoteAt> {
        self.notes.iter().find(|n| n.note.id == id)
    }

    /// The passage notes of `article` anchored to one of `sentences`.
    pub fn on_passage<'a>(
        &'a self,
        article: usize,
        sentences: &'a [usize],
    ) -> impl Iterator<Item = &'a NoteAt> + 'a {
        self.notes.iter().filter(move |n| {
            n.article == Some(article) && n.sentences.iter().any(|s| sentences.contains(s))
        })
    }

    /// The notes on article `article` as a whole.
    pub fn on_article(&self, article: usize) -> impl Iterator<Item = &NoteAt> {
        self.notes.iter().filter(move |n| {
            n.article == Some(article) && matches!(n.note.target, Target::Article { .. })
        })
    }

    /// The notes on story `story` as a whole.
    pub fn on_story(&self, story: usize) -> impl Iterator<Item = &NoteAt> {
        self.notes.iter().filter(move |n| {
            n.story == Some(story) && matches!(n.note.target, Target::Story { .. })
        })
    }

    /// The Notes pane's order (indices into `notes`): placed notes by
    /// story, article and sentence, then the orphaned ones.
    pub fn pane_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.notes.len()).collect();
        order.sort_by_key(|&i| {
            let n = &self.notes[i];
            let orphaned = n.status == NoteStatus::Orphaned;
            let first = n.sentences.first().copied();
            (orphaned, n.story.unwrap_or(usize::MAX), n.article, first, i)
        });
        order
    }

    /// Where the reviewer was in this corpus (JSON), if kept.
    pub fn place(&self) -> Option<String> {
        self.store.as_ref()?.place(&self.corpus).ok().flatten()
    }

    /// Keeps where the reviewer is; quietly skipped when read-only.
    pub fn set_place(&mut self, place: &str) {
        let corpus = self.corpus.clone();
        let _ = self.write(|store| store.set_place(&corpus, place));
    }
}
