//! Word classes looked up once per word token, so the extractors' gates test a bit
//! instead of comparing strings.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::token::{self, fold_upper, le_bytes, low_bytes};

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

/// A word that is evidence for how to read an ambiguous currency mark (counted by
/// `money::CueCounts` into a `money::DocCurrency`).
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

/// A corporate head noun that ends a company name without a legal form ("Group",
/// "Holdings"), in any case; see `company::HEAD_NOUNS`. Tokens hold this class as the
/// shape bit `token::HEAD_NOUN` (see `WordClasses`).
pub(crate) const HEAD_NOUN: u16 = 1 << 14;

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
    "tn", "trn", "tln", "k", "thou", "m", "b", "t", "mrd", "mia",
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

/// The longest word a class may hold: as long as a `Key` can be ("Pharmaceuticals" has
/// fifteen letters). The tokenizer keys every ASCII word of up to sixteen letters, so a
/// shorter bound would lose a listed word's class only where the slow path classifies it.
const MAX_LEN: usize = 16;

/// The lexicon: every listed word with its classes, for exact lookups that ignore
/// ASCII case.
pub(crate) struct Lexicon {
    /// Open addressing with linear probing over the packed keys (see `Key`): each slot
    /// holds 0 (empty) or 1 + an index into `words`. The table is at most a quarter full,
    /// so a word that is not in the lexicon usually lands on an empty slot at the first
    /// probe, and with two bytes a slot it stays small enough for the L1 cache.
    slots: Box<[u16; SLOTS]>,
    /// The words' keys and classes, `WORDS` of them, unused ones at the end. A fixed
    /// length whose index is taken modulo a power of two needs no bounds check.
    words: Box<[(Key, WordClasses); WORDS]>,
}

/// A word's lexicon classes as its token holds them: the head-noun class as the shape
/// bit `token::HEAD_NOUN`, the others as classes. `class` stays 0 for the words of no
/// other class: the fact pass rejects every classed word as a metric's first word by one
/// test, and "capital" starts metrics. Split when the lexicon is built, so that the
/// tokenizer only ORs `shape` into the word's case shape.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub(crate) struct WordClasses {
    /// The classes but for `HEAD_NOUN`.
    pub(crate) class: u16,
    /// `token::HEAD_NOUN` for a word of the `HEAD_NOUN` class, else 0.
    pub(crate) shape: u8,
}

impl WordClasses {
    fn of(class: u16) -> WordClasses {
        WordClasses {
            class: class & !HEAD_NOUN,
            shape: if class & HEAD_NOUN != 0 {
                token::HEAD_NOUN
            } else {
                0
            },
        }
    }
}

/// A word of ASCII letters, at most 16, as two little-endian integers (its bytes 0..8 and
/// 8..16), each byte folded by `token::fold_upper`, and 0 past the word.
///
/// The fold maps an ASCII letter to its upper case and no letter to 0, so the first 0
/// marks the length, and an equal key means the same letters, ignoring ASCII case: the
/// lookup is exact without comparing bytes. (Other bytes can fold to a letter, so only
/// letters are keyed; see `Lexicon::classify`.)
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Key {
    head: u64,
    tail: u64,
}

impl Key {
    /// The key of a word given as two little-endian loads of its bytes 0..8 and 8..16,
    /// and masks of the whole low bytes of each load that belong to the word.
    pub(crate) fn from_loads(head: u64, head_mask: u64, tail: u64, tail_mask: u64) -> Key {
        Key {
            head: fold_upper(head) & head_mask,
            tail: fold_upper(tail) & tail_mask,
        }
    }

    /// The key of `word`, if it has at most 16 bytes (which must be ASCII letters for the
    /// key to be exact).
    fn of(word: &[u8]) -> Option<Key> {
        let mut buf = [0u8; 16];
        buf.get_mut(..word.len())?.copy_from_slice(word);
        Some(Key::from_loads(
            le_bytes::<8>(&buf, 0),
            low_bytes(word.len()),
            le_bytes::<8>(&buf, 8),
            low_bytes(word.len().saturating_sub(8)),
        ))
    }

    /// The key's first slot in a table of `SLOTS` slots. Only the first eight bytes are
    /// hashed: they tell apart nearly all words, and the few longer words that share them
    /// take one more probe.
    fn slot(&self) -> usize {
        let mixed = self.head.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The top bits mix every input bit best; shifted down they are below `SLOTS`, so
        // the bounds check of the slot lookup compiles away.
        (mixed >> (u64::BITS - SLOTS.trailing_zeros())) as usize
    }
}

/// The size of the lexicon's slot table: a power of two, at least four times the number
/// of words (the test `the_slot_table_stays_sparse` checks this).
const SLOTS: usize = 4096;

/// The most words the lexicon holds: a quarter of `SLOTS`.
const WORDS: usize = SLOTS / 4;

impl Lexicon {
    /// The lexicon, built on first use.
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut classes: FxHashMap<Vec<u8>, u16> = FxHashMap::default();
        let mut add_word = |w: &str, flag: u16| {
            if classifiable(w.as_bytes()) {
                *classes
                    .entry(w.to_ascii_lowercase().into_bytes())
                    .or_insert(0) |= flag;
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
        add(crate::company::HEAD_NOUNS, HEAD_NOUN);
        add(RELATIVE_WORDS, RELATIVE);
        let mut slots = Box::new([0u16; SLOTS]);
        let mut words = Box::new([(Key::default(), WordClasses::default()); WORDS]);
        // Zipped with `words`, the build stops at a quarter full (the test
        // `the_slot_table_stays_sparse` checks that no word is left out), so every probe
        // ends at an empty slot.
        for ((word, class), (id, entry)) in classes.into_iter().zip((1..).zip(words.iter_mut())) {
            let Some(key) = Key::of(&word) else { continue };
            let mut at = key.slot();
            while slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) % SLOTS;
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = id;
                *entry = (key, WordClasses::of(class));
            }
        }
        Lexicon { slots, words }
    }

    /// The classes of a word's bytes, ignoring ASCII case; none for words that are not
    /// `classifiable`.
    pub(crate) fn classify(&self, word: &[u8]) -> WordClasses {
        // Other bytes than letters can fold to a letter or to 0 (see `Key`).
        if !classifiable(word) {
            return WordClasses::default();
        }
        Key::of(word).map_or(WordClasses::default(), |key| self.classify_key(key))
    }

    /// The classes of the word with this key (see `classify`).
    pub(crate) fn classify_key(&self, key: Key) -> WordClasses {
        let mut at = key.slot();
        // The table is never full, so the probe ends at an empty slot.
        loop {
            let slot = self.slots.get(at).map_or(0, |&s| usize::from(s));
            if slot == 0 {
                return WordClasses::default();
            }
            let Some((known, class)) = self.words.get((slot - 1) % WORDS) else {
                return WordClasses::default();
            };
            if *known == key {
                return *class;
            }
            at = (at + 1) % SLOTS;
        }
    }
}

/// The classes a token of a word's bytes holds, ignoring ASCII case: the lexicon's but
/// for the head-noun class (see `WordClasses`); 0 for words that are not `classifiable`.
/// Word tokens hold only letters, so a word of at most `MAX_LEN` bytes with no non-ASCII
/// byte is classifiable.
#[cfg(test)]
pub(crate) fn classify(word: &[u8]) -> u16 {
    Lexicon::get().classify(word).class
}

/// Whether the lexicon can hold `word`: one to `MAX_LEN` ASCII letters. `classify` gives
/// every other word 0, so a rule may trust a missing class only for these.
pub(crate) fn classifiable(word: &[u8]) -> bool {
    !word.is_empty() && word.len() <= MAX_LEN && word.iter().all(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slot_table_stays_sparse() {
        // The build stops at a quarter full (most probes then take one slot, and every
        // probe ends at an empty one); below that, no word was left out.
        let held = Lexicon::get().slots.iter().filter(|&&s| s != 0).count();
        assert!(held < WORDS, "{held}");
    }

    #[test]
    fn classes() {
        assert_eq!(classify(b"Three") & NUMBER_WORD, NUMBER_WORD);
        assert_eq!(classify(b"FISCAL"), PERIOD_START);
        assert_eq!(classify(b"Sept") & MONTH, MONTH);
        assert_eq!(classify(b"revenue"), 0);
        assert_eq!(classify(b"extraordinarily"), 0);
        let head_noun = |w: &[u8]| Lexicon::get().classify(w).shape;
        assert_eq!(head_noun(b"PHARMACEUTICALS"), token::HEAD_NOUN);
        assert_eq!(head_noun(b"Pharmaceuticalss"), 0);
        assert_eq!(head_noun(b"Pharmaceuticalsss"), 0);
        assert_eq!(head_noun(b"capital"), token::HEAD_NOUN);
        assert_eq!(classify(b"capital"), 0);
    }

    #[test]
    fn no_word_gets_the_classes_of_non_words() {
        // `token::NUMBER` and `token::SIGN` take the bits of a token's class that the
        // lexicon leaves free, so the passes can tell numbers and signs from words by them.
        for (_, classes) in Lexicon::get().words.iter() {
            assert_eq!(classes.class & (token::NUMBER | token::SIGN), 0);
        }
    }

    #[test]
    fn bytes_that_fold_like_letters_are_not_classified() {
        // 0xC5 folds to 'E' and 0x80 to 0: both would read as "the" if keyed.
        assert_eq!(classify(b"the") & PERIOD_START, PERIOD_START);
        assert_eq!(classify(b"th\xC5"), 0);
        assert_eq!(classify(b"the\x80"), 0);
        assert_eq!(classify("theÀ".as_bytes()), 0);
    }

    #[test]
    fn listed_words_are_all_classifiable() {
        let lists: [&[&str]; 15] = [
            CUES,
            RELATIVE_WORDS,
            DURATION_UNITS,
            ORDINALS,
            CONNECTORS,
            SCALES,
            CURRENCY_WORDS,
            PERCENT_UNITS,
            NUMBER_WORDS,
            PERIOD_WORDS,
            MONTHS,
            WEEKDAYS,
            crate::company::DESCRIPTORS,
            crate::company::HEAD_NOUNS,
            &["spółka"],
        ];
        let unheld: Vec<&str> = lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|w| !classifiable(w.as_bytes()))
            .copied()
            .collect();
        // Only the deliberately non-ASCII probe: a listed word the lexicon cannot hold
        // would silently lose its class.
        assert_eq!(unheld, ["spółka"]);
        assert_eq!(classify("Spółka".as_bytes()), 0);
    }

    #[test]
    fn every_listed_word_is_found_in_any_case_and_near_misses_are_not() {
        let lists: [(&[&str], u16); 6] = [
            (NUMBER_WORDS, NUMBER_WORD),
            (PERIOD_WORDS, PERIOD_START),
            (MONTHS, MONTH),
            (SCALES, SCALE),
            (CURRENCY_WORDS, CURRENCY_WORD),
            (PERCENT_UNITS, PERCENT_UNIT),
        ];
        for (words, flag) in lists {
            for w in words {
                for form in [w.to_string(), w.to_ascii_uppercase()] {
                    assert_ne!(classify(form.as_bytes()) & flag, 0, "{form}");
                }
                // One byte changed to its neighbour outside the letters, or one more
                // letter: not the same word.
                let mut bent = w.as_bytes().to_vec();
                if let Some(last) = bent.last_mut() {
                    *last = if *last == b'z' {
                        b'{'
                    } else {
                        *last - 0x20 + 0x40
                    };
                }
                assert_eq!(classify(&bent) & flag, 0, "{bent:?}");
                let longer = format!("{w}q");
                assert_eq!(classify(longer.as_bytes()) & flag, 0, "{longer}");
            }
        }
    }
}
