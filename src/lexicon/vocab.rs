//! The compiled vocabulary (crate-internal): every listed word, lower-cased, mapped to all
//! the lexicon classes it belongs to, so that a token is looked up once and its classes
//! are read as bits afterwards.

use super::{CueClass, Gender, Lexicons, WordHasher};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// In the title list ("senator", "spokesperson"; a final period ignored).
pub(crate) const F_TITLE: u64 = 1 << 32;
/// An honorific ("Mr.", "Mrs."; a final period ignored).
pub(crate) const F_HONORIFIC: u64 = 1 << 33;
/// A first name of known gender.
pub(crate) const F_FIRST_NAME: u64 = 1 << 34;
/// An organisation word ("Department", "Ministry"; a final period ignored).
pub(crate) const F_ORG_WORD: u64 = 1 << 35;
/// A group noun ("officials", "Democrats").
pub(crate) const F_GROUP_NOUN: u64 = 1 << 36;
/// A report noun ("poll", "report").
pub(crate) const F_REPORT_NOUN: u64 = 1 << 37;
/// A personal pronoun.
pub(crate) const F_PRONOUN: u64 = 1 << 38;
/// The particle of a phrasal cue ("about" of "talked about").
pub(crate) const F_PARTICLE: u64 = 1 << 39;
/// A cue word of any class (whatever the token's case; `Tok::cue` is set only for
/// lower-case words outside quotations).
pub(crate) const F_CUE: u64 = 1 << 40;

/// The verb form of a phrasal cue ("called" of "called for"): only such a word followed by
/// a particle needs the phrase lexicon.
pub(crate) const F_PHRASAL_FORM: u64 = 1 << 41;

/// A cue form with a predicate frame of its own (see [`super::Frame`]); the complements
/// it reports through are the `F_FRAME_*` bits.
pub(crate) const F_FRAMED: u64 = 1 << 42;
/// Its frame takes a clause.
pub(crate) const F_FRAME_CLAUSE: u64 = 1 << 43;
/// Its frame takes a to-infinitive.
pub(crate) const F_FRAME_INF: u64 = 1 << 44;
/// Its frame takes a noun phrase object.
pub(crate) const F_FRAME_OBJECT: u64 = 1 << 45;
/// Its frame takes an "as"-phrase.
pub(crate) const F_FRAME_AS: u64 = 1 << 46;

/// Its frame marks it a noun too: a cue only in verb position.
pub(crate) const F_FRAME_NOUN_TOO: u64 = 1 << 47;

/// Its frame takes a prepositional object after it as a noun ("criticism of").
/// (Bits 48..=55 are the tagger's word lists, `crate::quotes::words`.)
pub(crate) const F_FRAME_NOUN_OBJECT: u64 = 1 << 56;

/// The classes that ignore a word's final periods ("Sen." is the title "sen").
const TRIMMED: u64 = F_TITLE | F_HONORIFIC | F_ORG_WORD;

/// What the vocabulary knows of one lower-cased word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// Bits of the closed-class lists it was built with and of the lexicon classes above.
    pub flags: u64,
    /// Its cue class, if it is a cue word.
    pub cue: Option<CueClass>,
    /// Its gender as a first name, if it is one (as [`Lexicons::first_name_gender`] tells).
    pub first_name: Option<Gender>,
}

/// Longest word looked up, in bytes (the lexicons' own limit).
const MAX_WORD: usize = 40;
/// Eight-byte chunks of the longest word.
const CHUNKS: usize = MAX_WORD / 8;

/// A word lower-cased (ASCII) into zero-padded little-endian chunks, and its byte length.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    chunks: [u64; CHUNKS],
    len: usize,
}

impl Key {
    /// `None` for words longer than [`MAX_WORD`].
    #[inline]
    fn new(w: &[u8]) -> Option<Key> {
        if w.len() > MAX_WORD {
            return None;
        }
        let mut chunks = [0u64; CHUNKS];
        let mut parts = w.chunks_exact(8);
        let mut k = 0;
        for (c, part) in chunks.iter_mut().zip(&mut parts) {
            let mut b = [0u8; 8];
            b.copy_from_slice(part);
            *c = ascii_lower8(u64::from_le_bytes(b));
            k += 1;
        }
        let rest = parts.remainder();
        if let (Some(c), false) = (chunks.get_mut(k), rest.is_empty()) {
            *c = short_chunk(rest);
        }
        Some(Key {
            chunks,
            len: w.len(),
        })
    }

    /// The chunks past the first.
    fn tail(&self) -> &[u64] {
        self.chunks.get(1..self.len.div_ceil(8)).unwrap_or(&[])
    }

    #[inline]
    fn hash(&self) -> u64 {
        hash_parts(self.len, self.chunks[0], self.tail())
    }
}

/// The table's hash of a key given as its byte length, first chunk and further chunks.
#[inline]
fn hash_parts(len: usize, head: u64, tail: &[u64]) -> u64 {
    let step = |h: u64, c: u64| (h.rotate_left(5) ^ c).wrapping_mul(0x517c_c1b7_2722_0a95);
    let h = tail.iter().fold(step(len as u64, head), |h, &c| step(h, c));
    h ^ (h >> 29)
}

/// The bytes of a word of at most eight bytes, lower-cased, as one chunk (first byte
/// lowest, zero-padded). Two overlapping loads of four (or two) bytes cover every length
/// without a loop: the bytes both loads hold are OR-ed with themselves.
#[inline]
fn short_chunk(w: &[u8]) -> u64 {
    let n = w.len();
    let le4 = |i: usize| {
        let mut b = [0u8; 4];
        if let Some(s) = w.get(i..i + 4) {
            b.copy_from_slice(s);
        }
        u64::from(u32::from_le_bytes(b))
    };
    let le2 = |i: usize| {
        let mut b = [0u8; 2];
        if let Some(s) = w.get(i..i + 2) {
            b.copy_from_slice(s);
        }
        u64::from(u16::from_le_bytes(b))
    };
    let x = match n {
        4..=8 => le4(0) | (le4(n - 4) << (8 * (n - 4))),
        2 | 3 => le2(0) | (le2(n - 2) << (8 * (n - 2))),
        1 => u64::from(w.first().copied().unwrap_or(0)),
        _ => 0,
    };
    ascii_lower8(x)
}

/// The eight bytes packed in `x` with ASCII capitals lower-cased (other bytes unchanged).
#[inline]
fn ascii_lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // per byte: at least 'A' and not above 'Z', and an ASCII byte; no carry crosses bytes
    let upper = (low7 + 0x3f * ONES) & !(low7 + 0x25 * ONES) & !x & HIGH;
    x | (upper >> 2)
}

/// One word of the table: its first chunk and byte length (enough to tell most words
/// apart), where its other chunks start in [`Vocab::tails`], and its classes.
#[derive(Debug, Clone, Copy)]
struct Entry {
    head: u64,
    len: u32,
    tail: u32,
    info: WordInfo,
}

/// Lower-cased word → [`WordInfo`]: an open-addressing table over [`Key`]s, so that a
/// lookup lower-cases and compares eight bytes at a time and allocates nothing.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocab {
    /// Slot → entry index + 1 (0: empty); a power of two long, at most half full.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    /// The chunks of the keys longer than eight bytes, past their first.
    tails: Vec<u64>,
    /// The longest key in bytes: longer words are in no list.
    max_len: usize,
    /// A bit for every (length, first byte, last byte) of a key, as [`filter_bit`] folds
    /// them: a word whose bit is clear is in no list, and most words are in none.
    filter: Vec<u64>,
}

/// Words of the filter: one bit per (length mod 16, first byte mod 32, second byte mod 4,
/// last byte mod 32).
const FILTER_WORDS: usize = (16 << 12) / 64;

/// The filter bit of a word: its length and its first, second (0 when there is none) and
/// last bytes, each cut to its low bits, so that ASCII capitals and their small letters
/// share it (`None` for the empty word).
#[inline]
fn filter_bit(w: &[u8]) -> Option<usize> {
    let (&a, &z) = (w.first()?, w.last()?);
    let b = usize::from(w.get(1).copied().unwrap_or(0));
    Some(
        ((w.len() & 15) << 12)
            | ((usize::from(a) & 31) << 7)
            | ((b & 3) << 5)
            | (usize::from(z) & 31),
    )
}

impl Vocab {
    /// The vocabulary of `lex` and of the closed-class word lists `closed` (each a bit and
    /// its words, lower case).
    pub fn build(lex: &Lexicons, closed: &[(u64, &[&str])]) -> Vocab {
        // room for every word at once (a word in several lists is counted once a list), and
        // the lists' own fast hash: the build is part of every program's start
        let n = closed.iter().map(|(_, l)| l.len()).sum::<usize>()
            + lex.cues.len()
            + lex.titles.len()
            + lex.honorifics.len()
            + lex.first_names.len()
            + lex.org_words.len()
            + lex.group_nouns.len()
            + lex.report_nouns.len()
            + lex.pronouns.len()
            + lex.particles.len()
            + lex.cue_phrases.len();
        let mut words: HashMap<&str, WordInfo, BuildHasherDefault<WordHasher>> =
            HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default());
        for &(flag, list) in closed {
            for w in list {
                words.entry(w).or_default().flags |= flag;
            }
        }
        for (w, &class) in &lex.cues {
            let e = words.entry(w).or_default();
            e.cue = Some(class);
            e.flags |= F_CUE;
        }
        for (w, &gender) in &lex.first_names {
            words.entry(w).or_default().first_name = Some(gender);
        }
        let sets: [(u64, &mut dyn Iterator<Item = &String>); 8] = [
            (F_TITLE, &mut lex.titles.iter()),
            (F_HONORIFIC, &mut lex.honorifics.keys()),
            (F_FIRST_NAME, &mut lex.first_names.keys()),
            (F_ORG_WORD, &mut lex.org_words.iter()),
            (F_GROUP_NOUN, &mut lex.group_nouns.iter()),
            (F_REPORT_NOUN, &mut lex.report_nouns.iter()),
            (F_PRONOUN, &mut lex.pronouns.keys()),
            (F_PARTICLE, &mut lex.particles.iter()),
        ];
        for (flag, list) in sets {
            for w in list {
                words.entry(w).or_default().flags |= flag;
            }
        }
        for (w, f) in &lex.frames {
            let bits = [
                (f.clause, F_FRAME_CLAUSE),
                (f.infinitive, F_FRAME_INF),
                (f.object, F_FRAME_OBJECT),
                (f.as_phrase, F_FRAME_AS),
                (f.noun_too, F_FRAME_NOUN_TOO),
                (f.noun_object, F_FRAME_NOUN_OBJECT),
            ];
            let e = words.entry(w).or_default();
            e.flags |= bits
                .iter()
                .filter(|(on, _)| *on)
                .fold(F_FRAMED, |acc, (_, bit)| acc | bit);
        }
        // a phrase is "form particle", the form a token (no space in it)
        for phrase in &lex.cue_phrases {
            if let Some((form, _)) = phrase.split_once(' ') {
                words.entry(form).or_default().flags |= F_PHRASAL_FORM;
            }
        }
        let mut v = Vocab {
            slots: vec![0; (words.len() * 2).next_power_of_two().max(16)],
            filter: vec![0; FILTER_WORDS],
            ..Vocab::default()
        };
        for (w, info) in words {
            v.insert(w, info);
        }
        v
    }

    /// Adds `w` (as lower-cased by [`Key::new`]); words over [`MAX_WORD`] bytes are left
    /// out, as the lexicon lookups leave them out.
    fn insert(&mut self, w: &str, info: WordInfo) {
        let Some(key) = Key::new(w.as_bytes()) else {
            return;
        };
        if self.find(&key).is_some() {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut i = key.hash() as usize & mask;
        while self.slots.get(i).is_some_and(|&s| s != 0) {
            i = (i + 1) & mask;
        }
        self.entries.push(Entry {
            head: key.chunks[0],
            len: key.len as u32,
            tail: self.tails.len() as u32,
            info,
        });
        self.tails.extend_from_slice(key.tail());
        if let Some(s) = self.slots.get_mut(i) {
            *s = self.entries.len() as u32;
        }
        self.max_len = self.max_len.max(key.len);
        if let Some(bit) = filter_bit(w.as_bytes()) {
            if let Some(f) = self.filter.get_mut(bit / 64) {
                *f |= 1 << (bit % 64);
            }
        }
    }

    /// False when the filter tells that no key is the word `b` (ASCII case ignored); an
    /// empty word and a vocabulary without a filter may have it.
    #[inline]
    fn may_have(&self, b: &[u8]) -> bool {
        let Some(bit) = filter_bit(b) else {
            return true;
        };
        self.filter
            .get(bit / 64)
            .is_none_or(|&f| f & (1 << (bit % 64)) != 0)
    }

    fn find(&self, key: &Key) -> Option<WordInfo> {
        self.find_parts(key.len, key.chunks[0], key.tail())
    }

    fn find_parts(&self, len: usize, head: u64, tail: &[u64]) -> Option<WordInfo> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = hash_parts(len, head, tail) as usize & mask;
        loop {
            let e = *self.slots.get(i)?;
            let en = self.entries.get((e as usize).checked_sub(1)?)?;
            if en.head == head && en.len as usize == len {
                let start = en.tail as usize;
                if tail.is_empty() || self.tails.get(start..start + tail.len()) == Some(tail) {
                    return Some(en.info);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The classes of the word `b` exactly (no period trimmed).
    #[inline(always)]
    fn get(&self, b: &[u8]) -> WordInfo {
        if b.len() > self.max_len || !self.may_have(b) {
            return WordInfo::default();
        }
        self.get_listed(b)
    }

    /// [`get`](Self::get) past the filter: the table probe.
    #[inline(never)]
    fn get_listed(&self, b: &[u8]) -> WordInfo {
        // most words fit one chunk: no key array to fill
        let found = if b.len() <= 8 {
            self.find_parts(b.len(), short_chunk(b), &[])
        } else {
            Key::new(b).and_then(|k| self.find(&k))
        };
        found.unwrap_or_default()
    }

    /// The classes of the word `w` as a token: looked up lower-cased (ASCII), the classes
    /// that ignore final periods looked up without them.
    #[cfg(test)]
    pub fn lookup(&self, w: &str) -> WordInfo {
        self.lookup_bytes(w.as_bytes())
    }

    /// The classes of the word `w` given as its bytes (as `lookup` gives them for a `&str`).
    #[inline(always)]
    pub fn lookup_bytes(&self, w: &[u8]) -> WordInfo {
        let mut info = self.get(w);
        if let [rest @ .., b'.'] = w {
            let mut trimmed = rest;
            while let [r @ .., b'.'] = trimmed {
                trimmed = r;
            }
            let t = self.get(trimmed);
            info.flags = (info.flags & !TRIMMED) | (t.flags & TRIMMED);
        }
        info
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F_ARTICLE: u64 = 1;

    fn vocab() -> Vocab {
        Vocab::build(&Lexicons::english(), &[(F_ARTICLE, &["the", "a"])])
    }

    #[test]
    fn the_filter_passes_every_listed_word_in_any_ascii_case() {
        let lex = Lexicons::english();
        let v = vocab();
        let mut words: Vec<String> = lex.cues.keys().cloned().collect();
        words.extend(lex.titles.iter().cloned());
        words.extend(lex.first_names.keys().cloned());
        words.extend(lex.org_words.iter().cloned());
        words.extend(["the", "a", "", ".", "x", "Zxqw", "é", "Élysée"].map(String::from));
        for w in words {
            let variants = [
                w.clone(),
                w.to_ascii_uppercase(),
                format!("{w}."),
                format!("{w}s"),
                format!("{w}’s"),
                w.chars().rev().collect(),
            ];
            for x in variants {
                let b = x.as_bytes();
                assert_eq!(v.get(b), v.get_listed(b), "{x:?}");
                assert!(
                    v.get_listed(b) == WordInfo::default() || v.may_have(b),
                    "{x:?}"
                );
            }
        }
    }

    #[test]
    fn a_word_has_every_class_it_is_listed_in() {
        let v = vocab();
        assert_eq!(v.lookup("The").flags, F_ARTICLE);
        assert_eq!(v.lookup("said").cue, Some(CueClass::Speech));
        assert!(v.lookup("Senator").flags & F_TITLE != 0);
        assert!(v.lookup("officials").flags & F_GROUP_NOUN != 0);
        assert!(v.lookup("about").flags & F_PARTICLE != 0);
        assert_eq!(v.lookup("Zxqw"), WordInfo::default());
    }

    #[test]
    fn final_periods_count_only_for_titles_honorifics_and_organisation_words() {
        let v = vocab();
        assert!(v.lookup("Sen.").flags & F_TITLE != 0);
        assert!(v.lookup("Mr.").flags & F_HONORIFIC != 0);
        assert_eq!(v.lookup("the.").flags & F_ARTICLE, 0);
    }

    #[test]
    fn a_short_word_packs_into_one_chunk_as_a_byte_loop_packs_it() {
        let plain = |w: &[u8]| {
            let x = w
                .iter()
                .enumerate()
                .fold(0u64, |x, (i, &b)| x | (u64::from(b) << (8 * i)));
            ascii_lower8(x)
        };
        let bytes = b"AbCdEfGh\xc3\x89z";
        for a in 0..bytes.len() {
            for b in a..=(a + 8).min(bytes.len()) {
                let w = &bytes[a..b];
                assert_eq!(short_chunk(w), plain(w), "{w:?}");
            }
        }
    }

    #[test]
    fn ascii_capitals_are_lowered_eight_bytes_at_a_time() {
        let k = |w: &str| Key::new(w.as_bytes()).map(|k| k.chunks);
        assert_eq!(k("SAID@[`{Z"), k("said@[`{z"));
        assert_eq!(k("ÉLYSÉE"), k("ÉlysÉe"));
        assert_ne!(k("Said"), k("said "));
        assert!(Key::new(&[b'a'; 41]).is_none());
    }

    #[test]
    fn classes_agree_with_the_lexicon_lookups() {
        let lex = Lexicons::english();
        let v = vocab();
        for w in [
            "Sen.", "Gov", "Ministry", "police", "Karine", "she", "Poll", "about", "x.", "SAID", "",
        ] {
            let f = v.lookup(w).flags;
            assert_eq!(f & F_TITLE != 0, lex.is_title(w), "{w}");
            assert_eq!(f & F_HONORIFIC != 0, lex.honorific(w).is_some(), "{w}");
            assert_eq!(
                f & F_FIRST_NAME != 0,
                lex.first_name_gender(w).is_some(),
                "{w}"
            );
            assert_eq!(f & F_ORG_WORD != 0, lex.is_org_word(w), "{w}");
            assert_eq!(f & F_GROUP_NOUN != 0, lex.is_group_noun(w), "{w}");
            assert_eq!(f & F_REPORT_NOUN != 0, lex.is_report_noun(w), "{w}");
            assert_eq!(f & F_PRONOUN != 0, lex.pronoun(w).is_some(), "{w}");
            assert_eq!(v.lookup(w).cue, lex.cue(w), "{w}");
            assert_eq!(f & F_CUE != 0, lex.cue(w).is_some(), "{w}");
        }
    }

    #[test]
    fn every_form_of_a_phrasal_cue_is_flagged_and_only_those_need_the_phrase_lexicon() {
        let lex = Lexicons::english();
        let v = vocab();
        assert!(v.lookup("Called").flags & F_PHRASAL_FORM != 0);
        for phrase in &lex.cue_phrases {
            let (form, particle) = phrase.split_once(' ').expect("form and particle");
            assert!(v.lookup(form).flags & F_PHRASAL_FORM != 0, "{phrase}");
            assert!(v.lookup(particle).flags & F_PARTICLE != 0, "{phrase}");
        }
        for w in ["the", "Trump", "during"] {
            assert_eq!(v.lookup(w).flags & F_PHRASAL_FORM, 0, "{w}");
            assert!(["for", "on", "about", "out"]
                .iter()
                .all(|p| !lex.is_cue_phrase(w, p)));
        }
    }
}
