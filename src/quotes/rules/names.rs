//! Pass 1, names: every run of capitalized words becomes a named entity of the speaker
//! resolver before any statement is looked for.
//!
//! - a name with a title: `Senator Jane Roe said` → the entity "Jane Roe", titled;
//! - a name with an honorific: `Mrs. Roe` → "Roe", female;
//! - a description in apposition: `Jane Roe, the state treasurer, said` → described as
//!   "the state treasurer".

use crate::lexicon::{CueClass, F_FIRST_NAME};
use crate::quotes::ctx::Ctx;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::{
    F_ARTICLES, F_CUE, F_GROUP_NOUN, F_HONORIFIC, F_NAME_END, F_NOMINAL_STOP, F_STOP_CAP, F_TITLE,
};
use crate::speakers::{strip_possessive, Gender};
use crate::Span;

impl Ctx<'_> {
    /// Adds the capitalized runs of a block's tokens to the resolver.
    pub(crate) fn find_names(&mut self, toks: &[Tok]) {
        let n = toks.len();
        let mut i = 0;
        while i < n {
            let Some(t) = toks.get(i) else { break };
            if !self.is_cap_word(t) {
                i += 1;
                continue;
            }
            let j = self.cap_run_end(toks, i);
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

    /// A capitalized word that is a cue verb of speech or belief ("Says", "Warns",
    /// "Believes"), not a first name.
    fn is_cue_verb(&self, t: &Tok) -> bool {
        t.has(F_CUE)
            && !t.has(F_FIRST_NAME)
            && matches!(
                self.lex.cue(self.word(t)),
                Some(CueClass::Speech | CueClass::Belief)
            )
    }

    /// End (exclusive) of the run of capitalized words (and connectors between them)
    /// starting at token `i`; a possessive or a cue verb ends it.
    fn cap_run_end(&self, toks: &[Tok], i: usize) -> usize {
        let mut j = i + 1;
        while let Some(u) = toks.get(j) {
            if self.is_cap_word(u) && self.is_cue_verb(u) {
                // "Trump Says Clinton Is Unfit": a Title Case cue verb ends the name
                break;
            }
            if self.is_cap_word(u) {
                // possessive ends the run
                let prev_poss = toks
                    .get(j - 1)
                    .is_some_and(|p| strip_possessive(self.word(p)).len() != self.word(p).len());
                if prev_poss {
                    break;
                }
                j += 1;
            } else if self.is_connector(u) && toks.get(j + 1).is_some_and(|v| self.is_cap_word(v)) {
                j += 2;
            } else {
                break;
            }
        }
        j
    }

    fn add_run(&mut self, toks: &[Tok], s: usize, e: usize, subject: bool) {
        let lex = self.lex;
        // single group nouns ("Democrats") are not names
        if e == s + 1 && toks.get(s).is_some_and(|t| t.has(F_GROUP_NOUN)) {
            return;
        }
        let Some((name_start, mention_start, honorific)) = self.name_bounds(toks, s, e) else {
            return;
        };
        let (Some(ms), Some(ns), Some(last)) = (
            toks.get(mention_start),
            toks.get(name_start),
            toks.get(e - 1),
        ) else {
            return;
        };
        let mention = Span::new(ms.span.start, last.span.end);
        let name = Span::new(ns.span.start, last.span.end);
        let d0 = self.titles_before(toks, s);
        let mut desc: Option<Span> = None;
        let titled = name_start > s || d0 < s;
        if d0 < name_start {
            if let (Some(a), Some(b)) = (toks.get(d0), toks.get(mention_start.wrapping_sub(1))) {
                if mention_start > d0 {
                    desc = Some(Span::new(a.span.start, b.span.end));
                }
            }
        }
        if desc.is_none() && toks.get(e).is_some_and(|t| t.is_punct(',')) {
            desc = self
                .apposition_after(toks, e)
                .or_else(|| self.apposition_before(toks, s));
        }
        let text = self.text;
        let desc_text = desc.map(|d| d.text(text));
        let id = self.res.add_name(
            text, name, honorific, desc_text, titled, subject, lex, self.vocab,
        );
        if mention != name {
            if let Some(en) = self.res.entities.get_mut(id) {
                if let Some(m) = en.mentions.last_mut() {
                    *m = mention;
                }
            }
        }
    }

    /// The run `s..e` past its title prefix: (name start, mention start, honorific's
    /// gender); `None` for a run that is only an honorific.
    fn name_bounds(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
    ) -> Option<(usize, usize, Option<Gender>)> {
        let lex = self.lex;
        // title prefix
        let mut name_start = s;
        for k in s..e {
            if let Some(t) = toks.get(k) {
                if t.has(F_TITLE) && k + 1 < e && !t.has(F_HONORIFIC) {
                    name_start = k + 1;
                }
            }
        }
        let mut honorific = None;
        let mention_start = name_start;
        if let Some(t) = toks.get(name_start) {
            if let Some(g) = t
                .has(F_HONORIFIC)
                .then(|| lex.honorific(self.word(t)))
                .flatten()
            {
                honorific = Some(g);
                if name_start + 1 < e {
                    name_start += 1;
                } else {
                    return None;
                }
            }
        }
        Some((name_start, mention_start, honorific))
    }

    /// Description: the first of the lowercase titles just before the run at `s` (`s`
    /// when there is none).
    fn titles_before(&self, toks: &[Tok], s: usize) -> usize {
        let mut d0 = s;
        let mut k = s;
        while k > 0 && s - k < 5 {
            let Some(p) = toks.get(k - 1) else { break };
            if p.is_word()
                && p.outside()
                && (p.has(F_TITLE) || (p.cap && !self.lw_is(Some(p), F_STOP_CAP)))
            {
                k -= 1;
                if p.has(F_TITLE) {
                    d0 = k;
                }
            } else {
                break;
            }
        }
        d0
    }

    /// A role the run at `s` stands in apposition to: "(the|a) ... title ..., NAME," at the
    /// start of a sentence or clause (`The opposition leader, Keir Starmer, said`).
    fn apposition_before(&self, toks: &[Tok], s: usize) -> Option<Span> {
        let comma = s
            .checked_sub(1)
            .filter(|&k| toks.get(k).is_some_and(|t| t.is_punct(',')))?;
        let mut k = comma;
        let mut has_title = false;
        while k > 0 && comma - k < 8 {
            let Some(t) = toks.get(k - 1) else { break };
            if !t.is_word() || !t.outside() || t.has(F_NAME_END | F_CUE | F_NOMINAL_STOP) {
                break;
            }
            has_title |= t.has(F_TITLE);
            k -= 1;
            if t.has(F_ARTICLES) {
                break;
            }
        }
        // the role opens its clause: nothing or punctuation before it
        let opens = k == 0 || toks.get(k - 1).is_some_and(|t| !t.is_word());
        let st = k + usize::from(self.lw_is(toks.get(k), F_ARTICLES));
        if !(has_title && opens && st < comma) {
            return None;
        }
        let (a, b) = (toks.get(st)?, toks.get(comma - 1)?);
        Some(Span::new(a.span.start, b.span.end))
    }

    /// Apposition after the run ending at the comma `e`: ", (the|a) ... title ... ,".
    fn apposition_after(&self, toks: &[Tok], e: usize) -> Option<Span> {
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
            if t.has(F_TITLE) {
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
                return Some(Span::new(a.span.start, b.span.end));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::speakers::{Gender, Speaker};

    fn speakers(text: &str) -> Vec<Speaker> {
        crate::quotes::extract(&crate::Article::parse(text).unwrap()).speakers
    }

    #[test]
    fn a_title_before_a_name_is_no_part_of_it() {
        let sp = speakers("T\n\n“We will win,” Senator Jane Roe said on Monday.");
        assert_eq!(sp[0].name, "Jane Roe");
        assert_eq!(sp[0].descriptions, ["Senator"]);
    }

    #[test]
    fn an_honorific_gives_the_gender() {
        let sp = speakers("T\n\nMrs. Roe said the plan would fail.");
        assert_eq!(sp[0].name, "Roe");
        assert_eq!(sp[0].gender, Gender::Female);
    }

    #[test]
    fn an_apposition_with_a_title_describes_the_name() {
        let sp = speakers("T\n\nJane Roe, the state treasurer, said the plan would fail.");
        assert_eq!(sp[0].name, "Jane Roe");
        assert_eq!(sp[0].descriptions, ["state treasurer"]);
    }

    #[test]
    fn a_role_before_a_name_in_apposition_describes_the_name() {
        let sp = speakers("T\n\nThe opposition leader, Keir Starmer, said the plan would fail.");
        assert_eq!(sp.len(), 1);
        assert_eq!(sp[0].name, "Keir Starmer");
        assert_eq!(sp[0].descriptions, ["opposition leader"]);
        // "the spokesperson" later is the same entity
        let sp = speakers(
            "T\n\nThe spokesperson, Matthew Miller, said talks would resume. \
             The spokesperson said a date was set.",
        );
        assert_eq!(sp.len(), 1, "{sp:?}");
        assert_eq!(sp[0].name, "Matthew Miller");
    }

    #[test]
    fn a_title_case_cue_verb_ends_a_name() {
        let sp = speakers("Trump Says Clinton Is Unfit\n\nWASHINGTON — Trump spoke on Monday.");
        assert_eq!(sp.len(), 1, "{sp:?}");
        assert_eq!(sp[0].name, "Trump");
    }
}
