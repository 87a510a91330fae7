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
/// A scale word or abbreviation ("million", "bn", "crore", "m").
pub(crate) const SCALE: u16 = 1 << 4;
/// A word that can start a currency written after a number ("dollars", "Swiss", "stg",
/// "cents", "eur").
pub(crate) const CURRENCY_WORD: u16 = 1 << 5;
/// A word that can start a percentage unit ("percent", "per", "pct", "basis", "bps").
pub(crate) const PERCENT_UNIT: u16 = 1 << 6;

/// An ordinal word that can number a quarter or half ("first" .. "fourth").
pub(crate) const ORDINAL: u16 = 1 << 7;
/// A word that starts a period only through a following relative word ("the next three
/// years", "over the past decade").
pub(crate) const CONNECTOR: u16 = 1 << 8;

/// A word that is evidence for how to read an ambiguous currency mark (see
/// `money::DocCurrency`).
pub(crate) const CUE: u16 = 1 << 9;

const CUES: &[&str] = &[
    "china",
    "chinese",
    "yuan",
    "rmb",
    "renminbi",
    "beijing",
    "shanghai",
    "shenzhen",
    "hangzhou",
    "kong",
    "cny",
    "hkex",
    "pboc",
    "japan",
    "japanese",
    "yen",
    "tokyo",
    "osaka",
    "nikkei",
    "jpy",
    "topix",
    "sweden",
    "swedish",
    "stockholm",
    "sek",
    "norway",
    "norwegian",
    "oslo",
    "nok",
    "denmark",
    "danish",
    "copenhagen",
    "dkk",
    "swiss",
    "switzerland",
    "zurich",
    "geneva",
    "basel",
    "chf",
    "france",
    "french",
    "paris",
    "belgium",
    "belgian",
    "brussels",
    "antwerp",
    "luxembourg",
    "dollar",
    "dollars",
    "dlr",
    "dlrs",
];

/// A unit of a length of time ("years", "month", "decade").
pub(crate) const DURATION_UNIT: u16 = 1 << 10;

/// A noun that describes a company right before its name ("airline", "chipmaker"); see
/// `company::DESCRIPTORS`.
pub(crate) const COMPANY_DESCRIPTOR: u16 = 1 << 11;
/// The first word of some legal-form suffix ("Inc", "Co", "S" of "S.A."), in any case.
pub(crate) const LEGAL_SUFFIX: u16 = 1 << 12;

/// A relative word that turns a connector into a period ("the next", "over the past").
pub(crate) const RELATIVE: u16 = 1 << 13;

/// The words after a connector that start a relative period; `period::relative_at` reads
/// the same list.
pub(crate) const RELATIVE_WORDS: &[&str] =
    &["next", "past", "last", "coming", "previous", "following"];

const DURATION_UNITS: &[&str] = &[
    "year", "years", "yr", "yrs", "month", "months", "quarter", "quarters", "decade", "decades",
    "week", "weeks", "day", "days",
];

const ORDINALS: &[&str] = &["first", "second", "third", "fourth"];
const CONNECTORS: &[&str] = &["the", "over", "within", "in", "during"];

const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "lakh", "lakhs", "lac", "lacs", "crore",
    "crores", "cr", "mn", "mln", "mio", "mil", "mill", "mm", "mns", "bn", "bln", "bil", "bns",
    "tn", "trn", "tln", "k", "thou", "m", "b", "t",
];

/// First words of the currency names in `currency::word_suffix`, minor units, and the
/// lowercase codes accepted after a number. Kept in step with those tables by the test
/// `currency::tests::suffix_words_are_in_the_lexicon`.
pub(crate) const CURRENCY_WORDS: &[&str] = &[
    "us",
    "u",
    "american",
    "canadian",
    "cdn",
    "can",
    "australian",
    "aussie",
    "singapore",
    "taiwan",
    "taiwanese",
    "new",
    "zealand",
    "hong",
    "kong",
    "swiss",
    "french",
    "belgian",
    "japanese",
    "chinese",
    "south",
    "indian",
    "pakistani",
    "mexican",
    "philippine",
    "argentine",
    "argentinian",
    "chilean",
    "colombian",
    "brazilian",
    "turkish",
    "italian",
    "korean",
    "russian",
    "saudi",
    "uae",
    "swedish",
    "norwegian",
    "danish",
    "pounds",
    "pound",
    "deutsche",
    "german",
    "dutch",
    "malaysian",
    "thai",
    "vietnamese",
    "nigerian",
    "israeli",
    "polish",
    "hungarian",
    "czech",
    "indonesian",
    "dollar",
    "dollars",
    "dlrs",
    "dlr",
    "dls",
    "usd",
    "euro",
    "euros",
    "eur",
    "yuan",
    "renminbi",
    "rmb",
    "yen",
    "sterling",
    "stg",
    "gbp",
    "won",
    "rupee",
    "rupees",
    "franc",
    "francs",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "reais",
    "peso",
    "pesos",
    "rand",
    "lira",
    "dirham",
    "dirhams",
    "riyal",
    "riyals",
    "ringgit",
    "baht",
    "dong",
    "rupiah",
    "naira",
    "shekel",
    "shekels",
    "zloty",
    "zlotys",
    "forint",
    "forints",
    "marks",
    "dm",
    "guilders",
    "guilder",
    "pesetas",
    "peseta",
    "lire",
    "markka",
    "markkaa",
    "escudos",
    "escudo",
    "drachmas",
    "drachma",
    "schillings",
    "schilling",
    "punts",
    "punt",
    "ecus",
    "ecu",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "crowns",
    "cents",
    "cent",
    "cts",
    "ct",
    "pence",
    "p",
    "pennies",
    "chf",
    "jpy",
    "cny",
    "sek",
    "nok",
    "dkk",
    "cad",
    "aud",
    "hkd",
    "inr",
];

const PERCENT_UNITS: &[&str] = &[
    "percent",
    "pct",
    "percents",
    "prc",
    "pc",
    "per",
    "percentage",
    "pp",
    "ppt",
    "ppts",
    "pps",
    "basis",
    "bps",
    "bp",
    "bpts",
    "bip",
    "bips",
];

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
const MAX_LEN: usize = 13;

struct Lexicon {
    /// Keyed by the lowercase word packed into an integer (see `key`).
    classes: FxHashMap<u128, u16>,
    /// For each (length, first letter), a bit per last letter that some word has, and a
    /// bit per second letter (all bits when some word's second byte is not a letter):
    /// together they reject almost every word before hashing it.
    shapes: [[u32; 26]; MAX_LEN + 1],
    seconds: [[u32; 26]; MAX_LEN + 1],
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut classes: FxHashMap<u128, u16> = FxHashMap::default();
        let mut shapes = [[0u32; 26]; MAX_LEN + 1];
        let mut seconds = [[0u32; 26]; MAX_LEN + 1];
        let mut add_word = |w: &str, flag: u16| {
            let b = w.as_bytes();
            if !classifiable(b) {
                return;
            }
            *classes.entry(key(b)).or_insert(0) |= flag;
            if let (Some(first), Some(last)) = (b.first(), b.last()) {
                let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
                shapes[b.len()][usize::from(first - b'a')] |= 1 << (last - b'a');
                if let Some(&second) = b.get(1) {
                    seconds[b.len()][usize::from(first - b'a')] |= second_bit(second);
                }
            }
        };
        for w in crate::company::legal_suffix_first_words() {
            add_word(w, LEGAL_SUFFIX);
        }
        let mut add = |words: &[&str], flag: u16| words.iter().for_each(|w| add_word(w, flag));
        add(NUMBER_WORDS, NUMBER_WORD | PERIOD_START);
        add(PERIOD_WORDS, PERIOD_START);
        add(MONTHS, MONTH | PERIOD_START);
        add(WEEKDAYS, WEEKDAY | PERIOD_START);
        add(SCALES, SCALE);
        add(ORDINALS, ORDINAL);
        add(CONNECTORS, CONNECTOR);
        add(CUES, CUE);
        add(DURATION_UNITS, DURATION_UNIT);
        add(CURRENCY_WORDS, CURRENCY_WORD);
        add(PERCENT_UNITS, PERCENT_UNIT);
        add(crate::company::DESCRIPTORS, COMPANY_DESCRIPTOR);
        add(RELATIVE_WORDS, RELATIVE);
        Lexicon {
            classes,
            shapes,
            seconds,
        }
    })
}

/// The classes of an ASCII word, ignoring case; 0 for other words.
pub(crate) fn classify(word: &[u8]) -> u16 {
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return 0;
    };
    if !classifiable(word) {
        return 0;
    }
    let lex = lexicon();
    let f = usize::from(first.to_ascii_lowercase() - b'a');
    let l = last.to_ascii_lowercase() - b'a';
    if lex.shapes[word.len()][f] & (1 << l) == 0 {
        return 0;
    }
    if let Some(&second) = word.get(1) {
        if lex.seconds[word.len()][f] & second_bit(second) == 0 {
            return 0;
        }
    }
    lex.classes.get(&key(word)).copied().unwrap_or(0)
}

/// The prefilter bit of a word's second byte: its letter's bit, or every bit for a byte
/// that is not an ASCII letter (so such words always reach the exact lookup).
fn second_bit(b: u8) -> u32 {
    if b.is_ascii_alphabetic() {
        1 << (b.to_ascii_lowercase() - b'a')
    } else {
        u32::MAX
    }
}

/// Whether the lexicon can hold `word`: at most `MAX_LEN` bytes, starting and ending with
/// an ASCII letter. `classify` gives every other word 0, so a rule may trust a missing
/// class only for these.
pub(crate) fn classifiable(word: &[u8]) -> bool {
    match (word.first(), word.last()) {
        (Some(f), Some(l)) => {
            word.len() <= MAX_LEN && f.is_ascii_alphabetic() && l.is_ascii_alphabetic()
        }
        _ => false,
    }
}

/// Packs an ASCII word of at most `MAX_LEN` bytes, lowercased, into one integer: hashing
/// and comparing it costs a few instructions.
fn key(word: &[u8]) -> u128 {
    word.iter()
        .fold(0u128, |k, b| (k << 8) | u128::from(b.to_ascii_lowercase()))
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
