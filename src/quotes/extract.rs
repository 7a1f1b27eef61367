//! The extraction driver (crate-internal): prepares the blocks of an article, then runs
//! the passes over each block in text order and collects the statements. See the module
//! docs of [`crate::quotes`]; the passes live in [`super::rules`].
//!
//! Per article: names (after the blocks are prepared), transcript mode; per block: headline
//! attribution or transcript statement, else direct quotations (with the carry between
//! blocks), reported speech, terms, and the "X said:" carried to the next block.

use super::block::{BlockData, Stream};
use super::ctx::{Carry, Ctx};
use super::lexicon::Lexicons;
use super::resolve::{resolve, Nesting};
use super::{Quote, Quotes};
use crate::article::{Article, BlockKind};
use crate::lexicon::Vocab;
use crate::speakers::{strip_possessive, Speaker};
use std::cell::Cell;

fn eligible(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Body | BlockKind::Caption | BlockKind::Headline | BlockKind::Subheadline
    )
}

/// Runs the extraction.
pub(crate) fn run(
    article: &Article<'_>,
    lex: &Lexicons,
    vocab: &Vocab,
    nesting: Nesting,
) -> Quotes {
    let text: &str = &article.text;
    let mut ctx = Ctx::new(text, lex, vocab);
    // The thread's stream from its previous document: its vectors are reused, not
    // allocated and grown again for every document.
    let mut stream = STREAM.with(Cell::take);
    prepare_blocks(article, lex, vocab, &mut stream);
    let blocks = stream.blocks();
    for b in &blocks {
        ctx.find_names(b.toks);
    }
    let transcript = ctx.is_transcript(&blocks);
    let mut carry = Carry::default();
    for b in &blocks {
        block_passes(&mut ctx, b, transcript, &mut carry);
    }
    drop(blocks);
    stream.recycle();
    STREAM.with(|s| s.set(stream));
    finish(ctx, nesting)
}

thread_local! {
    /// Each thread's token stream, kept between documents (see [`Stream::recycle`]).
    static STREAM: Cell<Stream> = Cell::new(Stream::default());
}

/// The blocks that may hold statements, added to `stream` in text order.
fn prepare_blocks(article: &Article<'_>, lex: &Lexicons, vocab: &Vocab, stream: &mut Stream) {
    let text: &str = &article.text;
    let mut repeats = super::repeats::Repeats::default();
    for (idx, blk) in article.blocks.iter().enumerate() {
        if !eligible(blk.kind) {
            continue;
        }
        let t = blk.span.text(text);
        if t.is_empty() {
            continue;
        }
        // A caption the parser marked as a repeat, or any block repeating an earlier one
        // word for word (a paragraph scraped twice), gives no second set of statements.
        // Length in letters and digits, so white space written as NBSP or CRLF does not
        // change which blocks count.
        if blk.duplicate_of.is_some() {
            continue;
        }
        if repeats.seen_before(t) {
            continue;
        }
        stream.push(text, lex, vocab, idx, blk);
    }
}

/// The passes over block `b`.
fn block_passes(ctx: &mut Ctx<'_>, b: &BlockData, transcript: bool, carry: &mut Carry) {
    let mut used_q = vec![false; b.quots.len()];
    if matches!(b.kind, BlockKind::Headline | BlockKind::Subheadline)
        && (ctx.headline_attribution(b, &mut used_q) || ctx.headline_says(b, &mut used_q))
    {
        *carry = Carry::default();
        return;
    }
    if transcript && ctx.transcript_statement(b) {
        *carry = Carry::default();
        return;
    }
    let d0 = ctx.drafts.len();
    ctx.direct_block(b, carry, &mut used_q);
    ctx.indirect_block(b, &mut used_q);
    ctx.after_indirect(b, d0, carry, &mut used_q);
    ctx.collect_terms(b, &used_q);
    ctx.colon_at_end(b, carry);
}

fn finish(ctx: Ctx<'_>, nesting: Nesting) -> Quotes {
    let text = ctx.text;
    let vocab = ctx.vocab;
    let Ctx {
        res, drafts, terms, ..
    } = ctx;
    // Keep entities referred to by statements, renumbered in order of first use.
    let mut map: Vec<Option<usize>> = vec![None; res.entities.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut quotes = Vec::with_capacity(drafts.len());
    let mut drafts = drafts;
    resolve(&mut drafts, text, vocab, nesting);
    drafts.sort_by_key(|d| d.content.first().map_or(0, |c| c.start));
    for d in drafts {
        let mut speaker_of = |e: usize| -> Option<usize> {
            if let Some(Some(id)) = map.get(e) {
                return Some(*id);
            }
            let en = res.entities.get(e)?;
            let id = speakers.len();
            let mut mentions = en.mentions.clone();
            mentions.sort();
            mentions.dedup();
            let name = en.name.text(text);
            speakers.push(Speaker {
                id,
                name: crate::speakers::one_space(strip_possessive(name)),
                kind: en.kind,
                gender: en.gender,
                descriptions: en.descriptions.clone(),
                mentions,
            });
            if let Some(m) = map.get_mut(e) {
                *m = Some(id);
            }
            Some(id)
        };
        let speaker_id = d.entity.and_then(&mut speaker_of);
        let co_speaker_ids = d
            .co_entities
            .iter()
            .filter_map(|&e| speaker_of(e))
            .collect();
        quotes.push(Quote {
            kind: d.kind,
            content: d.content,
            cue: d.cue,
            speaker: d.speaker.map(|s| s.0),
            speaker_id,
            co_speaker_ids,
            confidence: d.confidence,
            block: d.block,
            block_kind: d.block_kind,
        });
    }
    Quotes {
        quotes,
        speakers,
        terms,
    }
}
