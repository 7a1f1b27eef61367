//! # quotewire
//!
//! Reads the plain text of a news article — as copied or scraped from a news page,
//! boilerplate and all — and returns its structure (headline, kicker, byline, dateline, body
//! paragraphs, sentences, captions, credits, notes, boilerplate) with byte offsets into the
//! original text.
//!
//! The crate is laid out as the pipeline it runs: [`text`] (sentences) → [`article`]
//! (blocks) → [`quotes`] → [`speakers`]; [`compare`](mod@compare) compares the quotes of several articles.
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
