//! Machine-readable and document outputs.

pub mod json;
