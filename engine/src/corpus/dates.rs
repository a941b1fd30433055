//! Recognises the dates that datelines, front matter and running text carry,
//! and normalises them to ISO `YYYY-MM-DD`.

use crate::analysis::Span;

/// Month number (1-12) of a lower-case English month name or its
/// abbreviation; the entity grammars call it per token, so no allocation.
pub fn month(lower: &str) -> Option<u32> {
    Some(match lower {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Month number of a month word as written ("Feb.", "Sept", "December").
pub fn month_number(word: &str) -> Option<u32> {
    month(&word.trim_end_matches('.').to_ascii_lowercase())
}

/// Day of the week of a weekday name or abbreviation, Monday = 0.
pub fn weekday_number(word: &str) -> Option<u32> {
    Some(
        match word.trim_end_matches('.').to_ascii_lowercase().as_str() {
            "monday" | "mon" => 0,
            "tuesday" | "tue" | "tues" => 1,
            "wednesday" | "wed" => 2,
            "thursday" | "thu" | "thur" | "thurs" => 3,
            "friday" | "fri" => 4,
            "saturday" | "sat" => 5,
            "sunday" | "sun" => 6,
            _ => return None,
        },
    )
}

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Day {
    /// A valid day, or None ("2023-02-30").
    pub fn new(y: i32, m: u32, d: u32) -> Option<Day> {
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        ((1000..=9999).contains(&y) && (1..=days).contains(&d)).then_some(Day { y, m, d })
    }

    /// Reads `YYYY-MM-DD` (the first ten characters).
    pub fn from_iso(s: &str) -> Option<Day> {
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        (s.get(4..5) == Some("-") && s.get(7..8) == Some("-"))
            .then(|| Day::new(y, m, d))
            .flatten()
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    pub fn ordinal(&self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days after (or before, if negative) this one.
    pub fn plus(&self, n: i64) -> Option<Day> {
        let z = self.ordinal() + n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Day::new(i32::try_from(y).ok()?, m, d)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.ordinal() + 3).rem_euclid(7) as u32
    }

    /// The day with weekday `wd` nearest to this one (at most three days
    /// away): how a news text's "on Wednesday" relates to a known date.
    pub fn nearest_weekday(&self, wd: u32) -> Option<Day> {
        let diff = (i64::from(wd) - i64::from(self.weekday())).rem_euclid(7);
        self.plus(if diff > 3 { diff - 7 } else { diff })
    }
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    Day::new(i32::try_from(y).ok()?, m, d).map(|d| d.iso())
}

fn num(s: &str) -> Option<u32> {
    let s = s.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 23rd → 23
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses one date written as `2023-02-22`, `22.02.2023`, `22/02/2023`
/// (day first, as outside the US, unless the day is > 12 in second place),
/// `February 23, 2023`, `Feb. 23 2023` or `23 February 2023`.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    for sep in ['-', '.', '/'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if n.len() != 3 {
                return None;
            }
            if parts[0].len() == 4 {
                return iso(n[0], n[1], n[2]);
            }
            if parts[2].len() == 4 {
                return if n[1] > 12 {
                    iso(n[2], n[0], n[1])
                } else {
                    iso(n[2], n[1], n[0])
                };
            }
            return None;
        }
    }
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [m, d, y] if month_number(m).is_some() => iso(num(y)?, month_number(m)?, num(d)?),
        [d, m, y] if month_number(m).is_some() => iso(num(y)?, month_number(m)?, num(d)?),
        _ => None,
    }
}

/// A run of letters, a run of digits, or one other character: letters and
/// digits are split so that a date glued to a word ("2024Business") reads.
#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    s: &'a str,
    start: usize,
    end: usize,
    space_before: bool,
}

impl Tok<'_> {
    fn digits(&self, min: usize, max: usize) -> Option<u32> {
        let n = self.s.len();
        (n >= min && n <= max && self.s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| self.s.parse().ok())
            .flatten()
    }
    fn is(&self, c: &str) -> bool {
        self.s == c
    }
    fn alpha(&self) -> bool {
        self.s.chars().next().is_some_and(char::is_alphabetic)
    }
}

fn toks(text: &str) -> Vec<Tok<'_>> {
    let class = |c: char| {
        if c.is_alphabetic() {
            1
        } else if c.is_ascii_digit() {
            2
        } else {
            0
        }
    };
    let mut out = Vec::new();
    let mut space = true;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let k = class(c);
        let mut end = i + c.len_utf8();
        if k != 0 {
            while let Some(&(j, d)) = it.peek() {
                if class(d) != k {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
        }
        out.push(Tok {
            s: &text[i..end],
            start: i,
            end,
            space_before: space,
        });
        space = false;
    }
    out
}

/// A date found in running text. `year` is None for "Oct. 13".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte range in the scanned text (a leading weekday included).
    pub span: Span,
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// The weekday written with it ("Tuesday, March 26, 2024").
    pub weekday: Option<u32>,
    /// The last day of a range ("Feb. 21-22" ends on the 22nd).
    pub to_day: Option<u32>,
}

impl FoundDate {
    pub fn full(&self) -> Option<Day> {
        Day::new(self.year?, self.month, self.day)
    }
}

fn ordinal_suffix(t: &Tok) -> bool {
    matches!(t.s, "st" | "nd" | "rd" | "th") && !t.space_before
}

/// A day-of-month number at `i` (with "st"/"nd"…), and the index after it.
fn day_at(t: &[Tok], i: usize) -> Option<(u32, usize)> {
    let d = t.get(i)?.digits(1, 2)?;
    let next = if t.get(i + 1).is_some_and(ordinal_suffix) {
        i + 2
    } else {
        i + 1
    };
    (1..=31).contains(&d).then_some((d, next))
}

/// A month word at `i` (capitalised in running text: "may" is a verb), and
/// the index after it (a trailing period included).
fn month_at(t: &[Tok], i: usize) -> Option<(u32, usize)> {
    let w = t.get(i)?;
    if !w.s.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let m = month_number(w.s)?;
    let next = if t.get(i + 1).is_some_and(|p| p.is(".") && !p.space_before) {
        i + 2
    } else {
        i + 1
    };
    Some((m, next))
}

/// A four-digit year at `i` (after an optional comma), and the index after it.
fn year_at(t: &[Tok], i: usize) -> Option<(i32, usize)> {
    let i = if t.get(i).is_some_and(|c| c.is(",")) {
        i + 1
    } else {
        i
    };
    let y = t.get(i)?.digits(4, 4)?;
    // "2024.5" or "2024-25" are not years closing a date.
    let glued_number = t.get(i + 1).is_some_and(|n| {
        !n.space_before
            && (n.is(".") || n.is("-"))
            && t.get(i + 2).is_some_and(|d| d.digits(1, 9).is_some())
    });
    (!glued_number && (1000..=9999).contains(&y)).then_some((y as i32, i + 1))
}

/// A date starting at token `i`, with the index after it.
fn date_at(t: &[Tok], i: usize) -> Option<(FoundDate, usize)> {
    let mut weekday = None;
    let mut j = i;
    if let Some(wd) = t
        .get(i)
        .filter(|w| w.alpha())
        .and_then(|w| weekday_number(w.s))
    {
        if t.get(i).is_some_and(|w| w.s.len() >= 3) {
            weekday = Some(wd);
            j = i + 1;
            if t.get(j).is_some_and(|c| c.is(",") || c.is(".")) {
                j += 1;
            }
        }
    }
    let start = t.get(i)?.start;
    let found = |y: Option<i32>, m: u32, d: u32, end: usize| {
        Day::new(y.unwrap_or(2000), m, d).map(|_| FoundDate {
            span: Span::new(start, t[end - 1].end),
            year: y,
            month: m,
            day: d,
            weekday,
            to_day: None,
        })
    };
    // Numeric: 2023-02-22, 22.02.2023, 22/02/2023.
    if weekday.is_none() {
        if let (Some(a), Some(sep)) = (t.get(i), t.get(i + 1)) {
            if matches!(sep.s, "-" | "." | "/")
                && t.get(i + 2).is_some()
                && t.get(i + 3).is_some_and(|s2| s2.s == sep.s)
                && t.get(i + 4).is_some()
                && [1, 2, 3, 4].iter().all(|k| !t[i + k].space_before)
            {
                let (b, c) = (&t[i + 2], &t[i + 4]);
                let glued_after = t
                    .get(i + 5)
                    .is_some_and(|n| !n.space_before && (n.is(sep.s) || n.digits(1, 9).is_some()));
                if !glued_after {
                    if let (Some(y), Some(m), Some(d)) =
                        (a.digits(4, 4), b.digits(1, 2), c.digits(1, 2))
                    {
                        if let Some(f) = found(Some(y as i32), m, d, i + 5) {
                            return Some((f, i + 5));
                        }
                    }
                    if let (Some(d), Some(m), Some(y)) =
                        (a.digits(1, 2), b.digits(1, 2), c.digits(4, 4))
                    {
                        let (m, d) = if m > 12 { (d, m) } else { (m, d) };
                        if let Some(f) = found(Some(y as i32), m, d, i + 5) {
                            return Some((f, i + 5));
                        }
                    }
                }
            }
        }
    }
    // Month first: "February 23, 2023", "Feb. 23", "Oct 13th 2024".
    if let Some((m, k)) = month_at(t, j) {
        if let Some((d, k)) = day_at(t, k) {
            // "Feb. 21-22": the range's last day, then an optional year.
            let range = t
                .get(k)
                .is_some_and(|s| (s.is("-") || s.is("–")) && !s.space_before)
                && t.get(k + 1).is_some_and(|n| !n.space_before);
            let (to_day, k) = match range.then(|| day_at(t, k + 1)).flatten() {
                Some((e, k2)) if e > d => (Some(e), k2),
                _ => (None, k),
            };
            // "May 2 3" in a list: a following number that is not a year
            // means this was not a day.
            let f = match year_at(t, k) {
                Some((y, e)) => found(Some(y), m, d, e).map(|f| (f, e)),
                None if t.get(k).is_some_and(|n| n.digits(1, 9).is_some()) => None,
                None => found(None, m, d, k).map(|f| (f, k)),
            };
            return f.map(|(f, e)| (FoundDate { to_day, ..f }, e));
        }
    }
    // Day first: "23 February 2023", "13th of October".
    if let Some((d, k)) = day_at(t, j) {
        let k = if t.get(k).is_some_and(|w| w.is("of")) {
            k + 1
        } else {
            k
        };
        if let Some((m, k)) = month_at(t, k) {
            return match year_at(t, k) {
                Some((y, e)) => found(Some(y), m, d, e).map(|f| (f, e)),
                None => found(None, m, d, k).map(|f| (f, k)),
            };
        }
    }
    None
}

/// Every date written in `text`, in order, non-overlapping.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let t = toks(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // A date starts at a token boundary: not inside "A1/2/2023x".
        let boundary =
            i == 0 || t[i].space_before || !t[i - 1].alpha() && t[i - 1].digits(1, 9).is_none();
        match boundary.then(|| date_at(&t, i)).flatten() {
            Some((f, next)) => {
                out.push(f);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// Words that may stand beside a date in a dateline.
fn dateline_word(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    weekday_number(&l).is_some()
        || matches!(
            l.as_str(),
            "date"
                | "dated"
                | "published"
                | "first"
                | "updated"
                | "posted"
                | "last"
                | "modified"
                | "created"
                | "on"
                | "at"
                | "am"
                | "pm"
                | "a"
                | "p"
                | "m"
                | "h"
                | "hrs"
                | "time"
                | "min"
                | "mins"
                | "minute"
                | "minutes"
                | "read"
                | "gmt"
                | "utc"
                | "et"
                | "pt"
                | "ct"
                | "mt"
                | "edt"
                | "est"
                | "pdt"
                | "pst"
                | "cdt"
                | "cst"
                | "mdt"
                | "mst"
                | "bst"
                | "cet"
                | "cest"
                | "eet"
                | "eest"
                | "ist"
                | "msk"
                | "jst"
                | "kst"
                | "hkt"
                | "sgt"
                | "aest"
                | "aedt"
                | "awst"
                | "nzdt"
                | "nzst"
                | "wib"
                | "local"
        )
}

/// Cue words of a publication date vs. an update.
fn published_cue(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "published" | "posted" | "created" | "first" | "date" | "dated"
    )
}
fn updated_cue(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "updated" | "modified")
}

/// If `line` is a dateline — dates with only dateline words, times and
/// punctuation around them ("date 2023-02-22 22.02.2023", "Published: March
/// 3, 2024", "18 September 2024, 19:24", "Updated 3:04 PM EDT, Wed March 27,
/// 2024"), or a date glued to a short section label ("September 18,
/// 2024Business News") — its ISO publication date.
pub fn dateline(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 120 {
        return None;
    }
    let t = toks(line);
    let dates: Vec<(FoundDate, Day)> = find_dates(line)
        .into_iter()
        .filter_map(|f| f.full().map(|d| (f, d)))
        .collect();
    let first = dates.first()?;
    let inside = |tok: &Tok| {
        dates
            .iter()
            .any(|(f, _)| f.span.start <= tok.start && tok.end <= f.span.end)
    };
    // A label beside the date: a section glued after it ("September 18,
    // 2024Business News"), a site or place before it behind a separator
    // ("Example Courier | Saturday, June 8, 2024"). Capitalised words only.
    let (mut before, mut after) = (0, 0);
    for tok in t.iter().filter(|x| !inside(x)) {
        if tok.digits(1, 9).is_some() || !tok.alpha() || dateline_word(tok.s) {
            continue;
        }
        if !tok.s.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if tok.start < first.0.span.start {
            before += 1;
        } else {
            after += 1;
        }
    }
    let separated = t
        .iter()
        .rfind(|x| x.end <= first.0.span.start && !(x.alpha() && dateline_word(x.s)))
        .is_some_and(|x| matches!(x.s, "|" | "•" | "·" | "-" | "–" | "—" | ","));
    let sentence = line.contains(['!', '?', '"', '“', '”']);
    if before + after > 4 || sentence || (before > 0 && !separated) {
        return None;
    }
    if dates.iter().all(|(_, d)| *d == first.1) {
        return Some(first.1.iso());
    }
    // Several different dates: the one a "published" cue stands before, or
    // else the one that is not marked as an update.
    let cue_before = |f: &FoundDate| {
        t.iter()
            .rfind(|x| x.end <= f.span.start && x.alpha() && !inside(x))
            .map(|x| x.s)
    };
    if let Some((_, d)) = dates
        .iter()
        .find(|(f, _)| cue_before(f).is_some_and(published_cue))
    {
        return Some(d.iso());
    }
    let not_updates: Vec<&Day> = dates
        .iter()
        .filter(|(f, _)| !cue_before(f).is_some_and(updated_cue))
        .map(|(_, d)| d)
        .collect();
    match not_updates.as_slice() {
        [one] => Some(one.iso()),
        _ => None,
    }
}

/// The scraper's marker at the start of a line, "date 2024-10-13" (with
/// any further renderings of the same date), even when the headline or lead
/// is glued after it: the ISO date and the byte length of the marker.
pub fn date_marker(line: &str) -> Option<(String, usize)> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let after = rest
        .get(..5)
        .filter(|w| w.eq_ignore_ascii_case("date ") || w.eq_ignore_ascii_case("date:"))
        .map(|_| &rest[5..])?;
    let skip = after.len() - after.trim_start().len();
    let mut end = lead + 5 + skip;
    let mut date: Option<String> = None;
    for word in line[end..].split_inclusive(char::is_whitespace) {
        let w = word.trim_end();
        match parse_date(w) {
            Some(d) if date.as_ref().is_none_or(|x| *x == d) => {
                // The first rendering must be ISO: "date 3 March" is prose.
                if date.is_none() && !(w.len() == 10 && w.as_bytes().get(4) == Some(&b'-')) {
                    return None;
                }
                date = Some(d);
                end += word.len();
            }
            _ => break,
        }
    }
    let end = line[..end].trim_end().len();
    date.map(|d| (d, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_forms() {
        assert_eq!(parse_date("2023-02-22").as_deref(), Some("2023-02-22"));
        assert_eq!(parse_date("22.02.2023").as_deref(), Some("2023-02-22"));
        assert_eq!(parse_date("02/22/2023").as_deref(), Some("2023-02-22"));
        assert_eq!(parse_date("2023-02-30"), None);
        assert_eq!(parse_date("1.2.3"), None);
    }

    #[test]
    fn written_forms() {
        assert_eq!(
            parse_date("February 23, 2023").as_deref(),
            Some("2023-02-23")
        );
        assert_eq!(parse_date("Feb. 23 2023").as_deref(), Some("2023-02-23"));
        assert_eq!(parse_date("3rd March 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(parse_date("Sept 9, 2021").as_deref(), Some("2021-09-09"));
        assert_eq!(parse_date("May the 4th"), None);
    }

    #[test]
    fn datelines() {
        let rows: &[(&str, Option<&str>)] = &[
            ("date 2023-02-22 22.02.2023", Some("2023-02-22")),
            (" Published: March 3, 2024", Some("2024-03-03")),
            ("February 23, 2023", Some("2023-02-23")),
            ("18 June 2021, 07:45", Some("2021-06-18")),
            (
                "Updated 3:04 PM EDT, Wed March 27, 2024",
                Some("2024-03-27"),
            ),
            (
                "Posted on Tuesday 5 November 2019 at 9.30am GMT",
                Some("2019-11-05"),
            ),
            ("Published 12.01.2022 | 4 min read", Some("2022-01-12")),
            // A date glued to the section label after it.
            ("April 2, 2022World News", Some("2022-04-02")),
            ("June 7, 2021 Politics", Some("2021-06-07")),
            (
                "Example Courier | Saturday, June 8, 2024",
                Some("2024-06-08"),
            ),
            ("VIENNA, March 3, 2024", Some("2024-03-03")),
            ("Talks Resume March 3, 2024", None),
            // Published and updated: the first publication.
            (
                "Published March 3, 2024 Updated March 4, 2024",
                Some("2024-03-03"),
            ),
            (
                "Updated March 4, 2024, first published March 3, 2024",
                Some("2024-03-03"),
            ),
            // Two different dates with no cue are not one dateline.
            ("2023-02-22 2023-02-23", None),
            ("The talks on February 23, 2023 went well", None),
            ("On March 3, 2024, the council voted.", None),
            ("Talks resume March 3, 2024 in Vienna, diplomats say", None),
            ("March 2024", None),
        ];
        for (line, want) in rows {
            assert_eq!(dateline(line).as_deref(), *want, "{line}");
        }
    }

    #[test]
    fn dates_in_running_text() {
        let text = "Crowds gather in Leeds, Britain, Tuesday, March 26, 2024. (Photo) \
                    The vote on Oct. 13 and the 3rd of May 2021 count; 4.75-5.00 and in March 2022 do not.";
        let got: Vec<(Option<i32>, u32, u32, Option<u32>)> = find_dates(text)
            .iter()
            .map(|f| (f.year, f.month, f.day, f.weekday))
            .collect();
        assert_eq!(
            got,
            [
                (Some(2024), 3, 26, Some(1)),
                (None, 10, 13, None),
                (Some(2021), 5, 3, None),
            ]
        );
        let f = find_dates("talks on Feb. 21-22 in the capital")[0];
        assert_eq!((f.year, f.month, f.day, f.to_day), (None, 2, 21, Some(22)));
        let f = find_dates("on 2024-10-13, at dawn")[0];
        assert_eq!(
            &"on 2024-10-13, at dawn"[f.span.start..f.span.end],
            "2024-10-13"
        );
    }

    #[test]
    fn markers_glued_to_text() {
        let line = " date 2021-06-18 Storm hits the coast";
        let (d, end) = date_marker(line).unwrap();
        assert_eq!(d, "2021-06-18");
        assert_eq!(&line[end..], " Storm hits the coast");
        let line = "date 2023-02-22 22.02.2023";
        assert_eq!(date_marker(line).map(|x| x.1), Some(line.len()));
        assert_eq!(date_marker("date night in Paris"), None);
        assert_eq!(date_marker("date 3 March 2024 was"), None);
        assert_eq!(date_marker("Dated 2021-06-18"), None);
    }

    #[test]
    fn calendar_arithmetic() {
        let d = Day::new(2024, 3, 26).unwrap();
        assert_eq!(d.weekday(), 1); // a Tuesday
        assert_eq!(d.plus(6).unwrap().iso(), "2024-04-01");
        assert_eq!(
            Day::new(2024, 3, 1).unwrap().plus(-1).unwrap().iso(),
            "2024-02-29"
        );
        assert_eq!(
            Day::new(1999, 12, 31).unwrap().plus(1).unwrap().iso(),
            "2000-01-01"
        );
        assert_eq!(d.nearest_weekday(2).unwrap().iso(), "2024-03-27");
        assert_eq!(d.nearest_weekday(6).unwrap().iso(), "2024-03-24");
        assert_eq!(Day::from_iso("2024-10-13").unwrap().weekday(), 6);
        assert_eq!(Day::from_iso("2024-13-01"), None);
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Feb."), Some(2));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
    }
}
