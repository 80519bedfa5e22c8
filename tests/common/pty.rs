//! The real binary in a pseudo-terminal, read through a terminal emulator
//! (vt100), for the end-to-end tests of the TUI, its loading screen and the
//! progress bars.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtyPair, PtySize, native_pty_system};

/// How long a test waits for a screen or an exit before it fails.
const PATIENCE: Duration = Duration::from_secs(60);

/// A running storydiff in a PTY, with a terminal emulator reading its output.
pub struct Session {
    /// The emulator: what the terminal shows.
    pub parser: vt100::Parser,
    /// Everything storydiff wrote so far.
    pub raw: Vec<u8>,
    output: mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
}

/// A review file of this test's own in a fresh folder: never the user's.
pub fn temp_review(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("storydiff-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("review.sqlite3")
}

/// A pseudo-terminal of `rows` × `cols`.
pub fn open(rows: u16, cols: u16) -> PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal")
}

/// `storydiff ARGS` with `review` as its review file and an empty config,
/// so the user's own settings cannot change a test.
pub fn command(args: &[&str], review: &Path) -> CommandBuilder {
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_storydiff"));
    command.args(args);
    command.env("TERM", "xterm-256color");
    command.env_remove("NO_COLOR");
    let config = std::env::temp_dir().join(format!("storydiff-pty-{}.toml", std::process::id()));
    std::fs::write(&config, "").unwrap();
    command.env("STORYDIFF_CONFIG", &config);
    command.env("STORYDIFF_REVIEW", review);
    command
}

impl Session {
    /// `storydiff ARGS` on a `rows` × `cols` terminal.
    pub fn spawn(args: &[&str], rows: u16, cols: u16, review: &Path) -> Self {
        let pty = open(rows, cols);
        let child = pty
            .slave
            .spawn_command(command(args, review))
            .expect("storydiff starts");
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
        // The terminal must stay open as long as the session: closing the
        // master would hang storydiff up.
        std::mem::forget(pty.master);
        let size = |n| NonZeroU16::new(n).unwrap();
        Session {
            parser: vt100::Parser::new(size(rows), size(cols), 0),
            raw: Vec::new(),
            output,
            writer,
            child,
        }
    }

    /// The screen as text.
    pub fn contents(&self) -> String {
        self.parser.screen().contents()
    }

    /// Feeds output to the emulator until the screen contains `text`, and
    /// returns the screen.
    pub fn wait_for(&mut self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |screen| {
            screen.contents().contains(text)
        });
        self.contents()
    }

    /// Feeds output to the emulator until storydiff has written `text`,
    /// whether or not it is still on the screen (a progress bar redraws
    /// itself in place).
    pub fn wait_for_output(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.wrote(text) && !self.contents().contains(text) {
            assert!(
                Instant::now() < deadline,
                "no {text:?} on:\n{}",
                self.contents()
            );
            self.read_for(Duration::from_millis(200));
        }
    }

    /// Feeds output to the emulator until `ready` holds for its screen (a
    /// frame's text can arrive before the cursor sequences that end it).
    pub fn wait_until(&mut self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !ready(self.parser.screen()) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{}",
                self.contents()
            );
            self.read_for(Duration::from_millis(200));
        }
    }

    /// Whether storydiff has written `text` at any time.
    pub fn wrote(&self, text: &str) -> bool {
        String::from_utf8_lossy(&self.raw).contains(text)
    }

    /// Types `keys`.
    pub fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for storydiff to exit after `what`, then reads what it wrote last.
    pub fn wait_for_exit(&mut self, what: &str) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "storydiff did not exit after {what}"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        self.drain();
        status
    }

    /// Presses q and checks the process exits 0, leaving the alternate screen.
    pub fn quit(mut self) {
        self.press("q");
        let status = self.wait_for_exit("q");
        assert!(status.success(), "exit status {status:?}");
        assert!(
            !self.parser.screen().alternate_screen(),
            "the alternate screen was left"
        );
    }

    /// Ends the process with SIGKILL: no chance to save anything on the way
    /// out. (portable-pty's own `kill` sends SIGHUP, which storydiff handles.)
    #[cfg(unix)]
    pub fn kill_hard(mut self) {
        self.signal(libc::SIGKILL);
        let _ = self.child.wait();
    }

    /// Sends `signal` to storydiff.
    #[cfg(unix)]
    pub fn signal(&self, signal: i32) {
        let pid = self.child.process_id().expect("storydiff has a pid");
        let pid = libc::pid_t::try_from(pid).unwrap();
        // SAFETY: kill only sends a signal; it has no memory-safety conditions.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill -{signal}");
    }

    /// Reads what storydiff wrote until it has been quiet for a while.
    fn drain(&mut self) {
        while self.read_for(Duration::from_millis(300)) {}
    }

    /// Feeds the emulator what arrives within `wait`; whether anything did.
    fn read_for(&mut self, wait: Duration) -> bool {
        match self.output.recv_timeout(wait) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
                true
            }
            Err(_) => false,
        }
    }
}
