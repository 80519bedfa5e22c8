//! Options as users type them: global options before or after the command,
//! mistyped commands, `-q`, out-of-range values, help extras.

use assert_cmd::Command;

fn storydiff() -> Command {
    let mut cmd = Command::cargo_bin("storydiff").unwrap();
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    cmd
}

/// Runs, asserts success, returns stdout.
fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// Runs, returns (exit code, stdout, stderr).
fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let output = cmd.output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        output.status.code(),
        text(output.stdout),
        text(output.stderr),
    )
}

#[test]
fn global_options_before_the_command_are_options_not_paths() {
    for args in [
        &["-q", "stories"][..],
        &["--color", "never", "articles"],
        &["--max-bytes", "1M", "quotes"],
    ] {
        let (code, stdout, stderr) = run(storydiff().args(args));
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("skipped"), "{args:?}: {stderr}");
        assert!(!stdout.contains('\u{1b}'), "{args:?}: {stdout}");
    }
}

#[test]
fn config_before_the_command_checks_that_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("c.toml");
    std::fs::write(&bad, "theme = \"neon\"\n").unwrap();
    let (code, stdout, stderr) = run(storydiff().arg("--config").arg(&bad).arg("config"));
    assert_eq!(code, Some(1), "problems exit 1: {stderr}");
    assert!(
        stderr.contains("neon") && !stderr.contains("skipped"),
        "{stderr}"
    );
    assert!(stdout.contains("configuration has problems"), "{stdout}");
}

#[test]
fn global_options_after_the_command_still_work() {
    let text = stdout_of(storydiff().args(["stories", "-q", "--color", "never"]));
    assert!(
        text.starts_with("t1  ") && text.contains("\ns1  "),
        "{text}"
    );
    assert!(
        !text.contains("\x1b") && !text.contains("error(s)"),
        "{text}"
    );
}

#[test]
fn bare_paths_still_open_a_folder() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/newswcl50/event_0");
    // Not a terminal, so the summary stands in for the TUI.
    let text = stdout_of(storydiff().args(["--color", "never", fixtures]));
    assert!(text.contains("storydiff corpus summary"), "{text}");
    assert!(
        !text.contains("Sputnik"),
        "the folder, not the demo: {text}"
    );
}

#[test]
fn a_mistyped_command_is_a_usage_error_with_a_suggestion() {
    let elsewhere = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(storydiff().current_dir(elsewhere.path()).arg("storys"));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("did you mean 'stories'?"), "{stderr}");
    assert!(!stderr.contains("no such file"), "{stderr}");
}

#[test]
fn a_real_folder_named_like_a_mistyped_command_loads() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Ministers met in Geneva on Monday. They agreed to meet again in spring.\n";
    std::fs::create_dir(dir.path().join("storys")).unwrap();
    std::fs::write(dir.path().join("storys/geneva.txt"), text).unwrap();
    let out = stdout_of(storydiff().current_dir(dir.path()).arg("storys"));
    assert!(out.contains("articles   1 (0 error(s))"), "{out}");
}

#[test]
fn quiet_silences_summary_lines_but_keeps_results() {
    for (command, summary) in [
        ("stories", "article(s) in"),
        ("articles", "article(s) loaded"),
        ("quotes", "statement(s) in"),
        ("framing", "Naming: variant"),
    ] {
        let loud = stdout_of(storydiff().args([command, "--color", "never"]));
        assert!(loud.contains(summary), "{command}: {loud}");
        let quiet = stdout_of(storydiff().args(["-q", command, "--color", "never"]));
        assert!(!quiet.contains(summary), "{command} -q: {quiet}");
        assert!(
            quiet.lines().count() > 3,
            "{command} -q keeps results: {quiet}"
        );
    }
}

/// Asserts `args` print `summary` and, with `-q`, do not, while keeping
/// the line `result`.
fn assert_quiet_drops(args: &[&str], summary: &str, result: &str) {
    let loud = stdout_of(storydiff().args(args).args(["--color", "never"]));
    assert!(loud.contains(summary), "{args:?}: {loud}");
    let quiet = stdout_of(storydiff().arg("-q").args(args).args(["--color", "never"]));
    assert!(!quiet.contains(summary), "{args:?} -q: {quiet}");
    assert!(quiet.contains(result), "{args:?} -q keeps results: {quiet}");
}

#[test]
fn quiet_compare_drops_the_summary_and_legend_lines() {
    assert_quiet_drops(
        &["compare"],
        "= same  ~ reworded",
        "L  Sputnik · 2017-10-23",
    );
    assert_quiet_drops(&["compare"], "Shared: 37% of Sputnik", "~  L2");
}

#[test]
fn quiet_coverage_drops_the_legend_lines() {
    assert_quiet_drops(
        &["coverage"],
        "P the row's reference",
        "of passages · pivot",
    );
    assert_quiet_drops(&["coverage"], "= same · ~ reworded", "    p1  P");
}

#[test]
fn quiet_sources_drops_the_closing_count() {
    assert_quiet_drops(&["sources"], "citation(s), ", "cites TASS (agency)");
}

#[test]
fn quiet_without_a_command_drops_the_hint_but_keeps_the_summary() {
    assert_quiet_drops(&[], "Run `storydiff articles`", "storydiff corpus summary");
}

#[test]
fn quiet_notes_drops_the_messages_and_keeps_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("review.sqlite3");
    let notes = || {
        let mut cmd = storydiff();
        cmd.env("STORYDIFF_REVIEW", &review)
            .env("STORYDIFF_CONFIG", dir.path().join("none.toml"));
        cmd
    };
    let empty = stdout_of(notes().arg("notes"));
    assert_eq!(empty, "no notes on these articles\n");
    assert_eq!(stdout_of(notes().args(["-q", "notes"])), "");
    let add = [
        "notes",
        "add",
        "--article",
        "000",
        "--sentence",
        "0",
        "--text",
        "Check the date",
    ];
    let id = stdout_of(notes().args(["-q"]).args(add));
    assert_eq!(id.trim(), "1", "the new id is a result, -q or not");
    assert!(stdout_of(notes().args(["-q", "notes"])).contains("Check the date"));
    assert_eq!(stdout_of(notes().args(["-q", "notes", "rm", "1"])), "");
    let id = stdout_of(notes().args(add));
    let removed = stdout_of(notes().args(["notes", "rm", id.trim()]));
    assert_eq!(removed, format!("removed note {}", id));
}

#[test]
fn quiet_config_answers_with_the_exit_status_alone() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.toml");
    std::fs::write(&good, "").unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "theme = \"neon\"\n").unwrap();
    let check = |config: &std::path::Path, quiet: bool| {
        let mut cmd = storydiff();
        if quiet {
            cmd.arg("-q");
        }
        run(cmd.arg("--config").arg(config).arg("config"))
    };
    assert_eq!(check(&good, false).1, "configuration is valid\n");
    assert_eq!(check(&good, true), (Some(0), String::new(), String::new()));
    let (code, stdout, stderr) = check(&bad, true);
    assert_eq!((code, stdout.as_str()), (Some(1), ""), "{stderr}");
    assert!(
        stderr.contains("neon"),
        "problems are errors, kept: {stderr}"
    );
}

#[test]
fn thresholds_out_of_range_are_explained() {
    for args in [
        &["compare", "--threshold", "-1"][..],
        &["compare", "--threshold", "1.5"],
        &["stories", "--min-similarity", "-0.2"],
    ] {
        let (code, _, stderr) = run(storydiff().args(args));
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("threshold must be between 0 and 1"),
            "{args:?}: {stderr}"
        );
    }
}

/// The commands `storydiff --help` lists.
fn commands() -> Vec<String> {
    let help = stdout_of(storydiff().arg("--help"));
    let listed = help.split("Commands:").nth(1).expect("a Commands section");
    listed
        .lines()
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_command_with_a_width_refuses_under_forty_columns_in_the_same_words() {
    let expected = "invalid value '5' for '--width <COLUMNS>': \
                    width must be a number of columns, at least 40";
    let mut checked = Vec::new();
    for command in commands() {
        let help = stdout_of(storydiff().args([command.as_str(), "--help"]));
        if !help.contains("--width") {
            continue;
        }
        let (code, _, stderr) = run(storydiff().args([command.as_str(), "--width", "5"]));
        assert_eq!(code, Some(2), "{command}: {stderr}");
        assert!(stderr.contains(expected), "{command}: {stderr}");
        checked.push(command);
    }
    for command in [
        "compare", "articles", "stories", "framing", "quotes", "coverage",
    ] {
        assert!(
            checked.iter().any(|c| c == command),
            "{command}: {checked:?}"
        );
    }
    stdout_of(storydiff().args(["compare", "--width", "40"]));
    stdout_of(storydiff().args(["coverage", "--width", "40"]));
}

#[test]
fn a_command_after_paths_is_a_usage_error_that_puts_it_first() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/newswcl50/event_0");
    for extra in [&[][..], &["--json"]] {
        let args = [&[fixtures, "stories"][..], extra].concat();
        let (code, stdout, stderr) = run(storydiff().args(&args));
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        let suggested = [&["storydiff", "stories", fixtures][..], extra]
            .concat()
            .join(" ");
        assert!(
            stderr.contains(&format!("put the command first: '{suggested}'")),
            "{stderr}"
        );
        assert!(stderr.contains("write './stories'"), "{stderr}");
    }
}

#[test]
fn a_folder_named_like_a_command_loads_after_a_path_when_written_dot_slash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("stories")).unwrap();
    let geneva = "Ministers met in Geneva on Monday. They agreed to meet again in spring.\n";
    std::fs::write(dir.path().join("stories/geneva.txt"), geneva).unwrap();
    std::fs::write(
        dir.path().join("paris.txt"),
        "Officials met in Paris on Friday.\n",
    )
    .unwrap();
    let here = || {
        let mut cmd = storydiff();
        cmd.current_dir(dir.path());
        cmd
    };
    let out = stdout_of(here().args(["paris.txt", "./stories"]));
    assert!(out.contains("articles   2 (0 error(s))"), "{out}");
    // After `--` every argument is a path.
    let out = stdout_of(here().args(["--", "paris.txt", "stories"]));
    assert!(out.contains("articles   2 (0 error(s))"), "{out}");
}

#[test]
fn every_command_help_has_examples() {
    for command in [
        "articles",
        "stories",
        "compare",
        "quotes",
        "framing",
        "coverage",
        "notes",
        "export",
        "config",
        "completions",
        "man",
    ] {
        let help = stdout_of(storydiff().args([command, "--help"]));
        assert!(help.contains("Examples:\n  storydiff"), "{command}: {help}");
    }
}

#[test]
fn bash_completions_name_the_commands() {
    let script = stdout_of(storydiff().args(["completions", "bash"]));
    for command in ["articles", "stories", "compare", "framing", "completions"] {
        assert!(script.contains(command), "{command} missing");
    }
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let script = stdout_of(storydiff().args(["completions", shell]));
        assert!(script.contains("stories"), "{shell}");
    }
}

#[test]
fn man_page_is_roff_naming_the_commands() {
    let page = stdout_of(storydiff().arg("man"));
    assert!(
        page.starts_with(".TH storydiff 1"),
        "{}",
        &page[..80.min(page.len())]
    );
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    for command in [
        "articles", "stories", "compare", "quotes", "framing", "coverage",
    ] {
        assert!(page.contains(command), "{command} missing");
    }
}
