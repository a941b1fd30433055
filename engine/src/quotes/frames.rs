//! Speech frames inside one sentence: who a verb, "according to" or a
//! sentence-final ", X said" names as the speaker. A frame returns a [`Who`]
//! that [`super::focus`] resolves (pronouns, roles) against the discourse.

use super::doc::{can_speak, Doc, REACH};
use super::lexicon::{self as lx, Pronoun, Verb};
use crate::analysis::{EntityType, Span};
use crate::entities::cues;

/// Whom a frame names as the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// A mention (index into the document's mentions).
    Named(usize),
    /// A pronoun at a byte offset, resolved by focus.
    Pronoun(Pronoun, usize),
    /// "the governor", "Gov.": a role, resolved to the person who holds it in the text.
    Role(&'static str, usize),
    /// A speaker the text describes but does not name ("a witness", "officials").
    Described,
}

/// A frame: the speaker and how strongly the verb ties the words to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub who: Who,
    pub verb: Verb,
    /// Byte offset of the verb (or "according").
    pub at: usize,
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Punctuation in a gap that closes a noun phrase.
fn breaks(gap: &str) -> bool {
    gap.contains([',', ';', ':', '!', '?', '—', '–', '(', ')', '"', '“', '”'])
        || gap.contains(". ")
        || gap.ends_with('.')
}

impl Doc<'_> {
    fn gap(&self, a: usize, b: usize) -> &str {
        let (Some(x), Some(y)) = (self.words.get(a), self.words.get(b)) else {
            return "";
        };
        self.between(x.end, y.start)
    }

    /// A period after a title abbreviation or an initial does not close the phrase.
    fn soft_gap(&self, a: usize, b: usize) -> bool {
        let g = self.gap(a, b);
        if g.trim() == "." {
            let w = self.word(a);
            return lx::role(w).is_some() || cues::is_title(w) || w.chars().count() == 1;
        }
        !breaks(g)
    }

    /// Whether the name starting at word `i` sits in a prepositional phrase
    /// ("with President Vladimir Putin", "the governor of Maryland").
    fn in_pp(&self, i: usize, lo: usize) -> bool {
        let mut j = i;
        while j > 0 {
            let k = j - 1;
            let Some(w) = self.words.get(k) else { break };
            if w.start < lo || breaks(self.gap(k, j)) && self.gap(k, j).trim() != "." {
                return false;
            }
            let t = self.word(k);
            let of_chain = t == "of" && k > 0 && is_cap(self.word(k - 1));
            if is_cap(t)
                || lx::is_determiner(t)
                || cues::is_title(t)
                || t.chars().all(|c| c.is_ascii_digit())
                || of_chain
            {
                j = k;
                continue;
            }
            return lx::is_preposition(t);
        }
        false
    }

    fn first_word_of(&self, m: usize) -> usize {
        self.ms
            .get(m)
            .map_or(usize::MAX, |x| self.word_from(x.span.start))
    }

    /// A person named right after an organisation in one phrase: "SpaceX's
    /// Kate Tice", "U.S. Coast Guard Rear Admiral Shannon Gilreath".
    fn person_after(&self, m: usize, hi: usize, comma: bool) -> Option<usize> {
        let mm = self.ms.get(m)?;
        let mut k = self.word_from(mm.span.end);
        let mut commas = 0;
        let mut prev = k.checked_sub(1)?;
        for _ in 0..8 {
            let w = self.words.get(k)?;
            if w.end > hi {
                return None;
            }
            let g = self.gap(prev, k);
            if g.contains(',') {
                commas += 1;
            }
            if commas > usize::from(comma)
                || (breaks(g) && !g.trim().starts_with(',') && !self.soft_gap(prev, k))
            {
                return None;
            }
            if let Some((ix, p)) = self.mention_at(k) {
                if p.kind == EntityType::Person {
                    return Some(ix);
                }
                k = self.word_from(p.span.end);
                prev = k.checked_sub(1)?;
                continue;
            }
            let t = self.word(k);
            if !(is_cap(t) || cues::is_title(t) || lx::is_determiner(t) || t == "s") {
                return None;
            }
            prev = k;
            k += 1;
        }
        None
    }

    /// "the Shipping company Acme Lines": a name after a descriptor noun
    /// is the one the phrase is about.
    fn described_after(&self, m: usize, hi: usize) -> Option<usize> {
        let mm = self.ms.get(m)?;
        let k = self.word_from(mm.span.end);
        let w = self.words.get(k)?;
        if w.end > hi || breaks(self.between(mm.span.end, w.start)) {
            return None;
        }
        if !lx::is_org_descriptor(self.word(k)) {
            return None;
        }
        let (ix, n) = self.mention_at(k + 1)?;
        let gap_ok = !breaks(self.gap(k, k + 1));
        (gap_ok && matches!(n.kind, EntityType::Org | EntityType::Person)).then_some(ix)
    }

    /// The speaker a candidate mention stands for, or None if it cannot be one.
    fn speaker_mention(&self, ix: usize, lo: usize, hi: usize) -> Option<Who> {
        let m = self.ms.get(ix)?;
        if !can_speak(m.kind) {
            return None;
        }
        if m.kind != EntityType::Person {
            if let Some(p) = self
                .person_after(ix, hi, true)
                .or_else(|| self.described_after(ix, hi))
            {
                return Some(Who::Named(p));
            }
            if m.kind == EntityType::Norp || self.is_possessive(m) {
                return None;
            }
        } else if self.is_possessive(m) {
            return None;
        }
        if self.in_pp(self.first_word_of(ix), lo) {
            return None;
        }
        Some(Who::Named(ix))
    }

    /// The subject of a clause: its first name or pronoun that is not in a
    /// prepositional phrase or a possessive ("Referring to the war, Wang said").
    pub fn clause_subject(&self, lo: usize, hi: usize) -> Option<Who> {
        let r = self.words_in(lo, hi);
        let mut k = r.start;
        while k < r.end {
            let Some(w) = self.words.get(k).copied() else {
                break;
            };
            if self.in_quote(w.start) {
                k += 1;
                continue;
            }
            if let Some(p) = lx::pronoun(self.word(k)) {
                return Some(Who::Pronoun(p, w.start));
            }
            if let Some((ix, m)) = self.mention_at(k) {
                if let Some(who) = self.speaker_mention(ix, lo, hi) {
                    return Some(who);
                }
                k = self.word_from(m.span.end).max(k + 1);
                continue;
            }
            k += 1;
        }
        None
    }

    /// The subject of a verb preceded by comma-separated phrases: the first
    /// phrase, past introductory ones ("In a statement,"), that holds a name;
    /// in it the last person ("SpaceX President and COO Gwynne Shotwell"),
    /// else its first organisation.
    pub fn segment_subject(&self, lo: usize, hi: usize) -> Option<Who> {
        let body = self.between(lo, hi);
        let mut start = lo;
        for (ix, piece) in body.split(',').enumerate().take(6) {
            let seg = Span::new(start, start + piece.len());
            start = seg.end + 1;
            let r = self.words_in(seg.start, seg.end);
            let Some(first) = r.clone().next() else {
                continue;
            };
            let fw = self.word(first);
            if let Some(p) = lx::pronoun(fw) {
                return Some(Who::Pronoun(p, self.words.get(first)?.start));
            }
            if ix > 0 || lx::is_preposition(fw) || fw.ends_with("ing") {
                // Introductory phrases and clauses hold no subject…
                if lx::is_preposition(fw) || fw.ends_with("ing") || fw == "who" || fw == "which" {
                    continue;
                }
            }
            let mut person = None;
            let mut other = None;
            let mut k = r.start;
            while k < r.end {
                let Some((mi, m)) = self.mention_at(k) else {
                    k += 1;
                    continue;
                };
                if can_speak(m.kind)
                    && m.kind != EntityType::Norp
                    && !self.is_possessive(m)
                    && !self.in_pp(k, seg.start)
                {
                    if m.kind == EntityType::Person {
                        person = Some(mi);
                    } else if other.is_none() {
                        other = Some(mi);
                    }
                }
                k = self.word_from(m.span.end).max(k + 1);
            }
            if let (None, Some(o)) = (person, other) {
                // "Russia's UN ambassador, Vassily Nebenzya, said": the
                // organisation qualifies the person named next.
                if let Some(p) = self.person_after(o, hi, true) {
                    return Some(Who::Named(p));
                }
            }
            if let Some(ix) = person.or(other) {
                return Some(Who::Named(ix));
            }
        }
        None
    }

    /// The subject right before verb word `vi`, skipping auxiliaries, adverbs,
    /// appositives between commas and circumstances ("in a statement").
    pub fn subject_before(&self, vi: usize, lo: usize) -> Option<Who> {
        let mut j = vi;
        loop {
            j = j.checked_sub(1)?;
            let w = *self.words.get(j)?;
            if w.start < lo || self.in_quote(w.start) {
                return None;
            }
            let t = self.word(j);
            let gap = self.gap(j, j + 1);
            if gap.contains(',') {
                // "Kate Tice, SpaceX's manager, said": past the appositives.
                return self.segment_subject(lo, w.end);
            }
            if lx::is_verb_filler(t) {
                continue;
            }
            if matches!(t, "and" | "but" | "or") {
                return self.clause_subject(lo, w.start);
            }
            if let Some(p) = lx::pronoun(t) {
                return Some(Who::Pronoun(p, w.start));
            }
            if let Some((ix, m)) = self.mention_at(j) {
                if matches!(m.kind, EntityType::Date | EntityType::Time) {
                    return self.clause_subject(lo, w.start);
                }
                if can_speak(m.kind) {
                    if m.kind == EntityType::Person || !self.in_pp(self.first_word_of(ix), lo) {
                        return Some(Who::Named(ix));
                    }
                    // "the governor of Maryland said": the head is before "of".
                    let head = self.first_word_of(ix);
                    let mut h = head;
                    while h > 0
                        && self.words.get(h - 1).is_some_and(|x| x.start >= lo)
                        && !lx::is_preposition(self.word(h - 1))
                    {
                        h -= 1;
                    }
                    return match h.checked_sub(2) {
                        Some(k) if k + 1 < head => self.head_noun(k, lo),
                        _ => Some(Who::Described),
                    };
                }
                return Some(Who::Described);
            }
            return self.head_noun(j, lo);
        }
    }

    /// A common noun heading a subject: a role, an organisation's voice, a
    /// description, or a circumstance to look past.
    fn head_noun(&self, j: usize, lo: usize) -> Option<Who> {
        let t = self.word(j);
        let w = *self.words.get(j)?;
        let prev = j.checked_sub(1).filter(|p| {
            self.words.get(*p).is_some_and(|x| x.start >= lo) && !breaks(self.gap(*p, j))
        });
        let prev_word = prev.map_or("", |p| self.word(p));
        if lx::is_voice_noun(t) {
            // "Fed officials said", "a SpaceX spokesman said", "the ministry's statement said"
            let org = prev
                .and_then(|p| self.mention_at(p))
                .filter(|(_, m)| matches!(m.kind, EntityType::Org | EntityType::Gpe));
            if let Some((ix, _)) = org {
                return Some(Who::Named(ix));
            }
            if let Some(ix) = prev
                .map(|p| self.word(p))
                .filter(|w| is_cap(w))
                .and_then(|w| self.known_surface(w))
            {
                return Some(Who::Named(ix));
            }
            if prev.is_some_and(|p| p > 0 && lx::is_preposition(self.word(p - 1)))
                || lx::is_preposition(prev_word)
            {
                return self.clause_subject(lo, w.start);
            }
        }
        if let Some(r) = lx::role(t) {
            if prev_word.eq_ignore_ascii_case("the") || (is_cap(t) && !lx::is_determiner(prev_word))
            {
                return Some(Who::Role(r, w.start));
            }
            return Some(Who::Described);
        }
        if lx::is_circumstance_noun(t) || is_cap(t) || t.chars().all(|c| c.is_ascii_digit()) {
            return self.clause_subject(lo, w.start);
        }
        Some(Who::Described)
    }

    /// The speaker named after a verb ("said Gov. Moore", "added SpaceX's Kate
    /// Tice from Hawthorne"): a person in the phrase first, else an organisation.
    pub fn object_after(&self, vi: usize, hi: usize) -> Option<Who> {
        let mut first_org = None;
        let mut person = None;
        let mut role = None;
        let mut k = vi + 1;
        let mut prev = vi;
        let mut seen = 0;
        while seen < 10 {
            let Some(w) = self.words.get(k).copied() else {
                break;
            };
            if w.end > hi || (!self.soft_gap(prev, k) && k > vi + 1) {
                break;
            }
            if k == vi + 1 && breaks(self.gap(prev, k)) {
                return None;
            }
            let t = self.word(k);
            if k == vi + 1 {
                if let Some(p) = lx::pronoun(t) {
                    return Some(Who::Pronoun(p, w.start));
                }
            }
            if lx::is_preposition(t) || matches!(t, "who" | "that" | "and") {
                break;
            }
            if let Some((ix, m)) = self.mention_at(k) {
                // "SpaceX's Kate Tice": a possessive only modifies the name.
                if m.kind == EntityType::Person && !self.is_possessive(m) {
                    person = Some(ix);
                }
                if matches!(m.kind, EntityType::Org | EntityType::Gpe)
                    && !self.is_possessive(m)
                    && first_org.is_none()
                {
                    first_org = Some(ix);
                }
                let next = self.word_from(m.span.end).max(k + 1);
                prev = next - 1;
                k = next;
                seen += 1;
                continue;
            }
            if role.is_none() {
                if let Some(r) = lx::role(t) {
                    role = Some(Who::Role(r, w.start));
                }
            }
            prev = k;
            k += 1;
            seen += 1;
        }
        if let Some(ix) = person.or(first_org) {
            return Some(Who::Named(ix));
        }
        if seen == 0 {
            return None;
        }
        // "said the governor": a role; "said a witness": described.
        let first = self.word(vi + 1);
        match role {
            Some(r) if first.eq_ignore_ascii_case("the") || is_cap(first) => Some(r),
            _ => Some(Who::Described),
        }
    }

    /// "according to X": the source named after it, looking through "a
    /// statement from" ("according to a readout from the Kremlin").
    fn according(&self, ai: usize, hi: usize) -> Option<Who> {
        let mut k = ai + 2;
        let mut prev = ai + 1;
        for _ in 0..10 {
            let Some(w) = self.words.get(k).copied() else {
                break;
            };
            if w.end > hi || (!self.soft_gap(prev, k)) {
                break;
            }
            if let Some((ix, m)) = self.mention_at(k) {
                if m.kind == EntityType::Person {
                    return Some(Who::Named(ix));
                }
                if matches!(m.kind, EntityType::Org | EntityType::Gpe) {
                    return Some(
                        self.person_after(ix, hi, false)
                            .map_or(Who::Named(ix), Who::Named),
                    );
                }
                let next = self.word_from(m.span.end).max(k + 1);
                prev = next - 1;
                k = next;
                continue;
            }
            prev = k;
            k += 1;
        }
        Some(Who::Described)
    }

    /// The "according to" source of sentence `si`, if it has one.
    pub fn according_in(&self, si: usize) -> Option<Frame> {
        let k = self.cues.get(si)?.1?;
        let w = self.words.get(k)?;
        let sent = self.sentence(si);
        let who = self.according(k, sent.end.min(w.end + REACH))?;
        Some(Frame {
            who,
            verb: Verb::Reporting,
            at: w.start,
        })
    }

    /// The frame before a quote opening at `open`: the speech verb nearest to
    /// it in its sentence and that verb's subject.
    pub fn before(&self, open: usize, prev_end: usize) -> Option<Frame> {
        let sent = self.sentence(self.sentence_ix(open));
        let lo = sent
            .start
            .max(prev_end)
            .max(open.saturating_sub(REACH))
            .min(open);
        let r = self.words_in(lo, open);
        for vi in r.clone().rev() {
            let w = *self.words.get(vi)?;
            if self.in_quote(w.start) {
                continue;
            }
            let t = self.word(vi);
            if t.eq_ignore_ascii_case("according") && self.word(vi + 1) == "to" {
                let who = self.according(vi, open)?;
                return Some(Frame {
                    who,
                    verb: Verb::Reporting,
                    at: w.start,
                });
            }
            let Some(verb) = self.verb(vi) else { continue };
            let who = if verb == Verb::Participle {
                self.clause_subject(lo, w.start)
            } else if vi > 0
                && self.words.get(vi - 1).is_some_and(|p| p.start >= lo)
                && lx::is_be(self.word(vi - 1))
            {
                // Passive: "was described as": the agent only after "by".
                let by = (vi + 1..r.end).find(|&k| self.word(k) == "by");
                by.and_then(|b| self.object_after(b, open))
                    .or(Some(Who::Described))
            } else {
                self.subject_before(vi, lo)
                    .or_else(|| self.clause_subject(lo, w.start))
            };
            let who = who?;
            return Some(Frame {
                who,
                verb,
                at: w.start,
            });
        }
        None
    }

    /// The frame after a quote: “…,” said X / “…,” X said / “…” X wrote on X.
    pub fn after(&self, outer: Span, inner_start: usize, next_start: usize) -> Option<Frame> {
        let close = outer.end;
        let pi = self.para_ix(outer.start);
        let mut si = self.sentence_ix(close);
        let mut sent = self.sentence(si);
        // The words' own last mark, inside the closing quote: “…,” / “…?”
        let inner = self
            .text
            .get(..close)
            .unwrap_or("")
            .trim_end_matches(crate::text::tokens::is_quote_mark)
            .trim_end();
        let inner = if inner.len() < inner_start { "" } else { inner };
        let set_off = inner.ends_with([',', '!', '?', '—', '–', '…'])
            || self
                .text
                .get(close..)
                .unwrap_or("")
                .trim_start_matches(' ')
                .starts_with([',', ':', '—', '–']);
        let ended = inner.ends_with(['.', '!', '?', '…']);
        if self.para_ix(sent.start.max(close)) != pi {
            // “…,” at the end of a paragraph broken before its attribution.
            let para_end = self.para(pi).end;
            let next = self.between(close, self.text.len()).trim_start();
            let tail = self.between(close, para_end).trim();
            if !(inner.ends_with(',') && tail.is_empty() && next.starts_with(char::is_lowercase)) {
                return None;
            }
            si = self.sentence_ix(close);
            sent = self.sentence(si);
        }
        let hi = sent.end.min(next_start.max(close)).min(close + REACH);
        let r = self.words_in(close, hi);
        let first = r.start;
        if first >= r.end {
            return None;
        }
        let w0 = self.word(first);
        // "said X" right after the quote.
        let mut vi = first;
        while vi < r.end && lx::is_verb_filler(self.word(vi)) && vi < first + 2 {
            vi += 1;
        }
        if matches!(self.verb(vi), Some(Verb::Reporting)) && set_off {
            let who = self.object_after(vi, hi)?;
            return Some(Frame {
                who,
                verb: Verb::Reporting,
                at: self.words.get(vi)?.start,
            });
        }
        // "X said": a subject phrase first, then the verb.
        let noun = !lx::is_preposition(w0)
            && !lx::is_verb_filler(w0)
            && !lx::is_be(w0)
            && !matches!(
                w0,
                "and" | "but" | "or" | "so" | "that" | "which" | "who" | "to"
            );
        let opens_np =
            is_cap(w0) || lx::is_determiner(w0) || lx::pronoun(w0).is_some() || (set_off && noun);
        if !opens_np || (!set_off && !ended && !is_cap(w0)) {
            return None;
        }
        let limit = if set_off || ended { 16 } else { 8 };
        for k in r.clone().take(limit) {
            let Some(verb) = self.verb(k) else { continue };
            if verb != Verb::Reporting {
                return None;
            }
            if ended && !set_off && self.word(k + 1) == "that" {
                // “…” The ministry said that …: a new statement, not this one's tag.
                return None;
            }
            let vs = self.words.get(k)?.start;
            let who = self
                .segment_subject(close, vs)
                .or_else(|| self.subject_before(k, close))?;
            return Some(Frame {
                who,
                verb,
                at: self.words.get(k)?.start,
            });
        }
        None
    }

    /// A sentence closing on ", X said." attributes what it quotes to X.
    pub fn sentence_final(&self, sent: Span) -> Option<Frame> {
        let body = self.between(sent.start, sent.end);
        let comma = body.rfind(',')?;
        let lo = sent.start + comma + 1;
        if self.in_quote(lo) {
            return None;
        }
        let r = self.words_in(lo, sent.end);
        if r.len() > 10 || r.is_empty() {
            return None;
        }
        for k in r {
            if self.verb(k) == Some(Verb::Reporting) {
                let who = self.subject_before(k, lo)?;
                return Some(Frame {
                    who,
                    verb: Verb::Reporting,
                    at: self.words.get(k)?.start,
                });
            }
        }
        None
    }
}
