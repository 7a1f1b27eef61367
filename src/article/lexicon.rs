//! Lexicons: the data files under `lexicons/`, compiled in, plus user entries.
//!
//! Phrase lexicons are matched on *normalized words*: lower case, letters and digits kept,
//! apostrophes kept, every other character a separator, and tokens made only of digits
//! dropped (so "Top 10 Stories" reads `top stories`). A normalized line is stored as
//! `" w1 w2 ... "` (leading and trailing space) so that word-boundary containment is a plain
//! substring test.

use super::BoilerplateReason;
use std::collections::HashMap;
use std::sync::OnceLock;

const AGENCIES: &str = include_str!("../../lexicons/agencies.txt");
const BOILERPLATE: &str = include_str!("../../lexicons/boilerplate.txt");
const CREDITS: &str = include_str!("../../lexicons/credits.txt");
const NOTES: &str = include_str!("../../lexicons/notes.txt");
const BYLINES: &str = include_str!("../../lexicons/bylines.txt");
const MONTHS: &str = include_str!("../../lexicons/months.txt");

/// How a phrase pattern is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Anywhere in the line (word boundaries respected).
    Contains,
    /// At the start of the line.
    Start,
    /// After the line's first word.
    AfterFirstWord,
    /// The whole line.
    Whole,
}

/// One compiled phrase pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    pub anchor: Anchor,
    /// Normalized phrase, `" w1 w2 "`.
    pub norm: String,
    /// The phrase has several words.
    pub multi: bool,
}

impl Pattern {
    /// Parses `=phrase`, `^phrase`, `^* phrase` or `phrase`.
    fn parse(entry: &str) -> Option<Pattern> {
        let e = entry.trim();
        let (anchor, rest) = if let Some(r) = e.strip_prefix("^*") {
            (Anchor::AfterFirstWord, r)
        } else if let Some(r) = e.strip_prefix('^') {
            (Anchor::Start, r)
        } else if let Some(r) = e.strip_prefix('=') {
            (Anchor::Whole, r)
        } else {
            (Anchor::Contains, e)
        };
        let mut norm = String::new();
        normalize_into(rest, &mut norm);
        if norm.len() <= 2 {
            return None;
        }
        let multi = norm.trim().contains(' ');
        Some(Pattern {
            anchor,
            norm,
            multi,
        })
    }
}

/// Writes the normalized words of `s` into `out` (cleared first) as `" w1 w2 "`; returns the
/// number of words. Digit-only tokens are dropped.
pub(crate) fn normalize_into(s: &str, out: &mut String) -> usize {
    normalize_words_into(s, out, usize::MAX)
}

/// [`normalize_into`] stopping after the first `limit` words: `out` is then the start of the
/// whole normalization, up to and including the space after its word `limit`.
pub(crate) fn normalize_words_into(s: &str, out: &mut String, limit: usize) -> usize {
    out.clear();
    out.push(' ');
    let mut words = 0;
    let mut word_start = out.len();
    let mut in_word = false;
    let mut all_digits = true;
    // ends the current word: 1 when it is kept (not all digits)
    let close = |out: &mut String, in_word: &mut bool, all_digits: &mut bool, ws: usize| {
        let mut kept = 0;
        if *in_word {
            if *all_digits {
                out.truncate(ws);
            } else {
                out.push(' ');
                kept = 1;
            }
        }
        *in_word = false;
        *all_digits = true;
        kept
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = bytes.get(i) {
        // ASCII letters and digits: no decoding, lower-cased from the byte
        if x.is_ascii_alphanumeric() {
            if !in_word {
                in_word = true;
                word_start = out.len();
            }
            if !x.is_ascii_digit() {
                all_digits = false;
            }
            out.push(char::from(x.to_ascii_lowercase()));
            i += 1;
            continue;
        }
        if x.is_ascii() && x != b'\'' {
            words += close(out, &mut in_word, &mut all_digits, word_start);
            if words >= limit {
                return words;
            }
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        i += c.len_utf8();
        let c = if c == '\u{2019}' || c == '\u{2018}' {
            '\''
        } else {
            c
        };
        if c.is_alphanumeric() || (c == '\'' && in_word) {
            if !in_word {
                in_word = true;
                word_start = out.len();
            }
            if !c.is_ascii_digit() {
                all_digits = false;
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if c.is_lowercase() {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            words += close(out, &mut in_word, &mut all_digits, word_start);
            if words >= limit {
                return words;
            }
        }
    }
    words + close(out, &mut in_word, &mut all_digits, word_start)
}

/// The first two normalized words of `raw` (empty when missing) before lower-casing, when
/// they can be read off the bytes: each word a run of ASCII letters and digits, not only
/// digits, after separators and before a separator or the end of `raw`. A separator is
/// an ASCII char other than a letter or digit, or a char beyond ASCII that is not
/// alphanumeric (curly quotes, dashes, NBSP); a curly apostrophe separates only outside a
/// word. `None` otherwise (then normalize).
fn first_ascii_words(raw: &str) -> Option<[&[u8]; 2]> {
    let b = raw.as_bytes();
    // the char at `i` beyond ASCII, when it separates words here
    let separates = |i: usize, in_word: bool| {
        raw.get(i..)
            .and_then(|r| r.chars().next())
            .filter(|&c| {
                !(c.is_alphanumeric() || (in_word && matches!(c, '\u{2018}' | '\u{2019}')))
            })
            .map(char::len_utf8)
    };
    let mut i = 0;
    let mut words: [&[u8]; 2] = [&[], &[]];
    for w in &mut words {
        while let Some(&x) = b.get(i) {
            if x.is_ascii_alphanumeric() {
                break;
            }
            i += if x.is_ascii() {
                1
            } else {
                separates(i, false)?
            };
        }
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        // the word goes on through an apostrophe or an alphanumeric char beyond ASCII
        match b.get(i) {
            Some(b'\'') => return None,
            Some(&x) if !x.is_ascii() => {
                separates(i, true)?;
            }
            _ => {}
        }
        *w = b.get(start..i)?;
        if !w.is_empty() && w.iter().all(u8::is_ascii_digit) {
            return None;
        }
    }
    Some(words)
}

/// FNV-1a hasher for the small word indexes.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<Fnv>>;

/// First words of patterns that may match at one class of word positions, with a bit set
/// over (first two bytes, length) that rejects most other words before hashing them.
#[derive(Debug, Clone, Default)]
struct WordIndex {
    map: FnvMap<Vec<usize>>,
    heads: [u64; 32],
}

impl WordIndex {
    fn head_bit(word: &str) -> usize {
        Self::head_bit_of(word.as_bytes())
    }

    fn head_bit_of(b: &[u8]) -> usize {
        let (b0, b1) = (
            b.first().copied().unwrap_or(0),
            b.get(1).copied().unwrap_or(0),
        );
        (usize::from(b0) * 31 + usize::from(b1) * 7 + b.len() * 131) & 2047
    }

    fn insert(&mut self, word: &str, entry: usize) {
        let b = Self::head_bit(word);
        if let Some(h) = self.heads.get_mut(b / 64) {
            *h |= 1 << (b % 64);
        }
        // (a key is allocated only when it is new)
        match self.map.get_mut(word) {
            Some(entries) => entries.push(entry),
            None => {
                self.map.insert(word.to_string(), vec![entry]);
            }
        }
    }

    fn has_bit(&self, b: usize) -> bool {
        self.heads
            .get(b / 64)
            .is_some_and(|h| h & (1 << (b % 64)) != 0)
    }

    /// The patterns starting with the lower-cased ASCII `word`: lower-cased into a small
    /// buffer (longer words start no pattern of the lexicons; they take the map's way).
    fn get_ascii_ci(&self, word: &[u8]) -> Option<&Vec<usize>> {
        let mut lower = [0u8; 32];
        let Some(l) = lower.get_mut(..word.len()) else {
            return std::str::from_utf8(word)
                .ok()
                .and_then(|w| self.get(&w.to_ascii_lowercase()));
        };
        for (d, x) in l.iter_mut().zip(word) {
            *d = x.to_ascii_lowercase();
        }
        if !self.has_bit(Self::head_bit_of(l)) {
            return None;
        }
        std::str::from_utf8(l).ok().and_then(|w| self.map.get(w))
    }

    #[inline]
    fn get(&self, word: &str) -> Option<&Vec<usize>> {
        if self.has_bit(Self::head_bit(word)) {
            self.map.get(word)
        } else {
            None
        }
    }
}

/// A string of ASCII letters that the raw text of a line must contain (ignoring ASCII case)
/// for a `Contains` pattern to match its normalized words, and the index of its rarest
/// letter (searched first).
#[derive(Debug, Clone)]
struct Needle {
    lower: Vec<u8>,
    pivot: usize,
}

/// English letters from the most to the least frequent.
const LETTER_FREQ: &[u8] = b"etaonrishdlfcmugypwbvkjxqz";

impl Needle {
    /// The longest run of ASCII letters other than `i` and `k` in a normalized pattern (at
    /// least three letters). In a normalized line such a run can only come from the same
    /// letters, in either case, next to each other in the raw text: no other character
    /// lower-cases to ASCII letters except U+0130 (to `i` and a combining dot) and U+212A
    /// KELVIN SIGN (to `k`).
    fn of(norm: &str) -> Option<Needle> {
        let usable = |b: &u8| b.is_ascii_lowercase() && *b != b'i' && *b != b'k';
        let best = norm
            .as_bytes()
            .split(|b| !usable(b))
            .max_by_key(|r| r.len())
            .filter(|r| r.len() >= 3)?;
        let rank = |b: &u8| LETTER_FREQ.iter().position(|f| f == b).unwrap_or(0);
        let pivot = (0..best.len()).max_by_key(|&i| best.get(i).map_or(0, rank))?;
        Some(Needle {
            lower: best.to_vec(),
            pivot,
        })
    }

    /// True when `hay` contains the needle, ignoring ASCII case.
    fn found_in(&self, hay: &[u8]) -> bool {
        let p = self.lower.get(self.pivot).copied().unwrap_or(0);
        memchr::memchr2_iter(p, p.to_ascii_uppercase(), hay).any(|i| {
            i.checked_sub(self.pivot)
                .and_then(|a| hay.get(a..a + self.lower.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case(&self.lower))
        })
    }
}

/// Phrase patterns with a payload, indexed by their first word so that matching a line costs
/// one hash lookup per word of the line.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<T> {
    pub entries: Vec<(T, Pattern)>,
    /// First words of the patterns that may match at the first word of a line (whole-line,
    /// start and contains patterns), at the second (after-first-word and contains patterns)
    /// and further on (contains patterns).
    index: [WordIndex; 3],
    /// One needle per contains pattern; `None` when some contains pattern has none.
    needles: Option<Vec<Needle>>,
    /// How many leading words of a line decide every pattern that is not a contains one.
    lead_words: usize,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            entries: Vec::new(),
            index: Default::default(),
            needles: Some(Vec::new()),
            lead_words: 0,
        }
    }
}

impl<T: Copy> PhraseSet<T> {
    pub fn push(&mut self, value: T, p: Pattern) {
        let first = p.norm.split_whitespace().next().unwrap_or("");
        let n = p.norm.split_whitespace().count();
        let e = self.entries.len();
        let [at_first, at_second, later] = &mut self.index;
        match p.anchor {
            Anchor::Start => {
                at_first.insert(first, e);
                self.lead_words = self.lead_words.max(n);
            }
            // one word more: whether the line goes on after the pattern's words
            Anchor::Whole => {
                at_first.insert(first, e);
                self.lead_words = self.lead_words.max(n + 1);
            }
            Anchor::AfterFirstWord => {
                at_second.insert(first, e);
                self.lead_words = self.lead_words.max(n + 1);
            }
            Anchor::Contains => {
                at_first.insert(first, e);
                at_second.insert(first, e);
                later.insert(first, e);
                let needle = Needle::of(&p.norm);
                if let (Some(list), Some(nd)) = (self.needles.as_mut(), needle.clone()) {
                    list.push(nd);
                }
                if needle.is_none() {
                    self.needles = None;
                }
            }
        }
        self.entries.push((value, p));
    }

    /// False when no contains pattern can match the normalized words of the raw text `raw`
    /// (a necessary condition checked without normalizing it).
    pub fn may_contain(&self, raw: &str) -> bool {
        self.needles
            .as_ref()
            .is_none_or(|l| l.iter().any(|n| n.found_in(raw.as_bytes())))
    }

    /// How many leading words of a normalized line decide the patterns that are not
    /// contains patterns (see [`normalize_words_into`]).
    pub fn lead_words(&self) -> usize {
        self.lead_words
    }

    /// False when no pattern can match the normalized line `norm` (at least its first two
    /// words) at its first or second word: neither word starts a pattern that may match
    /// there.
    pub fn may_start(&self, norm: &str) -> bool {
        let mut words = norm.split(' ').skip(1);
        let (w0, w1) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let [at_first, at_second, _] = &self.index;
        at_first.get(w0).is_some() || at_second.get(w1).is_some()
    }

    /// [`may_start`](Self::may_start) given the first two normalized words (empty when
    /// missing) as ASCII letters and digits in any case.
    pub fn may_start_with_ascii(&self, w0: &[u8], w1: &[u8]) -> bool {
        let [at_first, at_second, _] = &self.index;
        // a pattern of several words at the first word also needs its second word there
        // (the pattern reads `" w0 p1 ... "`: its second word starts after `w0` and a space)
        let second_fits = |e: &usize| {
            self.entries.get(*e).is_some_and(|(_, p)| {
                let rest = p.norm.as_bytes().get(w0.len() + 2..).unwrap_or(&[]);
                rest.is_empty()
                    || (rest
                        .get(..w1.len())
                        .is_some_and(|x| x.eq_ignore_ascii_case(w1))
                        && rest.get(w1.len()) == Some(&b' '))
            })
        };
        at_first
            .get_ascii_ci(w0)
            .is_some_and(|c| c.iter().any(second_fits))
            || at_second.get_ascii_ci(w1).is_some()
    }

    /// The payload of the earliest entry matching the normalized `norm` for which `allowed`
    /// holds. With `starts_only`, only the first two words of the line are looked up (enough
    /// for start-anchored patterns).
    pub fn find(
        &self,
        norm: &str,
        starts_only: bool,
        allowed: impl Fn(T, &Pattern) -> bool,
    ) -> Option<T> {
        let mut best: Option<usize> = None;
        let mut pos = 1;
        let mut k = 0;
        let later = self.index.get(2).is_some_and(|x| !x.map.is_empty());
        while pos < norm.len() && !((starts_only || !later) && k > 1) {
            let rest = norm.get(pos..).unwrap_or("");
            // (words are short: a plain loop costs less than a call to memchr)
            let wlen = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
            let word = rest.get(..wlen).unwrap_or("");
            let here = norm.get(pos - 1..).unwrap_or("");
            let index = self.index.get(k.min(2));
            if let Some(cands) = index.and_then(|x| x.get(word)) {
                for &i in cands {
                    if best.is_some_and(|b| b <= i) {
                        break;
                    }
                    let Some((v, p)) = self.entries.get(i) else {
                        continue;
                    };
                    let hit = match p.anchor {
                        Anchor::Whole => k == 0 && norm == p.norm,
                        Anchor::Start => k == 0 && norm.starts_with(p.norm.as_str()),
                        Anchor::AfterFirstWord => k == 1 && here.starts_with(p.norm.as_str()),
                        Anchor::Contains => here.starts_with(p.norm.as_str()),
                    };
                    if hit && allowed(*v, p) {
                        best = Some(i);
                    }
                }
            }
            pos += wlen + 1;
            k += 1;
        }
        best.and_then(|i| self.entries.get(i)).map(|(v, _)| *v)
    }
}

/// The compiled lexicons used by the article parser.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicons {
    /// Agency names (as written; compared case-insensitively).
    pub agencies: Vec<String>,
    /// Indexes into `agencies` by byte length (equal strings, in any ASCII case, have equal
    /// lengths).
    agencies_by_len: Vec<Vec<usize>>,
    pub boilerplate: PhraseSet<BoilerplateReason>,
    pub credits: PhraseSet<()>,
    pub notes: PhraseSet<()>,
    pub roles: PhraseSet<()>,
    /// Lower-case month/weekday words.
    pub months: Vec<String>,
}

/// Non-comment, non-empty lines of a lexicon file.
pub(crate) fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicons {
    /// The built-in lexicons, compiled once.
    pub fn builtin() -> &'static Lexicons {
        static BUILTIN: OnceLock<Lexicons> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut l = Lexicons::default();
            l.add_agencies(entries(AGENCIES));
            l.add_boilerplate(entries(BOILERPLATE));
            l.add_credits(entries(CREDITS));
            l.add_notes(entries(NOTES));
            l.add_roles(entries(BYLINES));
            l.months = entries(MONTHS).map(|m| m.to_lowercase()).collect();
            l
        })
    }

    pub fn add_agencies<'s>(&mut self, it: impl IntoIterator<Item = &'s str>) {
        self.agencies
            .extend(it.into_iter().map(|s| s.trim().to_string()));
        self.agencies.retain(|s| !s.is_empty());
        self.agencies_by_len.clear();
        for (i, a) in self.agencies.iter().enumerate() {
            if self.agencies_by_len.len() <= a.len() {
                self.agencies_by_len.resize(a.len() + 1, Vec::new());
            }
            if let Some(l) = self.agencies_by_len.get_mut(a.len()) {
                l.push(i);
            }
        }
    }

    /// Entries in `reason: pattern` form; entries with an unknown reason are filed under
    /// [`BoilerplateReason::Phrase`].
    pub fn add_boilerplate<'s>(&mut self, it: impl IntoIterator<Item = &'s str>) {
        for e in it {
            let (reason, pat) = match e.split_once(':') {
                Some((r, p)) => match BoilerplateReason::from_name(r.trim()) {
                    Some(reason) => (reason, p),
                    None => (BoilerplateReason::Phrase, e),
                },
                None => (BoilerplateReason::Phrase, e),
            };
            if let Some(p) = Pattern::parse(pat) {
                self.boilerplate.push(reason, p);
            }
        }
    }

    pub fn add_credits<'s>(&mut self, it: impl IntoIterator<Item = &'s str>) {
        for p in it.into_iter().filter_map(Pattern::parse) {
            self.credits.push((), p);
        }
    }

    pub fn add_notes<'s>(&mut self, it: impl IntoIterator<Item = &'s str>) {
        for p in it.into_iter().filter_map(Pattern::parse) {
            self.notes.push((), p);
        }
    }

    pub fn add_roles<'s>(&mut self, it: impl IntoIterator<Item = &'s str>) {
        for p in it.into_iter().filter_map(Pattern::parse) {
            self.roles.push((), p);
        }
    }

    /// The same lexicons with the raw-text needles of the note patterns dropped: every unit
    /// then takes the full normalization (the slow path the fast ones must agree with).
    #[cfg(test)]
    pub fn without_needles(&self) -> Lexicons {
        let mut l = self.clone();
        l.notes.needles = None;
        l
    }

    /// True when `s` (trimmed) is an agency name as listed, or in capitals (`REUTERS`).
    pub fn is_agency(&self, s: &str) -> bool {
        let s = s.trim();
        let Some(same_len) = self.agencies_by_len.get(s.len()).filter(|l| !l.is_empty()) else {
            return false;
        };
        let caps = !s.bytes().any(|b| b.is_ascii_lowercase());
        same_len
            .iter()
            .filter_map(|&i| self.agencies.get(i))
            .any(|a| a == s || (caps && a.eq_ignore_ascii_case(s)))
    }

    /// True when `s` is one or more agency names joined by `-`, `/` or `,` (e.g. `AFP-Yonhap`,
    /// `EPA/Yonhap`).
    pub fn is_agency_list(&self, s: &str) -> bool {
        let s = s.trim();
        if s.is_empty() || s.len() > 60 {
            return false;
        }
        if self.is_agency(s) {
            return true;
        }
        // without a separator the only part is `s` itself
        if memchr::memchr3(b'/', b'-', b',', s.as_bytes()).is_none() {
            return false;
        }
        let mut any = false;
        for part in s.split(['/', '-', ',']) {
            if !self.is_agency(part) {
                return false;
            }
            any = true;
        }
        any
    }

    /// True when the lower-cased word `w` (trailing period ignored) is a month or weekday.
    pub fn is_month(&self, w: &str) -> bool {
        let w = w.trim_end_matches('.');
        !w.is_empty() && self.months.iter().any(|m| m.eq_ignore_ascii_case(w))
    }

    /// The boilerplate reason for a normalized line of `words` words (`terminal`: it ends
    /// like a sentence), if any. See `lexicons/boilerplate.txt` for where patterns apply.
    pub fn boilerplate_reason(
        &self,
        norm: &str,
        words: usize,
        terminal: bool,
    ) -> Option<BoilerplateReason> {
        let phrase_ok = words <= 12 && (!terminal || words <= 6);
        let allowed = |reason: BoilerplateReason, p: &Pattern| {
            let long_ok = matches!(
                reason,
                BoilerplateReason::Copyright | BoilerplateReason::Cookie
            ) && words <= 64;
            match p.anchor {
                Anchor::Whole => true,
                Anchor::Start | Anchor::AfterFirstWord => {
                    phrase_ok
                        || (p.multi && words <= 12)
                        || (reason == BoilerplateReason::Copyright && words <= 30)
                }
                Anchor::Contains if p.multi => phrase_ok || long_ok,
                Anchor::Contains => phrase_ok,
            }
        };
        self.boilerplate.find(norm, words > 64, allowed)
    }

    /// True when a normalized line of `words` words matches a note pattern (patterns that are
    /// not anchored at the start apply to lines of at most 25 words).
    pub fn is_note(&self, norm: &str, words: usize) -> bool {
        self.notes
            .find(norm, words > 25, |(), p| {
                p.anchor != Anchor::Contains || words <= 25
            })
            .is_some()
    }

    /// [`is_note`](Self::is_note) for a line whose raw text fails
    /// `notes.may_contain`: only patterns anchored at the start can match, and they are
    /// decided by the first `notes.lead_words()` words of `norm` (the words count of the line
    /// then changes nothing).
    pub fn is_note_at_start(&self, norm: &str) -> bool {
        self.notes
            .find(norm, true, |(), p| p.anchor != Anchor::Contains)
            .is_some()
    }

    /// [`is_note_at_start`](Self::is_note_at_start) on the raw text `raw`, normalized into
    /// `buf`: two words first, which usually rule every pattern out, then as many as needed.
    pub fn is_note_at_start_of(&self, raw: &str, buf: &mut String) -> bool {
        let may_start = match first_ascii_words(raw) {
            Some([w0, w1]) => self.notes.may_start_with_ascii(w0, w1),
            None => {
                normalize_words_into(raw, buf, 2);
                self.notes.may_start(buf)
            }
        };
        if !may_start {
            return false;
        }
        normalize_words_into(raw, buf, self.notes.lead_words());
        self.is_note_at_start(buf)
    }

    /// True when a normalized segment matches a photo-credit pattern.
    pub fn is_credit_phrase(&self, norm: &str) -> bool {
        self.credits.find(norm, false, |(), _| true).is_some()
    }

    /// True when a normalized segment names an author's role or affiliation.
    pub fn is_role(&self, norm: &str) -> bool {
        self.roles.find(norm, false, |(), _| true).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random texts over `alphabet`, `n` of them, of up to `max` pieces.
    fn random_texts(alphabet: &[&str], n: usize, max: usize) -> Vec<String> {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..n)
            .map(|_| {
                let len = (next() % (max as u64 + 1)) as usize;
                (0..len)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn only_u0130_and_kelvin_sign_lower_case_to_ascii_letters() {
        // the needles of contains patterns rely on it (see `Needle::of`)
        for c in (0x80u32..0x11_0000).filter_map(char::from_u32) {
            if !c.is_alphanumeric() || c.is_lowercase() {
                continue;
            }
            for l in c.to_lowercase().filter(char::is_ascii_alphabetic) {
                assert!(
                    matches!((c, l), ('\u{130}', 'i') | ('\u{212a}', 'k')),
                    "U+{:04X} lower-cases to {l:?}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn first_ascii_words_are_the_first_normalized_words() {
        let alphabet = [
            "Editor",
            "'s",
            "’",
            " ",
            "  ",
            "note",
            ":",
            "7",
            "42",
            "x7",
            "-",
            "é",
            "Kim",
            "THIS",
            "story",
            "is",
            "A",
            "\u{a0}",
            "'",
            "abcdefghijklmnopqrstuvwxyz",
            "A",
            ".",
            "\t",
        ];
        let mut norm = String::new();
        let mut hits = 0;
        let notes = &Lexicons::builtin().notes;
        for t in random_texts(&alphabet, 20_000, 6) {
            normalize_into(&t, &mut norm);
            let mut words = norm.split(' ').skip(1);
            let want = [words.next().unwrap_or(""), words.next().unwrap_or("")];
            if let Some([w0, w1]) = first_ascii_words(&t) {
                let got = [w0, w1].map(|w| String::from_utf8_lossy(w).to_ascii_lowercase());
                assert_eq!(got, want, "{t:?}");
                // a necessary condition of a note at the start, stricter than `may_start`
                let fast = notes.may_start_with_ascii(w0, w1);
                assert!(!fast || notes.may_start(&norm), "{t:?}");
                if !fast {
                    assert!(!Lexicons::builtin().is_note_at_start(&norm), "{t:?}");
                }
                hits += 1;
            }
        }
        assert!(hits > 2000, "{hits}");
    }

    #[test]
    fn start_words_decide_notes_when_no_contains_needle_is_found() {
        let l = Lexicons::builtin();
        let alphabet = [
            "Editor's",
            " ",
            "note",
            ":",
            "contributed",
            "to",
            "this",
            "report",
            "REPORT",
            "reporting",
            "Reporting",
            "by",
            "DPRK",
            "stands",
            "for",
            "is",
            "short",
            "the",
            "a",
            "version",
            "of",
            "An",
            "earlier",
            "7",
            ".",
            "\u{130}",
            "\u{212a}",
            "’",
            "Kim",
            "repórt",
            "-",
            "\u{a0}",
        ];
        let (mut full, mut lead) = (String::new(), String::new());
        let (mut fast, mut fast_notes) = (0, 0);
        for t in random_texts(&alphabet, 20_000, 24) {
            let words = normalize_into(&t, &mut full).min(64);
            let slow = l.is_note(&full, words);
            if !l.notes.may_contain(&t) {
                fast += 1;
                normalize_words_into(&t, &mut lead, l.notes.lead_words());
                assert!(full.starts_with(lead.as_str()), "{t:?}");
                assert_eq!(l.is_note_at_start(&lead), slow, "{t:?}");
                let mut two = String::new();
                assert_eq!(l.is_note_at_start_of(&t, &mut two), slow, "{t:?}");
                fast_notes += usize::from(slow);
            }
            // a long unit: its first 64 bytes count as 64 words
            let head = t.get(..t.len().min(64)).unwrap_or(&t);
            if head.len() == t.len().min(64) {
                normalize_into(head, &mut full);
                normalize_words_into(head, &mut lead, l.notes.lead_words());
                assert_eq!(l.is_note_at_start(&lead), l.is_note(&full, 64), "{t:?}");
            }
        }
        assert!(fast > 1000 && fast_notes > 10, "{fast} {fast_notes}");
    }

    #[test]
    fn normalization_drops_numbers_and_punctuation() {
        let mut s = String::new();
        assert_eq!(normalize_into("Top 10 Stories!", &mut s), 2);
        assert_eq!(s, " top stories ");
        normalize_into("Editor’s Note: x", &mut s);
        assert_eq!(s, " editor's note x ");
    }

    #[test]
    fn agency_index_agrees_with_a_scan_of_the_list() {
        let mut l = Lexicons::builtin().clone();
        l.add_agencies(["Newsroom Wire", "ÉFE", "x"]);
        let plain = |s: &str| {
            let s = s.trim();
            let caps = !s.bytes().any(|b| b.is_ascii_lowercase());
            !s.is_empty()
                && l.agencies
                    .iter()
                    .any(|a| a == s || (caps && a.eq_ignore_ascii_case(s)))
        };
        let mut probes: Vec<String> = Vec::new();
        for a in &l.agencies {
            probes.extend([
                a.clone(),
                a.to_ascii_uppercase(),
                a.to_ascii_lowercase(),
                format!(" {a} "),
                format!("{a}s"),
                a.get(1..).unwrap_or("").to_string(),
            ]);
        }
        probes.extend(["".into(), " ".into(), "X".into(), "éfe".into()]);
        for p in &probes {
            assert_eq!(l.is_agency(p), plain(p), "{p:?}");
        }
    }

    #[test]
    fn builtin_lexicons_load() {
        let l = Lexicons::builtin();
        assert!(l.is_agency("Yonhap") && l.is_agency("YONHAP"));
        assert!(!l.is_agency("ePA"));
        assert!(l.is_agency_list("AFP-Yonhap"));
        assert!(!l.is_agency_list("Kim-Jong"));
        assert!(l.is_month("Nov."));
        let mut s = String::new();
        let w = normalize_into("Sign up for eNewsletter", &mut s);
        assert_eq!(
            l.boilerplate_reason(&s, w, false),
            Some(BoilerplateReason::Newsletter)
        );
    }
}
