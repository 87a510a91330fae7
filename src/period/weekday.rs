//! A weekday named alone, the way news dates what happens within a week of it: "shares
//! fell on Friday", "the bank will sell bills on Tuesday".
//!
//! The name says the day of the week and the tense says which one: a day in the past is
//! the last such day on or before the document date, one to come the next on or after
//! it. The tense is read from the nearest verb of the same sentence: a future marker
//! ("will", "scheduled", "due to") looks forward, a past form ("said", "fell", "closed")
//! back, and a sentence with neither is news of the past, as most news is. Without a
//! document date the day is a day of unknown date.
//!
//! Holidays and names that hold a weekday ("Black Friday", "Cyber Monday", "Tuesday
//! Morning Corp.") are not days of the week.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{period, splits_sentence, weekday_word, Found};
use crate::entity::Grain;
use crate::number::lower_ascii_bytes;
use crate::token::{self, Tokens, CAPITALIZED};

/// How many tokens either side of the weekday the tense is looked for in: a clause or
/// two of news.
const TENSE_REACH: usize = 24;

/// The weekday named alone at token `k`, dated from `doc` (see the module doc).
pub(super) fn bare_weekday_at(t: &Tokens<'_>, k: usize, doc: Option<NaiveDate>) -> Option<Found> {
    // Full names only: "Sat" and "Sun" are too often something else.
    if t.str(k).len() < 6
        || (t.is_word(k + 1) && t.has_shape(k + 1, CAPITALIZED) && !after_preposition(t, k))
    {
        return None;
    }
    let day = weekday_word(t.str(k))?;
    if k > 0 && named_before(t, k) || in_weekday_span(t, k) || domain_name(t, k) {
        return None;
    }
    let date = doc.and_then(|d| dated(d, day, looks_forward(t, k)));
    let mut p = period(Grain::Day, date, date);
    p.relative = true;
    Some(Found {
        start: k,
        end: k + 1,
        period: p,
    })
}

/// The prepositions that open a date ("on Tuesday", "by Friday").
const DATE_PREPOSITIONS: &[&str] = &["on", "by", "until", "till", "since", "before", "after"];

/// Whether a preposition comes right before the weekday at `k` ("on Tuesday Apple
/// said"): then a capitalized word after it starts the next phrase, not a name with it.
fn after_preposition(t: &Tokens<'_>, k: usize) -> bool {
    k > 0 && t.word_in(k - 1, DATE_PREPOSITIONS)
}

/// Whether a capitalized word right before the weekday at `k` makes it part of a name
/// ("Black Friday", "Cyber Monday", "Super Tuesday"), rather than starting the
/// sentence or the phrase ("On Friday", "By Monday").
fn named_before(t: &Tokens<'_>, k: usize) -> bool {
    t.is_word(k - 1)
        && t.has_shape(k - 1, CAPITALIZED)
        && t.get(k).is_some_and(|x| x.spaced_in_line())
        && !after_preposition(t, k)
        && !t.word_in(
            k - 1,
            &[
                "from", "through", "early", "late", "last", "next", "this", "and", "or",
            ],
        )
}

/// Whether the weekday at `k` opens a domain name, as a company's name may be
/// ("Monday.com shares rose"): a dot and a lower-case word glued after it (not a
/// missing space: "on Monday.Shares fell").
fn domain_name(t: &Tokens<'_>, k: usize) -> bool {
    t.is_sym(k + 1, '.')
        && t.glued(k + 1)
        && t.glued(k + 2)
        && t.has_shape(k + 2, token::LOWER_FIRST)
}

/// Whether the weekday at `k` bounds a span of weekdays, a schedule rather than a date:
/// "open Monday-Friday", "Monday to Friday".
fn in_weekday_span(t: &Tokens<'_>, k: usize) -> bool {
    let weekday = |j: usize| t.has_class(j, crate::lexicon::WEEKDAY);
    let joiner = |j: usize| crate::number::is_range_dash(t, j) || t.word_in(j, &["to", "through"]);
    (joiner(k + 1) && weekday(k + 2)) || (k >= 2 && joiner(k - 1) && weekday(k - 2))
}

/// The day `day` the tense points to: the next one on or after `doc` when `forward`,
/// else the last one on or before it.
fn dated(doc: NaiveDate, day: Weekday, forward: bool) -> Option<NaiveDate> {
    let from = i64::from(doc.weekday().num_days_from_monday());
    let to = i64::from(day.num_days_from_monday());
    if forward {
        doc.checked_add_signed(Duration::days((7 + to - from) % 7))
    } else {
        doc.checked_sub_signed(Duration::days((7 + from - to) % 7))
    }
}

/// What a word says of the tense of its clause, if anything.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// Whether the clause of the weekday at `k` speaks of what is to come: the nearest
/// tense word before it in the same sentence, or else after it, says so.
fn looks_forward(t: &Tokens<'_>, k: usize) -> bool {
    let mut before = (k.saturating_sub(TENSE_REACH)..k).rev();
    let mut after = k + 1..(k + 1 + TENSE_REACH).min(t.len());
    let nearest = |tokens: &mut dyn Iterator<Item = usize>| {
        tokens
            .take_while(|&j| !ends_sentence(t, j))
            .find_map(|j| tense_of(t, j))
    };
    nearest(&mut before).or_else(|| nearest(&mut after)) == Some(Tense::Future)
}

/// Whether the tense scan stops at token `j`: the sentence or the line ends.
fn ends_sentence(t: &Tokens<'_>, j: usize) -> bool {
    t.get(j)
        .is_none_or(|x| splits_sentence(x) || x.newline_before)
}

/// The tense word `j` marks: a future auxiliary or plan word, or a past form.
fn tense_of(t: &Tokens<'_>, j: usize) -> Option<Tense> {
    let x = t.get(j).filter(|x| x.is_word())?;
    let mut buf = [0u8; 16];
    let w = lower_ascii_bytes(t.str(j), &mut buf)?;
    // "we'll": the contraction's letters follow an apostrophe.
    if w == b"ll" && !x.space_before {
        return Some(Tense::Future);
    }
    // The word before, across the hyphen of "better-than-expected".
    let before = if j >= 2 && t.is_sym(j - 1, '-') && t.glued(j) {
        j - 2
    } else {
        j.wrapping_sub(1)
    };
    let tense = match w {
        // "better than expected", "as expected": a comparison, not a plan.
        b"expected" if t.word_in(before, &["than", "as"]) => None,
        b"will" | b"shall" | b"must" | b"should" | b"scheduled" | b"slated" | b"due"
        | b"expected" | b"plans" | b"planned" | b"intends" | b"upcoming" => Some(Tense::Future),
        b"said" | b"told" | b"was" | b"were" | b"had" | b"did" | b"fell" | b"rose" | b"sold"
        | b"made" | b"took" | b"lost" | b"won" | b"paid" | b"bought" | b"held" | b"met"
        | b"saw" | b"went" | b"came" | b"began" | b"grew" | b"gave" | b"sank" | b"slid"
        | b"spent" | b"sent" | b"struck" | b"broke" | b"became" | b"ran" | b"stood" | b"left"
        | b"led" | b"kept" | b"hit" | b"cut" => Some(Tense::Past),
        // Regular past forms: "closed", "reported", "announced"; not "need", "hundred".
        _ if w.len() > 3 && w.ends_with(b"ed") && !w.ends_with(b"eed") && w != b"hundred" => {
            Some(Tense::Past)
        }
        _ => None,
    };
    // A participle or bare verb after "be", "to" or a modal ("will be held", "is
    // expected to cut") takes its tense from the words before it.
    if tense == Some(Tense::Past) && t.word_in(before, AUXILIARIES) {
        return None;
    }
    tense
}

/// Words after which a verb's form says nothing of its tense.
const AUXILIARIES: &[&str] = &[
    "be", "to", "will", "shall", "would", "could", "can", "may", "might", "must", "should",
];

#[cfg(test)]
mod tests {
    use crate::entity::Value;
    use crate::period::{find, PeriodContext};
    use crate::token::Tokens;
    use chrono::NaiveDate;

    /// The days found in `text`, dated from Thursday 20 November 2025.
    fn days(text: &str) -> Vec<(String, Option<NaiveDate>)> {
        let t = Tokens::new(text);
        let ctx = PeriodContext {
            doc_date: NaiveDate::from_ymd_opt(2025, 11, 20),
            ..PeriodContext::default()
        };
        let mut out = Vec::new();
        find(&t, &ctx, &mut Vec::new(), &mut out);
        out.into_iter()
            .filter_map(|e| match e.value {
                Value::Period(p) => Some((e.text.to_string(), p.start)),
                _ => None,
            })
            .collect()
    }

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 11, d)
    }

    #[test]
    fn the_tense_says_which_week() {
        assert_eq!(
            days("Shares fell on Tuesday after the report."),
            vec![("Tuesday".into(), day(18))]
        );
        assert_eq!(
            days("The bank will sell bills from its holdings on Tuesday."),
            vec![("Tuesday".into(), day(25))]
        );
        // The nearest verb decides: said on Monday, will cut later.
        assert_eq!(
            days("The company said on Monday it will cut jobs."),
            vec![("Monday".into(), day(17))]
        );
        assert_eq!(
            days("On Friday, the board is expected to vote."),
            vec![("Friday".into(), day(21))]
        );
        // The document's own weekday is the day itself, either way.
        assert_eq!(
            days("Stocks closed higher on Thursday."),
            vec![("Thursday".into(), day(20))]
        );
        // "would" after a past verb looks ahead of that past: no tense of its own.
        assert_eq!(
            days("He said on Sunday that talks would resume on Wednesday."),
            vec![("Sunday".into(), day(16)), ("Wednesday".into(), day(19))]
        );
        // No tense word: news of the past.
        assert_eq!(
            days("Apple shares on Wednesday: up 2%."),
            vec![("Wednesday".into(), day(19))]
        );
    }

    #[test]
    fn a_verb_after_an_auxiliary_takes_its_tense() {
        // Review rv2: "held" and "cut" read as past forms, "expected" as a plan.
        assert_eq!(
            days("The meeting will be held on Tuesday."),
            vec![("Tuesday".into(), day(25))]
        );
        assert_eq!(
            days("The Fed is expected to cut rates on Wednesday."),
            vec![("Wednesday".into(), day(26))]
        );
        assert_eq!(
            days("Korvane reported better-than-expected results on Tuesday."),
            vec![("Tuesday".into(), day(18))]
        );
        assert_eq!(
            days("Sales grew more than expected on Monday."),
            vec![("Monday".into(), day(17))]
        );
        assert_eq!(
            days("He said talks would be held on Wednesday."),
            vec![("Wednesday".into(), day(19))]
        );
    }

    #[test]
    fn deadlines_look_ahead_and_schedules_are_no_days() {
        assert_eq!(
            days("The deal must close by Friday."),
            vec![("Friday".into(), day(21))]
        );
        assert!(days("Stores open Monday-Friday.").is_empty());
        assert!(days("Stores open Monday to Friday.").is_empty());
    }

    #[test]
    fn names_that_hold_a_weekday_are_not_days() {
        assert!(days("Black Friday sales rose 3%.").is_empty());
        assert!(days("Retailers braced for Cyber Monday.").is_empty());
        assert!(days("Tuesday Morning Corp. filed for bankruptcy.").is_empty());
        assert!(days("Girls went to the Sun on Sat evenings.").is_empty());
        // Review rv2: a weekday glued to a domain is a company's name.
        assert!(days("Monday.com shares rose 5%.").is_empty());
        assert_eq!(
            days("Shares rose on Monday.Korvane fell."),
            vec![("Monday".into(), day(17))]
        );
        // After a preposition a capitalized word starts the next phrase.
        assert_eq!(
            days("On Tuesday Apple said sales rose."),
            vec![("Tuesday".into(), day(18))]
        );
    }

    #[test]
    fn without_a_document_date_the_day_is_unknown() {
        let t = Tokens::new("Shares fell on Friday.");
        let mut out = Vec::new();
        find(&t, &PeriodContext::default(), &mut Vec::new(), &mut out);
        let Some(Value::Period(p)) = out.first().map(|e| &e.value) else {
            panic!("no period in {out:?}");
        };
        assert_eq!(
            (p.grain, p.start, p.relative),
            (crate::entity::Grain::Day, None, true)
        );
    }
}
