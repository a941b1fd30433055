//! `/entity/:id`: one entity's mentions in context by source, its quotes
//! (people) and the claims it appears in.

use crate::app::use_view;
use crate::components::article::title_view;
use crate::components::layout::page_href;
use crate::routes::entities::{local_badge, plural, type_badge};
use crate::state::use_app;
use crate::url::{Page, Query};
use crate::view::entities::{entity_page, EntityPage, QuoteLine, SourceMentions};
use crate::view::order;
use leptos::prelude::*;

#[component]
pub fn Entity(id: String) -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let wanted = id.clone();
    let page = Memo::new(move |_| {
        let query = view.with(|v| v.query.clone());
        state.analysis.with(|a| {
            a.as_ref()
                .map(|a| state.corpus.with(|c| entity_page(c, a, &wanted, &query)))
        })
    });
    move || match page.get() {
        None => view! {
            <section aria-labelledby="entity-title">
                <h1 id="entity-title">"Entity"</h1>
                <p class="hint" role="status">"Analysing the articles…"</p>
            </section>
        }
        .into_any(),
        Some(None) => view! { <UnknownEntity id=id.clone()/> }.into_any(),
        Some(Some(p)) => view! { <EntityView p/> }.into_any(),
    }
}

#[component]
fn UnknownEntity(id: String) -> impl IntoView {
    let state = use_app();
    let index = page_href(&Page::Entities, &Query::default());
    // A few real entities to go on with.
    let suggestions = state.analysis.with_untracked(|a| {
        let mut list: Vec<(String, String, usize)> = a
            .as_ref()
            .map(|a| {
                a.entity_index
                    .iter()
                    .filter(|e| e.kind.is_name())
                    .map(|e| (e.id.clone(), e.name.clone(), e.mentions))
                    .collect()
            })
            .unwrap_or_default();
        order::sort_by(&mut list, |a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        list.truncate(8);
        list
    });
    view! {
        <section class="panel not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">"Entity not found"</h1>
            <p>"There is no entity " <code>{id}</code> " in this corpus. It may come from a link made with other articles."</p>
            {(!suggestions.is_empty()).then(|| view! {
                <p>"The most mentioned names are:"</p>
                <ul class="doc-list">
                    {suggestions.into_iter().map(|(id, name, _)| {
                        let link = page_href(&Page::Entity { id }, &Query::default());
                        view! { <li><a href=link>{name}</a></li> }
                    }).collect_view()}
                </ul>
            })}
            <p><a href=index>"See all entities"</a></p>
        </section>
    }
}

/// Sources rendered at first, and mentions shown per source: a name found
/// in a thousand articles must not make a page of ten thousand lines.
const SOURCES_PER_PAGE: usize = 20;
const MENTIONS_PER_SOURCE: usize = 12;
const MAX_QUOTES: usize = 40;

fn source_group(s: &SourceMentions, query: &Query) -> impl IntoView {
    let link = page_href(
        &Page::Read {
            doc: s.source.id.clone(),
        },
        query,
    );
    let count = s.mentions.len();
    let more = count.saturating_sub(MENTIONS_PER_SOURCE);
    view! {
        <section class="source-mentions" data-doc=s.source.id.clone()>
            <h3>
                <span class="src-key">{s.source.key.clone()}</span>" "
                <a href=link.clone()>{s.source.name.clone()}</a>
                {local_badge(s.source.local)}
                <span class="count">{format!(" · {count} mention{}", plural(count))}</span>
            </h3>
            <ul class="kwic">
                {s.mentions.iter().take(MENTIONS_PER_SOURCE).map(|m| view! {
                    <li>
                        {m.cut_before.then_some("… ")}
                        {m.before.clone()}
                        <mark class="mention">{m.mention.clone()}</mark>
                        {m.after.clone()}
                        {m.cut_after.then_some(" …")}
                    </li>
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! {
                <p class="hint">{format!("{more} more in this article: ")}<a href=link>"read it"</a></p>
            })}
        </section>
    }
}

/// Sources the quotations come from.
fn quote_sources(quotes: &[QuoteLine]) -> usize {
    let mut docs: Vec<_> = quotes.iter().map(|q| q.source.doc).collect();
    docs.dedup();
    docs.len()
}

/// One source's quotations: the source named once (key, outlet, title),
/// then each quotation with a link that opens the article at it.
fn quote_group(quotes: Vec<QuoteLine>, query: &Query) -> impl IntoView {
    let Some(first) = quotes.first() else {
        return ().into_any();
    };
    let source = first.source.clone();
    let read = page_href(
        &Page::Read {
            doc: source.id.clone(),
        },
        query,
    );
    let outlet = source
        .outlet
        .clone()
        .map(|o| view! { <span class="outlet">{o}</span>" · " });
    view! {
        <li class="quote-group" data-doc=source.id.clone()>
            <h3 class="quote-source">
                <span class="src-key">{source.key.clone()}</span>" "
                {outlet}
                <a href=read.clone()>{title_view(source.title)}</a>
                {local_badge(source.local)}
            </h3>
            <ul>
                {quotes.into_iter().map(|q| {
                    let at = format!("{read}#{}", q.anchor);
                    view! {
                        <li>
                            <blockquote>"“" {q.text} "”" " " <a class="in-reader" href=at>"in the article"</a></blockquote>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
    .into_any()
}

/// Quotations in runs of one source each (they come in source order).
fn by_source(quotes: Vec<QuoteLine>) -> Vec<Vec<QuoteLine>> {
    let mut groups: Vec<Vec<QuoteLine>> = Vec::new();
    for q in quotes {
        match groups.last_mut() {
            Some(g) if g[0].source.doc == q.source.doc => g.push(q),
            _ => groups.push(vec![q]),
        }
    }
    groups
}

#[component]
fn EntityView(p: EntityPage) -> impl IntoView {
    let view = use_view();
    let query = view.with_untracked(|v| v.query.clone());
    let index = page_href(&Page::Entities, &query);
    let sources = p.by_source.len();
    let is_person = p.kind == parallax_engine::EntityType::Person;
    let name = p.name.clone();
    let source_limit = RwSignal::new(SOURCES_PER_PAGE);
    view! {
        <article class="entity-page" aria-labelledby="entity-title" data-entity=p.id.clone()>
            <p class="crumbs"><a href=index>"All entities"</a></p>
            {(!p.notices.is_empty()).then(|| view! {
                <div class="notice" role="status">
                    <ul>{p.notices.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <header class="entity-header">
                <h1 id="entity-title">{p.name.clone()}</h1>
                {type_badge(p.kind)}
                <p class="meta">
                    {format!("{} mention{} in {} source{}", p.total, plural(p.total), sources, plural(sources))}
                </p>
                {(!p.aliases.is_empty()).then(|| view! {
                    <p class="aliases">"Also written: " {p.aliases.join(", ")}</p>
                })}
            </header>

            <section aria-labelledby="mentions-title">
                <h2 id="mentions-title">"Mentions in context"</h2>
                {p.by_source.is_empty().then(|| view! {
                    <p class="hint">"No mention in the sources shown. Clear the source filter to see them all."</p>
                })}
                {
                    let groups = std::sync::Arc::new(p.by_source);
                    let query = query.clone();
                    move || groups.iter().take(source_limit.get()).map(|s| source_group(s, &query)).collect_view()
                }
                <Show when=move || source_limit.get() < sources>
                    <button type="button" class="button more"
                        on:click=move |_| source_limit.update(|l| *l += SOURCES_PER_PAGE)>
                        {move || format!("Show {} more sources", (sources - source_limit.get()).min(SOURCES_PER_PAGE))}
                    </button>
                </Show>
            </section>

            {(is_person || !p.quotes.is_empty()).then(|| view! {
                <section aria-labelledby="quotes-title">
                    <h2 id="quotes-title">{format!("Quoted words of {name}")}</h2>
                    {if p.quotes.is_empty() {
                        view! { <p class="hint">"No quotation in the shown sources is attributed to this person."</p> }.into_any()
                    } else {
                        let quoted_in = quote_sources(&p.quotes);
                        view! {
                            <p class="meta">{format!("{} quotation{} in {} source{}", p.quotes.len(), plural(p.quotes.len()), quoted_in, plural(quoted_in))}</p>
                            <ul class="entity-quotes">
                                {by_source(p.quotes.iter().take(MAX_QUOTES).cloned().collect()).into_iter().map(|g| quote_group(g, &query)).collect_view()}
                            </ul>
                            {(p.quotes.len() > MAX_QUOTES).then(|| view! {
                                <p class="hint">{format!("and {} more quotations", p.quotes.len() - MAX_QUOTES)}</p>
                            })}
                        }.into_any()
                    }}
                </section>
            })}

            <section aria-labelledby="claims-title">
                <h2 id="claims-title">"Claims it appears in"</h2>
                {if p.claims.is_empty() {
                    view! { <p class="hint">"No claim mentions it in the shown sources."</p> }.into_any()
                } else {
                    view! {
                        <ul class="entity-claims">
                            {p.claims.into_iter().map(|c| {
                                let link = page_href(&Page::Claim { id: c.id.clone() }, &query);
                                view! {
                                    <li>
                                        <a href=link>{c.label}</a>
                                        <span class="meta">{format!(" · reported by {} source{}", c.coverage, plural(c.coverage))}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </article>
    }
}
