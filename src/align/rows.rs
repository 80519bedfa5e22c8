//! From links to rows: reading order, gaps, moved flags, kinds, summary.

use super::AlignmentSummary;
use super::link::Link;
use super::matrix::PairScorer;

/// What a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// Identical up to case, punctuation and quote style.
    Same,
    /// The same content in other words.
    Reworded,
    /// Only in the left article.
    LeftOnly,
    /// Only in the right article.
    RightOnly,
}

impl RowKind {
    /// The stable snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Same => "same",
            Self::Reworded => "reworded",
            Self::LeftOnly => "left_only",
            Self::RightOnly => "right_only",
        }
    }

    /// The gutter marker that carries the kind without colour.
    pub fn marker(self) -> char {
        match self {
            Self::Same => '=',
            Self::Reworded => '~',
            Self::LeftOnly => '<',
            Self::RightOnly => '>',
        }
    }
}

/// One row of an alignment: sentences of either side that correspond.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedRow {
    /// Same, reworded, or one-sided.
    pub kind: RowKind,
    /// Left sentence indices (flattened over paragraphs), consecutive.
    pub left: Vec<usize>,
    /// Right sentence indices, consecutive.
    pub right: Vec<usize>,
    /// Similarity of the two sides in 0..1 (0 for one-sided rows).
    pub similarity: f32,
    /// The right side is out of order relative to its neighbours.
    pub moved: bool,
}

impl AlignedRow {
    /// The display text of each side: its sentences joined by single spaces
    /// ("" for an empty side). `left` and `right` are the articles' sentence
    /// texts in order (see [`crate::corpus::Article::sentence_texts`]).
    pub fn texts(&self, left: &[&str], right: &[&str]) -> (String, String) {
        let join = |indices: &[usize], text: &[&str]| {
            indices
                .iter()
                .map(|&i| text[i])
                .collect::<Vec<_>>()
                .join(" ")
        };
        (join(&self.left, left), join(&self.right, right))
    }
}

/// Builds rows in left reading order, interleaving unmatched right sentences
/// before the next in-order link that follows them on the right.
pub fn build_rows(links: &[Link], left: &[&str], right: &[&str]) -> Vec<AlignedRow> {
    let in_order = longest_increasing(links);
    let mut right_linked = vec![false; right.len()];
    for link in links {
        right_linked[link.right.0..link.right.1].fill(true);
    }
    let mut rows = Vec::with_capacity(left.len() + right.len());
    let mut next_right = 0;
    let mut i = 0;
    while i < left.len() {
        let Some((k, link)) = links.iter().enumerate().find(|(_, l)| l.left.0 == i) else {
            rows.push(one_sided(RowKind::LeftOnly, i));
            i += 1;
            continue;
        };
        let moved = !in_order[k];
        if !moved {
            flush_right(&mut rows, &right_linked, &mut next_right, link.right.0);
            next_right = next_right.max(link.right.1);
        }
        rows.push(linked_row(link, moved, left, right));
        i = link.left.1;
    }
    flush_right(&mut rows, &right_linked, &mut next_right, right.len());
    rows
}

fn flush_right(rows: &mut Vec<AlignedRow>, linked: &[bool], next: &mut usize, until: usize) {
    while *next < until {
        if !linked[*next] {
            rows.push(one_sided(RowKind::RightOnly, *next));
        }
        *next += 1;
    }
}

fn one_sided(kind: RowKind, index: usize) -> AlignedRow {
    let (left, right) = match kind {
        RowKind::RightOnly => (vec![], vec![index]),
        _ => (vec![index], vec![]),
    };
    AlignedRow {
        kind,
        left,
        right,
        similarity: 0.0,
        moved: false,
    }
}

fn linked_row(link: &Link, moved: bool, left: &[&str], right: &[&str]) -> AlignedRow {
    let l: Vec<usize> = (link.left.0..link.left.1).collect();
    let r: Vec<usize> = (link.right.0..link.right.1).collect();
    let same =
        letters_only(l.iter().map(|&i| left[i])) == letters_only(r.iter().map(|&j| right[j]));
    AlignedRow {
        kind: if same {
            RowKind::Same
        } else {
            RowKind::Reworded
        },
        left: l,
        right: r,
        similarity: if same {
            1.0
        } else {
            link.similarity.clamp(0.0, 1.0)
        },
        moved,
    }
}

/// Letters and digits only, lowercase: what "identical up to case,
/// punctuation and quote style" compares.
fn letters_only<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts
        .flat_map(str::chars)
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Marks the links (in left order) that belong to the longest run in which
/// the right side also increases; the others are moved.
fn longest_increasing(links: &[Link]) -> Vec<bool> {
    let n = links.len();
    let mut length = vec![1usize; n];
    let mut previous = vec![usize::MAX; n];
    for k in 0..n {
        for p in 0..k {
            if links[p].right.0 < links[k].right.0 && length[p] + 1 > length[k] {
                length[k] = length[p] + 1;
                previous[k] = p;
            }
        }
    }
    let mut keep = vec![false; n];
    let mut k = (0..n).max_by_key(|&k| (length[k], std::cmp::Reverse(k)));
    while let Some(idx) = k {
        keep[idx] = true;
        k = (previous[idx] != usize::MAX).then_some(previous[idx]);
    }
    keep
}

/// Word shares and row counts.
pub fn summarize(rows: &[AlignedRow], scorer: &PairScorer) -> AlignmentSummary {
    let mut summary = AlignmentSummary::default();
    let (mut left_shared, mut right_shared) = (0usize, 0usize);
    for row in rows {
        match row.kind {
            RowKind::Same => summary.same += 1,
            RowKind::Reworded => summary.reworded += 1,
            RowKind::LeftOnly => summary.left_only += 1,
            RowKind::RightOnly => summary.right_only += 1,
        }
        if matches!(row.kind, RowKind::Same | RowKind::Reworded) {
            left_shared += row
                .left
                .iter()
                .map(|&i| scorer.left_words(i))
                .sum::<usize>();
            right_shared += row
                .right
                .iter()
                .map(|&j| scorer.right_words(j))
                .sum::<usize>();
        }
    }
    let total_left: usize = (0..scorer.left_len()).map(|i| scorer.left_words(i)).sum();
    let total_right: usize = (0..scorer.right_len()).map(|j| scorer.right_words(j)).sum();
    summary.left_shared = share(left_shared, total_left);
    summary.right_shared = share(right_shared, total_right);
    summary
}

fn share(part: usize, total: usize) -> f32 {
    if total == 0 {
        0.0
    } else {
        part as f32 / total as f32
    }
}

/// The rows of `alignment` seen from the other side (see [`super::Alignment::flipped`]).
pub fn flip(alignment: &super::Alignment) -> super::Alignment {
    let count = |side: fn(&AlignedRow) -> &Vec<usize>| {
        alignment
            .rows
            .iter()
            .flat_map(|r| side(r).iter().copied())
            .max()
            .map_or(0, |m| m + 1)
    };
    let (new_left, new_right) = (count(|r| &r.right), count(|r| &r.left));
    let mut linked: Vec<&AlignedRow> = alignment
        .rows
        .iter()
        .filter(|r| !r.left.is_empty() && !r.right.is_empty())
        .collect();
    linked.sort_by_key(|r| r.right[0]);
    let links: Vec<Link> = linked
        .iter()
        .map(|r| Link {
            left: (r.right[0], r.right[r.right.len() - 1] + 1),
            right: (r.left[0], r.left[r.left.len() - 1] + 1),
            similarity: r.similarity,
        })
        .collect();
    let in_order = longest_increasing(&links);
    let mut right_linked = vec![false; new_right];
    for link in &links {
        right_linked[link.right.0..link.right.1].fill(true);
    }
    let mut rows = Vec::with_capacity(alignment.rows.len());
    let mut next_right = 0;
    let mut link_at = vec![None; new_left];
    for (k, link) in links.iter().enumerate() {
        link_at[link.left.0] = Some(k);
    }
    let mut i = 0;
    while i < new_left {
        let Some(k) = link_at[i] else {
            rows.push(one_sided(RowKind::LeftOnly, i));
            i += 1;
            continue;
        };
        let (link, moved) = (&links[k], !in_order[k]);
        if !moved {
            flush_right(&mut rows, &right_linked, &mut next_right, link.right.0);
            next_right = next_right.max(link.right.1);
        }
        rows.push(AlignedRow {
            kind: linked[k].kind,
            left: (link.left.0..link.left.1).collect(),
            right: (link.right.0..link.right.1).collect(),
            similarity: link.similarity,
            moved,
        });
        i = link.left.1;
    }
    flush_right(&mut rows, &right_linked, &mut next_right, new_right);
    let s = alignment.summary;
    super::Alignment {
        rows,
        summary: AlignmentSummary {
            left_shared: s.right_shared,
            right_shared: s.left_shared,
            left_only: s.right_only,
            right_only: s.left_only,
            ..s
        },
    }
}
