//! Byte spans into the original input text.
//!
//! Every piece of structure `quotewire` finds — a block, a sentence, a quote's content, a
//! speaker mention — is reported as a [`Span`]: a half-open byte range `start..end` into the
//! text the caller handed in, always on `char` boundaries.
//!
//! ```
//! use quotewire::Span;
//!
//! let text = "“Hello,” she said.";
//! let span = Span::new(0, 12);
//! assert_eq!(span.text(text), "“Hello,”");
//! assert_eq!(span.len(), 12);
//! ```

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into the original input text.
///
/// Spans produced by this crate are always on UTF-8 `char` boundaries of the text they were
/// computed from, with `start <= end`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span from `start..end`.
    ///
    /// ```
    /// let s = quotewire::Span::new(3, 7);
    /// assert_eq!((s.start, s.end), (3, 7));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(quotewire::Span::new(2, 5).len(), 3);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    ///
    /// ```
    /// assert!(quotewire::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `text`, or `None` when the span does not fit `text`:
    /// past its end, reversed, or not on character boundaries (a span computed from another
    /// string). The checked form of [`Span::text`].
    ///
    /// ```
    /// let s = quotewire::Span::new(0, 5);
    /// assert_eq!(s.get("Hello world"), Some("Hello"));
    /// assert_eq!(s.get("Hi"), None);
    /// assert_eq!(quotewire::Span::new(0, 1).get("é"), None); // inside a character
    /// ```
    #[inline]
    pub fn get<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }

    /// The text this span covers in `text`, or `""` when the span does not fit `text` (for
    /// example when it was computed from another string; [`Span::get`] tells the two
    /// apart). Never panics.
    ///
    /// ```
    /// let s = quotewire::Span::new(0, 5);
    /// assert_eq!(s.text("Hello world"), "Hello");
    /// assert_eq!(s.text("Hi"), "");
    /// ```
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside `self`.
    ///
    /// ```
    /// use quotewire::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use quotewire::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 9)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 9)));
    /// ```
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span as a `Range<usize>`, for slicing with `get`.
    ///
    /// ```
    /// let s = quotewire::Span::new(1, 3);
    /// assert_eq!("abcd".get(s.range()), Some("bc"));
    /// ```
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
