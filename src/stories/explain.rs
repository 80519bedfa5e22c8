//! What holds a story together: cohesion, the most central article, and the
//! terms each member shares with the rest, shown as readable words.

use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::corpus::Article;
use crate::corpus::terms::{alias_groups, for_each_content_word};

use super::vectors::{SparseVector, add, dot};

/// How many shared terms are shown per member.
pub const SHARED_TERMS: usize = 5;
/// How many top terms label a story whose central article has no title.
pub const LABEL_TERMS: usize = 4;

/// Centrality differences below this are ties.
const CENTRAL_TIE: f32 = 1e-5;

/// A group's summary numbers and per-member shared term keys.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// Mean pairwise cosine similarity (1 for a single article).
    pub cohesion: f32,
    /// Position (in the group) of the member most similar to the others.
    pub central: usize,
    /// Per member: the ids of its heaviest terms shared with the others, up
    /// to four times [`SHARED_TERMS`] (two keys can read the same, e.g. a name
    /// and a stem: callers drop the repeats, then keep [`SHARED_TERMS`]).
    pub shared: Vec<Vec<u32>>,
    /// The group's heaviest terms overall, up to four times [`LABEL_TERMS`].
    pub top: Vec<u32>,
}

/// Explains a group given its members' unit vectors.
pub fn explain(members: &[&SparseVector]) -> Explanation {
    let sum = members
        .iter()
        .fold(SparseVector::new(), |acc, v| add(&acc, v));
    let n = members.len();
    let cohesion = if n < 2 {
        1.0
    } else {
        let pairs = (n * (n - 1)) as f32;
        ((dot(&sum, &sum) - n as f32) / pairs).clamp(0.0, 1.0)
    };
    // Ties (always the case for two members, up to rounding) go to the
    // first member, so the label does not flip with float noise.
    let central = (0..n)
        .map(|m| (m, dot(members[m], &sum) - dot(members[m], members[m])))
        .fold((0, f32::MIN), |best, (m, s)| {
            if s > best.1 + CENTRAL_TIE {
                (m, s)
            } else {
                best
            }
        })
        .0;
    let shared = members.iter().map(|v| shared_keys(v, &sum, n)).collect();
    let mut top = sum.clone();
    top.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let top = top
        .into_iter()
        .take(4 * LABEL_TERMS)
        .map(|(id, _)| id)
        .collect();
    Explanation {
        cohesion,
        central,
        shared,
        top,
    }
}

/// A member's terms ranked by their contribution to its similarity with the others.
fn shared_keys(member: &SparseVector, sum: &SparseVector, n: usize) -> Vec<u32> {
    if n < 2 {
        return Vec::new();
    }
    let mut scored: Vec<(u32, f32)> = member
        .iter()
        .filter_map(|&(id, w)| {
            let total = sum[sum.binary_search_by_key(&id, |e| e.0).ok()?].1;
            let others = total - w;
            (others > 1e-6).then_some((id, w * others))
        })
        .collect();
    scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    scored
        .into_iter()
        .take(4 * SHARED_TERMS)
        .map(|(id, _)| id)
        .collect()
}

/// The way each wanted term key is most often written in `articles`:
/// canonical names for aliases, the commonest spelling otherwise, so a stem
/// such as `tariff` shows as "tariffs" and `raqqa` as "Raqqa".
pub fn surface_forms(articles: &[&Article], wanted: &HashSet<&str>) -> HashMap<String, String> {
    let wanted: FxHashSet<&str> = wanted.iter().copied().collect();
    let mut counts: FxHashMap<&str, FxHashMap<&str, usize>> = FxHashMap::default();
    for article in articles {
        let texts = article.title.iter().map(String::as_str);
        for text in texts.chain(article.sentences().map(|s| s.text.as_str())) {
            // A word's keys: as a name or number (folded), as an ordinary
            // word (stemmed).
            for_each_content_word(text, |word, folded, stem| {
                for key in [folded, stem] {
                    if let Some(&wanted_key) = wanted.get(key) {
                        let shown = word.trim_end_matches("'s").trim_end_matches("’s");
                        *counts
                            .entry(wanted_key)
                            .or_default()
                            .entry(shown)
                            .or_default() += 1;
                    }
                }
            });
        }
    }
    let mut forms: HashMap<String, String> = counts
        .into_iter()
        .filter_map(|(key, shown)| {
            let best = shown
                .into_iter()
                .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(x.0)))?;
            Some((key.to_string(), best.0.to_string()))
        })
        .collect();
    for group in alias_groups() {
        let key = group.canonical.to_lowercase();
        if wanted.contains(key.as_str()) {
            forms.insert(key, group.canonical.clone());
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(entries: &[(u32, f32)]) -> SparseVector {
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        entries.iter().map(|&(i, w)| (i, w / norm)).collect()
    }

    #[test]
    fn a_single_article_is_fully_cohesive_and_shares_nothing() {
        let v = unit(&[(0, 1.0), (1, 2.0)]);
        let e = explain(&[&v]);
        assert_eq!(e.cohesion, 1.0);
        assert!(e.shared[0].is_empty());
        assert_eq!(e.top, [1, 0], "heaviest first");
    }

    #[test]
    fn cohesion_is_the_mean_pairwise_cosine() {
        let a = unit(&[(0, 1.0)]);
        let b = unit(&[(0, 1.0), (1, 1.0)]);
        let c = unit(&[(1, 1.0)]);
        let e = explain(&[&a, &b, &c]);
        let expected = (dot(&a, &b) + dot(&a, &c) + dot(&b, &c)) / 3.0;
        assert!((e.cohesion - expected).abs() < 1e-6);
        assert_eq!(e.central, 1, "the middle article links the other two");
        assert_eq!(e.shared[0], [0]);
        assert_eq!(e.shared[1], [0, 1]);
    }

    #[test]
    fn stems_and_names_show_as_written() {
        let corpus = crate::corpus::load_demo();
        let articles: Vec<&Article> = corpus.articles.iter().take(2).collect();
        let wanted: HashSet<&str> = ["raqqa", "question", "sergei lavrov"].into();
        let forms = surface_forms(&articles, &wanted);
        assert_eq!(forms["raqqa"], "Raqqa");
        assert!(forms["question"].starts_with("question"), "{forms:?}");
        assert_eq!(forms["sergei lavrov"], "Sergei Lavrov");
    }
}
