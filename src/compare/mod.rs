//! Comparing coverage across articles: who was quoted in which article, and which quotes
//! are the same statement — verbatim, reworded, or in part.
//!
//! [`compare`] takes N articles with the quotes [`extract`](crate::extract) found in them
//! (article ids are positions in the input) and returns a [`Comparison`]:
//!
//! - **speakers** linked across articles ([`link`]): one person under "Matthew Miller",
//!   "Miller" and "a State Department spokesperson"; organizations alike.
//! - **statements**: quotes from different articles that are one statement, with a
//!   [`Relation`]:
//!   - [`Same`](Relation::Same): the same words, ignoring quotation marks, case, whitespace
//!     and punctuation (see [`words`]);
//!   - [`Variant`](Relation::Variant): the same statement with small wording differences —
//!     "great concern" / "great concerns", a dropped clause, an ellipsis — with the
//!     word-level [`diff`](Statement::diff) of each member against the first;
//!   - [`Fragment`](Relation::Fragment): one quotes a part of the other, the part's words
//!     appearing verbatim (in order, contiguous) in the whole. A mixed quote ("said the U.S.
//!     will “always” monitor ...") takes part only through its quoted fragments: its
//!     reported speech is paraphrase, not quoted words.
//!
//! What is compared: a direct quote's content (all its spans, a split quote being one
//! statement), each quoted fragment of a mixed quote, and an indirect quote's content
//! without a leading "that" (two outlets running the same paraphrase, or one dropping the
//! quotation marks).
//!
//! ## When two quotes are one statement
//!
//! Sharing a topic is not enough: “We continue to have great concerns about ...” and "I
//! think we have made quite clear our great concern about ..." share words but are two
//! statements. Pairs of quotes are decided on their word sequences `s` (shorter) and `l`:
//!
//! - `same`: `s == l`;
//! - `fragment`: `s` occurs contiguously in `l`;
//! - `variant`: the longest common subsequence keeps at least 80 % of `s` and 50 % of `l`
//!   ([`CompareOptions::variant_shorter`], [`CompareOptions::variant_longer`]).
//!
//! **Speakers must agree, unless the words alone are conclusive.** A pair is linked when
//! both quotes are attributed to the same linked speaker. When the speakers differ, or one
//! is unknown, the pair is linked only when the two share a verbatim run of at least
//! [`CompareOptions::min_words_any_speaker`] (8) words, and a variant keeps 90 % of the
//! shorter ([`CompareOptions::variant_shorter_any_speaker`]): a stock phrase ("We are
//! monitoring the situation closely") said by two people, or by unresolved speakers, is
//! two statements, and so are two sentences built on one pattern, while a long verbatim
//! passage is one statement however it is attributed (one outlet credits Miller, another
//! "the State Department"; the members then show the different speakers and
//! [`Statement::same_speaker`] is false). A one- or two-word quoted fragment ("great
//! concerns") links only to a quote of the same speaker that contains it.
//!
//! ## Scale
//!
//! Identical wordings are grouped by a hash of their word sequence; other pairs come from
//! an inverted index over 3-word shingles ([`index`]) probed with a bounded work budget,
//! and fragments shorter than a shingle are looked up by hash at every position of every
//! quote of the same speaker. The whole comparison is near-linear in the number of quotes.
//!
//! ```
//! use quotewire::compare::{compare, Relation, Source};
//! use quotewire::{extract, Article};
//!
//! let a = "Talks stall\n\n“We are deeply concerned about the launches,” Jane Roe said.";
//! let b = "Roe speaks\n\n“We are deeply concerned about the launch,” Jane Roe said.";
//! let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
//! let cmp = compare(&[Source::new(a, &qa), Source::new(b, &qb)]);
//! assert_eq!(cmp.speakers[0].name, "Jane Roe");
//! assert_eq!(cmp.speakers[0].articles.len(), 2);
//! let st = &cmp.statements[0];
//! assert_eq!(st.relation, Relation::Variant);
//! let ops: Vec<String> = st.diff[0].ops.iter()
//!     .filter(|o| o.kind != quotewire::compare::DiffKind::Equal)
//!     .map(|o| format!("{:?} {}", o.kind, o.text)).collect();
//! assert_eq!(ops, ["Delete launches", "Insert launch"]);
//! # Ok::<(), quotewire::Error>(())
//! ```

pub mod diff;
pub mod index;
pub mod link;
pub mod words;

pub use diff::DiffKind;

use crate::quotes::{QuoteKind, Quotes};
use crate::speakers::SpeakerKind;
use crate::text::marks::quotations;
use crate::Span;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use words::{combine, seq_hash, Word, SEQ_SEED};

/// One article to compare: its text and the quotes extracted from it.
///
/// ```
/// use quotewire::{compare::Source, extract, Article};
/// let text = "T\n\n“Yes,” Ann Lee said.";
/// let quotes = extract(&Article::parse(text)?);
/// let src = Source::new(text, &quotes);
/// assert_eq!(src.quotes.quotes.len(), 1);
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Source<'a> {
    /// The article text the quote spans point into.
    pub text: &'a str,
    /// What [`extract`](crate::extract) found in it.
    pub quotes: &'a Quotes,
}

impl<'a> Source<'a> {
    /// Pairs a text with its quotes.
    ///
    /// ```
    /// let q = quotewire::Quotes::default();
    /// assert_eq!(quotewire::compare::Source::new("x", &q).text, "x");
    /// ```
    pub fn new(text: &'a str, quotes: &'a Quotes) -> Source<'a> {
        Source { text, quotes }
    }
}

/// Thresholds of the comparison (see the [module](self) docs).
///
/// ```
/// let o = quotewire::compare::CompareOptions::default();
/// assert_eq!((o.shingle, o.min_words_any_speaker), (3, 8));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareOptions {
    /// Words per shingle in the index (default 3; at least 1).
    pub shingle: usize,
    /// Words of a verbatim run needed to link quotes whose speakers are not one linked
    /// speaker (different, or unknown) (default 8).
    pub min_words_any_speaker: usize,
    /// Variant: share of the shorter quote's words kept in order (default 0.8).
    pub variant_shorter: f32,
    /// Variant: share of the longer quote's words kept in order (default 0.5).
    pub variant_longer: f32,
    /// Variant of quotes whose speakers are not one linked speaker: share of the shorter
    /// quote's words kept in order (default 0.9; a verbatim run of
    /// `min_words_any_speaker` words is needed too).
    pub variant_shorter_any_speaker: f32,
    /// Words of a quote compared; longer quotes are compared on their first `max_words`
    /// words (default 1000).
    pub max_words: usize,
    /// Index entries one quote may visit when looking for candidates (default 2048).
    pub probe_budget: usize,
    /// Candidates verified per quote, those of the same speaker first (default 32).
    pub max_candidates: usize,
    /// A quoted part found verbatim in more than this many different statements is not
    /// linked to any of them (default 4): it is too common to tell which it quotes, and
    /// listing it under each would grow the output with the square of its uses.
    pub fragment_max_wholes: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            shingle: 3,
            min_words_any_speaker: 8,
            variant_shorter: 0.8,
            variant_longer: 0.5,
            variant_shorter_any_speaker: 0.9,
            max_words: 1000,
            probe_budget: 2048,
            max_candidates: 32,
            fragment_max_wholes: 4,
        }
    }
}

/// How a member of a linked speaker was linked.
///
/// ```
/// use quotewire::compare::LinkVia;
/// assert_eq!(serde_json::to_string(&LinkVia::Surname).unwrap(), "\"surname\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkVia {
    /// The same (full) name.
    Name,
    /// A surname alone, matching the one full name with that surname.
    Surname,
    /// A described mention ("a State Department spokesperson") matching the person's
    /// description.
    Description,
}

/// One speaker's presence in one article.
///
/// ```
/// use quotewire::compare::{compare, LinkVia, Source};
/// use quotewire::{extract, Article};
/// let a = "T\n\n“We will win,” Jane Roe said.";
/// let b = "T\n\n“We will lose,” Roe said.";
/// let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
/// let cmp = compare(&[Source::new(a, &qa), Source::new(b, &qb)]);
/// let e = &cmp.speakers[0].articles[1];
/// assert_eq!((e.article, e.speaker_id, e.name.as_str(), e.via), (1, Some(0), "Roe", LinkVia::Surname));
/// assert_eq!(e.quotes, [0]);
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerInArticle {
    /// Article index (input order).
    pub article: usize,
    /// Index into that article's [`Quotes::speakers`]; `None` for a described mention
    /// linked by [`LinkVia::Description`] (the article names no such person; its quotes
    /// are listed in `quotes`).
    pub speaker_id: Option<usize>,
    /// The name in that article (or the described mention, as written).
    pub name: String,
    /// How this entry was linked.
    pub via: LinkVia,
    /// The article's quotes attributed to this speaker (indices into [`Quotes::quotes`]).
    pub quotes: Vec<usize>,
}

/// A speaker linked across articles.
///
/// ```
/// use quotewire::compare::{compare, Source};
/// use quotewire::{extract, Article, SpeakerKind};
/// let t = "T\n\n“Yes,” Mayor Ann Lee said.";
/// let q = extract(&Article::parse(t)?);
/// let cmp = compare(&[Source::new(t, &q), Source::new(t, &q)]);
/// assert_eq!((cmp.speakers[0].name.as_str(), cmp.speakers[0].kind), ("Ann Lee", SpeakerKind::Person));
/// assert_eq!(cmp.speakers[0].articles.len(), 2);
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedSpeaker {
    /// Canonical name: the longest name the articles give.
    pub name: String,
    /// Person if any article knows a person; else the kind of the named entity.
    pub kind: SpeakerKind,
    /// Entries in article order.
    pub articles: Vec<SpeakerInArticle>,
}

/// How the members of a statement relate.
///
/// ```
/// use quotewire::compare::Relation;
/// assert_eq!(serde_json::to_string(&Relation::Fragment).unwrap(), "\"fragment\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same words.
    Same,
    /// Small wording differences (see [`Statement::diff`]).
    Variant,
    /// The [`Role::Part`] members quote a part of the [`Role::Whole`] members.
    Fragment,
}

/// A member's role in a statement.
///
/// ```
/// use quotewire::compare::Role;
/// assert_eq!(serde_json::to_string(&Role::Part).unwrap(), "\"part\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The whole statement (every member of a `same` or `variant` statement).
    Whole,
    /// A quoted part of it (`fragment` statements).
    Part,
}

/// Where a part's words appear in a whole member.
///
/// ```
/// use quotewire::compare::{compare, Role, Source};
/// use quotewire::{extract, Article};
/// let a = "T\n\n“We will rebuild every home before winter,” Ann Lee said.";
/// let b = "T\n\nAnn Lee said the city would rebuild “every home” soon.";
/// let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
/// let cmp = compare(&[Source::new(a, &qa), Source::new(b, &qb)]);
/// let part = cmp.statements[0].members.iter().find(|m| m.role == Role::Part).unwrap();
/// let found = part.found_in.unwrap();
/// assert_eq!((found.member, found.span.text(a)), (0, "every home"));
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundIn {
    /// Index of the whole member in [`Statement::members`].
    pub member: usize,
    /// Span of the matching words in that member's article text.
    pub span: Span,
}

/// One quote (or one quoted fragment of a mixed quote) in a statement.
///
/// ```
/// use quotewire::compare::{compare, Role, Source};
/// use quotewire::{extract, Article, QuoteKind};
/// let t = "T\n\n“We will rebuild every home,” Ann Lee said.";
/// let q = extract(&Article::parse(t)?);
/// let cmp = compare(&[Source::new(t, &q), Source::new(t, &q)]);
/// let m = &cmp.statements[0].members[1];
/// assert_eq!((m.article, m.quote, m.kind, m.role), (1, 0, QuoteKind::Direct, Role::Whole));
/// assert_eq!((m.text.as_str(), m.words), ("“We will rebuild every home,”", 5));
/// assert_eq!(m.spans[0].text(t), m.text);
/// assert_eq!(cmp.speakers[m.speaker.unwrap()].name, "Ann Lee");
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Article index (input order).
    pub article: usize,
    /// Index into that article's [`Quotes::quotes`].
    pub quote: usize,
    /// The quote's kind; for `mixed`, the member is one quoted fragment of it.
    pub kind: QuoteKind,
    /// Whole statement or quoted part.
    pub role: Role,
    /// The compared text: the content spans (direct; indirect without a leading "that") or
    /// the quoted fragment with its marks (mixed).
    pub spans: Vec<Span>,
    /// The text of `spans`, joined by a space.
    pub text: String,
    /// Number of compared words.
    pub words: usize,
    /// Index into [`Comparison::speakers`] of the quote's speaker, if resolved.
    pub speaker: Option<usize>,
    /// Parts: where the words appear verbatim in a whole member (searched in the first
    /// eight wholes; `None` when none of them holds the words exactly).
    pub found_in: Option<FoundIn>,
}

/// One run of a word-level diff, with the words as written.
///
/// ```
/// use quotewire::compare::{compare, DiffKind, Source};
/// use quotewire::{extract, Article};
/// let a = "T\n\n“We are deeply worried about the new launches,” Ann Lee said.";
/// let b = "T\n\n“We are deeply worried about the launches,” Ann Lee said.";
/// let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
/// let cmp = compare(&[Source::new(a, &qa), Source::new(b, &qb)]);
/// let op = &cmp.statements[0].diff[0].ops[1];
/// assert_eq!((op.kind, op.text.as_str(), op.article), (DiffKind::Delete, "new", 0));
/// assert_eq!(op.span.text(a), "new");
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    /// Equal, delete (only in the first member) or insert (only in this member).
    pub kind: DiffKind,
    /// The words as written (from the first word to the last, punctuation between them
    /// included; pieces from different content spans joined by a space).
    pub text: String,
    /// The article `span` points into: the first member's for `equal` and `delete`, this
    /// member's for `insert`.
    pub article: usize,
    /// From the first word to the last, in `article`'s text.
    pub span: Span,
}

/// The word-level difference of one member against the statement's first member.
///
/// ```
/// use quotewire::compare::{compare, DiffKind, Source};
/// use quotewire::{extract, Article};
/// let a = "T\n\n“Our crews pulled 212 people from rooftops today,” Ann Lee said.";
/// let b = "T\n\n“Our crews pulled 212 people from the rooftops today,” Ann Lee said.";
/// let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
/// let cmp = compare(&[Source::new(a, &qa), Source::new(b, &qb)]);
/// let d = &cmp.statements[0].diff[0];
/// assert_eq!(d.member, 1); // b is longer, yet a came first: the longer b is members[0]
/// let ops: Vec<(DiffKind, &str)> = d.ops.iter().map(|o| (o.kind, o.text.as_str())).collect();
/// assert_eq!(ops, [
///     (DiffKind::Equal, "Our crews pulled 212 people from"),
///     (DiffKind::Delete, "the"),
///     (DiffKind::Equal, "rooftops today"),
/// ]);
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberDiff {
    /// Index of the member in [`Statement::members`].
    pub member: usize,
    /// Runs turning the first member's words into this member's.
    pub ops: Vec<DiffOp>,
}

/// Quotes from several articles that are one statement.
///
/// ```
/// use quotewire::compare::{compare, Relation, Source};
/// use quotewire::{extract, Article};
/// let a = "T\n\n“We are closely monitoring the situation,” Ann Lee said.";
/// let b = "T\n\n“We are closely monitoring the situation,” Bo Park said.";
/// let (qa, qb) = (extract(&Article::parse(a)?), extract(&Article::parse(b)?));
/// // A six-word stock phrase by two people: two statements, nothing linked.
/// assert!(compare(&[Source::new(a, &qa), Source::new(b, &qb)]).statements.is_empty());
/// let cmp = compare(&[Source::new(a, &qa), Source::new(a, &qa)]);
/// assert_eq!((cmp.statements[0].relation, cmp.statements[0].same_speaker), (Relation::Same, true));
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Same, variant or fragment.
    pub relation: Relation,
    /// Members, from at least two articles. The first is the reference, the longest
    /// whole (a direct quote among equals); the other wholes follow in article order; in a
    /// `fragment` statement, then every part quoted from the whole, in article order.
    pub members: Vec<Member>,
    /// `variant`: the diff of every member whose words differ from the first member's.
    /// Empty otherwise.
    pub diff: Vec<MemberDiff>,
    /// True when every member is attributed to one linked speaker.
    pub same_speaker: bool,
}

/// Sizes of the comparison's working data.
///
/// ```
/// use quotewire::compare::{compare, Source};
/// use quotewire::{extract, Article};
/// let t = "T\n\n“We will rebuild every home,” Ann Lee said.";
/// let q = extract(&Article::parse(t)?);
/// let st = compare(&[Source::new(t, &q), Source::new(t, &q)]).stats;
/// assert_eq!((st.pieces, st.distinct, st.words, st.shingles), (2, 1, 10, 3));
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompareStats {
    /// Compared pieces (direct and indirect quotes, quoted fragments of mixed quotes).
    pub pieces: usize,
    /// Distinct (wording, speaker) pairs among them.
    pub distinct: usize,
    /// Compared words.
    pub words: usize,
    /// Shingles in the index.
    pub shingles: usize,
    /// Heap bytes of the shingle index.
    pub index_bytes: usize,
}

/// The result of [`compare`].
///
/// ```
/// let cmp = quotewire::compare::Comparison::default();
/// assert!(cmp.speakers.is_empty() && cmp.statements.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Every speaker of every article, linked across articles, in order of first
    /// appearance (a speaker found in one article has one entry).
    pub speakers: Vec<LinkedSpeaker>,
    /// Statements found in two or more articles, ordered by their earliest member (a
    /// `same` or `variant` statement before the `fragment` statement of the same whole).
    pub statements: Vec<Statement>,
    /// Sizes of the working data.
    pub stats: CompareStats,
}

/// Compares articles with the default [`CompareOptions`] (see the [module](self) docs).
///
/// ```
/// use quotewire::compare::{compare, Source};
/// assert!(compare(&[]).statements.is_empty());
/// ```
pub fn compare(sources: &[Source<'_>]) -> Comparison {
    Comparer::default().compare(sources)
}

/// A comparison with options of your own.
///
/// ```
/// use quotewire::compare::{CompareOptions, Comparer};
/// let c = Comparer::with_options(CompareOptions { min_words_any_speaker: 12, ..Default::default() });
/// assert_eq!(c.options().min_words_any_speaker, 12);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparer {
    options: CompareOptions,
}

/// A compared piece of text.
#[derive(Debug, Clone)]
struct Piece {
    article: u32,
    quote: u32,
    kind: QuoteKind,
    spans: std::ops::Range<u32>,
    words: std::ops::Range<u32>,
    speaker: Option<u32>,
}

/// Union-find over `u32` ids (smaller id becomes the root).
struct Uf(Vec<u32>);

impl Uf {
    fn new(n: usize) -> Uf {
        Uf((0..n as u32).collect())
    }
    fn find(&mut self, mut x: u32) -> u32 {
        while let Some(&p) = self.0.get(x as usize) {
            if p == x {
                break;
            }
            let gp = self.0.get(p as usize).copied().unwrap_or(p);
            if let Some(s) = self.0.get_mut(x as usize) {
                *s = gp;
            }
            x = gp;
        }
        x
    }
    fn union(&mut self, a: u32, b: u32) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        if let Some(s) = self.0.get_mut(hi as usize) {
            *s = lo;
        }
        true
    }
}

/// The words of a piece's spans, at most `max`.
fn piece_words(text: &str, spans: &[Span], max: usize) -> Vec<Word> {
    spans
        .iter()
        .flat_map(|s| words::words(text, *s))
        .take(max)
        .collect()
}

/// A distinct (wording, speaker).
struct Rep {
    first_piece: u32,
    words: std::ops::Range<u32>,
    speaker: Option<u32>,
}

impl Comparer {
    /// A comparer with the given options.
    ///
    /// ```
    /// let c = quotewire::compare::Comparer::with_options(Default::default());
    /// assert_eq!(c.options().shingle, 3);
    /// ```
    pub fn with_options(options: CompareOptions) -> Comparer {
        Comparer { options }
    }

    /// The options in use.
    ///
    /// ```
    /// assert_eq!(quotewire::compare::Comparer::default().options().max_candidates, 32);
    /// ```
    pub fn options(&self) -> &CompareOptions {
        &self.options
    }

    /// Compares `sources` (see [`compare`]).
    ///
    /// ```
    /// use quotewire::compare::{Comparer, Relation, Source};
    /// use quotewire::{extract, Article};
    /// let t = "T\n\n“We will rebuild every home,” Mayor Ann Lee said.";
    /// let q = extract(&Article::parse(t)?);
    /// let cmp = Comparer::default().compare(&[Source::new(t, &q), Source::new(t, &q)]);
    /// assert_eq!(cmp.statements[0].relation, Relation::Same);
    /// assert!(cmp.statements[0].same_speaker);
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn compare(&self, sources: &[Source<'_>]) -> Comparison {
        let o = &self.options;
        let k = o.shingle.max(1);
        let min_any = o.min_words_any_speaker.max(1);
        let links = link::link(sources);

        // 1. Pieces and their words.
        let mut pieces: Vec<Piece> = Vec::new();
        let mut span_store: Vec<Span> = Vec::new();
        let mut word_store: Vec<u64> = Vec::new();
        for (a, src) in sources.iter().enumerate() {
            for (qi, q) in src.quotes.quotes.iter().enumerate() {
                let speaker = links
                    .quote_speaker
                    .get(a)
                    .and_then(|v| v.get(qi))
                    .copied()
                    .flatten()
                    .map(|s| s as u32);
                let mut push = |spans: &[Span], store: &mut Vec<Span>, ws: &mut Vec<u64>| {
                    let w0 = ws.len() as u32;
                    ws.extend(
                        spans
                            .iter()
                            .flat_map(|s| words::words(src.text, *s))
                            .take(o.max_words)
                            .map(|w| w.hash),
                    );
                    let w1 = ws.len() as u32;
                    if w1 == w0 {
                        return;
                    }
                    let s0 = store.len() as u32;
                    store.extend_from_slice(spans);
                    pieces.push(Piece {
                        article: a as u32,
                        quote: qi as u32,
                        kind: q.kind,
                        spans: s0..store.len() as u32,
                        words: w0..w1,
                        speaker,
                    });
                };
                match q.kind {
                    QuoteKind::Direct => push(&q.content, &mut span_store, &mut word_store),
                    QuoteKind::Indirect => {
                        // "said that X": the complementizer is not the speaker's word.
                        let mut spans = q.content.clone();
                        if let Some(first) = spans.first_mut() {
                            let mut ws = words::words(src.text, *first);
                            if let (Some(w), Some(next)) = (ws.next(), ws.next()) {
                                if w.span.text(src.text).eq_ignore_ascii_case("that") {
                                    first.start = next.span.start;
                                }
                            }
                        }
                        push(&spans, &mut span_store, &mut word_store)
                    }
                    QuoteKind::Mixed => {
                        // Only the quoted fragments: the rest is the reporter's paraphrase.
                        for c in &q.content {
                            for m in quotations(src.text, *c).iter().filter(|m| m.depth == 0) {
                                push(&[m.outer()], &mut span_store, &mut word_store);
                            }
                        }
                    }
                }
            }
        }
        let wslice = |p: &Piece| -> &[u64] {
            word_store
                .get(p.words.start as usize..p.words.end as usize)
                .unwrap_or_default()
        };

        // 2. Distinct (wording, speaker): identical pieces of one speaker are one statement.
        let mut uf = Uf::new(pieces.len());
        let mut reps: Vec<Rep> = Vec::new();
        let mut piece_rep: Vec<u32> = Vec::with_capacity(pieces.len());
        let mut rep_of: HashMap<(u64, u32, Option<u32>), u32> = HashMap::new();
        let mut by_text: HashMap<(u64, u32), u32> = HashMap::new();
        for (pi, p) in pieces.iter().enumerate() {
            let ws = wslice(p);
            let h = seq_hash(ws);
            let len = ws.len() as u32;
            let long = len as usize >= min_any;
            let r = *rep_of.entry((h, len, p.speaker)).or_insert_with(|| {
                reps.push(Rep {
                    first_piece: pi as u32,
                    words: p.words.clone(),
                    speaker: p.speaker,
                });
                (reps.len() - 1) as u32
            });
            piece_rep.push(r);
            let first = reps.get(r as usize).map_or(pi as u32, |x| x.first_piece);
            if p.speaker.is_some() || long {
                uf.union(first, pi as u32);
            }
            if long {
                // Long identical wording: one statement whoever is credited.
                let f = *by_text.entry((h, len)).or_insert(first);
                uf.union(f, first);
            }
        }
        drop(rep_of);
        drop(by_text);
        let rwords = |r: &Rep| -> &[u64] {
            word_store
                .get(r.words.start as usize..r.words.end as usize)
                .unwrap_or_default()
        };

        // 3. Variants and long fragments through the shingle index.
        let items: Vec<&[u64]> = reps.iter().map(rwords).collect();
        let index = index::ShingleIndex::build(&items, k);
        let mut scratch = index::Scratch::default();
        let mut fragments: Vec<(u32, u32)> = Vec::new(); // (part rep, whole rep)
        let compatible = |a: Option<u32>, b: Option<u32>| a.is_some() && a == b;
        let mut chosen: Vec<(bool, u32, usize)> = Vec::new();
        for (ri, r) in reps.iter().enumerate() {
            let rw = rwords(r);
            if rw.len() < k {
                continue;
            }
            // Candidates sharing a quarter of the probe's (visited) shingles: a variant keeps
            // most of its shingles; a shorter fragment is found from its own side.
            let cands = index.candidates(
                rw,
                k,
                o.probe_budget,
                0.25,
                4 * o.max_candidates,
                &mut scratch,
            );
            chosen.clear();
            for (c, shared) in cands {
                if c == ri {
                    continue;
                }
                let Some(cr) = reps.get(c) else { continue };
                let same = compatible(r.speaker, cr.speaker);
                let shorter = rw.len().min(cr.words.len());
                if !same && shorter < min_any {
                    continue;
                }
                chosen.push((!same, u32::MAX - shared, c));
            }
            chosen.sort_unstable();
            chosen.truncate(o.max_candidates);
            for &(incompatible, _, c) in &chosen {
                let Some(cr) = reps.get(c) else { continue };
                if uf.find(r.first_piece) == uf.find(cr.first_piece) {
                    continue;
                }
                let cw = rwords(cr);
                let (s, l, s_id, l_id) = if rw.len() <= cw.len() {
                    (rw, cw, ri as u32, c as u32)
                } else {
                    (cw, rw, c as u32, ri as u32)
                };
                if s.len() < l.len() && diff::find(l, s).is_some() {
                    if !incompatible || s.len() >= min_any {
                        fragments.push((s_id, l_id));
                    }
                    continue;
                }
                if let Some(m) = variant_words(s, l, o) {
                    // Speakers not one: nearly all of the shorter kept, with a verbatim run
                    // of `min_any` words.
                    let kept = m as f32 >= o.variant_shorter_any_speaker * s.len() as f32;
                    if !incompatible || (kept && m >= min_any && longest_run(s, l) >= min_any) {
                        uf.union(r.first_piece, cr.first_piece);
                    }
                }
            }
        }

        // 4. Fragments shorter than `min_any` words inside quotes of the same speaker,
        //    exactly: every position of every quote is looked up by hash (a bit filter in
        //    front of the map), so no common shingle can hide them.
        let needle_max = min_any.max(k);
        let key_of =
            |h: u64, n: usize, sp: u32| -> u64 { combine(combine(h, n as u64), u64::from(sp)) };
        let mut short: HashMap<u64, Vec<u32>> = HashMap::new();
        let mut short_lens: Vec<bool> = vec![false; needle_max];
        for (ri, r) in reps.iter().enumerate() {
            let rw = rwords(r);
            if let (Some(sp), true) = (r.speaker, rw.len() < needle_max) {
                short
                    .entry(key_of(seq_hash(rw), rw.len(), sp))
                    .or_default()
                    .push(ri as u32);
                if let Some(f) = short_lens.get_mut(rw.len()) {
                    *f = true;
                }
            }
        }
        if !short.is_empty() {
            let bits = (short.len() * 16)
                .next_power_of_two()
                .clamp(1 << 10, 1 << 27);
            let mut filter = vec![0u64; bits / 64];
            let slot = |key: u64| ((key >> 6) as usize & (bits / 64 - 1), key & 63);
            for &key in short.keys() {
                let (i, b) = slot(key);
                if let Some(x) = filter.get_mut(i) {
                    *x |= 1 << b;
                }
            }
            for (ri, r) in reps.iter().enumerate() {
                let Some(sp) = r.speaker else { continue };
                let rw = rwords(r);
                for i in 0..rw.len() {
                    let mut h = SEQ_SEED;
                    for n in 1..needle_max.min(rw.len()) {
                        let Some(&w) = rw.get(i + n - 1) else { break };
                        h = combine(h, w);
                        if !short_lens.get(n).copied().unwrap_or(false) {
                            continue;
                        }
                        let key = key_of(h, n, sp);
                        let (fi, fb) = slot(key);
                        if filter.get(fi).is_none_or(|x| x & (1 << fb) == 0) {
                            continue;
                        }
                        for &part in short.get(&key).into_iter().flatten() {
                            // the map key is a hash: confirm the words
                            let pw = reps.get(part as usize).map(rwords).unwrap_or_default();
                            if pw.len() == n && rw.get(i..i + n) == Some(pw) {
                                fragments.push((part, ri as u32));
                            }
                        }
                    }
                }
            }
        }
        drop(short);

        // 5. Clusters.
        let n = pieces.len();
        let mut root: Vec<u32> = (0..n as u32).map(|i| uf.find(i)).collect();
        let mut frag_pairs: Vec<(u32, u32)> = fragments
            .iter()
            .filter_map(|&(p, w)| {
                let rp = reps.get(p as usize)?.first_piece;
                let rw = reps.get(w as usize)?.first_piece;
                let (cp, cw) = (*root.get(rp as usize)?, *root.get(rw as usize)?);
                (cp != cw).then_some((cw, cp))
            })
            .collect();
        frag_pairs.sort_unstable();
        frag_pairs.dedup();
        // A part found in more than `fragment_max_wholes` different statements ("always")
        // says nothing about which one it quotes: it is left as a statement of its own.
        let mut wholes_of: HashMap<u32, usize> = HashMap::new();
        for &(_, p) in &frag_pairs {
            *wholes_of.entry(p).or_insert(0) += 1;
        }
        frag_pairs.retain(|(_, p)| {
            wholes_of
                .get(p)
                .is_some_and(|&c| c <= o.fragment_max_wholes)
        });
        drop(wholes_of);
        let is_part: HashSet<u32> = frag_pairs.iter().map(|&(_, p)| p).collect();
        // members per root (counting sort)
        let mut start = vec![0u32; n + 1];
        for &r in &root {
            if let Some(c) = start.get_mut(r as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..start.len() {
            let prev = start.get(i - 1).copied().unwrap_or(0);
            if let Some(c) = start.get_mut(i) {
                *c += prev;
            }
        }
        let mut fill = start.clone();
        let mut by_root = vec![0u32; n];
        for (pi, &r) in root.iter().enumerate() {
            if let Some(pos) = fill.get_mut(r as usize) {
                if let Some(slot) = by_root.get_mut(*pos as usize) {
                    *slot = pi as u32;
                }
                *pos += 1;
            }
        }
        root.clear();
        let members_of = |r: u32| -> &[u32] {
            let lo = start.get(r as usize).copied().unwrap_or(0) as usize;
            let hi = start.get(r as usize + 1).copied().unwrap_or(0) as usize;
            by_root.get(lo..hi).unwrap_or_default()
        };
        let multi_article = |ms: &[u32]| -> bool {
            let first = ms
                .first()
                .and_then(|&p| pieces.get(p as usize))
                .map(|p| p.article);
            ms.iter()
                .any(|&p| pieces.get(p as usize).map(|x| x.article) != first)
        };

        let ctx = Ctx {
            sources,
            pieces: &pieces,
            spans: &span_store,
            words: &word_store,
            piece_rep: &piece_rep,
            max_words: o.max_words,
        };
        let mut statements: Vec<Statement> = Vec::new();
        let mut next_pair = 0usize; // cursor into `frag_pairs`, sorted by whole
        for r in 0..n as u32 {
            // Parts quoted from this cluster by other clusters.
            let mut parts: Vec<u32> = Vec::new();
            while let Some(&(w, p)) = frag_pairs.get(next_pair) {
                if w > r {
                    break;
                }
                if w == r {
                    parts.extend_from_slice(members_of(p));
                }
                next_pair += 1;
            }
            let ms = members_of(r);
            if ms.is_empty() {
                continue;
            }
            // Members that are a verbatim part of the longest member are parts, not wholes
            // (reached through a variant of the whole: "... 134 tables" ~ "134 table").
            let (wholes, inner) = ctx.split_parts(ms);
            parts.extend(inner);
            if !is_part.contains(&r) && wholes.len() >= 2 && multi_article(&wholes) {
                statements.push(ctx.cluster_statement(&wholes));
            }
            if !parts.is_empty() {
                let mut all = wholes.clone();
                all.extend_from_slice(&parts);
                if multi_article(&all) {
                    statements.push(ctx.fragment_statement(&wholes, &parts));
                }
            }
        }
        statements.sort_by_key(|s| {
            let first = s
                .members
                .iter()
                .map(|m| (m.article, m.quote))
                .min()
                .unwrap_or((usize::MAX, usize::MAX));
            (first, s.relation == Relation::Fragment)
        });
        let stats = CompareStats {
            pieces: pieces.len(),
            distinct: reps.len(),
            words: word_store.len(),
            shingles: index.len(),
            index_bytes: index.heap_bytes(),
        };
        Comparison {
            speakers: links.speakers,
            statements,
            stats,
        }
    }
}

/// When `s` (the shorter) and `l` are variants of one statement, the number of words they
/// share in order. Variant: the longest common subsequence keeps
/// [`CompareOptions::variant_shorter`] of `s` and either
/// [`CompareOptions::variant_longer`] of `l`, or — a clause dropped with or without an
/// ellipsis — it keeps `s` in a few long verbatim runs (at most one run per four shared
/// words, plus one).
fn variant_words(s: &[u64], l: &[u64], o: &CompareOptions) -> Option<usize> {
    let need_s = ((o.variant_shorter * s.len() as f32).ceil() as usize).min(s.len());
    let need_l = ((o.variant_longer * l.len() as f32).ceil() as usize).min(s.len());
    let need = need_s.max(need_l);
    if let Some(m) = diff::lcs_len_within(s, l, (s.len() + l.len()).saturating_sub(2 * need)) {
        return Some(m);
    }
    // Fewer than `need_l` shared: a dropped clause keeps the shorter in long runs.
    let m = diff::lcs_len_within(s, l, (s.len() + l.len()).saturating_sub(2 * need_s))?;
    if m < 4 {
        return None;
    }
    let runs = diff::diff(s, l)
        .iter()
        .filter(|e| e.kind == DiffKind::Equal)
        .count();
    (runs <= 1 + m / 4).then_some(m)
}

/// The longest run of words `s` and `l` share verbatim (in their shortest edit script).
fn longest_run(s: &[u64], l: &[u64]) -> usize {
    diff::diff(s, l)
        .iter()
        .filter(|e| e.kind == DiffKind::Equal)
        .map(|e| e.a.len())
        .max()
        .unwrap_or(0)
}

/// What building the output statements needs.
struct Ctx<'s, 'a> {
    sources: &'s [Source<'a>],
    pieces: &'s [Piece],
    spans: &'s [Span],
    words: &'s [u64],
    piece_rep: &'s [u32],
    max_words: usize,
}

impl Ctx<'_, '_> {
    fn piece(&self, p: u32) -> Option<&Piece> {
        self.pieces.get(p as usize)
    }

    fn text_of(&self, p: &Piece) -> &str {
        self.sources.get(p.article as usize).map_or("", |s| s.text)
    }

    fn spans_of(&self, p: &Piece) -> &[Span] {
        self.spans
            .get(p.spans.start as usize..p.spans.end as usize)
            .unwrap_or_default()
    }

    fn hashes(&self, p: &Piece) -> &[u64] {
        self.words
            .get(p.words.start as usize..p.words.end as usize)
            .unwrap_or_default()
    }

    fn word_list(&self, p: &Piece) -> Vec<Word> {
        piece_words(self.text_of(p), self.spans_of(p), self.max_words)
    }

    fn member(&self, pi: u32, role: Role) -> Option<Member> {
        let p = self.piece(pi)?;
        let text = self.text_of(p);
        let spans = self.spans_of(p).to_vec();
        let joined: Vec<&str> = spans.iter().map(|s| s.text(text)).collect();
        Some(Member {
            article: p.article as usize,
            quote: p.quote as usize,
            kind: p.kind,
            role,
            text: joined.join(" "),
            spans,
            words: p.words.len(),
            speaker: p.speaker.map(|s| s as usize),
            found_in: None,
        })
    }

    /// Members sorted by (article, quote, first span).
    fn by_position(&self, ms: &[u32]) -> Vec<u32> {
        let mut v: Vec<u32> = ms.to_vec();
        v.sort_by_key(|&p| {
            self.piece(p).map(|x| {
                let first = self.spans_of(x).first().map_or(0, |s| s.start);
                (x.article, x.quote, first)
            })
        });
        v
    }

    /// Members sorted by (article, quote, first span), the longest (a direct quote among
    /// equals) moved first.
    fn ordered(&self, ms: &[u32]) -> Vec<u32> {
        let mut v = self.by_position(ms);
        let best = v
            .iter()
            .enumerate()
            .max_by(|(ia, a), (ib, b)| {
                let key = |p: u32| {
                    self.piece(p)
                        .map_or((0, false), |x| (x.words.len(), x.kind == QuoteKind::Direct))
                };
                key(**a).cmp(&key(**b)).then(ib.cmp(ia))
            })
            .map_or(0, |(i, _)| i);
        if best > 0 {
            let b = v.remove(best);
            v.insert(0, b);
        }
        v
    }

    /// Splits a cluster into wholes (the longest member first) and the members whose words
    /// occur verbatim, and are fewer, in the longest member.
    fn split_parts(&self, ms: &[u32]) -> (Vec<u32>, Vec<u32>) {
        let order = self.ordered(ms);
        let Some(ref_hashes) = order
            .first()
            .and_then(|&p| self.piece(p))
            .map(|p| self.hashes(p))
        else {
            return (order, Vec::new());
        };
        let (mut wholes, mut parts) = (Vec::new(), Vec::new());
        for (i, &p) in order.iter().enumerate() {
            let h = self.piece(p).map(|x| self.hashes(x)).unwrap_or_default();
            if i > 0 && h.len() < ref_hashes.len() && diff::find(ref_hashes, h).is_some() {
                parts.push(p);
            } else {
                wholes.push(p);
            }
        }
        (wholes, parts)
    }

    fn same_speaker(&self, ms: &[Member]) -> bool {
        let first = ms.first().and_then(|m| m.speaker);
        first.is_some() && ms.iter().all(|m| m.speaker == first)
    }

    fn cluster_statement(&self, ms: &[u32]) -> Statement {
        let order = self.ordered(ms);
        let members: Vec<Member> = order
            .iter()
            .filter_map(|&p| self.member(p, Role::Whole))
            .collect();
        let rep0 = order.first().and_then(|&p| self.piece_rep.get(p as usize));
        let ref_piece = order.first().and_then(|&p| self.piece(p));
        let mut diffs = Vec::new();
        let mut relation = Relation::Same;
        if let Some(rp) = ref_piece {
            let ref_hashes = self.hashes(rp);
            let ref_words = self.word_list(rp);
            for (mi, &p) in order.iter().enumerate().skip(1) {
                let Some(mp) = self.piece(p) else { continue };
                let mh = self.hashes(mp);
                if self.piece_rep.get(p as usize) == rep0 || mh == ref_hashes {
                    continue;
                }
                relation = Relation::Variant;
                let mw = self.word_list(mp);
                let ops = diff::diff(ref_hashes, mh)
                    .into_iter()
                    .map(|e| match e.kind {
                        DiffKind::Insert => self.op(e.kind, mp, &mw, e.b),
                        _ => self.op(e.kind, rp, &ref_words, e.a),
                    })
                    .collect();
                diffs.push(MemberDiff { member: mi, ops });
            }
        }
        Statement {
            relation,
            same_speaker: self.same_speaker(&members),
            members,
            diff: diffs,
        }
    }

    /// A diff run's words as written.
    fn op(&self, kind: DiffKind, p: &Piece, ws: &[Word], r: std::ops::Range<usize>) -> DiffOp {
        let text = self.text_of(p);
        let spans = self.spans_of(p);
        let run = ws.get(r).unwrap_or_default();
        let mut out = String::new();
        let mut group: Option<(usize, usize, usize)> = None; // (span idx, start, end)
        let span_idx = |w: &Word| spans.iter().position(|s| s.contains(w.span));
        for w in run {
            let si = span_idx(w).unwrap_or(0);
            match group {
                Some((g, s, _)) if g == si => group = Some((g, s, w.span.end)),
                _ => {
                    if let Some((_, s, e)) = group {
                        if !out.is_empty() {
                            out.push(' ');
                        }
                        out.push_str(Span::new(s, e).text(text));
                    }
                    group = Some((si, w.span.start, w.span.end));
                }
            }
        }
        if let Some((_, s, e)) = group {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(Span::new(s, e).text(text));
        }
        let span = match (run.first(), run.last()) {
            (Some(f), Some(l)) => Span::new(f.span.start, l.span.end),
            _ => Span::default(),
        };
        DiffOp {
            kind,
            text: out,
            article: p.article as usize,
            span,
        }
    }

    fn fragment_statement(&self, whole: &[u32], part: &[u32]) -> Statement {
        let wo = self.ordered(whole);
        let po = self.by_position(part);
        let mut members: Vec<Member> = wo
            .iter()
            .filter_map(|&p| self.member(p, Role::Whole))
            .collect();
        for &p in &po {
            let Some(mut m) = self.member(p, Role::Part) else {
                continue;
            };
            let ph = self.piece(p).map(|x| self.hashes(x)).unwrap_or_default();
            // (the first few wholes: a part is verbatim in the reference or a close variant)
            for (wi, &w) in wo.iter().enumerate().take(8) {
                let Some(wp) = self.piece(w) else { continue };
                if let Some(at) = diff::find(self.hashes(wp), ph) {
                    let ws = self.word_list(wp);
                    if let (Some(f), Some(l)) = (ws.get(at), ws.get(at + ph.len().max(1) - 1)) {
                        m.found_in = Some(FoundIn {
                            member: wi,
                            span: Span::new(f.span.start, l.span.end),
                        });
                    }
                    break;
                }
            }
            members.push(m);
        }
        Statement {
            relation: Relation::Fragment,
            same_speaker: self.same_speaker(&members),
            members,
            diff: Vec::new(),
        }
    }
}
