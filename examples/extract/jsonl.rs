//! Streaming mode: JSON Lines documents in, one JSON result line per document out.
//!
//! Input is read line by line into a reused buffer and processed in batches of bounded
//! size, so memory stays flat whatever the input size. A batch is split across threads
//! (one per core), which parse, extract and serialize; the main thread reads, and writes
//! the results back in input order. A malformed line (invalid JSON or
//! UTF-8, no text field, longer than the line limit) is reported on standard error with
//! its line number and skipped; the run goes on and the exit code says lines were
//! skipped.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use finfacts::{Document, Extractor};

use crate::common::JsonLine;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

/// Options of the streaming mode.
pub struct Options<'a> {
    /// Name of the field that holds the document text.
    pub text_field: &'a str,
    /// Name of the field whose value becomes `doc` in the output.
    pub id_field: Option<&'a str>,
    /// Overrides the document date of every document.
    pub date: Option<chrono::NaiveDate>,
    /// Whether to write each document's facts.
    pub facts: bool,
}

/// Longest input line accepted; longer lines are reported and skipped without being
/// held in memory.
const MAX_LINE_BYTES: usize = 16 << 20;
/// A batch ends after this many lines or bytes of input, whichever comes first.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 4 << 20;

/// How a run ended.
pub enum Outcome {
    /// Every line was read and written.
    Clean,
    /// Some lines or inputs were skipped (already reported).
    Skipped,
}

/// An input line waiting in a batch.
struct Pending {
    line: u64,
    raw: Vec<u8>,
}

/// Runs the streaming mode over `files` (standard input when empty), writing to `out`.
///
/// # Errors
///
/// Returns an error only when writing the output fails; input problems are reported on
/// standard error and make the outcome [`Outcome::Skipped`].
pub fn run(
    extractor: &Extractor,
    opts: &Options<'_>,
    files: &[PathBuf],
    out: &mut impl Write,
) -> io::Result<Outcome> {
    let mut progress = Progress::new();
    let mut skipped = false;
    let stdin = [None];
    let named: Vec<Option<&PathBuf>> = files.iter().map(Some).collect();
    let inputs: &[Option<&PathBuf>] = if files.is_empty() { &stdin } else { &named };
    for input in inputs {
        let name = input.map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let reader: Box<dyn BufRead> = match input {
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    progress.error(&format!("{name}: {e}"));
                    skipped = true;
                    continue;
                }
            },
            None => Box::new(BufReader::with_capacity(1 << 16, io::stdin().lock())),
        };
        if !stream(extractor, opts, &name, reader, out, &mut progress)? {
            skipped = true;
        }
    }
    progress.finish();
    Ok(if skipped {
        Outcome::Skipped
    } else {
        Outcome::Clean
    })
}

/// Streams one input; returns whether every line was clean.
fn stream(
    extractor: &Extractor,
    opts: &Options<'_>,
    name: &str,
    mut reader: impl BufRead,
    out: &mut impl Write,
    progress: &mut Progress,
) -> io::Result<bool> {
    let mut clean = true;
    let mut buf = Vec::new();
    let mut batch: Vec<Pending> = Vec::with_capacity(BATCH_DOCS);
    let mut batch_bytes = 0;
    let mut line_no: u64 = 0;
    loop {
        let line = match read_line(&mut reader, &mut buf, MAX_LINE_BYTES) {
            Ok(Line::Eof) => break,
            Ok(line) => line,
            Err(e) => {
                progress.error(&format!("{name}:{}: {e}", line_no + 1));
                clean = false;
                break;
            }
        };
        line_no += 1;
        progress.bytes(buf.len() as u64 + 1);
        if let Line::TooLong(n) = line {
            // Reported after the documents before it, to keep the report in line order.
            flush(extractor, opts, name, &mut batch, out, progress, &mut clean)?;
            batch_bytes = 0;
            progress.error(&format!(
                "{name}:{line_no}: line of {n} bytes is longer than the limit of {MAX_LINE_BYTES}, skipped"
            ));
            clean = false;
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        batch_bytes += buf.len();
        batch.push(Pending {
            line: line_no,
            raw: buf.clone(),
        });
        if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
            flush(extractor, opts, name, &mut batch, out, progress, &mut clean)?;
            batch_bytes = 0;
        }
    }
    flush(extractor, opts, name, &mut batch, out, progress, &mut clean)?;
    Ok(clean)
}

/// What `read_line` found.
enum Line {
    /// A line (without its terminator) is in the buffer.
    Ok,
    /// The line had this many bytes, more than the limit; the buffer holds only a prefix.
    TooLong(usize),
    /// No more input.
    Eof,
}

/// Reads one line into `buf` (cleared first) without holding more than `max` bytes of
/// it: the rest of a longer line is consumed and dropped.
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Line> {
    buf.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(k) => (&avail[..k], true),
            None => (avail, false),
        };
        total += chunk.len();
        if buf.len() < max {
            let room = max - buf.len();
            buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        let used = chunk.len() + usize::from(done);
        r.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if buf.last() == Some(&b'\r') && total <= max {
        buf.pop();
    }
    Ok(if total > max {
        Line::TooLong(total)
    } else {
        Line::Ok
    })
}

/// Reads the text and id fields of one JSON object line, skipping all other fields
/// without building them.
fn parse(line: &[u8], opts: &Options<'_>) -> Result<(String, Option<String>), String> {
    let line = std::str::from_utf8(line)
        .map_err(|e| format!("not valid UTF-8 at byte offset {}", e.valid_up_to()))?;
    let mut de = serde_json::Deserializer::from_str(line);
    let fields = FieldsSeed { opts }
        .deserialize(&mut de)
        .and_then(|f| de.end().map(|()| f))
        .map_err(|e| format!("invalid JSON: {e}"))?;
    let text = match fields.text {
        Some(Some(t)) => t,
        Some(None) => return Err(format!("field {:?} is not a string", opts.text_field)),
        None => return Err(format!("no field {:?}", opts.text_field)),
    };
    let id = match (opts.id_field, fields.id) {
        (None, _) => None,
        (Some(_), Some(serde_json::Value::String(s))) => Some(s),
        (Some(f), Some(serde_json::Value::Null) | None) => {
            return Err(format!("no field {f:?}"));
        }
        (Some(_), Some(other)) => Some(other.to_string()),
    };
    Ok((text, id))
}

/// The two fields kept from an input object. `text` is `Some(None)` when the field is
/// present but not a string.
struct Fields {
    text: Option<Option<String>>,
    id: Option<serde_json::Value>,
}

/// Deserializes a JSON object into [`Fields`].
struct FieldsSeed<'o, 'a> {
    opts: &'o Options<'a>,
}

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_, '_> {
    type Value = Fields;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_, '_> {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut fields = Fields {
            text: None,
            id: None,
        };
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key == self.opts.text_field && fields.text.is_none() {
                let v: serde_json::Value = map.next_value()?;
                fields.text = Some(match v {
                    serde_json::Value::String(s) => Some(s),
                    _ => None,
                });
            } else if Some(key.as_ref()) == self.opts.id_field && fields.id.is_none() {
                fields.id = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(fields)
    }
}

/// Parses, extracts and serializes a batch on all cores, then writes it in input order
/// and reports its malformed lines.
fn flush(
    extractor: &Extractor,
    opts: &Options<'_>,
    name: &str,
    batch: &mut Vec<Pending>,
    out: &mut impl Write,
    progress: &mut Progress,
    clean: &mut bool,
) -> io::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let one = |p: &Pending| process(extractor, opts, name, p);
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(batch.len());
    let results: Vec<Result<Vec<u8>, String>> = if threads <= 1 {
        batch.iter().map(one).collect()
    } else {
        let chunk = batch.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .chunks(chunk)
                .map(|c| s.spawn(move || c.iter().map(one).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    };
    let mut docs = 0;
    for (p, r) in batch.iter().zip(results) {
        match r {
            Ok(json) => {
                out.write_all(&json)?;
                docs += 1;
            }
            Err(msg) => {
                progress.error(&format!("{name}:{}: {msg}, skipped", p.line));
                *clean = false;
            }
        }
    }
    progress.docs(docs);
    batch.clear();
    Ok(())
}

/// One input line to one output line (with its newline), or what is wrong with it.
fn process(
    extractor: &Extractor,
    opts: &Options<'_>,
    name: &str,
    p: &Pending,
) -> Result<Vec<u8>, String> {
    let (text, id) = parse(&p.raw, opts)?;
    let doc: Document = extractor.extract_document_dated(&text, opts.date);
    let doc_name = id.unwrap_or_else(|| format!("{name}:{}", p.line));
    let line = JsonLine {
        line: Some(p.line),
        ..JsonLine::new(&doc_name, &doc, opts.facts)
    };
    let mut json = serde_json::to_vec(&line).map_err(|e| format!("cannot write JSON: {e}"))?;
    json.push(b'\n');
    Ok(json)
}

/// Progress on standard error (documents, MB, MB/s) when it is a terminal.
struct Progress {
    enabled: bool,
    started: Instant,
    last: Instant,
    docs: u64,
    bytes: u64,
}

impl Progress {
    fn new() -> Progress {
        let now = Instant::now();
        Progress {
            enabled: io::stderr().is_terminal(),
            started: now,
            last: now,
            docs: 0,
            bytes: 0,
        }
    }

    fn bytes(&mut self, n: u64) {
        self.bytes += n;
    }

    fn docs(&mut self, n: u64) {
        self.docs += n;
        if self.enabled && self.last.elapsed() >= Duration::from_millis(500) {
            self.last = Instant::now();
            self.print("\r");
        }
    }

    /// Reports an input problem on its own line, clearing the progress line first.
    fn error(&self, msg: &str) {
        if self.enabled {
            eprint!("\r\x1b[K");
        }
        eprintln!("extract: {msg}");
    }

    fn print(&self, prefix: &str) {
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        eprint!(
            "{prefix}{} documents, {mb:.1} MB, {:.1} MB/s",
            self.docs,
            mb / secs
        );
    }

    fn finish(&self) {
        if self.enabled && self.docs > 0 {
            self.print("\r");
            eprintln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Options<'static> {
        Options {
            text_field: "text",
            id_field: Some("id"),
            date: None,
            facts: false,
        }
    }

    #[test]
    fn reads_only_the_wanted_fields() {
        let (text, id) = parse(
            br#"{"x": [1, {"y": 2}], "id": 7, "text": "up 5%"}"#,
            &opts(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text, "up 5%");
        assert_eq!(id.as_deref(), Some("7"));
    }

    #[test]
    fn names_what_is_wrong() {
        let o = opts();
        assert_eq!(
            parse(br#"{"id": "a"}"#, &o).unwrap_err(),
            "no field \"text\""
        );
        assert_eq!(
            parse(br#"{"id": "a", "text": 5}"#, &o).unwrap_err(),
            "field \"text\" is not a string"
        );
        assert!(parse(br#"{"id": "a", "text": "x"} 1"#, &o)
            .unwrap_err()
            .starts_with("invalid JSON"));
        assert!(parse(b"[1]", &o).unwrap_err().starts_with("invalid JSON"));
        assert_eq!(
            parse(b"{\"text\": \"\xff\"}", &o).unwrap_err(),
            "not valid UTF-8 at byte offset 10"
        );
    }

    #[test]
    fn long_lines_are_cut_and_consumed() {
        let input = b"abcdef\nxy\r\n\nlast";
        let mut r = BufReader::with_capacity(2, &input[..]);
        let mut buf = Vec::new();
        assert!(matches!(
            read_line(&mut r, &mut buf, 4),
            Ok(Line::TooLong(6))
        ));
        assert!(matches!(read_line(&mut r, &mut buf, 4), Ok(Line::Ok)));
        assert_eq!(buf, b"xy");
        assert!(matches!(read_line(&mut r, &mut buf, 4), Ok(Line::Ok)));
        assert!(buf.is_empty());
        assert!(matches!(read_line(&mut r, &mut buf, 4), Ok(Line::Ok)));
        assert_eq!(buf, b"last");
        assert!(matches!(read_line(&mut r, &mut buf, 4), Ok(Line::Eof)));
    }
}
