//! Collating a story: every pair aligned once and the coverage table built,
//! for a real 5-outlet NewsWCL50 event and a synthetic 20-article story of
//! NewsWCL50-sized articles.
//!
//! Run with `cargo bench --bench collate`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use storydiff::align::AlignOptions;
use storydiff::collate::Collation;
use storydiff::corpus::{self, LoadOptions};

mod synth;

fn benches(c: &mut Criterion) {
    let event = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50/event_5");
    let corpus = corpus::load_paths(&[event], &LoadOptions::default());
    assert_eq!(corpus.articles.len(), 5);
    let all: Vec<usize> = (0..5).collect();
    let options = AlignOptions::default();
    c.bench_function("collate: NewsWCL50 event 5 (5 outlets, 10 pairs)", |b| {
        b.iter(|| {
            Collation::new(black_box(&corpus.articles), &all, &options)
                .table
                .passages
                .len()
        })
    });
    let story = synth::story(20, 5);
    let all: Vec<usize> = (0..story.len()).collect();
    c.bench_function("collate: synthetic 20-article story (190 pairs)", |b| {
        b.iter(|| {
            Collation::new(black_box(&story), &all, &options)
                .table
                .passages
                .len()
        })
    });
}

criterion_group! {
    name = collate_benches;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(collate_benches);
