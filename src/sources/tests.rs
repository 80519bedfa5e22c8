use super::*;
use crate::align::AlignOptions;
use crate::corpus::outlets::source_named;

/// An article of one paragraph per entry, each a list of sentences.
fn article(id: &str, paragraphs: &[&[&str]]) -> Article {
    let paragraphs = paragraphs
        .iter()
        .map(|p| p.iter().map(|s| s.to_string()).collect())
        .collect();
    Article::from_paragraphs(id, paragraphs)
}

/// `(source, kind, words, sentences)` of every citation of `article`.
fn cited(article: &Article) -> Vec<(String, &'static str, String, Vec<usize>)> {
    find_citations(article)
        .into_iter()
        .map(|c| (c.source, c.kind.as_str(), c.words, c.sentences))
        .collect()
}

fn one_sentence(text: &str) -> Vec<(String, &'static str, String, Vec<usize>)> {
    cited(&article("a", &[&[text]]))
}

fn sources_of(text: &str) -> Vec<(String, &'static str)> {
    one_sentence(text)
        .into_iter()
        .map(|(s, k, _, _)| (s, k))
        .collect()
}

#[test]
fn agency_names_are_normalized_through_the_outlet_table() {
    for written in ["Itar Tass", "ITAR-TASS", "TASS", "Itar-Tass", "Tass"] {
        assert_eq!(
            source_named(written).map(|s| s.name),
            Some("TASS"),
            "{written}"
        );
    }
    assert_eq!(
        source_named("the Associated Press").map(|s| s.name),
        Some("Associated Press")
    );
    assert_eq!(source_named("AP").map(|s| s.name), Some("Associated Press"));
    assert_eq!(
        source_named("Agence France-Presse").map(|s| s.name),
        Some("AFP")
    );
    assert_eq!(
        source_named("Ria Novosti").map(|s| s.name),
        Some("RIA Novosti")
    );
    assert!(source_named("Interfax").is_some_and(|s| s.agency));
    assert!(source_named("New York Times").is_some_and(|s| !s.agency));
    assert_eq!(
        source_named("Ap"),
        None,
        "capitals-only names are matched as written"
    );
}

#[test]
fn a_credit_after_the_reported_words_names_the_agency() {
    let found = one_sentence(
        "MOSCOW- Washington’s new approach towards Syria triggers numerous questions, \
         Russian Foreign Minister Sergey Lavrov said on Monday, Itar Tass reported.",
    );
    assert_eq!(
        found,
        [(
            "TASS".into(),
            "agency",
            "Itar Tass reported".into(),
            vec![0]
        )]
    );
}

#[test]
fn a_credit_closing_a_paragraph_covers_the_whole_paragraph() {
    let relay = article(
        "relay",
        &[
            &[
                "Lavrov spoke in Moscow.",
                "He met Jaafari, Sputnik reported.",
            ],
            &[
                "Sputnik reported that the talks went on.",
                "Nothing else was said.",
            ],
        ],
    );
    let found = cited(&relay);
    assert_eq!(found[0].3, vec![0, 1], "closing the paragraph: all of it");
    assert_eq!(found[1].3, vec![2], "opening a sentence: that sentence");
}

#[test]
fn people_speaking_for_themselves_are_no_source() {
    let lavrov =
        "Lavrov said after a meeting with Iraqi Foreign Minister Ibrahim Jaafari on Monday.";
    assert!(one_sentence(lavrov).is_empty());
    assert!(one_sentence("People said they were afraid to go outside.").is_empty());
    assert!(one_sentence("He told reporters that the talks had failed.").is_empty());
}

#[test]
fn told_and_according_to_name_agencies_and_outlets() {
    assert_eq!(
        sources_of("“We have no such plans,” Peskov told Interfax."),
        [("Interfax".into(), "agency")]
    );
    assert_eq!(
        sources_of(
            "It will halt nuclear tests and intercontinental ballistic missile launches \
             as of that day, according to The Associated Press."
        ),
        [("Associated Press".into(), "agency")]
    );
    assert_eq!(
        sources_of("“It was a private matter,” she told the magazine People."),
        [("People".into(), "outlet")]
    );
    assert_eq!(
        sources_of("The minister told the Russian newspaper Kommersant that he would stay."),
        [("Kommersant".into(), "outlet")]
    );
    // Press TV (demo 004) credits its interview this way.
    assert_eq!(
        sources_of(
            "Speaking to the Interfax news agency on Thursday, Lavrov added that the \
             United Nations Security Council had not authorized operation in Syria."
        ),
        [("Interfax".into(), "agency")]
    );
    assert!(sources_of("Speaking to reporters, he said the talks had failed.").is_empty());
}

#[test]
fn a_short_form_means_the_outlet_the_article_names_in_full() {
    let story = article(
        "nyt",
        &[
            &["The New York Times first reported the meeting in June."],
            &["The Times reported at the time that Mr. Trump was irritated."],
        ],
    );
    let sources: Vec<String> = find_citations(&story)
        .into_iter()
        .map(|c| c.source)
        .collect();
    assert_eq!(sources, ["The New York Times", "The New York Times"]);
    let unknown = one_sentence("The Post reported that the deal was off.");
    assert!(
        unknown.is_empty(),
        "a short form nobody names in full: {unknown:?}"
    );
}

#[test]
fn a_wire_dateline_is_the_articles_own_agency() {
    let wire = article(
        "wire",
        &[
            &["Headline"],
            &["WASHINGTON (Reuters) - The Democratic Party sued the Russian government on Friday."],
            &["The suit was filed in Manhattan."],
        ],
    );
    let citations = find_citations(&wire);
    assert_eq!(citations.len(), 1);
    let dateline = &citations[0];
    assert!(dateline.dateline);
    assert_eq!(dateline.source, "Reuters");
    assert_eq!(dateline.kind, SourceKind::Agency);
    assert_eq!(dateline.words, "WASHINGTON (Reuters) -");
    assert_eq!(
        dateline.sentences,
        vec![1, 2],
        "the copy under the dateline"
    );
}

#[test]
fn statements_memos_and_officials_are_sources() {
    assert_eq!(
        sources_of(
            "“We are working to process those already within our facilities,” \
             CBP Commissioner Kevin McAleenan said in a statement."
        ),
        [("statement".into(), "document")]
    );
    assert_eq!(
        sources_of("The plan was laid out in a leaked memo seen by the paper."),
        [("leaked memo".into(), "document")]
    );
    assert_eq!(
        sources_of("Senior administration officials said the talks would resume."),
        [("senior administration officials".into(), "official")]
    );
    assert_eq!(
        sources_of("The statement came as a Foreign Affairs spokesperson said no more."),
        [("Foreign Affairs spokesperson".into(), "official")],
        "a capital inside the sentence is the name's"
    );
    assert_eq!(
        sources_of("A spokesman for the Kremlin said the visit was not planned."),
        [("spokesman for the Kremlin".into(), "official")]
    );
}

#[test]
fn the_demo_relay_cites_tass_and_sputnik_and_sputnik_its_dateline() {
    let demo = crate::corpus::load_demo();
    let tass = find_citations(&demo.articles[1]);
    let agencies: Vec<(&str, &str)> = tass
        .iter()
        .filter(|c| c.kind == SourceKind::Agency)
        .map(|c| (c.source.as_str(), c.words.as_str()))
        .collect();
    assert_eq!(
        agencies,
        [
            ("TASS", "Itar Tass reported"),
            ("Sputnik", "Sputnik reported")
        ]
    );
    let sputnik = find_citations(&demo.articles[0]);
    assert!(
        sputnik
            .iter()
            .any(|c| c.dateline && c.source == "Sputnik" && c.words == "MOSCOW (Sputnik) —")
    );
}

/// A wire story and its relay: the relay keeps one sentence word for word
/// and credits the wire; both carry the same quotation.
fn wire_and_relay() -> Vec<Article> {
    let shared = "The ministry said the convoy of forty trucks reached the eastern \
                  city of Deir ez-Zor late on Tuesday after a week on the road.";
    let quote = "“We will not leave our people without food and medicine in the middle \
                 of this terrible winter,” the minister said.";
    let mut wire = article(
        "wire",
        &[&[shared], &[quote], &["Officials gave no figures."]],
    );
    wire.outlet = Some("Reuters".into());
    wire.date = Some(jiff::civil::date(2017, 10, 23));
    let relayed = format!("{}, Reuters reported.", shared.trim_end_matches('.'));
    let mut relay = article("relay", &[&["Aid arrived."], &[&relayed], &[quote]]);
    relay.outlet = Some("Daily Relay".into());
    relay.date = Some(jiff::civil::date(2017, 10, 24));
    vec![wire, relay]
}

#[test]
fn a_long_shared_run_is_a_copy_from_the_cited_wire_and_a_shared_quote_is_not() {
    let articles = wire_and_relay();
    let collation = Collation::new(&articles, &[0, 1], &AlignOptions::default());
    let sources = story_sources(&collation, &articles);
    let (wire, relay) = (
        collation.position(0).unwrap(),
        collation.position(1).unwrap(),
    );
    assert!(
        sources.articles[wire].copied.is_empty(),
        "the wire copied nothing"
    );
    let copies = &sources.articles[relay].copied;
    assert_eq!(
        copies.len(),
        1,
        "the shared quotation is no copy: {copies:?}"
    );
    let copy = &copies[0];
    assert_eq!(copy.from, wire);
    assert_eq!(copy.origin, Origin::Cited);
    assert_eq!(
        (copy.sentences.clone(), copy.from_sentences.clone()),
        (vec![1], vec![0])
    );
    assert_eq!(
        copy.words, 25,
        "the whole sentence, Deir ez-Zor as three words"
    );
    assert_eq!(copy.credit.as_deref(), Some("Reuters"));
    assert!(sources.articles[relay].is_copied(1));
}

#[test]
fn without_a_credit_the_earlier_article_is_the_origin() {
    let mut articles = wire_and_relay();
    articles[1].paragraphs[1].sentences[0] = crate::corpus::Sentence::new(
        "The ministry said the convoy of forty trucks reached the eastern city of \
         Deir ez-Zor late on Tuesday after a week on the road.",
    );
    articles[0].outlet = None;
    articles.swap(0, 1);
    let collation = Collation::new(&articles, &[0, 1], &AlignOptions::default());
    let sources = story_sources(&collation, &articles);
    let later = collation.position(0).unwrap();
    let copy = &sources.articles[later].copied[0];
    assert_eq!(copy.from, collation.position(1).unwrap());
    assert_eq!(copy.origin, Origin::Earlier);
}
