//! The loader on every input format, on the demo and on the NewsWCL50 set.

use std::path::{Path, PathBuf};

use storydiff::corpus::{self, Article, Corpus, LoadOptions, RemovalReason};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load(rel: &[&str]) -> Corpus {
    let paths: Vec<PathBuf> = rel.iter().map(|p| root().join(p)).collect();
    corpus::load_paths(&paths, &LoadOptions::default())
}

fn only(corpus: &Corpus) -> &Article {
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    assert_eq!(corpus.articles.len(), 1);
    &corpus.articles[0]
}

fn date(article: &Article) -> Option<String> {
    article.date.map(|d| d.to_string())
}

fn body(article: &Article) -> Vec<String> {
    article.sentences().map(|s| s.text.clone()).collect()
}

#[test]
fn news_please_json_gives_metadata_outlet_from_domain_and_clean_text() {
    let corpus = load(&["tests/fixtures/formats/newsplease.json"]);
    let a = only(&corpus);
    assert_eq!(a.id, "newsplease");
    assert_eq!(a.outlet.as_deref(), Some("TASS"));
    assert_eq!(date(a).as_deref(), Some("2017-10-23"));
    assert_eq!(a.url.as_deref(), Some("https://tass.com/politics/972511"));
    assert_eq!(a.byline.as_deref(), Some("TASS"));
    assert_eq!(a.language.as_deref(), Some("en"));
    assert!(body(a).iter().all(|s| !s.contains("Read more")));
    assert_eq!(a.removed[0].reason, RemovalReason::RelatedLink);
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn trafilatura_array_gives_one_article_per_element() {
    let corpus = load(&["tests/fixtures/formats/trafilatura.json"]);
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["trafilatura-1", "trafilatura-2"]);
    let first = &corpus.articles[0];
    assert_eq!(first.outlet.as_deref(), Some("Sputnik International"));
    assert_eq!(first.byline.as_deref(), Some("Sputnik; Staff"));
    assert_eq!(first.paragraphs.len(), 2, "text wins over raw_text");
    assert_eq!(corpus.articles[1].outlet.as_deref(), Some("Press TV"));
}

#[test]
fn markdown_with_yaml_front_matter() {
    let corpus = load(&["tests/fixtures/formats/yaml_front.md"]);
    let a = only(&corpus);
    assert_eq!(
        a.title.as_deref(),
        Some("Lavrov: US must clarify its Syria policy")
    );
    assert_eq!(a.outlet.as_deref(), Some("Example Wire"));
    assert_eq!(a.byline.as_deref(), Some("Jane Doe, John Roe"));
    assert_eq!(date(a).as_deref(), Some("2017-10-23"));
    let text = body(a);
    assert_eq!(
        text[0],
        "Russia expects Washington to answer questions on its new strategy in Syria, Foreign Minister Sergei Lavrov said on Monday."
    );
    assert!(text.contains(&"Lavrov met Iraqi Foreign Minister Ibrahim al-Jaafari.".to_string()));
    assert!(
        !text
            .iter()
            .any(|s| s.contains("# ") || s.contains("**") || s.contains("Read more"))
    );
}

#[test]
fn markdown_with_toml_front_matter_infers_outlet_from_url() {
    let corpus = load(&["tests/fixtures/formats/toml_front.md"]);
    let a = only(&corpus);
    assert_eq!(
        a.title.as_deref(),
        Some("Russia questions new US line in Syria")
    );
    assert_eq!(a.outlet.as_deref(), Some("RT"));
    assert_eq!(date(a).as_deref(), Some("2017-10-23"));
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn plain_text_infers_title_and_wire_outlet_from_dateline() {
    let corpus = load(&["tests/fixtures/formats/reuters_dateline.txt"]);
    let a = only(&corpus);
    assert_eq!(
        a.title.as_deref(),
        Some("Russia says U.S. Syria policy raises questions")
    );
    assert_eq!(a.outlet.as_deref(), Some("Reuters"));
    assert_eq!(a.sentence_count(), 2);
}

#[test]
fn manifest_overrides_inference_for_the_files_it_names() {
    let corpus = load(&["tests/fixtures/formats/manifest_dir"]);
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    let relay = corpus.get("relay").unwrap();
    assert_eq!(relay.outlet.as_deref(), Some("TASS"));
    assert_eq!(date(relay).as_deref(), Some("2017-10-23"));
    assert_eq!(relay.byline.as_deref(), Some("Staff writer"));
    assert_eq!(relay.note.as_deref(), Some("Relay of a TASS report"));
    assert_eq!(relay.url.as_deref(), Some("https://example.org/relay"));
    // The headline line and the section line above it are not body text.
    assert!(
        relay
            .sentences()
            .next()
            .unwrap()
            .text
            .starts_with("MOSCOW-")
    );
    assert_eq!(relay.removed[0].text, "Section / World");
    let other = corpus.get("other").unwrap();
    assert_eq!(other.title.as_deref(), Some("A short headline here"));
    assert_eq!(other.note, None);
}

#[test]
fn the_demo_has_five_articles_with_their_outlets_and_no_boilerplate() {
    let demo = corpus::load_demo();
    assert!(demo.errors.is_empty());
    let outlets: Vec<&str> = demo
        .articles
        .iter()
        .map(|a| a.outlet.as_deref().unwrap())
        .collect();
    assert_eq!(
        outlets,
        ["Sputnik", "TASS", "Fort Russ News", "MESOP", "Press TV"]
    );
    let sputnik = &demo.articles[0];
    for text in body(sputnik) {
        assert!(!text.contains("Read also"), "{text}");
        assert!(!text.contains("Violating Singapore Summit"), "{text}");
        assert!(!text.contains("Published in"), "{text}");
    }
    let tass = &demo.articles[1];
    assert!(tass.note.as_deref().unwrap().contains("Sputnik"));
}

#[test]
fn every_newswcl50_article_loads_with_text() {
    let corpus = load(&["tests/data/newswcl50"]);
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    assert_eq!(corpus.articles.len(), 50);
    for article in &corpus.articles {
        assert!(article.sentence_count() >= 5, "{} is too short", article.id);
        assert!(article.title.is_some() || ["0_L", "1_L"].contains(&article.id.as_str()));
    }
}

#[test]
fn loading_twice_gives_the_same_ids_in_the_same_order() {
    let ids = |c: Corpus| c.articles.into_iter().map(|a| a.id).collect::<Vec<_>>();
    let first = ids(load(&["tests/data/newswcl50", "tests/fixtures/formats"]));
    let second = ids(load(&["tests/data/newswcl50", "tests/fixtures/formats"]));
    assert_eq!(first, second);
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len(), "ids are unique");
}

/// Writes `body` (a headline and a paragraph) to each of `files` under `dir`.
fn write_stories(dir: &std::path::Path, files: &[&str]) {
    for file in files {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            &path,
            format!("Headline {file}\nSome body text for {file}.\n"),
        )
        .unwrap();
    }
}

fn ids_of(dir: &std::path::Path) -> Vec<String> {
    let corpus = corpus::load_paths(&[dir.to_path_buf()], &LoadOptions::default());
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    corpus.articles.into_iter().map(|a| a.id).collect()
}

#[test]
fn files_of_one_name_in_their_own_folders_are_named_by_their_folders() {
    let dir = tempfile::tempdir().unwrap();
    write_stories(dir.path(), &["a/story.txt", "b/story.txt", "other.txt"]);
    assert_eq!(ids_of(dir.path()), ["a/story", "b/story", "other"]);
}

#[test]
fn as_many_folders_as_it_takes_tell_them_apart() {
    let dir = tempfile::tempdir().unwrap();
    write_stories(
        dir.path(),
        &[
            "2019/05/index.html.txt",
            "2019/06/index.html.txt",
            "2020/05/index.html.txt",
        ],
    );
    assert_eq!(
        ids_of(dir.path()),
        [
            "2019/05/index.html",
            "2019/06/index.html",
            "2020/05/index.html"
        ]
    );
}

#[test]
fn what_folders_cannot_tell_apart_is_numbered() {
    let dir = tempfile::tempdir().unwrap();
    write_stories(dir.path(), &["a/story.md", "a/story.txt", "b/story.txt"]);
    assert_eq!(ids_of(dir.path()), ["a/story", "a/story-2", "b/story"]);
}

#[test]
fn matching_form_is_kept_beside_display_text() {
    let demo = corpus::load_demo();
    let sentence = demo.articles[0]
        .sentences()
        .find(|s| s.text.contains("some odd things"))
        .unwrap();
    assert!(sentence.text.contains("“some odd things,”"));
    assert!(sentence.matching.contains("\"some odd things,\""));
    assert_eq!(sentence.matching, sentence.matching.to_lowercase());
}

/// An article body that loads on its own.
const BODY: &str = "Lavrov said the answers must be honest and clear.\n\
                    The minister spoke in Moscow on Monday about the policy.\n";

#[test]
fn manifest_fields_are_stripped_of_controls_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), BODY).unwrap();
    std::fs::write(
        dir.path().join("storydiff.toml"),
        "[[article]]\nfile = \"a.txt\"\n\
         outlet = \"Out\\u001b]0;pwned\\u0007let\"\n\
         title = \"T\\u009b2Jitle\\u202e\"\n\
         byline = \"By\\u001b]52;c;SGk=\\u0007line\"\n\
         note = \"No\\u001bcte\\u2066\"\n\
         url = \"https://example.org/\\u001b[31mx\"\n\
         date = \"2017-10-23\\u0007\"\n",
    )
    .unwrap();
    let corpus = corpus::load_paths(&[dir.path().to_path_buf()], &LoadOptions::default());
    let a = only(&corpus);
    assert_eq!(a.outlet.as_deref(), Some("Outlet"));
    assert_eq!(a.title.as_deref(), Some("Title"));
    assert_eq!(a.byline.as_deref(), Some("Byline"));
    assert_eq!(a.note.as_deref(), Some("Note"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
    assert_eq!(date(a).as_deref(), Some("2017-10-23"));
    assert!(
        a.notices.iter().any(|n| n.contains("control character")),
        "{:?}",
        a.notices
    );
}

#[cfg(unix)]
#[test]
fn ids_from_file_names_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a\u{1b}]0;x\u{7}\nb\u{202e}.txt"), BODY).unwrap();
    let corpus = corpus::load_paths(&[dir.path().to_path_buf()], &LoadOptions::default());
    assert_eq!(only(&corpus).id, "a\\x1b]0;x\\x07\\nb\\u{202e}");
}
