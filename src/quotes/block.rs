//! Block preparation: the quotations, tokens, sentence ends, quotation marks and clause
//! layer of each article block that may hold statements, in one [`Stream`] per document —
//! the input every rule reads.

use super::clauses::{bound, cue_candidates, report_openers, Boundary, CueAt};
use super::tokens::{sentence_ends, tokenize, Kind, Tok};
use crate::article::{Block, BlockKind};
use crate::lexicon::{Lexicons, Vocab};
use crate::text::marks::{scan_into, Quotation};
use crate::Span;
use std::ops::Range;

/// One prepared block: slices of the document's [`Stream`], token indices relative to
/// the block.
pub(crate) struct BlockData<'d> {
    pub(crate) idx: usize,
    pub(crate) kind: BlockKind,
    pub(crate) span: Span,
    pub(crate) quots: &'d [Quotation],
    pub(crate) toks: &'d [Tok],
    pub(crate) ends: &'d [usize],
    /// Token index of the open/close mark of each quotation (close = None if unclosed).
    pub(crate) marks: &'d [(usize, Option<usize>)],
    /// Token indices of the quotation marks, in order.
    pub(crate) mark_toks: &'d [usize],
    /// The cue candidates of the tokens (the clause layer).
    pub(crate) cues: &'d [CueAt],
    /// Token indices of the report openers ("according", "asked").
    pub(crate) openers: &'d [usize],
    /// The clause boundaries of the tokens.
    pub(crate) bounds: &'d [Boundary],
}

/// Where one block's parts lie in the [`Stream`]'s vectors.
struct Parts {
    idx: usize,
    kind: BlockKind,
    span: Span,
    quots: Range<usize>,
    toks: Range<usize>,
    ends: Range<usize>,
    marks: Range<usize>,
    mark_toks: Range<usize>,
    cues: Range<usize>,
    openers: Range<usize>,
    bounds: Range<usize>,
}

/// Largest token capacity a [`Stream`] keeps between documents (about 3 MB of tokens).
const KEEP_TOKENS: usize = 1 << 16;

/// The token stream of a document's statement-bearing blocks: each kind of part (top-level
/// quotations, tokens, sentence ends, marks, cue candidates, report openers, clause
/// boundaries) of every block
/// in one vector for the whole document, so that a document allocates them once, not once
/// a block.
#[derive(Default)]
pub(crate) struct Stream {
    quots: Vec<Quotation>,
    toks: Vec<Tok>,
    ends: Vec<usize>,
    marks: Vec<(usize, Option<usize>)>,
    mark_toks: Vec<usize>,
    cues: Vec<CueAt>,
    openers: Vec<usize>,
    bounds: Vec<Boundary>,
    parts: Vec<Parts>,
    /// Scratch: every quotation of the block being added, nested ones too.
    all_q: Vec<Quotation>,
}

impl Stream {
    /// Adds block `idx` (`blk`) of `text`: its top-level quotations, its tokens with their
    /// cue classes and word flags (one vocabulary lookup a token), its sentence ends, the
    /// marks table, its cue candidates, report openers and clause boundaries.
    pub(crate) fn push(
        &mut self,
        text: &str,
        lex: &Lexicons,
        vocab: &Vocab,
        idx: usize,
        blk: &Block,
    ) {
        self.all_q.clear();
        scan_into(text, blk.span, &mut self.all_q);
        let q0 = self.quots.len();
        self.quots
            .extend(self.all_q.iter().filter(|q| q.depth == 0));
        let quots = self.quots.get(q0..).unwrap_or(&[]);
        let t0 = self.toks.len();
        tokenize(text, blk.span, quots, &mut self.toks);
        let toks = self.toks.get_mut(t0..).unwrap_or(&mut []);
        let bytes = text.as_bytes();
        let b0 = self.bounds.len();
        for (i, t) in toks.iter_mut().enumerate() {
            // token spans lie on char boundaries: the bytes are the word
            let info = vocab.lookup_bytes(bytes.get(t.span.start..t.span.end).unwrap_or(&[]));
            if t.is_word() && t.outside() && !t.cap {
                t.cue = info.cue;
            }
            t.flags = info.flags;
            // the clause boundaries, while the token is at hand
            if let Some(kind) = bound(t) {
                self.bounds.push(Boundary { tok: i, kind });
            }
        }
        let toks = self.toks.get(t0..).unwrap_or(&[]);
        let (e0, m0, k0, c0, o0) = (
            self.ends.len(),
            self.marks.len(),
            self.mark_toks.len(),
            self.cues.len(),
            self.openers.len(),
        );
        sentence_ends(text, toks, &mut self.ends);
        marks_into(toks, quots.len(), &mut self.marks, &mut self.mark_toks);
        cue_candidates(text, lex, toks, &mut self.cues);
        report_openers(toks, &mut self.openers);
        self.parts.push(Parts {
            idx,
            kind: blk.kind,
            span: blk.span,
            quots: q0..self.quots.len(),
            toks: t0..self.toks.len(),
            ends: e0..self.ends.len(),
            marks: m0..self.marks.len(),
            mark_toks: k0..self.mark_toks.len(),
            cues: c0..self.cues.len(),
            openers: o0..self.openers.len(),
            bounds: b0..self.bounds.len(),
        });
    }

    /// Empties the stream for the next document, keeping the vectors' memory unless a
    /// very long document left them large (more than [`KEEP_TOKENS`] tokens): a thread then
    /// keeps at most a few megabytes between documents.
    pub(crate) fn recycle(&mut self) {
        if self.toks.capacity() > KEEP_TOKENS {
            *self = Stream::default();
            return;
        }
        self.quots.clear();
        self.toks.clear();
        self.ends.clear();
        self.marks.clear();
        self.mark_toks.clear();
        self.cues.clear();
        self.openers.clear();
        self.bounds.clear();
        self.parts.clear();
        self.all_q.clear();
    }

    /// The blocks added, in order.
    pub(crate) fn blocks(&self) -> Vec<BlockData<'_>> {
        let part = |r: &Range<usize>| r.start..r.end;
        self.parts
            .iter()
            .map(|p| BlockData {
                idx: p.idx,
                kind: p.kind,
                span: p.span,
                quots: self.quots.get(part(&p.quots)).unwrap_or(&[]),
                toks: self.toks.get(part(&p.toks)).unwrap_or(&[]),
                ends: self.ends.get(part(&p.ends)).unwrap_or(&[]),
                marks: self.marks.get(part(&p.marks)).unwrap_or(&[]),
                mark_toks: self.mark_toks.get(part(&p.mark_toks)).unwrap_or(&[]),
                cues: self.cues.get(part(&p.cues)).unwrap_or(&[]),
                openers: self.openers.get(part(&p.openers)).unwrap_or(&[]),
                bounds: self.bounds.get(part(&p.bounds)).unwrap_or(&[]),
            })
            .collect()
    }
}

/// Appends the token index of the opening and closing mark of each of `n` quotations
/// (`usize::MAX` / `None` when a mark has no token) to `out`, and the token index of every
/// mark, in order, to `mark_toks`.
fn marks_into(
    toks: &[Tok],
    n: usize,
    out: &mut Vec<(usize, Option<usize>)>,
    mark_toks: &mut Vec<usize>,
) {
    let m0 = out.len();
    out.resize(m0 + n, (usize::MAX, None));
    let marks = out.get_mut(m0..).unwrap_or(&mut []);
    for (i, tk) in toks.iter().enumerate() {
        if matches!(tk.kind, Kind::Open | Kind::Close) {
            mark_toks.push(i);
        }
        let m = marks.get_mut(tk.q as usize);
        match (tk.kind, m) {
            (Kind::Open, Some(m)) => m.0 = i,
            (Kind::Close, Some(m)) => m.1 = Some(i),
            _ => {}
        }
    }
}

/// The first body block of `text` (parsed as an article), prepared with the English
/// lexicons: for the unit tests of the layers that read prepared blocks. The stream is
/// leaked (tests only).
#[cfg(test)]
pub(crate) fn prepare_for_tests(text: &str) -> BlockData<'static> {
    let article = crate::Article::parse(text).expect("parses");
    let lex = Lexicons::english();
    let vocab = Vocab::build(&lex, super::words::FLAG_LISTS);
    let (idx, blk) = article
        .blocks
        .iter()
        .enumerate()
        .find(|(_, b)| b.kind == BlockKind::Body)
        .expect("a body block");
    let mut stream = Stream::default();
    stream.push(text, &lex, &vocab, idx, blk);
    let stream: &'static Stream = Box::leak(Box::new(stream));
    stream.blocks().remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_block_of_the_stream_sees_its_own_tokens_with_indices_from_zero() {
        let text = "Title\n\n“Yes,” she said.\n\nHe said maybe.";
        let article = crate::Article::parse(text).expect("parses");
        let lex = Lexicons::english();
        let vocab = Vocab::build(&lex, super::super::words::FLAG_LISTS);
        let mut stream = Stream::default();
        for (idx, blk) in article.blocks.iter().enumerate() {
            if blk.kind == BlockKind::Body {
                stream.push(text, &lex, &vocab, idx, blk);
            }
        }
        let blocks = stream.blocks();
        let words =
            |b: &BlockData<'_>| -> Vec<&str> { b.toks.iter().map(|t| t.span.text(text)).collect() };
        assert_eq!(
            words(&blocks[0]),
            ["“", "Yes", ",", "”", "she", "said", "."]
        );
        assert_eq!(words(&blocks[1]), ["He", "said", "maybe", "."]);
        // marks, sentence ends and cue candidates count from the block's first token
        assert_eq!(blocks[0].marks, [(0, Some(3))]);
        assert_eq!(blocks[1].ends, [4]);
        assert_eq!(
            blocks[1].cues.iter().map(|c| c.tok).collect::<Vec<_>>(),
            [1]
        );
        assert_eq!(blocks[1].quots.len(), 0);
    }
}
