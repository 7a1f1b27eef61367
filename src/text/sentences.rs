//! News-aware sentence segmentation.
//!
//! [`sentences`] splits running prose into sentence [`Span`]s: byte ranges into the text it was
//! given, trimmed of surrounding white space, in order and non-overlapping. It makes one
//! linear pass, allocates nothing per call and never panics.
//!
//! ```
//! let text = "Hello World. My name is Jonas.";
//! let spans: Vec<_> = quotewire::sentences(text).collect();
//! assert_eq!(spans.len(), 2);
//! assert_eq!(spans[1].text(text), "My name is Jonas.");
//! ```
//!
//! # Rules
//!
//! A sentence ends at `.`, `!`, `?`, an ellipsis or a CJK full stop, together with any closing
//! quote marks, brackets and reference marks that follow it (`He said, “Go.” Then he left.`
//! splits after `”`; `martyr.[1] The` after `[1]`), when white space follows and the next
//! word does not start in lower case (`“Go.” she said` and `Yahoo! in` do not split).
//! After `!` or `?` a dash defers to the word after it (`voila! -- you have cake` goes on,
//! `What do you see? - Posted` splits); speech broken off with a dash (`to--" At this
//! moment`) ends before a capitalised word; names spelled with `!` (`Yahoo! Research`) act
//! as abbreviations. Everything is decided locally, from the few words around the mark and the current
//! sentence: quote marks are never paired across the text, so a stray one changes nothing
//! beyond its own sentence.
//!
//! - **Abbreviations.** Titles and other words that always lead into what follows (`Mr.`,
//!   `Gen.`, `Sen.`, `Lt. Col.`, `Mt.`, `vs.`, `e.g.`) never end a sentence. Abbreviations
//!   that may end one (`Inc.`, `Co.`, `Jr.`, `Jan.`, `etc.`, state abbreviations,
//!   letters-and-periods forms such as `U.S.`, `N.Y.`, `Ph.D.`) and single-letter initials
//!   (`John F. Kennedy`, `N. Korea`) end a sentence only when the next word is a typical
//!   sentence opener (`The`, `He`, `How`, `Millions`, `Mr.`, ...) and the sentence so far
//!   holds a word in lower case. `a.m.` and `p.m.` end a sentence before any capitalised
//!   word except days, months and time zones (`6 p.m. Travelers` splits, `3 p.m. EDT` and
//!   `At 5 a.m. Mr. Smith went` do not). `No.`, `Art.`, `Fig.`, `pp.` are abbreviations only
//!   before a number (`no. 5`); elsewhere they are ordinary words (`He said no. Others`).
//!   A number after any abbreviation never starts a new sentence (`p. 55`, `Nov. 6`).
//! - **Numbers, URLs, e-mail addresses.** A period inside a token (`3.14`, `$1.5`,
//!   `example.com`, `Jane.Doe@example.com`) is not a boundary. Two sentences glued without
//!   a space (`world.Today`) are split when a word of two or more letters or digits is
//!   followed by a capitalised word and the token is not a URL or e-mail address.
//! - **Quotations and brackets.** A mark inside a quotation or bracket that opened in the
//!   same sentence and closes further on the same line — before any new quotation opens —
//!   does not end the sentence: `“It is over. We go home,” he said.` is one sentence, as is
//!   `[16: firma? 13:28]`. A quotation that does not close protects nothing, so a stray
//!   mark only ever affects its own sentence.
//! - **Ellipses.** `...`, `…` and `. . .` inside a sentence do not split; `...` or `…`
//!   followed by a capitalised word does; four dots (`that....`, `. . . .`) are an ellipsis
//!   plus a period. In `word. . . . Next` the period ends the sentence and the ellipsis opens
//!   the next one. `[...]` never splits.
//! - **Lists.** A sentence opening with a list marker (`1.`, `2.)`, `3)`, `a.`, `•`, `⁃`)
//!   ends before the next marker in sequence (`1) The first item 2) The second item`); a
//!   marker such as `a.`, `b)`, `(ii)` after a sentence end starts a new sentence; a bullet
//!   after white space always does.
//! - **Line breaks.** A blank line always ends a sentence. A single line break ends one
//!   too — in news text it usually ends a paragraph, a headline, a caption or a list item —
//!   unless the line visibly runs on: it ends with `,` `;` `-` `–` `—` `(` `&`, with a
//!   function word (`the`, `of`, `and`, ...), with a title or an initial (`Mr.`, `F.`); or it
//!   ends with a space (a soft break) and the next line does not start with a capital; or the
//!   next line starts in lower case, the sentence itself does not, and its last 200 bytes
//!   hold three or more lower-case words (a hard-wrapped sentence; lower-case lines such as
//!   `features\ncontact manager` are list entries, short title-case lines such as
//!   `Travel\nevents` are headings or menu entries). A line ending with a sentence-final
//!   mark ends the sentence (`Sales rose.\niPad sales fell.`), and a next line opening with
//!   a bullet or list marker always starts a new sentence.
//!
//! Use a [`Segmenter`] to add abbreviations or sentence openers of your own.

use crate::text::abbreviations::{
    WordList, ABBREVIATIONS, EXCLAMATION_WORDS, NUMERIC_ABBREVIATIONS, PREFIX_ABBREVIATIONS,
    SENTENCE_STARTERS,
};
use crate::Span;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Splits `text` into sentence spans (byte offsets into `text`) with the default
/// [`Segmenter`], skipping white space between sentences.
///
/// ```
/// let text = "It rained. We stayed in.";
/// let got: Vec<&str> = quotewire::sentences(text).map(|s| s.text(text)).collect();
/// assert_eq!(got, ["It rained.", "We stayed in."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Segmenter::global().sentences(text)
}

/// Sentence segmenter configuration: the word lists the rules consult.
///
/// [`Segmenter::default`] holds the built-in lexicons; the `with_*` methods extend them.
/// [`sentences`] uses a shared default instance, built once.
///
/// ```
/// use quotewire::text::Segmenter;
///
/// let text = "He met Cllr. Kowalski. Then he left.";
/// // "Cllr." is not in the built-in lists: it reads as the end of a sentence.
/// assert_eq!(quotewire::sentences(text).count(), 3);
/// let seg = Segmenter::default().with_prefix_abbreviations(["Cllr"]);
/// let got: Vec<&str> = seg.sentences(text).map(|s| s.text(text)).collect();
/// assert_eq!(got, ["He met Cllr. Kowalski.", "Then he left."]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmenter {
    /// Abbreviations that may end a sentence (`Inc`, `Jan`, ...), without the final period.
    pub abbreviations: WordList,
    /// Abbreviations that never end a sentence (`Mr`, `Gen`, `vs`, ...), without the period.
    pub prefix_abbreviations: WordList,
    /// Abbreviations only before a number (`No. 1`, `Art. 9`); elsewhere ordinary words.
    pub numeric_abbreviations: WordList,
    /// Words that typically open a sentence (`The`, `He`, `Mr.`, ...).
    pub sentence_starters: WordList,
    /// Names spelled with an exclamation mark (`Yahoo`, `E`), without the `!`.
    pub exclamation_words: WordList,
}

impl Default for Segmenter {
    /// The built-in lexicons (`lexicons/abbreviations*.txt`).
    ///
    /// ```
    /// let seg = quotewire::text::Segmenter::default();
    /// assert!(seg.prefix_abbreviations.contains("Gen"));
    /// assert!(seg.abbreviations.contains("Inc"));
    /// ```
    fn default() -> Self {
        Segmenter {
            abbreviations: WordList::parse(ABBREVIATIONS),
            prefix_abbreviations: WordList::parse(PREFIX_ABBREVIATIONS),
            numeric_abbreviations: WordList::parse(NUMERIC_ABBREVIATIONS),
            sentence_starters: WordList::parse(SENTENCE_STARTERS),
            exclamation_words: WordList::parse(EXCLAMATION_WORDS),
        }
    }
}

impl Segmenter {
    /// The shared default segmenter used by [`sentences`], built on first use.
    ///
    /// ```
    /// let seg = quotewire::text::Segmenter::global();
    /// assert_eq!(seg.sentences("A. B.").count(), 1);
    /// ```
    pub fn global() -> &'static Segmenter {
        static GLOBAL: OnceLock<Segmenter> = OnceLock::new();
        GLOBAL.get_or_init(Segmenter::default)
    }

    /// Adds abbreviations that may end a sentence (written without the final period; a
    /// lower-case entry matches any capitalisation).
    ///
    /// ```
    /// let seg = quotewire::text::Segmenter::default().with_abbreviations(["Cllr"]);
    /// let text = "Cllr. Jones spoke.";
    /// assert_eq!(seg.sentences(text).count(), 1);
    /// ```
    pub fn with_abbreviations<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.abbreviations.insert(w.as_ref());
        }
        self
    }

    /// Adds abbreviations that never end a sentence, such as titles.
    ///
    /// ```
    /// let seg = quotewire::text::Segmenter::default().with_prefix_abbreviations(["Insp"]);
    /// assert!(seg.prefix_abbreviations.contains("Insp"));
    /// ```
    pub fn with_prefix_abbreviations<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.prefix_abbreviations.insert(w.as_ref());
        }
        self
    }

    /// Adds abbreviations that are abbreviations only before a number (`Sch. 4`); elsewhere
    /// they are ordinary words.
    ///
    /// ```
    /// let seg = quotewire::text::Segmenter::default().with_numeric_abbreviations(["sch"]);
    /// let text = "See Sch. 4 for details.";
    /// assert_eq!(seg.sentences(text).count(), 1);
    /// ```
    pub fn with_numeric_abbreviations<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.numeric_abbreviations.insert(w.as_ref());
        }
        self
    }

    /// Adds sentence openers: words after which an ambiguous abbreviation ends a sentence.
    ///
    /// ```
    /// let text = "I bought shares in Acme Inc. Investors cheered.";
    /// let seg = quotewire::text::Segmenter::default();
    /// assert_eq!(seg.sentences(text).count(), 1);
    /// let seg = seg.with_sentence_starters(["Investors"]);
    /// assert_eq!(seg.sentences(text).count(), 2);
    /// ```
    pub fn with_sentence_starters<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.sentence_starters.insert(w.as_ref());
        }
        self
    }

    /// Adds names spelled with an exclamation mark (written without the `!`), after which
    /// `!` ends a sentence only before a typical sentence opener.
    ///
    /// ```
    /// let seg = quotewire::text::Segmenter::default().with_exclamation_words(["Hooray"]);
    /// let text = "He works at Hooray! Studios in Ohio.";
    /// assert_eq!(seg.sentences(text).count(), 1);
    /// ```
    pub fn with_exclamation_words<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.exclamation_words.insert(w.as_ref());
        }
        self
    }

    /// Splits `text` into sentence spans with this segmenter's word lists.
    ///
    /// ```
    /// let text = "Sen. Kim spoke. “We agree.” Then she left.";
    /// let seg = quotewire::text::Segmenter::default();
    /// let got: Vec<&str> = seg.sentences(text).map(|s| s.text(text)).collect();
    /// assert_eq!(got, ["Sen. Kim spoke.", "“We agree.”", "Then she left."]);
    /// ```
    pub fn sentences<'a>(&'a self, text: &'a str) -> Sentences<'a> {
        Sentences {
            text,
            seg: self,
            pos: 0,
            list: None,
            lower: LowerCache::default(),
            token: TokenCache::default(),
            quotes: QuoteState::default(),
            enclosure: EnclosureCache::default(),
        }
    }
}

/// Iterator over the sentences of a text, created by [`sentences`] or
/// [`Segmenter::sentences`].
///
/// ```
/// let mut it = quotewire::sentences("One. Two.");
/// assert_eq!(it.next(), Some(quotewire::Span::new(0, 4)));
/// assert_eq!(it.next(), Some(quotewire::Span::new(5, 9)));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    seg: &'a Segmenter,
    pos: usize,
    list: Option<ListState>,
    lower: LowerCache,
    token: TokenCache,
    quotes: QuoteState,
    enclosure: EnclosureCache,
}

/// Kind of list marker that opened the current sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    /// `1.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
}

/// The marker the next list item is expected to carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListState {
    Number(u32, MarkerStyle),
    Letter(u8, MarkerStyle),
}

/// Remembers whether the current sentence has a word in lower case before a position, so
/// that repeated checks in one sentence stay linear.
#[derive(Debug, Clone, Copy, Default)]
struct LowerCache {
    sentence: usize,
    scanned: usize,
    found: bool,
}

/// Remembers the extent of the last white-space-delimited token checked for URL/e-mail
/// shape, so that a long token with many periods is scanned once.
#[derive(Debug, Clone, Copy, Default)]
struct TokenCache {
    start: usize,
    end: usize,
    urlish: bool,
}

/// Quote marks and brackets open at the scanned position of the current sentence, tracked
/// from the sentence start only (never across sentences), so that a stray mark cannot
/// derail the rest of the text.
#[derive(Debug, Clone, Copy, Default)]
struct QuoteState {
    sentence: usize,
    scanned: usize,
    double: bool,
    single: bool,
    depth: u8,
}

/// How far ahead (bytes, same line) a closing mark is looked for.
const ENCLOSURE_REACH: usize = 1000;

/// The last look-ahead for a closing mark: `found` holds for any position in `from..until`
/// while the sentence and the open marks (`key`) are the same, which keeps repeated
/// look-aheads in one quotation linear.
#[derive(Debug, Clone, Copy, Default)]
struct EnclosureCache {
    key: (usize, bool, bool, bool),
    from: usize,
    until: usize,
    found: bool,
}

/// Lower-case roman numerals used as list markers (`ii)`, `(iv)`).
fn is_roman(w: &[u8]) -> bool {
    !w.is_empty() && w.len() <= 4 && w.iter().all(|c| matches!(c, b'i' | b'v' | b'x'))
}

/// A list marker followed by white space at `i`: `a.`, `b)`, `ii)`, `(c)`, `(iv)`, `(A)`,
/// `B)`, `12.`, `3)`, `4.)`.
fn list_marker_at(b: &[u8], i: usize) -> bool {
    let paren = byte(b, i) == b'(';
    let s = if paren { i + 1 } else { i };
    let mut e = s;
    while e < s + 4 && byte(b, e).is_ascii_alphanumeric() {
        e += 1;
    }
    let Some(w) = b.get(s..e) else {
        return false;
    };
    if w.is_empty() || byte(b, e).is_ascii_alphanumeric() {
        return false;
    }
    let digits = w.iter().all(u8::is_ascii_digit) && w.len() <= 3;
    let single = if w.len() == 1 {
        w.first().copied()
    } else {
        None
    };
    let lower_letter = single.is_some_and(|c| c.is_ascii_lowercase());
    let upper_letter = single.is_some_and(|c| c.is_ascii_uppercase());
    let roman = is_roman(w);
    let after = match (byte(b, e), byte(b, e + 1)) {
        (b')', _) if digits || lower_letter || upper_letter || roman => e + 1,
        (b'.', b')') if !paren && (digits || lower_letter) => e + 2,
        (b'.', _) if !paren && (digits || lower_letter || roman) => e + 1,
        _ => return false,
    };
    is_space_at(b, after)
}

/// Words that may follow `a.m.` / `p.m.` inside a sentence: days, months, time zones.
const TIME_COMPANIONS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Eastern",
    "Pacific",
    "Central",
    "Mountain",
    "Greenwich",
    "local",
];

/// What the word before a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// Never ends a sentence (`Mr.`, `Gen.`).
    Prefix,
    /// May end a sentence (`Inc.`, `U.S.`, an initial).
    Ambiguous,
    /// `a.m.` / `p.m.`: ends a sentence before most capitalised words.
    Time,
    /// An abbreviation only before a number (`No. 1`), an ordinary word elsewhere.
    Numeric,
    /// Anything else: a word, a number, a URL.
    Regular,
}

/// How the next word starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NextClass {
    Lower,
    Upper,
    Digit,
    Other,
}

/// Outcome of looking at one candidate position.
enum Step {
    /// The sentence ends at this byte offset (white space after it is skipped later).
    Split(usize),
    /// Not a boundary: resume scanning here.
    Continue(usize),
    /// A sentence-final mark ends the sentence here, unless it sits inside a quotation or
    /// bracket that closes further on.
    Mark(usize),
}

/// Bytes the main loop stops at (ASCII marks and the lead bytes of the multi-byte marks).
static STOP: [bool; 256] = stop_table(false);
/// Same, plus white space: used while a list is open, to find the next marker.
static STOP_LIST: [bool; 256] = stop_table(true);

const fn stop_table(list: bool) -> [bool; 256] {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    if list {
        t[b' ' as usize] = true;
        t[b'\t' as usize] = true;
    }
    t
}

/// Lower-case function words after which a line break does not end a sentence.
const CONTINUATION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto",
    "over", "under", "about", "and", "or", "but", "nor", "as", "than", "that", "which", "who",
    "whom", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "can", "could", "should", "may", "might", "must", "not", "its", "their", "his", "her",
    "our", "your", "my", "this", "these", "those", "if", "when", "while", "because",
];

#[inline]
fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Length of the white space char at `i` (0 if none) and how many line breaks it counts
/// for (a paragraph separator counts two).
#[inline]
fn space_at(b: &[u8], i: usize) -> (usize, u8) {
    match byte(b, i) {
        b' ' | b'\t' | 0x0B | 0x0C => (1, 0),
        b'\n' => (1, 1),
        b'\r' => {
            if byte(b, i + 1) == b'\n' {
                (1, 0)
            } else {
                (1, 1)
            }
        }
        0xC2 if byte(b, i + 1) == 0xA0 => (2, 0),
        // NEL (next line)
        0xC2 if byte(b, i + 1) == 0x85 => (2, 1),
        // Ogham space mark
        0xE1 if byte(b, i + 1) == 0x9A && byte(b, i + 2) == 0x80 => (3, 0),
        0xE2 => match (byte(b, i + 1), byte(b, i + 2)) {
            (0x80, 0x80..=0x8B) | (0x80, 0xAF) | (0x81, 0x9F) | (0x81, 0xA0) => (3, 0),
            (0x80, 0xA8) => (3, 1),
            (0x80, 0xA9) => (3, 2),
            _ => (0, 0),
        },
        0xE3 if byte(b, i + 1) == 0x80 && byte(b, i + 2) == 0x80 => (3, 0),
        0xEF if byte(b, i + 1) == 0xBB && byte(b, i + 2) == 0xBF => (3, 0),
        _ => (0, 0),
    }
}

#[inline]
fn is_space_at(b: &[u8], i: usize) -> bool {
    space_at(b, i).0 > 0
}

/// Skips white space from `i`; returns the end and the number of line breaks crossed.
#[inline]
fn skip_space(b: &[u8], mut i: usize) -> (usize, u32) {
    let mut breaks = 0u32;
    loop {
        let (n, br) = space_at(b, i);
        if n == 0 {
            return (i, breaks);
        }
        breaks = breaks.saturating_add(u32::from(br));
        i += n;
    }
}

/// Length of the white space char ending at `e` (0 if none).
#[inline]
fn space_before(b: &[u8], e: usize) -> usize {
    if e == 0 {
        return 0;
    }
    let last = byte(b, e - 1);
    if last < 0x80 {
        return usize::from(matches!(last, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C));
    }
    if e >= 2 && byte(b, e - 2) == 0xC2 && matches!(last, 0xA0 | 0x85) {
        return 2;
    }
    if e >= 3 && space_at(b, e - 3).0 == 3 {
        return 3;
    }
    0
}

/// Length of a closing quote mark or bracket at `i` (0 if none).
#[inline]
fn closer_at(b: &[u8], i: usize) -> usize {
    match byte(b, i) {
        b'"' | b'\'' | b')' | b']' | b'}' => 1,
        0xC2 if matches!(byte(b, i + 1), 0xBB | 0xAB) => 2,
        0xE2 if byte(b, i + 1) == 0x80 && matches!(byte(b, i + 2), 0x99 | 0x9D | 0xBA | 0xB9) => 3,
        0xE3 if byte(b, i + 1) == 0x80 && matches!(byte(b, i + 2), 0x8D | 0x8F | 0x91) => 3,
        0xEF if byte(b, i + 1) == 0xBC && byte(b, i + 2) == 0x89 => 3,
        _ => 0,
    }
}

#[inline]
fn skip_closers(b: &[u8], mut i: usize) -> usize {
    loop {
        let mut n = closer_at(b, i);
        if n == 0 && byte(b, i) == b'[' {
            // A reference mark such as `[1]` or `[12]`.
            let mut j = i + 1;
            while j < i + 4 && byte(b, j).is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 && byte(b, j) == b']' {
                n = j + 1 - i;
            }
        }
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// Length of a closing quote mark or bracket ending at `e` (0 if none).
#[inline]
fn closer_before(b: &[u8], e: usize) -> usize {
    for n in 1..=3 {
        if e >= n && closer_at(b, e - n) == n {
            return n;
        }
    }
    0
}

/// Length of an opening quote mark or bracket at `i` (0 if none).
#[inline]
fn opener_at(b: &[u8], i: usize) -> usize {
    match byte(b, i) {
        b'"' | b'\'' | b'(' | b'[' | b'{' | b'`' => 1,
        0xC2 if matches!(byte(b, i + 1), 0xAB | 0xBB | 0xBF | 0xA1) => 2,
        0xE2 if byte(b, i + 1) == 0x80
            && matches!(byte(b, i + 2), 0x98 | 0x9C | 0x9E | 0xB9 | 0xBA) =>
        {
            3
        }
        0xE3 if byte(b, i + 1) == 0x80 && matches!(byte(b, i + 2), 0x8C | 0x8E | 0x90) => 3,
        _ => 0,
    }
}

/// Length of a bullet char at `i` (0 if none).
#[inline]
fn bullet_at(b: &[u8], i: usize) -> usize {
    if byte(b, i) != 0xE2 {
        return 0;
    }
    match (byte(b, i + 1), byte(b, i + 2)) {
        (0x80, 0xA2)
        | (0x80, 0xA3)
        | (0x81, 0x83)
        | (0x97, 0x8F)
        | (0x97, 0xA6)
        | (0x96, 0xAA)
        | (0x96, 0xA0)
        | (0x96, 0xBA)
        | (0x96, 0xB6) => 3,
        _ => 0,
    }
}

/// The char starting at byte `i` of `text`, if `i` is a char boundary.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `e` of `text`.
#[inline]
fn char_before(text: &str, e: usize) -> Option<char> {
    text.get(..e).and_then(|s| s.chars().next_back())
}

fn classify_char(c: Option<char>) -> NextClass {
    match c {
        Some(c) if c.is_ascii_lowercase() => NextClass::Lower,
        Some(c) if c.is_ascii_uppercase() => NextClass::Upper,
        Some(c) if c.is_ascii_digit() => NextClass::Digit,
        Some(c) if c.is_ascii() => NextClass::Other,
        Some(c) if c.is_lowercase() => NextClass::Lower,
        Some(c) if c.is_uppercase() => NextClass::Upper,
        Some(c) if c.is_numeric() => NextClass::Digit,
        _ => NextClass::Other,
    }
}

/// Skips dashes (`-`, `--`, `–`, `—`) and the white space after them at `i`.
fn skip_dashes(b: &[u8], mut i: usize) -> usize {
    let start = i;
    loop {
        match byte(b, i) {
            b'-' => i += 1,
            0xE2 if byte(b, i + 1) == 0x80 && matches!(byte(b, i + 2), 0x93 | 0x94) => i += 3,
            _ => break,
        }
    }
    if i == start {
        return start;
    }
    skip_space(b, i).0
}

/// Skips up to a few opening quote marks and brackets at `i`.
fn skip_openers(b: &[u8], mut i: usize) -> usize {
    for _ in 0..4 {
        let n = opener_at(b, i);
        if n == 0 {
            break;
        }
        i += n;
    }
    i
}

/// How the word at `i` starts (after any opening quote marks or brackets).
fn classify_next(text: &str, i: usize) -> NextClass {
    let j = skip_openers(text.as_bytes(), i);
    classify_char(char_at(text, j))
}

/// Scans a run of dots from `i` (a `.` or `…`): returns (end, dots, spaced) where `spaced`
/// says whether single spaces separate the dots (`. . .`).
fn dot_run(b: &[u8], i: usize) -> (usize, usize, bool) {
    let mut j = i;
    let mut dots = 0usize;
    let mut spaced = false;
    loop {
        if byte(b, j) == b'.' {
            dots += 1;
            j += 1;
        } else if byte(b, j) == 0xE2 && byte(b, j + 1) == 0x80 && byte(b, j + 2) == 0xA6 {
            dots += 3;
            j += 3;
        } else if dots > 0
            && byte(b, j) == b' '
            && byte(b, j + 1) == b'.'
            && !byte(b, j + 2).is_ascii_alphanumeric()
        {
            spaced = true;
            j += 1;
        } else {
            return (j, dots, spaced);
        }
    }
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        let b = text.as_bytes();
        let len = b.len();
        let (start, _) = skip_space(b, self.pos);
        if start >= len {
            self.pos = len;
            return None;
        }
        let body = self.leading_marker(start);
        let mut end = self.scan(start, body).min(len);
        if end <= start {
            // Never stall: take at least one char.
            end = start + char_at(text, start).map_or(1, char::len_utf8);
        }
        self.pos = end;
        let mut trimmed = end;
        loop {
            let n = space_before(b, trimmed);
            if n == 0 || trimmed - n <= start {
                break;
            }
            trimmed -= n;
        }
        Some(Span::new(start, trimmed))
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

impl Sentences<'_> {
    /// Recognises a list marker opening the sentence at `s` (`1.`, `2.)`, `3)`, `a.`, a
    /// bullet, a bullet followed by a number) and sets the expected next marker. Returns
    /// where scanning should begin.
    fn leading_marker(&mut self, s: usize) -> usize {
        let b = self.text.as_bytes();
        let mut i = s;
        let bullet = bullet_at(b, i);
        if bullet > 0 {
            i = skip_space(b, i + bullet).0;
        }
        self.list = None;
        // Numbered: 1 to 3 digits.
        let mut j = i;
        let mut n: u32 = 0;
        while j < i + 3 && byte(b, j).is_ascii_digit() {
            n = n * 10 + u32::from(byte(b, j) - b'0');
            j += 1;
        }
        let numbered = j > i && !byte(b, j).is_ascii_digit();
        let letter = byte(b, i);
        let lettered = !numbered && letter.is_ascii_lowercase() && {
            j = i + 1;
            true
        };
        if numbered || lettered {
            let style = match (byte(b, j), byte(b, j + 1)) {
                (b'.', b')') => Some((MarkerStyle::DotParen, 2)),
                (b'.', _) => Some((MarkerStyle::Dot, 1)),
                (b')', _) => Some((MarkerStyle::Paren, 1)),
                _ => None,
            };
            if let Some((style, n_len)) = style {
                let after = j + n_len;
                if is_space_at(b, after) {
                    self.list = Some(if numbered {
                        ListState::Number(n.saturating_add(1), style)
                    } else {
                        ListState::Letter(letter.saturating_add(1), style)
                    });
                    return after;
                }
            }
        }
        if bullet > 0 {
            s + bullet
        } else {
            s
        }
    }

    /// True when the expected next list marker starts at `i`.
    fn marker_at(&self, i: usize) -> bool {
        let b = self.text.as_bytes();
        let (j, style) = match self.list {
            Some(ListState::Number(n, style)) => {
                let mut j = i;
                let mut v: u32 = 0;
                while j < i + 3 && byte(b, j).is_ascii_digit() {
                    v = v * 10 + u32::from(byte(b, j) - b'0');
                    j += 1;
                }
                if j == i || v != n {
                    return false;
                }
                (j, style)
            }
            Some(ListState::Letter(c, style)) => {
                if byte(b, i) != c {
                    return false;
                }
                (i + 1, style)
            }
            None => return false,
        };
        let after = match (style, byte(b, j), byte(b, j + 1)) {
            (MarkerStyle::DotParen, b'.', b')') => j + 2,
            (MarkerStyle::Dot, b'.', _) => j + 1,
            (MarkerStyle::Paren, b')', _) => j + 1,
            _ => return false,
        };
        is_space_at(b, after)
    }

    /// Finds where the sentence that starts at `start` ends; scanning begins at `from`.
    fn scan(&mut self, start: usize, from: usize) -> usize {
        let b = self.text.as_bytes();
        let len = b.len();
        let stop: &[bool; 256] = if self.list.is_some() {
            &STOP_LIST
        } else {
            &STOP
        };
        let mut i = from;
        while i < len {
            let c = byte(b, i);
            if !stop[usize::from(c)] {
                i += 1;
                continue;
            }
            let step = match c {
                b'.' => self.at_dots(start, i),
                b'!' | b'?' => self.at_bang(start, i, i + 1),
                b'\n' | b'\r' => self.at_line_break(start, i),
                b'"' => self.at_broken_off_quote(i, i + 1),
                b' ' | b'\t' => {
                    if i > start && self.marker_at(i + 1) {
                        Step::Split(i)
                    } else {
                        Step::Continue(i + 1)
                    }
                }
                0xE2 => match (byte(b, i + 1), byte(b, i + 2)) {
                    (0x80, 0xA6) => self.at_dots(start, i),
                    // ‼ ‽ ⁇ ⁈ ⁉
                    (0x80, 0xBC) | (0x80, 0xBD) | (0x81, 0x87..=0x89) => {
                        self.at_bang(start, i, i + 3)
                    }
                    (0x80, 0xA8) | (0x80, 0xA9) => self.at_line_break(start, i),
                    (0x80, 0x9D) => self.at_broken_off_quote(i, i + 3),
                    _ if bullet_at(b, i) > 0 && i > start && space_before(b, i) > 0 => {
                        Step::Split(i)
                    }
                    _ => Step::Continue(i + 1),
                },
                // 。 and ！ ． ？ (full width): always final.
                0xE3 if byte(b, i + 1) == 0x80 && byte(b, i + 2) == 0x82 => {
                    Step::Split(skip_closers(b, i + 3))
                }
                0xEF if byte(b, i + 1) == 0xBC && matches!(byte(b, i + 2), 0x81 | 0x8E | 0x9F) => {
                    Step::Split(skip_closers(b, i + 3))
                }
                _ => Step::Continue(i + 1),
            };
            match step {
                Step::Split(e) => return e,
                Step::Mark(e) => {
                    if !self.enclosed(start, e) {
                        return e;
                    }
                    i = e.max(i + 1);
                }
                Step::Continue(n) => i = n.max(i + 1),
            }
        }
        len
    }

    /// `!`, `?` and runs of them (`?!`, `!!`), at `i`, first mark ending at `first_end`.
    fn at_bang(&mut self, start: usize, i: usize, first_end: usize) -> Step {
        let text = self.text;
        let b = text.as_bytes();
        let mut j = first_end.max(i + 1);
        loop {
            match byte(b, j) {
                b'!' | b'?' | b'.' => j += 1,
                0xE2 if byte(b, j + 1) == 0x80 && byte(b, j + 2) == 0xA6 => j += 3,
                _ => break,
            }
        }
        let c_end = skip_closers(b, j);
        if c_end >= b.len() {
            return Step::Split(b.len());
        }
        if !is_space_at(b, c_end) {
            return Step::Continue(j);
        }
        let (next, breaks) = skip_space(b, c_end);
        if breaks >= 2 || next >= b.len() {
            return Step::Split(c_end);
        }
        if list_marker_at(b, next) {
            return Step::Mark(c_end);
        }
        if matches!(byte(b, next), b'(' | b'[') {
            // `house!' (Which was very likely true.)`: a parenthetical remark.
            return Step::Continue(c_end);
        }
        let after_dash = skip_dashes(b, next);
        if after_dash > next {
            // `voila! -- you have cake` goes on; `What do you see? - Posted like` does not.
            return match classify_char(char_at(text, after_dash)) {
                NextClass::Upper => Step::Mark(c_end),
                _ => Step::Continue(c_end),
            };
        }
        let nx = classify_next(text, next);
        if nx == NextClass::Upper && j == i + 1 && byte(b, i) == b'!' && c_end == j {
            // `Yahoo! Research`: a name spelled with `!` acts as an abbreviation.
            let mut s = i;
            while s > 0 && i - s < 24 && !is_space_at(b, s - 1) && opener_at(b, s - 1) == 0 {
                s -= 1;
            }
            if self
                .text
                .get(s..i)
                .is_some_and(|w| self.seg.exclamation_words.contains(w))
                && !(self.starter_at(next) && self.has_lower_word(start, s))
            {
                return Step::Continue(c_end);
            }
        }
        match nx {
            // `Yahoo! in`, `voila! -- you`
            NextClass::Lower | NextClass::Other => Step::Continue(c_end),
            NextClass::Upper | NextClass::Digit => Step::Mark(c_end),
        }
    }

    /// A closing quote mark at `i` (ending at `end`) right after a dash: speech broken off
    /// (`to--" At this moment`) ends the sentence before a capitalised word.
    fn at_broken_off_quote(&mut self, i: usize, end: usize) -> Step {
        let b = self.text.as_bytes();
        let dash_before = (i >= 2 && byte(b, i - 1) == b'-' && byte(b, i - 2) == b'-')
            || (i >= 3
                && byte(b, i - 3) == 0xE2
                && byte(b, i - 2) == 0x80
                && matches!(byte(b, i - 1), 0x93 | 0x94));
        if !dash_before || !is_space_at(b, end) {
            return Step::Continue(end);
        }
        let (next, breaks) = skip_space(b, end);
        if breaks >= 2 || next >= b.len() {
            return Step::Continue(end);
        }
        match classify_next(self.text, next) {
            NextClass::Upper => Step::Mark(end),
            _ => Step::Continue(end),
        }
    }

    /// A period, or a run of dots / an ellipsis, at `i`.
    fn at_dots(&mut self, start: usize, i: usize) -> Step {
        let text = self.text;
        let b = text.as_bytes();
        let len = b.len();
        let (run_end, dots, spaced) = dot_run(b, i);
        if dots <= 2 && !spaced {
            return self.at_period(start, i, run_end);
        }
        let prev = if i > start {
            char_before(text, i)
        } else {
            None
        };
        let attached = prev.is_some_and(|c| !c.is_whitespace() && !matches!(c, '[' | '('));
        let c_end = skip_closers(b, run_end);
        if matches!(prev, Some('[' | '(')) {
            return Step::Continue(c_end);
        }
        if c_end >= len {
            return Step::Split(len);
        }
        if !is_space_at(b, c_end) {
            return Step::Continue(run_end);
        }
        let (next, breaks) = skip_space(b, c_end);
        if breaks >= 2 || next >= len {
            return Step::Split(c_end);
        }
        let nx = classify_next(text, next);
        if dots < 4 {
            // A plain ellipsis: `. . .` never ends a sentence; `...` and `…` do before a
            // capitalised word.
            return if !spaced && nx == NextClass::Upper {
                Step::Mark(c_end)
            } else {
                Step::Continue(c_end)
            };
        }
        if nx == NextClass::Lower {
            return Step::Continue(c_end);
        }
        if attached && spaced && byte(b, i) == b'.' && byte(b, i + 1) == b' ' && c_end == run_end {
            // `word. . . . Next`: the period ends the sentence, the ellipsis opens the next.
            return Step::Mark(i + 1);
        }
        Step::Mark(c_end)
    }

    /// A single period at `i` (`run_end` is just past it, or past `..`).
    fn at_period(&mut self, start: usize, i: usize, run_end: usize) -> Step {
        let text = self.text;
        let b = text.as_bytes();
        let len = b.len();
        let c_end = skip_closers(b, run_end);
        if c_end >= len {
            return Step::Split(len);
        }
        if !is_space_at(b, c_end) {
            if c_end == run_end && self.glued_boundary(start, i) {
                return Step::Split(run_end);
            }
            return Step::Continue(run_end);
        }
        let (next, breaks) = skip_space(b, c_end);
        if breaks >= 2 || next >= len {
            return Step::Split(c_end);
        }
        let (class, tok_start) = self.word_before(start, i);
        let nx = classify_next(text, next);
        match class {
            WordClass::Prefix => Step::Continue(c_end),
            // `No. 1`, `Fig. ??`
            WordClass::Numeric if matches!(nx, NextClass::Digit | NextClass::Other) => {
                Step::Continue(c_end)
            }
            WordClass::Regular | WordClass::Numeric => {
                if nx == NextClass::Lower && !list_marker_at(b, next) {
                    Step::Continue(c_end)
                } else {
                    Step::Mark(c_end)
                }
            }
            WordClass::Time => {
                // `at 6 p.m. Travelers who ...` splits; `3 p.m. EDT`, `3 p.m. Tuesday`
                // and `At 5 a.m. Mr. Smith went` do not.
                if nx == NextClass::Upper
                    && !self.time_companion_at(next)
                    && self.has_lower_word(start, tok_start)
                {
                    Step::Mark(c_end)
                } else {
                    Step::Continue(c_end)
                }
            }
            WordClass::Ambiguous => {
                if nx == NextClass::Upper
                    && self.starter_at(next)
                    && self.has_lower_word(start, tok_start)
                {
                    Step::Mark(c_end)
                } else {
                    Step::Continue(c_end)
                }
            }
        }
    }

    /// Classifies the word that ends at the period at `i`; also returns where it starts.
    fn word_before(&self, start: usize, i: usize) -> (WordClass, usize) {
        let text = self.text;
        let b = text.as_bytes();
        const MAX: usize = 48;
        let floor = start.max(i.saturating_sub(MAX));
        let mut s = i;
        while s > floor && space_before(b, s) == 0 {
            s -= 1;
        }
        if s == floor && s > start && space_before(b, s) == 0 {
            return (WordClass::Regular, s); // a very long token: not an abbreviation
        }
        let tok_start = s;
        // Strip opening quote marks / brackets and other leading punctuation.
        loop {
            let n = opener_at(b, s);
            if n > 0 && s + n <= i {
                s += n;
            } else {
                break;
            }
        }
        let Some(word) = text.get(s..i) else {
            return (WordClass::Regular, tok_start);
        };
        if word.is_empty() {
            return (WordClass::Regular, tok_start);
        }
        if word.contains(['@', '/', ':']) {
            return (WordClass::Regular, tok_start);
        }
        if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
            return (WordClass::Time, tok_start);
        }
        if let Some(c) = self.lexicon_class(word) {
            return (c, tok_start);
        }
        if let Some(pos) = word.rfind(['-', '–', '(', '\'']) {
            let tail = word.get(pos..).unwrap_or("");
            let tail = tail
                .char_indices()
                .nth(1)
                .and_then(|(k, _)| tail.get(k..))
                .unwrap_or("");
            if let Some(c) = self.lexicon_class(tail) {
                return (c, tok_start);
            }
            if is_initials(tail) {
                return (WordClass::Ambiguous, tok_start);
            }
        }
        if is_initials(word) {
            return (WordClass::Ambiguous, tok_start);
        }
        (WordClass::Regular, tok_start)
    }

    fn lexicon_class(&self, word: &str) -> Option<WordClass> {
        if self.seg.prefix_abbreviations.contains(word) {
            Some(WordClass::Prefix)
        } else if self.seg.abbreviations.contains(word) {
            Some(WordClass::Ambiguous)
        } else if self.seg.numeric_abbreviations.contains(word) {
            Some(WordClass::Numeric)
        } else {
            None
        }
    }

    /// True when the word at `i` (after opening quote marks) is a sentence opener.
    fn starter_at(&self, i: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        let s = skip_openers(b, i);
        let mut e = s;
        while e < s + 24 && byte(b, e).is_ascii_alphabetic() {
            e += 1;
        }
        if e == s || byte(b, e).is_ascii_alphabetic() {
            return false;
        }
        let starters = &self.seg.sentence_starters;
        if byte(b, e) == b'.' {
            // "A." and "I." are initials, not openers; "Mr." is looked up with its period.
            return e - s > 1 && text.get(s..e + 1).is_some_and(|w| starters.contains(w));
        }
        text.get(s..e).is_some_and(|w| starters.contains(w))
    }

    /// True when the word at `i` commonly follows a time of day inside a sentence (`EDT`,
    /// `Tuesday`, `Jan.`).
    fn time_companion_at(&self, i: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        let mut e = i;
        while e < i + 16 && byte(b, e).is_ascii_alphabetic() {
            e += 1;
        }
        let Some(w) = text.get(i..e) else {
            return false;
        };
        (w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase()))
            || TIME_COMPANIONS.contains(&w)
            || (byte(b, e) == b'.' && self.seg.abbreviations.contains(w))
    }

    /// True when a sentence-final mark (with its closing marks, ending at `c_end`) sits inside
    /// a quotation or bracket that opened in this sentence and closes further on the same line
    /// before any new quotation opens: `“It is over. We go home,” he said.`,
    /// `[16: firma? 13:28]`. A stray mark with no closer ahead protects nothing.
    fn enclosed(&mut self, start: usize, c_end: usize) -> bool {
        self.update_quotes(start, c_end);
        let q = self.quotes;
        let (dq, sq, br) = (q.double, q.single, q.depth > 0);
        if !(dq || sq || br) {
            return false;
        }
        let key = (start, dq, sq, br);
        let cache = self.enclosure;
        if cache.key == key && cache.from <= c_end && c_end < cache.until {
            return cache.found;
        }
        let b = self.text.as_bytes();
        let cap = b.len().min(c_end.saturating_add(ENCLOSURE_REACH));
        let mut j = c_end;
        let mut found = false;
        while j < cap {
            let c = byte(b, j);
            let prev_space = space_before(b, j) > 0 || j == 0;
            let next_alnum = byte(b, j + 1).is_ascii_alphanumeric();
            // Some(true): a closer of an open kind; Some(false): a line end or a new opener.
            let hit = match c {
                b'\n' | b'\r' => Some(false),
                b')' | b']' if br => Some(true),
                b'(' | b'[' if br => Some(false),
                b'"' if dq => Some(!prev_space),
                b'\'' if sq && prev_space && !is_space_at(b, j + 1) => Some(false),
                b'\'' if sq && !prev_space && !next_alnum => Some(true),
                0xE2 if byte(b, j + 1) == 0x80 => match byte(b, j + 2) {
                    0x9C | 0x9E if dq => Some(false),
                    0x9D if dq => Some(true),
                    0x98 if sq => Some(false),
                    0x99 if sq && !byte(b, j + 3).is_ascii_alphanumeric() => Some(true),
                    _ => None,
                },
                0xC2 if dq && byte(b, j + 1) == 0xAB => Some(false),
                0xC2 if dq && byte(b, j + 1) == 0xBB => Some(true),
                _ => None,
            };
            if let Some(h) = hit {
                found = h;
                break;
            }
            j += 1;
        }
        self.enclosure = EnclosureCache {
            key,
            from: c_end,
            until: j.max(c_end + 1),
            found,
        };
        found
    }

    /// Advances the quote/bracket state of the sentence at `start` over `..upto`.
    fn update_quotes(&mut self, start: usize, upto: usize) {
        if self.quotes.sentence != start || self.quotes.scanned < start {
            self.quotes = QuoteState {
                sentence: start,
                scanned: start,
                ..QuoteState::default()
            };
        }
        let b = self.text.as_bytes();
        let mut q = self.quotes;
        let mut j = q.scanned;
        while j < upto {
            let c = byte(b, j);
            let prev_space = j == start || j == 0 || {
                let p = byte(b, j - 1);
                space_before(b, j) > 0 || matches!(p, b'(' | b'[' | b'-' | b':')
            };
            match c {
                b'(' | b'[' => q.depth = q.depth.saturating_add(1).min(8),
                b')' | b']' => q.depth = q.depth.saturating_sub(1),
                b'"' => q.double = prev_space,
                b'`' => q.single = true,
                b'\'' => {
                    if prev_space {
                        q.single = true;
                    } else if !byte(b, j + 1).is_ascii_alphanumeric() {
                        q.single = false;
                    }
                }
                0xE2 if byte(b, j + 1) == 0x80 => match byte(b, j + 2) {
                    0x9C | 0x9E => q.double = true,
                    0x9D => q.double = false,
                    0x98 => q.single = true,
                    0x99 if !byte(b, j + 3).is_ascii_alphanumeric() => q.single = false,
                    _ => {}
                },
                0xC2 if byte(b, j + 1) == 0xAB => q.double = true,
                0xC2 if byte(b, j + 1) == 0xBB => q.double = false,
                _ => {}
            }
            j += 1;
        }
        q.scanned = j.max(q.scanned);
        self.quotes = q;
    }

    /// True when the sentence from `start` to `upto` has a word starting in lower case.
    fn has_lower_word(&mut self, start: usize, upto: usize) -> bool {
        let b = self.text.as_bytes();
        if self.lower.sentence != start || self.lower.scanned < start {
            self.lower = LowerCache {
                sentence: start,
                scanned: start,
                found: false,
            };
        }
        if self.lower.found {
            return true;
        }
        let mut j = self.lower.scanned;
        while j < upto {
            let c = byte(b, j);
            if c.is_ascii_lowercase() {
                let p = if j == 0 { b' ' } else { byte(b, j - 1) };
                if j == start || space_before(b, j) > 0 || matches!(p, b'"' | b'\'' | b'(') {
                    self.lower.found = true;
                    break;
                }
            }
            j += 1;
        }
        self.lower.scanned = j.max(self.lower.scanned);
        self.lower.found
    }

    /// `world.Today`: two sentences glued without a space, at the period `i`.
    fn glued_boundary(&mut self, start: usize, i: usize) -> bool {
        let b = self.text.as_bytes();
        if !(byte(b, i + 1).is_ascii_uppercase() && byte(b, i + 2).is_ascii_lowercase()) {
            return false;
        }
        // The part before the period: letters or digits (with commas), two or more.
        let mut s = i;
        let mut lower = false;
        let mut digit = false;
        while s > start && i - s < 32 {
            let c = byte(b, s - 1);
            if c.is_ascii_lowercase() {
                lower = true;
            } else if c.is_ascii_digit() {
                digit = true;
            } else if !(c.is_ascii_uppercase() || (c == b',' && digit)) {
                break;
            }
            s -= 1;
        }
        if i - s < 2 || !(lower || digit) {
            return false;
        }
        if s > start && !is_space_at(b, s - 1) && byte(b, s - 1) != b'.' {
            // Part of a longer token such as `a_b.Cd` or `x-y.Com`.
            if !matches!(byte(b, s - 1), b'"' | b'(' | b'\'') {
                return false;
            }
        }
        if self
            .text
            .get(s..i)
            .is_some_and(|w| self.lexicon_class(w).is_some())
        {
            return false;
        }
        !self.token_is_urlish(i)
    }

    /// True when the white-space-delimited token around `i` looks like a URL, an e-mail
    /// address or a file path. Cached per token, so long tokens are scanned once.
    fn token_is_urlish(&mut self, i: usize) -> bool {
        if self.token.start <= i && i < self.token.end {
            return self.token.urlish;
        }
        let b = self.text.as_bytes();
        let mut s = i;
        while s > 0 && space_before(b, s) == 0 {
            s -= 1;
        }
        let mut e = i;
        while e < b.len() && !is_space_at(b, e) {
            e += 1;
        }
        let tok = b.get(s..e).unwrap_or(&[]);
        let urlish = tok
            .iter()
            .any(|&c| matches!(c, b'@' | b'/' | b'\\' | b':' | b'_' | b'=' | b'#'))
            || tok.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."));
        self.token = TokenCache {
            start: s,
            end: e,
            urlish,
        };
        urlish
    }

    /// A line break at `i` inside the sentence that starts at `start`.
    fn at_line_break(&mut self, start: usize, i: usize) -> Step {
        let text = self.text;
        let b = text.as_bytes();
        let (next, breaks) = skip_space(b, i);
        if next >= b.len() {
            return Step::Split(i);
        }
        if breaks >= 2 {
            return Step::Split(i);
        }
        if breaks == 0 {
            // `\r` of a `\r\n`: the `\n` decides.
            return Step::Continue(i + 1);
        }
        if self.line_continues(start, i, next) {
            Step::Continue(next)
        } else {
            Step::Split(i)
        }
    }

    /// Whether the line that breaks at `nl` runs on into the line starting at `next`.
    fn line_continues(&self, start: usize, nl: usize, next: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        let mut e = nl;
        let mut trailing_space = false;
        loop {
            let n = space_before(b, e);
            if n == 0 || e - n < start {
                break;
            }
            if !matches!(byte(b, e - 1), b'\r' | b'\n') {
                trailing_space = true;
            }
            e -= n;
        }
        if e <= start {
            return true;
        }
        // A new list item or bullet starts a new unit.
        if bullet_at(b, next) > 0
            || (matches!(byte(b, next), b'-' | b'*' | b'+') && is_space_at(b, next + 1))
        {
            return false;
        }
        let last = char_before(text, e).unwrap_or(' ');
        if matches!(last, ',' | ';' | '(' | '[' | '&' | '-' | '–' | '—') {
            return true;
        }
        // A line that ends a sentence with a mark (before any closing quotes or brackets)
        // ends here, unless the mark belongs to a title or an initial ("Mr.\nSmith").
        let mut t = e;
        while t > start {
            let n = closer_before(b, t);
            if n == 0 || t - n < start {
                break;
            }
            t -= n;
        }
        match char_before(text, t) {
            Some('.') if t > start => {
                let (class, tok) = self.word_before(start, t - 1);
                let initial = text
                    .get(tok..t - 1)
                    .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
                    .is_some_and(|w| w.chars().count() == 1);
                match class {
                    WordClass::Prefix => return true,
                    WordClass::Ambiguous if initial => return true,
                    WordClass::Ambiguous => {}
                    _ => return false,
                }
            }
            Some('!' | '?' | '…') => return false,
            _ => {}
        }
        if last.is_ascii_lowercase() {
            let mut s = e;
            while s > start && e - s < 12 && byte(b, s - 1).is_ascii_lowercase() {
                s -= 1;
            }
            let at_word_start = s == start || !byte(b, s - 1).is_ascii_alphanumeric();
            if at_word_start
                && text
                    .get(s..e)
                    .is_some_and(|w| CONTINUATION_WORDS.contains(&w))
            {
                return true;
            }
        }
        if list_marker_at(b, next) {
            return false;
        }
        let nx = classify_next(text, next);
        if trailing_space && nx != NextClass::Upper {
            // A soft line break (a space before the break, as in format=flowed text).
            return true;
        }
        if nx == NextClass::Lower {
            // A hard-wrapped sentence continues in lower case. Lines that themselves start in
            // lower case are list entries ("features\ncontact manager"), and a line of few
            // lower-case words is a heading or a menu entry ("Travel\nevents").
            return classify_char(char_at(text, skip_openers(b, start))) != NextClass::Lower
                && lower_words_before(b, start, e, 3);
        }
        false
    }
}

/// True when at least `need` words starting in lower case lie in `start..e`, looking back
/// at most 200 bytes.
fn lower_words_before(b: &[u8], start: usize, e: usize, need: usize) -> bool {
    let floor = start.max(e.saturating_sub(200));
    let mut count = 0;
    let mut j = e;
    while j > floor {
        j -= 1;
        let c = byte(b, j);
        let word_start = j == floor || space_before(b, j) > 0;
        if c.is_ascii_lowercase() && word_start {
            count += 1;
            if count >= need {
                return true;
            }
        }
    }
    false
}

/// `U.S`, `a.m`, `Ph.D`, `J.R.R`, or a single letter (`F`, `p`): initials by shape.
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    let mut segments = 0;
    for seg in word.split('.') {
        let n = seg.len();
        if n == 0 || n > 2 || !seg.bytes().all(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        segments += 1;
    }
    segments >= 2
}
