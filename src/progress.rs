//! Progress of the long library stages (loading files, grouping stories),
//! reported to whatever front end shows it. The library only counts; the
//! command line draws a bar and the TUI a progress screen.

/// A long stage of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading, parsing and cleaning files; a step is one file.
    Reading,
    /// Counting the terms of articles; a step is one article.
    Counting,
    /// Finding each article's most similar others; a step is one article.
    Comparing,
    /// Merging similar articles into stories; one step.
    Linking,
}

impl Stage {
    /// What the stage is doing, for people ("reading files").
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Reading => "reading files",
            Stage::Counting => "counting terms",
            Stage::Comparing => "comparing articles",
            Stage::Linking => "grouping stories",
        }
    }
}

/// Receives progress from the library's long stages. Steps are reported
/// from worker threads, so implementations must be cheap and thread-safe.
pub trait Progress: Sync {
    /// A stage begins; it has `total` steps.
    fn start(&self, stage: Stage, total: usize);
    /// `steps` more steps of the current stage are done.
    fn advance(&self, steps: usize);
}

/// Progress reported to no one.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: Stage, _: usize) {}
    fn advance(&self, _: usize) {}
}
