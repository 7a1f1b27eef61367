//! A cue noun with an owner and a that-clause: the owner claimed the clause.
//!
//! - `Then came her claim that the vote was rigged.` → "that the vote was rigged", her;
//! - `There was Trump's assertion that crime is rising.` → speaker "Trump's".

use crate::quotes::ctx::{Ctx, Np};
use crate::quotes::rules::indirect::{Found, Sent};
use crate::quotes::tokens::Tok;
use crate::quotes::words::{F_POSSESSIVES, F_THAT};
use crate::speakers::strip_possessive;

impl Ctx<'_> {
    /// "her claim that ...", "Trump's assertion that ...": the cue noun at `c` (`t`).
    pub(crate) fn cue_noun_claim(&self, st: &Sent<'_>, c: usize, t: &Tok) -> Option<Found> {
        let toks = &st.b.toks;
        let owner = c.checked_sub(1).and_then(|i| toks.get(i)).filter(|p| {
            p.is_word()
                && p.outside()
                && (self.lw_is(Some(p), F_POSSESSIVES)
                    || (p.cap && strip_possessive(self.word(p)).len() != self.word(p).len()))
        });
        if let (Some(o), true) = (owner, self.lw_is(toks.get(c + 1), F_THAT)) {
            if let Some(cs) = self.content_span(toks, c + 1, st.e) {
                let np = if o.cap { Np::Name } else { Np::Pronoun };
                return Some(Found::new(
                    cs,
                    (Some(t.span), Some((o.span, np, c - 1))),
                    0.6,
                    c,
                ));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn a_possessive_pronoun_owns_the_claim() {
        let found = statements("T\n\nThen came her claim that the vote was rigged.");
        assert_eq!(
            found,
            "Indirect [that the vote was rigged] cue: claim, speaker: her"
        );
    }

    #[test]
    fn a_possessive_name_owns_the_assertion() {
        assert_eq!(
            statements("T\n\nThere was Trump's assertion that crime is rising."),
            "Indirect [that crime is rising] cue: assertion, speaker: Trump's"
        );
    }
}
