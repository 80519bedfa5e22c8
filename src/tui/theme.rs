//! Colour themes: one [`Style`] per [`Role`] a piece of the screen can play.
//!
//! Four themes are built in: `dark` (the default), `light`, `colorblind`
//! (blue against orange, never red against green alone) and `mono` (no
//! colour at all). In every theme removed and inserted words differ from
//! plain text by a modifier as well as by colour, so the difference survives
//! a monochrome projector or a screenshot printed in black and white:
//! removed words are UNDERLINED, inserted words BOLD (in `mono` also
//! REVERSED). The config's `[theme_overrides]` table can restyle single
//! roles of the chosen theme.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use super::config::Problem;

mod builtin;

use builtin::{colorblind, dark, light, mono};

/// What a piece of the screen means; the theme decides how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Text both articles share word for word.
    Same,
    /// A row whose two passages say the same thing in different words.
    Reworded,
    /// A word only the left passage of a reworded row has.
    RemovedWord,
    /// A word only the right passage of a reworded row has.
    InsertedWord,
    /// A passage only the left article has.
    LeftOnly,
    /// A passage only the right article has.
    RightOnly,
    /// A passage both articles have, at different places.
    Moved,
    /// The selected row or list item.
    Focus,
    /// Secondary text: scores, hints, removed boilerplate.
    Dim,
    /// Titles and column headers.
    Header,
    /// The status bar at the bottom.
    StatusBar,
    /// Text matching the current search.
    SearchMatch,
    /// A Coverage row most of the story's articles carry.
    WidelyCarried,
    /// A Coverage row some (two or more, not most) articles carry.
    PartlyCarried,
    /// A Coverage row only one article carries.
    OneSided,
    /// The focused cell of the Coverage table, inside the focused row.
    FocusCell,
}

impl Role {
    /// Every role, in the order of the theme's style table.
    pub const ALL: [Role; 16] = [
        Role::Same,
        Role::Reworded,
        Role::RemovedWord,
        Role::InsertedWord,
        Role::LeftOnly,
        Role::RightOnly,
        Role::Moved,
        Role::Focus,
        Role::Dim,
        Role::Header,
        Role::StatusBar,
        Role::SearchMatch,
        Role::WidelyCarried,
        Role::PartlyCarried,
        Role::OneSided,
        Role::FocusCell,
    ];

    /// The role's name in the config file (`removed_word`).
    pub fn name(self) -> &'static str {
        match self {
            Role::Same => "same",
            Role::Reworded => "reworded",
            Role::RemovedWord => "removed_word",
            Role::InsertedWord => "inserted_word",
            Role::LeftOnly => "left_only",
            Role::RightOnly => "right_only",
            Role::Moved => "moved",
            Role::Focus => "focus",
            Role::Dim => "dim",
            Role::Header => "header",
            Role::StatusBar => "status_bar",
            Role::SearchMatch => "search_match",
            Role::WidelyCarried => "widely_carried",
            Role::PartlyCarried => "partly_carried",
            Role::OneSided => "one_sided",
            Role::FocusCell => "focus_cell",
        }
    }

    /// What the role marks, for the documented default config.
    pub fn describe(self) -> &'static str {
        match self {
            Role::Same => "text both articles share",
            Role::Reworded => "a passage said in other words",
            Role::RemovedWord => "a word only the left passage has",
            Role::InsertedWord => "a word only the right passage has",
            Role::LeftOnly => "a passage only the left article has",
            Role::RightOnly => "a passage only the right article has",
            Role::Moved => "a passage found at another place",
            Role::Focus => "the selected row",
            Role::Dim => "scores, hints, removed text",
            Role::Header => "titles and column headers",
            Role::StatusBar => "the status bar",
            Role::SearchMatch => "search matches",
            Role::WidelyCarried => "a coverage row most articles carry",
            Role::PartlyCarried => "a coverage row some articles carry",
            Role::OneSided => "a coverage row one article carries",
            Role::FocusCell => "the focused coverage cell",
        }
    }

    /// The role a config name stands for.
    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.name() == name)
    }

    /// Position in [`Role::ALL`] and in a theme's style table.
    fn index(self) -> usize {
        self as usize
    }
}

/// A named set of styles, one per [`Role`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    name: &'static str,
    styles: [Style; Role::ALL.len()],
}

impl Default for Theme {
    /// The `dark` theme.
    fn default() -> Self {
        Theme::from_fn("dark", dark)
    }
}

/// The built-in theme names, in the order `t` cycles through them.
pub fn names() -> &'static [&'static str] {
    &["dark", "light", "colorblind", "mono"]
}

impl Theme {
    /// The built-in theme called `name`, if there is one.
    pub fn builtin(name: &str) -> Option<Theme> {
        let styles: fn(Role) -> Style = match name {
            "dark" => dark,
            "light" => light,
            "colorblind" => colorblind,
            "mono" => mono,
            _ => return None,
        };
        let name = names().iter().find(|known| **known == name)?;
        Some(Theme::from_fn(name, styles))
    }

    /// The theme's name: the built-in theme it is based on.
    pub fn name(&self) -> &str {
        self.name
    }

    /// How text playing `role` looks.
    pub fn style(&self, role: Role) -> Style {
        self.styles[role.index()]
    }

    /// The theme's own foreground and background, for every cell drawn
    /// without one: set by `light`, so it reads on a dark terminal too;
    /// empty (the terminal's colours) in the others.
    pub fn canvas(&self) -> Style {
        match self.name {
            "light" => Style::new()
                .fg(Color::Rgb(25, 25, 30))
                .bg(Color::Rgb(250, 250, 246)),
            _ => Style::new(),
        }
    }

    /// The next built-in theme in [`names`] order, wrapping around. Config
    /// overrides belong to the theme they were applied to and are dropped.
    pub fn next(&self) -> Theme {
        let all = names();
        let here = all.iter().position(|n| *n == self.name).unwrap_or(0);
        Theme::builtin(all[(here + 1) % all.len()]).unwrap_or_default()
    }

    /// This theme with the roles in `table` restyled, e.g.
    /// `removed_word = { fg = "#ff8800", modifiers = ["bold", "underlined"] }`.
    /// Problems are returned as warnings and the faulty part is skipped.
    pub fn with_overrides(&self, table: &toml::Table) -> (Theme, Vec<String>) {
        let (theme, problems) = self.apply_table(table);
        let warnings = problems.iter().map(|p| p.to_string()).collect();
        (theme, warnings)
    }

    /// [`Theme::with_overrides`], with problems located by key path.
    pub(crate) fn apply_table(&self, table: &toml::Table) -> (Theme, Vec<Problem>) {
        let mut theme = self.clone();
        let mut problems = Vec::new();
        for (name, value) in table {
            let Some(role) = Role::from_name(name) else {
                let expected = Role::ALL.map(Role::name).join(", ");
                let message = format!("unknown role \"{name}\" (expected {expected}); ignoring it");
                problems.push(Problem::new([name.as_str()], message));
                continue;
            };
            let Some(fields) = value.as_table() else {
                let message =
                    format!("{name} must be a table like {{ fg = \"red\" }}; ignoring it");
                problems.push(Problem::new([name.as_str()], message));
                continue;
            };
            let style = &mut theme.styles[role.index()];
            for problem in restyle(style, name, fields) {
                problems.push(problem.within(name));
            }
        }
        (theme, problems)
    }

    /// A theme whose styles come from `styles`, role by role.
    fn from_fn(name: &'static str, styles: fn(Role) -> Style) -> Theme {
        Theme {
            name,
            styles: Role::ALL.map(styles),
        }
    }
}

/// Apply the `{ fg, bg, modifiers }` table of the role called `role` to `style`.
fn restyle(style: &mut Style, role: &str, fields: &toml::Table) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (key, value) in fields {
        let result = match key.as_str() {
            "fg" => color_value(value).map(|c| style.fg = Some(c)),
            "bg" => color_value(value).map(|c| style.bg = Some(c)),
            "modifiers" => modifiers_value(value).map(|m| {
                style.add_modifier = m;
                style.sub_modifier = Modifier::empty();
            }),
            _ => Err(format!(
                "unknown style key \"{key}\" (expected fg, bg or modifiers)"
            )),
        };
        if let Err(message) = result {
            let message = format!("{role}.{key}: {message}; ignoring it");
            problems.push(Problem::new([key.as_str()], message));
        }
    }
    problems
}

/// A colour from a config value.
fn color_value(value: &toml::Value) -> Result<Color, String> {
    let text = value.as_str().ok_or("a colour must be a string")?;
    parse_color(text)
}

/// A colour from `#rrggbb`, a name such as `red` or `light_blue`, or
/// `default` (the terminal's own colour).
pub fn parse_color(text: &str) -> Result<Color, String> {
    let valid_hex = text.len() == 7 && text[1..].chars().all(|c| c.is_ascii_hexdigit());
    match text {
        "default" => Ok(Color::Reset),
        hex if hex.starts_with('#') && !valid_hex => Err(format!(
            "colour \"{text}\" must have six hex digits, like \"#ff8800\""
        )),
        _ => Color::from_str(text).map_err(|_| {
            format!(
                "unknown colour \"{text}\" (expected \"#rrggbb\", a name such as \
                 \"red\" or \"light_blue\", or \"default\")"
            )
        }),
    }
}

/// Modifier names as the config writes them.
const MODIFIERS: [(&str, Modifier); 9] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("crossed_out", Modifier::CROSSED_OUT),
    ("slow_blink", Modifier::SLOW_BLINK),
    ("rapid_blink", Modifier::RAPID_BLINK),
    ("hidden", Modifier::HIDDEN),
];

/// A modifier set from a config list of names.
fn modifiers_value(value: &toml::Value) -> Result<Modifier, String> {
    let names = value
        .as_array()
        .ok_or("modifiers must be a list such as [\"bold\", \"underlined\"]")?;
    let mut modifiers = Modifier::empty();
    for name in names {
        let name = name.as_str().ok_or("modifier names must be strings")?;
        let (_, modifier) = MODIFIERS
            .iter()
            .find(|(known, _)| *known == name)
            .ok_or_else(|| {
                let expected = MODIFIERS.map(|(n, _)| n).join(", ");
                format!("unknown modifier \"{name}\" (expected {expected})")
            })?;
        modifiers |= *modifier;
    }
    Ok(modifiers)
}

/// A style as a TOML inline table that [`Theme::with_overrides`] reads back.
pub(crate) fn style_to_toml(style: Style) -> String {
    let mut fields = Vec::new();
    for (key, color) in [("fg", style.fg), ("bg", style.bg)] {
        if let Some(color) = color {
            fields.push(format!("{key} = \"{}\"", color_name(color)));
        }
    }
    let modifiers: Vec<String> = MODIFIERS
        .iter()
        .filter(|(_, m)| style.add_modifier.contains(*m))
        .map(|(name, _)| format!("\"{name}\""))
        .collect();
    if !modifiers.is_empty() {
        fields.push(format!("modifiers = [{}]", modifiers.join(", ")));
    }
    if fields.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{ {} }}", fields.join(", "))
    }
}

/// A colour as [`parse_color`] reads it back.
fn color_name(color: Color) -> String {
    match color {
        Color::Reset => "default".to_owned(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        named => named.to_string(),
    }
}

#[cfg(test)]
#[path = "theme_tests.rs"]
mod tests;
