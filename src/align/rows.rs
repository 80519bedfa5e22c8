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
/// before the next in-order link that follows them on the right. `links`
/// are sorted by their first left sentence.
pub fn build_rows(links: &[Link], left: &[&str], right: &[&str]) -> Vec<AlignedRow> {
    let linked = links
        .iter()
        .map(|link| linked_row(link, left, right))
        .collect();
    order_rows(linked, left.len(), right.len())
}

/// Puts linked rows (sorted by their first left sentence) in left reading
/// order with every unlinked sentence of either side in a one-sided row:
/// left ones where they fall, right ones before the next in-order linked row
/// that follows them on the right. Marks the rows outside the longest run
/// that also increases on the right as moved.
pub fn order_rows(linked: Vec<AlignedRow>, left_len: usize, right_len: usize) -> Vec<AlignedRow> {
    let firsts: Vec<usize> = linked.iter().map(|r| r.right[0]).collect();
    let in_order = longest_increasing(&firsts);
    let mut right_linked = vec![false; right_len];
    for row in &linked {
        for &j in &row.right {
            right_linked[j] = true;
        }
    }
    let mut rows = Vec::with_capacity(left_len + right_len);
    let mut next_right = 0;
    let mut linked = linked.into_iter().zip(in_order).peekable();
    let mut i = 0;
    while i < left_len {
        let Some((mut row, in_order)) = linked.next_if(|(r, _)| r.left[0] == i) else {
            rows.push(one_sided(RowKind::LeftOnly, i));
            i += 1;
            continue;
        };
        row.moved = !in_order;
        if in_order {
            flush_right(&mut rows, &right_linked, &mut next_right, row.right[0]);
            next_right = next_right.max(row.right[row.right.len() - 1] + 1);
        }
        i = row.left[row.left.len() - 1] + 1;
        rows.push(row);
    }
    flush_right(&mut rows, &right_linked, &mut next_right, right_len);
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

fn linked_row(link: &Link, left: &[&str], right: &[&str]) -> AlignedRow {
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
        moved: false,
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

/// Marks the entries that belong to the longest strictly increasing
/// subsequence of `values`: of several, the one that ends earliest, reached
/// through the earliest possible predecessor at each step. Patience sorting,
/// O(k log k).
fn longest_increasing(values: &[usize]) -> Vec<bool> {
    // levels[l]: indices whose longest run ending there has length l + 1, in
    // index order; their values never increase along a level.
    let mut levels: Vec<Vec<usize>> = Vec::new();
    let mut previous = vec![usize::MAX; values.len()];
    for (k, &value) in values.iter().enumerate() {
        let level = levels.partition_point(|l| values[*l.last().expect("non-empty")] < value);
        if level > 0 {
            let below = &levels[level - 1];
            previous[k] = below[below.partition_point(|&p| values[p] >= value)];
        }
        match levels.get_mut(level) {
            Some(l) => l.push(k),
            None => levels.push(vec![k]),
        }
    }
    let mut keep = vec![false; values.len()];
    let mut k = levels.last().map(|l| l[0]);
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The quadratic rule `longest_increasing` must reproduce: each entry
    /// extends the earliest entry before it with the longest run, and the
    /// run kept is the earliest ending one of the greatest length.
    fn quadratic(values: &[usize]) -> Vec<bool> {
        let n = values.len();
        let mut length = vec![1usize; n];
        let mut previous = vec![usize::MAX; n];
        for k in 0..n {
            for p in 0..k {
                if values[p] < values[k] && length[p] + 1 > length[k] {
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

    proptest! {
        #[test]
        fn patience_sorting_keeps_the_same_run(values in prop::collection::vec(0usize..40, 0..60)) {
            // Rows start at distinct right sentences.
            let mut seen = std::collections::HashSet::new();
            let values: Vec<usize> = values.into_iter().filter(|v| seen.insert(*v)).collect();
            prop_assert_eq!(longest_increasing(&values), quadratic(&values));
        }

        #[test]
        fn patience_sorting_handles_repeated_values(values in prop::collection::vec(0usize..8, 0..40)) {
            prop_assert_eq!(longest_increasing(&values), quadratic(&values));
        }
    }

    #[test]
    fn rows_interleave_unlinked_right_sentences_before_the_next_link() {
        let linked = |l: usize, r: usize| AlignedRow {
            kind: RowKind::Reworded,
            left: vec![l],
            right: vec![r],
            similarity: 0.5,
            moved: false,
        };
        let rows = order_rows(vec![linked(0, 2), linked(1, 0), linked(2, 3)], 3, 5);
        let shape: Vec<(RowKind, Vec<usize>, Vec<usize>, bool)> = rows
            .into_iter()
            .map(|r| (r.kind, r.left, r.right, r.moved))
            .collect();
        assert_eq!(
            shape,
            vec![
                (RowKind::RightOnly, vec![], vec![1], false),
                (RowKind::Reworded, vec![0], vec![2], false),
                (RowKind::Reworded, vec![1], vec![0], true),
                (RowKind::Reworded, vec![2], vec![3], false),
                (RowKind::RightOnly, vec![], vec![4], false),
            ]
        );
    }
}
