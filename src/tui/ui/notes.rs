//! The review overlays: the note editor, the tag picker and the Notes pane.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Hits;
use super::overlays::pane_block;
use crate::corpus::sanitize::for_display;
use crate::notes::{NoteStatus, Target};
use crate::tui::app::App;
use crate::tui::editor::TextInput;
use crate::tui::lenses::shown_name;
use crate::tui::marks::tag_keys;
use crate::tui::review::NoteAt;
use crate::tui::theme::Role;

/// A centred box `width` × `height` cells (at most the area).
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    let [cell] = row.layout(&Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center));
    cell
}

/// The note editor: the text with the terminal cursor in it, and its keys.
pub fn editor(frame: &mut Frame, area: Rect, app: &App, input: &TextInput) {
    let boxed = centred(
        area,
        area.width.saturating_sub(8).max(20),
        12.min(area.height),
    );
    let inner = pane_block(
        frame,
        boxed,
        app,
        "Note · Enter save · Alt-Enter new line · Esc cancel",
    );
    let [text, hint] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let (line, column) = input.cursor();
    let first = line.saturating_sub(usize::from(text.height.saturating_sub(1)));
    let lines: Vec<Line> = input.lines()[first..]
        .iter()
        .map(|l| Line::raw(for_display(l).into_owned()))
        .collect();
    frame.render_widget(Paragraph::new(lines), text);
    let hint_text = "Ctrl-w word · Ctrl-u line start · ←→↑↓ Home End move";
    frame.render_widget(
        Paragraph::new(hint_text).style(app.theme.style(Role::Dim)),
        hint,
    );
    let x = text.x
        + u16::try_from(column)
            .unwrap_or(u16::MAX)
            .min(text.width.saturating_sub(1));
    let y = text.y + u16::try_from(line - first).unwrap_or(0);
    frame.set_cursor_position(Position { x, y });
}

/// The tag picker: each tag with its key and whether the note has it.
pub fn tag_picker(frame: &mut Frame, area: Rect, app: &App, note: Option<i64>) {
    let has: &[String] = note
        .and_then(|id| app.review.note(id))
        .map_or(&[], |n| n.note.tags.as_slice());
    let keys = tag_keys(&app.tags);
    let mut lines: Vec<Line> = app
        .tags
        .iter()
        .zip(&keys)
        .map(|(tag, key)| {
            let key = key.map_or("  ".to_owned(), |k| format!("{k} "));
            let mark = if has.contains(tag) { "[x]" } else { "[ ]" };
            let style = if has.contains(tag) {
                app.theme.style(Role::Header)
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(key, app.theme.style(Role::StatusBar)),
                Span::styled(format!(" {mark} {}", for_display(tag)), style),
            ])
        })
        .collect();
    lines.push(Line::styled(
        "a tag's key toggles it · Enter / Esc close",
        app.theme.style(Role::Dim),
    ));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let boxed = centred(area, 46.min(area.width), height.min(area.height));
    let inner = pane_block(frame, boxed, app, "Tags");
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Where a note anchors now: "Sputnik S3 · anchored".
fn anchored_at(app: &App, n: &NoteAt) -> String {
    let status = match n.status {
        NoteStatus::Anchored => "anchored",
        NoteStatus::Moved => "moved",
        NoteStatus::Orphaned => "orphaned",
    };
    let Some(article) = n.article.map(|a| &app.corpus.articles[a]) else {
        return format!("whole story · {status}");
    };
    let name = shown_name(article);
    match (n.sentences.first(), &n.note.target) {
        (Some(s), _) => format!("{name} S{} · {status}", s + 1),
        (None, Target::Article { .. }) => format!("{name} · whole article"),
        (None, _) => format!("{name} · {status}"),
    }
}

/// One note's line in the pane.
fn entry_line(app: &App, n: &NoteAt, selected: bool) -> Line<'static> {
    let marks = app.glyphs.of([n]);
    let tags: String = n.note.tags.iter().map(|t| format!(" #{t}")).collect();
    let text = format!(
        "{marks} {:<22} {}{}",
        anchored_at(app, n),
        n.first_line(),
        for_display(&tags)
    );
    let style = if selected {
        app.theme.style(Role::Focus)
    } else {
        Style::new()
    };
    Line::styled(text, style)
}

/// The story heading above its notes.
fn story_heading(app: &App, story: Option<usize>, orphaned: bool) -> String {
    match (
        orphaned,
        story.and_then(|s| app.stories.get(s).map(|x| (s, x))),
    ) {
        (true, _) => "Orphaned: passage not found (R re-attaches to your row, d deletes)".into(),
        (false, Some((s, story))) => format!("story s{} · {}", s + 1, for_display(&story.label)),
        (false, None) => "no story".into(),
    }
}

/// The Notes pane: the corpus's notes by story, the orphaned ones apart.
pub fn pane(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    (selected, offset): (usize, usize),
    hits: &mut Hits,
) {
    let count = app.review.notes.len();
    let title = format!("Notes · {count} in this corpus · Enter go · R re-attach · d delete");
    let inner = pane_block(frame, area, app, &title);
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    let mut group = None;
    for (entry, &i) in app.review.pane_order().iter().enumerate() {
        let n = &app.review.notes[i];
        let key = (n.status == NoteStatus::Orphaned, n.story);
        let key = if key.0 { (true, None) } else { key };
        if group != Some(key) {
            group = Some(key);
            let heading = story_heading(app, key.1, key.0);
            lines.push(Line::styled(heading, app.theme.style(Role::Header)));
        }
        if entry == selected {
            selected_line = lines.len();
        }
        lines.push(entry_line(app, n, entry == selected));
    }
    if lines.is_empty() {
        lines.push(Line::raw("No notes yet: press a on a row to write one."));
    }
    let height = usize::from(inner.height).max(1);
    let first = selected_line
        .saturating_sub(height - 1)
        .max(offset.min(selected_line));
    let first = first.min(selected_line);
    hits.page_rows = height;
    hits.overlay_offset = Some(offset.min(selected));
    let shown: Vec<Line> = lines.into_iter().skip(first).take(height).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
