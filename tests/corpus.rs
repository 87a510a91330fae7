//! Extractions from the bundled news articles (`tests/data/news/`), checked by hand.

use finfacts::{Basis, Direction, Entity, Extractor, Grain, Kind, PercentUnit, Qualifier, Value};

const ARTICLE_000: &str = include_str!("data/news/000_e090f877f31ecb6e.txt");
const ARTICLE_001: &str = include_str!("data/news/001_30634c94b6b992c7.txt");
const ARTICLE_002: &str = include_str!("data/news/002_e8c8fa8899392ec5.txt");
const ARTICLE_003: &str = include_str!("data/news/003_10be03ecb80df8a8.txt");
const ARTICLE_004: &str = include_str!("data/news/004_97cc416b85d5d3b2.txt");

const ALL: [&str; 5] = [
    ARTICLE_000,
    ARTICLE_001,
    ARTICLE_002,
    ARTICLE_003,
    ARTICLE_004,
];

/// The entity whose text is `text`, the `nth` occurrence among entities.
fn find<'e>(entities: &'e [Entity], text: &str, nth: usize) -> &'e Entity {
    entities
        .iter()
        .filter(|e| e.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no entity {text:?} #{nth}"))
}

#[test]
fn yuan_pledge_with_dollar_equivalent() {
    let doc = Extractor::new().extract_document(ARTICLE_003);
    let yuan = find(&doc.entities, "¥380 billion", 0);
    let Value::Money(m) = &yuan.value else {
        panic!("{yuan:?}")
    };
    assert_eq!(m.amount.to_string(), "380000000000");
    assert_eq!(m.currency.unwrap().code(), "CNY");
    assert!(!m.approximate);

    let usd = find(&doc.entities, "$53B", 0);
    let Value::Money(d) = &usd.value else {
        panic!("{usd:?}")
    };
    assert_eq!(d.amount.to_string(), "53000000000");
    assert_eq!(d.currency.unwrap().code(), "USD");
    assert!(d.approximate);
    assert_eq!(d.qualifier, Some(Qualifier::About));
    let target = d
        .equivalent_of
        .expect("the dollar figure converts the yuan one");
    assert_eq!(doc.entities[target].text, "¥380 billion");
}

#[test]
fn dateline_sets_document_date_and_resolves_june_quarter() {
    let doc = Extractor::new().extract_document(ARTICLE_003);
    assert_eq!(doc.document_date.unwrap().to_string(), "2025-10-14");
    let q = find(&doc.entities, "the June quarter", 0);
    let Value::Period(p) = &q.value else {
        panic!("{q:?}")
    };
    assert_eq!(p.grain, Grain::Quarter);
    assert_eq!(p.start.unwrap().to_string(), "2025-04-01");
    assert_eq!(p.end.unwrap().to_string(), "2025-06-30");

    let day = find(&doc.entities, "September 24, 2025", 0);
    let Value::Period(p) = &day.value else {
        panic!("{day:?}")
    };
    assert_eq!((p.grain, p.start, p.end), (Grain::Day, p.end, p.start));
    assert_eq!(p.start.unwrap().to_string(), "2025-09-24");

    let next = find(&doc.entities, "the next three years", 0);
    let Value::Period(p) = &next.value else {
        panic!("{next:?}")
    };
    assert_eq!((p.grain, p.months), (Grain::Duration, Some(36)));
}

#[test]
fn share_jump_and_cloud_growth() {
    let entities = Extractor::new().extract(ARTICLE_003);
    let jump = find(&entities, "9%", 0);
    let Value::Percent(p) = &jump.value else {
        panic!("{jump:?}")
    };
    assert_eq!(p.value.to_string(), "9");
    assert_eq!(p.direction, Some(Direction::Up));
    assert_eq!(p.qualifier, Some(Qualifier::About));
    assert!(p.approximate);

    let cloud = find(&entities, "26%", 0);
    let Value::Percent(p) = &cloud.value else {
        panic!("{cloud:?}")
    };
    assert_eq!(p.basis, Some(Basis::YearOverYear));
    assert_eq!(p.direction, Some(Direction::Up));

    let revenue = find(&entities, "¥33.4B", 0);
    let Value::Money(m) = &revenue.value else {
        panic!("{revenue:?}")
    };
    assert_eq!(m.amount.to_string(), "33400000000");
    assert_eq!(m.currency.unwrap().code(), "CNY");
}

#[test]
fn meta_capex_and_reddit_loss() {
    let entities = Extractor::new().extract(ARTICLE_000);
    let capped = find(&entities, "$65 billion", 0);
    let Value::Money(m) = &capped.value else {
        panic!("{capped:?}")
    };
    assert_eq!(
        m.qualifier,
        Some(Qualifier::AtMost),
        "\"up to $65 billion\""
    );
    let plain = find(&entities, "$65 billion", 1);
    let Value::Money(m) = &plain.value else {
        panic!("{plain:?}")
    };
    assert_eq!(m.amount.to_string(), "65000000000");
    assert_eq!(m.qualifier, None);

    let loss = find(&entities, "$484M", 0);
    let Value::Money(m) = &loss.value else {
        panic!("{loss:?}")
    };
    assert_eq!(m.amount.to_string(), "484000000");

    let growth = find(&entities, "20%", 0);
    let Value::Percent(p) = &growth.value else {
        panic!("{growth:?}")
    };
    assert_eq!(
        (p.direction, p.basis),
        (Some(Direction::Up), Some(Basis::YearOverYear))
    );
    assert_eq!(p.unit, PercentUnit::Percent);

    let q4 = find(&entities, "Q4 2024", 0);
    let Value::Period(p) = &q4.value else {
        panic!("{q4:?}")
    };
    assert_eq!(p.start.unwrap().to_string(), "2024-10-01");
}

#[test]
fn share_of_sales_is_a_level_not_a_change() {
    let entities = Extractor::new().extract(ARTICLE_000);
    let share = find(&entities, "46%", 0);
    let Value::Percent(p) = &share.value else {
        panic!("{share:?}")
    };
    assert_eq!(p.direction, None);
}

#[test]
fn model_sizes_and_counts_are_not_money() {
    for article in ALL {
        for e in Extractor::new().extract(article) {
            if let Value::Money(m) = &e.value {
                assert!(m.currency.is_some(), "{e:?}");
                assert!(!e.text.contains("parameter"), "{e:?}");
            }
        }
    }
}

#[test]
fn every_article_yields_valid_spans_in_order() {
    let ex = Extractor::new();
    for article in ALL {
        let entities = ex.extract(article);
        assert!(!entities.is_empty());
        for pair in entities.windows(2) {
            assert!(pair[0].span.start <= pair[1].span.start, "{pair:?}");
        }
        for kind in Kind::ALL {
            let of_kind: Vec<_> = entities.iter().filter(|e| e.kind() == kind).collect();
            for pair in of_kind.windows(2) {
                assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
            }
        }
        for e in &entities {
            assert_eq!(&article[e.span.range()], e.text);
        }
    }
}

#[test]
fn json_lines_match_the_contract() {
    let ex = Extractor::builder()
        .kinds(&[Kind::Money, Kind::Percent, Kind::Period])
        .build()
        .unwrap();
    let entities = ex.extract("Meta will invest $65 billion in 2025, up 20%.");
    let json = serde_json::to_value(&entities).unwrap();
    assert_eq!(
        json[0],
        serde_json::json!({
            "kind": "money", "text": "$65 billion", "span": {"start": 17, "end": 28},
            "amount": "65000000000", "currency": "USD", "approximate": false, "qualifier": null
        })
    );
    assert_eq!(json[1]["kind"], "period");
    assert_eq!(json[1]["grain"], "year");
    assert_eq!(json[1]["start"], "2025-01-01");
    assert_eq!(json[2]["kind"], "percent");
    assert_eq!(json[2]["value"], "20");
    assert_eq!(json[2]["unit"], "percent");
    let back: Vec<Entity> = serde_json::from_value(json).unwrap();
    assert_eq!(back, entities);
}
