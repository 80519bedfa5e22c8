use std::path::{Path, PathBuf};

use super::*;
use crate::corpus::{Article, load_demo};

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn open(path: &Path) -> Store {
    let (store, problem) = Store::open(path).unwrap();
    assert!(problem.is_none(), "{problem:?}");
    store
}

/// The committed review file of schema version 1 (see `make_v1_fixture`).
fn v1_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review-v1.sqlite3")
}

/// Writes `tests/fixtures/review-v1.sqlite3`: the first schema and two
/// notes on the demo, as storydiff's first review files were. Run by hand
/// (`cargo test --lib make_v1_fixture -- --ignored`) only to remake it.
#[test]
#[ignore]
fn make_v1_fixture() {
    let path = v1_fixture();
    let _ = std::fs::remove_file(&path);
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute_batch(store::MIGRATIONS[0]).unwrap();
    db.pragma_update(None, "user_version", 1).unwrap();
    let demo = load_demo();
    let target = serde_json::to_string(&Target::passage(&demo.articles[0], 2..3)).unwrap();
    let key = demo.articles[0].key().to_string();
    db.execute(
        "INSERT INTO notes (target, article_key, text, reviewed, created, modified)
         VALUES (?1, ?2, 'Two translations of one sentence', 1, '2026-11-30T10:00:00Z', '2026-11-30T10:05:00Z')",
        rusqlite::params![target, key],
    )
    .unwrap();
    db.execute(
        "INSERT INTO tags (note, tag) VALUES (1, 'mistranslation')",
        [],
    )
    .unwrap();
    let story = serde_json::to_string(&Target::Story {
        story: crate::corpus::StoryKey::of([demo.articles[0].key(), demo.articles[1].key()]),
    })
    .unwrap();
    db.execute(
        "INSERT INTO notes (target, article_key, text, reviewed, created, modified)
         VALUES (?1, NULL, 'Use in week 3', 0, '2026-11-30T10:06:00Z', '2026-11-30T10:06:00Z')",
        rusqlite::params![story],
    )
    .unwrap();
}

#[test]
fn a_version_one_file_is_brought_forward_with_its_notes() {
    let dir = scratch();
    let path = dir.path().join("old.sqlite3");
    std::fs::copy(v1_fixture(), &path).unwrap();
    let store = open(&path);
    assert_eq!(store.version().unwrap(), SCHEMA_VERSION);
    let notes = store.all().unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].text, "Two translations of one sentence");
    assert_eq!(notes[0].tags, ["mistranslation"]);
    assert!(notes[0].reviewed);
    assert_eq!(notes[0].created.to_string(), "2026-11-30T10:00:00Z");
    // The version-2 table works.
    let mut store = store;
    store.set_place("corpus", "{\"story\":0}").unwrap();
    assert_eq!(
        store.place("corpus").unwrap().as_deref(),
        Some("{\"story\":0}")
    );
    let demo = load_demo();
    let placed = place_notes(&notes, &demo.articles, &[]);
    assert_eq!(placed.len(), 1, "the story note needs its story");
    assert_eq!(placed[0].status, NoteStatus::Anchored);
}

#[test]
fn every_change_is_in_the_file_at_once() {
    let dir = scratch();
    let path = dir.path().join("sub/folder/review.sqlite3");
    let mut store = open(&path);
    let demo = load_demo();
    let note = store
        .add(
            &Target::article(&demo.articles[1]),
            "relay of TASS",
            &["verify".into()],
            false,
        )
        .unwrap();
    store
        .update(
            note.id,
            "relay of TASS, edited",
            &["verify".into(), "omission".into()],
            true,
        )
        .unwrap();
    // Another connection (another process) sees it without any save step.
    let other = open(&path);
    let seen = other.get(note.id).unwrap().unwrap();
    assert_eq!(seen.text, "relay of TASS, edited");
    assert_eq!(seen.tags, ["omission", "verify"]);
    assert!(seen.reviewed && seen.modified >= seen.created);
    assert!(store.remove(note.id).unwrap());
    assert!(other.get(note.id).unwrap().is_none());
    assert!(!store.remove(note.id).unwrap());
}

#[test]
fn two_writers_at_once_lose_nothing() {
    let dir = scratch();
    let path = dir.path().join("shared.sqlite3");
    drop(open(&path));
    let demo = load_demo();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (path, article) = (path.clone(), demo.articles[w].clone());
            std::thread::spawn(move || {
                let mut store = open(&path);
                for n in 0..500 {
                    let target = Target::passage(&article, n % 3..n % 3 + 1);
                    store
                        .add(&target, &format!("writer {w} note {n}"), &[], false)
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let notes = open(&path).all().unwrap();
    assert_eq!(notes.len(), 1000);
    for w in 0..2 {
        let mine = notes
            .iter()
            .filter(|n| n.text.starts_with(&format!("writer {w} ")))
            .count();
        assert_eq!(mine, 500);
    }
}

#[test]
fn a_corrupt_file_or_another_programs_database_is_left_untouched() {
    let dir = scratch();
    let garbage = dir.path().join("garbage.sqlite3");
    let bytes = b"this is not a database, it is a text file that happens to be here\n".repeat(100);
    std::fs::write(&garbage, &bytes).unwrap();
    let error = Store::open(&garbage).unwrap_err();
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
    assert!(error.to_string().contains("left untouched"));
    assert_eq!(std::fs::read(&garbage).unwrap(), bytes);

    let foreign = dir.path().join("foreign.sqlite3");
    let db = rusqlite::Connection::open(&foreign).unwrap();
    db.execute_batch("CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1);")
        .unwrap();
    drop(db);
    let before = std::fs::read(&foreign).unwrap();
    assert!(matches!(
        Store::open(&foreign),
        Err(StoreError::Corrupt { .. })
    ));
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
}

#[test]
fn a_newer_schema_is_read_but_never_written() {
    let dir = scratch();
    let path = dir.path().join("future.sqlite3");
    std::fs::copy(v1_fixture(), &path).unwrap();
    {
        let db = rusqlite::Connection::open(&path).unwrap();
        db.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let (mut store, problem) = Store::open(&path).unwrap();
    let problem = problem.expect("a reason");
    assert!(
        matches!(problem, StoreError::Newer { found: 99, .. }),
        "{problem}"
    );
    assert!(store.is_read_only());
    assert_eq!(store.all().unwrap().len(), 2);
    let demo = load_demo();
    assert!(
        store
            .add(&Target::article(&demo.articles[0]), "x", &[], false)
            .is_err()
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_file_that_cannot_be_written_opens_read_only() {
    let dir = scratch();
    let path = dir.path().join("locked-down.sqlite3");
    std::fs::copy(v1_fixture(), &path).unwrap();
    drop(open(&path));
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        // Running as root: permissions do not bind here; tests/notes_cli.rs
        // covers this case as an unprivileged user.
        eprintln!("skipped: this user can write read-only files");
        return;
    }
    let (store, problem) = Store::open(&path).unwrap();
    assert!(
        matches!(problem, Some(StoreError::ReadOnly { .. })),
        "{problem:?}"
    );
    assert!(store.is_read_only());
    assert_eq!(store.all().unwrap().len(), 2);
}

/// A copy of a demo article with its body changed by `edit`.
fn edited(article: &Article, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> Article {
    let mut paragraphs: Vec<Vec<String>> = article
        .paragraphs
        .iter()
        .map(|p| p.sentences.iter().map(|s| s.text.clone()).collect())
        .collect();
    edit(&mut paragraphs);
    let mut copy = Article::from_paragraphs(article.id.clone(), paragraphs);
    copy.outlet = article.outlet.clone();
    copy.title = article.title.clone();
    copy
}

fn placed_once(note: &Note, article: Article) -> (NoteStatus, Vec<usize>, String) {
    let notes = [note.clone()];
    let placed = place_notes(&notes, std::slice::from_ref(&article), &[]);
    assert_eq!(
        placed.len(),
        1,
        "the edited article is still found by its name"
    );
    (
        placed[0].status,
        placed[0].sentences.clone(),
        placed[0].quote.clone(),
    )
}

fn note_on(article: &Article, sentence: usize) -> Note {
    let dir = scratch();
    let mut store = open(&dir.path().join("r.sqlite3"));
    store
        .add(
            &Target::passage(article, sentence..sentence + 1),
            "n",
            &[],
            false,
        )
        .unwrap()
}

#[test]
fn a_note_follows_its_passage_when_a_paragraph_is_inserted_before() {
    let tass = load_demo().articles[1].clone();
    let note = note_on(&tass, 5);
    let changed = edited(&tass, |p| {
        p.insert(
            1,
            vec![
                "An editor's note was added here.".into(),
                "It has two sentences.".into(),
            ],
        )
    });
    let (status, sentences, quote) = placed_once(&note, changed);
    assert_eq!(status, NoteStatus::Moved);
    assert_eq!(sentences, [7]);
    assert_eq!(quote, tass.sentence_texts()[5]);
}

#[test]
fn a_note_follows_its_sentence_when_a_word_changes() {
    let tass = load_demo().articles[1].clone();
    let note = note_on(&tass, 2);
    let original = tass.sentence_texts()[2].to_owned();
    let changed = edited(&tass, |p| {
        for sentence in p.iter_mut().flatten() {
            if *sentence == original {
                *sentence = sentence.replacen("creation", "formation", 1);
            }
        }
    });
    assert_ne!(
        changed.key(),
        tass.key(),
        "the body key changed with the text"
    );
    let (status, sentences, quote) = placed_once(&note, changed);
    assert_eq!(status, NoteStatus::Moved);
    assert_eq!(sentences, [2]);
    assert!(quote.contains("formation"), "{quote}");
}

#[test]
fn a_note_whose_sentence_was_deleted_is_orphaned_and_kept() {
    let tass = load_demo().articles[1].clone();
    let note = note_on(&tass, 2);
    let original = tass.sentence_texts()[2].to_owned();
    let changed = edited(&tass, |p| {
        for paragraph in p.iter_mut() {
            paragraph.retain(|s| *s != original);
        }
    });
    let (status, sentences, quote) = placed_once(&note, changed);
    assert_eq!(status, NoteStatus::Orphaned);
    assert!(sentences.is_empty());
    assert_eq!(quote, original, "the text it was made on");
}

#[test]
fn notes_of_other_corpora_are_left_out() {
    let demo = load_demo();
    let note = note_on(&demo.articles[0], 1);
    let notes = [note];
    let others = &demo.articles[2..];
    assert!(place_notes(&notes, others, &[]).is_empty());
}

#[test]
fn file_uris_keep_query_and_fragment_characters_in_the_path() {
    let dir = scratch();
    let folder = dir.path().join("class ?a=1#b %41");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("review.sqlite3");
    drop(open(&path));
    let uri = store::file_uri(&path);
    assert!(!uri.contains(['?', '#', ' ']), "{uri}");
    let db = rusqlite::Connection::open_with_flags(
        format!("{uri}?immutable=1"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    )
    .unwrap();
    let version: i64 = db
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}
