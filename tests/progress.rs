//! Progress of long loads and groupings: a bar on a terminal's stderr,
//! nothing when stderr is not a terminal, and a loading screen in the TUI
//! that can be left before the work is done.

use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

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

/// storydiff in a pseudo-terminal, with everything it wrote.
struct Session {
    screen: vt100::Parser,
    raw: Vec<u8>,
    output: mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn std::io::Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_storydiff"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        let config =
            std::env::temp_dir().join(format!("storydiff-progress-{}.toml", std::process::id()));
        std::fs::write(&config, "").unwrap();
        command.env("STORYDIFF_CONFIG", &config);
        command.env(
            "STORYDIFF_REVIEW",
            std::env::temp_dir().join("storydiff-progress.sqlite3"),
        );
        let child = pty.slave.spawn_command(command).expect("storydiff starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let (tx, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || tx.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pty.master.take_writer().unwrap();
        std::mem::forget(pty.master);
        let screen = vt100::Parser::new(24.try_into().unwrap(), 80.try_into().unwrap(), 0);
        Session {
            screen,
            raw: Vec::new(),
            output,
            writer,
            child,
        }
    }

    /// Reads output until storydiff has written `text` or the screen shows it.
    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !self.wrote(text) && !self.screen.screen().contents().contains(text) {
            let screen = self.screen.screen().contents();
            assert!(Instant::now() < deadline, "no {text:?} on:\n{screen}");
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
                self.take(&bytes);
            }
        }
    }

    fn take(&mut self, bytes: &[u8]) {
        self.screen.process(bytes);
        self.raw.extend_from_slice(bytes);
    }

    fn wrote(&self, text: &str) -> bool {
        String::from_utf8_lossy(&self.raw).contains(text)
    }

    fn exit_status(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "storydiff did not exit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
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
    let mut session = Session::start(&[corpus.path().to_str().unwrap()]);
    session.wait_for("q, Esc or Ctrl-c to quit");
    session.wait_for("storydiff: ");
    session.writer.write_all(b"q").unwrap();
    session.writer.flush().unwrap();
    let status = session.exit_status();
    assert!(status.success(), "{status:?}");
    while let Ok(bytes) = session.output.recv_timeout(Duration::from_millis(300)) {
        session.take(&bytes);
    }
    assert!(
        !session.screen.screen().alternate_screen(),
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
        let mut session = Session::start(&[corpus.path().to_str().unwrap()]);
        session.wait_for("q, Esc or Ctrl-c to quit");
        let pid = session.child.process_id().expect("storydiff has a pid");
        let pid = libc::pid_t::try_from(pid).unwrap();
        // SAFETY: kill only sends a signal; it has no memory-safety conditions.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill -{name}");
        let status = session.exit_status();
        assert_eq!(
            status.exit_code(),
            128 + signal as u32,
            "{name}: {status:?}"
        );
        while let Ok(bytes) = session.output.recv_timeout(Duration::from_millis(300)) {
            session.take(&bytes);
        }
        let screen = session.screen.screen();
        assert!(!screen.alternate_screen(), "{name}: alternate screen left");
        assert!(!screen.hide_cursor(), "{name}: cursor shown");
        assert!(!session.wrote("row 1/"), "{name}: ended before Compare");
    }
}

#[test]
fn stories_on_a_terminal_show_a_progress_bar_on_stderr() {
    let corpus = large_corpus();
    let mut session = Session::start(&["stories", "--json", corpus.path().to_str().unwrap()]);
    session.wait_for("reading files");
    let status = session.exit_status();
    assert!(status.success(), "{status:?}");
}
