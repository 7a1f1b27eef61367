//! Normalized words: what "the same words" means when statements are compared.
//!
//! A word is a run of letters and digits. An apostrophe between two letters stays inside the
//! word (`we’ve` and `we've` are one word, `Korea’s` is not `Korea`), as does a period
//! between letters or digits (`U.S`, `3.5`) and a comma between digits (`1,000` is `1000`).
//! Everything else — quotation marks, punctuation, hyphens, dashes, ellipses, whitespace of
//! any kind — separates words and is otherwise ignored. Words compare case-insensitively
//! (full Unicode lowercase).
//!
//! Each word is reduced to a 64-bit hash of its normalized form, computed in one pass over
//! the characters without allocating; comparison is on hashes (a collision between two
//! different words is possible in principle and ignored).
//!
//! ```
//! use quotewire::compare::words::words;
//! use quotewire::Span;
//!
//! let a = "“We’ve GREAT concerns,” he said.";
//! let b = "we've great... concerns";
//! let end = a.find(" he").unwrap();
//! let wa: Vec<_> = words(a, Span::new(0, end)).collect();
//! let wb: Vec<_> = words(b, Span::new(0, b.len())).collect();
//! assert_eq!(wa.len(), 3);
//! assert_eq!(wa[0].span.text(a), "We’ve");
//! let ha: Vec<u64> = wa.iter().map(|w| w.hash).collect();
//! let hb: Vec<u64> = wb.iter().map(|w| w.hash).collect();
//! assert_eq!(ha, hb);
//! ```

use crate::Span;
use serde::{Deserialize, Serialize};

/// One word of a text: its normalized hash and where it is.
///
/// ```
/// use quotewire::{compare::words::words, Span};
/// let t = "U.S. says";
/// let w = words(t, Span::new(0, t.len())).next().unwrap();
/// assert_eq!(w.span, Span::new(0, 3));
/// assert_eq!(w.hash, words("u.s", Span::new(0, 3)).next().unwrap().hash);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Word {
    /// Hash of the normalized (lowercased, apostrophes unified, digit commas removed) form.
    pub hash: u64,
    /// Byte span of the word in the original text.
    pub span: Span,
}

/// The words of `span` in `text`, in order. A span that does not fit `text` gives none.
///
/// ```
/// use quotewire::{compare::words::words, Span};
/// let t = "Cold War-era 1,000 U.S. troops";
/// let w: Vec<&str> = words(t, Span::new(0, t.len())).map(|w| w.span.text(t)).collect();
/// assert_eq!(w, ["Cold", "War", "era", "1,000", "U.S", "troops"]);
/// ```
pub fn words(text: &str, span: Span) -> Words<'_> {
    let s = text.get(span.range()).unwrap_or("");
    let base = if s.is_empty() { 0 } else { span.start };
    Words { s, base, pos: 0 }
}

/// Iterator over the [`Word`]s of a span (see [`words`]).
///
/// ```
/// let n = quotewire::compare::words::words("a b c", quotewire::Span::new(0, 5)).count();
/// assert_eq!(n, 3);
/// ```
#[derive(Debug, Clone)]
pub struct Words<'a> {
    s: &'a str,
    base: usize,
    pos: usize,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn feed(h: &mut u64, c: char) {
    let mut buf = [0u8; 4];
    for b in c.encode_utf8(&mut buf).bytes() {
        *h ^= u64::from(b);
        *h = h.wrapping_mul(FNV_PRIME);
    }
}

/// Feeds the lowercase form of `c` (ASCII fast path).
#[inline]
fn feed_lower(h: &mut u64, c: char) {
    if c.is_ascii() {
        *h ^= u64::from((c as u8).to_ascii_lowercase());
        *h = h.wrapping_mul(FNV_PRIME);
    } else {
        for l in c.to_lowercase() {
            feed(h, l);
        }
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Final mixing so that hashes of short words spread over all 64 bits.
#[inline]
pub(crate) fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let rest = self.s.get(self.pos..)?;
        let mut it = rest.char_indices().peekable();
        // Skip to the first letter or digit.
        let (start, first) = loop {
            let (i, c) = it.next()?;
            if is_word_char(c) {
                break (i, c);
            }
        };
        let mut h = FNV_OFFSET;
        feed_lower(&mut h, first);
        let mut prev = first;
        let mut end = start + first.len_utf8();
        while let Some(&(i, c)) = it.peek() {
            if is_word_char(c) {
                feed_lower(&mut h, c);
                prev = c;
                end = i + c.len_utf8();
                it.next();
                continue;
            }
            // A joiner stays inside the word only between two word characters.
            let joiner = is_apostrophe(c) || c == '.' || (c == ',' && prev.is_ascii_digit());
            if !joiner {
                break;
            }
            let mut look = it.clone();
            look.next();
            let next_ok = match look.peek() {
                Some(&(_, n)) if c == ',' => n.is_ascii_digit(),
                Some(&(_, n)) => is_word_char(n),
                None => false,
            };
            if !next_ok {
                break;
            }
            if is_apostrophe(c) {
                feed(&mut h, '\'');
            } else if c == '.' {
                feed(&mut h, '.');
            }
            it.next();
        }
        let off = self.pos;
        self.pos = off + end;
        Some(Word {
            hash: mix(h),
            span: Span::new(self.base + off + start, self.base + off + end),
        })
    }
}

/// Combines a running sequence hash with the next word hash (order-sensitive).
#[inline]
pub(crate) fn combine(seq: u64, word: u64) -> u64 {
    mix(seq.rotate_left(23) ^ word.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// Hash of a whole word sequence, as [`combine`]d from a fixed seed.
#[inline]
pub(crate) fn seq_hash(ws: &[u64]) -> u64 {
    ws.iter().fold(SEQ_SEED, |h, &w| combine(h, w))
}

/// Seed of [`seq_hash`].
pub(crate) const SEQ_SEED: u64 = 0x2545_f491_4f6c_dd1d;

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        words(t, Span::new(0, t.len()))
            .map(|w| w.span.text(t))
            .collect()
    }

    fn hashes(t: &str) -> Vec<u64> {
        words(t, Span::new(0, t.len())).map(|w| w.hash).collect()
    }

    #[test]
    fn marks_case_and_punctuation_do_not_count() {
        assert_eq!(
            hashes("“Great concerns,” about — it!"),
            hashes("great CONCERNS about it")
        );
    }

    #[test]
    fn apostrophes_unify_and_stay_inside_words() {
        assert_eq!(
            texts("countries’ we’ve ’90s"),
            ["countries", "we’ve", "90s"]
        );
        assert_eq!(hashes("we’ve"), hashes("we've"));
        assert_ne!(hashes("Korea’s"), hashes("Korea"));
    }

    #[test]
    fn numbers_keep_their_digits() {
        assert_eq!(hashes("1,000"), hashes("1000"));
        assert_eq!(texts("3.5 percent, 12, 13"), ["3.5", "percent", "12", "13"]);
    }

    #[test]
    fn ellipsis_and_dashes_separate() {
        assert_eq!(
            texts("Russia ... the DPRK—and…so"),
            ["Russia", "the", "DPRK", "and", "so"]
        );
    }

    #[test]
    fn out_of_range_span_gives_nothing() {
        assert_eq!(words("abc", Span::new(2, 9)).count(), 0);
        assert_eq!(words("é", Span::new(1, 2)).count(), 0);
    }
}
