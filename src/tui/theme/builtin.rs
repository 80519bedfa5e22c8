//! The built-in themes' styles, role by role.

use ratatui::style::{Color, Style};

use super::Role;

/// Shorthand for a 24-bit colour.
const fn rgb(r: u8, g: u8, b: u8) -> Color {
    Color::Rgb(r, g, b)
}

/// The default theme, for dark terminal backgrounds.
pub(super) fn dark(role: Role) -> Style {
    let s = Style::new();
    match role {
        Role::Same => s,
        Role::Reworded => s.fg(rgb(229, 192, 123)),
        Role::RemovedWord => s.fg(rgb(255, 154, 154)).bg(rgb(90, 30, 30)).underlined(),
        Role::InsertedWord => s.fg(rgb(160, 240, 160)).bg(rgb(25, 80, 35)).bold(),
        Role::LeftOnly => s.fg(rgb(240, 150, 130)),
        Role::RightOnly => s.fg(rgb(140, 210, 140)),
        Role::Moved => s.fg(rgb(120, 190, 255)).italic(),
        Role::Focus => s.bg(rgb(48, 54, 72)),
        Role::Dim => s.fg(rgb(125, 125, 125)),
        Role::Header => s.fg(rgb(170, 190, 255)).bold(),
        Role::StatusBar => s.fg(rgb(220, 220, 220)).bg(rgb(45, 45, 60)),
        Role::SearchMatch => s.fg(rgb(0, 0, 0)).bg(rgb(230, 200, 60)).bold(),
        Role::WidelyCarried => s.bg(rgb(30, 64, 44)).bold(),
        Role::PartlyCarried => s.bg(rgb(34, 44, 38)),
        Role::OneSided => s.fg(rgb(135, 135, 135)),
        Role::FocusCell => s.bg(rgb(95, 105, 150)).bold().underlined(),
    }
}

/// For light terminal backgrounds.
pub(super) fn light(role: Role) -> Style {
    let s = Style::new();
    match role {
        Role::Same => s,
        Role::Reworded => s.fg(rgb(140, 90, 0)),
        Role::RemovedWord => s.fg(rgb(160, 0, 0)).bg(rgb(255, 215, 215)).underlined(),
        Role::InsertedWord => s.fg(rgb(0, 110, 30)).bg(rgb(210, 245, 210)).bold(),
        Role::LeftOnly => s.fg(rgb(170, 50, 30)),
        Role::RightOnly => s.fg(rgb(20, 120, 40)),
        Role::Moved => s.fg(rgb(0, 90, 180)).italic(),
        Role::Focus => s.bg(rgb(220, 228, 245)),
        Role::Dim => s.fg(rgb(130, 130, 130)),
        Role::Header => s.fg(rgb(30, 50, 140)).bold(),
        Role::StatusBar => s.fg(rgb(30, 30, 30)).bg(rgb(215, 215, 225)),
        Role::SearchMatch => s.fg(rgb(0, 0, 0)).bg(rgb(255, 225, 90)).bold(),
        Role::WidelyCarried => s.bg(rgb(196, 232, 202)).bold(),
        Role::PartlyCarried => s.bg(rgb(230, 243, 231)),
        Role::OneSided => s.fg(rgb(125, 125, 125)),
        Role::FocusCell => s.bg(rgb(160, 180, 230)).bold().underlined(),
    }
}

/// For dark backgrounds, from the Okabe–Ito palette: orange for what only
/// the left article has, sky blue for what only the right one has.
pub(super) fn colorblind(role: Role) -> Style {
    let (orange, sky_blue) = (rgb(230, 159, 0), rgb(86, 180, 233));
    let s = Style::new();
    match role {
        Role::Same => s,
        Role::Reworded => s.fg(rgb(240, 228, 66)),
        Role::RemovedWord => s.fg(orange).bg(rgb(70, 45, 0)).underlined(),
        Role::InsertedWord => s.fg(sky_blue).bg(rgb(0, 45, 80)).bold(),
        Role::LeftOnly => s.fg(orange),
        Role::RightOnly => s.fg(sky_blue),
        Role::Moved => s.fg(rgb(204, 121, 167)).italic(),
        Role::Focus => s.bg(rgb(48, 54, 72)),
        Role::Dim => s.fg(rgb(125, 125, 125)),
        Role::Header => s.fg(rgb(240, 240, 240)).bold(),
        Role::StatusBar => s.fg(rgb(220, 220, 220)).bg(rgb(45, 45, 60)),
        Role::SearchMatch => s.fg(rgb(0, 0, 0)).bg(rgb(240, 228, 66)).bold(),
        Role::WidelyCarried => s.bg(rgb(0, 62, 104)).bold(),
        Role::PartlyCarried => s.bg(rgb(22, 40, 58)),
        Role::OneSided => s.fg(rgb(135, 135, 135)),
        Role::FocusCell => s.bg(rgb(110, 90, 20)).bold().underlined(),
    }
}

/// No colour at all, not even `Reset`: meaning is carried by modifiers
/// only, for monochrome terminals, projectors and `NO_COLOR` users. The
/// Coverage rows are bold when most articles carry them, plain when some
/// do, dim when one does (and the row's count says how many).
pub(super) fn mono(role: Role) -> Style {
    let s = Style::new();
    match role {
        Role::Same | Role::Reworded => s,
        Role::RemovedWord => s.underlined(),
        Role::InsertedWord => s.bold().reversed(),
        Role::LeftOnly | Role::RightOnly => s.bold(),
        Role::Moved => s.italic().bold(),
        Role::Focus => s.reversed(),
        Role::Dim => s.dim(),
        Role::Header => s.bold().underlined(),
        Role::StatusBar => s.reversed(),
        Role::SearchMatch => s.reversed().underlined(),
        Role::WidelyCarried => s.bold(),
        Role::PartlyCarried => s,
        Role::OneSided => s.dim(),
        // Not reversed: a gap in the reversed focus row.
        Role::FocusCell => s.bold().underlined(),
    }
}
