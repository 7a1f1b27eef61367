//! Verb groups: a verb (a cue candidate) with the auxiliaries, negation and adverbs before
//! it, read backwards from the verb — the voice, aspect and modality the rules ask about.
//!
//! ```text
//! had  not  been  told      →  "had not been told": perfect, negated, passive
//! is   also  saying         →  "is also saying": progressive
//! would  argue              →  "would argue": modal
//! ```
//!
//! The group's first token is where its subject ends: `Miller has repeatedly said` →
//! the noun phrase before "has".

use crate::quotes::tokens::Tok;
use crate::quotes::words::{F_AUX, F_BE_FORMS};

/// A verb and the auxiliaries before it (token indices into the block).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct VerbGroup {
    /// First token of the group (an auxiliary or adverb; the head when there is none).
    pub(crate) first: usize,
    /// The verb.
    pub(crate) head: usize,
    /// A form of "be" is the nearest auxiliary and the verb is no -ing form: "was told".
    pub(crate) passive: bool,
    /// A form of "be" is the nearest auxiliary of an -ing form: "is saying".
    pub(crate) progressive: bool,
    /// A form of "have" in the group: "has said".
    pub(crate) perfect: bool,
    /// "not", "n't" or "never" in the group.
    pub(crate) negated: bool,
    /// A modal in the group: "would", "could", "will", "may", ...
    pub(crate) modal: bool,
}

/// What a word before a verb is to its group.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Be,
    Have,
    Modal,
    Do,
    Not,
    Adverb,
}

/// The part a word (token `t`, text `w`) plays in a verb group, and whether it is negated
/// ("wouldn't", "didn't": an auxiliary with a contracted "not").
fn part(t: &Tok, w: &str) -> Option<(Part, bool)> {
    if !t.is_word() || !t.outside() {
        return None;
    }
    if let Some(stem) = w.strip_suffix("n't").or_else(|| w.strip_suffix("n’t")) {
        return match stem.to_ascii_lowercase().as_str() {
            "" => Some((Part::Not, true)),
            "is" | "are" | "was" | "were" => Some((Part::Be, true)),
            "has" | "have" | "had" => Some((Part::Have, true)),
            "do" | "does" | "did" => Some((Part::Do, true)),
            "wo" | "would" | "ca" | "could" | "should" | "must" | "might" => {
                Some((Part::Modal, true))
            }
            _ => None,
        };
    }
    if t.has(F_BE_FORMS) {
        return Some((Part::Be, false));
    }
    let is = |list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    if t.has(F_AUX) {
        let p = if is(&["has", "have", "had"]) {
            Part::Have
        } else if is(&["do", "does", "did"]) {
            Part::Do
        } else if is(&["not", "never"]) {
            Part::Not
        } else if is(MODALS) {
            Part::Modal
        } else {
            Part::Adverb
        };
        return Some((p, p == Part::Not));
    }
    let adverb = !t.cap && w.len() > 4 && w.ends_with("ly") && w != "only";
    adverb.then_some((Part::Adverb, false))
}

/// Whether token `t` (text `w`) is a finite verb form of a verb group: a form of "be", or
/// an auxiliary that carries tense ("has", "did", "would"; not an adverb, not "not").
pub(crate) fn is_finite_auxiliary(t: &Tok, w: &str) -> bool {
    matches!(
        part(t, w),
        Some((Part::Be | Part::Have | Part::Modal | Part::Do, _))
    )
}

/// The modal auxiliaries.
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "shall", "should", "must",
];

/// The verb group of the verb at token `head`, not reaching before token `lo`. `text` is
/// the text the token spans point into.
pub(crate) fn verb_group(text: &str, toks: &[Tok], head: usize, lo: usize) -> VerbGroup {
    let mut g = VerbGroup {
        first: head,
        head,
        ..VerbGroup::default()
    };
    let ing = toks
        .get(head)
        .is_some_and(|t| t.span.text(text).ends_with("ing"));
    // whether the auxiliary verb nearest the head is a form of "be"
    let mut nearest_be: Option<bool> = None;
    while g.first > lo {
        let Some(t) = toks.get(g.first - 1) else {
            break;
        };
        let Some((p, negated)) = part(t, t.span.text(text)) else {
            break;
        };
        match p {
            Part::Be => {
                nearest_be.get_or_insert(true);
            }
            Part::Have | Part::Modal | Part::Do => {
                nearest_be.get_or_insert(false);
            }
            Part::Not | Part::Adverb => {}
        }
        g.perfect |= p == Part::Have;
        g.modal |= p == Part::Modal;
        g.negated |= negated;
        g.first -= 1;
    }
    let be = nearest_be == Some(true);
    g.passive = be && !ing;
    g.progressive = be && ing;
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::block::prepare_for_tests;

    /// The group of the first cue candidate of `text`: its words, then its properties.
    fn group(text: &str) -> (String, [bool; 5]) {
        let b = prepare_for_tests(text);
        let cue = b.cues.first().expect("a cue candidate").tok;
        let g = verb_group(text, b.toks, cue, 0);
        let words: Vec<&str> = b.toks[g.first..=g.head]
            .iter()
            .map(|t| t.span.text(text))
            .collect();
        let props = [g.passive, g.progressive, g.perfect, g.negated, g.modal];
        (words.join(" "), props)
    }

    #[test]
    fn auxiliaries_negation_and_adverbs_belong_to_the_group() {
        assert_eq!(
            group("Miller had not been told of the plan."),
            ("had not been told".into(), [true, false, true, true, false])
        );
        assert_eq!(
            group("Miller has repeatedly said the plan would fail."),
            (
                "has repeatedly said".into(),
                [false, false, true, false, false]
            )
        );
    }

    #[test]
    fn a_form_of_be_before_an_ing_form_is_progressive_not_passive() {
        assert_eq!(
            group("Trump is also saying the deal is done."),
            ("is also saying".into(), [false, true, false, false, false])
        );
    }

    #[test]
    fn a_modal_and_a_contracted_negation_are_marked() {
        assert_eq!(
            group("She wouldn't say whether it passed."),
            ("wouldn't say".into(), [false, false, false, true, true])
        );
        assert_eq!(
            group("He wasn't told about it."),
            ("wasn't told".into(), [true, false, false, true, false])
        );
    }

    #[test]
    fn a_bare_verb_is_a_group_of_one_word() {
        assert_eq!(
            group("Officials said the plan would fail."),
            ("said".into(), [false; 5])
        );
    }
}
