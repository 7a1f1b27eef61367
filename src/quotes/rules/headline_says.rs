//! Title Case headlines with a speech verb: the verb is capitalized like every word, so
//! the rules for sentences (which take lower-case cues) pass it by.
//!
//! - `Glenn Beck Says Trump Poses A Threat To Democracy` → speaker "Glenn Beck";
//! - `Trump Is Like A Lawyer's Dumbest Client, Trevor Noah Says` → speaker "Trevor Noah".
//!
//! The speaker is a run of capitalized words (connectors such as "de" allowed); the cue a
//! capitalized speech cue ("Says", "Warns", "Claims"); the content at least two words.

use crate::quotes::block::BlockData;
use crate::quotes::ctx::{Ctx, Np};
use crate::quotes::lexicon::CueClass;
use crate::quotes::tokens::Tok;
use crate::quotes::words::{F_AUX, F_GROUP_NOUN, F_NOMINAL_STOP, F_REPORT_NOUN, F_STOP_CAP};
use crate::Span;

/// Most words in a headline speaker.
const MAX_SPEAKER: usize = 7;

impl Ctx<'_> {
    /// A Title Case headline attribution of block `b` (see the module docs); returns
    /// whether a statement was pushed.
    pub(crate) fn headline_says(&mut self, b: &BlockData, used_q: &mut [bool]) -> bool {
        let toks = b.toks;
        if let Some(k) = (1..toks.len().min(MAX_SPEAKER + 1)).find(|&k| self.is_cap_cue(toks, k)) {
            if self.speaker_run(toks, 0, k) {
                if let Some((content, kind)) = self.headline_content(b, k, used_q) {
                    self.push_headline(b, kind, content, k, 0);
                    return true;
                }
            }
        }
        self.inverted_headline(b)
    }

    /// `CONTENT, Trevor Noah Says`.
    fn inverted_headline(&mut self, b: &BlockData) -> bool {
        let toks = b.toks;
        let mut last = toks.len();
        while last > 0 && toks.get(last - 1).is_some_and(|t| !t.is_word()) {
            last -= 1;
        }
        let Some(k) = last.checked_sub(1).filter(|&k| self.is_cap_cue(toks, k)) else {
            return false;
        };
        let lo = k.saturating_sub(MAX_SPEAKER + 1);
        let Some(comma) = (lo..k)
            .rev()
            .find(|&i| toks.get(i).is_some_and(|t| t.is_punct(',')))
        else {
            return false;
        };
        let words = toks
            .get(..comma)
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.is_word());
        if comma + 1 >= k || !self.speaker_run(toks, comma + 1, k) || words.count() < 3 {
            return false;
        }
        let (Some(first), Some(end)) = (toks.first(), toks.get(comma - 1)) else {
            return false;
        };
        let content = Span::new(first.span.start, end.span.end);
        let kind = crate::quotes::QuoteKind::Indirect;
        self.push_headline(b, kind, content, k, comma + 1);
        true
    }

    /// Token `k` is a capitalized speech cue outside quotations.
    fn is_cap_cue(&self, toks: &[Tok], k: usize) -> bool {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && t.outside()
                && t.cap
                && self.lex.cue(&self.lw(t)) == Some(CueClass::Speech)
        })
    }

    /// Tokens `a..e` are capitalized words (or name connectors) outside quotations, none
    /// of them an auxiliary, an adverb or a function word ("Trump Just Revealed", "Group
    /// Will Run Ads" are no speaker and cue); a leading "The" is allowed.
    fn speaker_run(&self, toks: &[Tok], a: usize, e: usize) -> bool {
        let run = toks.get(a..e).unwrap_or(&[]);
        let plain = |(i, t): (usize, &Tok)| {
            let w = self.lw(t);
            let adverb = w.ends_with("ly") || matches!(&*w, "just" | "now" | "finally" | "still");
            let function = t.has(F_AUX | F_NOMINAL_STOP) || (t.has(F_STOP_CAP) && i > 0);
            (self.is_cap_word(t) && !adverb && !function) || self.is_connector(t)
        };
        e > a && e - a <= MAX_SPEAKER && run.iter().enumerate().all(plain)
    }

    /// Records a headline statement: cue token `k`, speaker tokens `s..k`.
    fn push_headline(
        &mut self,
        b: &BlockData,
        kind: crate::quotes::QuoteKind,
        content: Span,
        k: usize,
        s: usize,
    ) {
        let toks = b.toks;
        let (Some(first), Some(last), Some(cue)) = (toks.get(s), toks.get(k - 1), toks.get(k))
        else {
            return;
        };
        let np = if last.has(F_REPORT_NOUN | F_GROUP_NOUN) {
            Np::Nominal
        } else {
            Np::Name
        };
        let speaker = Span::new(first.span.start, last.span.end);
        self.push(
            kind,
            vec![content],
            Some(cue.span),
            Some((speaker, np, s)),
            toks,
            0.6,
            b,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn a_title_case_headline_with_says_credits_its_speaker() {
        let found = statements("Glenn Beck Says Trump Poses A Threat To Democracy\n\nBody.");
        let want = "Indirect [Trump Poses A Threat To Democracy] cue: Says, speaker: Glenn Beck";
        assert_eq!(found, want);
    }

    #[test]
    fn the_speaker_may_come_last() {
        let found =
            statements("Trump Is Like A Lawyer's Dumbest Client, Trevor Noah Says\n\nBody.");
        let want =
            "Indirect [Trump Is Like A Lawyer's Dumbest Client] cue: Says, speaker: Trevor Noah";
        assert_eq!(found, want);
    }

    #[test]
    fn a_headline_with_a_verb_of_its_own_is_no_attribution() {
        assert_eq!(
            statements("Storm Hits The Coast As Towns Brace\n\nBody."),
            ""
        );
        let adverb = "Donald Trump Just Revealed Who He Would Pick For VP\n\nBody.";
        assert_eq!(statements(adverb), "", "an adverb is no part of a speaker");
    }
}
