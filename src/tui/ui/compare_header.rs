//! The Compare screen's header: each side's outlet, date and title, cut
//! with `…` to its pane (`r` shows them whole), and the summary line. Two
//! articles of one outlet are told apart by their ids.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text;
use crate::corpus::Article;
use crate::corpus::sanitize::for_display;
use crate::tui::app::{App, CompareView};
use crate::tui::lenses::shown_name;
use crate::tui::theme::Role;

/// How the two sides are named: the outlet, with the article's id when
/// both sides are of the same outlet (and `L` / `R` when even those agree).
pub fn side_names(left: &Article, right: &Article) -> (String, String) {
    let (ln, rn) = (shown_name(left), shown_name(right));
    if ln != rn {
        return (ln.into_owned(), rn.into_owned());
    }
    let id = |a: &Article| text::truncate(&for_display(&a.id), 20);
    let (li, ri) = (id(left), id(right));
    if li == ri {
        return (format!("{ln} (L)"), format!("{rn} (R)"));
    }
    (format!("{ln} ({li})"), format!("{rn} ({ri})"))
}

/// Draws both sides' names and titles over their panes, and the summary.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, view: &CompareView, panes: (Rect, Rect)) {
    let articles = &app.corpus.articles;
    let (left, right) = (&articles[view.left], &articles[view.right]);
    let names = side_names(left, right);
    let head = app.theme.style(Role::Header);
    for (article, name, column) in [(left, &names.0, panes.0), (right, &names.1, panes.1)] {
        let width = usize::from(column.width);
        let date = article
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let name = text::truncate(name, width);
        let date = text::truncate(&format!(" · {date}"), width - text::width(&name));
        let title = for_display(article.title.as_deref().unwrap_or_default());
        let lines = vec![
            Line::from(vec![Span::styled(name, head), Span::raw(date)]),
            Line::from(Span::styled(
                text::truncate(&title, width),
                app.theme.style(Role::Dim),
            )),
        ];
        frame.render_widget(
            Paragraph::new(lines),
            Rect::new(column.x, area.y, column.width, 2.min(area.height)),
        );
    }
    if !app.presentation && area.height >= 3 {
        let summary = view.alignment.summary.describe(&names.0, &names.1);
        frame.render_widget(
            Paragraph::new(text::truncate(&summary, usize::from(area.width))),
            Rect::new(area.x, area.y + 2, area.width, 1),
        );
    }
}
