//! Machine-readable and document outputs.

pub mod coverage;
pub mod handout;
pub mod handout_markdown;
pub mod html;
pub mod json;
pub mod markdown;
pub mod notes;
pub mod wrap;
