//! The review file: notes in SQLite.
//!
//! - **Always saved**: every change is its own transaction, committed the
//!   moment it is made; there is no save step. WAL mode lets readers and a
//!   writer work at once, and a busy timeout makes two storydiff processes
//!   on one file wait for each other instead of failing.
//! - **Versioned**: `PRAGMA user_version` holds the schema version;
//!   [`MIGRATIONS`] bring an older file forward, each in one transaction.
//! - **Never overwritten**: a file that is locked, read-only, corrupt or of a
//!   newer schema is opened read-only (or not at all), with one clear
//!   [`StoreError`]; nothing is ever written over a file that could not be read.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::model::{Note, Target};

/// Schema version this build writes.
pub const SCHEMA_VERSION: i64 = 2;

/// How long a writer waits for another process's write to finish.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The forward migrations: `MIGRATIONS[k]` brings version `k` to `k + 1`.
pub const MIGRATIONS: [&str; 2] = [
    // 1: notes and their tags.
    "CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        article_key TEXT,
        text TEXT NOT NULL DEFAULT '',
        reviewed INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        modified TEXT NOT NULL
     );
     CREATE TABLE tags (
        note INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (note, tag)
     );",
    // 2: notes found by article, and where the reviewer was in each corpus.
    "CREATE INDEX notes_by_article ON notes(article_key);
     CREATE TABLE places (
        corpus TEXT PRIMARY KEY,
        place TEXT NOT NULL,
        modified TEXT NOT NULL
     );",
];

/// Why the review file cannot be used (fully).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not an SQLite database, or is damaged.
    #[error("{path}: not a storydiff review file or damaged ({reason}); it was left untouched")]
    Corrupt {
        /// The file.
        path: String,
        /// What SQLite said.
        reason: String,
    },
    /// Written by a newer storydiff.
    #[error(
        "{path}: written by a newer storydiff (schema {found}, this one knows {SCHEMA_VERSION}); opened read-only"
    )]
    Newer {
        /// The file.
        path: String,
        /// Its schema version.
        found: i64,
    },
    /// Another process holds a lock for longer than the busy timeout.
    #[error("{path}: locked by another program; try again, or close it")]
    Locked {
        /// The file.
        path: String,
    },
    /// The file or its folder cannot be written.
    #[error("{path}: cannot be written ({reason}); opened read-only")]
    ReadOnly {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// The file exists but cannot be opened even for reading.
    #[error("{path}: cannot be opened ({reason}); it was left untouched")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// A change was asked of a file that is open read-only.
    #[error("{path}: open read-only; the change was not saved")]
    Refused {
        /// The file.
        path: String,
    },
    /// Any other SQLite failure.
    #[error("{path}: {source}")]
    Sqlite {
        /// The file.
        path: String,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
}

/// An open review file.
#[derive(Debug)]
pub struct Store {
    connection: Connection,
    path: PathBuf,
    read_only: bool,
}

fn shown(path: &Path) -> String {
    crate::corpus::sanitize::for_display_path(path).into_owned()
}

/// `path` as an SQLite `file:` URI: every byte but unreserved ones and `/`
/// percent-encoded, so `?`, `#` and `%` in folder names stay part of the path.
pub(super) fn file_uri(path: &Path) -> String {
    use std::fmt::Write as _;
    let mut uri = String::from("file:");
    for &byte in path.as_os_str().as_encoded_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(byte as char);
        } else {
            let _ = write!(uri, "%{byte:02X}");
        }
    }
    uri
}

fn classify(path: &Path, error: rusqlite::Error) -> StoreError {
    let path = shown(path);
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            StoreError::Corrupt {
                path,
                reason: error.to_string(),
            }
        }
        Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
            StoreError::Locked { path }
        }
        Some(rusqlite::ErrorCode::ReadOnly) | Some(rusqlite::ErrorCode::CannotOpen) => {
            StoreError::ReadOnly {
                path,
                reason: error.to_string(),
            }
        }
        _ => StoreError::Sqlite {
            path,
            source: error,
        },
    }
}

impl Store {
    /// Opens (creating it and its folder when missing) the review file at
    /// `path` for reading and writing, bringing its schema forward.
    ///
    /// When that fails but the file can still be read (read-only file or
    /// folder, newer schema), returns the store opened read-only together
    /// with the reason; `Err` only when it cannot be read at all.
    pub fn open(path: &Path) -> Result<(Store, Option<StoreError>), StoreError> {
        match Self::open_writable(path) {
            Ok(store) => Ok((store, None)),
            Err(error @ (StoreError::ReadOnly { .. } | StoreError::Newer { .. })) => {
                let store = Self::open_read_only(path).map_err(|e| match e {
                    StoreError::ReadOnly { path, reason } => {
                        StoreError::Unreadable { path, reason }
                    }
                    other => other,
                })?;
                Ok((store, Some(error)))
            }
            Err(error) => Err(error),
        }
    }

    /// Opens an existing file read-only; it must be a review file of a
    /// schema this build can read.
    ///
    /// A WAL file in a folder this user cannot write (a review file shared
    /// read-only beside a class's corpus) cannot get its shared-memory file,
    /// so it is then read as immutable: as it is on disk, without locks.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let store = Self::connect_read_only(path, false)?;
        let version = match store.version() {
            Err(StoreError::ReadOnly { .. }) => {
                let store = Self::connect_read_only(path, true)?;
                let version = store.version()?;
                return store.checked_read_only(version);
            }
            other => other?,
        };
        store.checked_read_only(version)
    }

    fn connect_read_only(path: &Path, immutable: bool) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = if immutable {
            let uri = format!(
                "{}?immutable=1",
                file_uri(&std::path::absolute(path).unwrap_or_default())
            );
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        } else {
            Connection::open_with_flags(path, flags)
        }
        .map_err(|e| classify(path, e))?;
        connection
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| classify(path, e))?;
        Ok(Store {
            connection,
            path: path.to_path_buf(),
            read_only: true,
        })
    }

    fn checked_read_only(self, version: i64) -> Result<Store, StoreError> {
        if version < 1 {
            return Err(StoreError::Corrupt {
                path: shown(&self.path),
                reason: "it holds no storydiff notes".into(),
            });
        }
        // A newer schema is read as far as the columns this build knows.
        self.connection
            .prepare("SELECT id, target, text, reviewed, created, modified FROM notes LIMIT 1")
            .map_err(|e| self.error(e))?;
        Ok(self)
    }

    fn open_writable(path: &Path) -> Result<Store, StoreError> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| StoreError::ReadOnly {
                path: shown(path),
                reason: e.to_string(),
            })?;
        }
        let connection = Connection::open(path).map_err(|e| classify(path, e))?;
        connection
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| classify(path, e))?;
        let mut store = Store {
            connection,
            path: path.to_path_buf(),
            read_only: false,
        };
        if store
            .connection
            .is_readonly(rusqlite::MAIN_DB)
            .unwrap_or(true)
        {
            return Err(StoreError::ReadOnly {
                path: shown(path),
                reason: "the file is not writable".into(),
            });
        }
        // Reading first: a file that is not a database fails here, before
        // anything is written to it.
        let version = store.version()?;
        if version == 0 && store.has_tables()? {
            return Err(StoreError::Corrupt {
                path: shown(path),
                reason: "an SQLite database of another program".into(),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: shown(path),
                found: version,
            });
        }
        store
            .connection
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| classify(path, e))?;
        store
            .connection
            .pragma_update(None, "foreign_keys", true)
            .map_err(|e| classify(path, e))?;
        store.migrate(version)?;
        Ok(store)
    }

    /// The file's schema version (0 for a new, empty file).
    pub fn version(&self) -> Result<i64, StoreError> {
        self.connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| self.error(e))
    }

    fn has_tables(&self) -> Result<bool, StoreError> {
        self.connection
            .query_row("SELECT count(*) FROM sqlite_master", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(|n| n > 0)
            .map_err(|e| self.error(e))
    }

    fn migrate(&mut self, from: i64) -> Result<(), StoreError> {
        for version in from..SCHEMA_VERSION {
            let path = self.path.clone();
            let tx = self
                .connection
                .transaction()
                .map_err(|e| classify(&path, e))?;
            tx.execute_batch(MIGRATIONS[version as usize])
                .map_err(|e| classify(&path, e))?;
            tx.pragma_update(None, "user_version", version + 1)
                .map_err(|e| classify(&path, e))?;
            tx.commit().map_err(|e| classify(&path, e))?;
        }
        Ok(())
    }

    fn error(&self, error: rusqlite::Error) -> StoreError {
        classify(&self.path, error)
    }

    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            Err(StoreError::Refused {
                path: shown(&self.path),
            })
        } else {
            Ok(())
        }
    }

    /// Whether changes are refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds a note; returns it as stored.
    pub fn add(
        &mut self,
        target: &Target,
        text: &str,
        tags: &[String],
        reviewed: bool,
    ) -> Result<Note, StoreError> {
        self.writable()?;
        let now = Timestamp::now();
        let target_json = serde_json::to_string(target).expect("targets serialize");
        let key = target.article_key().map(|k| k.to_string());
        let tx = self
            .connection
            .transaction()
            .map_err(|e| classify(&self.path, e))?;
        tx.execute(
            "INSERT INTO notes (target, article_key, text, reviewed, created, modified)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![target_json, key, text, reviewed, now.to_string()],
        )
        .map_err(|e| classify(&self.path, e))?;
        let id = tx.last_insert_rowid();
        for tag in tags {
            tx.execute(
                "INSERT OR IGNORE INTO tags (note, tag) VALUES (?1, ?2)",
                params![id, tag],
            )
            .map_err(|e| classify(&self.path, e))?;
        }
        tx.commit().map_err(|e| classify(&self.path, e))?;
        self.get(id)?.ok_or_else(|| StoreError::Locked {
            path: shown(&self.path),
        })
    }

    /// Changes a note's text, tags and reviewed mark at once.
    pub fn update(
        &mut self,
        id: i64,
        text: &str,
        tags: &[String],
        reviewed: bool,
    ) -> Result<(), StoreError> {
        self.writable()?;
        let now = Timestamp::now().to_string();
        let tx = self
            .connection
            .transaction()
            .map_err(|e| classify(&self.path, e))?;
        tx.execute(
            "UPDATE notes SET text = ?2, reviewed = ?3, modified = ?4 WHERE id = ?1",
            params![id, text, reviewed, now],
        )
        .map_err(|e| classify(&self.path, e))?;
        tx.execute("DELETE FROM tags WHERE note = ?1", params![id])
            .map_err(|e| classify(&self.path, e))?;
        for tag in tags {
            tx.execute(
                "INSERT OR IGNORE INTO tags (note, tag) VALUES (?1, ?2)",
                params![id, tag],
            )
            .map_err(|e| classify(&self.path, e))?;
        }
        tx.commit().map_err(|e| classify(&self.path, e))
    }

    /// Points a note at another target (re-attaching an orphaned note).
    pub fn retarget(&mut self, id: i64, target: &Target) -> Result<(), StoreError> {
        self.writable()?;
        let target_json = serde_json::to_string(target).expect("targets serialize");
        let key = target.article_key().map(|k| k.to_string());
        self.connection
            .execute(
                "UPDATE notes SET target = ?2, article_key = ?3, modified = ?4 WHERE id = ?1",
                params![id, target_json, key, Timestamp::now().to_string()],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }

    /// Removes a note; false when there was none with that id.
    pub fn remove(&mut self, id: i64) -> Result<bool, StoreError> {
        self.writable()?;
        let tx = self
            .connection
            .transaction()
            .map_err(|e| classify(&self.path, e))?;
        tx.execute("DELETE FROM tags WHERE note = ?1", params![id])
            .map_err(|e| classify(&self.path, e))?;
        let removed = tx
            .execute("DELETE FROM notes WHERE id = ?1", params![id])
            .map_err(|e| classify(&self.path, e))?;
        tx.commit().map_err(|e| classify(&self.path, e))?;
        Ok(removed > 0)
    }

    /// One note.
    pub fn get(&self, id: i64) -> Result<Option<Note>, StoreError> {
        Ok(self.query("WHERE id = ?1", params![id])?.pop())
    }

    /// Every note, oldest first (re-read from the file: other processes'
    /// notes included).
    pub fn all(&self) -> Result<Vec<Note>, StoreError> {
        self.query("", params![])
    }

    fn query(&self, filter: &str, args: impl rusqlite::Params) -> Result<Vec<Note>, StoreError> {
        let sql = format!(
            "SELECT id, target, text, reviewed, created, modified,
                    (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM tags WHERE note = notes.id ORDER BY tag))
             FROM notes {filter} ORDER BY id"
        );
        let mut statement = self.connection.prepare(&sql).map_err(|e| self.error(e))?;
        let rows = statement
            .query_map(args, |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, bool>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, Option<String>>(6)?,
                ))
            })
            .map_err(|e| self.error(e))?;
        let mut notes = Vec::new();
        for row in rows {
            let (id, target, text, reviewed, created, modified, tags) =
                row.map_err(|e| self.error(e))?;
            // A row this build cannot read (a newer target kind) is skipped, not lost.
            let Ok(target) = serde_json::from_str::<Target>(&target) else {
                continue;
            };
            let time = |t: &str| t.parse::<Timestamp>().unwrap_or(Timestamp::UNIX_EPOCH);
            notes.push(Note {
                id,
                target,
                text,
                tags: tags
                    .map(|t| t.split('\n').map(str::to_owned).collect())
                    .unwrap_or_default(),
                reviewed,
                created: time(&created),
                modified: time(&modified),
            });
        }
        Ok(notes)
    }

    /// Where the reviewer was in a corpus (an opaque JSON text), if kept.
    pub fn place(&self, corpus: &str) -> Result<Option<String>, StoreError> {
        self.connection
            .query_row(
                "SELECT place FROM places WHERE corpus = ?1",
                params![corpus],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    /// Keeps where the reviewer is in a corpus.
    pub fn set_place(&mut self, corpus: &str, place: &str) -> Result<(), StoreError> {
        self.writable()?;
        self.connection
            .execute(
                "INSERT INTO places (corpus, place, modified) VALUES (?1, ?2, ?3)
                 ON CONFLICT(corpus) DO UPDATE SET place = excluded.place, modified = excluded.modified",
                params![corpus, place, Timestamp::now().to_string()],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }
}
