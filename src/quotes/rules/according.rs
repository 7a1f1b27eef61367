//! "According to X": the source of a statement named by a preposition.
//!
//! - leading: `According to the report, the plan will fail.`;
//! - trailing: `The plan will fail, according to officials.`;
//! - interrupting: `Most voters, according to the poll, still back the plan.` (the
//!   statement goes on after the source);
//! - an "as"-clause of speech, in the same three places: `As Roe put it, the plan failed.`,
//!   `The plan failed, as Roe noted.`, `The plan, as Roe said, failed.`

use crate::quotes::block::BlockData;
use crate::quotes::clauses::{bounds_in, Bound};
use crate::quotes::ctx::{Ctx, Mention};
use crate::quotes::lexicon::CueClass;
use crate::quotes::rules::indirect::Found;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::F_REPORT_NOUN;
use crate::Span;

/// An "according to" at token `i` and its source, ending at token `ne`.
struct Source {
    i: usize,
    ne: usize,
    cue: Span,
    speaker: Mention,
}

impl Ctx<'_> {
    /// The first "according to" of tokens `s..e` of block `b` and the statement it
    /// credits. "according" is a report opener: only the block's openers are tried.
    pub(crate) fn according_to(&self, b: &BlockData, s: usize, e: usize) -> Option<Found> {
        let toks = b.toks;
        let first = b.openers.partition_point(|&i| i < s);
        let openers = b.openers.get(first..).unwrap_or(&[]);
        for &i in openers.iter().take_while(|&&i| i < e.saturating_sub(1)) {
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
            let src = Source {
                i,
                ne,
                cue,
                speaker: (sp, np, i + 2),
            };
            if i == s || (i == s + 1 && toks.get(s).is_some_and(|x| !x.is_word())) {
                return self.according_first(toks, e, &src);
            }
            return self.according_after(toks, s, e, &src);
        }
        None
    }

    /// "In X poll" (a report noun after "in") as the source of a sentence with no other
    /// statement: `In an NBC News poll released Monday, 50 percent chose Clinton.` (the
    /// clause after the comma) and `Trump has a decisive lead in the polls.` (the clause
    /// before "in").
    pub(crate) fn in_report(&self, b: &BlockData, s: usize, e: usize) -> Option<Found> {
        // only an "in" with a report noun (an opener) in the 16 tokens after it can be one
        let first = b.openers.partition_point(|&j| j <= s);
        let mut ops = b.openers.get(first..).unwrap_or(&[]).iter().copied();
        let mut next = ops.next();
        (s..e.saturating_sub(2)).find_map(|i| {
            while next.is_some_and(|j| j <= i) {
                next = ops.next();
            }
            next.filter(|&j| j < e && j <= i + 16)?;
            self.in_report_at(b, s, e, i)
        })
    }

    /// [`Self::in_report`] with "in" at token `i`.
    pub(crate) fn in_report_at(
        &self,
        b: &BlockData,
        s: usize,
        e: usize,
        i: usize,
    ) -> Option<Found> {
        let toks = b.toks;
        let t = toks.get(i)?;
        if !(t.is_word() && t.outside() && t.span.len() == 2 && self.lw(t) == "in") {
            return None;
        }
        let (ne, sp, np) = self.source_after(toks, i, e)?;
        // a poll or a survey, and the clause before it ends with it
        let nps = toks.get(i + 1..ne).unwrap_or(&[]);
        let polled = |x: &Tok| {
            x.has(F_REPORT_NOUN)
                && matches!(
                    &*self.lw(x),
                    "poll" | "polls" | "survey" | "surveys" | "polling"
                )
        };
        let at_end = ne >= e || toks.get(ne).is_some_and(|x| !x.is_word());
        if !nps.iter().any(polled) || (i > s && !at_end) {
            return None;
        }
        let src = Source {
            i,
            ne,
            cue: t.span,
            speaker: (sp, np, i + 1),
        };
        if i == s {
            self.according_first(toks, e, &src)
        } else {
            self.according_after(toks, s, e, &src)
        }
    }

    /// "As X put it", "as X said" opening tokens `s..e` of block `b` or after a comma or
    /// dash in them, and the statement it credits: the clause around it.
    pub(crate) fn as_clause(&self, b: &BlockData, s: usize, e: usize) -> Option<Found> {
        let toks = b.toks;
        // (at the start, or after a comma or dash — also one inside a closing quotation
        // mark: `"... income," as a memo put it`)
        let lead = |i: usize| {
            i == s
                || toks.get(i - 1).is_some_and(|x| {
                    matches!(x.kind, Kind::Punct(',' | '—' | '–'))
                        || (x.kind == Kind::Close
                            && toks.get(i.wrapping_sub(2)).is_some_and(|y| y.is_punct(',')))
                })
        };
        // ("as" opens a subordinate clause: the block's clause boundaries list it)
        let subordinators = bounds_in(b.bounds, s, e.saturating_sub(3))
            .iter()
            .filter(|x| x.kind == Bound::Subordinator);
        let src = subordinators.map(|x| x.tok).find_map(|i| {
            let t = toks.get(i)?;
            let is_as = t.span.len() == 2 && t.outside() && self.word(t).eq_ignore_ascii_case("as");
            if !(is_as && lead(i)) {
                return None;
            }
            let (ne, sp, np) = self.np_after(toks, i)?;
            let (cue, after) = self.as_cue_at(toks, ne)?;
            Some(Source {
                i,
                ne: after,
                cue,
                speaker: (sp, np, i + 1),
            })
        })?;
        if src.i == s {
            self.according_first(toks, e, &src)
        } else {
            self.according_after(toks, s, e, &src)
        }
    }

    /// The cue of an "as"-clause at token `k`: a speech verb ("noted", "told reporters")
    /// or "put it"; its span and the token after it.
    fn as_cue_at(&self, toks: &[Tok], k: usize) -> Option<(Span, usize)> {
        let t = toks.get(k).filter(|t| t.is_word() && t.outside())?;
        if self.cue_of(t) == Some(CueClass::Speech) {
            return Some((t.span, k + 1));
        }
        let it = toks.get(k + 1)?;
        let put_it = self.lw(t) == "put" && it.is_word() && self.lw(it) == "it";
        put_it.then(|| (Span::new(t.span.start, it.span.end), k + 2))
    }

    /// According to X, CLAUSE
    fn according_first(&self, toks: &[Tok], e: usize, src: &Source) -> Option<Found> {
        let mut k = src.ne;
        while k < e && !toks.get(k).is_some_and(|x| x.is_punct(',')) {
            k += 1;
        }
        let c = self.content_span(toks, k + 1, e)?;
        Some(Found::new(
            c,
            (Some(src.cue), Some(src.speaker)),
            0.8,
            src.i + 1,
        ))
    }

    /// CLAUSE(,) according to X [, CLAUSE]
    fn according_after(&self, toks: &[Tok], s: usize, e: usize, src: &Source) -> Option<Found> {
        let (i, ne) = (src.i, src.ne);
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
        let mut found = Found::new(lead?, (Some(src.cue), Some(src.speaker)), 0.8, i + 1);
        if rest.is_some() {
            found.extra = rest;
            found.at = e;
        }
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn an_as_clause_of_speech_credits_the_clause_around_it() {
        assert_eq!(
            statements("T\n\nAs Roe put it in a statement, the plan has failed."),
            "Indirect [the plan has failed] cue: put it, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nThe plan has failed, as Roe noted."),
            "Indirect [The plan has failed] cue: noted, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nThe plan, as Roe said on Monday, has failed."),
            "Indirect [The plan | has failed] cue: said, speaker: Roe"
        );
    }

    #[test]
    fn according_to_x_comma_clause() {
        let found = statements("T\n\nAccording to the report, the plan will fail next year.");
        let want = "Indirect [the plan will fail next year] cue: According to, speaker: the report";
        assert_eq!(found, want, "the source leads the sentence");
    }

    #[test]
    fn clause_comma_according_to_x() {
        assert_eq!(
            statements("T\n\nThe plan will fail, according to officials."),
            "Indirect [The plan will fail] cue: according to, speaker: officials"
        );
    }

    #[test]
    fn an_interrupting_source_splits_the_content() {
        let text = "T\n\nMost voters, according to the poll, still back the plan.";
        let split = "Indirect [Most voters | still back the plan] cue: according to, \
                     speaker: the poll";
        assert_eq!(statements(text), split);
    }

    #[test]
    fn a_poll_after_in_is_the_source_of_the_sentence() {
        let lead = statements("T\n\nIn a poll released Monday, most voters backed the plan.");
        let want = "Indirect [most voters backed the plan] cue: In, speaker: a poll";
        assert!(lead.starts_with(want), "{lead}");
        assert_eq!(
            statements("T\n\nTrump has a decisive lead in the polls."),
            "Indirect [Trump has a decisive lead] cue: in, speaker: the polls"
        );
        assert_eq!(
            statements("T\n\nThe figures were released in a report on Monday."),
            ""
        );
    }
}
