//! Throughput of extraction on a news corpus, beside the cheapest possible scan.
//!
//! The corpus is the bundled articles (`tests/data/news/*.txt`), repeated with their
//! digits shifted so no two copies are identical, until it holds at least 4 MB. It is
//! generated here rather than committed.
//!
//! Groups:
//! - `throughput`: the `\d+` regex baseline (every run of digits, counted), full
//!   extraction (`all`: every kind; `all_facts`: every kind and the facts linking them),
//!   and each kind alone, all in MB/s on the same text;
//! - `construct`: `Extractor::new()`;
//! - `documents`: the same corpus as its separate documents (a news firehose), each
//!   extracted on its own: the baseline, `all` and `all_facts` again, one document at a
//!   time;
//! - `batch`: the corpus as separate documents, serially and with `extract_many`;
//! - `hostile`: adversarial shapes at 256 KiB and 1 MiB; equal MB/s at both sizes is the
//!   check that extraction stays linear in the input.
//!
//! Every timed closure asserts the count it found, so a fast wrong answer fails. Run
//! with short settings on a small machine:
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use finfacts::{Extractor, Kind};
use regex::Regex;

/// At least this many bytes of text in the generated corpus.
const CORPUS_BYTES: usize = 4 << 20;

/// The bundled articles, in file name order.
fn articles() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/news");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/data/news exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article is UTF-8"))
        .collect()
}

/// The articles repeated until they reach `CORPUS_BYTES`, as separate documents. Copy
/// `k` has every ASCII digit shifted by `k` (mod 10), so amounts, years and dates vary
/// (some become implausible, like "Q9", which is itself worth exercising), and the
/// article order rotates.
fn documents() -> Vec<String> {
    let base = articles();
    assert!(!base.is_empty(), "no articles in tests/data/news");
    let mut docs = Vec::new();
    let mut total = 0;
    let mut copy = 0usize;
    while total < CORPUS_BYTES {
        for j in 0..base.len() {
            let article = &base[(j + copy) % base.len()];
            let shift = (copy % 10) as u8;
            let doc: String = article
                .chars()
                .map(|c| match c {
                    '0'..='9' => (b'0' + (c as u8 - b'0' + shift) % 10) as char,
                    _ => c,
                })
                .collect();
            total += doc.len() + 2;
            docs.push(doc);
        }
        copy += 1;
    }
    docs
}

fn throughput(c: &mut Criterion) {
    let docs = documents();
    let text = docs.join("\n\n");

    let digits = Regex::new(r"\d+").expect("valid regex");
    let expected_digits = digits.find_iter(&text).count();

    let mut g = c.benchmark_group("throughput");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);

    g.bench_function("baseline_digits_regex", |b| {
        b.iter(|| {
            let n = digits.find_iter(black_box(&text)).count();
            assert_eq!(n, expected_digits);
        })
    });

    let all = Extractor::new();
    let expected_all = all.extract(&text).len();
    assert!(expected_all > 1000, "the corpus yields entities");
    g.bench_function("all", |b| {
        b.iter(|| {
            let n = all.extract(black_box(&text)).len();
            assert_eq!(n, expected_all);
        })
    });

    let expected_facts = {
        let doc = all.extract_document(&text);
        (doc.entities.len(), doc.facts.len())
    };
    assert!(expected_facts.1 > 100, "the corpus yields facts");
    g.bench_function("all_facts", |b| {
        b.iter(|| {
            let doc = all.extract_document(black_box(&text));
            assert_eq!((doc.entities.len(), doc.facts.len()), expected_facts);
        })
    });

    for kind in Kind::ALL {
        let ex = Extractor::builder()
            .kinds(&[kind])
            .build()
            .expect("one kind is valid");
        let expected = ex.extract(&text).len();
        g.bench_function(kind.as_str(), |b| {
            b.iter(|| {
                let n = ex.extract(black_box(&text)).len();
                assert_eq!(n, expected);
            })
        });
    }
    g.finish();
}

/// The corpus as the firehose sees it: one document at a time. Beside `throughput`,
/// this shows what the caches do: a document's tokens stay in them across the passes,
/// those of one 4 MiB text do not.
fn per_document(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();

    let mut g = c.benchmark_group("documents");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);

    let digits = Regex::new(r"\d+").expect("valid regex");
    let expected_digits: usize = docs.iter().map(|d| digits.find_iter(d).count()).sum();
    g.bench_function("baseline_digits_regex", |b| {
        b.iter(|| {
            let n: usize = black_box(&docs)
                .iter()
                .map(|d| digits.find_iter(d).count())
                .sum();
            assert_eq!(n, expected_digits);
        })
    });

    let ex = Extractor::new();
    let expected_all: usize = docs.iter().map(|d| ex.extract(d).len()).sum();
    g.bench_function("all", |b| {
        b.iter(|| {
            let n: usize = black_box(&docs).iter().map(|d| ex.extract(d).len()).sum();
            assert_eq!(n, expected_all);
        })
    });

    let count = |d: &str| {
        let doc = ex.extract_document(d);
        (doc.entities.len(), doc.facts.len())
    };
    let expected_facts = docs.iter().map(|d| count(d)).fold((0, 0), add_pairs);
    assert!(expected_facts.1 > 100, "the documents yield facts");
    g.bench_function("all_facts", |b| {
        b.iter(|| {
            let found = black_box(&docs)
                .iter()
                .map(|d| count(d))
                .fold((0, 0), add_pairs);
            assert_eq!(found, expected_facts);
        })
    });
    g.finish();
}

fn add_pairs(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    (a.0 + b.0, a.1 + b.1)
}

fn construct(c: &mut Criterion) {
    let mut g = c.benchmark_group("construct");
    g.sample_size(20);
    g.bench_function("extractor_new", |b| {
        b.iter(|| {
            let ex = Extractor::new();
            assert_eq!(black_box(&ex).extract("up 5%").len(), 1);
        })
    });
    g.finish();
}

fn batch(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let ex = Extractor::new();
    let expected: usize = docs.iter().map(|d| ex.extract(d).len()).sum();

    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("serial", |b| {
        b.iter(|| {
            let n: usize = black_box(&docs).iter().map(|d| ex.extract(d).len()).sum();
            assert_eq!(n, expected);
        })
    });
    g.bench_function("extract_many", |b| {
        b.iter(|| {
            let n: usize = ex.extract_many(black_box(&docs)).iter().map(Vec::len).sum();
            assert_eq!(n, expected);
        })
    });
    g.finish();
}

/// Shapes that stress one rule each: digit runs, symbol runs, dashes between numbers
/// (range rules), repeated matches, text without whitespace, and for the company and
/// fact passes lists of names that vouch for each other and one endless sentence of
/// figures and metrics.
const HOSTILE: &[(&str, &str)] = &[
    ("digits", "9"),
    ("dollars", "$"),
    ("one_comma", "1,"),
    ("one_dash", "1-"),
    ("one_space", "1 "),
    ("glued_mix", "$5bn%Q4-"),
    ("q4", "Q4 "),
    ("the_next", "the next "),
    ("combining", "a\u{301}"),
    ("name_list", "Block, Snap and Visa shares fell. "),
    ("figure_run", "revenue rose 5% and "),
    (
        "restated",
        "Acme Corp revenue of $5 billion, or $1 per share, up 3%, and ",
    ),
];

fn hostile(c: &mut Criterion) {
    let ex = Extractor::shared();
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for &(name, unit) in HOSTILE {
        for size in [256usize << 10, 1 << 20] {
            let text = unit.repeat(size / unit.len());
            let found = |d: finfacts::Document| d.entities.len() + d.facts.len();
            let expected = found(ex.extract_document(&text));
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(format!("{name}/{}KiB", size >> 10), |b| {
                b.iter(|| {
                    let n = found(ex.extract_document(black_box(&text)));
                    assert_eq!(n, expected);
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, throughput, per_document, construct, batch, hostile);
criterion_main!(benches);
