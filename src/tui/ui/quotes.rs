//! The Quotes pane: one block per statement — speaker and flags, then the
//! left and right articles' versions side by side with the words the other
//! lacks emphasized as in Compare, then the story's other versions.
//!
//! Only the blocks near the selection are wrapped, and only for the current
//! width: everything else was laid out when the pane opened.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Hits;
use super::compare::{styled, wrap_side};
use super::overlays::{pane_block, wrap_styled};
use crate::tui::app::App;
use crate::tui::lenses::{QuotesPane, SideView, StatementView, shown_name};
use crate::tui::theme::{Role, Theme};

/// Columns of the selection marker before each block.
const MARKER: u16 = 2;
/// Columns between the two versions.
const GAP: u16 = 3;
/// Lines above the statements: column headings, a summary, a blank line.
const HEAD: u16 = 3;

/// Where the parts of a block go.
#[derive(Clone, Copy)]
struct Columns {
    /// From the marker to the right edge.
    full: Rect,
    /// The left article's versions.
    left: Rect,
    /// The right article's versions.
    right: Rect,
    /// From the left column to the right edge.
    wide: Rect,
}

/// One statement's block, wrapped.
struct StatementLines {
    /// The heading that opens the statements only other articles quote.
    divider: bool,
    header: Vec<Line<'static>>,
    left: Vec<Line<'static>>,
    right: Vec<Line<'static>>,
    also: Vec<Line<'static>>,
}

impl StatementLines {
    /// Lines the block takes, with the blank line after it.
    fn height(&self) -> u16 {
        let sides = self.left.len().max(self.right.len());
        let lines = usize::from(self.divider) + self.header.len() + sides + self.also.len() + 1;
        u16::try_from(lines).unwrap_or(u16::MAX)
    }
}

/// Draws the Quotes pane over `area`, with statement `selected` on screen
/// and starting at `offset` when the selection allows.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    (selected, offset): (usize, usize),
    hits: &mut Hits,
) {
    let (Some(pane), Some(view)) = (&app.quotes_pane, &app.compare) else {
        return;
    };
    let n = pane.statements.len();
    let title = if n == 0 {
        format!("Quotes · {}", pane.scope)
    } else {
        format!(
            "Quotes · {} · statement {} of {n}",
            pane.scope,
            selected + 1
        )
    };
    let inner = pane_block(frame, area, app, &title);
    hits.rows.clear();
    hits.stories.clear();
    let [full] = inner.layout(&Layout::horizontal([Constraint::Fill(1)]).horizontal_margin(1));
    let [_, left, _, right] = full.layout(&Layout::horizontal([
        Constraint::Length(MARKER),
        Constraint::Fill(1),
        Constraint::Length(GAP),
        Constraint::Fill(1),
    ]));
    let wide = Rect::new(left.x, full.y, full.right().saturating_sub(left.x), 1);
    let columns = Columns {
        full,
        left,
        right,
        wide,
    };
    let theme = &app.theme;
    let articles = &app.corpus.articles;
    let (left_name, right_name) = (
        shown_name(&articles[view.left]),
        shown_name(&articles[view.right]),
    );
    let head = theme.style(Role::Header);
    let line_at = |column: Rect, y: u16| Rect::new(column.x, y, column.width, 1);
    if full.height > 0 {
        frame.render_widget(
            Paragraph::new(Span::styled(left_name.to_string(), head)),
            line_at(left, full.y),
        );
        frame.render_widget(
            Paragraph::new(Span::styled(right_name.to_string(), head)),
            line_at(right, full.y),
        );
    }
    if full.height > 1 {
        let summary = summary(pane, &left_name, &right_name);
        frame.render_widget(
            Paragraph::new(Span::styled(summary, theme.style(Role::Dim))),
            line_at(full, full.y + 1),
        );
    }
    let body = Rect::new(
        full.x,
        full.y + HEAD.min(full.height),
        full.width,
        full.height.saturating_sub(HEAD),
    );
    hits.overlay_offset = Some(0);
    hits.page_rows = 1;
    if n == 0 || body.height == 0 {
        if body.height > 0 {
            let text = "No quotations were found in these articles.";
            frame.render_widget(Paragraph::new(text), line_at(body, body.y));
        }
        return;
    }
    let selected = selected.min(n - 1);
    let mut blocks = Blocks {
        pane,
        selected,
        theme,
        columns,
        blocks: (0..n).map(|_| None).collect(),
    };
    // Start at the offset, or later when the selection would not fit.
    let mut start = offset.min(selected);
    while start < selected
        && (start..=selected)
            .map(|i| usize::from(blocks.get(i).height()))
            .sum::<usize>()
            > usize::from(body.height)
    {
        start += 1;
    }
    let mut y = body.y;
    let mut shown = 0;
    for i in start..n {
        if y >= body.bottom() {
            break;
        }
        let block = blocks.get(i);
        let height = block.height().min(body.bottom() - y);
        draw_block(frame, block, &columns, y, height, i == selected, theme);
        hits.statements
            .push((Rect::new(area.x, y, area.width, height), i));
        y += height;
        shown += 1;
    }
    hits.overlay_offset = Some(start);
    hits.page_rows = shown.max(1);
}

/// The blocks, wrapped on demand.
struct Blocks<'a> {
    pane: &'a QuotesPane,
    selected: usize,
    theme: &'a Theme,
    columns: Columns,
    blocks: Vec<Option<StatementLines>>,
}

impl Blocks<'_> {
    /// Statement `i`'s block, wrapped once.
    fn get(&mut self, i: usize) -> &StatementLines {
        let (pane, selected, theme, columns) =
            (self.pane, self.selected, self.theme, &self.columns);
        self.blocks[i].get_or_insert_with(|| layout(pane, i, i == selected, theme, columns))
    }
}

/// "4 statements quoted by Sputnik or TASS · 2 only by other articles · …".
fn summary(pane: &QuotesPane, left: &str, right: &str) -> String {
    let n = pane.statements.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let k = pane.in_pair;
    let mut text = format!("{k} statement{} quoted by {left} or {right}", plural(k));
    if n > pane.in_pair {
        text.push_str(&format!(" · {} only by other articles", n - pane.in_pair));
    }
    text.push_str(" · Enter goes to the row in Compare");
    text
}

/// Wraps statement `i` for the columns.
fn layout(
    pane: &QuotesPane,
    i: usize,
    selected: bool,
    theme: &Theme,
    columns: &Columns,
) -> StatementLines {
    let statement: &StatementView = &pane.statements[i];
    let focus = if selected {
        theme.style(Role::Focus)
    } else {
        Style::new()
    };
    let mut runs = vec![(
        format!("{}. {}", i + 1, statement.speaker),
        theme.style(Role::Header).patch(focus),
    )];
    if !statement.flags.is_empty() {
        let flags = statement.flags.join("; ");
        runs.push((" — ".to_owned(), focus));
        runs.push((flags, theme.style(Role::Reworded).patch(focus)));
    }
    let marker_width = columns.full.width.saturating_sub(MARKER);
    let header = wrap_styled(&runs, marker_width)
        .into_iter()
        .map(|line| line.style(focus))
        .collect();
    let side = |side: Option<&SideView>, width: u16| match side {
        Some(side) => {
            let mut lines = vec![Line::from(Span::styled(
                side.meta.clone(),
                theme.style(Role::Dim),
            ))];
            lines.extend(styled(&wrap_side(&side.runs, width), theme, Style::new()));
            lines
        }
        None => vec![Line::from(Span::styled("—", theme.style(Role::Dim)))],
    };
    let dim = theme.style(Role::Dim);
    let also = if statement.left.is_some() || statement.right.is_some() {
        if statement.others.is_empty() {
            Vec::new()
        } else {
            let labels: Vec<&str> = statement.others.iter().map(|o| o.label.as_str()).collect();
            let text = format!("also: {}", labels.join(", "));
            wrap_styled(&[(text, dim)], columns.wide.width)
        }
    } else {
        // Quoted only by other articles: their words are all there is to show.
        let mut lines = Vec::new();
        for other in &statement.others {
            let words: String = other.runs.iter().map(|(t, _)| t.as_str()).collect();
            let runs = [(format!("{}: ", other.label), dim), (words, Style::new())];
            lines.extend(wrap_styled(&runs, columns.wide.width));
        }
        lines
    };
    StatementLines {
        divider: i == pane.in_pair && i > 0,
        header,
        left: side(statement.left.as_ref(), columns.left.width),
        right: side(statement.right.as_ref(), columns.right.width),
        also,
    }
}

/// Draws a block from line `y`, clipped to `height` lines.
fn draw_block(
    frame: &mut Frame,
    block: &StatementLines,
    columns: &Columns,
    y: u16,
    height: u16,
    selected: bool,
    theme: &Theme,
) {
    let bottom = y + height;
    let mut y = y;
    let put = |frame: &mut Frame, lines: Vec<Line<'static>>, column: Rect, y: u16| {
        let h = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .min(bottom.saturating_sub(y));
        if h > 0 {
            frame.render_widget(
                Paragraph::new(lines),
                Rect::new(column.x, y, column.width, h),
            );
        }
        h
    };
    if block.divider {
        let text = "Quoted only by other articles of the story";
        let line = Line::from(Span::styled(text, theme.style(Role::Header)));
        y += put(frame, vec![line], columns.full, y);
    }
    let marker = if selected {
        Span::styled("▶", theme.style(Role::Focus))
    } else {
        Span::raw(" ")
    };
    let marker_line = vec![Line::from(marker)];
    put(frame, marker_line, columns.full, y);
    let text = Rect::new(
        columns.full.x + MARKER,
        y,
        columns.full.width.saturating_sub(MARKER),
        1,
    );
    y += put(frame, block.header.clone(), text, y);
    let sides = put(frame, block.left.clone(), columns.left, y);
    let sides = sides.max(put(frame, block.right.clone(), columns.right, y));
    y += sides;
    put(frame, block.also.clone(), columns.wide, y);
}
