//! What a note made now would be about: the focused Compare row, Coverage
//! cell, Quotes statement, story or article of a story, and the note
//! already there.

use super::{App, Overlay, Screen};
use crate::notes::Target;
use crate::tui::review::NoteAt;

/// The focused thing a note is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Focus {
    /// The target a new note gets.
    pub target: Target,
    /// Passages shown there: (article, sentences); a note on any of them is
    /// the focused row's note.
    pub passages: Vec<(usize, Vec<usize>)>,
    /// The story, when the focus is a whole story.
    pub story: Option<usize>,
    /// The article (corpus index), when the focus is a whole article.
    pub article: Option<usize>,
}

impl App {
    /// The focused row, cell, statement or story, or why there is none.
    pub fn focus(&self) -> Result<Focus, &'static str> {
        if let Some(Overlay::Quotes { selected, .. }) = self.top_overlay() {
            return self.statement_focus(*selected);
        }
        match self.screen {
            Screen::Compare => self.row_focus(),
            Screen::Coverage => self.cell_focus(),
            Screen::Stories => self.story_focus(),
        }
    }

    /// The first note on the focus, as last read.
    pub fn focused_note(&self) -> Option<&NoteAt> {
        let focus = self.focus().ok()?;
        self.note_on(&focus)
    }

    /// The first note on `focus`.
    pub fn note_on(&self, focus: &Focus) -> Option<&NoteAt> {
        if let Some(story) = focus.story {
            return self.review.on_story(story).next();
        }
        if let Some(article) = focus.article {
            return self.review.on_article(article).next();
        }
        self.review.notes.iter().find(|n| {
            focus.passages.iter().any(|(article, sentences)| {
                n.article == Some(*article) && n.sentences.iter().any(|s| sentences.contains(s))
            })
        })
    }

    fn passage_focus(&self, sides: Vec<(usize, Vec<usize>)>) -> Result<Focus, &'static str> {
        let passages: Vec<_> = sides.into_iter().filter(|(_, s)| !s.is_empty()).collect();
        let (article, sentences) = passages.first().ok_or("nothing here to note")?;
        let (low, high) = (sentences.iter().min(), sentences.iter().max());
        let (Some(&low), Some(&high)) = (low, high) else {
            return Err("nothing here to note");
        };
        let target = Target::passage(&self.corpus.articles[*article], low..high + 1);
        Ok(Focus {
            target,
            passages,
            story: None,
            article: None,
        })
    }

    /// Compare: the row's left sentences, or its right ones when the left is empty.
    fn row_focus(&self) -> Result<Focus, &'static str> {
        let view = self.compare.as_ref().ok_or("no comparison is open")?;
        let row = &view.rows.get(view.cursor).ok_or("no row here")?.row;
        self.passage_focus(vec![
            (view.left, row.left.clone()),
            (view.right, row.right.clone()),
        ])
    }

    /// Coverage: the focused cell's sentences.
    fn cell_focus(&self) -> Result<Focus, &'static str> {
        let view = self.coverage.as_ref().ok_or("no coverage table is open")?;
        let collation = self
            .coverage_collation()
            .ok_or("no coverage table is open")?;
        let passage = collation
            .table
            .passages
            .get(view.cursor)
            .ok_or("no row here")?;
        let cell = passage.cells.get(view.column).ok_or("no cell here")?;
        if cell.sentences.is_empty() {
            return Err("this article lacks the passage: choose a column that has it");
        }
        let article = collation.witnesses[view.column];
        self.passage_focus(vec![(article, cell.sentences.clone())])
    }

    /// Quotes pane: the statement's left version, else its right one.
    fn statement_focus(&self, selected: usize) -> Result<Focus, &'static str> {
        let pane = self.quotes_pane.as_ref().ok_or("no quotes pane is open")?;
        let statement = pane.statements.get(selected).ok_or("no statement here")?;
        let side = |article: usize, view: &Option<crate::tui::lenses::SideView>| {
            (
                article,
                view.as_ref()
                    .map(|v| v.sentences.clone())
                    .unwrap_or_default(),
            )
        };
        self.passage_focus(vec![
            side(pane.left, &statement.left),
            side(pane.right, &statement.right),
        ])
        .map_err(|_| "this statement is in neither compared article")
    }

    /// Stories: the selected story, or its focused article.
    fn story_focus(&self) -> Result<Focus, &'static str> {
        if self.stories_view.thread_cursor.is_some() {
            return Err("a thread takes no notes: move to one of its stories");
        }
        let story = self.stories.get(self.story_cursor).ok_or("no story here")?;
        if let Some(member) = self.member_cursor {
            let article = story.members.get(member).ok_or("no article here")?.article;
            return Ok(Focus {
                target: Target::article(&self.corpus.articles[article]),
                passages: Vec::new(),
                story: None,
                article: Some(article),
            });
        }
        let key = self.review.story_key(story.articles());
        Ok(Focus {
            target: Target::Story { story: key },
            passages: Vec::new(),
            story: Some(self.story_cursor),
            article: None,
        })
    }
}
