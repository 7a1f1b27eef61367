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
    out.clear();
    out.push(' ');
    let mut words = 0;
    let mut word_start = out.len();
    let mut in_word = false;
    let mut all_digits = true;
    let mut close = |out: &mut String, in_word: &mut bool, all_digits: &mut bool, ws: usize| {
        if *in_word {
            if *all_digits {
                out.truncate(ws);
            } else {
                out.push(' ');
                words += 1;
            }
        }
        *in_word = false;
        *all_digits = true;
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
            close(out, &mut in_word, &mut all_digits, word_start);
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
            close(out, &mut in_word, &mut all_digits, word_start);
        }
    }
    close(out, &mut in_word, &mut all_digits, word_start);
    words
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

/// Phrase patterns with a payload, indexed by their first word so that matching a line costs
/// one hash lookup per word of the line.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<T> {
    pub entries: Vec<(T, Pattern)>,
    index: FnvMap<Vec<usize>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            entries: Vec::new(),
            index: FnvMap::default(),
        }
    }
}

impl<T: Copy> PhraseSet<T> {
    pub fn push(&mut self, value: T, p: Pattern) {
        let first = p.norm.split_whitespace().next().unwrap_or("").to_string();
        self.index
            .entry(first)
            .or_default()
            .push(self.entries.len());
        self.entries.push((value, p));
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
        while pos < norm.len() && !(starts_only && k > 1) {
            let rest = norm.get(pos..).unwrap_or("");
            let wlen = rest.find(' ').unwrap_or(rest.len());
            let word = rest.get(..wlen).unwrap_or("");
            let here = norm.get(pos - 1..).unwrap_or("");
            if let Some(cands) = self.index.get(word) {
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

    /// True when `s` (trimmed) is an agency name as listed, or in capitals (`REUTERS`).
    pub fn is_agency(&self, s: &str) -> bool {
        let s = s.trim();
        let caps = !s.bytes().any(|b| b.is_ascii_lowercase());
        !s.is_empty()
            && self
                .agencies
                .iter()
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

    #[test]
    fn normalization_drops_numbers_and_punctuation() {
        let mut s = String::new();
        assert_eq!(normalize_into("Top 10 Stories!", &mut s), 2);
        assert_eq!(s, " top stories ");
        normalize_into("Editor’s Note: x", &mut s);
        assert_eq!(s, " editor's note x ");
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
