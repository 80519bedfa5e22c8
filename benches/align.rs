//! Alignment and word diff: the seed pair and a pair of 5,000-word articles.
//!
//! Run with `cargo bench --bench align`.

use std::hint::black_box;

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

criterion_group!(align_benches, benches);
criterion_main!(align_benches);
