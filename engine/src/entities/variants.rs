//! Names of one organisation, facility or event written several ways:
//! "VexOra" / "Vex Ora", "U.S. Coast Guard" / "Coast Guard", "US Grain
//! Reserve" / "Grain Reserve" / "Gra", "Tarn Bridge" / "Ada Marie Tarn
//! Bridge", and "the Committee" after "Grain Open Market Committee".
//!
//! Each rule links only when the corpus leaves one candidate: a bare
//! "Foreign Ministry" stays apart when both a Russian and a Chinese one are
//! named.

use super::gazetteer;
use super::link::name_key;
use crate::analysis::EntityType;
use std::collections::{BTreeMap, BTreeSet};

/// One group of mentions before linking variants: its key ("org|..."), type
/// and the surfaces written.
pub struct Named<'a> {
    pub key: &'a str,
    pub kind: EntityType,
    pub surfaces: Vec<&'a str>,
}

/// Types whose names have variants (people are linked by their own rules).
fn linkable(k: EntityType) -> bool {
    matches!(
        k,
        EntityType::Org
            | EntityType::Fac
            | EntityType::Loc
            | EntityType::Event
            | EntityType::Product
            | EntityType::Law
            | EntityType::WorkOfArt
    )
}

struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.0.get(i) {
            if p == i {
                break;
            }
            let gp = self.0.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.0.get_mut(i) {
                *slot = gp;
            }
            i = p;
        }
        i
    }
    /// Joins two sets; the smaller index stays the root (deterministic).
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        if let Some(slot) = self.0.get_mut(hi) {
            *slot = lo;
        }
    }
}

/// The text part of a key ("org|grain reserve" → "grain reserve").
fn text(key: &str) -> &str {
    key.split_once('|').map_or(key, |(_, t)| t)
}

/// "US Grain Reserve" → ("grain reserve", "United States"): the name
/// without a leading place or people, and that place's canonical name.
fn without_place(surface: &str) -> Option<(String, &'static str)> {
    let g = gazetteer::get();
    let words: Vec<&str> = surface.split(' ').collect();
    (1..words.len().min(4)).rev().find_map(|n| {
        let head = words.get(..n)?.join(" ");
        let k = g.lookup(&head)?;
        let place = matches!(k.kind, EntityType::Gpe | EntityType::Norp);
        let rest = words.get(n..)?.join(" ");
        (place && !rest.is_empty()).then(|| (name_key(&rest), k.canonical))
    })
}

/// Maps each variant's key to the key of the group it joins.
pub fn representatives(
    names: &[Named],
    back_refs: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeMap<String, String> {
    let mut sets = Sets((0..names.len()).collect());
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (n.key, i)).collect();
    let kind_of = |i: usize| names.get(i).map(|n| n.kind);

    // "VexOra" / "Vex Ora": the same letters.
    let mut compact: BTreeMap<(EntityType, String), usize> = BTreeMap::new();
    for (i, n) in names.iter().enumerate().filter(|(_, n)| linkable(n.kind)) {
        let c: String = text(n.key)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        match compact.get(&(n.kind, c.clone())) {
            Some(&j) => sets.union(i, j),
            None => {
                compact.insert((n.kind, c), i);
            }
        }
    }

    // "US Grain Reserve" / "Grain Reserve": one place before one name.
    // Per (type, name without its place): the groups and the places seen.
    type Members<'p> = (Vec<usize>, BTreeSet<&'p str>);
    let mut by_base: BTreeMap<(EntityType, String), Members> = BTreeMap::new();
    for (i, n) in names.iter().enumerate().filter(|(_, n)| linkable(n.kind)) {
        let stripped = n.surfaces.iter().find_map(|s| without_place(s));
        let base = stripped
            .as_ref()
            .map_or_else(|| text(n.key).to_string(), |(b, _)| b.clone());
        let entry = by_base.entry((n.kind, base)).or_default();
        entry.0.push(i);
        if let Some((_, place)) = stripped {
            entry.1.insert(place);
        }
    }
    for (members, places) in by_base.values() {
        if places.len() <= 1 {
            for w in members.windows(2) {
                if let [a, b] = *w {
                    sets.union(a, b);
                }
            }
        }
    }

    // "Tarn Bridge" / "Ada Marie Tarn Bridge": a name of two or more words
    // that ends exactly one longer name of its type.
    let mut by_suffix: BTreeMap<(EntityType, String), BTreeSet<usize>> = BTreeMap::new();
    for (i, n) in names.iter().enumerate().filter(|(_, n)| linkable(n.kind)) {
        let words: Vec<&str> = text(n.key).split(' ').collect();
        for k in 1..words.len().saturating_sub(1) {
            if let Some(tail) = words.get(k..) {
                by_suffix
                    .entry((n.kind, tail.join(" ")))
                    .or_default()
                    .insert(i);
            }
        }
    }
    for (i, n) in names.iter().enumerate().filter(|(_, n)| linkable(n.kind)) {
        if let Some(longer) = by_suffix.get(&(n.kind, text(n.key).to_string())) {
            let roots: BTreeSet<usize> = longer.iter().map(|&j| sets.find(j)).collect();
            if let [only] = roots.into_iter().collect::<Vec<_>>()[..] {
                sets.union(i, only);
            }
        }
    }

    // "Gra" / "Grain Reserve", "Harlow" / "Harlow United": a first word,
    // whole or clipped, of exactly one two-word name.
    let mut by_first: BTreeMap<(EntityType, String), BTreeSet<usize>> = BTreeMap::new();
    for (i, n) in names
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == EntityType::Org)
    {
        let t = text(n.key);
        if let Some((first, _)) = t.split_once(' ').filter(|(_, r)| !r.contains(' ')) {
            by_first
                .entry((n.kind, first.to_string()))
                .or_default()
                .insert(i);
        }
    }
    for (i, n) in names
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == EntityType::Org)
    {
        let w = text(n.key);
        if w.contains(' ') || w.chars().count() < 3 || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        let start = (n.kind, w.to_string());
        let roots: BTreeSet<usize> = by_first
            .range(start..)
            .take_while(|((k, f), _)| *k == n.kind && f.starts_with(w))
            .filter(|((_, f), _)| f.len() >= w.len())
            .flat_map(|(_, v)| v.iter().copied())
            .map(|j| sets.find(j))
            .collect();
        if let [only] = roots.into_iter().collect::<Vec<_>>()[..] {
            sets.union(i, only);
        }
    }

    // "the Committee" after its full name in the same article.
    for (key, fulls) in back_refs {
        let Some(&i) = index.get(key.as_str()) else {
            continue;
        };
        let roots: BTreeSet<usize> = fulls
            .iter()
            .filter_map(|f| index.get(f.as_str()).copied())
            .filter(|&j| kind_of(j) == kind_of(i))
            .map(|j| sets.find(j))
            .collect();
        if let [only] = roots.into_iter().collect::<Vec<_>>()[..] {
            sets.union(i, only);
        }
    }

    let mut out = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        let r = sets.find(i);
        if r != i {
            if let Some(root) = names.get(r) {
                out.insert(n.key.to_string(), root.key.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::*;

    fn reps(rows: &[(&'static str, EntityType, &'static str)]) -> BTreeMap<String, String> {
        let names: Vec<Named> = rows
            .iter()
            .map(|&(key, kind, surface)| Named {
                key,
                kind,
                surfaces: vec![surface],
            })
            .collect();
        representatives(&names, &BTreeMap::new())
    }

    #[test]
    fn variants_join_when_one_candidate() {
        let got = reps(&[
            ("org|grain reserve", Org, "Grain Reserve"),
            ("org|gra", Org, "Gra"),
            ("org|us grain reserve", Org, "US Grain Reserve"),
            (
                "org|united states grain reserve",
                Org,
                "United States Grain Reserve",
            ),
            ("org|vex ora", Org, "Vex Ora"),
            ("org|vexora", Org, "VexOra"),
            ("fac|tarn bridge", Fac, "Tarn Bridge"),
            ("fac|ada marie tarn bridge", Fac, "Ada Marie Tarn Bridge"),
            (
                "org|grain open market committee",
                Org,
                "Grain Open Market Committee",
            ),
        ]);
        let root = |k: &str| got.get(k).cloned().unwrap_or_else(|| k.to_string());
        for (a, b) in [
            ("org|gra", "org|grain reserve"),
            ("org|us grain reserve", "org|grain reserve"),
            ("org|united states grain reserve", "org|grain reserve"),
            ("org|vexora", "org|vex ora"),
            ("fac|tarn bridge", "fac|ada marie tarn bridge"),
        ] {
            assert_eq!(root(a), root(b), "{a} {b}");
        }
        assert_ne!(root("org|gra"), root("org|vexora"));
        assert_ne!(root("org|gra"), root("org|grain open market committee"));
    }

    #[test]
    fn two_places_keep_their_bodies_apart() {
        let got = reps(&[
            ("org|foreign ministry", Org, "Foreign Ministry"),
            (
                "org|russian foreign ministry",
                Org,
                "Russian Foreign Ministry",
            ),
            (
                "org|chinese foreign ministry",
                Org,
                "Chinese Foreign Ministry",
            ),
            ("org|security council", Org, "Security Council"),
            ("org|un security council", Org, "UN Security Council"),
            (
                "org|national security council",
                Org,
                "National Security Council",
            ),
        ]);
        assert!(got.is_empty(), "{got:?}");
    }
}
