//! General world knowledge, embedded: countries, capitals, big cities,
//! demonyms, regions, international bodies and given names. Built by
//! `scripts/build_gazetteer.py` from maintained packages (see engine/data/README.md).

use crate::analysis::EntityType;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const GAZETTEER: &str = include_str!("../../data/gazetteer.txt");
/// data/first_names.txt, sorted and front-coded by engine/build.rs.
const FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/first_names.fc"));

/// One known entity: its type and canonical (display) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityType,
    pub canonical: &'static str,
}

pub struct Gazetteer {
    /// Surface form (as written) → entity.
    pub names: HashMap<&'static str, Known>,
    pub first_names: HashSet<String>,
    /// Longest surface form in words, to bound lookups.
    pub max_words: usize,
    /// First words of multi-word forms ("New" for "New Delhi"): a cheap test
    /// before trying longer lookups.
    pub multi_first: HashSet<&'static str>,
}

static GAZ: OnceLock<Gazetteer> = OnceLock::new();

pub fn get() -> &'static Gazetteer {
    GAZ.get_or_init(build)
}

fn build() -> Gazetteer {
    let mut names = HashMap::default();
    let mut multi_first = HashSet::default();
    let mut max_words = 1;
    for line in GAZETTEER.lines() {
        let Some((t, forms)) = line.split_once('\t') else {
            continue;
        };
        let kind = match t {
            "G" => EntityType::Gpe,
            "N" => EntityType::Norp,
            "L" => EntityType::Loc,
            "O" => EntityType::Org,
            _ => continue,
        };
        let mut it = forms.split('|');
        let Some(canonical) = it.next() else { continue };
        for form in std::iter::once(canonical).chain(it) {
            max_words = max_words.max(form.split([' ', '-']).count());
            if let Some((first, _)) = form.split_once([' ', '-']) {
                multi_first.insert(first);
            }
            // First listing wins: countries come before same-named cities.
            names.entry(form).or_insert(Known { kind, canonical });
            if kind == EntityType::Norp {
                if let Some(p) = plural(form) {
                    names.entry(p).or_insert(Known { kind, canonical });
                }
            }
        }
    }
    let first_names = super::front_coding::decode(FIRST_NAMES)
        .into_iter()
        .collect();
    Gazetteer {
        names,
        first_names,
        max_words,
        multi_first,
    }
}

/// Demonym plurals ("Russian" → "Russians"); leaked once per demonym, at init.
fn plural(d: &'static str) -> Option<&'static str> {
    if d.ends_with("ese") || d.ends_with('s') || d.ends_with("ch") || d.ends_with("sh") {
        return None;
    }
    Some(Box::leak(format!("{d}s").into_boxed_str()))
}

impl Gazetteer {
    pub fn lookup(&self, surface: &str) -> Option<Known> {
        self.names.get(surface).copied()
    }
    pub fn is_first_name(&self, w: &str) -> bool {
        self.first_names.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_every_given_name_of_the_source_list() {
        let source: HashSet<String> = include_str!("../../data/first_names.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        assert!(source.len() > 1000);
        assert_eq!(get().first_names, source);
    }

    #[test]
    fn knows_countries_aliases_demonyms_orgs() {
        let g = get();
        let rows = [
            ("U.S.", EntityType::Gpe, "United States"),
            ("USA", EntityType::Gpe, "United States"),
            ("Americans", EntityType::Norp, "American"),
            ("UN", EntityType::Org, "United Nations"),
            ("Europe", EntityType::Loc, "Europe"),
            ("Tokyo", EntityType::Gpe, "Tokyo"),
        ];
        for (s, k, c) in rows {
            assert_eq!(
                g.lookup(s),
                Some(Known {
                    kind: k,
                    canonical: c
                }),
                "{s}"
            );
        }
        assert!(g.is_first_name("John"));
        assert!(!g.is_first_name("France"));
    }
}
