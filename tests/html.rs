//! The `extract --html` page: escaping, one highlight per entity with the right kind and
//! value, overlapping kinds, the facts table, and a golden file.
//!
//! The renderer is a module of the `extract` example; it is included here by path.
//! Tests on live extraction check structure only, so they keep passing as the
//! extractors improve; the golden file renders a frozen extraction
//! (`tests/data/html/003.document.json`) of one bundled article. After a deliberate
//! change to the page, regenerate it with
//! `UPDATE_GOLDEN=1 cargo test --test html` and review the diff.

#[path = "../examples/extract/html.rs"]
mod html;

use std::collections::HashMap;

use finfacts::{Document, Extractor};
use serde_json::json;

use html::{FactRow, Page};

const ARTICLE_003: &str = "tests/data/news/003_10be03ecb80df8a8.txt";

/// A `<mark>` element of the text, with its text content.
#[derive(Debug)]
struct Mark {
    attrs: HashMap<String, String>,
    text: String,
}

impl Mark {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }

    fn classes(&self) -> Vec<&str> {
        self.attr("class").unwrap_or("").split(' ').collect()
    }
}

/// One document section's text, read back from the page.
#[derive(Debug)]
struct Scanned {
    /// The text content: what a reader copying the text gets.
    plain: String,
    /// Every `<mark>`, in opening order.
    marks: Vec<Mark>,
}

impl Scanned {
    /// The fragments of entity `i`.
    fn fragments(&self, i: usize) -> Vec<&Mark> {
        let key = i.to_string();
        self.marks
            .iter()
            .filter(|m| m.attr("data-e") == Some(key.as_str()))
            .collect()
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Parses `name="value" ...` as the renderer writes attributes (always double-quoted,
/// values escaped, so a value holds no `"`).
fn parse_attrs(s: &str) -> HashMap<String, String> {
    let mut attrs = HashMap::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let (name, after) = rest.split_once("=\"").expect("attribute without a value");
        let (value, after) = after.split_once('"').expect("unterminated attribute");
        let dup = attrs.insert(name.trim().to_string(), unescape(value));
        assert!(dup.is_none(), "attribute {name} twice in <mark {s}>");
        rest = after.trim_start();
    }
    attrs
}

/// Reads back every `<div class="text">` of a page: checks the markup inside is only
/// text and well-nested `<mark>` elements, and collects them.
fn scan(page: &str) -> Vec<Scanned> {
    let mut out = Vec::new();
    for part in page.split("<div class=\"text\">").skip(1) {
        let body = &part[..part.find("</div>").expect("text div not closed")];
        let mut plain = String::new();
        let mut marks: Vec<Mark> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut rest = body;
        while !rest.is_empty() {
            let lt = rest.find('<').unwrap_or(rest.len());
            let chunk = unescape(&rest[..lt]);
            plain.push_str(&chunk);
            for &m in &open {
                marks[m].text.push_str(&chunk);
            }
            rest = &rest[lt..];
            if rest.is_empty() {
                break;
            }
            if let Some(after) = rest.strip_prefix("</mark>") {
                open.pop().expect("</mark> without an open <mark>");
                rest = after;
            } else if let Some(after) = rest.strip_prefix("<mark ") {
                let gt = after.find('>').expect("unterminated <mark");
                marks.push(Mark {
                    attrs: parse_attrs(&after[..gt]),
                    text: String::new(),
                });
                open.push(marks.len() - 1);
                rest = &after[gt + 1..];
            } else {
                panic!("unexpected markup in text: {}", &rest[..rest.len().min(40)]);
            }
        }
        assert!(open.is_empty(), "unclosed <mark> in text");
        out.push(Scanned { plain, marks });
    }
    out
}

fn render(name: &str, text: &str, doc: &Document) -> String {
    let mut page = Page::new();
    page.push(name, text, doc);
    page.finish()
}

/// The invariants every rendered document must hold: the text content is the input,
/// and each entity is exactly one highlighted element (plus continuation fragments)
/// with its kind and value, covering exactly its text.
fn assert_faithful(page: &str, n: usize, text: &str, doc: &Document) {
    let scanned = scan(page);
    let s = &scanned[n];
    assert_eq!(s.plain, text, "text content differs from the input");
    for (i, e) in doc.entities.iter().enumerate() {
        let id = format!("d{n}-e{i}");
        let heads: Vec<&Mark> = s
            .marks
            .iter()
            .filter(|m| m.attr("id") == Some(&id))
            .collect();
        assert_eq!(
            heads.len(),
            1,
            "entity {i} {:?}: {} heads",
            e.text,
            heads.len()
        );
        let head = heads[0];
        assert_eq!(
            head.attr("data-kind"),
            Some(e.kind().as_str()),
            "entity {i}"
        );
        assert_eq!(
            head.attr("data-value"),
            Some(html::value_of(e).as_str()),
            "entity {i}"
        );
        assert!(head.classes().contains(&format!("k-{}", e.kind()).as_str()));
        let fragments = s.fragments(i);
        assert_eq!(
            fragments[0].attr("id"),
            Some(id.as_str()),
            "head comes first"
        );
        let covered: String = fragments.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(covered, e.text, "entity {i}: highlighted text");
        let labels: Vec<&str> = fragments
            .iter()
            .filter_map(|m| m.attr("data-label"))
            .collect();
        assert_eq!(
            labels,
            [html::label_of(e)],
            "entity {i}: one label, on the last fragment"
        );
        assert!(fragments.last().unwrap().attr("data-label").is_some());
    }
    let heads = s.marks.iter().filter(|m| m.attr("id").is_some()).count();
    assert_eq!(heads, doc.entities.len(), "highlights without an entity");
}

/// An entity as JSON (the `extract --json` shape), at the `nth` occurrence of `needle`.
fn ent(text: &str, needle: &str, nth: usize, fields: serde_json::Value) -> serde_json::Value {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
        .0;
    let mut v = json!({"text": needle, "span": {"start": start, "end": start + needle.len()}});
    v.as_object_mut()
        .unwrap()
        .extend(fields.as_object().unwrap().clone());
    v
}

fn doc(date: Option<&str>, entities: Vec<serde_json::Value>) -> Document {
    serde_json::from_value(json!({"document_date": date, "entities": entities}))
        .expect("a valid Document")
}

fn money(amount: &str, currency: &str) -> serde_json::Value {
    json!({"kind": "money", "amount": amount, "currency": currency, "approximate": false,
           "qualifier": null})
}

fn period(grain: &str, start: &str, end: &str) -> serde_json::Value {
    json!({"kind": "period", "grain": grain, "start": start, "end": end, "fiscal": false})
}

fn company(name: &str, canonical: &str, ticker: &str) -> serde_json::Value {
    json!({"kind": "company", "name": name, "canonical": canonical, "ticker": ticker})
}

fn percent(value: &str, direction: &str, basis: &str) -> serde_json::Value {
    json!({"kind": "percent", "value": value, "unit": "percent", "approximate": false,
           "qualifier": null, "direction": direction, "basis": basis})
}

/// The bundled articles, sorted.
fn articles() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("tests/data/news")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    names.sort();
    assert!(names.len() >= 5, "bundled articles missing");
    names
}

fn news(name: &str) -> String {
    std::fs::read_to_string(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn text_and_values_are_escaped() {
    let text = "Tom & Jerry's <script>alert(\"x\")</script> rose 5% & \"A<B\" fell.";
    let d = doc(
        None,
        vec![
            ent(
                text,
                "Jerry's",
                0,
                company("Jerry's", "A&B <Holdings> \"Q\" 'R'", "<X>"),
            ),
            ent(text, "5%", 0, percent("5", "up", "year_over_year")),
        ],
    );
    let page = render("<b>odd & name</b>.txt", text, &d);
    assert!(
        !page.contains("<script"),
        "document markup leaked into the page"
    );
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(page.contains("Tom &amp; <mark"));
    assert!(page.contains(">Jerry&#39;s</mark>"));
    assert!(page.contains("<h2>&lt;b&gt;odd &amp; name&lt;/b&gt;.txt</h2>"));
    assert!(page
        .contains("data-value=\"A&amp;B &lt;Holdings&gt; &quot;Q&quot; &#39;R&#39; · &lt;X&gt;\""));
    assert_faithful(&page, 0, text, &d);
    let s = &scan(&page)[0];
    assert_eq!(
        s.marks[0].attr("data-value"),
        Some("A&B <Holdings> \"Q\" 'R' · <X>")
    );
}

/// Every tag in the page is one the renderer writes: no scripts, images, links,
/// iframes or forms, whatever the documents contain.
#[test]
fn page_is_self_contained() {
    let mut page = Page::new();
    for name in articles() {
        let text = news(&name);
        page.push(&name, &text, &Extractor::new().extract_document(&text));
    }
    let page = page.finish();
    const ALLOWED: &[&str] = &[
        "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
        "h3", "p", "ol", "ul", "li", "a", "b", "span", "section", "div", "mark", "table", "thead",
        "tbody", "tr", "th", "td",
    ];
    for (i, _) in page.match_indices('<') {
        let name: String = page[i + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(ALLOWED.contains(&name.as_str()), "tag <{name}> at byte {i}");
    }
    for (i, _) in page.match_indices("href=\"") {
        assert_eq!(
            &page[i + 6..i + 7],
            "#",
            "a link leaving the page at byte {i}"
        );
    }
    for needle in ["src=", "url(", "@import", "<link", "<script"] {
        assert!(!page.contains(needle), "{needle} in the page");
    }
}

/// Live extraction on every bundled article: whatever the extractors find, each entity
/// is highlighted once, with its kind and value, and the text reads back unchanged.
#[test]
fn every_entity_is_highlighted_once_on_the_bundled_articles() {
    let ex = Extractor::new();
    let names = articles();
    let mut page = Page::new();
    let mut docs = Vec::new();
    for name in &names {
        let text = news(name);
        let d = ex.extract_document(&text);
        page.push(name, &text, &d);
        docs.push((text, d));
    }
    let page = page.finish();
    assert_eq!(scan(&page).len(), names.len());
    for (n, (text, d)) in docs.iter().enumerate() {
        assert!(!d.entities.is_empty(), "{}: nothing extracted", names[n]);
        assert_faithful(&page, n, text, d);
        // The table of contents links to every document.
        assert!(page.contains(&format!("<li><a href=\"#d{n}\">")));
    }
}

#[test]
fn legend_counts_each_kind() {
    let text = "Acme rose 5% to $3 billion in Q4 2024; Acme fell.";
    let d = doc(
        None,
        vec![
            ent(text, "Acme", 0, company("Acme", "Acme Corp.", "ACME")),
            ent(text, "5%", 0, percent("5", "up", "year_over_year")),
            ent(text, "$3 billion", 0, money("3000000000", "USD")),
            ent(
                text,
                "Q4 2024",
                0,
                period("quarter", "2024-10-01", "2024-12-31"),
            ),
            ent(text, "Acme", 1, company("Acme", "Acme Corp.", "ACME")),
        ],
    );
    let page = render("legend.txt", text, &d);
    for (kind, count) in [("money", 1), ("percent", 1), ("period", 1), ("company", 2)] {
        let item = format!(
            "<li class=\"k-{kind}\"><span class=\"swatch\"></span>{kind} <b>{count}</b></li>"
        );
        assert!(page.contains(&item), "missing {item}");
    }
    // A single document has no table of contents.
    assert!(!page.contains("class=\"toc\""));
}

/// The values the issue asks for, and how qualifiers, ranges, per-unit prices and
/// undated periods read.
#[test]
fn values_read_as_normalized() {
    let text = "Alibaba will pour ¥380 billion (≈$53B) in the June quarter; BABA rose 26% \
                year over year, $5-6 per share, a 4-year plan, fiscal 2025, more than $52 billion.";
    let d = doc(
        Some("2025-10-14"),
        vec![
            ent(text, "¥380 billion", 0, money("380000000000", "CNY")),
            ent(
                text,
                "$53B",
                0,
                json!({"kind": "money", "amount": "53000000000", "currency": "USD",
                       "approximate": true, "qualifier": null, "equivalent_of": 0}),
            ),
            ent(
                text,
                "the June quarter",
                0,
                period("quarter", "2025-04-01", "2025-06-30"),
            ),
            ent(
                text,
                "BABA",
                0,
                company("BABA", "Alibaba Group Holding Ltd.", "BABA"),
            ),
            ent(text, "26%", 0, percent("26", "up", "year_over_year")),
            ent(
                text,
                "$5-6 per share",
                0,
                json!({"kind": "money", "amount": "5", "upper": "6", "currency": "USD",
                       "approximate": false, "qualifier": null, "per": "share"}),
            ),
            ent(
                text,
                "4-year",
                0,
                json!({"kind": "period", "grain": "duration", "start": null, "end": null,
                       "fiscal": false, "months": 48}),
            ),
            ent(
                text,
                "fiscal 2025",
                0,
                json!({"kind": "period", "grain": "year", "start": null, "end": null,
                       "fiscal": true}),
            ),
            ent(
                text,
                "more than $52 billion",
                0,
                json!({"kind": "money", "amount": "52000000000", "currency": "USD",
                       "approximate": false, "qualifier": "more_than"}),
            ),
        ],
    );
    let values: Vec<String> = d.entities.iter().map(html::value_of).collect();
    assert_eq!(
        values,
        [
            "CNY 380,000,000,000",
            "≈ USD 53,000,000,000",
            "2025-04-01 – 2025-06-30",
            "Alibaba Group Holding Ltd. · BABA",
            "↑ 26% YoY",
            "USD 5 – 6 / share",
            "48 months, undated",
            "FY year, undated",
            "> USD 52,000,000,000",
        ]
    );
    assert_eq!(html::label_of(&d.entities[3]), "Alibaba · BABA");
    let page = render("values.txt", text, &d);
    assert_faithful(&page, 0, text, &d);
    // The hover text says what an approximate amount converts.
    assert!(page.contains("title=\"money: ≈ USD 53,000,000,000\nequivalent of “¥380 billion”\""));
}

#[test]
fn company_labels_drop_legal_suffixes() {
    let text = "x";
    for (canonical, short) in [
        ("Meta Platforms, Inc.", "Meta Platforms"),
        ("Lenovo Group Limited", "Lenovo"),
        ("NVIDIA Corporation", "NVIDIA"),
        ("Holdings", "Holdings"),
        ("Group Inc.", "Group"),
        ("Toyota Motor Co., Ltd.", "Toyota Motor"),
    ] {
        let d = doc(None, vec![ent(text, "x", 0, company("x", canonical, "T"))]);
        assert_eq!(html::label_of(&d.entities[0]), format!("{short} · T"));
    }
}

/// Entities of different kinds that share a span, contain one another, or cross.
#[test]
fn overlapping_kinds_nest_or_continue() {
    let text = "In Q4 Acme Holdings said the Acme Q3 fund and Delta 2025 were up.";
    let d = doc(
        None,
        vec![
            // Crosses the start of the company.
            ent(
                text,
                "Q4 Acme",
                0,
                period("quarter", "2024-10-01", "2024-12-31"),
            ),
            ent(
                text,
                "Acme Holdings",
                0,
                company("Acme Holdings", "Acme Holdings", "AH"),
            ),
            // Contains a period.
            ent(
                text,
                "Acme Q3 fund",
                0,
                company("Acme Q3 fund", "Acme Q3 Fund", "AQF"),
            ),
            ent(text, "Q3", 0, period("quarter", "2025-07-01", "2025-09-30")),
            // Same span, two kinds.
            ent(
                text,
                "Delta 2025",
                0,
                company("Delta 2025", "Delta 2025 Inc.", "DLT"),
            ),
            ent(
                text,
                "Delta 2025",
                0,
                period("year", "2025-01-01", "2025-12-31"),
            ),
        ],
    );
    let page = render("overlap.txt", text, &d);
    assert_faithful(&page, 0, text, &d);
    let s = &scan(&page)[0];
    // The crossing company continues after the period closes.
    let crossing = s.fragments(1);
    assert_eq!(crossing.len(), 2);
    assert_eq!(crossing[0].text, "Acme");
    assert!(crossing[0].classes().contains(&"split"));
    assert_eq!(crossing[1].text, " Holdings");
    assert!(crossing[1].classes().contains(&"cont"));
    // Containment and equal spans nest without splitting.
    for i in 2..6 {
        assert_eq!(s.fragments(i).len(), 1, "entity {i}");
    }
    let inner = page.find("id=\"d0-e3\"").unwrap();
    let outer = page.find("id=\"d0-e2\"").unwrap();
    assert!(outer < inner);
}

/// Spans that do not fit the text (a hand-edited document) are skipped, not a panic.
#[test]
fn invalid_spans_are_skipped() {
    let text = "é 5%";
    let bad = |start: usize, end: usize| {
        let mut v = percent("5", "up", "year_over_year");
        v.as_object_mut().unwrap().extend(
            json!({"text": "?", "span": {"start": start, "end": end}})
                .as_object()
                .unwrap()
                .clone(),
        );
        v
    };
    let d = doc(None, vec![bad(1, 3), bad(4, 40), bad(3, 3), bad(5, 2)]);
    let page = render("bad.txt", text, &d);
    let s = &scan(&page)[0];
    assert_eq!(s.plain, text);
    assert!(s.marks.is_empty());
}

#[test]
fn facts_table_links_to_the_highlights() {
    let text = "In the June quarter, Alibaba's cloud revenue rose 26% year over year to ¥33.4B.";
    let d = doc(
        Some("2025-10-14"),
        vec![
            ent(
                text,
                "the June quarter",
                0,
                period("quarter", "2025-04-01", "2025-06-30"),
            ),
            ent(
                text,
                "Alibaba",
                0,
                company("Alibaba", "Alibaba Group Holding Ltd.", "BABA"),
            ),
            ent(text, "26%", 0, percent("26", "up", "year_over_year")),
            ent(text, "¥33.4B", 0, money("33400000000", "CNY")),
        ],
    );
    let facts = [
        FactRow {
            company: Some(1),
            metric: Some("cloud revenue".into()),
            normalized_metric: Some("revenue".into()),
            value: Some(3),
            change: Some(2),
            period: Some(0),
        },
        FactRow {
            company: Some(1),
            metric: None,
            normalized_metric: None,
            value: Some(99),
            change: None,
            period: None,
        },
    ];
    let mut page = Page::new();
    page.push_with_facts("facts.txt", text, &d, &facts);
    let page = page.finish();
    assert_faithful(&page, 0, text, &d);
    let table = &page[page.find("<table class=\"facts\">").expect("a facts table")..];
    let table = &table[..table.find("</table>").unwrap()];
    let links: Vec<&str> = table
        .match_indices("href=\"#")
        .map(|(i, _)| {
            let rest = &table[i + 7..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(links, ["d0-e1", "d0-e3", "d0-e2", "d0-e0", "d0-e1"]);
    for id in &links {
        assert!(page.contains(&format!("id=\"{id}\"")), "no highlight #{id}");
    }
    assert!(table.contains("<td>cloud revenue <span class=\"norm\">revenue</span></td>"));
    assert!(table.contains(">¥33.4B</a> <span class=\"norm\">CNY 33,400,000,000</span>"));
    // Missing parts and a dangling index are empty cells, not a panic.
    assert_eq!(table.matches("<td class=\"none\">—</td>").count(), 4);
    // No facts, no table.
    assert!(!render("none.txt", text, &d).contains("<table"));
}

/// Live facts on the bundled articles: one table row per fact, every link to a
/// highlight that exists.
#[test]
fn facts_of_the_bundled_articles_link_to_highlights() {
    let ex = Extractor::builder().facts(true).build().unwrap();
    let mut page = Page::new();
    let mut facts = 0;
    for name in articles() {
        let text = news(&name);
        let d = ex.extract_document(&text);
        facts += d.facts.len();
        page.push(&name, &text, &d);
    }
    let page = page.finish();
    assert!(facts > 0, "no facts in the bundled articles");
    let rows = page.matches("<tr><td").count();
    assert_eq!(rows, facts, "one table row per fact");
    for (i, _) in page.match_indices("href=\"#d") {
        let rest = &page[i + 7..];
        let id = &rest[..rest.find('"').unwrap()];
        if id.contains("-e") {
            assert_eq!(page.matches(&format!(" id=\"{id}\"")).count(), 1, "#{id}");
        }
    }
}

/// The page for one bundled article, rendered from a frozen extraction so that
/// extractor improvements do not change it.
#[test]
fn golden_article_003() {
    let text = news(ARTICLE_003);
    let frozen: Document = serde_json::from_str(&news("tests/data/html/003.document.json"))
        .expect("tests/data/html/003.document.json: not a Document");
    for e in &frozen.entities {
        assert_eq!(
            text.get(e.span.range()),
            Some(e.text.as_str()),
            "the frozen extraction no longer matches {ARTICLE_003}"
        );
    }
    let page = render(ARTICLE_003, &text, &frozen);
    assert_faithful(&page, 0, &text, &frozen);
    let golden = "tests/data/html/003.html";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden, &page).unwrap();
        return;
    }
    // A missing file reads as empty, so the message below says how to create it.
    let want = std::fs::read_to_string(golden).unwrap_or_default();
    if page != want {
        let line = page
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| page.lines().count().min(want.lines().count()));
        panic!(
            "{golden} differs from the rendered page at line {}:\n got: {:?}\nwant: {:?}\n\
             After a deliberate change, run `UPDATE_GOLDEN=1 cargo test --test html` and \
             review the diff.",
            line + 1,
            page.lines().nth(line),
            want.lines().nth(line),
        );
    }
}
