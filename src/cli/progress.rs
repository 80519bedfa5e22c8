//! Progress bars on stderr for long loads and groupings, drawn only when
//! stderr is a terminal and the user did not ask for quiet.

use std::io::{self, IsTerminal};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use storydiff::progress::{Progress, Silent, Stage};

/// A progress bar on stderr, one stage at a time.
pub struct Bar(ProgressBar);

impl Bar {
    /// A bar on stderr if it is a terminal and `quiet` is off, else nothing.
    pub fn for_stderr(quiet: bool) -> Option<Bar> {
        (!quiet && io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{msg:>18} [{bar:30}] {pos}/{len}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            Bar(bar)
        })
    }
}

impl Progress for Bar {
    fn start(&self, stage: Stage, total: usize) {
        self.0.set_message(stage.describe());
        self.0.set_length(total as u64);
        self.0.set_position(0);
    }

    fn advance(&self, steps: usize) {
        self.0.inc(steps as u64);
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

/// Runs `work` with a bar on stderr when one should be shown.
pub fn with_bar<T>(quiet: bool, work: impl FnOnce(&dyn Progress) -> T) -> T {
    match Bar::for_stderr(quiet) {
        Some(bar) => work(&bar),
        None => work(&Silent),
    }
}
