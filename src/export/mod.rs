//! Machine-readable and document outputs.

pub mod collatex;
pub mod coverage;
pub mod handout;
pub mod handout_markdown;
pub mod html;
pub mod json;
pub mod markdown;
pub mod notes;
pub mod passim;
pub mod sources;
pub mod tei;
pub mod wrap;
