//! The Coverage screen's detail lines: the focused row's carriers, how
//! the focused article has it and its note, then that article's own text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::coverage::witness;
use crate::collate::{Collation, Relation};
use crate::corpus::sanitize::for_display;
use crate::export::coverage::column_label;
use crate::export::wrap::shorten;
use crate::tui::app::{App, CoverageView};
use crate::tui::theme::Role;

/// Two lines on the focused cell: which articles carry the row and how the
/// focused article has it, then the focused article's own text.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, view: &CoverageView, c: &Collation) {
    let Some(passage) = c.table.passages.get(view.cursor) else {
        return;
    };
    let Some(cell) = passage.cells.get(view.column) else {
        return;
    };
    let carriers: Vec<String> = (0..c.len())
        .filter(|&w| passage.cells[w].relation.carries())
        .map(|w| witness(app, c, w))
        .collect();
    let mut text = format!(
        "{} ({}/{}) · carried by {}: {} · {}: {}",
        passage.id,
        view.cursor + 1,
        c.table.passages.len(),
        carriers.len(),
        carriers.join(", "),
        witness(app, c, view.column),
        relation_words(cell.relation)
    );
    if let Some(similarity) = cell.similarity {
        text.push_str(&format!(" · similarity {similarity:.2}"));
    }
    if cell.moved {
        text.push_str(" · moved");
    }
    if let Some(note) = app.focused_note() {
        let marks = app.glyphs.of([note]);
        text = format!("{} {} · {text}", marks.trim(), note.first_line());
    }
    let own = if cell.relation.carries() {
        format!("{}: {}", column_label(view.column), for_display(&cell.text))
    } else {
        format!("{} does not have this passage", column_label(view.column))
    };
    let width = usize::from(area.width);
    let dim = app.theme.style(Role::Dim);
    let lines = vec![
        Line::from(shorten(&text, width)),
        Line::from(Span::styled(shorten(&own, width), dim)),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// How the focused article has the row, in words.
fn relation_words(relation: Relation) -> &'static str {
    match relation {
        Relation::Pivot => "the row's reference",
        Relation::Same => "the same words",
        Relation::Reworded => "reworded",
        Relation::Absent => "absent",
    }
}
