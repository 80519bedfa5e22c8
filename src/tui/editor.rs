//! Text being typed (a note, a search): lines and a cursor that moves by
//! grapheme, so an accented letter, an emoji or a CJK character is one
//! step, and the cursor's screen column counts wide characters twice.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::action::Action;

/// An editing step other than typing a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edit {
    /// One grapheme to the left (to the end of the line above at a line start).
    Left,
    /// One grapheme to the right.
    Right,
    /// Up a line, keeping the screen column.
    Up,
    /// Down a line, keeping the screen column.
    Down,
    /// To the start of the line.
    Home,
    /// To the end of the line.
    End,
    /// Delete the grapheme before the cursor (joining lines at a line start).
    Backspace,
    /// Delete the grapheme under the cursor.
    Delete,
    /// Delete the word before the cursor, and the spaces after it (Ctrl-w).
    DeleteWord,
    /// Delete from the start of the line to the cursor (Ctrl-u).
    DeleteToLineStart,
    /// Break the line at the cursor (Alt-Enter, Ctrl-j).
    NewLine,
}

/// The action a key means in a text input: a typed character or an
/// editing key. `None` (Enter, Esc, Ctrl-c…) goes on to the keymap, so
/// Enter still confirms and Esc still cancels.
pub fn typed(event: &KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let edit = match event.code {
        KeyCode::Char('w') if ctrl => Edit::DeleteWord,
        KeyCode::Char('u') if ctrl => Edit::DeleteToLineStart,
        KeyCode::Char('j') if ctrl => Edit::NewLine,
        KeyCode::Enter if alt => Edit::NewLine,
        KeyCode::Char(c) if !ctrl && !alt => return Some(Action::Insert(c)),
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Up => Edit::Up,
        KeyCode::Down => Edit::Down,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        _ => return None,
    };
    Some(Action::Edit(edit))
}

/// A text being edited: never empty of lines; `column` is a byte offset
/// on a grapheme boundary of line `line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextInput {
    lines: Vec<String>,
    line: usize,
    column: usize,
    multi_line: bool,
}

impl TextInput {
    /// A multi-line input holding `text`, the cursor at its end.
    pub fn multi_line(text: &str) -> TextInput {
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let line = lines.len() - 1;
        let column = lines[line].len();
        TextInput {
            lines,
            line,
            column,
            multi_line: true,
        }
    }

    /// A one-line input holding `text` (new lines become spaces), the cursor at its end.
    pub fn single_line(text: &str) -> TextInput {
        let text = text.replace('\n', " ");
        TextInput {
            column: text.len(),
            lines: vec![text],
            line: 0,
            multi_line: false,
        }
    }

    /// The text, lines joined by `\n`.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// The lines.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// The cursor's line split at the cursor: before it, from it on.
    pub fn split_at_cursor(&self) -> (&str, &str) {
        self.lines[self.line].split_at(self.column)
    }

    /// The cursor: its line, and its screen column within the line.
    pub fn cursor(&self) -> (usize, usize) {
        let before = &self.lines[self.line][..self.column];
        (self.line, before.width())
    }

    /// Types one character at the cursor (a new line when it is `\n` or `\r`).
    pub fn insert(&mut self, c: char) {
        if c == '\n' || c == '\r' {
            return self.apply(Edit::NewLine);
        }
        if c.is_control() {
            return;
        }
        self.lines[self.line].insert(self.column, c);
        self.column += c.len_utf8();
    }

    /// Applies one editing step.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Left => self.left(),
            Edit::Right => self.right(),
            Edit::Up if self.line > 0 => self.move_to_line(self.line - 1),
            Edit::Down if self.line + 1 < self.lines.len() => self.move_to_line(self.line + 1),
            Edit::Up | Edit::Down => {}
            Edit::Home => self.column = 0,
            Edit::End => self.column = self.lines[self.line].len(),
            Edit::Backspace => self.backspace(),
            Edit::Delete => self.delete(),
            Edit::DeleteWord => self.delete_word(),
            Edit::DeleteToLineStart => {
                self.lines[self.line].drain(..self.column);
                self.column = 0;
            }
            Edit::NewLine if self.multi_line => {
                let rest = self.lines[self.line].split_off(self.column);
                self.lines.insert(self.line + 1, rest);
                self.line += 1;
                self.column = 0;
            }
            Edit::NewLine => {}
        }
    }

    /// The byte offset of the grapheme boundary before the cursor.
    fn previous_boundary(&self) -> Option<usize> {
        let before = &self.lines[self.line][..self.column];
        before.grapheme_indices(true).next_back().map(|(i, _)| i)
    }

    /// The byte offset of the grapheme boundary after the cursor.
    fn next_boundary(&self) -> Option<usize> {
        let after = &self.lines[self.line][self.column..];
        after.graphemes(true).next().map(|g| self.column + g.len())
    }

    fn left(&mut self) {
        match self.previous_boundary() {
            Some(at) => self.column = at,
            None if self.line > 0 => {
                self.line -= 1;
                self.column = self.lines[self.line].len();
            }
            None => {}
        }
    }

    fn right(&mut self) {
        match self.next_boundary() {
            Some(at) => self.column = at,
            None if self.line + 1 < self.lines.len() => {
                self.line += 1;
                self.column = 0;
            }
            None => {}
        }
    }

    /// Moves to `line`, at the grapheme boundary nearest the same screen column.
    fn move_to_line(&mut self, line: usize) {
        let (_, wanted) = self.cursor();
        self.line = line;
        let text = &self.lines[line];
        self.column = text
            .grapheme_indices(true)
            .map(|(i, g)| (i, i + g.len()))
            .take_while(|&(_, end)| text[..end].width() <= wanted)
            .last()
            .map_or(0, |(_, end)| end);
    }

    fn backspace(&mut self) {
        match self.previous_boundary() {
            Some(at) => {
                self.lines[self.line].drain(at..self.column);
                self.column = at;
            }
            None => self.join_previous(),
        }
    }

    fn delete(&mut self) {
        if let Some(at) = self.next_boundary() {
            self.lines[self.line].drain(self.column..at);
        } else if self.line + 1 < self.lines.len() {
            let next = self.lines.remove(self.line + 1);
            self.lines[self.line].push_str(&next);
        }
    }

    /// At a line start: the line joins the one above.
    fn join_previous(&mut self) {
        if self.line == 0 {
            return;
        }
        let current = self.lines.remove(self.line);
        self.line -= 1;
        self.column = self.lines[self.line].len();
        self.lines[self.line].push_str(&current);
    }

    fn delete_word(&mut self) {
        if self.column == 0 {
            return self.join_previous();
        }
        let before = &self.lines[self.line][..self.column];
        let trimmed = before.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        self.lines[self.line].drain(start..self.column);
        self.column = start;
    }
}

#[cfg(test)]
#[path = "editor_tests.rs"]
mod tests;
