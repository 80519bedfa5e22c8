//! The loading pipeline: bytes → text → raw articles → cleaned, segmented articles.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::dates::DateSource;
use rayon::prelude::*;

use super::formats::{self, Entry, Format, RawArticle};
use super::manifest::ManifestEntry;
use super::model::{Article, Corpus, LoadError, Paragraph, RemovalReason, Removed, Sentence};
use super::normalize::{collapse_whitespace, is_collapsed, matching_form};
use super::sanitize::{for_display, strip_controls, strip_controls_owned};
use super::sources::{self, Source};
use super::{clean, dates, decode, outlets, sentences};
use crate::progress::{Progress, Silent, Stage};

/// Settings for loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this are skipped unread.
    pub max_bytes: u64,
}

/// The default size cap: 10 MiB, far above any real article.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Loads every article under `paths` (files or folders). Files that cannot be
/// loaded are reported in [`Corpus::errors`]; the rest still load.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    load_paths_with(paths, options, &Silent)
}

/// [`load_paths`], reporting each file read to `progress`.
pub fn load_paths_with(
    paths: &[PathBuf],
    options: &LoadOptions,
    progress: &dyn Progress,
) -> Corpus {
    let (sources, errors) = sources::discover(paths);
    load_sources(&sources, errors, options, progress)
}

/// Loads an already discovered list of sources (used for the embedded demo too).
pub fn load_sources(
    sources: &[Source],
    errors: Vec<LoadError>,
    options: &LoadOptions,
    progress: &dyn Progress,
) -> Corpus {
    progress.start(Stage::Reading, sources.len());
    let mut corpus = Corpus {
        articles: Vec::new(),
        errors,
    };
    // Files are read and cleaned in parallel, then taken in source order.
    let loaded: Vec<Vec<Result<Article, LoadError>>> = sources
        .par_iter()
        .map(|source| {
            let loaded = load_source(source, options);
            progress.advance(1);
            loaded
        })
        .collect();
    let mut folders = Vec::new();
    for (source, results) in sources.iter().zip(loaded) {
        for result in results {
            match result {
                Ok(article) => {
                    corpus.articles.push(article);
                    folders.push(source.display.as_str());
                }
                Err(error) => corpus.errors.push(error),
            }
        }
    }
    remove_outlet_repeats(&mut corpus.articles);
    assign_unique_ids(&mut corpus.articles, &folders);
    corpus
}

/// Loads one file: its articles, or errors naming it, in file order.
fn load_source(source: &Source, options: &LoadOptions) -> Vec<Result<Article, LoadError>> {
    let fail = |path: String, message: String| {
        let message = for_display(&message).into_owned();
        Err(LoadError { path, message })
    };
    let (text, notices) = match read_text(source, options) {
        Ok(read) => read,
        Err(message) => return vec![fail(source.display.clone(), message)],
    };
    let entries = match formats::parse(source.format, &text) {
        Ok(entries) => entries,
        Err(message) => return vec![fail(source.display.clone(), message)],
    };
    let mut loaded = Vec::with_capacity(entries.len());
    for Entry { position, article } in entries {
        let path = match position {
            Some(p) if source.format == Format::JsonLines => format!("{}:{p}", source.display),
            Some(p) => format!("{}[{p}]", source.display),
            None => source.display.clone(),
        };
        let built = article.and_then(|raw| build_article(raw, source, &notices));
        loaded.push(match built {
            Ok(mut article) => {
                // Ids come from file names: shown escaped, so what is listed
                // is what can be typed back.
                let stem = for_display(&source.stem);
                article.id = match position {
                    Some(p) => format!("{stem}-{p}"),
                    None => stem.into_owned(),
                };
                Ok(article)
            }
            Err(message) => fail(path, message),
        });
    }
    loaded
}

/// Reads, decodes and sanitizes a source; refuses empty and blank files.
fn read_text(source: &Source, options: &LoadOptions) -> Result<(String, Vec<String>), String> {
    let bytes = source.read(options.max_bytes)?;
    if bytes.is_empty() {
        return Err("file is empty".to_string());
    }
    let decoded = decode::decode(&bytes)?;
    let mut notices: Vec<String> = decoded.notice.into_iter().collect();
    let (text, stripped) = strip_controls_owned(decoded.text);
    if stripped > 0 {
        notices.push(format!(
            "removed {stripped} control character(s) or terminal escape sequence(s)"
        ));
    }
    if text.trim().is_empty() {
        return Err("file contains only whitespace".to_string());
    }
    Ok((text, notices))
}

/// Turns a raw article into a cleaned, segmented one (id assigned later).
fn build_article(
    mut raw: RawArticle,
    source: &Source,
    file_notices: &[String],
) -> Result<Article, String> {
    let mut manifest = source.manifest.clone().unwrap_or_default();
    let collapsed = source.format.collapses_paragraphs();
    let stripped = sanitize_raw(&mut raw, collapsed) + sanitize_manifest(&mut manifest);
    let mut notices = file_notices.to_vec();
    if stripped > 0 {
        notices.push(format!(
            "removed {stripped} control character(s) or terminal escape sequence(s)"
        ));
    }
    let paragraphs = std::mem::take(&mut raw.paragraphs);
    let (title, body, mut removed) = split_title(paragraphs, &raw, &manifest, source.format);
    let outlet = manifest
        .outlet
        .clone()
        .or(raw.outlet.clone())
        .or_else(|| raw.url.as_deref().and_then(outlets::outlet_for_domain))
        .or_else(|| raw.domain.as_deref().and_then(outlets::outlet_for_domain))
        .or_else(|| outlets::outlet_from_text(&body));
    let (date, date_source) = resolve_date(&raw, &manifest, &body, source.format, &mut notices);
    // Every paragraph is split and its sentences folded before cleaning,
    // which then reads the paragraph's matching form from theirs instead
    // of folding it again (boilerplate is a small share of the text).
    let split: Vec<Paragraph> = body
        .iter()
        .map(|p| Paragraph {
            sentences: sentences::split_sentences(p)
                .into_iter()
                .map(Sentence::new)
                .collect(),
        })
        .collect();
    let folded: Vec<String> = split.iter().map(paragraph_matching_form).collect();
    let verdicts = clean::verdicts(&body, &folded);
    drop(folded);
    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(split.len());
    for ((text, paragraph), verdict) in body.into_iter().zip(split).zip(verdicts) {
        match verdict {
            Some(reason) => removed.push(Removed { text, reason }),
            None if paragraph.sentences.is_empty() => {}
            None => paragraphs.push(paragraph),
        }
    }
    if paragraphs.is_empty() {
        return Err(if removed.is_empty() {
            "no article text".to_string()
        } else {
            "no article text left after removing boilerplate".to_string()
        });
    }
    Ok(Article {
        id: String::new(),
        path: source.display.clone(),
        outlet,
        title,
        date,
        date_source,
        url: manifest.url.clone().or(raw.url),
        byline: manifest.byline.clone().or(raw.byline),
        note: manifest.note.clone(),
        language: raw.language,
        paragraphs,
        removed,
        notices,
    })
}

/// Strips controls from every field (JSON escapes can smuggle them past the
/// whole-file pass); returns how many were removed. `collapsed`: the
/// paragraphs are known to be single collapsed lines, not empty
/// ([`Format::collapses_paragraphs`]).
fn sanitize_raw(raw: &mut RawArticle, collapsed: bool) -> usize {
    let mut stripped = 0;
    for field in [
        &mut raw.title,
        &mut raw.outlet,
        &mut raw.domain,
        &mut raw.date,
        &mut raw.url,
        &mut raw.byline,
        &mut raw.language,
    ] {
        if let Some(value) = field.take() {
            let (text, n) = strip_controls(&value);
            stripped += n;
            let value = collapse_whitespace(&text);
            *field = (!value.is_empty()).then_some(value);
        }
    }
    let paragraphs = std::mem::take(&mut raw.paragraphs);
    for paragraph in paragraphs {
        let (clean, n) = strip_controls(&paragraph);
        stripped += n;
        if collapsed && matches!(clean, Cow::Borrowed(_)) {
            // Left as it was read: still one collapsed, non-empty line.
            raw.paragraphs.push(paragraph);
            continue;
        }
        let text = match clean {
            Cow::Owned(text) => text,
            Cow::Borrowed(_) => paragraph,
        };
        if is_collapsed(&text) {
            // One line, whitespace already collapsed: what splitting gives.
            if !text.is_empty() {
                raw.paragraphs.push(text);
            }
        } else {
            raw.paragraphs.extend(formats::paragraphs_from_lines(&text));
        }
    }
    stripped
}

/// Strips controls from the manifest's fields as they are applied (the
/// manifest is as untrusted as the articles); returns how many were removed.
fn sanitize_manifest(entry: &mut ManifestEntry) -> usize {
    let mut stripped = 0;
    for field in [
        &mut entry.outlet,
        &mut entry.title,
        &mut entry.url,
        &mut entry.byline,
        &mut entry.note,
    ] {
        if let Some(value) = field.take() {
            let (text, n) = strip_controls(&value);
            stripped += n;
            let value = collapse_whitespace(&text);
            *field = (!value.is_empty()).then_some(value);
        }
    }
    if let Some(toml::Value::String(date)) = &mut entry.date {
        let (value, n) = {
            let (text, n) = strip_controls(date);
            (collapse_whitespace(&text), n)
        };
        stripped += n;
        *date = value;
    }
    stripped
}

/// How far into the body a repeated headline is looked for.
const TITLE_SEARCH_DEPTH: usize = 3;

/// Decides the title and takes it (and any page furniture above it) off the
/// body: `paragraphs`, the raw article's own, taken from it so that they are
/// not copied.
fn split_title(
    paragraphs: Vec<String>,
    raw: &RawArticle,
    manifest: &ManifestEntry,
    format: Format,
) -> (Option<String>, Vec<String>, Vec<Removed>) {
    let mut body = paragraphs;
    let known = manifest.title.clone().or(raw.title.clone());
    if let Some(title) = known {
        let wanted = matching_form(&title);
        let found = body
            .iter()
            .take(TITLE_SEARCH_DEPTH)
            .position(|p| matching_form(p) == wanted);
        let mut removed = Vec::new();
        if let Some(i) = found {
            let above: Vec<String> = body.drain(..=i).collect();
            removed = above[..i]
                .iter()
                .map(|text| Removed {
                    text: text.clone(),
                    reason: RemovalReason::BeforeHeadline,
                })
                .collect();
        }
        return (Some(title), body, removed);
    }
    if format == Format::Text
        && body.len() > 1
        && formats::text::looks_like_headline(&body[0], &body[1..])
    {
        let title = body.remove(0);
        return (Some(title), body, Vec::new());
    }
    (None, body, Vec::new())
}

/// The date from the manifest, the source's metadata, or a dateline, in
/// that order, and which of them gave it.
fn resolve_date(
    raw: &RawArticle,
    manifest: &ManifestEntry,
    body: &[String],
    format: Format,
    notices: &mut Vec<String>,
) -> (Option<jiff::civil::Date>, DateSource) {
    let candidates = [
        (manifest.date_text(), DateSource::Manifest),
        (raw.date.clone(), DateSource::of_format(format)),
    ];
    for (text, source) in candidates {
        let Some(text) = text else { continue };
        match dates::parse_date(&text) {
            Some(date) => return (Some(date), source),
            None => notices.push(format!("could not read the date {text:?}")),
        }
    }
    match dates::date_from_text(body) {
        Some(date) => (Some(date), DateSource::Dateline),
        None => (None, DateSource::None),
    }
}

/// Drops paragraphs repeated verbatim in three or more articles of one outlet.
fn remove_outlet_repeats(articles: &mut [Article]) {
    let keys: Vec<_> = articles
        .par_iter()
        .map(|a| {
            let folded = a.paragraphs.iter().map(paragraph_matching_form).collect();
            clean::outlet_key(a.outlet.as_deref(), folded)
        })
        .collect();
    let masks = clean::repeated_in_outlet_folded(&keys);
    drop(keys);
    for (article, mask) in articles.iter_mut().zip(masks) {
        if !mask.contains(&true) || mask.iter().all(|&m| m) {
            continue;
        }
        let paragraphs = std::mem::take(&mut article.paragraphs);
        for (paragraph, remove) in paragraphs.into_iter().zip(mask) {
            if remove {
                article.removed.push(Removed {
                    text: paragraph.text(),
                    reason: RemovalReason::RepeatedInOutlet,
                });
            } else {
                article.paragraphs.push(paragraph);
            }
        }
    }
}

/// The matching form of a paragraph's text, from its sentences' own: the
/// same string as folding the joined text, without folding it again.
fn paragraph_matching_form(paragraph: &Paragraph) -> String {
    let forms: Vec<&str> = paragraph
        .sentences
        .iter()
        .map(|s| s.matching.as_str())
        .filter(|m| !m.is_empty())
        .collect();
    forms.join(" ")
}

/// Makes ids unique. Articles whose files share a name (`index.html` in
/// one folder per story) are told apart by their folders: each of them is
/// named by as many of its innermost folders as it takes (`yahoo-1/source`,
/// `2019/05/index`). What folders cannot tell apart (`a.txt` and `a.md` side
/// by side) gets `-2`, `-3`, … in load order. `paths` are the articles'
/// source paths, as shown.
fn assign_unique_ids(articles: &mut [Article], paths: &[&str]) {
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, article) in articles.iter().enumerate() {
        by_id.entry(article.id.as_str()).or_default().push(i);
    }
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for members in by_id.values().filter(|m| m.len() > 1) {
        let folders: Vec<Vec<String>> = members.iter().map(|&i| folders_of(paths[i])).collect();
        let deepest = folders.iter().map(Vec::len).max().unwrap_or(0);
        let qualified = |depth: usize| -> Vec<String> {
            members
                .iter()
                .zip(&folders)
                .map(|(&i, dirs)| qualify(&articles[i].id, &dirs[..depth.min(dirs.len())]))
                .collect()
        };
        let distinct = |ids: &[String]| ids.iter().collect::<HashSet<_>>().len();
        // The fewest folders that tell apart all that folders can.
        let most = distinct(&qualified(deepest));
        let depth = (1..=deepest)
            .find(|&d| distinct(&qualified(d)) == most)
            .unwrap_or(deepest);
        renamed.extend(members.iter().copied().zip(qualified(depth)));
    }
    for (i, id) in renamed {
        articles[i].id = id;
    }
    let mut taken: HashSet<String> = HashSet::new();
    for article in articles.iter_mut() {
        if taken.contains(&article.id) {
            let base = article.id.clone();
            let mut n = 2;
            while taken.contains(&format!("{base}-{n}")) {
                n += 1;
            }
            article.id = format!("{base}-{n}");
        }
        taken.insert(article.id.clone());
    }
}

/// The folders of a source path, innermost first, shown escaped.
fn folders_of(path: &str) -> Vec<String> {
    let parent = std::path::Path::new(path).parent();
    let mut folders: Vec<String> = parent
        .into_iter()
        .flat_map(|p| p.components())
        .filter_map(|c| match c {
            std::path::Component::Normal(name) => {
                Some(for_display(&name.to_string_lossy()).into_owned())
            }
            _ => None,
        })
        .collect();
    folders.reverse();
    folders
}

/// `id` under `folders` (innermost first): `outer/inner/id`.
fn qualify(id: &str, folders: &[String]) -> String {
    let mut parts: Vec<&str> = folders.iter().rev().map(String::as_str).collect();
    parts.push(id);
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Paragraph {
        Paragraph {
            sentences: sentences::split_sentences(text)
                .into_iter()
                .map(Sentence::new)
                .collect(),
        }
    }

    #[test]
    fn a_paragraph_is_folded_from_its_sentences() {
        let text = "  “It is odd.” He left\u{00A0}early.  Dr. Who CAME – late ";
        assert_eq!(paragraph_matching_form(&split(text)), matching_form(text));
    }

    proptest::proptest! {
        /// Cleaning reads a paragraph's matching form from its sentences':
        /// the same string as folding the paragraph itself.
        #[test]
        fn sentence_forms_joined_are_the_paragraph_form(
            text in "([A-Za-z]{1,6}|[ .!?,\"'\t\n]|\u{A0}|\u{3000}|\u{201C}|\u{201D}|\u{2019}|\u{2014}|\u{2026}|\u{301}|\u{C9}|\u{130}|Dr\\.|U\\.S\\.|p\\.m\\.|1\\.|3\\.5){0,30}"
        ) {
            proptest::prop_assert_eq!(paragraph_matching_form(&split(&text)), matching_form(&text));
        }
    }
}
