//! A light part-of-speech tagger over the token stream: closed-class words from word lists,
//! open-class words from their suffixes and case, and the noun-or-verb reading of an
//! ambiguous word ("support", "attacks", "calls") from the word before it.
//!
//! ```text
//! Republicans  support  the  plan   →  Noun  Verb  Det  Noun   ("support": after a noun, before a determiner)
//! his          support  for  Roe    →  Det   Noun  Prep Name   ("support": after a determiner)
//! they         will     back it     →  Pron  Aux   Verb Pron
//! ```
//!
//! No model: the rules read only the word lists of [`crate::quotes::words`] (each word
//! looked up once, when the block's stream was built) and a few suffixes, so tagging a
//! token costs a handful of comparisons, and a rule tags only the tokens it asks about.

use crate::quotes::clauses::verbs::is_finite_auxiliary;
use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::{
    F_BE_FORMS, F_DETS, F_POSSESSIVES, F_RELATIVES, F_TAG_ADV, F_TAG_CONJ, F_TAG_DET, F_TAG_PREP,
    F_TAG_QUANTIFIER, F_TAG_SUBJECT, F_TAG_VERB, F_TO,
};

/// A coarse part of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// Article, demonstrative, possessive, quantifier ("the", "his", "some").
    Det,
    /// A subject pronoun or relative ("they", "who").
    Pron,
    /// A preposition ("of", "by"); "to" too.
    Prep,
    /// A coordinator ("and", "but").
    Conj,
    /// An auxiliary or modal ("has", "will", "didn't").
    Aux,
    /// An adverb ("also", "repeatedly").
    Adv,
    /// A past form or participle ("endorsed").
    Verb,
    /// A noun by its suffix ("nomination", "agreement").
    Noun,
    /// An adjective by its suffix ("famous", "political").
    Adj,
    /// A capitalized word inside a sentence, or a word with a possessive "'s".
    Name,
    /// A number.
    Num,
    /// Punctuation or a quotation mark.
    Punct,
    /// An open-class word the suffixes do not tell: a noun or a verb.
    Open,
}

/// The tag of token `t` (text `w`) without its context.
pub(crate) fn word_tag(t: &Tok, w: &str) -> Tag {
    if !t.is_word() {
        return Tag::Punct;
    }
    if t.has(F_TAG_SUBJECT | F_RELATIVES) {
        return Tag::Pron;
    }
    if t.has(F_TAG_DET | F_DETS | F_POSSESSIVES) {
        return Tag::Det;
    }
    // (the verb groups' own test: forms of "be", "have", "do", modals, negated ones)
    if is_finite_auxiliary(t, w) || t.has(F_BE_FORMS) {
        return Tag::Aux;
    }
    if t.has(F_TAG_VERB) {
        return Tag::Verb;
    }
    if t.has(F_TAG_PREP | F_TO) {
        return Tag::Prep;
    }
    if t.has(F_TAG_CONJ) {
        return Tag::Conj;
    }
    if t.has(F_TAG_ADV) {
        return Tag::Adv;
    }
    suffix_tag(t, w)
}

/// The tag an open-class word's form tells: digits, case, a possessive, a suffix.
fn suffix_tag(t: &Tok, w: &str) -> Tag {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        return Tag::Num;
    }
    if w.ends_with("'s") || w.ends_with("’s") || t.cap {
        return Tag::Name;
    }
    let ends = |s: &[&str]| s.iter().any(|x| w.len() > x.len() + 2 && w.ends_with(x));
    if ends(&["ly"]) {
        Tag::Adv
    } else if ends(&["ed"]) {
        Tag::Verb
    } else if ends(&[
        "tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism",
    ]) {
        Tag::Noun
    } else if ends(&["ous", "ful", "able", "ible", "ical", "less"]) {
        Tag::Adj
    } else {
        Tag::Open
    }
}

/// Whether the word at `k` reads as a verb where it stands (tokens from `lo`): after
/// "to", an auxiliary, a subject pronoun or relative, or — before an object — after a
/// noun or name; not after a determiner, a preposition, an adjective or a number, and not
/// opening the sentence.
pub(crate) fn reads_as_verb(text: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    let tag_at = |j: usize| {
        toks.get(j)
            .map_or(Tag::Punct, |t| word_tag(t, t.span.text(text)))
    };
    let mut j = k;
    // an adverb between: "they also support", "who strongly backs"
    while j > lo && tag_at(j - 1) == Tag::Adv {
        j -= 1;
    }
    if j <= lo {
        return false;
    }
    let before = toks.get(j - 1).filter(|t| t.outside());
    match tag_at(j - 1) {
        Tag::Pron | Tag::Aux => true,
        Tag::Prep => before.is_some_and(|t| t.has(F_TO)),
        Tag::Name | Tag::Noun | Tag::Open => object_follows(text, toks, k),
        _ => false,
    }
}

/// Whether the word at `k` reads as a noun where it stands: right after a determiner, a
/// possessive ("Roe's"), a preposition other than "to", an adjective or a number ("his
/// support", "with support from", "48% support").
pub(crate) fn reads_as_noun(text: &str, toks: &[Tok], k: usize) -> bool {
    let Some(before) = k.checked_sub(1).and_then(|j| toks.get(j)) else {
        return false;
    };
    let w = before.span.text(text);
    let possessive = w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
    match word_tag(before, w) {
        // (a quantifier stands for its noun: "Most say", "Some support")
        Tag::Det => !before.has(F_TAG_QUANTIFIER),
        Tag::Adj => true,
        Tag::Prep => !before.has(F_TO),
        Tag::Name => possessive,
        _ => false,
    }
}

/// Whether a noun phrase opens right after `k`: a determiner, a name, a pronoun, a number.
fn object_follows(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|t| {
        t.outside()
            && t.kind == Kind::Word
            && matches!(
                word_tag(t, t.span.text(text)),
                Tag::Det | Tag::Name | Tag::Num | Tag::Pron
            )
    })
}

/// The first token in `lo..hi` that reads as the finite verb of a clause: an auxiliary, a
/// past form, or a word in verb position ([`reads_as_verb`]).
pub(crate) fn first_verb(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<usize> {
    (lo + 1..hi).find(|&k| {
        toks.get(k).is_some_and(|t| {
            t.outside()
                && t.is_word()
                && !t.cap
                && match word_tag(t, t.span.text(text)) {
                    Tag::Aux | Tag::Verb => true,
                    Tag::Open => reads_as_verb(text, toks, k, lo),
                    _ => false,
                }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::block::prepare_for_tests;

    /// The tag of each token of `text`, in its context for open-class words.
    fn tags(text: &str) -> Vec<(String, Tag)> {
        let b = prepare_for_tests(text);
        (0..b.toks.len())
            .map(|k| {
                let t = &b.toks[k];
                let w = t.span.text(text);
                let tag = match word_tag(t, w) {
                    Tag::Open if reads_as_verb(text, b.toks, k, 0) => Tag::Verb,
                    tag => tag,
                };
                (w.to_owned(), tag)
            })
            .collect()
    }

    fn tag_of(text: &str, word: &str) -> Tag {
        tags(text)
            .into_iter()
            .find(|(w, _)| w == word)
            .map(|(_, t)| t)
            .expect("the word is in the text")
    }

    #[test]
    fn an_ambiguous_word_is_a_verb_after_a_subject_and_before_an_object() {
        assert_eq!(
            tag_of("Republicans support the plan.", "support"),
            Tag::Verb
        );
        assert_eq!(tag_of("They support it.", "support"), Tag::Verb);
        assert_eq!(tag_of("Voters who support Roe left.", "support"), Tag::Verb);
        assert_eq!(tag_of("He will not back Roe.", "back"), Tag::Verb);
        assert_eq!(tag_of("He vowed to back Roe.", "back"), Tag::Verb);
    }

    #[test]
    fn an_ambiguous_word_is_a_noun_after_a_determiner_preposition_or_adjective() {
        assert_eq!(tag_of("His support for Roe grew.", "support"), Tag::Open);
        assert_eq!(
            tag_of("It won with support from Roe.", "support"),
            Tag::Open
        );
        assert_eq!(
            tag_of("Roe has strong support among women.", "support"),
            Tag::Open
        );
        assert_eq!(tag_of("Roe's support grew.", "support"), Tag::Open);
        let b = prepare_for_tests("Support grew.");
        assert!(!reads_as_verb("Support grew.", b.toks, 0, 0));
    }

    #[test]
    fn a_word_after_a_determiner_possessive_or_preposition_reads_as_a_noun() {
        let noun = |text: &str, word: &str| {
            let b = prepare_for_tests(text);
            let k = b
                .toks
                .iter()
                .position(|t| t.span.text(text) == word)
                .unwrap();
            reads_as_noun(text, b.toks, k)
        };
        assert!(noun("His support grew.", "support"));
        assert!(noun("Roe's support grew.", "support"));
        assert!(noun("It won with support from Roe.", "support"));
        assert!(!noun("Most support Roe.", "support"));
        assert!(!noun("Republicans support Roe.", "support"));
        assert!(!noun("They want to support Roe.", "support"));
    }

    #[test]
    fn closed_class_words_and_suffixes_tag_the_rest() {
        let got: Vec<Tag> = tags("The senator has repeatedly endorsed a political nomination.")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        use Tag::*;
        assert_eq!(got, vec![Det, Open, Aux, Adv, Verb, Det, Adj, Noun, Punct]);
    }

    #[test]
    fn the_first_verb_of_a_clause_ends_its_subject() {
        let text = "The former governor of Ohio went to Iowa to argue.";
        let b = prepare_for_tests(text);
        let k = first_verb(text, b.toks, 0, b.toks.len()).expect("a verb");
        assert_eq!(b.toks[k].span.text(text), "went");
    }
}
