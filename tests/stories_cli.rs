//! `storydiff stories` as users run it.

use serde_json::Value;

mod common;
use common::run_ok;

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

#[test]
fn every_story_is_in_exactly_one_thread_and_threads_are_numbered_in_order() {
    let json: Value = serde_json::from_str(&run_ok(&["stories", "--json"])).unwrap();
    let threads = json["threads"].as_array().unwrap();
    let mut listed: Vec<&str> = Vec::new();
    for (i, thread) in threads.iter().enumerate() {
        assert_eq!(thread["id"], format!("t{}", i + 1));
        for key in ["id", "key", "label", "stories", "first", "last"] {
            assert!(thread.get(key).is_some(), "thread lacks {key}");
        }
        assert_eq!(thread["key"].as_str().unwrap().len(), 16);
        for story in thread["stories"].as_array().unwrap() {
            listed.push(story.as_str().unwrap());
        }
    }
    let stories = json["stories"].as_array().unwrap();
    let mut ids: Vec<&str> = stories.iter().map(|s| s["id"].as_str().unwrap()).collect();
    listed.sort_unstable();
    ids.sort_unstable();
    assert_eq!(listed, ids, "each story once");
    for story in stories {
        let thread = threads.iter().find(|t| t["id"] == story["thread"]).unwrap();
        assert!(thread["stories"].as_array().unwrap().contains(&story["id"]));
    }
    let sizes: Vec<usize> = threads
        .iter()
        .map(|t| t["stories"].as_array().unwrap().len())
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
}

#[test]
fn newswcl50_threads_join_events_of_one_subject() {
    let root = env!("CARGO_MANIFEST_DIR");
    let folder = format!("{root}/tests/data/newswcl50");
    let json: Value = serde_json::from_str(&run_ok(&["stories", "--json", &folder])).unwrap();
    let events_of = |story: &Value| -> Vec<String> {
        let stories = json["stories"].as_array().unwrap();
        let s = stories.iter().find(|s| s["id"] == *story).unwrap();
        let mut events: Vec<String> = s["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().split('_').next().unwrap().to_string())
            .collect();
        events.dedup();
        events
    };
    let mut threads: Vec<Vec<String>> = json["threads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let mut events: Vec<String> = t["stories"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(events_of)
                .collect();
            events.sort();
            events.dedup();
            events
        })
        .collect();
    threads.sort();
    // Russia inquiries (Comey, the DNC suit, Mueller), the Iran deal (Macron,
    // Netanyahu), North Korea (Pompeo's visit, the test halt); the rest alone.
    assert_eq!(
        threads,
        [
            vec!["0", "2"],
            vec!["1", "3", "8"],
            vec!["4", "9"],
            vec!["5"],
            vec!["6"],
            vec!["7"]
        ]
    );
}

#[test]
fn the_window_and_threshold_are_shared_by_the_grouping_commands() {
    for command in ["stories", "coverage", "quotes", "framing", "sources"] {
        let json: Value = serde_json::from_str(&run_ok(&[
            command,
            "--json",
            "--window",
            "0",
            "--min-similarity",
            "0.99",
        ]))
        .unwrap();
        assert_eq!(json["stories"].as_array().unwrap().len(), 5, "{command}");
    }
}

#[test]
fn quotes_and_framing_can_show_one_story() {
    for command in ["quotes", "framing"] {
        let json: Value =
            serde_json::from_str(&run_ok(&[command, "--json", "--story", "s1"])).unwrap();
        let stories = json["stories"].as_array().unwrap();
        assert_eq!(stories.len(), 1, "{command}");
    }
}

/// The demo's files without their manifest: dates only where the text gives one.
#[test]
fn dates_are_taken_from_the_text_when_no_metadata_gives_one() {
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&assets).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let folder = dir.path().to_str().unwrap();
    for command in ["articles", "stories"] {
        let json: Value = serde_json::from_str(&run_ok(&[command, "--json", folder])).unwrap();
        let sources: Vec<(&str, &str, &Value)> = json["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                (
                    &a["id"].as_str().unwrap()[..3],
                    a["date_source"].as_str().unwrap(),
                    &a["date"],
                )
            })
            .collect();
        assert_eq!(
            sources[2],
            ("002", "dateline", &Value::from("2017-11-16")),
            "{command}"
        );
        assert_eq!(
            sources[3],
            ("003", "dateline", &Value::from("2017-06-11")),
            "{command}"
        );
        assert_eq!(sources[0], ("000", "none", &Value::Null), "{command}");
    }
}
