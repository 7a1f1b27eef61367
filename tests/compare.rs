//! Comparing coverage across articles (issue 7): speakers linked across articles, and quotes
//! that are the same statement (`same`), reworded (`variant`, with the word diff) or quoted
//! in part (`fragment`) — and the hard negatives that must stay apart.

mod common;

use quotewire::compare::{
    compare, DiffKind, LinkVia, LinkedSpeaker, Relation, Role, Source, Statement,
};
use quotewire::{extract, Article, QuoteKind, Quotes};

const SEED_000: &str = include_str!("fixtures/seeds/000_c87190288e67bd51.txt");
const SEED_001: &str = include_str!("fixtures/seeds/001_0469de9d23fa5406.txt");

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/compare/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Parses and extracts every text, then compares them.
fn run(texts: &[&str]) -> (Vec<Quotes>, quotewire::Comparison) {
    let quotes: Vec<Quotes> = texts
        .iter()
        .map(|t| extract(&Article::parse(t).expect("parses")))
        .collect();
    let sources: Vec<Source<'_>> = texts
        .iter()
        .zip(&quotes)
        .map(|(t, q)| Source::new(t, q))
        .collect();
    let cmp = compare(&sources);
    (quotes, cmp)
}

fn pair(name: &str) -> (String, String) {
    (
        fixture(&format!("{name}_a.txt")),
        fixture(&format!("{name}_b.txt")),
    )
}

fn speaker<'c>(cmp: &'c quotewire::Comparison, name: &str) -> &'c LinkedSpeaker {
    cmp.speakers
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no linked speaker {name:?}"))
}

/// `(article, name, via)` of each entry.
fn entries(s: &LinkedSpeaker) -> Vec<(usize, &str, LinkVia)> {
    s.articles
        .iter()
        .map(|e| (e.article, e.name.as_str(), e.via))
        .collect()
}

/// `(relation, [(article, text)])` of each statement.
fn summary(cmp: &quotewire::Comparison) -> Vec<(Relation, Vec<(usize, String)>)> {
    cmp.statements
        .iter()
        .map(|s| {
            (
                s.relation,
                s.members
                    .iter()
                    .map(|m| (m.article, m.text.clone()))
                    .collect(),
            )
        })
        .collect()
}

/// The diff of the statement's second member as `(kind, text)` runs.
fn ops(st: &Statement) -> Vec<(DiffKind, &str)> {
    assert_eq!(st.diff.len(), 1, "one differing member");
    st.diff[0]
        .ops
        .iter()
        .map(|o| (o.kind, o.text.as_str()))
        .collect()
}

fn statement_with<'c>(cmp: &'c quotewire::Comparison, needle: &str) -> Vec<&'c Statement> {
    cmp.statements
        .iter()
        .filter(|s| s.members.iter().any(|m| m.text.contains(needle)))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Seeds: a wire report and a Yonhap story on State Department remarks.

#[test]
fn seeds_link_matthew_miller_across_both_articles() {
    let (quotes, cmp) = run(&[SEED_000, SEED_001]);
    let miller = speaker(&cmp, "Matthew Miller");
    assert_eq!(
        entries(miller),
        [
            (0, "Matthew Miller", LinkVia::Name),
            (1, "Matthew Miller", LinkVia::Name)
        ]
    );
    // Each entry lists the article's quotes attributed to him.
    let direct_000: Vec<usize> = miller.articles[0]
        .quotes
        .iter()
        .copied()
        .filter(|&i| quotes[0].quotes[i].kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct_000.len(), 1);
    assert!(quotes[0].quotes[direct_000[0]].content[0]
        .text(SEED_000)
        .contains("We continue to have great concerns"));
    // Karine Jean-Pierre speaks in one article only.
    assert_eq!(speaker(&cmp, "Karine Jean-Pierre").articles.len(), 1);
}

#[test]
fn seeds_link_the_great_concerns_fragment_to_the_wire_quote() {
    let (_, cmp) = run(&[SEED_000, SEED_001]);
    let frags: Vec<&Statement> = cmp
        .statements
        .iter()
        .filter(|s| s.relation == Relation::Fragment)
        .collect();
    assert_eq!(frags.len(), 1, "{:#?}", summary(&cmp));
    let st = frags[0];
    assert!(st.same_speaker);
    let whole = &st.members[0];
    assert_eq!((whole.article, whole.role), (0, Role::Whole));
    assert!(whole
        .text
        .starts_with("“We continue to have great concerns about the growing security"));
    let parts: Vec<(usize, QuoteKind, &str)> = st
        .members
        .iter()
        .filter(|m| m.role == Role::Part)
        .map(|m| (m.article, m.kind, m.text.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (0, QuoteKind::Mixed, "“great concerns”"),
            (1, QuoteKind::Mixed, "\"great concerns\"")
        ]
    );
    // Where the Yonhap fragment's words stand in the wire quote.
    let part_001 = st.members.iter().find(|m| m.article == 1).expect("part");
    let found = part_001.found_in.expect("found in the whole");
    assert_eq!(found.member, 0);
    assert_eq!(found.span.text(SEED_000), "great concerns");
}

#[test]
fn seeds_two_different_miller_statements_are_not_clustered() {
    let (_, cmp) = run(&[SEED_000, SEED_001]);
    for st in &cmp.statements {
        let continue_ = st
            .members
            .iter()
            .any(|m| m.text.contains("We continue to have great concerns"));
        let made_clear = st
            .members
            .iter()
            .any(|m| m.text.contains("I think we have made quite clear"));
        assert!(
            !(continue_ && made_clear),
            "different statements merged: {st:#?}"
        );
    }
    assert!(statement_with(&cmp, "I think we have made quite clear").is_empty());
    // Only the fragment link: nothing else in the seeds is one statement.
    assert_eq!(cmp.statements.len(), 1);
}

// ---------------------------------------------------------------------------------------
// same

#[test]
fn same_words_with_other_marks_and_punctuation_are_one_statement() {
    let (a, b) = pair("same");
    let (_, cmp) = run(&[&a, &b]);
    assert_eq!(
        entries(speaker(&cmp, "Jorge Pérez")),
        [
            (0, "Jorge Pérez", LinkVia::Name),
            (1, "Pérez", LinkVia::Surname)
        ]
    );
    let st = statement_with(&cmp, "This agreement protects every job");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Same);
    assert!(st[0].same_speaker);
    assert!(st[0].diff.is_empty());
    let texts: Vec<(usize, &str)> = st[0]
        .members
        .iter()
        .map(|m| (m.article, m.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                0,
                "\"This agreement protects every job in the port, and it was worth the wait,\""
            ),
            (
                1,
                "“This agreement protects every job in the port — and it was worth the wait.”"
            ),
        ]
    );
}

#[test]
fn a_long_verbatim_quote_is_one_statement_whoever_is_credited() {
    let (a, b) = pair("same");
    let (_, cmp) = run(&[&a, &b]);
    let st = statement_with(&cmp, "Ships that have waited for weeks");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Same);
    assert!(
        !st[0].same_speaker,
        "credited to a person and a port authority"
    );
    let who: Vec<&str> = st[0]
        .members
        .iter()
        .map(|m| cmp.speakers[m.speaker.expect("resolved")].name.as_str())
        .collect();
    assert_eq!(who, ["Luis Gómez", "Valencia Port Authority"]);
}

// ---------------------------------------------------------------------------------------
// variant

#[test]
fn great_concern_and_great_concerns_are_variants_with_a_one_word_diff() {
    let (a, b) = pair("variant");
    let (_, cmp) = run(&[&a, &b]);
    let st = statement_with(&cmp, "We have great concern");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Variant);
    assert!(st[0].same_speaker);
    assert_eq!(
        ops(st[0]),
        [
            (DiffKind::Equal, "We have great"),
            (DiffKind::Delete, "concern"),
            (DiffKind::Insert, "concerns"),
            (
                DiffKind::Equal,
                "about the pace of spending in the health service"
            ),
        ]
    );
    // Spans point into the right article: deletions into the first member's, insertions
    // into the other's.
    let d = &st[0].diff[0];
    let del = &d.ops[1];
    let ins = &d.ops[2];
    assert_eq!((del.article, del.span.text(&a)), (0, "concern"));
    assert_eq!((ins.article, ins.span.text(&b)), (1, "concerns"));
}

#[test]
fn an_ellipsis_dropping_a_clause_is_a_variant() {
    let (a, b) = pair("variant");
    let (_, cmp) = run(&[&a, &b]);
    let st = statement_with(&cmp, "Nobody should expect tax cuts");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Variant);
    assert_eq!(
        ops(st[0]),
        [
            (DiffKind::Equal, "Nobody should expect tax cuts this year"),
            (
                DiffKind::Delete,
                "and nobody should expect them next year either"
            ),
            (DiffKind::Equal, "because the deficit is simply too large"),
        ]
    );
}

#[test]
fn a_clause_dropped_without_an_ellipsis_in_a_mixed_quote_is_a_variant() {
    let (a, b) = pair("variant");
    let (_, cmp) = run(&[&a, &b]);
    let st = statement_with(&cmp, "Hospitals will get the money");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Variant);
    assert_eq!(st[0].members[1].kind, QuoteKind::Mixed);
    assert_eq!(
        st[0].members[1].text,
        "\"hospitals will get the money they need, starting with agency staff.\""
    );
    assert_eq!(
        ops(st[0]),
        [
            (DiffKind::Equal, "Hospitals will get the money they need"),
            (
                DiffKind::Delete,
                "but every trust in the country will have to find savings of its own over the \
                 next three years"
            ),
            (DiffKind::Equal, "starting with agency staff"),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// fragment

#[test]
fn quoted_fragments_of_a_mixed_quote_link_to_the_full_direct_quote() {
    let (a, b) = pair("fragment");
    let (_, cmp) = run(&[&a, &b]);
    assert_eq!(
        entries(speaker(&cmp, "Rosa Vidal")),
        [
            (0, "Rosa Vidal", LinkVia::Name),
            (1, "Rosa Vidal", LinkVia::Name)
        ]
    );
    // One statement: the whole, and every part quoted from it with where it stands.
    assert_eq!(cmp.statements.len(), 1, "{:#?}", summary(&cmp));
    let st = &cmp.statements[0];
    assert_eq!(st.relation, Relation::Fragment);
    assert!(st.same_speaker);
    let got: Vec<(usize, Role, &str, Option<&str>)> = st
        .members
        .iter()
        .map(|m| {
            let found = m.found_in.map(|f| f.span.text(&a));
            (m.article, m.role, m.text.as_str(), found)
        })
        .collect();
    let whole = "\"This ruling puts the water of our communities ahead of the profits of a few \
                 companies, and we will defend it in every court,\"";
    assert_eq!(
        got,
        [
            (0, Role::Whole, whole, None),
            (
                1,
                Role::Part,
                "\"the water of our communities\"",
                Some("the water of our communities")
            ),
            (1, Role::Part, "\"in every court.\"", Some("in every court")),
            (1, Role::Part, "\"few companies\"", Some("few companies")),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// hard negatives

#[test]
fn the_same_speaker_on_the_same_topic_is_not_the_same_statement() {
    let (a, b) = pair("negative");
    let (_, cmp) = run(&[&a, &b]);
    assert_eq!(speaker(&cmp, "Fire Chief Nikos Andreou").articles.len(), 2);
    assert!(statement_with(&cmp, "The fire is moving toward the villages").is_empty());
    assert!(statement_with(&cmp, "We expect the fire to reach the villages").is_empty());
}

#[test]
fn a_stock_phrase_links_only_quotes_of_the_same_speaker() {
    let (a, b) = pair("negative");
    let (_, cmp) = run(&[&a, &b]);
    // Andreou says it in both articles: one statement. Mayor Dimou says it too: not his.
    let st = statement_with(&cmp, "We are monitoring the situation closely");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Same);
    assert!(st[0].same_speaker);
    let who: Vec<(usize, &str)> = st[0]
        .members
        .iter()
        .map(|m| {
            (
                m.article,
                cmp.speakers[m.speaker.expect("resolved")].name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        who,
        [
            (0, "Fire Chief Nikos Andreou"),
            (1, "Fire Chief Nikos Andreou")
        ]
    );
}

#[test]
fn a_short_stock_phrase_of_an_unresolved_speaker_links_nothing() {
    let (a, b) = pair("negative");
    let (_, cmp) = run(&[&a, &b]);
    assert!(statement_with(&cmp, "All options are on the table").is_empty());
    assert_eq!(cmp.statements.len(), 1, "{:#?}", summary(&cmp));
}

#[test]
fn a_one_word_fragment_found_in_many_statements_quotes_none_of_them() {
    let statements = [
        "We will always rebuild what the river takes",
        "The city has always paid its contractors on time",
        "Our crews always work through the night when it floods",
        "I have always said the levee needed money",
        "Residents can always call the hotline for sandbags",
    ];
    let many: String = statements
        .iter()
        .map(|s| format!("\"{s},\" Mayor Ann Lee said.\n\n"))
        .collect();
    let a = format!("Floods\n\n{many}");
    let b = "Mayor speaks\n\nMayor Ann Lee said the city would \"always\" help.";
    let (_, cmp) = run(&[&a, b]);
    assert!(cmp.statements.is_empty(), "{:#?}", summary(&cmp));
    // With one such statement, the fragment is linked to it.
    let one = format!("Floods\n\n\"{},\" Mayor Ann Lee said.", statements[0]);
    let (_, cmp) = run(&[&one, b]);
    assert_eq!(
        summary(&cmp),
        [(
            Relation::Fragment,
            vec![
                (
                    0,
                    "\"We will always rebuild what the river takes,\"".to_string()
                ),
                (1, "\"always\"".to_string())
            ]
        )]
    );
}

// ---------------------------------------------------------------------------------------
// description links

#[test]
fn a_described_spokesperson_links_to_the_named_one() {
    let (a, b) = pair("described");
    let (quotes, cmp) = run(&[&a, &b]);
    let miller = speaker(&cmp, "Matthew Miller");
    assert_eq!(
        entries(miller),
        [
            (0, "Matthew Miller", LinkVia::Name),
            (1, "a State Department spokesperson", LinkVia::Description)
        ]
    );
    // The Yonhap-style article names nobody: no speaker entity, the quote is listed.
    assert_eq!(miller.articles[1].speaker_id, None);
    let q = miller.articles[1].quotes[0];
    assert!(quotes[1].quotes[q].content[0]
        .text(&b)
        .starts_with("\"We remain deeply concerned"));
    let st = statement_with(&cmp, "We remain deeply concerned");
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].relation, Relation::Same);
    assert!(st[0].same_speaker);
}

#[test]
fn a_generic_description_links_nobody() {
    let a = "Talks\n\nJane Roe, the spokesperson, spoke.\n\n\"We want peace,\" Roe said.";
    let b = "Talks\n\n\"We want peace and quiet,\" the spokesperson said.";
    let (_, cmp) = run(&[a, b]);
    assert_eq!(speaker(&cmp, "Jane Roe").articles.len(), 1);
}

// ---------------------------------------------------------------------------------------
// robustness and order

#[test]
fn nothing_to_compare_gives_nothing() {
    let (_, cmp) = run(&[]);
    assert!(cmp.speakers.is_empty() && cmp.statements.is_empty());
    let (_, one) = run(&[SEED_000]);
    assert!(one.statements.is_empty(), "one article shares nothing");
}

#[test]
fn quotes_paired_with_the_wrong_text_do_not_panic() {
    let q = extract(&Article::parse(SEED_000).expect("parses"));
    let short = "tiny";
    let multibyte = "“é” ".repeat(400);
    let cmp = compare(&[
        Source::new(short, &q),
        Source::new(&multibyte, &q),
        Source::new(SEED_000, &q),
    ]);
    // Names come from the quotes, not the text: linked; groups ("Russian media") never are.
    assert_eq!(speaker(&cmp, "Matthew Miller").articles.len(), 3);
    assert_eq!(
        cmp.speakers
            .iter()
            .filter(|s| s.name == "Russian media")
            .count(),
        3
    );
}

#[test]
fn input_order_only_renumbers_the_articles() {
    let (a, b) = pair("variant");
    let (_, ab) = run(&[&a, &b]);
    let (_, ba) = run(&[&b, &a]);
    let norm = |cmp: &quotewire::Comparison, flip: bool| {
        let mut v: Vec<(Relation, Vec<(usize, String)>)> = summary(cmp)
            .into_iter()
            .map(|(r, mut ms)| {
                for m in &mut ms {
                    if flip {
                        m.0 = 1 - m.0;
                    }
                }
                ms.sort();
                (r, ms)
            })
            .collect();
        v.sort_by(|x, y| x.1.cmp(&y.1));
        v
    };
    assert_eq!(norm(&ab, false), norm(&ba, true));
}

// ---------------------------------------------------------------------------------------
// properties: any input

/// Quote-heavy news-like text: statements by a few speakers, stock phrases, fragments,
/// marks of every kind, multibyte characters.
fn quoteish() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just("“We are monitoring the situation closely,” ".to_string()),
        Just("Jane Roe said. ".to_string()),
        Just("Roe said. ".to_string()),
        Just("a State Department spokesperson said. ".to_string()),
        Just("Matthew Miller, the State Department spokesperson, ".to_string()),
        Just("he said the city would “always” help. ".to_string()),
        Just("“great concerns” ".to_string()),
        Just("\"We have great concerns about the launches ... and the talks,\" ".to_string()),
        Just("officials said that ".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("\n\n".to_string()),
        Just("한국어 ".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        "[a-z]{1,8} ",
        "[0-9]{1,4} ",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn any_articles_compare_without_panic_into_well_formed_statements(
        texts in proptest::collection::vec(quoteish(), 0..5)
    ) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (_, cmp) = run(&refs);
        for st in &cmp.statements {
            let first = st.members[0].article;
            proptest::prop_assert!(st.members.iter().any(|m| m.article != first));
            for m in &st.members {
                let t = refs[m.article];
                for sp in &m.spans {
                    proptest::prop_assert!(sp.end <= t.len() && t.is_char_boundary(sp.start)
                        && t.is_char_boundary(sp.end));
                }
                let joined: Vec<&str> = m.spans.iter().map(|sp| sp.text(t)).collect();
                proptest::prop_assert_eq!(&m.text, &joined.join(" "));
                if let Some(sp) = m.speaker {
                    proptest::prop_assert!(sp < cmp.speakers.len());
                }
            }
            if st.relation == Relation::Same {
                // one wording: every member's words equal the first's
                let norm = |m: &quotewire::compare::Member| -> Vec<String> {
                    m.spans
                        .iter()
                        .flat_map(|sp| quotewire::compare::words::words(refs[m.article], *sp))
                        .map(|w| w.span.text(refs[m.article]).to_lowercase().replace('’', "'"))
                        .collect()
                };
                let w0 = norm(&st.members[0]);
                for m in &st.members {
                    proptest::prop_assert_eq!(&norm(m), &w0);
                }
            }
            for d in &st.diff {
                proptest::prop_assert!(d.member > 0 && d.member < st.members.len());
                for op in &d.ops {
                    let t = refs[op.article];
                    proptest::prop_assert!(op.span.end <= t.len());
                }
            }
        }
        // Every speaker entity of every article appears once.
        let listed: usize = cmp
            .speakers
            .iter()
            .map(|s| s.articles.iter().filter(|e| e.speaker_id.is_some()).count())
            .sum();
        let (quotes, _) = run(&refs);
        proptest::prop_assert_eq!(listed, quotes.iter().map(|q| q.speakers.len()).sum::<usize>());
    }
}

// ---------------------------------------------------------------------------------------
// command line

#[test]
fn compare_json_lists_articles_speakers_and_statements() {
    let seeds = format!("{}/tests/fixtures/seeds", env!("CARGO_MANIFEST_DIR"));
    let f0 = format!("{seeds}/000_c87190288e67bd51.txt");
    let f1 = format!("{seeds}/001_0469de9d23fa5406.txt");
    let out = common::run("compare", &["--json", &f0, &f1], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = &common::json_lines(&out)[0];
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["articles"][1]["file"], f1.as_str());
    let miller = v["speakers"]
        .as_array()
        .and_then(|s| s.iter().find(|x| x["name"] == "Matthew Miller"))
        .expect("Matthew Miller");
    let arts: Vec<(i64, i64)> = miller["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|e| {
            (
                e["article"].as_i64().expect("article"),
                e["speaker_id"].as_i64().expect("speaker_id"),
            )
        })
        .collect();
    assert_eq!(arts, [(0, 0), (1, 0)]);
    let st = &v["statements"][0];
    assert_eq!(st["relation"], "fragment");
    assert_eq!(st["members"][0]["article"], 0);
    assert_eq!(st["members"][0]["quote"], 2);
    assert_eq!(st["members"][0]["role"], "whole");
    assert_eq!(st["members"][2]["article"], 1);
    assert_eq!(st["members"][2]["text"], "\"great concerns\"");
    assert_eq!(
        st["members"][2]["found_in"]["span"]["text"],
        "great concerns"
    );
    assert_eq!(st["diff"], serde_json::json!([]));
}

#[test]
fn compare_for_a_person_shows_diffs() {
    let dir = format!("{}/tests/fixtures/compare", env!("CARGO_MANIFEST_DIR"));
    let a = format!("{dir}/variant_a.txt");
    let b = format!("{dir}/variant_b.txt");
    let out = common::run("compare", &[&a, &b], b"");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "diff [1]: We have great [-concern-] {+concerns+} about the pace of spending in the \
             health service"
        ),
        "{text}"
    );
    assert!(text.contains("speakers in several articles: 1\n  Helen Carter (person)"));
}

#[test]
fn compare_usage_and_file_errors_exit_2() {
    assert_eq!(common::run("compare", &[], b"").status.code(), Some(2));
    assert_eq!(
        common::run("compare", &["--jsonl"], b"").status.code(),
        Some(2)
    );
    let out = common::run("compare", &["/nonexistent/quotewire.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}
