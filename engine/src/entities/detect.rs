//! Name detection and typing: capitalised chunks are split at titles,
//! hyphens and gazetteer names, then typed by cue words, the gazetteer,
//! given names, context verbs and corpus-wide consistency.

use super::evidence::{self, Votes};
use super::gazetteer::{self, Known};
use super::{cues, numbers, people_nouns};
use crate::analysis::{EntityType, Span};
use crate::text::lower::{with_ascii_lower, with_lower};
use crate::text::tokens::{is_apostrophe, Kind, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// A detected name before linking.
#[derive(Clone, Debug, PartialEq)]
pub struct Raw {
    pub span: Span,
    pub kind: EntityType,
    /// Typed by the gazetteer, a cue word, a title or a given name (not a guess).
    pub strong: bool,
    /// The gazetteer's canonical name, when it came from there.
    pub canonical: Option<&'static str>,
    /// Typed by this mention's own context ("the Citadel said" is the
    /// institution): kept here, but no fact about the surface elsewhere.
    pub local: bool,
}

/// "Long Name (LN)" seen in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AcronymDef {
    pub long: Span,
    pub short: Span,
}

/// What the corpus as a whole says about words and names.
#[derive(Default)]
pub struct Knowledge {
    /// Lowercase forms of words seen written in lowercase: a capitalised
    /// sentence-initial "During" is then a plain word.
    pub vocab: HashSet<String>,
    /// Surface forms typed with strong evidence somewhere in the corpus.
    pub known: HashMap<String, EntityType>,
    /// Context votes for names no list knows, summed over the corpus
    /// (filled after the first pass), by [`vote_key`].
    pub votes: HashMap<String, Votes>,
    /// The first pass is over: evidence-typed names may count as strong.
    pub settled: bool,
    /// First words of organisations of two or more words typed with strong
    /// evidence ("Harlow" of "Harlow United"): alone, the same body.
    pub org_heads: HashSet<String>,
}

impl Knowledge {
    pub fn add_vocab(&mut self, text: &str, toks: &[Token]) {
        for t in toks {
            if t.kind == Kind::Word && !t.upper && !t.sent_start {
                let w = t.text(text);
                if !self.vocab.contains(w) {
                    self.vocab.insert(w.to_lowercase());
                }
            }
        }
    }
}

/// The key under which a surface's votes are kept: all-caps forms meet their
/// title-case forms ("MARLO", "Marlo").
pub fn vote_key(surface: &str) -> Cow<'_, str> {
    if surface.chars().any(char::is_lowercase) || !surface.chars().any(char::is_uppercase) {
        return Cow::Borrowed(surface);
    }
    let mut out = String::with_capacity(surface.len());
    let mut start = true;
    for c in surface.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    Cow::Owned(out)
}

/// What detection found in one document.
#[derive(Default)]
pub struct Detected {
    pub names: Vec<Raw>,
    pub defs: Vec<AcronymDef>,
    /// Context votes of each name typed by evidence, by [`vote_key`].
    pub votes: Vec<(String, Votes)>,
}

struct Det<'a> {
    text: &'a str,
    toks: &'a [Token],
    taken: &'a [bool],
    k: &'a Knowledge,
    g: &'static gazetteer::Gazetteer,
    out: Vec<Raw>,
    defs: Vec<AcronymDef>,
    votes: Vec<(String, Votes)>,
}

/// Finds names in one document. `taken` marks tokens already claimed by the
/// date/number grammar.
pub fn detect(text: &str, toks: &[Token], taken: &[bool], k: &Knowledge) -> Detected {
    let mut d = Det {
        text,
        toks,
        taken,
        k,
        g: gazetteer::get(),
        out: Vec::new(),
        defs: Vec::new(),
        votes: Vec::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        if d.starts_name(i) {
            let e = d.chunk_end(i);
            if toks.get(i).is_some_and(|t| t.headline) {
                d.headline_chunk(i, e);
            } else {
                d.chunk(i, e);
            }
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    d.event_phrases();
    d.join_listed_pairs();
    d.propagate_list_kinds();
    d.find_acronym_defs();
    Detected {
        names: d.out,
        defs: d.defs,
        votes: d.votes,
    }
}

impl<'a> Det<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }
    fn free(&self, i: usize) -> bool {
        !self.taken.get(i).copied().unwrap_or(true)
    }
    fn cap_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Word && t.upper) && self.free(i)
    }
    fn span(&self, s: usize, e: usize) -> Span {
        match (self.tok(s), e.checked_sub(1).and_then(|l| self.tok(l))) {
            (Some(a), Some(b)) if e > s => Span::new(a.start, b.end),
            _ => Span::default(),
        }
    }
    fn surface(&self, s: usize, e: usize) -> &'a str {
        self.span(s, e).slice(self.text)
    }

    fn starts_name(&self, i: usize) -> bool {
        self.cap_word(i)
    }

    /// Extends a chunk over capitalised words, initials ("U.S."), glued
    /// hyphens between capitalised words, and connectors inside names.
    fn chunk_end(&self, s: usize) -> usize {
        let mut e = s + 1;
        while let Some(t) = self.tok(e) {
            if t.line_start {
                break;
            }
            if t.kind == Kind::Punct {
                let glued_next = self.tok(e + 1).is_some_and(|n| !n.space_before);
                // Initials: "U.S.", "J. K."
                if t.ch == '.'
                    && !t.space_before
                    && self.w(e - 1).chars().count() == 1
                    && self.cap_word(e - 1)
                {
                    if glued_next && self.cap_word(e + 1)
                        || self.tok(e + 1).is_some_and(|n| n.space_before)
                            && self.cap_word(e + 1)
                            && !self.tok(e + 1).is_some_and(|n| n.sent_start)
                    {
                        e += 1;
                        continue;
                    }
                    // Keep a final stop only if it completes a known form ("U.S.").
                    if self.g.lookup(self.surface(s, e + 1)).is_some() {
                        e += 1;
                    }
                    break;
                }
                // "Dundalk, Md.": a stop that completes a listed abbreviation.
                if t.ch == '.' && !t.space_before && self.g.lookup(self.surface(s, e + 1)).is_some()
                {
                    e += 1;
                    break;
                }
                if matches!(t.ch, '-' | '–')
                    && !t.space_before
                    && glued_next
                    && self.cap_word(e + 1)
                {
                    e += 2;
                    continue;
                }
                // "NX-7", "F-16": digits glued to a name by a hyphen.
                if t.ch == '-'
                    && !t.space_before
                    && self
                        .tok(e + 1)
                        .is_some_and(|n| n.kind == Kind::Number && !n.space_before)
                {
                    e += 2;
                    continue;
                }
                if t.ch == '&' && self.cap_word(e + 1) {
                    e += 2;
                    continue;
                }
                if is_apostrophe(t.ch) && !t.space_before {
                    if let Some(n) = self.possessive_inside_name(s, e) {
                        e = n;
                        continue;
                    }
                }
                break;
            }
            if self.cap_word(e) && !t.sent_start {
                e += 1;
                continue;
            }
            // "Centre for Policy Studies", but not "Moon for NXSA": "for" and
            // "on" join only after an organisation's head word.
            let weak_connector = matches!(self.w(e), "for" | "on")
                && !(s..e).any(|k| {
                    cues::head_cue(self.w(k)).is_some()
                        || cues::tail_cue(self.w(k)) == Some(EntityType::Org)
                });
            if t.kind == Kind::Word && !t.upper && cues::is_connector(self.w(e)) && !weak_connector
            {
                // "Ministry of Foreign Affairs", "Bank of the West".
                let mut n = e + 1;
                if self.w(n) == "the" {
                    n += 1;
                }
                if self.cap_word(n) && !self.tok(n).is_some_and(|x| x.sent_start) {
                    e = n + 1;
                    continue;
                }
            }
            break;
        }
        e
    }

    /// A possessive that belongs inside a name, `a` being the apostrophe:
    /// "Workers' Party", "National Farmers' Union" (a group noun before it),
    /// or a sub-body at the end of an "of the" chain ("Commission of the Green
    /// Party's Policy Committee"). Returns the end of the capitalised
    /// run after it, which must close with a cue word.
    fn possessive_inside_name(&self, s: usize, a: usize) -> Option<usize> {
        let before = a.checked_sub(1).filter(|&b| b >= s).map(|b| self.w(b))?;
        let glued_s = self.w(a + 1) == "s" && self.tok(a + 1).is_some_and(|t| !t.space_before);
        let run_start = if glued_s {
            a + 2
        } else if before.ends_with('s') && cues::is_group_noun(before) {
            a + 1
        } else {
            return None;
        };
        let mut j = run_start;
        while self.cap_word(j) && !self.tok(j).is_some_and(|t| t.line_start || t.sent_start) {
            j += 1;
        }
        if j == run_start {
            return None;
        }
        let cue = cues::tail_cue(self.w(j - 1))?;
        if cues::is_group_noun(before) {
            return Some(j);
        }
        let of = (s + 1..a).rev().find(|&k| self.w(k) == "of")?;
        let org_before = |w: &str| {
            cues::tail_cue(w) == Some(EntityType::Org) || cues::head_cue(w) == Some(EntityType::Org)
        };
        (cue == EntityType::Org && self.w(of + 1) == "the" && org_before(self.w(of - 1)))
            .then_some(j)
    }

    /// The chunk has a group-noun possessive ("Workers'").
    fn has_group_possessive(&self, s: usize, e: usize) -> bool {
        (s + 1..e).any(|k| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.ch))
                && cues::is_group_noun(self.w(k - 1))
        })
    }

    fn push(
        &mut self,
        s: usize,
        e: usize,
        kind: EntityType,
        strong: bool,
        canonical: Option<&'static str>,
    ) {
        if e <= s {
            return;
        }
        // "Pekings Topdiplomat Lin Wei": a person's span is the name only.
        let s = if kind == EntityType::Person {
            let sf = self.surface(s, e);
            let name = super::display::name_part(sf);
            let at = self.span(s, e).start + (sf.len() - name.len());
            (s..e)
                .find(|&k| self.tok(k).is_some_and(|t| t.start == at))
                .unwrap_or(s)
        } else {
            s
        };
        let span = self.span(s, e);
        if span.is_empty() {
            return;
        }
        self.out.push(Raw {
            span,
            kind,
            strong,
            canonical,
            local: false,
        });
    }

    fn lookup(&self, s: usize, e: usize) -> Option<Known> {
        self.g.lookup(self.surface(s, e))
    }

    /// A capitalised word that is really a plain word (sentence-initial
    /// "During", or a word the corpus writes in lowercase elsewhere).
    fn plain_word(&self, i: usize) -> bool {
        let w = self.w(i);
        if cues::is_stopword(w) {
            return true;
        }
        if self.g.lookup(w).is_some() || self.k.known.contains_key(w) {
            return false;
        }
        with_lower(w, |l| self.k.vocab.contains(l))
    }

    /// Context around a lone sentence-initial word says it names something.
    /// A class noun after it does not ("Dump trucks", "Cargo ships").
    fn names_something(&self, s: usize, e: usize) -> bool {
        let v = evidence::context(self.text, self.toks, s, e);
        let product = v.of(EntityType::Product);
        v.total() > product || product >= 3
    }

    /// "Tarn Bridge" mid-sentence: a capitalised word before a cue word is
    /// part of the name even when it is also a common word.
    fn cue_name_mid_sentence(&self, s: usize, e: usize) -> bool {
        e > s + 1
            && !self.tok(s).is_some_and(|t| t.sent_start)
            && !matches!(self.w(s), "The" | "A" | "An")
            && cues::tail_cue(self.w(e - 1)).is_some()
    }

    fn chunk(&mut self, mut s: usize, mut e: usize) {
        // Sentence-initial (or after-quote) plain words are not names.
        while s < e
            && (self.tok(s).is_some_and(|t| t.sent_start) || cues::is_stopword(self.w(s)))
            && (self.plain_word(s) || self.gerund_before_name(s, e))
            && !self.keeps_the(s, e)
            && !self.known_name_starts(s, e)
            && !(e > s + 1 && self.k.settled && self.vouched(s, e))
            && !self.cue_name_mid_sentence(s, e)
        {
            s += 1;
            while s < e && !self.cap_word(s) {
                s += 1;
            }
        }
        // "The Freight company": after a sentence-initial "The", a lone word
        // the corpus writes in lowercase is a plain word.
        let after_initial_the = s
            .checked_sub(1)
            .is_some_and(|p| self.w(p) == "The" && self.tok(p).is_some_and(|t| t.sent_start));
        if e == s + 1
            && after_initial_the
            && cues::tail_cue(self.w(s)).is_none()
            && with_lower(self.w(s), |l| self.k.vocab.contains(l))
        {
            return;
        }
        // "Shares of Orvano Motors": a sentence-initial plural noun and "of"
        // before a name.
        if s + 2 < e
            && self.tok(s).is_some_and(|t| t.sent_start && !t.caps)
            && self.w(s + 1) == "of"
            && self.w(s).ends_with('s')
            && cues::head_cue(self.w(s)).is_none()
            && cues::tail_cue(self.w(s)).is_none()
            && self.g.lookup(self.w(s)).is_none()
            && !self.k.known.contains_key(self.w(s))
        {
            s += 2;
            while s < e && !self.cap_word(s) {
                s += 1;
            }
        }
        // A capitalised chunk after "The" mid-sentence: drop "The" unless the name keeps it.
        if s < e && self.w(s) == "The" && !self.keeps_the(s, e) {
            s += 1;
        }
        // Trailing connectors and stops never end a name.
        while e > s
            && self
                .tok(e - 1)
                .is_some_and(|t| t.kind == Kind::Punct || (!t.upper && t.kind == Kind::Word))
        {
            if self.tok(e - 1).is_some_and(|t| t.ch == '.') && self.lookup(s, e).is_some() {
                break;
            }
            e -= 1;
        }
        if s >= e {
            return;
        }
        // A lone sentence-initial word with no evidence ("Shares fell") is
        // most often a plain noun: keep it only before a speech verb or with
        // evidence that it names something ("Vexora engineers"). A plural noun
        // for a kind of people ("Officials said") is never a name there: it
        // describes them, though a speech verb follows.
        if e == s + 1
            && self.tok(s).is_some_and(|t| t.sent_start && !t.caps)
            && !self.quoted_mid_sentence(s, e)
            && self.lookup(s, e).is_none()
            && !self.k.known.contains_key(self.w(s))
            && !cues::is_group_word(self.w(s))
            && ((!cues::is_speech_verb(self.w(e))
                && !self.names_something(s, e)
                && self.corpus_votes(self.w(s)).is_none())
                || people_nouns::is_plural_person_noun(self.w(s)))
        {
            return;
        }
        if self.shouted(s, e) {
            return;
        }
        // "the Ada Tarn bridge" after "the Ada Tarn Bridge": a name the corpus
        // knows with its cue word capitalised.
        if self
            .tok(e)
            .is_some_and(|t| t.kind == Kind::Word && !t.upper && t.space_before)
        {
            let cue = self.w(e);
            if cues::tail_cue(cue).is_some() {
                let mut full = self.surface(s, e).to_string();
                full.push(' ');
                full.extend(cue.chars().take(1).flat_map(char::to_uppercase));
                full.push_str(cue.get(1..).unwrap_or(""));
                if let Some(&kind) = self.k.known.get(&full) {
                    return self.push(s, e + 1, kind, true, None);
                }
            }
        }
        // "NXA Photo", "Vexa Pictures": an agency's picture credit.
        if e > s + 1 && matches!(self.w(e - 1), "Photo" | "Photos" | "Pictures" | "PHOTO") {
            return match self.lookup(s, e - 1) {
                Some(k) => self.push(s, e - 1, k.kind, true, k.canonical()),
                None => self.push(s, e - 1, EntityType::Org, true, None),
            };
        }
        self.classify(s, e);
    }

    /// A chunk written in capitals ("OHIO", "MARTA LINDQVIST", "READ
    /// MORE"): read as its title-case form; shouted plain words are page
    /// furniture, not names. Returns whether it dealt with the chunk.
    fn shouted(&mut self, s: usize, e: usize) -> bool {
        let words: Vec<usize> = (s..e)
            .filter(|&i| self.tok(i).is_some_and(|t| t.kind == Kind::Word))
            .collect();
        let all_caps = words.iter().all(|&i| self.tok(i).is_some_and(|t| t.caps));
        let long = words.len() > 1 || words.iter().any(|&i| self.w(i).chars().count() >= 4);
        if words.is_empty() || !all_caps || !long {
            return false;
        }
        // "OHIO-INCIDENT": each hyphen part on its own.
        let split = self
            .hyphen_at(s, e)
            .filter(|&h| self.name_words(s, h) > 0 && self.name_words(h + 1, e) > 0);
        if let Some(h) = split {
            let (a, b) = (self.shouted(s, h), self.shouted(h + 1, e));
            if !a {
                self.classify_part(s, h);
            }
            if !b {
                self.classify_part(h + 1, e);
            }
            return true;
        }
        let titled = vote_key(self.surface(s, e));
        if let Some(k) = self.g.lookup(&titled) {
            self.push_known(s, e, k);
            return true;
        }
        if let Some(&kind) = self.k.known.get(titled.as_ref()) {
            self.push(s, e, kind, true, None);
            return true;
        }
        let first = words
            .first()
            .map(|&i| vote_key(self.w(i)).into_owned())
            .unwrap_or_default();
        if words.len() >= 2 && self.g.is_first_name(&first) {
            self.push(s, e, EntityType::Person, true, None);
            return true;
        }
        // Shouted everyday words: "READ MORE", "RELATED".
        if words
            .iter()
            .any(|&i| with_lower(self.w(i), |l| self.k.vocab.contains(l)))
        {
            return true;
        }
        if let Some(kind) = self.corpus_votes(&titled).and_then(|v| v.best()) {
            self.push(s, e, kind, false, None);
            return true;
        }
        false
    }

    /// Pushes a list's name. A small place or a planet yields to what the
    /// corpus says of the name ("Mars" the company, "Marlo" the ship); the
    /// list counts as one vote per mention.
    fn push_known(&mut self, s: usize, e: usize, k: Known) {
        if !k.minor {
            return self.push(s, e, k.kind, true, k.canonical());
        }
        let key = vote_key(self.surface(s, e)).into_owned();
        let mut local = evidence::context_of_listed(self.text, self.toks, s, e);
        local.add(k.kind, 1);
        self.votes.push((key.clone(), local));
        let kind = self
            .corpus_votes(&key)
            .filter(|_| self.k.settled)
            .and_then(|v| v.best())
            .unwrap_or(k.kind);
        let canonical = if kind == k.kind { k.canonical() } else { None };
        self.push(s, e, kind, true, canonical);
    }

    /// A gazetteer name of two or more words starts at `s` ("New Delhi").
    fn known_name_starts(&self, s: usize, e: usize) -> bool {
        if e < s + 2 || !self.g.multi_first.contains(self.w(s)) {
            return false;
        }
        let max = (s + self.g.max_words * 2).min(e);
        (s + 2..=max).any(|j| self.lookup(s, j).is_some())
    }

    /// A sentence-initial participle before a name the corpus vouches for:
    /// "Citing Ana Ruiz's record", "Building on Ruiz's work".
    fn gerund_before_name(&self, s: usize, e: usize) -> bool {
        let w = self.w(s);
        let participle = w.len() >= 6
            && w.ends_with("ing")
            && self.tok(s).is_some_and(|t| t.sent_start && !t.caps);
        if !participle
            || self.g.is_first_name(w)
            || self.g.lookup(w).is_some()
            || self.k.known.contains_key(w)
        {
            return false;
        }
        let mut n = s + 1;
        while n < e && !self.cap_word(n) {
            n += 1;
        }
        n < e
            && (self.k.known.contains_key(self.surface(n, e))
                || self.lookup(n, e).is_some()
                || self.g.is_first_name(self.w(n)))
    }

    /// Media and other names that keep their article: "The Moscow Times".
    fn keeps_the(&self, s: usize, e: usize) -> bool {
        self.w(s) == "The"
            && e > s + 1
            && with_ascii_lower(self.w(e - 1), |l| {
                matches!(
                    l,
                    "times"
                        | "post"
                        | "guardian"
                        | "economist"
                        | "telegraph"
                        | "independent"
                        | "herald"
                        | "journal"
                        | "tribune"
                        | "hague"
                        | "observer"
                        | "atlantic"
                        | "gazette"
                        | "monitor"
                        | "standard"
                )
            })
    }

    /// Splits and types one chunk of capitalised tokens `s..e`.
    fn classify(&mut self, s: usize, e: usize) {
        if s >= e {
            return;
        }
        if let Some(k) = self.lookup(s, e) {
            return self.push_known(s, e, k);
        }
        // Before titles, so each side keeps its own title. "Wang and Ruiz": two names joined by "and" or "&".
        if let Some(k) = (s + 1..e).find(|&k| matches!(self.w(k), "and" | "&")) {
            self.classify_part(s, k);
            self.classify_part(k + 1, e);
            return;
        }
        // Title split: "Russian President Ana Ruiz" → NORP + PERSON.
        if let Some((ts, te)) = self.title_run(s, e) {
            // "Chief Financial Officer": words before the run that start with
            // a title word belong to the title.
            let prefix_is_title = ts > s && cues::is_title(self.w(s));
            if !prefix_is_title {
                self.classify(s, ts);
            }
            if te < e {
                return self.person_after_title(te, e);
            }
            // Only titles ("Foreign Minister"), maybe with a qualifier before.
            return;
        }
        // "Trade Council Ana Ruiz": an organisation ends at its cue word and a
        // person follows.
        if let Some(k) = self.cue_then_person(s, e) {
            self.classify(s, k);
            return self.push(k, e, EntityType::Person, true, None);
        }
        // "World War Two": a number word after the cue word.
        let mut last = self.w(e - 1);
        if e - s > 2
            && (numbers::is_number_word(last) || last.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
        {
            last = self.w(e - 2);
        }
        if let Some(mut kind) = cues::tail_cue(last) {
            // "Workers' ... Conference": a standing body, not a meeting.
            if kind == EntityType::Event && self.has_group_possessive(s, e) {
                kind = EntityType::Org;
            }
            if e - s > 1 || kind == EntityType::Org && self.tok(s).is_some_and(|t| t.caps) {
                return self.push(s, e, kind, true, None);
            }
        }
        // "Central Bank of Kenya", "Port of Lagos": a cue word, "of" and a
        // place make one organisation or facility.
        if let Some(kind) = self.cue_of_place(s, e) {
            return self.push(s, e, kind, true, None);
        }
        if e - s > 1 {
            if let Some(kind) = cues::head_cue(self.w(s)) {
                return self.push(s, e, kind, true, None);
            }
        }
        // "the West", "the Midwest": a compass word after "the" is a region.
        if e - s == 1 && cues::is_compass(self.w(s)) {
            let prev = s.checked_sub(1).map(|p| self.w(p));
            if matches!(prev, Some("the")) {
                return self.push(s, e, EntityType::Loc, true, None);
            }
            return;
        }
        if let Some(h) = self.hyphen_at(s, e) {
            return self.hyphen_compound(s, h, e);
        }
        if let Some(&kind) = self.k.known.get(self.surface(s, e)) {
            return self.push(s, e, kind, true, None);
        }
        // Given name + capitalised word(s) = person ("Ana Ruiz").
        let n = self.name_words(s, e);
        if n >= 2
            && n == e - s
            && self.g.is_first_name(self.w(s))
            && self.lookup(s + 1, e).filter(|k| !k.minor).is_none()
        {
            return self.push(s, e, EntityType::Person, true, None);
        }
        // Known names inside a longer chunk: "Moscow and Beijing", "Paris Berlin".
        if e - s > 1 && self.split_on_known(s, e) {
            return;
        }
        if e - s == 1 && cues::is_group_word(self.w(s)) {
            return self.push(s, e, EntityType::Norp, true, None);
        }
        self.guess(s, e);
    }

    /// The type of "<... cue> of [the] <place>" when the chunk is exactly that.
    fn cue_of_place(&self, s: usize, e: usize) -> Option<EntityType> {
        let k = (s + 1..e.saturating_sub(1)).find(|&k| self.w(k) == "of")?;
        let kind = cues::tail_cue(self.w(k - 1))
            .filter(|t| matches!(t, EntityType::Org | EntityType::Fac))?;
        let p = if self.w(k + 1) == "the" { k + 2 } else { k + 1 };
        let place = self
            .lookup(p, e)
            .is_some_and(|x| matches!(x.kind, EntityType::Gpe | EntityType::Loc));
        place.then_some(kind)
    }

    /// Index of a given name right after an organisation cue word, starting a
    /// two- or three-word name that ends the chunk.
    fn cue_then_person(&self, s: usize, e: usize) -> Option<usize> {
        // Only the last two or three words can be the person.
        (e.saturating_sub(3).max(s + 1)..e.saturating_sub(1)).find(|&k| {
            self.cap_word(k - 1)
                && (k..e).all(|i| self.cap_word(i))
                && self.g.is_first_name(self.w(k))
                && cues::tail_cue(self.w(k - 1)) == Some(EntityType::Org)
                && self.lookup(k, e).is_none()
        })
    }

    /// Words that are names (not connectors or punctuation).
    fn name_words(&self, s: usize, e: usize) -> usize {
        (s..e).filter(|&i| self.cap_word(i)).count()
    }

    /// The last run of title words in the chunk that is followed by a name.
    fn title_run(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let is_t = |i: usize| {
            let t = self.tok(i);
            t.is_some_and(|t| {
                t.kind == Kind::Word
                    && (cues::is_title(self.w(i)) || super::display::is_title_compound(self.w(i)))
            }) || (t.is_some_and(|t| t.kind == Kind::Punct && (t.ch == '-' || t.ch == '.'))
                && i > s
                && cues::is_title(self.w(i - 1)))
        };
        // Find the first strong title; the run extends over title words.
        let mut i = s;
        while i < e {
            if is_t(i) && self.tok(i).is_some_and(|t| t.kind == Kind::Word) {
                let mut j = i;
                let mut strong = false;
                while j < e && (is_t(j) || self.w(j) == "of" && j + 1 < e && is_t(j + 1)) {
                    strong |= cues::is_strong_title(self.w(j))
                        || super::display::is_title_compound(self.w(j));
                    j += 1;
                }
                // "Secretary-General", "Mr." and such glue.
                if strong {
                    return Some((i, j));
                }
                i = j.max(i + 1);
            } else {
                i += 1;
            }
        }
        None
    }

    fn person_after_title(&mut self, s: usize, e: usize) {
        // "Secretary General of the Kenyan Trade Council": a post in an
        // organisation, not a person's name.
        if self.w(s) == "of" {
            return self.classify_part(s, e);
        }
        // "Ana Ruiz of Portugal": a person and a place.
        if let Some(k) = (s + 1..e).find(|&k| self.w(k) == "of") {
            let place = self
                .lookup(k + 1, e)
                .is_some_and(|x| matches!(x.kind, EntityType::Gpe | EntityType::Loc));
            if place {
                self.person_after_title(s, k);
                return self.classify(k + 1, e);
            }
        }
        let mut s = s;
        while s < e && !self.cap_word(s) {
            s += 1;
        }
        if s >= e {
            return;
        }
        if let Some(k) = self.lookup(s, e).filter(|k| !k.minor) {
            // "Senator Georgia ..." is rare; a place after a title usually
            // heads an organisation name ("President Obama" is handled above).
            if k.kind != EntityType::Gpe || e - s > 1 {
                return self.push(s, e, k.kind, true, k.canonical());
            }
        }
        if e - s > 4 {
            return self.guess(s, e);
        }
        self.push(s, e, EntityType::Person, true, None);
    }

    fn hyphen_at(&self, s: usize, e: usize) -> Option<usize> {
        (s + 1..e.saturating_sub(1)).find(|&i| {
            self.tok(i)
                .is_some_and(|t| t.kind == Kind::Punct && matches!(t.ch, '-' | '–'))
        })
    }

    /// "China-Russia" → two names; "Asia-Pacific" → one region; "Sino-Japanese" → one.
    fn hyphen_compound(&mut self, s: usize, h: usize, e: usize) {
        let left = self.lookup(s, h).or_else(|| self.group(s, h));
        let right = self.lookup(h + 1, e).or_else(|| self.group(h + 1, e));
        match (left, right) {
            (Some(a), Some(b)) if a.kind == EntityType::Loc && b.kind == EntityType::Loc => {
                self.push(s, e, EntityType::Loc, true, None)
            }
            // "Sino-Russian", "Franco-German": one adjective of two peoples.
            (Some(a), Some(b))
                if a.kind == EntityType::Norp
                    && b.kind == EntityType::Norp
                    && (a.canonical.is_empty() || b.canonical.is_empty()) =>
            {
                self.push(s, e, EntityType::Norp, true, None)
            }
            (Some(_), Some(_)) => {
                self.classify(s, h);
                self.classify(h + 1, e);
            }
            (Some(k), None) | (None, Some(k)) if k.kind == EntityType::Norp => {
                self.push(s, e, EntityType::Norp, true, None)
            }
            _ => {
                // "Secretary-General" style titles were handled before; a
                // hyphenated given name ("Jean-Paul") or brand stays whole.
                if self.k.known.contains_key(self.surface(s, e)) || self.g.is_first_name(self.w(s))
                {
                    return self.push(
                        s,
                        e,
                        self.k
                            .known
                            .get(self.surface(s, e))
                            .copied()
                            .unwrap_or(EntityType::Person),
                        true,
                        None,
                    );
                }
                self.guess(s, e)
            }
        }
    }

    fn group(&self, s: usize, e: usize) -> Option<Known> {
        (e == s + 1 && cues::is_group_word(self.w(s))).then_some(Known {
            kind: EntityType::Norp,
            canonical: "",
            minor: false,
        })
    }

    /// Splits a chunk around the longest gazetteer names inside it.
    fn split_on_known(&mut self, s: usize, e: usize) -> bool {
        let max = self.g.max_words * 2;
        let mut hits = Vec::new();
        let mut i = s;
        while i < e {
            let mut best = None;
            if self.cap_word(i) {
                let mut j = (i + max).min(e);
                while j > i {
                    // Small places do not cut a capitalised run apart.
                    if let Some(k) = self.lookup(i, j).filter(|k| !k.minor) {
                        best = Some((j, k));
                        break;
                    }
                    j -= 1;
                }
            }
            match best {
                Some((j, k)) => {
                    hits.push((i, j, k));
                    i = j;
                }
                None => i += 1,
            }
        }
        if hits.is_empty() {
            return false;
        }
        if let [(a, b, k)] = hits.as_slice() {
            let (a, b, k) = (*a, *b, *k);
            // "Ohio Department of Commerce", "U.S. Coast Guard": a
            // place or people before an organisation's name belongs to it.
            let org_rest = b < e
                && (cues::head_cue(self.w(b)) == Some(EntityType::Org)
                    || cues::tail_cue(self.w(e - 1)) == Some(EntityType::Org)
                    || self.k.settled && self.type_of(b, e) == Some(EntityType::Org));
            if a == s && org_rest && matches!(k.kind, EntityType::Gpe | EntityType::Norp) {
                self.push(s, e, EntityType::Org, true, None);
                return true;
            }
            // "Southern Chile", "Northern California": a part of a place is a region.
            if a == s + 1 && b == e && k.kind == EntityType::Gpe && cues::is_region_word(self.w(s))
            {
                self.push(s, e, EntityType::Loc, true, None);
                return true;
            }
        }
        // The parts between hits must be connectors or classifiable names.
        let media_after = cues::is_media_noun(self.w(e));
        let mut prev = s;
        for (a, b, k) in hits {
            // "Radio Veritas Persian service": a name before a demonym and a
            // media noun is the outlet.
            if a > prev && b == e && k.kind == EntityType::Norp && media_after {
                self.push(prev, a, EntityType::Org, false, None);
            } else if a > prev {
                self.classify_part(prev, a);
            }
            self.push(a, b, k.kind, true, k.canonical());
            prev = b;
        }
        if prev < e {
            self.classify_part(prev, e);
        }
        true
    }

    fn classify_part(&mut self, mut s: usize, mut e: usize) {
        while s < e && !self.cap_word(s) {
            s += 1;
        }
        while e > s && !self.cap_word(e - 1) {
            e -= 1;
        }
        if s < e {
            self.classify(s, e);
        }
    }

    /// The corpus's votes for a surface (a plural falls back to its
    /// singular: "Helioxs").
    fn corpus_votes(&self, key: &str) -> Option<Votes> {
        let own = self.k.votes.get(key);
        let stem = key.strip_suffix('s').and_then(|st| self.k.votes.get(st));
        match (own, stem) {
            (Some(a), Some(b)) => {
                let mut v = *a;
                v.merge(b);
                Some(v)
            }
            (a, b) => a.or(b).copied(),
        }
    }

    /// A name known on its own, by a list, strong evidence or votes.
    fn vouched(&self, s: usize, e: usize) -> bool {
        let sf = self.surface(s, e);
        self.lookup(s, e).is_some()
            || self.k.known.contains_key(sf)
            || self
                .corpus_votes(&vote_key(sf))
                .is_some_and(|v| v.total() > 0)
    }

    /// The type the corpus gives a surface on its own.
    fn type_of(&self, s: usize, e: usize) -> Option<EntityType> {
        let sf = self.surface(s, e);
        self.lookup(s, e)
            .map(|k| k.kind)
            .or_else(|| self.k.known.get(sf).copied())
            .or_else(|| self.corpus_votes(&vote_key(sf)).and_then(|v| v.best()))
    }

    /// "Vexora Heliox": two names the corpus knows apart, side by side.
    /// With `owner`, only an organisation before a name of another type
    /// (its product or its person) counts.
    fn split_on_evidence(&mut self, s: usize, e: usize, owner: bool) -> bool {
        let Some(k) = (s + 1..e).find(|&k| {
            if !self.cap_word(k) {
                return false;
            }
            match (self.type_of(s, k), self.type_of(k, e)) {
                (Some(EntityType::Org), Some(b)) if owner => b != EntityType::Org,
                (Some(_), Some(_)) => !owner,
                _ => false,
            }
        }) else {
            return false;
        };
        self.classify_part(s, k);
        self.classify_part(k, e);
        true
    }

    /// "the “Mechaform” arms", "dubbed “Mechaform”": one word in quotation
    /// marks after a determiner or a naming verb is a nickname being
    /// introduced, not a quote's first word ("was “Ridiculous”" is a quote).
    fn quoted_mid_sentence(&self, s: usize, e: usize) -> bool {
        let quote = |i: Option<usize>| {
            i.and_then(|i| self.tok(i))
                .is_some_and(|t| t.kind == Kind::Punct && crate::text::tokens::is_quote_mark(t.ch))
        };
        let before = s.checked_sub(2).map(|p| self.w(p)).unwrap_or("");
        quote(s.checked_sub(1))
            && quote(Some(e))
            && matches!(
                before,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "called"
                    | "dubbed"
                    | "named"
                    | "nicknamed"
            )
    }

    /// An unknown name's type comes from evidence: the votes of every mention
    /// of the surface in the corpus (see [`evidence`]), else from its shape
    /// and the preposition before it. No name is a person by default.
    fn guess(&mut self, s: usize, e: usize) {
        let next = self.w(e);
        let after_possessive = self
            .tok(e)
            .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.ch));
        let nxt = if after_possessive {
            self.w(e + 2)
        } else {
            next
        };
        let n = self.name_words(s, e);
        let prev = s.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
        if n == 1 {
            let w = self.w(s);
            // "Former president ...": a title on its own names no one; "GDP"
            // abbreviates a common noun.
            if cues::is_title(w) || cues::is_common_acronym(w) {
                return;
            }
            // "the Bridge", "the Embassy": a cue word alone refers back to a
            // full name and takes its type.
            if let Some(kind) = cues::tail_cue(w).filter(|k| *k != EntityType::Law) {
                return self.push(s, e, kind, false, None);
            }
            // "(L)" in a caption; "the Act" referring back to a law's full name.
            if w.chars().count() == 1 || cues::is_law_word(w) {
                // "wrote on X", "said via X": a one-letter platform.
                let prev2 = s
                    .checked_sub(2)
                    .map(|p| self.w(p).to_lowercase())
                    .unwrap_or_default();
                let platform = w.chars().all(char::is_uppercase)
                    && (prev == "on" || (prev == "via" && evidence::post_verb(&prev2)))
                    && evidence::context(self.text, self.toks, s, e).of(EntityType::Org) > 0;
                if platform {
                    self.push(s, e, EntityType::Org, false, None);
                }
                return;
            }
            // "Chinas", "Kaldor's": a place's genitive is the place.
            let genitive = w
                .strip_suffix('s')
                .and_then(|st| self.g.lookup(st))
                .filter(|k| k.kind == EntityType::Gpe && !k.minor);
            if let Some(k) = genitive {
                return self.push(s, e, k.kind, true, k.canonical());
            }
            // "anti-XYZ campaign": an unknown acronym inside a lowercase compound.
            let glued_hyphen = s
                .checked_sub(1)
                .and_then(|p| self.tok(p))
                .is_some_and(|t| t.kind == Kind::Punct && t.ch == '-' && !t.space_before)
                && self.tok(s).is_some_and(|t| !t.space_before)
                && s.checked_sub(2)
                    .and_then(|p| self.tok(p))
                    .is_some_and(|t| t.kind == Kind::Word && !t.upper);
            if glued_hyphen {
                return;
            }
        }
        // "the eastern Kaldor region": an administrative unit.
        if n <= 2 && cues::is_admin_noun(next) {
            return self.push(s, e, EntityType::Gpe, false, None);
        }
        if prev == "the" && n == 1 {
            // "the Citadel said", "according to the Citadel": metonymy for
            // the institution housed there.
            let before = s.checked_sub(2).map(|p| self.w(p)).unwrap_or("");
            let according = before == "to"
                && s.checked_sub(3)
                    .is_some_and(|p| self.w(p).eq_ignore_ascii_case("according"));
            if cues::is_speech_verb(nxt) || cues::is_statement_noun(next) || according {
                self.push(s, e, EntityType::Org, true, None);
                if let Some(r) = self.out.last_mut() {
                    r.local = true;
                }
                return;
            }
        }
        let local = evidence::context(self.text, self.toks, s, e);
        let key = vote_key(self.surface(s, e)).into_owned();
        let mut votes = self.corpus_votes(&key).unwrap_or(local);
        if n == 1 && self.k.org_heads.contains(self.w(s)) {
            votes.add(EntityType::Org, 3);
        }
        self.votes.push((key, local));
        if n >= 2 && self.k.settled && self.split_on_evidence(s, e, votes.total() > 0) {
            return;
        }
        if let Some(kind) = votes.best() {
            let strong = self.k.settled && votes.total() >= 2;
            return self.push(s, e, kind, strong, None);
        }
        if n == 1 && self.tok(s).is_some_and(|t| t.caps) {
            return self.push(s, e, EntityType::Org, false, None);
        }
        if prev == "the" && n == 1 {
            let before = s.checked_sub(2).map(|p| self.w(p)).unwrap_or("");
            if matches!(
                before,
                "in" | "at" | "inside" | "outside" | "near" | "to" | "from"
            ) {
                return self.push(s, e, EntityType::Fac, false, None);
            }
            return self.push(s, e, EntityType::Org, false, None);
        }
        if n == 1 && prev == "to" {
            return self.push(s, e, EntityType::Gpe, false, None);
        }
        self.push(s, e, EntityType::Org, false, None);
    }

    /// In a headline most words are capitalised: keep only names the
    /// gazetteer or the rest of the corpus vouches for.
    fn headline_chunk(&mut self, s: usize, e: usize) {
        let mut i = s;
        while i < e {
            let mut hit = None;
            if self.cap_word(i) {
                let mut j = (i + 6).min(e);
                while j > i {
                    // "STORM HITS OHIO": capitals read as title case.
                    let sf = vote_key(self.surface(i, j));
                    if let Some(k) = self.g.lookup(&sf) {
                        hit = Some((j, k.kind, k.canonical()));
                        break;
                    }
                    if let Some(&kind) = self.k.known.get(sf.as_ref()) {
                        hit = Some((j, kind, None));
                        break;
                    }
                    let shouted_plain = self.tok(i).is_some_and(|t| t.caps)
                        && (i..j).any(|k| with_lower(self.w(k), |l| self.k.vocab.contains(l)));
                    if let Some(kind) = self
                        .corpus_votes(&sf)
                        .and_then(|v| v.best())
                        .filter(|_| !shouted_plain)
                    {
                        hit = Some((j, kind, None));
                        break;
                    }
                    j -= 1;
                }
            }
            // "Grain Reserve chair Ana Ruiz (Jane Doe/NXA)": a given
            // name and a word the corpus never writes in lowercase.
            // Only in a chunk of headline length: a capitalised run of hundreds
            // of words is no caption.
            let person = hit.is_none()
                && e - s <= 12
                && i + 1 < e
                && self.g.is_first_name(self.w(i))
                && self.cap_word(i + 1)
                && !with_lower(self.w(i + 1), |l| self.k.vocab.contains(l))
                && self.g.lookup(self.w(i + 1)).is_none();
            if person {
                // A guess from the name's shape: no fact for the rest of the corpus.
                self.push(i, i + 2, EntityType::Person, false, None);
                i += 2;
                continue;
            }
            match hit {
                Some((j, kind, can)) => {
                    self.push(i, j, kind, true, can);
                    i = j;
                }
                None => i += 1,
            }
        }
    }

    /// "the Kaldor crisis", "the NX-7 pandemic", "the Dunmore bridge
    /// collapse": a name, at most one lowercase noun and an event noun after
    /// "the" name one event (OntoNotes EVENT), place names included.
    fn event_phrases(&mut self) {
        self.out.sort_by_key(|r| r.span.start);
        let tok_at = |toks: &[Token], byte: usize| toks.partition_point(|t| t.start < byte);
        let mut merged: Vec<Raw> = Vec::with_capacity(self.out.len());
        let mut i = 0;
        while i < self.out.len() {
            // "Kaldor-Tarvia": names joined by glued hyphens.
            let mut j = i + 1;
            while j < self.out.len()
                && matches!(
                    self.text
                        .get(self.out[j - 1].span.end..self.out[j].span.start),
                    Some("-" | "–")
                )
            {
                j += 1;
            }
            let (first, last) = (&self.out[i], &self.out[j - 1]);
            let s = tok_at(self.toks, first.span.start);
            let e = tok_at(self.toks, last.span.end);
            let after_the = s
                .checked_sub(1)
                .is_some_and(|p| self.w(p).eq_ignore_ascii_case("the"));
            // "the Peruvian war in the north": a people's adjective stays NORP.
            let nameable = !matches!(
                first.kind,
                EntityType::Person | EntityType::Norp | EntityType::Event | EntityType::Law
            );
            let lower = |k: usize| {
                self.tok(k)
                    .is_some_and(|t| t.kind == Kind::Word && !t.upper)
            };
            let end = [e, e + 1]
                .into_iter()
                .find(|&k| (e..=k).all(lower) && cues::is_event_noun(self.w(k)));
            match end {
                Some(k) if after_the && nameable => {
                    merged.push(Raw {
                        span: Span::new(first.span.start, self.toks[k].end),
                        kind: EntityType::Event,
                        strong: true,
                        canonical: None,
                        local: false,
                    });
                    i = j;
                }
                _ => {
                    merged.push(self.out[i].clone());
                    i += 1;
                }
            }
        }
        self.out = merged;
    }

    /// "Washington, D.C.": two names around a comma that a list names as one.
    fn join_listed_pairs(&mut self) {
        let mut out: Vec<Raw> = Vec::with_capacity(self.out.len());
        for r in std::mem::take(&mut self.out) {
            let joined = out.last().and_then(|prev| {
                let between = self.text.get(prev.span.end..r.span.start)?;
                let whole = Span::new(prev.span.start, r.span.end);
                let k = (between == ", ")
                    .then(|| self.g.lookup(whole.slice(self.text)))
                    .flatten()?;
                Some(Raw {
                    span: whole,
                    kind: k.kind,
                    strong: true,
                    canonical: k.canonical(),
                    local: false,
                })
            });
            match joined {
                Some(j) => {
                    if let Some(last) = out.last_mut() {
                        *last = j;
                    }
                }
                None => out.push(r),
            }
        }
        self.out = out;
    }

    /// "Oslo, Kaldor, Bergen and Turku": a guessed name in a list of three or
    /// more takes the type its strong members agree on (at least half of them).
    fn propagate_list_kinds(&mut self) {
        let text = self.text;
        self.out.sort_by_key(|r| r.span.start);
        let joined = |a: &Raw, b: &Raw| {
            matches!(
                text.get(a.span.end..b.span.start).unwrap_or(""),
                ", " | " and " | ", and " | " or " | ", or "
            )
        };
        let mut i = 0;
        while i < self.out.len() {
            let mut j = i + 1;
            while j < self.out.len() && joined(&self.out[j - 1], &self.out[j]) {
                j += 1;
            }
            let list = &self.out[i..j];
            let mut strong = list.iter().filter(|r| r.strong).map(|r| r.kind);
            if let Some(k) = strong.next() {
                let n = 1 + strong.clone().count();
                if list.len() >= 3 && n * 2 >= list.len() && strong.all(|x| x == k) {
                    for r in &mut self.out[i..j] {
                        r.kind = if r.strong { r.kind } else { k };
                    }
                }
            }
            i = j;
        }
    }

    /// "Shanghai Trade Bloc (STB)": an all-caps word in brackets right after a
    /// name whose initials it spells.
    fn find_acronym_defs(&mut self) {
        let mut defs = Vec::new();
        for (ix, r) in self.out.iter().enumerate() {
            let Some(next) = self.out.get(ix + 1) else {
                continue;
            };
            let between = self.text.get(r.span.end..next.span.start).unwrap_or("");
            let after = self.text.get(next.span.end..).unwrap_or("");
            let short = next.span.slice(self.text);
            if between.trim() == "("
                && after.starts_with(')')
                && is_acronym_of(short, r.span.slice(self.text))
            {
                defs.push(AcronymDef {
                    long: r.span,
                    short: next.span,
                });
            }
        }
        self.defs = defs;
    }
}

/// `short` is made of capitals that start the capitalised words of `long`, in order.
pub fn is_acronym_of(short: &str, long: &str) -> bool {
    let letters: Vec<char> = short.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return false;
    }
    let initials: Vec<char> = long
        .split([' ', '-'])
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    initials == letters || {
        // Allow extra capital words in the long form ("of the" skipped
        // already) as long as the acronym is an in-order subsequence
        // starting with the first word.
        let mut it = initials.iter();
        initials.first() == letters.first() && letters.iter().all(|l| it.any(|c| c == l))
    }
}
