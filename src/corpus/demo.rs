//! The demo corpus embedded in the binary: five real articles about Lavrov,
//! the US and Syria, so every command works from any folder with no paths.

use super::formats::Format;
use super::load::{LoadOptions, load_sources};
use super::manifest;
use super::model::Corpus;
use super::sources::{Origin, Source};

/// The demo files, by name, as embedded text.
const FILES: [(&str, &str); 5] = [
    (
        "000_c64a1d62d2a9f65b.txt",
        include_str!("../../assets/corpus/000_c64a1d62d2a9f65b.txt"),
    ),
    (
        "001_d282598696b91ab7.txt",
        include_str!("../../assets/corpus/001_d282598696b91ab7.txt"),
    ),
    (
        "002_2ce425eabd31dd98.txt",
        include_str!("../../assets/corpus/002_2ce425eabd31dd98.txt"),
    ),
    (
        "003_e47fbccc5783e1cb.txt",
        include_str!("../../assets/corpus/003_e47fbccc5783e1cb.txt"),
    ),
    (
        "004_b22a2843e4ff1581.txt",
        include_str!("../../assets/corpus/004_b22a2843e4ff1581.txt"),
    ),
];

/// The demo's manifest.
const MANIFEST: &str = include_str!("../../assets/corpus/storydiff.toml");

/// Loads the embedded demo corpus (paths are shown as `demo/<file>`).
pub fn load_demo() -> Corpus {
    let entries = manifest::parse(MANIFEST)
        .expect("the embedded demo manifest is valid")
        .articles;
    let sources: Vec<Source> = FILES
        .iter()
        .map(|&(name, text)| Source {
            display: format!("demo/{name}"),
            stem: name.trim_end_matches(".txt").to_string(),
            format: Format::Text,
            origin: Origin::Embedded(text),
            manifest: entries.iter().find(|e| e.file == name).cloned(),
        })
        .collect();
    load_sources(
        &sources,
        Vec::new(),
        &LoadOptions::default(),
        &crate::progress::Silent,
    )
}
