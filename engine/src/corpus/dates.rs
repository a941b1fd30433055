//! Recognises the dates that datelines and front matter carry, and
//! normalises them to ISO `YYYY-MM-DD`.

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

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=9999).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
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

/// If `line` is nothing but a dateline ("date 2023-02-22 22.02.2023",
/// "Published: March 3, 2024", "February 23, 2023"), its ISO date.
pub fn dateline(line: &str) -> Option<String> {
    let lower = line.trim().to_ascii_lowercase();
    let mut rest = lower.as_str();
    for prefix in [
        "date",
        "published",
        "updated",
        "posted",
        "last updated",
        "on",
    ] {
        if let Some(r) = rest.strip_prefix(prefix) {
            if r.starts_with([' ', ':', '\t']) {
                rest = r.trim_start_matches([' ', ':', '\t']);
                break;
            }
        }
    }
    if rest.is_empty() || rest.len() > 60 {
        return None;
    }
    if let Some(d) = parse_date(rest) {
        return Some(d);
    }
    // Several renderings of one date side by side: every token group must parse.
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    if tokens.len() >= 2 && tokens.iter().all(|t| parse_date(t).is_some()) {
        let first = parse_date(tokens[0])?;
        return tokens
            .iter()
            .all(|t| parse_date(t).as_deref() == Some(&first))
            .then_some(first);
    }
    None
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
        assert_eq!(
            dateline("date 2023-02-22 22.02.2023").as_deref(),
            Some("2023-02-22")
        );
        assert_eq!(
            dateline(" Published: March 3, 2024").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(dateline("February 23, 2023").as_deref(), Some("2023-02-23"));
        // Two different dates are not one dateline.
        assert_eq!(dateline("2023-02-22 2023-02-23"), None);
        assert_eq!(dateline("The talks on February 23, 2023 went well"), None);
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Feb."), Some(2));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
    }
}
