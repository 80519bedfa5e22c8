//! The Coverage screen: the pivot's passages down the left, one narrow
//! column per article holding the relation glyph (`P` `=` `~` `·`, `↕`
//! moved), each row shaded by how many articles carry it — a heat map on a
//! switchable base text, after Juxta. The shading reads without colour: a
//! count column ("3/5") and bold / plain / dim rows. A legend names the
//! columns, a minimap shows where the shared and one-sided passages sit,
//! and a detail line describes the focused cell.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::Hits;
use crate::collate::{Cell, Collation, Passage, Relation};
use crate::corpus::sanitize::for_display;
use crate::export::coverage::column_label;
use crate::export::wrap::shorten;
use crate::tui::app::{App, CoverageView};
use crate::tui::lenses::shown_name;
use crate::tui::theme::{Role, Theme};

/// The shade of a row carried by `carried` of `witnesses` articles: one
/// article, a majority, or some in between.
pub fn heat(carried: usize, witnesses: usize) -> Role {
    if carried <= 1 {
        Role::OneSided
    } else if carried * 2 > witnesses {
        Role::WidelyCarried
    } else {
        Role::PartlyCarried
    }
}

/// The minimap's glyph for a shade, so the map reads in monochrome.
fn heat_glyph(role: Role) -> &'static str {
    match role {
        Role::WidelyCarried => "█",
        Role::PartlyCarried => "▓",
        _ => "░",
    }
}

/// Column widths of the table, from the number of witnesses and passages.
struct Columns {
    /// Passage ids ("p12").
    id: usize,
    /// One witness column, glyphs and moved flag ("~↕"), without the gap.
    label: usize,
    /// The count ("3/5").
    count: usize,
}

impl Columns {
    fn new(collation: &Collation) -> Self {
        let n = collation.len();
        let passages = &collation.table.passages;
        Columns {
            id: passages
                .iter()
                .map(|p| p.id.len())
                .max()
                .unwrap_or(2)
                .max(2),
            label: column_label(n.saturating_sub(1)).len().max(2),
            count: format!("{n}/{n}").len(),
        }
    }

    /// Columns before the text.
    fn before_text(&self, witnesses: usize) -> usize {
        1 + self.id + 1 + witnesses * (self.label + 1) + self.count + 2
    }
}

/// Draws the Coverage screen into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, view: &CoverageView) -> Hits {
    let Some(collation) = app.coverage_collation() else {
        return Hits::default();
    };
    let legend = legend_lines(app, collation, area);
    let legend_height = u16::try_from(legend.len()).unwrap_or(u16::MAX);
    let [title, legend_area, head, body, detail] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(legend_height),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(2),
    ]));
    let [table, _, map] = body.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(2),
    ]));
    draw_title(frame, title, app, view, collation);
    frame.render_widget(Paragraph::new(legend), legend_area);
    let columns = Columns::new(collation);
    draw_head(frame, head, &app.theme, view, collation, &columns);
    let shown = visible(view.cursor, collation.table.passages.len(), table.height);
    let mut hits = Hits {
        page_rows: usize::from(table.height).max(1),
        ..Hits::default()
    };
    for (line, index) in shown.clone().enumerate() {
        let row = Rect::new(table.x, table.y + line as u16, table.width, 1);
        let passage = &collation.table.passages[index];
        let spans = row_spans(app, view, collation, &columns, (index, passage), row.width);
        frame.render_widget(Paragraph::new(Line::from(spans)), row);
        hits.rows
            .push((Rect::new(body.x, row.y, body.width, 1), index));
    }
    if collation.table.passages.is_empty() {
        frame.render_widget(Paragraph::new("No passages."), table);
    }
    minimap(frame, map, &app.theme, collation, shown);
    super::coverage_detail::draw(frame, detail, app, view, collation);
    hits
}

/// The passages on screen: the cursor about a third of the way down.
fn visible(cursor: usize, len: usize, height: u16) -> std::ops::Range<usize> {
    let height = usize::from(height);
    let first = cursor
        .saturating_sub(height / 3)
        .min(len.saturating_sub(height));
    first..(first + height).min(len)
}

/// "B TASS": a witness's column label and escaped name.
pub(super) fn witness(app: &App, collation: &Collation, w: usize) -> String {
    let article = &app.corpus.articles[collation.witnesses[w]];
    format!("{} {}", column_label(w), shown_name(article))
}

fn draw_title(frame: &mut Frame, area: Rect, app: &App, view: &CoverageView, c: &Collation) {
    let table = &c.table;
    let one_sided = table.one_sided().count();
    let text = format!(
        "Coverage · {} · pivot {} · {} passages, {one_sided} one-sided",
        view.scope.describe(),
        witness(app, c, table.pivot),
        table.passages.len(),
    );
    let text = shorten(&text, usize::from(area.width));
    frame.render_widget(
        Paragraph::new(text).style(app.theme.style(Role::Header)),
        area,
    );
}

/// The columns named: label, outlet, article id (when the outlet is known:
/// else the name is the id) and share of the passages, the pivot marked; as
/// many lines as needed, up to a quarter of the screen (the last line then
/// says how many were left out).
fn legend_lines(app: &App, collation: &Collation, area: Rect) -> Vec<Line<'static>> {
    let width = usize::from(area.width);
    let most = usize::from(area.height.saturating_sub(8) / 4).max(1);
    let entries = legend_entries(app, collation, width);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for (k, entry) in entries.iter().enumerate() {
        if used > 0 && used + 3 + entry.width() > width {
            if lines.len() == most {
                let more = format!("   +{} more", entries.len() - k);
                lines.last_mut().expect("never empty").push(Span::raw(more));
                break;
            }
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("never empty");
        if used > 0 {
            line.push(Span::raw("   "));
            used += 3;
        }
        used += entry.width();
        line.push(entry.clone());
    }
    lines.into_iter().map(Line::from).collect()
}

/// One legend entry per witness, each cut to `width`; the pivot's styled
/// as a header.
fn legend_entries(app: &App, collation: &Collation, width: usize) -> Vec<Span<'static>> {
    let coverage = collation.table.coverage(collation.len());
    (0..collation.len())
        .map(|w| {
            let article = &app.corpus.articles[collation.witnesses[w]];
            let pivot = w == collation.table.pivot;
            let id = match article.outlet {
                Some(_) => format!(" · {}", for_display(&article.id)),
                None => String::new(),
            };
            let text = format!(
                "{}{id} · {:.0}%{}",
                witness(app, collation, w),
                coverage[w] * 100.0,
                if pivot { " · pivot" } else { "" }
            );
            let style = if pivot {
                app.theme.style(Role::Header)
            } else {
                Style::new()
            };
            Span::styled(shorten(&text, width), style)
        })
        .collect()
}

/// The column labels above the glyphs: the pivot's as a header, the
/// focused one highlighted.
fn draw_head(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    view: &CoverageView,
    collation: &Collation,
    columns: &Columns,
) {
    let dim = theme.style(Role::Dim);
    let mut spans = vec![Span::styled(format!(" {:<w$} ", "", w = columns.id), dim)];
    for w in 0..collation.len() {
        let mut style = dim;
        if w == collation.table.pivot {
            style = theme.style(Role::Header);
        }
        if w == view.column {
            style = style.patch(theme.style(Role::Focus));
        }
        let label = format!("{:<w$}", column_label(w), w = columns.label);
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    let n = collation.len();
    let count = format!("{:>w$}", format!("n/{n}"), w = columns.count);
    let text = "  text (the pivot's, or [X] the outlet's)";
    spans.push(Span::styled(format!("{count}{text}"), dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// One row: id, a glyph per witness, the count, and the reference text,
/// padded to the full width so the row's shade and focus reach the edge.
fn row_spans(
    app: &App,
    view: &CoverageView,
    collation: &Collation,
    columns: &Columns,
    (index, passage): (usize, &Passage),
    width: u16,
) -> Vec<Span<'static>> {
    let theme = &app.theme;
    let n = collation.len();
    let carried = passage.carried_by();
    let shade = theme.style(heat(carried, n));
    let focused = index == view.cursor;
    let row = if focused {
        shade.patch(theme.style(Role::Focus))
    } else {
        shade
    };
    let mut spans = vec![Span::styled(
        format!(" {:<w$} ", passage.id, w = columns.id),
        row,
    )];
    for (w, cell) in passage.cells.iter().enumerate() {
        let base = if focused && w == view.column {
            shade.patch(theme.style(Role::FocusCell))
        } else {
            row
        };
        let mark = cell_mark(app, collation.witnesses[w], cell);
        spans.extend(glyph_spans(theme, cell, base, columns.label, mark));
        spans.push(Span::styled(" ", row));
    }
    let count = format!("{:>w$}  ", format!("{carried}/{n}"), w = columns.count);
    spans.push(Span::styled(count, row));
    let room = usize::from(width).saturating_sub(columns.before_text(n));
    let text = shorten(&reference_text(collation, passage), room);
    let pad = room.saturating_sub(text.width());
    spans.push(Span::styled(format!("{text}{}", " ".repeat(pad)), row));
    spans
}

/// The review mark of a cell's article on the passage: its note (or
/// tags) glyph, else its reviewed glyph; `None` without a note.
fn cell_mark(app: &App, article: usize, cell: &Cell) -> Option<String> {
    let marks = app
        .glyphs
        .of(app.review.on_passage(article, &cell.sentences));
    let mark = marks.graphemes(true).find(|g| *g != " ")?;
    Some(mark.to_owned())
}

/// A cell's relation glyph, then its moved flag or else its review mark,
/// padded to the column.
fn glyph_spans(
    theme: &Theme,
    cell: &Cell,
    base: Style,
    width: usize,
    mark: Option<String>,
) -> Vec<Span<'static>> {
    let role = match cell.relation {
        Relation::Pivot => Role::Header,
        Relation::Same => Role::Same,
        Relation::Reworded => Role::Reworded,
        Relation::Absent => Role::Dim,
    };
    let mut spans = vec![Span::styled(
        cell.relation.glyph().to_string(),
        base.patch(theme.style(role)),
    )];
    let moved = cell.moved && cell.relation.carries();
    let mut used = 1;
    if moved {
        spans.push(Span::styled("↕", base.patch(theme.style(Role::Moved))));
        used += 1;
    }
    if let Some(mark) = mark.filter(|_| !moved && width > 1) {
        spans.push(Span::styled(mark, base.patch(theme.style(Role::Header))));
        used += 1;
    }
    let pad = width.saturating_sub(used);
    spans.push(Span::styled(" ".repeat(pad), base));
    spans
}

/// The row's text, escaped: the pivot's, or `[X] ` and the text of the
/// article that has what the pivot lacks.
fn reference_text(collation: &Collation, passage: &Passage) -> String {
    let text = for_display(&passage.cells[passage.reference].text);
    if passage.reference == collation.table.pivot {
        text.into_owned()
    } else {
        format!("[{}] {text}", column_label(passage.reference))
    }
}

/// Where the widely carried (`█`), partly carried (`▓`) and one-sided (`░`)
/// passages sit in the whole table, with a bar beside the part on screen.
fn minimap(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    collation: &Collation,
    shown: std::ops::Range<usize>,
) {
    let passages = &collation.table.passages;
    let (len, h) = (passages.len(), usize::from(area.height));
    if len == 0 || h == 0 {
        return;
    }
    let n = collation.len();
    // A table that fits is drawn row for row, beside its rows.
    let cells = h.min(len);
    let lines: Vec<Line> = (0..cells)
        .map(|cell| {
            let start = cell * len / cells;
            let end = ((cell + 1) * len / cells).clamp(start + 1, len);
            let carried: usize = passages[start..end].iter().map(Passage::carried_by).sum();
            let role = heat(carried.div_ceil(end - start), n);
            let on_screen = start < shown.end && shown.start < end;
            let thumb = if on_screen { "┃" } else { " " };
            Line::from(vec![
                Span::styled(thumb, theme.style(Role::Header)),
                Span::styled(heat_glyph(role), theme.style(role)),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
