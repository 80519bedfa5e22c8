//! The Stories screen's actions: moving through the stories, or, once
//! `l` / `→` focused the selected story's articles, through its articles
//! (`h` / `←` goes back to the story). Review keys act on what is focused.

use super::{common, coverage};
use crate::tui::action::Action;
use crate::tui::app::App;

pub(super) fn update_stories(app: &mut App, action: Action) {
    let members = app
        .stories
        .get(app.story_cursor)
        .map_or(0, |s| s.members.len());
    match (app.member_cursor, action) {
        (None, Action::ColumnRight) if members > 0 => app.member_cursor = Some(0),
        (Some(_), Action::ColumnLeft | Action::Back) => app.member_cursor = None,
        (Some(k), Action::Next | Action::ColumnRight) => {
            app.member_cursor = Some((k + 1).min(members.saturating_sub(1)));
        }
        (Some(k), Action::Previous) => app.member_cursor = Some(k.saturating_sub(1)),
        (Some(_), Action::First) => app.member_cursor = Some(0),
        (Some(_), Action::Last) => app.member_cursor = Some(members.saturating_sub(1)),
        (None, _) => move_story(app, action),
        (Some(_), _) => story_action(app, action),
    }
}

/// With the story focused: the moving keys go through the stories.
fn move_story(app: &mut App, action: Action) {
    let last = app.stories.len().saturating_sub(1);
    let page = app.page_rows.max(1);
    let to = match action {
        Action::Next => (app.story_cursor + 1).min(last),
        Action::Previous => app.story_cursor.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => (app.story_cursor + page).min(last),
        Action::PageUp | Action::HalfPageUp => app.story_cursor.saturating_sub(page),
        Action::First => 0,
        Action::Last => last,
        _ => return story_action(app, action),
    };
    app.story_cursor = to;
}

/// What the Stories screen does whichever part is focused.
fn story_action(app: &mut App, action: Action) {
    match action {
        Action::Confirm => match app.best_pair(app.story_cursor) {
            Some((left, right)) => app.open_compare(left, right),
            None => app.message = Some("this story has one article: press o to pick two".into()),
        },
        Action::Quotes | Action::Framing => {
            app.message = Some("the quotes and framing panes open from a comparison".into());
        }
        Action::Coverage => coverage::open_from_stories(app),
        _ => common(app, action),
    }
}
