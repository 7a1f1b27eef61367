//! Shared command-line plumbing for the example binaries: argument parsing, reading files
//! (refusing non-UTF-8 with the offset of the first bad byte), JSON spans and the JSON-lines
//! batch loop.
//!
//! Options common to all examples: `--json`, `--jsonl`, `--threads N` (`--jsonl` workers,
//! default: all cores; output order is always input order), `--max-len BYTES` (largest text
//! accepted, default 16 MiB: a larger FILE is refused unread, a larger `--jsonl` text gets an
//! error record).
//!
//! Exit statuses (all examples):
//! - 0: every input was processed;
//! - 1: `--jsonl` mode: at least one input line was bad — not UTF-8, not JSON, no string
//!   `text`, a text over `--max-len`, or a line over `6 × max-len + 4 KiB` bytes (not read
//!   into memory) — an `{"id", "error"}` record was written for it and the batch went on;
//! - 2: usage error, unreadable file (with `--jsonl`: reported, the other FILEs still
//!   read), a FILE that is not UTF-8 or over `--max-len`, or a failed read of input / write
//!   of stdout.
//!
//! `--jsonl` reads its FILEs one after another as one stream of lines (`-` is stdin), or
//! stdin when none is given.
#![allow(dead_code)]

/// `println!` for the examples: a failed write of stdout (a reader that closed the pipe, as
/// in `quotes FILE | head`) ends the program with exit status 2 instead of a panic. Brought
/// in with `#[macro_use] mod common;`, it shadows the standard macro.
macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("error: writing stdout: {e}");
            }
            std::process::exit(2);
        }
    }};
}

pub mod json;
pub mod quotes_out;

use quotewire::{ParseOptions, Span};
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Read, Write};
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
    /// Largest text accepted in bytes (`--max-len N`; default
    /// [`quotewire::error::DEFAULT_MAX_LEN`]).
    pub max_len: usize,
}

impl Args {
    /// Parse options carrying `--max-len`.
    pub fn options(&self) -> ParseOptions {
        ParseOptions {
            max_len: self.max_len,
            ..ParseOptions::default()
        }
    }
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Parses `[--json | --jsonl] [FILE...]`; prints `usage` and exits 2 on anything else.
pub fn parse_args(usage: &str) -> Result<Args, ExitCode> {
    let mut mode = Mode::Human;
    let mut files = Vec::new();
    let mut threads = default_threads();
    let mut max_len = quotewire::error::DEFAULT_MAX_LEN;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--max-len" => match args.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => max_len = n,
                None => {
                    eprintln!("error: --max-len takes a number of bytes\n{usage}");
                    return Err(ExitCode::from(2));
                }
            },
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
        max_len,
    })
}

/// The message for a text of `len` bytes over `max_len` (the library's
/// [`quotewire::Error::TooLarge`] message).
fn too_large(len: usize, max_len: usize) -> String {
    quotewire::Error::TooLarge {
        len,
        limit: max_len,
    }
    .to_string()
}

/// Reads a file as UTF-8; the error names the file and, for bad UTF-8, the byte offset of the
/// first invalid byte. A file over `max_len` bytes is refused without reading it.
pub fn read_text_file(path: &str, max_len: usize) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    let mut bytes = Vec::new();
    // One byte more than the limit tells a file over it (even one whose size the metadata
    // does not report, like a pipe).
    let cap = u64::try_from(max_len).unwrap_or(u64::MAX).saturating_add(1);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{path}: cannot read: {e}"))?;
    if bytes.len() > max_len {
        let len = std::fs::metadata(path).map_or(bytes.len(), |m| {
            usize::try_from(m.len()).unwrap_or(usize::MAX)
        });
        return Err(format!(
            "{path}: {}",
            too_large(len.max(bytes.len()), max_len)
        ));
    }
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
/// that cannot be read, is not UTF-8 or is over `max_len` bytes.
pub fn run_files(
    files: &[String],
    max_len: usize,
    mut process: impl FnMut(&str, &str) -> Result<(), String>,
) -> ExitCode {
    for f in files {
        let text = match read_text_file(f, max_len) {
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

/// The `--jsonl` input: the FILEs one after another (`-` is stdin), or stdin without any.
/// A FILE that cannot be opened is reported and skipped; [`Inputs::failed`] tells.
pub struct Inputs {
    files: std::collections::VecDeque<String>,
    current: Option<(String, Box<dyn BufRead>)>,
    failed: bool,
}

impl Inputs {
    pub fn new(files: &[String]) -> Inputs {
        let mut inputs = Inputs {
            files: files.iter().cloned().collect(),
            current: None,
            failed: false,
        };
        if files.is_empty() {
            inputs.files.push_back("-".to_owned());
        }
        inputs
    }

    /// The input being read, for messages.
    pub fn name(&self) -> &str {
        self.current
            .as_ref()
            .map_or("stdin", |(n, _)| if n == "-" { "stdin" } else { n })
    }

    /// Whether a FILE could not be opened.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// The next readable input, if any (reporting the ones that cannot be opened).
    fn advance(&mut self) -> bool {
        while let Some(f) = self.files.pop_front() {
            let reader: Box<dyn BufRead> = if f == "-" {
                Box::new(std::io::BufReader::new(std::io::stdin()))
            } else {
                match std::fs::File::open(&f) {
                    Ok(file) => Box::new(std::io::BufReader::new(file)),
                    Err(e) => {
                        eprintln!("error: {f}: {e}");
                        self.failed = true;
                        continue;
                    }
                }
            };
            self.current = Some((f, reader));
            return true;
        }
        self.current = None;
        false
    }
}

impl std::io::Read for Inputs {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let avail = self.fill_buf()?;
            let n = avail.len().min(buf.len());
            if let (Some(dst), Some(src)) = (buf.get_mut(..n), avail.get(..n)) {
                dst.copy_from_slice(src);
            }
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Inputs {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        // (an input's end moves on to the next; the borrow checker wants two lookups)
        loop {
            let empty = match self.current.as_mut() {
                Some((_, r)) => r.fill_buf()?.is_empty(),
                None => true,
            };
            if !empty {
                break;
            }
            if !self.advance() {
                return Ok(&[]);
            }
        }
        match self.current.as_mut() {
            Some((_, r)) => r.fill_buf(),
            None => Ok(&[]),
        }
    }

    fn consume(&mut self, n: usize) {
        if let Some((_, r)) = self.current.as_mut() {
            r.consume(n);
        }
    }
}

/// Longest `--jsonl` input line read into memory for texts of at most `max_len` bytes: a text
/// escaped in JSON takes at most six bytes per byte (`\u0001`), plus room for the id.
pub fn max_line_len(max_len: usize) -> usize {
    max_len.saturating_mul(6).saturating_add(4096)
}

/// One input line of a batch.
#[derive(Default)]
struct Line {
    /// 1-based line number.
    no: usize,
    /// The line's bytes (at most `max_line_len`).
    bytes: Vec<u8>,
    /// Set when the line was longer than `max_line_len`: its full length. The rest of it was
    /// skipped unread.
    overlong: Option<u64>,
}

/// Reads one line of at most `cap` bytes into `line`; a longer line is skipped to its end
/// and reported with its length. Returns `Ok(false)` at the end of the input.
fn read_line(input: &mut impl BufRead, cap: usize, line: &mut Line) -> std::io::Result<bool> {
    line.bytes.clear();
    line.overlong = None;
    let cap64 = u64::try_from(cap).unwrap_or(u64::MAX);
    let n = input
        .by_ref()
        .take(cap64)
        .read_until(b'\n', &mut line.bytes)?;
    if n == 0 {
        return Ok(false);
    }
    if line.bytes.len() >= cap && line.bytes.last() != Some(&b'\n') {
        // Over the cap: skip the rest of the line without keeping it.
        let mut total = n as u64;
        loop {
            let buf = input.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            match memchr::memchr(b'\n', buf) {
                Some(i) => {
                    total += i as u64 + 1;
                    input.consume(i + 1);
                    break;
                }
                None => {
                    let l = buf.len();
                    total += l as u64;
                    input.consume(l);
                }
            }
        }
        line.bytes.clear();
        line.overlong = Some(total);
    }
    Ok(true)
}

/// Reads JSON lines `{"id", "text"}` from the FILEs `files`, one after another (`-` or none:
/// stdin), and writes, in input order, one JSON line per
/// non-blank input line: `{"id", ...fields}` where the fields are what `process(text, out)`
/// hands to [`Fields::write`] (anything that serializes as a JSON object), or
/// `{"id", "error"}` when the line is bad or `process` fails (the message also goes to stderr
/// with the line number): not UTF-8, not JSON, no string `text`, a text over `max_len`
/// bytes, a line over [`max_line_len`] bytes. Lines are processed in bounded batches on
/// `threads` worker threads, which take small chunks of lines as they finish; output order
/// is input order. Returns exit status 0, or 1 when any line was bad, 2 when a FILE could
/// not be opened (the others are read) or reading input or writing stdout failed.
pub fn run_jsonl<F>(files: &[String], threads: usize, max_len: usize, process: F) -> ExitCode
where
    F: Fn(&str, Fields<'_>) -> Result<(), String> + Sync,
{
    let threads = threads.max(1);
    let cap = max_line_len(max_len);
    let mut input = Inputs::new(files);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut bad = false;
    // Reused across batches: input lines with their line numbers; one output buffer for the
    // single-threaded path, and with workers one per chunk of lines.
    let mut batch: Vec<Line> = Vec::new();
    let mut outputs: Vec<Outcome> = vec![Outcome::default()];
    let mut chunks: Vec<Outcome> = Vec::new();
    let mut lineno = 0usize;
    let mut eof = false;
    while !eof {
        let mut n = 0;
        while n < threads * BATCH_PER_THREAD {
            if batch.len() <= n {
                batch.push(Line::default());
            }
            let Some(line) = batch.get_mut(n) else {
                break;
            };
            match read_line(&mut input, cap, line) {
                Ok(false) => {
                    eof = true;
                    break;
                }
                Ok(true) => {}
                Err(e) => {
                    eprintln!("error: reading {}: {e}", input.name());
                    return ExitCode::from(2);
                }
            }
            lineno += 1;
            line.no = lineno;
            if line.overlong.is_some() || !line.bytes.iter().all(u8::is_ascii_whitespace) {
                n += 1;
            }
        }
        let lines = batch.get(..n).unwrap_or_default();
        if threads == 1 || n <= 1 {
            if let Some(o) = outputs.first_mut() {
                o.run(lines, max_len, &process);
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
                        o.run(chunk, max_len, process);
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
    if input.failed() {
        ExitCode::from(2)
    } else if bad {
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

    fn run<F>(&mut self, lines: &[Line], max_len: usize, process: &F)
    where
        F: Fn(&str, Fields<'_>) -> Result<(), String>,
    {
        for line in lines {
            let result = match line.overlong {
                Some(len) => {
                    let msg = format!(
                        "line is {len} bytes, over the limit of {} bytes for texts of at most \
                         {max_len} bytes",
                        max_line_len(max_len)
                    );
                    write_error(&Value::Null, &msg, &mut self.bytes);
                    Err(msg)
                }
                None => write_record(&line.bytes, max_len, process, &mut self.bytes),
            };
            if let Err(msg) = result {
                self.bad = true;
                eprintln!("error: line {}: {msg}", line.no);
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
    /// Writes the record `{"id", ...fields}`; `write` must append one JSON object.
    #[allow(dead_code)] // used by the quotes example and bench only
    pub fn write_raw(self, write: impl FnOnce(&mut Vec<u8>)) -> Result<(), String> {
        let out = self.out;
        out.extend_from_slice(b"{\"id\":");
        serde_json::to_writer(&mut *out, self.id).map_err(|e| format!("output: {e}"))?;
        let start = out.len();
        write(out);
        splice_fields(out, start)
    }

    /// Writes the record `{"id", ...fields}`; `fields` must serialize as a JSON object (a
    /// struct, a map or a `Value::Object`).
    pub fn write<T: Serialize + ?Sized>(self, fields: &T) -> Result<(), String> {
        let out = self.out;
        out.extend_from_slice(b"{\"id\":");
        serde_json::to_writer(&mut *out, self.id).map_err(|e| format!("output: {e}"))?;
        let start = out.len();
        serde_json::to_writer(&mut *out, fields).map_err(|e| format!("output: {e}"))?;
        splice_fields(out, start)
    }
}

/// Splices the fields object written at `start` into the record: `{...}` → `,...}`,
/// `{}` → `}`.
fn splice_fields(out: &mut Vec<u8>, start: usize) -> Result<(), String> {
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

/// Appends `{"id", "error"}\n` to `out`.
fn write_error(id: &Value, msg: &str, out: &mut Vec<u8>) {
    // Serializing a `Value` into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &json!({"id": id, "error": msg}));
    out.push(b'\n');
}

/// Appends the output line for one input line to `out`: `{"id", ...fields}\n`, or
/// `{"id", "error"}\n` when the line is bad or `process` fails (the message is returned).
pub fn write_record<F>(
    line: &[u8],
    max_len: usize,
    process: &F,
    out: &mut Vec<u8>,
) -> Result<(), String>
where
    F: Fn(&str, Fields<'_>) -> Result<(), String>,
{
    let mark = out.len();
    let result = match parse_line(line, max_len) {
        Ok((id, text)) => process(&text, Fields { id: &id, out }).map_err(|msg| (id, msg)),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            out.push(b'\n');
            Ok(())
        }
        Err((id, msg)) => {
            out.truncate(mark);
            write_error(&id, &msg, out);
            Err(msg)
        }
    }
}

/// The output record for one input line as a JSON value: `{"id", ...fields}` or
/// `{"id", "error"}`.
pub fn record<F>(line: &[u8], max_len: usize, process: &F) -> Value
where
    F: Fn(&str, Fields<'_>) -> Result<(), String>,
{
    let mut out = Vec::new();
    let _ = write_record(line, max_len, process, &mut out);
    serde_json::from_slice(&out).unwrap_or(Value::Null)
}

/// The `id` of a line that is not UTF-8, read from its lossy decoding when that is JSON.
fn salvage_id(line: &[u8]) -> Value {
    serde_json::from_str::<Value>(&String::from_utf8_lossy(line))
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(Value::Null)
}

/// An input line read as JSON: any JSON value is accepted; only an object's `id` and
/// `text` are kept (the last of repeated keys wins, as in a `serde_json::Map`), the other
/// fields are checked for syntax and skipped unbuilt.
#[derive(Default)]
struct InLine {
    id: Option<Value>,
    text: Option<Text>,
}

/// The `text` field: a string, or any other JSON value.
enum Text {
    Str(String),
    Other,
}

impl<'de> serde::Deserialize<'de> for InLine {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<InLine, D::Error> {
        d.deserialize_any(InLineVisitor)
    }
}

impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => Text::Str(s),
            _ => Text::Other,
        })
    }
}

struct InLineVisitor;

impl<'de> serde::de::Visitor<'de> for InLineVisitor {
    type Value = InLine;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<InLine, A::Error> {
        let mut line = InLine::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "id" => line.id = Some(map.next_value()?),
                "text" => line.text = Some(map.next_value()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(line)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<InLine, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(InLine::default())
    }

    fn visit_bool<E>(self, _: bool) -> Result<InLine, E> {
        Ok(InLine::default())
    }
    fn visit_i64<E>(self, _: i64) -> Result<InLine, E> {
        Ok(InLine::default())
    }
    fn visit_u64<E>(self, _: u64) -> Result<InLine, E> {
        Ok(InLine::default())
    }
    fn visit_f64<E>(self, _: f64) -> Result<InLine, E> {
        Ok(InLine::default())
    }
    fn visit_str<E>(self, _: &str) -> Result<InLine, E> {
        Ok(InLine::default())
    }
    fn visit_unit<E>(self) -> Result<InLine, E> {
        Ok(InLine::default())
    }
}

/// The `id` (or `null`) and the `text` of an input line, checked: UTF-8, JSON, a string
/// `text` of at most `max_len` bytes.
fn parse_line(line: &[u8], max_len: usize) -> Result<(Value, String), (Value, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (
            salvage_id(line),
            format!(
                "line is not UTF-8: invalid byte at offset {} of the line",
                e.valid_up_to()
            ),
        )
    })?;
    // Neither the line end nor a byte order mark (files saved by some Windows tools) is part
    // of the JSON.
    let line = line.trim_end_matches(['\n', '\r']);
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    let v: InLine =
        serde_json::from_str(line).map_err(|e| (Value::Null, format!("malformed JSON: {e}")))?;
    let id = v.id.unwrap_or(Value::Null);
    let text = match v.text {
        Some(Text::Str(s)) => s,
        Some(Text::Other) => return Err((id, "field \"text\" is not a string".into())),
        None => return Err((id, "missing field \"text\"".into())),
    };
    if text.len() > max_len {
        return Err((id, too_large(text.len(), max_len)));
    }
    Ok((id, text))
}
