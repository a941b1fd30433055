//! While the worker analyses: a progress bar. If it fails to load, panics
//! or does not answer: an error panel. Either way the articles stay readable.

use crate::state::{use_app, Status};
use crate::view::count;
use leptos::prelude::*;

fn articles(n: usize) -> String {
    match n {
        1 => "1 article".into(),
        n => format!("{} articles", count(n)),
    }
}

#[component]
pub fn AnalysisStatus() -> impl IntoView {
    let state = use_app();
    move || match state.status.get() {
        Status::Ready => ().into_any(),
        Status::Waiting { articles: n } => {
            bar(format!("Analysing {}… starting", articles(n)), 0).into_any()
        }
        Status::Running {
            articles: n,
            progress,
        } => bar(
            format!(
                "Analysing {}… {} % ({})",
                articles(n),
                progress.percent,
                progress.stage.doing()
            ),
            progress.percent,
        )
        .into_any(),
        Status::Failed(message) => view! {
            <div class="panel analysis-error" role="alert" id="analysis-error">
                <h2>"The analysis could not run"</h2>
                <p>"The articles are shown without highlights, entities and claims: "
                    {message} "."</p>
                <p>"Reloading the page may help. Added articles are kept in this browser."</p>
            </div>
        }
        .into_any(),
    }
}

fn bar(label: String, percent: u8) -> impl IntoView {
    view! {
        <div class="analysis-progress" role="status" id="analysis-progress">
            <label for="analysis-bar">{label}</label>
            <progress id="analysis-bar" max="100" value=percent.to_string()></progress>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_counts_are_written_with_thousands_separators() {
        assert_eq!(articles(1), "1 article");
        assert_eq!(articles(5), "5 articles");
        assert_eq!(articles(1000), "1,000 articles");
    }
}
