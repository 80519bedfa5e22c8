//! The terminal loop: set up, draw when something changed, route events,
//! and always restore the terminal (normal exit, error or panic).

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableFocusChange, DisableMouseCapture, EnableFocusChange, EnableMouseCapture, Event,
    MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::App;
use super::ui::{self, Hits};
use super::update::{Pointer, after_draw, focus_gained, handle_key, update_pointer};

/// Runs the TUI until the user quits.
pub fn run(mut app: App) -> io::Result<()> {
    install_panic_hook();
    let mut terminal = ratatui::init();
    // Focus reports let notes written elsewhere appear when the user comes back.
    let mouse = execute!(io::stdout(), EnableMouseCapture, EnableFocusChange);
    let result = mouse.and_then(|()| event_loop(&mut terminal, &mut app));
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
/// only after an event that can change the screen.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let mut hits = Hits::default();
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|frame| hits = ui::draw(frame, app))?;
            after_draw(app, &hits);
            dirty = false;
        }
        if app.should_quit {
            return Ok(());
        }
        match event::read()? {
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
                        .or_else(|| hits.story_at(mouse.column, mouse.row).map(Pointer::Story)),
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
