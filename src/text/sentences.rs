//! News-aware sentence segmentation.
//!
//! ```
//! let text = "Hello World. My name is Jonas.";
//! let spans: Vec<_> = quotewire::sentences(text).collect();
//! assert_eq!(spans.len(), 2);
//! assert_eq!(spans[1].text(text), "My name is Jonas.");
//! ```

use crate::Span;

/// Splits `text` into sentence spans (byte offsets into `text`), skipping white space between
/// sentences.
///
/// ```
/// let text = "It rained. We stayed in.";
/// let got: Vec<&str> = quotewire::sentences(text).map(|s| s.text(text)).collect();
/// assert_eq!(got, ["It rained.", "We stayed in."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, pos: 0 }
}

/// Iterator over the sentences of a text, created by [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        // PLACEHOLDER: naive splitter, replaced by the real segmenter.
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            if matches!(bytes[i], b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
            {
                i += 1;
                break;
            }
            i += 1;
        }
        self.pos = i;
        Some(Span::new(start, i))
    }
}
