//! Progress of long loads and groupings: a bar on a terminal's stderr,
//! nothing when stderr is not a terminal, and a loading screen in the TUI
//! that can be left before the work is done.

use assert_cmd::Command;

mod common;
use common::pty::{Session, temp_review};

#[path = "../benches/synth.rs"]
mod synth;

#[test]
fn no_progress_is_printed_when_stderr_is_not_a_terminal() {
    let output = Command::cargo_bin("storydiff")
        .unwrap()
        .args(["stories", "--json", "tests/data/newswcl50"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// `storydiff ARGS` on an 80 × 24 terminal.
fn start(args: &[&str]) -> Session {
    Session::spawn(args, 24, 80, &temp_review("progress"))
}

/// A folder of synthetic news-please articles, large enough that loading
/// and grouping take a while in a debug build.
fn large_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    synth::write_news_please(dir.path(), 3000).unwrap();
    dir
}

#[test]
fn the_tui_shows_progress_while_loading_and_can_be_quit_then() {
    let corpus = large_corpus();
    let mut session = start(&[corpus.path().to_str().unwrap()]);
    session.wait_for_output("q, Esc or Ctrl-c to quit");
    session.wait_for_output("storydiff: ");
    session.press("q");
    let status = session.wait_for_exit("q");
    assert!(status.success(), "{status:?}");
    assert!(
        !session.parser.screen().alternate_screen(),
        "the terminal is restored"
    );
    assert!(
        !session.wrote("row 1/"),
        "quit before the comparison opened"
    );
}

/// A closed SSH session or `kill` during the loading screen ends storydiff
/// as it does on the Compare screen: terminal restored, 128 + the signal.
#[cfg(unix)]
#[test]
fn a_termination_signal_on_the_loading_screen_restores_the_terminal() {
    for (signal, name) in [(libc::SIGTERM, "SIGTERM"), (libc::SIGHUP, "SIGHUP")] {
        let corpus = large_corpus();
        let mut session = start(&[corpus.path().to_str().unwrap()]);
        session.wait_for_output("q, Esc or Ctrl-c to quit");
        session.signal(signal);
        let status = session.wait_for_exit(name);
        assert_eq!(
            status.exit_code(),
            128 + signal as u32,
            "{name}: {status:?}"
        );
        let screen = session.parser.screen();
        assert!(!screen.alternate_screen(), "{name}: alternate screen left");
        assert!(!screen.hide_cursor(), "{name}: cursor shown");
        assert!(!session.wrote("row 1/"), "{name}: ended before Compare");
    }
}

#[test]
fn stories_on_a_terminal_show_a_progress_bar_on_stderr() {
    let corpus = large_corpus();
    let mut session = start(&["stories", "--json", corpus.path().to_str().unwrap()]);
    session.wait_for_output("reading files");
    let status = session.wait_for_exit("the grouping");
    assert!(status.success(), "{status:?}");
}
