//! Properties over generated news articles: headline, optional sub-headline and byline, a
//! dateline, paragraphs of plain sentences and statements in every layout (`“Q,” Name
//! said.`, `Name said: “Q.”`, split quotes, multi-paragraph quotes, indirect and mixed
//! speech, pronoun and nominal speakers) with stray and unbalanced marks, a wire credit.
//!
//! 1. Every invariant of `tests/invariants/mod.rs` holds, and quotes are found where the
//!    generator wrote an attributed quotation.
//! 2. White space variants — CRLF, CR or U+2028/U+2029 line and paragraph ends, NBSP / tab /
//!    mixed spaces between words, a BOM, zero-width spaces at line ends and paragraph starts —
//!    give the same blocks, sentences,
//!    statements, speakers and terms, with every span shifted to the variant's offsets. The
//!    generator renders the plain article and the variant together and keeps the offset map
//!    between them; results are compared after mapping every variant span back.
//!
//! Case counts are bounded so CI stays fast; raise them locally with `PROPTEST_CASES=5000`.

mod invariants;

use proptest::prelude::*;
use serde_json::Value;

/// One piece of a generated article; `Word` never holds white space.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Word(String),
    Space,
    Line,
    Para,
}

use Piece::{Line, Para, Space};

fn w(s: &str) -> Piece {
    Piece::Word(s.to_string())
}

/// Words separated by single spaces.
fn words(s: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    for (i, x) in s.split(' ').filter(|x| !x.is_empty()).enumerate() {
        if i > 0 {
            out.push(Space);
        }
        out.push(w(x));
    }
    out
}

fn join(parts: Vec<Vec<Piece>>, sep: Piece) -> Vec<Piece> {
    let mut out = Vec::new();
    for p in parts.into_iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(sep.clone());
        }
        out.extend(p);
    }
    out
}

const FIRST: &[&str] = &[
    "Jane", "Matthew", "Karine", "Ahmed", "María", "Olga", "John", "Min-jun", "Chloé",
];
const LAST: &[&str] = &[
    "Smith",
    "Miller",
    "Jean-Pierre",
    "Al-Sayed",
    "García",
    "Petrova",
    "Roe",
    "O'Neill",
    "Nguyen",
];
const TITLE: &[&str] = &[
    "Senator",
    "Mayor",
    "Foreign Minister",
    "Gen.",
    "Dr.",
    "President",
    "Police Chief",
];
const NOMINAL: &[&str] = &[
    "the spokesperson",
    "officials",
    "the ministry",
    "the mayor",
    "analysts",
    "the company",
];
const PRONOUN: &[&str] = &["he", "she", "they"];
const CUE: &[&str] = &["said", "told reporters", "added", "stated", "warned"];
const CLAUSE: &[&str] = &[
    "the plan will fail",
    "talks would resume on Monday",
    "the U.S. remains committed to the alliance",
    "prices rose 3.5 percent in the third quarter",
    "nobody was hurt in the blast",
    "the vote showed that cooler heads prevailed",
    "the ministry had not been informed",
    "it's too early to say what happened",
];
const QUOTE: &[&str] = &[
    "We continue to have great concerns about the situation",
    "This is a good day for the city",
    "We will not give in",
    "I don't know what they were thinking",
    "Our position has not changed",
    "It was terrible",
    "We're going to keep working on it",
];
const PLAIN: &[&str] = &[
    "The storm arrived on Monday.",
    "Dozens of people gathered outside the building.",
    "The measure passed 52-48 after a long debate.",
    "Police said the road would stay closed until Friday.",
    "Mr. Lee arrived at 3 p.m. and left an hour later.",
    "The company's shares fell 4% in early trading.",
    "No date has been set for the next round of talks.",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    proptest::sample::select(list)
}

/// A named speaker as first introduced: `Jane Smith`, `Senator Jane Smith`.
fn full_name() -> impl Strategy<Value = String> {
    (proptest::option::of(pick(TITLE)), pick(FIRST), pick(LAST)).prop_map(|(t, f, l)| match t {
        Some(t) => format!("{t} {f} {l}"),
        None => format!("{f} {l}"),
    })
}

/// A speaker mention of any sort.
fn speaker() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => full_name(),
        2 => pick(LAST).prop_map(str::to_string),
        2 => pick(PRONOUN).prop_map(str::to_string),
        1 => pick(NOMINAL).prop_map(str::to_string),
    ]
}

/// Quotation marks: curly, straight, guillemets.
fn marks() -> impl Strategy<Value = (&'static str, &'static str)> {
    prop_oneof![
        4 => Just(("“", "”")),
        2 => Just(("\"", "\"")),
        1 => Just(("«", "»")),
    ]
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Quoted words: `open` glued to the first word, `tail` (`,” ` or `.”`) to the last.
fn quoted(q: &str, open: &str, tail: &str) -> Vec<Piece> {
    let mut p = words(q);
    if let Some(Piece::Word(first)) = p.first_mut() {
        *first = format!("{open}{first}");
    }
    if let Some(Piece::Word(last)) = p.last_mut() {
        last.push_str(tail);
    }
    p
}

/// One sentence of a body paragraph; `true` when it is an attributed direct quotation.
fn sentence() -> impl Strategy<Value = (Vec<Piece>, bool)> {
    let plain = pick(PLAIN).prop_map(|s| (words(s), false));
    // “Q,” Name said.
    let after = (pick(QUOTE), marks(), speaker(), pick(CUE)).prop_map(|(q, (o, c), s, cue)| {
        let p = join(
            vec![
                quoted(q, o, &format!(",{c}")),
                words(&s),
                words(&format!("{cue}.")),
            ],
            Space,
        );
        (p, true)
    });
    // “Q,” said Name.
    let inverted = (pick(QUOTE), marks(), full_name()).prop_map(|(q, (o, c), s)| {
        let p = join(
            vec![quoted(q, o, &format!(",{c}")), words(&format!("said {s}."))],
            Space,
        );
        (p, true)
    });
    // Name said: “Q.”
    let before = (full_name(), pick(QUOTE), marks()).prop_map(|(s, q, (o, c))| {
        let p = join(
            vec![words(&format!("{s} said:")), quoted(q, o, &format!(".{c}"))],
            Space,
        );
        (p, true)
    });
    // “Q1,” Name said, “q2.”
    let split = (pick(QUOTE), speaker(), pick(QUOTE), marks()).prop_map(|(q1, s, q2, (o, c))| {
        let p = join(
            vec![
                quoted(q1, o, &format!(",{c}")),
                words(&format!("{s} said,")),
                quoted(&q2.to_lowercase(), o, &format!(".{c}")),
            ],
            Space,
        );
        (p, true)
    });
    // Name said (that) clause. / Clause, officials said. / According to Name, clause. /
    // A report inside a report: Officials believe the mayor said clause.
    let indirect = (speaker(), pick(CLAUSE), 0..4u8, pick(NOMINAL)).prop_map(|(s, cl, form, n)| {
        let t = match form {
            0 => format!("{} said that {cl}.", capitalize(&s)),
            1 => format!("{}, {s} said.", capitalize(cl)),
            2 => format!("According to {s}, {cl}."),
            _ => format!("{} believe {s} said {cl}.", capitalize(n)),
        };
        (words(&t), false)
    });
    // Name said the plan was “very good” for everyone.
    let mixed = (full_name(), marks()).prop_map(|(s, (o, c))| {
        (
            words(&format!(
                "{s} said the plan was {o}very good{c} for everyone."
            )),
            false,
        )
    });
    // Stray and unbalanced marks, apostrophes, scare quotes.
    let stray = prop_oneof![
        Just("A stray “ mark sits here."),
        Just("Another ” closes nothing."),
        Just("He called it \"unbalanced and moved on."),
        Just("Rock 'n' roll never died in the ’90s, fans said."),
        Just("The so-called ‘deal’ was signed."),
        Just("«Why? » nobody asked."),
    ]
    .prop_map(|s| (words(s), false));
    prop_oneof![
        3 => plain,
        3 => after,
        2 => inverted,
        2 => before,
        2 => split,
        3 => indirect,
        1 => mixed,
        1 => stray,
    ]
}

/// A body paragraph of 1-4 sentences, or a news-style two-paragraph quotation (the first
/// paragraph's quotation left open, the second reopened and attributed).
fn paragraphs() -> impl Strategy<Value = (Vec<Vec<Piece>>, usize)> {
    let normal = proptest::collection::vec(sentence(), 1..4).prop_map(|ss| {
        let n = ss.iter().filter(|s| s.1).count();
        (vec![join(ss.into_iter().map(|s| s.0).collect(), Space)], n)
    });
    let multi = (pick(QUOTE), pick(QUOTE), pick(PRONOUN)).prop_map(|(q1, q2, p)| {
        (
            vec![
                quoted(q1, "“", "."),
                join(
                    vec![quoted(q2, "“", ",”"), words(&format!("{p} said."))],
                    Space,
                ),
            ],
            1,
        )
    });
    prop_oneof![5 => normal, 1 => multi]
}

/// A generated article and the number of attributed direct quotations written into it.
#[derive(Debug, Clone)]
struct News {
    pieces: Vec<Piece>,
    direct: usize,
}

fn news() -> impl Strategy<Value = News> {
    let headline = proptest::collection::vec(pick(LAST), 2..6)
        .prop_map(|v| format!("{} Talks Stall Over Budget", v.join(" ")));
    (
        headline,
        proptest::option::of(Just("Officials weigh next steps after a week of talks")),
        proptest::option::of(full_name()),
        proptest::option::of(prop_oneof![
            Just("SEOUL, Nov. 6 (Yonhap) --"),
            Just("WASHINGTON (AP) —"),
            Just("KYIV, Ukraine (Reuters) -"),
        ]),
        proptest::collection::vec(paragraphs(), 1..8),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(h, sub, by, dateline, paras, single_lines, credit)| {
            let mut blocks = vec![words(&h)];
            if let Some(s) = sub {
                blocks.push(words(s));
            }
            if let Some(b) = by {
                blocks.push(words(&format!("By {b}")));
            }
            let mut direct = 0;
            let mut body: Vec<Vec<Piece>> = Vec::new();
            for (ps, n) in paras {
                direct += n;
                body.extend(ps);
            }
            if let (Some(d), Some(first)) = (dateline, body.first_mut()) {
                let mut p = words(d);
                p.push(Space);
                p.append(first);
                *first = p;
            }
            blocks.extend(body);
            if credit {
                blocks.push(words("(Yonhap)"));
            }
            let sep = if single_lines { Line } else { Para };
            let mut pieces = join(blocks, sep);
            pieces.push(Line);
            News { pieces, direct }
        })
}

/// How a variant writes white space.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// 0 `\n`, 1 `\r\n`, 2 `\r` (classic Mac), 3 U+2028 LINE SEPARATOR between lines and
    /// U+2029 PARAGRAPH SEPARATOR between paragraphs.
    breaks: u8,
    /// 0 space, 1 NBSP, 2 tab, 3 mixed (space, NBSP, tab, two spaces by position).
    spaces: u8,
    bom: bool,
    /// Zero-width spaces at line ends and paragraph starts.
    zwsp: bool,
}

fn style() -> impl Strategy<Value = Style> {
    (0..4u8, 0..4u8, any::<bool>(), any::<bool>()).prop_map(|(breaks, spaces, bom, zwsp)| Style {
        breaks,
        spaces,
        bom,
        zwsp,
    })
}

/// A stretch of the plain text and the variant text written for the same piece.
#[derive(Debug, Clone, Copy)]
struct Seg {
    base: (usize, usize),
    var: (usize, usize),
    same: bool,
}

/// The plain rendering, the variant rendering and the offset map between them.
struct Rendered {
    base: String,
    var: String,
    segs: Vec<Seg>,
}

fn render(pieces: &[Piece], st: Style) -> Rendered {
    let mut r = Rendered {
        base: String::new(),
        var: String::new(),
        segs: Vec::new(),
    };
    let push = |r: &mut Rendered, b: &str, v: &str| {
        let (bs, vs) = (r.base.len(), r.var.len());
        r.base.push_str(b);
        r.var.push_str(v);
        r.segs.push(Seg {
            base: (bs, r.base.len()),
            var: (vs, r.var.len()),
            same: b == v,
        });
    };
    let nl = ["\n", "\r\n", "\r", "\u{2028}"]
        .get(usize::from(st.breaks))
        .copied()
        .unwrap_or("\n");
    let blank = if st.breaks == 3 { "" } else { nl };
    let eol = if st.zwsp {
        format!("\u{200b}{nl}")
    } else {
        nl.to_string()
    };
    if st.bom {
        push(&mut r, "", "\u{feff}");
    }
    let mut spaces = 0usize;
    for p in pieces {
        match p {
            Piece::Word(x) => push(&mut r, x, x),
            Space => {
                let v = match (st.spaces, spaces % 4) {
                    (0, _) | (3, 0) => " ",
                    (1, _) | (3, 1) => "\u{a0}",
                    (2, _) | (3, 2) => "\t",
                    _ => "  ",
                };
                spaces += 1;
                push(&mut r, " ", v);
            }
            Line => push(&mut r, "\n", &eol),
            Para => {
                let zw = if st.zwsp { "\u{200b}" } else { "" };
                let v = if st.breaks == 3 {
                    format!("{zw}\u{2029}{zw}")
                } else {
                    format!("{eol}{blank}{zw}")
                };
                push(&mut r, "\n\n", &v);
            }
        }
    }
    r
}

impl Rendered {
    /// The plain-text offset of variant offset `v`: exact inside identical stretches and at
    /// the edges of rewritten ones; `None` inside a rewritten stretch (a span cutting a CRLF
    /// or an NBSP in two).
    fn map(&self, v: usize) -> Option<usize> {
        let i = self.segs.partition_point(|s| s.var.1 < v);
        let s = self.segs.get(i)?;
        if v == s.var.0 {
            Some(s.base.0)
        } else if v == s.var.1 {
            Some(s.base.1)
        } else if s.same && s.var.0 < v && v < s.var.1 {
            Some(s.base.0 + (v - s.var.0))
        } else {
            None
        }
    }
}

/// Replaces every `{"start","end"}` object of `v` by its mapped offsets. Strings (speaker
/// names, descriptions) are compared as they are: the library writes their white space as
/// single spaces.
fn map_value(v: &mut Value, r: Option<&Rendered>, text: &str) -> Result<(), String> {
    match v {
        Value::Object(m) => {
            let is_span = m.len() == 2 && m.contains_key("start") && m.contains_key("end");
            if let (true, Some(r)) = (is_span, r) {
                for k in ["start", "end"] {
                    let off = m.get(k).and_then(Value::as_u64).unwrap_or(0) as usize;
                    let mapped = r.map(off).ok_or_else(|| {
                        let ctx = text.get(off.saturating_sub(12)..(off + 12).min(text.len()));
                        format!("variant offset {off} ({k}) falls inside rewritten white space near {ctx:?}")
                    })?;
                    m.insert(k.into(), Value::from(mapped));
                }
            } else {
                for x in m.values_mut() {
                    map_value(x, r, text)?;
                }
            }
        }
        Value::Array(a) => {
            for x in a {
                map_value(x, r, text)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Blocks, sentences and the extraction of `text` as JSON, without the text itself.
fn analysis(text: &str) -> Result<Value, String> {
    let (a, q) = invariants::check_all(text).map_err(|e| format!("{e} in {text:?}"))?;
    let blocks = serde_json::to_value(&a.blocks).map_err(|e| e.to_string())?;
    let sentences = serde_json::to_value(&a.sentences).map_err(|e| e.to_string())?;
    let quotes = serde_json::to_value(&q).map_err(|e| e.to_string())?;
    Ok(serde_json::json!({"blocks": blocks, "sentences": sentences, "quotes": quotes}))
}

/// The first place where two JSON values differ, as a path.
fn first_difference(a: &Value, b: &Value, path: &str) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(u) if u == v => {}
                    Some(u) => return first_difference(v, u, &format!("{path}.{k}")),
                    None => return format!("{path}.{k} missing in variant"),
                }
            }
            format!("{path}: variant has extra keys")
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (v, u)) in x.iter().zip(y).enumerate() {
                if v != u {
                    return first_difference(v, u, &format!("{path}[{i}]"));
                }
            }
            format!("{path}: {} items vs {} in variant", x.len(), y.len())
        }
        _ => format!("{path}: {a} vs {b} in variant"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_news_articles_are_well_formed_and_their_quotes_found(n in news()) {
        let r = render(&n.pieces, Style { breaks: 0, spaces: 0, bom: false, zwsp: false });
        let text = &r.base;
        let (a, q) = invariants::check_all(text)
            .map_err(|e| TestCaseError::fail(format!("{e} in {text:?}")))?;
        prop_assert!(!a.body_text().is_empty(), "body found in {:?}", text);
        let direct = q.quotes.iter().filter(|x| x.kind == quotewire::QuoteKind::Direct).count();
        // Two-paragraph quotations may be reported as one statement or two.
        prop_assert!(
            direct * 2 >= n.direct && (n.direct == 0 || direct > 0),
            "{} direct statements for {} written in {:?}", direct, n.direct, text
        );
    }

    #[test]
    fn white_space_variants_give_the_same_structure_and_statements(n in news(), st in style()) {
        let r = render(&n.pieces, st);
        let mut want = analysis(&r.base).map_err(TestCaseError::fail)?;
        map_value(&mut want, None, &r.base).map_err(TestCaseError::fail)?;
        let mut got = analysis(&r.var).map_err(TestCaseError::fail)?;
        map_value(&mut got, Some(&r), &r.var).map_err(TestCaseError::fail)?;
        prop_assert!(
            got == want,
            "{:?}: {}\nplain:   {:?}\nvariant: {:?}",
            st, first_difference(&want, &got, ""), r.base, r.var
        );
    }
}

#[test]
fn the_offset_map_follows_rewritten_white_space() {
    let pieces = vec![w("A"), Space, w("b."), Para, w("C")];
    let st = Style {
        breaks: 1,
        spaces: 1,
        bom: true,
        zwsp: true,
    };
    let r = render(&pieces, st);
    assert_eq!(r.base, "A b.\n\nC");
    assert_eq!(r.var, "\u{feff}A\u{a0}b.\u{200b}\r\n\r\n\u{200b}C");
    let c = r.var.find('C').unwrap();
    assert_eq!(r.map(c), Some(6));
    assert_eq!(r.map(3), Some(0), "after the BOM");
    assert_eq!(r.map(5), None, "inside the NBSP");
    assert_eq!(r.map(r.var.len()), Some(r.base.len()));
}
