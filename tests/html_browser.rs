//! The HTML handout in a real browser: headless Chromium loads the demo's
//! handout and the XSS fixture's, dumps the DOM and takes a screenshot.
//!
//! Chromium must be installed (`apt-get install -y chromium`; `.ci/run`
//! installs it). Without it the test fails, unless STORYDIFF_SKIP_BROWSER=1.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

/// Chromium on PATH or at Debian's path, else None.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    debian.is_file().then_some(debian)
}

/// The browser, or None when the test is to be skipped; panics with what
/// to do when it is missing.
fn browser_or_skip() -> Option<PathBuf> {
    if let Some(found) = chromium() {
        return Some(found);
    }
    if std::env::var("STORYDIFF_SKIP_BROWSER").is_ok_and(|v| v == "1") {
        println!("skipped: chromium not found and STORYDIFF_SKIP_BROWSER=1");
        return None;
    }
    panic!(
        "chromium is not installed (looked on PATH for chromium and chromium-browser, and at /usr/bin/chromium). \
         Install it with `apt-get install -y chromium`, or set STORYDIFF_SKIP_BROWSER=1 to skip this test."
    );
}

/// Writes `storydiff export [paths] -o dir/name` and returns the file.
fn export_handout(dir: &Path, name: &str, paths: &[&str]) -> PathBuf {
    let file = dir.join(name);
    let status = Command::cargo_bin("storydiff")
        .unwrap()
        .env("STORYDIFF_REVIEW", dir.join("no-review.sqlite3"))
        .arg("export")
        .args(paths)
        .arg("-o")
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
    file
}

/// Runs headless Chromium on `file` with `extra` arguments, in a fresh
/// profile; returns stdout.
fn run_chromium(browser: &Path, file: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", file.display()))
        .output()
        .unwrap();
    assert!(output.status.success(), "chromium failed: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn dump_dom(browser: &Path, file: &Path) -> String {
    run_chromium(browser, file, &["--dump-dom".to_owned()])
}

/// The text of an HTML fragment: tags dropped, the common entities decoded.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The names of the elements in serialized HTML.
fn element_names(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|tag| {
            tag.trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The attributes of a serialized tag (`a href="…" rel="…"`): lowercased
/// names with their values (quotes removed).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '/');
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        if end == 0 {
            return found;
        }
        let name = rest[..end].to_ascii_lowercase();
        rest = &rest[end..];
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').unwrap_or(after.len());
            value = after[..close].to_owned();
            rest = after.get(close + 1..).unwrap_or("");
        }
        found.push((name, value));
    }
}

#[test]
fn demo_handout_shows_both_versions_of_the_new_line_statement_in_a_browser() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = export_handout(dir.path(), "demo.html", &[]);
    let dom = dump_dom(&browser, &file);
    let text = text_of(&dom);
    for version in [
        "When we hear about the new line of the United States",
        "When we hear about the United States’ new line",
    ] {
        assert!(text.contains(version), "the DOM lacks {version:?}");
    }
    let names = element_names(&dom);
    for forbidden in ["script", "img", "iframe", "object", "embed", "link"] {
        assert!(
            !names.iter().any(|n| n == forbidden),
            "a <{forbidden}> element"
        );
    }

    let png = dir.path().join("demo.png");
    run_chromium(
        &browser,
        &file,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1200,1600".to_owned(),
        ],
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((frame.width, frame.height), (1200, 1600));
    let pixels = &pixels[..frame.buffer_size()];
    let step = frame.color_type.samples();
    let first = &pixels[..step];
    let different = pixels.chunks(step).filter(|p| *p != first).count();
    assert!(
        different > 10_000,
        "the screenshot is blank ({different} pixels differ)"
    );
}

#[test]
fn hostile_article_fields_stay_text_in_a_browser() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/xss");
    let file = export_handout(dir.path(), "xss.html", &[fixture]);
    let dom = dump_dom(&browser, &file);
    let names = element_names(&dom);
    for forbidden in ["script", "img", "svg", "iframe"] {
        assert!(
            !names.iter().any(|n| n == forbidden),
            "a <{forbidden}> element in {dom}"
        );
    }
    for tag in dom
        .split('<')
        .skip(1)
        .filter_map(|t| t.split_once('>'))
        .map(|(t, _)| t)
    {
        for (name, value) in attributes(tag) {
            assert!(!name.starts_with("on"), "a handler attribute in <{tag}>");
            if name == "href" || name == "src" {
                assert!(
                    value.starts_with("https://") || value.starts_with("http://"),
                    "<{tag}>"
                );
            }
        }
    }
    let text = text_of(&dom);
    for payload in [
        "<script>alert('title')</script>",
        "\"><img src=x onerror=alert(1)>",
        "Evil<script>alert('outlet')</script>Wire",
        "javascript:alert('url')",
    ] {
        assert!(text.contains(payload), "{payload:?} is not shown as text");
    }
}
