//! The status bar: a message or the focused note, what is on (presentation
//! mode, files skipped at load), and the keys most useful on the screen,
//! as many as fit, the most useful kept.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text;
use crate::corpus::sanitize::for_display;
use crate::tui::action::Action;
use crate::tui::app::{App, Origin, Overlay, Screen};
use crate::tui::theme::Role;

/// Status-bar hints left out, first first, until the bar fits: the keys
/// that are always there (row, search, back, help, quit) and the panes stay longest.
const OPTIONAL_HINTS: [Action; 12] = [
    Action::Sort,
    Action::ToggleThread,
    Action::NextWitness,
    Action::Reviewed,
    Action::Notes,
    Action::Swap,
    Action::Note,
    Action::Pick,
    Action::ChangePivot,
    Action::Coverage,
    Action::NextDivergence,
    Action::Framing,
];

/// The actions the status bar offers, with their labels, for what is on top.
fn hints(app: &App) -> Vec<(Action, &'static str)> {
    let back = match (app.screen, &app.compare, &app.coverage) {
        (Screen::Compare, Some(view), _) if view.back == Screen::Coverage => "back",
        (Screen::Coverage, _, Some(view)) if view.origin != Origin::Stories => "compare",
        _ => "stories",
    };
    match (app.top_overlay(), app.screen) {
        (Some(Overlay::SearchPrompt { .. }), _) => {
            vec![(Action::Confirm, "keep"), (Action::Back, "cancel")]
        }
        (Some(Overlay::StoryFilter { .. }), _) => {
            vec![(Action::Confirm, "keep"), (Action::Back, "clear")]
        }
        (Some(Overlay::Picker { .. }), _) => {
            vec![(Action::Confirm, "choose"), (Action::Back, "cancel")]
        }
        (Some(Overlay::Quotes { .. }), _) => vec![
            (Action::Next, "statement"),
            (Action::Confirm, "go to row"),
            (Action::Framing, "framing"),
            (Action::Back, "close"),
            (Action::Quit, "quit"),
        ],
        (Some(Overlay::Framing { .. }), _) => vec![
            (Action::Next, "scroll"),
            (Action::Quotes, "quotes"),
            (Action::Back, "close"),
            (Action::Quit, "quit"),
        ],
        (Some(Overlay::Sources { .. }), _) => vec![
            (Action::Next, "scroll"),
            (Action::Quotes, "quotes"),
            (Action::Framing, "framing"),
            (Action::Back, "close"),
            (Action::Quit, "quit"),
        ],
        (Some(Overlay::NoteEditor { .. }), _) => {
            vec![(Action::Confirm, "save"), (Action::Back, "cancel")]
        }
        (Some(Overlay::TagPicker { .. }), _) => vec![(Action::Confirm, "close")],
        (
            Some(Overlay::Notes {
                confirm: Some(_), ..
            }),
            _,
        ) => vec![(Action::Back, "keep")],
        (Some(Overlay::Notes { .. }), _) => vec![
            (Action::Next, "move"),
            (Action::Confirm, "go to"),
            (Action::Reattach, "re-attach"),
            (Action::Delete, "delete"),
            (Action::Back, "close"),
        ],
        (Some(_), _) => vec![(Action::Back, "close"), (Action::Quit, "quit")],
        (None, Screen::Stories) if app.member_cursor.is_some() => vec![
            (Action::Next, "article"),
            (Action::ColumnLeft, "story"),
            (Action::Note, "note"),
            (Action::Reviewed, "reviewed"),
            (Action::Confirm, "compare"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Screen::Stories) if app.stories_view.thread_cursor.is_some() => vec![
            (Action::Next, "next"),
            (Action::ToggleThread, "fold"),
            (Action::Search, "filter"),
            (Action::Sort, "sort"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Screen::Stories) => vec![
            (Action::Next, "next"),
            (Action::ColumnRight, "articles"),
            (Action::Confirm, "compare"),
            (Action::Search, "filter"),
            (Action::Coverage, "coverage"),
            (Action::ToggleThread, "fold"),
            (Action::Sort, "sort"),
            (Action::Pick, "pick two"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Screen::Compare) => vec![
            (Action::Next, "row"),
            (Action::NextDivergence, "diff"),
            (Action::Search, "search"),
            (Action::Quotes, "quotes"),
            (Action::Framing, "framing"),
            (Action::Coverage, "coverage"),
            (Action::Swap, "swap"),
            (Action::NextWitness, "next article"),
            (Action::Note, "note"),
            (Action::Notes, "notes"),
            (Action::Back, back),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        (None, Screen::Coverage) => vec![
            (Action::Next, "row"),
            (Action::ColumnRight, "column"),
            (Action::Confirm, "open"),
            (Action::ChangePivot, "pivot"),
            (Action::Back, back),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
    }
}

/// The focused row's note in one line: its marks, first line and tags.
fn note_summary(app: &App, note: &crate::tui::review::NoteAt) -> String {
    let tags: String = note.note.tags.iter().map(|t| format!(" #{t}")).collect();
    let marks = app.glyphs.of([note]);
    let text = format!(
        "{} {}{}",
        marks.trim_end(),
        note.first_line(),
        for_display(&tags)
    );
    let short: String = text.chars().take(48).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// What is on and worth knowing at a glance: presentation mode, and
/// files skipped at load (listed in the help, `?`).
fn indicators(app: &App) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    if app.presentation {
        spans.push(Span::styled(" ▶ presenting ", app.theme.style(Role::Focus)));
    }
    let skipped = app.corpus.errors.len();
    if skipped > 0 && !app.presentation {
        spans.push(Span::styled(
            format!(" {skipped} skipped (?) "),
            app.theme.style(Role::Dim),
        ));
    }
    spans
}

/// The status line: a message or the focused note, what is on, then the
/// keys most useful on the current screen, from the active keymap.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let mut spans = indicators(app);
    if let Some(message) = &app.message {
        // Messages can quote the config file or the corpus: shown escaped.
        spans.push(Span::styled(
            format!(" {} ", for_display(message)),
            app.theme.style(Role::Focus),
        ));
        spans.push(Span::raw(" "));
    } else if let Some(note) = app.focused_note() {
        spans.push(Span::styled(
            format!(" {} ", note_summary(app, note)),
            app.theme.style(Role::Header),
        ));
    }
    let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
    // Trailing spaces may run past the edge.
    let room = (usize::from(area.width) + 2).saturating_sub(used);
    for (key, label) in fitting_hints(app, room) {
        spans.push(Span::styled(
            format!(" {key} "),
            app.theme.style(Role::StatusBar),
        ));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The screen's hints with their keys, the optional ones dropped (least
/// useful first) until the rest fit in `room` cells.
fn fitting_hints(app: &App, room: usize) -> Vec<(String, &'static str)> {
    let mut hints: Vec<(Action, String, &str)> = hints(app)
        .into_iter()
        .filter_map(|(action, label)| {
            let key = app.keymap.keys_for(action).into_iter().next()?;
            Some((action, key, label))
        })
        .collect();
    let width = |hints: &[(Action, String, &str)]| -> usize {
        let cells =
            |(_, key, label): &(Action, String, &str)| text::width(key) + text::width(label) + 5;
        hints.iter().map(cells).sum::<usize>()
    };
    for optional in OPTIONAL_HINTS {
        if width(&hints) > room {
            hints.retain(|(action, _, _)| *action != optional);
        }
    }
    hints
        .into_iter()
        .map(|(_, key, label)| (key, label))
        .collect()
}
