//! Termination signals end the TUI the way quitting does, so the terminal
//! is restored: `kill`, a closed SSH session (SIGHUP) or SIGQUIT must not
//! leave it raw, in the alternate screen, with the mouse captured and the
//! cursor hidden.

use std::io;

/// Which termination signal has arrived, if one has.
pub struct Ending(imp::Received);

impl Ending {
    /// Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT from now on. A second
    /// one ends the process at once, for when the first cannot be acted on.
    pub fn catch() -> io::Result<Ending> {
        imp::catch().map(Ending)
    }

    /// The number of the first termination signal caught, if any.
    pub fn received(&self) -> Option<i32> {
        imp::received(&self.0)
    }
}

#[cfg(unix)]
mod imp {
    use std::io;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGWINCH};
    use signal_hook::flag;
    use signal_hook::iterator::Signals;

    /// The signals that end the TUI.
    const ENDING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

    /// The signal caught, 0 before any.
    pub type Received = Arc<AtomicI32>;

    /// How long the event loop has to end by itself after a signal. When
    /// the terminal is gone (a closed SSH session) crossterm spins reading
    /// the dead tty and never returns to the loop, so the process is then
    /// ended from here; every note is already committed.
    const GRACE: std::time::Duration = std::time::Duration::from_secs(2);

    pub fn catch() -> io::Result<Received> {
        let caught_once = Arc::new(AtomicBool::new(false));
        for signal in ENDING {
            // Registered first, so it sees the flag as the previous signal left it.
            flag::register_conditional_shutdown(signal, 128 + signal, Arc::clone(&caught_once))?;
            flag::register(signal, Arc::clone(&caught_once))?;
        }
        let received = Arc::new(AtomicI32::new(0));
        let mut signals = Signals::new(ENDING)?;
        let record = Arc::clone(&received);
        std::thread::Builder::new()
            .name("storydiff-signals".to_owned())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    record.store(signal, Ordering::SeqCst);
                    // Wakes the event loop blocked in crossterm's read, which
                    // turns SIGWINCH into a Resize event.
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                    std::thread::sleep(GRACE);
                    // Still here: the loop is stuck on a terminal that is gone.
                    restore_quietly();
                    std::process::exit(128 + signal);
                }
            })?;
        Ok(received)
    }

    /// Undoes what the TUI did to the terminal, ignoring failures: the
    /// terminal may be gone, and nothing may be printed (or panic) then.
    fn restore_quietly() {
        use ratatui::crossterm::{cursor, event, execute, terminal};
        let _ = terminal::disable_raw_mode();
        let _ = execute!(
            std::io::stdout(),
            event::DisableMouseCapture,
            event::DisableFocusChange,
            terminal::LeaveAlternateScreen,
            cursor::Show
        );
    }

    pub fn received(received: &Received) -> Option<i32> {
        let signal = received.load(Ordering::SeqCst);
        (signal != 0).then_some(signal)
    }
}

#[cfg(not(unix))]
mod imp {
    use std::io;

    /// Nothing to catch: Ctrl-c reaches the TUI as a key.
    pub type Received = ();

    pub fn catch() -> io::Result<Received> {
        Ok(())
    }

    pub fn received(_: &Received) -> Option<i32> {
        None
    }
}
