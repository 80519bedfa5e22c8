//! Drawing: a pure function of the state that returns the areas it used, so
//! mouse events can be hit-tested against the last frame.

use super::app::{App, Screen};
use super::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::widgets::{Clear, Paragraph, Wrap};

pub mod cells;
mod compare;
mod compare_header;
mod coverage;
mod coverage_detail;
mod framing;
pub mod help;
mod highlight;
mod notes;
mod overlays;
mod picker;
mod quotes;
mod sources;
mod status;
mod stories;
mod stories_detail;
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
    /// Thread headers of the Stories list by screen area.
    pub threads: Vec<(Rect, usize)>,
    /// Statements of the Quotes pane by screen area.
    pub statements: Vec<(Rect, usize)>,
    /// How many rows (or stories, statements, table rows) fit on one page.
    pub page_rows: usize,
    /// Where the Quotes or Framing pane on top actually starts: the first
    /// statement or table row drawn.
    pub overlay_offset: Option<usize>,
    /// Where the Stories list actually starts: the first list row drawn.
    pub story_offset: Option<usize>,
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

    /// The thread header under a screen position.
    pub fn thread_at(&self, x: u16, y: u16) -> Option<usize> {
        find(&self.threads, x, y)
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

/// Draws the whole screen, every cell as any terminal draws it.
pub fn draw(frame: &mut Frame, app: &App) -> Hits {
    let hits = draw_screen(frame, app);
    cells::settle(frame.buffer_mut());
    hits
}

fn draw_screen(frame: &mut Frame, app: &App) -> Hits {
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
    status::draw(frame, status, app);
    for overlay in &app.overlays {
        overlays::draw(frame, main, app, overlay, &mut hits);
    }
    paint_canvas(frame, app);
    hits
}

/// Gives every cell drawn without a colour the theme's own foreground and
/// background (the light theme brings its own, whatever the terminal's).
fn paint_canvas(frame: &mut Frame, app: &App) {
    let canvas = app.theme.canvas();
    let (Some(fg), Some(bg)) = (canvas.fg, canvas.bg) else {
        return;
    };
    for cell in &mut frame.buffer_mut().content {
        if cell.fg == Color::Reset {
            cell.fg = fg;
        }
        if cell.bg == Color::Reset {
            cell.bg = bg;
        }
    }
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
