//! The grouping options every command that groups stories shares, so the
//! same corpus gives the same story ids in `stories`, `coverage`, `quotes`,
//! `framing`, `export` and the TUI.

use clap::Args;

use storydiff::stories::{DEFAULT_MAX_DAYS_APART, StoryOptions};

/// `--min-similarity` and `--window`, flattened into each grouping command.
#[derive(Debug, Clone, Args)]
pub struct GroupingArgs {
    /// Least average similarity (0..1) for articles to share a story
    /// (default: calibrated on the corpus itself).
    #[arg(long, value_name = "F", value_parser = super::parse_unit, allow_negative_numbers = true)]
    pub min_similarity: Option<f32>,

    /// Most days between the dated articles of one story; 0 = no window.
    #[arg(long, value_name = "DAYS", default_value_t = DEFAULT_MAX_DAYS_APART)]
    pub window: u32,
}

impl GroupingArgs {
    /// The story options these arguments ask for.
    pub fn options(&self) -> StoryOptions {
        StoryOptions {
            min_similarity: self.min_similarity,
            max_days_apart: (self.window > 0).then_some(self.window),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_of_zero_means_no_window() {
        let args = GroupingArgs {
            min_similarity: None,
            window: 0,
        };
        assert_eq!(args.options().max_days_apart, None);
    }
}
