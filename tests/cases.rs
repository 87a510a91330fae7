//! Data-driven extraction cases: `tests/data/cases/*.toml`.
//!
//! Each `[[test]]` has a kebab-case `name`, a `text`, an optional document `date`, an
//! optional `kinds` filter, and `expect`: the entities of those kinds, in order, each
//! with `kind`, `text` and any normalized fields to check (other fields are ignored).
//! The string `"null"` expects a JSON null. An empty `expect` is a negative case.
//!
//! Cases that are known to fail are listed in `KNOWN_FAILURES`; the test fails when one
//! of them starts passing, so the list stays honest.

use finfacts::{Extractor, Kind};
use serde::Deserialize;
use serde_json::Value as Json;

const CORPORA: &[(&str, &str)] = &[
    ("money", include_str!("data/cases/money.toml")),
    ("percent", include_str!("data/cases/percent.toml")),
    ("period", include_str!("data/cases/period.toml")),
];

/// Names of cases that fail today, with the reason.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

#[derive(Deserialize)]
struct File {
    test: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    date: Option<String>,
    kinds: Option<Vec<String>>,
    #[serde(default)]
    expect: Vec<toml::Table>,
}

fn to_json(v: &toml::Value) -> Json {
    match v {
        toml::Value::String(s) if s == "null" => Json::Null,
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Integer(i) => Json::from(*i),
        toml::Value::Float(f) => Json::from(*f),
        other => Json::String(other.to_string()),
    }
}

fn check(case: &Case, default_kind: &str) -> Result<(), String> {
    let mut builder = Extractor::builder();
    if let Some(d) = &case.date {
        builder = builder.document_date_str(d).map_err(|e| e.to_string())?;
    }
    let ex = builder.build().map_err(|e| e.to_string())?;
    let kinds: Vec<Kind> = match &case.kinds {
        Some(k) => k.iter().map(|k| k.parse().expect("valid kind")).collect(),
        None => vec![default_kind.parse().expect("valid kind")],
    };
    let got: Vec<Json> = ex
        .extract(&case.text)
        .into_iter()
        .filter(|e| kinds.contains(&e.kind()))
        .map(|e| serde_json::to_value(&e).expect("entities serialize"))
        .collect();
    let summary = || {
        got.iter()
            .map(|g| g.to_string())
            .collect::<Vec<_>>()
            .join("\n    ")
    };
    if got.len() != case.expect.len() {
        return Err(format!(
            "expected {} entities, got {}:\n    {}",
            case.expect.len(),
            got.len(),
            summary()
        ));
    }
    for (want, have) in case.expect.iter().zip(&got) {
        for (key, value) in want {
            let expected = to_json(value);
            let actual = have.get(key).cloned().unwrap_or(Json::Null);
            if expected != actual {
                return Err(format!(
                    "field {key}: expected {expected}, got {actual}:\n    {}",
                    summary()
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn cases() {
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    let mut count = 0;
    for (kind, source) in CORPORA {
        let file: File = toml::from_str(source).unwrap_or_else(|e| panic!("{kind}.toml: {e}"));
        for case in &file.test {
            count += 1;
            let known = KNOWN_FAILURES.iter().any(|(n, _)| *n == case.name);
            match (check(case, kind), known) {
                (Ok(()), true) => fixed.push(case.name.clone()),
                (Err(msg), false) => failures.push(format!(
                    "{}: {}\n  text: {}\n  {msg}",
                    kind, case.name, case.text
                )),
                _ => {}
            }
        }
    }
    assert!(count > 0);
    assert!(
        fixed.is_empty(),
        "known failures now pass, remove them from KNOWN_FAILURES: {fixed:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn case_names_are_unique_and_kebab_case() {
    let mut seen = std::collections::HashSet::new();
    for (kind, source) in CORPORA {
        let file: File = toml::from_str(source).unwrap_or_else(|e| panic!("{kind}.toml: {e}"));
        for case in &file.test {
            assert!(
                case.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                case.name
            );
            assert!(seen.insert(case.name.clone()), "duplicate {}", case.name);
        }
    }
}
