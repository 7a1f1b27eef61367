//! The content of a reported statement: the clause a cue reports, trimmed of sentence
//! punctuation and cut at a coordinated new attribution ([`Ctx::content_span_cut`]), or
//! the end of a noun-phrase object ([`Ctx::object_end`]).

use super::ctx::Ctx;
use super::lexicon::CueClass;
use super::tokens::{Kind, Tok};
use super::words::{F_CLAUSE_WORDS, F_OBJECT_STOP, F_SUBORDINATORS};
use crate::lexicon::F_PRONOUN;
use crate::Span;

impl Ctx<'_> {
    pub(crate) fn content_span(&self, toks: &[Tok], a: usize, e: usize) -> Option<Span> {
        self.content_span_n(toks, a, e, 3)
    }

    /// The content span of tokens `a..e` holding at least `min_words` words.
    /// Content before its attribution ("CLAUSE, X said"): no coordinated cue ends it, the
    /// clause may hold its own subject's verbs ("Miller, the spokesperson, commented ...").
    pub(crate) fn lead_content(&self, toks: &[Tok], a: usize, e: usize) -> Option<Span> {
        self.content_span_cut(toks, a, e, 3, false)
    }

    pub(crate) fn content_span_n(
        &self,
        toks: &[Tok],
        a: usize,
        e: usize,
        min_words: usize,
    ) -> Option<Span> {
        self.content_span_cut(toks, a, e, min_words, true)
    }

    pub(crate) fn content_span_cut(
        &self,
        toks: &[Tok],
        a: usize,
        e: usize,
        min_words: usize,
        coordination: bool,
    ) -> Option<Span> {
        // A coordinated new attribution ends the content: "..., and said ...", ", adding ...".
        let mut e = e;
        for k in (a + 2..e).take_while(|_| coordination) {
            let (Some(p), Some(t)) = (toks.get(k - 1), toks.get(k)) else {
                break;
            };
            let lw = self.lw(t);
            let coord = (p.is_punct(',') && (lw.ends_with("ing") || lw.ends_with("ed")))
                || (p.is_word() && self.lw(p) == "and");
            if coord && !t.cap && self.cue_of(t).is_some_and(|c| c == CueClass::Speech) {
                e = k - 1;
                break;
            }
            // ", before noting that ...": a subordinator and a participle cue after a comma
            let after_comma = k >= 2 && toks.get(k - 2).is_some_and(|c| c.is_punct(','));
            if after_comma
                && p.has(F_SUBORDINATORS)
                && lw.ends_with("ing")
                && self.cue_of(t).is_some_and(|c| c == CueClass::Speech)
            {
                e = k - 2;
                break;
            }
            // "the plan would fail even though the vote was close": a concession is no part
            // of the report
            let even_though = p.span.len() == 4
                && t.span.len() == 6
                && self.word(p).eq_ignore_ascii_case("even")
                && &*lw == "though";
            if even_though {
                e = k - 1;
                break;
            }
        }
        // A dash or semicolon after a clause ends it: "the tide is turning — and ...".
        // (Not a dash around a parenthetical: "Trump — a developer — is ...".)
        let mut words = 0;
        let mut dash_open = false;
        for k in a..e {
            let Some(t) = toks.get(k) else { break };
            if t.is_word() {
                words += 1;
                continue;
            }
            let dash = matches!(t.kind, Kind::Punct('—' | '–'));
            let closes = dash && dash_open && self.verb_at(toks, k + 1);
            let ends = t.outside()
                && (dash || t.is_punct(';'))
                && words >= 4
                && !closes
                && !self.interrupts(toks, k, e);
            if ends {
                e = k;
                break;
            }
            dash_open ^= dash;
        }
        // trim trailing sentence punctuation
        while e > a
            && toks
                .get(e - 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct(_)))
        {
            e -= 1;
        }
        if e <= a {
            return None;
        }
        let words = toks.get(a..e)?.iter().filter(|t| t.is_word()).count();
        if words < min_words {
            return None;
        }
        let (f, l) = (toks.get(a)?, toks.get(e - 1)?);
        Some(Span::new(f.span.start, l.span.end))
    }

    /// End of a cue's object that is a noun phrase or an infinitive rather than a clause
    /// ("endorsed Donald Trump, who ...", "wants to build a wall, and ..."): the first comma,
    /// semicolon, colon or subordinator, when no auxiliary before it makes it a clause.
    pub(crate) fn object_end(&self, toks: &[Tok], a: usize, e: usize) -> usize {
        // mixed speech keeps its whole clause
        if toks.get(a..e).unwrap_or(&[]).iter().any(|t| !t.outside()) {
            return e;
        }
        for k in a..e {
            let Some(t) = toks.get(k) else { break };
            if !t.outside() || t.kind == Kind::Open {
                // a quoted fragment: mixed speech keeps its whole clause
                return e;
            }
            if t.is_word() {
                if t.has(F_CLAUSE_WORDS) {
                    return e;
                }
                if k > a && t.has(F_OBJECT_STOP) {
                    return k;
                }
            } else if matches!(t.kind, Kind::Punct(',' | '—' | '–')) && self.interrupts(toks, k, e)
            {
                // "said Trump, despite his wealth, is not ...": a clause with a parenthetical
                return e;
            } else if matches!(t.kind, Kind::Punct(',' | ';' | ':' | '(')) {
                return k;
            }
        }
        e
    }

    /// Whether the comma or dash at `k` opens a parenthetical of at most ten words that a
    /// matching mark closes, with a finite verb or an auxiliary right after it: the subject
    /// before it and the verb after it make one clause.
    fn interrupts(&self, toks: &[Tok], k: usize, e: usize) -> bool {
        let Some(open) = toks.get(k) else {
            return false;
        };
        let close =
            (k + 2..e.min(k + 12)).find(|&j| toks.get(j).is_some_and(|t| t.kind == open.kind));
        close.is_some_and(|j| self.verb_at(toks, j + 1))
    }

    /// A finite verb or an auxiliary (no subject pronoun) at token `k`.
    fn verb_at(&self, toks: &[Tok], k: usize) -> bool {
        toks.get(k).is_some_and(|v| {
            v.is_word() && v.outside() && v.has(F_CLAUSE_WORDS) && !v.has(F_PRONOUN)
        })
    }
}
