//! Story grouping over synthetic corpora of 5,000, 10,000 and 20,000 articles
//! (n articles in n/5 events), to show the growth stays near linear.
//!
//! Run with `cargo bench --bench stories` (about two minutes).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use storydiff::stories::{StoryOptions, group_stories};

mod synth;

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("stories");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for n in [5_000, 10_000, 20_000] {
        let articles = synth::corpus(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &articles, |b, articles| {
            b.iter(|| group_stories(black_box(articles), &StoryOptions::default()).len())
        });
    }
    group.finish();
}

criterion_group!(story_benches, benches);
criterion_main!(story_benches);
