//! An article as the reader's view model cuts it: entity highlights,
//! quotations with their speaker, claim sentences with margin markers.
//! All text goes in as text nodes.

use crate::components::layout::page_href;
use crate::components::legend::{type_class, type_name};
use crate::url::{Page, Query};
use crate::view::reader::{Marker, Paragraph, Run};
use leptos::prelude::*;

fn run_view(run: Run, starts_claim: bool) -> impl IntoView {
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
    let speaker = run.speaker.clone().map(|s| {
        let (text, cls) = if s.is_empty() {
            ("unattributed".to_string(), "speaker none")
        } else {
            (s, "speaker")
        };
        view! { <span class=cls title="Quoted speaker">{text}</span> }
    });
    let mref = run
        .claim
        .filter(|_| starts_claim)
        .map(|n| view! { <sup class="mref" aria-hidden="true">{n}</sup> });
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
                    run_view(r, starts)
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
