//! The JSON schema of `parallax analyze --json` (and of the app's download).
//! Offsets here are **char** offsets into each document's cleaned `text`;
//! inside the engine they are byte offsets.

use crate::analysis::{Analysis, LinkStrength, Span};
use crate::corpus::Corpus;
use crate::json::Writer;

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

/// The analysis as pretty JSON (the schema in the README): deterministic
/// for one corpus, byte for byte.
pub fn to_json(corpus: &Corpus, analysis: &Analysis) -> String {
    let docs = &corpus.documents;
    let index: Vec<CharIndex> = docs.iter().map(|d| CharIndex::new(&d.text)).collect();
    let id = |doc: usize| docs.get(doc).map_or("", |d| d.id.as_str());
    let chars = |doc: usize, s: Span| {
        index
            .get(doc)
            .map_or((0, 0), |ix| (ix.get(s.start), ix.get(s.end)))
    };
    // `"doc", "start", "end", "text"` of a span: the fields every located item has.
    let located = |w: &mut Writer, doc: usize, span: Span| {
        let (start, end) = chars(doc, span);
        let text = docs.get(doc).map_or("", |d| span.slice(&d.text));
        w.field_str("doc", id(doc))
            .field_uint("start", start)
            .field_uint("end", end)
            .field_str("text", text);
    };
    let span = |w: &mut Writer, key: &str, doc: usize, s: Span| {
        let (start, end) = chars(doc, s);
        w.key(key)
            .open_object()
            .field_uint("start", start)
            .field_uint("end", end)
            .close_object();
    };

    let mut w = Writer::new();
    w.open_object()
        .field_uint("version", SCHEMA_VERSION as usize);

    w.key("documents").open_array();
    for (i, d) in docs.iter().enumerate() {
        w.open_object()
            .field_str("id", &d.id)
            .field_str("title", &d.meta.title)
            .field_opt_str("outlet", d.meta.outlet.as_deref())
            .field_opt_str("date", d.meta.date.as_deref())
            .field_opt_str("url", d.meta.url.as_deref())
            .field_opt_str("lang", d.meta.lang.as_deref())
            .field_uint("words", d.word_count());
        w.key("local").bool(d.local);
        w.field_str("text", &d.text);
        // Passages this document carries twice.
        w.key("repeats").open_array();
        for r in &d.repeats {
            w.open_object();
            span(&mut w, "first", i, r.first);
            span(&mut w, "second", i, r.second);
            w.key("similarity").float(r.similarity);
            w.close_object();
        }
        w.close_array().close_object();
    }
    w.close_array();

    w.key("entities").open_array();
    for m in &analysis.mentions {
        w.open_object();
        located(&mut w, m.doc, m.span);
        w.field_str("type", m.kind.label())
            .field_str("entity", &m.entity)
            .close_object();
    }
    w.close_array();

    w.key("quotes").open_array();
    for q in &analysis.quotes {
        w.open_object();
        located(&mut w, q.doc, q.span);
        w.field_opt_str("speaker", q.speaker.as_deref())
            .close_object();
    }
    w.close_array();

    w.key("entity_index").open_array();
    for e in &analysis.entity_index {
        w.open_object()
            .field_str("id", &e.id)
            .field_str("name", &e.name)
            .field_str("type", e.kind.label());
        w.key("aliases").open_array();
        for a in &e.aliases {
            w.str(a);
        }
        w.close_array().field_uint("mentions", e.mentions);
        w.key("docs").open_array();
        for &d in &e.docs {
            w.str(id(d));
        }
        w.close_array().close_object();
    }
    w.close_array();

    w.key("claims").open_array();
    for c in &analysis.claims {
        w.open_object()
            .field_str("id", &c.id)
            .field_str("label", &c.label);
        w.key("members").open_array();
        for m in &c.members {
            w.open_object();
            located(&mut w, m.doc, m.span);
            w.close_object();
        }
        w.close_array();
        w.key("divergences").open_array();
        for d in &c.divergences {
            w.open_object()
                .field_str("kind", d.kind.label())
                .field_str("note", &d.note);
            w.key("spans").open_array();
            for s in &d.spans {
                let Some(member) = c.members.get(s.member) else {
                    continue;
                };
                w.open_object().field_uint("member", s.member);
                located(&mut w, member.doc, s.span);
                w.close_object();
            }
            w.close_array().close_object();
        }
        w.close_array().field_uint("coverage", c.coverage);
        // "same" (one event) or "theme" (a talking point recurring across events).
        let strength = match c.strength {
            LinkStrength::Same => "same",
            LinkStrength::Theme => "theme",
        };
        w.field_str("strength", strength).close_object();
    }
    w.close_array();

    // Per document: claim units no other source reports.
    w.key("unique").open_array();
    for u in &analysis.unique {
        w.open_object().field_str("doc", id(u.doc));
        w.key("units").open_array();
        for &s in &u.spans {
            w.open_object();
            located(&mut w, u.doc, s);
            w.close_object();
        }
        w.close_array().close_object();
    }
    w.close_array();

    w.close_object();
    w.finish()
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
