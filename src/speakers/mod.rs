//! Speaker layer: resolving speaker mentions to one entity per article.
//!
//! Names found in the article (outside quotations) are grouped into entities: a surname or
//! "Mr. Miller" joins the entity of "Matthew Miller"; the canonical name is the earliest
//! longest form. Titles before a name ("White House Press Secretary") and appositions after
//! it ("Matthew Miller, the spokesperson,") become descriptions. A speaker mention that is a
//! pronoun resolves to the most plausible earlier entity (gender, number, recency, whether
//! it spoke before); a nominal ("the spokesperson") to the entity so described.
//!
//! ```
//! use quotewire::{extract, Article, speakers::SpeakerKind};
//!
//! let text = "Talks stall\n\nMatthew Miller, the spokesperson, spoke on Monday.\n\n\
//!             “We are concerned,” he said.";
//! let article = Article::parse(text)?;
//! let q = extract(&article);
//! let id = q.quotes[0].speaker_id.expect("resolved");
//! assert_eq!(q.speakers[id].name, "Matthew Miller");
//! assert_eq!(q.speakers[id].kind, SpeakerKind::Person);
//! assert_eq!(q.speakers[id].descriptions, ["spokesperson"]);
//! # Ok::<(), quotewire::Error>(())
//! ```

mod keys;

use crate::article::{is_space, space_at};
pub use crate::lexicon::Gender;
use crate::lexicon::{Lexicons, Number, Vocab, F_ORG_WORD};
use crate::Span;
use serde::{Deserialize, Serialize};

/// What kind of entity a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A person.
    Person,
    /// An organization (a department, a newspaper, a campaign, a poll).
    Organization,
    /// A group of people ("officials", "Russian media").
    Group,
    /// Not known.
    Unknown,
}

/// One speaker entity of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Index of this speaker in [`Quotes::speakers`](crate::quotes::Quotes::speakers).
    pub id: usize,
    /// Canonical name: the earliest longest form ("Matthew Miller").
    pub name: String,
    /// Person, organization, group or unknown.
    pub kind: SpeakerKind,
    /// Gender as far as the text tells.
    pub gender: Gender,
    /// Descriptions from titles and appositions ("State Department spokesperson"), the first
    /// [`MAX_DESCRIPTIONS`] found.
    pub descriptions: Vec<String>,
    /// Every mention resolved to this speaker, in text order.
    pub mentions: Vec<Span>,
}

/// Crate-internal entity under construction.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub name: Span,
    pub name_words: usize,
    pub kind: SpeakerKind,
    pub gender: Gender,
    pub descriptions: Vec<String>,
    pub mentions: Vec<Span>,
    pub spoke: bool,
    /// The [`head_form`]s of the words of the first `heads_of` descriptions, each followed
    /// by a space: what a nominal mention is compared with (see
    /// [`Resolver::resolve_nominal`]), made once per description, not once per mention.
    heads: String,
    heads_of: usize,
}

/// Most descriptions kept per speaker: the first ones. Bounds the work per mention on texts
/// that describe one name thousands of ways.
pub const MAX_DESCRIPTIONS: usize = 16;

impl Entity {
    /// Adds a description, its white space normalized (one space between words), unless the
    /// entity has it already or has [`MAX_DESCRIPTIONS`].
    pub fn describe(&mut self, d: &str) {
        if self.descriptions.len() >= MAX_DESCRIPTIONS {
            return;
        }
        let d = one_space(d);
        if !d.is_empty() && !self.descriptions.contains(&d) {
            self.descriptions.push(d);
            self.cover_heads();
        }
    }

    /// Adds the head forms of the descriptions not in [`heads`](Self::heads) yet.
    fn cover_heads(&mut self) {
        let mut buf = String::new();
        for d in self.descriptions.get(self.heads_of..).unwrap_or(&[]) {
            for w in words(d) {
                self.heads.push_str(head_form(w, &mut buf));
                self.heads.push(' ');
            }
        }
        self.heads_of = self.descriptions.len();
    }

    /// Whether a word of a description has the head form `head`.
    fn has_head(&self, head: &str) -> bool {
        // (descriptions added other than by `describe` are compared word by word)
        if self.heads_of != self.descriptions.len() {
            let mut buf = String::new();
            return self
                .descriptions
                .iter()
                .any(|d| words(d).any(|w| head_form(w, &mut buf) == head));
        }
        self.heads.split_terminator(' ').any(|f| f == head)
    }
}

/// `s` with every run of white space (NBSP, tabs, line breaks, zero-width spaces) written as
/// one space, trimmed: names and descriptions do not depend on how the text spaced them.
pub(crate) fn one_space(s: &str) -> String {
    if is_one_spaced(s) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// True when `s` is printable ASCII with single spaces between words, none at its ends: its
/// own [`one_space`] (the only white space in printable ASCII is the space), found without
/// decoding chars.
fn is_one_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter().all(|&c| (0x20..0x7f).contains(&c))
        && !b.windows(2).any(|w| w == b"  ")
}

/// Byte offsets with every run of white space counted as one byte, so that distances between
/// mentions do not depend on how the text writes its white space (CRLF, NBSP, tabs,
/// zero-width spaces).
#[derive(Debug, Default)]
pub(crate) struct Positions {
    /// (end of a white space run longer than one byte, bytes dropped up to there).
    runs: Vec<(usize, usize)>,
}

/// The spaces of eight bytes packed in `x` (first byte lowest) that are printable ASCII or
/// single spaces, as a mask of their high bits; `None` when a byte is not printable ASCII,
/// two spaces may be adjacent, or the first byte is a space and `after_space` is 0x80 (the
/// byte before is one-byte white space; else 0): outside a white space run (or right after
/// a one-byte one) such bytes add no run.
#[inline]
fn plain_ascii8(x: u64, after_space: u64) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // a byte of 0x80 and up, or one below 0x20 (tabs, line breaks, controls: it sets its
    // high bit here; borrows can only add marks above it, never hide it)
    if (x | x.wrapping_sub(0x20 * ONES)) & HIGH != 0 {
        return None;
    }
    // the bytes below 0x21, that is the spaces; a borrow out of a space may also mark a `!`
    // right after it (a false "adjacent spaces": the chunk goes byte by byte, exactly)
    let spaces = x.wrapping_sub(0x21 * ONES) & !x & HIGH;
    (spaces & ((spaces << 8) | after_space) == 0).then_some(spaces)
}

/// From byte `i` of `bytes` on, skips the chunks of eight bytes that add only one-byte
/// runs (see [`plain_ascii8`]; `after_space`: the byte before `i` is one-byte white space
/// ending no earlier run). Returns where the first other chunk (or the short tail) starts
/// and whether the byte before it is a space. A tight loop of its own: its state stays in
/// registers.
fn skip_plain(bytes: &[u8], mut i: usize, after_space: bool) -> (usize, bool) {
    // 0x80 when the byte before `i` is a space: the high bit of a byte before the first
    let mut after = u64::from(after_space) << 7;
    while let Some(c) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let Some(spaces) = plain_ascii8(u64::from_le_bytes(w), after) else {
            break;
        };
        after = spaces >> 56;
        i += 8;
    }
    (i, after != 0)
}

/// The white space run scan of [`Positions::new_in`]: where the open run started, the bytes
/// dropped so far and the runs recorded.
#[derive(Default)]
struct RunScan {
    run_start: Option<usize>,
    dropped: usize,
    runs: Vec<(usize, usize)>,
}

impl RunScan {
    /// Byte `b` at `i` of `text`: continuation bytes belong to the char before; white space is
    /// decided from the bytes, no char decoding (`space_at` for the lead bytes of white space
    /// beyond ASCII only).
    #[inline(always)]
    fn byte(&mut self, text: &str, i: usize, b: u8) {
        let ws = match b {
            0..=0x7f => matches!(b, b' ' | b'\t'..=b'\r'),
            0x80..=0xbf => return,
            0xc2 | 0xe1..=0xe3 | 0xef => space_at(text, i),
            _ => false,
        };
        self.char_at(i, ws);
    }

    /// The eight ASCII bytes packed in `x` (first byte lowest, none from 0x80 up) at `i`:
    /// their white space from a mask, without a test per byte value.
    #[inline(always)]
    fn ascii8(&mut self, i: usize, x: u64) {
        let ws = ascii_white_space(x);
        for j in 0..8 {
            self.char_at(i + j, (ws >> (8 * j + 7)) & 1 != 0);
        }
    }

    /// A char at `i`, white space or not: opens a run, or ends one (recorded when longer
    /// than a byte).
    #[inline(always)]
    fn char_at(&mut self, i: usize, ws: bool) {
        if ws {
            self.run_start.get_or_insert(i);
        } else if let Some(s) = self.run_start.take() {
            if i - s > 1 {
                self.dropped += i - s - 1;
                self.runs.push((i, self.dropped));
            }
        }
    }
}

/// The high bit of each of the eight ASCII bytes packed in `x` (none from 0x80 up) that is
/// white space: the space, or 0x09 to 0x0d. Exact: no sum carries into the next byte.
#[inline]
fn ascii_white_space(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = !LOW7;
    let z = x ^ (0x20 * ONES);
    let space = !(((z & LOW7) + LOW7) | z) & HIGH;
    // from 0x09 on, and not from 0x0e on
    let controls = (x + (0x80 - 0x09) * ONES) & !(x + (0x80 - 0x0e) * ONES) & HIGH;
    space | controls
}

impl Positions {
    /// The positions of `text` (see [`new_in`](Self::new_in)).
    #[cfg(test)]
    pub fn new(text: &str) -> Positions {
        Positions::new_in(text, Vec::new())
    }

    /// Scans `text` once, recording the runs in `runs` (emptied first; its memory reused):
    /// runs of chunks of printable ASCII and single spaces at once, the others byte by byte
    /// (eight bytes at a time, so that one line break or curly quote costs one failed chunk
    /// test, not eight).
    fn new_in(text: &str, mut runs: Vec<(usize, usize)>) -> Positions {
        runs.clear();
        let mut scan = RunScan {
            runs,
            ..RunScan::default()
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // plain chunks may follow outside a run or right after a one-byte one (which
            // their first byte, not a space, ends without a record)
            let after_space = match scan.run_start {
                None => Some(false),
                Some(s) if s + 1 == i => Some(true),
                Some(_) => None,
            };
            if let Some(after_space) = after_space {
                let (j, open) = skip_plain(bytes, i, after_space);
                if j > i {
                    // a space as the last byte opens a run the next bytes may extend
                    scan.run_start = open.then_some(j - 1);
                    i = j;
                }
            }
            let end = (i + 8).min(bytes.len());
            let chunk = bytes.get(i..end).unwrap_or(&[]);
            // eight ASCII bytes (a line break, a double space): by a mask
            let ascii = <[u8; 8]>::try_from(chunk)
                .ok()
                .map(u64::from_le_bytes)
                .filter(|x| x & 0x8080_8080_8080_8080 == 0);
            match ascii {
                Some(x) => scan.ascii8(i, x),
                None => {
                    for (j, &b) in chunk.iter().enumerate() {
                        scan.byte(text, i + j, b);
                    }
                }
            }
            i = end;
        }
        Positions { runs: scan.runs }
    }

    /// The position of byte offset `pos` with white space runs counted as one byte.
    pub fn get(&self, pos: usize) -> usize {
        self.at_run(self.runs.partition_point(|r| r.0 <= pos), pos)
    }

    /// The position of `pos` given `k`, the number of runs ending at or before it.
    fn at_run(&self, k: usize, pos: usize) -> usize {
        let dropped = k
            .checked_sub(1)
            .and_then(|j| self.runs.get(j))
            .map_or(0, |r| r.1);
        pos.saturating_sub(dropped)
    }

    /// [`get`](Self::get) for byte offsets asked in decreasing order: walks back over the
    /// runs instead of searching them for each offset.
    pub fn backwards(&self) -> Backwards<'_> {
        Backwards {
            positions: self,
            k: self.runs.len(),
            last: usize::MAX,
        }
    }
}

/// See [`Positions::backwards`].
pub(crate) struct Backwards<'a> {
    positions: &'a Positions,
    /// The number of runs ending at or before `last`.
    k: usize,
    /// The offset asked last.
    last: usize,
}

impl Backwards<'_> {
    /// [`Positions::get`] of `pos`: a walk back from the offset asked before, a search when
    /// `pos` comes after it.
    pub fn get(&mut self, pos: usize) -> usize {
        let runs = &self.positions.runs;
        if pos > self.last {
            self.k = runs.partition_point(|r| r.0 <= pos);
        } else {
            while self.k > 0 && runs.get(self.k - 1).is_some_and(|r| r.0 > pos) {
                self.k -= 1;
            }
        }
        self.last = pos;
        self.positions.at_run(self.k, pos)
    }
}

/// Resolves mentions to entities for one article.
#[derive(Debug, Default)]
pub(crate) struct Resolver {
    pub entities: Vec<Entity>,
    /// Surname / full-name key (lowercase) → entity ids.
    by_key: keys::Keys,
    /// Every name mention outside quotations, in text order: (start, entity, opens its
    /// sentence).
    pub timeline: Vec<(usize, usize, bool)>,
    /// Entity of the most recent resolved speaker.
    pub last_speaker: Option<usize>,
    /// Distances between mentions are measured in these positions.
    positions: Positions,
    /// Scratch buffers for the keys of a name (no allocation per mention).
    key_full: String,
    key_last: String,
    /// Scratch: the byte ranges of a name's words in the name, possessives stripped.
    word_spans: Vec<(usize, usize)>,
    /// Emptied mention and description vectors of an earlier document's entities, for new
    /// entities (see [`Spare`]).
    spare_lists: Vec<(Vec<Span>, Vec<String>)>,
}

/// Most entities and mentions (of names, or of any kind for one entity) of a document whose
/// resolver's vectors are kept for the thread's next document: a thread keeps at most a few
/// hundred kilobytes between documents.
const KEEP_ENTITIES: usize = 1024;
const KEEP_MENTIONS: usize = 16 * 1024;

/// The vectors of a resolver, emptied, kept for the thread's next document.
#[derive(Default)]
struct Spare {
    entities: Vec<Entity>,
    lists: Vec<(Vec<Span>, Vec<String>)>,
    by_key: keys::Keys,
    timeline: Vec<(usize, usize, bool)>,
    runs: Vec<(usize, usize)>,
    key_full: String,
    key_last: String,
    word_spans: Vec<(usize, usize)>,
}

impl Spare {
    /// These vectors emptied, their memory kept, the entities' mention and description
    /// vectors moved to [`lists`](Self::lists); `None` when a long document left them large.
    fn emptied(mut self) -> Option<Spare> {
        if self.entities.len() > KEEP_ENTITIES
            || self.lists.len() > KEEP_ENTITIES
            || self.timeline.capacity() > KEEP_MENTIONS
            || self.runs.capacity() > KEEP_MENTIONS
        {
            return None;
        }
        for e in self.entities.drain(..) {
            let (mut mentions, mut descriptions) = (e.mentions, e.descriptions);
            if mentions.capacity() <= KEEP_MENTIONS {
                mentions.clear();
                descriptions.clear();
                self.lists.push((mentions, descriptions));
            }
        }
        self.by_key.clear();
        self.timeline.clear();
        self.runs.clear();
        Some(self)
    }
}

/// How many name mentions back a pronoun may refer to.
const PRONOUN_REACH: usize = 60;

thread_local! {
    /// Each thread's resolver vectors from its previous document (see [`Spare`]): a
    /// document's resolver reuses them instead of allocating and growing its own.
    static SPARE: std::cell::Cell<Spare> = std::cell::Cell::new(Spare::default());
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
}

/// `s.to_lowercase()`, in place when `s` is ASCII.
fn to_lowercase_in_place(s: &mut String) {
    if s.is_ascii() {
        s.make_ascii_lowercase();
    } else {
        *s = s.to_lowercase();
    }
}

/// The word `w` as the head of a nominal mention: trimmed of what is not a letter or
/// digit, ASCII lower-cased, a title's abbreviation written out ("Sen." → "senator") and
/// "spokesman"/"spokeswoman" as "spokesperson"; `buf` holds the lower-cased copy.
fn head_form<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    buf.push_str(trim_non_alphanumeric(w));
    buf.make_ascii_lowercase();
    match buf.as_str() {
        "gen" => "general",
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "col" => "colonel",
        "lt" => "lieutenant",
        "sgt" => "sergeant",
        "capt" => "captain",
        "adm" => "admiral",
        "prof" => "professor",
        "dr" => "doctor",
        "pres" => "president",
        "spokesman" | "spokeswoman" => "spokesperson",
        _ => buf.as_str(),
    }
}

/// `w` trimmed of what is not a letter or digit; no char decoding when it starts and ends
/// with an ASCII letter or digit (as most words do), which trims nothing.
fn trim_non_alphanumeric(w: &str) -> &str {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return w;
    }
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Strips a possessive 's / ’s / ' from a name word.
pub(crate) fn strip_possessive(w: &str) -> &str {
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(x) = w.strip_suffix(suf) {
            return x;
        }
    }
    w
}

impl Resolver {
    /// A resolver for the mentions of `text`.
    pub fn new(text: &str) -> Resolver {
        let spare = SPARE.with(std::cell::Cell::take);
        Resolver {
            entities: spare.entities,
            by_key: spare.by_key,
            timeline: spare.timeline,
            last_speaker: None,
            positions: Positions::new_in(text, spare.runs),
            key_full: spare.key_full,
            key_last: spare.key_last,
            word_spans: spare.word_spans,
            spare_lists: spare.lists,
        }
    }

    /// A new entity (id: the number of entities before) with `mention` as its first mention.
    fn new_entity(
        &mut self,
        name: Span,
        name_words: usize,
        kind: SpeakerKind,
        gender: Gender,
        spoke: bool,
        mention: Option<Span>,
    ) -> usize {
        let id = self.entities.len();
        let (mut mentions, descriptions) = self.spare_lists.pop().unwrap_or_default();
        mentions.extend(mention);
        self.entities.push(Entity {
            name,
            name_words,
            kind,
            gender,
            descriptions,
            mentions,
            spoke,
            heads: String::new(),
            heads_of: 0,
        });
        id
    }

    /// Adds a name mention (`span` is the name, without title prefix); `desc` an optional
    /// description; returns the entity id.
    #[allow(clippy::too_many_arguments)]
    pub fn add_name(
        &mut self,
        text: &str,
        span: Span,
        honorific: Option<Gender>,
        desc: Option<&str>,
        titled: bool,
        subject: bool,
        lex: &Lexicons,
        vocab: &Vocab,
    ) -> usize {
        let name = span.text(text);
        let (n, first, _) = if name.is_ascii() {
            self.ascii_keys(name)
        } else {
            self.keys(name)
        };
        // the words' vocabulary entries: the first one's tells its gender as a first name
        // (`lex.first_name_gender`, one lookup for both), any one's an organization word
        let info =
            |&(s, e): &(usize, usize)| vocab.lookup_bytes(name.as_bytes().get(s..e).unwrap_or(&[]));
        let first_info = self.word_spans.first().map(info);
        debug_assert_eq!(
            first_info.and_then(|i| i.first_name),
            lex.first_name_gender(first)
        );
        let first_gender = first_info.filter(|_| n >= 2).and_then(|i| i.first_name);
        let is_org = first_gender.is_none()
            && (first_info.is_some_and(|i| i.flags & F_ORG_WORD != 0)
                || self
                    .word_spans
                    .iter()
                    .skip(1)
                    .any(|w| info(w).flags & F_ORG_WORD != 0));
        // Find an existing entity: exact full name, else by surname (persons).
        let full = self.by_key.probe_key(&self.key_full);
        let mut found = self.by_key.latest_of(&self.key_full, full);
        let mut surname = None;
        if found.is_none() && !is_org {
            let p = self.by_key.probe_key(&self.key_last);
            found = self.by_surname(text, n, first, honorific, p);
            surname = Some(p);
        }
        let id = match found {
            Some(id) => id,
            None => self.new_entity(span, n, SpeakerKind::Unknown, Gender::Unknown, false, None),
        };
        self.by_key.add_probed(&self.key_full, full, id);
        // a surname key equal to the full key has `id` last already
        if !is_org && n >= 1 && self.key_last != self.key_full {
            match surname {
                Some(p) => self.by_key.add_probed(&self.key_last, p, id),
                None => self.by_key.add(&self.key_last, id),
            }
        }
        if let Some(e) = self.entities.get_mut(id) {
            if n > e.name_words {
                e.name = span;
                e.name_words = n;
            }
            if is_org {
                if e.kind == SpeakerKind::Unknown {
                    e.kind = SpeakerKind::Organization;
                }
            } else if first_gender.is_some() || honorific.is_some() || titled {
                e.kind = SpeakerKind::Person;
            }
            if e.gender == Gender::Unknown {
                if let Some(g) = honorific.filter(|g| *g != Gender::Unknown).or(first_gender) {
                    e.gender = g;
                }
            }
            if let Some(d) = desc {
                e.describe(d);
            }
            e.mentions.push(span);
        }
        self.timeline.push((span.start, id, subject));
        id
    }

    /// The keys of the name `name` (any text): the full key (lower case, one space between
    /// words, each word without its possessive) in `key_full`, the last word lower-cased in
    /// `key_last`, the words' byte ranges in `word_spans`; returns the number of words and
    /// the first and last word (possessives stripped).
    fn keys<'a>(&mut self, name: &'a str) -> (usize, &'a str, &'a str) {
        self.key_full.clear();
        self.word_spans.clear();
        let (mut n, mut first, mut last) = (0usize, "", "");
        for w in words(name).map(strip_possessive) {
            if n == 0 {
                first = w;
            } else {
                self.key_full.push(' ');
            }
            self.key_full.push_str(w);
            last = w;
            n += 1;
            // `w` is a slice of `name`
            let s = (w.as_ptr() as usize).wrapping_sub(name.as_ptr() as usize);
            self.word_spans.push((s, s + w.len()));
        }
        to_lowercase_in_place(&mut self.key_full);
        self.key_last.clear();
        self.key_last.push_str(last);
        to_lowercase_in_place(&mut self.key_last);
        (n, first, last)
    }

    /// [`keys`](Self::keys) of an ASCII name in one pass over its bytes: the white space of
    /// [`words`] in ASCII is tab, line feed, U+000B, form feed, carriage return and space,
    /// and the possessives of [`strip_possessive`] are 's and '.
    fn ascii_keys<'a>(&mut self, name: &'a str) -> (usize, &'a str, &'a str) {
        self.key_full.clear();
        self.word_spans.clear();
        let bytes = name.as_bytes();
        let is_ws = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
        let (mut i, mut last) = (0, (0, 0));
        while i < bytes.len() {
            if bytes.get(i).is_some_and(|&b| is_ws(b)) {
                i += 1;
                continue;
            }
            let s = i;
            while bytes.get(i).is_some_and(|&b| !is_ws(b)) {
                i += 1;
            }
            let w = bytes.get(s..i).unwrap_or(&[]);
            let e = if w.ends_with(b"'s") {
                i - 2
            } else if w.ends_with(b"'") {
                i - 1
            } else {
                i
            };
            if !self.word_spans.is_empty() {
                self.key_full.push(' ');
            }
            self.key_full.push_str(name.get(s..e).unwrap_or(""));
            self.word_spans.push((s, e));
            last = (s, e);
        }
        self.key_full.make_ascii_lowercase();
        let n = self.word_spans.len();
        let first = self
            .word_spans
            .first()
            .and_then(|&(s, e)| name.get(s..e))
            .unwrap_or("");
        let last = name.get(last.0..last.1).unwrap_or("");
        self.key_last.clear();
        self.key_last.push_str(last);
        self.key_last.make_ascii_lowercase();
        (n, first, last)
    }

    /// The most recent person (or unknown) entity under the surname key `key_last` (probed
    /// as `surname`) that a name of `n` words starting with `first` (and of the honorific's
    /// gender) may be.
    fn by_surname(
        &self,
        text: &str,
        n: usize,
        first: &str,
        honorific: Option<Gender>,
        surname: keys::Probe,
    ) -> Option<usize> {
        self.by_key.ids_of(&self.key_last, surname).find(|&c| {
            let Some(e) = self.entities.get(c) else {
                return false;
            };
            if e.kind == SpeakerKind::Organization || e.kind == SpeakerKind::Group {
                return false;
            }
            let efirst = words(e.name.text(text)).next().unwrap_or("");
            // Different first names: different people.
            if n >= 2 && e.name_words >= 2 && !efirst.eq_ignore_ascii_case(first) {
                return false;
            }
            match (honorific, e.gender) {
                (Some(g), eg) if eg != Gender::Unknown && g != Gender::Unknown => g == eg,
                _ => true,
            }
        })
    }

    /// Entity of the name mention covering `span`, if any.
    pub fn entity_at(&self, span: Span) -> Option<usize> {
        let i = self.timeline.partition_point(|&(s, _, _)| s < span.start);
        // mention starting at or shortly after span.start inside span
        if let Some(&(s, id, _)) = self.timeline.get(i) {
            if s < span.end {
                return Some(id);
            }
        }
        // mention starting before span.start that covers it
        if let Some(&(_, id, _)) = i.checked_sub(1).and_then(|j| self.timeline.get(j)) {
            if self
                .entities
                .get(id)
                .is_some_and(|e| e.mentions.iter().any(|m| m.overlaps(span)))
            {
                return Some(id);
            }
        }
        None
    }

    /// Resolves a pronoun at `pos` with the given gender/number (to an entity of the last
    /// [`PRONOUN_REACH`] name mentions before it).
    pub fn resolve_pronoun(&self, pos: usize, gender: Gender, number: Number) -> Option<usize> {
        let i = self.timeline.partition_point(|&(s, _, _)| s < pos);
        let at = self.positions.get(pos);
        // the mentions are visited last first
        let mut positions = self.positions.backwards();
        let mut best: Option<(i64, usize)> = None;
        // the entities of the last mentions before `pos`: at most one each, on the stack
        let mut seen = [0usize; PRONOUN_REACH];
        let mut n_seen = 0;
        let lo = i.saturating_sub(PRONOUN_REACH);
        for &(s, id, subj) in self.timeline.get(lo..i).unwrap_or(&[]).iter().rev() {
            if seen.get(..n_seen).unwrap_or(&[]).contains(&id) {
                continue;
            }
            if let Some(slot) = seen.get_mut(n_seen) {
                *slot = id;
                n_seen += 1;
            }
            // centering: the subject of a sentence is the likelier antecedent
            let subj_bonus: i64 = if subj { 120 } else { 0 };
            let Some(e) = self.entities.get(id) else {
                continue;
            };
            let dist = at.saturating_sub(positions.get(s)) as i64;
            let mut score = subj_bonus - dist;
            match number {
                Number::Plural => {
                    if e.kind == SpeakerKind::Person {
                        continue;
                    }
                    if e.kind == SpeakerKind::Unknown {
                        score -= 300;
                    }
                }
                _ if gender == Gender::Neuter => match e.kind {
                    SpeakerKind::Organization => {}
                    SpeakerKind::Unknown if e.spoke => score -= 150,
                    _ => continue,
                },
                _ => {
                    match e.kind {
                        SpeakerKind::Person => {}
                        SpeakerKind::Unknown if e.spoke => score -= 150,
                        SpeakerKind::Unknown => continue,
                        _ => continue,
                    }
                    match (gender, e.gender) {
                        (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male) => continue,
                        (Gender::Male | Gender::Female, Gender::Unknown) => score -= 200,
                        _ => {}
                    }
                }
            }
            if self.last_speaker == Some(id) {
                score += 400;
            }
            if e.spoke {
                score += 100;
            }
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// Resolves a nominal ("the spokesperson") by its head noun against descriptions; the
    /// nearest described entity wins.
    pub fn resolve_nominal(&self, head: &str, pos: usize) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        let mut buf = String::new();
        let head = head_form(head, &mut buf).to_owned();
        let head = head.as_str();
        let at = self.positions.get(pos);
        let mut checked = 0usize;
        for (id, e) in self.entities.iter().enumerate().rev() {
            if e.descriptions.is_empty() {
                continue;
            }
            checked += 1;
            if checked > 200 {
                break;
            }
            if !e.has_head(head) {
                continue;
            }
            let d = e
                .mentions
                .iter()
                .map(|m| self.positions.get(m.start).abs_diff(at))
                .min()
                .unwrap_or(usize::MAX);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// Adds a new entity for an unnamed group/organization mention ("Russian media").
    pub fn add_other(&mut self, span: Span, kind: SpeakerKind) -> usize {
        self.new_entity(span, 1, kind, Gender::Neuter, true, Some(span))
    }
}

impl Drop for Resolver {
    /// Hands the vectors to the thread's next document (see [`Resolver::new`]).
    fn drop(&mut self) {
        use std::mem::take;
        let spare = Spare {
            entities: take(&mut self.entities),
            lists: take(&mut self.spare_lists),
            by_key: take(&mut self.by_key),
            timeline: take(&mut self.timeline),
            runs: take(&mut self.positions.runs),
            key_full: take(&mut self.key_full),
            key_last: take(&mut self.key_last),
            word_spans: take(&mut self.word_spans),
        };
        if let Some(spare) = spare.emptied() {
            // (no spare once the thread's locals are gone, at its exit)
            let _ = SPARE.try_with(|s| s.set(spare));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{space_at, Positions, Resolver};

    #[test]
    fn head_forms_of_descriptions_are_compared_as_the_words_are() {
        let mut r = Resolver::default();
        let span = crate::Span::new(0, 1);
        let id = r.add_other(span, super::SpeakerKind::Person);
        let e = &mut r.entities[id];
        e.describe("State Department  spokesman,");
        e.describe("the Sen.");
        // a description added without `describe`: compared word by word
        e.descriptions.push("chief — economist".into());
        let mut buf = String::new();
        for w in [
            "spokesperson",
            "state",
            "department",
            "senator",
            "the",
            "chief",
            "",
            "x",
        ] {
            let plain = e
                .descriptions
                .iter()
                .any(|d| super::words(d).any(|x| super::head_form(x, &mut buf) == w));
            assert_eq!(e.has_head(w), plain, "{w:?}");
        }
    }

    #[test]
    fn one_spaced_texts_are_their_own_one_space() {
        let alphabet = [
            "a", "B", " ", "  ", "\t", "\n", "\u{a0}", "\u{2009}", "é", "~", "\u{1f}",
        ];
        for t in crate::testing::random_texts(&alphabet, 0x9e37_79b9_7f4a_7c15u64, 20_000, 9) {
            let plain: Vec<&str> = t.split(super::is_space).filter(|w| !w.is_empty()).collect();
            assert_eq!(super::one_space(&t), plain.join(" "), "{t:?}");
        }
    }

    #[test]
    fn the_ascii_keys_of_a_name_are_the_plain_ones() {
        let parts = [
            "",
            " ",
            "Jane",
            "ROE",
            "roe's",
            "Roe'",
            "'s",
            "'",
            "''",
            "s'",
            "Smith's's",
            "O'Neil",
            "\t",
            "\n",
            "\u{b}",
            "\u{c}",
            "\r",
            "  ",
            "a",
            "Ab'S",
            "x\u{1f}y",
        ];
        let mut names = Vec::new();
        for a in parts {
            for b in parts {
                for c in ["", " ", "\t", "Mc'", "DE"] {
                    names.push(format!("{a}{c}{b}"));
                    names.push(format!("{c}{a} {b}{c}"));
                }
            }
        }
        let (mut r1, mut r2) = (Resolver::default(), Resolver::default());
        for name in &names {
            let fast = r1.ascii_keys(name);
            let plain = r2.keys(name);
            assert_eq!(fast, plain, "{name:?}");
            assert_eq!(r1.key_full, r2.key_full, "{name:?}");
            assert_eq!(r1.key_last, r2.key_last, "{name:?}");
            assert_eq!(r1.word_spans, r2.word_spans, "{name:?}");
        }
    }

    /// The scan before the eight-byte skip: one byte at a time.
    fn runs_bytewise(text: &str) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let (mut dropped, mut run_start) = (0, None);
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let ws = match b {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => true,
                0..=0x7f => false,
                0x80..=0xbf => continue,
                0xc2 | 0xe1..=0xe3 | 0xef => space_at(text, i),
                _ => false,
            };
            if ws {
                run_start.get_or_insert(i);
            } else if let Some(s) = run_start.take() {
                if i - s > 1 {
                    dropped += i - s - 1;
                    runs.push((i, dropped));
                }
            }
        }
        runs
    }

    #[test]
    fn positions_skip_plain_ascii_but_keep_every_white_space_run() {
        let texts = [
            "Senator Graham said the bill was dead.",
            "Senator  Graham said\r\nthe bill was dead.",
            "1234567  89 double space across the eight-byte chunk edge",
            "1234567 \t89 tab after a space at the chunk's last byte",
            "abcdefg\u{a0} NBSP then space; caf\u{e9}  latte\u{200b} ok   ",
            "        leading spaces and trailing ones        ",
            "a b c d e f g h i j k l m n o p  q",
        ];
        for t in texts {
            assert_eq!(Positions::new(t).runs, runs_bytewise(t), "{t:?}");
        }
        assert_eq!(Positions::new("ab  cd").get(4), 3);
    }

    #[test]
    fn ascii_white_space_is_the_white_space_of_every_ascii_byte() {
        for b in 0u8..0x80 {
            for at in 0..8 {
                let filler = u64::from_le_bytes(*b"a!~\x1f\x0e\x08 \x7f");
                let x = (u64::from(b) << (8 * at)) | (filler & !(0xff << (8 * at)));
                let ws = super::ascii_white_space(x);
                for j in 0..8 {
                    let byte = (x >> (8 * j)) as u8;
                    let plain = char::from(byte).is_whitespace();
                    assert_eq!((ws >> (8 * j + 7)) & 1 != 0, plain, "{byte:#x} in {x:#x}");
                }
            }
        }
    }

    #[test]
    fn positions_asked_backwards_are_the_positions() {
        let t = "a  b\r\n\r\nc d\u{a0} e   f  g h\n\ni";
        let p = Positions::new(t);
        let mut back = p.backwards();
        // decreasing offsets, then some out of order
        for pos in (0..t.len() + 3).rev().chain([5, 9, 2, 30, 1, 0, 17]) {
            assert_eq!(back.get(pos), p.get(pos), "{pos}");
        }
    }

    #[test]
    fn positions_agree_with_the_bytewise_scan_on_random_texts() {
        let alphabet = [
            "a", "bc", " ", "  ", "\t", "\r\n", "\n", "\u{a0}", "\u{2009}", "\u{201c}", "é", "x y",
            "\u{1}", "\u{7f}", "~", "!", " !",
        ];
        for t in crate::testing::random_texts(&alphabet, 0x2545_f491_4f6c_dd1du64, 20_000, 40) {
            assert_eq!(Positions::new(&t).runs, runs_bytewise(&t), "{t:?}");
        }
    }
}
