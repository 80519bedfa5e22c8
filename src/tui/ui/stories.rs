//! The Stories screen: stories on the left, two lines each (id and title,
//! then thread, size, outlets and date), and on the right the selected
//! story's articles and a timeline of its thread.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{Hits, text};
use crate::corpus::sanitize::for_display;
use crate::stories::{Story, Thread};
use crate::tui::app::App;
use crate::tui::lenses::shown_name;
use crate::tui::theme::Role;

/// Rows each story takes in the list.
const ROWS_PER_STORY: usize = 2;

/// Draws the Stories screen into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) -> Hits {
    let [list, detail] = area.layout(&Layout::horizontal([
        Constraint::Percentage(50),
        Constraint::Fill(1),
    ]));
    let title = format!(
        " Stories ({}) · threads ({}) ",
        app.stories.len(),
        app.threads.len()
    );
    let block = Block::new()
        .borders(Borders::RIGHT)
        .title(Span::styled(title, app.theme.style(Role::Header)));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let height = usize::from(inner.height) / ROWS_PER_STORY;
    let first = app
        .story_cursor
        .saturating_sub(height / 3)
        .min(app.stories.len().saturating_sub(height));
    let mut hits = Hits {
        page_rows: height.max(1),
        ..Hits::default()
    };
    for (slot, index) in (first..app.stories.len()).take(height).enumerate() {
        let y = inner.y + (slot * ROWS_PER_STORY) as u16;
        let row = Rect::new(inner.x, y, inner.width, ROWS_PER_STORY as u16);
        frame.render_widget(
            Paragraph::new(story_row(app, index, usize::from(inner.width))),
            row,
        );
        hits.stories.push((row, index));
    }
    draw_members(frame, detail, app);
    hits
}

/// The two lines of one story in the list.
fn story_row(app: &App, index: usize, width: usize) -> Vec<Line<'static>> {
    let story = &app.stories[index];
    let members: Vec<_> = story.articles().map(|i| &app.corpus.articles[i]).collect();
    let outlets: BTreeSet<&str> = members.iter().filter_map(|a| a.outlet.as_deref()).collect();
    let date = members
        .iter()
        .filter_map(|a| a.date)
        .min()
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    let thread = thread_of(&app.threads, index).map_or("", |t| t.id.as_str());
    let style = match (index == app.story_cursor, app.member_cursor) {
        (true, None) => app.theme.style(Role::Focus),
        (true, Some(_)) => app.theme.style(Role::Header),
        _ => ratatui::style::Style::new(),
    };
    let marks = app.glyphs.of(app.review.on_story(index));
    let label = format!("{marks} {:<4}{}", story.id, for_display(&story.label));
    let label = text::truncate(&label, width);
    let facts = format!(
        "    {thread} · {} art. · {} outl. · {date}",
        members.len(),
        outlets.len()
    );
    vec![
        Line::from(Span::styled(label, style)),
        Line::from(Span::styled(facts, app.theme.style(Role::Dim))),
    ]
}

/// The thread a story (by index) is in, if threads were grouped.
fn thread_of(threads: &[Thread], story: usize) -> Option<&Thread> {
    threads.iter().find(|t| t.stories.contains(&story))
}

/// The selected story's articles: outlet, date, title and why grouped;
/// then its thread's stories by date.
fn draw_members(frame: &mut Frame, area: Rect, app: &App) {
    let Some(story) = app.stories.get(app.story_cursor) else {
        frame.render_widget(Paragraph::new("No articles loaded."), area);
        return;
    };
    let head = app.theme.style(Role::Header);
    let mut lines = vec![
        Line::from(Span::styled(for_display(&story.label).into_owned(), head)),
        Line::from(Span::styled(
            format!("{} · cohesion {:.2}", story.id, story.cohesion),
            app.theme.style(Role::Dim),
        )),
        Line::raw(""),
    ];
    lines.extend(member_lines(app, story));
    if let Some(thread) = thread_of(&app.threads, app.story_cursor) {
        lines.extend(timeline(app, thread));
    }
    let inner = Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(1),
        area.height,
    );
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// One line per member (and one for the terms it shares).
fn member_lines(app: &App, story: &Story) -> Vec<Line<'static>> {
    let head = app.theme.style(Role::Header);
    let shares = app.member_shares.get(app.story_cursor).cloned().flatten();
    let mut lines = Vec::new();
    for (k, member) in story.members.iter().enumerate() {
        let article = &app.corpus.articles[member.article];
        let date = article
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let share = match &shares {
            Some(shares) if story.members.len() > 1 => {
                format!("  {:>3.0}% shared", shares[k] * 100.0)
            }
            _ => String::new(),
        };
        let outlet = shown_name(article).into_owned();
        let title = for_display(article.title.as_deref().unwrap_or(""));
        let marks = app.glyphs.of(app.review.on_article(member.article));
        let focused = app.member_cursor == Some(k);
        let line = Line::from(vec![
            Span::styled(marks, head),
            Span::styled(outlet, head),
            Span::raw(format!("  {date}{share}  {title}")),
        ]);
        lines.push(match focused {
            true => line.style(app.theme.style(Role::Focus)),
            false => line,
        });
        if story.members.len() > 1 && !member.shared_terms.is_empty() {
            let shared = format!("  shared: {}", member.shared_terms.join(", "));
            let shared = for_display(&shared).into_owned();
            lines.push(Line::from(Span::styled(shared, app.theme.style(Role::Dim))));
        }
    }
    lines
}

/// The thread's stories, earliest first, the selected one marked.
fn timeline(app: &App, thread: &Thread) -> Vec<Line<'static>> {
    let dim = app.theme.style(Role::Dim);
    let mut lines = vec![
        Line::raw(""),
        Line::from(Span::styled(
            format!("thread {} · {} stories", thread.id, thread.stories.len()),
            app.theme.style(Role::Header),
        )),
    ];
    for &s in &thread.stories {
        let Some(story) = app.stories.get(s) else {
            continue;
        };
        let date = story
            .articles()
            .filter_map(|i| app.corpus.articles[i].date)
            .min()
            .map_or_else(|| "undated   ".to_string(), |d| d.to_string());
        let mark = if s == app.story_cursor { "▸" } else { "·" };
        let text = format!(
            "{mark} {date}  {:<4}{}",
            story.id,
            for_display(&story.label)
        );
        lines.push(Line::from(Span::styled(text, dim)));
    }
    lines
}
