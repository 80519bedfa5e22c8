//! Text reports fit the width: 80 columns when stdout is not a terminal,
//! COLUMNS when set, `--width` when given; long text is shortened at a
//! word (`…`) or wrapped at spaces, never split inside a word.

use std::collections::HashSet;

use assert_cmd::Command;
use unicode_width::UnicodeWidthStr;

const COMMANDS: [&str; 4] = ["articles", "stories", "framing", "quotes"];

fn newswcl50() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/newswcl50").to_string()
}

fn stdout_of(args: &[&str], columns: Option<&str>) -> String {
    let mut cmd = Command::cargo_bin("storydiff").unwrap();
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS");
    if let Some(columns) = columns {
        cmd.env("COLUMNS", columns);
    }
    let output = cmd.args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// Every word of the corpus (titles, outlets, text) from the `articles`
/// JSON report, lowercased as distinctive terms are: what a shortened text
/// may end with.
fn words_of(paths: &[&str]) -> HashSet<String> {
    let json = stdout_of(&[&["articles", "--json"], paths].concat(), None);
    json.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Asserts no line is wider than `width` and every `…` follows a whole word.
fn assert_fits(text: &str, width: usize, words: &HashSet<String>, what: &str) {
    for line in text.lines() {
        assert!(
            line.width() <= width,
            "{what}: {} columns: {line}",
            line.width()
        );
        for (at, _) in line.match_indices('…') {
            let before = &line[..at];
            let start = before
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |i| i + before[i..].chars().next().unwrap().len_utf8());
            let word = &before[start..];
            assert!(
                word.is_empty() || words.contains(&word.to_lowercase()),
                "{what}: word split before …: {word:?} in {line}"
            );
        }
    }
}

#[test]
fn reports_fit_80_columns_when_not_a_terminal() {
    let corpus = newswcl50();
    for paths in [&[][..], &[corpus.as_str()]] {
        let words = words_of(paths);
        for command in COMMANDS {
            let args = [&[command, "--color", "never"], paths].concat();
            let text = stdout_of(&args, None);
            assert_fits(&text, 80, &words, &format!("{command} {paths:?}"));
        }
    }
}

#[test]
fn width_and_columns_widen_the_reports() {
    let words = words_of(&[]);
    for command in COMMANDS {
        let wide = stdout_of(&[command, "--width", "120"], None);
        assert_fits(&wide, 120, &words, &format!("{command} --width 120"));
        let widest = wide.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
        assert!(widest > 80, "{command} uses the width it is given: {wide}");
        let env = stdout_of(&[command], Some("120"));
        assert_eq!(
            env, wide,
            "{command}: COLUMNS=120 is --width 120 off a terminal"
        );
    }
}

#[test]
fn six_outlets_of_framing_are_stacked_in_blocks_at_80_columns() {
    let text = stdout_of(&["framing", &newswcl50(), "--color", "never"], None);
    let headers = text
        .lines()
        .filter(|l| l.starts_with("    ") && !l.trim().is_empty())
        .count();
    assert!(headers > 0, "{text}");
    assert!(text.lines().all(|l| l.width() <= 80));
}

#[test]
fn json_output_does_not_depend_on_the_width() {
    for command in COMMANDS {
        let narrow = stdout_of(&[command, "--json", "--width", "40"], None);
        let wide = stdout_of(&[command, "--json", "--width", "200"], None);
        assert_eq!(narrow, wide, "{command}");
    }
}

#[test]
fn compare_coverage_and_sources_fit_80_columns_too() {
    let corpus = newswcl50();
    let words = words_of(&[corpus.as_str()]);
    let demo_words = words_of(&[]);
    let pair = |event: &str, a: &str, b: &str| {
        [
            format!("{corpus}/event_{event}/{event}_{a}.txt"),
            format!("{corpus}/event_{event}/{event}_{b}.txt"),
        ]
    };
    let [l, r] = pair("4", "LL", "RR");
    let runs: [(&[&str], &HashSet<String>); 6] = [
        (&["compare"], &demo_words),
        (&["compare", "#002", "#004"], &demo_words),
        (&["compare", &l, &r], &words),
        (&["coverage"], &demo_words),
        (&["coverage", &corpus], &words),
        (&["sources", &corpus], &words),
    ];
    for (args, words) in runs {
        let text = stdout_of(&[args, &["--color", "never"]].concat(), None);
        assert_fits(&text, 80, words, &format!("{args:?}"));
    }
}
