//! `/claim/:id`: every source's wording of one claim with its divergences
//! marked, and the sources that do not report it.

use crate::app::use_view;
use crate::components::article::title_view;
use crate::components::filter_bar::use_filter;
use crate::components::highlighted::speaker_tag;
use crate::components::layout::page_href;
use crate::components::list_toggle::ListAllToggle;
use crate::components::missing::Missing;
use crate::state::use_app;
use crate::url::Page;
use crate::view::claim::claim_view;
use leptos::prelude::*;

#[component]
pub fn ClaimPage(id: String) -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let filter = use_filter();
    move || {
        let Some(a) = state.analysis.get() else {
            return view! { <p class="pending" role="status">"Aligning claims…"</p> }.into_any();
        };
        let query = view.with(|v| v.query.clone());
        let Some(c) = state
            .corpus
            .with(|corpus| claim_view(corpus, &a, &filter.get(), &id))
        else {
            return view! { <Missing what=format!("claim “{id}”")/> }.into_any();
        };
        let cross_event = a
            .claims
            .iter()
            .find(|x| x.id == id)
            .and_then(|x| {
                let docs: Vec<usize> = x.members.iter().map(|m| m.doc).collect();
                crate::view::events::cross_event_note(&a, &docs)
            })
            .map(|n| view! { <p class="notice" data-testid="cross-event">{n}</p> });
        let wordings = c
            .wordings
            .into_iter()
            .map(|w| {
                let read = page_href(&Page::Read { doc: w.doc.clone() }, &query);
                let speakers = w
                    .speakers
                    .into_iter()
                    .map(|s| speaker_tag(s, None, &query))
                    .collect_view();
                let pieces = w
                    .pieces
                    .into_iter()
                    .map(|p| match p.divergence {
                        Some(kind) => view! {
                            <mark class=format!("div div-{kind}") title=format!("Diverges: {kind}")>{p.text}</mark>
                            <span class="div-tag">{kind}</span>
                        }
                        .into_any(),
                        None => p.text.into_any(),
                    })
                    .collect_view();
                view! {
                    <li class="wording" data-doc=w.doc.clone()>
                        <p class="wording-source"><span class="key">{w.key}</span> " " <a href=read>{title_view(w.title)}</a></p>
                        <blockquote class="wording-text">{speakers}{pieces}</blockquote>
                    </li>
                }
            })
            .collect_view();
        let divergences = (!c.divergences.is_empty()).then(|| {
            view! {
                <section aria-labelledby="div-title">
                    <h2 id="div-title">"Where the wordings differ"</h2>
                    <ul class="divergences">
                        {c.divergences.into_iter().map(|(kind, note)| view! {
                            <li><span class=format!("div-tag div-{kind}")>{kind}</span> " " {note}</li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        });
        let absent = if c.absent.is_empty() {
            view! { <p class="meta">"Every shown source reports it."</p> }.into_any()
        } else {
            // A claim of a few among a thousand sources would list hundreds: the rest on request.
            let every = RwSignal::new(false);
            let total = c.absent.len();
            let sources = c.absent;
            let list = move || {
                let shown = if every.get() { total } else { ABSENT_SHOWN };
                sources.iter().take(shown).map(|s| {
                    let read = page_href(&Page::Read { doc: s.doc.clone() }, &query);
                    view! { <li data-doc=s.doc.clone()><span class="key">{s.key.clone()}</span> " " <a href=read>{title_view(s.title.clone())}</a></li> }
                }).collect_view()
            };
            view! {
                <ul class="absent">{list}</ul>
                <ListAllToggle every first=ABSENT_SHOWN total testid="absent-all"/>
            }
            .into_any()
        };
        view! {
            <article class="claim-page" data-claim=c.id.clone() aria-labelledby="claim-title">
                <p class="meta">"Claim"</p>
                <h1 id="claim-title">{c.label}</h1>
                <p class="meta">{format!("Reported by {} of {} sources · {}", c.reporting, c.sources, c.strength)}</p>
                {cross_event}
                {divergences}
                <section aria-labelledby="wordings-title">
                    <h2 id="wordings-title">"How each source words it"</h2>
                    <ul class="wordings">{wordings}</ul>
                </section>
                <section aria-labelledby="absent-title">
                    <h2 id="absent-title">"Not reported by"</h2>
                    {absent}
                </section>
            </article>
        }
        .into_any()
    }
}

/// Sources listed under "Not reported by" before the reader asks for all.
const ABSENT_SHOWN: usize = 24;
