//! `storydiff notes` as users run it: notes added from a script are listed
//! where they anchor, follow their article to another folder and format,
//! and a review file that cannot be read is never written over.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

mod common;
use common::keys;

fn storydiff(review: &Path) -> Command {
    let mut command = Command::cargo_bin("storydiff").unwrap();
    command
        .env_remove("NO_COLOR")
        .env("STORYDIFF_REVIEW", review)
        .env("STORYDIFF_CONFIG", review.with_extension("no-config.toml"));
    command
}

fn run_ok(review: &Path, args: &[&str]) -> String {
    let output = storydiff(review).args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn notes_json(review: &Path, args: &[&str]) -> Value {
    let mut all = vec!["notes", "--json"];
    all.extend(args);
    serde_json::from_str(&run_ok(review, &all)).unwrap()
}

#[test]
fn a_note_added_from_a_script_is_listed_with_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("class/review.sqlite3");
    let id = run_ok(
        &review,
        &[
            "notes",
            "add",
            "--article",
            "000",
            "--quote",
            "RAISES QUESTIONS",
            "--text",
            "Compare with TASS",
            "--tag",
            "mistranslation",
            "--tag",
            "verify",
        ],
    );
    assert_eq!(id.trim(), "1");
    let report = notes_json(&review, &[]);
    assert_eq!(keys(&report), ["errors", "notes", "schema"]);
    let note = &report["notes"][0];
    assert_eq!(
        keys(note),
        [
            "article",
            "article_key",
            "created",
            "id",
            "modified",
            "quote",
            "reviewed",
            "sentences",
            "status",
            "story",
            "tags",
            "text"
        ]
    );
    assert_eq!(note["article"], "000_c64a1d62d2a9f65b");
    assert_eq!(note["story"], "s1");
    assert_eq!(note["sentences"], serde_json::json!([2]));
    assert!(
        note["quote"]
            .as_str()
            .unwrap()
            .contains("raises questions on our part")
    );
    assert_eq!(
        note["tags"],
        serde_json::json!(["mistranslation", "verify"])
    );
    assert_eq!(note["status"], "anchored");
    assert_eq!(note["reviewed"], false);
    let created = note["created"].as_str().unwrap();
    assert!(
        created.parse::<jiff::Timestamp>().is_ok(),
        "RFC 3339: {created}"
    );

    let text = run_ok(&review, &["notes", "--color", "never"]);
    assert!(
        text.contains("#1 Sputnik (000_c64a1d62d2a9f65b), sentence 3 · anchored"),
        "{text}"
    );
    let markdown = run_ok(&review, &["notes", "export", "--format", "markdown"]);
    assert!(markdown.contains("## s1 · "), "{markdown}");
    assert_eq!(
        run_ok(&review, &["notes", "rm", "1"]).trim(),
        "removed note 1"
    );
    assert_eq!(notes_json(&review, &[])["notes"], serde_json::json!([]));
}

#[test]
fn bad_places_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.sqlite3");
    for args in [
        &[
            "notes",
            "add",
            "--article",
            "0",
            "--sentence",
            "1",
            "--text",
            "x",
        ][..],
        &[
            "notes",
            "add",
            "--article",
            "000",
            "--sentence",
            "999",
            "--text",
            "x",
        ][..],
        &[
            "notes",
            "add",
            "--article",
            "000",
            "--quote",
            "no such words",
            "--text",
            "x",
        ][..],
        &["notes", "rm", "42"][..],
    ] {
        let output = storydiff(&review).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    }
}

/// The demo's TASS article as news-please JSON in `folder`.
fn tass_as_json(folder: &Path) -> PathBuf {
    let text = include_str!("../assets/corpus/001_d282598696b91ab7.txt");
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let title = lines.next().unwrap();
    let body: Vec<&str> = lines.collect();
    let article = serde_json::json!({
        "title": title,
        "maintext": body.join("\n"),
        "source_domain": "tass.com",
        "date_publish": "2017-10-23 12:00:00",
    });
    std::fs::create_dir_all(folder).unwrap();
    let path = folder.join("tass-relay.json");
    std::fs::write(&path, article.to_string()).unwrap();
    path
}

#[test]
fn a_note_follows_its_article_to_another_folder_and_format() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.sqlite3");
    run_ok(
        &review,
        &[
            "notes",
            "add",
            "--article",
            "001",
            "--quote",
            "so-called deconfliction",
            "--text",
            "t",
        ],
    );
    let json = tass_as_json(&dir.path().join("elsewhere/json"));
    let report = notes_json(&review, &[json.to_str().unwrap()]);
    let note = &report["notes"][0];
    assert_eq!(note["article"], "tass-relay");
    assert_eq!(note["status"], "anchored", "{note:#}");
    assert!(note["quote"].as_str().unwrap().contains("deconfliction"));
}

#[test]
fn an_unreadable_review_file_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.sqlite3");
    let bytes = b"not a database at all\n".repeat(300);
    std::fs::write(&review, &bytes).unwrap();
    for args in [
        &["notes"][..],
        &[
            "notes",
            "add",
            "--article",
            "000",
            "--sentence",
            "1",
            "--text",
            "x",
        ][..],
    ] {
        let output = storydiff(&review).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("storydiff: ") && stderr.contains("left untouched"),
            "{stderr}"
        );
    }
    assert_eq!(std::fs::read(&review).unwrap(), bytes);
}

/// A command that runs as a user who cannot write `folder`: the current one
/// when it is bound by permissions, else (root) `nobody`, from a copy of the
/// binary that user can execute.
#[cfg(unix)]
fn unprivileged(review: &Path, folder: &Path) -> Command {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return storydiff(review);
    }
    let bin = folder.join("storydiff");
    std::fs::copy(assert_cmd::cargo::cargo_bin("storydiff"), &bin).unwrap();
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut command = std::process::Command::new(&bin);
    command
        .uid(65534)
        .gid(65534)
        .current_dir(folder)
        .env("HOME", folder)
        .env_remove("NO_COLOR")
        .env("STORYDIFF_REVIEW", review)
        .env("STORYDIFF_CONFIG", folder.join("no-config.toml"));
    Command::from_std(command)
}

/// A review file shared read-only beside a class's corpus (file and folder
/// not writable) still lists its notes, and is never written.
#[cfg(unix)]
#[test]
fn a_review_file_in_a_read_only_folder_is_read_and_never_written() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("class");
    std::fs::create_dir(&shared).unwrap();
    let review = shared.join("review.sqlite3");
    run_ok(
        &review,
        &[
            "notes",
            "add",
            "--article",
            "000",
            "--sentence",
            "1",
            "--text",
            "kept",
        ],
    );
    let set = |path: &Path, mode| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let before = std::fs::read(&review).unwrap();
    let names = || {
        let mut names: Vec<_> = std::fs::read_dir(&shared)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n != "storydiff")
            .collect();
        names.sort();
        names
    };
    let files = names();
    let bin_folder = tempfile::tempdir().unwrap();
    set(bin_folder.path(), 0o755);
    set(&review, 0o444);
    set(&shared, 0o555);

    let listed = unprivileged(&review, bin_folder.path())
        .args(["notes", "--json"])
        .output()
        .unwrap();
    let added = unprivileged(&review, bin_folder.path())
        .args([
            "notes",
            "add",
            "--article",
            "000",
            "--sentence",
            "2",
            "--text",
            "lost",
        ])
        .output()
        .unwrap();
    set(&shared, 0o755);

    assert!(listed.status.success(), "{listed:?}");
    let report: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(report["notes"].as_array().unwrap().len(), 1, "{report:#}");
    assert_eq!(report["notes"][0]["text"], "kept");
    let warning = String::from_utf8_lossy(&listed.stderr);
    assert_eq!(warning.lines().count(), 1, "{warning}");
    assert!(warning.contains("read-only"), "{warning}");

    assert_eq!(added.status.code(), Some(1), "{added:?}");
    let refusal = String::from_utf8_lossy(&added.stderr);
    assert!(refusal.contains("not saved"), "{refusal}");
    assert_eq!(std::fs::read(&review).unwrap(), before);
    assert_eq!(names(), files, "nothing written beside the review file");
}

/// The story `stories --json` puts `article` in, under the grouping `options`.
fn story_of(review: &Path, article: &str, options: &[&str]) -> String {
    let mut args = vec!["stories", "--json"];
    args.extend(options);
    let report: Value = serde_json::from_str(&run_ok(review, &args)).unwrap();
    let story = report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == article)
        })
        .unwrap();
    story["id"].as_str().unwrap().to_string()
}

#[test]
fn notes_name_the_story_the_same_grouping_options_give_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.sqlite3");
    let article = "001_d282598696b91ab7";
    run_ok(
        &review,
        &[
            "notes",
            "add",
            "--article",
            "001",
            "--sentence",
            "0",
            "--text",
            "n",
        ],
    );
    let apart = ["--min-similarity", "0.99", "--window", "0"];
    let (grouped, alone) = (
        story_of(&review, article, &[]),
        story_of(&review, article, &apart),
    );
    assert_ne!(
        grouped, alone,
        "the options must change the story id for this test to tell"
    );
    assert_eq!(
        notes_json(&review, &[])["notes"][0]["story"],
        grouped.as_str()
    );
    assert_eq!(
        notes_json(&review, &apart)["notes"][0]["story"],
        alone.as_str()
    );
    let mut export = vec!["notes", "export", "--format", "json"];
    export.extend(apart);
    let exported: Value = serde_json::from_str(&run_ok(&review, &export)).unwrap();
    assert_eq!(exported["notes"][0]["story"], alone.as_str());
}
