//! Closed-class words of attribution: how English news says who spoke.
//! General grammar only, never names or phrases from any corpus.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

/// How a verb frames speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    /// A verb that reports words ("said", "told", "stressed"): the quote is
    /// the subject's own words.
    Reporting,
    /// A verb of communication that describes a speech act ("expressed",
    /// "cited", "praised"): weaker, so an "according to" source outranks it.
    Communication,
    /// "-ing" form of either ("saying", "adding"): its subject is the clause's.
    Participle,
}

/// Reporting verbs in every inflection news uses.
const REPORTING: &[&str] = &[
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "add",
    "added",
    "adds",
    "admit",
    "admits",
    "admitted",
    "affirm",
    "affirmed",
    "affirms",
    "agree",
    "agreed",
    "agrees",
    "announce",
    "announced",
    "announces",
    "answer",
    "answered",
    "answers",
    "argue",
    "argued",
    "argues",
    "ask",
    "asked",
    "asks",
    "assert",
    "asserted",
    "asserts",
    "assure",
    "assured",
    "assures",
    "blog",
    "blogged",
    "boast",
    "boasted",
    "boasts",
    "caution",
    "cautioned",
    "cautions",
    "claim",
    "claimed",
    "claims",
    "comment",
    "commented",
    "comments",
    "complain",
    "complained",
    "complains",
    "concede",
    "conceded",
    "concedes",
    "conclude",
    "concluded",
    "concludes",
    "confirm",
    "confirmed",
    "confirms",
    "contend",
    "contended",
    "contends",
    "continue",
    "continued",
    "continues",
    "counter",
    "countered",
    "counters",
    "declare",
    "declared",
    "declares",
    "denied",
    "denies",
    "deny",
    "describe",
    "described",
    "describes",
    "emphasise",
    "emphasised",
    "emphasises",
    "emphasize",
    "emphasized",
    "emphasizes",
    "exclaim",
    "exclaimed",
    "exclaims",
    "explain",
    "explained",
    "explains",
    "highlight",
    "highlighted",
    "highlights",
    "insist",
    "insisted",
    "insists",
    "joke",
    "joked",
    "jokes",
    "mention",
    "mentioned",
    "mentions",
    "note",
    "noted",
    "notes",
    "observe",
    "observed",
    "observes",
    "plead",
    "pleaded",
    "pleads",
    "pledge",
    "pledged",
    "pledges",
    "post",
    "posted",
    "posts",
    "predict",
    "predicted",
    "predicts",
    "promise",
    "promised",
    "promises",
    "quip",
    "quipped",
    "quips",
    "recall",
    "recalled",
    "recalls",
    "reiterate",
    "reiterated",
    "reiterates",
    "remark",
    "remarked",
    "remarks",
    "repeat",
    "repeated",
    "repeats",
    "replied",
    "replies",
    "reply",
    "report",
    "reported",
    "reports",
    "respond",
    "responded",
    "responds",
    "retort",
    "retorted",
    "retorts",
    "said",
    "say",
    "says",
    "shout",
    "shouted",
    "shouts",
    "state",
    "stated",
    "states",
    "stress",
    "stressed",
    "stresses",
    "suggest",
    "suggested",
    "suggests",
    "tell",
    "tells",
    "testified",
    "testifies",
    "testify",
    "told",
    "tweet",
    "tweeted",
    "tweets",
    "underline",
    "underlined",
    "underlines",
    "underscore",
    "underscored",
    "underscores",
    "urge",
    "urged",
    "urges",
    "vow",
    "vowed",
    "vows",
    "warn",
    "warned",
    "warns",
    "write",
    "writes",
    "wrote",
    "yell",
    "yelled",
    "yells",
];

/// Verbs that describe a speech act without reporting its words verbatim.
const COMMUNICATION: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "appeal",
    "appealed",
    "appeals",
    "appreciate",
    "appreciated",
    "appreciates",
    "cite",
    "cited",
    "cites",
    "condemn",
    "condemned",
    "condemns",
    "condole",
    "condoled",
    "condoles",
    "congratulate",
    "congratulated",
    "congratulates",
    "criticise",
    "criticised",
    "criticises",
    "criticize",
    "criticized",
    "criticizes",
    "demand",
    "demanded",
    "demands",
    "express",
    "expressed",
    "expresses",
    "greet",
    "greeted",
    "greets",
    "hail",
    "hailed",
    "hails",
    "lament",
    "lamented",
    "laments",
    "praise",
    "praised",
    "praises",
    "thank",
    "thanked",
    "thanks",
    "welcome",
    "welcomed",
    "welcomes",
];

/// "-ing" forms that continue a clause's speaker ("…, saying: “…”").
const PARTICIPLES: &[&str] = &[
    "adding",
    "arguing",
    "asking",
    "calling",
    "citing",
    "claiming",
    "declaring",
    "describing",
    "emphasising",
    "emphasizing",
    "explaining",
    "expressing",
    "highlighting",
    "insisting",
    "noting",
    "posting",
    "praising",
    "recalling",
    "reiterating",
    "saying",
    "stating",
    "stressing",
    "suggesting",
    "telling",
    "tweeting",
    "underlining",
    "underscoring",
    "urging",
    "warning",
    "writing",
];

/// Lower case without allocating for the usual already-lower-case word.
fn low(w: &str) -> Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Every listed form and the frame it opens. One hash lookup per word, where
/// three binary searches through the lists were a seventh of a large
/// corpus's analysis time (every word of every article is looked up).
fn verbs() -> &'static HashMap<&'static str, Verb> {
    static VERBS: OnceLock<HashMap<&'static str, Verb>> = OnceLock::new();
    VERBS.get_or_init(|| {
        // Weakest first, so a form in two lists keeps the stronger frame.
        [
            (PARTICIPLES, Verb::Participle),
            (COMMUNICATION, Verb::Communication),
            (REPORTING, Verb::Reporting),
        ]
        .into_iter()
        .flat_map(|(list, frame)| list.iter().map(move |&w| (w, frame)))
        .collect()
    })
}

/// The speech frame a word opens, if any (case-insensitive).
pub fn verb(w: &str) -> Option<Verb> {
    // Every listed form has 3 to 13 letters.
    if !(3..=13).contains(&w.len()) {
        return None;
    }
    verbs().get(low(w).as_ref()).copied()
}

/// Verbs that name a thing rather than quote someone ("dubbed “chopsticks”").
pub fn is_naming(w: &str) -> bool {
    matches!(
        low(w).as_ref(),
        "called"
            | "calls"
            | "call"
            | "dubbed"
            | "dubs"
            | "nicknamed"
            | "named"
            | "termed"
            | "labelled"
            | "labeled"
            | "titled"
            | "entitled"
            | "branded"
            | "christened"
            | "so-called"
            | "known"
    )
}

/// Personal pronouns that can be a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    It,
    /// "they", "we", "I": no single named referent is safe to pick.
    Other,
}

pub fn pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "he" | "He" => Some(Pronoun::He),
        "she" | "She" => Some(Pronoun::She),
        "it" | "It" => Some(Pronoun::It),
        "they" | "They" | "we" | "We" | "I" => Some(Pronoun::Other),
        _ => None,
    }
}

/// Prepositions and subordinators: a name after one is not a clause subject.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        low(w).as_ref(),
        "of" | "in"
            | "on"
            | "at"
            | "to"
            | "from"
            | "for"
            | "with"
            | "by"
            | "about"
            | "against"
            | "between"
            | "among"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "during"
            | "after"
            | "before"
            | "since"
            | "until"
            | "via"
            | "toward"
            | "towards"
            | "near"
            | "like"
            | "than"
            | "despite"
            | "following"
            | "amid"
            | "within"
            | "without"
            | "through"
            | "across"
            | "behind"
            | "beyond"
            | "around"
            | "upon"
            | "when"
            | "while"
            | "although"
            | "though"
            | "because"
            | "if"
            | "unless"
            | "whether"
            | "as"
            | "once"
            | "whereas"
    )
}

/// Words that may stand between a subject and its verb ("Wang also said",
/// "the Fed has said", "Putin who later said").
pub fn is_verb_filler(w: &str) -> bool {
    let l = low(w);
    l.ends_with("ly")
        || matches!(
            l.as_ref(),
            "also"
                | "again"
                | "further"
                | "later"
                | "then"
                | "once"
                | "earlier"
                | "still"
                | "too"
                | "just"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "did"
                | "does"
                | "do"
                | "who"
                | "which"
                | "not"
                | "never"
                | "yet"
                | "soon"
                | "now"
        )
}

/// Forms of "be": before a participle they make it passive ("was described").
pub fn is_be(w: &str) -> bool {
    matches!(
        low(w).as_ref(),
        "be" | "been" | "being" | "is" | "are" | "was" | "were"
    )
}

/// Determiners and possessive pronouns that open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        low(w).as_ref(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// Nouns for the bearer of a statement that stands for its organisation:
/// "a SpaceX spokesman said", "Fed officials said", "the ministry's statement".
pub fn is_voice_noun(w: &str) -> bool {
    matches!(
        low(w).as_ref(),
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "official"
            | "officials"
            | "statement"
            | "statements"
            | "readout"
            | "release"
            | "communique"
            | "communiqué"
            | "transcript"
            | "announcement"
            | "report"
            | "website"
            | "account"
            | "post"
            | "notice"
            | "filing"
            | "letter"
            | "representative"
            | "representatives"
            | "source"
            | "sources"
    )
}

/// Common nouns that describe the organisation named right after them
/// ("the shipping company Acme Lines", "tech giant Acme").
pub fn is_org_descriptor(w: &str) -> bool {
    matches!(
        low(w).as_ref(),
        "company"
            | "firm"
            | "group"
            | "giant"
            | "operator"
            | "owner"
            | "manager"
            | "carrier"
            | "agency"
            | "maker"
            | "lender"
            | "insurer"
            | "airline"
            | "broadcaster"
            | "newspaper"
            | "network"
            | "regulator"
            | "watchdog"
            | "union"
            | "charity"
            | "startup"
            | "start-up"
            | "outlet"
            | "daily"
    )
}

/// Nouns that end a prepositional phrase between a subject and its verb
/// ("X in a statement on Tuesday said"): not a speaker themselves.
pub fn is_circumstance_noun(w: &str) -> bool {
    is_voice_noun(w)
        || matches!(
            low(w).as_ref(),
            "interview"
                | "conference"
                | "briefing"
                | "speech"
                | "remarks"
                | "meeting"
                | "talks"
                | "broadcast"
                | "livestream"
                | "webcast"
                | "podcast"
                | "video"
                | "message"
                | "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "day"
                | "week"
                | "today"
                | "yesterday"
                | "time"
        )
}

/// Title abbreviations and their role nouns ("Gov." is "the governor").
pub fn role(w: &str) -> Option<&'static str> {
    let l = low(w);
    Some(match l.trim_end_matches('.') {
        "governor" | "gov" => "governor",
        "president" | "pres" => "president",
        "senator" | "sen" => "senator",
        "representative" | "rep" | "congressman" | "congresswoman" => "representative",
        "admiral" | "adm" => "admiral",
        "general" | "gen" => "general",
        "colonel" | "col" => "colonel",
        "captain" | "capt" => "captain",
        "secretary" | "sec" => "secretary",
        "ambassador" | "amb" => "ambassador",
        "minister" => "minister",
        "chancellor" => "chancellor",
        "premier" => "premier",
        "mayor" => "mayor",
        "chairman" | "chairwoman" | "chair" => "chair",
        "superintendent" => "superintendent",
        "commissioner" => "commissioner",
        "spokesman" | "spokeswoman" | "spokesperson" => "spokesperson",
        "director" => "director",
        "ceo" => "ceo",
        "king" => "king",
        "queen" => "queen",
        "pope" => "pope",
        "judge" => "judge",
        "prosecutor" => "prosecutor",
        "coach" => "coach",
        "sheriff" => "sheriff",
        "chief" => "chief",
        _ => return None,
    })
}

/// Gender a word before a name shows ("Mr", "Queen", "spokeswoman").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

pub fn gender_cue(w: &str) -> Option<Gender> {
    let l = low(w);
    let l = l.trim_end_matches('.');
    match l {
        "mr" | "mister" | "sir" | "lord" | "king" | "prince" | "duke" | "emperor" | "sheikh"
        | "emir" | "sultan" | "pope" | "father" | "brother" | "monsieur" | "herr" | "señor" => {
            Some(Gender::Male)
        }
        "mrs" | "ms" | "miss" | "madam" | "madame" | "mme" | "dame" | "lady" | "queen"
        | "princess" | "duchess" | "empress" | "sister" | "frau" | "señora" | "actress" => {
            Some(Gender::Female)
        }
        _ if l.ends_with("woman") => Some(Gender::Female),
        _ if l.ends_with("man") && l.len() > 5 && !l.ends_with("human") => Some(Gender::Male),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_lower_case_and_within_the_length_bound() {
        for list in [REPORTING, COMMUNICATION, PARTICIPLES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list.first());
            for w in list {
                assert!((3..=13).contains(&w.len()) && w.to_lowercase() == *w, "{w}");
            }
        }
    }

    #[test]
    fn classes() {
        assert_eq!(verb("Said"), Some(Verb::Reporting));
        assert_eq!(verb("expressed"), Some(Verb::Communication));
        assert_eq!(verb("saying"), Some(Verb::Participle));
        assert_eq!(verb("ate"), None);
        assert_eq!(role("Gov."), Some("governor"));
        assert_eq!(gender_cue("Mrs"), Some(Gender::Female));
        assert_eq!(gender_cue("Frenchman"), Some(Gender::Male));
        assert_eq!(gender_cue("human"), None);
    }
}
