//! Who and how much: the people a unit names (its participants, speakers
//! included) and the figures it states (percentages, money, quantities,
//! counts, rate moves, full dates). Words alone cannot tell "the bank cut
//! by half a point" from "one governor preferred a quarter point", or "the
//! minister met the president" from "the minister met his counterpart":
//! both pairs share most of their words. Their frames conflict, so they are
//! different claims. One outlet giving 70 m and another 71 m for the same
//! height is a divergence within one claim, not a conflict: figures within
//! `TOLERANCE` of each other agree.

use crate::analysis::EntityType;

/// Relative difference up to which two figures of one kind agree (rounding,
/// "about", an outlet's own conversion).
pub const TOLERANCE: f64 = 0.1;

/// A unit's participants and figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// Interned ids of the people named or quoted, sorted, deduplicated.
    pub people: Vec<u32>,
    /// (interned kind, value): a kind is a type plus its unit ("quantity:m",
    /// "money:usd", "bp+"), so only like is compared with like.
    pub figures: Vec<(u32, f64)>,
}

impl Frame {
    pub fn finish(&mut self) {
        self.people.sort_unstable();
        self.people.dedup();
        self.figures
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        self.figures.dedup();
    }
}

/// The figure kind and values of an entity id ("percent:0.5",
/// "money:usd:1000", "quantity:70-m", "cardinal:11/1",
/// "date:2024-10-13"), or None for what is no comparable figure (vague
/// amounts, relative dates, times whose zone is not known).
pub fn figure(kind: EntityType, id: &str) -> Option<(String, Vec<f64>)> {
    let (ty, rest) = id.split_once(':')?;
    let (kind_name, values) = match kind {
        EntityType::Percent | EntityType::Cardinal => (ty.to_string(), rest),
        EntityType::Money => {
            let (cur, v) = rest.split_once(':')?;
            (format!("{ty}:{cur}"), v)
        }
        EntityType::Quantity => {
            let (v, unit) = rest.split_once('-')?;
            (format!("{ty}:{unit}"), v)
        }
        EntityType::Date => return full_date(rest).map(|d| ("day".to_string(), vec![d as f64])),
        _ => return None,
    };
    let vs: Vec<f64> = values
        .split('/')
        .filter_map(|v| v.parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .collect();
    (!vs.is_empty()).then_some((kind_name, vs))
}

/// A day number for a date id that names one day ("2024-10-13",
/// "tuesday/2024-03-26"); months, years and spans are too loose to compare.
fn full_date(rest: &str) -> Option<i64> {
    let mut days = rest.split('/').filter_map(crate::events::days::day_number);
    let d = days.next()?;
    days.next().is_none().then_some(d)
}

/// Whether two frames tell different facts: each names someone the other
/// does not, or (when no one is named in both) a kind of figure both state
/// has no value in common.
pub fn conflict(a: &Frame, b: &Frame) -> bool {
    let only = |x: &[u32], y: &[u32]| x.iter().any(|p| y.binary_search(p).is_err());
    if !a.people.is_empty()
        && !b.people.is_empty()
        && only(&a.people, &b.people)
        && only(&b.people, &a.people)
    {
        return true;
    }
    // The same person stating another figure is the divergence between
    // outlets a reader wants to see ("the minister said $200 billion" /
    // "the minister said $150 billion"), not another claim.
    if a.people.iter().any(|p| b.people.binary_search(p).is_ok()) {
        return false;
    }
    // Both lists are sorted by kind: walk the kinds they share.
    let mut i = 0;
    while i < a.figures.len() {
        let k = a.figures[i].0;
        let end = i + a.figures[i..].iter().take_while(|f| f.0 == k).count();
        let lo = b.figures.partition_point(|f| f.0 < k);
        let hi = b.figures.partition_point(|f| f.0 <= k);
        if lo < hi {
            let agree = a.figures[i..end].iter().any(|x| {
                b.figures[lo..hi]
                    .iter()
                    .any(|y| (x.1 - y.1).abs() <= TOLERANCE * x.1.abs().max(y.1.abs()))
            });
            if !agree {
                return true;
            }
        }
        i = end;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(people: &[u32], figures: &[(u32, f64)]) -> Frame {
        let mut f = Frame {
            people: people.to_vec(),
            figures: figures.to_vec(),
        };
        f.finish();
        f
    }

    #[test]
    fn different_people_or_figures_conflict() {
        // The minister met the president / the minister met the premier.
        assert!(conflict(&frame(&[1, 2], &[]), &frame(&[1, 3], &[])));
        // A cut of 50 against one governor's preference for 25.
        assert!(conflict(
            &frame(&[], &[(7, 0.5)]),
            &frame(&[2], &[(7, 0.25)])
        ));
    }

    #[test]
    fn one_speaker_giving_other_figures_is_a_divergence() {
        assert!(!conflict(
            &frame(&[1], &[(7, 200.0)]),
            &frame(&[1], &[(7, 150.0)])
        ));
    }

    #[test]
    fn a_subset_close_figures_or_other_kinds_do_not_conflict() {
        // One outlet names the host as well.
        assert!(!conflict(&frame(&[1], &[]), &frame(&[1, 3], &[])));
        assert!(!conflict(&frame(&[], &[]), &frame(&[1, 3], &[(7, 1.0)])));
        // 70 m and 71 m: one height, told two ways.
        assert!(!conflict(
            &frame(&[], &[(4, 70.0)]),
            &frame(&[], &[(4, 71.0)])
        ));
        // 400 feet and 121 metres are other kinds: not compared.
        assert!(!conflict(
            &frame(&[], &[(4, 121.0)]),
            &frame(&[], &[(5, 400.0)])
        ));
        // Shared value among others.
        assert!(!conflict(
            &frame(&[], &[(7, 0.5), (7, 2.0)]),
            &frame(&[], &[(7, 0.5)])
        ));
    }

    #[test]
    fn entity_ids_read_as_figures() {
        use EntityType::*;
        assert_eq!(
            figure(Percent, "percent:0.5"),
            Some(("percent".into(), vec![0.5]))
        );
        assert_eq!(
            figure(Money, "money:usd:1000"),
            Some(("money:usd".into(), vec![1000.0]))
        );
        assert_eq!(
            figure(Quantity, "quantity:70-m"),
            Some(("quantity:m".into(), vec![70.0]))
        );
        assert_eq!(
            figure(Cardinal, "cardinal:11/1"),
            Some(("cardinal".into(), vec![11.0, 1.0]))
        );
        assert!(figure(Date, "date:2024-10-13").is_some());
        assert!(figure(Date, "date:tuesday/2024-03-26").is_some());
        for (k, id) in [
            (Date, "date:wednesday"),
            (Date, "date:2020-03"),
            (Cardinal, "cardinal:hundreds"),
            (Time, "time:07:25"),
            (Person, "person:x"),
            (Money, "money:millions"),
        ] {
            assert_eq!(figure(k, id), None, "{id}");
        }
    }
}
