//! The entity-type legend: one toggle per type present, in the highlight's
//! own colour and underline style (so colour is not the only cue). Toggling
//! writes `types=` in the URL.

use crate::app::use_view;
use crate::components::filter_bar::use_set_query;
use crate::state::use_app;
use leptos::prelude::*;
use parallax_engine::EntityType;

/// A readable name for an entity type.
pub fn type_name(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "people",
        EntityType::Norp => "groups",
        EntityType::Org => "organisations",
        EntityType::Gpe => "countries & cities",
        EntityType::Loc => "places",
        EntityType::Fac => "buildings",
        EntityType::Event => "events",
        EntityType::Law => "laws",
        EntityType::Product => "products",
        EntityType::WorkOfArt => "works",
        EntityType::Language => "languages",
        EntityType::Date => "dates",
        EntityType::Time => "times",
        EntityType::Money => "money",
        EntityType::Percent => "percentages",
        EntityType::Cardinal => "numbers",
        EntityType::Ordinal => "ordinals",
        EntityType::Quantity => "quantities",
    }
}

/// The CSS class of a type's highlight.
pub fn type_class(t: EntityType) -> String {
    format!("t-{}", t.label().to_ascii_lowercase())
}

#[component]
pub fn TypeLegend() -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let set_query = use_set_query();
    let present = Memo::new(move |_| {
        state.analysis.with(|a| {
            a.as_ref()
                .map(|a| {
                    EntityType::ALL
                        .into_iter()
                        .filter(|t| a.mentions.iter().any(|m| m.kind == *t))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        let types = present.get();
        if types.is_empty() {
            return None;
        }
        let chosen = view.with(|v| v.query.types.clone());
        let buttons = types
            .iter()
            .map(|&t| {
                let on = chosen.is_empty() || chosen.contains(&t);
                let set_query = set_query.clone();
                let all = types.clone();
                let toggle = move |_| {
                    let mut q = view.with_untracked(|v| v.query.clone());
                    let mut now = if q.types.is_empty() { all.clone() } else { q.types.clone() };
                    if let Some(i) = now.iter().position(|x| *x == t) {
                        now.remove(i);
                    } else {
                        now.push(t);
                    }
                    now = all.iter().filter(|x| now.contains(x)).copied().collect();
                    // `types=` cannot say "none": the last shown type stays.
                    if now.is_empty() {
                        return;
                    }
                    q.types = if now.len() == all.len() { Vec::new() } else { now };
                    set_query(q);
                };
                view! {
                    <button type="button" class=format!("legend-item {}", type_class(t))
                        aria-pressed=if on { "true" } else { "false" }
                        data-type=t.label() on:click=toggle
                        title=format!("{} ({}): click to {}", type_name(t), t.label(), if on { "hide" } else { "show" })>
                        <span class="swatch ent" aria-hidden="true">{t.label()}</span>
                        " " {type_name(t)}
                    </button>
                }
            })
            .collect_view();
        Some(view! {
            <fieldset class="legend">
                <legend>"Highlight"</legend>
                {buttons}
            </fieldset>
        })
    }
}
