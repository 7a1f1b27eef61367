//! The example binaries' command-line contract: JSON lines in, JSON lines out, bad lines
//! reported without stopping the batch, documented exit statuses.

mod common;

use common::{json_lines as lines, run};

#[test]
fn sentences_jsonl_writes_one_line_per_input_in_order() {
    let input = b"{\"id\":\"a\",\"text\":\"It rained. We stayed in.\"}\n{\"id\":7,\"text\":\"\"}\n";
    let out = run("sentences", &["--jsonl"], input);
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(
        got,
        vec![
            serde_json::json!({"id": "a", "sentences": [
                {"start": 0, "end": 10, "text": "It rained."},
                {"start": 11, "end": 24, "text": "We stayed in."}]}),
            serde_json::json!({"id": 7, "sentences": []}),
        ]
    );
}

#[test]
fn jsonl_bad_lines_get_error_records_and_the_batch_goes_on() {
    let input = b"not json\n{\"id\":\"x\"}\n\n{\"id\":\"y\",\"text\":\"Fine.\"}\n";
    let out = run("sentences", &["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1), "exit 1 when a line was bad");
    let got = lines(&out);
    assert_eq!(
        got.len(),
        3,
        "blank line skipped, every other line answered"
    );
    assert_eq!(got[0]["id"], serde_json::Value::Null);
    assert!(got[0]["error"]
        .as_str()
        .is_some_and(|e| e.starts_with("malformed JSON")));
    assert_eq!(
        got[1],
        serde_json::json!({"id": "x", "error": "missing field \"text\""})
    );
    assert_eq!(got[2]["sentences"][0]["text"], "Fine.");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 1:"),
        "stderr names the line: {stderr}"
    );
    assert!(
        stderr.contains("line 2:"),
        "stderr names the line: {stderr}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_byte_offset() {
    let dir = std::env::temp_dir().join(format!("quotewire-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"Good text.\n\xFF\xFEbad").expect("write temp file");
    let out = run("sentences", &[path.to_str().expect("utf-8 path")], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not UTF-8: invalid byte at offset 11"),
        "stderr: {stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_options_are_usage_errors() {
    let out = run("sentences", &["--frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jsonl_output_order_is_input_order_whatever_the_thread_count() {
    let mut input = String::new();
    for i in 0..700 {
        let text = "One. Two. Three. ".repeat(i % 7);
        input.push_str(&format!("{{\"id\":{i},\"text\":\"{text}\"}}\n"));
    }
    let one = run(
        "sentences",
        &["--jsonl", "--threads", "1"],
        input.as_bytes(),
    );
    let four = run(
        "sentences",
        &["--jsonl", "--threads", "4"],
        input.as_bytes(),
    );
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(four.status.code(), Some(0));
    assert_eq!(one.stdout, four.stdout);
    let ids: Vec<i64> = lines(&four)
        .iter()
        .map(|v| v["id"].as_i64().expect("numeric id"))
        .collect();
    assert_eq!(ids, (0..700).collect::<Vec<i64>>());
}

/// `sentences FILE | head -1`: the reader goes away after one line; the example must stop
/// with status 2 and no panic, not print "failed printing to stdout".
#[test]
fn a_reader_closing_the_pipe_ends_the_example_without_a_panic() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("quotewire-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("long.txt");
    // ~2 MB of sentences: far more than a pipe buffer holds
    std::fs::write(&file, "The council met on Monday. ".repeat(80_000)).expect("write");
    let mut child = Command::new(common::example("sentences"))
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sentences");
    let mut first = String::new();
    {
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("one line");
    } // the read end is closed here
    let out = child.wait_with_output().expect("wait");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(first, "The council met on Monday.\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn quotes_jsonl_escapes_span_texts_exactly_as_serde_json_does() {
    // quotation marks, backslashes, control characters, a tab, non-ASCII and U+2028
    let text = "Ruling \\ appeal\n\n\u{201c}We said \"no\" \\ twice,\u{201d} Judge Ann Lee \
                said.\u{7}\t\u{2028}\n\n\u{201c}\u{1}Fine\u{201d} \u{e9}t\u{e9}, she said.";
    let line = serde_json::json!({"id": "x", "text": text}).to_string() + "\n";
    let out = run("quotes", &["--jsonl", "--threads", "1"], line.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    let record: serde_json::Value = serde_json::from_str(stdout.trim_end()).expect("JSON");
    // re-serialized by serde_json (keys in written order): the same bytes
    assert_eq!(stdout.trim_end(), record.to_string());
    let quotes = record["quotes"].as_array().expect("quotes");
    assert!(!quotes.is_empty());
    for q in quotes {
        for c in q["content"].as_array().expect("content") {
            let (s, e) = (
                c["start"].as_u64().unwrap() as usize,
                c["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(c["text"].as_str(), text.get(s..e), "span text");
        }
    }
}

#[test]
fn coordinated_speakers_are_written_as_the_library_credits_them() {
    let text = "Talks\n\nBurton and Nick said the plan would fail. Roe said it would not.";
    let line = serde_json::json!({"id": "x", "text": text}).to_string() + "\n";
    let out = run("quotes", &["--jsonl", "--threads", "1"], line.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let record: serde_json::Value =
        serde_json::from_slice(out.stdout.trim_ascii_end()).expect("JSON");
    let lib = quotewire::extract(&quotewire::Article::parse(text).expect("parses"));
    let quotes = record["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), lib.quotes.len());
    for (q, x) in quotes.iter().zip(&lib.quotes) {
        let written = q.get("co_speaker_ids").map(|v| {
            v.as_array()
                .expect("array")
                .iter()
                .map(|i| i.as_u64().expect("id") as usize)
                .collect::<Vec<usize>>()
        });
        // present only when not empty, as serde writes it
        let expected = (!x.co_speaker_ids.is_empty()).then(|| x.co_speaker_ids.clone());
        assert_eq!(written, expected);
    }
    assert_eq!(lib.quotes[0].co_speaker_ids.len(), 1);
    assert!(lib.quotes[1].co_speaker_ids.is_empty());
}

#[test]
fn jsonl_reads_its_files_in_order_and_reports_an_unreadable_one() {
    let dir = std::env::temp_dir().join(format!("quotewire-cli-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.jsonl"), dir.join("b.jsonl"));
    std::fs::write(&a, b"{\"id\":\"a\",\"text\":\"One.\"}\n").unwrap();
    std::fs::write(&b, b"{\"id\":\"b\",\"text\":\"Two.\"}\n").unwrap();
    let missing = dir.join("missing.jsonl");
    let args = [
        "--jsonl",
        a.to_str().unwrap(),
        missing.to_str().unwrap(),
        b.to_str().unwrap(),
    ];
    // stdin holds a line too: with FILEs it is not read
    let out = run("sentences", &args, b"{\"id\":\"stdin\",\"text\":\"No.\"}\n");
    assert_eq!(
        out.status.code(),
        Some(2),
        "exit 2: a FILE could not be opened"
    );
    let ids: Vec<_> = lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, vec![serde_json::json!("a"), serde_json::json!("b")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.jsonl"), "stderr: {err}");
    std::fs::remove_dir_all(&dir).ok();
}
