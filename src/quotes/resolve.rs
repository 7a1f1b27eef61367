//! The statement resolver (crate-internal): after the rules of every block have proposed
//! their statements, it keeps the set the article reports — one pass over the drafts
//! sorted by content, `O(n log n)`:
//!
//! - **nesting**: a statement whose cue lies inside another statement's content is a
//!   report inside a report. Under [`Nesting::Reports`] (the default) it is kept when its
//!   cue is a speech verb — "Officials expect [the mayor said [the plan would fail]]": the
//!   mayor's statement, as reported — and dropped when it is a belief, intention or
//!   evidence the outer speaker ascribes ("Roe said [she believes [the plan will fail]]":
//!   Roe's statement, and only hers). [`Nesting::All`] keeps every one;
//! - **conflicts**: two statements with the same first content span, or whose contents
//!   cross (overlap without one holding the other), are one statement too many: the one
//!   with the higher confidence stays (the earlier proposed on a tie).
//!
//! ```text
//! Roe said [she believes [the plan will fail]]     → Roe: she believes the plan will fail
//! X expect [the mayor said [the plan would fail]]  → X: …; the mayor: the plan would fail
//! ```

use super::ctx::Draft;
use crate::lexicon::{CueClass, Vocab};
use crate::Span;
use serde::{Deserialize, Serialize};

/// Which statements inside another statement's content the extractor reports (see
/// [`Extractor::set_nesting`](super::Extractor::set_nesting)).
///
/// ```
/// use quotewire::{quotes::{Extractor, Nesting}, Article};
///
/// let text = "T\n\nRoe said she believes the plan will fail.";
/// let article = Article::parse(text)?;
/// let mut ex = Extractor::new();
/// assert_eq!(ex.extract(&article).quotes.len(), 1);   // Roe's statement
/// ex.set_nesting(Nesting::All);
/// assert_eq!(ex.extract(&article).quotes.len(), 2);   // and "she believes" inside it
/// # Ok::<(), quotewire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nesting {
    /// Statements inside another's content whose cue is a speech verb ("X said Y said Z").
    #[default]
    Reports,
    /// Every statement inside another's content, beliefs and intentions too ("X said she
    /// believes Z": two statements).
    All,
}

/// Drops the drafts the article does not report (see the module docs). `text` is the
/// article text the spans point into.
pub(crate) fn resolve(drafts: &mut Vec<Draft>, text: &str, vocab: &Vocab, nesting: Nesting) {
    if drafts.len() < 2 {
        return;
    }
    let mut keep = vec![true; drafts.len()];
    drop_conflicts(drafts, &mut keep);
    if nesting == Nesting::Reports {
        drop_nested_beliefs(drafts, text, vocab, &mut keep);
    }
    let mut k = keep.iter();
    drafts.retain(|_| k.next().copied().unwrap_or(true));
}

/// The first content span of a draft (empty at 0 for none).
fn first_span(d: &Draft) -> Span {
    d.content.first().copied().unwrap_or(Span::new(0, 0))
}

/// Clears `keep` for a draft whose first content span coincides with or crosses an
/// earlier-sorted kept one's and that has the lower confidence.
fn drop_conflicts(drafts: &[Draft], keep: &mut [bool]) {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    let span = |i: usize| drafts.get(i).map_or(Span::new(0, 0), first_span);
    // by start, longer first: an enclosing span comes before what it holds
    order.sort_by_key(|&i| (span(i).start, std::cmp::Reverse(span(i).end)));
    // the kept spans that are still open, outermost first (a stack of nested spans)
    let mut open: Vec<usize> = Vec::new();
    for &i in &order {
        let s = span(i);
        while open.last().is_some_and(|&j| span(j).end <= s.start) {
            open.pop();
        }
        let Some(&j) = open.last() else {
            open.push(i);
            continue;
        };
        let t = span(j);
        let nested = t.contains(s) && t != s;
        if nested {
            open.push(i);
            continue;
        }
        // coinciding or crossing: the weaker one goes
        let weaker = |a: usize, b: usize| {
            let conf = |x: usize| drafts.get(x).map_or(0.0, |d| d.confidence);
            conf(a) < conf(b) || (conf(a) == conf(b) && a > b)
        };
        if weaker(i, j) {
            mark(keep, i);
        } else {
            mark(keep, j);
            open.pop();
            open.push(i);
        }
    }
}

fn mark(keep: &mut [bool], i: usize) {
    if let Some(k) = keep.get_mut(i) {
        *k = false;
    }
}

/// Clears `keep` for a kept indirect or mixed draft whose cue lies inside another kept
/// draft's content and is no speech verb.
fn drop_nested_beliefs(drafts: &[Draft], text: &str, vocab: &Vocab, keep: &mut [bool]) {
    // every content span of the kept drafts, by start, with the largest end so far and
    // its draft (and the largest end of another draft), so that "is the cue inside
    // another draft's content?" is one binary search
    let mut spans: Vec<(Span, usize)> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        if keep.get(i).copied().unwrap_or(false) {
            spans.extend(d.content.iter().map(|&s| (s, i)));
        }
    }
    spans.sort_by_key(|&(s, _)| s.start);
    let reach = prefix_reach(&spans);
    for (i, d) in drafts.iter().enumerate() {
        let Some(cue) = d.cue else { continue };
        if d.kind == super::QuoteKind::Direct
            || cue_class(text, vocab, cue) == Some(CueClass::Speech)
        {
            continue;
        }
        let n = spans.partition_point(|&(s, _)| s.start <= cue.start);
        let Some(&((end, owner), other)) = n.checked_sub(1).and_then(|k| reach.get(k)) else {
            continue;
        };
        let inside = if owner != i {
            end >= cue.end
        } else {
            other >= cue.end
        };
        if inside {
            mark(keep, i);
        }
    }
}

/// For each prefix of `spans`: the largest end and its draft, and the largest end of any
/// other draft.
fn prefix_reach(spans: &[(Span, usize)]) -> Vec<((usize, usize), usize)> {
    let mut best = (0usize, usize::MAX);
    let mut other = 0usize;
    let mut out = Vec::with_capacity(spans.len());
    for &(s, i) in spans {
        if s.end > best.0 {
            if best.1 != i {
                other = other.max(best.0);
            }
            best = (s.end, i);
        } else if best.1 != i {
            other = other.max(s.end);
        }
        out.push((best, other));
    }
    out
}

/// The cue class of a cue span's first word ("according to" has none).
fn cue_class(text: &str, vocab: &Vocab, cue: Span) -> Option<CueClass> {
    let bytes = text.as_bytes().get(cue.start..cue.end)?;
    let first = bytes.split(|b| b.is_ascii_whitespace()).next()?;
    vocab.lookup_bytes(first).cue
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;
    use crate::quotes::{Extractor, Nesting};

    #[test]
    fn a_belief_ascribed_inside_a_statement_is_the_outer_speakers_only() {
        assert_eq!(
            statements("T\n\nRoe said she believes the plan will fail."),
            "Indirect [she believes the plan will fail] cue: said, speaker: Roe"
        );
    }

    #[test]
    fn a_report_inside_a_report_is_kept() {
        assert_eq!(
            statements("T\n\nOfficials expect the mayor said the plan would fail."),
            "Indirect [the mayor said the plan would fail] cue: expect, speaker: Officials\n\
             Indirect [the plan would fail] cue: said, speaker: the mayor"
        );
    }

    #[test]
    fn every_nested_statement_is_kept_when_asked_for() {
        let text = "T\n\nRoe said she believes the plan will fail.";
        let mut ex = Extractor::new();
        ex.set_nesting(Nesting::All);
        let found = ex.extract(&crate::Article::parse(text).unwrap());
        let contents: Vec<&str> = found
            .quotes
            .iter()
            .map(|q| q.content[0].text(text))
            .collect();
        assert_eq!(
            contents,
            ["she believes the plan will fail", "the plan will fail"]
        );
    }
}
