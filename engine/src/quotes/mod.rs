//! Quotations and who said them.
//!
//! [`marks`] pairs quotation marks (straight and curly, telling apostrophes
//! apart); [`terms`] drops quoted names and terms that nobody says ("the
//! “Super Heavy” booster", "dubbed “chopsticks”"); [`frames`] reads the
//! speech frames of a quote's sentence ("X said", "said X", "X, saying:",
//! "according to X", "…, X reported."); [`focus`] resolves pronouns and roles
//! against the people in focus and carries a speaker over to the quotes that
//! continue their turn. No speaker is guessed where the text names none.

mod doc;
mod focus;
mod frames;
pub(crate) mod lexicon;
mod marks;
mod terms;

use crate::analysis::{Mention, Quote};
use crate::corpus::Corpus;
use crate::entities::Entities;
use doc::Doc;
use focus::Focus;
use frames::{Frame, Who};
use lexicon::Verb;

pub use marks::find_quotes;

/// Finds quotations and attributes them where the text says who spoke.
pub fn extract(corpus: &Corpus, entities: &Entities) -> Vec<Quote> {
    let mut out = Vec::new();
    for (di, d) in corpus.documents.iter().enumerate() {
        let lo = entities.mentions.partition_point(|m| m.doc < di);
        let hi = entities.mentions.partition_point(|m| m.doc <= di);
        let ms = entities.mentions.get(lo..hi).unwrap_or(&[]);
        for (span, speaker) in attribute(&d.text, ms) {
            out.push(Quote {
                doc: di,
                span,
                speaker,
            });
        }
    }
    out
}

/// What reading order visits: a clause subject, a speech verb, a quote.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Item {
    Subject(usize),
    Verb(usize),
    Quote(usize),
}

/// Quotes of one document with their speakers' entity ids.
fn attribute(text: &str, ms: &[Mention]) -> Vec<(crate::analysis::Span, Option<String>)> {
    let all = find_quotes(text);
    let doc = Doc::new(text, ms, &all);
    let mut found = Vec::with_capacity(all.len());
    let mut prev_term = false;
    for (i, q) in all.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| all.get(p));
        prev_term = terms::is_term(&doc, q, prev, prev_term);
        if !prev_term {
            found.push(*q);
        }
    }
    let doc = Doc::new(text, ms, &found);

    // Reading order: each sentence's subject, every speech verb outside
    // quotes, every quote.
    let mut items: Vec<(usize, Item)> = Vec::new();
    for s in &doc.sents {
        items.push((s.start, Item::Subject(s.start)));
    }
    for (k, w) in doc.words.iter().enumerate() {
        let according = doc.word(k).eq_ignore_ascii_case("according") && doc.word(k + 1) == "to";
        if (according || doc.verb(k).is_some()) && !doc.in_quote(w.start) {
            items.push((w.start, Item::Verb(k)));
        }
    }
    for (i, q) in found.iter().enumerate() {
        items.push((q.outer.start, Item::Quote(i)));
    }
    items.sort_unstable();

    let mut focus = Focus::new(&doc);
    let mut out = Vec::with_capacity(found.len());
    for (pos, item) in items {
        match item {
            Item::Subject(start) => {
                let s = doc.sentence(doc.sentence_ix(start));
                let end = s.end.min(start + 300);
                if let Some(who) = doc.clause_subject(s.start, end) {
                    let sp = focus.resolve(who);
                    focus.push(pos, sp, false, false);
                }
            }
            Item::Verb(k) => {
                if let Some(who) = verb_subject(&doc, k) {
                    let sp = focus.resolve(who);
                    focus.push(pos, sp, true, false);
                }
            }
            Item::Quote(i) => {
                let Some(q) = found.get(i) else { continue };
                let prev_end = i
                    .checked_sub(1)
                    .and_then(|p| found.get(p))
                    .map_or(0, |p| p.outer.end);
                let next_start = found.get(i + 1).map_or(text.len(), |n| n.outer.start);
                let speaker = match frame(&doc, q, prev_end, next_start) {
                    Some(f) => {
                        let sp = focus.resolve(f.who);
                        focus.push(pos, sp, true, true);
                        sp
                    }
                    None => match focus.continued(q.outer.start) {
                        Some(sp) => {
                            focus.push(pos, sp, true, true);
                            sp
                        }
                        None => None,
                    },
                };
                let framed = focus.events.last().is_some_and(|e| e.pos == pos && e.quote);
                if !framed && terms::is_unspoken(&doc, q) {
                    continue;
                }
                out.push((
                    q.inner,
                    speaker.and_then(|ix| ms.get(ix)).map(|m| m.entity.clone()),
                ));
            }
        }
    }
    out
}

/// The subject of a speech verb outside quotes, as a speech act.
fn verb_subject(doc: &Doc, k: usize) -> Option<Who> {
    let w = doc.words.get(k)?;
    let s = doc.sentence(doc.sentence_ix(w.start));
    if doc.word(k).eq_ignore_ascii_case("according") {
        return doc.according_in(doc.sentence_ix(w.start)).map(|f| f.who);
    }
    let lo = s.start.max(w.start.saturating_sub(300));
    match doc.verb(k)? {
        Verb::Participle => doc.clause_subject(lo, w.start),
        _ => doc
            .subject_before(k, lo)
            .or_else(|| doc.clause_subject(lo, w.start)),
    }
}

/// The frame of a quote's own sentence, strongest first: a reporting verb
/// after or before it, an "according to" source, a communication verb, a
/// sentence-final ", X said".
fn frame(doc: &Doc, q: &marks::Found, prev_end: usize, next_start: usize) -> Option<Frame> {
    let after = doc.after(q.outer, q.inner.start, next_start);
    if after.is_some() {
        return after;
    }
    let before = doc.before(q.outer.start, prev_end);
    if let Some(f) = before.filter(|f| f.verb != Verb::Communication) {
        return Some(f);
    }
    let si = doc.sentence_ix(q.outer.start);
    let sent = doc.sentence(si);
    if let Some(f) = doc.according_in(si) {
        return Some(f);
    }
    if before.is_some() {
        return before;
    }
    // ", X said." closes the sentence after the quote, within reach.
    let rest = crate::analysis::Span::new(q.outer.end, sent.end);

    (rest.len() <= doc::REACH)
        .then(|| doc.sentence_final(rest))
        .flatten()
        .filter(|f| f.at > q.outer.end)
}
