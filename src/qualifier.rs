//! Words around a figure that bound it, hedge it, or say which way it moved.
//!
//! Shared by the money and percent extractors. Each function looks at a few tokens
//! before or after the figure and stops at punctuation that ends a clause, so a verb in
//! another clause never colours the figure.

use crate::entity::{Basis, Direction, Qualifier};
use crate::number::lower_ascii;
use crate::token::{TokKind, Tokens};

/// The qualifier written right before token `i`, and the token where it starts.
pub(crate) fn before(t: &Tokens<'_>, i: usize) -> Option<(Qualifier, usize)> {
    if i == 0 {
        return None;
    }
    let p = i - 1;
    match t.get(p)?.kind {
        TokKind::Sym('~' | '≈' | '∼' | '≃') => return Some((Qualifier::About, p)),
        TokKind::Sym('>' | '＞') => return Some((Qualifier::MoreThan, p)),
        TokKind::Sym('<' | '＜') => return Some((Qualifier::LessThan, p)),
        TokKind::Sym('≥') => return Some((Qualifier::AtLeast, p)),
        TokKind::Sym('≤') => return Some((Qualifier::AtMost, p)),
        TokKind::Word => {}
        _ => return None,
    }
    let mut buf = [0u8; 16];
    let w = lower_ascii(t.str(p), &mut buf)?;
    if !PHRASE_ENDS.contains(&w) {
        return one_word_qualifier(w).map(|q| (q, p));
    }
    let mut b2 = [0u8; 16];
    let prev = if p > 0 && t.is_word(p - 1) {
        lower_ascii(t.str(p - 1), &mut b2).unwrap_or("")
    } else {
        ""
    };
    let mut b3 = [0u8; 16];
    let prev2 = if p > 1 && t.is_word(p - 2) {
        lower_ascii(t.str(p - 2), &mut b3).unwrap_or("")
    } else {
        ""
    };
    // Three-word phrases first, then two, then one.
    let three = match (prev2, prev, w) {
        ("in", "excess", "of") => Some(Qualifier::MoreThan),
        ("no", "less", "than") | ("a", "minimum", "of") => Some(Qualifier::AtLeast),
        ("no", "more", "than") | ("a", "maximum", "of") => Some(Qualifier::AtMost),
        ("as", "much", "as") | ("as", "many", "as") | ("as", "high", "as") => {
            Some(Qualifier::AtMost)
        }
        ("in", "the", "region") | ("on", "the", "order") => Some(Qualifier::About),
        ("the", "region", "of") | ("the", "order", "of") => Some(Qualifier::About),
        _ => None,
    };
    if let Some(q) = three {
        return Some((q, p - 2));
    }
    let two = match (prev, w) {
        ("more" | "greater" | "higher", "than") => Some(Qualifier::MoreThan),
        ("less" | "fewer" | "lower", "than") => Some(Qualifier::LessThan),
        ("at", "least") => Some(Qualifier::AtLeast),
        ("at", "most") | ("up", "to") => Some(Qualifier::AtMost),
        ("close", "to") | ("just", "under" | "below" | "shy") => Some(Qualifier::Nearly),
        ("an", "estimated") | ("just", "over") => Some(Qualifier::About),
        ("well", "over" | "above") => Some(Qualifier::MoreThan),
        _ => None,
    };
    if let Some(q) = two {
        return Some((q, p - 1));
    }
    one_word_qualifier(w).map(|q| (q, p))
}

/// The last words of the two- and three-word qualifiers in `before`: only after these
/// are the words before read.
const PHRASE_ENDS: &[&str] = &[
    "of",
    "than",
    "as",
    "region",
    "order",
    "least",
    "most",
    "to",
    "under",
    "below",
    "shy",
    "estimated",
    "over",
    "above",
];

/// A qualifier of one word ("about", "over").
fn one_word_qualifier(w: &str) -> Option<Qualifier> {
    Some(match w {
        "over" | "above" | "exceeding" => Qualifier::MoreThan,
        "under" | "below" => Qualifier::LessThan,
        "about" | "around" | "roughly" | "approximately" | "approx" | "some" | "circa" | "ca"
        | "est" | "estimated" => Qualifier::About,
        "nearly" | "almost" => Qualifier::Nearly,
        "max" | "maximum" => Qualifier::AtMost,
        "minimum" | "min" => Qualifier::AtLeast,
        _ => return None,
    })
}

/// Whether token `k` ends the clause a figure belongs to.
fn clause_break(t: &Tokens<'_>, k: usize) -> bool {
    match t.get(k).map(|x| x.kind) {
        Some(TokKind::Sym(c)) => {
            matches!(c, '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”')
        }
        Some(_) => t.get(k).is_some_and(|x| x.newline_before),
        None => true,
    }
}

fn up_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "rises"
            | "rising"
            | "risen"
            | "up"
            | "gained"
            | "gain"
            | "gains"
            | "gaining"
            | "grew"
            | "grow"
            | "grows"
            | "growing"
            | "grown"
            | "increased"
            | "increase"
            | "increases"
            | "increasing"
            | "jumped"
            | "jump"
            | "jumps"
            | "jumping"
            | "surged"
            | "surge"
            | "surges"
            | "surging"
            | "climbed"
            | "climb"
            | "climbs"
            | "climbing"
            | "soared"
            | "soar"
            | "soars"
            | "soaring"
            | "advanced"
            | "advance"
            | "advances"
            | "added"
            | "higher"
            | "rallied"
            | "rally"
            | "rallies"
            | "spiked"
            | "boosted"
            | "expanded"
            | "improved"
            | "accelerated"
            | "raised"
            | "lifted"
            | "outperformed"
            | "skyrocketed"
            | "rebounded"
            | "popped"
            | "leapt"
            | "leaped"
            | "doubled"
            | "firmed"
            | "strengthened"
            | "appreciated"
    )
}

fn down_verb(w: &str) -> bool {
    matches!(
        w,
        "fell"
            | "fall"
            | "falls"
            | "falling"
            | "fallen"
            | "down"
            | "dropped"
            | "drop"
            | "drops"
            | "dropping"
            | "declined"
            | "decline"
            | "declines"
            | "declining"
            | "decreased"
            | "decrease"
            | "decreases"
            | "decreasing"
            | "slipped"
            | "slip"
            | "slips"
            | "slid"
            | "slide"
            | "slides"
            | "lost"
            | "lose"
            | "loses"
            | "shed"
            | "sheds"
            | "plunged"
            | "plunge"
            | "plunges"
            | "tumbled"
            | "tumble"
            | "tumbles"
            | "sank"
            | "sink"
            | "sinks"
            | "lower"
            | "slumped"
            | "slump"
            | "slumps"
            | "contracted"
            | "shrank"
            | "shrunk"
            | "shrinks"
            | "eased"
            | "ease"
            | "eases"
            | "cut"
            | "cuts"
            | "reduced"
            | "weakened"
            | "retreated"
            | "dipped"
            | "dip"
            | "dips"
            | "crashed"
            | "plummeted"
            | "collapsed"
            | "narrowed"
            | "softened"
            | "depreciated"
            | "trimmed"
            | "lowered"
            | "off"
    )
}

fn up_noun(w: &str) -> bool {
    matches!(
        w,
        "surge"
            | "jump"
            | "rise"
            | "increase"
            | "gain"
            | "growth"
            | "climb"
            | "rally"
            | "boost"
            | "hike"
            | "uptick"
            | "spike"
            | "upswing"
            | "improvement"
            | "expansion"
            | "pop"
            | "advance"
            | "leap"
            | "rebound"
    )
}

fn down_noun(w: &str) -> bool {
    matches!(
        w,
        "drop"
            | "decline"
            | "fall"
            | "decrease"
            | "slump"
            | "plunge"
            | "loss"
            | "cut"
            | "dip"
            | "slide"
            | "reduction"
            | "contraction"
            | "downturn"
            | "tumble"
            | "selloff"
            | "sell-off"
            | "slowdown"
            | "haircut"
            | "markdown"
    )
}

/// Whether the word before token `i` is a verb of change ("rose", "fell", "cut"): then
/// "A to B" after it is a change and a new level, not a range.
pub(crate) fn change_verb_before(t: &Tokens<'_>, i: usize) -> bool {
    if i == 0 || !t.is_word(i - 1) {
        return false;
    }
    let mut buf = [0u8; 16];
    lower_ascii(t.str(i - 1), &mut buf)
        .is_some_and(|w| (up_verb(w) || down_verb(w)) && w != "up" && w != "down")
}

/// Whether the word before token `i` makes "A to B" a change rather than a range
/// ("rose from 5 to 6 million", "raised by 1/4 to 14 pct"). Shared by money and percent.
///
/// A change verb counts only when both figures carry their unit ("fell $1.20 to
/// $74.50"); "rose 20 to 25 pct" stays a range.
pub(crate) fn change_not_range(t: &Tokens<'_>, i: usize, both_full: bool) -> bool {
    i > 0 && t.word_in(i - 1, &["from", "by"]) || both_full && change_verb_before(t, i)
}

/// Words that may sit between a verb and its figure: "rose by roughly 9%".
fn filler(w: &str) -> bool {
    matches!(
        w,
        "by" | "a"
            | "an"
            | "some"
            | "about"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "approximately"
            | "more"
            | "than"
            | "over"
            | "just"
            | "as"
            | "much"
            | "sharply"
            | "strongly"
            | "further"
            | "another"
            | "only"
            | "slightly"
            | "modestly"
            | "steeply"
            | "up"
            | "to"
            | "at"
            | "least"
            | "respectively"
            | "massive"
            | "huge"
            | "whopping"
            | "stunning"
            | "robust"
            | "solid"
            | "strong"
            | "modest"
            | "staggering"
            | "impressive"
            | "healthy"
            | "record"
            | "steep"
            | "sharp"
            | "mere"
            | "significant"
            | "total"
            | "combined"
            | "overall"
    )
}

/// The direction stated for the figure spanning tokens `start..end`: a verb before it
/// ("rose 26%", "fell by 3%", "up 5%") or a change noun after it ("a 59% surge",
/// "a 20% year-over-year revenue increase").
pub(crate) fn direction(t: &Tokens<'_>, start: usize, end: usize) -> Option<Direction> {
    let mut buf = [0u8; 16];
    // Look back across fillers.
    let mut k = start;
    for _ in 0..4 {
        if k == 0 {
            break;
        }
        k -= 1;
        if !t.is_word(k) {
            if t.is_sym(k, '-') || t.is_sym(k, '+') || t.is_sym(k, '~') || t.is_sym(k, '≈') {
                continue;
            }
            break;
        }
        let Some(w) = lower_ascii(t.str(k), &mut buf) else {
            break;
        };
        if up_verb(w) {
            return Some(Direction::Up);
        }
        if down_verb(w) {
            return Some(Direction::Down);
        }
        if !filler(w) {
            break;
        }
    }
    // Look ahead for a change noun: "a 59% surge", "a 20% year-over-year revenue increase".
    for k in end..end + 7 {
        if clause_break(t, k) || t.is_num(k) {
            break;
        }
        if t.is_sym(k, ',') {
            break;
        }
        if let Some(w) = lower_ascii(t.str(k), &mut buf) {
            if up_noun(w) {
                return Some(Direction::Up);
            }
            if down_noun(w) {
                return Some(Direction::Down);
            }
            if matches!(
                w,
                "of" | "in" | "to" | "from" | "and" | "or" | "for" | "on" | "at" | "while"
            ) && k > end
            {
                break;
            }
        }
    }
    None
}

/// The comparison basis written within a few tokens after the figure.
pub(crate) fn basis(t: &Tokens<'_>, end: usize) -> Option<Basis> {
    let mut buf = [0u8; 16];
    let mut k = end;
    let limit = end + 9;
    while k < limit && !clause_break(t, k) && !t.is_num(k) {
        if t.is_word(k) {
            let w = lower_ascii(t.str(k), &mut buf).unwrap_or("");
            // The first words of the patterns below; most words are none of them, and
            // reading the next two words costs more than this test.
            let first_word = matches!(
                w,
                "yoy"
                    | "y"
                    | "year"
                    | "qoq"
                    | "q"
                    | "quarter"
                    | "mom"
                    | "m"
                    | "month"
                    | "sequentially"
                    | "sequential"
                    | "annually"
                    | "annual"
                    | "a"
                    | "the"
                    | "previous"
                    | "prior"
                    | "last"
                    | "preceding"
            );
            if !first_word {
                k += 1;
                continue;
            }
            let mut b2 = [0u8; 16];
            // Skip "-" and "/" between parts: "year-over-year", "y/y".
            let next_word = |j: usize| -> usize {
                let mut j = j;
                while t.get(j).is_some_and(|x| x.is_sym('-') || x.is_sym('/')) {
                    j += 1;
                }
                j
            };
            let j1 = next_word(k + 1);
            let w1 = lower_ascii(t.str(j1), &mut b2).unwrap_or("");
            let j2 = next_word(j1 + 1);
            let mut b3 = [0u8; 16];
            let w2 = lower_ascii(t.str(j2), &mut b3).unwrap_or("");
            match (w, w1, w2) {
                ("yoy", _, _) | ("y", "y" | "o", _) => return Some(Basis::YearOverYear),
                ("year", "over" | "on", "year") => return Some(Basis::YearOverYear),
                ("qoq", _, _) => return Some(Basis::QuarterOverQuarter),
                ("q", "q" | "o", _) => return Some(Basis::QuarterOverQuarter),
                ("quarter", "over" | "on", "quarter") => return Some(Basis::QuarterOverQuarter),
                ("mom", _, _) => return Some(Basis::MonthOverMonth),
                ("m", "m" | "o", _) => return Some(Basis::MonthOverMonth),
                ("month", "over" | "on", "month") => return Some(Basis::MonthOverMonth),
                ("sequentially" | "sequential", _, _) => return Some(Basis::Sequential),
                ("annually", _, _) | ("annual", "basis", _) => return Some(Basis::YearOverYear),
                ("a" | "the", "year", "earlier" | "ago" | "before") => {
                    return Some(Basis::YearOverYear)
                }
                ("previous" | "prior" | "last", "year", _) if k > end => {
                    return Some(Basis::YearOverYear)
                }
                ("year", "earlier" | "ago", _) => return Some(Basis::YearOverYear),
                ("previous" | "prior" | "preceding", "quarter", _) => {
                    return Some(Basis::Sequential)
                }
                _ => {}
            }
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(text: &str, needle: &str) -> Option<Direction> {
        let t = Tokens::new(text);
        let pos = text.find(needle).unwrap();
        let s = t.index_at(pos);
        let e = t.index_at(pos + needle.len());
        direction(&t, s, e)
    }

    #[test]
    fn directions() {
        assert_eq!(
            dir("BABA jumped roughly 9% in the session", "9%"),
            Some(Direction::Up)
        );
        assert_eq!(
            dir("a 59% surge in server revenue", "59%"),
            Some(Direction::Up)
        );
        assert_eq!(dir("shares fell by 3% today", "3%"), Some(Direction::Down));
        assert_eq!(
            dir("a 20% year-over-year revenue increase", "20%"),
            Some(Direction::Up)
        );
        assert_eq!(
            dir("non-PC revenue hitting 46% of total sales", "46%"),
            None
        );
        assert_eq!(dir("Sales rose. 5% of staff left", "5%"), None);
    }

    #[test]
    fn bases() {
        let b = |text: &str| {
            let t = Tokens::new(text);
            basis(&t, 2)
        };
        assert_eq!(b("26 % year over year"), Some(Basis::YearOverYear));
        assert_eq!(b("26 % year-on-year"), Some(Basis::YearOverYear));
        assert_eq!(b("26 % YoY"), Some(Basis::YearOverYear));
        assert_eq!(b("26 % y/y"), Some(Basis::YearOverYear));
        assert_eq!(b("26 % sequentially"), Some(Basis::Sequential));
        assert_eq!(b("26 % QoQ"), Some(Basis::QuarterOverQuarter));
        assert_eq!(b("26 % from a year earlier"), Some(Basis::YearOverYear));
        assert_eq!(b("26 % of sales"), None);
    }

    #[test]
    fn every_phrase_is_read_whole() {
        let phrases = [
            ("in excess of", Qualifier::MoreThan),
            ("no less than", Qualifier::AtLeast),
            ("a minimum of", Qualifier::AtLeast),
            ("no more than", Qualifier::AtMost),
            ("a maximum of", Qualifier::AtMost),
            ("as much as", Qualifier::AtMost),
            ("as many as", Qualifier::AtMost),
            ("as high as", Qualifier::AtMost),
            ("in the region", Qualifier::About),
            ("on the order", Qualifier::About),
            ("the region of", Qualifier::About),
            ("the order of", Qualifier::About),
            ("more than", Qualifier::MoreThan),
            ("greater than", Qualifier::MoreThan),
            ("higher than", Qualifier::MoreThan),
            ("less than", Qualifier::LessThan),
            ("fewer than", Qualifier::LessThan),
            ("lower than", Qualifier::LessThan),
            ("at least", Qualifier::AtLeast),
            ("at most", Qualifier::AtMost),
            ("up to", Qualifier::AtMost),
            ("close to", Qualifier::Nearly),
            ("just under", Qualifier::Nearly),
            ("just below", Qualifier::Nearly),
            ("just shy", Qualifier::Nearly),
            ("an estimated", Qualifier::About),
            ("just over", Qualifier::About),
            ("well over", Qualifier::MoreThan),
            ("well above", Qualifier::MoreThan),
        ];
        for (phrase, q) in phrases {
            let text = format!("{phrase} 5");
            let t = Tokens::new(&text);
            let words = phrase.split(' ').count();
            assert_eq!(before(&t, words), Some((q, 0)), "{phrase}");
        }
    }

    #[test]
    fn qualifiers() {
        let q = |text: &str, at: usize| before(&Tokens::new(text), at).map(|x| x.0);
        assert_eq!(q("more than $ 5", 2), Some(Qualifier::MoreThan));
        assert_eq!(q("up to $ 5", 2), Some(Qualifier::AtMost));
        assert_eq!(q("roughly 9", 1), Some(Qualifier::About));
        assert_eq!(q("≈ $", 1), Some(Qualifier::About));
        assert_eq!(q("as much as 9", 3), Some(Qualifier::AtMost));
        assert_eq!(q("sales 9", 1), None);
    }
}
