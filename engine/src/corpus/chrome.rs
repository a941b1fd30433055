//! Web chrome one line shows by itself: markup, skip links, share and
//! navigation bars, breadcrumbs, ad and player residue, calls to action,
//! donation and paywall appeals, link labels, credits and copyright lines.
//! Each rule has a name (kept in `Document::removed`), a reason and test rows.

/// Lower-case words of a line (letters, digits, apostrophes and hyphens).
/// Curly apostrophes are read as straight ones ("don’t" = "don't").
pub(super) fn words(line: &str) -> Vec<String> {
    line.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            // One copy per word: the apostrophe is rare.
            if lower.contains('’') {
                lower.replace('’', "'")
            } else {
                lower
            }
        })
        .collect()
}

fn starts_with_words(ws: &[String], phrase: &[&str]) -> bool {
    ws.len() >= phrase.len() && ws.iter().zip(phrase).all(|(w, p)| w == p)
}

fn contains_words(ws: &[String], phrase: &[&str]) -> bool {
    (0..ws.len()).any(|i| starts_with_words(&ws[i..], phrase))
}

/// Tracking tags and markup pasted from page source ("<!-- Google tag -->",
/// "!-- gtag -->"): never article text.
fn markup(line: &str) -> bool {
    line.starts_with("<!--")
        || line.starts_with("!--")
        || line.ends_with("-->")
        || (line.starts_with('<') && line.ends_with('>') && !line.contains(". "))
}

/// Accessibility skip links ("Skip to content", "Jump to navigation").
fn skip_link(ws: &[String]) -> bool {
    (starts_with_words(ws, &["skip", "to"]) || starts_with_words(ws, &["jump", "to"]))
        && ws.len() <= 5
}

/// Words that make up navigation, share, ad and promotion bars.
const BAR_WORDS: &[&str] = &[
    "previous",
    "next",
    "post",
    "posts",
    "article",
    "articles",
    "story",
    "stories",
    "older",
    "newer",
    "share",
    "shares",
    "this",
    "on",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "pinterest",
    "flipboard",
    "copy",
    "link",
    "copied",
    "follow",
    "us",
    "subscribe",
    "advertisement",
    "advertising",
    "advert",
    "ad",
    "ads",
    "box",
    "banner",
    "sponsored",
    "promoted",
    "content",
    "read",
    "more",
    "related",
    "comments",
    "comment",
    "menu",
    "home",
    "search",
    "close",
    "back",
    "to",
    "top",
    "click",
    "newsletter",
    "newsletters",
    "sign",
    "up",
    "log",
    "in",
    "out",
    "login",
    "continue",
    "continues",
    "below",
    "above",
    "reading",
    "leave",
    "a",
    "reply",
    "via",
    "and",
    "or",
    "the",
    "see",
    "also",
    "tags",
    "tag",
    "topics",
    "video",
    "videos",
    "player",
    "feedback",
    "loading",
    "scroll",
    "skip",
    "save",
    "saved",
    "bookmark",
    "listen",
    "audio",
    "gift",
    "view",
    "settings",
    "font",
    "size",
    "text",
    "mode",
    "dark",
    "light",
    "toggle",
    "open",
    "expand",
    "collapse",
    "all",
];

/// Words that only bars carry: one must be present, so that a heading made
/// of common words ("On the Road") survives.
const BAR_STRONG: &[&str] = &[
    "previous",
    "next",
    "share",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "pinterest",
    "flipboard",
    "subscribe",
    "advertisement",
    "advertising",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "promoted",
    "newsletter",
    "newsletters",
    "print",
    "email",
    "login",
    "menu",
    "comments",
    "related",
    "reply",
    "bookmark",
    "toggle",
];

/// A short line made only of bar words ("Previous Post Next Post", "Share
/// this: Facebook Twitter", "ARTICLE AD BOX", "Story continues below
/// advertisement").
fn chrome_bar(ws: &[String]) -> bool {
    !ws.is_empty()
        && ws.len() <= 8
        && ws.iter().all(|w| BAR_WORDS.contains(&w.as_str()))
        && ws.iter().any(|w| BAR_STRONG.contains(&w.as_str()))
}

/// Photo credits ("IMAGE SOURCE: AGENCY/PHOTOGRAPHER", "Photo credit: …"):
/// attribution of an image that is not in the text.
fn image_credit(line: &str, ws: &[String]) -> bool {
    let l = line.to_lowercase();
    [
        "image source:",
        "image source,",
        "image credit:",
        "photo credit:",
        "photo:",
        "photos:",
        "image:",
        "credit:",
        "credits:",
        "photograph:",
        "picture:",
        "pictured:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        && ws.len() <= 12
}

/// Residue of a video player or image widget ("Media caption, …", "Video
/// caption: …", "Play video", "This video can not be played"): it describes
/// media the text does not carry.
fn player_residue(ws: &[String]) -> bool {
    let heads: &[&[&str]] = &[
        &["media", "caption"],
        &["video", "caption"],
        &["play", "video"],
        &["watch", "video"],
        &["watch", "now"],
        &["now", "playing"],
        &["up", "next"],
        &["this", "video", "can", "not"],
        &["this", "video", "cannot"],
        &["to", "play", "this", "video"],
        &["your", "browser", "does", "not"],
        &["please", "enable", "javascript"],
        &["video", "duration"],
        &["duration"],
        &["listen", "to", "this", "article"],
    ];
    ws.len() <= 25 && heads.iter().any(|h| starts_with_words(ws, h))
}

/// Calls to action at the start of a line ("CLICK HERE TO GET …", "Sign up
/// for …", "Unlock stock picks …", "Download the app"): the page talking to
/// its reader, not reporting.
fn call_to_action(ws: &[String]) -> bool {
    const HEADS: &[&[&str]] = &[
        &["click", "here"],
        &["click", "to"],
        &["tap", "here"],
        &["tap", "to"],
        &["sign", "up"],
        &["sign", "in", "to"],
        &["log", "in", "to"],
        &["subscribe"],
        &["unlock"],
        &["download", "the"],
        &["download", "our"],
        &["download", "now"],
        &["get", "the", "app"],
        &["get", "our"],
        &["get", "the", "latest"],
        &["get", "breaking"],
        &["join", "our"],
        &["join", "us"],
        &["follow", "us"],
        &["follow", "our"],
        &["like", "us", "on"],
        &["don't", "miss"],
        &["never", "miss"],
        &["become", "a", "member"],
        &["become", "a", "subscriber"],
        &["become", "a", "supporter"],
        &["support", "our"],
        &["support", "us"],
        &["support", "independent"],
        &["donate"],
        &["make", "a", "donation"],
        &["make", "a", "contribution"],
        &["start", "your", "free"],
        &["try", "it", "free"],
        &["already", "a", "subscriber"],
        &["already", "have", "an", "account"],
        &["create", "a", "free", "account"],
        &["read", "the", "full", "story"],
        &["read", "the", "full", "article"],
        &["continue", "reading"],
        &["keep", "reading"],
        &["for", "the", "latest"],
        &["to", "continue", "reading"],
        &["want", "more"],
        &["enjoyed", "this", "article"],
        &["enjoy", "this", "article"],
        &["liked", "this", "article"],
        &["have", "a", "news", "tip"],
        &["got", "a", "news", "tip"],
        &["send", "us", "your"],
        &["share", "your", "thoughts"],
        &["join", "the", "conversation"],
        &["join", "the", "discussion"],
        &["leave", "a", "comment"],
        &["show", "comments"],
        &["view", "comments"],
        &["accept", "all"],
        &["accept", "cookies"],
        &["manage", "cookies"],
        &["manage", "preferences"],
    ];
    ws.len() <= 30 && HEADS.iter().any(|h| starts_with_words(ws, h))
        || ws.len() <= 25
            && (contains_words(ws, &["click", "here"])
                || contains_words(ws, &["clicking", "here"])
                || contains_words(ws, &["tap", "here"]))
}

/// Paywall teasers and donation appeals: a phrase only such appeals use, or
/// two appeal words in a line that speaks to the reader ("your support",
/// "our journalism") and reports nobody.
fn appeal(ws: &[String]) -> bool {
    if ws.len() > 60 {
        return false;
    }
    const PHRASES: &[&[&str]] = &[
        &["subscribers", "only"],
        &["for", "subscribers"],
        &["exclusive", "to", "subscribers"],
        &["subscribe", "to", "continue"],
        &["subscribe", "to", "read"],
        &["subscribe", "now"],
        &["subscribe", "today"],
        &["free", "articles"],
        &["article", "limit"],
        &["already", "a", "subscriber"],
        &["already", "subscribed"],
        &["log", "in", "to", "continue"],
        &["sign", "in", "to", "continue"],
        &["to", "continue", "reading"],
        &["donate", "now"],
        &["donate", "today"],
        &["support", "independent", "journalism"],
        &["support", "quality", "journalism"],
        &["reader-funded"],
        &["reader-supported"],
        &["readers", "like", "you"],
    ];
    if PHRASES.iter().any(|p| contains_words(ws, p)) {
        return true;
    }
    const CUES: &[&str] = &[
        "subscribe",
        "subscription",
        "subscriber",
        "subscribers",
        "newsletter",
        "donate",
        "donation",
        "donations",
        "contribution",
        "contribute",
        "support",
        "journalism",
        "inbox",
        "premium",
        "membership",
        "paywall",
        "ad-free",
        "app",
        "sign",
    ];
    let speaks_to_reader = ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "you" | "your" | "you're" | "you've" | "our" | "us"
        )
    });
    let reports = ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "said" | "says" | "told" | "according" | "announced"
        )
    });
    speaks_to_reader && !reports && ws.iter().filter(|w| CUES.contains(&w.as_str())).count() >= 2
}

/// Labels that introduce a link to another page ("RELATED: …", "READ MORE:
/// …", "See also: …").
const LINK_LABELS: &[&[&str]] = &[
    &["related"],
    &["related", "coverage"],
    &["related", "articles"],
    &["related", "stories"],
    &["related", "content"],
    &["related", "news"],
    &["related", "topics"],
    &["read", "more"],
    &["read", "also"],
    &["also", "read"],
    &["read", "next"],
    &["see", "also"],
    &["also", "see"],
    &["more"],
    &["more", "on", "this", "story"],
    &["more", "on", "this"],
    &["watch"],
    &["video"],
    &["listen"],
    &["recommended"],
    &["trending"],
    &["must", "read"],
    &["don't", "miss"],
    &["further", "reading"],
    &["explore", "more"],
    &["top", "stories"],
    &["most", "read"],
    &["most", "popular"],
    &["popular"],
    &["you", "may", "also", "like"],
    &["you", "might", "also", "like"],
    &["in", "pictures"],
    &["photos"],
    &["gallery"],
    &["up", "next"],
    &["tags"],
    &["topics"],
    &["filed", "under"],
    &["categories"],
    &["more", "about"],
];

/// A link line: a label, a colon (or bar or dash), then a headline.
fn link_label(line: &str, ws: &[String]) -> bool {
    let Some(cut) = line.find([':', '|', '–', '—', '»', '>']) else {
        return false;
    };
    let label = words(&line[..cut]);
    !label.is_empty()
        && ws.len() <= 30
        && LINK_LABELS
            .iter()
            .any(|l| label.len() == l.len() && starts_with_words(&label, l))
}

/// A header that opens a list of links ("Related", "Related Articles",
/// "More from this section", "You may also like"): the lines under it that
/// look like headlines are links too.
pub(super) fn link_list_header(line: &str) -> bool {
    if line.split_whitespace().nth(6).is_some() {
        return false;
    }
    let ws = words(line);
    let bare = line.trim_end_matches([':', ' ']);
    !bare.contains(['.', '!', '?'])
        && ws.len() <= 6
        && (LINK_LABELS.iter().any(|l| {
            // A two-word label may open a longer header ("Explore more on
            // these topics", "More on this story from Lindenport").
            (ws.len() == l.len() || l.len() >= 2) && starts_with_words(&ws, l)
        }) || starts_with_words(&ws, &["more", "from"])
            || starts_with_words(&ws, &["latest", "news"])
            || starts_with_words(&ws, &["latest", "stories"])
            || starts_with_words(&ws, &["more", "stories"])
            || starts_with_words(&ws, &["other", "stories"]))
}

/// Separators of breadcrumbs and one-line menus.
fn nav_segments(line: &str) -> Option<Vec<&str>> {
    for sep in ['>', '»', '›', '|', '/', '•', '·'] {
        let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
        if parts.len() >= 3 || (parts.len() == 2 && matches!(sep, '>' | '»' | '›')) {
            return Some(parts);
        }
    }
    None
}

/// Breadcrumbs ("Home > World > Americas") and one-line menus ("News |
/// Sport | Weather", "View settings / Font size / Site colours"): every
/// segment a few words, none a sentence.
fn breadcrumb(line: &str) -> bool {
    let Some(parts) = nav_segments(line) else {
        return false;
    };
    let home = parts
        .first()
        .is_some_and(|p| p.eq_ignore_ascii_case("home") || p.eq_ignore_ascii_case("news"));
    let max_words = if home { 5 } else { 3 };
    parts.iter().all(|p| {
        let n = p.split_whitespace().count();
        n <= max_words && !p.ends_with(['.', '!', '?', ','])
    }) && parts.iter().filter(|p| !p.is_empty()).count() >= 2
        && line.chars().any(char::is_alphabetic)
}

/// Copyright and rights lines ("© 2024 Example Media", "Copyright 2024 The
/// Associated Press. All rights reserved.").
pub(super) fn copyright(line: &str, ws: &[String]) -> bool {
    let l = line.trim_start().to_lowercase();
    ws.len() <= 30
        && (l.starts_with('©')
            || l.starts_with("(c) ")
            || starts_with_words(ws, &["copyright"])
            || contains_words(ws, &["all", "rights", "reserved"]))
}

/// Social networks a "Follow …" line points to.
const NETWORKS: &[&str] = &[
    "twitter",
    "x",
    "facebook",
    "instagram",
    "linkedin",
    "threads",
    "bluesky",
    "mastodon",
    "tiktok",
    "youtube",
    "telegram",
    "whatsapp",
];

/// "Follow Jane Roe on X", "Find us on Facebook": a pointer to a profile.
fn follow(ws: &[String]) -> bool {
    ws.len() <= 15
        && (starts_with_words(ws, &["follow"]) || starts_with_words(ws, &["find", "us"]))
        && ws.iter().any(|w| NETWORKS.contains(&w.as_str()))
}

/// Cookie and consent banners ("We use cookies to improve your
/// experience…").
fn cookies(ws: &[String]) -> bool {
    ws.len() <= 60
        && ws.iter().any(|w| w == "cookies" || w == "cookie")
        && (contains_words(ws, &["we", "use"])
            || ws.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "accept" | "consent" | "privacy" | "preferences" | "browsing"
                )
            }))
}

/// A page's clock and counters, not the story's: "2 hours ago", "5 min
/// read", "Image 3 of 12", "12 comments".
fn counter(ws: &[String]) -> bool {
    let num = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    match ws {
        [n, unit, tail] if num(n) && tail == "ago" => matches!(
            unit.as_str(),
            "second"
                | "seconds"
                | "min"
                | "mins"
                | "minute"
                | "minutes"
                | "hour"
                | "hours"
                | "hr"
                | "hrs"
                | "day"
                | "days"
                | "week"
                | "weeks"
        ),
        [n, unit, tail] if num(n) && tail == "read" => {
            matches!(unit.as_str(), "min" | "mins" | "minute" | "minutes")
        }
        [n, unit] if num(n) => matches!(
            unit.as_str(),
            "comments" | "comment" | "shares" | "replies" | "views" | "likes"
        ),
        [kind, a, of, b] if num(a) && num(b) && of == "of" => {
            matches!(
                kind.as_str(),
                "image" | "photo" | "picture" | "slide" | "video"
            )
        }
        [cue, rest @ ..]
            if rest.len() == 3 && matches!(cue.as_str(), "updated" | "posted" | "published") =>
        {
            counter(rest)
        }
        _ => false,
    }
}

/// The chrome rule a line matches by itself, if any.
pub fn line_rule(line: &str) -> Option<&'static str> {
    let ws = words(line);
    if markup(line) {
        Some("markup")
    } else if skip_link(&ws) {
        Some("skip-link")
    } else if chrome_bar(&ws) {
        Some("chrome-bar")
    } else if image_credit(line, &ws) {
        Some("image-credit")
    } else if player_residue(&ws) {
        Some("player-residue")
    } else if link_label(line, &ws) {
        Some("link-label")
    } else if breadcrumb(line) {
        Some("breadcrumb")
    } else if call_to_action(&ws) {
        Some("call-to-action")
    } else if appeal(&ws) {
        Some("appeal")
    } else if copyright(line, &ws) {
        Some("copyright")
    } else if follow(&ws) || cookies(&ws) {
        Some("call-to-action")
    } else if counter(&ws) {
        Some("counter")
    } else {
        None
    }
}

/// A short line with no sentence in it: menu items, labels, names.
pub(super) fn short_item(line: &str) -> bool {
    line.split_whitespace().count() <= 3 && !line.ends_with(['.', '!', '?', ':', ',', ';'])
}

/// A line shaped like a headline: one clause of 6-22 words, capitalised, no
/// closing punctuation (a related link, or a list of other stories).
pub(super) fn headline_shaped(line: &str) -> bool {
    let n = line.split_whitespace().count();
    let end = line.trim_end_matches(['"', '”', '’', '\'', ')']);
    (6..=22).contains(&n)
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !end.ends_with(['.', '!', '?', ':', ';', ',', '…'])
        && !line.contains(". ")
}

/// Verbs of headline grammar: a headline-shaped line that has one reads as
/// another story's title, not as a sub-heading of this one.
pub(super) fn headline_verb(line: &str) -> bool {
    words(line).iter().any(|w| {
        matches!(
            w.as_str(),
            "says"
                | "say"
                | "will"
                | "could"
                | "would"
                | "warns"
                | "urges"
                | "plans"
                | "vows"
                | "slams"
                | "reveals"
                | "announces"
                | "claims"
                | "calls"
                | "sues"
                | "wins"
                | "faces"
                | "hits"
                | "launches"
                | "unveils"
                | "admits"
                | "denies"
                | "confirms"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_has_rows() {
        let rows: &[(&str, Option<&str>)] = &[
            ("<!-- Global site tag (gtag.js) -->", Some("markup")),
            ("!-- Google tag (gtag.js) -->", Some("markup")),
            ("<script async src=\"x.js\"></script>", Some("markup")),
            ("Skip to content", Some("skip-link")),
            ("Skip to main content", Some("skip-link")),
            ("Previous Post Next Post", Some("chrome-bar")),
            ("« Previous article | Next article »", Some("chrome-bar")),
            ("Share this: Facebook Twitter WhatsApp", Some("chrome-bar")),
            ("ARTICLE AD BOX", Some("chrome-bar")),
            ("Story continues below advertisement", Some("chrome-bar")),
            ("Advertisement - scroll to continue", Some("chrome-bar")),
            ("share", Some("chrome-bar")),
            ("IMAGE SOURCE: SOME AGENCY/PHOTOGRAPHER", Some("image-credit")),
            ("Image source, Example Pictures", Some("image-credit")),
            ("Photo: Jane Roe/Example Agency", Some("image-credit")),
            ("Media caption, Residents describe the flood", Some("player-residue")),
            ("This video can not be played", Some("player-residue")),
            ("Listen to this article", Some("player-residue")),
            ("RELATED: Mayor says the tunnel will open in spring", Some("link-label")),
            ("READ MORE: Storm leaves thousands without power", Some("link-label")),
            ("See also | Five things to know about the budget", Some("link-label")),
            ("Home > World > Europe", Some("breadcrumb")),
            ("News | Sport | Weather | Culture", Some("breadcrumb")),
            ("View settings / Font size / Site colours", Some("breadcrumb")),
            ("CLICK HERE TO GET THE EXAMPLE APP ON THE GO", Some("call-to-action")),
            ("Unlock premium charts and a newsfeed built for traders.", Some("call-to-action")),
            ("Sign up for our morning briefing", Some("call-to-action")),
            ("To read the full report, click here.", Some("call-to-action")),
            (
                "Our journalism is free to read because readers like you chip in. Donate today.",
                Some("appeal"),
            ),
            ("This article is for subscribers only.", Some("appeal")),
            (
                "We rely on your support: a subscription keeps our newsroom going.",
                Some("appeal"),
            ),
            ("© 2024 Example Media Group", Some("copyright")),
            (
                "Copyright 2024 The Example Wire. All rights reserved.",
                Some("copyright"),
            ),
            // Prose and headings that merely contain such words stay.
            ("Next, the minister turned to trade.", None),
            ("Share prices fell sharply on Monday.", None),
            ("On the Road", None),
            (
                "Skip to the end of the war, analysts say, and the map looks different.",
                None,
            ),
            ("Subscribers to the service will pay more from May.", None),
            ("Related charges were filed against two other men.", None),
            (
                "The union urged members to support the strike and donate to its fund, its newsletter said.",
                None,
            ),
            ("\"We need your support and your donations,\" the mayor said.", None),
            ("Watch groups said the vote was fair.", None),
            ("More than 200 people were evacuated.", None),
            ("Fed cuts rates | Markets", None),
            ("Prices rose 3.2% year on year / the fastest pace since 1992.", None),
            ("Click-through rates fell in May, the report found.", None),
            ("Tags: Floods, Weather, Lindenport", Some("link-label")),
            ("Follow Jane Roe on X", Some("call-to-action")),
            (
                "We use cookies to improve your experience. Accept all?",
                Some("call-to-action"),
            ),
            ("Join the conversation", Some("call-to-action")),
            ("2 hours ago", Some("counter")),
            ("Updated 35 minutes ago", Some("counter")),
            ("Posted 3 days ago", Some("counter")),
            ("SKIP ADVERTISEMENT", Some("chrome-bar")),
            ("GET THE EXAMPLE APP ON THE GO BY CLICKING HERE", Some("call-to-action")),
            ("5 min read", Some("counter")),
            ("Image 3 of 12", Some("counter")),
            ("14 comments", Some("counter")),
            ("Follow the money, investigators said.", None),
            ("The cookie factory closed in 1998, workers said.", None),
            ("Tags on the crates showed their origin.", None),
            ("3 hours later the rescue began.", None),
            ("Download speeds doubled after the upgrade.", None),
        ];
        for (line, want) in rows {
            assert_eq!(line_rule(line), *want, "{line}");
        }
    }

    #[test]
    fn headline_shape() {
        assert!(headline_shaped(
            "Mayor says the new tunnel will open next spring"
        ));
        assert!(headline_shaped(
            "Storm leaves ‘thousands’ without power in the north"
        ));
        assert!(!headline_shaped("The collision"));
        assert!(!headline_shaped(
            "Crews worked through the night to clear the road."
        ));
        assert!(!headline_shaped(
            "Here is what we know about the collapse so far:"
        ));
        assert!(headline_verb(
            "Mayor says the new tunnel will open next spring"
        ));
        assert!(!headline_verb(
            "How the rescue unfolded over six long hours"
        ));
    }
}
