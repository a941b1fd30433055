//! A story that states its day without a year ("on Feb. 21-22 held talks",
//! "on Sunday (Oct. 13)") is dated when the corpus's other articles, each
//! dated by its own text, put that day in exactly one year: they report the
//! same days. The date is marked as taking its year from the corpus.

use super::dates::{find_dates, Day};
use super::story_date::future;
use super::{DateKind, Document};

/// Days between a year-less date and another article's date for that
/// article to vouch for the year.
const WINDOW_DAYS: i64 = 7;
/// Year-less dates are read in the first paragraphs only: further down they
/// are background ("the March 3 vote").
const LEAD_PARAGRAPHS: usize = 3;

/// The month-days a document's lead reports as past, ranges read to their end.
fn lead_days(doc: &Document) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for para in doc.text.split("\n\n").take(LEAD_PARAGRAPHS) {
        for s in crate::text::sentences::sentences(para) {
            let sentence = &para[s.start..s.end];
            let found = find_dates(sentence);
            if found.iter().any(|f| f.year.is_none()) && !future(sentence) {
                out.extend(
                    found
                        .iter()
                        .filter(|f| f.year.is_none())
                        .map(|f| (f.month, f.to_day.unwrap_or(f.day))),
                );
            }
        }
    }
    out
}

/// Dates the undated documents whose lead gives a day without a year.
pub fn complete_years(docs: &mut [Document]) {
    let anchors: Vec<(usize, Day)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some((i, Day::from_iso(d.meta.date.as_deref()?)?)))
        .collect();
    if anchors.is_empty() {
        return;
    }
    let mut found: Vec<(usize, Day)> = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        if doc.meta.date.is_some() {
            continue;
        }
        let mut best: Option<Day> = None;
        for (m, d) in lead_days(doc) {
            let mut years: Vec<i32> = anchors
                .iter()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, a)| [a.y - 1, a.y, a.y + 1].map(|y| (y, *a)))
                .filter(|(y, a)| {
                    Day::new(*y, m, d)
                        .is_some_and(|c| (c.ordinal() - a.ordinal()).abs() <= WINDOW_DAYS)
                })
                .map(|(y, _)| y)
                .collect();
            years.sort_unstable();
            years.dedup();
            if let [y] = years.as_slice() {
                best = best.max(Day::new(*y, m, d));
            }
        }
        if let Some(day) = best {
            found.push((i, day));
        }
    }
    for (i, day) in found {
        docs[i].meta.date = Some(day.iso());
        docs[i].meta.date_kind = Some(DateKind::CorpusYear);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(texts: &[&str]) -> Vec<Document> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::parse(&format!("d{i}"), t))
            .collect()
    }

    #[test]
    fn a_yearless_day_takes_the_year_the_corpus_gives_it() {
        let mut d = docs(&[
            "Published: March 4, 2022\n\nThe envoys met in Vienna on Thursday.",
            "Envoys meet in Vienna\n\nThe envoys on March 3-4 held talks in Vienna about the dam.",
            "Dam talks\n\nThe dam opened on Sept. 9 after years of work, officials said.",
        ]);
        complete_years(&mut d);
        assert_eq!(d[1].meta.date.as_deref(), Some("2022-03-04"));
        assert_eq!(d[1].meta.date_kind, Some(DateKind::CorpusYear));
        // A day far from every dated article stays undated.
        assert_eq!(d[2].meta.date, None);
    }

    #[test]
    fn no_year_without_dated_articles_or_with_two_candidate_years() {
        let mut d = docs(&["Talks\n\nThe envoys on March 3 held talks in Vienna."]);
        complete_years(&mut d);
        assert_eq!(d[0].meta.date, None);
        let mut d = docs(&[
            "Published: March 4, 2022\n\nTalks went on.",
            "Published: March 5, 2023\n\nTalks went on again.",
            "Talks\n\nThe envoys on March 3 held talks in Vienna.",
        ]);
        complete_years(&mut d);
        assert_eq!(d[2].meta.date, None);
    }

    #[test]
    fn planned_days_do_not_date_a_story() {
        let mut d = docs(&[
            "Published: March 4, 2022\n\nThe envoys met.",
            "Talks\n\nThe envoys will meet again on March 9 in Vienna.",
        ]);
        complete_years(&mut d);
        assert_eq!(d[1].meta.date, None);
    }
}
