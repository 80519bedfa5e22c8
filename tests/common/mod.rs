//! Helpers the integration tests share: run the real binary, parse its
//! JSON, list an object's keys, and drive it in a pseudo-terminal (`pty`).
//! Each test file uses only some of them.
#![allow(dead_code)]

pub mod pty;

use assert_cmd::Command;
use serde_json::Value;

/// Runs `storydiff ARGS` with colour left to its defaults.
pub fn run(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("storydiff")
        .unwrap()
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .unwrap()
}

/// Runs `storydiff ARGS`, which must succeed, and returns its stdout.
pub fn run_ok(args: &[&str]) -> String {
    let output = run(args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// Runs `storydiff ARGS` and parses its stdout as JSON.
pub fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run_ok(args)).unwrap()
}

/// An object's keys, sorted, to compare with a documented schema.
pub fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

/// What a test terminal backend wrote, kept where the test can read it.
#[derive(Clone, Default)]
pub struct Written(pub std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Written {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
