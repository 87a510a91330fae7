//! ISO 4217 currencies and the symbols and words news uses for them.
//!
//! The list of codes comes from the `iso_currency` crate (the maintained ISO 4217
//! table), plus the pre-euro European codes that old wire copy still uses (DEM, FRF,
//! ...). Symbols and words are hand-written tables below.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// An ISO 4217 currency code.
///
/// # Example
///
/// ```
/// use finfacts::Currency;
/// let eur: Currency = "eur".parse()?;
/// assert_eq!(eur.code(), "EUR");
/// assert!("XYZ".parse::<Currency>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(&'static str);

/// Codes of currencies replaced by the euro, which pre-2002 text still names.
const HISTORICAL: &[&str] = &[
    "ATS", "BEF", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "LTL", "LUF",
    "LVL", "MTL", "NLG", "PTE", "SIT", "SKK", "XEU",
];

impl Currency {
    /// US dollar.
    pub const USD: Currency = Currency("USD");
    /// Euro.
    pub const EUR: Currency = Currency("EUR");
    /// Chinese yuan renminbi.
    pub const CNY: Currency = Currency("CNY");
    /// Japanese yen.
    pub const JPY: Currency = Currency("JPY");
    /// Pound sterling.
    pub const GBP: Currency = Currency("GBP");
    /// Indian rupee.
    pub const INR: Currency = Currency("INR");

    /// Looks up an ISO 4217 code (current, or a pre-euro European code), ignoring ASCII
    /// case.
    ///
    /// # Example
    ///
    /// ```
    /// use finfacts::Currency;
    /// assert_eq!(Currency::from_code("jpy"), Some(Currency::JPY));
    /// assert_eq!(Currency::from_code("DEM").unwrap().code(), "DEM");
    /// assert_eq!(Currency::from_code("ABC"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let upper = [
            b[0].to_ascii_uppercase(),
            b[1].to_ascii_uppercase(),
            b[2].to_ascii_uppercase(),
        ];
        let s = std::str::from_utf8(&upper).ok()?;
        if let Some(c) = iso_currency::Currency::from_code(s) {
            return Some(Currency(c.code()));
        }
        HISTORICAL.iter().find(|h| **h == s).map(|h| Currency(h))
    }

    /// The three-letter code.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Currency::GBP.code(), "GBP");
    /// ```
    pub fn code(&self) -> &'static str {
        self.0
    }

    /// A currency from a code known to be valid (`static_codes_are_valid` checks every
    /// code the tables name), taken as it is: the tables are read at every amount, and a
    /// lookup in the ISO list costs hundreds of instructions.
    pub(crate) fn from_static(code: &'static [u8; 3]) -> Currency {
        match std::str::from_utf8(code) {
            Ok(s) => Currency(s),
            Err(_) => Currency("XXX"),
        }
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = Error;

    fn from_str(s: &str) -> Result<Currency, Error> {
        Currency::from_code(s.trim()).ok_or_else(|| Error::unknown_currency(s))
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

fn c(code: &'static [u8; 3]) -> Currency {
    Currency::from_static(code)
}

/// What a currency mark resolves to before document context is considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// One currency.
    Known(Currency),
    /// "dollars" or "cents" alone: US dollars unless the document names another dollar.
    Dollar,
    /// `$` alone: US dollars unless the document declares another dollar ("all
    /// figures in Canadian dollars"); an amount in another dollar says nothing of it.
    DollarSign,
    /// `¥` alone: yuan in text about China, yen otherwise.
    Yen,
    /// "kr": Swedish, Norwegian or Danish krona/krone, from context only.
    Krona,
    /// "francs" alone: Swiss unless the text is about France, Belgium or Luxembourg.
    Franc,
}

/// Symbols written before (or after) the number, longest first where they share a
/// prefix. Matched against the exact text of one or two glued tokens.
pub(crate) fn symbol(s: &str) -> Option<Mark> {
    Some(match s {
        "$" | "＄" => Mark::DollarSign,
        "US$" | "U.S.$" | "USD$" => Mark::Known(Currency::USD),
        "HK$" => Mark::Known(c(b"HKD")),
        "C$" | "CA$" | "Can$" | "CAN$" | "CDN$" | "Cdn$" => Mark::Known(c(b"CAD")),
        "A$" | "AU$" | "AUD$" => Mark::Known(c(b"AUD")),
        "NZ$" => Mark::Known(c(b"NZD")),
        "S$" | "SG$" => Mark::Known(c(b"SGD")),
        "NT$" => Mark::Known(c(b"TWD")),
        "R$" => Mark::Known(c(b"BRL")),
        "MX$" | "Mex$" => Mark::Known(c(b"MXN")),
        "€" => Mark::Known(Currency::EUR),
        "£" => Mark::Known(Currency::GBP),
        "E£" => Mark::Known(c(b"EGP")),
        "¥" | "￥" => Mark::Yen,
        "元" | "RMB¥" => Mark::Known(Currency::CNY),
        "₹" => Mark::Known(Currency::INR),
        "₩" => Mark::Known(c(b"KRW")),
        "₽" => Mark::Known(c(b"RUB")),
        "₺" => Mark::Known(c(b"TRY")),
        "₪" => Mark::Known(c(b"ILS")),
        "₫" => Mark::Known(c(b"VND")),
        "₱" => Mark::Known(c(b"PHP")),
        "฿" => Mark::Known(c(b"THB")),
        "₦" => Mark::Known(c(b"NGN")),
        "₴" => Mark::Known(c(b"UAH")),
        "₡" => Mark::Known(c(b"CRC")),
        "₲" => Mark::Known(c(b"PYG")),
        "₵" => Mark::Known(c(b"GHS")),
        "₸" => Mark::Known(c(b"KZT")),
        "₼" => Mark::Known(c(b"AZN")),
        "₾" => Mark::Known(c(b"GEL")),
        _ => return None,
    })
}

/// Whether `c` alone is a currency symbol ("$", "€", "¥", ...).
///
/// Every symbol token is tested, so this is a char match rather than `symbol`'s string
/// match; the two are kept in step by a test over every char.
pub(crate) fn is_symbol_char(c: char) -> bool {
    matches!(
        c,
        '$' | '＄'
            | '€'
            | '£'
            | '¥'
            | '￥'
            | '元'
            | '₹'
            | '₩'
            | '₽'
            | '₺'
            | '₪'
            | '₫'
            | '₱'
            | '฿'
            | '₦'
            | '₴'
            | '₡'
            | '₲'
            | '₵'
            | '₸'
            | '₼'
            | '₾'
    )
}

/// A letter prefix glued before `$` ("US", "HK", "C", "NT"), as in "HK$3.2 billion".
pub(crate) fn dollar_prefix(letters: &str) -> Option<Mark> {
    prefixed_symbol(letters, '$')
}

/// A letter prefix glued before the symbol `sym`: "HK$", "US$", "E£" (the Egyptian
/// pound, not sterling).
pub(crate) fn prefixed_symbol(letters: &str, sym: char) -> Option<Mark> {
    let n = letters.len();
    if n == 0 || n > 4 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..n].copy_from_slice(letters.as_bytes());
    let len = n + sym.encode_utf8(&mut buf[n..]).len();
    symbol(std::str::from_utf8(&buf[..len]).ok()?)
}

/// Letter prefixes written before a number that are not ISO codes.
pub(crate) fn word_prefix(s: &str) -> Option<Mark> {
    Some(match s {
        "Rs" | "Rs." | "INR" => Mark::Known(Currency::INR),
        // South African papers: "R1.2bn", "R500 million" (see `needs_scale`).
        "R" => Mark::Known(c(b"ZAR")),
        "RMB" | "Rmb" => Mark::Known(Currency::CNY),
        "Dkr" | "DKr" | "Dkk" => Mark::Known(c(b"DKK")),
        "SKr" | "Skr" => Mark::Known(c(b"SEK")),
        "NKr" | "Nkr" => Mark::Known(c(b"NOK")),
        "kr" | "Kr" => Mark::Krona,
        "Sfr" | "SFr" | "SFR" | "Fr" => Mark::Known(c(b"CHF")),
        "Ps" => Mark::Known(c(b"MXN")),
        "Rp" => Mark::Known(c(b"IDR")),
        "RM" => Mark::Known(c(b"MYR")),
        // Gulf papers: "Dh2.1 billion", "Dhs500 million".
        "Dh" | "Dhs" => Mark::Known(c(b"AED")),
        "SR" => Mark::Known(c(b"SAR")),
        "QR" => Mark::Known(c(b"QAR")),
        "KD" => Mark::Known(c(b"KWD")),
        // East African and Bangladeshi papers: "KSh42bn", "Tk 500 crore".
        "KSh" | "Ksh" => Mark::Known(c(b"KES")),
        "Tk" => Mark::Known(c(b"BDT")),
        // Thai papers: "Bt25bn".
        "Bt" => Mark::Known(c(b"THB")),
        "TL" => Mark::Known(c(b"TRY")),
        "zł" => Mark::Known(c(b"PLN")),
        "Kč" => Mark::Known(c(b"CZK")),
        "Ft" => Mark::Known(c(b"HUF")),
        "lei" => Mark::Known(c(b"RON")),
        _ => return None,
    })
}

/// Word prefixes of `word_prefix` that are also model, route and strain names ("SR 71",
/// "Bt 11", "R2", "R&D"): money only before a scale word. The lone "R" must be glued to
/// its number as well ("R1.2bn").
pub(crate) fn needs_scale(prefix: &str) -> bool {
    matches!(prefix, "R" | "SR" | "QR" | "KD" | "Tk" | "Bt")
}

/// Three-letter codes that read as English words or abbreviations too often to be
/// taken as a currency code without a number glued to them or an all-caps context.
pub(crate) fn is_risky_code(code: &str) -> bool {
    matches!(
        code,
        "ALL"
            | "TOP"
            | "CUP"
            | "MOP"
            | "BOB"
            | "GEL"
            | "PEN"
            | "TRY"
            | "MAD"
            | "SOS"
            | "LAK"
            | "AED"
            | "BAM"
            | "BIF"
            | "DOP"
            | "ERN"
            | "FOK"
            | "KES"
            | "MRU"
            | "NAD"
            | "SAR"
            | "SHP"
            | "TND"
            | "VES"
            | "YER"
            | "ZAR"
            | "ANG"
            | "AMD"
            | "BND"
            | "CVE"
            | "GYD"
    )
}

/// A currency named by words after the number ("billion yuan", "Swiss francs").
/// `w1` is the first word, `w2` the following word if any (lowercased by the caller).
/// Returns the currency and how many words it took.
pub(crate) fn word_suffix(w1: &str, w2: &str) -> Option<(Mark, usize)> {
    // Adjective + noun: "US dollars", "Swiss francs", "Hong Kong dollars".
    let two = |code: &'static [u8; 3]| Some((Mark::Known(c(code)), 2));
    match (w1, w2) {
        ("us" | "u.s." | "american", "dollar" | "dollars" | "dlrs" | "dlr") => return two(b"USD"),
        ("canadian" | "cdn" | "can", "dollar" | "dollars" | "dlrs" | "dlr") => return two(b"CAD"),
        ("australian" | "aussie", "dollar" | "dollars" | "dlrs" | "dlr") => return two(b"AUD"),
        ("singapore", "dollar" | "dollars" | "dlrs") => return two(b"SGD"),
        ("taiwan" | "taiwanese", "dollar" | "dollars" | "dlrs") => return two(b"TWD"),
        ("zealand", "dollar" | "dollars" | "dlrs") => return two(b"NZD"),
        ("kong", "dollar" | "dollars" | "dlrs") => return two(b"HKD"),
        ("swiss", "franc" | "francs") => return two(b"CHF"),
        ("french", "franc" | "francs") => return two(b"FRF"),
        ("belgian", "franc" | "francs") => return two(b"BEF"),
        ("japanese", "yen") => return two(b"JPY"),
        ("chinese", "yuan" | "renminbi") => return two(b"CNY"),
        ("south", "african") => {}
        ("indian", "rupee" | "rupees") => return two(b"INR"),
        ("pakistani", "rupee" | "rupees") => return two(b"PKR"),
        ("mexican", "peso" | "pesos") => return two(b"MXN"),
        ("philippine", "peso" | "pesos") => return two(b"PHP"),
        ("argentine" | "argentinian", "peso" | "pesos") => return two(b"ARS"),
        ("chilean", "peso" | "pesos") => return two(b"CLP"),
        ("colombian", "peso" | "pesos") => return two(b"COP"),
        ("brazilian", "real" | "reais" | "reals") => return two(b"BRL"),
        ("turkish", "lira" | "liras") => return two(b"TRY"),
        ("italian", "lira" | "lire") => return two(b"ITL"),
        ("south" | "korean", "won") => return two(b"KRW"),
        ("russian", "rouble" | "roubles" | "ruble" | "rubles") => return two(b"RUB"),
        ("saudi", "riyal" | "riyals") => return two(b"SAR"),
        ("uae", "dirham" | "dirhams") => return two(b"AED"),
        ("swedish", "crown" | "crowns" | "krona" | "kronor") => return two(b"SEK"),
        ("norwegian", "crown" | "crowns" | "krone" | "kroner") => return two(b"NOK"),
        ("danish", "crown" | "crowns" | "krone" | "kroner") => return two(b"DKK"),
        ("pounds" | "pound", "sterling") => return two(b"GBP"),
        ("deutsche" | "german", "marks" | "mark") => return two(b"DEM"),
        ("dutch", "guilders" | "guilder") => return two(b"NLG"),
        ("malaysian", "ringgit") => return two(b"MYR"),
        ("thai", "baht") => return two(b"THB"),
        ("vietnamese", "dong") => return two(b"VND"),
        ("nigerian", "naira") => return two(b"NGN"),
        ("israeli", "shekel" | "shekels") => return two(b"ILS"),
        ("polish", "zloty" | "zlotys") => return two(b"PLN"),
        ("hungarian", "forint" | "forints") => return two(b"HUF"),
        ("czech", "crown" | "crowns" | "koruna") => return two(b"CZK"),
        ("indonesian", "rupiah") => return two(b"IDR"),
        _ => {}
    }
    let one = |code: &'static [u8; 3]| Some((Mark::Known(c(code)), 1));
    match w1 {
        "dollar" | "dollars" | "dlrs" | "dlr" | "dls" | "usd" => Some((Mark::Dollar, 1)),
        "euro" | "euros" | "eur" => one(b"EUR"),
        "yuan" | "renminbi" | "rmb" => one(b"CNY"),
        "yen" => one(b"JPY"),
        "pound" | "pounds" | "sterling" | "stg" | "gbp" => one(b"GBP"),
        "won" => one(b"KRW"),
        "rupee" | "rupees" => one(b"INR"),
        "franc" | "francs" => Some((Mark::Franc, 1)),
        "rouble" | "roubles" | "ruble" | "rubles" => one(b"RUB"),
        "real" | "reais" => one(b"BRL"),
        "peso" | "pesos" => one(b"MXN"),
        "rand" => one(b"ZAR"),
        "lira" => one(b"TRY"),
        "dirham" | "dirhams" => one(b"AED"),
        "riyal" | "riyals" => one(b"SAR"),
        "ringgit" => one(b"MYR"),
        "baht" => one(b"THB"),
        "dong" => one(b"VND"),
        "rupiah" => one(b"IDR"),
        "naira" => one(b"NGN"),
        "shekel" | "shekels" => one(b"ILS"),
        "zloty" | "zlotys" => one(b"PLN"),
        "forint" | "forints" => one(b"HUF"),
        "marks" | "dm" => one(b"DEM"),
        "guilders" | "guilder" => one(b"NLG"),
        "pesetas" | "peseta" => one(b"ESP"),
        "lire" => one(b"ITL"),
        "markka" | "markkaa" => one(b"FIM"),
        "escudos" | "escudo" => one(b"PTE"),
        "drachmas" | "drachma" => one(b"GRD"),
        "schillings" | "schilling" => one(b"ATS"),
        "punts" | "punt" => one(b"IEP"),
        "ecus" | "ecu" => one(b"XEU"),
        "krona" | "kronor" => one(b"SEK"),
        "krone" | "kroner" | "crowns" => Some((Mark::Krona, 1)),
        "bitcoin" | "btc" => None,
        _ => None,
    }
}

/// Minor-unit words after the number: "25 cents", "397p", "50 pence".
pub(crate) fn minor_unit(w: &str) -> Option<Mark> {
    match w {
        // "50c" (glued: see `money::suffix_at`) in Australian, New Zealand and South
        // African copy.
        "cents" | "cent" | "cts" | "ct" | "c" => Some(Mark::Dollar),
        "pence" | "p" | "pennies" => Some(Mark::Known(Currency::GBP)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_symbol_char_match_agrees_with_the_symbol_table() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            assert_eq!(
                is_symbol_char(c),
                symbol(c.encode_utf8(&mut buf)).is_some(),
                "{c:?}"
            );
        }
        assert!(is_symbol_char('€') && !is_symbol_char('’'));
    }

    #[test]
    fn static_codes_are_valid() {
        // Every code the tables below and the money rules name must be a known code,
        // as written: `from_static` takes them without a lookup.
        for text in [include_str!("currency.rs"), include_str!("money.rs")] {
            for chunk in text.split("b\"").skip(1) {
                let code = chunk.get(..3).unwrap_or("");
                if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
                    let known = Currency::from_code(code);
                    assert_eq!(known.map(|c| c.code()), Some(code), "{code}");
                }
            }
        }
    }

    #[test]
    fn codes_cover_iso_list_and_history() {
        for code in [
            "USD", "EUR", "CNY", "JPY", "KRW", "ZAR", "XOF", "DEM", "NLG",
        ] {
            assert!(Currency::from_code(code).is_some(), "{code}");
        }
        assert!(
            Currency::from_code("RMB").is_none(),
            "RMB is not an ISO code"
        );
        assert!(Currency::from_code("US").is_none());
        assert!(Currency::from_code("€€€").is_none());
    }

    #[test]
    fn suffix_words_are_in_the_lexicon() {
        // Every first word `word_suffix` and `minor_unit` accept must pass the lexicon
        // gate, or the money extractor would never look at it.
        let words = crate::lexicon::CURRENCY_WORDS;
        let probes = [
            "dollars", "euros", "yuan", "yen", "stg", "sterling", "won", "rupees", "francs",
            "roubles", "reais", "pesos", "rand", "lira", "dirhams", "riyals", "ringgit", "baht",
            "dong", "marks", "guilders", "pesetas", "lire", "kronor", "kroner", "crowns", "cents",
            "cts", "c", "pence", "p", "swiss", "canadian", "hong", "new", "south", "us", "u",
        ];
        for p in probes {
            assert!(words.contains(&p), "{p}");
            let in_tables = word_suffix(p, "dollars").is_some()
                || word_suffix(p, "francs").is_some()
                || word_suffix(p, "kong").is_some()
                || word_suffix(p, "zealand").is_some()
                || word_suffix(p, "african").is_some()
                || minor_unit(p).is_some()
                || matches!(p, "hong" | "new" | "south" | "u");
            assert!(in_tables, "{p} is in the lexicon but no table reads it");
        }
    }

    #[test]
    fn parse_error_message() {
        let err = "dollars".parse::<Currency>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown currency \"dollars\": expected an ISO 4217 code"
        );
    }

    #[test]
    fn serde_round_trip() {
        let c: Currency = serde_json::from_str("\"HKD\"").unwrap();
        assert_eq!(c.code(), "HKD");
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"HKD\"");
        assert!(serde_json::from_str::<Currency>("\"XYZ\"").is_err());
    }
}
