//! One pass over the input that splits it into words, numbers and symbols.
//!
//! Every extractor matches its rules on this token stream instead of rescanning the
//! text: the text is decoded once, whitespace is skipped once, and rules compare short
//! token slices. Tokens split at letter/digit boundaries ("3.2bn" is `3.2` + `bn`, "Q4" is
//! `Q` + `4`), and each token records whether whitespace came before it, so rules can
//! require that parts are glued ("$484M") or allow spaces ("$ 395,000").

use crate::lexicon::{Key, Lexicon};

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
    /// Word classes from the lexicon (`crate::lexicon`), but for `lexicon::HEAD_NOUN`
    /// (see `HEAD_NOUN`); for non-words, `NUMBER` or `SIGN` or 0.
    pub class: u16,
    /// Letter-case shape of a word (`CAPITALIZED`, `LOWER_FIRST`, `ALL_UPPER`, `NAME_START`),
    /// read once here so rules test a bit instead of rereading the text, and `HEAD_NOUN`.
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
/// Not a case shape: the word is a corporate head noun, in any case (the lexicon's
/// `HEAD_NOUN` class, held here rather than in `class`: see `lexicon::WordClasses`).
pub(crate) const HEAD_NOUN: u8 = 1 << 4;

/// `Token::class` of a number token. The passes' scans for numbers and signs test this
/// and the lexicon's bits in one field instead of the kind too. It and `SIGN` take the
/// bits the lexicon leaves free in a token's class (`lexicon::HEAD_NOUN` is held in
/// `shape`; a lexicon test checks that no word gets them), and only non-words get them: a
/// word's class stays the lexicon's, which the fact pass reads as "no metric start".
pub(crate) const NUMBER: u16 = 1 << 15;
/// `Token::class` of a dollar or percent sign (see `symbol_class`).
pub(crate) const SIGN: u16 = 1 << 14;

/// The most tokens whose per-token buffers (flags and slots, a few bytes each) the
/// company and fact passes keep on a thread between documents (texts of about 160 KB);
/// the buffers of a longer text are dropped after it.
pub(crate) const MAX_KEPT_FLAGS: usize = 1 << 15;

/// The `Token::class` of a symbol token: `SIGN` for "$" and the percent signs, else 0.
fn symbol_class(c: char) -> u16 {
    if matches!(c, '$' | '%' | '％' | '٪') {
        SIGN
    } else {
        0
    }
}

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

    /// Whether a space, and no line break, separates this token from the previous one:
    /// the next word of the same line ("Telstra Group", not "Telstra" ending a headline).
    pub fn spaced_in_line(&self) -> bool {
        self.space_before && !self.newline_before
    }
}

/// A tokenized text: the tokens and the text they index.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Token>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens::with_buffer(text, Vec::new())
    }

    /// Tokenizes `text` into `buffer`, whose tokens are dropped and whose allocation is
    /// kept: a caller that tokenizes one document after another lends each the vector of
    /// the last (see `into_buffer`) instead of allocating and regrowing a new one.
    pub fn with_buffer(text: &'t str, mut buffer: Vec<Token>) -> Tokens<'t> {
        tokenize_into(text, &mut buffer);
        Tokens { text, toks: buffer }
    }

    /// The token vector, for `with_buffer` to reuse.
    pub fn into_buffer(self) -> Vec<Token> {
        self.toks
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// The index of the first token from `from` on that `pred` accepts (see
    /// `position4`).
    #[inline(always)]
    pub fn position_from(&self, from: usize, pred: impl Fn(&Token) -> bool) -> Option<usize> {
        let at = position4(self.toks.get(from..)?, pred)?;
        Some(from + at)
    }

    /// The text of token `i`, or "" past the end.
    pub fn str(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Whether token `i` is a word equal to `w`, ignoring ASCII case.
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i)
            .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// The token after a list's joiner at `k` ("," or "and" or "or", or a comma and
    /// one of those words), if one is there: "$1.2 and $1.5 billion", "12, 14 and 15
    /// percent".
    pub fn after_list_joiner(&self, k: usize) -> Option<usize> {
        let mut j = k + usize::from(self.is_sym(k, ','));
        j += usize::from(self.word_in(j, &["and", "or"]));
        (j > k).then_some(j)
    }

    /// Whether token `i` is a word equal to one of `ws`, ignoring ASCII case.
    pub fn word_in(&self, i: usize, ws: &[&str]) -> bool {
        self.word_bytes(i)
            .is_some_and(|s| ws.iter().any(|w| s.eq_ignore_ascii_case(w.as_bytes())))
    }

    /// The bytes of token `i` if it is a word. ASCII case is compared on bytes as on the
    /// `str`, so the word lookups skip the character-boundary checks of slicing one.
    fn word_bytes(&self, i: usize) -> Option<&'t [u8]> {
        let t = self.toks.get(i).filter(|t| t.is_word())?;
        // As `Token::text`: "" for a token that does not lie in the text.
        Some(self.text.as_bytes().get(t.start..t.end).unwrap_or_default())
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

    /// Whether token `i` is the "s" of a possessive, glued to an apostrophe before it
    /// ("Alibaba's", "2026’s").
    pub fn is_possessive_s(&self, i: usize) -> bool {
        i > 0
            && self.word_is(i, "s")
            && self.glued(i)
            && matches!(
                self.get(i - 1).map(|x| x.kind),
                Some(TokKind::Sym('\'' | '’'))
            )
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

/// The index of the first token that `pred` accepts.
///
/// The passes skip most tokens of a text this way; testing four tokens a step keeps
/// the loop overhead off each token, and returning from the test that hits leaves no
/// test to repeat. Inlined so that the call costs nothing at the many stops of a dense
/// text.
#[inline(always)]
pub(crate) fn position4(toks: &[Token], pred: impl Fn(&Token) -> bool) -> Option<usize> {
    let mut chunks = toks.chunks_exact(4);
    let mut at = 0;
    for four in chunks.by_ref() {
        if let [a, b, c, d] = four {
            if pred(a) {
                return Some(at);
            }
            if pred(b) {
                return Some(at + 1);
            }
            if pred(c) {
                return Some(at + 2);
            }
            if pred(d) {
                return Some(at + 3);
            }
        }
        at += 4;
    }
    chunks.remainder().iter().position(pred).map(|p| at + p)
}

/// Whether a token of `kind` ends a sentence: a full stop, "!", "?" or an ellipsis.
pub(crate) fn is_sentence_end(kind: TokKind) -> bool {
    matches!(kind, TokKind::Sym('.' | '!' | '?' | '…'))
}

/// Whether `c` is a dash of any kind (hyphen, en dash, em dash, minus sign).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '−')
}

/// What the tokenizer's main loop does with a byte, read from `BYTE_CLASS` in one lookup.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// ASCII whitespace that is not a line break.
    Space,
    /// `\n` or `\r`.
    LineBreak,
    /// An ASCII letter: starts a word.
    Letter,
    /// An ASCII digit: starts a number.
    Digit,
    /// `.`: starts a number when a digit follows (".5"), else a symbol.
    Dot,
    /// `$` or `%`: a one-byte symbol of class `SIGN` (see `symbol_class`).
    Sign,
    /// Any other ASCII byte: a one-byte symbol of class 0.
    Symbol,
    /// The first or a later byte of a non-ASCII character.
    NonAscii,
}

/// The `ByteClass` of every byte value.
const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::NonAscii; 256];
    let mut b = 0;
    while b < 0x80 {
        let byte = b as u8;
        table[b] = match byte {
            b'\n' | b'\r' => ByteClass::LineBreak,
            // The set of `u8::is_ascii_whitespace`.
            b' ' | b'\t' | b'\x0C' => ByteClass::Space,
            b'.' => ByteClass::Dot,
            b'$' | b'%' => ByteClass::Sign,
            _ if byte.is_ascii_alphabetic() => ByteClass::Letter,
            _ if byte.is_ascii_digit() => ByteClass::Digit,
            _ => ByteClass::Symbol,
        };
        b += 1;
    }
    table
};

/// Whether a byte is an ASCII letter, the first byte of most tokens: one load and test
/// in the main loop. A test of `BYTE_CLASS` itself would be folded by the compiler into
/// the jump table of the `match` on it, which costs a word more.
static IS_LETTER: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(BYTE_CLASS[b], ByteClass::Letter);
        b += 1;
    }
    table
};

/// The tokens of `text`, into `toks` (emptied first).
///
/// Kept out of line: inlined into `Tokens::with_buffer`, the loop was compiled with more
/// spills and checks (about four instructions more per token).
#[inline(never)]
fn tokenize_into(text: &str, toks: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let lexicon = Lexicon::get();
    toks.clear();
    toks.reserve(token_capacity(bytes.len()));
    let mut i = 0;
    let mut space_before = true;
    // The index the token after the last line break has or will have. Its flag is set
    // when the next line break or the end is reached, so that the loop carries no
    // newline flag from token to token: most tokens follow no line break.
    let mut after_line_break = None;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        // Most tokens are words: a test for them comes before the jump on the byte class.
        let (kind, class, shape) = if IS_LETTER[usize::from(b)] {
            let scanned = LoadedWord::read(bytes, start, |word| {
                let classes = lexicon.classify_key(word.key());
                (
                    word.len,
                    word.next,
                    classes.class,
                    word.shape() | classes.shape,
                )
            });
            if let Some((len, next, class, shape)) = scanned {
                toks.push(Token {
                    kind: TokKind::Word,
                    start,
                    end: start + len,
                    space_before,
                    newline_before: false,
                    class,
                    shape,
                });
                // The byte after the word is in the loads already: a single space after
                // it is taken here, as below for other tokens.
                space_before = next == b' ';
                i = start + len + usize::from(space_before);
                continue;
            }
            let word = scan_any_word(text, i, lexicon);
            i = word.end;
            (TokKind::Word, word.class, word.shape)
        } else {
            match BYTE_CLASS[usize::from(b)] {
                ByteClass::Space => {
                    space_before = true;
                    i += 1;
                    continue;
                }
                ByteClass::LineBreak => {
                    space_before = true;
                    mark_newline_before(toks, after_line_break);
                    after_line_break = Some(toks.len());
                    i += 1;
                    continue;
                }
                ByteClass::Digit => {
                    i = scan_number(bytes, i);
                    (TokKind::Num, NUMBER, 0)
                }
                ByteClass::Dot if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                    i = scan_number(bytes, i);
                    (TokKind::Num, NUMBER, 0)
                }
                // A jump of its own for the signs, so other symbols pay nothing for their
                // class.
                ByteClass::Sign => {
                    i += 1;
                    (TokKind::Sym(char::from(b)), SIGN, 0)
                }
                ByteClass::Dot | ByteClass::Symbol => {
                    i += 1;
                    (TokKind::Sym(char::from(b)), 0, 0)
                }
                // Letters took the branch above. Curly quotes and dashes are most of the
                // non-ASCII chars of news: they are read here, the rest by the char path.
                ByteClass::Letter | ByteClass::NonAscii => match general_punctuation_at(bytes, i) {
                    // General punctuation holds no dollar or percent sign: class 0.
                    Some(c) => {
                        i += c.len_utf8();
                        (TokKind::Sym(c), 0, 0)
                    }
                    None => match scan_char(text, i, lexicon) {
                        CharScan::Space { end, line_break } => {
                            space_before = true;
                            if line_break {
                                mark_newline_before(toks, after_line_break);
                                after_line_break = Some(toks.len());
                            }
                            i = end;
                            continue;
                        }
                        CharScan::Token {
                            kind,
                            end,
                            class,
                            shape,
                        } => {
                            i = end;
                            (kind, class, shape)
                        }
                    },
                },
            }
        };
        toks.push(Token {
            kind,
            start,
            end: i,
            space_before,
            newline_before: false,
            class,
            shape,
        });
        // Most tokens are followed by a single space: take it here rather than through
        // the dispatch.
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
    }
    mark_newline_before(toks, after_line_break);
}

/// The token capacity to reserve for a text of `len` bytes, so that the vector is
/// seldom regrown (a regrowth copies every token so far). News averages about one
/// token per five bytes, but dense documents (tables, figures, short words) reach one
/// per four: reserving for that fits nearly all of them at once.
///
/// Long texts reserve for the average only. Their vector is large enough for the
/// allocator to map fresh pages for it, every page of which costs a fault when first
/// written; reserving a quarter more than most need made a 4 MB text cross glibc's
/// 32 MB limit for reusing freed memory, and spend a sixth of its time in page faults.
fn token_capacity(len: usize) -> usize {
    const LONG_TEXT: usize = 1 << 20;
    if len < LONG_TEXT {
        len / 4 + 16
    } else {
        len / 5 + 16
    }
}

/// Sets `newline_before` on token `at`, if there is such a token (a line break may end
/// the text).
fn mark_newline_before(toks: &mut [Token], at: Option<usize>) {
    if let Some(tok) = at.and_then(|at| toks.get_mut(at)) {
        tok.newline_before = true;
    }
}

/// What `scan_char` found.
enum CharScan {
    /// Whitespace up to `end`.
    Space { end: usize, line_break: bool },
    /// A token up to `end`.
    Token {
        kind: TokKind,
        end: usize,
        class: u16,
        shape: u8,
    },
}

/// The whitespace or token that starts with the char at `i`, read as a char. Kept out of
/// the main loop: the loop reads ASCII bytes and general punctuation, and this path is
/// rare.
#[inline(never)]
fn scan_char(text: &str, i: usize, lexicon: &Lexicon) -> CharScan {
    // `i` is always on a char boundary here.
    let c = first_char(text, i).unwrap_or(' ');
    let end = i + c.len_utf8();
    if c.is_alphabetic() {
        let word = scan_any_word(text, i, lexicon);
        CharScan::Token {
            kind: TokKind::Word,
            end: word.end,
            class: word.class,
            shape: word.shape,
        }
    } else if c.is_whitespace() {
        CharScan::Space {
            end,
            line_break: matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}'),
        }
    } else {
        CharScan::Token {
            kind: TokKind::Sym(c),
            end,
            class: symbol_class(c),
            shape: 0,
        }
    }
}

/// Scans digits with inner separators: a `,` or `.` continues the number only when a
/// digit follows it ("1,234.5" is one number; "2025." ends before the period).
fn scan_number(bytes: &[u8], mut i: usize) -> usize {
    if bytes.get(i) == Some(&b'.') {
        i += 1;
    }
    while let Some(&b) = bytes.get(i) {
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

/// A scanned word token: where it ends, its lexicon classes and its case shape.
struct ScannedWord {
    end: usize,
    class: u16,
    shape: u8,
}

/// The word starting at `start` (on a letter), read char by char where needed.
fn scan_any_word(text: &str, start: usize, lexicon: &Lexicon) -> ScannedWord {
    let end = scan_word(text, start);
    let word = text.as_bytes().get(start..end).unwrap_or_default();
    let classes = lexicon.classify(word);
    ScannedWord {
        end,
        class: classes.class,
        shape: word_shape(word) | classes.shape,
    }
}

fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        if let Some(x) = load8(bytes, i) {
            let run = byte_count(leading_letters(x));
            i += run;
            if run == 8 {
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b < 0x80 {
            break;
        } else {
            let c = first_char(text, i).unwrap_or(' ');
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

/// An ASCII word of one to fifteen letters as two little-endian integers: its first
/// eight bytes and the next eight as loaded (with the bytes after the word; `tail` is 0
/// for a word of at most eight), the masks of the bytes that belong to the word, and the
/// byte right after it.
struct LoadedWord {
    head: u64,
    tail: u64,
    head_mask: u64,
    tail_mask: u64,
    len: usize,
    next: u8,
}

impl LoadedWord {
    /// `finish` applied to the word at `start` when it is one to fifteen ASCII letters
    /// that end at an ASCII byte or at general punctuation, and sixteen bytes of text are
    /// left from `start`. `None` otherwise (the word may go on with non-ASCII letters, or
    /// runs to sixteen bytes or more, or is near the end of the text): the caller then
    /// scans the slow way.
    ///
    /// `finish` is inlined into both returns, so the one-load words (most of them) get
    /// their own copy of the lexicon probe and the shape, with the tail known to be 0.
    #[inline(always)]
    fn read<R>(bytes: &[u8], start: usize, finish: impl Fn(LoadedWord) -> R) -> Option<R> {
        // One bounds check for both loads: whether sixteen bytes are left from `start`.
        // (`start` is inside the text, so taking the rest costs no check; a range to
        // `start + 16` would cost one more, for a sum the compiler cannot prove small.)
        let chunk: &[u8; 16] = bytes.get(start..)?.first_chunk::<16>()?;
        let head = le_bytes::<8>(chunk, 0);
        let head_mask = leading_letters(head);
        if head_mask != u64::MAX {
            let len = byte_count(head_mask);
            let next = byte_after(head, head_mask);
            let ends = next < 0x80 || ends_at_punctuation(bytes, start + len);
            return ends.then(|| {
                finish(LoadedWord {
                    head,
                    tail: 0,
                    head_mask,
                    tail_mask: 0,
                    len,
                    next,
                })
            });
        }
        let tail = le_bytes::<8>(chunk, 8);
        let tail_mask = leading_letters(tail);
        let len = 8 + byte_count(tail_mask);
        let next = byte_after(tail, tail_mask);
        let ends =
            tail_mask != u64::MAX && (next < 0x80 || ends_at_punctuation(bytes, start + len));
        ends.then(|| {
            finish(LoadedWord {
                head,
                tail,
                head_mask,
                tail_mask,
                len,
                next,
            })
        })
    }

    fn key(&self) -> Key {
        Key::from_loads(self.head, self.head_mask, self.tail, self.tail_mask)
    }

    /// Whether no letter of the word is lower case: the first lower-case bit of the loads
    /// lies past the word. (Counted rather than masked, so that the key alone masks the
    /// loads, and reuses the fold `leading_letters` made.)
    fn no_lower_case(&self) -> bool {
        const CASE: u64 = 0x2020_2020_2020_2020;
        let first_lower = |x: u64| (x & CASE).trailing_zeros() as usize;
        match self.len.checked_sub(8) {
            None | Some(0) => first_lower(self.head) >= 8 * self.len,
            Some(past_head) => self.head & CASE == 0 && first_lower(self.tail) >= 8 * past_head,
        }
    }

    /// The case-shape bits, as `word_shape` gives them for the same bytes.
    ///
    /// The case of the first letters is selected on rather than branched on: news text
    /// decides it at random. Only acronyms take a branch, to read the whole word.
    fn shape(&self) -> u8 {
        // A letter is upper case exactly when its 0x20 bit is clear.
        let upper = !self.head & self.head_mask;
        let first_upper = upper & 0x20 != 0;
        let second_upper = upper & 0x2000 != 0;
        let second = if second_upper { NAME_START } else { 0 };
        let shape = if first_upper {
            CAPITALIZED | NAME_START
        } else {
            LOWER_FIRST | second
        };
        if first_upper && second_upper && self.no_lower_case() {
            shape | ALL_UPPER
        } else {
            shape
        }
    }
}

/// The eight bytes of `bytes` from `at` as a little-endian integer, if there are eight.
pub(crate) fn load8(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..)?.first_chunk::<8>()?;
    Some(u64::from_le_bytes(*chunk))
}

/// The byte of `x` right after the low bytes that `mask` covers (fewer than eight).
fn byte_after(x: u64, mask: u64) -> u8 {
    // The shift is the number of bits `mask` covers: less than 64.
    (x.wrapping_shr(mask.trailing_ones())) as u8
}

/// Whether a word that has reached byte `at` ends there at general punctuation (the curly
/// apostrophe of "company’s"). Other non-ASCII characters may be letters that go on
/// with the word.
fn ends_at_punctuation(bytes: &[u8], at: usize) -> bool {
    general_punctuation_at(bytes, at).is_some()
}

/// The general punctuation char (see `is_general_punctuation`) that starts at byte `at`
/// of a text's bytes, decoded from its three bytes without the general UTF-8 decoder.
fn general_punctuation_at(bytes: &[u8], at: usize) -> Option<char> {
    // U+2000..U+2FFF are three bytes, 0xE2 then two continuation bytes that hold the low
    // twelve bits; in a `str`, 0xE2 can only start such a char.
    let &[0xE2, mid, low] = bytes.get(at..)?.first_chunk::<3>()? else {
        return None;
    };
    let c = char::from_u32(0x2000 | u32::from(mid & 0x3F) << 6 | u32::from(low & 0x3F))?;
    is_general_punctuation(c).then_some(c)
}

/// The character starting at byte `at`, if `at` is a character boundary before the end.
fn first_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// General punctuation (curly quotes, dashes, ellipsis), common in news: neither letters
/// nor combining marks nor spaces, so it needs none of the Unicode table lookups.
fn is_general_punctuation(c: char) -> bool {
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E)
}

/// Each byte of `x` with bits 0x20 and 0x80 cleared: an ASCII letter becomes its upper
/// case, and no letter becomes 0. `leading_letters` tests these bytes and the lexicon key
/// is made of them, so the two share the one AND.
pub(crate) fn fold_upper(x: u64) -> u64 {
    x & 0x5F5F_5F5F_5F5F_5F5F
}

/// A mask of the ASCII-letter bytes that lead the little-endian `x`, up to the first
/// byte that is not one (all eight bytes when there is none), tested all at once: words
/// average five letters, so most end inside one load.
fn leading_letters(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, folded to upper case with the high bit cleared (so the additions cannot
    // carry into the next byte): at least 'A', and not past 'Z', and ASCII.
    let folded = fold_upper(x);
    let from_a = folded + 0x3F3F_3F3F_3F3F_3F3F; // high bit set when >= 0x41
    let past_z = folded + 0x2525_2525_2525_2525; // high bit set when >= 0x5B
    let letters = from_a & !past_z & !x & HIGH;
    let others = !letters & HIGH;
    // The high bit of the first non-letter, moved to the bottom of its byte: one less is
    // the mask of the bytes before it, and all ones when there is no such byte.
    ((others & others.wrapping_neg()) >> 7).wrapping_sub(1)
}

/// How many bytes a mask of whole low bytes (from `leading_letters`) covers.
fn byte_count(mask: u64) -> usize {
    (mask.trailing_ones() / 8) as usize
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

/// A mask of the low `n` bytes of a `u64` (all of them from eight on).
pub(crate) fn low_bytes(n: usize) -> u64 {
    // One compare, no branch: the name scan computes this per token.
    if n >= 8 {
        u64::MAX
    } else {
        (1 << (8 * n)) - 1
    }
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
        // A capital after the second letter starts a name only in the lexicon's listed
        // names ("easyJet": `lexicon::MIXED_CASE_NAME`), which hold ASCII letters; a word
        // with other letters, read here only, is tested for one ("bioMérieux").
        let inner_upper = !word.is_ascii()
            && word
                .get(2..)
                .is_some_and(|rest| rest.iter().any(u8::is_ascii_uppercase));
        LOWER_FIRST
            | if second.is_ascii_uppercase() || inner_upper {
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
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn word_lookups_match_comparing_the_text() {
        let text = "Shares SHARES shares share Straße STRASSE straße ÉLAN élan 5 $ co Co. CO";
        let lists: [&[&str]; 4] = [
            &["shares", "co"],
            &["straße", "élan"],
            &["ÉLAN", "STRASSE"],
            &["", "5", "$"],
        ];
        let toks = Tokens::new(text);
        for i in 0..=toks.len() {
            for ws in lists {
                let naive = toks.get(i).is_some_and(|t| {
                    t.is_word() && ws.iter().any(|w| t.text(text).eq_ignore_ascii_case(w))
                });
                assert_eq!(toks.word_in(i, ws), naive, "{i} {ws:?}");
                for w in ws {
                    let naive = toks
                        .get(i)
                        .is_some_and(|t| t.is_word() && t.text(text).eq_ignore_ascii_case(w));
                    assert_eq!(toks.word_is(i, w), naive, "{i} {w}");
                }
            }
        }
    }

    fn tokenize(text: &str) -> Vec<Token> {
        Tokens::new(text).into_buffer()
    }

    #[test]
    fn a_reused_buffer_gives_the_tokens_of_a_new_one() {
        let long = "Revenue rose 12% to $3.4 billion in the third quarter.\nNet income fell.";
        let mut buffer = Tokens::new(long).into_buffer();
        let capacity = buffer.capacity();
        for text in ["Acme Corp. said", "", "up 5%\n\n", long] {
            let reused = Tokens::with_buffer(text, buffer);
            assert_eq!(reused.toks, tokenize(text), "{text:?}");
            buffer = reused.into_buffer();
            assert_eq!(buffer.capacity(), capacity, "{text:?}");
        }
    }

    fn texts(text: &str) -> Vec<String> {
        kinds(text).into_iter().map(|t| t.0).collect()
    }

    fn kinds(text: &str) -> Vec<(String, bool)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text).to_string(), t.space_before))
            .collect()
    }

    /// The tokenizer written the plain way, char by char, with the slow helpers: what the
    /// byte-table dispatch, the eight-byte word loads and the single-space shortcut must
    /// reproduce exactly.
    fn reference_tokenize(text: &str) -> Vec<Token> {
        let is_space = |c: char| {
            if c.is_ascii() {
                c.is_ascii_whitespace()
            } else {
                c.is_whitespace()
            }
        };
        let digit_at = |j: usize| text.as_bytes().get(j).is_some_and(u8::is_ascii_digit);
        let char_at = |j: usize| text.get(j..).and_then(|r| r.chars().next());
        let mut toks = Vec::new();
        let (mut space_before, mut newline_before) = (true, false);
        let mut i = 0;
        while let Some(c) = char_at(i) {
            if is_space(c) {
                space_before = true;
                newline_before |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}');
                i += c.len_utf8();
                continue;
            }
            let start = i;
            i += c.len_utf8();
            let mut kind = TokKind::Sym(c);
            if c.is_ascii_digit() || (c == '.' && digit_at(i)) {
                kind = TokKind::Num;
                while let Some(d) = char_at(i) {
                    if d.is_ascii_digit() || (matches!(d, ',' | '.') && digit_at(i + 1)) {
                        i += 1;
                    } else {
                        break;
                    }
                }
            } else if c.is_alphabetic() {
                kind = TokKind::Word;
                while let Some(d) = char_at(i).filter(|&d| d.is_alphabetic() || is_combining(d)) {
                    i += d.len_utf8();
                }
            }
            let word = &text.as_bytes()[start..i];
            let (class, shape) = match kind {
                TokKind::Word => {
                    let classes = Lexicon::get().classify(word);
                    (classes.class, word_shape(word) | classes.shape)
                }
                TokKind::Num => (NUMBER, 0),
                TokKind::Sym('$' | '%' | '％' | '٪') => (SIGN, 0),
                TokKind::Sym(_) => (0, 0),
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

    /// Characters around which the fast paths decide: letters of both cases and the bytes
    /// next to the letter ranges, digits and separators, every kind of space, general
    /// punctuation, and non-ASCII letters and marks that continue a word.
    const EDGE_CHARS: &[char] = &[
        'a', 'z', 'A', 'Z', 'q', '@', '[', '`', '{', '0', '9', '.', ',', '-', '$', ' ', '\n', '\r',
        '\t', '\x0B', '\x0C', '\0', '\u{7F}', '\u{85}', '\u{A0}', '\u{2028}', '\u{202F}',
        '\u{2009}', '’', '–', '…', '\u{2010}', '\u{205E}', '\u{205F}', 'é', 'É', 'ß', 'Σ',
        '\u{301}', '\u{20D0}', '中', 'ǅ', '€', '😀', '%', '％', '٪', '‰',
    ];

    #[test]
    fn every_word_length_and_ending_matches_the_reference() {
        // Word lengths around the eight- and sixteen-byte loads, each followed by every
        // ASCII byte and the edge characters, then by texts that end at every distance.
        let enders = (0..0x80u8)
            .map(char::from)
            .chain(EDGE_CHARS.iter().copied());
        let enders: Vec<char> = enders.collect();
        for len in 1..=18 {
            for upper in [false, true] {
                let word: String = "PeRcEnTaGeSjanUaryxyzw"
                    .chars()
                    .take(len)
                    .map(|c| if upper { c.to_ascii_uppercase() } else { c })
                    .collect();
                for &ender in &enders {
                    // Up to twenty chars after the ender, so that texts run from shorter
                    // to longer than the sixteen bytes the fast path loads.
                    for pad in 0..=20 {
                        let tail: String = "b c.d 1é’x yZ, Q4 up".chars().take(pad).collect();
                        let text = format!("{word}{ender}{tail}");
                        assert_eq!(tokenize(&text), reference_tokenize(&text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn lexicon_words_in_any_case_match_the_reference() {
        for w in [
            "the",
            "In",
            "JANUARY",
            "percent",
            "Percentage",
            "billion",
            "Q",
            "fy",
        ] {
            for text in [
                format!("{w} x"),
                format!("({w}), y"),
                format!("{w}’s"),
                w.to_string(),
            ] {
                let toks = tokenize(&text);
                assert_eq!(toks, reference_tokenize(&text), "{text:?}");
                assert_ne!(
                    toks[usize::from(text.starts_with('('))].class,
                    0,
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn general_punctuation_never_continues_a_word_or_counts_as_space() {
        for c in (0x2010..=0x2027)
            .chain(0x2030..=0x205E)
            .filter_map(char::from_u32)
        {
            assert!(is_general_punctuation(c));
            assert!(
                !c.is_alphabetic() && !is_combining(c) && !c.is_whitespace(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn general_punctuation_bytes_decode_as_the_char_would() {
        // Every char whose UTF-8 starts with 0xE2 and its neighbours, at the end of a text
        // and before more text.
        let chars = (0x1F00..=0x3100).filter_map(char::from_u32);
        for c in chars.chain(EDGE_CHARS.iter().copied()) {
            for text in [format!("a{c}"), format!("a{c}b")] {
                let by_char = first_char(&text, 1).filter(|&c| is_general_punctuation(c));
                assert_eq!(general_punctuation_at(text.as_bytes(), 1), by_char, "{c:?}");
            }
        }
        assert_eq!(general_punctuation_at(&[0xE2, 0x80], 0), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn tokens_match_the_reference(
            parts in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(EDGE_CHARS).prop_map(String::from),
                    "[a-zA-Z]{1,20}",
                    "[0-9.,]{1,6}",
                    proptest::sample::select(&["the", "March", "BN", "per", "Inc"][..])
                        .prop_map(String::from),
                ],
                0..40,
            )
        ) {
            let text = parts.concat();
            prop_assert_eq!(tokenize(&text), reference_tokenize(&text));
        }
    }

    #[test]
    fn only_numbers_and_signs_get_the_non_word_classes() {
        let text = "Revenue rose 5% (６％, ٪7) to $3.2bn, 4‰ of HK$ 1,200 .5 US$; the 10 % up";
        for tok in tokenize(text) {
            let sign = matches!(tok.kind, TokKind::Sym('$' | '%' | '％' | '٪'));
            assert_eq!(tok.class & NUMBER != 0, tok.is_num(), "{tok:?}");
            assert_eq!(tok.class & SIGN != 0, sign, "{tok:?}");
            if !tok.is_word() {
                assert_eq!(tok.class & !(NUMBER | SIGN), 0, "{tok:?}");
            }
        }
        for c in (0..0x3000).chain(0xFF00..0xFF10).filter_map(char::from_u32) {
            let sign = symbol_class(c) == SIGN;
            assert_eq!(sign, matches!(c, '$' | '%' | '％' | '٪'), "{c:?}");
        }
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
        let naive = |b: &[u8; 8]| b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        // Every byte value at every position of an eight-byte window, around letters of
        // both cases and the bytes next to the letter ranges ('@', '[', '`', '{').
        for probe in 0..=255u8 {
            for pos in 0..8 {
                let mut b = *b"AbyZazQm";
                b[pos] = probe;
                let mask = leading_letters(u64::from_le_bytes(b));
                assert_eq!(byte_count(mask), naive(&b), "{b:?}");
                assert_eq!(mask, low_bytes(naive(&b)), "{b:?}");
            }
        }
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
    fn position4_finds_what_position_finds() {
        let text = "a 1 b , c 2 d e f g 3 h i j k l m n o p 4 q";
        let t = Tokens::new(text);
        for from in 0..=t.len() {
            for len in 0..=t.len() - from {
                let toks = &t.toks[from..from + len];
                for pred in [Token::is_num, Token::is_word, |x: &Token| x.is_sym(',')] {
                    assert_eq!(position4(toks, pred), toks.iter().position(pred));
                }
            }
        }
    }

    #[test]
    fn low_bytes_masks_whole_bytes() {
        assert_eq!(low_bytes(0), 0);
        assert_eq!(low_bytes(1), 0xFF);
        assert_eq!(low_bytes(3), 0xFF_FFFF);
        assert_eq!(low_bytes(7), u64::MAX >> 8);
        assert_eq!(low_bytes(8), u64::MAX);
        assert_eq!(low_bytes(12), u64::MAX);
    }

    #[test]
    fn newline_flags() {
        let toks = tokenize("a\nb c");
        assert!(toks[1].newline_before);
        assert!(!toks[2].newline_before);
        // Line breaks in a row, at the start, at the end, and the non-ASCII ones: each
        // flag is set on the token after them, once the next break or the end is reached.
        let flags =
            |text: &str| -> Vec<bool> { tokenize(text).iter().map(|t| t.newline_before).collect() };
        assert_eq!(flags("\na\r\n\nb c\u{2028}d\n"), [true, true, false, true]);
        assert_eq!(flags("a \u{85} b\n"), [false, true]);
    }
}
