//! Clause boundaries: the tokens outside quotations where a clause may begin or end —
//! complementizers ("that", "whether", "if"), relative pronouns, subordinators,
//! coordinators and the punctuation between clauses — listed once per block, in token
//! order, so that a rule asks "where does this clause end?" without scanning the words
//! again.
//!
//! ```text
//! When  he  left ,  Roe  said  that  the  plan ,  which  failed ,  was  hers ,  but  Li  disagreed .
//! Sub            ,            That          ,  Rel        ,                  ,  And
//! ```

use crate::quotes::tokens::{Kind, Tok};
use crate::quotes::words::{F_AND_BUT, F_RELATIVES, F_SUBORDINATE_LEAD, F_THAT, F_WHETHER};

/// What kind of clause boundary a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    /// "that" (a complementizer, a relative or a determiner: the rules tell).
    That,
    /// "whether": a wh-clause.
    Whether,
    /// "who", "whom", "whose", "which": a relative clause.
    Relative,
    /// A subordinator that may open a leading clause: "when", "although", "if", "after".
    Subordinator,
    /// "and" or "but".
    Coordinator,
    /// `,`
    Comma,
    /// `;`
    Semicolon,
    /// `:`
    Colon,
    /// A dash: `—`, `–`.
    Dash,
}

/// One clause boundary of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Boundary {
    /// Token index in the block.
    pub(crate) tok: usize,
    /// Its kind.
    pub(crate) kind: Bound,
}

/// The word lists that make a word a boundary.
const BOUNDARY_WORDS: u64 = F_THAT | F_AND_BUT | F_WHETHER | F_SUBORDINATE_LEAD | F_RELATIVES;

/// The boundary kind of token `t`, if it is one: read from its punctuation or its word
/// lists, never from its text. (The stream asks while it looks the token's words up, so
/// that a block's boundaries cost no pass of their own.)
pub(crate) fn bound(t: &Tok) -> Option<Bound> {
    if !t.outside() {
        return None;
    }
    match t.kind {
        Kind::Punct(',') => Some(Bound::Comma),
        Kind::Punct(';') => Some(Bound::Semicolon),
        Kind::Punct(':') => Some(Bound::Colon),
        Kind::Punct('—' | '–') => Some(Bound::Dash),
        Kind::Word if !t.has(BOUNDARY_WORDS) => None,
        Kind::Word if t.has(F_THAT) => Some(Bound::That),
        Kind::Word if t.has(F_AND_BUT) => Some(Bound::Coordinator),
        Kind::Word if t.has(F_WHETHER) => Some(Bound::Whether),
        Kind::Word if t.has(F_SUBORDINATE_LEAD) => Some(Bound::Subordinator),
        // lower case only: "Which" opening a sentence asks
        Kind::Word if t.has(F_RELATIVES) && !t.cap => Some(Bound::Relative),
        _ => None,
    }
}

/// The boundaries of `bounds` whose token lies in `from..to`.
pub(crate) fn bounds_in(bounds: &[Boundary], from: usize, to: usize) -> &[Boundary] {
    let a = bounds.partition_point(|b| b.tok < from);
    let b = bounds.partition_point(|b| b.tok < to);
    bounds.get(a..b.max(a)).unwrap_or(&[])
}

/// The first boundary of kind `kind` in tokens `from..to`.
pub(crate) fn first_in(bounds: &[Boundary], from: usize, to: usize, kind: Bound) -> Option<usize> {
    bounds_in(bounds, from, to)
        .iter()
        .find(|b| b.kind == kind)
        .map(|b| b.tok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::block::prepare_for_tests;

    fn kinds(text: &str) -> Vec<(String, Bound)> {
        let b = prepare_for_tests(text);
        b.bounds
            .iter()
            .map(|x| (b.toks[x.tok].span.text(text).to_string(), x.kind))
            .collect()
    }

    #[test]
    fn complementizers_relatives_subordinators_coordinators_and_punctuation_are_boundaries() {
        use Bound::*;
        let found = kinds(
            "When he left, Roe said that the plan, which failed, was hers, but Li disagreed.",
        );
        let expected = [
            ("When", Subordinator),
            (",", Comma),
            ("that", That),
            (",", Comma),
            ("which", Relative),
            (",", Comma),
            (",", Comma),
            ("but", Coordinator),
        ];
        let expected: Vec<(String, Bound)> =
            expected.iter().map(|(w, k)| (w.to_string(), *k)).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn words_and_commas_inside_quotations_are_no_boundaries() {
        let found = kinds("Roe said “that, and this” — whether or not.");
        let words: Vec<(&str, Bound)> = found.iter().map(|(w, k)| (w.as_str(), *k)).collect();
        assert_eq!(words, [("—", Bound::Dash), ("whether", Bound::Whether)]);
    }

    #[test]
    fn a_range_selects_its_boundaries() {
        let text = "He left, and she said that it, too, failed.";
        let b = prepare_for_tests(text);
        // tokens: He left , and she said that it , too , failed .
        assert_eq!(first_in(b.bounds, 0, 13, Bound::That), Some(6));
        assert_eq!(first_in(b.bounds, 7, 13, Bound::That), None);
        assert_eq!(bounds_in(b.bounds, 3, 9).len(), 3);
    }
}
