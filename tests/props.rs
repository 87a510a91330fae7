//! Properties that hold on any input: extraction never panics, spans lie on character
//! boundaries and slice out the entity text, entities of one kind come in order without
//! overlapping, facts point at entities of the right kinds, and every entity and
//! document survives a JSON round trip.
//!
//! Inputs are arbitrary Unicode strings, strings assembled from financial fragments
//! (so the rules actually fire), and adversarial shapes: long digit runs, "$$$$…",
//! "1,1,1,…", text without whitespace, mixed scripts, combining marks, right-to-left
//! text and NUL bytes.
//!
//! Case counts are kept small so `cargo test` stays fast; raise them for a long run:
//!
//! ```text
//! PROPTEST_CASES=100000 cargo test --release --test props
//! ```
//!
//! Linear time on these shapes is checked by the benchmark, not here: timed tests are
//! flaky on shared machines.

use finfacts::{Document, Entity, Extractor, Kind, Value};
use proptest::prelude::*;

/// Cases per property: `PROPTEST_CASES` when set, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        // A failure is reported with its input; regression files would land in the
        // source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Checks every guarantee on the result of extracting `text`.
fn check(text: &str) -> Result<(), TestCaseError> {
    let ex = Extractor::shared();
    let doc = ex.extract_document(text);
    check_entities(text, &doc.entities)?;
    check_facts(text, &doc)?;
    prop_assert_eq!(&ex.extract(text), &doc.entities);
    // The kinds alone obey the same rules.
    for kind in [Kind::Money, Kind::Percent, Kind::Period] {
        let one = Extractor::builder()
            .kinds(&[kind])
            .build()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let got = one.extract(text);
        prop_assert!(got.iter().all(|e| e.kind() == kind));
        check_entities(text, &got)?;
    }
    Ok(())
}

fn check_entities(text: &str, entities: &[Entity]) -> Result<(), TestCaseError> {
    for (i, e) in entities.iter().enumerate() {
        let (s, t) = (e.span.start, e.span.end);
        prop_assert!(s < t, "empty or reversed span {:?} in {:?}", e.span, text);
        prop_assert!(t <= text.len(), "span {:?} past the end", e.span);
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(t));
        prop_assert_eq!(&text[e.span.range()], e.text.as_str());
        if let Value::Money(m) = &e.value {
            if let Some(k) = m.equivalent_of {
                prop_assert!(k != i, "money is the equivalent of itself");
                prop_assert!(
                    entities
                        .get(k)
                        .is_some_and(|x| matches!(x.value, Value::Money(_))),
                    "equivalent_of {} does not point at money",
                    k
                );
            }
        }
        let json = serde_json::to_string(e).map_err(|x| TestCaseError::fail(x.to_string()))?;
        let back: Entity =
            serde_json::from_str(&json).map_err(|x| TestCaseError::fail(x.to_string()))?;
        prop_assert_eq!(&back, e, "JSON round trip of {}", json);
    }
    // Document order.
    for w in entities.windows(2) {
        prop_assert!(
            w[0].span.start <= w[1].span.start,
            "out of order: {:?} then {:?}",
            w[0].text,
            w[1].text
        );
    }
    // Within a kind: in order and non-overlapping.
    for kind in Kind::ALL {
        let spans: Vec<_> = entities
            .iter()
            .filter(|e| e.kind() == kind)
            .map(|e| e.span)
            .collect();
        for w in spans.windows(2) {
            prop_assert!(
                w[0].end <= w[1].start,
                "{} entities overlap or are out of order: {:?} {:?} in {:?}",
                kind,
                w[0],
                w[1],
                text
            );
        }
    }
    Ok(())
}

fn check_facts(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let kind_at = |i: Option<usize>| i.map(|i| doc.entities.get(i).map(Entity::kind));
    for f in &doc.facts {
        prop_assert!(f.span.start <= f.span.end && f.span.end <= text.len());
        prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        prop_assert!(matches!(
            kind_at(f.company),
            None | Some(Some(Kind::Company))
        ));
        prop_assert!(matches!(
            kind_at(f.value),
            None | Some(Some(Kind::Money | Kind::Percent))
        ));
        prop_assert!(matches!(
            kind_at(f.change),
            None | Some(Some(Kind::Percent | Kind::Money))
        ));
        prop_assert!(matches!(kind_at(f.period), None | Some(Some(Kind::Period))));
    }
    let json = serde_json::to_string(doc).map_err(|x| TestCaseError::fail(x.to_string()))?;
    let back: Document =
        serde_json::from_str(&json).map_err(|x| TestCaseError::fail(x.to_string()))?;
    prop_assert_eq!(&back, doc, "JSON round trip of {}", json);
    Ok(())
}

/// Pieces of financial text, and pieces that sit near rules' edges.
const FRAGMENTS: &[&str] = &[
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "₹",
    "Rs",
    "EUR",
    "USD",
    "kr",
    "≈",
    "~",
    "(",
    ")",
    "%",
    " per cent",
    " percent",
    " percentage points",
    " bps",
    " basis points",
    "bn",
    "mn",
    "M",
    "B",
    "k",
    " billion",
    " million",
    " trillion",
    " thousand",
    " crore",
    " lakh",
    "0",
    "1",
    "5",
    "9",
    "12",
    "2024",
    "2025",
    "1,234",
    "3.5",
    ".5",
    "1.234,5",
    "7,8",
    "Q",
    "Q4",
    "H1",
    "FY",
    "FY25",
    "fiscal",
    " quarter",
    " year",
    " years",
    " months",
    "the",
    "next",
    "last",
    "this",
    "three",
    "twenty",
    "-",
    "–",
    "—",
    "to",
    "and",
    "a",
    "half",
    "about",
    "more than",
    "up to",
    "nearly",
    "rose",
    "fell",
    "up",
    "down",
    "year over year",
    "per share",
    "a share",
    "January",
    "June",
    "Sept.",
    "Dec",
    "September 24",
    ", ",
    ".",
    " ",
    "\n",
    "\t",
    "’",
    "'",
    "/",
    "first",
    "4th",
    "st",
    "Alibaba",
    "Meta",
    "Nvidia",
    "NYSE:",
    "BABA",
    "Tuesday",
    "é",
    "\u{301}",
    "\u{200F}",
    "\u{0}",
    "ア",
    "٣",
    "𝟙",
    "\u{FEFF}",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

/// Strings from small alphabets that stress one shape each.
fn adversarial() -> impl Strategy<Value = String> {
    let alphabet = |chars: &'static [&'static str], max: usize| {
        prop::collection::vec(prop::sample::select(chars), 0..max).prop_map(|v| v.concat())
    };
    prop_oneof![
        // Long digit runs, with and without separators.
        alphabet(&["0", "1", "9", "9", "9"], 4000),
        alphabet(&["1", ",", "1", ".", "9"], 4000),
        // Runs of currency and percent symbols.
        alphabet(&["$", "$", "$", "%", "1"], 4000),
        // "1,1,1,…" and "1-1-1-…" ranges.
        alphabet(&["1,", "1-", "1.", "1"], 2000),
        // No whitespace at all.
        alphabet(&["a", "$", "5", "bn", "Q", "4", "%", "-", ","], 4000),
        // Mixed scripts, combining marks, right-to-left text, NUL, BOM.
        alphabet(
            &[
                "5",
                "$",
                " ",
                "مليار",
                "دولار",
                "٥",
                "\u{200F}",
                "\u{202E}",
                "ש״ח",
                "עשרה",
                "\u{301}",
                "\u{308}",
                "\u{0}",
                "中国",
                "亿",
                "元",
                "¥",
                "ｂｎ",
                "१२",
                "\u{FEFF}",
                "Ⅻ",
                "²",
                "½",
            ],
            500
        ),
    ]
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_unicode(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn financial_fragments(text in fragments()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(config(32))]

    #[test]
    fn adversarial_shapes(text in adversarial()) {
        check(&text)?;
    }

    #[test]
    fn batches_match_single_documents(texts in prop::collection::vec(fragments(), 0..8)) {
        let ex = Extractor::shared();
        let many = ex.extract_many(&texts);
        prop_assert_eq!(many.len(), texts.len());
        for (t, got) in texts.iter().zip(&many) {
            prop_assert_eq!(got, &ex.extract(t));
        }
    }
}

/// A megabyte without whitespace, in a few shapes, checked once each. Unoptimized
/// builds check 64 KiB, to keep `cargo test` fast; `cargo test --release`
/// checks the full megabyte.
#[test]
fn megabyte_without_whitespace() {
    let size: usize = if cfg!(debug_assertions) {
        256 << 10
    } else {
        1 << 20
    };
    let shapes: [&str; 4] = ["9", "$", "1,", "$5bn%Q4-"];
    for unit in shapes {
        let text = unit.repeat(size / unit.len());
        if let Err(e) = check_entities(&text, &Extractor::shared().extract(&text)) {
            panic!("{unit:?} repeated: {e}");
        }
    }
}
