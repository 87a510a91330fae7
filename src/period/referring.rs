//! Periods told by the period named before them:
//! - comparison periods, the period a figure is compared with, named by its distance
//!   from another ("a year earlier", "two quarters ago", "the year-ago quarter", "the
//!   prior-year period", "the same period last year");
//! - the same quarter named again ("revenue in the quarter");
//! - the year that holds it ("for the full year", "full-year guidance").
//!
//! A comparison with a stated year ("the corresponding period in 2007") is the year the
//! year rule reads, marked as a comparison (`compared_year`).
//!
//! The phrase alone does not say which days it covers: "a year earlier" after "in the
//! third quarter" is the third quarter of the year before. `referring_at` reads the
//! phrase and `Referring::resolve` takes the period named before it. Without such a
//! period in reach the dates are unknown, rather than guessed from the document date:
//! "the same period last year" is not last calendar year.

use chrono::{Datelike, Months, NaiveDate};

use super::{fiscal_year_dates, is_month_end, month_end, period, plain_year};
use crate::entity::{Grain, Period};
use crate::number::{self, Scales};
use crate::token::Tokens;

/// How a referring phrase stands to the period before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// A comparison so many months back: "a year earlier" is 12, "a quarter ago" 3.
    Back(u32),
    /// The period of the same length right before: "the prior quarter", "the previous
    /// year". Without a period in reach it is read from the document date instead, as
    /// "last quarter" is. Not marked as a comparison: "in the prior year it earned" names
    /// the period of a figure as often as "up from the prior year" a basis.
    Before(u32),
    /// The period itself, named again: "in the quarter".
    Same,
    /// The fiscal or calendar year that holds it: "the full year".
    FullYear,
}

/// A referring phrase, before it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Referring {
    /// The first token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The grain the period before must have: the phrase's noun's ("the year-ago
    /// quarter"); `None` for "period", a bare distance ("a year earlier") and "the full
    /// year", which take any period.
    grain: Option<Grain>,
    /// The grain reported when no period is in reach: the noun's, or the distance's unit.
    fallback: Grain,
    relation: Relation,
}

/// The words before a period noun that make "the same quarter last year" and its kin.
/// (They are no rule starts: "same-store sales" and "comparable sales" are metrics, which
/// start at words of no lexicon class. The rule starts at the noun and looks back.)
const SAME_WORDS: &[&str] = WORDS_BEFORE_NOUN.split_at(4).0;

/// The words before a period noun that may open a referring phrase at it: `SAME_WORDS`
/// (the first four) and "the" ("in the quarter"). With a word after the noun ("earlier",
/// "ago", a hyphen) they are what `Candidates` tests.
pub(super) const WORDS_BEFORE_NOUN: &[&str] =
    &["same", "comparable", "corresponding", "equivalent", "the"];

/// The words after a distance that make it one back in time.
pub(super) const BACK_WORDS: &[&str] = &["earlier", "ago", "before"];

/// The referring phrase at token `i`, if one starts there (or, for "a year earlier", at
/// the article before `i`). `Candidates` tells the tokens it may match at: the period
/// nouns (after `SAME_WORDS`, "in the" or the article), "full", the first words of
/// `year_back_adjective`, and counts before a unit and one of `BACK_WORDS`.
pub(super) fn referring_at(t: &Tokens<'_>, i: usize) -> Option<Referring> {
    // "the same quarter last year", "the corresponding period a year earlier"
    if i > 0 && t.word_in(i - 1, SAME_WORDS) {
        if let Some((grain, fallback, noun_end)) = period_noun(t, i) {
            // "the same quarter" alone may be one named before.
            let (months_back, end) = tail(t, noun_end)?;
            return Some(Referring {
                start: i - 1,
                end,
                grain,
                fallback,
                relation: Relation::Back(months_back),
            });
        }
    }
    // "the year-ago quarter", "the prior-year period"
    if let Some(adjective_end) = year_back_adjective(t, i) {
        if let Some((grain, fallback, end)) = period_noun(t, adjective_end) {
            return Some(Referring {
                start: i,
                end,
                grain,
                fallback,
                relation: Relation::Back(12),
            });
        }
    }
    // "a year earlier", "two quarters ago": the count may be the article before `i`.
    let start = if t.word_in(i.wrapping_sub(1), &["a", "an", "one"]) && t.word_in(i, ONE_UNIT) {
        i - 1
    } else {
        i
    };
    if let Some(r) = unit_before(t, i) {
        return Some(r);
    }
    if let Some((months, unit, end)) = distance_back(t, start) {
        return Some(Referring {
            start,
            end,
            grain: None,
            fallback: unit,
            relation: Relation::Back(months),
        });
    }
    full_year(t, i).or_else(|| same_again(t, i))
}

/// "the prior quarter", "the previous fiscal year", "the preceding month": the period
/// of that length right before the one named before it ("sales in the third quarter rose
/// 5% from the prior quarter" compares with the second). Not "the prior-year period"
/// (`year_back_adjective`).
pub(super) fn unit_before(t: &Tokens<'_>, i: usize) -> Option<Referring> {
    if !t.word_in(i, &["prior", "previous", "preceding"]) {
        return None;
    }
    let noun = i + 1 + usize::from(t.word_is(i + 1, "fiscal"));
    let (grain, _, end) = period_noun(t, noun)?;
    let months = match grain? {
        Grain::Quarter => 3,
        Grain::Half => 6,
        Grain::Year => 12,
        Grain::Month => 1,
        _ => return None,
    };
    Some(Referring {
        start: i,
        end,
        grain,
        fallback: grain?,
        relation: Relation::Before(months),
    })
}

/// Whether the period starting at token `start` is the stated year of a comparison
/// period: "the corresponding period in 2007", "the same quarter of 2024". The year is
/// what the text names, so the year rule reads it; this marks it as the comparison's.
pub(super) fn compared_year(t: &Tokens<'_>, start: usize) -> bool {
    start >= 3
        && t.word_in(start - 1, &["in", "of"])
        && (t.word_is(start - 2, "months") || period_noun(t, start - 2).is_some())
        && t.word_in(start - 3, SAME_WORDS)
}

/// "full year", "full-year", "full fiscal year" at `i`, not before a year of its own
/// ("full-year 2025", which the year rules read).
fn full_year(t: &Tokens<'_>, i: usize) -> Option<Referring> {
    if !t.word_is(i, "full") {
        return None;
    }
    let hyphen = usize::from(t.is_sym(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2));
    let mut k = i + 1 + hyphen;
    if t.word_in(k, &["fiscal", "financial"]) {
        k += 1;
    }
    if !t.word_is(k, "year") || plain_year(t, k + 1).is_some() {
        return None;
    }
    Some(Referring {
        start: i,
        end: k + 1,
        grain: None,
        fallback: Grain::Year,
        relation: Relation::FullYear,
    })
}

/// "quarter" after "in the", "for the", "during the" or "over the", named again:
/// "revenue in the quarter rose". Not "the quarter ended June 30", "the quarter to
/// March" nor "the quarter just ended", which the rules for those read. ("For the period" is left alone: it as often
/// means the period a figure is compared with.)
fn same_again(t: &Tokens<'_>, i: usize) -> Option<Referring> {
    if !t.word_in(i, &["quarter", "qtr"]) {
        return None;
    }
    let opened =
        i >= 2 && t.word_is(i - 1, "the") && t.word_in(i - 2, &["in", "for", "during", "over"]);
    let bounded = t.word_in(i + 1, &["ended", "ending", "to", "through", "thru", "of"])
        || t.is_sym(i + 1, '-')
        || t.word_is(i + 1, "just") && t.word_is(i + 2, "ended");
    (opened && !bounded).then_some(Referring {
        start: i,
        end: i + 1,
        grain: Some(Grain::Quarter),
        fallback: Grain::Quarter,
        relation: Relation::Same,
    })
}

/// "year-ago", "year ago", "year-earlier", "prior-year", "previous year" at `k`, before
/// a period noun: the token after it.
fn year_back_adjective(t: &Tokens<'_>, k: usize) -> Option<usize> {
    let hyphen = usize::from(t.is_sym(k + 1, '-') && t.glued(k + 1) && t.glued(k + 2));
    let second = k + 1 + hyphen;
    let year_back = t.word_is(k, "year") && t.word_in(second, BACK_WORDS);
    let prior_year = t.word_in(k, &["prior", "previous"]) && t.word_is(second, "year");
    (year_back || prior_year).then_some(second + 1)
}

/// A period noun at `k`: its grain (`None` for "period"), the grain to report without a
/// period in reach, and the token after it.
fn period_noun(t: &Tokens<'_>, k: usize) -> Option<(Option<Grain>, Grain, usize)> {
    const NOUNS: &[(&[&str], Option<Grain>)] = &[
        (&["quarter", "qtr"], Some(Grain::Quarter)),
        (&["half"], Some(Grain::Half)),
        (&["year"], Some(Grain::Year)),
        (&["month"], Some(Grain::Month)),
        (&["week"], Some(Grain::Week)),
        (&["period"], None),
    ];
    let &(_, grain) = NOUNS.iter().find(|(words, _)| t.word_in(k, words))?;
    Some((grain, grain.unwrap_or(Grain::Range), k + 1))
}

/// What follows "the same quarter" to say which year: "last year", "a year ago", "of
/// the previous year", "the year before". The months back and the token after.
///
/// A stated year ("the corresponding period of 2024") is left to the year rule: the
/// year is what the text names.
fn tail(t: &Tokens<'_>, k: usize) -> Option<(u32, usize)> {
    let j = k + usize::from(t.word_in(k, &["of", "in"]));
    if t.word_is(j, "last") && t.word_is(j + 1, "year") {
        return Some((12, j + 2));
    }
    let previous =
        t.word_in(j + 1, &["previous", "prior", "preceding"]) && t.word_is(j + 2, "year");
    let year_before = t.word_is(j + 1, "year") && t.word_is(j + 2, "before");
    if t.word_is(j, "the") && (previous || year_before) {
        return Some((12, j + 3));
    }
    let (months, _, end) = distance_back(t, k)?;
    Some((months, end))
}

/// How many months one of the unit at `k` spans, and its grain: "year" is 12.
fn unit_months(t: &Tokens<'_>, k: usize) -> Option<(u32, Grain)> {
    const UNITS: &[(&[&str], u32, Grain)] = &[
        (&["year", "years", "yr", "yrs"], 12, Grain::Year),
        (&["quarter", "quarters"], 3, Grain::Quarter),
        (&["month", "months"], 1, Grain::Month),
    ];
    UNITS
        .iter()
        .find(|(words, _, _)| t.word_in(k, words))
        .map(|&(_, months, grain)| (months, grain))
}

/// The units of `unit_months` in the singular: one of them needs no count before it
/// ("a year earlier", "yr ago").
const ONE_UNIT: &[&str] = &["year", "yr", "quarter", "month"];

/// A distance back in time at `k`: a count, a unit and "earlier", "ago" or "before" ("a
/// year earlier", "two quarters ago"). The months, the unit's grain and the token after.
///
/// "before" must end the clause ("a year before."): "a year before the merger" counts
/// from an event. "a year earlier than planned" compares timing, not figures.
fn distance_back(t: &Tokens<'_>, k: usize) -> Option<(u32, Grain, usize)> {
    let (count, unit_at) = if t.word_in(k, &["a", "an", "one"]) {
        (1, k + 1)
    } else if t.word_in(k, ONE_UNIT)
        && !(k > 0 && (t.is_num(k - 1) || t.has_class(k - 1, crate::lexicon::NUMBER_WORD)))
    {
        // One unit with no article, as headlines write it: "vs $2.1 bln yr ago".
        (1, k)
    } else {
        let n = number::number_at(t, k, Scales::None).filter(|n| !n.grouped)?;
        let count = u32::try_from(n.value)
            .ok()
            .filter(|c| (1..=20).contains(c))?;
        // Whole numbers only: "1.5 years ago" has no period to move by.
        (n.value.fract().is_zero()).then_some((count, n.end))?
    };
    let (months, grain) = unit_months(t, unit_at)?;
    let back = unit_at + 1;
    let ends_clause = |k: usize| t.get(k).is_none_or(|x| !x.is_word() && !x.is_num());
    let word_ok =
        t.word_in(back, BACK_WORDS) && (!t.word_is(back, "before") || ends_clause(back + 1));
    if !word_ok || t.word_is(back + 1, "than") {
        return None;
    }
    Some((count * months, grain, back + 1))
}

impl Referring {
    /// Whether, with no period in reach, the phrase is read from the document date
    /// ("the prior quarter" as "last quarter") rather than left undated.
    pub(super) fn dated_by_document(&self) -> bool {
        matches!(self.relation, Relation::Before(_))
    }

    /// Whether the phrase can take `r` as the period before it: one of the grain its
    /// noun names, if it names one.
    pub(super) fn takes(&self, r: &Period) -> bool {
        self.grain.is_none_or(|g| grain_matches(g, r))
    }

    /// The period this phrase names, given the period before it in reach, if any, and
    /// the fiscal year end, if known.
    pub(super) fn resolve(
        &self,
        reference: Option<&Period>,
        fiscal_year_end: Option<(u32, u32)>,
    ) -> Period {
        let reference = reference.filter(|r| self.takes(r));
        let resolved = reference.and_then(|r| match self.relation {
            Relation::Back(months) => moved_back(r, months).map(|mut p| {
                p.comparison = true;
                p
            }),
            // "In the prior year it earned $2 million" states the prior year's figure: it
            // is a period of its own, not only a basis of comparison.
            Relation::Before(months) => moved_back(r, months),
            Relation::Same => {
                let mut p = r.clone();
                p.relative = false;
                Some(p)
            }
            Relation::FullYear => Some(year_holding(r, fiscal_year_end)),
        });
        // "The same week" of a seven-day range is a week.
        let resolved = resolved.map(|mut p| {
            p.grain = self.grain.unwrap_or(p.grain);
            p
        });
        resolved.unwrap_or_else(|| {
            let mut p = period(self.fallback, None, None);
            p.comparison = matches!(self.relation, Relation::Back(_));
            p
        })
    }
}

/// Whether a referring phrase of grain `g` ("the same week") can take `r`: one of its
/// grain, or for a week, a range of seven days ("the week ending Nov. 15").
fn grain_matches(g: Grain, r: &Period) -> bool {
    g == r.grain
        || g == Grain::Week
            && r.grain == Grain::Range
            && r.start
                .zip(r.end)
                .is_some_and(|(s, e)| (e - s).num_days() == 6)
}

/// The year that holds `r`: its fiscal year when `r` is fiscal (dated when the fiscal
/// year end is known), else the calendar year it ends in.
fn year_holding(r: &Period, fiscal_year_end: Option<(u32, u32)>) -> Period {
    if r.fiscal {
        let (start, end) = match (r.fiscal_year, fiscal_year_end) {
            (Some(fy), Some(fye)) => fiscal_year_dates(fy, fye),
            _ => (None, None),
        };
        let mut p = period(Grain::Year, start, end);
        p.fiscal = true;
        p.fiscal_year = r.fiscal_year;
        return p;
    }
    match r.end.or(r.start) {
        Some(d) => super::year_period(d.year()),
        None => period(Grain::Year, None, None),
    }
}

/// Whether `p` can be the period a later referring phrase takes: a quarter, half, year,
/// month, week or range, itself no comparison.
pub(super) fn is_reference(p: &Period) -> bool {
    !p.comparison
        && matches!(
            p.grain,
            Grain::Quarter | Grain::Half | Grain::Year | Grain::Month | Grain::Week | Grain::Range
        )
}

/// `r` moved back by `months`.
fn moved_back(r: &Period, months: u32) -> Option<Period> {
    let mut p = r.clone();
    p.relative = false;
    p.start = r
        .start
        .and_then(|d| d.checked_sub_months(Months::new(months)));
    p.end = r.end.and_then(|d| end_moved_back(d, months));
    if months % 12 == 0 {
        let years = i32::try_from(months / 12).ok()?;
        p.fiscal_year = r.fiscal_year.and_then(|y| y.checked_sub(years));
    } else {
        // "a quarter earlier": the number of a calendar quarter follows from its dates; a
        // fiscal one's would need the fiscal calendar.
        p.fiscal_year = None;
        p.half = None;
        p.quarter = match (p.grain, p.fiscal, p.start) {
            (Grain::Quarter, false, Some(s)) => u8::try_from(s.month0() / 3 + 1).ok(),
            _ => None,
        };
    }
    Some(p)
}

/// The last day of a period ending on `end`, moved back `months`: a month end stays a
/// month end (February 29 a year back is February 28).
fn end_moved_back(end: NaiveDate, months: u32) -> Option<NaiveDate> {
    let moved = end.checked_sub_months(Months::new(months))?;
    if is_month_end(end) {
        month_end(moved.year(), moved.month())
    } else {
        Some(moved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn month_ends_stay_month_ends() {
        let back = |d: &str, m: u32| end_moved_back(date(d), m).map(|d| d.to_string());
        assert_eq!(back("2024-02-29", 12).as_deref(), Some("2023-02-28"));
        assert_eq!(back("2023-02-28", 12).as_deref(), Some("2022-02-28"));
        assert_eq!(back("2025-06-30", 3).as_deref(), Some("2025-03-31"));
        assert_eq!(back("2025-03-31", 1).as_deref(), Some("2025-02-28"));
        // A period ended on a day that is no month end keeps its day.
        assert_eq!(back("2025-01-28", 12).as_deref(), Some("2024-01-28"));
    }

    #[test]
    fn distances_need_a_whole_count_and_a_backward_word() {
        let at = |text: &str| {
            let t = Tokens::new(text);
            (0..t.len()).find_map(|k| distance_back(&t, k).map(|(m, g, _)| (m, g)))
        };
        assert_eq!(at("a year earlier"), Some((12, Grain::Year)));
        assert_eq!(at("three months ago"), Some((3, Grain::Month)));
        assert_eq!(at("two quarters before."), Some((6, Grain::Quarter)));
        assert_eq!(at("1.5 years ago"), None);
        assert_eq!(at("two quarters before the deal"), None);
        assert_eq!(at("a year earlier than planned"), None);
        assert_eq!(at("three years later"), None);
        assert_eq!(at("400 years ago"), None);
        // A single unit needs no article in headlines; a plural needs its count.
        assert_eq!(at("vs $2 bln yr ago"), Some((12, Grain::Year)));
        assert_eq!(at("sales years ago"), None);
    }
}
