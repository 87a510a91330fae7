//! Runs the extractor (entities and facts) on arbitrary bytes, decoded lossily, and
//! checks the guarantees of `tests/props.rs` on every result.
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run extract -- -max_len=4096 -max_total_time=600
//! ```
#![no_main]

use finfacts::{Document, Entity, Extractor, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Extractor::shared().extract_document(&text);
    check(&text, &doc.entities);
    check_facts(&text, &doc);
});

fn check_facts(text: &str, doc: &Document) {
    let kind = |i: Option<usize>| i.map(|i| doc.entities.get(i).map(Entity::kind));
    for f in &doc.facts {
        assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert!(matches!(kind(f.company), None | Some(Some(Kind::Company))));
        assert!(matches!(
            kind(f.value),
            None | Some(Some(Kind::Money | Kind::Percent))
        ));
        assert!(matches!(
            kind(f.change),
            None | Some(Some(Kind::Money | Kind::Percent))
        ));
        assert!(matches!(kind(f.period), None | Some(Some(Kind::Period))));
    }
}

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
