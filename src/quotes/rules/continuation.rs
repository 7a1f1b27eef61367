//! Quotations that go on from a statement already found, within a block and across
//! blocks (the [`Carry`] between paragraphs).
//!
//! - multi-paragraph quotation: `“We will win.` ¶ `“And soon,” she said.` (news style: an
//!   unclosed paragraph goes on in the next);
//! - quote-only paragraph: `“Q1,” she said.` ¶ `“Q2.”` → Q2 is hers too;
//! - quote-only sentence: `“Q1,” she said. “This is the second sentence of it.”`;
//! - colon carried: `She said:` ¶ `“Q.”`.

use crate::article::BlockKind;
use crate::quotes::block::BlockData;
use crate::quotes::ctx::{mark_used, Attr, Carry, Ctx};
use crate::quotes::rules::direct::Quoted;
use crate::Span;

impl Ctx<'_> {
    /// A quotation without its own attribution that continues a statement: the
    /// statement's index, or `None`.
    pub(crate) fn continuation(
        &mut self,
        b: &BlockData,
        qd: &Quoted,
        carry: &mut Carry,
        last_stmt: Option<usize>,
        block_has_attr: bool,
        used_q: &mut [bool],
    ) -> Option<usize> {
        if let Some(id) = self.open_continuation(qd, carry, used_q) {
            return Some(id);
        }
        if qd.oi == 0 && qd.statement_like && !block_has_attr {
            if let Some(id) = carry.last_direct {
                self.quote_only_paragraph(b, qd, carry, id, used_q);
                return Some(id);
            }
            if let Some(lead) = carry.last_indirect.filter(|_| !qd.single) {
                let id = self.follow_up(lead, qd.outer, None, b);
                if qd.ci.is_none() {
                    carry.open_stmt = Some(id);
                }
                mark_used(used_q, qd.qi);
                return Some(id);
            }
        }
        self.uncredited_sentence(qd, last_stmt, used_q)
    }

    /// News-style continuation: previous paragraph's quotation left open.
    fn open_continuation(
        &mut self,
        qd: &Quoted,
        carry: &mut Carry,
        used_q: &mut [bool],
    ) -> Option<usize> {
        if qd.oi != 0 || qd.single {
            return None;
        }
        let id = carry.open_stmt.take()?;
        if let Some(d) = self.drafts.get_mut(id) {
            d.content.push(qd.outer);
        }
        if qd.ci.is_none() {
            carry.open_stmt = Some(id);
        }
        mark_used(used_q, qd.qi);
        Some(id)
    }

    /// Quote-only paragraph after an attributed quote paragraph (statement `id`): one
    /// statement, the quotation goes on in this paragraph.
    fn quote_only_paragraph(
        &mut self,
        b: &BlockData,
        qd: &Quoted,
        carry: &mut Carry,
        id: usize,
        used_q: &mut [bool],
    ) {
        if let Some(d) = self.drafts.get_mut(id) {
            d.content.push(qd.outer);
        }
        if qd.ci.is_none() {
            carry.open_stmt = Some(id);
            // it may instead open the next paragraph's attributed quotation
            carry.tentative = Some((id, qd.outer, b.idx, b.kind));
        }
        mark_used(used_q, qd.qi);
    }

    /// A sentence-like quotation nobody is credited with, after a statement of this
    /// block: the statement goes on (not a term).
    fn uncredited_sentence(
        &mut self,
        qd: &Quoted,
        last_stmt: Option<usize>,
        used_q: &mut [bool],
    ) -> Option<usize> {
        let sentence = !qd.single && qd.nwords >= 6 && qd.starts_cap && qd.ends_punct;
        if let (true, Some(id)) = (sentence, last_stmt) {
            if let Some(d) = self.drafts.get_mut(id) {
                d.content.push(qd.outer);
            }
            mark_used(used_q, qd.qi);
            return Some(id);
        }
        None
    }

    /// `“Q1 ...` (unclosed paragraph) `“Q2,” Holt added.`: the quotation running over the
    /// paragraphs is Holt's, not the previous speaker's. Moves the tentative continuation
    /// to the front of `contents`; returns the block it starts in.
    pub(crate) fn take_tentative(
        &mut self,
        oi: usize,
        carry: &mut Carry,
        contents: &mut Vec<Span>,
    ) -> Option<(usize, BlockKind)> {
        if let (0, Some((prev, span, bi, bk))) = (oi, carry.tentative.take()) {
            if let Some(d) = self.drafts.get_mut(prev) {
                if d.content.len() > 1 && d.content.last() == Some(&span) {
                    d.content.pop();
                    contents.insert(0, span);
                    return Some((bi, bk));
                }
            }
        }
        None
    }

    /// Paragraph opening with a quotation after "X said:" at the end of the previous block.
    pub(crate) fn colon_carried(carry: &mut Carry) -> Option<Attr> {
        carry.colon_attr.take()
    }

    /// What a block's direct statements leave to the next block.
    pub(crate) fn end_of_block(carry: &mut Carry, last_stmt: Option<usize>, block_has_attr: bool) {
        carry.last_direct = last_stmt.or(if block_has_attr {
            carry.last_direct
        } else {
            None
        });
        if last_stmt.is_none() {
            carry.open_stmt = None;
        }
    }

    /// "X said:" at the end of block `b` carries to the next block.
    pub(crate) fn colon_at_end(&self, b: &BlockData, carry: &mut Carry) {
        carry.colon_attr = None;
        if b.toks.last().is_some_and(|t| t.is_punct(':')) {
            let n = b.toks.len();
            let (ss, _) = Ctx::sentence_of(b, n - 1);
            if let Some((c, sp)) = self.attr_before(b, n, ss, true) {
                carry.colon_attr = Some((b.toks.get(c).map(|t| t.span), sp));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn a_quote_only_paragraph_goes_on_with_the_last_speaker() {
        let text = "T\n\n“We will win this,” Roe said.\n\n“It will not even be close.”";
        let want = "Direct [“We will win this,” | “It will not even be close.”] cue: said, \
                    speaker: Roe";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn an_unclosed_paragraph_runs_into_the_next() {
        let found = statements(
            "T\n\n“We will win,” Roe said. “We will win the vote.\n\n“It will not be close.”",
        );
        let want = "Direct [“We will win,” | “We will win the vote. | “It will not be close.”] \
                    cue: said, speaker: Roe";
        assert_eq!(found, want);
    }

    #[test]
    fn an_unclosed_paragraph_belongs_to_the_next_attributed_quotation() {
        assert_eq!(
            statements(
                "T\n\n“We will win,” Roe said.\n\n“We will win the vote.\n\n\
                 “It will not be close,” Holt added."
            ),
            "Direct [“We will win,”] cue: said, speaker: Roe\n\
             Direct [“We will win the vote. | “It will not be close,”] cue: added, speaker: Holt"
        );
    }

    #[test]
    fn x_said_colon_carries_to_the_next_paragraph() {
        let carried = "Direct [“We will win the vote.”] cue: said, speaker: Roe";
        assert_eq!(
            statements("T\n\nRoe said:\n\n“We will win the vote.”"),
            carried
        );
    }
}
