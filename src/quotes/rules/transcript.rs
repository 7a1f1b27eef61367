//! Transcripts: blocks opening with an all-capital name and a colon.
//!
//! - `TRUMP: We will build the wall.` → a direct statement by "TRUMP", cue ":".
//!
//! Only in transcript mode: at least two blocks of the article open that way.

use crate::quotes::block::BlockData;
use crate::quotes::ctx::{Ctx, Np};
use crate::quotes::QuoteKind;
use crate::Span;

impl Ctx<'_> {
    /// Transcript mode: at least two blocks open with an all-caps name and a colon.
    pub(crate) fn is_transcript(&self, blocks: &[BlockData]) -> bool {
        let transcript_blocks: Vec<bool> = blocks
            .iter()
            .map(|b| self.transcript_head(b).is_some())
            .collect();
        transcript_blocks.iter().filter(|x| **x).count() >= 2
    }

    /// `NAME:` at the start of a block, the name all capitals (transcripts): (end of the
    /// name, colon token).
    pub(crate) fn transcript_head(&self, b: &BlockData) -> Option<(usize, usize)> {
        let toks = &b.toks;
        for k in 0..3 {
            let t = toks.get(k)?;
            if t.is_punct(':') {
                if k == 0 {
                    return None;
                }
                return Some((k, k));
            }
            let w = self.word(t);
            if !t.is_word()
                || w.chars().any(|c| c.is_lowercase())
                || w.chars().filter(|c| c.is_alphabetic()).count() < 2
            {
                return None;
            }
        }
        None
    }

    /// The block `b` as one transcript statement: everything after `NAME:`, credited to
    /// NAME. Returns whether a statement was pushed.
    pub(crate) fn transcript_statement(&mut self, b: &BlockData) -> bool {
        let Some((name_end, colon)) = self.transcript_head(b) else {
            return false;
        };
        let toks = &b.toks;
        let (Some(f), Some(l), Some(cl)) = (toks.first(), toks.get(name_end - 1), toks.get(colon))
        else {
            return false;
        };
        let sp = Span::new(f.span.start, l.span.end);
        let Some(last) = toks.last() else {
            return false;
        };
        let content = Span::new(
            toks.get(colon + 1).map_or(b.span.end, |t| t.span.start),
            last.span.end,
        );
        if content.is_empty() {
            return false;
        }
        self.push(
            QuoteKind::Direct,
            vec![content],
            Some(cl.span),
            Some((sp, Np::Name, 0)),
            toks,
            0.8,
            b,
        );
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn each_named_block_is_a_statement() {
        let text = "T\n\nTRUMP: We will build the wall.\n\nCLINTON: No, we will not.";
        let want = "Direct [We will build the wall.] cue: :, speaker: TRUMP\n\
                    Direct [No, we will not.] cue: :, speaker: CLINTON";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn one_named_block_is_no_transcript() {
        assert_eq!(statements("T\n\nTRUMP: We will build the wall."), "");
    }
}
