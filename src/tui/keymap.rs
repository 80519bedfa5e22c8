//! Which keys trigger which [`Action`]. The defaults are data, in
//! `assets/keymap.toml`; the config's `[keys]` table replaces the keys of
//! the actions it names and leaves every other action alone.
//!
//! Key strings are single characters (`"j"`, `"N"`: case matters), named
//! keys (`enter`, `esc`, `tab`, `backtab`, `space`, `up`, `down`, `left`,
//! `right`, `home`, `end`, `pageup`, `pagedown`, `backspace`, `delete`,
//! `insert`, `f1`…`f12`) and `ctrl-`, `alt-`, `shift-` prefixes in any
//! combination. Terminals disagree on whether `N` arrives with SHIFT, so
//! SHIFT is folded into the character before keys are compared.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::config::Problem;

/// The default keymap, as shipped.
const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Named keys: the config name, the key, and its label on screen.
const NAMED: [(&str, KeyCode, &str); 16] = [
    ("enter", KeyCode::Enter, "Enter"),
    ("esc", KeyCode::Esc, "Esc"),
    ("tab", KeyCode::Tab, "Tab"),
    ("backtab", KeyCode::BackTab, "Shift-Tab"),
    ("space", KeyCode::Char(' '), "Space"),
    ("up", KeyCode::Up, "↑"),
    ("down", KeyCode::Down, "↓"),
    ("left", KeyCode::Left, "←"),
    ("right", KeyCode::Right, "→"),
    ("home", KeyCode::Home, "Home"),
    ("end", KeyCode::End, "End"),
    ("pageup", KeyCode::PageUp, "PgUp"),
    ("pagedown", KeyCode::PageDown, "PgDn"),
    ("backspace", KeyCode::Backspace, "Backspace"),
    ("delete", KeyCode::Delete, "Del"),
    ("insert", KeyCode::Insert, "Ins"),
];

/// Other spellings accepted for named keys.
const ALIASES: [(&str, &str); 6] = [
    ("escape", "esc"),
    ("return", "enter"),
    ("pgup", "pageup"),
    ("pgdn", "pagedown"),
    ("del", "delete"),
    ("ins", "insert"),
];

/// Modifier prefixes: config spelling, modifier, label on screen.
const PREFIXES: [(&str, KeyModifiers, &str); 3] = [
    ("ctrl", KeyModifiers::CONTROL, "Ctrl-"),
    ("alt", KeyModifiers::ALT, "Alt-"),
    ("shift", KeyModifiers::SHIFT, "Shift-"),
];

/// One key with its modifiers, normalised so that a key parsed from the
/// config and the same key reported by any terminal compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl Key {
    /// A normalised key: SHIFT is folded into characters (`shift-n` is
    /// `N`) and into tab (`shift-tab` is backtab).
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        let shifted = modifiers.contains(KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) if shifted => KeyCode::Char(upper(c)),
            KeyCode::Tab if shifted => KeyCode::BackTab,
            other => other,
        };
        let modifiers = match code {
            KeyCode::Char(_) | KeyCode::BackTab => modifiers - KeyModifiers::SHIFT,
            _ => modifiers,
        };
        Key { code, modifiers }
    }

    /// Ctrl-c, which always quits: a config can add quit keys but not
    /// take this one away or give it to another action.
    pub fn always_quits() -> Key {
        Key::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
    }

    /// The key a terminal event reports.
    pub fn from_event(event: &KeyEvent) -> Key {
        Key::new(event.code, event.modifiers)
    }

    /// A key from its config spelling, e.g. `"ctrl-d"`, `"N"`, `"pagedown"`.
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        while rest.chars().count() > 1 {
            let Some((prefix, tail)) = rest.split_once('-') else {
                break;
            };
            let Some((_, modifier, _)) = PREFIXES
                .iter()
                .find(|(name, _, _)| name.eq_ignore_ascii_case(prefix))
            else {
                break;
            };
            modifiers |= *modifier;
            rest = tail;
        }
        let code = parse_code(rest).ok_or_else(|| match rest {
            "" if text.is_empty() => "empty key".to_owned(),
            "" => format!("key \"{text}\" has a modifier but no key after it"),
            _ => format!(
                "unknown key \"{text}\" (expected a single character, a key name such as \
                 enter, esc, space, up or pagedown, or f1 to f12, after optional \
                 ctrl-, alt- or shift-)"
            ),
        })?;
        Ok(Key::new(code, modifiers))
    }

    /// How the help overlay and status bar show the key: `j`, `↓`,
    /// `Ctrl-d`, `PgDn`, `Enter`.
    pub fn label(&self) -> String {
        self.spell(false)
    }

    /// The key in config syntax (`config`) or as a label for the screen.
    fn spell(&self, config: bool) -> String {
        let prefix: String = PREFIXES
            .iter()
            .filter(|(_, modifier, _)| self.modifiers.contains(*modifier))
            .map(|(name, _, label)| {
                if config {
                    format!("{name}-")
                } else {
                    (*label).to_owned()
                }
            })
            .collect();
        let named = NAMED.iter().find(|(_, code, _)| *code == self.code);
        let code = match (self.code, named) {
            (KeyCode::F(n), _) if config => format!("f{n}"),
            (KeyCode::F(n), _) => format!("F{n}"),
            (_, Some((name, _, _))) if config => (*name).to_owned(),
            (_, Some((_, _, label))) => (*label).to_owned(),
            (KeyCode::Char(c), None) => c.to_string(),
            (other, None) => format!("{other:?}").to_lowercase(),
        };
        format!("{prefix}{code}")
    }
}

impl fmt::Display for Key {
    /// The config spelling, which [`Key::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.spell(true))
    }
}

impl FromStr for Key {
    type Err = String;

    /// Same as [`Key::parse`].
    fn from_str(text: &str) -> Result<Key, String> {
        Key::parse(text)
    }
}

/// The upper-case form of `c` when it is a single character, else `c`.
fn upper(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// A key code from its config name, without modifiers.
fn parse_code(text: &str) -> Option<KeyCode> {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c));
    }
    let lower = text.to_ascii_lowercase();
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map_or(lower.as_str(), |(_, name)| name);
    if let Some((_, code, _)) = NAMED.iter().find(|(named, _, _)| *named == name) {
        return Some(*code);
    }
    let number: u8 = name.strip_prefix('f')?.parse().ok()?;
    (1..=12).contains(&number).then_some(KeyCode::F(number))
}

/// An action's name in the config: its serde name, `next_divergence`.
pub fn action_name(action: Action) -> String {
    match toml::Value::try_from(action) {
        Ok(toml::Value::String(name)) => name,
        _ => format!("{action:?}"),
    }
}

/// The action a config name stands for.
pub fn action_named(name: &str) -> Option<Action> {
    Action::ALL.into_iter().find(|a| action_name(*a) == name)
}

/// The keys bound to each action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// One entry per action, in [`Action::ALL`] order.
    bindings: Vec<(Action, Vec<Key>)>,
}

impl Default for Keymap {
    /// The keymap of `assets/keymap.toml`.
    fn default() -> Self {
        Keymap::embedded().0
    }
}

/// A key a user's table gives to an action, and where it was given.
struct Claim {
    key: Key,
    action: Action,
    path: [String; 2],
}

impl Keymap {
    /// This keymap with the actions named in `table` (`next = ["j",
    /// "ctrl-n"]`) bound to exactly the keys given. Keys they take are
    /// removed from the actions that had them. Unknown actions and
    /// unreadable keys are skipped with a warning naming them.
    pub fn with_overrides(&self, table: &toml::Table) -> (Keymap, Vec<String>) {
        let (map, problems) = self.apply_table(table);
        (map, problems.iter().map(|p| p.to_string()).collect())
    }

    /// The action `event` triggers; key releases trigger nothing.
    pub fn action(&self, event: &KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let key = Key::from_event(event);
        if key == Key::always_quits() {
            return Some(Action::Quit);
        }
        self.bindings
            .iter()
            .find(|(_, keys)| keys.contains(&key))
            .map(|(action, _)| *action)
    }

    /// The keys bound to `action`, as the help overlay and the status bar
    /// show them (escaped: a config file can bind any character).
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        self.keys(action)
            .iter()
            .map(|key| crate::corpus::sanitize::for_display(&key.label()).into_owned())
            .collect()
    }

    /// The keys bound to `action`.
    pub fn keys(&self, action: Action) -> &[Key] {
        self.bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, keys)| keys.as_slice())
    }

    /// The embedded default keymap and any problems found in it.
    pub(crate) fn embedded() -> (Keymap, Vec<Problem>) {
        let table: toml::Table = DEFAULT_KEYMAP
            .parse()
            .expect("assets/keymap.toml is valid TOML (checked by the tests)");
        let empty = Keymap {
            bindings: Action::ALL.iter().map(|a| (*a, Vec::new())).collect(),
        };
        empty.apply_table(&table)
    }

    /// [`Keymap::with_overrides`], with problems located by key path.
    pub(crate) fn apply_table(&self, table: &toml::Table) -> (Keymap, Vec<Problem>) {
        let mut map = self.clone();
        let mut problems = Vec::new();
        let mut claims = HashMap::new();
        for (name, value) in table {
            let Some(action) = action_named(name) else {
                let message = format!(
                    "unknown action \"{name}\"; ignoring it (`storydiff config \
                     --print-default` lists the actions)"
                );
                problems.push(Problem::new([name.as_str()], message));
                continue;
            };
            let Some(keys) = key_list(name, value, &mut problems) else {
                continue;
            };
            let mine = claim(action, keys, &mut claims, &mut problems);
            if let Some((_, bound)) = map.bindings.iter_mut().find(|(a, _)| *a == action) {
                *bound = mine;
            }
        }
        map.release(&claims, &mut problems);
        map.keep_a_way_to_quit(self, &claims, &mut problems);
        (map, problems)
    }

    /// Quit never loses its last key: left none, it keeps the keys it had
    /// before that no other action took. Ctrl-c is always one of them.
    fn keep_a_way_to_quit(
        &mut self,
        before: &Keymap,
        claims: &HashMap<Key, Claim>,
        problems: &mut Vec<Problem>,
    ) {
        let Some((_, keys)) = self.bindings.iter_mut().find(|(a, _)| *a == Action::Quit) else {
            return;
        };
        if keys.is_empty() {
            let free = |key: &&Key| claims.get(*key).is_none_or(|c| c.action == Action::Quit);
            keys.extend(before.keys(Action::Quit).iter().filter(free));
            if !keys.contains(&Key::always_quits()) {
                keys.push(Key::always_quits());
            }
            let kept: Vec<String> = keys.iter().map(|key| format!("\"{key}\"")).collect();
            let message = format!(
                "quit: no key would be left to quit with; keeping {}",
                kept.join(", ")
            );
            problems.push(Problem::new(["quit"], message));
        } else if !keys.contains(&Key::always_quits()) {
            keys.push(Key::always_quits());
        }
    }

    /// Remove claimed keys from the actions that did not claim them.
    fn release(&mut self, claims: &HashMap<Key, Claim>, problems: &mut Vec<Problem>) {
        for (action, keys) in &mut self.bindings {
            let had_keys = !keys.is_empty();
            let mut taken_by = None;
            keys.retain(|key| {
                let claim = claims.get(key).filter(|c| c.action != *action);
                taken_by = claim.or(taken_by);
                claim.is_none()
            });
            if let (true, true, Some(claim)) = (had_keys, keys.is_empty(), taken_by) {
                let message = format!(
                    "{new}: \"{}\" now triggers {new}, so {} has no key left",
                    claim.key,
                    action_name(*action),
                    new = action_name(claim.action),
                );
                problems.push(Problem::new(claim.path.clone(), message));
            }
        }
    }
}

/// The readable keys of one action's list, with their positions. `None`
/// when the value is not a list (or a single string) at all.
fn key_list(
    name: &str,
    value: &toml::Value,
    problems: &mut Vec<Problem>,
) -> Option<Vec<(usize, Key)>> {
    let items: Vec<&toml::Value> = match value {
        toml::Value::Array(items) => items.iter().collect(),
        toml::Value::String(_) => vec![value],
        _ => {
            let message =
                format!("{name}: expected a list of keys such as [\"j\", \"down\"]; ignoring it");
            problems.push(Problem::new([name], message));
            return None;
        }
    };
    let mut keys = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        let path = [name.to_owned(), index.to_string()];
        match item.as_str().map(Key::parse) {
            Some(Ok(key)) => keys.push((index, key)),
            Some(Err(why)) => {
                problems.push(Problem::new(path, format!("{name}: {why}; ignoring it")))
            }
            None => problems.push(Problem::new(
                path,
                format!("{name}: keys must be strings such as \"ctrl-d\"; ignoring this one"),
            )),
        }
    }
    Some(keys)
}

/// Give `keys` to `action` unless an earlier action of the same table
/// already took them; returns the keys `action` gets. Claims are looked up
/// by key, so a list of 100,000 keys costs 100,000 look-ups, not their square.
fn claim(
    action: Action,
    keys: Vec<(usize, Key)>,
    claims: &mut HashMap<Key, Claim>,
    problems: &mut Vec<Problem>,
) -> Vec<Key> {
    let name = action_name(action);
    let mut mine = Vec::new();
    for (index, key) in keys {
        let path = [name.clone(), index.to_string()];
        if key == Key::always_quits() && action != Action::Quit {
            let message = format!("{name}: \"{key}\" always quits; ignoring it here");
            problems.push(Problem::new(path, message));
            continue;
        }
        match claims.get(&key) {
            Some(earlier) if earlier.action != action => {
                let other = action_name(earlier.action);
                let message =
                    format!("{name}: \"{key}\" is already given to {other}; keeping it there");
                problems.push(Problem::new(path, message));
            }
            Some(_) => {}
            None => {
                mine.push(key);
                claims.insert(key, Claim { key, action, path });
            }
        }
    }
    mine
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
