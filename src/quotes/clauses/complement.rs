//! The complement of a cue verb — what follows it and may carry its content — and whether
//! the cue's predicate frame ([`crate::lexicon::Frame`]) reports through it.
//!
//! ```text
//! vowed  to fight               →  Infinitive   (frame of "vowed": i,t  → reported)
//! declined  the offer           →  Object       (frame of "declined": i → not reported)
//! endorsed  Graham              →  Object       (frame of "endorsed": o → reported)
//! said  the plan failed         →  Clause       ("said" has no frame: any complement)
//! ```

use crate::lexicon::{F_FRAMED, F_FRAME_AS, F_FRAME_CLAUSE, F_FRAME_INF, F_FRAME_OBJECT};
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::{F_AND_BUT, F_CLAUSE_WORDS, F_TO};

/// What kind of complement follows a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Complement {
    /// A "that"-clause, a bare clause, a wh-clause.
    Clause,
    /// "to" and a verb.
    Infinitive,
    /// A noun phrase.
    Object,
    /// "as" and a phrase.
    AsPhrase,
    /// A quotation (always reported).
    Quotation,
}

/// The complement in tokens `a..e` after a cue (`e`: where an object would end, or the
/// clause's end): `that` tells whether a "that" opens it.
/// `text` is the text the token spans point into.
pub(crate) fn complement(text: &str, toks: &[Tok], a: usize, e: usize, that: bool) -> Complement {
    let part = toks.get(a..e).unwrap_or(&[]);
    let first = part.first();
    if that {
        Complement::Clause
    } else if infinitive_at(text, part) {
        Complement::Infinitive
    } else if part.iter().any(|t| t.kind == Kind::Open || !t.outside()) {
        Complement::Quotation
    } else if clause_at(part) {
        Complement::Clause
    } else if first.is_some_and(|t| t.is_word() && t.span.text(text).eq_ignore_ascii_case("as")) {
        Complement::AsPhrase
    } else {
        Complement::Object
    }
}

/// A bare clause at the start of `part`: a finite verb, an auxiliary or a subject pronoun
/// among its first words, before any punctuation or "and"/"but" ("the plan would fail",
/// not "Trump last week and has appeared").
fn clause_at(part: &[Tok]) -> bool {
    part.iter()
        .take(6)
        .take_while(|t| t.is_word() && !t.has(F_AND_BUT))
        .any(|t| t.has(F_CLAUSE_WORDS))
}

/// A to-infinitive at the start of `part`, or after an adverbial of a word or two:
/// "to fight", "Tuesday to fight", "on Tuesday to fight", "not to fight" (not "an
/// increase to the wage": a noun phrase).
fn infinitive_at(text: &str, part: &[Tok]) -> bool {
    let Some(k) = part.iter().take(3).position(|t| t.is_word() && t.has(F_TO)) else {
        return false;
    };
    part.iter().take(k).all(|t| {
        let w = t.span.text(text);
        t.is_word()
            && (t.cap
                || (w.len() > 4 && w.ends_with("ly"))
                || ["on", "again", "also", "today", "yesterday", "not", "never"].contains(&w))
    })
}

/// Whether a cue word with lexicon bits `flags` reports through complement `c`: any
/// complement when it has no frame of its own.
pub(crate) fn reports_through(flags: u64, c: Complement) -> bool {
    if flags & F_FRAMED == 0 {
        return true;
    }
    let bit = match c {
        Complement::Quotation => return true,
        Complement::Clause => F_FRAME_CLAUSE,
        Complement::Infinitive => F_FRAME_INF,
        Complement::Object => F_FRAME_OBJECT,
        Complement::AsPhrase => F_FRAME_AS,
    };
    flags & bit != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::block::prepare_for_tests;

    /// The complement after the first cue candidate of `text`, and whether its frame
    /// reports through it.
    fn after_cue(text: &str) -> (Complement, bool) {
        let b = prepare_for_tests(text);
        let cue = b.cues.first().expect("a cue").tok;
        let that = b
            .toks
            .get(cue + 1)
            .is_some_and(|t| t.span.text(text) == "that");
        let c = complement(text, b.toks, cue + 1, b.toks.len(), that);
        (c, reports_through(b.toks[cue].flags, c))
    }

    #[test]
    fn each_complement_is_told_by_its_first_words() {
        use Complement::*;
        assert_eq!(after_cue("Roe vowed to fight on."), (Infinitive, true));
        assert_eq!(
            after_cue("Roe vowed Tuesday to fight on."),
            (Infinitive, true)
        );
        assert_eq!(
            after_cue("Roe opposed an increase to the wage."),
            (Object, true)
        );
        assert_eq!(
            after_cue("Roe endorsed Trump last week and has appeared with him."),
            (Object, true)
        );
        assert_eq!(after_cue("Roe said that it failed."), (Clause, true));
        assert_eq!(after_cue("Roe said it failed."), (Clause, true));
        assert_eq!(after_cue("Roe endorsed Graham."), (Object, true));
        assert_eq!(after_cue("Roe said “never” twice."), (Quotation, true));
    }

    #[test]
    fn a_frame_without_the_complement_does_not_report_through_it() {
        assert_eq!(
            after_cue("Roe declined the offer."),
            (Complement::Object, false)
        );
        assert_eq!(
            after_cue("Roe opposed to the end."),
            (Complement::Infinitive, false)
        );
    }
}
