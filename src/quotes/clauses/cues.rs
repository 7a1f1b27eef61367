//! Cue candidates and report openers, computed once per block from its tokens.
//!
//! A block's **cue candidates**: each word that can head a reporting verb
//! group — a lower-case cue word outside quotations ("said", "believes", "claim"), or a
//! verb that is a cue only with the particle after it ("talked about", "called for") — with
//! its cue class and form (particle); and its **report openers**, the words outside
//! quotations that open a report without a cue verb ("according to", "when asked", a
//! report noun as in "in a poll released Monday"). The
//! rules walk these instead of every token of every sentence, and a sentence with neither
//! is passed over at once.
//!
//! ```text
//! He  said  the talks  had  focused  on  trade .   →  cues: said (speech), focused on (speech, particle)
//! ```

use crate::lexicon::{CueClass, Lexicons, F_PARTICLE, F_PHRASAL_FORM, F_REPORT_NOUN};
use crate::quotes::tokens::Tok;
use crate::quotes::words::F_REPORT_OPENERS;

/// One cue candidate of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CueAt {
    /// Token index of the cue word.
    pub tok: usize,
    /// Its class; a phrasal cue is speech.
    pub class: CueClass,
    /// Whether the word is a cue only through the particle after it ("focused on"): no
    /// cue word of its own. (Whether a cue word's particle follows — "called for" — the
    /// rule that takes its content checks, for the few cues that get that far.)
    pub phrasal: bool,
}

/// Appends the cue candidates of a block's tokens to `out`, in token order. `text` is the
/// article text the token spans point into.
pub(crate) fn cue_candidates(text: &str, lex: &Lexicons, toks: &[Tok], out: &mut Vec<CueAt>) {
    for (i, t) in toks.iter().enumerate() {
        if let Some(class) = t.cue {
            out.push(CueAt {
                tok: i,
                class,
                phrasal: false,
            });
        } else if is_phrasal(text, lex, t, toks.get(i + 1)) {
            out.push(CueAt {
                tok: i,
                class: CueClass::Speech,
                phrasal: true,
            });
        }
    }
}

/// A lower-case word outside quotations that is a cue with the particle `next`.
fn is_phrasal(text: &str, lex: &Lexicons, t: &Tok, next: Option<&Tok>) -> bool {
    t.is_word()
        && t.outside()
        && !t.cap
        && next.is_some_and(|p| {
            t.has(F_PHRASAL_FORM)
                && p.has(F_PARTICLE)
                && lex.is_cue_phrase(t.span.text(text), p.span.text(text))
        })
}

/// Appends to `out` the token indices of the report openers ("according", "asked", the
/// "put" of "as X put it", any case) and of the report nouns ("in a poll ...") outside
/// quotations.
pub(crate) fn report_openers(toks: &[Tok], out: &mut Vec<usize>) {
    let opens = |t: &&Tok| t.is_word() && t.outside() && t.has(F_REPORT_OPENERS | F_REPORT_NOUN);
    out.extend(
        toks.iter()
            .enumerate()
            .filter(|(_, t)| opens(t))
            .map(|(i, _)| i),
    );
}

/// Whether a sentence of tokens `from..to` may report anything: it holds a cue candidate or
/// a report opener.
pub(crate) fn may_report(cues: &[CueAt], openers: &[usize], from: usize, to: usize) -> bool {
    let opener = openers.get(openers.partition_point(|&i| i < from));
    !cues_in(cues, from, to).is_empty() || opener.is_some_and(|&i| i < to)
}

/// The candidates of `cues` whose token lies in `from..to`.
pub(crate) fn cues_in(cues: &[CueAt], from: usize, to: usize) -> &[CueAt] {
    let a = cues.partition_point(|c| c.tok < from);
    let b = cues.partition_point(|c| c.tok < to);
    cues.get(a..b.max(a)).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::block::prepare_for_tests;

    fn cues(text: &str) -> Vec<(String, CueClass, bool)> {
        let b = prepare_for_tests(text);
        b.cues
            .iter()
            .map(|c| {
                (
                    b.toks[c.tok].span.text(text).to_string(),
                    c.class,
                    c.phrasal,
                )
            })
            .collect()
    }

    #[test]
    fn cue_words_and_phrasal_verbs_are_candidates_in_token_order() {
        assert_eq!(
            cues("He said the talks had focused on trade, and she believes it."),
            [
                ("said".to_string(), CueClass::Speech, false),
                ("focused".to_string(), CueClass::Speech, true),
                ("believes".to_string(), CueClass::Belief, false),
            ]
        );
    }

    #[test]
    fn words_inside_quotations_and_capitalized_words_are_not_candidates() {
        assert_eq!(cues("Said the mayor: “We said nothing.”"), []);
    }

    #[test]
    fn report_openers_are_found_in_any_case_outside_quotations() {
        let text = "According to aides, he left. When asked, “asked” nobody. Asked why, no.";
        let b = prepare_for_tests(text);
        let words: Vec<&str> = b
            .openers
            .iter()
            .map(|&i| b.toks[i].span.text(text))
            .collect();
        assert_eq!(words, ["According", "asked", "Asked"]);
        assert!(may_report(b.cues, b.openers, 0, 3));
        // "aides , he left ." holds neither
        assert!(!may_report(b.cues, b.openers, 2, 7));
    }

    #[test]
    fn a_range_of_tokens_selects_its_candidates() {
        let text = "She said it. He claimed more. They warned.";
        let b = prepare_for_tests(text);
        // tokens: She said it . He claimed more . They warned .
        let words = |from, to| -> Vec<&str> {
            cues_in(b.cues, from, to)
                .iter()
                .map(|c| b.toks[c.tok].span.text(text))
                .collect()
        };
        assert_eq!(words(0, 11), ["said", "claimed", "warned"]);
        assert_eq!(words(3, 9), ["claimed"]);
        assert_eq!(words(9, 3), Vec::<&str>::new());
    }
}
