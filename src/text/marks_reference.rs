//! Quotation-mark scanning as it was before its memchr rewrite, kept for the differential
//! test: the new [`super::scan_into`] must give exactly these quotations.
#![allow(dead_code)]

use super::{Quotation, QuoteStyle};
use crate::Span;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

const MAX_DEPTH: usize = 16;

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn is_space_or_open(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '"'
                        | '\''
                        | '«'
                        | '‹'
                        | '„'
                        | '‚'
                        | ':'
                        | '>'
                )
        }
    }
}

fn is_space_or_punct(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || !(c.is_alphanumeric()),
    }
}

pub fn quotations(text: &str, span: Span) -> Vec<Quotation> {
    let mut out = Vec::new();
    scan_into(text, span, &mut out);
    out
}

pub fn scan_into(text: &str, span: Span, out: &mut Vec<Quotation>) {
    let Some(para) = text.get(span.range()) else {
        return;
    };
    let base = span.start;
    let first = out.len();
    // Stack of open marks: (open span, style, closes_with_any_double).
    let mut stack: Vec<(Span, QuoteStyle)> = Vec::new();
    let mut prev: Option<char> = None;
    let bytes = para.as_bytes();
    // End of the last character the loop body looked at: `prev` is exact up to there.
    let mut pos = 0usize;
    // Only characters that can be marks need the loop body; every other character only
    // becomes `prev`, which is recovered from the text when the next candidate comes.
    while let Some(i) = bytes
        .get(pos..)
        .and_then(|rest| rest.iter().position(|&b| may_start_mark(b)))
        .map(|k| pos + k)
    {
        if i > pos {
            prev = para.get(..i).and_then(|s| s.chars().next_back());
        }
        let Some(c) = para.get(i..).and_then(|s| s.chars().next()) else {
            // Not a character boundary (cannot happen for a lead byte): step over it.
            pos = i + 1;
            continue;
        };
        let mut len = c.len_utf8();
        let next = para.get(i + len..).and_then(|s| s.chars().next());
        let mut pair = false;
        let mut mark: Option<(QuoteStyle, Role)> = None;
        match c {
            '“' => {
                // Closes a German „…“ or, right-flanking after a word, an open double.
                let has_open = stack.iter().any(|s| s.1 == QuoteStyle::Double);
                let right = !is_space_or_open(prev) && is_space_or_punct(next);
                mark = Some((
                    QuoteStyle::Double,
                    if has_open && right {
                        Role::Close
                    } else {
                        Role::Open
                    },
                ));
            }
            '”' => {
                let has_open = stack.iter().any(|s| s.1 == QuoteStyle::Double);
                if has_open {
                    mark = Some((QuoteStyle::Double, Role::Close));
                } else if is_space_or_open(prev) && !is_space_or_punct(next) {
                    mark = Some((QuoteStyle::Double, Role::Open));
                }
            }
            '„' => mark = Some((QuoteStyle::Double, Role::Open)),
            '"' => mark = Some((QuoteStyle::Double, Role::Either)),
            '`' if next == Some('`') => {
                len = 2;
                pair = true;
                mark = Some((QuoteStyle::Double, Role::Open));
            }
            '\'' if next == Some('\'') => {
                len = 2;
                pair = true;
                mark = Some((QuoteStyle::Double, Role::Either));
            }
            '‘' if !is_apostrophe_open(para, i + len, prev) => {
                let has_open = stack.iter().any(|s| s.1 == QuoteStyle::Single);
                let right = is_word(prev) && is_space_or_punct(next);
                mark = Some((
                    QuoteStyle::Single,
                    if has_open && right {
                        Role::Close
                    } else {
                        Role::Open
                    },
                ));
            }
            '‚' if is_space_or_open(prev) && !is_space_or_punct(next) => {
                mark = Some((QuoteStyle::Single, Role::Open));
            }
            '’' | '\'' => {
                let has_open = stack.iter().any(|s| s.1 == QuoteStyle::Single);
                if is_word(prev) && is_word(next) {
                    // we’ve, Korea’s, rock ’n’ roll (n’ r is not word-word, handled below)
                } else if is_space_or_open(prev) {
                    // Opening position: ’90s, ’n’, 'em are apostrophes.
                    if !is_apostrophe_open(para, i + len, prev) && !is_space_or_punct(next) {
                        mark = Some((QuoteStyle::Single, Role::Open));
                    }
                } else if has_open && is_space_or_punct(next) {
                    // countries’ stays an apostrophe unless a single quotation is open.
                    if !is_rock_n_roll(para, i) {
                        mark = Some((QuoteStyle::Single, Role::Close));
                    }
                }
            }
            // « French » and » German « : whichever comes first opens.
            '«' | '»' | '‹' | '›' => {
                let style = if matches!(c, '«' | '»') {
                    QuoteStyle::Guillemet
                } else {
                    QuoteStyle::SingleGuillemet
                };
                let has_open = stack.iter().any(|s| s.1 == style);
                mark = Some((style, if has_open { Role::Close } else { Role::Open }));
            }
            '「' => mark = Some((QuoteStyle::Corner, Role::Open)),
            '」' => mark = Some((QuoteStyle::Corner, Role::Close)),
            '『' => mark = Some((QuoteStyle::WhiteCorner, Role::Open)),
            '』' => mark = Some((QuoteStyle::WhiteCorner, Role::Close)),
            _ => {}
        }
        // A pair (`` or '') is two one-byte characters; `len` is 2.
        pos = i + len;
        let after: Option<char> = if pair {
            para.get(pos..).and_then(|s| s.chars().next())
        } else {
            next
        };
        if let Some((style, role)) = mark {
            let m = Span::new(base + i, base + i + len);
            let role = match role {
                Role::Either => {
                    let has_open = stack.iter().any(|s| s.1 == style);
                    let left = is_space_or_open(prev) && !after.is_none_or(char::is_whitespace);
                    let right = !prev.is_none_or(char::is_whitespace) && is_space_or_punct(after);
                    if has_open && (right || !left) {
                        Role::Close
                    } else if left || (!right && !has_open) {
                        Role::Open
                    } else {
                        // A closing-looking mark with nothing open: stray.
                        prev = Some(c);
                        continue;
                    }
                }
                r => r,
            };
            match role {
                Role::Open => {
                    if stack.len() < MAX_DEPTH {
                        stack.push((m, style));
                    }
                }
                _ => {
                    if let Some(pos) = stack.iter().rposition(|s| s.1 == style) {
                        let open = stack.get(pos).map(|s| s.0).unwrap_or(m);
                        stack.truncate(pos);
                        out.push(Quotation {
                            open,
                            close: Some(m),
                            limit: base + para.len(),
                            style,
                            depth: u32::try_from(pos).unwrap_or(u32::MAX),
                        });
                    }
                }
            }
        }
        prev = if pair { Some('\'') } else { Some(c) };
    }
    // Recovery at the paragraph end: only a top-level double stays (news style). A quotation
    // of its own family closed inside it (`A stray “ mark. “Q,” she said.`), or guillemets or
    // corner brackets closed inside an unclosed double (`a stray " mark. «Q,» she said.`:
    // they are not nested in it), show the unclosed mark was stray: it is dropped and what
    // it held moves up a level.
    if let Some(&(open, style)) = stack.first() {
        let tail = out.get_mut(first..).unwrap_or_default();
        let primary_inside = |q: &Quotation| {
            style == QuoteStyle::Double
                && matches!(
                    q.style,
                    QuoteStyle::Guillemet | QuoteStyle::Corner | QuoteStyle::WhiteCorner
                )
        };
        let stray = tail.iter().any(|q| {
            q.depth == 1 && (q.style == style || primary_inside(q)) && q.open.start > open.start
        });
        if stray {
            for q in tail.iter_mut().filter(|q| q.open.start > open.start) {
                q.depth = q.depth.saturating_sub(1);
            }
        } else if style == QuoteStyle::Double || style == QuoteStyle::Guillemet {
            let end = base + para.trim_end().len();
            if end > open.end {
                out.push(Quotation {
                    open,
                    close: None,
                    limit: end,
                    style,
                    depth: 0,
                });
            }
        }
    }
    if let Some(tail) = out.get_mut(first..) {
        tail.sort_by_key(|q| q.open.start);
    }
}

#[inline]
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3)
}

fn is_apostrophe_open(para: &str, after: usize, _prev: Option<char>) -> bool {
    let rest = para.get(after..).unwrap_or("");
    let b = rest.as_bytes();
    // ’90s / '16
    if b.first().is_some_and(u8::is_ascii_digit) && b.get(1).is_some_and(u8::is_ascii_digit) {
        let third = b.get(2).copied();
        if third.is_none_or(|c| !c.is_ascii_digit()) {
            return true;
        }
    }
    let word_end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    let word = rest.get(..word_end).unwrap_or("");
    let follow = rest.get(word_end..).and_then(|r| r.chars().next());
    if word.eq_ignore_ascii_case("n") {
        return follow.is_some_and(|c| c == '’' || c == '\'');
    }
    let short = ["em", "til", "cause", "bout", "tis", "twas", "nuff"];
    if short.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return follow.is_none_or(|c| !c.is_alphanumeric() && c != '’' && c != '\'');
    }
    false
}

fn is_rock_n_roll(para: &str, i: usize) -> bool {
    let before = para.get(..i).unwrap_or("");
    let mut it = before.chars().rev();
    matches!(
        (it.next(), it.next()),
        (Some('n' | 'N'), Some('’' | '\'' | '‘'))
    )
}

/// Pieces the generated test texts are made of: words, abbreviations, every kind of mark,
/// white space (NBSP, CRLF, thin space, NEL, ideographic), emoji and other scripts.
const PIECES: &[&str] = &[
    "the",
    "The",
    "said",
    "Sen.",
    "U.S.",
    "Mr.",
    "Mrs",
    "Jan.",
    "R-Ky.",
    "D-Mass.",
    "a",
    "I",
    "É",
    "Élodie",
    "don't",
    "AT&T",
    "1,000",
    "12",
    "2024",
    "'90s",
    "rock ’n’ roll",
    "’em",
    "'til",
    "n",
    "N",
    "em",
    "cause",
    "Korea’s",
    "countries’",
    "Jean-Pierre",
    "x",
    "co",
    "No",
    "etc",
    "St",
    "ST",
    "vs",
    "calif",
    "He",
    "It",
    "But",
    "ß",
    "İ",
    "ǅ",
    "Ⅻ",
    "٣",
    "²",
    "Ω",
    "naïve",
    "中文",
    "😀",
    "👍🏽",
    "\u{301}",
    "’",
    "'",
    "\"",
    "“",
    "”",
    "‘",
    "„",
    "‚",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "``",
    "''",
    "`",
    " ",
    " ",
    " ",
    "  ",
    "\u{a0}",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "\u{2009}",
    "\u{85}",
    "\u{3000}",
    "\u{2028}",
    "\u{feff}",
    "\u{b}",
    "\u{1f}",
    "\u{0}",
    "\u{7f}",
    ".",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "-",
    "—",
    "–",
    "…",
    "(",
    ")",
    "[",
    "]",
    "{",
    "/",
    ">",
    "$",
    "&",
    "%",
    "*",
];

/// A small deterministic PRNG (xorshift64*): no dependency, same texts on every run.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (`n` > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random text of up to `max` pieces: mostly words and marks separated by spaces, often
/// glued together, now and then a random ASCII byte.
pub(crate) fn gen_text(rng: &mut Rng, max: usize) -> String {
    let mut s = String::new();
    let n = rng.below(max + 1);
    for _ in 0..n {
        match rng.below(10) {
            0 => s.push(char::from((rng.next() % 128) as u8)),
            1..=4 => s.push_str(PIECES[rng.below(PIECES.len())]),
            _ => {
                s.push_str(PIECES[rng.below(PIECES.len())]);
                s.push(' ');
            }
        }
    }
    s
}

/// A random span of `len` bytes: mostly the whole text, else any range (off char
/// boundaries, reversed or past the end too).
pub(crate) fn gen_span(rng: &mut Rng, len: usize) -> Span {
    match rng.below(4) {
        0 | 1 => Span::new(0, len),
        2 => Span::new(rng.below(len + 2), len),
        _ => Span::new(rng.below(len + 2), rng.below(len + 2)),
    }
}
