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
/// The first word of a listed company name that starts lower case with a capital inside
/// ("easyJet"); like `HEAD_NOUN`, held in the token's shape, as `token::NAME_START`.
pub(crate) const MIXED_CASE_NAME: u16 = 1 << 15;

/// The words after a connector that start a relative period; `period::relative_at` reads
/// the same list.
pub(crate) const RELATIVE_WORDS: &[&str] = &[
    "next",
    "past",
    "last",
    "coming",
    "previous",
    "following",
    "trailing",
    "latest",
    "most",
    "just",
];

const DURATION_UNITS: &[&str] = &[
    "year", "years", "yr", "yrs", "month", "months", "mth", "mths", "quarter", "quarters",
    "decade", "decades", "week", "weeks", "day", "days",
];

const ORDINALS: &[&str] = &["first", "second", "third", "fourth"];
const CONNECTORS: &[&str] = &["the", "over", "within", "in", "during"];

const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "lakh", "lakhs", "lac", "lacs", "crore",
    "crores", "cr", "mn", "mln", "mio", "mil", "mill", "mm", "mns", "bn", "bln", "bil", "bns",
    "tn", "trn", "tln", "trln", "k", "thou", "m", "b", "t", "mrd", "mia",
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
    "c",
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
    // Only after a fraction word: "a quarter-point cut", "a half point" (see
    // `percent::fraction_of_a_point`).
    "point",
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
    "financial",
    "year",
    "years",
    "yr",
    "ytd",
    "ttm",
    "ltm",
    "trailing",
    "quarter",
    "month",
    "period",
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
    "cy",
    "full",
    "back",
    "front",
    "preceding",
    "latest",
    "most",
    "just",
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
/// fifteen letters). The tokenizer keys every ASCII word of up to fifteen letters, so a
/// shorter bound would lose a listed word's class only where the slow path classifies it.
const MAX_LEN: usize = 16;

/// The lexicon: every listed word with its classes, for exact lookups that ignore
/// ASCII case.
///
/// A perfect hash: each listed key has a slot of its own, which a lookup computes
/// without a probe loop (see `slot`), so that looking up a word costs no branch on
/// whether it is listed, which news text decides at random.
pub(crate) struct Lexicon {
    /// The hash's parameters, chosen when the lexicon is built.
    hash: SlotHash,
    /// Per bucket of keys (the top bits of their hash), the number that moves them to
    /// their slots (see `slot`).
    pilots: [u16; BUCKETS],
    /// The first eight bytes of the listed words' keys at their slots (see `Key`), with
    /// `LONG` set for a word of more than eight letters; 0 in a free slot. Kept apart
    /// from the rest, so that a word is told from the listed ones by eight bytes a slot:
    /// the tables a lookup reads stay small in the cache.
    ///
    /// The tables are held in the lexicon rather than boxed, so that a lookup reaches
    /// them at fixed addresses instead of loading their pointers first.
    heads: [u64; SLOTS],
    /// The listed words' classes at their slots, and where the rest of their keys is.
    listed: [Listed; SLOTS],
    /// The bytes 8..16 of the keys of the listed words of more than eight letters,
    /// from index 1 (`Listed::tail`); index 0 holds the 0 of the shorter ones. A few
    /// dozen words: apart from the slots, they stay in the cache.
    tails: [u64; TAILS],
}

/// A listed word's classes as `Lexicon::listed` holds them: its `WordClasses`, and the
/// index of the rest of its key in `Lexicon::tails` (0 for a word of at most eight
/// letters).
#[derive(Clone, Copy, Default)]
struct Listed {
    class: u16,
    shape: u8,
    tail: u8,
}

/// The size of `Lexicon::tails`: one more than the most listed words of more than eight
/// letters the lexicon can hold (the test `the_words_are_placed_at_an_early_seed`
/// checks that the lists stay below).
const TAILS: usize = 128;

/// The bit of `Lexicon::heads` that marks a word of more than eight letters: the high
/// bit of the last byte, which no letter of a key has.
const LONG: u64 = 1 << 63;

/// The parameters of the lexicon's hash.
#[derive(Clone, Copy)]
struct SlotHash {
    /// An odd multiplier.
    multiplier: u64,
    /// How far the bytes 8..16 of a key are rotated before they are mixed into the
    /// first eight, so that keys that differ only there hash apart.
    rotation: u32,
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
        let head_noun = if class & HEAD_NOUN != 0 {
            token::HEAD_NOUN
        } else {
            0
        };
        let name_start = if class & MIXED_CASE_NAME != 0 {
            token::NAME_START
        } else {
            0
        };
        WordClasses {
            class: class & !(HEAD_NOUN | MIXED_CASE_NAME),
            shape: head_noun | name_start,
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

    /// The key's hash: the two halves mixed, then multiplied.
    fn hash(&self, params: SlotHash) -> u64 {
        (self.head ^ self.tail.rotate_left(params.rotation)).wrapping_mul(params.multiplier)
    }
}

/// The bucket of a hash: its top bits, which mix every input bit best; shifted down
/// they are below `BUCKETS`, so the bounds check of the pilot lookup compiles away.
fn bucket(hash: u64) -> usize {
    (hash >> (u64::BITS - BUCKETS.trailing_zeros())) as usize
}

/// The slot of a hash in its bucket's pilot: the pilot XORed into bits 32.. of the
/// hash, modulo `SLOTS`.
fn slot(hash: u64, pilot: u16) -> usize {
    ((hash >> 32) as usize ^ usize::from(pilot)) % SLOTS
}

/// The size of the lexicon's slot table: a power of two, about twice the number of
/// words (the test `the_slot_table_stays_sparse` checks this).
const SLOTS: usize = 1024;

/// The number of buckets the keys are split into, each with its own pilot.
const BUCKETS: usize = 128;

impl Lexicon {
    /// The lexicon, built on first use.
    pub(crate) fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        Lexicon::place_all(&listed_keys()).map_or_else(Lexicon::empty, |(lexicon, _)| lexicon)
    }

    /// The lexicon with `keyed` placed by the parameters of the first seed that places
    /// them all, and that seed. About one seed in three does; none in `SEEDS` would leave
    /// the lexicon empty, which the test `the_words_are_placed_at_an_early_seed` rules out
    /// for the listed words.
    fn place_all(keyed: &[(Key, WordClasses)]) -> Option<(Lexicon, u64)> {
        const SEEDS: u64 = 1 << 12;
        (0..SEEDS).find_map(|seed| Some((Lexicon::place(keyed, SlotHash::of_seed(seed))?, seed)))
    }

    /// The lexicon with `keyed` placed by `hash`, if every bucket finds a pilot that
    /// moves its keys to free slots of their own.
    fn place(keyed: &[(Key, WordClasses)], hash: SlotHash) -> Option<Lexicon> {
        let mut buckets: Vec<Vec<(u64, Key, WordClasses)>> = vec![Vec::new(); BUCKETS];
        for &(key, classes) in keyed {
            let h = key.hash(hash);
            buckets.get_mut(bucket(h))?.push((h, key, classes));
        }
        let mut order: Vec<usize> = (0..BUCKETS).collect();
        // The fullest buckets first, while most slots are free.
        order.sort_by_key(|&b| std::cmp::Reverse(buckets.get(b).map_or(0, Vec::len)));
        let mut lexicon = Lexicon::empty();
        lexicon.hash = hash;
        let mut taken = Vec::new();
        for b in order {
            let members = buckets.get(b)?;
            let pilot = (0..SLOTS as u16).find(|&pilot| {
                taken.clear();
                taken.extend(members.iter().map(|&(h, _, _)| slot(h, pilot)));
                taken.sort_unstable();
                taken.dedup();
                taken.len() == members.len() && taken.iter().all(|&at| lexicon.is_free(at))
            })?;
            for &(h, key, classes) in members {
                lexicon.hold(slot(h, pilot), key, classes)?;
            }
            *lexicon.pilots.get_mut(b)? = pilot;
        }
        Some(lexicon)
    }

    /// Whether slot `at` holds no word.
    fn is_free(&self, at: usize) -> bool {
        self.heads.get(at) == Some(&0)
    }

    /// Puts the word of `key` and `classes` at slot `at`, and the rest of a long key at
    /// the next free index of `tails`; `None` when `tails` is full.
    fn hold(&mut self, at: usize, key: Key, classes: WordClasses) -> Option<()> {
        let tail = if key.tail == 0 {
            0
        } else {
            let free = self.tails.iter().skip(1).position(|&t| t == 0)? + 1;
            *self.tails.get_mut(free)? = key.tail;
            u8::try_from(free).ok()?
        };
        let long = if key.tail != 0 { LONG } else { 0 };
        *self.heads.get_mut(at)? = key.head | long;
        *self.listed.get_mut(at)? = Listed {
            class: classes.class,
            shape: classes.shape,
            tail,
        };
        Some(())
    }

    /// A lexicon that holds no word.
    fn empty() -> Lexicon {
        Lexicon {
            hash: SlotHash::of_seed(0),
            pilots: [0; BUCKETS],
            heads: [0; SLOTS],
            listed: [Listed::default(); SLOTS],
            tails: [0; TAILS],
        }
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
    #[inline(always)]
    pub(crate) fn classify_key(&self, key: Key) -> WordClasses {
        let h = key.hash(self.hash);
        let pilot = self.pilots.get(bucket(h)).copied().unwrap_or(0);
        let at = slot(h, pilot);
        let head = self.heads.get(at).copied().unwrap_or(0);
        let entry = self.listed.get(at).copied().unwrap_or_default();
        // Only a key of more than eight letters compares the rest of a listed one, through
        // a mask rather than a branch: the tokenizer's words of one load know their tail
        // is 0, so the mask is 0 and they read no more.
        let long = u64::from(key.tail != 0);
        let tail = self
            .tails
            .get(usize::from(entry.tail) % TAILS)
            .copied()
            .unwrap_or(0)
            & long.wrapping_neg();
        let listed = (head == key.head | (long * LONG)) & (tail == key.tail);
        // A select rather than a branch: whether a word is listed is a coin toss.
        if listed {
            WordClasses {
                class: entry.class,
                shape: entry.shape,
            }
        } else {
            WordClasses::default()
        }
    }
}

impl SlotHash {
    /// The parameters tried at `seed`: a multiplier from the SplitMix64 sequence, and
    /// every rotation in turn.
    fn of_seed(seed: u64) -> SlotHash {
        let mut z = seed.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        SlotHash {
            multiplier: (z ^ (z >> 31)) | 1,
            rotation: (seed % 64) as u32,
        }
    }
}

/// The key and classes of every classifiable word of the lists, each word once with
/// the classes of all the lists that hold it.
fn listed_keys() -> Vec<(Key, WordClasses)> {
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
    crate::company::mixed_case_first_words().for_each(|w| add_word(w, MIXED_CASE_NAME));
    classes
        .into_iter()
        .filter_map(|(word, class)| Some((Key::of(&word)?, WordClasses::of(class))))
        .collect()
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
    fn the_words_are_placed_at_an_early_seed() {
        // Every classifiable listed word holds a slot, and the table has room to spare
        // (at about half full, one seed in three places every word).
        let keyed = listed_keys();
        let lexicon = Lexicon::get();
        let held = (0..SLOTS).filter(|&at| !lexicon.is_free(at)).count();
        assert_eq!(held, keyed.len());
        assert!(held <= SLOTS * 2 / 3, "{held}");
        let long = keyed.iter().filter(|(key, _)| key.tail != 0).count();
        assert!(long < TAILS * 3 / 4, "{long}");
        let (_, seed) = Lexicon::place_all(&keyed).unwrap_or_else(|| panic!("no seed"));
        assert!(seed < 16, "{seed}");
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
        for classes in Lexicon::get().listed.iter() {
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
