//! Rejects files that cannot be articles, naming the file and the reason.

use std::fmt;

/// Largest accepted article file: anything bigger is almost surely not one article.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileErrorKind {
    /// Not valid UTF-8; `offset` is the first bad byte.
    NotUtf8 {
        offset: usize,
    },
    /// No text at all (or only whitespace).
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Two files share one id (file stem).
    DuplicateId {
        id: String,
        other: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub file: String,
    pub kind: FileErrorKind,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            FileErrorKind::NotUtf8 { offset } => write!(
                f,
                "{file}: not UTF-8 text (invalid byte at offset {offset}); save it as UTF-8"
            ),
            FileErrorKind::Empty => write!(f, "{file}: empty file (no text)"),
            FileErrorKind::TooLarge { bytes } => write!(
                f,
                "{file}: too large ({bytes} bytes; the limit is {MAX_FILE_BYTES} bytes per article)"
            ),
            FileErrorKind::DuplicateId { id, other } => write!(
                f,
                "{file}: duplicate id '{id}' (also the id of {other}); rename one of them"
            ),
        }
    }
}

impl std::error::Error for FileError {}

/// Checks one file and returns its text.
pub fn validate_file<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, FileError> {
    let err = |kind| FileError {
        file: name.to_string(),
        kind,
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(err(FileErrorKind::TooLarge { bytes: bytes.len() }));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        err(FileErrorKind::NotUtf8 {
            offset: e.valid_up_to(),
        })
    })?;
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(err(FileErrorKind::Empty));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_utf8_text() {
        assert_eq!(
            validate_file("a.txt", "Héllo “x”".as_bytes()).unwrap(),
            "Héllo “x”"
        );
    }

    #[test]
    fn rejects_invalid_utf8_with_offset() {
        let e = validate_file("bad.txt", &[b'o', b'k', 0xff]).unwrap_err();
        assert_eq!(e.kind, FileErrorKind::NotUtf8 { offset: 2 });
        assert!(e.to_string().starts_with("bad.txt: not UTF-8"));
    }

    #[test]
    fn rejects_empty_and_whitespace_only() {
        for body in ["", "   \n\t\n", "\u{feff}\n"] {
            let e = validate_file("e.txt", body.as_bytes()).unwrap_err();
            assert_eq!(e.kind, FileErrorKind::Empty, "{body:?}");
        }
    }

    #[test]
    fn rejects_oversized() {
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let e = validate_file("big.txt", &big).unwrap_err();
        assert!(matches!(e.kind, FileErrorKind::TooLarge { .. }));
        assert!(e.to_string().contains("big.txt"));
        assert!(validate_file("ok.txt", &big[..MAX_FILE_BYTES]).is_ok());
    }
}
