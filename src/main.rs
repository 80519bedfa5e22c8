//! The `storydiff` binary: parse arguments, run, map the outcome to an exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

mod cli;

/// mimalloc instead of the system allocator: loading and grouping make and
/// drop millions of small strings and vectors from both cores at once, where
/// glibc's malloc spent about a tenth of the run. Built with `no_thp`:
/// mimalloc otherwise asks for transparent huge pages, and on a machine
/// that grants them on request the kernel zeroes 2 MiB at every first
/// touch of a fresh mimalloc page, which was 14% of a 20,000-article
/// `stories --json` run (and most of its system time).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let raw: Vec<OsString> = std::env::args_os().collect();
    if let Some(error) = cli::command_after_paths(&raw) {
        error.exit();
    }
    let cli = cli::Cli::parse_from(raw);
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let message = format!("{err:#}");
            eprintln!(
                "storydiff: error: {}",
                storydiff::corpus::sanitize::for_display(&message)
            );
            ExitCode::from(1)
        }
    }
}

/// A reader that closed our stdout early (`| head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
