use proptest::prelude::*;

use super::*;
use crate::corpus::{Article, load_demo};

fn demo() -> Vec<Article> {
    load_demo().articles
}

/// The statements of two articles, matched through their collation (the
/// witnesses sort by name: the first article's outlet must sort first).
fn collated_quotes(articles: Vec<Article>) -> StoryQuotes {
    let collation =
        crate::collate::Collation::new(&articles, &[0, 1], &crate::align::AlignOptions::default());
    assert_eq!(collation.witnesses, [0, 1]);
    let quotes: Vec<Vec<Quote>> = collation
        .articles(&articles)
        .iter()
        .map(|a| find_quotes(a))
        .collect();
    match_statements(&collation, &articles, &quotes)
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.name.as_str())
}

fn quote<'a>(quotes: &'a [Quote], start: &str) -> &'a Quote {
    quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?}"))
}

#[test]
fn every_lavrov_quotation_of_the_seed_pair_is_his() {
    let articles = demo();
    let sputnik = find_quotes(&articles[0]);
    let tass = find_quotes(&articles[1]);
    for start in ["When we hear", "some odd things", "In particular"] {
        assert_eq!(speaker(quote(&sputnik, start)), "Sergei Lavrov", "{start}");
    }
    for start in [
        "We maintain contacts",
        "When we hear",
        "We address all",
        "There were numerous",
        "In particular",
        "Now the key",
        "The task of all",
        "We support the efforts",
        "We have not seen a war",
    ] {
        assert_eq!(speaker(quote(&tass, start)), "Sergei Lavrov", "{start}");
    }
    // Found through a role noun and through a pronoun.
    let explained = quote(&tass, "There were numerous");
    assert_eq!(explained.speaker.as_ref().unwrap().mention, "the minister");
    assert_eq!(explained.verb.as_deref(), Some("explained"));
    let he = quote(&tass, "The task of all");
    assert_eq!(he.speaker.as_ref().unwrap().mention, "he");
    // Sergey in TASS, Sergei in Sputnik: one name.
    assert_eq!(
        quote(&tass, "We address all").verb.as_deref(),
        Some("stressed")
    );
}

#[test]
fn kinds_on_the_seed_pair() {
    let articles = demo();
    let sputnik = find_quotes(&articles[0]);
    assert_eq!(quote(&sputnik, "When we hear").kind, QuoteKind::Direct);
    assert_eq!(quote(&sputnik, "some odd things").kind, QuoteKind::Partial);
    for scare in ["barbaric", "buried", "capital", "mistakes"] {
        let q = quote(&sputnik, scare);
        assert_eq!(q.kind, QuoteKind::Scare, "{scare}");
        assert_eq!(q.speaker, None, "{scare}");
    }
}

#[test]
fn a_quotation_continued_over_paragraphs_keeps_its_speaker() {
    let articles = demo();
    let tass = find_quotes(&articles[1]);
    let first = quote(&tass, "unconstitutional because");
    let second = quote(&tass, "The Constitution really");
    assert!(first.continues);
    assert_eq!(speaker(first), "Ibrahim al-Jaafari");
    assert_eq!(speaker(second), "Ibrahim al-Jaafari");
    assert_eq!(first.paragraph + 1, second.paragraph);
}

#[test]
fn news_style_paragraphs_and_colon_introductions() {
    let article = Article::from_paragraphs(
        "a",
        vec![
            vec!["London Mayor Sadiq Khan tweeted: “If he comes to London, he will see a diverse city.".into()],
            vec!["“He will also see that Londoners hold their values dear.”".into()],
            vec!["Left-wing commentator Owen Jones said he would lead the protests.".into()],
            vec!["“It is time to speak out,” he said. “We abhor it.”".into()],
        ],
    );
    let quotes = find_quotes(&article);
    let names: Vec<&str> = quotes.iter().map(speaker).collect();
    assert_eq!(
        names,
        ["Sadiq Khan", "Sadiq Khan", "Owen Jones", "Owen Jones"]
    );
    assert!(quotes[0].continues);
    assert_eq!(quotes[0].kind, QuoteKind::Direct);
}

#[test]
fn the_translations_and_cuts_of_the_seed_pair_are_matched() {
    let articles = demo();
    let story = collated_quotes(vec![articles[0].clone(), articles[1].clone()]);
    let statement = |start: &str| {
        story
            .statements
            .iter()
            .find(|s| {
                s.versions
                    .iter()
                    .any(|v| v.article == 0 && v.text.starts_with(start))
            })
            .unwrap_or_else(|| panic!("no statement {start:?}"))
    };
    let new_line = statement("When we hear");
    let tass = new_line.versions.iter().find(|v| v.article == 1).unwrap();
    assert!(
        tass.text.contains("cannot fail to raise eyebrows"),
        "{}",
        tass.text
    );
    assert_eq!(new_line.speaker.as_deref(), Some("Sergei Lavrov"));
    let exodus = statement("In particular");
    let tass = exodus.versions.iter().find(|v| v.article == 1).unwrap();
    assert!(
        tass.text
            .starts_with("In particular, there were cases of mass exodus")
    );
    assert!(
        exodus.flags.contains(&Flag::Truncated),
        "{:?}",
        exodus.flags
    );
    // TASS alone carries the opening remark on deconfliction.
    let alone = story
        .statements
        .iter()
        .find(|s| s.versions[0].text.starts_with("We maintain contacts"))
        .unwrap();
    assert_eq!(alone.flags, [Flag::OnlyOneOutlet]);
    // Scare quotes are counted, not matched.
    assert_eq!(story.scare_quotes[0], 4);
}

fn outlet_article(id: &str, outlet: &str, paragraphs: &[&str]) -> Article {
    let mut a =
        Article::from_paragraphs(id, paragraphs.iter().map(|p| vec![p.to_string()]).collect());
    a.outlet = Some(outlet.into());
    a
}

#[test]
fn paraphrase_and_speaker_disagreement_are_flagged() {
    let a = outlet_article(
        "a",
        "Alpha",
        &[
            "Foreign Minister Sergei Lavrov met his counterpart in Moscow on Monday afternoon.",
            "“We expect an honest and comprehensible answer from Washington on the new Syria line,” Lavrov said.",
            "“The coalition let the militants leave Raqqa through the southern corridor,” Lavrov said.",
        ],
    );
    let b = outlet_article(
        "b",
        "Beta",
        &[
            "Foreign Minister Sergei Lavrov met his counterpart in Moscow on Monday afternoon.",
            "Lavrov said Moscow expects an honest and comprehensible answer from Washington on the new Syria line.",
            "“The coalition let the militants leave Raqqa through the southern corridor,” spokesman John Kirby said.",
        ],
    );
    let story = collated_quotes(vec![a, b]);
    let answer = &story.statements[0];
    assert!(
        answer.flags.contains(&Flag::Paraphrased),
        "{:?}",
        story.statements
    );
    assert!(answer.flags.contains(&Flag::OnlyOneOutlet));
    let paraphrase = answer.versions.iter().find(|v| v.kind.is_none()).unwrap();
    assert_eq!(paraphrase.article, 1);
    let raqqa = &story.statements[1];
    assert_eq!(raqqa.versions.len(), 2);
    assert_eq!(raqqa.flags, [Flag::DifferentSpeakers]);
}

#[test]
fn a_closing_mark_split_into_the_next_sentence_does_not_panic() {
    // Mixed curly and straight marks: the segmenter ends the first sentence
    // at "agree." and the straight mark that closes “We agree. opens the next.
    let text = "The minister said “We agree. \" She added \"nothing more.\"";
    let sentences = crate::corpus::sentences::split_sentences(text);
    assert!(sentences.len() >= 2, "{sentences:?}");
    let article = Article::from_paragraphs("a", vec![sentences]);
    let quotes = find_quotes(&article);
    let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["We agree.", "nothing more."]);
    let story = collated_quotes(vec![article.clone(), article]);
    assert!(!story.statements.is_empty());
}

proptest! {
    #[test]
    fn any_text_with_stray_marks_split_by_the_segmenter_gives_quotes_inside_it(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("“".to_string()), Just("”".to_string()), Just("\"".to_string()),
                Just("'".to_string()), Just("‘".to_string()), Just("’".to_string()),
                Just("«".to_string()), Just("»".to_string()), Just(". ".to_string()),
                Just("? ".to_string()), Just(" he said. ".to_string()),
                "[a-zA-Z ,.]{0,30}",
            ],
            0..40,
        ),
    ) {
        let collapse = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = collapse(&parts.concat());
        let sentences = crate::corpus::sentences::split_sentences(&text);
        let article = Article::from_paragraphs("p", vec![sentences.clone(), sentences]);
        let sentence_count = article.sentence_count();
        for q in find_quotes(&article) {
            prop_assert!(text.contains(&collapse(&q.text)), "{:?} not in {:?}", q.text, text);
            prop_assert!(q.sentences.iter().all(|&s| s < sentence_count));
        }
    }

    #[test]
    fn any_text_with_stray_marks_gives_bounded_quotes_inside_it(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("“".to_string()), Just("”".to_string()), Just("\"".to_string()),
                Just("'".to_string()), Just("‘".to_string()), Just("’".to_string()),
                Just("«".to_string()), Just("»".to_string()), Just(" he said. ".to_string()),
                "[a-zA-Z ,.]{0,30}",
            ],
            0..40,
        ),
        paragraphs in 1usize..4,
    ) {
        let text: String = parts.concat();
        let article = Article::from_paragraphs(
            "p",
            (0..paragraphs).map(|_| vec![text.clone()]).collect(),
        );
        let sentence_count = article.sentence_count();
        for q in find_quotes(&article) {
            prop_assert!(q.text.len() <= spans::MAX_OPEN_CHARS + 4);
            prop_assert!(text.contains(q.text.trim()));
            prop_assert!(q.sentences.iter().all(|&s| s < sentence_count));
            prop_assert!(q.paragraph < paragraphs);
        }
    }
}

/// The quotations of an article given as paragraphs of sentences.
fn quotes_of(paragraphs: &[&[&str]]) -> Vec<Quote> {
    let paragraphs = paragraphs
        .iter()
        .map(|p| p.iter().map(|s| s.to_string()).collect())
        .collect();
    find_quotes(&Article::from_paragraphs("a", paragraphs))
}

#[test]
fn a_pronoun_with_no_one_to_refer_to_leaves_the_speaker_empty() {
    let q = quotes_of(&[&["“We will win this,” he said."]]);
    assert_eq!(q[0].speaker, None);
    assert_eq!(q[0].speaker_status, SpeakerStatus::Unresolved);
}

#[test]
fn an_unnamed_spokesperson_speaks_as_the_organisation() {
    let q = quotes_of(&[&["“We have no comment,” a spokesman for the Sanders campaign said."]]);
    let speaker = q[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.name, "Sanders campaign");
    assert_eq!(speaker.org.as_deref(), Some("Sanders campaign"));
    assert_eq!(q[0].speaker_status, SpeakerStatus::Named);
}

#[test]
fn a_person_named_inside_the_quotation_is_not_its_speaker() {
    let q = quotes_of(&[
        &["Shinzo Abe, 63, praised Donald Trump, 71, on Tuesday."],
        &["“Donald, you have shown great determination,” he said."],
    ]);
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Shinzo Abe");
    assert_eq!(q[0].speaker_status, SpeakerStatus::Resolved);
}

#[test]
fn a_dateline_is_not_a_speaker_and_the_person_after_it_is() {
    let q = quotes_of(&[
        &["WASHINGTON — Jane Doe, 52, spoke to reporters on Monday."],
        &["“We are ready,” she said."],
    ]);
    assert_eq!(q[0].speaker.as_ref().unwrap().name, "Jane Doe");
}

#[test]
fn a_quoted_paragraph_continues_the_speaker_of_the_paragraph_before() {
    let q = quotes_of(&[
        &["“The tariffs are a mistake,” Kevin Brady said."],
        &["“We will keep working on it.”"],
    ]);
    assert_eq!(q[1].speaker.as_ref().unwrap().name, "Kevin Brady");
}

#[test]
fn one_person_under_two_names_is_one_speaker() {
    assert!(same_person("Obama", "Barack Obama"));
    assert!(same_person("Donald J. Trump", "Donald Trump"));
    assert!(!same_person("Hillary Clinton", "Bill Clinton"));
}
