//! Overlays drawn over the screen: help, removed text, the article picker,
//! the search prompt, and the Quotes and Framing panes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Hits, text};
use crate::corpus::sanitize::for_display;
use crate::export::wrap::{Word, split_words, wrap};
use crate::tui::app::{App, Overlay};
use crate::tui::editor::TextInput;
use crate::tui::lenses::shown_name;
use crate::tui::theme::Role;

/// Draws one overlay over `area`; a pane records what it drew in `hits`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, overlay: &Overlay, hits: &mut Hits) {
    match overlay {
        Overlay::Quotes { selected, offset } => {
            super::quotes::draw(frame, area, app, (*selected, *offset), hits)
        }
        Overlay::Framing { offset } => super::framing::draw(frame, area, app, *offset, hits),
        Overlay::Sources { offset } => super::sources::draw(frame, area, app, *offset, hits),
        Overlay::Help { offset } => super::help::draw(frame, area, app, *offset, hits),
        Overlay::Removed { offset } => removed(frame, area, app, *offset),
        Overlay::Picker {
            selected,
            first,
            filter,
        } => super::picker::draw(frame, area, app, (*selected, *first), filter),
        Overlay::SearchPrompt { input } => search_prompt(frame, area, app, input),
        Overlay::StoryFilter { input } => filter_prompt(frame, area, app, input),
        Overlay::NoteEditor { input, .. } => super::notes::editor(frame, area, app, input),
        Overlay::TagPicker { note, .. } => super::notes::tag_picker(frame, area, app, *note),
        Overlay::Notes {
            selected, offset, ..
        } => super::notes::pane(frame, area, app, (*selected, *offset), hits),
    }
}

/// A centred box of the given share of the area.
pub(super) fn centred(area: Rect, width_percent: u16, height_percent: u16) -> Rect {
    let [row] =
        area.layout(&Layout::vertical([Constraint::Percentage(height_percent)]).flex(Flex::Center));
    let [cell] =
        row.layout(&Layout::horizontal([Constraint::Percentage(width_percent)]).flex(Flex::Center));
    cell
}

fn boxed(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: u16,
) {
    let block = Block::new().borders(Borders::ALL).title(Span::styled(
        format!(" {title} "),
        app.theme.style(Role::Header),
    ));
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// Each article's whole title and id, and what cleaning removed, and why.
fn removed(frame: &mut Frame, area: Rect, app: &App, offset: usize) {
    let Some(view) = &app.compare else { return };
    let mut lines = Vec::new();
    for index in [view.left, view.right] {
        let article = &app.corpus.articles[index];
        let name = shown_name(article).into_owned();
        lines.push(Line::from(Span::styled(
            name,
            app.theme.style(Role::Header),
        )));
        let title = article.title.as_deref().unwrap_or("(no title)");
        for (what, value) in [("title", title), ("id", article.id.as_str())] {
            lines.push(Line::from(vec![
                Span::styled(format!("  {what}: "), app.theme.style(Role::Dim)),
                Span::raw(for_display(value).into_owned()),
            ]));
        }
        if article.removed.is_empty() {
            lines.push(Line::raw("  nothing removed"));
        }
        for removed in &article.removed {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  [{}] ", removed.reason),
                    app.theme.style(Role::Dim),
                ),
                Span::raw(for_display(&removed.text).into_owned()),
            ]));
        }
        lines.push(Line::raw(""));
    }
    let scroll = u16::try_from(offset).unwrap_or(u16::MAX);
    boxed(
        frame,
        centred(area, 80, 80),
        app,
        "Titles, ids and what cleaning removed",
        lines,
        scroll,
    );
}

/// The search line at the bottom of the screen: the match count always
/// shown at the right, the query scrolled so the cursor stays in view.
fn search_prompt(frame: &mut Frame, area: Rect, app: &App, input: &TextInput) {
    let Some(search) = app.compare.as_ref().and_then(|v| v.search.as_ref()) else {
        return;
    };
    let count = format!("  {} matching row(s) ", search.matches.len());
    prompt_line(frame, area, app, input, &count);
}

/// The Stories filter being typed, at the bottom, with how many stories match.
fn filter_prompt(frame: &mut Frame, area: Rect, app: &App, input: &TextInput) {
    let words = crate::tui::search::query_words(&input.text());
    let matching = (0..app.stories.len())
        .filter(|&s| app.story_matches(s, &words))
        .count();
    let count = format!(
        "  {matching} matching stor{} ",
        if matching == 1 { "y" } else { "ies" }
    );
    prompt_line(frame, area, app, input, &count);
}

/// A `/` prompt on the last line of `area`: `count` always shown at the
/// right, the text scrolled so the cursor stays in view.
fn prompt_line(frame: &mut Frame, area: Rect, app: &App, input: &TextInput, count: &str) {
    let line = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let room = usize::from(line.width)
        .saturating_sub(text::width(count) + 2)
        .max(1);
    let (before, after) = input.split_at_cursor();
    let before = text::tail(&for_display(before), room);
    let after = text::truncate(
        &for_display(after),
        room.saturating_sub(text::width(&before)),
    );
    let style = app.theme.style(Role::Focus);
    let query = format!("/{before}{after}");
    let fill = usize::from(line.width).saturating_sub(text::width(&query) + text::width(count));
    let spans = vec![
        Span::styled(query, style),
        Span::styled(" ".repeat(fill), style),
        Span::styled(count.to_owned(), style),
    ];
    frame.render_widget(Clear, line);
    frame.render_widget(Paragraph::new(Line::from(spans)), line);
    let x = line.x + u16::try_from(1 + text::width(&before)).unwrap_or(0);
    frame.set_cursor_position(ratatui::layout::Position {
        x: x.min(line.right().saturating_sub(1)),
        y: line.y,
    });
}

/// A pane over the whole of `area`: cleared, framed and titled. Returns the
/// inside.
pub(super) fn pane_block(frame: &mut Frame, area: Rect, app: &App, title: &str) -> Rect {
    let block = Block::new().borders(Borders::ALL).title(Span::styled(
        format!(" {title} "),
        app.theme.style(Role::Header),
    ));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    inner
}

/// Styled runs wrapped to `width` columns (with the same wrapping as the
/// Compare rows).
pub(super) fn wrap_styled(runs: &[(String, Style)], width: u16) -> Vec<Line<'static>> {
    wrap_words(&split_words(runs), width)
}

/// Styled words packed into lines of `width` columns, one space apart.
pub(super) fn wrap_words(words: &[Word<Style>], width: u16) -> Vec<Line<'static>> {
    wrap(words, usize::from(width.max(1)))
        .into_iter()
        .map(|line| {
            let mut spans = Vec::new();
            for (k, word) in line.into_iter().enumerate() {
                if k > 0 {
                    spans.push(Span::raw(" "));
                }
                spans.extend(word.pieces.into_iter().map(|(t, s)| Span::styled(t, s)));
            }
            Line::from(spans)
        })
        .collect()
}
