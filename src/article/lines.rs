//! Lines and paragraphs: cutting the text into trimmed units with cheap features.
//!
//! Lines end at `\n` (`\r\n`), and in texts that use them at a lone `\r`, U+2028, U+0085 and
//! U+2029 (which also ends a paragraph), like the sentence splitter's line breaks.
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

/// True when the char ending at byte `i` of `s` is white space ([`is_space`]).
#[inline]
pub(crate) fn space_before(s: &str, i: usize) -> bool {
    s.get(..i)
        .and_then(|h| h.chars().next_back())
        .is_some_and(is_space)
}

/// True when the char starting at byte `i` of `s` is white space ([`is_space`]). Decides
/// on the bytes, without decoding: the white space beyond ASCII is U+0085, U+00A0 (C2 ..),
/// U+1680 (E1 9A 80), U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+2060 (E2 ..),
/// U+3000 (E3 80 80) and U+FEFF (EF BB BF); curly quotes (E2 80 98–9F) are not.
#[inline]
pub(crate) fn space_at(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match at(0) {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => true,
        0xc2 => matches!(at(1), 0x85 | 0xa0),
        0xe1 => at(1) == 0x9a && at(2) == 0x80,
        0xe2 => match at(1) {
            0x80 => matches!(at(2), 0x80..=0x8b | 0xa8 | 0xa9 | 0xaf),
            0x81 => matches!(at(2), 0x9f | 0xa0),
            _ => false,
        },
        0xe3 => at(1) == 0x80 && at(2) == 0x80,
        0xef => at(1) == 0xbb && at(2) == 0xbf,
        _ => false,
    }
}

/// Counts white-space separated words (any Unicode white space: NBSP and tabs separate
/// words like spaces), stopping at `cap`.
pub(crate) fn count_words(s: &str, cap: usize) -> usize {
    // Word starts (a non-space after a space or at the start), counted eight bytes at a time
    // with bit tricks where the eight bytes are ASCII: no branch per byte (word boundaries
    // defeat a branch predictor). Chunks holding other bytes go byte by byte, deciding on
    // the white space beyond ASCII from the bytes (`space_at`).
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// 0x01 in each byte of `w` equal to `c`, 0x00 elsewhere.
    fn eq(w: u64, c: u8) -> u64 {
        let x = w ^ (LO * u64::from(c));
        // high bit set exactly for the non-zero bytes of x
        let nonzero = ((x & HI7).wrapping_add(HI7) | x) & !HI7;
        (!nonzero & !HI7) >> 7
    }
    let bytes = s.as_bytes();
    let mut n = 0usize;
    // 1 when the char before the current position is a space (or there is none)
    let mut prev_ws = 1u64;
    // one byte: continuation bytes belong to the char before and change nothing (a fn
    // always inlined: as a closure its inlining changed with unrelated code)
    #[inline(always)]
    fn byte(s: &str, i: usize, b: u8, n: &mut usize, prev_ws: &mut u64) {
        let ws = match b {
            0..=0x7f => matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c),
            0x80..=0xbf => return,
            // the only lead bytes of white space beyond ASCII (see `space_at`)
            0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => space_at(s, i),
            _ => false,
        };
        let ws = u64::from(ws);
        *n += (*prev_ws & (ws ^ 1)) as usize;
        *prev_ws = ws;
    }
    /// The eight bytes `c` at `at` of `s`.
    #[inline(always)]
    fn chunk(s: &str, at: usize, c: &[u8], n: &mut usize, prev_ws: &mut u64) {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let w = u64::from_le_bytes(a);
        if w & HIGH != 0 {
            for (j, &b) in c.iter().enumerate() {
                byte(s, at + j, b, n, prev_ws);
            }
            return;
        }
        // the ASCII white space other than the space is 0x09..=0x0d: only a chunk with a
        // byte below 0x20 (exact test for ASCII chunks) needs those comparisons
        let below_space = (w.wrapping_sub(LO * 0x20) & !w & HIGH) != 0;
        let mut ws = eq(w, b' ');
        if below_space {
            ws |= eq(w, b'\t') | eq(w, b'\n') | eq(w, b'\r') | eq(w, 0x0b) | eq(w, 0x0c);
        }
        let before = (ws << 8) | *prev_ws;
        // one 0x01 byte per word start: their sum is the top byte of the product (the
        // baseline x86-64 has no popcnt instruction)
        *n += (((ws ^ LO) & before).wrapping_mul(LO) >> 56) as usize;
        *prev_ws = ws >> 56;
    }
    // blocks of eight chunks, the cap checked after each (most units end before it); then
    // the chunks and bytes left
    let mut blocks = bytes.chunks_exact(64);
    let mut at = 0;
    for block in &mut blocks {
        for c in block.chunks_exact(8) {
            chunk(s, at, c, &mut n, &mut prev_ws);
            at += 8;
        }
        if n >= cap {
            return cap;
        }
    }
    let mut chunks = blocks.remainder().chunks_exact(8);
    for c in &mut chunks {
        chunk(s, at, c, &mut n, &mut prev_ws);
        at += 8;
    }
    for (j, &b) in chunks.remainder().iter().enumerate() {
        byte(s, at + j, b, &mut n, &mut prev_ws);
    }
    n.min(cap)
}

/// True when `text` breaks lines with more than `\n` and `\r\n`: a lone `\r` (classic Mac),
/// U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR or U+0085 NEXT LINE.
fn has_other_breaks(text: &str) -> bool {
    let b = text.as_bytes();
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9, U+0085 is C2 85: one scan for their last
    // bytes (A8 and A9 also end other chars) and a look at the bytes before
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    memchr::memchr3_iter(0x85, 0xa8, 0xa9, b).any(|i| match at(i) {
        0x85 => i >= 1 && at(i - 1) == 0xc2,
        _ => i >= 2 && at(i - 2) == 0xe2 && at(i - 1) == 0x80,
    }) || memchr::memchr_iter(b'\r', b).any(|i| b.get(i + 1) != Some(&b'\n'))
}

/// The end of the line starting at `pos`, where the next line starts, and whether the break
/// ends a paragraph (U+2029). With `other` (see [`has_other_breaks`]) every line break the
/// sentence splitter knows ends a line, else only `\n` (a `\r` before it is trimmed).
fn next_break(text: &str, pos: usize, other: bool) -> (usize, usize, bool) {
    let len = text.len();
    if !other {
        let rest = text.as_bytes().get(pos..).unwrap_or(&[]);
        let end = memchr::memchr(b'\n', rest).map_or(len, |i| pos + i);
        return (end, end + 1, false);
    }
    let rest = text.get(pos..).unwrap_or("");
    for (i, c) in rest.char_indices() {
        let at = pos + i;
        match c {
            '\n' | '\u{2028}' | '\u{85}' => return (at, at + c.len_utf8(), false),
            '\r' if rest.as_bytes().get(i + 1) == Some(&b'\n') => return (at, at + 2, false),
            '\r' => return (at, at + 1, false),
            '\u{2029}' => return (at, at + c.len_utf8(), true),
            _ => {}
        }
    }
    (len, len + 1, false)
}

/// Cuts `text` into units.
pub(crate) fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(text.len() / 200 + 4);
    let other = has_other_breaks(text);
    let mut pos = 0;
    let mut blank_before = true;
    while pos < text.len() {
        let (end, next, paragraph_ends) = next_break(text, pos, other);
        let line = text.get(pos..end).unwrap_or("");
        let line_start = pos;
        pos = next;
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
                    blank_before = paragraph_ends;
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
        blank_before = paragraph_ends;
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
    fn other_breaks_are_found_among_similar_chars() {
        let plain = |t: &str| {
            ["\u{2028}", "\u{2029}", "\u{85}"]
                .iter()
                .any(|s| t.contains(s))
                || t.replace("\r\n", "").contains('\r')
        };
        let alphabet = [
            "a", "\u{2028}", "\u{2029}", "\u{85}", "\r", "\r\n", "\n", "é", "\u{c5}", "\u{2026}",
            "\u{2128}", "\u{a8}", "\u{1028}", "\u{e028}",
        ];
        for t in crate::testing::random_texts(&alphabet, 0x2545_f491_4f6c_dd1du64, 5000, 6) {
            assert_eq!(has_other_breaks(&t), plain(&t), "{t:?}");
        }
    }

    #[test]
    fn space_at_agrees_with_is_space_for_every_char() {
        let mut s = String::new();
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            s.clear();
            s.push(c);
            s.push('x');
            assert_eq!(space_at(&s, 0), is_space(c), "U+{:04X}", c as u32);
        }
    }

    /// The plain char-at-a-time count the fast one must agree with: any [`is_space`]
    /// character separates words.
    fn count_words_plain(s: &str, cap: usize) -> usize {
        let n = s.split(is_space).filter(|w| !w.is_empty()).count();
        n.min(cap)
    }

    #[test]
    fn word_count_agrees_with_a_plain_split_at_every_length_and_cap() {
        let alphabet = [
            "a", "Bc", " ", "  ", "\t", "\r\n", "é", "“x”", "\u{a0}", "-", "\u{200b}", "\u{b}",
            "\u{1}", "\u{1f}", "!", "\u{7f}", "\u{c}",
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
    fn words_are_separated_by_any_white_space() {
        assert_eq!(
            count_words("a b\tc\u{a0}d\u{2009}e\u{3000}f\u{feff}g", 64),
            7
        );
        assert_eq!(count_words("  Café  naïve 日本語 ", 64), 3);
        assert_eq!(count_words("a b c d", 3), 3);
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
