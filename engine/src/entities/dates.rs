//! Date and time grammar: "Feb. 21-22", "24 February 2023", "22.02.2023",
//! "2023-02-22", "Wednesday", "last year", "the 22nd", "3 p.m.", "tonight".
//! Ids are ISO-like where the value is known (`date:2023-02-22`, `date:--02-24`
//! without a year, `date:2023-02`), else a slug (`date:last-year`).

use super::numbers::{number_at, Ctx, Found};
use crate::analysis::EntityType;
use crate::corpus::dates::month;
use crate::text::tokens::Kind;

fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

fn period(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "month"
            | "week"
            | "weekend"
            | "decade"
            | "century"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "quarter"
    )
}

fn periods(w: &str) -> bool {
    matches!(
        w,
        "years"
            | "months"
            | "weeks"
            | "days"
            | "decades"
            | "centuries"
            | "year"
            | "month"
            | "week"
            | "day"
            | "decade"
            | "century"
    )
}

/// Units of clock time: a duration in them is a TIME (OntoNotes), in days
/// and longer a DATE.
pub fn time_unit(w: &str) -> bool {
    matches!(
        w,
        "hour" | "hours" | "minute" | "minutes" | "second" | "seconds" | "hrs" | "mins" | "secs"
    )
}

/// Time-zone abbreviations written after a clock time ("13:25 BST").
pub fn zone(w: &str) -> bool {
    matches!(
        w,
        "UTC"
            | "GMT"
            | "BST"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "AKST"
            | "HST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "WET"
            | "WEST"
            | "MSK"
            | "IST"
            | "PKT"
            | "JST"
            | "KST"
            | "HKT"
            | "SGT"
            | "AEST"
            | "AEDT"
            | "ACST"
            | "AWST"
            | "NZST"
            | "NZDT"
            | "SAST"
            | "EAT"
            | "WAT"
            | "CAT"
            | "WIB"
    )
}

pub fn is_weekday(w: &str) -> bool {
    weekday(w)
}

/// A duration starting at `i`: "two years", "90 minutes", "an hour",
/// "a few weeks", "several days", "a couple of months". Returns its end and
/// kind (TIME below a day, DATE from a day up).
pub fn duration(c: &Ctx, i: usize) -> Option<(usize, EntityType)> {
    // "~30 years": an approximate count.
    let i = if c.is_punct(i, '~') && c.glued(i + 1) {
        i + 1
    } else {
        i
    };
    let w = c.lower(i);
    let (ne, article) = match w.as_str() {
        "a" | "an" => match c.lower(i + 1).as_str() {
            "few" => (i + 2, false),
            "couple" if c.lower(i + 2).as_str() == "of" => (i + 3, false),
            _ => (i + 1, true),
        },
        "few" | "several" => (i + 1, false),
        _ => {
            let (e, _, suf) = number_at(c, i)?;
            if !suf.is_empty() {
                return None;
            }
            (e, false)
        }
    };
    let p = c.lower(ne);
    let p = p.as_str();
    let kind = if time_unit(p) {
        EntityType::Time
    } else if periods(p) {
        EntityType::Date
    } else {
        return None;
    };
    // "a second time", "a day": an article reads as a count only before
    // the units that are never something else.
    if article
        && !matches!(
            p,
            "year" | "decade" | "week" | "month" | "hour" | "minute" | "century"
        )
    {
        return None;
    }
    // "two years ago", "seven minutes earlier".
    let end = if matches!(c.lower(ne + 1).as_str(), "ago" | "earlier" | "later") {
        ne + 2
    } else {
        ne + 1
    };
    Some((end, kind))
}

fn slug(c: &Ctx, s: usize, e: usize) -> String {
    let mut out = String::from("date:");
    for k in s..e {
        let w = c.w(k).to_lowercase();
        if w.chars().all(|ch| ch.is_alphanumeric()) {
            if !out.ends_with(':') {
                out.push('-');
            }
            out.push_str(&w);
        }
    }
    out
}

fn day_num(c: &Ctx, i: usize) -> Option<u32> {
    let t = c.tok(i)?;
    if t.kind != Kind::Number {
        // "22nd", "1st"
        let w = c.w(i);
        let n = w.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || !is_ordinal_suffix(w.get(n..)?) {
            return None;
        }
        return w.get(..n)?.parse().ok().filter(|d| (1..=31).contains(d));
    }
    c.w(i).parse().ok().filter(|d| (1..=31).contains(d))
}

/// "st", "nd", "rd", "th" in any case ("22nd", "1ST").
pub fn is_ordinal_suffix(s: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|o| s.eq_ignore_ascii_case(o))
}

fn year_num(c: &Ctx, i: usize) -> Option<i32> {
    let t = c.tok(i)?;
    let w = c.w(i);
    if t.kind != Kind::Number || w.len() != 4 {
        return None;
    }
    w.parse().ok().filter(|y| (1000..=2199).contains(y))
}

fn iso(y: Option<i32>, m: u32, d: Option<u32>) -> String {
    match (y, d) {
        (Some(y), Some(d)) => format!("date:{y:04}-{m:02}-{d:02}"),
        (Some(y), None) => format!("date:{y:04}-{m:02}"),
        (None, Some(d)) => format!("date:--{m:02}-{d:02}"),
        (None, None) => format!("date:--{m:02}"),
    }
}

/// Skips an abbreviation stop after a month ("Feb."), not a full stop after
/// a full name ("in June.").
fn after_month(c: &Ctx, i: usize) -> usize {
    // Every short month form is an abbreviation except these full names.
    let l = c.lower(i);
    let abbreviated = l.as_str().len() <= 4
        && !matches!(l.as_str(), "may" | "june" | "july")
        && month(l.as_str()).is_some();
    if abbreviated && c.is_punct(i + 1, '.') && c.glued(i + 1) {
        i + 2
    } else {
        i + 1
    }
}

fn month_first(c: &Ctx, i: usize) -> Option<Found> {
    let m = month(c.lower(i).as_str())?;
    let t = c.tok(i)?;
    if !t.upper {
        return None;
    }
    let mut j = after_month(c, i);
    let mut day = None;
    let mut day_end = None;
    if let Some(d) = day_num(c, j) {
        day = Some(d);
        j += 1;
        // "Feb. 21-22" range.
        if (c.is_punct(j, '-') || c.is_punct(j, '–')) && c.glued(j) {
            if let Some(d2) = day_num(c, j + 1) {
                day_end = Some(d2);
                j += 2;
            }
        }
    }
    let mut year = None;
    let save = j;
    if c.is_punct(j, ',') {
        j += 1;
    }
    if let Some(y) = year_num(c, j) {
        year = Some(y);
        j += 1;
    } else if let Some(y) = day.and_then(|_| relative_year(c, save)) {
        year = y;
        j = save + 2;
    } else {
        j = save;
    }
    if day.is_none() && year.is_none() {
        // A bare month name: "May" is usually the verb; others only after a
        // time preposition.
        let prev = i.checked_sub(1).map(|p| c.lower(p));
        let prep = prev.is_some_and(|p| {
            matches!(
                p.as_str(),
                "in" | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "from"
                    | "through"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "the"
            )
        });
        // "August's forecast": a month with a possessive is a date.
        let possessive = c
            .tok(j)
            .is_some_and(|t| t.kind == Kind::Punct && crate::text::tokens::is_apostrophe(t.ch))
            && c.lower(j + 1).as_str() == "s";
        if m == 5 || !(prep || possessive) {
            return None;
        }
    }
    Some(Found {
        start: i,
        end: j,
        kind: EntityType::Date,
        id: range_id(year, m, day, day_end),
    })
}

fn range_id(year: Option<i32>, m: u32, day: Option<u32>, day_end: Option<u32>) -> String {
    match day_end {
        Some(d2) => format!(
            "{}/{}",
            iso(year, m, day),
            iso(year, m, Some(d2)).trim_start_matches("date:")
        ),
        None => iso(year, m, day),
    }
}

/// "last year" / "this year" / "next year" right after a day and month, so
/// that "February 24 last year" is one date. The year is resolved from the
/// document's date when known.
fn relative_year(c: &Ctx, i: usize) -> Option<Option<i32>> {
    if c.lower(i + 1).as_str() != "year" {
        return None;
    }
    let shift = match c.lower(i).as_str() {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    Some(c.doc_date.map(|(y, _, _)| y + shift))
}

fn day_first(c: &Ctx, i: usize) -> Option<Found> {
    let d = day_num(c, i)?;
    let mut j = i + 1;
    // "9 and 10 June", "21-22 October": two days of one month.
    let mut day_end = None;
    let range_sep = c.lower(j).as_str() == "and"
        || (c.is_punct(j, '-') || c.is_punct(j, '–')) && c.glued(j) && c.glued(j + 1);
    if range_sep {
        if let Some(d2) = day_num(c, j + 1).filter(|&d2| d2 > d) {
            day_end = Some(d2);
            j += 2;
        }
    }
    if c.lower(j).as_str() == "of" {
        j += 1;
    }
    let m = month(c.lower(j).as_str())?;
    if !c.tok(j)?.upper {
        return None;
    }
    j = after_month(c, j);
    let mut year = year_num(c, j);
    if year.is_some() {
        j += 1;
    } else if let Some(y) = relative_year(c, j) {
        year = y;
        j += 2;
    }
    Some(Found {
        start: i,
        end: j,
        kind: EntityType::Date,
        id: range_id(year, m, Some(d), day_end),
    })
}

/// 22.02.2023 (day first), 2023-02-22, 02/22/2023.
fn numeric_date(c: &Ctx, i: usize) -> Option<Found> {
    let a: u32 = c.w(i).parse().ok()?;
    let sep = c.tok(i + 1)?;
    if sep.kind != Kind::Punct
        || !matches!(sep.ch, '.' | '-' | '/')
        || !c.glued(i + 1)
        || !c.glued(i + 2)
    {
        return None;
    }
    let b: u32 = c.w(i + 2).parse().ok()?;
    if !c.is_punct(i + 3, sep.ch) || !c.glued(i + 3) || !c.glued(i + 4) {
        return None;
    }
    let cw = c.w(i + 4);
    let cv: u32 = cw.parse().ok()?;
    if c.tok(i + 4)?.kind != Kind::Number {
        return None;
    }
    let (y, m, d) = if c.w(i).len() == 4 {
        (a as i32, b, cv)
    } else if cw.len() == 4 {
        if sep.ch == '/' && a <= 12 {
            (cv as i32, a, b)
        } else {
            (cv as i32, b, a)
        }
    } else {
        return None;
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 5,
        kind: EntityType::Date,
        id: iso(Some(y), m, Some(d)),
    })
}

/// "the 22nd": a day of the current month.
fn the_ordinal_day(c: &Ctx, i: usize) -> Option<Found> {
    let prev = i.checked_sub(1)?;
    if c.lower(prev).as_str() != "the" || c.tok(i)?.kind == Kind::Number {
        return None;
    }
    let d = day_num(c, i)?;
    // "the 22nd of February" is taken by day_first; "the 3rd round" is an ordinal.
    let next = c.tok(i + 1);
    let ends = next.is_none_or(|n| {
        n.kind == Kind::Punct
            || matches!(
                c.lower(i + 1).as_str(),
                "that" | "and" | "when" | "at" | "in"
            )
    });
    if !ends {
        return None;
    }
    let id = match c.doc_date {
        Some((y, m, _)) => iso(Some(y), m, Some(d)),
        None => format!("date:day-{d}"),
    };
    Some(Found {
        start: i,
        end: i + 1,
        kind: EntityType::Date,
        id,
    })
}

fn relative(c: &Ctx, i: usize) -> Option<Found> {
    let l = c.lower(i);
    let w = l.as_str();
    let found = |end: usize, kind: EntityType, id: String| Found {
        start: i,
        end,
        kind,
        id,
    };
    if matches!(w, "yesterday" | "today" | "tomorrow") {
        // "today's" keeps only the word.
        return Some(found(i + 1, EntityType::Date, format!("date:{w}")));
    }
    if matches!(w, "tonight") {
        return Some(found(i + 1, EntityType::Time, "time:tonight".into()));
    }
    // "the early hours", "the small hours".
    if matches!(w, "early" | "small" | "wee") && c.lower(i + 1).as_str() == "hours" {
        return Some(found(
            i + 2,
            EntityType::Time,
            slug(c, i, i + 2).replacen("date:", "time:", 1),
        ));
    }
    // "at dawn", "at sunrise": a time of day after "at".
    if matches!(
        w,
        "dawn" | "dusk" | "sunrise" | "sunset" | "daybreak" | "nightfall"
    ) && i
        .checked_sub(1)
        .is_some_and(|p| c.lower(p).as_str() == "at")
    {
        return Some(found(i + 1, EntityType::Time, format!("time:{w}")));
    }
    if matches!(w, "last" | "next" | "this" | "past" | "coming" | "previous") {
        let n = c.lower(i + 1);
        let nw = n.as_str();
        if period(nw)
            || weekday(nw)
            || month(nw).is_some_and(|_| c.tok(i + 1).is_some_and(|t| t.upper))
        {
            return Some(found(i + 2, EntityType::Date, slug(c, i, i + 2)));
        }
        if matches!(nw, "morning" | "afternoon" | "evening" | "night") && w != "next" {
            return Some(found(i + 2, EntityType::Time, format!("time:{w}-{nw}")));
        }
        // "the past two years", "the next few months", "the last 48 hours".
        if w != "this" {
            if let Some((e, kind)) = duration(c, i + 1) {
                let id = slug(c, i, e);
                let id = if kind == EntityType::Time {
                    id.replacen("date:", "time:", 1)
                } else {
                    id
                };
                return Some(found(e, kind, id));
            }
        }
    }
    if weekday(w) && c.tok(i).is_some_and(|t| t.upper) {
        let mut e = i + 1;
        if matches!(
            c.lower(e).as_str(),
            "morning" | "afternoon" | "evening" | "night"
        ) {
            e += 1;
        }
        return Some(found(e, EntityType::Date, slug(c, i, e)));
    }
    if let Some(f) = part_of_period(c, i) {
        return Some(f);
    }
    // "N years ago", "two weeks", "a year", "90 minutes": durations and offsets.
    let (e, kind) = duration(c, i)?;
    let id = slug(c, i, e);
    let id = if kind == EntityType::Time {
        id.replacen("date:", "time:", 1)
    } else {
        id
    };
    Some(found(e, kind, id))
}

/// "the end of the year", "the rest of 2024", "the beginning of this month",
/// "earlier in the year": a part of a named period is a DATE.
fn part_of_period(c: &Ctx, i: usize) -> Option<Found> {
    let w = c.lower(i);
    let mut j = match w.as_str() {
        "beginning" | "start" | "end" | "middle" | "rest" | "remainder" | "turn" | "close" => {
            (c.lower(i + 1).as_str() == "of").then_some(i + 2)?
        }
        "earlier" | "later" => (c.lower(i + 1).as_str() == "in").then_some(i + 2)?,
        _ => return None,
    };
    if matches!(c.lower(j).as_str(), "the" | "this" | "next" | "last") {
        j += 1;
    }
    let p = c.lower(j);
    let named = period(p.as_str())
        || month(p.as_str()).is_some() && c.tok(j).is_some_and(|t| t.upper)
        || year_num(c, j).is_some();
    named.then(|| Found {
        start: i,
        end: j + 1,
        kind: EntityType::Date,
        id: slug(c, i, j + 1),
    })
}

fn year_alone(c: &Ctx, i: usize) -> Option<Found> {
    let y = year_num(c, i)?;
    if !(1800..=2100).contains(&y) {
        return None;
    }
    // Not part of a bigger number or an amount.
    if (c.is_punct(i + 1, ',') || c.is_punct(i + 1, '.'))
        && c.glued(i + 1)
        && c.glued(i + 2)
        && c.tok(i + 2).is_some_and(|t| t.kind == Kind::Number)
    {
        return None;
    }
    let n = c.lower(i + 1);
    if super::numbers::unit_word(n.as_str()).is_some()
        || super::numbers::scale_word(n.as_str()).is_some()
        || matches!(n.as_str(), "people" | "percent" | "%")
    {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 1,
        kind: EntityType::Date,
        id: format!("date:{y}"),
    })
}

fn decade(c: &Ctx, i: usize) -> Option<Found> {
    let w = c.w(i);
    let n = w.bytes().take_while(u8::is_ascii_digit).count();
    if n == 4 && w.get(n..) == Some("s") && w.get(3..4) == Some("0") {
        return Some(Found {
            start: i,
            end: i + 1,
            kind: EntityType::Date,
            id: format!("date:{w}"),
        });
    }
    None
}

/// "am"/"pm" glued to a number: hours to add.
fn ampm(suffix: &str) -> Option<Option<u32>> {
    if suffix.is_empty() {
        Some(None)
    } else if suffix.eq_ignore_ascii_case("am") {
        Some(Some(0))
    } else if suffix.eq_ignore_ascii_case("pm") {
        Some(Some(12))
    } else {
        None
    }
}

/// "am", "pm", "a.m.", "p.m." as words at `j`: hours to add and the end.
fn spaced_ampm(c: &Ctx, j: usize) -> Option<(u32, usize)> {
    let a = c.lower(j);
    let p = match a.as_str() {
        "am" | "a" => 0,
        "pm" | "p" => 12,
        _ => return None,
    };
    if a.as_str().len() == 1 {
        let dotted = c.is_punct(j + 1, '.') && c.lower(j + 2).as_str() == "m";
        if !dotted || !c.is_punct(j + 3, '.') {
            return None;
        }
        return Some((p, j + 4));
    }
    Some((p, j + 1))
}

fn clock(i: usize, j: usize, hh: u32, m: u32) -> Option<Found> {
    (hh <= 24 && m <= 59).then(|| Found {
        start: i,
        end: j,
        kind: EntityType::Time,
        id: format!("time:{hh:02}:{m:02}"),
    })
}

/// Clock times: 10:30, 7.25am, 3 p.m., 9am, 1225 UTC, noon, midnight.
fn time(c: &Ctx, i: usize) -> Option<Found> {
    let l = c.lower(i);
    if matches!(l.as_str(), "noon" | "midnight") {
        return Some(Found {
            start: i,
            end: i + 1,
            kind: EntityType::Time,
            id: format!("time:{}", l.as_str()),
        });
    }
    // Never the tail of a bigger number: "25am" read out of "7.25am".
    let after_sep = i.checked_sub(1).is_some_and(|p| {
        c.glued(i)
            && c.tok(p)
                .is_some_and(|t| t.kind == Kind::Punct && matches!(t.ch, '.' | ':' | ','))
    });
    if after_sep {
        return None;
    }
    let w = c.w(i);
    let n = w.bytes().take_while(u8::is_ascii_digit).count();
    // "1225 UTC": four digits are a clock time only before a zone.
    if n == 4 && w.len() == 4 && c.tok(i + 1).is_some_and(|t| t.space_before) && zone(c.w(i + 1)) {
        let hh: u32 = w.get(..2)?.parse().ok()?;
        let m: u32 = w.get(2..)?.parse().ok()?;
        return clock(i, i + 1, hh, m).filter(|_| hh < 24);
    }
    if n == 0 || n > 2 {
        return None;
    }
    let h: u32 = w.get(..n)?.parse().ok()?;
    let mut add = ampm(w.get(n..)?)?;
    let mut m = 0;
    let mut j = i + 1;
    let mut colon = false;
    if add.is_none() && (c.is_punct(j, ':') || c.is_punct(j, '.')) && c.glued(j) && c.glued(j + 1) {
        let mw = c.w(j + 1);
        if mw.bytes().take_while(u8::is_ascii_digit).count() != 2 {
            return None;
        }
        m = mw.get(..2)?.parse().ok()?;
        add = ampm(mw.get(2..)?)?;
        colon = c.is_punct(j, ':');
        j += 2;
    }
    if add.is_none() {
        match spaced_ampm(c, j) {
            Some((p, e)) => {
                add = Some(p);
                j = e;
            }
            // "10:30" is a time; "7.25" without am/pm is a decimal.
            None if colon && h <= 24 => return clock(i, j, h, m),
            None => return None,
        }
    }
    let add = add?;
    if !(1..=12).contains(&h) {
        return None;
    }
    clock(i, j, h % 12 + add, m)
}

/// "the first half of 2025", "the third quarter of 2024".
fn part_of_year(c: &Ctx, i: usize) -> Option<Found> {
    let l = c.lower(i);
    if !(4..=6).contains(&l.as_str().len()) {
        return None;
    }
    let n = match l.as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "last" => 0,
        _ => return None,
    };
    let part = c.lower(i + 1);
    if !matches!(part.as_str(), "half" | "quarter") || c.lower(i + 2).as_str() != "of" {
        return None;
    }
    let y = year_num(c, i + 3)?;
    let id = match n {
        0 => format!("date:{y}-last-{}", part.as_str()),
        _ => format!("date:{y}-{}{n}", &part.as_str()[..1]),
    };
    Some(Found {
        start: i,
        end: i + 4,
        kind: EntityType::Date,
        id,
    })
}

/// The date/time grammar at token `i`.
pub fn date_or_time(c: &Ctx, i: usize) -> Option<Found> {
    numeric_date(c, i)
        .or_else(|| part_of_year(c, i))
        .or_else(|| month_first(c, i))
        .or_else(|| day_first(c, i))
        .or_else(|| time(c, i))
        .or_else(|| the_ordinal_day(c, i))
        .or_else(|| decade(c, i))
        .or_else(|| relative(c, i))
        .or_else(|| year_alone(c, i))
}

#[cfg(test)]
mod tests {
    use super::super::numbers::tests::run;
    use crate::analysis::EntityType::{self, *};

    #[test]
    fn dates_and_times() {
        let rows: &[(&str, &str, EntityType, &str)] = &[
            ("on Wednesday the", "Wednesday", Date, "date:wednesday"),
            (
                "talks on Feb. 21-22 in",
                "Feb. 21-22",
                Date,
                "date:--02-21/--02-22",
            ),
            ("on 22.02.2023 at", "22.02.2023", Date, "date:2023-02-22"),
            // A day and a relative year are one date, resolved from the
            // document date (2023-02-22 in these tests).
            (
                "began on February 24 last year",
                "February 24 last year",
                Date,
                "date:2022-02-24",
            ),
            (
                "ends on 3 May next year",
                "3 May next year",
                Date,
                "date:2024-05-03",
            ),
            ("began last year", "last year", Date, "date:last-year"),
            (
                "on 9 and 10 June, he said",
                "9 and 10 June",
                Date,
                "date:--06-09/--06-10",
            ),
            (
                "held on 21-22 October",
                "21-22 October",
                Date,
                "date:--10-21/--10-22",
            ),
            (
                "on 24 February 2023,",
                "24 February 2023",
                Date,
                "date:2023-02-24",
            ),
            ("in March 2022", "March 2022", Date, "date:2022-03"),
            ("it rose in June.", "June", Date, "date:--06"),
            ("by Sept. 5 at", "Sept. 5", Date, "date:--09-05"),
            (
                "in the second quarter of 2024,",
                "second quarter of 2024",
                Date,
                "date:2024-q2",
            ),
            ("said on the 22nd that", "22nd", Date, "date:2023-02-22"),
            ("at 3 p.m. local", "3 p.m.", Time, "time:15:00"),
            ("at 10:30 on", "10:30", Time, "time:10:30"),
            ("in 2021, the", "2021", Date, "date:2021"),
            ("two years ago", "two years ago", Date, "date:two-years-ago"),
            ("since the 1990s", "1990s", Date, "date:1990s"),
            ("2023-02-22", "2023-02-22", Date, "date:2023-02-22"),
            (
                "late last night",
                "late last night",
                Time,
                "time:last-night",
            ),
        ];
        for (text, span, kind, id) in rows {
            let got = run(text);
            assert!(
                got.iter()
                    .any(|(s, k, i)| s == span && k == kind && i == id),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn may_the_verb_is_not_a_date() {
        assert!(run("He may come").is_empty());
        assert!(!run("It May 5").is_empty());
    }
}
