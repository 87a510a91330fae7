//! Throughput of full extraction on the bundled news articles.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use finfacts::Extractor;

fn corpus() -> String {
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
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let ex = Extractor::new();
    let expected = ex.extract(&text).len();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("all", |b| {
        b.iter(|| {
            let n = ex.extract(&text).len();
            assert_eq!(n, expected);
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
