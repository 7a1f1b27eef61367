//! Quoted terms: the quotations no statement took (scare quotes, titles, nicknames).
//!
//! - `The so-called “deal of the century” was not a deal.` → term "deal of the century";
//! - `a “comprehensive strategic partnership” treaty` stays a term even inside a
//!   statement (a quotation between a determiner and a lower-case noun).

use crate::quotes::block::BlockData;
use crate::quotes::ctx::Ctx;
use crate::quotes::words::F_TERM_DETS;

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
}
