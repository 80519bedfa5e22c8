//! The binary as users run it: the demo from any folder, reports, options.

use assert_cmd::Command;
use serde_json::Value;

fn storydiff() -> Command {
    let mut cmd = Command::cargo_bin("storydiff").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn articles_lists_the_demo_from_any_folder() {
    let elsewhere = tempfile::tempdir().unwrap();
    let text = stdout_of(
        storydiff()
            .current_dir(elsewhere.path())
            .args(["articles", "--color", "never"]),
    );
    insta::assert_snapshot!("articles_demo_text", text);
}

#[test]
fn articles_json_of_the_demo_meets_the_schema() {
    let text = stdout_of(storydiff().args(["articles", "--json"]));
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["errors"], Value::Array(vec![]));
    let articles = json["articles"].as_array().unwrap();
    let outlets: Vec<&str> = articles
        .iter()
        .map(|a| a["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(
        outlets,
        ["Sputnik", "TASS", "Fort Russ News", "MESOP", "Press TV"]
    );
    let dates: Vec<&str> = articles
        .iter()
        .map(|a| a["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2017-10-23",
            "2017-10-23",
            "2017-11-16",
            "2017-06-11",
            "2017-12-28"
        ]
    );
    let sputnik = serde_json::to_string(&articles[0]["paragraphs"]).unwrap();
    for banned in ["Read also", "Violating Singapore Summit", "Published in"] {
        assert!(
            !sputnik.contains(banned),
            "Sputnik paragraphs contain {banned:?}"
        );
    }
    assert!(articles[1]["note"].as_str().unwrap().contains("TASS"));
    insta::assert_json_snapshot!("articles_demo_json", json);
}

#[test]
fn bare_invocation_summarises_the_demo() {
    let text = stdout_of(storydiff().arg("--color=never"));
    assert!(text.contains("articles   5 (0 error(s))"), "{text}");
    assert!(
        text.contains("Fort Russ News, MESOP, Press TV, Sputnik, TASS"),
        "{text}"
    );
}

#[test]
fn help_shows_examples_and_version_is_printed() {
    let help = stdout_of(storydiff().arg("--help"));
    assert!(help.contains("Examples:") && help.contains("storydiff articles news/ --json"));
    assert!(help.contains("--color") && help.contains("--quiet") && help.contains("--max-bytes"));
    let version = stdout_of(storydiff().arg("--version"));
    assert_eq!(
        version.trim(),
        format!("storydiff {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn color_follows_the_option_and_no_color() {
    let always = stdout_of(storydiff().args(["articles", "--color", "always"]));
    assert!(always.contains("\u{1b}[1m"));
    let never = stdout_of(storydiff().args(["articles", "--color", "never"]));
    assert!(!never.contains('\u{1b}'));
    let auto_no_color = stdout_of(storydiff().env("NO_COLOR", "1").args(["articles"]));
    assert!(!auto_no_color.contains('\u{1b}'));
}

#[test]
fn quiet_drops_notes_but_keeps_skip_lines() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let output = storydiff()
        .args(["articles", "-q"])
        .arg(format!("{fixtures}/cp1252.txt"))
        .arg(format!("{fixtures}/empty.txt"))
        .output()
        .unwrap();
    // The fixture path itself may contain "note" (a checkout named so).
    let stderr = String::from_utf8(output.stderr)
        .unwrap()
        .replace(fixtures, "FIXTURES");
    assert!(!stderr.contains("note"), "{stderr}");
    assert!(stderr.contains("storydiff: skipped"), "{stderr}");
}

#[test]
fn config_print_default_and_checks() {
    let default = stdout_of(storydiff().args(["config", "--print-default"]));
    assert!(default.contains("#theme = \"dark\"") && default.contains("[keys]"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("config.toml");
    std::fs::write(&bad, "theme = \"neon\"\n").unwrap();
    let output = storydiff()
        .args(["config", "--config"])
        .arg(&bad)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("line 1") && stderr.contains("neon"),
        "{stderr}"
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "problems reported, so exit 1"
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("configuration has problems"), "{stdout}");
}

#[test]
fn config_exits_1_when_quit_would_have_no_key_and_0_when_valid() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys]\nnext = [\"j\"]\nquit = [\"j\"]\n").unwrap();
    let output = storydiff()
        .args(["config", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("line 3: quit: \"j\" is already given to next"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: quit: no key would be left to quit with"),
        "{stderr}"
    );
    assert_eq!(output.status.code(), Some(1), "{stderr}");

    std::fs::write(&path, "[keys]\nquit = [\"X\"]\n").unwrap();
    let output = storydiff()
        .args(["config", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "configuration is valid\n"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_given_as_the_config_is_refused_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("config.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success(), "mkfifo");
    let output = storydiff()
        .args(["config", "--config"])
        .arg(&fifo)
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    assert!(
        output.status.code().is_some(),
        "storydiff hung on a FIFO and was killed"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    let expected = format!(
        "storydiff: config {} (given with --config): not a regular file (a FIFO); using the defaults",
        fifo.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert_eq!(output.status.code(), Some(1));
}
