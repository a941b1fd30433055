//! The claims × sources matrix as CSV: one row per claim (most widely
//! reported first), one column per source saying how it reports the claim.

use parallax_engine::{Analysis, Claim, Corpus, DocIx};

/// How one source stands to one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Reports,
    /// Reports it in wording that differs from another source (numbers, quote, …).
    Divergent,
    Absent,
}

impl Cell {
    pub fn label(self) -> &'static str {
        match self {
            Cell::Reports => "reports",
            Cell::Divergent => "divergent",
            Cell::Absent => "absent",
        }
    }
}

pub fn cell(claim: &Claim, doc: DocIx) -> Cell {
    if !claim.members.iter().any(|m| m.doc == doc) {
        return Cell::Absent;
    }
    let diverges = claim.divergences.iter().any(|d| {
        d.spans
            .iter()
            .any(|s| claim.members.get(s.member).is_some_and(|m| m.doc == doc))
    });
    if diverges {
        Cell::Divergent
    } else {
        Cell::Reports
    }
}

/// A leading `=`, `+`, `-` or `@` defused, so a spreadsheet does not run
/// text from an article as a formula (the csv crate quotes, it does not defuse).
fn defuse(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The matrix as CSV (RFC 4180, CRLF line ends): `claim_id,label,coverage`
/// then one column per source id.
pub fn claims_csv(corpus: &Corpus, analysis: &Analysis) -> String {
    // Written into memory, and every row as long as the header: this cannot fail.
    write_csv(corpus, analysis).unwrap_or_default()
}

fn write_csv(corpus: &Corpus, analysis: &Analysis) -> Result<String, Box<dyn std::error::Error>> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header = vec!["claim_id".to_string(), "label".into(), "coverage".into()];
    header.extend(corpus.documents.iter().map(|d| defuse(&d.id)));
    out.write_record(&header)?;
    let mut claims: Vec<&Claim> = analysis.claims.iter().collect();
    claims.sort_by(|a, b| b.coverage.cmp(&a.coverage).then_with(|| a.id.cmp(&b.id)));
    for c in claims {
        let mut row = vec![defuse(&c.id), defuse(&c.label), c.coverage.to_string()];
        row.extend((0..corpus.documents.len()).map(|d| cell(c, d).label().to_string()));
        out.write_record(&row)?;
    }
    Ok(String::from_utf8(out.into_inner()?)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::*;

    fn claim(id: &str, label: &str, docs: &[DocIx], divergent_member: Option<usize>) -> Claim {
        Claim {
            id: id.into(),
            label: label.into(),
            members: docs
                .iter()
                .map(|&doc| ClaimMember {
                    doc,
                    span: Span::new(0, 4),
                })
                .collect(),
            divergences: divergent_member
                .map(|member| Divergence {
                    kind: DivergenceKind::Number,
                    spans: vec![DivergentSpan {
                        member,
                        span: Span::new(0, 4),
                    }],
                    note: "5 vs 6".into(),
                })
                .into_iter()
                .collect(),
            coverage: docs.len(),
            strength: LinkStrength::Same,
        }
    }

    #[test]
    fn rows_by_coverage_with_a_column_per_source() {
        let corpus =
            Corpus::from_files(&[("a.txt", "One."), ("b.txt", "Two."), ("c.txt", "Six.")]).unwrap();
        let analysis = Analysis {
            claims: vec![
                claim("c-solo", "Only C", &[2], None),
                claim("c-two", "Prices rose, \"sharply\"", &[0, 1], Some(1)),
                claim("c-bad", "=HYPERLINK(\"x\")", &[0], None),
            ],
            ..Default::default()
        };
        let csv = claims_csv(&corpus, &analysis);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "claim_id,label,coverage,a,b,c");
        assert_eq!(
            lines[1],
            "c-two,\"Prices rose, \"\"sharply\"\"\",2,reports,divergent,absent"
        );
        assert_eq!(
            lines[2],
            "c-bad,\"'=HYPERLINK(\"\"x\"\")\",1,reports,absent,absent"
        );
        assert_eq!(lines[3], "c-solo,Only C,1,absent,absent,reports");
        assert_eq!(lines[4], "");
        assert_eq!(lines.len(), 5);
    }

    #[test]
    fn a_label_with_a_line_break_stays_one_quoted_field() {
        let corpus = Corpus::from_files(&[("a.txt", "One.")]).unwrap();
        let analysis = Analysis {
            claims: vec![claim("c1", "First line\nsecond", &[0], None)],
            ..Default::default()
        };
        assert_eq!(
            claims_csv(&corpus, &analysis),
            "claim_id,label,coverage,a\r\nc1,\"First line\nsecond\",1,reports\r\n"
        );
    }

    #[test]
    fn no_claims_gives_the_header_only() {
        let corpus = Corpus::from_files(&[("x.txt", "One.")]).unwrap();
        assert_eq!(
            claims_csv(&corpus, &Analysis::default()),
            "claim_id,label,coverage,x\r\n"
        );
    }
}
