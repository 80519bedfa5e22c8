//! What the Sources pane shows, ready to draw: per article of the compared
//! story (the compared two first), who it cites and what it copied.

use super::app::CompareView;
use super::lenses::Scope;
use crate::collate::Collation;
use crate::corpus::Article;
use crate::corpus::sanitize::for_display;
use crate::sources::{StorySources, describe_citation, describe_copy};

/// What a line of the Sources pane is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceLineKind {
    /// An article's heading: outlet, id, and which side it is compared on.
    Article,
    /// One citation.
    Citation,
    /// One copied passage.
    Copy,
    /// An article that names no source and copied nothing.
    Nothing,
}

/// One line of the Sources pane (before wrapping).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// What it is.
    pub kind: SourceLineKind,
    /// Its text, escaped for display.
    pub text: String,
}

/// The Sources pane for one compared pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcesPane {
    /// Left article (corpus index) the pane was laid out for.
    pub left: usize,
    /// Right article (corpus index).
    pub right: usize,
    /// Which articles were read ([`Scope::describe`]).
    pub scope: String,
    /// The lines, top to bottom.
    pub lines: Vec<SourceLine>,
}

/// "Sputnik (000_c64a…)", or the id alone for an article without an outlet.
fn label(article: &Article) -> String {
    match &article.outlet {
        Some(outlet) => format!("{outlet} ({})", article.id),
        None => article.id.clone(),
    }
}

/// Lays out the sources of `collation`'s witnesses for the compared pair:
/// the left article, the right one, then the story's others.
pub fn sources_pane(
    sources: &StorySources,
    collation: &Collation,
    corpus: &[Article],
    view: &CompareView,
    scope: &Scope,
) -> SourcesPane {
    let mut order: Vec<usize> = (0..collation.len()).collect();
    let rank = |w: &usize| match collation.witnesses[*w] {
        a if a == view.left => 0,
        a if a == view.right => 1,
        _ => 2,
    };
    order.sort_by_key(|w| (rank(w), *w));
    let line = |kind, text: String| SourceLine {
        kind,
        text: for_display(&text).into_owned(),
    };
    let mut lines = Vec::new();
    for w in order {
        let article = &corpus[collation.witnesses[w]];
        let side = [" ◀ left", " right ▶", ""][rank(&w)];
        let heading = format!("{}{side}", label(article));
        lines.push(line(SourceLineKind::Article, heading));
        let found = &sources.articles[w];
        if found.citations.is_empty() && found.copied.is_empty() {
            lines.push(line(SourceLineKind::Nothing, "names no source".to_owned()));
        }
        for citation in &found.citations {
            lines.push(line(SourceLineKind::Citation, describe_citation(citation)));
        }
        for copy in &found.copied {
            let origin = label(&corpus[collation.witnesses[copy.from]]);
            lines.push(line(SourceLineKind::Copy, describe_copy(copy, &origin)));
        }
    }
    let (left, right, scope) = (view.left, view.right, scope.describe());
    SourcesPane {
        left,
        right,
        scope,
        lines,
    }
}
