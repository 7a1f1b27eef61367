//! The article parser: units → classes → structure → blocks and sentences.
//!
//! 1. Each unit (see [`lines`](super::lines)) is classified on its own: boilerplate phrase,
//!    note, byline, credit line, caption (prose ending with a photo credit), prose with a
//!    bracketed wire credit, title-like line (short, no sentence end) or prose.
//! 2. The article is the densest run of prose: units are weighted (long sentences for, short
//!    title-like lines, chrome and teaser snippets against; comments headings cut) and the
//!    maximum-sum run is taken (Kadane), extended over adjoining sentences. On a clean
//!    article this is the whole body; on whole-page text it drops menus, lists and footers.
//!    On a page, a line repeating the page title (the first line) marks where the article
//!    starts.
//! 3. Structure: the body starts at the first prose unit of the run and ends at the last
//!    wire-credited paragraph of the run (or its last prose unit). The headline is the first
//!    title-like line before the body (two words or more preferred; on a page, the line
//!    repeating the page title or the nearest title-like line); the line right after it is a
//!    sub-headline when title-like, or when it is one sentence followed by a byline or a
//!    dateline. Other title-like lines before the body and everything after its end are
//!    boilerplate; title-like lines inside the body are body (cross-heads).
//! 4. The first body paragraph may start with a kicker and/or a dateline; the last may end
//!    with a wire credit. Captions repeating an earlier caption are marked as duplicates.

use super::byline::byline_of_few_words;
use super::credit::{before_tail, find_ascii_ci, is_credit_with, tail, Known, Tail};
use super::dateline::{dateline, kicker};
use super::lexicon::{normalize_into, Lexicons};
use super::lines::{units, Unit};
use super::{Block, BlockKind, BoilerplateReason, Dateline, Sentence};
use crate::Span;

#[derive(Debug, Clone)]
enum Class {
    Boiler(BoilerplateReason),
    Note,
    Byline(super::byline::BylineParts),
    CreditLine,
    Caption(Tail),
    Wire(Tail),
    Title,
    Prose,
    // assigned by the structure pass
    Headline,
    Subheadline,
    Body,
}

/// Longest prefix of `s` of at most `n` bytes, on a char boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut e = n.min(s.len());
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    s.get(..e).unwrap_or("")
}

fn classify(t: &str, u: &Unit, lex: &Lexicons, buf: &mut String, buf2: &mut String) -> Class {
    let normalized = match chrome_or_note(t, u, lex, buf) {
        Ok(c) => return c,
        Err(normalized) => normalized,
    };
    // (`u.words` is the unit's word count, up to 64: at most 20 here)
    debug_assert_eq!(u.words, super::lines::count_words(t, 64));
    if u.words <= 20 && (!u.terminal || t.starts_with("By") || t.starts_with("BY")) {
        if let Some(b) = byline_of_few_words(t, lex, buf2) {
            return Class::Byline(b);
        }
        let known = normalized.then_some(Known {
            norm: buf.as_str(),
            words: u.words,
        });
        if is_credit_with(t, lex, buf2, known) {
            return Class::CreditLine;
        }
    }
    if let Some(tl) = tail(t, lex, buf2) {
        // the text before the credit must be more than a word or two
        let head_words = super::lines::count_words(t.get(..tl.start).unwrap_or(""), 4);
        if head_words < 3 {
            return Class::CreditLine;
        }
        return if tl.wire {
            Class::Wire(tl)
        } else {
            Class::Caption(tl)
        };
    }
    let title_like = !u.terminal && u.words <= 30 && u.span.len() <= 300;
    if title_like {
        Class::Title
    } else {
        Class::Prose
    }
}

/// Boilerplate (by phrase or a copyright sign) and notes: these work on normalized words of
/// short units (or the unit's start; the whole unit when it may be a long copyright line or
/// cookie notice). Returns the class found, else whether `buf` holds the normalization of
/// the whole unit.
fn chrome_or_note(t: &str, u: &Unit, lex: &Lexicons, buf: &mut String) -> Result<Class, bool> {
    // `maybe_long_chrome` (a scan for cookie and copyright words) only matters for units of
    // more than twelve words that are longer than 25 words or end a sentence
    let chrome = || u.span.len() < 1500 && chrome_words(t);
    let (full, may_be_chrome) = if u.words <= 12 {
        (true, true)
    } else {
        let maybe_long_chrome = (u.words > 25 || u.terminal) && chrome();
        (
            u.words <= 25 || maybe_long_chrome,
            !u.terminal || maybe_long_chrome,
        )
    };
    if t.starts_with('\u{a9}') && u.words <= 60 {
        return Ok(Class::Boiler(BoilerplateReason::Copyright));
    }
    // a sentence of more than twelve words is boilerplate only as a copyright line or cookie
    // notice; skip the phrase lexicon for ordinary prose. Then, when no note pattern that
    // may match anywhere can be in the text, the first words decide the note patterns.
    // (a unit of more than 25 words counts as 64 words: no contains pattern applies)
    if !may_be_chrome && (!full || !lex.notes.may_contain(t)) {
        let lead = if full { t } else { prefix(t, 64) };
        return if lex.is_note_at_start_of(lead, buf) {
            Ok(Class::Note)
        } else {
            Err(false)
        };
    }
    // (units longer than 64 words count as 64 words)
    let words = normalize_into(if full { t } else { prefix(t, 64) }, buf);
    let words = if full { words.min(64) } else { 64 };
    if may_be_chrome {
        if let Some(r) = lex.boilerplate_reason(buf, words, u.terminal) {
            return Ok(Class::Boiler(r));
        }
    }
    if lex.is_note(buf, words) {
        Ok(Class::Note)
    } else {
        Err(full)
    }
}

/// A clean article of four paragraphs or more whose first line is one short sentence (five
/// to 25 words) ending in a period (some archives add one to the title), followed by longer
/// prose and no dateline: the line is
/// the headline (the densest-run search may have left it out of the body). Returns its
/// unit index (0).
fn first_line_headline(
    text: &str,
    units: &[Unit],
    classes: &[Class],
    fp: usize,
    lex: &Lexicons,
) -> Option<usize> {
    if fp > 1 || !matches!(classes.first(), Some(Class::Prose)) {
        return None;
    }
    let (u, next) = (units.first()?, units.get(1)?);
    let t = u.span.text(text).trim_end();
    // (a short line, or a text of two or three paragraphs, is more likely a lead sentence)
    if u.words < 5 || u.words > 25 || t.len() > 220 || !t.ends_with(['.', ';']) || units.len() < 4 {
        return None;
    }
    if !matches!(
        classes.get(1),
        Some(Class::Prose | Class::Wire(_) | Class::Byline(_))
    ) || (matches!(classes.get(1), Some(Class::Prose)) && next.words <= u.words)
        || dateline(t, lex).is_some()
    {
        return None;
    }
    // one sentence: no sentence end before the final mark
    let inner = t.get(..t.len().saturating_sub(1)).unwrap_or("");
    if crate::text::sentences::sentences(inner).count() > 1 {
        return None;
    }
    Some(0)
}

/// More units than this before the body: the text is a whole page, not a clean article.
const PAGE_PREAMBLE: usize = 8;

/// Weight of a unit for the densest-run search: prose counts for, chrome against.
fn weight(u: &Unit, c: &Class, t: &str) -> i64 {
    let w = u.words as i64;
    // a snippet cut off with an ellipsis is a teaser for another story
    if matches!(c, Class::Prose) && (t.ends_with("...") || t.ends_with('\u{2026}')) {
        return -3;
    }
    match c {
        Class::Prose if u.terminal => {
            if w >= 10 {
                w
            } else {
                w - 5
            }
        }
        Class::Prose => w / 2,
        Class::Wire(_) => w.max(5),
        // a long line without a final stop is more likely a sentence than a menu entry
        Class::Title if w >= 18 => w / 3,
        Class::Title => -(3 + w / 3),
        // a comments heading ends an article; related and most-read headings usually do,
        // but "Related:" links also sit between paragraphs
        Class::Boiler(BoilerplateReason::Comments) => BREAK,
        Class::Boiler(BoilerplateReason::Related | BoilerplateReason::MostRead) => -25,
        // time stamps and vote counts repeat once per comment
        Class::Boiler(BoilerplateReason::Metadata) => -10,
        Class::Boiler(_) => -5,
        _ => 0,
    }
}

/// A teaser list ("related stories", a feed): one short sentence after another, each
/// between short title-like lines (its headline before, a tag line or the next headline
/// after). Prose so placed counts a quarter when three such sentences or more follow each
/// other (at most five units apart): a lone sentence between cross-heads or photo captions
/// keeps its weight. (An embedded post is no teaser: its text is followed by its "— Name
/// (@handle) date" line; a caption ends with its credit, "(Photo: Reuters)".)
fn damp_teasers(text: &str, units: &[Unit], classes: &[Class], weights: &mut [i64]) {
    let titled = |i: usize| {
        matches!(classes.get(i), Some(Class::Title | Class::Boiler(_)))
            && units.get(i).is_some_and(|u| {
                let t = u.span.text(text).trim_end();
                u.words <= 25
                    && !t.ends_with(')')
                    && !(t.starts_with(['—', '–']) && t.contains('@'))
            })
    };
    let lone = |i: usize| {
        matches!(classes.get(i), Some(Class::Prose))
            && units.get(i).is_some_and(|u| u.words < 45)
            && i > 0
            && titled(i - 1)
            && titled(i + 1)
    };
    let mut chain: Vec<usize> = Vec::new();
    let flush = |chain: &mut Vec<usize>, weights: &mut [i64]| {
        if chain.len() >= 2 {
            for &k in chain.iter() {
                if let Some(w) = weights.get_mut(k).filter(|w| **w > 0) {
                    *w /= 4;
                }
            }
        }
        chain.clear();
    };
    for i in 0..units.len() {
        if !lone(i) {
            continue;
        }
        if chain.last().is_some_and(|&j| i - j > 5) {
            flush(&mut chain, weights);
        }
        chain.push(i);
    }
    flush(&mut chain, weights);
}

/// The verb closing a comment's header line ("Margaret Ellison says:"), in the languages
/// of the chrome lexicon.
const COMMENT_HEADER_ENDS: &[&str] = &[
    " says:",
    " said:",
    " wrote:",
    " dice:",
    " dijo:",
    " escribió:",
    " a dit :",
    " a dit:",
    " écrit :",
    " sagt:",
    " schreibt:",
    " schrieb:",
    " disse:",
    " diz:",
    " escreveu:",
    " ha scritto:",
    " zegt:",
    " schreef:",
];

/// A comment thread starts at a header line — a name and "says:" — followed by a time
/// stamp ("March 3, 2025 at 10:42 am", "03.03.2025 um 10:42"): a section break, as a
/// comments heading is. Returns the first such header.
fn break_at_comment_headers(text: &str, units: &[Unit], weights: &mut [i64]) -> Option<usize> {
    let mut first = None;
    let stamp = |u: &Unit| {
        let t = u.span.text(text);
        u.words <= 10 && t.bytes().any(|b| b.is_ascii_digit()) && t.contains(':')
    };
    for i in 0..units.len().saturating_sub(1) {
        let (Some(u), Some(next)) = (units.get(i), units.get(i + 1)) else {
            break;
        };
        let t = u.span.text(text).trim_end();
        let header =
            u.words <= 7 && t.ends_with(':') && COMMENT_HEADER_ENDS.iter().any(|e| t.ends_with(e));
        if header && stamp(next) {
            if let Some(w) = weights.get_mut(i) {
                *w = BREAK;
            }
            first.get_or_insert(i);
        }
    }
    first
}

/// The densest run starting within `lead` units from `from`: skips the non-positive units
/// before its start, then extends it while its sum stays positive (as `(sum, first,
/// last)`); `None` when no unit there weighs anything or a section break comes first.
fn run_from(weights: &[i64], from: usize, lead: usize) -> Option<(i64, usize, usize)> {
    let rest = weights.get(from..)?;
    let first = from + rest.iter().take(lead).position(|&w| w > 0)?;
    if weights.get(from..first)?.contains(&BREAK) {
        return None;
    }
    let (mut sum, mut best) = (0i64, None::<(i64, usize, usize)>);
    for (i, &w) in weights.iter().enumerate().skip(first) {
        if w == BREAK {
            break;
        }
        sum += w;
        if sum <= 0 {
            break;
        }
        if best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, first, i));
        }
    }
    best
}

/// The least weight of a run taken for the article before a comments break (two
/// sentences of a dozen words).
const MIN_ARTICLE_RUN: i64 = 20;

/// Weight of a section break: a heading that opens comments.
const BREAK: i64 = i64::MIN;

/// Maximum-sum contiguous runs of `weights` (Kadane), one per stretch between section
/// breaks, as `(sum, first, last)` with positive sums.
fn dense_runs(weights: &[i64]) -> Vec<(i64, usize, usize)> {
    let mut runs: Vec<(i64, usize, usize)> = Vec::new();
    let mut best: Option<(i64, usize, usize)> = None;
    let mut cur = 0i64;
    let mut start = 0;
    for (i, &w) in weights.iter().enumerate() {
        if w == BREAK {
            runs.extend(best.take().filter(|b| b.0 > 0));
            cur = 0;
            continue;
        }
        if cur <= 0 {
            cur = 0;
            start = i;
        }
        cur += w;
        if best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, start, i));
        }
    }
    runs.extend(best.filter(|b| b.0 > 0));
    runs
}

/// On a whole page: the title-like line before unit `upto` that repeats the page title (the
/// first line, often "Headline | Site"), the one nearest `upto` or the first one.
fn title_match(
    text: &str,
    units: &[Unit],
    classes: &[Class],
    upto: usize,
    nearest: bool,
) -> Option<usize> {
    let page_title = prefix(units.first()?.span.text(text), 400);
    // keys of the whole title and of its prefixes ending at a separator
    let mut keys = vec![content_key(page_title)];
    for (i, c) in page_title.char_indices() {
        if matches!(c, '|' | '-' | '\u{2014}' | '\u{2013}' | ':' | '\u{b7}') && keys.len() < 16 {
            let k = content_key(page_title.get(..i).unwrap_or(""));
            if k.1 >= 12 {
                keys.push(k);
            }
        }
    }
    let is_match = |i: &usize| {
        matches!(classes.get(*i), Some(Class::Title))
            && units.get(*i).is_some_and(|u| {
                u.words >= 3
                    && u.span.len() <= 400
                    && keys.contains(&content_key(u.span.text(text)))
            })
    };
    let mut range = 1..upto.min(units.len());
    if nearest {
        range.rev().find(is_match)
    } else {
        range.find(is_match)
    }
}

/// True when the normalized `hay` (`" w1 w2 "`) has the word `w`.
fn has_word(hay: &str, w: &str) -> bool {
    hay.match_indices(w).any(|(i, _)| {
        hay.as_bytes().get(i.wrapping_sub(1)) == Some(&b' ')
            && hay.as_bytes().get(i + w.len()) == Some(&b' ')
    })
}

/// On a whole page: the title-like line before the body that shares most of its words with
/// the page title (the first line, often "Headline - Site"), else the nearest title-like
/// line of three words or more within a dozen lines before the body, else the first line.
fn page_headline(text: &str, units: &[Unit], classes: &[Class], fp: usize) -> Option<usize> {
    if let Some(h) = title_match(text, units, classes, fp, true) {
        return Some(h);
    }
    let mut title = String::new();
    let title_words = normalize_into(prefix(units.first()?.span.text(text), 400), &mut title);
    let mut cand = String::new();
    let mut best: Option<(usize, usize)> = None; // (score per mille, index)
    for i in (1..fp.min(units.len())).rev() {
        let (Some(Class::Title), Some(u)) = (classes.get(i), units.get(i)) else {
            continue;
        };
        if u.words < 3 || u.span.len() > 400 {
            continue;
        }
        let n = normalize_into(u.span.text(text), &mut cand);
        let matched = cand
            .split_whitespace()
            .filter(|w| has_word(&title, w))
            .count();
        if n == 0 || matched < 3 || matched * 10 < n * 5 || matched * 10 < title_words * 3 {
            continue;
        }
        let score = matched * 1000 / n;
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    // the page title itself, its site name taken off ("Headline - Site")
    // (three words with a site name taken off, five without one: a short first line
    // without a site name is more likely the site's name or a menu entry)
    let first_title = || {
        let u = units.first()?;
        let t = u.span.text(text);
        let kept = title_without_site(t);
        let words = t.get(..kept)?.split_whitespace().count();
        let least = if kept < t.trim_end().len() { 3 } else { 5 };
        (matches!(classes.first(), Some(Class::Title)) && words >= least).then_some(0)
    };
    best.map(|(_, i)| i)
        .or_else(first_title)
        .or_else(|| {
            (fp.saturating_sub(12).max(1)..fp).rev().find(|&i| {
                matches!(classes.get(i), Some(Class::Title))
                    && units.get(i).is_some_and(|u| {
                        let t = u.span.text(text);
                        u.words >= 3 && !t.ends_with(':') && !t.contains('@')
                    })
            })
        })
        .or_else(|| matches!(classes.first(), Some(Class::Title)).then_some(0))
}

/// Separators between a page title's headline and the site's name.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " » ", " :: "];

/// The length of page title `t` without the site name parts at its end: " - Site",
/// " | Section | Site" (each part five words and 40 bytes at most), keeping three words
/// or more before them.
fn title_without_site(t: &str) -> usize {
    let mut end = t.trim_end().len();
    loop {
        let head = t.get(..end).unwrap_or("");
        let Some((at, sep)) = TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| head.rfind(sep).map(|i| (i, sep.len())))
            .max()
        else {
            return end;
        };
        let part = head.get(at + sep..).unwrap_or("");
        let before = head.get(..at).unwrap_or("");
        let site_like = part.len() <= 40 && part.split_whitespace().count() <= 5;
        if !site_like || before.split_whitespace().count() < 3 {
            return end;
        }
        end = before.trim_end().len();
    }
}

/// Where the headline of page title `t` starts: after a site or section name of four words
/// (30 bytes) at most and " | " ("El Diario | Port workers end strike", "Opinion | ..."),
/// when four words or more follow it up to `end`; else 0.
fn title_start(t: &str, end: usize) -> usize {
    let head = t.get(..end).unwrap_or("");
    let Some(at) = head.find(" | ") else {
        return 0;
    };
    let (lead, rest) = (
        head.get(..at).unwrap_or(""),
        head.get(at + 3..).unwrap_or(""),
    );
    let short = lead.len() <= 30 && lead.split_whitespace().count() <= 4;
    if short && rest.split_whitespace().count() >= 4 {
        at + 3
    } else {
        0
    }
}

/// Cheap gate: does `t` mention cookies, copyright or reserved rights (any common casing)?
/// That is, does it contain `ookie`, `OOKIE`, `opyright`, `OPYRIGHT`, `ights reserved`,
/// `ights Reserved` or `IGHTS RESERVED`.
fn chrome_words(t: &str) -> bool {
    // each word has a rarer letter at a fixed offset: `k` (`ookie`) or `g` (`opyright`,
    // `ights ...`), in the word's case: two scans for those letters and comparisons at each
    // one found
    let h = t.as_bytes();
    let at = |i: usize, off: usize, w: &[u8]| {
        i.checked_sub(off)
            .and_then(|a| h.get(a..a + w.len()))
            .is_some_and(|x| x == w)
    };
    memchr::memchr2_iter(b'k', b'g', h).any(|i| {
        if h.get(i) == Some(&b'k') {
            at(i, 2, b"ookie")
        } else {
            at(i, 5, b"opyright") || at(i, 1, b"ights reserved") || at(i, 1, b"ights Reserved")
        }
    }) || memchr::memchr2_iter(b'K', b'G', h).any(|i| {
        if h.get(i) == Some(&b'K') {
            at(i, 2, b"OOKIE")
        } else {
            at(i, 5, b"OPYRIGHT") || at(i, 1, b"IGHTS RESERVED")
        }
    })
}

/// True when a wire-credited unit reads like a photo caption.
fn caption_cue(t: &str) -> bool {
    ["photo", "pictured", " shows ", "file image"]
        .iter()
        .any(|c| find_ascii_ci(t, c).is_some())
}

/// 64-bit FNV-1a over lower-cased alphanumeric characters: equal for texts that differ only
/// in punctuation, quote marks, case and white space.
fn content_key(s: &str) -> (u64, usize) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut n = 0;
    let mut feed = |x: u8| {
        h ^= u64::from(x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                feed(c.to_ascii_lowercase() as u8);
                n += 1;
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                let mut b = [0u8; 4];
                for &x in l.encode_utf8(&mut b).as_bytes() {
                    feed(x);
                }
                n += 1;
            }
        }
    }
    (h, n)
}

thread_local! {
    /// Each thread's normalization buffers of [`classify`], kept between documents: grown
    /// once, not again for every document.
    static BUFFERS: std::cell::Cell<(String, String)> = std::cell::Cell::default();
}

/// Runs `f` with the thread's two normalization buffers (see [`BUFFERS`]). They hold a
/// normalized unit start or credit window, some hundred bytes; one left longer by an
/// unusual unit is dropped rather than kept.
fn with_buffers<R>(f: impl FnOnce(&mut String, &mut String) -> R) -> R {
    const KEEP: usize = 4096;
    let (mut buf, mut buf2) = BUFFERS.with(std::cell::Cell::take);
    let r = f(&mut buf, &mut buf2);
    if buf.capacity() <= KEEP && buf2.capacity() <= KEEP {
        BUFFERS.with(|b| b.set((buf, buf2)));
    }
    r
}

pub(crate) fn parse(
    text: &str,
    lex: &Lexicons,
    with_sentences: bool,
) -> (Vec<Block>, Vec<Sentence>) {
    let units = units(text);
    let mut classes: Vec<Class> = with_buffers(|buf, buf2| {
        units
            .iter()
            .map(|u| classify(u.span.text(text), u, lex, buf, buf2))
            .collect()
    });

    // --- structure ---
    let is_prose = |c: &Class| matches!(c, Class::Prose);
    // the article is the densest run of prose (whole-page text has menus and lists around it)
    let weights: Vec<i64> = units
        .iter()
        .zip(&classes)
        .map(|(u, c)| weight(u, c, u.span.text(text)))
        .collect();
    // on a page, the article follows the line repeating the page title: cut there, and take
    // the first dense run after it unless a much denser one exists elsewhere
    let mut weights = weights;
    damp_teasers(text, &units, &classes, &mut weights);
    let first_comment = break_at_comment_headers(text, &units, &mut weights);
    let title_line = if units.len() > PAGE_PREAMBLE {
        title_match(text, &units, &classes, units.len(), false)
    } else {
        None
    };
    if let Some(w) = title_line.and_then(|h| weights.get_mut(h)) {
        *w = BREAK;
    }
    let runs = dense_runs(&weights);
    // the article comes before its comments: a run after the first comment's header line
    // is taken only when no run of two sentences or more comes before it
    let comments_at = first_comment.unwrap_or(usize::MAX);
    let before_comments = runs
        .iter()
        .filter(|r| r.2 < comments_at && r.0 >= MIN_ARTICLE_RUN)
        .max_by_key(|r| r.0)
        .copied();
    let top = before_comments.or_else(|| runs.iter().max_by_key(|r| r.0).copied());
    // (without a title line, a byline before the densest run marks where the article
    // starts: a run of two sentences or more within a few lines after it is the article,
    // not a denser one further on)
    let after_byline = || {
        let b = classes
            .iter()
            .position(|c| matches!(c, Class::Byline(_)))
            .filter(|&b| units.len() > PAGE_PREAMBLE && top.is_some_and(|t| b < t.1))?;
        run_from(&weights, b + 1, 6).filter(|r| r.0 >= MIN_ARTICLE_RUN)
    };
    let chosen = title_line
        .and_then(|h| {
            runs.iter()
                .find(|r| r.1 > h && top.is_some_and(|t| r.0 * 4 >= t.0))
                .copied()
        })
        .or_else(after_byline)
        .or(top);
    let (mut rs, mut re) = chosen.map_or((0, units.len().saturating_sub(1)), |r| (r.1, r.2));
    // short sentences adjoining the run belong to it
    let sentence = |i: usize| {
        matches!(classes.get(i), Some(Class::Prose | Class::Wire(_)))
            && units.get(i).is_some_and(|u| u.terminal)
    };
    while rs > 0 && sentence(rs - 1) {
        rs -= 1;
    }
    while re + 1 < units.len() && sentence(re + 1) {
        re += 1;
    }
    let first_prose = (rs..=re)
        .find(|&i| classes.get(i).is_some_and(is_prose))
        .or_else(|| classes.iter().position(is_prose))
        .or_else(|| classes.iter().position(|c| matches!(c, Class::Wire(_))));
    let mut page_title_headline = false;
    if let Some(fp) = first_prose {
        let page = fp > PAGE_PREAMBLE;
        // headline: first title-like line before the body, preferring two words or more; on a
        // whole page, the line repeating the page title, else the nearest title-like line
        let titles = || (0..fp).filter(|&i| matches!(classes.get(i), Some(Class::Title)));
        let head = if page {
            page_headline(text, &units, &classes, fp)
        } else {
            // prefer a line of two words or more that is not a short label in capitals
            // ("WORLD NEWS")
            let label = |i: usize| {
                units.get(i).is_some_and(|u| {
                    u.words <= 3 && !u.span.text(text).chars().any(char::is_lowercase)
                })
            };
            // a menu entry: a short line followed by another short chrome or title line
            let menu = |i: usize| {
                let short = |j: usize| units.get(j).is_some_and(|u| u.words <= 3);
                short(i)
                    && short(i + 1)
                    && matches!(classes.get(i + 1), Some(Class::Title | Class::Boiler(_)))
            };
            let two_words = |i: &usize| units.get(*i).is_some_and(|u| u.words >= 2);
            titles()
                .find(|i| two_words(i) && !label(*i) && !menu(*i))
                .or_else(|| titles().find(|i| two_words(i) && !label(*i)))
                .or_else(|| titles().find(two_words))
                .or_else(|| titles().next())
                .or_else(|| first_line_headline(text, &units, &classes, fp, lex))
        };
        // (a title line with chrome between it and the body: a page's, with its site name)
        page_title_headline = head == Some(0) && fp > 3;
        let mut body_start = fp;
        if let Some(h) = head {
            if let Some(c) = classes.get_mut(h) {
                *c = Class::Headline;
            }
            let s = h + 1;
            let sub = match (classes.get(s), units.get(s)) {
                (Some(Class::Title), Some(u)) => u.words >= 3,
                (Some(Class::Prose), Some(u)) if s == fp => {
                    let one_sentence = u.words <= 40 && u.span.len() <= 300;
                    let next_is_lead = match (classes.get(s + 1), units.get(s + 1)) {
                        (Some(Class::Byline(_)), _) => true,
                        (Some(Class::Prose | Class::Wire(_)), Some(n)) => {
                            dateline(n.span.text(text), lex).is_some()
                        }
                        _ => false,
                    };
                    one_sentence && next_is_lead
                }
                _ => false,
            };
            if sub {
                if let Some(c) = classes.get_mut(s) {
                    *c = Class::Subheadline;
                }
                if s == fp {
                    body_start = (s + 1..classes.len())
                        .find(|&i| matches!(classes.get(i), Some(Class::Prose | Class::Wire(_))))
                        .unwrap_or(classes.len());
                }
            }
        }
        // before the body: titles are boilerplate, wire-credited units are captions
        for c in classes.iter_mut().take(body_start) {
            match c {
                Class::Title | Class::Prose => {
                    *c = Class::Boiler(BoilerplateReason::BeforeArticle);
                }
                Class::Wire(t) => *c = Class::Caption(*t),
                _ => {}
            }
        }
        // the end: the last wire-credited paragraph of the run that is not a caption, else the
        // last prose paragraph of the run
        let mut end = None;
        let mut last_prose = body_start;
        let last = if re >= body_start {
            re
        } else {
            classes.len().saturating_sub(1)
        };
        for i in body_start..=last.min(classes.len().saturating_sub(1)) {
            let t = units.get(i).map_or("", |u| u.span.text(text));
            match classes.get(i) {
                Some(Class::Wire(tl)) => {
                    if caption_cue(t) && i + 1 < classes.len() {
                        let tl = *tl;
                        if let Some(c) = classes.get_mut(i) {
                            *c = Class::Caption(tl);
                        }
                    } else {
                        end = Some(i);
                    }
                }
                Some(Class::Prose) => last_prose = i,
                _ => {}
            }
        }
        let end = end.unwrap_or(last_prose);
        for (i, c) in classes.iter_mut().enumerate().skip(body_start) {
            match c {
                Class::Title | Class::Prose if i <= end => *c = Class::Body,
                Class::Title | Class::Prose | Class::Wire(_) if i > end => {
                    *c = Class::Boiler(BoilerplateReason::AfterArticle)
                }
                _ => {}
            }
        }
    } else {
        // no prose at all: keep every unclassified line as body rather than lose it
        for c in classes.iter_mut() {
            if matches!(c, Class::Title | Class::Prose) {
                *c = Class::Body;
            }
        }
    }

    // --- blocks ---
    let mut blocks: Vec<Block> = Vec::with_capacity(units.len() + 4);
    let mut sentences: Vec<Sentence> = Vec::with_capacity(units.len() * 3);
    // Paragraphs opening with "NAME:" more than once are a transcript, not a kicker
    // ("WNAM REPORT:") before the lead.
    let transcript = units
        .iter()
        .zip(&classes)
        .filter(|(u, c)| matches!(c, Class::Body) && kicker(u.span.text(text)).is_some())
        .nth(1)
        .is_some();
    let mut first_body = true;
    // (a whole page whose headline is its title line, the first)
    let first_start = units.first().map_or(0, |u| u.span.start);
    let page_title_head = page_title_headline;
    let mut caption_keys: std::collections::HashMap<(u64, usize), usize> =
        std::collections::HashMap::new();
    for (u, c) in units.iter().zip(classes.iter_mut()) {
        let t = u.span.text(text);
        let base = u.span.start;
        let abs = |a: usize, b: usize| Span::new(base + a, base + b);
        match c {
            Class::Boiler(r) => {
                let mut b = Block::new(BlockKind::Boilerplate, u.span);
                b.reason = Some(*r);
                blocks.push(b);
            }
            Class::Note => blocks.push(Block::new(BlockKind::Note, u.span)),
            Class::CreditLine => blocks.push(Block::new(BlockKind::Credit, u.span)),
            Class::Headline if u.span.start == first_start && page_title_head => {
                // the page title as headline: its site and section names are boilerplate
                let kept = title_without_site(t);
                let start = title_start(t, kept);
                if start > 0 {
                    let mut b = Block::new(BlockKind::Boilerplate, abs(0, start - 3));
                    b.reason = Some(BoilerplateReason::BeforeArticle);
                    blocks.push(b);
                }
                blocks.push(Block::new(BlockKind::Headline, abs(start, kept)));
                let rest = t.get(kept..).unwrap_or("");
                let site = kept + (rest.len() - rest.trim_start().len());
                if site < t.len() {
                    let mut b = Block::new(BlockKind::Boilerplate, abs(site, t.len()));
                    b.reason = Some(BoilerplateReason::BeforeArticle);
                    blocks.push(b);
                }
            }
            Class::Headline => blocks.push(Block::new(BlockKind::Headline, u.span)),
            Class::Subheadline => blocks.push(Block::new(BlockKind::Subheadline, u.span)),
            Class::Byline(p) => {
                let mut b = Block::new(BlockKind::Byline, u.span);
                b.authors = p.authors.iter().map(|r| abs(r.0, r.1)).collect();
                b.affiliation = p.affiliation.map(|r| abs(r.0, r.1));
                blocks.push(b);
            }
            Class::Caption(tl) => {
                let mut b = Block::new(BlockKind::Caption, u.span);
                b.credit = Some(abs(tl.start, tl.end));
                let text_end = before_tail(t, tl.start);
                let key = content_key(t.get(..text_end).unwrap_or(""));
                let idx = blocks.len();
                b.duplicate_of = caption_keys.get(&key).copied();
                if b.duplicate_of.is_none() {
                    caption_keys.insert(key, idx);
                    if with_sentences {
                        push_sentences(text, abs(0, text_end), idx, &mut sentences);
                    }
                }
                blocks.push(b);
            }
            Class::Wire(tl) => {
                // the paragraph closing the article, with its wire credit
                let tl = *tl;
                let mut start = 0;
                if first_body {
                    start = lead_blocks(t, base, lex, !transcript, &mut blocks);
                    first_body = false;
                }
                let body_end = before_tail(t, tl.start);
                if body_end > start {
                    let idx = blocks.len();
                    blocks.push(Block::new(BlockKind::Body, abs(start, body_end)));
                    if with_sentences {
                        push_sentences(text, abs(start, body_end), idx, &mut sentences);
                    }
                }
                blocks.push(Block::new(BlockKind::Credit, abs(tl.start, tl.end)));
            }
            Class::Body => {
                let mut start = 0;
                if first_body {
                    start = lead_blocks(t, base, lex, !transcript, &mut blocks);
                    first_body = false;
                }
                let idx = blocks.len();
                let span = abs(start, t.len());
                blocks.push(Block::new(BlockKind::Body, span));
                if with_sentences {
                    push_sentences(text, span, idx, &mut sentences);
                }
            }
            Class::Title | Class::Prose => blocks.push(Block::new(BlockKind::Body, u.span)),
        }
    }
    (blocks, sentences)
}

/// Pushes the kicker and dateline blocks found at the start of the first body paragraph `t`
/// (at `base` in the text; kickers only when `kickers`); returns where the body text starts
/// in `t`.
fn lead_blocks(
    t: &str,
    base: usize,
    lex: &Lexicons,
    kickers: bool,
    blocks: &mut Vec<Block>,
) -> usize {
    let mut start = 0;
    if let Some(k) = kickers.then(|| kicker(t)).flatten() {
        blocks.push(Block::new(
            BlockKind::Kicker,
            Span::new(base, base + k.label_end),
        ));
        start = k.rest;
    }
    let rest = t.get(start..).unwrap_or("");
    if let Some(d) = dateline(rest, lex) {
        let b0 = base + start;
        let mut b = Block::new(BlockKind::Dateline, Span::new(b0, b0 + d.end));
        b.dateline = Some(Dateline {
            place: Span::new(b0 + d.place.0, b0 + d.place.1),
            date: d.date.map(|r| Span::new(b0 + r.0, b0 + r.1)),
            agency: d.agency.map(|r| Span::new(b0 + r.0, b0 + r.1)),
        });
        blocks.push(b);
        start += d.rest;
    }
    start
}

fn push_sentences(text: &str, span: Span, block: usize, out: &mut Vec<Sentence>) {
    let s = span.text(text);
    for sp in crate::sentences(s) {
        out.push(Sentence {
            span: Span::new(span.start + sp.start, span.start + sp.end),
            block,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_title_loses_its_site_name_parts_only() {
        let kept = |t: &str| t.get(..title_without_site(t)).unwrap_or("").to_owned();
        assert_eq!(
            kept("Harbor tunnel reopens | Coastline News"),
            "Harbor tunnel reopens"
        );
        assert_eq!(
            kept("Hong Kong on the brink | Editorial | Opinion | The Daily"),
            "Hong Kong on the brink"
        );
        // a long last part is the headline's own
        assert_eq!(
            kept("Jedi review - shoots for the moon, lands among the stars"),
            "Jedi review - shoots for the moon, lands among the stars"
        );
        // three words at least stay
        assert_eq!(kept("Review - The Daily"), "Review - The Daily");
        assert_eq!(kept("No separator here"), "No separator here");
    }

    #[test]
    fn a_page_title_loses_a_short_site_or_section_name_before_a_pipe() {
        let headline = |t: &str| {
            let end = title_without_site(t);
            t.get(title_start(t, end)..end).unwrap_or("").to_owned()
        };
        assert_eq!(
            headline("El Diario Austral | Port workers end strike after wage deal"),
            "Port workers end strike after wage deal"
        );
        assert_eq!(
            headline("Opinion | Republicans Are Following Trump to Nowhere - The Times"),
            "Republicans Are Following Trump to Nowhere"
        );
        // a long first part is the headline's own
        assert_eq!(
            headline("Why the port strike ended this week | Explainer"),
            "Why the port strike ended this week"
        );
    }

    #[test]
    fn fast_paths_give_the_same_article_as_the_full_normalization() {
        let lines = [
            "Storm hits the coast",
            "By Jane Doe and John Roe, Associated Press",
            "SEOUL, Nov. 6 (Yonhap) -- North Korea fired a missile into the sea on Monday, the military said in a statement.",
            "“We will not accept this,” the minister said on Monday, adding that talks would continue next week in Geneva.",
            "Editor’s note: This story has been updated to correct the name of the ministry.",
            "Kim Jong-un contributed to this report from the capital city of the country.",
            "This article was amended on Tuesday because an earlier version misstated the date of the vote.",
            "A version of this story appeared in print on page A12 of the New York edition with the headline.",
            "The officials met in Seoul. Korea Times photo by Shim Hyun-chul",
            "Fans cheer at the stadium during the final match of the season. Getty Images",
            "It rained all day and the streets of the old city were flooded by the evening. (Yonhap)",
            "© 2024 The Newspaper Company. All rights reserved.",
            "We use cookies to improve your experience on our website and to show you relevant advertising.",
            "Copyright 2024 Reuters. All Rights Reserved. This material may not be published.",
            "Share on Facebook",
            "Sign up for our newsletter",
            "Reporting by Jane Doe; Editing by John Roe",
            "DPRK stands for the Democratic People’s Republic of Korea, the official name of North Korea.",
            "\u{a0}Note: the figures in this report are provisional and may be revised.",
            "'Tis the season, he said, as crowds gathered in the square to watch the parade go by.",
            "42 people were hurt when the bus overturned on the highway early on Sunday morning, police said.",
            "Related: More stories from the region",
        ];
        let lex = Lexicons::builtin();
        let slow = lex.without_needles();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..300 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..3 + seed % 12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(lines[(seed % lines.len() as u64) as usize]);
                text.push_str(if seed % 3 == 0 { "\r\n" } else { "\n\n" });
            }
            assert_eq!(
                parse(&text, lex, true),
                parse(&text, &slow, true),
                "{text:?}"
            );
        }
    }

    #[test]
    fn chrome_words_agrees_with_plain_substring_tests() {
        let words = [
            "ookie",
            "OOKIE",
            "opyright",
            "OPYRIGHT",
            "ights reserved",
            "ights Reserved",
            "IGHTS RESERVED",
        ];
        let alphabet = [
            "o", "ok", "ookie", "OOKIE", "Ookie", "k", "K", "y", "Y", "v", "V", "opy", "right",
            "opyright", "OPYRIGHT", "ights", "IGHTS", " ", "reserved", "Reserved", "RESERVED", "é",
            "ie", "IE", "g", "G", "ig", "opyri", "ght", "OPYRI",
        ];
        for t in crate::testing::random_texts(&alphabet, 0x9e37_79b9_7f4a_7c15u64, 20_000, 12) {
            let plain = words.iter().any(|w| t.contains(w));
            assert_eq!(chrome_words(&t), plain, "{t:?}");
        }
    }
}
