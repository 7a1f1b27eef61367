//! The extraction passes (crate-internal). See the module docs of [`crate::quotes`].

use super::lexicon::{lower, CueClass, Lexicons, Number};
use super::tokens::{sentence_ends, tokenize, Kind, Tok};
use super::{Quote, QuoteKind, Quotes};
use crate::article::{Article, BlockKind};
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

fn fingerprint(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        let l = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        h ^= l as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

const STOP_CAP: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "but",
    "and",
    "for",
    "as",
    "with",
    "after",
    "before",
    "when",
    "while",
    "if",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "there",
    "here",
    "his",
    "her",
    "their",
    "our",
    "its",
    "what",
    "who",
    "why",
    "how",
    "so",
    "yet",
    "also",
    "then",
    "now",
    "still",
    "by",
    "from",
    "to",
    "of",
    "or",
    "not",
    "no",
    "yes",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "all",
    "any",
    "one",
    "two",
    "my",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "mr",
    "mrs",
    "ms",
    "you",
    "me",
    "us",
    "them",
    "him",
    "though",
    "although",
    "because",
    "since",
    "until",
    "during",
    "according",
    "over",
    "under",
    "about",
    "instead",
    "meanwhile",
    "however",
    "asked",
    "despite",
    "like",
    "unlike",
    "just",
    "even",
    "only",
    "more",
    "less",
    "other",
    "another",
    "such",
    "where",
    "which",
    "whether",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "will",
    "would",
    "can",
    "could",
    "should",
    "let",
    "last",
    "next",
    "first",
    "new",
    "updated",
    "related",
    "read",
    "photo",
    "image",
    "video",
    "watch",
    "follow",
    "see",
];

const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "previously",
    "once",
    "would",
    "will",
    "did",
    "does",
    "do",
    "not",
    "never",
    "was",
    "were",
    "is",
    "are",
    "been",
    "be",
    "may",
    "might",
    "could",
    "can",
    "should",
    "must",
    "just",
    "even",
    "initially",
    "first",
    "last",
    "always",
    "earlier",
    "since",
    "again",
    "already",
    "still",
    "further",
    "often",
    "long",
    "reportedly",
    "recently",
    "had",
    "n't",
    "being",
    "only",
    "once",
    "too",
    "now",
    "subsequently",
];

const DETS: &[&str] = &[
    "the", "a", "an", "one", "his", "her", "its", "their", "this", "these", "those", "our", "some",
    "many", "most", "several", "other", "another", "both", "two", "three", "few",
];

const NOMINAL_STOP: &[&str] = &[
    "in", "on", "at", "of", "for", "with", "by", "from", "to", "about", "over", "after", "before",
    "during", "and", "but", "or", "that", "which", "who", "when", "while", "as", "because", "if",
    "is", "was", "are", "were", "has", "have", "had", "be", "been", "will", "would", "not", "it",
    "there", "than", "then", "said", "says", "so", "what", "where", "against", "into", "under",
    "through", "since", "until", "whether", "how", "why",
];

/// A lower-cased word: the original slice when it has no ASCII capitals, else a copy on
/// the stack (no allocation); empty when longer than 40 bytes.
#[derive(Clone, Copy)]
enum Low<'a> {
    Same(&'a str),
    Copy([u8; 40], usize),
}

impl<'a> Low<'a> {
    fn new(w: &'a str) -> Low<'a> {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return Low::Same(w);
        }
        let mut buf = [0u8; 40];
        let len = lower(w, &mut buf).map_or(0, str::len);
        Low::Copy(buf, len)
    }
    fn as_str(&self) -> &str {
        match self {
            Low::Same(s) => s,
            Low::Copy(buf, len) => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
        }
    }
}

impl std::ops::Deref for Low<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

fn is_in(word: &str, list: &[&str]) -> bool {
    list.contains(&word)
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

    fn lw_is(&self, t: Option<&Tok>, list: &[&str]) -> bool {
        t.is_some_and(|t| {
            let mut buf = [0u8; 40];
            t.is_word() && lower(t.span.text(self.text), &mut buf).is_some_and(|w| is_in(w, list))
        })
    }

    fn cue_of(&self, t: &Tok) -> Option<CueClass> {
        t.cue
    }

    fn is_connector(&self, t: &Tok) -> bool {
        self.lw_is(
            Some(t),
            &[
                "de", "van", "von", "der", "bin", "al", "da", "del", "la", "le", "di", "du",
            ],
        )
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
            while s < j && toks.get(s).is_some_and(|x| self.lw_is(Some(x), STOP_CAP)) {
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
        let mut mention_start = name_start;
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
        let _ = &mut mention_start;
        let mention = Span::new(ms.span.start, last.span.end);
        let name = Span::new(ns.span.start, last.span.end);
        // description: title prefix plus lowercase titles just before the run
        let mut d0 = s;
        let mut k = s;
        while k > 0 && s - k < 5 {
            let Some(p) = toks.get(k - 1) else { break };
            if p.is_word()
                && p.outside()
                && (lex.is_title(self.word(p)) || (p.cap && !self.lw_is(Some(p), STOP_CAP)))
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
            if self.lw_is(toks.get(k), &["the", "a", "an"]) {
                k += 1;
            }
            let st = k;
            let mut has_title = false;
            while let Some(t) = toks.get(k) {
                if !t.is_word() || !t.outside() || k - st > 8 {
                    break;
                }
                if self.lw_is(Some(t), &["who", "which", "said", "says", "and"]) {
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
        // "was revealed", "were asked": a passive speech verb has no speaker subject.
        let cue_class = toks.get(c).and_then(|t| t.cue);
        if cue_class == Some(CueClass::Speech)
            && self.lw_is(
                toks.get(j),
                &["was", "were", "is", "are", "been", "being", "be"],
            )
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
            if is_in(&w, AUX) || adverb || w == "n't" || when {
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
        if t.cap && !is_in(&w, STOP_CAP) {
            let mut k = j;
            while k > lo {
                let Some(p) = toks.get(k - 1) else { break };
                if (self.is_cap_word(p) && !self.lw_is(Some(p), STOP_CAP))
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
        if t.cap || is_in(&w, NOMINAL_STOP) || is_in(&w, STOP_CAP) || is_in(&w, DETS) || w == "much"
        {
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
            if is_in(&pw, DETS) {
                k -= 1;
                found_det = true;
                break;
            }
            if is_in(&pw, NOMINAL_STOP) || (is_in(&pw, STOP_CAP) && !p.cap) {
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
        let start_det = is_in(&w, DETS);
        let title_start = self.lex.is_title(&w) || self.lex.is_group_noun(&w);
        if !(t.cap || start_det || title_start) {
            return None;
        }
        while let Some(u) = toks.get(k) {
            if !u.is_word() || !u.outside() || k - j > 8 {
                break;
            }
            let uw = self.lw(u);
            if k > j
                && (is_in(&uw, NOMINAL_STOP)
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
                // antecedent: the name before ", who"
                let mut k = first_tok;
                if k > 0 && toks.get(k - 1).is_some_and(|t| t.is_punct(',')) {
                    k -= 1;
                }
                let (_, sp, kind) = self.np_before(toks, k, 0)?;
                if kind == Np::Relative {
                    return None;
                }
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
            if end - start > 20 {
                break;
            }
            end += 1;
        }
        // cue in the first few words (an apposition may come first)
        for c in start..end.min(start + 18) {
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
            if let Some((k0, s, k)) = self.np_before_appos(toks, c, start) {
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
            // `“Q,” said the mayor` handled above; "told" after a pronoun object etc.
            break;
        }
        if let Some(d) = dash {
            // `“Q” — Name` / `-Commissioner Name`
            let t = toks.get(start)?;
            if t.cap && t.outside() && t.is_word() {
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
                let after_prep = k > lo && self.lw_is(toks.get(k - 1), NOMINAL_STOP);
                if matches!(w.as_str(), "he" | "she" | "they") && !after_prep {
                    return Some((t.span, Np::Pronoun, k));
                }
                if t.cap && !is_in(&w, STOP_CAP) && !after_prep {
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
                let cue_in_frame =
                    !other_cue && last_cue.is_some_and(|cu| frame.iter().any(|t| t.span == cu));
                let new_sentence_no_frame =
                    lo >= ss && toks.get(ss..oi).unwrap_or(&[]).iter().all(|t| !t.is_word());
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
            let mut att = if statement_like || (!single && nwords >= 1 && ends_punct) {
                ci.and_then(|c| self.attr_after(b, c))
            } else {
                None
            };
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
                    cue_tok_before = Some(c);
                    att = Some((toks.get(c).map(|t| t.span), sp));
                }
            }
            // Paragraph opening with a quotation after "X said:" at the end of the previous block.
            if att.is_none() && statement_like && oi == 0 {
                if let Some(pc) = carry.colon_attr.take() {
                    att = Some(pc);
                }
            }
            if let Some((cue, sp)) = att {
                let conf = if single { 0.8 } else { 0.95 };
                let id = self.push(QuoteKind::Direct, vec![outer], cue, sp, toks, conf, b);
                let _ = cue_tok_before;
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
        let toks = &b.toks;
        let mut s = 0;
        let ends = b.ends.clone();
        for e in ends {
            self.indirect_sentence(b, s, e, used_q, 0);
            s = e;
        }
        let _ = toks;
    }

    /// `a “comprehensive strategic partnership” treaty`: a quotation between a determiner
    /// and a lower-case noun names a thing; it is a term even inside a statement.
    fn is_modifier_quote(&self, b: &BlockData, q: usize) -> bool {
        let Some(&(oi, Some(ci))) = b.marks.get(q) else {
            return false;
        };
        let before = oi.checked_sub(1).and_then(|i| b.toks.get(i));
        let after = b.toks.get(ci + 1);
        self.lw_is(
            before,
            &[
                "a", "an", "the", "its", "their", "his", "her", "this", "that",
            ],
        ) && after.is_some_and(|t| t.is_word() && !t.cap)
    }

    fn content_span(&self, toks: &[Tok], a: usize, e: usize) -> Option<Span> {
        self.content_span_n(toks, a, e, 3)
    }

    /// The content span of tokens `a..e` holding at least `min_words` words.
    fn content_span_n(&self, toks: &[Tok], a: usize, e: usize, min_words: usize) -> Option<Span> {
        // A coordinated new attribution ends the content: "..., and said ...", ", adding ...".
        let mut e = e;
        for k in a + 2..e {
            let (Some(p), Some(t)) = (toks.get(k - 1), toks.get(k)) else {
                break;
            };
            let coord = (p.is_punct(',') && self.lw(t).ends_with("ing"))
                || (p.is_word() && self.lw(p) == "and");
            if coord && self.cue_of(t).is_some_and(|c| c == CueClass::Speech) {
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
            let Some((ne, sp, np)) = self.np_after(toks, i + 1) else {
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
                if toks.get(i - 1).is_some_and(|x| x.is_punct(',')) {
                    ce -= 1;
                }
                if let Some(c) = self.content_span(toks, s, ce) {
                    found = Some((c, (Some(cue), speaker), 0.8));
                    found_at = i + 1;
                }
            }
            break;
        }
        // "When Trump suggested ..., Rubio said ...": the main clause comes first.
        let subordinate = self.lw_is(
            toks.get(s),
            &[
                "when", "as", "after", "while", "although", "though", "if", "because", "since",
                "before", "until", "once", "whether",
            ],
        );
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
                let Some(class) = self.cue_of(t) else {
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
                            && (self.lw_is(Some(p), &["his", "her", "their", "its", "my", "our"])
                                || (p.cap
                                    && strip_possessive(self.word(p)).len() != self.word(p).len()))
                    });
                    if let (Some(o), true) = (owner, self.lw_is(toks.get(c + 1), &["that"])) {
                        if let Some(cs) = self.content_span(toks, c + 1, e) {
                            let np = if o.cap { Np::Name } else { Np::Pronoun };
                            found = Some((cs, (Some(t.span), Some((o.span, np, c - 1))), 0.6));
                            found_at = c;
                            break;
                        }
                    }
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
                if cw.ends_with("ing") && class != CueClass::Speech {
                    continue;
                }
                // "..., adding (that) CLAUSE": the speaker is the sentence's.
                let participle = cw.ends_with("ing")
                    && c > s
                    && toks.get(c - 1).is_some_and(|x| x.is_punct(','));
                if participle {
                    let whole = Self::sentence_of(b, c).0;
                    let Some(sp) = self.subject(b, whole, c) else {
                        continue;
                    };
                    let mut a = c + 1;
                    if self.lw_is(toks.get(a), &["that"]) {
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
                if after_direct {
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
                        if let Some(cs) = self.content_span(toks, s, c - 1) {
                            found = Some((cs, (Some(t.span), Some((sp, np, c + 1))), 0.75));
                            found_at = c;
                            break;
                        }
                    }
                }
                let coord = c > s && self.lw_is(toks.get(c - 1), &["and", "but"]);
                let subj = match self.np_before_appos(toks, c, s) {
                    Some(x) => Some(x),
                    None if coord => {
                        let whole = Self::sentence_of(b, c).0;
                        self.subject(b, whole, c - 1).map(|(sp, np, k)| (k, sp, np))
                    }
                    None => None,
                };
                let Some((k0, sp, np)) = subj else {
                    continue;
                };
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
                let then_that = self.lw_is(toks.get(c + 1), &["that"]);
                let k0c = k0;
                if k0c > s + 2 && !then_that && toks.get(k0c - 1).is_some_and(|x| x.is_punct(',')) {
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
                    if tail_words <= 6 {
                        if let Some(cs) = self.content_span(toks, s, k0c - 1) {
                            found = Some((cs, (Some(t.span), Some((sp, np, k0))), 0.75));
                            found_at = c;
                            break;
                        }
                    }
                }
                if cw.ends_with("ing") && np != Np::Relative {
                    // participle without its own subject: "..., saying ..."
                    continue;
                }
                // X said (that) CLAUSE
                let mut a = c + 1;
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
                if let Some(cs) = self.content_span(toks, a, e) {
                    let conf = if that_at.is_some() { 0.8 } else { 0.65 };
                    found = Some((cs, (Some(t.span), Some((sp, np, k0))), conf));
                    found_at = c;
                    break;
                }
            }
        }
        let Some((content, (cue, speaker), conf)) = found else {
            return;
        };
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
        let mut spans = vec![content];
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
}

/// Runs the extraction.
pub(crate) fn run(article: &Article<'_>, lex: &Lexicons) -> Quotes {
    let text: &str = &article.text;
    let mut ctx = Ctx {
        text,
        lex,
        res: Resolver::new(text),
        drafts: Vec::new(),
        terms: Vec::new(),
    };
    let mut blocks: Vec<BlockData> = Vec::new();
    let mut seen_captions: std::collections::HashSet<u64> = std::collections::HashSet::new();
    let mut all_q: Vec<Quotation> = Vec::new();
    for (idx, blk) in article.blocks.iter().enumerate() {
        if !eligible(blk.kind) {
            continue;
        }
        let t = blk.span.text(text);
        if t.is_empty() {
            continue;
        }
        // A block repeating an earlier one (a caption given twice with other quote marks)
        // gives no second set of statements. Length in letters and digits, so white space
        // written as NBSP or CRLF does not change which blocks count.
        if t.chars().filter(|c| c.is_alphanumeric()).nth(32).is_some() {
            let fp = fingerprint(t);
            if !seen_captions.insert(fp) {
                continue;
            }
        }
        all_q.clear();
        scan_into(text, blk.span, &mut all_q);
        let quots: Vec<Quotation> = all_q.iter().filter(|q| q.depth == 0).copied().collect();
        let mut toks = Vec::new();
        tokenize(text, blk.span, &quots, &mut toks);
        for t in toks.iter_mut() {
            if t.is_word() && t.outside() && !t.cap {
                t.cue = lex.cue(t.span.text(text));
            }
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
        // quotations whose open mark did not become a token are dropped
        let keep: Vec<bool> = marks.iter().map(|m| m.0 != usize::MAX).collect();
        let _ = keep;
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
        ctx.direct_block(b, &mut carry, &mut used_q);
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
            } else if let Some((k, sp, np)) = (n >= 2)
                .then(|| ctx.np_before(&b.toks, n - 1, ss))
                .flatten()
            {
                // "The New York Times reports:" — cue is the last word
                let _ = k;
                let _ = sp;
                let _ = np;
            }
        }
    }
    finish(ctx)
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
    let _ = Number::Unknown;
    Quotes {
        quotes,
        speakers,
        terms,
    }
}
