//! English stems from the Snowball (Porter 2) stemmer of the maintained
//! `rust-stemmers` crate, so "reached"/"reaching"/"reaches" and
//! "party"/"parties" meet. engine/build.rs stems the synonym groups with this
//! same function, so the groups and the text always agree.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// The stem of a lower-case word.
pub fn stem(word: &str) -> String {
    static ENGLISH: OnceLock<Stemmer> = OnceLock::new();
    ENGLISH
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_meet() {
        for group in [
            &["reach", "reached", "reaching", "reaches"][..],
            &["party", "parties"],
            &["relation", "relations"],
            &["cooperate", "cooperation", "cooperating"],
            &["milestone", "milestones"],
            &["catch", "catches", "catching"],
        ] {
            let s = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), s, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_words_stay_apart_and_odd_input_is_kept() {
        assert_ne!(stem("power"), stem("pressure"));
        assert_ne!(stem("talks"), stem("tall"));
        assert_eq!(stem("москва"), "москва");
        assert_eq!(stem("as"), "as");
        assert_eq!(stem(""), "");
    }
}
