//! JSON in and out, by hand: the export writer and a small reader for the
//! app's saved articles. serde's generic code was about 12 KB of the gzipped
//! Wasm, for two fixed shapes.

use std::fmt::Write as _;

/// `v` to at most four decimals, without trailing zeros ("1.5", "3", "-0.25").
///
/// Integer arithmetic on ten-thousandths: Rust's float formatting would bring
/// its shortest-representation algorithms, several KB of the gzipped Wasm.
/// Magnitudes saturate at about 1.8e15 (whole numbers at 1.8e19), beyond any
/// amount or ratio an article states.
pub fn decimal(v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if a.fract() == 0.0 {
        return format!("{sign}{}", a as u64);
    }
    let t = (a * 10_000.0).round() as u64;
    let (whole, frac) = (t / 10_000, t % 10_000);
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let frac = format!("{frac:04}");
    format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
}

/// Writes pretty JSON (two-space indent, like `serde_json::to_string_pretty`).
/// Callers open and close containers in order; keys and commas are handled here.
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Per open container: whether it has no item yet.
    empty: Vec<bool>,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// Starts a value: a comma and a new line before every item but the first.
    fn item(&mut self) {
        if let Some(empty) = self.empty.last_mut() {
            if !*empty {
                self.out.push(',');
            }
            *empty = false;
            self.newline(self.empty.len());
        }
    }

    fn newline(&mut self, depth: usize) {
        self.out.push('\n');
        for _ in 0..depth {
            self.out.push_str("  ");
        }
    }

    /// A key inside an object; the value follows.
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.item();
        escape_into(&mut self.out, key);
        self.out.push_str(": ");
        self
    }

    /// Starts a value: right after its key, or as a new item of an array.
    fn value(&mut self) {
        // Nothing else the writer emits ends in ": " (strings end in a quote).
        if !self.out.ends_with(": ") {
            self.item();
        }
    }

    pub fn open_object(&mut self) -> &mut Self {
        self.value();
        self.out.push('{');
        self.empty.push(true);
        self
    }

    pub fn open_array(&mut self) -> &mut Self {
        self.value();
        self.out.push('[');
        self.empty.push(true);
        self
    }

    pub fn close_object(&mut self) -> &mut Self {
        self.close('}')
    }

    pub fn close_array(&mut self) -> &mut Self {
        self.close(']')
    }

    fn close(&mut self, bracket: char) -> &mut Self {
        if self.empty.pop() == Some(false) {
            self.newline(self.empty.len());
        }
        self.out.push(bracket);
        self
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        self.value();
        escape_into(&mut self.out, s);
        self
    }

    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    pub fn uint(&mut self, n: usize) -> &mut Self {
        self.value();
        let _ = write!(self.out, "{n}");
        self
    }

    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.raw(if b { "true" } else { "false" })
    }

    /// A finite number to four decimals, with a ".0" when whole so it reads
    /// as a float (non-finite numbers have no JSON form and write `null`).
    pub fn float(&mut self, x: f32) -> &mut Self {
        if !x.is_finite() {
            return self.raw("null");
        }
        self.value();
        let d = decimal(f64::from(x));
        self.out.push_str(&d);
        if !d.contains('.') {
            self.out.push_str(".0");
        }
        self
    }

    fn raw(&mut self, s: &str) -> &mut Self {
        self.value();
        self.out.push_str(s);
        self
    }

    // Shorthands for one field.
    pub fn field_str(&mut self, key: &str, v: &str) -> &mut Self {
        self.key(key).str(v)
    }
    pub fn field_opt_str(&mut self, key: &str, v: Option<&str>) -> &mut Self {
        self.key(key).opt_str(v)
    }
    pub fn field_uint(&mut self, key: &str, v: usize) -> &mut Self {
        self.key(key).uint(v)
    }
}

/// Appends `s` as a JSON string literal.
pub fn escape_into(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A parsed JSON value. Numbers keep their source text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

/// Parses one JSON document; the error says what and where (byte offset).
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        at: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.at != p.s.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.at)
    }

    fn ws(&mut self) {
        while matches!(self.s.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.at..].starts_with(lit.as_bytes()) {
            self.at += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        self.ws();
        match self.s.get(self.at) {
            None => Err(self.error("unexpected end")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Value::Null),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ => Err(self.error("unexpected character")),
        }
    }

    /// Comma-separated items up to `close`, after the opening bracket.
    fn items<T>(
        &mut self,
        close: &str,
        mut item: impl FnMut(&mut Self) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat(close) {
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            self.ws();
            if self.eat(close) {
                return Ok(items);
            }
            if !self.eat(",") {
                return Err(self.error(&format!("expected ',' or '{close}'")));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.items("}", |p| {
            p.ws();
            if p.s.get(p.at) != Some(&b'"') {
                return Err(p.error("expected a key"));
            }
            let key = p.string()?;
            p.ws();
            if !p.eat(":") {
                return Err(p.error("expected ':'"));
            }
            Ok((key, p.value(depth + 1)?))
        })
        .map(Value::Object)
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.items("]", |p| p.value(depth + 1)).map(Value::Array)
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.at;
        while matches!(
            self.s.get(self.at),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.at += 1;
        }
        let n = &self.text[start..self.at];
        if !is_json_number(n) {
            self.at = start;
            return Err(self.error("bad number"));
        }
        Ok(Value::Number(n.to_string()))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self
            .text
            .get(self.at..self.at + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or_else(|| self.error("bad \\u escape"))?;
        self.at += 4;
        Ok(h)
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            while matches!(self.s.get(self.at), Some(&b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The run stops at ASCII bytes only, so it ends on a char boundary.
            out.push_str(&self.text[run..self.at]);
            match self.s.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = match self.s.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'u') => {
                            self.at += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.eat("\\u") {
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("unpaired surrogate"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            // A lone surrogate has no char: replace it, as browsers do.
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                            continue;
                        }
                        _ => return Err(self.error("bad escape")),
                    };
                    self.at += 1;
                    out.push(c);
                }
                None => return Err(self.error("unterminated string")),
                Some(_) => return Err(self.error("control character in string")),
            }
        }
    }
}

/// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
/// (Checked by hand: `str::parse::<f64>` would link float parsing and its
/// tables, and accepts forms JSON does not, such as "+1" and "1.".)
fn is_json_number(n: &str) -> bool {
    fn digits(s: &[u8]) -> usize {
        s.iter().take_while(|b| b.is_ascii_digit()).count()
    }
    let mut s = n.as_bytes();
    if let [b'-', rest @ ..] = s {
        s = rest;
    }
    let int = digits(s);
    if int == 0 || (int > 1 && s[0] == b'0') {
        return false;
    }
    s = &s[int..];
    if let [b'.', rest @ ..] = s {
        let frac = digits(rest);
        if frac == 0 {
            return false;
        }
        s = &rest[frac..];
    }
    if let [b'e' | b'E', rest @ ..] = s {
        let rest = match rest {
            [b'+' | b'-', r @ ..] => r,
            r => r,
        };
        let exp = digits(rest);
        if exp == 0 {
            return false;
        }
        s = &rest[exp..];
    }
    s.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_json_grammar() {
        for ok in ["0", "-0", "42", "-3.25", "1e9", "2.5E-3", "7e+2", "0.0"] {
            assert!(is_json_number(ok), "{ok}");
        }
        for bad in [
            "", "-", "+1", "01", "1.", ".5", "1e", "1e+", "1.2.3", "--1", "1-",
        ] {
            assert!(!is_json_number(bad), "{bad}");
        }
        assert!(parse("[1, -2.5e3]").is_ok());
        assert!(parse("[01]").is_err());
    }

    #[test]
    fn decimals_to_four_places() {
        assert_eq!(decimal(1.5), "1.5");
        assert_eq!(decimal(3.0), "3");
        assert_eq!(decimal(-0.25), "-0.25");
        assert_eq!(decimal(2.0 / 3.0), "0.6667");
        assert_eq!(decimal(0.99996), "1");
        assert_eq!(decimal(0.00004), "0");
        assert_eq!(decimal(1_250_000_000.0), "1250000000");
        assert_eq!(decimal(0.1 + 0.2), "0.3");
    }

    #[test]
    fn writes_pretty_json_that_parses_back() {
        let mut w = Writer::new();
        w.open_object()
            .field_str("name", "a \"quoted\"\nline\u{1}\\ é 🌍")
            .field_opt_str("none", None)
            .field_uint("n", 42);
        w.key("empty").open_array().close_array();
        w.key("list").open_array();
        w.open_object().key("x").float(0.5).close_object();
        w.bool(true).float(2.0).float(f32::NAN).float(7.0 / 17.0);
        w.close_array();
        w.close_object();
        let out = w.finish();
        assert_eq!(
            out,
            "{\n  \"name\": \"a \\\"quoted\\\"\\nline\\u0001\\\\ é 🌍\",\n  \"none\": null,\n  \"n\": 42,\n  \"empty\": [],\n  \"list\": [\n    {\n      \"x\": 0.5\n    },\n    true,\n    2.0,\n    null,\n    0.4118\n  ]\n}"
        );
        let v = parse(&out).unwrap();
        assert_eq!(
            v.get("name").and_then(Value::as_str),
            Some("a \"quoted\"\nline\u{1}\\ é 🌍")
        );
        assert_eq!(v.get("n"), Some(&Value::Number("42".into())));
        assert_eq!(v.get("none"), Some(&Value::Null));
        assert_eq!(
            v.get("list").and_then(Value::as_array).map(<[Value]>::len),
            Some(5)
        );
    }

    #[test]
    fn reads_escapes_and_surrogate_pairs() {
        let v = parse(r#"["\u00e9\ud83c\udf0d\/\t", "\ud800x", -1.5e3, false, {}]"#).unwrap();
        let items = v.as_array().unwrap();
        assert_eq!(items[0].as_str(), Some("é🌍/\t"));
        assert_eq!(items[1].as_str(), Some("\u{FFFD}x"));
        assert_eq!(items[2], Value::Number("-1.5e3".into()));
        assert_eq!(items[3], Value::Bool(false));
        assert_eq!(items[4], Value::Object(vec![]));
    }

    #[test]
    fn refuses_bad_input_with_a_position() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "\"abc",
            "[1] x",
            "tru",
            "\"\\x\"",
            "\"\\u12\"",
            "01x",
            "\"a\nb\"",
            "{1:2}",
            "--1",
        ] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains("at byte"), "{bad:?}: {e}");
        }
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).unwrap_err().contains("too deep"));
    }
}
