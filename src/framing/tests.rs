use super::*;
use crate::corpus::{Corpus, LoadOptions, load_demo, load_paths};

fn demo() -> Corpus {
    load_demo()
}

fn by_outlet<'a>(corpus: &'a Corpus, outlet: &str) -> &'a Article {
    corpus
        .articles
        .iter()
        .find(|a| a.outlet.as_deref() == Some(outlet))
        .unwrap()
}

/// How often `word` occurs as a whole word, exactly as written, in the texts
/// framing reads (an independent count to check the lens against).
fn occurrences(article: &Article, word: &str) -> usize {
    text_units(article)
        .flat_map(words)
        .filter(|w| *w == word)
        .count()
}

fn naming<'a>(framing: &'a Framing, referent: &str) -> Vec<(&'a str, usize)> {
    framing.naming[referent]
        .iter()
        .map(|(v, &n)| (v.as_str(), n))
        .collect()
}

#[test]
fn sputnik_names_the_islamic_state_daesh_and_isis() {
    let corpus = demo();
    let article = by_outlet(&corpus, "Sputnik");
    let framing = frame_article(article);
    let daesh = occurrences(article, "Daesh");
    assert!(daesh >= 5, "{daesh}");
    assert_eq!(
        naming(&framing, "Islamic State"),
        [("Daesh", daesh), ("ISIS", 1)]
    );
}

#[test]
fn tass_names_the_islamic_state_is_and_islamic_state_never_lowercase_is() {
    let corpus = demo();
    let article = by_outlet(&corpus, "TASS");
    let framing = frame_article(article);
    // "IS militants" counts as the variant "IS"; its label goes to labels.
    let is_upper = occurrences(article, "IS");
    assert_eq!(is_upper, 2);
    assert!(
        occurrences(article, "is") > 0,
        "the text has lowercase is too"
    );
    assert_eq!(
        naming(&framing, "Islamic State"),
        [("IS", is_upper), ("Islamic State", 2)]
    );
}

#[test]
fn transliterations_are_variants_of_one_referent() {
    let corpus = demo();
    let sputnik = frame_article(by_outlet(&corpus, "Sputnik"));
    let tass = frame_article(by_outlet(&corpus, "TASS"));
    assert_eq!(naming(&sputnik, "Sergei Lavrov"), [("Sergei Lavrov", 1)]);
    assert_eq!(naming(&tass, "Sergei Lavrov"), [("Sergey Lavrov", 1)]);
    // "in relation to us" is no mention of the United States.
    assert_eq!(
        naming(&tass, "United States"),
        [("US", 5), ("United States", 1)]
    );
    // Only referents that are mentioned appear.
    assert!(!sputnik.naming.contains_key("Kim Jong Un"));
    assert!(sputnik.naming.values().all(|v| v.values().all(|&n| n > 0)));
}

#[test]
fn reporting_verbs_hedges_and_labels_on_the_demo_pair() {
    let corpus = demo();
    let sputnik = frame_article(by_outlet(&corpus, "Sputnik"));
    let tass = frame_article(by_outlet(&corpus, "TASS"));

    assert!(sputnik.verbs["said"] >= 3, "{:?}", sputnik.verbs);
    assert!(tass.verbs["said"] >= 10, "{:?}", tass.verbs);
    assert_eq!(tass.verbs.get("stressed"), Some(&1));
    assert_eq!(tass.verbs.get("explained"), Some(&1));
    assert_eq!(sputnik.verbs.get("stressed"), None);
    assert_eq!(sputnik.verbs.get("accused"), Some(&1));

    assert_eq!(sputnik.hedges.get("allegedly"), Some(&1));
    assert_eq!(sputnik.hedges.get("apparently"), Some(&1));
    assert_eq!(sputnik.hedges.get("so-called"), None);
    assert_eq!(tass.hedges.get("so-called"), Some(&1));
    assert_eq!(tass.hedges.get("according to"), Some(&1));
    assert_eq!(tass.hedges.get("allegedly"), None);

    assert!(sputnik.labels["terrorist"] >= 3, "{:?}", sputnik.labels);
    assert_eq!(sputnik.labels.get("militant"), None);
    assert_eq!(sputnik.labels.get("rebel"), Some(&1));
    assert_eq!(tass.labels.get("militant"), Some(&2));
    // "anti-terrorist steps" is not a label for anyone.
    assert_eq!(
        tass.labels.get("terrorist"),
        Some(&occurrences_of_terrorists(&corpus))
    );
}

/// TASS's stand-alone "terrorist(s)", leaving out "anti-terrorist".
fn occurrences_of_terrorists(corpus: &Corpus) -> usize {
    let article = by_outlet(corpus, "TASS");
    let all = occurrences(article, "terrorists") + occurrences(article, "terrorist");
    let compounds = text_units(article)
        .map(|t| t.matches("anti-terrorist").count())
        .sum::<usize>();
    assert!(compounds >= 1);
    all - compounds
}

#[test]
fn labels_inside_a_variant_are_split_off_only_when_the_rest_names_the_group() {
    let article = Article::from_paragraphs(
        "x",
        vec![vec![
            "IS militants fled.".into(),
            "This is militants' work, Kurdish militants said.".into(),
            "Daesh's fighters and DAESH.".into(),
        ]],
    );
    let framing = frame_article(&article);
    assert_eq!(naming(&framing, "Islamic State"), [("Daesh", 2), ("IS", 1)]);
    assert_eq!(
        naming(&framing, "Syrian Democratic Forces"),
        [("Kurdish militants", 1)]
    );
    assert_eq!(framing.labels["militant"], 3);
}

#[test]
fn merge_adds_counts_and_unifies_case_but_not_exact_forms() {
    let a = Article::from_paragraphs("a", vec![vec!["Daesh and IS, the terrorists said.".into()]]);
    let b = Article::from_paragraphs("b", vec![vec!["DAESH and ISIS, he said.".into()]]);
    let mut merged = frame_article(&a);
    merged.merge(&frame_article(&b));
    assert_eq!(
        naming(&merged, "Islamic State"),
        [("Daesh", 2), ("IS", 1), ("ISIS", 1)]
    );
    assert_eq!(merged.verbs["said"], 2);
    assert_eq!(merged.labels["terrorist"], 1);

    // Merging into an empty framing gives the same framing.
    let mut empty = Framing::default();
    empty.merge(&merged);
    assert_eq!(empty, merged);
}

#[test]
fn scare_quotes_are_a_hedge_the_caller_adds() {
    let mut framing = Framing::default();
    framing.add_scare_quotes(0);
    assert!(framing.hedges.is_empty());
    framing.add_scare_quotes(2);
    framing.add_scare_quotes(1);
    assert_eq!(framing.hedges[SCARE_QUOTES], 3);
}

#[test]
fn headlines_are_framed_too() {
    let mut article = Article::from_paragraphs("x", vec![vec!["Nothing here.".into()]]);
    article.title = Some("Rebels allegedly shelled Raqqa".into());
    let framing = frame_article(&article);
    assert_eq!(framing.labels.get("rebel"), Some(&1));
    assert_eq!(framing.hedges.get("allegedly"), Some(&1));
    assert_eq!(naming(&framing, "Raqqa"), [("Raqqa", 1)]);
}

#[test]
fn outlets_of_the_demo_story_get_merged_framing_and_distinctive_terms() {
    let corpus = demo();
    let sputnik = by_outlet(&corpus, "Sputnik");
    let tass = by_outlet(&corpus, "TASS");
    let outlets = frame_outlets(&[sputnik, tass], &[2], 5);
    let names: Vec<&str> = outlets.iter().map(|o| o.outlet.as_str()).collect();
    assert_eq!(names, ["Sputnik", "TASS"]);
    assert_eq!(outlets[0].articles, std::slice::from_ref(&sputnik.id));
    assert_eq!(outlets[0].framing.hedges[SCARE_QUOTES], 2);
    assert!(!outlets[1].framing.hedges.contains_key(SCARE_QUOTES));

    let mut expected = frame_article(sputnik);
    expected.add_scare_quotes(2);
    assert_eq!(outlets[0].framing, expected);

    for outlet in &outlets {
        assert_eq!(outlet.distinctive.len(), 5, "{outlet:?}");
    }
    let terms = |i: usize| -> Vec<&str> {
        outlets[i]
            .distinctive
            .iter()
            .map(|d| d.term.as_str())
            .collect()
    };
    assert!(terms(0).contains(&"daesh"), "{:?}", terms(0));
    assert!(!terms(1).contains(&"daesh"), "{:?}", terms(1));
    assert!(terms(0).iter().all(|t| !terms(1).contains(t)));
}

#[test]
fn outlets_group_in_first_appearance_order_and_unknown_outlets_use_the_id() {
    let mk = |id: &str, outlet: Option<&str>| {
        let mut a = Article::from_paragraphs(id, vec![vec!["Rebels said so.".into()]]);
        a.outlet = outlet.map(str::to_string);
        a
    };
    let (a, b, c, d) = (
        mk("a", Some("TASS")),
        mk("b", None),
        mk("c", Some("Sputnik")),
        mk("d", Some("TASS")),
    );
    let outlets = frame_outlets(&[&a, &b, &c, &d], &[1, 0, 0, 4], 3);
    let got: Vec<(&str, Vec<String>)> = outlets
        .iter()
        .map(|o| (o.outlet.as_str(), o.articles.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("TASS", vec!["a".to_string(), "d".to_string()]),
            ("b", vec!["b".to_string()]),
            ("Sputnik", vec!["c".to_string()]),
        ]
    );
    assert_eq!(outlets[0].framing.labels["rebel"], 2);
    assert_eq!(outlets[0].framing.hedges[SCARE_QUOTES], 5);
    // Identical texts: nothing is distinctive for anyone.
    assert!(outlets.iter().all(|o| o.distinctive.is_empty()));
    // A story of one outlet has nothing to compare with.
    assert!(frame_outlets(&[&a, &d], &[], 3)[0].distinctive.is_empty());
    assert!(frame_outlets(&[], &[], 3).is_empty());
}

#[test]
fn every_newswcl50_outlet_gets_distinctive_terms() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/newswcl50");
    let corpus = load_paths(&[root], &LoadOptions::default());
    assert_eq!(corpus.articles.len(), 50, "{:?}", corpus.errors);
    for event in 0..10 {
        let needle = format!("event_{event}/");
        let story: Vec<&Article> = corpus
            .articles
            .iter()
            .filter(|a| a.path.replace('\\', "/").contains(&needle))
            .collect();
        assert_eq!(story.len(), 5, "event {event}");
        let outlets = frame_outlets(&story, &[], 10);
        assert!(outlets.len() >= 2, "event {event}");
        for outlet in &outlets {
            assert!(
                !outlet.distinctive.is_empty(),
                "event {event}, {}",
                outlet.outlet
            );
            assert!(!outlet.framing.verbs.is_empty(), "{}", outlet.outlet);
        }
    }
}
