//! The review TUI on a test backend: whole-screen snapshots and key walks.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use storydiff::corpus;
use storydiff::tui::app::{App, Screen};
use storydiff::tui::config::Config;
use storydiff::tui::theme;
use storydiff::tui::ui;
use storydiff::tui::update::{after_draw, handle_key};

mod common;
use common::Written;

fn demo_app() -> App {
    App::new(corpus::load_demo(), Config::default())
}

/// Draws the app and returns the screen as text.
fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = ui::Hits::default();
    terminal.draw(|frame| hits = ui::draw(frame, app)).unwrap();
    after_draw(app, &hits);
    let buffer = terminal.backend().buffer().clone();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        for x in 0..buffer.area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        handle_key(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

fn key(app: &mut App, code: KeyCode) {
    handle_key(app, KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn demo_opens_on_sputnik_vs_tass() {
    let mut app = demo_app();
    assert_eq!(app.screen, Screen::Compare);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Sputnik") && text.contains("TASS"), "{text}");
    insta::assert_snapshot!("compare_demo_120x40", text);
}

#[test]
fn compare_at_80x24() {
    let mut app = demo_app();
    insta::assert_snapshot!("compare_demo_80x24", screen(&mut app, 80, 24));
}

#[test]
fn compare_in_monochrome_after_walking_divergences() {
    let mut app = demo_app();
    app.theme = theme::Theme::builtin("mono").unwrap();
    press(&mut app, "nn");
    insta::assert_snapshot!("compare_demo_mono_nn", screen(&mut app, 120, 40));
    // No colour anywhere: meaning is carried by modifiers and markers only.
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| drop(ui::draw(frame, &app))).unwrap();
    let buffer = terminal.backend().buffer();
    let reset = ratatui::style::Color::Reset;
    assert!(
        buffer
            .content
            .iter()
            .all(|cell| cell.fg == reset && cell.bg == reset)
    );
    let modified =
        |m: ratatui::style::Modifier| buffer.content.iter().any(|c| c.modifier.contains(m));
    assert!(
        modified(ratatui::style::Modifier::REVERSED),
        "the current row is reversed"
    );
    assert!(
        modified(ratatui::style::Modifier::UNDERLINED),
        "removed words are underlined"
    );
    assert!(
        modified(ratatui::style::Modifier::BOLD),
        "inserted words are bold"
    );
}

#[test]
fn stories_screen() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Stories);
    insta::assert_snapshot!("stories_demo_120x40", screen(&mut app, 120, 40));
    insta::assert_snapshot!("stories_demo_80x24", screen(&mut app, 80, 24));
}

#[test]
fn too_small_screen_says_so() {
    let mut app = demo_app();
    let text = screen(&mut app, 50, 10);
    assert!(text.contains("too small"), "{text}");
    insta::assert_snapshot!("too_small", text);
}

#[test]
fn search_finds_raqqa_and_n_walks_the_matches() {
    let mut app = demo_app();
    press(&mut app, "/raqqa");
    key(&mut app, KeyCode::Enter);
    let view = app.compare.as_ref().unwrap();
    let matches = view.search.as_ref().unwrap().matches.clone();
    assert!(matches.len() >= 3, "{matches:?}");
    assert_eq!(view.cursor, matches[0]);
    press(&mut app, "n");
    assert_eq!(app.compare.as_ref().unwrap().cursor, matches[1]);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("/raqqa"), "{text}");
}

#[test]
fn help_lists_every_action_from_the_keymap() {
    let mut app = demo_app();
    press(&mut app, "?");
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("next divergence") && text.contains("quit"),
        "{text}"
    );
    press(&mut app, "?");
    assert!(app.overlays.is_empty());
}

/// Draws the app in the mono theme and checks that no cell has a colour.
fn assert_monochrome(app: &App) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| drop(ui::draw(frame, app))).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let reset = ratatui::style::Color::Reset;
    assert!(
        buffer
            .content
            .iter()
            .all(|cell| cell.fg == reset && cell.bg == reset)
    );
    buffer
}

#[test]
fn help_lists_the_quotes_and_framing_keys() {
    let mut app = demo_app();
    press(&mut app, "?");
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("Q  quotes: statements side by side"),
        "{text}"
    );
    assert!(
        text.contains("F  framing: word choices by outlet"),
        "{text}"
    );
}

#[test]
fn quotes_pane_shows_both_versions_side_by_side() {
    let mut app = demo_app();
    press(&mut app, "Q");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Quotes · story s1"), "{text}");
    assert!(text.contains("▶ 1. Sergei Lavrov"), "{text}");
    assert!(text.contains("one version is cut shorter"), "{text}");
    insta::assert_snapshot!("quotes_demo_120x40", text);
    key(&mut app, KeyCode::Esc);
    assert!(app.overlays.is_empty());
}

#[test]
fn quotes_pane_at_80x24() {
    let mut app = demo_app();
    press(&mut app, "Qjj");
    insta::assert_snapshot!("quotes_demo_80x24", screen(&mut app, 80, 24));
}

#[test]
fn quotes_pane_keeps_the_selection_on_screen() {
    let mut app = demo_app();
    press(&mut app, "Q");
    let n = app.quotes_pane.as_ref().unwrap().statements.len();
    press(&mut app, "G");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains(&format!("▶ {n}. ")), "{text}");
    press(&mut app, "g");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("▶ 1. "), "{text}");
}

#[test]
fn enter_in_the_quotes_pane_goes_to_the_row_in_compare() {
    let mut app = demo_app();
    press(&mut app, "GQ");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlays.is_empty());
    let text = screen(&mut app, 120, 40);
    // The detail line counts sentences from 1: Sputnik sentence 2 is L3.
    assert!(text.contains("· L3 ↔"), "{text}");
}

#[test]
fn quotes_pane_in_monochrome() {
    let mut app = demo_app();
    app.theme = theme::Theme::builtin("mono").unwrap();
    press(&mut app, "Qj");
    insta::assert_snapshot!("quotes_demo_mono_j", screen(&mut app, 120, 40));
    let buffer = assert_monochrome(&app);
    use ratatui::style::Modifier;
    let row_of = |text: &str| {
        (0..buffer.area.height)
            .find(|&y| {
                let line: String = (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect();
                line.contains(text)
            })
            .unwrap_or_else(|| panic!("{text:?} is on screen"))
    };
    let buffer = &buffer;
    let cells = |y: u16, xs: std::ops::Range<u16>| {
        xs.map(move |x| &buffer[(x, y)])
            .filter(|c| c.symbol() != " ")
            .collect::<Vec<_>>()
    };
    // Statement 1, second line: Sputnik's "the line, which calls for …"
    // against TASS's "implies the creation …".
    let y = row_of("implies the creation");
    let (left, right) = (cells(y, 0..60), cells(y, 60..120));
    assert!(
        left.iter().any(|c| c.modifier == Modifier::UNDERLINED),
        "words only the left version has are underlined"
    );
    assert!(
        right
            .iter()
            .any(|c| c.modifier == Modifier::BOLD | Modifier::REVERSED),
        "words only the right version has are bold (and reversed)"
    );
    assert!(
        left.iter().chain(&right).any(|c| c.modifier.is_empty()),
        "shared words are plain"
    );
    let selected = row_of("▶ 2. Sergei Lavrov");
    assert!(
        cells(selected, 0..120)
            .iter()
            .all(|c| c.symbol() == "│" || c.modifier.contains(Modifier::REVERSED)),
        "the selected statement's heading is reversed"
    );
    let flags = row_of("3. Sergei Lavrov — one version is cut shorter");
    assert!(
        cells(flags, 0..120)
            .iter()
            .all(|c| c.symbol() == "│" || !c.modifier.contains(Modifier::REVERSED)),
        "other headings are not"
    );
}

#[test]
fn framing_pane_shows_a_column_per_outlet() {
    let mut app = demo_app();
    press(&mut app, "F");
    let text = screen(&mut app, 120, 40);
    for expected in [
        "Framing · story s1",
        "Naming",
        "Daesh ×7",
        "Reporting verbs",
        "Distinctive terms",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    insta::assert_snapshot!("framing_demo_120x40", text);
    press(&mut app, "F");
    assert!(app.overlays.is_empty());
}

#[test]
fn framing_pane_in_monochrome_and_small() {
    let mut app = demo_app();
    app.theme = theme::Theme::builtin("mono").unwrap();
    press(&mut app, "F");
    assert_monochrome(&app);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Naming"), "{text}");
    // Scrolling to the end shows the last rows, however small the screen.
    press(&mut app, "G");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Distinctive terms"), "{text}");
}

#[test]
fn the_panes_survive_a_too_small_screen() {
    let mut app = demo_app();
    press(&mut app, "Q");
    assert!(screen(&mut app, 50, 10).contains("too small"));
    assert!(screen(&mut app, 60, 15).contains("Quotes"));
    press(&mut app, "F");
    assert!(screen(&mut app, 50, 10).contains("too small"));
    assert!(screen(&mut app, 60, 15).contains("Framing"));
}

/// The demo with all five articles made one story, so the panes have
/// outlets beyond the compared two.
fn five_article_app() -> App {
    let mut app = demo_app();
    let members = (0..5)
        .map(|article| storydiff::stories::StoryMember {
            article,
            shared_terms: Vec::new(),
        })
        .collect();
    app.stories = vec![storydiff::stories::Story {
        id: "s1".into(),
        label: "all five".into(),
        members,
        cohesion: 0.5,
    }];
    app
}

#[test]
fn quotes_pane_lists_the_other_outlets_of_a_larger_story() {
    let mut app = five_article_app();
    press(&mut app, "Q");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("story s1 · 5 articles"), "{text}");
    assert!(text.contains("  also: "), "{text}");
    press(&mut app, "G");
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("Quoted only by other articles of the story"),
        "{text}"
    );
    key(&mut app, KeyCode::Enter);
    assert!(
        !app.overlays.is_empty(),
        "no row to go to: the pane stays open"
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("neither compared article")
    );
}

#[test]
fn framing_pane_puts_the_compared_outlets_first() {
    let mut app = five_article_app();
    press(&mut app, "F");
    let pane = app.framing_pane.as_ref().unwrap();
    assert_eq!(pane.outlets[..2], ["Sputnik", "TASS"]);
    assert_eq!(pane.outlets.len(), 5);
    for (width, height) in [(120, 40), (80, 24), (60, 15)] {
        let text = screen(&mut app, width, height);
        let heading = text.lines().nth(1).unwrap();
        let at = |name: &str| heading.find(name).unwrap_or(usize::MAX);
        assert!(
            at("Sputnik") < at("TASS") && at("TASS") < at("MESOP"),
            "{text}"
        );
    }
}

#[test]
fn compare_status_bar_offers_the_panes_when_there_is_room() {
    let mut app = demo_app();
    let last = |text: &str| text.lines().last().unwrap().to_string();
    let wide = last(&screen(&mut app, 120, 40));
    assert!(
        wide.contains("Q  quotes") && wide.contains("F  framing"),
        "{wide}"
    );
    let narrow = last(&screen(&mut app, 80, 24));
    assert!(
        narrow.contains("Q  quotes") && narrow.contains("F  framing"),
        "80 columns still offer the panes: {narrow}"
    );
    assert!(
        narrow.contains("/  search") && narrow.ends_with("q  quit"),
        "the usual hints keep their place: {narrow}"
    );
}

#[test]
fn presentation_mode_says_it_is_on() {
    let mut app = demo_app();
    let last = |text: &str| text.lines().last().unwrap().to_string();
    assert!(!last(&screen(&mut app, 80, 24)).contains("presenting"));
    press(&mut app, "p");
    let bar = last(&screen(&mut app, 80, 24));
    assert!(bar.starts_with(" ▶ presenting"), "{bar}");
    press(&mut app, "p");
    assert!(!last(&screen(&mut app, 80, 24)).contains("presenting"));
}

/// The demo with terminal payloads in every name the TUI draws, put there
/// behind the loader's back so the drawing itself must escape them.
fn hostile_app() -> App {
    let mut corpus = corpus::load_demo();
    for (k, article) in corpus.articles.iter_mut().enumerate() {
        article.outlet = Some(format!("Out\u{202e}let{k}\u{1b}]0;pwned\u{7}"));
        article.title = Some(format!("Title\u{9b}2J\u{2066}{k}\u{1b}c"));
        article.id = format!("id{k}\u{1b}]52;c;SGk=\u{7}\n");
        if let Some(sentence) = article.paragraphs[0].sentences.first_mut() {
            sentence.text.push_str(" \u{202e}gnp.exe\u{1b}[2J");
        }
        if let Some(removed) = article.removed.first_mut() {
            removed.text.push_str("\u{202e}\u{9b}31m");
        }
    }
    let mut app = App::new(corpus, Config::default());
    app.message = Some("storydiff: config a\u{1b}]0;x\u{7}\u{202e}.toml line 1: bad".into());
    app
}

fn assert_screen_is_safe(text: &str, what: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n' && storydiff::corpus::sanitize::is_unsafe(c))
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?} on screen\n{text}");
}

#[test]
fn names_titles_ids_text_and_messages_are_drawn_escaped() {
    let mut app = hostile_app();
    let compare = screen(&mut app, 160, 50);
    assert_screen_is_safe(&compare, "compare");
    assert!(compare.contains("Out\\u{202e}let0"), "{compare}");
    assert!(
        compare.contains("a\\x1b]0;x\\x07\\u{202e}.toml"),
        "{compare}"
    );
    for (keys, what) in [
        ("r", "removed"),
        ("o", "picker"),
        ("Q", "quotes"),
        ("F", "framing"),
        ("c", "coverage"),
    ] {
        press(&mut app, keys);
        assert_screen_is_safe(&screen(&mut app, 160, 50), what);
        key(&mut app, KeyCode::Esc);
    }
    press(&mut app, "c");
    let coverage = screen(&mut app, 160, 50);
    assert_screen_is_safe(&coverage, "coverage");
    let legend = "A Out\\u{202e}let0\\x1b]0;pwned\\x07 · id0\\x1b]52;c;SGk=\\x07\\n";
    assert!(coverage.contains(legend), "{coverage}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    let stories = screen(&mut app, 160, 50);
    assert_eq!(app.screen, Screen::Stories, "{stories}");
    assert_screen_is_safe(&stories, "stories");
    assert!(stories.contains("Title\\u{9b}2J\\u{2066}"), "{stories}");
}

/// The five articles of NewsWCL50's event 5 (Trump's UK visit, five
/// outlets), grouped into stories as the TUI does.
fn event_5_app() -> App {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50/event_5");
    let corpus = corpus::load_paths(&[dir], &corpus::LoadOptions::default());
    assert_eq!(corpus.articles.len(), 5, "{:?}", corpus.errors);
    App::new(corpus, Config::default())
}

#[test]
fn coverage_of_the_demo_story() {
    let mut app = demo_app();
    press(&mut app, "c");
    assert_eq!(app.screen, Screen::Coverage);
    let text = screen(&mut app, 120, 40);
    for expected in [
        "Coverage · story s1 · 2 articles",
        "A Sputnik · 000_",
        "B TASS · 001_",
        "· pivot",
        " 1/2 ",
        " 2/2 ",
        "[A] ",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    insta::assert_snapshot!("coverage_demo_120x40", text);
    insta::assert_snapshot!("coverage_demo_80x24", screen(&mut app, 80, 24));
}

#[test]
fn coverage_of_a_five_outlet_event() {
    let mut app = event_5_app();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "c");
    assert_eq!(app.screen, Screen::Coverage);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("story s1 · 5 articles"), "{text}");
    assert!(text.contains(" n/5 "), "{text}");
    insta::assert_snapshot!("coverage_event_5_120x40", text);
    press(&mut app, "jjjjl");
    insta::assert_snapshot!("coverage_event_5_80x24", screen(&mut app, 80, 24));
}

#[test]
fn coverage_in_monochrome_shades_rows_by_modifiers_and_counts() {
    use ratatui::style::Modifier;
    let mut app = event_5_app();
    app.theme = theme::Theme::builtin("mono").unwrap();
    key(&mut app, KeyCode::Esc);
    // p2, which three of the five carry; the focus on column D.
    press(&mut app, "cjll");
    let text = screen(&mut app, 120, 40);
    insta::assert_snapshot!("coverage_event_5_mono", text);
    let buffer = assert_monochrome(&app);
    let line = |y: u16| -> String {
        (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect()
    };
    let row_of = |start: &str| {
        (0..buffer.area.height)
            .find(|&y| line(y).starts_with(start))
            .unwrap_or_else(|| panic!("{start:?} on screen:\n{text}"))
    };
    let modifier = |x: u16, y: u16| buffer[(x, y)].modifier;
    // Glyphs and counts carry the meaning; the text cell after the count
    // shows the row's shade.
    let (widely, partly, one_sided) = (row_of(" p2 "), row_of(" p5 "), row_of(" p3 "));
    assert!(line(widely).contains(" 3/5  [E] "));
    assert!(line(partly).contains(" 2/5  But Mr. Trump"));
    assert!(line(one_sided).contains(" 1/5  [E] "));
    let text_x = line(widely).find("[E]").unwrap() as u16;
    assert_eq!(
        modifier(text_x, widely),
        Modifier::BOLD | Modifier::REVERSED,
        "widely carried and focused: bold, reversed"
    );
    assert_eq!(modifier(text_x, partly), Modifier::empty(), "partly: plain");
    assert_eq!(modifier(text_x, one_sided), Modifier::DIM, "one-sided: dim");
    // The focused cell is a gap in the reversed row, bold and underlined.
    let head = line(row_of("     A  B  C  D  E"));
    assert!(head.contains("n/5  text"), "{head}");
    let d = head.find(" D ").unwrap() as u16 + 1;
    assert_eq!(buffer[(d, widely)].symbol(), "~");
    let cell = modifier(d, widely);
    assert!(!cell.contains(Modifier::REVERSED), "{cell:?}");
    assert!(
        cell.contains(Modifier::BOLD | Modifier::UNDERLINED),
        "{cell:?}"
    );
    let labels = row_of("     A  B  C  D  E");
    assert!(
        modifier(d, labels).contains(Modifier::REVERSED),
        "the focused column's label is highlighted"
    );
    // The minimap draws the three shades as three glyphs.
    for glyph in ["█", "▓", "░", "┃"] {
        assert!(text.contains(glyph), "{glyph}");
    }
}

#[test]
fn help_lists_the_coverage_keys() {
    let mut app = demo_app();
    press(&mut app, "?");
    let text = screen(&mut app, 120, 40);
    for expected in [
        "c  coverage: passages × articles",
        "]  compare with the story's next article",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    press(&mut app, "?c?G");
    let text = screen(&mut app, 120, 40);
    for expected in [
        "h, ←  coverage: column to the left",
        "b  coverage: rows follow this column",
        "q, Ctrl-c  quit",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert!(!text.contains("swap sides"), "no Compare keys: {text}");
}

#[test]
fn help_at_80x24_is_the_screens_own_and_scrolls() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "?");
    let text = screen(&mut app, 80, 24);
    insta::assert_snapshot!("help_stories_80x24", text);
    assert!(text.contains("Help · Stories"), "{text}");
    for compare_key in ["swap sides", "search both articles", "next moved row"] {
        assert!(!text.contains(compare_key), "{compare_key}: {text}");
    }
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with('┌') && lines[22].starts_with('└'),
        "{text}"
    );
    assert!(!text.contains("q, Ctrl-c  quit"), "the last line is below");
    key(&mut app, KeyCode::PageDown);
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("q, Ctrl-c  quit"),
        "PgDn scrolls to it: {text}"
    );
    press(&mut app, "jjjj");
    assert_eq!(
        screen(&mut app, 80, 24),
        text,
        "the scroll stops at the end"
    );
    press(&mut app, "k");
    assert_ne!(screen(&mut app, 80, 24), text, "k scrolls back up");
    press(&mut app, "?");
    assert!(app.overlays.is_empty());
}

#[test]
fn files_skipped_at_load_are_counted_and_listed_in_the_help() {
    let mut loaded = corpus::load_demo();
    loaded.errors.push(corpus::LoadError {
        path: "feeds/\x1b[31mevil\u{202e}.txt".to_owned(),
        message: "not UTF-8 and not Windows-1252\x07".to_owned(),
    });
    let mut app = App::new(loaded, Config::default());
    let text = screen(&mut app, 80, 24);
    let bar = text.lines().last().unwrap();
    assert!(bar.starts_with(" 1 skipped (?)"), "{bar}");
    press(&mut app, "?G");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Skipped at load (1):"), "{text}");
    assert!(
        text.contains("feeds/\\x1b[31mevil\\u{202e}.txt: not UTF-8"),
        "{text}"
    );
    assert_screen_is_safe(&text, "the skipped list");
}

#[test]
fn the_panes_name_the_whole_story_they_read() {
    let mut app = five_article_app();
    press(&mut app, "Q");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Quotes · story s1 · 5 articles ·"), "{text}");
    press(&mut app, "F");
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Framing · story s1 · 5 articles "), "{text}");
    let mut app = event_5_app();
    press(&mut app, "F");
    assert_eq!(app.framing_pane.as_ref().unwrap().outlets.len(), 5);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Framing · story s1 · 5 articles "), "{text}");
}

/// The demo with a review file of the test's own.
fn review_app(dir: &tempfile::TempDir) -> App {
    App::new(corpus::load_demo(), Config::default())
        .with_review(Some(&dir.path().join("review.sqlite3")))
}

#[test]
fn note_editor_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = review_app(&dir);
    press(&mut app, "aCompare with TASS");
    handle_key(&mut app, KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    press(&mut app, "中文 check");
    insta::assert_snapshot!("note_editor_80x24", screen(&mut app, 80, 24));
}

#[test]
fn tag_picker_at_80x24_and_gutter_marks_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = review_app(&dir);
    press(&mut app, "T17");
    insta::assert_snapshot!("tag_picker_80x24", screen(&mut app, 80, 24));
    key(&mut app, KeyCode::Enter);
    press(&mut app, "xjk");
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("< #✓"),
        "tags and reviewed in the gutter: {text}"
    );
    assert!(text.contains("#omission #verify"), "{text}");
}

#[test]
fn notes_pane_at_80x24_and_in_monochrome() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = review_app(&dir);
    press(&mut app, "aWhy is this left out?");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "jjT2");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "L");
    insta::assert_snapshot!("notes_pane_80x24", screen(&mut app, 80, 24));
    app.theme = theme::Theme::builtin("mono").unwrap();
    assert_monochrome(&app);
    insta::assert_snapshot!("notes_pane_mono", screen(&mut app, 80, 24));
}

#[test]
fn ascii_glyphs_from_the_config_replace_the_gutter_marks() {
    let dir = tempfile::tempdir().unwrap();
    let (config, warnings) =
        storydiff::tui::config::load_from_str("[glyphs]\nnote = \"*\"\nreviewed = \"v\"\n", "test");
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut app =
        App::new(corpus::load_demo(), config).with_review(Some(&dir.path().join("review.sqlite3")));
    press(&mut app, "anote");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "x");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("< *v"), "{text}");
}

#[test]
fn ascii_glyphs_from_the_config_draw_the_thread_timeline() {
    let glyphs = "[glyphs]\ntimeline = \"o\"\ntimeline_selected = \"@\"\ntimeline_line = \"-\"\n";
    let (config, warnings) = storydiff::tui::config::load_from_str(glyphs, "test");
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut app = App::new(corpus::load_demo(), config);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Stories);
    let text = screen(&mut app, 120, 40);
    let timeline = text
        .lines()
        .find(|l| l.contains("----"))
        .unwrap_or_else(|| panic!("no ASCII timeline in:\n{text}"));
    assert!(timeline.contains('@'), "the selected story: {timeline}");
    for fancy in ['●', '◆', '─'] {
        assert!(!text.contains(fancy), "{fancy} still drawn:\n{text}");
    }
}

#[test]
fn a_glyph_wider_than_one_cell_is_refused() {
    let (config, warnings) =
        storydiff::tui::config::load_from_str("[glyphs]\ntimeline = \"日\"\n", "test");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(config.glyphs.timeline, "●");
}

/// Draws the app and returns the buffer and the terminal cursor.
fn drawn(app: &mut App, width: u16, height: u16) -> (ratatui::buffer::Buffer, (u16, u16)) {
    use ratatui::backend::Backend;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = ui::Hits::default();
    terminal.draw(|frame| hits = ui::draw(frame, app)).unwrap();
    after_draw(app, &hits);
    let cursor = terminal.backend_mut().get_cursor_position().unwrap();
    (terminal.backend().buffer().clone(), (cursor.x, cursor.y))
}

#[test]
fn search_paints_the_matched_words_in_the_row() {
    let mut app = demo_app();
    press(&mut app, "/washington's");
    let (buffer, _) = drawn(&mut app, 120, 40);
    let style = app.theme.style(theme::Role::SearchMatch);
    let painted: String = buffer
        .content
        .iter()
        .filter(|c| Some(c.bg) == style.bg)
        .map(|c| c.symbol())
        .collect();
    assert!(painted.contains("Washington’s"), "painted: {painted:?}");
    assert!(!painted.contains("approach"), "only the match is painted");
}

#[test]
fn a_long_query_keeps_its_cursor_and_the_match_count_in_view() {
    let mut app = demo_app();
    let long = "raqqa ".repeat(20);
    press(&mut app, &format!("/{long}"));
    let (buffer, (x, y)) = drawn(&mut app, 80, 24);
    let prompt: String = (0..80).map(|x| buffer[(x, 22)].symbol()).collect();
    assert!(prompt.trim_end().ends_with("0 matching row(s)"), "{prompt}");
    assert!(prompt.starts_with("/…"), "the start scrolls away: {prompt}");
    assert_eq!(y, 22);
    assert!(x < 80 - 18, "the cursor sits before the count: {x}");
    key(&mut app, KeyCode::Home);
    let (buffer, (x, _)) = drawn(&mut app, 80, 24);
    let prompt: String = (0..80).map(|x| buffer[(x, 22)].symbol()).collect();
    assert!(prompt.starts_with("/raqqa raqqa"), "{prompt}");
    assert!(
        prompt.contains("… ") && prompt.contains("matching row(s)"),
        "{prompt}"
    );
    assert_eq!(x, 1, "Home puts the cursor after the slash");
}

#[test]
fn the_light_theme_paints_its_own_background_everywhere() {
    let mut app = demo_app();
    app.theme = theme::Theme::builtin("light").unwrap();
    let reset = ratatui::style::Color::Reset;
    let canvas = app.theme.canvas();
    assert!(canvas.bg.is_some_and(|bg| bg != reset) && canvas.fg.is_some());
    // Every screen and overlay: no cell is left to the terminal's colours.
    for keys in [
        "",
        "?",
        "\u{1b}",
        "o",
        "Q",
        "F",
        "c",
        "\u{1b}\u{1b}/raqqa",
        "a",
    ] {
        for c in keys.chars() {
            let code = if c == '\u{1b}' {
                KeyCode::Esc
            } else {
                KeyCode::Char(c)
            };
            key(&mut app, code);
        }
        let (buffer, _) = drawn(&mut app, 80, 24);
        let bare = buffer
            .content
            .iter()
            .position(|c| c.bg == reset || c.fg == reset);
        assert!(
            bare.is_none(),
            "after {keys:?}: cell {bare:?} has no colour"
        );
    }
}

/// Two articles of one outlet: the demo's TASS and a copy with another id.
fn same_outlet_app() -> App {
    let mut loaded = corpus::load_demo();
    let tass = loaded
        .articles
        .iter()
        .find(|a| a.outlet.as_deref() == Some("TASS"))
        .unwrap()
        .clone();
    let mut copy = tass.clone();
    copy.id = "tass-evening".into();
    copy.url = None;
    loaded.articles = vec![tass, copy];
    let mut app = App::new(loaded, Config::default());
    app.open_compare(0, 1);
    app
}

#[test]
fn two_articles_of_one_outlet_are_told_apart_in_compare() {
    let mut app = same_outlet_app();
    let text = screen(&mut app, 80, 24);
    let summary = text.lines().nth(2).unwrap();
    assert!(summary.starts_with("Shared: 100% of TASS ("), "{summary}");
    assert!(summary.contains("% of TASS (tass-evening)"), "{summary}");
    assert!(summary.ends_with('…'), "cut with an ellipsis: {summary}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .contains("TASS (tass-evening) ·"),
        "{text}"
    );
}

#[test]
fn long_titles_end_in_an_ellipsis_and_r_shows_them_whole() {
    let mut app = demo_app();
    let text = screen(&mut app, 80, 24);
    let titles = text.lines().nth(1).unwrap();
    assert!(
        titles.contains("Moscow Has Questions Concerning Ne…"),
        "{titles}"
    );
    press(&mut app, "r");
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("title: Moscow Has Questions Concerning New US Policy in Syria – Lavrov"),
        "{text}"
    );
}

#[test]
fn on_stories_notes_tags_and_reviewed_marks_go_to_the_story_or_a_focused_article() {
    use storydiff::notes::Target;
    let dir = tempfile::tempdir().unwrap();
    let mut app = review_app(&dir);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.member_cursor, None);
    // The story itself: reviewed.
    press(&mut app, "x");
    // Its second article (TASS): a note and a tag.
    press(&mut app, "lj");
    assert_eq!(app.member_cursor, Some(1));
    press(&mut app, "aCheck the Kurdistan part");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "T1");
    key(&mut app, KeyCode::Enter);
    let tass = app.stories[0].members[1].article;
    let notes = &app.review.notes;
    assert_eq!(notes.len(), 2, "{notes:?}");
    let story = notes
        .iter()
        .find(|n| matches!(n.note.target, Target::Story { .. }));
    assert!(story.unwrap().note.reviewed);
    let article = notes
        .iter()
        .find(|n| matches!(n.note.target, Target::Article { .. }));
    let article = article.unwrap();
    assert_eq!(article.article, Some(tass));
    assert_eq!(article.note.text, "Check the Kurdistan part");
    assert_eq!(article.note.tags, vec!["omission".to_owned()]);
    let text = screen(&mut app, 80, 24);
    insta::assert_snapshot!("stories_article_notes_80x24", text);
    assert!(text.contains("✎ TASS"), "the article's mark: {text}");
    assert!(text.contains(" ✓ s1 Moscow"), "the story's mark: {text}");
    assert!(
        text.contains("✎ Check the Kurdistan part #omission"),
        "{text}"
    );
    press(&mut app, "h");
    assert_eq!(app.member_cursor, None);
    let bar = screen(&mut app, 80, 24);
    assert!(
        !bar.contains("Check the Kurdistan"),
        "the story has no text note: {bar}"
    );
}

#[test]
fn coverage_cells_show_note_marks_and_the_detail_line_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = review_app(&dir);
    press(&mut app, "c");
    assert_eq!(app.screen, Screen::Coverage);
    press(&mut app, "aRaqqa background, Sputnik only");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "x");
    let text = screen(&mut app, 100, 30);
    insta::assert_snapshot!("coverage_note_marks_100x30", text);
    let rows: Vec<&str> = text.lines().collect();
    let detail = rows[rows.len() - 3];
    assert!(
        detail.starts_with("✎✓ Raqqa background, Sputnik only · "),
        "{detail}"
    );
    let marked = rows.iter().filter(|l| l.contains("P✎")).count();
    assert_eq!(marked, 1, "one cell carries the note: {text}");
    // ASCII fallbacks from the config.
    app.glyphs = storydiff::tui::marks::Glyphs {
        note: "*".into(),
        reviewed: "v".into(),
        tags: "#".into(),
        copy: "=".into(),
        ..Default::default()
    };
    let text = screen(&mut app, 100, 30);
    assert!(text.contains("P*"), "{text}");
    assert!(text.contains("*v Raqqa background"), "{text}");
}

#[test]
fn the_picker_filters_as_you_type_groups_by_story_and_starts_on_the_left_article() {
    let mut app = demo_app();
    press(&mut app, "o");
    let text = screen(&mut app, 100, 30);
    insta::assert_snapshot!("picker_demo_100x30", text);
    let selected = |app: &App| match app.top_overlay() {
        Some(storydiff::tui::app::Overlay::Picker { selected, .. }) => *selected,
        _ => panic!("no picker"),
    };
    let left = app.compare.as_ref().unwrap().left;
    assert_eq!(selected(&app), left, "starts on the compared article");
    assert!(text.contains("── "), "story lines: {text}");
    assert!(
        text.contains(&app.corpus.articles[left].id),
        "ids shown: {text}"
    );
    press(&mut app, "tass");
    let text = screen(&mut app, 100, 30);
    assert!(text.contains("filter: tass"), "{text}");
    assert!(!text.contains("Sputnik  "), "Sputnik filtered out: {text}");
    let tass = app
        .corpus
        .articles
        .iter()
        .position(|a| a.display_name() == "TASS")
        .unwrap();
    assert_eq!(selected(&app), tass);
    key(&mut app, KeyCode::Enter);
    assert_eq!(selected(&app), tass);
    let text = screen(&mut app, 100, 30);
    assert!(text.contains("Pick the right article"), "{text}");
    assert!(text.contains("L TASS"), "the left one is marked: {text}");
    assert!(
        text.contains("  Sputnik  "),
        "the filter was cleared: {text}"
    );
}

/// The demo with emoji ZWJ sequences, flags and a long run of combining
/// marks in titles, names and text.
fn grapheme_app() -> App {
    let mut loaded = corpus::load_demo();
    let family = "👨\u{200d}👩\u{200d}👧";
    let marks = format!("e{}", "\u{301}".repeat(60));
    for (k, article) in loaded.articles.iter_mut().enumerate() {
        article.title = Some(format!(
            "{family}🇫🇷{marks} title {k} {family}🇺🇦 wide ｗｉｄｅ"
        ));
        // Short names whose widths differ from their lengths in chars.
        let outlet = match k % 5 {
            0 => format!("{family}🇫🇷 Outlet{marks}"),
            1 => "Cafe\u{301} Ne\u{301}ws".to_owned(),
            2 => "日本新聞".to_owned(),
            3 => format!("{family} Kin"),
            _ => "Plain News".to_owned(),
        };
        article.outlet = Some(outlet);
    }
    App::new(loaded, Config::default())
}

/// A terminal emulator (vt100) fed by the real crossterm backend: wide
/// graphemes cover the cell after them, as on a real terminal.
struct Emulated {
    terminal: Terminal<ratatui::backend::CrosstermBackend<Written>>,
    written: Written,
    parser: vt100::Parser,
}

impl Emulated {
    fn new(width: u16, height: u16) -> Emulated {
        let written = Written::default();
        let backend = ratatui::backend::CrosstermBackend::new(written.clone());
        let area = ratatui::layout::Rect::new(0, 0, width, height);
        let options = ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(area),
        };
        Emulated {
            terminal: Terminal::with_options(backend, options).unwrap(),
            written,
            parser: vt100::Parser::new(height.try_into().unwrap(), width.try_into().unwrap(), 0),
        }
    }

    /// Draws the app and returns the emulated screen's rows.
    fn draw(&mut self, app: &App) -> Vec<String> {
        self.terminal
            .draw(|frame| drop(ui::draw(frame, app)))
            .unwrap();
        let written = std::mem::take(&mut *self.written.0.borrow_mut());
        self.parser.process(&written);
        let (_, width) = self.parser.screen().size();
        self.parser.screen().rows(0, width.get()).collect()
    }
}

/// The steps the grapheme tests walk: picker, moving in it, Compare,
/// Stories with the articles focused, Coverage.
const GRAPHEME_WALK: [&str; 9] = [
    "", "o", "\u{2193}", "\u{2193}", "\u{1b}", "j", "\u{1b}", "l", "c",
];

fn walk_step(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\u{1b}' => KeyCode::Esc,
            '\u{2193}' => KeyCode::Down,
            '\r' => KeyCode::Enter,
            c => KeyCode::Char(c),
        };
        key(app, code);
    }
}

#[test]
fn emoji_sequences_flags_and_combining_marks_take_the_cells_they_are_measured_to() {
    use storydiff::tui::ui::text;
    let mut app = grapheme_app();
    for keys in GRAPHEME_WALK {
        walk_step(&mut app, keys);
        // Every line drawn takes the whole width, no more and no less:
        // what was cut or padded was measured as ratatui draws it.
        let (buffer, _) = drawn(&mut app, 80, 24);
        for y in 0..24 {
            let wide = |x: u16| x > 0 && text::width(buffer[(x - 1, y)].symbol()) == 2;
            let cells: usize = (0..80)
                .filter(|&x| !wide(x))
                .map(|x| text::width(buffer[(x, y)].symbol()).max(1))
                .sum();
            assert_eq!(cells, 80, "after {keys:?}, line {y} is {cells} cells wide");
        }
    }
}

#[test]
fn emoji_sequences_flags_and_combining_marks_leave_no_stale_cells() {
    let mut app = grapheme_app();
    let mut emulated = Emulated::new(80, 24);
    // Each step is drawn over the last frame on an emulated terminal, then
    // on a fresh one: a stale cell would make them differ.
    for keys in GRAPHEME_WALK {
        walk_step(&mut app, keys);
        let trimmed = |rows: Vec<String>| -> Vec<String> {
            rows.into_iter().map(|r| r.trim_end().to_owned()).collect()
        };
        let over = trimmed(emulated.draw(&app));
        let fresh = trimmed(Emulated::new(80, 24).draw(&app));
        assert_eq!(over, fresh, "after {keys:?}");
    }
}

/// Two versions of one story whose text, not only titles and outlets, is
/// full of emoji sequences, flags, skin tones and stacked marks.
fn emoji_text_app() -> App {
    let family = "👨\u{200d}👩\u{200d}👧";
    let marks = format!("e{}", "\u{301}".repeat(40));
    let left = vec![
        vec![format!(
            "The {family} family from 🇫🇷 Lyon 👍🏽 reached the border on Tuesday, officials said."
        )],
        vec![format!(
            "Aid workers ❤\u{fe0f} waited at the {marks} crossing for a week."
        )],
        vec!["Nobody gave figures 1\u{fe0f}\u{20e3} for the convoy.".into()],
    ];
    let right = vec![
        vec![format!(
            "A {family} family from 🇫🇷 Lyon reached the 🇺🇦 border late on Tuesday, police said."
        )],
        vec![format!(
            "Volunteers 🏃\u{200d}♀\u{fe0f} waited at the {marks} crossing."
        )],
        vec!["The ministry ☺\u{fe0f} gave no figures.".into()],
    ];
    let mut articles = Vec::new();
    for (id, outlet, paragraphs) in [("left", "🇫🇷 Gazette", left), ("right", "Kin 👍🏽", right)]
    {
        let mut article = storydiff::corpus::Article::from_paragraphs(id, paragraphs);
        article.outlet = Some(outlet.into());
        article.title = Some(format!("{family} at the 🇺🇦 border {marks}"));
        articles.push(article);
    }
    comparing_the_first_two(articles)
}

#[test]
fn emoji_in_article_text_leave_no_stale_cells_on_any_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = emoji_text_app().with_review(Some(&dir.path().join("review.sqlite3")));
    let mut emulated = Emulated::new(80, 24);
    // Compare (rows, swapped), the lenses, Coverage and its columns, help,
    // the note editor, the notes list, the picker and Stories, each drawn
    // over the last.
    let walk = [
        "",
        "j",
        "j",
        "s",
        "Q",
        "\u{1b}",
        "F",
        "\u{1b}",
        "S",
        "\u{1b}",
        "c",
        "l",
        "\u{1b}",
        "?",
        "\u{1b}",
        "a",
        "🇫🇷👍🏽 see \u{1f469}\u{200d}\u{1f52c}",
        "\r",
        "L",
        "\u{1b}",
        "o",
        "\u{2193}",
        "\u{1b}",
        "\u{1b}",
    ];
    for keys in walk {
        walk_step(&mut app, keys);
        let trimmed = |rows: Vec<String>| -> Vec<String> {
            rows.into_iter().map(|r| r.trim_end().to_owned()).collect()
        };
        let over = trimmed(emulated.draw(&app));
        let fresh = trimmed(Emulated::new(80, 24).draw(&app));
        assert_eq!(over, fresh, "after {keys:?}");
        // Nothing a clustering terminal would join or widen reaches it.
        let shown = fresh.concat();
        assert!(
            !shown.contains(['\u{200d}', '\u{fe0f}', '🇫']),
            "after {keys:?}: {fresh:?}"
        );
    }
}

#[test]
fn the_pickers_columns_stay_aligned_with_wide_and_combined_names() {
    let mut app = grapheme_app();
    press(&mut app, "o");
    let (buffer, _) = drawn(&mut app, 100, 30);
    let mut starts = Vec::new();
    // Inside the picker's box only (the Compare header has dates too).
    for y in 2..28u16 {
        let at = (0..96u16).find(|&x| {
            let spelled: String = (x..x + 5).map(|x| buffer[(x, y)].symbol()).collect();
            spelled == "2017-" && buffer[(x - 1, y)].symbol() == " "
        });
        starts.extend(at.filter(|&x| x > 20));
    }
    assert_eq!(starts.len(), 5, "every article's date: {starts:?}");
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}");
}

#[test]
fn sources_pane_at_80x24_shows_who_each_article_cites() {
    let mut app = demo_app();
    press(&mut app, "S");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Sources · story s1"), "{text}");
    assert!(
        text.contains("Sputnik (000_c64a1d62d2a9f65b) ◀ left"),
        "{text}"
    );
    assert!(
        text.contains("cites TASS (agency): “Itar Tass reported”"),
        "{text}"
    );
    assert!(
        text.contains("cites Sputnik (agency, own dateline)"),
        "{text}"
    );
    insta::assert_snapshot!("sources_demo_80x24", text);
    press(&mut app, "Q");
    assert!(screen(&mut app, 80, 24).contains("Quotes · story s1"));
    press(&mut app, "S");
    key(&mut app, KeyCode::Esc);
    assert!(app.overlays.is_empty());
}

/// A wire story and a relay that keeps one of its sentences word for word.
fn relay_app() -> App {
    let shared = "The ministry said the convoy of forty trucks reached the eastern city \
                  of Deir ez-Zor late on Tuesday after a week on the road.";
    let mut wire = storydiff::corpus::Article::from_paragraphs(
        "wire",
        vec![
            vec![shared.into()],
            vec!["Officials gave no figures.".into()],
        ],
    );
    wire.outlet = Some("Reuters".into());
    let relayed = format!("{}, Reuters reported.", shared.trim_end_matches('.'));
    let mut relay = storydiff::corpus::Article::from_paragraphs(
        "relay",
        vec![vec![relayed], vec!["Aid workers were waiting.".into()]],
    );
    relay.outlet = Some("Daily Relay".into());
    comparing_the_first_two(vec![wire, relay])
}

/// The TUI on `articles`, comparing the first two.
fn comparing_the_first_two(articles: Vec<storydiff::corpus::Article>) -> App {
    let corpus = storydiff::corpus::Corpus {
        articles,
        errors: Vec::new(),
    };
    let mut app = App::new(corpus, Config::default());
    app.open_compare(0, 1);
    app
}

#[test]
fn compare_marks_a_row_copied_word_for_word_and_the_sources_pane_names_the_origin() {
    let mut app = relay_app();
    let view = app.compare.as_ref().unwrap();
    assert!(view.rows[0].copied, "{:?}", view.rows[0].row);
    assert!(!view.rows.iter().skip(1).any(|r| r.copied));
    let text = screen(&mut app, 100, 24);
    assert!(text.lines().any(|l| l.contains("≡")), "{text}");
    press(&mut app, "S");
    let text = screen(&mut app, 100, 24);
    assert!(
        text.contains("copied 25 words from Reuters (wire)"),
        "{text}"
    );
    assert!(text.contains("origin: cites it"), "{text}");
}

/// All of NewsWCL50 (ten events, five outlets each), grouped as the TUI
/// does, on the Stories screen.
fn newswcl50_app() -> App {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let corpus = corpus::load_paths(&[dir], &corpus::LoadOptions::default());
    assert_eq!(corpus.articles.len(), 50, "{:?}", corpus.errors);
    let mut app = App::new(corpus, Config::default());
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Stories);
    app
}

/// The screen's lines drawn reversed in the mono theme: where the cursor is.
fn reversed_lines(app: &mut App, width: u16, height: u16) -> Vec<String> {
    app.theme = theme::Theme::builtin("mono").unwrap();
    let (buffer, _) = drawn(app, width, height);
    let reversed = ratatui::style::Modifier::REVERSED;
    // The last line is the status bar, whose keys are reversed too.
    (0..height - 1)
        .filter(|&y| buffer[(2, y)].modifier.contains(reversed))
        .map(|y| {
            let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            line.trim_end().to_owned()
        })
        .collect()
}

#[test]
fn newswcl50_stories_under_their_threads() {
    let mut app = newswcl50_app();
    let wide = screen(&mut app, 120, 40);
    insta::assert_snapshot!("stories_newswcl50_120x40", wide);
    let narrow = screen(&mut app, 80, 24);
    insta::assert_snapshot!("stories_newswcl50_80x24", narrow);
    let title = narrow.lines().next().unwrap();
    let stories = app.stories.len();
    assert!(title.contains(&format!(" {stories} stories · ")), "{title}");
    assert!(title.contains("by size"), "{title}");
    // Every story's id is shown once scrolled to; titles keep most of their
    // width at 80 columns: the list is more than half the screen.
    let border = narrow.lines().nth(1).unwrap().find('│').unwrap();
    assert!(
        narrow.lines().nth(1).unwrap()[..border].chars().count() > 45,
        "{narrow}"
    );
}

#[test]
fn the_cursor_stays_in_view_from_top_to_bottom_of_a_long_list() {
    let mut app = newswcl50_app();
    let rows = app.story_rows().len();
    assert!(rows > 11, "more rows than fit at 80x24: {rows}");
    for step in 0..rows + 2 {
        let at = reversed_lines(&mut app, 80, 24);
        assert_eq!(at.len(), 1, "step {step}: one cursor line: {at:?}");
        let text = screen(&mut app, 80, 24);
        let id = match app.stories_view.thread_cursor {
            Some(t) => app.threads[t].id.clone(),
            None => app.stories[app.story_cursor].id.clone(),
        };
        assert!(
            at[0].contains(&format!(" {id} ")),
            "step {step}: {id} in {at:?}\n{text}"
        );
        press(&mut app, "j");
    }
    press(&mut app, "G");
    let bottom = screen(&mut app, 80, 24);
    assert_eq!(reversed_lines(&mut app, 80, 24).len(), 1, "{bottom}");
    key(&mut app, KeyCode::PageUp);
    key(&mut app, KeyCode::PageUp);
    press(&mut app, "g");
    let top = screen(&mut app, 80, 24);
    assert!(top.lines().nth(1).unwrap().starts_with("- t1 "), "{top}");
    assert_eq!(reversed_lines(&mut app, 80, 24).len(), 1, "{top}");
}

#[test]
fn folding_sorting_and_filtering_show_in_the_list_and_its_title() {
    let mut app = newswcl50_app();
    press(&mut app, "Z");
    let folded = screen(&mut app, 120, 40);
    insta::assert_snapshot!("stories_newswcl50_folded_120x40", folded);
    let headers = app
        .story_rows()
        .iter()
        .filter(|r| matches!(r, storydiff::tui::app::ListRow::Thread { .. }))
        .count();
    assert_eq!(
        folded.lines().filter(|l| l.starts_with("+ t")).count(),
        headers,
        "{folded}"
    );
    press(&mut app, "ZO");
    let by_date = screen(&mut app, 120, 40);
    assert!(
        by_date.lines().next().unwrap().contains("by date"),
        "{by_date}"
    );
    assert!(
        by_date.contains("stories by date"),
        "the status says it: {by_date}"
    );
    press(&mut app, "/trump");
    let typing = screen(&mut app, 120, 40);
    let matching = (0..app.stories.len())
        .filter(|&s| app.story_matches(s, &["trump".to_owned()]))
        .count();
    assert!(
        typing.contains(&format!("{matching} matching stories")),
        "{typing}"
    );
    key(&mut app, KeyCode::Enter);
    let filtered = screen(&mut app, 120, 40);
    let title = filtered.lines().next().unwrap();
    assert!(
        title.contains(&format!("{matching} of {} stories", app.stories.len())),
        "{title}"
    );
    assert!(title.contains("/trump"), "{title}");
    key(&mut app, KeyCode::Esc);
    let cleared = screen(&mut app, 120, 40);
    assert!(
        !cleared.lines().next().unwrap().contains("/trump"),
        "{cleared}"
    );
    // A filter that matches nothing shows no story's detail, and says so.
    press(&mut app, "/zzyzx");
    let nothing = screen(&mut app, 120, 40);
    assert!(nothing.contains("No story matches “zzyzx”"), "{nothing}");
    assert!(!nothing.contains("cohesion"), "{nothing}");
}

#[test]
fn stories_in_monochrome_read_by_modifiers_and_marks() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Esc);
    press(&mut app, "k");
    assert!(
        app.stories_view.thread_cursor.is_some(),
        "on the thread's header"
    );
    app.theme = theme::Theme::builtin("mono").unwrap();
    let buffer = assert_monochrome(&app);
    let text = screen(&mut app, 80, 24);
    insta::assert_snapshot!("stories_demo_mono_thread_80x24", text);
    let (reversed, bold) = (
        ratatui::style::Modifier::REVERSED,
        ratatui::style::Modifier::BOLD,
    );
    assert!(
        buffer[(2, 1)].modifier.contains(reversed),
        "the cursor's header is reversed"
    );
    assert!(
        !buffer[(2, 3)].modifier.contains(reversed),
        "the stories beneath are not"
    );
    press(&mut app, "j");
    let buffer = assert_monochrome(&app);
    assert!(buffer[(2, 1)].modifier.contains(bold), "a header is bold");
    assert!(
        buffer[(6, 3)].modifier.contains(reversed),
        "the story is reversed"
    );
    // The detail pane: the thread's timeline, one mark per story (the four
    // demo stories have four dates), the selected one a diamond.
    let text = screen(&mut app, 80, 24);
    let line = text.lines().find(|l| l.contains('─') && l.contains('●'));
    let line = line.unwrap_or_else(|| panic!("a timeline: {text}"));
    assert_eq!(
        line.matches('●').count() + line.matches('◆').count(),
        4,
        "{line}"
    );
    assert_eq!(line.matches('◆').count(), 1, "{line}");
}

#[test]
fn r_on_stories_shows_whole_titles_wrapped() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Esc);
    let cut = screen(&mut app, 80, 24);
    assert!(
        cut.contains("Moscow Has Questions Concerning New US Polic…"),
        "{cut}"
    );
    press(&mut app, "r");
    let whole = screen(&mut app, 80, 24);
    insta::assert_snapshot!("stories_demo_whole_titles_80x24", whole);
    let list: Vec<&str> = whole
        .lines()
        .map(|l| l.split('│').next().unwrap_or(l))
        .collect();
    assert!(
        list.iter().all(|l| !l.contains('…')),
        "nothing cut: {whole}"
    );
    assert!(
        list.iter().any(|l| l.trim() == "in Syria – Lavrov"),
        "{whole}"
    );
    press(&mut app, "r");
    assert_eq!(screen(&mut app, 80, 24), cut);
}
