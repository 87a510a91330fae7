//! Company extraction on realistic sentences written for these tests: legal suffixes,
//! gazetteer names, tickers, caller-supplied companies, and the ordinary-word senses of
//! company names that must not be reported.

use std::borrow::Cow;

use finfacts::{Company, CompanyEntry, Extractor, Value};

fn companies_with(ex: &Extractor, text: &str) -> Vec<(String, Company)> {
    ex.extract(text)
        .into_iter()
        .filter_map(|e| match e.value {
            Value::Company(c) => {
                assert_eq!(&text[e.span.range()], e.text, "span and text agree");
                Some((e.text.into(), c))
            }
            _ => None,
        })
        .collect()
}

fn companies(text: &str) -> Vec<(String, Company)> {
    companies_with(&Extractor::new(), text)
}

fn names(text: &str) -> Vec<String> {
    companies(text).into_iter().map(|(n, _)| n).collect()
}

fn canonicals(text: &str) -> Vec<String> {
    companies(text)
        .into_iter()
        .map(|(n, c)| c.canonical.map_or(n, Cow::into_owned))
        .collect()
}

#[test]
fn legal_suffixes_of_major_jurisdictions() {
    let cases = [
        (
            "Meta Platforms, Inc. reported higher ad revenue on Wednesday.",
            "Meta Platforms, Inc.",
        ),
        (
            "Lenovo Group Limited shipped more PCs in the quarter.",
            "Lenovo Group Limited",
        ),
        ("Barclays PLC cut its cost targets.", "Barclays PLC"),
        (
            "Siemens AG will spin off its healthcare unit.",
            "Siemens AG",
        ),
        (
            "Toyota Motor Corp. raised its forecast.",
            "Toyota Motor Corp.",
        ),
        ("LVMH SA owns dozens of luxury brands.", "LVMH SA"),
        (
            "ASML Holding N.V. sells lithography machines.",
            "ASML Holding N.V.",
        ),
        ("Orkla ASA agreed to buy the bakery.", "Orkla ASA"),
        ("Novo Nordisk A/S lifted its outlook.", "Novo Nordisk A/S"),
        ("Brembo S.p.A. supplies brake systems.", "Brembo S.p.A."),
    ];
    for (text, want) in cases {
        assert_eq!(names(text), [want], "{text}");
    }
}

#[test]
fn unknown_companies_found_by_their_suffix() {
    assert_eq!(
        names("Zhejiang Xinhua Machinery Co., Ltd. won a contract to supply pumps."),
        ["Zhejiang Xinhua Machinery Co., Ltd."]
    );
    assert_eq!(
        names("Quorvant Instruments Inc said quarterly sales rose."),
        ["Quorvant Instruments Inc"]
    );
    assert_eq!(
        names("Brakfeld Oyj said it would cut 40 jobs."),
        ["Brakfeld Oyj"]
    );
    assert_eq!(
        canonicals("Brakfeld Oyj said it would cut 40 jobs."),
        ["Brakfeld"]
    );
    // The name without its suffix names the company again later.
    assert_eq!(
        names("Velmora Systems Corp said it lost money. Velmora shares fell 3 pct."),
        ["Velmora Systems Corp", "Velmora"]
    );
    // Biotech and robotics head nouns end a name as legal forms do.
    assert_eq!(
        names("Pelldra Therapeutics and Ostrava Biosciences agreed to merge."),
        ["Pelldra Therapeutics", "Ostrava Biosciences"]
    );
}

#[test]
fn document_aliases_after_a_suffix() {
    assert_eq!(
        names("Endrova Inc said it lost money in 2024. Endrova expects a profit next year."),
        ["Endrova Inc", "Endrova"]
    );
    // An industry word after the name is dropped as well, and the short form keeps the
    // full name as its canonical one.
    let text = "Zentrix Semiconductor, Inc. reported results.\n\nZentrix expects growth. \
                Orbital Freight Ltd agreed to buy Kestrel Logistics GmbH. Kestrel grew 5%.";
    let got: Vec<_> = companies(text)
        .into_iter()
        .map(|(n, c)| (n, c.canonical.map(Cow::into_owned)))
        .collect();
    let want = [
        ("Zentrix Semiconductor, Inc.", "Zentrix Semiconductor"),
        ("Zentrix", "Zentrix Semiconductor"),
        ("Orbital Freight Ltd", "Orbital Freight"),
        ("Kestrel Logistics GmbH", "Kestrel Logistics"),
        ("Kestrel", "Kestrel Logistics"),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(n, c)| (n.to_string(), Some(c.to_string())))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn well_known_names_without_suffix() {
    let text =
        "Alibaba, Tencent and ByteDance compete with Meta, Nvidia, AMD, Apple and Microsoft, \
                while Lenovo, Reddit and DeepSeek drew notes from Bank of America and Barclays.";
    assert_eq!(
        names(text),
        [
            "Alibaba",
            "Tencent",
            "ByteDance",
            "Meta",
            "Nvidia",
            "AMD",
            "Apple",
            "Microsoft",
            "Lenovo",
            "Reddit",
            "DeepSeek",
            "Bank of America",
            "Barclays"
        ]
    );
    assert_eq!(canonicals("NVIDIA and Nvidia"), ["Nvidia", "Nvidia"]);
}

#[test]
fn short_names_derived_from_listings() {
    // Listed as "Westpac Banking Corp.", "Lloyds Banking Group PLC", "Rivian Automotive,
    // Inc.", "Cheniere Energy, Inc.", "Howmet Aerospace Inc." and "Banco Bradesco S.A.":
    // news drops the descriptive word or the "Banco".
    let text = "Lloyds, Cheniere, Howmet and Bradesco reported results.";
    assert_eq!(
        canonicals(text),
        [
            "Lloyds Banking Group",
            "Cheniere Energy",
            "Howmet Aerospace",
            "Banco Bradesco"
        ]
    );
    // Below the most famous, an industry name's first word is often a place or a
    // person ("Eldorado Gold", "Orla Mining"): it needs evidence.
    assert_eq!(
        canonicals("Westpac said profit rose. Rivian shares fell. Rivian Automotive sells."),
        ["Westpac Banking", "Rivian Automotive", "Rivian Automotive"]
    );
    assert!(names("Orla Guerin reported from the Eldorado hotel.").is_empty());
    // Registry names in capitals with a mixed-case legal form ("DENSO Corp") match as
    // news writes them.
    assert_eq!(
        names("Denso and Fujifilm said on Monday."),
        ["Denso", "Fujifilm"]
    );
    // A listed name of ordinary words that ends in a company's head word needs no
    // other evidence, and no part of it is a name of its own.
    assert_eq!(
        canonicals("American Airlines Group lost $114 million in the quarter."),
        ["American Airlines Group"]
    );
    assert!(names("Airlines Group lost money.").is_empty());
    // A head word that several listed companies share names none of them.
    assert!(names("Worthington said on Monday it would expand.").is_empty());
}

#[test]
fn brands_and_divisions_link_to_the_parent() {
    assert_eq!(
        canonicals("Amazon Web Services and AWS"),
        ["Amazon", "Amazon"]
    );
    assert_eq!(canonicals("a video on YouTube"), ["Alphabet"]);
    assert_eq!(canonicals("Instagram and WhatsApp users"), ["Meta", "Meta"]);
    assert_eq!(canonicals("Alibaba Cloud revenue grew"), ["Alibaba"]);
    assert_eq!(canonicals("according to MarketWatch"), ["Dow Jones"]);
    assert_eq!(canonicals("ARK Invest bought more shares"), ["ARK Invest"]);
    assert_eq!(canonicals("data from IDC show"), ["IDC"]);
    assert_eq!(
        canonicals("Reliance Jio added subscribers; HCLTech shares fell."),
        ["Reliance Industries", "HCLTech"]
    );
    assert_eq!(
        canonicals("Healthineers posted higher earnings."),
        ["Siemens Healthineers"]
    );
}

#[test]
fn foreign_companies_carry_their_home_listing() {
    // Not an over-the-counter American depositary code ("BMWYY", "TGOPY").
    let tickers: Vec<_> = companies("BMW, Adidas and 3i Group reported results.")
        .into_iter()
        .map(|(_, c)| c.ticker.map(|t| t.into_owned()))
        .collect();
    assert_eq!(
        tickers,
        [
            Some("BMW.DE".to_string()),
            Some("ADS.DE".to_string()),
            Some("III.L".to_string())
        ]
    );
}

#[test]
fn reuters_codes_and_symbols_bound_to_their_name() {
    // A Reuters code of a US listing names the listing's ticker.
    let got = companies("Oracle (ORCL.N) rose while Intel (INTC.O) fell.");
    let tickers: Vec<_> = got
        .iter()
        .map(|(n, c)| (n.as_str(), c.ticker.as_deref()))
        .collect();
    assert_eq!(
        tickers,
        [
            ("Oracle", Some("ORCL")),
            ("ORCL.N", Some("ORCL")),
            ("Intel", Some("INTC")),
            ("INTC.O", Some("INTC")),
        ]
    );
    // The text says whose symbol it is: a full name with its legal form wins over the
    // list's owner of the symbol.
    let got = companies("Qorvix Robotics, Inc. (NASDAQ: AAPL) priced its offering.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.canonical.as_deref(), Some("Qorvix Robotics"));
    assert_eq!(got[1].1.ticker.as_deref(), Some("AAPL"));
    // A short name keeps the list's owner.
    assert_eq!(
        canonicals("Alibaba (NYSE: BABA) fell."),
        ["Alibaba", "Alibaba"]
    );
}

#[test]
fn longest_name_wins() {
    assert_eq!(
        names("Thomson Reuters owns Reuters."),
        ["Thomson Reuters", "Reuters"]
    );
    assert_eq!(
        canonicals("Thomson Reuters owns Reuters."),
        ["Thomson Reuters", "Thomson Reuters"]
    );
}

#[test]
fn one_canonical_for_names_and_tickers() {
    let got = companies("Alibaba Group Holding Ltd. (NYSE: BABA) said Alibaba would invest more.");
    let canon: Vec<_> = got
        .iter()
        .map(|(_, c)| c.canonical.clone().unwrap())
        .collect();
    assert_eq!(canon, ["Alibaba", "Alibaba", "Alibaba"]);
    assert_eq!(got[1].0, "BABA");
    assert_eq!(got[0].1.cik.as_deref(), Some("1577552"));
}

#[test]
fn tickers_in_ticker_contexts() {
    assert_eq!(names("Apple (NASDAQ:AAPL) rose."), ["Apple", "AAPL"]);
    assert_eq!(
        names("Alibaba's Hong Kong shares (HKG: 9988) rose."),
        ["Alibaba", "9988"]
    );
    assert_eq!(
        canonicals("Hong Kong-listed shares (HKG: 9988) rose."),
        ["Alibaba"]
    );
    assert_eq!(canonicals("9988.HK gained 4% on Monday."), ["Alibaba"]);
    assert_eq!(
        names("Traders piled into $BABA and $NVDA."),
        ["BABA", "NVDA"]
    );
    assert_eq!(
        names("Fenwick Plc <FNWK.L> said it agreed terms."),
        ["Fenwick Plc", "FNWK.L"]
    );
    assert_eq!(
        names("Kemira Oyj ( HEL : KRA1V ) said on Monday"),
        ["Kemira Oyj", "KRA1V"]
    );
    let got = companies("BABA jumped 9% in premarket trading.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.canonical.as_deref(), Some("Alibaba"));
}

#[test]
fn bare_tickers_need_a_trading_context() {
    assert!(names("ALL of the staff ARE in the office and CAN work.").is_empty());
    assert!(names("The deal closed at an IPO price set by the SEC.").is_empty());
    assert!(names("The Financial Restructuring Plan (FRP) was approved.").is_empty());
}

#[test]
fn possessives_and_leading_the_stay_out_of_the_span() {
    assert_eq!(
        names("Alibaba’s cloud unit and Tencent's games"),
        ["Alibaba", "Tencent"]
    );
    assert_eq!(
        names("The Boeing Company delivered 40 jets."),
        ["Boeing Company"]
    );
    assert_eq!(
        names("He read it in The Wall Street Journal."),
        ["Wall Street Journal"]
    );
}

#[test]
fn caller_supplied_companies_win() {
    let entry = CompanyEntry::new("Meta Materials Inc.")
        .unwrap()
        .alias("Meta")
        .unwrap()
        .ticker("MMAT")
        .unwrap()
        .cik("0001431959")
        .unwrap();
    let ex = Extractor::builder().company(entry).build().unwrap();
    let got = companies_with(&ex, "Meta said orders rose. Watch $MMAT.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1.canonical.as_deref(), Some("Meta Materials Inc."));
    assert_eq!(got[0].1.cik.as_deref(), Some("0001431959"));
    assert_eq!(got[1].0, "MMAT");
    assert_eq!(got[1].1.canonical.as_deref(), Some("Meta Materials Inc."));
    // The embedded list still works beside the caller's.
    assert_eq!(
        companies_with(&ex, "Tencent rose.")[0]
            .1
            .canonical
            .as_deref(),
        Some("Tencent")
    );
}

#[test]
fn caller_entries_are_validated() {
    assert_eq!(
        CompanyEntry::new("  ").unwrap_err().to_string(),
        "empty company name"
    );
    let e = CompanyEntry::new("Acme").unwrap();
    assert_eq!(
        e.clone().alias(" ").unwrap_err().to_string(),
        "empty alias for company \"Acme\""
    );
    assert_eq!(
        e.clone().ticker("AC ME").unwrap_err().to_string(),
        "invalid ticker \"AC ME\" for company \"Acme\""
    );
    assert_eq!(
        e.clone().isin("US12").unwrap_err().to_string(),
        "invalid ISIN \"US12\" for company \"Acme\""
    );
    assert_eq!(
        e.cik("12a").unwrap_err().to_string(),
        "invalid CIK \"12a\" for company \"Acme\""
    );
}

#[test]
fn ambiguous_words_in_their_ordinary_sense() {
    for text in [
        "The farm sells apple cider from its apple orchards.",
        "A meta-analysis of 40 trials found no effect.",
        "Mark the spot with an X on the map.",
        "Regulators will target banks that lend too much.",
        "The city will block the road to traffic.",
        "A cold snap hit the region.",
        "The sea level rose by 3 mm.",
        "She applied for a visa to travel to Japan.",
        "A shell company held the assets.",
        "Our strategy is to grow in Asia.",
        "The news broke on Friday.",
        "Strategy matters more than tactics.",
        "News of the deal spread quickly.",
        "Target prices were raised across the sector.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn ambiguous_words_as_companies_with_evidence() {
    assert_eq!(names("Target Corp. cut its forecast."), ["Target Corp."]);
    assert_eq!(
        names("Shares of Target fell 5% after Target said sales slowed."),
        ["Target", "Target"]
    );
    assert_eq!(
        names("Block Inc. reported higher gross profit."),
        ["Block Inc."]
    );
    assert_eq!(names("Visa said payment volumes grew."), ["Visa"]);
    assert_eq!(names("Shell plc raised its dividend."), ["Shell plc"]);
    assert_eq!(canonicals("Apple Inc. and Apple"), ["Apple", "Apple"]);
    assert_eq!(names("The CEO of Snap said ad sales rose."), ["Snap"]);
    assert_eq!(
        names("Chevron's $53 billion deal for Hess closed in July."),
        ["Chevron", "Hess"]
    );
    assert_eq!(
        names("Walmart once weighed a bid for Target."),
        ["Walmart", "Target"]
    );
}

#[test]
fn products_people_places_and_regulators_are_not_companies() {
    for text in [
        "The Qwen3-Max model beat Llama on the benchmark.",
        "Users of ChatGPT and the iPhone grew.",
        "Cathie Wood and Eddie Wu spoke at the event.",
        "Stanford University and the SEC published reports.",
        "Beijing and Washington traded barbs.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
    // The company inside a product name is still a company.
    assert_eq!(names("Microsoft Azure grew 39%."), ["Microsoft"]);
}

#[test]
fn market_indices_are_not_their_publishers() {
    let text = "The Nikkei 225 rose 1%, the Nasdaq Composite gained 2% and the Dow Jones \
                industrial average slipped, as did the Nikkei share average. Nasdaq said \
                listings grew; Dow Jones & Co. said subscriptions rose.";
    assert_eq!(names(text), ["Nasdaq", "Dow Jones & Co."]);
}

#[test]
fn people_named_like_companies_are_not_companies() {
    assert!(names("said broker Jeffrey Wendel of the firm").is_empty());
    assert!(names("founder Michael Dell told reporters").is_empty());
    // A first name after a title: Roland is also a listed company.
    assert_eq!(
        names("Chief Executive Roland Busch said Siemens would grow."),
        ["Siemens"]
    );
    assert_eq!(names("Roland said its synthesizer sales rose."), ["Roland"]);
}

#[test]
fn context_rules_for_unknown_names() {
    assert_eq!(
        names("Korvela , the Finnish retailer , reported higher sales."),
        ["Korvela"]
    );
    assert_eq!(
        names("Korvela 's net profit rose to EUR 3 mn."),
        ["Korvela"]
    );
    assert_eq!(names("The airline TQX has confirmed an order."), ["TQX"]);
    assert_eq!(
        names("ZURICH - Banca Privata Ticinese <BPTZ.S> said profit rose."),
        ["Banca Privata Ticinese", "BPTZ.S"]
    );
}

#[test]
fn unknown_tickers_take_the_name_before_them() {
    assert_eq!(
        canonicals("ZURICH - Banca Privata Ticinese <BPTZ.S> said profit rose."),
        ["Banca Privata Ticinese", "Banca Privata Ticinese"]
    );
    assert_eq!(
        canonicals("Brakfeld Oyj ( HEL : BRK1V ) said on Monday"),
        ["Brakfeld", "Brakfeld"]
    );
    assert_eq!(
        canonicals("Airbus Industrie <AIRB.PA> won"),
        ["Airbus", "Airbus"]
    );
}

#[test]
fn wire_story_subjects_and_bracketed_abbreviations() {
    assert_eq!(
        names("DAYTON, Ohio, March 9 - Brookfield Super Stores said its sales rose 15 pct."),
        ["Brookfield Super Stores"]
    );
    assert!(
        names("WASHINGTON, June 1 - Treasury Secretary James Baker said rates would fall.")
            .is_empty()
    );
    assert_eq!(
        names("Harwell Capital Partners (HCP) bid for the unit; HCP said it would pay cash."),
        ["Harwell Capital Partners", "HCP", "HCP"]
    );
}

#[test]
fn never_panics_and_spans_are_valid() {
    let samples = [
        "Alibaba’s Qwen3-Max (NYSE: BABA) rose 9% — Zhejiang Xinhua Machinery Co., Ltd. <FISN.L> $BABA 9988.HK",
        "Ünïcödé Gröüp AG, Société Générale S.A. et Wärtsilä Oyj Abp: HEL : KRA1V",
        "<<>> $ $$ NYSE: : ( HKG: ) Co., Ltd. Inc. The The 's ’s ' , , ,",
    ];
    let ex = Extractor::new();
    for s in samples {
        for (i, _) in s.char_indices() {
            for (j, _) in s[i..].char_indices().step_by(7) {
                let t = &s[i..i + j];
                for e in ex.extract(t) {
                    assert!(t.get(e.span.range()).is_some(), "{t:?} {e:?}");
                }
            }
        }
    }
}

mod props {
    use finfacts::Extractor;
    use proptest::prelude::*;

    /// Pieces that exercise the company rules: names, suffixes, tickers, brackets,
    /// possessives, datelines, non-ASCII letters and stray punctuation.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "Alibaba",
            "Group",
            "Holding",
            "Ltd.",
            "Co.,",
            "Ltd",
            "Inc",
            "Oyj",
            "A/S",
            "S.p.A.",
            "(",
            ")",
            "<",
            ">",
            "NYSE",
            ":",
            "$",
            "BABA",
            "9988.HK",
            ".",
            ",",
            "’s",
            "'s",
            "The",
            "the",
            "and",
            "&",
            "-",
            "March",
            "9",
            "said",
            "shares",
            "Target",
            "apple",
            "Wärtsilä",
            "é",
            "\u{2019}",
            "\n",
            " ",
            "HEL",
            "KRA1V",
            "X",
            "Corp",
        ])
    }

    proptest! {
        #[test]
        fn spans_are_valid_on_any_text(s in ".{0,80}") {
            for e in Extractor::new().extract(&s) {
                prop_assert_eq!(s.get(e.span.range()), Some(e.text.as_str()));
            }
        }

        #[test]
        fn spans_are_valid_on_company_like_text(parts in prop::collection::vec(piece(), 0..30)) {
            let s = parts.join(" ") + &parts.concat();
            for e in Extractor::new().extract(&s) {
                prop_assert_eq!(s.get(e.span.range()), Some(e.text.as_str()));
            }
        }
    }
}

#[test]
fn and_co_suffix_keeps_the_listed_company() {
    let got = companies("Eli Lilly and Co. rose 3% after the drug trial.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Eli Lilly and Co.");
    assert_eq!(got[0].1.ticker.as_deref(), Some("LLY"));
    assert!(got[0].1.cik.is_some());
    let entry = CompanyEntry::new("Brannock Lumber")
        .unwrap()
        .ticker("BRNK")
        .unwrap();
    let ex = Extractor::builder().company(entry).build().unwrap();
    let got = companies_with(&ex, "Brannock Lumber & Co. said mill output fell.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Brannock Lumber & Co.");
    assert_eq!(got[0].1.ticker.as_deref(), Some("BRNK"));
}

#[test]
fn symbols_in_one_bracket_are_listings_of_one_company() {
    let got = companies("HSBC Holdings plc (LSE: HSBA; HKEX: 0005) said profit rose.");
    let got: Vec<_> = got
        .iter()
        .map(|(n, c)| (n.as_str(), c.canonical.as_deref(), c.ticker.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("HSBC Holdings plc", Some("HSBC"), Some("HSBA.L")),
            ("HSBA", Some("HSBC"), Some("HSBA.L")),
            ("0005", Some("HSBC"), Some("0005.HK")),
        ]
    );
    // An unknown company: the second listing takes the name before the bracket.
    let got = companies("Kerrin Harbour Holdings Ltd (SGX: KHH; HKEX: 2345) fell.");
    let tail: Vec<_> = got
        .iter()
        .skip(1)
        .map(|(n, c)| (n.as_str(), c.canonical.as_deref(), c.ticker.as_deref()))
        .collect();
    assert_eq!(
        tail,
        [
            ("KHH", Some("Kerrin Harbour Holdings"), Some("KHH.SI")),
            ("2345", Some("Kerrin Harbour Holdings"), Some("2345.HK")),
        ]
    );
    // Numeric codes name the listing on their exchange; Hong Kong codes have four digits.
    let got = companies("Shares of the carmaker (TYO: 7203) rose.");
    assert_eq!(got[0].1.ticker.as_deref(), Some("7203.T"));
    let got = companies("Tencent (HKEX: 700) rose 2% in Hong Kong.");
    assert_eq!(got[1].0, "700");
    assert_eq!(got[1].1.ticker.as_deref(), Some("0700.HK"));
    assert_eq!(got[1].1.canonical.as_deref(), Some("Tencent"));
}

#[test]
fn share_classes_with_a_dot() {
    let got = companies("Berkshire Hathaway Inc.'s Class B shares (BRK.B) rose 1%.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "BRK.B");
    assert_eq!(got[1].1.canonical.as_deref(), Some("Berkshire Hathaway"));
    assert_eq!(canonicals("Traders bought $BRK.B."), ["Berkshire Hathaway"]);
    // An unknown class symbol is no ticker.
    assert!(names("Plan (QZX.B) was dropped.").is_empty());
}

#[test]
fn coordination_with_a_company_is_evidence() {
    assert_eq!(
        names("Visa and Mastercard agreed to a $38 billion settlement."),
        ["Visa", "Mastercard"]
    );
    assert_eq!(
        names("Mastercard and Visa agreed to cap fees."),
        ["Mastercard", "Visa"]
    );
    assert_eq!(
        names("Walmart, Target and Costco reported sales."),
        ["Walmart", "Target", "Costco"]
    );
    // A name kept by a cue passes it on along the list.
    assert_eq!(
        names("Block, Snap and Visa shares fell after the report."),
        ["Block", "Snap", "Visa"]
    );
    // Not with an ordinary word, nor with another ambiguous word alone.
    assert!(names("You need a visa and a passport.").is_empty());
    assert!(names("Target and block the rival's moves.").is_empty());
}

#[test]
fn context_rules_keep_the_full_name_of_a_short_form() {
    let text = "Orbital Freight Ltd agreed to buy a rival. The acquisition is expected to \
                add about 12% to Orbital's earnings per share.";
    assert_eq!(canonicals(text), ["Orbital Freight", "Orbital Freight"]);
    assert_eq!(names(text), ["Orbital Freight Ltd", "Orbital"]);
    let text = "Halda Therapeutics Inc. won approval. Halda's net loss narrowed.";
    assert_eq!(
        canonicals(text),
        ["Halda Therapeutics", "Halda Therapeutics"]
    );
}

#[test]
fn famous_ordinary_words_opening_a_sentence() {
    // The ordinary word: it opens the sentence and modifies the noun after it.
    for text in [
        "Apple orchards in Washington state produced 3% more fruit.",
        "Shell companies were used to hide $2 billion.",
        "Growers were upbeat. Apple harvests in Europe have recovered.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
    // The company: a verb, a cue or a company's own noun after it, or a suffix.
    for (text, want) in [
        ("Apple shares rose 2% in early trading.", "Apple"),
        ("Apple said iPhone sales rose.", "Apple"),
        ("Apple's revenue rose 6%.", "Apple"),
        ("Apple engineers were hired from rivals.", "Apple"),
        ("Apple is expanding in India.", "Apple"),
        ("Apple also has a deal with a chipmaker.", "Apple"),
        ("Shell plans to sell its chemicals arm.", "Shell"),
        ("Shell operates in 70 countries.", "Shell"),
        ("Shell plc companies were fined.", "Shell plc"),
    ] {
        assert_eq!(names(text), [want], "{text}");
    }
    // Mentioned as the company elsewhere in the story, the name keeps its company.
    assert_eq!(
        names("Oracle said cloud revenue rose. Oracle databases are used by most banks."),
        ["Oracle", "Oracle"]
    );
}

#[test]
fn a_legal_suffix_is_not_a_bare_ticker() {
    // "ASA" is a listed symbol too; after a name it is the name's legal form.
    assert_eq!(
        names("Halvorsen Mining ASA said output rose 4% in the quarter."),
        ["Halvorsen Mining ASA"]
    );
    assert_eq!(
        canonicals("Shares of ASA rose 3% on gold prices."),
        ["ASA Gold & Precious Metals"]
    );
}

#[test]
fn a_full_name_beats_a_lesser_listed_namesake_of_its_short_form() {
    // "Kestrel" alone is a listed company; after the full name it is this one.
    let text = "Kestrel Biotech Holdings Inc. (NASDAQ: KBHI) agreed to buy Marlow Diagnostics \
                for $1.2 billion. Kestrel's shares rose 8%.";
    let got = companies(text);
    let last = got.last().unwrap();
    assert_eq!(last.0, "Kestrel");
    assert_eq!(last.1.canonical.as_deref(), Some("Kestrel Biotech"));
    assert_eq!(last.1.ticker, None);
    // A famous company keeps its name: "Amazon" is not "Amazon Freight Ltd".
    let text = "Amazon Freight Ltd opened a depot. Amazon said its shares rose.";
    assert_eq!(canonicals(text), ["Amazon Freight", "Amazon"]);
}

#[test]
fn european_and_asian_exchange_prefixes() {
    let got = companies("Prosus N.V. (AEX: PRX) and Naspers Ltd (JSE: NPN) extended buybacks.");
    let got: Vec<_> = got
        .iter()
        .map(|(n, c)| (n.as_str(), c.canonical.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Prosus N.V.", Some("Prosus")),
            ("PRX", Some("Prosus")),
            ("Naspers Ltd", Some("Naspers")),
            ("NPN", Some("Naspers")),
        ]
    );
    let got = companies("Halvard Shipping Ltd (SGX: 5123) fell 4%.");
    assert_eq!(got[1].1.ticker.as_deref(), Some("5123.SI"));
}

#[test]
fn an_index_named_after_its_publisher_moving() {
    assert!(names("The Dow fell 1.2% and the Nasdaq gained 0.4%.").is_empty());
    assert_eq!(
        names("Apple and Microsoft led the Nasdaq higher."),
        ["Apple", "Microsoft"]
    );
    assert!(names("In Tokyo the Nikkei ended 0.5% lower.").is_empty());
    // The companies.
    assert_eq!(names("Dow said it would cut 1,500 jobs."), ["Dow"]);
    assert_eq!(names("Shares of Nasdaq rose 2% after results."), ["Nasdaq"]);
}

fn tickers(text: &str) -> Vec<(String, Option<String>)> {
    companies(text)
        .into_iter()
        .map(|(n, c)| (n, c.ticker.map(Cow::into_owned)))
        .collect()
}

#[test]
fn names_a_list_writes_with_every_word_capitalized() {
    // Listings write "Bank Of Nova Scotia" and "Banca Monte Dei Paschi Di Siena"; news
    // writes the connectors in lower case.
    assert_eq!(
        names("Bank of Nova Scotia shares rose 2% in Toronto."),
        ["Bank of Nova Scotia"]
    );
    assert_eq!(
        names("Regulators fined Banca Monte dei Paschi di Siena on Friday."),
        ["Banca Monte dei Paschi di Siena"]
    );
    assert_eq!(
        names("Banco do Brasil said lending grew 9%."),
        ["Banco do Brasil"]
    );
    // A capitalized word that is not a connector still has to be capitalized.
    assert!(names("Shares of the bank of nova scotia rose.").is_empty());
    // A one-letter word inside a name, listed in capitals ("Seven & I").
    assert_eq!(
        names("Couche-Tard withdrew its offer for Seven & i Holdings Co."),
        ["Couche-Tard", "Seven & i Holdings Co."]
    );
}

#[test]
fn all_caps_registry_names_spelled_as_other_listings_spell_them() {
    assert_eq!(
        canonicals("HDFC Bank and ICICI Bank led gains; MercadoLibre fell."),
        ["HDFC Bank", "ICICI Bank", "MercadoLibre"]
    );
    assert_eq!(
        canonicals("Bank of Montreal raised its dividend."),
        ["Bank of Montreal"]
    );
    // One-word names keep the title case news writes.
    assert_eq!(
        names("Omron and Fujifilm rose in Tokyo."),
        ["Omron", "Fujifilm"]
    );
}

#[test]
fn home_listings_of_brazil_and_mexico_and_over_the_counter_quotes() {
    // Sao Paulo and Mexico City list their own companies, although they also carry
    // copies of foreign shares.
    assert_eq!(
        tickers("Grupo Mexico and Magazine Luiza gained."),
        [
            ("Grupo Mexico".to_string(), Some("GMEXICOB.MX".to_string())),
            ("Magazine Luiza".to_string(), Some("MGLU3.SA".to_string())),
        ]
    );
    // A company quoted in the US only over the counter is known by its home listing;
    // one with a US exchange listing by that.
    assert_eq!(
        tickers("Westpac Banking Corp. and TotalEnergies SE cut costs."),
        [
            (
                "Westpac Banking Corp.".to_string(),
                Some("WBC.AX".to_string())
            ),
            ("TotalEnergies SE".to_string(), Some("TTE".to_string())),
        ]
    );
    // "3M": a digit and a letter make a listed name.
    assert_eq!(
        tickers("3M settled the lawsuits."),
        [("3M".to_string(), Some("MMM".to_string()))]
    );
}

#[test]
fn names_inside_longer_names_of_institutions_places_and_indices() {
    // A bare symbol after an article is a name or an abbreviation, not a ticker.
    assert!(names("The Australian dollar fell after the RBA decision.").is_empty());
    assert_eq!(
        tickers("RBA shares fell 3% after results."),
        [("RBA".to_string(), Some("RBA".to_string()))]
    );
    // An index named after its publisher, with words of its own before "index".
    assert!(names("The MSCI Asia Pacific index rose 0.3%; the MSCI World Index fell.").is_empty());
    assert!(names("The Stoxx Europe 600 fell 1%.").is_empty());
    assert_eq!(
        names("MSCI said it would add 12 stocks to its indexes."),
        ["MSCI"]
    );
    // "People's Bank of China" is the central bank, not Bank of China.
    assert!(names("The People's Bank of China cut its reserve requirement ratio.").is_empty());
    assert_eq!(
        names("China's Bank of China said profit rose."),
        ["Bank of China"]
    );
    // A name that needs evidence, right after a place, is part of the place's name.
    assert_eq!(
        names("Shares of Snap rose in Mexico City, and Walmart fell."),
        ["Snap", "Walmart"]
    );
    assert_eq!(
        names("Walmart, Target and Costco reported higher sales."),
        ["Walmart", "Target", "Costco"]
    );
    // A place after "of" that the name's words cannot reach is the end of that name.
    assert_eq!(
        names("Ping An Insurance (Group) Co. of China Ltd. reported a 6% rise in profit."),
        ["Ping An Insurance"]
    );
    assert_eq!(
        names("Qinghe Rural Development Bank of China Ltd. sold bonds."),
        ["Qinghe Rural Development Bank of China Ltd."]
    );
}

#[test]
fn primary_listing_of_home_exchanges() {
    // Common shares before numbered instruments; India's NSE before BSE; a curated
    // primary (Volkswagen's preferred shares) stays first.
    assert_eq!(
        tickers("Atlas Copco AB, Axis Bank and Volkswagen AG rose."),
        [
            ("Atlas Copco AB".to_string(), Some("ATCO-A.ST".to_string())),
            ("Axis Bank".to_string(), Some("AXISBANK.NS".to_string())),
            ("Volkswagen AG".to_string(), Some("VOW3.DE".to_string())),
        ]
    );
}

#[test]
fn a_lesser_known_one_word_name_before_a_surname() {
    // "Arvind" is also a listed Indian textile maker: before a surname it is a person.
    assert_eq!(
        names("Arvind Krishna, IBM's chief executive, said demand was strong."),
        ["IBM"]
    );
    assert_eq!(
        names("Shares of Arvind rose 3% after Arvind said quarterly profit doubled."),
        ["Arvind", "Arvind"]
    );
    // Before a title or a legal suffix it is still the company.
    assert_eq!(
        names("Coforge Chief Executive Sudhir Singh said deal wins were strong."),
        ["Coforge"]
    );
    assert_eq!(names("Arvind Ltd said exports rose."), ["Arvind Ltd"]);
}

#[test]
fn listed_names_with_their_legal_form_group_or_division() {
    // An alias that ends in a legal form takes the rest of it ("Corp" + ".").
    assert_eq!(
        tickers("Sumitomo Corp. and Manulife Financial Corp. raised their forecasts."),
        [
            ("Sumitomo Corp.".to_string(), Some("8053.T".to_string())),
            (
                "Manulife Financial Corp.".to_string(),
                Some("MFC".to_string())
            ),
        ]
    );
    // Group and division words after a listed name name it or its unit.
    assert_eq!(
        canonicals("Telstra Group cut jobs, and Morgan Stanley Wealth Management hired advisers."),
        ["Telstra", "Morgan Stanley"]
    );
    assert_eq!(
        names("Analysts at Nomura Securities raised their target."),
        ["Nomura Securities"]
    );
    // Not after a name that needs evidence: "Target Group Inc" is another company.
    assert_ne!(canonicals("Target Group Inc said sales rose."), ["Target"]);
}

#[test]
fn and_and_ampersand_spell_the_same_name() {
    assert_eq!(
        tickers("Marks & Spencer Group Plc said online sales fell."),
        [(
            "Marks & Spencer Group Plc".to_string(),
            Some("MKS.L".to_string())
        )]
    );
    assert_eq!(
        canonicals("Nippon Telegraph and Telephone Corp raised its forecast."),
        ["Nippon Telegraph & Telephone"]
    );
    // A legal form after generic words alone names nothing ("Holdings Co." of a name
    // whose other words the pattern cannot join).
    assert!(
        !names("Quorvant withdrew its offer for Seven & i Holdings Co.")
            .iter()
            .any(|n| n == "Holdings Co.")
    );
    assert!(names("The shares of Group Inc fell.").is_empty());
    // A home listing before an over-the-counter symbol that no US exchange lists.
    assert_eq!(
        tickers("Shares in Cargotec fell sharply."),
        [("Cargotec".to_string(), Some("CGCBV.HE".to_string()))]
    );
}

#[test]
fn index_members_known_by_their_home_listing() {
    // An index member's own symbol at home, or where it is listed, before a US
    // over-the-counter quote ("KNYJF", "GLNCY").
    assert_eq!(
        tickers("Shares of KONE, Michelin and Glencore fell."),
        [
            ("KONE".to_string(), Some("KNEBV.HE".to_string())),
            ("Michelin".to_string(), Some("ML.PA".to_string())),
            ("Glencore".to_string(), Some("GLEN.L".to_string())),
        ]
    );
    // A listing's disambiguator is not part of the name ("Metso (2020–present)").
    assert_eq!(
        canonicals("Metso Corporation will supply a paper machine."),
        ["Metso"]
    );
}

#[test]
fn wire_names_with_initials_nationalities_and_two_legal_forms() {
    // Initials open a name ("E.F."), but a place's abbreviation after a place does not.
    assert_eq!(
        names("NEW YORK, March 3 - K.L. Dorvane Group Inc said it agreed to be acquired."),
        ["K.L. Dorvane Group Inc"]
    );
    assert_eq!(
        names("He spoke in Washington D.C. Boeing Co said orders rose."),
        ["Boeing Co"]
    );
    // A nationality opens a name whose other words are generic ("American Motors Corp"),
    // and describes a name of its own ("Finnish Rautaruukki Oyj").
    assert_eq!(
        names("Chrysler Corp agreed to buy American Motors Corp."),
        ["Chrysler Corp", "American Motors Corp."]
    );
    assert_eq!(
        names("Finnish Halvora Oyj said net sales rose."),
        ["Halvora Oyj"]
    );
    // Two legal forms in a row, and the listed name they follow.
    assert_eq!(
        tickers("Standard Oil Co, a unit of British Petroleum Co Plc, cut prices."),
        [
            ("Standard Oil Co".to_string(), None),
            (
                "British Petroleum Co Plc".to_string(),
                Some("BP".to_string())
            ),
        ]
    );
}

#[test]
fn a_symbol_after_a_foreign_exchange_reports_the_listing() {
    assert_eq!(
        tickers("Barclays PLC (LSE: BARC) and Suncor Energy Inc. (TSX: SU) bought back shares."),
        [
            ("Barclays PLC".to_string(), Some("BARC.L".to_string())),
            ("BARC".to_string(), Some("BARC.L".to_string())),
            ("Suncor Energy Inc.".to_string(), Some("SU".to_string())),
            ("SU".to_string(), Some("SU.TO".to_string())),
        ]
    );
    // A share class's dot is a dash; a US exchange's symbol stays as written.
    let got =
        tickers("Quillon Resources Inc. (TSX: QRS.A) and Acme Widgets Inc. (NYSE: ACMW) rose.");
    assert_eq!(got[1].1.as_deref(), Some("QRS-A.TO"));
    assert_eq!(got[3].1.as_deref(), Some("ACMW"));
    // "Euronext Paris" is one exchange code, and the symbol is the name's before it.
    let got = companies("Airbus SE (Euronext Paris: AIR) delivered 67 jets.");
    let got: Vec<_> = got
        .iter()
        .map(|(n, c)| (n.as_str(), c.canonical.as_deref(), c.ticker.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Airbus SE", Some("Airbus"), Some("AIR.PA")),
            ("AIR", Some("Airbus"), Some("AIR.PA")),
        ]
    );
}

#[test]
fn chinas_state_banks() {
    assert_eq!(
        tickers("Agricultural Bank of China and Bank of Communications cut lending rates."),
        [
            (
                "Agricultural Bank of China".to_string(),
                Some("1288.HK".to_string())
            ),
            (
                "Bank of Communications".to_string(),
                Some("3328.HK".to_string())
            ),
        ]
    );
    assert_eq!(
        canonicals(
            "China Construction Bank Corp. raised capital, the People's Bank of China said."
        ),
        ["China Construction Bank"]
    );
}

#[test]
fn a_cue_after_an_appositive_is_evidence() {
    assert_eq!(
        canonicals("Block, formerly known as Square, said its gross profit rose 10%."),
        ["Block"]
    );
    assert_eq!(
        canonicals("Starling, the British digital lender's parent, reported a record profit."),
        ["Starling Bank"]
    );
    // No cue after the appositive, or no closing comma: the ordinary words.
    assert!(names("Block, street by street, the city was rebuilt.").is_empty());
    assert!(names("Block, the city's street plan said nothing about it.").is_empty());
    // A person's appositive: a title, or a name that is also a person's.
    assert!(names("Fox, the former defense minister, said the deal was bad.").is_empty());
    assert!(names("Logan, the Dallas Fed president, said inflation was too high.").is_empty());
    assert!(names("Cohen, the committee's ranking member, said the bill would pass.").is_empty());
}

#[test]
fn a_word_name_before_a_geography_noun_is_a_place() {
    assert!(names("Fires in the Amazon rainforest surged in August.").is_empty());
    assert!(names("Barges on the Amazon River were stranded by the drought.").is_empty());
    assert_eq!(
        canonicals("Amazon said its warehouse in the Amazon region would open next year."),
        ["Amazon"]
    );
    assert_eq!(
        canonicals("Amazon warehouses hired 250,000 workers."),
        ["Amazon"]
    );
}

#[test]
fn fintech_and_card_lenders() {
    assert_eq!(
        tickers("Capital One completed its acquisition of Discover Financial Services."),
        [
            ("Capital One".to_string(), Some("COF".to_string())),
            (
                "Discover Financial Services".to_string(),
                Some("DFS".to_string())
            ),
        ]
    );
    assert_eq!(
        canonicals("Revolut, Monzo and Starling applied for banking licences."),
        ["Revolut", "Monzo", "Starling Bank"]
    );
    assert_eq!(
        canonicals("Tether reported a profit, and Stripe was valued at $91.5 billion."),
        ["Tether", "Stripe"]
    );
    // The ordinary words.
    assert!(names("Investors will discover whether capital one day flows back.").is_empty());
    assert!(names("Starling flocks gathered over the river.").is_empty());
}

#[test]
fn central_and_development_banks_are_not_companies() {
    for text in [
        "The Reserve Bank of India cut its policy rate by 25 basis points.",
        "The Central Bank of Ireland fined the lender 3 million euros.",
        "Norges Bank raised its key rate, and the Saudi Central Bank followed.",
        "The Asian Development Bank raised its growth forecast for the region.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
    // The listed banks of the same names.
    assert_eq!(
        canonicals("Bank of Ireland and Bank of India reported higher profits."),
        ["Bank of Ireland", "Bank of India"]
    );
    assert_eq!(
        names("Korvath Bank said profit rose, and First National Bank cut fees."),
        ["Korvath Bank", "First National Bank"]
    );
}

#[test]
fn firms_named_by_an_ordinary_first_word() {
    let got = tickers("Delta said bookings rose, and Southwest shares fell 3%.");
    assert_eq!(
        got,
        [
            ("Delta".to_string(), Some("DAL".to_string())),
            ("Southwest".to_string(), Some("LUV".to_string())),
        ]
    );
    assert_eq!(
        canonicals("Unity said it hired a new finance chief, and Fox News drew record ratings."),
        ["Unity Software", "Fox"]
    );
    assert_eq!(
        canonicals("Shares of Circle rose after the stablecoin issuer's results."),
        ["Circle"]
    );
    // The ordinary words and places.
    for text in [
        "Flooding in the Mekong Delta damaged rice crops.",
        "Temperatures across the Southwest topped 110 degrees.",
        "The union called for Unity among workers, and the circle of buyers widened.",
        "Data from Southwest Asia showed a drop, and estimates from Delta farmers were lower.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
}

#[test]
fn a_source_of_data_is_a_company() {
    assert_eq!(
        canonicals("Data from Counterpoint showed Huawei regained the top spot."),
        ["Counterpoint Research", "Huawei"]
    );
    assert_eq!(
        canonicals(
            "Kraken, the crypto exchange, filed for an IPO, and Chime Financial priced its shares."
        ),
        ["Kraken", "Chime"]
    );
}

#[test]
fn state_investors_and_trading_firms() {
    assert_eq!(
        canonicals(
            "Mubadala, MGX and the Public Investment Fund joined a round that Jane Street also backed."
        ),
        ["Mubadala", "MGX", "Public Investment Fund", "Jane Street"]
    );
    assert_eq!(
        canonicals("The fund, run by Norges Bank Investment Management, gained 10%."),
        ["Norges Bank Investment Management"]
    );
}

#[test]
fn more_exchange_prefixes() {
    assert_eq!(
        tickers("Cielo Mining Corp. (CSE: CMX) and Korvath Ltd. (TSXV: KVH) rose."),
        [
            ("Cielo Mining Corp.".to_string(), None),
            ("CMX".to_string(), Some("CMX.CN".to_string())),
            ("Korvath Ltd.".to_string(), None),
            ("KVH".to_string(), Some("KVH.V".to_string())),
        ]
    );
    assert_eq!(
        names("Marlowe Systems Inc. (OTC Pink: MRLW) named a new chief executive."),
        ["Marlowe Systems Inc.", "MRLW"]
    );
}

#[test]
fn umlauts_spelled_out() {
    assert_eq!(
        canonicals("Deutsche Boerse agreed to buy the software maker, and Wartsila shares rose."),
        ["Deutsche Börse", "Wärtsilä"]
    );
}

#[test]
fn a_lesser_name_that_is_a_surname_or_a_place_is_not_a_company_by_saying() {
    for text in [
        "Logan said the Fed should hold rates steady.",
        "Graham told reporters the bill would pass, and Kerry said it would not.",
        "Israel said it would respond, and Greenland said it was not for sale.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
    // The companies, with a cue of their own or their full names in the story.
    assert_eq!(
        canonicals("Shares of Logan fell 8% in Hong Kong."),
        ["Logan"]
    );
    assert_eq!(
        canonicals("Olympus Corp raised its forecast. Olympus said demand was strong."),
        ["Olympus", "Olympus"]
    );
    assert_eq!(canonicals("Target said sales fell."), ["Target"]);
}

#[test]
fn brokers_and_data_providers_as_sources() {
    assert_eq!(
        tickers(
            "KeyBanc Capital Markets cut its target, and TD Cowen analysts said demand held up."
        ),
        [
            (
                "KeyBanc Capital Markets".to_string(),
                Some("KEY".to_string())
            ),
            ("TD Cowen".to_string(), Some("TD".to_string())),
        ]
    );
    assert_eq!(
        canonicals("According to PitchBook data, and Dealogic figures, deal volumes rose."),
        ["PitchBook", "Dealogic"]
    );
    assert_eq!(canonicals("Kpler data showed exports rose."), ["Kpler"]);
    // A broker's verb after a name that is also a person's.
    assert_eq!(
        canonicals("Oppenheimer downgraded the shares to perform."),
        ["Oppenheimer"]
    );
    assert!(names("The physicist Oppenheimer said the test had worked.").is_empty());
}

#[test]
fn private_ai_firms() {
    assert_eq!(
        canonicals(
            "Thinking Machines Lab and Safe Superintelligence raised funds, Groq and Cerebras \
             build chips, and Character.AI signed a deal."
        ),
        [
            "Thinking Machines Lab",
            "Safe Superintelligence",
            "Groq",
            "Cerebras",
            "Character.AI"
        ]
    );
    // Ordinary words: needing evidence, the adverb before the verb is skipped.
    assert_eq!(
        canonicals("Glean and Writer both raised new rounds."),
        ["Glean", "Writer"]
    );
    assert!(names("Writers glean little from the data.").is_empty());
}

#[test]
fn companies_named_by_generic_words_and_brands() {
    assert_eq!(
        tickers("Southern Company and Northern Trust raised their dividends."),
        [
            ("Southern Company".to_string(), Some("SO".to_string())),
            ("Northern Trust".to_string(), Some("NTRS".to_string())),
        ]
    );
    assert_eq!(
        canonicals("Old Navy comparable sales rose 2%, and CBA said cash profit rose."),
        ["Gap", "Commonwealth Bank of Australia"]
    );
    assert!(names("The southern company towns and a banana republic.").is_empty());
    // "said orders": a company's words after the verb.
    assert_eq!(canonicals("Dover said orders rose 5%."), ["Dover"]);
    assert!(names("Dover said he would not run again.").is_empty());
}

#[test]
fn household_names_listed_only_in_full() {
    assert_eq!(
        tickers("Honeywell, Marriott and Philip Morris raised forecasts; Ameriprise fell."),
        [
            ("Honeywell".to_string(), Some("HON".to_string())),
            ("Marriott".to_string(), Some("MAR".to_string())),
            ("Philip Morris".to_string(), Some("PM".to_string())),
            ("Ameriprise".to_string(), Some("AMP".to_string())),
        ]
    );
    // A financial firm's first word needs evidence below the most prominent tier.
    assert_eq!(
        canonicals("Synchrony said card balances rose."),
        ["Synchrony Financial"]
    );
    assert!(names("The cadence of cuts slowed, and Synchrony in the data was weak.").is_empty());
}

#[test]
fn venture_investors_and_a_glued_letter_and_number() {
    assert_eq!(
        canonicals(
            "General Atlantic, Index Ventures and Kleiner Perkins led the round; Y Combinator \
             and Coatue joined."
        ),
        [
            "General Atlantic",
            "Index Ventures",
            "Kleiner Perkins",
            "Y Combinator",
            "Coatue"
        ]
    );
    // A capital glued before a number opens the name ("D1 Capital", not "1 Capital").
    assert_eq!(
        names("Zeta3 Capital Ltd and Q7 Holdings Ltd bought shares."),
        ["Zeta3 Capital Ltd", "Q7 Holdings Ltd"]
    );
    assert_eq!(
        names("Korvath paid 361 Capital Inc 5 million dollars."),
        ["361 Capital Inc"]
    );
}

#[test]
fn singapore_and_indian_names() {
    assert_eq!(
        tickers("DBS, OCBC and UOB reported record profits."),
        [
            ("DBS".to_string(), Some("D05.SI".to_string())),
            ("OCBC".to_string(), Some("O39.SI".to_string())),
            ("UOB".to_string(), Some("U11.SI".to_string())),
        ]
    );
    assert_eq!(
        canonicals("Zomato parent Eternal said Blinkit orders doubled, and Swiggy shares rose."),
        ["Zomato", "Zomato", "Zomato", "Swiggy"]
    );
    assert!(names("Eternal vigilance is the price of liberty.").is_empty());
    // A possessive before a company's corporate event.
    assert_eq!(canonicals("Vedanta's demerger was approved."), ["Vedanta"]);
}

#[test]
fn unknown_names_ending_with_an_industry_word_in_company_contexts() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Pellucid Software said revenue rose 12% in the third quarter.",
            &["Pellucid Software"],
        ),
        (
            "Harwick Foods reported a loss of $3.2 million for the year.",
            &["Harwick Foods"],
        ),
        (
            "Shares of Graviton Motors fell 8% on Tuesday.",
            &["Graviton Motors"],
        ),
        (
            "Stratos Cloud, a Denver-based startup, raised $50 million in a funding round.",
            &["Stratos Cloud"],
        ),
        (
            "Veloria Media's revenue rose 9% to $410 million.",
            &["Veloria Media"],
        ),
        ("Solvane Networks' revenue rose 18%.", &["Solvane Networks"]),
        (
            "The board of Redwater Energy approved the deal.",
            &["Redwater Energy"],
        ),
        (
            "startup Quorra AI raised $40 million in a seed round.",
            &["Quorra AI"],
        ),
        (
            "Quantis Software, which makes billing tools, raised $18 million.",
            &["Quantis Software"],
        ),
        (
            "Cobalt Ridge Minerals reported first-half revenue.",
            &["Cobalt Ridge Minerals"],
        ),
        // A listed name at the first word is the company.
        ("Apple Retail said sales rose.", &["Apple"]),
    ];
    for (text, want) in cases {
        assert_eq!(names(text), *want, "{text}");
    }
}

#[test]
fn industry_words_in_names_that_are_no_companies() {
    let none = [
        "The Department of Energy said output rose.",
        "U.S. Department of Energy said it would lend.",
        "Energy Secretary Chris Wright said output rose.",
        "Federal Energy said it would review the rules.",
        "Clean Energy shares rose 4% on the news.",
        "Renewable Energy investment rose 12%.",
        "Texas Energy said demand would peak in August.",
        "Senator John Steel said prices rose.",
        "Nuclear Power said to be back in favor.",
        "Stocks Fall As Media Shares Slide",
        "Medical Devices sales rose 5%.",
        "Cloud Computing revenue rose 30%.",
        "Jane Doe said revenue rose 12% in the quarter.",
    ];
    for text in none {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_listed_name_after_a_dropped_the_needs_evidence() {
    // "The Information" is listed: "Information" alone is an ordinary word.
    assert_eq!(
        names("The Energy Information Administration reported a rise in crude stocks."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Information technology stocks fell 2%."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("The Information reported that the startup raised funds."),
        ["Information"]
    );
}

#[test]
fn a_persons_net_worth_is_no_companys() {
    assert_eq!(
        names("Mark Zuckerberg's net worth rose by $10 billion."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Korvela's net profit rose 12% in the quarter."),
        ["Korvela"]
    );
}

#[test]
fn a_generic_listed_word_after_a_name_ends_that_name() {
    // "Software" (Software AG) and "Healthcare" are listed and need evidence: after a
    // capitalized word they end an unknown name, even in a Title Case headline.
    assert_eq!(
        names("Pellucid Software Reports Record Revenue"),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Pinecrest Healthcare Says Outlook Remains Strong"),
        Vec::<String>::new()
    );
    assert_eq!(names("Software AG said revenue rose."), ["Software AG"]);
    assert_eq!(names("Shares of Software fell 3%."), ["Software"]);
}

#[test]
fn institutions_regions_and_sectors_before_an_industry_word_are_no_companies() {
    for text in [
        "Harvard Medical said the trial failed.",
        "Middle East Energy said it would host the forum.",
        "Green Energy said to lead the transition.",
        "Civil Aviation said flights resumed.",
        "Rural Energy said prices rose.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn names_with_a_capital_inside_a_lower_case_word() {
    // A capital past the second letter makes a word a name's start, as "eBay" is.
    assert_eq!(
        names("Shares of easyJet rose 3%, while bioMérieux fell and eBay gained."),
        ["easyJet", "bioMérieux", "eBay"]
    );
    // Lower-case words with a capital inside are no companies by that alone.
    assert!(names("The mRNA vaccine lifted pH levels, macOS sales and kWh prices.").is_empty());
}
