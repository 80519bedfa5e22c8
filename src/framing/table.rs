//! The framing table: one column per outlet, one row per referent or list,
//! laid out once for every front end (terminal text, TUI, exports).

use std::collections::BTreeMap;

use super::OutletFraming;

/// Distinctive terms shown per outlet.
pub const DISTINCTIVE_TERMS: usize = 8;
/// Reporting verbs shown per outlet, most used first.
pub const TOP_VERBS: usize = 8;
/// What a cell holds when the outlet has nothing for the row.
pub const NOTHING: &str = "—";

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FramingRow {
    /// What the row counts: "Reporting verbs", or a referent under Naming.
    pub label: String,
    /// A section's first row (drawn as a heading); referents under "Naming" are not.
    pub heading: bool,
    /// One cell per outlet column, as items never broken across lines
    /// ("Daesh ×7"): [`NOTHING`] for nothing, no items under a bare heading.
    pub cells: Vec<Vec<String>>,
}

/// A story's framing as a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FramingTable {
    /// Column headings: outlet names.
    pub outlets: Vec<String>,
    /// The rows, top to bottom.
    pub rows: Vec<FramingRow>,
}

fn nothing() -> Vec<String> {
    vec![NOTHING.to_owned()]
}

/// "said ×4", "accused ×1": most used first, at most `top`, then "+N more".
fn counted(counts: &BTreeMap<String, usize>, top: usize) -> Vec<String> {
    if counts.is_empty() {
        return nothing();
    }
    let mut sorted: Vec<(&String, &usize)> = counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let mut items: Vec<String> = sorted
        .iter()
        .take(top)
        .map(|(key, n)| format!("{key} ×{n}"))
        .collect();
    if sorted.len() > top {
        items.push(format!("+{} more", sorted.len() - top));
    }
    items
}

/// How a row's cell is read from an outlet's framing.
type CellOf = fn(&OutletFraming) -> Vec<String>;

impl FramingTable {
    /// Lays `outlets` out: the outlets named in `first` (e.g. a compared
    /// pair's) lead, the others follow in the given order. Referents most
    /// mentioned across the outlets come first.
    pub fn new(outlets: &[OutletFraming], first: &[&str]) -> FramingTable {
        let mut order: Vec<&OutletFraming> = Vec::new();
        for name in first {
            order.extend(outlets.iter().filter(|o| o.outlet == *name));
        }
        for outlet in outlets {
            if !order.iter().any(|o| o.outlet == outlet.outlet) {
                order.push(outlet);
            }
        }
        order.dedup_by(|a, b| a.outlet == b.outlet);
        let mut rows = vec![FramingRow {
            label: "Naming".to_owned(),
            heading: true,
            cells: vec![Vec::new(); order.len()],
        }];
        let mut referents: BTreeMap<&str, usize> = BTreeMap::new();
        for outlet in &order {
            for (referent, variants) in &outlet.framing.naming {
                *referents.entry(referent).or_default() += variants.values().sum::<usize>();
            }
        }
        let mut referents: Vec<(&str, usize)> = referents.into_iter().collect();
        referents.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        for (referent, _) in referents {
            let cells = order
                .iter()
                .map(|o| match o.framing.naming.get(referent) {
                    Some(variants) => counted(variants, usize::MAX),
                    None => nothing(),
                })
                .collect();
            rows.push(FramingRow {
                label: referent.to_owned(),
                heading: false,
                cells,
            });
        }
        if rows.len() == 1 {
            rows[0].cells = vec![nothing(); order.len()];
        }
        let lists: [(&str, CellOf); 4] = [
            ("Reporting verbs", |o| counted(&o.framing.verbs, TOP_VERBS)),
            ("Hedges", |o| counted(&o.framing.hedges, usize::MAX)),
            ("Labels", |o| counted(&o.framing.labels, usize::MAX)),
            ("Distinctive terms", |o| {
                if o.distinctive.is_empty() {
                    return nothing();
                }
                o.distinctive
                    .iter()
                    .take(DISTINCTIVE_TERMS)
                    .map(|d| format!("{} {:.1}", d.term, d.score))
                    .collect()
            }),
        ];
        for (label, cell) in lists {
            rows.push(FramingRow {
                label: label.to_owned(),
                heading: true,
                cells: order.iter().map(|o| cell(o)).collect(),
            });
        }
        FramingTable {
            outlets: order.iter().map(|o| o.outlet.clone()).collect(),
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::AlignOptions;
    use crate::collate::Collation;
    use crate::corpus::load_demo;

    #[test]
    fn counts_read_most_used_first_and_are_cut_after_top() {
        let counts: BTreeMap<String, usize> =
            [("said", 4), ("added", 1), ("urged", 1), ("told", 2)]
                .into_iter()
                .map(|(k, n)| (k.to_owned(), n))
                .collect();
        assert_eq!(counted(&counts, 2), ["said ×4", "told ×2", "+2 more"]);
        assert_eq!(counted(&BTreeMap::new(), 2), ["—"]);
    }

    #[test]
    fn the_demo_table_names_daesh_for_sputnik_and_leads_with_the_named_outlet() {
        let demo = load_demo();
        let collation = Collation::new(&demo.articles, &[0, 1], &AlignOptions::default());
        let outlets = super::super::frame_story(&collation, &demo.articles, &[], 10);
        let table = FramingTable::new(&outlets, &["TASS"]);
        assert_eq!(table.outlets, ["TASS", "Sputnik"]);
        let isis = table
            .rows
            .iter()
            .find(|r| r.label == "Islamic State")
            .unwrap();
        assert!(isis.cells[1].iter().any(|c| c == "Daesh ×7"), "{isis:?}");
        assert!(!isis.cells[0].iter().any(|c| c.starts_with("Daesh")));
        let hedges = table.rows.iter().find(|r| r.label == "Hedges").unwrap();
        assert!(hedges.heading && hedges.cells.len() == 2);
    }
}
