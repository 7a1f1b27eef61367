//! Bad input on the command line (issue 6): every example refuses a FILE that is not UTF-8 or
//! is over `--max-len` (exit 2, the reason and byte offset on stderr), and in `--jsonl` mode
//! answers every bad line — not UTF-8, not JSON, no string `text`, a text over the limit, a
//! line too long to read — with an `{"id", "error"}` record and goes on (exit 1).

mod common;

use common::{json_lines, run};
use serde_json::{json, Value};

const EXAMPLES: [&str; 3] = ["quotes", "parse", "sentences"];

/// A fresh temporary directory for this test process and `name`.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("quotewire-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_example_refuses_a_file_that_is_not_utf8_naming_the_first_bad_byte() {
    let dir = temp_dir("not-utf8");
    let path = dir.join("latin1.txt");
    // "Café" in Latin-1: the 0xE9 at byte 24 is not UTF-8.
    std::fs::write(&path, b"Title\n\nWe met at the Caf\xE9 on Monday.\n").expect("write");
    let p = path.to_str().expect("utf-8 path");
    for ex in EXAMPLES {
        for args in [vec![p], vec!["--json", p]] {
            let out = run(ex, &args, b"");
            assert_eq!(out.status.code(), Some(2), "{ex} {args:?}");
            assert!(
                out.stdout.is_empty(),
                "{ex}: nothing printed for a refused file"
            );
            let e = stderr(&out);
            assert!(
                e.contains("latin1.txt: not UTF-8: invalid byte at offset 24"),
                "{ex}: {e}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_example_refuses_a_file_over_max_len_without_processing_it() {
    let dir = temp_dir("too-large");
    let path = dir.join("big.txt");
    let text = "Storm hits coast\n\nThe storm arrived on Monday. Nobody was hurt.\n";
    std::fs::write(&path, text).expect("write");
    let p = path.to_str().expect("utf-8 path");
    for ex in EXAMPLES {
        let out = run(ex, &["--max-len", "20", p], b"");
        assert_eq!(out.status.code(), Some(2), "{ex}");
        assert!(out.stdout.is_empty());
        let e = stderr(&out);
        assert!(
            e.contains(&format!(
                "big.txt: input is {} bytes, over the limit of 20 bytes",
                text.len()
            )),
            "{ex}: {e}"
        );
        // The same file within the limit is processed.
        let out = run(ex, &["--max-len", "1000", p], b"");
        assert_eq!(out.status.code(), Some(0), "{ex}: {}", stderr(&out));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_default_limit_of_16_mib_applies_to_the_quotes_path() {
    let dir = temp_dir("default-limit");
    let path = dir.join("huge.txt");
    let len = 16 * 1024 * 1024 + 1;
    std::fs::write(&path, "a".repeat(len)).expect("write");
    let p = path.to_str().expect("utf-8 path");
    let out = run("quotes", &["--json", p], b"");
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(
        e.contains(&format!(
            "input is {len} bytes, over the limit of 16777216 bytes"
        )),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn max_len_must_be_a_number() {
    for ex in EXAMPLES {
        let out = run(ex, &["--max-len", "lots", "--jsonl"], b"");
        assert_eq!(out.status.code(), Some(2), "{ex}");
        assert!(stderr(&out).contains("--max-len takes a number of bytes"));
    }
}

/// One good line, then every kind of bad line, then a good line again.
fn mixed_input() -> Vec<u8> {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"ok1\",\"text\":\"Title\\n\\nIt rained. \\u201cWe stayed in,\\u201d Ann Smith said.\"}\n");
    input.extend_from_slice(b"{\"id\":\"latin1\",\"text\":\"Caf\xE9 society\"}\n");
    input.extend_from_slice(b"{\"id\":\"cut\",\"text\":\"unterminated\n");
    input.extend_from_slice(b"{\"id\":\"notext\"}\n");
    input.extend_from_slice(b"{\"id\":\"num\",\"text\":42}\n");
    input.extend_from_slice(b"[1, 2, 3]\n");
    input.extend_from_slice(b"\n   \n");
    input.extend_from_slice(b"{\"id\":\"big\",\"text\":\"");
    input.extend_from_slice("x".repeat(300).as_bytes());
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(b"{\"id\":\"ok2\",\"text\":\"Fine. Really.\"}");
    input
}

#[test]
fn jsonl_answers_every_bad_line_with_an_error_record_and_goes_on() {
    for ex in EXAMPLES {
        let out = run(ex, &["--jsonl", "--max-len", "200"], &mixed_input());
        assert_eq!(
            out.status.code(),
            Some(1),
            "{ex}: exit 1 when a line was bad"
        );
        let got = json_lines(&out);
        let ids: Vec<Value> = got.iter().map(|r| r["id"].clone()).collect();
        assert_eq!(
            ids,
            [
                json!("ok1"),
                json!("latin1"),
                Value::Null,
                json!("notext"),
                json!("num"),
                Value::Null,
                json!("big"),
                json!("ok2")
            ],
            "{ex}: one record per non-blank line, in order"
        );
        let errors: Vec<Option<&str>> = got.iter().map(|r| r["error"].as_str()).collect();
        assert_eq!(errors[0], None, "{ex}");
        assert_eq!(
            errors[1],
            Some("line is not UTF-8: invalid byte at offset 26 of the line"),
            "{ex}"
        );
        assert!(
            errors[2].is_some_and(|e| e.starts_with("malformed JSON: EOF while parsing a string")),
            "{ex}: {:?}",
            errors[2]
        );
        assert_eq!(errors[3], Some("missing field \"text\""));
        assert_eq!(errors[4], Some("field \"text\" is not a string"));
        assert_eq!(errors[5], Some("missing field \"text\""));
        assert_eq!(
            errors[6],
            Some("input is 300 bytes, over the limit of 200 bytes")
        );
        assert_eq!(
            errors[7], None,
            "{ex}: the batch went on after the bad lines"
        );
        let e = stderr(&out);
        for n in [2, 3, 4, 5, 6, 9] {
            assert!(
                e.contains(&format!("error: line {n}: ")),
                "{ex}: line {n} in {e}"
            );
        }
        assert!(!e.contains("line 1:") && !e.contains("line 10:"), "{e}");
    }
}

#[test]
fn jsonl_results_of_good_lines_are_the_same_around_bad_lines() {
    let good = b"{\"id\":\"ok1\",\"text\":\"Title\\n\\nIt rained. \\u201cWe stayed in,\\u201d Ann Smith said.\"}\n";
    let alone = run("quotes", &["--jsonl"], good);
    assert_eq!(alone.status.code(), Some(0));
    let mixed = run("quotes", &["--jsonl", "--max-len", "200"], &mixed_input());
    let mixed = json_lines(&mixed);
    assert_eq!(json_lines(&alone).first(), mixed.first());
    assert_eq!(mixed[0]["quotes"][0]["speaker"]["text"], "Ann Smith");
}

#[test]
fn jsonl_skips_a_line_too_long_to_read_without_holding_it_in_memory() {
    // --max-len 10 reads lines of at most 6 * 10 + 4096 bytes.
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":1,\"text\":\"");
    input.extend_from_slice("y".repeat(10_000).as_bytes());
    input.extend_from_slice(b"\"}\n{\"id\":2,\"text\":\"Short.\"}\n");
    let long_line = 10_000 + 19;
    for ex in EXAMPLES {
        let out = run(ex, &["--jsonl", "--max-len", "10"], &input);
        assert_eq!(out.status.code(), Some(1), "{ex}");
        let got = json_lines(&out);
        assert_eq!(got.len(), 2, "{ex}");
        assert_eq!(
            got[0],
            json!({"id": null, "error": format!(
                "line is {long_line} bytes, over the limit of 4156 bytes for texts of at most 10 bytes"
            )}),
            "{ex}"
        );
        assert_eq!(
            got[1]["id"], 2,
            "{ex}: the next line is read from its start"
        );
        assert!(got[1].get("error").is_none(), "{ex}: {}", got[1]);
    }
}

#[test]
fn jsonl_accepts_crlf_line_ends_and_a_byte_order_mark() {
    let input =
        "\u{feff}{\"id\":\"a\",\"text\":\"One. Two.\"}\r\n{\"id\":\"b\",\"text\":\"Three.\"}\r\n";
    let out = run("sentences", &["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = json_lines(&out);
    let n: Vec<usize> = got
        .iter()
        .map(|r| r["sentences"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(n, [2, 1]);
}

#[test]
fn jsonl_with_only_bad_lines_still_writes_a_record_for_each() {
    let out = run("parse", &["--jsonl"], b"\xFF\xFE\n{\n}\n");
    assert_eq!(out.status.code(), Some(1));
    let got = json_lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[0],
        json!({"id": null, "error": "line is not UTF-8: invalid byte at offset 0 of the line"})
    );
    assert!(got.iter().all(|r| r["error"].is_string()));
}
