//! The `o` picker: the filter being typed, then the articles grouped by
//! story under a line naming it, in aligned columns (outlet, date, id,
//! title), each cut per grapheme so wide and combined characters fit.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::overlays::pane_block;
use super::text;
use crate::corpus::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::editor::TextInput;
use crate::tui::lenses::shown_name;
use crate::tui::theme::Role;
use crate::tui::update::picker::entries;

/// One line of the list: a story's name, or one of its articles.
enum Row {
    Story(usize),
    Article(usize),
}

/// The lines of the list for the filtered entries.
fn rows(app: &App, filter: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut story = None;
    for (s, article) in entries(app, filter) {
        if story != Some(s) {
            rows.push(Row::Story(s));
            story = Some(s);
        }
        rows.push(Row::Article(article));
    }
    rows
}

/// One article in aligned columns; `L` marks the chosen left article.
fn article_line(app: &App, article: usize, first: Option<usize>, width: usize) -> String {
    let a = &app.corpus.articles[article];
    let mark = if Some(article) == first { "L " } else { "  " };
    let date = a.date.map(|d| d.to_string()).unwrap_or_default();
    let title = for_display(a.title.as_deref().unwrap_or_default());
    let line = format!(
        "{mark}{} {} {} {title}",
        text::pad(&shown_name(a), 16),
        text::pad(&date, 10),
        text::pad(&for_display(&a.id), 20),
    );
    text::pad(&line, width)
}

/// Draws the picker: the filter line with the cursor, then the list with
/// the selected article in view.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    picking: (usize, Option<usize>),
    filter: &TextInput,
) {
    let boxed = super::overlays::centred(area, 90, 90);
    let title = if picking.1.is_none() {
        "Pick the left article · type to filter · ↑↓ move · Enter choose"
    } else {
        "Pick the right article · type to filter · ↑↓ move · Enter choose"
    };
    let inner = pane_block(frame, boxed, app, title);
    if inner.height < 2 {
        return;
    }
    draw_filter(frame, Rect { height: 1, ..inner }, filter);
    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    draw_list(frame, list, app, picking, &filter.text());
}

/// The filter as typed (escaped), scrolled so the cursor stays in view.
fn draw_filter(frame: &mut Frame, line: Rect, filter: &TextInput) {
    let width = usize::from(line.width);
    let (before, after) = filter.split_at_cursor();
    let before = text::tail(&for_display(before), width.saturating_sub(12));
    let after = for_display(after);
    let prompt = text::truncate(&format!("filter: {before}{after}"), width);
    frame.render_widget(Paragraph::new(prompt), line);
    let x = line.x + u16::try_from(8 + text::width(&before)).unwrap_or(0);
    frame.set_cursor_position(Position {
        x: x.min(line.right().saturating_sub(1)),
        y: line.y,
    });
}

/// The stories and their articles that match, the selected one in view.
fn draw_list(
    frame: &mut Frame,
    list: Rect,
    app: &App,
    picking: (usize, Option<usize>),
    filter: &str,
) {
    let (selected, first) = picking;
    let width = usize::from(list.width);
    let rows = rows(app, filter);
    if rows.is_empty() {
        frame.render_widget(Paragraph::new("No article matches the filter."), list);
        return;
    }
    let at = rows
        .iter()
        .position(|r| matches!(r, Row::Article(a) if *a == selected));
    let height = usize::from(list.height);
    let start = at
        .unwrap_or(0)
        .saturating_sub(height / 2)
        .min(rows.len().saturating_sub(height));
    let lines: Vec<Line> = rows[start..]
        .iter()
        .take(height)
        .map(|row| match row {
            Row::Story(s) => {
                let label = format!("── {} ", for_display(&app.stories[*s].label));
                let style = app.theme.style(Role::Header);
                Line::from(Span::styled(text::truncate(&label, width), style))
            }
            Row::Article(a) => {
                let style = match *a == selected {
                    true => app.theme.style(Role::Focus),
                    false => Style::new(),
                };
                Line::from(Span::styled(article_line(app, *a, first, width), style))
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
