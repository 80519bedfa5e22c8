//! Bad input costs nothing else: one stderr line per skipped file, an entry in
//! `errors`, every other file still loads, and the exit status says whether
//! anything loaded.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn good_article() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50/event_0/0_M.txt")
}

struct Run {
    status: i32,
    json: Value,
    stderr: String,
}

/// How long a run on a few small files may take before it counts as hung:
/// a regression then fails the test instead of stalling CI.
const HANG_GUARD: Duration = Duration::from_secs(20);

/// Runs `storydiff articles --json ARGS…` and parses what it printed.
fn articles_json(args: &[&std::ffi::OsStr]) -> Run {
    run_articles(args, None)
}

/// [`articles_json`], killed after [`HANG_GUARD`].
fn articles_json_guarded(args: &[&std::ffi::OsStr]) -> Run {
    run_articles(args, Some(HANG_GUARD))
}

fn run_articles(args: &[&std::ffi::OsStr], timeout: Option<Duration>) -> Run {
    let mut command = Command::cargo_bin("storydiff").unwrap();
    command.arg("articles").arg("--json").args(args);
    if let Some(timeout) = timeout {
        command.timeout(timeout);
    }
    let output = command.output().unwrap();
    Run {
        status: output
            .status
            .code()
            .expect("storydiff exited by itself (it is killed when it hangs)"),
        json: serde_json::from_slice(&output.stdout).expect("stdout is JSON"),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// Loads the bad file next to a good one: the good one must load, the bad one
/// must be reported once on stderr and in `errors` with `reason` in its message.
fn assert_skipped_beside_good(bad: &Path, reason: &str) {
    assert_skipped_beside_good_in(bad, bad, reason);
}

/// [`assert_skipped_beside_good`] for a bad file `bad` found by loading
/// `given` (the file itself, or a folder holding it).
fn assert_skipped_beside_good_in(given: &Path, bad: &Path, reason: &str) {
    let run = articles_json_guarded(&[given.as_os_str(), good_article().as_os_str()]);
    assert_eq!(
        run.status, 0,
        "a good file loaded, so exit 0: {}",
        run.stderr
    );
    assert_eq!(run.json["articles"].as_array().unwrap().len(), 1);
    let errors = run.json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let message = errors[0]["message"].as_str().unwrap();
    assert!(
        message.contains(reason),
        "message {message:?} lacks {reason:?}"
    );
    let line = format!("storydiff: skipped {}: {message}", bad.display());
    assert_eq!(
        run.stderr.matches(&line).count(),
        1,
        "stderr: {}",
        run.stderr
    );

    let alone = articles_json_guarded(&[given.as_os_str()]);
    assert_eq!(alone.status, 2, "nothing loaded, so exit 2");
    assert!(alone.json["articles"].as_array().unwrap().is_empty());
}

/// Makes a FIFO (a named pipe) at `path`; reading one blocks until a writer comes.
#[cfg(unix)]
fn make_fifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[test]
fn nonexistent_path() {
    assert_skipped_beside_good(&fixture("does-not-exist.txt"), "no such file or directory");
}

#[test]
fn directory_with_no_articles() {
    assert_skipped_beside_good(&fixture("no_articles"), "no articles found");
}

#[test]
fn empty_file() {
    assert_skipped_beside_good(&fixture("empty.txt"), "file is empty");
}

#[test]
fn whitespace_only_file() {
    assert_skipped_beside_good(&fixture("whitespace.txt"), "only whitespace");
}

#[test]
fn binary_file() {
    assert_skipped_beside_good(&fixture("binary.txt"), "binary file");
}

#[test]
fn malformed_json_names_line_and_column() {
    assert_skipped_beside_good(
        &fixture("malformed.json"),
        "malformed JSON at line 4, column 3",
    );
}

#[test]
fn json_with_no_text_field() {
    assert_skipped_beside_good(&fixture("no_text.json"), "no article text");
}

#[test]
fn html_with_no_extractable_article() {
    assert_skipped_beside_good(&fixture("no_article.html"), "no article text");
}

#[test]
fn file_over_the_size_cap_given_on_the_command_line() {
    let bad = fixture("cp1252.txt");
    let output = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["articles", "--json", "--max-bytes", "16"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let message = json["errors"][0]["message"].as_str().unwrap();
    assert_eq!(
        message,
        "file is 74 B, over the 16 B limit (raise it with --max-bytes)"
    );
}

#[test]
fn file_over_the_default_size_cap() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.txt");
    let file = std::fs::File::create(&big).unwrap();
    // A sparse file: 11 MiB on paper, nothing on disk, never read.
    file.set_len(11 * 1024 * 1024).unwrap();
    assert_skipped_beside_good(&big, "file is 11.0 MiB, over the 10.0 MiB limit");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_device_in_a_folder_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("x.txt");
    // /dev/zero reports 0 bytes and never ends: the size check alone lets it through.
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    assert_skipped_beside_good_in(dir.path(), &link, "not a regular file (a device)");
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.txt");
    make_fifo(&fifo);
    assert_skipped_beside_good_in(dir.path(), &fifo, "not a regular file (a FIFO)");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.txt");
    make_fifo(&fifo);
    assert_skipped_beside_good(&fifo, "not a regular file (a FIFO)");
}

#[cfg(unix)]
#[test]
fn a_fifo_manifest_is_refused_and_the_articles_still_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(good_article(), dir.path().join("a.txt")).unwrap();
    let manifest = dir.path().join("storydiff.toml");
    make_fifo(&manifest);
    let run = articles_json_guarded(&[dir.path().as_os_str()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.json["articles"].as_array().unwrap().len(), 1);
    let errors = run.json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["path"], manifest.display().to_string());
    assert_eq!(errors[0]["message"], "not a regular file (a FIFO)");
}

/// `/proc` files report a size of 0 whatever they hold, like a file that
/// grows after its size was checked: the limit must hold while reading.
#[cfg(target_os = "linux")]
#[test]
fn a_file_larger_than_its_reported_size_is_cut_off_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("status.txt");
    std::os::unix::fs::symlink("/proc/self/status", &link).unwrap();
    assert_eq!(std::fs::metadata(&link).unwrap().len(), 0);
    let run = articles_json_guarded(&["--max-bytes".as_ref(), "16".as_ref(), link.as_os_str()]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert_eq!(
        run.json["errors"][0]["message"],
        "file is over the 16 B limit (raise it with --max-bytes)"
    );
}

#[cfg(unix)]
#[test]
fn folder_loops_are_reported_once_each_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(good_article(), dir.path().join("a.txt")).unwrap();
    // Two links to the folder itself: followed blindly, 2^40 paths and more.
    for name in ["l1", "l2"] {
        std::os::unix::fs::symlink(".", dir.path().join(name)).unwrap();
    }
    let run = articles_json_guarded(&[dir.path().as_os_str()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.json["articles"].as_array().unwrap().len(), 1);
    let errors = run.json["errors"].as_array().unwrap();
    let paths: Vec<&str> = errors.iter().map(|e| e["path"].as_str().unwrap()).collect();
    let expected: Vec<String> = ["l1", "l2"]
        .iter()
        .map(|name| dir.path().join(name).display().to_string())
        .collect();
    assert_eq!(paths, expected, "{}", run.stderr);
    let message = errors[0]["message"].as_str().unwrap();
    assert!(message.contains("loop"), "{message}");
    assert_eq!(
        run.stderr.matches("storydiff: skipped").count(),
        2,
        "{}",
        run.stderr
    );
}

#[test]
fn invalid_utf8_is_decoded_as_windows_1252_and_says_so() {
    let run = articles_json(&[fixture("cp1252.txt").as_os_str()]);
    assert_eq!(run.status, 0);
    let article = &run.json["articles"][0];
    assert_eq!(article["title"], "Café owners say “prices” rose.");
    assert!(
        run.stderr.contains("decoded as Windows-1252"),
        "{}",
        run.stderr
    );
}

#[test]
fn utf16_with_bom_is_decoded() {
    let run = articles_json(&[fixture("utf16.txt").as_os_str()]);
    assert_eq!(run.status, 0);
    assert_eq!(run.json["articles"][0]["title"], "Лавров: вопросы к США");
    assert!(run.stderr.contains("decoded as UTF-16LE"), "{}", run.stderr);
}

#[test]
fn jsonl_good_lines_load_and_bad_lines_are_reported_by_line() {
    let path = fixture("mixed.jsonl");
    let run = articles_json(&[path.as_os_str()]);
    assert_eq!(run.status, 0);
    let ids: Vec<&str> = run.json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["mixed-1", "mixed-4"]);
    let bad: Vec<String> = run.json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap().to_string())
        .collect();
    let shown = path.display();
    assert_eq!(
        bad,
        [
            format!("{shown}:2"),
            format!("{shown}:5"),
            format!("{shown}:6")
        ]
    );
    assert!(run.stderr.contains(&format!(
        "storydiff: skipped {shown}:2: malformed JSON at column"
    )));
}

#[test]
fn escape_sequences_are_stripped_from_loaded_text() {
    let output = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["articles", "--json", "--color", "never"])
        .arg(fixture("escapes.txt"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{7}') && !stdout.contains('\u{9b}'));
    assert!(!stdout.contains("\\u001b"), "no escaped ESC in JSON either");
    assert!(!stdout.contains('\u{202e}'));
    let json: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["articles"][0]["title"], "Headline with red text");
    assert_eq!(
        json["articles"][0]["paragraphs"][0][0],
        "Lavrov said the answers must be honest and clear."
    );
    // The text listing is just as clean.
    let text = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["articles", "--color", "never"])
        .arg(fixture("escapes.txt"))
        .output()
        .unwrap();
    assert!(!text.stdout.iter().any(|&b| b == 0x1b || b == 0x07));
}

#[test]
fn a_hundred_thousand_line_file_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let mut text = String::from("A very long file\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "Paragraph {i} says the minister met Mr. Jaafari at 10 a.m. in Moscow.\n"
        ));
    }
    std::fs::write(&path, text).unwrap();
    let run = articles_json(&[path.as_os_str()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let paragraphs = run.json["articles"][0]["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 100_000);
    assert_eq!(paragraphs[99_999].as_array().unwrap().len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    Command::cargo_bin("storydiff")
        .unwrap()
        .args(["articles", "--no-such-flag"])
        .assert()
        .code(2);
}
