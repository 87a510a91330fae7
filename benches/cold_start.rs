//! Cold start: the first `Extractor::new()` and the first extraction in a process,
//! which build the process-wide tables (word lexicon, currency cues, company
//! gazetteer), then a warm `Extractor::new()`. Criterion's warm-up would hide the
//! first call, so this bench times each step once, in a fresh process per run.
//!
//! ```text
//! cargo bench --bench cold_start
//! ```

use std::time::{Duration, Instant};

use finfacts::Extractor;

/// The first document exercises every kind, so every lazily built table is built.
const TEXT: &str = "Tuesday, October 14, 2025\nAlibaba (NYSE: BABA) will pour ¥380 billion \
                    (≈$53B) into AI over the next three years; revenue rose 26% year over \
                    year to $33.4 billion in Q4 2024.";

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let x = f();
    (x, t.elapsed())
}

fn main() {
    // `cargo bench -- FILTER` passes arguments; this bench has one result and ignores them.
    let (ex, new_cold) = time(Extractor::new);
    let (doc, first) = time(|| ex.extract_document(TEXT));
    assert!(
        doc.entities.len() >= 8,
        "the first document yields its entities"
    );
    let (ex2, new_warm) = time(Extractor::new);
    let (doc2, second) = time(|| ex2.extract_document(TEXT));
    assert_eq!(doc, doc2);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "cold_start/extractor_new_first      {:>9.3} ms",
        ms(new_cold)
    );
    println!("cold_start/first_extract_document   {:>9.3} ms", ms(first));
    println!(
        "cold_start/new_plus_first_extract   {:>9.3} ms",
        ms(new_cold + first)
    );
    println!(
        "cold_start/extractor_new_again      {:>9.3} ms",
        ms(new_warm)
    );
    println!("cold_start/second_extract_document  {:>9.3} ms", ms(second));
}
