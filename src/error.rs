//! Errors: what went wrong and where.
//!
//! `quotewire` never panics on input and never silently drops a document; the few inputs it
//! refuses are reported as an [`Error`] that names the problem and its byte offset.
//!
//! ```
//! use quotewire::{Article, Error};
//!
//! let bytes = b"Hello \xFF world";
//! match Article::parse_bytes(bytes) {
//!     Err(Error::InvalidUtf8 { offset }) => assert_eq!(offset, 6),
//!     other => panic!("unexpected: {other:?}"),
//! }
//! ```

use serde::{Deserialize, Serialize};

/// Default maximum input size accepted by the parsers: 16 MiB.
///
/// News articles are a few kilobytes; whole pages rarely exceed a megabyte. Larger inputs are
/// refused with [`Error::TooLarge`] rather than processed slowly. Change it with
/// [`ParseOptions::max_len`](crate::ParseOptions::max_len).
pub const DEFAULT_MAX_LEN: usize = 16 * 1024 * 1024;

/// Everything that can go wrong when handing text to `quotewire`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The byte input is not valid UTF-8; `offset` is the byte offset of the first invalid
    /// byte.
    #[error("input is not valid UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not part of a valid UTF-8 sequence.
        offset: usize,
    },
    /// The input is larger than the configured maximum.
    #[error("input is {len} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
}

/// Checks that `bytes` is UTF-8, reporting the offset of the first invalid byte.
///
/// ```
/// assert_eq!(quotewire::error::check_utf8(b"ok"), Ok("ok"));
/// assert_eq!(
///     quotewire::error::check_utf8(b"ab\xC3"),
///     Err(quotewire::Error::InvalidUtf8 { offset: 2 })
/// );
/// ```
pub fn check_utf8(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}
