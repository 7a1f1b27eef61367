//! Quote layer: every attributed statement of a parsed article.
//!
//! [`extract()`] (or an [`Extractor`] holding extended [`Lexicons`]) finds, per article:
//! - **direct** quotations attributed in any common layout (`“Q,” Miller said.`,
//!   `Miller said: “Q.”`, `“Q1,” he said, “Q2.”`, `“Q” — Name`, `..., adding: “Q”`,
//!   transcripts `NAME: Q`), their continuations (quote-only sentences and paragraphs, news
//!   style multi-paragraph quotations, a quote-only sentence or paragraph after reported
//!   speech: `Roe said the vote was close. “We fought hard.”`);
//! - **mixed** statements: reported speech holding a quoted fragment;
//! - **indirect** statements: `X said (that) CLAUSE`, `CLAUSE, X said.`,
//!   `According to X, CLAUSE`, `In a poll released Monday, CLAUSE`, one for each clause
//!   with a cue of its own (`After X said A, Y argued B`; `X said A, but Y said B`), with
//!   speakers such as `61 percent`, `six in 10`, `critics of the plan`, `Burton and Nick`;
//! - Title Case headlines: `Glenn Beck Says ...`, `..., Trevor Noah Says`, `Graham: ...`;
//! - quoted **terms** (scare quotes, titles, nicknames) that are not statements.
//!
//! Speakers are resolved per article (see [`speakers`](crate::speakers)).
//!
//! The passes, per article: the blocks that may hold statements (body, captions, headline,
//! sub-headline; repeats skipped) go into one token stream — quotation marks paired,
//! tokens with the lexicon classes of their word looked up once in the extractor's
//! compiled vocabulary, sentence ends; a clause layer lists each block's cue candidates
//! and report openers; the names pass adds every capitalized name run to the speaker
//! resolver; then, block by block, the construction rules (one crate-internal module per
//! family: headline and transcript attributions, direct quotations with their cues and
//! continuations, according-to, reported speech, participles, cue nouns, passive
//! questions, terms) propose statements with a confidence; the resolver keeps the set the
//! article reports (no two statements crossing or coinciding; a belief ascribed inside
//! another's statement only on request, see [`Nesting`]); and the statements are resolved
//! to speakers.
//!
//! ```
//! use quotewire::{extract, Article, quotes::QuoteKind};
//!
//! let text = "Budget talks\n\n“We will not give in,” Senator Jane Roe said on Monday.";
//! let article = Article::parse(text)?;
//! let found = extract(&article);
//! let q = &found.quotes[0];
//! assert_eq!(q.kind, QuoteKind::Direct);
//! assert_eq!(q.content[0].text(text), "“We will not give in,”");
//! assert_eq!(q.cue.map(|c| c.text(text)), Some("said"));
//! assert_eq!(q.speaker.map(|s| s.text(text)), Some("Senator Jane Roe"));
//! assert_eq!(found.speakers[q.speaker_id.unwrap()].name, "Jane Roe");
//! # Ok::<(), quotewire::Error>(())
//! ```

mod block;
mod clauses;
mod content;
mod ctx;
mod extract;
pub mod lexicon;
mod proportions;
mod repeats;
mod resolve;
mod rules;
mod tokens;
mod words;

use crate::article::{Article, BlockKind};
use crate::lexicon::Vocab;
use crate::speakers::Speaker;
use crate::Span;
pub use lexicon::Lexicons;
pub use resolve::Nesting;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech holding a quoted fragment.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

/// One attributed statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// Content spans in text order; direct content includes its quotation marks. Several
    /// spans for a split quotation or one running over paragraphs.
    pub content: Vec<Span>,
    /// The cue ("said", "according to", ":" of a transcript), if any.
    pub cue: Option<Span>,
    /// The speaker mention nearest the cue, as written ("Miller", "he", "the spokesperson").
    pub speaker: Option<Span>,
    /// Index into [`Quotes::speakers`] of the resolved speaker, or `None`.
    pub speaker_id: Option<usize>,
    /// The other speakers a statement of coordinated speakers is credited to ("Burton and
    /// Nick said": `speaker_id` is Burton, this holds Nick), as indices into
    /// [`Quotes::speakers`]; empty for one speaker (and then left out of the JSON).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_speaker_ids: Vec<usize>,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// Index into [`Article::blocks`] of the block holding the (first) content span.
    pub block: usize,
    /// Kind of that block (body, caption, headline ...).
    pub block_kind: BlockKind,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quotes {
    /// Statements in text order. The contents of two statements are disjoint, or one lies
    /// strictly inside the other — a report inside a report, "Officials expect [the mayor
    /// said [the plan would fail]]"; they never cross and never coincide.
    pub quotes: Vec<Quote>,
    /// Speaker entities referred to by [`Quote::speaker_id`].
    pub speakers: Vec<Speaker>,
    /// Quoted terms that are not statements (scare quotes, titles, nicknames): the text
    /// between the marks.
    pub terms: Vec<Span>,
}

/// Quote extractor holding its lexicons; build once, use for many articles.
///
/// ```
/// use quotewire::{Article, quotes::{Extractor, lexicon::CueClass}};
///
/// let mut ex = Extractor::new();
/// ex.lexicons_mut().add_cue("harrumphed", CueClass::Speech);
/// let text = "Title\n\n“Nonsense,” the mayor harrumphed.";
/// let found = ex.extract(&Article::parse(text)?);
/// assert_eq!(found.quotes[0].cue.map(|c| c.text(text)), Some("harrumphed"));
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extractor {
    lexicons: Lexicons,
    /// The lexicons compiled into one word table, built on first use and again after
    /// [`lexicons_mut`](Self::lexicons_mut).
    #[serde(skip)]
    vocab: OnceLock<Vocab>,
    /// Which statements inside another's content are reported.
    #[serde(default)]
    nesting: Nesting,
}

impl PartialEq for Extractor {
    fn eq(&self, other: &Extractor) -> bool {
        self.lexicons == other.lexicons && self.nesting == other.nesting
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the compiled-in English lexicons.
    ///
    /// ```
    /// let ex = quotewire::quotes::Extractor::new();
    /// assert!(ex.lexicons().cue("said").is_some());
    /// ```
    pub fn new() -> Extractor {
        Extractor::with_lexicons(Lexicons::english())
    }

    /// An extractor with the given lexicons.
    ///
    /// ```
    /// use quotewire::quotes::{Extractor, Lexicons};
    /// let ex = Extractor::with_lexicons(Lexicons::default());
    /// assert!(ex.lexicons().cue("said").is_none());
    /// ```
    pub fn with_lexicons(lexicons: Lexicons) -> Extractor {
        Extractor {
            lexicons,
            vocab: OnceLock::new(),
            nesting: Nesting::default(),
        }
    }

    /// Which statements inside another statement's content are reported: by default
    /// ([`Nesting::Reports`]) a report of a report ("X said Y said Z"), not a belief or
    /// intention the outer speaker ascribes ("X said she believes Z").
    ///
    /// ```
    /// use quotewire::quotes::{Extractor, Nesting};
    /// let mut ex = Extractor::new();
    /// assert_eq!(ex.nesting(), Nesting::Reports);
    /// ex.set_nesting(Nesting::All);
    /// assert_eq!(ex.nesting(), Nesting::All);
    /// ```
    pub fn set_nesting(&mut self, nesting: Nesting) -> &mut Extractor {
        self.nesting = nesting;
        self
    }

    /// The nesting policy in use (see [`set_nesting`](Self::set_nesting)).
    pub fn nesting(&self) -> Nesting {
        self.nesting
    }

    /// The lexicons in use.
    ///
    /// ```
    /// assert!(quotewire::quotes::Extractor::new().lexicons().is_title("senator"));
    /// ```
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// The lexicons, to extend them.
    ///
    /// ```
    /// let mut ex = quotewire::quotes::Extractor::new();
    /// ex.lexicons_mut().add_title("ombudsman");
    /// assert!(ex.lexicons().is_title("Ombudsman"));
    /// ```
    pub fn lexicons_mut(&mut self) -> &mut Lexicons {
        self.vocab = OnceLock::new();
        &mut self.lexicons
    }

    /// The compiled word table of the lexicons and the closed-class word lists.
    fn vocab(&self) -> &Vocab {
        self.vocab
            .get_or_init(|| Vocab::build(&self.lexicons, words::FLAG_LISTS))
    }

    /// Extracts the statements, speakers and terms of `article`.
    ///
    /// ```
    /// let a = quotewire::Article::parse("T\n\nNobody said anything of note.")?;
    /// let q = quotewire::quotes::Extractor::new().extract(&a);
    /// assert!(q.terms.is_empty());
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn extract(&self, article: &Article<'_>) -> Quotes {
        extract::run(article, &self.lexicons, self.vocab(), self.nesting)
    }
}

/// Extracts with the default English lexicons (built once per process).
///
/// ```
/// let text = "Title\n\nThe plan will fail, officials said.";
/// let a = quotewire::Article::parse(text)?;
/// let q = quotewire::extract(&a);
/// assert_eq!(q.quotes[0].content[0].text(text), "The plan will fail");
/// assert_eq!(q.quotes[0].speaker.map(|s| s.text(text)), Some("officials"));
/// # Ok::<(), quotewire::Error>(())
/// ```
pub fn extract(article: &Article<'_>) -> Quotes {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT.get_or_init(Extractor::new).extract(article)
}
