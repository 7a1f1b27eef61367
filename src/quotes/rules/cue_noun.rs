//! A cue noun with an owner and a that-clause: the owner claimed the clause.
//!
//! - `Then came her claim that the vote was rigged.` → "that the vote was rigged", her;
//! - `There was Trump's assertion that crime is rising.` → speaker "Trump's";
//! - `Roe made the claim that the vote was rigged.` → speaker "Roe" (the subject of a
//!   light verb: "issued", "made", "voiced");
//! - `Roe issued a warning that the dam could fail.` (an -ing cue after a determiner);
//! - `Roe made a threat to sue the city.` → "to sue the city" (a to-infinitive);
//! - `Roe renewed her calls for a ban.` → "a ban", her (a prepositional object, for a noun
//!   whose frame has `p`).

use crate::lexicon::F_FRAME_NOUN_OBJECT;
use crate::quotes::clauses::tags::{word_tag, Tag};
use crate::quotes::clauses::{first_verb, is_finite_auxiliary};
use crate::quotes::ctx::{Ctx, Mention, Np};
use crate::quotes::rules::indirect::{Found, Sent};
use crate::quotes::tokens::Tok;
use crate::quotes::words::{F_BE_FORMS, F_DETS, F_POSSESSIVES, F_SUBORDINATE_LEAD, F_THAT, F_TO};
use crate::speakers::strip_possessive;
use crate::Span;

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
        // "her claim that ...", "a threat to sue the city"
        let to_infinitive = self.lw_is(toks.get(c + 1), F_TO)
            && toks
                .get(c + 2)
                .is_some_and(|v| v.is_word() && !v.has(F_DETS));
        if !(self.lw_is(toks.get(c + 1), F_THAT) || to_infinitive) {
            return self.cue_noun_object(st, c, t, owner);
        }
        let speaker = match owner {
            Some(o) => (o.span, if o.cap { Np::Name } else { Np::Pronoun }, c - 1),
            None => self.light_verb_subject(st, c, false)?,
        };
        // a to-infinitive ends where the sentence's own verb begins: "Her promise to cut
        // taxes was broken."
        let end = if to_infinitive {
            (c + 3..st.e)
                .find(|&k| {
                    toks.get(k)
                        .is_some_and(|x| x.is_word() && x.has(F_BE_FORMS))
                })
                .unwrap_or(st.e)
        } else if owner.is_some() && c == st.s + 1 {
            // "Trump's claim that the vote was rigged is false": in subject position, the
            // clause ends where the sentence's own verb follows the clause's
            self.clause_end_before_main_verb(toks, c + 2, st.e, false)
        } else {
            st.e
        };
        let cs = self.content_span_n(toks, c + 1, end, 2)?;
        Some(Found::new(cs, (Some(t.span), Some(speaker)), 0.6, c))
    }

    /// "his criticism of the plan", "Roe voiced support for the plan": a cue noun whose
    /// frame takes a prepositional object (`p`), owned by `owner` or by the subject of a
    /// light verb; the cue is the noun and its preposition, the content the object.
    fn cue_noun_object(
        &self,
        st: &Sent<'_>,
        c: usize,
        t: &Tok,
        owner: Option<&Tok>,
    ) -> Option<Found> {
        let toks = &st.b.toks;
        let prep = toks.get(c + 1).filter(|p| {
            p.is_word()
                && p.outside()
                && matches!(&*self.lw(p), "of" | "for" | "on" | "to" | "against")
        });
        let prep = prep.filter(|_| t.has(F_FRAME_NOUN_OBJECT))?;
        let speaker = match owner {
            Some(o) => (o.span, if o.cap { Np::Name } else { Np::Pronoun }, c - 1),
            None => self.light_verb_subject(st, c, true)?,
        };
        // (the object ends before the sentence's verb: "Trump's criticism of the judge
        // drew rebukes")
        let end = self.object_end(toks, c + 2, st.e);
        let end = first_verb(self.text, toks, c + 1, end).unwrap_or(end);
        let cs = self.content_span_n(toks, c + 2, end, 1)?;
        let cue = Span::new(t.span.start, prep.span.end);
        Some(Found::new(cs, (Some(cue), Some(speaker)), 0.55, c))
    }

    /// The end of a that-clause in subject position starting at `a`: the second finite
    /// verb ("is", "has", "was", ...) of a clause, after a word that joins no clause (not
    /// "and", "or", a comma), or `e`; a "that", "who" or "which" opens a clause of its own.
    /// With `past`, a past form counts as finite too ("stayed") and a subordinator opens a
    /// clause of its own ("after he designed").
    pub(crate) fn clause_end_before_main_verb(
        &self,
        toks: &[Tok],
        a: usize,
        e: usize,
        past: bool,
    ) -> usize {
        let finite = |t: &Tok| {
            t.is_word()
                && t.outside()
                && (is_finite_auxiliary(t, self.word(t))
                    || (past && !t.cap && word_tag(t, self.word(t)) == Tag::Verb))
        };
        let mut verbs = 0;
        for k in a..e {
            let Some(t) = toks.get(k) else { break };
            let opens = past && t.is_word() && t.has(F_SUBORDINATE_LEAD);
            if opens || (t.is_word() && matches!(&*self.lw(t), "that" | "who" | "which")) {
                // a clause of its own opens: its verb is not the sentence's
                verbs = 0;
                continue;
            }
            if !finite(t) {
                continue;
            }
            let joined = toks.get(k - 1).is_some_and(|p| {
                p.is_punct(',')
                    || (p.is_word()
                        && matches!(&*self.lw(p), "and" | "or" | "who" | "that" | "which"))
            });
            if verbs > 0 && !joined && !toks.get(k - 1).is_some_and(&finite) {
                return k;
            }
            verbs += 1;
        }
        e
    }

    /// `Roe made the claim that ...`: the subject of a light verb ("issued", "made",
    /// "voiced") whose object is the cue noun at `c` (after a determiner and at most two
    /// more words; `bare`: also right after the verb, "voiced support for").
    fn light_verb_subject(&self, st: &Sent<'_>, c: usize, bare: bool) -> Option<Mention> {
        let toks = &st.b.toks;
        let mut k = c.checked_sub(1)?;
        let mut words = 0;
        while k > st.s && words < 3 {
            let t = toks.get(k)?;
            if !(t.is_word() && t.outside() && !t.cap) || t.cue.is_some() {
                return None;
            }
            if LIGHT_VERBS.contains(&&*self.lw(t)) {
                let (k0, sp, np) = self.np_before_appos(toks, k, st.s)?;
                return (words > 0 || bare).then_some((sp, np, k0));
            }
            words += 1;
            k -= 1;
        }
        None
    }
}

/// Verbs whose object names the act of speaking: "issued a warning that", "made the claim
/// that".
const LIGHT_VERBS: &[&str] = &[
    "issued",
    "issues",
    "made",
    "makes",
    "gave",
    "gives",
    "repeated",
    "repeats",
    "renewed",
    "voiced",
    "voices",
    "raised",
    "reiterated",
    "delivered",
    "sent",
    "offered",
    "expressed",
    "expresses",
    "voicing",
    "renewing",
    "drew",
    "won",
    "threw",
    "lent",
];

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
    fn the_subject_of_a_light_verb_owns_the_warning() {
        assert_eq!(
            statements("T\n\nRoe made the dubious claim that the vote was rigged."),
            "Indirect [that the vote was rigged] cue: claim, speaker: Roe"
        );
    }

    #[test]
    fn a_possessive_name_owns_the_assertion() {
        assert_eq!(
            statements("T\n\nThere was Trump's assertion that crime is rising."),
            "Indirect [that crime is rising] cue: assertion, speaker: Trump's"
        );
    }

    #[test]
    fn an_ing_cue_after_a_determiner_and_a_cue_noun_with_an_infinitive() {
        assert_eq!(
            statements("T\n\nRoe issued a warning that the dam could fail."),
            "Indirect [that the dam could fail] cue: warning, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nRoe made a threat to sue the city."),
            "Indirect [to sue the city] cue: threat, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nHer promise to cut taxes was broken."),
            "Indirect [to cut taxes] cue: promise, speaker: Her"
        );
    }

    #[test]
    fn a_noun_of_stance_reports_its_prepositional_object() {
        assert_eq!(
            statements("T\n\nRoe renewed her calls for a ban on rifles."),
            "Indirect [a ban on rifles] cue: calls for, speaker: her"
        );
        assert_eq!(
            statements("T\n\nRoe voiced support for the plan."),
            "Indirect [the plan] cue: support for, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nTrump's criticism of the judge drew rebukes."),
            "Indirect [the judge] cue: criticism of, speaker: Trump's"
        );
        assert_eq!(statements("T\n\nCriticism of the plan grew."), "");
    }

    #[test]
    fn a_claim_in_subject_position_ends_before_the_sentence_verb() {
        assert_eq!(
            statements("T\n\nTrump's claim that the election was rigged is false."),
            "Indirect [that the election was rigged] cue: claim, speaker: Trump's"
        );
        assert_eq!(
            statements("T\n\nHis assertion that crime is rising has been debunked."),
            "Indirect [that crime is rising] cue: assertion, speaker: His"
        );
        assert_eq!(
            statements("T\n\nHer claim that the vote was rigged and that it was close is false."),
            "Indirect [that the vote was rigged and that it was close] cue: claim, speaker: Her"
        );
    }
}
