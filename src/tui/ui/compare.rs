//! The Compare screen: two synchronized panes of aligned rows, gutter
//! markers that read without colour, minimaps, a detail line.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Hits;
use super::highlight::highlight;
use crate::align::RowKind;
use crate::diff::Change;
use crate::export::wrap::{Word, split_words, wrap};
use crate::tui::app::{App, CompareView, RowView};
use crate::tui::theme::{Role, Theme};

/// Columns of the gutter between the panes: space, marker, moved flag,
/// note or tags mark, reviewed mark, space.
const GUTTER: u16 = 6;

/// Draws the Compare screen into `area`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, view: &CompareView) -> Hits {
    let chrome = !app.presentation;
    let [header, body, detail] = area.layout(&Layout::vertical([
        Constraint::Length(if chrome { 3 } else { 2 }),
        Constraint::Fill(1),
        Constraint::Length(u16::from(chrome)),
    ]));
    // Minimap, margin, left pane, gutter, right pane, margin, minimap.
    let [lmap, _, left, gutter, right, _, rmap] = body.layout(&Layout::horizontal([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(GUTTER),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ]));
    let articles = &app.corpus.articles;
    super::compare_header::draw(frame, header, app, view, (left, right));
    let mut layout = RowLayout::new(view, left.width, right.width, app.presentation);
    let visible = layout.visible(view.cursor, body.height);
    let mut hits = Hits {
        page_rows: visible.len().max(1),
        ..Hits::default()
    };
    let mut y = body.y;
    for &row in &visible {
        let height = layout.height(row).min(body.bottom().saturating_sub(y));
        let place = RowPlace {
            left,
            gutter,
            right,
            y,
            height,
        };
        draw_row(frame, app, view, row, &mut layout, &place);
        hits.rows
            .push((Rect::new(body.x, y, body.width, height), row));
        y += height + layout.spacing;
        if y >= body.bottom() {
            break;
        }
    }
    let shown: Vec<usize> = visible;
    minimap(
        frame,
        lmap,
        view,
        &app.theme,
        Side::Left,
        &shown,
        articles[view.left].sentence_count(),
    );
    minimap(
        frame,
        rmap,
        view,
        &app.theme,
        Side::Right,
        &shown,
        articles[view.right].sentence_count(),
    );
    if chrome {
        draw_detail(frame, detail, app, view);
    }
    hits
}

/// One wrapped line: pieces of text with their emphasis.
pub(super) type PlainLine = Vec<(String, Change)>;

/// Rows wrapped for the current pane widths, on demand: only the rows near
/// the cursor are ever wrapped, so a frame costs the same for any article length.
struct RowLayout<'a> {
    view: &'a CompareView,
    widths: (u16, u16),
    lines: Vec<Option<(Vec<PlainLine>, Vec<PlainLine>)>>,
    spacing: u16,
}

impl<'a> RowLayout<'a> {
    fn new(view: &'a CompareView, left_width: u16, right_width: u16, presentation: bool) -> Self {
        RowLayout {
            view,
            widths: (left_width, right_width),
            lines: vec![None; view.rows.len()],
            spacing: if presentation { 2 } else { 1 },
        }
    }

    /// The wrapped lines of row `i`.
    fn lines(&mut self, i: usize) -> &(Vec<PlainLine>, Vec<PlainLine>) {
        let (view, widths) = (self.view, self.widths);
        self.lines[i].get_or_insert_with(|| {
            let row = &view.rows[i];
            (
                wrap_side(&row.left, widths.0),
                wrap_side(&row.right, widths.1),
            )
        })
    }

    /// Height of row `i` in lines.
    fn height(&mut self, i: usize) -> u16 {
        let (l, r) = self.lines(i);
        l.len().max(r.len()).max(1) as u16
    }

    /// The rows to draw so the cursor sits about a third of the way down.
    fn visible(&mut self, cursor: usize, height: u16) -> Vec<usize> {
        if self.lines.is_empty() {
            return Vec::new();
        }
        let mut first = cursor;
        let mut above = 0u16;
        while first > 0 && above + self.height(first - 1) + self.spacing <= height / 3 {
            first -= 1;
            above += self.height(first) + self.spacing;
        }
        let mut used = 0u16;
        let mut rows = Vec::new();
        for row in first..self.lines.len() {
            if used >= height {
                break;
            }
            rows.push(row);
            used += self.height(row) + self.spacing;
        }
        rows
    }
}

/// Wraps one side of a row to the pane width.
pub(super) fn wrap_side(runs: &[(String, Change)], width: u16) -> Vec<PlainLine> {
    let words: Vec<Word<Change>> = split_words(runs);
    wrap(&words, usize::from(width.max(1)))
        .into_iter()
        .map(|line| {
            let mut pieces = Vec::new();
            for (k, word) in line.into_iter().enumerate() {
                if k > 0 {
                    pieces.push((" ".to_string(), Change::Kept));
                }
                pieces.extend(word.pieces);
            }
            pieces
        })
        .collect()
}

/// Styles wrapped lines: the row's base style, with changed words emphasized.
pub(super) fn styled(lines: &[PlainLine], theme: &Theme, base: Style) -> Vec<Line<'static>> {
    lines
        .iter()
        .map(|line| {
            let spans: Vec<Span<'static>> = line
                .iter()
                .map(|(text, emphasis)| {
                    let style = match emphasis {
                        Change::Kept => base,
                        Change::Removed => base.patch(theme.style(Role::RemovedWord)),
                        Change::Added => base.patch(theme.style(Role::InsertedWord)),
                    };
                    Span::styled(text.clone(), style)
                })
                .collect();
            Line::from(spans)
        })
        .collect()
}

fn kind_role(kind: RowKind) -> Role {
    match kind {
        RowKind::Same => Role::Same,
        RowKind::Reworded => Role::Reworded,
        RowKind::LeftOnly => Role::LeftOnly,
        RowKind::RightOnly => Role::RightOnly,
    }
}

/// Where a row goes: the pane columns and its vertical span.
struct RowPlace {
    left: Rect,
    gutter: Rect,
    right: Rect,
    y: u16,
    height: u16,
}

fn draw_row(
    frame: &mut Frame,
    app: &App,
    view: &CompareView,
    index: usize,
    layout: &mut RowLayout,
    place: &RowPlace,
) {
    let row: &RowView = &view.rows[index];
    let theme = &app.theme;
    let focus = if index == view.cursor {
        theme.style(Role::Focus)
    } else {
        Style::new()
    };
    let base = theme.style(kind_role(row.row.kind)).patch(focus);
    let (left_lines, right_lines) = layout.lines(index);
    let at = |column: Rect| Rect::new(column.x, place.y, column.width, place.height);
    let search = view.search.as_ref().filter(|s| s.matches.contains(&index));
    let matched = search.is_some();
    let query = search.map_or("", |s| s.query.as_str());
    let paint = |lines| {
        highlight(
            styled(lines, theme, base),
            query,
            theme.style(Role::SearchMatch),
        )
    };
    frame.render_widget(Paragraph::new(paint(left_lines)), at(place.left));
    frame.render_widget(Paragraph::new(paint(right_lines)), at(place.right));
    let marker = Span::styled(row.row.kind.marker().to_string(), base);
    let flag = if row.row.moved {
        Span::styled("↕", theme.style(Role::Moved))
    } else if matched {
        Span::styled("/", theme.style(Role::SearchMatch))
    } else if row.copied {
        Span::styled(app.glyphs.copy.clone(), theme.style(Role::Header))
    } else {
        Span::raw(" ")
    };
    // One blank column on each side keeps the marker off the text.
    let notes = app.review.on_passage(view.left, &row.row.left);
    let notes = notes.chain(app.review.on_passage(view.right, &row.row.right));
    let marks = Span::styled(app.glyphs.of(notes), theme.style(Role::Header));
    let gutter = Rect::new(place.gutter.x + 1, place.y, 4, place.height.min(1));
    frame.render_widget(
        Paragraph::new(Line::from(vec![marker, flag, marks])),
        gutter,
    );
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// A strip showing where shared and unique passages sit in the whole
/// article, with the sentences on screen marked.
fn minimap(
    frame: &mut Frame,
    area: Rect,
    view: &CompareView,
    theme: &Theme,
    side: Side,
    shown: &[usize],
    sentences: usize,
) {
    if area.height == 0 || sentences == 0 {
        return;
    }
    let mut state = vec![None; sentences];
    let mut on_screen = vec![false; sentences];
    for (index, row) in view.rows.iter().enumerate() {
        let indices = if side == Side::Left {
            &row.row.left
        } else {
            &row.row.right
        };
        for &s in indices {
            state[s] = Some(row.row.kind);
            on_screen[s] |= shown.contains(&index);
        }
    }
    let h = usize::from(area.height);
    let lines: Vec<Line> = (0..h)
        .map(|cell| {
            let range = (cell * sentences / h)
                ..((cell + 1) * sentences / h)
                    .max(cell * sentences / h + 1)
                    .min(sentences);
            let shared = range
                .clone()
                .any(|s| matches!(state[s], Some(RowKind::Same | RowKind::Reworded)));
            let visible = range.clone().any(|s| on_screen[s]);
            let (symbol, role) = if shared {
                ("█", Role::Reworded)
            } else {
                (
                    "▒",
                    if side == Side::Left {
                        Role::LeftOnly
                    } else {
                        Role::RightOnly
                    },
                )
            };
            let mut style = theme.style(role);
            if visible {
                style = style.patch(theme.style(Role::Focus));
            }
            Line::from(Span::styled(symbol, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &App, view: &CompareView) {
    let Some(row) = view.rows.get(view.cursor) else {
        return;
    };
    let label = |side: char, idx: &[usize]| match (idx.first(), idx.last()) {
        (Some(a), Some(b)) if a == b => format!("{side}{}", a + 1),
        (Some(a), Some(b)) => format!("{side}{}-{}", a + 1, b + 1),
        _ => format!("{side}–"),
    };
    let mut text = format!(
        "row {}/{} · {} · {} ↔ {}",
        view.cursor + 1,
        view.rows.len(),
        row.row.kind.as_str().replace('_', " "),
        label('L', &row.row.left),
        label('R', &row.row.right)
    );
    if !row.row.left.is_empty() && !row.row.right.is_empty() {
        text.push_str(&format!(" · similarity {:.2}", row.row.similarity));
    }
    if row.row.moved {
        text.push_str(" · moved");
    }
    if let Some(search) = &view.search {
        text.push_str(&format!(
            " · /{} ({} matching rows)",
            search.query,
            search.matches.len()
        ));
    }
    frame.render_widget(Paragraph::new(text).style(app.theme.style(Role::Dim)), area);
}
