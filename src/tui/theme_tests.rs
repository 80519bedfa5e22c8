use ratatui::style::{Color, Modifier, Style};

use super::*;

fn builtins() -> Vec<Theme> {
    names()
        .iter()
        .map(|name| Theme::builtin(name).expect("every listed name is built in"))
        .collect()
}

fn table(text: &str) -> toml::Table {
    text.parse().expect("test TOML is valid")
}

#[test]
fn roles_are_listed_in_index_order_with_unique_names() {
    for (i, role) in Role::ALL.into_iter().enumerate() {
        assert_eq!(role.index(), i);
        assert_eq!(Role::from_name(role.name()), Some(role));
        assert!(!role.describe().is_empty());
    }
    assert_eq!(Role::from_name("neon"), None);
}

#[test]
fn every_builtin_has_a_style_for_every_role() {
    for theme in builtins() {
        assert_eq!(theme.styles.len(), Role::ALL.len());
        for role in Role::ALL {
            // A style that sets nothing is a choice only for plain roles
            // (mono's middle shade of the coverage heat map is plain text).
            let plain = matches!(role, Role::Same | Role::Reworded)
                || (role == Role::PartlyCarried && theme.name() == "mono");
            assert!(
                plain || theme.style(role) != Style::new(),
                "{} leaves {role:?} unstyled",
                theme.name()
            );
        }
    }
}

#[test]
fn mono_has_no_colour_anywhere() {
    let mono = Theme::builtin("mono").unwrap();
    for role in Role::ALL {
        let style = mono.style(role);
        assert_eq!(style.fg, None, "{role:?}");
        assert_eq!(style.bg, None, "{role:?}");
        assert_eq!(style.underline_color, None, "{role:?}");
    }
}

#[test]
fn removed_and_inserted_words_differ_from_plain_text_by_a_modifier() {
    for theme in builtins() {
        let plain = theme.style(Role::Same).add_modifier;
        let removed = theme.style(Role::RemovedWord).add_modifier;
        let inserted = theme.style(Role::InsertedWord).add_modifier;
        assert_ne!(removed, plain, "{}", theme.name());
        assert_ne!(inserted, plain, "{}", theme.name());
        assert_ne!(removed, inserted, "{}", theme.name());
    }
}

#[test]
fn the_coverage_heat_map_reads_without_colour() {
    for theme in builtins() {
        let modifiers = |role: Role| theme.style(role).add_modifier;
        assert!(
            modifiers(Role::WidelyCarried).contains(Modifier::BOLD),
            "{}: widely carried rows are bold",
            theme.name()
        );
        assert!(
            !modifiers(Role::FocusCell).contains(Modifier::REVERSED),
            "{}: the focused cell stands out of the reversed row",
            theme.name()
        );
    }
    let mono = Theme::builtin("mono").unwrap();
    let shades = [Role::WidelyCarried, Role::PartlyCarried, Role::OneSided]
        .map(|role| mono.style(role).add_modifier);
    assert_eq!(shades, [Modifier::BOLD, Modifier::empty(), Modifier::DIM]);
}

#[test]
fn colorblind_never_sets_red_against_green() {
    let theme = Theme::builtin("colorblind").unwrap();
    let pairs = [
        (Role::RemovedWord, Role::InsertedWord),
        (Role::LeftOnly, Role::RightOnly),
    ];
    for (left, right) in pairs {
        let hue = |role: Role| match theme.style(role).fg {
            Some(Color::Rgb(r, g, b)) => (r, g, b),
            other => panic!("{role:?} has {other:?}"),
        };
        let ((lr, lg, lb), (rr, rg, rb)) = (hue(left), hue(right));
        assert!(
            lr > lb && rb > rr,
            "orange against blue: {left:?} {right:?}"
        );
        assert!(lg > 0 && rg > 0);
    }
}

#[test]
fn cycling_visits_every_theme_and_comes_back() {
    let start = Theme::default();
    assert_eq!(start.name(), "dark");
    let mut seen = vec![start.name().to_owned()];
    let mut theme = start.next();
    while theme.name() != start.name() {
        seen.push(theme.name().to_owned());
        theme = theme.next();
    }
    assert_eq!(seen, names());
    assert_eq!(theme, start);
}

#[test]
fn unknown_builtin_is_none() {
    assert_eq!(Theme::builtin("neon"), None);
    assert_eq!(Theme::builtin("Dark"), None);
}

#[test]
fn overrides_restyle_only_the_named_role() {
    let dark = Theme::default();
    let overrides = table(
        r##"removed_word = { fg = "#ff8800", modifiers = ["bold", "underlined"] }
            focus = { bg = "default" }"##,
    );
    let (theme, warnings) = dark.with_overrides(&overrides);
    assert!(warnings.is_empty(), "{warnings:?}");
    let removed = theme.style(Role::RemovedWord);
    assert_eq!(removed.fg, Some(Color::Rgb(0xff, 0x88, 0x00)));
    assert_eq!(removed.bg, dark.style(Role::RemovedWord).bg);
    assert_eq!(removed.add_modifier, Modifier::BOLD | Modifier::UNDERLINED);
    assert_eq!(theme.style(Role::Focus).bg, Some(Color::Reset));
    assert_eq!(theme.style(Role::Moved), dark.style(Role::Moved));
    assert_eq!(theme.name(), "dark");
}

#[test]
fn named_colours_parse() {
    assert_eq!(parse_color("red"), Ok(Color::Red));
    assert_eq!(parse_color("light_blue"), Ok(Color::LightBlue));
    assert_eq!(parse_color("default"), Ok(Color::Reset));
    assert_eq!(parse_color("#0a0B0c"), Ok(Color::Rgb(10, 11, 12)));
    assert!(parse_color("#12345").is_err());
    assert!(parse_color("#12345g").is_err());
    assert!(parse_color("neon").is_err());
}

#[test]
fn bad_overrides_are_warnings_that_name_the_problem() {
    let overrides = table(
        r##"neon = { fg = "red" }
            moved = "blue"
            dim = { fg = "#12", modifiers = ["blinky"], shade = 3 }"##,
    );
    let (theme, problems) = Theme::default().apply_table(&overrides);
    assert_eq!(theme, Theme::default());
    let paths: Vec<String> = problems.iter().map(|p| p.path.join(".")).collect();
    for expected in ["neon", "moved", "dim.fg", "dim.modifiers", "dim.shade"] {
        assert!(paths.contains(&expected.to_owned()), "{paths:?}");
    }
    let text = problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for needle in ["\"neon\"", "\"#12\"", "\"blinky\"", "\"shade\""] {
        assert!(text.contains(needle), "{text}");
    }
}

#[test]
fn styles_round_trip_through_toml() {
    let blank = Theme {
        name: "blank",
        styles: [Style::new(); Role::ALL.len()],
    };
    for theme in builtins() {
        for role in Role::ALL {
            let line = format!("{} = {}", role.name(), style_to_toml(theme.style(role)));
            let (back, warnings) = blank.with_overrides(&table(&line));
            assert!(warnings.is_empty(), "{line}: {warnings:?}");
            assert_eq!(back.style(role), theme.style(role), "{line}");
        }
    }
    let named = Style::new().fg(Color::LightRed).bg(Color::Indexed(17));
    let line = format!("dim = {}", style_to_toml(named));
    let (back, _) = Theme::default().with_overrides(&table(&line));
    assert_eq!(back.style(Role::Dim).fg, Some(Color::LightRed), "{line}");
    assert_eq!(back.style(Role::Dim).bg, Some(Color::Indexed(17)), "{line}");
}
