//! Passages two articles of a story share word for word, and which one
//! they likely came from.
//!
//! Candidates are the collation's aligned rows (both sides present); no
//! pair is realigned. In each row the two sides' words (folded: case,
//! apostrophes, acronym dots) are searched for common runs. A run counts
//! as copied when at least [`MIN_COPIED_WORDS`] consecutive words of it lie
//! outside quotation marks in at least one of the two articles: words
//! quoted by both are the speaker's, not the writer's, so two outlets
//! carrying the same quotation is no copy.
//!
//! Why fifteen: independent reports of the same facts share stock phrases,
//! names and lists, and those are what the threshold must clear. On
//! NewsWCL50 (ten events, each told by five independent outlets) the longest
//! unquoted runs two outlets share are twelve and thirteen words ("to impose
//! steel and aluminum tariffs on the European Union, Canada and Mexico"),
//! while a relay keeps whole sentences of twenty words and more.

use super::{Citation, Copied, Origin, SourceKind};
use crate::collate::Collation;
use crate::corpus::Article;
use crate::corpus::terms::{fold_word, words};

/// The fewest consecutive shared words, outside quotations in both, that
/// make a copy.
pub const MIN_COPIED_WORDS: usize = 15;

/// One word for copy detection: folded, and whether it is inside quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    word: String,
    quoted: bool,
}

/// Each sentence's tokens; the quotation state carries across the sentences
/// of a paragraph and resets at each paragraph.
fn article_tokens(article: &Article) -> Vec<Vec<Token>> {
    let mut out = Vec::with_capacity(article.sentence_count());
    for paragraph in &article.paragraphs {
        let mut inside = opens_inside(&paragraph.text());
        for sentence in &paragraph.sentences {
            let text = sentence.text.as_str();
            let mut tokens = Vec::new();
            let mut seen = 0;
            for word in words(text) {
                let start = word.as_ptr() as usize - text.as_ptr() as usize;
                inside = quote_state(&text[seen..start], inside);
                seen = start + word.len();
                tokens.push(Token {
                    word: fold_word(word),
                    quoted: inside,
                });
            }
            inside = quote_state(&text[seen..], inside);
            out.push(tokens);
        }
    }
    out
}

/// Whether a paragraph begins inside a quotation: its first quotation mark
/// closes one (a quotation running on from the paragraph before, its
/// opening mark lost). A straight `"` closes when it follows a non-space and
/// is followed by a space, punctuation or the end.
fn opens_inside(paragraph: &str) -> bool {
    let Some(at) = paragraph.find(['“', '”', '«', '»', '"']) else {
        return false;
    };
    let mark = paragraph[at..].chars().next().unwrap_or('"');
    let before = paragraph[..at].chars().next_back();
    let after = paragraph[at + mark.len_utf8()..].chars().next();
    match mark {
        '”' | '»' => true,
        '"' => {
            before.is_some_and(|c| !c.is_whitespace())
                && after.is_none_or(|c| c.is_whitespace() || ",.;:)".contains(c))
        }
        _ => false,
    }
}

/// The quotation state after `between` (text between words).
fn quote_state(between: &str, mut inside: bool) -> bool {
    for c in between.chars() {
        match c {
            '“' | '«' | '„' => inside = true,
            '”' | '»' => inside = false,
            '"' => inside = !inside,
            _ => {}
        }
    }
    inside
}

/// Maximal common runs of `a` and `b` at least `min` long, longest first,
/// overlapping none longer on either side: `(start in a, start in b, length)`.
fn common_runs(a: &[&str], b: &[&str], min: usize) -> Vec<(usize, usize, usize)> {
    let mut runs = Vec::new();
    let mut previous = vec![0usize; b.len() + 1];
    for i in 0..a.len() {
        let mut current = vec![0usize; b.len() + 1];
        for j in 0..b.len() {
            if a[i] == b[j] {
                current[j + 1] = previous[j] + 1;
                let ends = i + 1 == a.len() || j + 1 == b.len() || a[i + 1] != b[j + 1];
                let len = current[j + 1];
                if ends && len >= min {
                    runs.push((i + 1 - len, j + 1 - len, len));
                }
            }
        }
        previous = current;
    }
    runs.sort_by(|x, y| y.2.cmp(&x.2).then(x.cmp(y)));
    let mut kept: Vec<(usize, usize, usize)> = Vec::new();
    for run in runs {
        let overlaps = |r: &(usize, usize, usize)| {
            run.0 < r.0 + r.2 && r.0 < run.0 + run.2 || run.1 < r.1 + r.2 && r.1 < run.1 + run.2
        };
        if !kept.iter().any(overlaps) {
            kept.push(run);
        }
    }
    kept
}

/// A shared passage between two witnesses before its origin is decided.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shared {
    a: Vec<usize>,
    b: Vec<usize>,
    words: usize,
}

/// The copied words of one aligned row: sentence indices of each side that
/// hold them, and how many words; `None` when nothing qualifies.
fn shared_in_row(left: &[(usize, &Token)], right: &[(usize, &Token)]) -> Option<Shared> {
    let a: Vec<&str> = left.iter().map(|(_, t)| t.word.as_str()).collect();
    let b: Vec<&str> = right.iter().map(|(_, t)| t.word.as_str()).collect();
    let mut shared = Shared {
        a: Vec::new(),
        b: Vec::new(),
        words: 0,
    };
    for (sa, sb, len) in common_runs(&a, &b, MIN_COPIED_WORDS) {
        let mut stretch = 0;
        for t in 0..=len {
            let unquoted = t < len && !(left[sa + t].1.quoted && right[sb + t].1.quoted);
            if unquoted {
                stretch += 1;
                continue;
            }
            if stretch >= MIN_COPIED_WORDS {
                shared.words += stretch;
                shared
                    .a
                    .extend(left[sa + t - stretch..sa + t].iter().map(|(s, _)| *s));
                shared
                    .b
                    .extend(right[sb + t - stretch..sb + t].iter().map(|(s, _)| *s));
            }
            stretch = 0;
        }
    }
    shared.a.sort_unstable();
    shared.a.dedup();
    shared.b.sort_unstable();
    shared.b.dedup();
    (shared.words > 0).then_some(shared)
}

/// The passages witnesses `x` and `y` share word for word, in `x`'s
/// reading order; adjacent rows that continue each other on both sides are
/// one passage.
fn shared_passages(
    rows: &[crate::align::AlignedRow],
    x: &[Vec<Token>],
    y: &[Vec<Token>],
) -> Vec<Shared> {
    let side = |indices: &[usize], tokens: &'_ [Vec<Token>]| -> Vec<(usize, Token)> {
        let flat = indices
            .iter()
            .flat_map(|&s| tokens[s].iter().map(move |t| (s, t.clone())));
        flat.collect()
    };
    let mut passages: Vec<Shared> = Vec::new();
    for row in rows
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
    {
        let (l, r) = (side(&row.left, x), side(&row.right, y));
        if l.len() < MIN_COPIED_WORDS || r.len() < MIN_COPIED_WORDS {
            continue;
        }
        let l: Vec<(usize, &Token)> = l.iter().map(|(s, t)| (*s, t)).collect();
        let r: Vec<(usize, &Token)> = r.iter().map(|(s, t)| (*s, t)).collect();
        let Some(found) = shared_in_row(&l, &r) else {
            continue;
        };
        match passages.last_mut() {
            Some(last) if continues(&last.a, &found.a) && continues(&last.b, &found.b) => {
                last.a.extend(found.a);
                last.b.extend(found.b);
                last.words += found.words;
            }
            _ => passages.push(found),
        }
    }
    passages
}

/// Whether `next` starts right after `previous` ends (or repeats its last).
fn continues(previous: &[usize], next: &[usize]) -> bool {
    match (previous.last(), next.first()) {
        (Some(&p), Some(&n)) => n == p + 1 || n == p,
        _ => false,
    }
}

/// For each row of an alignment of `left` with `right`, whether it holds a
/// passage the two share word for word (what the Compare screen marks).
pub fn copied_rows(
    rows: &[crate::align::AlignedRow],
    left: &Article,
    right: &Article,
) -> Vec<bool> {
    let (x, y) = (article_tokens(left), article_tokens(right));
    rows.iter()
        .map(|row| !shared_passages(std::slice::from_ref(row), &x, &y).is_empty())
        .collect()
}

/// What the origin decision reads about one witness.
pub(crate) struct WitnessFacts<'a> {
    pub article: &'a Article,
    pub citations: &'a [Citation],
}

impl WitnessFacts<'_> {
    fn cites(&self, outlet: Option<&str>) -> bool {
        outlet.is_some_and(|o| self.citations.iter().any(|c| c.source == o))
    }

    /// The agencies it credits for any of `sentences` (a dateline included).
    fn wires_over(&self, sentences: &[usize]) -> Vec<&str> {
        let covers = |c: &&Citation| c.sentences.iter().any(|s| sentences.contains(s));
        let wires = self
            .citations
            .iter()
            .filter(|c| c.kind == SourceKind::Agency);
        wires.filter(covers).map(|c| c.source.as_str()).collect()
    }
}

/// Every copied passage of a collation, filed under the witness that
/// copied it (`result[w]`), each naming the witness it came from.
pub(crate) fn find_copies(
    collation: &Collation,
    articles: &[Article],
    facts: &[WitnessFacts<'_>],
) -> Vec<Vec<Copied>> {
    let tokens: Vec<Vec<Vec<Token>>> = collation
        .articles(articles)
        .iter()
        .map(|a| article_tokens(a))
        .collect();
    let mut copied = vec![Vec::new(); collation.len()];
    for ((x, y), alignment) in collation.pairs() {
        for passage in shared_passages(&alignment.rows, &tokens[x], &tokens[y]) {
            let (from, to, origin, credit) = decide_origin((x, y), &passage, facts);
            let (mine, theirs) = if to == x {
                (&passage.a, &passage.b)
            } else {
                (&passage.b, &passage.a)
            };
            copied[to].push(Copied {
                from,
                sentences: mine.clone(),
                from_sentences: theirs.clone(),
                words: passage.words,
                credit,
                origin,
            });
        }
    }
    for list in &mut copied {
        list.sort_by_key(|c| (c.sentences.first().copied(), c.from));
    }
    copied
}

/// Which of witnesses `x` and `y` a shared passage likely came from:
/// `(from, to, why, wire credited)`. In order: the witness whose outlet the
/// other cites; the one crediting a wire for the passage when the other
/// credits none; the earlier dated; the first in the collation's order.
fn decide_origin(
    (x, y): (usize, usize),
    passage: &Shared,
    facts: &[WitnessFacts<'_>],
) -> (usize, usize, Origin, Option<String>) {
    let (fx, fy) = (&facts[x], &facts[y]);
    let (wx, wy) = (fx.wires_over(&passage.a), fy.wires_over(&passage.b));
    let credit = wx.first().or(wy.first()).map(|s| (*s).to_owned());
    let x_cites_y = fx.cites(fy.article.outlet.as_deref());
    let y_cites_x = fy.cites(fx.article.outlet.as_deref());
    let (from, origin) = if x_cites_y != y_cites_x {
        (if x_cites_y { y } else { x }, Origin::Cited)
    } else if wx.is_empty() != wy.is_empty() {
        (if wy.is_empty() { x } else { y }, Origin::NamesWire)
    } else {
        match (fx.article.date, fy.article.date) {
            (Some(dx), Some(dy)) if dx != dy => (if dx < dy { x } else { y }, Origin::Earlier),
            _ => (x, Origin::Order),
        }
    };
    let to = if from == x { y } else { x };
    (from, to, origin, credit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_runs_are_maximal_and_do_not_overlap() {
        let a: Vec<&str> = "x a b c d e y a b".split(' ').collect();
        let b: Vec<&str> = "a b c d e z a b".split(' ').collect();
        assert_eq!(common_runs(&a, &b, 2), vec![(1, 0, 5), (7, 6, 2)]);
        assert!(common_runs(&a, &b, 6).is_empty());
    }

    #[test]
    fn quotation_marks_carry_across_sentences_of_a_paragraph() {
        let article = Article::from_paragraphs(
            "a",
            vec![vec![
                "He said “we will go.".into(),
                "Then we stop,” he added.".into(),
            ]],
        );
        let tokens = article_tokens(&article);
        let quoted: Vec<bool> = tokens.iter().flatten().map(|t| t.quoted).collect();
        assert_eq!(
            quoted,
            [
                false, false, true, true, true, true, true, true, false, false
            ]
        );
    }

    #[test]
    fn a_paragraph_may_open_inside_a_quotation_running_on() {
        let runs_on = "Just heard the Campaign was sued by the Democrats,\" he tweeted.";
        assert!(opens_inside(runs_on));
        assert!(opens_inside("we will go.” he said."));
        assert!(!opens_inside("He said \"we will go.\""));
        assert!(!opens_inside("No quotation here."));
    }
}
