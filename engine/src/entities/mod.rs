//! Entity detection, typing and linking (issue: entity engine).
//!
//! Per document: [`tokens`](crate::text::tokens) → [`numbers`]/[`dates`]
//! grammars claim values → [`detect`] finds and types names → corpus-wide
//! [`link`] gives every mention an entity id and builds the index.

pub mod cues;
pub mod dates;
pub mod detect;
mod display;
mod evidence;
mod extent;
mod front_coding;
pub mod gazetteer;
pub mod link;
pub mod numbers;
pub mod people_nouns;
mod variants;

use crate::analysis::{Entity, EntityType, Mention, Span};
use crate::corpus::Corpus;
use crate::text::tokens::{tokenize, Token};
use detect::Knowledge;
use link::{NameMention, ValueMention};

/// Mentions and the linked index for a corpus.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    /// Sorted by document, then start.
    pub mentions: Vec<Mention>,
    /// Sorted by id.
    pub index: Vec<Entity>,
}

impl Entities {
    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.index
            .binary_search_by(|e| e.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.index.get(i))
    }
    /// Mentions of one document inside `span` (e.g. a sentence), in order.
    pub fn in_span(&self, doc: usize, span: Span) -> impl Iterator<Item = &Mention> {
        let lo = self
            .mentions
            .partition_point(|m| (m.doc, m.span.start) < (doc, span.start));
        self.mentions
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |m| m.doc == doc && m.span.start < span.end)
            .filter(move |m| span.contains(m.span))
    }
}

fn parse_doc_date(d: Option<&str>) -> Option<(i32, u32, u32)> {
    let d = d?;
    let y = d.get(0..4)?.parse().ok()?;
    let m = d.get(5..7)?.parse().ok()?;
    let day = d.get(8..10)?.parse().ok()?;
    Some((y, m, day))
}

/// Finds, types and links entities in every document.
pub fn extract(corpus: &Corpus) -> Entities {
    let docs = &corpus.documents;
    let toks: Vec<Vec<Token>> = docs.iter().map(|d| tokenize(&d.text)).collect();
    let mut know = Knowledge::default();
    for (d, t) in docs.iter().zip(&toks) {
        know.add_vocab(&d.text, t);
    }

    // Values first: they claim tokens ("March", "First") before names do.
    let mut values = Vec::new();
    let mut taken: Vec<Vec<bool>> = Vec::with_capacity(docs.len());
    for (di, (d, t)) in docs.iter().zip(&toks).enumerate() {
        let lower = d.text.to_ascii_lowercase();
        let ctx = numbers::Ctx {
            text: &d.text,
            lower_text: &lower,
            toks: t,
            doc_date: parse_doc_date(d.meta.date.as_deref()),
        };
        let mut mask = vec![false; t.len()];
        for f in numbers::scan(&ctx) {
            let (Some(a), Some(b)) = (t.get(f.start), f.end.checked_sub(1).and_then(|e| t.get(e)))
            else {
                continue;
            };
            for m in mask.iter_mut().take(f.end).skip(f.start) {
                *m = true;
            }
            let span = Span::new(a.start, b.end);
            values.push(ValueMention {
                doc: di,
                span,
                kind: f.kind,
                id: f.id,
                surface: span.slice(&d.text).to_string(),
            });
        }
        taken.push(mask);
    }

    // Pass 1 learns which surfaces are names with strong evidence (used for
    // headlines and for consistency); pass 2 detects with that knowledge.
    let mut votes: Vec<(String, evidence::Votes)> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let found = detect::detect(&d.text, &toks[di], &taken[di], &know);
        votes.extend(found.votes);
        let raws = found.names;
        for r in raws.iter().filter(|r| r.strong && !r.local) {
            let s = r.span.slice(&d.text);
            know.known.entry(s.to_string()).or_insert(r.kind);
            if r.kind == EntityType::Person {
                let words: Vec<&str> = s.split(' ').collect();
                if words.len() >= 2 {
                    for w in [words.first(), words.last()].into_iter().flatten() {
                        if w.chars().count() > 1 {
                            know.known
                                .entry(w.to_string())
                                .or_insert(EntityType::Person);
                        }
                    }
                }
            }
        }
    }
    for (key, v) in votes {
        know.votes.entry(key).or_default().merge(&v);
    }
    know.settled = true;
    know.org_heads = know
        .known
        .iter()
        .filter(|(s, k)| **k == EntityType::Org && s.contains(' '))
        .filter_map(|(s, _)| s.split(' ').next())
        .map(String::from)
        .collect();
    let mut names = Vec::new();
    let mut defs = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let found = detect::detect(&d.text, &toks[di], &taken[di], &know);
        defs.extend(found.defs.into_iter().map(|x| (di, x)));
        names.extend(found.names.into_iter().map(|raw| NameMention {
            doc: di,
            surface: raw.span.slice(&d.text).to_string(),
            raw,
        }));
    }
    let (mentions, index) = link::link(names, &defs, values);
    Entities { mentions, index }
}
