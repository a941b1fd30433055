//! An event's label: the names its documents share most and that set it
//! apart from the corpus's other events (the places and people of this
//! story, not the ones every story mentions), then its month.

use crate::corpus::Corpus;
use crate::entities::Entities;
use crate::EntityType;
use rustc_hash::FxHashMap as HashMap;

/// Names in a label, at most.
const NAMES: usize = 3;
/// Longest fallback label (a title), in chars.
const TITLE_CHARS: usize = 60;

/// The names chosen for each event (entity ids, best first).
pub fn key_names(events: &[Vec<usize>], n_docs: usize, entities: &Entities) -> Vec<Vec<String>> {
    let mut event_of = vec![usize::MAX; n_docs];
    for (e, docs) in events.iter().enumerate() {
        for &d in docs {
            if let Some(x) = event_of.get_mut(d) {
                *x = e;
            }
        }
    }
    // (event, entity) -> (documents, mentions); mentions come sorted by
    // document, so a document is counted when it first shows up.
    let mut stats: HashMap<(usize, &str), (usize, usize, usize)> = HashMap::default();
    let mut docs_with: HashMap<&str, usize> = HashMap::default();
    for m in &entities.mentions {
        if !m.kind.is_name() || matches!(m.kind, EntityType::Norp | EntityType::Language) {
            continue;
        }
        let Some(&e) = event_of.get(m.doc) else {
            continue;
        };
        let s = stats
            .entry((e, m.entity.as_str()))
            .or_insert((0, 0, usize::MAX));
        if s.2 != m.doc {
            s.0 += 1;
            s.2 = m.doc;
            *docs_with.entry(m.entity.as_str()).or_default() += 1;
        }
        s.1 += 1;
    }
    let mut ranked: Vec<Vec<(f32, usize, &str)>> = vec![Vec::new(); events.len()];
    for (&(e, id), &(docs, mentions, _)) in &stats {
        let size = events[e].len().max(1);
        let share_in = docs as f32 / size as f32;
        // Names most of the event's documents carry; a lone document's own
        // names all qualify.
        if share_in < 0.5 {
            continue;
        }
        let outside = n_docs.saturating_sub(size);
        let share_out = if outside == 0 {
            0.0
        } else {
            (docs_with.get(id).copied().unwrap_or(0) - docs) as f32 / outside as f32
        };
        ranked[e].push((share_in - share_out, mentions, id));
    }
    ranked
        .into_iter()
        .map(|mut r| {
            r.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
            r.into_iter()
                .take(NAMES)
                .map(|(_, _, id)| id.to_string())
                .collect()
        })
        .collect()
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "Feb 2023", "Feb–Mar 2023" or "Dec 2023–Jan 2024".
pub fn month_range(start: (i64, u32, u32), end: (i64, u32, u32)) -> String {
    let month = |m: u32| {
        MONTHS
            .get(m.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("")
    };
    let ((y0, m0, _), (y1, m1, _)) = (start, end);
    if (y0, m0) == (y1, m1) {
        format!("{} {y0}", month(m0))
    } else if y0 == y1 {
        format!("{}–{} {y0}", month(m0), month(m1))
    } else {
        format!("{} {y0}–{} {y1}", month(m0), month(m1))
    }
}

/// The label: display names, then the months; a document title when the
/// event has no shared name.
pub fn label(
    names: &[String],
    months: Option<String>,
    docs: &[usize],
    corpus: &Corpus,
    entities: &Entities,
) -> String {
    let shown: Vec<&str> = names
        .iter()
        .map(|id| entities.get(id).map_or(id.as_str(), |e| e.name.as_str()))
        .collect();
    let head = if shown.is_empty() {
        docs.first()
            .and_then(|&d| corpus.documents.get(d))
            .map(|d| trim(&d.meta.display_title()))
            .unwrap_or_default()
    } else {
        shown.join(", ")
    };
    match months {
        Some(m) if head.is_empty() => m,
        Some(m) => format!("{head} · {m}"),
        None => head,
    }
}

fn trim(s: &str) -> String {
    if s.chars().count() <= TITLE_CHARS {
        return s.to_string();
    }
    let cut: String = s.chars().take(TITLE_CHARS).collect();
    let head = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_ranges() {
        assert_eq!(month_range((2023, 2, 21), (2023, 2, 23)), "Feb 2023");
        assert_eq!(month_range((2023, 2, 21), (2023, 3, 2)), "Feb–Mar 2023");
        assert_eq!(
            month_range((2023, 12, 30), (2024, 1, 2)),
            "Dec 2023–Jan 2024"
        );
    }
}
