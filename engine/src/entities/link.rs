//! Linking: mentions of one referent share an entity id, within and across
//! documents (surnames, transliteration variants, acronyms, spelling
//! variants), and every entity gets a display name, aliases and counts.

use super::detect::{is_acronym_of, AcronymDef, Raw};
use super::gazetteer;
use super::{display, variants};
use crate::analysis::{DocIx, Entity, EntityType, Mention, Span};
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

/// A name mention from detection, with its document.
pub struct NameMention {
    pub doc: DocIx,
    pub raw: Raw,
    pub surface: String,
}

/// A number or date with its value id.
pub struct ValueMention {
    pub doc: DocIx,
    pub span: Span,
    pub kind: EntityType,
    pub id: String,
    pub surface: String,
}

/// Folds common Latin accents to ASCII ("José" → "Jose").
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
            'Í' | 'Î' | 'İ' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'Ó' | 'Ö' | 'Ø' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ú' | 'Ü' => 'U',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Č' => 'C',
            'ñ' | 'ń' | 'ň' => 'n',
            'ś' | 'š' | 'ş' => 's',
            'Š' | 'Ş' | 'Ś' => 'S',
            'ž' | 'ź' | 'ż' => 'z',
            'Ž' => 'Z',
            'ł' => 'l',
            'Ł' => 'L',
            'ř' => 'r',
            'ğ' => 'g',
            'ý' | 'ÿ' => 'y',
            '’' | 'ʼ' | '‘' => '\'',
            other => other,
        })
        .collect()
}

/// Transliteration-insensitive key of one name word: Sergey/Sergei,
/// Nikolay/Nikolai, Dmitriy/Dmitry all meet at the same key.
pub fn translit_key(word: &str) -> String {
    let f = fold(word).to_lowercase().replace('y', "i");
    let mut out = String::with_capacity(f.len());
    for c in f.chars() {
        // "ii" → "i" (Dmitrii/Dmitri), and doubled consonants vary too.
        if out.ends_with(c) && (c == 'i' || !"aeou".contains(c)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Key of a person name: translit keys of its words, initials dropped.
pub fn person_key(name: &str) -> Vec<String> {
    name.split([' ', '-'])
        .map(|w| w.trim_matches('.'))
        .filter(|w| w.chars().count() > 1)
        .map(translit_key)
        .collect()
}

/// Key of any other name: case, accents, a leading "the" and British/American
/// -isation/-ization spellings don't matter.
pub fn name_key(name: &str) -> String {
    let f = fold(name).to_lowercase();
    let mut key = f.strip_prefix("the ").unwrap_or(&f).to_string();
    for (from, to) in [
        ("isation", "ization"),
        ("ise ", "ize "),
        ("defence", "defense"),
        ("centre", "center"),
    ] {
        // Most names contain none of these: no copy for them.
        if key.contains(from) {
            key = key.replace(from, to);
        }
    }
    key.retain(|c| c != '.' && c != '\'');
    key
}

/// `key` of each distinct surface, computed once (a corpus names the same
/// few hundred entities over and over), and which of them each mention has.
struct PerSurface<T> {
    keys: Vec<T>,
    of: Vec<usize>,
}

impl<T> PerSurface<T> {
    fn new(names: &[NameMention], key: impl Fn(&str) -> T) -> Self {
        let mut seen: HashMap<&str, usize> = HashMap::default();
        let mut keys = Vec::new();
        let of = names
            .iter()
            .map(|m| {
                *seen.entry(m.surface.as_str()).or_insert_with(|| {
                    keys.push(key(&m.surface));
                    keys.len() - 1
                })
            })
            .collect();
        PerSurface { keys, of }
    }

    /// Mention `i`'s key.
    fn get(&self, i: usize) -> Option<&T> {
        self.keys.get(*self.of.get(i)?)
    }

    /// Every mention's key, in mention order.
    fn iter(&self) -> impl Iterator<Item = &T> {
        self.of.iter().filter_map(|&k| self.keys.get(k))
    }
}

/// Stable id part from a display name: lowercase ASCII words joined by '-'.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(s).to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if c != '.' && c != '\'' && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn kind_code(k: EntityType) -> String {
    k.label().to_ascii_lowercase()
}

#[derive(Default)]
struct Group {
    kind: Option<EntityType>,
    canonical: Option<&'static str>,
    surfaces: BTreeMap<String, usize>,
    docs: BTreeSet<DocIx>,
    mentions: usize,
    /// Ambiguous bare surname: display stays the surname.
    bare: bool,
}

impl Group {
    /// One more mention, written `surface`, in `doc`.
    fn add(&mut self, surface: &str, doc: DocIx) {
        match self.surfaces.get_mut(surface) {
            Some(n) => *n += 1,
            None => {
                self.surfaces.insert(surface.to_string(), 1);
            }
        }
        self.docs.insert(doc);
        self.mentions += 1;
    }
}

/// The group under `key`, made empty if there is none yet (`None` never:
/// the two steps keep the key uncopied for the usual group that exists).
fn group_of<'a>(groups: &'a mut HashMap<String, Group>, key: &str) -> Option<&'a mut Group> {
    if !groups.contains_key(key) {
        groups.insert(key.to_string(), Group::default());
    }
    groups.get_mut(key)
}

/// Links name and value mentions into mentions with ids and the entity index.
pub fn link(
    mut names: Vec<NameMention>,
    defs: &[(DocIx, AcronymDef)],
    values: Vec<ValueMention>,
) -> (Vec<Mention>, Vec<Entity>) {
    // 1. Consistency: a surface typed with strong evidence somewhere is
    //    typed that way where only guessed.
    let nkeys = PerSurface::new(&names, name_key);
    let mut strong: HashMap<&str, BTreeMap<EntityType, usize>> = HashMap::default();
    for (m, nk) in names.iter().zip(nkeys.iter()) {
        if m.raw.strong && !m.raw.local {
            *strong
                .entry(nk.as_str())
                .or_default()
                .entry(m.raw.kind)
                .or_default() += 1;
        }
    }
    for (m, nk) in names
        .iter_mut()
        .zip(nkeys.iter())
        .filter(|(m, _)| !m.raw.strong)
    {
        if let Some(best) = strong
            .get(nk.as_str())
            .and_then(|c| c.iter().max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k))))
        {
            m.raw.kind = *best.0;
            m.raw.strong = true;
        }
    }

    // 2. Persons with two or more name words are the anchors.
    let mut full_by_last: BTreeMap<String, BTreeSet<Vec<String>>> = BTreeMap::new();
    let mut full_by_first: BTreeMap<String, BTreeSet<Vec<String>>> = BTreeMap::new();
    // Mention positions of full names by document, with the name's index in `pkeys`.
    let mut full_positions: BTreeMap<DocIx, Vec<(usize, usize)>> = BTreeMap::new();
    let pkeys = PerSurface::new(&names, person_key);
    let canon_keys: Vec<Option<String>> = {
        let mut memo: HashMap<&str, String> = HashMap::default();
        names
            .iter()
            .map(|m| {
                m.raw
                    .canonical
                    .map(|c| memo.entry(c).or_insert_with(|| name_key(c)).clone())
            })
            .collect()
    };
    // "org|world health organization": the key of a mention read as `kind`.
    let plain = |i: usize, kind: EntityType| -> String {
        let nk = canon_keys
            .get(i)
            .and_then(Option::as_deref)
            .or_else(|| nkeys.get(i).map(String::as_str))
            .unwrap_or("");
        format!("{}|{nk}", kind_code(kind))
    };
    let mut full_names = BTreeSet::new();
    for (m, &k) in names.iter().zip(&pkeys.of) {
        if m.raw.kind == EntityType::Person && pkeys.keys.get(k).is_some_and(|key| key.len() >= 2) {
            full_names.insert(k);
            full_positions
                .entry(m.doc)
                .or_default()
                .push((m.raw.span.start, k));
        }
    }
    for key in full_names.iter().filter_map(|&k| pkeys.keys.get(k)) {
        if let (Some(f), Some(l)) = (key.first(), key.last()) {
            full_by_last
                .entry(l.clone())
                .or_default()
                .insert(key.clone());
            full_by_first
                .entry(f.clone())
                .or_default()
                .insert(key.clone());
        }
    }
    // A full name's group key, and a single word's transliteration key
    // (the only keys asked for below).
    let person_keys: Vec<String> = pkeys
        .keys
        .iter()
        .map(|k| {
            if k.len() >= 2 {
                format!("person|{}", k.join(" "))
            } else {
                String::new()
            }
        })
        .collect();
    let tkeys = PerSurface::new(&names, |s| {
        if s.contains(' ') {
            String::new()
        } else {
            translit_key(s)
        }
    });

    // 3. Acronyms: defined in the text, or spelling a name's initials.
    let mut acronyms: HashMap<String, (EntityType, String)> = HashMap::default();
    let by_span: HashMap<(DocIx, Span), usize> = names
        .iter()
        .enumerate()
        .map(|(i, m)| ((m.doc, m.raw.span), i))
        .collect();
    let mention_at = |doc: DocIx, span: Span| -> Option<(usize, &NameMention)> {
        by_span
            .get(&(doc, span))
            .and_then(|&i| Some((i, names.get(i)?)))
    };
    for (doc, d) in defs {
        if let (Some((li, l)), Some((_, s))) = (mention_at(*doc, d.long), mention_at(*doc, d.short))
        {
            let kind = if l.raw.kind == EntityType::Person {
                EntityType::Org
            } else {
                l.raw.kind
            };
            acronyms.insert(s.surface.replace('.', ""), (kind, plain(li, kind)));
        }
    }
    for (i, m) in names.iter().enumerate() {
        if m.raw.kind != EntityType::Person && m.surface.contains(' ') {
            let initials: String = m
                .surface
                .split([' ', '-', '.'])
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            if initials.chars().count() >= 2 {
                acronyms
                    .entry(initials)
                    .or_insert_with(|| (m.raw.kind, plain(i, m.raw.kind)));
            }
        }
    }

    let g = gazetteer::get();
    let no_names = BTreeSet::new();
    // Hashed while mentions are added (a corpus has many more mentions than
    // entities), ordered by key once after: the order entities are made in.
    let mut groups: HashMap<String, Group> = HashMap::default();
    let mut out = Vec::with_capacity(names.len() + values.len());
    let mut keys = Vec::with_capacity(names.len());
    for (i, (m, pkey)) in names.iter().zip(pkeys.iter()).enumerate() {
        let mut kind = m.raw.kind;
        let mut bare = false;
        let key = if m.raw.canonical.is_some() {
            plain(i, kind)
        } else if kind == EntityType::Person && pkey.len() >= 2 {
            let full = pkeys.of.get(i).and_then(|&k| person_keys.get(k));
            full.cloned().unwrap_or_default()
        } else if let Some((k, key)) = is_acro(&m.surface)
            .then(|| acronyms.get(&m.surface.replace('.', "")))
            .flatten()
            .filter(|(_, key)| *key != plain(i, m.raw.kind))
        {
            kind = *k;
            key.clone()
        } else if (kind == EntityType::Person || !m.raw.strong) && !m.surface.contains(' ') {
            let tk = tkeys.get(i).map(String::as_str).unwrap_or_default();
            let cands = full_by_last
                .get(tk)
                .filter(|c| !c.is_empty())
                .or_else(|| {
                    (!g.is_first_name(&m.surface))
                        .then(|| full_by_first.get(tk))
                        .flatten()
                })
                .unwrap_or(&no_names);
            if cands.is_empty() {
                plain(i, kind)
            } else {
                kind = EntityType::Person;
                let pick = if cands.len() == 1 {
                    cands.iter().next().cloned()
                } else {
                    // The nearest preceding full name in the same document.
                    full_positions.get(&m.doc).and_then(|v| {
                        v.iter()
                            .filter_map(|&(p, k)| Some((p, pkeys.keys.get(k)?)))
                            .filter(|(p, k)| *p < m.raw.span.start && cands.contains(*k))
                            .max_by_key(|(p, _)| *p)
                            .map(|(_, k)| k.clone())
                    })
                };
                match pick {
                    Some(k) => format!("person|{}", k.join(" ")),
                    None => {
                        bare = true;
                        format!("person|{tk}")
                    }
                }
            }
        } else {
            plain(i, kind)
        };
        if let Some(gr) = group_of(&mut groups, &key) {
            gr.kind.get_or_insert(kind);
            if gr.canonical.is_none() {
                gr.canonical = m.raw.canonical;
            }
            gr.bare |= bare;
            gr.add(&m.surface, m.doc);
        }
        keys.push((key, kind));
    }
    let mut value_key = String::new();
    for v in &values {
        value_key.clear();
        value_key.push_str("value|");
        value_key.push_str(&v.id);
        if let Some(gr) = group_of(&mut groups, &value_key) {
            gr.kind.get_or_insert(v.kind);
            gr.add(&v.surface, v.doc);
        }
    }
    let mut groups: BTreeMap<String, Group> = groups.into_iter().collect();

    // 4. Variants of one organisation, facility or event (see variants.rs).
    let named: Vec<variants::Named> = groups
        .iter()
        .filter(|(k, _)| !k.starts_with("value|") && !k.starts_with("person|"))
        .map(|(k, g)| variants::Named {
            key: k,
            kind: g.kind.unwrap_or(EntityType::Org),
            surfaces: g.surfaces.keys().map(String::as_str).collect(),
        })
        .collect();
    let rep = variants::representatives(&named, &back_refs(&names, &keys));
    drop(named);
    if !rep.is_empty() {
        for (from, to) in &rep {
            if let Some(gr) = groups.remove(from) {
                let target = groups.entry(to.clone()).or_default();
                target.kind = target.kind.or(gr.kind);
                target.canonical = target.canonical.or(gr.canonical);
                for (sf, n) in gr.surfaces {
                    *target.surfaces.entry(sf).or_default() += n;
                }
                target.docs.extend(gr.docs);
                target.mentions += gr.mentions;
            }
        }
        for (key, kind) in &mut keys {
            if let Some(to) = rep.get(key) {
                if let Some(k) = groups.get(to).and_then(|g| g.kind) {
                    *kind = k;
                }
                *key = to.clone();
            }
        }
    }

    // 5. Entities: display name = fullest form; ids from content.
    let mut ids: HashMap<String, String> = HashMap::default();
    let mut index: BTreeMap<String, Entity> = BTreeMap::new();
    for (key, gr) in &groups {
        let kind = gr.kind.unwrap_or(EntityType::Org);
        let name = match gr.canonical {
            Some(c) => c.to_string(),
            None if kind == EntityType::Person => display::person_name(&gr.surfaces, gr.bare),
            None => display::other_name(&gr.surfaces),
        };
        let id = match key.strip_prefix("value|") {
            Some(v) => v.to_string(),
            None => {
                let s = slug(&name);
                format!(
                    "{}:{}",
                    kind_code(kind),
                    if s.is_empty() { slug(key) } else { s }
                )
            }
        };
        ids.insert(key.clone(), id.clone());
        let e = index.entry(id.clone()).or_insert_with(|| Entity {
            id: id.clone(),
            name: name.clone(),
            kind,
            aliases: Vec::new(),
            mentions: 0,
            docs: Vec::new(),
        });
        e.mentions += gr.mentions;
        let mut docs: BTreeSet<DocIx> = e.docs.iter().copied().collect();
        docs.extend(gr.docs.iter().copied());
        e.docs = docs.into_iter().collect();
        let mut aliases: BTreeSet<String> = e.aliases.iter().cloned().collect();
        aliases.extend(gr.surfaces.keys().filter(|s| **s != e.name).cloned());
        e.aliases = aliases.into_iter().collect();
    }
    for (m, (key, kind)) in names.iter().zip(keys) {
        if let Some(id) = ids.get(&key) {
            out.push(Mention {
                doc: m.doc,
                span: m.raw.span,
                kind,
                entity: id.clone(),
            });
        }
    }
    for v in values {
        out.push(Mention {
            doc: v.doc,
            span: v.span,
            kind: v.kind,
            entity: v.id,
        });
    }
    out.sort_by_key(|m| (m.doc, m.span.start, m.span.end));
    out.dedup_by(|a, b| a.doc == b.doc && a.span == b.span);
    // A mention's type follows its entity so that filters agree.
    let kinds: HashMap<&str, EntityType> =
        index.values().map(|e| (e.id.as_str(), e.kind)).collect();
    for m in &mut out {
        if let Some(kind) = kinds.get(m.entity.as_str()) {
            m.kind = *kind;
        }
    }
    (out, index.into_values().collect())
}

/// For each single-word name that is an organisation's or facility's cue
/// word ("the Committee", "the Bridge"), the key of the nearest earlier name
/// of the same type in its document that ends with that word.
fn back_refs(
    names: &[NameMention],
    keys: &[(String, EntityType)],
) -> BTreeMap<String, BTreeSet<String>> {
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&i| names.get(i).map(|m| (m.doc, m.raw.span.start)));
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (pos, &i) in order.iter().enumerate() {
        let (Some(m), Some((key, kind))) = (names.get(i), keys.get(i)) else {
            continue;
        };
        if m.surface.contains(' ') || super::cues::tail_cue(&m.surface).is_none() {
            continue;
        }
        // `order` is by document: the scan ends at the document's start.
        let same_doc = order[..pos]
            .iter()
            .rev()
            .take_while(|&&j| names.get(j).is_some_and(|o| o.doc == m.doc));
        let full = same_doc.into_iter().find_map(|&j| {
            let (o, (okey, okind)) = (names.get(j)?, keys.get(j)?);
            (okind == kind
                && okey != key
                && o.surface.contains(' ')
                && o.surface.rsplit(' ').next() == Some(m.surface.as_str()))
            .then(|| okey.clone())
        });
        if let Some(f) = full {
            out.entry(key.clone()).or_default().insert(f);
        }
    }
    out
}

fn is_acro(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && s.chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
}

/// Whether `short` abbreviates `long` (re-exported for tests).
pub fn abbreviates(short: &str, long: &str) -> bool {
    is_acronym_of(short, long)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_meet() {
        for (a, b) in [
            ("Sergey", "Sergei"),
            ("Nikolay", "Nikolai"),
            ("Dmitriy", "Dmitry"),
            ("José", "Jose"),
        ] {
            assert_eq!(translit_key(a), translit_key(b), "{a} {b}");
        }
        assert_ne!(translit_key("Ivan"), translit_key("Ivana"));
    }

    #[test]
    fn spelling_variants_meet() {
        assert_eq!(
            name_key("World Health Organisation"),
            name_key("World Health Organization")
        );
        assert_eq!(name_key("democratisation"), name_key("democratization"));
        assert_eq!(slug("Jean-Luc Mélenchon"), "jean-luc-melenchon");
    }
}
