//! The terminal loop: set up, draw when something changed, route events,
//! and always restore the terminal (normal exit, error, panic or a
//! termination signal).

use std::io;
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableFocusChange, DisableMouseCapture, EnableFocusChange, EnableMouseCapture, Event,
    MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::App;
use super::signals::Ending;
use super::ui::{self, Hits};
use super::update::{Pointer, after_draw, focus_gained, handle_key, update_pointer};

/// Why the TUI stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The user quit.
    Quit,
    /// A termination signal arrived; holds its number.
    Signal(i32),
}

impl Stop {
    /// The exit status to end with: 0, or 128 plus the signal's number as
    /// shells report a process ended by a signal.
    pub fn exit_code(self) -> u8 {
        match self {
            Stop::Quit => 0,
            Stop::Signal(signal) => u8::try_from(128 + signal).unwrap_or(u8::MAX),
        }
    }
}

/// Runs the TUI until the user quits or a termination signal arrives.
pub fn run(app: App) -> io::Result<Stop> {
    // Caught before the terminal changes, so none can leave it changed.
    let ending = Ending::catch()?;
    run_with(app, &ending)
}

/// [`run`] with the termination signals already caught (once per process,
/// before the loading screen).
pub fn run_with(mut app: App, ending: &Ending) -> io::Result<Stop> {
    install_panic_hook();
    let mut terminal = ratatui::init();
    // Focus reports let notes written elsewhere appear when the user comes back.
    let result = execute!(io::stdout(), EnableMouseCapture, EnableFocusChange)
        // Starts crossterm's event reader, which listens for the SIGWINCH
        // that `Ending` raises to wake the loop.
        .and_then(|()| event::poll(Duration::ZERO))
        .and_then(|_| event_loop(&mut terminal, &mut app, ending));
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableFocusChange);
    ratatui::restore();
    result
}

/// Mouse capture and focus reports are ours to undo; ratatui's own hook restores the rest.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableFocusChange);
        ratatui::restore();
        previous(info);
    }));
}

/// Blocks on input between frames, so an idle app uses no CPU, and draws
/// only after an event that can change the screen. A termination signal
/// wakes it (as a Resize) and ends it, even if the terminal is gone.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, ending: &Ending) -> io::Result<Stop> {
    let mut hits = Hits::default();
    let mut dirty = true;
    loop {
        if let Some(signal) = ending.received() {
            return Ok(Stop::Signal(signal));
        }
        if dirty {
            terminal.draw(|frame| hits = ui::draw(frame, app))?;
            after_draw(app, &hits);
            dirty = false;
        }
        if app.should_quit {
            return Ok(Stop::Quit);
        }
        let event = event::read();
        if let Some(signal) = ending.received() {
            return Ok(Stop::Signal(signal));
        }
        match event? {
            Event::Key(key) => {
                handle_key(app, key);
                dirty = true;
            }
            Event::Mouse(mouse) => {
                let pointer = match mouse.kind {
                    MouseEventKind::ScrollDown => Some(Pointer::Scroll(1)),
                    MouseEventKind::ScrollUp => Some(Pointer::Scroll(-1)),
                    MouseEventKind::Down(_) => hits
                        .statement_at(mouse.column, mouse.row)
                        .map(Pointer::Statement)
                        .or_else(|| hits.row_at(mouse.column, mouse.row).map(Pointer::Row))
                        .or_else(|| hits.story_at(mouse.column, mouse.row).map(Pointer::Story))
                        .or_else(|| hits.thread_at(mouse.column, mouse.row).map(Pointer::Thread)),
                    _ => None,
                };
                if let Some(pointer) = pointer {
                    update_pointer(app, pointer);
                    dirty = true;
                }
            }
            Event::FocusGained => {
                focus_gained(app);
                dirty = true;
            }
            Event::Resize(..) => dirty = true,
            _ => {}
        }
    }
}
