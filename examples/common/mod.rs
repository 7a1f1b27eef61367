//! Shared command-line plumbing for the example binaries: argument parsing, reading files
//! (refusing non-UTF-8 with the offset of the first bad byte), JSON spans and the JSON-lines
//! batch loop.
//!
//! Exit statuses (all examples):
//! - 0: every input was processed;
//! - 1: `--jsonl` mode: at least one input line was bad (an error record was written for it
//!   and the batch went on);
//! - 2: usage error, unreadable file, or a FILE that is not UTF-8 / too large.
#![allow(dead_code)]

use quotewire::Span;
use serde_json::{json, Map, Value};
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

/// How the example should print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Text for a person.
    Human,
    /// One JSON object for the FILE.
    Json,
    /// JSON lines `{"id","text"}` on stdin, one JSON line out per input line.
    Jsonl,
}

/// Parsed command line.
#[derive(Debug)]
pub struct Args {
    pub mode: Mode,
    pub files: Vec<String>,
}

/// Parses `[--json | --jsonl] [FILE...]`; prints `usage` and exits 2 on anything else.
pub fn parse_args(usage: &str) -> Result<Args, ExitCode> {
    let mut mode = Mode::Human;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => mode = Mode::Json,
            "--jsonl" => mode = Mode::Jsonl,
            "-h" | "--help" => {
                println!("{usage}");
                return Err(ExitCode::SUCCESS);
            }
            s if s.starts_with("--") => {
                eprintln!("error: unknown option {s}\n{usage}");
                return Err(ExitCode::from(2));
            }
            _ => files.push(a),
        }
    }
    if mode != Mode::Jsonl && files.is_empty() {
        eprintln!("error: no FILE given\n{usage}");
        return Err(ExitCode::from(2));
    }
    Ok(Args { mode, files })
}

/// Reads a file as UTF-8; the error names the file and, for bad UTF-8, the byte offset.
pub fn read_text_file(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not UTF-8: invalid byte at offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// `{"start","end","text"}` for a span of `text`.
pub fn span_json(text: &str, span: Span) -> Value {
    json!({"start": span.start, "end": span.end, "text": span.text(text)})
}

/// `span_json` or `null`.
pub fn opt_span_json(text: &str, span: Option<Span>) -> Value {
    span.map_or(Value::Null, |s| span_json(text, s))
}

/// Runs `process` on every FILE, printing its result; stops with exit 2 at the first file
/// that cannot be read.
pub fn run_files(
    files: &[String],
    mut process: impl FnMut(&str, &str) -> Result<(), String>,
) -> ExitCode {
    for f in files {
        let text = match read_text_file(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        if let Err(e) = process(f, &text) {
            eprintln!("error: {f}: {e}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

/// Reads JSON lines `{"id", "text"}` from stdin and writes, in input order, one JSON line per
/// non-blank input line: `{"id", ...fields}` where the fields come from `process(text)` (a
/// JSON object), or `{"id", "error"}` when the line is bad (the message also goes to stderr
/// with the line number). Returns exit status 0, or 1 when any line was bad.
pub fn run_jsonl(mut process: impl FnMut(&str) -> Result<Value, String>) -> ExitCode {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut bad = false;
    let mut line = Vec::new();
    let mut input = stdin.lock();
    let mut lineno = 0usize;
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("error: reading stdin: {e}");
                return ExitCode::from(2);
            }
        }
        lineno += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = match one_record(&line, &mut process) {
            Ok(v) => v,
            Err((id, msg)) => {
                bad = true;
                eprintln!("error: line {lineno}: {msg}");
                json!({"id": id, "error": msg})
            }
        };
        let written = serde_json::to_writer(&mut out, &record)
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written {
            eprintln!("error: writing stdout: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("error: writing stdout: {e}");
        return ExitCode::from(2);
    }
    if bad {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn one_record(
    line: &[u8],
    process: &mut impl FnMut(&str) -> Result<Value, String>,
) -> Result<Value, (Value, String)> {
    let v: Value =
        serde_json::from_slice(line).map_err(|e| (Value::Null, format!("malformed JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let text = match v.get("text") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err((id, "field \"text\" is not a string".into())),
        None => return Err((id, "missing field \"text\"".into())),
    };
    let fields = process(text).map_err(|e| (id.clone(), e))?;
    let mut m = Map::new();
    m.insert("id".into(), id);
    if let Value::Object(f) = fields {
        m.extend(f);
    }
    Ok(Value::Object(m))
}
