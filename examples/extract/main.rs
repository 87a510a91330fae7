//! Extract companies, money, percentages and periods from text files.
//!
//! ```text
//! cargo run --release --example extract -- tests/data/news/003_*.txt
//! cargo run --release --example extract -- --json --date 2025-10-14 article.txt
//! cat article.txt | cargo run --release --example extract -- --kinds money,percent
//! cargo run --release --example extract -- --jsonl --text-field text --id-field id corpus.jsonl
//! ```
//!
//! Prints an aligned table per document by default, or one JSON object per document
//! with `--json`: `{"doc": PATH, "document_date": DATE|null, "entities": [...]}`.
//! `--facts` adds the facts: `"facts": [...]` in JSON (entity references are indices into
//! `entities`), a second table otherwise.
//! `--html FILE` also writes every document, entities highlighted, to one self-contained
//! HTML page (see `html.rs`). Files that cannot be read are reported on standard error
//! and skipped; the exit code is then 1.
//!
//! With `--jsonl` the inputs are JSON Lines, one document object per line, streamed in
//! flat memory: each document gives one output line in the `--json` shape, with `doc`
//! set to the `--id-field` value (or `FILE:LINE`) and a `line` field added. Malformed
//! lines are reported on standard error with their line number and skipped; the exit
//! code is then 1. Progress goes to standard error when it is a terminal.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use finfacts::{Document, Entity, Extractor, Kind, Value};

#[path = "../common/mod.rs"]
mod common;
mod html;

mod jsonl;

#[derive(Parser, Debug)]
#[command(about = "Extract companies, money, percentages and periods from English financial text")]
struct Args {
    /// Files to read; standard input when none.
    files: Vec<PathBuf>,
    /// Print one JSON object per document instead of a table.
    #[arg(long)]
    json: bool,
    /// The document date (YYYY-MM-DD) for relative periods such as "this year".
    #[arg(long, value_parser = common::parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Kinds to extract, comma-separated: money,percent,period,company.
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    kinds: Option<Vec<Kind>>,
    /// Also write the documents, entities highlighted, to FILE as one HTML page.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Also link entities into facts: `"facts": [...]` in JSON, a second table otherwise.
    #[arg(long)]
    facts: bool,
    /// Read JSON Lines documents (one object per line) and stream one JSON result line
    /// per document (with --facts, their facts too).
    #[arg(long, conflicts_with = "html")]
    jsonl: bool,
    /// With --jsonl: the field that holds the document text.
    #[arg(long, default_value = "text", requires = "jsonl")]
    text_field: String,
    /// With --jsonl: the field whose value names the document in the output (`doc`);
    /// `FILE:LINE` when not given.
    #[arg(long, requires = "jsonl")]
    id_field: Option<String>,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    s.parse::<Kind>().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let args = Args::parse();
    // The HTML page shows facts whether or not they are printed.
    let mut builder = Extractor::builder().facts(args.facts || args.html.is_some());
    if let Some(date) = args.date {
        builder = builder.document_date(date);
    }
    if let Some(kinds) = &args.kinds {
        builder = builder.kinds(kinds);
    }
    let extractor = match builder.build() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.jsonl {
        let opts = jsonl::Options {
            text_field: &args.text_field,
            id_field: args.id_field.as_deref(),
            date: args.date,
            facts: args.facts,
        };
        let outcome = jsonl::run(&extractor, &opts, &args.files, &mut out).and_then(|o| {
            out.flush()?;
            Ok(o)
        });
        return match outcome {
            Ok(jsonl::Outcome::Clean) => ExitCode::SUCCESS,
            Ok(jsonl::Outcome::Skipped) => ExitCode::FAILURE,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("extract: writing output: {e}");
                ExitCode::from(2)
            }
        };
    }
    let mut failed = false;
    let mut page = args.html.as_ref().map(|_| html::Page::new());
    for input in common::inputs(&args.files) {
        let name = input.map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let text = match common::read_text(input) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("extract: {name}: {msg}");
                failed = true;
                continue;
            }
        };
        let doc = extractor.extract_document(&text);
        if let Some(page) = &mut page {
            page.push(&name, &text, &doc);
        }
        let written = if args.json {
            write_json(&mut out, &name, &doc, args.facts)
        } else {
            write_table(&mut out, &name, &doc).and_then(|()| {
                if args.facts {
                    write_facts(&mut out, &text, &doc)
                } else {
                    Ok(())
                }
            })
        };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("extract: writing output: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("extract: writing output: {e}");
            return ExitCode::from(2);
        }
    }
    if let (Some(path), Some(page)) = (&args.html, page) {
        if let Err(e) = std::fs::write(path, page.finish()) {
            eprintln!("extract: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn write_json(out: &mut impl Write, name: &str, doc: &Document, facts: bool) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &common::JsonLine::new(name, doc, facts))?;
    out.write_all(b"\n")
}

/// A short rendering of an entity's normalized value.
fn describe(e: &Entity) -> String {
    match &e.value {
        Value::Money(m) => {
            let cur = m
                .currency
                .map_or("???".to_string(), |c| c.code().to_string());
            let mut s = match m.upper {
                Some(u) => format!("{cur} {}..{}", m.amount, u),
                None => format!("{cur} {}", m.amount),
            };
            if let Some(q) = m.qualifier {
                s.push_str(&format!(" ({q:?})"));
            } else if m.approximate {
                s.push_str(" (approx)");
            }
            if let Some(p) = m.per {
                s.push_str(&format!(" per {p:?}"));
            }
            s
        }
        Value::Percent(p) => {
            let unit = match p.unit {
                finfacts::PercentUnit::Percent => "%",
                finfacts::PercentUnit::PercentagePoints => " pp",
                finfacts::PercentUnit::BasisPoints => " bp",
            };
            let mut s = match p.upper {
                Some(u) => format!("{}..{}{unit}", p.value, u),
                None => format!("{}{unit}", p.value),
            };
            if let Some(d) = p.direction {
                s.push_str(&format!(" {d:?}"));
            }
            if let Some(b) = p.basis {
                s.push_str(&format!(" {b:?}"));
            }
            s
        }
        Value::Period(p) => {
            let d = |x: Option<chrono::NaiveDate>| x.map_or("?".to_string(), |d| d.to_string());
            let mut s = format!("{} {}..{}", p.grain.as_str(), d(p.start), d(p.end));
            if p.fiscal {
                s.push_str(" fiscal");
            }
            if let Some(fy) = p.fiscal_year {
                s.push_str(&format!(" FY{fy}"));
            }
            if let Some(q) = p.quarter {
                s.push_str(&format!(" Q{q}"));
            }
            if let Some(h) = p.half {
                s.push_str(&format!(" H{h}"));
            }
            if let Some(m) = p.months {
                s.push_str(&format!(" ({m} months)"));
            }
            if p.comparison {
                s.push_str(" comparison");
            }
            s
        }
        Value::Company(c) => {
            let mut s = c.canonical.as_deref().unwrap_or(&c.name).to_string();
            if let Some(t) = &c.ticker {
                s.push_str(&format!(" · {t}"));
            }
            s
        }
        _ => String::new(),
    }
}

fn write_table(out: &mut impl Write, name: &str, doc: &Document) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(d) = doc.document_date {
        writeln!(out, "document date: {d}")?;
    }
    let rows: Vec<(String, String, String, String)> = doc
        .entities
        .iter()
        .map(|e| {
            let text: String = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
            (
                e.kind().to_string(),
                text,
                describe(e),
                format!("{}..{}", e.span.start, e.span.end),
            )
        })
        .collect();
    let width = |f: fn(&(String, String, String, String)) -> &String| {
        rows.iter().map(|r| f(r).chars().count()).max().unwrap_or(0)
    };
    let (w0, w1, w2) = (
        width(|r| &r.0).max(4),
        width(|r| &r.1).clamp(4, 40),
        width(|r| &r.2).max(5),
    );
    writeln!(
        out,
        "{:<w0$}  {:<w1$}  {:<w2$}  span",
        "kind", "text", "value"
    )?;
    for (k, t, v, s) in &rows {
        writeln!(out, "{k:<w0$}  {t:<w1$}  {v:<w2$}  {s}")?;
    }
    writeln!(out)
}

/// The facts of a document as a table: company, metric, value, change, period.
fn write_facts(out: &mut impl Write, text: &str, doc: &Document) -> io::Result<()> {
    let ent = |i: Option<usize>| -> String {
        i.and_then(|i| doc.entities.get(i))
            .map_or("-".to_string(), |e| {
                e.text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
    };
    let rows: Vec<[String; 6]> = doc
        .facts
        .iter()
        .map(|f| {
            let company =
                f.company
                    .and_then(|i| doc.entities.get(i))
                    .map_or("-".to_string(), |e| match &e.value {
                        Value::Company(c) => c.canonical.as_deref().unwrap_or(&c.name).to_string(),
                        _ => e.text.to_string(),
                    });
            let metric = match (&f.metric, &f.metric_text) {
                (Some(m), Some(t)) => format!("{m} ({t})"),
                (Some(m), None) => m.to_string(),
                (None, _) => "-".to_string(),
            };
            let mut change = ent(f.change);
            if let Some(d) = f.direction {
                change.push_str(&format!(" {d:?}"));
            }
            let sentence: String = text
                .get(f.span.range())
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            [
                company,
                metric,
                ent(f.value),
                change,
                ent(f.period),
                sentence,
            ]
        })
        .collect();
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
    let (w0, w1, w2, w3, w4) = (
        width(0).clamp(7, 30),
        width(1).clamp(6, 36),
        width(2).max(5),
        width(3).max(6),
        width(4).max(6),
    );
    writeln!(out, "facts: {}", rows.len())?;
    writeln!(
        out,
        "{:<w0$}  {:<w1$}  {:<w2$}  {:<w3$}  {:<w4$}  sentence",
        "company", "metric", "value", "change", "period"
    )?;
    for [c, m, v, ch, p, s] in &rows {
        writeln!(
            out,
            "{c:<w0$}  {m:<w1$}  {v:<w2$}  {ch:<w3$}  {p:<w4$}  {s}"
        )?;
    }
    writeln!(out)
}
