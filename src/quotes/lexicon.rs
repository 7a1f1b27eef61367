//! The quote layer's lexicons, re-exported from [`crate::lexicon`] (their home, shared with
//! the speaker layer).
//!
//! ```
//! use quotewire::quotes::lexicon::{CueClass, Lexicons};
//! assert_eq!(Lexicons::english().cue("said"), Some(CueClass::Speech));
//! ```

pub(crate) use crate::lexicon::lower;
pub use crate::lexicon::{CueClass, Gender, Lexicons, Number, WordHasher, WordMap, WordSet};
