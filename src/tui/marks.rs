//! How review marks look and which tags are offered: the gutter glyphs
//! (`[glyphs]` in the config) and the tag list (`tags = [...]`).

use super::config::Problem;
use crate::notes::DEFAULT_TAGS;
use crate::tui::review::NoteAt;

/// The gutter glyphs of a row with a note, tags or a reviewed mark. The
/// defaults read without colour; ASCII fallbacks can be configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glyphs {
    /// A note with text.
    pub note: String,
    /// Reviewed.
    pub reviewed: String,
    /// Tagged.
    pub tags: String,
    /// A Compare row whose two sides share a passage word for word.
    pub copy: String,
    /// A story on a thread's timeline (Stories screen).
    pub timeline: String,
    /// The selected story on the timeline.
    pub timeline_selected: String,
    /// The timeline's line where no story falls.
    pub timeline_line: String,
}

impl Default for Glyphs {
    fn default() -> Self {
        Glyphs {
            note: "✎".to_owned(),
            reviewed: "✓".to_owned(),
            tags: "#".to_owned(),
            copy: "≡".to_owned(),
            timeline: "●".to_owned(),
            timeline_selected: "◆".to_owned(),
            timeline_line: "─".to_owned(),
        }
    }
}

impl Glyphs {
    /// Two gutter columns for `notes`: note or tags first, reviewed second.
    pub fn of<'a>(&self, notes: impl IntoIterator<Item = &'a NoteAt>) -> String {
        let (mut text, mut tags, mut reviewed) = (false, false, false);
        for n in notes {
            text |= !n.note.text.trim().is_empty();
            tags |= !n.note.tags.is_empty();
            reviewed |= n.note.reviewed;
        }
        let first = match (text, tags) {
            (true, _) => self.note.as_str(),
            (false, true) => self.tags.as_str(),
            _ => " ",
        };
        let second = if reviewed {
            self.reviewed.as_str()
        } else {
            " "
        };
        format!("{first}{second}")
    }
}

/// The tags offered when the config names none.
pub fn default_tags() -> Vec<String> {
    DEFAULT_TAGS.iter().map(|t| (*t).to_owned()).collect()
}

/// `tags = ["omission", ...]`: non-empty strings, kept in order, no repeats.
pub fn read_tags(value: &toml::Value) -> Result<Vec<String>, Problem> {
    let wrong = || {
        let message = "tags must be a list of words such as [\"omission\", \"verify\"]; \
                       using the default tags"
            .to_owned();
        Problem::new(["tags"], message)
    };
    let items = value.as_array().ok_or_else(wrong)?;
    let mut tags: Vec<String> = Vec::new();
    for item in items {
        let tag = item.as_str().map(str::trim).filter(|t| !t.is_empty());
        let tag = tag.ok_or_else(wrong)?;
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    Ok(tags)
}

/// `[glyphs] note = "*"`, `reviewed = "v"`, `tags = "#"`: one character each.
pub fn read_glyphs(table: &toml::Table, problems: &mut Vec<Problem>) -> Glyphs {
    let mut glyphs = Glyphs::default();
    for (key, value) in table {
        let slot = match key.as_str() {
            "note" => &mut glyphs.note,
            "reviewed" => &mut glyphs.reviewed,
            "tags" => &mut glyphs.tags,
            "copy" => &mut glyphs.copy,
            "timeline" => &mut glyphs.timeline,
            "timeline_selected" => &mut glyphs.timeline_selected,
            "timeline_line" => &mut glyphs.timeline_line,
            _ => {
                let message = format!(
                    "unknown glyph \"{key}\" (expected note, reviewed, tags, copy, timeline, \
                     timeline_selected or timeline_line); ignoring it"
                );
                problems.push(Problem::new(["glyphs", key], message));
                continue;
            }
        };
        // One character one cell wide: the gutter and the timeline are
        // laid out a cell per glyph.
        let one = value.as_str().filter(|s| {
            let shown = crate::corpus::sanitize::for_display(s);
            s.chars().count() == 1 && shown == *s && unicode_width::UnicodeWidthStr::width(*s) == 1
        });
        match one {
            Some(glyph) => *slot = glyph.to_owned(),
            None => {
                let message = format!(
                    "glyphs.{key} must be one printable character one cell wide; using the default"
                );
                problems.push(Problem::new(["glyphs", key], message));
            }
        }
    }
    glyphs
}

/// The key of each tag in the picker: 1–9 for the first nine, then each
/// tag's first letter not taken yet.
pub fn tag_keys(tags: &[String]) -> Vec<Option<char>> {
    let mut taken: Vec<char> = Vec::new();
    tags.iter()
        .enumerate()
        .map(|(i, tag)| {
            let key = if i < 9 {
                char::from_digit(i as u32 + 1, 10)
            } else {
                tag.chars()
                    .filter(|c| c.is_alphanumeric())
                    .find(|c| !taken.contains(c))
            };
            taken.extend(key);
            key
        })
        .collect()
}

/// The `tags` line of the documented default config file (top level, so
/// it comes before any table).
pub fn default_tags_part() -> String {
    let tags: Vec<String> = default_tags().iter().map(|t| format!("\"{t}\"")).collect();
    format!(
        "\n# The tags the review's tag picker (T) offers, each with its own key.\n#tags = [{}]\n",
        tags.join(", ")
    )
}

/// The `[glyphs]` table of the documented default config file.
pub fn default_glyphs_part() -> String {
    let glyphs = Glyphs::default();
    format!(
        "\n# Gutter marks of rows with a note, tags or a reviewed mark; one\n\
         # character each, e.g. note = \"*\", reviewed = \"v\" where these do not show.\n\
         # copy marks a Compare row copied word for word (e.g. copy = \"=\");\n\
         # timeline* draw a thread's timeline on the Stories screen (e.g. \"o\", \"@\", \"-\").\n\
         #[glyphs]\n#note = \"{}\"\n#reviewed = \"{}\"\n#tags = \"{}\"\n#copy = \"{}\"\n\
         #timeline = \"{}\"\n#timeline_selected = \"{}\"\n#timeline_line = \"{}\"\n",
        glyphs.note,
        glyphs.reviewed,
        glyphs.tags,
        glyphs.copy,
        glyphs.timeline,
        glyphs.timeline_selected,
        glyphs.timeline_line
    )
}
