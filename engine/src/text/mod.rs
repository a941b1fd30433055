//! Text segmentation and normalisation shared by the analysis stages.

pub mod lower;
pub mod sentences;
pub mod tokens;

/// Words: runs containing a letter or digit, split on whitespace.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        assert_eq!(word_count("Hello, world — “quoted” 2023 !"), 4);
        assert_eq!(word_count(""), 0);
    }
}
