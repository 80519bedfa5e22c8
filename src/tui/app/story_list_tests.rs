//! The Stories list on a grouping built here: two threads of several
//! stories and three stories alone, with known sizes, outlets and dates.

use super::*;
use crate::corpus::{Article, Corpus};
use crate::stories::{Grouping, Story, StoryMember, Thread};
use crate::tui::action::Action;
use crate::tui::app::{Overlay, Screen};
use crate::tui::config::Config;
use crate::tui::update::update;
use jiff::civil::date;

/// (title, [(outlet, day of March 2024)]) per story.
const STORIES: [(&str, &[(&str, i8)]); 8] = [
    (
        "Flood waters rise in Valencia",
        &[("Reuters", 3), ("TASS", 3), ("BBC", 4)],
    ),
    (
        "Valencia counts the cost",
        &[("Reuters", 10), ("Reuters", 11)],
    ),
    ("Valencia rebuilds its bridges", &[("BBC", 20)]),
    ("Summit opens in Geneva", &[("TASS", 5), ("Al Jazeera", 5)]),
    ("Summit ends without a deal", &[("TASS", 28)]),
    (
        "Chess champion retires",
        &[("BBC", 1), ("Reuters", 1), ("TASS", 2)],
    ),
    ("Comet seen over Lisbon", &[("Al Jazeera", 15)]),
    ("Undated rumour", &[("Reuters", 0)]),
];

fn article(id: String, title: &str, outlet: &str, day: i8) -> Article {
    let mut a = Article::from_paragraphs(id, vec![vec![format!("{title}, said {outlet}.")]]);
    a.title = Some(title.to_owned());
    a.outlet = Some(outlet.to_owned());
    a.date = (day > 0).then(|| date(2024, 3, day));
    a
}

fn thread(id: &str, label: &str, stories: Vec<usize>, days: (i8, i8)) -> Thread {
    Thread {
        id: id.into(),
        label: label.into(),
        stories,
        first: Some(date(2024, 3, days.0)),
        last: Some(date(2024, 3, days.1)),
    }
}

/// Stories s1…s8 as [`STORIES`]; threads t1 (s1–s3), t2 (s4, s5) and one
/// thread per story for s6, s7, s8.
pub(crate) fn threaded_app() -> App {
    let mut articles = Vec::new();
    let mut stories = Vec::new();
    for (k, (title, members)) in STORIES.iter().enumerate() {
        let mut story_members = Vec::new();
        for (outlet, day) in members.iter() {
            story_members.push(StoryMember {
                article: articles.len(),
                shared_terms: Vec::new(),
            });
            let id = format!("a{}", articles.len());
            articles.push(article(id, title, outlet, *day));
        }
        stories.push(Story {
            id: format!("s{}", k + 1),
            label: (*title).to_owned(),
            members: story_members,
            cohesion: 1.0,
        });
    }
    let mut threads = vec![
        thread(
            "t1",
            "Flood waters rise in Valencia",
            vec![0, 1, 2],
            (3, 20),
        ),
        thread("t2", "Summit opens in Geneva", vec![3, 4], (5, 28)),
        thread("t3", "Chess champion retires", vec![5], (1, 2)),
        thread("t4", "Comet seen over Lisbon", vec![6], (15, 15)),
    ];
    threads.push(Thread {
        first: None,
        last: None,
        ..thread("t5", "Undated rumour", vec![7], (1, 1))
    });
    let corpus = Corpus {
        articles,
        errors: Vec::new(),
    };
    let mut app = App::with_grouping(corpus, Grouping { stories, threads }, Config::default());
    app.screen = Screen::Stories;
    app
}

/// The rows as text: `t1` for a header, `s2` for a story (indented under a
/// header), `+t1` for a folded header.
fn shown(app: &App) -> Vec<String> {
    app.story_rows()
        .into_iter()
        .map(|row| match row {
            ListRow::Thread { thread, .. } if app.stories_view.folded.contains(&thread) => {
                format!("+{}", app.threads[thread].id)
            }
            ListRow::Thread { thread, .. } => app.threads[thread].id.clone(),
            ListRow::Story { story, nested } => {
                let indent = if nested { " " } else { "" };
                format!("{indent}{}", app.stories[story].id)
            }
        })
        .collect()
}

/// What the cursor is on, as [`shown`] names it (without indent or fold).
fn at(app: &App) -> String {
    match app.stories_view.thread_cursor {
        Some(t) => app.threads[t].id.clone(),
        None => app.stories[app.story_cursor].id.clone(),
    }
}

#[test]
fn threads_of_several_stories_get_a_header_and_lone_stories_none() {
    let app = threaded_app();
    assert_eq!(
        shown(&app),
        [
            "t1", " s1", " s2", " s3", "t2", " s4", " s5", "s6", "s7", "s8"
        ]
    );
}

#[test]
fn the_cursor_walks_headers_and_stories_and_stops_at_the_ends() {
    let mut app = threaded_app();
    assert_eq!(at(&app), "s1");
    update(&mut app, Action::Previous);
    assert_eq!(at(&app), "t1");
    update(&mut app, Action::Previous);
    assert_eq!(at(&app), "t1");
    for expected in ["s1", "s2", "s3", "t2", "s4"] {
        update(&mut app, Action::Next);
        assert_eq!(at(&app), expected);
    }
    update(&mut app, Action::Last);
    assert_eq!(at(&app), "s8");
    update(&mut app, Action::Next);
    assert_eq!(at(&app), "s8");
    update(&mut app, Action::First);
    assert_eq!(at(&app), "t1");
}

#[test]
fn folding_hides_a_threads_stories_and_brings_the_cursor_to_its_header() {
    let mut app = threaded_app();
    update(&mut app, Action::Next); // s2
    update(&mut app, Action::ToggleThread);
    assert_eq!(at(&app), "t1");
    assert_eq!(shown(&app)[..3], ["+t1", "t2", " s4"]);
    // Space again, Enter, or l on the header unfold it; h folds it.
    update(&mut app, Action::ToggleThread);
    assert_eq!(shown(&app)[..2], ["t1", " s1"]);
    update(&mut app, Action::ColumnLeft);
    assert_eq!(shown(&app)[0], "+t1");
    update(&mut app, Action::ColumnRight);
    assert_eq!(shown(&app)[0], "t1");
    update(&mut app, Action::Confirm);
    assert_eq!(shown(&app)[0], "+t1");
    update(&mut app, Action::Confirm);
    assert_eq!(shown(&app)[0], "t1");
    assert_eq!(
        app.screen,
        Screen::Stories,
        "Enter on a header compares nothing"
    );
    // l on an open header goes to its first story; h there goes back up.
    update(&mut app, Action::ColumnRight);
    assert_eq!(at(&app), "s1");
    assert_eq!(app.member_cursor, None);
    update(&mut app, Action::ColumnLeft);
    assert_eq!(at(&app), "t1");
}

#[test]
fn a_lone_story_has_no_thread_to_fold() {
    let mut app = threaded_app();
    update(&mut app, Action::Last);
    update(&mut app, Action::ToggleThread);
    assert_eq!(at(&app), "s8");
    assert_eq!(
        app.message.as_deref(),
        Some("this story is alone in its thread")
    );
    update(&mut app, Action::ColumnLeft);
    assert_eq!(at(&app), "s8", "h on a lone story stays");
}

#[test]
fn fold_all_folds_every_thread_then_unfolds_them() {
    let mut app = threaded_app();
    update(&mut app, Action::FoldAll);
    assert_eq!(shown(&app), ["+t1", "+t2", "s6", "s7", "s8"]);
    assert_eq!(at(&app), "t1");
    update(&mut app, Action::FoldAll);
    assert_eq!(shown(&app).len(), 10);
}

#[test]
fn sort_cycles_size_date_outlets_and_keeps_the_cursor_on_its_story() {
    let mut app = threaded_app();
    update(&mut app, Action::Last); // s8
    update(&mut app, Action::Sort);
    assert_eq!(app.stories_view.order, StoryOrder::Date);
    assert_eq!(app.message.as_deref(), Some("stories by date"));
    // Latest first: t2 ends on the 28th, t1 on the 20th, s7 the 15th, s6
    // the 2nd; undated last. Within a thread, latest first too.
    assert_eq!(
        shown(&app),
        [
            "t2", " s5", " s4", "t1", " s3", " s2", " s1", "s7", "s6", "s8"
        ]
    );
    assert_eq!(at(&app), "s8");
    update(&mut app, Action::Sort);
    assert_eq!(app.stories_view.order, StoryOrder::Outlets);
    // t1: 3 outlets over 6 articles; s6: 3 over 3; t2: 2.
    assert_eq!(
        shown(&app),
        [
            "t1", " s1", " s2", " s3", "s6", "t2", " s4", " s5", "s7", "s8"
        ]
    );
    update(&mut app, Action::Sort);
    assert_eq!(app.stories_view.order, StoryOrder::Size);
}

#[test]
fn the_filter_narrows_as_it_is_typed_and_esc_clears_it() {
    let mut app = threaded_app();
    update(&mut app, Action::Search);
    assert!(matches!(
        app.top_overlay(),
        Some(Overlay::StoryFilter { .. })
    ));
    for c in "summit".chars() {
        update(&mut app, Action::Insert(c));
    }
    assert_eq!(app.stories_view.filter, "summit");
    assert_eq!(shown(&app), ["t2", " s4", " s5"]);
    assert_eq!(at(&app), "t2", "the cursor's story was filtered out");
    update(&mut app, Action::Confirm);
    assert_eq!(app.top_overlay(), None, "Enter keeps the filter");
    assert_eq!(shown(&app).len(), 3);
    // Esc on the screen clears a kept filter.
    update(&mut app, Action::Back);
    assert_eq!(app.stories_view.filter, "");
    assert_eq!(shown(&app).len(), 10);
}

#[test]
fn the_filter_matches_outlets_and_every_word() {
    let mut app = threaded_app();
    app.stories_view.filter = "al jazeera".into();
    assert_eq!(shown(&app), ["t2", " s4", "s7"]);
    app.stories_view.filter = "valencia BBC".into();
    assert_eq!(shown(&app), ["t1", " s1", " s3"]);
    app.stories_view.filter = "nothing like it".into();
    assert!(shown(&app).is_empty());
    app.settle_cursor();
    assert!(app.cursor_row(&app.story_rows()).is_none());
}

#[test]
fn escape_in_the_filter_prompt_clears_it_and_arrows_move_while_typing() {
    let mut app = threaded_app();
    update(&mut app, Action::Search);
    update(&mut app, Action::Insert('v'));
    update(&mut app, Action::Edit(crate::tui::editor::Edit::Down));
    assert_eq!(app.stories_view.filter, "v");
    let moved = at(&app);
    update(&mut app, Action::Back);
    assert_eq!(app.top_overlay(), None);
    assert_eq!(app.stories_view.filter, "");
    assert_eq!(at(&app), moved, "the cursor stays where it was moved");
}

#[test]
fn notes_are_refused_on_a_thread_header() {
    let mut app = threaded_app();
    update(&mut app, Action::Previous);
    assert_eq!(at(&app), "t1");
    assert!(app.focus().is_err());
    update(&mut app, Action::Next);
    assert!(app.focus().is_ok());
}

#[test]
fn selecting_a_hidden_story_unfolds_its_thread_and_drops_a_hiding_filter() {
    let mut app = threaded_app();
    update(&mut app, Action::FoldAll);
    app.stories_view.filter = "summit".into();
    app.select_story(1);
    assert_eq!(at(&app), "s2");
    assert_eq!(app.stories_view.filter, "");
    assert!(!app.stories_view.folded.contains(&0));
    assert!(app.cursor_row(&app.story_rows()).is_some());
}

#[test]
fn enter_on_a_story_still_compares_and_l_focuses_its_articles() {
    let mut app = threaded_app();
    update(&mut app, Action::ColumnRight);
    assert_eq!(app.member_cursor, Some(0));
    update(&mut app, Action::Next);
    assert_eq!(app.member_cursor, Some(1));
    update(&mut app, Action::ColumnLeft);
    assert_eq!(app.member_cursor, None);
    assert_eq!(at(&app), "s1");
    update(&mut app, Action::Confirm);
    assert_eq!(app.screen, Screen::Compare);
}

/// The actions the Stories list answers to, and a few filter keys.
fn list_action() -> impl proptest::strategy::Strategy<Value = Action> {
    use proptest::prelude::*;
    prop_oneof![
        Just(Action::Next),
        Just(Action::Previous),
        Just(Action::PageDown),
        Just(Action::First),
        Just(Action::Last),
        Just(Action::ColumnLeft),
        Just(Action::ColumnRight),
        Just(Action::ToggleThread),
        Just(Action::FoldAll),
        Just(Action::Sort),
        Just(Action::Search),
        Just(Action::Insert('v')),
        Just(Action::Insert('s')),
        Just(Action::Edit(crate::tui::editor::Edit::Backspace)),
        Just(Action::Back),
    ]
}

proptest::proptest! {
    #[test]
    fn whatever_is_pressed_the_cursor_is_on_a_listed_row_and_each_story_listed_once(
        actions in proptest::collection::vec(list_action(), 0..40)
    ) {
        let mut app = threaded_app();
        for action in actions {
            update(&mut app, action);
            if app.screen != Screen::Stories {
                app.screen = Screen::Stories;
            }
            let rows = app.story_rows();
            let mut listed: Vec<usize> = rows
                .iter()
                .filter_map(|r| match r {
                    ListRow::Story { story, .. } => Some(*story),
                    ListRow::Thread { .. } => None,
                })
                .collect();
            let shown = listed.len();
            listed.sort_unstable();
            listed.dedup();
            proptest::prop_assert_eq!(listed.len(), shown, "a story listed twice");
            let nothing_hidden = app.stories_view.filter.is_empty()
                && app.stories_view.folded.is_empty();
            if nothing_hidden {
                proptest::prop_assert_eq!(shown, app.stories.len());
            }
            if !rows.is_empty() {
                proptest::prop_assert!(app.cursor_row(&rows).is_some(), "cursor off the list");
            }
        }
    }
}

#[test]
fn a_click_selects_a_thread_header_or_a_story() {
    use crate::tui::update::{Pointer, update_pointer};
    let mut app = threaded_app();
    update_pointer(&mut app, Pointer::Thread(1));
    assert_eq!(at(&app), "t2");
    update_pointer(&mut app, Pointer::Story(6));
    assert_eq!(at(&app), "s7");
    update(&mut app, Action::FoldAll);
    update_pointer(&mut app, Pointer::Story(4));
    assert_eq!(
        at(&app),
        "s5",
        "a click on a hidden story unfolds its thread"
    );
    assert!(app.cursor_row(&app.story_rows()).is_some());
}
