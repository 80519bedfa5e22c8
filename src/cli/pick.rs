//! Picking one article from the command line: `FILE`, `CORPUS_PATH#ID`, or
//! `#ID` for the bundled demo.

use std::path::{Path, PathBuf};

use storydiff::corpus::sanitize::{for_display, for_display_path};
use storydiff::corpus::{self, Article, Corpus, LoadOptions};

/// Loads the article named by `spec`. The error is one line for the user,
/// with every path and id in it escaped.
pub fn pick_article(spec: &str, options: &LoadOptions) -> Result<Article, String> {
    let (path, id) = split_spec(spec);
    let corpus = match &path {
        None => corpus::load_demo(),
        Some(path) => corpus::load_paths(std::slice::from_ref(path), options),
    };
    let shown = path.as_deref().map_or_else(
        || "the demo".to_string(),
        |p| for_display_path(p).into_owned(),
    );
    match id {
        Some(id) => find_by_id(corpus, id, &shown),
        None => single(corpus, &shown),
    }
}

/// The index of the article an id or unambiguous id prefix names in `corpus`.
pub fn find_index(corpus: &Corpus, spec: &str) -> Result<usize, String> {
    if let Some(i) = corpus.articles.iter().position(|a| a.id == spec) {
        return Ok(i);
    }
    let matches: Vec<usize> = (0..corpus.articles.len())
        .filter(|&i| corpus.articles[i].id.starts_with(spec))
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(format!("no article has the id \"{}\"", for_display(spec))),
        _ => Err(format!(
            "{} articles have ids starting \"{}\"",
            matches.len(),
            for_display(spec)
        )),
    }
}

/// Splits `PATH#ID`; a `#` that is part of an existing file name is kept.
fn split_spec(spec: &str) -> (Option<PathBuf>, Option<&str>) {
    if Path::new(spec).exists() {
        return (Some(PathBuf::from(spec)), None);
    }
    match spec.rsplit_once('#') {
        Some(("", id)) => (None, Some(id)),
        Some((path, id)) => (Some(PathBuf::from(path)), Some(id)),
        None => (Some(PathBuf::from(spec)), None),
    }
}

/// The article with this id, or the only one whose id starts with it.
fn find_by_id(mut corpus: Corpus, id: &str, shown: &str) -> Result<Article, String> {
    if let Some(pos) = corpus.articles.iter().position(|a| a.id == id) {
        return Ok(corpus.articles.swap_remove(pos));
    }
    let matches: Vec<usize> = (0..corpus.articles.len())
        .filter(|&i| corpus.articles[i].id.starts_with(id))
        .collect();
    match matches.as_slice() {
        [only] => Ok(corpus.articles.swap_remove(*only)),
        [] => Err(format!(
            "{shown} has no article with id \"{}\" (ids: {})",
            for_display(id),
            list_ids(&corpus)
        )),
        _ => Err(format!(
            "\"{}\" matches several articles in {shown}: {}",
            for_display(id),
            matches
                .iter()
                .map(|&i| for_display(&corpus.articles[i].id))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The only article of a file; several need an id, none is an error.
fn single(mut corpus: Corpus, shown: &str) -> Result<Article, String> {
    match corpus.articles.len() {
        1 => Ok(corpus.articles.remove(0)),
        0 => Err(match corpus.errors.first() {
            Some(error) => format!(
                "{}: {}",
                for_display(&error.path),
                for_display(&error.message)
            ),
            None => format!("{shown}: no article found"),
        }),
        n => Err(format!(
            "{shown} holds {n} articles; pick one with {shown}#ID (ids: {})",
            list_ids(&corpus)
        )),
    }
}

fn list_ids(corpus: &Corpus) -> String {
    let ids: Vec<_> = corpus
        .articles
        .iter()
        .take(8)
        .map(|a| for_display(&a.id))
        .collect();
    let more = corpus.articles.len().saturating_sub(8);
    if more > 0 {
        format!("{}, … and {more} more", ids.join(", "))
    } else {
        ids.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_alone_picks_from_the_demo_by_id_prefix() {
        let article = pick_article("#001", &LoadOptions::default()).unwrap();
        assert_eq!(article.outlet.as_deref(), Some("TASS"));
    }

    #[test]
    fn unknown_id_lists_the_ids() {
        let err = pick_article("#zzz", &LoadOptions::default()).unwrap_err();
        assert!(err.contains("000_c64a1d62d2a9f65b"), "{err}");
    }

    #[test]
    fn ambiguous_prefix_is_refused() {
        let err = pick_article("#00", &LoadOptions::default()).unwrap_err();
        assert!(err.contains("matches several"), "{err}");
    }

    #[test]
    fn missing_file_says_so() {
        let err = pick_article("/no/such/file.txt", &LoadOptions::default()).unwrap_err();
        assert!(err.contains("no such file"), "{err}");
    }
}
