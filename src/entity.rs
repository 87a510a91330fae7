//! The records the extractor returns.
//!
//! Every [`Entity`] carries its byte [`Span`] in the input, its surface text and a typed
//! [`Value`]. Serialized with serde, an entity is one flat JSON object whose `kind` field
//! names the record type (the JSON contract of the `extract` example):
//!
//! ```json
//! {"kind": "money", "text": "$65 billion", "span": {"start": 18, "end": 29},
//!  "amount": "65000000000", "currency": "USD", "approximate": false, ...}
//! ```

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::currency::Currency;
use crate::text::Text;

/// A half-open byte range `start..end` into the text an entity was found in.
///
/// # Example
///
/// ```
/// let text = "Revenue rose 20%.";
/// let entities = finfacts::Extractor::new().extract(text);
/// let span = entities[0].span;
/// assert_eq!(&text[span.range()], "20%");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span from byte offsets.
    ///
    /// # Example
    ///
    /// ```
    /// let span = finfacts::Span::new(2, 5);
    /// assert_eq!(span.len(), 3);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range`, for slicing the input.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(&"abcdef"[finfacts::Span::new(1, 3).range()], "bc");
    /// ```
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Span::new(4, 4).len(), 0);
    /// ```
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finfacts::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether two spans share at least one byte.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::Span;
    /// assert!(Span::new(0, 4).overlaps(Span::new(3, 6)));
    /// assert!(!Span::new(0, 3).overlaps(Span::new(3, 6)));
    /// ```
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One thing found in the text: where it is, what it says, and what it means.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value};
///
/// let text = "Meta will invest $65 billion in 2025.";
/// let entities = Extractor::new().extract(text);
/// let money = entities.iter().find_map(|e| match &e.value {
///     Value::Money(m) => Some(m),
///     _ => None,
/// }).unwrap();
/// assert_eq!(money.amount.to_string(), "65000000000");
/// assert_eq!(money.currency.unwrap().code(), "USD");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// The surface text, `&input[span]`.
    pub text: Text,
    /// Byte offsets in the input.
    pub span: Span,
    /// The normalized record; serialized flat, with its `kind` tag.
    #[serde(flatten)]
    pub value: Value,
}

impl Entity {
    /// Builds an entity whose text is `input[span]`.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Entity, Span, Value, Company};
    /// let e = Entity::new("Hi Acme", Span::new(3, 7), Value::Company(Company::named("Acme")));
    /// assert_eq!(e.text, "Acme");
    /// ```
    ///
    /// # Panics
    ///
    /// Panics when `span` is out of bounds or not on character boundaries of `input`.
    pub fn new(input: &str, span: Span, value: Value) -> Entity {
        Entity {
            text: Text::new(&input[span.range()]),
            span,
            value,
        }
    }

    /// The money record, if this entity is an amount of money.
    ///
    /// # Example
    ///
    /// ```
    /// let e = &finfacts::Extractor::new().extract("a $484M loss")[0];
    /// assert_eq!(e.as_money().unwrap().amount.to_string(), "484000000");
    /// assert!(e.as_percent().is_none());
    /// ```
    pub fn as_money(&self) -> Option<&Money> {
        match &self.value {
            Value::Money(m) => Some(m),
            _ => None,
        }
    }

    /// The percent record, if this entity is a percentage.
    ///
    /// # Example
    ///
    /// ```
    /// let e = &finfacts::Extractor::new().extract("up 5%")[0];
    /// assert_eq!(e.as_percent().unwrap().value.to_string(), "5");
    /// ```
    pub fn as_percent(&self) -> Option<&Percent> {
        match &self.value {
            Value::Percent(p) => Some(p),
            _ => None,
        }
    }

    /// The period record, if this entity is a period.
    ///
    /// # Example
    ///
    /// ```
    /// let e = &finfacts::Extractor::new().extract("in H1 2025")[0];
    /// assert_eq!(e.as_period().unwrap().end.unwrap().to_string(), "2025-06-30");
    /// ```
    pub fn as_period(&self) -> Option<&Period> {
        match &self.value {
            Value::Period(p) => Some(p),
            _ => None,
        }
    }

    /// The company record, if this entity is a company.
    ///
    /// # Example
    ///
    /// ```
    /// let e = &finfacts::Extractor::new().extract("Microsoft said")[0];
    /// assert_eq!(e.as_company().unwrap().name, "Microsoft");
    /// ```
    pub fn as_company(&self) -> Option<&Company> {
        match &self.value {
            Value::Company(c) => Some(c),
            _ => None,
        }
    }

    /// The kind of record this entity holds.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Extractor, Kind};
    /// let e = &Extractor::new().extract("up 5%")[0];
    /// assert_eq!(e.kind(), Kind::Percent);
    /// ```
    pub fn kind(&self) -> Kind {
        match self.value {
            Value::Money(_) => Kind::Money,
            Value::Percent(_) => Kind::Percent,
            Value::Period(_) => Kind::Period,
            Value::Company(_) => Kind::Company,
        }
    }
}

/// The normalized record of an [`Entity`].
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, PercentUnit};
/// let e = &Extractor::new().extract("margins widened 150 basis points")[0];
/// match &e.value {
///     Value::Percent(p) => assert_eq!(p.unit, PercentUnit::BasisPoints),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Value {
    /// An amount of money.
    Money(Money),
    /// A percentage, percentage-point or basis-point figure.
    Percent(Percent),
    /// A date, a span of dates or a length of time.
    Period(Period),
    /// A company, named or by ticker.
    Company(Company),
}

/// The kinds of entity the extractor finds.
///
/// # Example
///
/// ```
/// use finfacts::Kind;
/// assert_eq!("money".parse::<Kind>()?, Kind::Money);
/// assert_eq!(Kind::Period.to_string(), "period");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// [`Money`] records.
    Money,
    /// [`Percent`] records.
    Percent,
    /// [`Period`] records.
    Period,
    /// [`Company`] records.
    Company,
}

impl Kind {
    /// All kinds, in the order the extractor reports ties.
    pub const ALL: [Kind; 4] = [Kind::Money, Kind::Percent, Kind::Period, Kind::Company];

    /// The lowercase name used in JSON and on the command line.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Kind::Company.as_str(), "company");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Period => "period",
            Kind::Company => "company",
        }
    }

    pub(crate) const fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Kind {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Kind, crate::Error> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| crate::Error::unknown_kind(s))
    }
}

/// A word that bounds or softens a figure: "more than $52 billion", "roughly 9%".
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, Qualifier};
/// let e = &Extractor::new().extract("more than $52 billion")[0];
/// let Value::Money(m) = &e.value else { panic!() };
/// assert_eq!(m.qualifier, Some(Qualifier::MoreThan));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// "more than", "over", "above", "in excess of".
    MoreThan,
    /// "at least", "no less than", "a minimum of".
    AtLeast,
    /// "less than", "under", "below".
    LessThan,
    /// "up to", "as much as", "at most", "no more than", "a maximum of".
    AtMost,
    /// "about", "around", "roughly", "approximately", "some", "~", "≈", "an estimated".
    About,
    /// "nearly", "almost", "close to", "just under".
    Nearly,
}

impl Qualifier {
    /// Whether the qualifier makes the figure approximate rather than a bound.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::Qualifier;
    /// assert!(Qualifier::About.is_approximate());
    /// assert!(!Qualifier::AtLeast.is_approximate());
    /// ```
    pub const fn is_approximate(self) -> bool {
        matches!(self, Qualifier::About | Qualifier::Nearly)
    }
}

/// An amount of money, fully scaled, in the main unit of its currency.
///
/// A range ("$5-6 billion") has its low end in `amount` and its high end in `upper`.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value};
/// let e = &Extractor::new().extract("a $5-6 billion deal")[0];
/// let Value::Money(m) = &e.value else { panic!() };
/// assert_eq!(m.amount.to_string(), "5000000000");
/// assert_eq!(m.upper.unwrap().to_string(), "6000000000");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Money {
    /// The amount ("$65 billion" is `65000000000`); the low end of a range.
    #[serde(with = "decimal_str")]
    pub amount: Decimal,
    /// The high end of a range, if the text gives one.
    #[serde(
        default,
        with = "opt_decimal_str",
        skip_serializing_if = "Option::is_none"
    )]
    pub upper: Option<Decimal>,
    /// The ISO 4217 currency; `None` when the text leaves it ambiguous ("kr").
    pub currency: Option<Currency>,
    /// Whether the text says the amount is approximate ("about", "≈").
    pub approximate: bool,
    /// A bound or hedge stated with the amount.
    pub qualifier: Option<Qualifier>,
    /// The unit the amount is a price of ("$1.25 a share" → share).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<PerUnit>,
    /// For an amount given as the equivalent of another ("¥380 billion (≈$53B)"), the index
    /// of that other money entity in the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equivalent_of: Option<usize>,
}

/// What a per-unit amount is priced per.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, PerUnit};
/// let e = &Extractor::new().extract("EPS of $1.25 per share")[0];
/// let Value::Money(m) = &e.value else { panic!() };
/// assert_eq!(m.per, Some(PerUnit::Share));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PerUnit {
    /// Per share.
    Share,
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per quarter.
    Quarter,
    /// Per year.
    Year,
    /// Per hour.
    Hour,
    /// Per barrel.
    Barrel,
    /// Per tonne or ton.
    Tonne,
    /// Per ounce.
    Ounce,
    /// Per pound of weight ("lb").
    Pound,
    /// Per bushel.
    Bushel,
    /// Per gallon.
    Gallon,
    /// Per kilogram.
    Kilogram,
    /// Per million British thermal units ("mmBtu").
    MillionBtu,
    /// Per megawatt hour.
    MegawattHour,
    /// Per user, customer or subscriber.
    User,
    /// Per unit, item or device.
    Unit,
}

impl PerUnit {
    /// Whether this is a measure of a commodity (barrel, tonne, ounce, pound, bushel,
    /// gallon, kilogram, mmBtu, megawatt hour): the amount is then a market price.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::PerUnit;
    /// assert!(PerUnit::Barrel.is_commodity_measure());
    /// assert!(!PerUnit::Share.is_commodity_measure());
    /// ```
    pub fn is_commodity_measure(self) -> bool {
        matches!(
            self,
            PerUnit::Barrel
                | PerUnit::Tonne
                | PerUnit::Ounce
                | PerUnit::Pound
                | PerUnit::Bushel
                | PerUnit::Gallon
                | PerUnit::Kilogram
                | PerUnit::MillionBtu
                | PerUnit::MegawattHour
        )
    }
}

/// The unit of a [`Percent`].
///
/// # Example
///
/// ```
/// use finfacts::PercentUnit;
/// assert_eq!(PercentUnit::PercentagePoints.as_str(), "percentage_points");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PercentUnit {
    /// "%", "percent", "per cent", "pct".
    Percent,
    /// "percentage points", "pp", "ppt".
    PercentagePoints,
    /// "basis points", "bps", "bp" (hundredths of a percentage point).
    BasisPoints,
}

impl PercentUnit {
    /// The snake_case name used in JSON.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::PercentUnit::BasisPoints.as_str(), "basis_points");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            PercentUnit::Percent => "percent",
            PercentUnit::PercentagePoints => "percentage_points",
            PercentUnit::BasisPoints => "basis_points",
        }
    }
}

/// Which way a figure moved, where the text says so for the figure itself.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, Direction};
/// let e = &Extractor::new().extract("shares fell 3%")[0];
/// let Value::Percent(p) = &e.value else { panic!() };
/// assert_eq!(p.direction, Some(Direction::Down));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Rose, grew, jumped, a surge, up.
    Up,
    /// Fell, declined, dropped, a slump, down.
    Down,
}

/// What a change is measured against.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, Basis};
/// let e = &Extractor::new().extract("sales rose 26% year over year")[0];
/// let Value::Percent(p) = &e.value else { panic!() };
/// assert_eq!(p.basis, Some(Basis::YearOverYear));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Basis {
    /// "year over year", "year-on-year", "YoY", "y/y", "from a year earlier".
    YearOverYear,
    /// "quarter over quarter", "quarter-on-quarter", "QoQ", "q/q".
    QuarterOverQuarter,
    /// "sequentially", "from the previous quarter".
    Sequential,
    /// "month over month", "MoM", "m/m".
    MonthOverMonth,
}

/// A percentage, percentage-point or basis-point figure.
///
/// `value` is the number as written in its unit ("150 basis points" has value 150, unit
/// basis points). A range ("20-25%") has its low end in `value` and its high end in
/// `upper`.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, PercentUnit};
/// let e = &Extractor::new().extract("a 26 per cent rise")[0];
/// let Value::Percent(p) = &e.value else { panic!() };
/// assert_eq!(p.value.to_string(), "26");
/// assert_eq!(p.unit, PercentUnit::Percent);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Percent {
    /// The figure in its unit; the low end of a range.
    #[serde(with = "decimal_str")]
    pub value: Decimal,
    /// The high end of a range, if the text gives one.
    #[serde(
        default,
        with = "opt_decimal_str",
        skip_serializing_if = "Option::is_none"
    )]
    pub upper: Option<Decimal>,
    /// Percent, percentage points or basis points.
    pub unit: PercentUnit,
    /// Whether the text says the figure is approximate.
    pub approximate: bool,
    /// A bound or hedge stated with the figure.
    pub qualifier: Option<Qualifier>,
    /// The direction the text gives the figure ("rose 26%"), if any.
    pub direction: Option<Direction>,
    /// The comparison basis stated next to it ("year over year"), if any.
    pub basis: Option<Basis>,
}

/// The granularity of a [`Period`].
///
/// # Example
///
/// ```
/// assert_eq!(finfacts::Grain::Quarter.as_str(), "quarter");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grain {
    /// A single day.
    Day,
    /// A week.
    Week,
    /// A calendar or fiscal month.
    Month,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A length of time ("three years"), anchored to dates only where the text does.
    Duration,
    /// A span between two stated points ("from 2023 to 2025", "January-March").
    Range,
}

impl Grain {
    /// The snake_case name used in JSON.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Grain::Duration.as_str(), "duration");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Half => "half",
            Grain::Year => "year",
            Grain::Duration => "duration",
            Grain::Range => "range",
        }
    }
}

/// A date, a span of dates, or a length of time.
///
/// `start` and `end` are inclusive and present only where the text (with the document
/// date, for relative periods) determines them.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value, Grain};
/// let e = &Extractor::new().extract("revenue in Q4 2024")[0];
/// let Value::Period(p) = &e.value else { panic!() };
/// assert_eq!(p.grain, Grain::Quarter);
/// assert_eq!(p.start.unwrap().to_string(), "2024-10-01");
/// assert_eq!(p.end.unwrap().to_string(), "2024-12-31");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Period {
    /// The granularity.
    pub grain: Grain,
    /// First day, inclusive.
    pub start: Option<NaiveDate>,
    /// Last day, inclusive.
    pub end: Option<NaiveDate>,
    /// Whether the text speaks of a fiscal period ("fiscal 2025", "FY25").
    pub fiscal: bool,
    /// For durations, the length in months ("three years" is 36).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// For durations, the length in days when not a whole number of months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// Whether the period is relative to the document date ("this year", "last quarter").
    #[serde(default)]
    pub relative: bool,
    /// The year that labels a fiscal period, as the text gives it: "FY2025", "Q2 FY25" and
    /// "fiscal 2025" are 2025; a split-year label ("FY2024/25", "2024-25") is its second
    /// year. Present even when the company's fiscal calendar, and so `start` and `end`, is
    /// unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_year: Option<i32>,
    /// Which quarter of its (fiscal or calendar) year a quarter is, 1 to 4 ("Q2 FY26" is 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
    /// Which half of its (fiscal or calendar) year a half is, 1 or 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub half: Option<u8>,
    /// Whether the period is named by its distance from another, as the period a figure
    /// is compared with: "a year earlier", "the year-ago quarter", "the same period last
    /// year". Its dates and grain are the other period's, moved back, when the text names
    /// that period before it (in the same paragraph); otherwise they are unknown. A
    /// comparison that states its year ("the corresponding period in 2007") is that year.
    #[serde(default, skip_serializing_if = "is_false")]
    pub comparison: bool,
}

/// Whether a flag is unset: such flags are left out of JSON.
fn is_false(flag: &bool) -> bool {
    !flag
}

/// A company, named or by ticker.
///
/// The fields that come from company data (`canonical`, `ticker`, `cik`, `isin`,
/// `country`) are `Cow<'static, str>`: values from the embedded company list borrow its
/// static text, so a mention costs no allocation for them; values from the caller's own
/// list or from the input are owned.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Value};
/// let e = &Extractor::new().extract("Shares of Microsoft rose.")[0];
/// let Value::Company(c) = &e.value else { panic!() };
/// assert_eq!(c.name, "Microsoft");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Company {
    /// The name as written (without a possessive "'s").
    pub name: Text,
    /// The canonical name of the company, when known.
    pub canonical: Option<Cow<'static, str>>,
    /// The primary ticker, when known or written.
    pub ticker: Option<Cow<'static, str>>,
    /// The SEC Central Index Key, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cik: Option<Cow<'static, str>>,
    /// The ISIN, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isin: Option<Cow<'static, str>>,
    /// The country of the company, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Cow<'static, str>>,
}

impl Company {
    /// A company known only by the name as written.
    ///
    /// # Example
    ///
    /// ```
    /// let c = finfacts::Company::named("Acme Corp.");
    /// assert_eq!(c.canonical, None);
    /// ```
    pub fn named(name: &str) -> Company {
        Company {
            name: Text::new(name),
            canonical: None,
            ticker: None,
            cik: None,
            isin: None,
            country: None,
        }
    }
}

/// Serializes a `Decimal` as its normalized string ("33400000000", not "33400000000.0").
mod decimal_str {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&d.normalize())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse::<Decimal>().map_err(serde::de::Error::custom)
    }
}

mod opt_decimal_str {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(&d.normalize()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        let s = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        s.map(|s| s.parse::<Decimal>().map_err(serde::de::Error::custom))
            .transpose()
    }
}
