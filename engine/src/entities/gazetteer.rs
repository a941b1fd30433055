//! General world knowledge, embedded: countries, capitals, cities,
//! subdivisions, demonyms, regions, bodies of the solar system, international
//! bodies, companies and media, given names and surnames. Built by
//! `scripts/build_gazetteer.py` from maintained packages (see engine/data/README.md).

use crate::analysis::EntityType;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const GAZETTEER: &str = include_str!("../../data/gazetteer.txt");
/// data/first_names.txt, sorted and front-coded by engine/build.rs.
const FIRST_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/first_names.fc"));
/// data/surnames.txt, likewise.
const SURNAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/surnames.fc"));

/// One known entity: its type and canonical (display) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityType,
    /// The display name; empty for names matched in any case, which show
    /// as written.
    pub canonical: &'static str,
    /// A small place or a body of the sky ("Hamilton", "Mars"): types a name
    /// that is nothing else, but yields to person evidence.
    pub minor: bool,
}

impl Known {
    /// The canonical name, if the list gives one.
    pub fn canonical(&self) -> Option<&'static str> {
        (!self.canonical.is_empty()).then_some(self.canonical)
    }
}

pub struct Gazetteer {
    /// Surface form (as written) → entity.
    pub names: HashMap<&'static str, Known>,
    pub first_names: HashSet<String>,
    pub surnames: HashSet<String>,
    /// Organisations matched in any case ("nasa" for "NASA", "Nasa"), by
    /// the hash of their lowercase form: looked up without allocating.
    pub any_case: HashMap<u64, Vec<(&'static str, Known)>>,
    /// Byte length of the longest of them: longer surfaces skip the hashing.
    any_case_len: usize,
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
    let mut any_case = HashMap::default();
    let mut any_case_len = 0;
    let mut multi_first = HashSet::default();
    let mut max_words = 1;
    for line in GAZETTEER.lines() {
        let Some((t, forms)) = line.split_once('\t') else {
            continue;
        };
        let (kind, minor) = match t {
            "G" => (EntityType::Gpe, false),
            "N" => (EntityType::Norp, false),
            "L" => (EntityType::Loc, false),
            "O" => (EntityType::Org, false),
            "g" => (EntityType::Gpe, true),
            "l" => (EntityType::Loc, true),
            "o" => {
                let known = Known {
                    kind: EntityType::Org,
                    canonical: "",
                    minor: false,
                };
                for form in forms.split('|') {
                    any_case_len = any_case_len.max(form.len());
                    any_case
                        .entry(fold_hash(form))
                        .or_insert_with(Vec::new)
                        .push((form, known));
                    max_words = max_words.max(form.split([' ', '-']).count());
                }
                continue;
            }
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
            let known = Known {
                kind,
                canonical,
                minor,
            };
            names.entry(form).or_insert(known);
            if kind == EntityType::Norp {
                if let Some(p) = plural(form) {
                    names.entry(p).or_insert(known);
                }
            }
        }
    }
    let first_names = super::front_coding::decode(FIRST_NAMES)
        .into_iter()
        .collect();
    let surnames = super::front_coding::decode(SURNAMES).into_iter().collect();
    Gazetteer {
        names,
        any_case,
        any_case_len,
        surnames,
        first_names,
        max_words,
        multi_first,
    }
}

fn lowercase(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

/// Hash of a string's lowercase form.
fn fold_hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    if s.is_ascii() {
        for b in s.bytes() {
            char::from(b.to_ascii_lowercase()).hash(&mut h);
        }
    } else {
        for c in lowercase(s) {
            c.hash(&mut h);
        }
    }
    h.finish()
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
        if let Some(k) = self.names.get(surface) {
            return Some(*k);
        }
        // Organisations in any case, for a capitalised name of a few words.
        let capital = surface.chars().next().is_some_and(char::is_uppercase);
        if !capital || surface.len() > self.any_case_len {
            return None;
        }
        self.any_case
            .get(&fold_hash(surface))?
            .iter()
            .find(|(form, _)| lowercase(form).eq(lowercase(surface)))
            .map(|(_, k)| *k)
    }
    pub fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
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
                g.lookup(s).map(|x| (x.kind, x.canonical)),
                Some((k, c)),
                "{s}"
            );
        }
        assert!(g.is_first_name("John"));
        assert!(!g.is_first_name("France"));
        // Minor places and bodies of the sky yield to person evidence.
        assert!(g
            .lookup("Mars")
            .is_some_and(|k| k.minor && k.kind == EntityType::Loc));
        assert!(g.lookup("France").is_some_and(|k| !k.minor));
        // Companies and agencies match in any case, without a display name.
        for s in ["NASA", "Nasa"] {
            let k = g.lookup(s);
            assert!(
                k.is_some_and(|k| k.kind == EntityType::Org && k.canonical().is_none()),
                "{s}"
            );
        }
        assert!(g.lookup("nasa").is_none());
        assert!(g.is_surname("Zhang"));
    }
}
