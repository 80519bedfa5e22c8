//! Drawing one Compare frame of a pair of 5,000-word articles into a test
//! backend: a key press must never wait a frame at 60 Hz.
//!
//! Run with `cargo bench --bench frame`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use storydiff::corpus::Corpus;
use storydiff::tui::app::App;
use storydiff::tui::config::Config;
use storydiff::tui::ui;

mod synth;

fn benches(c: &mut Criterion) {
    let corpus = Corpus {
        articles: vec![synth::long_article(0, 5_000), synth::long_article(1, 5_000)],
        errors: vec![],
    };
    let mut app = App::new(corpus, Config::default());
    app.open_compare(0, 1);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("draw one Compare frame, 2 x 5,000 words, 120x40", |b| {
        b.iter(|| {
            terminal
                .draw(|frame| {
                    black_box(ui::draw(frame, &app));
                })
                .unwrap();
        })
    });
}

criterion_group!(frame_benches, benches);
criterion_main!(frame_benches);
