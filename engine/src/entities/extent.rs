//! OntoNotes span conventions around values, applied after the number and
//! date grammars: approximators belong to the value ("about 45 minutes",
//! "more than two years"), as do time zones ("09:10 BST", "8.05am local
//! time"), date modifiers ("early Friday", "later this decade",
//! "mid-2019"), ranges ("3.25%-3.5%", "between 1.25% and 1.5%", "9-3") and
//! compound durations ("2 hours, 10 minutes and 5 seconds").

use super::dates::{is_weekday, time_unit, zone};
use super::numbers::{number_at, Ctx, Found};
use crate::analysis::EntityType::{self, *};
use crate::corpus::dates::month;
use crate::text::tokens::Kind;

/// Widens and merges `out` (ordered, non-overlapping) in place.
pub fn widen(c: &Ctx, out: &mut Vec<Found>) {
    merge_pairs(c, out, range);
    merge_pairs(c, out, duration_chain);
    merge_pairs(c, out, month_pair);
    merge_pairs(c, out, weekday_date);
    for ix in 0..out.len() {
        let floor = ix
            .checked_sub(1)
            .and_then(|p| out.get(p))
            .map_or(0, |f| f.end);
        let ceiling = out.get(ix + 1).map_or(c.toks.len(), |f| f.start);
        if let Some(f) = out.get_mut(ix) {
            extend_right(c, f, ceiling);
            extend_left(c, f, floor);
        }
    }
    // Month coordination can only be seen once "this March" is whole.
    month_tail(c, out);
    merge_pairs(c, out, month_then_year);
}

/// Merges neighbours while `join` says they form one value; `join` returns
/// the merged start and kind.
fn merge_pairs(
    c: &Ctx,
    out: &mut Vec<Found>,
    join: fn(&Ctx, &Found, &Found) -> Option<(usize, EntityType)>,
) {
    // One pass into a new list: merging in place would shift the tail at
    // every merge.
    let mut merged: Vec<Found> = Vec::with_capacity(out.len());
    for f in out.drain(..) {
        let joined = merged.last().and_then(|a| {
            join(c, a, &f).map(|(start, kind)| Found {
                start,
                end: f.end,
                kind,
                id: format!("{}/{}", a.id, f.id.split_once(':').map_or("", |x| x.1)),
            })
        });
        match (joined, merged.last_mut()) {
            (Some(m), Some(last)) => *last = m,
            _ => merged.push(f),
        }
    }
    *out = merged;
}

fn is_dash(c: &Ctx, i: usize) -> bool {
    c.is_punct(i, '-') || c.is_punct(i, '–') || c.is_punct(i, '—')
}

fn numeric(k: EntityType) -> bool {
    matches!(k, Percent | Money | Quantity | Cardinal)
}

/// "3.25%-3.5%", "3.25-3.50 per cent", "9-3", "between 1.25% and 1.5%",
/// "2.25 percent to 2.5 percent" (not "from 2% to 3%": that is a change).
fn range(c: &Ctx, a: &Found, b: &Found) -> Option<(usize, EntityType)> {
    if !numeric(a.kind) || !numeric(b.kind) || b.start != a.end + 1 {
        return None;
    }
    let between = a
        .start
        .checked_sub(1)
        .filter(|&p| c.lower(p).as_str() == "between");
    let sep = c.lower(a.end);
    if is_dash(c, a.end) {
        let bare_first = a.kind == Cardinal && c.glued(a.end) && c.glued(b.start);
        return (a.kind == b.kind || bare_first).then_some((between.unwrap_or(a.start), b.kind));
    }
    if a.kind != b.kind {
        return None;
    }
    match sep.as_str() {
        "and" | "to" if between.is_some() => between.map(|s| (s, b.kind)),
        "to" if matches!(a.kind, Percent | Money) => {
            let from = a
                .start
                .checked_sub(1)
                .is_some_and(|p| c.lower(p).as_str() == "from");
            (!from).then_some((a.start, b.kind))
        }
        _ => None,
    }
}

/// A duration in clock units: "5 minutes", "an hour".
fn is_time_duration(c: &Ctx, f: &Found) -> bool {
    f.kind == Time
        && f.end
            .checked_sub(1)
            .is_some_and(|l| time_unit(c.lower(l).as_str()))
}

/// "2 hours, 10 minutes and 5 seconds".
fn duration_chain(c: &Ctx, a: &Found, b: &Found) -> Option<(usize, EntityType)> {
    if !is_time_duration(c, a) || !is_time_duration(c, b) {
        return None;
    }
    let gap: Vec<&str> = (a.end..b.start).map(|k| c.lower(k).as_str()).collect();
    matches!(gap.as_slice(), [","] | ["and"] | [",", "and"]).then_some((a.start, Time))
}

/// "March and October last year": two months read as one date.
fn month_pair(c: &Ctx, a: &Found, b: &Found) -> Option<(usize, EntityType)> {
    let coordinated = a.kind == Date
        && b.kind == Date
        && b.start == a.end + 1
        && matches!(c.lower(a.end).as_str(), "and" | "or")
        && month(c.lower(a.start).as_str()).is_some()
        && month(c.lower(b.start).as_str()).is_some();
    coordinated.then_some((a.start, Date))
}

/// "Friday, May 9, 2025": a weekday before the date it names.
fn weekday_date(c: &Ctx, a: &Found, b: &Found) -> Option<(usize, EntityType)> {
    let joined = a.kind == Date
        && b.kind == Date
        && a.end == a.start + 1
        && is_weekday(c.lower(a.start).as_str())
        && b.start == a.end + 1
        && c.is_punct(a.end, ',')
        && month(c.lower(b.start).as_str()).is_some();
    joined.then_some((a.start, Date))
}

/// "March and October" + "last year".
fn month_then_year(c: &Ctx, a: &Found, b: &Found) -> Option<(usize, EntityType)> {
    let months = a.kind == Date
        && b.kind == Date
        && b.start == a.end
        && a.end
            .checked_sub(1)
            .is_some_and(|l| month(c.lower(l).as_str()).is_some());
    let year = matches!(c.lower(b.start).as_str(), "last" | "this" | "next")
        && c.lower(b.start + 1).as_str() == "year"
        && b.end == b.start + 2
        || b.end == b.start + 1 && c.w(b.start).len() == 4;
    (months && year).then_some((a.start, Date))
}

/// "this April and July", "March and October last year": a month after
/// "and" that the grammar leaves bare belongs to the date before it when a
/// qualifier covers both; else it is a date of its own ("September and
/// December").
fn month_tail(c: &Ctx, out: &mut Vec<Found>) {
    let old = std::mem::take(out);
    for (ix, f) in old.iter().enumerate() {
        let following = old.get(ix + 1);
        let next = following.map_or(c.toks.len(), |g| g.start);
        let m = f.end + 1;
        let tail = f.kind == Date
            && f.end
                .checked_sub(1)
                .is_some_and(|l| month(c.lower(l).as_str()).is_some())
            && matches!(c.lower(f.end).as_str(), "and" | "or")
            && month(c.lower(m).as_str()).is_some()
            && c.tok(m).is_some_and(|t| t.upper)
            && m < next;
        let mut f = f.clone();
        if !tail {
            out.push(f);
            continue;
        }
        let qualified_before = matches!(c.lower(f.start).as_str(), "this" | "last" | "next");
        let year_after = next == m + 1
            && following.is_some_and(|y| {
                matches!(c.lower(y.start).as_str(), "last" | "this" | "next" | "of")
                    || c.w(y.start).len() == 4
            });
        if qualified_before || year_after {
            f.end = m + 1;
            out.push(f);
        } else {
            out.push(f);
            out.push(Found {
                start: m,
                end: m + 1,
                kind: Date,
                id: format!("date:{}", c.lower(m).as_str()),
            });
        }
    }
}

/// Words before a value that OntoNotes keeps in its span.
fn approximator(c: &Ctx, i: usize) -> usize {
    let w = |k: usize| c.lower(k);
    let Some(p) = i.checked_sub(1) else { return 0 };
    if c.is_punct(p, '~') && c.glued(i) {
        return 1;
    }
    let one = w(p);
    if matches!(
        one.as_str(),
        "about"
            | "around"
            | "roughly"
            | "approximately"
            | "nearly"
            | "almost"
            | "over"
            | "some"
            | "just"
            | "under"
            | "exactly"
            | "precisely"
            | "barely"
            | "circa"
    ) {
        return 1;
    }
    let Some(pp) = p.checked_sub(1) else { return 0 };
    let two = (w(pp).as_str(), one.as_str());
    if matches!(
        two,
        ("more" | "less" | "fewer", "than")
            | ("at", "least" | "most")
            | ("up" | "close", "to")
            | ("upwards", "of")
            | ("an", "estimated")
            | ("well", "over" | "under")
    ) {
        return 2;
    }
    let three = pp.checked_sub(1).map(|ppp| (w(ppp), w(pp), one));
    if let Some((a, b, cc)) = three {
        if a.as_str() == "as"
            && matches!(b.as_str(), "many" | "much" | "few" | "little")
            && cc.as_str() == "as"
        {
            return 3;
        }
    }
    0
}

/// The value starts with a count (a duration or an amount), not a name.
fn starts_with_count(c: &Ctx, f: &Found) -> bool {
    matches!(c.lower(f.start).as_str(), "a" | "an" | "few" | "several")
        || c.tok(f.start).is_some_and(|t| t.kind == Kind::Number)
        || number_at(c, f.start).is_some()
        || c.tok(f.start).is_some_and(|t| t.kind == Kind::Punct)
}

/// A calendar reference that "early", "late" or "mid" can modify.
fn calendar_head(c: &Ctx, f: &Found) -> bool {
    let w = c.lower(f.start);
    let w = w.as_str();
    is_weekday(w)
        || month(w).is_some()
        || matches!(
            w,
            "this" | "next" | "last" | "today" | "tomorrow" | "yesterday" | "tonight"
        )
        || c.tok(f.start).is_some_and(|t| t.kind == Kind::Number) && c.w(f.start).len() == 4
}

fn extend_left(c: &Ctx, f: &mut Found, floor: usize) {
    let calendar = matches!(f.kind, Date | Time) && calendar_head(c, f);
    let counted =
        numeric(f.kind) || matches!(f.kind, Date | Time) && !calendar && starts_with_count(c, f);
    let clock = f.kind == Time && f.id.get(5..).is_some_and(|v| v.contains(':'));
    if counted || clock {
        let n = approximator(c, f.start);
        if n > 0 && f.start - n >= floor {
            f.start -= n;
        }
        return;
    }
    if !calendar {
        return;
    }
    let Some(p) = f.start.checked_sub(1).filter(|&p| p >= floor) else {
        return;
    };
    // "mid-2019", "end-2027", "mid-March"; "year-end 2026".
    if is_dash(c, p) && c.glued(p) && c.glued(f.start) && p > floor {
        if matches!(c.lower(p - 1).as_str(), "mid" | "end" | "early" | "late") {
            f.start = p - 1;
        }
        return;
    }
    let before = c.lower(p);
    if matches!(
        before.as_str(),
        "early" | "late" | "mid" | "earlier" | "later"
    ) {
        f.start = p;
    } else if before.as_str() == "end"
        && p >= floor + 2
        && is_dash(c, p - 1)
        && c.lower(p - 2).as_str() == "year"
    {
        f.start = p - 2;
    }
}

fn extend_right(c: &Ctx, f: &mut Found, ceiling: usize) {
    let clock = f.kind == Time && f.id.get(5..).is_some_and(|v| v.contains(':'));
    if !clock {
        return;
    }
    if f.end < ceiling && zone(c.w(f.end)) && c.tok(f.end).is_some_and(|t| t.space_before) {
        f.end += 1;
    } else if f.end + 1 < ceiling
        && c.lower(f.end).as_str() == "local"
        && c.lower(f.end + 1).as_str() == "time"
    {
        f.end += 2;
    }
}

#[cfg(test)]
mod tests {
    use super::super::numbers::tests::run;
    use crate::analysis::EntityType::{self, *};

    #[test]
    fn values_take_their_ontonotes_extent() {
        let rows: &[(&str, &str, EntityType)] = &[
            // Approximators.
            ("it flew for about 45 minutes", "about 45 minutes", Time),
            ("for more than two years", "more than two years", Date),
            ("at least seven people died", "at least seven", Cardinal),
            ("a span of almost 640 feet", "almost 640 feet", Quantity),
            ("worth about $3 trillion", "about $3 trillion", Money),
            ("unemployment of roughly 6.1%", "roughly 6.1%", Percent),
            ("for the next ~40 years", "next ~40 years", Date),
            ("as many as 40 ships", "as many as 40", Cardinal),
            // Clock times and zones.
            ("lifted off at 6.40am local time", "6.40am local time", Time),
            ("at around 2.15am ET on", "around 2.15am ET", Time),
            ("launched at 0415 UTC from", "0415 UTC", Time),
            ("at 09:10 BST the", "09:10 BST", Time),
            ("at about 4:30 a.m. local", "about 4:30 a.m.", Time),
            // Date modifiers.
            (
                "collapsed early Friday morning",
                "early Friday morning",
                Date,
            ),
            ("returns later this decade", "later this decade", Date),
            ("since mid-2019 prices", "mid-2019", Date),
            ("a target for year-end 2026 was", "year-end 2026", Date),
            ("by end-2027 the", "end-2027", Date),
            ("earlier today he", "earlier today", Date),
            (
                "flights in March and October last year",
                "March and October last year",
                Date,
            ),
            ("tests this April and July", "this April and July", Date),
            ("cuts in September and December", "December", Date),
            ("on Friday, May 9, 2025.", "Friday, May 9, 2025", Date),
            ("during its August flight", "August", Date),
            ("to save the firm billions.", "billions", Money),
            // Periods.
            ("over the past two years", "past two years", Date),
            ("in the next few years", "next few years", Date),
            ("by the end of the year", "end of the year", Date),
            ("for the rest of the year", "rest of the year", Date),
            ("cuts earlier in the year", "earlier in the year", Date),
            ("a three-decade high", "three-decade", Date),
            ("rescued in the early hours of", "early hours", Time),
            ("set out at dawn from", "dawn", Time),
            (
                "landed 2 hours, 10 minutes and 5 seconds after",
                "2 hours, 10 minutes and 5 seconds",
                Time,
            ),
            (
                "returned nine minutes earlier than",
                "nine minutes earlier",
                Time,
            ),
            ("for an hour and", "an hour", Time),
            // Ranges and rates.
            ("a range of 3.25%-3.5% now", "3.25%-3.5%", Percent),
            ("to 3.25%- 3.50% now", "3.25%- 3.50%", Percent),
            ("to 3.25-3.50 per cent", "3.25-3.50 per cent", Percent),
            (
                "between 1.25% and 1.5% since",
                "between 1.25% and 1.5%",
                Percent,
            ),
            (
                "a range of 2.25 percent to 2.5 percent",
                "2.25 percent to 2.5 percent",
                Percent,
            ),
            ("the vote was 9-3 in favour", "9-3", Cardinal),
            ("a cut of 75 basis points", "75 basis points", Percent),
            ("a 75-basis point cut", "75-basis point", Percent),
            ("cut by 75bps on", "75bps", Percent),
            (
                "by 0.75 percentage points",
                "0.75 percentage points",
                Percent,
            ),
            (
                "by half a percentage point",
                "half a percentage point",
                Percent,
            ),
            (
                "by half of a percentage point",
                "half of a percentage point",
                Percent,
            ),
            ("a quarter-point cut", "quarter-point", Percent),
            (
                "a half-percentage point cut",
                "half-percentage point",
                Percent,
            ),
            ("a full percentage point", "full percentage point", Percent),
            // Counts, amounts and units.
            ("two-thirds of members", "two-thirds", Cardinal),
            ("trillions of dollars", "trillions", Cardinal),
            ("100s of people", "100s", Cardinal),
            (
                "a multibillion-dollar programme",
                "multibillion-dollar",
                Money,
            ),
            ("at roughly 12,400 km/h,", "roughly 12,400 km/h", Quantity),
            ("the 30-story tower", "30-story", Quantity),
            (
                "it reached 43 degrees Celsius on",
                "43 degrees Celsius",
                Quantity,
            ),
        ];
        for (text, span, kind) in rows {
            let got = run(text);
            assert!(
                got.iter().any(|(s, k, _)| s == span && k == kind),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn look_alikes_stay_apart() {
        let rows: &[(&str, &[&str])] = &[
            // A change from one value to another is two values.
            ("rose from 2% to 3% in", &["2%", "3%"]),
            // The minutes of "8.05am" are not a time of their own.
            ("at 8.05am", &["8.05am"]),
            // A decimal is no clock time without am/pm.
            ("a 6.35 rise", &["6.35"]),
            // Digits glued to a name are the name's.
            ("the NX-7 pandemic", &[]),
            ("The last one in August was", &["August"]),
            // "a second" is an ordinal, not a duration.
            ("after a second attempt", &["second"]),
            ("first responders and third parties", &[]),
            ("cuts in September and December", &["September", "December"]),
            ("half of the members", &[]),
        ];
        for (text, want) in rows {
            let got: Vec<String> = run(text).into_iter().map(|(s, _, _)| s).collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
