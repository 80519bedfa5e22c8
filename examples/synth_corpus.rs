//! Writes a synthetic news-please corpus for measuring `storydiff stories`
//! on large inputs (see README, Performance).
//!
//! `cargo run --release --example synth_corpus -- 20000 /tmp/synth-20k`

#[path = "../benches/synth.rs"]
mod synth;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: synth_corpus ARTICLES FOLDER";
    let n: usize = args.next().and_then(|a| a.parse().ok()).expect(usage);
    let dir = std::path::PathBuf::from(args.next().expect(usage));
    let bytes = synth::write_news_please(&dir, n)?;
    eprintln!("wrote {n} articles ({bytes} bytes) under {}", dir.display());
    Ok(())
}
