//! Shared command-line plumbing for the example binaries: argument parsing, reading files
//! (refusing non-UTF-8 with the offset of the first bad byte), JSON spans and the JSON-lines
//! batch loop.
//!
//! Options common to all examples: `--json`, `--jsonl`, `--threads N` (`--jsonl` workers,
//! default: all cores; output order is always input order).
//!
//! Exit statuses (all examples):
//! - 0: every input was processed;
//! - 1: `--jsonl` mode: at least one input line was bad (an error record was written for it
//!   and the batch went on);
//! - 2: usage error, unreadable file, or a FILE that is not UTF-8 / too large.
#![allow(dead_code)]

pub mod quotes_out;

use quotewire::Span;
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;
use std::sync::Mutex;

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
    /// Worker threads for `--jsonl` (`--threads N`; default: all cores).
    pub threads: usize,
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Parses `[--json | --jsonl] [FILE...]`; prints `usage` and exits 2 on anything else.
pub fn parse_args(usage: &str) -> Result<Args, ExitCode> {
    let mut mode = Mode::Human;
    let mut files = Vec::new();
    let mut threads = default_threads();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--threads" => match args.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => threads = n,
                _ => {
                    eprintln!("error: --threads takes a positive number\n{usage}");
                    return Err(ExitCode::from(2));
                }
            },
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
    Ok(Args {
        mode,
        files,
        threads,
    })
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

/// A span serialized as `{"start","end","text"}` without building a JSON value.
#[derive(Clone, Copy)]
pub struct SpanOut<'a> {
    pub text: &'a str,
    pub span: Span,
}

impl Serialize for SpanOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Span", 3)?;
        m.serialize_field("start", &self.span.start)?;
        m.serialize_field("end", &self.span.end)?;
        m.serialize_field("text", self.span.text(self.text))?;
        m.end()
    }
}

/// `SpanOut` or `null`.
pub fn opt_span_out(text: &str, span: Option<Span>) -> Option<SpanOut<'_>> {
    span.map(|span| SpanOut { text, span })
}

/// A list of spans serialized as `[{"start","end","text"}, ...]`.
#[derive(Clone, Copy)]
pub struct SpansOut<'a> {
    pub text: &'a str,
    pub spans: &'a [Span],
}

impl Serialize for SpansOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.spans.len()))?;
        for &span in self.spans {
            seq.serialize_element(&SpanOut {
                text: self.text,
                span,
            })?;
        }
        seq.end()
    }
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

/// Lines read per worker thread before a batch is processed: bounds memory to
/// `threads * BATCH_PER_THREAD` input lines (and their outputs) whatever the input size.
const BATCH_PER_THREAD: usize = 64;

/// Lines a worker takes at a time.
const CHUNK: usize = 8;

/// Reads JSON lines `{"id", "text"}` from stdin and writes, in input order, one JSON line per
/// non-blank input line: `{"id", ...fields}` where the fields are what `process(text, out)`
/// hands to [`Fields::write`] (anything that serializes as a JSON object), or
/// `{"id", "error"}` when the line is bad or `process` fails (the message also goes to stderr
/// with the line number). Lines are processed in bounded batches on `threads` worker
/// threads; output order is input order. Returns exit status 0, or 1 when any line was bad,
/// 2 when stdin or stdout failed.
pub fn run_jsonl<F>(threads: usize, process: F) -> ExitCode
where
    F: Fn(&str, Fields<'_>) -> Result<(), String> + Sync,
{
    let threads = threads.max(1);
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut bad = false;
    // Reused across batches: input lines with their line numbers, and one output buffer per
    // worker.
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
    // One output buffer for the single-threaded path; with workers, one per chunk of lines.
    let mut outputs: Vec<Outcome> = vec![Outcome::default()];
    let mut chunks: Vec<Outcome> = Vec::new();
    let mut lineno = 0usize;
    let mut eof = false;
    while !eof {
        let mut n = 0;
        while n < threads * BATCH_PER_THREAD {
            if batch.len() <= n {
                batch.push((0, Vec::new()));
            }
            let Some((no, line)) = batch.get_mut(n) else {
                break;
            };
            line.clear();
            match input.read_until(b'\n', line) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    eprintln!("error: reading stdin: {e}");
                    return ExitCode::from(2);
                }
            }
            lineno += 1;
            *no = lineno;
            if !line.iter().all(u8::is_ascii_whitespace) {
                n += 1;
            }
        }
        let lines = batch.get(..n).unwrap_or_default();
        if threads == 1 || n <= 1 {
            if let Some(o) = outputs.first_mut() {
                o.run(lines, &process);
            }
        } else {
            // Workers take the next small chunk of lines as they finish (long and short
            // articles even out); chunk outputs are kept apart and written in input order.
            if chunks.len() < n.div_ceil(CHUNK) {
                chunks.resize_with(n.div_ceil(CHUNK), Default::default);
            }
            let work = Mutex::new(lines.chunks(CHUNK).zip(chunks.iter_mut()));
            std::thread::scope(|scope| {
                for _ in 0..threads {
                    let (process, work) = (&process, &work);
                    scope.spawn(move || loop {
                        // the lock is held only to take the next chunk
                        let next = work.lock().ok().and_then(|mut w| w.next());
                        let Some((chunk, o)) = next else { break };
                        o.run(chunk, process);
                    });
                }
            });
        }
        for o in outputs.iter_mut().chain(chunks.iter_mut()) {
            bad |= o.bad;
            if let Err(e) = out.write_all(&o.bytes) {
                eprintln!("error: writing stdout: {e}");
                return ExitCode::from(2);
            }
            o.clear();
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

/// What one worker produced for its share of a batch.
#[derive(Default)]
struct Outcome {
    bytes: Vec<u8>,
    bad: bool,
}

impl Outcome {
    fn clear(&mut self) {
        self.bytes.clear();
        self.bad = false;
    }

    fn run<F>(&mut self, lines: &[(usize, Vec<u8>)], process: &F)
    where
        F: Fn(&str, Fields<'_>) -> Result<(), String>,
    {
        for (lineno, line) in lines {
            if let Err(msg) = write_record(line, process, &mut self.bytes) {
                self.bad = true;
                eprintln!("error: line {lineno}: {msg}");
            }
        }
    }
}

/// Where `process` writes the fields of one output record (see [`run_jsonl`]).
pub struct Fields<'a> {
    id: &'a Value,
    out: &'a mut Vec<u8>,
}

impl Fields<'_> {
    /// Writes the record `{"id", ...fields}`; `fields` must serialize as a JSON object (a
    /// struct, a map or a `Value::Object`).
    pub fn write<T: Serialize + ?Sized>(self, fields: &T) -> Result<(), String> {
        let out = self.out;
        out.extend_from_slice(b"{\"id\":");
        serde_json::to_writer(&mut *out, self.id).map_err(|e| format!("output: {e}"))?;
        let start = out.len();
        serde_json::to_writer(&mut *out, fields).map_err(|e| format!("output: {e}"))?;
        // Splice the fields object into the record: `{...}` → `,...}`, `{}` → `}`.
        if out.get(start..) == Some(b"{}".as_slice()) {
            out.truncate(start);
            out.push(b'}');
            return Ok(());
        }
        match out.get_mut(start) {
            Some(b) if *b == b'{' => {
                *b = b',';
                Ok(())
            }
            _ => Err("output: the fields are not a JSON object".into()),
        }
    }
}

/// Appends the output line for one input line to `out`: `{"id", ...fields}\n`, or
/// `{"id", "error"}\n` when the line is bad or `process` fails (the message is returned).
pub fn write_record<F>(line: &[u8], process: &F, out: &mut Vec<u8>) -> Result<(), String>
where
    F: Fn(&str, Fields<'_>) -> Result<(), String>,
{
    let mark = out.len();
    let result = match read_line(line) {
        Ok((id, text)) => process(&text, Fields { id: &id, out }).map_err(|msg| (id, msg)),
        Err(e) => Err(e),
    };
    let outcome = match result {
        Ok(()) => Ok(()),
        Err((id, msg)) => {
            out.truncate(mark);
            // Serializing a `Value` into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut *out, &json!({"id": id, "error": msg}));
            Err(msg)
        }
    };
    out.push(b'\n');
    outcome
}

/// The output record for one input line as a JSON value: `{"id", ...fields}` or
/// `{"id", "error"}`.
pub fn record<F>(line: &[u8], process: &F) -> Value
where
    F: Fn(&str, Fields<'_>) -> Result<(), String>,
{
    let mut out = Vec::new();
    let _ = write_record(line, process, &mut out);
    serde_json::from_slice(&out).unwrap_or(Value::Null)
}

/// The `id` (or `null`) and the `text` of an input line.
fn read_line(line: &[u8]) -> Result<(Value, String), (Value, String)> {
    let v: Value =
        serde_json::from_slice(line).map_err(|e| (Value::Null, format!("malformed JSON: {e}")))?;
    let Value::Object(mut m) = v else {
        return Err((Value::Null, "missing field \"text\"".into()));
    };
    let id = m.remove("id").unwrap_or(Value::Null);
    match m.remove("text") {
        Some(Value::String(s)) => Ok((id, s)),
        Some(_) => Err((id, "field \"text\" is not a string".into())),
        None => Err((id, "missing field \"text\"".into())),
    }
}
