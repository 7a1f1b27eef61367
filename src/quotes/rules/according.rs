//! "According to X": the source of a statement named by a preposition.
//!
//! - leading: `According to the report, the plan will fail.`;
//! - trailing: `The plan will fail, according to officials.`;
//! - interrupting: `Most voters, according to the poll, still back the plan.` (the
//!   statement goes on after the source).

use crate::quotes::ctx::{Ctx, Mention};
use crate::quotes::rules::indirect::Found;
use crate::quotes::tokens::{Kind, Tok};
use crate::Span;

impl Ctx<'_> {
    /// The first "according to" of tokens `s..e` and the statement it credits.
    pub(crate) fn according_to(&self, toks: &[Tok], s: usize, e: usize) -> Option<Found> {
        for i in s..e.saturating_sub(1) {
            let (Some(a), Some(t)) = (toks.get(i), toks.get(i + 1)) else {
                break;
            };
            if !(a.outside()
                && a.span.len() == 9
                && self.lw(a) == "according"
                && self.lw(t) == "to")
            {
                continue;
            }
            let cue = Span::new(a.span.start, t.span.end);
            let (ne, sp, np) = self.source_after(toks, i + 1, e)?;
            let speaker = (sp, np, i + 2);
            if i == s || (i == s + 1 && toks.get(s).is_some_and(|x| !x.is_word())) {
                return self.according_first(toks, i, ne, e, cue, speaker);
            }
            return self.according_after(toks, s, i, ne, e, cue, speaker);
        }
        None
    }

    /// According to X, CLAUSE (the source ends at token `ne`).
    fn according_first(
        &self,
        toks: &[Tok],
        i: usize,
        ne: usize,
        e: usize,
        cue: Span,
        speaker: Mention,
    ) -> Option<Found> {
        let mut k = ne;
        while k < e && !toks.get(k).is_some_and(|x| x.is_punct(',')) {
            k += 1;
        }
        let c = self.content_span(toks, k + 1, e)?;
        Some(Found::new(c, (Some(cue), Some(speaker)), 0.8, i + 1))
    }

    /// CLAUSE(,) according to X [, CLAUSE] ("according" at token `i`).
    #[allow(clippy::too_many_arguments)]
    fn according_after(
        &self,
        toks: &[Tok],
        s: usize,
        i: usize,
        ne: usize,
        e: usize,
        cue: Span,
        speaker: Mention,
    ) -> Option<Found> {
        let mut ce = i;
        let interrupts = toks
            .get(i - 1)
            .is_some_and(|x| matches!(x.kind, Kind::Punct(',' | '—' | '–' | '-')));
        if interrupts {
            ce -= 1;
        }
        // "most Americans, according to the report, still believe ...": the
        // statement goes on after the source.
        let rest = if interrupts {
            (ne..e.min(ne + 14))
                .find(|&k| {
                    toks.get(k).is_some_and(|x| {
                        x.outside() && matches!(x.kind, Kind::Punct(',' | '—' | '–' | '-'))
                    })
                })
                .and_then(|k| self.content_span_n(toks, k + 1, e, 2))
        } else {
            None
        };
        let lead = match rest {
            Some(_) => self.content_span_cut(toks, s, ce, 1, false),
            None => self.lead_content(toks, s, ce),
        };
        let mut found = Found::new(lead?, (Some(cue), Some(speaker)), 0.8, i + 1);
        if rest.is_some() {
            found.extra = rest;
            found.at = e;
        }
        Some(found)
    }
}
