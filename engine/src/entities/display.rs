//! Display names. A person's is a name: the longest well-formed personal
//! name among the mentions, never a title ("Foreign Minister"), an
//! honorific ("Mr") or a descriptor, in English or not ("Pekings
//! Topdiplomat", a place's genitive and a compound ending in a title). Other
//! entities show their most used full form.

use super::cues;
use super::gazetteer;
use crate::analysis::EntityType;
use crate::text::lower::with_lower;
use std::collections::BTreeMap;

/// Title stems that end descriptor compounds in news languages written with
/// capitalised nouns or borrowed titles: "Topdiplomat", "Außenminister",
/// "Staatspräsident", "Premierministre".
const TITLE_STEMS: [&str; 22] = [
    "minister",
    "ministerin",
    "ministre",
    "ministro",
    "president",
    "präsident",
    "präsidentin",
    "président",
    "presidente",
    "diplomat",
    "diplomatin",
    "diplomate",
    "kanzler",
    "kanzlerin",
    "botschafter",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "sekretär",
    "secretary",
    "ambassador",
];

/// A compound ending in a title: "Topdiplomat", "Außenminister".
pub fn is_title_compound(w: &str) -> bool {
    with_lower(w, |lower| {
        TITLE_STEMS
            .iter()
            .any(|t| lower.len() > t.len() + 2 && lower.ends_with(t))
    })
}

/// A word that describes a person rather than naming them: a title or
/// honorific, a compound ending in a title, a place or people, or a place's
/// genitive ("Pekings", "Kaldoras").
pub fn is_descriptor(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    if w.is_empty() {
        return false;
    }
    if cues::is_title(w) || cues::is_stopword(w) {
        return true;
    }
    if is_title_compound(w) {
        return true;
    }
    // A people ("Russian") or a place's genitive ("Pekings", "China's"); a
    // bare place is not, as many given names are places ("Jordan Lee").
    let g = gazetteer::get();
    let norp = g.lookup(w).is_some_and(|k| k.kind == EntityType::Norp);
    // A bare "s" genitive only of a major place: many names end like one.
    let place = |s: &str, minor_ok: bool| {
        g.lookup(s)
            .is_some_and(|k| k.kind != EntityType::Org && (minor_ok || !k.minor))
    };
    let apostrophe = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
    norp || apostrophe.is_some_and(|st| place(st, true))
        || w.strip_suffix('s').is_some_and(|st| place(st, false))
}

/// Tokens of a person's surface that are the name: descriptors before the
/// last of them are dropped ("Pekings Topdiplomat Lin Wei" → "Lin Wei",
/// "Mr Okafor" → "Okafor").
pub fn name_part(surface: &str) -> &str {
    // Byte offsets where words start, and the words.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in surface.char_indices().chain([(surface.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(a)) => {
                words.extend(surface.get(a..i).map(|w| (a, w)));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    // The name starts after the last descriptor that has a name word after it.
    let cut = words
        .iter()
        .enumerate()
        .rev()
        .find(|(i, (_, w))| *i + 1 < words.len() && is_descriptor(w))
        .map_or(0, |(i, _)| i + 1);
    words
        .get(cut)
        .and_then(|&(start, _)| surface.get(start..))
        .unwrap_or(surface)
}

/// A surface that is a personal name as written: every word starts with a
/// capital (or is an initial or a name particle), none is a descriptor, no
/// digits, and not all in capitals when it has lowercase letters elsewhere.
fn well_formed(surface: &str) -> bool {
    let words: Vec<&str> = surface.split_whitespace().collect();
    !words.is_empty()
        && !surface.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            let particle = cues::is_connector(w);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            (capital || particle) && !is_descriptor(w)
        })
}

/// Shouting ("ANTON NOVODEREZHKIN") reads worse than the written form.
fn shouted(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() > 3 && !s.chars().any(char::is_lowercase)
}

/// Ranks a name (as written, its mentions): the greatest rank wins.
type Rank<'a> = dyn Fn(&str, usize) -> Option<(usize, usize, usize)> + 'a;

/// The display name of a person from their surfaces and counts. `bare`:
/// an ambiguous surname that stays the surname.
pub fn person_name(surfaces: &BTreeMap<String, usize>, bare: bool) -> String {
    // Counts per name as written without its descriptors.
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    for (s, &n) in surfaces {
        *names.entry(name_part(s)).or_default() += n;
    }
    let words = |s: &str| s.split_whitespace().count();
    // The greatest key wins; among equal keys the alphabetically first name.
    let pick = |key: &Rank<'_>| {
        names
            .iter()
            .filter_map(|(s, &n)| key(s, n).map(|k| (k, *s)))
            .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)))
            .map(|(_, s)| s.to_string())
    };
    if bare {
        return pick(&|_, n| Some((n, 0, 0))).unwrap_or_default();
    }
    pick(&|s, n| (well_formed(s) && !shouted(s)).then(|| (words(s), s.chars().count(), n)))
        .or_else(|| pick(&|s, n| well_formed(s).then(|| (words(s), s.chars().count(), n))))
        .or_else(|| pick(&|s, n| Some((0, s.chars().count(), n))))
        .unwrap_or_default()
}

/// The display name of any other entity: its most used form of two or more
/// words written as a name, else its longest form. A form that only splits a
/// more used one-word form ("Acme Soft" beside "AcmeSoft") is a slip of one
/// writer, not a fuller name, and never wins on length or word count.
pub fn other_name(surfaces: &BTreeMap<String, usize>) -> String {
    let respaced = |s: &str, n: usize| {
        s.contains(' ')
            && surfaces
                .get(&s.split_whitespace().collect::<String>())
                .is_some_and(|&joined| joined > n)
    };
    let forms = || surfaces.iter().filter(|(s, n)| !respaced(s, **n));
    let full = forms()
        .filter(|(s, _)| s.contains(' ') && !shouted(s))
        .max_by(|a, b| {
            (a.1, a.0.chars().count())
                .cmp(&(b.1, b.0.chars().count()))
                .then_with(|| b.0.cmp(a.0))
        });
    full.or_else(|| {
        forms().max_by(|a, b| {
            (a.0.chars().count(), a.1)
                .cmp(&(b.0.chars().count(), b.1))
                .then_with(|| b.0.cmp(a.0))
        })
    })
    .map(|(s, _)| s.clone())
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(rows: &[(&str, usize)]) -> BTreeMap<String, usize> {
        rows.iter().map(|&(s, n)| (s.to_string(), n)).collect()
    }

    #[test]
    fn a_persons_display_name_is_a_name() {
        let rows: &[(&[(&str, usize)], &str)] = &[
            // A title phrase is no name.
            (&[("Foreign Minister Ana Ruiz", 1), ("Ruiz", 4)], "Ana Ruiz"),
            // A foreign-language descriptor: a place's genitive and a compound title.
            (
                &[
                    ("Kaldoras Topdiplomat Lin Weiqiang", 2),
                    ("Lin Weiqiang", 1),
                    ("Lin", 3),
                ],
                "Lin Weiqiang",
            ),
            (&[("Kaldoras Topdiplomat Lin", 3), ("Lin", 2)], "Lin"),
            (
                &[("Russlands Außenminister Oleg Varin", 1), ("Varin", 2)],
                "Oleg Varin",
            ),
            // Initials are part of the longest name.
            (&[("J. R. Tolkar", 1), ("Tolkar", 5)], "J. R. Tolkar"),
            // "Mr" and "Ms" forms give way to a full name, or shed the honorific.
            (&[("Ms Okafor", 3), ("Adaeze Okafor", 1)], "Adaeze Okafor"),
            (&[("Mr Okafor", 3), ("Okafor", 1)], "Okafor"),
            (&[("Mr. Okafor", 2)], "Okafor"),
            // The written form beats shouting.
            (
                &[("ANTON VELIKOV", 1), ("Anton Velikov", 1)],
                "Anton Velikov",
            ),
            (&[("ANTON VELIKOV", 1)], "ANTON VELIKOV"),
            // Particles belong to names.
            (
                &[("Ursula von der Lind", 1), ("von der Lind", 2)],
                "Ursula von der Lind",
            ),
        ];
        for (surfaces, want) in rows {
            assert_eq!(person_name(&forms(surfaces), false), *want, "{surfaces:?}");
        }
        assert_eq!(person_name(&forms(&[("Okafor", 2)]), true), "Okafor");
    }

    #[test]
    fn descriptors_are_cut_from_the_front_of_a_name() {
        assert_eq!(
            name_part("Pekings Topdiplomat Lin Weiqiang"),
            "Lin Weiqiang"
        );
        assert_eq!(name_part("President Ana Ruiz"), "Ana Ruiz");
        assert_eq!(name_part("Ana Ruiz"), "Ana Ruiz");
        assert_eq!(name_part("Minister"), "Minister");
        assert!(is_descriptor("Chinas") && is_descriptor("Staatspräsident"));
        assert!(!is_descriptor("Weiqiang") && !is_descriptor("Okafor"));
        // Given names that are places stay names.
        assert_eq!(name_part("Jordan Lee"), "Jordan Lee");
    }

    #[test]
    fn other_entities_show_their_most_used_full_form() {
        let f = forms(&[("Grain Reserve", 6), ("US Grain Reserve", 2), ("Gra", 7)]);
        assert_eq!(other_name(&f), "Grain Reserve");
        assert_eq!(other_name(&forms(&[("NXSA", 3)])), "NXSA");
        // One writer's split spelling of a one-word name does not replace it…
        let f = forms(&[("OrbiTek", 9), ("Orbi Tek", 1)]);
        assert_eq!(other_name(&f), "OrbiTek");
        // …but the split form stands where the corpus mostly writes it so.
        let f = forms(&[("OrbiTek", 1), ("Orbi Tek", 4)]);
        assert_eq!(other_name(&f), "Orbi Tek");
    }
}
