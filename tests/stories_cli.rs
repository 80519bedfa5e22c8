//! `storydiff stories` as users run it.

use assert_cmd::Command;
use serde_json::Value;

fn run_ok(args: &[&str]) -> String {
    let output = Command::cargo_bin("storydiff")
        .unwrap()
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn demo_stories_as_text() {
    let text = run_ok(&["stories", "--color", "never"]);
    insta::assert_snapshot!("stories_demo_text", text);
}

#[test]
fn json_report_has_the_documented_shape() {
    let json: Value = serde_json::from_str(&run_ok(&["stories", "--json"])).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["errors"], Value::Array(vec![]));
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for key in ["id", "key", "path", "outlet", "title", "date"] {
        assert!(articles[0].get(key).is_some(), "article lacks {key}");
    }
    let stories = json["stories"].as_array().unwrap();
    let members: Vec<Vec<&str>> = stories
        .iter()
        .map(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(members[0], ["000_c64a1d62d2a9f65b", "001_d282598696b91ab7"]);
    assert_eq!(members.len(), 4, "002, 003 and 004 each stand alone");
    for story in stories {
        for key in ["id", "key", "label", "articles", "cohesion"] {
            assert!(story.get(key).is_some(), "story lacks {key}");
        }
        let cohesion = story["cohesion"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&cohesion));
        if story["articles"].as_array().unwrap().len() == 1 {
            assert_eq!(cohesion, 1.0);
        }
    }
}

#[test]
fn stories_do_not_depend_on_the_order_of_the_paths() {
    let root = env!("CARGO_MANIFEST_DIR");
    let events: Vec<String> = (0..10)
        .map(|e| format!("{root}/tests/data/newswcl50/event_{e}"))
        .collect();
    let forward: Vec<&str> = events.iter().map(String::as_str).collect();
    let backward: Vec<&str> = events.iter().rev().map(String::as_str).collect();
    let stories = |paths: &[&str]| {
        let mut args = vec!["stories", "--json"];
        args.extend_from_slice(paths);
        let json: Value = serde_json::from_str(&run_ok(&args)).unwrap();
        json["stories"].clone()
    };
    assert_eq!(stories(&forward), stories(&backward));
}

#[test]
fn a_fixed_threshold_can_be_given() {
    let json: Value =
        serde_json::from_str(&run_ok(&["stories", "--json", "--min-similarity", "0.99"])).unwrap();
    assert_eq!(
        json["stories"].as_array().unwrap().len(),
        5,
        "nothing is that similar"
    );
}

/// NewsWCL50 rewritten as a folder of news-please JSON files (one per
/// article): both commands work on it, and the grouping is as good as on text.
#[test]
fn a_folder_of_news_please_json_works_for_stories_and_compare() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let dir = tempfile::tempdir().unwrap();
    for event in 0..10 {
        for entry in std::fs::read_dir(root.join(format!("event_{event}"))).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let (title, body) = text.split_once('\n').unwrap();
            let stem = path.file_stem().unwrap().to_str().unwrap();
            let article = serde_json::json!({
                "title": title.trim(), "maintext": body, "source_domain": "example.org",
                "date_publish": null, "language": "en", "url": format!("https://example.org/{stem}"),
            });
            std::fs::write(dir.path().join(format!("{stem}.json")), article.to_string()).unwrap();
        }
    }
    let folder = dir.path().to_str().unwrap();
    let json: Value = serde_json::from_str(&run_ok(&["stories", "--json", folder])).unwrap();
    let mut predicted = Vec::new();
    let mut gold = Vec::new();
    for (k, story) in json["stories"].as_array().unwrap().iter().enumerate() {
        for id in story["articles"].as_array().unwrap() {
            predicted.push(k);
            gold.push(
                id.as_str()
                    .unwrap()
                    .split('_')
                    .next()
                    .unwrap()
                    .parse::<usize>()
                    .unwrap(),
            );
        }
    }
    assert_eq!(predicted.len(), 50);
    let (_, _, f1) = storydiff::stories::eval::b_cubed(&predicted, &gold);
    assert!(f1 >= 0.97, "B-cubed F1 {f1:.3}");
    let left = format!("{folder}#5_M");
    let right = format!("{folder}#5_R");
    let compared: Value =
        serde_json::from_str(&run_ok(&["compare", "--json", &left, &right])).unwrap();
    assert!(compared["summary"]["reworded"].as_u64().unwrap() >= 3);
}
