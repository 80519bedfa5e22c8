//! The Stories screen: stories on the left, the selected story's articles
//! on the right.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{Hits, text};
use crate::corpus::sanitize::for_display;
use crate::tui::app::App;
use crate::tui::lenses::shown_name;
use crate::tui::theme::Role;

/// Draws the Stories screen into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) -> Hits {
    let [list, detail] = area.layout(&Layout::horizontal([
        Constraint::Percentage(45),
        Constraint::Fill(1),
    ]));
    let block = Block::new()
        .borders(Borders::RIGHT)
        .title(Span::styled(" Stories ", app.theme.style(Role::Header)));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let height = usize::from(inner.height);
    let first = app
        .story_cursor
        .saturating_sub(height / 3)
        .min(app.stories.len().saturating_sub(height));
    let mut hits = Hits {
        page_rows: height.max(1),
        ..Hits::default()
    };
    for (line, index) in (first..app.stories.len()).take(height).enumerate() {
        let story = &app.stories[index];
        let members: Vec<_> = story.articles().map(|i| &app.corpus.articles[i]).collect();
        let outlets: BTreeSet<&str> = members.iter().filter_map(|a| a.outlet.as_deref()).collect();
        let date = members
            .iter()
            .filter_map(|a| a.date)
            .min()
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let text = format!(
            "{:>3} art. {:>2} outl. {date}  {}",
            members.len(),
            outlets.len(),
            for_display(&story.label)
        );
        let style = match (index == app.story_cursor, app.member_cursor) {
            (true, None) => app.theme.style(Role::Focus),
            (true, Some(_)) => app.theme.style(Role::Header),
            _ => ratatui::style::Style::new(),
        };
        let marks = app.glyphs.of(app.review.on_story(index));
        let text = text::truncate(&format!("{marks}{text}"), usize::from(inner.width));
        let row = Rect::new(inner.x, inner.y + line as u16, inner.width, 1);
        frame.render_widget(Paragraph::new(Span::styled(text, style)), row);
        hits.stories.push((row, index));
    }
    draw_members(frame, detail, app);
    hits
}

/// The selected story's articles: outlet, date, title and why grouped.
fn draw_members(frame: &mut Frame, area: Rect, app: &App) {
    let Some(story) = app.stories.get(app.story_cursor) else {
        frame.render_widget(Paragraph::new("No articles loaded."), area);
        return;
    };
    let head = app.theme.style(Role::Header);
    let mut lines = vec![
        Line::from(Span::styled(for_display(&story.label).into_owned(), head)),
        Line::from(Span::styled(
            format!("cohesion {:.2}", story.cohesion),
            app.theme.style(Role::Dim),
        )),
        Line::raw(""),
    ];
    let shares = app.member_shares.get(app.story_cursor).cloned().flatten();
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
    let inner = Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(1),
        area.height,
    );
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
