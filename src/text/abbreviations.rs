//! Word lists used by the sentence segmenter: abbreviations and sentence openers.
//!
//! The built-in lists are the data files `lexicons/abbreviations.txt` (abbreviations that may
//! end a sentence, such as "Inc." or "Jan."), `lexicons/abbreviations_prefix.txt` (titles and
//! other abbreviations that never end one, such as "Gen." or "vs."),
//! `lexicons/abbreviations_numeric.txt` (abbreviations only before a number, "No. 1"),
//! `lexicons/abbreviations_exclamation.txt` (names spelled with "!", "Yahoo!") and
//! `lexicons/abbreviations_starters.txt` (words that typically open a sentence). A
//! [`Segmenter`](crate::text::sentences::Segmenter) starts from them and can be extended.
//!
//! ```
//! use quotewire::text::abbreviations::WordList;
//!
//! let list = WordList::parse("# comment\nco\nIll\n");
//! assert!(list.contains("co") && list.contains("Co"));
//! assert!(list.contains("Ill") && !list.contains("ill"));
//! ```

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Built-in abbreviations that may end a sentence (`lexicons/abbreviations.txt`).
pub const ABBREVIATIONS: &str = include_str!("../../lexicons/abbreviations.txt");
/// Built-in abbreviations that never end a sentence (`lexicons/abbreviations_prefix.txt`).
pub const PREFIX_ABBREVIATIONS: &str = include_str!("../../lexicons/abbreviations_prefix.txt");
/// Built-in abbreviations used only before a number (`lexicons/abbreviations_numeric.txt`).
pub const NUMERIC_ABBREVIATIONS: &str = include_str!("../../lexicons/abbreviations_numeric.txt");
/// Built-in names spelled with `!` (`lexicons/abbreviations_exclamation.txt`).
pub const EXCLAMATION_WORDS: &str = include_str!("../../lexicons/abbreviations_exclamation.txt");
/// Built-in sentence openers (`lexicons/abbreviations_starters.txt`).
pub const SENTENCE_STARTERS: &str = include_str!("../../lexicons/abbreviations_starters.txt");

/// Small, fast hasher for short keys (FNV-1a); the lists hold short ASCII words.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Set = HashSet<String, BuildHasherDefault<Fnv>>;

/// Longest word (in bytes) that is looked up case-insensitively.
const FOLD_MAX: usize = 32;

/// A set of words with the lexicon matching rule: an entry written in lower case matches any
/// capitalisation of that word, an entry containing a capital letter matches only as written.
///
/// ```
/// use quotewire::text::abbreviations::WordList;
///
/// let mut list = WordList::default();
/// list.insert("etc");
/// list.insert("Fig");
/// assert!(list.contains("ETC") && list.contains("Etc"));
/// assert!(list.contains("Fig") && !list.contains("fig"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordList {
    exact: Set,
    folded: Set,
}

impl WordList {
    /// Parses a lexicon file: one entry per line, `#` starts a comment, blank lines are
    /// ignored, surrounding white space is trimmed.
    ///
    /// ```
    /// let list = quotewire::text::abbreviations::WordList::parse("Gen  # general\n\nSen\n");
    /// assert_eq!(list.len(), 2);
    /// ```
    pub fn parse(data: &str) -> WordList {
        let mut list = WordList::default();
        for line in data.lines() {
            let entry = line.split('#').next().unwrap_or("");
            list.insert(entry);
        }
        list
    }

    /// Adds one entry (trimmed; empty entries are ignored).
    ///
    /// ```
    /// let mut list = quotewire::text::abbreviations::WordList::default();
    /// list.insert(" Brig ");
    /// assert!(list.contains("Brig"));
    /// ```
    pub fn insert(&mut self, entry: &str) {
        let entry = entry.trim();
        if entry.is_empty() {
            return;
        }
        if entry.chars().any(char::is_uppercase) {
            self.exact.insert(entry.to_string());
        } else {
            self.folded.insert(entry.to_string());
        }
    }

    /// Number of entries.
    ///
    /// ```
    /// assert_eq!(quotewire::text::abbreviations::WordList::parse("a\nb\n").len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.exact.len() + self.folded.len()
    }

    /// True when the list has no entries.
    ///
    /// ```
    /// assert!(quotewire::text::abbreviations::WordList::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when `word` matches an entry (see the type's matching rule).
    ///
    /// ```
    /// let list = quotewire::text::abbreviations::WordList::parse("inc\n");
    /// assert!(list.contains("Inc"));
    /// assert!(!list.contains("Incl"));
    /// ```
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        if self.exact.contains(word) {
            return true;
        }
        if self.folded.is_empty() || word.len() > FOLD_MAX {
            return false;
        }
        let mut buf = [0u8; FOLD_MAX];
        let Some(dst) = buf.get_mut(..word.len()) else {
            return false;
        };
        dst.copy_from_slice(word.as_bytes());
        dst.make_ascii_lowercase();
        // Only ASCII bytes changed, so this is still valid UTF-8.
        match std::str::from_utf8(dst) {
            Ok(folded) => self.folded.contains(folded),
            Err(_) => false,
        }
    }
}
