//! Closed-class cue words: general English, never names from any corpus.

use crate::analysis::EntityType;
use crate::text::lower::with_ascii_lower;

/// Person titles and roles that precede a name ("President Ana Ruiz") and are
/// not part of it. Compared case-insensitively.
pub fn is_title(w: &str) -> bool {
    with_ascii_lower(w, |l| {
        matches!(
            l.trim_end_matches('.'),
            "president"
                | "vice"
                | "minister"
                | "prime"
                | "premier"
                | "chancellor"
                | "secretary"
                | "secretary-general"
                | "general"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "mr"
                | "mrs"
                | "ms"
                | "miss"
                | "dr"
                | "prof"
                | "professor"
                | "sir"
                | "dame"
                | "lord"
                | "lady"
                | "king"
                | "queen"
                | "prince"
                | "princess"
                | "pope"
                | "sheikh"
                | "emir"
                | "sultan"
                | "senator"
                | "sen"
                | "rep"
                | "representative"
                | "congressman"
                | "congresswoman"
                | "governor"
                | "gov"
                | "mayor"
                | "judge"
                | "justice"
                | "ambassador"
                | "envoy"
                | "director"
                | "director-general"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "ceo"
                | "cfo"
                | "coo"
                | "cto"
                | "cio"
                | "cmo"
                | "vp"
                | "evp"
                | "svp"
                | "co-founder"
                | "cofounder"
                | "rear"
                | "adm"
                | "astronaut"
                | "novelist"
                | "poet"
                | "photographer"
                | "artist"
                | "journalist"
                | "engineer"
                | "pilot"
                | "lawyer"
                | "historian"
                | "activist"
                | "entrepreneur"
                | "billionaire"
                | "businessman"
                | "businesswoman"
                | "filmmaker"
                | "producer"
                | "musician"
                | "rapper"
                | "footballer"
                | "boxer"
                | "founder"
                | "chief"
                | "executive"
                | "head"
                | "leader"
                | "deputy"
                | "foreign"
                | "defence"
                | "defense"
                | "finance"
                | "interior"
                | "trade"
                | "economy"
                | "health"
                | "coach"
                | "manager"
                | "captain"
                | "striker"
                | "midfielder"
                | "goalkeeper"
                | "defender"
                | "forward"
                | "player"
                | "officer"
                | "commander"
                | "colonel"
                | "col"
                | "lt"
                | "lieutenant"
                | "major"
                | "sergeant"
                | "sgt"
                | "capt"
                | "admiral"
                | "marshal"
                | "gen"
                | "diplomat"
                | "analyst"
                | "economist"
                | "reporter"
                | "correspondent"
                | "editor"
                | "professor."
                | "rev"
                | "reverend"
                | "father"
                | "bishop"
                | "cardinal"
                | "archbishop"
                | "imam"
                | "rabbi"
                | "state"
                | "councillor"
                | "councilor"
                | "speaker"
                | "attorney"
                | "counselor"
                | "adviser"
                | "advisor"
                | "aide"
                | "official"
                | "spokesmen"
                | "police"
                | "inspector"
                | "detective"
                | "superintendent"
                | "top"
                | "former"
                | "acting"
                | "interim"
                | "then"
                | "late"
                | "veteran"
                | "star"
                | "champion"
                | "winger"
                | "batsman"
                | "bowler"
                | "driver"
                | "rider"
                | "singer"
                | "actor"
                | "actress"
                | "author"
                | "writer"
                | "scientist"
                | "researcher"
                | "first"
                | "lady."
                | "assistant"
                | "undersecretary"
                | "under-secretary"
                | "commissioner"
                | "president-elect"
                | "nominee"
                | "candidate"
                | "incumbent"
        )
    })
}

/// Titles strong enough to make the following capitalised words a person.
pub fn is_strong_title(w: &str) -> bool {
    is_title(w)
        && !with_ascii_lower(w, |l| {
            matches!(
                l.trim_end_matches('.'),
                "general"
                    | "state"
                    | "foreign"
                    | "defence"
                    | "defense"
                    | "finance"
                    | "interior"
                    | "trade"
                    | "economy"
                    | "health"
                    | "top"
                    | "former"
                    | "acting"
                    | "interim"
                    | "then"
                    | "late"
                    | "chief"
                    | "executive"
                    | "head"
                    | "first"
                    | "police"
                    | "vice"
                    | "prime"
                    | "deputy"
                    | "star"
                    | "major"
                    | "official"
                    | "speaker"
                    | "rear"
            )
        })
}

/// The last word of a name that types it ("Ministry of Health" has its cue
/// first; see [`head_cue`]).
pub fn tail_cue(w: &str) -> Option<EntityType> {
    with_ascii_lower(w, tail_cue_lower)
}

fn tail_cue_lower(l: &str) -> Option<EntityType> {
    use EntityType::*;
    Some(match l {
        "ministry" | "council" | "organization" | "organisation" | "party" | "agency" | "times"
        | "post" | "news" | "committee" | "bank" | "fund" | "union" | "association"
        | "institute" | "institution" | "university" | "college" | "school" | "corporation"
        | "corp" | "inc" | "ltd" | "llc" | "plc" | "group" | "company" | "co" | "commission"
        | "assembly" | "parliament" | "congress" | "senate" | "department" | "office"
        | "bureau" | "court" | "army" | "navy" | "forces" | "force" | "police" | "service"
        | "services" | "federation" | "league" | "club" | "fc" | "airlines" | "airways"
        | "motors" | "press" | "journal" | "herald" | "telegraph" | "tribune" | "gazette"
        | "daily" | "weekly" | "magazine" | "television" | "tv" | "radio" | "broadcasting"
        | "network" | "channel" | "foundation" | "society" | "authority" | "board" | "cabinet"
        | "government" | "administration" | "alliance" | "coalition" | "front" | "movement"
        | "guard" | "brigade" | "academy" | "center" | "centre" | "hospital" | "partners"
        | "holdings" | "industries" | "technologies" | "systems" | "bloc" | "secretariat"
        | "directorate" | "duma" | "team" | "observer" | "monitor" | "review" | "standard"
        | "express" | "mail" | "courier" | "politburo" | "ag" | "sa" | "gmbh" | "nv" | "bv"
        | "labs" | "media" | "energy" | "oil" | "petroleum" | "pharmaceuticals" | "electric"
        | "capital" | "ventures" | "investments" | "securities" | "advisors" | "advisers"
        | "bancorp" | "financial" | "insurance" | "logistics" | "builders" | "pharma"
        | "therapeutics" | "biosciences" | "foods" | "brands" | "entertainment" | "studios"
        | "records" | "robotics" | "semiconductor" | "software" | "solutions" | "consulting"
        | "enterprises" | "trust" | "athletic" | "united" | "rovers" | "wanderers" | "telecom"
        | "images" | "embassy" | "consulate" => Org,
        "airport" | "bridge" | "tower" | "towers" | "palace" | "square" | "stadium" | "arena"
        | "hall" | "building" | "station" | "port" | "dam" | "plant" | "museum" | "cathedral"
        | "church" | "mosque" | "temple" | "castle" | "prison" | "base" | "highway" | "road"
        | "street" | "avenue" | "tunnel" | "canal" | "pipeline" | "park" | "gardens" | "house"
        | "mall" | "terminal" | "reactor" | "monument" | "memorial" | "wall" | "statue"
        | "spaceport" => Fac,
        "ocean" | "sea" | "mountains" | "mountain" | "river" | "lake" | "gulf" | "bay"
        | "valley" | "desert" | "island" | "islands" | "peninsula" | "strait" | "straits"
        | "coast" | "region" | "harbour" | "harbor" | "basin" | "plateau" | "plain" | "plains"
        | "forest" | "delta" | "canyon" | "glacier" | "volcano" | "channel." | "province"
        | "hills" | "continent" | "corridor" => Loc,
        "war" | "conference" | "summit" | "games" | "olympics" | "cup" | "championship"
        | "championships" | "forum" | "festival" | "election" | "elections" | "revolution"
        | "expo" | "marathon" | "open" | "tournament" | "series" | "prix" | "crisis"
        | "uprising" | "massacre" | "earthquake" | "hurricane" | "storm" | "typhoon"
        | "cyclone" | "pandemic" | "talks" | "dialogue" | "meeting" | "week" | "awards"
        | "oscars" | "derby" | "classic" | "invasion" | "offensive" | "collapse" | "disaster" => {
            Event
        }
        l if is_law_word(l) => Law,
        "city" | "county" | "state" | "republic" | "kingdom" | "oblast" | "district"
        | "prefecture" | "municipality" | "emirate" | "territory" => Gpe,
        _ => return None,
    })
}

/// The first word of a name that types it ("Ministry of Health", "Mount Fuji",
/// "Lake Victoria", "University of Lagos").
pub fn head_cue(w: &str) -> Option<EntityType> {
    with_ascii_lower(w, |l| head_cue_lower(l.trim_end_matches('.')))
}

fn head_cue_lower(l: &str) -> Option<EntityType> {
    use EntityType::*;
    Some(match l {
        "ministry" | "department" | "university" | "bank" | "office" | "bureau" | "council"
        | "federal" | "house" | "federation" | "league" | "association" | "institute"
        | "college" | "academy" | "party" | "church" | "union" | "court" => Org,
        "mount" | "mt" | "lake" | "river" | "gulf" | "bay" | "isle" | "cape" | "strait" | "sea" => {
            Loc
        }
        "battle" | "siege" | "operation" => Event,
        "fort" | "port" | "saint" => Gpe,
        "statue" => Fac,
        _ => return None,
    })
}

/// Lowercase words that may sit inside a name between capitalised words.
pub fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "and"
            | "the"
            | "de"
            | "du"
            | "del"
            | "la"
            | "van"
            | "von"
            | "bin"
            | "al"
            | "on"
            | "&"
    )
}

/// Verbs of saying: a capitalised word right before one is likely a person,
/// and they attribute quotes.
pub fn is_speech_verb(w: &str) -> bool {
    with_ascii_lower(w, |l| {
        matches!(
            l,
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "tell"
                | "stressed"
                | "stresses"
                | "added"
                | "adds"
                | "noted"
                | "notes"
                | "stated"
                | "states"
                | "declared"
                | "declares"
                | "asserted"
                | "asserts"
                | "emphasized"
                | "emphasised"
                | "emphasizes"
                | "emphasises"
                | "warned"
                | "warns"
                | "explained"
                | "explains"
                | "insisted"
                | "insists"
                | "argued"
                | "argues"
                | "claimed"
                | "claims"
                | "wrote"
                | "writes"
                | "remarked"
                | "urged"
                | "urges"
                | "announced"
                | "announces"
                | "replied"
                | "replies"
                | "commented"
                | "continued"
                | "affirmed"
                | "affirms"
                | "reiterated"
                | "reiterates"
                | "highlighted"
                | "highlights"
                | "underlined"
                | "underscored"
                | "acknowledged"
                | "admitted"
                | "asked"
                | "asks"
                | "answered"
                | "recalled"
                | "suggested"
                | "predicted"
                | "vowed"
                | "pledged"
                | "promised"
                | "confirmed"
                | "denied"
                | "concluded"
                | "observed"
                | "responded"
                | "tweeted"
                | "posted"
                | "saying"
                | "stressing"
                | "adding"
                | "noting"
                | "telling"
                | "describing"
                | "calling"
                | "warning"
                | "insisting"
                | "explaining"
                | "emphasizing"
                | "emphasising"
                | "declaring"
                | "arguing"
                | "according"
        )
    })
}

/// Participles attribute only to a person already named in the sentence.
pub fn is_participle(w: &str) -> bool {
    w.ends_with("ing") && w != "according"
}

/// Pronouns that refer back to a person.
pub fn is_person_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "He" | "She")
}

/// Capitalised words that are never names on their own: function words,
/// pronouns, sentence adverbs, weekdays/months are handled by the date grammar.
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "Its"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "From"
            | "With"
            | "Without"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Until"
            | "As"
            | "If"
            | "When"
            | "While"
            | "Where"
            | "Why"
            | "How"
            | "What"
            | "Who"
            | "Which"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "However"
            | "Meanwhile"
            | "Although"
            | "Though"
            | "Because"
            | "Also"
            | "Despite"
            | "Still"
            | "Now"
            | "Then"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "There"
            | "Here"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "No"
            | "Not"
            | "Only"
            | "Even"
            | "Such"
            | "Other"
            | "Another"
            | "More"
            | "Less"
            | "Under"
            | "Over"
            | "Into"
            | "About"
            | "Against"
            | "Between"
            | "Among"
            | "Amid"
            | "Across"
            | "Through"
            | "To"
            | "Of"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Be"
            | "Has"
            | "Have"
            | "Had"
            | "Do"
            | "Does"
            | "Did"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "May"
            | "Might"
            | "Must"
            | "Shall"
            | "Let"
            | "Please"
            | "Thank"
            | "Thanks"
            | "Yes"
            | "Oh"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Read"
            | "Watch"
            | "See"
            | "Click"
            | "Photo"
            | "Image"
            | "Video"
            | "Source"
            | "Sources"
            | "Update"
            | "Updated"
            | "Breaking"
            | "Exclusive"
            | "Analysis"
            | "Opinion"
            | "Editorial"
            | "According"
            | "Following"
            | "Speaking"
            | "Asked"
            | "Earlier"
            | "Later"
            | "Last"
            | "Next"
            | "First"
            | "Second"
            | "Third"
            | "Finally"
            | "Instead"
            | "Indeed"
            | "Overall"
            | "Nevertheless"
            | "Moreover"
            | "Furthermore"
            | "Additionally"
            | "Similarly"
            // Indefinite pronouns: a quote opening "Everything I built..."
            // is no name.
            | "Everything"
            | "Everyone"
            | "Everybody"
            | "Something"
            | "Someone"
            | "Somebody"
            | "Anything"
            | "Anyone"
            | "Anybody"
            | "Nothing"
            | "Nobody"
            | "None"
            | "Everywhere"
            | "Somewhere"
            | "Nowhere"
            | "Likewise"
            | "Otherwise"
            | "Thus"
            | "Therefore"
            | "Hence"
            | "Further"
            | "Again"
            | "Already"
            | "Just"
            | "Almost"
            | "Nearly"
            | "Around"
            | "Along"
            | "Beyond"
            | "Within"
            | "Upon"
            | "Toward"
            | "Towards"
            | "Like"
            | "Unlike"
            | "Per"
            | "Via"
            | "Whether"
            | "Once"
            | "Whose"
            | "Whom"
            | "Him"
            | "Them"
            | "Us"
            | "Me"
            | "Any"
            | "Few"
            | "Several"
            | "Much"
            | "Very"
            | "Well"
            | "Good"
            | "New"
            | "Old"
            | "Big"
            | "Top"
            | "Key"
            | "Full"
            | "Live"
            | "Free"
            | "Main"
            | "Related"
            | "Share"
            | "Comment"
            | "Comments"
            | "Subscribe"
            | "Advertisement"
            | "Sign"
            | "Log"
            | "Home"
            | "News"
            | "Ukraine-related"
    )
}

/// Group names that are NORP without a country ("Western", "Muslim").
pub fn is_group_word(w: &str) -> bool {
    matches!(
        w,
        "Western"
            | "Westerners"
            | "Eastern"
            | "European"
            | "Europeans"
            | "Asian"
            | "Asians"
            | "African"
            | "Africans"
            | "Arab"
            | "Arabs"
            | "Muslim"
            | "Muslims"
            | "Christian"
            | "Christians"
            | "Jewish"
            | "Jews"
            | "Catholic"
            | "Catholics"
            | "Protestant"
            | "Buddhist"
            | "Buddhists"
            | "Hindu"
            | "Hindus"
            | "Sikh"
            | "Sikhs"
            | "Sunni"
            | "Shia"
            | "Shiite"
            | "Islamic"
            | "Orthodox"
            | "Latino"
            | "Latinos"
            | "Hispanic"
            | "Democrat"
            | "Democrats"
            | "Republican"
            | "Republicans"
            | "Conservative"
            | "Conservatives"
            | "Labour"
            | "Liberal"
            | "Liberals"
            | "Socialist"
            | "Socialists"
            | "Communist"
            | "Communists"
            | "Nazi"
            | "Nazis"
            | "Soviet"
            | "Kurdish"
            | "Kurds"
            | "Palestinians"
            | "Palestinian"
            | "Latin"
            | "Nordic"
            | "Baltic"
            | "Slavic"
            | "Anglo"
            | "Sino"
            | "Transatlantic"
            | "Pacific-rim"
            | "Indigenous"
            | "Roma"
            | "Tamil"
            | "Uyghur"
            | "Uighur"
            | "Tibetan"
            | "Pashtun"
            | "Berber"
            | "Bedouin"
            | "Maori"
            | "Aboriginal"
            | "Inuit"
            | "Zulu"
            | "Yoruba"
            | "Igbo"
            | "Hausa"
            | "Tutsi"
            | "Hutu"
            | "Rohingya"
            | "Alawite"
            | "Druze"
            | "Evangelical"
            | "Mormon"
    )
}

/// Compass words that make "the West" a region.
pub fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "West"
            | "East"
            | "North"
            | "South"
            | "Midwest"
            | "Northeast"
            | "Southeast"
            | "Northwest"
            | "Southwest"
    )
}

/// Acronyms of common nouns, not names: "GDP", "CEO", "CGI".
pub fn is_common_acronym(w: &str) -> bool {
    matches!(
        w,
        "GDP"
            | "GNP"
            | "CPI"
            | "PCE"
            | "PMI"
            | "VAT"
            | "IPO"
            | "ETF"
            | "AI"
            | "IT"
            | "TV"
            | "PC"
            | "DNA"
            | "RNA"
            | "ID"
            | "FAQ"
            | "CGI"
            | "URL"
            | "PDF"
            | "GPS"
            | "USB"
            | "LED"
            | "SUV"
            | "CCTV"
            | "CEO"
            | "CFO"
            | "COO"
            | "CTO"
            | "MP"
            | "MPs"
            | "PM"
            | "AM"
            | "OK"
            | "RSS"
            | "HTML"
            | "API"
            | "NFT"
            | "EV"
            | "EVs"
            | "LNG"
            | "HIV"
            | "AIDS"
    )
}

/// Lowercase nouns that make "the <name> <noun>" an event: "the Kaldor
/// war", "the NX-7 pandemic", "the Dunmore bridge collapse".
pub fn is_event_noun(w: &str) -> bool {
    matches!(
        w,
        "war"
            | "crisis"
            | "pandemic"
            | "epidemic"
            | "outbreak"
            | "collapse"
            | "disaster"
            | "earthquake"
            | "tsunami"
            | "attack"
            | "attacks"
            | "bombing"
            | "bombings"
            | "massacre"
            | "invasion"
            | "conflict"
            | "uprising"
            | "genocide"
            | "crash"
            | "shooting"
            | "spill"
            | "riots"
    )
}

/// Words before a place's name that make a part of it a region: "South
/// Texas", "Northern California".
pub fn is_region_word(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Upper"
            | "Lower"
            | "Coastal"
            | "Rural"
    )
}

/// Plural or collective nouns whose possessive sits inside names of bodies:
/// "Workers' Party", "National Farmers' Union", "Children's Hospital".
pub fn is_group_noun(w: &str) -> bool {
    with_ascii_lower(w, |l| {
        matches!(
            l,
            "people"
                | "peoples"
                | "workers"
                | "women"
                | "men"
                | "children"
                | "veterans"
                | "farmers"
                | "citizens"
                | "teachers"
                | "nurses"
                | "students"
                | "soldiers"
                | "writers"
                | "journalists"
                | "doctors"
                | "miners"
                | "peasants"
                | "traders"
        )
    })
}

/// Lowercase nouns after an outlet's name and language ("... Persian service").
pub fn is_media_noun(w: &str) -> bool {
    matches!(
        w,
        "website"
            | "site"
            | "service"
            | "edition"
            | "channel"
            | "section"
            | "desk"
            | "broadcaster"
            | "newspaper"
            | "programme"
            | "program"
            | "portal"
    )
}

/// Lowercase nouns that make the name before them an administrative unit
/// ("the Kaldor region", "Hebei province").
pub fn is_admin_noun(w: &str) -> bool {
    matches!(
        w,
        "region"
            | "province"
            | "county"
            | "district"
            | "prefecture"
            | "oblast"
            | "municipality"
            | "governorate"
            | "canton"
    )
}

/// Lowercase nouns for what an institution issues ("the Citadel statement"):
/// the name before them stands for the institution.
pub fn is_statement_noun(w: &str) -> bool {
    matches!(
        w,
        "transcript"
            | "statement"
            | "readout"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officials"
            | "source"
            | "sources"
            | "announcement"
            | "communique"
    )
}

/// A word that ends a law's name ("Clean Air Act"); on its own ("the Act")
/// a back-reference to a named law, not a name. Compared without allocating:
/// detection asks this of single capitalised words.
pub fn is_law_word(w: &str) -> bool {
    const LAW: [&str; 22] = [
        "charter",
        "act",
        "treaty",
        "constitution",
        "convention",
        "accord",
        "accords",
        "agreement",
        "protocol",
        "bill",
        "code",
        "amendment",
        "declaration",
        "doctrine",
        "resolution",
        "law",
        "directive",
        "regulation",
        "pact",
        "statute",
        "ordinance",
        "decree",
    ];
    (3..=12).contains(&w.len()) && LAW.iter().any(|l| l.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn law_words_end_law_names_in_any_case() {
        for w in ["Act", "TREATY", "statute", "Decree"] {
            assert!(is_law_word(w), "{w}");
            assert_eq!(tail_cue(w), Some(EntityType::Law), "{w}");
        }
        assert!(!is_law_word("Actor") && !is_law_word("la"));
        assert_eq!(tail_cue("Ministry"), Some(EntityType::Org));
    }
}
