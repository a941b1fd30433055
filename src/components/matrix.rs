//! The claims × sources matrix as SVG rows in a scroller: the label column
//! sticks while the cells scroll sideways, only the rows in view are in the
//! DOM (so a thousand claims stay responsive), and arrow keys move between rows.

use crate::nav::use_navigate;
use crate::url::{href, Page, Query};
use crate::view::filter::Spread;
use crate::view::matrix::{Cell, Matrix};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Row height and column width in CSS pixels (the CSS uses the same numbers).
/// Geometry stays in whole pixels, as the DOM reports scroll offsets.
const ROW_H: usize = 34;
const COL_W: usize = 34;
/// Rows rendered beyond the visible ones, above and below.
const OVERSCAN: usize = 8;
/// Columns drawn beyond the visible ones, and the label column's width in columns.
const COL_OVERSCAN: usize = 4;
const LABEL_COLS: usize = 10;
/// Cells drawn in one piece while the first analysis is drawn (about 250
/// took a loaded 2-core machine some tens of ms).
const CHUNK_CELLS: usize = 250;

fn spread_text(s: Spread, reporting: usize) -> String {
    match s {
        Spread::All => "all".into(),
        Spread::Some => format!("{reporting}"),
        Spread::Unique => "1 only".into(),
    }
}

/// One cell's mark: a glyph per state, so the state is not told by colour alone.
fn mark(cell: Cell, x: usize) -> impl IntoView {
    let cx = x + COL_W / 2;
    let cy = ROW_H / 2;
    match cell {
        Cell::Reports => view! {
            <rect class="m-reports" x=cx - 9 y=cy - 9 width="18" height="18" rx="3"/>
        }
        .into_any(),
        Cell::Diverges => view! {
            <g class="m-diverges">
                <rect x=cx - 9 y=cy - 9 width="18" height="18" rx="3" fill="url(#pattern-diverges)"/>
                <rect class="m-diverges-edge" x=cx - 9 y=cy - 9 width="18" height="18" rx="3"/>
            </g>
        }
        .into_any(),
        Cell::Absent => view! { <circle class="m-absent" cx=cx cy=cy r="3"/> }.into_any(),
    }
}

#[component]
pub fn ClaimMatrix(matrix: Arc<Matrix>, query: Query) -> impl IntoView {
    let navigate = use_navigate();
    let scroller = NodeRef::<leptos::html::Div>::new();
    // Scroll offsets and viewport sizes, in CSS pixels.
    let scroll_top = RwSignal::new(0usize);
    let viewport = RwSignal::new(560usize);
    let scroll_left = RwSignal::new(0usize);
    let viewport_w = RwSignal::new(1280usize);
    let px = |v: i32| v.max(0) as usize;
    let n = matrix.rows.len();
    let cols = matrix.columns.len();
    let width = cols * COL_W;
    let base = crate::state::use_app().base.get_value();
    let window = move || {
        let first = scroll_top.get() / ROW_H;
        let shown = viewport.get().div_ceil(ROW_H) + 1;
        let start = first.saturating_sub(OVERSCAN).min(n);
        let end = (first + shown + OVERSCAN).min(n);
        (start, end)
    };
    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            scroll_top.set(px(el.scroll_top()));
            viewport.set(px(el.client_height()));
            scroll_left.set(px(el.scroll_left()));
            viewport_w.set(px(el.client_width()));
        }
    };
    // Arrow keys, Home and End move focus between rows, scrolling the row into view first.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let current = document()
            .active_element()
            .and_then(|a| a.closest("[data-row]").ok().flatten())
            .and_then(|r| r.get_attribute("data-row"))
            .and_then(|r| r.parse::<usize>().ok());
        let Some(current) = current else { return };
        let target = match ev.key().as_str() {
            "ArrowDown" => (current + 1).min(n.saturating_sub(1)),
            "ArrowUp" => current.saturating_sub(1),
            "Home" => 0,
            "End" => n.saturating_sub(1),
            "PageDown" => (current + 10).min(n.saturating_sub(1)),
            "PageUp" => current.saturating_sub(10),
            _ => return,
        };
        ev.prevent_default();
        let top = (target * ROW_H) as i32;
        let view_h = el.client_height() - HEAD_H;
        let mut st = el.scroll_top();
        if top < st {
            st = top;
        } else if top + ROW_H as i32 > st + view_h {
            st = top + ROW_H as i32 - view_h;
        }
        el.set_scroll_top(st.max(0));
        scroll_top.set(px(st));
        viewport.set(px(el.client_height()));
        let focus = move || {
            let sel = format!("[data-row=\"{target}\"] .mlabel");
            if let Some(a) = scroller
                .get_untracked()
                .and_then(|s| s.query_selector(&sel).ok().flatten())
                .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = a.focus();
            }
        };
        request_animation_frame(focus);
    };
    // Columns in view (with a margin for the sticky label column): with a
    // thousand sources, only these cells are drawn.
    let col_window = move || {
        let left = scroll_left.get();
        let first = (left / COL_W).saturating_sub(COL_OVERSCAN + LABEL_COLS);
        let last = ((left + viewport_w.get()).div_ceil(COL_W) + COL_OVERSCAN).min(cols);
        (first.min(cols), last)
    };
    // While a large corpus's first analysis is drawn, the rows in view are
    // drawn a chunk of about CHUNK_CELLS cells more each frame
    // (AppState::publish counts `drawn` up): the rows of a thousand sources
    // drawn at once were one long task. Each chunk is a view of its own that
    // is drawn once, when its turn comes: rebuilding the rows drawn already
    // at every step resets every attribute of every cell (with
    // `erase_components`, attributes are rebuilt by removing and setting
    // them again), and that was most of the page's work after an analysis.
    let (first_window, first_cols) = (window(), col_window());
    let chunk_rows = (CHUNK_CELLS / (first_cols.1 - first_cols.0).max(1)).max(1);
    let drawn = crate::state::use_app()
        .stage_chunks((first_window.1 - first_window.0).div_ceil(chunk_rows));
    let draw_row = {
        let rows = matrix.clone();
        let (query, base) = (query.clone(), base.clone());
        move |i: usize, (c0, c1): (usize, usize)| {
            let row = rows.rows.get(i)?;
            let href = href(&base, &Page::Claim { id: row.id.clone() }, &query);
            let go = {
                let navigate = navigate.clone();
                let href = href.clone();
                move |_| navigate(&href, Default::default())
            };
            let label = format!(
                "{}: reported by {} of {} sources",
                row.label, row.reporting, cols
            );
            let sr = format!(", reported by {} of {} sources", row.reporting, cols);
            let cells = row
                .cells
                .iter()
                .zip(&rows.columns)
                .enumerate()
                .skip(c0)
                .take(c1 - c0)
                .map(|(c, (cell, col))| {
                    let what = format!("{} ({}): {}", col.key, col.name, cell.describe());
                    let aria = what.clone();
                    view! {
                        <g role="img" aria-label=aria class="mcell">
                            <title>{what}</title>
                            {mark(*cell, c * COL_W)}
                        </g>
                    }
                })
                .collect_view();
            Some(view! {
                <div class=format!("mrow spread-{}", row.spread.as_str()) role="listitem"
                    data-testid="matrix-row" data-row=i data-claim=row.id.clone() data-reporting=row.reporting>
                    <a class="mlabel" href=href title=label>
                        <span class="mspread" aria-hidden="true">{spread_text(row.spread, row.reporting)}</span>
                        <span class="mtext">{row.label.clone()}</span>
                        <span class="sr-only">{sr}</span>
                    </a>
                    <svg class="mcells" width=width height=ROW_H viewBox=format!("0 0 {width} {ROW_H}")
                        on:click=go aria-hidden="false">
                        {cells}
                    </svg>
                </div>
            })
        }
    };
    let body = move || {
        let (start, end) = window();
        let columns = col_window();
        (start..end)
            .step_by(chunk_rows)
            .enumerate()
            .map(|(k, from)| {
                let to = (from + chunk_rows).min(end);
                let shown = Memo::new(move |_| drawn.get() > k);
                let draw_row = draw_row.clone();
                move || {
                    let to = if shown.get() { to } else { from };
                    (from..to)
                        .filter_map(|i| draw_row(i, columns))
                        .collect_view()
                }
            })
            .collect_view()
    };
    // The column heads are windowed like the cells: a thousand sources would
    // otherwise put thousands of links in the header.
    let head_cols = matrix.clone();
    let (head_query, head_base) = (query, base);
    let head = move || {
        let (c0, c1) = col_window();
        head_cols.columns[c0..c1]
            .iter()
            .map(|c| {
                let link = href(&head_base, &Page::Read { doc: c.id.clone() }, &head_query);
                view! {
                    <a class="mcol" href=link title=format!("{} — {}", c.key, c.title)>
                        <span class="mcol-name">{c.name.clone()}</span>
                        <span class="key">{c.key.clone()}</span>
                    </a>
                }
            })
            .collect_view()
    };
    view! {
        <div class="matrix" data-testid="claim-matrix" data-rows=n>
            <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>
                    <pattern id="pattern-diverges" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="hatch-bg" width="6" height="6"/>
                        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/>
                    </pattern>
                </defs>
            </svg>
            <div class="matrix-scroll" node_ref=scroller on:scroll=on_scroll on:keydown=on_key
                tabindex="-1">
                <div class="mhead">
                    <span class="mcorner">"Claim (sources reporting)"</span>
                    <span class="mcol-gap" style:width=move || format!("{}px", col_window().0 * COL_W)></span>
                    {head}
                    <span class="mcol-gap" style:width=move || format!("{}px", (cols - col_window().1) * COL_W)></span>
                </div>
                <div role="list" aria-label="Claims, widest coverage first">
                    <div class="mspacer" style:height=move || format!("{}px", window().0 * ROW_H)></div>
                    {body}
                    <div class="mspacer" style:height=move || format!("{}px", (n - window().1) * ROW_H)></div>
                </div>
            </div>
        </div>
    }
}

/// Height of the sticky column header, in CSS pixels (matches `.mhead`).
const HEAD_H: i32 = 120;
