//! The engine's output types: the contract between the engine stages, the
//! CLI's JSON export and the app's view model. Spans are byte ranges into
//! `Document::text` (the cleaned text) and always fall on char boundaries.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Index of a document in `Corpus::documents`.
pub type DocIx = usize;

/// A byte range into a document's cleaned text.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The slice of `text` this span covers, or "" if it does not slice cleanly.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// OntoNotes-style entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Norp,
    Org,
    Gpe,
    Loc,
    Fac,
    Event,
    Law,
    Product,
    #[serde(rename = "WORK_OF_ART")]
    WorkOfArt,
    Language,
    Date,
    Time,
    Money,
    Percent,
    Cardinal,
    Ordinal,
    Quantity,
}

impl EntityType {
    pub const ALL: [EntityType; 18] = [
        EntityType::Person,
        EntityType::Norp,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Fac,
        EntityType::Event,
        EntityType::Law,
        EntityType::Product,
        EntityType::WorkOfArt,
        EntityType::Language,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
        EntityType::Cardinal,
        EntityType::Ordinal,
        EntityType::Quantity,
    ];

    /// The OntoNotes label, as used in JSON and URLs.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Norp => "NORP",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Event => "EVENT",
            EntityType::Law => "LAW",
            EntityType::Product => "PRODUCT",
            EntityType::WorkOfArt => "WORK_OF_ART",
            EntityType::Language => "LANGUAGE",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
            EntityType::Cardinal => "CARDINAL",
            EntityType::Ordinal => "ORDINAL",
            EntityType::Quantity => "QUANTITY",
        }
    }

    /// Parses a label case-insensitively ("person", "GPE").
    pub fn from_label(s: &str) -> Option<EntityType> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.label().eq_ignore_ascii_case(s.trim()))
    }

    /// Names of things (as opposed to dates, numbers and amounts).
    pub fn is_name(self) -> bool {
        matches!(
            self,
            EntityType::Person
                | EntityType::Norp
                | EntityType::Org
                | EntityType::Gpe
                | EntityType::Loc
                | EntityType::Fac
                | EntityType::Event
                | EntityType::Law
                | EntityType::Product
                | EntityType::WorkOfArt
                | EntityType::Language
        )
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One occurrence of an entity in one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: DocIx,
    pub span: Span,
    pub kind: EntityType,
    /// Id of the linked entity in `Analysis::entity_index`.
    pub entity: String,
}

/// A linked entity: every mention of one referent across the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id derived from the display name and type (e.g. `person:vladimir-putin`).
    pub id: String,
    /// The fullest form seen.
    pub name: String,
    pub kind: EntityType,
    /// Other surface forms, sorted, without `name`.
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// Documents it is mentioned in, ascending.
    pub docs: Vec<DocIx>,
}

/// A quotation and, where the text says it, who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub doc: DocIx,
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// Entity id of the speaker, if attributed.
    pub speaker: Option<String>,
}

/// One document's wording of a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimMember {
    pub doc: DocIx,
    pub span: Span,
}

/// How members of one claim differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DivergenceKind {
    /// The same remark quoted in different words.
    Quote,
    /// Different numbers or amounts.
    Number,
    /// Different dates or times.
    Date,
    /// A different speaker, or a different title for the same person.
    Speaker,
    /// One source hedges ("may", "reportedly") where another asserts.
    Hedge,
}

impl DivergenceKind {
    pub fn label(self) -> &'static str {
        match self {
            DivergenceKind::Quote => "quote",
            DivergenceKind::Number => "number",
            DivergenceKind::Date => "date",
            DivergenceKind::Speaker => "speaker",
            DivergenceKind::Hedge => "hedge",
        }
    }
}

/// One member's differing span within a divergence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DivergentSpan {
    /// Index into `Claim::members`.
    pub member: usize,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Divergence {
    pub kind: DivergenceKind,
    pub spans: Vec<DivergentSpan>,
    /// A short human explanation ("$200 billion vs earlier than 2024").
    pub note: String,
}

/// How strongly a claim's members belong together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkStrength {
    /// The same statement or fact about the same event.
    Same,
    /// A recurring talking point from different events.
    Theme,
}

/// A statement reported by one or more sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable id derived from content (survives rebuilds and unrelated additions).
    pub id: String,
    /// A short readable summary.
    pub label: String,
    /// Members sorted by document then position.
    pub members: Vec<ClaimMember>,
    pub divergences: Vec<Divergence>,
    /// Number of distinct documents reporting the claim.
    pub coverage: usize,
    pub strength: LinkStrength,
}

/// A document's claim units that no other source reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UniqueUnits {
    pub doc: DocIx,
    pub spans: Vec<Span>,
}

/// One story the corpus reports: the documents that cover the same
/// happening (same days, same people and places).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id from the earliest date and the label's names
    /// (`2024-05-01-ana-lima-geneva`, `undated-…`): unchanged by document order.
    pub id: String,
    /// The names its documents share most, and when ("Ana Lima, Geneva · May 2024").
    pub label: String,
    /// Earliest and latest ISO day of its dated documents; None when none is dated.
    pub start: Option<String>,
    pub end: Option<String>,
    /// Member documents, ascending.
    pub documents: Vec<DocIx>,
}

/// Everything the engine computes for a corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub mentions: Vec<Mention>,
    pub entity_index: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub unique: Vec<UniqueUnits>,
    /// Events in date order (undated last); every document is in exactly one.
    #[serde(default)]
    pub events: Vec<Event>,
}

impl Analysis {
    /// The index into `events` of the event `doc` belongs to.
    pub fn event_of(&self, doc: DocIx) -> Option<usize> {
        self.events
            .iter()
            .position(|e| e.documents.binary_search(&doc).is_ok())
    }
}
