//! Claim units and their alignment across sources.
//!
//! [`units`] splits documents into sentences or clauses → [`features`]
//! collects each unit's evidence → verbatim repeats are grouped by key →
//! [`index`] proposes candidate pairs and [`score`] weighs them →
//! [`context`] compares units by their wording plus their closest wordings
//! elsewhere, and a pair whose [`frame`]s (people, figures) conflict keeps
//! part of its similarity only → [`pair_model`] weighs each pair's evidence
//! into a probability → [`cluster`] gathers the pairs of one event by average linkage
//! into `Same` claims → [`membership`] lets a unit that carries two facts
//! join a second claim → claims of different events (`crate::events`) that
//! are as close as one claim's wordings join as a `Theme` →
//! [`divergence`] marks differences and [`ids`] names claims by content.

pub mod cluster;
pub mod context;
pub mod divergence;
pub mod features;
pub mod frame;
pub mod ids;
pub mod index;
pub mod lexicon;
pub mod measures;
pub mod membership;
pub mod pair_model;
mod pair_weights;
pub mod score;
pub mod stem;
pub mod units;

use crate::analysis::{Claim, ClaimMember, Event, LinkStrength, Quote, Span, UniqueUnits};
use crate::corpus::Corpus;
use crate::entities::Entities;
use features::{Interner, Unit};
use rustc_hash::FxHashMap as HashMap;
use score::{cosine, Idf};

/// Word-vector similarity a pair needs to be scored at all (and to count
/// as a neighbour in a unit's context).
pub const CANDIDATE: f32 = 0.05;

/// How much of its similarity a pair keeps when the two units name
/// different people or state different figures ([`frame`]): such wordings
/// usually tell two facts, though a very close paraphrase may still link.
pub const FRAME_CONFLICT: f32 = 0.5;

/// The alignment's thresholds. The pair model and the two bars `join` and
/// `also` are fitted on the development sets by scripts/fit_pairs.py
/// (leave-one-set-out figures in its output and the README).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Mean pair probability over all member pairs two clusters need to
    /// merge (a missing link counts as zero).
    pub join: f32,
    /// Mean pair probability to a claim's members an item needs to be a
    /// member of that claim too (a sentence carrying two facts).
    pub also: f32,
    /// Share of its similarity a pair keeps when its frames conflict.
    pub conflict: f32,
    /// Mean similarity claims of different events need to be linked as a
    /// theme (above 1: no themes).
    pub theme: f32,
    /// Most claims an item joins besides its own.
    pub second: usize,
    /// Weighs a scored pair's evidence into the probability that it tells
    /// one claim; `join` and `also` are means of these probabilities.
    pub model: pair_model::PairModel,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            join: pair_weights::JOIN,
            also: pair_weights::ALSO,
            conflict: FRAME_CONFLICT,
            theme: 0.45,
            second: 1,
            model: pair_model::PairModel::default(),
        }
    }
}
/// Longest label, in chars.
const LABEL_CHARS: usize = 120;

#[derive(Clone, Debug, Default)]
pub struct Claims {
    pub claims: Vec<Claim>,
    pub unique: Vec<UniqueUnits>,
}

/// Verbatim-equal units (same normalised words), aligned as one item.
struct Group {
    units: Vec<usize>,
    docs: Vec<usize>,
}

/// Splits documents into claim units and aligns them across documents,
/// grouping the documents into events first.
pub fn align(corpus: &Corpus, entities: &Entities, quotes: &[Quote]) -> Claims {
    let events = crate::events::group(corpus, entities);
    align_in(corpus, entities, quotes, &events)
}

/// [`align`] within events already grouped: units of one event may form a
/// `Same` claim, units of different events only a `Theme`.
pub fn align_in(
    corpus: &Corpus,
    entities: &Entities,
    quotes: &[Quote],
    events: &[Event],
) -> Claims {
    align_with(corpus, entities, quotes, events, &Params::default())
}

/// Units, their groups of verbatim repeats and the scored pairs between
/// groups: what alignment and the pair table share.
struct Prepared<'q> {
    all: Vec<Unit>,
    groups: Vec<Group>,
    reps: Vec<Unit>,
    idf: Idf,
    quotes_by_doc: Vec<Vec<&'q Quote>>,
    /// Document of each group's first unit.
    doc_of: Vec<usize>,
    /// Pairs of one event by context similarity, with their evidence.
    same: Vec<(usize, usize, pair_model::PairEvidence)>,
    /// Pairs of different events by context similarity.
    theme_links: Vec<(usize, usize, f32)>,
}

fn prepare<'q>(
    corpus: &Corpus,
    entities: &Entities,
    quotes: &'q [Quote],
    events: &[Event],
    params: &Params,
) -> Prepared<'q> {
    let docs = &corpus.documents;
    let mut quotes_by_doc: Vec<Vec<&Quote>> = vec![Vec::new(); docs.len()];
    for q in quotes {
        if let Some(v) = quotes_by_doc.get_mut(q.doc) {
            v.push(q);
        }
    }
    for v in &mut quotes_by_doc {
        v.sort_by_key(|q| q.span.start);
    }

    let mut interner = Interner::default();
    let mut all: Vec<Unit> = Vec::new();
    let mut places: Vec<pair_model::Place> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let mut first = true;
        for span in units::units(&d.text) {
            let qs = &quotes_by_doc[di];
            let lo = qs.partition_point(|q| q.span.end <= span.start);
            let hi = qs.partition_point(|q| q.span.start < span.end);
            let near = qs.get(lo..hi.max(lo)).unwrap_or(&[]);
            let u = features::extract(&d.text, di, span, entities, near, &mut interner);
            if !u.norm.is_empty() {
                places.push(pair_model::Place {
                    first,
                    position: span.start as f32 / d.text.len().max(1) as f32,
                });
                first = false;
                all.push(u);
            }
        }
    }

    // Verbatim repeats (within and across documents) are one item: cheap,
    // and hundreds of identical sentences never meet pairwise. Repeats in
    // different events stay apart: a headline reused for a sequel is a theme.
    let event_of = crate::events::event_of_docs(events, docs.len());
    let mut by_key: HashMap<(u64, usize), usize> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for (ui, u) in all.iter().enumerate() {
        let ev = event_of.get(u.doc).copied().unwrap_or(usize::MAX);
        let g = *by_key.entry((u.key, ev)).or_insert_with(|| {
            groups.push(Group {
                units: Vec::new(),
                docs: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].units.push(ui);
        if groups[g].docs.last() != Some(&u.doc) {
            groups[g].docs.push(u.doc);
        }
    }
    for g in &mut groups {
        g.docs.sort();
        g.docs.dedup();
    }

    let reps: Vec<Unit> = groups.iter().map(|g| all[g.units[0]].clone()).collect();
    let rep_places: Vec<pair_model::Place> = groups.iter().map(|g| places[g.units[0]]).collect();
    let idf = Idf::new(&reps);
    let vectors: Vec<score::Vector> = reps.iter().map(|u| score::vector(u, &idf)).collect();
    let entries: Vec<index::Entry> = reps
        .iter()
        .zip(&vectors)
        .zip(&groups)
        .map(|((u, v), g)| index::Entry {
            features: &u.features,
            vector: v,
            only_doc: (g.docs.len() == 1).then(|| g.docs[0]),
        })
        .collect();
    let mut edges = index::candidate_edges(&entries, &idf, CANDIDATE);
    // Before contexts are built too: a unit's context is its closest
    // wordings, and a figure it contradicts is no context of it.
    let conflicting = |a: usize, b: usize| frame::conflict(&reps[a].frame, &reps[b].frame);
    for e in &mut edges {
        if conflicting(e.0, e.1) {
            e.2 *= params.conflict;
        }
    }
    let n = groups.len();
    let doc_of: Vec<usize> = groups.iter().map(|g| g.docs[0]).collect();
    let event = |g: usize| event_of.get(doc_of[g]).copied().unwrap_or(usize::MAX);
    let near = context::neighbours(n, &edges);
    let ctx = context::context_vectors(&vectors, &near);
    let separate = |a: usize, b: usize| !matches!((entries[a].only_doc, entries[b].only_doc), (Some(x), Some(y)) if x == y);
    let word: HashMap<(usize, usize), f32> = edges.iter().map(|&(a, b, w)| ((a, b), w)).collect();
    let mut cedges = context::context_edges(&ctx, &edges, separate);
    for e in &mut cedges {
        if conflicting(e.0, e.1) {
            e.2 *= params.conflict;
        }
    }
    let (same_links, theme_links): (Vec<_>, Vec<_>) = cedges
        .into_iter()
        .partition(|&(a, b, _)| event(a) == event(b));
    // Each side's rank among the other's partners by context similarity
    // (0 = closest), in one sort of every item's partner list.
    let mut partners: Vec<Vec<(f32, usize, usize)>> = vec![Vec::new(); n];
    for (i, &(a, b, w)) in same_links.iter().enumerate() {
        partners[a].push((w, b, i));
        partners[b].push((w, a, i));
    }
    let mut rank_ab = vec![0usize; same_links.len()];
    let mut rank_ba = vec![0usize; same_links.len()];
    for (item, p) in partners.iter_mut().enumerate() {
        p.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        for (r, &(_, _, i)) in p.iter().enumerate() {
            // rank_ab: b's rank in a's list; rank_ba: a's rank in b's list.
            if same_links[i].0 == item {
                rank_ab[i] = r;
            } else {
                rank_ba[i] = r;
            }
        }
    }
    let same = same_links
        .iter()
        .enumerate()
        .map(|(i, &(a, b, w))| {
            let ev = pair_model::PairEvidence {
                word: word.get(&(a, b)).copied().unwrap_or(0.0),
                context: w,
                conflict: conflicting(a, b),
                rank_ab: rank_ab[i],
                rank_ba: rank_ba[i],
                place_a: rep_places[a],
                place_b: rep_places[b],
            };
            (a, b, ev)
        })
        .collect();
    Prepared {
        all,
        groups,
        reps,
        idf,
        quotes_by_doc,
        doc_of,
        same,
        theme_links,
    }
}

/// One scored pair of one event, for fitting the pair model
/// (scripts/fit_pairs.py): the two units and the pair's features.
#[derive(Clone, Debug, PartialEq)]
pub struct PairRow {
    pub a: ClaimMember,
    pub b: ClaimMember,
    pub features: [f32; pair_model::FEATURES],
}

/// Every scored pair of units of one event with its features.
pub fn pair_table(
    corpus: &Corpus,
    entities: &Entities,
    quotes: &[Quote],
    events: &[Event],
) -> Vec<PairRow> {
    let p = prepare(corpus, entities, quotes, events, &Params::default());
    p.same
        .iter()
        .map(|(a, b, ev)| {
            let (ua, ub) = (&p.reps[*a], &p.reps[*b]);
            PairRow {
                a: ClaimMember {
                    doc: ua.doc,
                    span: ua.span,
                },
                b: ClaimMember {
                    doc: ub.doc,
                    span: ub.span,
                },
                features: pair_model::features(ua, ub, ev),
            }
        })
        .collect()
}

/// [`align_in`] with other thresholds (for fitting them).
pub fn align_with(
    corpus: &Corpus,
    entities: &Entities,
    quotes: &[Quote],
    events: &[Event],
    params: &Params,
) -> Claims {
    let docs = &corpus.documents;
    let Prepared {
        all,
        groups,
        reps,
        idf,
        quotes_by_doc,
        doc_of,
        same,
        theme_links,
    } = prepare(corpus, entities, quotes, events, params);
    let n = groups.len();
    let conflicting = |a: usize, b: usize| frame::conflict(&reps[a].frame, &reps[b].frame);
    let same_links: Vec<(usize, usize, f32)> = same
        .iter()
        .map(|(a, b, ev)| {
            let x = pair_model::features(&reps[*a], &reps[*b], ev);
            (*a, *b, params.model.probability(&x))
        })
        .collect();
    let clusters = cluster::average_linkage(n, &same_links, |_| 1.0, params.join);
    let clusters = membership::extend(
        &clusters,
        &same_links,
        &doc_of,
        params.also,
        params.second,
        conflicting,
    );
    // Themes: clusters of different events whose wordings are, on the whole,
    // as close as one claim's are linked as a recurring talking point.
    let mut cluster_of = vec![0; n];
    for (ci, c) in clusters.iter().enumerate() {
        for &g in c {
            cluster_of[g] = ci;
        }
    }
    let between: Vec<(usize, usize, f32)> = theme_links
        .iter()
        .filter(|&&(_, _, s)| s >= params.theme)
        .map(|&(a, b, s)| (cluster_of[a], cluster_of[b], s))
        .collect();
    let sizes: Vec<f32> = clusters.iter().map(|c| c.len() as f32).collect();
    let themes = cluster::average_linkage(
        clusters.len(),
        &between,
        |c| sizes.get(c).copied().unwrap_or(1.0),
        params.theme,
    );

    let units_of = |gs: &mut dyn Iterator<Item = usize>| -> Vec<usize> {
        let mut us: Vec<usize> = gs.flat_map(|g| groups[g].units.iter().copied()).collect();
        us.sort_by_key(|&u| (all[u].doc, all[u].span.start));
        us
    };
    let doc_count = |us: &[usize]| {
        let mut ds: Vec<usize> = us.iter().map(|&u| all[u].doc).collect();
        ds.sort_unstable();
        ds.dedup();
        ds.len()
    };
    let mut claims = Vec::new();
    let mut in_claim = vec![false; all.len()];
    for c in &clusters {
        let us = units_of(&mut c.iter().copied());
        if doc_count(&us) < 2 {
            continue;
        }
        for &u in &us {
            in_claim[u] = true;
        }
        claims.push(make_claim(
            &us,
            &all,
            &vectors_of(&us, &all, &idf),
            LinkStrength::Same,
            corpus,
            entities,
            &quotes_by_doc,
        ));
    }
    for t in themes.iter().filter(|t| t.len() >= 2) {
        let us = units_of(&mut t.iter().flat_map(|&c| clusters[c].iter().copied()));
        for &u in &us {
            in_claim[u] = true;
        }
        claims.push(make_claim(
            &us,
            &all,
            &vectors_of(&us, &all, &idf),
            LinkStrength::Theme,
            corpus,
            entities,
            &quotes_by_doc,
        ));
    }
    let mut ids: Vec<String> = claims.iter().map(|c: &Claim| c.id.clone()).collect();
    claims.sort_by(|a, b| a.id.cmp(&b.id));
    ids.sort();
    ids::dedupe(&mut ids);
    for (c, id) in claims.iter_mut().zip(ids) {
        c.id = id;
    }
    claims.sort_by(|a, b| {
        (
            a.strength,
            std::cmp::Reverse(a.coverage),
            &a.members.first().map(|m| (m.doc, m.span.start)),
        )
            .cmp(&(
                b.strength,
                std::cmp::Reverse(b.coverage),
                &b.members.first().map(|m| (m.doc, m.span.start)),
            ))
    });

    let mut unique: Vec<UniqueUnits> = Vec::new();
    for (u, unit) in all.iter().enumerate() {
        if in_claim[u] {
            continue;
        }
        match unique.last_mut() {
            Some(x) if x.doc == unit.doc => x.spans.push(unit.span),
            _ => unique.push(UniqueUnits {
                doc: unit.doc,
                spans: vec![unit.span],
            }),
        }
    }
    if docs.len() < 2 {
        return Claims::default();
    }
    Claims { claims, unique }
}

fn vectors_of(us: &[usize], all: &[Unit], idf: &Idf) -> Vec<score::Vector> {
    us.iter().map(|&u| score::vector(&all[u], idf)).collect()
}

fn make_claim(
    us: &[usize],
    all: &[Unit],
    vectors: &[score::Vector],
    strength: LinkStrength,
    corpus: &Corpus,
    entities: &Entities,
    quotes_by_doc: &[Vec<&Quote>],
) -> Claim {
    let members: Vec<ClaimMember> = us
        .iter()
        .map(|&u| ClaimMember {
            doc: all[u].doc,
            span: all[u].span,
        })
        .collect();
    let centroid = vectors
        .iter()
        .fold(Vec::new(), |acc, v| score::add(&acc, v));
    let central = (0..us.len())
        .max_by(|&a, &b| {
            cosine(&vectors[a], &centroid)
                .partial_cmp(&cosine(&vectors[b], &centroid))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(b.cmp(&a))
        })
        .unwrap_or(0);
    let label = members
        .get(central)
        .and_then(|m| {
            corpus
                .documents
                .get(m.doc)
                .map(|d| trim_label(m.span.slice(&d.text)))
        })
        .unwrap_or_default();
    let mut docs: Vec<usize> = members.iter().map(|m| m.doc).collect();
    docs.dedup();
    let divergences = if strength == LinkStrength::Same {
        divergence::divergences(&members, corpus, entities, quotes_by_doc)
    } else {
        Vec::new()
    };
    Claim {
        id: ids::claim_id(
            us.iter().map(|&u| all[u].norm.as_str()),
            strength == LinkStrength::Theme,
        ),
        label,
        coverage: docs.len(),
        members,
        divergences,
        strength,
    }
}

/// The text cut to `LABEL_CHARS` at a word boundary, with an ellipsis.
fn trim_label(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= LABEL_CHARS {
        return s;
    }
    let cut = s
        .char_indices()
        .nth(LABEL_CHARS)
        .map_or(s.len(), |(i, _)| i);
    let head = &s[..cut];
    let head = head.rfind(' ').map_or(head, |i| &head[..i]);
    format!("{head}…")
}

/// The span of every claim unit of a text (for callers that show units).
pub fn unit_spans(text: &str) -> Vec<Span> {
    units::units(text)
}
