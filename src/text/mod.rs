//! Text layer: the first stage of the pipeline (text → article → quotes → speakers).
//!
//! Works on raw `&str` and hands out byte [`Span`](crate::Span)s into it:
//! [`sentences`](sentences::sentences) splits running prose into sentences, news-aware;
//! a [`Segmenter`] does the same with word lists you can extend; [`abbreviations`] holds
//! the word lists it consults.
//!
//! ```
//! let text = "Gen. Smith arrived in the U.S. on Monday. He said nothing.";
//! let s: Vec<&str> = quotewire::sentences(text).map(|s| s.text(text)).collect();
//! assert_eq!(s, ["Gen. Smith arrived in the U.S. on Monday.", "He said nothing."]);
//! ```

pub mod abbreviations;
pub mod marks;
pub mod sentences;

pub use sentences::{sentences, Segmenter, Sentences};
