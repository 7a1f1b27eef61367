//! The invariants every result must satisfy, whatever the input: shared by the property
//! tests, the adversarial tests and the fuzz targets (`fuzz/` includes this file by path).
//!
//! Each check returns `Err(description)` naming the first broken invariant, so callers can
//! turn it into a proptest failure, a test assertion or a fuzzer crash.
#![allow(dead_code)]

use quotewire::{Article, BlockKind, Quotes, Span};

/// `span` lies inside `text`, on char boundaries, with `start <= end`.
pub fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end {
        return Err(format!("{what}: start > end in {span:?}"));
    }
    if span.end > text.len() {
        return Err(format!(
            "{what}: {span:?} ends past the text ({} bytes)",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what}: {span:?} not on char boundaries"));
    }
    Ok(())
}

fn check_inside(outer: Span, inner: Span, what: &str) -> Result<(), String> {
    if outer.contains(inner) {
        Ok(())
    } else {
        Err(format!("{what}: {inner:?} outside {outer:?}"))
    }
}

/// Sentences from `quotewire::sentences`: valid, non-empty, ordered, non-overlapping.
pub fn check_sentences(text: &str, spans: &[Span]) -> Result<(), String> {
    let mut prev_end = 0;
    for (i, &s) in spans.iter().enumerate() {
        check_span(text, s, &format!("sentence {i}"))?;
        if s.is_empty() {
            return Err(format!("sentence {i} is empty: {s:?}"));
        }
        if s.start < prev_end {
            return Err(format!("sentence {i} {s:?} overlaps the previous one"));
        }
        prev_end = s.end;
    }
    Ok(())
}

/// The parsed article: the text unchanged; blocks valid, non-empty, ordered and
/// non-overlapping, their parts inside them; sentences valid, ordered, inside a body or
/// caption block that is not a duplicate.
pub fn check_article(text: &str, a: &Article<'_>) -> Result<(), String> {
    if a.text.as_ref() != text {
        return Err("article text differs from the input".into());
    }
    let mut prev_end = 0;
    for (i, b) in a.blocks.iter().enumerate() {
        let what = format!("block {i} ({:?})", b.kind);
        check_span(text, b.span, &what)?;
        if b.span.is_empty() {
            return Err(format!("{what} is empty"));
        }
        if b.span.start < prev_end {
            return Err(format!("{what} {:?} overlaps the previous block", b.span));
        }
        prev_end = b.span.end;
        for (k, s) in b.authors.iter().enumerate() {
            check_span(text, *s, &format!("{what} author {k}"))?;
            check_inside(b.span, *s, &format!("{what} author {k}"))?;
        }
        for (part, s) in [("affiliation", b.affiliation), ("credit", b.credit)] {
            if let Some(s) = s {
                check_span(text, s, &format!("{what} {part}"))?;
                check_inside(b.span, s, &format!("{what} {part}"))?;
            }
        }
        if let Some(d) = b.dateline {
            for (part, s) in [
                ("place", Some(d.place)),
                ("date", d.date),
                ("agency", d.agency),
            ] {
                if let Some(s) = s {
                    check_span(text, s, &format!("{what} dateline {part}"))?;
                    check_inside(b.span, s, &format!("{what} dateline {part}"))?;
                }
            }
        }
        if let Some(d) = b.duplicate_of {
            let first = a.blocks.get(d).map(|f| f.kind);
            if d >= i || first != Some(BlockKind::Caption) || b.kind != BlockKind::Caption {
                return Err(format!(
                    "{what}: duplicate_of {d} is not an earlier caption"
                ));
            }
        }
        if b.reason.is_some() != (b.kind == BlockKind::Boilerplate) {
            return Err(format!("{what}: reason {:?} for its kind", b.reason));
        }
    }
    let mut prev_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        let what = format!("sentence {i}");
        check_span(text, s.span, &what)?;
        if s.span.is_empty() {
            return Err(format!("{what} is empty"));
        }
        if s.span.start < prev_end {
            return Err(format!("{what} {:?} overlaps the previous one", s.span));
        }
        prev_end = s.span.end;
        let Some(b) = a.blocks.get(s.block) else {
            return Err(format!("{what}: block index {} out of range", s.block));
        };
        check_inside(b.span, s.span, &format!("{what} in block {}", s.block))?;
        if !matches!(b.kind, BlockKind::Body | BlockKind::Caption) || b.is_duplicate() {
            return Err(format!("{what} in a {:?} block", b.kind));
        }
    }
    Ok(())
}

/// The extracted statements: every span valid; content spans non-empty, ordered within a
/// statement; another statement's content is disjoint from them or strictly nested with them
/// (a report inside a report), never crosses or equals them; statements in text order;
/// `speaker_id` indexes `speakers`; `block` indexes the article's blocks with the right kind
/// and holds the first content span; speakers numbered in order with sorted mentions;
/// confidence in [0, 1].
pub fn check_quotes(text: &str, a: &Article<'_>, q: &Quotes) -> Result<(), String> {
    let mut all_content: Vec<(Span, usize)> = Vec::new();
    let mut prev_first = 0;
    for (i, x) in q.quotes.iter().enumerate() {
        let what = format!("quote {i} ({:?})", x.kind);
        let Some(first) = x.content.first() else {
            return Err(format!("{what} has no content"));
        };
        if first.start < prev_first {
            return Err(format!("{what}: statements not in text order"));
        }
        prev_first = first.start;
        let mut prev_end = 0;
        for (k, c) in x.content.iter().enumerate() {
            check_span(text, *c, &format!("{what} content {k}"))?;
            if c.is_empty() {
                return Err(format!("{what} content {k} is empty"));
            }
            if c.start < prev_end {
                return Err(format!("{what} content {k} {c:?} not ordered"));
            }
            prev_end = c.end;
            all_content.push((*c, i));
        }
        if let Some(c) = x.cue {
            check_span(text, c, &format!("{what} cue"))?;
        }
        if let Some(s) = x.speaker {
            check_span(text, s, &format!("{what} speaker"))?;
        }
        if let Some(id) = x.speaker_id {
            if id >= q.speakers.len() {
                return Err(format!(
                    "{what}: speaker_id {id} of {} speakers",
                    q.speakers.len()
                ));
            }
        }
        if !(0.0..=1.0).contains(&x.confidence) {
            return Err(format!("{what}: confidence {}", x.confidence));
        }
        let Some(b) = a.blocks.get(x.block) else {
            return Err(format!("{what}: block {} out of range", x.block));
        };
        if b.kind != x.block_kind {
            return Err(format!(
                "{what}: block_kind {:?}, block is {:?}",
                x.block_kind, b.kind
            ));
        }
        check_inside(
            b.span,
            *first,
            &format!("{what} first content in its block"),
        )?;
    }
    // Contents of two statements never cross and are never the same: they are disjoint, or
    // one lies strictly inside the other (a report inside a report: "Officials expect [the
    // mayor said [the plan would fail]]").
    all_content.sort_by_key(|(s, q)| (s.start, std::cmp::Reverse(s.end), *q));
    let mut open: Vec<(Span, usize)> = Vec::new();
    for &(span, qi) in &all_content {
        while open.last().is_some_and(|(o, _)| o.end <= span.start) {
            open.pop();
        }
        if let Some(&(outer, oq)) = open.last() {
            if oq == qi {
                return Err(format!("quote {qi} has overlapping content spans"));
            }
            if !outer.contains(span) {
                return Err(format!(
                    "content {span:?} of quote {qi} crosses content {outer:?} of quote {oq}"
                ));
            }
            if outer == span {
                return Err(format!(
                    "quotes {oq} and {qi} have the same content {span:?}"
                ));
            }
        }
        open.push((span, qi));
    }
    for (i, s) in q.speakers.iter().enumerate() {
        if s.id != i {
            return Err(format!("speaker {i} has id {}", s.id));
        }
        let mut prev: Option<Span> = None;
        for (k, m) in s.mentions.iter().enumerate() {
            check_span(text, *m, &format!("speaker {i} mention {k}"))?;
            if prev.is_some_and(|p| p >= *m) {
                return Err(format!("speaker {i} mentions not sorted"));
            }
            prev = Some(*m);
        }
    }
    for (i, t) in q.terms.iter().enumerate() {
        check_span(text, *t, &format!("term {i}"))?;
    }
    Ok(())
}

/// Parses and extracts `text` once and checks every invariant.
pub fn check_once(text: &str) -> Result<(Article<'_>, Quotes), String> {
    let a = Article::parse(text).map_err(|e| format!("parse refused: {e}"))?;
    check_article(text, &a)?;
    let q = quotewire::extract(&a);
    check_quotes(text, &a, &q)?;
    Ok((a, q))
}

/// Parses and extracts `text`, checks every invariant, and checks that a second run (with a
/// fresh extractor) gives the same result.
pub fn check_all(text: &str) -> Result<(Article<'_>, Quotes), String> {
    let a = Article::parse(text).map_err(|e| format!("parse refused: {e}"))?;
    check_article(text, &a)?;
    let q = quotewire::extract(&a);
    check_quotes(text, &a, &q)?;
    let again = Article::parse(text).map_err(|e| format!("second parse refused: {e}"))?;
    if again != a {
        return Err("parse is not deterministic".into());
    }
    if quotewire::Extractor::new().extract(&again) != q {
        return Err("extraction is not deterministic".into());
    }
    Ok((a, q))
}
