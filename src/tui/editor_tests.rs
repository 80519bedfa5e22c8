//! The text input: typing, moving and deleting by grapheme and word.

use super::*;

fn typed(text: &str) -> TextInput {
    let mut input = TextInput::multi_line("");
    text.chars().for_each(|c| input.insert(c));
    input
}

#[test]
fn typing_appends_at_the_cursor_and_left_inserts_before() {
    let mut input = typed("helo");
    input.apply(Edit::Left);
    input.insert('l');
    assert_eq!(input.text(), "hello");
    assert_eq!(input.cursor(), (0, 4));
}

#[test]
fn ctrl_w_deletes_the_word_before_the_cursor_and_its_trailing_spaces() {
    let mut input = typed("check the  ");
    input.apply(Edit::DeleteWord);
    assert_eq!(input.text(), "check ");
    input.apply(Edit::DeleteWord);
    assert_eq!(input.text(), "");
}

#[test]
fn ctrl_u_deletes_to_the_line_start_only() {
    let mut input = typed("first\nsecond line");
    input.apply(Edit::Left);
    input.apply(Edit::DeleteToLineStart);
    assert_eq!(input.text(), "first\ne");
    assert_eq!(input.cursor(), (1, 0));
}

#[test]
fn new_line_splits_and_backspace_at_a_line_start_joins() {
    let mut input = typed("ab");
    input.apply(Edit::Left);
    input.apply(Edit::NewLine);
    assert_eq!(input.lines(), ["a", "b"]);
    input.apply(Edit::Backspace);
    assert_eq!(input.text(), "ab");
    assert_eq!(input.cursor(), (0, 1));
}

#[test]
fn a_single_line_input_ignores_new_lines() {
    let mut input = TextInput::single_line("raqqa");
    input.apply(Edit::NewLine);
    input.insert('\n');
    assert_eq!(input.lines(), ["raqqa"]);
}

#[test]
fn graphemes_are_one_step_and_wide_characters_two_columns() {
    // "e" + combining acute, then a wide CJK character.
    let mut input = typed("e\u{301}中");
    assert_eq!(input.cursor(), (0, 3));
    input.apply(Edit::Left);
    assert_eq!(input.cursor(), (0, 1));
    input.apply(Edit::Backspace);
    assert_eq!(input.text(), "中");
    input.apply(Edit::End);
    input.apply(Edit::Backspace);
    assert_eq!(input.text(), "");
}

#[test]
fn up_and_down_keep_the_screen_column() {
    let mut input = typed("中文字\nabcdef");
    input.apply(Edit::Home);
    for _ in 0..4 {
        input.apply(Edit::Right);
    }
    input.apply(Edit::Up);
    assert_eq!(input.cursor(), (0, 4));
    input.apply(Edit::Down);
    assert_eq!(input.cursor(), (1, 4));
}
