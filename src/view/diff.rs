//! A word-level diff (Myers, from the `similar` crate), to show what
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

/// Words with their trailing whitespace; leading whitespace is its own piece.
/// (similar's `TextDiff::from_words` was weighed: it makes whitespace its own
/// tokens, so a changed space would show as a change in the wording.)
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
    // Words are compared without their trailing whitespace, and each side keeps its own spacing.
    let ops =
        similar::capture_diff_slices_by_key(similar::Algorithm::Myers, &wa, &wb, |w| w.trim_end());
    let mut left: Vec<(Change, &str)> = Vec::new();
    let mut right: Vec<(Change, &str)> = Vec::new();
    for op in ops {
        let (change_a, change_b) = match op.tag() {
            similar::DiffTag::Equal => (Change::Same, Change::Same),
            _ => (Change::Removed, Change::Added),
        };
        left.extend(wa[op.old_range()].iter().map(|w| (change_a, *w)));
        right.extend(wb[op.new_range()].iter().map(|w| (change_b, *w)));
    }
    Diff {
        a: merge(left),
        b: merge(right),
    }
}

/// Each side's text cut into parts: `a` has `Same` and `Removed`, `b` has `Same` and `Added`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    pub a: Vec<Part>,
    pub b: Vec<Part>,
}

fn merge(ops: Vec<(Change, &str)>) -> Vec<Part> {
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
    fn long_unrelated_inputs_lose_no_text() {
        let a = (0..1000).map(|i| format!("a{i} ")).collect::<String>();
        let b = (0..1000).map(|i| format!("b{i} ")).collect::<String>();
        let d = word_diff(&a, &b);
        let left: String = d.a.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(left, a);
        assert!(d.a.iter().chain(&d.b).all(|p| p.change != Change::Same));
    }
}
