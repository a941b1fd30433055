//! Numbers and amounts: CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY, with
//! value-normalised ids (`cardinal:193`, `money:usd:200000000000`), and the
//! scan that also runs the date grammar.

use super::dates;
use crate::analysis::EntityType;
use crate::text::lower::with_ascii_lower;
use crate::text::tokens::{Kind, Token};

/// A numeric or temporal entity found over tokens `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub id: String,
}

/// Token access shared by the numeric and date grammars.
pub struct Ctx<'a> {
    pub text: &'a str,
    /// `text` ASCII-lowercased once per document: same byte offsets, so a
    /// token's lowercase form is a slice, not a copy per lookup.
    pub lower_text: &'a str,
    pub toks: &'a [Token],
    /// The document's date (year, month, day) for completing partial dates.
    pub doc_date: Option<(i32, u32, u32)>,
}

// Called per token and per rule: inlined even in the size-optimised build.
impl<'a> Ctx<'a> {
    #[inline(always)]
    pub fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    #[inline(always)]
    pub fn tok(&self, i: usize) -> Option<&'a Token> {
        self.toks.get(i)
    }
    /// Token `i` is glued to the previous one (no space).
    #[inline(always)]
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }
    #[inline(always)]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    #[inline(always)]
    pub fn lower(&self, i: usize) -> Lower<'a> {
        Lower(self.toks.get(i).map_or("", |t| t.text(self.lower_text)))
    }
}

/// A token's ASCII-lowercased form (the grammars' keywords are all ASCII).
#[derive(Clone, Copy)]
pub struct Lower<'a>(&'a str);

impl<'a> Lower<'a> {
    #[inline(always)]
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

/// The value of digits with at most one decimal point ("1234.56"); the
/// grammar has already checked that only digits and one '.' are present.
fn decimal_value(s: &str) -> Option<f64> {
    let plain = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    plain.then(|| s.parse::<f64>().ok()).flatten()
}

/// Formats a value for an id: integers without a fraction, others to at most
/// four decimals ("4.75", "200000000000").
pub fn fmt_num(v: f64) -> String {
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn small_number_word(w: &str) -> Option<f64> {
    Some(match w {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        _ => return None,
    })
}

/// "Two" in "World War Two".
pub fn is_number_word(w: &str) -> bool {
    with_ascii_lower(w, |l| small_number_word(l).is_some())
}

pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "m" | "mln" => 1e6,
        "billion" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "twentieth" => 20,
        "hundredth" => 100,
        _ => return None,
    })
}

/// A number starting at token `i`: digits with `,` groups and a `.` decimal
/// glued together, or number words ("twenty-five", "two hundred").
/// Returns (end token, value, glued letter suffix like "bn" in "200bn").
pub fn number_at(c: &Ctx, i: usize) -> Option<(usize, f64, String)> {
    let t = c.tok(i)?;
    let w = c.w(i);
    if t.kind == Kind::Number
        || (t.kind == Kind::Word && w.as_bytes().first().is_some_and(u8::is_ascii_digit))
    {
        let (digits, suffix) = split_digits(w);
        let mut s = digits.to_string();
        let mut j = i + 1;
        let mut suffix = suffix.to_string();
        if suffix.is_empty() {
            // 1,000,000 and 3.5 are glued runs of digits and separators.
            while (c.is_punct(j, ',') || c.is_punct(j, '.'))
                && c.glued(j)
                && c.glued(j + 1)
                && c.tok(j + 1).is_some_and(|n| {
                    n.kind == Kind::Number
                        || n.text(c.text)
                            .as_bytes()
                            .first()
                            .is_some_and(u8::is_ascii_digit)
                })
            {
                let sep = c.is_punct(j, '.');
                let (d, suf) = split_digits(c.w(j + 1));
                if c.is_punct(j, ',') && d.len() != 3 {
                    break;
                }
                if sep {
                    if s.contains('.') {
                        break;
                    }
                    s.push('.');
                }
                s.push_str(d);
                j += 2;
                if !suf.is_empty() {
                    suffix = suf.to_string();
                    break;
                }
            }
        }
        let v = decimal_value(&s)?;
        return Some((j, v, suffix.to_ascii_lowercase()));
    }
    // Number words, possibly hyphenated ("twenty-five") or with a scale.
    let l = c.lower(i);
    let mut v = small_number_word(l.as_str())?;
    let mut j = i + 1;
    if c.is_punct(j, '-') && c.glued(j) && c.glued(j + 1) {
        if let Some(u) = small_number_word(c.lower(j + 1).as_str()) {
            if v >= 20.0 && u < 10.0 {
                v += u;
                j += 2;
            }
        }
    }
    if c.lower(j).as_str() == "hundred" && v < 100.0 {
        v *= 100.0;
        j += 1;
    }
    Some((j, v, String::new()))
}

fn split_digits(w: &str) -> (&str, &str) {
    let n = w.bytes().take_while(u8::is_ascii_digit).count();
    (w.get(..n).unwrap_or(""), w.get(n..).unwrap_or(""))
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "usd",
        "euro" | "euros" => "eur",
        "yuan" | "renminbi" | "rmb" => "cny",
        "ruble" | "rubles" | "rouble" | "roubles" => "rub",
        "pound" | "pounds" | "sterling" => "gbp",
        "yen" => "jpy",
        "rupee" | "rupees" => "inr",
        "won" => "krw",
        "peso" | "pesos" => "peso",
        "franc" | "francs" => "chf",
        "lira" => "try",
        "rand" => "zar",
        "naira" => "ngn",
        "real" | "reais" => "brl",
        _ => return None,
    })
}

fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "usd",
        '€' => "eur",
        '£' => "gbp",
        '¥' => "jpy",
        '₹' => "inr",
        '₽' => "rub",
        '₩' => "krw",
        _ => return None,
    })
}

fn dollar_prefix(p: &str) -> Option<&'static str> {
    Some(match p {
        "US" | "U.S." => "usd",
        "S" => "sgd",
        "HK" => "hkd",
        "A" | "AU" => "aud",
        "C" | "CA" => "cad",
        "NZ" => "nzd",
        "NT" => "twd",
        "R" => "brl",
        _ => return None,
    })
}

pub fn unit_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "ton" | "tons" | "tonne" | "tonnes" => "t",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mi",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "foot" | "feet" | "ft" => "ft",
        "inch" | "inches" => "in",
        "cm" | "centimetres" | "centimeters" => "cm",
        "mm" | "millimetres" | "millimeters" => "mm",
        "barrel" | "barrels" => "bbl",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "ha",
        "degree" | "degrees" => "deg",
        "mph" => "mph",
        "kph" => "kph",
        "mw" | "megawatts" | "megawatt" => "mw",
        "gw" | "gigawatts" | "gigawatt" => "gw",
        "kwh" => "kwh",
        "litre" | "litres" | "liter" | "liters" => "l",
        "gallon" | "gallons" => "gal",
        "lb" | "lbs" => "lb",
        "square" => "sq",
        "cubic" => "cu",
        _ => return None,
    })
}

/// Optional scale word after a number ("200 billion", "200bn").
fn with_scale(c: &Ctx, j: usize, v: f64, suffix: &str) -> (usize, f64) {
    if let Some(s) = scale_word(suffix) {
        return (j, v * s);
    }
    if suffix.is_empty() {
        if let Some(s) = scale_word(c.lower(j).as_str()) {
            // A bare "m"/"b" after a space is not a scale.
            if c.w(j).len() > 1 {
                return (j + 1, v * s);
            }
        }
    }
    (j, v)
}

fn money(c: &Ctx, i: usize) -> Option<Found> {
    // Prefix forms: $5, US$185 billion, S$268bn, €3m.
    let mut j = i;
    let mut cur = None;
    let t = c.tok(j)?;
    if t.kind == Kind::Word && c.is_punct(j + 1, '$') && c.glued(j + 1) {
        let mut p = c.w(j).to_string();
        // "U.S.$": letters and dots glued before the sign.
        cur = dollar_prefix(&p);
        if cur.is_none() {
            p.clear();
        }
        j += 1;
    } else if t.kind == Kind::Word
        && c.is_punct(j + 1, '.')
        && c.w(j).len() == 1
        && c.w(j + 2) == "S"
        && c.is_punct(j + 3, '.')
        && c.is_punct(j + 4, '$')
    {
        cur = Some("usd");
        j += 4;
    }
    if let Some(sym) = c
        .tok(j)
        .filter(|t| t.kind == Kind::Punct)
        .and_then(|t| currency_symbol(t.ch))
    {
        cur = cur.or(Some(sym));
        let (e, v, suf) = number_at(c, j + 1)?;
        if !c.glued(j + 1) {
            return None;
        }
        let (e, v) = with_scale(c, e, v, &suf);
        return Some(Found {
            start: i,
            end: e,
            kind: EntityType::Money,
            id: format!("money:{}:{}", cur.unwrap_or("usd"), fmt_num(v)),
        });
    }
    if j != i {
        return None;
    }
    // Suffix forms: 200 billion dollars, 5 million US dollars, 3 yuan.
    let (e, v, suf) = number_at(c, i)?;
    let (mut e, v) = with_scale(c, e, v, &suf);
    let mut lw = c.lower(e);
    if matches!(c.w(e), "US" | "U.S.") {
        e += 1;
        lw = c.lower(e);
    }
    let cur = currency_word(lw.as_str())?;
    Some(Found {
        start: i,
        end: e + 1,
        kind: EntityType::Money,
        id: format!("money:{cur}:{}", fmt_num(v)),
    })
}

/// Words that make a preceding "one" a pronoun rather than a count.
fn one_is_pronoun(c: &Ctx, i: usize) -> bool {
    let next = c.lower(i + 1);
    let prev = i.checked_sub(1).map(|p| c.lower(p));
    matches!(
        next.as_str(),
        "another" | "day" | "side" | "who" | "that" | "which" | "piece"
    ) || prev.is_some_and(|p| {
        matches!(
            p.as_str(),
            "no" | "any"
                | "every"
                | "each"
                | "the"
                | "this"
                | "that"
                | "someone"
                | "anyone"
                | "only"
                | "last"
                | "latest"
                | "next"
                | "first"
        )
    })
}

fn amount(c: &Ctx, i: usize) -> Option<Found> {
    let (e, v, suf) = number_at(c, i)?;
    // Glued unit: "10km", "95,000-ton".
    if let Some(u) = unit_word(&suf) {
        return Some(found(
            i,
            e,
            EntityType::Quantity,
            format!("quantity:{}-{u}", fmt_num(v)),
        ));
    }
    if suf == "%" {
        return None;
    }
    // "50bps".
    if matches!(suf.as_str(), "bps" | "bp") {
        return Some(found(
            i,
            e,
            EntityType::Percent,
            format!("percent:{}", fmt_num(v / 100.0)),
        ));
    }
    // "100s of people": a vague count in digits (decades are dates).
    if suf == "s" && c.w(i).len() >= 4 {
        return Some(found(
            i,
            e,
            EntityType::Cardinal,
            format!("cardinal:{}s", fmt_num(v)),
        ));
    }
    let (e, v) = with_scale(c, e, v, &suf);
    if let Some(pe) = points_after(c, e) {
        let bp = c.lower(pe - 2).as_str() == "basis" || c.lower(pe - 1).as_str().starts_with("bp");
        let v = if bp { v / 100.0 } else { v };
        return Some(found(
            i,
            pe,
            EntityType::Percent,
            format!("percent:{}", fmt_num(v)),
        ));
    }
    if c.is_punct(e, '%') && c.glued(e) {
        return Some(found(
            i,
            e + 1,
            EntityType::Percent,
            format!("percent:{}", fmt_num(v)),
        ));
    }
    let next = c.lower(e);
    match next.as_str() {
        "percent" | "pct" => {
            return Some(found(
                i,
                e + 1,
                EntityType::Percent,
                format!("percent:{}", fmt_num(v)),
            ))
        }
        "per" if c.lower(e + 1).as_str() == "cent" => {
            return Some(found(
                i,
                e + 2,
                EntityType::Percent,
                format!("percent:{}", fmt_num(v)),
            ))
        }
        _ => {}
    }
    // "985-foot", "95,000 tons", "30 square kilometres".
    let (ue, glued_hyphen) = if c.is_punct(e, '-') && c.glued(e) && c.glued(e + 1) {
        (e + 1, true)
    } else {
        (e, false)
    };
    // "a 48-hour strike" is a TIME, "a 10-day visit" a DATE (OntoNotes).
    if glued_hyphen {
        let unit = c.lower(ue);
        let kind = match unit.as_str() {
            "hour" | "minute" => Some((EntityType::Time, "time")),
            "day" | "week" | "month" | "year" | "decade" | "century" => {
                Some((EntityType::Date, "date"))
            }
            // "two-thirds of members": a fraction is a count.
            u if fraction_word(u).is_some() => Some((EntityType::Cardinal, "cardinal")),
            // "a 20-story tower".
            "story" | "storey" => Some((EntityType::Quantity, "quantity")),
            _ => None,
        };
        if let Some((kind, prefix)) = kind {
            let id = format!("{prefix}:{}-{}", fmt_num(v), unit.as_str());
            return Some(found(i, ue + 1, kind, id));
        }
    }
    if let Some(u) = unit_word(c.lower(ue).as_str()) {
        let mut end = ue + 1;
        let mut unit = u.to_string();
        // "27,360 km/h": a rate unit.
        if c.is_punct(end, '/') && c.glued(end) && c.glued(end + 1) {
            if let "h" | "hr" | "s" | "sec" = c.lower(end + 1).as_str() {
                unit = format!("{u}/{}", c.lower(end + 1).as_str());
                end += 2;
            }
        }
        // "41 degrees Celsius": the scale belongs to the unit.
        if u == "deg" {
            if let l @ ("celsius" | "fahrenheit" | "centigrade" | "c" | "f") = c.lower(end).as_str()
            {
                if l.len() > 1 || c.tok(end).is_some_and(|t| t.upper) {
                    unit = format!("deg{}", &l[..1]);
                    end += 1;
                }
            }
        }
        if matches!(u, "sq" | "cu") {
            if let Some(u2) = unit_word(c.lower(end).as_str()) {
                unit = format!("{u}{u2}");
                end += 1;
            } else {
                return cardinal(c, i, e, v, &suf);
            }
        }
        if !glued_hyphen && c.w(ue).is_empty() {
            return None;
        }
        return Some(found(
            i,
            end,
            EntityType::Quantity,
            format!("quantity:{}-{unit}", fmt_num(v)),
        ));
    }
    cardinal(c, i, e, v, &suf)
}

/// "basis points", "percentage point", "bps" at `j`: the end after them.
fn points_after(c: &Ctx, j: usize) -> Option<usize> {
    let j = if c.is_punct(j, '-') && c.glued(j) && c.glued(j + 1) {
        j + 1
    } else {
        j
    };
    match c.lower(j).as_str() {
        "bps" | "bp" => Some(j + 1),
        "basis" | "percentage" if matches!(c.lower(j + 1).as_str(), "point" | "points") => {
            Some(j + 2)
        }
        _ => None,
    }
}

/// "thirds" in "two-thirds": the denominator.
fn fraction_word(w: &str) -> Option<u32> {
    Some(match w {
        "half" | "halves" => 2,
        "third" | "thirds" => 3,
        "quarter" | "quarters" => 4,
        "fifth" | "fifths" => 5,
        "tenth" | "tenths" => 10,
        _ => return None,
    })
}

/// "half a percentage point", "a quarter-point", "half of a percentage
/// point", "full percentage point": a change in a rate is a PERCENT.
fn fraction_points(c: &Ctx, i: usize) -> Option<Found> {
    let f = c.lower(i);
    let share = match f.as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        "full" => 1.0,
        _ => return None,
    };
    let mut j = i + 1;
    let mut percentage = false;
    while j < i + 7 {
        let w = c.lower(j);
        match w.as_str() {
            "of" | "a" => {}
            "percentage" | "percent" => percentage = true,
            "point" | "points" => break,
            _ if c.is_punct(j, '-') && c.glued(j) => {}
            _ => return None,
        }
        j += 1;
    }
    let point = matches!(c.lower(j).as_str(), "point" | "points");
    // "a full point" alone is any score; half and quarter points are rates.
    if !point || !percentage && share == 1.0 {
        return None;
    }
    Some(found(
        i,
        j + 1,
        EntityType::Percent,
        format!("percent:{}", fmt_num(share)),
    ))
}

/// "multibillion-dollar", "million-dollar": an amount as an adjective.
fn money_adjective(c: &Ctx, i: usize) -> Option<Found> {
    let w = c.lower(i);
    let scale = w
        .as_str()
        .strip_prefix("multi")
        .map(|s| s.trim_start_matches('-'))
        .unwrap_or(w.as_str());
    scale_word(scale).filter(|_| scale.len() > 3)?;
    if !(c.is_punct(i + 1, '-') && c.glued(i + 1) && c.glued(i + 2)) {
        return None;
    }
    let cur = currency_word(c.lower(i + 2).as_str())?;
    Some(found(
        i,
        i + 3,
        EntityType::Money,
        format!("money:{cur}:{}", w.as_str()),
    ))
}

fn cardinal(c: &Ctx, i: usize, e: usize, v: f64, suf: &str) -> Option<Found> {
    if !suf.is_empty() && scale_word(suf).is_none() {
        return None;
    }
    if c.lower(i).as_str() == "one" && one_is_pronoun(c, i) {
        return None;
    }
    Some(found(
        i,
        e,
        EntityType::Cardinal,
        format!("cardinal:{}", fmt_num(v)),
    ))
}

fn found(start: usize, end: usize, kind: EntityType, id: String) -> Found {
    Found {
        start,
        end,
        kind,
        id,
    }
}

fn ordinal(c: &Ctx, i: usize) -> Option<Found> {
    let w = c.w(i);
    let l = c.lower(i);
    if let Some(n) = ordinal_word(l.as_str()) {
        // "first responders", "third parties": compounds, not ranks.
        if matches!(
            c.lower(i + 1).as_str(),
            "responders" | "responder" | "party" | "parties" | "country" | "countries" | "aid"
        ) {
            return None;
        }
        // "second" as a unit of time is not an ordinal.
        if n == 2
            && i.checked_sub(1)
                .is_some_and(|p| c.tok(p).is_some_and(|t| t.kind == Kind::Number))
        {
            return None;
        }
        return Some(found(i, i + 1, EntityType::Ordinal, format!("ordinal:{n}")));
    }
    // "1,700th": grouped digits before the suffix.
    let grouped = c.tok(i).is_some_and(|t| t.kind == Kind::Number)
        && c.is_punct(i + 1, ',')
        && c.glued(i + 1);
    if let Some((e, v, suf)) = grouped.then(|| number_at(c, i)).flatten() {
        if e > i + 1 && dates::is_ordinal_suffix(&suf) {
            return Some(found(
                i,
                e,
                EntityType::Ordinal,
                format!("ordinal:{}", fmt_num(v)),
            ));
        }
    }
    let (d, suf) = split_digits(w);
    if !d.is_empty() && dates::is_ordinal_suffix(suf) {
        let n: u64 = d.parse().ok()?;
        return Some(found(i, i + 1, EntityType::Ordinal, format!("ordinal:{n}")));
    }
    None
}

/// "thousands", "dozens", "hundreds of thousands": vague counts.
fn vague_count(c: &Ctx, i: usize) -> Option<Found> {
    let l = c.lower(i);
    if !matches!(
        l.as_str(),
        "thousands"
            | "millions"
            | "hundreds"
            | "dozens"
            | "billions"
            | "trillions"
            | "tens"
            | "scores"
    ) {
        return None;
    }
    let mut e = i + 1;
    if c.lower(e).as_str() == "of"
        && matches!(
            c.lower(e + 1).as_str(),
            "thousands" | "millions" | "billions" | "trillions"
        )
    {
        e += 2;
    }
    let slug = (i..e)
        .map(|k| c.lower(k).as_str().to_string())
        .collect::<Vec<_>>()
        .join("-");
    // "save the company millions": an amount of money without the currency.
    // ("save X millions", "cost them billions"): the verb within three words.
    let spent = (1..=3).map_while(|k| i.checked_sub(k)).any(|p| {
        matches!(
            c.lower(p).as_str(),
            "save"
                | "saves"
                | "saved"
                | "saving"
                | "cost"
                | "costs"
                | "costing"
                | "spend"
                | "spent"
                | "spends"
                | "earn"
                | "earns"
                | "earned"
        )
    }) && (i.saturating_sub(3)..i)
        .all(|p| !c.tok(p).is_some_and(|t| t.kind == Kind::Punct));
    let money = spent && matches!(l.as_str(), "millions" | "billions" | "trillions") && e == i + 1;
    Some(found(
        i,
        e,
        if money {
            EntityType::Money
        } else {
            EntityType::Cardinal
        },
        format!("{}:{slug}", if money { "money" } else { "cardinal" }),
    ))
}

/// Token `i` is glued inside a web address ("example.org/news/70573"): its
/// digits are an identifier, not a count.
fn in_url(c: &Ctx, i: usize) -> bool {
    let Some(t) = c.tok(i) else { return false };
    if t.space_before || t.kind == Kind::Punct {
        return false;
    }
    let head = c.text.get(..t.start).unwrap_or("");
    let word_start = head
        .rfind(|ch: char| ch.is_whitespace() || matches!(ch, '(' | '<' | '"'))
        .map_or(0, |p| p + 1);
    let word = c.lower_text.get(word_start..t.start).unwrap_or("");
    word.contains("://") || word.starts_with("www.")
}

/// Finds every numeric and temporal entity, left to right, longest first.
pub fn scan(c: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.toks.len() {
        let Some(t) = c.tok(i) else { break };
        let first = t.text(c.text).chars().next().unwrap_or(' ');
        let maybe = t.kind != Kind::Punct
            && (first.is_ascii_digit() || first.is_ascii_alphabetic())
            || currency_symbol(t.ch).is_some();
        // A capitalised number word inside a name ("World War Two") is the name's.
        let in_name = t.upper
            && !t.sent_start
            && t.kind == Kind::Word
            && i.checked_sub(1)
                .and_then(|p| c.tok(p))
                .is_some_and(|p| p.upper && p.kind == Kind::Word);
        // "NX-7", "F-16": digits glued by a hyphen to a name are the name's.
        let name_suffix = t.kind == Kind::Number
            && c.glued(i)
            && c.is_punct(i.wrapping_sub(1), '-')
            && c.glued(i.wrapping_sub(1))
            && i.checked_sub(2)
                .and_then(|p| c.tok(p))
                .is_some_and(|p| p.kind == Kind::Word && p.upper);
        if !maybe || in_name && is_number_word(t.text(c.text)) || in_url(c, i) || name_suffix {
            i += 1;
            continue;
        }
        let hit = dates::date_or_time(c, i)
            .or_else(|| fraction_points(c, i))
            .or_else(|| money_adjective(c, i))
            .or_else(|| money(c, i))
            .or_else(|| ordinal(c, i))
            .or_else(|| amount(c, i))
            .or_else(|| vague_count(c, i));
        match hit {
            Some(f) if f.end > i => {
                i = f.end;
                out.push(f);
            }
            _ => i += 1,
        }
    }
    super::extent::widen(c, &mut out);
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn ids_print_at_most_four_decimals() {
        for (v, want) in [
            (200e9, "200000000000"),
            (4.75, "4.75"),
            (0.1 + 0.2, "0.3"),
            (3.0, "3"),
            (-0.00001, "0"),
        ] {
            assert_eq!(fmt_num(v), want, "{v}");
        }
    }

    #[test]
    fn decimal_values_equal_the_standard_parse() {
        for s in [
            "0",
            "7",
            "1234",
            "1234.56",
            "0.1",
            "3.14159",
            "999999999999999",
            "12.000",
            ".5",
            "5.",
        ] {
            assert_eq!(decimal_value(s), s.parse::<f64>().ok(), "{s}");
        }
        for bad in ["", ".", "1.2.3", "1a", "-1"] {
            assert_eq!(decimal_value(bad), None, "{bad}");
        }
    }

    pub fn run(text: &str) -> Vec<(String, EntityType, String)> {
        let toks = tokenize(text);
        let lower = text.to_ascii_lowercase();
        let c = Ctx {
            text,
            lower_text: &lower,
            toks: &toks,
            doc_date: Some((2023, 2, 22)),
        };
        scan(&c)
            .into_iter()
            .map(|f| {
                let s = toks[f.start].start;
                let e = toks[f.end - 1].end;
                (text[s..e].to_string(), f.kind, f.id)
            })
            .collect()
    }

    #[test]
    fn numbers_and_amounts() {
        use EntityType::*;
        let rows: &[(&str, &str, EntityType, &str)] = &[
            ("the 193-member body", "193", Cardinal, "cardinal:193"),
            (
                "it cost $200 billion",
                "$200 billion",
                Money,
                "money:usd:200000000000",
            ),
            (
                "a US$185 billion deal",
                "US$185 billion",
                Money,
                "money:usd:185000000000",
            ),
            (
                "trade of S$268 billion",
                "S$268 billion",
                Money,
                "money:sgd:268000000000",
            ),
            (
                "paid 5 million euros",
                "5 million euros",
                Money,
                "money:eur:5000000",
            ),
            ("€3.5bn", "€3.5bn", Money, "money:eur:3500000000"),
            ("up 4.5% on", "4.5%", Percent, "percent:4.5"),
            ("rose 12 percent", "12 percent", Percent, "percent:12"),
            ("fell 3 per cent", "3 per cent", Percent, "percent:3"),
            ("a 985-foot tower", "985-foot", Quantity, "quantity:985-ft"),
            (
                "95,000 tons of grain",
                "95,000 tons",
                Quantity,
                "quantity:95000-t",
            ),
            ("two people died", "two", Cardinal, "cardinal:2"),
            ("twenty-five cars", "twenty-five", Cardinal, "cardinal:25"),
            (
                "thousands dead",
                "thousands",
                Cardinal,
                "cardinal:thousands",
            ),
            ("the first time", "first", Ordinal, "ordinal:1"),
            ("his 3rd term", "3rd", Ordinal, "ordinal:3"),
            (
                "the 1,700th anniversary",
                "1,700th",
                Ordinal,
                "ordinal:1700",
            ),
            ("a 48-hour strike", "48-hour", Time, "time:48-hour"),
            ("a 10-day visit", "10-day", Date, "date:10-day"),
            ("1,250 workers", "1,250", Cardinal, "cardinal:1250"),
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
    fn one_as_pronoun_is_not_a_number() {
        assert!(run("no one came").is_empty());
        assert!(run("the one that won").is_empty());
        // OntoNotes counts "one of the ..." as a CARDINAL.
        assert_eq!(
            run("One of the leaders left"),
            [(
                "One".to_string(),
                EntityType::Cardinal,
                "cardinal:1".to_string()
            )]
        );
    }

    #[test]
    fn digits_inside_a_web_address_are_not_numbers() {
        let got = run("(see https://example.org/news/2024/81234) and 12 others");
        let surfaces: Vec<&str> = got.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(surfaces, ["12"], "{got:?}");
        assert!(run("www.example.org/item/5512").is_empty());
    }
}
