//! Lead prefixes: kickers (`WNAM REPORT:`) and datelines (`SEOUL, Nov. 6 (Yonhap) --`,
//! `WASHINGTON (AP) —`, `KYIV, Ukraine (Reuters) -`).

use super::lexicon::Lexicons;
use super::lines::{count_words, is_space, space_at, space_before};

/// A kicker at the start of a unit: `label` ends before the colon, `rest` is where the body
/// starts. Offsets relative to the unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kicker {
    pub label_end: usize,
    pub rest: usize,
}

fn starts_lead(s: &str) -> bool {
    s.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                '"' | '\''
                    | '\u{201c}'
                    | '\u{2018}'
                    | '\u{201e}'
                    | '\u{ab}'
                    | '\u{bb}'
                    | '\u{2039}'
                    | '\u{300c}'
                    | '\u{300e}'
                    | '('
            )
    })
}

/// An upper-case slug of one to five words followed by a colon and a capitalized lead.
pub(crate) fn kicker(s: &str) -> Option<Kicker> {
    let head = s.get(..s.len().min(64)).or_else(|| {
        let mut e = s.len().min(64);
        while !s.is_char_boundary(e) {
            e -= 1;
        }
        s.get(..e)
    })?;
    let colon = memchr::memchr(b':', head.as_bytes())?;
    let label = head.get(..colon)?;
    let mut upper = 0;
    for c in label.chars() {
        if c.is_lowercase()
            || !(c.is_alphanumeric() || is_space(c) || matches!(c, '&' | '-' | '.' | '\''))
        {
            return None;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    let words = count_words(label, 8);
    if upper < 2 || words == 0 || words > 5 || label.ends_with(is_space) {
        return None;
    }
    let after = s.get(colon + 1..)?;
    let rest_t = after.trim_start_matches(is_space);
    if rest_t.is_empty() || !starts_lead(rest_t) || count_words(rest_t, 4) < 4 {
        return None;
    }
    Some(Kicker {
        label_end: colon,
        rest: s.len() - rest_t.len(),
    })
}

/// A parsed dateline; offsets relative to the unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DatelineParts {
    /// End of the dateline, after its dash.
    pub end: usize,
    /// Where the body starts.
    pub rest: usize,
    pub place: (usize, usize),
    pub date: Option<(usize, usize)>,
    pub agency: Option<(usize, usize)>,
}

/// Finds the first dash separator in `s[..limit]`: returns (dash start, dash end).
fn find_dash(s: &str, limit: usize) -> Option<(usize, usize)> {
    for (i, c) in s.char_indices() {
        if i >= limit {
            break;
        }
        match c {
            '\u{2014}' | '\u{2013}' => return Some((i, i + c.len_utf8())),
            '-' => {
                let next = s.as_bytes().get(i + 1).copied();
                if next == Some(b'-') {
                    let mut e = i + 2;
                    while s.as_bytes().get(e) == Some(&b'-') {
                        e += 1;
                    }
                    return Some((i, e));
                }
                if space_before(s, i) && space_at(s, i + 1) {
                    return Some((i, i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

fn trim_range(s: &str, a: usize, b: usize) -> (usize, usize) {
    let seg = s.get(a..b).unwrap_or("");
    let t = seg.trim_start_matches(is_space);
    let a2 = a + (seg.len() - t.len());
    let t = t.trim_end_matches(is_space);
    (a2, a2 + t.len())
}

fn capitalized_words(s: &str, max: usize) -> bool {
    let mut n = 0;
    for w in s.split_whitespace() {
        n += 1;
        if n > max {
            return false;
        }
        let first = w.chars().next();
        if !first.is_some_and(|c| c.is_uppercase()) || w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    n > 0
}

/// Parses a dateline at the start of `s`.
pub(crate) fn dateline(s: &str, lex: &Lexicons) -> Option<DatelineParts> {
    let (dash, dash_end) = find_dash(s, 120)?;
    let (p0, p1) = trim_range(s, 0, dash);
    if p1 <= p0 {
        return None;
    }
    let prefix = s.get(p0..p1)?;
    // agency in brackets at the end of the prefix
    let mut agency = None;
    let mut core_end = p1;
    if prefix.ends_with(')') {
        let open = prefix.rfind('(')?;
        let inner = prefix.get(open + 1..prefix.len() - 1)?;
        if !(lex.is_agency_list(inner) || capitalized_words(inner, 3)) {
            return None;
        }
        agency = Some((p0 + open + 1, p1 - 1));
        core_end = p0 + open;
    }
    let core = s.get(p0..core_end)?;
    let core = core.trim_end_matches(is_space).trim_end_matches(',');
    let core_end = p0 + core.len();
    if core.is_empty() {
        return None;
    }
    // comma-separated parts: place, optional regions, optional date
    let mut place_end = core_end;
    let mut date: Option<(usize, usize)> = None;
    let mut offset = p0;
    for (k, part) in core.split(',').enumerate() {
        let (a, b) = trim_range(s, offset, offset + part.len());
        offset += part.len() + 1;
        let text = s.get(a..b).unwrap_or("");
        if text.is_empty() || count_words(text, 8) > 5 {
            return None;
        }
        if k == 0 {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let all_caps = letters >= 2 && !text.chars().any(char::is_lowercase);
            if !capitalized_words(text, 4) || (agency.is_none() && !all_caps) {
                return None;
            }
            place_end = b;
            continue;
        }
        if date.is_some() {
            continue; // "March 12, 2024": the year stays in the date
        }
        let first = text.split_whitespace().next().unwrap_or("");
        let is_date = lex.is_month(first) || first.starts_with(|c: char| c.is_ascii_digit());
        if is_date {
            date = Some((a, core_end));
        } else if capitalized_words(text, 3) {
            place_end = b;
        } else {
            return None;
        }
    }
    let rest_t = s.get(dash_end..)?.trim_start_matches(is_space);
    if rest_t.is_empty() || !starts_lead(rest_t) {
        return None;
    }
    Some(DatelineParts {
        end: dash_end,
        rest: s.len() - rest_t.len(),
        place: (p0, place_end),
        date,
        agency,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<(&str, &str, Option<&str>, Option<&str>)> {
        let p = dateline(s, Lexicons::builtin())?;
        let g = |r: (usize, usize)| s.get(r.0..r.1).unwrap();
        Some((
            s.get(..p.end).unwrap(),
            g(p.place),
            p.date.map(g),
            p.agency.map(g),
        ))
    }

    #[test]
    fn dateline_styles() {
        assert_eq!(
            d("SEOUL, Nov. 6 (Yonhap) -- North Korea fired a missile."),
            Some((
                "SEOUL, Nov. 6 (Yonhap) --",
                "SEOUL",
                Some("Nov. 6"),
                Some("Yonhap")
            ))
        );
        assert_eq!(
            d("WASHINGTON (AP) — The Senate voted."),
            Some(("WASHINGTON (AP) —", "WASHINGTON", None, Some("AP")))
        );
        assert_eq!(
            d("KYIV, Ukraine (Reuters) - Russia attacked."),
            Some((
                "KYIV, Ukraine (Reuters) -",
                "KYIV, Ukraine",
                None,
                Some("Reuters")
            ))
        );
        assert_eq!(
            d("NEW YORK — Stocks rose."),
            Some(("NEW YORK —", "NEW YORK", None, None))
        );
        assert_eq!(d("Kim Jong-un - the leader - said so."), None);
        assert_eq!(d("The vote - held on Monday - passed."), None);
    }

    #[test]
    fn kicker_needs_an_upper_case_slug() {
        let s = "NEWS REPORT: A spokesperson said it was over.";
        let k = kicker(s).unwrap();
        assert_eq!(s.get(..k.label_end), Some("NEWS REPORT"));
        assert_eq!(s.get(k.rest..), Some("A spokesperson said it was over."));
        assert_eq!(kicker("Mr. Kim said: It is over now, really."), None);
        assert_eq!(kicker("Q: What now?"), None);
    }
}
