//! The Coverage screen's actions and `[` / `]` in Compare. On the demo,
//! story s1 is Sputnik (article 0, column A) and TASS (article 1, column B,
//! the pivot); Compare opens on them with Sputnik on the left.

use super::*;
use crate::collate::CoverageTable;
use crate::corpus::load_demo;
use crate::stories::{Story, StoryMember};
use crate::tui::app::{CompareView, CoverageView};
use crate::tui::config::Config;
use crate::tui::update::{Pointer, update, update_pointer};

fn app() -> App {
    App::new(load_demo(), Config::default())
}

/// The demo with all five articles made one story.
fn five_article_app() -> App {
    let mut app = app();
    let members = (0..5)
        .map(|article| StoryMember {
            article,
            shared_terms: Vec::new(),
        })
        .collect();
    app.stories = vec![Story {
        id: "s1".into(),
        label: "all five".into(),
        members,
        cohesion: 0.5,
    }];
    app
}

fn coverage(app: &App) -> &CoverageView {
    app.coverage.as_ref().expect("the Coverage screen is open")
}

fn table(app: &App) -> &CoverageTable {
    &app.coverage_collation()
        .expect("its collation is made")
        .table
}

fn compare(app: &App) -> &CompareView {
    app.compare.as_ref().expect("a comparison is open")
}

fn run(app: &mut App, actions: &[Action]) {
    for &action in actions {
        update(app, action);
    }
}

/// Puts the cursor on the first passage `test` accepts.
fn go_to(app: &mut App, test: impl Fn(&Passage) -> bool) -> usize {
    let row = table(app)
        .passages
        .iter()
        .position(test)
        .expect("such a passage");
    app.coverage.as_mut().unwrap().cursor = row;
    row
}

#[test]
fn c_on_stories_opens_the_selected_story_and_esc_goes_back() {
    let mut app = app();
    run(&mut app, &[Action::Back, Action::Coverage]);
    assert_eq!(app.screen, Screen::Coverage);
    let view = coverage(&app);
    assert_eq!(view.scope.articles, [0, 1]);
    assert_eq!(view.scope.describe(), "story s1 · 2 articles");
    assert_eq!(view.origin, Origin::Stories);
    assert_eq!(view.cursor, 0);
    assert_eq!(table(&app).pivot, 1, "TASS carries the most");
    assert_eq!(view.column, 0, "the focus starts off the pivot");
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Stories);
}

#[test]
fn c_in_compare_opens_the_pairs_story_at_the_current_row() {
    let mut app = app();
    // Row 3 is TASS's passage Sputnik lacks.
    run(&mut app, &[Action::Next, Action::Next, Action::Coverage]);
    assert_eq!(app.screen, Screen::Coverage);
    let view = coverage(&app);
    let origin = Origin::Compare {
        left: 0,
        right: 1,
        cursor: 2,
    };
    assert_eq!(view.origin, origin);
    let tass = &compare(&app).rows[2].row.right;
    let cell = &table(&app).passages[view.cursor].cells[1];
    assert!(cell.sentences.contains(&tass[0]), "{cell:?} holds {tass:?}");
    assert_eq!(view.column, 0, "TASS is the pivot: Sputnik's column");
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(compare(&app).cursor, 2, "the comparison is as it was");
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Stories);
}

#[test]
fn h_and_l_move_the_focused_column_and_stop_at_the_edges() {
    let mut app = five_article_app();
    update(&mut app, Action::Coverage);
    let (start, row) = (coverage(&app).column, coverage(&app).cursor);
    update(&mut app, Action::ColumnRight);
    assert_eq!(coverage(&app).column, start + 1);
    run(&mut app, &[Action::ColumnLeft; 6]);
    assert_eq!(coverage(&app).column, 0);
    run(&mut app, &[Action::ColumnRight; 6]);
    assert_eq!(coverage(&app).column, 4);
    assert_eq!(coverage(&app).cursor, row, "the row stays put");
}

#[test]
fn rows_move_by_row_page_and_to_the_ends() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    let last = table(&app).passages.len() - 1;
    app.page_rows = 6;
    run(&mut app, &[Action::Next, Action::PageDown]);
    assert_eq!(coverage(&app).cursor, 7);
    run(&mut app, &[Action::HalfPageUp, Action::Previous]);
    assert_eq!(coverage(&app).cursor, 3);
    run(&mut app, &[Action::Last, Action::Next]);
    assert_eq!(coverage(&app).cursor, last);
    update(&mut app, Action::First);
    assert_eq!(coverage(&app).cursor, 0);
}

#[test]
fn u_and_n_jump_to_one_sided_and_divergent_passages() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    update(&mut app, Action::NextUnique);
    let at = coverage(&app).cursor;
    assert_eq!(table(&app).passages[at].carried_by(), 1);
    assert!(at > 0);
    update(&mut app, Action::PreviousUnique);
    assert_eq!(coverage(&app).cursor, 0, "p1 is Sputnik's alone");
    update(&mut app, Action::PreviousUnique);
    assert_eq!(
        app.message.as_deref(),
        Some("no more one-sided passages above")
    );
    update(&mut app, Action::NextDivergence);
    assert_eq!(coverage(&app).cursor, 1, "p2 is reworded");
}

#[test]
fn b_makes_the_focused_column_the_pivot_in_the_cached_collation() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    // A passage both have: Sputnik's words for it must stay under the cursor.
    let row = go_to(&mut app, |p| p.carried_by() == 2);
    let sputnik = table(&app).passages[row].cells[0].sentences.clone();
    update(&mut app, Action::ChangePivot);
    assert_eq!(table(&app).pivot, 0);
    assert_eq!(
        app.collations[&vec![0, 1]].table.pivot,
        0,
        "kept in the cache"
    );
    let here = &table(&app).passages[coverage(&app).cursor];
    assert_eq!(here.reference, 0);
    assert!(here.cells[0].sentences.contains(&sputnik[0]));
    assert_eq!(
        app.message.as_deref(),
        Some("the rows now follow A Sputnik")
    );
    update(&mut app, Action::ChangePivot);
    assert_eq!(
        app.message.as_deref(),
        Some("A Sputnik is already the pivot")
    );
    // Compare reads the same collation, whatever its pivot.
    run(&mut app, &[Action::Back, Action::Confirm]);
    assert_eq!(compare(&app).rows.len(), 35);
}

#[test]
fn enter_opens_the_pivot_against_the_focused_article_at_the_passages_row() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    let row = go_to(&mut app, |p| p.reference == 1 && p.carried_by() == 2);
    let first = table(&app).passages[row].cells[1].sentences[0];
    update(&mut app, Action::Confirm);
    assert_eq!(app.screen, Screen::Compare);
    let view = compare(&app);
    assert_eq!(
        (view.left, view.right),
        (1, 0),
        "the pivot TASS on the left"
    );
    assert!(view.rows[view.cursor].row.left.contains(&first));
    assert_eq!(view.back, Screen::Coverage);
    // Esc comes back to the same cell, and Esc again to where it started.
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Coverage);
    assert_eq!((coverage(&app).cursor, coverage(&app).column), (row, 0));
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!((compare(&app).left, compare(&app).right), (0, 1));
    assert_eq!(compare(&app).back, Screen::Stories);
}

#[test]
fn enter_on_a_passage_the_pivot_lacks_puts_its_article_on_the_left() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    let row = go_to(&mut app, |p| p.reference == 0);
    let first = table(&app).passages[row].cells[0].sentences[0];
    for column in [0, 1] {
        app.coverage.as_mut().unwrap().column = column;
        update(&mut app, Action::Confirm);
        let view = compare(&app);
        assert_eq!((view.left, view.right), (0, 1), "column {column}");
        assert!(view.rows[view.cursor].row.left.contains(&first));
        update(&mut app, Action::Back);
        assert_eq!(app.screen, Screen::Coverage);
    }
}

#[test]
fn enter_on_the_pivots_own_column_asks_for_another() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    go_to(&mut app, |p| p.reference == 1);
    update(&mut app, Action::ColumnRight);
    update(&mut app, Action::Confirm);
    assert_eq!(app.screen, Screen::Coverage);
    assert!(app.message.as_deref().unwrap().contains("h / l"));
}

#[test]
fn c_in_a_comparison_opened_from_a_cell_returns_to_that_coverage() {
    let mut app = five_article_app();
    run(&mut app, &[Action::Next, Action::Next, Action::Coverage]);
    let pivot = table(&app).pivot;
    let row = go_to(&mut app, |p| p.carried_by() >= 2 && p.reference == pivot);
    let column = (0..5)
        .find(|&w| w != pivot && table(&app).passages[row].cells[w].relation.carries())
        .unwrap();
    app.coverage.as_mut().unwrap().column = column;
    update(&mut app, Action::Confirm);
    update(&mut app, Action::Coverage);
    assert_eq!(app.screen, Screen::Coverage);
    assert_eq!(
        (coverage(&app).cursor, coverage(&app).column),
        (row, column)
    );
    // Back where Coverage was first opened: the first pair, at its row.
    update(&mut app, Action::Back);
    let view = compare(&app);
    assert_eq!((view.left, view.right, view.cursor), (0, 1, 2));
}

#[test]
fn brackets_cycle_the_right_article_through_the_story_keeping_the_left() {
    let mut app = five_article_app();
    let others: Vec<usize> = {
        let scope = app.scope_of(0, 1);
        let witnesses = &app.collation(&scope).witnesses;
        witnesses.iter().copied().filter(|&w| w != 0).collect()
    };
    let at = others.iter().position(|&w| w == 1).unwrap();
    // A row of Sputnik's sentence 2 (the Lavrov quotation).
    let row = compare(&app)
        .rows
        .iter()
        .position(|r| r.row.left.contains(&2))
        .unwrap();
    app.compare.as_mut().unwrap().cursor = row;
    for step in 1..=others.len() {
        update(&mut app, Action::NextWitness);
        let view = compare(&app);
        assert_eq!(view.left, 0);
        assert_eq!(view.right, others[(at + step) % others.len()]);
        assert!(view.rows[view.cursor].row.left.contains(&2), "{step}");
    }
    assert_eq!(compare(&app).right, 1, "round the story and back");
    update(&mut app, Action::PreviousWitness);
    assert_eq!(compare(&app).right, others[(at + 3) % 4]);
}

#[test]
fn brackets_keep_the_way_back_to_coverage() {
    let mut app = five_article_app();
    update(&mut app, Action::Coverage);
    update(&mut app, Action::Confirm);
    update(&mut app, Action::NextWitness);
    assert_eq!(compare(&app).back, Screen::Coverage);
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Coverage);
    let (right, column) = (compare(&app).right, coverage(&app).column);
    let witness = app.coverage_collation().unwrap().witnesses[column];
    assert_eq!(witness, right, "the column of the article compared last");
}

#[test]
fn brackets_in_a_two_article_story_say_there_is_no_other() {
    let mut app = app();
    update(&mut app, Action::NextWitness);
    assert_eq!((compare(&app).left, compare(&app).right), (0, 1));
    assert_eq!(
        app.message.as_deref(),
        Some("the story has no other article to compare with")
    );
}

#[test]
fn a_click_selects_a_coverage_row() {
    let mut app = app();
    update(&mut app, Action::Coverage);
    update_pointer(&mut app, Pointer::Row(3));
    assert_eq!(coverage(&app).cursor, 3);
    update_pointer(&mut app, Pointer::Row(999));
    assert_eq!(coverage(&app).cursor, table(&app).passages.len() - 1);
    assert_eq!(compare(&app).cursor, 0, "Compare under it is untouched");
}

#[test]
fn a_one_article_story_has_coverage_but_nothing_to_open() {
    let mut app = app();
    run(&mut app, &[Action::Back, Action::Next, Action::Coverage]);
    assert_eq!(coverage(&app).scope.articles.len(), 1);
    update(&mut app, Action::Confirm);
    assert_eq!(app.screen, Screen::Coverage);
    assert!(app.message.is_some());
}
