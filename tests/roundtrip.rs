//! Round trips: render a known value the way news writes it, put it in a sentence,
//! extract it, and get the same value back.

use finfacts::{Extractor, Grain, Kind, PercentUnit, Value};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn only(kind: Kind) -> Extractor {
    Extractor::builder().kinds(&[kind]).build().unwrap()
}

/// Groups an integer's digits with commas: 1234567 → "1,234,567".
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// (code, prefix symbol, word after the number)
const CURRENCIES: &[(&str, &str, &str)] = &[
    ("USD", "$", "dollars"),
    ("USD", "US$", "US dollars"),
    ("EUR", "€", "euros"),
    ("GBP", "£", "pounds"),
    ("INR", "₹", "rupees"),
    ("KRW", "₩", "won"),
    ("HKD", "HK$", "Hong Kong dollars"),
    ("CHF", "CHF ", "Swiss francs"),
    ("CNY", "RMB ", "yuan"),
    ("JPY", "JPY ", "yen"),
];

/// (multiplier exponent, full word, abbreviation glued after the number)
const SCALES: &[(u32, &str, &str)] = &[
    (3, "thousand", "k"),
    (6, "million", "m"),
    (6, "million", "mn"),
    (6, "million", "M"),
    (9, "billion", "bn"),
    (9, "billion", "B"),
    (12, "trillion", "tn"),
];

const QUALIFIERS: &[&str] = &["", "about ", "more than ", "nearly ", "up to ", "roughly "];

prop_compose! {
    /// A positive decimal with up to two decimals: (digits, scale).
    fn small_decimal()(int in 1u64..1000, frac in 0u64..100, decimals in 0u32..3) -> Decimal {
        match decimals {
            0 => Decimal::from(int),
            1 => Decimal::new((int * 10 + frac % 10) as i64, 1),
            _ => Decimal::new((int * 100 + frac) as i64, 2),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn money_round_trip(
        base in small_decimal(),
        cur in 0..CURRENCIES.len(),
        scale in 0..SCALES.len(),
        style in 0u8..4,
        qualifier in 0..QUALIFIERS.len(),
    ) {
        let (code, symbol, word) = CURRENCIES[cur];
        let (exp, full, abbrev) = SCALES[scale];
        let rendered = match style {
            0 => format!("{symbol}{base} {full}"),
            1 => format!("{symbol}{base}{abbrev}"),
            2 => format!("{base} {full} {word}"),
            _ => format!("{code} {base} {full}"),
        };
        let text = format!("The group said it would invest {}{rendered} in the new plant.", QUALIFIERS[qualifier]);
        let found = only(Kind::Money).extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        let Value::Money(m) = &found[0].value else { unreachable!() };
        let expected = base * Decimal::from(10u64.pow(exp));
        prop_assert_eq!(m.amount, expected, "{}", text);
        prop_assert_eq!(m.currency.map(|c| c.code().to_string()), Some(code.to_string()), "{}", text);
        prop_assert_eq!(m.qualifier.is_some(), qualifier > 0, "{}", text);
    }

    #[test]
    fn money_round_trip_grouped_digits(n in 1u64..10_000_000_000, cur in 0..CURRENCIES.len()) {
        let (code, symbol, _) = CURRENCIES[cur];
        let text = format!("The house sold for {symbol}{} last week.", grouped(n));
        let found = only(Kind::Money).extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        let Value::Money(m) = &found[0].value else { unreachable!() };
        prop_assert_eq!(m.amount, Decimal::from(n), "{}", text);
        prop_assert_eq!(m.currency.unwrap().code(), code);
    }

    #[test]
    fn percent_round_trip(value in small_decimal(), style in 0u8..10) {
        let (rendered, unit) = match style {
            0 => (format!("{value}%"), PercentUnit::Percent),
            1 => (format!("{value} %"), PercentUnit::Percent),
            2 => (format!("{value} percent"), PercentUnit::Percent),
            3 => (format!("{value} per cent"), PercentUnit::Percent),
            4 => (format!("{value} pct"), PercentUnit::Percent),
            5 => (format!("{value} percentage points"), PercentUnit::PercentagePoints),
            6 => (format!("{value} pp"), PercentUnit::PercentagePoints),
            7 => (format!("{value} basis points"), PercentUnit::BasisPoints),
            8 => (format!("{value} bps"), PercentUnit::BasisPoints),
            _ => (format!("{value}bp"), PercentUnit::BasisPoints),
        };
        let text = format!("Margins moved {rendered} in the period, the company said.");
        let found = only(Kind::Percent).extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        let Value::Percent(p) = &found[0].value else { unreachable!() };
        prop_assert_eq!(p.value, value.normalize(), "{}", text);
        prop_assert_eq!(p.unit, unit, "{}", text);
        prop_assert_eq!(&found[0].text, &rendered);
    }

    #[test]
    fn period_round_trip(year in 2000i32..2060, q in 1u32..5, month in 1u32..13, day in 1u32..29, grain in 0u8..5, style in 0u8..3) {
        const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        const ORD: [&str; 4] = ["first", "second", "third", "fourth"];
        let yy = year % 100;
        let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let month_end = |y, m| if m == 12 { d(y, 12, 31) } else { d(y, m + 1, 1).pred_opt().unwrap() };
        let (rendered, expected_grain, start, end) = match grain {
            0 => {
                let r = match style { 0 => format!("Q{q} {year}"), 1 => format!("{q}Q{yy:02}"), _ => format!("the {} quarter of {year}", ORD[q as usize - 1]) };
                (r, Grain::Quarter, d(year, 3 * q - 2, 1), month_end(year, 3 * q))
            }
            1 => {
                let h = 1 + q % 2;
                let r = match style { 0 => format!("H{h} {year}"), 1 => format!("{h}H{yy:02}"), _ => format!("the {} half of {year}", ORD[h as usize - 1]) };
                let (s, e) = if h == 1 { (d(year, 1, 1), d(year, 6, 30)) } else { (d(year, 7, 1), d(year, 12, 31)) };
                (r, Grain::Half, s, e)
            }
            2 => (format!("{year}"), Grain::Year, d(year, 1, 1), d(year, 12, 31)),
            3 => (format!("{} {year}", MONTHS[month as usize - 1]), Grain::Month, d(year, month, 1), month_end(year, month)),
            _ => {
                let name = MONTHS[month as usize - 1];
                let r = match style { 0 => format!("{name} {day}, {year}"), 1 => format!("{day} {name} {year}"), _ => format!("{year}-{month:02}-{day:02}") };
                (r, Grain::Day, d(year, month, day), d(year, month, day))
            }
        };
        let text = format!("Sales were reported for {rendered} by the company.");
        let found = only(Kind::Period).extract(&text);
        prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
        let Value::Period(p) = &found[0].value else { unreachable!() };
        prop_assert_eq!(p.grain, expected_grain, "{}", text);
        prop_assert_eq!(p.start, Some(start), "{}", text);
        prop_assert_eq!(p.end, Some(end), "{}", text);
    }
}
