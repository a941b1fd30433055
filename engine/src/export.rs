//! The JSON schema of `parallax analyze --json` (and of the app's download).
//! Offsets here are **char** offsets into each document's cleaned `text`;
//! inside the engine they are byte offsets.

use crate::analysis::{Analysis, Span};
use crate::corpus::Corpus;
use serde::Serialize;

/// Bumped when a field changes meaning or disappears (additions keep it).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Export<'a> {
    pub version: u32,
    pub documents: Vec<DocumentOut<'a>>,
    pub entities: Vec<MentionOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
    pub entity_index: Vec<EntityOut<'a>>,
    pub claims: Vec<ClaimOut<'a>>,
    /// Per document: claim units no other source reports.
    pub unique: Vec<UniqueOut<'a>>,
}

#[derive(Serialize)]
pub struct DocumentOut<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub url: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub words: usize,
    pub local: bool,
    pub text: &'a str,
    /// Passages this document carries twice.
    pub repeats: Vec<RepeatOut>,
}

#[derive(Serialize)]
pub struct RepeatOut {
    pub first: SpanOut,
    pub second: SpanOut,
    pub similarity: f32,
}

#[derive(Serialize)]
pub struct SpanOut {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct MentionOut<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub entity: &'a str,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub aliases: &'a [String],
    pub mentions: usize,
    pub docs: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct MemberOut<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct DivergentSpanOut<'a> {
    pub member: usize,
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct DivergenceOut<'a> {
    pub kind: &'static str,
    pub note: &'a str,
    pub spans: Vec<DivergentSpanOut<'a>>,
}

#[derive(Serialize)]
pub struct ClaimOut<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub members: Vec<MemberOut<'a>>,
    pub divergences: Vec<DivergenceOut<'a>>,
    pub coverage: usize,
    /// "same" (one event) or "theme" (a talking point recurring across events).
    pub strength: &'static str,
}

#[derive(Serialize)]
pub struct UniqueOut<'a> {
    pub doc: &'a str,
    pub units: Vec<MemberOut<'a>>,
}

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

/// Builds the export view of an analysis.
pub fn export<'a>(corpus: &'a Corpus, analysis: &'a Analysis) -> Export<'a> {
    let docs = &corpus.documents;
    let index: Vec<CharIndex> = docs.iter().map(|d| CharIndex::new(&d.text)).collect();
    let id = |doc: usize| docs.get(doc).map_or("", |d| d.id.as_str());
    let text = |doc: usize, s: Span| docs.get(doc).map_or("", |d| s.slice(&d.text));
    let chars = |doc: usize, s: Span| {
        index
            .get(doc)
            .map_or(SpanOut { start: 0, end: 0 }, |ix| SpanOut {
                start: ix.get(s.start),
                end: ix.get(s.end),
            })
    };
    let member = |doc: usize, span: Span| {
        let c = chars(doc, span);
        MemberOut {
            doc: id(doc),
            start: c.start,
            end: c.end,
            text: text(doc, span),
        }
    };
    Export {
        version: SCHEMA_VERSION,
        documents: docs
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
                        first: chars(i, r.first),
                        second: chars(i, r.second),
                        similarity: r.similarity,
                    })
                    .collect(),
            })
            .collect(),
        entities: analysis
            .mentions
            .iter()
            .map(|m| {
                let c = chars(m.doc, m.span);
                MentionOut {
                    doc: id(m.doc),
                    start: c.start,
                    end: c.end,
                    text: text(m.doc, m.span),
                    kind: m.kind.label(),
                    entity: &m.entity,
                }
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| {
                let c = chars(q.doc, q.span);
                QuoteOut {
                    doc: id(q.doc),
                    start: c.start,
                    end: c.end,
                    text: text(q.doc, q.span),
                    speaker: q.speaker.as_deref(),
                }
            })
            .collect(),
        entity_index: analysis
            .entity_index
            .iter()
            .map(|e| EntityOut {
                id: &e.id,
                name: &e.name,
                kind: e.kind.label(),
                aliases: &e.aliases,
                mentions: e.mentions,
                docs: e.docs.iter().map(|&d| id(d)).collect(),
            })
            .collect(),
        claims: analysis
            .claims
            .iter()
            .map(|c| ClaimOut {
                id: &c.id,
                label: &c.label,
                members: c.members.iter().map(|m| member(m.doc, m.span)).collect(),
                divergences: c
                    .divergences
                    .iter()
                    .map(|d| DivergenceOut {
                        kind: d.kind.label(),
                        note: &d.note,
                        spans: d
                            .spans
                            .iter()
                            .filter_map(|s| {
                                let doc = c.members.get(s.member)?.doc;
                                let m = member(doc, s.span);
                                Some(DivergentSpanOut {
                                    member: s.member,
                                    doc: m.doc,
                                    start: m.start,
                                    end: m.end,
                                    text: m.text,
                                })
                            })
                            .collect(),
                    })
                    .collect(),
                coverage: c.coverage,
                strength: match c.strength {
                    crate::analysis::LinkStrength::Same => "same",
                    crate::analysis::LinkStrength::Theme => "theme",
                },
            })
            .collect(),
        unique: analysis
            .unique
            .iter()
            .map(|u| UniqueOut {
                doc: id(u.doc),
                units: u.spans.iter().map(|&s| member(u.doc, s)).collect(),
            })
            .collect(),
    }
}

/// The analysis as pretty JSON: deterministic for one corpus, byte for byte.
pub fn to_json(corpus: &Corpus, analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&export(corpus, analysis))
        .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
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
