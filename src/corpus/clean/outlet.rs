//! Paragraphs one outlet repeats across its articles (taglines, appeals).

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::corpus::normalize::matching_form;

/// Marks paragraphs repeated verbatim in several articles of the same outlet.
///
/// `articles` holds each article's outlet and its (already cleaned)
/// paragraphs. A paragraph is marked when its folded form (quotes and dashes
/// folded, whitespace collapsed, case ignored) appears in at least three
/// different articles of one outlet; articles without an outlet never match.
/// Returns, per article, one flag per paragraph: `true` to remove it.
pub fn repeated_in_outlet(articles: &[(Option<&str>, &[String])]) -> Vec<Vec<bool>> {
    let keys: Vec<Option<OutletParagraphs>> = articles
        .par_iter()
        .map(|(outlet, paragraphs)| {
            let folded = paragraphs.iter().map(|p| matching_form(p)).collect();
            outlet_key(*outlet, folded)
        })
        .collect();
    let mut masks = repeated_in_outlet_folded(&keys);
    for (mask, (_, paragraphs)) in masks.iter_mut().zip(articles) {
        mask.resize(paragraphs.len(), false);
    }
    masks
}

/// An article's folded outlet name and folded paragraphs, as compared by
/// [`repeated_in_outlet_folded`].
pub type OutletParagraphs = (String, Vec<String>);

/// The comparison key of an article with this outlet and these folded
/// paragraphs: `None` when it has no outlet, which never matches.
pub fn outlet_key(outlet: Option<&str>, folded: Vec<String>) -> Option<OutletParagraphs> {
    let outlet = matching_form(outlet?);
    (!outlet.is_empty()).then_some((outlet, folded))
}

/// [`repeated_in_outlet`] over paragraphs already in their matching form
/// (see [`outlet_key`]): one flag per folded paragraph, none for an
/// article without an outlet.
pub fn repeated_in_outlet_folded(keys: &[Option<OutletParagraphs>]) -> Vec<Vec<bool>> {
    let min_articles = super::rules::rules().limits.repeated_min_articles;
    // Each outlet's paragraphs are counted apart from every other outlet's,
    // so outlets are counted in parallel (the table used to be built on one
    // thread while the other core idled). Articles keep their order within
    // an outlet, and every flag is put back at its article's index.
    let mut by_outlet: FxHashMap<&str, Vec<(usize, &[String])>> = FxHashMap::default();
    for (index, key) in keys.iter().enumerate() {
        if let Some((outlet, folded)) = key {
            by_outlet.entry(outlet).or_default().push((index, folded));
        }
    }
    let outlets: Vec<Vec<(usize, &[String])>> = by_outlet.into_values().collect();
    let marked: Vec<Vec<(usize, Vec<bool>)>> = outlets
        .par_iter()
        .map(|articles| {
            // paragraph -> (distinct articles, last article counted)
            let mut seen: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
            for &(index, folded) in articles {
                for paragraph in folded.iter().filter(|p| !p.is_empty()) {
                    let entry = seen.entry(paragraph).or_insert((0, usize::MAX));
                    if entry.1 != index {
                        *entry = (entry.0 + 1, index);
                    }
                }
            }
            articles
                .iter()
                .map(|&(index, folded)| {
                    let mask = folded
                        .iter()
                        .map(|p| seen.get(p.as_str()).is_some_and(|e| e.0 >= min_articles))
                        .collect();
                    (index, mask)
                })
                .collect()
        })
        .collect();
    let mut masks = vec![Vec::new(); keys.len()];
    for (index, mask) in marked.into_iter().flatten() {
        masks[index] = mask;
    }
    masks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn marks_paragraphs_in_three_articles_of_one_outlet() {
        let tag = "Follow   “Press TV” — always";
        let a = paras(&[tag, "Story A."]);
        let b = paras(&["Story B.", "follow \"press tv\" - always"]);
        let c = paras(&["FOLLOW “PRESS TV” – ALWAYS", "Story C."]);
        let d = paras(&[tag]);
        let masks = repeated_in_outlet(&[
            (Some("Press TV"), &a),
            (Some("Press TV"), &b),
            (Some("press tv"), &c),
            (Some("Other"), &d),
            (None, &d),
        ]);
        assert_eq!(
            masks,
            vec![
                vec![true, false],
                vec![false, true],
                vec![true, false],
                vec![false],
                vec![false],
            ]
        );
    }

    #[test]
    fn repeats_inside_one_article_or_without_outlet_do_not_count() {
        let same = paras(&["Tagline", "Tagline", "Tagline"]);
        let masks = repeated_in_outlet(&[(Some("X"), &same), (Some("X"), &same)]);
        assert_eq!(masks, vec![vec![false; 3], vec![false; 3]]);
        let none = repeated_in_outlet(&[(None, &same), (None, &same), (None, &same)]);
        assert_eq!(none, vec![vec![false; 3]; 3]);
    }

    #[test]
    fn many_articles_stay_fast() {
        let body: Vec<String> = (0..50).map(|i| format!("Paragraph {i}.")).collect();
        let input: Vec<(Option<&str>, &[String])> = (0..2000)
            .map(|_| (Some("Outlet"), body.as_slice()))
            .collect();
        let masks = repeated_in_outlet(&input);
        assert!(masks.iter().all(|m| m.iter().all(|&x| x)));
    }
}
