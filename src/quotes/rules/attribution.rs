//! Attributions beside a quotation: the cue and speaker that credit it.
//!
//! - after the closing mark: `“We will win,” Miller said.` / `“...,” said the mayor.` /
//!   `“...,” Scott Pruitt, the attorney general, said.`;
//! - a dash credit: `“Pay up.” — Councilman Ted Ruiz`;
//! - before the opening mark: `Miller said: “We will win.”` / `Clinton: “...”`.

use crate::lexicon::F_CUE;
use crate::quotes::block::BlockData;
use crate::quotes::ctx::{Attr, Ctx, Mention, Np};
use crate::quotes::lexicon::CueClass;
use crate::quotes::tokens::{Kind, Tok};
use crate::Span;

impl Ctx<'_> {
    /// Attribution after a closing mark at token `ci`: `, Miller said` / `said Miller` /
    /// `— Name`. Returns (cue span, speaker).
    pub(crate) fn attr_after(&self, b: &BlockData, ci: usize) -> Option<Attr> {
        let toks = &b.toks;
        let mut j = ci + 1;
        let mut dash: Option<Span> = None;
        while let Some(t) = toks.get(j) {
            match t.kind {
                Kind::Punct(',') => j += 1,
                Kind::Punct('—' | '–' | '-' | '―') => {
                    dash = Some(t.span);
                    j += 1;
                }
                _ => break,
            }
        }
        let start = j;
        if dash.is_none() && j == ci + 1 {
            let before_close = ci.checked_sub(1).and_then(|i| toks.get(i));
            if before_close.is_some_and(|p| p.is_punct('.')) && toks.get(j).is_some_and(|t| t.cap) {
                return None;
            }
        }
        let end = Self::attr_window_end(toks, start);
        if let Some(att) = self.cue_after(toks, start, end) {
            return Some(att);
        }
        self.dash_credit(b, ci, start, dash?)
    }

    /// The window of an attribution after a quotation starting at token `start`: up to the
    /// next quotation or sentence punctuation.
    fn attr_window_end(toks: &[Tok], start: usize) -> usize {
        let mut end = start;
        while let Some(t) = toks.get(end) {
            if !t.outside() || matches!(t.kind, Kind::Open | Kind::Close) {
                break;
            }
            if matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';' | ':')) && !t.is_word() {
                break;
            }
            if end - start > 30 {
                break;
            }
            end += 1;
        }
        end
    }

    /// The cue in the first few words of `start..end` (an apposition may come first) and
    /// its speaker.
    fn cue_after(&self, toks: &[Tok], start: usize, end: usize) -> Option<Attr> {
        for c in start..end.min(start + 28) {
            let Some(t) = toks.get(c) else { break };
            let Some(class) = self.cue_of(t) else {
                continue;
            };
            if class == CueClass::Noun || class == CueClass::Report {
                continue;
            }
            if c == start {
                let sp = self.np_after(toks, c).map(|(e, s, k)| (s, k, e));
                let sp = sp.map(|(s, k, e)| (s, k, e.saturating_sub(1)));
                return Some((Some(t.span), sp.map(|(s, k, _)| (s, k, c + 1))));
            }
            // "McConnell, R-Ky., said": a party-state tag between commas
            let found = self.np_before_appos(toks, c, start).or_else(|| {
                let tag_start = self.party_tag_before(toks, c)?;
                self.np_before_appos(toks, tag_start, start)
            });
            if let Some((k0, s, k)) = found {
                let prefix_ok = toks
                    .get(start..k0)
                    .unwrap_or(&[])
                    .iter()
                    .all(|x| x.is_word() && x.outside())
                    && k0 - start <= 8;
                if k0 == start || prefix_ok {
                    return Some((Some(t.span), Some((s, k, k0))));
                }
            }
            // `“Q,” Scott Pruitt, the attorney general of Oklahoma, one of the states
            // suing, said`: a name right after the quotation, then appositions between
            // commas up to the cue.
            if let Some(name) = self.leading_name(toks, start, c) {
                return Some((Some(t.span), Some((name, Np::Name, start))));
            }
            // `“Q,” said the mayor` handled above; "told" after a pronoun object etc.
            break;
        }
        None
    }

    /// `“Q” — Name` / `-Commissioner Name` after the closing mark `ci` (dash `d`, name from
    /// token `start`), the quotation opening its sentence (not `... was "the No. 1
    /// force."--Kim Hjelmgaard.`, a reporter's sign-off).
    fn dash_credit(&self, b: &BlockData, ci: usize, start: usize, d: Span) -> Option<Attr> {
        let toks = &b.toks;
        let t = toks.get(start)?;
        let q_open = b
            .marks
            .get(toks.get(ci)?.q as usize)
            .map_or(usize::MAX, |m| m.0);
        let (ss, _) = Self::sentence_of(b, q_open.min(ci));
        let opens = toks
            .get(ss..q_open.min(toks.len()))
            .unwrap_or(&[])
            .iter()
            .all(|x| !x.is_word());
        if opens && t.cap && t.outside() && t.is_word() {
            let mut k = start;
            while toks
                .get(k)
                .is_some_and(|u| u.is_word() && u.outside() && (u.cap || self.is_connector(u)))
            {
                k += 1;
            }
            let last = toks.get(k - 1)?;
            return Some((
                Some(d),
                Some((Span::new(t.span.start, last.span.end), Np::Name, start)),
            ));
        }
        None
    }

    /// Attribution before an opening mark at token `oi`: `Miller said: “` / `told Y: “` /
    /// `adding: “`. Returns (cue token index, speaker).
    pub(crate) fn attr_before(
        &self,
        b: &BlockData,
        oi: usize,
        lo: usize,
        statement_like: bool,
    ) -> Option<(usize, Option<Mention>)> {
        let toks = &b.toks;
        if oi <= lo {
            return None;
        }
        let prev = toks.get(oi - 1)?;
        let ends_colon = prev.is_punct(':') || prev.is_punct(',');
        let Some(c) = self.cue_before(toks, oi, lo, ends_colon)? else {
            return Self::bare_name_colon(toks, oi, lo, prev)
                .or_else(|| self.said_the_speaker(toks, oi, lo, prev));
        };
        let gap = oi - c - 1;
        let gap_comma = toks
            .get(c + 1..oi.saturating_sub(1))
            .unwrap_or(&[])
            .iter()
            .any(|t| t.is_punct(','));
        let ok = if ends_colon {
            gap <= 10 && !gap_comma
        } else {
            gap == 0 && statement_like
        };
        if !ok {
            return None;
        }
        let cw = self.lw(toks.get(c)?);
        let participle = cw.ends_with("ing");
        let sp = if participle {
            None
        } else {
            self.np_before_appos(toks, c, lo)
                .map(|(k, s, np)| (s, np, k))
        };
        let sp = match sp {
            Some(x) => Some(x),
            None => self.subject(b, lo, c),
        };
        if self.lex.cue(&cw) == Some(CueClass::Report) && !sp.is_some_and(|x| self.reports(x)) {
            // "Trump said Duterte's latest comments showed “...”": comments show nothing
            // of their own; the quotation is part of what Trump said
            return None;
        }
        Some((c, sp))
    }

    /// Whether mention `sp` may be the subject of a report verb ("shows", "found"): a
    /// name, a report noun ("the poll") or an organisation.
    fn reports(&self, sp: Mention) -> bool {
        let head = sp.0.text(self.text).split_whitespace().last().unwrap_or("");
        sp.1 == Np::Name || self.lex.is_report_noun(head) || self.lex.is_org_word(head)
    }

    /// The last cue verb in the frame `lo..oi` (a cue noun only when there is no verb and
    /// the frame ends in a colon or comma).
    fn cue_before(
        &self,
        toks: &[Tok],
        oi: usize,
        lo: usize,
        ends_colon: bool,
    ) -> Option<Option<usize>> {
        let mut c = oi;
        let mut found = None;
        let mut noun = None;
        while c > lo {
            c -= 1;
            let t = toks.get(c)?;
            if !t.outside() {
                break;
            }
            match self.cue_of(t) {
                Some(CueClass::Noun) if noun.is_none() && ends_colon => noun = Some(c),
                Some(CueClass::Noun) => {}
                Some(_) => {
                    found = Some(c);
                    break;
                }
                None => {}
            }
            if oi - c > 14 {
                break;
            }
        }
        Some(found.or(noun))
    }

    /// `Said the coach: “Q”` — a capitalized speech verb opening the sentence at `lo`, the
    /// speaker after it, a colon or comma (`prev`) before the opening mark `oi`.
    fn said_the_speaker(
        &self,
        toks: &[Tok],
        oi: usize,
        lo: usize,
        prev: &Tok,
    ) -> Option<(usize, Option<Mention>)> {
        let cue = toks.get(lo)?;
        let speech = cue.is_word()
            && cue.cap
            && cue.has(F_CUE)
            && self.lex.cue(self.word(cue)) == Some(CueClass::Speech);
        if !(speech && (prev.is_punct(':') || prev.is_punct(','))) {
            return None;
        }
        let (ne, sp, np) = self.np_after_widened(toks, lo)?;
        (ne + 1 == oi).then_some((lo, Some((sp, np, lo + 1))))
    }

    /// `Clinton: “Q”`, `Jane Roe, Reuters: “Q”` — a bare name (and the outlet after a
    /// comma) and a colon (`prev`) before the opening mark `oi`.
    fn bare_name_colon(
        toks: &[Tok],
        oi: usize,
        lo: usize,
        prev: &Tok,
    ) -> Option<(usize, Option<Mention>)> {
        if !prev.is_punct(':') {
            return None;
        }
        let frame = toks.get(lo..oi - 1)?;
        // the name: up to a comma before the outlet
        let name_len = frame
            .iter()
            .position(|t| t.is_punct(','))
            .unwrap_or(frame.len());
        let (name, outlet) = frame.split_at(name_len);
        let cap_words = |ws: &[Tok]| ws.iter().all(|t| t.is_word() && t.outside() && t.cap);
        let outlet_ok = outlet.is_empty()
            || (outlet.len() >= 2 && outlet.len() <= 4 && cap_words(outlet.get(1..)?));
        if name.is_empty() || name.len() > 4 || !cap_words(name) || !outlet_ok {
            return None;
        }
        let (f, l) = (name.first()?, name.last()?);
        Some((
            oi - 1,
            Some((Span::new(f.span.start, l.span.end), Np::Name, lo)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn cue_then_speaker_after_the_quotation() {
        let found = statements("T\n\n“We will win,” said the mayor.");
        assert_eq!(
            found,
            "Direct [“We will win,”] cue: said, speaker: the mayor"
        );
    }

    #[test]
    fn a_dash_credit_names_the_speaker() {
        let want = "Direct [“Pay up.”] cue: —, speaker: Councilman Ted Ruiz";
        assert_eq!(statements("T\n\n“Pay up.” — Councilman Ted Ruiz"), want);
    }

    #[test]
    fn a_name_then_a_party_tag_before_the_cue() {
        let text = "T\n\n“It is over,” Mitch McConnell, R-Ky., said.";
        let want = "Direct [“It is over,”] cue: said, speaker: Mitch McConnell";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn a_bare_name_and_a_colon_before_the_quotation() {
        let want = "Direct [“We will win the vote.”] cue: :, speaker: Clinton";
        assert_eq!(statements("T\n\nClinton: “We will win the vote.”"), want);
    }

    #[test]
    fn a_report_verb_credits_a_poll_but_not_comments() {
        let text = "T\n\nTrump said Duterte’s latest comments showed “a lack of respect.”";
        let want = "Mixed [Duterte’s latest comments showed “a lack of respect.”] cue: said, \
                    speaker: Trump";
        assert_eq!(statements(text), want);
        let poll = "T\n\nThe poll showed “a clear lead for the challenger.”";
        let want = "Direct [“a clear lead for the challenger.”] cue: showed, speaker: The poll";
        assert_eq!(statements(poll), want);
    }

    #[test]
    fn a_sentence_opening_with_said_and_the_speaker() {
        assert_eq!(
            statements("T\n\nSaid the coach: “We will win this game.”"),
            "Direct [“We will win this game.”] cue: Said, speaker: the coach"
        );
    }

    #[test]
    fn a_name_and_an_outlet_before_a_colon() {
        assert_eq!(
            statements("T\n\nJane Roe, Reuters: “We will not give up on this.”"),
            "Direct [“We will not give up on this.”] cue: :, speaker: Jane Roe"
        );
    }
}
