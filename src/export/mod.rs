//! Machine-readable and document outputs.
