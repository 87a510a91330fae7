//! The shared number layer: digits, separators, fractions, number words and scale
//! words, parsed into exact `Decimal`s for the money, percent and period extractors.
//!
//! Every extractor reads numbers through [`number_at`], so "3.2bn", "three billion",
//! "half a billion", "12-7/8" and "Rs 5 lakh crore" mean the same thing everywhere.

use rust_decimal::Decimal;

use crate::token::{is_dash, le_bytes, Tokens};

/// A number read from the token stream.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    /// The value with any scale word applied.
    pub value: Decimal,
    /// The value before the scale word ("3.2" in "3.2bn").
    pub base: Decimal,
    /// Token index one past the number (and its scale words).
    pub end: usize,
    /// The scale multiplier applied, if a scale word followed.
    pub scale: Option<Decimal>,
    /// Whether the number was written in words ("three").
    pub words: bool,
    /// Whether the digits had grouping separators ("1,234").
    pub grouped: bool,
    /// The number of digit characters in an unseparated integer (for year checks).
    pub plain_digits: u8,
}

/// How to read scale words after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scales {
    /// No scale words ("20%" — a scale word after it is not part of it).
    None,
    /// Full words only: thousand, million, billion, trillion, lakh, crore.
    #[cfg_attr(not(test), allow(dead_code))]
    Words,
    /// Words and abbreviations (mn, bn, m, b, k, M, B, T): only where a currency makes
    /// the abbreviation unambiguous.
    Abbreviations,
}

/// The separators of a run of digits, counted in one pass: `parse_separated` and
/// `number_at` both need them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Separators {
    commas: usize,
    dots: usize,
    /// Bytes that are neither digits nor separators.
    others: usize,
}

impl Separators {
    fn of(s: &str) -> Separators {
        let mut seps = Separators {
            commas: 0,
            dots: 0,
            others: 0,
        };
        for &b in s.as_bytes() {
            match b {
                b'0'..=b'9' => {}
                b',' => seps.commas += 1,
                b'.' => seps.dots += 1,
                _ => seps.others += 1,
            }
        }
        seps
    }

    /// Whether the run is plain digits, with no separator or other byte.
    fn plain(self) -> bool {
        self.commas == 0 && self.dots == 0 && self.others == 0
    }
}

/// Whether the integer part of `bytes` is grouped the Indian way: three digits last,
/// pairs before them, and one or two digits first ("1,23,456", "12,34,56,789").
fn indian_groups_ok(bytes: &[u8]) -> bool {
    let body = match bytes.iter().position(|&b| b == b'.') {
        Some(k) => &bytes[..k],
        None => bytes,
    };
    let mut lens = body.split(|&b| b == b',').map(<[u8]>::len);
    let Some(first) = lens.next() else {
        return false;
    };
    // The groups after the first: all pairs but the last, which has three digits.
    let (mut groups, mut pairs_before_last, mut last) = (0, true, 0);
    for len in lens {
        if groups > 0 {
            pairs_before_last &= last == 2;
        }
        last = len;
        groups += 1;
    }
    (1..=2).contains(&first) && groups >= 2 && pairs_before_last && last == 3
}

/// Parses a run of ASCII digits with separators ("1,234,567.89", "1.234.567,89", "7,8").
///
/// Rules, in order:
/// - commas followed by exactly three digits group thousands; one comma followed by one
///   or two digits and nothing else is a decimal comma ("7,8");
/// - several dots each followed by three digits group thousands (European), and a comma
///   after them is the decimal separator;
/// - otherwise a single dot is the decimal point.
///
/// `seps` are the separators of `s`. Returns `None` for shapes that are not numbers a
/// writer would produce ("1,2,3").
fn parse_separated(s: &str, seps: Separators) -> Option<Decimal> {
    let bytes = s.as_bytes();
    if bytes.is_empty() || bytes.len() > 40 {
        return None;
    }
    let Separators { commas, dots, .. } = seps;
    if commas == 0 && dots == 0 {
        // The common case: plain digits.
        return Decimal::from_str_exact(s).ok();
    }
    let groups_ok = |sep: u8, stop: u8| -> bool {
        // Every group after the first separator has exactly three digits, up to `stop`.
        let body = match bytes.iter().position(|&b| b == stop) {
            Some(k) => &bytes[..k],
            None => bytes,
        };
        let mut parts = body.split(|&b| b == sep);
        let first = parts.next().unwrap_or(&[]);
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    // Commas group thousands only before a decimal dot: "1.234,5" is European.
    let commas_first = match (
        bytes.iter().position(|&b| b == b','),
        bytes.iter().position(|&b| b == b'.'),
    ) {
        (Some(c), Some(d)) => c < d,
        _ => true,
    };
    // Rewrite into plain "digits[.digits]" in a stack buffer.
    let mut buf = [0u8; 41];
    let mut n = 0;
    let mut put = |b: u8| {
        if let Some(slot) = buf.get_mut(n) {
            *slot = b;
            n += 1;
        }
    };
    if bytes[0] == b'.' {
        put(b'0');
    }
    if commas == 0 && dots == 1 {
        bytes.iter().for_each(|&b| put(b));
    } else if dots <= 1
        && commas >= 1
        && commas_first
        && (groups_ok(b',', b'.') || indian_groups_ok(bytes))
    {
        bytes.iter().filter(|&&b| b != b',').for_each(|&b| put(b));
    } else if commas == 1 && dots == 0 {
        // "7,8" or "12,50": a decimal comma (three digits after it would have been
        // grouping, handled above).
        let k = bytes.iter().position(|&b| b == b',')?;
        if bytes.len() - k - 1 > 2 || k == 0 {
            return None;
        }
        bytes
            .iter()
            .for_each(|&b| put(if b == b',' { b'.' } else { b }));
    } else if dots >= 1 && commas <= 1 && groups_ok(b'.', b',') {
        // "1.234.567,89" or "1.234,5": European grouping.
        for &b in bytes {
            match b {
                b'.' => {}
                b',' => put(b'.'),
                b => put(b),
            }
        }
    } else {
        return None;
    }
    let plain = std::str::from_utf8(buf.get(..n)?).ok()?;
    Decimal::from_str_exact(plain).ok().map(|d| d.normalize())
}

/// The multiplier of a scale word, if `word` is one. `abbrev` allows the short forms.
pub(crate) fn scale_word(word: &str, abbrev: bool) -> Option<Decimal> {
    let mut buf = [0u8; 12];
    let lower = lower_ascii_bytes(word, &mut buf)?;
    let full = match lower {
        b"thousand" => Some(3),
        b"million" => Some(6),
        b"billion" => Some(9),
        b"trillion" => Some(12),
        b"lakh" | b"lakhs" | b"lac" | b"lacs" => Some(5),
        b"crore" | b"crores" | b"cr" => Some(7),
        _ => None,
    };
    let exp = match full {
        Some(e) => e,
        None if abbrev => match (word, lower) {
            (_, b"mn" | b"mln" | b"mio" | b"mil" | b"mill" | b"mm" | b"mns") => 6,
            // "Mrd.", "Mia.": German and Swiss "Milliarde".
            (_, b"bn" | b"bln" | b"bil" | b"bns" | b"mrd" | b"mia") => 9,
            (_, b"tn" | b"trn" | b"tln" | b"trln") => 12,
            (_, b"k" | b"thou") => 3,
            (_, b"m") => 6,
            (_, b"b") => 9,
            ("T", _) => 12,
            _ => return None,
        },
        None => return None,
    };
    pow10(exp)
}

/// 10 to the power `exp`, for the exponents of scale words and scaled codes (at most
/// 12), read from a table built at compile time: computing it cost more than the rest
/// of `scale_word`.
pub(crate) fn pow10(exp: u32) -> Option<Decimal> {
    const POWERS: [Decimal; 13] = {
        let mut powers = [Decimal::ONE; 13];
        let mut e = 1;
        while e < powers.len() {
            let n = 10u64.pow(e as u32);
            // 10^12 fits in 64 bits: the low and middle words of the mantissa.
            powers[e] = Decimal::from_parts(n as u32, (n >> 32) as u32, 0, false, 0);
            e += 1;
        }
        powers
    };
    POWERS.get(usize::try_from(exp).ok()?).copied()
}

/// Lowercases an ASCII word, copying it into `buf` only when it has capitals; `None` for
/// non-ASCII words or words longer than `buf`.
pub(crate) fn lower_ascii<'b>(word: &'b str, buf: &'b mut [u8]) -> Option<&'b str> {
    let lower = buf.get_mut(..word.len())?;
    if !lower_into(word.as_bytes(), lower)? {
        return Some(word);
    }
    std::str::from_utf8(lower).ok()
}

/// `lower_ascii` as bytes, for callers that only compare the word with ASCII literals:
/// it skips the UTF-8 check that turning the lowered copy back into a `&str` costs.
#[inline]
pub(crate) fn lower_ascii_bytes<'b>(word: &'b str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let lower = buf.get_mut(..word.len())?;
    Some(if lower_into(word.as_bytes(), lower)? {
        lower
    } else {
        word.as_bytes()
    })
}

/// Writes `word` lowercased to `lower` (of the same length) and tells whether it had
/// capitals, or `None` when it is not ASCII; `lower` is left unspecified when it had none.
#[inline]
fn lower_into(word: &[u8], lower: &mut [u8]) -> Option<bool> {
    // Words of up to sixteen bytes, nearly all those the rules read, are tested and
    // lowercased a few bytes at a time, in two loads that overlap in the middle.
    match word.len() {
        0 => Some(false),
        1 => lower_in_two_loads::<1>(word, lower),
        2..=3 => lower_in_two_loads::<2>(word, lower),
        4..=7 => lower_in_two_loads::<4>(word, lower),
        8..=16 => lower_in_two_loads::<8>(word, lower),
        _ => lower_bytewise(word, lower),
    }
}

/// `lower_ascii` for a word of `N` to `2 * N` bytes (`N` at most 8): whether it has
/// capitals, having then written it lowercased to `lower`; `None` when it is not ASCII.
fn lower_in_two_loads<const N: usize>(word: &[u8], lower: &mut [u8]) -> Option<bool> {
    let last = word.len().checked_sub(N)?;
    let (head, tail) = (le_bytes::<N>(word, 0), le_bytes::<N>(word, last));
    let (head_caps, tail_caps) = (capital_bits(head)?, capital_bits(tail)?);
    if head_caps | tail_caps == 0 {
        return Some(false);
    }
    put_le_bytes::<N>(lower, 0, head | head_caps);
    put_le_bytes::<N>(lower, last, tail | tail_caps);
    Some(true)
}

/// `lower_ascii` one byte at a time, for longer words.
fn lower_bytewise(word: &[u8], lower: &mut [u8]) -> Option<bool> {
    if !word.is_ascii() {
        return None;
    }
    if !word.iter().any(u8::is_ascii_uppercase) {
        return Some(false);
    }
    for (d, s) in lower.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    Some(true)
}

/// The bit that lowercases each ASCII capital among the eight bytes of `x` (0x20 in
/// that byte, 0 in the others); `None` when a byte is not ASCII.
fn capital_bits(x: u64) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if x & HIGH != 0 {
        return None;
    }
    // With every high bit clear, the sums cannot carry into the next byte: a byte's
    // high bit is set by the first sum from 'A' (0x41) on, by the second past 'Z' (0x5A).
    let from_a = x + 0x3F3F_3F3F_3F3F_3F3F;
    let past_z = x + 0x2525_2525_2525_2525;
    Some((from_a & !past_z & HIGH) >> 2)
}

/// Writes the low `N` bytes of `x` (`N` at most 8), little-endian, to `buf` at `at`, if
/// they fit.
fn put_le_bytes<const N: usize>(buf: &mut [u8], at: usize, x: u64) {
    let bytes = x.to_le_bytes();
    if let (Some(dst), Some(src)) = (buf.get_mut(at..at + N), bytes.get(..N)) {
        dst.copy_from_slice(src);
    }
}

fn unit_word(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"zero" => 0,
        b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        _ => return None,
    })
}

fn tens_word(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        _ => return None,
    })
}

/// Reads a number written in words at token `i`: "three", "twenty-five",
/// "one hundred twenty", "a" / "half" before a scale word. Returns the value and the
/// token index after it. Scale words are left to the caller.
fn words_at(t: &Tokens<'_>, i: usize) -> Option<(Decimal, usize)> {
    if !t.has_class(i, crate::lexicon::NUMBER_WORD) {
        return None;
    }
    let mut buf = [0u8; 12];
    let first = lower_ascii_bytes(t.str(i), &mut buf)?;
    if !t.is_word(i) {
        return None;
    }
    // "a billion", "half a billion", "a half": articles count only before a scale word.
    match first {
        b"a" | b"an" => {
            if t.word_is(i + 1, "half") && t.has_class(i + 2, crate::lexicon::SCALE) {
                return Some((Decimal::new(5, 1), i + 2));
            }
            if let Some(found) = quarters_of_scale(t, i + 1, 1) {
                return Some(found);
            }
            // "two-thirds of a billion": the scale is a fraction's, not "a billion".
            if !t.has_class(i + 1, crate::lexicon::SCALE) || fraction_of(t, i) {
                return None;
            }
            return Some((Decimal::ONE, i + 1));
        }
        b"half" => {
            let next = if t.word_in(i + 1, &["a", "an"]) {
                i + 2
            } else {
                i + 1
            };
            if !t.has_class(next, crate::lexicon::SCALE) {
                return None;
            }
            return Some((Decimal::new(5, 1), next));
        }
        b"dozen" => return Some((Decimal::from(12), i + 1)),
        _ => {}
    }
    if first == b"three" {
        if let Some(found) = quarters_of_scale(t, i + 1, 3) {
            return Some(found);
        }
    }
    let mut value: u32;
    let mut j;
    if let Some(v) = unit_word(first) {
        value = v;
        j = i + 1;
    } else if let Some(v) = tens_word(first) {
        value = v;
        j = i + 1;
        // "twenty-five", "twenty five"
        let k = if t
            .get(j)
            .is_some_and(|x| matches!(x.kind, crate::token::TokKind::Sym(c) if is_dash(c)))
            && t.glued(j)
            && t.glued(j + 1)
        {
            j + 1
        } else {
            j
        };
        let mut b2 = [0u8; 12];
        if let Some(u) = lower_ascii_bytes(t.str(k), &mut b2).and_then(unit_word) {
            if (1..10).contains(&u) && t.is_word(k) {
                value += u;
                j = k + 1;
            }
        }
    } else {
        return None;
    }
    // "one hundred", "two hundred fifty"
    if t.word_is(j, "hundred") && value < 10 {
        value *= 100;
        j += 1;
        let k = if t.word_is(j, "and") { j + 1 } else { j };
        if let Some((rest, e)) = words_at(t, k).filter(|(d, _)| *d < Decimal::from(100)) {
            if !t.word_in(k, &["a", "an", "half"]) {
                value += u32::try_from(rest).unwrap_or(0);
                j = e;
            }
        }
    }
    // "one and a half billion"
    if spoken_half(t, j) {
        return Some((Decimal::from(value) + Decimal::new(5, 1), j + 3));
    }
    Some((Decimal::from(value), j))
}

/// `count` quarters of a scale word, written from token `k` on: "(a) quarter of a
/// billion", "(a) quarter-billion", "(three) quarters of a million", "(three)-quarters of
/// a billion". Returns the fraction and the index of the scale word, which the caller
/// reads as for "half a billion".
fn quarters_of_scale(t: &Tokens<'_>, k: usize, count: i64) -> Option<(Decimal, usize)> {
    use crate::lexicon::SCALE;
    // "three-quarters": the dash is glued on both sides.
    let k = if count > 1 && t.is_sym(k, '-') && t.glued(k) && t.glued(k + 1) {
        k + 1
    } else {
        k
    };
    let noun = if count == 1 { "quarter" } else { "quarters" };
    if !t.word_is(k, noun) {
        return None;
    }
    let scale = if t.is_sym(k + 1, '-') && t.glued(k + 1) && t.glued(k + 2) {
        k + 2
    } else if t.word_is(k + 1, "of") && t.word_in(k + 2, &["a", "an"]) {
        k + 3
    } else {
        return None;
    };
    t.has_class(scale, SCALE)
        .then(|| (Decimal::new(25 * count, 2), scale))
}

/// Whether the article at token `i` follows a fraction and "of": "two-thirds of a
/// billion", "a fifth of a million", whose value is not the scale's.
fn fraction_of(t: &Tokens<'_>, i: usize) -> bool {
    const FRACTIONS: &[&str] = &[
        "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "fraction",
        "half",
    ];
    i >= 2 && t.word_is(i - 1, "of") && t.word_in(i - 2, FRACTIONS)
}

/// Whether "and a half" at token `k` ends a number written in digits: before a unit,
/// scale or currency word ("27 and a half percent", "3 and a half billion dollars", "2
/// and a half years"), and not before anything else ("2 and a half-hearted", "pages 3
/// and a half dozen more").
fn and_a_half(t: &Tokens<'_>, k: usize) -> bool {
    use crate::lexicon::{CURRENCY_WORD, DURATION_UNIT, PERCENT_UNIT, SCALE};
    spoken_half(t, k)
        && !t.glued(k + 3)
        && t.has_class(k + 3, PERCENT_UNIT | SCALE | CURRENCY_WORD | DURATION_UNIT)
}

/// Whether "and a half" (or "and one half") is written at tokens `k..k + 3`.
fn spoken_half(t: &Tokens<'_>, k: usize) -> bool {
    t.word_is(k, "and") && t.word_in(k + 1, &["a", "one"]) && t.word_is(k + 2, "half")
}

/// A fraction written "7/8" at tokens `i..`: numerator, slash, denominator, all glued.
fn fraction_at(t: &Tokens<'_>, i: usize) -> Option<(Decimal, usize)> {
    if !(t.is_num(i) && t.is_sym(i + 1, '/') && t.glued(i + 1) && t.is_num(i + 2) && t.glued(i + 2))
    {
        return None;
    }
    let num: u32 = t.str(i).parse().ok()?;
    let den: u32 = t.str(i + 2).parse().ok()?;
    if !matches!(den, 2 | 3 | 4 | 8 | 16 | 32 | 64) || num == 0 || num >= den {
        return None;
    }
    Some((Decimal::from(num) / Decimal::from(den), i + 3))
}

/// Reads a number at token `i`, in digits or words, with a following fraction
/// ("12-7/8", "1 1/2") and scale words as `scales` allows.
pub(crate) fn number_at(t: &Tokens<'_>, i: usize, scales: Scales) -> Option<Number> {
    let tok = t.get(i)?;
    let (mut base, mut end, words, grouped, plain_digits);
    if tok.is_num() {
        let s = t.str(i);
        let seps = Separators::of(s);
        base = parse_separated(s, seps)?;
        end = i + 1;
        words = false;
        grouped = seps.commas > 0 || seps.dots > 1;
        plain_digits = if seps.plain() {
            u8::try_from(s.len()).unwrap_or(u8::MAX)
        } else {
            0
        };
        if plain_digits > 0 {
            // "12-7/8": whole number, dash, fraction, all glued.
            if t.get(end).is_some_and(|x| x.is_sym('-')) && t.glued(end) && t.glued(end + 1) {
                if let Some((f, e)) = fraction_at(t, end + 1) {
                    base = base.checked_add(f)?;
                    end = e;
                }
            } else if let Some((f, e)) = fraction_at(t, end).filter(|_| !t.glued(end)) {
                // "1 1/2"
                base = base.checked_add(f)?;
                end = e;
            } else if and_a_half(t, end) {
                // "27 and a half percent", "3 and a half years", as spoken.
                base = base.checked_add(Decimal::new(5, 1))?;
                end += 3;
            }
        }
        if let Some((f, e)) = fraction_at(t, i) {
            // A bare fraction "1/16".
            base = f;
            end = e;
        }
    } else if tok.is_word() {
        let (v, e) = words_at(t, i)?;
        base = v;
        end = e;
        words = true;
        grouped = false;
        plain_digits = 0;
    } else {
        return None;
    }
    let mut value = base;
    let mut scale = None;
    if scales != Scales::None {
        let abbrev = scales == Scales::Abbreviations;
        let mut j = end;
        // "$1.5-billion", "$4.5-bn": a scale word or an abbreviation of two letters or
        // more joined by a hyphen (a single letter after one is more often a class or
        // a model: "$5-B").
        if t.is_sym(j, '-')
            && t.glued(j)
            && t.glued(j + 1)
            && t.has_class(j + 1, crate::lexicon::SCALE)
            && scale_word(t.str(j + 1), abbrev && t.str(j + 1).len() > 1).is_some()
        {
            j += 1;
        }
        // Up to two scale words: "5 lakh crore", "1.2 thousand million".
        for _ in 0..2 {
            let Some(st) = t.get(j) else { break };
            if !st.is_word() {
                break;
            }
            if !t.has_class(j, crate::lexicon::SCALE) {
                break;
            }
            let w = t.str(j);
            // Single-letter abbreviations must be glued ("$5m") or be the capital "M"/"B".
            let single = w.len() == 1;
            let allowed =
                abbrev && (!single || st.glued() || w.chars().all(|c| c.is_ascii_uppercase()));
            let Some(m) = scale_word(w, allowed) else {
                break;
            };
            if single && !allowed {
                break;
            }
            // A glued letter followed by more letters is a word, not a scale ("5min").
            value = value.checked_mul(m)?;
            scale = Some(scale.map_or(m, |s: Decimal| s.checked_mul(m).unwrap_or(m)));
            j += 1;
            // "bn." abbreviation dot: keep the dot out; it is usually the full stop too.
        }
        end = j;
    }
    // Number words need a scale word or to stand alone as a word number; "a" and
    // "half" need a scale word.
    if words && scale.is_none() {
        let w = t.str(i);
        if w.eq_ignore_ascii_case("a")
            || w.eq_ignore_ascii_case("an")
            || w.eq_ignore_ascii_case("half")
        {
            return None;
        }
    }
    let value = value.normalize();
    // Without a scale word the value is the base itself: normalized once.
    let base = if scale.is_some() {
        base.normalize()
    } else {
        value
    };
    Some(Number {
        value,
        base,
        end,
        scale,
        words,
        grouped,
        plain_digits,
    })
}

/// Whether token `i` is a dash usable in a range ("5-6", "2023–25").
pub(crate) fn is_range_dash(t: &Tokens<'_>, i: usize) -> bool {
    t.get(i)
        .is_some_and(|x| matches!(x.kind, crate::token::TokKind::Sym(c) if is_dash(c) && c != '—'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn parse_digits(s: &str) -> Option<Decimal> {
        parse_separated(s, Separators::of(s))
    }

    #[test]
    fn lower_ascii_lowercases_short_ascii_words_only() {
        let mut buf = [0u8; 8];
        assert_eq!(lower_ascii("revenue", &mut buf), Some("revenue"));
        assert_eq!(lower_ascii("NYSE", &mut buf), Some("nyse"));
        assert_eq!(lower_ascii("eBay", &mut buf), Some("ebay"));
        assert_eq!(lower_ascii("", &mut buf), Some(""));
        assert_eq!(lower_ascii("Ångström", &mut buf), None);
        assert_eq!(lower_ascii("café", &mut buf), None);
        assert_eq!(lower_ascii("Magnificent", &mut buf), None);
        assert_eq!(lower_ascii("ABCDEFGH", &mut buf), Some("abcdefgh"));
    }

    /// `lower_ascii` written the plain way.
    fn lower_ascii_reference(word: &str, len: usize) -> Option<String> {
        (word.len() <= len && word.is_ascii()).then(|| word.to_ascii_lowercase())
    }

    #[test]
    fn lower_ascii_matches_the_plain_way_at_every_length_and_byte() {
        // Every ASCII char and some longer ones at every position of words of up to twenty
        // chars, around capitals and the bytes next to them ('@', '[', '`', '{').
        let base: Vec<char> = "AbyZazQm@[`{MnOpQrSt".chars().collect();
        let probes = (0..0x80u8).map(char::from).chain(['é', 'É', '€', '😀']);
        for probe in probes {
            for len in 0..=base.len() {
                for pos in 0..len {
                    let mut chars = base[..len].to_vec();
                    chars[pos] = probe;
                    let word: String = chars.into_iter().collect();
                    for size in [8, 16, 24] {
                        let mut buf = vec![0u8; size];
                        let expected = lower_ascii_reference(&word, size);
                        assert_eq!(
                            lower_ascii(&word, &mut buf).map(str::to_string),
                            expected,
                            "{word:?}"
                        );
                        assert_eq!(
                            lower_ascii_bytes(&word, &mut buf),
                            expected.as_ref().map(String::as_bytes),
                            "{word:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn separators_agree_with_the_plain_tests() {
        for s in [
            "",
            "7",
            "2025",
            "1,234",
            "1.234.567,89",
            "3.2",
            ".5",
            "7,8",
            "1,2,3",
            "12a",
            "é1",
        ] {
            let seps = Separators::of(s);
            assert_eq!(seps.commas, s.matches(',').count(), "{s:?}");
            assert_eq!(seps.dots, s.matches('.').count(), "{s:?}");
            assert_eq!(seps.plain(), s.bytes().all(|b| b.is_ascii_digit()), "{s:?}");
        }
    }

    #[test]
    fn powers_of_ten_from_the_table() {
        for exp in 0..=12 {
            assert_eq!(
                pow10(exp),
                Some(Decimal::from_i128_with_scale(10i128.pow(exp), 0))
            );
            assert_eq!(pow10(exp).unwrap().scale(), 0);
        }
        assert_eq!(pow10(13), None);
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("1,234,567.89"), Some(d("1234567.89")));
        assert_eq!(parse_digits("1.234.567,89"), Some(d("1234567.89")));
        assert_eq!(parse_digits("1.234,5"), Some(d("1234.5")));
        assert_eq!(parse_digits("1,234.5"), Some(d("1234.5")));
        assert_eq!(parse_digits("7,8"), Some(d("7.8")));
        assert_eq!(parse_digits("3.2"), Some(d("3.2")));
        assert_eq!(parse_digits(".5"), Some(d("0.5")));
        assert_eq!(parse_digits("2025"), Some(d("2025")));
        assert_eq!(parse_digits("1,2,3"), None);
        assert_eq!(parse_digits("12,3456"), None);
        // Indian grouping: pairs before the last three digits.
        assert_eq!(parse_digits("1,23,456"), Some(d("123456")));
        assert_eq!(parse_digits("12,34,56,789.5"), Some(d("123456789.5")));
        assert_eq!(parse_digits("1,23,45"), None);
        assert_eq!(parse_digits("123,45,678"), None);
    }

    fn num(text: &str, scales: Scales) -> Option<(String, usize)> {
        let t = Tokens::new(text);
        number_at(&t, 0, scales).map(|n| (n.value.to_string(), t.end(n.end - 1)))
    }

    #[test]
    fn digits_and_a_half() {
        assert_eq!(
            num("27 and a half percent", Scales::Words),
            Some(("27.5".into(), 13))
        );
        assert_eq!(
            num("3 and a half billion dollars", Scales::Words),
            Some(("3500000000".into(), 20))
        );
        assert_eq!(
            num("2 and a half years", Scales::None),
            Some(("2.5".into(), 12))
        );
        // Not before other words, nor after a grouped or decimal number.
        assert_eq!(
            num("2 and a half-hearted bid", Scales::Words),
            Some(("2".into(), 1))
        );
        assert_eq!(num("pages 3 and a half dozen", Scales::Words), None);
        assert_eq!(
            num("3 and a half dozen", Scales::Words),
            Some(("3".into(), 1))
        );
        assert_eq!(
            num("2.5 and a half percent", Scales::Words),
            Some(("2.5".into(), 3))
        );
        // The largest decimals do not overflow: no number rather than a panic.
        let max = "79228162514264337593543950335";
        assert_eq!(
            num(&format!("{max} and a half percent"), Scales::Words),
            None
        );
        assert_eq!(num(&format!("{max} 1/2"), Scales::Words), None);
    }

    #[test]
    fn scales_and_words() {
        assert_eq!(
            num("3.2bn", Scales::Abbreviations),
            Some(("3200000000".into(), 5))
        );
        assert_eq!(num("3.2bn", Scales::Words), Some(("3.2".into(), 3)));
        assert_eq!(
            num("three billion", Scales::Words),
            Some(("3000000000".into(), 13))
        );
        assert_eq!(
            num("half a billion", Scales::Words),
            Some(("500000000".into(), 14))
        );
        assert_eq!(
            num("a billion", Scales::Words),
            Some(("1000000000".into(), 9))
        );
        // Quarters of a scale; other fractions are not read, and never as the scale.
        assert_eq!(
            num("a quarter of a billion", Scales::Words),
            Some(("250000000".into(), 22))
        );
        assert_eq!(
            num("a quarter-billion", Scales::Words),
            Some(("250000000".into(), 17))
        );
        assert_eq!(
            num("three-quarters of a million", Scales::Words),
            Some(("750000".into(), 27))
        );
        assert_eq!(
            num("three quarters of a trillion", Scales::Words),
            Some(("750000000000".into(), 28))
        );
        assert_eq!(num("a quarter of the billion", Scales::Words), None);
        assert_eq!(num("three quarters", Scales::Words), Some(("3".into(), 5)));
        let t = Tokens::new("two-thirds of a billion");
        assert!(number_at(&t, 5, Scales::Words).is_none());
        let t = Tokens::new("a fraction of a billion");
        assert!(number_at(&t, 3, Scales::Words).is_none());
        assert_eq!(num("twenty-five", Scales::Words), Some(("25".into(), 11)));
        // A full scale word joined by a hyphen; "Mrd" and "Mia" are billions.
        assert_eq!(
            num("1.5-billion", Scales::Words),
            Some(("1500000000".into(), 11))
        );
        assert_eq!(num("5-6 billion", Scales::Words), Some(("5".into(), 1)));
        assert_eq!(
            num("2,5 Mrd", Scales::Abbreviations),
            Some(("2500000000".into(), 7))
        );
        assert_eq!(
            num("one hundred twenty", Scales::Words),
            Some(("120".into(), 18))
        );
        assert_eq!(
            num("5 lakh crore", Scales::Words),
            Some(("5000000000000".into(), 12))
        );
        assert_eq!(num("12-7/8", Scales::None), Some(("12.875".into(), 6)));
        assert_eq!(
            num("1 1/2 million", Scales::Words),
            Some(("1500000".into(), 13))
        );
        assert_eq!(num("1/16", Scales::None), Some(("0.0625".into(), 4)));
        assert_eq!(num("a", Scales::Words), None);
        assert_eq!(num("5 m", Scales::Abbreviations), Some(("5".into(), 1)));
        assert_eq!(
            num("5 M", Scales::Abbreviations),
            Some(("5000000".into(), 3))
        );
    }

    #[test]
    fn overflow_is_none() {
        let big = "9".repeat(28) + " trillion";
        assert_eq!(num(&big, Scales::Words), None);
    }
}
