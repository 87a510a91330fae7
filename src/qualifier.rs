//! Words around a figure that bound it, hedge it, or say which way it moved.
//!
//! Shared by the money and percent extractors. Each function looks at a few tokens
//! before or after the figure and stops at punctuation that ends a clause, so a verb in
//! another clause never colours the figure.

use crate::entity::{Basis, Direction, Qualifier};
use crate::lexicon;
use crate::number::lower_ascii_bytes;
use crate::token::{TokKind, Token, Tokens};

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
    let word = t.str(p);
    // A qualifier ends with a phrase end or is a one-word qualifier; the shape of most
    // words before a figure tells they are neither, without lowercasing them.
    if !QUALIFIER_ENDS.may_contain(word.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower_ascii_bytes(word, &mut buf)?;
    if !is_one_of(w, PHRASE_ENDS) {
        return one_word_qualifier(w).map(|q| (q, p));
    }
    let mut b2 = [0u8; 16];
    let prev = if p > 0 && t.is_word(p - 1) {
        lower_ascii_bytes(t.str(p - 1), &mut b2).unwrap_or(b"")
    } else {
        b""
    };
    let mut b3 = [0u8; 16];
    let prev2 = if p > 1 && t.is_word(p - 2) {
        lower_ascii_bytes(t.str(p - 2), &mut b3).unwrap_or(b"")
    } else {
        b""
    };
    // Three-word phrases first, then two, then one.
    let three = match (prev2, prev, w) {
        (b"in", b"excess", b"of") => Some(Qualifier::MoreThan),
        (b"no", b"less", b"than") | (b"a", b"minimum", b"of") => Some(Qualifier::AtLeast),
        (b"no", b"more", b"than") | (b"a", b"maximum", b"of") => Some(Qualifier::AtMost),
        (b"as", b"much", b"as") | (b"as", b"many", b"as") | (b"as", b"high", b"as") => {
            Some(Qualifier::AtMost)
        }
        (b"in", b"the", b"region") | (b"on", b"the", b"order") => Some(Qualifier::About),
        (b"the", b"region", b"of") | (b"the", b"order", b"of") => Some(Qualifier::About),
        _ => None,
    };
    if let Some(q) = three {
        return Some((q, p - 2));
    }
    let two = match (prev, w) {
        (b"more" | b"greater" | b"higher", b"than") => Some(Qualifier::MoreThan),
        (b"less" | b"fewer" | b"lower", b"than") => Some(Qualifier::LessThan),
        (b"at", b"least") => Some(Qualifier::AtLeast),
        (b"at", b"most") | (b"up", b"to") => Some(Qualifier::AtMost),
        (b"close", b"to") | (b"just", b"under" | b"below" | b"shy") => Some(Qualifier::Nearly),
        (b"an", b"estimated") | (b"just", b"over") => Some(Qualifier::About),
        (b"well", b"over" | b"above") => Some(Qualifier::MoreThan),
        (b"north" | b"upwards" | b"upward", b"of") => Some(Qualifier::MoreThan),
        (b"south", b"of") => Some(Qualifier::LessThan),
        _ => None,
    };
    if let Some(q) = two {
        return Some((q, p - 1));
    }
    one_word_qualifier(w).map(|q| (q, p))
}

/// The qualifier written right after a figure that ends before token `end`: "-plus"
/// glued to it ("a $2 billion-plus deal", "20%-plus growth"), which is "at least".
pub(crate) fn after(t: &Tokens<'_>, end: usize) -> Option<Qualifier> {
    (t.is_sym(end, '-') && t.glued(end) && t.glued(end + 1) && t.word_is(end + 1, "plus"))
        .then_some(Qualifier::AtLeast)
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

/// The qualifiers of one word ("about", "over").
const ONE_WORD_QUALIFIERS: &[(Qualifier, &[&str])] = &[
    (Qualifier::MoreThan, &["over", "above", "exceeding"]),
    (Qualifier::LessThan, &["under", "below"]),
    (
        Qualifier::About,
        &[
            "about",
            "around",
            "roughly",
            "approximately",
            "approx",
            "some",
            "circa",
            "ca",
            "est",
            "estimated",
        ],
    ),
    (Qualifier::Nearly, &["nearly", "almost"]),
    (Qualifier::AtMost, &["max", "maximum"]),
    (Qualifier::AtLeast, &["minimum", "min"]),
];

/// The shapes of the last words of every qualifier `before` reads.
const QUALIFIER_ENDS: WordShapes = {
    let mut shapes = WordShapes::of(&[PHRASE_ENDS]);
    let mut i = 0;
    while i < ONE_WORD_QUALIFIERS.len() {
        shapes = shapes.with(ONE_WORD_QUALIFIERS[i].1);
        i += 1;
    }
    shapes
};

/// A qualifier of one word ("about", "over").
fn one_word_qualifier(w: &[u8]) -> Option<Qualifier> {
    ONE_WORD_QUALIFIERS
        .iter()
        .find(|(_, words)| is_one_of(w, words))
        .map(|(q, _)| *q)
}

/// Whether token `x` ends the clause a figure belongs to.
fn ends_clause(x: &Token) -> bool {
    match x.kind {
        TokKind::Sym(c) => {
            matches!(c, '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”')
        }
        _ => x.newline_before,
    }
}

/// The bytes of token `x`: the word-shape tests read only the first byte and the length,
/// which need no character-boundary checks of slicing the text as a `str`.
fn token_bytes<'t>(t: &Tokens<'t>, x: &Token) -> &'t [u8] {
    t.text.as_bytes().get(x.start..x.end).unwrap_or_default()
}

fn up_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"rose"
            | b"rise"
            | b"rises"
            | b"rising"
            | b"risen"
            | b"up"
            | b"gained"
            | b"gain"
            | b"gains"
            | b"gaining"
            | b"grew"
            | b"grow"
            | b"grows"
            | b"growing"
            | b"grown"
            | b"increased"
            | b"increase"
            | b"increases"
            | b"increasing"
            | b"jumped"
            | b"jump"
            | b"jumps"
            | b"jumping"
            | b"surged"
            | b"surge"
            | b"surges"
            | b"surging"
            | b"climbed"
            | b"climb"
            | b"climbs"
            | b"climbing"
            | b"soared"
            | b"soar"
            | b"soars"
            | b"soaring"
            | b"advanced"
            | b"advance"
            | b"advances"
            | b"added"
            | b"higher"
            | b"rallied"
            | b"rally"
            | b"rallies"
            | b"spiked"
            | b"boosted"
            | b"expanded"
            | b"improved"
            | b"accelerated"
            | b"accelerate"
            | b"accelerates"
            | b"accelerating"
            | b"quickened"
            | b"raised"
            | b"lifted"
            | b"outperformed"
            | b"skyrocketed"
            | b"rebounded"
            | b"popped"
            | b"leapt"
            | b"leaped"
            | b"doubled"
            | b"firmed"
            | b"strengthened"
            | b"appreciated"
            | b"widened"
            | b"widen"
            | b"widens"
            | b"widening"
            | b"steepened"
            | b"expand"
            | b"expands"
    )
}

fn down_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"fell"
            | b"fall"
            | b"falls"
            | b"falling"
            | b"fallen"
            | b"down"
            | b"dropped"
            | b"drop"
            | b"drops"
            | b"dropping"
            | b"declined"
            | b"decline"
            | b"declines"
            | b"declining"
            | b"decreased"
            | b"decrease"
            | b"decreases"
            | b"decreasing"
            | b"slipped"
            | b"slip"
            | b"slips"
            | b"slid"
            | b"slide"
            | b"slides"
            | b"lost"
            | b"lose"
            | b"loses"
            | b"shed"
            | b"sheds"
            | b"plunged"
            | b"plunge"
            | b"plunges"
            | b"tumbled"
            | b"tumble"
            | b"tumbles"
            | b"sank"
            | b"sink"
            | b"sinks"
            | b"lower"
            | b"slumped"
            | b"slump"
            | b"slumps"
            | b"contracted"
            | b"shrank"
            | b"shrunk"
            | b"shrinks"
            | b"eased"
            | b"ease"
            | b"eases"
            | b"cut"
            | b"cuts"
            | b"reduced"
            | b"weakened"
            | b"retreated"
            | b"dipped"
            | b"dip"
            | b"dips"
            | b"crashed"
            | b"plummeted"
            | b"collapsed"
            | b"narrowed"
            | b"narrow"
            | b"narrows"
            | b"narrowing"
            | b"slowed"
            | b"slows"
            | b"slowing"
            | b"decelerated"
            | b"decelerate"
            | b"decelerates"
            | b"decelerating"
            | b"moderated"
            | b"cooled"
            | b"flattened"
            | b"softened"
            | b"depreciated"
            | b"trimmed"
            | b"lowered"
            | b"off"
    )
}

/// The direction of a verb whose object is a metric ("*raised* its dividend by 7%",
/// "*reduce* annual costs by $400 million"): the verbs of a move, and those that only
/// take an object.
pub(crate) fn verb_direction(w: &[u8]) -> Option<Direction> {
    if matches!(
        w,
        b"up" | b"down" | b"off" | b"higher" | b"lower" | b"added"
    ) {
        return None;
    }
    let up = matches!(
        w,
        b"raise"
            | b"raises"
            | b"raising"
            | b"boost"
            | b"boosts"
            | b"boosting"
            | b"lift"
            | b"lifts"
            | b"lifting"
            | b"hike"
            | b"hikes"
            | b"hiked"
            | b"hiking"
    );
    let down = matches!(
        w,
        b"reduce"
            | b"reduces"
            | b"reducing"
            | b"lowers"
            | b"lowering"
            | b"trim"
            | b"trims"
            | b"trimming"
            | b"cutting"
            | b"slash"
            | b"slashes"
            | b"slashed"
            | b"slashing"
    );
    if up || up_verb(w) {
        Some(Direction::Up)
    } else if down || down_verb(w) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// The direction a change noun names ("surge", "decline"), if it is one.
fn noun_direction(w: &[u8]) -> Option<Direction> {
    if up_noun(w) {
        Some(Direction::Up)
    } else if down_noun(w) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// Change nouns that name an amount of their own before "of" ("a gain of $2 million").
const LEVEL_NOUNS: &[&str] = &["gain", "gains", "loss", "losses", "expansion"];

/// Nouns of a rise after a figure ("a 59% surge").
const UP_NOUNS: &[&str] = &[
    "surge",
    "jump",
    "rise",
    "increase",
    "gain",
    "growth",
    "climb",
    "rally",
    "boost",
    "hike",
    "uptick",
    "spike",
    "upswing",
    "improvement",
    "expansion",
    "pop",
    "advance",
    "leap",
    "rebound",
];

fn up_noun(w: &[u8]) -> bool {
    is_one_of(w, UP_NOUNS)
}

/// Nouns of a fall after a figure ("a 3% drop").
const DOWN_NOUNS: &[&str] = &[
    "drop",
    "decline",
    "fall",
    "decrease",
    "slump",
    "plunge",
    "loss",
    "cut",
    "dip",
    "slide",
    "reduction",
    "contraction",
    "downturn",
    "tumble",
    "selloff",
    "sell-off",
    "slowdown",
    "haircut",
    "markdown",
];

fn down_noun(w: &[u8]) -> bool {
    is_one_of(w, DOWN_NOUNS)
}

/// Whether a sign spelled out right before token `i` makes the figure there negative:
/// "growth slowed to minus 0.5%", "a negative 3.2% return". The percent pass puts the
/// word in the span, as it does a glued "-". (Money leaves a spelled sign out: see
/// `money`.)
///
/// "negative" is a sign unless a figure or unit comes before it. "minus" is one only
/// at the start of a clause or after a word that puts a level ("at", "to", "was"):
/// after a figure or a noun it subtracts ("$20 million minus $5 million", "the rate
/// minus 5%"), and "plus or minus 3%" is a tolerance.
pub(crate) fn spelled_minus_before(t: &Tokens<'_>, i: usize) -> bool {
    /// The words after which "minus" is a sign.
    const BEFORE_MINUS: &[&str] = &[
        "at",
        "to",
        "of",
        "from",
        "by",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "stood",
        "remained",
        "hit",
        "reached",
        "about",
        "around",
        "roughly",
        "nearly",
        "approximately",
    ];
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let minus = t.word_is(p, "minus");
    if !(minus || t.word_is(p, "negative")) || !t.get(i).is_some_and(Token::spaced_in_line) {
        return false;
    }
    let Some(q) = p.checked_sub(1) else {
        return true;
    };
    match t.get(q).map(|x| (x.kind, x.class)) {
        Some((TokKind::Num, _)) => false,
        Some((TokKind::Sym(c), _)) => !matches!(c, '%' | '％' | '/' | '±' | '+'),
        Some((TokKind::Word, _)) if minus => t.word_in(q, BEFORE_MINUS),
        Some((TokKind::Word, class)) => {
            const FIGURE_WORDS: u16 =
                lexicon::SCALE | lexicon::CURRENCY_WORD | lexicon::PERCENT_UNIT;
            class & FIGURE_WORDS == 0
        }
        None => true,
    }
}

/// Whether the word before token `i` is a verb of change ("rose", "fell", "cut"): then
/// "A to B" after it is a change and a new level, not a range.
pub(crate) fn change_verb_before(t: &Tokens<'_>, i: usize) -> bool {
    if i == 0 || !t.is_word(i - 1) {
        return false;
    }
    let mut buf = [0u8; 16];
    lower_ascii_bytes(t.str(i - 1), &mut buf)
        .is_some_and(|w| (up_verb(w) || down_verb(w)) && w != b"up" && w != b"down")
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
pub(crate) fn filler(w: &[u8]) -> bool {
    matches!(
        w,
        b"by"
            | b"a"
            | b"an"
            | b"some"
            | b"about"
            | b"around"
            | b"roughly"
            | b"nearly"
            | b"almost"
            | b"approximately"
            | b"more"
            | b"than"
            | b"over"
            | b"just"
            | b"as"
            | b"much"
            | b"sharply"
            | b"strongly"
            | b"further"
            | b"another"
            | b"only"
            | b"slightly"
            | b"modestly"
            | b"steeply"
            | b"up"
            | b"to"
            | b"at"
            | b"least"
            // "would grow between 10% and 12%".
            | b"between"
            | b"respectively"
            | b"massive"
            | b"huge"
            | b"whopping"
            | b"stunning"
            | b"robust"
            | b"solid"
            | b"strong"
            | b"modest"
            | b"staggering"
            | b"impressive"
            | b"healthy"
            | b"record"
            | b"steep"
            | b"sharp"
            | b"mere"
            | b"significant"
            | b"total"
            | b"combined"
            | b"overall"
    )
}

/// Words that end the look-ahead for a change noun after the word right after the
/// figure ("26% of sales", "5% in March").
const NOUN_STOPS: &[&str] = &[
    "of", "in", "to", "from", "and", "or", "for", "on", "at", "while",
];

/// The shapes of every word the look-ahead in `direction` acts on.
const NOUN_SHAPES: WordShapes = WordShapes::of(&[UP_NOUNS, DOWN_NOUNS, NOUN_STOPS]);

/// Whether `w` is one of `words`.
fn is_one_of(w: &[u8], words: &[&str]) -> bool {
    words.iter().any(|x| x.as_bytes() == w)
}

/// The direction stated for the figure spanning tokens `start..end`: a verb before it
/// ("rose 26%", "fell by 3%", "up 5%") or a change noun after it ("a 59% surge",
/// "a 20% year-over-year revenue increase").
pub(crate) fn direction(t: &Tokens<'_>, start: usize, end: usize) -> Option<Direction> {
    let mut buf = [0u8; 16];
    // A change noun and "of" right before the figure: "a decline of 190 basis points",
    // "an increase of 5%". Not a gain, a loss or an expansion "of" an amount, which are
    // amounts of their own ("a gain of $2 million on the sale").
    if start >= 2 && t.word_is(start - 1, "of") && !t.word_in(start - 2, LEVEL_NOUNS) {
        if let Some(d) = lower_ascii_bytes(t.str(start - 2), &mut buf).and_then(noun_direction) {
            return Some(d);
        }
    }
    if let Some(d) = verb_before(t, start)
        .or_else(|| object_verb_before(t, start))
        .or_else(|| restated_direction(t, start, end))
        .or_else(|| listed_direction(t, start))
    {
        return Some(d);
    }
    // Look ahead for a change noun: "a 59% surge", "a 20% year-over-year revenue increase".
    for k in end..end + 7 {
        let Some(x) = t
            .get(k)
            .filter(|x| !ends_clause(x) && !x.is_num() && !x.is_sym(','))
        else {
            break;
        };
        // Most words are none of those below, which their first letter and length tell
        // without lowercasing them.
        if !NOUN_SHAPES.may_contain(token_bytes(t, x)) {
            continue;
        }
        if let Some(w) = lower_ascii_bytes(t.str(k), &mut buf) {
            if let Some(d) = noun_direction(w) {
                return Some(d);
            }
            if is_one_of(w, NOUN_STOPS) && k > end {
                break;
            }
        }
    }
    None
}

/// The direction of a verb right before token `start`, across fillers: "rose 5%", "fell
/// by about 3%".
fn verb_before(t: &Tokens<'_>, start: usize) -> Option<Direction> {
    let mut buf = [0u8; 16];
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
        let w = lower_ascii_bytes(t.str(k), &mut buf)?;
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
    None
}

/// The direction of a verb with an object before "by" and the figure: "cut rates by
/// 25 basis points", "raised its stake by 2 percentage points", "lowered the benchmark
/// lending rate by a quarter point". Back over a few words of the object, in one clause.
fn object_verb_before(t: &Tokens<'_>, start: usize) -> Option<Direction> {
    // "by a quarter point": the article is no part of the figure.
    let before = start.checked_sub(1)?;
    let before = if t.word_in(before, &["a", "an"]) {
        before.checked_sub(1)?
    } else {
        before
    };
    let by = Some(before).filter(|&k| t.word_is(k, "by"))?;
    let mut buf = [0u8; 16];
    for k in (by.saturating_sub(6)..by).rev() {
        if !t.is_word(k) {
            return None;
        }
        let Some(w) = lower_ascii_bytes(t.str(k), &mut buf) else {
            continue;
        };
        // A passive ("the increase was offset by a 3% decline"): "by" names the agent,
        // and a change word before the verb is its subject, not the figure's move.
        if is_one_of(w, &["is", "are", "was", "were", "be", "been", "being"]) {
            return None;
        }
        if let Some(d) = verb_direction(w) {
            return Some(d);
        }
    }
    None
}

/// The direction of a list of figures a percentage ends: "rose 3% and 5%", "rose 3 and 5
/// percent", "fell 2%, 4% and 6%" move the way the verb before the first figure says.
/// Back over numbers, percent signs and units, commas and "and" only: "sales rose 3% and
/// margins 5%" gives none.
fn listed_direction(t: &Tokens<'_>, start: usize) -> Option<Direction> {
    if !(start > 0 && (t.word_is(start - 1, "and") || t.is_sym(start - 1, ','))) {
        return None;
    }
    let mut k = start - 1;
    let mut first = None;
    while k > 0 && start - k < 10 {
        let j = k - 1;
        let Some(x) = t.get(j) else { break };
        if x.is_num() {
            first = Some(j);
        } else if !(t.is_sym(j, ',')
            || t.word_is(j, "and")
            || x.class & crate::token::SIGN != 0
            || t.has_class(j, lexicon::PERCENT_UNIT)
            || t.word_in(j, &["cent", "points", "point"]))
        {
            break;
        }
        k = j;
    }
    verb_before(t, first?)
}

/// The direction of a change a figure restates after ", or": "settled up 87 cents, or
/// 1.2%", "rose 45 ringgit, or 1.1%", "increased $120 million, or 6%". The figure
/// before the comma (numbers, currency signs and words, scale words) moves the way the
/// verb before it says, and the restatement with it. The percentage ends before token
/// `end`.
fn restated_direction(t: &Tokens<'_>, start: usize, end: usize) -> Option<Direction> {
    let comma = start.checked_sub(2)?;
    if !t.word_is(start - 1, "or") || !t.is_sym(comma, ',') {
        return None;
    }
    let figure_class = lexicon::SCALE | lexicon::CURRENCY_WORD | crate::token::SIGN;
    let mut k = comma;
    // A figure is a few tokens: "87 cents", "US$ 1.2 billion", "€ 3.4 bn".
    while k > 0 && comma - k < 6 {
        let Some(x) = t.get(k - 1) else { break };
        let part = x.is_num()
            || x.class & figure_class != 0
            || matches!(x.kind, TokKind::Sym(c) if crate::currency::is_symbol_char(c));
        if !part {
            break;
        }
        k -= 1;
    }
    // Something other than a figure before the comma ("rose in May, or 3%"): no
    // restatement. Nor a level and its share of a whole: "rose to $5 billion, or 12% of
    // total sales".
    let has_number = (k..comma).any(|j| t.is_num(j));
    let level = k > 0 && t.word_is(k - 1, "to");
    let share_of = t.word_is(end, "of");
    if !has_number || level || share_of {
        return None;
    }
    verb_before(t, k)
}

/// Whether "annually" at token `k` tells how often something is paid: "payable
/// semi-annually", "bi-annually", "paid annually", "payable annually".
fn payment_frequency(t: &Tokens<'_>, k: usize) -> bool {
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let halves = t.is_sym(before, '-') && t.word_in(before.wrapping_sub(1), &["semi", "bi"]);
    halves || t.word_in(before, &["payable", "paid", "pays", "pay"])
}

/// The first words of the patterns in `basis`: the words after the figure it reads on
/// from.
const BASIS_OPENERS: &[&str] = &[
    "yoy",
    "y",
    "year",
    "qoq",
    "q",
    "quarter",
    "mom",
    "m",
    "month",
    "sequentially",
    "sequential",
    "annually",
    "annual",
    "a",
    "the",
    "previous",
    "prior",
    "last",
    "preceding",
    "on",
    "yr",
];

const BASIS_OPENER_SHAPES: WordShapes = WordShapes::of(&[BASIS_OPENERS]);

/// An exact pre-test for a small list of lower-case ASCII words: the lengths of the
/// words, by first letter. A word whose first letter (in either case) and length match
/// no word of the list is not in it, and the rules learn so without lowercasing it.
struct WordShapes([u32; 26]);

impl WordShapes {
    /// The shapes of the words of `lists`, each starting with a lower-case ASCII letter
    /// and shorter than 32 bytes.
    const fn of(lists: &[&[&str]]) -> WordShapes {
        let mut shapes = WordShapes([0; 26]);
        let mut l = 0;
        while l < lists.len() {
            shapes = shapes.with(lists[l]);
            l += 1;
        }
        shapes
    }

    /// These shapes and those of `words`.
    const fn with(self, words: &[&str]) -> WordShapes {
        let mut lengths = self.0;
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 32 && w[0].is_ascii_lowercase());
            lengths[(w[0] - b'a') as usize] |= 1 << w.len();
            i += 1;
        }
        WordShapes(lengths)
    }

    /// Whether `word`, lowercased, may be one of the words: false when it is not.
    fn may_contain(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return false;
        };
        // `| 0x20` lowercases an ASCII letter and maps every other byte off the alphabet.
        let letter = usize::from((first | 0x20).wrapping_sub(b'a'));
        self.0.get(letter).is_some_and(|lengths| {
            u32::try_from(word.len())
                .ok()
                .and_then(|len| 1u32.checked_shl(len))
                .is_some_and(|bit| lengths & bit != 0)
        })
    }
}

/// The comparison basis written within a few tokens after the figure.
pub(crate) fn basis(t: &Tokens<'_>, end: usize) -> Option<Basis> {
    let mut buf = [0u8; 16];
    let mut k = end;
    let limit = end + 9;
    while let Some(x) = t
        .get(k)
        .filter(|x| k < limit && !ends_clause(x) && !x.is_num())
    {
        if x.is_word() {
            // Most words cannot open a pattern below, which their first letter and
            // length tell without lowercasing them.
            let w = if BASIS_OPENER_SHAPES.may_contain(token_bytes(t, x)) {
                lower_ascii_bytes(t.str(k), &mut buf).unwrap_or(b"")
            } else {
                b""
            };
            if !is_one_of(w, BASIS_OPENERS) {
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
            let hyphened = |j: usize| t.is_sym(j + 1, '-') && t.glued(j + 1);
            let w1 = lower_ascii_bytes(t.str(j1), &mut b2).unwrap_or(b"");
            let j2 = next_word(j1 + 1);
            let mut b3 = [0u8; 16];
            let w2 = lower_ascii_bytes(t.str(j2), &mut b3).unwrap_or(b"");
            match (w, w1, w2) {
                (b"yoy", _, _) | (b"y", b"y" | b"o", _) => return Some(Basis::YearOverYear),
                (b"year", b"over" | b"on", b"year") => return Some(Basis::YearOverYear),
                (b"qoq", _, _) => return Some(Basis::QuarterOverQuarter),
                (b"q", b"q" | b"o", _) => return Some(Basis::QuarterOverQuarter),
                (b"quarter", b"over" | b"on", b"quarter") => {
                    return Some(Basis::QuarterOverQuarter)
                }
                (b"mom", _, _) => return Some(Basis::MonthOverMonth),
                (b"m", b"m" | b"o", _) => return Some(Basis::MonthOverMonth),
                (b"month", b"over" | b"on", b"month") => return Some(Basis::MonthOverMonth),
                (b"sequentially" | b"sequential", _, _) => return Some(Basis::Sequential),
                // Not a frequency of payment: "payable semi-annually", "paid annually".
                (b"annually", _, _) if !payment_frequency(t, k) => {
                    return Some(Basis::YearOverYear)
                }
                (b"annual", b"basis", _) => return Some(Basis::YearOverYear),
                (b"a" | b"the", b"year", b"earlier" | b"ago" | b"before") => {
                    return Some(Basis::YearOverYear)
                }
                (b"previous" | b"prior" | b"last", b"year", _) if k > end => {
                    return Some(Basis::YearOverYear)
                }
                (b"year" | b"yr", b"earlier" | b"ago", _) => return Some(Basis::YearOverYear),
                (b"a" | b"the", b"yr", b"earlier" | b"ago") => return Some(Basis::YearOverYear),
                // Right after the figure, as wires write it: "up 18.5% on year", "down
                // 0.3% on month". ("Up 5% on the year" is the year so far: no basis; "up
                // 3% on year-end buying" is a cause, a compound of the unit.)
                (b"on", b"year" | b"yr", _) if k == end && !hyphened(j1) => {
                    return Some(Basis::YearOverYear)
                }
                (b"on", b"quarter", _) if k == end && !hyphened(j1) => {
                    return Some(Basis::QuarterOverQuarter)
                }
                (b"on", b"month", _) if k == end && !hyphened(j1) => {
                    return Some(Basis::MonthOverMonth)
                }
                (b"previous" | b"prior" | b"preceding", b"quarter", _) => {
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
            dir(
                "growth decelerated by 200 basis points to 5%",
                "200 basis points"
            ),
            Some(Direction::Down)
        );
        assert_eq!(
            dir("inflation cooled to 2.5% in May", "2.5%"),
            Some(Direction::Down)
        );
        assert_eq!(dir("growth accelerated to 4%", "4%"), Some(Direction::Up));
        // A percentage restating a change takes the change's direction.
        for (text, d) in [
            (
                "Brent settled up 87 cents, or 1.2%, at $74.31",
                Direction::Up,
            ),
            (
                "palm oil rose 45 ringgit, or 1.1%, to 4,123 ringgit",
                Direction::Up,
            ),
            (
                "sales decreased $120 million, or 6%, to $2.1 billion",
                Direction::Down,
            ),
            ("costs fell €1.2 bn, or 4%", Direction::Down),
        ] {
            let pct = &text[text.find(", or ").unwrap() + 5..];
            let pct = &pct[..pct.find('%').unwrap() + 1];
            assert_eq!(dir(text, pct), Some(d), "{text}");
        }
        // The later figures of a list move as the first.
        assert_eq!(
            dir("sales rose 3% and 5% in the regions", "5%"),
            Some(Direction::Up)
        );
        assert_eq!(dir("costs fell 2%, 4% and 6%", "6%"), Some(Direction::Down));
        assert_eq!(
            dir("sales rose 3 and 5 percent", "5 percent"),
            Some(Direction::Up)
        );
        assert_eq!(dir("sales rose 3% and margins 5%", "5%"), None);
        assert_eq!(
            dir("sales rose 3% and fell 5%", "5%"),
            Some(Direction::Down)
        );
        // Not a level's share of a whole.
        assert_eq!(
            dir(
                "cloud revenue rose to $5 billion, or 12% of total sales",
                "12%"
            ),
            None
        );
        assert_eq!(dir("costs fell $2 billion, or 6% of sales", "6%"), None);
        // Not after a figure, or with no verb before the figure.
        assert_eq!(
            dir("sales rose in May, or 3% of the year's total", "3%"),
            None
        );
        assert_eq!(dir("it holds $5 million, or 2%, of the shares", "2%"), None);
        assert_eq!(
            dir("a 20% year-over-year revenue increase", "20%"),
            Some(Direction::Up)
        );
        assert_eq!(
            dir("non-PC revenue hitting 46% of total sales", "46%"),
            None
        );
        assert_eq!(dir("Sales rose. 5% of staff left", "5%"), None);
        assert_eq!(
            dir(
                "margin was 45.2%, a decline of 190 basis points",
                "190 basis points"
            ),
            Some(Direction::Down)
        );
        assert_eq!(dir("an increase of 5% in sales", "5%"), Some(Direction::Up));
        assert_eq!(dir("it booked a gain of $2 million", "$2 million"), None);
        assert_eq!(dir("a loss of $114 million", "$114 million"), None);
    }

    #[test]
    fn word_shapes_never_reject_a_listed_word() {
        let lists: [&[&str]; 4] = [UP_NOUNS, DOWN_NOUNS, NOUN_STOPS, BASIS_OPENERS];
        let shapes = [NOUN_SHAPES, NOUN_SHAPES, NOUN_SHAPES, BASIS_OPENER_SHAPES];
        for (list, shapes) in lists.iter().zip(&shapes) {
            for w in *list {
                assert!(shapes.may_contain(w.as_bytes()), "{w}");
                assert!(shapes.may_contain(w.to_ascii_uppercase().as_bytes()), "{w}");
            }
        }
        let qualifier_words = ONE_WORD_QUALIFIERS.iter().flat_map(|(_, words)| *words);
        for w in PHRASE_ENDS.iter().chain(qualifier_words) {
            assert!(QUALIFIER_ENDS.may_contain(w.as_bytes()), "{w}");
            assert!(
                QUALIFIER_ENDS.may_contain(w.to_ascii_uppercase().as_bytes()),
                "{w}"
            );
        }
        // Lengths and first letters outside the lists, and bytes off the alphabet.
        for w in [
            "", "sales", "to", "and", "pct", "@", "[", "`", "{", "é", "1", "Yield",
        ] {
            assert!(!BASIS_OPENER_SHAPES.may_contain(w.as_bytes()), "{w}");
        }
        assert!(!NOUN_SHAPES.may_contain("a".repeat(40).as_bytes()));
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
        assert_eq!(b("5 % annually since 2020"), Some(Basis::YearOverYear));
        // A frequency of payment is no basis of comparison.
        assert_eq!(b("5.875 % per annum, payable semi-annually"), None);
        assert_eq!(b("4 % coupon paid bi-annually"), None);
        assert_eq!(b("5.875 % per annum, payable annually"), None);
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
