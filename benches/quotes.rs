//! Quote finding within one long article: 64, 256 and 512 KiB articles made
//! of the real paragraphs of NewsWCL50 (all 50 articles in turn, repeated
//! until the size is reached), so the cost per byte can be compared across
//! sizes. Linear cost means the 512 KiB article takes about 8 times the
//! 64 KiB one.
//!
//! Run with `cargo bench --bench quotes`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use storydiff::corpus::{self, Article, LoadOptions};
use storydiff::quotes::find_quotes;

/// One article of at least `bytes` bytes from the paragraphs of `source`.
fn long_article(source: &[Article], bytes: usize) -> Article {
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut size = 0;
    let all = source.iter().flat_map(|a| &a.paragraphs).cycle();
    for p in all {
        if size >= bytes {
            break;
        }
        let sentences: Vec<String> = p.sentences.iter().map(|s| s.text.clone()).collect();
        size += sentences.iter().map(|s| s.len() + 1).sum::<usize>();
        paragraphs.push(sentences);
    }
    Article::from_paragraphs(format!("long-{bytes}"), paragraphs)
}

fn benches(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let corpus = corpus::load_paths(&[dir], &LoadOptions::default());
    assert_eq!(corpus.articles.len(), 50);
    let mut group = c.benchmark_group("find_quotes: one long article");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for kib in [64, 256, 512] {
        let article = long_article(&corpus.articles, kib * 1024);
        group.throughput(Throughput::Bytes((kib * 1024) as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{kib} KiB")),
            &article,
            |b, a| b.iter(|| find_quotes(black_box(a)).len()),
        );
    }
    group.finish();
}

criterion_group!(quote_benches, benches);
criterion_main!(quote_benches);
