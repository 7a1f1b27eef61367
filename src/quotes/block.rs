//! Per-block preparation: the quotations, tokens, sentence ends and quotation marks of one
//! article block, the input every rule reads.

use super::clauses::{cue_candidates, report_openers, CueAt};
use super::tokens::{sentence_ends, tokenize, Kind, Tok};
use crate::article::{Block, BlockKind};
use crate::lexicon::{Lexicons, Vocab};
use crate::text::marks::{scan_into, Quotation};
use crate::Span;

/// One prepared block.
pub(crate) struct BlockData {
    pub(crate) idx: usize,
    pub(crate) kind: BlockKind,
    pub(crate) span: Span,
    pub(crate) quots: Vec<Quotation>,
    pub(crate) toks: Vec<Tok>,
    pub(crate) ends: Vec<usize>,
    /// Token index of the open/close mark of each quotation (close = None if unclosed).
    pub(crate) marks: Vec<(usize, Option<usize>)>,
    /// The cue candidates of the tokens (the clause layer).
    pub(crate) cues: Vec<CueAt>,
    /// Token indices of the report openers ("according", "asked").
    pub(crate) openers: Vec<usize>,
}

/// Prepares block `idx` (`blk`) of `text`: its top-level quotations, its tokens with their
/// cue classes and word flags (one vocabulary lookup a token), its cue candidates, its sentence ends and the marks table. `find_names` sees
/// the tokens (the names pass) before the block is returned. `all_q` is scratch space.
pub(crate) fn prepare(
    text: &str,
    lex: &Lexicons,
    vocab: &Vocab,
    idx: usize,
    blk: &Block,
    all_q: &mut Vec<Quotation>,
    find_names: impl FnOnce(&[Tok]),
) -> BlockData {
    all_q.clear();
    scan_into(text, blk.span, all_q);
    let quots: Vec<Quotation> = all_q.iter().filter(|q| q.depth == 0).copied().collect();
    let mut toks = Vec::new();
    tokenize(text, blk.span, &quots, &mut toks);
    for t in toks.iter_mut() {
        let info = vocab.lookup(t.span.text(text));
        if t.is_word() && t.outside() && !t.cap {
            t.cue = info.cue;
        }
        t.flags = info.flags;
    }
    let mut ends = Vec::new();
    sentence_ends(text, &toks, &mut ends);
    let mut marks = vec![(usize::MAX, None); quots.len()];
    for (i, tk) in toks.iter().enumerate() {
        match tk.kind {
            Kind::Open => {
                if let Some(m) = marks.get_mut(tk.q as usize) {
                    m.0 = i;
                }
            }
            Kind::Close => {
                if let Some(m) = marks.get_mut(tk.q as usize) {
                    m.1 = Some(i);
                }
            }
            _ => {}
        }
    }
    let cues = cue_candidates(text, lex, &toks);
    let openers = report_openers(&toks);
    find_names(&toks);
    BlockData {
        idx,
        kind: blk.kind,
        span: blk.span,
        quots,
        toks,
        ends,
        marks,
        cues,
        openers,
    }
}

/// The first body block of `text` (parsed as an article), prepared with the English
/// lexicons: for the unit tests of the layers that read prepared blocks.
#[cfg(test)]
pub(crate) fn prepare_for_tests(text: &str) -> BlockData {
    let article = crate::Article::parse(text).expect("parses");
    let lex = Lexicons::english();
    let vocab = Vocab::build(&lex, super::words::FLAG_LISTS);
    let (idx, blk) = article
        .blocks
        .iter()
        .enumerate()
        .find(|(_, b)| b.kind == BlockKind::Body)
        .expect("a body block");
    prepare(text, &lex, &vocab, idx, blk, &mut Vec::new(), |_| {})
}
