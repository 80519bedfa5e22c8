//! Behaviour of [`word_diff`]: worked examples and property tests of the
//! invariants.

use proptest::prelude::*;

use super::{
    Change, DiffOp, DiffOp::*, DiffRun, MarkedText, change_runs, shared_fraction, word_diff,
};

fn pairs(runs: &[DiffRun]) -> Vec<(DiffOp, &str)> {
    runs.iter().map(|r| (r.op, r.text.as_str())).collect()
}

/// Checks every documented invariant of `runs` for `left` / `right`.
fn check_invariants(left: &str, right: &str, runs: &[DiffRun]) -> Result<(), String> {
    let side = |skip: DiffOp| -> String {
        runs.iter()
            .filter(|r| r.op != skip)
            .map(|r| r.text.as_str())
            .collect()
    };
    if side(Insert) != left {
        return Err(format!("Equal+Delete does not rebuild left: {runs:?}"));
    }
    if side(Delete) != right {
        return Err(format!("Equal+Insert does not rebuild right: {runs:?}"));
    }
    if runs.iter().any(|r| r.text.is_empty()) {
        return Err(format!("empty run: {runs:?}"));
    }
    if runs.windows(2).any(|w| w[0].op == w[1].op) {
        return Err(format!("neighbours share an op: {runs:?}"));
    }
    if runs
        .windows(2)
        .any(|w| (w[0].op, w[1].op) == (Insert, Delete))
    {
        return Err(format!("insert before delete: {runs:?}"));
    }
    Ok(())
}

fn diff_checked(left: &str, right: &str) -> Vec<DiffRun> {
    let runs = word_diff(left, right);
    check_invariants(left, right, &runs).unwrap();
    runs
}

const SPUTNIK: &str = "When we hear about the new line of the United States, the line, which \
    calls for creation of some local councils on the territory of sovereign Syrian Arab \
    Republic, it most certainly raises questions on our part.";
const TASS: &str = "When we hear about the United States\u{2019} new line, which implies the \
    creation of some local councils in sovereign Syria, of course, this fact cannot fail to \
    raise eyebrows.";

#[test]
fn reworded_clause_is_one_replacement() {
    let runs = diff_checked(SPUTNIK, TASS);
    let tail = runs
        .iter()
        .rposition(|r| r.op == Equal && r.text.contains("sovereign"))
        .expect("`sovereign` is shared");
    let tail = pairs(&runs[tail + 1..]);
    assert_eq!(tail.len(), 3, "{tail:?}");
    let [(Delete, deleted), (Insert, inserted), (Equal, ".")] = tail[..] else {
        panic!("tail is not one replacement: {tail:?}");
    };
    assert!(deleted.ends_with("it most certainly raises questions on our part"));
    assert!(inserted.ends_with("of course, this fact cannot fail to raise eyebrows"));
    assert_eq!(runs[0], DiffRun::new(Equal, "When we hear about the "));
}

#[test]
fn quote_style_change_touches_only_the_quotes() {
    let runs = diff_checked(
        "Lavrov called it \u{201C}a provocation\u{201D}.",
        "Lavrov called it \"a provocation\".",
    );
    assert_eq!(
        pairs(&runs),
        [
            (Equal, "Lavrov called it "),
            (Delete, "\u{201C}"),
            (Insert, "\""),
            (Equal, "a provocation"),
            (Delete, "\u{201D}"),
            (Insert, "\""),
            (Equal, "."),
        ]
    );
}

#[test]
fn case_change_touches_only_that_word() {
    let runs = diff_checked(
        "Sources in the Kremlin said the talks failed.",
        "Sources in the kremlin said the talks failed.",
    );
    assert_eq!(
        pairs(&runs),
        [
            (Equal, "Sources in the "),
            (Delete, "Kremlin"),
            (Insert, "kremlin"),
            (Equal, " said the talks failed."),
        ]
    );
}

#[test]
fn whitespace_change_touches_only_the_whitespace() {
    assert_eq!(
        pairs(&diff_checked("Lavrov said\nthat", "Lavrov said that")),
        [
            (Equal, "Lavrov said"),
            (Delete, "\n"),
            (Insert, " "),
            (Equal, "that")
        ]
    );
    assert_eq!(
        pairs(&diff_checked("Syria, he said", "Syria ,he said")),
        [
            (Equal, "Syria"),
            (Delete, ", "),
            (Insert, " ,"),
            (Equal, "he said")
        ]
    );
}

#[test]
fn single_inserted_words() {
    assert_eq!(
        pairs(&diff_checked("said", "said on Monday")),
        [(Equal, "said"), (Insert, " on Monday")]
    );
    assert_eq!(
        pairs(&diff_checked("Lavrov said.", "Lavrov said on Monday.")),
        [(Equal, "Lavrov said"), (Insert, " on Monday"), (Equal, ".")]
    );
}

#[test]
fn unrelated_sentences_fall_back_to_whole_replacement() {
    let left = "The ministry declined to comment on the report.";
    let right = "Protesters gathered outside parliament on Tuesday evening.";
    assert_eq!(
        pairs(&diff_checked(left, right)),
        [(Delete, left), (Insert, right)]
    );
    assert_eq!(shared_fraction(&word_diff(left, right)), 0.0);
}

#[test]
fn identical_and_empty_sides() {
    assert_eq!(diff_checked("", ""), []);
    assert_eq!(
        pairs(&diff_checked("Same text.", "Same text.")),
        [(Equal, "Same text.")]
    );
    assert_eq!(
        pairs(&diff_checked("", "New text.")),
        [(Insert, "New text.")]
    );
    assert_eq!(
        pairs(&diff_checked("Old text.", "")),
        [(Delete, "Old text.")]
    );
    assert_eq!(pairs(&diff_checked(" ", "")), [(Delete, " ")]);
}

#[test]
fn reordered_pair_shows_the_moved_phrase_as_delete_and_insert() {
    let runs = diff_checked(
        "Russia and China signed the deal on Monday.",
        "On Monday, China and Russia signed the deal.",
    );
    assert_eq!(
        pairs(&runs),
        [
            (Delete, "Russia and"),
            (Insert, "On Monday,"),
            (Equal, " China "),
            (Insert, "and Russia "),
            (Equal, "signed the deal"),
            (Delete, " on Monday"),
            (Equal, "."),
        ]
    );
    assert_eq!(shared_fraction(&runs), 8.0 / 16.0);
}

#[test]
fn shared_fraction_counts_words_of_both_sides() {
    let runs = word_diff("a b c d", "a b x");
    assert_eq!(
        pairs(&runs),
        [(Equal, "a b "), (Delete, "c d"), (Insert, "x")]
    );
    assert_eq!(shared_fraction(&runs), 4.0 / 7.0);
    assert_eq!(shared_fraction(&[]), 1.0);
    assert_eq!(shared_fraction(&[DiffRun::new(Delete, ".")]), 0.0);
}

#[test]
fn serializes_to_the_export_schema() {
    let json = serde_json::to_string(&word_diff("a b", "a c")).unwrap();
    assert_eq!(
        json,
        r#"[{"op":"equal","text":"a "},{"op":"delete","text":"b"},{"op":"insert","text":"c"}]"#
    );
}

const VOCAB: &[&str] = &[
    "the",
    "of",
    "a",
    "on",
    "United",
    "States",
    "line",
    "new",
    "Syria",
    "Syria\u{2019}s",
    "Syria's",
    "THE",
    "local",
    "councils",
    "said",
    "Monday",
    "Lavrov",
    "raises",
    "questions",
    "\u{201C}line\u{201D}",
    "\"line\"",
    "\u{2014}",
    "-",
    "na\u{EF}ve",
    "Москва",
    "3.5",
];
const SEPARATORS: &[&str] = &[
    " ",
    " ",
    " ",
    "  ",
    ", ",
    ". ",
    "\n",
    " \u{2013} ",
    "",
    "\t",
];

type Piece = (usize, usize);

#[derive(Debug, Clone)]
enum Edit {
    Keep,
    Drop,
    Replace(Piece),
    InsertBefore(Piece),
    Upcase,
}

fn piece() -> impl Strategy<Value = Piece> {
    (0..VOCAB.len(), 0..SEPARATORS.len())
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        8 => Just(Edit::Keep),
        1 => Just(Edit::Drop),
        1 => piece().prop_map(Edit::Replace),
        1 => piece().prop_map(Edit::InsertBefore),
        1 => Just(Edit::Upcase),
    ]
}

fn render(base: &[Piece], edits: &[Edit]) -> String {
    let mut out = String::new();
    let mut push = |(word, sep): Piece, upcase: bool| {
        let word = VOCAB[word];
        out.push_str(&if upcase {
            word.to_uppercase()
        } else {
            word.to_owned()
        });
        out.push_str(SEPARATORS[sep]);
    };
    for (i, &original) in base.iter().enumerate() {
        match edits.get(i).unwrap_or(&Edit::Keep) {
            Edit::Keep => push(original, false),
            Edit::Drop => {}
            Edit::Replace(other) => push(*other, false),
            Edit::InsertBefore(extra) => {
                push(*extra, false);
                push(original, false);
            }
            Edit::Upcase => push(original, true),
        }
    }
    out
}

/// Two edited copies of one shared passage.
fn related_passages() -> impl Strategy<Value = (String, String)> {
    let base = prop::collection::vec(piece(), 0..40);
    let edits = || prop::collection::vec(edit(), 0..40);
    (base, edits(), edits()).prop_map(|(base, l, r)| (render(&base, &l), render(&base, &r)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold_on_related_passages((left, right) in related_passages()) {
        let runs = word_diff(&left, &right);
        prop_assert_eq!(check_invariants(&left, &right, &runs), Ok(()));
        let fraction = shared_fraction(&runs);
        prop_assert!((0.0..=1.0).contains(&fraction));
    }

    #[test]
    fn invariants_hold_on_arbitrary_strings(left in any::<String>(), right in any::<String>()) {
        let runs = word_diff(&left, &right);
        prop_assert_eq!(check_invariants(&left, &right, &runs), Ok(()));
    }

    #[test]
    fn invariants_hold_on_arbitrary_strings_sharing_a_frame(
        prefix in any::<String>(),
        left_middle in any::<String>(),
        right_middle in any::<String>(),
        suffix in any::<String>(),
    ) {
        let left = format!("{prefix}{left_middle}{suffix}");
        let right = format!("{prefix}{right_middle}{suffix}");
        let runs = word_diff(&left, &right);
        prop_assert_eq!(check_invariants(&left, &right, &runs), Ok(()));
    }

    #[test]
    fn emphasis_rebuilds_both_sides((left, right) in related_passages()) {
        prop_assert_eq!(emphasis_violation(&left, &right), None);
    }

    #[test]
    fn emphasis_rebuilds_arbitrary_strings(left in any::<String>(), right in any::<String>()) {
        prop_assert_eq!(emphasis_violation(&left, &right), None);
    }
}

/// Why [`change_runs`] breaks its contract on this pair, if it does: each
/// side's runs rebuild it, none is empty, neighbours differ, and a side holds
/// only `Kept` and its own kind of change.
fn emphasis_violation(left: &str, right: &str) -> Option<String> {
    let (l, r) = change_runs(left, right);
    let check = |side: &MarkedText, text: &str, own: Change| {
        let rebuilt: String = side.iter().map(|(t, _)| t.as_str()).collect();
        let kinds_ok = side.iter().all(|(_, c)| *c == Change::Kept || *c == own);
        let shape_ok =
            side.iter().all(|(t, _)| !t.is_empty()) && side.windows(2).all(|w| w[0].1 != w[1].1);
        (rebuilt != text || !kinds_ok || !shape_ok).then(|| format!("{side:?} for {text:?}"))
    };
    check(&l, left, Change::Removed).or_else(|| check(&r, right, Change::Added))
}
