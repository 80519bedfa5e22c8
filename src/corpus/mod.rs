//! Loading articles: formats, cleaning, sentence splitting.
//!
//! [`load_paths`] reads files and folders; [`load_demo`] the embedded demo.
//! Every stage after this one works on [`Corpus`] and never touches files.

pub mod clean;
pub mod dates;
pub mod decode;
mod demo;
pub(crate) mod files;
pub mod formats;
pub mod key;
mod load;
pub mod manifest;
pub mod model;
pub mod normalize;
pub mod outlets;
pub mod sanitize;
pub mod sentences;
mod sources;
pub mod terms;

pub use demo::load_demo;
pub use key::{ArticleKey, StoryKey};
pub use load::{DEFAULT_MAX_BYTES, LoadOptions, load_paths, load_paths_with};
pub use model::{Article, Corpus, LoadError, Paragraph, RemovalReason, Removed, Sentence};
