//! # quotewire
//!
//! Reads the plain text of a news article — as copied or scraped from a news page,
//! boilerplate and all — and returns its structure (headline, kicker, byline, dateline, body
//! paragraphs, sentences, captions, credits, notes, boilerplate) with byte offsets into the
//! original text.
//!
//! The crate is laid out as the pipeline it runs, each stage reading what the earlier ones
//! produced, every result a byte [`Span`] into the original text:
//!
//! 1. [`text`] — sentences and quotation-mark pairing over the raw `&str`;
//! 2. [`article`] — lines and units, their classes, the body region, blocks (headline,
//!    byline, dateline, body, captions, credits, boilerplate) and sentences;
//! 3. [`lexicon`] — the word lists, compiled once per [`Extractor`] into one table;
//! 4. [`quotes`] — per document one token stream over the blocks that may hold statements
//!    (each token's lexicon classes looked up once), a clause layer over it (cue
//!    candidates, report openers, clause boundaries, verb groups, noun phrases), then the
//!    construction rules (direct, split,
//!    multi-paragraph, mixed, indirect, according-to, headline, transcript) proposing
//!    statements, and a resolver keeping those the article reports;
//! 5. [`speakers`] — mentions resolved to one entity per article;
//! 6. [`compare`](mod@compare) — speakers and statements linked across articles.
//!
//! ```
//! use quotewire::{extract, Article, BlockKind, QuoteKind};
//!
//! let text = "Talks stall\n\nWASHINGTON (AP) — “We are not there yet,” Senator Jane Roe \
//!             said on Monday. She added that talks would resume.";
//! let article = Article::parse(text)?;                     // text → article
//! let body = article.blocks_of(BlockKind::Body).next().unwrap();
//! assert!(article.span_text(body.span).starts_with("“We are"));
//! let found = extract(&article);                           // tokens → clauses → rules → speakers
//! let kinds: Vec<QuoteKind> = found.quotes.iter().map(|q| q.kind).collect();
//! assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect]);
//! let roe = found.quotes[1].speaker_id.map(|id| found.speakers[id].name.as_str());
//! assert_eq!(roe, Some("Jane Roe"));                       // "She" → Jane Roe
//! # Ok::<(), quotewire::Error>(())
//! ```
//!
//! ```
//! use quotewire::{Article, BlockKind};
//!
//! let text = "Rain expected\n\nForecasters said rain is coming. Take an umbrella.";
//! let article = Article::parse(text)?;
//! let headline = article.headline().map(|b| article.span_text(b.span));
//! assert_eq!(headline, Some("Rain expected"));
//! assert_eq!(article.blocks_of(BlockKind::Body).count(), 1);
//! # Ok::<(), quotewire::Error>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod article;
pub mod compare;
pub mod error;
pub mod lexicon;
pub mod quotes;
pub mod span;
pub mod speakers;
pub mod text;

#[cfg(test)]
mod testing;

pub use article::{
    Article, Block, BlockKind, BoilerplateReason, Dateline, ParseOptions, Parser, Sentence,
};
pub use compare::{compare, Comparison};
pub use error::Error;
pub use quotes::{extract, Extractor, Quote, QuoteKind, Quotes};
pub use span::Span;
pub use speakers::{Speaker, SpeakerKind};
pub use text::sentences::{sentences, Segmenter, Sentences};

/// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
