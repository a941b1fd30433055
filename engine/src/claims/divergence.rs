//! How the members of one claim differ: quoted wording, numbers, dates,
//! speaker or the title given to the same person, and hedging. Each
//! divergence lists the differing span of every member concerned.

use super::features::{normalise, words};
use super::lexicon::is_hedge;
use crate::analysis::{
    ClaimMember, Divergence, DivergenceKind, DivergentSpan, EntityType, Mention, Quote, Span,
};
use crate::corpus::Corpus;
use crate::entities::{cues, Entities};

/// Context a member needs: its text and the stage outputs inside it.
struct View<'a> {
    text: &'a str,
    mentions: Vec<&'a Mention>,
    quotes: Vec<&'a Quote>,
}

/// All divergences among `members`.
pub fn divergences(
    members: &[ClaimMember],
    corpus: &Corpus,
    entities: &Entities,
    quotes_by_doc: &[Vec<&Quote>],
) -> Vec<Divergence> {
    let views: Vec<View> = members
        .iter()
        .map(|m| View {
            text: corpus.documents.get(m.doc).map_or("", |d| d.text.as_str()),
            mentions: entities.in_span(m.doc, m.span).collect(),
            quotes: quotes_by_doc
                .get(m.doc)
                .map(|qs| {
                    qs.iter()
                        .copied()
                        .filter(|q| m.span.contains(q.span))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let mut out = Vec::new();
    out.extend(quote_wording(&views));
    out.extend(values(&views, DivergenceKind::Number));
    out.extend(values(&views, DivergenceKind::Date));
    out.extend(speakers(&views));
    out.extend(titles(&views));
    out.extend(hedges(members, &views));
    out
}

fn short(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Joins the first distinct surfaces per member into "a vs b vs c".
fn note(parts: Vec<String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for p in parts {
        if !seen.contains(&p) {
            seen.push(p);
        }
    }
    seen.truncate(4);
    seen.join(" vs ")
}

fn quote_wording(views: &[View]) -> Option<Divergence> {
    let quoted: Vec<(usize, &Quote, String)> = views
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            v.quotes
                .first()
                .map(|q| (i, *q, normalise(q.span.slice(v.text))))
        })
        .filter(|(_, _, n)| !n.is_empty())
        .collect();
    if quoted.len() < 2 {
        return None;
    }
    let differs = quoted.iter().any(|(_, _, a)| {
        quoted
            .iter()
            .any(|(_, _, b)| a != b && !a.contains(b.as_str()) && !b.contains(a.as_str()))
    });
    if !differs {
        return None;
    }
    Some(Divergence {
        kind: DivergenceKind::Quote,
        note: note(
            quoted
                .iter()
                .map(|(i, q, _)| format!("“{}”", short(q.span.slice(views[*i].text))))
                .collect(),
        ),
        spans: quoted
            .iter()
            .map(|(i, q, _)| DivergentSpan {
                member: *i,
                span: q.span,
            })
            .collect(),
    })
}

/// (year, month, day) parts of a date id, where given.
fn date_parts(id: &str) -> Option<[Option<u32>; 3]> {
    let s = id.strip_prefix("date:")?;
    let (y, rest) = match s.strip_prefix("--") {
        Some(r) => (None, r),
        None => {
            let y = s.get(0..4)?.parse().ok()?;
            (Some(y), s.get(4..).unwrap_or("").trim_start_matches('-'))
        }
    };
    let mut it = rest.split('-').filter(|p| !p.is_empty());
    let m = match it.next() {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    let d = match it.next() {
        Some(p) => Some(p.parse().ok()?),
        None => None,
    };
    if it.next().is_some() {
        return None;
    }
    Some([y, m, d])
}

fn dates_agree(a: &[Option<u32>; 3], b: &[Option<u32>; 3]) -> bool {
    a.iter()
        .zip(b)
        .all(|(x, y)| x.is_none() || y.is_none() || x == y)
}

fn is_number(k: EntityType) -> bool {
    matches!(
        k,
        EntityType::Money | EntityType::Percent | EntityType::Cardinal | EntityType::Quantity
    )
}

/// Numbers: ids must match. Dates: parts given by both must match; vague
/// dates ("last week", a weekday) are not compared.
fn values(views: &[View], kind: DivergenceKind) -> Option<Divergence> {
    type Val<'a> = (&'a Mention, Option<[Option<u32>; 3]>);
    let per: Vec<(usize, Vec<Val>)> = views
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let vals: Vec<Val> = v
                .mentions
                .iter()
                .filter_map(|m| match kind {
                    DivergenceKind::Number if is_number(m.kind) => Some((*m, None)),
                    DivergenceKind::Date if m.kind == EntityType::Date => {
                        date_parts(&m.entity).map(|p| (*m, Some(p)))
                    }
                    _ => None,
                })
                .collect();
            (i, vals)
        })
        .filter(|(_, vals)| !vals.is_empty())
        .collect();
    if per.len() < 2 {
        return None;
    }
    let matches = |a: &Val, b: &Val| match (a.1, b.1) {
        (Some(x), Some(y)) => dates_agree(&x, &y),
        _ => a.0.entity == b.0.entity,
    };
    // A number only diverges from numbers of its own kind: "$200 billion"
    // and "the two countries" are not two readings of one figure.
    let comparable = |a: &Val, b: &Val| a.0.kind == b.0.kind;
    let mut spans = Vec::new();
    let mut parts = Vec::new();
    for (i, vals) in &per {
        for v in vals {
            let unmatched = per.iter().filter(|(j, _)| j != i).any(|(_, others)| {
                others.iter().any(|o| comparable(v, o)) && !others.iter().any(|o| matches(v, o))
            });
            if unmatched {
                spans.push(DivergentSpan {
                    member: *i,
                    span: v.0.span,
                });
                parts.push(short(v.0.span.slice(views[*i].text)));
            }
        }
    }
    let members: std::collections::BTreeSet<usize> = spans.iter().map(|s| s.member).collect();
    if members.len() < 2 {
        return None;
    }
    Some(Divergence {
        kind,
        note: note(parts),
        spans,
    })
}

fn speakers(views: &[View]) -> Option<Divergence> {
    let said: Vec<(usize, &Quote, &str)> = views
        .iter()
        .enumerate()
        .flat_map(|(i, v)| {
            v.quotes
                .iter()
                .filter_map(move |q| q.speaker.as_deref().map(|s| (i, *q, s)))
        })
        .collect();
    let first = said.first()?.2;
    if said.iter().all(|(_, _, s)| *s == first) {
        return None;
    }
    Some(Divergence {
        kind: DivergenceKind::Speaker,
        note: note(said.iter().map(|(_, _, s)| s.to_string()).collect()),
        spans: said
            .iter()
            .map(|(i, q, _)| DivergentSpan {
                member: *i,
                span: q.span,
            })
            .collect(),
    })
}

/// The title before a mention ("Foreign Minister"): its span (with any
/// capitalised qualifier) and the title words alone, for comparison.
fn title_before(text: &str, m: &Mention) -> Option<(Span, String)> {
    // Titles are a few words long: look back a bounded window only.
    let mut from = m.span.start.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..m.span.start)?;
    let seg_start = from
        + head
            .rfind(['\n', '.', ',', ';', ':', '('])
            .map_or(0, |i| i + 1);
    let seg = text.get(seg_start..m.span.start)?;
    let ws: Vec<(usize, &str)> = words(seg).collect();
    let mut start = None;
    let mut core: Vec<String> = Vec::new();
    for (off, w) in ws.iter().rev() {
        if cues::is_title(w) {
            core.push(w.to_lowercase());
        } else if !(start.is_some()
            && w.len() > 2
            && w.chars().next().is_some_and(char::is_uppercase))
        {
            break;
        }
        start = Some(seg_start + off);
    }
    if core.is_empty() {
        return None;
    }
    core.reverse();
    start.map(|s| (Span::new(s, m.span.start), core.join(" ")))
}

fn titles(views: &[View]) -> Option<Divergence> {
    let mut found: Vec<(usize, &str, Span, String)> = Vec::new();
    for (i, v) in views.iter().enumerate() {
        for m in v.mentions.iter().filter(|m| m.kind == EntityType::Person) {
            if let Some((t, title)) = title_before(v.text, m) {
                found.push((i, m.entity.as_str(), Span::new(t.start, m.span.end), title));
            }
        }
    }
    let mut spans = Vec::new();
    let mut parts = Vec::new();
    for (i, e, span, t) in &found {
        if found
            .iter()
            .any(|(j, e2, _, t2)| j != i && e2 == e && t2 != t)
        {
            spans.push(DivergentSpan {
                member: *i,
                span: *span,
            });
            parts.push(short(span.slice(views[*i].text)));
        }
    }
    if spans.is_empty() {
        return None;
    }
    Some(Divergence {
        kind: DivergenceKind::Speaker,
        note: note(parts),
        spans,
    })
}

fn hedges(members: &[ClaimMember], views: &[View]) -> Option<Divergence> {
    let mut spans = Vec::new();
    let mut parts = Vec::new();
    let mut asserting = 0;
    for (i, (m, v)) in members.iter().zip(views).enumerate() {
        let body = m.span.slice(v.text);
        let mut hedged = false;
        for (off, w) in words(body) {
            if is_hedge(&w.to_lowercase()) {
                hedged = true;
                let at = m.span.start + off;
                spans.push(DivergentSpan {
                    member: i,
                    span: Span::new(at, at + w.len()),
                });
                parts.push(w.to_lowercase());
            }
        }
        if !hedged {
            asserting += 1;
        }
    }
    if spans.is_empty() || asserting == 0 {
        return None;
    }
    parts.dedup();
    Some(Divergence {
        kind: DivergenceKind::Hedge,
        note: format!("{} vs asserted", note(parts)),
        spans,
    })
}
