//! A cue without a subject of its own, governed by the clause before it: its speaker is
//! that clause's subject.
//!
//! - a to-infinitive: `Clinton went to Ohio to argue that the plan works.` → Clinton;
//! - a gerund after a preposition: `Trump opened by talking about the wall.` → Trump;
//! - a gerund after an aspectual verb: `Sanders began talking about jobs.` → Sanders.
//!
//! When a cue verb governs the infinitive ("vowed to fight", "wants to say"), that cue
//! reports it and the infinitive is no statement of its own.

use crate::quotes::clauses::{cues_in, first_verb};
use crate::quotes::ctx::{nominal_head, Ctx, Np};
use crate::quotes::lexicon::CueClass;
use crate::quotes::rules::indirect::Sent;
use crate::quotes::tokens::Tok;
use crate::quotes::words::{F_CONTROL_LEAD, F_TO};
use crate::Span;

impl Ctx<'_> {
    /// Whether the cue at `c` (`t`) is the verb of a to-infinitive or of a gerund after
    /// a preposition or an aspectual verb, with no cue verb before it in the sentence.
    pub(crate) fn controlled(&self, st: &Sent<'_>, c: usize, t: &Tok) -> bool {
        let toks = &st.b.toks;
        let Some(lead) = c.checked_sub(1).and_then(|k| toks.get(k)) else {
            return false;
        };
        let w = self.word(t);
        let ing = w.ends_with("ing");
        let base = !ing && !w.ends_with("ed") && !t.cap;
        let governed = (base && self.lw_is(Some(lead), F_TO))
            || (ing && self.lw_is(Some(lead), F_CONTROL_LEAD));
        if !governed || c <= st.s + 1 {
            return false;
        }
        let whole = Self::sentence_of(st.b, c).0;
        !cues_in(st.b.cues, whole, c)
            .iter()
            .any(|x| x.class != CueClass::Noun)
    }

    /// The subject of the clause governing the controlled cue at `c`: the noun phrase
    /// before the clause's first verb, a name, a person's role or a personal pronoun ("It
    /// is time to talk about ..." has no speaker).
    pub(crate) fn controller(&self, st: &Sent<'_>, c: usize) -> Option<(usize, Span, Np)> {
        let toks = &st.b.toks;
        let (k, sp, np) = self.clause_subject(st, c)?;
        let person = match np {
            Np::Name => true,
            Np::Pronoun => !self.word(toks.get(k)?).eq_ignore_ascii_case("it"),
            // "the former governor", "Democratic candidate Bernie Sanders"
            Np::Nominal => {
                let phrase = sp.text(self.text);
                let head = nominal_head(phrase);
                self.lex.is_title(head)
                    || self.lex.is_group_noun(head)
                    || head.starts_with(char::is_uppercase)
            }
            Np::Relative => false,
        };
        person.then_some((k, sp, np))
    }

    /// The noun phrase before the first verb of the sentence holding token `c`, up to
    /// `c`: "In August, several groups granted ..." → "several groups".
    pub(crate) fn clause_subject(&self, st: &Sent<'_>, c: usize) -> Option<(usize, Span, Np)> {
        let lo = Self::sentence_of(st.b, c).0.max(st.s);
        let toks = &st.b.toks;
        let v = first_verb(self.text, toks, lo, c)?;
        self.np_before(toks, v, lo)
            .filter(|&(_, _, np)| np != Np::Relative)
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn a_to_infinitive_cue_speaks_for_the_subject_of_its_clause() {
        assert_eq!(
            statements("T\n\nClinton went to Ohio to argue that the plan works."),
            "Indirect [that the plan works] cue: argue, speaker: Clinton"
        );
    }

    #[test]
    fn a_gerund_after_by_speaks_for_the_subject_of_its_clause() {
        assert_eq!(
            statements("T\n\nTrump opened his rally by talking about the wall."),
            "Indirect [the wall] cue: talking about, speaker: Trump"
        );
    }

    #[test]
    fn a_gerund_after_an_aspectual_verb_speaks_for_its_subject() {
        assert_eq!(
            statements("T\n\nSanders began talking about jobs."),
            "Indirect [jobs] cue: talking about, speaker: Sanders"
        );
    }

    #[test]
    fn an_infinitive_governed_by_a_cue_is_that_cues_content() {
        assert_eq!(
            statements("T\n\nRoe vowed to argue that the plan works."),
            "Indirect [to argue that the plan works] cue: vowed, speaker: Roe"
        );
    }

    #[test]
    fn an_infinitive_after_it_is_no_statement() {
        assert_eq!(statements("T\n\nIt is time to talk about the wall."), "");
    }
}
