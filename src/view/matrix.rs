//! The claims × sources matrix: rows are claims ordered by how many shown
//! sources report them, columns are the shown sources.

use super::filter::{Filter, Spread};
use super::order;
use super::source_name;
use parallax_engine::{Analysis, Corpus, DocIx};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Reports,
    /// Reports it, in wording that diverges from another source.
    Diverges,
    Absent,
}

impl Cell {
    pub fn describe(self) -> &'static str {
        match self {
            Cell::Reports => "reports it",
            Cell::Diverges => "reports it with divergent wording",
            Cell::Absent => "does not report it",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub id: String,
    pub key: String,
    pub name: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub label: String,
    pub reporting: usize,
    pub spread: Spread,
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// The matrix of shown claims; rows by coverage (widest first), then in the
/// engine's order, which is stable for a corpus.
pub fn matrix(corpus: &Corpus, analysis: &Analysis, filter: &Filter) -> Matrix {
    let docs: Vec<DocIx> = filter.docs();
    // Document index → column index, for shown documents.
    let mut column: Vec<Option<usize>> = vec![None; corpus.documents.len()];
    for (c, &d) in docs.iter().enumerate() {
        column[d] = Some(c);
    }
    let columns = docs
        .iter()
        .map(|&d| {
            let doc = &corpus.documents[d];
            Column {
                id: doc.id.clone(),
                key: super::source_key(d),
                name: source_name(doc),
                title: doc.meta.title.clone(),
            }
        })
        .collect();
    let mut rows: Vec<Row> = filter
        .claims(corpus, analysis)
        .into_iter()
        .map(|ci| {
            let claim = &analysis.claims[ci];
            let mut cells = vec![Cell::Absent; docs.len()];
            for m in &claim.members {
                if let Some(&c) = column.get(m.doc).and_then(Option::as_ref) {
                    cells[c] = Cell::Reports;
                }
            }
            let diverging = claim
                .divergences
                .iter()
                .flat_map(|d| &d.spans)
                .filter_map(|s| claim.members.get(s.member).map(|m| m.doc));
            for d in diverging {
                if let Some(&c) = column.get(d).and_then(Option::as_ref) {
                    cells[c] = Cell::Diverges;
                }
            }
            Row {
                id: claim.id.clone(),
                label: claim.label.clone(),
                reporting: filter.reporting(claim),
                spread: filter.spread(claim),
                cells,
            }
        })
        .collect();
    // Stable: equal coverage keeps the engine's order.
    order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.reporting));
    Matrix { columns, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture::*;
    use Cell::*;

    #[test]
    fn rows_by_coverage_with_cells_per_source() {
        let c = corpus();
        let a = analysis(&c);
        let m = matrix(&c, &a, &Filter::new(&c, Some(&a), &query("")));
        let names: Vec<_> = m.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Outlet A", "Outlet B", "Outlet C"]);
        let rows: Vec<_> = m
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.spread, r.cells.clone()))
            .collect();
        assert_eq!(
            rows,
            [
                ("c-talks", Spread::Some, vec![Diverges, Diverges, Absent]),
                ("c-peace", Spread::Some, vec![Diverges, Diverges, Absent]),
                ("c-prices", Spread::Unique, vec![Reports, Absent, Absent]),
            ]
        );
    }

    #[test]
    fn filters_shape_rows_and_columns() {
        let c = corpus();
        let a = analysis(&c);
        let ids = |q: &str| {
            let m = matrix(&c, &a, &Filter::new(&c, Some(&a), &query(q)));
            (
                m.rows.iter().map(|r| r.id.clone()).collect::<Vec<_>>(),
                m.columns.len(),
            )
        };
        // Among a and b, the shared claims are reported by all shown sources.
        assert_eq!(
            ids("src=a,b&cov=all"),
            (vec!["c-talks".into(), "c-peace".into()], 2)
        );
        assert_eq!(ids("cov=unique"), (vec!["c-prices".into()], 3));
        assert_eq!(ids("q=PEACE"), (vec!["c-peace".into()], 3));
        // Search reaches the wording, not only the label.
        assert_eq!(ids("q=tuesday"), (vec!["c-talks".into()], 3));
        assert_eq!(ids("entity=percent:5"), (vec!["c-prices".into()], 3));
        assert_eq!(ids("src=c").0, Vec::<String>::new());
    }

    #[test]
    fn unknown_filter_values_are_noticed_and_ignored() {
        let c = corpus();
        let a = analysis(&c);
        let f = Filter::new(&c, Some(&a), &query("src=zz&entity=person:nobody"));
        assert_eq!(f.notices.len(), 2, "{:?}", f.notices);
        assert!(f.notices[0].contains("zz"));
        assert_eq!(matrix(&c, &a, &f).rows.len(), 3);
    }
}
