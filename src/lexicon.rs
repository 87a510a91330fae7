//! Word classes looked up once per word token, so the extractors' gates test a bit
//! instead of comparing strings.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// The word can start a number written in words ("three", "a", "half").
pub(crate) const NUMBER_WORD: u16 = 1;
/// The word can start a period rule ("the", "this", "fiscal", "first", "Q", "FY").
pub(crate) const PERIOD_START: u16 = 1 << 1;
/// A month name or abbreviation (capitalization is checked by the caller).
pub(crate) const MONTH: u16 = 1 << 2;
/// A weekday name or abbreviation.
pub(crate) const WEEKDAY: u16 = 1 << 3;

const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "half",
    "dozen",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

const PERIOD_WORDS: &[&str] = &[
    "the",
    "this",
    "last",
    "next",
    "current",
    "previous",
    "past",
    "prior",
    "coming",
    "over",
    "within",
    "in",
    "during",
    "first",
    "second",
    "third",
    "fourth",
    "fiscal",
    "year",
    "ytd",
    "quarter",
    "qtr",
    "week",
    "beginning",
    "start",
    "end",
    "close",
    "calendar",
    "q",
    "h",
    "fy",
];

const MONTHS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
];

/// The longest word in any class; longer words have no class.
const MAX_LEN: usize = 12;

struct Lexicon {
    classes: FxHashMap<&'static [u8], u16>,
    /// For each (length, first letter), a bit per last letter that some word has:
    /// rejects almost every word before hashing it.
    shapes: [[u32; 26]; MAX_LEN + 1],
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut classes: FxHashMap<&'static [u8], u16> = FxHashMap::default();
        let mut shapes = [[0u32; 26]; MAX_LEN + 1];
        let mut add = |words: &[&'static str], flag: u16| {
            for w in words {
                let b = w.as_bytes();
                *classes.entry(b).or_insert(0) |= flag;
                if let (Some(first), Some(last)) = (b.first(), b.last()) {
                    shapes[b.len()][usize::from(first - b'a')] |= 1 << (last - b'a');
                }
            }
        };
        add(NUMBER_WORDS, NUMBER_WORD | PERIOD_START);
        add(PERIOD_WORDS, PERIOD_START);
        add(MONTHS, MONTH | PERIOD_START);
        add(WEEKDAYS, WEEKDAY | PERIOD_START);
        Lexicon { classes, shapes }
    })
}

/// The classes of an ASCII word, ignoring case; 0 for other words.
pub(crate) fn classify(word: &[u8]) -> u16 {
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return 0;
    };
    if word.len() > MAX_LEN || !first.is_ascii_alphabetic() || !last.is_ascii_alphabetic() {
        return 0;
    }
    let lex = lexicon();
    let f = usize::from(first.to_ascii_lowercase() - b'a');
    let l = last.to_ascii_lowercase() - b'a';
    if lex.shapes[word.len()][f] & (1 << l) == 0 {
        return 0;
    }
    let mut buf = [0u8; MAX_LEN];
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    lex.classes.get(&buf[..word.len()]).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(classify(b"Three") & NUMBER_WORD, NUMBER_WORD);
        assert_eq!(classify(b"FISCAL"), PERIOD_START);
        assert_eq!(classify(b"Sept") & MONTH, MONTH);
        assert_eq!(classify(b"revenue"), 0);
        assert_eq!(classify(b"extraordinarily"), 0);
    }
}
