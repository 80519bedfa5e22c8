//! The Stories screen's detail pane: for a story, its articles (outlet,
//! date, share of text shared, title and why grouped); for a thread, or
//! under a story of one, the thread's timeline — its stories as marks along
//! a line by date, first and last date beneath — and its stories by date.

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::text;
use crate::corpus::sanitize::for_display;
use crate::export::wrap::{split_words, wrap};
use crate::stories::{Story, Thread};
use crate::tui::app::App;
use crate::tui::lenses::shown_name;
use crate::tui::theme::Role;

/// A story on the timeline.
const MARK: char = '●';
/// The selected story on the timeline.
const SELECTED: char = '◆';
/// The timeline's line.
const LINE: char = '─';

/// Draws the pane into `area` (its left column is kept blank, next to the
/// list's border).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let inner = Rect::new(
        area.x + 1,
        area.y,
        area.width.saturating_sub(1),
        area.height,
    );
    let width = usize::from(inner.width);
    let (mut lines, list) = match app.stories_view.thread_cursor {
        Some(thread) => thread_lines(app, &app.threads[thread], None, width),
        None => match app.stories.get(app.story_cursor) {
            Some(story) => story_lines(app, story, width),
            None => (
                vec![Line::raw("No articles loaded.")],
                ThreadList::default(),
            ),
        },
    };
    let used: usize = lines.iter().map(|l| rows_taken(l, width)).sum();
    let room = usize::from(inner.height).saturating_sub(used);
    lines.extend(list.window(room));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The rows a line takes wrapped at word boundaries to `width`.
fn rows_taken(line: &Line, width: usize) -> usize {
    let words = split_words(&[(line.to_string(), ())]);
    wrap(&words, width.max(1)).len().max(1)
}

/// A thread's stories, one line each, and which is selected.
#[derive(Default)]
struct ThreadList {
    lines: Vec<Line<'static>>,
    selected: Option<usize>,
}

impl ThreadList {
    /// The lines that fit in `room` rows: all of them, or a window around
    /// the selected story (else the first ones) and a line counting the rest.
    fn window(self, room: usize) -> Vec<Line<'static>> {
        let total = self.lines.len();
        if total <= room {
            return self.lines;
        }
        let shown = room.saturating_sub(1);
        let start = self
            .selected
            .map_or(0, |s| s.saturating_sub(shown / 2))
            .min(total - shown);
        let rest = total - shown;
        let mut lines: Vec<Line> = self.lines.into_iter().skip(start).take(shown).collect();
        if room > 0 {
            lines.push(Line::raw(format!("… {rest} more (of {total})")));
        }
        lines
    }
}

/// A story: label, id and cohesion, its articles, then its thread (when it
/// has other stories).
fn story_lines(app: &App, story: &Story, width: usize) -> (Vec<Line<'static>>, ThreadList) {
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
    let thread = app.thread_of(app.story_cursor).map(|t| &app.threads[t]);
    let Some(thread) = thread.filter(|t| t.stories.len() > 1) else {
        return (lines, ThreadList::default());
    };
    lines.push(Line::raw(""));
    let (head, list) = thread_lines(app, thread, Some(app.story_cursor), width);
    lines.extend(head);
    (lines, list)
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

/// The earliest dated article of a story.
fn story_date(app: &App, story: usize) -> Option<Date> {
    app.stories[story]
        .articles()
        .filter_map(|i| app.corpus.articles[i].date)
        .min()
}

/// A thread: its id, size and dates and the timeline; then its stories
/// earliest first, one line each (cut to fit), `selected` marked.
fn thread_lines(
    app: &App,
    thread: &Thread,
    selected: Option<usize>,
    width: usize,
) -> (Vec<Line<'static>>, ThreadList) {
    let (head, dim) = (app.theme.style(Role::Header), app.theme.style(Role::Dim));
    let stories: Vec<usize> = thread
        .stories
        .iter()
        .copied()
        .filter(|&s| s < app.stories.len())
        .collect();
    let mut lines = Vec::new();
    if selected.is_none() {
        lines.push(Line::from(Span::styled(
            for_display(&thread.label).into_owned(),
            head,
        )));
        lines.push(Line::raw(""));
    }
    lines.push(Line::from(Span::styled(
        format!("thread {} · {} stories", thread.id, stories.len()),
        head,
    )));
    let dated: Vec<(Date, bool)> = stories
        .iter()
        .filter_map(|&s| story_date(app, s).map(|d| (d, Some(s) == selected)))
        .collect();
    lines.extend(timeline(app, &dated, width));
    let undated = stories.len() - dated.len();
    if undated > 0 {
        lines.push(Line::from(Span::styled(
            format!("{undated} undated, not on the line"),
            dim,
        )));
    }
    lines.push(Line::raw(""));
    let mut list = ThreadList {
        lines: Vec::new(),
        selected: stories.iter().position(|&s| Some(s) == selected),
    };
    let ids = stories
        .iter()
        .map(|&s| text::width(&app.stories[s].id))
        .max()
        .unwrap_or(0);
    for &s in &stories {
        let story = &app.stories[s];
        let date = story_date(app, s).map_or_else(|| "undated   ".to_string(), |d| d.to_string());
        let mark = if Some(s) == selected { "▸" } else { "·" };
        let text = format!(
            "{mark} {date}  {} {}",
            text::pad(&story.id, ids),
            for_display(&story.label)
        );
        let style = if Some(s) == selected { head } else { dim };
        list.lines.push(Line::from(Span::styled(
            text::truncate(&text, width),
            style,
        )));
    }
    (lines, list)
}

/// The timeline: a line `width` cells wide with a mark per dated story
/// ([`timeline_cells`]), the selected one standing out, and the first and
/// last dates beneath its ends.
fn timeline(app: &App, dated: &[(Date, bool)], width: usize) -> Vec<Line<'static>> {
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.0).min(),
        dated.iter().map(|d| d.0).max(),
    ) else {
        return Vec::new();
    };
    let width = width.clamp(1, 60);
    let cells = timeline_cells(dated, width);
    let spans: Vec<Span> = cells
        .into_iter()
        .map(|(c, selected)| {
            let style = match (selected, c == LINE) {
                (true, _) => app.theme.style(Role::Focus),
                (false, false) => app.theme.style(Role::Header),
                (false, true) => app.theme.style(Role::Dim),
            };
            let glyphs = &app.glyphs;
            let shown = match c {
                LINE => glyphs.timeline_line.clone(),
                MARK => glyphs.timeline.clone(),
                SELECTED => glyphs.timeline_selected.clone(),
                digit => digit.to_string(),
            };
            Span::styled(shown, style)
        })
        .collect();
    let (first, last) = (first.to_string(), last.to_string());
    let gap = width.saturating_sub(first.len() + last.len());
    let dates = match (first == last, gap > 0) {
        (true, _) => first,
        (false, true) => format!("{first}{}{last}", " ".repeat(gap)),
        (false, false) => format!("{first} – {last}"),
    };
    vec![
        Line::from(spans),
        Line::from(Span::styled(
            text::truncate(&dates, width),
            Style::new().patch(app.theme.style(Role::Dim)),
        )),
    ]
}

/// The timeline's cells: [`LINE`] where no story falls, [`MARK`] for one
/// story placed by its date between the earliest and latest (all in the
/// middle when they share a date), [`SELECTED`] for the selected one, a
/// digit (or `+` past 9) where several stories share a cell. The flag says
/// whether the selected story is in the cell.
pub fn timeline_cells(dated: &[(Date, bool)], width: usize) -> Vec<(char, bool)> {
    let width = width.max(1);
    let mut counts = vec![(0usize, false); width];
    let first = dated.iter().map(|d| d.0).min();
    let last = dated.iter().map(|d| d.0).max();
    let (Some(first), Some(last)) = (first, last) else {
        return vec![(LINE, false); width];
    };
    let span = (last - first).get_days();
    for &(date, selected) in dated {
        let cell = if span == 0 {
            (width - 1) / 2
        } else {
            let days = (date - first).get_days();
            let at = f64::from(days) / f64::from(span) * (width - 1) as f64;
            (at.round() as usize).min(width - 1)
        };
        counts[cell].0 += 1;
        counts[cell].1 |= selected;
    }
    counts
        .into_iter()
        .map(|(n, selected)| {
            let c = match n {
                0 => LINE,
                1 if selected => SELECTED,
                1 => MARK,
                2..=9 => char::from_digit(n as u32, 10).unwrap_or('+'),
                _ => '+',
            };
            (c, selected)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn shown(cells: &[(char, bool)]) -> String {
        cells.iter().map(|c| c.0).collect()
    }

    #[test]
    fn stories_fall_along_the_line_by_date_one_mark_each() {
        let dated = [
            (date(2017, 6, 11), false),
            (date(2017, 10, 23), true),
            (date(2017, 11, 16), false),
            (date(2017, 12, 28), false),
        ];
        let cells = timeline_cells(&dated, 21);
        // 200 days over 20 cells: 10 days a cell.
        let line = format!("●{}◆──●───●", "─".repeat(12));
        assert_eq!(shown(&cells), line);
        assert!(cells[13].1 && !cells[0].1);
    }

    #[test]
    fn a_long_thread_list_shows_a_window_around_the_selected_story() {
        let list = |selected| ThreadList {
            lines: (0..20).map(|k| Line::raw(format!("story {k}"))).collect(),
            selected,
        };
        let shown =
            |lines: Vec<Line>| -> Vec<String> { lines.iter().map(|l| l.to_string()).collect() };
        assert_eq!(list(Some(3)).window(30).len(), 20);
        let around = shown(list(Some(10)).window(5));
        assert_eq!(
            around,
            [
                "story 8",
                "story 9",
                "story 10",
                "story 11",
                "… 16 more (of 20)"
            ]
        );
        let first = shown(list(None).window(3));
        assert_eq!(first, ["story 0", "story 1", "… 18 more (of 20)"]);
        let last = shown(list(Some(19)).window(3));
        assert_eq!(last, ["story 18", "story 19", "… 18 more (of 20)"]);
    }

    #[test]
    fn stories_in_one_cell_are_counted_and_one_date_sits_in_the_middle() {
        let d = date(2020, 1, 1);
        let cells = timeline_cells(&[(d, false), (d, false), (d, true)], 5);
        assert_eq!(shown(&cells), "──3──");
        assert!(cells[2].1, "the selected story is in the shared cell");
        let spread = timeline_cells(&[(d, false), (date(2020, 1, 11), false)], 3);
        assert_eq!(shown(&spread), "●─●");
    }
}
