//! Maps byte offsets in the cleaned text back to the raw file.

/// A run of bytes copied verbatim from raw to clean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Segment {
    pub clean: usize,
    pub raw: usize,
    pub len: usize,
}

/// Cleaned text is raw slices joined by separators; this records the slices.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OffsetMap {
    pub segments: Vec<Segment>,
}

impl OffsetMap {
    /// The raw offset of a cleaned offset. Offsets inside a separator map to
    /// the end of the preceding segment.
    pub fn to_raw(&self, clean: usize) -> usize {
        let i = self.segments.partition_point(|s| s.clean <= clean);
        if i == 0 {
            return self.segments.first().map_or(0, |s| s.raw);
        }
        let s = self.segments[i - 1];
        s.raw + (clean - s.clean).min(s.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_inside_and_between_segments() {
        let m = OffsetMap {
            segments: vec![
                Segment {
                    clean: 0,
                    raw: 10,
                    len: 5,
                },
                Segment {
                    clean: 7,
                    raw: 30,
                    len: 4,
                },
            ],
        };
        assert_eq!(m.to_raw(0), 10);
        assert_eq!(m.to_raw(4), 14);
        assert_eq!(m.to_raw(6), 15); // in the separator
        assert_eq!(m.to_raw(8), 31);
        assert_eq!(OffsetMap::default().to_raw(3), 0);
    }
}
