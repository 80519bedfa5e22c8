//! `storydiff compare` as users run it.

use assert_cmd::Command;
use serde_json::Value;

fn storydiff() -> Command {
    let mut cmd = Command::cargo_bin("storydiff").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn run_ok(args: &[&str]) -> String {
    let output = storydiff().args(args).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn json_report_has_the_documented_shape() {
    let json: Value = serde_json::from_str(&run_ok(&["compare", "--json"])).unwrap();
    assert_eq!(json["schema"], 1);
    for side in ["left", "right"] {
        let keys: Vec<&str> = json[side]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 7, "{keys:?}");
        for key in [
            "id",
            "key",
            "path",
            "outlet",
            "title",
            "date",
            "date_source",
        ] {
            assert!(keys.contains(&key), "{side} lacks {key}");
        }
    }
    assert_eq!(json["left"]["outlet"], "Sputnik");
    assert_eq!(json["right"]["outlet"], "TASS");
    let rows = json["rows"].as_array().unwrap();
    for row in rows {
        for key in [
            "kind",
            "left",
            "right",
            "left_text",
            "right_text",
            "similarity",
            "moved",
            "diff",
        ] {
            assert!(row.get(key).is_some(), "row lacks {key}: {row}");
        }
        let kind = row["kind"].as_str().unwrap();
        let one_sided = kind == "left_only" || kind == "right_only";
        assert_eq!(
            row["diff"].as_array().unwrap().is_empty(),
            one_sided,
            "{row}"
        );
        if !one_sided {
            let left: String = row["diff"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["op"] != "insert")
                .map(|r| r["text"].as_str().unwrap())
                .collect();
            assert_eq!(left, row["left_text"].as_str().unwrap());
        }
    }
    let summary = &json["summary"];
    for key in [
        "left_shared",
        "right_shared",
        "same",
        "reworded",
        "left_only",
        "right_only",
    ] {
        assert!(summary.get(key).is_some(), "summary lacks {key}");
    }
    let count = |kind: &str| rows.iter().filter(|r| r["kind"] == kind).count() as u64;
    assert_eq!(summary["reworded"], count("reworded"));
    assert_eq!(summary["left_only"], count("left_only"));
    assert_eq!(summary["right_only"], count("right_only"));
}

#[test]
fn stacked_text_reads_without_colour() {
    let text = run_ok(&["compare", "--color", "never", "--width", "80"]);
    assert!(!text.contains('\u{1b}'));
    insta::assert_snapshot!("compare_demo_stacked", text);
}

#[test]
fn side_by_side_text_on_wide_terminals() {
    let text = run_ok(&["compare", "--color", "never", "--width", "140"]);
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 140)
    );
    insta::assert_snapshot!("compare_demo_side_by_side", text);
}

#[test]
fn markdown_is_a_table() {
    let text = run_ok(&["compare", "--format", "markdown"]);
    assert!(text.contains("| | Sputnik | TASS |"));
    insta::assert_snapshot!("compare_demo_markdown", text);
}

#[test]
fn articles_are_picked_from_files_and_corpora_by_id() {
    let root = env!("CARGO_MANIFEST_DIR");
    let left = format!("{root}/tests/data/newswcl50/event_5/5_M.txt");
    let right = format!("{root}/tests/data/newswcl50#5_R");
    let json: Value = serde_json::from_str(&run_ok(&["compare", &left, &right, "--json"])).unwrap();
    assert_eq!(json["left"]["id"], "5_M");
    assert_eq!(json["right"]["id"], "5_R");
}

#[test]
fn one_article_or_a_bad_id_is_a_usage_error() {
    storydiff().args(["compare", "#000"]).assert().code(2);
    let output = storydiff()
        .args(["compare", "#000", "#nope"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("storydiff: cannot compare: the demo has no article with id \"nope\""),
        "{stderr}"
    );
}
