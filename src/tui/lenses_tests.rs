//! What the panes cover and how the framing table reads, on the demo
//! (story s1 is Sputnik and TASS; the other three articles stand alone).

use super::*;
use crate::corpus::load_demo;
use crate::framing::TOP_VERBS;
use crate::stories::StoryMember;
use crate::tui::app::App;
use crate::tui::config::Config;

fn story(id: &str, articles: impl IntoIterator<Item = usize>) -> Story {
    Story {
        id: id.to_owned(),
        label: String::new(),
        members: articles
            .into_iter()
            .map(|article| StoryMember {
                article,
                shared_terms: Vec::new(),
            })
            .collect(),
        cohesion: 1.0,
    }
}

#[test]
fn the_scope_is_the_story_holding_both_articles() {
    let stories = [story("s1", [0, 1]), story("s2", [2]), story("s3", [3])];
    let scope = Scope::of(&stories, 1, 0);
    assert_eq!(scope.story.as_deref(), Some("s1"));
    assert_eq!(scope.articles, [0, 1]);
    assert_eq!(scope.describe(), "story s1 · 2 articles");
}

#[test]
fn articles_of_different_stories_are_their_own_scope() {
    let stories = [story("s1", [0, 1]), story("s2", [2]), story("s3", [3])];
    let scope = Scope::of(&stories, 3, 1);
    assert_eq!(scope.story, None);
    assert_eq!(scope.articles, [1, 3], "the same key either way round");
    assert_eq!(scope.describe(), "2 articles from different stories");
}

#[test]
fn a_large_story_is_read_whole() {
    let stories = [story("s1", (0..12).rev())];
    let scope = Scope::of(&stories, 11, 9);
    assert_eq!(scope.articles, (0..12).collect::<Vec<_>>());
    assert_eq!(scope.describe(), "story s1 · 12 articles");
}

#[test]
fn the_framing_table_of_the_demo_story() {
    let mut app = App::new(load_demo(), Config::default());
    assert!(app.prepare_framing());
    let pane = app.framing_pane.as_ref().unwrap();
    assert_eq!(pane.outlets, ["Sputnik", "TASS"]);
    let row = |label: &str| pane.rows.iter().find(|r| r.label == label).unwrap();
    assert!(row("Naming").heading && row("Naming").cells.iter().all(Vec::is_empty));
    let state = row("Islamic State");
    assert!(!state.heading);
    assert_eq!(state.cells[0], ["Daesh ×7", "ISIS ×1"]);
    assert_eq!(state.cells[1], ["IS ×2", "Islamic State ×2"]);
    assert_eq!(row("Reporting verbs").cells[0][0], "said ×4");
    assert!(row("Reporting verbs").cells[1].len() <= TOP_VERBS + 1);
    assert!(row("Hedges").cells[0].contains(&"scare quotes ×4".to_owned()));
    let terms = &row("Distinctive terms").cells[0];
    assert_eq!(terms.len(), DISTINCTIVE_TERMS);
    assert_eq!(terms[0], "raqqa 1.8", "scores to one decimal");
}

#[test]
fn a_pair_from_different_stories_gets_panes_of_its_own() {
    let mut app = App::new(load_demo(), Config::default());
    app.open_compare(4, 2);
    assert!(app.prepare_quotes());
    let pane = app.quotes_pane.as_ref().unwrap();
    assert_eq!(pane.scope, "2 articles from different stories");
    assert_eq!((pane.left, pane.right), (4, 2));
    assert!(app.lenses.contains_key(&vec![2, 4]));
}
