//! Machine-readable and document outputs.

pub mod coverage;
pub mod json;
pub mod markdown;
pub mod notes;
pub mod wrap;
