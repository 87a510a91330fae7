//! Find companies, amounts of money, percentages and periods in English financial text,
//! as typed, normalized records with byte spans.
//!
//! ```
//! use finfacts::{Extractor, Value};
//!
//! let text = "On September 24, 2025, Alibaba said it will pour ¥380 billion (≈$53B) \
//!             into AI over the next three years. BABA jumped roughly 9%.";
//! let ex = Extractor::new();
//! for e in ex.extract(text) {
//!     assert_eq!(&text[e.span.range()], e.text);
//!     match &e.value {
//!         Value::Money(m) => println!("{} = {} {:?}", e.text, m.amount, m.currency),
//!         Value::Percent(p) => println!("{} = {} ({:?})", e.text, p.value, p.direction),
//!         Value::Period(p) => println!("{} = {:?}..{:?}", e.text, p.start, p.end),
//!         Value::Company(c) => println!("{} = {:?}", e.text, c.canonical),
//!         _ => {}
//!     }
//! }
//! ```
//!
//! # What it finds
//!
//! | text | record |
//! |---|---|
//! | `$65 billion` | money, amount `65000000000`, `USD` |
//! | `¥380 billion (≈$53B)` | money `380000000000 CNY`; money `53000000000 USD`, approximate, equivalent of the first |
//! | `EUR 13.1 mn`, `US$2.5bn`, `Rs 500 crore` | `13100000 EUR`, `2500000000 USD`, `5000000000 INR` |
//! | `three billion dollars`, `25 cts` | `3000000000 USD`, `0.25 USD` |
//! | `$5-6 billion`, `20-25%` | two entities per range: the low bound (`$5` = `5000000000`, with `upper` `6000000000`) and the high bound (`6 billion`) |
//! | `26 per cent`, `1.5 percentage points`, `150 bps` | percent `26`; `1.5` percentage points; `150` basis points |
//! | `a quarter of a percentage point`, `a half-point cut` | `0.25` percentage points; `0.5` percentage points |
//! | `rose 26% year over year` | percent `26`, direction up, basis year over year |
//! | `Q4 2024`, `H1 2025` | quarter `2024-10-01..2024-12-31`; half `2025-01-01..2025-06-30` |
//! | `the June quarter` (document date 2025-10-14) | quarter `2025-04-01..2025-06-30` |
//! | `fiscal 2025` | year, fiscal, `fiscal_year` 2025, dated only when the fiscal year end is known |
//! | `the next three years` | duration of 36 months, anchored to the document date |
//! | `Alibaba`, `NYSE: BABA` | company, canonical name and ticker |
//!
//! On top of the entities, [`Extractor::extract_document`] links them into [`Fact`]s:
//! "Alibaba's cloud revenue rose 26% year over year to ¥33.4B in the June quarter" is
//! one fact with company, metric (`revenue`, as written "cloud revenue"), value, change
//! (up, year over year) and period, each an index into the document's entities.
//!
//! # Guarantees
//!
//! - Extraction never fails and never panics, on any `&str`.
//! - Every entity's `span` lies on character boundaries and `&text[span] == entity.text`.
//! - Entities come in document order and never overlap within a kind.
//! - Amounts are exact `rust_decimal::Decimal`s, fully scaled; no floating point.
//! - Each document is tokenized once; every rule is linear in the input.
//!
//! # Not supported
//!
//! - Languages other than English.
//! - Amounts whose currency is only implied by an earlier sentence.
//! - Fiscal periods are dated only when the fiscal year end is given or stated.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod company;
mod currency;
mod entity;
mod error;
mod extractor;
mod fact;
mod lexicon;
mod money;
mod number;
mod percent;
mod period;
mod qualifier;
mod text;
mod token;

pub use crate::company::CompanyEntry;
pub use crate::currency::Currency;
pub use crate::entity::{
    Basis, Company, Direction, Entity, Grain, Kind, Money, PerUnit, Percent, PercentUnit, Period,
    Qualifier, Span, Value,
};
pub use crate::error::Error;
pub use crate::extractor::{Document, Extractor, ExtractorBuilder};
pub use crate::fact::{Fact, Metric};
pub use crate::period::DateOrder;
pub use crate::text::Text;

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
