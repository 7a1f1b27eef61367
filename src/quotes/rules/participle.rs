//! A speech participle after a comma or "and": its speaker is the sentence's.
//!
//! - `Miller rejected the plan, saying it would fail.` → "it would fail", Miller;
//! - `She left early, adding that she was tired.` → "that she was tired", she.

use crate::quotes::ctx::Ctx;
use crate::quotes::rules::indirect::{Found, Sent};
use crate::quotes::tokens::Tok;

impl Ctx<'_> {
    /// "..., adding (that) CLAUSE" at the participle `c` (`t`): the speaker is the
    /// sentence's (the speaker of its statement, or its subject).
    pub(crate) fn participle_report(&self, st: &Sent<'_>, c: usize, t: &Tok) -> Option<Found> {
        let (b, toks) = (st.b, &st.b.toks);
        let whole = Self::sentence_of(b, c).0;
        // (the subject: the noun phrase before the clause's first verb — "In August, several
        // groups granted Roe an extension, saying ..." — or the first name or pronoun)
        let sp = self
            .speaker_in_sentence(b, whole, c)
            .or_else(|| self.clause_subject(st, c).map(|(k, sp, np)| (sp, np, k)))
            .or_else(|| self.subject(b, whole, c))?;
        // ("that" opens the content)
        let mut a = c + 1;
        while toks
            .get(a)
            .is_some_and(|x| x.is_punct(',') || x.is_punct(':'))
        {
            a += 1;
        }
        let cs = self.content_span(toks, a, st.e)?;
        Some(Found::new(cs, (Some(t.span), Some(sp)), 0.7, c))
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn saying_after_a_comma_is_the_subjects() {
        let found = statements("T\n\nMiller rejected the plan, saying it would fail.");
        let last = found.lines().last();
        assert_eq!(
            last,
            Some("Indirect [it would fail] cue: saying, speaker: Miller")
        );
    }

    #[test]
    fn the_participle_speaks_for_the_subject_not_for_the_object() {
        assert_eq!(
            statements("T\n\nIn August, several groups granted Mr. Roe an extension, saying his capital was low."),
            "Indirect [his capital was low] cue: saying, speaker: several groups"
        );
    }

    #[test]
    fn adding_that_keeps_that_in_the_content() {
        assert_eq!(
            statements("T\n\nShe left early, adding that she was tired."),
            "Indirect [that she was tired] cue: adding, speaker: She"
        );
    }
}
