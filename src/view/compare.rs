//! Two sources side by side: members of one claim in both are paired on a
//! row (in the first source's reading order) with a word diff; the rest of
//! each side's claim units are listed as its own.

use super::diff::{word_diff, Diff};
use super::filter::Filter;
use super::order;
use super::quotes::{speakers_in, Speaker};
use super::span_text;
use parallax_engine::{Analysis, Corpus, DocIx, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    pub claim: String,
    pub label: String,
    /// Shown sources reporting the claim (both of these included).
    pub reporting: usize,
    pub diff: Diff,
    /// Who each side quotes in its wording (`None`: attributed to no one).
    pub speakers: (Vec<Option<Speaker>>, Vec<Option<Speaker>>),
}

/// A unit only one of the two sources has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lone {
    pub text: String,
    /// The claim it belongs to when a third source reports it.
    pub claim: Option<String>,
    /// Other shown sources reporting it (besides this one).
    pub others: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub pairs: Vec<Pair>,
    pub only_a: Vec<Lone>,
    pub only_b: Vec<Lone>,
}

pub fn compare(
    corpus: &Corpus,
    analysis: &Analysis,
    filter: &Filter,
    a: DocIx,
    b: DocIx,
) -> Comparison {
    let mut pairs: Vec<(Span, Pair)> = Vec::new();
    let mut lone_a: Vec<(Span, Lone)> = Vec::new();
    let mut lone_b: Vec<(Span, Lone)> = Vec::new();
    for ci in filter.claims(corpus, analysis) {
        let claim = &analysis.claims[ci];
        let reporting = filter.reporting(claim);
        let in_doc = |d: DocIx| -> Vec<Span> {
            claim
                .members
                .iter()
                .filter(|m| m.doc == d)
                .map(|m| m.span)
                .collect()
        };
        let (sa, sb) = (in_doc(a), in_doc(b));
        for (k, span) in sa.iter().enumerate() {
            if let Some(other) = sb.get(k) {
                pairs.push((
                    *span,
                    Pair {
                        claim: claim.id.clone(),
                        label: claim.label.clone(),
                        reporting,
                        diff: word_diff(span_text(corpus, a, *span), span_text(corpus, b, *other)),
                        speakers: (
                            speakers_in(analysis, a, *span),
                            speakers_in(analysis, b, *other),
                        ),
                    },
                ));
            }
        }
        let lone = |doc: DocIx, spans: &[Span], skip: usize, out: &mut Vec<(Span, Lone)>| {
            for s in spans.iter().skip(skip) {
                out.push((
                    *s,
                    Lone {
                        text: span_text(corpus, doc, *s).to_string(),
                        claim: Some(claim.id.clone()),
                        others: reporting.saturating_sub(1),
                    },
                ));
            }
        };
        lone(a, &sa, sb.len(), &mut lone_a);
        lone(b, &sb, sa.len(), &mut lone_b);
    }
    for (doc, out) in [(a, &mut lone_a), (b, &mut lone_b)] {
        for u in analysis.unique.iter().filter(|u| u.doc == doc) {
            for s in u
                .spans
                .iter()
                .filter(|s| filter.shows_unit(corpus, doc, **s))
            {
                out.push((
                    *s,
                    Lone {
                        text: span_text(corpus, doc, *s).to_string(),
                        claim: None,
                        others: 0,
                    },
                ));
            }
        }
    }
    order::sort_by_key(&mut pairs, |(s, _)| (s.start, s.end));
    order::sort_by_key(&mut lone_a, |(s, _)| (s.start, s.end));
    order::sort_by_key(&mut lone_b, |(s, _)| (s.start, s.end));
    Comparison {
        pairs: pairs.into_iter().map(|(_, p)| p).collect(),
        only_a: lone_a.into_iter().map(|(_, l)| l).collect(),
        only_b: lone_b.into_iter().map(|(_, l)| l).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::diff::Change;
    use crate::view::fixture::*;

    fn cmp(q: &str, a: DocIx, b: DocIx) -> Comparison {
        let c = corpus();
        let an = analysis(&c);
        compare(&c, &an, &Filter::new(&c, Some(&an), &query(q)), a, b)
    }

    #[test]
    fn pairs_follow_the_first_sources_reading_order() {
        let ab = cmp("", 0, 1);
        let ids: Vec<&str> = ab.pairs.iter().map(|p| p.claim.as_str()).collect();
        assert_eq!(ids, ["c-talks", "c-peace"]);
        let ba = cmp("", 1, 0);
        let ids: Vec<&str> = ba.pairs.iter().map(|p| p.claim.as_str()).collect();
        assert_eq!(ids, ["c-peace", "c-talks"]);
    }

    #[test]
    fn pairs_name_who_each_side_quotes() {
        let ab = cmp("", 0, 1);
        let peace = ab.pairs.iter().find(|p| p.claim == "c-peace").unwrap();
        let a: Vec<_> = peace
            .speakers
            .0
            .iter()
            .map(|s| s.as_ref().map(|s| s.name.as_str()))
            .collect();
        assert_eq!(a, [Some("Jane Doe")]);
        assert_eq!(peace.speakers.1, [None]);
        let talks = ab.pairs.iter().find(|p| p.claim == "c-talks").unwrap();
        assert!(talks.speakers.0.is_empty() && talks.speakers.1.is_empty());
    }

    #[test]
    fn pairs_carry_a_word_diff() {
        let ab = cmp("", 0, 1);
        let talks = &ab.pairs[0];
        let removed: Vec<&str> = talks
            .diff
            .a
            .iter()
            .filter(|p| p.change == Change::Removed)
            .map(|p| p.text.as_str())
            .collect();
        let added: Vec<&str> = talks
            .diff
            .b
            .iter()
            .filter(|p| p.change == Change::Added)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(removed, ["Monday."]);
        assert_eq!(added, ["Tuesday."]);
    }

    #[test]
    fn each_side_lists_what_the_other_lacks() {
        let ab = cmp("", 0, 1);
        assert_eq!(ab.only_a.len(), 1);
        assert_eq!(ab.only_a[0].text, "Prices rose by 5 percent.");
        assert_eq!(ab.only_a[0].claim.as_deref(), Some("c-prices"));
        assert!(ab.only_b.is_empty());
        let ac = cmp("", 0, 2);
        assert!(ac.pairs.is_empty());
        assert_eq!(ac.only_a.len(), 3);
        assert_eq!(ac.only_a[0].others, 1, "talks: reported by b too");
        assert_eq!(ac.only_b[0].claim, None);
        assert!(
            cmp("cov=some", 0, 2).only_b.is_empty(),
            "unique units hidden by cov=some"
        );
        assert_eq!(cmp("q=weather", 0, 2).only_b.len(), 1);
        assert_eq!(cmp("q=peace", 0, 1).pairs.len(), 1);
    }
}
