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
    // Word starts (a non-space after a space or at the start), counted eight bytes at a time
    // with bit tricks: no branch per byte (word boundaries defeat a branch predictor).
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    /// 0x01 in each byte of `w` equal to `c`, 0x00 elsewhere.
    fn eq(w: u64, c: u8) -> u64 {
        let x = w ^ (LO * u64::from(c));
        // high bit set exactly for the non-zero bytes of x
        let nonzero = ((x & HI7).wrapping_add(HI7) | x) & !HI7;
        (!nonzero & !HI7) >> 7
    }
    let bytes = s.as_bytes();
    let mut n = 0usize;
    // 1 when the byte before the current position is a space (or there is none)
    let mut prev_ws = 1u64;
    let mut chunks = bytes.chunks_exact(8);
    for (k, c) in (&mut chunks).enumerate() {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let w = u64::from_le_bytes(a);
        let ws = eq(w, b' ') | eq(w, b'\t') | eq(w, b'\n') | eq(w, b'\r');
        let before = (ws << 8) | prev_ws;
        n += ((ws ^ LO) & before).count_ones() as usize;
        prev_ws = ws >> 56;
        if k % 8 == 7 && n >= cap {
            return cap;
        }
    }
    for &b in chunks.remainder() {
        let ws = u64::from(b == b' ' || b == b'\t' || b == b'\n' || b == b'\r');
        n += (prev_ws & (ws ^ 1)) as usize;
        prev_ws = ws;
    }
    n.min(cap)
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

    /// The plain byte-at-a-time count the fast one must agree with.
    fn count_words_plain(s: &str, cap: usize) -> usize {
        let n = s
            .split([' ', '\t', '\n', '\r'])
            .filter(|w| !w.is_empty())
            .count();
        n.min(cap)
    }

    #[test]
    fn word_count_agrees_with_a_plain_split_at_every_length_and_cap() {
        let alphabet = [
            "a", "Bc", " ", "  ", "\t", "\r\n", "é", "“x”", "\u{a0}", "-",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in 0..200 {
            let mut s = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            for cap in [1, 3, 8, 64, usize::MAX] {
                assert_eq!(
                    count_words(&s, cap),
                    count_words_plain(&s, cap),
                    "{s:?} cap {cap}"
                );
            }
        }
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
