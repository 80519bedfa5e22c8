//! End to end: the real binary in a pseudo-terminal. `cargo run` with no
//! arguments opens the demo comparison; j, n, Q (with Esc and Enter), ? and
//! q work; c opens Coverage, where j / l / h move, Enter opens a cell in
//! Compare and Esc comes back; the alternate screen is left and the
//! process exits 0. A termination signal restores the terminal too.

use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;
use common::pty::{Session, command, open, temp_review};

/// The demo on a 120 × 40 terminal, with a review file of its own.
fn demo() -> Session {
    static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    demo_with(&temp_review(&format!("session-{n}")))
}

/// The demo with `review` as the review file.
fn demo_with(review: &std::path::Path) -> Session {
    Session::spawn(&[], 40, 120, review)
}

#[test]
fn walk_the_demo_and_quit_cleanly() {
    let mut session = demo();
    let screen = session.wait_for("row 1/");
    assert!(
        screen.contains("Sputnik") && screen.contains("TASS"),
        "{screen}"
    );
    assert!(
        session.parser.screen().alternate_screen(),
        "the TUI uses the alternate screen"
    );

    session.press("j");
    session.wait_for("row 2/");

    // Row 2 is reworded; the next divergence is TASS's passage Sputnik lacks.
    session.press("n");
    let screen = session.wait_for("row 3/");
    assert!(screen.contains("right only"), "{screen}");

    // The Quotes pane covers Compare; Esc gives it back where it was.
    session.press("Q");
    let screen = session.wait_for("Quotes · story s1");
    assert!(screen.contains("1. Sergei Lavrov"), "{screen}");
    session.press("\x1b");
    session.wait_for("row 3/");

    // Enter on the first statement goes to its row: Sputnik sentence 3.
    session.press("Q");
    session.wait_for("Quotes · story s1");
    session.press("\r");
    let screen = session.wait_for("row 4/");
    assert!(screen.contains("L3 ↔"), "{screen}");

    session.press("?");
    session.wait_for("next divergence");

    session.press("?");
    session.quit();
}

#[test]
fn visit_coverage_open_a_cell_and_come_back() {
    let mut session = demo();
    session.wait_for("row 1/");

    // c: the story's coverage, at the passage of Compare's first row. A
    // frame is written top to bottom: wait for its status bar, then read it.
    session.press("c");
    let screen = session.wait_for("b  pivot");
    assert!(
        screen.contains("Coverage · story s1 · 2 articles"),
        "{screen}"
    );
    assert!(screen.contains("p1 (1/30)"), "{screen}");
    assert!(
        screen.contains(" 1/2 ") && screen.contains(" 2/2 "),
        "{screen}"
    );

    // Down to p2 (TASS's, reworded by Sputnik); l then h: back on Sputnik.
    session.press("jlh");
    let screen = session.wait_for("A Sputnik: reworded");
    assert!(screen.contains("p2 (2/30)"), "{screen}");

    // Enter: the pivot TASS against Sputnik, on the passage's row.
    session.press("\r");
    let screen = session.wait_for("Esc  back");
    assert!(screen.contains("· reworded ·"), "{screen}");
    let header = screen.lines().next().unwrap_or_default();
    assert!(
        header.find("TASS") < header.find("Sputnik"),
        "TASS on the left: {header}"
    );

    // Esc: back on the same cell; Esc again: the comparison Coverage came from.
    session.press("\x1b");
    let screen = session.wait_for("Esc  compare");
    assert!(screen.contains("p2 (2/30)"), "{screen}");
    session.press("\x1b");
    let screen = session.wait_for("Esc  stories");
    assert!(screen.contains("row 1/35"), "{screen}");
    session.quit();
}

/// `storydiff notes --json` on the demo with this review file.
fn notes_json(review: &std::path::Path) -> serde_json::Value {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_storydiff"))
        .args(["notes", "--json", "--review"])
        .arg(review)
        .env(
            "STORYDIFF_CONFIG",
            std::env::temp_dir().join("storydiff-pty-none.toml"),
        )
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_note_a_tag_and_a_reviewed_mark_survive_sigkill() {
    let review = temp_review("sigkill");
    let mut session = demo_with(&review);
    session.wait_for("row 1/");
    session.press("aCheck the quote");
    session.wait_for("Check the quote");
    session.press("\r");
    session.wait_for("note saved");
    session.kill_hard();
    let json = notes_json(&review).to_string();
    assert!(json.contains("Check the quote"), "{json}");

    let mut session = demo_with(&review);
    let screen = session.wait_for("row 1/");
    assert!(screen.contains("✎ Check the quote"), "{screen}");
    session.press("jT1");
    session.wait_for("[x] omission");
    session.press("\r");
    session.press("x");
    session.wait_for("marked reviewed");
    session.kill_hard();
    let json = notes_json(&review).to_string();
    assert!(json.contains("\"omission\""), "{json}");
    assert!(json.contains("\"reviewed\":true"), "{json}");
}

#[test]
fn reopening_the_demo_goes_back_to_the_same_row() {
    let review = temp_review("place");
    let mut session = demo_with(&review);
    session.wait_for("row 1/");
    session.press("jjjj");
    session.wait_for("row 5/");
    session.quit();
    let mut session = demo_with(&review);
    session.wait_for("row 5/");
    session.quit();
}

/// Sends `signal` to storydiff showing its first screen, and checks that it
/// exits by itself with 128 + the signal's number, having left the
/// alternate screen, shown the cursor and released the mouse.
#[cfg(unix)]
fn assert_signal_restores_the_terminal(signal: i32, name: &str) {
    let mut session = demo();
    session.wait_for("row 1/");
    session.wait_until("the first frame's cursor and mouse modes", |screen| {
        screen.alternate_screen() && screen.hide_cursor()
    });
    let screen = session.parser.screen();
    assert_ne!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    session.signal(signal);
    let status = session.wait_for_exit(name);
    assert_eq!(
        status.signal(),
        None,
        "storydiff handled {name}: {status:?}"
    );
    assert_eq!(status.exit_code(), 128 + signal as u32, "{status:?}");

    let screen = session.parser.screen();
    assert!(!screen.alternate_screen(), "the alternate screen was left");
    assert!(!screen.hide_cursor(), "the cursor is shown");
    assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    // What crossterm writes to undo mouse capture, the alternate screen and
    // the hidden cursor comes last, and nothing after it redoes them.
    let raw = String::from_utf8_lossy(&session.raw);
    let last = raw
        .rfind("\x1b[?1000l")
        .expect("mouse capture was disabled");
    let tail = &raw[last..];
    for undo in ["\x1b[?1049l", "\x1b[?25h"] {
        assert!(tail.contains(undo), "{undo:?} missing at the end: {tail:?}");
    }
    for redo in ["\x1b[?1000h", "\x1b[?1049h", "\x1b[?25l"] {
        assert!(!tail.contains(redo), "{redo:?} after the restore: {tail:?}");
    }
}

#[cfg(unix)]
#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    assert_signal_restores_the_terminal(libc::SIGTERM, "SIGTERM");
}

#[cfg(unix)]
#[test]
fn sighup_from_a_closed_session_restores_the_terminal_and_exits_129() {
    assert_signal_restores_the_terminal(libc::SIGHUP, "SIGHUP");
}

#[cfg(unix)]
#[test]
fn sigint_and_sigquit_restore_the_terminal_too() {
    assert_signal_restores_the_terminal(libc::SIGINT, "SIGINT");
    assert_signal_restores_the_terminal(libc::SIGQUIT, "SIGQUIT");
}

/// Closing the terminal (a lost SSH session, a closed window) ends
/// storydiff: the tty hangs up, and the TUI must not be left spinning on it.
#[cfg(unix)]
#[test]
fn a_closed_terminal_ends_storydiff() {
    let pty = open(24, 80);
    let mut child = pty
        .slave
        .spawn_command(command(&[], &temp_review("hangup")))
        .expect("storydiff starts");
    drop(pty.slave);
    // Read until the first Compare frame, then let go of every handle on
    // the master side, which hangs the terminal up.
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (seen, first_frame) = mpsc::channel();
    std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(24.try_into().unwrap(), 80.try_into().unwrap(), 0);
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            parser.process(&buffer[..n]);
            if n == 0 || parser.screen().contents().contains("row 1/") {
                break;
            }
        }
        let _ = seen.send(());
    });
    first_frame
        .recv_timeout(Duration::from_secs(60))
        .expect("the first frame");
    drop(pty.master);
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("storydiff still runs on a terminal that is gone");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status.exit_code(), 128 + libc::SIGHUP as u32, "{status:?}");
}
