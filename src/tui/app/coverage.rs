//! The Coverage screen's state: which story, the focused cell, and where
//! the screen was opened from.

use super::App;
use super::Screen;
use crate::collate::Collation;
use crate::tui::lenses::Scope;

/// Where the Coverage screen was opened from, so `Esc` can go back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The Stories screen.
    Stories,
    /// A comparison: its pair and row, restored on the way back.
    Compare {
        left: usize,
        right: usize,
        cursor: usize,
    },
}

/// The Coverage screen's state; the table itself is the scope's collation
/// in [`App::collations`].
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageView {
    /// The story shown; `scope.articles` keys its collation.
    pub scope: Scope,
    /// The focused passage (a row of the table).
    pub cursor: usize,
    /// The focused column: a witness position in the collation.
    pub column: usize,
    /// Where `Esc` goes back to.
    pub origin: Origin,
}

impl App {
    /// Opens the Coverage screen on `scope` (its collation made on first
    /// use), at the first passage, focused on the first column after the pivot.
    pub fn open_coverage(&mut self, scope: Scope, origin: Origin) {
        let collation = self.collation(&scope.articles);
        let column = if collation.len() > 1 && collation.table.pivot == 0 {
            1
        } else {
            0
        };
        self.coverage = Some(CoverageView {
            scope,
            cursor: 0,
            column,
            origin,
        });
        self.screen = Screen::Coverage;
    }

    /// The collation the Coverage screen shows, if one is open.
    pub fn coverage_collation(&self) -> Option<&Collation> {
        let view = self.coverage.as_ref()?;
        self.collations.get(&view.scope.articles)
    }
}
