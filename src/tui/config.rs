//! The TUI's config file: theme, style overrides, keys and thresholds.
//!
//! The file is TOML, found at `--config PATH`, else at `$STORYDIFF_CONFIG`,
//! else at `config.toml` in the platform's config directory
//! (`~/.config/storydiff/` on Linux). Loading never fails: every problem
//! becomes one warning naming the file, the line and the key, and the
//! default is used for whatever was wrong. `storydiff config
//! --print-default` prints [`default_file`], which documents every setting.

use std::ffi::OsString;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::action::Action;
use super::keymap::{Keymap, action_name};
use super::theme::{self, Role, Theme};
use crate::corpus::files;
use crate::corpus::sanitize::{for_display, for_display_path};

/// Environment variable naming the config file.
pub const ENV_VAR: &str = "STORYDIFF_CONFIG";

/// The top-level keys a config file may have.
const SECTIONS: [&str; 7] = [
    "theme",
    "theme_overrides",
    "keys",
    "thresholds",
    "review",
    "tags",
    "glyphs",
];

/// The most a config file may hold, far above any real one; a FIFO or a
/// device is refused before it is opened.
const CONFIG_LIMIT: u64 = 10 * 1024 * 1024;

/// The most problems reported one by one; the rest are counted in one
/// more warning, so a file of garbage does not bury the screen.
const MAX_WARNINGS: usize = 20;

/// Everything the config file sets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    /// The theme, with any `[theme_overrides]` applied.
    pub theme: Theme,
    /// The default keymap with any `[keys]` applied.
    pub keymap: Keymap,
    /// `[thresholds] align`: the alignment link threshold; `None` uses
    /// [`crate::align::DEFAULT_THRESHOLD`].
    pub align_threshold: Option<f32>,
    /// `[thresholds] stories`: the least similarity for one story; `None`
    /// calibrates it on the corpus.
    pub story_min_similarity: Option<f32>,
    /// `review = "…"`: the review file (notes); `None` uses `--review`,
    /// `STORYDIFF_REVIEW` or the data folder's `review.sqlite3`.
    pub review: Option<std::path::PathBuf>,
    /// `tags = [...]`: the tags the tag picker offers; `None` offers
    /// [`crate::notes::DEFAULT_TAGS`].
    pub tags: Option<Vec<String>>,
    /// `[glyphs]`: how notes, tags and reviewed marks show in the gutter.
    pub glyphs: super::marks::Glyphs,
}

/// One problem in part of a config file, located by its key path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Keys from the part's root to the faulty key; array positions are
    /// written as numbers.
    pub path: Vec<String>,
    /// What is wrong and what is done instead.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new<S: Into<String>>(path: impl IntoIterator<Item = S>, message: String) -> Problem {
        let path = path.into_iter().map(Into::into).collect();
        Problem { path, message }
    }

    /// The same problem, seen from the table that holds `key`.
    pub fn within(mut self, key: &str) -> Problem {
        self.path.insert(0, key.to_owned());
        self
    }
}

impl fmt::Display for Problem {
    /// The message alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Where the config path came from, which decides whether a missing file
/// deserves a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--config PATH`.
    Explicit,
    /// The `STORYDIFF_CONFIG` environment variable.
    Env,
    /// The platform's config directory; the file is optional there.
    DefaultDir,
}

/// The platform's config directory for storydiff, if there is a home.
pub fn default_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "storydiff")?;
    Some(dirs.config_dir().to_path_buf())
}

/// The config file to read: `explicit` > a non-empty `env_value` >
/// `default_dir/config.toml`.
pub fn resolve_path(
    explicit: Option<&Path>,
    env_value: Option<OsString>,
    default_dir: Option<PathBuf>,
) -> Option<(PathBuf, Source)> {
    if let Some(path) = explicit {
        return Some((path.to_path_buf(), Source::Explicit));
    }
    if let Some(value) = env_value.filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(value), Source::Env));
    }
    default_dir.map(|dir| (dir.join("config.toml"), Source::DefaultDir))
}

/// Load the config from `explicit`, `$STORYDIFF_CONFIG` or the default
/// location. Never fails: problems come back as warnings, one per line.
pub fn load(explicit: Option<&Path>) -> (Config, Vec<String>) {
    let env_value = std::env::var_os(ENV_VAR);
    load_resolved(resolve_path(explicit, env_value, default_dir()))
}

/// Load the config file [`resolve_path`] chose, if any.
fn load_resolved(resolved: Option<(PathBuf, Source)>) -> (Config, Vec<String>) {
    let Some((path, source)) = resolved else {
        return (Config::default(), Vec::new());
    };
    let origin = for_display_path(&path).into_owned();
    let error = match files::read_limited(&path, CONFIG_LIMIT) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => return load_from_str(&text, &origin),
            Err(_) => "not UTF-8 text".to_owned(),
        },
        Err(e) if e.is_not_found() && source == Source::DefaultDir => {
            return (Config::default(), Vec::new());
        }
        Err(e) if e.is_not_found() => "file not found".to_owned(),
        Err(e) => e.to_string(),
    };
    let given = match source {
        Source::Explicit => " (given with --config)",
        Source::Env => " (named by STORYDIFF_CONFIG)",
        Source::DefaultDir => "",
    };
    let warning = format!("storydiff: config {origin}{given}: {error}; using the defaults");
    (Config::default(), vec![for_display(&warning).into_owned()])
}

/// Read a config from `text`; `origin` names it in warnings. Never fails.
/// The warnings quote the file (keys, values) and its name escaped, so they
/// are safe to print.
pub fn load_from_str(text: &str, origin: &str) -> (Config, Vec<String>) {
    let (config, warnings) = read_str(text, origin);
    let warnings = warnings
        .iter()
        .map(|warning| for_display(warning).into_owned())
        .collect();
    (config, warnings)
}

/// [`load_from_str`] before escaping.
fn read_str(text: &str, origin: &str) -> (Config, Vec<String>) {
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(error) => {
            return (
                Config::default(),
                vec![syntax_warning(text, origin, &error)],
            );
        }
    };
    let (config, problems) = read_table(&table);
    let spans = DeTable::parse(text).ok();
    let lines = LineStarts::new(text);
    let mut located: Vec<(usize, String)> = problems
        .into_iter()
        .map(|p| (line_of(&lines, spans.as_ref(), &p.path), p.message))
        .collect();
    located.sort_by_key(|(line, _)| *line);
    let unshown = located.len().saturating_sub(MAX_WARNINGS);
    let mut warnings: Vec<String> = located
        .into_iter()
        .take(MAX_WARNINGS)
        .map(|(line, message)| format!("storydiff: config {origin} line {line}: {message}"))
        .collect();
    if unshown > 0 {
        warnings.push(format!(
            "storydiff: config {origin}: … and {unshown} more problems"
        ));
    }
    (config, warnings)
}

/// The one warning for a file that is not valid TOML.
fn syntax_warning(text: &str, origin: &str, error: &toml::de::Error) -> String {
    let lines = LineStarts::new(text);
    let line = error.span().map_or(1, |span| lines.line_at(span.start));
    let message = error.message().trim_end();
    format!(
        "storydiff: config {origin} line {line}: not valid TOML: {message}; using all the defaults"
    )
}

/// The config a parsed file describes, and what was wrong with it.
fn read_table(table: &toml::Table) -> (Config, Vec<Problem>) {
    let mut config = Config::default();
    let mut problems = Vec::new();
    for key in table.keys().filter(|key| !SECTIONS.contains(&key.as_str())) {
        let expected = "theme, theme_overrides, keys, thresholds, review, tags or glyphs";
        let message = format!("unknown setting \"{key}\" (expected {expected}); ignoring it");
        problems.push(Problem::new([key.as_str()], message));
    }
    if let Some(value) = table.get("theme") {
        config.theme = read_theme(value).unwrap_or_else(|p| {
            problems.push(p);
            Theme::default()
        });
    }
    if let Some(value) = table.get("review") {
        match value.as_str().filter(|p| !p.trim().is_empty()) {
            Some(path) => config.review = Some(std::path::PathBuf::from(path)),
            None => problems.push(Problem::new(
                ["review"],
                "review must be the path of a file; using the default review file".to_owned(),
            )),
        }
    }
    if let Some(value) = table.get("tags") {
        match super::marks::read_tags(value) {
            Ok(tags) => config.tags = Some(tags),
            Err(problem) => problems.push(problem),
        }
    }
    if let Some(glyphs) = section(table, "glyphs", &mut problems) {
        config.glyphs = super::marks::read_glyphs(glyphs, &mut problems);
    }
    if let Some(overrides) = section(table, "theme_overrides", &mut problems) {
        let (theme, found) = config.theme.apply_table(overrides);
        config.theme = theme;
        problems.extend(found.into_iter().map(|p| p.within("theme_overrides")));
    }
    if let Some(keys) = section(table, "keys", &mut problems) {
        let (keymap, found) = config.keymap.apply_table(keys);
        config.keymap = keymap;
        problems.extend(found.into_iter().map(|p| p.within("keys")));
    }
    if let Some(thresholds) = section(table, "thresholds", &mut problems) {
        read_thresholds(thresholds, &mut config, &mut problems);
    }
    (config, problems)
}

/// The built-in theme `theme = "…"` names.
fn read_theme(value: &toml::Value) -> Result<Theme, Problem> {
    let expected = "expected dark, light, colorblind or mono";
    let message = match value.as_str() {
        Some(name) => match Theme::builtin(name) {
            Some(theme) => return Ok(theme),
            None => format!("unknown theme \"{name}\" ({expected}); using the default, dark"),
        },
        None => format!("theme must be a string ({expected}); using the default, dark"),
    };
    Err(Problem::new(["theme"], message))
}

/// The table under `name`, if present; anything else there is a problem.
fn section<'a>(
    table: &'a toml::Table,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<&'a toml::Table> {
    let value = table.get(name)?;
    if value.is_table() {
        return value.as_table();
    }
    let message = format!("{name} must be a table, written [{name}]; ignoring it");
    problems.push(Problem::new([name], message));
    None
}

/// `[thresholds] align` and `stories`, each a number from 0 to 1.
fn read_thresholds(table: &toml::Table, config: &mut Config, problems: &mut Vec<Problem>) {
    for (key, value) in table {
        let target = match key.as_str() {
            "align" => &mut config.align_threshold,
            "stories" => &mut config.story_min_similarity,
            _ => {
                let message =
                    format!("unknown threshold \"{key}\" (expected align or stories); ignoring it");
                problems.push(Problem::new(["thresholds", key], message));
                continue;
            }
        };
        let number = match value {
            toml::Value::Float(x) => Some(*x),
            toml::Value::Integer(i) => Some(*i as f64),
            _ => None,
        };
        match number.filter(|x| (0.0..=1.0).contains(x)) {
            Some(x) => *target = Some(x as f32),
            None => {
                let message = format!(
                    "thresholds.{key} = {value} must be a number from 0 to 1; using the default"
                );
                problems.push(Problem::new(["thresholds", key], message));
            }
        }
    }
}

/// Where each line of a text starts, so that finding the line of an offset
/// takes a binary search rather than a scan from the top (a file with
/// 100,000 problems would otherwise be scanned 100,000 times).
struct LineStarts(Vec<usize>);

impl LineStarts {
    /// The line starts of `text`.
    fn new(text: &str) -> LineStarts {
        let after_newlines = text.match_indices('\n').map(|(i, _)| i + 1);
        LineStarts(std::iter::once(0).chain(after_newlines).collect())
    }

    /// The 1-based line of byte `offset`.
    fn line_at(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// The line of the deepest key of `path` that `spans` has; line 1 when
/// not even the first key is found.
fn line_of(lines: &LineStarts, spans: Option<&Spanned<DeTable<'_>>>, path: &[String]) -> usize {
    let Some(spans) = spans else { return 1 };
    let mut found = None;
    let mut value = None;
    for step in path {
        let Some((span, inner)) = child(spans.get_ref(), value, step) else {
            break;
        };
        found = Some(span);
        value = Some(inner.get_ref());
    }
    found.map_or(1, |span| lines.line_at(span.start))
}

/// The entry `step` names inside `value` (or inside `top` when there is no
/// value yet): a table key's span, or an array element's.
fn child<'a, 'i>(
    top: &'a DeTable<'i>,
    value: Option<&'a DeValue<'i>>,
    step: &str,
) -> Option<(Range<usize>, &'a Spanned<DeValue<'i>>)> {
    let entry = |table: &'a DeTable<'i>| table.get_key_value(step).map(|(k, v)| (k.span(), v));
    match value {
        None => entry(top),
        Some(DeValue::Table(table)) => entry(table),
        Some(DeValue::Array(items)) => {
            let item = items.get(step.parse::<usize>().ok()?)?;
            Some((item.span(), item))
        }
        Some(_) => None,
    }
}

/// A config file that changes nothing and documents everything: each
/// setting commented out, with its default value and what it does. This
/// is what `storydiff config --print-default` prints.
pub fn default_file() -> String {
    let mut out = String::from(HEADER);
    out.push_str(&super::marks::default_tags_part());
    out.push_str(&theme_part());
    out.push_str(&keys_part());
    out.push_str(&thresholds_part());
    out.push_str(&super::marks::default_glyphs_part());
    out
}

/// The opening comment of [`default_file`].
const HEADER: &str = "\
# storydiff configuration (TOML).
#
# storydiff reads the first of: the file given with --config PATH, the file
# named by $STORYDIFF_CONFIG, and config.toml in your config directory
# (Linux: ~/.config/storydiff/, macOS: ~/Library/Application Support/storydiff/,
# Windows: %APPDATA%\\storydiff\\config\\). A missing file there is fine.
# Print this file again with `storydiff config --print-default`.
#
# Every setting below is commented out and shows its default. To change one,
# remove the '#' in front of it and in front of its [section] line. Mistakes
# are reported when storydiff starts, and the default is used for whatever
# was wrong.
";

/// Width of the commented-out setting before its inline explanation.
const COMMENT_COLUMN: usize = 36;

/// One commented-out setting with its explanation after it.
fn setting_line(setting: &str, explanation: &str) -> String {
    format!(
        "#{setting:<width$} # {explanation}\n",
        width = COMMENT_COLUMN - 1
    )
}

/// The `theme` setting and `[theme_overrides]`, showing the dark theme.
fn theme_part() -> String {
    let dark = Theme::default();
    let mut out = String::from(
        "\n# Colour theme: dark, light, colorblind (blue and orange, for red-green\n\
         # colour blindness) or mono (no colour: bold, underline and reverse only).\n\
         # Press t in the review to cycle through them.\n",
    );
    out.push_str(&format!("#theme = \"{}\"\n", dark.name()));
    out.push_str(
        "\n# Restyle parts of the chosen theme. Each part takes fg and bg (a colour:\n\
         # \"#rrggbb\", a name such as \"red\" or \"light_blue\", or \"default\" for the\n\
         # terminal's own) and modifiers (a list of bold, dim, italic, underlined,\n\
         # reversed, crossed_out, slow_blink, rapid_blink, hidden). What you leave\n\
         # out keeps the theme's value; a modifiers list replaces the theme's.\n\
         # The values shown are the dark theme's.\n#[theme_overrides]\n",
    );
    for role in Role::ALL {
        let style = theme::style_to_toml(dark.style(role));
        out.push_str(&format!(
            "# {}\n#{} = {style}\n",
            role.describe(),
            role.name()
        ));
    }
    out
}

/// The `[keys]` table, generated from the embedded default keymap.
fn keys_part() -> String {
    let keymap = Keymap::default();
    let mut out = String::from(
        "\n# Keys. An action you list here gets exactly the keys you give it; the\n\
         # others keep theirs, and a key you give one action is taken from the\n\
         # action that had it. A key is a single character (case matters: \"N\" is\n\
         # shift-n) or one of enter, esc, tab, backtab, space, up, down, left,\n\
         # right, home, end, pageup, pagedown, backspace, delete, insert, f1 to\n\
         # f12, with ctrl-, alt- and shift- in front as needed (\"ctrl-d\").\n\
         # Ctrl-c always quits, and quit always keeps at least one key.\n#[keys]\n",
    );
    for action in Action::ALL {
        let keys: Vec<String> = keymap
            .keys(action)
            .iter()
            .map(|key| toml::Value::String(key.to_string()).to_string())
            .collect();
        let setting = format!("{} = [{}]", action_name(action), keys.join(", "));
        out.push_str(&setting_line(&setting, action.describe()));
    }
    out
}

/// The `[thresholds]` table.
fn thresholds_part() -> String {
    let (low, high) = crate::stories::MIN_SIMILARITY_BOUNDS;
    let align = crate::align::DEFAULT_THRESHOLD;
    let stories = crate::stories::FALLBACK_MIN_SIMILARITY;
    format!(
        "\n# Similarity thresholds, each a number from 0 to 1.\n#[thresholds]\n\
         # Least similarity for two passages to be aligned side by side; lower\n\
         # values also pair loosely related passages.\n#align = {align}\n\
         # Least average similarity for articles to count as one story. Unset, it\n\
         # is calibrated on each corpus (between {low} and {high}); set it to fix it.\n\
         #stories = {stories}\n"
    )
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
