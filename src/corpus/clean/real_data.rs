//! Cleaning the real articles shipped with the repository: the five seed
//! articles and the 50 NewsWCL50 articles. Every removal was checked by hand.

use std::fs;
use std::path::{Path, PathBuf};

use super::clean_paragraphs;
use crate::corpus::model::RemovalReason::{self, *};

/// Body paragraphs of a text file: non-empty lines, first line (title) skipped.
fn body(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).expect("readable test article");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .skip(1)
        .map(str::to_string)
        .collect()
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("test data folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// Every real article as (short name, removed texts with reasons).
fn removals() -> Vec<(String, Vec<(String, RemovalReason)>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = txt_files(&root.join("assets/corpus"));
    let wcl = root.join("tests/data/newswcl50");
    for event in 0..10 {
        files.extend(txt_files(&wcl.join(format!("event_{event}"))));
    }
    assert_eq!(files.len(), 55, "five seeds and fifty NewsWCL50 articles");
    files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let removed = clean_paragraphs(body(path)).removed;
            let pairs = removed.into_iter().map(|r| (r.text, r.reason)).collect();
            (name, pairs)
        })
        .collect()
}

/// The removals verified by hand; every other file loses nothing.
const EXPECTED: &[(&str, &[(&str, RemovalReason)])] = &[
    (
        "000_c64a1d62d2a9f65b.txt",
        &[
            ("Read also:", RelatedLink),
            (
                "Violating Singapore Summit Agreement on Denuclearization: Pompeo-Haley \
                 Pressure UN Security Council to Increase Strangling Sanctions against DPRK",
                RelatedLink,
            ),
            ("Published in sputniknews.com", PublishedIn),
        ],
    ),
    (
        "002_2ce425eabd31dd98.txt",
        &[
            ("November 16th, 2017 – Fort Russ News –", Metadata),
            ("- Advertisement -", Advertisement),
            (
                "– Breakingnews.sy – – translated by Samer Hussein –",
                Metadata,
            ),
            ("Subscribe to our newsletter", Newsletter),
            (
                "Sign up here to get the latest news, updates and special offers delivered \
                 directly to your inbox.",
                Newsletter,
            ),
        ],
    ),
    ("003_e47fbccc5783e1cb.txt", &[("www.mesop.de", BareUrl)]),
    (
        "004_b22a2843e4ff1581.txt",
        &[
            (
                "Russia’s Foreign Minister Sergei Lavrov (Photo by AFP)",
                PhotoCredit,
            ),
            (
                "Press TV’s website can also be accessed at the following alternate addresses:",
                MirrorAddresses,
            ),
            ("www.presstv.co.uk", MirrorAddresses),
            ("SHARE THIS ARTICLE", Share),
            ("Press TV News Roku", Share),
        ],
    ),
    (
        "1_M.txt",
        &[
            (
                "More: A minute-by-minute guide to USA TODAY's exclusive interview with James \
                 Comey.",
                RelatedLink,
            ),
            (
                "The Bubble: Conservatives and liberals agree James Comey's book didn't do him \
                 any favors.",
                RelatedLink,
            ),
            (
                "Related: James Comey on Trump: He tweets at me 'like the breakup he can’t get \
                 over'.",
                RelatedLink,
            ),
        ],
    ),
    (
        "4_M.txt",
        &[(
            "More: President Trump after picking something off Macron's suit: 'We have to make \
                 him perfect'",
            RelatedLink,
        )],
    ),
];

#[test]
fn real_articles_lose_exactly_the_verified_boilerplate() {
    let actual: Vec<(String, Vec<(String, RemovalReason)>)> = removals()
        .into_iter()
        .filter(|(_, removed)| !removed.is_empty())
        .collect();
    for (name, removed) in &actual {
        for (text, reason) in removed {
            println!("{name}\t{reason}\t{text}");
        }
    }
    let expected: Vec<(String, Vec<(String, RemovalReason)>)> = EXPECTED
        .iter()
        .map(|(file, list)| {
            let list = list.iter().map(|(t, r)| (t.to_string(), *r)).collect();
            (file.to_string(), list)
        })
        .collect();
    assert_eq!(actual, expected);
}
