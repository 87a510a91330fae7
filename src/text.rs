//! The short strings the records hold: surface texts and names.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

/// A string held by a record: an entity's surface text, a company's name as written, a
/// fact's metric phrase. It reads as a `&str` (through `Deref`), compares with `str` and
/// `String`, and serializes as a plain JSON string.
///
/// Strings of up to 24 bytes, nearly all of them, are kept inline rather than on the
/// heap: a news article yields hundreds of records, and one allocation per string made
/// allocation a twentieth of extraction time, and a point of contention between the
/// threads of a batch.
///
/// # Example
///
/// ```
/// let e = &finfacts::Extractor::new().extract("Revenue rose 20%.")[0];
/// assert_eq!(e.text, "20%");
/// assert_eq!(e.text.len(), 3);
/// let owned: String = e.text.to_string();
/// assert_eq!(owned, "20%");
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(CompactString);

impl Text {
    /// A text holding a copy of `s`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Text::new("Acme"), "Acme");
    /// ```
    pub fn new(s: &str) -> Text {
        Text(CompactString::new(s))
    }

    /// The text as a `&str`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Text::new("Acme").as_str(), "Acme");
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(CompactString::from(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.into_string()
    }
}

/// Comparisons both ways with `str`, `&str` and `String`, as `String` has them.
macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }

        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_with!(str, &str, String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_compares_as_a_str() {
        let t = Text::new("Alibaba Group Holding Ltd.");
        assert_eq!(t, "Alibaba Group Holding Ltd.");
        assert_eq!("Alibaba Group Holding Ltd.", t);
        assert_eq!(t, String::from("Alibaba Group Holding Ltd."));
        assert!(t.starts_with("Alibaba"));
        assert_eq!(
            format!("{t} / {t:?}"),
            "Alibaba Group Holding Ltd. / \"Alibaba Group Holding Ltd.\""
        );
    }

    #[test]
    fn serializes_as_a_plain_string() {
        let t = Text::new("¥380 billion");
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"¥380 billion\"");
        let back: Text = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn long_texts_keep_every_byte() {
        let long = "a phrase much longer than the twenty-four bytes kept inline";
        let t = Text::new(long);
        assert_eq!(t.len(), long.len());
        assert_eq!(String::from(t), long);
    }
}
