//! Quoted terms and names: marks that set off what something is called,
//! not what someone said ("dubbed “chopsticks”", "the “Super Heavy” booster").

use super::doc::Doc;
use super::lexicon as lx;
use super::marks::Found;

/// Whether a quotation is a term, a name or markup rather than speech.
/// `prev_term` says the quote before it was a term: "dubbed a “chopstick”
/// or “mechazilla arm”" names twice.
pub fn is_term(doc: &Doc, q: &Found, prev: Option<&Found>, prev_term: bool) -> bool {
    let inner = q.inner.slice(doc.text);
    if is_markup(inner) {
        return true;
    }
    let n = inner.split_whitespace().count();
    if n == 0 || n > 4 || inner.contains(['.', '!', '?', ';']) && !inner.ends_with('.') {
        return false;
    }
    let coordinated = prev_term
        && prev.is_some_and(|p| {
            matches!(
                doc.between(p.outer.end, q.outer.start).trim(),
                "or" | "and" | "," | ", or" | ", and"
            )
        });
    coordinated || named(doc, q) || modifier(doc, q)
}

/// Attribute values and addresses left from web markup: one token with
/// URL or identifier characters ("https://…", "_blank").
fn is_markup(inner: &str) -> bool {
    !inner.contains(char::is_whitespace)
        && (inner.contains("://")
            || inner.starts_with("www.")
            || inner.contains(['_', '=', '<', '>', '{', '}'])
            || inner.starts_with('/')
            || inner.starts_with('#'))
}

/// A short quote that no frame attributes, in a sentence with no speech verb,
/// not opening its sentence: a term in scare quotes ("so the “Mechazilla”
/// pincers could grab it").
pub fn is_unspoken(doc: &Doc, q: &Found) -> bool {
    let inner = q.inner.slice(doc.text);
    if inner.split_whitespace().count() > 3 || inner.contains(['!', '?']) {
        return false;
    }
    let si = doc.sentence_ix(q.outer.start);
    let s = doc.sentence(si);
    if doc
        .between(s.start.min(q.outer.start), q.outer.start)
        .trim()
        .is_empty()
    {
        return false;
    }
    !doc.cues.get(si).is_some_and(|c| c.0)
}

/// "called “X”", "dubbed a “X”", "known as “X”", "refer to it as a “X”".
fn named(doc: &Doc, q: &Found) -> bool {
    let r = doc.words_in(q.outer.start.saturating_sub(80), q.outer.start);
    let mut k = r.end;
    let mut skipped = 0;
    while k > r.start {
        k -= 1;
        let w = doc.word(k);
        if ["a", "an", "the"].iter().any(|a| w.eq_ignore_ascii_case(a)) && skipped == 0 {
            skipped += 1;
            continue;
        }
        if w.eq_ignore_ascii_case("as") {
            // "known as", "referred to … as"
            return (k.saturating_sub(5)..k).any(|j| {
                let t = doc.word(j).to_lowercase();
                t == "known" || t.starts_with("refer") || lx::is_naming(&t)
            });
        }
        // A passive with its agent ("was called “a bold step” by some") reports words.
        let passive = k > 0 && lx::is_be(doc.word(k - 1));
        return lx::is_naming(w) && !passive;
    }
    false
}

/// A short quoted name inside a noun phrase: a determiner or modifier
/// before it and a lower-case noun after it ("a 'May Day' call").
fn modifier(doc: &Doc, q: &Found) -> bool {
    let after = doc.between(q.outer.end, doc.text.len());
    // A quote that ends on its own punctuation ("…,”) closes a clause.
    let own_end = doc.between(q.inner.end, q.outer.end);
    if !after.starts_with(' ') || own_end.contains([',', '.', '!', '?', ';', ':']) {
        return false;
    }
    let next = doc.word(doc.word_from(q.outer.end));
    let starts_next = after.trim_start().starts_with(next) && !next.is_empty();
    if !starts_next
        || !next.starts_with(|c: char| c.is_lowercase())
        || is_function(next)
        || next.ends_with("ing")
        || next.ends_with("ed")
    {
        return false;
    }
    let wi = doc.word_from(q.outer.start);
    let Some(pi) = wi.checked_sub(1) else {
        return false;
    };
    let gap = doc.between(doc.words.get(pi).map_or(0, |w| w.end), q.outer.start);
    let prev = doc.word(pi);
    // "to “deepen” cooperation": a verb after "to" or a modal is not a modifier.
    !gap.contains([',', ':', '.']) && !is_function(prev) || lx::is_determiner(prev)
}

/// Function words: after a quote they show it is not a modifier; before it,
/// that it is not inside a noun phrase.
fn is_function(w: &str) -> bool {
    let l = w.to_lowercase();
    lx::is_preposition(&l)
        || lx::is_verb_filler(&l)
        || lx::is_be(&l)
        || lx::verb(&l).is_some()
        || matches!(
            l.as_str(),
            "and"
                | "or"
                | "but"
                | "nor"
                | "so"
                | "that"
                | "which"
                | "who"
                | "to"
                | "it"
                | "they"
                | "he"
                | "she"
                | "we"
                | "is"
                | "was"
                | "had"
                | "has"
                | "have"
                | "must"
                | "should"
                | "shall"
                | "might"
                | "be"
                | "if"
                | "then"
                | "said"
                | "says"
        )
}
