//! Drawing: a pure function of the state that returns the areas it used, so
//! mouse events can be hit-tested against the last frame.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::app::{App, Origin, Overlay, Screen};
use super::theme::Role;
use crate::corpus::sanitize::for_display;

mod compare;
mod coverage;
mod framing;
mod highlight;
mod notes;
mod overlays;
mod quotes;
mod stories;
pub mod text;

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 60;
/// Smallest usable terminal.
pub const MIN_HEIGHT: u16 = 15;

/// What the last frame drew where, for the mouse, and how much fit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    /// Compare rows by screen area.
    pub rows: Vec<(Rect, usize)>,
    /// Stories by screen area.
    pub stories: Vec<(Rect, usize)>,
    /// Statements of the Quotes pane by screen area.
    pub statements: Vec<(Rect, usize)>,
    /// How many rows (or stories, statements, table rows) fit on one page.
    pub page_rows: usize,
    /// Where the Quotes or Framing pane on top actually starts: the first
    /// statement or table row drawn.
    pub overlay_offset: Option<usize>,
}

impl Hits {
    /// The Compare row under a screen position.
    pub fn row_at(&self, x: u16, y: u16) -> Option<usize> {
        find(&self.rows, x, y)
    }

    /// The story under a screen position.
    pub fn story_at(&self, x: u16, y: u16) -> Option<usize> {
        find(&self.stories, x, y)
    }

    /// The Quotes pane's statement under a screen position.
    pub fn statement_at(&self, x: u16, y: u16) -> Option<usize> {
        find(&self.statements, x, y)
    }
}

fn find(areas: &[(Rect, usize)], x: u16, y: u16) -> Option<usize> {
    let position = ratatui::layout::Position { x, y };
    areas
        .iter()
        .find(|(r, _)| r.contains(position))
        .map(|&(_, i)| i)
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) -> Hits {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, app);
        return Hits::default();
    }
    let [main, status] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let mut hits = match (app.screen, &app.compare, &app.coverage) {
        (Screen::Compare, Some(view), _) => compare::draw(frame, main, app, view),
        (Screen::Coverage, _, Some(view)) => coverage::draw(frame, main, app, view),
        _ => stories::draw(frame, main, app),
    };
    status_bar(frame, status, app);
    for overlay in &app.overlays {
        overlays::draw(frame, main, app, overlay, &mut hits);
    }
    hits
}

fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let text = format!(
        "The terminal is too small ({}×{}). storydiff needs at least {MIN_WIDTH}×{MIN_HEIGHT}. Resize, or press q to quit.",
        area.width, area.height
    );
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(text)
            .style(app.theme.style(Role::Header))
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// Status-bar hints left out, last first, until the bar fits.
const OPTIONAL_HINTS: [Action; 6] = [
    Action::Coverage,
    Action::Quotes,
    Action::Framing,
    Action::NextWitness,
    Action::Notes,
    Action::Note,
];

/// The actions the status bar offers, with their labels, for what is on top.
fn hints(app: &App) -> Vec<(Action, &'static str)> {
    let back = match (app.screen, &app.compare, &app.coverage) {
        (Screen::Compare, Some(view), _) if view.back == Screen::Coverage => "back",
        (Screen::Coverage, _, Some(view)) if view.origin != Origin::Stories => "compare",
        _ => "stories",
    };
    match (app.top_overlay(), app.screen) {
        (Some(Overlay::SearchPrompt { .. }), _) => {
            vec![(Action::Confirm, "keep"), (Action::Back, "cancel")]
        }
        (Some(Overlay::Picker { .. }), _) => vec![
            (Action::Next, "move"),
            (Action::Confirm, "choose"),
            (Action::Back, "cancel"),
        ],
        (Some(Overlay::Quotes { .. }), _) => vec![
            (Action::Next, "statement"),
            (Action::Confirm, "go to row"),
            (Action::Framing, "framing"),
            (Action::Back, "close"),
            (Action::Quit, "quit"),
        ],
        (Some(Overlay::Framing { .. }), _) => vec![
            (Action::Next, "scroll"),
            (Action::Quotes, "quotes"),
            (Action::Back, "close"),
            (Action::Quit, "quit"),
        ],
        (Some(Overlay::NoteEditor { .. }), _) => {
            vec![(Action::Confirm, "save"), (Action::Back, "cancel")]
        }
        (Some(Overlay::TagPicker { .. }), _) => vec![(Action::Confirm, "close")],
        (
            Some(Overlay::Notes {
                confirm: Some(_), ..
            }),
            _,
        ) => vec![(Action::Back, "keep")],
        (Some(Overlay::Notes { .. }), _) => vec![
            (Action::Next, "move"),
            (Action::Confirm, "go to"),
            (Action::Reattach, "re-attach"),
            (Action::Delete, "delete"),
            (Action::Back, "close"),
        ],
        (Some(_), _) => vec![(Action::Back, "close"), (Action::Quit, "quit")],
        (None, Screen::Stories) => vec![
            (Action::Next, "next"),
            (Action::Confirm, "compare"),
            (Action::Coverage, "coverage"),
            (Action::Pick, "pick two"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Screen::Compare) => vec![
            (Action::Next, "row"),
            (Action::NextDivergence, "divergence"),
            (Action::Search, "search"),
            (Action::Swap, "swap"),
            (Action::NextWitness, "next article"),
            (Action::Coverage, "coverage"),
            (Action::Quotes, "quotes"),
            (Action::Framing, "framing"),
            (Action::Note, "note"),
            (Action::Notes, "notes"),
            (Action::Back, back),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Screen::Coverage) => vec![
            (Action::Next, "row"),
            (Action::ColumnRight, "column"),
            (Action::Confirm, "open"),
            (Action::ChangePivot, "pivot"),
            (Action::Back, back),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
    }
}

/// The focused row's note in one line: its marks, first line and tags.
fn note_summary(app: &App, note: &crate::tui::review::NoteAt) -> String {
    let tags: String = note.note.tags.iter().map(|t| format!(" #{t}")).collect();
    let marks = app.glyphs.of([note]);
    let text = format!(
        "{} {}{}",
        marks.trim_end(),
        note.first_line(),
        for_display(&tags)
    );
    let short: String = text.chars().take(48).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// The keys most useful on the current screen, from the active keymap.
fn status_bar(frame: &mut Frame, area: Rect, app: &App) {
    let key_style = app.theme.style(Role::StatusBar);
    let mut spans = Vec::new();
    if let Some(message) = &app.message {
        // Messages can quote the config file or the corpus: shown escaped.
        spans.push(Span::styled(
            format!(" {} ", for_display(message)),
            app.theme.style(Role::Focus),
        ));
        spans.push(Span::raw(" "));
    } else if let Some(note) = app.focused_note() {
        spans.push(Span::styled(
            format!(" {} ", note_summary(app, note)),
            app.theme.style(Role::Header),
        ));
    }
    let mut hints: Vec<(Action, String, &str)> = hints(app)
        .into_iter()
        .filter_map(|(action, label)| {
            let key = app.keymap.keys_for(action).into_iter().next()?;
            Some((action, key, label))
        })
        .collect();
    // Optional hints go, the least useful first, until the rest fits
    // (trailing spaces aside).
    let room = usize::from(area.width) + 2;
    let used: usize = spans.iter().map(Span::width).sum();
    let width = |hints: &[(Action, String, &str)]| {
        used + hints
            .iter()
            .map(|(_, key, label)| key.width() + label.width() + 5)
            .sum::<usize>()
    };
    for optional in OPTIONAL_HINTS.iter().rev() {
        if width(&hints) > room {
            hints.retain(|(action, _, _)| action != optional);
        }
    }
    for (_, key, label) in hints {
        spans.push(Span::styled(format!(" {key} "), key_style));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
