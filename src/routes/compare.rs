//! `/compare/:a/:b`: two sources side by side. Claims both report sit on
//! one row, joined by a mark, with a word diff; what only one reports is
//! listed on its side; the full texts follow.

use crate::app::use_view;
use crate::components::article::{doc_meta_view, title_view, ArticleText};
use crate::components::filter_bar::use_filter;
use crate::components::highlighted::speaker_tag;
use crate::components::layout::page_href;
use crate::components::missing::Missing;
use crate::state::use_app;
use crate::url::{Page, Query};
use crate::view::compare::{compare, Comparison, Lone};
use crate::view::diff::{Change, Part};
use crate::view::doc_meta::title_shown;
use crate::view::quotes::Speaker;
use crate::view::{source_key, source_name};
use leptos::prelude::*;

fn parts_view(parts: Vec<Part>) -> impl IntoView {
    parts
        .into_iter()
        .map(|p| match p.change {
            Change::Same => p.text.into_any(),
            Change::Removed => {
                view! { <del class="diff-del" title="Not in the other source">{p.text}</del> }
                    .into_any()
            }
            Change::Added => {
                view! { <ins class="diff-ins" title="Not in the other source">{p.text}</ins> }
                    .into_any()
            }
        })
        .collect_view()
}

fn lone_list(items: Vec<Lone>, query: &Query, side: &str) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="meta">"Nothing reported only here."</p> }.into_any();
    }
    let side = side.to_string();
    view! {
        <ul class="lone-list" data-side=side>
            {items.into_iter().map(|l| {
                let link = l.claim.as_ref().map(|id| {
                    let href = page_href(&Page::Claim { id: id.clone() }, query);
                    let text = match l.others {
                        0 => "only this source".to_string(),
                        1 => "also 1 other source".to_string(),
                        n => format!("also {n} other sources"),
                    };
                    view! { " " <a class="meta" href=href>{text}</a> }
                });
                view! { <li>{l.text}{link}</li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Who a wording quotes, as speaker tags before it.
fn speakers_view(speakers: Vec<Option<Speaker>>, query: &Query) -> impl IntoView {
    speakers
        .into_iter()
        .map(|s| view! { {speaker_tag(s, None, query)} })
        .collect_view()
}

fn alignment(cmp: Comparison, query: &Query, names: (String, String)) -> impl IntoView {
    let n = cmp.pairs.len();
    let rows = cmp
        .pairs
        .into_iter()
        .map(|p| {
            let href = page_href(&Page::Claim { id: p.claim.clone() }, query);
            let label = format!("{} (reported by {} sources)", p.label, p.reporting);
            let sr = format!("Claim: {label}");
            view! {
                <li class="pair" data-claim=p.claim.clone()>
                    <div class="pair-a" lang="">{speakers_view(p.speakers.0, query)}{parts_view(p.diff.a)}</div>
                    <a class="pair-link" href=href title=label>
                        <span class="sr-only">{sr}</span>
                        <svg viewBox="0 0 40 24" width="40" height="24" aria-hidden="true">
                            <line class="pair-line" x1="0" y1="12" x2="40" y2="12"/>
                            <circle class="pair-dot" cx="20" cy="12" r="9"/>
                            <text x="20" y="16" text-anchor="middle" class="pair-n">{p.reporting}</text>
                        </svg>
                    </a>
                    <div class="pair-b">{speakers_view(p.speakers.1, query)}{parts_view(p.diff.b)}</div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="alignment" aria-labelledby="aligned-title">
            <h2 id="aligned-title">
                {match n {
                    1 => "1 claim both report".to_string(),
                    n => format!("{n} claims both report"),
                }}
            </h2>
            <div class="pair-head" aria-hidden="true">
                <span>{names.0.clone()}</span><span></span><span>{names.1.clone()}</span>
            </div>
            {if n == 0 {
                view! { <p class="meta">"These two sources share no claim under the current filters."</p> }.into_any()
            } else {
                view! { <ol class="pairs" data-testid="aligned-rows">{rows}</ol> }.into_any()
            }}
            <p class="meta diff-key">
                <del class="diff-del">"struck"</del>" words are only on the left, "
                <ins class="diff-ins">"underlined"</ins>" words only on the right."
            </p>
        </section>
        <div class="lone">
            <section aria-label=format!("Only in {}", names.0)>
                <h2>{format!("Only in {}", names.0)}</h2>
                {lone_list(cmp.only_a, query, "a")}
            </section>
            <section aria-label=format!("Only in {}", names.1)>
                <h2>{format!("Only in {}", names.1)}</h2>
                {lone_list(cmp.only_b, query, "b")}
            </section>
        </div>
    }
}

#[component]
pub fn Compare(a: String, b: String) -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let filter = use_filter();
    move || {
        let find = |id: &str| {
            state
                .corpus
                .with(|c| c.find(id).map(|i| (i, c.documents[i].clone())))
        };
        let (da, db) = (find(&a), find(&b));
        let missing: Vec<String> = [(&a, &da), (&b, &db)]
            .into_iter()
            .filter(|(_, d)| d.is_none())
            .map(|(id, _)| format!("“{id}”"))
            .collect();
        let (Some((ia, da)), Some((ib, db))) = (da, db) else {
            return view! { <Missing what=format!("article {}", missing.join(" or "))/> }
                .into_any();
        };
        let query = view.with(|v| v.query.clone());
        let swap = page_href(
            &Page::Compare {
                a: db.id.clone(),
                b: da.id.clone(),
            },
            &query,
        );
        let names = (
            format!("{} · {}", source_key(ia), source_name(&da)),
            format!("{} · {}", source_key(ib), source_name(&db)),
        );
        let aligned = {
            let query = query.clone();
            let names = names.clone();
            move || match state.analysis.get() {
                Some(an) => {
                    let cmp = state
                        .corpus
                        .with(|c| compare(c, &an, &filter.get(), ia, ib));
                    let note = crate::view::events::cross_event_note(&an, &[ia, ib]).map(|n| {
                        view! { <p class="notice" data-testid="cross-event">{n}</p> }
                    });
                    view! { {note} {alignment(cmp, &query, names.clone())} }.into_any()
                }
                None => {
                    view! { <p class="pending" role="status">"Aligning claims…"</p> }.into_any()
                }
            }
        };
        let column = |d: parallax_engine::Document, side: &'static str| {
            let read = page_href(&Page::Read { doc: d.id.clone() }, &query);
            let title = title_shown(&d.meta);
            let label = format!("{side}: {}", title.plain());
            let (id, meta) = (d.id.clone(), doc_meta_view(&d));
            view! {
                <section class="column" aria-label=label data-doc=id>
                    <h3><a href=read>{title_view(title)}</a></h3>
                    <p class="meta">{meta}</p>
                    <div class="text"><ArticleText doc=d/></div>
                </section>
            }
        };
        // Which articles, from whom and of when: a missing date says so here too.
        let sides = [(ia, &da), (ib, &db)]
            .into_iter()
            .map(|(ix, d)| {
                let read = page_href(&Page::Read { doc: d.id.clone() }, &query);
                view! {
                    <li data-doc=d.id.clone()>
                        <span class="key">{source_key(ix)}</span>" "
                        <a href=read>{title_view(title_shown(&d.meta))}</a>
                        <span class="meta">" · "{doc_meta_view(d)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="compare">
                <header class="compare-head">
                    <h1>{format!("Compare {} and {}", source_key(ia), source_key(ib))}</h1>
                    <a class="button" href=swap>"Swap sides"</a>
                </header>
                <ul class="compare-sides">{sides}</ul>
                {aligned}
                <h2 class="full-title">"Full texts"</h2>
                <div class="columns">{column(da, "Left")} {column(db, "Right")}</div>
            </div>
        }
        .into_any()
    }
}
