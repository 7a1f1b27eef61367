//! Quoted terms: the quotations no statement took (scare quotes, titles, nicknames).
//!
//! - `The so-called “deal of the century” was not a deal.` → term "deal of the century";
//! - `a “comprehensive strategic partnership” treaty` stays a term even inside a
//!   statement (a quotation between a determiner and a lower-case noun);
//! - `Roe said she loved the film “The Best Years of Our Lives.”`: a title is a term, and
//!   the statement around it is reported speech, not mixed.

use crate::quotes::block::BlockData;
use crate::quotes::ctx::Ctx;
use crate::quotes::tokens::Tok;
use crate::quotes::words::F_TERM_DETS;

/// Short words a title keeps in lower case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
];

/// Nouns and verbs that introduce the title of a work or a law.
const TITLE_NOUNS: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "song",
    "album",
    "show",
    "series",
    "play",
    "documentary",
    "law",
    "act",
    "bill",
    "program",
    "programme",
    "report",
    "article",
    "essay",
    "poem",
    "column",
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
];

impl Ctx<'_> {
    /// `a “comprehensive strategic partnership” treaty`: a quotation between a determiner
    /// and a lower-case noun names a thing; it is a term even inside a statement.
    pub(crate) fn is_modifier_quote(&self, b: &BlockData, q: usize) -> bool {
        let Some(&(oi, Some(ci))) = b.marks.get(q) else {
            return false;
        };
        let before = oi.checked_sub(1).and_then(|i| b.toks.get(i));
        let after = b.toks.get(ci + 1);
        self.lw_is(before, F_TERM_DETS) && after.is_some_and(|t| t.is_word() && !t.cap)
    }

    /// `the film “The Best Years of Our Lives”`, `the “Affordable Care Act”`: a quotation
    /// in Title Case (a capitalized word first, the others capitalized or short function
    /// words) after a work or law noun, a naming verb or "the" is a title: a term even
    /// inside a statement, which it does not make mixed.
    pub(crate) fn is_title_quote(&self, b: &BlockData, q: usize) -> bool {
        let Some(&(oi, Some(ci))) = b.marks.get(q) else {
            return false;
        };
        let inner = b.toks.get(oi + 1..ci).unwrap_or(&[]);
        let words: Vec<&Tok> = inner.iter().filter(|t| t.is_word()).collect();
        let title_case = words.first().is_some_and(|t| t.cap)
            && words.len() <= 12
            && words
                .iter()
                .all(|t| t.cap || SMALL_WORDS.contains(&&*self.lw(t)));
        let before = oi.checked_sub(1).and_then(|i| b.toks.get(i));
        let names_a_work = before.is_some_and(|t| {
            t.is_word() && (TITLE_NOUNS.contains(&&*self.lw(t)) || &*self.lw(t) == "the")
        });
        title_case && names_a_work
    }

    /// terms: unused top-level quotations of block `b`
    pub(crate) fn collect_terms(&mut self, b: &BlockData, used_q: &[bool]) {
        for (qi, q) in b.quots.iter().enumerate() {
            if !used_q.get(qi).copied().unwrap_or(false) {
                let c = q.content();
                if !c.is_empty() {
                    self.terms.push(c);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    fn terms(text: &str) -> Vec<&str> {
        let found = crate::quotes::extract(&crate::Article::parse(text).unwrap());
        found.terms.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn a_quotation_no_statement_took_is_a_term() {
        let text = "T\n\nThe so-called “deal of the century” was not a deal.";
        assert_eq!(terms(text), ["deal of the century"]);
        assert_eq!(crate::quotes::rules::testing::statements(text), "");
    }

    #[test]
    fn a_quoted_modifier_stays_a_term_inside_a_statement() {
        let text = "T\n\nMiller said they signed a “comprehensive strategic partnership” treaty.";
        assert_eq!(terms(text), ["comprehensive strategic partnership"]);
        let kind = crate::quotes::rules::testing::statements(text);
        assert!(
            kind.starts_with("Mixed [they signed a “comprehensive"),
            "{kind}"
        );
    }

    #[test]
    fn a_title_inside_reported_speech_is_a_term_and_no_quoted_speech() {
        let text = "T\n\nRoe said the book “Hillbilly Elegy” changed her mind.";
        assert_eq!(terms(text), ["Hillbilly Elegy"]);
        assert_eq!(
            crate::quotes::rules::testing::statements(text),
            "Indirect [the book “Hillbilly Elegy” changed her mind] cue: said, speaker: Roe"
        );
        // a quoted phrase that is no title keeps the statement mixed
        let text = "T\n\nRoe said the plan was “a disaster for everyone.”";
        assert!(crate::quotes::rules::testing::statements(text).starts_with("Mixed"));
    }
}
