//! `/`: one card per source, the claims × sources matrix and the most
//! mentioned entities.

use crate::app::use_view;
use crate::components::article::{meta_view, title_view};
use crate::components::filter_bar::{use_filter, use_set_query};
use crate::components::layout::page_href;
use crate::components::legend::{type_class, type_name};
use crate::components::matrix::ClaimMatrix;
use crate::state::use_app;
use crate::url::{Coverage, Page};
use crate::view::doc_meta::{meta_parts, title_shown};
use crate::view::events::{events_overview, EventsOverview};
use crate::view::overview::{cards, cards_shown, top_entities, Card, CARD_PAGE};

/// Cards the page's first view draws in one frame.
const CARD_CHUNK: usize = 6;
use crate::view::{count, matrix::matrix, source_key};
use leptos::prelude::*;
use std::sync::Arc;

fn card_view(card: Card, query: &crate::url::Query) -> impl IntoView {
    let link = page_href(
        &Page::Read {
            doc: card.id.clone(),
        },
        query,
    );
    let share = card.percent();
    let reported = card.reported;
    let of_what = if card.within_event {
        "its event's claims"
    } else {
        "claims"
    };
    view! {
        <li class="card" data-doc=card.id.clone() data-testid="doc-card">
            <h2><span class="key" aria-hidden="true">{card.key.clone()}</span> " " <a href=link>{title_view(title_shown(&card.meta))}</a></h2>
            <p class="meta">{meta_view(meta_parts(&card.meta, card.local, card.words))}</p>
            {match (share, reported) {
                // "0% of claims (0 of 0)" would read as a finding; it is only an empty selection.
                (_, Some((_, 0))) => view! { <p class="meta">{if card.within_event { "No claims shown in its event" } else { "No claims shown" }}</p> }.into_any(),
                (Some(p), Some((r, total))) => view! {
                    <div class="share" title=format!("Reports {r} of the {total} {of_what} shown")>
                        <svg class="share-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="share-track" x="0" y="0" width="100" height="8" rx="2"/>
                            <rect class="share-fill" x="0" y="0" width=p height="8" rx="2"/>
                        </svg>
                        <span class="share-text">{format!("{p}% of {of_what} ({r} of {total})")}</span>
                    </div>
                }
                .into_any(),
                _ => view! { <p class="meta pending">"Counting claims…"</p> }.into_any(),
            }}
            {(card.repeats > 0).then(|| view! {
                <p class="warn">{format!("{} repeated passages: may hold two versions of one story", card.repeats)}</p>
            })}
        </li>
    }
}

/// What the matrix glyphs mean, drawn with the same glyphs.
fn matrix_key() -> impl IntoView {
    view! {
        <ul class="matrix-key" aria-label="Matrix key">
            <li><svg width="20" height="20" aria-hidden="true"><rect class="m-reports" x="1" y="1" width="18" height="18" rx="3"/></svg>" reports it"</li>
            <li><svg width="20" height="20" aria-hidden="true"><rect x="1" y="1" width="18" height="18" rx="3" fill="url(#pattern-diverges)"/><rect class="m-diverges-edge" x="1" y="1" width="18" height="18" rx="3"/></svg>" reports it, wording diverges"</li>
            <li><svg width="20" height="20" aria-hidden="true"><circle class="m-absent" cx="10" cy="10" r="3"/></svg>" does not report it"</li>
            <li><span class="mspread">"all"</span>" every source · "<span class="mspread">"3"</span>" several · "<span class="mspread">"1 only"</span>" one source"</li>
        </ul>
    }
}

/// The corpus's events: a timeline of sources by date grouped by event, a
/// matrix per event, and the talking points that recur across events.
fn events_view(o: EventsOverview, q: crate::url::Query) -> impl IntoView {
    let event_href = |id: &str| {
        let mut q = q.clone();
        q.event = Some(id.to_string());
        page_href(&Page::Overview, &q)
    };
    let timeline = o
        .events
        .iter()
        .map(|e| {
            let sources = e
                .sources
                .iter()
                .map(|s| {
                    let link = page_href(&Page::Read { doc: s.id.clone() }, &q);
                    let date = s.date.clone().unwrap_or_else(|| "undated".into());
                    view! {
                        <li><a href=link title=s.name.clone()><span class="key">{s.key.clone()}</span></a>" "<span class="meta">{date}</span></li>
                    }
                })
                .collect_view();
            view! {
                <li class="timeline-event" data-event=e.id.clone()>
                    <a href=event_href(&e.id)>{e.label.clone()}</a>
                    <ol class="timeline-sources">{sources}</ol>
                </li>
            }
        })
        .collect_view();
    let sections = o
        .events
        .into_iter()
        .map(|e| {
            let all = e
                .matrix
                .rows
                .iter()
                .filter(|r| r.spread == crate::view::filter::Spread::All)
                .count();
            let mut meta = Vec::new();
            if let Some(d) = &e.dates {
                meta.push(d.clone());
            }
            let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            meta.push(count(e.sources.len(), "source", "sources"));
            meta.push(count(e.matrix.rows.len(), "claim", "claims"));
            if e.sources.len() > 1 {
                meta.push(format!("{all} reported by all its sources"));
            }
            let body = if e.matrix.rows.is_empty() {
                view! { <p class="empty" data-testid="claim-matrix" data-rows="0">"No claim within this event."</p> }.into_any()
            } else {
                view! { <ClaimMatrix matrix=Arc::new(e.matrix) query=q.clone()/> }.into_any()
            };
            view! {
                <section class="event-claims" data-testid="event-section" data-event=e.id.clone()>
                    <h3><a href=event_href(&e.id)>{e.label.clone()}</a></h3>
                    <p class="meta">{meta.join(" · ")}</p>
                    {body}
                </section>
            }
        })
        .collect_view();
    let recurring = if o.recurring.is_empty() {
        view! { <p class="meta">"No talking point recurs across these events."</p> }.into_any()
    } else {
        o.recurring
            .into_iter()
            .map(|r| {
                let link = page_href(&Page::Claim { id: r.claim.clone() }, &q);
                view! {
                    <li data-testid="recurring-item">
                        <a href=link>{r.label}</a>
                        <span class="meta">{format!(" {} · {} sources", r.events.join(" → "), r.sources)}</span>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <ol class="timeline" data-testid="event-timeline" aria-label="Sources by date, grouped by event">{timeline}</ol>
        {matrix_key()}
        {sections}
        <section class="recurring" data-testid="recurring" aria-labelledby="recurring-title">
            <h3 id="recurring-title">"Recurring across events"</h3>
            <ul>{recurring}</ul>
        </section>
    }
}

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let filter = use_filter();
    let query = move || view.with(|v| v.query.clone());
    let shown = Memo::new(move |_| view.with(|v| cards_shown(v.query.cards)));
    let total = Memo::new(move |_| filter.with(|f| f.doc_count()));
    // The page's first view draws its cards a few at a time, a frame
    // apart: two dozen cards in one task were a long one on a slow machine.
    let card_limit = RwSignal::new(usize::MAX);
    if state.take_start_up() && shown.get_untracked().min(total.get_untracked()) > CARD_CHUNK {
        card_limit.set(CARD_CHUNK);
        wasm_bindgen_futures::spawn_local(async move {
            while card_limit
                .try_get_untracked()
                .is_some_and(|n| n < shown.get_untracked())
            {
                crate::tasks::after_next_frame().await;
                card_limit.try_update(|n| *n += CARD_CHUNK);
            }
            card_limit.try_set(usize::MAX);
        });
    }
    // Later stages of drawing a large corpus's first analysis (AppState::publish).
    let (entities_drawn, claims_drawn) = (state.drawn_from(2), state.drawn_from(3));
    let card_list = move || {
        let q = query();
        let f = filter.get();
        let analysis = state.analysis.get();
        let limit = shown.get().min(card_limit.get());
        let cards = state
            .corpus
            .with(|c| cards(c, analysis.as_deref(), &f, limit));
        cards.into_iter().map(|c| card_view(c, &q)).collect_view()
    };
    let set_query = use_set_query();
    let set_cards = move |n: usize| {
        let mut q = view.with_untracked(|v| v.query.clone());
        q.cards = (n != CARD_PAGE).then_some(n);
        set_query(q);
    };
    let more = {
        let set_cards = set_cards.clone();
        move |_| {
            let from = shown.get_untracked().min(total.get_untracked());
            set_cards(from + CARD_PAGE);
            // The button may go with the last page: keep keyboard focus on the first new card.
            request_animation_frame(move || {
                let sel = format!(".cards > li:nth-child({}) a", from + 1);
                if let Some(a) = document()
                    .query_selector(&sel)
                    .ok()
                    .flatten()
                    .and_then(|a| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(a).ok())
                {
                    let _ = a.focus();
                }
            });
        }
    };
    let fewer = move |_| set_cards(CARD_PAGE);
    let cards_more = move || {
        let (n, total) = (shown.get().min(total.get()), total.get());
        (total > CARD_PAGE).then(|| {
            let more = more.clone();
            let fewer = fewer.clone();
            view! {
                <div class="cards-more" data-testid="cards-more">
                    <p class="meta" role="status">{format!("Sources 1–{} of {}", count(n), count(total))}</p>
                    {(n < total).then(|| view! {
                        <button type="button" class="button" data-testid="cards-more-button" on:click=more>
                            {format!("Show {} more", count((total - n).min(CARD_PAGE)))}
                        </button>
                    })}
                    {(n > CARD_PAGE).then(|| view! {
                        <button type="button" class="link-button" on:click=fewer>{format!("Show the first {CARD_PAGE} only")}</button>
                    })}
                </div>
            }
        })
    };
    let claims = move || {
        let Some(a) = state.analysis.get().filter(|_| claims_drawn.get()) else {
            return view! { <p class="pending" role="status">"Aligning claims across sources…"</p> }.into_any();
        };
        let f = filter.get();
        if let Some(o) = state.corpus.with(|c| events_overview(c, &a, &f)) {
            return events_view(o, query()).into_any();
        }
        let m = Arc::new(state.corpus.with(|c| matrix(c, &a, &f)));
        if m.rows.is_empty() {
            let every_source_shown = f.doc_count() == state.corpus.with(|c| c.documents.len());
            let one_source_only = view.with(|v| v.query.coverage == Some(Coverage::Unique));
            let msg = if a.claims.is_empty() {
                "No claims were found in this corpus."
            } else if one_source_only && every_source_shown {
                // The engine makes a claim only of what two or more sources report, so
                // this filter can only match once some sources are hidden.
                "A claim is something at least two sources report, so with every source shown none is reported by one source only. Untick sources to find claims the others leave out, or compare two articles to see what each reports alone."
            } else {
                "No claim matches these filters."
            };
            return view! { <p class="empty" data-testid="claim-matrix" data-rows="0">{msg}</p> }
                .into_any();
        }
        let summary = format!("{} claims", count(m.rows.len()));
        let n_events = a.events.len();
        // Too many events for a matrix each: list them, each a link to its own view.
        let event_list = (n_events > 1 && f.event.is_none()).then(|| {
            let q = query();
            let items = a
                .events
                .iter()
                .map(|e| {
                    let mut q = q.clone();
                    q.event = Some(e.id.clone());
                    let link = page_href(&Page::Overview, &q);
                    view! { <li><a href=link>{e.label.clone()}</a>{format!(" · {} sources", count(e.documents.len()))}</li> }
                })
                .collect_view();
            view! {
                <details class="event-list" data-testid="event-list">
                    <summary>{format!("{} events: pick one to compare its sources alone", count(n_events))}</summary>
                    <ul>{items}</ul>
                </details>
            }
        });
        view! {
            {event_list}
            <p class="meta">{summary}</p>
            {matrix_key()}
            <ClaimMatrix matrix=m query=query()/>
        }
        .into_any()
    };
    let entities = move || {
        let a = state.analysis.get().filter(|_| entities_drawn.get())?;
        let f = filter.get();
        let q = query();
        let top = top_entities(&a, &f, 12);
        Some(view! {
            <ol class="top-entities">
                {top.into_iter().map(|e| {
                    let link = page_href(&Page::Entity { id: e.id.clone() }, &q);
                    view! {
                        <li>
                            <a href=link><span class=format!("ent {}", type_class(e.kind)) title=type_name(e.kind)>{e.name}</span></a>
                            <span class="meta">{format!(" {} mentions · {} sources", count(e.mentions), count(e.sources))}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        })
    };
    let compare_first_two = move || {
        let mut docs = filter.get().docs();
        // Offer two reports of one event, not the first two of the corpus.
        if let Some(a) = state.analysis.get().filter(|_| entities_drawn.get()) {
            if let Some(e) = a
                .events
                .iter()
                .map(|e| {
                    e.documents
                        .iter()
                        .filter(|d| docs.contains(d))
                        .copied()
                        .collect::<Vec<_>>()
                })
                .find(|ds| ds.len() >= 2)
            {
                docs = e;
            }
        }
        state.corpus.with(|c| match docs.as_slice() {
            [a, b, ..] => Some((
                page_href(
                    &Page::Compare {
                        a: c.documents[*a].id.clone(),
                        b: c.documents[*b].id.clone(),
                    },
                    &query(),
                ),
                format!("Compare {} and {}", source_key(*a), source_key(*b)),
            )),
            _ => None,
        })
    };
    view! {
        <section aria-labelledby="overview-title">
            <h1 id="overview-title">"How the sources report it"</h1>
            <p class="lede">
                "Each card is one article. The matrix shows which source reports which claim; open a claim to see every wording side by side."
            </p>
            <ul class="cards">{card_list}</ul>
            {cards_more}
            {move || compare_first_two().map(|(h, t)| view! { <p><a class="button" href=h>{t}</a></p> })}
        </section>
        <div class="overview-grid">
            <section aria-labelledby="claims-title" class="claims-section">
                <h2 id="claims-title">"Claims × sources"</h2>
                {claims}
            </section>
            <section aria-labelledby="entities-title" class="entities-section">
                <h2 id="entities-title">"Most mentioned"</h2>
                {entities}
            </section>
        </div>
    }
}
