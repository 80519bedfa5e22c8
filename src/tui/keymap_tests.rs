use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::*;

fn table(text: &str) -> toml::Table {
    text.parse().expect("test TOML is valid")
}

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn char_key(c: char) -> KeyEvent {
    press(KeyCode::Char(c), KeyModifiers::NONE)
}

fn key(text: &str) -> Key {
    Key::parse(text).expect("test key parses")
}

#[test]
fn defaults_parse_without_problems() {
    let (keymap, problems) = Keymap::embedded();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(keymap, Keymap::default());
}

#[test]
fn every_action_has_a_default_key_and_no_key_is_bound_twice() {
    let keymap = Keymap::default();
    let mut seen = Vec::new();
    for action in Action::ALL {
        let keys = keymap.keys(action);
        assert!(!keys.is_empty(), "{action:?} has no default key");
        for key in keys {
            assert!(!seen.contains(key), "{key} is bound twice");
            seen.push(*key);
        }
    }
}

#[test]
fn action_names_are_the_serde_names() {
    assert_eq!(action_name(Action::NextDivergence), "next_divergence");
    assert_eq!(action_name(Action::CycleTheme), "cycle_theme");
    for action in Action::ALL {
        assert_eq!(action_named(&action_name(action)), Some(action));
    }
    assert_eq!(action_named("nxt"), None);
}

#[test]
fn default_keys_trigger_their_actions() {
    let keymap = Keymap::default();
    assert_eq!(keymap.action(&char_key('j')), Some(Action::Next));
    assert_eq!(
        keymap.action(&press(KeyCode::Down, KeyModifiers::NONE)),
        Some(Action::Next)
    );
    let ctrl_d = press(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(keymap.action(&ctrl_d), Some(Action::HalfPageDown));
    assert_eq!(keymap.action(&char_key('D')), None);
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(keymap.action(&ctrl_c), Some(Action::Quit));
    assert_eq!(
        keymap.action(&press(KeyCode::Enter, KeyModifiers::NONE)),
        Some(Action::Confirm)
    );
}

#[test]
fn shift_is_folded_into_characters() {
    let keymap = Keymap::default();
    let with_shift = press(KeyCode::Char('N'), KeyModifiers::SHIFT);
    let without = char_key('N');
    let lower_with_shift = press(KeyCode::Char('n'), KeyModifiers::SHIFT);
    for event in [with_shift, without, lower_with_shift] {
        assert_eq!(
            keymap.action(&event),
            Some(Action::PreviousDivergence),
            "{event:?}"
        );
    }
    assert_eq!(keymap.action(&char_key('n')), Some(Action::NextDivergence));
    assert_eq!(key("shift-n"), key("N"));
    assert_eq!(key("shift-tab"), key("backtab"));
    let back_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(Key::from_event(&back_tab), key("backtab"));
    assert_ne!(key("shift-up"), key("up"));
}

#[test]
fn releases_are_ignored_and_repeats_accepted() {
    let keymap = Keymap::default();
    let mut event = char_key('j');
    event.kind = KeyEventKind::Repeat;
    assert_eq!(keymap.action(&event), Some(Action::Next));
    event.kind = KeyEventKind::Release;
    assert_eq!(keymap.action(&event), None);
}

#[test]
fn key_strings_parse() {
    let cases = [
        ("j", KeyCode::Char('j'), KeyModifiers::NONE),
        ("-", KeyCode::Char('-'), KeyModifiers::NONE),
        ("ctrl--", KeyCode::Char('-'), KeyModifiers::CONTROL),
        ("Ctrl-D", KeyCode::Char('D'), KeyModifiers::CONTROL),
        (
            "alt-shift-up",
            KeyCode::Up,
            KeyModifiers::ALT.union(KeyModifiers::SHIFT),
        ),
        (
            "ctrl-alt-x",
            KeyCode::Char('x'),
            KeyModifiers::CONTROL.union(KeyModifiers::ALT),
        ),
        ("space", KeyCode::Char(' '), KeyModifiers::NONE),
        ("PageDown", KeyCode::PageDown, KeyModifiers::NONE),
        ("escape", KeyCode::Esc, KeyModifiers::NONE),
        ("f1", KeyCode::F(1), KeyModifiers::NONE),
        ("f12", KeyCode::F(12), KeyModifiers::NONE),
    ];
    for (text, code, modifiers) in cases {
        assert_eq!(Key::parse(text), Ok(Key { code, modifiers }), "{text}");
    }
    for bad in ["", "ctrl-", "f13", "f0", "jj", "hyper-x", "enterr"] {
        assert!(Key::parse(bad).is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn keys_print_back_in_config_syntax() {
    for text in [
        "j",
        "N",
        "ctrl-d",
        "alt-shift-up",
        "space",
        "backtab",
        "f5",
        "ctrl--",
        "?",
    ] {
        assert_eq!(key(text).to_string(), text);
        assert_eq!(key(text).to_string().parse::<Key>(), Ok(key(text)));
    }
}

#[test]
fn display_names_for_help() {
    let cases = [
        ("j", "j"),
        ("down", "↓"),
        ("ctrl-d", "Ctrl-d"),
        ("pagedown", "PgDn"),
        ("pageup", "PgUp"),
        ("home", "Home"),
        ("enter", "Enter"),
        ("esc", "Esc"),
        ("?", "?"),
        ("N", "N"),
        ("backtab", "Shift-Tab"),
        ("alt-f2", "Alt-F2"),
    ];
    for (text, label) in cases {
        assert_eq!(key(text).label(), label, "{text}");
    }
    let keymap = Keymap::default();
    assert_eq!(keymap.keys_for(Action::Next), ["j", "↓"]);
    assert_eq!(keymap.keys_for(Action::HalfPageDown), ["Ctrl-d"]);
    assert_eq!(keymap.keys_for(Action::Quit), ["q", "Ctrl-c"]);
}

#[test]
fn overrides_change_only_the_named_actions() {
    let defaults = Keymap::default();
    let (keymap, warnings) = defaults.with_overrides(&table(r#"next = ["j", "ctrl-n"]"#));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(keymap.keys_for(Action::Next), ["j", "Ctrl-n"]);
    let down = press(KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(keymap.action(&down), None);
    for action in Action::ALL.into_iter().filter(|a| *a != Action::Next) {
        assert_eq!(keymap.keys(action), defaults.keys(action), "{action:?}");
    }
}

#[test]
fn keys_bound_to_control_characters_are_shown_escaped() {
    let (keymap, _) =
        Keymap::default().with_overrides(&table("next = [\"\\u202e\", \"\\u009b\", \"j\"]"));
    let shown = keymap.keys_for(Action::Next);
    assert!(
        shown
            .iter()
            .all(|k| !k.chars().any(crate::corpus::sanitize::is_unsafe)),
        "{shown:?}"
    );
    assert!(shown.contains(&"j".to_string()), "{shown:?}");
    assert!(shown.contains(&"\\u{202e}".to_string()), "{shown:?}");
}

#[test]
fn a_user_key_is_taken_from_the_default_action() {
    let (keymap, _) = Keymap::default().with_overrides(&table(r#"swap = ["s", "n"]"#));
    assert_eq!(keymap.action(&char_key('n')), Some(Action::Swap));
    assert!(keymap.keys(Action::NextDivergence).is_empty());
    let (keymap, warnings) = Keymap::default().with_overrides(&table(r#"swap = ["s", "j"]"#));
    assert_eq!(keymap.keys_for(Action::Next), ["↓"]);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn emptying_an_action_by_taking_its_keys_is_reported() {
    let (_, problems) = Keymap::default().apply_table(&table(r#"swap = ["s", "n"]"#));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, ["swap", "1"]);
    assert!(
        problems[0]
            .message
            .contains("next_divergence has no key left")
    );
    let (keymap, problems) = Keymap::default().apply_table(&table("help = []"));
    assert!(problems.is_empty(), "an explicit empty list is deliberate");
    assert!(keymap.keys(Action::Help).is_empty());
}

#[test]
fn one_key_for_two_user_actions_stays_with_the_first() {
    let text = "next = [\"X\"]\nprevious = [\"X\", \"k\"]";
    let (keymap, problems) = Keymap::default().apply_table(&table(text));
    assert_eq!(keymap.action(&char_key('X')), Some(Action::Next));
    assert_eq!(keymap.keys_for(Action::Previous), ["k"]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, ["previous", "0"]);
}

#[test]
fn bad_entries_are_warnings_and_skipped() {
    let text = r#"
        nxt = ["j"]
        next = ["ctrl-", "j", 3]
        previous = 5
        search = "f3"
    "#;
    let (keymap, problems) = Keymap::default().apply_table(&table(text));
    let paths: Vec<String> = problems.iter().map(|p| p.path.join(".")).collect();
    assert_eq!(paths.len(), 4, "{problems:?}");
    for expected in ["nxt", "next.0", "next.2", "previous"] {
        assert!(paths.contains(&expected.to_owned()), "{paths:?}");
    }
    assert!(problems.iter().any(|p| p.message.contains("\"nxt\"")));
    assert!(problems.iter().any(|p| p.message.contains("\"ctrl-\"")));
    assert_eq!(keymap.keys_for(Action::Next), ["j"]);
    assert_eq!(
        keymap.keys(Action::Previous),
        Keymap::default().keys(Action::Previous)
    );
    assert_eq!(keymap.keys_for(Action::Search), ["F3"]);
}

#[test]
fn a_hundred_thousand_keys_are_each_given_once() {
    let keys: Vec<String> = (0x10000..0x10000 + 100_000)
        .filter_map(char::from_u32)
        .map(|c| toml::Value::String(c.to_string()).to_string())
        .collect();
    assert_eq!(keys.len(), 100_000);
    let list = keys.join(", ");
    let text = format!("next = [{list}]\nprevious = [{list}]");
    let (keymap, problems) = Keymap::default().apply_table(&table(&text));
    assert_eq!(keymap.keys(Action::Next).len(), 100_000);
    assert!(keymap.keys(Action::Previous).is_empty());
    assert_eq!(
        problems.len(),
        100_000,
        "each of previous's keys stays with next"
    );
    assert_eq!(problems[99_999].path, ["previous", "99999"]);
}

#[test]
fn ctrl_c_quits_whatever_the_config_says() {
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let (keymap, problems) = Keymap::default().apply_table(&table(r#"quit = ["X"]"#));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(keymap.action(&ctrl_c), Some(Action::Quit));
    assert_eq!(
        keymap.keys_for(Action::Quit),
        ["X", "Ctrl-c"],
        "help shows it"
    );
    let (keymap, problems) = Keymap::default().apply_table(&table(r#"next = ["j", "ctrl-c"]"#));
    assert_eq!(keymap.action(&ctrl_c), Some(Action::Quit));
    assert_eq!(keymap.keys_for(Action::Next), ["j"]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, ["next", "1"]);
    assert!(problems[0].message.contains("\"ctrl-c\" always quits"));
}

#[test]
fn quit_is_never_left_without_a_key() {
    let defaults = Keymap::default();
    let (keymap, problems) = defaults.apply_table(&table("quit = []"));
    assert_eq!(keymap.keys(Action::Quit), defaults.keys(Action::Quit));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, ["quit"]);
    let message = "quit: no key would be left to quit with; keeping \"q\", \"ctrl-c\"";
    assert_eq!(problems[0].message, message);

    // j stays with next, the first to ask for it: quit keeps its own keys.
    let (keymap, problems) = defaults.apply_table(&table("next = [\"j\"]\nquit = [\"j\"]"));
    assert_eq!(keymap.action(&char_key('j')), Some(Action::Next));
    assert_eq!(keymap.keys_for(Action::Quit), ["q", "Ctrl-c"]);
    let paths: Vec<String> = problems.iter().map(|p| p.path.join(".")).collect();
    assert_eq!(paths, ["quit.0", "quit"], "{problems:?}");

    // A default key given to another action is not taken back.
    let (keymap, _) = defaults.apply_table(&table("search = [\"q\"]\nquit = []"));
    assert_eq!(keymap.action(&char_key('q')), Some(Action::Search));
    assert_eq!(keymap.keys_for(Action::Quit), ["Ctrl-c"]);
}
