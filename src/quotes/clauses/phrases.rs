//! Noun phrases and subjects around a cue, the speaker mentions the rules ask for:
//! `Sen. Jane Roe (D-N.Y.) said` ([`Ctx::np_before`]), `said the mayor`
//! ([`Ctx::np_after`]), `according to state law` ([`Ctx::source_after`]), a sentence's
//! subject ([`Ctx::subject`]).

use super::bounds::{first_in, Bound};
use super::verbs::verb_group;
use crate::quotes::block::BlockData;
use crate::quotes::ctx::{Ctx, Mention, Np};
use crate::quotes::lexicon::CueClass;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::*;
use crate::speakers::strip_possessive;
use crate::Span;

/// Day names and "today"-like words a cue may follow: `Miller on Monday said`.
fn is_when_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
            | "on"
    )
}

/// Quantifiers that stand for a group of people as a subject: "Some say", "Many in the
/// party argue".
fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "many" | "some" | "most" | "several" | "few" | "both" | "all" | "others"
    )
}

/// Heads of time phrases: "at the time said" names no speaker.
fn is_time_noun(w: &str) -> bool {
    matches!(
        w,
        "time"
            | "year"
            | "years"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "month"
            | "months"
            | "night"
            | "morning"
            | "evening"
            | "weekend"
            | "moment"
            | "point"
            | "end"
    )
}

/// Adjectives of relation between a person and what they know or belong to, before a
/// preposition ("people familiar with the talks", "a source close to Roe").
const RELATION_ADJECTIVES: &[&str] = &[
    "familiar",
    "close",
    "closest",
    "knowledgeable",
    "briefed",
    "involved",
    "loyal",
    "allied",
    "connected",
    "linked",
    "sympathetic",
    "aligned",
    "affiliated",
    "tied",
    "friendly",
];

impl Ctx<'_> {
    /// Noun phrase ending right before token `c` (skipping auxiliaries/adverbs), not before
    /// `lo`. Returns (first token index, span, kind).
    pub(crate) fn np_before(&self, toks: &[Tok], c: usize, lo: usize) -> Option<(usize, Span, Np)> {
        if let Some(share) = self.proportion_before(toks, c, lo) {
            return Some(share);
        }
        if let Some(np) = self.np_core_before(toks, c, lo) {
            return Some(self.np_widened(toks, np, lo));
        }
        self.prepositional_object_before(toks, c, lo)
    }

    /// "Many women in politics say": a bare noun after a preposition is no subject, but the
    /// head noun before the preposition makes it one (through [`Self::np_widened`]).
    fn prepositional_object_before(
        &self,
        toks: &[Tok],
        c: usize,
        lo: usize,
    ) -> Option<(usize, Span, Np)> {
        let j = self.np_last_before(toks, c, lo)?;
        let t = toks.get(j)?;
        let prep = j.checked_sub(1).and_then(|p| toks.get(p))?;
        let bare_noun =
            t.is_word() && !t.cap && !t.has(F_NOMINAL_STOP | F_DETS | F_PRONOUN | F_CUE);
        let of_in = prep.is_word()
            && matches!(
                &*self.lw(prep),
                "of" | "in" | "at" | "for" | "from" | "with"
            );
        if !(bare_noun && of_in) {
            return None;
        }
        let widened = self.np_widened(toks, (j, t.span, Np::Nominal), lo);
        (widened.0 < j).then_some(widened)
    }

    /// The noun phrase `np` (first token, span, kind) with what it belongs to before it
    /// (three steps at most):
    /// a head noun and a preposition ("critics of the plan", "a source in the ministry",
    /// "people with knowledge of the talks", "people familiar with the talks"), or a name
    /// and "and" before a name ("Burton and Nick": one mention of both).
    fn np_widened(&self, toks: &[Tok], np: (usize, Span, Np), lo: usize) -> (usize, Span, Np) {
        let (mut k, mut span, mut kind) = np;
        for _ in 0..3 {
            let (Some(p), Some(mut h)) = (k.checked_sub(1), k.checked_sub(2)) else {
                break;
            };
            // "people familiar with the talks", "a source close to Roe": the adjective
            // of relation and its preposition belong to the head before them
            // (the preposition first: a bit test and two bytes before the word list)
            let relation = toks.get(p).is_some_and(|x| {
                x.is_word()
                    && x.has(F_TAG_PREP | F_TO)
                    && x.span.len() <= 4
                    && matches!(&*self.lw(x), "with" | "to" | "on" | "in")
            }) && toks.get(h).is_some_and(|a| {
                a.is_word() && !a.cap && RELATION_ADJECTIVES.contains(&&*self.lw(a))
            });
            if relation {
                match h.checked_sub(1) {
                    Some(h2) => h = h2,
                    None => break,
                }
            }
            let Some(pt) = toks
                .get(p)
                .filter(|t| h >= lo && t.is_word() && t.outside())
            else {
                break;
            };
            let joiner = self.lw(pt);
            let coordinated = kind != Np::Pronoun && &*joiner == "and";
            let prep = relation || matches!(&*joiner, "of" | "in" | "at" | "for" | "from" | "with");
            let head = match toks.get(h) {
                Some(t) if prep && is_quantifier(&self.lw(t)) => Some((h, t.span, Np::Nominal)),
                Some(t) if t.cap && !t.has(F_STOP_CAP) => self.name_ending_at(toks, h, lo),
                Some(t) if (prep || coordinated) && !t.cap && self.may_head(toks, h, t) => {
                    self.nominal_ending_at(toks, h, lo)
                }
                _ => None,
            };
            let Some((k2, sp2, kind2)) = head.filter(|_| coordinated || prep) else {
                break;
            };
            // "Burton and Nick", "union members and leaders": like with like
            if coordinated && kind2 != kind {
                break;
            }
            (k, span, kind) = (k2, Span::new(sp2.start, span.end), kind2);
        }
        self.relative_subject(toks, (k, span, kind), lo)
    }

    /// `Executives who have worked with Lachlan Murdoch say`: a noun phrase inside a
    /// relative clause (no punctuation between "who" and the cue) belongs to the
    /// clause's antecedent, which is the subject.
    fn relative_subject(
        &self,
        toks: &[Tok],
        np: (usize, Span, Np),
        lo: usize,
    ) -> (usize, Span, Np) {
        let (k, span, _) = np;
        let mut r = k;
        while r > lo && k - r < 8 {
            r -= 1;
            let Some(t) = toks.get(r) else { break };
            if !t.is_word() || !t.outside() {
                break;
            }
            if !(t.has(F_PRONOUN) && &*self.lw(t) == "who") {
                continue;
            }
            let head = r
                .checked_sub(1)
                .filter(|&h| h >= lo)
                .and_then(|h| match toks.get(h) {
                    Some(a) if a.cap && !a.has(F_STOP_CAP) => self.name_ending_at(toks, h, lo),
                    Some(a) if !a.cap && self.may_head(toks, h, a) => {
                        self.nominal_ending_at(toks, h, lo)
                    }
                    _ => None,
                });
            if let Some((k2, sp2, kind2)) = head {
                return (k2, Span::new(sp2.start, span.end), kind2);
            }
            break;
        }
        np
    }

    /// A lower-case word (token `h`, `t`) that may head a noun phrase with a preposition
    /// after it: a plural, a group noun, a title, an organisation or report noun
    /// ("critics", "officials", "spokesman", "ministry", "report"), or any noun right after
    /// a determiner ("a source in the ministry").
    fn may_head(&self, toks: &[Tok], h: usize, t: &Tok) -> bool {
        let after_det = h > 0 && self.lw_is(toks.get(h - 1), F_DETS);
        let function = t.has(F_CUE | F_NOMINAL_STOP | F_AUX | F_DETS);
        t.has(F_GROUP_NOUN | F_TITLE | F_ORG_WORD | F_REPORT_NOUN)
            || (!function && (after_det || self.word(t).ends_with('s')))
    }

    fn np_core_before(&self, toks: &[Tok], c: usize, lo: usize) -> Option<(usize, Span, Np)> {
        let j = self.np_last_before(toks, c, lo)?;
        let t = toks.get(j)?;
        let w = self.lw(t);
        if t.has(F_PRONOUN) {
            if matches!(w.as_str(), "him" | "them" | "his" | "their" | "her" | "you")
                || (w == "it" && j + 1 != c)
            {
                return None;
            }
            let k = if matches!(w.as_str(), "who" | "which") {
                Np::Relative
            } else {
                Np::Pronoun
            };
            return Some((j, t.span, k));
        }
        if w == "that" {
            return None;
        }
        if is_quantifier(w.as_str()) && (j == lo || !toks.get(j - 1).is_some_and(|p| p.is_word())) {
            // "Some say ...", "Many argue ...": a quantifier standing alone is the subject
            return Some((j, t.span, Np::Nominal));
        }
        if strip_possessive(self.word(t)).len() != self.word(t).len() {
            // "Trump's claims": a possessive modifies the noun, it is no subject.
            return None;
        }
        if t.cap && !t.has(F_STOP_CAP) {
            return self.name_ending_at(toks, j, lo);
        }
        self.nominal_ending_at(toks, j, lo)
    }

    /// The last token of the noun phrase before cue `c`: skips the cue's verb group, time
    /// words and one parenthetical; `None` for a passive speech verb.
    fn np_last_before(&self, toks: &[Tok], c: usize, lo: usize) -> Option<usize> {
        // "was revealed", "were asked": a passive speech verb has no speaker subject (a
        // progressive, "is telling", has one). The subject ends before the verb group
        // ("Miller didn't say").
        let group = verb_group(self.text, toks, c, lo);
        let cue_class = toks.get(c).and_then(|t| t.cue);
        if cue_class == Some(CueClass::Speech) && group.passive {
            return None;
        }
        let mut j = group.first.checked_sub(1)?;
        let mut skipped_paren = false;
        loop {
            if j < lo {
                return None;
            }
            let t = toks.get(j)?;
            // "Sen. Chuck Schumer (D-N.Y.) said": skip one parenthetical.
            if t.is_punct(')') && !skipped_paren {
                skipped_paren = true;
                let mut k = j;
                while k > lo && j - k < 10 {
                    k -= 1;
                    if toks.get(k).is_some_and(|x| x.is_punct('(')) {
                        break;
                    }
                }
                if !toks.get(k).is_some_and(|x| x.is_punct('(')) || k == 0 {
                    return None;
                }
                j = k - 1;
                continue;
            }
            if !t.is_word() || !t.outside() {
                return None;
            }
            let w = self.lw(t);
            let adverb = !t.cap && w.len() > 4 && w.ends_with("ly") && w != "only";
            let when = is_when_word(w.as_str());
            if t.has(F_AUX) || adverb || w == "n't" || when {
                j = j.checked_sub(1)?;
                continue;
            }
            return Some(j);
        }
    }

    /// A capitalized name ending at token `j` (with connectors and honorifics).
    fn name_ending_at(&self, toks: &[Tok], j: usize, lo: usize) -> Option<(usize, Span, Np)> {
        let t = toks.get(j)?;
        let mut k = j;
        while k > lo {
            let Some(p) = toks.get(k - 1) else { break };
            if (self.is_cap_word(p) && !self.lw_is(Some(p), F_STOP_CAP))
                || self.is_connector(p)
                || (p.is_word() && p.outside() && p.has(F_HONORIFIC))
            {
                k -= 1;
            } else {
                break;
            }
        }
        // include a possessive-less det + lowercase title before the name
        let first = toks.get(k)?;
        Some((k, Span::new(first.span.start, t.span.end), Np::Name))
    }

    /// A lower-case nominal ending at token `j`: "the spokesperson", "officials".
    fn nominal_ending_at(&self, toks: &[Tok], j: usize, lo: usize) -> Option<(usize, Span, Np)> {
        let t = toks.get(j)?;
        let w = self.lw(t);
        if t.cap || t.has(F_NOMINAL_STOP | F_STOP_CAP | F_DETS) || w == "much" {
            return None;
        }
        if is_time_noun(w.as_str()) {
            // "at the time said": a time phrase, not a speaker
            return None;
        }
        let head_ok = t.has(F_GROUP_NOUN | F_TITLE | F_ORG_WORD);
        let mut k = j;
        let mut found_det = false;
        let mut has_cap = false;
        while k > lo && j - k < 6 {
            let Some(p) = toks.get(k - 1) else { break };
            if !p.is_word() || !p.outside() {
                break;
            }
            if p.has(F_DETS) {
                k -= 1;
                found_det = true;
                break;
            }
            if p.has(F_NOMINAL_STOP) || (p.has(F_STOP_CAP) && !p.cap) {
                break;
            }
            if p.has(F_CUE) && !p.cap {
                break;
            }
            if p.cap {
                has_cap = true;
            }
            k -= 1;
        }
        // "But specialists say ...": a bare plural names people enough
        let plural = {
            let w = self.word(t);
            w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
        };
        if !(found_det || head_ok || has_cap || plural) {
            return None;
        }
        if !found_det && !head_ok && !plural && j == k {
            return None;
        }
        let first = toks.get(k)?;
        Some((k, Span::new(first.span.start, t.span.end), Np::Nominal))
    }

    /// Like [`Self::np_before`], also across an apposition: `Jeff Weaver, the manager, said`
    /// → "Jeff Weaver"; `The opposition leader, Keir Starmer, said` → "Keir Starmer" (a name
    /// in apposition to a role).
    pub(crate) fn np_before_appos(
        &self,
        toks: &[Tok],
        c: usize,
        lo: usize,
    ) -> Option<(usize, Span, Np)> {
        if let Some(x) = self.np_before(toks, c, lo) {
            return Some(x);
        }
        // the comma closing the apposition comes before the verb group: "Ryan, the House
        // speaker, has said"
        let c = verb_group(self.text, toks, c, lo).first;
        if let Some(x) = self.np_before_dashes(toks, c, lo) {
            return Some(x);
        }
        if c == 0 || !toks.get(c - 1).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let mut k = c - 1;
        let mut commas = 0;
        while k > lo && c - k < 30 {
            k -= 1;
            let t = toks.get(k)?;
            if t.is_punct(',') {
                if let Some(r) = self.np_before(toks, k, lo) {
                    if r.2 == Np::Nominal && commas == 0 {
                        // "The opposition leader, Keir Starmer, said": the name in apposition
                        // to a role names the speaker
                        // (the phrase, role and name, starts with the role)
                        if let Some((_, name, np)) = self.name_between(toks, k + 1, c - 1) {
                            return Some((r.0, name, np));
                        }
                    }
                    return (r.2 != Np::Relative).then_some(r);
                }
                commas += 1;
                if commas >= 3 {
                    return None;
                }
            }
            if !t.outside() || matches!(t.kind, Kind::Punct('.' | ';' | ':')) {
                return None;
            }
        }
        // "David Feder, later said": a name opening the sentence, a stray comma, the verb
        (k <= lo && commas == 0)
            .then(|| self.np_before(toks, c - 1, lo))
            .flatten()
            .filter(|r| r.2 == Np::Name && r.0 == lo)
    }

    /// The noun phrase before an apposition between dashes that ends right before token
    /// `c`: `Jason Sims — a teacher from Ohio — says` → "Jason Sims".
    fn np_before_dashes(&self, toks: &[Tok], c: usize, lo: usize) -> Option<(usize, Span, Np)> {
        let dash = |t: &Tok| matches!(t.kind, Kind::Punct('—' | '–'));
        if c == 0 || !toks.get(c - 1).is_some_and(dash) {
            return None;
        }
        let open = (c.saturating_sub(16).max(lo + 1)..c - 1)
            .rev()
            .find(|&k| toks.get(k).is_some_and(dash))?;
        let between = toks.get(open + 1..c - 1)?;
        if between.iter().any(|t| !t.outside() || t.is_punct('.')) {
            return None;
        }
        self.np_before(toks, open, lo)
            .filter(|r| matches!(r.2, Np::Name | Np::Nominal))
    }

    /// Tokens `a..b` as one capitalized name (with connectors and honorifics): its first
    /// token, span and kind.
    fn name_between(&self, toks: &[Tok], a: usize, b: usize) -> Option<(usize, Span, Np)> {
        let first = toks
            .get(a)
            .filter(|t| self.is_cap_word(t) && !t.has(F_STOP_CAP))?;
        let last = toks
            .get(b.checked_sub(1)?)
            .filter(|t| self.is_cap_word(t))?;
        let all_name = toks.get(a..b)?.iter().all(|t| {
            (self.is_cap_word(t) && !t.has(F_STOP_CAP))
                || self.is_connector(t)
                || t.has(F_HONORIFIC)
        });
        all_name.then(|| (a, Span::new(first.span.start, last.span.end), Np::Name))
    }

    /// Noun phrase starting right after token `c`. Returns (end index exclusive, span, kind).
    pub(crate) fn np_after(&self, toks: &[Tok], c: usize) -> Option<(usize, Span, Np)> {
        let j = c + 1;
        let t = toks.get(j)?;
        if !t.is_word() || !t.outside() {
            return None;
        }
        let w = self.lw(t);
        if t.has(F_PRONOUN) {
            if matches!(w.as_str(), "he" | "she" | "they" | "we" | "i") {
                return Some((j + 1, t.span, Np::Pronoun));
            }
            return None;
        }
        let start_det = t.has(F_DETS);
        // "said port director Luis Gómez": a modifier before a role noun
        let role_next = toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && n.outside() && n.has(F_TITLE));
        let title_start = t.has(F_TITLE | F_GROUP_NOUN) || role_next;
        if !(t.cap || start_det || title_start) {
            return None;
        }
        let (k, has_cap) = self.np_after_end(toks, j);
        if k == j {
            return None;
        }
        let last = toks.get(k - 1)?;
        let kind = if has_cap && last.cap {
            Np::Name
        } else {
            Np::Nominal
        };
        if !has_cap && !start_det && !title_start {
            return None;
        }
        Some((k, Span::new(t.span.start, last.span.end), kind))
    }

    /// Like [`Self::np_after`], with a preposition and its noun phrase after the head
    /// (twice at most): `said the minister of the interior`, `said a spokesman for the
    /// department`.
    pub(crate) fn np_after_widened(&self, toks: &[Tok], c: usize) -> Option<(usize, Span, Np)> {
        let (mut ne, mut span, kind) = self.np_after(toks, c)?;
        for _ in 0..2 {
            let prep = toks.get(ne).filter(|p| {
                p.is_word()
                    && p.outside()
                    && matches!(&*self.lw(p), "of" | "for" | "at" | "in" | "from" | "with")
            });
            let Some((ne2, sp2, _)) = prep.and_then(|_| self.np_after(toks, ne)) else {
                break;
            };
            (ne, span) = (ne2, Span::new(span.start, sp2.end));
        }
        Some((ne, span, kind))
    }

    /// End (exclusive) of the noun phrase starting at token `j`, and whether it holds a
    /// capitalized word.
    fn np_after_end(&self, toks: &[Tok], j: usize) -> (usize, bool) {
        let mut k = j;
        let mut has_cap = false;
        while let Some(u) = toks.get(k) {
            if !u.is_word() || !u.outside() || k - j > 8 {
                break;
            }
            // (a determiner after the head starts another phrase: "told officials the
            // plan would fail")
            let next_phrase = !u.cap && u.has(F_ARTICLES);
            if k > j
                && (u.has(F_NOMINAL_STOP)
                    || next_phrase
                    || (!u.cap && u.has(F_CUE))
                    || u.has(F_PRONOUN)
                    || (has_cap
                        && !u.cap
                        && !self.is_connector(u)
                        && !u.has(F_TITLE | F_GROUP_NOUN | F_ORG_WORD)))
            {
                break;
            }
            if u.cap {
                has_cap = true;
            }
            k += 1;
            if strip_possessive(self.word(u)).len() != self.word(u).len()
                && !toks.get(k).is_some_and(|v| v.is_word() && v.has(F_TITLE))
            {
                break;
            }
        }
        (k, has_cap)
    }

    /// The source after `according to` (token `c` is "to"): a speaker phrase as after a
    /// cue, an object pronoun ("according to him"), or any short noun phrase ("state law",
    /// "early results of exit polls", "his Facebook profile").
    pub(crate) fn source_after(
        &self,
        toks: &[Tok],
        c: usize,
        e: usize,
    ) -> Option<(usize, Span, Np)> {
        if let Some(x) = self.np_after(toks, c) {
            return Some(x);
        }
        let j = c + 1;
        let t = toks.get(j)?;
        if !t.is_word() || !t.outside() {
            return None;
        }
        let w = self.lw(t);
        if matches!(w.as_str(), "him" | "her" | "them" | "us" | "me") {
            let her_det = w == "her"
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && n.outside() && j + 1 < e);
            if !her_det {
                return Some((j + 1, t.span, Np::Pronoun));
            }
        }
        let mut k = j;
        while let Some(u) = toks.get(k) {
            if k >= e || !u.is_word() || !u.outside() || k - j >= 8 {
                break;
            }
            if k > j && (u.has(F_NOMINAL_STOP) || u.has(F_PRONOUN)) {
                break;
            }
            k += 1;
        }
        if k == j {
            return None;
        }
        let last = toks.get(k - 1)?;
        Some((k, Span::new(t.span.start, last.span.end), Np::Nominal))
    }

    /// A capitalized name at token `start` followed by a comma, with only words and commas
    /// (appositions) from there to the cue at `c`, the last one a comma: the name's span.
    pub(crate) fn leading_name(&self, toks: &[Tok], start: usize, c: usize) -> Option<Span> {
        let first = toks.get(start)?;
        if !(first.is_word() && first.cap && first.outside()) || self.lw_is(Some(first), F_STOP_CAP)
        {
            return None;
        }
        let mut k = start;
        while toks.get(k + 1).is_some_and(|u| self.is_cap_word(u)) && k + 1 < c {
            k += 1;
        }
        let last = toks.get(k)?;
        let between = toks.get(k + 1..c)?;
        let ok = between.first().is_some_and(|x| x.is_punct(','))
            && between.last().is_some_and(|x| x.is_punct(','))
            && between
                .iter()
                .all(|x| x.outside() && (x.is_word() || x.is_punct(',') || x.is_punct('-')))
            && between.iter().all(|x| self.cue_of(x).is_none());
        ok.then(|| Span::new(first.span.start, last.span.end))
    }

    /// `, R-Ky.,` right before token `c`: the index of the comma opening the tag.
    pub(crate) fn party_tag_before(&self, toks: &[Tok], c: usize) -> Option<usize> {
        let close = toks.get(c.checked_sub(1)?)?;
        let tag = toks.get(c.checked_sub(2)?)?;
        let open = c.checked_sub(3)?;
        let is_tag = tag.is_word() && tag.cap && {
            let w = self.word(tag);
            w.len() <= 10
                && matches!(w.as_bytes().get(1), Some(b'-'))
                && matches!(w.as_bytes().first(), Some(b'R' | b'D' | b'I'))
        };
        (close.is_punct(',') && is_tag && toks.get(open)?.is_punct(',')).then_some(open)
    }

    /// "Trump's" / "Trump's fawning": a phrase ending in a possessive or in a modifier
    /// after one names no speaker ("Trump's spokesman" does).
    pub(crate) fn possessed_non_person(&self, sp: Span) -> bool {
        let t = sp.text(self.text);
        let mut words = t.split_whitespace().rev();
        let Some(last) = words.next() else {
            return false;
        };
        if strip_possessive(last).len() != last.len() {
            return true;
        }
        let modifier = last.ends_with("ing") || last.ends_with("ed");
        modifier
            && words
                .next()
                .is_some_and(|w| strip_possessive(w).len() != w.len())
    }

    /// "the caustic (chant)", "an unprompted (call)": a phrase ending in an adjective, so
    /// the cue word after it is a noun. An unknown lower-case head that is no plural and
    /// no role, group, organization or report noun.
    pub(crate) fn adjective_head(&self, sp: Span) -> bool {
        let Some(head) = sp.text(self.text).split_whitespace().last() else {
            return false;
        };
        let head = strip_possessive(head);
        head.chars().next().is_some_and(char::is_lowercase)
            && !head.ends_with('s')
            && !self.lex.is_title(head)
            && !self.lex.is_group_noun(head)
            && !self.lex.is_org_word(head)
            && !self.lex.is_report_noun(head)
            && (head.ends_with("ic")
                || head.ends_with("ed")
                || head.ends_with("est")
                || head.ends_with("ful")
                || head.ends_with("ous")
                || head.ends_with("al")
                || head.ends_with("ive")
                || head.ends_with("ing"))
    }

    /// The speaker mention of the first statement whose cue lies in tokens `lo..hi` of
    /// block `b` ("X said Y, adding that Z": the participle's speaker is X; "X said she
    /// believes Y, adding Z": X too), not counting a relative clause's ("an architect who
    /// said he was stiffed") nor a noun's owner ("her criticism of").
    pub(crate) fn speaker_in_sentence(
        &self,
        b: &BlockData,
        lo: usize,
        hi: usize,
    ) -> Option<Mention> {
        let toks = &b.toks;
        let (start, end) = (toks.get(lo)?.span.start, toks.get(hi)?.span.start);
        // (the earliest of the last six statements)
        let recent = self.drafts.get(self.drafts.len().saturating_sub(6)..)?;
        let d = recent.iter().find(|d| {
            d.block == b.idx
                && d.cue.is_some_and(|cu| cu.start >= start && cu.end <= end)
                && d.speaker
                    .is_some_and(|(sp, np)| np != Np::Relative && !self.possessive(sp))
        })?;
        let (sp, np) = d.speaker?;
        let k = toks.iter().position(|t| t.span.start == sp.start)?;
        Some((sp, np, k))
    }

    /// Whether mention `sp` is a possessive ("her", "Trump's"): the owner of a noun, not
    /// a clause's subject.
    fn possessive(&self, sp: Span) -> bool {
        let w = sp.text(self.text);
        strip_possessive(w).len() != w.len()
            || ["his", "her", "its", "their", "our", "my", "your"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
    }

    /// The sentence subject: the first name or pronoun (or subject of an earlier cue) in
    /// `lo..hi`.
    pub(crate) fn subject(&self, b: &BlockData, lo: usize, hi: usize) -> Option<(Span, Np, usize)> {
        let toks = &b.toks;
        // Bounded look-back keeps giant sentences linear.
        let lo = lo.max(hi.saturating_sub(80));
        // "After meeting Roe, Trump spoke ...": a leading subordinate or participle clause
        // holds no subject of the main clause
        let leading = toks.get(lo).is_some_and(|t| {
            t.is_word() && (t.has(F_SUBORDINATE_LEAD) || (t.cap && self.word(t).ends_with("ing")))
        });
        let lo = match first_in(b.bounds, lo, hi, Bound::Comma) {
            Some(k) if leading => k + 1,
            _ => lo,
        };
        for c in lo..hi {
            let t = toks.get(c)?;
            if self.cue_of(t).is_some() {
                if let Some((k, s, np)) = self.np_before(toks, c, lo) {
                    return Some((s, np, k));
                }
            }
        }
        // first pronoun / capitalized name not after a preposition
        let mut k = lo;
        while k < hi {
            let t = toks.get(k)?;
            if t.is_word() && t.outside() {
                let w = self.lw(t);
                let after_prep = k > lo && self.lw_is(toks.get(k - 1), F_NOMINAL_STOP);
                if matches!(w.as_str(), "he" | "she" | "they") && !after_prep {
                    return Some((t.span, Np::Pronoun, k));
                }
                // (not a dateline place in capitals, nor "Speaking ...")
                let w = self.word(t);
                let dateline_or_participle =
                    (w.len() >= 3 && !w.chars().any(char::is_lowercase)) || w.ends_with("ing");
                if t.cap && !t.has(F_STOP_CAP) && !after_prep && !dateline_or_participle {
                    let mut e = k;
                    while toks.get(e + 1).is_some_and(|u| self.is_cap_word(u)) {
                        e += 1;
                    }
                    let last = toks.get(e)?;
                    return Some((Span::new(t.span.start, last.span.end), Np::Name, k));
                }
                if t.cap && after_prep {
                    // skip a prepositional name
                    while toks.get(k + 1).is_some_and(|u| self.is_cap_word(u)) {
                        k += 1;
                    }
                }
            }
            k += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::first_speaker as speaker;

    #[test]
    fn a_head_noun_and_its_preposition_belong_to_the_speaker() {
        assert_eq!(
            speaker("Critics of the plan say it will fail."),
            "Critics of the plan"
        );
        assert_eq!(
            speaker("A source in the ministry said the talks had stalled."),
            "A source in the ministry"
        );
        assert_eq!(
            speaker("The head of the agency said the plan would fail."),
            "The head of the agency"
        );
    }

    #[test]
    fn coordinated_names_are_one_mention() {
        assert_eq!(
            speaker("Burton and Nick said the plan would fail."),
            "Burton and Nick"
        );
        assert_eq!(
            speaker("Union members and leaders say the attraction is manifold."),
            "Union members and leaders"
        );
    }

    #[test]
    fn the_antecedent_of_a_relative_clause_is_the_subject() {
        assert_eq!(
            speaker("Executives who have worked with Lachlan Murdoch say he is cautious."),
            "Executives who have worked with Lachlan Murdoch"
        );
    }

    #[test]
    fn the_subject_ends_before_the_verb_group() {
        assert_eq!(
            speaker("Miller didn't say whether the plan would fail."),
            "Miller"
        );
        assert_eq!(
            speaker("The aides have repeatedly said the plan would fail."),
            "The aides"
        );
    }

    #[test]
    fn a_passive_speech_verb_has_no_speaker_subject() {
        // "The plan" was criticized; it said nothing
        let found = crate::quotes::rules::testing::statements(
            "T\n\nThe plan was widely criticized as a giveaway.",
        );
        assert!(!found.contains("speaker: The plan"), "{found}");
    }

    #[test]
    fn a_name_in_apposition_to_a_role_names_the_speaker() {
        assert_eq!(
            speaker("The opposition leader, Keir Starmer, said the plan would fail."),
            "Keir Starmer"
        );
        // and the name before its role is the speaker as before
        assert_eq!(
            speaker("Matthew Miller, the State Department spokesperson, said talks would resume."),
            "Matthew Miller"
        );
    }

    #[test]
    fn an_apposition_before_a_verb_group_and_a_stray_comma_keep_the_subject() {
        assert_eq!(
            speaker("Ryan, the House speaker, has said the plan would fail."),
            "Ryan"
        );
        assert_eq!(
            speaker("David Feder, later said the plan would fail."),
            "David Feder"
        );
    }

    #[test]
    fn a_noun_after_a_preposition_belongs_to_the_head_before_it() {
        assert_eq!(
            speaker("Many women in politics say the plan would fail."),
            "Many women in politics"
        );
    }

    #[test]
    fn a_participle_takes_the_main_clause_subject_not_a_name_in_a_leading_clause() {
        let found = crate::quotes::rules::testing::statements(
            "T\n\nAfter meeting Roe, Trump spoke to reporters, saying the talks went well.",
        );
        assert_eq!(
            found,
            "Indirect [the talks went well] cue: saying, speaker: Trump"
        );
    }
}
