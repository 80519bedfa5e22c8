//! The framing lens: which words an article — and an outlet within a story —
//! chooses for the same facts.
//!
//! Four counts per article ([`Framing`]):
//! - **naming**: which variant of each alias group it writes ("Daesh",
//!   "ISIS", "IS" for the Islamic State; "Sergey" or "Sergei" Lavrov), from
//!   [`alias_mentions`];
//! - **reporting verbs**, **hedges** and **labels**: keys of the editable
//!   lexicon in `assets/framing.toml` ([`lexicon`]), matched as whole words
//!   with no stemming. Scare quotes, found by the quotes lens, are added by the
//!   caller as the hedge [`SCARE_QUOTES`].
//!
//! Per outlet within a story ([`frame_outlets`]) the article counts are
//! summed and the outlet's [`distinctive_terms`] against the other outlets are
//! computed.
//!
//! Everything counts the headline as well as the body: a headline is where
//! word choice shows most.
//!
//! ```
//! let corpus = storydiff::corpus::load_demo();
//! let tass = storydiff::framing::frame_article(&corpus.articles[1]);
//! assert!(tass.naming["Islamic State"].contains_key("IS"));
//! assert!(tass.hedges.contains_key("so-called"));
//! assert!(tass.labels.contains_key("militant"));
//! ```

mod distinctive;
mod lexicon;
mod table;
mod tokens;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::collate::Collation;
use crate::corpus::Article;
use crate::corpus::terms::{alias_group_of, alias_groups, alias_mentions, words};

pub use distinctive::{Distinctive, MIN_COUNT, distinctive_terms};
pub use lexicon::{Entry, Lexicon, LexiconError, List, SCARE_QUOTES, lexicon, reporting_verbs};
pub use table::{DISTINCTIVE_TERMS, FramingRow, FramingTable, NOTHING, TOP_VERBS};

use tokens::Tokens;

/// The word choices of one article, or of several merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Framing {
    /// Canonical referent ("Islamic State") → variant as written ("Daesh",
    /// "ISIS", "IS") → count. Only referents mentioned at least once appear.
    ///
    /// Variants that differ only in case are one variant, shown as first
    /// written ("Daesh" and "DAESH"), except a group's exact-case forms ("IS"),
    /// which are kept as written. A label the variant ends with is left to
    /// [`Framing::labels`] ("IS militants" is the variant "IS"), and a
    /// possessive `'s` is dropped.
    pub naming: BTreeMap<String, BTreeMap<String, usize>>,
    /// Reporting-verb key ("said", "stressed") → count.
    pub verbs: BTreeMap<String, usize>,
    /// Hedge key ("so-called", "allegedly", [`SCARE_QUOTES`]) → count.
    pub hedges: BTreeMap<String, usize>,
    /// Label key ("terrorist", "militant") → count.
    pub labels: BTreeMap<String, usize>,
}

impl Framing {
    /// Adds `other`'s counts to these (an outlet's articles summed).
    pub fn merge(&mut self, other: &Framing) {
        for (referent, variants) in &other.naming {
            let mine = self.naming.entry(referent.clone()).or_default();
            for (variant, &n) in variants {
                add_variant(mine, referent, variant, n);
            }
        }
        for (mine, theirs) in [
            (&mut self.verbs, &other.verbs),
            (&mut self.hedges, &other.hedges),
            (&mut self.labels, &other.labels),
        ] {
            for (key, &n) in theirs {
                *mine.entry(key.clone()).or_default() += n;
            }
        }
    }

    /// Counts `n` scare quotes (as found by the quotes lens) among the hedges,
    /// under [`SCARE_QUOTES`]; zero adds nothing.
    pub fn add_scare_quotes(&mut self, n: usize) {
        if n > 0 {
            *self.hedges.entry(SCARE_QUOTES.to_string()).or_default() += n;
        }
    }
}

/// One outlet's framing within a story.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletFraming {
    /// The outlet's name (an article's id when its outlet is unknown).
    pub outlet: String,
    /// Ids of the outlet's articles in the story, in the order given.
    pub articles: Vec<String>,
    /// The articles' framings merged (scare quotes included).
    pub framing: Framing,
    /// Terms the outlet over-uses against the story's other outlets.
    pub distinctive: Vec<Distinctive>,
}

/// The texts framing reads from an article: the headline, then every sentence.
fn text_units(article: &Article) -> impl Iterator<Item = &str> {
    let title = article.title.as_deref().into_iter();
    title.chain(article.sentences().map(|s| s.text.as_str()))
}

/// Counts an article's word choices (headline and body).
pub fn frame_article(article: &Article) -> Framing {
    let lex = lexicon();
    let mut framing = Framing::default();
    let mut counts: [FxHashMap<&str, usize>; 3] = Default::default();
    let lists = [List::ReportingVerbs, List::Hedges, List::Labels];
    for text in text_units(article) {
        for mention in alias_mentions(text) {
            let referent = &alias_groups()[mention.group].canonical;
            if let Some(variant) = naming_variant(mention.group, mention.surface) {
                let variants = framing.naming.entry(referent.clone()).or_default();
                add_variant(variants, referent, variant, 1);
            }
        }
        let tokens = Tokens::new(text);
        for (list, counts) in lists.into_iter().zip(counts.iter_mut()) {
            for hit in lex.hits(list, &tokens) {
                *counts.entry(lex.key(list, hit.entry)).or_default() += 1;
            }
        }
    }
    let [verbs, hedges, labels] = counts;
    let into_map =
        |m: FxHashMap<&str, usize>| m.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
    framing.verbs = into_map(verbs);
    framing.hedges = into_map(hedges);
    framing.labels = into_map(labels);
    framing
}

/// Frames a story outlet by outlet. `articles` are the story's articles;
/// `scare_quotes[i]` is the scare-quote count of `articles[i]` (missing
/// entries count as zero, so pass `&[]` when quotes were not looked at).
///
/// Outlets come in order of first appearance; an article without an outlet is
/// its own outlet, named by its id. Each outlet's distinctive terms (at most
/// `top`) are scored against all the story's other outlets.
pub fn frame_outlets(
    articles: &[&Article],
    scare_quotes: &[usize],
    top: usize,
) -> Vec<OutletFraming> {
    let mut outlets: Vec<OutletFraming> = Vec::new();
    let mut groups: Vec<Vec<&Article>> = Vec::new();
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, &article) in articles.iter().enumerate() {
        let name = article.display_name();
        let slot = *index.entry(name).or_insert_with(|| {
            outlets.push(OutletFraming {
                outlet: name.to_string(),
                articles: Vec::new(),
                framing: Framing::default(),
                distinctive: Vec::new(),
            });
            groups.push(Vec::new());
            outlets.len() - 1
        });
        let outlet = &mut outlets[slot];
        outlet.articles.push(article.id.clone());
        outlet.framing.merge(&frame_article(article));
        outlet
            .framing
            .add_scare_quotes(scare_quotes.get(i).copied().unwrap_or(0));
        groups[slot].push(article);
    }
    for (outlet, distinctive) in outlets.iter_mut().zip(distinctive_terms(&groups, top)) {
        outlet.distinctive = distinctive;
    }
    outlets
}

/// Frames a collated story outlet by outlet, in witness order;
/// `scare_quotes[w]` is witness `w`'s scare-quote count (see [`frame_outlets`]).
/// `articles` is the slice the collation was made from.
pub fn frame_story(
    collation: &Collation,
    articles: &[Article],
    scare_quotes: &[usize],
    top: usize,
) -> Vec<OutletFraming> {
    frame_outlets(&collation.articles(articles), scare_quotes, top)
}

/// Exact-case forms of each alias group, by canonical name.
static EXACT_FORMS: LazyLock<FxHashMap<&'static str, &'static [String]>> = LazyLock::new(|| {
    alias_groups()
        .iter()
        .map(|g| (g.canonical.as_str(), g.exact.as_slice()))
        .collect()
});

fn exact_forms(referent: &str) -> &'static [String] {
    EXACT_FORMS.get(referent).copied().unwrap_or_default()
}

/// The variant to record for a mention of alias group `group`: trailing
/// labels removed when what is left is itself a form of the group ("IS
/// militants" → "IS", but "Kurdish militants" stays), and a possessive `'s`
/// dropped. `None` when the variant is one of the group's exact-case forms
/// written in another case: "is" in "is militants", or the pronoun "us"
/// (which folds like "U.S.") is no mention of the United States.
fn naming_variant(group: usize, surface: &str) -> Option<&str> {
    let lex = lexicon();
    let spans: Vec<&str> = words(surface).collect();
    let mut kept = spans.len();
    while kept > 1 && lex.key_of(List::Labels, spans[kept - 1]).is_some() {
        kept -= 1;
    }
    let mut variant = surface;
    if kept < spans.len() {
        let last = spans[kept - 1];
        let end = last.as_ptr() as usize - surface.as_ptr() as usize + last.len();
        let rest = &surface[..end];
        if alias_group_of(rest) == Some(group) || is_miscased_exact(group, rest) {
            variant = rest;
        }
    }
    let variant = variant
        .strip_suffix("'s")
        .or_else(|| variant.strip_suffix("’s"))
        .unwrap_or(variant);
    (!is_miscased_exact(group, variant)).then_some(variant)
}

/// Whether `variant` is one of the group's exact-case forms in another case.
fn is_miscased_exact(group: usize, variant: &str) -> bool {
    let exact = &alias_groups()[group].exact;
    let lower = variant.to_lowercase();
    !exact.iter().any(|f| f == variant) && exact.iter().any(|f| f.to_lowercase() == lower)
}

/// Adds `n` to `variant` in one referent's variant counts: onto an existing
/// variant differing only in case, unless either is an exact-case form.
fn add_variant(variants: &mut BTreeMap<String, usize>, referent: &str, variant: &str, n: usize) {
    let exact = exact_forms(referent);
    let is_exact = |v: &str| exact.iter().any(|f| f == v);
    let key = if is_exact(variant) {
        variant.to_string()
    } else {
        let lower = variant.to_lowercase();
        variants
            .keys()
            .find(|k| !is_exact(k) && k.to_lowercase() == lower)
            .cloned()
            .unwrap_or_else(|| variant.to_string())
    };
    *variants.entry(key).or_default() += n;
}

#[cfg(test)]
mod tests;
