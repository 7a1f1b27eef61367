//! Questions put to somebody in the passive: statements without a source.
//!
//! - `When asked about the merger, Miller declined.` → "about the merger", cue "asked";
//! - `He was asked whether he would run.` → "whether he would run".
//!
//! The same test keeps "asked" from acting as an active cue in [`super::indirect`].

use crate::quotes::block::BlockData;
use crate::quotes::ctx::Ctx;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::{F_ASKED_LEAD, F_ASKED_OBJECT};
use crate::quotes::QuoteKind;

impl Ctx<'_> {
    /// `asked` as a passive: "When asked about ...", "Asked whether ...", "He was asked if ...".
    pub(crate) fn is_passive_asked(&self, toks: &[Tok], c: usize) -> bool {
        let Some(t) = toks.get(c) else {
            return false;
        };
        if t.span.len() != 5 || !t.is_word() || !t.outside() || self.lw(t) != "asked" {
            return false;
        }
        let prev = c.checked_sub(1).and_then(|k| toks.get(k));
        let opens = prev.is_none_or(|p| !p.is_word() && !matches!(p.kind, Kind::Close));
        opens || self.lw_is(prev, F_ASKED_LEAD)
    }

    /// Questions put to somebody in the passive carry no source: "When asked about the
    /// merger, ...", "He was asked whether he would run." The content is the question, to
    /// the next comma or the sentence end.
    pub(crate) fn passive_questions(&mut self, b: &BlockData, s: usize, e: usize) {
        let toks = &b.toks;
        // "asked" is a report opener: only the openers of the sentence need the test
        let first = b.openers.partition_point(|&i| i < s);
        let openers = b.openers.get(first..).unwrap_or(&[]);
        for &c in openers.iter().take_while(|&&i| i < e) {
            if !self.is_passive_asked(toks, c) {
                continue;
            }
            let a = c + 1;
            if !self.lw_is(toks.get(a), F_ASKED_OBJECT) {
                continue;
            }
            let mut end = e;
            for k in a..e {
                let Some(x) = toks.get(k) else { break };
                if x.outside() && matches!(x.kind, Kind::Punct(',' | ';' | ':' | '?')) {
                    end = k;
                    break;
                }
            }
            if let (Some(cue), Some(content)) = (toks.get(c), self.content_span_n(toks, a, end, 2))
            {
                self.push(
                    QuoteKind::Indirect,
                    vec![content],
                    Some(cue.span),
                    None,
                    toks,
                    0.7,
                    b,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn when_asked_has_no_source_and_is_no_active_cue() {
        let text = "T\n\nWhen asked whether he would run, Miller said he would decide soon.";
        let want = "Indirect [whether he would run] cue: asked, speaker: -\n\
                    Indirect [he would decide soon] cue: said, speaker: Miller";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn a_passive_question_before_a_direct_statement_is_kept() {
        assert_eq!(
            statements("T\n\nAsked if the talks had failed, Ryan said, “Not at all.”"),
            "Indirect [if the talks had failed] cue: Asked, speaker: -\n\
             Direct [“Not at all.”] cue: said, speaker: Ryan"
        );
    }

    #[test]
    fn was_asked_runs_to_the_sentence_end() {
        assert_eq!(
            statements("T\n\nHe was asked whether he would run."),
            "Indirect [whether he would run] cue: asked, speaker: -"
        );
    }
}
