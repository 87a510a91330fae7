//! Runs the extractor on arbitrary bytes, decoded lossily, and checks the guarantees
//! of `tests/props.rs` on every result.
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run extract -- -max_len=4096 -max_total_time=600
//! ```
#![no_main]

use finfacts::{Entity, Extractor, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let entities = Extractor::shared().extract(&text);
    check(&text, &entities);
});

fn check(text: &str, entities: &[Entity]) {
    for e in entities {
        assert!(e.span.start < e.span.end && e.span.end <= text.len());
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert_eq!(&text[e.span.range()], e.text);
        let json = serde_json::to_string(e).expect("entities serialize");
        let back: Entity = serde_json::from_str(&json).expect("entities deserialize");
        assert_eq!(&back, e);
    }
    for w in entities.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "document order");
    }
    for kind in Kind::ALL {
        let mut last_end = 0;
        for e in entities.iter().filter(|e| e.kind() == kind) {
            assert!(e.span.start >= last_end, "{kind} entities overlap");
            last_end = e.span.end;
        }
    }
}
