//! An article's metadata line and its text, always rendered as text nodes
//! (never as HTML), so a corpus file can carry no markup into the page.

use crate::view::doc_meta::{meta_parts, MetaPart, TitleShown};
use leptos::prelude::*;
use parallax_engine::{Document, Span};

/// A title; a derived one carries its label ("From the lead:") in front,
/// set apart so it is not read as the article's words.
pub fn title_view(t: TitleShown) -> impl IntoView {
    let derived = t.derived.is_some();
    // The space stays outside the label: an inline-block drops a trailing one.
    let label = t
        .derived
        .map(|l| view! { <span class="derived-label">{l}":"</span>" " });
    view! {
        <span class=if derived { "doc-title derived" } else { "doc-title" } title=t.note
            data-title-kind=if derived { "derived" } else { "given" }>
            {label}{t.text}
        </span>
    }
}

/// The parts of a metadata line ("Outlet · 2023-02-22 · 512 words"), each
/// with its own class and, where it helps, a note on how it was found.
pub fn meta_view(parts: Vec<MetaPart>) -> impl IntoView {
    parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                {(i > 0).then_some(" · ")}
                <span class=format!("m-{}", p.class.replace(' ', " m-")) title=p.note>{p.text}</span>
            }
        })
        .collect_view()
}

/// The metadata line of a document: local mark, outlet, date (or its absence), words.
pub fn doc_meta_view(d: &Document) -> impl IntoView {
    meta_view(meta_parts(&d.meta, d.local, d.word_count()))
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
