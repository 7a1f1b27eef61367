//! Repeated blocks (crate-internal): a block whose letters and digits, lower-cased, are those
//! of an earlier block (a caption given twice, once with other quote marks) is a repeat.
//!
//! Every block gets a cheap key — the hash of its first [`PREFIX`] letters and digits — and
//! only blocks whose key was seen before are hashed in full, so a document is read about once
//! more in all, not twice.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Letters and digits in the cheap key (blocks sharing them are told apart by the full
/// fingerprint, so a short key changes no result, only how often that is computed).
const PREFIX: usize = 16;

/// Blocks of at most this many letters and digits are never repeats (a dateline, "Photo:
/// AP", a one-word heading may well come twice).
pub(crate) const MIN_ALNUM: usize = 32;

/// ASCII byte → itself lower-cased when it is a letter or digit, else 0; 0xFF for the
/// bytes of other characters (decoded on their own).
const ASCII_ALNUM: [u8; 256] = {
    let mut t = [0xFFu8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Calls `f` with each letter and digit of `s`, lower-cased, until it returns false (ASCII
/// from a table, other characters decoded).
#[inline]
fn for_alnum(s: &str, mut f: impl FnMut(char) -> bool) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = bytes.get(i) {
        let l = ASCII_ALNUM[usize::from(x)];
        if l != 0xFF {
            i += 1;
            if l != 0 && !f(char::from(l)) {
                return;
            }
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        i += c.len_utf8();
        if c.is_alphanumeric() && !f(c.to_lowercase().next().unwrap_or(c)) {
            return;
        }
    }
}

/// The cheap key of `s` (the fingerprint of its first [`PREFIX`] letters and digits), or
/// `None` when `s` has at most [`MIN_ALNUM`] of them: one pass over at most
/// `MIN_ALNUM + 1` letters and digits.
fn key(s: &str) -> Option<u64> {
    let mut h: u64 = 0xcbf29ce484222325;
    let mut n = 0usize;
    for_alnum(s, |l| {
        if n < PREFIX {
            h ^= l as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        n += 1;
        n <= MIN_ALNUM
    });
    (n > MIN_ALNUM).then_some(h)
}

/// FNV-1a over the lower-cased letters and digits of `s`, at most `limit` of them.
fn fingerprint(s: &str, limit: usize) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let mut n = 0usize;
    if limit == 0 {
        return h;
    }
    for_alnum(s, |l| {
        h ^= l as u64;
        h = h.wrapping_mul(0x100000001b3);
        n += 1;
        n < limit
    });
    h
}

/// Hasher for keys that are hashes already.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// One remembered block: its text, its full fingerprint once computed, and the previous
/// block with the same cheap key.
struct Seen<'a> {
    text: &'a str,
    full: Option<u64>,
    next: Option<usize>,
}

/// The blocks seen so far, chained by cheap key; the full fingerprint is computed when needed.
#[derive(Default)]
pub(crate) struct Repeats<'a> {
    by_prefix: HashMap<u64, usize, BuildHasherDefault<KeyHasher>>,
    seen: Vec<Seen<'a>>,
}

impl<'a> Repeats<'a> {
    /// True when `block` repeats an earlier block given to this method; remembers it either
    /// way. Blocks of at most [`MIN_ALNUM`] letters and digits are never repeats and are
    /// not remembered.
    pub(crate) fn seen_before(&mut self, block: &'a str) -> bool {
        let Some(key) = key(block) else {
            return false;
        };
        let id = self.seen.len();
        let head = self.by_prefix.insert(key, id);
        let mut full = None;
        let mut at = head;
        while let Some(i) = at {
            let full = *full.get_or_insert_with(|| fingerprint(block, usize::MAX));
            let Some(e) = self.seen.get_mut(i) else { break };
            if *e
                .full
                .get_or_insert_with(|| fingerprint(e.text, usize::MAX))
                == full
            {
                // keep the chain as it was
                if let Some(h) = head {
                    self.by_prefix.insert(key, h);
                }
                return true;
            }
            at = e.next;
        }
        self.seen.push(Seen {
            text: block,
            full,
            next: head,
        });
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_repeating_an_earlier_one_with_other_marks_and_case_is_a_repeat() {
        let mut r = Repeats::default();
        assert!(!r.seen_before("“Stop the count,” she said at the rally. (Photo: AP)"));
        assert!(!r.seen_before("Something else entirely, and long enough to count."));
        assert!(r.seen_before("\"stop the COUNT\" she said at the rally -- Photo: AP"));
    }

    #[test]
    fn short_blocks_are_never_repeats() {
        let mut r = Repeats::default();
        assert!(!r.seen_before("(Photo: AP)"));
        assert!(!r.seen_before("(Photo: AP)"));
    }

    #[test]
    fn letters_and_digits_are_counted_beyond_ascii() {
        // 33 letters and digits, two of them beyond ASCII: enough for a key; 32 are not
        let long = "ab 12 É-é ".repeat(5) + "abc";
        assert!(key(&long).is_some());
        assert!(key(long.get(..long.len() - 1).unwrap()).is_none());
        assert!(key("“” -- !").is_none());
        assert_eq!(fingerprint("Ab É", 64), fingerprint("a-B é", 64));
        assert_ne!(fingerprint("ab", 64), fingerprint("ab", 1));
    }

    #[test]
    fn blocks_sharing_a_long_prefix_but_not_their_end_are_not_repeats() {
        let head = "word ".repeat(40);
        let (a, b) = (format!("{head} one"), format!("{head} two"));
        let mut r = Repeats::default();
        assert!(!r.seen_before(&a));
        assert!(!r.seen_before(&b));
        assert!(r.seen_before(&a));
        assert!(r.seen_before(&b));
    }
}
