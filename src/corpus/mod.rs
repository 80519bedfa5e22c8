//! Loading articles: formats, cleaning, sentence splitting.

pub mod clean;
pub mod formats;
pub mod model;
pub mod normalize;
pub mod sentences;

pub use model::{Article, Corpus, LoadError, Paragraph, RemovalReason, Removed, Sentence};

/// Loads the embedded demo corpus (the five seed articles).
pub fn load_demo() -> Corpus {
    Corpus::default()
}
