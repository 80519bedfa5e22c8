//! `storydiff export` as users run it: every format on the demo (snapshots,
//! with the date fixed by SOURCE_DATE_EPOCH), TEI that parses back, hostile
//! article fields through every format, notes from a review file, `-o`.

use std::path::Path;

use assert_cmd::Command;
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};
use serde_json::Value;

const XSS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/xss");

fn storydiff(review: &Path) -> Command {
    let mut command = Command::cargo_bin("storydiff").unwrap();
    command
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("STORYDIFF_REVIEW", review)
        .env_remove("NO_COLOR");
    command
}

/// Runs `storydiff export ARGS` with no review file; stdout.
fn export(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let output = storydiff(&dir.path().join("none.sqlite3"))
        .arg("export")
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(
        !dir.path().join("none.sqlite3").exists(),
        "an export created a review file"
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn html_handout_of_the_demo() {
    let html = export(&["--format", "html"]);
    assert!(html.contains("made with") || html.contains("Made with"));
    assert!(
        html.contains("on 2023-11-14"),
        "SOURCE_DATE_EPOCH sets the date made"
    );
    insta::assert_snapshot!("export_demo_html", html);
}

#[test]
fn markdown_handout_of_the_demo() {
    insta::assert_snapshot!("export_demo_markdown", export(&["--format", "markdown"]));
}

#[test]
fn tei_of_the_demo() {
    insta::assert_snapshot!("export_demo_tei", export(&["--format", "tei"]));
}

#[test]
fn passim_of_the_demo() {
    insta::assert_snapshot!("export_demo_passim", export(&["--format", "passim"]));
}

#[test]
fn collatex_of_the_demo_has_a_token_list_per_witness_per_passage() {
    let report: Value = serde_json::from_str(&export(&["--format", "collatex"])).unwrap();
    let coverage: Value = serde_json::from_str(&{
        let output = Command::cargo_bin("storydiff")
            .unwrap()
            .args(["coverage", "--story", "s1", "--json"])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    })
    .unwrap();
    let passages = coverage["stories"][0]["passages"].as_array().unwrap();
    let table = report["table"].as_array().unwrap();
    assert_eq!(report["witnesses"], serde_json::json!(["Sputnik", "TASS"]));
    assert_eq!(table.len(), passages.len());
    for (entry, passage) in table.iter().zip(passages) {
        for (tokens, cell) in entry
            .as_array()
            .unwrap()
            .iter()
            .zip(passage["cells"].as_array().unwrap())
        {
            let tokens = tokens.as_array().unwrap();
            assert_eq!(tokens.is_empty(), cell["relation"] == "absent");
        }
    }
    // The first two passages as a snapshot; the rest follow the same shape.
    let head = serde_json::json!({
        "witnesses": report["witnesses"],
        "table": table[..2],
    });
    insta::assert_json_snapshot!("export_demo_collatex_head", head);
}

/// Witness ids declared in `listWit` and every `rdg/@wit`, parsed back.
fn tei_witnesses(xml: &str) -> (Vec<String>, Vec<String>, String) {
    let mut reader = Reader::from_str(xml);
    let (mut declared, mut cited, mut text) = (Vec::new(), Vec::new(), String::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let name: String = e.name().0.to_owned();
                for attribute in e.attributes() {
                    let attribute = attribute.unwrap();
                    let value = attribute
                        .normalized_value(XmlVersion::Implicit1_0)
                        .unwrap()
                        .into_owned();
                    match (name.as_str(), attribute.key.0) {
                        ("witness", "xml:id") => declared.push(value),
                        ("rdg", "wit") => cited.push(value),
                        _ => {}
                    }
                }
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let name = r.xml10_content();
                text.push_str(match name.as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "?",
                });
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (declared, cited, text)
}

#[test]
fn tei_parses_back_and_every_reading_names_a_declared_witness() {
    let xml = export(&["--format", "tei"]);
    let (declared, cited, _) = tei_witnesses(&xml);
    assert_eq!(declared, ["wA", "wB"]);
    assert!(!cited.is_empty());
    for wit in &cited {
        let id = wit.strip_prefix('#').expect("a pointer");
        assert!(declared.iter().any(|d| d == id), "{wit} is not declared");
    }
}

#[test]
fn hostile_fields_stay_text_in_every_format() {
    let html = export(&[XSS, "--format", "html"]);
    for raw in [
        "<script",
        "<img",
        "<svg",
        "<a href=\"javascript:",
        "href=\"javascript:",
    ] {
        assert!(!html.contains(raw), "html holds {raw}");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));

    let markdown = export(&[XSS, "--format", "markdown"]);
    // Every `<` is escaped, except the legend's own `<` marker in code.
    let legend_free = markdown.replace("`<`", "");
    for (at, _) in legend_free.match_indices('<') {
        assert!(
            legend_free[..at].ends_with('\\'),
            "raw < at {at} in markdown"
        );
    }
    assert!(markdown.contains("\\<script\\>"));

    let xml = export(&[XSS, "--format", "tei"]);
    assert!(
        !xml.contains("<script") && !xml.contains("<img"),
        "tei holds markup"
    );
    let (declared, _, text) = tei_witnesses(&xml);
    assert_eq!(declared.len(), 2);
    assert!(
        text.contains("<script>alert('body')</script>"),
        "the payload is text"
    );

    for format in ["collatex", "passim"] {
        let out = export(&[XSS, "--format", format]);
        for line in out.lines().filter(|_| format == "passim") {
            serde_json::from_str::<Value>(line).unwrap();
        }
        assert!(
            out.contains("<script>alert('body')</script>"),
            "{format} keeps the text as data"
        );
    }
}

#[test]
fn passim_text_is_the_aligned_display_text() {
    let out = export(&["--format", "passim"]);
    let articles: Value = serde_json::from_str(&{
        let output = Command::cargo_bin("storydiff")
            .unwrap()
            .args(["articles", "--json"])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    })
    .unwrap();
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), articles["articles"].as_array().unwrap().len());
    assert_eq!(lines[0]["series"], "Sputnik");
    let text = lines[0]["text"].as_str().unwrap();
    assert!(text.contains("\n\n"));
    assert!(text.contains("When we hear about the new line of the United States"));
}

#[test]
fn the_handout_holds_the_reviewers_notes() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.sqlite3");
    let added = storydiff(&review)
        .args(["notes", "add", "--article", "001", "--quote", "new line"])
        .args(["--text", "Compare <b>the</b> wording", "--tag", "wording"])
        .output()
        .unwrap();
    assert!(added.status.success(), "{added:?}");
    let output = storydiff(&review)
        .args(["export", "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.contains("Reviewer&#39;s notes") || html.contains("Reviewer's notes"));
    assert!(html.contains("Compare &lt;b&gt;the&lt;/b&gt; wording"));
    assert!(html.contains("#wording"));
}

#[test]
fn output_goes_to_the_file_named_by_dash_o() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("story.html");
    let output = storydiff(&dir.path().join("none"))
        .args(["export", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn pair_and_story_are_checked() {
    let html = export(&["--pair", "001", "000"]);
    assert!(html.contains("Side by side: TASS and Sputnik"));
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["export", "--story", "s9"][..],
        &["export", "--pair", "000", "004"],
    ] {
        let output = storydiff(&dir.path().join("none"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
}
