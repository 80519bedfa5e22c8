//! `storydiff quotes` and `storydiff framing` as users run them.

use std::path::PathBuf;

mod common;
use common::{json, keys, run_ok};

fn newswcl50() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/newswcl50")
        .display()
        .to_string()
}

#[test]
fn demo_quotes_as_text() {
    let text = run_ok(&["quotes", "--color", "never"]);
    insta::assert_snapshot!("quotes_demo_text", text);
}

#[test]
fn demo_framing_as_text() {
    let text = run_ok(&["framing", "--color", "never"]);
    insta::assert_snapshot!("framing_demo_text", text);
}

#[test]
fn quotes_json_has_the_documented_shape() {
    let report = json(&["quotes", "--json"]);
    assert_eq!(keys(&report), ["errors", "schema", "stories"]);
    assert_eq!(report["schema"], 1);
    let story = &report["stories"][0];
    assert_eq!(keys(story), ["id", "key", "statements"]);
    assert_eq!(story["id"], "s1");
    let statement = &story["statements"][0];
    assert_eq!(
        keys(statement),
        [
            "flags",
            "speaker",
            "speaker_org",
            "speaker_status",
            "versions"
        ]
    );
    assert_eq!(statement["speaker_status"], "named");
    assert_eq!(statement["speaker"], "Sergei Lavrov");
    let version = &statement["versions"][0];
    assert_eq!(
        keys(version),
        [
            "article",
            "kind",
            "sentences",
            "speaker",
            "speaker_org",
            "speaker_status",
            "text",
            "verb"
        ]
    );
    assert_eq!(version["article"], "000_c64a1d62d2a9f65b");
    assert_eq!(version["kind"], "direct");
    assert_eq!(version["verb"], "said");
    assert!(
        version["text"]
            .as_str()
            .unwrap()
            .starts_with("When we hear")
    );
    let tass = &statement["versions"][1];
    assert_eq!(tass["article"], "001_d282598696b91ab7");
    assert!(tass["text"].as_str().unwrap().contains("raise eyebrows"));
    // Every flag is one of the documented names.
    for story in report["stories"].as_array().unwrap() {
        for statement in story["statements"].as_array().unwrap() {
            for flag in statement["flags"].as_array().unwrap() {
                assert!(
                    [
                        "only_one_outlet",
                        "paraphrased",
                        "different_speakers",
                        "truncated"
                    ]
                    .contains(&flag.as_str().unwrap()),
                    "{flag}"
                );
            }
        }
    }
}

#[test]
fn framing_json_has_the_documented_shape() {
    let report = json(&["framing", "--json"]);
    assert_eq!(keys(&report), ["errors", "schema", "stories"]);
    let story = &report["stories"][0];
    assert_eq!(keys(story), ["id", "key", "outlets"]);
    let outlets = story["outlets"].as_array().unwrap();
    let names: Vec<&str> = outlets
        .iter()
        .map(|o| o["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Sputnik", "TASS"]);
    let sputnik = &outlets[0];
    assert_eq!(
        keys(sputnik),
        [
            "articles",
            "distinctive",
            "hedges",
            "labels",
            "naming",
            "outlet",
            "verbs"
        ]
    );
    assert_eq!(sputnik["naming"]["Islamic State"]["Daesh"], 7);
    assert_eq!(outlets[1]["naming"]["Islamic State"]["IS"], 2);
    assert!(outlets[1]["naming"]["Islamic State"].get("Daesh").is_none());
    assert_eq!(outlets[1]["naming"]["Sergei Lavrov"]["Sergey Lavrov"], 1);
    assert_eq!(outlets[1]["verbs"]["stressed"], 1);
    assert_eq!(sputnik["hedges"]["allegedly"], 1);
    assert_eq!(sputnik["hedges"]["scare quotes"], 4);
    let distinctive = sputnik["distinctive"].as_array().unwrap();
    assert_eq!(keys(&distinctive[0]), ["score", "term"]);
    assert!(distinctive[0]["score"].as_f64().unwrap() > 0.0);
}

#[test]
fn both_lenses_run_on_newswcl50() {
    let dir = newswcl50();
    let quotes = json(&["quotes", &dir, "--json"]);
    let statements: usize = quotes["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["statements"].as_array().unwrap().len())
        .sum();
    assert!(statements > 100, "{statements} statements");
    let framing = json(&["framing", &dir, "--json"]);
    let outlets: usize = framing["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["outlets"].as_array().unwrap().len())
        .sum();
    assert_eq!(outlets, 50, "each NewsWCL50 article is its own outlet");
}
