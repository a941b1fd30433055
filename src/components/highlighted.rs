//! An article as the reader's view model cuts it: entity highlights,
//! quotations with their speaker, claim sentences with margin markers.
//! All text goes in as text nodes.

use crate::components::layout::page_href;
use crate::components::legend::{type_class, type_name};
use crate::url::{Page, Query};
use crate::view::quotes::Speaker;
use crate::view::reader::{Marker, Paragraph, QuoteStart, Run};
use leptos::prelude::*;

/// A speaker tag: a link to the speaker's entity page, or a plain tag for
/// a quotation the article attributes to no one. `id` lets a link land on it.
pub fn speaker_tag(speaker: Option<Speaker>, id: Option<String>, query: &Query) -> impl IntoView {
    // The label is drawn from an attribute by CSS, so the article's own text
    // (what a copy or a text search of the page sees) stays exactly the article's.
    match speaker {
        Some(s) if s.linked => {
            let href = page_href(&Page::Entity { id: s.id.clone() }, query);
            let label = format!("Quoted speaker: {} (all their quotes)", s.name);
            view! {
                <a class="speaker" id=id href=href title=label.clone() aria-label=label
                    data-speaker=s.name data-entity=s.id></a>
            }
            .into_any()
        }
        Some(s) => view! {
            <span class="speaker" id=id title=format!("Quoted speaker: {}", s.name) data-speaker=s.name></span>
        }
        .into_any(),
        None => view! {
            <span class="speaker none" id=id title="The article does not say who said this"
                data-speaker="unattributed"></span>
        }
        .into_any(),
    }
}

fn run_view(run: Run, starts_claim: bool, query: &Query) -> impl IntoView {
    let mut class = Vec::new();
    let mut title = Vec::new();
    if let Some(e) = &run.entity {
        class.push(format!("ent {}", type_class(e.kind)));
        if e.focus {
            class.push("focus".into());
        }
        title.push(format!("{} ({})", type_name(e.kind), e.kind.label()));
    }
    if run.quote {
        class.push("quote".into());
    }
    if run.claim.is_some() {
        class.push("claim-sent".into());
    }
    let speaker = run
        .opens
        .clone()
        .map(|QuoteStart { anchor, speaker }| speaker_tag(speaker, Some(anchor), query));
    let mref = run
        .claim
        .filter(|_| starts_claim)
        .map(|n| view! { <sup class="mref" aria-hidden="true" data-n=n></sup> });
    let entity = run.entity.map(|e| e.entity);
    let body = if class.is_empty() {
        run.text.into_any()
    } else {
        view! {
            <span class=class.join(" ") title=(!title.is_empty()).then(|| title.join(", ")) data-entity=entity>
                {run.text}
            </span>
        }
        .into_any()
    };
    view! { {mref} {speaker} {body} }
}

fn marker_view(m: Marker, query: &Query) -> impl IntoView {
    let href = page_href(
        &Page::Claim {
            id: m.claim.clone(),
        },
        query,
    );
    let others = match m.others {
        0 => "only this source".to_string(),
        1 => "1 other source".to_string(),
        n => format!("{n} other sources"),
    };
    let title = format!("Claim {}: {} — {}", m.number, m.label, others);
    let sr = format!("Claim: {} — ", m.label);
    view! {
        <a class=if m.others == 0 { "marker lone" } else { "marker" } href=href
            title=title data-claim=m.claim.clone()>
            <span class="marker-n">{m.number}</span>
            <span class="sr-only">{sr}</span>
            <span class="marker-count">{others}</span>
        </a>
    }
}

#[component]
pub fn HighlightedText(paragraphs: Vec<Paragraph>, query: Query) -> impl IntoView {
    paragraphs
        .into_iter()
        .map(|p| {
            let mut last = None;
            let runs = p
                .runs
                .into_iter()
                .map(|r| {
                    let starts = r.claim.is_some() && r.claim != last;
                    last = r.claim;
                    run_view(r, starts, &query)
                })
                .collect_view();
            let class = if p.headline {
                "para headline"
            } else if p.repeat {
                "para repeat"
            } else {
                "para"
            };
            let markers = (!p.markers.is_empty()).then(|| {
                let q = query.clone();
                view! {
                    <div class="markers">
                        {p.markers.into_iter().map(|m| marker_view(m, &q)).collect_view()}
                    </div>
                }
            });
            view! {
                <div class=class>
                    <p>{p.repeat.then(|| view! { <span class="tag">"repeat"</span> " " })}{runs}</p>
                    {markers}
                </div>
            }
        })
        .collect_view()
}

/// Brings the element a link's `#fragment` names (a quotation's speaker
/// tag) into view and marks it. The reader draws its highlights after the
/// navigation, so the browser's own jump found nothing to jump to; and a
/// history push does not set `:target`, hence the attribute.
pub fn reveal_fragment() {
    let hash = window().location().hash().unwrap_or_default();
    let id = crate::url::decode(hash.trim_start_matches('#'));
    if id.is_empty() {
        return;
    }
    let doc = document();
    while let Some(old) = doc.query_selector("[data-target]").ok().flatten() {
        let _ = old.remove_attribute("data-target");
    }
    if let Some(el) = doc.get_element_by_id(&id) {
        let _ = el.set_attribute("data-target", "");
        el.scroll_into_view_with_bool(true);
    }
}
