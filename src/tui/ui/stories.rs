//! The Stories screen: on the left the list, threads of two or more
//! stories as a header (fold mark, id, label, then story count, dates and
//! outlets) with their stories beneath, a story alone in its thread
//! without one; each story as its id and title, then its date, size and
//! outlets. The list takes the width its titles need, leaving the detail
//! pane on the right (see [`super::stories_detail`]) at least a third.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{Hits, stories_detail, text};
use crate::corpus::sanitize::for_display;
use crate::export::wrap::{split_words, wrap};
use crate::tui::app::{App, ListRow};
use crate::tui::theme::Role;

/// The detail pane keeps at least this many columns…
const MIN_DETAIL: u16 = 26;
/// … and at least this share of the screen, in percent.
const DETAIL_SHARE: u16 = 30;
/// The list is never narrower than this.
const MIN_LIST: u16 = 30;

/// Draws the Stories screen into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) -> Hits {
    let rows = app.story_rows();
    let ids = id_width(app);
    let list_width = list_width(app, &rows, ids, area.width);
    let list = Rect {
        width: list_width,
        ..area
    };
    let detail = Rect {
        x: area.x + list_width,
        width: area.width - list_width,
        ..area
    };
    let block = Block::new().borders(Borders::RIGHT).title(Span::styled(
        title(app, &rows),
        app.theme.style(Role::Header),
    ));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let hits = draw_list(frame, inner, app, &rows, ids);
    if rows.is_empty() && !app.stories.is_empty() {
        // A filter that matches nothing: no story is selected, so none is shown.
        let none = format!(
            "No story matches “{}”. Esc clears the filter.",
            for_display(&app.stories_view.filter)
        );
        let pane = Rect::new(
            detail.x + 1,
            detail.y,
            detail.width.saturating_sub(1),
            detail.height,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(none, app.theme.style(Role::Dim)))
                .wrap(Wrap { trim: false }),
            pane,
        );
    } else {
        stories_detail::draw(frame, detail, app);
    }
    hits
}

/// The list's title: counts, the order, and the filter when one is kept.
fn title(app: &App, rows: &[ListRow]) -> String {
    let total = app.stories.len();
    let filter = &app.stories_view.filter;
    let order = app.stories_view.order.name();
    if filter.is_empty() {
        return format!(
            " {} · {} · by {order} ",
            counted(total, "story", "stories"),
            counted(app.threads.len(), "thread", "threads")
        );
    }
    let shown: usize = rows
        .iter()
        .map(|row| match row {
            ListRow::Thread { thread, shown } if app.stories_view.folded.contains(thread) => *shown,
            ListRow::Story { .. } => 1,
            ListRow::Thread { .. } => 0,
        })
        .sum();
    let filter = text::truncate(&for_display(filter), 16);
    format!(" {shown} of {total} stories · by {order} · /{filter} ")
}

/// `n` things, in the singular or the plural.
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Cells the widest story or thread id takes.
fn id_width(app: &App) -> usize {
    let stories = app.stories.iter().map(|s| text::width(&s.id));
    let threads = app.threads.iter().map(|t| text::width(&t.id));
    stories.chain(threads).max().unwrap_or(2)
}

/// The list's width: what its longest title line needs, between
/// [`MIN_LIST`] and what leaves the detail pane its share. With the
/// story's articles focused, the detail pane gets three fifths.
fn list_width(app: &App, rows: &[ListRow], ids: usize, width: u16) -> u16 {
    if app.member_cursor.is_some() {
        return (width * 2 / 5).max(MIN_LIST.min(width));
    }
    let detail = MIN_DETAIL.max(width * DETAIL_SHARE / 100);
    let most = width.saturating_sub(detail).max(MIN_LIST.min(width));
    let needed = rows
        .iter()
        .map(|row| text::width(&prefix(app, *row, ids)) + text::width(&label(app, *row)))
        .max()
        .unwrap_or(0)
        + 1;
    u16::try_from(needed)
        .unwrap_or(u16::MAX)
        .clamp(MIN_LIST.min(most), most)
}

/// What comes before a row's label: the fold mark or the review marks,
/// indented under a header, and the id padded to `ids` cells.
fn prefix(app: &App, row: ListRow, ids: usize) -> String {
    match row {
        ListRow::Thread { thread, .. } => {
            let folded = app.stories_view.folded.contains(&thread);
            let mark = if folded { "+" } else { "-" };
            format!("{mark} {} ", text::pad(&app.threads[thread].id, ids))
        }
        ListRow::Story { story, nested } => {
            let indent = if nested { "  " } else { "" };
            let marks = app.glyphs.of(app.review.on_story(story));
            let id = text::pad(&app.stories[story].id, ids);
            format!("{indent}{marks} {id} ")
        }
    }
}

/// A row's label: the thread's or the story's, escaped.
fn label(app: &App, row: ListRow) -> String {
    let label = match row {
        ListRow::Thread { thread, .. } => &app.threads[thread].label,
        ListRow::Story { story, .. } => &app.stories[story].label,
    };
    for_display(label).into_owned()
}

/// A row's second line: a thread's size, dates and outlets, a story's
/// date, size and outlets.
fn facts(app: &App, row: ListRow) -> String {
    match row {
        ListRow::Thread { thread, shown } => {
            let t = &app.threads[thread];
            let total = t.stories.len();
            let count = match shown == total {
                true => format!("{total} stories"),
                false => format!("{shown} of {total} stories"),
            };
            let dates = match (t.first, t.last) {
                (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
                (Some(first), _) => first.to_string(),
                _ => "undated".into(),
            };
            let mut outlets = std::collections::BTreeSet::new();
            for &s in t.stories.iter().filter(|&&s| s < app.stories.len()) {
                outlets.extend(app.story_facts(s).outlets);
            }
            match outlets.len() {
                0 => format!("{count} · {dates}"),
                n => format!("{count} · {dates} · {n} outl."),
            }
        }
        ListRow::Story { story, .. } => {
            let facts = app.story_facts(story);
            let date = facts
                .first
                .map_or_else(|| "undated".to_string(), |d| d.to_string());
            let outlets = for_display(&facts.outlets.join(", ")).into_owned();
            let outlets = match facts.outlets.len() {
                0 => String::new(),
                1 => format!(" · {outlets}"),
                n => format!(" · {n} outl.: {outlets}"),
            };
            format!("{date} · {} art.{outlets}", facts.articles)
        }
    }
}

/// The lines of one row, `width` cells wide: the title line (wrapped
/// whole when `r` asked for it, else cut with `…`), then the facts.
fn row_lines(app: &App, row: ListRow, ids: usize, width: usize, at: bool) -> Vec<Line<'static>> {
    let prefix = prefix(app, row, ids);
    let indent = " ".repeat(text::width(&prefix));
    let room = width.saturating_sub(indent.len()).max(1);
    let label = label(app, row);
    let title: Vec<String> = if app.stories_view.whole_titles {
        let words = split_words(&[(label, ())]);
        let wrapped = wrap(&words, room).into_iter().map(|line| {
            let words: Vec<String> = line.iter().map(|w| w.pieces[0].0.clone()).collect();
            words.join(" ")
        });
        let mut lines: Vec<String> = wrapped.collect();
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    } else {
        vec![label]
    };
    let style = row_style(app, row, at);
    let mut lines: Vec<Line> = title
        .iter()
        .enumerate()
        .map(|(k, part)| {
            let lead = if k == 0 { prefix.as_str() } else { &indent };
            let line = text::truncate(&format!("{lead}{part}"), width);
            Line::from(Span::styled(text::pad(&line, width), style))
        })
        .collect();
    let facts = text::truncate(&format!("{indent}{}", facts(app, row)), width);
    lines.push(Line::from(Span::styled(facts, app.theme.style(Role::Dim))));
    lines
}

/// The title line's style: the cursor's row stands out (less so while the
/// story's articles are focused), thread headers are headers.
fn row_style(app: &App, row: ListRow, at: bool) -> Style {
    let header = matches!(row, ListRow::Thread { .. });
    match (at, app.member_cursor.is_some(), header) {
        (true, false, _) => app.theme.style(Role::Focus),
        (true, true, _) | (false, _, true) => app.theme.style(Role::Header),
        _ => Style::new(),
    }
}

/// Draws the rows from where the cursor stays in view; records each row's
/// area, where the list started and how many rows a page holds.
fn draw_list(frame: &mut Frame, inner: Rect, app: &App, rows: &[ListRow], ids: usize) -> Hits {
    let width = usize::from(inner.width);
    let room = usize::from(inner.height);
    let mut hits = Hits {
        page_rows: (room / 2).max(1),
        ..Hits::default()
    };
    if rows.is_empty() {
        let why = match app.stories.is_empty() {
            true => "No stories.",
            false => "No story matches the filter (Esc clears it).",
        };
        frame.render_widget(Paragraph::new(why), inner);
        hits.story_offset = Some(0);
        return hits;
    }
    let cursor = app.cursor_row(rows).unwrap_or(0);
    let heights: Vec<usize> = rows
        .iter()
        .map(|r| row_height(app, *r, ids, width))
        .collect();
    let first = first_row(&heights, cursor, app.stories_view.offset, room);
    hits.story_offset = Some(first);
    let mut y = 0;
    for (index, &row) in rows.iter().enumerate().skip(first) {
        if y >= room {
            break;
        }
        let lines = row_lines(app, row, ids, width, index == cursor);
        let height = lines.len().min(room - y);
        let area = Rect::new(inner.x, inner.y + y as u16, inner.width, height as u16);
        frame.render_widget(Paragraph::new(lines), area);
        match row {
            ListRow::Thread { thread, .. } => hits.threads.push((area, thread)),
            ListRow::Story { story, .. } => hits.stories.push((area, story)),
        }
        y += height;
    }
    hits
}

/// The lines a row takes: one per title line, one for the facts.
fn row_height(app: &App, row: ListRow, ids: usize, width: usize) -> usize {
    if !app.stories_view.whole_titles {
        return 2;
    }
    let room = width
        .saturating_sub(text::width(&prefix(app, row, ids)))
        .max(1);
    let words = split_words(&[(label(app, row), ())]);
    wrap(&words, room).len().max(1) + 1
}

/// The first row to draw so that the cursor's row, and one row either side
/// of it where there is one, are in view, moving as little as possible
/// from `offset`; the page is filled to the end of the list.
pub fn first_row(heights: &[usize], cursor: usize, offset: usize, room: usize) -> usize {
    let last = heights.len().saturating_sub(1);
    let cursor = cursor.min(last);
    let span = |from: usize, to: usize| heights[from..=to].iter().sum::<usize>();
    let below = (cursor + 1).min(last);
    let mut first = offset.min(cursor.saturating_sub(1)).min(last);
    while first < cursor && span(first, below) > room {
        first += 1;
    }
    while first > 0 && span(first - 1, last) <= room {
        first -= 1;
    }
    first
}

#[cfg(test)]
mod tests {
    use super::first_row;

    #[test]
    fn the_cursor_and_its_neighbours_stay_in_view_with_the_least_scroll() {
        let heights = vec![2; 50];
        // 10 rows fit in 20 lines; moving down within the page does not scroll.
        assert_eq!(first_row(&heights, 5, 0, 20), 0);
        // The row below the cursor must show: the list scrolls by one.
        assert_eq!(first_row(&heights, 9, 0, 20), 1);
        // Going up keeps one row above the cursor.
        assert_eq!(first_row(&heights, 20, 25, 20), 19);
        // At the end the page is full, not half empty.
        assert_eq!(first_row(&heights, 49, 49, 20), 40);
        // A row taller than the page still starts at the cursor.
        assert_eq!(first_row(&[2, 30, 2], 1, 0, 20), 1);
    }
}
