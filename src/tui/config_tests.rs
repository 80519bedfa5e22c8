use ratatui::style::Color;

use super::*;

const ORIGIN: &str = "/x/config.toml";

fn load(text: &str) -> (Config, Vec<String>) {
    load_from_str(text, ORIGIN)
}

/// The default file with every commented-out setting switched on.
fn uncommented(text: &str) -> String {
    let lines = text.lines().map(|line| match line.strip_prefix('#') {
        Some(rest) if !rest.is_empty() && !rest.starts_with(' ') => rest,
        _ => line,
    });
    lines.collect::<Vec<_>>().join("\n")
}

#[test]
fn the_default_file_round_trips() {
    let (config, warnings) = load(&default_file());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config, Config::default());
}

#[test]
fn the_default_file_uncommented_sets_the_defaults() {
    let text = uncommented(&default_file());
    assert!(text.contains("\n[keys]\nnext = "), "{text}");
    let (config, warnings) = load(&text);
    assert!(warnings.is_empty(), "{warnings:?}\n{text}");
    assert_eq!(config.theme, Theme::default());
    assert_eq!(config.keymap, Keymap::default());
    assert_eq!(
        config.align_threshold,
        Some(crate::align::DEFAULT_THRESHOLD)
    );
    let stories = crate::stories::FALLBACK_MIN_SIMILARITY;
    assert_eq!(config.story_min_similarity, Some(stories));
}

#[test]
fn the_default_file_lists_every_action_and_role() {
    let text = default_file();
    for action in Action::ALL {
        assert!(
            text.contains(&format!("\n#{} = [", action_name(action))),
            "{action:?}"
        );
    }
    for role in Role::ALL {
        assert!(
            text.contains(&format!("\n#{} = {{", role.name())),
            "{role:?}"
        );
    }
}

#[test]
fn a_valid_file_sets_everything() {
    let text = r##"
        theme = "mono"
        [theme_overrides]
        removed_word = { fg = "#ff8800", modifiers = ["bold", "underlined"] }
        [keys]
        next = ["j", "ctrl-n"]
        [thresholds]
        align = 0.3
        stories = 1
    "##;
    let (config, warnings) = load(text);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.theme.name(), "mono");
    let removed = config.theme.style(Role::RemovedWord);
    assert_eq!(removed.fg, Some(Color::Rgb(0xff, 0x88, 0)));
    assert_eq!(config.keymap.keys_for(Action::Next), ["j", "Ctrl-n"]);
    assert_eq!(config.align_threshold, Some(0.3));
    assert_eq!(config.story_min_similarity, Some(1.0));
}

#[test]
fn a_syntax_error_is_one_warning_with_its_line_and_all_defaults() {
    let (config, warnings) = load("theme = \"mono\"\n\n[keys\nnext = [\"j\"]\n");
    assert_eq!(config, Config::default());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let prefix = format!("storydiff: config {ORIGIN} line 3: not valid TOML");
    assert!(warnings[0].starts_with(&prefix), "{warnings:?}");
    assert!(
        warnings[0].ends_with("; using all the defaults"),
        "{warnings:?}"
    );
}

#[test]
fn an_unknown_theme_names_its_line() {
    let (config, warnings) = load("# mine\n\ntheme = \"neon\"\n[keys]\nswap = [\"X\"]\n");
    let expected = "storydiff: config /x/config.toml line 3: unknown theme \"neon\" \
                    (expected dark, light, colorblind or mono); using the default, dark";
    assert_eq!(warnings, [expected]);
    assert_eq!(config.theme, Theme::default());
    assert_eq!(
        config.keymap.keys_for(Action::Swap),
        ["X"],
        "the rest still applies"
    );
}

#[test]
fn a_bad_key_names_its_line_and_the_key() {
    let (config, warnings) = load("[keys]\nnext = [\"j\",\n  \"ctrl-\"]\nnope = [\"z\"]\n");
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with(&format!("storydiff: config {ORIGIN} line 3: ")));
    assert!(warnings[0].contains("next") && warnings[0].contains("\"ctrl-\""));
    assert!(
        warnings[1].contains("line 4: unknown action \"nope\""),
        "{warnings:?}"
    );
    assert_eq!(config.keymap.keys_for(Action::Next), ["j"]);
}

#[test]
fn a_config_that_empties_quit_is_warned_and_quit_keeps_its_keys() {
    let (config, warnings) = load("[keys]\nquit = []\n");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("line 2: quit: no key would be left to quit with"),
        "{warnings:?}"
    );
    assert_eq!(config.keymap, Keymap::default());
}

#[test]
fn bad_thresholds_keep_their_defaults() {
    let (config, warnings) = load("[thresholds]\nalign = 1.5\nstories = \"high\"\nalign2 = 0.1\n");
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings[0].contains("line 2: thresholds.align = 1.5 must be a number from 0 to 1"));
    assert!(
        warnings[1].contains("line 3: thresholds.stories"),
        "{warnings:?}"
    );
    assert!(
        warnings[2].contains("line 4: unknown threshold \"align2\""),
        "{warnings:?}"
    );
    assert_eq!(config.align_threshold, None);
    assert_eq!(config.story_min_similarity, None);
    let (_, warnings) = load("thresholds = { align = -0.1, stories = nan }");
    assert_eq!(warnings.len(), 2, "{warnings:?}");
}

#[test]
fn unknown_settings_and_misshapen_sections_are_reported() {
    let (config, warnings) = load("colors = {}\nkeys = 3\n\n[thresholds]\nalign = 0.5\n");
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].contains("line 1: unknown setting \"colors\""),
        "{warnings:?}"
    );
    assert!(
        warnings[1].contains("line 2: keys must be a table"),
        "{warnings:?}"
    );
    assert_eq!(config.align_threshold, Some(0.5));
    let (_, warnings) = load("theme = 3");
    assert!(
        warnings[0].contains("line 1: theme must be a string"),
        "{warnings:?}"
    );
}

#[test]
fn a_hundred_thousand_unknown_keys_give_the_first_warnings_and_a_count() {
    let text: String = (0..100_000).map(|i| format!("k{i} = 1\n")).collect();
    let (config, warnings) = load(&text);
    assert_eq!(config, Config::default());
    assert_eq!(warnings.len(), MAX_WARNINGS + 1, "{:?}", &warnings[..3]);
    for (i, warning) in warnings[..MAX_WARNINGS].iter().enumerate() {
        let line = i + 1;
        let expected = format!("line {line}: unknown setting \"k{i}\"");
        assert!(warning.contains(&expected), "{warning}");
    }
    let more = 100_000 - MAX_WARNINGS;
    let last = format!("storydiff: config {ORIGIN}: … and {more} more problems");
    assert_eq!(warnings[MAX_WARNINGS], last);
}

#[test]
fn lines_are_found_from_their_starts() {
    let lines = LineStarts::new("a\nbc\n\nd");
    let found: Vec<usize> = (0..8).map(|offset| lines.line_at(offset)).collect();
    assert_eq!(found, [1, 1, 2, 2, 2, 3, 4, 4]);
    assert_eq!(lines.line_at(100), 4);
}

#[test]
fn theme_override_problems_name_their_line() {
    let text = "[theme_overrides]\nfocus = { bg = \"#303648\" }\ndim = { fg = \"nope\" }\n\
                [theme_overrides.moved]\nmodifiers = [\"bold\",\n \"wobbly\"]\n";
    let (config, warnings) = load(text);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let nope = "line 3: dim.fg: unknown colour \"nope\"";
    assert!(warnings[0].contains(nope), "{warnings:?}");
    let wobbly = "line 5: moved.modifiers: unknown modifier \"wobbly\"";
    assert!(warnings[1].contains(wobbly), "{warnings:?}");
    assert_eq!(
        config.theme.style(Role::Dim),
        Theme::default().style(Role::Dim)
    );
}

#[test]
fn the_path_is_explicit_then_env_then_default_dir() {
    let explicit = Path::new("/a/mine.toml");
    let env = || Some(OsString::from("/b/env.toml"));
    let dir = || Some(PathBuf::from("/c/storydiff"));
    let chosen = resolve_path(Some(explicit), env(), dir());
    assert_eq!(chosen, Some((explicit.to_path_buf(), Source::Explicit)));
    let chosen = resolve_path(None, env(), dir());
    assert_eq!(chosen, Some((PathBuf::from("/b/env.toml"), Source::Env)));
    let chosen = resolve_path(None, Some(OsString::new()), dir());
    let default = PathBuf::from("/c/storydiff/config.toml");
    assert_eq!(chosen, Some((default, Source::DefaultDir)));
    assert_eq!(resolve_path(None, None, None), None);
}

#[test]
fn a_missing_file_warns_unless_it_is_the_default_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("config.toml");
    let (config, warnings) = load_resolved(Some((missing.clone(), Source::DefaultDir)));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config, Config::default());
    let (_, warnings) = load_resolved(Some((missing.clone(), Source::Explicit)));
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("--config") && warnings[0].contains("not found"));
    let (_, warnings) = load_resolved(Some((missing, Source::Env)));
    assert!(warnings[0].contains("STORYDIFF_CONFIG"), "{warnings:?}");
}

#[test]
fn a_folder_given_as_the_config_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (config, warnings) = load_resolved(Some((dir.path().to_path_buf(), Source::Explicit)));
    assert_eq!(config, Config::default());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains(
            "(given with --config): not a regular file (a directory); using the defaults"
        ),
        "{warnings:?}"
    );
}

#[cfg(unix)]
#[test]
fn the_null_device_is_an_empty_config() {
    let null = Some((PathBuf::from("/dev/null"), Source::Env));
    assert_eq!(load_resolved(null), (Config::default(), Vec::new()));
}

#[test]
fn an_explicit_file_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.toml");
    std::fs::write(&path, "theme = \"light\"\ntheme = \"mono\"\n").expect("write");
    let (config, warnings) = super::load(Some(&path));
    assert_eq!(
        config,
        Config::default(),
        "a duplicate key is a syntax error"
    );
    assert!(
        warnings[0].contains(&format!("{} line 2", path.display())),
        "{warnings:?}"
    );
    std::fs::write(&path, "theme = \"light\"\n").expect("write");
    let (config, warnings) = super::load(Some(&path));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.theme.name(), "light");
}

/// Whether `text` could drive a terminal.
fn unsafe_in(text: &str) -> bool {
    text.chars().any(crate::corpus::sanitize::is_unsafe)
}

#[test]
fn warnings_quote_keys_values_and_the_file_name_escaped() {
    let text = "\"col\\u001b]0;pwned\\u0007ors\" = 1\n\
                theme = \"da\\u009b2J\\u202erk\"\n\
                [keys]\n\"qu\\u001bcit\" = [\"q\"]\nquit = [\"\\u001b[31m\"]\n\
                [theme_overrides]\nfocus = { fg = \"\\u001b]52;c;SGk=\\u0007\" }\n\
                [thresholds]\n\"al\\nign\" = 2\nstories = \"\\u2066x\"\n";
    let (_, warnings) = load_from_str(text, "/x/a\u{1b}]0;t\u{7}\nstorydiff: note b.toml");
    assert!(warnings.len() >= 6, "{warnings:?}");
    for warning in &warnings {
        assert!(!unsafe_in(warning), "{warning:?}");
        assert!(
            warning.contains("/x/a\\x1b]0;t\\x07\\nstorydiff: note b.toml"),
            "{warning}"
        );
    }
    let all = warnings.join("\n");
    assert!(all.contains("col\\x1b]0;pwned\\x07ors"), "{all}");
    assert!(all.contains("da\\u{9b}2J\\u{202e}rk"), "{all}");
}

#[test]
fn a_syntax_error_quoting_the_file_is_escaped() {
    let (_, warnings) = load_from_str("theme = \"light\u{1b}]0;x\u{7}\n", ORIGIN);
    assert_eq!(warnings.len(), 1);
    assert!(!unsafe_in(&warnings[0]), "{:?}", warnings[0]);
}

#[cfg(unix)]
#[test]
fn a_missing_file_is_named_escaped() {
    let (_, warnings) = load_resolved(Some((
        PathBuf::from("/no/such/a\u{1b}]0;x\u{7}\n.toml"),
        Source::Explicit,
    )));
    assert!(!unsafe_in(&warnings[0]), "{:?}", warnings[0]);
    assert!(
        warnings[0].contains("a\\x1b]0;x\\x07\\n.toml"),
        "{}",
        warnings[0]
    );
}

#[test]
fn the_coverage_keys_can_be_rebound_like_any_other() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let text = "[keys]\ncoverage = [\"v\"]\nchange_pivot = [\"P\"]\n\
                next_witness = [\"tab\"]\ncolumn_left = [\"h\"]\n";
    let (config, warnings) = load(text);
    assert!(warnings.is_empty(), "{warnings:?}");
    let keymap = &config.keymap;
    let char_key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(keymap.action(&char_key('v')), Some(Action::Coverage));
    assert_eq!(keymap.action(&char_key('c')), None, "c is no longer bound");
    assert_eq!(keymap.keys_for(Action::ChangePivot), ["P"]);
    assert_eq!(keymap.keys_for(Action::NextWitness), ["Tab"]);
    assert_eq!(keymap.keys_for(Action::ColumnLeft), ["h"], "← dropped");
    let untouched = Keymap::default();
    for action in [Action::ColumnRight, Action::PreviousWitness, Action::Next] {
        assert_eq!(keymap.keys(action), untouched.keys(action), "{action:?}");
    }
}

#[test]
fn a_key_taken_from_a_new_action_is_reported() {
    let (config, warnings) = load("[keys]\nswap = [\"s\", \"c\"]\n");
    assert!(config.keymap.keys_for(Action::Coverage).is_empty());
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("\"c\" now triggers swap, so coverage has no key left")),
        "{warnings:?}"
    );
}
