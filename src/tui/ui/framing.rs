//! The Framing pane: a table with a column per outlet of the compared story
//! (the compared two first) and a row per referent named and per list of
//! word choices, scrolled a table row at a time.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::Hits;
use super::overlays::{pane_block, wrap_styled, wrap_words};
use crate::export::wrap::{Word, split_words};
use crate::framing::FramingRow;
use crate::tui::app::App;
use crate::tui::theme::{Role, Theme};

/// Columns between table columns.
const SPACING: u16 = 2;
/// Indentation of the referents under Naming.
const INDENT: u16 = 2;
/// Width the outlet columns get before the label column shrinks.
const OUTLET_WIDTH: u16 = 14;
/// Bounds on the label column's width.
const LABEL_WIDTH: (u16, u16) = (12, 24);

/// One table row, wrapped: the label and each cell.
struct Wrapped {
    /// A blank line above (a section's heading, unless drawn first).
    gap: bool,
    label: Vec<Line<'static>>,
    cells: Vec<Vec<Line<'static>>>,
}

impl Wrapped {
    fn height(&self, first: bool) -> u16 {
        let lines = self
            .cells
            .iter()
            .map(Vec::len)
            .fold(self.label.len(), usize::max)
            .max(1);
        let gap = usize::from(self.gap && !first);
        u16::try_from(lines + gap).unwrap_or(u16::MAX)
    }
}

/// Draws the Framing pane over `area`, from table row `offset` (or the last
/// row that still fills the screen).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, offset: usize, hits: &mut Hits) {
    let Some(pane) = &app.framing_pane else {
        return;
    };
    let title = format!("Framing · {}", pane.scope);
    let inner = pane_block(frame, area, app, &title);
    hits.rows.clear();
    hits.stories.clear();
    hits.overlay_offset = Some(0);
    hits.page_rows = 1;
    let [full] = inner.layout(&Layout::horizontal([Constraint::Fill(1)]).horizontal_margin(1));
    if full.height < 3 || pane.outlets.is_empty() {
        return;
    }
    let label_width = pane
        .rows
        .iter()
        .map(|r| r.label.width() + usize::from(if r.heading { 0 } else { INDENT }))
        .max()
        .unwrap_or(0)
        .saturating_add(usize::from(SPACING));
    // As wide as the labels, within bounds, leaving the outlets columns of
    // OUTLET_WIDTH where the screen allows.
    let outlets = u16::try_from(pane.outlets.len()).unwrap_or(u16::MAX);
    let room = full
        .width
        .saturating_sub(outlets.saturating_mul(OUTLET_WIDTH + SPACING));
    let label_width = u16::try_from(label_width)
        .unwrap_or(u16::MAX)
        .min(LABEL_WIDTH.1.max(full.width / 4))
        .min(room)
        .max(LABEL_WIDTH.0);
    let mut constraints = vec![Constraint::Length(label_width)];
    constraints.extend(pane.outlets.iter().map(|_| Constraint::Fill(1)));
    let columns = Layout::horizontal(constraints).spacing(SPACING).split(full);
    let theme = &app.theme;
    let head = theme.style(Role::Header);
    // An outlet's name may take the blank line under the headings.
    for (name, column) in pane.outlets.iter().zip(columns.iter().skip(1)) {
        let heading = wrap_styled(&[(name.clone(), head)], column.width);
        frame.render_widget(
            Paragraph::new(heading),
            Rect::new(column.x, full.y, column.width, 2),
        );
    }
    let body = Rect::new(full.x, full.y + 2, full.width, full.height - 2);
    let rows: Vec<Wrapped> = pane
        .rows
        .iter()
        .map(|row| wrapped(row, &columns, theme))
        .collect();
    // The last start that still fills the screen.
    let mut last_start = rows.len().saturating_sub(1);
    let mut used = 0u16;
    for i in (0..rows.len()).rev() {
        used = used.saturating_add(rows[i].height(false));
        if used > body.height {
            break;
        }
        last_start = i;
    }
    let start = offset.min(last_start);
    let mut y = body.y;
    let mut shown = 0;
    for (i, row) in rows.iter().enumerate().skip(start) {
        if y >= body.bottom() {
            break;
        }
        if row.gap && i != start {
            y += 1;
        }
        let lines = row.height(true);
        for (lines_of, column) in std::iter::once(&row.label)
            .chain(row.cells.iter())
            .zip(columns.iter())
        {
            let height = lines.min(body.bottom().saturating_sub(y));
            if height > 0 {
                frame.render_widget(
                    Paragraph::new(lines_of.clone()),
                    Rect::new(column.x, y, column.width, height),
                );
            }
        }
        y = y.saturating_add(lines);
        shown += 1;
    }
    hits.overlay_offset = Some(start);
    hits.page_rows = shown.max(1);
}

/// A table row wrapped to the columns.
fn wrapped(row: &FramingRow, columns: &[Rect], theme: &Theme) -> Wrapped {
    let label = if row.heading {
        let style = theme.style(Role::Header);
        wrap_styled(&[(row.label.clone(), style)], columns[0].width)
    } else {
        let width = columns[0].width.saturating_sub(INDENT);
        wrap_styled(&[(row.label.clone(), Style::new())], width)
            .into_iter()
            .map(|line| {
                let mut spans = vec![Span::raw(" ".repeat(usize::from(INDENT)))];
                spans.extend(line.spans);
                Line::from(spans)
            })
            .collect()
    };
    let cells = row
        .cells
        .iter()
        .zip(columns.iter().skip(1))
        .map(|(items, column)| {
            let style = if items.len() == 1 && items[0] == "—" {
                theme.style(Role::Dim)
            } else {
                Style::new()
            };
            wrap_items(items, style, column.width)
        })
        .collect();
    Wrapped {
        gap: row.heading,
        label,
        cells,
    }
}

/// Items separated by commas, wrapped to `width` between items; an item
/// wider than the column is wrapped between its words.
fn wrap_items(items: &[String], style: Style, width: u16) -> Vec<Line<'static>> {
    let last = items.len().saturating_sub(1);
    let mut words: Vec<Word<Style>> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let comma = if k < last { "," } else { "" };
        let item = format!("{item}{comma}");
        if item.width() > usize::from(width) {
            words.extend(split_words(&[(item, style)]));
        } else {
            words.push(Word {
                pieces: vec![(item, style)],
            });
        }
    }
    wrap_words(&words, width)
}
