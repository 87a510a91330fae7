//! Print the facts of financial news articles, grouped by company.
//!
//! ```text
//! cargo run --release --example facts -- tests/data/news/003_*.txt
//! cargo run --release --example facts -- --json --date 2025-10-14 article.txt
//! cat article.txt | cargo run --release --example facts -- --companies names.txt
//! ```
//!
//! For each document, prints one table per company (metric, value, change, period and
//! the sentence), then the facts whose company is unknown. With `--json`, prints one
//! JSON object per document, in the shape of `extract --json --facts`:
//! `{"doc": PATH, "document_date": DATE|null, "entities": [...], "facts": [...]}`.
//!
//! `--time N` times N passes over the files with and without the fact pass instead.
//!
//! `--companies FILE` adds companies the embedded list lacks: one per line, the
//! canonical name first, then `|`-separated aliases; a `ticker=XYZ` field sets the
//! ticker (`Reddit, Inc.|Reddit|ticker=RDDT`).

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "common/mod.rs"]
mod common;
use finfacts::{CompanyEntry, Document, Extractor, Fact, Value};

#[derive(Parser, Debug)]
#[command(about = "Print the facts (company, metric, value, change, period) of news articles")]
struct Args {
    /// Files to read; standard input when none.
    files: Vec<PathBuf>,
    /// Print one JSON object per document instead of tables.
    #[arg(long)]
    json: bool,
    /// The document date (YYYY-MM-DD) for relative periods such as "this year".
    #[arg(long, value_parser = common::parse_date)]
    date: Option<chrono::NaiveDate>,
    /// A file of extra companies, one per line: `Name|Alias|ticker=XYZ`.
    #[arg(long)]
    companies: Option<PathBuf>,
    /// Instead of printing facts, time N passes over the inputs with and without the
    /// fact pass and print what the facts cost.
    #[arg(long, value_name = "N")]
    time: Option<u32>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut builder = Extractor::builder();
    if let Some(path) = &args.companies {
        match read_companies(path) {
            Ok(list) => builder = builder.companies(list),
            Err(msg) => {
                eprintln!("facts: {}: {msg}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    let extractor = match builder.build() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("facts: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(n) = args.time {
        return time(&builder_for(&args), &args.files, n);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for input in common::inputs(&args.files) {
        let name = input.map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let text = match common::read_text(input) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("facts: {name}: {msg}");
                failed = true;
                continue;
            }
        };
        let doc = extractor.extract_document_dated(&text, args.date);
        let written = if args.json {
            serde_json::to_writer(&mut out, &common::JsonLine::new(&name, &doc, true))
                .map_err(io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
        } else {
            write_tables(&mut out, &name, &text, &doc)
        };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("facts: writing output: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("facts: writing output: {e}");
            return ExitCode::from(2);
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn builder_for(args: &Args) -> finfacts::ExtractorBuilder {
    let mut b = Extractor::builder();
    if let Some(path) = &args.companies {
        if let Ok(list) = read_companies(path) {
            b = b.companies(list);
        }
    }
    b
}

/// Times `n` passes over the files with and without facts.
fn time(builder: &finfacts::ExtractorBuilder, files: &[PathBuf], n: u32) -> ExitCode {
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let (Ok(with), Ok(without)) = (
        builder.clone().facts(true).build(),
        builder.clone().facts(false).build(),
    ) else {
        return ExitCode::from(2);
    };
    let pass = |ex: &Extractor| {
        let start = std::time::Instant::now();
        let facts: usize = texts
            .iter()
            .map(|t| ex.extract_document(t).facts.len())
            .sum();
        (start.elapsed().as_secs_f64(), facts)
    };
    // Alternate the two and keep the fastest pass of each: on a busy machine the
    // minimum is the least disturbed measurement.
    let (mut t0, mut t1, mut facts) = (f64::MAX, f64::MAX, 0);
    for _ in 0..n.max(1) {
        t0 = t0.min(pass(&without).0);
        let (t, f) = pass(&with);
        t1 = t1.min(t);
        facts = f;
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {bytes} bytes, best of {n} passes: entities {:.1} MB/s, \
         entities + facts {:.1} MB/s; facts cost {:.1}% of entity extraction ({facts} facts)",
        texts.len(),
        mb / t0,
        mb / t1,
        (t1 - t0) / t0 * 100.0,
    );
    ExitCode::SUCCESS
}

/// Reads `Name|Alias|ticker=XYZ` lines; blank lines and `#` comments are skipped.
fn read_companies(path: &PathBuf) -> Result<Vec<CompanyEntry>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split('|');
        let name = parts.next().unwrap_or("");
        let mut entry = CompanyEntry::new(name).map_err(|e| format!("line {}: {e}", n + 1))?;
        for p in parts {
            let p = p.trim();
            entry = match p.strip_prefix("ticker=") {
                Some(t) => entry.ticker(t),
                None if p.is_empty() => Ok(entry),
                None => entry.alias(p),
            }
            .map_err(|e| format!("line {}: {e}", n + 1))?;
        }
        out.push(entry);
    }
    Ok(out)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One table per company, in order of first fact, then the facts without a company.
fn write_tables(out: &mut impl Write, name: &str, text: &str, doc: &Document) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    if let Some(d) = doc.document_date {
        writeln!(out, "document date: {d}")?;
    }
    let company_name = |f: &Fact| -> Option<String> {
        let e = doc.entities.get(f.company?)?;
        Some(match &e.value {
            Value::Company(c) => c.canonical.as_deref().unwrap_or(&c.name).to_string(),
            _ => e.text.to_string(),
        })
    };
    let mut groups: Vec<(Option<String>, Vec<&Fact>)> = Vec::new();
    for f in &doc.facts {
        let key = company_name(f);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(f),
            None => groups.push((key, vec![f])),
        }
    }
    // Facts without a company go last.
    groups.sort_by_key(|(k, _)| k.is_none());
    if groups.is_empty() {
        writeln!(out, "(no facts)")?;
    }
    let ent = |i: Option<usize>| -> String {
        i.and_then(|i| doc.entities.get(i))
            .map_or("-".to_string(), |e| one_line(&e.text))
    };
    for (company, facts) in groups {
        writeln!(
            out,
            "-- {} ({} fact{})",
            company.as_deref().unwrap_or("company unknown"),
            facts.len(),
            if facts.len() == 1 { "" } else { "s" }
        )?;
        let rows: Vec<[String; 5]> = facts
            .iter()
            .map(|f| {
                let metric = match (&f.metric, &f.metric_text) {
                    (Some(m), Some(t)) => format!("{m} ({t})"),
                    (Some(m), None) => m.to_string(),
                    (None, _) => "-".to_string(),
                };
                let mut change = ent(f.change);
                if let Some(d) = f.direction {
                    change.push_str(&format!(" {d:?}"));
                }
                if let Some(b) = f.basis {
                    change.push_str(&format!(" {b:?}"));
                }
                let sentence = one_line(text.get(f.span.range()).unwrap_or(""));
                [metric, ent(f.value), change, ent(f.period), sentence]
            })
            .collect();
        let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
        let (w0, w1, w2, w3) = (
            width(0).max(6),
            width(1).max(5),
            width(2).max(6),
            width(3).max(6),
        );
        writeln!(
            out,
            "  {:<w0$}  {:<w1$}  {:<w2$}  {:<w3$}  sentence",
            "metric", "value", "change", "period"
        )?;
        for [m, v, c, p, s] in &rows {
            writeln!(out, "  {m:<w0$}  {v:<w1$}  {c:<w2$}  {p:<w3$}  {s}")?;
        }
    }
    writeln!(out)
}
