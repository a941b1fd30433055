//! Lowercase forms of short words without a heap copy: the entity rules test
//! almost every token against keyword lists, and an allocation per test was a
//! large share of their cost (most of all in the Wasm build).

/// Longest word lowercased on the stack; longer words fall back to the heap.
const STACK: usize = 32;

/// `f(&w.to_ascii_lowercase())`, on the stack for short words.
#[inline]
pub fn with_ascii_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; STACK];
    if let Some(out) = buf.get_mut(..w.len()) {
        out.copy_from_slice(w.as_bytes());
        out.make_ascii_lowercase();
        // Lowercasing ASCII bytes keeps UTF-8 valid; the check is for the compiler.
        if let Ok(s) = std::str::from_utf8(out) {
            return f(s);
        }
    }
    f(&w.to_ascii_lowercase())
}

/// `f(&w.to_lowercase())`, on the stack for short ASCII words.
#[inline]
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if w.is_ascii() {
        with_ascii_lower(w, f)
    } else {
        f(&w.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equals_the_standard_lowercase() {
        let long = "Supercalifragilisticexpialidocious-Extra";
        for w in [
            "",
            "Said",
            "NASA",
            "Straße",
            "ÉLAN",
            "İstanbul",
            "\u{212A}elvin",
            long,
        ] {
            assert_eq!(
                with_ascii_lower(w, str::to_string),
                w.to_ascii_lowercase(),
                "{w}"
            );
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }
}
