//! Word lists shared by the quote and speaker layers: cue words, titles, honorifics, first
//! names with their gender, organisation words, group and report nouns, pronouns.
//!
//! The English lists live in `lexicons/*.txt` (one entry per line, `#` comments) and are
//! compiled in; [`Lexicons::english`] loads them, and the `add_*` methods extend them.
//! Lookups lower-case ASCII into a stack buffer: no allocation per word.
//!
//! ```
//! use quotewire::lexicon::{CueClass, Gender, Lexicons};
//!
//! let mut lex = Lexicons::english();
//! assert_eq!(lex.cue("Said"), Some(CueClass::Speech));
//! assert_eq!(lex.cue("harrumphed"), None);
//! lex.add_cue("harrumphed", CueClass::Speech);
//! assert_eq!(lex.cue("harrumphed"), Some(CueClass::Speech));
//! assert_eq!(lex.first_name_gender("Karine"), Some(Gender::Female));
//! ```

mod frames;
mod vocab;

pub use frames::Frame;

use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
pub(crate) use vocab::Vocab;
pub(crate) use vocab::{
    F_CUE, F_FIRST_NAME, F_FRAMED, F_FRAME_AS, F_FRAME_CLAUSE, F_FRAME_INF, F_FRAME_NOUN_OBJECT,
    F_FRAME_NOUN_TOO, F_FRAME_OBJECT, F_GROUP_NOUN, F_HONORIFIC, F_ORG_WORD, F_PARTICLE,
    F_PHRASAL_FORM, F_PRONOUN, F_REPORT_NOUN, F_TITLE,
};

/// Grammatical/natural gender as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Masculine (he, Mr., a male first name).
    Male,
    /// Feminine (she, Mrs., a female first name).
    Female,
    /// Not a person (it).
    Neuter,
    /// Not known.
    Unknown,
}

/// FNV-1a: a fast hash for short lower-case words (the keys are trusted word lists).
#[derive(Debug, Clone, Copy)]
pub struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Map keyed by lower-case words.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;
/// Set of lower-case words.
pub type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// What kind of attribution a cue word signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueClass {
    /// Speech or writing: said, told, wrote, tweeted.
    Speech,
    /// Belief or intention: thinks, believes, hopes.
    Belief,
    /// Report or evidence: a poll shows, the study found.
    Report,
    /// A cue noun: "the claim that ...", "in a statement".
    Noun,
}

/// Grammatical number of a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Number {
    /// One.
    Singular,
    /// More than one.
    Plural,
    /// Either.
    Unknown,
}

/// The word lists, all keys lower-case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lexicons {
    /// Cue word forms and their class.
    pub cues: WordMap<CueClass>,
    /// Titles and role nouns ("president", "spokesperson").
    pub titles: WordSet,
    /// Honorifics ("mr", "mrs") and the gender they signal.
    pub honorifics: WordMap<Gender>,
    /// First names and their usual gender.
    pub first_names: WordMap<Gender>,
    /// Words that make a name an organization ("department", "times").
    pub org_words: WordSet,
    /// Plural or collective nouns naming a group ("officials", "voters").
    pub group_nouns: WordSet,
    /// Pronouns that can be speakers, with gender and number.
    pub pronouns: WordMap<(Gender, Number)>,
    /// Nouns that can be the source of a report verb ("poll", "study").
    pub report_nouns: WordSet,
    /// Phrasal cues, keyed "form particle" ("called for", "pointed out").
    #[serde(default)]
    pub cue_phrases: WordSet,
    /// The particles of [`cue_phrases`](Self::cue_phrases).
    #[serde(default)]
    pub particles: WordSet,
    /// Headline labels before a colon that are not speakers ("the latest", "breaking").
    #[serde(default)]
    pub headline_labels: WordSet,
    /// The predicate frames of cue forms that report only through some complements (see
    /// [`Frame`]); a form not in the map takes any.
    #[serde(default)]
    pub frames: WordMap<Frame>,
}

/// The entries of a list: its lines without `#` comments, trimmed, the empty ones left out.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    // (split at `\n` and trimmed, a `\r\n` line is what `lines` gives)
    text.split('\n')
        .map(|l| {
            let entry = memchr::memchr(b'#', l.as_bytes()).map_or(l, |i| l.get(..i).unwrap_or(""));
            entry.trim()
        })
        .filter(|l| !l.is_empty())
}

fn gender_of(s: &str) -> Gender {
    match s {
        "m" => Gender::Male,
        "f" => Gender::Female,
        "n" => Gender::Neuter,
        _ => Gender::Unknown,
    }
}

/// Lower-cases ASCII letters of `w` into `buf`; `None` when `w` is too long.
pub(crate) fn lower<'b>(w: &'b str, buf: &'b mut [u8; 40]) -> Option<&'b str> {
    if w.len() > 40 {
        return None;
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(w);
    }
    let bytes = w.as_bytes();
    let dst = buf.get_mut(..bytes.len())?;
    for (d, s) in dst.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(dst).ok()
}

impl Lexicons {
    /// The compiled-in English lexicons.
    ///
    /// ```
    /// let lex = quotewire::lexicon::Lexicons::english();
    /// assert!(lex.is_title("Spokesperson"));
    /// ```
    pub fn english() -> Lexicons {
        let mut lex = Lexicons::default();
        for line in entries(include_str!("../lexicons/cues.txt")) {
            let mut it = line.split_whitespace();
            let class = match it.next() {
                Some("s") => CueClass::Speech,
                Some("b") => CueClass::Belief,
                Some("r") => CueClass::Report,
                Some("n") => CueClass::Noun,
                _ => continue,
            };
            for form in it {
                lex.cues.entry(form.to_ascii_lowercase()).or_insert(class);
            }
        }
        for w in entries(include_str!("../lexicons/titles.txt")) {
            lex.titles.insert(w.to_ascii_lowercase());
        }
        for line in entries(include_str!("../lexicons/honorifics.txt")) {
            let mut it = line.split_whitespace();
            if let Some(w) = it.next() {
                lex.honorifics
                    .insert(w.to_ascii_lowercase(), gender_of(it.next().unwrap_or("-")));
            }
        }
        for w in entries(include_str!("../lexicons/first_names_male.txt")) {
            lex.first_names.insert(w.to_ascii_lowercase(), Gender::Male);
        }
        for w in entries(include_str!("../lexicons/first_names_female.txt")) {
            lex.first_names
                .insert(w.to_ascii_lowercase(), Gender::Female);
        }
        for w in entries(include_str!("../lexicons/org_words.txt")) {
            lex.org_words.insert(w.to_ascii_lowercase());
        }
        for w in entries(include_str!("../lexicons/group_nouns.txt")) {
            lex.group_nouns.insert(w.to_ascii_lowercase());
        }
        for w in entries(include_str!("../lexicons/report_nouns.txt")) {
            lex.report_nouns.insert(w.to_ascii_lowercase());
        }
        for line in entries(include_str!("../lexicons/cue_phrases.txt")) {
            let mut it = line.split_whitespace();
            if let Some(prep) = it.next() {
                for form in it {
                    lex.add_cue_phrase(form, prep);
                }
            }
        }
        for line in entries(include_str!("../lexicons/frames.txt")) {
            let mut it = line.split_whitespace();
            if let Some(frame) = it.next().and_then(Frame::parse) {
                for form in it {
                    lex.add_frame(form, frame);
                }
            }
        }
        for w in entries(include_str!("../lexicons/headline_labels.txt")) {
            lex.headline_labels.insert(w.to_lowercase());
        }
        for line in entries(include_str!("../lexicons/pronouns.txt")) {
            let mut it = line.split_whitespace();
            if let Some(w) = it.next() {
                let g = gender_of(it.next().unwrap_or("-"));
                let n = match it.next() {
                    Some("s") => Number::Singular,
                    Some("p") => Number::Plural,
                    _ => Number::Unknown,
                };
                lex.pronouns.insert(w.to_ascii_lowercase(), (g, n));
            }
        }
        lex
    }

    /// Gives the cue form `form` the predicate frame `frame`: the complements through which
    /// it reports (see [`Frame`]).
    ///
    /// ```
    /// use quotewire::lexicon::{CueClass, Frame, Lexicons};
    /// let mut lex = Lexicons::english();
    /// lex.add_cue("lauded", CueClass::Speech);
    /// lex.add_frame("Lauded", Frame { object: true, ..Frame::NONE });
    /// assert_eq!(lex.frame("lauded"), Frame { object: true, ..Frame::NONE });
    /// ```
    pub fn add_frame(&mut self, form: &str, frame: Frame) {
        self.frames.insert(form.to_ascii_lowercase(), frame);
    }

    /// The predicate frame of the cue form `form` (any case): [`Frame::ANY`] when none is
    /// listed.
    ///
    /// ```
    /// let lex = quotewire::lexicon::Lexicons::english();
    /// assert!(!lex.frame("Declined").object);
    /// assert!(lex.frame("declined").infinitive);
    /// assert_eq!(lex.frame("said"), quotewire::lexicon::Frame::ANY);
    /// ```
    pub fn frame(&self, form: &str) -> Frame {
        let mut buf = [0u8; 40];
        lower(form, &mut buf)
            .and_then(|w| self.frames.get(w))
            .copied()
            .unwrap_or(Frame::ANY)
    }

    /// Adds a phrasal cue: a cue verb form and the particle that belongs to it.
    ///
    /// ```
    /// let mut lex = quotewire::lexicon::Lexicons::default();
    /// lex.add_cue_phrase("Lobbied", "for");
    /// assert!(lex.is_cue_phrase("lobbied", "FOR"));
    /// assert!(!lex.is_cue_phrase("lobbied", "on"));
    /// ```
    pub fn add_cue_phrase(&mut self, form: &str, particle: &str) {
        // the key built in place: no formatting machinery, one allocation
        let mut phrase = String::with_capacity(form.len() + 1 + particle.len());
        phrase.push_str(form);
        phrase.push(' ');
        phrase.push_str(particle);
        phrase.make_ascii_lowercase();
        if let Some(p) = phrase.get(form.len() + 1..) {
            if !self.particles.contains(p) {
                self.particles.insert(p.to_owned());
            }
        }
        self.cue_phrases.insert(phrase);
    }

    /// Whether `form particle` is a phrasal cue ("called for"), any case; no allocation.
    ///
    /// ```
    /// let lex = quotewire::lexicon::Lexicons::english();
    /// assert!(lex.is_cue_phrase("Called", "for"));
    /// assert!(!lex.is_cue_phrase("said", "on"));
    /// ```
    pub fn is_cue_phrase(&self, form: &str, particle: &str) -> bool {
        let n = form.len() + 1 + particle.len();
        // particles are short function words: most word pairs stop here
        if n > 40 || particle.len() > 7 || particle.len() < 2 || self.cue_phrases.is_empty() {
            return false;
        }
        let mut pbuf = [0u8; 40];
        if !lower(particle, &mut pbuf).is_some_and(|p| self.particles.contains(p)) {
            return false;
        }
        let mut buf = [0u8; 40];
        let Some(dst) = buf.get_mut(..n) else {
            return false;
        };
        for (d, s) in dst.iter_mut().zip(
            form.bytes()
                .chain(std::iter::once(b' '))
                .chain(particle.bytes()),
        ) {
            *d = s.to_ascii_lowercase();
        }
        std::str::from_utf8(dst).is_ok_and(|k| self.cue_phrases.contains(k))
    }

    /// Adds a headline label: text before a headline's colon that names no speaker.
    ///
    /// ```
    /// let mut lex = quotewire::lexicon::Lexicons::default();
    /// lex.add_headline_label("Hot Take");
    /// assert!(lex.is_headline_label("hot take"));
    /// ```
    pub fn add_headline_label(&mut self, label: &str) {
        self.headline_labels.insert(label.to_lowercase());
    }

    /// Whether `label` (any case) is a headline label.
    ///
    /// ```
    /// let lex = quotewire::lexicon::Lexicons::english();
    /// assert!(lex.is_headline_label("The Latest"));
    /// assert!(!lex.is_headline_label("Graham"));
    /// ```
    pub fn is_headline_label(&self, label: &str) -> bool {
        if self.headline_labels.is_empty() {
            return false;
        }
        self.headline_labels.contains(&label.to_lowercase())
    }

    /// Adds a cue word form.
    ///
    /// ```
    /// use quotewire::lexicon::{CueClass, Lexicons};
    /// let mut lex = Lexicons::default();
    /// lex.add_cue("Opined", CueClass::Speech);
    /// assert_eq!(lex.cue("opined"), Some(CueClass::Speech));
    /// ```
    pub fn add_cue(&mut self, form: &str, class: CueClass) {
        self.cues.insert(form.to_ascii_lowercase(), class);
    }

    /// Adds a title or role noun.
    ///
    /// ```
    /// let mut lex = quotewire::lexicon::Lexicons::default();
    /// lex.add_title("Ombudsman");
    /// assert!(lex.is_title("ombudsman"));
    /// ```
    pub fn add_title(&mut self, word: &str) {
        self.titles.insert(word.to_ascii_lowercase());
    }

    /// Adds a first name with its usual gender.
    ///
    /// ```
    /// use quotewire::lexicon::{Gender, Lexicons};
    /// let mut lex = Lexicons::default();
    /// lex.add_first_name("Saoirse", Gender::Female);
    /// assert_eq!(lex.first_name_gender("Saoirse"), Some(Gender::Female));
    /// ```
    pub fn add_first_name(&mut self, name: &str, gender: Gender) {
        self.first_names.insert(name.to_ascii_lowercase(), gender);
    }

    /// Adds an organization word.
    ///
    /// ```
    /// let mut lex = quotewire::lexicon::Lexicons::default();
    /// lex.add_org_word("Syndicate");
    /// assert!(lex.is_org_word("syndicate"));
    /// ```
    pub fn add_org_word(&mut self, word: &str) {
        self.org_words.insert(word.to_ascii_lowercase());
    }

    /// Adds a group noun.
    ///
    /// ```
    /// let mut lex = quotewire::lexicon::Lexicons::default();
    /// lex.add_group_noun("Pollsters");
    /// assert!(lex.is_group_noun("pollsters"));
    /// ```
    pub fn add_group_noun(&mut self, word: &str) {
        self.group_nouns.insert(word.to_ascii_lowercase());
    }

    /// The class of a cue word form, any case.
    ///
    /// ```
    /// use quotewire::lexicon::{CueClass, Lexicons};
    /// assert_eq!(Lexicons::english().cue("believes"), Some(CueClass::Belief));
    /// ```
    pub fn cue(&self, word: &str) -> Option<CueClass> {
        let mut buf = [0u8; 40];
        self.cues.get(lower(word, &mut buf)?).copied()
    }

    /// True for a title or role noun, any case, with or without a final period.
    ///
    /// ```
    /// assert!(quotewire::lexicon::Lexicons::english().is_title("Sen."));
    /// ```
    pub fn is_title(&self, word: &str) -> bool {
        let mut buf = [0u8; 40];
        let w = word.trim_end_matches('.');
        lower(w, &mut buf).is_some_and(|w| self.titles.contains(w))
    }

    /// The gender an honorific signals (`None` when `word` is not one).
    ///
    /// ```
    /// use quotewire::lexicon::{Gender, Lexicons};
    /// assert_eq!(Lexicons::english().honorific("Mrs."), Some(Gender::Female));
    /// ```
    pub fn honorific(&self, word: &str) -> Option<Gender> {
        let mut buf = [0u8; 40];
        let w = word.trim_end_matches('.');
        self.honorifics.get(lower(w, &mut buf)?).copied()
    }

    /// The usual gender of a first name.
    ///
    /// ```
    /// use quotewire::lexicon::{Gender, Lexicons};
    /// assert_eq!(Lexicons::english().first_name_gender("Matthew"), Some(Gender::Male));
    /// ```
    pub fn first_name_gender(&self, word: &str) -> Option<Gender> {
        let mut buf = [0u8; 40];
        self.first_names.get(lower(word, &mut buf)?).copied()
    }

    /// True for an organization word.
    ///
    /// ```
    /// assert!(quotewire::lexicon::Lexicons::english().is_org_word("Department"));
    /// ```
    pub fn is_org_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 40];
        let w = word.trim_end_matches('.');
        lower(w, &mut buf).is_some_and(|w| self.org_words.contains(w))
    }

    /// True for a group noun.
    ///
    /// ```
    /// assert!(quotewire::lexicon::Lexicons::english().is_group_noun("Officials"));
    /// ```
    pub fn is_group_noun(&self, word: &str) -> bool {
        let mut buf = [0u8; 40];
        lower(word, &mut buf).is_some_and(|w| self.group_nouns.contains(w))
    }

    /// True for a noun that can be the source of a report verb ("poll", "study").
    ///
    /// ```
    /// assert!(quotewire::lexicon::Lexicons::english().is_report_noun("Poll"));
    /// ```
    pub fn is_report_noun(&self, word: &str) -> bool {
        let mut buf = [0u8; 40];
        lower(word, &mut buf).is_some_and(|w| self.report_nouns.contains(w))
    }

    /// Adds a report noun.
    ///
    /// ```
    /// let mut lex = quotewire::lexicon::Lexicons::default();
    /// lex.add_report_noun("tally");
    /// assert!(lex.is_report_noun("Tally"));
    /// ```
    pub fn add_report_noun(&mut self, word: &str) {
        self.report_nouns.insert(word.to_ascii_lowercase());
    }

    /// Gender and number of a pronoun.
    ///
    /// ```
    /// use quotewire::lexicon::{Gender, Lexicons, Number};
    /// assert_eq!(Lexicons::english().pronoun("She"), Some((Gender::Female, Number::Singular)));
    /// ```
    pub fn pronoun(&self, word: &str) -> Option<(Gender, Number)> {
        let mut buf = [0u8; 40];
        self.pronouns.get(lower(word, &mut buf)?).copied()
    }
}
