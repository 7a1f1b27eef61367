//! Article layer: the plain text of a news article → its structure.
//!
//! [`Article::parse`] classifies the text into ordered, non-overlapping [`Block`]s (headline,
//! kicker, byline, dateline, body paragraphs, captions, credits, notes, boilerplate) and
//! splits body and caption blocks into [`Sentence`]s. Every span points into the original
//! text: CRLF, NBSP, tabs, smart quotes and a BOM stay exactly as given.
//!
//! ```
//! use quotewire::{Article, BlockKind};
//!
//! let text = "Storm hits coast\n\nThe storm arrived on Monday. Nobody was hurt.\n";
//! let article = Article::parse(text)?;
//! assert_eq!(article.headline().map(|b| b.span.text(text)), Some("Storm hits coast"));
//! assert_eq!(article.sentences.len(), 2);
//! # Ok::<(), quotewire::Error>(())
//! ```

use crate::error::{check_utf8, Error, DEFAULT_MAX_LEN};
use crate::Span;
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

/// One block of the article: a kind and its span in the original text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it is.
    pub span: Span,
}

/// One sentence of a body or caption block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in the original text.
    pub span: Span,
    /// Index into [`Article::blocks`] of the block holding it.
    pub block: usize,
}

/// Options for [`Article::parse_with`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParseOptions {
    /// Largest input accepted, in bytes; larger inputs give [`Error::TooLarge`].
    /// Defaults to [`DEFAULT_MAX_LEN`].
    pub max_len: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_len: DEFAULT_MAX_LEN,
        }
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
    /// Sentences of the body and caption blocks, in text order.
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
    /// let opts = ParseOptions { max_len: 4 };
    /// assert_eq!(
    ///     Article::parse_with("too long", &opts).unwrap_err(),
    ///     Error::TooLarge { len: 8, limit: 4 }
    /// );
    /// ```
    pub fn parse_with(text: &'a str, options: &ParseOptions) -> Result<Article<'a>, Error> {
        if text.len() > options.max_len {
            return Err(Error::TooLarge {
                len: text.len(),
                limit: options.max_len,
            });
        }
        Ok(parse_text(text))
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
        Article::parse(check_utf8(bytes)?)
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

/// PLACEHOLDER parser: first non-empty line is the headline, other lines are body.
fn parse_text(text: &str) -> Article<'_> {
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let s = start + lead;
        let span = Span::new(s, s + trimmed.len());
        let kind = if blocks.is_empty() {
            BlockKind::Headline
        } else {
            BlockKind::Body
        };
        blocks.push(Block { kind, span });
    }
    let mut sentences = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if b.kind != BlockKind::Body {
            continue;
        }
        for s in crate::sentences(b.span.text(text)) {
            sentences.push(Sentence {
                span: Span::new(s.start + b.span.start, s.end + b.span.start),
                block: i,
            });
        }
    }
    Article {
        text: Cow::Borrowed(text),
        blocks,
        sentences,
    }
}
