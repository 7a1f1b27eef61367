//! The tokenizer as it was before its byte-class rewrite, kept for the differential test:
//! the new code must give exactly these tokens and sentence ends.
#![allow(dead_code)]

use super::{Kind, Tok, NO_Q};
use crate::text::marks::Quotation;
use crate::Span;

fn new_tok(span: Span, kind: Kind, q: u32, cap: bool) -> Tok {
    Tok {
        span,
        kind,
        q,
        cap,
        cue: None,
        flags: 0,
    }
}

/// Abbreviations whose period belongs to the word.
fn keeps_period(w: &str) -> bool {
    let mut buf = [0u8; 40];
    let Some(l) = crate::lexicon::lower(w, &mut buf) else {
        return false;
    };
    if w.contains('.') || (w.chars().count() == 1 && w.chars().all(char::is_uppercase)) {
        return true;
    }
    // party-state tags: R-Ky., D-Mass.
    let b = w.as_bytes();
    if b.len() <= 8 && matches!(b.first(), Some(b'R' | b'D' | b'I')) && b.get(1) == Some(&b'-') {
        return true;
    }
    matches!(
        l,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "sen"
            | "rep"
            | "reps"
            | "sens"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "adm"
            | "maj"
            | "cmdr"
            | "st"
            | "jr"
            | "sr"
            | "prof"
            | "rev"
            | "hon"
            | "pres"
            | "supt"
            | "atty"
            | "vs"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "no"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "calif"
            | "fla"
            | "ariz"
            | "mass"
            | "penn"
            | "wash"
            | "ind"
            | "mich"
            | "wis"
            | "ill"
            | "conn"
            | "tenn"
            | "ky"
            | "va"
            | "ga"
            | "la"
            | "md"
            | "mo"
            | "nev"
            | "colo"
            | "okla"
            | "ala"
    )
}

/// The character starting at byte `i` of `s` (`None` at the end or off a boundary); ASCII
/// without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// Tokenizes `span` of `text`, appending to `out`. `quots` are the block's top-level
/// quotations sorted by opening mark (the tokens' `q` index into them).
///
/// One pass over the bytes: ASCII is classified from the byte, other characters are
/// decoded once. Quotation marks are tokens of their own; a word never runs into one.
#[inline(never)]
pub(super) fn tokenize(text: &str, span: Span, quots: &[Quotation], out: &mut Vec<Tok>) {
    // news prose has a token per 4-5 bytes: one allocation instead of a chain of regrowths
    out.reserve(span.len() / 4 + 4);
    let Some(s) = text.get(span.range()) else {
        return;
    };
    let mut marks = MarkCursor {
        base: span.start,
        quots,
        next: 0,
        open: None,
        event: 0,
    };
    marks.update_event();
    let b = s.as_bytes();
    let mut i = 0usize;
    while let Some(&x) = b.get(i) {
        // white space: no mark starts there and no token is made
        if matches!(x, b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        if span.start + i >= marks.event {
            if let Some(next) = marks.mark_at(i, out) {
                i = next;
                continue;
            }
        }
        let q = marks.current();
        let (c, len) = if x.is_ascii() {
            (char::from(x), 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => {
                    i += 1;
                    continue;
                }
            }
        };
        let abs = span.start + i;
        if c.is_alphanumeric() {
            let j = word_end(s, i + len, i, &marks);
            let cap = c.is_uppercase();
            out.push(new_tok(Span::new(abs, span.start + j), Kind::Word, q, cap));
            i = j;
        } else if c.is_whitespace() {
            i += len;
        } else {
            out.push(new_tok(Span::new(abs, abs + len), Kind::Punct(c), q, false));
            i += len;
        }
    }
}

/// Where the tokenizer stands among the block's quotations: the next opening mark and the
/// quotation open now (index, closing mark, end of an unclosed one).
struct MarkCursor<'q> {
    base: usize,
    quots: &'q [Quotation],
    next: usize,
    open: Option<(usize, Option<Span>, usize)>,
    /// The first text offset where [`mark_at`](Self::mark_at) can do anything: the closing
    /// mark (or the end) of the open quotation, else the next opening mark.
    event: usize,
}

impl MarkCursor<'_> {
    /// Recomputes [`event`](Self::event) after the state changed.
    fn update_event(&mut self) {
        self.event = match self.open {
            Some((_, Some(close), _)) => close.start,
            Some((_, None, limit)) => limit,
            None => self
                .quots
                .get(self.next)
                .map_or(usize::MAX, |q| q.open.start),
        };
    }

    /// Emits the mark token at byte `i` of the block (an opening or closing mark) and returns
    /// the byte after it; `None` when no mark starts there.
    fn mark_at(&mut self, i: usize, out: &mut Vec<Tok>) -> Option<usize> {
        let r = self.mark_step(i, out);
        self.update_event();
        r
    }

    fn mark_step(&mut self, i: usize, out: &mut Vec<Tok>) -> Option<usize> {
        let abs = self.base + i;
        if let Some((q, close, limit)) = self.open {
            match close {
                Some(c) if c.start == abs => {
                    out.push(new_tok(c, Kind::Close, q as u32, false));
                    self.open = None;
                    return Some(i + c.len().max(1));
                }
                None if abs >= limit => self.open = None,
                _ => {}
            }
        }
        if self.open.is_some() {
            return None;
        }
        while let Some(qt) = self.quots.get(self.next) {
            if qt.open.start == abs {
                out.push(new_tok(qt.open, Kind::Open, self.next as u32, false));
                self.open = Some((self.next, qt.close, qt.limit));
                self.next += 1;
                return Some(i + qt.open.len().max(1));
            }
            if qt.open.start > abs {
                break;
            }
            // overlapping or skipped quotation: drop it
            self.next += 1;
        }
        None
    }

    /// Index of the quotation open now, or `NO_Q`.
    fn current(&self) -> u32 {
        self.open.map_or(NO_Q, |(q, _, _)| q as u32)
    }

    /// Whether a quotation mark (the next opening or the current closing) starts at byte
    /// `j` of the block.
    fn is_mark(&self, j: usize) -> bool {
        let abs = self.base + j;
        self.quots
            .get(self.next)
            .is_some_and(|qt| qt.open.start == abs)
            || self
                .open
                .is_some_and(|(_, cl, _)| cl.is_some_and(|c| c.start == abs))
    }
}

/// End of the word starting at byte `start` of `s` whose first character ends at `j`: letters
/// and digits, inner joiners (`U.S`, `don't`, `Jean-Pierre`, `AT&T`, `1,000`) and the period
/// of an abbreviation (`Sen.`).
fn word_end(s: &str, mut j: usize, start: usize, marks: &MarkCursor<'_>) -> usize {
    let b = s.as_bytes();
    loop {
        let (n, len) = match b.get(j) {
            Some(&x) if x.is_ascii_alphanumeric() => {
                j += 1;
                continue;
            }
            Some(&x) if x.is_ascii() => (char::from(x), 1),
            Some(_) => match s.get(j..).and_then(|r| r.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            },
            None => break,
        };
        if n.is_alphanumeric() {
            j += len;
            continue;
        }
        if !matches!(n, '.' | '\'' | '’' | '-' | '&' | ',') {
            break;
        }
        let after = j + len;
        let nn = char_at(s, after);
        let ok = match n {
            ',' => {
                nn.is_some_and(|x| x.is_ascii_digit())
                    && b.get(start..j)
                        .is_some_and(|w| w.iter().all(u8::is_ascii_digit))
            }
            _ => nn.is_some_and(char::is_alphanumeric),
        };
        // never run a word into the next quotation's mark
        if ok && !marks.is_mark(j) {
            j = after;
            continue;
        }
        break;
    }
    let word = s.get(start..j).unwrap_or("");
    if b.get(j) == Some(&b'.') && keeps_period(word) {
        j += 1;
    }
    j
}

/// Sentence boundaries over tokens: returns the end index (exclusive) of each sentence.
/// Capitalized words that usually open a sentence (never a name after "U.S.").
const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those",
    "His", "Her", "Their", "There", "In", "A", "An", "On", "At", "After", "When", "While", "If",
    "As", "Some", "Many", "Most", "Still", "Yet", "So", "Now", "Then",
];

/// Appends to `out` the end (exclusive token index) of each sentence of `toks`.
pub(super) fn sentence_ends(text: &str, toks: &[Tok], out: &mut Vec<usize>) {
    let first = out.len();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let Some(t) = toks.get(i) else { break };
        let end_here = match t.kind {
            Kind::Punct('.' | '!' | '?') if t.outside() => true,
            Kind::Close => {
                // “... said.” Next starts capitalized or with a quotation.
                let inner_end = toks
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| matches!(p.kind, Kind::Punct('.' | '!' | '?')));
                inner_end
            }
            // "the U.S. The proposal ...": an abbreviation with inner periods closing a
            // sentence, the next word a usual sentence opener
            Kind::Word if t.outside() => {
                let w = t.span.text(text);
                w.len() >= 3
                    && w.ends_with('.')
                    && w.get(..w.len() - 1).is_some_and(|x| x.contains('.'))
                    && toks.get(i + 1).is_some_and(|nx| {
                        nx.is_word() && SENTENCE_OPENERS.contains(&nx.span.text(text))
                    })
            }
            _ => false,
        };
        if end_here {
            // absorb following closers / punctuation like ) or ”
            let mut j = i + 1;
            while let Some(nx) = toks.get(j) {
                if matches!(nx.kind, Kind::Punct(')' | ']' | '.' | '!' | '?')) {
                    j += 1;
                } else {
                    break;
                }
            }
            let next = toks.get(j);
            let boundary = match next {
                None => true,
                Some(nx) => {
                    nx.cap || nx.kind == Kind::Open || !nx.is_word() || {
                        let w = nx.span.text(text);
                        w.chars().next().is_some_and(|c| c.is_ascii_digit())
                    }
                }
            };
            if boundary {
                out.push(j);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if out.get(first..).and_then(<[usize]>::last).copied() != Some(n) && n > 0 {
        out.push(n);
    }
}
