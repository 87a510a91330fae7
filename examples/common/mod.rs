//! What the example binaries share: argument parsing, reading inputs, and the JSON line
//! of the `extract --json` contract.

use std::io::{self, Read};
use std::path::PathBuf;

use finfacts::{Document, Entity, Fact};

/// Parses a `--date` argument.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("invalid date {s:?}: expected YYYY-MM-DD"))
}

/// Reads a file (or standard input) as UTF-8, naming the byte offset of invalid UTF-8.
pub fn read_text(path: Option<&PathBuf>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => bytes = std::fs::read(p).map_err(|e| e.to_string())?,
        None => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())?;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 at byte offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The inputs to read: the files named, or standard input (`None`) when none are.
pub fn inputs(files: &[PathBuf]) -> Vec<Option<&PathBuf>> {
    if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(Some).collect()
    }
}

/// One output line of the JSON contract: `doc`, `document_date`, `entities`, then
/// `facts` when asked for and the input `line` in streaming mode.
#[derive(serde::Serialize)]
pub struct JsonLine<'a> {
    pub doc: &'a str,
    pub document_date: Option<chrono::NaiveDate>,
    pub entities: &'a [Entity],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts: Option<&'a [Fact]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

impl<'a> JsonLine<'a> {
    /// The line for `doc`, with its facts when `facts` is set.
    pub fn new(name: &'a str, doc: &'a Document, facts: bool) -> JsonLine<'a> {
        JsonLine {
            doc: name,
            document_date: doc.document_date,
            entities: &doc.entities,
            facts: facts.then_some(doc.facts.as_slice()),
            line: None,
        }
    }
}
