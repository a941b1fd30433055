//! Evidence each claim unit carries: stemmed content terms, their WordNet
//! synonym groups, linked names, values (numbers, amounts, dates), words
//! inside quotation marks, and the quote's speaker. Features are `u32`s
//! tagged with their kind in the top bits so one sparse vector holds them all.

use super::frame::{figure, Frame};
use super::lexicon::{is_stopword, Synonyms};
use super::stem::stem;
use crate::analysis::{EntityType, Quote, Span};
use crate::entities::Entities;
use rustc_hash::FxHashMap as HashMap;

pub const KIND_SHIFT: u32 = 28;
pub const TERM: u32 = 0;
pub const GROUP: u32 = 1;
pub const NAME: u32 = 2;
pub const VALUE: u32 = 3;
pub const QUOTED: u32 = 4;
pub const SPEAKER: u32 = 5;

pub fn tag(kind: u32, id: u32) -> u32 {
    (kind << KIND_SHIFT) | (id & ((1 << KIND_SHIFT) - 1))
}

pub fn kind_of(f: u32) -> u32 {
    f >> KIND_SHIFT
}

/// How much one unit of IDF of each kind counts: names and values pin a
/// statement down more than words; a shared synonym is weaker than a shared word.
pub fn kind_weight(kind: u32) -> f32 {
    match kind {
        TERM => 1.0,
        GROUP => 0.45,
        NAME => 1.0,
        VALUE => 1.3,
        QUOTED => 0.5,
        SPEAKER => 0.6,
        _ => 0.0,
    }
}

/// String → dense id, shared by every feature kind; also remembers each
/// word form's term id and synonym groups, since news text repeats its words
/// and lowercasing and stemming each occurrence again was most of the cost.
#[derive(Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
    words: HashMap<String, Option<(u32, &'static [u32])>>,
}

impl Interner {
    /// The term id and synonym groups of a word as written (None for a stop
    /// word or noise).
    fn word(&mut self, w: &str) -> Option<(u32, &'static [u32])> {
        if let Some(&known) = self.words.get(w) {
            return known;
        }
        let found = content_stem(w).map(|st| (self.id(&st), Synonyms::get().groups(&st)));
        self.words.insert(w.to_string(), found);
        found
    }

    pub fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = self.ids.len() as u32;
        self.ids.insert(s.to_string(), i);
        i
    }
}

/// One claim unit and its evidence.
#[derive(Clone, Debug)]
pub struct Unit {
    pub doc: usize,
    pub span: Span,
    /// Sorted, deduplicated tagged features.
    pub features: Vec<u32>,
    /// Hash of the unit's normalised words: equal for verbatim repeats.
    pub key: u64,
    /// Normalised words (lower-case alphanumeric runs joined by spaces).
    pub norm: String,
    /// Its participants and figures.
    pub frame: Frame,
}

/// FNV-1a: a tiny hash that is the same on every platform and build.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Lower-case alphanumeric words of `s`, joined by single spaces.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Words of `s` with their byte offsets (alphanumeric runs).
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = s.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = rest.peek() {
            if c.is_alphanumeric() {
                break;
            }
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        s.get(start..end).map(|w| (start, w))
    })
}

/// The content stem of a word, or None for stop words and noise.
pub fn content_stem(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if lower.chars().count() < 2 || is_stopword(&lower) || lower.chars().all(|c| c.is_numeric()) {
        return None;
    }
    Some(stem(&lower))
}

/// A person as a frame compares them: by given name ("person:dan-huot" →
/// "person:dan"), so one spokesman whose surname outlets spell three ways
/// is one participant. Two people of one given name in one story are
/// rarer than one name spelt several ways.
fn person_key(id: &str) -> &str {
    let given = id.find(':').map_or(0, |i| i + 1);
    id.get(given..)
        .and_then(|rest| rest.find('-'))
        .map_or(id, |dash| &id[..given + dash])
}

/// Extracts the features of one unit.
pub fn extract(
    text: &str,
    doc: usize,
    span: Span,
    entities: &Entities,
    quotes: &[&Quote],
    interner: &mut Interner,
) -> Unit {
    let body = span.slice(text);
    let mut features = Vec::new();
    let mut covered: Vec<Span> = Vec::new();
    let mut frame = Frame::default();
    for m in entities.in_span(doc, span) {
        if m.kind == EntityType::Person {
            frame.people.push(interner.id(person_key(&m.entity)));
        } else if let Some((kind, values)) = figure(m.kind, &m.entity) {
            let k = interner.id(&kind);
            frame.figures.extend(values.into_iter().map(|v| (k, v)));
        }
        let kind = if m.kind.is_name() { NAME } else { VALUE };
        // Weekday-only or relative dates ("date:wednesday") are too vague to
        // tie two reports together; they still count for divergences.
        if kind == VALUE
            && matches!(m.kind, EntityType::Date | EntityType::Time)
            && !m.entity.contains(|c: char| c.is_ascii_digit())
        {
            covered.push(m.span);
            continue;
        }
        features.push(tag(kind, interner.id(&m.entity)));
        covered.push(m.span);
    }
    let quoted: Vec<Span> = quotes
        .iter()
        .filter(|q| span.overlaps(q.span))
        .map(|q| q.span)
        .collect();
    for q in quotes.iter().filter(|q| span.overlaps(q.span)) {
        if let Some(s) = &q.speaker {
            features.push(tag(SPEAKER, interner.id(s)));
            if s.starts_with("person:") {
                frame.people.push(interner.id(person_key(s)));
            }
        }
    }
    // Words, mentions and quotes are all in text order: one forward pointer
    // each keeps a unit with thousands of mentions linear.
    covered.sort_unstable_by_key(|c| c.start);
    let (mut ci, mut qi) = (0, 0);
    for (off, w) in words(body) {
        let at = span.start + off;
        let wspan = Span::new(at, at + w.len());
        while covered.get(ci).is_some_and(|c| c.end <= wspan.start) {
            ci += 1;
        }
        while quoted.get(qi).is_some_and(|q| q.end <= wspan.start) {
            qi += 1;
        }
        if covered.get(ci).is_some_and(|c| c.overlaps(wspan)) {
            continue;
        }
        let Some((id, groups)) = interner.word(w) else {
            continue;
        };
        features.push(tag(TERM, id));
        if quoted.get(qi).is_some_and(|q| q.contains(wspan)) {
            features.push(tag(QUOTED, id));
        }
        for g in groups.iter().take(6) {
            features.push(tag(GROUP, *g));
        }
    }
    for bp in super::measures::basis_points(body) {
        // A move on top of another is kept negative, so it never agrees
        // with the move it follows.
        if let Some(v) = bp.strip_prefix("bp:") {
            let (sign, v) = v.strip_prefix('+').map_or((1.0, v), |v| (-1.0, v));
            if let Ok(x) = v.parse::<f64>() {
                frame.figures.push((interner.id("rate move"), sign * x));
            }
        }
        features.push(tag(VALUE, interner.id(&bp)));
    }
    frame.finish();
    features.sort_unstable();
    features.dedup();
    let norm = normalise(body);
    Unit {
        doc,
        span,
        features,
        key: fnv(norm.as_bytes()),
        norm,
        frame,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(text: &str) -> Vec<u32> {
        let mut i = Interner::default();
        extract(
            text,
            0,
            Span::new(0, text.len()),
            &Entities::default(),
            &[],
            &mut i,
        )
        .features
    }

    #[test]
    fn stop_words_drop_and_inflections_share_a_term() {
        let mut i = Interner::default();
        let a = extract(
            "The ship reached the port",
            0,
            Span::new(0, 25),
            &Entities::default(),
            &[],
            &mut i,
        );
        let b = extract(
            "ships reaching ports",
            0,
            Span::new(0, 20),
            &Entities::default(),
            &[],
            &mut i,
        );
        let terms = |u: &Unit| u.features.iter().filter(|f| kind_of(**f) == TERM).count();
        assert_eq!(terms(&a), 3);
        assert_eq!(
            a.features
                .iter()
                .filter(|f| kind_of(**f) == TERM)
                .collect::<Vec<_>>(),
            b.features
                .iter()
                .filter(|f| kind_of(**f) == TERM)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn synonyms_add_shared_groups() {
        let a = feats("a power failure");
        let b = feats("the engines failed");
        let groups = |v: &[u32]| {
            v.iter()
                .filter(|f| kind_of(**f) == GROUP)
                .copied()
                .collect::<Vec<_>>()
        };
        assert!(groups(&a).iter().any(|g| groups(&b).contains(g)));
    }

    #[test]
    fn quoted_words_and_speaker_are_features() {
        let text = "He said “new heights” today.";
        let start = text.find('n').unwrap();
        let q = Quote {
            doc: 0,
            span: Span::new(start, start + "new heights".len()),
            speaker: Some("person:x".into()),
        };
        let mut i = Interner::default();
        let u = extract(
            text,
            0,
            Span::new(0, text.len()),
            &Entities::default(),
            &[&q],
            &mut i,
        );
        assert!(u.features.iter().any(|f| kind_of(*f) == QUOTED));
        assert!(u.features.iter().any(|f| kind_of(*f) == SPEAKER));
    }

    #[test]
    fn people_compare_by_given_name() {
        assert_eq!(person_key("person:dan-huot"), "person:dan");
        assert_eq!(person_key("person:dan-hutt"), "person:dan");
        assert_eq!(person_key("person:putin"), "person:putin");
        assert_eq!(person_key("odd"), "odd");
    }

    #[test]
    fn verbatim_repeats_share_a_key() {
        let mut i = Interner::default();
        let a = extract(
            "Talks  went WELL.",
            0,
            Span::new(0, 17),
            &Entities::default(),
            &[],
            &mut i,
        );
        let b = extract(
            "talks went well",
            1,
            Span::new(0, 15),
            &Entities::default(),
            &[],
            &mut i,
        );
        assert_eq!(a.key, b.key);
    }
}
