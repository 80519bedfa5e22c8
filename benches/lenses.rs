//! The quotes and framing lenses over all of NewsWCL50 (10 events × 5
//! outlets), as `storydiff quotes` and `storydiff framing` run them after
//! grouping and collating stories (the collation is made once, outside the
//! timing); and quote finding alone on the demo pair.
//!
//! Run with `cargo bench --bench lenses`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use storydiff::align::AlignOptions;
use storydiff::collate::Collation;
use storydiff::corpus::{self, LoadOptions};
use storydiff::framing::frame_story;
use storydiff::quotes::{QuoteKind, find_quotes, story_quotes};
use storydiff::stories::{StoryOptions, group_stories};

fn benches(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let corpus = corpus::load_paths(&[dir], &LoadOptions::default());
    assert_eq!(corpus.articles.len(), 50);
    let stories = group_stories(&corpus.articles, &StoryOptions::default());
    let collations: Vec<Collation> = stories
        .iter()
        .map(|s| {
            let members: Vec<usize> = s.articles().collect();
            Collation::new(&corpus.articles, &members, &AlignOptions::default())
        })
        .collect();

    c.bench_function(
        "quotes: NewsWCL50, 50 articles (find + match per story)",
        |b| {
            b.iter(|| {
                collations
                    .iter()
                    .map(|c| {
                        story_quotes(black_box(c), &corpus.articles)
                            .statements
                            .len()
                    })
                    .sum::<usize>()
            })
        },
    );
    c.bench_function(
        "framing: NewsWCL50, 50 articles (scare quotes + table)",
        |b| {
            b.iter(|| {
                collations
                    .iter()
                    .map(|c| {
                        let members = c.articles(&corpus.articles);
                        let scare: Vec<usize> = members
                            .iter()
                            .map(|a| {
                                find_quotes(a)
                                    .iter()
                                    .filter(|q| q.kind == QuoteKind::Scare)
                                    .count()
                            })
                            .collect();
                        frame_story(black_box(c), &corpus.articles, &scare, 10).len()
                    })
                    .sum::<usize>()
            })
        },
    );
    let demo = corpus::load_demo();
    c.bench_function("find_quotes: seed pair", |b| {
        b.iter(|| {
            find_quotes(black_box(&demo.articles[0])).len()
                + find_quotes(black_box(&demo.articles[1])).len()
        })
    });
}

criterion_group!(lens_benches, benches);
criterion_main!(lens_benches);
