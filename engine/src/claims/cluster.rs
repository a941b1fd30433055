//! Coherent clustering: edges are taken strongest first, and two clusters
//! merge only when their centroids are close (each member close to the
//! cluster as a whole, not to one neighbour) and they share no document
//! (one source reports a statement once) unless the link is near-verbatim.

use super::score::{add, cosine, Vector};

/// Centroid cosine two clusters need to merge.
pub const JOIN: f32 = 0.22;
/// Above this, a link may join two wordings from one document.
const VERBATIM: f32 = 0.92;

struct Cluster {
    members: Vec<usize>,
    docs: Vec<usize>,
    centroid: Vector,
}

/// Groups `n` items with vectors and document sets into clusters, given
/// candidate `edges` `(a, b, similarity)`. Returns clusters of item indices,
/// each sorted, in order of their first item.
pub fn cluster(
    vectors: &[&Vector],
    docs: &[Vec<usize>],
    edges: &mut [(usize, usize, f32)],
) -> Vec<Vec<usize>> {
    let n = vectors.len();
    let mut owner: Vec<usize> = (0..n).collect();
    let mut clusters: Vec<Option<Cluster>> = (0..n)
        .map(|i| {
            Some(Cluster {
                members: vec![i],
                docs: docs.get(i).cloned().unwrap_or_default(),
                centroid: vectors.get(i).map(|v| (*v).clone()).unwrap_or_default(),
            })
        })
        .collect();
    edges.sort_by(|x, y| {
        y.2.partial_cmp(&x.2)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    for &(a, b, sim) in edges.iter() {
        let (ca, cb) = (owner[a], owner[b]);
        if ca == cb {
            continue;
        }
        let (Some(x), Some(y)) = (&clusters[ca], &clusters[cb]) else {
            continue;
        };
        let shares_doc = x.docs.iter().any(|d| y.docs.binary_search(d).is_ok());
        if shares_doc && sim < VERBATIM {
            continue;
        }
        if cosine(&x.centroid, &y.centroid) < JOIN {
            continue;
        }
        // Merge the smaller into the larger so relabelling stays cheap.
        let (keep, gone) = if x.members.len() >= y.members.len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let Some(g) = clusters[gone].take() else {
            continue;
        };
        for &m in &g.members {
            owner[m] = keep;
        }
        if let Some(k) = clusters[keep].as_mut() {
            k.members.extend(g.members);
            k.docs.extend(g.docs);
            k.docs.sort();
            k.docs.dedup();
            k.centroid = add(&k.centroid, &g.centroid);
        }
    }
    let mut out: Vec<Vec<usize>> = clusters
        .into_iter()
        .flatten()
        .map(|mut c| {
            c.members.sort();
            c.members
        })
        .collect();
    out.sort_by_key(|m| m.first().copied());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_chaining_through_a_middle_item() {
        // a~b and b~c but a and c share nothing: the chain must not form.
        let a = vec![(1, 1.0), (2, 1.0), (5, 1.0), (6, 1.0)];
        let b = vec![(2, 1.0), (3, 1.0)];
        let c = vec![(3, 1.0), (4, 1.0), (7, 1.0), (8, 1.0)];
        let vs = [&a, &b, &c];
        let docs = vec![vec![0], vec![1], vec![2]];
        let mut edges = vec![(0, 1, 0.5), (1, 2, 0.49)];
        let out = cluster(&vs, &docs, &mut edges);
        assert_eq!(out, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn one_member_per_document_unless_verbatim() {
        let a = vec![(1, 1.0)];
        let vs = [&a, &a, &a];
        let docs = vec![vec![0], vec![1], vec![1]];
        let mut edges = vec![(0, 1, 0.8), (0, 2, 0.8)];
        assert_eq!(cluster(&vs, &docs, &mut edges), vec![vec![0, 1], vec![2]]);
        let mut edges = vec![(0, 1, 0.95), (0, 2, 0.95)];
        assert_eq!(cluster(&vs, &docs, &mut edges), vec![vec![0, 1, 2]]);
    }
}
