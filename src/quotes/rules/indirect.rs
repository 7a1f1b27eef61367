//! Reported speech, sentence by sentence: the cue verbs and the clause they report.
//!
//! - `X said (that) CLAUSE`: `Miller said the plan would fail.`;
//! - `CLAUSE, X said`: `The plan will fail, officials said.`;
//! - `CLAUSE, said X`: `The plan will fail, said Miller.`;
//! - `CLAUSE, X said, CLAUSE`: `The plan, Miller said, will fail.`;
//! - coordinated cues: `He declined and said the plan would fail.`;
//! - reports inside reports: `Miller said Roe believes that the plan will fail.`
//!
//! Other constructions the sentence pass tries: [`super::according`],
//! [`super::participle`], [`super::cue_noun`], [`super::passive`].

use crate::lexicon::{
    F_FIRST_NAME, F_FRAMED, F_FRAME_NOUN_OBJECT, F_FRAME_NOUN_TOO, F_FRAME_OBJECT,
};
use crate::quotes::block::BlockData;
use crate::quotes::clauses::{
    bounds_in, complement, cues_in, first_in, first_verb, may_report, reads_as_noun, reads_as_verb,
    reports_through, verb_group, Bound, Boundary, Complement, CueAt,
};
use crate::quotes::ctx::{mark_used, Attr, Ctx, Mention, Np};
use crate::quotes::lexicon::CueClass;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::*;
use crate::quotes::QuoteKind;
use crate::Span;

/// The sentence (part) being searched: tokens `s..e` of block `b`.
pub(crate) struct Sent<'b> {
    pub(crate) b: &'b BlockData<'b>,
    pub(crate) s: usize,
    pub(crate) e: usize,
    /// A direct statement's quotation comes before `s` in the sentence.
    after_direct: bool,
    /// The sentence opens with a subordinate clause ("When Trump suggested ..., ").
    subordinate: bool,
    /// Start of the main clause (after the subordinate clause's comma).
    main_start: usize,
}

/// How a cue word reads where it stands (see `Ctx::reading`).
enum Reading {
    Noun,
    NoCue,
    Verb,
}

/// A reported statement found in a sentence.
pub(crate) struct Found {
    pub(crate) content: Span,
    pub(crate) attr: Attr,
    pub(crate) conf: f32,
    /// Token after which nested reports are searched.
    pub(crate) at: usize,
    /// Content going on after the attribution.
    pub(crate) extra: Option<Span>,
}

impl Found {
    pub(crate) fn new(content: Span, attr: Attr, conf: f32, at: usize) -> Found {
        Found {
            content,
            attr,
            conf,
            at,
            extra: None,
        }
    }
}

/// Verbs whose object may be a cue noun ("raises questions", "sparked calls for"): a noun
/// phrase ending in one is no speaker of the cue after it.
const OBJECT_TAKING_VERBS: &[&str] = &[
    "raises", "raised", "poses", "posed", "sparks", "sparked", "prompts", "prompted", "draws",
    "drew", "fuels", "fueled", "fuelled", "invites", "invited", "faces", "faced", "dodges",
    "dodged", "fields", "fielded", "answers", "answered", "ignores", "ignored",
];

/// Verbs whose object is the addressee, skipped before the content: "told reporters ...".
fn takes_object(cw: &str) -> bool {
    matches!(
        cw,
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
    )
}

impl Ctx<'_> {
    /// The reported statements of every sentence of block `b`.
    pub(crate) fn indirect_block(&mut self, b: &BlockData, used_q: &mut [bool]) {
        let mut s = 0;
        for &e in b.ends {
            self.indirect_sentence(b, s, e, used_q, 0);
            s = e;
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
        // no cue candidate and no "according"/"asked": nothing below could fire
        if !may_report(b.cues, b.openers, s, e) {
            return;
        }
        let toks = &b.toks;
        // Only the part after the last direct statement's quotation is reported speech:
        // after the last mark in `s..e` of a used quotation.
        let mut s0 = s;
        let mut first_used = None;
        let first = b.mark_toks.partition_point(|&i| i < s);
        let marks = b.mark_toks.get(first..).unwrap_or(&[]);
        for &i in marks.iter().take_while(|&&i| i < e) {
            let used = toks.get(i).and_then(|t| used_q.get(t.q as usize));
            if used.copied().unwrap_or(false) {
                s0 = i + 1;
                first_used.get_or_insert(i);
            }
        }
        // "Asked whether ..., Ryan said, “Sure.”": a passive question before a direct
        // statement is a statement of its own
        if depth == 0 && first_used.is_some() {
            self.passive_questions(b, s, first_used.unwrap_or(e));
        }
        // "Roe said the data were encouraging, adding: “Q.”": a sentence ending in its
        // direct statement reports before it
        let (after_direct, s, e) = match first_used.and_then(|f| self.adding_before(toks, s, f)) {
            Some(k) if s0 >= e => (false, s, k),
            _ => (s0 > s, s0, e),
        };
        if s >= e {
            return;
        }
        if depth == 0 && first_used.is_none() {
            self.passive_questions(b, s, e);
        }
        let according = self.according_to(b, s, e);
        // "When Trump suggested ..., Rubio said ...": the main clause comes first.
        // (also after a connective: "So when ...", "But if ...")
        let connective = toks.get(s).is_some_and(|t| {
            t.is_word()
                && (t.has(F_AND_BUT) || matches!(&*self.lw(t), "so" | "yet" | "then" | "or"))
        });
        let subordinate = self.lw_is(toks.get(s), F_SUBORDINATE_LEAD)
            || (connective && self.lw_is(toks.get(s + 1), F_SUBORDINATE_LEAD));
        let main_start = if subordinate {
            first_in(b.bounds, s, e, Bound::Comma).map_or(s, |k| k + 1)
        } else {
            s
        };
        let st = Sent {
            b,
            s,
            e,
            after_direct,
            subordinate,
            main_start,
        };
        // "In a poll released Monday, most voters backed the plan": a leading report is
        // the source of the sentence, whatever verbs its clause has
        let leading_report = || self.in_report_at(b, s, e, s);
        let found = according
            .or_else(|| self.as_clause(b, s, e))
            .or_else(leading_report)
            .or_else(|| self.cue_passes(&st))
            .or_else(|| self.in_report(b, s, e));
        let Some(found) = found else {
            return;
        };
        let in_main = found.at >= main_start;
        self.report(&st, found, used_q, depth);
        // "Although Reynolds says X, others argue Y": the leading clause reports too
        if subordinate && in_main && main_start > s + 1 && depth < 2 {
            self.indirect_sentence(b, s, main_start - 1, used_q, depth + 1);
        }
    }

    /// ", adding: “Q”" with the quotation at token `f`: the comma before the participle
    /// (a speech cue ending in -ing, a colon or comma after it), when a clause of a few
    /// words comes before it in `s..`.
    fn adding_before(&self, toks: &[Tok], s: usize, f: usize) -> Option<usize> {
        let mut k = f.checked_sub(1)?;
        if toks
            .get(k)
            .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
        {
            k = k.checked_sub(1)?;
        }
        let cue = toks.get(k)?;
        let participle = cue.cue == Some(CueClass::Speech) && self.word(cue).ends_with("ing");
        let comma = k.checked_sub(1)?;
        (participle && toks.get(comma)?.is_punct(',') && comma > s + 3).then_some(comma)
    }

    /// passes: main clause verbs, any verbs, participles
    fn cue_passes(&self, st: &Sent<'_>) -> Option<Found> {
        let toks = &st.b.toks;
        for pass in 0..3 {
            let (from, want_part) = match pass {
                0 => (st.main_start, false),
                1 => (st.s, false),
                _ => (st.s, true),
            };
            if pass == 1 && st.main_start == st.s {
                continue;
            }
            for cue in cues_in(st.b.cues, from, st.e) {
                let Some(t) = toks.get(cue.tok) else { break };
                if let Some(found) = self.cue_at(st, cue, t, want_part) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The statement reported by the cue at token `c` (`t`), if it is one.
    fn cue_at(&self, st: &Sent<'_>, cue: &CueAt, t: &Tok, want_part: bool) -> Option<Found> {
        let (toks, s) = (&st.b.toks, st.s);
        let (c, class) = (cue.tok, cue.class);
        match self.reading(st, c, t, class) {
            Reading::Noun => {
                return if want_part {
                    None
                } else {
                    self.cue_noun_claim(st, c, t)
                };
            }
            Reading::NoCue => return None,
            Reading::Verb => {}
        }
        // "Trump is promising lower taxes": a progressive is a finite verb, taken with the
        // finite verbs (a participle waits for the last pass)
        let ing = self.word(t).ends_with("ing");
        let progressive = ing && verb_group(self.text, toks, c, s).progressive;
        let is_part = ing && !progressive;
        if want_part != is_part {
            return None;
        }
        if let Some(found) = self.quoted_as_saying(st, c, t) {
            return Some(found);
        }
        let cw = self.lw(t);
        // "went to Ohio to argue ...", "opened by talking about ...": the governing
        // clause's subject speaks
        let controlled = self.controlled(st, c, t);
        if cw.ends_with("ing") && class != CueClass::Speech && !progressive && !controlled {
            return None;
        }
        // "..., adding (that) CLAUSE": the speaker is the sentence's.
        // (also "... and calling him “a feminist.”")
        // (also ", before noting that ...")
        let after_subordinator = c > s + 1
            && self.lw_is(toks.get(c - 1), F_SUBORDINATORS)
            && toks.get(c - 2).is_some_and(|x| x.is_punct(','));
        let participle = cw.ends_with("ing")
            && !controlled
            && c > s
            && (toks.get(c - 1).is_some_and(|x| x.is_punct(','))
                || self.lw_is(toks.get(c - 1), F_AND_BUT)
                || after_subordinator);
        if participle {
            return self.participle_report(st, c, t);
        }
        // after a direct statement only a coordinated cue reports more:
        // "She declared “What a night!” and said that ..."
        if st.after_direct && !(c > s && self.lw_is(toks.get(c - 1), F_AND_BUT)) {
            return None;
        }
        if let Some(found) = self.inverted_cue(st, c, t) {
            return Some(found);
        }
        let (k0, sp, np) = if controlled {
            self.controller(st, c)?
        } else {
            self.cue_subject(st, c, t, class)?
        };
        if self.names_no_speaker(st, c, class, sp, np) {
            return None;
        }
        // "In a message posted Friday, ...": a participle after a noun phrase that a
        // preposition governs modifies that noun; it has no subject
        let past = cw.ends_with("ed") || t.has(F_TAG_VERB);
        if past && np == Np::Nominal && k0 > s && self.lw_is(toks.get(k0 - 1), F_TAG_PREP) {
            return None;
        }
        if let Some(found) = self.clause_before_cue(st, c, t, (sp, np, k0)) {
            return Some(found);
        }
        if cw.ends_with("ing") && np != Np::Relative && !progressive && !controlled {
            // participle without its own subject: "..., saying ..."
            return None;
        }
        self.clause_after_cue(st, c, t, (sp, np, k0))
    }

    /// How the cue word at `c` (`t`, of class `class`) reads where it stands: a cue noun
    /// ("the claim that", "issued a warning that", "her calls for a ban"), no cue (a passive
    /// "asked", "his support", "Latino support, ..."), or a verb.
    fn reading(&self, st: &Sent<'_>, c: usize, t: &Tok, class: CueClass) -> Reading {
        let toks = &st.b.toks;
        // "issued a warning that ...": an -ing form after a determiner is a cue noun
        let ing_noun = c > st.s
            && self.word(t).ends_with("ing")
            && self.lw_is(toks.get(c - 1), F_DETS | F_POSSESSIVES);
        // "her calls for a ban", "his support for Roe": a verb form in noun position with
        // a prepositional object
        let finite_form =
            !self.word(t).ends_with("ed") && !self.word(t).ends_with("ing") && !t.has(F_TAG_VERB);
        let noun_position = finite_form && c > st.s && reads_as_noun(self.text, toks, c);
        let noun_use = finite_form
            && c > st.s
            && t.has(F_FRAME_NOUN_OBJECT)
            && (noun_position || !reads_as_verb(self.text, toks, c, st.s));
        if class == CueClass::Noun || ing_noun || noun_use {
            return Reading::Noun;
        }
        // "his support for", "with attacks on": a base or -s form in noun position;
        // "Latino support, ...", "support among women": a form that is a noun too is a cue
        // only in verb position
        let not_verb =
            finite_form && t.has(F_FRAME_NOUN_TOO) && !reads_as_verb(self.text, toks, c, st.s);
        if self.is_passive_asked(toks, c) || noun_position || not_verb {
            Reading::NoCue
        } else {
            Reading::Verb
        }
    }

    /// "Trump was quoted as saying (that) CLAUSE": the subject of the passive "quoted" is
    /// the speaker, the cue is "quoted as saying".
    fn quoted_as_saying(&self, st: &Sent<'_>, c: usize, t: &Tok) -> Option<Found> {
        let toks = &st.b.toks;
        let (q, as_) = (c.checked_sub(2)?, c.checked_sub(1)?);
        let is = |k: usize, w: &str| {
            toks.get(k).is_some_and(|x| {
                x.is_word() && x.span.len() == w.len() && self.word(x).eq_ignore_ascii_case(w)
            })
        };
        if !(is(as_, "as") && is(q, "quoted") && self.word(t).ends_with("ing")) {
            return None;
        }
        let group = verb_group(self.text, toks, q, st.s);
        let (k0, sp, np) = self.np_before(toks, group.first, st.s)?;
        let mut found = self.clause_after_cue(st, c, t, (sp, np, k0))?;
        let start = toks.get(q)?.span.start;
        found.attr.0 = found.attr.0.map(|cue| Span::new(start, cue.end));
        Some(found)
    }

    /// CLAUSE, said X.
    fn inverted_cue(&self, st: &Sent<'_>, c: usize, t: &Tok) -> Option<Found> {
        let (toks, s, e) = (&st.b.toks, st.s, st.e);
        if !(c > s && toks.get(c - 1).is_some_and(|x| x.is_punct(','))) {
            return None;
        }
        let (_ne, sp, np) = self.np_after_widened(toks, c).filter(|&(ne, _, _)| {
            ne >= e
                || toks
                    .get(ne)
                    .is_some_and(|x| matches!(x.kind, Kind::Punct(',' | '.' | ';')))
        })?;
        let cs = self.lead_content(toks, s, c - 1)?;
        Some(Found::new(
            cs,
            (Some(t.span), Some((sp, np, c + 1))),
            0.75,
            c,
        ))
    }

    /// The subject of the cue at `c`: the noun phrase before it, or the sentence's
    /// subject for a coordinated cue ("and said", "but said", "..., called her ...").
    fn cue_subject(
        &self,
        st: &Sent<'_>,
        c: usize,
        t: &Tok,
        class: CueClass,
    ) -> Option<(usize, Span, Np)> {
        let (b, toks, s) = (st.b, &st.b.toks, st.s);
        let cw = self.lw(t);
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
        if right_after_and {
            sentence_subject().or_else(|| self.np_before_appos(toks, c, s))
        } else {
            match self.np_before_appos(toks, c, s) {
                Some(x) => Some(x),
                None if coord => sentence_subject(),
                None => None,
            }
        }
    }

    /// "his comments about ...", "Trump's fawning comments": a noun, not a verb; and a
    /// report verb ("shows") needs a name, a report or an organization as subject.
    fn names_no_speaker(&self, st: &Sent<'_>, c: usize, class: CueClass, sp: Span, np: Np) -> bool {
        let (toks, s) = (&st.b.toks, st.s);
        let after_det = c > s && self.lw_is(toks.get(c - 1), F_DET_ONLY);
        if after_det
            || (np != Np::Pronoun && self.possessed_non_person(sp))
            || (np == Np::Nominal && self.adjective_head(sp) && !self.is_share(toks, c, s, sp))
        {
            return true;
        }
        if np == Np::Nominal && self.names_a_thing(toks, c, sp) {
            return true;
        }
        // "The furor raises questions about ...": the cue is the object of a verb that the
        // noun phrase before it ends in
        if np == Np::Nominal && self.ends_in_object_taking_verb(sp) {
            return true;
        }
        if class == CueClass::Report {
            let head = sp.text(self.text).split_whitespace().last().unwrap_or("");
            if !(np == Np::Name || self.lex.is_report_noun(head) || self.lex.is_org_word(head)) {
                return true;
            }
        }
        false
    }

    /// "a program called Sandy Hook Promise", "a new group called Black Votes Matter": a
    /// participle of naming right after an indefinite noun phrase that names no person
    /// (no role or group noun) gives the thing its name; it reports nothing.
    fn names_a_thing(&self, toks: &[Tok], c: usize, sp: Span) -> bool {
        let naming = toks.get(c).is_some_and(|t| {
            let w = self.word(t);
            w.ends_with("ed")
                && ["called", "named", "dubbed", "titled", "nicknamed"]
                    .iter()
                    .any(|n| w.eq_ignore_ascii_case(n))
        });
        let right_before = c > 0 && toks.get(c - 1).is_some_and(|t| t.span.end == sp.end);
        let phrase = sp.text(self.text);
        let indefinite = ["a ", "an ", "A ", "An "]
            .iter()
            .any(|a| phrase.starts_with(a));
        let head = phrase.split_whitespace().last().unwrap_or("");
        let person = self.lex.is_title(head) || self.lex.is_group_noun(head);
        naming && right_before && indefinite && !person
    }

    /// Whether the phrase `sp` ends in one of [`OBJECT_TAKING_VERBS`].
    fn ends_in_object_taking_verb(&self, sp: Span) -> bool {
        let text = sp.text(self.text);
        let last = text.rsplit(' ').next().unwrap_or(text);
        (last.ends_with('s') || last.ends_with('d'))
            && OBJECT_TAKING_VERBS
                .iter()
                .any(|v| last.eq_ignore_ascii_case(v))
    }

    /// CLAUSE, X said [, CLAUSE] (not "In a statement, X said that ...").
    fn clause_before_cue(&self, st: &Sent<'_>, c: usize, t: &Tok, sp: Mention) -> Option<Found> {
        let (toks, s, e) = (&st.b.toks, st.s, st.e);
        let k0c = sp.2;
        let then_that = self.lw_is(toks.get(c + 1), F_THAT);
        // ("When asked about it, Trump said ...": the clause before is no content)
        let only_subordinate = st.subordinate && k0c <= st.main_start;
        let after_clause = k0c > s + 2
            && !then_that
            && !only_subordinate
            && !self.participial_lead(toks, s)
            && toks.get(k0c - 1).is_some_and(|x| x.is_punct(','));
        if !after_clause {
            return None;
        }
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
                let mut found = Found::new(cs, (Some(t.span), Some(sp)), 0.75, e);
                found.extra = Some(rest);
                return Some(found);
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
                return Some(Found::new(cs, (Some(t.span), Some(sp)), 0.75, c));
            }
        }
        None
    }

    /// "Asked about the plan, ...", "Speaking to reporters, ...": a sentence opening with a
    /// participle phrase, which is no content of the cue after it.
    /// (A phrase with a finite verb before its comma is a clause: "Shifting monsoon
    /// patterns could affect ..., Obama said".)
    fn participial_lead(&self, toks: &[Tok], s: usize) -> bool {
        if self.is_passive_asked(toks, s) {
            return true;
        }
        let participle = toks.get(s).is_some_and(|t| {
            let w = self.word(t);
            t.is_word()
                && t.cap
                && !t.has(F_FIRST_NAME)
                && ((w.len() >= 6 && w.ends_with("ing")) || (w.len() >= 5 && w.ends_with("ed")))
                && !w.eq_ignore_ascii_case("indeed")
        });
        participle
            && toks
                .get(s + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|t| !t.is_punct(','))
                .all(|t| !t.has(F_CLAUSE_WORDS))
    }

    /// X said (that) CLAUSE
    fn clause_after_cue(&self, st: &Sent<'_>, c: usize, t: &Tok, sp: Mention) -> Option<Found> {
        let toks = &st.b.toks;
        // "After Scalia said that ..., Trump objected": a cue in the leading subordinate
        // clause reports up to the comma that ends it
        let e = if st.subordinate && c < st.main_start && st.main_start > st.s + 1 {
            st.main_start - 1
        } else {
            st.e
        };
        let e = self.coordination_end(st.b, c + 1, e);
        let mut a = c + 1;
        // "called for a revolution", "pointed out that ...": the particle is cue
        let mut cue_span = t.span;
        if let Some(p) = toks.get(a).filter(|p| p.is_word() && p.outside()) {
            if p.has(F_PARTICLE) && self.lex.is_cue_phrase(self.word(t), self.word(p)) {
                cue_span = Span::new(t.span.start, p.span.end);
                a += 1;
            }
        }
        let that_at = self.that_within(st.b, a, e);
        let mut a = self.content_start(st, c, t, a, that_at)?;
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
        // the cue's frame: "declined the offer" reports nothing, "endorsed Graham." does
        let comp = complement(self.text, toks, a, ce, that_at.is_some());
        // "the respondents who support Sanders are in college": in a relative clause, a
        // stance verb's bare "clause" is its object and the main clause's verb
        let relative = sp.1 == Np::Relative || (c > 0 && self.lw_is(toks.get(c - 1), F_RELATIVES));
        let stance_object = relative
            && comp == Complement::Clause
            && that_at.is_none()
            && t.has(F_FRAMED)
            && t.has(F_FRAME_OBJECT);
        let comp = if stance_object {
            Complement::Object
        } else {
            comp
        };
        if !reports_through(t.flags, comp) {
            return None;
        }
        let framed_object = comp == Complement::Object && t.has(F_FRAME_OBJECT);
        // a framed object ends at a dash or at a coordinated verb: "opposed the pact — one
        // of ...", "endorsed Trump last week and has appeared ..."
        let ends_object = |x: &&Boundary| match x.kind {
            Bound::Dash => true,
            Bound::Coordinator => toks.get(x.tok + 1).is_some_and(|n| n.has(F_CLAUSE_WORDS)),
            _ => false,
        };
        let ce = match bounds_in(st.b.bounds, a + 1, ce).iter().find(ends_object) {
            Some(x) if framed_object => x.tok,
            _ => ce,
        };
        // "the voters who support Roe are young": in a relative clause the object ends
        // where the main clause's verb comes
        let ce = if framed_object && relative {
            first_verb(self.text, toks, a, ce).unwrap_or(ce)
        } else {
            ce
        };
        // "declined to comment": a to-infinitive is content of two words
        let infinitive = self.lw_is(toks.get(a), F_TO);
        let content = if ce < e || cue_span != t.span || framed_object {
            self.content_span_n(toks, a, ce, 1)
        } else if quoted || infinitive {
            // `called Trump “unhinged.”`
            self.content_span_n(toks, a, ce, 2)
        } else if comp == Complement::Clause && relative {
            // "voters who say Roe is honest stayed home": a relative clause's report ends
            // before the main clause's verb
            let end = self.clause_end_before_main_verb(toks, a, e, true);
            self.content_span_n(toks, a, end, 2)
        } else if comp == Complement::Clause {
            // "said he won": a subject and its verb are a clause
            self.content_span_n(toks, a, e, 2)
        } else {
            self.content_span(toks, a, e)
        };
        let conf = if that_at.is_some() { 0.8 } else { 0.65 };
        Some(Found::new(content?, (Some(cue_span), Some(sp)), conf, c))
    }

    /// ", but Roe said ...": a comma and "and"/"but" before another cue with its own
    /// subject in tokens `a..e` end the clause (the next clause is a report of its own);
    /// else `e`.
    fn coordination_end(&self, b: &BlockData, a: usize, e: usize) -> usize {
        let cues = cues_in(b.cues, a, e);
        let Some(last_cue) = cues.iter().rev().find(|c| c.class != CueClass::Noun) else {
            return e;
        };
        let toks = &b.toks;
        // ", and" / ", but": a coordinator right after a comma, before the last cue
        bounds_in(b.bounds, a + 1, last_cue.tok)
            .iter()
            .filter(|x| x.kind == Bound::Coordinator)
            .map(|x| x.tok - 1)
            .find(|&k| {
                toks.get(k).is_some_and(|t| t.is_punct(',') && t.outside())
                    && cues.iter().any(|c| {
                        c.tok > k + 2
                            && c.class != CueClass::Noun
                            && self.np_before(toks, c.tok, k + 2).is_some()
                    })
            })
            .unwrap_or(e)
    }

    /// "that" within a few tokens from `a`, before any quotation and any later cue
    /// ("X believes Y said the vote showed that ...": a later cue owns its "that").
    fn that_within(&self, b: &BlockData, a: usize, e: usize) -> Option<usize> {
        let k = first_in(b.bounds, a, (a + 8).min(e), Bound::That)?;
        let between = b.toks.get(a..k).unwrap_or(&[]);
        let blocked = between
            .iter()
            .any(|x| x.kind == Kind::Open || x.cue.is_some_and(|c| c != CueClass::Noun));
        (!blocked).then_some(k)
    }

    /// Where the content after the cue at `c` starts (`a`: after the cue and its
    /// particle): at "that", after an adverbial or after the addressee; `None` when there
    /// is no content.
    fn content_start(
        &self,
        st: &Sent<'_>,
        c: usize,
        t: &Tok,
        a: usize,
        that_at: Option<usize>,
    ) -> Option<usize> {
        let (toks, e) = (&st.b.toks, st.e);
        if let Some(k) = that_at {
            return Some(k);
        }
        if self.lw_is(toks.get(a), F_ADVERBIAL_START) {
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
            // "Burton explained from a podium.": an adverbial with no clause after it is
            // no content
            let clause = || {
                let rest = toks.get(a + 1..e).unwrap_or(&[]);
                rest.iter()
                    .any(|x| x.has(F_CLAUSE_WORDS) || x.kind == Kind::Open)
            };
            return match next {
                Some(k) => Some(k),
                None if self.lw_is(toks.get(a), F_SUBORDINATORS) => None,
                None if !clause() => None,
                None => Some(a),
            };
        }
        if takes_object(self.lw(t).as_str()) {
            // skip the object
            if let Some((ne, _, _)) = self.np_after(toks, c) {
                return Some(ne);
            } else if toks.get(a).is_some_and(|x| x.is_word()) {
                return Some(a + 1);
            }
        }
        Some(a)
    }

    /// Records the statement `found` of sentence `st`, then the reports nested in it.
    fn report(&mut self, st: &Sent<'_>, found: Found, used_q: &mut [bool], depth: u8) {
        let Found {
            content,
            attr: (cue, mut speaker),
            mut conf,
            at,
            extra,
        } = found;
        let lead = self.evidential(st, cue, content, &mut speaker, &mut conf);
        // mixed when a quotation lies inside the content
        let mut mixed = false;
        for t in st.b.toks.get(st.s..st.e).unwrap_or(&[]) {
            if t.kind == Kind::Open
                && (content.contains(t.span) || extra.is_some_and(|x| x.contains(t.span)))
                && !self.is_title_quote(st.b, t.q as usize)
            {
                mixed = true;
                if !self.is_modifier_quote(st.b, t.q as usize) {
                    mark_used(used_q, t.q as usize);
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
        self.push(kind, spans, cue, speaker, st.b.toks, conf, st.b);
        if depth < 2 && at + 1 < st.e && at >= st.s {
            self.nested_reports(st, cue, content, at, used_q, depth);
        }
    }

    /// "Clinton appeared to have the most to gain", "The magnate was expected to win":
    /// an evidential or passive cue credits nobody; its subject is part of the content
    /// (returned when it comes before the content).
    fn evidential(
        &self,
        st: &Sent<'_>,
        cue: Option<Span>,
        content: Span,
        speaker: &mut Option<Mention>,
        conf: &mut f32,
    ) -> Option<Span> {
        let toks = &st.b.toks;
        let mut lead: Option<Span> = None;
        let ck = (st.s..st.e).find(|&k| toks.get(k).is_some_and(|t| Some(t.span) == cue))?;
        let cw = toks.get(ck).map(|t| self.lw(t));
        let raising = toks.get(ck).is_some_and(|t| t.has(F_RAISING));
        let passive = verb_group(self.text, toks, ck, st.s).passive
            && cw.as_ref().is_some_and(|w| w.ends_with("ed"));
        // "Officials are worried that ...", "She was convinced that ...": a belief
        // participle before a that-clause is an adjective; its subject holds the belief
        // ("It is believed that ..." has none)
        let feeling = toks
            .get(ck)
            .is_some_and(|t| t.cue == Some(CueClass::Belief))
            && self.lw_is(toks.get(ck + 1), F_THAT)
            && speaker
                .as_ref()
                .is_some_and(|(sp, _, _)| !sp.text(self.text).eq_ignore_ascii_case("it"));
        if raising || (passive && !feeling) {
            if let Some((sp, _, _)) = speaker.take() {
                if sp.end <= content.start {
                    lead = Some(sp);
                }
            }
            *conf *= 0.8;
        }
        lead
    }

    /// A report inside the report: "X said Y believes that ...". When the content follows
    /// the cue, the nested report is searched for inside the content only: a skipped
    /// object ("X asked Y, CLAUSE") or words after the content's end (a semicolon) belong
    /// to no nested report, whose content, cue and speaker must lie inside this content.
    fn nested_reports(
        &mut self,
        st: &Sent<'_>,
        cue: Option<Span>,
        content: Span,
        found_at: usize,
        used_q: &mut [bool],
        depth: u8,
    ) {
        let (b, toks, e) = (st.b, &st.b.toks, st.e);
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

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::statements;

    #[test]
    fn x_said_clause_and_clause_x_said() {
        let after = statements("T\n\nMiller said the plan would fail.");
        assert_eq!(
            after,
            "Indirect [the plan would fail] cue: said, speaker: Miller"
        );
        let before = statements("T\n\nThe plan will fail, officials said.");
        assert_eq!(
            before,
            "Indirect [The plan will fail] cue: said, speaker: officials"
        );
    }

    #[test]
    fn an_inverted_cue_and_a_cue_inside_the_clause() {
        let inverted = "Indirect [The plan will fail] cue: said, speaker: Miller";
        assert_eq!(
            statements("T\n\nThe plan will fail, said Miller."),
            inverted
        );
        let inside = "Indirect [The plan | will fail this year] cue: said, speaker: Miller";
        assert_eq!(
            statements("T\n\nThe plan, Miller said, will fail this year."),
            inside
        );
    }

    #[test]
    fn a_coordinated_cue_takes_the_sentence_subject() {
        assert_eq!(
            statements("T\n\nMiller declined to comment and said the plan would fail."),
            "Indirect [to comment] cue: declined, speaker: Miller\n\
             Indirect [the plan would fail] cue: said, speaker: Miller"
        );
    }

    #[test]
    fn a_report_inside_a_report() {
        // (a belief inside the report is proposed too; the resolver keeps it only on
        // request: see `quotes::resolve`)
        let text = "T\n\nMiller said Roe argued that the plan will fail.";
        let want = "Indirect [Roe argued that the plan will fail] cue: said, speaker: Miller\n\
                    Indirect [that the plan will fail] cue: argued, speaker: Roe";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn a_report_in_a_leading_subordinate_clause_ends_at_its_comma() {
        let text = "T\n\nAfter Scalia said that students might do better, Trump objected.";
        let want = "Indirect [that students might do better] cue: said, speaker: Scalia";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn the_leading_clause_and_the_main_clause_report_each() {
        let text = "T\n\nAlthough Roe says that the plan failed, others argue that it worked.";
        let want = "Indirect [that the plan failed] cue: says, speaker: Roe\n\
                    Indirect [that it worked] cue: argue, speaker: others";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn clauses_coordinated_with_their_own_cue_are_statements_of_their_own() {
        let text = "T\n\nMiller said the plan would fail, but Roe said it would work.";
        let want = "Indirect [the plan would fail] cue: said, speaker: Miller\n\
                    Indirect [it would work] cue: said, speaker: Roe";
        assert_eq!(statements(text), want);
    }

    #[test]
    fn an_adverbial_without_a_clause_is_no_content() {
        assert_eq!(statements("T\n\nBurton explained from a podium."), "");
        let found = statements("T\n\nRoe said during the interview the plan would fail.");
        assert_eq!(
            found,
            "Indirect [during the interview the plan would fail] cue: said, speaker: Roe"
        );
    }

    #[test]
    fn a_to_infinitive_is_content_of_two_words() {
        assert_eq!(
            statements("T\n\nThe company declined to comment."),
            "Indirect [to comment] cue: declined, speaker: The company"
        );
    }

    #[test]
    fn a_participle_phrase_opening_the_sentence_is_no_content() {
        assert_eq!(
            statements("T\n\nSpeaking to reporters, Trump said it would fail."),
            "Indirect [it would fail] cue: said, speaker: Trump"
        );
        assert_eq!(
            statements("T\n\nAsked about the plan, Trump said it would fail."),
            "Indirect [about the plan] cue: Asked, speaker: -\n\
             Indirect [it would fail] cue: said, speaker: Trump"
        );
        // a subject that looks like a participle, with its verb before the comma
        assert_eq!(
            statements("T\n\nShifting monsoons could hurt farms, Obama said."),
            "Indirect [Shifting monsoons could hurt farms] cue: said, speaker: Obama"
        );
    }

    #[test]
    fn the_addressee_is_one_phrase_and_the_content_follows_it() {
        assert_eq!(
            statements("T\n\nTrump told officials the plan would fail."),
            "Indirect [the plan would fail] cue: told, speaker: Trump"
        );
    }

    #[test]
    fn an_inverted_speaker_keeps_its_prepositional_phrase() {
        assert_eq!(
            statements("T\n\nThe plan will fail, said the minister of the interior."),
            "Indirect [The plan will fail] cue: said, speaker: the minister of the interior"
        );
    }

    #[test]
    fn a_report_before_adding_and_a_quotation_is_kept() {
        assert_eq!(
            statements("T\n\nRoe said the data were good, adding: “We are very pleased.”"),
            "Indirect [the data were good] cue: said, speaker: Roe\n\
             Direct [“We are very pleased.”] cue: adding, speaker: Roe"
        );
    }

    #[test]
    fn a_parenthetical_between_subject_and_verb_stays_in_the_clause() {
        assert_eq!(
            statements("T\n\nRoe said Trump, despite his wealth, is not a billionaire."),
            "Indirect [Trump, despite his wealth, is not a billionaire] cue: said, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nRoe said Trump — a developer — is not a billionaire."),
            "Indirect [Trump — a developer — is not a billionaire] cue: said, speaker: Roe"
        );
        // an object with a relative clause still ends at its comma
        assert_eq!(
            statements("T\n\nRoe endorsed Trump, who has won five states, on Monday."),
            "Indirect [Trump] cue: endorsed, speaker: Roe"
        );
    }

    #[test]
    fn a_participle_of_naming_after_a_thing_reports_nothing() {
        assert_eq!(
            statements("T\n\nShe leads a program called Sandy Hook Promise."),
            ""
        );
        assert_eq!(
            statements("T\n\nA spokesman called the plan a disaster."),
            "Indirect [the plan a disaster] cue: called, speaker: A spokesman"
        );
    }

    #[test]
    fn quoted_as_saying_credits_the_subject() {
        assert_eq!(
            statements("T\n\nTrump was quoted as saying the plan would fail."),
            "Indirect [the plan would fail] cue: quoted as saying, speaker: Trump"
        );
    }

    #[test]
    fn an_adjective_of_belief_before_a_that_clause_credits_its_subject() {
        assert_eq!(
            statements("T\n\nRoe is confident that the bill will pass."),
            "Indirect [that the bill will pass] cue: confident, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nOfficials are worried that the dam could fail."),
            "Indirect [that the dam could fail] cue: worried, speaker: Officials"
        );
        // a passive of belief before an infinitive credits nobody
        assert_eq!(
            statements("T\n\nTrump is expected to win the state."),
            "Indirect [Trump | to win the state] cue: expected, speaker: -"
        );
    }

    #[test]
    fn a_noun_phrase_ending_in_a_verb_is_no_speaker_of_its_object() {
        assert_eq!(
            statements("T\n\nThe furor raises questions about the plan."),
            ""
        );
        assert_eq!(
            statements("T\n\nMany in the party say the plan will fail. Some say it will work."),
            "Indirect [the plan will fail] cue: say, speaker: Many in the party\n\
             Indirect [it will work] cue: say, speaker: Some"
        );
    }

    #[test]
    fn a_participle_after_before_and_a_concession_end_the_report() {
        assert_eq!(
            statements("T\n\nRoe said the plan would fail, before noting that the vote was close."),
            "Indirect [the plan would fail] cue: said, speaker: Roe\n\
             Indirect [that the vote was close] cue: noting, speaker: Roe"
        );
        assert_eq!(
            statements("T\n\nRoe said the plan would fail even though the vote was close."),
            "Indirect [the plan would fail] cue: said, speaker: Roe"
        );
    }

    #[test]
    fn a_form_that_is_a_noun_too_is_a_cue_only_in_verb_position() {
        assert_eq!(
            statements("T\n\nRepublicans support the plan."),
            "Indirect [the plan] cue: support, speaker: Republicans"
        );
        // (as a noun, its prepositional object is its owner's stance: `cue_noun`)
        assert_eq!(
            statements("T\n\nHis support for the plan grew."),
            "Indirect [the plan] cue: support for, speaker: His"
        );
        assert_eq!(
            statements("T\n\nThe plan has broad support among women."),
            ""
        );
    }

    #[test]
    fn a_participle_after_a_prepositional_object_has_no_subject() {
        assert_eq!(
            statements("T\n\nIn a message posted Friday, Cruz said he disagreed."),
            "Indirect [he disagreed] cue: said, speaker: Cruz"
        );
    }

    #[test]
    fn a_subject_and_its_verb_are_a_reported_clause() {
        assert_eq!(
            statements("T\n\nCruz said he won."),
            "Indirect [he won] cue: said, speaker: Cruz"
        );
    }

    #[test]
    fn a_connective_before_a_leading_subordinate_clause_keeps_the_clauses_apart() {
        assert_eq!(
            statements("T\n\nSo when Roe signaled that a deal was near, Mr. Barrett said the state was floored."),
            "Indirect [that a deal was near] cue: signaled, speaker: Roe\n\
             Indirect [the state was floored] cue: said, speaker: Mr. Barrett"
        );
    }

    #[test]
    fn a_stance_verb_in_a_relative_clause_takes_an_object_not_the_main_clause() {
        assert_eq!(
            statements("T\n\nMost of the voters who support Roe are young."),
            "Indirect [Roe] cue: support, speaker: who"
        );
    }

    #[test]
    fn a_report_in_a_relative_clause_ends_before_the_main_verb() {
        assert_eq!(
            statements("T\n\nVoters who say Roe is honest stayed home."),
            "Indirect [Roe is honest] cue: say, speaker: who"
        );
        assert_eq!(
            statements(
                "T\n\nAn architect who said he was stiffed after he designed a clubhouse complained."
            ),
            "Indirect [he was stiffed after he designed a clubhouse] cue: said, speaker: who"
        );
    }

    #[test]
    fn a_bare_plural_is_the_subject_of_a_cue() {
        assert_eq!(
            statements("T\n\nBut specialists say the data might be fake."),
            "Indirect [the data might be fake] cue: say, speaker: specialists"
        );
    }
}
