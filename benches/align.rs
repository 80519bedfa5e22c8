//! Alignment and word diff: the seed pair and a pair of 5,000-word articles;
//! alignment alone of a long article of news text (NewsWCL50, repeated) with
//! itself at 512 KiB and 1 MiB.
//!
//! Run with `cargo bench --bench align`.

use std::hint::black_box;

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use storydiff::align::{AlignOptions, align};
use storydiff::corpus::{self, Article};
use storydiff::diff::word_diff;

mod synth;

/// Aligns two articles and diffs every linked row, as `compare` does.
fn align_and_diff(left: &Article, right: &Article) -> usize {
    let alignment = align(left, right, &AlignOptions::default());
    let (lt, rt) = (left.sentence_texts(), right.sentence_texts());
    alignment
        .rows
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .map(|r| {
            let (l, r) = r.texts(&lt, &rt);
            word_diff(&l, &r).len()
        })
        .sum()
}

fn benches(c: &mut Criterion) {
    let demo = corpus::load_demo();
    c.bench_function("align+diff seed pair (Sputnik vs TASS)", |b| {
        b.iter(|| align_and_diff(black_box(&demo.articles[0]), black_box(&demo.articles[1])))
    });
    let (left, right) = (synth::long_article(0, 5_000), synth::long_article(1, 5_000));
    c.bench_function("align+diff 2 x 5,000 words", |b| {
        b.iter(|| align_and_diff(black_box(&left), black_box(&right)))
    });
}

/// Self-comparisons of long articles: few samples, so `cargo bench` stays cheap.
fn long_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("align long article with itself");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for (name, bytes) in [("512 KiB", 512 * 1024), ("1 MiB", 1024 * 1024)] {
        let article = synth::news_article(bytes);
        group.bench_function(name, |b| {
            b.iter(|| {
                align(
                    black_box(&article),
                    black_box(&article),
                    &AlignOptions::default(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(align_benches, benches, long_benches);
criterion_main!(align_benches);
