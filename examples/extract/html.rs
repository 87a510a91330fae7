//! `--html FILE`: one self-contained HTML page showing each document with its entities
//! highlighted, a colour per kind, and each entity's normalized value in a small label
//! and on hover.
//!
//! The page has inline CSS and nothing else: no scripts, no fonts, no images, no links
//! outside the page, so it can be mailed, attached to an issue or opened offline.
//! Every piece of document text and every value is HTML-escaped.
//!
//! Markup, which `tests/html.rs` relies on:
//!
//! - each document is a `<section class="doc" id="dN">` with a legend of kinds and counts
//!   and the text in `<div class="text">`, whose text content is exactly the input;
//! - each entity `i` is one `<mark class="ent k-KIND" id="dN-eI" data-e="I"
//!   data-kind="KIND" data-value="VALUE" title="...">`; the label is drawn from
//!   `data-label` by CSS, so it never enters the text content;
//! - an entity that crosses the end of another entity of a different kind cannot nest, so
//!   it continues in further `<mark class="ent k-KIND cont" data-e="I">` fragments; only
//!   the first carries the id and value, only the last the label;
//! - facts, when there are any, are a table (company, metric, value, change, period)
//!   whose cells link to `#dN-eI`.
//!
//! This lives in the example rather than the library: it is a view for people checking
//! the extractors, not part of the crate's API, and `tests/html.rs` includes this file
//! with `#[path]` to test it.

use std::fmt::Write as _;

use finfacts::{Basis, Direction, Document, Entity, Fact, Kind, PercentUnit, Qualifier, Value};

/// An HTML page, built one document at a time.
#[derive(Debug, Default)]
pub struct Page {
    sections: String,
    /// (name, entity count) per document, for the table of contents.
    toc: Vec<(String, usize)>,
}

/// One row of the facts table: references into the document's entities by index, as
/// facts hold them.
#[derive(Debug, Clone, Default)]
pub struct FactRow {
    /// The company entity.
    pub company: Option<usize>,
    /// The metric as written ("cloud revenue").
    pub metric: Option<String>,
    /// The normalized metric ("revenue"), shown under the phrase when it differs.
    pub normalized_metric: Option<String>,
    /// The level: a money or percent entity.
    pub value: Option<usize>,
    /// The change: a percent or money entity.
    pub change: Option<usize>,
    /// The period entity.
    pub period: Option<usize>,
}

impl From<&Fact> for FactRow {
    fn from(f: &Fact) -> FactRow {
        let normalized = f.metric.map(|m| m.to_string().replace('_', " "));
        FactRow {
            company: f.company,
            metric: f
                .metric_text
                .as_deref()
                .map(str::to_string)
                .or_else(|| normalized.clone()),
            normalized_metric: normalized,
            value: f.value,
            change: f.change,
            period: f.period,
        }
    }
}

impl Page {
    /// An empty page.
    pub fn new() -> Page {
        Page::default()
    }

    /// Adds a document: its text, its entities and its facts.
    pub fn push(&mut self, name: &str, text: &str, doc: &Document) {
        let rows: Vec<FactRow> = doc.facts.iter().map(FactRow::from).collect();
        self.push_with_facts(name, text, doc, &rows);
    }

    /// Adds a document with the rows of its facts table.
    pub fn push_with_facts(&mut self, name: &str, text: &str, doc: &Document, facts: &[FactRow]) {
        let n = self.toc.len();
        let s = &mut self.sections;
        let _ = write!(s, "<section class=\"doc\" id=\"d{n}\">\n<h2>");
        escape_into(s, name);
        s.push_str("</h2>\n<p class=\"meta\">");
        match doc.document_date {
            Some(d) => {
                let _ = write!(s, "document date {d}");
            }
            None => s.push_str("no document date"),
        }
        let _ = writeln!(
            s,
            " · {} entit{}</p>",
            doc.entities.len(),
            if doc.entities.len() == 1 { "y" } else { "ies" }
        );
        legend(s, doc);
        s.push_str("<div class=\"text\">");
        highlight(s, n, text, doc);
        s.push_str("</div>\n");
        if !facts.is_empty() {
            fact_table(s, n, doc, facts);
        }
        s.push_str("</section>\n");
        self.toc.push((name.to_string(), doc.entities.len()));
    }

    /// The finished page.
    pub fn finish(self) -> String {
        let mut s = String::with_capacity(self.sections.len() + CSS.len() + 1024);
        s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(
            s,
            "<title>finfacts: {} document{}</title>",
            self.toc.len(),
            if self.toc.len() == 1 { "" } else { "s" }
        );
        let _ = write!(s, "<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n");
        s.push_str("<header>\n<h1>finfacts extraction</h1>\n");
        s.push_str("<p class=\"hint\">Hover over a highlight for its kind and details.</p>\n");
        if self.toc.len() > 1 {
            s.push_str("<ol class=\"toc\">\n");
            for (i, (name, count)) in self.toc.iter().enumerate() {
                let _ = write!(s, "<li><a href=\"#d{i}\">");
                escape_into(&mut s, name);
                let _ = writeln!(s, "</a> <span class=\"count\">{count}</span></li>");
            }
            s.push_str("</ol>\n");
        }
        s.push_str("</header>\n");
        s.push_str(&self.sections);
        s.push_str("</main>\n</body>\n</html>\n");
        s
    }
}

/// A kind's place in the legend; also which of two same-span entities is outermost.
fn kind_rank(k: Kind) -> usize {
    Kind::ALL
        .iter()
        .position(|x| *x == k)
        .unwrap_or(Kind::ALL.len())
}

fn legend(s: &mut String, doc: &Document) {
    s.push_str("<ul class=\"legend\">");
    for k in Kind::ALL {
        let count = doc.entities.iter().filter(|e| e.kind() == k).count();
        let _ = write!(
            s,
            "<li class=\"k-{k}{}\"><span class=\"swatch\"></span>{k} <b>{count}</b></li>",
            if count == 0 { " zero" } else { "" }
        );
    }
    s.push_str("</ul>\n");
}

/// Writes `text` with every entity wrapped in `<mark>`.
///
/// Entities are opened longest first at each position, so one that contains another
/// (same start, or starting inside it and ending no later) is its parent. An entity that
/// crosses the end of an open one cannot nest in well-formed HTML: at that point it is
/// closed and reopened as a continuation fragment. Entities whose span is empty, out of
/// range or not on character boundaries are skipped rather than panicking on a
/// hand-edited `Document`.
fn highlight(s: &mut String, doc_n: usize, text: &str, doc: &Document) {
    let valid =
        |e: &Entity| e.span.start < e.span.end && text.get(e.span.start..e.span.end).is_some();
    let ents = &doc.entities;
    let mut starts: Vec<usize> = (0..ents.len()).filter(|&i| valid(&ents[i])).collect();
    starts.sort_by_key(|&i| ents[i].span.start);
    let mut points: Vec<usize> = starts
        .iter()
        .flat_map(|&i| [ents[i].span.start, ents[i].span.end])
        .collect();
    points.sort_unstable();
    points.dedup();

    let mut stack: Vec<usize> = Vec::new();
    let mut opened = vec![false; ents.len()];
    let mut next = 0;
    let mut cursor = 0;
    for p in points {
        escape_into(s, &text[cursor..p]);
        cursor = p;
        let mut to_open: Vec<usize> = Vec::new();
        if let Some(first) = stack.iter().position(|&i| ents[i].span.end == p) {
            for &i in stack[first..].iter().rev() {
                s.push_str("</mark>");
                if ents[i].span.end != p {
                    to_open.push(i);
                }
            }
            stack.truncate(first);
        }
        while next < starts.len() && ents[starts[next]].span.start == p {
            to_open.push(starts[next]);
            next += 1;
        }
        to_open.sort_by_key(|&i| {
            (
                std::cmp::Reverse(ents[i].span.end),
                kind_rank(ents[i].kind()),
                i,
            )
        });
        for i in to_open {
            // This fragment is the entity's last unless an enclosing one ends first.
            let last = stack.iter().all(|&o| ents[o].span.end >= ents[i].span.end);
            open_mark(s, doc_n, i, &ents[i], doc, !opened[i], last);
            opened[i] = true;
            stack.push(i);
        }
    }
    escape_into(s, &text[cursor..]);
}

fn open_mark(
    s: &mut String,
    doc_n: usize,
    i: usize,
    e: &Entity,
    doc: &Document,
    head: bool,
    last: bool,
) {
    let kind = e.kind();
    let _ = write!(s, "<mark class=\"ent k-{kind}");
    if !head {
        s.push_str(" cont");
    }
    if !last {
        s.push_str(" split");
    }
    s.push('"');
    if head {
        let value = value_of(e);
        let _ = write!(
            s,
            " id=\"d{doc_n}-e{i}\" data-e=\"{i}\" data-kind=\"{kind}\" data-value=\""
        );
        escape_into(s, &value);
        s.push_str("\" title=\"");
        escape_into(s, &title_of(e, &value, doc));
        s.push('"');
    } else {
        let _ = write!(s, " data-e=\"{i}\"");
    }
    if last {
        s.push_str(" data-label=\"");
        escape_into(s, &label_of(e));
        s.push('"');
    }
    s.push('>');
}

fn fact_table(s: &mut String, doc_n: usize, doc: &Document, facts: &[FactRow]) {
    s.push_str(
        "<h3>Facts</h3>\n<div class=\"facts-wrap\"><table class=\"facts\">\n<thead><tr>\
         <th>company</th><th>metric</th><th>value</th><th>change</th><th>period</th>\
         </tr></thead>\n<tbody>\n",
    );
    for f in facts {
        s.push_str("<tr>");
        entity_cell(s, doc_n, doc, f.company);
        match &f.metric {
            Some(m) => {
                s.push_str("<td>");
                escape_into(s, m);
                if let Some(norm) = f.normalized_metric.as_deref().filter(|n| n != m) {
                    s.push_str(" <span class=\"norm\">");
                    escape_into(s, norm);
                    s.push_str("</span>");
                }
                s.push_str("</td>");
            }
            None => s.push_str("<td class=\"none\">—</td>"),
        }
        entity_cell(s, doc_n, doc, f.value);
        entity_cell(s, doc_n, doc, f.change);
        entity_cell(s, doc_n, doc, f.period);
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table></div>\n");
}

/// A cell linking to an entity's highlight: the text as written, then its label.
fn entity_cell(s: &mut String, doc_n: usize, doc: &Document, i: Option<usize>) {
    let Some((i, e)) = i.and_then(|i| doc.entities.get(i).map(|e| (i, e))) else {
        s.push_str("<td class=\"none\">—</td>");
        return;
    };
    let _ = write!(
        s,
        "<td><a class=\"ref k-{}\" href=\"#d{doc_n}-e{i}\" title=\"",
        e.kind()
    );
    escape_into(s, &value_of(e));
    s.push_str("\">");
    escape_into(s, &collapse_ws(&e.text));
    s.push_str("</a> <span class=\"norm\">");
    escape_into(s, &label_of(e));
    s.push_str("</span></td>");
}

/// The entity's normalized value in full: `CNY 380,000,000,000`,
/// `2025-04-01 – 2025-06-30`, `Alibaba Group Holding Ltd. · BABA`.
pub fn value_of(e: &Entity) -> String {
    match &e.value {
        Value::Money(m) => {
            let mut v = qualifier_prefix(m.qualifier, m.approximate);
            match m.currency {
                Some(c) => v.push_str(c.code()),
                None => v.push_str("¤?"),
            }
            v.push(' ');
            v.push_str(&group_digits(&m.amount.normalize().to_string()));
            if let Some(u) = m.upper {
                v.push_str(" – ");
                v.push_str(&group_digits(&u.normalize().to_string()));
            }
            if let Some(per) = m.per {
                let _ = write!(v, " / {}", format!("{per:?}").to_lowercase());
            }
            v
        }
        Value::Percent(p) => {
            let mut v = qualifier_prefix(p.qualifier, p.approximate);
            match p.direction {
                Some(Direction::Up) => v.push_str("↑ "),
                Some(Direction::Down) => v.push_str("↓ "),
                None => {}
            }
            v.push_str(&p.value.normalize().to_string());
            if let Some(u) = p.upper {
                let _ = write!(v, "–{}", u.normalize());
            }
            v.push_str(match p.unit {
                PercentUnit::Percent => "%",
                PercentUnit::PercentagePoints => " pp",
                PercentUnit::BasisPoints => " bp",
            });
            if let Some(b) = p.basis {
                let _ = match b {
                    Basis::YearOverYear => write!(v, " YoY"),
                    Basis::QuarterOverQuarter => write!(v, " QoQ"),
                    Basis::Sequential => write!(v, " sequential"),
                    Basis::MonthOverMonth => write!(v, " MoM"),
                    other => write!(v, " {other:?}"),
                };
            }
            v
        }
        Value::Period(p) => {
            let mut v = String::new();
            match (p.quarter, p.half) {
                (Some(q), _) => {
                    let _ = write!(v, "Q{q} ");
                }
                (None, Some(h)) => {
                    let _ = write!(v, "H{h} ");
                }
                (None, None) => {}
            }
            match p.fiscal_year {
                Some(fy) if p.fiscal => {
                    let _ = write!(v, "FY{fy} ");
                }
                _ if p.fiscal => v.push_str("FY "),
                _ => {}
            }
            let mut length = match (p.months, p.days) {
                (Some(m), _) => Some(format!("{m} month{}", if m == 1 { "" } else { "s" })),
                (None, Some(d)) => Some(format!("{d} day{}", if d == 1 { "" } else { "s" })),
                (None, None) => None,
            };
            match (p.start, p.end) {
                (Some(a), Some(b)) if a == b => {
                    let _ = write!(v, "{a}");
                }
                (None, None) => {
                    let what = length
                        .take()
                        .unwrap_or_else(|| p.grain.as_str().to_string());
                    let _ = write!(v, "{what}, undated");
                }
                (a, b) => {
                    let d = |d: Option<chrono::NaiveDate>| d.map_or("?".into(), |d| d.to_string());
                    let _ = write!(v, "{} – {}", d(a), d(b));
                }
            }
            if let Some(length) = length {
                let _ = write!(v, " · {length}");
            }
            v
        }
        Value::Company(c) => {
            let mut v = c.canonical.as_deref().unwrap_or(&c.name).to_string();
            if let Some(t) = &c.ticker {
                let _ = write!(v, " · {t}");
            }
            v
        }
        _ => String::new(),
    }
}

/// The label drawn after the highlight: the value, with a company's legal suffixes
/// dropped so the label stays short (`Alibaba · BABA`).
pub fn label_of(e: &Entity) -> String {
    match &e.value {
        Value::Company(c) => {
            let full = c.canonical.as_deref().unwrap_or(&c.name);
            let mut v = short_company(full).to_string();
            if let Some(t) = &c.ticker {
                let _ = write!(v, " · {t}");
            }
            v
        }
        _ => value_of(e),
    }
}

/// The hover text: kind, value, and what the label leaves out.
fn title_of(e: &Entity, value: &str, doc: &Document) -> String {
    let mut t = format!("{}: {value}", e.kind());
    match &e.value {
        Value::Money(m) => {
            if let Some(j) = m.equivalent_of {
                if let Some(other) = doc.entities.get(j) {
                    let _ = write!(t, "\nequivalent of “{}”", collapse_ws(&other.text));
                }
            }
        }
        Value::Period(p) => {
            let _ = write!(t, "\ngrain: {}", p.grain.as_str());
            if p.relative {
                t.push_str(", relative to the document date");
            }
        }
        Value::Company(c) => {
            for (k, v) in [("cik", &c.cik), ("isin", &c.isin), ("country", &c.country)] {
                if let Some(v) = v {
                    let _ = write!(t, "\n{k}: {v}");
                }
            }
        }
        _ => {}
    }
    t
}

fn qualifier_prefix(q: Option<Qualifier>, approximate: bool) -> String {
    match q {
        Some(Qualifier::MoreThan) => "> ",
        Some(Qualifier::AtLeast) => "≥ ",
        Some(Qualifier::LessThan) => "< ",
        Some(Qualifier::AtMost) => "≤ ",
        Some(Qualifier::About) => "≈ ",
        Some(Qualifier::Nearly) => "nearly ",
        Some(_) | None if approximate => "≈ ",
        _ => "",
    }
    .to_string()
}

/// `380000000000.5` → `380,000,000,000.5`.
fn group_digits(num: &str) -> String {
    let (sign, rest) = match num.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", num),
    };
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(a, b)| (a, Some(b)));
    let mut out = String::from(sign);
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Drops trailing legal-form words: "Alibaba Group Holding Ltd." → "Alibaba",
/// "Meta Platforms, Inc." → "Meta Platforms". Keeps the name when nothing would remain.
fn short_company(name: &str) -> &str {
    const SUFFIXES: &[&str] = &[
        "inc",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "plc",
        "ag",
        "sa",
        "s.a",
        "nv",
        "n.v",
        "se",
        "group",
        "holding",
        "holdings",
    ];
    let mut end = name.len();
    loop {
        let head = name[..end].trim_end_matches([' ', ',']);
        let Some(cut) = head.rfind(' ') else {
            return &name[..end];
        };
        let word = head[cut + 1..].trim_end_matches('.');
        if !SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(word)) {
            return head;
        }
        end = cut;
    }
}

/// Line breaks inside an entity's text would break a table cell or tooltip line.
fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Appends `text` with `& < > " '` replaced by character references, so it is safe both
/// as element content and inside a double- or single-quoted attribute.
pub fn escape_into(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, b) in text.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

const CSS: &str = r#":root {
  --money: #1a7f37; --money-bg: #dafbe1;
  --percent: #bc4c00; --percent-bg: #fff1e5;
  --period: #0969da; --period-bg: #ddf4ff;
  --company: #8250df; --company-bg: #fbefff;
}
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8fa; color: #1f2328;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: .5rem 0 0; }
h2 { font-size: 1.05rem; margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
.hint, .meta { color: #59636e; font-size: .875rem; margin: .25rem 0; }
.toc { font-size: .875rem; padding-left: 1.5rem; }
.toc .count { color: #59636e; }
.doc { background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  padding: 1rem 1.5rem 1.5rem; margin: 1.25rem 0; }
.k-money { --fg: var(--money); --bg: var(--money-bg); }
.k-percent { --fg: var(--percent); --bg: var(--percent-bg); }
.k-period { --fg: var(--period); --bg: var(--period-bg); }
.k-company { --fg: var(--company); --bg: var(--company-bg); }
.legend { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .4rem 1rem;
  list-style: none; margin: .5rem 0 1rem; padding: .4rem 0; background: #fff;
  border-bottom: 1px solid #eaeef2; font-size: .875rem; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.legend .swatch { width: .9rem; height: .9rem; border-radius: 3px; background: var(--bg);
  border: 2px solid var(--fg); }
.legend .zero { color: #8c959f; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.2; }
mark.ent { color: inherit; background: var(--bg); border-bottom: 2px solid var(--fg);
  border-radius: 4px; padding: .15em .25em; margin: 0 .05em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.ent mark.ent { padding: 0 .15em; border-bottom-width: 3px; }
mark.ent.cont { border-top-left-radius: 0; border-bottom-left-radius: 0; margin-left: 0;
  padding-left: 0; }
mark.ent.split { border-top-right-radius: 0; border-bottom-right-radius: 0; margin-right: 0;
  padding-right: 0; }
mark.ent[data-label]::after { content: attr(data-label); margin-left: .35em;
  padding: .05em .35em; border-radius: 3px; background: var(--fg); color: #fff;
  font-size: .68em; font-weight: 600; line-height: 1.2; vertical-align: .12em;
  white-space: nowrap; font-variant-numeric: tabular-nums; }
mark.ent:target { outline: 3px solid #d4a72c; outline-offset: 1px; }
mark.ent { scroll-margin-top: 3.5rem; }
.facts-wrap { overflow-x: auto; }
table.facts { border-collapse: collapse; font-size: .875rem; width: 100%; }
.facts th, .facts td { border-bottom: 1px solid #eaeef2; padding: .35rem .5rem; text-align: left;
  vertical-align: top; }
.facts th { font-weight: 600; color: #59636e; }
.facts td.none { color: #8c959f; }
.facts a.ref { color: inherit; text-decoration: none; background: var(--bg);
  border-bottom: 2px solid var(--fg); border-radius: 3px; padding: 0 .2em; }
.facts .norm { display: block; color: #59636e; font-size: .8rem; }
"#;
