//! Context vectors: each unit's vector plus its closest wordings in other
//! documents, weighted by how close they are. One fact told in different
//! words by many outlets shares few words pairwise (a headline, a lead, a
//! quote), but their nearest neighbours overlap: "caught by the tower's arms"
//! and "snagged the booster" both sit next to "the booster returned to the
//! pad". Comparing context vectors lets those wordings meet without any
//! synonym list knowing the pair.

use super::score::{add, normalise, Cosines, Vector};

/// Neighbours from other documents that each unit takes into its context.
pub const NEIGHBOURS: usize = 5;

/// The `NEIGHBOURS` strongest partners of every item, strongest first, from
/// scored pairs `(a, b, sim)` (each pair once).
pub fn neighbours(n: usize, edges: &[(usize, usize, f32)]) -> Vec<Vec<(usize, f32)>> {
    let mut out: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n];
    for &(a, b, s) in edges {
        if let Some(v) = out.get_mut(a) {
            v.push((b, s));
        }
        if let Some(v) = out.get_mut(b) {
            v.push((a, s));
        }
    }
    for v in &mut out {
        v.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        v.truncate(NEIGHBOURS);
    }
    out
}

/// Each vector plus its neighbours' vectors scaled by their similarity,
/// L2-normalised.
pub fn context_vectors(vectors: &[Vector], near: &[Vec<(usize, f32)>]) -> Vec<Vector> {
    vectors
        .iter()
        .zip(near)
        .map(|(v, ns)| {
            let mut acc = v.clone();
            for &(j, s) in ns {
                if let Some(w) = vectors.get(j) {
                    let scaled: Vector = w.iter().map(|&(f, x)| (f, x * s)).collect();
                    acc = add(&acc, &scaled);
                }
            }
            normalise(&mut acc);
            acc
        })
        .collect()
}

/// The scored pairs again, now with their context cosine. (Pairs two
/// neighbour steps apart that share no evidence were tried as well: they
/// changed no development-set figure and cost time.) `apart(a, b)` says
/// whether a pair may be linked at all.
pub fn context_edges(
    ctx: &[Vector],
    edges: &[(usize, usize, f32)],
    apart: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize, f32)> {
    let mut cosines = Cosines::new(ctx.iter().map(Vec::as_slice));
    edges
        .iter()
        .filter(|&&(a, b, _)| apart(a, b))
        .filter_map(|&(a, b, _)| {
            let s = cosines.get(a, b);
            (s > 0.0).then_some((a.min(b), a.max(b), s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_keep_the_strongest_partners() {
        let edges: Vec<(usize, usize, f32)> = (1..9).map(|j| (0, j, j as f32 / 10.0)).collect();
        let near = neighbours(9, &edges);
        assert_eq!(
            near[0].iter().map(|x| x.0).collect::<Vec<_>>(),
            vec![8, 7, 6, 5, 4]
        );
        assert_eq!(near[3], vec![(0, 0.3)]);
    }

    #[test]
    fn shared_neighbours_bring_two_wordings_closer() {
        // a and c share one feature weakly; both are close to b.
        let a: Vector = vec![(1, 0.8), (2, 0.6), (9, 0.1)];
        let b: Vector = vec![(2, 0.6), (3, 0.8)];
        let c: Vector = vec![(3, 0.8), (4, 0.6), (9, 0.1)];
        let vs = vec![a, b, c];
        let edges = vec![(0, 1, 0.36), (1, 2, 0.48), (0, 2, 0.01)];
        let near = neighbours(3, &edges);
        let ctx = context_vectors(&vs, &near);
        let e = context_edges(&ctx, &edges, |a, b| (a, b) != (0, 1));
        assert_eq!(e.len(), 2, "pairs that may not link are dropped: {e:?}");
        let ac = e.iter().find(|x| (x.0, x.1) == (0, 2)).expect("pair kept");
        assert!(ac.2 > 0.3, "context cosine {}", ac.2);
    }
}
