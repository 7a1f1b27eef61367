//! The extraction state shared by all rules: [`Ctx`] (text, lexicons, speaker resolver,
//! statements found so far), the statement draft, the speaker-mention types, and the few
//! operations every rule uses (word accessors, [`Ctx::push`], speaker resolution).

use super::block::BlockData;
use super::lexicon::{CueClass, Lexicons};
use super::tokens::Tok;
use super::words::{Low, F_CONNECTORS};
use super::QuoteKind;
use crate::article::BlockKind;
use crate::lexicon::Vocab;
use crate::speakers::{strip_possessive, Gender, Resolver, SpeakerKind};
use crate::Span;

/// A speaker mention: span, kind, index of its first token.
pub(crate) type Mention = (Span, Np, usize);
/// An attribution: cue span and speaker mention.
pub(crate) type Attr = (Option<Span>, Option<Mention>);

/// The kind of a speaker noun phrase.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Np {
    Pronoun,
    Relative,
    Name,
    Nominal,
}

/// A statement found, before speakers are renumbered by the driver's `finish`.
pub(crate) struct Draft {
    pub(crate) kind: QuoteKind,
    pub(crate) content: Vec<Span>,
    pub(crate) cue: Option<Span>,
    pub(crate) speaker: Option<(Span, Np)>,
    pub(crate) entity: Option<usize>,
    /// The other entities of coordinated speakers ("Burton and Nick").
    pub(crate) co_entities: Vec<usize>,
    pub(crate) confidence: f32,
    pub(crate) block: usize,
    pub(crate) block_kind: BlockKind,
}

/// The state of one article's extraction.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) lex: &'a Lexicons,
    /// The compiled vocabulary of `lex`.
    pub(crate) vocab: &'a Vocab,
    pub(crate) res: Resolver,
    pub(crate) drafts: Vec<Draft>,
    pub(crate) terms: Vec<Span>,
}

/// What one block passes on to the next (multi-paragraph quotations, "X said:").
#[derive(Default)]
pub(crate) struct Carry {
    /// Statement whose last quotation is still open at the end of the previous block.
    pub(crate) open_stmt: Option<usize>,
    /// Last direct statement of the previous block.
    pub(crate) last_direct: Option<usize>,
    /// Indirect statement of the previous block's last sentence, when it is the block's
    /// last statement (see [`crate::quotes::rules::after_indirect`]).
    pub(crate) last_indirect: Option<usize>,
    /// Attribution of a previous block ending in "X said:".
    pub(crate) colon_attr: Option<Attr>,
    /// An unclosed quote-only paragraph added to statement `.0` as its continuation: it
    /// moves to the next paragraph's statement when that one has its own attribution.
    pub(crate) tentative: Option<(usize, Span, usize, BlockKind)>,
}

impl<'a> Ctx<'a> {
    /// An empty context for `text`.
    pub(crate) fn new(text: &'a str, lex: &'a Lexicons, vocab: &'a Vocab) -> Ctx<'a> {
        Ctx {
            text,
            lex,
            vocab,
            res: Resolver::new(text),
            drafts: Vec::new(),
            terms: Vec::new(),
        }
    }

    pub(crate) fn word(&self, t: &Tok) -> &str {
        t.span.text(self.text)
    }

    pub(crate) fn lw(&self, t: &Tok) -> Low<'a> {
        Low::new(t.span.text(self.text))
    }

    /// A word whose lower-cased text is in one of the lists `flags` names.
    pub(crate) fn lw_is(&self, t: Option<&Tok>, flags: u64) -> bool {
        t.is_some_and(|t| t.is_word() && t.has(flags))
    }

    pub(crate) fn cue_of(&self, t: &Tok) -> Option<CueClass> {
        t.cue
    }

    pub(crate) fn is_connector(&self, t: &Tok) -> bool {
        self.lw_is(Some(t), F_CONNECTORS)
    }

    /// Capitalized name-ish token (not a sentence-function word).
    pub(crate) fn is_cap_word(&self, t: &Tok) -> bool {
        t.is_word() && t.outside() && t.cap
    }

    /// The sentence of block `b` holding token `i`: (first token, end token exclusive).
    pub(crate) fn sentence_of(b: &BlockData, i: usize) -> (usize, usize) {
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

    // ---------------------------------------------------------------- resolution

    pub(crate) fn resolve(
        &mut self,
        span: Span,
        np: Np,
        toks: &[Tok],
        first_tok: usize,
    ) -> Option<usize> {
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
            Np::Nominal => self.resolve_nominal(span),
        }
    }

    fn resolve_nominal(&mut self, span: Span) -> Option<usize> {
        let head = strip_possessive(nominal_head(span.text(self.text)));
        if let Some(id) = self.res.resolve_nominal(head, span.start) {
            return Some(id);
        }
        if self.lex.is_group_noun(head) {
            return Some(self.res.add_other(span, SpeakerKind::Group));
        }
        if self.lex.is_org_word(head) {
            return Some(self.res.add_other(span, SpeakerKind::Organization));
        }
        let named = self.res.entity_at(span);
        let kind = named.and_then(|e| self.res.entities.get(e)).map(|e| e.kind);
        if self.lex.is_title(head) && kind.is_some_and(|k| k != SpeakerKind::Person) {
            // "a Google spokesperson" is a person of Google, not Google: an unnamed
            // speaker (linked by its description across articles)
            return None;
        }
        named
    }

    /// The antecedent of a relative pronoun at token `first_tok`: the phrase before
    /// ", who".
    pub(crate) fn antecedent(&self, toks: &[Tok], first_tok: usize) -> Option<(Span, Np)> {
        let mut k = first_tok;
        if k > 0 && toks.get(k - 1).is_some_and(|t| t.is_punct(',')) {
            k -= 1;
        }
        let (_, sp, kind) = self.np_before(toks, k, 0)?;
        (kind != Np::Relative).then_some((sp, kind))
    }

    // ---------------------------------------------------------------- statements

    /// Records a statement of block `b`, resolving its speaker; returns its draft index.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push(
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
            self.credit(e, sp);
            self.res.last_speaker = Some(e);
        }
        let co_entities = match sp {
            Some((s, Np::Name)) => self.coordinated_entities(s, entity),
            _ => Vec::new(),
        };
        self.drafts.push(Draft {
            kind,
            content,
            cue,
            speaker: sp,
            entity,
            co_entities,
            confidence: conf.clamp(0.0, 1.0),
            block: b.idx,
            block_kind: b.kind,
        });
        self.drafts.len() - 1
    }

    /// The entities of the names after the first in a coordinated name mention ("Burton
    /// and Nick", "Burton, Nick and Roe"), other than `main`, in order.
    fn coordinated_entities(&self, sp: Span, main: Option<usize>) -> Vec<usize> {
        let text = sp.text(self.text);
        if !text.contains(" and ") {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut start = 0;
        for part in text.split([',']).flat_map(|p| p.split(" and ")) {
            let at = text
                .get(start..)
                .and_then(|rest| rest.find(part))
                .map_or(start, |k| start + k);
            start = at + part.len();
            let trimmed = part.trim();
            if trimmed.is_empty() {
                continue;
            }
            let lead = part.len() - part.trim_start().len();
            let s = Span::new(sp.start + at + lead, sp.start + at + lead + trimmed.len());
            if let Some(e) = self.res.entity_at(s) {
                if Some(e) != main && !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// Entity `e` spoke through mention `sp`: it learns the mention, its kind, a
    /// description or its gender from it.
    fn credit(&mut self, e: usize, sp: Option<(Span, Np)>) {
        let Some(en) = self.res.entities.get_mut(e) else {
            return;
        };
        en.spoke = true;
        if en.kind == SpeakerKind::Unknown && sp.is_some_and(|x| x.1 == Np::Pronoun) {
            en.kind = SpeakerKind::Person;
        }
        let Some((s, np)) = sp else {
            return;
        };
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

    /// A statement by the speaker of statement `prev`, with its own cue.
    pub(crate) fn follow_up(
        &mut self,
        prev: usize,
        content: Span,
        cue: Option<Span>,
        b: &BlockData,
    ) -> usize {
        let Some(d) = self.drafts.get(prev) else {
            return prev;
        };
        let draft = Draft {
            kind: QuoteKind::Direct,
            content: vec![content],
            cue,
            speaker: d.speaker,
            entity: d.entity,
            co_entities: d.co_entities.clone(),
            confidence: d.confidence,
            block: b.idx,
            block_kind: b.kind,
        };
        self.drafts.push(draft);
        self.drafts.len() - 1
    }
}

/// The head word of a nominal mention: its last word before a preposition ("a spokesman
/// for the department" → "spokesman"; "the state treasurer" → "treasurer").
pub(crate) fn nominal_head(s: &str) -> &str {
    let mut head = "";
    for w in s.split_whitespace() {
        if matches!(w, "of" | "in" | "at" | "for" | "from" | "with") && !head.is_empty() {
            break;
        }
        head = w;
    }
    head
}

/// Marks quotation `qi` as used by a statement (so it becomes no term).
pub(crate) fn mark_used(used_q: &mut [bool], qi: usize) {
    if let Some(u) = used_q.get_mut(qi) {
        *u = true;
    }
}

#[cfg(test)]
mod tests {
    use crate::speakers::SpeakerKind;

    fn speakers(text: &str) -> Vec<(String, SpeakerKind)> {
        let found = crate::quotes::extract(&crate::Article::parse(text).unwrap());
        found
            .speakers
            .into_iter()
            .map(|s| (s.name, s.kind))
            .collect()
    }

    #[test]
    fn a_role_of_an_organisation_is_no_mention_of_the_organisation() {
        let text =
            "T\n\nGoogle faces a fine.\n\nA Google spokesperson said the company would appeal.";
        let found = crate::quotes::extract(&crate::Article::parse(text).unwrap());
        assert_eq!(found.quotes.len(), 1);
        assert_eq!(found.quotes[0].speaker_id, None, "{:?}", found.speakers);
    }

    #[test]
    fn the_head_of_a_nominal_comes_before_its_preposition() {
        assert_eq!(
            super::nominal_head("a spokesman for the department"),
            "spokesman"
        );
        assert_eq!(super::nominal_head("the state treasurer"), "treasurer");
        // the spokesman of "the Labor Department spokesman" is no department
        let text = "T\n\nThe Labor Department spokesman said the plan would fail.";
        assert!(speakers(text)
            .iter()
            .all(|s| s.1 != SpeakerKind::Organization));
    }
}
