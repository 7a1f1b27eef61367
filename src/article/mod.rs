//! Article layer: the plain text of a news article → its structure.
//!
//! [`Article::parse`] classifies the text into ordered, non-overlapping [`Block`]s (headline,
//! sub-headline, kicker, byline, dateline, body paragraphs, captions, credits, notes,
//! boilerplate) and splits body and caption blocks into [`Sentence`]s. Every span points into
//! the original text: CRLF, NBSP, tabs, smart quotes and a BOM stay exactly as given.
//!
//! How the text is read:
//! - Each non-blank line is a paragraph (blank-line separated and one-paragraph-per-line
//!   texts both work; a hard-wrapped line that continues in lower case joins its paragraph).
//! - Lines are classified by general features (length, sentence-final punctuation, capitals)
//!   and by lexicons (agencies, boilerplate phrases, photo-credit phrases, note openers,
//!   byline roles, month names): the files under `lexicons/`, compiled in, extendable through
//!   [`ParseOptions`] / [`Parser`].
//! - The article is the densest run of prose, so whole-page text (menus, share bars, related
//!   lists, comments, cookie notices, footers) is handled too; what lies outside is
//!   [`BlockKind::Boilerplate`] with a [`BoilerplateReason`].
//! - Kickers (`WNAM REPORT:`) and datelines (`SEOUL, Nov. 6 (Yonhap) --`) are their own
//!   blocks before the first body block; a closing wire credit (`(Yonhap)`) is a
//!   [`BlockKind::Credit`] block right after the last body block, which excludes it.
//! - A caption repeating an earlier one (other quote marks or white space) has
//!   [`Block::duplicate_of`] set and gets no sentences, so nothing is reported twice.
//!
//! ```
//! use quotewire::{Article, BlockKind};
//!
//! let text = "Storm hits coast\n\nThe storm arrived on Monday. Nobody was hurt.\n";
//! let article = Article::parse(text)?;
//! assert_eq!(article.headline().map(|b| b.span.text(text)), Some("Storm hits coast"));
//! assert_eq!(article.sentences.len(), 2);
//!
//! let wire = "SEOUL, Nov. 6 (Yonhap) -- It rained all day. (Yonhap)";
//! let a = Article::parse(wire)?;
//! let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
//! assert_eq!(kinds, [BlockKind::Dateline, BlockKind::Body, BlockKind::Credit]);
//! assert_eq!(a.body_text(), "It rained all day.");
//! # Ok::<(), quotewire::Error>(())
//! ```

mod byline;
mod credit;
mod dateline;
mod lexicon;
mod lines;
mod parse;

pub(crate) use lines::{is_space, space_at};

use crate::error::{check_utf8, Error, DEFAULT_MAX_LEN};
use crate::Span;
use lexicon::Lexicons;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// The article's title.
    Headline,
    /// A secondary title under the headline.
    Subheadline,
    /// An agency or section slug prefixing the lead, such as `WNAM REPORT:`.
    Kicker,
    /// The author line.
    Byline,
    /// The place/date/agency prefix of the lead, such as `SEOUL, Nov. 6 (Yonhap) --`.
    Dateline,
    /// A paragraph of the article body.
    Body,
    /// A photo caption.
    Caption,
    /// A wire credit such as `(Yonhap)`, or a credit line.
    Credit,
    /// An editor's or glossary note.
    Note,
    /// Site chrome that is not part of the article.
    Boilerplate,
}

/// Why a block was classified as [`BlockKind::Boilerplate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateReason {
    /// Site navigation: menus, "Home", "Search", "Back to top".
    Navigation,
    /// Share and follow buttons.
    Share,
    /// Newsletter sign-up prompts.
    Newsletter,
    /// Subscription prompts and paywall text.
    Subscribe,
    /// Sign-in and account prompts.
    Login,
    /// Related-story and "read more" lists.
    Related,
    /// "Most read" / "Top stories" lists.
    MostRead,
    /// Comment sections.
    Comments,
    /// Advertising labels.
    Advertisement,
    /// Copyright lines.
    Copyright,
    /// Cookie notices.
    Cookie,
    /// A bare section label such as "LETTER" or "Opinion".
    SectionLabel,
    /// Legal and corporate links (privacy, terms, contact).
    Legal,
    /// Page metadata lines: time stamps ("2 hours ago"), vote and view counts.
    Metadata,
    /// A user-supplied boilerplate phrase without a known reason.
    Phrase,
    /// A short non-prose line before the article starts (not headline, byline, caption).
    BeforeArticle,
    /// A line after the article ended (after its wire credit or last paragraph).
    AfterArticle,
}

impl BoilerplateReason {
    /// The reason's name as used in the lexicon files and in JSON (`"most_read"`).
    ///
    /// ```
    /// use quotewire::article::BoilerplateReason;
    /// assert_eq!(BoilerplateReason::MostRead.name(), "most_read");
    /// ```
    pub fn name(self) -> &'static str {
        use BoilerplateReason::*;
        match self {
            Navigation => "navigation",
            Share => "share",
            Newsletter => "newsletter",
            Subscribe => "subscribe",
            Login => "login",
            Related => "related",
            MostRead => "most_read",
            Comments => "comments",
            Advertisement => "advertisement",
            Copyright => "copyright",
            Cookie => "cookie",
            SectionLabel => "section_label",
            Legal => "legal",
            Metadata => "metadata",
            Phrase => "phrase",
            BeforeArticle => "before_article",
            AfterArticle => "after_article",
        }
    }

    /// The reason named `name` (as returned by [`name`](Self::name)), if any.
    ///
    /// ```
    /// use quotewire::article::BoilerplateReason;
    /// assert_eq!(BoilerplateReason::from_name("cookie"), Some(BoilerplateReason::Cookie));
    /// assert_eq!(BoilerplateReason::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<BoilerplateReason> {
        use BoilerplateReason::*;
        [
            Navigation,
            Share,
            Newsletter,
            Subscribe,
            Login,
            Related,
            MostRead,
            Comments,
            Advertisement,
            Copyright,
            Cookie,
            SectionLabel,
            Legal,
            Metadata,
            Phrase,
            BeforeArticle,
            AfterArticle,
        ]
        .into_iter()
        .find(|r| r.name() == name)
    }
}

/// The parts of a dateline such as `SEOUL, Nov. 6 (Yonhap) --`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place, with any region: `SEOUL`, `KYIV, Ukraine`.
    pub place: Span,
    /// The date text, if given: `Nov. 6`.
    pub date: Option<Span>,
    /// The agency inside the brackets, if given: `Yonhap`.
    pub agency: Option<Span>,
}

/// One block of the article: a kind, its span in the original text, and kind-specific parts.
///
/// Kind-specific fields are empty (`None` / empty vector) for other kinds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it is.
    pub span: Span,
    /// [`BlockKind::Byline`]: the author names, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Span>,
    /// [`BlockKind::Byline`]: the role or organization after the names (`Staff reporter`,
    /// `Associated Press`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<Span>,
    /// [`BlockKind::Dateline`]: its parsed parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    /// [`BlockKind::Caption`]: the photo credit at its end (`AFP-Yonhap`, `/ Yonhap`), inside
    /// the caption's span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<Span>,
    /// [`BlockKind::Caption`]: index into [`Article::blocks`] of the first copy when this
    /// caption repeats an earlier one (ignoring quote marks, punctuation, case and white
    /// space). Duplicate captions get no sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<usize>,
    /// [`BlockKind::Boilerplate`]: why it was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<BoilerplateReason>,
}

impl Block {
    /// A block of `kind` at `span` with no kind-specific parts.
    ///
    /// ```
    /// use quotewire::{Block, BlockKind, Span};
    /// let b = Block::new(BlockKind::Body, Span::new(0, 4));
    /// assert!(b.authors.is_empty() && b.reason.is_none());
    /// ```
    pub fn new(kind: BlockKind, span: Span) -> Block {
        Block {
            kind,
            span,
            authors: Vec::new(),
            affiliation: None,
            dateline: None,
            credit: None,
            duplicate_of: None,
            reason: None,
        }
    }

    /// True for a caption that repeats an earlier one.
    ///
    /// ```
    /// use quotewire::{Block, BlockKind, Span};
    /// assert!(!Block::new(BlockKind::Caption, Span::new(0, 4)).is_duplicate());
    /// ```
    pub fn is_duplicate(&self) -> bool {
        self.duplicate_of.is_some()
    }
}

/// One sentence of a body or caption block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in the original text.
    pub span: Span,
    /// Index into [`Article::blocks`] of the block holding it.
    pub block: usize,
}

/// Options for [`Article::parse_with`] and [`Parser`].
///
/// The `extra_*` fields extend the built-in lexicons (the files under `lexicons/` in the
/// crate), one entry per string in the same syntax as those files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParseOptions {
    /// Largest input accepted, in bytes; larger inputs give [`Error::TooLarge`].
    /// Defaults to [`DEFAULT_MAX_LEN`].
    pub max_len: usize,
    /// More agency / wire-service names (`agencies.txt`), e.g. `"Newsroom Wire"`.
    pub extra_agencies: Vec<String>,
    /// More boilerplate patterns (`boilerplate.txt`), `"reason: pattern"`, e.g.
    /// `"newsletter: =get the morning brief"`.
    pub extra_boilerplate: Vec<String>,
    /// More note openers (`notes.txt`), e.g. `"^reader's note"`.
    pub extra_notes: Vec<String>,
    /// More photo-credit phrases (`credits.txt`), e.g. `"photo provided by"`.
    pub extra_credits: Vec<String>,
    /// More byline roles (`bylines.txt`), e.g. `"data reporter"`.
    pub extra_roles: Vec<String>,
    /// Whether to segment the body and caption blocks into [`Article::sentences`] (the
    /// default). Quote extraction does not read them: a pipeline that only wants quotes
    /// can leave them out (`false`: `sentences` is empty) and save that pass.
    ///
    /// ```
    /// use quotewire::{Article, ParseOptions};
    /// let opts = ParseOptions { sentences: false, ..ParseOptions::default() };
    /// let a = Article::parse_with("Title\n\nOne. Two.", &opts)?;
    /// assert!(a.sentences.is_empty());
    /// assert_eq!(Article::parse("Title\n\nOne. Two.")?.sentences.len(), 2);
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub sentences: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_len: DEFAULT_MAX_LEN,
            extra_agencies: Vec::new(),
            extra_boilerplate: Vec::new(),
            extra_notes: Vec::new(),
            extra_credits: Vec::new(),
            extra_roles: Vec::new(),
            sentences: true,
        }
    }
}

impl ParseOptions {
    fn has_extras(&self) -> bool {
        !(self.extra_agencies.is_empty()
            && self.extra_boilerplate.is_empty()
            && self.extra_notes.is_empty()
            && self.extra_credits.is_empty()
            && self.extra_roles.is_empty())
    }

    fn lexicons(&self) -> Lexicons {
        let mut l = Lexicons::builtin().clone();
        l.add_agencies(self.extra_agencies.iter().map(String::as_str));
        l.add_boilerplate(self.extra_boilerplate.iter().map(String::as_str));
        l.add_notes(self.extra_notes.iter().map(String::as_str));
        l.add_credits(self.extra_credits.iter().map(String::as_str));
        l.add_roles(self.extra_roles.iter().map(String::as_str));
        l
    }
}

/// A reusable article parser holding compiled options and lexicons: the fast path for many
/// texts parsed with user lexicon entries.
///
/// ```
/// use quotewire::{article::Parser, BlockKind, ParseOptions};
///
/// let parser = Parser::new(ParseOptions {
///     extra_boilerplate: vec!["newsletter: =get the morning brief".into()],
///     ..ParseOptions::default()
/// });
/// let text = "Storm hits coast\n\nThe storm arrived on Monday.\n\nGet the Morning Brief";
/// let a = parser.parse(text)?;
/// assert_eq!(a.blocks.last().map(|b| b.kind), Some(BlockKind::Boilerplate));
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    options: ParseOptions,
    lexicons: Option<Lexicons>,
}

impl Parser {
    /// Compiles `options` into a parser.
    ///
    /// ```
    /// let p = quotewire::article::Parser::new(Default::default());
    /// assert_eq!(p.parse("Hi there.")?.blocks.len(), 1);
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn new(options: ParseOptions) -> Parser {
        let lexicons = options.has_extras().then(|| options.lexicons());
        Parser { options, lexicons }
    }

    /// Parses one article; see [`Article::parse`].
    ///
    /// ```
    /// let p = quotewire::article::Parser::new(Default::default());
    /// assert!(p.parse("Title\n\nBody.")?.headline().is_some());
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        if text.len() > self.options.max_len {
            return Err(Error::TooLarge {
                len: text.len(),
                limit: self.options.max_len,
            });
        }
        let lex = self
            .lexicons
            .as_ref()
            .unwrap_or_else(|| Lexicons::builtin());
        let (blocks, sentences) = parse::parse(text, lex, self.options.sentences);
        Ok(Article {
            text: Cow::Borrowed(text),
            blocks,
            sentences,
        })
    }
}

/// A parsed article: the original text, its blocks in text order, and its sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article<'a> {
    /// The original text, unchanged. All spans point into it.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Blocks in text order, non-overlapping.
    pub blocks: Vec<Block>,
    /// Sentences of the body and caption blocks (not of duplicate captions), in text order.
    pub sentences: Vec<Sentence>,
}

impl<'a> Article<'a> {
    /// Parses the plain text of a news article with default [`ParseOptions`].
    ///
    /// ```
    /// let article = quotewire::Article::parse("Title\n\nBody text here.")?;
    /// assert_eq!(article.blocks.len(), 2);
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<Article<'a>, Error> {
        Article::parse_with(text, &ParseOptions::default())
    }

    /// Parses with explicit options.
    ///
    /// ```
    /// use quotewire::{Article, Error, ParseOptions};
    /// let opts = ParseOptions { max_len: 4, ..ParseOptions::default() };
    /// assert_eq!(
    ///     Article::parse_with("too long", &opts).unwrap_err(),
    ///     Error::TooLarge { len: 8, limit: 4 }
    /// );
    /// ```
    pub fn parse_with(text: &'a str, options: &ParseOptions) -> Result<Article<'a>, Error> {
        if !options.has_extras() {
            return Parser {
                options: ParseOptions {
                    max_len: options.max_len,
                    sentences: options.sentences,
                    ..ParseOptions::default()
                },
                lexicons: None,
            }
            .parse(text);
        }
        Parser::new(options.clone()).parse(text)
    }

    /// Parses UTF-8 bytes; invalid UTF-8 gives [`Error::InvalidUtf8`] with the offset of the
    /// first bad byte.
    ///
    /// ```
    /// let article = quotewire::Article::parse_bytes(b"Title\n\nBody.")?;
    /// assert_eq!(article.text, "Title\n\nBody.");
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn parse_bytes(bytes: &'a [u8]) -> Result<Article<'a>, Error> {
        Article::parse_bytes_with(bytes, &ParseOptions::default())
    }

    /// Parses UTF-8 bytes with explicit options. The size limit is checked first (an input
    /// over it is not scanned), then UTF-8: [`Error::TooLarge`] or [`Error::InvalidUtf8`]
    /// with the offset of the first bad byte.
    ///
    /// ```
    /// use quotewire::{Article, Error, ParseOptions};
    /// let opts = ParseOptions { max_len: 8, ..ParseOptions::default() };
    /// assert_eq!(
    ///     Article::parse_bytes_with(b"far too long \xFF", &opts).unwrap_err(),
    ///     Error::TooLarge { len: 14, limit: 8 }
    /// );
    /// assert_eq!(
    ///     Article::parse_bytes_with(b"ok \xFF", &opts).unwrap_err(),
    ///     Error::InvalidUtf8 { offset: 3 }
    /// );
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn parse_bytes_with(bytes: &'a [u8], options: &ParseOptions) -> Result<Article<'a>, Error> {
        if bytes.len() > options.max_len {
            return Err(Error::TooLarge {
                len: bytes.len(),
                limit: options.max_len,
            });
        }
        Article::parse_with(check_utf8(bytes)?, options)
    }

    /// The headline block, if any.
    ///
    /// ```
    /// let a = quotewire::Article::parse("Title\n\nBody.")?;
    /// assert_eq!(a.headline().map(|b| b.span.text(&a.text)), Some("Title"));
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn headline(&self) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == BlockKind::Headline)
    }

    /// The first block of `kind`, if any.
    ///
    /// ```
    /// use quotewire::BlockKind;
    /// let a = quotewire::Article::parse("By Jane Doe\n\nIt rained.")?;
    /// let byline = a.first_of(BlockKind::Byline).map(|b| a.span_text(b.span));
    /// assert_eq!(byline, Some("By Jane Doe"));
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn first_of(&self, kind: BlockKind) -> Option<&Block> {
        self.blocks.iter().find(|b| b.kind == kind)
    }

    /// The sub-headline block, if any.
    ///
    /// ```
    /// let a = quotewire::Article::parse(
    ///     "Storm hits coast\nThousands lose power as winds reach record speeds\n\nThe storm came.",
    /// )?;
    /// let sub = a.subheadline().map(|b| a.span_text(b.span));
    /// assert_eq!(sub, Some("Thousands lose power as winds reach record speeds"));
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn subheadline(&self) -> Option<&Block> {
        self.first_of(BlockKind::Subheadline)
    }

    /// The kicker block (agency or section slug before the lead), if any.
    ///
    /// ```
    /// let a = quotewire::Article::parse("CITY DESK: The council voted on Monday.")?;
    /// assert_eq!(a.kicker().map(|b| a.span_text(b.span)), Some("CITY DESK"));
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn kicker(&self) -> Option<&Block> {
        self.first_of(BlockKind::Kicker)
    }

    /// The byline block, if any; its [`Block::authors`] holds the names.
    ///
    /// ```
    /// let a = quotewire::Article::parse("By Jane Doe and John Roe\n\nIt rained.")?;
    /// let b = a.byline().unwrap();
    /// let names: Vec<&str> = b.authors.iter().map(|s| a.span_text(*s)).collect();
    /// assert_eq!(names, ["Jane Doe", "John Roe"]);
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn byline(&self) -> Option<&Block> {
        self.first_of(BlockKind::Byline)
    }

    /// The dateline block, if any; its [`Block::dateline`] holds place, date and agency.
    ///
    /// ```
    /// let a = quotewire::Article::parse("WASHINGTON (AP) — The Senate voted on Monday.")?;
    /// let d = a.dateline().and_then(|b| b.dateline).unwrap();
    /// assert_eq!(a.span_text(d.place), "WASHINGTON");
    /// assert_eq!(d.agency.map(|s| a.span_text(s)), Some("AP"));
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn dateline(&self) -> Option<&Block> {
        self.first_of(BlockKind::Dateline)
    }

    /// The text of a span of this article (`""` if the span does not fit).
    ///
    /// ```
    /// let a = quotewire::Article::parse("Title\n\nBody.")?;
    /// assert_eq!(a.span_text(quotewire::Span::new(0, 5)), "Title");
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn span_text(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// Blocks of one kind, in text order.
    ///
    /// ```
    /// use quotewire::BlockKind;
    /// let a = quotewire::Article::parse("Title\n\nOne.\n\nTwo.")?;
    /// assert_eq!(a.blocks_of(BlockKind::Body).count(), 2);
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn blocks_of(&self, kind: BlockKind) -> impl Iterator<Item = &Block> + '_ {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }

    /// The body paragraphs joined by a blank line.
    ///
    /// ```
    /// let a = quotewire::Article::parse("Title\n\nOne.\n\nTwo.")?;
    /// assert_eq!(a.body_text(), "One.\n\nTwo.");
    /// # Ok::<(), quotewire::Error>(())
    /// ```
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for b in self.blocks_of(BlockKind::Body) {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(b.span.text(&self.text));
        }
        out
    }
}
