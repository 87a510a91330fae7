//! Comparison periods: the period a figure is compared with, named by its distance from
//! another ("a year earlier", "two quarters ago", "the year-ago quarter", "the prior-year
//! period", "the same period last year").
//!
//! The phrase alone does not say which days it covers: "a year earlier" after "in the
//! third quarter" is the third quarter of the year before. `comparison_at` reads the
//! phrase and `Comparison::resolve` moves the period named before it back. Without such
//! a period in reach the dates are unknown, rather than guessed from the document date:
//! "the same period last year" is not last calendar year.

use chrono::{Datelike, Months, NaiveDate};

use super::{is_month_end, month_end, period};
use crate::entity::{Grain, Period};
use crate::number::{self, Scales};
use crate::token::Tokens;

/// A comparison phrase, before it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Comparison {
    /// The first token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The grain the phrase's noun names ("the year-ago quarter"); `None` for "period"
    /// and for a bare distance ("a year earlier"), which take any period's.
    grain: Option<Grain>,
    /// The grain reported when no period is in reach: the noun's, or the distance's unit.
    fallback: Grain,
    /// How many months back: "a year earlier" is 12, "a quarter ago" 3.
    months_back: u32,
}

/// The words before a period noun that make "the same quarter last year" and its kin.
/// (They are no rule starts: "same-store sales" and "comparable sales" are metrics, which
/// start at words of no lexicon class. The rule starts at the noun and looks back.)
const SAME_WORDS: &[&str] = &["same", "comparable", "corresponding", "equivalent"];

/// The words after a distance that make it one back in time.
pub(super) const BACK_WORDS: &[&str] = &["earlier", "ago", "before"];

/// The comparison phrase at token `i`, if one starts there (or, for "a year earlier", at
/// the article before `i`). `Candidates` tells the tokens it may match at: the period
/// nouns (after `SAME_WORDS`, or after the article), the first words of
/// `year_back_adjective`, and counts before a unit and one of `BACK_WORDS`.
pub(super) fn comparison_at(t: &Tokens<'_>, i: usize) -> Option<Comparison> {
    // "the same quarter last year", "the corresponding period a year earlier"
    if i > 0 && t.word_in(i - 1, SAME_WORDS) {
        if let Some((grain, fallback, noun_end)) = period_noun(t, i) {
            // "the same quarter" alone may be one named before.
            let (months_back, end) = tail(t, noun_end)?;
            return Some(Comparison {
                start: i - 1,
                end,
                grain,
                fallback,
                months_back,
            });
        }
    }
    // "the year-ago quarter", "the prior-year period"
    if let Some(adjective_end) = year_back_adjective(t, i) {
        if let Some((grain, fallback, end)) = period_noun(t, adjective_end) {
            return Some(Comparison {
                start: i,
                end,
                grain,
                fallback,
                months_back: 12,
            });
        }
    }
    // "a year earlier", "two quarters ago": the count may be the article before `i`.
    let start = if t.word_in(i.wrapping_sub(1), &["a", "an", "one"])
        && t.word_in(i, &["year", "quarter", "month"])
    {
        i - 1
    } else {
        i
    };
    let (months, unit, end) = distance_back(t, start)?;
    Some(Comparison {
        start,
        end,
        grain: None,
        fallback: unit,
        months_back: months,
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
        (&["year", "years"], 12, Grain::Year),
        (&["quarter", "quarters"], 3, Grain::Quarter),
        (&["month", "months"], 1, Grain::Month),
    ];
    UNITS
        .iter()
        .find(|(words, _, _)| t.word_in(k, words))
        .map(|&(_, months, grain)| (months, grain))
}

/// A distance back in time at `k`: a count, a unit and "earlier", "ago" or "before" ("a
/// year earlier", "two quarters ago"). The months, the unit's grain and the token after.
///
/// "before" must end the clause ("a year before."): "a year before the merger" counts
/// from an event. "a year earlier than planned" compares timing, not figures.
fn distance_back(t: &Tokens<'_>, k: usize) -> Option<(u32, Grain, usize)> {
    let (count, unit_at) = if t.word_in(k, &["a", "an", "one"]) {
        (1, k + 1)
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

impl Comparison {
    /// The period this phrase names, given the period before it in reach, if any.
    pub(super) fn resolve(&self, reference: Option<&Period>) -> Period {
        let reference = reference.filter(|r| self.grain.is_none_or(|g| g == r.grain));
        let mut p = match reference.and_then(|r| moved_back(r, self.months_back)) {
            Some(p) => p,
            None => period(self.fallback, None, None),
        };
        p.comparison = true;
        p
    }
}

/// Whether `p` can be the period a later comparison moves back: a quarter, half, year,
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
    }
}
