//! Which scored pairs become links: for each unit, its best wordings in each
//! other document, above a floor. One outlet usually tells a fact once or
//! twice; keeping only a unit's closest sentences per document stops a
//! sentence that shares the story's common words from linking to every
//! sentence of every article.

/// Closest partners per (unit, other document) kept as links.
pub const PER_DOCUMENT: usize = 2;

/// Links `(a, b, sim)`, `a < b`, sorted: pairs with `sim >= floor` that are
/// among the `PER_DOCUMENT` best of `a` in `b`'s document or of `b` in `a`'s.
pub fn best_per_document(
    edges: &[(usize, usize, f32)],
    doc_of: &[usize],
    floor: f32,
) -> Vec<(usize, usize, f32)> {
    // (item, other item's doc, -sim, other item, edge index)
    let mut ends: Vec<(usize, usize, f32, usize, usize)> = Vec::with_capacity(edges.len() * 2);
    for (k, &(a, b, s)) in edges.iter().enumerate() {
        if s < floor {
            continue;
        }
        let (Some(&da), Some(&db)) = (doc_of.get(a), doc_of.get(b)) else {
            continue;
        };
        ends.push((a, db, s, b, k));
        ends.push((b, da, s, a, k));
    }
    ends.sort_unstable_by(|x, y| {
        (x.0, x.1)
            .cmp(&(y.0, y.1))
            .then(y.2.total_cmp(&x.2))
            .then(x.3.cmp(&y.3))
    });
    let mut keep = vec![false; edges.len()];
    let mut run = 0;
    for (i, e) in ends.iter().enumerate() {
        let same_run = i > 0 && {
            let p = &ends[i - 1];
            (p.0, p.1) == (e.0, e.1)
        };
        run = if same_run { run + 1 } else { 0 };
        if run < PER_DOCUMENT {
            keep[e.4] = true;
        }
    }
    let mut out: Vec<(usize, usize, f32)> = edges
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(&(a, b, s), _)| (a.min(b), a.max(b), s))
        .collect();
    out.sort_by_key(|x| (x.0, x.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_best_partners_in_each_document_link() {
        // Item 0 (doc 0) against three sentences of doc 1 and one of doc 2.
        let doc_of = [0, 1, 1, 1, 2];
        let edges = vec![(0, 1, 0.5), (0, 2, 0.4), (0, 3, 0.3), (0, 4, 0.25)];
        let links = best_per_document(&edges, &doc_of, 0.2);
        let pairs: Vec<(usize, usize)> = links.iter().map(|x| (x.0, x.1)).collect();
        // (0,3) is 0's third best in doc 1, but 0 is 3's best in doc 0.
        assert_eq!(pairs, vec![(0, 1), (0, 2), (0, 3), (0, 4)]);
        let doc_of = [0, 1, 1, 1, 0];
        let edges = vec![(0, 1, 0.5), (0, 2, 0.4), (0, 3, 0.3), (4, 3, 0.6), (4, 1, 0.9)];
        let links = best_per_document(&edges, &doc_of, 0.2);
        let pairs: Vec<(usize, usize)> = links.iter().map(|x| (x.0, x.1)).collect();
        // 3's two best in doc 0 are 4 and 0; 0's two best in doc 1 are 1 and 2.
        assert!(pairs.contains(&(0, 3)) && pairs.contains(&(1, 4)));
        assert!(links.iter().all(|x| x.2 >= 0.2));
        assert!(best_per_document(&edges, &doc_of, 0.95).is_empty());
    }
}
