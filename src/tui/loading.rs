//! The loading screen: loading and grouping run on a worker thread while
//! this screen shows their progress, so a large corpus never leaves the
//! terminal blank, and q, Esc or Ctrl-c leave before the work is done.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;

use super::run::Stop;
use super::signals::Ending;
use crate::progress::{Progress, Stage};

/// How often the screen is redrawn while waiting.
const TICK: Duration = Duration::from_millis(100);

/// Width of the drawn bar, in cells.
const BAR_WIDTH: usize = 40;

/// Progress shared between the worker thread and the screen.
#[derive(Debug, Default)]
pub struct SharedProgress {
    stage: Mutex<Option<(Stage, usize)>>,
    done: AtomicUsize,
}

impl SharedProgress {
    /// The current stage, its steps done and its total, once one started.
    pub fn snapshot(&self) -> Option<(Stage, usize, usize)> {
        let stage = *self.stage.lock().unwrap_or_else(|e| e.into_inner());
        stage.map(|(stage, total)| (stage, self.done.load(Ordering::Relaxed), total))
    }
}

impl Progress for SharedProgress {
    fn start(&self, stage: Stage, total: usize) {
        *self.stage.lock().unwrap_or_else(|e| e.into_inner()) = Some((stage, total));
        self.done.store(0, Ordering::Relaxed);
    }

    fn advance(&self, steps: usize) {
        self.done.fetch_add(steps, Ordering::Relaxed);
    }
}

/// Runs `work` on a worker thread and shows its progress until it is done.
/// Returns why it stopped instead if the user quit or a termination signal
/// arrived first (the worker is left to the end of the process); the
/// terminal is restored either way.
pub fn run<T, W>(work: W, ending: &Ending) -> io::Result<Result<T, Stop>>
where
    T: Send + 'static,
    W: FnOnce(&dyn Progress) -> T + Send + 'static,
{
    let shared = Arc::new(SharedProgress::default());
    let (done, finished) = mpsc::channel();
    let worker = Arc::clone(&shared);
    std::thread::Builder::new()
        .name("storydiff-load".to_owned())
        .spawn(move || {
            let _ = done.send(work(worker.as_ref()));
        })?;
    let mut terminal = ratatui::init();
    let result = wait(&mut terminal, &shared, &finished, ending);
    ratatui::restore();
    result
}

/// Draws the progress until the result arrives or the user quits.
fn wait<T>(
    terminal: &mut ratatui::DefaultTerminal,
    shared: &SharedProgress,
    finished: &mpsc::Receiver<T>,
    ending: &Ending,
) -> io::Result<Result<T, Stop>> {
    loop {
        if let Some(signal) = ending.received() {
            return Ok(Err(Stop::Signal(signal)));
        }
        match finished.try_recv() {
            Ok(result) => return Ok(Ok(result)),
            Err(mpsc::TryRecvError::Disconnected) => {
                return Err(io::Error::other("loading the articles failed"));
            }
            Err(mpsc::TryRecvError::Empty) => {}
        }
        terminal.draw(|frame| draw(frame, shared.snapshot()))?;
        if event::poll(TICK)?
            && let Event::Key(key) = event::read()?
            && is_quit(key)
        {
            return Ok(Err(Stop::Quit));
        }
    }
}

/// q, Esc and Ctrl-c leave the loading screen.
pub fn is_quit(key: KeyEvent) -> bool {
    key.kind != KeyEventKind::Release
        && match key.code {
            KeyCode::Char('q') | KeyCode::Esc => true,
            KeyCode::Char('c') => key.modifiers.contains(KeyModifiers::CONTROL),
            _ => false,
        }
}

/// The stage, a bar and the way out, in the middle of the screen.
pub fn draw(frame: &mut Frame, progress: Option<(Stage, usize, usize)>) {
    let [_, what, bar, _, hint, _] = frame.area().layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let (stage, done, total) = progress.unwrap_or((Stage::Reading, 0, 0));
    let heading = format!("storydiff: {}", stage.describe());
    frame.render_widget(Line::from(heading).centered(), what);
    frame.render_widget(Line::from(bar_text(done, total)).centered(), bar);
    frame.render_widget(Line::from("q, Esc or Ctrl-c to quit").centered(), hint);
}

/// `[=====>    ] 1200/20000`, in plain characters so it reads without colour.
fn bar_text(done: usize, total: usize) -> String {
    let filled = (done.min(total) * BAR_WIDTH)
        .checked_div(total)
        .unwrap_or(0);
    let mut bar: String = "=".repeat(filled);
    if filled < BAR_WIDTH {
        bar.push('>');
        bar.push_str(&" ".repeat(BAR_WIDTH - filled - 1));
    }
    format!("[{bar}] {done}/{total}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quitting_keys_are_q_esc_and_ctrl_c() {
        let key = |code, modifiers| KeyEvent::new(code, modifiers);
        assert!(is_quit(key(KeyCode::Char('q'), KeyModifiers::NONE)));
        assert!(is_quit(key(KeyCode::Esc, KeyModifiers::NONE)));
        assert!(is_quit(key(KeyCode::Char('c'), KeyModifiers::CONTROL)));
        assert!(!is_quit(key(KeyCode::Char('c'), KeyModifiers::NONE)));
    }

    #[test]
    fn the_bar_fills_with_the_steps_done() {
        assert_eq!(bar_text(0, 0), format!("[>{}] 0/0", " ".repeat(39)));
        assert_eq!(bar_text(10, 10), format!("[{}] 10/10", "=".repeat(40)));
        assert!(bar_text(5, 10).starts_with(&format!("[{}>", "=".repeat(20))));
    }

    #[test]
    fn shared_progress_counts_steps_of_the_current_stage() {
        let shared = SharedProgress::default();
        assert_eq!(shared.snapshot(), None);
        shared.start(Stage::Reading, 3);
        shared.advance(2);
        assert_eq!(shared.snapshot(), Some((Stage::Reading, 2, 3)));
        shared.start(Stage::Counting, 5);
        assert_eq!(shared.snapshot(), Some((Stage::Counting, 0, 5)));
    }
}
