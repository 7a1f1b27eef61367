//! Quotation-mark scanning and pairing.
//!
//! [`quotations`] finds the quotations of one paragraph in a single linear pass: marks are
//! paired by type (“ ” " „ `` '' are one double family; ‘ ’ ' ‚ the single family; « »,
//! ‹ ›, 「 」 and 『 』 their own), apostrophes (Korea’s, we’ve, countries’, ’90s,
//! rock ’n’ roll) are never marks, nested quotations get a depth, and a double quotation still
//! open at the paragraph end is reported with `close: None` (news style: a quotation that
//! goes on in the next paragraph). Stray marks are dropped, never derailing the rest.
//!
//! ```
//! use quotewire::text::marks::{quotations, QuoteStyle};
//! use quotewire::Span;
//!
//! let text = "“We’ve said ‘no’ twice,” she said of the countries’ plan.";
//! let q = quotations(text, Span::new(0, text.len()));
//! assert_eq!(q.len(), 2);
//! assert_eq!(q[0].content().text(text), "We’ve said ‘no’ twice,");
//! assert_eq!(q[0].depth, 0);
//! assert_eq!(q[1].content().text(text), "no");
//! assert_eq!((q[1].style, q[1].depth), (QuoteStyle::Single, 1));
//! ```

use crate::Span;
use serde::{Deserialize, Serialize};

/// The family of marks a quotation uses; marks only pair within their family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteStyle {
    /// “ ” " „ and the typewriter pairs `` and ''.
    Double,
    /// ‘ ’ ' ‚
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

/// One quotation: its opening mark, its closing mark (if it closes in the paragraph) and how
/// deeply it is nested inside other quotations (0 = top level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotation {
    /// Span of the opening mark.
    pub open: Span,
    /// Span of the closing mark, or `None` when the quotation is still open at the end of
    /// the scanned paragraph.
    pub close: Option<Span>,
    /// End of the scanned paragraph (where an unclosed quotation stops).
    pub limit: usize,
    /// Mark family.
    pub style: QuoteStyle,
    /// Nesting depth: 0 for a top-level quotation.
    pub depth: u32,
}

impl Quotation {
    /// The quoted text between the marks (to the paragraph end when unclosed).
    ///
    /// ```
    /// use quotewire::{text::marks::quotations, Span};
    /// let t = "He said \"yes\".";
    /// let q = quotations(t, Span::new(0, t.len()));
    /// assert_eq!(q[0].content().text(t), "yes");
    /// ```
    pub fn content(&self) -> Span {
        Span::new(self.open.end, self.close.map_or(self.limit, |c| c.start))
    }

    /// The quotation including its marks.
    ///
    /// ```
    /// use quotewire::{text::marks::quotations, Span};
    /// let t = "He said \"yes\".";
    /// let q = quotations(t, Span::new(0, t.len()));
    /// assert_eq!(q[0].outer().text(t), "\"yes\"");
    /// ```
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.map_or(self.limit, |c| c.end))
    }
}

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

/// Finds the quotations inside `span` of `text` (one paragraph), sorted by their opening
/// mark. Linear in the length of the span. A `span` that does not fit `text` gives nothing.
///
/// ```
/// use quotewire::{text::marks::quotations, Span};
/// let t = "“Unclosed quotation goes on";
/// let q = quotations(t, Span::new(0, t.len()));
/// assert_eq!(q.len(), 1);
/// assert!(q[0].close.is_none());
/// assert_eq!(q[0].content().text(t), "Unclosed quotation goes on");
/// ```
pub fn quotations(text: &str, span: Span) -> Vec<Quotation> {
    let mut out = Vec::new();
    scan_into(text, span, &mut out);
    out
}

/// Like [`quotations`] but appends to `out` (reusing its allocation); the appended part is
/// sorted by opening mark.
///
/// ```
/// use quotewire::{text::marks::scan_into, Span};
/// let t = "« Oui », dit-il.";
/// let mut v = Vec::new();
/// scan_into(t, Span::new(0, t.len()), &mut v);
/// assert_eq!(v[0].content().text(t), " Oui ");
/// ```
pub fn scan_into(text: &str, span: Span, out: &mut Vec<Quotation>) {
    let Some(para) = text.get(span.range()) else {
        return;
    };
    let base = span.start;
    let first = out.len();
    // Stack of open marks: (open span, style).
    let mut stack = Stack::default();
    let mut prev: Option<char> = None;
    let bytes = para.as_bytes();
    let mut cands = Candidates::new(bytes);
    // End of the last character the loop body looked at: `prev` is exact up to there.
    let mut pos = 0usize;
    // Where the search goes on after candidates skipped unexamined (at or before `pos`
    // otherwise).
    let mut from = 0usize;
    // Only characters that can be marks need the loop body; every other character only
    // becomes `prev`, which is recovered from the text when the next candidate comes.
    while let Some(i) = cands.next(pos.max(from)) {
        if surely_no_mark(bytes, i) {
            from = i + 1;
            continue;
        }
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
                let has_open = stack.has(QuoteStyle::Double);
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
                let has_open = stack.has(QuoteStyle::Double);
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
                let has_open = stack.has(QuoteStyle::Single);
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
                let has_open = stack.has(QuoteStyle::Single);
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
                let has_open = stack.has(style);
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
                    let has_open = stack.has(style);
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
                    stack.push(m, style);
                }
                _ => {
                    if let Some((pos, open)) = stack.close(style) {
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
    if let Some(&(open, style)) = stack.items().first() {
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

/// Whether candidate byte `i` of `b` starts no quotation mark whatever the state, so that
/// the scan can pass it unexamined (`prev` is recovered from the text later): an
/// apostrophe inside a word (don't, Korea’s: an ASCII letter or digit on both sides) or
/// the lead byte of a character that is no mark (NBSP, — – …).
#[inline]
fn surely_no_mark(b: &[u8], i: usize) -> bool {
    let at = |k: usize| b.get(k).copied();
    let alnum = |k: Option<u8>| k.is_some_and(|x| x.is_ascii_alphanumeric());
    let in_word = |after: usize| i > 0 && alnum(at(i - 1)) && alnum(at(after));
    match at(i) {
        Some(b'\'') => in_word(i + 1),
        // U+2000 to U+203F: ‘ ’ ‚ ‛ “ ” „ ‟ (98 to 9F) and ‹ › (B9, BA) may be marks
        Some(0xE2) => match (at(i + 1), at(i + 2)) {
            (Some(0x80), Some(0x99)) => in_word(i + 3),
            (Some(0x80), Some(0x98..=0x9f | 0xb9 | 0xba)) => false,
            _ => true,
        },
        // « »
        Some(0xC2) => !matches!(at(i + 1), Some(0xab | 0xbb)),
        // 「 」 『 』
        Some(0xE3) => !(at(i + 1) == Some(0x80) && matches!(at(i + 2), Some(0x8c..=0x8f))),
        _ => false,
    }
}

/// The open marks of a paragraph, innermost last: at most [`MAX_DEPTH`] on the stack (an
/// opening mark deeper than that is not kept), so a fixed array, no allocation a call.
struct Stack {
    items: [(Span, QuoteStyle); MAX_DEPTH],
    len: usize,
}

impl Default for Stack {
    fn default() -> Stack {
        Stack {
            items: [(Span::new(0, 0), QuoteStyle::Double); MAX_DEPTH],
            len: 0,
        }
    }
}

impl Stack {
    /// The open marks, outermost first.
    fn items(&self) -> &[(Span, QuoteStyle)] {
        self.items.get(..self.len).unwrap_or(&[])
    }

    /// Whether a mark of `style` is open.
    fn has(&self, style: QuoteStyle) -> bool {
        self.items().iter().any(|s| s.1 == style)
    }

    /// Opens mark `m` unless the stack is full.
    fn push(&mut self, m: Span, style: QuoteStyle) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = (m, style);
            self.len += 1;
        }
    }

    /// Closes the innermost open mark of `style` and every mark opened after it; returns
    /// its depth and span.
    fn close(&mut self, style: QuoteStyle) -> Option<(usize, Span)> {
        let pos = self.items().iter().rposition(|s| s.1 == style)?;
        let open = self.items().get(pos)?.0;
        self.len = pos;
        Some((pos, open))
    }
}

/// First bytes of the characters that may be quotation marks: " ' ` and the lead bytes of
/// « » (C2), “ ” „ ‘ ’ ‚ ‹ › (E2) and 「 」 『 』 (E3).
const ASCII_MARKS: [u8; 3] = [b'"', b'\'', b'`'];
const LEAD_BYTES: [u8; 3] = [0xC2, 0xE2, 0xE3];

/// The bytes of a paragraph that may start a quotation mark, in order. Two vectorized
/// `memchr3` searches (the ASCII marks, the lead bytes), each hit kept until the scan
/// passes it: every byte is searched once by each, never classified one by one.
struct Candidates<'a> {
    bytes: &'a [u8],
    /// Next ASCII mark at or after the last position asked for (`usize::MAX`: none).
    ascii: usize,
    /// Next lead byte likewise.
    lead: usize,
}

impl<'a> Candidates<'a> {
    fn new(bytes: &'a [u8]) -> Candidates<'a> {
        Candidates {
            bytes,
            ascii: find3(bytes, ASCII_MARKS, 0),
            lead: find3(bytes, LEAD_BYTES, 0),
        }
    }

    /// The first candidate byte at or after `pos`.
    #[inline]
    fn next(&mut self, pos: usize) -> Option<usize> {
        if self.ascii < pos {
            self.ascii = find3(self.bytes, ASCII_MARKS, pos);
        }
        if self.lead < pos {
            self.lead = find3(self.bytes, LEAD_BYTES, pos);
        }
        let i = self.ascii.min(self.lead);
        (i != usize::MAX).then_some(i)
    }
}

/// The first byte of `bytes` at or after `from` that is one of `n`, or `usize::MAX`.
#[inline]
fn find3(bytes: &[u8], n: [u8; 3], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|r| memchr::memchr3(n[0], n[1], n[2], r))
        .map_or(usize::MAX, |k| from + k)
}

/// True when a mark at an opening position is an apostrophe: ’90s, ’n’, ’em, ’til, ’cause.
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

/// The closing apostrophe of ’n’ in "rock ’n’ roll".
fn is_rock_n_roll(para: &str, i: usize) -> bool {
    let before = para.get(..i).unwrap_or("");
    let mut it = before.chars().rev();
    matches!(
        (it.next(), it.next()),
        (Some('n' | 'N'), Some('’' | '\'' | '‘'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(t: &str) -> Vec<(String, u32, bool)> {
        quotations(t, Span::new(0, t.len()))
            .iter()
            .map(|q| (q.content().text(t).to_string(), q.depth, q.close.is_some()))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(q("Korea’s plan, we’ve seen the countries’ ’90s rock ’n’ roll.").is_empty());
        assert!(q("Korea's plan, we've seen the countries' '90s rock 'n' roll.").is_empty());
    }

    #[test]
    fn typewriter_pairs() {
        assert_eq!(
            q("''We finally may be,'' the economist said."),
            vec![("We finally may be,".to_string(), 0, true)]
        );
        assert_eq!(q("``Yes,'' he said."), vec![("Yes,".to_string(), 0, true)]);
    }

    #[test]
    fn guillemets_closed_inside_an_unclosed_straight_double_show_it_stray() {
        let t = "He called it \"unbalanced. Jane said: «We will win.»";
        let q = quotations(t, Span::new(0, t.len()));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].depth, 0);
        assert_eq!(q[0].outer().text(t), "«We will win.»");
    }

    #[test]
    fn straight_quotes_nested_and_stray() {
        assert_eq!(
            q("\"He said 'go' now,\" she said. 6\" tall"),
            vec![
                ("He said 'go' now,".to_string(), 0, true),
                ("go".to_string(), 1, true)
            ]
        );
    }

    #[test]
    fn marks_after_multibyte_spaces() {
        assert_eq!(
            q("ruling.\u{a0}“Stop,” he said."),
            vec![("Stop,".to_string(), 0, true)]
        );
    }

    #[test]
    fn unclosed_recovers_at_paragraph_end() {
        assert_eq!(
            q("“We will go on. "),
            vec![("We will go on.".to_string(), 0, false)]
        );
    }
}

#[cfg(test)]
#[path = "marks_reference.rs"]
pub(crate) mod reference;

#[cfg(test)]
mod differential {
    use super::reference::{gen_span, gen_text, Rng};
    use super::*;

    #[test]
    fn scan_into_gives_the_reference_quotations() {
        let mut rng = Rng::new(7);
        let mut found = 0;
        for case in 0..20_000 {
            let t = gen_text(&mut rng, if case % 100 == 0 { 400 } else { 40 });
            let span = gen_span(&mut rng, t.len());
            // a non-empty `out` too: only the appended part is sorted
            let pre = if case % 3 == 0 {
                quotations("“a” ‘b’", Span::new(0, 11))
            } else {
                Vec::new()
            };
            let (mut new, mut old) = (pre.clone(), pre.clone());
            scan_into(&t, span, &mut new);
            reference::scan_into(&t, span, &mut old);
            assert_eq!(new, old, "text {t:?} span {span:?}");
            found += usize::from(new.len() > pre.len() + 1);
        }
        // the texts must exercise the pairing, not only the no-mark path
        assert!(found > 1_000, "{found}");
    }
}
