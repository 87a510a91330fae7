//! Periods: quarters, halves, years, fiscal years, months, days, ranges, durations and
//! periods relative to the document date, as inclusive `chrono` dates.
//!
//! Resolution rules:
//! - Quarters and halves are calendar periods unless the text says fiscal; a fiscal
//!   period gets dates only when the fiscal year end is known (builder option, or stated
//!   in the text: "fiscal year ending March 31"). A fiscal year is named after the
//!   calendar year it ends in (fiscal 2025 with a March 31 year end runs from April 1,
//!   2024 to March 31, 2025).
//! - A quarter, half or month-named quarter or half without a year ("the fourth
//!   quarter", "the June quarter", "the December half", July to December) is the latest
//!   such period that has begun by the document date: the one under way, else the last
//!   one that ended. A possessive year names the year ("2026's first quarter"); "fiscal
//!   Q2" is the company's quarter, undated without its fiscal year.
//! - A month or day without a year takes the document date's year.
//! - "this/last/next year|quarter|month|week" resolve against the document date;
//!   without one they are reported with null dates.
//! - "quarter ended June 30" is the three months ending that day; when the day is not a
//!   month end only `end` is known.
//! - "2024/25" and "2024-25" (consecutive years) name one fiscal year whose bounds the
//!   text does not give; "2023-2025" and "from 2023 to 2025" are ranges of years.
//! - "Q1-Q3 2025" and "Q2 to Q4" are ranges of quarters, dated by the last one.
//! - "from April 1 to June 30" and "between Dec. 1 and Feb. 28, 2025" are ranges of days;
//!   the first day takes the last one's year when it has none, so that it comes first.
//! - Comparison periods ("a year earlier", "two quarters ago", "the year-ago quarter",
//!   "the same period last year") are the period named before them in the paragraph,
//!   moved back, and are marked `comparison`; "in the quarter" is that quarter again,
//!   and "the full year" the year that holds the period. With no period in
//!   reach their dates are unknown (see `referring`).
//! - Durations ("three years", "a three-year plan") carry their length in `months` or
//!   `days`; "the next three years", "the past decade", "the past 52 weeks" and "over
//!   the past year" (the twelve months to the document date, where "last year" is the
//!   calendar year) are anchored to the document date when there is one.
//! - A weekday named alone ("shares fell on Friday", "will vote on Tuesday") is the last
//!   such day on or before the document date, or the next on or after it, as the tense
//!   of its sentence says (see `weekday`).
//!
//! A four-digit number is a year only between 1900 and 2100, written without grouping,
//! not glued to letters or digits, and not followed by a count noun ("2025 employees").

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use crate::entity::{Entity, Grain, Period, Span, Value};
use crate::number::{self, lower_ascii, Scales};
use crate::token::{self, TokKind, Token, Tokens};

mod referring;
mod weekday;

/// What periods are resolved against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PeriodContext {
    /// The date the document was written.
    pub doc_date: Option<NaiveDate>,
    /// The fiscal year end (month, day) for fiscal periods.
    pub fiscal_year_end: Option<(u32, u32)>,
    /// How to read numeric dates whose day and month are both 12 or less.
    pub date_order: Option<DateOrder>,
}

/// The order of day and month in numeric dates such as "09/10/2025".
///
/// Numeric dates whose order the numbers themselves reveal ("9/24/2025") are always
/// read; ambiguous ones with slashes only when the caller sets an order. Dotted dates
/// ("03.11.2025") are the European style and read day first unless the caller sets
/// `MonthFirst`.
///
/// # Example
///
/// ```
/// use finfacts::{DateOrder, Extractor, Value};
/// let ex = Extractor::builder().date_order(DateOrder::DayFirst).build()?;
/// let Value::Period(p) = &ex.extract("due 09/10/2025")[0].value else { panic!() };
/// assert_eq!(p.start.unwrap().to_string(), "2025-10-09");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// Month, day, year: "09/10/2025" is September 10 (US usage).
    MonthFirst,
    /// Day, month, year: "09/10/2025" is 9 October (European usage).
    DayFirst,
}

/// A matched period: token range and record.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    start: usize,
    end: usize,
    period: Period,
}

/// Finds periods and appends them to `out` in document order, listing the rules' starts
/// itself (the extractor lists them in its walk for the percent units) in `starts`, a
/// list to work in, of any content: its allocation is reused.
pub(crate) fn find(
    t: &Tokens<'_>,
    ctx: &PeriodContext,
    starts: &mut Vec<usize>,
    out: &mut Vec<Entity>,
) {
    starts.clear();
    starts.extend((0..t.len()).filter(|&k| t.get(k).is_some_and(|x| is_rule_start(t, k, x))));
    find_at_starts(t, ctx, starts, out);
}

/// Finds periods and appends them to `out` in document order; `starts` are the tokens a
/// rule may start at (those `is_rule_start` accepts), in order.
///
/// Rules start only at numbers and at words the lexicon marks, about one token in
/// twelve: the extractor lists them in one walk with the percent pass's units (see
/// `extractor::list_starts`), for the fiscal-year-end search and the rules.
pub(crate) fn find_at_starts(
    t: &Tokens<'_>,
    ctx: &PeriodContext,
    starts: &[usize],
    out: &mut Vec<Entity>,
) {
    let mut ctx = *ctx;
    if ctx.fiscal_year_end.is_none() {
        ctx.fiscal_year_end = stated_fiscal_year_end(t, starts);
    }
    // The last period a comparison ("a year earlier") can move back: its end token and
    // its index in `out`.
    let mut reference: Option<(usize, usize)> = None;
    // Where the last period found ends: a comparison may start at the article before
    // its rule's start, but not inside that period.
    let mut last_end = 0;
    let mut c = 0;
    while let Some(&i) = starts.get(c) {
        c += 1;
        let found = match match_at(t, i, &ctx) {
            Some(Matched::Period(mut f)) if f.end > f.start => {
                // "the corresponding period in 2007": that year is the comparison's.
                f.period.comparison |=
                    f.period.grain == Grain::Year && referring::compared_year(t, f.start);
                f
            }
            // A comparison may start at the article before `i`, but not inside the last
            // period.
            Some(Matched::Referring(m)) if m.start >= last_end => {
                // "the prior year" takes a period of its own sentence only: "founded in
                // 2010. Revenue rose from the prior year" is not 2009.
                let before = reference
                    .filter(|&(end, _)| in_reach(t, end, m.start))
                    .filter(|&(end, _)| !m.dated_by_document() || same_sentence(t, end, m.start))
                    .and_then(|(_, at)| match &out.get(at)?.value {
                        Value::Period(p) => Some(p),
                        _ => None,
                    })
                    .filter(|p| m.takes(p));
                if before.is_none() && m.dated_by_document() {
                    // "the prior quarter" with no quarter before it: last quarter.
                    match relative_at(t, i, &ctx) {
                        Some(f) => f,
                        None => continue,
                    }
                } else {
                    Found {
                        start: m.start,
                        end: m.end,
                        period: m.resolve(before, ctx.fiscal_year_end),
                    }
                }
            }
            _ => continue,
        };
        if referring::is_reference(&found.period) {
            reference = Some((found.end, out.len()));
        }
        last_end = found.end;
        out.push(Entity::new(
            t.text,
            Span::new(t.start(found.start), t.end(found.end - 1)),
            Value::Period(found.period),
        ));
        // Go on from the period's end: the first start at or after it.
        c = starts.partition_point(|&k| k < found.end);
    }
}

/// Whether a period ending before token `end` is in reach of a comparison starting at
/// token `at`: in the same paragraph (line), at most `COMPARISON_REACH` tokens before.
fn in_reach(t: &Tokens<'_>, end: usize, at: usize) -> bool {
    at.checked_sub(end)
        .is_some_and(|gap| gap <= COMPARISON_REACH)
        && (end..=at).all(|k| t.get(k).is_some_and(|x| !x.newline_before))
}

/// Whether no sentence (or clause after a semicolon) ends between tokens `end` and `at`.
fn same_sentence(t: &Tokens<'_>, end: usize, at: usize) -> bool {
    (end..at).all(|k| t.get(k).is_none_or(|x| !splits_sentence(x)))
}

/// Whether token `x` ends a sentence, or a clause after a semicolon.
fn splits_sentence(x: &Token) -> bool {
    token::is_sentence_end(x.kind) || x.is_sym(';')
}

/// How many tokens back a comparison looks for the period it moves back: about two
/// sentences of news.
const COMPARISON_REACH: usize = 60;

/// Whether a rule may start at token `k`, which is `x`: those `may_start_rule` accepts,
/// but for connectors alone.
pub(crate) fn is_rule_start(t: &Tokens<'_>, k: usize, x: &Token) -> bool {
    may_start_rule(x) && !is_connector_alone(t, k)
}

/// The class bits of which a token a rule may start at has one (see `may_start_rule`):
/// the tokenizer marks numbers there too.
pub(crate) const START_CLASSES: u16 =
    crate::lexicon::CONNECTOR | crate::lexicon::PERIOD_START | token::NUMBER;

/// Whether a rule may start at `x`: a number, or a word the lexicon marks as a connector
/// or a period word, other than an article.
fn may_start_rule(x: &Token) -> bool {
    x.class & START_CLASSES != 0 && (x.is_num() || !is_article(x))
}

/// Whether token `k` is a connector ("the", "in") without a relative word after it: it
/// starts a period ("the next three years") only before one.
fn is_connector_alone(t: &Tokens<'_>, k: usize) -> bool {
    t.has_class(k, crate::lexicon::CONNECTOR) && !t.has_class(k + 1, crate::lexicon::RELATIVE)
}

/// Whether a word token is "a" or "an": the only number words of one or two letters (a
/// test checks), and the most frequent period words. They start no rule:
/// `number::number_at` reads them (for "a billion") only before a scale word, which the
/// period rules do not take (`Scales::None`), and no rule compares them, so they are left
/// out of the rules' starts.
fn is_article(x: &Token) -> bool {
    x.class & crate::lexicon::NUMBER_WORD != 0 && x.end - x.start <= 2
}

/// Detects a dateline ("Tuesday, October 14, 2025") in the first lines of a document: the
/// first full date there, preferring one that bounds no period ("the quarter ended Dec.
/// 31, 2025").
pub(crate) fn dateline(t: &Tokens<'_>) -> Option<NaiveDate> {
    // Look only at the first three lines, within the first 300 bytes.
    let ctx = PeriodContext::default();
    let mut lines = 0;
    let mut bound = None;
    for i in 0..t.len() {
        let Some(tok) = t.get(i) else { break };
        if tok.start > 300 {
            break;
        }
        if tok.newline_before {
            lines += 1;
            if lines >= 3 {
                break;
            }
        }
        // Most numbers of a first line are no date's start, and `date_at` would read on
        // from each: the rules' own gate tells so from the token and the next one.
        let may_date = if tok.is_num() {
            Candidates::at_number(t, i).date
        } else {
            Candidates::date_at_word(tok)
        };
        if !may_date {
            continue;
        }
        if let Some(f) = date_at(t, i, &ctx) {
            if f.period.grain == Grain::Day {
                if let (Some(s), true) = (f.period.start, has_year(t, f.start, f.end)) {
                    // "the quarter ended Dec. 31, 2025", "from Jan. 1, 2025": the day
                    // bounds a period the text is about. It stands in for the date of
                    // writing only when no other day does: it is at least of its time.
                    if i > 0 && t.word_in(i - 1, BOUNDING_WORDS) {
                        bound.get_or_insert(s);
                        continue;
                    }
                    return Some(s);
                }
            }
        }
    }
    bound
}

/// Words before a day that make it a bound of a period rather than a dateline.
const BOUNDING_WORDS: &[&str] = &[
    "ended", "ending", "through", "thru", "to", "until", "till", "from", "since", "between", "and",
    "by", "before", "after",
];

fn has_year(t: &Tokens<'_>, start: usize, end: usize) -> bool {
    (start..end).any(|k| t.is_num(k) && t.str(k).len() == 4)
}

fn period(grain: Grain, start: Option<NaiveDate>, end: Option<NaiveDate>) -> Period {
    Period {
        grain,
        start,
        end,
        fiscal: false,
        months: None,
        days: None,
        relative: false,
        fiscal_year: None,
        quarter: None,
        half: None,
        comparison: false,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

fn is_month_end(d: NaiveDate) -> bool {
    d.succ_opt().is_some_and(|n| n.day() == 1)
}

/// Calendar quarter `q` of year `y`.
fn quarter_dates(y: i32, q: u32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    if !(1..=4).contains(&q) {
        return (None, None);
    }
    (ymd(y, 3 * q - 2, 1), month_end(y, 3 * q))
}

/// The first and last day of fiscal year `fy` for a year ending on (month, day).
fn fiscal_year_dates(fy: i32, fye: (u32, u32)) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let end = year_end_in(fy, fye);
    let start = year_end_in(fy - 1, fye).and_then(|d| d.succ_opt());
    (start, end)
}

/// Whether (month, day) can end a fiscal year: a date of a leap year, so February 29 is
/// one (`year_end_in` moves it to February 28 in common years).
pub(crate) fn is_year_end(month: u32, day: u32) -> bool {
    ymd(LEAP_YEAR, month, day).is_some()
}

/// A leap year, for checking month-and-day dates of no particular year.
const LEAP_YEAR: i32 = 2000;

/// The day in calendar year `y` on which a fiscal year ending on (month, day) ends. Year
/// ends are valid dates of a leap year, so the only day that can fall past its month's
/// end is February 29: in common years that year ends on February 28.
fn year_end_in(y: i32, (month, day): (u32, u32)) -> Option<NaiveDate> {
    ymd(y, month, day).or_else(|| month_end(y, month).filter(|last| last.day() < day))
}

/// Fiscal quarter `q` of fiscal year `fy` (q in 1..=4), for a month-end year end.
fn fiscal_quarter_dates(
    fy: i32,
    q: u32,
    fye: (u32, u32),
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let (Some(fy_start), _) = fiscal_year_dates(fy, fye) else {
        return (None, None);
    };
    let start = fy_start.checked_add_months(Months::new(3 * (q - 1)));
    let end = start
        .and_then(|s| s.checked_add_months(Months::new(3)))
        .and_then(|d| d.pred_opt());
    (start, end)
}

fn month_word(w: &str) -> Option<u32> {
    let mut buf = [0u8; 12];
    let l = lower_ascii(w, &mut buf)?;
    // Month names are proper nouns: require a capital ("may" and "march" are verbs).
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some(match l {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn weekday_word(w: &str) -> Option<Weekday> {
    let mut buf = [0u8; 12];
    let l = lower_ascii(w, &mut buf)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    Some(match l {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// A month name at `k` with an optional abbreviation dot; returns (month, next token).
fn month_at(t: &Tokens<'_>, k: usize) -> Option<(u32, usize)> {
    if !t.has_class(k, crate::lexicon::MONTH) {
        return None;
    }
    let w = t.str(k);
    let m = month_word(w)?;
    let abbreviation = matches!(
        w,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    );
    let next = if abbreviation && t.is_sym(k + 1, '.') && t.glued(k + 1) {
        k + 2
    } else {
        k + 1
    };
    // A three-letter abbreviation without its dot ("Mar", "Dec") is too often a name or
    // a word; it counts only before a day or year number, or joined by a hyphen to
    // another month ("Jan-Mar").
    let joined = |dash: usize, other: usize| {
        t.is_sym(dash, '-')
            && t.glued(dash)
            && t.glued(dash + 1)
            && t.has_class(other, crate::lexicon::MONTH)
    };
    if abbreviation
        && w.len() == 3
        && next == k + 1
        && !t.is_num(k + 1)
        && !joined(k + 1, k + 2)
        && !(k >= 2 && joined(k - 1, k - 2))
    {
        return None;
    }
    Some((m, next))
}

fn ordinal_word(w: &str) -> Option<u32> {
    let mut buf = [0u8; 12];
    Some(match lower_ascii(w, &mut buf)? {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// An ordinal at `k`: "fourth", "4th" (number + suffix glued). Returns (n, next).
fn ordinal_at(t: &Tokens<'_>, k: usize) -> Option<(u32, usize)> {
    if t.is_word(k) {
        if !t.has_class(k, crate::lexicon::ORDINAL) {
            return None;
        }
        return ordinal_word(t.str(k)).map(|n| (n, k + 1));
    }
    if t.is_num(k)
        && t.is_word(k + 1)
        && t.glued(k + 1)
        && t.word_in(k + 1, &["st", "nd", "rd", "th"])
    {
        let n: u32 = t.str(k).parse().ok()?;
        return Some((n, k + 2));
    }
    None
}

fn is_count_noun(w: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(l) = lower_ascii(w, &mut buf) else {
        return false;
    };
    matches!(
        l,
        "employees"
            | "workers"
            | "people"
            | "staff"
            | "units"
            | "shares"
            | "cars"
            | "vehicles"
            | "homes"
            | "jobs"
            | "users"
            | "customers"
            | "stores"
            | "tons"
            | "tonnes"
            | "barrels"
            | "points"
            | "models"
            | "hours"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "meters"
            | "metres"
            | "feet"
            | "pounds"
            | "kg"
            | "mw"
            | "gw"
            | "mwh"
            | "gwh"
            | "acres"
            | "hectares"
            | "rooms"
            | "beds"
            | "seats"
            | "members"
            | "votes"
            | "patients"
            | "students"
            | "devices"
            | "phones"
            | "branches"
            | "sites"
            | "outlets"
            | "aircraft"
            | "planes"
            | "ships"
            | "flights"
            | "tests"
            | "cases"
            | "deaths"
            | "times"
            | "copies"
            | "items"
            | "products"
            | "contracts"
            | "projects"
            | "apps"
            | "companies"
            | "firms"
            | "banks"
            | "locations"
            | "offices"
            | "plants"
            | "factories"
            | "mln"
            | "million"
            | "billion"
            | "bn"
            | "dlrs"
            | "dollars"
            | "euros"
            | "yen"
            | "yuan"
            | "pct"
            | "percent"
            | "per"
    )
}

/// A year at token `k`: "2025", or "'24" (apostrophe + two digits). Returns (year, next).
fn year_at(t: &Tokens<'_>, k: usize) -> Option<(i32, usize)> {
    let tok = t.get(k)?;
    if tok.is_num() {
        let s = t.str(k);
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        if !(1900..=2100).contains(&y) {
            return None;
        }
        return Some((y, k + 1));
    }
    if matches!(tok.kind, TokKind::Sym('\'' | '’' | '‘')) && t.is_num(k + 1) && t.glued(k + 1) {
        let s = t.str(k + 1);
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
            return Some((two_digit_year(s.parse().ok()?), k + 2));
        }
    }
    None
}

fn two_digit_year(yy: i32) -> i32 {
    if yy <= 60 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// Whether the year-looking number at `k` stands in year position.
fn year_position_ok(t: &Tokens<'_>, k: usize, end: usize) -> bool {
    let tok = match t.get(k) {
        Some(x) => x,
        None => return false,
    };
    // Glued to letters or digits on either side: an identifier ("A2025", "2025x").
    if tok.glued() && k > 0 {
        let prev = t.get(k - 1).map(|p| p.kind);
        match prev {
            Some(TokKind::Word) | Some(TokKind::Num) => return false,
            Some(TokKind::Sym(
                '$' | '€' | '£' | '¥' | '#' | '.' | ',' | '/' | ':' | '+' | '@' | '_' | '=',
            )) => return false,
            _ => {}
        }
    }
    if let Some(n) = t.get(end) {
        if n.glued() {
            match n.kind {
                TokKind::Word | TokKind::Num => return false,
                TokKind::Sym('%' | '$' | '€' | '_' | '@') => return false,
                // "20:25" is a time, "Fourth Quarter 2025:" a heading.
                TokKind::Sym('.' | ',' | ':') if t.is_num(end + 1) && t.glued(end + 1) => {
                    return false
                }
                _ => {}
            }
        }
        if n.is_word() && is_count_noun(t.str(end)) {
            return false;
        }
        // Street addresses: "2025 Main Street".
        if n.is_word()
            && t.str(end).starts_with(|c: char| c.is_ascii_uppercase())
            && t.word_in(
                end + 1,
                &[
                    "street",
                    "st",
                    "avenue",
                    "ave",
                    "road",
                    "rd",
                    "boulevard",
                    "blvd",
                    "drive",
                    "lane",
                    "way",
                    "suite",
                ],
            )
        {
            return false;
        }
    }
    !(k > 0 && t.word_in(k - 1, NUMBERING_WORDS))
}

/// Words before a number that make it a label, not a year or date: "version 2025",
/// "flight 2025", "page 1.2.2025".
const NUMBERING_WORDS: &[&str] = &[
    "no", "number", "suite", "room", "route", "flight", "model", "version", "pages", "page",
];

fn plain_year(t: &Tokens<'_>, k: usize) -> Option<(i32, usize)> {
    let (y, e) = year_at(t, k)?;
    if t.is_num(k) && !year_position_ok(t, k, e) {
        return None;
    }
    Some((y, e))
}

fn year_period(y: i32) -> Period {
    period(Grain::Year, ymd(y, 1, 1), ymd(y, 12, 31))
}

/// The units of "six months ended June 30" and "three quarters to September".
const MONTHS_OR_QUARTERS: &[&str] = &["months", "month", "mths", "quarters"];

/// What `match_at` found: a period, or a comparison to resolve against the period
/// before it.
enum Matched {
    Period(Found),
    Referring(referring::Referring),
}

/// Tries every period rule at token `i`, longest forms first: a comparison ("a year
/// earlier") before the rules that would read its words as a period of their own.
///
/// Rules run in a fixed order and the first match wins, but most tokens can start only a
/// few of them: `Candidates` rules out the others from the token (and the one after it)
/// before any rule runs.
fn match_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Matched> {
    let tok = t.get(i)?;
    let may = match tok.kind {
        TokKind::Num => Candidates::at_number(t, i),
        TokKind::Word if t.has_class(i, crate::lexicon::CONNECTOR) => {
            // "the", "in", "over" start only "the next three years" and the like, and
            // "the prior quarter", which tells its dates by the period before it.
            if let Some(mut m) = t
                .word_is(i, "the")
                .then(|| referring::unit_before(t, i + 1))
                .flatten()
            {
                m.start = i;
                return Some(Matched::Referring(m));
            }
            return relative_at(t, i, ctx).map(Matched::Period);
        }
        TokKind::Word if t.has_class(i, crate::lexicon::PERIOD_START) => Candidates::at_word(t, i),
        _ => return None,
    };
    if may.referring {
        if let Some(m) = referring::referring_at(t, i) {
            return Some(Matched::Referring(m));
        }
    }
    // Each rule runs only when `may` says it can match. A rule's `Found` is returned as
    // soon as it exists rather than passed down an `or_else` chain, which moved it
    // through every later step.
    type Rule = fn(&Tokens<'_>, usize, &PeriodContext) -> Option<Found>;
    let rules: [(bool, Rule); 10] = [
        (may.relative, relative_at),
        (may.first_months, first_months_at),
        (may.ended, ended_at),
        (may.quarter, quarter_at),
        (may.half, half_at),
        (may.fiscal, fiscal_at),
        (may.date, date_at),
        (may.year_range, |t, i, _| year_range_at(t, i)),
        (may.duration, duration_at),
        (may.boundary, boundary_at),
    ];
    for (possible, rule) in rules {
        if possible {
            if let Some(f) = rule(t, i, ctx) {
                return Some(Matched::Period(f));
            }
        }
    }
    None
}

/// Which rules can match at a token. Each flag is a necessary condition read off the
/// rule's code (the words and token kinds it tests first), never a guess: a rule whose
/// flag is false would have returned `None`, so skipping it changes no result.
#[derive(Debug, Default, Clone, Copy)]
struct Candidates {
    referring: bool,
    relative: bool,
    first_months: bool,
    ended: bool,
    quarter: bool,
    half: bool,
    fiscal: bool,
    date: bool,
    year_range: bool,
    duration: bool,
    boundary: bool,
}

impl Candidates {
    /// The rules that can start at the number `i`, judged by its length and the token
    /// after it. `relative_at`, `first_months_at` and `boundary_at` start with a word.
    #[inline(always)]
    fn at_number(t: &Tokens<'_>, i: usize) -> Candidates {
        let len = t.str(i).len();
        // "14.03.2025": a dotted date is one token, and no other rule reads it.
        if (8..=10).contains(&len) && t.str(i).bytes().filter(|&b| b == b'.').count() == 2 {
            return Candidates {
                date: true,
                ..Candidates::default()
            };
        }
        // A year ("2025") is four digits: `year_at` reads nothing else.
        let four_digits = len == 4;
        let only_year = Candidates {
            year_range: four_digits,
            ..Candidates::default()
        };
        let Some(next) = t.get(i + 1) else {
            return only_year;
        };
        match next.kind {
            TokKind::Word => {}
            // "1986 4th quarter": a year, then an ordinal written as a number.
            TokKind::Num => {
                return Candidates {
                    quarter: four_digits,
                    ..only_year
                }
            }
            // "2025-09-24" (an ISO date starts with the year), "2023-25", "10-year" (a
            // duration unit after the hyphen), "the 12-month period ended".
            TokKind::Sym('-') => {
                let unit = t.has_class(i + 2, crate::lexicon::DURATION_UNIT);
                return Candidates {
                    date: four_digits,
                    duration: unit,
                    ended: unit,
                    ..only_year
                };
            }
            // "9/24/2025", "2024/25"
            TokKind::Sym('/') => {
                return Candidates {
                    date: true,
                    ..only_year
                }
            }
            // "2026's first quarter": a possessive year before an ordinal.
            TokKind::Sym('\'' | '’') => {
                return Candidates {
                    quarter: four_digits && t.has_class(i + 3, crate::lexicon::ORDINAL),
                    ..only_year
                }
            }
            TokKind::Sym(_) => return only_year,
        }
        let next_text = t.str(i + 1);
        let next_is = |w: &str| next_text.eq_ignore_ascii_case(w);
        // "4th", "1st", "23rd": an ordinal suffix glued to the number (`ordinal_at`,
        // `day_num`).
        let suffix = next.glued() && ["st", "nd", "rd", "th"].iter().any(|s| next_is(s));
        // "months", "weeks", "years", "decade" carry DURATION_UNIT.
        let unit = next.class & crate::lexicon::DURATION_UNIT != 0;
        let ordinal = next.class & crate::lexicon::ORDINAL != 0;
        let month = next.class & crate::lexicon::MONTH != 0;
        Candidates {
            // "two years earlier", "12 months ago"
            referring: unit && t.word_in(i + 2, referring::BACK_WORDS),
            // "4th quarter ended", "six months ended", "52 weeks ended": an ordinal
            // suffix, or "month(s)"/"week(s)" next.
            ended: suffix || unit,
            // "2025 Q2", "4Q24", "3QFY26", "4th quarter", "1986 first quarter".
            quarter: next_text == "Q" || next_text == "QFY" || suffix || four_digits && ordinal,
            // "1H25", "1HFY26", "1st half", "2015 half-year", "2015 first half".
            half: next_text == "H" || next_text == "HFY" || suffix || ordinal || next_is("half"),
            // "9M25", "9MFY26": the first nine months of a year.
            first_months: next.glued() && matches!(next_text, "M" | "MFY"),
            // "the 2025 fiscal year", "the 2026 financial year"
            fiscal: next_is("fiscal") || next_is("financial"),
            // "24 September", "23rd September": a day number before a month name or an
            // ordinal suffix.
            date: len <= 2 && (month || suffix),
            year_range: four_digits,
            // "12 months"
            duration: unit,
            ..Candidates::default()
        }
    }

    /// Whether `date_at` can start at the word `tok`: a month or weekday name ("September
    /// 24", "Tuesday, October 14"), which count only capitalized (`month_word`,
    /// `weekday_word`).
    fn date_at_word(tok: &Token) -> bool {
        tok.class & (crate::lexicon::MONTH | crate::lexicon::WEEKDAY) != 0
            && tok.shape & crate::token::CAPITALIZED != 0
    }

    /// The rules that can start at the word `i`, from its spelling, lexicon classes and
    /// case. `year_range_at` starts with a number.
    fn at_word(t: &Tokens<'_>, i: usize) -> Candidates {
        let Some(tok) = t.get(i) else {
            return Candidates::default();
        };
        let text = t.str(i);
        // Rules compare with ASCII words of at most 16 letters; any other word reads as "".
        let (mut buf, mut next_buf) = ([0u8; 16], [0u8; 16]);
        let w = lower_word(t, i, &mut buf);
        // Most rules test the word after this one: lowercased once, it is compared by
        // `match` instead of one `word_in` scan per rule.
        let next = lower_word(t, i + 1, &mut next_buf);
        let class = tok.class;
        // Number words ("three", "dozen") for `number::number_at`, which reads no other
        // word; "half" it reads only before a scale word, like the articles (`is_article`).
        let number = class & crate::lexicon::NUMBER_WORD != 0 && w != b"half";
        let capitalized = tok.shape & crate::token::CAPITALIZED != 0;
        let month = class & crate::lexicon::MONTH != 0 && capitalized;
        let hyphen_next = t.is_sym(i + 1, '-');
        let mut may = Candidates {
            // "a year earlier", "the same quarter last year", "the year-ago period", "the
            // prior-year quarter", "two years ago", "in the quarter", "the full year"
            // (see `referring::referring_at`).
            referring: match w {
                b"full" => true,
                // "the prior-year period", "the prior quarter", "the previous fiscal year"
                b"prior" | b"previous" | b"preceding" => {
                    matches!(
                        next,
                        b"year" | b"quarter" | b"qtr" | b"half" | b"month" | b"fiscal"
                    ) || hyphen_next
                }
                b"year" | b"yr" | b"quarter" | b"qtr" | b"half" | b"month" | b"week"
                | b"period" => {
                    matches!(next, b"earlier" | b"ago" | b"before")
                        || hyphen_next
                        || i > 0 && t.word_in(i - 1, referring::WORDS_BEFORE_NOUN)
                }
                _ => {
                    number
                        && t.has_class(i + 1, crate::lexicon::DURATION_UNIT)
                        && t.word_in(i + 2, referring::BACK_WORDS)
                }
            },
            // "over the past decade": a connector before a relative word.
            relative: class & crate::lexicon::CONNECTOR != 0
                && t.has_class(i + 1, crate::lexicon::RELATIVE),
            // "six months ended": a number word before the unit.
            ended: number,
            // "the June quarter", "the June-quarter", "the December half".
            quarter: month && (matches!(next, b"quarter" | b"half") || hyphen_next),
            date: Candidates::date_at_word(tok),
            // "three years"
            duration: number,
            ..Candidates::default()
        };
        // An ordinal ("fourth") numbers a quarter or a half only right before a hyphen,
        // "fiscal", or the unit itself (`ordinal_at` and what the rules read after it):
        // "third quarter ended", "fourth quarter", "first half", "first-half".
        if class & crate::lexicon::ORDINAL != 0 {
            let joined = hyphen_next || next == b"fiscal";
            may.ended |= joined || matches!(next, b"quarter" | b"qtr" | b"half");
            may.quarter |= joined || matches!(next, b"quarter" | b"qtr" | b"quarters");
            may.half = joined || next == b"half";
        }
        // A period word before "ended", "ending", "to", "through" or "thru" (`ended_at`):
        // "quarter ended", "year ended", "week ended".
        let before_ending = matches!(next, b"ended" | b"ending" | b"to" | b"through" | b"thru");
        match w {
            // "this year", "last quarter", "the next three years": `relative_at` reads a
            // unit ("year"), a weekday, "fiscal", or a count ("three", "12", "few",
            // "several", "couple") after these.
            // "trailing-twelve-month" runs on after a hyphen.
            b"trailing" if hyphen_next => may.relative = true,
            b"this" | b"current" | b"last" | b"previous" | b"past" | b"prior" | b"preceding"
            | b"next" | b"coming" | b"trailing" => {
                may.relative |= t.is_num(i + 1)
                    || t.has_class(
                        i + 1,
                        crate::lexicon::NUMBER_WORD
                            | crate::lexicon::DURATION_UNIT
                            | crate::lexicon::WEEKDAY,
                    )
                    || matches!(
                        next,
                        b"fiscal" | b"financial" | b"few" | b"several" | b"couple"
                    );
            }
            b"ytd" | b"ttm" | b"ltm" => may.relative = true,
            // "the latest quarter", "the most recent quarter", "the just-ended quarter"
            // (`last_one_at`).
            b"latest" => {
                may.relative =
                    t.has_class(i + 1, crate::lexicon::DURATION_UNIT) || next == b"fiscal"
            }
            b"most" => may.relative = next == b"recent",
            b"just" => may.relative = next == b"ended" || hyphen_next,
            // "the month just ended" (`unit_just_ended`).
            b"month" => may.relative = next == b"just",
            // "year to date", "year-to-date", "year ended".
            b"year" => {
                may.relative |= next == b"to" || hyphen_next || next == b"just";
                may.ended |= before_ending;
            }
            b"quarter" | b"week" => {
                may.relative |= next == b"just";
                may.ended |= before_ending;
            }
            b"qtr" | b"years" => may.ended |= before_ending,
            // "half ended", "half-year ended", "half year to".
            b"half" => may.ended |= before_ending || hyphen_next || next == b"year",
            // "first nine months of": a number next (`number::number_at`).
            b"first" => {
                may.first_months =
                    t.is_num(i + 1) || t.has_class(i + 1, crate::lexicon::NUMBER_WORD);
            }
            // "fiscal year ended", "fiscal 2025", "fiscal fourth quarter", "fiscal 4th
            // quarter" (an ordinal word or a number with its suffix after "fiscal").
            // "financial year 2026", "financial year ended March 31".
            b"financial" => {
                may.fiscal = next == b"year";
                may.ended |= next == b"year";
            }
            b"fiscal" => {
                // "fiscal year just ended" (`unit_just_ended`).
                may.relative |= next == b"year";
                // "fiscal year ended", "fiscal third quarter ended".
                may.ended |= next == b"year" || ordinal_at(t, i + 1).is_some();
                may.quarter |=
                    t.has_class(i + 1, crate::lexicon::ORDINAL) || t.is_num(i + 1) || next == b"q";
                may.fiscal = true;
            }
            // "the back half of the year" (`spoken_half_at`).
            b"back" | b"front" => may.half |= next == b"half",
            // "beginning of 2014", "end of September".
            b"beginning" | b"start" | b"end" | b"close" => {
                may.boundary = next == b"of" || hyphen_next
            }
            // "Q4", "H1", "FY2025": capitals only.
            b"q" => may.quarter |= text == "Q",
            b"h" => may.half |= text == "H",
            b"cy" => may.fiscal = text == "CY",
            b"fy" => {
                may.fiscal = text == "FY" || text == "Fy";
                may.ended |= before_ending;
            }
            _ => {}
        }
        may
    }
}

/// Token `k` lowercased, as bytes to compare with ASCII literals; "" past the end and for
/// a token that is not ASCII or is longer than `buf`.
fn lower_word<'b>(t: &Tokens<'b>, k: usize, buf: &'b mut [u8; 16]) -> &'b [u8] {
    number::lower_ascii_bytes(t.str(k), buf).unwrap_or(b"")
}

/// How far into a period the document date must be for [`latest_period`] to take it.
#[derive(Clone, Copy)]
enum Reached {
    /// The period has begun: the one under way or, failing that, the last one that
    /// ended. News names the quarter in progress without a year ("forecast
    /// fourth-quarter revenue" in November) as often as the one just reported.
    Start,
    /// The period has ended ("the first nine months" without a year).
    End,
}

/// The latest period of `len` months ending in month `end_month` that the document
/// date `doc` has `reached`.
fn latest_period(
    doc: NaiveDate,
    end_month: u32,
    len: u32,
    reached: Reached,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let mut y = doc.year();
    for _ in 0..2 {
        let end = month_end(y, end_month);
        let start = end
            .and_then(|d| d.succ_opt())
            .and_then(|d| d.checked_sub_months(Months::new(len)));
        let bound = match reached {
            Reached::Start => start,
            Reached::End => end,
        };
        if bound.is_some_and(|b| b <= doc) {
            return (start, end);
        }
        y -= 1;
    }
    (None, None)
}

/// "Q4 2024", "Q4'24", "4Q24", "2025 Q2", "Q2 FY2025", "fourth quarter of 2024",
/// "fourth-quarter", "the June quarter", "the third fiscal quarter".
fn quarter_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    let mut k = i;
    let mut year: Option<i32> = None;
    let mut fiscal = false;
    let q: u32;
    // "2025 Q2": a year first.
    if let Some((y, e)) = year_at(t, i).filter(|_| t.is_num(i)) {
        if t.str(e) == "Q" && t.is_num(e + 1) && t.glued(e + 1) && !t.glued(e + 2) {
            let qq: u32 = t.str(e + 1).parse().ok()?;
            if (1..=4).contains(&qq) {
                let (s, en) = quarter_dates(y, qq);
                return Some(Found {
                    start: i,
                    end: e + 2,
                    period: numbered_quarter(period(Grain::Quarter, s, en), qq),
                });
            }
        }
        // "1986 first quarter", "2025 fourth-quarter", "2026's first quarter"
        let possessive = t.glued(e) && t.is_possessive_s(e + 1);
        let e = if possessive { e + 2 } else { e };
        if let Some((n, end)) =
            ordinal_quarter(t, e).filter(|_| possessive || year_position_ok(t, i, e))
        {
            let (s, en) = quarter_dates(y, n);
            return Some(Found {
                start: i,
                end,
                period: numbered_quarter(period(Grain::Quarter, s, en), n),
            });
        }
        return None;
    }
    // "fiscal Q2": the company's second quarter, whatever months it covers.
    if t.word_is(k, "fiscal") && t.str(k + 1) == "Q" {
        fiscal = true;
        k += 1;
    }
    if t.str(k) == "Q" && t.is_num(k + 1) && t.glued(k + 1) && t.str(k + 1).len() == 1 {
        // "Q4"
        if k > 0 && t.glued(k) && (t.is_word(k - 1) || t.is_num(k - 1)) {
            return None;
        }
        q = t.str(k + 1).parse().ok()?;
        k += 2;
        // "Q1-Q3 2025", "Q2 to Q4": a range of quarters, dated by the last one. The last
        // quarter must not open a range itself, so that this recursion stops there.
        let opens_range = |k: usize| {
            let joined = crate::number::is_range_dash(t, k) && t.glued(k) && t.glued(k + 1)
                || t.word_in(k, &["to", "through"]);
            joined && t.str(k + 1) == "Q"
        };
        if opens_range(k) && !opens_range(k + 3) && !fiscal {
            if let Some(last) = quarter_at(t, k + 1, ctx) {
                return quarter_range(q, i, last);
            }
        }
        // "Q3/25", "Q3-2025": the year after a glued slash or hyphen.
        if let Some((y, e)) = slashed_year(t, k) {
            year = Some(y);
            k = e;
        }
        // "Q2FY26" runs the quarter into its fiscal year; any other glued tail is a code.
        let glued_fy = t.glued(k) && fy_year_at(t, k).is_some();
        if t.glued(k) && (t.is_word(k) || t.is_num(k)) && !glued_fy {
            return None;
        }
    } else if t.is_num(k)
        && t.str(k).len() == 1
        && matches!(t.str(k + 1), "Q" | "QFY")
        && t.glued(k + 1)
    {
        // "4Q24", "4Q 2024", "4Q", and as Indian and Japanese brokers write them,
        // "3QFY26", "3QFY2025".
        if k > 0 && t.glued(k) && (t.is_word(k - 1) || t.is_num(k - 1)) {
            return None;
        }
        q = t.str(k).parse().ok()?;
        if t.str(k + 1) == "QFY" {
            let (y, e) = glued_fiscal_year(t, k + 2)?;
            return (1..=4)
                .contains(&q)
                .then(|| finish_quarter(i, e, q, Some(y), true, ctx));
        }
        k += 2;
        if t.is_num(k) && t.glued(k) && t.str(k).len() == 2 {
            year = Some(two_digit_year(t.str(k).parse().ok()?));
            k += 1;
        } else if t.glued(k) && (t.is_word(k) || t.is_num(k)) {
            return None;
        }
    } else if let Some((m, unit_at)) = t
        .is_word(k)
        .then(|| month_word(t.str(k)))
        .flatten()
        .and_then(|m| Some((m, month_unit_at(t, k + 1)?)))
    {
        // Australian reports name halves by their last month: "the December half" is
        // July to December.
        let (grain, months) = if t.word_is(unit_at, "half") {
            (Grain::Half, 6)
        } else {
            (Grain::Quarter, 3)
        };
        let start_tok = if k > 0 && t.word_is(k - 1, "the") {
            k - 1
        } else {
            k
        };
        // "the December half-year"
        let end = if grain == Grain::Half
            && t.is_sym(unit_at + 1, '-')
            && t.glued(unit_at + 1)
            && t.word_is(unit_at + 2, "year")
        {
            unit_at + 3
        } else {
            unit_at + 1
        };
        let (mut s, mut e) = (None, None);
        if let Some((y, ye)) = (t
            .word_is(end, "of")
            .then(|| plain_year(t, end + 1))
            .flatten())
        .or_else(|| plain_year(t, end))
        {
            e = month_end(y, m);
            s = e
                .and_then(|d| d.succ_opt())
                .and_then(|d| d.checked_sub_months(Months::new(months)));
            return Some(Found {
                start: start_tok,
                end: ye,
                period: period(grain, s, e),
            });
        }
        if let Some(doc) = ctx.doc_date {
            (s, e) = latest_period(doc, m, months, Reached::Start);
        }
        return Some(Found {
            start: start_tok,
            end,
            period: period(grain, s, e),
        });
    } else {
        // "fourth quarter", "fourth-quarter", "4th quarter", "fiscal fourth quarter",
        // "fourth fiscal quarter", "second qtr"
        let mut j = k;
        if t.word_is(j, "fiscal") {
            fiscal = true;
            j += 1;
        }
        let (n, after) = ordinal_at(t, j)?;
        let mut j2 = after;
        if t.is_sym(j2, '-') && t.glued(j2) {
            j2 += 1;
        }
        if t.word_is(j2, "fiscal") {
            fiscal = true;
            j2 += 1;
        }
        if !t.word_in(j2, &["quarter", "qtr", "quarters"]) {
            return None;
        }
        if t.word_is(j2, "quarters") {
            return None;
        }
        q = n;
        k = j2 + 1;
        // "fourth quarter of 2024", "fourth quarter of fiscal 2025", "first quarter 1987"
        let mut j3 = k;
        if t.word_is(j3, "of") {
            j3 = calendar_year_at(t, j3 + 1);
        }
        if t.word_is(j3, "the") && t.word_in(j3 + 1, &["year", "fiscal"]) {
            // "first quarter of the year": no year
        } else {
            if t.word_is(j3, "fiscal") {
                fiscal = true;
                j3 += 1;
                if t.word_is(j3, "year") {
                    j3 += 1;
                }
            }
            if let Some((y, e)) = fy_year_at(t, j3).or_else(|| plain_year(t, j3)) {
                if fy_year_at(t, j3).is_some() {
                    fiscal = true;
                }
                year = Some(y);
                k = e;
            } else if let Some((y, e)) = (j3 > k)
                .then(|| relative_year_at(t, j3, ctx))
                .flatten()
                .filter(|_| !fiscal)
            {
                // "the fourth quarter of next year"
                year = Some(y);
                k = e;
            }
        }
        if !(1..=4).contains(&q) {
            return None;
        }
        return Some(finish_quarter(i, k, q, year, fiscal, ctx));
    }
    if !(1..=4).contains(&q) {
        return None;
    }
    // Year after "Q4": "Q4 2024", "Q4'24", "Q4 FY2025", "Q4 of 2024", "Q4 fiscal 2025"
    if year.is_none() {
        let mut j = k;
        if t.word_is(j, "of") {
            j = calendar_year_at(t, j + 1);
        }
        if t.word_is(j, "fiscal") {
            fiscal = true;
            j += 1;
        }
        if let Some((y, e)) = fy_year_at(t, j) {
            year = Some(y);
            fiscal = true;
            k = e;
        } else if let Some((y, e)) =
            year_at(t, j).filter(|(_, e)| t.is_num(j) && year_position_ok(t, j, *e) || !t.is_num(j))
        {
            year = Some(y);
            k = e;
        }
    }
    Some(finish_quarter(i, k, q, year, fiscal, ctx))
}

/// The fiscal year glued at token `k` after a label that ends in "FY" ("26" of "3QFY26",
/// "2025" of "9MFY2025"), with nothing glued after it: the year and the token after it.
fn glued_fiscal_year(t: &Tokens<'_>, k: usize) -> Option<(i32, usize)> {
    if !(t.is_num(k) && t.glued(k)) {
        return None;
    }
    // Read as after "FY" ("FY26", "FY2025", "FY24/25"): the label is the token before.
    let (y, e) = year_after_label(t, k.checked_sub(1)?)?;
    let glued_tail = t.glued(e) && (t.is_word(e) || t.is_num(e));
    (!glued_tail).then_some((y, e))
}

/// Where the year after "of" is, at token `k`: past "calendar" when a number follows it.
/// "The second half of calendar 2026" is that calendar year's half, whatever the
/// company's fiscal year; without this, the half would be read without its year.
fn calendar_year_at(t: &Tokens<'_>, k: usize) -> usize {
    if t.word_is(k, "calendar") && t.is_num(k + 1) {
        k + 1
    } else {
        k
    }
}

/// The words that make a year a fiscal one: "fiscal 2025", "the 2026 financial year".
const FISCAL_WORDS: &[&str] = &["fiscal", "financial"];

/// The words that open "year ended …" (`ended_at`): "year ended", "the years ended
/// December 31, 2019 and 2018", "fiscal year ended", "financial year ended", "FY
/// ending March 2026".
const YEAR_ENDED_WORDS: &[&str] = &["year", "years", "fiscal", "financial", "fy"];

/// A quarter named by its ordinal at token `k` ("first quarter", "fourth-quarter", "4th
/// qtr"): its number and the token after it.
fn ordinal_quarter(t: &Tokens<'_>, k: usize) -> Option<(u32, usize)> {
    let (n, mut a) = ordinal_at(t, k)?;
    if t.is_sym(a, '-') && t.glued(a) {
        a += 1;
    }
    ((1..=4).contains(&n) && t.word_in(a, &["quarter", "qtr"])).then_some((n, a + 1))
}

/// The words after a month that name the period ending with it: "the June quarter",
/// "the December half".
const MONTH_PERIOD_UNITS: &[&str] = &["quarter", "half"];

/// The unit of a period named by its last month, after the month at `k - 1`: "quarter"
/// of "the June quarter", "the September-quarter" and "the September-ended quarter"
/// (the Indian and Australian style), "half" of "the December half". Its index.
fn month_unit_at(t: &Tokens<'_>, k: usize) -> Option<usize> {
    let unit_at = if !t.is_sym(k, '-') {
        k
    } else if t.word_in(k + 1, &["ended", "ending"]) {
        k + 2
    } else {
        k + 1
    };
    t.word_in(unit_at, MONTH_PERIOD_UNITS).then_some(unit_at)
}

/// A year of two or four digits glued after a slash or hyphen at `k` ("/25" of "Q3/25",
/// "-2025" of "Q3-2025") that nothing else is glued to: the year and the token after it.
fn slashed_year(t: &Tokens<'_>, k: usize) -> Option<(i32, usize)> {
    let joined = (t.is_sym(k, '/') || t.is_sym(k, '-')) && t.glued(k) && t.glued(k + 1);
    // Nothing that would make it a longer code or a date goes on right after it.
    let runs_on = t.get(k + 2).is_some_and(|x| match x.kind {
        _ if !x.glued() => false,
        TokKind::Word | TokKind::Num | TokKind::Sym('%') => true,
        // "Q3/25/2025", "Q3-25.5": a date or a number, but not a sentence's end.
        TokKind::Sym('/' | '-' | '.') => t.is_num(k + 3) && t.glued(k + 3),
        TokKind::Sym(_) => false,
    });
    if !joined || !t.is_num(k + 1) || runs_on {
        return None;
    }
    let n: i32 = t.str(k + 1).parse().ok()?;
    match t.str(k + 1).len() {
        2 => Some((two_digit_year(n), k + 2)),
        4 if (1900..=2100).contains(&n) => Some((n, k + 2)),
        _ => None,
    }
}

fn finish_quarter(
    start: usize,
    end: usize,
    q: u32,
    year: Option<i32>,
    fiscal: bool,
    ctx: &PeriodContext,
) -> Found {
    let (s, e) = match (year, fiscal, ctx.fiscal_year_end) {
        (Some(y), false, _) => quarter_dates(y, q),
        (Some(fy), true, Some(fye)) => fiscal_quarter_dates(fy, q, fye),
        (None, false, _) => match ctx.doc_date {
            Some(doc) => latest_period(doc, 3 * q, 3, Reached::Start),
            None => (None, None),
        },
        _ => (None, None),
    };
    let mut p = numbered_quarter(period(Grain::Quarter, s, e), q);
    p.fiscal = fiscal;
    p.fiscal_year = year.filter(|_| fiscal);
    Found {
        start,
        end,
        period: p,
    }
}

/// `p` marked as quarter `q` of its year.
/// The quarters from the one numbered `first` through `last` (found after it, from
/// token `start`): "Q1-Q3 2025" is January to September. `None` unless `last` is a
/// numbered quarter; the range takes its dates, fiscal mark and fiscal year.
fn quarter_range(first: u32, start: usize, last: Found) -> Option<Found> {
    let q = u32::from(last.period.quarter?);
    if !(1..=4).contains(&first) || first == q {
        return None;
    }
    // "Q4-Q1" crosses a year end.
    let count = (q + 4 - first) % 4 + 1;
    let mut p = last.period;
    p.grain = Grain::Range;
    p.months = Some(3 * count);
    p.quarter = None;
    p.start = p
        .start
        .and_then(|s| s.checked_sub_months(Months::new(3 * (count - 1))));
    Some(Found {
        start,
        end: last.end,
        period: p,
    })
}

fn numbered_quarter(mut p: Period, q: u32) -> Period {
    p.quarter = u8::try_from(q).ok();
    p
}

/// "next year", "last year", "this year" at `k`, as a calendar year counted from the
/// document date: the year and the token after the phrase.
fn relative_year_at(t: &Tokens<'_>, k: usize, ctx: &PeriodContext) -> Option<(i32, usize)> {
    let doc = ctx.doc_date?;
    if !t.word_is(k + 1, "year") {
        return None;
    }
    let mut buf = [0u8; 16];
    let offset = relative_offset(number::lower_ascii_bytes(t.str(k), &mut buf)?)?;
    Some((doc.year() + offset, k + 2))
}

/// How many periods a relative word counts from the document date's: "this" 0, "last"
/// −1, "next" +1 (lower-case bytes).
fn relative_offset(w: &[u8]) -> Option<i32> {
    match w {
        b"this" | b"current" => Some(0),
        b"last" | b"previous" | b"past" | b"prior" | b"preceding" | b"trailing" => Some(-1),
        b"next" | b"coming" => Some(1),
        _ => None,
    }
}

/// "FY2025", "FY25", "FY 2025", "FY'25" at `k`.
fn fy_year_at(t: &Tokens<'_>, k: usize) -> Option<(i32, usize)> {
    if !(t.str(k) == "FY" || t.str(k) == "Fy") {
        return None;
    }
    year_after_label(t, k)
}

/// The year after a label at `k` ("FY", "CY"): "FY2025", "FY25", "FY 2025", "FY'25",
/// "FY2024/25".
fn year_after_label(t: &Tokens<'_>, k: usize) -> Option<(i32, usize)> {
    let j = k + 1;
    let (y, e) = if let Some((y, e)) = year_at(t, j) {
        (y, e)
    } else if t.is_num(j) && t.str(j).len() == 2 && (t.glued(j) || t.is_num(j)) {
        let yy: i32 = t.str(j).parse().ok()?;
        (two_digit_year(yy), j + 1)
    } else {
        return None;
    };
    Some(split_year_end(t, y, e).unwrap_or((y, e)))
}

/// The second year of a split-year label glued after year `y` ending at token `e`:
/// "FY2024/25", "FY24/25" and "FY 2024-25" name the fiscal year that ends in 2025.
fn split_year_end(t: &Tokens<'_>, y: i32, e: usize) -> Option<(i32, usize)> {
    let split = t.is_sym(e, '/') || crate::number::is_range_dash(t, e);
    if !(split && t.glued(e) && t.is_num(e + 1) && t.glued(e + 1)) {
        return None;
    }
    let s2 = t.str(e + 1);
    let y2 = match s2.len() {
        2 => y.checked_sub(y.rem_euclid(100))? + s2.parse::<i32>().ok()?,
        4 => s2.parse().ok()?,
        _ => return None,
    };
    // "FY1999/00" wraps the century.
    let y2 = if y2 + 100 == y + 1 { y2 + 100 } else { y2 };
    (y2 == y + 1 && !(t.glued(e + 2) && (t.is_word(e + 2) || t.is_num(e + 2))))
        .then_some((y2, e + 2))
}

/// Whether "of the decade" (or of a month, week, day, session, game or season) follows
/// the words "second half" ending before token `k`: a half of that span, not of a year.
fn half_of_another_span(t: &Tokens<'_>, k: usize) -> bool {
    t.word_is(k, "of")
        && t.word_in(k + 1, &["the", "this", "that", "its", "a"])
        && t.word_in(
            k + 2,
            &[
                "decade", "century", "month", "week", "day", "session", "game", "match", "season",
                "quarter",
            ],
        )
}

/// "H1 2025", "1H25", "1H 2014", "first half of 2025", "the second half", "first-half",
/// "2015 half-year".
fn half_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    let mut k = i;
    let h: u32;
    let mut year = None;
    let mut fiscal = false;
    if t.str(k) == "H" && t.is_num(k + 1) && t.glued(k + 1) && matches!(t.str(k + 1), "1" | "2") {
        if k > 0 && t.glued(k) && (t.is_word(k - 1) || t.is_num(k - 1)) {
            return None;
        }
        h = t.str(k + 1).parse().ok()?;
        k += 2;
        if t.glued(k) && (t.is_word(k) || t.is_num(k)) {
            return None;
        }
    } else if matches!(t.str(k), "1" | "2")
        && t.is_num(k)
        && matches!(t.str(k + 1), "H" | "HFY")
        && t.glued(k + 1)
    {
        if k > 0 && t.glued(k) && (t.is_word(k - 1) || t.is_num(k - 1)) {
            return None;
        }
        h = t.str(k).parse().ok()?;
        if t.str(k + 1) == "HFY" {
            // "1HFY26"
            let (y, e) = glued_fiscal_year(t, k + 2)?;
            year = Some(y);
            fiscal = true;
            k = e;
        } else {
            k += 2;
            if t.is_num(k) && t.glued(k) && t.str(k).len() == 2 {
                year = Some(two_digit_year(t.str(k).parse().ok()?));
                k += 1;
            } else if t.glued(k) && (t.is_word(k) || t.is_num(k)) {
                return None;
            }
        }
    } else if let Some((y, e)) = (t.is_num(k)
        && (t.word_is(k + 1, "half") || t.has_class(k + 1, crate::lexicon::ORDINAL)))
    .then(|| plain_year(t, k))
    .flatten()
    {
        // "2015 half-year", "2015 first half"
        if t.word_is(e, "half") && t.is_sym(e + 1, '-') && t.word_is(e + 2, "year") {
            let mut p = period(Grain::Half, ymd(y, 1, 1), ymd(y, 6, 30));
            p.fiscal = false;
            return Some(Found {
                start: i,
                end: e + 3,
                period: p,
            });
        }
        if let Some((n, a)) = ordinal_at(t, e).filter(|(n, _)| *n <= 2) {
            if t.word_is(a, "half") {
                let (s, en) = half_dates(y, n);
                return Some(Found {
                    start: i,
                    end: a + 1,
                    period: period(Grain::Half, s, en),
                });
            }
        }
        return None;
    } else {
        let (n, after) = ordinal_at(t, k).or_else(|| spoken_half_at(t, k))?;
        if n > 2 {
            return None;
        }
        let mut j = after;
        if t.is_sym(j, '-') && t.glued(j) {
            j += 1;
        }
        if t.word_is(j, "fiscal") {
            fiscal = true;
            j += 1;
        }
        if !t.word_is(j, "half") {
            return None;
        }
        h = n;
        k = j + 1;
        if half_of_another_span(t, k) {
            return None;
        }
        if t.is_sym(k, '-') && t.word_is(k + 1, "year") {
            k += 2;
        }
        let mut j3 = k;
        if t.word_is(j3, "of") {
            j3 = calendar_year_at(t, j3 + 1);
        }
        if t.word_is(j3, "fiscal") {
            fiscal = true;
            j3 += 1;
        }
        if let Some((y, e)) = fy_year_at(t, j3).or_else(|| plain_year(t, j3)) {
            if fy_year_at(t, j3).is_some() {
                fiscal = true;
            }
            year = Some(y);
            k = e;
        }
    }
    if year.is_none() {
        let mut j = k;
        if t.word_is(j, "of") {
            j = calendar_year_at(t, j + 1);
        }
        if let Some((y, e)) = fy_year_at(t, j) {
            year = Some(y);
            fiscal = true;
            k = e;
        } else if let Some((y, e)) =
            plain_year(t, j).or_else(|| year_at(t, j).filter(|_| !t.is_num(j)))
        {
            year = Some(y);
            k = e;
        } else if let Some((y, e)) = (j > k && !fiscal)
            .then(|| relative_year_at(t, j, ctx))
            .flatten()
        {
            // "the second half of next year"
            year = Some(y);
            k = e;
        }
    }
    let (s, e) = match (year, fiscal, ctx.fiscal_year_end) {
        (Some(y), false, _) => half_dates(y, h),
        (Some(fy), true, Some(fye)) => {
            let (fs, _) = fiscal_year_dates(fy, fye);
            let s = fs.and_then(|d| d.checked_add_months(Months::new(6 * (h - 1))));
            let e = s
                .and_then(|d| d.checked_add_months(Months::new(6)))
                .and_then(|d| d.pred_opt());
            (s, e)
        }
        (None, false, _) => match ctx.doc_date {
            Some(doc) => latest_period(doc, 6 * h, 6, Reached::Start),
            None => (None, None),
        },
        _ => (None, None),
    };
    let mut p = period(Grain::Half, s, e);
    p.fiscal = fiscal;
    p.fiscal_year = year.filter(|_| fiscal);
    p.half = u8::try_from(h).ok();
    Some(Found {
        start: i,
        end: k,
        period: p,
    })
}

/// "back half" and "front half", as earnings calls name the halves of a year: the half's
/// number and the index of "half". Only with a year after them ("the back half of the
/// year", "the front half of 2026", "of fiscal 2026", "of next year"), as "the back half
/// of the field" is no period.
fn spoken_half_at(t: &Tokens<'_>, k: usize) -> Option<(u32, usize)> {
    let n = if t.word_is(k, "back") {
        2
    } else if t.word_is(k, "front") {
        1
    } else {
        return None;
    };
    let of = k + 2;
    let year_after = t.word_is(of, "of")
        && (t.word_is(of + 1, "the") && t.word_in(of + 2, &["year", "fiscal"])
            || t.word_in(of + 1, &["fiscal", "calendar"])
            || t.has_class(of + 1, crate::lexicon::RELATIVE)
            || plain_year(t, of + 1).is_some()
            || fy_year_at(t, of + 1).is_some());
    (t.word_is(k + 1, "half") && year_after).then_some((n, k + 1))
}

fn half_dates(y: i32, h: u32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    if h == 1 {
        (ymd(y, 1, 1), ymd(y, 6, 30))
    } else {
        (ymd(y, 7, 1), ymd(y, 12, 31))
    }
}

/// "fiscal 2025", "FY2025", "FY25", "fiscal year 2025", "the 2025 fiscal year",
/// "fiscal year ending March 31, 2025", "fiscal 1987 ending October 1", "2024/25",
/// "2018-19 fiscal".
fn fiscal_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    // "CY25", "CY2025": a calendar year, as analysts set it apart from a fiscal one.
    if t.str(i) == "CY" {
        let (y, end) = year_after_label(t, i)?;
        return Some(Found {
            start: i,
            end,
            period: year_period(y),
        });
    }
    // "Sees FY revenue of $5.1 bln": "FY" alone, as briefs write it, is the fiscal year
    // under way.
    if t.str(i) == "FY"
        && (i == 0 || !t.glued(i))
        && !t.glued(i + 1)
        && !t.is_num(i + 1)
        && !t.is_sym(i + 1, '\'')
    {
        let mut p = unit_period(Grain::Year, true, 0, ctx);
        p.relative = true;
        return Some(Found {
            start: i,
            end: i + 1,
            period: p,
        });
    }
    let mut k;
    let mut fy: Option<i32> = None;
    if let Some((y, e)) = fy_year_at(t, i) {
        fy = Some(y);
        k = e;
    } else if t.word_is(i, "fiscal") || t.word_is(i, "financial") && t.word_is(i + 1, "year") {
        // "financial year 2026", as British, Australian and Indian reports say.
        let mut j = i + 1;
        if t.word_in(j, &["year", "yr"]) {
            j += 1;
        }
        if let Some((y, e)) = plain_year(t, j) {
            // "fiscal 1986/87"
            if let Some((_, y2, e2)) = year_pair(t, j) {
                fy = Some(y2);
                k = e2;
            } else {
                fy = Some(y);
                k = e;
            }
        } else if j > i + 1 {
            k = j;
        } else {
            return None;
        }
    } else if let Some((y, e)) = (t.is_num(i) && t.word_in(i + 1, FISCAL_WORDS))
        .then(|| plain_year(t, i))
        .flatten()
    {
        // "the 2025 fiscal year", "the 2026 financial year"
        if t.word_in(e, FISCAL_WORDS) && t.word_in(e + 1, &["year", "yr"]) {
            fy = Some(y);
            k = e + 2;
        } else {
            return None;
        }
    } else {
        return None;
    }
    // "fiscal 2026 first quarter", "fiscal 2025 fourth-quarter": a quarter of that year.
    if let (Some(y), Some((q, end))) = (fy, ordinal_quarter(t, k)) {
        return Some(finish_quarter(i, end, q, Some(y), true, ctx));
    }
    // "ending March 31, 2025", "ended Sept 30", "ending October 1"
    let mut stated_end: Option<NaiveDate> = None;
    if t.word_in(k, &["ending", "ended", "ends", "to"]) {
        if let Some((m, a)) = month_at(t, k + 1) {
            let mut e = a;
            let mut day = None;
            if t.is_num(e) && t.str(e).len() <= 2 {
                day = t.str(e).parse::<u32>().ok();
                e += 1;
            }
            if t.is_sym(e, ',') && year_at(t, e + 1).is_some() {
                e += 1;
            }
            let y = match year_at(t, e) {
                Some((y, ye)) => {
                    e = ye;
                    Some(y)
                }
                None => fy,
            };
            if let Some(y) = y {
                stated_end = match day {
                    Some(d) => ymd(y, m, d),
                    None => month_end(y, m),
                };
            }
            if fy.is_none() {
                fy = y;
            }
            k = e;
        }
    }
    let mut p = period(Grain::Year, None, None);
    p.fiscal = true;
    p.fiscal_year = fy;
    if let Some(end) = stated_end {
        p.end = Some(end);
        if is_month_end(end) {
            p.start = end
                .succ_opt()
                .and_then(|d| d.checked_sub_months(Months::new(12)));
        }
    } else if let (Some(y), Some(fye)) = (fy, ctx.fiscal_year_end) {
        let (s, e) = fiscal_year_dates(y, fye);
        p.start = s;
        p.end = e;
    }
    if fy.is_none() && stated_end.is_none() {
        // "fiscal year" alone is vague.
        if !t.word_in(
            i - usize::from(i > 0),
            &["next", "last", "this", "current", "previous", "prior"],
        ) {
            return None;
        }
    }
    Some(Found {
        start: i,
        end: k,
        period: p,
    })
}

/// Two years joined by a slash or dash: "2024/25", "2024-25", "2023-2025", "2023–25".
fn year_pair(t: &Tokens<'_>, i: usize) -> Option<(i32, i32, usize)> {
    let (y1, e) = plain_year(t, i).filter(|_| t.is_num(i))?;
    let (y2, end) = second_year(t, y1, e)?;
    Some((y1, y2, end))
}

/// The second year of a pair whose first year `y1` ends at token `e`: the separator and
/// the year after it. Returns (year, next).
fn second_year(t: &Tokens<'_>, y1: i32, e: usize) -> Option<(i32, usize)> {
    let sep = t.get(e)?;
    let is_sep = t.is_sym(e, '/') || number::is_range_dash(t, e);
    if !is_sep
        || !t.is_num(e + 1)
        || (sep.space_before != t.get(e + 1).is_some_and(|x| x.space_before))
    {
        return None;
    }
    let s2 = t.str(e + 1);
    let y2: i32 = match s2.len() {
        2 => (y1 / 100) * 100 + s2.parse::<i32>().ok()?,
        4 => s2.parse().ok()?,
        _ => return None,
    };
    if y2 <= y1 || y2 - y1 > 50 || (s2.len() == 4 && !(1900..=2100).contains(&y2)) {
        return None;
    }
    if t.glued(e + 2) && (t.is_word(e + 2) || t.is_num(e + 2) || t.is_sym(e + 2, '%')) {
        return None;
    }
    Some((y2, e + 2))
}

/// Year ranges and single years: "2023-2025", "2024/25", "from 2023 to 2025",
/// "between 2007 and 2014", "2025".
fn year_range_at(t: &Tokens<'_>, i: usize) -> Option<Found> {
    if !t.is_num(i) {
        return None;
    }
    if let Some(f) = decade_at(t, i) {
        return Some(f);
    }
    // The first year is read once, for a pair and for a single year.
    let (y1, e) = plain_year(t, i)?;
    if let Some((y2, e)) = second_year(t, y1, e) {
        let slash = t.is_sym(i + 1, '/');
        if y2 == y1 + 1 && (slash || t.str(i + 2).len() == 2) {
            // A split-year label: one fiscal year with unstated bounds.
            let mut p = period(Grain::Year, None, None);
            p.fiscal = true;
            p.fiscal_year = Some(y2);
            let mut end = e;
            if t.word_is(end, "fiscal") {
                end += 1;
                if t.word_in(end, &["year", "yr"]) {
                    end += 1;
                }
            }
            return Some(Found {
                start: i,
                end,
                period: p,
            });
        }
        return Some(Found {
            start: i,
            end: e,
            period: period(Grain::Range, ymd(y1, 1, 1), ymd(y2, 12, 31)),
        });
    }
    // "from 2023 to 2025", "between 2007 and 2014", "2007 through 2014"
    let from = i > 0 && t.word_in(i - 1, &["from", "between"]);
    if from && t.word_in(e, &["to", "and", "through", "until", "till"]) {
        if let Some((y2, e2)) = plain_year(t, e + 1) {
            if y2 > y1 {
                return Some(Found {
                    start: i,
                    end: e2,
                    period: period(Grain::Range, ymd(y1, 1, 1), ymd(y2, 12, 31)),
                });
            }
        }
    }
    // "calendar 2025" keeps the word.
    let start = if i > 0 && t.word_is(i - 1, "calendar") {
        i - 1
    } else {
        i
    };
    Some(Found {
        start,
        end: e,
        period: year_period(y1),
    })
}

/// A decade: "the 2020s", "the 1990s" (a year ending in 0 with a glued "s").
fn decade_at(t: &Tokens<'_>, i: usize) -> Option<Found> {
    let text = t.str(i);
    let decade = text.len() == 4
        && text.ends_with('0')
        && t.str(i + 1) == "s"
        && t.glued(i + 1)
        && !(t.glued(i + 2) && (t.is_word(i + 2) || t.is_num(i + 2)));
    if !decade {
        return None;
    }
    let y: i32 = text.parse().ok().filter(|y| (1800..=2100).contains(y))?;
    Some(Found {
        start: i,
        end: i + 2,
        period: period(Grain::Range, ymd(y, 1, 1), ymd(y + 9, 12, 31)),
    })
}

/// Month `m`, day `d` of the document date's year, or of the year next to it when that
/// puts a day that is over half a year away in the document's year within three months
/// of it: "will pay on Jan. 15" in a late-November article is next January's, "on Dec.
/// 28" in an early-January one last December's, "from October 1" in March this year's.
fn nearest_day(doc: Option<NaiveDate>, m: u32, d: u32) -> Option<NaiveDate> {
    let doc = doc?;
    let days_away = |date: &NaiveDate| (*date - doc).num_days().abs();
    let same = ymd(doc.year(), m, d);
    if same.as_ref().is_some_and(|s| days_away(s) <= 183) {
        return same;
    }
    [doc.year() + 1, doc.year() - 1]
        .into_iter()
        .filter_map(|y| ymd(y, m, d))
        .find(|date| days_away(date) <= 92)
        .or(same)
}

/// The day that numbers `a`, `b` of year `y` name: the one that can only be a day is
/// the day; when both can, `order` decides, and without one there is no date.
fn numeric_date(a: u32, b: u32, y: i32, order: Option<DateOrder>) -> Option<NaiveDate> {
    if b > 12 && a <= 12 {
        ymd(y, a, b)
    } else if a > 12 && b <= 12 {
        ymd(y, b, a)
    } else {
        match order? {
            DateOrder::MonthFirst => ymd(y, a, b),
            DateOrder::DayFirst => ymd(y, b, a),
        }
    }
}

/// The numbers of a dotted date at token `i` ("14.03.2025": one number token of one or
/// two digits, one or two, and four), not glued to a word or number before it.
fn dotted_date(t: &Tokens<'_>, i: usize) -> Option<(u32, u32, i32)> {
    let x = t.get(i).filter(|x| x.is_num())?;
    if x.glued()
        && i > 0
        && t.get(i - 1)
            .is_some_and(|p| !matches!(p.kind, TokKind::Sym('(')))
        || i > 0 && t.word_in(i - 1, NUMBERING_WORDS)
    {
        return None;
    }
    let mut parts = t.str(i).split('.');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(a, 1..=2) || !digits(b, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?))
}

/// Months and days: "June 2025", "in June", "Sept. 2025", "September 24, 2025",
/// "24 September 2025", "Sept. 24", "July 23rd", "2025-09-24", "9/24/2025",
/// "January-March", "January-September 2009", "between January and March 2025", "from
/// April 1 to June 30".
fn date_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    let doc_year = ctx.doc_date.map(|d| d.year());
    // ISO "2025-09-24"
    if t.is_num(i)
        && t.str(i).len() == 4
        && t.is_sym(i + 1, '-')
        && t.is_num(i + 2)
        && t.is_sym(i + 3, '-')
        && t.is_num(i + 4)
        && (1..=4).all(|d| t.glued(i + d))
    {
        let y: i32 = t.str(i).parse().ok()?;
        let m: u32 = t.str(i + 2).parse().ok()?;
        let d: u32 = t.str(i + 4).parse().ok()?;
        let date = ymd(y, m, d)?;
        return Some(Found {
            start: i,
            end: i + 5,
            period: period(Grain::Day, Some(date), Some(date)),
        });
    }
    // Numeric "9/24/2025" or "24/9/2025", only when the day is unambiguous (> 12).
    if t.is_num(i)
        && t.is_sym(i + 1, '/')
        && t.is_num(i + 2)
        && t.is_sym(i + 3, '/')
        && t.is_num(i + 4)
        && (1..=4).all(|d| t.glued(i + d))
    {
        let a: u32 = t.str(i).parse().ok()?;
        let b: u32 = t.str(i + 2).parse().ok()?;
        let ys = t.str(i + 4);
        let y: i32 = match ys.len() {
            4 => ys.parse().ok()?,
            _ => return None,
        };
        let date = numeric_date(a, b, y, ctx.date_order)?;
        return Some(Found {
            start: i,
            end: i + 5,
            period: period(Grain::Day, Some(date), Some(date)),
        });
    }
    // Dotted "14.03.2025", one number token: the European style, day first unless the
    // caller says otherwise.
    if let Some((a, b, y)) = dotted_date(t, i) {
        let date = numeric_date(a, b, y, ctx.date_order.or(Some(DateOrder::DayFirst)))?;
        return Some(Found {
            start: i,
            end: i + 1,
            period: period(Grain::Day, Some(date), Some(date)),
        });
    }
    // Weekday before a date: "Tuesday, October 14, 2025", "Wednesday 12 March".
    let mut k = i;
    let mut weekday_start = None;
    if t.has_class(k, crate::lexicon::WEEKDAY) && weekday_word(t.str(k)).is_some() {
        let mut j = k + 1;
        if t.is_sym(j, ',') {
            j += 1;
        }
        if month_at(t, j).is_some() || (t.is_num(j) && month_at(t, j + 1).is_some()) {
            weekday_start = Some(k);
            k = j;
        } else {
            return weekday::bare_weekday_at(t, k, ctx.doc_date);
        }
    }
    let start = weekday_start.unwrap_or(k);
    // Day before month: "24 September 2025"
    if t.is_num(k) && t.str(k).len() <= 2 {
        let (d, after_day) = day_num(t, k)?;
        // "the 3rd of November": "of" after a day with its ordinal suffix.
        let ordinal = after_day > k + 1;
        let after_day = if ordinal && t.word_is(after_day, "of") {
            after_day + 1
        } else {
            after_day
        };
        let (m, a) = month_at(t, after_day)?;
        let mut e = a;
        let mut year = None;
        if let Some((y, ye)) = year_at(t, e).filter(|_| t.is_num(e)) {
            year = Some(y);
            e = ye;
        }
        return day_or_range(t, (start, e), (m, d, year), ctx);
    }
    let (m, a) = month_at(t, k)?;
    // Month day[, year]: "September 24, 2025", "Sept. 24", "July 23rd"
    if let Some((d, mut e)) = (t.is_num(a) && t.str(a).len() <= 2 && !t.glued(a))
        .then(|| day_num(t, a))
        .flatten()
    {
        if !(1..=31).contains(&d) {
            return None;
        }
        // "Nov. 3-5, 2025": days of one month.
        let mut last_day = None;
        if crate::number::is_range_dash(t, e) && t.glued(e) && t.glued(e + 1) && t.is_num(e + 1) {
            if let Some((d2, e2)) = day_num(t, e + 1).filter(|&(d2, _)| d2 > d) {
                last_day = Some(d2);
                e = e2;
            }
        }
        let mut year = None;
        let comma = t.is_sym(e, ',');
        let yk = if comma { e + 1 } else { e };
        if let Some((y, ye)) = year_at(t, yk).filter(|_| t.is_num(yk)) {
            year = Some(y);
            e = ye;
        }
        if let Some(d2) = last_day {
            let first = year.map_or_else(|| nearest_day(ctx.doc_date, m, d), |y| ymd(y, m, d));
            // "Feb. 27-30" has no last day: no period.
            let last = first.map(|f| ymd(f.year(), m, d2));
            let (first, last) = match last {
                Some(None) => return None,
                Some(last) => (first, last),
                None => (None, None),
            };
            return Some(Found {
                start,
                end: e,
                period: period(Grain::Range, first, last),
            });
        }
        return day_or_range(t, (start, e), (m, d, year), ctx);
    }
    if weekday_start.is_some() {
        return None;
    }
    // Month ranges: "January-March", "January-September 2009",
    // "between January and March 2025", "from January to March".
    let between = k > 0 && t.word_in(k - 1, &["between", "from"]);
    let joiner = (crate::number::is_range_dash(t, a) && t.glued(a))
        || (between && t.word_in(a, &["and", "to", "through"]));
    if joiner {
        if let Some((m2, a2)) = month_at(t, a + 1) {
            let mut e = a2;
            let mut year = None;
            if let Some((y, ye)) = plain_year(t, e) {
                year = Some(y);
                e = ye;
            }
            let y = year.or(doc_year);
            let (s, en) = match y {
                Some(y) if m2 >= m => (ymd(y, m, 1), month_end(y, m2)),
                Some(y) => (ymd(y - 1, m, 1), month_end(y, m2)),
                None => (None, None),
            };
            // "the October-December quarter", "the April-September half": the noun
            // names the grain when the months fill one; "period" does when they are a
            // calendar quarter or half.
            let months = (m2 + 12 - m) % 12 + 1;
            let period_noun = t.word_is(e, "period");
            let grain = if months == 3 && (t.word_is(e, "quarter") || period_noun && m % 3 == 1) {
                Grain::Quarter
            } else if months == 6 && (t.word_is(e, "half") || period_noun && m % 6 == 1) {
                Grain::Half
            } else {
                Grain::Range
            };
            if t.word_in(e, &["quarter", "half", "period"]) {
                e += 1;
            }
            return Some(Found {
                start: k,
                end: e,
                period: period(grain, s, en),
            });
        }
    }
    // Month [year]: "June 2025", "Sept. 2025", "June of 2025", "in June"
    let mut e = a;
    let mut year = None;
    let yk = if t.word_is(a, "of") && plain_year(t, a + 1).is_some() {
        a + 1
    } else {
        a
    };
    if let Some((y, ye)) = plain_year(t, yk).or_else(|| year_at(t, yk).filter(|_| !t.is_num(yk))) {
        year = Some(y);
        e = ye;
    }
    // "for March delivery", "the December contract": a futures month, which lies ahead.
    let delivery = year.is_none() && t.word_in(a, DELIVERY_WORDS);
    if year.is_none() && !delivery {
        // A month name alone needs a cue that it is a time: a preposition before it.
        let cue = k > 0
            && t.word_in(
                k - 1,
                &[
                    "in",
                    "since",
                    "by",
                    "until",
                    "till",
                    "through",
                    "during",
                    "of",
                    "early",
                    "late",
                    "mid",
                    "last",
                    "next",
                    "this",
                    "from",
                    "to",
                    "before",
                    "after",
                    "end",
                    "start",
                    "beginning",
                    "since",
                    "for",
                    "each",
                    "every",
                ],
            );
        let cue = cue || (k > 1 && t.is_sym(k - 1, '-') && t.word_is(k - 2, "mid"));
        if !cue
            || t.str(k) == "May"
                && !t.word_in(
                    k.wrapping_sub(1),
                    &[
                        "in", "since", "until", "by", "early", "late", "of", "last", "next",
                        "through",
                    ],
                )
        {
            return None;
        }
    }
    let y = match ctx.doc_date {
        // The next such month from the document's: "for March delivery" in November is
        // next March.
        Some(doc) if delivery => Some(doc.year() + i32::from(m < doc.month())),
        _ => year.or(doc_year),
    };
    let (s, en) = match y {
        Some(y) => (ymd(y, m, 1), month_end(y, m)),
        None => (None, None),
    };
    Some(Found {
        start: k,
        end: e,
        period: period(Grain::Month, s, en),
    })
}

/// The words after a month that make it a futures contract's delivery month: "for March
/// delivery", "January futures". Not "contract": "signed in March contracts worth …".
const DELIVERY_WORDS: &[&str] = &["delivery", "futures"];

/// The day `m`/`d` (of `year`, or the one nearest the document date) written at tokens
/// `start..e`; or, after "from" or "between", the range from it to the day after "to",
/// "through", "until" or "and": "from April 1 to June 30", "between Jan. 1 and March 31,
/// 2025". A range's first day takes its year from the last day when it has none, so
/// that it comes first.
fn day_or_range(
    t: &Tokens<'_>,
    (start, e): (usize, usize),
    (m, d, year): (u32, u32, Option<i32>),
    ctx: &PeriodContext,
) -> Option<Found> {
    let date = year.map_or_else(|| nearest_day(ctx.doc_date, m, d), |y| ymd(y, m, d));
    if year.is_some() && date.is_none() {
        return None;
    }
    let day = Found {
        start,
        end: e,
        period: period(Grain::Day, date, date),
    };
    let joined = match start.checked_sub(1) {
        Some(b) if t.word_is(b, "from") => t.word_in(e, &["to", "through", "until", "till"]),
        Some(b) if t.word_is(b, "between") => t.word_is(e, "and"),
        _ => false,
    };
    // The second date is read alone: the word before it is the joiner, so it cannot
    // open another range.
    let Some(last) = joined
        .then(|| date_at(t, e + 1, ctx))
        .flatten()
        .filter(|f| f.period.grain == Grain::Day)
    else {
        return Some(day);
    };
    let Some(last_day) = last.period.end else {
        return Some(day);
    };
    let first = match year {
        Some(_) => date,
        None => ymd(last_day.year(), m, d)
            .filter(|f| *f <= last_day)
            .or_else(|| ymd(last_day.year() - 1, m, d)),
    };
    // A written first year with a last day of none: the last day is the first on or
    // after it.
    let last_day = match first {
        Some(first) if year.is_some() && !has_year(t, last.start, last.end) => {
            ymd(first.year(), last_day.month(), last_day.day())
                .filter(|l| *l >= first)
                .or_else(|| ymd(first.year() + 1, last_day.month(), last_day.day()))
        }
        _ => Some(last_day),
    };
    // Days that do not exist in the years found ("Feb. 29") or come in the wrong order
    // make no range.
    let (Some(first), Some(last_day)) = (first, last_day) else {
        return Some(day);
    };
    if first > last_day {
        return Some(day);
    }
    Some(Found {
        start,
        end: last.end,
        period: period(Grain::Range, Some(first), Some(last_day)),
    })
}

/// A day number with an optional ordinal suffix: "24", "23rd".
fn day_num(t: &Tokens<'_>, k: usize) -> Option<(u32, usize)> {
    let d: u32 = t.str(k).parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // "in the quarter through September 5% higher": a percentage, not a day.
    if t.is_sym(k + 1, '%') || t.has_class(k + 1, crate::lexicon::PERCENT_UNIT) {
        return None;
    }
    let mut e = k + 1;
    if t.word_in(e, &["st", "nd", "rd", "th"]) && t.glued(e) {
        e += 1;
    }
    Some((d, e))
}

/// "first nine months of 2025", "first 10 months of fiscal 1986/87 ending March",
/// "first six months of the year": the months from the start of the named year.
fn first_months_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    if t.is_num(i) {
        return months_label_at(t, i, ctx);
    }
    if !t.word_is(i, "first") {
        return None;
    }
    let n = number::number_at(t, i + 1, Scales::None).filter(|n| !n.grouped)?;
    let count = u32::try_from(n.value)
        .ok()
        .filter(|c| (1..=23).contains(c))?;
    // "the first three quarters of 2025" are its first nine months.
    let count = if t.word_is(n.end, "months") {
        count
    } else if t.word_is(n.end, "quarters") && count <= 4 {
        3 * count
    } else {
        return None;
    };
    if !t.word_is(n.end + 1, "of") {
        return first_months_unnamed(t, i, n.end + 1, count, ctx);
    }
    let k = n.end + 2;
    let (year_start, end) = if t.word_is(k, "the") && t.word_is(k + 1, "year") {
        (ctx.doc_date.and_then(|d| ymd(d.year(), 1, 1)), k + 2)
    } else if let Some(f) = fiscal_at(t, k, ctx) {
        (f.period.start, f.end)
    } else if let Some((y, e)) = plain_year(t, k) {
        (ymd(y, 1, 1), e)
    } else {
        return None;
    };
    Some(Found {
        start: i,
        end,
        period: first_months(year_start, count),
    })
}

/// The first `count` months of the year that starts on `year_start` (unknown when it is).
fn first_months(year_start: Option<NaiveDate>, count: u32) -> Period {
    let stop = year_start
        .and_then(|s| s.checked_add_months(Months::new(count)))
        .and_then(|d| d.pred_opt());
    let mut p = period(months_grain(count), year_start, stop);
    p.months = Some(count);
    p
}

/// The grain of a stretch of `count` months from a year's start: three are a quarter,
/// six a half, others a range.
fn months_grain(count: u32) -> Grain {
    match count {
        3 => Grain::Quarter,
        6 => Grain::Half,
        _ => Grain::Range,
    }
}

/// "9M25", "9MFY26": the first nine months of a calendar or fiscal year, as brokers
/// label them. A count of one to eleven months glued to "M" and its year.
fn months_label_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    let count: u32 = t.str(i).parse().ok().filter(|c| (1..=11).contains(c))?;
    if !t.glued(i + 1) || i > 0 && t.glued(i) && (t.is_word(i - 1) || t.is_num(i - 1)) {
        return None;
    }
    let k = i + 2;
    // The year's start, its fiscal year if it is one, and the token after it.
    let (year_start, fiscal_year, end) = match t.str(i + 1) {
        "MFY" => {
            let (fy, e) = glued_fiscal_year(t, k)?;
            let start = ctx
                .fiscal_year_end
                .and_then(|fye| fiscal_year_dates(fy, fye).0);
            (start, Some(fy), e)
        }
        // Only with the year glued: "3M 2024 revenue" is the company 3M's.
        "M" => {
            let (y, e) = glued_fiscal_year(t, k).filter(|_| t.str(k).len() == 2)?;
            (ymd(y, 1, 1), None, e)
        }
        _ => return None,
    };
    let mut p = first_months(year_start, count);
    p.fiscal = fiscal_year.is_some();
    p.fiscal_year = fiscal_year;
    Some(Found {
        start: i,
        end,
        period: p,
    })
}

/// "the first nine months" with no year: the latest such stretch of a calendar year that
/// ended by the document date. `end` is the token after "months"; a stated end ("first
/// nine months ended June 30", "… to June") is left to [`ended_at`].
fn first_months_unnamed(
    t: &Tokens<'_>,
    i: usize,
    end: usize,
    count: u32,
    ctx: &PeriodContext,
) -> Option<Found> {
    if count > 12
        || t.word_in(
            end,
            &["ended", "ending", "to", "through", "thru", "till", "until"],
        )
    {
        return None;
    }
    let (start, stop) = ctx.doc_date.map_or((None, None), |doc| {
        latest_period(doc, count, count, Reached::End)
    });
    let mut p = period(months_grain(count), start, stop);
    p.months = Some(count);
    p.relative = true;
    Some(Found {
        start: i,
        end,
        period: p,
    })
}

/// "the third quarter ended September 30, 2025", "second qtr ended Feb 28",
/// "year ended January 31", "six months ended June 30", "nine months to September",
/// "the quarter ending in October", "six months to the end of September",
/// "week ended February 25", "first 10 months of 2025".
fn ended_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    // What the period is: a quarter (ordinal optional), a year, N months, a week.
    let mut k = i;
    let (grain, months): (Grain, Option<u32>);
    // The length of a period of whole days or weeks ("52 weeks ended", "the five days
    // to Nov. 14").
    let mut days: Option<i64> = None;
    // "fiscal third quarter ended": "fiscal" before the ordinal, as after it.
    let fiscal_first = t.word_is(k, "fiscal") && ordinal_at(t, k + 1).is_some();
    if fiscal_first {
        k += 1;
    }
    // The quarter's or half's number, when an ordinal names it.
    let mut number = None;
    let mut half_number = None;
    let mut fiscal = fiscal_first;
    if let Some((n, a)) = ordinal_at(t, k) {
        let mut j = a;
        // "third-quarter ended": the hyphen is glued, as in `quarter_at` and `half_at`.
        if t.is_sym(j, '-') && t.glued(j) {
            j += 1;
        }
        if t.word_is(j, "fiscal") {
            fiscal = true;
            j += 1;
        }
        if t.word_in(j, &["quarter", "qtr"]) {
            grain = Grain::Quarter;
            months = Some(3);
            number = u8::try_from(n).ok().filter(|n| (1..=4).contains(n));
            k = j + 1;
        } else if t.word_is(j, "half") {
            // "first half ended June 30"
            grain = Grain::Half;
            months = Some(6);
            half_number = u8::try_from(n).ok().filter(|n| (1..=2).contains(n));
            k = j + 1;
        } else {
            return None;
        }
    } else if t.word_in(k, &["quarter", "qtr"]) {
        grain = Grain::Quarter;
        months = Some(3);
        k += 1;
    } else if t.word_is(k, "half") {
        // "half ended", "half-year ended", "half year to 31 December"
        grain = Grain::Half;
        months = Some(6);
        k += if t.word_is(k + 1, "year") {
            2
        } else if t.is_sym(k + 1, '-') && t.glued(k + 1) && t.word_is(k + 2, "year") {
            3
        } else {
            1
        };
    } else if t.word_in(k, YEAR_ENDED_WORDS) {
        // "the years ended December 31, 2019 and 2018" (filings): the first year named.
        let mut j = k + 1;
        if t.word_in(k, FISCAL_WORDS) {
            if !t.word_is(j, "year") {
                return None;
            }
            j += 1;
        }
        grain = Grain::Year;
        months = Some(12);
        k = j;
    } else if t.word_is(k, "week") {
        grain = Grain::Range;
        months = None;
        k += 1;
    } else if let Some((count, _, after)) = day_count(t, k).filter(|&(_, unit, _)| {
        t.word_in(unit, &["weeks", "week"]) || k > 0 && t.word_is(k - 1, "the")
    }) {
        // "52 weeks ended January 31": a retail fiscal year or quarter of whole weeks;
        // "the 39-week period ended October 4"; "the five days to Nov. 14".
        if !t.word_in(after, &["ended", "ending", "to", "through"]) {
            return None;
        }
        days = Some(count);
        grain = Grain::Range;
        months = None;
        k = after;
    } else if let Some(n) = (!t.is_num(k)
        || t.word_in(k + 1, MONTHS_OR_QUARTERS)
        || t.is_sym(k + 1, '-') && t.word_in(k + 2, MONTHS_OR_QUARTERS))
    .then(|| number::number_at(t, k, Scales::None))
    .flatten()
    .filter(|n| !n.grouped)
    {
        // "six months ended June 30", "nine months to September", "three quarters to
        // September", and as filings write it, "the six-month period ended June 30".
        let hyphened = t.is_sym(n.end, '-') && t.glued(n.end) && t.glued(n.end + 1);
        let unit = if hyphened { n.end + 1 } else { n.end };
        if !t.word_in(unit, MONTHS_OR_QUARTERS) {
            return None;
        }
        let per_unit = if t.word_is(unit, "quarters") { 3 } else { 1 };
        let count = u32::try_from(n.value)
            .ok()
            .and_then(|c| c.checked_mul(per_unit))
            .filter(|c| (1..=24).contains(c))?;
        grain = match count {
            3 => Grain::Quarter,
            6 => Grain::Half,
            12 => Grain::Year,
            _ => Grain::Range,
        };
        months = Some(count);
        k = unit + 1;
        if hyphened && t.word_is(k, "period") {
            k += 1;
        }
    } else {
        return None;
    }
    if !t.word_in(k, &["ended", "ending", "to", "through", "thru"]) {
        // "first 10 months of 2025"
        return None;
    }
    // "ending in October", "to the end of September": the month comes after either.
    let mut mk = k + 1;
    if t.word_is(mk, "in") {
        mk += 1;
    } else if t.word_is(mk, "the") && t.word_is(mk + 1, "end") && t.word_is(mk + 2, "of") {
        mk += 3;
    } else if t.word_is(mk, "end") && t.is_sym(mk + 1, '-') && t.glued(mk + 1) && t.glued(mk + 2) {
        // "to end-September"
        mk += 2;
    }
    // "ended 30 June 2025", "to 31st March": the day first, as British and Australian
    // copy writes it.
    let day_first = (t.is_num(mk) && t.str(mk).len() <= 2)
        .then(|| day_num(t, mk))
        .flatten()
        .and_then(|(d, de)| Some((d, month_at(t, de)?)));
    let (mut day, (m, a)) = match day_first {
        Some((d, month)) => (Some(d), month),
        None => (None, month_at(t, mk)?),
    };
    let mut e = a;
    if let Some((d, de)) = (day.is_none() && t.is_num(e) && t.str(e).len() <= 2)
        .then(|| day_num(t, e))
        .flatten()
    {
        day = Some(d);
        e = de;
    }
    let mut year = None;
    let yk = if t.is_sym(e, ',') { e + 1 } else { e };
    if let Some((y, ye)) = year_at(t, yk).filter(|_| t.is_num(yk)) {
        year = Some(y);
        e = ye;
    }
    // Without a year: "ended" is the latest such date on or before the document date;
    // "ending" may lie ahead, so it is the nearest such date.
    let past = t.word_is(k, "ended");
    let y = year.or_else(|| {
        ctx.doc_date.map(|doc| {
            let y = doc.year();
            let on = |y: i32| match day {
                Some(d) => ymd(y, m, d),
                None => month_end(y, m),
            };
            if past {
                if on(y).is_some_and(|c| c > doc) {
                    y - 1
                } else {
                    y
                }
            } else {
                let dist = |y: i32| on(y).map_or(i64::MAX, |c| (c - doc).num_days().abs());
                [y - 1, y, y + 1]
                    .into_iter()
                    .min_by_key(|&y| dist(y))
                    .unwrap_or(y)
            }
        })
    });
    let end_date = y.and_then(|y| match day {
        Some(d) => ymd(y, m, d),
        None => month_end(y, m),
    });
    let mut p = period(grain, None, end_date);
    if let Some(end) = end_date {
        if grain == Grain::Range && months.is_none() {
            // Whole weeks or days ended on that day.
            let days = days.unwrap_or(7) - 1;
            p.start = end.checked_sub_signed(Duration::days(days));
        } else if let Some(len) = months {
            if is_month_end(end) {
                p.start = end
                    .succ_opt()
                    .and_then(|d| d.checked_sub_months(Months::new(len)));
            }
        }
    }
    // "year ended January 31" names a fiscal year; "12 months to March 31" need not.
    if grain == Grain::Year && t.word_in(i, YEAR_ENDED_WORDS) {
        p.fiscal = true;
    }
    // "fiscal third quarter ended Oct. 26": the company's third quarter, whatever
    // months it covers.
    p.quarter = number;
    p.half = half_number;
    p.fiscal |= fiscal;
    Some(Found {
        start: i,
        end: e,
        period: p,
    })
}

/// A count of days or weeks at token `k` ("52 weeks", "five days", "10 days", "the
/// 39-week period"), in days, the index of the unit and of the token after the count:
/// at most 104 weeks or 31 days.
fn day_count(t: &Tokens<'_>, k: usize) -> Option<(i64, usize, usize)> {
    // A count is at most "twenty - five": the unit comes within three tokens, which their
    // class bits tell before the number is read.
    let unit_ahead = (k + 1..k + 4).any(|j| {
        t.has_class(j, crate::lexicon::DURATION_UNIT)
            && t.word_in(j, &["weeks", "week", "days", "day"])
    });
    if !unit_ahead {
        return None;
    }
    let n = number::number_at(t, k, Scales::None).filter(|n| !n.grouped)?;
    let count = i64::try_from(n.value).ok()?;
    // "the 39-week period": a hyphened unit counts before "period" only ("a 52-week
    // high" is no span of days).
    let hyphened = t.is_sym(n.end, '-') && t.glued(n.end) && t.glued(n.end + 1);
    let (unit, after) = if hyphened {
        let unit = n.end + 1;
        if !t.word_in(unit, &["week", "day"]) || !t.word_is(unit + 1, "period") {
            return None;
        }
        (unit, unit + 2)
    } else {
        (n.end, n.end + 1)
    };
    if t.word_in(unit, &["weeks", "week"]) && (1..=104).contains(&count) {
        Some((7 * count, unit, after))
    } else if t.word_in(unit, &["days", "day"]) && (1..=31).contains(&count) {
        Some((count, unit, after))
    } else {
        None
    }
}

/// Periods relative to the document date: "this year", "last quarter", "next month",
/// "this week", "earlier this month", "year to date", "YTD", "the next three years",
/// "the past decade", "the trailing 12 months", "TTM", "last Monday".
fn relative_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    let tok = t.get(i)?;
    if !tok.is_word() {
        return None;
    }
    let mut buf = [0u8; 16];
    // Lowercased bytes: a word that is not ASCII matches none of the words below.
    let w = lower_ascii(t.str(i), &mut buf).unwrap_or("").as_bytes();
    let doc = ctx.doc_date;
    // "TTM", "LTM": the trailing (last) twelve months.
    if matches!(w, b"ttm" | b"ltm") && tok.shape & token::ALL_UPPER != 0 {
        return Some(Found {
            start: i,
            end: i + 1,
            period: anchored_duration(doc, Some(12), false),
        });
    }
    // "YTD", "year to date", "year-to-date"
    if w == b"ytd"
        || (w == b"year"
            && (t.word_is(i + 1, "to") && t.word_is(i + 2, "date")
                || t.is_sym(i + 1, '-') && t.word_is(i + 2, "to") && t.word_is(i + 4, "date")))
    {
        let end = if w == b"ytd" {
            i + 1
        } else if t.word_is(i + 1, "to") {
            i + 3
        } else {
            i + 5
        };
        let (s, e) = match doc {
            Some(d) => (ymd(d.year(), 1, 1), Some(d)),
            None => (None, None),
        };
        let mut p = period(Grain::Range, s, e);
        p.relative = true;
        return Some(Found {
            start: i,
            end,
            period: p,
        });
    }
    // "the most recent quarter", "the just-ended quarter", "the quarter just ended": the
    // last one, as "last quarter" is.
    let (last_one, opener_len) = last_one_at(t, i, w);
    if let Some((grain, fiscal, end)) = unit_just_ended(t, i, w) {
        return Some(Found {
            start: i,
            end,
            period: unit_period(grain, fiscal, -1, ctx),
        });
    }
    let offset: i32 = match relative_offset(w) {
        Some(offset) => offset,
        None if last_one => -1,
        None if matches!(w, b"the" | b"over" | b"within" | b"in" | b"during") => {
            // "the next three years", "the past decade", "the coming year"
            if t.has_class(i + 1, crate::lexicon::RELATIVE) {
                let f = relative_at(t, i + 1, ctx)?;
                let start = if w == b"the" { i } else { i + 1 };
                return Some(Found { start, ..f });
            }
            return None;
        }
        None => return None,
    };
    // "on a trailing-twelve-month basis": the whole phrase hyphened.
    let j = if w == b"trailing" && t.is_sym(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2) {
        i + 2
    } else {
        i + opener_len
    };
    let mut fiscal = false;
    let mut u = j;
    // "the past fiscal year", "the last financial year" ("financial" only before a unit:
    // "the last financial crisis" names no year).
    if t.word_is(u, "fiscal")
        || t.word_is(u, "financial") && t.word_in(u + 1, &["year", "quarter", "half"])
    {
        fiscal = true;
        u += 1;
    }
    let mut b2 = [0u8; 16];
    // The units read below ("year", "yr", "quarter", "month", "week", "half") are all
    // duration units or number words in the lexicon: other words need not be lowercased.
    let unit = if t.has_class(
        u,
        crate::lexicon::DURATION_UNIT | crate::lexicon::NUMBER_WORD,
    ) {
        lower_ascii(t.str(u), &mut b2).unwrap_or("")
    } else {
        ""
    };
    // "the next three years", "the past 12 months", "the past decade", "next few years"
    if matches!(
        w,
        b"next" | b"past" | b"last" | b"coming" | b"previous" | b"trailing"
    ) {
        let (count, after) =
            if let Some(n) = number::number_at(t, j, Scales::None).filter(|n| !n.grouped) {
                (
                    u32::try_from(n.value)
                        .ok()
                        .filter(|c| (1..=100).contains(c)),
                    n.end,
                )
            } else if t.word_in(j, &["few", "several", "couple"]) {
                let a = if t.word_is(j, "couple") && t.word_is(j + 1, "of") {
                    j + 2
                } else {
                    j + 1
                };
                (None, a)
            } else {
                (Some(1), j)
            };
        let mut b3 = [0u8; 16];
        // The units read below are all duration units in the lexicon.
        let unit2 = if t.has_class(after, crate::lexicon::DURATION_UNIT) {
            lower_ascii(t.str(after), &mut b3).unwrap_or("")
        } else {
            ""
        };
        // "the trailing twelve-month period": a hyphened unit after the count.
        let hyphened = unit2.is_empty()
            && after > j
            && t.is_sym(after, '-')
            && t.glued(after)
            && t.glued(after + 1);
        let (unit2, after) = if hyphened {
            // The singular read as the plural the table below holds.
            const SINGULARS: [(&str, &str); 3] = [
                ("month", "months"),
                ("year", "years"),
                ("quarter", "quarters"),
            ];
            let unit = SINGULARS
                .iter()
                .find(|(one, _)| t.word_is(after + 1, one))
                .map_or("", |&(_, plural)| plural);
            (unit, after + 1)
        } else {
            (unit2, after)
        };
        let per_unit = match unit2 {
            "years" | "yrs" => Some(12),
            "months" | "mths" => Some(1),
            "quarters" => Some(3),
            "decade" | "decades" => Some(120),
            _ => None,
        };
        let forward = matches!(w, b"next" | b"coming");
        if let Some(unit_months) = per_unit.filter(|_| after > j || unit2 == "decade") {
            let total = count.map(|c| c * unit_months);
            return Some(Found {
                start: i,
                end: after + 1,
                period: anchored_duration(doc, total, forward),
            });
        }
        // "the past 52 weeks", "the next 30 days": counted in days.
        let per_unit_days = match unit2 {
            "weeks" => Some(7),
            "days" => Some(1),
            _ => None,
        };
        if let Some(unit_days) = per_unit_days.filter(|_| after > j) {
            let total = count.map(|c| c * unit_days);
            return Some(Found {
                start: i,
                end: after + 1,
                period: anchored_days(doc, total, forward),
            });
        }
        // "trailing" counts only before a length of time.
        if w == b"trailing" {
            return None;
        }
    }
    // "the next fiscal", "this fiscal": a fiscal year.
    let unit = if fiscal && !matches!(unit, "year" | "quarter" | "month" | "half") {
        u -= 1;
        "year"
    } else {
        unit
    };
    let grain = match unit {
        "year" | "yr" => Grain::Year,
        "quarter" => Grain::Quarter,
        "month" => Grain::Month,
        "week" => Grain::Week,
        _ => {
            // "last Monday"
            // Only a word of the WEEKDAY class can be a weekday name.
            let weekday = t
                .has_class(j, crate::lexicon::WEEKDAY)
                .then(|| weekday_word(t.str(j)))
                .flatten();
            if let (Some(wd), b"last" | b"this" | b"next") = (weekday, w) {
                let date = doc.and_then(|d| {
                    let back = (7 + d.weekday().num_days_from_monday() as i64
                        - wd.num_days_from_monday() as i64)
                        % 7;
                    let back = if back == 0 && w == b"last" { 7 } else { back };
                    match w {
                        b"next" => {
                            let fwd = (7 + wd.num_days_from_monday() as i64
                                - d.weekday().num_days_from_monday() as i64)
                                % 7;
                            d.checked_add_signed(Duration::days(if fwd == 0 { 7 } else { fwd }))
                        }
                        _ => d.checked_sub_signed(Duration::days(back)),
                    }
                });
                let mut p = period(Grain::Day, date, date);
                p.relative = true;
                return Some(Found {
                    start: i,
                    end: j + 1,
                    period: p,
                });
            }
            return None;
        }
    };
    // "over the past year": the twelve months to the document date, where "last year"
    // is the calendar year before it.
    if w == b"past" && grain == Grain::Year && !fiscal {
        return Some(Found {
            start: i,
            end: u + 1,
            period: anchored_duration(doc, Some(12), false),
        });
    }
    let offset = if w == b"past" { -1 } else { offset };
    Some(Found {
        start: i,
        end: u + 1,
        period: unit_period(grain, fiscal, offset, ctx),
    })
}

/// The year (a fiscal year when `fiscal`), quarter, month or week `offset` of them from
/// the one holding the document date: "last quarter" is -1, "next year" 1.
fn unit_period(grain: Grain, fiscal: bool, offset: i32, ctx: &PeriodContext) -> Period {
    let mut p = period(grain, None, None);
    p.relative = true;
    p.fiscal = fiscal;
    if let Some(d) = ctx.doc_date {
        let (s, e) = match grain {
            Grain::Year if !fiscal => {
                (ymd(d.year() + offset, 1, 1), ymd(d.year() + offset, 12, 31))
            }
            Grain::Year => match ctx.fiscal_year_end {
                Some(fye) => {
                    // The fiscal year containing the document date, then offset.
                    let fy_now = if year_end_in(d.year(), fye).is_some_and(|end| d <= end) {
                        d.year()
                    } else {
                        d.year() + 1
                    };
                    fiscal_year_dates(fy_now + offset, fye)
                }
                None => (None, None),
            },
            Grain::Quarter => {
                let q0 = (d.month0() / 3) as i32;
                let idx = d.year() * 4 + q0 + offset;
                let (y, q) = (idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1);
                quarter_dates(y, q)
            }
            Grain::Month => {
                let idx = d.year() * 12 + d.month0() as i32 + offset;
                let (y, m) = (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1);
                (ymd(y, m, 1), month_end(y, m))
            }
            Grain::Week => {
                let monday =
                    d.checked_sub_signed(Duration::days(d.weekday().num_days_from_monday() as i64));
                let s = monday.and_then(|m| m.checked_add_signed(Duration::weeks(offset as i64)));
                (s, s.and_then(|s| s.checked_add_signed(Duration::days(6))))
            }
            _ => (None, None),
        };
        p.start = s;
        p.end = e;
    }
    p
}

/// Whether the words at token `i` (`w` lowercased) open "the last one" of a unit:
/// "latest", "most recent", "just-ended", "just ended"; and how many tokens they take.
fn last_one_at(t: &Tokens<'_>, i: usize, w: &[u8]) -> (bool, usize) {
    match w {
        b"latest" => (true, 1),
        b"most" if t.word_is(i + 1, "recent") => (true, 2),
        b"just" if t.is_sym(i + 1, '-') && t.glued(i + 1) && t.word_is(i + 2, "ended") => (true, 3),
        b"just" if t.word_is(i + 1, "ended") => (true, 2),
        _ => (false, 1),
    }
}

/// "year just ended", "quarter just ended", "fiscal year just ended" at token `i` (`w`
/// lowercased): the grain, whether fiscal, and the token after "ended".
fn unit_just_ended(t: &Tokens<'_>, i: usize, w: &[u8]) -> Option<(Grain, bool, usize)> {
    let (grain, fiscal, unit) = match w {
        b"fiscal" if t.word_is(i + 1, "year") => (Grain::Year, true, i + 1),
        b"year" => (Grain::Year, false, i),
        b"quarter" => (Grain::Quarter, false, i),
        b"month" => (Grain::Month, false, i),
        b"week" => (Grain::Week, false, i),
        _ => return None,
    };
    (t.word_is(unit + 1, "just") && t.word_is(unit + 2, "ended")).then_some((
        grain,
        fiscal,
        unit + 3,
    ))
}

/// A length of time of `months` relative to the document date `doc`: the months up to
/// it ("the past 12 months"), or from it when `forward` ("the next three years").
fn anchored_duration(doc: Option<NaiveDate>, months: Option<u32>, forward: bool) -> Period {
    let mut p = period(Grain::Duration, None, None);
    p.months = months;
    p.relative = true;
    if let (Some(d), Some(m)) = (doc, months) {
        if forward {
            p.start = Some(d);
            p.end = d
                .checked_add_months(Months::new(m))
                .and_then(|x| x.pred_opt());
        } else {
            p.end = Some(d);
            p.start = d
                .checked_sub_months(Months::new(m))
                .and_then(|x| x.succ_opt());
        }
    }
    p
}

/// The `days` days that end on the document date, or start on it when `forward`, as
/// `anchored_duration` for months: "the past 30 days" of 20 November start on 22
/// October.
fn anchored_days(doc: Option<NaiveDate>, days: Option<u32>, forward: bool) -> Period {
    let mut p = period(Grain::Duration, None, None);
    p.days = days;
    p.relative = true;
    if let (Some(d), Some(n)) = (doc, days) {
        let span = Duration::days(i64::from(n) - 1);
        if forward {
            p.start = Some(d);
            p.end = d.checked_add_signed(span);
        } else {
            p.end = Some(d);
            p.start = d.checked_sub_signed(span);
        }
    }
    p
}

/// Lengths of time: "three years", "12 months", "a three-year plan", "10-year",
/// "the past decade" (handled in `relative_at`), "two decades".
fn duration_at(t: &Tokens<'_>, i: usize, _ctx: &PeriodContext) -> Option<Found> {
    // Digits must be followed by a unit ("12 months", "10-year"): check before parsing.
    if t.is_num(i)
        && !t.has_class(i + 1, crate::lexicon::DURATION_UNIT)
        && !(t.is_sym(i + 1, '-') && t.has_class(i + 2, crate::lexicon::DURATION_UNIT))
    {
        return None;
    }
    let n = number::number_at(t, i, Scales::None)?;
    if n.grouped || n.value <= rust_decimal::Decimal::ZERO {
        return None;
    }
    if t.is_num(i)
        && i > 0
        && t.glued(i)
        && (t.is_word(i - 1) || t.is_num(i - 1) || t.is_sym(i - 1, '$'))
    {
        return None;
    }
    if n.words && t.word_in(i, &["a", "an", "half", "dozen"]) {
        return None;
    }
    let count = u32::try_from(n.value.trunc())
        .ok()
        .filter(|c| *c >= 1 && *c <= 100 && rust_decimal::Decimal::from(*c) == n.value)?;
    let mut k = n.end;
    let hyphen = t.is_sym(k, '-') && t.glued(k) && t.glued(k + 1);
    if hyphen {
        k += 1;
    }
    // Every unit below is a DURATION_UNIT word: other words need not be lowercased.
    if !t.has_class(k, crate::lexicon::DURATION_UNIT) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower_ascii(t.str(k), &mut buf)?;
    if !t.is_word(k) {
        return None;
    }
    let (months, days) = match (w, hyphen) {
        ("year" | "yr", true) | ("years" | "yrs", false) => (Some(count * 12), None),
        ("year", false) if count == 1 => (Some(12), None),
        ("month" | "mth", true) | ("months" | "mths", false) => (Some(count), None),
        ("month", false) if count == 1 => (Some(1), None),
        ("quarter", true) | ("quarters", false) => (Some(count * 3), None),
        ("decade", _) | ("decades", false) => (Some(count * 120), None),
        ("week", true) | ("weeks", false) => (None, Some(count * 7)),
        ("day", true) | ("days", false) => (None, Some(count)),
        _ => return None,
    };
    // "three years ago" is a point in time; "5 days a week" is a frequency; "three
    // quarters of staff" is a share.
    if t.word_in(k + 1, &["ago", "old", "later", "earlier"])
        || !hyphen && w.starts_with("quarter") && t.word_is(k + 1, "of")
        || t.word_in(k + 1, &["a", "an", "per", "each", "every"])
            && t.word_in(k + 2, &["day", "week", "month", "year", "quarter"])
    {
        return None;
    }
    let mut p = period(Grain::Duration, None, None);
    p.months = months;
    p.days = days;
    Some(Found {
        start: i,
        end: k + 1,
        period: p,
    })
}

/// "beginning of 2014", "end of 2012", "end-2025", "start of the year", "end of September",
/// "mid-2025" (the year only).
fn boundary_at(t: &Tokens<'_>, i: usize, ctx: &PeriodContext) -> Option<Found> {
    let first = t.word_in(i, &["beginning", "start"]);
    let last = t.word_in(i, &["end", "close"]);
    // "end of 2025", or glued with a hyphen: "end-2025", "start-March".
    let hyphened = t.is_sym(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2);
    if !(first || last) || !(t.word_is(i + 1, "of") || hyphened) {
        return None;
    }
    let k = i + 2;
    if hyphened && t.word_is(k, "the") {
        return None;
    }
    let doc_year = ctx.doc_date.map(|d| d.year());
    let (date, end) = if let Some((y, e)) = plain_year(t, k) {
        (if first { ymd(y, 1, 1) } else { ymd(y, 12, 31) }, e)
    } else if t.word_is(k, "the") && t.word_is(k + 1, "year") {
        (
            doc_year.and_then(|y| if first { ymd(y, 1, 1) } else { ymd(y, 12, 31) }),
            k + 2,
        )
    } else if let Some((m, a)) = month_at(t, k) {
        let mut e = a;
        let mut y = doc_year;
        if let Some((yy, ye)) = plain_year(t, a) {
            y = Some(yy);
            e = ye;
        }
        (
            y.and_then(|y| if first { ymd(y, m, 1) } else { month_end(y, m) }),
            e,
        )
    } else {
        return None;
    };
    Some(Found {
        start: i,
        end,
        period: period(Grain::Day, date, date),
    })
}

/// A fiscal year end stated in the text: "fiscal year ending March 31", "fiscal year
/// ends June 30", "fiscal year ended Sept. 30", "fiscal 2025, which ended Sept. 30",
/// "its fiscal year ends in June",
/// "financial year ending 31 March". `candidates` are the token indices, in order, of
/// at least every PERIOD_START word that is not a connector ("fiscal" and "financial"
/// are none).
fn stated_fiscal_year_end(t: &Tokens<'_>, candidates: &[usize]) -> Option<(u32, u32)> {
    for &k in candidates {
        // "fiscal" and "financial" are PERIOD_START words of six and nine bytes: both
        // tests reject nearly every token before its text is read.
        let Some(tok) = t.get(k) else { continue };
        if tok.class & crate::lexicon::PERIOD_START == 0 || !matches!(tok.end - tok.start, 6 | 9) {
            continue;
        }
        if !t.word_in(k, FISCAL_WORDS) {
            continue;
        }
        // "fiscal year", or a named fiscal year: "fiscal 2025, which ended".
        let mut j = if t.word_is(k + 1, "year") {
            k + 2
        } else if let Some((_, after)) = plain_year(t, k + 1) {
            after
        } else {
            continue;
        };
        if t.is_sym(j, ',') && t.word_is(j + 1, "which") {
            j += 2;
        }
        if !t.word_in(j, &["ending", "ends", "ended", "end"]) {
            continue;
        }
        // "ends in September": the month's last day.
        let at = j + 1 + usize::from(t.word_is(j + 1, "in"));
        if let Some(end) = month_day_at(t, at) {
            return Some(end);
        }
    }
    None
}

/// The fiscal year end a month and day at token `k` name: "March 31", "Sept. 30", "31
/// March", or a month alone ("ending March", "ending March 2025"), which ends on its
/// last day ("February" ends on the 29th, which `year_end_in` moves to the 28th in
/// common years). None for a day that is not a date ("June 31").
fn month_day_at(t: &Tokens<'_>, k: usize) -> Option<(u32, u32)> {
    let day_first = (t.is_num(k) && t.str(k).len() <= 2)
        .then(|| Some((t.str(k).parse::<u32>().ok()?, month_at(t, k + 1)?.0)))
        .flatten();
    let (m, day) = match day_first {
        Some((d, m)) => (m, Some(d)),
        None => {
            let (m, a) = month_at(t, k)?;
            let named_day = t.is_num(a) && t.str(a).len() <= 2;
            (m, named_day.then(|| t.str(a).parse().ok()).flatten())
        }
    };
    let day = day.or_else(|| month_end(LEAP_YEAR, m).map(|last| last.day()))?;
    is_year_end(m, day).then_some((m, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_start_at_numbers_and_marked_words_but_articles() {
        let text = "In the first quarter of fiscal 2025, a $3.2bn 5% gain over the next three \
                    years; an FY24 Q4 result, 10 % on March 3, during the half";
        let t = Tokens::new(text);
        for x in &t.toks {
            let marked = x.class & (crate::lexicon::CONNECTOR | crate::lexicon::PERIOD_START) != 0;
            assert_eq!(
                may_start_rule(x),
                x.is_num() || marked && !is_article(x),
                "{x:?}"
            );
        }
    }

    /// The periods of `text`, whole, with the document date `doc`.
    fn whole_periods(text: &str, doc: Option<&str>) -> Vec<(String, Period)> {
        let t = Tokens::new(text);
        let ctx = PeriodContext {
            doc_date: doc.map(|d| d.parse().unwrap()),
            fiscal_year_end: None,
            date_order: None,
        };
        let mut out = Vec::new();
        find(&t, &ctx, &mut Vec::new(), &mut out);
        out.into_iter()
            .map(|e| match e.value {
                Value::Period(p) => (e.text.into(), p),
                _ => unreachable!(),
            })
            .collect()
    }

    fn periods(
        text: &str,
        doc: Option<&str>,
    ) -> Vec<(String, Grain, Option<String>, Option<String>)> {
        whole_periods(text, doc)
            .into_iter()
            .map(|(text, p)| {
                (
                    text,
                    p.grain,
                    p.start.map(|d| d.to_string()),
                    p.end.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    fn one(text: &str, doc: Option<&str>) -> (String, Grain, String, String) {
        let got = periods(text, doc);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let (s, g, a, b) = got.into_iter().next().unwrap();
        (s, g, a.unwrap_or_default(), b.unwrap_or_default())
    }

    #[test]
    fn dotted_dates_are_day_first_unless_the_caller_says_otherwise() {
        let t = Tokens::new("on 03.11.2025 and 14.03.2025");
        let day = |order| {
            let ctx = PeriodContext {
                doc_date: None,
                fiscal_year_end: None,
                date_order: order,
            };
            let mut out = Vec::new();
            find(&t, &ctx, &mut Vec::new(), &mut out);
            out.iter()
                .map(|e| match &e.value {
                    Value::Period(p) => p.start.map(|d| d.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let some = |d: &str| Some(d.to_string());
        assert_eq!(day(None), [some("2025-11-03"), some("2025-03-14")]);
        assert_eq!(
            day(Some(DateOrder::MonthFirst)),
            [some("2025-03-11"), some("2025-03-14")]
        );
    }

    #[test]
    fn quarters() {
        let q4 = ("2024-10-01".to_string(), "2024-12-31".to_string());
        for text in [
            "in Q4 2024 sales",
            "in Q4'24 sales",
            "in 4Q24 sales",
            "in 4Q 2024 sales",
            "the fourth quarter of 2024",
            "fourth-quarter 2024",
        ] {
            let (_, g, s, e) = one(text, None);
            assert_eq!(
                (g, s, e),
                (Grain::Quarter, q4.0.clone(), q4.1.clone()),
                "{text}"
            );
        }
        assert_eq!(one("2025 Q2 results", None).2, "2025-04-01");
        // Without a year: the period under way at the document date, not last year's
        // ("forecast fourth-quarter revenue"), else the last one that ended.
        for (text, date, start) in [
            ("in the June quarter", "2025-10-14", "2025-04-01"),
            ("in the September-ended quarter", "2025-11-20", "2025-07-01"),
            ("for the June-ending quarter", "2025-11-20", "2025-04-01"),
            ("in the December-ended half", "2025-11-20", "2025-07-01"),
            ("in the fourth quarter", "2025-10-14", "2025-10-01"),
            ("in the first quarter", "2025-10-14", "2025-01-01"),
            ("in the December quarter", "2025-09-30", "2024-10-01"),
            ("in the second half", "2025-07-01", "2025-07-01"),
            ("in the second half", "2025-06-30", "2024-07-01"),
        ] {
            assert_eq!(one(text, Some(date)).2, start, "{text} on {date}");
        }
        assert_eq!(
            one("the third quarter ended September 30, 2025", None).2,
            "2025-07-01"
        );
        assert_eq!(
            one("the third-quarter ended September 30, 2025", None).0,
            "third-quarter ended September 30, 2025"
        );
        // A hyphen with space before it joins nothing, as in "third -quarter results".
        let loose = one("the third -quarter ended September 30, 2025", None);
        assert_eq!(loose.0, "quarter ended September 30, 2025");
    }

    #[test]
    fn years_and_fiscal() {
        assert_eq!(
            one("in 2025 we", None),
            (
                "2025".into(),
                Grain::Year,
                "2025-01-01".into(),
                "2025-12-31".into()
            )
        );
        assert!(periods("2,025 units", None).is_empty());
        assert!(periods("hired 2025 employees", None).is_empty());
        assert!(periods("Qwen3-235B", None).is_empty());
        let (_, g, s, _) = one("fiscal 2025 sales", None);
        assert_eq!((g, s.as_str()), (Grain::Year, ""));
        assert_eq!(one("from 2023 to 2025", None).1, Grain::Range);
        assert_eq!(one("the 2023-2025 plan", None).3, "2025-12-31");
        assert_eq!(
            one("fiscal year ending Sept 30, 1987", None).2,
            "1986-10-01"
        );
    }

    /// The one period of `text`, whole.
    fn one_period(text: &str, doc: Option<&str>) -> (String, Period) {
        let mut got = whole_periods(text, doc);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.remove(0)
    }

    #[test]
    fn fiscal_labels_keep_their_year_and_number() {
        // (text, span, fiscal year, quarter, half)
        for (text, span, fy, q, h) in [
            ("in FY2024/25 sales", "FY2024/25", Some(2025), None, None),
            ("in FY24/25 sales", "FY24/25", Some(2025), None, None),
            ("in FY1999/00 sales", "FY1999/00", Some(2000), None, None),
            ("in 2024/25 sales", "2024/25", Some(2025), None, None),
            (
                "in fiscal 2024-25 sales",
                "fiscal 2024-25",
                Some(2025),
                None,
                None,
            ),
            (
                "in fiscal 2026 sales",
                "fiscal 2026",
                Some(2026),
                None,
                None,
            ),
            ("in Q2FY26 sales", "Q2FY26", Some(2026), Some(2), None),
            ("in Q2 FY26 sales", "Q2 FY26", Some(2026), Some(2), None),
            ("in Q3 FY2025 sales", "Q3 FY2025", Some(2025), Some(3), None),
            (
                "the first quarter of fiscal 2026",
                "first quarter of fiscal 2026",
                Some(2026),
                Some(1),
                None,
            ),
            ("in H1 FY25 sales", "H1 FY25", Some(2025), None, Some(1)),
            ("in Q4 2024 sales", "Q4 2024", None, Some(4), None),
            (
                "the second half of 2025",
                "second half of 2025",
                None,
                None,
                Some(2),
            ),
        ] {
            let (got, p) = one_period(text, None);
            assert_eq!(got, span, "{text}");
            assert_eq!((p.fiscal_year, p.quarter, p.half), (fy, q, h), "{text}");
        }
        // A split label only when the second year follows the first.
        assert_eq!(one_period("in FY2024/27 sales", None).0, "FY2024");
        // Any other glued tail is a code, not a quarter.
        assert!(periods("part Q2FX26 and Q2FY", None).is_empty());
    }

    #[test]
    fn a_year_before_a_colon_is_a_year_unless_a_time() {
        assert_eq!(
            one_period("Outlook for Fourth Quarter 2025:", None).0,
            "Fourth Quarter 2025"
        );
        assert_eq!(one_period("In 2025: growth", None).0, "2025");
        assert!(periods("at 20:25 GMT", None).is_empty());
    }

    #[test]
    fn a_year_after_a_slash_or_hyphen() {
        let doc = Some("2025-11-26");
        for (text, want) in [("Q3/25 revenue", "Q3/25"), ("in Q1-2024.", "Q1-2024")] {
            let (got, p) = one_period(text, doc);
            assert_eq!(got, want);
            assert!(p
                .start
                .is_some_and(|d| d.year() == if want.ends_with("25") { 2025 } else { 2024 }));
        }
        // A date or a longer code is not a quarter's year.
        assert_eq!(one_period("Q3/25/2025", doc).0, "Q3");
    }

    #[test]
    fn a_day_without_its_year_is_the_one_near_the_document_date() {
        let day = |text: &str, doc: &str| one_period(text, Some(doc)).1.start;
        assert_eq!(day("will pay on Jan. 15", "2025-11-26"), ymd(2026, 1, 15));
        assert_eq!(day("said on Dec. 28", "2026-01-05"), ymd(2025, 12, 28));
        assert_eq!(day("reported on Nov. 20", "2025-11-26"), ymd(2025, 11, 20));
        // Over half a year away, but not within three months in the next year either.
        assert_eq!(day("from October 1", "1987-03-27"), ymd(1987, 10, 1));
        assert_eq!(day("on 3 March", "2025-11-26"), ymd(2025, 3, 3));
    }

    #[test]
    fn parts_of_years_named_from_the_document_date() {
        let doc = Some("2025-11-20");
        let (text, p) = one_period("in the second half of next year", doc);
        assert_eq!(text, "second half of next year");
        assert_eq!((p.start, p.end), (ymd(2026, 7, 1), ymd(2026, 12, 31)));
        let (text, p) = one_period("the fourth quarter of last year", doc);
        assert_eq!(text, "fourth quarter of last year");
        assert_eq!((p.start, p.end), (ymd(2024, 10, 1), ymd(2024, 12, 31)));
        // "the first nine months": the latest that ended by the document date.
        let (text, p) = one_period("profit in the first nine months rose", doc);
        assert_eq!(text, "first nine months");
        assert_eq!((p.start, p.end), (ymd(2025, 1, 1), ymd(2025, 9, 30)));
        let (_, p) = one_period("profit in the first nine months rose", Some("2025-08-01"));
        assert_eq!((p.start, p.end), (ymd(2024, 1, 1), ymd(2024, 9, 30)));
        let (_, p) = one_period("profit in the first nine months rose", None);
        assert_eq!((p.start, p.end, p.months), (None, None, Some(9)));
        let (text, p) = one_period("revenue for the quarter ending in October", doc);
        assert_eq!(text, "quarter ending in October");
        assert_eq!((p.start, p.end), (ymd(2025, 8, 1), ymd(2025, 10, 31)));
        let (text, p) = one_period("profit in the six months to the end of September", doc);
        assert_eq!(text, "six months to the end of September");
        assert_eq!((p.start, p.end), (ymd(2025, 4, 1), ymd(2025, 9, 30)));
        // A stated end is still read by the ended rule.
        let (text, p) = one_period("the first nine months ended June 30, 2025", doc);
        assert!(text.ends_with("nine months ended June 30, 2025"), "{text}");
        assert_eq!(p.end, ymd(2025, 6, 30));
    }

    #[test]
    fn articles_are_the_only_short_number_words() {
        let short_words = (b'a'..=b'z').flat_map(|a| {
            let pairs = (b'a'..=b'z').map(move |b| vec![a, b]);
            std::iter::once(vec![a]).chain(pairs)
        });
        for word in short_words {
            let class = crate::lexicon::classify(&word);
            let article = word == b"a" || word == b"an";
            assert_eq!(
                class & crate::lexicon::NUMBER_WORD != 0,
                article,
                "{word:?}"
            );
        }
    }

    #[test]
    fn stated_fiscal_year_ends() {
        let fiscal_2025 = |text: &str| {
            periods(text, None)
                .into_iter()
                .find(|p| p.0.eq_ignore_ascii_case("fiscal 2025"))
                .map(|p| (p.2, p.3))
        };
        let dates = |s: &str, e: &str| Some((Some(s.to_string()), Some(e.to_string())));
        // February 29 is a year end: in common years the year ends on February 28.
        assert_eq!(
            fiscal_2025("Its fiscal year ends February 29. Fiscal 2025 sales rose."),
            dates("2024-03-01", "2025-02-28")
        );
        // A day that is no date is passed over for a later statement.
        assert_eq!(
            fiscal_2025(
                "A fiscal year ending June 31 is a typo. The fiscal year ends March 31. \
                 Fiscal 2025 sales rose."
            ),
            dates("2024-04-01", "2025-03-31")
        );
        // A month with a year after it names the month only.
        assert_eq!(
            fiscal_2025("In the fiscal year ending March 2024, and in fiscal 2025, sales rose."),
            dates("2024-04-01", "2025-03-31")
        );
    }

    #[test]
    fn dates() {
        assert_eq!(one("On September 24, 2025, Alibaba", None).2, "2025-09-24");
        assert_eq!(one("on 24 September 2025 it", None).2, "2025-09-24");
        assert_eq!(one("Tuesday, October 14, 2025", None).2, "2025-10-14");
        assert_eq!(one("on 2025-09-24 it", None).2, "2025-09-24");
        assert_eq!(one("on 9/24/2025 it", None).2, "2025-09-24");
        assert!(periods("on 9/10/2025 it", None).is_empty());
        assert_eq!(one("in June 2025", None).3, "2025-06-30");
        assert_eq!(one("January-September 2009", None).3, "2009-09-30");
        assert_eq!(one("said on March 10", Some("1987-03-05")).2, "1987-03-10");
    }

    #[test]
    fn quarters_ended_keep_their_number_and_fiscal_mark() {
        let (text, p) = one_period("for its fiscal third quarter ended Oct. 26, 2025", None);
        assert_eq!(text, "fiscal third quarter ended Oct. 26, 2025");
        assert_eq!((p.quarter, p.fiscal), (Some(3), true));
        assert_eq!(p.end.unwrap().to_string(), "2025-10-26");
        let (text, p) = one_period("its fiscal 4th quarter ended Sept. 27, 2025", None);
        assert_eq!(text, "fiscal 4th quarter ended Sept. 27, 2025");
        assert_eq!(p.quarter, Some(4));
        let (_, p) = one_period("the fourth quarter ended Dec. 31, 2025", None);
        assert_eq!((p.quarter, p.fiscal), (Some(4), false));
        assert_eq!(p.start.unwrap().to_string(), "2025-10-01");
    }

    #[test]
    fn fiscal_q_possessive_years_and_month_halves() {
        let (text, p) = one_period("In fiscal Q2, margins rose.", Some("2025-11-20"));
        assert_eq!(
            (text.as_str(), p.quarter, p.fiscal),
            ("fiscal Q2", Some(2), true)
        );
        assert_eq!(p.start, None, "a fiscal quarter's months are the company's");
        let (text, p) = one_period("in 2026's first quarter", Some("2025-11-20"));
        assert_eq!(text, "2026's first quarter");
        assert_eq!(p.start.unwrap().to_string(), "2026-01-01");
        let (text, p) = one_period("The December half was strong.", Some("2025-11-20"));
        assert_eq!((text.as_str(), p.grain), ("The December half", Grain::Half));
        assert_eq!(p.start.unwrap().to_string(), "2025-07-01");
        let (text, p) = one_period("the June half-year of 2024", None);
        assert_eq!(text, "the June half-year of 2024");
        assert_eq!((p.start, p.end), (ymd(2024, 1, 1), ymd(2024, 6, 30)));
    }

    #[test]
    fn periods_to_end_month() {
        let (text, p) = one_period("in the three months to end-September", Some("2025-11-20"));
        assert_eq!(text, "three months to end-September");
        assert_eq!((p.start, p.end), (ymd(2025, 7, 1), ymd(2025, 9, 30)));
    }

    #[test]
    fn financial_years_and_quarters_of_a_fiscal_year() {
        let (text, p) = one_period("in the 2026 financial year", None);
        assert_eq!(
            (text.as_str(), p.fiscal_year),
            ("2026 financial year", Some(2026))
        );
        let (text, p) = one_period("in financial year 2025", None);
        assert_eq!(
            (text.as_str(), p.fiscal_year),
            ("financial year 2025", Some(2025))
        );
        let (text, p) = one_period("the financial year ended March 31, 2025", None);
        assert_eq!(text, "financial year ended March 31, 2025");
        assert_eq!(p.start.unwrap().to_string(), "2024-04-01");
        assert!(periods("Financial services rose.", None).is_empty());
        let (text, p) = one_period("During the years ended December 31, 2019", None);
        assert_eq!(text, "years ended December 31, 2019");
        assert_eq!(p.start.unwrap().to_string(), "2019-01-01");
        let (text, p) = one_period("its fiscal 2026 first quarter", Some("2025-11-20"));
        assert_eq!(text, "fiscal 2026 first quarter");
        assert_eq!(
            (p.quarter, p.fiscal_year, p.start),
            (Some(1), Some(2026), None)
        );
    }

    #[test]
    fn day_ranges() {
        let range = |text: &str, doc: Option<&str>| {
            let (s, g, a, b) = one(text, doc);
            assert_eq!(g, Grain::Range, "{text}");
            (s, a, b)
        };
        assert_eq!(
            range("sales from April 1 to June 30 rose", Some("2025-11-20")),
            (
                "April 1 to June 30".into(),
                "2025-04-01".into(),
                "2025-06-30".into()
            )
        );
        // The first day takes the last one's year, and comes before it.
        assert_eq!(
            range("between Dec. 1 and Feb. 28, 2025", None),
            (
                "Dec. 1 and Feb. 28, 2025".into(),
                "2024-12-01".into(),
                "2025-02-28".into()
            )
        );
        assert_eq!(range("from 1 April to 30 June 2025", None).1, "2025-04-01");
        // A written first year: the last day is the first one after it.
        assert_eq!(
            range("from Dec. 20, 2024 until Jan. 5", Some("2025-11-20")).2,
            "2025-01-05"
        );
        // No opener, or a joiner that does not go with it: two days.
        assert_eq!(
            periods("on April 1 to June 30", Some("2025-11-20")).len(),
            2
        );
        assert_eq!(
            periods("from April 1 and June 30", Some("2025-11-20")).len(),
            2
        );
    }

    #[test]
    fn relative_and_durations() {
        assert_eq!(one("this year", Some("2025-10-14")).2, "2025-01-01");
        assert_eq!(one("last quarter", Some("2025-10-14")).2, "2025-07-01");
        let (text, g, s, e) = one("over the next three years", Some("2025-09-24"));
        assert_eq!(
            (text.as_str(), g),
            ("the next three years", Grain::Duration)
        );
        assert_eq!((s.as_str(), e.as_str()), ("2025-09-24", "2028-09-23"));
        assert_eq!(one("a three-year plan", None).1, Grain::Duration);
        assert!(periods("this year", None)[0].2.is_none());
    }

    #[test]
    fn halves() {
        assert_eq!(one("H1 2025", None).3, "2025-06-30");
        assert_eq!(one("1H25", None).3, "2025-06-30");
        assert_eq!(one("first half of 2025", None).2, "2025-01-01");
        assert_eq!(one("six months ended June 30, 2025", None).2, "2025-01-01");
    }

    #[test]
    fn periods_named_as_filings_write_them() {
        // A hyphened count and "period" before "ended".
        let got = one("for the six-month period ended June 30, 2025", None);
        assert_eq!(
            (got.0.as_str(), got.1, got.2.as_str(), got.3.as_str()),
            (
                "six-month period ended June 30, 2025",
                Grain::Half,
                "2025-01-01",
                "2025-06-30"
            )
        );
        let got = one("the 12-month period ended March 31, 2025", None);
        assert_eq!((got.1, got.2.as_str()), (Grain::Year, "2024-04-01"));
        let got = one("the three-month period ended Sept. 30", Some("2025-11-20"));
        assert_eq!((got.1, got.2.as_str()), (Grain::Quarter, "2025-07-01"));
        // A hyphened count without "ended" stays a length of time.
        assert_eq!(one("a six-month delay", None).1, Grain::Duration);
    }

    #[test]
    fn a_part_of_a_calendar_year() {
        for (text, start, end) in [
            (
                "the second half of calendar 2026",
                "2026-07-01",
                "2026-12-31",
            ),
            (
                "the fourth quarter of calendar 2026",
                "2026-10-01",
                "2026-12-31",
            ),
            ("Q1 of calendar 2027", "2027-01-01", "2027-03-31"),
        ] {
            let got = one(text, Some("2025-11-20"));
            assert_eq!((got.2.as_str(), got.3.as_str()), (start, end), "{text}");
        }
        // "calendar" with no year after it reads no year.
        let got = periods("in the second half of calendar years", Some("2025-11-20"));
        assert_eq!(got[0].0, "second half");
    }

    #[test]
    fn broker_labels_with_a_glued_fiscal_year() {
        let ctx = |fye| PeriodContext {
            doc_date: ymd(2025, 11, 20),
            fiscal_year_end: fye,
            date_order: None,
        };
        let found = |text: &str, fye| {
            let t = Tokens::new(text);
            let c = ctx(fye);
            (0..t.len())
                .find_map(|i| match match_at(&t, i, &c) {
                    Some(Matched::Period(f)) => Some(f),
                    _ => None,
                })
                .map(|f| {
                    let p = f.period;
                    let d = |d: Option<NaiveDate>| d.map_or("?".into(), |d| d.to_string());
                    let text = &t.text[t.start(f.start)..t.end(f.end - 1)];
                    (text.to_string(), p.grain, d(p.start), d(p.end), p.fiscal)
                })
        };
        let india = Some((3, 31));
        let q = found("profit in 3QFY26 fell", india).unwrap();
        assert_eq!(
            (q.0.as_str(), q.2.as_str(), q.3.as_str(), q.4),
            ("3QFY26", "2025-10-01", "2025-12-31", true)
        );
        let h = found("margins in 1HFY26 widened", india).unwrap();
        assert_eq!(
            (h.0.as_str(), h.2.as_str(), h.4),
            ("1HFY26", "2025-04-01", true)
        );
        let m = found("revenue in 9MFY26 rose", india).unwrap();
        assert_eq!(
            (m.0.as_str(), m.2.as_str(), m.3.as_str()),
            ("9MFY26", "2025-04-01", "2025-12-31")
        );
        let m = found("revenue in 9M25 rose", None).unwrap();
        assert_eq!(
            (m.1, m.2.as_str(), m.3.as_str()),
            (Grain::Range, "2025-01-01", "2025-09-30")
        );
        let m = found("in 6M25 sales rose", None).unwrap();
        assert_eq!((m.0.as_str(), m.1), ("6M25", Grain::Half));
        // The company 3M, spaced from a year, is no period.
        assert_eq!(
            found("3M 2024 revenue rose 2%", None).map(|m| m.0),
            Some("2024".into())
        );
        // Without the fiscal year end, a fiscal label has no dates.
        assert_eq!(found("in 9MFY26", None).unwrap().2, "?");
        // Money, codes and other glued tails are no periods.
        for text in [
            "a $9M loss",
            "the 3QFYX plan",
            "model 9M25X",
            "the 3QFY2 plan",
        ] {
            assert_eq!(found(text, india), None, "{text}");
        }
    }

    #[test]
    fn days_to_a_date_and_decades() {
        let got = one(
            "in the five days to Nov. 14 inflows fell",
            Some("2025-11-20"),
        );
        assert_eq!(
            (got.0.as_str(), got.1, got.2.as_str(), got.3.as_str()),
            (
                "five days to Nov. 14",
                Grain::Range,
                "2025-11-10",
                "2025-11-14"
            )
        );
        let got = one("the 52 weeks ended Feb. 1, 2025", None);
        assert_eq!(
            (got.2.as_str(), got.3.as_str()),
            ("2024-02-04", "2025-02-01")
        );
        let got = one("growth in the 2020s", None);
        assert_eq!(
            (got.0.as_str(), got.2.as_str(), got.3.as_str()),
            ("2020s", "2020-01-01", "2029-12-31")
        );
        // A year not ending in 0, or a code, is no decade.
        assert!(periods("the 2025s plan", None).is_empty());
        // Counts too large for months are no period (and do not overflow).
        assert!(periods("the 2000000000 quarters ended June 30", None)
            .iter()
            .all(|p| p.0 == "June 30"));
        assert!(periods("model 2020sx", None).is_empty());
    }

    #[test]
    fn the_last_one_by_other_names() {
        for (text, start, end) in [
            ("sales for the year just ended", "2024-01-01", "2024-12-31"),
            (
                "revenue in the quarter just ended",
                "2025-07-01",
                "2025-09-30",
            ),
            ("the just-ended quarter", "2025-07-01", "2025-09-30"),
            ("in the most recent quarter", "2025-07-01", "2025-09-30"),
            ("in its latest quarter", "2025-07-01", "2025-09-30"),
            ("the month just ended", "2025-10-01", "2025-10-31"),
        ] {
            let got = one(text, Some("2025-11-20"));
            assert_eq!((got.2.as_str(), got.3.as_str()), (start, end), "{text}");
        }
        assert_eq!(one("the year just ended", None).0, "year just ended");
        assert_eq!(
            one("in the most recent quarter", None).0,
            "the most recent quarter"
        );
        // Not periods: other words after "latest", "most", "just".
        for text in [
            "the latest data",
            "the most since 2008",
            "just two quarters ago",
            "it just ended",
        ] {
            let got = periods(text, Some("2025-11-20"));
            assert!(
                got.iter().all(|p| !p.0.contains("latest")
                    && !p.0.contains("most")
                    && !p.0.starts_with("just")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn fy_alone_is_the_fiscal_year_under_way() {
        let t = Tokens::new("Sees FY revenue of $5.1 bln");
        let ctx = PeriodContext {
            doc_date: ymd(2025, 11, 20),
            fiscal_year_end: Some((6, 30)),
            date_order: None,
        };
        let Some(Matched::Period(f)) = match_at(&t, 1, &ctx) else {
            panic!("no period")
        };
        let p = f.period;
        assert_eq!(
            (p.grain, p.fiscal, p.start, p.end),
            (Grain::Year, true, ymd(2025, 7, 1), ymd(2026, 6, 30))
        );
        assert_eq!(one("FY revenue rose", None).0, "FY");
        // With a year, the year; glued or with an apostrophe, no bare "FY".
        assert_eq!(one("FY 2025 revenue", None).0, "FY 2025");
        assert_eq!(one("FY'25 revenue", None).0, "FY'25");
        assert!(periods("FYI revenue", None).is_empty());
    }

    #[test]
    fn delivery_months_lie_ahead() {
        for (text, start) in [
            ("wheat for March delivery fell", "2026-03-01"),
            ("for December delivery", "2025-12-01"),
            ("November futures slipped", "2025-11-01"),
            ("January futures slipped", "2026-01-01"),
        ] {
            let got = one(text, Some("2025-11-20"));
            assert_eq!((got.1, got.2.as_str()), (Grain::Month, start), "{text}");
        }
        // A month with its year, or with a time cue and no delivery word, is as written.
        assert_eq!(one("for March 2025 delivery", None).2, "2025-03-01");
        assert_eq!(
            one("sales in March fell", Some("2025-11-20")).2,
            "2025-03-01"
        );
        // Without a cue or a delivery word, a month name alone is no period; "contracts"
        // after one are signed, not delivered.
        assert!(periods("the March proposal", Some("2025-11-20")).is_empty());
        assert!(periods("the March contract", Some("2025-11-20")).is_empty());
    }

    #[test]
    fn back_and_front_halves() {
        for (text, start) in [
            ("in the back half of the year", "2025-07-01"),
            ("in the front half of 2026", "2026-01-01"),
            ("the back half of next year", "2026-07-01"),
            ("the back half of fiscal 2026", ""),
        ] {
            let got = one(text, Some("2025-11-20"));
            assert_eq!((got.1, got.2.as_str()), (Grain::Half, start), "{text}");
        }
        for text in [
            "the back half of the field",
            "in the back half",
            "a front half seat",
        ] {
            assert!(periods(text, Some("2025-11-20")).is_empty(), "{text}");
        }
    }

    #[test]
    fn trailing_twelve_months_hyphened() {
        let got = one("on a trailing-twelve-month basis", Some("2025-11-20"));
        assert_eq!(got.0, "trailing-twelve-month");
        let plain = one("over the trailing twelve months", Some("2025-11-20"));
        assert_eq!((got.2, got.3), (plain.2, plain.3));
    }

    #[test]
    fn dateline_detection() {
        let d = |text: &str| dateline(&Tokens::new(text));
        assert_eq!(
            d("Tuesday, October 14, 2025\n14.1 C\nNew York\n"),
            ymd(2025, 10, 14)
        );
        assert_eq!(d("Alibaba rose.\nOther text"), None);
        assert_eq!(
            d("Revenue for the quarter ended Dec. 31, 2025 rose 8% on Jan. 20, 2026."),
            ymd(2026, 1, 20)
        );
        // No other day: the bound stands in.
        assert_eq!(
            d("Revenue for the quarter ended Dec. 31, 2025 rose 8%."),
            ymd(2025, 12, 31)
        );
        assert_eq!(
            d("SAN JOSE, Calif., Nov. 19, 2025 /PRNewswire/ -- Acme Corp."),
            ymd(2025, 11, 19)
        );
    }

    /// `Candidates` may skip a rule only where the rule returns `None`: check every rule
    /// at every token of generated texts. Each text is a period the rules read (their
    /// doc examples) with a few random edits (a piece replaced, inserted, removed, or
    /// two pieces glued), so most texts match some rule or come close to it.
    #[test]
    fn candidates_skip_only_rules_that_cannot_match() {
        const EXAMPLES: &[&str] = &[
            "first nine months of 2025",
            "first 10 months of fiscal 1986/87 ending March",
            "first six months of the year",
            "first three quarters of 2025",
            "the third quarter ended September 30, 2025",
            "second qtr ended Feb 28",
            "fourth fiscal quarter ended Sept. 30",
            "year ended January 31",
            "fiscal year ended June 30",
            "six months ended June 30",
            "nine months to September",
            "week ended February 25",
            "52 weeks ended January 31",
            "4th quarter ended Dec 31",
            "Q4 2024",
            "Q4'24",
            "4Q24",
            "4Q 2024",
            "2025 Q2",
            "Q2 FY2025",
            "Q4 of fiscal 2025",
            "fourth quarter of 2024",
            "fourth-quarter 2024",
            "the June quarter",
            "the September-quarter of 2025",
            "the third fiscal quarter",
            "fiscal 4th quarter",
            "fiscal fourth quarter",
            "fiscal third quarter ended Oct. 26",
            "fiscal Q2",
            "the years ended December 31, 2019 and 2018",
            "the 2026 financial year",
            "financial year ended March 31",
            "fiscal 2026 first quarter",
            "three months to end-September",
            "2026's first quarter",
            "the December half-year",
            "from April 1 to June 30",
            "between Dec. 1 and Feb. 28, 2025",
            "1986 first quarter",
            "1986 4th quarter",
            "H1 2025",
            "1H25",
            "1H 2014",
            "first half of 2025",
            "the second half",
            "first-half",
            "2015 half-year",
            "2015 first half",
            "1st half",
            "fiscal 2025",
            "FY2025",
            "FY25",
            "FY 2025",
            "FY'25",
            "fiscal year 2025",
            "the 2025 fiscal year",
            "fiscal year ending March 31, 2025",
            "fiscal 1987 ending October 1",
            "last fiscal year",
            "2024/25",
            "2018-19 fiscal",
            "2023-2025",
            "2023–25",
            "from 2023 to 2025",
            "between 2007 and 2014",
            "calendar 2025",
            "hired 2025 employees",
            "2025 Main Street",
            "June 2025",
            "in June",
            "Sept. 2025",
            "June of 2025",
            "September 24, 2025",
            "24 September 2025",
            "24th September",
            "Sept. 24",
            "July 23rd",
            "2025-09-24",
            "9/24/2025",
            "January-March",
            "January-September 2009",
            "between January and March 2025",
            "Tuesday, October 14, 2025",
            "Wednesday 12 March",
            "this year",
            "last quarter",
            "next month",
            "this week",
            "earlier this month",
            "year to date",
            "YTD",
            "year-to-date",
            "the next three years",
            "over the past decade",
            "last Monday",
            "next few years",
            "the past 12 months",
            "the coming year",
            "a couple of years",
            "this fiscal",
            "three years",
            "12 months",
            "a three-year plan",
            "10-year",
            "two decades",
            "twenty-five years",
            "one hundred days",
            "5 days a week",
            "three years ago",
            "beginning of 2014",
            "end of 2012",
            "start of the year",
            "end of September",
            "close of Sept. 2025",
            "a year earlier",
            "two quarters ago",
            "12 months before.",
            "the year-ago quarter",
            "the prior-year period",
            "the same period last year",
            "the comparable quarter a year earlier",
            "the trailing twelve months",
            "TTM",
            "the half-year ended 31 December 2024",
            "first half ended June 30",
            "FY ending March 2026",
            "end-2025",
            "Jan-Mar",
            "the Oct-Dec quarter",
            "Q1-Q3 2025",
            "Q2 to Q4",
            "Nov. 3-5, 2025",
            "the 3rd of November",
            "CY25",
            "CY 2025",
            "14.03.2025",
            "on 3.11.2025",
            "for the full year",
            "full-year 2025",
            "the full fiscal year",
            "revenue in the quarter rose",
            "on a trailing-twelve-month basis",
            "the six-month period ended June 30, 2025",
            "the 12-month period ended March 31, 2025",
            "in the September-ended quarter",
            "the second half of calendar 2026",
            "Q4 of calendar 2025",
            "the back half of the year",
            "rose from the prior quarter",
            "the preceding fiscal year",
            "sales for the year just ended",
            "the fiscal year just ended",
            "in the most recent quarter",
            "the latest quarter",
            "the just-ended quarter",
            "the month just ended",
        ];
        const PIECES: &[&str] = &[
            "January",
            "Jan",
            "Jan.",
            "jan",
            "Mar",
            "May",
            "may",
            "June",
            "Sept.",
            "Dec",
            "Monday",
            "Tue",
            "sun",
            "first",
            "First",
            "second",
            "fourth",
            "a",
            "an",
            "half",
            "dozen",
            "one",
            "three",
            "twenty",
            "hundred",
            "and",
            "Q",
            "q",
            "H",
            "FY",
            "Fy",
            "fy",
            "fiscal",
            "Fiscal",
            "year",
            "years",
            "yr",
            "quarter",
            "quarters",
            "qtr",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "decade",
            "the",
            "this",
            "last",
            "next",
            "past",
            "prior",
            "coming",
            "few",
            "several",
            "couple",
            "of",
            "to",
            "ended",
            "ending",
            "through",
            "beginning",
            "end",
            "ytd",
            "date",
            "ago",
            "st",
            "th",
            "rd",
            "1",
            "2",
            "4",
            "12",
            "24",
            "31",
            "52",
            "2025",
            "1986",
            "25",
            "1,234",
            "3.5",
            "-",
            "–",
            "/",
            ",",
            ".",
            "'",
            "%",
            "$",
            "employees",
            "é",
            "earlier",
            "before",
            "same",
            "period",
            "half-year",
            "trailing",
            "TTM",
            "full",
            "in",
            "calendar",
            "ended",
            "-ended",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let contexts = [
            PeriodContext::default(),
            PeriodContext {
                doc_date: Some(ymd(2025, 10, 14).unwrap()),
                fiscal_year_end: Some((3, 31)),
                date_order: Some(DateOrder::DayFirst),
            },
        ];
        for _ in 0..20_000 {
            let mut parts: Vec<String> = EXAMPLES[next(EXAMPLES.len())]
                .split(' ')
                .map(String::from)
                .collect();
            for _ in 0..next(3) {
                let k = next(parts.len());
                let piece = PIECES[next(PIECES.len())].to_string();
                match next(4) {
                    0 => parts[k] = piece,
                    1 => parts.insert(k, piece),
                    2 if parts.len() > 1 => {
                        parts.remove(k);
                    }
                    _ if k + 1 < parts.len() => {
                        let glued = parts.remove(k + 1);
                        parts[k].push_str(&glued);
                    }
                    _ => {}
                }
            }
            if next(2) == 0 {
                parts.insert(0, PIECES[next(PIECES.len())].to_string());
            }
            let text = parts.join(" ");
            let t = Tokens::new(&text);
            for i in 0..t.len() {
                let may = match t.get(i).map(|x| x.kind) {
                    Some(TokKind::Num) => Candidates::at_number(&t, i),
                    Some(TokKind::Word) => Candidates::at_word(&t, i),
                    _ => continue,
                };
                if referring::referring_at(&t, i).is_some() {
                    assert!(may.referring, "comparison skipped at token {i} of {text:?}");
                }
                for ctx in &contexts {
                    let rules = [
                        (may.relative, relative_at(&t, i, ctx), "relative"),
                        (
                            may.first_months,
                            first_months_at(&t, i, ctx),
                            "first_months",
                        ),
                        (may.ended, ended_at(&t, i, ctx), "ended"),
                        (may.quarter, quarter_at(&t, i, ctx), "quarter"),
                        (may.half, half_at(&t, i, ctx), "half"),
                        (may.fiscal, fiscal_at(&t, i, ctx), "fiscal"),
                        (may.date, date_at(&t, i, ctx), "date"),
                        (may.year_range, year_range_at(&t, i), "year_range"),
                        (may.duration, duration_at(&t, i, ctx), "duration"),
                        (may.boundary, boundary_at(&t, i, ctx), "boundary"),
                    ];
                    for (possible, found, name) in rules {
                        assert!(
                            possible || found.is_none(),
                            "{name} skipped at token {i} of {text:?}: {found:?}"
                        );
                    }
                }
            }
        }
    }
}
