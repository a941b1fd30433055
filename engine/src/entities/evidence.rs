//! What the words around a name say about its type, for names that no list
//! knows. Each mention gives votes; the votes of every mention of a surface
//! across the corpus are summed, so "Vexora engineers" in one article types
//! "Vexora" in all of them, and a name is a person only on person evidence.
//!
//! Weights: 3 for near-definitions (an apposition, "Punta Verde, Texas",
//! "the cargo ship Marlo", an age after a name), 2 for typical cues ("Vexora
//! engineers", "CEO of Acme", "the Heliox rocket"), 1 for cues that other
//! types share ("X said", "in X").

use super::cues;
use super::gazetteer;
use crate::analysis::EntityType::{self, *};
use crate::text::tokens::{is_apostrophe, Kind, Token};

/// The types evidence can vote for, in the order ties are broken.
const KINDS: [EntityType; 7] = [Org, Gpe, Person, Product, Fac, Loc, Event];

/// Votes per type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Votes([u16; 7]);

impl Votes {
    pub fn add(&mut self, kind: EntityType, weight: u16) {
        if let Some(i) = KINDS.iter().position(|&k| k == kind) {
            self.0[i] = self.0[i].saturating_add(weight);
        }
    }
    pub fn merge(&mut self, other: &Votes) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a = a.saturating_add(b);
        }
    }
    pub fn total(&self) -> u16 {
        self.0.iter().fold(0u16, |a, &b| a.saturating_add(b))
    }
    pub fn of(&self, kind: EntityType) -> u16 {
        KINDS
            .iter()
            .position(|&k| k == kind)
            .map_or(0, |i| self.0[i])
    }
    /// The type with the most votes (ties go to the earlier of [`KINDS`]).
    pub fn best(&self) -> Option<EntityType> {
        let (i, &n) = self
            .0
            .iter()
            .enumerate()
            .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))?;
        (n > 0).then_some(KINDS[i])
    }
}

/// Lowercase nouns for the people and parts of an organisation:
/// "Vexora engineers", "Acme's headquarters".
fn org_part(w: &str) -> bool {
    matches!(
        w,
        "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "spokespeople"
            | "engineers"
            | "employees"
            | "staff"
            | "staffers"
            | "executives"
            | "executive"
            | "ceo"
            | "founder"
            | "cofounder"
            | "co-founder"
            | "chairman"
            | "chairwoman"
            | "shareholders"
            | "shares"
            | "stock"
            | "investors"
            | "board"
            | "headquarters"
            | "subsidiary"
            | "workforce"
            | "boss"
            | "website"
            | "app"
            | "platform"
            | "customers"
            | "subscribers"
            | "users"
            | "management"
            | "lawyers"
            | "revenue"
            | "profits"
            | "earnings"
    )
}

/// Roles whose "of"/"at"/"for" names an organisation: "CEO of Acme".
fn org_role(w: &str) -> bool {
    org_part(w)
        || matches!(
            w,
            "president" | "head" | "chief" | "director" | "owner" | "boss" | "manager" | "member"
        )
}

/// Lowercase nouns an apposition uses for an organisation: "Acme, a startup".
fn org_noun(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "startup"
            | "start-up"
            | "agency"
            | "group"
            | "organisation"
            | "organization"
            | "corporation"
            | "maker"
            | "manufacturer"
            | "carrier"
            | "airline"
            | "bank"
            | "lender"
            | "insurer"
            | "retailer"
            | "broadcaster"
            | "newspaper"
            | "publisher"
            | "charity"
            | "nonprofit"
            | "non-profit"
            | "union"
            | "party"
            | "club"
            | "team"
            | "outlet"
            | "operator"
            | "contractor"
            | "developer"
            | "giant"
            | "conglomerate"
            | "regulator"
            | "watchdog"
            | "supplier"
            | "shipper"
            | "subsidiary"
    )
}

/// Family and life nouns after a person's possessive: "Ruiz's wife".
fn person_part(w: &str) -> bool {
    matches!(
        w,
        "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "family"
            | "children"
            | "parents"
            | "widow"
            | "lawyer"
            | "attorney"
            | "death"
            | "funeral"
            | "birthday"
            | "career"
            | "girlfriend"
            | "boyfriend"
            | "partner"
    )
}

/// Classes of made things that a product's name is put before ("the
/// Heliox rocket") or after ("the cargo ship Marlo").
fn product_noun(w: &str) -> bool {
    matches!(
        w,
        "rocket"
            | "rockets"
            | "megarocket"
            | "booster"
            | "boosters"
            | "spacecraft"
            | "spaceship"
            | "capsule"
            | "vehicle"
            | "engine"
            | "engines"
            | "jet"
            | "jets"
            | "aircraft"
            | "airliner"
            | "plane"
            | "planes"
            | "helicopter"
            | "car"
            | "cars"
            | "truck"
            | "sedan"
            | "phone"
            | "phones"
            | "smartphone"
            | "tablet"
            | "laptop"
            | "chatbot"
            | "console"
            | "satellite"
            | "satellites"
            | "drone"
            | "drones"
            | "missile"
            | "missiles"
            | "vessel"
            | "ship"
            | "tanker"
            | "freighter"
            | "submarine"
            | "ferry"
            | "yacht"
            | "rover"
            | "probe"
            | "telescope"
            | "vaccine"
            | "prototype"
            | "chip"
            | "chips"
            | "processor"
            | "processors"
            | "vehicles"
            | "trucks"
            | "tablets"
            | "laptops"
            | "consoles"
            | "vessels"
            | "ships"
            | "tankers"
            | "tool"
            | "model"
    )
}

/// Vessels and craft named in apposition: "the container ship Marlo".
fn craft_noun(w: &str) -> bool {
    matches!(
        w,
        "ship"
            | "vessel"
            | "tanker"
            | "freighter"
            | "carrier"
            | "submarine"
            | "ferry"
            | "yacht"
            | "boat"
            | "liner"
            | "destroyer"
            | "frigate"
            | "rocket"
            | "spacecraft"
            | "capsule"
            | "rover"
            | "probe"
            | "telescope"
            | "satellite"
            | "lander"
            | "jet"
            | "aircraft"
    )
}

/// Lowercase nouns after a facility's name: "its Starbase site".
fn fac_noun(w: &str) -> bool {
    matches!(
        w,
        "site"
            | "facility"
            | "facilities"
            | "complex"
            | "pad"
            | "launchpad"
            | "campus"
            | "factory"
            | "compound"
            | "terminal"
            | "spaceport"
            | "shipyard"
            | "refinery"
            | "mine"
    )
}

/// After a place's possessive, or "of" after these: "Dunmore's mayor",
/// "the mayor of Dunmore".
fn place_part(w: &str) -> bool {
    matches!(
        w,
        "mayor"
            | "governor"
            | "residents"
            | "population"
            | "streets"
            | "outskirts"
            | "suburbs"
            | "suburb"
            | "downtown"
            | "city"
            | "town"
            | "capital"
            | "port"
            | "harbor"
            | "harbour"
            | "skyline"
            | "neighbourhood"
            | "neighborhood"
            | "citizens"
    )
}

/// Verbs for a written post, before "on <platform>".
pub(crate) fn post_verb(w: &str) -> bool {
    matches!(
        w,
        "wrote"
            | "posted"
            | "said"
            | "tweeted"
            | "shared"
            | "announced"
            | "streamed"
            | "livestreamed"
            | "broadcast"
            | "published"
            | "commented"
            | "replied"
            | "exclaimed"
    )
}

/// The tokens around one mention `s..e`.
struct Around<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl<'a> Around<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn lw(&self, i: usize) -> String {
        self.w(i).to_lowercase()
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    fn lower_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && !t.upper)
    }
    /// A place name of one to three words starting at `i`.
    fn place_at(&self, i: usize) -> bool {
        let g = gazetteer::get();
        (1..=3).any(|n| {
            let (Some(a), Some(b)) = (self.toks.get(i), self.toks.get(i + n - 1)) else {
                return false;
            };
            let s = self.text.get(a.start..b.end).unwrap_or("");
            g.lookup(s).is_some_and(|k| k.kind == Gpe)
        })
    }
}

/// Votes from the words around the mention at tokens `s..e`.
pub fn context(text: &str, toks: &[Token], s: usize, e: usize) -> Votes {
    context_of(text, toks, s, e, false)
}

/// Votes for a name a list gives as a small place or a body of the sky:
/// "the" is no cue there ("the Moon").
pub fn context_of_listed(text: &str, toks: &[Token], s: usize, e: usize) -> Votes {
    context_of(text, toks, s, e, true)
}

fn context_of(text: &str, toks: &[Token], s: usize, e: usize, listed: bool) -> Votes {
    let a = Around { text, toks };
    let mut v = Votes::default();
    let possessive = toks
        .get(e)
        .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.ch))
        && a.w(e + 1) == "s";
    let after = if possessive { e + 2 } else { e };
    let next = a.lw(after);
    let next2 = a.lw(after + 1);
    let prev = s.checked_sub(1).map(|p| a.lw(p)).unwrap_or_default();
    let prev2 = s.checked_sub(2).map(|p| a.lw(p)).unwrap_or_default();
    let n_words = (s..e)
        .filter(|&i| toks.get(i).is_some_and(|t| t.kind == Kind::Word))
        .count();
    let caps = n_words == 1 && toks.get(s).is_some_and(|t| t.caps);

    // Organisations.
    if a.lower_word(after) && (org_part(&next) || possessive && org_role(&next)) {
        v.add(Org, 2);
    }
    if matches!(prev.as_str(), "of" | "at" | "for") && org_role(&prev2) {
        v.add(Org, 2);
    }
    if !possessive && next == "," && matches!(next2.as_str(), "a" | "an" | "the") {
        let noun = (after + 2..after + 5).find(|&i| a.lower_word(i) && org_noun(&a.lw(i)));
        if noun.is_some() {
            v.add(Org, 3);
        }
        // "Adaeze Okafor, the minister,": a role in apposition.
        let role =
            (after + 2..after + 5).find(|&i| a.lower_word(i) && cues::is_strong_title(a.w(i)));
        if role.is_some() && noun.is_none() {
            v.add(Person, 3);
        }
    }
    // "Vexora President Quill Marren": a name before a title and a name.
    if !possessive
        && cues::is_strong_title(a.w(after))
        && toks
            .get(after + 1)
            .is_some_and(|t| t.upper && t.kind == Kind::Word)
    {
        v.add(Org, 2);
    }
    if prev == "on" && post_verb(&prev2) {
        v.add(Org, 2);
    }
    if prev == "via" {
        v.add(Org, 1);
    }
    if !possessive
        && a.punct(e, '-')
        && matches!(
            next2.as_str(),
            "owned" | "backed" | "funded" | "operated" | "run"
        )
    {
        v.add(Org, 2);
    }
    if caps {
        v.add(Org, 1);
    }

    // People. "the Grain Reserve said" is no person: names of people
    // take no article.
    if !possessive
        && cues::is_speech_verb(&next)
        && !matches!(next.as_str(), "according" | "saying")
        && !caps
        && prev != "the"
    {
        v.add(Person, 1);
    }
    if !possessive
        && next == ","
        && toks.get(after + 1).is_some_and(|t| t.kind == Kind::Number)
        && a.punct(after + 2, ',')
    {
        v.add(Person, 3);
    }
    if !possessive && next == "," && next2 == "who" {
        v.add(Person, 1);
    }
    if !possessive && next == "," && next2 == "which" {
        v.add(Org, 1);
    }
    // "Zhang Hanwei", "Pell Okafor": a common surname first (East Asian
    // order) or last, in a name of two or three words.
    let words: Vec<&str> = (s..e)
        .filter(|&i| toks.get(i).is_some_and(|t| t.kind == Kind::Word))
        .map(|i| a.w(i))
        .collect();
    let g = gazetteer::get();
    let surname = |w: &&str| g.is_surname(w);
    if (2..=3).contains(&words.len())
        && (words.first().is_some_and(surname) || words.last().is_some_and(surname))
        && words
            .iter()
            .all(|w| cues::tail_cue(w).is_none() && cues::head_cue(w).is_none())
    {
        v.add(Person, 2);
    }
    // "J. R. Tolkar": initials before a name.
    let initial = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.upper && t.end - t.start == 1)
            && a.punct(i + 1, '.')
    };
    if initial(s)
        && toks
            .get(e - 1)
            .is_some_and(|t| t.kind == Kind::Word && t.end - t.start > 1)
    {
        v.add(Person, 2);
    }
    if possessive && person_part(&next) {
        v.add(Person, 2);
    }
    if s.checked_sub(1).is_some_and(|p| a.lower_word(p)) && cues::is_strong_title(&prev) {
        v.add(Person, 2);
    }
    // "Kaldor's UN ambassador, Pell Tarrow,": a name in apposition to a role.
    if prev == ","
        && s.checked_sub(2).is_some_and(|p| a.lower_word(p))
        && cues::is_strong_title(&prev2)
    {
        v.add(Person, 2);
    }

    // Places. "Punta Verde, Texas", but "the Citadel, Paris" is a building
    // in a city: towns take no article.
    if !possessive && next == "," && prev != "the" && a.place_at(after + 1) {
        v.add(Gpe, 3);
    }
    // "in the Citadel" is a building, "the Citadel" alone an institution.
    if prev == "the" && !listed {
        let located = matches!(
            prev2.as_str(),
            "in" | "at" | "inside" | "outside" | "near" | "to" | "from"
        );
        v.add(if located { Fac } else { Org }, 1);
    }
    if matches!(prev.as_str(), "in" | "near" | "outside" | "from" | "across") {
        v.add(Gpe, 1);
    }
    if possessive && place_part(&next) || prev == "of" && place_part(&prev2) {
        v.add(Gpe, 2);
    }
    if !possessive && a.punct(e, '-') && next2 == "based" {
        v.add(Gpe, 2);
    }

    // Facilities.
    if !possessive && a.lower_word(after) && fac_noun(&next) {
        v.add(Fac, 2);
    }

    // Products.
    if !possessive && a.lower_word(after) && product_noun(&next) {
        v.add(Product, 2);
    }
    if s.checked_sub(1).is_some_and(|p| a.lower_word(p)) && craft_noun(&prev) {
        v.add(Product, 3);
    }
    if !possessive
        && matches!(next.as_str(), "lifted" | "blasted" | "splashed" | "touched")
        && matches!(next2.as_str(), "off" | "down")
    {
        v.add(Product, 2);
    }
    if !possessive && matches!(next.as_str(), "flight" | "flights" | "launch" | "launches") {
        v.add(Product, 1);
    }
    if prev == "of"
        && matches!(
            prev2.as_str(),
            "launch" | "flight" | "prototype" | "version"
        )
    {
        v.add(Product, 1);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    /// Votes for the first occurrence of `name` in `text`.
    fn votes(text: &str, name: &str) -> Option<EntityType> {
        let toks = tokenize(text);
        let start = text.find(name)?;
        let s = toks.iter().position(|t| t.start == start)?;
        let e = toks.iter().position(|t| t.end == start + name.len())? + 1;
        context(text, &toks, s, e).best()
    }

    #[test]
    fn each_cue_votes_for_its_type() {
        let rows = [
            ("Vexor engineers cheered the catch.", "Vexor", Org),
            ("Vexor's headquarters are in a suburb.", "Vexor", Org),
            (
                "He is the CEO of Vexor Dynamics now.",
                "Vexor Dynamics",
                Org,
            ),
            ("Lumacorp, a startup from the valley, won.", "Lumacorp", Org),
            ("Vexor President Ana Ruiz spoke.", "Vexor", Org),
            ("Musk wrote on Zing after the catch.", "Zing", Org),
            (
                "Pell Tarrow, 43, said he was asleep.",
                "Pell Tarrow",
                Person,
            ),
            ("Tarrow's wife called him.", "Tarrow", Person),
            ("spokesperson Pell Tarrow added.", "Pell Tarrow", Person),
            (
                "its UN ambassador, Pell Tarrow, said",
                "Pell Tarrow",
                Person,
            ),
            ("talks in the Citadel, Paris, on Monday", "Citadel", Fac),
            (
                "Rates fell, the Central Reserve said.",
                "Central Reserve",
                Org,
            ),
            (
                "from Boca Verde, Texas launch facilities",
                "Boca Verde",
                Gpe,
            ),
            ("the mayor of Dunmore said", "Dunmore", Gpe),
            ("its Skyport site in the south", "Skyport", Fac),
            ("the Heliox rocket lifted off", "Heliox", Product),
            (
                "the container ship Marlo struck the bridge",
                "Marlo",
                Product,
            ),
            ("Heliox lifted off at dawn", "Heliox", Product),
        ];
        for (text, name, want) in rows {
            assert_eq!(votes(text, name), Some(want), "{text}");
        }
        assert_eq!(votes("Nobody knows Quorra at all.", "Quorra"), None);
    }

    #[test]
    fn votes_add_up_and_ties_go_to_organisations() {
        let mut v = Votes::default();
        v.add(Person, 1);
        v.add(Org, 1);
        assert_eq!(v.best(), Some(Org));
        v.add(Person, 2);
        let mut w = Votes::default();
        w.add(Org, 3);
        v.merge(&w);
        assert_eq!((v.of(Org), v.of(Person), v.total()), (4, 3, 7));
        assert_eq!(v.best(), Some(Org));
    }
}
