//! Collating review notes with articles: passage anchors that survive re-analysis.

pub mod anchor;
