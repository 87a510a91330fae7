//! Percentages, percentage points and basis points.
//!
//! Rules, tried at each number (digits, fractions or words):
//! - `<number> <unit>` — "20%", "20 %", "26 per cent", "20 pct", "20pc", "twenty-five
//!   percent", ".5%", "12-7/8 pct", "1.5 percentage points", "1.5 pp", "150 bps";
//! - fractions of a percentage point in words — "a quarter of a percentage point", "half
//!   a percentage point", "two-tenths of a percentage point", "a quarter-point cut" (the
//!   figure is "quarter-point") — and whole ones: "a full percentage point", "a basis
//!   point";
//! - a sign glued before the number ("-3%", "−3%", "+12.5%") is part of the value, and
//!   so is "minus" or "negative" before it ("minus 0.5%"; not "20% minus 5%");
//! - ranges: "20-25%", "5–7 per cent", "20 to 25 pct", "20% to 25%", "between 5% and
//!   7%" — `value` is the low end and `upper` the high end;
//! - qualifiers, direction ("rose 26%", "a 59% surge") and comparison basis ("26% year
//!   over year") come from the words around the figure (see the `qualifier` module).
//!
//! A bare "points" is not a unit here: index points ("the Dow fell 300 points") are far
//! more common in news than percentage points written that way.

use rust_decimal::Decimal;

use crate::entity::{Direction, Entity, Percent, PercentUnit, Span, Value};
use crate::number::{self, is_range_dash, lower_ascii_bytes, Scales};
use crate::qualifier;
use crate::token::{self, TokKind, Token, Tokens};

/// Finds percentages and appends them to `out` in document order, listing the units
/// itself (the extractor lists them in its walk for the period rules' starts).
#[cfg(test)]
pub(crate) fn find(t: &Tokens<'_>, out: &mut Vec<Entity>) {
    let units: Vec<usize> = (0..t.len())
        .filter(|&k| t.get(k).is_some_and(may_be_unit))
        .collect();
    find_at_units(t, &units, out);
}

/// Finds percentages and appends them to `out` in document order; `units` are the
/// tokens that can start a unit (those `may_be_unit` accepts), in order.
///
/// Every match has a unit within `UNIT_REACH` tokens after its first token (see
/// `unit_ahead`), and units are rare, so the pass jumps from unit to unit and tries the
/// rules only at the tokens just before each one. The extractor lists the units in the
/// walk that lists the period pass's starts (see `extractor::list_starts`).
pub(crate) fn find_at_units(t: &Tokens<'_>, units: &[usize], out: &mut Vec<Entity>) {
    // Tokens before `next` are matched or known not to start a match.
    let mut next = 0;
    for &unit in units {
        let mut i = next.max(unit.saturating_sub(UNIT_REACH));
        while i < unit {
            let found = may_start(t, i)
                .then(|| match_at(t, i).or_else(|| listed_before(t, i)))
                .flatten();
            match found {
                Some(m) => {
                    push(t, m, out);
                    i = m.end;
                }
                None => i += 1,
            }
        }
        next = i;
    }
}

/// How far after a match's first token its unit can be: a sign before the number, then
/// the tokens `unit_ahead` looks at.
const UNIT_REACH: usize = 1 + UNIT_LOOKAHEAD;

/// How many tokens after a number `unit_ahead` looks at.
const UNIT_LOOKAHEAD: usize = 7;

/// The class bits of which a token that can start a unit has one (see `may_be_unit`).
pub(crate) const UNIT_CLASSES: u16 = crate::lexicon::PERCENT_UNIT | token::SIGN;

/// Whether token `x` can start a unit: a percent sign or a word of the lexicon's
/// `PERCENT_UNIT` class. `unit_ahead` looks for these, and `find_at_units` jumps between
/// them.
pub(crate) fn may_be_unit(x: &Token) -> bool {
    // One test of the class bits for most tokens: the tokenizer marks the percent signs
    // there, with the "$" sign, which is rare enough to be read again.
    x.class & UNIT_CLASSES != 0 && !x.is_sym('$')
}

/// Whether a percentage can start at token `i`: a number, a number word, or a sign.
fn may_start(t: &Tokens<'_>, i: usize) -> bool {
    t.get(i).is_some_and(|x| match x.kind {
        TokKind::Num => true,
        TokKind::Sym(c) => matches!(c, '-' | '−' | '+' | '–'),
        TokKind::Word => x.class & crate::lexicon::NUMBER_WORD != 0,
    })
}

#[derive(Debug, Clone, Copy)]
struct Match {
    start: usize,
    end: usize,
    value: Decimal,
    upper: Option<Decimal>,
    unit: PercentUnit,
    /// For a range, where the low bound's tokens end and the high bound's begin.
    split: Option<(usize, usize)>,
}

/// Pushes a match; a range becomes two entities: the low bound, whose `upper` is the
/// high bound, and the high bound as written ("20-25%" gives "20" and "25%").
fn push(t: &Tokens<'_>, mut m: Match, out: &mut Vec<Entity>) {
    // "minus 0.5%": the word is the sign. (A range's bounds would swap order: as written.)
    if m.upper.is_none() && t.is_num(m.start) && qualifier::spelled_minus_before(t, m.start) {
        m.start -= 1;
        m.value = -m.value;
    }
    let qual = qualifier::before(t, m.start);
    let qualifier = qual.map(|q| q.0).or_else(|| qualifier::after(t, m.end));
    let approximate = qualifier.is_some_and(|q| q.is_approximate());
    let signed = t.get(m.start).is_some_and(|x| !x.is_num() && !x.is_word());
    // A zero moves neither way, whatever its sign: "-0%", "(0)%".
    let sign_direction = if signed && !m.value.is_zero() {
        if m.value.is_sign_negative() {
            Some(Direction::Down)
        } else {
            Some(Direction::Up)
        }
    } else {
        None
    };
    let direction =
        qualifier::direction(t, qual.map_or(m.start, |q| q.1), m.end).or(sign_direction);
    let basis = qualifier::basis(t, m.end);
    let record = |value: Decimal, upper: Option<Decimal>, qualifier| {
        Value::Percent(Percent {
            value: value.normalize(),
            upper: upper.map(|u| u.normalize()),
            unit: m.unit,
            approximate,
            qualifier,
            direction,
            basis,
        })
    };
    match (m.split, m.upper) {
        (Some((low_end, high_start)), Some(high)) => {
            let low = Span::new(t.start(m.start), t.end(low_end - 1));
            let high_span = Span::new(t.start(high_start), t.end(m.end - 1));
            out.push(Entity::new(
                t.text,
                low,
                record(m.value, Some(high), qualifier),
            ));
            out.push(Entity::new(t.text, high_span, record(high, None, None)));
        }
        _ => {
            let span = Span::new(t.start(m.start), t.end(m.end - 1));
            out.push(Entity::new(
                t.text,
                span,
                record(m.value, m.upper, qualifier),
            ));
        }
    }
}

/// A number listed before a percentage, which takes its unit: the "3" of "rose 3 and 5
/// percent", the "12" and "14" of "12, 14 and 15 percent". Not a year ("in 2024 and 5
/// percent"), and at most five numbers back.
fn listed_before(t: &Tokens<'_>, i: usize) -> Option<Match> {
    // A number on its own: not "Q3", "$3" or "3-" of a code.
    if !t.is_num(i) || t.glued(i) || t.glued(i + 1) && !t.is_sym(i + 1, ',') {
        return None;
    }
    let n = number::number_at(t, i, Scales::None).filter(|n| n.plain_digits != 4)?;
    let mut end = n.end;
    for _ in 0..5 {
        let k = t.after_list_joiner(end).filter(|&k| t.is_num(k))?;
        if let Some(m) = match_at(t, k) {
            // The unit in reach of the first number, as `find_at_units` looks for it.
            let unit = number::number_at(t, k, Scales::None).map_or(m.end, |n| n.end);
            let in_reach = unit - i <= UNIT_REACH;
            return (in_reach && m.start == k && m.upper.is_none()).then_some(Match {
                start: i,
                end: n.end,
                value: n.value,
                upper: None,
                unit: m.unit,
                split: None,
            });
        }
        end = number::number_at(t, k, Scales::None)?.end;
    }
    None
}

/// Whether a percent unit follows the number at `i` within a few tokens ("20%",
/// "12-7/8 pct", "20 to 25 per cent"): a cheap check before parsing the number.
fn unit_ahead(t: &Tokens<'_>, i: usize) -> bool {
    for k in i + 1..=i + UNIT_LOOKAHEAD {
        let Some(tok) = t.get(k) else { return false };
        if tok.newline_before {
            return false;
        }
        if may_be_unit(tok) {
            return true;
        }
        if matches!(
            tok.kind,
            TokKind::Sym('.' | ';' | ':' | '!' | '?' | '(' | ')' | '"')
        ) && !t.is_num(k + 1)
        {
            return false;
        }
    }
    false
}

/// The unit at token `k`, and the token after it.
fn unit_at(t: &Tokens<'_>, k: usize) -> Option<(PercentUnit, usize)> {
    let tok = t.get(k)?;
    if tok.newline_before {
        return None;
    }
    match tok.kind {
        TokKind::Sym('%' | '％' | '٪') => return Some((PercentUnit::Percent, k + 1)),
        TokKind::Word if t.has_class(k, crate::lexicon::PERCENT_UNIT) => {}
        // "a 10-percent levy", "a 2.4-percentage-point rise".
        TokKind::Sym('-')
            if tok.glued()
                && t.glued(k + 1)
                && t.has_class(k + 1, crate::lexicon::PERCENT_UNIT) =>
        {
            return unit_at(t, k + 1);
        }
        _ => return None,
    }
    let mut buf = [0u8; 16];
    let w = lower_ascii_bytes(t.str(k), &mut buf)?;
    // "point" after the word, or after a hyphen glued to it ("percentage-point").
    let points_at = |j: usize| t.word_in(j, &["point", "points", "pts", "pt"]);
    let hyphen_points =
        t.is_sym(k + 1, '-') && t.glued(k + 1) && t.glued(k + 2) && points_at(k + 2);
    let unit = match w {
        b"percentage" | b"pct" if points_at(k + 1) => (PercentUnit::PercentagePoints, k + 2),
        b"percentage" if hyphen_points => (PercentUnit::PercentagePoints, k + 3),
        b"basis" if hyphen_points => (PercentUnit::BasisPoints, k + 3),
        b"percent" | b"pct" | b"percents" | b"prc" => (PercentUnit::Percent, k + 1),
        // "20pc" is glued; "20 pc" (personal computers?) only in "per cent" sense glued.
        b"pc" if tok.glued() => (PercentUnit::Percent, k + 1),
        b"per" if t.word_is(k + 1, "cent") => (PercentUnit::Percent, k + 2),
        b"pp" | b"ppt" | b"ppts" | b"pps" => (PercentUnit::PercentagePoints, k + 1),
        b"basis" if t.word_in(k + 1, &["point", "points", "pts", "pt"]) => {
            (PercentUnit::BasisPoints, k + 2)
        }
        b"bps" | b"bp" | b"bpts" | b"bip" | b"bips" => (PercentUnit::BasisPoints, k + 1),
        _ => return None,
    };
    // "20 percentage points" is handled above; "20 percent" must not swallow "percentage".
    Some(unit)
}

/// A percentage written as an accounting negative: the number in brackets, the sign
/// glued after them ("(2.3)%"), from the bracket at `open`; the number is `value` and
/// ends before token `end`.
fn parenthesized_negative(
    t: &Tokens<'_>,
    open: usize,
    value: Decimal,
    end: usize,
) -> Option<Match> {
    if !(t.is_sym(end, ')') && t.glued(end) && t.get(end + 1).is_some_and(|x| x.glued())) {
        return None;
    }
    let (unit, unit_end) = unit_at(t, end + 1)?;
    Some(Match {
        start: open,
        end: unit_end,
        value: -value,
        upper: None,
        unit,
        split: None,
    })
}

fn match_at(t: &Tokens<'_>, i: usize) -> Option<Match> {
    let tok = t.get(i)?;
    if tok.is_word() {
        if !t.has_class(i, crate::lexicon::NUMBER_WORD) {
            return None;
        }
        if let Some(m) = fraction_of_a_point(t, i) {
            return Some(m);
        }
    }
    // A sign glued to the number: "-3%", "+12.5%".
    let (num_at, negative) = match tok.kind {
        TokKind::Sym('-' | '−' | '+' | '–')
            if t.is_num(i + 1)
                && t.glued(i + 1)
                && (tok.space_before || i == 0 || t.is_sym(i - 1, '(')) =>
        {
            (i + 1, !matches!(tok.kind, TokKind::Sym('+')))
        }
        TokKind::Num | TokKind::Word => (i, false),
        _ => return None,
    };
    let nt = t.get(num_at)?;
    // Part of a larger token run: "A320", "3/4" (the "4"), "1.2.3".
    if nt.is_num()
        && num_at > 0
        && nt.glued()
        && (t.is_word(num_at - 1)
            || t.is_num(num_at - 1)
            || t.is_sym(num_at - 1, '/')
            || t.is_sym(num_at - 1, '.'))
    {
        return None;
    }
    if nt.is_word() && num_at > 0 && nt.glued() && t.is_word(num_at - 1) {
        return None;
    }
    // An accounting negative, as results tables write it: "(2.3)%".
    if nt.is_num() && num_at > 0 && t.is_sym(num_at - 1, '(') && nt.glued() {
        if let Some(m) = number::number_at(t, num_at, Scales::None)
            .and_then(|n| parenthesized_negative(t, num_at - 1, n.value, n.end))
        {
            return Some(m);
        }
    }
    if !unit_ahead(t, num_at) {
        return None;
    }
    let n = number::number_at(t, num_at, Scales::None)?;
    let sign = |d: Decimal| if negative { -d } else { d };
    if let Some((unit, end)) = unit_at(t, n.end) {
        let value = sign(n.value);
        // "20% to 25%", "between 5% and 7%"
        let between = i > 0 && t.word_is(i - 1, "between");
        // A dash or "between … and" always joins a range ("from 5%-7%", "by 2%-3%"); only
        // "to" can instead end a change ("rose by 2% to 5%").
        let range = between && t.word_is(end, "and") || is_range_dash(t, end) && t.glued(end);
        let to = t.word_is(end, "to") && !between;
        if range || to && (!qualifier::change_not_range(t, i, true) || forecast_range(t, i)) {
            if let Some(m2) = match_at(t, end + 1) {
                if m2.unit == unit && m2.upper.is_none() && m2.value >= value {
                    return Some(Match {
                        start: i,
                        end: m2.end,
                        value,
                        upper: Some(m2.value),
                        unit,
                        split: Some((end, end + 1)),
                    });
                }
            }
        }
        return Some(Match {
            start: i,
            end,
            value,
            upper: None,
            unit,
            split: None,
        });
    }
    // "20-25%", "5–7 per cent", "20 to 25 pct", "between 5 and 7 percent".
    let between = i > 0 && t.word_is(i - 1, "between");
    let range = is_range_dash(t, n.end) && (t.glued(n.end) || t.glued(n.end + 1))
        || between && t.word_is(n.end, "and");
    let to = t.word_is(n.end, "to") && !between;
    let joined = range || to && !qualifier::change_not_range(t, i, false);
    if joined && (n.words == t.is_word(n.end + 1)) {
        let n2 = number::number_at(t, n.end + 1, Scales::None)?;
        let (unit, end) = unit_at(t, n2.end)?;
        if n2.value < n.value {
            return None;
        }
        return Some(Match {
            start: i,
            end,
            value: sign(n.value),
            upper: Some(n2.value),
            unit,
            split: Some((n.end, n.end + 1)),
        });
    }
    None
}

/// A fraction of a percentage point in words, the way rate decisions and economic data
/// are told: "a quarter of a percentage point", "half a percentage point", "three
/// quarters of a point", "two-tenths of a percentage point", and the compounds "a
/// quarter-point cut", "a half-point hike", "a quarter percentage point".
///
/// An amount ("a quarter of a percentage point") starts at its article; a compound
/// before a noun ("a quarter-point cut") starts at the fraction, the article being the
/// noun's. A bare "point" counts only in the compounds and after "of a": "the stock rose
/// half a point" may be dollars.
fn fraction_of_a_point(t: &Tokens<'_>, i: usize) -> Option<Match> {
    if let Some(m) = a_whole_point(t, i) {
        return Some(m);
    }
    /// Numerators in words; "a" and "one" both count one.
    const NUMERATORS: &[&str] = &[
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const DENOMINATORS: &[(&[&str], i64)] = &[
        (&["half"], 2),
        (&["quarter", "quarters"], 4),
        (&["tenth", "tenths"], 10),
    ];
    let denominator = |k: usize| {
        DENOMINATORS
            .iter()
            .find(|(words, _)| t.word_in(k, words))
            .map(|&(_, d)| d)
    };
    // The fraction's value and where its words end: "half" alone, or a numerator and a
    // denominator, maybe hyphened ("two-tenths", "three-quarters").
    let (value, mut j) = if t.word_is(i, "half") {
        (Decimal::new(5, 1), i + 1)
    } else {
        let numerator = NUMERATORS.iter().position(|w| t.word_is(i, w))?.max(1);
        let hyphen = t.is_sym(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2);
        let at = if hyphen { i + 2 } else { i + 1 };
        let denominator = denominator(at)?;
        // "two halves" is no fraction of a point.
        let numerator = i64::try_from(numerator).ok().filter(|&n| n < denominator)?;
        (
            Decimal::new(numerator, 0) / Decimal::new(denominator, 0),
            at + 1,
        )
    };
    let unit = |k: usize| unit_at(t, k).filter(|(u, _)| *u == PercentUnit::PercentagePoints);
    let point = |k: usize| {
        t.word_is(k, "point")
            .then_some((PercentUnit::PercentagePoints, k + 1))
    };
    // "of a percentage point", "half a percentage point": the amount's own words.
    let of_a = if t.word_is(j, "of") && t.word_in(j + 1, &["a", "one"]) {
        Some(j + 2)
    } else if t.word_is(i, "half") && t.word_is(j, "a") {
        Some(j + 1)
    } else {
        None
    };
    let (unit, end, start) = if let Some(k) = of_a {
        let bare_point_counts = t.word_is(j, "of");
        let (u, end) = unit(k).or_else(|| point(k).filter(|_| bare_point_counts))?;
        (u, end, i)
    } else {
        // The compound: "quarter-point", "quarter percentage point", "half-point".
        let glued_dash = t.is_sym(j, '-') && t.glued(j) && t.glued(j + 1);
        if glued_dash {
            j += 1;
        }
        let (u, end) = unit(j).or_else(|| point(j))?;
        // "a quarter" is the noun's article: the figure starts at the fraction.
        let fraction_at = if t.word_is(i, "a") { i + 1 } else { i };
        (u, end, fraction_at)
    };
    Some(Match {
        start,
        end,
        value,
        upper: None,
        unit,
        split: None,
    })
}

/// One point, with the article for its number: "a percentage point", "a full percentage
/// point", "a basis point". Only with "percentage" or "basis": "fell a point" may be
/// dollars.
fn a_whole_point(t: &Tokens<'_>, i: usize) -> Option<Match> {
    if !t.word_in(i, &["a", "an"]) {
        return None;
    }
    let k = i + 1 + usize::from(t.word_in(i + 1, &["full", "whole"]));
    if !t.word_in(k, &["percentage", "basis"]) {
        return None;
    }
    let (unit, end) = unit_at(t, k).filter(|(u, _)| *u != PercentUnit::Percent)?;
    Some(Match {
        start: i,
        end,
        value: Decimal::ONE,
        upper: None,
        unit,
        split: None,
    })
}

/// Whether the percentage at token `i` follows a change verb in the infinitive or
/// after a modal ("expects sales to grow 4.8% to 5.1%", "will rise 2% to 3%"): a
/// forecast gives a range, where a reported change names the new level ("rose 2% to
/// 15%").
fn forecast_range(t: &Tokens<'_>, i: usize) -> bool {
    // Back over the fillers between a verb and its figure: "will rise by about 2%".
    let mut verb = i;
    let mut buf = [0u8; 16];
    while verb > 0
        && i - verb < 2
        && lower_ascii_bytes(t.str(verb - 1), &mut buf).is_some_and(qualifier::filler)
    {
        verb -= 1;
    }
    verb > 1
        && qualifier::change_verb_before(t, verb)
        && t.word_in(
            verb - 2,
            &["to", "will", "would", "should", "could", "may", "might"],
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn units_are_percent_words_and_signs() {
        let text = "up 5% (６％, ٪7) or 3 percent, 40 bps, 2 per cent of $3.2bn, 4‰ and 10 pct $";
        let t = Tokens::new(text);
        for x in &t.toks {
            let unit = x.class & crate::lexicon::PERCENT_UNIT != 0
                || matches!(x.kind, TokKind::Sym('%' | '％' | '٪'));
            assert_eq!(may_be_unit(x), unit, "{x:?}");
        }
    }

    /// The pass as first written: every token that `may_start` accepts is tried in turn.
    fn find_token_by_token(t: &Tokens<'_>) -> Vec<Entity> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < t.len() {
            let found = may_start(t, i)
                .then(|| match_at(t, i).or_else(|| listed_before(t, i)))
                .flatten();
            match found {
                Some(m) => {
                    push(t, m, &mut out);
                    i = m.end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Pieces of percentages, ranges and the words around them, glued or spaced at random.
    const FRAGMENTS: &[&str] = &[
        "5",
        "20",
        "1.5",
        ".5",
        "12",
        "7/8",
        "/",
        "-",
        "−",
        "+",
        "–",
        "%",
        "％",
        "per",
        "cent",
        "percent",
        "pct",
        "pc",
        "percentage",
        "points",
        "basis",
        "bps",
        "pp",
        "to",
        "and",
        "between",
        "from",
        "by",
        "rose",
        "a",
        "twenty",
        "five",
        "three",
        "(",
        ")",
        ".",
        ",",
        "the",
        "year",
        "over",
        "revenue",
        "up",
        "quarter",
        "half",
        "of",
        "point",
        "percentage",
        "-",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn jumping_between_units_finds_what_trying_every_token_finds(
            pieces in prop::collection::vec(
                (prop::sample::select(FRAGMENTS), prop::sample::select(&["", " ", "  ", "\n"][..])),
                0..40,
            ),
        ) {
            let text: String = pieces.iter().flat_map(|(w, sep)| [*sep, *w]).collect();
            let t = Tokens::new(&text);
            let mut out = Vec::new();
            find(&t, &mut out);
            prop_assert_eq!(out, find_token_by_token(&t), "{:?}", text);
        }
    }
    use crate::entity::{Basis, PercentUnit as U};

    fn pct(text: &str) -> Vec<(String, String, Option<String>, U)> {
        let t = Tokens::new(text);
        let mut out = Vec::new();
        find(&t, &mut out);
        out.into_iter()
            .map(|e| match e.value {
                Value::Percent(p) => (
                    e.text.into(),
                    p.value.to_string(),
                    p.upper.map(|u| u.to_string()),
                    p.unit,
                ),
                _ => unreachable!(),
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, U) {
        let got = pct(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let (s, v, _, u) = got.into_iter().next().unwrap();
        (s, v, u)
    }

    #[test]
    fn spelled_signs() {
        let pc = |s: &str, v: &str| (s.to_string(), v.to_string(), U::Percent);
        assert_eq!(
            one("Growth was minus 0.5% in the quarter."),
            pc("minus 0.5%", "-0.5")
        );
        assert_eq!(
            one("a negative 3.2 percent return"),
            pc("negative 3.2 percent", "-3.2")
        );
        // Subtractions and tolerances keep the figure's own sign.
        let values = |text: &str| pct(text).into_iter().map(|p| p.1).collect::<Vec<_>>();
        assert_eq!(values("a 20% rate minus 5% relief"), ["20", "5"]);
        assert_eq!(values("the base rate minus 1.5%"), ["1.5"]);
        assert_eq!(values("GDP slowed to minus 0.3%"), ["-0.3"]);
        assert_eq!(values("accurate to plus or minus 3%"), ["3"]);
        assert_eq!(values("within +/- 3%"), ["3"]);
        assert_eq!(values("the negative\n3% line"), ["3"]);
    }

    #[test]
    fn fractions_of_a_point() {
        let pp = |s: &str, v: &str| (s.to_string(), v.to_string(), U::PercentagePoints);
        assert_eq!(
            one("The Fed cut rates by a quarter of a percentage point."),
            pp("a quarter of a percentage point", "0.25")
        );
        assert_eq!(
            one("Spreads widened half a percentage point."),
            pp("half a percentage point", "0.5")
        );
        assert_eq!(
            one("Yields rose three quarters of a percentage point."),
            pp("three quarters of a percentage point", "0.75")
        );
        assert_eq!(
            one("The jobless rate rose two-tenths of a percentage point."),
            pp("two-tenths of a percentage point", "0.2")
        );
        assert_eq!(
            one("Core inflation slowed by a tenth of a percentage point."),
            pp("a tenth of a percentage point", "0.1")
        );
        assert_eq!(
            one("Yields fell three-quarters of a percentage point."),
            pp("three-quarters of a percentage point", "0.75")
        );
        // "two halves" is no fraction; the point after it is whole.
        assert_eq!(
            one("two halves of a percentage point"),
            pp("a percentage point", "1")
        );
        assert_eq!(
            one("It cut by a quarter of a point."),
            pp("a quarter of a point", "0.25")
        );
        // Compounds before a noun: the article is the noun's.
        assert_eq!(
            one("The ECB delivered a quarter-point cut."),
            pp("quarter-point", "0.25")
        );
        assert_eq!(one("its first half-point move"), pp("half-point", "0.5"));
        assert_eq!(
            one("raised rates by a half percentage point"),
            pp("half percentage point", "0.5")
        );
        // No point, or points that are not percentage points.
        assert!(pct("A quarter of the company was sold.").is_empty());
        assert!(pct("He made a point. The Dow fell 300 points.").is_empty());
        assert!(pct("The stock rose half a point.").is_empty());
    }

    #[test]
    fn forms() {
        assert_eq!(one("rose 20%"), ("20%".into(), "20".into(), U::Percent));
        assert_eq!(one("rose 20 %"), ("20 %".into(), "20".into(), U::Percent));
        assert_eq!(
            one("up 26 per cent"),
            ("26 per cent".into(), "26".into(), U::Percent)
        );
        assert_eq!(
            one("a 20 pct stake"),
            ("20 pct".into(), "20".into(), U::Percent)
        );
        assert_eq!(
            one("a 20pc stake"),
            ("20pc".into(), "20".into(), U::Percent)
        );
        assert_eq!(
            one("twenty-five percent"),
            ("twenty-five percent".into(), "25".into(), U::Percent)
        );
        assert_eq!(one("only .5% of"), (".5%".into(), "0.5".into(), U::Percent));
        assert_eq!(
            one("a yield of 12-7/8 pct"),
            ("12-7/8 pct".into(), "12.875".into(), U::Percent)
        );
        assert_eq!(
            one("margin -3% in"),
            ("-3%".into(), "-3".into(), U::Percent)
        );
        assert_eq!(
            one("margin −3% in"),
            ("−3%".into(), "-3".into(), U::Percent)
        );
        assert_eq!(
            one("gained +12.5%"),
            ("+12.5%".into(), "12.5".into(), U::Percent)
        );
        assert_eq!(
            one("widened 1.5 percentage points"),
            (
                "1.5 percentage points".into(),
                "1.5".into(),
                U::PercentagePoints
            )
        );
        assert_eq!(
            one("down 1.5 pp"),
            ("1.5 pp".into(), "1.5".into(), U::PercentagePoints)
        );
        assert_eq!(
            one("cut 150 basis points"),
            ("150 basis points".into(), "150".into(), U::BasisPoints)
        );
        assert_eq!(
            one("a 25bp cut"),
            ("25bp".into(), "25".into(), U::BasisPoints)
        );
        assert_eq!(
            one("150 bps"),
            ("150 bps".into(), "150".into(), U::BasisPoints)
        );
    }

    #[test]
    fn hyphenated_units() {
        let got = pct("a 10-percent levy, a 50-basis-point cut and a 2.4-percentage-point rise");
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            ["10-percent", "50-basis-point", "2.4-percentage-point"]
        );
        // A dash between numbers is a range, not a unit.
        assert_eq!(pct("5-6% growth")[0].2.as_deref(), Some("6"));
    }

    /// Each percentage's value and upper bound, from `pct`.
    fn range_ends(got: &[(String, String, Option<String>, U)]) -> Vec<(&str, Option<&str>)> {
        got.iter()
            .map(|(_, v, u, _)| (v.as_str(), u.as_deref()))
            .collect()
    }

    #[test]
    fn ranges() {
        let got = pct("20-25% growth, between 5% and 7% margins, 5–7 per cent and 20 to 25 pct");
        assert_eq!(
            range_ends(&got),
            [
                ("20", Some("25")),
                ("25", None),
                ("5", Some("7")),
                ("7", None),
                ("5", Some("7")),
                ("7", None),
                ("20", Some("25")),
                ("25", None)
            ]
        );
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            ["20", "25%", "5%", "7%", "5", "7 per cent", "20", "25 pct"]
        );
        assert_eq!(
            pct("rates were raised by 1/4 to 14 pct").len(),
            1,
            "a change, not a range"
        );
        // A forecast's "A to B" is a range; a reported change names the new level.
        for (text, upper) in [
            ("expects sales to grow 4.8% to 5.1%", Some("5.1")),
            ("margins will rise about 2% to 3%", Some("3")),
            ("sales rose 2% to 15%", None),
        ] {
            assert_eq!(pct(text)[0].2.as_deref(), upper, "{text}");
        }
        // A dash joins a range even where "to" would end a change.
        assert_eq!(
            range_ends(&pct("cut to 5%-6% from 5%-7%, up by 2-3 percent")),
            [
                ("5", Some("6")),
                ("6", None),
                ("5", Some("7")),
                ("7", None),
                ("2", Some("3")),
                ("3", None)
            ]
        );
    }

    #[test]
    fn not_percentages() {
        for text in [
            "triple-digit growth",
            "it doubled",
            "open 24/7",
            "Q4 results",
            "won 4-3",
            "the Dow fell 300 points",
        ] {
            assert!(pct(text).is_empty(), "{text}: {:?}", pct(text));
        }
    }

    #[test]
    fn direction_and_basis() {
        let t = Tokens::new("cloud revenue rose 26% year over year");
        let mut out = Vec::new();
        find(&t, &mut out);
        let Value::Percent(p) = &out[0].value else {
            panic!()
        };
        assert_eq!(p.direction, Some(Direction::Up));
        assert_eq!(p.basis, Some(Basis::YearOverYear));
    }
}
