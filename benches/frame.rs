//! Drawing one Compare frame of a pair of 5,000-word articles into a test
//! backend: a key press must never wait a frame at 60 Hz. And settling a
//! frame full of emoji sequences, flags and marks (`ui::cells::settle`),
//! which every frame goes through.
//!
//! Run with `cargo bench --bench frame`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
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

/// The worst case for `settle`: every line full of graphemes it rewrites.
fn settle_bench(c: &mut Criterion) {
    let line = "The 👨\u{200d}👩\u{200d}👧 from 🇫🇷 Lyon 👍🏽 saw ❤\u{fe0f} 日本 e\u{301}\u{301}\u{301}\u{301} ";
    let area = Rect::new(0, 0, 120, 40);
    let mut written = Buffer::empty(area);
    for y in 0..area.height {
        written.set_stringn(0, y, line.repeat(4), 120, Style::new());
    }
    c.bench_function(
        "settle a 120x40 frame full of emoji, flags and marks",
        |b| {
            b.iter(|| {
                let mut buffer = written.clone();
                ui::cells::settle(black_box(&mut buffer));
                buffer
            })
        },
    );
    c.bench_function("clone a 120x40 frame (the baseline of the above)", |b| {
        b.iter(|| black_box(&written).clone())
    });
    let mut plain = Buffer::empty(area);
    for y in 0..area.height {
        let text = "│ The ministry said the convoy reached the city late on Tuesday. ─ ";
        plain.set_stringn(0, y, text.repeat(2), 120, Style::new());
    }
    c.bench_function("settle a 120x40 frame of plain text and rules", |b| {
        b.iter(|| {
            let mut buffer = plain.clone();
            ui::cells::settle(black_box(&mut buffer));
            buffer
        })
    });
}

criterion_group!(frame_benches, benches, settle_bench);
criterion_main!(frame_benches);
