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

fn who_said(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().map(|s| s.name.as_str())
}

#[test]
fn a_short_quotation_in_the_predicate_of_a_reported_clause_is_the_speakers() {
    let q = quotes_of(&[&[
        "Jane Doe said during a long briefing on Monday that the company was in close talks with regulators at “very senior levels.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Jane Doe"));
    assert_eq!(q[0].kind, QuoteKind::Partial);
    let q = quotes_of(&[&[
        "Omar Haddad told the committee that the ministry had already spent the money on “urgent repairs” last winter.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Omar Haddad"));
}

#[test]
fn a_short_quotation_in_the_subject_or_the_writers_clause_stays_a_scare_quote() {
    // In the reported clause's subject, before its verb.
    let q = quotes_of(&[&[
        "Jane Doe said on Monday that the “tiny” group of lawyers advising the company had left.",
    ]]);
    assert_eq!(q[0].kind, QuoteKind::Scare);
    assert_eq!(q[0].speaker, None);
    // After the reported clause, in a clause of the writer's.
    let q = quotes_of(&[&[
        "Jane Doe said on Monday that the plan was ready for a vote, and the crowd outside the building was “ecstatic.”",
    ]]);
    assert_eq!(q[0].kind, QuoteKind::Scare);
    // After a possessive determiner: the writer's name for the thing.
    let q = quotes_of(&[&[
        "The mayor, Ann Cole, warned that he would meet protesters during his “working visit” to the city.",
    ]]);
    assert_eq!(q[0].kind, QuoteKind::Scare);
}

#[test]
fn a_participle_or_an_attribution_after_a_short_quotation_does_not_make_it_a_modifier() {
    let q = quotes_of(&[&[
        "The new levy would be a “grave mistake” designed to punish farmers, Senator John Smith said on Tuesday.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("John Smith"));
    assert_eq!(q[0].kind, QuoteKind::Partial);
    let q = quotes_of(&[&[
        "The two sides have traded offers “back and forth,” according to the union’s lawyer.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("the union’s lawyer"));
}

#[test]
fn the_subject_of_an_infinitive_reporting_verb_is_the_speaker() {
    let q = quotes_of(&[&[
        "The request angered the board, prompting Anna Berg to reply that “we will not be bullied by anyone.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Anna Berg"));
    let q = quotes_of(&[&[
        "The scandal forced Tom Hill to admit that “mistakes were made at every level.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Tom Hill"));
}

#[test]
fn pointing_out_is_a_reporting_verb() {
    let q = quotes_of(&[&[
        "Governor Ana Ruiz defended the budget by pointing out “record growth in three counties.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Ana Ruiz"));
    let q = quotes_of(&[&["“We have done our part,” Mayor Ken Ito pointed out."]]);
    assert_eq!(who_said(&q[0]), Some("Ken Ito"));
    assert_eq!(q[0].verb.as_deref(), Some("pointed out"));
}

#[test]
fn questions_and_memos_without_an_author_in_their_phrase_are_their_authors() {
    // A list of questions someone sent, passed on by a newspaper.
    let q = quotes_of(&[
        &["Prosecutor Lena Park has sent a long list of questions to the company."],
        &["The Daily Herald obtained the questions on Monday."],
        &[
            "“Who approved the payments in 2016?” reads one question.",
            "Another asks about “the invoices that went missing.”",
        ],
        &["Additional questions concern the contracts."],
        &["One question asks what the board knew about “the offshore accounts.”"],
    ]);
    assert_eq!(q.len(), 3);
    for quote in &q {
        assert_eq!(who_said(quote), Some("Lena Park"), "{}", quote.text);
    }
    // Memos named after their writer.
    let q = quotes_of(&[
        &["Former director John Smith kept notes of every meeting."],
        &["The Justice Department released the Smith memos on Thursday."],
        &["“I was asked to stay quiet about the audit,” one memo says."],
    ]);
    assert_eq!(who_said(&q[0]), Some("John Smith"));
}

#[test]
fn a_seat_of_government_speaks_under_its_usual_name() {
    let q = quotes_of(&[&["“The visit will go ahead,” a Number 10 spokesman said."]]);
    assert_eq!(who_said(&q[0]), Some("Downing Street"));
    let q = quotes_of(&[&["A Number Ten spokeswoman said: “No decision has been taken.”"]]);
    assert_eq!(who_said(&q[0]), Some("Downing Street"));
}

#[test]
fn a_role_of_someones_is_only_a_person_introduced_as_theirs() {
    // The owner of a possessive is named with the roles before the name.
    let q = quotes_of(&[
        &["CIA Director Jane Roe, now President Ann Lee’s nominee, flew to Nairobi."],
        &["She met Kenyan leader Tom Okoro there on Sunday."],
        &["The president said: “We are ready to talk.”"],
    ]);
    assert_eq!(who_said(&q[0]), Some("Ann Lee"));
    // "Ann Lee’s outside counsel" is not the special counsel.
    let q = quotes_of(&[
        &["Special counsel Robert Hale met Ann Lee on Monday."],
        &[
            "The two have exchanged letters “back and forth,” according to Ann Lee’s outside counsel.",
        ],
    ]);
    assert_ne!(who_said(&q[0]), Some("Robert Hale"));
}

#[test]
fn words_quoted_from_a_writing_that_reports_speech_are_the_writers() {
    let q = quotes_of(&[&[
        "In her diary, Maria Costa wrote that the colonel said he had “grave doubts” about the plan.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Maria Costa"));
    // Spoken, not written: the person quoted speaks.
    let q = quotes_of(&[&[
        "Maria Costa said that the colonel Ivan Petrov told her he had “grave doubts” about the plan.",
    ]]);
    assert_ne!(who_said(&q[0]), Some("Maria Costa"));
}

#[test]
fn a_headline_gives_its_quotation_to_the_speaker_before_its_colon() {
    let q = quotes_of(&[
        &["Merkel: New tariffs would be “a serious mistake for everyone”"],
        &["Angela Merkel spoke in Berlin."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Angela Merkel"));
    let q = quotes_of(&[
        &["Kenyan Ambassador to UN: Talks Have Been 'Very Productive'"],
        &["Ambassador Jane Mwangi spoke on Friday."],
    ]);
    assert!(q[0].speaker.is_some());
    // Not a speaker: a clause before the colon, or a body paragraph.
    let q = quotes_of(&[&["The deal is off: critics call it “a total sham”"]]);
    assert_eq!(q[0].speaker, None);
    let q = quotes_of(&[
        &["Talks resume in Geneva."],
        &["Merkel: a “serious mistake” for everyone."],
    ]);
    assert_eq!(q[0].speaker, None);
}

#[test]
fn a_day_or_time_after_the_closing_verb_still_ends_the_attribution() {
    let q = quotes_of(&[&[
        "The files show the deal is “built on deception from the start” and should go, Prime Minister Ana Lopes said Monday.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
    let q = quotes_of(&[&[
        "The vote was “a turning point for the region,” the envoy Tom Berg said yesterday.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Tom Berg"));
}

#[test]
fn an_unattributed_document_is_its_filers() {
    let q = quotes_of(&[
        &["The Sierra Club filed a lawsuit on Tuesday against the city."],
        &["The lawsuit alleges that the city found a “ready and eager ally” in the council."],
        &["“The ordinance was passed in haste,” the lawsuit states."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Sierra Club"));
    assert_eq!(who_said(&q[1]), Some("Sierra Club"));
}

#[test]
fn a_role_with_a_place_after_its_preposition_is_the_subject() {
    let q = quotes_of(&[
        &["Prime Minister Ana Lopes spoke on Monday."],
        &["Portugal's ambassador to the United States said the talks were a “real turning point.”"],
        &["“We are ready,” Rui Costa told reporters."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Rui Costa"));
}

#[test]
fn a_long_indefinite_apposition_still_leads_to_the_subject() {
    let q = quotes_of(&[&[
        "Jane Doe, an associate professor with the European Studies Program at the University of Leeds in England, said Lopes arrived “hoping to mend fences with the north.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Jane Doe"));
}

#[test]
fn a_participle_belongs_to_the_main_clause_not_to_the_reported_one() {
    let q = quotes_of(&[&[
        "Responding online, Greenpeace said the ministry was seeking attention, saying it had helped expose “the ministry's broken promises on coal.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Greenpeace"));
}

#[test]
fn a_pronoun_after_a_quotation_is_not_someone_the_quotation_named() {
    let q = quotes_of(&[
        &[
            "“If Lopes resigned, the party could go on,” Jane Doe said of the coalition. “Lopes cannot stop it. She cannot stop the vote.”",
        ],
        &["“It really gives the party a way out,” she added."],
    ]);
    assert_eq!(who_said(&q[2]), Some("Jane Doe"));
}

#[test]
fn a_clause_ending_in_a_colon_introduces_its_subjects_words() {
    let q = quotes_of(&[
        &["Ana Lopes spoke in Lisbon."],
        &[
            "Lopes also took credit for the new port, including its early opening: “Without us, nothing would have been built.”",
        ],
    ]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
    assert_eq!(q[0].kind, QuoteKind::Direct);
}

#[test]
fn a_name_and_the_occasion_without_a_verb_attribute() {
    let q = quotes_of(&[&["“We will talk frankly,” Lopes in an interview aired Monday."]]);
    assert_eq!(who_said(&q[0]), Some("Lopes"));
}

#[test]
fn disclosed_and_drew_attention_to_report_speech() {
    let q = quotes_of(&[&[
        "Jane Doe also disclosed that, amid the talks, “we have met at the highest levels.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Jane Doe"));
}

#[test]
fn an_organisation_name_goes_on_through_ampersands_and_its_preposition() {
    let q = quotes_of(&[&[
        "In a paper on the summit, the London-based Institute for Peace & Conflict Studies said that “the optics will be good, but the stakes are high.”",
    ]]);
    assert_eq!(
        who_said(&q[0]),
        Some("Institute for Peace & Conflict Studies")
    );
}

#[test]
fn a_joint_statement_goes_to_the_first_named() {
    let q = quotes_of(&[&[
        "Lopes, Silva and Costa noted that the port “was never meant to make money.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Lopes"));
    let q = quotes_of(&[&[
        "Senate Finance Chairman Ana Lopes, D-Ore.; Budget Chairman Rui Silva, R-Utah; and Transport Chairman Pedro Costa, R-Calif., said in a joint statement that the deal “leaves the port without a plan.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
    let q = quotes_of(&[&["Lopes and Costa said the deal “leaves the port without a plan.”"]]);
    assert_eq!(who_said(&q[0]), Some("Lopes"));
    // "and" joining two clauses, not two names.
    let q = quotes_of(&[&[
        "After meeting Lopes and Costa said the deal “leaves the port without a plan.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Costa"));
    // "and" inside a committee's name joins no list.
    let q = quotes_of(&[&[
        "House Ways and Means Committee Chairman Pedro Costa said the tariffs “are narrow and targeted at our rivals.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Pedro Costa"));
}

#[test]
fn an_adverbial_or_a_time_between_the_subject_and_its_verb_is_skipped() {
    let q = quotes_of(&[&[
        "Mr. Costa, in a tweet Friday evening, chided “lazy regulators” for the delay.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Costa"));
    let q = quotes_of(&[&[
        "In a statement, Harbour Watch on Friday noted that the plan was drawn up for “two hundred families who will lose their homes to the new quay.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Harbour Watch"));
    // A month alone is a name's last word, not a time to skip.
    let q = quotes_of(&[&["Prime Minister Theresa May said the deal was “the best we can get.”"]]);
    assert_ne!(who_said(&q[0]), Some("Theresa"));
    let q = quotes_of(&[&["Ana Lopes in May said the deal was “the best we can get.”"]]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
}

#[test]
fn a_verb_without_a_subject_continues_the_reporting_clause_before() {
    let q = quotes_of(&[&[
        "Rui Silva, Ms. Lopes's lawyer, said he had not seen the filing and described it as a “rehash” of an older claim.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
    let q = quotes_of(&[&[
        "Ms. Lopes suggested, for instance, that the accounts would reveal “hidden debts” if they were published.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Lopes"));
    // A participle naming a thing is the writer's.
    let q = quotes_of(&[&["Ms. Lopes said the plan, called “Blue Harbour,” was years old."]]);
    assert_eq!(who_said(&q[0]), None);
}

#[test]
fn a_participle_with_its_agent_inside_a_reported_clause_is_not_the_speaker() {
    let q = quotes_of(&[&[
        "Mayor Rui Silva tweeted that the audit written by former mayor Ana Lopes “proves clearly” there was no fraud.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn verbless_and_quoted_as_saying_attributions_after_the_quotation() {
    let q = quotes_of(&[&[
        "“We will rebuild the port,” Mayor Rui Silva during a televised address on Monday.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
    let q =
        quotes_of(&[&["“We are ready to sign,” Ana Lopes was quoted by state radio as saying."]]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
}

#[test]
fn according_to_after_the_quotation_names_the_source_over_a_relay() {
    let q = quotes_of(&[&[
        "Reuters added the detail that the port will “open to all ships by June,” according to Lopes.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Lopes"));
}

#[test]
fn verbs_of_manner_report_speech() {
    let q =
        quotes_of(&[&["Asked about the vote, Mr. Silva demurred: “I haven't thought about it.”"]]);
    assert_eq!(who_said(&q[0]), Some("Silva"));
    let q = quotes_of(&[&["Ana Lopes thundered on the radio that there was “NO DEAL AT ALL.”"]]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
}

#[test]
fn a_name_after_an_indefinite_article_is_not_the_subject_of_a_participle() {
    let q = quotes_of(&[&[
        "Rui Silva, a Liberal member of the council, also welcomed the plan, calling it “great news” for the town.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn an_announcement_is_its_issuers() {
    let q = quotes_of(&[
        &[
            "The agency carried the announcement from Lopes, which read, “The port will close on Friday.”",
        ],
        &["“No ship will be turned away before then,” the announcement concluded."],
    ]);
    assert_eq!(who_said(&q[1]), Some("Lopes"));
}

#[test]
fn words_of_a_document_whose_verb_reports_a_clause_are_its_authors() {
    let q = quotes_of(&[
        &["The council published the memos written by former mayor Ana Lopes."],
        &["“We have nothing to hide,” Rui Silva said."],
        &["The memos also showed that Silva told Lopes at a dinner that he “needed her silence.”"],
    ]);
    assert_eq!(who_said(&q[1]), Some("Ana Lopes"));
}

#[test]
fn a_report_nested_in_a_document_authors_words_is_the_authors() {
    let q = quotes_of(&[
        &["The memos written by former mayor Ana Lopes were released on Monday."],
        &["Lopes said the minister told her, “I have always been loyal to you.”"],
    ]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
    // Someone who wrote nothing in the article reports another's words.
    let q =
        quotes_of(&[&["Rui Silva said the minister told him, “I have always been loyal to you.”"]]);
    assert_eq!(who_said(&q[0]), Some("the minister"));
}

#[test]
fn a_pronoun_after_a_paragraph_ending_in_a_colon_is_its_subject() {
    let q = quotes_of(&[
        &["President Pedro Costa announced his visit on Monday."],
        &[
            "Portugal's foreign minister, Ana Lopes, used Mr. Costa's own style to welcome President Costa:",
        ],
        &["“Looking forward to the GREATEST visit,” she wrote on Twitter."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
}

#[test]
fn a_body_noun_refers_to_an_organisation_of_the_alias_table() {
    let q = quotes_of(&[
        &["The Democratic National Committee filed a lawsuit on Friday."],
        &[
            "In the document, the committee accuses the campaign of “a long conspiracy against the voters.”",
        ],
    ]);
    assert_eq!(who_said(&q[0]), Some("Democratic National Committee"));
}

#[test]
fn an_adverb_of_frequency_between_subject_and_verb_is_skipped() {
    let q = quotes_of(&[&["Mayor Rui Silva at times said the port was “a gift to the town.”"]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
    let q = quotes_of(&[&["Mayor Rui Silva often said the port was “a gift to the town.”"]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn a_document_author_reporting_through_a_participle_keeps_the_words() {
    let q = quotes_of(&[
        &["The memos written by former mayor Ana Lopes were released on Monday."],
        &[
            "Lopes also notes that the minister praised her, noting that the minister at times said “he trusted me completely.”",
        ],
    ]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
}

#[test]
fn an_instruction_or_advice_attributes_its_words() {
    let q = quotes_of(&[&["“Keep calm,” instructed Rui Silva, the district supervisor."]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
    let q = quotes_of(&[&["“Wait a week,” advised Ana Lopes, a broker in Porto."]]);
    assert_eq!(who_said(&q[0]), Some("Ana Lopes"));
}

#[test]
fn a_place_or_body_after_a_named_subject_is_not_the_speaker() {
    let q = quotes_of(&[&[
        "In 2013, Senator Rui Silva of Kentucky called the debt “the great issue of our time.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
    let q = quotes_of(&[&[
        "The leader of Ennahda, Rui Silva, condemned the attack, saying in a statement that it “will not break our will.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn a_lowercase_particle_is_the_same_name_capitalised_at_a_sentence_start() {
    let q = quotes_of(&[
        &["The book is by Luis de Miranda, a French philosopher."],
        &[
            "De Miranda evokes the century in his introduction: “When we hear the word neon, we see a city.”",
        ],
    ]);
    assert_eq!(who_said(&q[0]), Some("Luis de Miranda"));
}

#[test]
fn a_platform_is_where_words_were_posted_not_who_posted_them() {
    let q = quotes_of(&[&[
        "Staff writer Rui Silva posted to Twitter asking if there were “any calm voters left?”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn a_titled_persons_place_before_an_apposition_is_not_the_speaker() {
    let q = quotes_of(&[&[
        "Rep. Rui Silva of Maryland, the senior Democrat on the committee, said late Thursday that the memos “provide strong evidence.”",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn who_is_instructed_speaks_no_words() {
    let q = quotes_of(&[&[
        "The general said militants were trained at the bases, adding that they had been instructed to “destabilize” the country.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("The general"));
}

#[test]
fn she_refers_to_a_woman_though_a_man_was_named_since() {
    let q = quotes_of(&[
        &[
            "Helen Kowalski joined the laboratory in 1961.",
            "She learned to program its computer within weeks.",
        ],
        &["Decades later, the physicist Peter Berg found her name in a footnote."],
        &["“It was a small team and we did everything,” she said."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Helen Kowalski"));
}

#[test]
fn titles_and_pronouns_tell_gender_where_the_given_name_does_not() {
    let q = quotes_of(&[
        &["Ms. Anouk Varga, the mayor, opened the bridge on Monday."],
        &[
            "“The cables are sound,” said Tariq Benali, the engineer.",
            "He has worked on bridges for thirty years.",
        ],
        &["“We tested every cable twice,” she said."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Tariq Benali"));
    assert_eq!(who_said(&q[1]), Some("Anouk Varga"));
}

#[test]
fn a_document_is_not_a_person_whose_apposition_names_documents() {
    let q = quotes_of(&[
        &["The Rivers Trust filed a lawsuit on Friday against the water company."],
        &["Nick Ackroyd, a lawyer and an expert on court documents, said the case was strong."],
        &["The lawsuit refers to the company as a “serial polluter” of the river."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Rivers Trust"));
}

#[test]
fn a_quoted_paragraph_after_a_paragraph_about_one_person_is_theirs() {
    let q = quotes_of(&[
        &["“The river is sick,” says Rangi Tane, 70, a tribal elder."],
        &["For Tane and his family the losses are personal."],
        &["“It is very emotional. We need to listen to the sea.”"],
    ]);
    assert_eq!(who_said(&q[1]), Some("Rangi Tane"));
    // Two people named: no guess.
    let q = quotes_of(&[
        &["Rangi Tane, 70, met Aroha Moana, 41, at the beach."],
        &["“It is very emotional. We need to listen to the sea.”"],
    ]);
    assert_eq!(who_said(&q[0]), None);
}

#[test]
fn a_quoted_paragraph_after_a_documents_mention_is_its_authors() {
    let q = quotes_of(&[
        &["The memos written by James Comey were released on Thursday."],
        &["A memo from January also referenced the president’s demand for loyalty."],
        &[
            "“He then returned to loyalty, saying he needed it. I replied that he would get honesty.”",
        ],
    ]);
    assert_eq!(who_said(&q[0]), Some("James Comey"));
}

#[test]
fn a_question_someone_plans_to_ask_is_theirs() {
    let q = quotes_of(&[&[
        "“What efforts were made to reach the general about a pardon?”",
        "Mr. Rui Silva planned to ask, according to questions read by investigators to the lawyers, who compiled them into a list.",
    ]]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn in_someones_words_attributes_the_quotation() {
    let q = quotes_of(&[
        &["Prof. Amara Okafor leads the study at the university."],
        &["In Dr. Okafor’s words, “the threshold could be where awareness begins.”"],
    ]);
    assert_eq!(who_said(&q[0]), Some("Amara Okafor"));
}

#[test]
fn a_surname_alone_is_the_first_introduced_of_its_namesakes() {
    let q = quotes_of(&[
        &["President Emile Durand of France arrived on Monday."],
        &["His wife, Claire Durand, 52, visited a school in the afternoon."],
        &["“We are honoured to be here,” Durand said."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Emile Durand"));
}

#[test]
fn a_role_with_the_name_in_commas_is_the_named_person() {
    let q = quotes_of(&[
        &["Prime Minister Anna Berg presented the files on Monday."],
        &[
            "“The deal rests on verification, not trust,” the British foreign secretary, Rui Silva, said in a statement.",
        ],
    ]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn words_given_according_to_a_memo_are_its_authors() {
    let q = quotes_of(&[
        &[
            "The president spoke candidly to the former director Rui Silva, according to Mr. Silva’s closely guarded memos.",
        ],
        &["“I hope you can let this go,” Mr. Trump said, according to the memo."],
    ]);
    assert_eq!(who_said(&q[0]), Some("Rui Silva"));
}

#[test]
fn a_quoted_paragraph_after_a_document_of_no_known_author_has_no_speaker() {
    // The words may be the report's: neither Tane nor "report" said them.
    let q = quotes_of(&[
        &["Rangi Tane, 70, studied the report on Monday."],
        &["“Stranding numbers have doubled in a decade across the region.”"],
    ]);
    assert_eq!(who_said(&q[0]), None);
}

#[test]
fn a_series_of_predicates_shares_its_subject_and_verbs_of_characterizing_attribute() {
    let q = quotes_of(&[&[
        "Governor Rui Silva has denounced the mayor as a “madman,” nicknamed him “Little Captain,” derided him as “short and slow” and threatened him with “fire and brimstone.”",
    ]]);
    for start in ["madman", "short and slow", "fire and brimstone"] {
        let q = quote(&q, start);
        assert_eq!(speaker(q), "Rui Silva", "{start}");
        assert_eq!(q.kind, QuoteKind::Partial, "{start}");
    }
    // A nickname is a name, nobody's statement.
    assert_eq!(quote(&q, "Little Captain").kind, QuoteKind::Scare);
    // Not a thing the writer names after a comma.
    let q = quotes_of(&[&[
        "Rui Silva said the program, called “Project Amad,” was a weapons program.",
    ]]);
    assert_eq!(q[0].kind, QuoteKind::Scare);
    assert_eq!(speaker(&q[0]), "");
}

#[test]
fn the_subject_comes_after_an_adverbial_put_first() {
    // "he" is the one who holds out the prospect and repeats the vow, not
    // the one named inside the adverbial.
    let q = quotes_of(&[
        &["Rui Silva met Tane Ngata in Lisbon on Monday."],
        &[
            "As he held out the prospect of a deal with Mr. Ngata, Mr. Silva repeated his vow to walk away.",
            "“I will leave the table,” he said.",
        ],
    ]);
    assert_eq!(speaker(&q[0]), "Rui Silva");
    let q = quotes_of(&[
        &["Rui Silva spoke in Lisbon."],
        &[
            "Hosting Prime Minister Tane Ngata at the palace, Mr. Silva again assailed the treaty as “insane.”",
        ],
    ]);
    assert_eq!(speaker(&q[0]), "Rui Silva");
}

#[test]
fn one_of_a_group_in_commas_is_an_apposition() {
    let q = quotes_of(&[&[
        "Eric Reeves, one of the leading academic voices on Sudan, said he was “appalled” that the sanctions were lifted.",
    ]]);
    assert_eq!(speaker(&q[0]), "Eric Reeves");
    assert_eq!(q[0].kind, QuoteKind::Partial);
}

#[test]
fn given_names_alone_are_the_one_person_whose_full_name_starts_with_them() {
    let q = quotes_of(&[
        &["Clockwise from top: Te Kaurinui Parata, in front of the carving shed; Hori Parata, 75."],
        &["“That is a modern thing,” says Te Kaurinui."],
    ]);
    assert_eq!(speaker(&q[0]), "Te Kaurinui Parata");
}

#[test]
fn a_pronoun_does_not_refer_to_a_name_in_its_own_clause_or_to_an_outlet() {
    let q = quotes_of(&[
        &[
            "Mr. Rui Silva was coy about whether he would tear up the treaty.",
            "Aides said he hoped to push back against Mr. Tane Ngata's entreaties.",
        ],
        &["“Nobody knows what I will do,” he said in an appearance with Mr. Ngata."],
    ]);
    assert_eq!(speaker(&q[0]), "Rui Silva");
    let q = quotes_of(&[
        &["Mayor Sadiq Khan spoke on Monday."],
        &[
            "Breitbart London reported in 2017 on Mr. Khan's remarks, when he said it would not be “appropriate for our government to roll out the red carpet.”",
        ],
    ]);
    assert_eq!(speaker(&q[0]), "Sadiq Khan");
}
