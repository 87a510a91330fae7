//! Money: an amount with a currency symbol, code or word, in digits or words.
//!
//! Rules, tried at each token:
//! - `<symbol|code|prefix> <number> [scale]` — "$65 billion", "US$2.5bn", "EUR 13.1 mn",
//!   "Rs. 500 crore", "MEUR 40.2" (the `M` prefix scales by a million);
//! - `<number> [scale] <code|currency words|symbol>` — "5.2 billion yuan", "two mln stg",
//!   "6.9 mln eur", "5 €", "25 cts", "397p", "50c" (minor units scale by 1/100; "p" and
//!   "c" only glued, and "c" only lower case after a plain number below a thousand that
//!   no capitalized word names: "50C", "Section 230c");
//! - ranges: `$5-6 billion` (the scale applies to both ends), `$5 billion to $6 billion`,
//!   `between $1 billion and $2 billion`, `5 to 6 billion euros`;
//! - qualifiers before the amount ("more than", "about", "≈") set `qualifier` and
//!   `approximate` and stay out of the span; a minus sign glued before it is part of
//!   the amount ("-$5m"), but a sign spelled before it is not ("a negative EUR 5 mn" is
//!   EUR 5 million, as "a loss of $484M" is $484 million: the sign is the fact's);
//!   "a share", "per month" after it set `per`;
//! - an amount in parentheses right after another amount ("¥380 billion (≈$53B)") is
//!   marked as the equivalent of the first.
//!
//! A number is money only with a currency: "1 trillion parameters", "a 7B model" and
//! "90,000 models" are not.
//!
//! Ambiguous marks are resolved from the whole document (see [`DocCurrency`]): `¥` is
//! yen or yuan as its sentence names them ("3.2 trillion yen, up from ¥2.9 trillion"),
//! else yuan when the text speaks of China more than of Japan, else yen; "dollars" are
//! US dollars unless the text names exactly one other dollar in words ("18 mln Canadian
//! dlrs") and never the US dollar; `$` is the US dollar unless the text declares its
//! figures in exactly one other dollar ("(in Canadian dollars)", "all amounts are in
//! Australian dollars") and never names the US dollar: an amount in another dollar
//! ("2.4 billion Canadian dollars") or a prefixed one ("HK$98.50") leaves it alone; "kr" takes the
//! krona/krone the text names, else stays `None`.

use std::cell::Cell;

use rust_decimal::Decimal;

use crate::currency::{self, Currency, Mark};
use crate::entity::{Entity, Money, PerUnit, Qualifier, Span, Value};
use crate::number::{self, is_range_dash, lower_ascii, lower_ascii_bytes, Number, Scales};
use crate::qualifier;
use crate::token::{self, TokKind, Token, Tokens};

/// Caller overrides for ambiguous currency marks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CurrencyDefaults {
    pub dollar: Option<Currency>,
    pub yen: Option<Currency>,
    pub krona: Option<Currency>,
}

/// A money match before its currency is resolved against the document.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    amount: Decimal,
    upper: Option<Decimal>,
    mark: Mark,
    /// For a range, where the low bound's tokens end and the high bound's begin.
    split: Option<(usize, usize)>,
}

/// Whether the amount at tokens `open..end` sits in parentheses as a table cell: the
/// parentheses hug the amount, and the opening one starts a line, follows a column gap
/// (a tab or two spaces) or a vertical bar, or follows another number.
fn is_table_parenthesis(t: &Tokens<'_>, open: usize, end: usize) -> bool {
    if open == 0
        || !t.is_sym(open - 1, '(')
        || !t.glued(open)
        || !t.is_sym(end, ')')
        || !t.glued(end)
    {
        return false;
    }
    let paren = open - 1;
    let Some(p) = t.get(paren) else { return false };
    if paren == 0 || p.newline_before {
        return true;
    }
    if t.is_num(paren - 1) || t.is_sym(paren - 1, '|') || t.is_sym(paren - 1, ')') {
        return true;
    }
    let gap = t.text.get(t.end(paren - 1)..p.start).unwrap_or("");
    gap.contains('\t') || gap.contains("  ")
}

/// Finds money amounts and appends them to `out` in document order.
///
/// A range yields two entities: the low bound, whose `upper` is the high bound, and the
/// high bound as written.
pub(crate) fn find(t: &Tokens<'_>, defaults: &CurrencyDefaults, out: &mut Vec<Entity>) {
    let first = out.len();
    // The document's currency cues are counted during the walk, so the marks that
    // depend on them are resolved at the end: `pending` holds those entities.
    let mut cues = CueCounts::default();
    let mut pending = lend_pending();
    // Tokens before `next` are matched or cannot start an amount, and are counted.
    let mut next = 0;
    while let Some(k) = next_stop(t, next) {
        cues.note(t, k);
        let mut i = window_start(k, next);
        next = k + 1;
        while i < next {
            i = skip_to_reach(t, i, k);
            // Most tokens of the window are plain words: skip them in a tight loop.
            let window = t.toks.get(i..next).unwrap_or_default();
            match window.iter().position(|x| token_may_start(x, t.text)) {
                Some(skip) => i += skip,
                None => break,
            }
            let Some(c) = may_start(t, i).then(|| match_gated(t, i)).flatten() else {
                i += 1;
                continue;
            };
            let (c, list_end) = list_scaled(t, join_range(t, c));
            let currency = defaults.currency(c.mark);
            let pushed_from = out.len();
            push_amount(t, &c, currency, first, list_end, out);
            if currency.is_none() {
                pending.extend((pushed_from..out.len()).map(|at| (at, c.mark, c.start)));
            }
            // The cues inside the amount that the walk has not reached ("yuan").
            for j in next..c.end {
                cues.note(t, j);
            }
            next = next.max(c.end);
            i = c.end;
        }
    }
    if !pending.is_empty() {
        let doc = cues.resolve();
        for &(at, mark, start) in &pending {
            if let Some(Value::Money(m)) = out.get_mut(at).map(|e| &mut e.value) {
                m.currency = resolve_mark(t, &doc, mark, start);
            }
        }
    }
    keep_pending(pending);
}

/// The amounts whose currency waits for the document's cues: where each entity is in
/// `out`, its mark, and the token its amount starts at.
type Pending = Vec<(usize, Mark, usize)>;

thread_local! {
    /// A `Pending` list lent from one document to the next: nearly every news text has
    /// an amount in "$", and a new list for each was an allocation per document.
    static PENDING: Cell<Pending> = const { Cell::new(Vec::new()) };
}

/// The most entries a kept `Pending` list holds room for (1.5 KiB).
const MAX_KEPT_PENDING: usize = 64;

/// This thread's `Pending` list, emptied, or a new one when it is lent out already or
/// the thread is exiting.
fn lend_pending() -> Pending {
    let mut list = PENDING.try_with(Cell::take).unwrap_or_default();
    list.clear();
    list
}

/// Keeps `list` for the next document on this thread, unless a long text grew it.
fn keep_pending(list: Pending) {
    if list.capacity() <= MAX_KEPT_PENDING {
        let _ = PENDING.try_with(|kept| kept.set(list));
    }
}

/// The currency of an ambiguous `mark` of the amount starting at token `start`: for `¥`,
/// the yen or yuan its sentence names, else what the document's cues say.
fn resolve_mark(t: &Tokens<'_>, doc: &DocCurrency, mark: Mark, start: usize) -> Option<Currency> {
    match mark {
        Mark::Yen => yen_named_near(t, start).or_else(|| doc.currency(mark)),
        _ => doc.currency(mark),
    }
}

/// The yen or yuan that the sentence around a `¥` amount starting at token `k` names
/// in words, the nearest first: "3.2 trillion yen, up from ¥2.9 trillion" is yen in a
/// text that also speaks of China. `None` when neither is named within a clause's reach.
fn yen_named_near(t: &Tokens<'_>, k: usize) -> Option<Currency> {
    const REACH: usize = 12;
    // A currency word that the suffix rules read as yen or yuan.
    let named = |j: usize| {
        if !t.has_class(j, crate::lexicon::CURRENCY_WORD) {
            return None;
        }
        let mut buf = [0u8; 16];
        match currency::word_suffix(lower_ascii(t.str(j), &mut buf)?, "")? {
            (Mark::Known(c), _) if c == Currency::JPY || c == Currency::CNY => Some(c),
            _ => None,
        }
    };
    let ends_sentence = |j: usize| t.is_sym(j, '.') || t.is_sym(j, ';') || t.is_sym(j, '!');
    let after = (k + 1..k + REACH)
        .take_while(|&j| j < t.len() && !ends_sentence(j))
        .find_map(|j| named(j).map(|c| (j - k, c)));
    let before = (k.saturating_sub(REACH)..k)
        .rev()
        .take_while(|&j| !ends_sentence(j))
        .find_map(|j| named(j).map(|c| (k - j, c)));
    match (after, before) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

/// The next token from `from` on that the walk stops at: a number or a number word,
/// which every amount needs (see `window_start`), or a possible currency cue for
/// `CueCounts` (a cue word, or a "$" after a dollar prefix). Most tokens are neither,
/// and their bits tell so without reading the text.
fn next_stop(t: &Tokens<'_>, from: usize) -> Option<usize> {
    t.position_from(from, is_stop)
}

/// Whether the walk stops at `x` (see `next_stop`): a number, a number word, a cue word
/// or a "$".
fn is_stop(x: &Token) -> bool {
    // One test of the class bits on this, the pass's hottest loop: the tokenizer marks
    // numbers and the "$" and percent signs there too. Percent signs share the "$" bit,
    // so a sign is read again, but signs are rare.
    const STOP: u16 =
        crate::lexicon::NUMBER_WORD | crate::lexicon::CUE | token::NUMBER | token::SIGN;
    x.class & STOP != 0 && !matches!(x.kind, TokKind::Sym('%' | '％' | '٪'))
}

/// The first token to try before the stop at `k`, not before `next`.
///
/// An amount's number, in digits or words, is at most `NUMBER_REACH` tokens after its
/// start (a prefix comes first: "$5", "HK$ 5", "U.S.$5"), and every number is a stop. So
/// the first stop at or after any start is within reach of it.
fn window_start(k: usize, next: usize) -> usize {
    next.max(k.saturating_sub(NUMBER_REACH))
}

/// The first token from `i` on, in the window that ends at the stop `k`, whose number
/// can be in reach.
///
/// The tokens before the stop are no numbers (every number is a stop), and an amount
/// that starts before its number has it one or two tokens on ("$5", "HK$5", "Rs. 5"),
/// but for "U.S.$5", where the number is five tokens on and the "$" is itself the
/// stop. So only the last two tokens before the stop, the stop, and that "U" can start
/// an amount. Cheaper than testing every token of the window.
fn skip_to_reach(t: &Tokens<'_>, i: usize, k: usize) -> usize {
    let near = k.saturating_sub(2);
    if i >= near {
        return i;
    }
    match k.checked_sub(4) {
        Some(u) if u >= i && t.is_sym(k, '$') && t.str(u) == "U" => u,
        _ => near,
    }
}

/// How many tokens after an amount's start its number can be ("U.S.$5").
const NUMBER_REACH: usize = 5;

/// Extends an amount to a range when a joiner and a second amount in the same currency
/// follow: "between $1 billion and $2 billion", "$5 billion to $6 billion", "$50m–$60m".
fn join_range(t: &Tokens<'_>, mut c: Candidate) -> Candidate {
    let between = c.start > 0 && t.word_is(c.start - 1, "between");
    if c.upper.is_none() && !qualifier::change_not_range(t, c.start, true) {
        let joiner = (t.word_is(c.end, "to") && !between)
            || (is_range_dash(t, c.end) && !t.get(c.end).is_some_and(|x| x.newline_before))
            || (between && t.word_is(c.end, "and"));
        if joiner {
            if let Some(c2) = match_at(t, c.end + 1) {
                let low = shared_scale(t, &c, &c2).unwrap_or(c.amount);
                if c2.mark == c.mark && c2.upper.is_none() && c2.amount >= low {
                    c.amount = low;
                    c.upper = Some(c2.amount);
                    c.split = Some((c.end, c.end + 1));
                    c.end = c2.end;
                }
            }
        }
    }
    c
}

/// The low bound of "$1.2 to $1.5 billion": written without a scale, it takes the high
/// bound's, when that keeps it below the high bound ("$900 to $1.2 million" keeps $900).
fn shared_scale(t: &Tokens<'_>, low: &Candidate, high: &Candidate) -> Option<Decimal> {
    let n1 = unscaled_number(t, low)?;
    let scale = number_of(t, high)?.scale?;
    n1.base
        .checked_mul(scale)
        .filter(|&scaled| scaled <= high.amount)
}

/// The number of amount `c`, read again from its tokens.
fn number_of(t: &Tokens<'_>, c: &Candidate) -> Option<Number> {
    let k = (c.start..c.end).find(|&k| t.is_num(k))?;
    number::number_at(t, k, Scales::Abbreviations)
}

/// The number of amount `c` when it ends the amount with no scale ("$1.2" of "$1.2 and
/// $1.5 billion").
fn unscaled_number(t: &Tokens<'_>, c: &Candidate) -> Option<Number> {
    number_of(t, c).filter(|n| n.scale.is_none() && n.end == c.end)
}

/// Amounts listed without a scale before one with it take its scale: "$1.2 and $1.5
/// billion", "$3.4, $3.6 and $3.9 billion". Only between amounts of the same mark joined
/// by a comma, "and" or "or", and of like size ("$20 and $1 billion" is left alone).
/// Also the token after the list's last amount, whose unit is the list's ("$5 and $6 a
/// share"), when the amount opens a list.
fn list_scaled(t: &Tokens<'_>, mut c: Candidate) -> (Candidate, Option<usize>) {
    // Most amounts are followed by no other: that is told before the number is read again.
    if c.upper.is_some() || listed_after(t, c.end).is_none() {
        return (c, None);
    }
    let Some(n1) = unscaled_number(t, &c) else {
        return (c, None);
    };
    let mut end = c.end;
    // A list of at most six amounts.
    for _ in 0..6 {
        let Some(next) = listed_after(t, end).and_then(|j| match_at(t, j)) else {
            break;
        };
        let Some(n) = number_of(t, &next).filter(|_| next.mark == c.mark && next.upper.is_none())
        else {
            break;
        };
        let like_size = n1.base <= n.base * Decimal::TEN && n.base <= n1.base * Decimal::TEN;
        match n.scale {
            Some(scale) if like_size => {
                if let Some(amount) = n1.base.checked_mul(scale) {
                    c.amount = amount;
                }
                return (c, Some(next.end));
            }
            None if like_size && n.end == next.end => end = next.end,
            _ => break,
        }
    }
    (c, (end > c.end).then_some(end))
}

/// Where an amount listed after the one ending at token `end` may start: after a comma,
/// "and" or "or" (or a comma and "and"), at a token an amount can start at.
fn listed_after(t: &Tokens<'_>, end: usize) -> Option<usize> {
    t.after_list_joiner(end).filter(|&j| may_start(t, j))
}

/// Pushes the entities of amount `c` (two for a range) with `currency`; `first` is where
/// this document's amounts begin in `out`; `list_end`, the token after the list the
/// amount opens, if it opens one (see `list_scaled`).
fn push_amount(
    t: &Tokens<'_>,
    c: &Candidate,
    currency: Option<Currency>,
    first: usize,
    list_end: Option<usize>,
    out: &mut Vec<Entity>,
) {
    let mut start = c.start;
    let mut amount = c.amount;
    let mut upper = c.upper;
    // A minus glued to the amount: "-$5m", "−$5m".
    if start > 0
        && t.get(start - 1)
            .is_some_and(|x| matches!(x.kind, TokKind::Sym('-' | '−' | '–')))
        && t.glued(start)
        && (start == 1 || !t.glued(start - 1) || t.is_sym(start - 2, '('))
        && !t.is_num(start.saturating_sub(2))
    {
        start -= 1;
        amount = -amount;
        upper = upper.map(|u| -u);
    }
    // A sign spelled before the amount ("a negative EUR 5 mn", "minus €12 million")
    // stays out of it, as "a loss of" does: the amount is as written, and the sign is
    // the fact's, not the amount's.
    let qual = qualifier::before(t, start);
    let qualifier = qual.map(|q| q.0).or_else(|| qualifier::after(t, c.end));
    let approximate = qualifier.is_some_and(Qualifier::is_approximate);
    // "(≈$53B)" right after another amount: the equivalent of that amount.
    let open = qual.map_or(start, |q| q.1);
    let mut equivalent_of = None;
    if open > 0 && t.is_sym(open - 1, '(') {
        if let Some(prev) = out[first..].last() {
            if t.end(open.saturating_sub(2)) == prev.span.end {
                equivalent_of = Some(out.len() - 1 - first);
            }
        }
    }
    // Accounting negatives in tables: "($1.2 million)" in a column.
    if equivalent_of.is_none() && is_table_parenthesis(t, open, c.end) {
        amount = -amount;
        upper = upper.map(|u| -u);
    }
    let per = per_unit(t, c.end).or_else(|| list_end.and_then(|e| per_unit(t, e)));
    let record =
        |amount: Decimal, upper: Option<Decimal>, qualifier, approximate, equivalent_of| {
            Value::Money(Money {
                amount: amount.normalize(),
                upper: upper.map(|u| u.normalize()),
                currency,
                approximate,
                qualifier,
                per,
                equivalent_of,
            })
        };
    match (c.split, upper) {
        (Some((low_end, high_start)), Some(high)) => {
            let low_span = Span::new(t.start(start), t.end(low_end - 1));
            let high_span = Span::new(t.start(high_start), t.end(c.end - 1));
            out.push(Entity::new(
                t.text,
                low_span,
                record(amount, Some(high), qualifier, approximate, equivalent_of),
            ));
            out.push(Entity::new(
                t.text,
                high_span,
                record(high, None, None, approximate, None),
            ));
        }
        _ => {
            let span = Span::new(t.start(start), t.end(c.end - 1));
            out.push(Entity::new(
                t.text,
                span,
                record(amount, upper, qualifier, approximate, equivalent_of),
            ));
        }
    }
}

impl CurrencyDefaults {
    /// The currency `mark` stands for without reading the document: a known currency,
    /// or the caller's override for an ambiguous mark. `None` leaves it to the document.
    fn currency(&self, mark: Mark) -> Option<Currency> {
        match mark {
            Mark::Known(cur) => Some(cur),
            Mark::Dollar | Mark::DollarSign => self.dollar,
            Mark::Yen => self.yen,
            Mark::Krona => self.krona,
            Mark::Franc => None,
        }
    }
}

/// Whether an amount can start at token `i`: a number; a currency symbol; a number word;
/// or a word that can be a currency prefix with its number where `prefix_at` puts it:
/// right after the word, after a glued "$" or abbreviation dot ("HK$5", "Rs. 500"), or
/// four tokens later in "U.S.$5". Cheap, so every candidate token is tested before the
/// rules run.
fn may_start(t: &Tokens<'_>, i: usize) -> bool {
    let Some(x) = t.get(i) else { return false };
    let prefix_word = x.is_word() && x.class & crate::lexicon::NUMBER_WORD == 0;
    token_may_start(x, t.text)
        && (!prefix_word
            || t.is_num(i + 1)
            || t.is_num(i + 2)
            || t.is_num(i + NUMBER_REACH) && t.str(i) == "U")
}

/// The part of `may_start` that the token alone decides. Prefix words are capitalized
/// ("US$", "EUR", "Rs"), except "kr" (the one lower-case prefix), and at most
/// `MAX_PREFIX_LEN` bytes long.
fn token_may_start(x: &Token, text: &str) -> bool {
    match x.kind {
        TokKind::Num => true,
        TokKind::Sym(c) => currency::is_symbol_char(c),
        TokKind::Word => {
            let len = x.end - x.start;
            x.class & crate::lexicon::NUMBER_WORD != 0
                || len <= MAX_PREFIX_LEN
                    && (x.shape & crate::token::CAPITALIZED != 0
                        || len == 2 && x.text(text) == "kr")
        }
    }
}

/// The longest word `prefix_at` accepts ("USDbn"); the letters before a glued "$" are at
/// most four ("AUD$").
const MAX_PREFIX_LEN: usize = 5;

/// The currency mark written before a number at token `i`: the mark, the token index of
/// the number, and a scale carried by the code ("MEUR" is millions of euros).
fn prefix_at(t: &Tokens<'_>, i: usize) -> Option<(Mark, usize, Option<Decimal>)> {
    let tok = t.get(i)?;
    match tok.kind {
        TokKind::Sym(ch) => {
            let mut buf = [0u8; 4];
            let mark = currency::symbol(ch.encode_utf8(&mut buf))?;
            // A "$" glued after letters belongs to a prefix like "US$", matched at the
            // letters; "A$" alone is matched here only as "$" when not glued.
            if i > 0
                && t.glued(i)
                && t.is_word(i - 1)
                && (ch == '$' || currency::prefixed_symbol(t.str(i - 1), ch).is_some())
            {
                return None;
            }
            // "$US0.85", "$A1.2 billion": the country letters after the sign, as
            // Australian and New Zealand papers write them.
            if ch == '$' && t.is_word(i + 1) && t.glued(i + 1) && t.is_num(i + 2) && t.glued(i + 2)
            {
                return currency::dollar_prefix(t.str(i + 1)).map(|m| (m, i + 2, None));
            }
            Some((mark, i + 1, None))
        }
        TokKind::Word => {
            let w = t.str(i);
            // Every prefix below is short and capitalized, but for three: most words
            // are not looked up at all.
            if w.len() > MAX_PREFIX_LEN
                || tok.shape & crate::token::CAPITALIZED == 0 && !matches!(w, "kr" | "lei" | "zł")
            {
                return None;
            }
            // The word must start a token run: "HK" in "xHK$" is not a prefix.
            if let Some(TokKind::Sym(sym)) = t.get(i + 1).filter(|x| x.glued()).map(|x| x.kind) {
                if sym == '$' {
                    return currency::dollar_prefix(w).map(|m| (m, i + 2, None));
                }
                // "E£12bn"
                if let Some(m) = currency::prefixed_symbol(w, sym) {
                    return Some((m, i + 2, None));
                }
            }
            // "U.S.$"
            if w == "U"
                && t.is_sym(i + 1, '.')
                && t.str(i + 2) == "S"
                && t.is_sym(i + 3, '.')
                && t.is_sym(i + 4, '$')
            {
                return Some((Mark::Known(Currency::USD), i + 5, None));
            }
            if let Some(m) = currency::word_prefix(w) {
                // "Rs." keeps its abbreviation dot.
                let next = if t.is_sym(i + 1, '.') && t.glued(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                // "SR 71 Blackbird", "a QR 3 code", "Bt 11 corn", "R2": these letters name
                // models, routes and strains too, and are money only before a scale word
                // ("SR3bn", "Tk 500 crore", "R1.2bn"); a lone "R" glued to its number.
                if currency::needs_scale(w)
                    && !(t.is_num(next)
                        && t.has_class(next + 1, crate::lexicon::SCALE)
                        && (w.len() > 1 || t.glued(next)))
                {
                    return None;
                }
                return Some((m, next, None));
            }
            let b = w.as_bytes();
            let upper = b.iter().all(u8::is_ascii_uppercase);
            if b.len() == 3 && upper {
                let cur = Currency::from_code(w)?;
                return Some((Mark::Known(cur), i + 1, None));
            }
            // "MEUR 40.2", "TEUR 500", "EURm 5", "USDbn 1.2"
            if b.len() == 4 && b[1..].iter().all(u8::is_ascii_uppercase) {
                let scale = match b[0] {
                    b'M' => 6,
                    b'T' => 3,
                    _ => return None,
                };
                let cur = Currency::from_code(w.get(1..)?)?;
                return Some((Mark::Known(cur), i + 1, number::pow10(scale)));
            }
            if (b.len() == 4 || b.len() == 5) && b[..3].iter().all(u8::is_ascii_uppercase) {
                let scale = match w.get(3..)? {
                    "m" | "mn" => 6,
                    "bn" => 9,
                    "k" => 3,
                    _ => return None,
                };
                let cur = Currency::from_code(w.get(..3)?)?;
                return Some((Mark::Known(cur), i + 1, number::pow10(scale)));
            }
            None
        }
        TokKind::Num => None,
    }
}

/// A currency written after a number at token `k`: the mark, the token after it, and
/// whether it is a minor unit (cents, pence).
fn suffix_at(t: &Tokens<'_>, k: usize, n: &Number) -> Option<(Mark, usize, bool)> {
    let tok = t.get(k)?;
    if tok.newline_before {
        return None;
    }
    match tok.kind {
        TokKind::Sym(ch) => {
            let mut buf = [0u8; 4];
            let mark = currency::symbol(ch.encode_utf8(&mut buf))?;
            // "5 €" / "5€", but not "5 $" followed by another number ("5 $6").
            if ch == '$' || t.is_num(k + 1) && t.glued(k + 1) {
                return None;
            }
            Some((mark, k + 1, false))
        }
        TokKind::Word => {
            let w = t.str(k);
            let code_like = is_code_shaped(tok);
            if !code_like && !t.has_class(k, crate::lexicon::CURRENCY_WORD) {
                return None;
            }
            let mut b1 = [0u8; 16];
            let lower = lower_ascii(w, &mut b1)?;
            if let Some(m) = currency::minor_unit(lower) {
                // "397p" and "50c" must be glued; "25 cents" may be spaced. A "c" is
                // lower case ("50C" is a temperature) and after a plain number below a
                // thousand ("a 5,000c" is no price).
                let glued_only = lower == "p" || lower == "c";
                if glued_only
                    && (!tok.glued() || n.scale.is_some() || t.is_word(k + 1) && t.glued(k + 1))
                {
                    return None;
                }
                if lower == "c" && (w != "c" || n.grouped || n.value >= Decimal::ONE_THOUSAND) {
                    return None;
                }
                // "5 p.m.", not "at 120p. The …".
                if lower == "p"
                    && t.is_sym(k + 1, '.')
                    && t.glued(k + 1)
                    && t.is_word(k + 2)
                    && t.glued(k + 2)
                {
                    return None;
                }
                return Some((m, k + 1, true));
            }
            let b = w.as_bytes();
            if b.len() == 3 && b.iter().all(u8::is_ascii_uppercase) {
                if let Some(cur) = Currency::from_code(w) {
                    if !currency::is_risky_code(w) || n.scale.is_some() || n.grouped {
                        return Some((Mark::Known(cur), k + 1, false));
                    }
                }
            }
            if matches!(
                lower,
                "eur"
                    | "usd"
                    | "gbp"
                    | "chf"
                    | "jpy"
                    | "cny"
                    | "sek"
                    | "nok"
                    | "dkk"
                    | "cad"
                    | "aud"
                    | "hkd"
                    | "inr"
            ) {
                return Currency::from_code(lower).map(|c| (Mark::Known(c), k + 1, false));
            }
            let mut b2 = [0u8; 16];
            let w2 = if t.is_word(k + 1) {
                lower_ascii(t.str(k + 1), &mut b2).unwrap_or("")
            } else if t.is_sym(k + 1, '.') && t.str(k + 2) == "S" {
                // "U.S. dollars"
                "u.s."
            } else {
                ""
            };
            // "Hong Kong dollars", "New Zealand dollars", "South African rand".
            if lower == "hong" || lower == "new" {
                let mut b3 = [0u8; 16];
                let w3 = lower_ascii(t.str(k + 2), &mut b3).unwrap_or("");
                return currency::word_suffix(w2, w3).map(|(m, used)| (m, k + 1 + used, false));
            }
            if lower == "south" && w2 == "african" && t.word_is(k + 2, "rand") {
                return Some((Mark::Known(Currency::from_static(b"ZAR")), k + 3, false));
            }
            if lower == "u" && t.is_sym(k + 1, '.') {
                // "U.S. dollars": U . S . dollars
                if t.str(k + 2) == "S"
                    && t.is_sym(k + 3, '.')
                    && t.word_in(k + 4, &["dollars", "dollar", "dlrs"])
                {
                    return Some((Mark::Known(Currency::USD), k + 5, false));
                }
                return None;
            }
            let (m, used) = currency::word_suffix(lower, w2)?;
            // Words that are also ordinary English need a scale or a plain amount before
            // them, and never start a capitalized name ("5 Rand Merchant").
            if w.starts_with(|c: char| c.is_uppercase())
                && matches!(lower, "rand" | "won" | "dong" | "real")
            {
                return None;
            }
            Some((m, k + used, false))
        }
        TokKind::Num => None,
    }
}

/// Tries every money rule at token `i`.
fn match_at(t: &Tokens<'_>, i: usize) -> Option<Candidate> {
    if !may_start(t, i) {
        return None;
    }
    match_gated(t, i)
}

/// `match_at` for a token that passed `may_start`.
fn match_gated(t: &Tokens<'_>, i: usize) -> Option<Candidate> {
    if let Some((mark, j, code_scale)) = prefix_at(t, i) {
        if code_scale.is_none() {
            if let Some(c) = accounting_negative(t, i, j, mark) {
                return Some(c);
            }
        }
        let nt = t.get(j)?;
        if !nt.is_num() || nt.newline_before {
            return None;
        }
        let code_like = t.is_word(i);
        let n = number::number_at(t, j, Scales::Abbreviations)?;
        // A bare code before a small plain number is too often something else
        // ("ALL 5 members"); codes need a glued number, a scale or a grouped number.
        if code_like
            && currency::is_risky_code(t.str(i))
            && t.get(j).is_some_and(|x| x.space_before)
            && n.scale.is_none()
            && !n.grouped
        {
            return None;
        }
        let mut amount = n.value;
        let mut end = n.end;
        let mut upper = None;
        let mut split = None;
        if let Some((whole, after)) = split_decimal(t, j, &n) {
            amount = whole;
            end = after;
        }
        // "USD 22.3 m)": a spaced one-letter scale after a currency, before punctuation.
        if n.scale.is_none() && !t.is_word(end + 1) {
            if let Some(s) = t
                .get(end)
                .filter(|x| x.is_word() && !x.newline_before)
                .and_then(|_| match t.str(end) {
                    "m" | "M" | "mn" => Some(6),
                    "b" | "B" | "bn" => Some(9),
                    "k" | "K" => Some(3),
                    _ => None,
                })
            {
                amount = amount.checked_mul(number::pow10(s)?)?;
                end += 1;
            }
        }
        if let Some(s) = code_scale {
            amount = amount.checked_mul(s)?;
        }
        // "$5-6 billion": the second number's scale applies to both.
        if n.scale.is_none()
            && is_range_dash(t, end)
            && t.glued(end)
            && t.is_num(end + 1)
            && t.glued(end + 1)
        {
            if let Some(n2) = number::number_at(t, end + 1, Scales::Abbreviations) {
                if let Some(s) = n2.scale {
                    let low = n.base.checked_mul(s)?;
                    if low <= n2.value {
                        amount = low;
                        upper = Some(n2.value);
                        split = Some((end, end + 1));
                        end = n2.end;
                    }
                } else if n2.value > n.value
                    && code_scale.is_none()
                    && !looks_like_year_pair(&n, &n2)
                {
                    amount = n.value;
                    upper = Some(n2.value);
                    split = Some((end, end + 1));
                    end = n2.end;
                }
            }
        }
        return Some(Candidate {
            start: i,
            end,
            amount,
            upper,
            mark,
            split,
        });
    }
    // Suffix forms start at a number in digits or words.
    let tok = t.get(i)?;
    if !(tok.is_num() || tok.is_word()) {
        return None;
    }
    if tok.is_num()
        && i > 0
        && t.glued(i)
        && (t.is_word(i - 1) || t.is_num(i - 1) || t.is_sym(i - 1, '/') || t.is_sym(i - 1, '.'))
    {
        // Part of an identifier like "A320" or "Qwen3", or of "3/4".
        return None;
    }
    if tok.is_word() && !t.has_class(i, crate::lexicon::NUMBER_WORD) || !currency_ahead(t, i) {
        return None;
    }
    match_suffix(t, i)
}

/// A decimal split at its point by a tokenizer, as some distributed news corpora carry
/// it: "EUR0 .03" is EUR 0.03, "EUR1 .5 mn" EUR 1.5 million. Only for whole digits
/// glued to the currency code and a fraction one space after them; returns the amount
/// and the token after it.
fn split_decimal(t: &Tokens<'_>, j: usize, n: &number::Number) -> Option<(Decimal, usize)> {
    let fraction = t.get(j + 1)?;
    let split = n.end == j + 1
        && n.scale.is_none()
        && (1..=3).contains(&n.plain_digits)
        && t.glued(j)
        && fraction.is_num()
        && fraction.spaced_in_line()
        && t.str(j + 1).starts_with('.');
    if !split {
        return None;
    }
    let f = number::number_at(t, j + 1, Scales::Abbreviations)?;
    // "EUR12 .5%": the fraction is a percentage's.
    if t.has_class(f.end, crate::token::SIGN | crate::lexicon::PERCENT_UNIT)
        && !t.is_sym(f.end, '$')
    {
        return None;
    }
    let scale = f.scale.unwrap_or(Decimal::ONE);
    Some((n.value.checked_mul(scale)?.checked_add(f.value)?, f.end))
}

/// The accounting form of a negative amount after its currency sign at `i`, with the
/// number from `j` on: "$(12.3) million", "$(0.05)" in a press release's prose, "$ (12.5)"
/// in its tables.
fn accounting_negative(t: &Tokens<'_>, i: usize, j: usize, mark: Mark) -> Option<Candidate> {
    let same_line = t.get(j).is_some_and(|x| !x.newline_before);
    if !(t.is_sym(j, '(') && same_line && t.is_num(j + 1) && t.glued(j + 1)) {
        return None;
    }
    let n = number::number_at(t, j + 1, Scales::None)?;
    if !(t.is_sym(n.end, ')') && t.glued(n.end)) {
        return None;
    }
    let mut end = n.end + 1;
    let mut amount = n.value;
    let scale = t
        .get(end)
        .filter(|x| x.is_word() && !x.glued())
        .and_then(|_| number::scale_word(t.str(end), true));
    if let Some(s) = scale {
        amount = amount.checked_mul(s)?;
        end += 1;
    }
    Some(Candidate {
        start: i,
        end,
        amount: -amount,
        upper: None,
        mark,
        split: None,
    })
}

/// The suffix rules at the number (in digits or words) at token `i`, once the gates of
/// `match_gated` have passed it.
fn match_suffix(t: &Tokens<'_>, i: usize) -> Option<Candidate> {
    let n = number::number_at(t, i, Scales::Abbreviations)?;
    let suffix = suffix_at(t, n.end, &n).or_else(|| suffix_after_joint(t, &n));
    if let Some((mark, end, minor)) = suffix.filter(|_| !names_a_thing(t, i, &n)) {
        let amount = if minor {
            n.value / Decimal::ONE_HUNDRED
        } else {
            n.value
        };
        return Some(Candidate {
            start: i,
            end,
            amount,
            upper: None,
            mark,
            split: None,
        });
    }
    // "5 to 6 billion euros", "5-6 billion dollars", "between 1 and 2 billion yuan".
    let between = i > 0 && t.word_is(i - 1, "between");
    let joiner = (t.word_is(n.end, "to") && !between)
        || (is_range_dash(t, n.end) && t.glued(n.end))
        || (between && t.word_is(n.end, "and"));
    if joiner && !n.words && !qualifier::change_not_range(t, i, false) && !after_month(t, i) {
        let n2 = number::number_at(t, n.end + 1, Scales::Abbreviations)?;
        if n2.words {
            return None;
        }
        let (mark, end, minor) = suffix_at(t, n2.end, &n2)?;
        let low = match (n.scale, n2.scale) {
            (None, Some(s)) => n.base.checked_mul(s)?,
            _ => n.value,
        };
        let div = if minor {
            Decimal::ONE_HUNDRED
        } else {
            Decimal::ONE
        };
        if low > n2.value {
            return None;
        }
        return Some(Candidate {
            start: i,
            end,
            amount: low / div,
            upper: Some(n2.value / div),
            mark,
            split: Some((n.end, n.end + 1)),
        });
    }
    None
}

/// Whether the number at token `i` with a suffix after it names a thing rather than an
/// amount: "one LTL 5 mln" (a number word before a bare code), "Section 230c", "Model
/// 3c" (a numbered name, not cents). Asked only once a suffix is found.
fn names_a_thing(t: &Tokens<'_>, i: usize, n: &Number) -> bool {
    let word_before_code =
        n.words && n.scale.is_none() && t.str(n.end).bytes().all(|b| b.is_ascii_uppercase());
    let numbered_name =
        t.str(n.end) == "c" && i > 0 && t.has_shape(i - 1, crate::token::CAPITALIZED);
    word_before_code || numbered_name
}

/// A currency after a scale and a joint the suffix rules do not read: a hyphen before a
/// currency word ("a 2 billion-dollar contract") or the dot of a scale abbreviation
/// ("1.234,5 Mio. EUR").
fn suffix_after_joint(t: &Tokens<'_>, n: &Number) -> Option<(Mark, usize, bool)> {
    let scale_end = n.end.checked_sub(1)?;
    if n.scale.is_none() || !t.glued(n.end) {
        return None;
    }
    let hyphen = t.is_sym(n.end, '-') && t.is_word(n.end + 1) && t.glued(n.end + 1);
    let abbreviation_dot = t.is_sym(n.end, '.') && t.str(scale_end).len() <= 3;
    if !(hyphen || abbreviation_dot) {
        return None;
    }
    suffix_at(t, n.end + 1, n)
}

/// Whether a currency word, code or symbol follows the number at `i` closely enough for
/// a suffix rule to match ("5.2 billion yuan", "5 to 6 million euros"): a cheap check
/// before parsing the number.
///
/// After digits, the tokens before the currency can only be parts of the number
/// (fractions, scale words) or of a range ("to", "and", a dash, a second number in
/// digits), so the first other word ends the look: "5 percent", "2023 results".
fn currency_ahead(t: &Tokens<'_>, i: usize) -> bool {
    let digits = t.is_num(i);
    let ahead = t.toks.get(i + 1..).unwrap_or_default();
    for (j, tok) in ahead.iter().take(7).enumerate() {
        if is_scale_dot(ahead, j) {
            continue;
        }
        if let Some(found) = ahead_says(tok, ahead.get(j + 1)) {
            return found;
        }
        if digits
            && tok.is_word()
            && tok.class & crate::lexicon::SCALE == 0
            && !is_range_joiner(tok.text(t.text))
        {
            return false;
        }
    }
    false
}

/// Whether token `j` of `ahead` is the dot of a scale abbreviation ("1.234,5 Mio.
/// EUR"), which the look passes over.
fn is_scale_dot(ahead: &[Token], j: usize) -> bool {
    ahead.get(j).is_some_and(|x| x.is_sym('.'))
        && j.checked_sub(1)
            .and_then(|p| ahead.get(p))
            .is_some_and(|x| x.class & crate::lexicon::SCALE != 0)
}

/// What token `tok` of `currency_ahead`'s look says, `next` being the token after it:
/// `Some(true)` a currency word, code or symbol; `Some(false)` the look ends (a line
/// break, or a sentence or bracket mark not before a number); `None` read on.
#[inline]
fn ahead_says(tok: &Token, next: Option<&Token>) -> Option<bool> {
    if tok.newline_before {
        return Some(false);
    }
    match tok.kind {
        TokKind::Word => {
            (tok.class & crate::lexicon::CURRENCY_WORD != 0 || is_code_shaped(tok)).then_some(true)
        }
        TokKind::Sym(c) => {
            let number_next = next.is_some_and(Token::is_num);
            if matches!(c, '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"') && !number_next {
                Some(false)
            } else {
                currency::is_symbol_char(c).then_some(true)
            }
        }
        TokKind::Num => None,
    }
}

/// Whether `word` joins the two numbers of a range ("5 to 6", "between 5 and 6").
fn is_range_joiner(word: &str) -> bool {
    word.eq_ignore_ascii_case("to") || word.eq_ignore_ascii_case("and")
}

/// Whether a word token is three ASCII capitals, the shape of an ISO code ("EUR").
fn is_code_shaped(tok: &Token) -> bool {
    tok.end - tok.start == 3 && tok.shape & crate::token::ALL_UPPER != 0
}

/// Whether the number at `i` is the day of a date ("January 28 to 285 mln dlrs"):
/// month names are proper nouns, so the word before must be capitalized.
fn after_month(t: &Tokens<'_>, i: usize) -> bool {
    i > 0
        && t.has_class(i - 1, crate::lexicon::MONTH)
        && t.str(i - 1).starts_with(|c: char| c.is_ascii_uppercase())
}

/// "2023-24" after a currency is a fiscal-year label more often than a range of sums.
fn looks_like_year_pair(a: &Number, b: &Number) -> bool {
    a.plain_digits == 4 && (b.plain_digits == 2 || b.plain_digits == 4)
}

/// "a share", "per month", "/year" after the amount; after a converted amount in
/// brackets too ("812 yuan ($112.30) a metric ton"), which the unit is also the bracketed
/// amount's.
fn per_unit(t: &Tokens<'_>, k: usize) -> Option<PerUnit> {
    let mut k = after_brackets(t, k);
    // "a $10bn-a-year business": the unit hyphened to the amount.
    let hyphened =
        t.is_sym(k, '-') && t.glued(k) && t.glued(k + 1) && t.word_in(k + 1, &["a", "per"]);
    if hyphened {
        k += 1;
    }
    let mut unit_tok = if t.word_in(k, &["a", "an", "per", "each"]) || t.is_sym(k, '/') {
        k + 1
    } else {
        return None;
    };
    if hyphened && t.is_sym(unit_tok, '-') && t.glued(unit_tok) {
        unit_tok += 1;
    }
    if t.word_in(
        unit_tok,
        &["diluted", "basic", "common", "ordinary", "fully"],
    ) {
        unit_tok += 1;
        if t.word_is(unit_tok, "diluted") {
            unit_tok += 1;
        }
    }
    // "79 cents a year ago" compares with a year, it is not a price per year.
    if t.word_in(
        unit_tok + 1,
        &["ago", "earlier", "before", "later", "prior"],
    ) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower_ascii_bytes(t.str(unit_tok), &mut buf)?;
    Some(match w {
        b"share" | b"shr" | b"sh" => PerUnit::Share,
        b"day" => PerUnit::Day,
        b"week" => PerUnit::Week,
        b"month" | b"mo" => PerUnit::Month,
        b"quarter" => PerUnit::Quarter,
        b"year" | b"annum" | b"yr" => PerUnit::Year,
        b"hour" | b"hr" => PerUnit::Hour,
        b"barrel" | b"bbl" => PerUnit::Barrel,
        b"tonne" | b"ton" | b"metric" => PerUnit::Tonne,
        // "A$140/t", as mining and energy copy abbreviates a tonne.
        b"t" if t.is_sym(k, '/') && t.glued(unit_tok) => PerUnit::Tonne,
        b"ounce" | b"oz" => PerUnit::Ounce,
        // Not "pound" alone, which is also sterling: "$1.27 per pound".
        b"lb" | b"lbs" => PerUnit::Pound,
        b"bushel" | b"bu" => PerUnit::Bushel,
        b"gallon" | b"gal" => PerUnit::Gallon,
        b"kilogram" | b"kg" | b"kilo" => PerUnit::Kilogram,
        b"mmbtu" => PerUnit::MillionBtu,
        b"million" if t.word_in(unit_tok + 1, &["british", "btu", "btus"]) => PerUnit::MillionBtu,
        b"mwh" => PerUnit::MegawattHour,
        b"megawatt" if t.word_is(unit_tok + 1, "hour") || t.word_is(unit_tok + 2, "hour") => {
            PerUnit::MegawattHour
        }
        b"user" | b"customer" | b"subscriber" | b"member" => PerUnit::User,
        b"unit" | b"item" | b"device" | b"vehicle" | b"car" => PerUnit::Unit,
        _ => return None,
    })
}

/// The token after a short bracketed aside at `k` ("($112.30)"), or after the closing
/// bracket of the one the amount stands in ("$112.30)"); else `k`.
fn after_brackets(t: &Tokens<'_>, k: usize) -> usize {
    if t.is_sym(k, ')') {
        return k + 1;
    }
    if !t.is_sym(k, '(') {
        return k;
    }
    (k + 1..k + 8)
        .take_while(|&j| t.get(j).is_some_and(|x| !x.is_sym('(')))
        .find(|&j| t.is_sym(j, ')'))
        .map_or(k, |close| close + 1)
}

/// Document-level evidence for ambiguous currency marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DocCurrency {
    dollar: Currency,
    dollar_sign: Currency,
    yen: Currency,
    krona: Option<Currency>,
    franc: Currency,
}

impl DocCurrency {
    /// The currency of an ambiguous `mark` in this document (a known one is itself).
    fn currency(&self, mark: Mark) -> Option<Currency> {
        match mark {
            Mark::Known(cur) => Some(cur),
            Mark::Dollar => Some(self.dollar),
            Mark::DollarSign => Some(self.dollar_sign),
            Mark::Yen => Some(self.yen),
            Mark::Krona => self.krona,
            Mark::Franc => Some(self.franc),
        }
    }
}

fn push_once(list: &mut Vec<Currency>, c: Currency) {
    if !list.contains(&c) {
        list.push(c);
    }
}

/// The slot of `CueCounts::counts` for the US dollar named as such ("US$", "US dollars").
const US_DOLLAR: usize = 9;

/// Cue words and dollar prefixes counted over a document, token by token, in any order.
#[derive(Debug, Default, PartialEq, Eq)]
struct CueCounts {
    /// china, japan, sweden, norway, denmark, swiss, french, belgian, luxembourg, us$
    counts: [u32; 10],
    /// The named non-US dollars, each once.
    other_dollars: Vec<Currency>,
    /// The non-US dollars the text declares its figures in ("in Canadian dollars"),
    /// each once.
    declared_dollars: Vec<Currency>,
}

impl CueCounts {
    /// Counts token `k` if it is a cue: a word the lexicon marks as one, or a "$" glued
    /// to a dollar prefix ("US$", "C$"). Other tokens count nothing.
    // Always inlined: it runs at every stop of the walk and is one test, and left to
    // itself the compiler sometimes makes it a call that costs more than the test.
    #[inline(always)]
    fn note(&mut self, t: &Tokens<'_>, k: usize) {
        if t.get(k)
            .is_some_and(|x| x.class & crate::lexicon::CUE != 0 || x.is_sym('$'))
        {
            self.note_cue(t, k);
        }
    }

    /// `note` for a cue word or a "$".
    fn note_cue(&mut self, t: &Tokens<'_>, k: usize) {
        let Some(tok) = t.get(k) else { return };
        if tok.is_sym('$') && k > 0 && tok.glued() && t.is_word(k - 1) {
            // "US$" names the US dollar. Another prefix ("HK$", "A$") says nothing of a
            // bare "$": a writer who prefixes one dollar prefixes it on every amount and
            // leaves "$" to the US dollar, as the wires do.
            if currency::dollar_prefix(t.str(k - 1)) == Some(Mark::Known(Currency::USD)) {
                self.count(US_DOLLAR);
            }
            return;
        }
        if tok.class & crate::lexicon::CUE == 0 {
            return;
        }
        let mut buf = [0u8; 16];
        let Some(w) = lower_ascii_bytes(t.str(k), &mut buf) else {
            return;
        };
        let slot = match w {
            // Places, institutions and currency names only: a company's home country
            // is the gazetteer's business, not a hand-picked list here.
            b"china" | b"chinese" | b"yuan" | b"rmb" | b"renminbi" | b"beijing" | b"shanghai"
            | b"shenzhen" | b"hangzhou" | b"cny" | b"hkex" | b"pboc" => 0,
            b"kong"
                if t.word_is(k.wrapping_sub(1), "hong")
                    && !t.has_class(k + 1, crate::lexicon::CUE) =>
            {
                0
            }
            b"japan" | b"japanese" | b"yen" | b"tokyo" | b"osaka" | b"nikkei" | b"jpy"
            | b"topix" => 1,
            b"sweden" | b"swedish" | b"stockholm" | b"sek" => 2,
            b"norway" | b"norwegian" | b"oslo" | b"nok" => 3,
            b"denmark" | b"danish" | b"copenhagen" | b"dkk" => 4,
            b"swiss" | b"switzerland" | b"zurich" | b"geneva" | b"basel" | b"chf" => 5,
            b"france" | b"french" | b"paris" => 6,
            b"belgium" | b"belgian" | b"brussels" | b"antwerp" => 7,
            b"luxembourg" => 8,
            b"dollar" | b"dollars" | b"dlr" | b"dlrs" => {
                self.note_dollar_word(t, k);
                return;
            }
            _ => return,
        };
        self.count(slot);
    }

    /// Counts "dollars" at `k` by the word before it ("US dollars", "Canadian dollars").
    fn note_dollar_word(&mut self, t: &Tokens<'_>, k: usize) {
        let mut buf = [0u8; 16];
        let prev = if k > 0 {
            lower_ascii_bytes(t.str(k - 1), &mut buf).unwrap_or(b"")
        } else {
            b""
        };
        // The currency and how many words name its country ("Hong Kong").
        let (code, words): (&[u8; 3], usize) = match prev {
            b"us" | b"american" => return self.count(US_DOLLAR),
            b"s" if t.is_sym(k.wrapping_sub(2), '.') => return self.count(US_DOLLAR),
            b"canadian" | b"cdn" => (b"CAD", 1),
            b"australian" | b"aussie" => (b"AUD", 1),
            b"zealand" => (b"NZD", 2),
            b"kong" => (b"HKD", 2),
            b"singapore" => (b"SGD", 1),
            b"taiwan" | b"taiwanese" => (b"TWD", 1),
            _ => return,
        };
        let c = Currency::from_static(code);
        push_once(&mut self.other_dollars, c);
        // "(in Canadian dollars)", "all figures are in Australian dollars".
        let before = k.checked_sub(words + 1);
        if before.is_some_and(|b| t.word_is(b, "in") || t.is_sym(b, '(')) {
            push_once(&mut self.declared_dollars, c);
        }
    }

    fn count(&mut self, slot: usize) {
        if let Some(n) = self.counts.get_mut(slot) {
            *n = n.saturating_add(1);
        }
    }

    /// What the counted cues make the ambiguous marks mean.
    fn resolve(&self) -> DocCurrency {
        let [china, japan, sek, nok, dkk, swiss, french, belgian, luxembourg, us_dollar] =
            self.counts;
        let only_other = |dollars: &[Currency]| match dollars {
            [only] if us_dollar == 0 => *only,
            _ => Currency::USD,
        };
        let dollar = only_other(&self.other_dollars);
        let dollar_sign = only_other(&self.declared_dollars);
        let yen = if china > japan {
            Currency::CNY
        } else {
            Currency::JPY
        };
        let krona = if sek > nok && sek > dkk {
            Some(Currency::from_static(b"SEK"))
        } else if nok > sek && nok > dkk {
            Some(Currency::from_static(b"NOK"))
        } else if dkk > sek && dkk > nok {
            Some(Currency::from_static(b"DKK"))
        } else {
            None
        };
        let franc_counts = [
            (french, Currency::from_static(b"FRF")),
            (belgian, Currency::from_static(b"BEF")),
            (luxembourg, Currency::from_static(b"LUF")),
        ];
        let franc = franc_counts
            .into_iter()
            .filter(|(n, _)| *n > swiss)
            .max_by_key(|(n, _)| *n)
            .map_or(Currency::from_static(b"CHF"), |(_, c)| c);
        DocCurrency {
            dollar,
            dollar_sign,
            yen,
            krona,
            franc,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pending_lists_are_lent_emptied_and_kept_unless_grown() {
        let mut list = lend_pending();
        list.reserve_exact(10);
        list.push((0, Mark::DollarSign, 0));
        keep_pending(list);
        let list = lend_pending();
        assert!(list.is_empty());
        assert_eq!(list.capacity(), 10);
        // Lent out: another gets a list of its own.
        assert_eq!(lend_pending().capacity(), 0);
        keep_pending(list);
        let mut grown = lend_pending();
        grown.reserve_exact(MAX_KEPT_PENDING + 1);
        keep_pending(grown);
        assert_eq!(lend_pending().capacity(), 0);
    }

    #[test]
    fn stops_are_numbers_number_words_cues_and_dollars() {
        let text =
            "Sales of three yuan rose 5% (６％, ٪7) to $3.2bn, 4‰ of HK$ 1,200 .5 in Tokyo; a $";
        let t = Tokens::new(text);
        for x in &t.toks {
            let stop = x.class & (crate::lexicon::NUMBER_WORD | crate::lexicon::CUE) != 0
                || matches!(x.kind, TokKind::Num | TokKind::Sym('$'));
            assert_eq!(is_stop(x), stop, "{x:?}");
        }
    }

    /// The pass as first written: every token tried in turn behind the first gate
    /// (numbers, currency symbols, number words, and capitalized words or "kr" with a
    /// number within five tokens), and the currency cues counted over the whole
    /// document before any amount is resolved.
    fn find_token_by_token(t: &Tokens<'_>, defaults: &CurrencyDefaults) -> Vec<Entity> {
        let first_gate = |i: usize| {
            t.get(i).is_some_and(|x| match x.kind {
                TokKind::Num => true,
                TokKind::Sym(c) => currency::is_symbol_char(c),
                TokKind::Word => {
                    x.class & crate::lexicon::NUMBER_WORD != 0
                        || (x.shape & crate::token::CAPITALIZED != 0 || t.str(i) == "kr")
                            && (i + 1..=i + 5).any(|k| t.is_num(k))
                }
            })
        };
        let mut cues = CueCounts::default();
        for k in 0..t.len() {
            cues.note(t, k);
        }
        let doc = cues.resolve();
        let mut out = Vec::new();
        let mut i = 0;
        while i < t.len() {
            let Some(c) = first_gate(i).then(|| match_gated(t, i)).flatten() else {
                i += 1;
                continue;
            };
            let (c, list_end) = list_scaled(t, join_range(t, c));
            let currency = defaults
                .currency(c.mark)
                .or_else(|| resolve_mark(t, &doc, c.mark, c.start));
            push_amount(t, &c, currency, 0, list_end, &mut out);
            i = c.end;
        }
        out
    }

    /// Pieces of amounts, prefixes, cues and joiners, to be glued or spaced at random.
    const FRAGMENTS: &[&str] = &[
        "$", "US", "HK", "C", "A", "U", ".", "S", "5", "12", "1,234", "3.5", "2023", "24",
        "billion", "bn", "m", "M", "million", "a", "an", "three", "half", "kr", "Kr", "lei", "zł",
        "EUR", "eur", "MEUR", "USDbn", "ALL", "yuan", "yen", "dollars", "Canadian", "China",
        "Japan", "Hong", "Kong", "Swiss", "francs", "Sweden", "kronor", "cents", "p", "¥", "€",
        "£", "Rs", "-", "–", "to", "and", "between", "(", ")", "≈", "about", "from", "rose",
        "share", "per", "year", ",", "the", "Revenue",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn the_walk_finds_what_trying_every_token_finds(
            pieces in prop::collection::vec(
                (prop::sample::select(FRAGMENTS), prop::sample::select(&["", " ", "  ", "\n"][..])),
                0..40,
            ),
            dollar in prop::option::of(Just(Currency::from_static(b"CAD"))),
        ) {
            let text: String = pieces.iter().flat_map(|(w, sep)| [*sep, *w]).collect();
            let t = Tokens::new(&text);
            let defaults = CurrencyDefaults { dollar, ..CurrencyDefaults::default() };
            let mut out = Vec::new();
            find(&t, &defaults, &mut out);
            prop_assert_eq!(out, find_token_by_token(&t, &defaults), "{:?}", text);
        }
    }

    #[test]
    fn the_walk_reaches_back_to_every_prefix() {
        // Each prefix as far before its number as `skip_to_reach` lets it be, after words
        // that fill the window.
        for text in [
            "it paid U.S.$5 million",
            "it paid U.S.$ 5 million",
            "to U.S.$5",
            "U.S.$5",
            "sold for HK$5 bn",
            "sold for Rs. 500 crore",
            "sold for A$ 2 billion",
            "sold for EUR 13.1 mn",
            "sold for MEUR 40 each",
            "sold for kr 5",
            "sold for € 5",
        ] {
            let t = Tokens::new(text);
            let defaults = CurrencyDefaults::default();
            let mut out = Vec::new();
            find(&t, &defaults, &mut out);
            assert!(!out.is_empty(), "{text}");
            assert_eq!(out, find_token_by_token(&t, &defaults), "{text}");
        }
    }

    /// `currency_ahead` before it stopped at the first plain word after digits.
    fn currency_ahead_to_the_end(t: &Tokens<'_>, i: usize) -> bool {
        let ahead = t.toks.get(i + 1..).unwrap_or_default();
        (0..ahead.len().min(7))
            .filter(|&j| !is_scale_dot(ahead, j))
            .find_map(|j| ahead_says(&ahead[j], ahead.get(j + 1)))
            .unwrap_or(false)
    }

    #[test]
    fn digits_look_past_number_parts_and_joiners() {
        for (text, ahead) in [
            ("between 5 and 6 billion yuan", true),
            ("5 to 6 billion euros", true),
            ("5 To 6 mln dlrs", true),
            ("5-6 billion dollars", true),
            ("1 1/2 million stg", true),
            ("5 bn 5 mln EUR", true),
            ("5 percent of yuan", false),
            ("2023 results in dollars", false),
        ] {
            let t = Tokens::new(text);
            let i = (0..t.len()).find(|&i| t.is_num(i)).unwrap();
            assert_eq!(currency_ahead(&t, i), ahead, "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_plain_word_after_digits_leaves_no_suffix_match(
            pieces in prop::collection::vec(
                (
                    prop::sample::select(
                        [FRAGMENTS, &["percent", "To", "AND", "results", "mln", "dlrs", "7/8", "/"]]
                            .concat(),
                    ),
                    prop::sample::select(&["", " ", " "][..]),
                ),
                0..20,
            ),
        ) {
            let text: String = pieces.iter().flat_map(|(w, sep)| [*sep, *w]).collect();
            let t = Tokens::new(&text);
            for i in 0..t.len() {
                if currency_ahead_to_the_end(&t, i) && !currency_ahead(&t, i) {
                    prop_assert!(match_suffix(&t, i).is_none(), "{:?} at {}", text, i);
                }
                prop_assert!(currency_ahead(&t, i) <= currency_ahead_to_the_end(&t, i));
            }
        }
    }

    fn money(text: &str) -> Vec<(String, String, Option<String>)> {
        let t = Tokens::new(text);
        let mut out = Vec::new();
        find(&t, &CurrencyDefaults::default(), &mut out);
        out.into_iter()
            .map(|e| match e.value {
                Value::Money(m) => (
                    e.text.into(),
                    m.amount.to_string(),
                    m.currency.map(|c| c.code().to_string()),
                ),
                _ => unreachable!(),
            })
            .collect()
    }

    /// The currency code of each amount in `text`, "?" for none.
    fn currencies(text: &str) -> Vec<String> {
        money(text)
            .into_iter()
            .map(|(_, _, c)| c.unwrap_or_else(|| "?".into()))
            .collect()
    }

    fn one(text: &str) -> (String, String) {
        let got = money(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        (got[0].1.clone(), got[0].2.clone().unwrap_or_default())
    }

    /// The unit each amount in `text` is priced per.
    fn units(text: &str) -> Vec<Option<PerUnit>> {
        let t = Tokens::new(text);
        let mut out = Vec::new();
        find(&t, &CurrencyDefaults::default(), &mut out);
        out.into_iter()
            .map(|e| match e.value {
                Value::Money(m) => m.per,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn commodity_units_and_units_after_a_bracketed_amount() {
        use PerUnit::*;
        for (text, want) in [
            ("Arabica rose 2.8% to $3.21 per lb.", vec![Some(Pound)]),
            ("corn ended at $4.43 a bushel", vec![Some(Bushel)]),
            ("now a $10bn-a-year business", vec![Some(Year)]),
            ("gasoline at $2.10 a gallon", vec![Some(Gallon)]),
            (
                "gas fell to $3.12 per million British thermal units",
                vec![Some(MillionBtu)],
            ),
            ("Henry Hub at $3.12/mmBtu", vec![Some(MillionBtu)]),
            ("power at €80 per megawatt hour", vec![Some(MegawattHour)]),
            ("power at €80 per MWh", vec![Some(MegawattHour)]),
            (
                "iron ore at 812 yuan ($112.30) a metric ton",
                vec![Some(Tonne), Some(Tonne)],
            ),
            (
                "a $53 billion (€49 billion) a year plan",
                vec![Some(Year), Some(Year)],
            ),
            // Sterling, not weight; a bracket that does not close soon is no aside.
            ("the dollar bought $1.27 per pound", vec![None]),
            (
                "a $5 million (in cash, stock and other terms agreed last week) a deal",
                vec![None],
            ),
        ] {
            assert_eq!(units(text), want, "{text}");
        }
    }

    #[test]
    fn joined_scales_and_national_number_styles() {
        let amount = |text: &str| one(text).0;
        assert_eq!(amount("a $1.5-billion deal"), "1500000000");
        assert_eq!(amount("a 2 billion-dollar contract"), "2000000000");
        assert_eq!(amount("revenue of Rs 1,23,456 crore"), "1234560000000");
        assert_eq!(amount("raised 1.234,5 Mio. EUR in bonds"), "1234500000");
        assert_eq!(amount("CHF 2,5 Mrd. in sales"), "2500000000");
        // The pence end the sentence; "5 p.m." is a time.
        assert_eq!(amount("shares closed at 120p. The index fell."), "1.2");
        assert!(money("the call is at 5 p.m. today").is_empty());
    }

    #[test]
    fn symbols_and_scales() {
        assert_eq!(
            one("Meta will spend $65 billion"),
            ("65000000000".into(), "USD".into())
        );
        assert_eq!(one("a $484M loss"), ("484000000".into(), "USD".into()));
        assert_eq!(
            one("raised US$2.5bn in"),
            ("2500000000".into(), "USD".into())
        );
        assert_eq!(
            one("sales of EUR 13.1 mn"),
            ("13100000".into(), "EUR".into())
        );
        assert_eq!(
            one("worth HK$ 3.2 billion"),
            ("3200000000".into(), "HKD".into())
        );
        assert_eq!(
            one("cost Rs. 500 crore"),
            ("5000000000".into(), "INR".into())
        );
        assert_eq!(one("MEUR 40.2 in sales"), ("40200000".into(), "EUR".into()));
        assert_eq!(one("priced at $ 395,000"), ("395000".into(), "USD".into()));
        assert_eq!(one("EUR150m deal"), ("150000000".into(), "EUR".into()));
    }

    #[test]
    fn words_and_codes_after() {
        assert_eq!(
            one("spent 5.2 billion yuan"),
            ("5200000000".into(), "CNY".into())
        );
        assert_eq!(
            one("three billion dollars"),
            ("3000000000".into(), "USD".into())
        );
        assert_eq!(
            one("half a billion dollars"),
            ("500000000".into(), "USD".into())
        );
        assert_eq!(one("two mln stg"), ("2000000".into(), "GBP".into()));
        assert_eq!(one("25 cts a share"), ("0.25".into(), "USD".into()));
        assert_eq!(one("at 397p"), ("3.97".into(), "GBP".into()));
        assert_eq!(one("shares fell 50c"), ("0.5".into(), "USD".into()));
        assert_eq!(one("it trades at $US0.85"), ("0.85".into(), "USD".into()));
        assert_eq!(
            one("it raised $A1.2 billion"),
            ("1200000000".into(), "AUD".into())
        );
        assert_eq!(one("the $4.5-bn deal"), ("4500000000".into(), "USD".into()));
        assert_eq!(
            one("a dividend of 12.5c a share"),
            ("0.125".into(), "USD".into())
        );
        assert_eq!(one("6.9 mln eur"), ("6900000".into(), "EUR".into()));
        assert_eq!(
            one("500 million Swiss francs"),
            ("500000000".into(), "CHF".into())
        );
        assert_eq!(
            one("10 million Hong Kong dollars"),
            ("10000000".into(), "HKD".into())
        );
    }

    #[test]
    fn dollar_depends_on_document() {
        // Prefixed amounts in other dollars leave "$" to the US dollar.
        assert_eq!(
            currencies("Shares closed at HK$98.50 and it will invest $5 billion."),
            ["HKD", "USD"]
        );
        assert_eq!(
            currencies("Profit fell to A$15.7 billion as iron ore fell to $100."),
            ["AUD", "USD"]
        );
        // One other dollar declared, and never the US dollar named, is what "$" means.
        assert_eq!(
            currencies("All figures are in Canadian dollars. Revenue was $5 billion."),
            ["CAD"]
        );
        assert_eq!(
            currencies("Revenue (in Australian dollars) was $5 billion."),
            ["AUD"]
        );
        // An amount in another dollar is not a declaration; "dollars" alone follow it.
        assert_eq!(
            currencies("It paid 2.4 billion Canadian dollars. Revenue was $5 billion."),
            ["CAD", "USD"]
        );
        assert_eq!(
            currencies("Net was 18 mln Canadian dlrs against 12 mln dlrs."),
            ["CAD", "CAD"]
        );
        assert_eq!(
            currencies("In Canadian dollars, revenue was $5 billion, or US$3.6 billion."),
            ["USD", "USD"]
        );
    }

    #[test]
    fn yen_named_in_the_sentence_beats_the_document() {
        // The text speaks of China more than of Japan, but the sentence says yen.
        assert_eq!(
            currencies(
                "Chinese and Beijing firms paid 12.5 billion yuan. In Tokyo, costs rose \
                 to 3.2 trillion yen from ¥2.9 trillion. Another ¥5 billion went to China."
            ),
            ["CNY", "JPY", "JPY", "CNY"]
        );
    }

    #[test]
    fn yen_depends_on_document() {
        assert_eq!(
            one("Alibaba will pour ¥380 billion into China"),
            ("380000000000".into(), "CNY".into())
        );
        assert_eq!(
            one("Toyota earned ¥380 billion in Japan"),
            ("380000000000".into(), "JPY".into())
        );
    }

    #[test]
    fn equivalents_and_qualifiers() {
        let t = Tokens::new("will pour ¥380 billion (≈$53B) into Chinese AI");
        let mut out = Vec::new();
        find(&t, &CurrencyDefaults::default(), &mut out);
        assert_eq!(out.len(), 2);
        let Value::Money(m) = &out[1].value else {
            panic!()
        };
        assert_eq!(out[1].text, "$53B");
        assert!(m.approximate);
        assert_eq!(m.equivalent_of, Some(0));
        assert_eq!(m.amount.to_string(), "53000000000");
    }

    #[test]
    fn ranges() {
        let t = Tokens::new(
            "a $5-6 billion deal and between $1 billion and $2 billion, 5 to 6 million euros",
        );
        let mut out = Vec::new();
        find(&t, &CurrencyDefaults::default(), &mut out);
        let got: Vec<_> = out
            .iter()
            .map(|e| match &e.value {
                Value::Money(m) => (
                    e.text.as_str(),
                    m.amount.to_string(),
                    m.upper.map(|u| u.to_string()),
                ),
                _ => unreachable!(),
            })
            .collect();
        let s = |x: &str| x.to_string();
        assert_eq!(
            got,
            [
                ("$5", s("5000000000"), Some(s("6000000000"))),
                ("6 billion", s("6000000000"), None),
                ("$1 billion", s("1000000000"), Some(s("2000000000"))),
                ("$2 billion", s("2000000000"), None),
                ("5", s("5000000"), Some(s("6000000"))),
                ("6 million euros", s("6000000"), None),
            ]
        );
    }

    #[test]
    fn from_to_is_a_change_not_a_range() {
        let got = money("profit rose from 618 mln dlrs to 2.5 billion dlrs");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1, "618000000");
        assert_eq!(got[1].1, "2500000000");
        let got = money("for the quarter ended January 28 to 285 mln dlrs");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "285 mln dlrs");
    }

    #[test]
    fn not_money() {
        for text in [
            "a 1 trillion parameters model",
            "90,000 models",
            "in 2025",
            "a 7B model",
            "$BABA jumped",
            "the US economy",
            "Q4 revenue",
            "ALL 5 members",
            "passed the 10,000 mark",
            "it was 50C in Perth",
            "under Section 230c of the act",
            "a 5,000c figure",
            "vitamin 12cx",
            "$X5 fell",
        ] {
            assert!(money(text).is_empty(), "{text}: {:?}", money(text));
        }
    }

    #[test]
    fn accounting_parentheses_in_tables() {
        let got = money("Net income (loss)\t($1.2 million)\t$3.4 million");
        assert_eq!(got[0].1, "-1200000");
        assert_eq!(got[1].1, "3400000");
        let got = money("Net loss            ($5.0)m    ($4.2 million)");
        assert_eq!(got.last().unwrap().1, "-4200000");
        // In prose, a parenthesized amount is not negative.
        assert_eq!(one("the unit (worth $5 million) was sold").0, "5000000");
    }

    #[test]
    fn negative_amounts() {
        assert_eq!(one("a swing to -$5m"), ("-5000000".into(), "USD".into()));
        // The accounting form in a press release's prose.
        assert_eq!(
            one("GAAP net loss was $(12.3) million."),
            ("-12300000".into(), "USD".into())
        );
        assert_eq!(
            one("a loss of $(0.05) per share"),
            ("-0.05".into(), "USD".into())
        );
        assert_eq!(money("the $(see note 4) charge").len(), 0);
        assert_eq!(one("a loss of $484M"), ("484000000".into(), "USD".into()));
        // A spelled sign is not the amount's, nor is a subtraction.
        assert_eq!(
            money("EBITDA came in at minus €12 million.")[0].0,
            "€12 million"
        );
        assert_eq!(
            one("free cash flow of negative $300 million"),
            ("300000000".into(), "USD".into())
        );
        let amounts = |text: &str| money(text).into_iter().map(|m| m.1).collect::<Vec<_>>();
        assert_eq!(
            amounts("$20 million minus $5 million of costs"),
            ["20000000", "5000000"]
        );
        assert_eq!(amounts("20 euros minus €5"), ["20", "5"]);
    }
}
