//! Finding the files to load: walking folders, reading manifests.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::files::{self, ReadError, io_reason};
use super::formats::Format;
use super::manifest::{self, MANIFEST_NAME, ManifestEntry};
use super::model::LoadError;

/// The most a manifest may hold; real ones list files in a few kilobytes.
const MANIFEST_LIMIT: u64 = 10 * 1024 * 1024;

/// A file to load, with what its folder's manifest says about it.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path shown to the user.
    pub display: String,
    /// File stem, the base of the article id.
    pub stem: String,
    /// Input format.
    pub format: Format,
    /// Where the bytes come from.
    pub origin: Origin,
    /// The manifest entry naming this file, if any.
    pub manifest: Option<ManifestEntry>,
}

/// Where a source's bytes are.
#[derive(Debug, Clone)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Text embedded in the binary.
    Embedded(&'static str),
}

impl Source {
    /// Reads the source's bytes: never more than `max_bytes`, and nothing
    /// from what is not a regular file.
    pub fn read(&self, max_bytes: u64) -> Result<Cow<'static, [u8]>, String> {
        match &self.origin {
            Origin::Embedded(text) => Ok(Cow::Borrowed(text.as_bytes())),
            Origin::File(path) => match files::read_limited(path, max_bytes) {
                Ok(bytes) => Ok(Cow::Owned(bytes)),
                Err(err @ ReadError::TooLarge { .. }) => {
                    Err(format!("{err} (raise it with --max-bytes)"))
                }
                Err(err) => Err(err.to_string()),
            },
        }
    }
}

/// The files named by `paths` (folders searched recursively, hidden entries
/// skipped), in a stable order, plus the paths that could not be used.
pub fn discover(paths: &[PathBuf]) -> (Vec<Source>, Vec<LoadError>) {
    let mut walk = Walk::default();
    for path in paths {
        walk.visit_root(path);
    }
    (walk.sources, walk.errors)
}

#[derive(Default)]
struct Walk {
    sources: Vec<Source>,
    errors: Vec<LoadError>,
    seen: HashSet<PathBuf>,
    manifests: HashMap<PathBuf, HashMap<PathBuf, ManifestEntry>>,
    /// Folders already walked, by canonical path: each is walked once, so
    /// links between folders cannot multiply the paths.
    walked: HashSet<PathBuf>,
    /// The folders being walked now, outermost first, by canonical path and
    /// as shown: a link to one of them is a loop.
    open: Vec<(PathBuf, String)>,
}

impl Walk {
    fn visit_root(&mut self, path: &Path) {
        let display = path.display().to_string();
        match fs::metadata(path) {
            Err(err) => self.error(display, io_reason(&err)),
            Ok(meta) if meta.is_dir() => {
                let before = self.sources.len();
                self.visit_dir(path);
                if self.sources.len() == before {
                    self.error(
                        display,
                        "no articles found (looked for .txt, .md, .html, .json and .jsonl files)"
                            .to_string(),
                    );
                }
            }
            Ok(_) => match Format::from_path(path) {
                Some(format) => self.add_file(path, format),
                None => self.error(
                    display,
                    "unsupported file type (expected .txt, .md, .markdown, .html, .htm, .json, .jsonl or .ndjson)"
                        .to_string(),
                ),
            },
        }
    }

    /// Walks `dir` unless it was walked already; a folder that leads back
    /// to one it is inside is reported and skipped.
    fn visit_dir(&mut self, dir: &Path) {
        let display = dir.display().to_string();
        let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if let Some((_, outer)) = self.open.iter().find(|(open, _)| *open == canonical) {
            let message = format!("folder loop: leads back to {outer}, which holds it");
            return self.error(display, message);
        }
        if !self.walked.insert(canonical.clone()) {
            return;
        }
        self.open.push((canonical.clone(), display));
        self.walk_entries(dir, &canonical);
        self.open.pop();
    }

    /// The files and folders in `dir` (whose canonical path is `canonical`),
    /// in name order, hidden ones skipped. What the folder listing says of
    /// each entry is trusted when it is not a link, which spares a
    /// file-system lookup per file in folders of thousands.
    fn walk_entries(&mut self, dir: &Path, canonical: &Path) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) => return self.error(dir.display().to_string(), io_reason(&err)),
        };
        let mut children: Vec<(PathBuf, Option<fs::FileType>)> = entries
            .filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| (e.path(), e.file_type().ok().filter(|t| !t.is_symlink())))
            .collect();
        children.sort_by(|a, b| a.0.cmp(&b.0));
        for (child, kind) in children {
            let is_dir = kind.map_or_else(|| child.is_dir(), |t| t.is_dir());
            if is_dir {
                self.visit_dir(&child);
            } else if let Some(format) = Format::from_path(&child) {
                // Not a link, inside a canonical folder: canonical already.
                let key = kind
                    .filter(fs::FileType::is_file)
                    .and_then(|_| child.file_name())
                    .map(|name| canonical.join(name));
                self.add_file_as(&child, format, key);
            }
        }
    }

    fn add_file(&mut self, path: &Path, format: Format) {
        self.add_file_as(path, format, None);
    }

    /// Adds the file at `path`, known by its canonical path `key` (looked
    /// up when not given), unless it was added already.
    fn add_file_as(&mut self, path: &Path, format: Format, key: Option<PathBuf>) {
        let key =
            key.unwrap_or_else(|| fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
        if !self.seen.insert(key.clone()) {
            return;
        }
        let manifest = self.manifest_entry(&key);
        self.sources.push(Source {
            display: path.display().to_string(),
            stem: stem_of(path),
            format,
            origin: Origin::File(path.to_path_buf()),
            manifest,
        });
    }

    /// The entry for `file` in a manifest of its folder or of any folder above it.
    fn manifest_entry(&mut self, file: &Path) -> Option<ManifestEntry> {
        let mut dir = file.parent();
        while let Some(d) = dir {
            let entries = self.manifest_in(d);
            if let Some(entry) = entries.get(file) {
                return Some(entry.clone());
            }
            dir = d.parent();
        }
        None
    }

    /// The manifest of folder `dir`, read once, keyed by canonical file path.
    fn manifest_in(&mut self, dir: &Path) -> &HashMap<PathBuf, ManifestEntry> {
        if !self.manifests.contains_key(dir) {
            let entries = self.read_manifest(dir);
            self.manifests.insert(dir.to_path_buf(), entries);
        }
        &self.manifests[dir]
    }

    fn read_manifest(&mut self, dir: &Path) -> HashMap<PathBuf, ManifestEntry> {
        let path = dir.join(MANIFEST_NAME);
        let bytes = match files::read_limited(&path, MANIFEST_LIMIT) {
            Ok(bytes) => bytes,
            Err(err) if err.is_not_found() => return HashMap::new(),
            Err(err) => {
                self.error(path.display().to_string(), err.to_string());
                return HashMap::new();
            }
        };
        let Ok(text) = String::from_utf8(bytes) else {
            return HashMap::new();
        };
        match manifest::parse(&text) {
            Ok(m) => m
                .articles
                .into_iter()
                .map(|e| {
                    let file = dir.join(&e.file);
                    (fs::canonicalize(&file).unwrap_or(file), e)
                })
                .collect(),
            Err(message) => {
                self.error(path.display().to_string(), message);
                HashMap::new()
            }
        }
    }

    fn error(&mut self, path: String, message: String) {
        let message = super::sanitize::for_display(&message).into_owned();
        self.errors.push(LoadError { path, message });
    }
}

/// The file name without its extension.
pub fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_name_order_skipping_hidden_and_unknown_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("b")).unwrap();
        fs::create_dir(root.join(".hidden")).unwrap();
        for name in [
            "b/2.txt",
            "a.json",
            ".hidden/x.txt",
            ".dot.txt",
            "notes.pdf",
        ] {
            fs::write(root.join(name), "x").unwrap();
        }
        let (sources, errors) = discover(&[root.to_path_buf()]);
        let stems: Vec<_> = sources.iter().map(|s| s.stem.as_str()).collect();
        assert_eq!(stems, ["a", "2"]);
        assert!(errors.is_empty());
    }

    #[test]
    fn the_same_file_named_twice_is_loaded_once() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "x").unwrap();
        let (sources, _) = discover(&[file.clone(), dir.path().to_path_buf()]);
        assert_eq!(sources.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_reached_twice_through_a_link_is_walked_once_without_a_loop() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("a")).unwrap();
        fs::write(root.join("a/x.txt"), "x").unwrap();
        std::os::unix::fs::symlink("a", root.join("b")).unwrap();
        let (sources, errors) = discover(&[root.to_path_buf()]);
        assert_eq!(sources.len(), 1);
        assert!(
            errors.is_empty(),
            "a link beside its target is no loop: {errors:?}"
        );
    }

    #[test]
    fn manifest_entries_attach_to_their_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        fs::write(
            dir.path().join(MANIFEST_NAME),
            "[[article]]\nfile = \"a.txt\"\noutlet = \"TASS\"\n",
        )
        .unwrap();
        let (sources, _) = discover(&[dir.path().join("a.txt")]);
        let entry = sources[0].manifest.as_ref().unwrap();
        assert_eq!(entry.outlet.as_deref(), Some("TASS"));
    }
}
