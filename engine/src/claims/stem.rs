//! A light Porter stemmer (steps 1–5 of Porter 1980) for lower-case ASCII
//! words, so "reached"/"reaching"/"reaches" and "party"/"parties" meet.
//! Non-ASCII words are returned unchanged: better no stem than a wrong one.

/// The stem of a lower-case word.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut w: Vec<u8> = word.as_bytes().to_vec();
    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    step2(&mut w);
    step3(&mut w);
    step4(&mut w);
    step5(&mut w);
    String::from_utf8(w).unwrap_or_else(|_| word.to_string())
}

fn is_cons(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !is_cons(w, i - 1),
        _ => true,
    }
}

/// Porter's m: the number of vowel-consonant sequences in `w[..len]`.
fn measure(w: &[u8], len: usize) -> usize {
    let mut m = 0;
    let mut i = 0;
    while i < len && is_cons(w, i) {
        i += 1;
    }
    while i < len {
        while i < len && !is_cons(w, i) {
            i += 1;
        }
        if i >= len {
            break;
        }
        m += 1;
        while i < len && is_cons(w, i) {
            i += 1;
        }
    }
    m
}

fn has_vowel(w: &[u8], len: usize) -> bool {
    (0..len).any(|i| !is_cons(w, i))
}

fn double_cons(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && is_cons(w, n - 1)
}

/// consonant-vowel-consonant ending, last not w/x/y ("hop", not "snow").
fn cvc(w: &[u8], len: usize) -> bool {
    len >= 3
        && is_cons(w, len - 3)
        && !is_cons(w, len - 2)
        && is_cons(w, len - 1)
        && !matches!(w[len - 1], b'w' | b'x' | b'y')
}

fn ends(w: &[u8], s: &str) -> bool {
    w.ends_with(s.as_bytes())
}

fn set_end(w: &mut Vec<u8>, suffix: &str, repl: &str) {
    w.truncate(w.len() - suffix.len());
    w.extend_from_slice(repl.as_bytes());
}

/// Replaces `suffix` by `repl` when the remaining stem has measure > `min_m`.
fn replace_if(w: &mut Vec<u8>, suffix: &str, repl: &str, min_m: usize) -> bool {
    if !ends(w, suffix) {
        return false;
    }
    let stem_len = w.len() - suffix.len();
    if measure(w, stem_len) > min_m {
        set_end(w, suffix, repl);
    }
    true
}

fn step1a(w: &mut Vec<u8>) {
    if ends(w, "sses") || ends(w, "ies") {
        w.truncate(w.len() - 2);
    } else if ends(w, "ss") || ends(w, "us") || ends(w, "is") {
    } else if ends(w, "s") && w.len() > 3 {
        w.pop();
    }
}

fn step1b(w: &mut Vec<u8>) {
    if ends(w, "eed") {
        replace_if(w, "eed", "ee", 0);
        return;
    }
    let cut = if ends(w, "ed") && has_vowel(w, w.len() - 2) {
        2
    } else if ends(w, "ing") && has_vowel(w, w.len() - 3) && w.len() > 5 {
        3
    } else {
        return;
    };
    w.truncate(w.len() - cut);
    if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
        w.push(b'e');
    } else if double_cons(w) && !matches!(w[w.len() - 1], b'l' | b's' | b'z') {
        w.pop();
    } else if measure(w, w.len()) == 1 && cvc(w, w.len()) {
        w.push(b'e');
    }
}

fn step1c(w: &mut [u8]) {
    if ends(w, "y") && has_vowel(w, w.len() - 1) {
        let n = w.len();
        w[n - 1] = b'i';
    }
}

const STEP2: &[(&str, &str)] = &[
    ("ational", "ate"),
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("izer", "ize"),
    ("bli", "ble"),
    ("alli", "al"),
    ("entli", "ent"),
    ("eli", "e"),
    ("ousli", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("aliti", "al"),
    ("iviti", "ive"),
    ("biliti", "ble"),
];

const STEP3: &[(&str, &str)] = &[
    ("icate", "ic"),
    ("ative", ""),
    ("alize", "al"),
    ("iciti", "ic"),
    ("ical", "ic"),
    ("ful", ""),
    ("ness", ""),
];

const STEP4: &[&str] = &[
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
    "ism", "ate", "iti", "ous", "ive", "ize",
];

fn step2(w: &mut Vec<u8>) {
    for (s, r) in STEP2 {
        if replace_if(w, s, r, 0) {
            return;
        }
    }
}

fn step3(w: &mut Vec<u8>) {
    for (s, r) in STEP3 {
        if replace_if(w, s, r, 0) {
            return;
        }
    }
}

fn step4(w: &mut Vec<u8>) {
    // Longest suffix first among those that end the word.
    let Some(s) = STEP4.iter().filter(|s| ends(w, s)).max_by_key(|s| s.len()) else {
        return;
    };
    let stem_len = w.len() - s.len();
    if measure(w, stem_len) <= 1 {
        return;
    }
    if *s == "ion" && !(stem_len > 0 && matches!(w[stem_len - 1], b's' | b't')) {
        return;
    }
    w.truncate(stem_len);
}

fn step5(w: &mut Vec<u8>) {
    let n = w.len();
    if ends(w, "e") {
        let m = measure(w, n - 1);
        if m > 1 || (m == 1 && !cvc(w, n - 1)) {
            w.pop();
        }
    }
    let n = w.len();
    if n > 1 && w[n - 1] == b'l' && double_cons(w) && measure(w, n) > 1 {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_meet() {
        for group in [
            &["reach", "reached", "reaching", "reaches"][..],
            &["party", "parties"],
            &["relation", "relations"],
            &["cooperate", "cooperation", "cooperating"],
            &["milestone", "milestones"],
        ] {
            let s = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), s, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_words_stay_apart_and_odd_input_is_kept() {
        assert_ne!(stem("power"), stem("pressure"));
        assert_ne!(stem("talks"), stem("tall"));
        assert_eq!(stem("москва"), "москва");
        assert_eq!(stem("as"), "as");
        assert_eq!(stem("sing"), "sing");
    }
}
