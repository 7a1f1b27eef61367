//! The `parse` example's command-line contract (issue 2): `--jsonl`, `--json` and the human
//! view.

mod common;

use common::json_lines;
use serde_json::{json, Value};

fn run(args: &[&str], stdin: &[u8]) -> std::process::Output {
    common::run("parse", args, stdin)
}

#[test]
fn jsonl_record_has_every_contract_field_with_offsets_into_the_input() {
    let text = "Storm hits coast\n\nSEOUL, Nov. 6 (Yonhap) -- It rained. (Yonhap)";
    let input = format!("{}\n", json!({"id": "s1", "text": text}));
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let got = json_lines(&out);
    assert_eq!(got.len(), 1);
    let r = &got[0];
    assert_eq!(r["id"], json!("s1"));
    assert_eq!(
        r["headline"],
        json!({"start": 0, "end": 16, "text": "Storm hits coast"})
    );
    assert_eq!(r["subheadline"], Value::Null);
    assert_eq!(r["kicker"], Value::Null);
    assert_eq!(r["byline"], Value::Null);
    assert_eq!(
        r["dateline"],
        json!({"start": 18, "end": 43, "text": "SEOUL, Nov. 6 (Yonhap) --",
               "place": {"start": 18, "end": 23, "text": "SEOUL"},
               "date": {"start": 25, "end": 31, "text": "Nov. 6"},
               "agency": {"start": 33, "end": 39, "text": "Yonhap"}})
    );
    assert_eq!(r["body"], json!("It rained."));
    assert_eq!(
        r["sentences"],
        json!([{"start": 44, "end": 54, "text": "It rained."}])
    );
    let kinds: Vec<&str> = r["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["headline", "dateline", "body", "credit"]);
    assert_eq!(
        r["blocks"][3],
        json!({"kind": "credit", "start": 55, "end": 63, "text": "(Yonhap)"})
    );
}

#[test]
fn jsonl_blocks_carry_caption_credit_duplicate_and_boilerplate_reason() {
    let text = include_str!("fixtures/seeds/001_0469de9d23fa5406.txt");
    let input = format!("{}\n", json!({"id": 1, "text": text}));
    let out = run(&["--jsonl"], input.as_bytes());
    let r = &json_lines(&out)[0];
    let blocks = r["blocks"].as_array().unwrap();
    assert_eq!(blocks[1]["kind"], json!("caption"));
    assert_eq!(blocks[1]["credit"]["text"], json!("AFP-Yonhap"));
    assert_eq!(blocks[2]["duplicate_of"], json!(1));
    let reasons: Vec<(&str, &str)> = blocks
        .iter()
        .filter(|b| b["kind"] == "boilerplate")
        .map(|b| (b["text"].as_str().unwrap(), b["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("Top 10 Stories", "most_read"),
            ("LETTER", "section_label"),
            ("Sign up for eNewsletter", "newsletter")
        ]
    );
    assert!(r["body"]
        .as_str()
        .unwrap()
        .starts_with("A State Department spokesperson reiterated"));
}

#[test]
fn jsonl_bad_line_gives_an_error_record_and_exit_status_1() {
    let input = b"{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\":\"x\"}\n";
    let out = run(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let got = json_lines(&out);
    assert_eq!(got[0]["body"], json!("Fine."));
    assert_eq!(
        got[1],
        json!({"id": "x", "error": "missing field \"text\""})
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

#[test]
fn json_and_human_views_of_a_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seeds/000_c87190288e67bd51.txt"
    );
    let out = run(&["--json", path], b"");
    assert_eq!(out.status.code(), Some(0));
    let r = &json_lines(&out)[0];
    assert_eq!(r["kicker"]["text"], json!("WNAM REPORT"));
    assert_eq!(r["headline"], Value::Null);

    let out = run(&[path], b"");
    assert_eq!(out.status.code(), Some(0));
    let human = String::from_utf8_lossy(&out.stdout);
    assert!(human.contains("Kicker: WNAM REPORT"));
    assert!(human.contains("  9. “We’re going to also continue"));
}
