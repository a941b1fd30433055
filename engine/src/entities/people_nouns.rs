//! Common nouns for kinds of people ("official", "resident", "analyst"),
//! from WordNet (engine/data/person_nouns.txt, built by
//! scripts/build_person_nouns.py). A capitalised plural of one opening a
//! sentence describes people and names nobody: "Officials said" reads like
//! "Varga said", and a small corpus may never write "officials" in lowercase
//! to tell them apart.

use crate::text::lower::with_ascii_lower;

/// One lowercase singular a line.
const PERSON_NOUNS: &str = include_str!("../../data/person_nouns.txt");

fn is_person_noun(singular: &str) -> bool {
    // Asked only of a lone capitalised word opening a sentence that a
    // speech verb or other evidence would keep: a scan of ~500 short lines
    // is enough.
    PERSON_NOUNS.lines().any(|l| l == singular)
}

/// Whether `w` is the plural of a common noun for a kind of person
/// ("Officials", "Residents", "Secretaries", "Chairmen").
pub fn is_plural_person_noun(w: &str) -> bool {
    with_ascii_lower(w, |l| {
        if let Some(stem) = l.strip_suffix("men") {
            return is_person_noun(&format!("{stem}man"));
        }
        if let Some(stem) = l.strip_suffix("ies") {
            if is_person_noun(&format!("{stem}y")) {
                return true;
            }
        }
        if let Some(stem) = l.strip_suffix("es") {
            if is_person_noun(stem) {
                return true;
            }
        }
        l.strip_suffix('s')
            .is_some_and(|s| !s.ends_with('s') && is_person_noun(s))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_of_kinds_of_people() {
        for w in [
            "Officials",
            "Residents",
            "Analysts",
            "Witnesses",
            "Secretaries",
            "Chairmen",
            "officials",
        ] {
            assert!(is_plural_person_noun(w), "{w}");
        }
        // Singulars, names and other nouns are not.
        for w in [
            "Official",
            "Varga",
            "Sanders",
            "Banks",
            "Shares",
            "Americans",
            "Boss",
            "Mens",
        ] {
            assert!(!is_plural_person_noun(w), "{w}");
        }
    }
}
