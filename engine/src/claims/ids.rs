//! Stable claim ids: a hash of the normalised wording of the member whose
//! own hash is smallest. It does not depend on document order, on IDF, or
//! on other claims, so rebuilding or adding unrelated articles keeps it.

use super::features::fnv;

/// Id of a claim whose members have these normalised wordings.
pub fn claim_id<'a>(norms: impl Iterator<Item = &'a str>, theme: bool) -> String {
    let anchor = norms.map(|n| fnv(n.as_bytes())).min().unwrap_or(0);
    let h = if theme {
        fnv(&anchor.wrapping_add(0x74_6865_6d65).to_le_bytes())
    } else {
        anchor
    };
    format!(
        "{}{:012x}",
        if theme { "t" } else { "c" },
        h & 0xffff_ffff_ffff
    )
}

/// Makes ids unique by suffixing repeats ("-2", "-3") in the given order.
pub fn dedupe(ids: &mut [String]) {
    let mut seen = rustc_hash::FxHashMap::<String, usize>::default();
    for id in ids.iter_mut() {
        let n = seen.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            id.push_str(&format!("-{n}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_independent_and_kind_specific() {
        let a = claim_id(["b c", "a b"].into_iter(), false);
        assert_eq!(a, claim_id(["a b", "b c"].into_iter(), false));
        assert_ne!(a, claim_id(["a b", "b c"].into_iter(), true));
        assert!(a.starts_with('c') && a.len() == 13);
        let mut ids = vec!["x".to_string(), "x".to_string(), "y".to_string()];
        dedupe(&mut ids);
        assert_eq!(ids, vec!["x", "x-2", "y"]);
    }
}
