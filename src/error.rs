//! The error type for configuration and parsing of public types.
//!
//! Extraction itself never fails; errors only come from options given to
//! [`ExtractorBuilder`](crate::ExtractorBuilder) and from `FromStr` on public types.

use std::fmt;

/// An error from building an extractor or parsing one of the crate's public types.
///
/// # Example
///
/// ```
/// let err = finfacts::Extractor::builder().document_date_str("2025-13-01").unwrap_err();
/// assert_eq!(err.to_string(), "invalid document date \"2025-13-01\": expected YYYY-MM-DD");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum ErrorKind {
    #[error("invalid document date {0:?}: expected YYYY-MM-DD")]
    InvalidDate(String),
    #[error("invalid fiscal year end {0:?}: expected MM-DD")]
    InvalidFiscalYearEnd(String),
    #[error("unknown entity kind {0:?}: expected money, percent, period or company")]
    UnknownKind(String),
    #[error("unknown currency {0:?}: expected an ISO 4217 code")]
    UnknownCurrency(String),
    #[error("empty company name")]
    EmptyCompanyName,
    #[error("empty alias for company {0:?}")]
    EmptyAlias(String),
    #[error("invalid ticker {ticker:?} for company {company:?}")]
    InvalidTicker { company: String, ticker: String },
    #[error("invalid {kind} {value:?} for company {company:?}")]
    InvalidIdentifier {
        company: String,
        kind: &'static str,
        value: String,
    },
    #[error("no entity kinds selected")]
    NoKinds,
}

impl Error {
    pub(crate) fn invalid_date(s: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidDate(s.to_string()),
        }
    }

    pub(crate) fn invalid_fiscal_year_end(s: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidFiscalYearEnd(s.to_string()),
        }
    }

    pub(crate) fn unknown_kind(s: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownKind(s.to_string()),
        }
    }

    pub(crate) fn unknown_currency(s: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownCurrency(s.to_string()),
        }
    }

    #[allow(dead_code)]
    pub(crate) fn empty_company_name() -> Error {
        Error {
            kind: ErrorKind::EmptyCompanyName,
        }
    }

    #[allow(dead_code)]
    pub(crate) fn empty_alias(company: &str) -> Error {
        Error {
            kind: ErrorKind::EmptyAlias(company.to_string()),
        }
    }

    #[allow(dead_code)]
    pub(crate) fn invalid_ticker(company: &str, ticker: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidTicker {
                company: company.to_string(),
                ticker: ticker.to_string(),
            },
        }
    }

    pub(crate) fn invalid_identifier(company: &str, kind: &'static str, value: &str) -> Error {
        Error {
            kind: ErrorKind::InvalidIdentifier {
                company: company.to_string(),
                kind,
                value: value.to_string(),
            },
        }
    }

    pub(crate) fn no_kinds() -> Error {
        Error {
            kind: ErrorKind::NoKinds,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl std::error::Error for Error {}
