//! Direct quotations and their attribution, quotation by quotation through a block.
//!
//! - quote then cue: `“We will win,” Miller said.`;
//! - cue, colon and quote: `Miller said: “We will win.”`;
//! - split quotations: `“We will win,” he said, “and soon.”` (one statement);
//! - dash credits: `“Pay up.” — Councilman Ted Ruiz`;
//! - a participle with its own quotation: `“Q1,” he said, adding: “Q2.”`;
//! - a quotation ending a reported clause: `He was “a fraud,” Smith said.` (mixed).
//!
//! Quotations with no attribution of their own go to [`super::continuation`].

use crate::quotes::block::BlockData;
use crate::quotes::ctx::{mark_used, Attr, Carry, Ctx};
use crate::quotes::lexicon::CueClass;
use crate::quotes::tokens::Kind;
use crate::quotes::words::F_PLACE_PREPS;
use crate::quotes::QuoteKind;
use crate::speakers::strip_possessive;
use crate::text::marks::{Quotation, QuoteStyle};
use crate::Span;

/// One top-level quotation of a block and what its words look like.
pub(crate) struct Quoted {
    /// Index of the quotation in the block.
    pub(crate) qi: usize,
    /// Token of the opening mark.
    pub(crate) oi: usize,
    /// Token of the closing mark (`None`: unclosed).
    pub(crate) ci: Option<usize>,
    pub(crate) nwords: usize,
    pub(crate) ends_punct: bool,
    pub(crate) starts_cap: bool,
    pub(crate) title_case: bool,
    pub(crate) statement_like: bool,
    /// In single quotation marks.
    pub(crate) single: bool,
    /// The quotation with its marks.
    pub(crate) outer: Span,
    /// First token of the sentence of the opening mark.
    pub(crate) ss: usize,
}

/// The frame between the previous statement's quotation and this one.
struct SplitFrame {
    frame_words: usize,
    cue_in_frame: bool,
    new_sentence_no_frame: bool,
    /// `, adding: “`: a speech participle after a comma in the frame.
    participle: Option<Span>,
    /// A word or "that" between the participle and the mark.
    fragment: bool,
}

impl Ctx<'_> {
    /// The direct statements of block `b`; `carry` links them with the blocks before and
    /// after, `used_q` records the quotations taken.
    pub(crate) fn direct_block(&mut self, b: &BlockData, carry: &mut Carry, used_q: &mut [bool]) {
        let tentative = carry.tentative;
        self.direct_quotations(b, carry, used_q);
        if carry.tentative == tentative {
            // not taken up by this block's first quotation
            carry.tentative = None;
        }
    }

    fn direct_quotations(&mut self, b: &BlockData, carry: &mut Carry, used_q: &mut [bool]) {
        let mut last_stmt: Option<usize> = None;
        let mut block_has_attr = false;
        for (qi, q) in b.quots.iter().enumerate() {
            let Some(qd) = self.quoted(b, qi, q) else {
                continue;
            };
            if self.is_title_term(b, &qd) {
                continue;
            }
            if let Some(ls) = last_stmt {
                if let Some(next) = self.split_quotation(b, &qd, ls, used_q) {
                    last_stmt = Some(next);
                    continue;
                }
            }
            if let Some(id) = self.attributed(b, &qd, carry, used_q) {
                last_stmt = Some(id);
                block_has_attr = true;
                continue;
            }
            if let Some(id) = self.continuation(b, &qd, carry, last_stmt, block_has_attr, used_q) {
                last_stmt = Some(id);
            }
        }
        Self::end_of_block(carry, last_stmt, block_has_attr);
    }

    /// Quotation `qi` (`q`) of block `b` and its shape; `None` without marks.
    pub(crate) fn quoted(&self, b: &BlockData, qi: usize, q: &Quotation) -> Option<Quoted> {
        let toks = &b.toks;
        let &(oi, ci) = b.marks.get(qi)?;
        let ci_end = ci.unwrap_or(toks.len());
        let inner = toks.get(oi + 1..ci_end).unwrap_or(&[]);
        let nwords = inner.iter().filter(|t| t.is_word()).count();
        let content_text = q.content().text(self.text).trim_end();
        let ends_punct = content_text.ends_with([',', '.', '!', '?', '…', '—', ':', ';', '-']);
        let starts_cap = inner.iter().find(|t| t.is_word()).is_some_and(|t| t.cap)
            || inner
                .first()
                .is_some_and(|t| t.is_punct('…') || t.is_punct('.'));
        let title_case = nwords <= 7
            && inner
                .iter()
                .filter(|t| t.is_word() && self.word(t).chars().count() > 3)
                .all(|t| t.cap);
        let statement_like = !title_case && (nwords >= 4 && (ends_punct || starts_cap))
            || nwords >= 9
            || (nwords >= 2 && starts_cap && ends_punct);
        let (ss, _se) = Self::sentence_of(b, oi);
        Some(Quoted {
            qi,
            oi,
            ci,
            nwords,
            ends_punct,
            starts_cap,
            title_case,
            statement_like,
            single: q.style == QuoteStyle::Single,
            outer: q.outer(),
            ss,
        })
    }

    /// `On ABC's "This Week," Rubio said ...`: a title after a preposition or a
    /// possessive is a term, not a statement.
    fn is_title_term(&self, b: &BlockData, qd: &Quoted) -> bool {
        let before_open = qd.oi.checked_sub(1).and_then(|k| b.toks.get(k));
        qd.title_case
            && before_open.is_some_and(|p| {
                p.is_word()
                    && p.outside()
                    && (self.lw_is(Some(p), F_PLACE_PREPS)
                        || strip_possessive(self.word(p)).len() != self.word(p).len())
            })
    }

    /// Split quotation: same cue as the previous statement `ls` in this block. Returns the
    /// block's latest statement when the quotation is dealt with here.
    fn split_quotation(
        &mut self,
        b: &BlockData,
        qd: &Quoted,
        ls: usize,
        used_q: &mut [bool],
    ) -> Option<usize> {
        let f = self.split_frame(b, qd, ls);
        if f.fragment {
            // leave both the quotation and its reported clause to the indirect pass
            return Some(ls);
        }
        if let (true, Some(pt)) = (f.cue_in_frame || f.frame_words <= 4, f.participle) {
            let own = qd.ci.and_then(|c| self.attr_after(b, c));
            if own.is_none() {
                let id = self.follow_up(ls, qd.outer, Some(pt), b);
                mark_used(used_q, qd.qi);
                return Some(id);
            }
        }
        if f.cue_in_frame || (f.frame_words == 0 && f.new_sentence_no_frame && qd.statement_like) {
            // continuation unless this quotation has its own attribution after it
            let own = qd.ci.and_then(|c| self.attr_after(b, c));
            if own.is_none() {
                if let Some(d) = self.drafts.get_mut(ls) {
                    d.content.push(qd.outer);
                }
                mark_used(used_q, qd.qi);
                return Some(ls);
            }
        }
        None
    }

    fn split_frame(&self, b: &BlockData, qd: &Quoted, ls: usize) -> SplitFrame {
        let toks = &b.toks;
        let (oi, ss) = (qd.oi, qd.ss);
        let lo = b
            .marks
            .get(qd.qi.wrapping_sub(1))
            .and_then(|m| m.1)
            .map_or(ss, |c| c + 1);
        let frame_words = toks
            .get(lo..oi)
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.is_word())
            .count();
        let last_cue = self.drafts.get(ls).and_then(|d| d.cue);
        let frame = toks.get(lo..oi).unwrap_or(&[]);
        let other_cue = frame.iter().any(|t| {
            Some(t.span) != last_cue
                && self.cue_of(t).is_some_and(|c| c != CueClass::Noun)
                && !self.lw(t).ends_with("ing")
        });
        // (`“Q1,” he said, “Q2”`: a short frame; a long one tells another story)
        let cue_in_frame = !other_cue
            && frame_words <= 10
            && last_cue.is_some_and(|cu| frame.iter().any(|t| t.span == cu));
        let new_sentence_no_frame =
            lo >= ss && toks.get(ss..oi).unwrap_or(&[]).iter().all(|t| !t.is_word());
        // "“Q1,” he said, adding: “Q2”": a second statement with its own cue.
        let participle = frame.iter().enumerate().find(|(k, t)| {
            *k > 0
                && frame.get(k - 1).is_some_and(|p| p.is_punct(','))
                && self.cue_of(t) == Some(CueClass::Speech)
                && self.lw(t).ends_with("ing")
        });
        // (`, adding that it would take "more hours" ...`: a word or "that" between
        // the participle and the mark makes the quotation a fragment of mixed speech)
        let fragment = participle.is_some_and(|(k, _)| {
            let between = frame.get(k + 1..).unwrap_or(&[]);
            between.last().is_some_and(|t| t.is_word())
                || between.iter().any(|t| t.is_word() && self.lw(t) == "that")
        });
        SplitFrame {
            frame_words,
            cue_in_frame,
            new_sentence_no_frame,
            participle: participle.map(|(_, t)| t.span),
            fragment,
        }
    }

    /// A quotation with an attribution of its own: its statement, pushed.
    fn attributed(
        &mut self,
        b: &BlockData,
        qd: &Quoted,
        carry: &mut Carry,
        used_q: &mut [bool],
    ) -> Option<usize> {
        let (att, cue_tok_before) = self.direct_attribution(b, qd, carry);
        let (cue, sp) = att?;
        let conf = if qd.single { 0.8 } else { 0.95 };
        // `He was "a fraud," Smith said.`: the quotation ends a reported clause
        // that starts before it; the statement is that whole clause.
        let lead = if cue_tok_before.is_none() {
            self.clause_lead(b, qd.qi, qd.oi, qd.ss)
        } else {
            None
        };
        let (kind, content) = match lead {
            Some(start) => (QuoteKind::Mixed, Span::new(start, qd.outer.end)),
            None => (QuoteKind::Direct, qd.outer),
        };
        let mut contents = vec![content];
        let first_block = self.take_tentative(qd.oi, carry, &mut contents);
        let id = self.push(kind, contents, cue, sp, b.toks, conf, b);
        if let (Some((bi, bk)), Some(d)) = (first_block, self.drafts.get_mut(id)) {
            d.block = bi;
            d.block_kind = bk;
        }
        mark_used(used_q, qd.qi);
        if qd.ci.is_none() {
            carry.open_stmt = Some(id);
        }
        Some(id)
    }

    /// The attribution of a quotation: after it, before it, or carried from the previous
    /// block's "X said:"; and the cue token when it stands before the quotation.
    fn direct_attribution(
        &self,
        b: &BlockData,
        qd: &Quoted,
        carry: &mut Carry,
    ) -> (Option<Attr>, Option<usize>) {
        let mut att = self.attribution_after(b, qd);
        // (an unclosed quotation with its attribution in the middle is not handled)
        let mut cue_tok_before = None;
        let sentence_like = qd.starts_cap && qd.ends_punct && !qd.title_case;
        if att.is_none() && (qd.statement_like || sentence_like) {
            if let Some((c, a)) = self.attribution_before(b, qd, qd.statement_like || sentence_like)
            {
                cue_tok_before = Some(c);
                att = Some(a);
            }
        }
        if att.is_none() && qd.statement_like && qd.oi == 0 {
            att = Self::colon_carried(carry);
        }
        self.participle_speaker(b, qd.ss, &mut att);
        (att, cue_tok_before)
    }

    /// Attribution after the quotation, for a quotation that may be a statement.
    fn attribution_after(&self, b: &BlockData, qd: &Quoted) -> Option<Attr> {
        let toks = &b.toks;
        let ci = qd.ci;
        // (`“Pay up” -Councilman Ted Ruiz`: a dash credit after any quotation)
        let dash_after = ci
            .and_then(|c| toks.get(c + 1))
            .is_some_and(|t| matches!(t.kind, Kind::Punct('—' | '–' | '-' | '―')));
        let mut att = if qd.statement_like
            || (!qd.single && qd.nwords >= 1 && (qd.ends_punct || dash_after))
        {
            ci.and_then(|c| self.attr_after(b, c))
        } else {
            None
        };
        if qd.title_case && qd.nwords >= 2 && self.title_without_speech(b, qd, &att) {
            att = None;
        }
        // `X said the system was "corrupt," noting ...`: a bare participle after a
        // quotation inside reported speech is the reported speech's; leave it to the
        // indirect pass (a mixed statement).
        if att.as_ref().is_some_and(|(_, sp)| sp.is_none())
            && toks
                .get(qd.ss..qd.oi)
                .unwrap_or(&[])
                .iter()
                .any(|t| t.is_word() && self.cue_of(t).is_some_and(|c| c != CueClass::Noun))
        {
            att = None;
        }
        att
    }

    /// A title-like quotation ("Fox and Friends,") is a statement only when a speech
    /// verb follows at once: `“Yes, Sir,” he said`, not `..., reminding the hosts`.
    fn title_without_speech(&self, b: &BlockData, qd: &Quoted, att: &Option<Attr>) -> bool {
        let (Some((Some(cue), _)), Some(c)) = (att.as_ref(), qd.ci) else {
            return false;
        };
        let toks = &b.toks;
        let near = toks
            .get(c + 1..(c + 6).min(toks.len()))
            .unwrap_or(&[])
            .iter()
            .any(|t| t.span == *cue);
        let cue_text = self.text.get(cue.start..cue.end).unwrap_or("");
        // (`“Pay up” -Councilman Ted Ruiz`: a dash credit is one too)
        let dash = matches!(cue_text, "—" | "–" | "-" | "―" | "--");
        !dash && (!near || cue_text.ends_with("ing"))
    }

    /// Attribution before the quotation: (cue token, attribution).
    fn attribution_before(
        &self,
        b: &BlockData,
        qd: &Quoted,
        statement_like: bool,
    ) -> Option<(usize, Attr)> {
        let toks = &b.toks;
        let (qi, oi, ss) = (qd.qi, qd.oi, qd.ss);
        let lo = if qi > 0 {
            b.marks
                .get(qi - 1)
                .and_then(|m| m.1)
                .map_or(ss, |c| (c + 1).max(ss))
        } else {
            ss
        };
        let (c, sp) = self.attr_before(b, oi, lo, statement_like)?;
        // `adding that it would take "more hours" before ...`: a quotation
        // inside the reported clause (a word or "that" between cue and mark) is
        // a fragment of mixed speech, left to the indirect pass.
        let between = toks.get(c + 1..oi).unwrap_or(&[]);
        let fragment = between.last().is_some_and(|t| t.is_word())
            || between.iter().any(|t| t.is_word() && self.lw(t) == "that");
        (!fragment).then(|| (c, (toks.get(c).map(|t| t.span), sp)))
    }

    /// "..., explaining, “Q”": a participle's speaker is its sentence's subject.
    fn participle_speaker(&self, b: &BlockData, ss: usize, att: &mut Option<Attr>) {
        let toks = &b.toks;
        if let Some((Some(cue), sp @ None)) = att.as_mut() {
            if self
                .text
                .get(cue.start..cue.end)
                .is_some_and(|w| w.ends_with("ing"))
            {
                let ck = toks.iter().position(|t| t.span == *cue);
                if let Some(ck) = ck.filter(|&k| k > ss) {
                    *sp = self
                        .speaker_in_sentence(b, ss, ck)
                        .or_else(|| self.subject(b, ss, ck));
                }
            }
        }
    }

    /// Start of the reported clause that a quotation at token `oi` (quotation `qi`,
    /// sentence start `ss`) ends, when words without a cue precede it in its sentence:
    /// `in doing so he "made a mistake," Lichtman said` → the start of "in".
    fn clause_lead(&self, b: &BlockData, qi: usize, oi: usize, ss: usize) -> Option<usize> {
        let toks = &b.toks;
        let lo = qi
            .checked_sub(1)
            .and_then(|p| b.marks.get(p))
            .and_then(|m| m.1)
            .map_or(ss, |c| (c + 1).max(ss));
        let seg = toks.get(lo..oi)?;
        let words = seg.iter().filter(|t| t.is_word()).count();
        if words < 2 {
            return None;
        }
        let framed = seg.iter().any(|t| {
            t.kind == Kind::Open
                || matches!(t.kind, Kind::Punct(':' | '—' | '–' | '-' | ')'))
                || self.cue_of(t).is_some_and(|c| c != CueClass::Noun)
        });
        if framed {
            return None;
        }
        let first = seg.iter().position(|t| t.is_word())?;
        seg.get(first).map(|t| t.span.start)
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn cue_and_colon_before_the_quotation() {
        let found = statements("T\n\nMiller said: “We will win the vote.”");
        assert_eq!(
            found,
            "Direct [“We will win the vote.”] cue: said, speaker: Miller"
        );
    }

    #[test]
    fn a_split_quotation_is_one_statement() {
        let text = "T\n\n“We will win,” he said, “and we will win soon.”";
        let want = "Direct [“We will win,” | “and we will win soon.”] cue: said, speaker: he";
        assert_eq!(statements(text), want, "one statement, two spans");
    }

    #[test]
    fn adding_colon_opens_a_second_statement_of_the_speaker() {
        assert_eq!(
            statements("T\n\n“We will win,” he said, adding: “It will not be close.”"),
            "Direct [“We will win,”] cue: said, speaker: he\n\
             Direct [“It will not be close.”] cue: adding, speaker: he"
        );
    }

    #[test]
    fn a_quotation_ending_a_reported_clause_is_mixed() {
        let mixed = "Mixed [He was “a fraud,”] cue: said, speaker: Smith";
        assert_eq!(statements("T\n\nHe was “a fraud,” Smith said."), mixed);
    }
}
