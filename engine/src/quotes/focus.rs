//! The discourse around quotes: who is in focus when a pronoun or a role
//! ("the governor") names the speaker, and which speaker a quote without a
//! frame of its own continues.

use super::doc::Doc;
use super::frames::Who;
use super::lexicon::{self as lx, Gender, Pronoun};
use crate::analysis::EntityType;
use rustc_hash::FxHashMap as HashMap;

/// A speaker as resolved: a mention's entity, or a speaker the text only
/// describes (`None`), which still ends the previous speaker's turn.
pub type Speaker = Option<usize>;

/// Something said or someone in focus, at a position, in reading order.
#[derive(Clone, Copy, Debug)]
pub struct Event {
    pub pos: usize,
    pub sent: usize,
    pub para: usize,
    pub speaker: Speaker,
    /// A speech act (a verb or a quote), not only a clause subject.
    pub speech: bool,
    /// A quote with its speaker.
    pub quote: bool,
}

/// How many events or roles a lookup visits going back: keeps it linear.
const LOOKBACK: usize = 64;

/// Persons introduced with a role ("Gov. Wes Moore"): (position, role, mention).
type Roles = Vec<(usize, &'static str, usize)>;

pub struct Focus<'d, 'a> {
    doc: &'d Doc<'a>,
    pub events: Vec<Event>,
    gender: HashMap<&'a str, Gender>,
    roles: Roles,
}

impl<'d, 'a> Focus<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        let mut gender: HashMap<&'a str, Gender> = HashMap::default();
        let mut roles = Vec::new();
        for (ix, m) in doc.ms.iter().enumerate() {
            if m.kind != EntityType::Person {
                continue;
            }
            // Up to three words before the name, inside its phrase.
            let fw = doc.word_from(m.span.start);
            for back in 1..=3 {
                let Some(k) = fw.checked_sub(back) else { break };
                let g = doc.between(
                    doc.words.get(k).map_or(0, |w| w.end),
                    doc.words.get(k + 1).map_or(0, |w| w.start),
                );
                if g.contains([',', ';', ':', '\n']) || g.contains(". ") && back > 1 {
                    break;
                }
                let w = doc.word(k);
                if let Some(gd) = lx::gender_cue(w) {
                    gender.entry(m.entity.as_str()).or_insert(gd);
                }
                if let Some(r) = lx::role(w) {
                    roles.push((m.span.start, r, ix));
                    break;
                }
            }
        }
        Focus {
            doc,
            events: Vec::new(),
            gender,
            roles,
        }
    }

    fn mention_gender(&self, ix: usize) -> Option<Gender> {
        let m = self.doc.ms.get(ix)?;
        self.gender.get(m.entity.as_str()).copied()
    }

    fn is_person(&self, ix: usize) -> bool {
        self.doc
            .ms
            .get(ix)
            .is_some_and(|m| m.kind == EntityType::Person)
    }

    /// Resolves a frame's speaker against what came before `pos`.
    pub fn resolve(&mut self, who: Who) -> Speaker {
        match who {
            Who::Named(ix) => Some(ix),
            Who::Described => None,
            Who::Role(r, pos) => self.role(r, pos),
            Who::Pronoun(p, pos) => self.pronoun(p, pos),
        }
    }

    /// "the governor": the person the text introduced with that role, the
    /// latest before, else (a headline) the first after.
    fn role(&self, r: &str, pos: usize) -> Speaker {
        let at = self.roles.partition_point(|(p, _, _)| *p < pos);
        let before = self
            .roles
            .get(..at)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|(_, role, _)| *role == r);
        let after = || {
            self.roles
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take(LOOKBACK)
                .find(|(_, role, _)| *role == r)
        };
        before.or_else(after).map(|(_, _, ix)| *ix)
    }

    /// "he said": the latest person in focus of that gender, within this
    /// paragraph and the two before; speakers and clause subjects make focus.
    fn pronoun(&mut self, p: Pronoun, pos: usize) -> Speaker {
        let want = match p {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            Pronoun::It => None,
            Pronoun::Other => return None,
        };
        let para = self.doc.para_ix(pos);
        let fits = |ix: usize| -> bool {
            if p == Pronoun::It {
                return self
                    .doc
                    .ms
                    .get(ix)
                    .is_some_and(|m| matches!(m.kind, EntityType::Org | EntityType::Gpe));
            }
            self.is_person(ix) && self.mention_gender(ix).is_none_or(|g| Some(g) == want)
        };
        let reach = if p == Pronoun::It { 0 } else { 2 };
        let found = self
            .events
            .iter()
            .rev()
            .skip_while(|e| e.pos >= pos)
            .take_while(|e| e.para + reach >= para)
            .take(LOOKBACK)
            .filter_map(|e| e.speaker)
            .find(|&ix| fits(ix));
        let found = found.or_else(|| {
            // No one in focus: the nearest fitting name in this paragraph or the one before.
            let lo = self
                .doc
                .para(para.saturating_sub(1))
                .start
                .max(pos.saturating_sub(super::doc::REACH));
            let hi = self.doc.ms.partition_point(|m| m.span.start < pos);
            (0..hi)
                .rev()
                .take_while(|&i| self.doc.ms.get(i).is_some_and(|m| m.span.start >= lo))
                .find(|&i| fits(i))
        });
        if let (Some(ix), Some(g)) = (found, want) {
            // The text has now shown this person's gender.
            if let Some(m) = self.doc.ms.get(ix) {
                self.gender.entry(m.entity.as_str()).or_insert(g);
            }
        }
        found
    }

    pub fn push(&mut self, pos: usize, speaker: Speaker, speech: bool, quote: bool) {
        self.events.push(Event {
            pos,
            sent: self.doc.sentence_ix(pos),
            para: self.doc.para_ix(pos),
            speaker,
            speech,
            quote,
        });
    }

    /// The speaker a quote without a frame of its own continues: the last
    /// speech act in its sentence; in its paragraph when the quote opens a
    /// sentence or the act was in the sentence before; in the paragraph
    /// before when the quote opens its paragraph.
    pub fn continued(&self, open: usize) -> Option<Speaker> {
        let para = self.doc.para_ix(open);
        let mut acts = self
            .events
            .iter()
            .rev()
            .skip_while(|e| e.pos >= open)
            .take_while(|e| e.para + 1 >= para)
            .take(LOOKBACK)
            .filter(|e| e.speech);
        let last = acts.next()?;
        // A quote's own frame outweighs another verb in its sentence
        // ("…,” X said as the crowd shouted).
        let ev = std::iter::once(last)
            .chain(acts.take_while(|e| e.sent == last.sent))
            .find(|e| e.quote)
            .unwrap_or(last);
        let doc = self.doc;
        let sent = doc.sentence_ix(open);
        if ev.sent == sent {
            return Some(ev.speaker);
        }
        let s = doc.sentence(sent);
        let opens_sentence = doc.between(s.start.min(open), open).trim().is_empty();
        if ev.para == para && (opens_sentence || ev.sent + 1 == sent) {
            return Some(ev.speaker);
        }
        let p = doc.para(para);
        let opens_para = doc.between(p.start.min(open), open).trim().is_empty();
        (opens_para && ev.para + 1 == para).then_some(ev.speaker)
    }
}
