//! Lowercasing by the case rules of the scripts news names are written in:
//! Latin (with its accented and Vietnamese letters), Greek and Cyrillic.
//! Other letters are kept as written.
//!
//! `str::to_lowercase` would do every script, but it links the standard
//! library's Unicode case table: about 8 KB of the gzipped Wasm, a budgeted
//! resource, for scripts an English corpus quotes rarely and whose words
//! then simply match as written.

/// The lowercase form of `c` (itself when it has none here).
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x41..=0x5A => u + 0x20,
        0..=0x7F => u,
        // Latin-1 capitals, less the multiplication sign.
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // Dotted capital I: the plain i, not i + combining dot.
        0x130 => 0x69,
        0x178 => 0xFF,
        0x18F => 0x259,
        0x1AF => 0x1B0,
        0x1E9E => 0xDF,
        // Digraphs: capital, title case, small.
        0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => u + 2,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 => u + 1,
        // Latin Extended-A, -B and Additional: pairs of capital then small.
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x1CD..=0x1DC if u % 2 == 1 => u + 1,
        0x1A0..=0x1A5
        | 0x1DE..=0x1EF
        | 0x1F4..=0x1F5
        | 0x1F8..=0x21F
        | 0x222..=0x233
        | 0x246..=0x24F
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        // Greek capitals, with their accented forms.
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x3D8..=0x3EF if u % 2 == 0 => u + 1,
        // Cyrillic: the Ѐ–Џ row, the basic alphabet, then capital/small pairs.
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// `s` lowercased by [`lower_char`].
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter of today's Latin, Greek and Cyrillic alphabets lowercases
    /// as the standard library does (where that is one letter); left out are
    /// only archaic and phonetic letters (Ʃ, Ƿ, Ϗ, African Latin capitals).
    #[test]
    fn agrees_with_the_standard_library_on_latin_greek_and_cyrillic() {
        let covered = (0u32..0x180)
            .chain(0x1A0..0x1A6)
            .chain(0x1AF..0x1B0)
            .chain(0x1C4..0x1F6)
            .chain(0x1F8..0x220)
            .chain(0x222..0x234)
            .chain(0x246..0x250)
            .chain(0x386..0x3CF)
            .chain(0x3D8..0x3F0)
            .chain(0x400..0x530)
            .chain(0x1E00..0x1F00);
        for u in covered {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std_lower = c.to_lowercase();
            let expected = match (std_lower.next(), std_lower.next()) {
                (Some(l), None) => l,
                _ => 'i', // only İ (U+0130) lowercases to two chars here
            };
            assert_eq!(lower_char(c), expected, "U+{u:04X} {c}");
        }
    }

    #[test]
    fn lowercases_names_and_keeps_other_scripts() {
        assert_eq!(lower("Nikolay PATRUSHEV"), "nikolay patrushev");
        assert_eq!(lower("ŁÓDŹ Ærø"), "łódź ærø");
        assert_eq!(lower("ΑΘΉΝΑ Москва ЁЖ"), "αθήνα москва ёж");
        assert_eq!(lower("Hà NỘI Şişli İstanbul"), "hà nội şişli istanbul");
        assert_eq!(lower("北京 ×"), "北京 ×");
        assert_eq!(lower(""), "");
    }
}
