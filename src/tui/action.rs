//! Everything the user can ask the review TUI to do. Keys and mouse events
//! are translated into these by the keymap; only `update` acts on them.

use serde::{Deserialize, Serialize};

use super::editor::Edit;

/// A user intent, independent of the key that produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Move to the next row (or list item).
    Next,
    /// Move to the previous row (or list item).
    Previous,
    /// Next divergent row: reworded or one-sided (or next search match when a search is kept).
    NextDivergence,
    /// Previous divergent row (or previous search match when a search is kept).
    PreviousDivergence,
    /// Next passage found in only one article.
    NextUnique,
    /// Previous passage found in only one article.
    PreviousUnique,
    /// Next moved row.
    NextMoved,
    /// Down one page.
    PageDown,
    /// Up one page.
    PageUp,
    /// Down half a page.
    HalfPageDown,
    /// Up half a page.
    HalfPageUp,
    /// To the first row.
    First,
    /// To the last row.
    Last,
    /// Open the incremental search prompt.
    Search,
    /// Swap the left and right articles.
    Swap,
    /// Compare the left article with the story's previous other article
    /// (in the Coverage screen's column order), at the nearest row.
    PreviousWitness,
    /// Compare the left article with the story's next other article, at the
    /// nearest row.
    NextWitness,
    /// Pick the two articles to compare.
    Pick,
    /// Show what cleaning removed from each article.
    Removed,
    /// Open the Quotes pane: the story's statements, each with the compared
    /// articles' versions side by side.
    Quotes,
    /// Open the Framing pane: the story's word choices, outlet by outlet.
    Framing,
    /// Open the Sources pane: who each article of the story cites, and who
    /// copied whom.
    Sources,
    /// Open the Coverage screen: the story's passages down, one column per
    /// article, shaded by how many articles carry each passage.
    Coverage,
    /// Focus the column to the left (Coverage screen).
    ColumnLeft,
    /// Focus the column to the right (Coverage screen).
    ColumnRight,
    /// Make the focused column's article the pivot the rows follow
    /// (Coverage screen).
    ChangePivot,
    /// Stories screen: cycle the list's order (size, date, outlets).
    Sort,
    /// Stories screen: fold the thread under the cursor to its header, or
    /// unfold it.
    ToggleThread,
    /// Stories screen: fold every thread, or unfold them all when all are folded.
    FoldAll,
    /// Toggle presentation mode (no scores or chrome, more spacing).
    Presentation,
    /// Cycle through the themes.
    CycleTheme,
    /// Write or edit the note of the focused row, passage, cell or story.
    Note,
    /// Toggle tags of the focused row from the configured list.
    Tags,
    /// Mark the focused row reviewed, or not reviewed.
    Reviewed,
    /// Open the Notes pane: every note of the corpus, by story.
    Notes,
    /// Notes pane: attach the selected orphaned note to the row you were on.
    Reattach,
    /// Notes pane: delete the selected note (after a y/n question).
    Delete,
    /// Re-read the review file (other programs' notes appear).
    Refresh,
    /// Show the help overlay.
    Help,
    /// Confirm: open the selected story or article, keep the search.
    Confirm,
    /// Go back: close the top overlay, or return to Stories.
    Back,
    /// Quit storydiff.
    Quit,
    /// A character typed into the top text input (note, search, tag
    /// picker, a y/n question); never bound to a key in the keymap.
    Insert(char),
    /// An editing key in the top text input; never bound in the keymap.
    Edit(Edit),
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 42] = [
        Action::Next,
        Action::Previous,
        Action::NextDivergence,
        Action::PreviousDivergence,
        Action::NextUnique,
        Action::PreviousUnique,
        Action::NextMoved,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::First,
        Action::Last,
        Action::Search,
        Action::Swap,
        Action::PreviousWitness,
        Action::NextWitness,
        Action::Pick,
        Action::Removed,
        Action::Quotes,
        Action::Framing,
        Action::Sources,
        Action::Coverage,
        Action::ColumnLeft,
        Action::ColumnRight,
        Action::ChangePivot,
        Action::Sort,
        Action::ToggleThread,
        Action::FoldAll,
        Action::Presentation,
        Action::CycleTheme,
        Action::Note,
        Action::Tags,
        Action::Reviewed,
        Action::Notes,
        Action::Reattach,
        Action::Delete,
        Action::Refresh,
        Action::Help,
        Action::Confirm,
        Action::Back,
        Action::Quit,
    ];

    /// A short description for the help overlay and status bar.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Next => "next row",
            Action::Previous => "previous row",
            Action::NextDivergence => "next divergence (or search match)",
            Action::PreviousDivergence => "previous divergence (or search match)",
            Action::NextUnique => "next passage in only one article",
            Action::PreviousUnique => "previous passage in only one article",
            Action::NextMoved => "next moved row",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::First => "first row",
            Action::Last => "last row",
            Action::Search => "search both articles",
            Action::Swap => "swap sides",
            Action::PreviousWitness => "compare with the story's previous article",
            Action::NextWitness => "compare with the story's next article",
            Action::Pick => "pick the articles to compare",
            Action::Removed => "whole titles and ids, and text cleaning removed",
            Action::Quotes => "quotes: statements side by side",
            Action::Framing => "framing: word choices by outlet",
            Action::Sources => "sources: who each article cites, who copied whom",
            Action::Coverage => "coverage: passages × articles",
            Action::ColumnLeft => "coverage: column to the left",
            Action::ColumnRight => "coverage: column to the right",
            Action::ChangePivot => "coverage: rows follow this column",
            Action::Sort => "stories: cycle the order (size, date, outlets)",
            Action::ToggleThread => "stories: fold or unfold the thread",
            Action::FoldAll => "stories: fold or unfold every thread",
            Action::Presentation => "presentation mode",
            Action::CycleTheme => "cycle themes",
            Action::Note => "write or edit a note on this row",
            Action::Tags => "tag this row",
            Action::Reviewed => "mark this row reviewed / not reviewed",
            Action::Notes => "notes: every note of the corpus",
            Action::Reattach => "notes: re-attach an orphaned note to your row",
            Action::Delete => "notes: delete the selected note",
            Action::Refresh => "re-read the review file",
            Action::Help => "help",
            Action::Insert(_) => "type a character",
            Action::Edit(_) => "edit the text",
            Action::Confirm => "open / keep search",
            Action::Back => "back",
            Action::Quit => "quit",
        }
    }
}
