//! storydiff: see how different news outlets cover the same story.
//!
//! The pipeline runs one way: files → [`corpus`] (load, clean, split into
//! sentences) → stories → alignment → word diff → export and the TUI.
//!
//! ```
//! let corpus = storydiff::corpus::load_demo();
//! assert_eq!(corpus.articles.len(), 5);
//! assert_eq!(corpus.articles[0].outlet.as_deref(), Some("Sputnik"));
//! ```

pub mod align;
pub mod collate;
pub mod corpus;
pub mod diff;
pub mod export;
pub mod framing;
pub mod notes;
pub mod progress;
pub mod quotes;
pub mod sources;
pub mod sparse;
pub mod stories;
pub mod tui;
