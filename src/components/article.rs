//! An article's metadata line and its text, always rendered as text nodes
//! (never as HTML), so a corpus file can carry no markup into the page.

use leptos::prelude::*;
use parallax_engine::{Document, Span};

/// "Outlet · 2023-02-22 · 512 words", with unknown parts left out; articles
/// added in this browser say so first.
pub fn meta_line(d: &Document) -> String {
    let mut parts = Vec::new();
    if d.local {
        parts.push("Local article (this browser only)".to_string());
    }
    if let Some(o) = &d.meta.outlet {
        parts.push(o.clone());
    }
    if let Some(date) = &d.meta.date {
        parts.push(date.clone());
    }
    parts.push(format!("{} words", d.word_count()));
    parts.join(" · ")
}

/// The cleaned text as paragraphs; a paragraph that is the title is shown as the headline.
#[component]
pub fn ArticleText(doc: Document) -> impl IntoView {
    let title = doc.meta.title.clone();
    let repeated: Vec<Span> = doc.repeats.iter().map(|r| r.second).collect();
    doc.paragraphs()
        .into_iter()
        .map(|span| {
            let text = span.slice(&doc.text).to_string();
            if text == title {
                view! { <p class="headline">{text}</p> }.into_any()
            } else if repeated.contains(&span) {
                view! {
                    <p class="repeat" title="This passage repeats an earlier one in the same article">
                        <span class="tag">"repeat"</span>
                        " "
                        {text}
                    </p>
                }
                .into_any()
            } else {
                view! { <p>{text}</p> }.into_any()
            }
        })
        .collect_view()
}

/// The raw file, with the lines the cleaner dropped marked and labelled.
#[component]
pub fn RawText(doc: Document) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut at = 0;
    for r in &doc.removed {
        if r.raw.start >= at && r.raw.end <= doc.raw.len() {
            pieces.push((doc.raw.get(at..r.raw.start).unwrap_or("").to_string(), None));
            pieces.push((r.raw.slice(&doc.raw).to_string(), Some(r.rule.clone())));
            at = r.raw.end;
        }
    }
    pieces.push((doc.raw.get(at..).unwrap_or("").to_string(), None));
    view! {
        <pre class="raw" aria-label="Raw file">
            {pieces
                .into_iter()
                .map(|(text, rule)| match rule {
                    Some(rule) => view! {
                        <del class="removed" title=format!("dropped by rule: {rule}")>{text}</del>
                    }
                    .into_any(),
                    None => text.into_any(),
                })
                .collect_view()}
        </pre>
    }
}
