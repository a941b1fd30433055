//! Word knowledge for claim features: stop words, hedges, and synonym groups
//! from WordNet (engine/data/synonyms.txt, built by scripts/build_lexicon.py).

use super::stem::stem;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const SYNONYMS: &str = include_str!("../../data/synonyms.txt");

/// Function words that carry no claim content.
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "about"
            | "above"
            | "after"
            | "again"
            | "against"
            | "all"
            | "also"
            | "am"
            | "an"
            | "and"
            | "any"
            | "are"
            | "as"
            | "at"
            | "be"
            | "because"
            | "been"
            | "before"
            | "being"
            | "below"
            | "between"
            | "both"
            | "but"
            | "by"
            | "can"
            | "did"
            | "do"
            | "does"
            | "doing"
            | "down"
            | "during"
            | "each"
            | "few"
            | "for"
            | "from"
            | "further"
            | "had"
            | "has"
            | "have"
            | "having"
            | "he"
            | "her"
            | "here"
            | "hers"
            | "herself"
            | "him"
            | "himself"
            | "his"
            | "how"
            | "i"
            | "if"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "itself"
            | "just"
            | "me"
            | "more"
            | "most"
            | "my"
            | "of"
            | "off"
            | "on"
            | "once"
            | "only"
            | "or"
            | "other"
            | "our"
            | "ours"
            | "out"
            | "over"
            | "own"
            | "same"
            | "she"
            | "should"
            | "so"
            | "some"
            | "such"
            | "than"
            | "that"
            | "the"
            | "their"
            | "theirs"
            | "them"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "through"
            | "to"
            | "too"
            | "under"
            | "until"
            | "up"
            | "very"
            | "was"
            | "we"
            | "were"
            | "what"
            | "when"
            | "where"
            | "which"
            | "while"
            | "who"
            | "whom"
            | "why"
            | "will"
            | "with"
            | "would"
            | "you"
            | "your"
            | "s"
            | "t"
            | "said"
            | "says"
            | "say"
            | "according"
            | "its'"
            | "us"
            | "would've"
            | "shall"
            | "must"
            | "upon"
            | "within"
            | "without"
            | "yet"
            | "via"
            | "per"
            | "not"
            | "no"
            | "nor"
    )
}

/// Words by which a source hedges a statement rather than asserting it.
pub fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "may"
            | "might"
            | "could"
            | "reportedly"
            | "allegedly"
            | "apparently"
            | "possibly"
            | "probably"
            | "perhaps"
            | "likely"
            | "unlikely"
            | "unconfirmed"
            | "rumoured"
            | "rumored"
            | "purportedly"
            | "supposedly"
            | "seemingly"
    )
}

/// Synonym groups by stem: stem → group ids.
pub struct Synonyms {
    by_stem: HashMap<String, Vec<u32>>,
}

impl Synonyms {
    /// The WordNet-derived groups shipped with the engine.
    pub fn get() -> &'static Synonyms {
        static S: OnceLock<Synonyms> = OnceLock::new();
        S.get_or_init(|| Synonyms::parse(SYNONYMS))
    }

    pub fn parse(data: &str) -> Synonyms {
        let mut by_stem: HashMap<String, Vec<u32>> = HashMap::default();
        let mut gid = 0u32;
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut stems: Vec<String> = line.split_whitespace().map(stem).collect();
            crate::order::sort(&mut stems);
            stems.dedup();
            // A group whose words share one stem adds nothing stemming does not.
            if stems.len() < 2 {
                continue;
            }
            for s in stems {
                by_stem.entry(s).or_default().push(gid);
            }
            gid += 1;
        }
        Synonyms { by_stem }
    }

    /// Group ids of a stem (empty when the word is unknown).
    pub fn groups(&self, stem: &str) -> &[u32] {
        self.by_stem.get(stem).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(a: &str, b: &str) -> bool {
        let s = Synonyms::get();
        let (ga, gb) = (s.groups(&stem(a)), s.groups(&stem(b)));
        ga.iter().any(|g| gb.contains(g))
    }

    #[test]
    fn wordnet_groups_link_paraphrases() {
        assert!(share("failure", "fail"));
        assert!(share("pressure", "press"));
        assert!(share("achieve", "reach"));
        assert!(share("height", "peak"));
        assert!(!share("power", "banana"));
    }

    #[test]
    fn stop_words_and_hedges() {
        assert!(is_stopword("the") && !is_stopword("ship"));
        assert!(is_hedge("reportedly") && !is_hedge("said"));
    }
}
