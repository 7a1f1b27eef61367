//! Proportions as speakers: the subjects of poll reports.
//!
//! - `61 percent said`, `42% say`, `Thirty-one percent of those surveyed say`;
//! - `Six in 10 say`, `nearly nine out of 10 say`, `Three-in-five GOP insiders said`;
//! - `Half of the voters said`, `two-thirds of Republicans say`, `a majority of
//!   Americans say`;
//! - `those surveyed say`, `those polled said`.
//!
//! A proportion is a number (digits or number words, hyphenated ones too) with
//! "percent", "%", "in N" or "out of N" after it, or a fraction word; an "of" phrase of
//! up to six words may follow, a few words ("about", "nearly", "only", "more than", "a")
//! may lead. It names a share of the people polled: a mention with no entity.

use super::ctx::{Ctx, Np};
use super::tokens::Tok;
use super::words::{FRACTIONS, F_OF, F_SHARE, NUMBER_WORDS, POLLED};
use crate::Span;

/// Words that may lead a proportion ("nearly six in 10").
const LEADS: &[&str] = &[
    "about",
    "nearly",
    "almost",
    "roughly",
    "some",
    "only",
    "just",
    "over",
    "under",
    "than",
    "more",
    "fewer",
    "less",
    "a",
    "an",
    "the",
    "another",
    "around",
    "approximately",
    "barely",
];

/// Whether `w` (lower case) is a number: digits (with `,` or `.`), a number word, or
/// number words joined by hyphens.
fn is_number(w: &str) -> bool {
    let digits = w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
    digits || (!w.is_empty() && w.split('-').all(|p| NUMBER_WORDS.contains(&p)))
}

/// Whether `w` is a fraction ("half", "two-thirds", "three-quarters").
fn is_fraction(w: &str) -> bool {
    match w.rsplit_once('-') {
        Some((n, f)) => is_number(n) && FRACTIONS.contains(&f),
        None => FRACTIONS.contains(&w),
    }
}

impl Ctx<'_> {
    /// The proportion ending right before cue `c` (not before token `lo`): (first token,
    /// span, [`Np::Nominal`]).
    pub(crate) fn proportion_before(
        &self,
        toks: &[Tok],
        c: usize,
        lo: usize,
    ) -> Option<(usize, Span, Np)> {
        let end = c.checked_sub(1).filter(|&e| e >= lo)?;
        let head = self.of_phrase_start(toks, end, lo).unwrap_or(end);
        if !may_be_share(toks.get(head)?, self.word(toks.get(head)?)) {
            return None;
        }
        let mut first = self.share_ending_at(toks, head, lo)?;
        while first > lo
            && toks
                .get(first - 1)
                .is_some_and(|p| p.is_word() && p.outside() && LEADS.contains(&&*self.lw(p)))
        {
            first -= 1;
        }
        let span = Span::new(toks.get(first)?.span.start, toks.get(end)?.span.end);
        Some((first, span, Np::Nominal))
    }

    /// Whether `sp` is the proportion right before cue `c` ("those surveyed" ends in
    /// "-ed" but is no adjective).
    pub(crate) fn is_share(&self, toks: &[Tok], c: usize, lo: usize, sp: Span) -> bool {
        self.proportion_before(toks, c, lo)
            .is_some_and(|(_, share, _)| share == sp)
    }

    /// `… of those surveyed` ending at token `end`: the token before its "of".
    fn of_phrase_start(&self, toks: &[Tok], end: usize, lo: usize) -> Option<usize> {
        let mut k = end;
        while k > lo && end - k < 6 {
            let t = toks.get(k)?;
            let part_of_phrase = (t.is_word() && t.outside()) || t.is_punct('-');
            if !part_of_phrase {
                return None;
            }
            if t.has(F_OF) {
                let before = k.checked_sub(1).filter(|_| k < end)?;
                // "nine out of 10" is a share, not a share "of" a group
                let out = toks.get(before).is_some_and(|p| self.lw(p) == "out");
                return (!out).then_some(before);
            }
            k -= 1;
        }
        None
    }

    /// The share ending at token `j`: its first token.
    fn share_ending_at(&self, toks: &[Tok], j: usize, lo: usize) -> Option<usize> {
        let t = toks.get(j)?;
        if !t.outside() {
            return None;
        }
        let w = self.lw(t);
        let word_before = |k: usize| {
            k.checked_sub(1)
                .filter(|&p| p >= lo)
                .and_then(|p| toks.get(p).map(|x| (p, x)))
                .filter(|(_, x)| x.is_word() && x.outside())
        };
        // 61 percent, 42 %
        if w == "percent" || w == "pct" || t.is_punct('%') {
            let (p, x) = word_before(j)?;
            return is_number(&self.lw(x)).then_some(p);
        }
        if t.is_word() && is_fraction(&w) {
            return Some(j);
        }
        if t.is_word() && POLLED.contains(&&*w) {
            let (p, x) = word_before(j)?;
            return (self.lw(x) == "those").then_some(p);
        }
        // six in 10, nine out of 10, three-in-five
        if !t.is_word() || !is_number(&w) {
            return share_in_one_word(&w).then_some(j);
        }
        let (p, x) = word_before(j)?;
        let mut k = match &*self.lw(x) {
            "in" => p,
            "of" => {
                let (q, y) = word_before(p)?;
                (self.lw(y) == "out").then_some(q)?
            }
            _ => return None,
        };
        let (n, y) = word_before(k)?;
        if !is_number(&self.lw(y)) {
            return None;
        }
        k = n;
        Some(k)
    }
}

/// Whether token `t` (text `w`) may end a share: a share word, a number in digits, "%",
/// or a hyphenated word ("thirty-one", "two-thirds", "three-in-five").
fn may_be_share(t: &Tok, w: &str) -> bool {
    t.has(F_SHARE)
        || t.is_punct('%')
        || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || (t.is_word() && w.contains('-'))
}

/// "three-in-five" written as one word.
fn share_in_one_word(w: &str) -> bool {
    let mut parts = w.split('-');
    let (a, of, b) = (parts.next(), parts.next(), parts.next());
    parts.next().is_none()
        && of == Some("in")
        && a.is_some_and(is_number)
        && b.is_some_and(is_number)
}

#[cfg(test)]
mod tests {
    use crate::quotes::rules::testing::{first_speaker as speaker, statements};

    #[test]
    fn percentages_and_shares_speak_for_the_polled() {
        assert_eq!(speaker("61 percent said they had decided."), "61 percent");
        assert_eq!(speaker("Some 42% say they are liberal."), "Some 42%");
        assert_eq!(speaker("Six in 10 say he is decisive."), "Six in 10");
        assert_eq!(
            speaker("Nearly nine out of 10 say they need new skills."),
            "Nearly nine out of 10"
        );
        assert_eq!(
            speaker("Thirty-one percent of those surveyed say they would be satisfied."),
            "Thirty-one percent of those surveyed"
        );
        assert_eq!(
            speaker("Two-thirds of Republicans say the party is divided."),
            "Two-thirds of Republicans"
        );
        assert_eq!(
            speaker("By a wide margin, those surveyed say the law should change."),
            "those surveyed"
        );
    }

    #[test]
    fn a_number_that_is_no_share_is_no_speaker() {
        let found = statements("T\n\nIn 2010 said nothing.");
        assert!(!found.contains("speaker: 2010"), "{found}");
        assert!(super::is_number("thirty-one") && super::is_number("1,200"));
        assert!(!super::is_number("one-sided") && !super::is_number(""));
        assert!(super::is_fraction("two-thirds") && super::share_in_one_word("three-in-five"));
    }
}
