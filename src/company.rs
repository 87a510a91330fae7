//! Companies: names found through a gazetteer of caller-supplied companies.
//!
//! This first version matches caller-supplied entries and a short list of well-known
//! names; the embedded gazetteer replaces the list.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::entity::{Company, Entity, Span, Value};
use crate::error::Error;
use crate::token::Tokens;

/// A company supplied by the caller (for example from a security master).
///
/// Caller-supplied companies take precedence over the embedded list.
///
/// # Example
///
/// ```
/// use finfacts::{CompanyEntry, Extractor, Value};
///
/// let acme = CompanyEntry::new("Acme Widgets Inc.")?.alias("Acme")?.ticker("ACMW")?;
/// let ex = Extractor::builder().company(acme).build()?;
/// let e = &ex.extract("Acme said sales rose.")[0];
/// let Value::Company(c) = &e.value else { panic!() };
/// assert_eq!(c.canonical.as_deref(), Some("Acme Widgets Inc."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyEntry {
    name: String,
    aliases: Vec<String>,
    ticker: Option<String>,
}

impl CompanyEntry {
    /// A company with its canonical name.
    ///
    /// # Errors
    ///
    /// Returns an error when `name` is empty or only whitespace.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finfacts::CompanyEntry::new(" ").is_err());
    /// ```
    pub fn new(name: &str) -> Result<CompanyEntry, Error> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::empty_company_name());
        }
        Ok(CompanyEntry {
            name: name.to_string(),
            aliases: Vec::new(),
            ticker: None,
        })
    }

    /// Adds another name the company is known by.
    ///
    /// # Errors
    ///
    /// Returns an error when `alias` is empty.
    ///
    /// # Example
    ///
    /// ```
    /// let e = finfacts::CompanyEntry::new("Acme Corp.")?.alias("Acme")?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn alias(mut self, alias: &str) -> Result<CompanyEntry, Error> {
        let alias = alias.trim();
        if alias.is_empty() {
            return Err(Error::empty_alias(&self.name));
        }
        self.aliases.push(alias.to_string());
        Ok(self)
    }

    /// Sets the company's ticker.
    ///
    /// # Errors
    ///
    /// Returns an error when `ticker` is empty or contains whitespace.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finfacts::CompanyEntry::new("Acme")?.ticker("AC ME").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ticker(mut self, ticker: &str) -> Result<CompanyEntry, Error> {
        let ticker = ticker.trim();
        if ticker.is_empty() || ticker.chars().any(char::is_whitespace) {
            return Err(Error::invalid_ticker(&self.name, ticker));
        }
        self.ticker = Some(ticker.to_string());
        Ok(self)
    }
}

/// Finds company names.
#[derive(Debug, Clone)]
pub(crate) struct CompanyFinder {
    automaton: AhoCorasick,
    /// For each pattern, the index of its entry.
    owners: Vec<usize>,
    entries: Vec<CompanyEntry>,
}

const WELL_KNOWN: &[(&str, &[&str], &str)] = &[
    ("Alibaba Group Holding Ltd.", &["Alibaba"], "BABA"),
    ("Meta Platforms, Inc.", &["Meta"], "META"),
    ("Lenovo Group Limited", &["Lenovo"], "0992.HK"),
    ("Microsoft Corporation", &["Microsoft"], "MSFT"),
    ("NVIDIA Corporation", &["Nvidia", "NVIDIA"], "NVDA"),
];

impl CompanyFinder {
    pub(crate) fn new(custom: &[CompanyEntry]) -> CompanyFinder {
        let mut entries: Vec<CompanyEntry> = custom.to_vec();
        for (name, aliases, ticker) in WELL_KNOWN {
            entries.push(CompanyEntry {
                name: (*name).to_string(),
                aliases: aliases.iter().map(|a| (*a).to_string()).collect(),
                ticker: Some((*ticker).to_string()),
            });
        }
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (idx, e) in entries.iter().enumerate() {
            for p in std::iter::once(&e.name).chain(&e.aliases) {
                patterns.push(p.clone());
                owners.push(idx);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap_or_else(|_| {
                AhoCorasick::new(Vec::<String>::new()).expect("empty automaton builds")
            });
        CompanyFinder {
            automaton,
            owners,
            entries,
        }
    }

    pub(crate) fn find(&self, t: &Tokens<'_>, out: &mut Vec<Entity>) {
        let text = t.text;
        let bytes = text.as_bytes();
        for m in self.automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before_ok = s == 0 || !bytes[s - 1].is_ascii_alphanumeric();
            let after_ok = e == bytes.len() || !bytes[e].is_ascii_alphanumeric();
            if !before_ok || !after_ok || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            let Some(entry) = self
                .owners
                .get(m.pattern().as_usize())
                .and_then(|&o| self.entries.get(o))
            else {
                continue;
            };
            let mut c = Company::named(&text[s..e]);
            c.canonical = Some(entry.name.clone());
            c.ticker = entry.ticker.clone();
            out.push(Entity::new(text, Span::new(s, e), Value::Company(c)));
        }
    }
}
