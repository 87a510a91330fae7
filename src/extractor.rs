//! The pipeline: tokenize once, run each extractor on the tokens, resolve overlaps
//! between kinds, and return entities in document order.

use std::cell::Cell;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::company::{CompanyEntry, CompanyFinder};
use crate::currency::Currency;
use crate::entity::{Entity, Kind, Span, Value};
use crate::error::Error;
use crate::fact::{self, Fact};
use crate::money::{self, CurrencyDefaults};
use crate::percent;
use crate::period::{self, DateOrder, PeriodContext};
use crate::token::{Token, Tokens};

/// Finds companies, money, percentages and periods in text.
///
/// Build one with [`Extractor::new`] or [`Extractor::builder`] and reuse it: patterns
/// are compiled once, and the extractor is `Send + Sync`, so one instance serves every
/// thread. [`Extractor::shared`] gives a process-wide default instance.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Kind};
///
/// let ex = Extractor::new();
/// let text = "Alibaba will pour ¥380 billion (≈$53B) into AI over the next three years.";
/// let kinds: Vec<Kind> = ex.extract(text).iter().map(|e| e.kind()).collect();
/// assert_eq!(kinds, [Kind::Company, Kind::Money, Kind::Money, Kind::Period]);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    kinds: u8,
    document_date: Option<NaiveDate>,
    detect_dateline: bool,
    fiscal_year_end: Option<(u32, u32)>,
    company_fiscal_year_ends: Vec<(String, (u32, u32))>,
    date_order: Option<DateOrder>,
    currency: CurrencyDefaults,
    companies: CompanyFinder,
    facts: bool,
}

/// The result of extracting one document: its entities and the date they were
/// resolved against.
///
/// # Example
///
/// ```
/// let doc = finfacts::Extractor::new()
///     .extract_document("Tuesday, October 14, 2025\nSales rose this year.");
/// assert_eq!(doc.document_date.unwrap().to_string(), "2025-10-14");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// The entities in document order.
    pub entities: Vec<Entity>,
    /// The document date used for relative periods: the caller's, or a dateline found
    /// at the top of the text.
    pub document_date: Option<NaiveDate>,
    /// The facts linking the entities: company, metric, value, change, period (empty
    /// when the extractor was built with `facts(false)`).
    #[serde(default)]
    pub facts: Vec<Fact>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor for all kinds with default options.
    ///
    /// # Example
    ///
    /// ```
    /// let ex = finfacts::Extractor::new();
    /// assert_eq!(ex.extract("up 5%").len(), 1);
    /// ```
    pub fn new() -> Extractor {
        ExtractorBuilder::default()
            .build()
            .unwrap_or_else(|_| unreachable!("the default options are valid"))
    }

    /// A process-wide extractor with default options, built on first use.
    ///
    /// # Example
    ///
    /// ```
    /// let n = finfacts::Extractor::shared().extract("$5 million").len();
    /// assert_eq!(n, 1);
    /// ```
    pub fn shared() -> &'static Extractor {
        static SHARED: OnceLock<Extractor> = OnceLock::new();
        SHARED.get_or_init(Extractor::new)
    }

    /// A builder to set options.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Extractor, Kind};
    /// let ex = Extractor::builder().kinds(&[Kind::Money]).build()?;
    /// assert!(ex.extract("up 5%").is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts the entities of `text`, in document order, non-overlapping within a kind.
    ///
    /// Never fails and never panics: text that holds nothing yields an empty vector.
    ///
    /// # Example
    ///
    /// ```
    /// let entities = finfacts::Extractor::new().extract("Revenue rose 20% in Q4 2024.");
    /// let texts: Vec<&str> = entities.iter().map(|e| e.text.as_str()).collect();
    /// assert_eq!(texts, ["20%", "Q4 2024"]);
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        // Facts are not returned here, so skip building them.
        self.run(text, self.document_date, false).entities
    }

    /// Extracts the entities of `text` and reports the document date used.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = finfacts::Extractor::new().extract_document("Profit rose last year.");
    /// assert_eq!(doc.document_date, None);
    /// ```
    pub fn extract_document(&self, text: &str) -> Document {
        self.extract_document_dated(text, self.document_date)
    }

    /// Extracts the entities of `text`, resolving relative periods against `date`
    /// (which overrides the builder's document date for this call).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let date = NaiveDate::from_ymd_opt(2025, 10, 14);
    /// let doc = finfacts::Extractor::new().extract_document_dated("sales this year", date);
    /// let finfacts::Value::Period(p) = &doc.entities[0].value else { panic!() };
    /// assert_eq!(p.start.unwrap().to_string(), "2025-01-01");
    /// ```
    pub fn extract_document_dated(&self, text: &str, date: Option<NaiveDate>) -> Document {
        self.run(text, date, self.facts)
    }

    fn run(&self, text: &str, date: Option<NaiveDate>, facts: bool) -> Document {
        let mut buffers = RunBuffers::take();
        let tokens = Tokens::with_buffer(text, std::mem::take(&mut buffers.tokens));
        let document_date = date.or_else(|| {
            if self.detect_dateline {
                period::dateline(&tokens)
            } else {
                None
            }
        });
        let want = |k: Kind| self.kinds & k.bit() != 0;
        let [money, percents, periods, companies] = &mut buffers.entities;
        if want(Kind::Money) {
            money::find(&tokens, &self.currency, money);
        }
        if want(Kind::Percent) || want(Kind::Period) {
            list_starts(&tokens, &mut buffers.units, &mut buffers.period_starts);
        }
        if want(Kind::Percent) {
            percent::find_at_units(&tokens, &buffers.units, percents);
        }
        if want(Kind::Period) {
            let ctx = PeriodContext {
                doc_date: document_date,
                fiscal_year_end: self.fiscal_year_end,
                date_order: self.date_order,
            };
            period::find_at_starts(&tokens, &ctx, &buffers.period_starts, periods);
        }
        if want(Kind::Company) {
            self.companies.find(&tokens, companies);
        }
        let mut entities = merge(&mut buffers.entities, &mut buffers.spans);
        if !self.company_fiscal_year_ends.is_empty() {
            self.date_company_fiscal_periods(text, document_date, &mut entities);
        }
        let facts = if facts {
            fact::find(&tokens, &entities)
        } else {
            Vec::new()
        };
        buffers.tokens = tokens.into_buffer();
        buffers.keep();
        Document {
            entities,
            document_date,
            facts,
        }
    }

    /// Dates fiscal periods with the fiscal year end of the company they follow: the
    /// nearest company mention before the period, within the same paragraph, whose name
    /// or canonical name was given to
    /// [`ExtractorBuilder::company_fiscal_year_end`].
    fn date_company_fiscal_periods(
        &self,
        text: &str,
        doc_date: Option<NaiveDate>,
        entities: &mut [Entity],
    ) {
        let mut current: Option<(u32, u32)> = None;
        let mut paragraph_start = 0;
        for entity in entities.iter_mut() {
            let span = entity.span;
            // A blank line between mentions starts a new paragraph.
            if text
                .get(paragraph_start..span.start)
                .is_some_and(|gap| gap.contains("\n\n"))
            {
                current = None;
            }
            paragraph_start = span.end;
            match &entity.value {
                Value::Company(c) => {
                    let names = [Some(c.name.as_str()), c.canonical.as_deref()];
                    current = self
                        .company_fiscal_year_ends
                        .iter()
                        .find(|(n, _)| names.iter().flatten().any(|m| m.eq_ignore_ascii_case(n)))
                        .map(|(_, fye)| *fye)
                        .or(current);
                }
                Value::Period(p) if p.fiscal && p.start.is_none() && p.end.is_none() => {
                    let Some(fye) = current else { continue };
                    let ctx = PeriodContext {
                        doc_date,
                        fiscal_year_end: Some(fye),
                        date_order: self.date_order,
                    };
                    let sub = entity.text.clone();
                    let mut again = Vec::new();
                    period::find(&Tokens::new(&sub), &ctx, &mut Vec::new(), &mut again);
                    if let [one] = again.as_slice() {
                        if one.span.len() == sub.len() {
                            entity.value = one.value.clone();
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Extracts many documents in parallel (with the default `rayon` feature; serially
    /// without it). Results are in input order.
    ///
    /// # Example
    ///
    /// ```
    /// let docs = ["up 5%", "$3 billion"];
    /// let results = finfacts::Extractor::new().extract_many(&docs);
    /// assert_eq!(results.len(), 2);
    /// assert_eq!(results[1][0].text, "$3 billion");
    /// ```
    pub fn extract_many<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Vec<Entity>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.extract(t.as_ref())).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.extract(t.as_ref())).collect()
        }
    }
}

/// The vectors a run fills and empties again, lent from one run to the next on a thread:
/// new ones per document would be allocated, regrown and freed each time, and their
/// memory would be cold. A thread keeps at most about 0.5 MiB of them (see the
/// `MAX_KEPT_` limits).
struct RunBuffers {
    tokens: Vec<Token>,
    /// The entities of each kind, in the order `merge` takes them.
    entities: [Vec<Entity>; 4],
    /// The spans `merge` tests for overlaps.
    spans: [Vec<Span>; 3],
    /// The tokens that can start a percent unit (see `list_starts`).
    units: Vec<usize>,
    /// The tokens a period rule may start at (see `list_starts`).
    period_starts: Vec<usize>,
}

thread_local! {
    static RUN_BUFFERS: Cell<RunBuffers> = const { Cell::new(RunBuffers::new()) };
}

/// The most tokens a kept token vector holds room for (256 KiB of 32-byte tokens,
/// enough for texts of about 32 KB, several times a long news article): one that a
/// giant text grew is dropped rather than held by the thread.
const MAX_KEPT_TOKENS: usize = 1 << 13;

/// The most entities a kept list of one kind holds room for (about 46 KiB).
const MAX_KEPT_ENTITIES: usize = 1 << 8;

/// The most spans a kept list of spans holds room for (16 KiB).
const MAX_KEPT_SPANS: usize = 1 << 10;

/// The most token positions a kept list holds room for (16 KiB, the period rules'
/// starts in a text of about 24K tokens).
const MAX_KEPT_POSITIONS: usize = 1 << 11;

impl RunBuffers {
    const fn new() -> RunBuffers {
        RunBuffers {
            tokens: Vec::new(),
            entities: [const { Vec::new() }; 4],
            spans: [const { Vec::new() }; 3],
            units: Vec::new(),
            period_starts: Vec::new(),
        }
    }

    /// This thread's buffers, or new ones when they are lent out already (a run inside
    /// a run) or the thread is exiting.
    fn take() -> RunBuffers {
        RUN_BUFFERS
            .try_with(|kept| kept.replace(RunBuffers::new()))
            .unwrap_or(RunBuffers::new())
    }

    /// Keeps the buffers, emptied, for the next run on this thread; any that grew larger
    /// than documents usually need is dropped instead.
    fn keep(self) {
        let RunBuffers {
            tokens,
            entities,
            spans,
            units,
            period_starts,
        } = self;
        let kept = RunBuffers {
            tokens: emptied_unless_larger(tokens, MAX_KEPT_TOKENS),
            entities: entities.map(|list| emptied_unless_larger(list, MAX_KEPT_ENTITIES)),
            spans: spans.map(|list| emptied_unless_larger(list, MAX_KEPT_SPANS)),
            units: emptied_unless_larger(units, MAX_KEPT_POSITIONS),
            period_starts: emptied_unless_larger(period_starts, MAX_KEPT_POSITIONS),
        };
        // At thread exit there is nothing to keep them for.
        let _ = RUN_BUFFERS.try_with(|slot| slot.set(kept));
    }
}

/// Lists the tokens the percent and period passes start from, in one walk over the
/// tokens: `units`, those that can start a percent unit (`percent::may_be_unit`), and
/// `period_starts`, those a period rule may start at (`period::is_rule_start`). Each list
/// is emptied first.
///
/// Units are rare and rule starts are about one token in twelve: a token with none of
/// either pass's class bits, most tokens, costs one test, and the walk goes four tokens
/// a step. Two walks, or a search re-entered at each start, cost about twice as much.
/// Kept out of line: inlined into `Extractor::run`, the loop compiled to more
/// instructions.
#[inline(never)]
fn list_starts(t: &Tokens<'_>, units: &mut Vec<usize>, period_starts: &mut Vec<usize>) {
    const EITHER: u16 = percent::UNIT_CLASSES | period::START_CLASSES;
    units.clear();
    period_starts.clear();
    let mut visit = |k: usize, x: &Token| {
        if x.class & EITHER != 0 {
            if period::is_rule_start(t, k, x) {
                period_starts.push(k);
            }
            if percent::may_be_unit(x) {
                units.push(k);
            }
        }
    };
    let mut chunks = t.toks.chunks_exact(4);
    let mut at = 0;
    for four in chunks.by_ref() {
        if let [a, b, c, d] = four {
            visit(at, a);
            visit(at + 1, b);
            visit(at + 2, c);
            visit(at + 3, d);
        }
        at += 4;
    }
    for (j, x) in chunks.remainder().iter().enumerate() {
        visit(at + j, x);
    }
}

/// `v` emptied, or a new vector if `v` has room for more than `max` items.
fn emptied_unless_larger<T>(mut v: Vec<T>, max: usize) -> Vec<T> {
    if v.capacity() > max {
        return Vec::new();
    }
    v.clear();
    v
}

/// Merges the per-kind lists (money, percentages, periods, companies) into document order,
/// leaving them empty (with their allocations, for the next document). Money and
/// percentages win over periods and companies they overlap ("$2025" is money, not a year);
/// equivalence links between money entities are renumbered to indices in the merged list.
///
/// `spans` are lists to work in, of any content: their allocations are reused.
fn merge(kinds: &mut [Vec<Entity>; 4], spans: &mut [Vec<Span>; 3]) -> Vec<Entity> {
    spans.iter_mut().for_each(Vec::clear);
    let [money, percents, periods, companies] = kinds;
    let [money_spans, percent_spans, claimed] = spans;
    // `claimed` is in document order; find the first span that could overlap.
    let overlaps_any = |e: &Entity, claimed: &[Span]| {
        let i = claimed.partition_point(|c| c.end <= e.span.start);
        claimed.get(i).is_some_and(|c| c.overlaps(e.span))
    };
    // Overlaps are tested on spans alone, so entities (large records) move only once,
    // into the merged list.
    money_spans.extend(money.iter().map(|e| e.span));
    percents.retain(|p| !overlaps_any(p, money_spans));
    percent_spans.extend(percents.iter().map(|e| e.span));
    merge_in_order([money_spans, percent_spans], |s| *s, claimed);
    periods.retain(|p| !overlaps_any(p, claimed));
    companies.retain(|c| !overlaps_any(c, claimed));
    let total = kinds.iter().map(Vec::len).sum();
    let mut all = Vec::with_capacity(total);
    merge_in_order(kinds.each_mut(), |e| e.span, &mut all);
    renumber_equivalents(&mut all);
    all
}

/// Moves the items of lists that are each in document order onto the end of `out`, in
/// document order (by start, then end); on equal spans the earlier list's item comes
/// first.
fn merge_in_order<T, const N: usize>(
    lists: [&mut Vec<T>; N],
    span: impl Fn(&T) -> Span,
    out: &mut Vec<T>,
) {
    let total = lists.iter().map(|list| list.len()).sum();
    out.reserve(total);
    // Each list's next item is read in place, so that each item (a large record) moves
    // once, into the output. The sort key of each list's next item is kept until the item
    // is taken; an empty list sorts after every item.
    let key = |items: &std::vec::Drain<'_, T>| {
        items.as_slice().first().map_or((true, 0, 0), |item| {
            let s = span(item);
            (false, s.start, s.end)
        })
    };
    let mut rest = lists.map(|list| list.drain(..));
    let mut keys = rest.each_ref().map(key);
    for _ in 0..total {
        let first = first_smallest(&keys);
        let (Some(items), Some(k)) = (rest.get_mut(first), keys.get_mut(first)) else {
            break;
        };
        let Some(item) = items.next() else { break };
        out.push(item);
        *k = key(items);
    }
}

/// The index of the first of the smallest keys (0 when there are none). A plain loop:
/// `Iterator::min_by_key` compiled to several times the instructions in the merge.
fn first_smallest<K: Ord>(keys: &[K]) -> usize {
    let mut first = 0;
    for (i, k) in keys.iter().enumerate().skip(1) {
        if keys.get(first).is_some_and(|best| k < best) {
            first = i;
        }
    }
    first
}

/// Money entities store `equivalent_of` as an index among money entities; turn it into
/// an index into the merged list.
fn renumber_equivalents(all: &mut [Entity]) {
    let is_equivalent =
        |e: &Entity| matches!(&e.value, Value::Money(m) if m.equivalent_of.is_some());
    // Most documents have none: they need no table of positions.
    if !all.iter().any(is_equivalent) {
        return;
    }
    let money_positions: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.value, Value::Money(_)))
        .map(|(i, _)| i)
        .collect();
    for e in all.iter_mut() {
        if let Value::Money(m) = &mut e.value {
            if let Some(k) = m.equivalent_of {
                m.equivalent_of = money_positions.get(k).copied();
            }
        }
    }
}

/// Options for an [`Extractor`].
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Kind, CompanyEntry};
///
/// let ex = Extractor::builder()
///     .kinds(&[Kind::Money, Kind::Period])
///     .document_date_str("2025-10-14")?
///     .fiscal_year_end(3, 31)?
///     .company(CompanyEntry::new("Acme Corp.")?)
///     .build()?;
/// assert_eq!(ex.extract("this year").len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    kinds: u8,
    document_date: Option<NaiveDate>,
    detect_dateline: bool,
    fiscal_year_end: Option<(u32, u32)>,
    company_fiscal_year_ends: Vec<(String, (u32, u32))>,
    date_order: Option<DateOrder>,
    currency: CurrencyDefaults,
    companies: Vec<CompanyEntry>,
    facts: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            kinds: Kind::ALL.iter().fold(0, |acc, k| acc | k.bit()),
            document_date: None,
            detect_dateline: true,
            fiscal_year_end: None,
            company_fiscal_year_ends: Vec::new(),
            date_order: None,
            currency: CurrencyDefaults::default(),
            companies: Vec::new(),
            facts: true,
        }
    }
}

impl ExtractorBuilder {
    /// Extracts only these kinds.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Extractor, Kind};
    /// let ex = Extractor::builder().kinds(&[Kind::Percent]).build()?;
    /// assert_eq!(ex.extract("$5 million, up 5%").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kinds(mut self, kinds: &[Kind]) -> ExtractorBuilder {
        self.kinds = kinds.iter().fold(0, |acc, k| acc | k.bit());
        self
    }

    /// The date the documents were written, for relative periods ("this year").
    ///
    /// # Example
    ///
    /// ```
    /// let date = chrono::NaiveDate::from_ymd_opt(2025, 10, 14).unwrap();
    /// let ex = finfacts::Extractor::builder().document_date(date).build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn document_date(mut self, date: NaiveDate) -> ExtractorBuilder {
        self.document_date = Some(date);
        self
    }

    /// The document date as `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// Returns an error when `date` is not a valid `YYYY-MM-DD` date.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finfacts::Extractor::builder().document_date_str("2025-02-30").is_err());
    /// ```
    pub fn document_date_str(self, date: &str) -> Result<ExtractorBuilder, Error> {
        let d = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| Error::invalid_date(date))?;
        Ok(self.document_date(d))
    }

    /// Whether to take the document date from a dateline at the top of the text when no
    /// date is given (default: yes).
    ///
    /// # Example
    ///
    /// ```
    /// let ex = finfacts::Extractor::builder().detect_dateline(false).build()?;
    /// let doc = ex.extract_document("October 14, 2025\ntext");
    /// assert_eq!(doc.document_date, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn detect_dateline(mut self, yes: bool) -> ExtractorBuilder {
        self.detect_dateline = yes;
        self
    }

    /// The default fiscal year end (month, day), used to date fiscal periods. A year end
    /// of February 29 ends common years on February 28.
    ///
    /// # Errors
    ///
    /// Returns an error when the month and day are not a valid date in a leap year.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Extractor, Value};
    /// let ex = Extractor::builder().fiscal_year_end(3, 31)?.build()?;
    /// let Value::Period(p) = &ex.extract("fiscal 2025")[0].value else { panic!() };
    /// assert_eq!(p.start.unwrap().to_string(), "2024-04-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fiscal_year_end(mut self, month: u32, day: u32) -> Result<ExtractorBuilder, Error> {
        if !period::is_year_end(month, day) {
            return Err(Error::invalid_fiscal_year_end(&format!(
                "{month:02}-{day:02}"
            )));
        }
        self.fiscal_year_end = Some((month, day));
        Ok(self)
    }

    /// The fiscal year end of one company, used to date fiscal periods that follow a
    /// mention of it (by name as written or canonical name, ignoring case).
    ///
    /// # Errors
    ///
    /// Returns an error when `company` is empty or the month and day are not a valid
    /// date in a leap year.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{CompanyEntry, Extractor, Value};
    /// let ex = Extractor::builder()
    ///     .company(CompanyEntry::new("Zyxel Widgets")?)
    ///     .company_fiscal_year_end("Zyxel Widgets", 3, 31)?
    ///     .build()?;
    /// let found = ex.extract("Zyxel Widgets said fiscal 2025 sales rose.");
    /// let Value::Period(p) = &found[1].value else { panic!() };
    /// assert_eq!(p.start.unwrap().to_string(), "2024-04-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn company_fiscal_year_end(
        mut self,
        company: &str,
        month: u32,
        day: u32,
    ) -> Result<ExtractorBuilder, Error> {
        if company.trim().is_empty() {
            return Err(Error::empty_company_name());
        }
        if !period::is_year_end(month, day) {
            return Err(Error::invalid_fiscal_year_end(&format!(
                "{month:02}-{day:02}"
            )));
        }
        self.company_fiscal_year_ends
            .push((company.trim().to_string(), (month, day)));
        Ok(self)
    }

    /// How to read numeric dates like "09/10/2025" whose order the numbers do not
    /// reveal (default: such dates are skipped).
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{DateOrder, Extractor};
    /// let ex = Extractor::builder().date_order(DateOrder::MonthFirst).build()?;
    /// assert_eq!(ex.extract("on 09/10/2025").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date_order(mut self, order: DateOrder) -> ExtractorBuilder {
        self.date_order = Some(order);
        self
    }

    /// Adds a caller-supplied company; these win over the embedded list.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Extractor, CompanyEntry};
    /// let ex = Extractor::builder().company(CompanyEntry::new("Zyxel Widgets")?).build()?;
    /// assert_eq!(ex.extract("Zyxel Widgets said").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn company(mut self, entry: CompanyEntry) -> ExtractorBuilder {
        self.companies.push(entry);
        self
    }

    /// Adds many caller-supplied companies.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Extractor, CompanyEntry};
    /// let list = vec![CompanyEntry::new("Zyxel Widgets")?, CompanyEntry::new("Qorvix Labs")?];
    /// let ex = Extractor::builder().companies(list).build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn companies<I: IntoIterator<Item = CompanyEntry>>(
        mut self,
        entries: I,
    ) -> ExtractorBuilder {
        self.companies.extend(entries);
        self
    }

    /// The currency a bare `$` or "dollars" means when the text does not say
    /// (default: decided from the document, else US dollars).
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Currency, Extractor, Value};
    /// let ex = Extractor::builder().dollar(Currency::from_code("CAD").unwrap()).build()?;
    /// let Value::Money(m) = &ex.extract("$5 million")[0].value else { panic!() };
    /// assert_eq!(m.currency.unwrap().code(), "CAD");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dollar(mut self, currency: Currency) -> ExtractorBuilder {
        self.currency.dollar = Some(currency);
        self
    }

    /// The currency a bare `¥` means (default: yuan in text about China, else yen).
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Currency, Extractor};
    /// let ex = Extractor::builder().yen(Currency::JPY).build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn yen(mut self, currency: Currency) -> ExtractorBuilder {
        self.currency.yen = Some(currency);
        self
    }

    /// The currency "kr" means (default: from the document, else unresolved).
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::{Currency, Extractor};
    /// let ex = Extractor::builder().krona(Currency::from_code("SEK").unwrap()).build()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn krona(mut self, currency: Currency) -> ExtractorBuilder {
        self.currency.krona = Some(currency);
        self
    }

    /// Whether [`Extractor::extract_document`] also links entities into [`Fact`]s
    /// (default: yes). [`Extractor::extract`] never builds facts.
    ///
    /// # Example
    ///
    /// ```
    /// let ex = finfacts::Extractor::builder().facts(false).build()?;
    /// assert!(ex.extract_document("Meta will invest $65 billion in 2025.").facts.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn facts(mut self, yes: bool) -> ExtractorBuilder {
        self.facts = yes;
        self
    }

    /// Builds the extractor.
    ///
    /// # Errors
    ///
    /// Returns an error when no entity kind is selected.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finfacts::Extractor::builder().kinds(&[]).build().is_err());
    /// ```
    pub fn build(self) -> Result<Extractor, Error> {
        if self.kinds == 0 {
            return Err(Error::no_kinds());
        }
        Ok(Extractor {
            kinds: self.kinds,
            document_date: self.document_date,
            detect_dateline: self.detect_dateline,
            fiscal_year_end: self.fiscal_year_end,
            company_fiscal_year_ends: self.company_fiscal_year_ends,
            date_order: self.date_order,
            currency: self.currency,
            companies: CompanyFinder::new(&self.companies),
            facts: self.facts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        assert_send_sync::<Document>();
    }

    #[test]
    fn money_wins_over_year() {
        let got = Extractor::new().extract("paid $2025 in fees");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].kind(), Kind::Money);
    }

    #[test]
    fn february_29_year_end_dates_common_years() {
        let ex = Extractor::builder()
            .fiscal_year_end(2, 29)
            .unwrap()
            .build()
            .unwrap();
        let dates = |text: &str| match &ex.extract(text)[0].value {
            Value::Period(p) => (p.start.map(|d| d.to_string()), p.end.map(|d| d.to_string())),
            other => panic!("{other:?}"),
        };
        let day = |d: &str| Some(d.to_string());
        assert_eq!(dates("fiscal 2025"), (day("2024-03-01"), day("2025-02-28")));
        assert_eq!(dates("fiscal 2024"), (day("2023-03-01"), day("2024-02-29")));
    }

    #[test]
    fn run_buffers_are_lent_once_and_kept_unless_huge() {
        let mut lent = RunBuffers::new();
        lent.tokens.reserve_exact(100);
        lent.entities[1].reserve_exact(10);
        lent.period_starts.reserve_exact(20);
        let acme = Value::Company(crate::entity::Company::named("Acme"));
        lent.entities[1].push(Entity::new("Acme", Span::new(0, 4), acme));
        lent.keep();
        let lent = RunBuffers::take();
        assert_eq!(lent.tokens.capacity(), 100);
        assert_eq!(lent.entities[1].capacity(), 10);
        assert!(lent.entities[1].is_empty());
        assert_eq!(lent.period_starts.capacity(), 20);
        // Lent out: a run inside a run gets buffers of its own.
        assert_eq!(RunBuffers::take().tokens.capacity(), 0);
        lent.keep();
        let mut huge = RunBuffers::take();
        huge.tokens.reserve_exact(MAX_KEPT_TOKENS + 1);
        huge.entities[3].reserve_exact(MAX_KEPT_ENTITIES + 1);
        huge.spans[2].reserve_exact(MAX_KEPT_SPANS + 1);
        huge.units.reserve_exact(MAX_KEPT_POSITIONS + 1);
        huge.keep();
        let kept = RunBuffers::take();
        assert_eq!(kept.tokens.capacity(), 0);
        assert_eq!(kept.entities[1].capacity(), 10);
        assert_eq!(kept.entities[3].capacity(), 0);
        assert_eq!(kept.spans[2].capacity(), 0);
        assert_eq!(kept.units.capacity(), 0);
    }

    #[test]
    fn runs_on_kept_buffers_extract_what_fresh_runs_do() {
        let ex = Extractor::new();
        let texts = [
            "Revenue rose 12% to $3.4 billion in the third quarter of 2025.\nAcme Corp. said",
            "",
            "up 5%",
            "Net income fell 3% to $120 million (≈¥17 billion) in 2024.",
        ];
        for text in texts {
            let kept = RunBuffers::take();
            let fresh = ex.extract_document(text);
            kept.keep();
            assert_eq!(ex.extract_document(text), fresh, "{text:?}");
        }
    }

    #[test]
    fn list_starts_lists_what_each_pass_accepts_in_order() {
        // Lengths around the walk's step of four, so every remainder is walked.
        let text = "In the first quarter of fiscal 2025, a 5% gain over the next three years \
                    and 3 percent in 2024, $4, 40 bps during the half";
        let t = Tokens::new(text);
        let (mut units, mut starts) = (vec![7], vec![7]);
        for n in 0..=t.len() {
            let head = Tokens {
                text,
                toks: t.toks[..n].to_vec(),
            };
            list_starts(&head, &mut units, &mut starts);
            let listed = |accepts: &dyn Fn(usize, &Token) -> bool| -> Vec<usize> {
                (0..n).filter(|&k| accepts(k, &head.toks[k])).collect()
            };
            assert_eq!(units, listed(&|_, x| percent::may_be_unit(x)), "{n} tokens");
            let rule_start = |k, x: &Token| period::is_rule_start(&head, k, x);
            assert_eq!(starts, listed(&rule_start), "{n} tokens");
        }
        assert!(!units.is_empty() && starts.len() > units.len());
    }

    #[test]
    fn merge_in_order_keeps_document_order_and_list_priority() {
        let s = Span::new;
        let lists = [
            vec![(s(0, 2), 'a'), (s(5, 9), 'a')],
            vec![(s(0, 2), 'b'), (s(3, 4), 'b')],
            vec![],
            vec![(s(0, 1), 'd'), (s(5, 9), 'd'), (s(10, 11), 'd')],
        ];
        let [mut a, mut b, mut c, mut d] = lists;
        let mut merged = vec![(s(0, 0), 'x')];
        merge_in_order(
            [&mut a, &mut b, &mut c, &mut d],
            |(span, _)| *span,
            &mut merged,
        );
        let merged: String = merged.into_iter().map(|(_, c)| c).collect();
        assert_eq!(merged, "xdabbadd");
        assert!([a, b, c, d].iter().all(Vec::is_empty));
    }

    #[test]
    fn first_smallest_takes_the_first_of_equal_keys() {
        assert_eq!(first_smallest::<u8>(&[]), 0);
        assert_eq!(first_smallest(&[3]), 0);
        assert_eq!(first_smallest(&[3, 1, 2, 1]), 1);
        assert_eq!(first_smallest(&[(false, 5), (false, 2), (true, 0)]), 1);
    }

    #[test]
    fn equivalents_point_into_merged_list() {
        let text = "In 2025 Alibaba will pour ¥380 billion (≈$53B) into AI.";
        let got = Extractor::new().extract(text);
        let idx = got.iter().position(|e| e.text == "$53B").unwrap();
        let Value::Money(m) = &got[idx].value else {
            panic!()
        };
        let target = m.equivalent_of.unwrap();
        assert_eq!(got[target].text, "¥380 billion");
    }
}
