//! Block tokenizer for quote extraction (crate-internal): words, punctuation and the marks
//! of top-level quotations, each token tagged with the quotation it lies in.

use crate::text::marks::Quotation;
use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct(char),
    /// Opening mark of top-level quotation `q`.
    Open,
    /// Closing mark of top-level quotation `q`.
    Close,
}

pub(crate) const NO_Q: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub span: Span,
    pub kind: Kind,
    /// Index (into the block's top-level quotation list) of the quotation this token is in,
    /// or `NO_Q`.
    pub q: u32,
    /// First character is upper case.
    pub cap: bool,
    /// Cue class of a lower-case word outside quotations (filled by the extractor).
    pub cue: Option<crate::lexicon::CueClass>,
    /// Which of the extractor's word lists the lower-cased text is in, one bit a list
    /// (filled by the extractor).
    pub flags: u64,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn outside(&self) -> bool {
        self.q == NO_Q
    }
    /// Whether the lower-cased text is in any of the word lists `flags` names.
    pub fn has(&self, flags: u64) -> bool {
        self.flags & flags != 0
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Abbreviations whose period belongs to the word.
// (out of line: once a sentence, kept out of the tokenizer's loop)
#[inline(never)]
fn keeps_period(w: &str) -> bool {
    let b = w.as_bytes();
    // the lexicon's lower-casing buffer: a longer word never kept its period
    if b.len() > 40 {
        return false;
    }
    if b.contains(&b'.') || single_capital(w) {
        return true;
    }
    // party-state tags: R-Ky., D-Mass.
    if b.len() <= 8 && matches!(b.first(), Some(b'R' | b'D' | b'I')) && b.get(1) == Some(&b'-') {
        return true;
    }
    is_abbreviation(b)
}

/// [`keeps_period`] of a word of letters and digits only (no inner period, no party tag):
/// a single capital or an abbreviation, so never a word of more than five bytes.
#[inline(never)]
fn plain_keeps_period(w: &str) -> bool {
    w.len() <= 5 && (single_capital(w) || is_abbreviation(w.as_bytes()))
}

/// Whether `w` is one upper-case character.
#[inline]
fn single_capital(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// The abbreviations (titles, months, states, company forms) that keep their period, all
/// two to five lower-case ASCII letters.
const ABBREVIATIONS: [&[u8]; 66] = [
    b"mr", b"mrs", b"ms", b"dr", b"sen", b"rep", b"reps", b"sens", b"gov", b"gen", b"lt", b"col",
    b"sgt", b"capt", b"adm", b"maj", b"cmdr", b"st", b"jr", b"sr", b"prof", b"rev", b"hon",
    b"pres", b"supt", b"atty", b"vs", b"inc", b"corp", b"co", b"ltd", b"no", b"jan", b"feb",
    b"mar", b"apr", b"jun", b"jul", b"aug", b"sep", b"sept", b"oct", b"nov", b"dec", b"calif",
    b"fla", b"ariz", b"mass", b"penn", b"wash", b"ind", b"mich", b"wis", b"ill", b"conn", b"tenn",
    b"ky", b"va", b"ga", b"la", b"md", b"mo", b"nev", b"colo", b"okla", b"ala",
];

/// [`ABBREVIATIONS`] packed by [`pack`] and sorted, for a binary search.
static PACKED_ABBREVIATIONS: [u64; 66] = packed_sorted();

/// The bytes of a word of at most eight bytes as one number, the first byte highest: two
/// words of letters are equal exactly when their numbers are.
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        k = k << 8 | w[i] as u64;
        i += 1;
    }
    k
}

const fn packed_sorted() -> [u64; 66] {
    let mut t = [0u64; 66];
    let mut i = 0;
    while i < t.len() {
        t[i] = pack(ABBREVIATIONS[i]);
        // insertion sort: a few thousand steps, at compile time
        let mut k = i;
        while k > 0 && t[k - 1] > t[k] {
            let x = t[k];
            t[k] = t[k - 1];
            t[k - 1] = x;
            k -= 1;
        }
        i += 1;
    }
    t
}

/// Whether `w` is, ignoring ASCII case, one of the [`ABBREVIATIONS`].
fn is_abbreviation(w: &[u8]) -> bool {
    // every one is two to five ASCII letters: most words are out at the length test
    if !(2..=5).contains(&w.len()) {
        return false;
    }
    let key = w
        .iter()
        .fold(0u64, |k, b| k << 8 | u64::from(b.to_ascii_lowercase()));
    PACKED_ABBREVIATIONS.binary_search(&key).is_ok()
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

/// Byte classes of the tokenizer (see [`CLASS`]).
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const UPPER: u8 = 4;
const PUNCT: u8 = 8;
/// White space or punctuation that always ends a word: not one of the joiners `. ' - & ,`.
const STOP: u8 = 16;

/// The class of each byte: ASCII white space ([`SPACE`]), letters and digits ([`ALNUM`],
/// with [`UPPER`] for capitals), any other ASCII ([`PUNCT`]: a token of its own), with
/// [`STOP`] on those that end a word; 0 for the bytes of non-ASCII characters, which are
/// decoded. One load classifies a byte.
static CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0u8;
    while i < 128 {
        t[i as usize] = match i {
            b' ' | b'\t'..=b'\r' => SPACE | STOP,
            b'A'..=b'Z' => ALNUM | UPPER,
            b'a'..=b'z' | b'0'..=b'9' => ALNUM,
            b'.' | b'\'' | b'-' | b'&' | b',' => PUNCT,
            _ => PUNCT | STOP,
        };
        i += 1;
    }
    t
}

#[inline(always)]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Tokenizes `span` of `text`, appending to `out`. `quots` are the block's top-level
/// quotations sorted by opening mark (the tokens' `q` index into them).
///
/// One pass over the bytes: ASCII is classified from the byte, other characters are
/// decoded once. Quotation marks are tokens of their own; a word never runs into one.
// (out of line: inlined into the block preparation it measured slower)
#[inline(never)]
pub(crate) fn tokenize(text: &str, span: Span, quots: &[Quotation], out: &mut Vec<Tok>) {
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
    let base = span.start;
    let b = s.as_bytes();
    let mut i = 0usize;
    // the quotation the tokens are in: changes only at a mark event
    let mut q = marks.current();
    while let Some(&x) = b.get(i) {
        let cls = class(x);
        // white space: no mark starts there and no token is made
        if cls & SPACE != 0 {
            i += 1;
            continue;
        }
        if base + i >= marks.event {
            let next = marks.mark_at(i, out);
            q = marks.current();
            if let Some(next) = next {
                i = next;
                continue;
            }
        }
        if cls & ALNUM != 0 {
            let j = word_end(s, i + 1, i, &marks);
            let cap = cls & UPPER != 0;
            out.push(Tok::new(Span::new(base + i, base + j), Kind::Word, q, cap));
            // the space after a word, the commonest next byte, skipped here
            i = j + usize::from(b.get(j) == Some(&b' '));
        } else if cls & PUNCT != 0 {
            let p = Kind::Punct(char::from(x));
            out.push(Tok::new(Span::new(base + i, base + i + 1), p, q, false));
            i += 1;
        } else {
            i = non_ascii(s, i, q, &marks, out);
        }
    }
}

/// The token of the non-ASCII character at byte `i` of the block `s` (a word, nothing for
/// white space, else punctuation); returns the byte where the next token may start.
// (out of line: rare in English news, and inlined it crowds the ASCII loop's registers)
#[inline(never)]
fn non_ascii(s: &str, i: usize, q: u32, marks: &MarkCursor<'_>, out: &mut Vec<Tok>) -> usize {
    let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
        // off a character boundary (a mark span not on one): step a byte
        return i + 1;
    };
    let len = c.len_utf8();
    let abs = marks.base + i;
    if is_alnum(c) {
        let j = word_end(s, i + len, i, marks);
        let cap = c.is_uppercase();
        out.push(Tok::new(Span::new(abs, marks.base + j), Kind::Word, q, cap));
        return j;
    }
    if !c.is_whitespace() {
        out.push(Tok::new(
            Span::new(abs, abs + len),
            Kind::Punct(c),
            q,
            false,
        ));
    }
    i + len
}

impl Tok {
    fn new(span: Span, kind: Kind, q: u32, cap: bool) -> Tok {
        Tok {
            span,
            kind,
            q,
            cap,
            cue: None,
            flags: 0,
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
    // (out of line: a few times a paragraph, kept out of the per-byte loop)
    #[inline(never)]
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
                    out.push(Tok::new(c, Kind::Close, q as u32, false));
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
                out.push(Tok::new(qt.open, Kind::Open, self.next as u32, false));
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
#[inline(always)]
fn word_end(s: &str, j: usize, start: usize, marks: &MarkCursor<'_>) -> usize {
    let b = s.as_bytes();
    let j = alnum_run_end(b, j);
    // most words end at white space or punctuation that never joins and is no period
    match b.get(j) {
        Some(&x) if class(x) & STOP == 0 => word_end_at(s, j, start, marks),
        _ => j,
    }
}

/// [`word_end`] from a byte `j` that may continue the word or be its period: a joiner, a
/// period or a non-ASCII character. The byte after a comma or a period decides most of
/// them: only a digit joins at a comma, only a letter or digit (or a non-ASCII character)
/// at a period.
#[inline(never)]
fn word_end_at(s: &str, j: usize, start: usize, marks: &MarkCursor<'_>) -> usize {
    let b = s.as_bytes();
    let after = b.get(j + 1).copied();
    match b.get(j) {
        Some(b',') if !after.is_some_and(|y| y.is_ascii_digit()) => j,
        // (the word so far is one character and a run of ASCII letters and digits)
        Some(b'.') if after.is_none_or(|y| class(y) & (SPACE | PUNCT) != 0) => {
            j + usize::from(plain_keeps_period(s.get(start..j).unwrap_or("")))
        }
        _ => word_end_slow(s, j, start, marks),
    }
}

/// [`word_end`] from a byte `j` that may continue the word: the general loop over joiners
/// and non-ASCII characters.
#[inline(never)]
fn word_end_slow(s: &str, mut j: usize, start: usize, marks: &MarkCursor<'_>) -> usize {
    let b = s.as_bytes();
    loop {
        j = alnum_run_end(b, j);
        let (n, len) = match b.get(j) {
            Some(&x) if x.is_ascii() => (char::from(x), 1),
            Some(_) => match s.get(j..).and_then(|r| r.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            },
            None => break,
        };
        if is_alnum(n) {
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
            _ => nn.is_some_and(is_alnum),
        };
        // never run a word into the next quotation's mark
        if ok && !marks.is_mark(j) {
            j = after;
            continue;
        }
        break;
    }
    if b.get(j) == Some(&b'.') && keeps_period(s.get(start..j).unwrap_or("")) {
        j += 1;
    }
    j
}

/// `c.is_alphanumeric()`, without the Unicode tables for ASCII and for the General
/// Punctuation block (U+2000 to U+206F: ’ — – … “ ” and the wide spaces, the non-ASCII
/// characters that most often touch a word), which holds no letter or digit.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// The end of the run of ASCII letters and digits of `b` starting at `j`.
#[inline(always)]
fn alnum_run_end(b: &[u8], mut j: usize) -> usize {
    // eight bytes a round, unrolled: one table test a byte, the bounds checked once a
    // round (most words end in the first round)
    while let Some(c) = b.get(j..).and_then(<[u8]>::first_chunk::<8>) {
        for (k, &x) in c.iter().enumerate() {
            if class(x) & ALNUM == 0 {
                return j + k;
            }
        }
        j += 8;
    }
    while let Some(&x) = b.get(j) {
        if class(x) & ALNUM == 0 {
            break;
        }
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

/// Whether `span` of `text` is at least 3 bytes long, its last one a period.
#[inline(always)]
fn ends_in_period(text: &str, span: Span) -> bool {
    // the byte first: most words do not end in a period
    text.as_bytes().get(span.end.wrapping_sub(1)) == Some(&b'.') && span.len() >= 3
}

/// Appends to `out` the end (exclusive token index) of each sentence of `toks`.
// (out of line: one call a block, and its cost shows in profiles)
#[inline(never)]
pub(crate) fn sentence_ends(text: &str, toks: &[Tok], out: &mut Vec<usize>) {
    let first = out.len();
    let n = toks.len();
    let mut i = 0;
    while let Some(k) = next_candidate(text.as_bytes(), toks, i) {
        i = k;
        let Some(t) = toks.get(i) else { break };
        if may_end_sentence(text, toks, i, t) {
            if let Some(j) = boundary_after(text, toks, i) {
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

/// The first token from `i` on that [`may_end_sentence`] has to look at: most tokens are
/// words that do not end in a period, which one byte of the text rules out.
#[inline(always)]
fn next_candidate(bytes: &[u8], toks: &[Tok], i: usize) -> Option<usize> {
    let k = toks.get(i..)?.iter().position(|t| {
        t.kind != Kind::Word || bytes.get(t.span.end.wrapping_sub(1)) == Some(&b'.')
    })?;
    Some(i + k)
}

/// Whether token `i` of `toks` (`t`) ends a sentence if a boundary follows: a full stop,
/// ! or ? outside quotations, a closing mark right after one, or an abbreviation.
#[inline(always)]
fn may_end_sentence(text: &str, toks: &[Tok], i: usize, t: &Tok) -> bool {
    // words first, the most tokens: a word counts only with a period of its own
    if t.kind == Kind::Word {
        return t.outside()
            && ends_in_period(text, t.span)
            && abbreviation_ends_sentence(text, toks, i, t);
    }
    match t.kind {
        Kind::Punct('.' | '!' | '?') => t.outside(),
        // “... said.” Next starts capitalized or with a quotation.
        Kind::Close => toks
            .get(i.wrapping_sub(1))
            .is_some_and(|p| matches!(p.kind, Kind::Punct('.' | '!' | '?'))),
        _ => false,
    }
}

/// "the U.S. The proposal ...": word `t` (token `i`), outside quotations, an abbreviation
/// with inner periods closing a sentence, the next word a usual sentence opener.
#[inline(never)]
fn abbreviation_ends_sentence(text: &str, toks: &[Tok], i: usize, t: &Tok) -> bool {
    let w = t.span.text(text);
    w.len() >= 3
        && w.ends_with('.')
        && w.get(..w.len() - 1).is_some_and(|x| x.contains('.'))
        && toks
            .get(i + 1)
            .is_some_and(|nx| nx.is_word() && SENTENCE_OPENERS.contains(&nx.span.text(text)))
}

/// After a sentence-ending token `i`, the end of the sentence (past closers and
/// punctuation like `)` or `”`) if a new sentence starts there: the end, a capital, an
/// opening mark, a non-word or a number.
fn boundary_after(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while let Some(nx) = toks.get(j) {
        if matches!(nx.kind, Kind::Punct(')' | ']' | '.' | '!' | '?')) {
            j += 1;
        } else {
            break;
        }
    }
    let boundary = match toks.get(j) {
        None => true,
        Some(nx) => {
            nx.cap || nx.kind == Kind::Open || !nx.is_word() || {
                let w = nx.span.text(text);
                w.chars().next().is_some_and(|c| c.is_ascii_digit())
            }
        }
    };
    boundary.then_some(j)
}

#[cfg(test)]
mod tests {
    use crate::quotes::block::prepare_for_tests;
    use crate::quotes::tokens::{Kind, NO_Q};

    /// The tokens of the body of `text` as `word`, `(p)` for punctuation, `<` / `>` for the
    /// opening and closing mark, each followed by `@q` inside quotation `q`.
    fn tokens(text: &str) -> Vec<String> {
        let b = prepare_for_tests(text);
        b.toks
            .iter()
            .map(|t| {
                let w = t.span.text(text);
                let s = match t.kind {
                    Kind::Word => w.to_string(),
                    Kind::Punct(_) => format!("({w})"),
                    Kind::Open => "<".to_string(),
                    Kind::Close => ">".to_string(),
                };
                if t.q == NO_Q || matches!(t.kind, Kind::Open | Kind::Close) {
                    s
                } else {
                    format!("{s}@{}", t.q)
                }
            })
            .collect()
    }

    #[test]
    fn words_keep_inner_joiners_and_abbreviation_periods() {
        assert_eq!(
            tokens("T\n\nSen. Jean-Pierre of AT&T didn't pay $1,000 to the U.S. firm."),
            [
                "Sen.",
                "Jean-Pierre",
                "of",
                "AT&T",
                "didn't",
                "pay",
                "($)",
                "1,000",
                "to",
                "the",
                "U.S.",
                "firm",
                "(.)"
            ]
        );
    }

    #[test]
    fn quotation_marks_are_tokens_and_words_inside_carry_their_quotation() {
        assert_eq!(
            tokens("T\n\n“We won,” she said, “twice.”"),
            [
                "<", "We@0", "won@0", "(,)@0", ">", "she", "said", "(,)", "<", "twice@1", "(.)@1",
                ">"
            ]
        );
    }

    #[test]
    fn a_word_never_runs_into_a_quotation_mark() {
        // "fake's" keeps its apostrophe and stops before the closing mark after it
        assert_eq!(
            tokens("T\n\nHe called it 'fake's' news."),
            ["He", "called", "it", "<", "fake's@0", ">", "news", "(.)"]
        );
    }

    #[test]
    fn white_space_of_any_kind_separates_tokens_and_other_scripts_are_words() {
        assert_eq!(
            tokens("T\n\nÉlodie\u{a0}said\tnon\u{2009}merci."),
            ["Élodie", "said", "non", "merci", "(.)"]
        );
    }
}

#[cfg(test)]
#[path = "tokens_reference.rs"]
mod reference;

#[cfg(test)]
mod differential {
    use super::{reference, sentence_ends, tokenize, Tok};
    use crate::text::marks::reference::scan_into as reference_marks;
    use crate::text::marks::reference::{gen_span, gen_text, Rng};
    use crate::text::marks::{scan_into, Quotation};
    use crate::Span;

    /// What a token is made of, comparable.
    fn key(t: &Tok) -> (Span, super::Kind, u32, bool) {
        (t.span, t.kind, t.q, t.cap)
    }

    /// The top-level quotations of `span` of `t`, as the block preparation takes them.
    fn top_level(t: &str, span: Span) -> Vec<Quotation> {
        let mut all = Vec::new();
        scan_into(t, span, &mut all);
        all.retain(|q| q.depth == 0);
        all
    }

    #[test]
    fn long_lines_give_the_reference_output() {
        let unit = [
            "a", "’", "“", "\"", "'", ". ", "U.S.", "1,0", "é", "\u{a0}", "😀", "x-",
        ];
        // one character repeated (64 KB), and a mix of them (1 MB)
        let mut texts: Vec<String> = unit.iter().map(|u| u.repeat((1 << 16) / u.len())).collect();
        texts.push(unit.concat().repeat((1 << 20) / unit.concat().len()));
        for t in &texts {
            let span = Span::new(0, t.len());
            let quots = top_level(t, span);
            let mut all = Vec::new();
            reference_marks(t, span, &mut all);
            all.retain(|q| q.depth == 0);
            assert_eq!(quots, all);
            let (mut new, mut old) = (Vec::new(), Vec::new());
            tokenize(t, span, &quots, &mut new);
            reference::tokenize(t, span, &quots, &mut old);
            assert!(new.iter().map(key).eq(old.iter().map(key)));
            let (mut en, mut eo) = (Vec::new(), Vec::new());
            sentence_ends(t, &new, &mut en);
            reference::sentence_ends(t, &old, &mut eo);
            assert_eq!(en, eo);
        }
    }

    #[test]
    fn is_abbreviation_is_a_case_blind_search_of_the_list() {
        let linear = |w: &[u8]| {
            super::ABBREVIATIONS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
        };
        let mut words: Vec<Vec<u8>> = vec![Vec::new(), b"m\0r".to_vec(), "é".into()];
        // every word of up to three letters, and each listed word with a letter changed,
        // added or dropped
        let letters: Vec<u8> = (b'a'..=b'z').chain([b'A', b'Z', b'.', b'0']).collect();
        for &x in &letters {
            words.push(vec![x]);
            for &y in &letters {
                words.push(vec![x, y]);
                for &z in &letters {
                    words.push(vec![x, y, z]);
                }
            }
        }
        for a in super::ABBREVIATIONS {
            for k in 0..=a.len() {
                for &x in &letters {
                    let mut w = a.to_vec();
                    w.insert(k, x);
                    words.push(w.clone());
                    w.remove(k);
                    if k < a.len() {
                        w[k] = x;
                        words.push(w.clone());
                        w.remove(k);
                        words.push(w);
                    }
                }
            }
            words.push(a.to_ascii_uppercase());
        }
        for w in &words {
            assert_eq!(super::is_abbreviation(w), linear(w), "{w:?}");
        }
    }

    #[test]
    fn is_alnum_is_is_alphanumeric() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn tokenize_and_sentence_ends_give_the_reference_output() {
        let mut rng = Rng::new(11);
        let (mut quoted, mut sentences) = (0, 0);
        for case in 0..20_000 {
            let t = gen_text(&mut rng, if case % 100 == 0 { 400 } else { 40 });
            let span = gen_span(&mut rng, t.len());
            // the quotations of the span, now and then those of another span (the cursor
            // must survive any list)
            let qspan = if case % 5 == 0 {
                gen_span(&mut rng, t.len())
            } else {
                span
            };
            let quots = top_level(&t, qspan);
            // tokens already in the stream: the new ones are appended after them
            let prefix: Vec<Tok> = if case % 2 == 0 {
                Vec::new()
            } else {
                let mut p = Vec::new();
                reference::tokenize("“a” b.", Span::new(0, 10), &[], &mut p);
                p
            };
            let (mut new, mut old) = (prefix.clone(), prefix);
            tokenize(&t, span, &quots, &mut new);
            reference::tokenize(&t, span, &quots, &mut old);
            let (kn, ko): (Vec<_>, Vec<_>) =
                (new.iter().map(key).collect(), old.iter().map(key).collect());
            assert_eq!(kn, ko, "text {t:?} span {span:?}");
            let (mut en, mut eo) = (vec![3], vec![3]);
            sentence_ends(&t, &new, &mut en);
            reference::sentence_ends(&t, &old, &mut eo);
            assert_eq!(en, eo, "text {t:?} span {span:?}");
            quoted += usize::from(!quots.is_empty() && new.len() > 5);
            sentences += usize::from(en.len() > 2);
        }
        assert!(quoted > 2_000 && sentences > 2_000, "{quoted} {sentences}");
    }
}
