//! A word-level diff (longest common subsequence over words), to show what
//! changed between two wordings of one claim.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Same,
    /// Only in the first text.
    Removed,
    /// Only in the second text.
    Added,
}

/// A run of words with the whitespace that follows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub change: Change,
    pub text: String,
}

/// Beyond this many word pairs the table would be too big for a sentence
/// diff; the texts are then shown as wholly different (still correct).
const MAX_CELLS: usize = 400_000;

/// Words with their trailing whitespace; leading whitespace is its own piece.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = true;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if !space && in_space && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = space;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The diff of `a` into `b`. Words compare exactly (case and punctuation
/// count: a changed comma is a change in a quotation).
pub fn word_diff(a: &str, b: &str) -> Diff {
    let (wa, wb) = (words(a), words(b));
    let key = |w: &str| w.trim_end().to_string();
    let (ka, kb): (Vec<String>, Vec<String>) = (
        wa.iter().map(|w| key(w)).collect(),
        wb.iter().map(|w| key(w)).collect(),
    );
    // (change, word of a, word of b): `Same` keeps both, since their spacing may differ.
    let mut ops: Vec<(Change, &str, &str)> = Vec::with_capacity(wa.len() + wb.len());
    // Common prefix and suffix first: most wordings share long stretches.
    let mut pre = 0;
    while pre < ka.len() && pre < kb.len() && ka[pre] == kb[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < ka.len() - pre
        && suf < kb.len() - pre
        && ka[ka.len() - 1 - suf] == kb[kb.len() - 1 - suf]
    {
        suf += 1;
    }
    for k in 0..pre {
        ops.push((Change::Same, wa[k], wb[k]));
    }
    let (ma, mb) = (&ka[pre..ka.len() - suf], &kb[pre..kb.len() - suf]);
    let (oa, ob) = (&wa[pre..wa.len() - suf], &wb[pre..wb.len() - suf]);
    let (n, m) = (ma.len(), mb.len());
    if n.saturating_mul(m) > MAX_CELLS {
        ops.extend(oa.iter().map(|w| (Change::Removed, *w, "")));
        ops.extend(ob.iter().map(|w| (Change::Added, "", *w)));
    } else {
        // lcs[i][j] = LCS length of ma[i..] and mb[j..].
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        let at = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[at(i, j)] = if ma[i] == mb[j] {
                    lcs[at(i + 1, j + 1)] + 1
                } else {
                    lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && ma[i] == mb[j] {
                ops.push((Change::Same, oa[i], ob[j]));
                i += 1;
                j += 1;
            } else if j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)]) {
                ops.push((Change::Added, "", ob[j]));
                j += 1;
            } else {
                ops.push((Change::Removed, oa[i], ""));
                i += 1;
            }
        }
    }
    for k in 0..suf {
        ops.push((Change::Same, wa[wa.len() - suf + k], wb[wb.len() - suf + k]));
    }
    let keep = |first: bool| {
        let drop = if first {
            Change::Added
        } else {
            Change::Removed
        };
        merge(
            ops.iter()
                .filter(|op| op.0 != drop)
                .map(|&(c, ta, tb)| (c, if first { ta } else { tb })),
        )
    };
    Diff {
        a: keep(true),
        b: keep(false),
    }
}

/// Each side's text cut into parts: `a` has `Same` and `Removed`, `b` has `Same` and `Added`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    pub a: Vec<Part>,
    pub b: Vec<Part>,
}

fn merge<'a>(ops: impl Iterator<Item = (Change, &'a str)>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::new();
    for (change, text) in ops {
        match out.last_mut() {
            Some(last) if last.change == change => last.text.push_str(text),
            _ => out.push(Part {
                change,
                text: text.to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(parts: &[Part]) -> String {
        parts
            .iter()
            .map(|p| match p.change {
                Change::Same => p.text.clone(),
                Change::Removed => {
                    format!("[-{}-]", p.text.trim_end())
                        + if p.text.ends_with(' ') { " " } else { "" }
                }
                Change::Added => {
                    format!("{{+{}+}}", p.text.trim_end())
                        + if p.text.ends_with(' ') { " " } else { "" }
                }
            })
            .collect()
    }

    #[test]
    fn marks_changed_words_only() {
        let d = word_diff(
            "prices reached record levels today",
            "prices reached unusual levels today",
        );
        assert_eq!(render(&d.a), "prices reached [-record-] levels today");
        assert_eq!(render(&d.b), "prices reached {+unusual+} levels today");
    }

    #[test]
    fn each_side_rebuilds_its_text() {
        let rows = [
            ("a b c d", "a x c y d z"),
            ("", "only added"),
            ("only removed", ""),
            (
                "  lead space, “quoted” words",
                "lead space, ‘quoted’ words  ",
            ),
            ("same same", "same same"),
        ];
        for (a, b) in rows {
            let d = word_diff(a, b);
            let left: String = d.a.iter().map(|p| p.text.as_str()).collect();
            let right: String = d.b.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(left, a);
            assert_eq!(right, b);
            assert!(d.a.iter().all(|p| p.change != Change::Added));
            assert!(d.b.iter().all(|p| p.change != Change::Removed));
        }
    }

    #[test]
    fn identical_texts_are_one_same_part() {
        let d = word_diff("one two three", "one two three");
        assert_eq!(d.a.len(), 1);
        assert_eq!(d.a[0].change, Change::Same);
    }

    #[test]
    fn punctuation_counts_as_a_change() {
        let d = word_diff("$200 billion by 2024.", "$200 billion by 2025.");
        assert!(d
            .a
            .iter()
            .any(|p| p.change == Change::Removed && p.text == "2024."));
        assert!(d
            .b
            .iter()
            .any(|p| p.change == Change::Added && p.text == "2025."));
    }

    #[test]
    fn huge_inputs_fall_back_without_losing_text() {
        let a = (0..1000).map(|i| format!("a{i} ")).collect::<String>();
        let b = (0..1000).map(|i| format!("b{i} ")).collect::<String>();
        let d = word_diff(&a, &b);
        let left: String = d.a.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(left, a);
        assert!(d.a.iter().chain(&d.b).all(|p| p.change != Change::Same));
    }
}
