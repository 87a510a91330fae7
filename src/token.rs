//! One pass over the input that splits it into words, numbers and symbols.
//!
//! Every extractor matches its rules on this token stream instead of rescanning the
//! text: the text is decoded once, whitespace is skipped once, and rules compare short
//! token slices. Tokens split at letter/digit boundaries ("3.2bn" is `3.2` + `bn`, "Q4" is
//! `Q` + `4`), and each token records whether whitespace came before it, so rules can
//! require that parts are glued ("$484M") or allow spaces ("$ 395,000").

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters (any script), e.g. `billion`, `Alibaba`, `Q`.
    Word,
    /// ASCII digits with inner `,` or `.` separators each followed by a digit: `1,234.5`.
    /// A leading `.` before digits (".5") is included.
    Num,
    /// Any other single character: `$`, `%`, `-`, `(`, `’`, `.`.
    Sym(char),
}

/// A token: its kind, byte offsets, and the layout around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub newline_before: bool,
    /// Word classes from the lexicon (`crate::lexicon`), 0 for non-words.
    pub class: u16,
    /// Letter-case shape of a word (`CAPITALIZED`, `LOWER_FIRST`, `ALL_UPPER`, `NAME_START`),
    /// read once here so rules test a bit instead of rereading the text.
    pub shape: u8,
}

/// The word's first letter is upper case ("Alibaba", "NYSE", "Émile").
pub(crate) const CAPITALIZED: u8 = 1;
/// The word's first letter is lower case ("revenue", "eBay").
pub(crate) const LOWER_FIRST: u8 = 1 << 1;
/// Two or more letters, all ASCII upper case ("BABA", "NYSE").
pub(crate) const ALL_UPPER: u8 = 1 << 2;
/// The word can open a name: capitalized, or mixed case with a capital after a
/// lower-case first letter ("eBay", "xAI", "iFlytek").
pub(crate) const NAME_START: u8 = 1 << 3;

impl Token {
    pub fn text<'t>(&self, input: &'t str) -> &'t str {
        // Token offsets are produced by `tokenize` on this same input and always lie on
        // character boundaries; `get` keeps a mismatched input from panicking.
        input.get(self.start..self.end).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_num(&self) -> bool {
        self.kind == TokKind::Num
    }

    pub fn is_sym(&self, c: char) -> bool {
        self.kind == TokKind::Sym(c)
    }

    /// Whether this token directly follows the previous one, with no whitespace.
    pub fn glued(&self) -> bool {
        !self.space_before
    }
}

/// A tokenized text: the tokens and the text they index.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Token>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens {
            text,
            toks: tokenize(text),
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The text of token `i`, or "" past the end.
    pub fn str(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Whether token `i` is a word equal to `w`, ignoring ASCII case.
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && t.text(self.text).eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is a word equal to one of `ws`, ignoring ASCII case.
    pub fn word_in(&self, i: usize, ws: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.is_word() && {
                let s = t.text(self.text);
                ws.iter().any(|w| s.eq_ignore_ascii_case(w))
            }
        })
    }

    /// Whether token `i` is a word with any of the lexicon classes in `flags`.
    pub fn has_class(&self, i: usize, flags: u16) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & flags != 0)
    }

    /// Whether token `i` is a word with any of the shape bits in `flags`.
    pub fn has_shape(&self, i: usize, flags: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.shape & flags != 0)
    }

    pub fn is_sym(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_sym(c))
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_num())
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word())
    }

    /// Whether token `i` exists and has no whitespace before it.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued())
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// Index of the first token starting at or after byte `pos`.
    #[cfg(test)]
    pub fn index_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}

/// Whether `c` is a dash of any kind (hyphen, en dash, em dash, minus sign).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '−')
}

fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News text averages about one token per five bytes.
    let mut toks = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if b == b'\n' || b == b'\r' {
                newline_before = true;
            }
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if b.is_ascii_digit() || (b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i = scan_number(bytes, i);
            kind = TokKind::Num;
        } else if b.is_ascii_alphabetic() {
            i = scan_word(text, i);
            kind = TokKind::Word;
        } else if b < 0x80 {
            i += 1;
            kind = TokKind::Sym(b as char);
        } else {
            // Non-ASCII: decode one char. `i` is always on a char boundary here.
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            if matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E) {
                // General punctuation (curly quotes, dashes, ellipsis), common in news:
                // neither letters nor spaces, so skip the Unicode table lookups.
                i += c.len_utf8();
                kind = TokKind::Sym(c);
            } else if c.is_alphabetic() {
                i = scan_word(text, i);
                kind = TokKind::Word;
            } else if c.is_whitespace() {
                if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                    newline_before = true;
                }
                space_before = true;
                i += c.len_utf8();
                continue;
            } else {
                i += c.len_utf8();
                kind = TokKind::Sym(c);
            }
        }
        let (class, shape) = if kind == TokKind::Word {
            let word = bytes.get(start..i).unwrap_or_default();
            (crate::lexicon::classify(word), word_shape(word))
        } else {
            (0, 0)
        };
        toks.push(Token {
            kind,
            start,
            end: i,
            space_before,
            newline_before,
            class,
            shape,
        });
        space_before = false;
        newline_before = false;
    }
    toks
}

/// Scans digits with inner separators: a `,` or `.` continues the number only when a
/// digit follows it ("1,234.5" is one number; "2025." ends before the period).
fn scan_number(bytes: &[u8], mut i: usize) -> usize {
    if bytes[i] == b'.' {
        i += 1;
    }
    while i < bytes.len() {
        let b = bytes[i];
        let separator =
            (b == b',' || b == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || separator {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let run = ascii_letters(bytes, i);
        i += run;
        if run == 8 {
            continue;
        }
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b < 0x80 {
            break;
        } else {
            let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            // Combining marks stay inside the word they decorate.
            if c.is_alphabetic() || is_combining(c) {
                i += c.len_utf8();
            } else {
                break;
            }
        }
    }
    i
}

/// How many of the (up to) eight bytes at `at` are ASCII letters before the first byte
/// that is not one, tested eight at a time: words average five letters, so most end
/// inside one load. Returns 0 when fewer than eight bytes remain (the caller then goes
/// byte by byte).
fn ascii_letters(bytes: &[u8], at: usize) -> usize {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if bytes.len() < at + 8 {
        return 0;
    }
    let x = le_bytes::<8>(bytes, at);
    // Per byte, with the high bit cleared (so the additions cannot carry into the next
    // byte) and folded to lower case: at least 'a', and not past 'z'.
    let folded = (x | 0x2020_2020_2020_2020) & LOW7;
    let from_a = folded + 0x1F1F_1F1F_1F1F_1F1F; // high bit set when >= 0x61
    let past_z = folded + 0x0505_0505_0505_0505; // high bit set when >= 0x7B
    let letters = from_a & !past_z & !x & HIGH;
    let others = !letters & HIGH;
    (others.trailing_zeros() / 8) as usize
}

/// `N` (at most 8) bytes of `bytes` from `at`, little-endian, as an integer; 0 when they
/// are out of range (callers check lengths first).
pub(crate) fn le_bytes<const N: usize>(bytes: &[u8], at: usize) -> u64 {
    let mut buf = [0u8; 8];
    if let (Some(dst), Some(src)) = (buf.get_mut(..N), bytes.get(at..at + N)) {
        dst.copy_from_slice(src);
    }
    u64::from_le_bytes(buf)
}

/// The case-shape bits of a word token's bytes.
fn word_shape(word: &[u8]) -> u8 {
    let (first, second) = match word {
        [] => return 0,
        [a] => (*a, b' '),
        [a, b, ..] => (*a, *b),
    };
    if first.is_ascii_uppercase() {
        // Only acronyms need the whole word read.
        let all_upper = second.is_ascii_uppercase() && word.iter().all(u8::is_ascii_uppercase);
        CAPITALIZED | NAME_START | if all_upper { ALL_UPPER } else { 0 }
    } else if first.is_ascii_lowercase() {
        LOWER_FIRST
            | if second.is_ascii_uppercase() {
                NAME_START
            } else {
                0
            }
    } else {
        std::str::from_utf8(word).map_or(0, non_ascii_shape)
    }
}

/// The case-shape bits of a word whose first letter is not ASCII.
fn non_ascii_shape(word: &str) -> u8 {
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if first.is_uppercase() {
        CAPITALIZED | NAME_START
    } else {
        let lower = if first.is_lowercase() { LOWER_FIRST } else { 0 };
        // Mixed case ("ébay" would not be, "éBay" is), or a capital after a caseless
        // first letter.
        lower
            | if chars.any(char::is_uppercase) {
                NAME_START
            } else {
                0
            }
    }
}

pub(crate) fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        kinds(text).into_iter().map(|t| t.0).collect()
    }

    fn kinds(text: &str) -> Vec<(String, bool)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text).to_string(), t.space_before))
            .collect()
    }

    #[test]
    fn splits_numbers_scales_and_symbols() {
        let got = kinds("¥380 billion (≈$53B), 1,234.5bn.");
        let texts: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            texts,
            ["¥", "380", "billion", "(", "≈", "$", "53", "B", ")", ",", "1,234.5", "bn", "."]
        );
        assert!(!got[7].1, "B is glued to 53");
        assert!(got[2].1, "billion follows a space");
    }

    #[test]
    fn trailing_separators_end_numbers() {
        assert_eq!(
            texts("in 2025, and .5% or 3."),
            ["in", "2025", ",", "and", ".5", "%", "or", "3", "."]
        );
    }

    #[test]
    fn words_keep_accents_and_split_apostrophes() {
        assert_eq!(texts("Nestlé’s Q4"), ["Nestlé", "’", "s", "Q", "4"]);
    }

    #[test]
    fn eight_byte_letter_runs_match_a_byte_loop() {
        let naive = |b: &[u8], at: usize| {
            if b.len() < at + 8 {
                return 0;
            }
            b[at..at + 8]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count()
        };
        // Every byte value at every position of an eight-byte window, around letters of
        // both cases and the bytes next to the letter ranges ('@', '[', '`', '{').
        for probe in 0..=255u8 {
            for pos in 0..8 {
                let mut b = *b"AbyZazQm";
                b[pos] = probe;
                assert_eq!(ascii_letters(&b, 0), naive(&b, 0), "{b:?}");
            }
        }
        assert_eq!(ascii_letters(b"abc", 0), 0, "short tails go byte by byte");
        assert_eq!(ascii_letters(b"xxabcdefgh", 2), 8);
    }

    #[test]
    fn long_and_accented_words_stay_whole() {
        assert_eq!(
            texts("Extraordinarily Zürich-based Société Générale’s"),
            [
                "Extraordinarily",
                "Zürich",
                "-",
                "based",
                "Société",
                "Générale",
                "’",
                "s"
            ]
        );
    }

    #[test]
    fn newline_flags() {
        let toks = tokenize("a\nb c");
        assert!(toks[1].newline_before);
        assert!(!toks[2].newline_before);
    }
}
