//! The Sources pane: per article of the compared story, who it cites and
//! what it copied, scrolled a line at a time.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Hits;
use super::overlays::{pane_block, wrap_styled};
use crate::tui::app::App;
use crate::tui::sources::{SourceLine, SourceLineKind};
use crate::tui::theme::{Role, Theme};

/// Indentation of an article's citations and copies under its heading.
const INDENT: u16 = 2;

/// Draws the Sources pane over `area`, from line `offset` (or the last line
/// that still fills the screen).
pub fn draw(frame: &mut Frame, area: Rect, app: &App, offset: usize, hits: &mut Hits) {
    let Some(pane) = &app.sources_pane else {
        return;
    };
    let title = format!("Sources · {}", pane.scope);
    let inner = pane_block(frame, area, app, &title);
    hits.rows.clear();
    hits.stories.clear();
    hits.overlay_offset = Some(0);
    hits.page_rows = 1;
    let [body] = inner.layout(&Layout::horizontal([Constraint::Fill(1)]).horizontal_margin(1));
    if body.height == 0 || pane.lines.is_empty() {
        return;
    }
    let wrapped: Vec<Vec<Line<'static>>> = pane
        .lines
        .iter()
        .map(|line| wrapped(line, body.width, &app.theme))
        .collect();
    let heights: Vec<u16> = wrapped
        .iter()
        .map(|lines| u16::try_from(lines.len()).unwrap_or(u16::MAX))
        .collect();
    let start = offset.min(last_filling_start(&heights, body.height));
    let mut y = body.y;
    let mut shown = 0;
    for lines in wrapped.iter().skip(start) {
        let room = body.bottom().saturating_sub(y);
        if room == 0 {
            break;
        }
        let h = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(room);
        frame.render_widget(
            Paragraph::new(lines.clone()),
            Rect::new(body.x, y, body.width, h),
        );
        y = y.saturating_add(h);
        shown += 1;
    }
    hits.overlay_offset = Some(start);
    hits.page_rows = shown.max(1);
}

/// The last line to start from that still fills `room` rows.
fn last_filling_start(heights: &[u16], room: u16) -> usize {
    let mut start = heights.len().saturating_sub(1);
    let mut used = 0u16;
    for (i, &h) in heights.iter().enumerate().rev() {
        used = used.saturating_add(h);
        if used > room {
            break;
        }
        start = i;
    }
    start
}

/// One pane line wrapped to `width`: headings flush left in the header
/// style, the rest indented (copies marked like Compare's copied rows).
fn wrapped(line: &SourceLine, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let style = match line.kind {
        SourceLineKind::Article => theme.style(Role::Header),
        SourceLineKind::Nothing => theme.style(Role::Dim),
        SourceLineKind::Citation => Style::new(),
        SourceLineKind::Copy => theme.style(Role::Same),
    };
    if line.kind == SourceLineKind::Article {
        return wrap_styled(&[(line.text.clone(), style)], width);
    }
    let indent = " ".repeat(usize::from(INDENT));
    wrap_styled(&[(line.text.clone(), style)], width.saturating_sub(INDENT))
        .into_iter()
        .map(|wrapped| {
            let mut spans = vec![Span::raw(indent.clone())];
            spans.extend(wrapped.spans);
            Line::from(spans)
        })
        .collect()
}
