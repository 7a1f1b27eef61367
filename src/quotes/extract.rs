//! The extraction passes (crate-internal). See the module docs of [`crate::quotes`].

use super::lexicon::{CueClass, Lexicons};
use super::tokens::{sentence_ends, tokenize, Kind, Tok};
use super::words::*;
use super::{Quote, QuoteKind, Quotes};
use crate::article::{Article, BlockKind};
use crate::lexicon::Vocab;
use crate::speakers::{strip_possessive, Gender, Resolver, Speaker, SpeakerKind};
use crate::text::marks::{scan_into, Quotation, QuoteStyle};
use crate::Span;

struct BlockData {
    idx: usize,
    kind: BlockKind,
    span: Span,
    quots: Vec<Quotation>,
    toks: Vec<Tok>,
    ends: Vec<usize>,
    /// Token index of the open/close mark of each quotation (close = None if unclosed).
    marks: Vec<(usize, Option<usize>)>,
}

/// A speaker mention: span, kind, index of its first token.
type Mention = (Span, Np, usize);
/// An attribution: cue span and speaker mention.
type Attr = (Option<Span>, Option<Mention>);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Np {
    Pronoun,
    Relative,
    Name,
    Nominal,
}

struct Draft {
    kind: QuoteKind,
    content: Vec<Span>,
    cue: Option<Span>,
    speaker: Option<(Span, Np)>,
    entity: Option<usize>,
    confidence: f32,
    block: usize,
    block_kind: BlockKind,
}

fn eligible(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Body | BlockKind::Caption | BlockKind::Headline | BlockKind::Subheadline
    )
}

struct Ctx<'a> {
    text: &'a str,
    lex: &'a Lexicons,
    res: Resolver,
    drafts: Vec<Draft>,
    terms: Vec<Span>,
}

impl<'a> Ctx<'a> {
    fn word(&self, t: &Tok) -> &str {
        t.span.text(self.text)
    }

    fn lw(&self, t: &Tok) -> Low<'a> {
        Low::new(t.span.text(self.text))
    }

    /// A word whose lower-cased text is in one of the lists `flags` names.
    fn lw_is(&self, t: Option<&Tok>, flags: u64) -> bool {
        t.is_some_and(|t| t.is_word() && t.has(flags))
    }

    fn cue_of(&self, t: &Tok) -> Option<CueClass> {
        t.cue
    }

    fn is_connector(&self, t: &Tok) -> bool {
        self.lw_is(Some(t), F_CONNECTORS)
    }

    /// Capitalized name-ish token (not a sentence-function word).
    fn is_cap_word(&self, t: &Tok) -> bool {
        t.is_word() && t.outside() && t.cap
    }

    // ---------------------------------------------------------------- pass 1: names

    fn find_names(&mut self, toks: &[Tok]) {
        let n = toks.len();
        let mut i = 0;
        while i < n {
            let Some(t) = toks.get(i) else { break };
            if !self.is_cap_word(t) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while let Some(u) = toks.get(j) {
                if self.is_cap_word(u) {
                    // possessive ends the run
                    let prev_poss = toks.get(j - 1).is_some_and(|p| {
                        strip_possessive(self.word(p)).len() != self.word(p).len()
                    });
                    if prev_poss {
                        break;
                    }
                    j += 1;
                } else if self.is_connector(u)
                    && toks.get(j + 1).is_some_and(|v| self.is_cap_word(v))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let mut s = i;
            while s < j && toks.get(s).is_some_and(|x| self.lw_is(Some(x), F_STOP_CAP)) {
                s += 1;
            }
            if s < j {
                let subject = i == 0
                    || toks
                        .get(i - 1)
                        .is_some_and(|p| matches!(p.kind, Kind::Punct('.' | '!' | '?')));
                self.add_run(toks, s, j, subject);
            }
            i = j;
        }
    }

    fn add_run(&mut self, toks: &[Tok], s: usize, e: usize, subject: bool) {
        let lex = self.lex;
        // single group nouns ("Democrats") are not names
        if e == s + 1 && toks.get(s).is_some_and(|t| lex.is_group_noun(self.word(t))) {
            return;
        }
        // title prefix
        let mut name_start = s;
        for k in s..e {
            if let Some(t) = toks.get(k) {
                let w = self.word(t);
                if lex.is_title(w) && k + 1 < e && lex.honorific(w).is_none() {
                    name_start = k + 1;
                }
            }
        }
        let mut honorific = None;
        let mention_start = name_start;
        if let Some(t) = toks.get(name_start) {
            if let Some(g) = lex.honorific(self.word(t)) {
                honorific = Some(g);
                if name_start + 1 < e {
                    name_start += 1;
                } else {
                    return;
                }
            }
        }
        let (Some(ms), Some(ns), Some(last)) = (
            toks.get(mention_start),
            toks.get(name_start),
            toks.get(e - 1),
        ) else {
            return;
        };
        let mention = Span::new(ms.span.start, last.span.end);
        let name = Span::new(ns.span.start, last.span.end);
        // description: title prefix plus lowercase titles just before the run
        let mut d0 = s;
        let mut k = s;
        while k > 0 && s - k < 5 {
            let Some(p) = toks.get(k - 1) else { break };
            if p.is_word()
                && p.outside()
                && (lex.is_title(self.word(p)) || (p.cap && !self.lw_is(Some(p), F_STOP_CAP)))
            {
                k -= 1;
                if lex.is_title(self.word(p)) {
                    d0 = k;
                }
            } else {
                break;
            }
        }
        let mut desc: Option<Span> = None;
        let titled = name_start > s || d0 < s;
        if d0 < name_start {
            if let (Some(a), Some(b)) = (toks.get(d0), toks.get(mention_start.wrapping_sub(1))) {
                if mention_start > d0 {
                    desc = Some(Span::new(a.span.start, b.span.end));
                }
            }
        }
        // apposition: ", (the|a) ... title ... ,"
        if desc.is_none() && toks.get(e).is_some_and(|t| t.is_punct(',')) {
            let mut k = e + 1;
            if self.lw_is(toks.get(k), F_ARTICLES) {
                k += 1;
            }
            let st = k;
            let mut has_title = false;
            while let Some(t) = toks.get(k) {
                if !t.is_word() || !t.outside() || k - st > 8 {
                    break;
                }
                if self.lw_is(Some(t), F_NAME_END) {
                    has_title = false;
                    break;
                }
                if lex.is_title(self.word(t)) {
                    has_title = true;
                }
                k += 1;
            }
            let closes = toks
                .get(k)
                .is_some_and(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(';'))
                || k >= toks.len();
            if has_title && closes && k > st {
                if let (Some(a), Some(b)) = (toks.get(st), toks.get(k - 1)) {
                    desc = Some(Span::new(a.span.start, b.span.end));
                }
            }
        }
        let text = self.text;
        let desc_text = desc.map(|d| d.text(text));
        let id = self
            .res
            .add_name(text, name, honorific, desc_text, titled, subject, lex);
        if mention != name {
            if let Some(en) = self.res.entities.get_mut(id) {
                if let Some(m) = en.mentions.last_mut() {
                    *m = mention;
                }
            }
        }
    }

    // ---------------------------------------------------------------- noun phrases

    /// Noun phrase ending right before token `c` (skipping auxiliaries/adverbs), not before
    /// `lo`. Returns (first token index, span, kind).
    fn np_before(&self, toks: &[Tok], c: usize, lo: usize) -> Option<(usize, Span, Np)> {
        let mut j = c.checked_sub(1)?;
        // "was revealed", "were asked": a passive speech verb has no speaker subject (a
        // progressive, "is telling", has one).
        let cue_class = toks.get(c).and_then(|t| t.cue);
        let progressive = toks.get(c).is_some_and(|t| self.word(t).ends_with("ing"));
        if cue_class == Some(CueClass::Speech)
            && !progressive
            && self.lw_is(toks.get(j), F_BE_FORMS)
        {
            return None;
        }
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
            let when = matches!(
                w.as_str(),
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
            );
            if t.has(F_AUX) || adverb || w == "n't" || when {
                j = j.checked_sub(1)?;
                continue;
            }
            break;
        }
        let t = toks.get(j)?;
        let w = self.lw(t);
        if let Some((_, _)) = self.lex.pronoun(&w) {
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
        if strip_possessive(self.word(t)).len() != self.word(t).len() {
            // "Trump's claims": a possessive modifies the noun, it is no subject.
            return None;
        }
        if t.cap && !t.has(F_STOP_CAP) {
            let mut k = j;
            while k > lo {
                let Some(p) = toks.get(k - 1) else { break };
                if (self.is_cap_word(p) && !self.lw_is(Some(p), F_STOP_CAP))
                    || self.is_connector(p)
                    || (p.is_word() && p.outside() && self.lex.honorific(self.word(p)).is_some())
                {
                    k -= 1;
                } else {
                    break;
                }
            }
            // include a possessive-less det + lowercase title before the name
            let first = toks.get(k)?;
            return Some((k, Span::new(first.span.start, t.span.end), Np::Name));
        }
        // lowercase nominal
        if t.cap || t.has(F_NOMINAL_STOP | F_STOP_CAP | F_DETS) || w == "much" {
            return None;
        }
        if matches!(
            w.as_str(),
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
        ) {
            // "at the time said": a time phrase, not a speaker
            return None;
        }
        let head_ok =
            self.lex.is_group_noun(&w) || self.lex.is_title(&w) || self.lex.is_org_word(&w);
        let mut k = j;
        let mut found_det = false;
        let mut has_cap = false;
        while k > lo && j - k < 6 {
            let Some(p) = toks.get(k - 1) else { break };
            if !p.is_word() || !p.outside() {
                break;
            }
            let pw = self.lw(p);
            if p.has(F_DETS) {
                k -= 1;
                found_det = true;
                break;
            }
            if p.has(F_NOMINAL_STOP) || (p.has(F_STOP_CAP) && !p.cap) {
                break;
            }
            if self.lex.cue(&pw).is_some() && !p.cap {
                break;
            }
            if p.cap {
                has_cap = true;
            }
            k -= 1;
        }
        if !(found_det || head_ok || has_cap) {
            return None;
        }
        if !found_det && !head_ok && j == k {
            return None;
        }
        let first = toks.get(k)?;
        Some((k, Span::new(first.span.start, t.span.end), Np::Nominal))
    }

    /// Like [`Self::np_before`], also skipping an apposition: `Jeff Weaver, the manager, said`.
    fn np_before_appos(&self, toks: &[Tok], c: usize, lo: usize) -> Option<(usize, Span, Np)> {
        if let Some(x) = self.np_before(toks, c, lo) {
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
        None
    }

    /// Noun phrase starting right after token `c`. Returns (end index exclusive, span, kind).
    fn np_after(&self, toks: &[Tok], c: usize) -> Option<(usize, Span, Np)> {
        let j = c + 1;
        let t = toks.get(j)?;
        if !t.is_word() || !t.outside() {
            return None;
        }
        let w = self.lw(t);
        if let Some(_p) = self.lex.pronoun(&w) {
            if matches!(w.as_str(), "he" | "she" | "they" | "we" | "i") {
                return Some((j + 1, t.span, Np::Pronoun));
            }
            return None;
        }
        let mut k = j;
        let mut has_cap = false;
        let start_det = t.has(F_DETS);
        // "said port director Luis Gómez": a modifier before a role noun
        let role_next = toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && n.outside() && self.lex.is_title(self.word(n)));
        let title_start = self.lex.is_title(&w) || self.lex.is_group_noun(&w) || role_next;
        if !(t.cap || start_det || title_start) {
            return None;
        }
        while let Some(u) = toks.get(k) {
            if !u.is_word() || !u.outside() || k - j > 8 {
                break;
            }
            let uw = self.lw(u);
            if k > j
                && (u.has(F_NOMINAL_STOP)
                    || (!u.cap && self.lex.cue(&uw).is_some())
                    || self.lex.pronoun(&uw).is_some()
                    || (has_cap
                        && !u.cap
                        && !self.is_connector(u)
                        && !self.lex.is_title(&uw)
                        && !self.lex.is_group_noun(&uw)
                        && !self.lex.is_org_word(&uw)))
            {
                break;
            }
            if u.cap {
                has_cap = true;
            }
            k += 1;
            if strip_possessive(self.word(u)).len() != self.word(u).len()
                && !toks
                    .get(k)
                    .is_some_and(|v| v.is_word() && self.lex.is_title(self.word(v)))
            {
                break;
            }
        }
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

    /// The source after `according to` (token `c` is "to"): a speaker phrase as after a
    /// cue, an object pronoun ("according to him"), or any short noun phrase ("state law",
    /// "early results of exit polls", "his Facebook profile").
    fn source_after(&self, toks: &[Tok], c: usize, e: usize) -> Option<(usize, Span, Np)> {
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
            let uw = self.lw(u);
            if k > j && (u.has(F_NOMINAL_STOP) || self.lex.pronoun(&uw).is_some()) {
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

    // ---------------------------------------------------------------- resolution

    fn resolve(&mut self, span: Span, np: Np, toks: &[Tok], first_tok: usize) -> Option<usize> {
        let text = self.text;
        match np {
            Np::Name => {
                if let Some(id) = self.res.entity_at(span) {
                    return Some(id);
                }
                let s = span.text(text);
                let lastw = s.split_whitespace().last().unwrap_or("");
                if self.lex.is_group_noun(strip_possessive(lastw)) {
                    return Some(self.res.add_other(span, SpeakerKind::Group));
                }
                None
            }
            Np::Pronoun => {
                let w = span.text(text);
                let (g, n) = self.lex.pronoun(w)?;
                if matches!(w.to_ascii_lowercase().as_str(), "i" | "we" | "you") {
                    return self.res.last_speaker;
                }
                self.res.resolve_pronoun(span.start, g, n)
            }
            Np::Relative => {
                let (sp, kind) = self.antecedent(toks, first_tok)?;
                self.resolve(sp, kind, toks, first_tok)
            }
            Np::Nominal => {
                let s = span.text(text);
                let head = strip_possessive(s.split_whitespace().last().unwrap_or(""));
                if let Some(id) = self.res.resolve_nominal(head, span.start) {
                    return Some(id);
                }
                if self.lex.is_group_noun(head) {
                    return Some(self.res.add_other(span, SpeakerKind::Group));
                }
                if self.lex.is_org_word(head) {
                    return Some(self.res.add_other(span, SpeakerKind::Organization));
                }
                self.res.entity_at(span)
            }
        }
    }

    /// The antecedent of a relative pronoun at token `first_tok`: the phrase before
    /// ", who".
    fn antecedent(&self, toks: &[Tok], first_tok: usize) -> Option<(Span, Np)> {
        let mut k = first_tok;
        if k > 0 && toks.get(k - 1).is_some_and(|t| t.is_punct(',')) {
            k -= 1;
        }
        let (_, sp, kind) = self.np_before(toks, k, 0)?;
        (kind != Np::Relative).then_some((sp, kind))
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: QuoteKind,
        content: Vec<Span>,
        cue: Option<Span>,
        speaker: Option<Mention>,
        toks: &[Tok],
        base_conf: f32,
        b: &BlockData,
    ) -> usize {
        let (sp, entity) = match speaker {
            Some((s, np, ft)) => {
                let e = self.resolve(s, np, toks, ft);
                (Some((s, np)), e)
            }
            None => (None, None),
        };
        let mut conf = base_conf;
        conf *= match (sp.map(|x| x.1), entity) {
            (None, _) => 0.5,
            (Some(Np::Name), Some(_)) => 1.0,
            (Some(_), Some(_)) => 0.9,
            (Some(_), None) => 0.7,
        };
        if let Some(e) = entity {
            if let Some(en) = self.res.entities.get_mut(e) {
                en.spoke = true;
                if en.kind == SpeakerKind::Unknown && sp.is_some_and(|x| x.1 == Np::Pronoun) {
                    en.kind = SpeakerKind::Person;
                }
                if let Some((s, np)) = sp {
                    // Mentions come in text order; `finish` sorts and dedups them anyway.
                    // (`contains` here made an entity with many pronoun mentions quadratic.)
                    if np != Np::Name && en.mentions.last() != Some(&s) {
                        en.mentions.push(s);
                    }
                    // "A U.S. State Department spokesperson" describes the entity too.
                    if np == Np::Nominal && en.kind == SpeakerKind::Person {
                        let d = crate::speakers::one_space(s.text(self.text));
                        let d = ["a ", "an ", "the ", "A ", "An ", "The "]
                            .iter()
                            .find_map(|p| d.strip_prefix(p))
                            .unwrap_or(&d);
                        if d.contains(' ') {
                            en.describe(d);
                        }
                    }
                    if np == Np::Pronoun && en.gender == Gender::Unknown {
                        match s.text(self.text).to_ascii_lowercase().as_str() {
                            "he" => en.gender = Gender::Male,
                            "she" => en.gender = Gender::Female,
                            _ => {}
                        }
                    }
                }
            }
            self.res.last_speaker = Some(e);
        }
        self.drafts.push(Draft {
            kind,
            content,
            cue,
            speaker: sp,
            entity,
            confidence: conf.clamp(0.0, 1.0),
            block: b.idx,
            block_kind: b.kind,
        });
        self.drafts.len() - 1
    }

    /// Start of the reported clause that a quotation at token `oi` (quotation `qi`,
    /// sentence start `ss`) ends, when words without a cue precede it in its sentence:
    /// `in doing so he "made a mistake," Lichtman said` → the start of "in".
    fn clause_lead(&self, b: &BlockData, qi: usize, oi: usize, ss: usize) -> Option<usize> {
        let toks = &b.toks;
        let lo = qi
            .checked_sub(1)
            .and_then(|p| b.marks.get(p))
            .and_then(|m| m.1)
            .map_or(ss, |c| (c + 1).max(ss));
        let seg = toks.get(lo..oi)?;
        let words = seg.iter().filter(|t| t.is_word()).count();
        if words < 2 {
            return None;
        }
        let framed = seg.iter().any(|t| {
            t.kind == Kind::Open
                || matches!(t.kind, Kind::Punct(':' | '—' | '–' | '-' | ')'))
                || self.cue_of(t).is_some_and(|c| c != CueClass::Noun)
        });
        if framed {
            return None;
        }
        let first = seg.iter().position(|t| t.is_word())?;
        seg.get(first).map(|t| t.span.start)
    }

    /// A capitalized name at token `start` followed by a comma, with only words and commas
    /// (appositions) from there to the cue at `c`, the last one a comma: the name's span.
    fn leading_name(&self, toks: &[Tok], start: usize, c: usize) -> Option<Span> {
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
    fn party_tag_before(&self, toks: &[Tok], c: usize) -> Option<usize> {
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
    fn possessed_non_person(&self, sp: Span) -> bool {
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
    fn adjective_head(&self, sp: Span) -> bool {
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

    /// The speaker mention of the latest statement whose cue lies in tokens `lo..hi` of
    /// block `b` ("X said Y, adding that Z": the participle's speaker is X).
    fn speaker_in_sentence(&self, b: &BlockData, lo: usize, hi: usize) -> Option<Mention> {
        let toks = &b.toks;
        let (start, end) = (toks.get(lo)?.span.start, toks.get(hi)?.span.start);
        let d = self.drafts.iter().rev().take(4).find(|d| {
            d.block == b.idx && d.cue.is_some_and(|cu| cu.start >= start && cu.end <= end)
        })?;
        let (sp, np) = d.speaker?;
        let k = toks.iter().position(|t| t.span.start == sp.start)?;
        Some((sp, np, k))
    }

    /// A statement by the speaker of statement `prev`, with its own cue.
    fn follow_up(&mut self, prev: usize, content: Span, cue: Option<Span>, b: &BlockData) -> usize {
        let Some(d) = self.drafts.get(prev) else {
            return prev;
        };
        let draft = Draft {
            kind: QuoteKind::Direct,
            content: vec![content],
            cue,
            speaker: d.speaker,
            entity: d.entity,
            confidence: d.confidence,
            block: b.idx,
            block_kind: b.kind,
        };
        self.drafts.push(draft);
        self.drafts.len() - 1
    }

    // ---------------------------------------------------------------- direct quotes

    fn sentence_of(b: &BlockData, i: usize) -> (usize, usize) {
        // `ends` is sorted: binary search keeps this O(log n) per call.
        let k = b.ends.partition_point(|&e| e <= i);
        let start = k
            .checked_sub(1)
            .and_then(|j| b.ends.get(j))
            .copied()
            .unwrap_or(0);
        let end = b.ends.get(k).copied().unwrap_or(b.toks.len());
        (start, end)
    }

    /// Attribution after a closing mark at token `ci`: `, Miller said` / `said Miller` /
    /// `— Name`. Returns (cue span, speaker).
    fn attr_after(&self, b: &BlockData, ci: usize) -> Option<Attr> {
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
        // window: up to the next quotation or sentence punctuation
        let mut end = j;
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
        // cue in the first few words (an apposition may come first)
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
        if let Some(d) = dash {
            // `“Q” — Name` / `-Commissioner Name`, the quotation opening its sentence (not
            // `... was "the No. 1 force."--Kim Hjelmgaard.`, a reporter's sign-off)
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
        }
        None
    }

    /// Attribution before an opening mark at token `oi`: `Miller said: “` / `told Y: “` /
    /// `adding: “`. Returns (cue token index, speaker).
    fn attr_before(
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
        // last cue verb in the frame (a cue noun only when there is no verb)
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
        let found = found.or(noun);
        let Some(c) = found else {
            // `Clinton: “Q”` — a bare name and a colon.
            if !prev.is_punct(':') {
                return None;
            }
            let frame = toks.get(lo..oi - 1)?;
            if frame.is_empty()
                || frame.len() > 4
                || !frame.iter().all(|t| t.is_word() && t.outside() && t.cap)
            {
                return None;
            }
            let (f, l) = (frame.first()?, frame.last()?);
            return Some((
                oi - 1,
                Some((Span::new(f.span.start, l.span.end), Np::Name, lo)),
            ));
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
        Some((c, sp))
    }

    /// The sentence subject: the first name or pronoun (or subject of an earlier cue) in
    /// `lo..hi`.
    fn subject(&self, b: &BlockData, lo: usize, hi: usize) -> Option<(Span, Np, usize)> {
        let toks = &b.toks;
        // Bounded look-back keeps giant sentences linear.
        let lo = lo.max(hi.saturating_sub(80));
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

    fn direct_block(&mut self, b: &BlockData, carry: &mut Carry, used_q: &mut [bool]) {
        let toks = &b.toks;
        let mut last_stmt: Option<usize> = None;
        let mut block_has_attr = false;
        for (qi, q) in b.quots.iter().enumerate() {
            let Some(&(oi, ci)) = b.marks.get(qi) else {
                continue;
            };
            let ci_end = ci.unwrap_or(toks.len());
            let inner = toks.get(oi + 1..ci_end).unwrap_or(&[]);
            let nwords = inner.iter().filter(|t| t.is_word()).count();
            let content_text = q.content().text(self.text).trim_end();
            let ends_punct = content_text.ends_with([',', '.', '!', '?', '…', '—', ':', ';', '-']);
            let starts_cap = inner.iter().find(|t| t.is_word()).is_some_and(|t| t.cap)
                || inner
                    .first()
                    .is_some_and(|t| t.is_punct('…') || t.is_punct('.'));
            let title_case = nwords <= 7
                && inner
                    .iter()
                    .filter(|t| t.is_word() && self.word(t).chars().count() > 3)
                    .all(|t| t.cap);
            let statement_like = !title_case && (nwords >= 4 && (ends_punct || starts_cap))
                || nwords >= 9
                || (nwords >= 2 && starts_cap && ends_punct);
            let single = q.style == QuoteStyle::Single;
            let outer = q.outer();
            let (ss, _se) = Self::sentence_of(b, oi);
            // `On ABC's "This Week," Rubio said ...`: a title after a preposition or a
            // possessive is a term, not a statement.
            let before_open = oi.checked_sub(1).and_then(|k| toks.get(k));
            let titled = title_case
                && before_open.is_some_and(|p| {
                    p.is_word()
                        && p.outside()
                        && (self.lw_is(Some(p), F_PLACE_PREPS)
                            || strip_possessive(self.word(p)).len() != self.word(p).len())
                });
            if titled {
                continue;
            }
            // Split quotation: same cue as the previous statement in this block.
            if let Some(ls) = last_stmt {
                let lo = b
                    .marks
                    .get(qi.wrapping_sub(1))
                    .and_then(|m| m.1)
                    .map_or(ss, |c| c + 1);
                let frame_words = toks
                    .get(lo..oi)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|t| t.is_word())
                    .count();
                let last_cue = self.drafts.get(ls).and_then(|d| d.cue);
                let frame = toks.get(lo..oi).unwrap_or(&[]);
                let other_cue = frame.iter().any(|t| {
                    Some(t.span) != last_cue
                        && self.cue_of(t).is_some_and(|c| c != CueClass::Noun)
                        && !self.lw(t).ends_with("ing")
                });
                // (`“Q1,” he said, “Q2”`: a short frame; a long one tells another story)
                let cue_in_frame = !other_cue
                    && frame_words <= 10
                    && last_cue.is_some_and(|cu| frame.iter().any(|t| t.span == cu));
                let new_sentence_no_frame =
                    lo >= ss && toks.get(ss..oi).unwrap_or(&[]).iter().all(|t| !t.is_word());
                // "“Q1,” he said, adding: “Q2”": a second statement with its own cue.
                let participle = frame.iter().enumerate().find(|(k, t)| {
                    *k > 0
                        && frame.get(k - 1).is_some_and(|p| p.is_punct(','))
                        && self.cue_of(t) == Some(CueClass::Speech)
                        && self.lw(t).ends_with("ing")
                });
                // (`, adding that it would take "more hours" ...`: a word or "that" between
                // the participle and the mark makes the quotation a fragment of mixed speech)
                let fragment = participle.is_some_and(|(k, _)| {
                    let between = frame.get(k + 1..).unwrap_or(&[]);
                    between.last().is_some_and(|t| t.is_word())
                        || between.iter().any(|t| t.is_word() && self.lw(t) == "that")
                });
                if fragment {
                    // leave both the quotation and its reported clause to the indirect pass
                    continue;
                }
                if let (true, Some((_, pt))) = (cue_in_frame || frame_words <= 4, participle) {
                    let own = ci.and_then(|c| self.attr_after(b, c));
                    if own.is_none() {
                        let id = self.follow_up(ls, outer, Some(pt.span), b);
                        last_stmt = Some(id);
                        if let Some(u) = used_q.get_mut(qi) {
                            *u = true;
                        }
                        continue;
                    }
                }
                if cue_in_frame || (frame_words == 0 && new_sentence_no_frame && statement_like) {
                    // continuation unless this quotation has its own attribution after it
                    let own = ci.and_then(|c| self.attr_after(b, c));
                    if own.is_none() {
                        if let Some(d) = self.drafts.get_mut(ls) {
                            d.content.push(outer);
                        }
                        if let Some(u) = used_q.get_mut(qi) {
                            *u = true;
                        }
                        continue;
                    }
                }
            }
            // Attribution after the quotation.
            // (`“Pay up” -Councilman Ted Ruiz`: a dash credit after any quotation)
            let dash_after = ci
                .and_then(|c| toks.get(c + 1))
                .is_some_and(|t| matches!(t.kind, Kind::Punct('—' | '–' | '-' | '―')));
            let mut att =
                if statement_like || (!single && nwords >= 1 && (ends_punct || dash_after)) {
                    ci.and_then(|c| self.attr_after(b, c))
                } else {
                    None
                };
            // A title-like quotation ("Fox and Friends,") is a statement only when a speech
            // verb follows at once: `“Yes, Sir,” he said`, not `..., reminding the hosts`.
            if title_case && nwords >= 2 {
                if let (Some((Some(cue), _)), Some(c)) = (att.as_ref(), ci) {
                    let near = toks
                        .get(c + 1..(c + 6).min(toks.len()))
                        .unwrap_or(&[])
                        .iter()
                        .any(|t| t.span == *cue);
                    let cue_text = self.text.get(cue.start..cue.end).unwrap_or("");
                    // (`“Pay up” -Councilman Ted Ruiz`: a dash credit is one too)
                    let dash = matches!(cue_text, "—" | "–" | "-" | "―" | "--");
                    if !dash && (!near || cue_text.ends_with("ing")) {
                        att = None;
                    }
                }
            }
            // `X said the system was "corrupt," noting ...`: a bare participle after a
            // quotation inside reported speech is the reported speech's; leave it to the
            // indirect pass (a mixed statement).
            if att.as_ref().is_some_and(|(_, sp)| sp.is_none())
                && toks
                    .get(ss..oi)
                    .unwrap_or(&[])
                    .iter()
                    .any(|t| t.is_word() && self.cue_of(t).is_some_and(|c| c != CueClass::Noun))
            {
                att = None;
            }
            if att.is_none() && ci.is_none() && statement_like {
                // unclosed: maybe attribution sits in the middle: not handled
            }
            let mut cue_tok_before = None;
            let sentence_like = starts_cap && ends_punct && !title_case;
            if att.is_none() && (statement_like || sentence_like) {
                let lo = if qi > 0 {
                    b.marks
                        .get(qi - 1)
                        .and_then(|m| m.1)
                        .map_or(ss, |c| (c + 1).max(ss))
                } else {
                    ss
                };
                if let Some((c, sp)) = self.attr_before(b, oi, lo, statement_like || sentence_like)
                {
                    // `adding that it would take "more hours" before ...`: a quotation
                    // inside the reported clause (a word or "that" between cue and mark) is
                    // a fragment of mixed speech, left to the indirect pass.
                    let between = toks.get(c + 1..oi).unwrap_or(&[]);
                    let fragment = between.last().is_some_and(|t| t.is_word())
                        || between.iter().any(|t| t.is_word() && self.lw(t) == "that");
                    if !fragment {
                        cue_tok_before = Some(c);
                        att = Some((toks.get(c).map(|t| t.span), sp));
                    }
                }
            }
            // Paragraph opening with a quotation after "X said:" at the end of the previous block.
            if att.is_none() && statement_like && oi == 0 {
                if let Some(pc) = carry.colon_attr.take() {
                    att = Some(pc);
                }
            }
            // "..., explaining, “Q”": a participle's speaker is its sentence's subject
            if let Some((Some(cue), sp @ None)) = att.as_mut() {
                if self
                    .text
                    .get(cue.start..cue.end)
                    .is_some_and(|w| w.ends_with("ing"))
                {
                    let ck = toks.iter().position(|t| t.span == *cue);
                    if let Some(ck) = ck.filter(|&k| k > ss) {
                        *sp = self
                            .speaker_in_sentence(b, ss, ck)
                            .or_else(|| self.subject(b, ss, ck));
                    }
                }
            }
            if let Some((cue, sp)) = att {
                let conf = if single { 0.8 } else { 0.95 };
                // `He was "a fraud," Smith said.`: the quotation ends a reported clause
                // that starts before it; the statement is that whole clause.
                let lead = if cue_tok_before.is_none() {
                    self.clause_lead(b, qi, oi, ss)
                } else {
                    None
                };
                let (kind, content) = match lead {
                    Some(start) => (QuoteKind::Mixed, Span::new(start, outer.end)),
                    None => (QuoteKind::Direct, outer),
                };
                let mut contents = vec![content];
                // `“Q1 ...` (unclosed paragraph) `“Q2,” Holt added.`: the quotation running
                // over the paragraphs is Holt's, not the previous speaker's.
                let mut first_block = None;
                if let (0, Some((prev, span, bi, bk))) = (oi, carry.tentative.take()) {
                    if let Some(d) = self.drafts.get_mut(prev) {
                        if d.content.len() > 1 && d.content.last() == Some(&span) {
                            d.content.pop();
                            contents.insert(0, span);
                            first_block = Some((bi, bk));
                        }
                    }
                }
                let id = self.push(kind, contents, cue, sp, toks, conf, b);
                if let (Some((bi, bk)), Some(d)) = (first_block, self.drafts.get_mut(id)) {
                    d.block = bi;
                    d.block_kind = bk;
                }
                last_stmt = Some(id);
                block_has_attr = true;
                if let Some(u) = used_q.get_mut(qi) {
                    *u = true;
                }
                if ci.is_none() {
                    carry.open_stmt = Some(id);
                }
                continue;
            }
            // News-style continuation: previous paragraph's quotation left open.
            if oi == 0 && !single {
                if let Some(id) = carry.open_stmt.take() {
                    if let Some(d) = self.drafts.get_mut(id) {
                        d.content.push(outer);
                    }
                    if ci.is_none() {
                        carry.open_stmt = Some(id);
                    }
                    last_stmt = Some(id);
                    if let Some(u) = used_q.get_mut(qi) {
                        *u = true;
                    }
                    continue;
                }
            }
            // Quote-only paragraph after an attributed quote paragraph.
            if oi == 0 && statement_like && !block_has_attr {
                if let Some(id) = carry.last_direct {
                    // One statement: the quotation goes on in this paragraph.
                    if let Some(d) = self.drafts.get_mut(id) {
                        d.content.push(outer);
                    }
                    last_stmt = Some(id);
                    if ci.is_none() {
                        carry.open_stmt = Some(id);
                        // it may instead open the next paragraph's attributed quotation
                        carry.tentative = Some((id, outer, b.idx, b.kind));
                    }
                    if let Some(u) = used_q.get_mut(qi) {
                        *u = true;
                    }
                    continue;
                }
            }
            // A sentence-like quotation nobody is credited with: a statement with an
            // unknown speaker (low confidence), not a term.
            let recent = last_stmt;
            if let (true, Some(id)) = (!single && nwords >= 6 && starts_cap && ends_punct, recent) {
                if let Some(d) = self.drafts.get_mut(id) {
                    d.content.push(outer);
                }
                last_stmt = Some(id);
                if let Some(u) = used_q.get_mut(qi) {
                    *u = true;
                }
            }
        }
        carry.last_direct = last_stmt.or(if block_has_attr {
            carry.last_direct
        } else {
            None
        });
        if last_stmt.is_none() {
            carry.open_stmt = None;
        }
    }

    // ---------------------------------------------------------------- indirect

    fn indirect_block(&mut self, b: &BlockData, used_q: &mut [bool]) {
        let mut s = 0;
        for &e in &b.ends {
            self.indirect_sentence(b, s, e, used_q, 0);
            s = e;
        }
    }

    /// `a “comprehensive strategic partnership” treaty`: a quotation between a determiner
    /// and a lower-case noun names a thing; it is a term even inside a statement.
    fn is_modifier_quote(&self, b: &BlockData, q: usize) -> bool {
        let Some(&(oi, Some(ci))) = b.marks.get(q) else {
            return false;
        };
        let before = oi.checked_sub(1).and_then(|i| b.toks.get(i));
        let after = b.toks.get(ci + 1);
        self.lw_is(before, F_TERM_DETS) && after.is_some_and(|t| t.is_word() && !t.cap)
    }

    fn content_span(&self, toks: &[Tok], a: usize, e: usize) -> Option<Span> {
        self.content_span_n(toks, a, e, 3)
    }

    /// The content span of tokens `a..e` holding at least `min_words` words.
    /// Content before its attribution ("CLAUSE, X said"): no coordinated cue ends it, the
    /// clause may hold its own subject's verbs ("Miller, the spokesperson, commented ...").
    fn lead_content(&self, toks: &[Tok], a: usize, e: usize) -> Option<Span> {
        self.content_span_cut(toks, a, e, 3, false)
    }

    fn content_span_n(&self, toks: &[Tok], a: usize, e: usize, min_words: usize) -> Option<Span> {
        self.content_span_cut(toks, a, e, min_words, true)
    }

    fn content_span_cut(
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
        }
        // A dash or semicolon after a clause ends it: "the tide is turning — and ...".
        let mut words = 0;
        for k in a..e {
            let Some(t) = toks.get(k) else { break };
            if t.is_word() {
                words += 1;
            } else if t.outside() && matches!(t.kind, Kind::Punct('—' | '–' | ';')) && words >= 4
            {
                e = k;
                break;
            }
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
    fn object_end(&self, toks: &[Tok], a: usize, e: usize) -> usize {
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
            } else if matches!(t.kind, Kind::Punct(',' | ';' | ':' | '(')) {
                return k;
            }
        }
        e
    }

    /// `asked` as a passive: "When asked about ...", "Asked whether ...", "He was asked if ...".
    fn is_passive_asked(&self, toks: &[Tok], c: usize) -> bool {
        let Some(t) = toks.get(c) else {
            return false;
        };
        if t.span.len() != 5 || !t.is_word() || !t.outside() || self.lw(t) != "asked" {
            return false;
        }
        let prev = c.checked_sub(1).and_then(|k| toks.get(k));
        let opens = prev.is_none_or(|p| !p.is_word() && !matches!(p.kind, Kind::Close));
        opens || self.lw_is(prev, F_ASKED_LEAD)
    }

    /// Questions put to somebody in the passive carry no source: "When asked about the
    /// merger, ...", "He was asked whether he would run." The content is the question, to
    /// the next comma or the sentence end.
    fn passive_questions(&mut self, b: &BlockData, s: usize, e: usize) {
        let toks = &b.toks;
        for c in s..e {
            if !self.is_passive_asked(toks, c) {
                continue;
            }
            let a = c + 1;
            if !self.lw_is(toks.get(a), F_ASKED_OBJECT) {
                continue;
            }
            let mut end = e;
            for k in a..e {
                let Some(x) = toks.get(k) else { break };
                if x.outside() && matches!(x.kind, Kind::Punct(',' | ';' | ':' | '?')) {
                    end = k;
                    break;
                }
            }
            if let (Some(cue), Some(content)) = (toks.get(c), self.content_span_n(toks, a, end, 2))
            {
                self.push(
                    QuoteKind::Indirect,
                    vec![content],
                    Some(cue.span),
                    None,
                    toks,
                    0.7,
                    b,
                );
            }
        }
    }

    fn indirect_sentence(
        &mut self,
        b: &BlockData,
        s: usize,
        e: usize,
        used_q: &mut [bool],
        depth: u8,
    ) {
        let toks = &b.toks;
        // Only the part after the last direct statement's quotation is reported speech.
        let mut s0 = s;
        for (i, t) in toks.get(s..e).unwrap_or(&[]).iter().enumerate() {
            if matches!(t.kind, Kind::Open | Kind::Close)
                && used_q.get(t.q as usize).copied().unwrap_or(false)
            {
                s0 = s + i + 1;
            }
        }
        let after_direct = s0 > s;
        let s = s0;
        if s >= e {
            return;
        }
        if depth == 0 {
            self.passive_questions(b, s, e);
        }
        let mut found: Option<(Span, Attr, f32)> = None;
        let mut found_at = s;
        let mut extra: Option<Span> = None;
        // According to X
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
            let Some((ne, sp, np)) = self.source_after(toks, i + 1, e) else {
                break;
            };
            let speaker = Some((sp, np, i + 2));
            if i == s || (i == s + 1 && toks.get(s).is_some_and(|x| !x.is_word())) {
                // According to X, CLAUSE
                let mut k = ne;
                while k < e && !toks.get(k).is_some_and(|x| x.is_punct(',')) {
                    k += 1;
                }
                if let Some(c) = self.content_span(toks, k + 1, e) {
                    found = Some((c, (Some(cue), speaker), 0.8));
                    found_at = i + 1;
                }
            } else {
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
                if let Some(c) = lead {
                    found = Some((c, (Some(cue), speaker), 0.8));
                    found_at = i + 1;
                    if rest.is_some() {
                        extra = rest;
                        found_at = e;
                    }
                }
            }
            break;
        }
        // "When Trump suggested ..., Rubio said ...": the main clause comes first.
        let subordinate = self.lw_is(toks.get(s), F_SUBORDINATE_LEAD);
        let main_start = if subordinate {
            (s..e)
                .find(|&k| toks.get(k).is_some_and(|t| t.is_punct(',')))
                .map_or(s, |k| k + 1)
        } else {
            s
        };
        for pass in 0..3 {
            if found.is_some() {
                break;
            }
            // passes: main clause verbs, any verbs, participles
            let (from, want_part) = match pass {
                0 => (main_start, false),
                1 => (s, false),
                _ => (s, true),
            };
            if pass == 1 && main_start == s {
                continue;
            }
            for c in from..e {
                let Some(t) = toks.get(c) else { break };
                // a verb that is a cue only with its particle: "talked about", "focus on"
                let phrasal = || {
                    (t.is_word() && t.outside() && !t.cap)
                        .then(|| toks.get(c + 1))
                        .flatten()
                        .filter(|p| self.lex.is_cue_phrase(self.word(t), self.word(p)))
                        .map(|_| CueClass::Speech)
                };
                let Some(class) = self.cue_of(t).or_else(phrasal) else {
                    continue;
                };
                // "her claim that ...", "Trump's assertion that ...": a cue noun.
                if class == CueClass::Noun {
                    if want_part {
                        continue;
                    }
                    let owner = c.checked_sub(1).and_then(|i| toks.get(i)).filter(|p| {
                        p.is_word()
                            && p.outside()
                            && (self.lw_is(Some(p), F_POSSESSIVES)
                                || (p.cap
                                    && strip_possessive(self.word(p)).len() != self.word(p).len()))
                    });
                    if let (Some(o), true) = (owner, self.lw_is(toks.get(c + 1), F_THAT)) {
                        if let Some(cs) = self.content_span(toks, c + 1, e) {
                            let np = if o.cap { Np::Name } else { Np::Pronoun };
                            found = Some((cs, (Some(t.span), Some((o.span, np, c - 1))), 0.6));
                            found_at = c;
                            break;
                        }
                    }
                    continue;
                }
                if self.is_passive_asked(toks, c) {
                    continue;
                }
                let is_part = self.word(t).ends_with("ing");
                if want_part != is_part {
                    continue;
                }
                if class == CueClass::Noun {
                    continue;
                }
                let cw = self.lw(t);
                // "Trump is promising lower taxes": a progressive is a finite verb
                let progressive =
                    cw.ends_with("ing") && c > s && self.lw_is(toks.get(c - 1), F_BE_FORMS);
                if cw.ends_with("ing") && class != CueClass::Speech && !progressive {
                    continue;
                }
                // "..., adding (that) CLAUSE": the speaker is the sentence's.
                // (also "... and calling him “a feminist.”")
                let participle = cw.ends_with("ing")
                    && c > s
                    && (toks.get(c - 1).is_some_and(|x| x.is_punct(','))
                        || self.lw_is(toks.get(c - 1), F_AND_BUT));
                if participle {
                    let whole = Self::sentence_of(b, c).0;
                    let Some(sp) = self
                        .speaker_in_sentence(b, whole, c)
                        .or_else(|| self.subject(b, whole, c))
                    else {
                        continue;
                    };
                    let mut a = c + 1;
                    if self.lw_is(toks.get(a), F_THAT) {
                        a += 0;
                    }
                    while toks
                        .get(a)
                        .is_some_and(|x| x.is_punct(',') || x.is_punct(':'))
                    {
                        a += 1;
                    }
                    if let Some(cs) = self.content_span(toks, a, e) {
                        found = Some((cs, (Some(t.span), Some(sp)), 0.7));
                        found_at = c;
                        break;
                    }
                    continue;
                }
                // after a direct statement only a coordinated cue reports more:
                // "She declared “What a night!” and said that ..."
                if after_direct && !(c > s && self.lw_is(toks.get(c - 1), F_AND_BUT)) {
                    continue;
                }
                // CLAUSE, said X.
                if c > s && toks.get(c - 1).is_some_and(|x| x.is_punct(',')) {
                    let inverted = self.np_after(toks, c).filter(|&(ne, _, _)| {
                        ne >= e
                            || toks
                                .get(ne)
                                .is_some_and(|x| matches!(x.kind, Kind::Punct(',' | '.' | ';')))
                    });
                    if let Some((_ne, sp, np)) = inverted {
                        if let Some(cs) = self.lead_content(toks, s, c - 1) {
                            found = Some((cs, (Some(t.span), Some((sp, np, c + 1))), 0.75));
                            found_at = c;
                            break;
                        }
                    }
                }
                // "and said", "but said", "..., called her “third-rate”"
                let coord = c > s
                    && (self.lw_is(toks.get(c - 1), F_AND_BUT)
                        || (toks.get(c - 1).is_some_and(|x| x.is_punct(','))
                            && !t.cap
                            && cw.ends_with("ed")
                            && class == CueClass::Speech));
                // "Protesters took to the streets and chanted ...": right after "and" the
                // subject is the sentence's, not the noun phrase before "and".
                let right_after_and = c > s && self.lw_is(toks.get(c - 1), F_AND_BUT);
                let sentence_subject = || {
                    let whole = Self::sentence_of(b, c).0;
                    self.speaker_in_sentence(b, whole, c)
                        .or_else(|| self.subject(b, whole, c - 1))
                        .map(|(sp, np, k)| (k, sp, np))
                };
                let subj = if right_after_and {
                    sentence_subject().or_else(|| self.np_before_appos(toks, c, s))
                } else {
                    match self.np_before_appos(toks, c, s) {
                        Some(x) => Some(x),
                        None if coord => sentence_subject(),
                        None => None,
                    }
                };
                let Some((k0, sp, np)) = subj else {
                    continue;
                };
                // "his comments about ...", "Trump's fawning comments": a noun, not a verb
                let after_det = c > s && self.lw_is(toks.get(c - 1), F_DET_ONLY);
                if after_det
                    || (np != Np::Pronoun && self.possessed_non_person(sp))
                    || (np == Np::Nominal && self.adjective_head(sp))
                {
                    continue;
                }
                if class == CueClass::Report {
                    let head = sp.text(self.text).split_whitespace().last().unwrap_or("");
                    if !(np == Np::Name
                        || self.lex.is_report_noun(head)
                        || self.lex.is_org_word(head))
                    {
                        continue;
                    }
                }
                // CLAUSE, X said [...] (not "In a statement, X said that ...")
                let then_that = self.lw_is(toks.get(c + 1), F_THAT);
                let k0c = k0;
                // ("When asked about it, Trump said ...": the clause before is no content)
                let only_subordinate = subordinate && k0c <= main_start;
                if k0c > s + 2
                    && !then_that
                    && !only_subordinate
                    && toks.get(k0c - 1).is_some_and(|x| x.is_punct(','))
                {
                    let tail_words = toks
                        .get(c + 1..e)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|x| !x.is_punct(','))
                        .filter(|x| x.is_word())
                        .count();
                    // "CLAUSE, X said, CLAUSE": the content goes on after the cue.
                    let mid = toks.get(c + 1).is_some_and(|x| x.is_punct(','));
                    if mid && tail_words == 0 {
                        if let (Some(cs), Some(rest)) = (
                            self.content_span_n(toks, s, k0c - 1, 1),
                            self.content_span_n(toks, c + 2, e, 2),
                        ) {
                            found = Some((cs, (Some(t.span), Some((sp, np, k0))), 0.75));
                            extra = Some(rest);
                            found_at = e;
                            break;
                        }
                    }
                    // "In a court filing, X wrote ...": an adverbial is no content
                    let adverbial = self.lw_is(toks.get(s), F_ADVERBIAL_LEAD)
                        && !toks
                            .get(s..k0c)
                            .unwrap_or(&[])
                            .iter()
                            .any(|x| x.is_word() && x.has(F_CLAUSE_WORDS));
                    if tail_words <= 6 && !adverbial {
                        if let Some(cs) = self.lead_content(toks, s, k0c - 1) {
                            found = Some((cs, (Some(t.span), Some((sp, np, k0))), 0.75));
                            found_at = c;
                            break;
                        }
                    }
                }
                if cw.ends_with("ing") && np != Np::Relative && !progressive {
                    // participle without its own subject: "..., saying ..."
                    continue;
                }
                // X said (that) CLAUSE
                let mut a = c + 1;
                // "called for a revolution", "pointed out that ...": the particle is cue
                let mut cue_span = t.span;
                if let Some(p) = toks.get(a).filter(|p| p.is_word() && p.outside()) {
                    if self.lex.is_cue_phrase(self.word(t), self.word(p)) {
                        cue_span = Span::new(t.span.start, p.span.end);
                        a += 1;
                    }
                }
                // "that" within a few tokens
                let mut that_at = None;
                for k in a..(a + 8).min(e) {
                    let Some(x) = toks.get(k) else { break };
                    if x.is_punct(',') || x.kind == Kind::Open {
                        if x.kind == Kind::Open {
                            break;
                        }
                        continue;
                    }
                    if x.is_word() && self.lw(x) == "that" {
                        that_at = Some(k);
                        break;
                    }
                    // "X believes Y said the vote showed that ...": a later cue owns its "that"
                    if x.cue.is_some_and(|c| c != CueClass::Noun) {
                        break;
                    }
                }
                if let Some(k) = that_at {
                    a = k;
                } else if self.lw_is(toks.get(a), F_ADVERBIAL_START) {
                    // "X said in a statement on Monday that ..." / "X said when asked":
                    // an adverbial first; the content is a clause after "that" or after
                    // the comma closing the adverbial, else there is none.
                    let mut next = None;
                    for k in a + 1..(a + 20).min(e) {
                        let Some(x) = toks.get(k) else { break };
                        if x.kind == Kind::Open || x.is_punct(';') {
                            break;
                        }
                        if x.is_word() && self.lw(x) == "that" {
                            next = Some(k);
                            break;
                        }
                        if x.is_punct(',') {
                            next = Some(k + 1);
                            break;
                        }
                    }
                    match next {
                        Some(k) => a = k,
                        None if self.lw_is(toks.get(a), F_SUBORDINATORS) => continue,
                        None => {}
                    }
                } else if matches!(
                    cw.as_str(),
                    "told"
                        | "tell"
                        | "tells"
                        | "telling"
                        | "asked"
                        | "urged"
                        | "warned"
                        | "assured"
                        | "reminded"
                        | "informed"
                ) {
                    // skip the object
                    if let Some((ne, _, _)) = self.np_after(toks, c) {
                        a = ne;
                    } else if toks.get(a).is_some_and(|x| x.is_word()) {
                        a += 1;
                    }
                }
                while toks
                    .get(a)
                    .is_some_and(|x| x.is_punct(',') || x.is_punct(':'))
                {
                    a += 1;
                }
                let ce = if that_at.is_none() {
                    self.object_end(toks, a, e)
                } else {
                    e
                };
                let quoted = toks
                    .get(a..ce)
                    .unwrap_or(&[])
                    .iter()
                    .any(|x| x.kind == Kind::Open);
                let content = if ce < e || cue_span != t.span {
                    self.content_span_n(toks, a, ce, 1)
                } else if quoted {
                    // `called Trump “unhinged.”`
                    self.content_span_n(toks, a, ce, 2)
                } else {
                    self.content_span(toks, a, e)
                };
                if let Some(cs) = content {
                    let conf = if that_at.is_some() { 0.8 } else { 0.65 };
                    found = Some((cs, (Some(cue_span), Some((sp, np, k0))), conf));
                    found_at = c;
                    break;
                }
            }
        }
        let Some((content, (cue, mut speaker), mut conf)) = found else {
            return;
        };
        // "Clinton appeared to have the most to gain", "The magnate was expected to win":
        // an evidential or passive cue credits nobody; its subject is part of the content.
        let mut lead: Option<Span> = None;
        if let Some(ck) = (s..e).find(|&k| toks.get(k).is_some_and(|t| Some(t.span) == cue)) {
            let cw = toks.get(ck).map(|t| self.lw(t));
            let raising = toks.get(ck).is_some_and(|t| t.has(F_RAISING));
            let passive = ck > 0
                && self.lw_is(toks.get(ck - 1), F_BE_FORMS)
                && cw.as_ref().is_some_and(|w| w.ends_with("ed"));
            if raising || passive {
                if let Some((sp, _, _)) = speaker.take() {
                    if sp.end <= content.start {
                        lead = Some(sp);
                    }
                }
                conf *= 0.8;
            }
        }
        // mixed when a quotation lies inside the content
        let mut mixed = false;
        for t in toks.get(s..e).unwrap_or(&[]) {
            if t.kind == Kind::Open
                && (content.contains(t.span) || extra.is_some_and(|x| x.contains(t.span)))
            {
                mixed = true;
                if !self.is_modifier_quote(b, t.q as usize) {
                    if let Some(u) = used_q.get_mut(t.q as usize) {
                        *u = true;
                    }
                }
            }
        }
        let kind = if mixed {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        let mut spans: Vec<Span> = lead.into_iter().collect();
        spans.push(content);
        spans.extend(extra);
        self.push(kind, spans, cue, speaker, toks, conf, b);
        // A report inside the report: "X said Y believes that ...". When the content follows
        // the cue, the nested report is searched for inside the content only: a skipped
        // object ("X asked Y, CLAUSE") or words after the content's end (a semicolon) belong
        // to no nested report, whose content, cue and speaker must lie inside this content.
        if depth < 2 && found_at + 1 < e && found_at >= s {
            let (from, to) = if cue.is_some_and(|c| content.start >= c.end) {
                (
                    toks.partition_point(|t| t.span.start < content.start)
                        .max(found_at + 1),
                    toks.partition_point(|t| t.span.start < content.end).min(e),
                )
            } else {
                (found_at + 1, e)
            };
            if from < to {
                self.indirect_sentence(b, from, to, used_q, depth + 1);
            }
            // and after the content, a report of its own ("X said A; Y said B")
            if to < e && to > found_at {
                self.indirect_sentence(b, to, e, used_q, depth + 1);
            }
        }
    }
}

#[derive(Default)]
struct Carry {
    /// Statement whose last quotation is still open at the end of the previous block.
    open_stmt: Option<usize>,
    /// Last direct statement of the previous block.
    last_direct: Option<usize>,
    /// Attribution of a previous block ending in "X said:".
    colon_attr: Option<Attr>,
    /// An unclosed quote-only paragraph added to statement `.0` as its continuation: it
    /// moves to the next paragraph's statement when that one has its own attribution.
    tentative: Option<(usize, Span, usize, BlockKind)>,
}

/// Runs the extraction.
pub(crate) fn run(article: &Article<'_>, lex: &Lexicons, vocab: &Vocab) -> Quotes {
    let text: &str = &article.text;
    let mut ctx = Ctx {
        text,
        lex,
        res: Resolver::new(text),
        drafts: Vec::new(),
        terms: Vec::new(),
    };
    let mut blocks: Vec<BlockData> = Vec::new();
    let mut repeats = super::repeats::Repeats::default();
    let mut all_q: Vec<Quotation> = Vec::new();
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
        if t.chars().filter(|c| c.is_alphanumeric()).nth(32).is_some() && repeats.seen_before(t) {
            continue;
        }
        all_q.clear();
        scan_into(text, blk.span, &mut all_q);
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
        ctx.find_names(&toks);
        blocks.push(BlockData {
            idx,
            kind: blk.kind,
            span: blk.span,
            quots,
            toks,
            ends,
            marks,
        });
    }
    // transcript mode: at least two blocks open with an all-caps name and a colon
    let transcript_blocks: Vec<bool> = blocks
        .iter()
        .map(|b| transcript_head(&ctx, b).is_some())
        .collect();
    let transcript = transcript_blocks.iter().filter(|x| **x).count() >= 2;

    let mut carry = Carry::default();
    for b in &blocks {
        let mut used_q = vec![false; b.quots.len()];
        if matches!(b.kind, BlockKind::Headline | BlockKind::Subheadline)
            && ctx.headline_attribution(b, &mut used_q)
        {
            carry = Carry::default();
            continue;
        }
        if transcript {
            if let Some((name_end, colon)) = transcript_head(&ctx, b) {
                let toks = &b.toks;
                if let (Some(f), Some(l), Some(cl)) =
                    (toks.first(), toks.get(name_end - 1), toks.get(colon))
                {
                    let sp = Span::new(f.span.start, l.span.end);
                    if let Some(last) = toks.last() {
                        let content = Span::new(
                            toks.get(colon + 1).map_or(b.span.end, |t| t.span.start),
                            last.span.end,
                        );
                        if !content.is_empty() {
                            ctx.push(
                                QuoteKind::Direct,
                                vec![content],
                                Some(cl.span),
                                Some((sp, Np::Name, 0)),
                                toks,
                                0.8,
                                b,
                            );
                            carry = Carry::default();
                            continue;
                        }
                    }
                }
            }
        }
        let tentative = carry.tentative;
        ctx.direct_block(b, &mut carry, &mut used_q);
        if carry.tentative == tentative {
            // not taken up by this block's first quotation
            carry.tentative = None;
        }
        ctx.indirect_block(b, &mut used_q);
        // terms: unused top-level quotations
        for (qi, q) in b.quots.iter().enumerate() {
            if !used_q.get(qi).copied().unwrap_or(false) {
                let c = q.content();
                if !c.is_empty() {
                    ctx.terms.push(c);
                }
            }
        }
        // "X said:" at the end of this block carries to the next block
        carry.colon_attr = None;
        if b.toks.last().is_some_and(|t| t.is_punct(':')) {
            let n = b.toks.len();
            let (ss, _) = Ctx::sentence_of(b, n - 1);
            if let Some((c, sp)) = ctx.attr_before(b, n, ss, true) {
                carry.colon_attr = Some((b.toks.get(c).map(|t| t.span), sp));
            }
        }
    }
    finish(ctx)
}

impl Ctx<'_> {
    /// `Graham: Trump's rhetoric destroying GOP's chance` — a headline crediting what
    /// follows the colon to the short name before it. Labels ("The Latest:",
    /// "BREAKING:"), phrases with a verb or a function word, all-capital words and
    /// questions are no attributions. Returns whether a statement was pushed.
    fn headline_attribution(&mut self, b: &BlockData, used_q: &mut [bool]) -> bool {
        let toks = &b.toks;
        let Some(c) = toks.iter().take(8).position(|t| t.is_punct(':')) else {
            return false;
        };
        let (Some(first), Some(last_left)) =
            (toks.first(), c.checked_sub(1).and_then(|k| toks.get(k)))
        else {
            return false;
        };
        let left = toks.get(..c).unwrap_or(&[]);
        if left.is_empty() || left.len() > 6 || !first.cap || !last_left.cap {
            return false;
        }
        for (k, t) in left.iter().enumerate() {
            if !t.is_word() || !t.outside() {
                return false;
            }
            let w = self.word(t);
            let lw = self.lw(t);
            let letters = w.chars().filter(|ch| ch.is_alphabetic()).count();
            if letters >= 4 && !w.chars().any(|ch| ch.is_lowercase()) {
                return false;
            }
            if k == 0 && t.has(F_HEADLINE_LEAD) {
                return false;
            }
            if !t.cap
                && (t.has(F_NOMINAL_STOP | F_STOP_CAP | F_NO_NOT_MORE)
                    || self.lex.cue(&lw).is_some())
            {
                return false;
            }
            if t.cap && k > 0 && self.lex.cue(&lw).is_some_and(|cl| cl != CueClass::Noun) {
                return false;
            }
        }
        let left_span = Span::new(first.span.start, last_left.span.end);
        let left_text = left_span.text(self.text);
        if self.lex.is_headline_label(left_text)
            || self.lex.is_headline_label(self.word(last_left))
            || self.lex.is_headline_label(self.word(first))
        {
            return false;
        }
        let right = toks.get(c + 1..).unwrap_or(&[]);
        let (Some(rf), Some(rl)) = (right.first(), right.last()) else {
            return false;
        };
        if right.iter().filter(|t| t.is_word()).count() < 2 || rl.is_punct('?') {
            return false;
        }
        // the content ends before a closing period or semicolon outside quotations
        let mut end = rl.span.end;
        if (rl.is_punct('.') || rl.is_punct(';')) && right.len() > 1 {
            if let Some(prev) = right.get(right.len() - 2) {
                end = prev.span.end;
            }
        }
        let content = Span::new(rf.span.start, end);
        let mut marks = 0;
        let mut whole = false;
        for t in right {
            if t.kind == Kind::Open {
                marks += 1;
                if let Some(u) = used_q.get_mut(t.q as usize) {
                    *u = true;
                }
                if let Some(q) = b.quots.get(t.q as usize) {
                    whole |= t.span.start == rf.span.start && q.outer().end >= end;
                }
            }
        }
        let kind = if whole && marks == 1 {
            QuoteKind::Direct
        } else if marks > 0 {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        let np = if self.lex.is_report_noun(self.word(last_left))
            || self.lex.is_group_noun(self.word(last_left))
        {
            Np::Nominal
        } else {
            Np::Name
        };
        let cue = toks.get(c).map(|t| t.span);
        self.push(
            kind,
            vec![content],
            cue,
            Some((left_span, np, 0)),
            toks,
            0.6,
            b,
        );
        true
    }
}

/// `NAME:` at the start of a block, the name all capitals (transcripts).
fn transcript_head(ctx: &Ctx<'_>, b: &BlockData) -> Option<(usize, usize)> {
    let toks = &b.toks;
    for k in 0..3 {
        let t = toks.get(k)?;
        if t.is_punct(':') {
            if k == 0 {
                return None;
            }
            return Some((k, k));
        }
        let w = ctx.word(t);
        if !t.is_word()
            || w.chars().any(|c| c.is_lowercase())
            || w.chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            return None;
        }
    }
    None
}

fn finish(ctx: Ctx<'_>) -> Quotes {
    let text = ctx.text;
    let Ctx {
        res, drafts, terms, ..
    } = ctx;
    // Keep entities referred to by statements, renumbered in order of first use.
    let mut map: Vec<Option<usize>> = vec![None; res.entities.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut quotes = Vec::with_capacity(drafts.len());
    let mut drafts = drafts;
    drafts.sort_by_key(|d| d.content.first().map_or(0, |c| c.start));
    for d in drafts {
        let speaker_id = d.entity.and_then(|e| {
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
        });
        quotes.push(Quote {
            kind: d.kind,
            content: d.content,
            cue: d.cue,
            speaker: d.speaker.map(|s| s.0),
            speaker_id,
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
