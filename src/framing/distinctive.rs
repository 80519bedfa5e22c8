//! Distinctive terms: the words and two-word phrases one group of articles
//! (an outlet, within a story) uses more than the rest of the story.
//!
//! Scoring is the weighted log-odds ratio with an informative Dirichlet prior
//! of Monroe, Colaresi & Quinn (2008), "Fightin' Words", eqs. 16–22. For a
//! group *i* against the rest of the story (*−i*), with counts y and totals n
//! of one n-gram order (unigrams and bigrams are two separate multinomials,
//! each with its own totals and prior):
//!
//! ```text
//! δ_w = ln((y_w^i + α_w) / (n^i + α0 − y_w^i − α_w))
//!     − ln((y_w^−i + α_w) / (n^−i + α0 − y_w^−i − α_w))
//! σ²_w ≈ 1/(y_w^i + α_w) + 1/(y_w^−i + α_w)
//! z_w = δ_w / σ_w
//! ```
//!
//! **The prior.** α_w = α0 · π_w, with π_w the term's share of the whole
//! story (all groups together) and **α0 = the story's total count** of that
//! n-gram order, so α_w is simply the term's story-wide count. In words: before
//! looking at any one outlet, expect it to use each term at the story's rate,
//! held with as much confidence as the story itself provides. This choice has
//! no tuned constant and is scale-free: doubling every text doubles both data
//! and prior, so scores depend on how lopsided the usage is and grow with the
//! square root of the evidence, as a z-score should. A term used at the same
//! rate by a group and by the rest gets δ = 0 exactly, whatever the group
//! sizes; a term one group has to itself gets a positive δ that is bounded
//! (the prior shrinks rare, one-sided terms), so the ranking favours terms
//! that are both lopsided and frequent.
//!
//! Terms (see [`distinctive_terms`]): words lowercased, no stemming, stop words
//! and numbers left out; bigrams of adjacent words inside one sentence and not
//! across punctuation. A bigram joined by a space has no stop word ("daesh
//! terrorists", "2,000 troops"; "the operation" would only repeat
//! "operation"), one joined by a hyphen is a compound and needs one non-stop
//! word ("so-called", "US-led"); neither is numbers alone. Exact-case alias
//! forms ("IS", "US") keep their capitals so they stay apart from "is" and
//! "us".

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::text_units;
use super::tokens::{Link, Tokens};
use crate::corpus::Article;
use crate::corpus::terms::{alias_groups, is_stop_word_as_written};

/// A term one group over-uses, with its z-score.
#[derive(Debug, Clone, PartialEq)]
pub struct Distinctive {
    /// A word or a two-word phrase, lowercased ("daesh", "us-led coalition").
    pub term: String,
    /// z-score of the log-odds ratio against the rest of the story (> 0).
    pub score: f64,
}

/// A term must occur at least this often in a group to be listed for it, so a
/// single odd word never leads.
pub const MIN_COUNT: usize = 2;

/// z-scores at or below this are numeric noise around zero, not over-use.
const EPSILON: f64 = 1e-9;

/// Single-word alias forms matched only with their exact capitals.
static EXACT_FORMS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    alias_groups()
        .iter()
        .flat_map(|g| g.exact.iter())
        .map(String::as_str)
        .filter(|f| !f.contains(char::is_whitespace))
        .collect()
});

/// For each group, its over-represented terms against all the other groups
/// together: highest z-score first (ties by term), at most `top`, each used at
/// least [`MIN_COUNT`] times in the group. With fewer than two groups there is
/// nothing to compare and every list is empty.
///
/// ```
/// use storydiff::corpus::Article;
/// use storydiff::framing::distinctive_terms;
/// let a = Article::from_paragraphs("a", vec![vec!["Daesh fled. Daesh hid. Troops came.".into()]]);
/// let b = Article::from_paragraphs("b", vec![vec!["Troops came. Troops stayed.".into()]]);
/// let lists = distinctive_terms(&[vec![&a], vec![&b]], 3);
/// assert_eq!(lists[0][0].term, "daesh");
/// assert!(lists[1].iter().all(|d| d.term != "daesh"));
/// ```
pub fn distinctive_terms(groups: &[Vec<&Article>], top: usize) -> Vec<Vec<Distinctive>> {
    if groups.len() < 2 {
        return vec![Vec::new(); groups.len()];
    }
    let counts: Vec<Counts> = groups.iter().map(|g| Counts::of_group(g)).collect();
    let mut story = Counts::default();
    for c in &counts {
        story.add(c);
    }
    counts.iter().map(|c| score(c, &story, top)).collect()
}

/// Term counts of one n-gram order.
#[derive(Debug, Default)]
struct Order {
    counts: FxHashMap<String, usize>,
    total: usize,
}

impl Order {
    fn bump(&mut self, term: String, n: usize) {
        *self.counts.entry(term).or_default() += n;
        self.total += n;
    }
}

/// Unigram and bigram counts of a group (or of the whole story).
#[derive(Debug, Default)]
struct Counts {
    orders: [Order; 2],
}

impl Counts {
    fn of_group(articles: &[&Article]) -> Self {
        let mut counts = Counts::default();
        for article in articles {
            for text in text_units(article) {
                counts.add_sentence(text);
            }
        }
        counts
    }

    fn add_sentence(&mut self, text: &str) {
        let tokens = Tokens::new(text);
        // The previous word's term and whether it is a stop word.
        let mut prev: Option<(String, bool)> = None;
        for (surface, &link) in tokens.surfaces.iter().zip(&tokens.links) {
            let term = term_form(surface);
            let stop = is_stop_word_as_written(surface, &term, false);
            if !stop && has_letter(&term) {
                self.orders[0].bump(term.clone(), 1);
            }
            if let Some((prev_term, prev_stop)) = prev.take() {
                // Words joined by a space both carry content ("daesh
                // terrorists", not "the operation"); a hyphenated pair is one
                // word and needs one ("so-called", "US-led").
                let joiner = match link {
                    Link::Space if !prev_stop && !stop => Some(' '),
                    Link::Hyphen if !prev_stop || !stop => Some('-'),
                    _ => None,
                };
                let lettered = has_letter(&term) || has_letter(&prev_term);
                if let Some(joiner) = joiner.filter(|_| lettered) {
                    self.orders[1].bump(format!("{prev_term}{joiner}{term}"), 1);
                }
            }
            prev = Some((term, stop));
        }
    }

    fn add(&mut self, other: &Counts) {
        for (mine, theirs) in self.orders.iter_mut().zip(&other.orders) {
            for (term, &n) in &theirs.counts {
                *mine.counts.entry(term.clone()).or_default() += n;
            }
            mine.total += theirs.total;
        }
    }
}

/// A word as a term: lowercase with plain apostrophes and no possessive
/// `'s`, except exact-case alias forms, which keep their capitals.
fn term_form(surface: &str) -> String {
    let bare = surface
        .strip_suffix("'s")
        .or_else(|| surface.strip_suffix("’s"))
        .unwrap_or(surface);
    if EXACT_FORMS.contains(bare) {
        return bare.to_string();
    }
    bare.to_lowercase().replace('’', "'")
}

/// Whether a term has a letter (numbers alone are never terms).
fn has_letter(term: &str) -> bool {
    term.chars().any(char::is_alphabetic)
}

fn score(group: &Counts, story: &Counts, top: usize) -> Vec<Distinctive> {
    let mut out = Vec::new();
    for (mine, all) in group.orders.iter().zip(&story.orders) {
        let n_all = all.total as f64;
        let n_i = mine.total as f64;
        let n_rest = n_all - n_i;
        // α0: the story's total of this order (see the module docs).
        let alpha0 = n_all;
        for (term, &y_i) in &mine.counts {
            if y_i < MIN_COUNT {
                continue;
            }
            let y_all = all.counts.get(term).copied().unwrap_or(y_i) as f64;
            let alpha_w = alpha0 * (y_all / n_all);
            let y_i = y_i as f64;
            let y_rest = y_all - y_i;
            let odds_i = n_i + alpha0 - y_i - alpha_w;
            let odds_rest = n_rest + alpha0 - y_rest - alpha_w;
            if odds_i <= 0.0 || odds_rest <= 0.0 {
                continue;
            }
            let delta = ((y_i + alpha_w) / odds_i).ln() - ((y_rest + alpha_w) / odds_rest).ln();
            let variance = 1.0 / (y_i + alpha_w) + 1.0 / (y_rest + alpha_w);
            let z = delta / variance.sqrt();
            if z > EPSILON {
                out.push(Distinctive {
                    term: term.clone(),
                    score: z,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.term.cmp(&b.term))
    });
    out.truncate(top);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn article(id: &str, sentences: &[&str]) -> Article {
        Article::from_paragraphs(id, vec![sentences.iter().map(|s| s.to_string()).collect()])
    }

    fn terms(list: &[Distinctive]) -> Vec<&str> {
        list.iter().map(|d| d.term.as_str()).collect()
    }

    #[test]
    fn a_word_one_group_repeats_ranks_first_for_it_and_not_for_the_other() {
        let a = article(
            "a",
            &[
                "Daesh fighters held the town.",
                "Daesh lost ground near the river.",
                "Officials said Daesh would return.",
                "The army crossed the river.",
            ],
        );
        let b = article(
            "b",
            &[
                "Militants held the town.",
                "The army crossed the river.",
                "Officials said the army would stay.",
            ],
        );
        let lists = distinctive_terms(&[vec![&a], vec![&b]], 10);
        assert_eq!(lists[0][0].term, "daesh", "{:?}", lists[0]);
        assert!(!terms(&lists[1]).contains(&"daesh"), "{:?}", lists[1]);
        assert!(lists[1].iter().any(|d| d.term == "army"), "{:?}", lists[1]);
    }

    #[test]
    fn equal_use_gets_no_positive_score_even_with_unequal_sizes() {
        // "river" is 2 of 4 content words in A and 4 of 8 in B: the same rate.
        let a = article("a", &["River. River. Boat. Dock."]);
        let b = article(
            "b",
            &["River. River. River. River. Boat. Dock. Boat. Dock."],
        );
        let lists = distinctive_terms(&[vec![&a], vec![&b]], 10);
        assert!(
            lists.iter().flatten().all(|d| d.term != "river"),
            "{lists:?}"
        );
        // The same words in the same amounts: nothing is distinctive.
        let c = article("c", &["River. River. Boat. Dock."]);
        assert_eq!(
            distinctive_terms(&[vec![&a], vec![&c]], 10),
            vec![vec![], vec![]]
        );
    }

    #[test]
    fn single_occurrences_stop_words_and_bare_numbers_are_never_listed() {
        let a = article(
            "a",
            &["The 2014 siege of the odd town. The 2014 siege of the town."],
        );
        let b = article("b", &["A quiet week."]);
        let lists = distinctive_terms(&[vec![&a], vec![&b]], 50);
        let got = terms(&lists[0]);
        let absent = [
            "odd", "odd town", "the", "of", "2014", "of the", "the 2014", "siege of",
        ];
        for absent in absent {
            assert!(!got.contains(&absent), "{absent}: {got:?}");
        }
        for present in ["siege", "town", "2014 siege"] {
            assert!(got.contains(&present), "{present}: {got:?}");
        }
    }

    #[test]
    fn bigrams_stay_inside_sentences_and_between_punctuation() {
        let a = article("a", &["Kurdish forces advance.", "Forces, Kurdish ones."]);
        let a2 = article("a2", &["Kurdish forces advance.", "Forces, Kurdish ones."]);
        let b = article("b", &["Quiet river banks."]);
        let lists = distinctive_terms(&[vec![&a, &a2], vec![&b]], 50);
        let got = terms(&lists[0]);
        assert!(got.contains(&"kurdish forces"), "{got:?}");
        assert!(!got.contains(&"advance forces"), "{got:?}");
        assert!(!got.contains(&"forces kurdish"), "{got:?}");
    }

    #[test]
    fn exact_alias_forms_keep_their_capitals_and_hyphens_join() {
        let a = article(
            "a",
            &["IS fled the US-led raid.", "IS fled the US-led raid."],
        );
        let b = article("b", &["It is what it is, a town.", "Quiet river banks."]);
        let lists = distinctive_terms(&[vec![&a], vec![&b]], 50);
        let got = terms(&lists[0]);
        assert!(got.contains(&"IS"), "{got:?}");
        assert!(got.contains(&"US-led"), "{got:?}");
        assert!(!got.contains(&"is"), "{got:?}");
    }

    #[test]
    fn one_group_or_none_gives_empty_lists() {
        let a = article("a", &["Daesh. Daesh. Daesh."]);
        assert_eq!(distinctive_terms(&[vec![&a]], 5), vec![Vec::new()]);
        assert!(distinctive_terms(&[], 5).is_empty());
    }

    #[test]
    fn ties_are_ordered_by_term_and_top_is_respected() {
        // "beta" and "alpha" are used identically by A: equal scores.
        let a = article("a", &["Beta.", "Alpha.", "Beta.", "Alpha.", "Gamma."]);
        let b = article("b", &["Gamma. Gamma. Delta."]);
        let lists = distinctive_terms(&[vec![&a], vec![&b]], 2);
        assert_eq!(terms(&lists[0]), ["alpha", "beta"]);
        assert_eq!(lists[0][0].score, lists[0][1].score);
    }

    fn sentence() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "daesh", "rebels", "army", "the", "of", "town", "river", "said", "IS", "is", "2014",
        ]);
        prop::collection::vec(word, 1..8).prop_map(|w| w.join(" ") + ".")
    }

    fn group() -> impl Strategy<Value = Vec<Vec<String>>> {
        prop::collection::vec(prop::collection::vec(sentence(), 1..6), 1..3)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn lists_are_sorted_positive_bounded_and_order_independent(
            groups in prop::collection::vec(group(), 2..4),
            top in 0usize..8,
        ) {
            let articles: Vec<Vec<Article>> = groups
                .iter()
                .enumerate()
                .map(|(g, arts)| {
                    arts.iter()
                        .enumerate()
                        .map(|(i, s)| Article::from_paragraphs(format!("{g}-{i}"), vec![s.clone()]))
                        .collect()
                })
                .collect();
            let refs: Vec<Vec<&Article>> = articles.iter().map(|g| g.iter().collect()).collect();
            let lists = distinctive_terms(&refs, top);
            prop_assert_eq!(lists.len(), refs.len());
            for list in &lists {
                prop_assert!(list.len() <= top);
                for pair in list.windows(2) {
                    prop_assert!(
                        pair[0].score > pair[1].score
                            || (pair[0].score == pair[1].score && pair[0].term < pair[1].term)
                    );
                }
                prop_assert!(list.iter().all(|d| d.score > 0.0 && d.score.is_finite()));
            }
            // Reversing the groups and the articles inside them reverses the lists.
            let reversed: Vec<Vec<&Article>> =
                refs.iter().rev().map(|g| g.iter().rev().copied().collect()).collect();
            let mut again = distinctive_terms(&reversed, top);
            again.reverse();
            prop_assert_eq!(again, lists);
        }
    }
}
