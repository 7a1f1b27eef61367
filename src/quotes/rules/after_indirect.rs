//! A quotation standing alone after reported speech goes on with its speaker:
//!
//! - quote-only sentence: `Roe said the vote was close. “We fought hard for every seat.”`
//!   → the quotation is Roe's (a direct statement with no cue of its own);
//! - quote-only paragraph: `Roe said the vote was close.` ¶ `“We fought hard.”` → Roe's
//!   too (taken up by [`super::continuation`] through [`Carry::last_indirect`]).
//!
//! Only a statement with a speaker leads, and only from the sentence right before the
//! quotation (or the last sentence of the paragraph before); the outermost statement of
//! that sentence leads when reports nest (`X said she believes Y` → X).

use crate::quotes::block::BlockData;
use crate::quotes::ctx::{mark_used, Carry, Ctx, Draft, Np};
use crate::quotes::rules::direct::Quoted;
use crate::quotes::QuoteKind;
use crate::speakers::SpeakerKind;

/// The indirect statements of a block that may lead a quotation: (content start,
/// content end, draft index), by start.
type Leads = Vec<(usize, usize, usize)>;

impl Ctx<'_> {
    /// Runs after the other rules of block `b`, whose statements are the drafts from
    /// `d0` on: quote-only sentences that follow a sentence with an indirect statement
    /// become direct statements of its speaker, and `carry` learns whether the block ends
    /// with such a statement.
    pub(crate) fn after_indirect(
        &mut self,
        b: &BlockData,
        d0: usize,
        carry: &mut Carry,
        used_q: &mut [bool],
    ) {
        let mut leads: Leads = Vec::new();
        for (id, d) in self.drafts.iter().enumerate().skip(d0) {
            if let (Some(f), Some(l)) = (d.content.first(), d.content.last()) {
                if d.kind == QuoteKind::Indirect && self.may_lead(d) {
                    leads.push((f.start, l.end, id));
                }
            }
        }
        if leads.is_empty() {
            carry.last_indirect = None;
            return;
        }
        leads.sort_unstable();
        self.quotes_after_indirect(b, &leads, used_q);
        carry.last_indirect = self.indirect_at_end(b, d0, &leads);
    }

    fn quotes_after_indirect(&mut self, b: &BlockData, leads: &Leads, used_q: &mut [bool]) {
        for (qi, q) in b.quots.iter().enumerate() {
            if used_q.get(qi).copied().unwrap_or(true) {
                continue;
            }
            let Some(qd) = self.quoted(b, qi, q) else {
                continue;
            };
            if !qd.statement_like || qd.single || qd.ss == 0 || !quote_only_sentence(b, &qd) {
                continue;
            }
            let (ps, _) = Ctx::sentence_of(b, qd.ss - 1);
            if let Some(lead) = indirect_in(b, leads, ps, qd.ss) {
                self.follow_up(lead, qd.outer, None, b);
                mark_used(used_q, qi);
            }
        }
    }

    /// The lead of block `b`'s last sentence, when no statement of the block (drafts from
    /// `d0` on) starts after it.
    fn indirect_at_end(&self, b: &BlockData, d0: usize, leads: &Leads) -> Option<usize> {
        let n = b.toks.len();
        let (ls, _) = Ctx::sentence_of(b, n.checked_sub(1)?);
        let lead = indirect_in(b, leads, ls, n)?;
        let start = |d: &Draft| d.content.first().map_or(0, |c| c.start);
        let lead_start = self.drafts.get(lead).map_or(0, start);
        let later = self
            .drafts
            .get(d0..)
            .unwrap_or(&[])
            .iter()
            .any(|d| start(d) > lead_start);
        (!later).then_some(lead)
    }
}

/// The outermost lead whose content lies in tokens `from..to` of block `b`.
fn indirect_in(b: &BlockData, leads: &Leads, from: usize, to: usize) -> Option<usize> {
    let (lo, hi) = (b.toks.get(from)?.span.start, b.toks.get(to - 1)?.span.end);
    let first = leads.partition_point(|&(s, _, _)| s < lo);
    let mut inside = leads.get(first..)?.iter().take_while(|&&(s, _, _)| s <= hi);
    inside.find(|&&(_, e, _)| e <= hi).map(|&(_, _, id)| id)
}

impl Ctx<'_> {
    /// A statement whose speaker is a person named or referred to (not a poll, a group or
    /// an organisation: their reports are not followed by their own quotations).
    fn may_lead(&self, d: &Draft) -> bool {
        let Some((_, np)) = d.speaker else {
            return false;
        };
        let kind = d
            .entity
            .and_then(|e| self.res.entities.get(e))
            .map(|e| e.kind);
        matches!(np, Np::Name | Np::Pronoun | Np::Relative)
            && !matches!(
                kind,
                Some(SpeakerKind::Organization | SpeakerKind::Group) | None
            )
    }
}

/// Whether the sentences of quotation `qd` hold no word outside it.
fn quote_only_sentence(b: &BlockData, qd: &Quoted) -> bool {
    let last = qd.ci.unwrap_or(b.toks.len().saturating_sub(1));
    let (_, se) = Ctx::sentence_of(b, last);
    let q = qd.qi as u32;
    b.toks
        .get(qd.ss..se)
        .unwrap_or(&[])
        .iter()
        .all(|t| !t.is_word() || t.q == q)
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn a_quote_only_sentence_after_reported_speech_is_the_reporters() {
        let text = "T\n\nRoe said the vote was close. “We fought hard for every seat.”";
        let want = "Indirect [the vote was close] cue: said, speaker: Roe\n\
                    Direct [“We fought hard for every seat.”] cue: -, speaker: Roe";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn a_quote_only_paragraph_after_reported_speech_is_the_reporters() {
        let text = "T\n\nRoe said the vote was close.\n\n“We fought hard for every seat.”";
        let want = "Indirect [the vote was close] cue: said, speaker: Roe\n\
                    Direct [“We fought hard for every seat.”] cue: -, speaker: Roe";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn a_poll_is_followed_by_no_quotation_of_its_own() {
        let text = "T\n\nThe poll showed the race was close.\n\n“We fought hard for every seat.”";
        let found = statements(text);
        assert!(!found.contains("Direct"), "{found}");
    }

    #[test]
    fn the_outer_speaker_leads_when_reports_nest() {
        let text = "T\n\nRoe said she believes the vote was close. “We fought hard for it.”";
        let found = statements(text);
        assert!(
            found.ends_with("Direct [“We fought hard for it.”] cue: -, speaker: Roe"),
            "{found}"
        );
    }

    #[test]
    fn a_quotation_inside_a_sentence_of_its_own_words_is_no_follow_up() {
        let text = "T\n\nRoe said the vote was close. The so-called “deal of the century” failed.";
        let want = "Indirect [the vote was close] cue: said, speaker: Roe";
        assert_eq!(statements(text), want);
    }
}
