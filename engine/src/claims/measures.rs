//! Changes in rates told in different units: "half a percentage point",
//! "a half-point cut", "0.5 percentage points", "50 basis points" and
//! "50bps" are one figure. Each is read as whole basis points, so two
//! reports of one move share a value feature whatever unit they chose. A
//! move said to come on top of another ("an additional half-point", "another
//! 25 basis points", "half a point in further cuts") is a different figure
//! (`bp:+50`): a forecast of more cuts is not the report of the cut.

/// Basis-point figures (`"bp:50"`) of every rate change stated in `text`.
pub fn basis_points(text: &str) -> Vec<String> {
    // Every unit of every article passes here: most have no rate move, and
    // need no tokens.
    let has = |pat: &[u8]| {
        text.as_bytes()
            .windows(pat.len())
            .any(|w| w.eq_ignore_ascii_case(pat))
    };
    if !has(b"point") && !has(b"bp") {
        return Vec::new();
    }
    let toks: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/'))
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|t| !t.is_empty())
        .collect();
    let tok = |i: usize| toks.get(i).map_or("", String::as_str);
    let is_point = |t: &str| matches!(t, "point" | "points");
    let is_more = |t: &str| matches!(t, "another" | "additional" | "further" | "extra");
    // "an additional half-point", "another 50bps": the words before the
    // figure, articles skipped; "half a point in further cuts": after it.
    let further = |i: usize, end: usize| {
        let mut k = i;
        while k > 0 && matches!(tok(k - 1), "a" | "an" | "by" | "of") {
            k -= 1;
        }
        (k > 0 && is_more(tok(k - 1))) || (tok(end + 1) == "in" && is_more(tok(end + 2)))
    };
    let mut out: Vec<(bool, u64)> = Vec::new();
    for i in 0..toks.len() {
        let t = tok(i);
        // "50bps", "25bp"
        if let Some(num) = t.strip_suffix("bps").or_else(|| t.strip_suffix("bp")) {
            if let Some(bp) = number(num) {
                out.push((further(i, i), bp.round().max(0.0) as u64));
            }
            continue;
        }
        let Some(value) = number(t).or_else(|| fraction(t)) else {
            continue;
        };
        // A fraction word may be followed by "a" / "of a": "half of a point".
        let mut j = i + 1;
        if fraction(t).is_some() {
            while matches!(tok(j), "a" | "of" | "an") {
                j += 1;
            }
        }
        let scaled = match (tok(j), tok(j + 1)) {
            ("basis", p) if is_point(p) => Some((value / 100.0, j + 1)),
            ("bps" | "bp", _) => Some((value / 100.0, j)),
            ("percentage", p) if is_point(p) => Some((value, j + 1)),
            // "half a point", "a quarter-point": never "at one point".
            (p, _) if is_point(p) && matches!(t, "half" | "quarter") => Some((value, j)),
            _ => None,
        };
        if let Some((points, end)) = scaled {
            out.push((further(i, end), (points * 100.0).round().max(0.0) as u64));
        }
    }
    out.sort_unstable();
    out.dedup();
    out.into_iter()
        .map(|(more, bp)| format!("bp:{}{bp}", if more { "+" } else { "" }))
        .collect()
}

/// A number written in digits (the caller's unit already applied: basis
/// points for "50bps"), as percentage points for the other units.
fn number(t: &str) -> Option<f64> {
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn fraction(t: &str) -> Option<f64> {
    match t {
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        "full" | "one" => Some(1.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::basis_points;

    #[test]
    fn one_move_in_every_unit() {
        for text in [
            "The bank cut rates by half a percentage point on Wednesday.",
            "It lowered its benchmark rate by 50 basis points.",
            "Fed Cuts Rates 50bps, Signals Shift",
            "a larger than usual half-percentage-point cut",
            "the key rate by a hefty half-point",
            "by 0.5 percentage points, to 4.75%",
            "by half of a percentage point",
        ] {
            assert_eq!(basis_points(text), vec!["bp:50"], "{text}");
        }
        assert_eq!(
            basis_points("a quarter-point move, not a 25 basis point one"),
            vec!["bp:25"]
        );
        assert_eq!(
            basis_points("a full percentage point in 2025"),
            vec!["bp:100"]
        );
    }

    #[test]
    fn a_move_on_top_of_another_is_another_figure() {
        for text in [
            "They expect to cut their key rate by an additional half-point in December.",
            "Policymakers see the rate falling by another half of a percentage point.",
            "The bank forecast a total of a half point in further cuts this year.",
            "Markets now price another 50bps.",
        ] {
            assert_eq!(basis_points(text), vec!["bp:+50"], "{text}");
        }
        assert_eq!(
            basis_points("After a half-point cut, officials pencilled in another quarter point."),
            vec!["bp:50", "bp:+25"]
        );
    }

    #[test]
    fn other_numbers_are_not_rate_moves() {
        for text in [
            "Half of the voters stayed home.",
            "The team scored 50 points.",
            "Rates stood at 5.25%.",
            "At one point the talks nearly failed.",
            "",
            "bps",
        ] {
            assert!(basis_points(text).is_empty(), "{text}");
        }
    }
}
