//! Credits: wire credits such as `(Yonhap)` closing an article and photo credits closing a
//! caption (`AFP-Yonhap`, `/ Yonhap`, `Reuters/File Photo`, `Getty Images`,
//! `Korea Times photo by ...`, `(AP Photo/Evan Vucci)`).

use super::lexicon::{normalize_into, Lexicons};
use super::lines::{count_words, is_space, trim};

/// A credit found at the end of a unit; offsets are relative to the unit's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tail {
    /// Start of the credit (including its bracket or slash).
    pub start: usize,
    /// End of the credit.
    pub end: usize,
    /// A bare agency in brackets, `(Yonhap)`: a wire credit when it closes the article, a
    /// photo credit on a caption. Otherwise a photo credit.
    pub wire: bool,
}

/// Upper bound on how far back from the end of a unit a credit may start.
const TAIL_WINDOW: usize = 120;

fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '\u{a9}')
}

/// True when a short segment reads as a credit: agency names (`AFP-Yonhap`), agency plus a
/// photographer or a credit word (`Reuters/File Photo`, `AP Photo/Evan Vucci`), a credit
/// phrase (`Getty Images`, `Korea Times photo by Shim Hyun-chul`), or `© ...`.
pub(crate) fn is_credit(seg: &str, lex: &Lexicons, buf: &mut String) -> bool {
    is_credit_with(seg, lex, buf, None)
}

/// What a caller of [`is_credit_with`] knows of the segment.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Known<'a> {
    /// The normalization of the segment (trailing periods and the white space trimmed
    /// change nothing in it).
    pub norm: &'a str,
    /// Its word count ([`count_words`]), or more: the text tested, a prefix of the segment,
    /// has no more words.
    pub words: usize,
}

/// [`is_credit`] given what the caller knows of `seg`; with its normalization, `buf` is
/// left as it was at the end, which only matters to callers reading it afterwards.
pub(crate) fn is_credit_with(
    seg: &str,
    lex: &Lexicons,
    buf: &mut String,
    known: Option<Known<'_>>,
) -> bool {
    let (_, s) = trim(seg);
    let s = s.trim_end_matches('.');
    if s.is_empty() || s.len() > 70 || !starts_upper(s) {
        return false;
    }
    if s.starts_with('\u{a9}') {
        return true;
    }
    if lex.is_agency_list(s) {
        return true;
    }
    if known.is_none_or(|k| k.words > 9) && count_words(s, 12) > 9 {
        return false;
    }
    // (the first slash, found by memchr)
    let slash = memchr::memchr(b'/', s.as_bytes());
    if let Some((first, rest)) =
        slash.map(|i| (s.get(..i).unwrap_or(""), s.get(i + 1..).unwrap_or("")))
    {
        // `Reuters/...`, `AP Photo/...`, `Yonhap Photos/...`
        let last_word = first.split_whitespace().next_back().unwrap_or("");
        let first_ok = lex.is_agency_list(first)
            || ["photo", "photos", "images", "pictures", "file"]
                .iter()
                .any(|w| last_word.eq_ignore_ascii_case(w))
            || {
                normalize_into(first, buf);
                lex.is_credit_phrase(buf)
            };
        if first_ok && !rest.trim().is_empty() && rest.len() <= 50 && starts_upper(trim(rest).1) {
            return true;
        }
    }
    // a credit phrase, not inside a sentence
    let norm = match known {
        Some(k) => k.norm,
        None => {
            normalize_into(s, buf);
            buf.as_str()
        }
    };
    norm.len() > 1 && lex.is_credit_phrase(norm) && !s.contains(". ")
}

/// Finds a credit closing `s` (a trimmed unit).
pub(crate) fn tail(s: &str, lex: &Lexicons, buf: &mut String) -> Option<Tail> {
    let n = s.len();
    let mut window = n.saturating_sub(TAIL_WINDOW);
    while !s.is_char_boundary(window) {
        window += 1;
    }
    let win = s.get(window..)?;
    // 1. bracketed: `(Yonhap)`, `[Yonhap]`, `(AP Photo/Evan Vucci)`
    if let Some(close) = win.chars().next_back().filter(|c| *c == ')' || *c == ']') {
        let open_c = if close == ')' { '(' } else { '[' };
        if let Some(o) = win.rfind(open_c) {
            let inner = win.get(o + 1..win.len() - 1).unwrap_or("");
            let start = window + o;
            if lex.is_agency_list(inner) {
                return Some(Tail {
                    start,
                    end: n,
                    wire: true,
                });
            }
            normalize_into(inner, buf);
            if (inner.contains('/') && is_credit(inner, lex, buf)) || lex.is_credit_phrase(buf) {
                return Some(Tail {
                    start,
                    end: n,
                    wire: false,
                });
            }
        }
        return None;
    }
    // 2. after a spaced slash: `... in Seoul / Yonhap`
    let slash = memchr::memrchr(b'/', win.as_bytes())
        .filter(|&i| i > 0 && win.as_bytes().get(i - 1) == Some(&b' '))
        .map(|i| i - 1);
    if let Some(i) = slash {
        let after = win.get(i + 2..).unwrap_or("");
        if !after.contains('/') && is_credit(after, lex, buf) {
            return Some(Tail {
                start: window + i + 1,
                end: n,
                wire: false,
            });
        }
    }
    // 3. after the last sentence end: `... a mutual defence pact. AFP-Yonhap`
    if let Some(t) = after_last_sentence_end(win, window, lex, buf) {
        return Some(t);
    }
    // 4. `... at a meeting Korea Times photo by Shim Hyun-chul` without a sentence end
    let lower_pos = photo_by(win)
        .filter(|&p| p > 0 && win.as_bytes().get(p - 1) == Some(&b' '))
        .map(|p| p - 1);
    if let Some(p) = lower_pos {
        // walk back over up to two capitalized words (a publication name)
        let head = win.get(..p).unwrap_or("");
        // start of the words taken: each step moves over a word and the space after it, so
        // it reaches 0 when the whole head is taken (it never goes below)
        let mut start = p + 1;
        for (taken, w) in head.rsplit(' ').enumerate() {
            if taken == 2 || !starts_upper(w) || w.is_empty() {
                break;
            }
            start = start.saturating_sub(w.len() + 1);
        }
        if start > 0 && win.is_char_boundary(start) {
            return Some(Tail {
                start: window + start,
                end: n,
                wire: false,
            });
        }
    }
    None
}

/// Step 3 of [`tail`]: a credit after the last space of `win` (at `window` in the unit) that
/// follows a sentence end.
fn after_last_sentence_end(
    win: &str,
    window: usize,
    lex: &Lexicons,
    buf: &mut String,
) -> Option<Tail> {
    for i in sentence_end_spaces(win) {
        let before = win.get(..i).unwrap_or("");
        if super::lines::ends_terminal(before) {
            let seg = win.get(i..).unwrap_or("");
            let (lead, t) = trim(seg);
            if !t.is_empty() && is_credit(t, lex, buf) {
                return Some(Tail {
                    start: window + i + lead,
                    end: window + win.len(),
                    wire: false,
                });
            }
            break;
        }
    }
    None
}

/// The spaces of `win` after which the text before may end like a sentence (see
/// `ends_terminal`), last first: every such space, and some others. Such a space follows a
/// sentence-final mark and closers (quotes, brackets), so it is found from the marks, which
/// are much rarer than spaces: the last bytes of `.`, `!`, `?` and, in text beyond ASCII,
/// of `…` and `。` (0xa6 and 0x82, also found inside other chars). A later mark gives a later
/// space (the closers between a mark and its space hold no mark).
fn sentence_end_spaces(win: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = win.as_bytes();
    let mut ascii = memchr::memrchr3_iter(b'.', b'!', b'?', bytes).peekable();
    let mut other = (!win.is_ascii()).then(|| memchr::memrchr2_iter(0xa6, 0x82, bytes).peekable());
    let marks = std::iter::from_fn(move || {
        let o = other.as_mut().and_then(|o| o.peek().copied());
        match (ascii.peek().copied(), o) {
            (Some(a), Some(b)) if b > a => other.as_mut().and_then(Iterator::next),
            (Some(_), _) => ascii.next(),
            (None, _) => other.as_mut().and_then(Iterator::next),
        }
    });
    marks.filter_map(move |m| {
        let mut j = m + 1;
        while let Some(c) = win.get(j..).and_then(|r| r.chars().next()) {
            if !super::lines::is_closer(c) {
                break;
            }
            j += c.len_utf8();
        }
        (bytes.get(j) == Some(&b' ')).then_some(j)
    })
}

/// Where `photo by ` starts in `win` (ASCII case ignored), else where `photos by ` does: one
/// scan over the places of `photo`.
fn photo_by(win: &str) -> Option<usize> {
    let h = win.as_bytes();
    let follows = |p: usize, w: &[u8]| {
        h.get(p + 5..p + 5 + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    let mut photos_by = None;
    for p in memchr::memchr2_iter(b'p', b'P', h) {
        if !h
            .get(p..p + 5)
            .is_some_and(|x| x.eq_ignore_ascii_case(b"photo"))
        {
            continue;
        }
        if follows(p, b" by ") {
            return Some(p);
        }
        if photos_by.is_none() && follows(p, b"s by ") {
            photos_by = Some(p);
        }
    }
    photos_by
}

/// Byte position of `needle` (ASCII) in `hay`, ignoring ASCII case.
pub(crate) fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let nd = needle.as_bytes();
    let first = *nd.first()?;
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lo, up, h).find(|&i| {
        h.get(i..i + nd.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(nd))
    })
}

/// The end of the text before a tail starting at `start`, trimmed of spaces.
pub(crate) fn before_tail(s: &str, start: usize) -> usize {
    s.get(..start)
        .map_or(0, |h| h.trim_end_matches(is_space).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<(&str, bool)> {
        let mut b = String::new();
        tail(s, Lexicons::builtin(), &mut b).map(|t| (s.get(t.start..t.end).unwrap(), t.wire))
    }

    #[test]
    fn sentence_end_spaces_has_every_space_after_a_sentence_end_in_order() {
        let alphabet = [
            "a", " ", ".", "!", "?", "…", "。", "\"", "'", ")", "]", "”", "’", "»", "›", "¦", "æ",
            "\u{10a6}", "(", "é", "\u{a0}",
        ];
        for s in crate::testing::random_texts(&alphabet, 0x2545_f491_4f6c_dd1du64, 20_000, 16) {
            let plain: Vec<usize> = (1..s.len())
                .rev()
                .filter(|&i| s.as_bytes()[i] == b' ' && super::super::lines::ends_terminal(&s[..i]))
                .collect();
            let found: Vec<usize> = sentence_end_spaces(&s)
                .filter(|&i| super::super::lines::ends_terminal(&s[..i]))
                .collect();
            assert_eq!(found, plain, "{s:?}");
            assert!(sentence_end_spaces(&s).all(|i| s.as_bytes()[i] == b' '));
        }
    }

    #[test]
    fn photo_by_agrees_with_two_searches() {
        let alphabet = [
            "photo", "PHOTO", "Photos", "s", " by ", " BY ", "by", " ", "p", "é",
        ];
        for s in crate::testing::random_texts(&alphabet, 0x2545_f491_4f6c_dd1du64, 5000, 10) {
            let two = find_ascii_ci(&s, "photo by ").or_else(|| find_ascii_ci(&s, "photos by "));
            assert_eq!(photo_by(&s), two, "{s:?}");
        }
    }

    #[test]
    fn a_given_normalization_gives_the_same_credits() {
        let alphabet = [
            "Getty", "Images", "Yonhap", "AFP", "Photo", "photo", "by", "Kim", " ", "/", "-", ".",
            ". ", "©", "courtesy", "of", "File", "7", "é",
        ];
        let lex = Lexicons::builtin();
        let (mut a, mut b, mut norm) = (String::new(), String::new(), String::new());
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut credits = 0;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..seed % 8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let t = trim(&s).1;
            normalize_into(t, &mut norm);
            let plain = is_credit(t, lex, &mut a);
            let words = count_words(t, 64);
            let known = Known { norm: &norm, words };
            assert_eq!(is_credit_with(t, lex, &mut b, Some(known)), plain, "{t:?}");
            credits += usize::from(plain);
        }
        assert!(credits > 500, "{credits}");
    }

    #[test]
    fn credit_styles() {
        assert_eq!(t("It ended. (Yonhap)"), Some(("(Yonhap)", true)));
        assert_eq!(
            t("A view of the city. AFP-Yonhap"),
            Some(("AFP-Yonhap", false))
        );
        assert_eq!(t("Kim speaks in Seoul / Yonhap"), Some(("/ Yonhap", false)));
        assert_eq!(
            t("Troops march, Nov. 2. Reuters/File Photo"),
            Some(("Reuters/File Photo", false))
        );
        assert_eq!(t("Fans cheer. Getty Images"), Some(("Getty Images", false)));
        assert_eq!(
            t("Officials meet in Seoul. Korea Times photo by Shim Hyun-chul"),
            Some(("Korea Times photo by Shim Hyun-chul", false))
        );
        assert_eq!(
            t("Officials meet in Seoul Korea Times photo by Shim Hyun-chul"),
            Some(("Korea Times photo by Shim Hyun-chul", false))
        );
        assert_eq!(
            t("Biden speaks. (AP Photo/Evan Vucci)"),
            Some(("(AP Photo/Evan Vucci)", false))
        );
        assert_eq!(t("He said it was over. Then he left."), None);
        assert_eq!(t("He met the minister (Kim Jong)"), None);
    }
}
