//! `storydiff sources` as users run it: the JSON contract on the demo and
//! NewsWCL50, a relay detected as a copy with the right origin (and a
//! shared quotation not), and text that fits 80 columns.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

mod common;
use common::{json, keys, run_ok};

/// Every article entry of a report, by article id.
fn article<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["articles"].as_array().unwrap())
        .find(|a| a["article"] == id)
        .unwrap_or_else(|| panic!("no article {id}"))
}

/// `(source, kind, words)` of an article entry's citations.
fn citations(entry: &Value) -> Vec<(String, String, String)> {
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    entry["citations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (text(&c["source"]), text(&c["kind"]), text(&c["words"])))
        .collect()
}

#[test]
fn the_demo_relay_cites_tass_and_sputnik_and_sputnik_names_itself() {
    let report = json(&["sources", "--json"]);
    assert_eq!(keys(&report), ["errors", "schema", "stories"]);
    assert_eq!(report["schema"], 1);
    let story = &report["stories"][0];
    assert_eq!(keys(story), ["articles", "id", "key"]);
    let tass = article(&report, "001_d282598696b91ab7");
    assert_eq!(keys(tass), ["article", "citations", "copied", "key"]);
    let cited = citations(tass);
    let tass_credit = ("TASS".into(), "agency".into(), "Itar Tass reported".into());
    let sputnik_credit = ("Sputnik".into(), "agency".into(), "Sputnik reported".into());
    assert!(cited.contains(&tass_credit), "{cited:?}");
    assert!(cited.contains(&sputnik_credit), "{cited:?}");
    let first = &tass["citations"][0];
    assert_eq!(keys(first), ["kind", "sentences", "source", "words"]);
    assert_eq!(first["sentences"], serde_json::json!([0]));
    let sputnik = article(&report, "000_c64a1d62d2a9f65b");
    let dateline = (
        "Sputnik".into(),
        "agency".into(),
        "MOSCOW (Sputnik) —".into(),
    );
    assert_eq!(citations(sputnik), [dateline]);
}

#[test]
fn newswcl50_short_forms_resolve_and_independent_outlets_copy_nothing() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let report = json(&["sources", root.to_str().unwrap(), "--json"]);
    let entries: Vec<&Value> = report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["articles"].as_array().unwrap())
        .collect();
    assert_eq!(entries.len(), 50);
    let copies: usize = entries
        .iter()
        .map(|a| a["copied"].as_array().unwrap().len())
        .sum();
    assert_eq!(copies, 0, "fifty independent outlets: no copy");
    // 8_RR and 8_LL name The New York Times in full, then say "the Times".
    let nyt = citations(article(&report, "8_RR"));
    assert!(
        nyt.iter()
            .any(|(s, _, w)| s == "The New York Times" && w == "The Times said"),
        "{nyt:?}"
    );
    let nyt = citations(article(&report, "8_LL"));
    let according = (
        "The New York Times".into(),
        "outlet".into(),
        "according to the Times".into(),
    );
    assert!(nyt.contains(&according), "{nyt:?}");
    // 7_RR is AFP copy: its dateline names the agency.
    let afp = citations(article(&report, "7_RR"));
    assert!(
        afp.contains(&("AFP".into(), "agency".into(), "Washington (AFP) –".into())),
        "{afp:?}"
    );
    // 6_R quotes an AP interview.
    let ap = citations(article(&report, "6_R"));
    assert!(
        ap.iter()
            .any(|(s, k, _)| s == "Associated Press" && k == "agency"),
        "{ap:?}"
    );
}

const WIRE: &str = "Aid convoy reaches Deir ez-Zor\n\n\
The ministry said the convoy of forty trucks reached the eastern city of Deir ez-Zor late on Tuesday after a week on the road.\n\n\
“We will not leave our people without food and medicine in the middle of this terrible winter,” the minister said.\n\n\
The trucks carried flour, rice, blankets and medicine for about twenty thousand families in the city.\n";

const RELAY: &str = "Convoy in Deir ez-Zor\n\n\
The ministry said the convoy of forty trucks reached the eastern city of Deir ez-Zor late on Tuesday after a week on the road, Reuters reported.\n\n\
“We will not leave our people without food and medicine in the middle of this terrible winter,” the minister said.\n\n\
Local officials said more convoys would follow before the end of the month.\n";

const MANIFEST: &str = "[[article]]\nfile = \"wire.txt\"\noutlet = \"Reuters\"\ndate = 2017-10-24\n\n\
[[article]]\nfile = \"relay.txt\"\noutlet = \"Daily Relay\"\ndate = 2017-10-25\n";

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn a_relay_of_a_wire_sentence_is_a_copy_from_the_wire_and_a_shared_quote_is_not() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "wire.txt", WIRE);
    write(dir.path(), "relay.txt", RELAY);
    write(dir.path(), "storydiff.toml", MANIFEST);
    let report = json(&["sources", dir.path().to_str().unwrap(), "--json"]);
    assert_eq!(report["stories"].as_array().unwrap().len(), 1, "{report:#}");
    let relay = article(&report, "relay");
    let copied = relay["copied"].as_array().unwrap();
    assert_eq!(
        copied.len(),
        1,
        "the shared quotation is no copy: {copied:?}"
    );
    let copy = &copied[0];
    assert_eq!(keys(copy), ["from", "from_sentences", "sentences", "words"]);
    assert_eq!(copy["from"], "wire");
    assert_eq!(
        copy["sentences"],
        serde_json::json!([0]),
        "the first line is the headline"
    );
    assert_eq!(copy["from_sentences"], serde_json::json!([0]));
    assert_eq!(copy["words"], 25);
    assert!(
        article(&report, "wire")["copied"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let text = run_ok(&["sources", dir.path().to_str().unwrap()]);
    assert!(
        text.contains("copied 25 words from Reuters (wire)"),
        "{text}"
    );
}

#[test]
fn text_fits_80_columns_and_a_missing_story_is_an_error() {
    let text = run_ok(&["sources"]);
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    assert!(
        text.contains("cites TASS (agency): “Itar Tass reported” · sentence 0"),
        "{text}"
    );
    let output = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["sources", "--story", "s99"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
