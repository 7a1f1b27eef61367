//! Headline attributions: a short name, a colon, and what the name said.
//!
//! - `Graham: Trump's rhetoric destroying GOP's chance` → speaker "Graham";
//! - `Roe: “We will win”` → a direct statement;
//! - `Clinton camp: Trump is unfit` → speaker "Clinton camp" (a name and a lower-case
//!   group, role or organisation noun);
//! - not a label: `The Latest: ...`, `BREAKING: ...`.

use crate::lexicon::{F_ORG_WORD, F_TITLE};
use crate::quotes::block::BlockData;
use crate::quotes::ctx::{mark_used, Ctx, Np};
use crate::quotes::lexicon::CueClass;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::{
    F_GROUP_NOUN, F_HEADLINE_LEAD, F_NOMINAL_STOP, F_NO_NOT_MORE, F_REPORT_NOUN, F_STOP_CAP,
};
use crate::quotes::QuoteKind;
use crate::Span;

impl Ctx<'_> {
    /// `Graham: Trump's rhetoric destroying GOP's chance` — a headline crediting what
    /// follows the colon to the short name before it. Labels ("The Latest:",
    /// "BREAKING:"), phrases with a verb or a function word, all-capital words and
    /// questions are no attributions. Returns whether a statement was pushed.
    pub(crate) fn headline_attribution(&mut self, b: &BlockData, used_q: &mut [bool]) -> bool {
        let toks = &b.toks;
        let Some(c) = toks.iter().take(8).position(|t| t.is_punct(':')) else {
            return false;
        };
        let Some((left_span, last_left)) = self.headline_source(toks, c) else {
            return false;
        };
        let Some((content, kind)) = self.headline_content(b, c, used_q) else {
            return false;
        };
        let np = if last_left.has(F_REPORT_NOUN | F_GROUP_NOUN) || !last_left.cap {
            Np::Nominal
        } else {
            Np::Name
        };
        let cue = toks.get(c).map(|t| t.span);
        self.push(
            kind,
            vec![content],
            cue,
            Some((left_span, np, 0)),
            toks,
            0.6,
            b,
        );
        true
    }

    /// The short name before the colon at `c`: its span and last token.
    fn headline_source<'t>(&self, toks: &'t [Tok], c: usize) -> Option<(Span, &'t Tok)> {
        let (first, last_left) = (toks.first()?, toks.get(c.checked_sub(1)?)?);
        let left = toks.get(..c).unwrap_or(&[]);
        // "Clinton camp:", "Trump aides:": a lower-case group, role or organisation noun
        // may end the name
        let group_end =
            last_left.has(F_GROUP_NOUN | F_ORG_WORD | F_TITLE) || self.lw(last_left) == "camp";
        if left.is_empty() || left.len() > 6 || !first.cap || !(last_left.cap || group_end) {
            return None;
        }
        for (k, t) in left.iter().enumerate() {
            if !t.is_word() || !t.outside() {
                return None;
            }
            let w = self.word(t);
            let lw = self.lw(t);
            let letters = w.chars().filter(|ch| ch.is_alphabetic()).count();
            if letters >= 4 && !w.chars().any(|ch| ch.is_lowercase()) {
                return None;
            }
            if k == 0 && t.has(F_HEADLINE_LEAD) {
                return None;
            }
            if !t.cap
                && (t.has(F_NOMINAL_STOP | F_STOP_CAP | F_NO_NOT_MORE)
                    || self.lex.cue(&lw).is_some())
            {
                return None;
            }
            if t.cap && k > 0 && self.lex.cue(&lw).is_some_and(|cl| cl != CueClass::Noun) {
                return None;
            }
        }
        let left_span = Span::new(first.span.start, last_left.span.end);
        let left_text = left_span.text(self.text);
        if self.lex.is_headline_label(left_text)
            || self.lex.is_headline_label(self.word(last_left))
            || self.lex.is_headline_label(self.word(first))
        {
            return None;
        }
        Some((left_span, last_left))
    }

    /// What follows the colon at `c`, and its kind by the quotations in it (marked used).
    pub(crate) fn headline_content(
        &self,
        b: &BlockData,
        c: usize,
        used_q: &mut [bool],
    ) -> Option<(Span, QuoteKind)> {
        let right = b.toks.get(c + 1..).unwrap_or(&[]);
        let (rf, rl) = (right.first()?, right.last()?);
        if right.iter().filter(|t| t.is_word()).count() < 2 || rl.is_punct('?') {
            return None;
        }
        // the content ends before a closing period or semicolon outside quotations
        let mut end = rl.span.end;
        if (rl.is_punct('.') || rl.is_punct(';')) && right.len() > 1 {
            if let Some(prev) = right.get(right.len() - 2) {
                end = prev.span.end;
            }
        }
        let content = Span::new(rf.span.start, end);
        let mut marks = 0;
        let mut whole = false;
        for t in right {
            if t.kind == Kind::Open {
                marks += 1;
                mark_used(used_q, t.q as usize);
                if let Some(q) = b.quots.get(t.q as usize) {
                    whole |= t.span.start == rf.span.start && q.outer().end >= end;
                }
            }
        }
        let kind = if whole && marks == 1 {
            QuoteKind::Direct
        } else if marks > 0 {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        Some((content, kind))
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn a_quotation_after_the_colon_is_direct() {
        assert_eq!(
            statements("Roe: “We will win”\n\nBody text here."),
            "Direct [“We will win”] cue: :, speaker: Roe"
        );
    }

    #[test]
    fn a_name_and_a_colon_credit_the_headline() {
        let found = statements("Graham: Trump's rhetoric destroying GOP's chance\n\nBody.");
        let want = "Indirect [Trump's rhetoric destroying GOP's chance] cue: :, speaker: Graham";
        assert_eq!(found, want);
    }

    #[test]
    fn a_label_is_no_speaker() {
        for label in ["The Latest", "BREAKING"] {
            let text = format!("{label}: Storm hits the coast\n\nBody text here.");
            assert_eq!(statements(&text), "", "{label}");
        }
    }

    #[test]
    fn a_name_and_a_lower_case_group_noun_before_the_colon() {
        assert_eq!(
            statements("Clinton camp: Trump is unfit\n\nBody text here."),
            "Indirect [Trump is unfit] cue: :, speaker: Clinton camp"
        );
        // a lower-case word that is no group, role or organisation noun is no label
        assert_eq!(
            statements("Clinton wins: a night to remember\n\nBody text here."),
            ""
        );
    }
}
