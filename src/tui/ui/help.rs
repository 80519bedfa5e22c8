//! The help overlay: the keys of the screen it was opened on, generated
//! from the active keymap, the marks that screen draws, and the files
//! skipped at load. Scrolled with j / k and the page keys when it does not fit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::overlays::pane_block;
use super::{Hits, text};
use crate::corpus::sanitize::for_display;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::theme::Role;

/// Whether the help of `screen` lists `action`: only keys that do
/// something there (the Notes pane's keys everywhere, as `L` opens it anywhere).
pub fn shown_on(action: Action, screen: Screen) -> bool {
    use Action::*;
    let coverage_only = matches!(action, ChangePivot);
    let stories_only = matches!(action, Sort | ToggleThread | FoldAll);
    let compare_only = matches!(
        action,
        NextMoved | Swap | PreviousWitness | NextWitness | Quotes | Framing
    );
    // Search filters the Stories list; Removed shows whole titles there.
    let compare_and_stories = matches!(action, Search | Removed);
    let rows = matches!(
        action,
        NextDivergence | PreviousDivergence | NextUnique | PreviousUnique
    );
    match screen {
        Screen::Stories => !(coverage_only || compare_only || rows),
        Screen::Compare => {
            !(coverage_only || stories_only || matches!(action, ColumnLeft | ColumnRight))
        }
        Screen::Coverage => !(compare_only || stories_only || compare_and_stories),
    }
}

/// What `action` does on `screen`, where that differs from its usual description.
fn describe(action: Action, screen: Screen) -> &'static str {
    match (screen, action) {
        (Screen::Stories, Action::Next) => "next thread or story (or article of the story)",
        (Screen::Stories, Action::Previous) => "previous thread or story (or article)",
        (Screen::Stories, Action::ColumnRight) => "focus the story's articles; unfold a thread",
        (Screen::Stories, Action::ColumnLeft) => {
            "focus the story again, or go up to its thread; fold a thread"
        }
        (Screen::Stories, Action::Search) => "filter the stories by title or outlet",
        (Screen::Stories, Action::Removed) => "whole titles in the list, or cut to fit",
        (Screen::Stories, Action::Back) => "clear the filter (or leave the articles)",
        (Screen::Stories, Action::Note) => "write or edit a note on the story or article",
        (Screen::Stories, Action::Tags) => "tag the story or article",
        (Screen::Stories, Action::Reviewed) => "mark the story or article reviewed",
        (Screen::Stories, Action::Confirm) => {
            "compare the story's closest two articles; (un)fold a thread"
        }
        (Screen::Coverage, Action::Note) => "write or edit a note on this cell",
        (Screen::Coverage, Action::Tags) => "tag this cell",
        (Screen::Coverage, Action::Reviewed) => "mark this cell reviewed / not reviewed",
        _ => action.describe(),
    }
}

fn screen_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Stories => "Stories",
        Screen::Compare => "Compare",
        Screen::Coverage => "Coverage",
    }
}

/// What the marks of `screen` mean.
fn legend(app: &App) -> Vec<String> {
    let g = &app.glyphs;
    let marks = format!(
        "Notes: {} a note  {} tags only  {} reviewed",
        g.note, g.tags, g.reviewed
    );
    match app.screen {
        Screen::Stories => vec![marks],
        Screen::Compare => vec![
            "Markers: = same  ~ reworded  < only left  > only right  ↕ moved  / match".into(),
            marks,
        ],
        Screen::Coverage => vec![
            "Cells: P the row's reference  = same  ~ reworded  · absent  ↕ elsewhere".into(),
            marks,
        ],
    }
}

/// Every line of the help, `width` cells wide at most.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let dim = app.theme.style(Role::Dim);
    let mut lines: Vec<Line> = legend(app)
        .into_iter()
        .map(|l| Line::from(Span::styled(text::truncate(&l, width), dim)))
        .collect();
    lines.push(Line::raw(""));
    let key_style = app.theme.style(Role::StatusBar);
    let room = width.saturating_sub(16);
    for action in Action::ALL.into_iter().filter(|a| shown_on(*a, app.screen)) {
        let keys = text::truncate(&app.keymap.keys_for(action).join(", "), 14);
        let keys = format!("{}{keys} ", " ".repeat(14 - text::width(&keys)));
        lines.push(Line::from(vec![
            Span::styled(keys, key_style),
            Span::raw(format!(
                " {}",
                text::truncate(describe(action, app.screen), room)
            )),
        ]));
    }
    lines.extend(skipped(app, width));
    lines
}

/// The files skipped at load, each with why (escaped: names are untrusted).
fn skipped(app: &App, width: usize) -> Vec<Line<'static>> {
    let errors = &app.corpus.errors;
    if errors.is_empty() {
        return Vec::new();
    }
    let head = format!("Skipped at load ({}):", errors.len());
    let mut lines = vec![
        Line::raw(""),
        Line::from(Span::styled(head, app.theme.style(Role::Header))),
    ];
    for error in errors {
        let shown = format!(
            "  {}: {}",
            for_display(&error.path),
            for_display(&error.message)
        );
        lines.push(Line::raw(text::truncate(&shown, width)));
    }
    lines
}

/// Draws the help from line `offset` (kept so the last page stays full);
/// the line it really starts at goes to `hits`.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, offset: usize, hits: &mut Hits) {
    let width = area.width.min(84);
    let inner_width = usize::from(width.saturating_sub(2));
    let all = lines(app, inner_width);
    let height = u16::try_from(all.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [row] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    let [cell] = row.layout(&Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center));
    let page = usize::from(height.saturating_sub(2)).max(1);
    let offset = offset.min(all.len().saturating_sub(page));
    let more = if all.len() > page {
        format!(
            " · {}–{} of {} · j/k scroll",
            offset + 1,
            (offset + page).min(all.len()),
            all.len()
        )
    } else {
        String::new()
    };
    let title = format!("Help · {}{more}", screen_name(app.screen));
    let inner = pane_block(frame, cell, app, &title);
    let shown: Vec<Line> = all.into_iter().skip(offset).take(page).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    hits.page_rows = page;
    hits.overlay_offset = Some(offset);
}
