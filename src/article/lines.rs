//! Lines and paragraphs: cutting the text into trimmed units with cheap features.
//!
//! A unit is one non-blank line, trimmed of white space (ASCII, NBSP and every other Unicode
//! space, BOM, zero-width space). A line joins the previous one as a hard-wrapped
//! continuation when there is no blank line between them, the previous line is long prose that
//! does not end a sentence, and the line starts with a lower-case letter.

use crate::Span;

/// True for characters trimmed from the ends of lines and segments.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' || c == '\u{2060}'
}

/// `s` trimmed of [`is_space`] characters, with the byte offset of the trimmed start.
#[inline]
pub(crate) fn trim(s: &str) -> (usize, &str) {
    let t = s.trim_start_matches(is_space);
    let lead = s.len() - t.len();
    (lead, t.trim_end_matches(is_space))
}

/// One paragraph-like unit of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    /// Trimmed span in the original text.
    pub span: Span,
    /// A blank line (or the start of the text) precedes it.
    #[allow(dead_code)]
    pub after_blank: bool,
    /// Number of words (white-space separated tokens), counted up to 64.
    pub words: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by closing quotes/brackets.
    pub terminal: bool,
}

/// Closing quotes and brackets that may follow a sentence-final mark.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}' | '\u{203a}'
    )
}

/// True when `s` ends like a sentence.
pub(crate) fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(is_closer);
    matches!(
        t.chars().next_back(),
        Some('.' | '!' | '?' | '\u{2026}' | '\u{3002}')
    )
}

/// Counts white-space separated words, stopping at `cap`.
pub(crate) fn count_words(s: &str, cap: usize) -> usize {
    // Branch-free count of word starts (a non-space after a space), 64 bytes at a time: word
    // boundaries are too irregular for a branch predictor.
    let mut n = 0usize;
    let mut prev_ws = 1usize;
    for chunk in s.as_bytes().chunks(64) {
        for &b in chunk {
            let ws = usize::from(b == b' ' || b == b'\t' || b == b'\n' || b == b'\r');
            n += prev_ws & (ws ^ 1);
            prev_ws = ws;
        }
        if n >= cap {
            return cap;
        }
    }
    n
}

/// Cuts `text` into units.
pub(crate) fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(text.len() / 200 + 4);
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut blank_before = true;
    while pos < bytes.len() {
        let end =
            memchr::memchr(b'\n', bytes.get(pos..).unwrap_or(&[])).map_or(bytes.len(), |i| pos + i);
        let line = text.get(pos..end).unwrap_or("");
        let line_start = pos;
        pos = end + 1;
        let (lead, t) = trim(line);
        if t.is_empty() {
            blank_before = true;
            continue;
        }
        let start = line_start + lead;
        let span = Span::new(start, start + t.len());
        let words = count_words(t, 64);
        let terminal = ends_terminal(t);
        if !blank_before {
            if let Some(prev) = out.last_mut() {
                let continues = !prev.terminal
                    && prev.words >= 8
                    && t.chars().next().is_some_and(char::is_lowercase);
                if continues {
                    prev.span.end = span.end;
                    prev.words = (prev.words + words).min(64);
                    prev.terminal = terminal;
                    continue;
                }
            }
        }
        out.push(Unit {
            span,
            after_blank: blank_before,
            words,
            terminal,
        });
        blank_before = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_trimmed_lines_with_offsets_into_the_original() {
        let text = "\u{feff}Title\r\n\r\n\u{a0}Body one.\r\nBody two\r\n";
        let u = units(text);
        let got: Vec<&str> = u.iter().map(|u| u.span.text(text)).collect();
        assert_eq!(got, ["Title", "Body one.", "Body two"]);
        assert!(u[1].after_blank && !u[2].after_blank);
        assert!(u[1].terminal && !u[2].terminal);
    }

    #[test]
    fn hard_wrapped_lowercase_continuation_joins_the_paragraph() {
        let text =
            "The minister said on Monday that the government would\nconsider new measures.\n";
        let u = units(text);
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].span.text(text), text.trim_end());
    }
}
