//! No control character or escape sequence from untrusted data reaches a
//! terminal: a corpus with terminal payloads in its folder and file names, in
//! every manifest field, in article text and in a JSON article's fields, run
//! through every command in every output format, plus crafted config files.
//!
//! The corpus is built in a temporary folder by each test: file names with
//! ESC and newline cannot be committed portably.
#![cfg(unix)]

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// Terminal payloads: set the title (OSC 0), write the clipboard (OSC 52),
/// reset the screen, clear it and colour it (CSI, and the one-character C1
/// CSI), reverse the text (RLO) and isolate it (LRI).
const PAYLOADS: &str = "\u{1b}]0;pwned\u{7} \u{1b}]52;c;cHduZWQ=\u{7} \u{1b}c \
                        \u{1b}[2J\u{1b}[31m \u{9b}2J \u{202e}desrever \u{2066}x\u{2069}";

/// The same payloads as TOML or JSON string escapes.
const ESCAPED_PAYLOADS: &str = "\\u001b]0;pwned\\u0007 \\u001b]52;c;cHduZWQ=\\u0007 \\u001bc \
                                \\u001b[2J\\u001b[31m \\u009b2J \\u202edesrever \\u2066x\\u2069\\n";

/// A folder name that sets the title.
const ROOT_NAME: &str = "news\u{1b}]0;dir\u{7}";
/// A file name that sets the title and forges a second stderr line.
const FORGING_NAME: &str = "a\u{1b}]0;pwned\u{7}\nstorydiff: note forged\u{202e}.txt";
/// A JSON file whose name holds a C1 CSI.
const JSON_NAME: &str = "c\u{9b}2J.json";
/// An empty file whose name sets the title: skipped, named on stderr.
const EMPTY_NAME: &str = "empty\u{1b}]0;x\u{7}.txt";

struct Corpus {
    _dir: tempfile::TempDir,
    /// The corpus folder (its name is hostile too).
    root: PathBuf,
    /// A crafted config file with a hostile name.
    config: PathBuf,
}

fn article_text(n: usize) -> String {
    let names = ["0_M.txt", "0_L.txt", "0_R.txt", "0_RR.txt"];
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/newswcl50/event_0")
        .join(names[n]);
    let text = fs::read_to_string(path).unwrap();
    // Payloads inside a headline-free paragraph and a quotation.
    format!(
        "{text}\n\nOfficials said{PAYLOADS} the talks would go on.\n\n\
         “We will keep talking{PAYLOADS},” Trump said.\n"
    )
}

fn build() -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join(ROOT_NAME);
    fs::create_dir_all(root.join("bad")).unwrap();
    fs::write(root.join(FORGING_NAME), article_text(0)).unwrap();
    fs::write(root.join("b.txt"), article_text(1)).unwrap();
    fs::write(root.join(EMPTY_NAME), "").unwrap();
    // Every manifest field carries the payloads.
    let p = ESCAPED_PAYLOADS;
    fs::write(
        root.join("storydiff.toml"),
        format!(
            "[[article]]\nfile = \"b.txt\"\noutlet = \"Outlet{p}\"\ntitle = \"Title{p}\"\n\
             byline = \"Byline{p}\"\nnote = \"Note{p}\"\nurl = \"https://example.org/{p}\"\n\
             date = \"2018-04-17{p}\"\n"
        ),
    )
    .unwrap();
    // A JSON article with the payloads in every field, and one bad entry.
    let body = serde_json::to_string(&article_text(2)).unwrap();
    fs::write(
        root.join(JSON_NAME),
        format!(
            "[{{\"title\": \"JSON title{p}\", \"sitename\": \"JSON outlet{p}\", \
             \"author\": \"JSON author{p}\", \"url\": \"https://example.com/{p}\", \
             \"date\": \"2018-04-17{p}\", \"language\": \"en{p}\", \"text\": {body}}},\n\
             {{\"title\": \"no text{p}\"}}]"
        ),
    )
    .unwrap();
    // A manifest whose unknown key is a payload: its error quotes the key.
    fs::write(
        root.join("bad/storydiff.toml"),
        format!("[[article]]\nfile = \"e.txt\"\n\"out{p}let\" = \"x\"\n"),
    )
    .unwrap();
    fs::write(root.join("bad/e\u{1b}c.txt"), article_text(3)).unwrap();
    let config = dir
        .path()
        .join("conf\u{1b}]0;pwned\u{7}\nstorydiff: note forged.toml");
    fs::write(
        &config,
        format!(
            "\"colors{p}\" = 1\ntheme = \"dark{p}\"\n[keys]\n\"quit{p}\" = [\"q\"]\n\
             next = [\"{p}\"]\n[theme_overrides]\nfocus = {{ fg = \"{p}\" }}\n\
             [thresholds]\n\"align{p}\" = 2\nstories = \"{p}\"\n"
        ),
    )
    .unwrap();
    Corpus {
        _dir: dir,
        root,
        config,
    }
}

/// What one run printed.
struct Output {
    what: String,
    stdout: String,
    stderr: String,
}

fn run(args: &[&OsStr]) -> Output {
    run_with(args, None)
}

fn run_with(args: &[&OsStr], config_env: Option<&Path>) -> Output {
    let mut cmd = Command::cargo_bin("storydiff").unwrap();
    cmd.env_remove("NO_COLOR").env_remove("STORYDIFF_CONFIG");
    if let Some(path) = config_env {
        cmd.env("STORYDIFF_CONFIG", path);
    }
    let output = cmd.args(args).output().unwrap();
    let what = format!("{args:?}");
    let code = output.status.code();
    // Every config used here has problems, and `storydiff config` says so by exiting 1.
    let expected: &[i32] = if args.first().is_some_and(|a| *a == "config") {
        &[1]
    } else {
        &[0, 2]
    };
    assert!(
        code.is_some_and(|c| expected.contains(&c)),
        "{what}: exit {code:?}"
    );
    Output {
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        what,
    }
}

/// Characters that must never be printed: C0 controls other than the line
/// feed, DEL, C1 controls, bidi controls and invisible format characters.
fn forbidden(c: char) -> bool {
    let cp = u32::from(c);
    (c.is_control() && c != '\n' && c != '\u{1b}')
        || (0x202A..=0x202E).contains(&cp)
        || (0x2066..=0x2069).contains(&cp)
        || matches!(
            cp,
            0x061C | 0x200B | 0x200E | 0x200F | 0x2028 | 0x2029 | 0xFEFF
        )
}

/// Every ESC starts one of storydiff's own SGR sequences: `ESC [`, digits
/// and semicolons, `m`. Returns the offending rest of the text otherwise.
fn foreign_escape(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        let sequence = &rest[at..];
        let Some(params) = sequence.strip_prefix("\u{1b}[") else {
            return Some(sequence);
        };
        let end = params
            .find(|c: char| !c.is_ascii_digit() && c != ';')
            .unwrap_or(params.len());
        if !params[end..].starts_with('m') {
            return Some(sequence);
        }
        rest = &params[end + 1..];
    }
    None
}

#[test]
fn only_our_own_colour_codes_pass_the_escape_check() {
    assert_eq!(foreign_escape("a\u{1b}[1;4;38;5;33mb\u{1b}[0m"), None);
    assert!(foreign_escape("a\u{1b}[0m\u{1b}]0;x\u{7}").is_some());
    assert!(foreign_escape("\u{1b}c").is_some());
    assert!(foreign_escape("\u{1b}[2J").is_some());
    assert!(foreign_escape("\u{1b}[12").is_some());
}

/// The output is safe: no forbidden character; ESC only in our own colour
/// codes when `colour` is on, never otherwise; no payload sequence.
fn assert_safe(text: &str, colour: bool, what: &str, stream: &str) {
    let bad: Vec<char> = text.chars().filter(|&c| forbidden(c)).collect();
    assert!(bad.is_empty(), "{what} {stream}: {bad:?} in\n{text}");
    if colour {
        if let Some(rest) = foreign_escape(text) {
            panic!(
                "{what} {stream}: foreign escape at {:?}",
                &rest[..rest.len().min(40)]
            );
        }
    } else {
        assert!(!text.contains('\u{1b}'), "{what} {stream}: ESC in\n{text}");
    }
    for sequence in ["\u{1b}]", "\u{1b}c", "\u{1b}[2J", "\u{1b}[31m", "\u{1b}P"] {
        assert!(!text.contains(sequence), "{what} {stream}: {sequence:?}");
    }
}

/// The root folder as storydiff shows it.
fn shown_root(corpus: &Corpus) -> String {
    corpus
        .root
        .display()
        .to_string()
        .replace('\u{1b}', "\\x1b")
        .replace('\u{7}', "\\x07")
}

/// Every `storydiff: …` line on stderr is a genuine one: notes and skips
/// name a path inside the corpus, and no file name starts a line.
fn assert_genuine_stderr(out: &Output, corpus: &Corpus) {
    let root = shown_root(corpus);
    for line in out.stderr.lines() {
        let genuine = [
            format!("storydiff: note {root}/"),
            format!("storydiff: skipped {root}/"),
            "storydiff: config ".to_string(),
            "storydiff: cannot compare: ".to_string(),
            "storydiff: no articles loaded".to_string(),
        ];
        assert!(
            genuine
                .iter()
                .any(|prefix| line.starts_with(prefix.as_str())),
            "{}: forged or unexpected stderr line {line:?}",
            out.what
        );
        assert!(!line.starts_with("storydiff: note forged"), "{line:?}");
    }
}

fn assert_output_safe(out: &Output, corpus: &Corpus, colour: bool) {
    assert_safe(&out.stdout, colour, &out.what, "stdout");
    // stderr is never coloured.
    assert_safe(&out.stderr, false, &out.what, "stderr");
    assert_genuine_stderr(out, corpus);
}

fn os(text: &str) -> OsString {
    OsString::from(text)
}

/// Runs `command ROOT` as text (without and with colour) and as JSON; returns
/// the JSON.
fn run_every_format(command: &str, corpus: &Corpus) -> Value {
    let root = corpus.root.as_os_str();
    for colour in ["never", "always"] {
        let out = run(&[&os(command), root, &os("--color"), &os(colour)]);
        assert_output_safe(&out, corpus, colour == "always");
        assert!(!out.stdout.is_empty(), "{}", out.what);
    }
    let out = run(&[&os(command), root, &os("--json")]);
    assert_output_safe(&out, corpus, false);
    serde_json::from_str(&out.stdout).expect("JSON output parses")
}

/// The ids as `articles --json` gives them.
fn ids(corpus: &Corpus) -> Vec<String> {
    let json = run_every_format("articles", corpus);
    json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn articles_in_every_format_print_no_payload() {
    let corpus = build();
    let json = run_every_format("articles", &corpus);
    let articles = json["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 4, "{json:#}");
    // Paths decode to the real file names; ids are escaped names.
    let forging = articles
        .iter()
        .find(|a| a["path"].as_str().unwrap().ends_with(FORGING_NAME))
        .expect("the forging file loaded");
    assert_eq!(
        forging["id"],
        "a\\x1b]0;pwned\\x07\\nstorydiff: note forged\\u{202e}"
    );
    // Manifest fields are stripped of their payloads.
    let manifest = articles.iter().find(|a| a["id"] == "b").unwrap();
    for field in ["outlet", "title", "byline", "note", "url"] {
        let value = manifest[field].as_str().unwrap();
        assert!(
            !value.contains("pwned") && !value.contains('\u{9b}'),
            "{field}: {value:?}"
        );
    }
    assert_eq!(manifest["outlet"], "Outlet desrever x");
    // So are the JSON article's.
    let from_json = articles.iter().find(|a| a["id"] == "c\\u{9b}2J-1").unwrap();
    assert_eq!(from_json["outlet"], "JSON outlet desrever x");
    assert_eq!(from_json["byline"], "JSON author desrever x");
    assert!(from_json["path"].as_str().unwrap().ends_with(JSON_NAME));
    // The errors: the empty file, the JSON entry without text, the manifest.
    let errors: Vec<&str> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    let unknown = errors.iter().find(|m| m.contains("unknown field")).unwrap();
    assert!(unknown.contains("out\\x1b]0;pwned\\x07"), "{unknown}");
    assert!(!unknown.chars().any(forbidden), "{unknown:?}");

    let text = run(&[
        &os("articles"),
        corpus.root.as_os_str(),
        &os("--color"),
        &os("never"),
    ]);
    let root = shown_root(&corpus);
    for line in [
        format!(
            "storydiff: skipped {root}/{}: file is empty",
            "empty\\x1b]0;x\\x07.txt"
        ),
        format!("storydiff: skipped {root}/c\\u{{9b}}2J.json[2]: no article text"),
        format!(
            "storydiff: note {root}/a\\x1b]0;pwned\\x07\\nstorydiff: note forged\\u{{202e}}.txt: removed"
        ),
    ] {
        assert!(text.stderr.contains(&line), "{line}\n{}", text.stderr);
    }
    assert!(
        text.stderr.contains(&format!("storydiff: skipped {root}/bad/storydiff.toml: invalid manifest: line 3: unknown field `out\\x1b]0;pwned\\x07")),
        "{}",
        text.stderr
    );
    assert!(
        text.stdout.contains("a\\x1b]0;pwned\\x07\\nstor"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("skipped"), "{}", text.stdout);
}

#[test]
fn json_escapes_c1_and_bidi_controls_and_still_decodes_to_the_names() {
    let corpus = build();
    let out = run(&[&os("articles"), corpus.root.as_os_str(), &os("--json")]);
    assert!(
        out.stdout.contains("\\u009b2J.json"),
        "C1 in a path is a \\u escape"
    );
    assert!(
        out.stdout.contains("\\u202e.txt"),
        "RLO in a path is a \\u escape"
    );
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    let paths: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    let expected = corpus.root.join(FORGING_NAME);
    assert!(paths.contains(&expected.to_str().unwrap()), "{paths:?}");
}

#[test]
fn stories_in_every_format_print_no_payload() {
    let corpus = build();
    let json = run_every_format("stories", &corpus);
    assert!(!json["stories"].as_array().unwrap().is_empty());
}

#[test]
fn quotes_in_every_format_print_no_payload() {
    let corpus = build();
    let json = run_every_format("quotes", &corpus);
    assert!(!json["stories"].as_array().unwrap().is_empty());
}

#[test]
fn framing_in_every_format_print_no_payload() {
    let corpus = build();
    let json = run_every_format("framing", &corpus);
    assert!(!json["stories"].as_array().unwrap().is_empty());
}

#[test]
fn coverage_in_every_format_prints_no_payload() {
    let corpus = build();
    let json = run_every_format("coverage", &corpus);
    assert!(!json["stories"].as_array().unwrap().is_empty());
    let root = corpus.root.as_os_str();
    for format in ["markdown", "csv"] {
        let out = run(&[&os("coverage"), root, &os("--format"), &os(format)]);
        assert_output_safe(&out, &corpus, false);
        assert!(!out.stdout.is_empty(), "{}", out.what);
    }
}

#[test]
fn the_summary_prints_no_payload() {
    let corpus = build();
    for colour in ["never", "always"] {
        let out = run(&[corpus.root.as_os_str(), &os("--color"), &os(colour)]);
        assert_output_safe(&out, &corpus, colour == "always");
        assert!(out.stdout.contains("corpus summary"), "{}", out.stdout);
    }
}

#[test]
fn compare_by_id_and_by_file_in_every_format_prints_no_payload() {
    let corpus = build();
    let ids = ids(&corpus);
    let spec = |id: &str| {
        let mut spec = corpus.root.clone().into_os_string();
        spec.push("#");
        spec.push(id);
        spec
    };
    let hostile = ids.iter().find(|id| id.starts_with("a\\x1b")).unwrap();
    let pairs = [
        (spec(hostile), spec("b")),
        (spec("c\\u{9b}2J-1"), spec(hostile)),
        (
            corpus.root.join(FORGING_NAME).into_os_string(),
            corpus.root.join(JSON_NAME).into_os_string(),
        ),
    ];
    for (left, right) in &pairs {
        for extra in [
            &["--color", "never"][..],
            &["--color", "always"],
            &["--color", "always", "--width", "140"],
            &["--json"],
            &["--format", "markdown"],
        ] {
            let mut args: Vec<&OsStr> = vec![OsStr::new("compare"), left, right];
            args.extend(extra.iter().map(OsStr::new));
            let out = run(&args);
            assert_output_safe(&out, &corpus, extra.contains(&"always"));
            assert!(!out.stdout.is_empty(), "{}: {}", out.what, out.stderr);
            if extra == ["--json"] {
                serde_json::from_str::<Value>(&out.stdout).expect("JSON parses");
            }
        }
    }
    // The compare header names the hostile article escaped.
    let out = run(&[
        &os("compare"),
        &spec(hostile),
        &spec("b"),
        &os("--color"),
        &os("never"),
    ]);
    assert!(
        out.stdout
            .contains("L  a\\x1b]0;pwned\\x07\\nstorydiff: note forged\\u{202e} · "),
        "{}",
        out.stdout
    );
}

#[test]
fn compare_errors_list_ids_and_paths_escaped() {
    let corpus = build();
    let mut missing = corpus.root.clone().into_os_string();
    missing.push("#zzz\u{1b}]0;x\u{7}");
    let mut ambiguous = corpus.root.clone().into_os_string();
    ambiguous.push("#");
    let mut b = corpus.root.clone().into_os_string();
    b.push("#b");
    for spec in [&missing, &ambiguous] {
        let out = run(&[&os("compare"), spec, &b]);
        assert_output_safe(&out, &corpus, false);
        let error = out
            .stderr
            .lines()
            .find(|l| l.starts_with("storydiff: cannot compare: "))
            .unwrap_or_else(|| panic!("{}", out.stderr));
        assert!(error.contains(&shown_root(&corpus)), "{error}");
        assert!(
            error.contains("a\\x1b]0;pwned\\x07\\nstorydiff: note forged"),
            "{error}"
        );
    }
    // A file holding several articles names them escaped too.
    let mut json = corpus.root.join(JSON_NAME).into_os_string();
    json.push("#");
    let out = run(&[&os("compare"), &json, &b]);
    assert_output_safe(&out, &corpus, false);
}

#[test]
fn config_warnings_print_no_payload() {
    let corpus = build();
    let explicit = run(&[&os("config"), &os("--config"), corpus.config.as_os_str()]);
    let from_env = run_with(&[&os("config")], Some(&corpus.config));
    let missing_path = corpus.root.join("missing\u{1b}]0;x\u{7}\n.toml");
    let missing = run(&[&os("config"), &os("--config"), missing_path.as_os_str()]);
    for out in [&explicit, &from_env, &missing] {
        assert_output_safe(out, &corpus, false);
        assert!(
            out.stdout.contains("configuration has problems"),
            "{}",
            out.stdout
        );
    }
    assert!(explicit.stderr.lines().count() >= 6, "{}", explicit.stderr);
    assert!(
        explicit.stderr.contains("colors\\x1b]0;pwned\\x07"),
        "{}",
        explicit.stderr
    );
    assert!(
        explicit
            .stderr
            .contains("conf\\x1b]0;pwned\\x07\\nstorydiff: note forged.toml"),
        "{}",
        explicit.stderr
    );
    assert!(
        missing.stderr.contains("missing\\x1b]0;x\\x07\\n.toml"),
        "{}",
        missing.stderr
    );
}

/// Every `--json` printer goes through the escaping writer: a command added
/// later that calls serde_json directly fails here.
#[test]
fn cli_json_goes_through_the_escaping_writer() {
    let cli = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![cli.join("cli.rs")];
    files.extend(
        fs::read_dir(cli.join("cli"))
            .unwrap()
            .map(|entry| entry.unwrap().path()),
    );
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for direct in ["serde_json::to_writer", "serde_json::to_string"] {
            assert!(
                !text.contains(direct),
                "{}: use storydiff::export::json::to_writer_pretty, not {direct}",
                file.display()
            );
        }
    }
}
