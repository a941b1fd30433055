//! Word knowledge for claim features: stop words, hedges, and synonym groups
//! from WordNet (engine/data/synonyms.txt, built by scripts/build_lexicon.py).

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// engine/data/synonyms.txt with every word stemmed, one group of distinct
/// stems a line, written by engine/build.rs.
const SYNONYM_STEMS: &str = include_str!(concat!(env!("OUT_DIR"), "/synonym_stems.txt"));

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
    by_stem: HashMap<&'static str, Vec<u32>>,
}

impl Synonyms {
    /// The WordNet-derived groups shipped with the engine.
    pub fn get() -> &'static Synonyms {
        static S: OnceLock<Synonyms> = OnceLock::new();
        S.get_or_init(|| Synonyms::from_stem_groups(SYNONYM_STEMS))
    }

    /// Groups of stems, one group a line; a group's id is its line number.
    pub fn from_stem_groups(data: &'static str) -> Synonyms {
        let mut by_stem: HashMap<&'static str, Vec<u32>> = HashMap::default();
        for (gid, line) in data.lines().enumerate() {
            for s in line.split(' ') {
                by_stem.entry(s).or_default().push(gid as u32);
            }
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
    use crate::claims::stem::stem;

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

    /// The build script's table is the source file stemmed by this crate's
    /// stemmer: every word of every source group finds that group's stems.
    #[test]
    fn build_time_stems_match_the_source_groups() {
        let source = include_str!("../../data/synonyms.txt");
        let groups: Vec<&str> = SYNONYM_STEMS.lines().collect();
        let mut next = 0;
        for line in source
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut stems: Vec<String> = line.split_whitespace().map(stem).collect();
            stems.sort();
            stems.dedup();
            if stems.len() < 2 {
                continue;
            }
            assert_eq!(groups[next], stems.join(" "), "group {next} from {line:?}");
            next += 1;
        }
        assert_eq!(next, groups.len());
        assert!(next > 1000, "only {next} groups");
    }

    #[test]
    fn stop_words_and_hedges() {
        assert!(is_stopword("the") && !is_stopword("ship"));
        assert!(is_hedge("reportedly") && !is_hedge("said"));
    }
}
