//! Predicate frames: which complements of a cue verb carry its content.
//!
//! A cue verb reports through some complements and not others: "said (that) the plan
//! failed" reports a clause, "vowed to fight" a to-infinitive, "endorsed Graham" a noun
//! phrase object, "described it as a disaster" an as-phrase. A cue form with a frame in
//! `lexicons/frames.txt` (or added with
//! [`Lexicons::add_frame`](super::Lexicons::add_frame)) reports only through the
//! complements its frame names; a cue form without one takes any complement
//! ([`Frame::ANY`]).
//!
//! ```
//! use quotewire::lexicon::{Frame, Lexicons};
//!
//! let lex = Lexicons::english();
//! let vowed = lex.frame("vowed");
//! assert!(vowed.infinitive && !vowed.object);
//! assert!(lex.frame("endorsed").object);
//! assert_eq!(lex.frame("harrumphed"), Frame::ANY);
//! assert_eq!(Frame::parse("t,i"), Some(Frame { clause: true, infinitive: true, ..Frame::NONE }));
//! ```

use serde::{Deserialize, Serialize};

/// The complements through which a cue verb reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Frame {
    /// A clause: "that"-clause, bare clause, "whether"/"if"/wh-clause (`t` in the data).
    pub clause: bool,
    /// A to-infinitive: "vowed to fight" (`i`).
    pub infinitive: bool,
    /// A noun phrase object: "endorsed Graham", "denied the charge" (`o`).
    pub object: bool,
    /// An "as"-phrase: "described the plan as a disaster" (`a`).
    pub as_phrase: bool,
    /// The form is a common noun too ("support", "attacks"): a cue only where the
    /// tagger reads a verb — "Republicans support the plan", not "his support for the
    /// plan" (`n`).
    pub noun_too: bool,
    /// A prepositional object after the form as a noun: "criticism of the plan", "calls
    /// for a ban", "support for Roe" (`p`).
    pub noun_object: bool,
}

impl Frame {
    /// Every complement: the frame of a cue form that lists none.
    pub const ANY: Frame = Frame {
        clause: true,
        infinitive: true,
        object: true,
        as_phrase: true,
        noun_too: false,
        noun_object: false,
    };

    /// No complement (the start for building one).
    pub const NONE: Frame = Frame {
        clause: false,
        infinitive: false,
        object: false,
        as_phrase: false,
        noun_too: false,
        noun_object: false,
    };

    /// A frame from its letters, comma-separated: `t` clause, `i` to-infinitive, `o` noun
    /// phrase object, `a` as-phrase, `n` for a form that is a noun too, `p` for a noun's
    /// prepositional object; `None` for an unknown letter or an empty list.
    ///
    /// ```
    /// use quotewire::lexicon::Frame;
    /// let f = Frame::parse("o,a").unwrap();
    /// assert!(f.object && f.as_phrase && !f.clause);
    /// assert_eq!(Frame::parse("x"), None);
    /// ```
    pub fn parse(letters: &str) -> Option<Frame> {
        let mut f = Frame::NONE;
        for l in letters.split(',') {
            match l.trim() {
                "t" => f.clause = true,
                "i" => f.infinitive = true,
                "o" => f.object = true,
                "a" => f.as_phrase = true,
                "n" => f.noun_too = true,
                "p" => f.noun_object = true,
                _ => return None,
            }
        }
        Some(f)
    }
}

impl Default for Frame {
    fn default() -> Frame {
        Frame::ANY
    }
}
