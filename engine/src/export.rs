//! The JSON schema of `parallax analyze --json` (and of the app's download).
//! Offsets here are **char** offsets into each document's cleaned `text`;
//! inside the engine they are byte offsets.

use crate::analysis::{Analysis, DivergenceKind, EntityType, LinkStrength, Span};
use crate::corpus::{Corpus, DateKind, TitleKind};
use serde::{Serialize, Serializer};

/// Bumped when a field changes meaning or disappears (additions keep it).
pub const SCHEMA_VERSION: u32 = 1;

/// Byte → char offsets for one text.
struct CharIndex {
    /// Char index of every byte offset (len + 1 entries).
    at: Vec<u32>,
}

impl CharIndex {
    fn new(text: &str) -> Self {
        let mut at = Vec::with_capacity(text.len() + 1);
        for (ci, ch) in text.chars().enumerate() {
            for _ in 0..ch.len_utf8() {
                at.push(ci as u32);
            }
        }
        at.push(text.chars().count() as u32);
        CharIndex { at }
    }
    fn get(&self, byte: usize) -> usize {
        self.at
            .get(byte)
            .copied()
            .unwrap_or(*self.at.last().unwrap_or(&0)) as usize
    }
}

// The schema, field by field, in the order it is printed. Field order is
// part of the contract: consumers diff exports byte for byte.

#[derive(Serialize)]
struct Export<'a> {
    version: u32,
    documents: Vec<DocumentOut<'a>>,
    entities: Vec<MentionOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    entity_index: Vec<EntityOut<'a>>,
    claims: Vec<ClaimOut<'a>>,
    /// Per document: claim units no other source reports.
    unique: Vec<UniqueOut<'a>>,
    /// The stories the corpus reports, in date order (undated last).
    events: Vec<EventOut<'a>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    lang: Option<&'a str>,
    words: usize,
    local: bool,
    text: &'a str,
    /// Passages this document carries twice.
    repeats: Vec<RepeatOut>,
    /// Where the title comes from: "front-matter", "headline", "lead" (no
    /// headline in the text: the lead's first sentence) or "file-name".
    title_kind: TitleKind,
    /// The wire agency whose copy this is, when the text shows one other
    /// than the outlet ("AP" for "AP via …").
    wire: Option<&'a str>,
    /// How the date was found: "front-matter", "stated", "caption",
    /// "weekday" or "corpus-year"; null with no date.
    date_kind: Option<DateKind>,
    /// Id of the event (in `events`) this document reports.
    event: Option<&'a str>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: &'a str,
    label: &'a str,
    /// ISO days of its earliest and latest dated document; null when none is dated.
    start: Option<&'a str>,
    end: Option<&'a str>,
    /// Document ids, in corpus order.
    documents: Vec<&'a str>,
}

#[derive(Serialize)]
struct CharSpan {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct RepeatOut {
    first: CharSpan,
    second: CharSpan,
    #[serde(serialize_with = "four_decimals")]
    similarity: f32,
}

/// `"doc", "start", "end", "text"`: the fields every located item starts with.
#[derive(Serialize)]
struct Located<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    #[serde(flatten)]
    at: Located<'a>,
    #[serde(rename = "type")]
    kind: EntityType,
    entity: &'a str,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    #[serde(flatten)]
    at: Located<'a>,
    speaker: Option<&'a str>,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    kind: EntityType,
    aliases: &'a [String],
    mentions: usize,
    docs: Vec<&'a str>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    id: &'a str,
    label: &'a str,
    members: Vec<Located<'a>>,
    divergences: Vec<DivergenceOut<'a>>,
    coverage: usize,
    /// "same" (one event) or "theme" (a talking point recurring across events).
    strength: LinkStrength,
}

#[derive(Serialize)]
struct DivergenceOut<'a> {
    kind: DivergenceKind,
    note: &'a str,
    spans: Vec<MemberSpanOut<'a>>,
}

#[derive(Serialize)]
struct MemberSpanOut<'a> {
    member: usize,
    #[serde(flatten)]
    at: Located<'a>,
}

#[derive(Serialize)]
struct UniqueOut<'a> {
    doc: &'a str,
    units: Vec<Located<'a>>,
}

/// A ratio to at most four decimals: enough to compare, short to diff.
fn four_decimals<S: Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*x) * 10_000.0).round() / 10_000.0)
}

/// Resolves byte spans of the corpus's documents to the export's char spans.
struct Locator<'a> {
    corpus: &'a Corpus,
    index: Vec<CharIndex>,
}

impl<'a> Locator<'a> {
    fn new(corpus: &'a Corpus) -> Self {
        let index = corpus
            .documents
            .iter()
            .map(|d| CharIndex::new(&d.text))
            .collect();
        Locator { corpus, index }
    }
    fn id(&self, doc: usize) -> &'a str {
        self.corpus.documents.get(doc).map_or("", |d| d.id.as_str())
    }
    fn chars(&self, doc: usize, s: Span) -> CharSpan {
        let (start, end) = self
            .index
            .get(doc)
            .map_or((0, 0), |ix| (ix.get(s.start), ix.get(s.end)));
        CharSpan { start, end }
    }
    fn located(&self, doc: usize, span: Span) -> Located<'a> {
        let CharSpan { start, end } = self.chars(doc, span);
        let text = self
            .corpus
            .documents
            .get(doc)
            .map_or("", |d| span.slice(&d.text));
        Located {
            doc: self.id(doc),
            start,
            end,
            text,
        }
    }
}

/// The analysis as pretty JSON (the schema in the README): deterministic
/// for one corpus, byte for byte.
pub fn to_json(corpus: &Corpus, analysis: &Analysis) -> String {
    let at = Locator::new(corpus);
    let documents = corpus
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| DocumentOut {
            id: &d.id,
            title: &d.meta.title,
            outlet: d.meta.outlet.as_deref(),
            date: d.meta.date.as_deref(),
            url: d.meta.url.as_deref(),
            lang: d.meta.lang.as_deref(),
            words: d.word_count(),
            local: d.local,
            text: &d.text,
            repeats: d
                .repeats
                .iter()
                .map(|r| RepeatOut {
                    first: at.chars(i, r.first),
                    second: at.chars(i, r.second),
                    similarity: r.similarity,
                })
                .collect(),
            title_kind: d.meta.title_kind,
            wire: d.meta.wire.as_deref(),
            date_kind: d.meta.date_kind,
            event: analysis
                .event_of(i)
                .and_then(|e| analysis.events.get(e))
                .map(|e| e.id.as_str()),
        })
        .collect();
    let entities = analysis
        .mentions
        .iter()
        .map(|m| MentionOut {
            at: at.located(m.doc, m.span),
            kind: m.kind,
            entity: &m.entity,
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .map(|q| QuoteOut {
            at: at.located(q.doc, q.span),
            speaker: q.speaker.as_deref(),
        })
        .collect();
    let entity_index = analysis
        .entity_index
        .iter()
        .map(|e| EntityOut {
            id: &e.id,
            name: &e.name,
            kind: e.kind,
            aliases: &e.aliases,
            mentions: e.mentions,
            docs: e.docs.iter().map(|&d| at.id(d)).collect(),
        })
        .collect();
    let claims = analysis
        .claims
        .iter()
        .map(|c| ClaimOut {
            id: &c.id,
            label: &c.label,
            members: c
                .members
                .iter()
                .map(|m| at.located(m.doc, m.span))
                .collect(),
            divergences: c
                .divergences
                .iter()
                .map(|d| DivergenceOut {
                    kind: d.kind,
                    note: &d.note,
                    spans: d
                        .spans
                        .iter()
                        .filter_map(|s| {
                            let member = c.members.get(s.member)?;
                            Some(MemberSpanOut {
                                member: s.member,
                                at: at.located(member.doc, s.span),
                            })
                        })
                        .collect(),
                })
                .collect(),
            coverage: c.coverage,
            strength: c.strength,
        })
        .collect();
    let unique = analysis
        .unique
        .iter()
        .map(|u| UniqueOut {
            doc: at.id(u.doc),
            units: u.spans.iter().map(|&s| at.located(u.doc, s)).collect(),
        })
        .collect();
    let events = analysis
        .events
        .iter()
        .map(|e| EventOut {
            id: &e.id,
            label: &e.label,
            start: e.start.as_deref(),
            end: e.end.as_deref(),
            documents: e.documents.iter().map(|&d| at.id(d)).collect(),
        })
        .collect();
    let export = Export {
        version: SCHEMA_VERSION,
        documents,
        entities,
        quotes,
        entity_index,
        claims,
        unique,
        events,
    };
    // Serialising plain structs of strings and numbers into a String cannot fail.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{EntityType, Mention};

    #[test]
    fn offsets_are_chars_and_text_matches() {
        let corpus = Corpus::from_files(&[("a.txt", "“Héllo” 🌍 Paris is here.")]).unwrap();
        let text = &corpus.documents[0].text;
        let start = text.find("Paris").unwrap();
        let analysis = Analysis {
            mentions: vec![Mention {
                doc: 0,
                span: Span::new(start, start + 5),
                kind: EntityType::Gpe,
                entity: "gpe:paris".into(),
            }],
            ..Default::default()
        };
        let v: serde_json::Value = serde_json::from_str(&to_json(&corpus, &analysis)).unwrap();
        let m = &v["entities"][0];
        assert_eq!(m["text"], "Paris");
        assert_eq!(m["type"], "GPE");
        let s = m["start"].as_u64().unwrap() as usize;
        let chars: String = text.chars().skip(s).take(5).collect();
        assert_eq!(chars, "Paris");
        assert_eq!(s, 10);
        assert_eq!(v["documents"][0]["id"], "a");
        assert_eq!(v["claims"], serde_json::json!([]));
    }
}
