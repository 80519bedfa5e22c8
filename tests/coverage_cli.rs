//! `storydiff coverage` as users run it: the JSON contract, the gold links
//! of the pairwise projections, text that fits 80 columns, CSV and Markdown.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

mod common;
use common::{json, keys, run, run_ok};

fn data(rel: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/newswcl50")
        .join(rel)
        .display()
        .to_string()
}

#[test]
fn json_has_exactly_the_documented_shape() {
    let report = json(&["coverage", "--json"]);
    assert_eq!(keys(&report), ["errors", "schema", "stories"]);
    assert_eq!(report["schema"], 1);
    let stories = report["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 4, "the demo's four stories");
    for story in stories {
        assert_eq!(
            keys(story),
            [
                "id",
                "key",
                "label",
                "pairs",
                "passages",
                "pivot",
                "witnesses"
            ]
        );
        assert_eq!(story["key"].as_str().unwrap().len(), 16);
        let witnesses = story["witnesses"].as_array().unwrap();
        for w in witnesses {
            assert_eq!(
                keys(w),
                ["article", "coverage", "date", "key", "outlet", "title"]
            );
        }
        let order: Vec<&Value> = witnesses.iter().map(|w| &w["article"]).collect();
        assert!(order.contains(&&story["pivot"]));
        for passage in story["passages"].as_array().unwrap() {
            assert_eq!(keys(passage), ["cells", "id"]);
            let cells = passage["cells"].as_array().unwrap();
            let articles: Vec<&Value> = cells.iter().map(|c| &c["article"]).collect();
            assert_eq!(articles, order, "one cell per witness, in witness order");
            for cell in cells {
                assert_eq!(
                    keys(cell),
                    [
                        "article",
                        "moved",
                        "relation",
                        "sentences",
                        "similarity",
                        "text"
                    ]
                );
                let relation = cell["relation"].as_str().unwrap();
                assert!(["pivot", "same", "reworded", "absent"].contains(&relation));
                if relation == "absent" {
                    assert_eq!(cell["sentences"], Value::Array(vec![]));
                    assert_eq!(cell["text"], "");
                    assert!(cell["similarity"].is_null());
                }
            }
        }
        for pair in story["pairs"].as_array().unwrap() {
            assert_eq!(
                keys(pair),
                [
                    "left",
                    "left_only",
                    "moved",
                    "reworded",
                    "right",
                    "right_only",
                    "same",
                    "shared_left",
                    "shared_right"
                ]
            );
        }
    }
    let s1 = &stories[0];
    assert_eq!(s1["witnesses"].as_array().unwrap().len(), 2);
    assert_eq!(s1["pairs"].as_array().unwrap().len(), 1);
}

/// The links `coverage --json` states between the pivot and `other`: pivot
/// sentence × other sentence in each passage whose reference is the pivot.
fn projected_links(story: &Value, other: &str) -> BTreeSet<(u64, u64)> {
    let pivot = story["pivot"].as_str().unwrap();
    let mut links = BTreeSet::new();
    for passage in story["passages"].as_array().unwrap() {
        let cells = passage["cells"].as_array().unwrap();
        let cell = |id: &str| cells.iter().find(|c| c["article"] == id).unwrap();
        let (p, o) = (cell(pivot), cell(other));
        if p["relation"] != "pivot" {
            continue;
        }
        for i in p["sentences"].as_array().unwrap() {
            for j in o["sentences"].as_array().unwrap() {
                links.insert((i.as_u64().unwrap(), j.as_u64().unwrap()));
            }
        }
    }
    links
}

fn precision_recall(
    predicted: &BTreeSet<(u64, u64)>,
    sure: &[(u64, u64)],
    possible: &[(u64, u64)],
) -> (f64, f64) {
    let allowed = |l: &(u64, u64)| sure.contains(l) || possible.contains(l);
    let right = predicted.iter().filter(|l| allowed(l)).count();
    let found = sure.iter().filter(|l| predicted.contains(l)).count();
    (
        right as f64 / predicted.len().max(1) as f64,
        found as f64 / sure.len() as f64,
    )
}

#[test]
fn the_demo_pair_keeps_its_gold_links_through_the_table() {
    // tests/align_quality.rs: Sputnik (000) vs TASS (001).
    let sure = [(1, 0), (2, 2), (3, 3), (4, 4), (4, 5), (5, 6)];
    let possible = [(0, 6)];
    let report = json(&["coverage", "--json", "--story", "s1", "--pivot", "000"]);
    let story = &report["stories"][0];
    assert_eq!(story["pivot"], "000_c64a1d62d2a9f65b");
    let links = projected_links(story, "001_d282598696b91ab7");
    assert_eq!(
        precision_recall(&links, &sure, &possible),
        (1.0, 1.0),
        "{links:?}"
    );
}

#[test]
fn a_newswcl50_pair_keeps_its_gold_links_inside_its_five_outlet_story() {
    // tests/align_quality.rs: event 5, outlets M vs R.
    let sure = [(0, 1), (1, 4), (3, 8), (11, 5)];
    let possible = [(0, 2), (1, 2), (1, 3), (1, 6), (2, 7)];
    let report = json(&["coverage", &data("event_5"), "--json", "--pivot", "5_M"]);
    let stories = report["stories"].as_array().unwrap();
    let story = stories
        .iter()
        .find(|s| s["pivot"] == "5_M")
        .expect("the story holding 5_M");
    assert_eq!(story["witnesses"].as_array().unwrap().len(), 5);
    let links = projected_links(story, "5_R");
    assert_eq!(
        precision_recall(&links, &sure, &possible),
        (1.0, 1.0),
        "{links:?}"
    );
}

#[test]
fn the_order_of_the_files_does_not_change_the_table() {
    let files: Vec<String> = ["5_L", "5_LL", "5_M", "5_R", "5_RR"]
        .iter()
        .map(|f| data(&format!("event_5/{f}.txt")))
        .collect();
    let mut args = vec!["coverage".to_owned(), "--json".to_owned()];
    args.extend(files.iter().cloned());
    let forward = run_ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let mut reversed = vec!["coverage".to_owned(), "--json".to_owned()];
    reversed.extend(files.iter().rev().cloned());
    let backward = run_ok(&reversed.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(forward, backward);
}

#[test]
fn text_fits_eighty_columns_and_reads_without_colour() {
    let text = run_ok(&["coverage", &data(""), "--color", "never", "--width", "80"]);
    assert!(!text.contains('\u{1b}'));
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    // Every NewsWCL50 event is a five-outlet story with its glyph columns.
    assert!(text.contains("A  B  C  D  E  text"), "{text}");
    assert!(text.contains("% of passages"));
    assert!(text.contains(" = same · ~ reworded · · absent · ↕ moved"));
}

#[test]
fn the_demo_text_shows_the_shared_translation_and_the_one_sided_passages() {
    let text = run_ok(&[
        "coverage", "--story", "s1", "--color", "never", "--width", "100",
    ]);
    let reworded = text
        .lines()
        .find(|l| l.contains("When we hear about"))
        .expect("the 'new line' statement");
    assert!(reworded.contains('~'), "{reworded}");
    assert!(text.contains("Sputnik (000_c64a1d62d2a9f65b)"));
    assert!(text.contains("only here:"));
}

#[test]
fn csv_has_a_row_per_passage_and_a_column_per_outlet() {
    let csv = run_ok(&["coverage", "--format", "csv"]);
    let report = json(&["coverage", "--json", "--story", "s1"]);
    let passages = report["stories"][0]["passages"].as_array().unwrap().len();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, ["passage", "Sputnik", "TASS", "from", "text"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), passages);
    assert!(
        rows.iter()
            .all(|r| ["pivot", "same", "reworded", "absent"].contains(&&r[1]))
    );
}

#[test]
fn markdown_has_a_legend_and_a_table_per_story() {
    let md = run_ok(&["coverage", "--format", "markdown", "--story", "s1"]);
    assert!(md.starts_with("## s1 · "));
    assert!(md.contains("| passage | A | B | text |"));
    assert!(md.contains("`~` reworded"));
}

#[test]
fn an_unknown_story_or_pivot_is_a_usage_error() {
    for args in [
        &["coverage", "--story", "s99"][..],
        &["coverage", "--pivot", "nope"][..],
        &["coverage", "--story", "s2", "--pivot", "000"][..],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).starts_with("storydiff: "));
    }
}
