//! Insurance for performance work: the stories found on the development
//! data are recorded, and must not change unless the method is changed on
//! purpose (then review and accept the new snapshots).

use assert_cmd::Command;

#[path = "../benches/synth.rs"]
mod synth;

fn stories_json(args: &[&str]) -> String {
    let output = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["stories", "--json"])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn demo_stories_are_unchanged() {
    insta::assert_snapshot!("unchanged_demo_json", stories_json(&[]));
}

#[test]
fn newswcl50_stories_are_unchanged() {
    let json = stories_json(&["tests/data/newswcl50"]);
    insta::assert_snapshot!("unchanged_newswcl50_json", json);
}

#[test]
fn newswcl50_stories_at_a_lower_threshold_are_unchanged() {
    let json = stories_json(&["--min-similarity", "0.12", "tests/data/newswcl50"]);
    insta::assert_snapshot!("unchanged_newswcl50_lower_threshold_json", json);
}

/// A synthetic corpus of 1,000 articles in 200 events: large enough for
/// the candidate index to matter, small enough for a debug build.
#[test]
fn synthetic_stories_are_unchanged() {
    let articles = synth::corpus(1000);
    let found = storydiff::stories::group_stories(&articles, &Default::default());
    let lines: Vec<String> = found
        .iter()
        .map(|story| {
            let ids: Vec<&str> = story.articles().map(|i| &articles[i].id[10..]).collect();
            format!("{} {:.4} {}", story.id, story.cohesion, ids.join(" "))
        })
        .collect();
    insta::assert_snapshot!("unchanged_synthetic_1000", lines.join("\n"));
}
