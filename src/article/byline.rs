//! Bylines: `By Kim Eun-jung`, `Kim Eun-jung, Staff reporter`,
//! `By Jane Doe and John Roe, Associated Press`.

use super::lexicon::{normalize_into, Lexicons};
use super::lines::{is_space, space_at, space_before, trim};

/// A parsed byline; offsets relative to the unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BylineParts {
    pub authors: Vec<(usize, usize)>,
    pub affiliation: Option<(usize, usize)>,
}

/// Lower-case particles allowed inside names.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "al", "bin", "ibn", "du",
    "dos", "das", "ten", "ter",
];

/// True when `s` looks like a personal name: one to five words, capitalized (particles
/// aside), letters, hyphens, apostrophes and initials only.
fn is_name(s: &str) -> bool {
    let mut n = 0;
    for w in s.split_whitespace() {
        n += 1;
        if n > 5 {
            return false;
        }
        if PARTICLES.contains(&w) {
            continue;
        }
        let mut chars = w.chars();
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '\u{2019}'))
        {
            return false;
        }
    }
    n > 0
}

/// Splits a names segment on ` and `, ` & ` (any white space around them) into trimmed ranges (relative to `base`).
fn split_names(s: &str, base: usize, out: &mut Vec<(usize, usize)>) -> bool {
    let mut rest = s;
    let mut off = base;
    loop {
        let cut = ["and", "&", "AND"]
            .iter()
            .filter_map(|sep| {
                let r = rest;
                r.match_indices(sep)
                    .map(|(i, _)| i)
                    .find(|&i| space_before(r, i) && space_at(r, i + sep.len()))
                    .map(|i| (i, sep.len()))
            })
            .min();
        let (piece, next) = match cut {
            Some((i, l)) => (rest.get(..i).unwrap_or(""), Some(i + l)),
            None => (rest, None),
        };
        let (lead, t) = trim(piece);
        if !is_name(t) {
            return false;
        }
        out.push((off + lead, off + lead + t.len()));
        match next {
            Some(j) => {
                off += j;
                rest = rest.get(j..).unwrap_or("");
            }
            None => return true,
        }
    }
}

/// Words that open a byline before the author names, in the languages news pages are
/// commonly written in (English, Spanish/Portuguese, French, German, Dutch, Scandinavian).
const BY_WORDS: [&str; 14] = [
    "By", "BY", "by", "Por", "POR", "por", "Par", "PAR", "Von", "VON", "von", "Door", "Av", "Af",
];

/// Length of the byline opener (`By ` with any white space after it) at the start of `s`,
/// when a capitalized name follows.
pub(crate) fn by_opener(s: &str) -> Option<usize> {
    // (the first byte rules most words out without a comparison call)
    let first = s.as_bytes().first()?;
    BY_WORDS.iter().find_map(|p| {
        if p.as_bytes().first() != Some(first) {
            return None;
        }
        let rest = s.strip_prefix(*p)?;
        let names = rest.trim_start_matches(is_space);
        let spaced = names.len() < rest.len();
        (spaced && names.starts_with(char::is_uppercase)).then_some(s.len() - names.len())
    })
}

/// Parses a byline unit.
#[cfg(test)]
pub(crate) fn byline(s: &str, lex: &Lexicons, buf: &mut String) -> Option<BylineParts> {
    if super::lines::count_words(s, 24) > 20 {
        return None;
    }
    byline_of_few_words(s, lex, buf)
}

/// `byline` for a unit known to have at most 20 words.
pub(crate) fn byline_of_few_words(
    s: &str,
    lex: &Lexicons,
    buf: &mut String,
) -> Option<BylineParts> {
    if s.len() > 200 {
        return None;
    }
    let opener = by_opener(s);
    let by = opener.is_some();
    let names_from = opener.unwrap_or(0);
    let body = s.get(names_from..)?;
    if !by {
        // without "By", a role or agency must follow the names: check before collecting
        // (there is nothing after the names without a separator)
        memchr::memchr2(b',', b'|', body.as_bytes())?;
        let has_role = body.split([',', '|']).skip(1).any(|seg| {
            let t = trim(seg).1;
            normalize_into(t, buf);
            lex.is_role(buf) || lex.is_agency_list(t)
        });
        if !has_role {
            return None;
        }
    }
    let mut authors = Vec::new();
    let mut affiliation = None;
    let mut off = names_from;
    for seg in body.split([',', '|', '•', '·']) {
        let (lead, t) = trim(seg);
        let a = off + lead;
        off += seg.len();
        off += body
            .get(off - names_from..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        if t.is_empty() {
            continue;
        }
        if affiliation.is_some() {
            continue;
        }
        // "By Jane Doe, April 12, 2025", "By Jane Doe | Published 9:14 AM": a date or time
        // after the names ends the byline's names
        if by && !authors.is_empty() && is_date_part(t, lex) {
            break;
        }
        normalize_into(t, buf);
        let role = lex.is_role(buf) || lex.is_agency_list(t);
        if role && (by || !authors.is_empty()) {
            // affiliation runs to the end of the unit
            let (l2, t2) = trim(s.get(a..)?);
            affiliation = Some((a + l2, a + l2 + t2.len()));
            continue;
        }
        if !split_names(t, a, &mut authors) {
            return None;
        }
    }
    if authors.is_empty() || (!by && affiliation.is_none()) {
        return None;
    }
    Some(BylineParts {
        authors,
        affiliation,
    })
}

/// A date or time segment of a byline: "April 12", "Published 9:14 AM", "Updated 10:02
/// ET", "2025-04-12" (a digit, with a month name, a clock time or a publishing word).
fn is_date_part(t: &str, lex: &Lexicons) -> bool {
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let clock = t.contains(':');
    let dashed = t.bytes().filter(|&b| b == b'-' || b == b'/').count() >= 2;
    let words = t.split_whitespace();
    let named = words.clone().any(|w| lex.is_month(w.trim_end_matches(',')));
    let publishing = words.take(1).any(|w| {
        [
            "published",
            "updated",
            "posted",
            "publicado",
            "publié",
            "veröffentlicht",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    });
    clock || dashed || named || publishing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Option<(Vec<&str>, Option<&str>)> {
        let mut buf = String::new();
        let p = byline(s, Lexicons::builtin(), &mut buf)?;
        Some((
            p.authors.iter().map(|r| s.get(r.0..r.1).unwrap()).collect(),
            p.affiliation.map(|r| s.get(r.0..r.1).unwrap()),
        ))
    }

    #[test]
    fn bylines_open_with_by_in_other_languages_too() {
        assert_eq!(b("Por Ana Morales"), Some((vec!["Ana Morales"], None)));
        assert_eq!(
            b("Von Max Mustermann"),
            Some((vec!["Max Mustermann"], None))
        );
        assert_eq!(b("Por favor, lea esto antes de votar."), None);
    }

    #[test]
    fn byline_styles() {
        assert_eq!(b("By Kim Eun-jung"), Some((vec!["Kim Eun-jung"], None)));
        assert_eq!(
            b("Kim Eun-jung, Staff reporter"),
            Some((vec!["Kim Eun-jung"], Some("Staff reporter")))
        );
        assert_eq!(
            b("By Jane Doe and John Roe, Associated Press"),
            Some((vec!["Jane Doe", "John Roe"], Some("Associated Press")))
        );
        assert_eq!(b("By the way, he said it was over."), None);
        assert_eq!(
            b("By Jane Doe, April 12, 2025"),
            Some((vec!["Jane Doe"], None))
        );
        assert_eq!(
            b("By Jane Doe | Published 9:14 AM, April 12, 2025"),
            Some((vec!["Jane Doe"], None))
        );
        assert_eq!(
            b("By Jane Doe and John Roe • 2025-04-12"),
            Some((vec!["Jane Doe", "John Roe"], None))
        );
        assert_eq!(b("Kim Eun-jung, who spoke"), None);
    }
}
