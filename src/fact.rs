//! Facts: statements that link a company, a metric, a figure and a period.
//!
//! Entities alone leave the caller to guess what belongs to what. The fact pass runs
//! after the entities are merged, on the same tokens, and groups them per sentence into
//! [`Fact`]s: **who** (a company entity), **what** ([`Metric`] and the phrase as
//! written), **how much** (a level `value` and/or a `change`) and **when** (a period
//! entity). Entity references are indices into [`Document::entities`](crate::Document).
//!
//! | text | fact |
//! |---|---|
//! | "Alibaba reported a 20% year-over-year revenue increase in Q4 2024" | Alibaba, revenue, change 20% up (year over year), Q4 2024 |
//! | "In the June quarter, Alibaba’s cloud revenue rose 26% year over year to ¥33.4B" | Alibaba, "cloud revenue", value ¥33.4B, change 26% up, the June quarter |
//! | "Meta will invest $65 billion in AI infrastructure in 2025" | Meta, investment, value $65 billion, 2025 |
//! | "Lenovo’s Q4 earnings revealed a 59% surge in server revenue" | Lenovo, "server revenue", change 59% up, Q4 |
//! | "With non-PC revenue hitting 46% of total sales, Lenovo’s pivot …" | Lenovo, "non-PC revenue", value 46% (a share of a total is a level) |
//! | "BABA jumped roughly 9% in the U.S. session" | Alibaba (by ticker), share price, change 9% up |
//!
//! # The rules
//!
//! Sentences end at `.`, `!` or `?` before a space and a word that is not lowercase, and
//! at every line break (headlines and list items are sentences of their own); not at a
//! period inside an entity ("ended Sept. 30") or after a title ("Mr. Cook"), not before
//! a bracket after an entity or a dotted acronym ("Walmart Inc. (NYSE: WMT)"), and not
//! after a dotted country acronym before an institution or instrument it qualifies
//! ("U.S. Treasuries", "U.S. District Judge"). Paragraphs end at blank lines.
//!
//! 1. **Figures.** Every money and percent entity of the sentence is a candidate figure,
//!    except a restatement in another currency ("¥380 billion (≈$53B)": the `$53B`) and a
//!    comparison figure, which is left out: "to Y *from Z*", "*versus Z*", "*compared
//!    with Z*", "more than 15% above *the Z*", "from last year's *Z*", and a figure whose
//!    metric comes after "from", "than" or "compared with" ("down from the original
//!    forecast of *Z*"), and, after a level of its metric, the range "from *Z* to *W*"
//!    ("to 4.8% to 5.1% from *3.75% to 4.75%*"), and a figure joined by "and" or "or"
//!    to a comparison ("compared with $4.3 billion in the second quarter *and $6.0
//!    billion* a year earlier"). So is a rival's or the market's figure set beside the
//!    company's ("outpacing *Z*", "ahead of *the 3.9%* growth for the market", "lags
//!    peers' *14%*", "the industry's *3%* growth"). A percentage restating a change amount ("increased
//!    $120 million, *or 6%*, to $2.1 billion") is no figure of its own, nor is an amount
//!    that caused a move ("earnings were boosted by *6.9 mln euros* of income"; "lifted
//!    by 5%" is still a change). Analysts'
//!    figures ("expectations of *Z*", "the consensus estimate of *Z*", a forecast beaten
//!    or missed: "beating a forecast of *Z*", "missing analysts' forecast of *Z*") and
//!    commodity prices ("*$4,381 an ounce*", which only a metric filed under other, such
//!    as costs, takes) are no company's figures either, nor is any figure after the
//!    analysts (or "Wall Street") and their verb of expecting, or a modal, at the head
//!    of a sentence ("Analysts polled by LSEG had expected Ford's revenue of *Z*",
//!    "Analysts at Jefferies said Apple's services revenue would rise *Z*"), nor one
//!    the sentence credits to them after a comma ("revenue is forecast to rise *Z*,
//!    analysts at Barclays estimated"), nor a whole market's:
//!    a metric modified by "worldwide" or "industry", or by "global" and another word,
//!    or followed by "across" a country or a trade ("hotel occupancy across the United
//!    States"),
//!    with no possessive before it ("IDC said worldwide PC shipments rose 9%", "Gartner
//!    forecast worldwide cloud spending to grow 19%"; "Toyota's global vehicle sales",
//!    "its global e-commerce sales" and "global sales" stay a company's), nor a figure of a sentence that opens with
//!    a comparison period ("A year earlier, revenue was *Z*").
//! 2. **Metric.** A lexicon of metric phrases ("revenue", "net profit", "earnings per
//!    share", "market share", "invest", "pledged", …) is matched longest first. A
//!    purchase or sale verb ("buy", "bought", "sell") takes only the price after "for"
//!    ("to buy X for $3 billion"), from anywhere in its clause ("agreed to sell its 40
//!    pct interest in the mine to Y for 12.5 mln dlrs"); any other amount near it goes
//!    to the next metric ("sold $1.5 billion of notes" is debt; debt "including",
//!    "excluding" or "plus" a price is part of the price, no metric: "for $6.8 billion
//!    including debt"). A payment verb ("pay",
//!    "paid", or a bid's "offered") takes the amount right after it only when that is
//!    paid "for" a company, a stake or shares within five tokens ("will pay $850 million
//!    for a 25% stake", "offered $31 a share in cash for Pennick") or paid "to buy",
//!    "to acquire" or "to take over" ("will pay $2.4 billion to buy Pellam Brands"; not
//!    "to buy back" shares, a buyback),
//!    not for a settlement or rights. A funding verb ("raised $2.3 billion") takes an amount only when no
//!    other metric in reach does ("raising $100 million through an offering of notes"
//!    is debt), or when that metric is in another clause; the amount raised is a level,
//!    not a rise, and a funding verb after an amount does not take it. A valuation verb
//!    ("valued", "valuing", "value") takes only an amount after "at" ("raising $540
//!    million and valuing the company at $4.1 billion"), and after a deal noun it is the
//!    deal's value ("in a deal valued at $1.9 billion" is an acquisition). A metric right
//!    after a figure ("at a $230 billion valuation") is that figure's alone, unless it
//!    cannot take it ("150 mln dlrs of 9-1/4 pct debentures": the debt is the amount's,
//!    not the coupon's). Spending
//!    named right after the amount is its metric ("spend $91 billion on capital
//!    expenditures" is capex), a forecast noun after a metric is one phrase with it
//!    ("capital expenditure forecast"), and an amount restated after ", or" keeps the
//!    metric of the amount before it ("$110 per share, or about $4.3 billion"). Noun
//!    phrases keep up to three modifiers as written ("cloud revenue", "non-PC revenue").
//!    "Share of" a market within six words is a market share ("share of the global
//!    memory chip market", "share of worldwide PC shipments"; not "its share of total
//!    sales"), and the market after a market share is one phrase with it ("market share
//!    in U.S. smartphone sales"), as is what revenue or sales come "from" up to a verb
//!    or preposition within six words ("revenue from its diabetes drug Glucara
//!    reached"), and what a provision is for ("provisions for bad loans": not the
//!    company's loans); the stock a metric is measured in is not a share price of its
//!    own ("trading volume in the stock was $45 billion"), nor a deal noun before "fund"
//!    a deal ("raised $4.2 billion for its latest buyout fund"). The lexicon knows
//!    software makers' billings, ARR, net revenue retention and remaining performance
//!    obligations, landlords' occupancy and net operating income (not the operating
//!    profit), insurers' premiums written or earned (revenue, not "earned" profit),
//!    exchanges' trading volume, processors' processed volume, producers' realized
//!    prices (their own, unlike a market's price), and settlements and fines, sums and
//!    not prices per unit ("agreed to pay $1.2 billion to settle claims", "was fined 797
//!    million euros", "was ordered to pay $425 million"; an amount before "settle" only,
//!    not "settle the $500 million of notes"; not "settled", which futures do), payment
//!    firms' take rate, and stock offerings and share sales, which are issues
//!    ([`Metric::Debt`]) whose price per share is no figure of theirs ("raised $600
//!    million in a stock offering priced at $42 a share"), and investors' orders for an
//!    issue are neither the company's orders nor the issue ("The offering drew orders of
//!    $125 billion", "Orders for the notes topped $4 billion"). A count of
//!    units after a verb of shipping or
//!    selling names shipments, which take percentages ("delivered 96,000 vehicles in
//!    the third quarter, down 11%"); counted shares stay a holding (below).
//!    Each figure takes the nearest metric of the sentence whose kind fits (investment
//!    takes money, market share takes percentages), counting the words between them;
//!    words such as "rose", "to", "by", "a" and other figures are free, a plain count
//!    ("3,383 cars") half a word, commas cost two, a figure restated between commas
//!    (", or 6%,") nothing,
//!    an aside (", which … ,", ", including … ,") costs nothing and one in brackets
//!    ("($42 billion)", "(NYSE: KMB)") half a word, and nothing further than 24
//!    tokens away is linked. A metric is not linked across a word that opens another
//!    clause: after the figure "after", "since", "because" or a contrast ("fell 3.5%
//!    *after* cutting its outlook", "volumes fell 2.5%, *but* revenue rose 4%"), before
//!    it a contrast only ("cut its forecast, *while* Zarvex rose 2.3%": a share price)
//!    or, past another figure, a cause after a comma ("revenue rose 26% to $50.1
//!    billion, *driven* by a 14% increase in ad impressions"),
//!    or, for a figure in a cause after a comma, a metric past the cause's end
//!    ("driven by volume growth of 1.5%, and *turnover* was …"),
//!    or a word of its own after another figure and "and" ("traffic rose 4.5% and *seat
//!    count* increased 3.1%"); nor is a metric after the figure and "and" ("demand rose
//!    10% *and* orders were up 15%"; "10% and 12% of sales" still reaches).
//!    A metric right after the figure joined only by change nouns, basis words, "in" or
//!    "of" ("a 59% surge in server revenue", "a 13% sales boost") costs nothing; on a tie
//!    the metric before the figure wins ("non-PC revenue hitting 46% of total sales").
//!    A figure with no metric within four words yields no fact, except a percentage
//!    moved by a price verb whose subject is a company or ticker ("BABA jumped 9%"; not
//!    a company after "at", "of" or "in": "Costs at Zarvex rose 4%"), or listed as a
//!    mover ("…, with Bryce up 6.3% and Zarvex down 2%"), which is a share price
//!    change. Counted shares ("400,000 common shares", "shares
//!    for $5 million") and a percentage level of shares ("5% of the shares") are a
//!    holding: [`Metric::Acquisition`], not a share price, and an amount of shares sold,
//!    issued or placed ("sell 2.5 billion euros of new shares") is an issue:
//!    [`Metric::Debt`]. An amount per share of a
//!    profit or loss phrase ("net income of $21.3 million, or $0.45 per diluted share",
//!    "a first-quarter loss of about 20 cts a share") is [`Metric::Eps`].
//! 3. **Value or change.** A figure after "to", "at", "of", "reached", "hit", "was", … is
//!    a level (`value`); after "by", "up" or "down", after a change noun and "of" ("an
//!    increase of 15%"), before "above" or "below", in percentage points or basis
//!    points, before "more than" or "less than" ("11% more than in 2025"), or with a
//!    direction of its own ("rose 26%", "a 59% surge", "grow between 10% and 12%") it
//!    is a `change`; anything else is a level ("46% of total sales", "$65 billion"). A figure
//!    after "below", "above", "past" or "beyond" is a level crossed, even after a verb
//!    of change ("market value fell below $50 billion"), and an amount wiped, knocked or
//!    shaved "off" (or erased "from") is a fall ("wiping $2 billion off its market
//!    value") and one added "to" a rise ("adding $244 billion to its market value"),
//!    whose metric is what follows, up to eight tokens on, whatever moved before it
//!    ("shares fell 7%, wiping $100 billion off the carmaker's market value"), and an amount
//!    after "a" or "an" and before a noun is that noun's level whatever verb came
//!    before ("weighed down by a $1 billion investment"; "a $5 million increase" is
//!    still a change). A percentage that leads "to" an amount is the change to it
//!    ("raised the quarterly dividend 10 pct to 22 cts"), and a percentage "to" right
//!    after a moved percentage of an amount (sales, volumes, profit: no level in
//!    percent) is the top of a range of changes ("sees volumes falling 2% *to 3%*"; a
//!    margin's "rose 2% to 14%" is a level). A change with no direction of
//!    its own right after its metric (or after it and "by") takes the direction of the
//!    verb whose object the metric is ("*raised* its quarterly dividend by 7%",
//!    "*reduce* annual costs by $400 million"). A metric
//!    takes at most one value and one change; a second one starts another fact. With
//!    "respectively", each figure is a fact of its own, paired in order with the metrics
//!    named before the first figure when they are as many ("revenue and net income rose
//!    5% and 7%, respectively"), and a figure after "and" takes the role of the one
//!    before it. A second change of one amount joined by "and" ("up 22% from the
//!    previous quarter and up 62% from a year ago", "up 9% sequentially and 31% year
//!    over year": the second takes the first's direction) is a second fact with that
//!    amount,
//!    and a change after ", up" or ", down" right after an amount (and its unit per
//!    share and its period) that no metric reaches is that amount's ("sales of its drug
//!    reached $2.1 billion in 2024, up 40% from 2023", "FFO of $1.08 per share in the
//!    third quarter, up 2.9%"). A moved percentage that leads to an amount is the change
//!    of that amount's metric even when the metric takes only money ("net debt fell 6%
//!    to 14.2 billion euros").
//! 4. **Company.** In order: a company right after the metric and "of", "at" or "for"
//!    ("net profit at Unilever", "shares of Nvidia", "revenue at the Intelligent Cloud
//!    segment of Microsoft": the parent of a unit named after "at"; not after a count:
//!    "400,000 shares
//!    of X" is a holding; not after an acquisition: "its $2.7 billion acquisition of X"
//!    is the target), or after "in" for shares that then move ("Shares in Gantry Group
//!    rose 14%"; not "bought shares in X for …"), a price target's company after "on", a valuation's right
//!    before "valued at" ("OpenAI valued at $500 billion"); the company "at" which a
//!    product named after "of" sells ("Sales of electric vehicles at Marden rose 45%");
//!    a rival named after "at"
//!    ("sales at rival Pellam fell 2%"); a possessor right before the metric, whatever
//!    comes before it ("…, with Apple's shipments up 4%"; not a data source: "according
//!    to X's figures"), or the company before ", whose" ("rival Stenmark Oil, whose
//!    revenue fell 3%"); a company right after the
//!    fact's own figure and "at" ("fell 3% to $1.02 billion at Intel"), unless the
//!    metric is a share price or market value ("rose 3% to $20 at Nasdaq"); the
//!    nearest company (or ticker of a company named in the document) before the metric
//!    in the same sentence, where a company that owns an earlier metric of the sentence
//!    ("Sales at Adidas fell 2%, but operating profit rose 5%") or follows a figure and
//!    "at" is eligible after "at"; if the sentence refers back
//!    ("the company", "it", "its", "the group", "the drugmaker", "we", …) before the metric, the topic of the
//!    closest earlier sentence; a company later in the same sentence when it is a
//!    possessive ("…, Lenovo’s pivot") or follows the comma of an opening phrase ("With
//!    sales up 5%, Lenovo said"); a company credited after a comma ("…, Siemens Energy
//!    said"); the topic of the closest earlier sentence in this paragraph or the two
//!    before (at most 20 sentences back), unless the sentence opens with a named
//!    subject that is no company ("The Senate passed …"; "The Japanese technology
//!    investor" and "The Board" describe the company and do refer back) or its metric is
//!    a country's ("U.S. retail sales", "China's industrial output"), or it ends by
//!    crediting a speaker that is no company (", the government said", ", data
//!    showed"; not ", the company said" or ", the landlord said"). Nor does a paragraph that opens with a name no entity covers, of two or more
//!    capitalized words (or an acronym) before a verb or a possessive ("Kestrel Re said
//!    …", "Tessin Semiconductor's market value …"), take an earlier topic, in that
//!    sentence or in the ones that refer back to it: it is about a company the company
//!    pass missed; a person with a title ("Chief Executive Dana Whitt said") or a
//!    surname alone does not count. A sentence's topic is its
//!    first company mention that can be a subject (a company after a metric and "at"
//!    can: "Revenue at Dunmore rose 5%. Orders rose 11%."), or the company it holds when an aside introduces it as a
//!    holder ("Sequoia, one of Klarna's largest backers, …"); a rival that opens the
//!    sentence ("Rival Zarvex last week cut its outlook.") is its topic. Companies after "like", "from", "than", "with", "including", "versus",
//!    "against", "as", "at", "to" (a customer: "supply batteries to X under a $2.5
//!    billion contract"), "led by" or "backed by" (a round's investors), a number
//!    ("400,000 HBO shares"), an acquisition verb
//!    ("bought X"), a count of shares ("12 million shares of X"), "a stake in", "a unit
//!    of", "according to" or "compiled by", and a
//!    name alone in brackets ("(Reuters)") are never chosen: rivals, partners, targets,
//!    parents, analysts' employers, data sources and credits;
//!    a rival, or a company after "as", that speaks ("rival AMD said", "investors
//!    cheered as Zarvex reported revenue of …") is chosen. A fact whose company is not
//!    found is kept (with `company: None`) only when its sentence refers to one ("the
//!    company", "its") and does not open with a named subject that is no company ("The
//!    International Monetary Fund raised its …"); otherwise it is dropped. A sentence
//!    that refers back with no
//!    topic in reach takes the company the document's opening sentences name (a press
//!    release's issuer).
//! 5. **Period.** The nearest period entity in the same clause (commas, dashes and
//!    words such as "after", "since", "while" and "but" open clauses) as the figures or
//!    the metric, in an opening phrase of the sentence ("In the June quarter, …"), or within
//!    three tokens of a figure, but not after a word of forecasting that follows all
//!    the figures ("raised its dividend 5% and said it would buy back stock *over three
//!    years*"; "projects", "plans" and "targets" after a preposition are nouns: "spend
//!    $2.4 billion on capital projects *in 2026*"). Periods after "from",
//!    "since", "than", "versus", maturities ("notes due 1992"), datelines ("NEW YORK,
//!    March 18 (Reuters) - …"), comparison periods ("a year earlier", "the year-ago
//!    quarter", the year of "the corresponding period in 2007") and the period of
//!    a comparison figure ("compared to $77.4 million in the third quarter of 2024") are
//!    skipped, and so are a term that qualifies a noun ("$1.5 billion of five-year
//!    notes") and the time of a saying ("said earlier this month it expects …"; but a
//!    quarter, half or year right after "said" and before a noun dates that noun: "said
//!    first-half EBITDA fell 23%"); a
//!    period within three tokens crosses a comma only as a term ("a three-year, $53
//!    billion plan"). The commas around a restated figure mark no clause ("a net loss of $5.3
//!    billion, or $7.14 per share, for the third quarter"). A bullet item with no period
//!    takes the one of its heading, and a result (revenue, profit, margin, volume; not
//!    a share price, plan, deal or forecast) with no period takes the one of the same
//!    company's result before it in the sentence ("turnover rose 6.2% in the first
//!    half, while profit before tax fell 11%"), but not across a word of forecasting
//!    ("…, and it expects sales growth of 3%"). A result still with no period, in a
//!    sentence with no period entity at all, takes the one of the same company's result
//!    that ends the sentence right before it in the paragraph, when that is the one
//!    period the earlier sentence reports on and neither sentence looks ahead ("Tencent
//!    said net profit rose 19% in the third quarter. Revenue rose 15% …": the third
//!    quarter's; not after "expects revenue of $2.1 billion in the third quarter").
//!    A period after "than in" is the one compared with ("11% more than in 2025").
//!
//! # Limits
//!
//! - No parsing: the rules look at word order and distance, so long sentences with
//!   several companies and figures can be misattributed.
//! - "The company" is resolved to a topic of an earlier sentence, not by gender, number
//!   or meaning; a paragraph about a rival can capture it.
//! - A metric named only in an earlier sentence ("Revenue was flat. It rose 5% in Q2")
//!   is not carried over; a period is only from the sentence right before, as rule 5
//!   says.
//! - Metrics outside the lexicon ("a $53B AI sprint", "a $53 billion push into AI") yield
//!   no fact.
//! - A company is only as good as the company entities: a name the company extractor
//!   does not know cannot be a fact's company, and "the company" then resolves to the
//!   last company it did find.
//!
//! # Cost
//!
//! One pass over the tokens to lay out entities and split sentences; metric phrases and
//! bare tickers are looked for only in sentences that hold a figure, and a sentence's
//! topic only when a fact looks back to it; the per-figure work looks at a bounded
//! window. `Extractor::extract` skips the pass entirely.

use std::cell::{OnceCell, RefCell};
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::entity::{Basis, Direction, Entity, Grain, PerUnit, Span, Value};
use crate::lexicon;
use crate::number::{lower_ascii, lower_ascii_bytes};
use crate::qualifier;
use crate::text::Text;
use crate::token::{self, is_sentence_end, TokKind, Token, Tokens};

/// One statement about a company: a metric, a level and/or a change, and a period.
///
/// `company`, `value`, `change` and `period` are indices into the entities of the
/// [`Document`](crate::Document) the fact belongs to.
///
/// # Example
///
/// ```
/// use finfacts::{Extractor, Metric, Direction};
///
/// let text = "Alibaba reported a 20% year-over-year revenue increase in Q4 2024.";
/// let doc = Extractor::new().extract_document(text);
/// let fact = &doc.facts[0];
/// assert_eq!(fact.metric, Some(Metric::Revenue));
/// assert_eq!(doc.entities[fact.company.unwrap()].text, "Alibaba");
/// assert_eq!(doc.entities[fact.change.unwrap()].text, "20%");
/// assert_eq!(fact.direction, Some(Direction::Up));
/// assert_eq!(doc.entities[fact.period.unwrap()].text, "Q4 2024");
/// assert_eq!(fact.value, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fact {
    /// The company the fact is about (index of a company entity).
    pub company: Option<usize>,
    /// The normalized metric.
    pub metric: Option<Metric>,
    /// The metric phrase as written ("cloud revenue", "non-PC revenue", "invest").
    pub metric_text: Option<Text>,
    /// The level: a money or percent entity ("to ¥33.4B", "46% of total sales").
    pub value: Option<usize>,
    /// Whether a word before the level's amount makes it negative: "EBITDA came in at
    /// minus €12 million", "operating profit was a negative EUR 5 mn". The money entity
    /// holds the amount as written (12 million); this holds the sign. (A minus sign
    /// glued to an amount, "-$5m", is the amount's own.) Serialized only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negative: bool,
    /// The change: a money or percent entity ("rose 26%", "up $3 million").
    pub change: Option<usize>,
    /// Which way the change went.
    pub direction: Option<Direction>,
    /// The comparison basis of the change ("year over year").
    pub basis: Option<Basis>,
    /// When (index of a period entity).
    pub period: Option<usize>,
    /// The sentence the fact was read from.
    pub span: Span,
    /// The words that built the fact, as written: the metric phrase, the word that
    /// made a figure a level or a change, the word that pointed to the company.
    pub evidence: Vec<Text>,
}

/// What a [`Fact`] measures.
///
/// # Example
///
/// ```
/// use finfacts::Metric;
/// assert_eq!(Metric::NetIncome.as_str(), "net_income");
/// assert_eq!(Metric::MarketShare.to_string(), "market_share");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Metric {
    /// Revenue, turnover, top line.
    Revenue,
    /// Sales, net sales.
    Sales,
    /// Net income, net profit, earnings, net loss.
    NetIncome,
    /// Operating profit or loss, EBIT, pre-tax profit.
    OperatingProfit,
    /// EBITDA.
    Ebitda,
    /// Earnings (or loss) per share.
    Eps,
    /// Dividends.
    Dividend,
    /// Capital expenditure.
    Capex,
    /// Investment and spending plans ("invest", "pledged", "spend").
    Investment,
    /// Acquisitions, deals, stakes.
    Acquisition,
    /// Market share.
    MarketShare,
    /// Shipments and deliveries.
    Shipments,
    /// Share price moves and levels.
    SharePrice,
    /// Market value, market capitalization, valuation.
    MarketValue,
    /// A loss.
    Loss,
    /// Guidance, forecasts, outlook.
    Guidance,
    /// Debt: loans, bonds, notes.
    Debt,
    /// Anything else the lexicon knows: margins, orders, contracts, cash flow.
    Other,
}

impl Metric {
    /// All metrics.
    pub const ALL: [Metric; 18] = [
        Metric::Revenue,
        Metric::Sales,
        Metric::NetIncome,
        Metric::OperatingProfit,
        Metric::Ebitda,
        Metric::Eps,
        Metric::Dividend,
        Metric::Capex,
        Metric::Investment,
        Metric::Acquisition,
        Metric::MarketShare,
        Metric::Shipments,
        Metric::SharePrice,
        Metric::MarketValue,
        Metric::Loss,
        Metric::Guidance,
        Metric::Debt,
        Metric::Other,
    ];

    /// The snake_case name used in JSON.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finfacts::Metric::SharePrice.as_str(), "share_price");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Metric::Revenue => "revenue",
            Metric::Sales => "sales",
            Metric::NetIncome => "net_income",
            Metric::OperatingProfit => "operating_profit",
            Metric::Ebitda => "ebitda",
            Metric::Eps => "eps",
            Metric::Dividend => "dividend",
            Metric::Capex => "capex",
            Metric::Investment => "investment",
            Metric::Acquisition => "acquisition",
            Metric::MarketShare => "market_share",
            Metric::Shipments => "shipments",
            Metric::SharePrice => "share_price",
            Metric::MarketValue => "market_value",
            Metric::Loss => "loss",
            Metric::Guidance => "guidance",
            Metric::Debt => "debt",
            Metric::Other => "other",
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which figures a lexicon entry can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Takes {
    Any,
    Money,
    Percent,
    /// Money after "for" only: a purchase verb's price ("to buy X for $3 billion"), not
    /// any amount near it ("bought dollars at around 145 yen").
    PriceFor,
    /// Money, when no other metric in reach fits: "raised $2.3 billion" is funding, but
    /// "is raising $100 million through an offering of notes" is debt.
    MoneyElse,
    /// Money after "at" only: a valuation verb's figure ("valuing the company at $4.1
    /// billion"), not the amount raised before it ("raising $540 million and valuing
    /// …").
    PriceAt,
    /// Money right after the verb and paid "for" a company or a stake ("will pay $850
    /// million for a 25% stake"), not a fine or a settlement.
    PaidFor,
    /// Money that is a sum, not a price per unit: a settlement or a fine ("agreed to pay
    /// $1.2 billion to settle"), not "a settlement price of $63.20 a barrel" or "$500 a
    /// day".
    Sum,
    /// A sum before the verb: "$1.2 billion to settle claims", not "settle the $500
    /// million of notes in cash", whose amount is the notes'.
    SumBefore,
}

/// One lexicon entry: the phrase (lowercase, words separated by spaces; a hyphen in
/// the text may stand between words), the metric, which figures it takes, and whether
/// it is a noun that keeps its modifiers.
struct Entry {
    phrase: &'static str,
    metric: Metric,
    takes: Takes,
    noun: bool,
}

const fn n(phrase: &'static str, metric: Metric, takes: Takes) -> Entry {
    Entry {
        phrase,
        metric,
        takes,
        noun: true,
    }
}

const fn v(phrase: &'static str, metric: Metric, takes: Takes) -> Entry {
    Entry {
        phrase,
        metric,
        takes,
        noun: false,
    }
}

use Metric as M;
use Takes::{
    Any, Money as Mon, MoneyElse, PaidFor, Percent as Pct, PriceAt, PriceFor, Sum, SumBefore,
};

/// The metric lexicon. Longest match wins, so "net loss" beats "loss" and "operating
/// income" beats nothing; ambiguous single words that name many things ("income",
/// "share", "target") are left out on purpose.
const LEXICON: &[Entry] = &[
    n("revenue", M::Revenue, Any),
    n("revenues", M::Revenue, Any),
    n("net revenue", M::Revenue, Any),
    n("net revenues", M::Revenue, Any),
    n("turnover", M::Revenue, Any),
    n("top line", M::Revenue, Any),
    n("sales", M::Sales, Any),
    n("net sales", M::Sales, Any),
    n("same store sales", M::Sales, Any),
    n("comparable sales", M::Sales, Any),
    n("comparable store sales", M::Sales, Any),
    n("net income", M::NetIncome, Any),
    n("net profit", M::NetIncome, Any),
    n("net profits", M::NetIncome, Any),
    n("profit", M::NetIncome, Any),
    n("profits", M::NetIncome, Any),
    n("earnings", M::NetIncome, Any),
    n("net earnings", M::NetIncome, Any),
    n("net result", M::NetIncome, Any),
    n("bottom line", M::NetIncome, Any),
    n("net loss", M::NetIncome, Any),
    n("net losses", M::NetIncome, Any),
    n("profit after tax", M::NetIncome, Any),
    // Results statements' own names for the bottom line: "net profit attributable to
    // shareholders of Kaiyo Holdings rose 18%" (the owner after "of" stays reachable).
    n("net profit attributable to shareholders", M::NetIncome, Any),
    n("net profit attributable to owners", M::NetIncome, Any),
    n(
        "net profit attributable to equity holders",
        M::NetIncome,
        Any,
    ),
    n("profit attributable to shareholders", M::NetIncome, Any),
    n("profit attributable to owners", M::NetIncome, Any),
    n("profit attributable to equity holders", M::NetIncome, Any),
    n("net income attributable to shareholders", M::NetIncome, Any),
    n(
        "net income attributable to common shareholders",
        M::NetIncome,
        Any,
    ),
    n(
        "net income attributable to common stockholders",
        M::NetIncome,
        Any,
    ),
    n("attributable profit", M::NetIncome, Any),
    n("attributable net profit", M::NetIncome, Any),
    n("operating profit", M::OperatingProfit, Any),
    n("operating profits", M::OperatingProfit, Any),
    n("operating income", M::OperatingProfit, Any),
    n("operating loss", M::OperatingProfit, Any),
    n("operating result", M::OperatingProfit, Any),
    n("operating earnings", M::OperatingProfit, Any),
    n("ebit", M::OperatingProfit, Any),
    n("pretax profit", M::OperatingProfit, Any),
    n("pretax profits", M::OperatingProfit, Any),
    n("pre tax profits", M::OperatingProfit, Any),
    n("pre tax profit", M::OperatingProfit, Any),
    n("pretax income", M::OperatingProfit, Any),
    n("pre tax income", M::OperatingProfit, Any),
    n("pretax loss", M::OperatingProfit, Any),
    n("pre tax loss", M::OperatingProfit, Any),
    n("profit before tax", M::OperatingProfit, Any),
    n("profit before taxes", M::OperatingProfit, Any),
    n("loss before tax", M::OperatingProfit, Any),
    n("ebitda", M::Ebitda, Any),
    n("ebita", M::OperatingProfit, Any),
    n("eps", M::Eps, Any),
    // Wire tables: "Shr 1.12 dlrs vs 98 cts", "Revs 210.5 mln dlrs".
    n("shr", M::Eps, Mon),
    n("revs", M::Revenue, Any),
    n("earnings per share", M::Eps, Any),
    n("loss per share", M::Eps, Any),
    n("profit per share", M::Eps, Any),
    n("dividend", M::Dividend, Any),
    n("dividends", M::Dividend, Any),
    n("payout", M::Dividend, Any),
    n("capex", M::Capex, Any),
    n("capital expenditure", M::Capex, Any),
    n("capital expenditures", M::Capex, Any),
    n("capital spending", M::Capex, Any),
    n("capital budget", M::Capex, Any),
    n("capex budget", M::Capex, Any),
    n("exploration budget", M::Capex, Any),
    n("exploration spending", M::Capex, Any),
    n("drilling budget", M::Capex, Any),
    v("invest", M::Investment, Mon),
    v("invests", M::Investment, Mon),
    v("invested", M::Investment, Mon),
    v("investing", M::Investment, Mon),
    n("investment", M::Investment, Mon),
    n("investments", M::Investment, Mon),
    n("investment plan", M::Investment, Mon),
    v("spend", M::Investment, Mon),
    v("spends", M::Investment, Mon),
    n("spending", M::Investment, Mon),
    v("pledged", M::Investment, Mon),
    v("pledge", M::Investment, Mon),
    v("pledges", M::Investment, Mon),
    v("pour", M::Investment, Mon),
    v("pours", M::Investment, Mon),
    v("poured", M::Investment, Mon),
    n("commitment", M::Investment, Mon),
    n("plan", M::Investment, Mon),
    v("acquire", M::Acquisition, Any),
    v("acquires", M::Acquisition, Any),
    v("acquired", M::Acquisition, Any),
    n("acquisition", M::Acquisition, Any),
    n("takeover", M::Acquisition, Any),
    n("merger", M::Acquisition, Any),
    n("deal", M::Acquisition, Any),
    n("stake", M::Acquisition, Any),
    n("buyout", M::Acquisition, Any),
    n("market share", M::MarketShare, Pct),
    n("shipments", M::Shipments, Any),
    v("shipped", M::Shipments, Any),
    // Volumes: "copper output climbed 10%", "carried 19.9 million passengers, up 6%".
    n("output", M::Other, Pct),
    n("production", M::Other, Pct),
    n("passengers", M::Other, Pct),
    n("passenger numbers", M::Other, Pct),
    n("traffic", M::Other, Pct),
    n("capacity", M::Other, Pct),
    n("shipment", M::Shipments, Any),
    n("deliveries", M::Shipments, Any),
    // "volumes fell 2.5%": the units sold; "trading volume" is the market's, so the
    // singular is left out.
    n("volumes", M::Shipments, Pct),
    n("sales volumes", M::Shipments, Pct),
    n("sales volume", M::Shipments, Pct),
    n("shares", M::SharePrice, Any),
    n("share price", M::SharePrice, Any),
    n("stock", M::SharePrice, Any),
    n("stock price", M::SharePrice, Any),
    n("price target", M::SharePrice, Mon),
    n("market value", M::MarketValue, Mon),
    n("market cap", M::MarketValue, Mon),
    n("market capitalization", M::MarketValue, Mon),
    n("market capitalisation", M::MarketValue, Mon),
    n("valuation", M::MarketValue, Mon),
    v("valued", M::MarketValue, PriceAt),
    v("valuing", M::MarketValue, PriceAt),
    v("value", M::MarketValue, PriceAt),
    v("values", M::MarketValue, PriceAt),
    n("funding", M::Investment, Mon),
    n("funding round", M::Investment, Mon),
    n("financing round", M::Investment, Mon),
    v("raise", M::Investment, MoneyElse),
    v("raises", M::Investment, MoneyElse),
    v("raised", M::Investment, MoneyElse),
    v("raising", M::Investment, MoneyElse),
    n("loss", M::Loss, Mon),
    n("losses", M::Loss, Mon),
    n("guidance", M::Guidance, Any),
    n("forecast", M::Guidance, Any),
    n("outlook", M::Guidance, Any),
    n("debt", M::Debt, Mon),
    n("bond", M::Debt, Mon),
    n("bonds", M::Debt, Mon),
    n("notes", M::Debt, Mon),
    n("loan", M::Debt, Mon),
    n("loans", M::Debt, Mon),
    n("borrowing", M::Debt, Mon),
    n("borrowings", M::Debt, Mon),
    n("credit facility", M::Debt, Mon),
    n("margin", M::Other, Pct),
    n("margins", M::Other, Pct),
    n("gross margin", M::Other, Pct),
    n("ebitda margin", M::Other, Pct),
    n("ebit margin", M::Other, Pct),
    n("profit margin", M::Other, Pct),
    n("net margin", M::Other, Pct),
    n("operating margin", M::Other, Pct),
    n("orders", M::Other, Any),
    n("order intake", M::Other, Any),
    n("order book", M::Other, Any),
    n("backlog", M::Other, Any),
    n("remaining performance obligations", M::Other, Any),
    n("rpo", M::Other, Any),
    n("gross profit", M::Other, Any),
    n("contract", M::Other, Mon),
    n("royalties", M::Other, Any),
    n("royalty", M::Other, Any),
    n("royalty payments", M::Other, Any),
    n("cash flow", M::Other, Any),
    n("cash and cash equivalents", M::Other, Mon),
    // Holdings on the balance sheet, not money invested in something.
    n("short term investments", M::Other, Mon),
    n("marketable securities", M::Other, Mon),
    n("cash position", M::Other, Mon),
    n("cash reserves", M::Other, Mon),
    n("cash pile", M::Other, Mon),
    n("free cash flow", M::Other, Any),
    n("net interest income", M::Other, Any),
    n("net interest margin", M::Other, Pct),
    // Insurers', landlords' and banks' own measures.
    n("combined ratio", M::Other, Pct),
    n("funds from operations", M::Other, Any),
    n("ffo", M::Other, Any),
    n("return on equity", M::Other, Pct),
    // Ratios over sales or capital, not the sales: "operating return on sales fell to
    // 3.6%".
    n("return on sales", M::Other, Pct),
    n("return on assets", M::Other, Pct),
    n("return on capital", M::Other, Pct),
    n("return on invested capital", M::Other, Pct),
    n("return on capital employed", M::Other, Pct),
    n("return on tangible equity", M::Other, Pct),
    // Volumes that platforms, payment firms and asset managers report.
    n("gross merchandise volume", M::Other, Any),
    n("gmv", M::Other, Any),
    n("gross bookings", M::Other, Any),
    n("bookings", M::Other, Any),
    n("total payment volume", M::Other, Any),
    n("payment volume", M::Other, Any),
    n("assets under management", M::Other, Any),
    n("aum", M::Other, Any),
    n("net inflows", M::Other, Mon),
    n("deposits", M::Other, Any),
    n("interest expense", M::Other, Mon),
    n("load factor", M::Other, Pct),
    // Ratios a company reports of itself: "its efficiency ratio improved to 58%", "a
    // common equity tier 1 ratio of 13.8%", "the segment's operating ratio".
    n("ratio", M::Other, Pct),
    // Unit revenue of hotels and airlines: a measure of its own, not the revenue.
    n("revenue per available room", M::Other, Any),
    n("revenue per available seat mile", M::Other, Any),
    n("revpar", M::Other, Any),
    n("rasm", M::Other, Any),
    // Insurers' top line.
    n("gross written premiums", M::Revenue, Any),
    n("written premiums", M::Revenue, Any),
    n("premiums", M::Revenue, Any),
    n("subscribers", M::Other, Pct),
    n("paid subscribers", M::Other, Pct),
    n("monthly active users", M::Other, Pct),
    n("daily active users", M::Other, Pct),
    n("average revenue per user", M::Other, Any),
    n("average revenue per membership", M::Other, Any),
    n("average revenue per member", M::Other, Any),
    n("arpu", M::Other, Mon),
    n("buyback", M::Other, Mon),
    n("buybacks", M::Other, Mon),
    n("share buyback", M::Other, Mon),
    n("stock buyback", M::Other, Mon),
    n("repurchase", M::Other, Mon),
    n("share repurchase", M::Other, Mon),
    n("stock repurchase", M::Other, Mon),
    n("repurchases", M::Other, Mon),
    n("share repurchases", M::Other, Mon),
    n("stock repurchases", M::Other, Mon),
    n("share capital", M::Acquisition, Pct),
    n("eurobond", M::Debt, Mon),
    n("eurobonds", M::Debt, Mon),
    n("debentures", M::Debt, Mon),
    n("debenture", M::Debt, Mon),
    n("placing", M::Debt, Mon),
    n("offering", M::Debt, Mon),
    n("issue", M::Debt, Mon),
    // "earned $8.47 billion, up 23%": the rise is the earnings'.
    v("earned", M::NetIncome, Any),
    v("lost", M::Loss, Mon),
    // "cost savings" through the modifier: a phrase of its own would make "cost" end the
    // modifiers of "replacement cost profit".
    n("savings", M::Other, Mon),
    // Charges are figures of their own, not the savings or profit named near them.
    n("charge", M::Other, Mon),
    n("charges", M::Other, Mon),
    n("impairment", M::Other, Mon),
    n("writedown", M::Other, Mon),
    n("write down", M::Other, Mon),
    // Not the company's losses, nor its investments: "provision for credit losses",
    // "investment banking fees".
    n("provision for credit losses", M::Other, Mon),
    n("provisions for credit losses", M::Other, Mon),
    n("credit loss provisions", M::Other, Mon),
    n("loan loss provisions", M::Other, Mon),
    // "provisions for bad loans rose to …": what is provided for is one phrase with the
    // provision (see `find_metrics`), not the company's loans or losses.
    n("provisions", M::Other, Mon),
    n("provision", M::Other, Mon),
    v("set aside", M::Other, Mon),
    // Banks' fee lines: "net commission income grew 7%".
    n("fee income", M::Revenue, Any),
    n("net fee income", M::Revenue, Any),
    n("commission income", M::Revenue, Any),
    n("net commission income", M::Revenue, Any),
    n("fee and commission income", M::Revenue, Any),
    n("net fee and commission income", M::Revenue, Any),
    n("investment banking", M::Revenue, Any),
    n("investment banking fees", M::Revenue, Any),
    n("investment banking revenue", M::Revenue, Any),
    n("advisory fees", M::Revenue, Any),
    n("underwriting fees", M::Revenue, Any),
    n("trading fees", M::Revenue, Any),
    n("management fees", M::Revenue, Any),
    n("expenses", M::Other, Any),
    n("expense", M::Other, Any),
    n("operating expenses", M::Other, Any),
    n("total expenses", M::Other, Any),
    // Money only: "could cut costs by 70%" is more often a claim than a result.
    n("costs", M::Other, Mon),
    n("operating costs", M::Other, Mon),
    v("repurchased", M::Other, Mon),
    v("buy back", M::Other, Mon),
    v("buys back", M::Other, Mon),
    v("bought back", M::Other, Mon),
    // Selling a stake or a unit is the other side of an acquisition.
    v("sell", M::Acquisition, PriceFor),
    v("sells", M::Acquisition, PriceFor),
    v("sold", M::Acquisition, PriceFor),
    v("buy", M::Acquisition, PriceFor),
    v("buys", M::Acquisition, PriceFor),
    v("bought", M::Acquisition, PriceFor),
    v("purchase", M::Acquisition, PriceFor),
    v("purchased", M::Acquisition, PriceFor),
    v("pay", M::Acquisition, PaidFor),
    v("pays", M::Acquisition, PaidFor),
    v("paid", M::Acquisition, PaidFor),
    v("paying", M::Acquisition, PaidFor),
    // A bid: "has offered $31 a share for Pennick Corp".
    v("offered", M::Acquisition, PaidFor),
    // Software makers' own measures: what customers were billed, what they keep
    // spending, what is contracted but not yet revenue.
    n("billings", M::Other, Any),
    n("arr", M::Revenue, Any),
    n("net revenue retention", M::Other, Pct),
    n("net revenue retention rate", M::Other, Pct),
    n("net retention", M::Other, Pct),
    n("net retention rate", M::Other, Pct),
    n("remaining performance obligation", M::Other, Any),
    n("crpo", M::Other, Any),
    // Landlords': "occupancy was 95.3%", "same-property net operating income rose 3.8%"
    // (a property measure, not the operating profit).
    n("occupancy", M::Other, Pct),
    n("occupancy rate", M::Other, Pct),
    n("net operating income", M::Other, Any),
    n("noi", M::Other, Any),
    // Insurers' premiums, written or earned: the top line, not "earned" profit.
    n("premiums written", M::Revenue, Any),
    n("premiums earned", M::Revenue, Any),
    n("net premiums written", M::Revenue, Any),
    n("net premiums earned", M::Revenue, Any),
    n("gross premiums written", M::Revenue, Any),
    // Exchanges', brokers' and payment processors' volumes and custody.
    n("trading volume", M::Other, Any),
    n("trading volumes", M::Other, Any),
    n("processed volume", M::Other, Any),
    n("processing volume", M::Other, Any),
    n("assets under custody", M::Other, Any),
    n("assets under administration", M::Other, Any),
    // Producers' prices for what they sold: the company's own, unlike a market price.
    n("realized price", M::Other, Any),
    n("realized prices", M::Other, Any),
    n("realised price", M::Other, Any),
    n("realised prices", M::Other, Any),
    // Settlements and fines: "agreed to pay $1.2 billion to settle claims", "was fined
    // 797 million euros" ("settled" is left out: futures settle at a price).
    v("settle", M::Other, SumBefore),
    n("settlement", M::Other, Sum),
    n("settlements", M::Other, Sum),
    v("fined", M::Other, Sum),
    v("ordered to pay", M::Other, Sum),
    // Payment firms' and marketplaces' cut of the volume: "take rate fell to 2.1%".
    n("take rate", M::Other, Pct),
    // Shares sold for cash are an issue, as "placing" and "offering" are, not the share
    // price: "raised $600 million in a stock offering".
    n("stock offering", M::Debt, Mon),
    n("share offering", M::Debt, Mon),
    n("equity offering", M::Debt, Mon),
    n("share sale", M::Debt, Mon),
    n("stock sale", M::Debt, Mon),
    n("rights issue", M::Debt, Mon),
];

/// Lexicon entries by first word (lowercase bytes), longest phrase first; each
/// phrase pre-split.
type Index = FxHashMap<&'static [u8], Vec<(&'static Entry, Vec<&'static str>)>>;

/// The longest first word of a lexicon phrase; longer words are not looked up.
const MAX_FIRST_WORD: usize = 16;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: Index = FxHashMap::default();
        for e in LEXICON {
            let words: Vec<&'static str> = e.phrase.split(' ').collect();
            debug_assert!(words[0].len() <= MAX_FIRST_WORD);
            map.entry(words[0].as_bytes()).or_default().push((e, words));
        }
        for list in map.values_mut() {
            list.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        }
        map
    })
}

/// Whether a word can start a metric phrase, by a filter over (first letter, second
/// letter, length) of the lexicon's first words, so most words of a text are rejected
/// without hashing. It lets through some words that start none; `index` decides.
fn may_start(word: &[u8]) -> bool {
    match word {
        [a, b, ..] => first_word_shape(*a, *b, word.len()),
        _ => false,
    }
}

/// `may_start` for a word of `len` bytes that starts with `a` and `b`.
fn first_word_shape(a: u8, b: u8, len: usize) -> bool {
    len <= MAX_FIRST_WORD
        && FIRST_WORDS
            .get(letter_pair(a, b))
            .is_some_and(|lengths| lengths >> len & 1 != 0)
}

/// Whether token `x` can start a metric phrase: a word of no lexicon class (the test
/// `no_metric_starts_with_a_word_of_a_lexicon_class` checks that none does, so the
/// common function words are rejected by one test) that passes `may_start`. Only the
/// first two bytes are read: the length is the token's.
fn token_may_start(x: &Token, text: &[u8]) -> bool {
    x.class == 0
        && x.is_word()
        && match text.get(x.start..x.start.wrapping_add(2)) {
            Some(&[a, b]) => first_word_shape(a, b, x.end.wrapping_sub(x.start)),
            _ => false,
        }
}

/// For each pair of first letters (see `letter_pair`), a bit for each length of a
/// lexicon first word that starts with them.
const FIRST_WORDS: [u32; 1024] = first_word_lengths();

/// The slot of `FIRST_WORDS` for a word's first two bytes: each folded to five bits,
/// which maps an ASCII letter in either case to its place in the alphabet (other bytes
/// land somewhere too).
const fn letter_pair(a: u8, b: u8) -> usize {
    (((a | 0x20) & 0x1F) as usize) << 5 | ((b | 0x20) & 0x1F) as usize
}

const fn first_word_lengths() -> [u32; 1024] {
    let mut lengths = [0u32; 1024];
    let mut i = 0;
    while i < LEXICON.len() {
        let phrase = LEXICON[i].phrase.as_bytes();
        let mut len = 0;
        while len < phrase.len() && phrase[len] != b' ' {
            len += 1;
        }
        if len >= 2 && len <= MAX_FIRST_WORD {
            lengths[letter_pair(phrase[0], phrase[1])] |= 1 << len;
        }
        i += 1;
    }
    lengths
}

/// A metric phrase found in the text, as token indices.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// First token, including modifiers.
    start: usize,
    /// One past the last token.
    end: usize,
    metric: Metric,
    takes: Takes,
}

/// What a token is, once the entities are laid over the tokens (see `Cover`), packed
/// in four bytes that are zero when the token is free: the pass keeps a slot per token
/// of the document, and laying them out free is then a `memset` of half the bytes an
/// enum of a tag and an index takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot(u32);

/// What a token is, once the entities are laid over the tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cover {
    Free,
    /// Inside entity `i`.
    Entity(usize),
    /// A ticker written as a bare word, standing for company entity `i`.
    Ticker(usize),
}

impl Slot {
    const FREE: Slot = Slot(0);
    /// The bit of a ticker; the bits below hold the entity's index plus one.
    const TICKER: u32 = 1 << 31;

    /// A token inside entity `i`.
    fn entity(i: usize) -> Slot {
        Slot::pack(i, 0)
    }

    /// A bare ticker standing for company entity `i`.
    fn ticker(i: usize) -> Slot {
        Slot::pack(i, Slot::TICKER)
    }

    /// Entity `i` with the ticker bit `tag`; free when the index does not fit in 31
    /// bits (a document of over two billion entities).
    fn pack(i: usize, tag: u32) -> Slot {
        match i.checked_add(1).and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n & Slot::TICKER == 0 => Slot(n | tag),
            _ => Slot::FREE,
        }
    }

    fn cover(self) -> Cover {
        match ((self.0 & !Slot::TICKER) as usize).checked_sub(1) {
            None => Cover::Free,
            Some(i) if self.0 & Slot::TICKER != 0 => Cover::Ticker(i),
            Some(i) => Cover::Entity(i),
        }
    }

    fn is_free(self) -> bool {
        self == Slot::FREE
    }

    fn is_entity(self) -> bool {
        // Free is zero and a ticker has the top bit: an entity is what lies between.
        (1..Slot::TICKER).contains(&self.0)
    }
}

/// How a sentence with "respectively" pairs its figures (see `Ctx::respectively`).
struct Respectively {
    /// The metrics (indices into the sentence's hits) of the figures in order, when the
    /// counts match.
    metrics: Option<Range<usize>>,
}

/// A figure's role in its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Value,
    Change,
}

/// A figure's role, the tokens of the word that decided it, and the direction that
/// word gives ("an increase of").
type RoleOf = (Role, Option<(usize, usize)>, Option<Direction>);

/// A sentence's topic, if any, once looked up.
type TopicMemo = OnceCell<Option<usize>>;

struct Sentence {
    start: usize,
    end: usize,
    para: usize,
}

/// Builds the facts of a document from its tokens and merged entities.
///
/// Linear in the number of tokens, apart from small per-sentence loops over the
/// sentence's own figures and metric phrases.
pub(crate) fn find(t: &Tokens<'_>, entities: &[Entity]) -> Vec<Fact> {
    if !entities
        .iter()
        .any(|e| matches!(e.value, Value::Money(_) | Value::Percent(_)))
    {
        return Vec::new();
    }
    thread_local! {
        static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let facts = find_in(t, entities, &mut scratch);
            // A thread keeps the buffers of news-sized texts, not of a giant one.
            if scratch.slots.capacity() > token::MAX_KEPT_FLAGS {
                *scratch = Scratch::default();
            }
            facts
        }
        Err(_) => find_in(t, entities, &mut Scratch::default()),
    })
}

/// Buffers reused from one document to the next, so a short document costs few
/// allocations.
#[derive(Default)]
struct Scratch {
    slots: Vec<Slot>,
    ranges: Vec<(usize, usize)>,
    sentences: Vec<Sentence>,
    with_figure: Vec<bool>,
    hits: Vec<Hit>,
    topics: Vec<TopicMemo>,
    drafts: Vec<Draft>,
    facts: Vec<Fact>,
}

fn find_in(t: &Tokens<'_>, entities: &[Entity], scratch: &mut Scratch) -> Vec<Fact> {
    let Scratch {
        slots,
        ranges,
        sentences,
        with_figure,
        hits,
        topics,
        drafts,
        facts,
    } = scratch;
    let tickers = lay_entities(t, entities, slots, ranges);
    split_sentences(t, slots, sentences);
    // Only sentences with a figure can hold a fact: metrics and bare tickers are
    // looked for there only.
    with_figure.clear();
    with_figure.resize(sentences.len(), false);
    // Entities come sorted by start, so the sentence index only moves forward.
    let mut si = 0;
    for (e, &(k, _)) in entities.iter().zip(ranges.iter()) {
        if matches!(e.value, Value::Money(_) | Value::Percent(_)) {
            while sentences.get(si).is_some_and(|s| s.end <= k) {
                si += 1;
            }
            if let Some(w) = with_figure.get_mut(si) {
                *w = true;
            }
        }
    }
    hits.clear();
    for (s, _) in sentences
        .iter()
        .zip(with_figure.iter())
        .filter(|(_, w)| **w)
    {
        mark_tickers(t, slots, &tickers, s.start..s.end);
        find_metrics(t, slots, s.start..s.end, hits);
    }
    // Topics are looked up only for the sentences a fact looks back to.
    topics.clear();
    topics.resize(sentences.len(), TopicMemo::default());
    let ctx = Ctx {
        t,
        entities,
        slots,
        ranges,
        topics,
    };
    facts.clear();
    let mut hit_i = 0;
    // The first entity of each sentence, found going forward as the hits are.
    let mut first_entity = 0;
    for (si, s) in sentences.iter().enumerate() {
        if !with_figure[si] {
            continue;
        }
        while ranges.get(first_entity).is_some_and(|r| r.0 < s.start) {
            first_entity += 1;
        }
        while hit_i < hits.len() && hits[hit_i].start < s.start {
            hit_i += 1;
        }
        let mut hit_j = hit_i;
        while hit_j < hits.len() && hits[hit_j].end <= s.end {
            hit_j += 1;
        }
        let hits = &hits[hit_i..hit_j];
        ctx.sentence_facts(si, sentences, first_entity, hits, drafts, facts);
    }
    // Built in the reused buffer and moved out into one allocation of the exact size,
    // instead of growing a new vector fact by fact; the buffer keeps its capacity.
    let mut found = Vec::with_capacity(facts.len());
    found.append(facts);
    found
}

/// Marks each token with the entity covering it, and bare tickers of companies named
/// in the document.
fn lay_entities<'e>(
    t: &Tokens<'_>,
    entities: &'e [Entity],
    slots: &mut Vec<Slot>,
    ranges: &mut Vec<(usize, usize)>,
) -> Tickers<'e> {
    slots.clear();
    slots.resize(t.len(), Slot::FREE);
    ranges.clear();
    let mut tickers: Tickers<'e> = Vec::new();
    // Entities come sorted by start, so a cursor finds their tokens in one forward walk;
    // a binary search per entity would miss the cache on every probe of a long text.
    // Every token before the cursor starts before the entity in hand, so the walk goes
    // on from the end of the last entity.
    let mut cursor: usize = 0;
    for (i, e) in entities.iter().enumerate() {
        if t.toks
            .get(cursor.wrapping_sub(1))
            .is_some_and(|x| x.start >= e.span.start)
        {
            cursor = t.toks.partition_point(|x| x.start < e.span.start);
        }
        let a = t
            .position_from(cursor, |x| x.start >= e.span.start)
            .unwrap_or(t.len().max(cursor));
        let mut b = a;
        while t.toks.get(b).is_some_and(|x| x.start < e.span.end) {
            b += 1;
        }
        cursor = b;
        ranges.push((a, b));
        if let Some(covered) = slots.get_mut(a..b) {
            covered.fill(Slot::entity(i));
        }
        if let Value::Company(c) = &e.value {
            if let Some(tk) = c.ticker.as_deref() {
                // Tickers are a few bytes: comparing them in line costs less than a
                // call to `bcmp`, and most company mentions repeat a ticker.
                if !tickers
                    .iter()
                    .any(|(x, _)| x.len() == tk.len() && x.bytes().eq(tk.bytes()))
                {
                    tickers.push((tk, i));
                }
            }
        }
    }
    tickers
}

/// The tickers of the companies named in a document, with a company entity each.
type Tickers<'e> = Vec<(&'e str, usize)>;

/// Marks bare tickers of companies named in the document ("BABA jumped") in
/// tokens `range`.
fn mark_tickers(t: &Tokens<'_>, slots: &mut [Slot], tickers: &Tickers<'_>, range: Range<usize>) {
    if tickers.is_empty() {
        return;
    }
    let end = range.end.min(t.len()).min(slots.len());
    let mut k = range.start;
    // Most tokens are not capitalized words: a tight loop skips them.
    while let Some(skip) = t
        .toks
        .get(k..end)
        .and_then(|rest| token::position4(rest, may_be_ticker))
    {
        k += skip;
        if let Some(slot) = slots.get_mut(k).filter(|s| s.is_free()) {
            let w = t.str(k);
            if let Some((_, i)) = tickers.iter().find(|(x, _)| *x == w) {
                *slot = Slot::ticker(*i);
            }
        }
        k += 1;
    }
}

/// Verbs of speech that credit a source (", Siemens Energy said") or that a period after
/// dates ("said earlier this month"); unlike `SAYING_VERBS`, no verb of reporting.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "announces",
    "added",
    "stated",
    "disclosed",
];

/// Verbs with which a company states its own figures.
#[rustfmt::skip]
const SAYING_VERBS: &[&str] = &[
    "said", "says", "reported", "reports", "posted", "posts", "announced", "announces", "expects",
    "forecast", "forecasts",
];

/// Whether a token can be a ticker: a word of one to five ASCII capitals, as the shape
/// bits tell. Tested first, the capital rejects nearly all other tokens (symbols and
/// numbers have no shape bits).
fn may_be_ticker(tok: &Token) -> bool {
    use crate::token::{ALL_UPPER, CAPITALIZED};
    if tok.shape & CAPITALIZED == 0 {
        return false;
    }
    let len = tok.end - tok.start;
    len <= 5 && (tok.shape & ALL_UPPER != 0 || len == 1) && tok.is_word()
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»')
}

/// Splits the tokens into sentences, and numbers the paragraphs. `slots` tells which
/// entity covers each token: no sentence ends inside one ("ended Sept. 30").
fn split_sentences(t: &Tokens<'_>, slots: &[Slot], out: &mut Vec<Sentence>) {
    out.clear();
    let toks = t.toks.as_slice();
    let n = toks.len();
    let mut start = 0;
    let mut para = 0;
    let mut k = 0;
    // Only line breaks and sentence-ending marks matter: the rest is skipped in a tight
    // loop.
    while let Some(skip) = toks
        .get(k..)
        .and_then(|rest| token::position4(rest, |x| x.newline_before || is_sentence_end(x.kind)))
    {
        k += skip;
        let Some(tok) = toks.get(k) else { break };
        if tok.newline_before {
            if k > start {
                push_sentence(out, start, k, para);
                start = k;
            }
            if blank_line_before(t, k) {
                para += 1;
            }
        }
        let mark = k;
        k += 1;
        if !is_sentence_end(tok.kind) {
            continue;
        }
        // Closing quotes and brackets glued to the mark stay in the sentence. Being
        // glued, they follow no line break, so skipping them passes no other stop.
        while toks
            .get(k)
            .is_some_and(|x| x.glued() && matches!(x.kind, TokKind::Sym(c) if is_closing(c)))
        {
            k += 1;
        }
        // The title test, the dearest, comes last: it matters only where a sentence
        // would otherwise end (not at the end of a line, say).
        if toks.get(k).is_some_and(starts_sentence)
            && !inside_entity(slots, mark, k)
            && !is_title_abbreviation(t, mark)
            && !goes_on_after_abbreviation(t, slots, mark, k)
        {
            push_sentence(out, start, k, para);
            start = k;
        }
    }
    if start < n {
        push_sentence(out, start, n, para);
    }
}

/// The most tokens a sentence holds: a longer run without a sentence end (a table
/// flattened into one line, a text without periods) is cut into pieces of this size.
/// No news sentence comes near it, and it bounds the per-sentence work of each figure,
/// which keeps the pass linear in the length of any input.
const MAX_SENTENCE_TOKENS: usize = 320;

/// Adds the sentence of tokens `start..end`, in pieces of at most `MAX_SENTENCE_TOKENS`.
fn push_sentence(out: &mut Vec<Sentence>, start: usize, end: usize, para: usize) {
    let mut a = start;
    while a < end {
        let b = end.min(a + MAX_SENTENCE_TOKENS);
        out.push(Sentence {
            start: a,
            end: b,
            para,
        });
        a = b;
    }
}

/// Whether the mark at token `mark` and the token `next` after it lie in one entity:
/// the mark is an abbreviation's period ("Sept. 30", "U.S. $5 million").
fn inside_entity(slots: &[Slot], mark: usize, next: usize) -> bool {
    match (slots.get(mark), slots.get(next)) {
        (Some(a), Some(b)) => a.is_entity() && a == b,
        _ => false,
    }
}

/// Whether the period at token `mark` closes a title before a name ("Mr. Cook",
/// "Dr. Su"): a short word glued to it that titles a person.
fn is_title_abbreviation(t: &Tokens<'_>, mark: usize) -> bool {
    let Some(prev) = mark.checked_sub(1) else {
        return false;
    };
    // Every title is a capitalized ASCII word of at most six letters: the shape bit
    // rejects the lower-case words most sentences end with before their text is read.
    t.glued(mark)
        && t.get(prev).is_some_and(|x| {
            x.is_word() && x.shape & crate::token::CAPITALIZED != 0 && x.end - x.start <= 6
        })
        && matches!(
            t.str(prev),
            "Mr" | "Mrs"
                | "Ms"
                | "Messrs"
                | "Dr"
                | "Prof"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Gen"
                | "Lt"
                | "Col"
                | "Capt"
                | "Sgt"
                | "Rev"
                | "Hon"
                | "St"
        )
}

/// Whether the sentence goes on after the period at `mark`, which closes an
/// abbreviation, to the token `next` that `starts_sentence` accepted:
/// - after a dotted acronym ("U.S.", "U.K."), a capitalized word goes on the sentence
///   when it is one of the institutions, offices and instruments that the acronym
///   qualifies ("U.S. Treasuries", "U.S. President", "U.K. Treasury"); any other word
///   starts one ("in the U.S. The company", "in the U.S. Revenue rose");
/// - no bracket starts a sentence after a dotted acronym or an entity's closing
///   abbreviation ("Walmart Inc. (NYSE: WMT) announced").
fn goes_on_after_abbreviation(t: &Tokens<'_>, slots: &[Slot], mark: usize, next: usize) -> bool {
    let Some(tok) = t.get(next) else {
        return false;
    };
    let acronym = ends_dotted_acronym(t, mark);
    match tok.kind {
        TokKind::Sym('(' | '[') => acronym || slots.get(mark).is_some_and(|s| s.is_entity()),
        TokKind::Word => acronym && t.word_in(next, QUALIFIED_BY_COUNTRY),
        _ => false,
    }
}

/// Whether the period at `mark` ends a dotted acronym of one-letter parts ("U.S.",
/// "U.K.", "E.U."), as the last of its periods.
fn ends_dotted_acronym(t: &Tokens<'_>, mark: usize) -> bool {
    let letter = |i: usize| {
        t.get(i)
            .is_some_and(|x| x.is_word() && x.end - x.start == 1)
    };
    mark >= 3
        && t.glued(mark)
        && letter(mark - 1)
        && t.glued(mark - 1)
        && t.is_sym(mark - 2, '.')
        && t.glued(mark - 2)
        && letter(mark - 3)
}

/// Names of economies and nationalities that, before a metric, make it a country's
/// ("US retail sales", "euro zone GDP"), beside `company::is_place`.
#[rustfmt::skip]
const ECONOMIES: &[&str] = &[
    "US", "UK", "EU", "euro", "eurozone", "Chinese", "Japanese", "German", "French", "British",
    "American", "European", "Indian", "Korean", "Italian", "Spanish", "Canadian", "Australian",
    "Brazilian", "Mexican", "Russian", "Swiss", "Dutch", "Swedish", "national", "nationwide",
];

/// Nouns of an aside that make its subject another company's holder ("one of Klarna's
/// largest backers").
#[rustfmt::skip]
const HOLDER_NOUNS: &[&str] = &[
    "backer", "backers", "investor", "investors", "shareholder", "shareholders", "stakeholder",
    "holder", "holders",
];

/// Capitalized words that a country's dotted acronym qualifies inside a sentence: "U.S.
/// Treasuries", "U.S. District Judge", "U.K. Prime Minister".
#[rustfmt::skip]
const QUALIFIED_BY_COUNTRY: &[&str] = &[
    "Treasury", "Treasuries", "President", "Vice", "Senate", "Senator", "House", "Congress",
    "Federal", "Fed", "Department", "District", "Court", "Supreme", "Judge", "Attorney",
    "Securities", "Food", "Commerce", "Justice", "Trade", "Labor", "Energy", "Defense",
    "Army", "Navy", "Air", "Government", "Embassy", "Secretary", "Commission", "Census",
    "Bureau", "Postal", "Customs", "Chamber", "Central", "Prime", "Minister", "Chancellor",
    "Parliament", "Office", "Competition", "Financial", "Environmental", "National", "State",
    "Agency", "Administration", "Authority", "Regulator", "Bank", "Dollar", "Consumer",
    "Steel", "Bancorp", "Cellular", "Open", "Marshals",
];

/// Whether a blank line (two line feeds) lies between token `k` and the token before it.
fn blank_line_before(t: &Tokens<'_>, k: usize) -> bool {
    let gap = k
        .checked_sub(1)
        .and_then(|p| t.toks.get(p))
        .zip(t.toks.get(k))
        .and_then(|(prev, tok)| t.text.as_bytes().get(prev.end..tok.start));
    gap.is_some_and(|g| g.iter().filter(|&&b| b == b'\n').nth(1).is_some())
}

/// Whether `next`, the token after a sentence-ending mark (and its closing quotes), on
/// the same line, starts a new sentence.
fn starts_sentence(next: &Token) -> bool {
    match next.kind {
        // At a line break the next sentence starts anyway, by the line rule.
        _ if next.newline_before => false,
        _ if !next.space_before => false,
        // "Cohen & Steers, Inc. : 5% of ...": no sentence starts with these.
        TokKind::Sym(':' | ',' | ';' | ')' | '%') => false,
        // A word whose first letter is lower case goes on the sentence.
        TokKind::Word => next.shape & crate::token::LOWER_FIRST == 0,
        _ => true,
    }
}

/// Token `i` in lowercase when it is an ASCII word of at most 24 bytes; copied into
/// `buf` only when it has capitals.
fn word<'b, 't: 'b>(t: &Tokens<'t>, i: usize, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    if !t.is_word(i) {
        return None;
    }
    lower_ascii(t.str(i), buf)
}

/// Finds the metric phrases, longest match first, with their modifiers.
fn find_metrics(t: &Tokens<'_>, slots: &[Slot], range: Range<usize>, out: &mut Vec<Hit>) {
    let idx = index();
    let mut buf = [0u8; 24];
    let end = range.end.min(t.len()).min(slots.len());
    let text = t.text.as_bytes();
    let mut k = range.start;
    // Most words start no phrase: a tight loop skips them by `token_may_start`; the
    // slot is read only at the few words that pass.
    while let Some(skip) = t
        .toks
        .get(k..end)
        .and_then(|rest| token::position4(rest, |x| token_may_start(x, text)))
    {
        k += skip;
        if !slots.get(k).is_some_and(|s| s.is_free()) || unit_of_amount(t, slots, k) {
            k += 1;
            continue;
        }
        let tok = t.toks[k];
        let len = tok.end - tok.start;
        let raw = text.get(tok.start..tok.end).unwrap_or_default();
        for (d, b) in buf.iter_mut().zip(raw) {
            *d = b.to_ascii_lowercase();
        }
        // "delivered 96,000 vehicles in the third quarter, down 11%": the units shipped.
        if let Some((noun, after)) = units_shipped(t, slots, k, end, buf.get(..len)) {
            out.push(Hit {
                start: noun,
                end: after,
                metric: Metric::Shipments,
                takes: Takes::Percent,
            });
            k = after;
            continue;
        }
        // "its share of the global memory chip market", "a 17% share of the U.S.
        // market", "Lumio's share of worldwide PC shipments": a market share.
        if buf.get(..len) == Some(b"share".as_slice()) {
            if let Some(end) = share_of_market(t, slots, k, end) {
                out.push(Hit {
                    start: k,
                    end,
                    metric: Metric::MarketShare,
                    takes: Takes::Percent,
                });
                k = end;
                continue;
            }
        }
        let Some(cands) = buf.get(..len).and_then(|w| idx.get(w)) else {
            k += 1;
            continue;
        };
        let mut found = None;
        for (entry, words) in cands {
            if let Some(end) = match_phrase(t, slots, k, words) {
                found = Some((*entry, end));
                break;
            }
        }
        let Some((entry, end)) = found else {
            k += 1;
            continue;
        };
        if entry.metric == Metric::SharePrice && names_a_market(t, end) {
            k = end;
            continue;
        }
        // "Earnings per share (EPS) were …": the abbreviation in brackets right after a
        // metric is that metric again, not one of its own.
        let abbreviation = k > 0
            && t.is_sym(k - 1, '(')
            && t.is_sym(end, ')')
            && out.last().is_some_and(|h| h.end + 1 == k);
        if abbreviation {
            k = end;
            continue;
        }
        let mut start = if entry.noun {
            modifiers_start(t, slots, k)
        } else {
            k
        };
        // "for $6.8 billion including debt", "excluding net debt": what a price counts
        // in, not a debt of its own.
        if entry.metric == Metric::Debt
            && start > 0
            && t.word_in(
                start - 1,
                &[
                    "including",
                    "excluding",
                    "plus",
                    "assuming",
                    "assumed",
                    "incl",
                ],
            )
        {
            k = end;
            continue;
        }
        // "its capital expenditure forecast", "revenue growth guidance": a forecast of
        // the metric named right before it, one phrase.
        if entry.metric == Metric::Guidance {
            if let Some(last) = out.last().filter(|h| h.end >= start) {
                start = start.min(last.start);
                out.pop();
            }
        }
        // "provisions for bad loans": what is provided for, one phrase with the
        // provision.
        if let Some(last) = out.last_mut().filter(|h| {
            h.end + 1 == start
                && t.word_is(h.end, "for")
                && t.word_in(h.end - 1, &["provision", "provisions"])
        }) {
            last.end = end;
            k = end;
            continue;
        }
        // "in a deal valued at $1.9 billion": the value of the deal, not of a company.
        if entry.takes == Takes::PriceAt {
            if let Some(last) = out.last_mut().filter(|h| {
                h.metric == Metric::Acquisition
                    && (h.end == k || h.end + 1 == k && t.is_sym(h.end, ','))
            }) {
                last.end = end;
                last.takes = Takes::Money;
                k = end;
                continue;
            }
        }
        // "market share in U.S. smartphone sales": the market the share is of, one
        // phrase with it.
        if let Some(last) = out.last_mut().filter(|h| {
            h.metric == Metric::MarketShare
                && k > h.end
                && k - h.end <= 6
                && t.word_in(h.end, &["in", "of", "among"])
                && (h.end..k).all(|j| {
                    slots.get(j).is_some_and(|s| s.is_free())
                        && t.get(j).is_some_and(|x| !clause_mark(x.kind))
                })
        }) {
            last.end = end;
            k = end;
            continue;
        }
        let end = source_of_revenue(t, slots, entry.metric, end).unwrap_or(end);
        out.push(Hit {
            start,
            end,
            metric: entry.metric,
            takes: entry.takes,
        });
        k = end;
    }
}

/// For revenue or sales ending before token `end` and followed by "from": the end of
/// what the revenue comes from, one phrase with it ("revenue from its diabetes drug
/// Glucara reached $1.4 billion"), when a verb or preposition follows it within six
/// words and no entity, number or punctuation comes first.
fn source_of_revenue(t: &Tokens<'_>, slots: &[Slot], metric: Metric, end: usize) -> Option<usize> {
    if !matches!(metric, Metric::Revenue | Metric::Sales) || !t.word_is(end, "from") {
        return None;
    }
    let mut buf = [0u8; 24];
    let mut words = 0;
    for j in end + 1..end + 8 {
        if !slots.get(j).is_some_and(|s| s.is_free()) || !t.is_word(j) {
            return None;
        }
        let w = word(t, j, &mut buf)?.as_bytes();
        if matches!(
            w,
            b"its" | b"the" | b"a" | b"an" | b"their" | b"his" | b"her" | b"our"
        ) {
            continue;
        }
        if free_before(w) || opens_other_clause(w, true) {
            return (words > 0).then_some(j);
        }
        words += 1;
    }
    None
}

/// For a verb of shipping or selling at token `k` (lowercase `w`) followed by a count
/// and a plural noun that names no metric ("shipped 58 million smartphones", "sold 1.1
/// million electric vehicles"): the noun's tokens, up to two words, before `end`.
fn units_shipped(
    t: &Tokens<'_>,
    slots: &[Slot],
    k: usize,
    end: usize,
    w: Option<&[u8]>,
) -> Option<(usize, usize)> {
    let w = w?;
    if !matches!(
        w,
        b"shipped" | b"ships" | b"delivered" | b"delivers" | b"sold" | b"sells"
    ) {
        return None;
    }
    let mut j = k + 1;
    if !(t.is_num(j) && slots.get(j).is_some_and(|s| s.is_free())) {
        return None;
    }
    j += 1;
    if t.has_class(j, lexicon::SCALE) {
        j += 1;
    }
    let noun = j;
    let mut buf = [0u8; 24];
    while j < end.min(noun + 2) {
        let Some(x) = word(t, j, &mut buf) else { break };
        let lower = t.has_shape(j, token::LOWER_FIRST);
        let metric_word = may_start(x.as_bytes()) && index().contains_key(x.as_bytes());
        if !lower || not_modifier(x) || metric_word || !slots.get(j).is_some_and(|s| s.is_free()) {
            break;
        }
        j += 1;
    }
    // The last word is the plural noun: "vehicles", not "electric".
    (j > noun && t.get(j - 1).is_some_and(|x| x.end > x.start + 1) && {
        let last = t.str(j - 1);
        last.ends_with('s') && !last.ends_with("ss")
    })
    .then_some((noun, j))
}

/// Whether `w` (lowercased) is a word of forecasting: "expects", "forecast", "will",
/// "guidance", "plans".
fn forecast_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"expects"
            | b"expect"
            | b"expected"
            | b"forecast"
            | b"forecasts"
            | b"sees"
            | b"see"
            | b"predicts"
            | b"projects"
            | b"projected"
            | b"will"
            | b"would"
            | b"guidance"
            | b"outlook"
            | b"targets"
            | b"plans"
            | b"aims"
    )
}

/// Whether `w` (lowercased) is a word of planning, aiming or estimating, or a modal other
/// than "may" (which `forward_looking` tells from the month): the rest of the wider net
/// of `forward_looking`.
fn planning_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"aim"
            | b"aiming"
            | b"plan"
            | b"planned"
            | b"planning"
            | b"target"
            | b"targeting"
            | b"intends"
            | b"forecasting"
            | b"expecting"
            | b"seeing"
            | b"estimates"
            | b"estimated"
            | b"could"
            | b"might"
            | b"should"
    )
}

/// Whether the word at token `k` is the unit of the amount before it: "$0.32/shr",
/// "$1.20 per shr". The amount names its unit; the word names no metric of its own.
fn unit_of_amount(t: &Tokens<'_>, slots: &[Slot], k: usize) -> bool {
    let joined =
        k >= 2 && (t.is_sym(k - 1, '/') && t.glued(k - 1) && t.glued(k) || t.word_is(k - 1, "per"));
    joined && slots.get(k - 2).is_some_and(|s| s.is_entity())
}

/// For "share" at token `k` followed by "of": the end of "share of … market" (or of a
/// market's sales, shipments or deliveries, not the company's own: "its share of total
/// sales") within six words, all free and on the sentence, before `end`.
fn share_of_market(t: &Tokens<'_>, slots: &[Slot], k: usize, end: usize) -> Option<usize> {
    if !t.word_is(k + 1, "of") {
        return None;
    }
    let stop = end.min(k + 9);
    for j in k + 2..stop {
        if !slots.get(j).is_some_and(|s| s.is_free())
            || t.get(j).is_none_or(|x| clause_mark(x.kind))
        {
            return None;
        }
        if t.word_in(j, &["market", "markets"]) {
            return Some(j + 1);
        }
        // "its share of total sales" is a mix of its own sales, not a market share.
        if t.word_in(j, &["its", "their", "our", "total", "group", "overall"]) {
            return None;
        }
        if t.word_in(j, &["sales", "shipments", "deliveries"]) {
            return Some(j + 1);
        }
    }
    None
}

/// Whether the word at `k`, right after "stock" or "shares", makes them a market or an
/// instrument rather than a company's shares: "the stock market fell 2%", "stock
/// options", "share index".
fn names_a_market(t: &Tokens<'_>, k: usize) -> bool {
    t.word_in(
        k,
        &[
            "market",
            "markets",
            "exchange",
            "exchanges",
            "index",
            "indexes",
            "indices",
            "options",
            "futures",
            "split",
            "splits",
        ],
    )
}

/// Whether the words of a phrase follow from token `k` (hyphens allowed between
/// words); returns the token after the phrase.
fn match_phrase(t: &Tokens<'_>, slots: &[Slot], k: usize, words: &[&str]) -> Option<usize> {
    let mut i = k + 1;
    for w in &words[1..] {
        if t.is_sym(i, '-') && t.glued(i) {
            i += 1;
        }
        if !t.word_is(i, w) || !slots.get(i).is_some_and(|s| s.is_free()) {
            return None;
        }
        i += 1;
    }
    // "profit" in "profit-taking", "stock" in "stockholders" are not metrics.
    if t.is_sym(i, '-') && t.glued(i) && t.is_word(i + 1) {
        return None;
    }
    Some(i)
}

/// Whether a figure is a price per barrel, tonne, ounce or other commodity measure.
fn is_commodity_price(v: &Value) -> bool {
    matches!(v, Value::Money(m) if m.per.is_some_and(PerUnit::is_commodity_measure))
}

/// Words that never modify a metric noun: function words, basis words, verbs of
/// reporting.
fn not_modifier(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "s"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "and"
            | "or"
            | "but"
            | "as"
            | "that"
            | "this"
            | "these"
            | "those"
            | "which"
            | "who"
            | "whose"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "said"
            | "says"
            | "say"
            | "saw"
            | "see"
            | "sees"
            | "report"
            | "reports"
            | "posted"
            | "posts"
            | "expects"
            | "expect"
            | "year"
            | "years"
            | "over"
            | "quarter"
            | "month"
            | "yoy"
            | "its’"
            | "than"
            | "more"
            | "less"
            | "also"
            | "not"
            | "no"
            | "while"
            | "after"
            | "before"
            | "into"
            | "per"
            | "drive"
            | "drives"
            | "push"
            | "through"
            | "via"
            | "under"
            | "about"
            | "around"
            | "against"
            | "between"
            | "among"
            | "across"
            | "during"
            | "despite"
            | "amid"
            | "up"
            | "down"
            // Verbs whose object is the metric: "to dilute adjusted earnings per share".
            | "dilute"
            | "boost"
            | "raise"
            | "cut"
            | "lift"
            | "lower"
            | "hurt"
            | "reduce"
            | "return"
            | "grow"
            | "double"
            | "beat"
            | "miss"
            | "exceed"
    )
}

fn allowed_participle(w: &str) -> bool {
    matches!(
        w,
        "adjusted"
            | "diluted"
            | "consolidated"
            | "combined"
            | "annualized"
            | "annualised"
            | "operating"
            | "trading"
            | "advertising"
            | "recurring"
            | "licensing"
            | "computing"
            | "banking"
            | "consulting"
            | "marketing"
            | "publishing"
            | "streaming"
            | "gaming"
            | "shipping"
            | "mining"
            | "manufacturing"
            | "printing"
            | "engineering"
            | "packaging"
    )
}

/// The first token of the modifiers before a metric noun at `head` ("cloud revenue",
/// "non-PC revenue", "AI PC Sales"): up to three words on the same line.
fn modifiers_start(t: &Tokens<'_>, slots: &[Slot], head: usize) -> usize {
    let mut start = head;
    let mut words = 0;
    let mut buf = [0u8; 24];
    while words < 3 && start > 0 {
        let p = start - 1;
        if t.get(start).is_some_and(|x| x.newline_before) || !slots[p].is_free() {
            break;
        }
        // A glued hyphen joins a compound: "non-PC".
        if t.is_sym(p, '-') && t.glued(p) && t.glued(start) && p > 0 && t.is_word(p - 1) {
            if !slots[p - 1].is_free() {
                break;
            }
            start = p - 1;
            words += 1;
            continue;
        }
        let Some(w) = word(t, p, &mut buf) else {
            break;
        };
        // "34.3 million shares": a count, not a kind of shares ("Class B shares" is).
        let counted = p > 0 && (t.is_num(p - 1) || t.has_class(p - 1, lexicon::NUMBER_WORD));
        if counted && t.has_class(p, lexicon::SCALE) {
            break;
        }
        if not_modifier(w)
            // `may_start` passes every first word, and rejects most others unhashed.
            || may_start(w.as_bytes()) && index().contains_key(w.as_bytes())
            || (w.ends_with("ed") || w.ends_with("ing")) && !allowed_participle(w)
            || (t.glued(start) && start != head)
        {
            break;
        }
        // A word glued to an apostrophe before it is a possessive "s".
        if p > 0 && t.glued(p) && !t.is_word(p - 1) && !t.is_sym(p - 1, '-') {
            break;
        }
        // A word hyphened to a figure is the figure's: "a $2 billion-plus contract".
        if p > 1 && t.glued(p) && t.is_sym(p - 1, '-') && !slots[p - 2].is_free() {
            break;
        }
        start = p;
        words += 1;
    }
    start
}

struct Ctx<'a, 't> {
    t: &'a Tokens<'t>,
    entities: &'a [Entity],
    slots: &'a [Slot],
    /// The token range of each entity.
    ranges: &'a [(usize, usize)],
    /// Per sentence, its topic (see `Ctx::topic`) once looked up.
    topics: &'a [TopicMemo],
}

/// A fact under construction.
struct Draft {
    hit: Option<Hit>,
    metric: Metric,
    value: Option<usize>,
    change: Option<usize>,
    /// Token ranges of the figures (a value and a change at most), for the period
    /// search.
    figs: TokenSpans<2>,
    /// Index of the hit in the sentence's hits.
    hit_ix: Option<usize>,
    company: Option<(usize, usize)>,
    /// The direction read from a change noun ("an increase of 15 pct").
    direction: Option<Direction>,
    /// Token ranges of the words that built the fact (the metric, and the word that
    /// decided each figure's role); made into strings only for the facts that are kept.
    evidence: TokenSpans<3>,
}

/// Up to `N` token ranges, held inline: a draft has few figures and words of evidence,
/// and a vector for each would cost allocations for every fact.
#[derive(Clone, Copy)]
struct TokenSpans<const N: usize> {
    spans: [(usize, usize); N],
    len: usize,
}

impl<const N: usize> TokenSpans<N> {
    fn new() -> Self {
        TokenSpans {
            spans: [(0, 0); N],
            len: 0,
        }
    }

    /// Adds a range; the callers add at most `N`.
    fn push(&mut self, span: (usize, usize)) {
        debug_assert!(self.len < N, "more than {N} spans");
        if let Some(slot) = self.spans.get_mut(self.len) {
            *slot = span;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[(usize, usize)] {
        self.spans.get(..self.len).unwrap_or_default()
    }
}

impl Ctx<'_, '_> {
    /// Token `i` lowercased when it is an ASCII word of at most 24 bytes, else empty;
    /// as bytes, since the rules only compare it with ASCII literals: that skips the
    /// UTF-8 check that turning a lowercased copy back into a `&str` costs. Inlined:
    /// the figure rules call it some ten thousand times per MB, and the call and the
    /// register saves cost as much as a short word's test.
    #[inline(always)]
    fn lower_bytes<'b>(&'b self, i: usize, buf: &'b mut [u8; 24]) -> &'b [u8] {
        if !self.t.is_word(i) {
            return b"";
        }
        lower_ascii_bytes(self.t.str(i), buf).unwrap_or_default()
    }

    fn company_at(&self, i: usize) -> Option<usize> {
        match self.slots.get(i)?.cover() {
            Cover::Entity(e) => {
                matches!(self.entities.get(e)?.value, Value::Company(_)).then_some(e)
            }
            Cover::Ticker(e) => Some(e),
            Cover::Free => None,
        }
    }

    fn figure_at(&self, i: usize) -> Option<usize> {
        match self.slots.get(i)?.cover() {
            Cover::Entity(e) => matches!(
                self.entities.get(e)?.value,
                Value::Money(_) | Value::Percent(_)
            )
            .then_some(e),
            _ => None,
        }
    }

    fn period_at(&self, i: usize) -> Option<usize> {
        match self.slots.get(i)?.cover() {
            Cover::Entity(e) => {
                matches!(self.entities.get(e)?.value, Value::Period(_)).then_some(e)
            }
            _ => None,
        }
    }

    /// The token range of the entity covering token `i`.
    fn extent(&self, i: usize) -> (usize, usize) {
        match self.slots.get(i).map(|s| s.cover()) {
            Some(Cover::Entity(e)) => self.ranges.get(e).copied().unwrap_or((i, i + 1)),
            _ => (i, i + 1),
        }
    }

    /// Whether the company mention starting at token `i` can be a subject: not a rival,
    /// partner or employer named after "like", "from", "with", ...
    fn eligible_company(&self, i: usize) -> bool {
        let mut buf = [0u8; 24];
        if i == 0 {
            return true;
        }
        // "400,000 HBO shares": a count of another company's shares.
        if self.t.is_num(i - 1) {
            return false;
        }
        // "FRANKFURT, Nov 5 (Reuters) -": a credit in brackets, alone.
        if self.t.is_sym(i - 1, '(') && self.t.is_sym(self.extent(i).1, ')') {
            return false;
        }
        let w = self.lower_bytes(i - 1, &mut buf);
        let mut b2 = [0u8; 24];
        // The word before matters only after "in", "of", "to" or "by".
        let w2 = if i > 1 && matches!(w, b"in" | b"of" | b"to" | b"by") {
            self.lower_bytes(i - 2, &mut b2)
        } else {
            b""
        };
        // A source of data, not a subject: "according to LSEG", "compiled by LSEG".
        if matches!(
            (w2, w),
            (b"according", b"to")
                | (
                    b"compiled"
                        | b"polled"
                        | b"surveyed"
                        | b"tracked"
                        | b"provided"
                        | b"published"
                        | b"conducted"
                        | b"cited",
                    b"by"
                )
        ) {
            return false;
        }
        // "a funding round led by ASML", "co-led by": the investor, not the company
        // raising the money.
        if matches!((w2, w), (b"led" | b"backed", b"by")) {
            return false;
        }
        // "sold 12 million shares of Zarvex": a count of another company's shares, as in
        // "400,000 Zarvex shares".
        if matches!((w2, w), (b"shares" | b"stock", b"of"))
            && i > 2
            && (self.t.is_num(i - 3)
                || self.t.has_class(i - 3, lexicon::SCALE) && i > 3 && self.t.is_num(i - 4))
        {
            return false;
        }
        // "rival AMD said it expects …": a rival that speaks is the sentence's subject.
        // "Investors cheered as Zarvex reported revenue of …": "as" opens the clause the
        // company speaks in, not a comparison ("such as Zarvex").
        if matches!(w, b"rival" | b"rivals" | b"competitor" | b"as") && self.speaks(i) {
            return true;
        }
        // The target of a deal, the parent of a unit: "a stake in X", "a unit of X".
        if matches!(
            (w2, w),
            (
                b"stake" | b"interest" | b"holding" | b"shares" | b"investment",
                b"in"
            ) | (
                b"unit" | b"subsidiary" | b"division" | b"affiliate" | b"arm" | b"control",
                b"of"
            )
        ) {
            return false;
        }
        !matches!(
            w,
            b"acquire"
                | b"acquired"
                | b"acquires"
                | b"acquiring"
                | b"buy"
                | b"buys"
                | b"bought"
                | b"purchase"
                | b"purchased"
                | b"like"
                | b"from"
                | b"than"
                | b"with"
                | b"including"
                | b"versus"
                | b"vs"
                | b"against"
                | b"as"
                | b"at"
                | b"rivals"
                | b"rival"
                | b"competitors"
                | b"beat"
                // A customer or buyer: "will supply batteries to Quayside Motors under
                // a $2.5 billion contract", "sales to Walmart fell 4%".
                | b"to"
        )
    }

    /// Whether the company mention at token `i` is followed, within four words and no
    /// punctuation, by a verb of saying or reporting: "AMD said", "ABB last month
    /// posted".
    fn speaks(&self, i: usize) -> bool {
        let (_, b) = self.extent(i);
        (b..b + 4)
            .take_while(|&k| self.t.is_word(k) || self.t.is_num(k))
            .any(|k| self.t.word_in(k, SAYING_VERBS))
    }

    /// The topic of sentence `si`: its first eligible company mention. Looked up once,
    /// when a fact first asks.
    fn topic(&self, si: usize, sentences: &[Sentence]) -> Option<usize> {
        let (Some(memo), Some(s)) = (self.topics.get(si), sentences.get(si)) else {
            return None;
        };
        *memo.get_or_init(|| self.first_subject(s))
    }

    /// The first company mention of sentence `s` that is eligible and not the whole
    /// sentence.
    fn first_subject(&self, s: &Sentence) -> Option<usize> {
        // Entities come sorted by start.
        let first = self.ranges.partition_point(|r| r.0 < s.start);
        for (i, &(a, b)) in self.ranges.iter().enumerate().skip(first) {
            if a >= s.end {
                break;
            }
            if !matches!(self.entities.get(i)?.value, Value::Company(_)) {
                continue;
            }
            // A sentence that is only a name ("Reuters", "Reuters+1") is a source
            // credit, not a subject.
            let only_name = (s.start..s.end).all(|k| (a..b).contains(&k) || !self.t.is_word(k));
            if !only_name
                && (self.eligible_company(a)
                    || self.opening_rival(s, a)
                    || self.owns_metric_before(s, a))
            {
                return Some(self.held_company(b, s.end).unwrap_or(i));
            }
        }
        None
    }

    /// Whether the company at token `a` owns the metric right before it and "at"
    /// ("Revenue at Dunmore Holdings rose 5%"): the sentence's subject, so the next
    /// sentence's "Orders rose 11%" is its too; "analysts at Jefferies" own no metric.
    /// Metric phrases are looked for only behind an "at" before a company, when a
    /// topic is asked for.
    fn owns_metric_before(&self, s: &Sentence, a: usize) -> bool {
        if a < s.start + 2 || !self.t.word_is(a - 1, "at") || !self.t.is_word(a - 2) {
            return false;
        }
        let Some(c) = self.company_at(a) else {
            return false;
        };
        let mut hits = Vec::new();
        find_metrics(
            self.t,
            self.slots,
            a.saturating_sub(8).max(s.start)..a - 1,
            &mut hits,
        );
        hits.iter()
            .any(|h| h.end + 1 == a && self.owner_after_metric(h) == Some(c))
    }

    /// Whether the company at token `a` is a rival that opens sentence `s` ("Rival
    /// Zarvex Brands last week cut its outlook."): the sentence's subject, which the
    /// next sentence's "its" refers to.
    fn opening_rival(&self, s: &Sentence, a: usize) -> bool {
        let mut k = s.start;
        if self.t.word_is(k, "the") {
            k += 1;
        }
        k + 1 == a && self.t.word_in(k, &["rival", "rivals", "competitor"])
    }

    /// For a subject introduced as another company's holder, ending before token `b`
    /// ("Sequoia Capital, one of Klarna's largest backers, holds 22%"), that other
    /// company: the one the story goes on about.
    fn held_company(&self, b: usize, end: usize) -> Option<usize> {
        if !self.t.is_sym(b, ',') {
            return None;
        }
        let stop = (b + 1..end.min(b + 10)).find(|&k| self.t.is_sym(k, ','))?;
        let mut k = b + 1;
        while k < stop {
            let Some(c) = self.company_at(k) else {
                k += 1;
                continue;
            };
            let (_, after) = self.extent(k);
            let holder = (after + 2..stop).any(|j| self.t.word_in(j, HOLDER_NOUNS));
            if self.possessive_s(after + 1) && holder {
                return Some(c);
            }
            k = after.max(k + 1);
        }
        None
    }

    /// Whether the company mention at token `i` follows "its", "their" or "the
    /// company's" (with at most one word such as "unit" between).
    fn after_possessive_reference(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let mut buf = [0u8; 24];
        let mut k = i;
        let mut w = self.lower_bytes(k - 1, &mut buf);
        if matches!(w, b"unit" | b"subsidiary" | b"division" | b"arm") {
            k -= 1;
            w = if k > 0 {
                self.lower_bytes(k - 1, &mut buf)
            } else {
                b""
            };
        }
        if k == 0 {
            return false;
        }
        if matches!(w, b"its" | b"their") {
            return true;
        }
        // "the company's": company, apostrophe, s.
        k >= 3
            && self.possessive_s(k - 1)
            && matches!(
                self.lower_bytes(k - 3, &mut buf),
                b"company" | b"group" | b"firm" | b"giant" | b"conglomerate"
            )
    }

    /// Whether the sentence refers back to a company before token `anchor`: the tokens
    /// of the reference ("it", "the company").
    fn refers_back(&self, s: &Sentence, anchor: usize) -> Option<(usize, usize)> {
        let mut buf = [0u8; 24];
        // Only a pronoun or a noun after "the" refers back, so only words shaped like a
        // pronoun (or "the") and words after "the" are lowercased.
        let mut after_the = false;
        for k in s.start..anchor {
            if !after_the && !self.may_be_pronoun(k) {
                continue;
            }
            let w = self.lower_bytes(k, &mut buf);
            // "we" and "our": a filing's or a press release's own voice.
            if matches!(w, b"it" | b"its" | b"they" | b"their" | b"we" | b"our") {
                return Some((k, k + 1));
            }
            if after_the
                && matches!(
                    w,
                    b"company"
                        | b"group"
                        | b"firm"
                        | b"giant"
                        | b"conglomerate"
                        | b"retailer"
                        | b"carmaker"
                        | b"automaker"
                        | b"chipmaker"
                        | b"lender"
                        | b"bank"
                        | b"insurer"
                        | b"reinsurer"
                        | b"drugmaker"
                        | b"planemaker"
                        | b"steelmaker"
                        | b"miner"
                        | b"producer"
                        | b"refiner"
                        | b"carrier"
                        | b"airline"
                        | b"landlord"
                        | b"fintech"
                        | b"startup"
                        | b"utility"
                        | b"operator"
                )
            {
                return Some((k - 1, k + 1));
            }
            after_the = w == b"the";
        }
        None
    }

    /// Whether token `k` has the length and first letter of "it", "its", "they",
    /// "their", "we", "our" or "the": two to five bytes from an "i", "t", "w" or "o".
    fn may_be_pronoun(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|x| {
            (2..=5).contains(&(x.end - x.start))
                && matches!(
                    self.t.text.as_bytes().get(x.start),
                    Some(b'i' | b'I' | b't' | b'T' | b'w' | b'W' | b'o' | b'O')
                )
        })
    }

    /// The facts of sentence `si`, whose entities start at `first`, with the metric
    /// phrases `hits` found in it; `drafts` is scratch space.
    fn sentence_facts(
        &self,
        si: usize,
        sentences: &[Sentence],
        first: usize,
        hits: &[Hit],
        drafts: &mut Vec<Draft>,
        out: &mut Vec<Fact>,
    ) {
        let s = &sentences[si];
        drafts.clear();
        let respectively = self.respectively(s, first, hits);
        let mut figure_no = 0;
        let mut last_role: Option<(Role, Option<Direction>)> = None;
        // The metric of the last figure that had one, for a figure joined to it by "and".
        let mut last_chosen: Option<usize> = None;
        // The last figure that went into a fact (not a comparison figure).
        let mut last_used: Option<usize> = None;
        // Which draft each hit feeds; a second value or change opens another draft.
        for e in first..self.ranges.len() {
            let (a, mut b) = self.ranges[e];
            if a >= s.end {
                break;
            }
            if !self.is_own_figure(e) {
                continue;
            }
            figure_no += 1;
            // A range is read as one figure: "20 to 25 pct below" is a change.
            if self.is_range_top(e + 1) {
                b = self.ranges.get(e + 1).map_or(b, |r| r.1);
            }
            let is_money = matches!(self.entities[e].value, Value::Money(_));
            let chosen = match &respectively {
                Some(Respectively { metrics: Some(m) }) => m.clone().nth(figure_no - 1),
                // "for $110 per share in cash, or about $4.3 billion, including net
                // debt": a figure restating the one before is the same metric's.
                _ if self.restates_amount_before(e) && e.checked_sub(1) == last_used => last_chosen,
                _ => self
                    .best_metric(s, hits, a, b, is_money)
                    .or_else(|| self.deal_verb_for(s, hits, a, is_money))
                    .or_else(|| {
                        last_chosen.filter(|_| {
                            self.joined_to_figure_before(a)
                                || last_used.is_some_and(|f| self.change_after_figure(f, a))
                        })
                    }),
            };
            last_chosen = chosen.or(last_chosen);
            // "a record $4,381 an ounce" is the market's price of a commodity, not the
            // company's figure; only a metric filed under other ("costs") takes it.
            if is_commodity_price(&self.entities[e].value)
                && chosen.is_some_and(|h| hits[h].metric != Metric::Other)
            {
                continue;
            }
            // "The offering drew orders of more than $125 billion": the investors'
            // demand for an issue, not the company's orders.
            if chosen.is_some_and(|h| self.demand_for_issue(hits, h)) {
                continue;
            }
            // "a stock offering priced at $42 a share": the price of each share, not
            // the size of the issue or the debt.
            if matches!(&self.entities[e].value, Value::Money(m) if m.per == Some(PerUnit::Share))
                && chosen.is_some_and(|h| hits[h].metric == Metric::Debt)
            {
                continue;
            }
            // Without a metric only a moved percentage can still make a fact.
            let moved =
                matches!(&self.entities[e].value, Value::Percent(p) if p.direction.is_some());
            if chosen.is_none() && !moved {
                continue;
            }
            let lead = self.lead(a);
            // "raised its forecast to 4.8% to 5.1% from 3.75% to 4.75%": after a level
            // of the metric, "from Z to W" is the range compared with, not a new level.
            let compared_range = lead > 0
                && self.t.word_is(lead - 1, "to")
                && e > 0
                && self.ranges[e - 1].1 + 1 == lead
                && self.comparison_before(self.lead(self.ranges[e - 1].0))
                && chosen.is_some_and(|h| {
                    drafts
                        .iter()
                        .any(|d| d.hit_ix == Some(h) && d.value.is_some())
                });
            if compared_range {
                continue;
            }
            // "sees volumes falling 2% to 3%": a percentage "to" right after a moved
            // percentage of an amount (volumes, sales, profit), which has no level in
            // percent, is the top of a range of changes; a ratio's level ("margin rose
            // 2% to 14%") and a share of a total ("up 5% to 41% of sales") stay.
            let change_range_top = !is_money
                && lead > 0
                && e > 0
                && self.t.word_is(lead - 1, "to")
                && self.ranges[e - 1].1 + 1 == lead
                && matches!(&self.entities[e - 1].value, Value::Percent(p) if p.direction.is_some())
                && !self.t.word_is(b, "of")
                && chosen.is_some_and(|h| is_amount(hits[h].metric));
            if change_range_top {
                continue;
            }
            // "rose 5% and 7%, respectively": a figure after "and" has the role and the
            // direction of the one before it.
            let coordinated = respectively.is_some()
                && lead > 0
                && (self.t.word_in(lead - 1, &["and", "or"]) || self.t.is_sym(lead - 1, ','))
                || self.second_basis(e, lead, last_used);
            // "compared with $4.3 billion in the second quarter and $6.0 billion a year
            // earlier": a figure joined by "and" to a comparison is one too.
            let joined_to_skipped = lead > 0
                && self.t.word_in(lead - 1, &["and", "or"])
                && (first..e)
                    .rev()
                    .take(3)
                    .find(|&i| {
                        matches!(self.entities[i].value, Value::Money(_) | Value::Percent(_))
                    })
                    .is_some_and(|p| {
                        let (pa, pb) = self.ranges[p];
                        last_used != Some(p)
                            && pb < lead
                            && lead - pb <= 6
                            && (pb..lead)
                                .all(|k| self.t.get(k).is_some_and(|x| !clause_mark(x.kind)))
                            && self.comparison_before(self.lead(pa))
                    });
            let decided = match last_role.filter(|_| coordinated) {
                Some((role, dir)) => Some((role, None, dir)),
                None if joined_to_skipped => None,
                None => self.role(e, lead, b),
            };
            let Some((role, role_word, noun_dir)) = decided else {
                continue;
            };
            let own_dir = match &self.entities[e].value {
                Value::Percent(p) => p.direction,
                _ => None,
            };
            last_role = Some((role, noun_dir.or(own_dir)));
            let for_price = role_word.is_some_and(|(w, _)| self.t.word_is(w, "for"));
            if chosen.is_some_and(|h| hits[h].takes == Takes::PriceFor) && !for_price {
                continue;
            }
            // "down from the original forecast of 6.3%": the figure is the comparison.
            if chosen.is_some_and(|h| hits[h].end <= a && self.comparison_before(hits[h].start)) {
                continue;
            }
            let (hit_ix, metric, company) = match chosen {
                Some(h) => (
                    Some(h),
                    self.refine(hits[h], role, (e, b), role_word.map(|(a, _)| self.t.str(a))),
                    None,
                ),
                None => match self.price_subject(s, lead, e) {
                    Some(c) => (None, Metric::SharePrice, Some(c)),
                    None => continue,
                },
            };
            // "rose 5% and 7%, respectively": each figure is a fact of its own.
            let open = hit_ix
                .filter(|_| respectively.is_none())
                .and_then(|h| drafts.iter().rposition(|d| d.hit_ix == Some(h)));
            let slot = open.filter(|&d| {
                let dr = &drafts[d];
                match role {
                    Role::Value => dr.value.is_none(),
                    Role::Change => dr.change.is_none(),
                }
            });
            // "revenue of $57.0 billion, up 22% from the previous quarter and up 62% from
            // a year ago": a second change of the same amount is the amount's too.
            let shared_value = open
                .filter(|_| slot.is_none() && role == Role::Change)
                .and_then(|d| drafts[d].value);
            let d = match slot {
                Some(d) => d,
                None => {
                    let mut figs = TokenSpans::new();
                    if let Some(v) = shared_value {
                        figs.push(self.ranges[v]);
                    }
                    drafts.push(Draft {
                        hit: hit_ix.map(|h| hits[h]),
                        metric,
                        value: shared_value,
                        change: None,
                        figs,
                        hit_ix,
                        company,
                        direction: None,
                        evidence: TokenSpans::new(),
                    });
                    let d = drafts.len() - 1;
                    if let Some(h) = hit_ix {
                        let hit = hits[h];
                        drafts[d].evidence.push((hit.start, hit.end));
                    }
                    d
                }
            };
            let dr = &mut drafts[d];
            match role {
                Role::Value => dr.value = Some(e),
                Role::Change => {
                    dr.change = Some(e);
                    dr.direction = noun_dir;
                }
            }
            dr.figs.push((a, b));
            last_used = Some(e);
            if let Some(w) = role_word {
                dr.evidence.push(w);
            }
        }
        let first_fact = out.len();
        for dr in drafts.drain(..) {
            out.extend(self.finish(si, sentences, hits, dr));
        }
        // "turnover rose 6.2% in the first half, while profit before tax fell 11%": a
        // result with no period of its own is for the period of the company's result
        // before it in the sentence.
        // Not across a word of forecasting: "revenue rose 5% in the third quarter, and
        // it expects sales growth of 3%" is another period's.
        let mut dated: Option<(Option<usize>, usize, usize)> = None;
        for f in out.get_mut(first_fact..).unwrap_or_default() {
            if !f.metric.is_some_and(is_result) || f.company.is_none() {
                continue;
            }
            let figures = [f.value, f.change];
            let ends = figures.iter().flatten().filter_map(|&e| self.ranges.get(e));
            let first_tok = ends.clone().map(|r| r.0).min().unwrap_or(0);
            let last_tok = ends.map(|r| r.1).max().unwrap_or(0);
            match (f.period, dated) {
                (Some(p), _) => dated = Some((f.company, p, last_tok)),
                (None, Some((c, p, from)))
                    if c == f.company && !self.forecast_between(from, first_tok) =>
                {
                    f.period = Some(p);
                    dated = Some((c, p, last_tok));
                }
                _ => {}
            }
        }
        // "lost 48,000 customers in the quarter, and service revenue declined 2.2%": a
        // result still with no period is for the one period the sentence reports on,
        // when there is only one, in another clause, and the sentence looks back: no
        // word of forecasting or aiming comes before either ("will launch it in 2025,
        // aiming to reverse a $484M annual loss" dates the launch). Looked for only
        // when such a result is left.
        let undated =
            |f: &Fact| f.period.is_none() && f.company.is_some() && f.metric.is_some_and(is_result);
        let cut = first_fact.min(out.len());
        let (done, facts) = out.split_at_mut(cut);
        if !facts.iter().any(undated) {
            return;
        }
        let Some((p, pa)) = sentences.get(si).and_then(|s| self.sole_reported_period(s)) else {
            self.carry_period(si, sentences, done.last(), facts);
            return;
        };
        for f in facts.iter_mut().filter(|f| undated(f)) {
            let span = [f.value, f.change]
                .into_iter()
                .flatten()
                .filter_map(|e| self.ranges.get(e))
                .fold((pa, pa), |(lo, hi), r| (lo.min(r.0), hi.max(r.1)));
            if !self.forward_looking(sentences[si].start, span.1) {
                f.period = Some(p);
            }
        }
    }

    /// "Tencent said net profit rose 19% in the third quarter. Revenue rose 15% to
    /// 192.9 billion yuan.": a result with no period, in a sentence that reports on
    /// none, is for the period of the same company's result that ends the sentence
    /// right before it in the paragraph (`last`), when neither sentence looks ahead
    /// ("expects revenue of $2 billion in the third quarter. Its gross margin narrowed
    /// to 45%" is another quarter's) and that period is the one the earlier sentence
    /// reports on.
    fn carry_period(
        &self,
        si: usize,
        sentences: &[Sentence],
        last: Option<&Fact>,
        facts: &mut [Fact],
    ) {
        let (Some(last), Some(prev), Some(s)) = (
            last,
            si.checked_sub(1).and_then(|j| sentences.get(j)),
            sentences.get(si),
        ) else {
            return;
        };
        let (Some(p), Some(company)) = (last.period, last.company) else {
            return;
        };
        if prev.para != s.para
            || last.span.start != self.t.start(prev.start)
            || !last.metric.is_some_and(is_result)
            || self.sole_reported_period(prev).map(|(q, _)| q) != Some(p)
            || self.forward_looking(prev.start, prev.end)
        {
            return;
        }
        // Any period of its own, even a comparison one, leaves the sentence alone.
        // Entities come sorted by start.
        let first = self.ranges.partition_point(|r| r.0 < s.start);
        let own_period = (first..self.ranges.len())
            .take_while(|&i| self.ranges[i].0 < s.end)
            .any(|i| {
                matches!(
                    self.entities.get(i).map(|e| &e.value),
                    Some(Value::Period(_))
                )
            });
        if own_period {
            return;
        }
        for f in facts.iter_mut() {
            if f.period.is_some() || f.company != Some(company) || !f.metric.is_some_and(is_result)
            {
                continue;
            }
            let end = [f.value, f.change]
                .into_iter()
                .flatten()
                .filter_map(|e| self.ranges.get(e))
                .map(|r| r.1)
                .max()
                .unwrap_or(s.start);
            if !self.forward_looking(s.start, end) {
                f.period = Some(p);
            }
        }
    }

    /// The one period of sentence `s` that a result can be for, and its first token:
    /// a usable month, quarter, half, year or range after "in", "for" or "during"
    /// ("in the quarter", "for fiscal 2025"); none when there are two or more such,
    /// or none.
    fn sole_reported_period(&self, s: &Sentence) -> Option<(usize, usize)> {
        let first = self.ranges.partition_point(|r| r.0 < s.start);
        let mut found = None;
        for (i, &(a, b)) in self.ranges.iter().enumerate().skip(first) {
            if a >= s.end {
                break;
            }
            let Some(Value::Period(x)) = self.entities.get(i).map(|e| &e.value) else {
                continue;
            };
            if matches!(x.grain, Grain::Day | Grain::Duration) || !self.usable_period(i, a, b) {
                continue;
            }
            let mut k = a;
            if k > s.start && self.t.word_in(k - 1, &["the", "its", "their"]) {
                k -= 1;
            }
            if !(k > s.start && self.t.word_in(k - 1, &["in", "for", "during"])) {
                continue;
            }
            // "Halvex Corp, which was founded in 2010, said revenue fell": a period in an
            // aside about something else dates no result.
            if self.in_aside(s.start, a) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some((i, a));
        }
        found
    }

    /// Whether token `a` lies in an aside opened by ", which", ", who" or ", whose" after
    /// token `start` and not yet closed by a comma.
    fn in_aside(&self, start: usize, a: usize) -> bool {
        (start..a)
            .rev()
            .find(|&k| self.t.is_sym(k, ','))
            .is_some_and(|comma| self.t.word_in(comma + 1, &["which", "who", "whose"]))
    }

    /// Whether a word of forecasting, planning or aiming lies between tokens `a` and
    /// `b`: a wider net than `forecast_between`, for a period taken from another clause.
    fn forward_looking(&self, a: usize, b: usize) -> bool {
        let mut buf = [0u8; 24];
        let mut next = [0u8; 24];
        // One pass, each word lowercased once and matched on its bytes.
        (a..b).any(|k| {
            if !self.t.is_word(k) {
                return false;
            }
            let w = self.lower_bytes(k, &mut buf);
            match w {
                // The modal, not the month.
                b"may" => !self.t.has_shape(k, token::CAPITALIZED),
                // "to reach", "to grow": a target, not "rose 5% to $2 billion".
                b"to" => matches!(
                    self.lower_bytes(k + 1, &mut next),
                    b"be" | b"reach" | b"grow" | b"rise" | b"fall"
                ),
                _ => forecast_word(w) || planning_word(w),
            }
        })
    }

    /// Whether a word of forecasting lies between tokens `a` and `b`.
    fn forecast_between(&self, a: usize, b: usize) -> bool {
        let mut buf = [0u8; 24];
        (a..b).any(|k| self.t.is_word(k) && forecast_word(self.lower_bytes(k, &mut buf)))
    }

    /// Whether a word of forecasting lies between the last figure (ending at `a`) and a
    /// period at `b`, as a verb: "projects", "plans" and "targets" after a preposition
    /// are nouns ("spend $2.4 billion on capital projects in 2026" dates the spending).
    fn plan_after(&self, a: usize, b: usize) -> bool {
        let mut buf = [0u8; 24];
        let mut object = false;
        (a..b).any(|k| {
            if !self.t.is_word(k) {
                return false;
            }
            let w = self.lower_bytes(k, &mut buf);
            if matches!(w, b"on" | b"in" | b"into" | b"for" | b"of") {
                object = true;
                return false;
            }
            forecast_word(w) && !(object && matches!(w, b"projects" | b"plans" | b"targets"))
        })
    }

    /// Whether percentage `e`, with no direction of its own, follows "and" after the
    /// percentage `last` and its comparison basis: "up 9% sequentially *and 31%* year
    /// over year" is a second change of the same amount, the same way.
    fn second_basis(&self, e: usize, lead: usize, last: Option<usize>) -> bool {
        let is_pct = |i: usize| matches!(self.entities[i].value, Value::Percent(_));
        let Some(p) = last.filter(|&p| is_pct(p) && is_pct(e)) else {
            return false;
        };
        let pb = self.ranges[p].1;
        let moved = |i: usize| matches!(&self.entities[i].value, Value::Percent(x) if x.direction.is_some());
        !moved(e)
            && lead > pb + 1
            && lead - pb <= 6
            && self.t.word_is(lead - 1, "and")
            && (pb..lead - 1).all(|k| self.t.is_word(k) || self.t.is_sym(k, '-'))
            && qualifier::basis(self.t, pb).is_some()
    }

    /// Whether amount `e` follows ", or" after another amount, which it restates: "$110
    /// per share in cash, or about $4.3 billion".
    fn restates_amount_before(&self, e: usize) -> bool {
        let is_money = |i: usize| {
            matches!(
                self.entities.get(i).map(|x| &x.value),
                Some(Value::Money(_))
            )
        };
        let Some(&(a, _)) = self.ranges.get(e) else {
            return false;
        };
        let lead = self.lead(a);
        is_money(e)
            && e > 0
            && is_money(e - 1)
            && lead >= 2
            && self.t.word_is(lead - 1, "or")
            && self.t.is_sym(lead - 2, ',')
    }

    /// Whether the figure at token `a`, with its qualifier, follows "and" after another
    /// figure's clause: "up 22% from the previous quarter and up 62% from a year ago".
    fn joined_to_figure_before(&self, a: usize) -> bool {
        let mut lead = self.lead(a);
        if lead > 0 && self.t.word_in(lead - 1, &["up", "down"]) {
            lead -= 1;
        }
        lead > 0 && self.t.word_is(lead - 1, "and")
    }

    /// Whether the figure at token `a` is a change after ", up" or ", down" that follows
    /// figure `f` (and its unit per share and its period): "sales … reached $2.1 billion
    /// in 2024, up 40% from 2023" is the sales' change, however far the metric, as is
    /// "FFO of $1.08 per share in the third quarter, up 2.9%".
    fn change_after_figure(&self, f: usize, a: usize) -> bool {
        let lead = self.lead(a);
        if lead < 3 || !self.t.word_in(lead - 1, &["up", "down"]) || !self.t.is_sym(lead - 2, ',') {
            return false;
        }
        let mut j = lead - 3;
        if let Some(p) = self.period_at(j) {
            let mut start = self.ranges.get(p).map_or(j, |r| r.0);
            // "in the third quarter": the article is outside the period's entity.
            if start > 1 && self.t.word_is(start - 1, "the") {
                start -= 1;
            }
            let Some(before) = start.checked_sub(1) else {
                return false;
            };
            if !self.t.word_in(before, &["in", "for", "during"]) || before == 0 {
                return false;
            }
            j = before - 1;
        }
        // "$1.08 per share in the third quarter, up 2.9%": the unit goes with the amount.
        if j >= 2 && self.t.word_is(j, "share") {
            j -= 1;
            if self.t.word_is(j, "diluted") {
                j -= 1;
            }
            if !self.t.word_in(j, &["per", "a"]) || j == 0 {
                return false;
            }
            j -= 1;
        }
        self.figure_at(j) == Some(f)
    }

    /// For money after "for" that no metric in reach takes: the purchase or sale verb
    /// earlier in its clause, however long the object between ("agreed to sell its 40
    /// pct interest in the Red Lake mine to Harbour Resources Ltd for 12.5 mln dlrs").
    fn deal_verb_for(&self, s: &Sentence, hits: &[Hit], a: usize, is_money: bool) -> Option<usize> {
        const REACH: usize = 24;
        if !is_money || a == 0 || !self.t.word_is(a - 1, "for") {
            return None;
        }
        let h = hits
            .iter()
            .rposition(|h| h.end <= a && h.start >= s.start && h.takes == Takes::PriceFor)?;
        let near = a - hits[h].end <= REACH;
        let one_clause = (hits[h].end..a).all(|k| {
            !self
                .t
                .get(k)
                .is_some_and(|x| clause_mark(x.kind) || matches!(x.kind, TokKind::Sym('(' | ')')))
        });
        (near && one_clause).then_some(h)
    }

    /// Whether entity `e` is a figure that can make a fact of its own: a money or percent
    /// entity, not a restatement in another currency ("(≈$53B)") nor the top of a
    /// range.
    fn is_own_figure(&self, e: usize) -> bool {
        let Some(&(a, _)) = self.ranges.get(e) else {
            return false;
        };
        if self.slots.get(a) != Some(&Slot::entity(e)) || self.figure_at(a).is_none() {
            return false;
        }
        if matches!(&self.entities[e].value, Value::Money(m) if m.equivalent_of.is_some()) {
            return false;
        }
        !self.is_range_top(e)
    }

    /// How sentence `s` pairs figures with metrics when it says "respectively": `None`
    /// without the word; with it, the metrics in order when the sentence names as many
    /// before its first figure as it has figures ("revenue and net income rose 5% and
    /// 7%, respectively"), else no pairing (each figure still makes a fact of its own:
    /// "sales in Europe and Asia rose 3% and 9%, respectively").
    fn respectively(&self, s: &Sentence, first: usize, hits: &[Hit]) -> Option<Respectively> {
        // Most sentences have no word of its length: the text is read only for those.
        const WORD: &str = "respectively";
        let named = (s.start..s.end).any(|k| {
            self.t.get(k).is_some_and(|x| x.end - x.start == WORD.len()) && self.t.word_is(k, WORD)
        });
        if !named {
            return None;
        }
        let mut figures = (first..self.ranges.len())
            .take_while(|&e| self.ranges[e].0 < s.end)
            .filter(|&e| self.is_own_figure(e));
        let first_figure = self.ranges[figures.next()?].0;
        let count = 1 + figures.count();
        // Hits are in text order: those of the sentence before its first figure are a run.
        let lo = hits.partition_point(|h| h.start < s.start);
        let hi = lo + hits[lo..].partition_point(|h| h.end <= first_figure);
        let paired = hi - lo >= 2 && hi - lo == count;
        Some(Respectively {
            metrics: paired.then_some(lo..hi),
        })
    }

    /// Whether figure entity `e` is the top of a range the figure before it opens
    /// ("6% to 8%", "10.40 to 11.00 euros"): that figure carries the range as its
    /// `upper`, so this one is no figure of its own.
    fn is_range_top(&self, e: usize) -> bool {
        let Some(p) = e.checked_sub(1) else {
            return false;
        };
        let (Some(prev), Some(this)) = (self.entities.get(p), self.entities.get(e)) else {
            return false;
        };
        let near = match (self.ranges.get(p), self.ranges.get(e)) {
            (Some(a), Some(b)) => b.0 >= a.1 && b.0 - a.1 <= 2,
            _ => false,
        };
        // Tested second: comparing decimals costs far more than comparing positions.
        near && match (&prev.value, &this.value) {
            (Value::Money(a), Value::Money(b)) => a.upper == Some(b.amount),
            (Value::Percent(a), Value::Percent(b)) => a.upper == Some(b.value),
            _ => false,
        }
    }

    /// Whether the words before token `i` ("from the", "compared with its") make what
    /// follows a comparison.
    fn comparison_before(&self, i: usize) -> bool {
        let mut buf = [0u8; 24];
        let mut k = i;
        // Back over determiners, plain numbers and a period's possessive ("from last
        // year's $14.91") to the word that decides.
        let w = loop {
            if k == 0 {
                return false;
            }
            if k > 2 && self.possessive_s(k - 1) && self.period_at(k - 3).is_some() {
                k = self.extent(k - 3).0;
                continue;
            }
            let w = self.lower_bytes(k - 1, &mut buf);
            let skip = matches!(w, b"the" | b"a" | b"an" | b"its" | b"their")
                || self.t.is_num(k - 1) && self.figure_at(k - 1).is_none();
            if !skip {
                break w;
            }
            k -= 1;
        };
        let skipped = k < i;
        if matches!(w, b"from" | b"than" | b"versus" | b"vs" | b"against")
            || skipped && matches!(w, b"above" | b"below")
        {
            return true;
        }
        // A rival's or the market's figure set beside the company's: "outpacing the
        // 3.9% growth of the market", "ahead of the 3.9% growth for the market",
        // "lags peers' 14%", "the industry's 3% growth".
        if matches!(
            w,
            b"outpacing"
                | b"outpaced"
                | b"outstripping"
                | b"outstripped"
                | b"lagging"
                | b"lagged"
                | b"lags"
                | b"trailing"
                | b"trailed"
                | b"behind"
        ) || w == b"of" && k > 1 && self.t.word_is(k - 2, "ahead")
        {
            return true;
        }
        let owner = match w {
            _ if self.t.is_sym(k - 1, '\'') || self.t.is_sym(k - 1, '’') => k.checked_sub(2),
            _ if self.possessive_s(k - 1) => k.checked_sub(3),
            _ => None,
        };
        if owner.is_some_and(|o| {
            self.t.word_in(
                o,
                &[
                    "peers",
                    "rivals",
                    "competitors",
                    "industry",
                    "market",
                    "sector",
                    "index",
                    "benchmark",
                ],
            )
        }) {
            return true;
        }
        let mut b2 = [0u8; 24];
        matches!(w, b"with" | b"to")
            && k > 1
            && matches!(
                self.lower_bytes(k - 2, &mut b2),
                b"compared" | b"comparison"
            )
    }

    /// Whether the forecast noun at token `k` is the analysts' or the market's, not the
    /// company's: after a verb of beating or missing, a comparison word or the
    /// analysts ("beating a forecast of", "missing analysts' average forecast of",
    /// "versus the consensus forecast of"). Looks back over at most four tokens of
    /// determiners, adjectives of averaging and possessive marks.
    fn others_forecast(&self, k: usize) -> bool {
        let mut buf = [0u8; 24];
        for j in (k.saturating_sub(4)..k).rev() {
            if self.t.is_sym(j, '\'') || self.t.is_sym(j, '’') || self.possessive_s(j) {
                continue;
            }
            let w = self.lower_bytes(j, &mut buf);
            if matches!(
                w,
                b"a" | b"an" | b"the" | b"average" | b"mean" | b"median" | b"consensus"
            ) {
                continue;
            }
            return matches!(
                w,
                b"analysts"
                    | b"analyst"
                    | b"beat"
                    | b"beats"
                    | b"beating"
                    | b"topped"
                    | b"tops"
                    | b"topping"
                    | b"missed"
                    | b"misses"
                    | b"missing"
                    | b"exceeded"
                    | b"exceeding"
                    | b"surpassed"
                    | b"surpassing"
                    | b"above"
                    | b"below"
                    | b"versus"
                    | b"vs"
                    | b"against"
                    | b"than"
            );
        }
        false
    }

    /// Whether an analysts' estimate follows the figure ending at token `b`: "the
    /// $8.1B estimate", "the 293.6 billion yuan LSEG consensus estimate".
    fn estimate_after(&self, b: usize) -> bool {
        let mut k = b;
        // Past the name of whoever compiled it.
        if self.slots.get(k).is_some_and(|x| !x.is_free()) {
            k = self.extent(k).1;
        }
        self.t
            .word_in(k, &["estimate", "estimates", "consensus", "expectations"])
    }

    /// Whether sentence `s` opens with "The" and a capitalized word that is no entity
    /// ("The Senate", "The Federal Reserve"): a named subject that is not a company.
    /// "The U.S. unit" and "The Texas-based company" describe the company and do not
    /// count.
    fn proper_subject(&self, s: &Sentence) -> bool {
        let k = s.start + 1;
        self.t.word_is(s.start, "The")
            && self.t.has_shape(k, token::CAPITALIZED)
            && self.slots.get(k).is_some_and(|x| x.is_free())
            && !self.t.word_in(k, &["U", "US", "UK", "Board", "Corporation"])
            // "The Company", "The Group", "The Bank": a company's own name for itself.
            && !self.t.has_class(k, lexicon::COMPANY_DESCRIPTOR)
            // "The Bengaluru-based company": a description of the company.
            && !(self.t.is_sym(k + 1, '-') && self.t.glued(k + 1))
            && !self.describes_company(k + 1)
    }

    /// Whether sentence `si` opens its paragraph with a name that no entity covers and
    /// that acts as a subject: two to five capitalized words (or one acronym: "UPS
    /// said") followed by a verb or a possessive ("Kestrel Re said …", "Corbin Motors
    /// recorded …", "Tessin Semiconductor's market value …"). A company the company
    /// pass missed, most likely; a person is named with a title ("Chief Executive Jane
    /// Fraser said") or a given name ("Satya Nadella said"), which do not count, and a
    /// surname alone ("Huang said") is too short to count.
    fn unknown_name_opens(&self, si: usize, sentences: &[Sentence]) -> bool {
        let Some(s) = sentences.get(si) else {
            return false;
        };
        if si > 0 && sentences.get(si - 1).is_some_and(|p| p.para == s.para) {
            return false;
        }
        let mut k = s.start;
        while k < s.end
            && k < s.start + 5
            && self.t.has_shape(k, token::CAPITALIZED)
            && self.slots.get(k).is_some_and(|x| x.is_free())
        {
            k += 1;
        }
        let n = k - s.start;
        let named = n >= 2 || n == 1 && self.t.has_shape(s.start, token::ALL_UPPER);
        if !named
            || k >= s.end
            || self
                .t
                .word_in(s.start, &["The", "A", "An", "In", "On", "At", "For"])
            || (s.start..k).any(|j| crate::company::is_person_title(self.t, j))
            // "Satya Nadella said": a person, named by a given name.
            || n >= 2 && crate::company::is_given_name(self.t.str(s.start))
        {
            return false;
        }
        if self.possessive_s(k + 1) {
            return true;
        }
        if !self.t.has_shape(k, token::LOWER_FIRST) {
            return false;
        }
        let w = self.t.str(k).as_bytes();
        w.ends_with(b"ed")
            || self.t.word_in(k, SAYING_VERBS)
            || self.t.word_in(k, SPEECH_VERBS)
            || self.t.word_in(
                k,
                &[
                    "will", "plans", "cut", "cuts", "took", "sold", "won", "lost", "has", "is",
                    "was",
                ],
            )
    }

    /// Whether the words from token `i` name what a company is, as in "The Japanese
    /// technology investor posted" or "The British telecoms group said": a company
    /// descriptor in lower case within the next few words, with only words before it.
    fn describes_company(&self, i: usize) -> bool {
        (i..i + 4).take_while(|&j| self.t.is_word(j)).any(|j| {
            self.t.has_class(j, lexicon::COMPANY_DESCRIPTOR)
                && self.t.has_shape(j, token::LOWER_FIRST)
        })
    }

    /// Whether token `i` is the "s" of a possessive, glued to an apostrophe.
    fn possessive_s(&self, i: usize) -> bool {
        self.t.is_possessive_s(i)
    }

    /// Shares that are counted ("400,000 common shares") or a percentage level of
    /// shares ("5% of the shares") are a holding, not a share price.
    fn refine(&self, h: Hit, role: Role, (e, b): (usize, usize), word: Option<&str>) -> Metric {
        let figure = &self.entities[e].value;
        let is_money = matches!(figure, Value::Money(_));
        // "net income of $21.3 million, or $0.45 per diluted share": earnings per share.
        let per_share = matches!(figure, Value::Money(m) if m.per == Some(PerUnit::Share));
        if per_share
            && matches!(
                h.metric,
                Metric::NetIncome | Metric::Loss | Metric::OperatingProfit
            )
        {
            return Metric::Eps;
        }
        if h.metric != Metric::SharePrice {
            return h.metric;
        }
        // "400,000 common shares", "400,000 HBO common shares".
        let mut k = h.start;
        if k > 0 && self.company_at(k - 1).is_some() {
            k = self.extent(k - 1).0;
        }
        // "sell 2.5 billion euros of new shares": an issue of shares, like one of notes
        // (not "bought $2 million of its shares").
        if is_money && b < h.start && self.t.word_is(b, "of") && h.start - b <= 2 {
            let lead = self.lead(self.ranges.get(e).map_or(b, |r| r.0));
            let issued = lead > 0
                && self.t.word_in(
                    lead - 1,
                    &[
                        "sell", "sells", "sold", "selling", "issue", "issues", "issued", "issuing",
                        "offer", "offers", "offered", "offering", "place", "placed", "placing",
                    ],
                );
            if issued {
                return Metric::Debt;
            }
        }
        let counted = k > 0 && self.t.is_num(k - 1) && self.figure_at(k - 1).is_none();
        let bought = is_money && word.is_some_and(|w| w.eq_ignore_ascii_case("for"));
        // "sold 34.3 million shares at $40 apiece": the price of each share.
        let priced = is_money && word.is_some_and(|w| w.eq_ignore_ascii_case("at"));
        if (counted && !priced) || bought || (role == Role::Value && !is_money) {
            Metric::Acquisition
        } else {
            h.metric
        }
    }

    fn span_text(&self, a: usize, b: usize) -> Text {
        let (s, e) = (self.t.start(a), self.t.end(b.saturating_sub(1).max(a)));
        Text::new(self.t.text.get(s..e).unwrap_or(""))
    }

    /// Decides whether the figure `e` at tokens `a..b` (its qualifier starts at `lead`)
    /// is a level or a change, or a comparison figure to leave out (`None`). Returns the
    /// word that decided, when one did.
    fn role(&self, e: usize, mut lead: usize, b: usize) -> Option<RoleOf> {
        let mut buf = [0u8; 24];
        let mut b2 = [0u8; 24];
        // "by between $4 billion and $5 billion": the word before "between" decides.
        if lead > 1 && self.t.word_is(lead - 1, "between") {
            lead -= 1;
        }
        let prev = if lead > 0 {
            self.lower_bytes(lead - 1, &mut buf)
        } else {
            b""
        };
        // The word before that matters only before "of" and "was" (a change noun: "growth
        // was 3.3%") or "with" and "to" ("compared with").
        let prev2 = if lead > 1 && matches!(prev, b"of" | b"with" | b"to" | b"was" | b"is" | b"by")
        {
            self.lower_bytes(lead - 2, &mut b2)
        } else {
            b""
        };
        let said = || Some((lead - 1, lead));
        let noun_dir = match prev2 {
            b"increase" | b"rise" | b"gain" | b"jump" | b"growth" | b"surge" | b"improvement" => {
                Some(Direction::Up)
            }
            b"decrease" | b"decline" | b"drop" | b"fall" | b"reduction" | b"cut" | b"dip" => {
                Some(Direction::Down)
            }
            _ => None,
        };
        if self.comparison_before(lead) {
            return None;
        }
        if self.estimate_after(b) {
            return None;
        }
        // "$41.0 million, or 13.1% of revenue": a ratio restating the amount before.
        if prev == b"or"
            && matches!(self.entities[e].value, Value::Percent(_))
            && self.t.word_is(b, "of")
            && lead >= 3
            && self.t.is_sym(lead - 2, ',')
            && self
                .figure_at(lead - 3)
                .is_some_and(|f| matches!(self.entities[f].value, Value::Money(_)))
        {
            return None;
        }
        // "Gross profit increased $120 million, or 6%, to $2.1 billion": a percentage
        // restating the change before it, which already holds the role.
        if prev == b"or"
            && matches!(self.entities[e].value, Value::Percent(_))
            && lead >= 3
            && self.t.is_sym(lead - 2, ',')
            && self.figure_at(lead - 3).is_some_and(|f| {
                let l = self.lead(self.ranges[f].0);
                matches!(self.entities[f].value, Value::Money(_))
                    && l > 0
                    && !self.t.word_in(l - 1, &["to", "at", "of", "a", "an"])
                    && qualifier::direction(self.t, l, l).is_some()
            })
        {
            return None;
        }
        let mut b3 = [0u8; 24];
        // "11% more than in 2025", "20% less than a year earlier": a difference.
        let than = self.t.word_is(b + 1, "than");
        let next_dir = match self.lower_bytes(b, &mut b3) {
            b"above" | b"higher" => Some(Direction::Up),
            b"below" | b"lower" => Some(Direction::Down),
            b"more" | b"greater" | b"bigger" | b"larger" if than => Some(Direction::Up),
            b"less" | b"fewer" | b"smaller" if than => Some(Direction::Down),
            _ => None,
        };
        if next_dir.is_some() {
            return Some((Role::Change, Some((b, b + 1)), next_dir));
        }
        if let (Some(d), b"of" | b"was" | b"is") = (noun_dir, prev) {
            return Some((Role::Change, Some((lead - 2, lead)), Some(d)));
        }
        match (prev2, prev) {
            (_, b"from" | b"versus" | b"vs" | b"against" | b"than") => return None,
            // "earnings were boosted by 6.9 mln euros of income": an amount that caused
            // a move, not the metric's change ("lifted by 5%" still is one).
            (
                b"boosted" | b"helped" | b"hurt" | b"driven" | b"lifted" | b"dragged" | b"offset"
                | b"supported" | b"aided" | b"fueled" | b"fuelled",
                b"by",
            ) if matches!(self.entities[e].value, Value::Money(_)) => return None,
            // "beating analysts' expectations of $2.0 billion": the market's figure.
            (
                b"expectations" | b"expectation" | b"estimate" | b"estimates" | b"consensus",
                b"of",
            ) => return None,
            (b"compared" | b"comparison" | b"as", b"with" | b"to") => return None,
            // "beating a forecast of 4.1 billion crowns", "missing analysts' forecast of
            // $7.9 billion": the analysts' forecast, not the company's.
            (b"forecast" | b"forecasts" | b"projection" | b"projections", b"of")
                if self.others_forecast(lead - 2) =>
            {
                return None
            }
            (
                _,
                b"to" | b"at" | b"of" | b"reached" | b"reach" | b"reaches" | b"reaching" | b"hit"
                | b"hits" | b"hitting" | b"totaled" | b"totalled" | b"totaling" | b"totalling"
                | b"total" | b"totals" | b"was" | b"were" | b"is" | b"are" | b"be" | b"stood"
                | b"amounted" | b"worth" | b"valued" | b"for" | b"surpass" | b"exceed",
            ) => return Some((Role::Value, said(), None)),
            // "raised $2.3 billion": the funding verb's object is the amount raised, not a
            // rise (a percentage after it still is one: "raised prices 5%"); "lost $114
            // million" is the loss, not a fall.
            (_, b"raise" | b"raises" | b"raised" | b"raising" | b"lost" | b"earned")
                if matches!(self.entities[e].value, Value::Money(_)) =>
            {
                return Some((Role::Value, None, None))
            }
            // "came in at minus €12 million": a sign, which leaves a level.
            (_, b"minus") if self.signed_by_word(e) => return Some((Role::Value, said(), None)),
            (_, b"by" | b"up" | b"down" | b"plus" | b"minus") => {
                return Some((Role::Change, said(), None))
            }
            _ => {}
        }
        // "raised the quarterly dividend 10 pct to 22 cts a share": a percentage that
        // leads to an amount is the change to it.
        if matches!(self.entities[e].value, Value::Percent(_))
            && self.t.word_is(b, "to")
            && self
                .figure_at(b + 1)
                .is_some_and(|f| matches!(self.entities[f].value, Value::Money(_)))
        {
            return Some((Role::Change, None, None));
        }
        // "its market value fell below $50 billion": a level crossed, not a fall of $50
        // billion.
        if lead < b && self.t.word_in(lead, &["below", "above", "past", "beyond"]) {
            return Some((Role::Value, Some((lead, lead + 1)), None));
        }
        // "wiping about $2 billion off its market value": a fall of that much; "adding
        // $244 billion to its market value": a rise.
        if let Some(d) = self.moved_onto(e, lead, b) {
            return Some((Role::Change, Some((b, b + 1)), Some(d)));
        }
        match &self.entities[e].value {
            Value::Percent(p)
                if p.unit != crate::entity::PercentUnit::Percent || p.direction.is_some() =>
            {
                return Some((Role::Change, None, None));
            }
            Value::Money(_) => {
                // "weighed down by a $1 billion investment": an article makes the amount
                // a noun's, whatever verb came before (a change noun after it still
                // makes a change: "a $5 million increase").
                let mut b4 = [0u8; 24];
                let article = matches!(prev, b"a" | b"an")
                    && self.t.is_word(b)
                    && lower_ascii_bytes(self.t.str(b), &mut b4)
                        .and_then(|w| std::str::from_utf8(w).ok())
                        .is_some_and(|w| !not_modifier(w));
                if !article && qualifier::direction(self.t, lead, lead).is_some() {
                    return Some((Role::Change, None, None));
                }
                // "a $5 million increase"; not "a $484M annual loss", whose noun is the
                // metric itself.
                let mut k = b;
                let mut buf = [0u8; 24];
                while k < b + 3 && self.slots.get(k).is_some_and(|s| s.is_free()) {
                    let w = self.lower_bytes(k, &mut buf);
                    if matches!(
                        w,
                        b"increase"
                            | b"rise"
                            | b"jump"
                            | b"gain"
                            | b"drop"
                            | b"decline"
                            | b"decrease"
                    ) {
                        return Some((Role::Change, None, None));
                    }
                    k += 1;
                }
            }
            _ => {}
        }
        Some((Role::Value, None, None))
    }

    /// The index (into `hits`) of the metric the figure at `a..b` belongs to.
    /// The cost of the words between grows with distance, so only the nearest fitting
    /// metric on each side needs pricing (after the figure, the nearest that is not a
    /// comparison).
    fn best_metric(
        &self,
        s: &Sentence,
        hits: &[Hit],
        a: usize,
        b: usize,
        is_money: bool,
    ) -> Option<usize> {
        let strong = self
            .nearest_metric(s, hits, a, b, is_money, false)
            .map(|h| self.spent_on(hits, h, b).unwrap_or(h));
        // Most sentences have no funding verb: one search is then the answer.
        if !is_money || !hits.iter().any(|h| h.takes == Takes::MoneyElse) {
            return strong;
        }
        let any = self.nearest_metric(s, hits, a, b, is_money, true);
        match (strong, any) {
            // "raised $2.3 billion, valuing it at …": the funding verb right before the
            // amount, and the other metric in another clause.
            (Some(st), Some(w)) if hits[w].takes == Takes::MoneyElse && hits[w].end == a => {
                let other_clause = hits[st].start >= b
                    && (b..hits[st].start)
                        .any(|k| self.t.get(k).is_some_and(|x| clause_mark(x.kind)));
                Some(if other_clause { w } else { st })
            }
            (Some(st), _) => Some(st),
            (None, w) => w,
        }
    }

    /// For an amount that investment hit `h` spends, the capital spending it goes to,
    /// if named right after the amount (ending at token `b`): "plans to spend $91
    /// billion on capital expenditures" is capex.
    fn spent_on(&self, hits: &[Hit], h: usize, b: usize) -> Option<usize> {
        if hits[h].metric != Metric::Investment {
            return None;
        }
        let next = hits.iter().position(|x| x.start >= b)?;
        let gap = b..hits[next].start;
        (hits[next].metric == Metric::Capex
            && gap.len() <= 3
            && self.t.word_in(b, &["on", "in", "into"])
            && gap.clone().all(|k| self.t.is_word(k)))
        .then_some(next)
    }

    /// The direction of an amount `e` (its qualifier at `lead`, ending before `b`) taken
    /// off or added to what follows: "wiping about $2 billion off its market value"
    /// (down), "erased $90 billion from its value" (down), "adding $244 billion to its
    /// market value" (up). The metric is then the one after, not the move before.
    fn moved_onto(&self, e: usize, lead: usize, b: usize) -> Option<Direction> {
        if lead == 0 || !matches!(self.entities.get(e)?.value, Value::Money(_)) {
            return None;
        }
        let mut buf = [0u8; 24];
        match self.lower_bytes(lead - 1, &mut buf) {
            b"wiping" | b"wiped" | b"wipe" | b"wipes" | b"knocking" | b"knocked" | b"knock"
            | b"shaving" | b"shaved" | b"erasing" | b"erased" | b"erase" | b"lopped"
                if self.t.word_in(b, &["off", "from"]) =>
            {
                Some(Direction::Down)
            }
            b"adding" | b"added" | b"add" | b"adds" if self.t.word_is(b, "to") => {
                Some(Direction::Up)
            }
            _ => None,
        }
    }

    /// Where the figure at token `a` starts with its qualifier ("about $5 billion").
    fn lead(&self, a: usize) -> usize {
        qualifier::before(self.t, a).map_or(a, |(_, q)| q)
    }

    /// Whether the figure at token `a` follows "for", across its qualifier ("for about
    /// $5 billion").
    fn after_for(&self, a: usize) -> bool {
        let lead = self.lead(a);
        lead > 0 && self.t.word_is(lead - 1, "for")
    }

    /// `best_metric` among the metrics that fit the figure, those that take a figure
    /// only when no other does (`Takes::MoneyElse`) only when `fallback` is set.
    fn nearest_metric(
        &self,
        s: &Sentence,
        hits: &[Hit],
        a: usize,
        b: usize,
        is_money: bool,
        fallback: bool,
    ) -> Option<usize> {
        // A purchase or sale verb takes only its price ("sold X for $5 billion"), so the
        // amount it sold ("sold $1.5 billion of notes") goes to the metric after it.
        let price = is_money && self.after_for(a);
        let lead = self.lead(a);
        let priced_at = is_money && lead > 0 && self.t.word_is(lead - 1, "at");
        // "net debt fell 6% to 14.2 billion euros": a moved percentage that leads to an
        // amount is the change of that amount's metric, even of one that takes money.
        let to_amount = !is_money
            && self.t.word_is(b, "to")
            && self.figure_at(a).is_some_and(
                |e| matches!(&self.entities[e].value, Value::Percent(p) if p.direction.is_some()),
            )
            && self
                .figure_at(b + 1)
                .is_some_and(|f| matches!(self.entities[f].value, Value::Money(_)));
        let per_unit = is_money
            && self.figure_at(a).is_some_and(
                |e| matches!(&self.entities[e].value, Value::Money(m) if m.per.is_some()),
            );
        let fits = |h: &Hit| {
            h.start >= s.start
                && h.end <= s.end
                && !self.object_of_metric(hits, h)
                && match h.takes {
                    Takes::Any => true,
                    Takes::Money => is_money || to_amount,
                    Takes::PriceFor => price,
                    Takes::PriceAt => priced_at,
                    Takes::PaidFor => is_money && h.end == lead && self.paid_for(hits, b),
                    Takes::MoneyElse => is_money && fallback,
                    Takes::Percent => !is_money,
                    Takes::Sum => is_money && !per_unit,
                    Takes::SumBefore => is_money && !per_unit && h.start >= b,
                }
        };
        let split = hits.partition_point(|h| h.end <= a);
        let before = hits[..split]
            .iter()
            .rposition(fits)
            .map(|i| (self.cost_between(hits[i].end, a, false), i))
            .filter(|&(c, _)| c <= MAX_COST);
        let after = (split..hits.len())
            // A funding verb takes the amount after it: in "$35 to $37, raising $1.37
            // billion" the range is not raised.
            .filter(|&i| hits[i].start >= b && hits[i].takes != Takes::MoneyElse && fits(&hits[i]))
            // "$15 billion at a $230 billion valuation": a metric right after another
            // figure is that figure's, unless it cannot take it ("150 mln dlrs of 9-1/4
            // pct debentures": the coupon does not make the debt).
            .filter(|&i| {
                hits[i].start == b
                    || hits[i]
                        .start
                        .checked_sub(1)
                        .and_then(|k| self.figure_at(k))
                        .is_none_or(|f| {
                            matches!(self.entities[f].value, Value::Percent(_))
                                && matches!(
                                    hits[i].takes,
                                    Takes::Money
                                        | Takes::MoneyElse
                                        | Takes::PriceFor
                                        | Takes::PriceAt
                                        | Takes::Sum
                                        | Takes::SumBefore
                                )
                        })
            })
            .map(|i| (self.cost_between(b, hits[i].start, true), i))
            .take_while(|&(c, _)| c != u32::MAX)
            // A metric after "compared to" belongs to the comparison, not this figure.
            .find(|&(c, i)| c <= MAX_COST && !self.comparison_before(hits[i].start));
        // "wiping $100 billion off the carmaker's market value": what the amount was
        // taken off is its metric, whatever moved before it.
        if self
            .figure_at(a)
            .is_some_and(|e| self.moved_onto(e, lead, b).is_some())
        {
            // Up to eight tokens on, across a possessive owner ("the electric-car
            // maker's"), in the same clause.
            if let Some(j) = (split..hits.len())
                .take_while(|&j| hits[j].start <= b + 8)
                .find(|&j| hits[j].start > b && fits(&hits[j]))
                .filter(|&j| self.cost_between(b, hits[j].start, true) != u32::MAX)
            {
                return Some(j);
            }
            // What moved before it ("shares fell 7%, wiping $100 billion off the value of
            // a rival") is not what the amount was taken off: no metric of its own.
            return None;
        }
        // Lower cost wins; on a tie the metric before the figure.
        match (before, after) {
            (Some((cb, i)), Some((ca, j))) => Some(if ca < cb { j } else { i }),
            (Some((_, i)), None) | (None, Some((_, i))) => Some(i),
            (None, None) => None,
        }
    }

    /// Whether hit `h` is investors' "orders" for an issue, or the issue they are for:
    /// an issue (bonds, notes, an offering) up to three words before the orders ("The
    /// bond sale drew orders of $125 billion") or right after "orders for" ("Orders for
    /// the notes topped $40 billion").
    fn demand_for_issue(&self, hits: &[Hit], h: usize) -> bool {
        // The head noun: a phrase keeps its modifiers ("drew orders").
        let is_orders = |o: &Hit| self.t.word_is(o.end.saturating_sub(1), "orders");
        let for_issue = |o: &Hit, d: &Hit| {
            let head = o.end.saturating_sub(1);
            d.metric == Metric::Debt
                && (d.end <= head && head - d.end <= 3
                    || self.t.word_is(o.end, "for") && d.start > o.end && d.start <= o.end + 3)
        };
        let Some(x) = hits.get(h) else {
            return false;
        };
        if is_orders(x) {
            hits.iter().any(|d| for_issue(x, d))
        } else {
            x.metric == Metric::Debt
                && hits
                    .iter()
                    .any(|o| is_orders(o) && o.end < x.start && for_issue(o, x))
        }
    }

    /// Whether hit `h` names what another metric is of, not a metric: a share price
    /// that the metric before it is measured in ("trading volume in the stock", "a
    /// stake in the shares"; not a move of the shares), or a deal noun naming a kind of
    /// fund ("its latest buyout fund").
    fn object_of_metric(&self, hits: &[Hit], h: &Hit) -> bool {
        // "raised $4.2 billion for its latest buyout fund": the kind of fund, not a deal.
        if h.metric == Metric::Acquisition && self.t.word_in(h.end, &["fund", "funds"]) {
            return true;
        }
        if h.metric != Metric::SharePrice || h.start < 2 {
            return false;
        }
        let mut k = h.start - 1;
        if self.t.word_in(k, &["the", "its", "their"]) {
            k -= 1;
        }
        k > 0 && self.t.word_is(k, "in") && hits.iter().any(|m| m.end == k)
    }

    /// Whether the amount ending before token `b` is paid "for" a company or a stake:
    /// a company, an acquisition phrase or shares within five tokens after "for", in
    /// the same clause; "a share", "per share" or "in cash" may come before "for". An
    /// amount paid "to buy", "to acquire" or "to take over" is a purchase's price too.
    fn paid_for(&self, hits: &[Hit], b: usize) -> bool {
        // "$48 per share in cash for Nexagen", "$31 a share for Pennick": the price of
        // each share and the means of payment stand between.
        let mut b = b;
        for _ in 0..4 {
            if !self
                .t
                .word_in(b, &["a", "per", "share", "in", "cash", "each", "apiece"])
            {
                break;
            }
            b += 1;
        }
        // "will pay $2.4 billion to buy snack maker Pellam Brands": the price of a
        // purchase named right after.
        if self.t.word_is(b, "to")
            && self
                .t
                .word_in(b + 1, &["buy", "acquire", "purchase", "take"])
        {
            // Not "to buy back shares", a buyback; "to take over", not "to take part".
            return match self.lower_bytes(b + 1, &mut [0u8; 24]) {
                b"buy" => !self.t.word_is(b + 2, "back"),
                b"take" => self.t.word_is(b + 2, "over"),
                _ => true,
            };
        }
        if !self.t.word_is(b, "for") {
            return false;
        }
        let reach = b + 1..b + 6;
        for k in reach.clone() {
            if self.t.get(k).is_none_or(|x| clause_mark(x.kind)) {
                break;
            }
            if self.company_at(k).is_some() {
                return true;
            }
        }
        hits.iter().any(|h| {
            reach.contains(&h.start)
                && (h.metric == Metric::Acquisition || self.t.word_in(h.end - 1, &["shares"]))
                && (b..h.start).all(|k| self.t.get(k).is_some_and(|x| !clause_mark(x.kind)))
        })
    }

    /// The cost, in half words, of the tokens `a..b` between a metric and a figure.
    fn cost_between(&self, a: usize, b: usize, after: bool) -> u32 {
        // Further apart than this, a metric and a figure are never linked; the cap
        // keeps long sentences with many figures and metrics linear in practice.
        const MAX_TOKENS: usize = 24;
        if b.saturating_sub(a) > MAX_TOKENS {
            return u32::MAX;
        }
        let mut cost = 0u32;
        let mut buf = [0u8; 24];
        let mut k = a;
        let mut passed_figure = false;
        while k < b {
            if cost > MAX_COST || self.t.get(k).is_some_and(|x| x.newline_before) && k > a {
                return u32::MAX;
            }
            match self.slots[k].cover() {
                Cover::Entity(_) if self.figure_at(k).is_some() => {
                    passed_figure = true;
                    k = self.extent(k).1;
                    continue;
                }
                Cover::Entity(_) if self.period_at(k).is_some() => {
                    cost += 1;
                    k = self.extent(k).1;
                    continue;
                }
                Cover::Entity(_) | Cover::Ticker(_) => {
                    cost += 2;
                    k = self.extent(k).1;
                    continue;
                }
                Cover::Free => {}
            }
            match self.t.get(k).map(|x| x.kind) {
                Some(TokKind::Sym(','))
                    if self
                        .t
                        .word_in(k + 1, &["which", "who", "including", "excluding"]) =>
                {
                    // An aside: "load factor, which measures …, dropped by", "capital
                    // expenditures, including finance leases, jumped 74%".
                    match (k + 1..b).find(|&j| self.t.is_sym(j, ',')) {
                        Some(j) => {
                            k = j + 1;
                            continue;
                        }
                        None => cost += 4,
                    }
                }
                // A restated figure between commas: "increased $120 million, or 6%, to
                // $2.1 billion".
                Some(TokKind::Sym(','))
                    if self.t.word_is(k + 1, "or")
                        && self.figure_at(k + 2).is_some()
                        && self.t.is_sym(self.extent(k + 2).1, ',')
                        && self.extent(k + 2).1 < b =>
                {
                    k = self.extent(k + 2).1 + 1;
                    continue;
                }
                Some(TokKind::Sym('(')) => {
                    // An aside in brackets on the same line: a restated amount or a
                    // ticker ("¥299 billion ($42 billion) for the quarter, up 15%").
                    let close = (k + 1..b.min(k + 8))
                        .take_while(|&j| self.t.get(j).is_some_and(|x| !x.newline_before))
                        .find(|&j| self.t.is_sym(j, ')'));
                    match close {
                        Some(j) => {
                            cost += 1;
                            k = j + 1;
                            continue;
                        }
                        None => return u32::MAX,
                    }
                }
                // "sales rose 3.9%, driven by volume growth of 1.5%, and turnover was
                // …": a figure in a cause reaches no metric past the cause's end.
                Some(TokKind::Sym(',' | '—' | '–' | ':')) if after && self.in_cause(a) => {
                    return u32::MAX
                }
                Some(TokKind::Sym(',' | '—' | '–' | ':')) => cost += 4,
                Some(TokKind::Sym(';' | ')')) => return u32::MAX,
                Some(TokKind::Sym(_)) => {}
                // A count is cheaper than a word: "shipped 3,383 cars in the third quarter, up 2%".
                Some(TokKind::Num) => cost += 1,
                Some(TokKind::Word) => {
                    let w = self.lower_bytes(k, &mut buf);
                    // "fell 3.5% after cutting its outlook", "volumes fell 2.5%, but
                    // revenue rose": a metric in another clause is not the figure's.
                    if opens_other_clause(w, after) {
                        return u32::MAX;
                    }
                    // "revenue rose 26% to $50.1 billion, driven by a 14% increase in ad
                    // impressions": after the metric's figures, a cause is another
                    // statement.
                    if !after && passed_figure && k > 0 && self.t.is_sym(k - 1, ',') && cause(w) {
                        return u32::MAX;
                    }
                    let free = if after { free_after(w) } else { free_before(w) };
                    // "demand rose 10% and orders were up 15%": a metric after the
                    // figure and "and" opens the next statement (not "10% and 12% of
                    // sales").
                    if after && k == a && w == b"and" && self.figure_at(k + 1).is_none() {
                        return u32::MAX;
                    }
                    // "traffic rose 4.5% and capacity increased 3.1%": after another
                    // figure and "and", a word of its own names the next figure's subject.
                    if !after
                        && !free
                        && k >= 2
                        && self.t.word_is(k - 1, "and")
                        && self.figure_at(k - 2).is_some()
                    {
                        return u32::MAX;
                    }
                    if !free {
                        cost += 2;
                    }
                    if cost > MAX_COST {
                        return cost;
                    }
                }
                None => {}
            }
            k += 1;
        }
        cost
    }

    /// Whether token `a` lies in a cause opened after a comma within ten tokens
    /// before it: "…, driven by volume growth of 1.5%".
    fn in_cause(&self, a: usize) -> bool {
        let mut buf = [0u8; 24];
        (a.saturating_sub(10)..a)
            .rev()
            .find(|&j| self.t.get(j).is_some_and(|x| clause_mark(x.kind)))
            .is_some_and(|j| self.t.is_sym(j, ',') && cause(self.lower_bytes(j + 1, &mut buf)))
    }

    /// For a percentage with no metric: a company or ticker moved by a price verb
    /// ("BABA jumped roughly 9%") makes it a share price change.
    fn price_subject(&self, s: &Sentence, lead: usize, e: usize) -> Option<(usize, usize)> {
        let Value::Percent(p) = &self.entities[e].value else {
            return None;
        };
        p.direction?;
        let mut buf = [0u8; 24];
        let mut k = lead;
        // Skip fillers back to the verb.
        while k > s.start {
            let w = self.lower_bytes(k - 1, &mut buf);
            if matches!(
                w,
                b"by"
                    | b"about"
                    | b"around"
                    | b"roughly"
                    | b"nearly"
                    | b"almost"
                    | b"some"
                    | b"as"
                    | b"much"
                    | b"more"
                    | b"than"
                    | b"over"
                    | b"just"
                    | b"sharply"
            ) {
                k -= 1;
            } else {
                break;
            }
        }
        if k == s.start || k - 1 < s.start + 1 {
            return None;
        }
        let verb = self.lower_bytes(k - 1, &mut buf);
        // "…, with Bryce Semiconductor up 6.3%": a market report's list of movers.
        let listed = matches!(verb, b"up" | b"down");
        if !price_verb(verb) && !listed {
            return None;
        }
        let c = self.company_at(k - 2)?;
        let a = self.extent(k - 2).0;
        let mut b2 = [0u8; 24];
        let before = if a > s.start {
            self.lower_bytes(a - 1, &mut b2)
        } else {
            b""
        };
        if listed
            && !(matches!(before, b"with" | b"and") || a == s.start || self.t.is_sym(a - 1, ','))
        {
            return None;
        }
        // "Costs at Zarvex rose 4%": the company owns a noun before it, it is not the
        // subject whose price moved.
        if matches!(before, b"at" | b"of" | b"for" | b"in" | b"from" | b"to") {
            return None;
        }
        Some((c, a))
    }

    /// Completes a draft; a fact with no company is kept only when its sentence points
    /// to one ("the company", "its"), as a statement about an unnamed company.
    fn finish(&self, si: usize, sentences: &[Sentence], hits: &[Hit], dr: Draft) -> Option<Fact> {
        let s = &sentences[si];
        // The word that pointed to the company, if one did.
        let mut company_word = None;
        let anchor = dr
            .hit
            .map_or(usize::MAX, |h| h.start)
            .min(dr.figs.as_slice().first().map_or(usize::MAX, |f| f.0));
        let first_figure = dr.figs.as_slice().first().map_or(anchor, |f| f.0);
        if self.analysts_view(s, anchor, first_figure) || self.opens_with_comparison(s) {
            return None;
        }
        // "Gartner forecast worldwide IT spending to grow 9.8%": a market's figure, and
        // a forecast of it, are no company's.
        if dr.hit.is_some_and(|h| {
            self.market_metric(&h)
                || h.metric == Metric::Guidance
                    && hits
                        .iter()
                        .any(|n| n.start == h.end && self.market_metric(n))
        }) {
            return None;
        }
        let company = match dr.company {
            Some((c, at)) => {
                company_word = Some((at, at + 1));
                Some(c)
            }
            None => match dr
                .hit
                .and_then(|h| {
                    self.owner_after_metric(&h)
                        .or_else(|| self.owner_before_metric(&h))
                })
                .or_else(|| self.company_where(&dr))
            {
                Some(c) => Some(c),
                None => {
                    match self.resolve_company(si, sentences, hits, anchor, &mut company_word) {
                        // "U.S. retail sales rose 0.2%": a country's figure, not that of a
                        // company named in an earlier sentence.
                        (Some(c), _)
                            if dr.hit.is_some_and(|h| self.economy_metric(&h))
                                && !self
                                    .ranges
                                    .get(c)
                                    .is_some_and(|r| r.0 >= s.start && r.0 < s.end) =>
                        {
                            return None
                        }
                        (Some(c), _) => Some(c),
                        // "The International Monetary Fund raised its 2026 global growth
                        // forecast": "its" is the named subject's, which is no company.
                        (None, Some(_)) if self.proper_subject(s) => return None,
                        (None, Some(_)) => None,
                        (None, None) => return None,
                    }
                }
            },
        };
        let evidence: Vec<Text> = dr
            .evidence
            .as_slice()
            .iter()
            .chain(&company_word)
            .map(|&(a, b)| self.span_text(a, b))
            .collect();
        let (change_dir, basis) = match dr.change.map(|c| (c, &self.entities[c].value)) {
            Some((_, Value::Percent(p))) => (p.direction, p.basis),
            Some((c, Value::Money(_))) => {
                let (a, b) = self.ranges.get(c).copied().unwrap_or_default();
                let lead = self.lead(a);
                let back = qualifier::direction(self.t, lead, lead);
                (back.or_else(|| qualifier::direction(self.t, b, b)), None)
            }
            _ => (None, None),
        };
        let change_dir = change_dir
            .or(dr.direction)
            .or_else(|| self.verb_on_metric(dr.hit?, dr.change?));
        let period = self
            .nearest_period(s, dr.figs.as_slice(), dr.hit)
            .or_else(|| self.list_heading_period(si, sentences));
        let negative = dr.value.is_some_and(|v| self.signed_by_word(v));
        Some(Fact {
            company,
            metric: Some(dr.metric),
            metric_text: dr.hit.map(|h| self.span_text(h.start, h.end)),
            value: dr.value,
            negative,
            change: dr.change,
            direction: change_dir,
            basis,
            period,
            span: Span::new(self.t.start(s.start), self.t.end(s.end - 1)),
            evidence,
        })
    }

    /// Whether money entity `e` follows a sign word that the money pass leaves out of
    /// its amount ("minus €12 million", "a negative EUR 5 mn"; see `money`).
    fn signed_by_word(&self, e: usize) -> bool {
        matches!(self.entities[e].value, Value::Money(_))
            && self
                .ranges
                .get(e)
                .is_some_and(|&(a, _)| qualifier::spelled_minus_before(self.t, a))
    }

    /// Whether metric `h` is a whole market's: modified by "worldwide" or "industry",
    /// or by "global" and another word ("global chip sales", not "global sales"),
    /// with no possessive before it ("Toyota's global vehicle sales", "its global
    /// e-commerce sales" are a company's).
    fn market_metric(&self, h: &Hit) -> bool {
        if h.start >= 2 && self.possessive_s(h.start - 1)
            || h.start >= 1
                && self
                    .t
                    .word_in(h.start - 1, &["its", "their", "our", "his", "her"])
        {
            return false;
        }
        (h.start..h.end).any(|k| {
            self.t
                .word_in(k, &["worldwide", "industry", "industrywide"])
                || self.t.word_is(k, "global")
                    && k + 1 < h.end
                    && self.slots.get(k + 1).is_some_and(|s| s.is_free())
                    && !self.index_head(k + 1)
        })
    }

    /// Whether sentence `s` opens with a comparison period and a comma: "A year
    /// earlier, revenue was $5.6 billion." restates the basis of an earlier figure.
    fn opens_with_comparison(&self, s: &Sentence) -> bool {
        // "A year earlier, …", "In the year-ago quarter, …"
        let first = if self.t.word_in(s.start, &["in", "for", "during"]) {
            s.start + 1 + usize::from(self.t.word_is(s.start + 1, "the"))
        } else {
            s.start
        };
        self.period_at(first).is_some_and(|p| {
            let (_, end) = self.extent(first);
            self.is_comparison(p) && self.t.is_sym(end, ',')
        })
    }

    /// Whether entity `p` is a comparison period ("a year earlier", "the year-ago
    /// quarter").
    fn is_comparison(&self, p: usize) -> bool {
        matches!(&self.entities.get(p).map(|e| &e.value), Some(Value::Period(x)) if x.comparison)
    }

    /// Whether token `k` is a word that starts a metric phrase of the lexicon.
    fn index_head(&self, k: usize) -> bool {
        let mut buf = [0u8; 24];
        let w = self.lower_bytes(k, &mut buf);
        may_start(w) && index().contains_key(w)
    }

    /// Whether the words of sentence `s` before token `anchor` make what follows the
    /// analysts' view: "Analysts polled by LSEG had expected Ford's revenue of …",
    /// "Goldman Sachs analysts expect Nvidia's data center revenue to reach …". The
    /// analysts must come within the first twelve tokens and their verb of expecting
    /// within six tokens after them, or a modal before the figure at token `figure`
    /// ("Analysts at Jefferies said Apple's services revenue would rise 14%").
    fn analysts_view(&self, s: &Sentence, anchor: usize, figure: usize) -> bool {
        let end = anchor.min(s.end);
        if self.credited_to_analysts(s, figure) {
            return true;
        }
        // "Wall Street expects Rellant's earnings per share to fall 12%".
        let Some(i) = (s.start..end.min(s.start + 12)).find(|&k| {
            self.t
                .word_in(k, &["analysts", "economists", "strategists"])
                || k > s.start
                    && self.t.word_is(k, "street")
                    && self.t.word_is(k - 1, "wall")
                    && self.slots.get(k).is_some_and(|x| x.is_free())
        }) else {
            return false;
        };
        let modal = (i + 1..figure.min(s.end).min(i + 24)).any(|k| {
            self.t
                .word_in(k, &["would", "will", "could", "should", "might", "may"])
        });
        modal
            || (i + 1..end.min(i + 7)).any(|k| {
                self.t.word_in(
                    k,
                    &[
                        "expect",
                        "expects",
                        "expected",
                        "forecast",
                        "forecasts",
                        "estimate",
                        "estimated",
                        "see",
                        "project",
                        "projected",
                        "predict",
                        "predicted",
                    ],
                )
            })
    }

    /// Whether sentence `s` credits its figures, after the one at token `figure`, to
    /// analysts: "The company's revenue is forecast to rise 6% next year, analysts at
    /// Barclays estimated." The analysts come within three words after the first comma
    /// after the figure, in a clause with no figure: one that holds a figure ("…, while
    /// analysts were expecting $802 million") leaves the company's figure its own.
    fn credited_to_analysts(&self, s: &Sentence, figure: usize) -> bool {
        let Some(k) = (figure..s.end).find(|&k| self.t.is_sym(k, ',')) else {
            return false;
        };
        let clause_end = (k + 1..s.end)
            .find(|&j| self.t.get(j).is_some_and(|x| clause_mark(x.kind)))
            .unwrap_or(s.end);
        // "…, analysts at Barclays estimated", not "…, beating analysts' estimates" (the
        // company's figure, compared with theirs).
        let credited = |j: usize| {
            self.t
                .word_in(j, &["analysts", "economists", "strategists"])
                && !self.t.is_sym(j + 1, '\'')
                && !self.t.is_sym(j + 1, '’')
        };
        let compared = (k + 1..(k + 3).min(s.end)).any(|j| {
            self.t.word_in(
                j,
                &[
                    "beating",
                    "topping",
                    "missing",
                    "exceeding",
                    "surpassing",
                    "above",
                    "below",
                    "ahead",
                    "than",
                    "versus",
                    "vs",
                ],
            )
        });
        !compared
            && (k + 1..(k + 4).min(s.end)).any(credited)
            && (k + 1..clause_end).all(|j| self.figure_at(j).is_none())
    }

    /// For change `c` right after metric `h` and "by": the direction of the verb whose
    /// object the metric is ("raised its quarterly dividend by 7%", "reduce annual costs
    /// by $400 million", "raised its 2025 capital budget by 10%").
    fn verb_on_metric(&self, h: Hit, c: usize) -> Option<Direction> {
        let &(a, _) = self.ranges.get(c)?;
        let lead = self.lead(a);
        let by = h.end + 1 == lead && self.t.word_is(lead - 1, "by");
        if lead == 0 || !(by || h.end == lead) {
            return None;
        }
        let mut k = h.start;
        // Back over "its", "the" and a period ("its 2025 capital budget"), two at most.
        for _ in 0..2 {
            if k > 0 && self.period_at(k - 1).is_some() {
                k = self.extent(k - 1).0;
            } else if k > 0
                && self
                    .t
                    .word_in(k - 1, &["its", "the", "their", "a", "an", "our"])
            {
                k -= 1;
            }
        }
        let mut buf = [0u8; 24];
        let w = self.lower_bytes(k.checked_sub(1)?, &mut buf);
        qualifier::verb_direction(w)
    }

    /// Whether metric `h` is a country's or a region's: a place's possessive before it
    /// ("China's retail sales"), or an economy's phrase after a place, a nationality or
    /// a dotted acronym ("U.S. retail sales", "German industrial production").
    fn economy_metric(&self, h: &Hit) -> bool {
        let place = |k: usize| {
            self.t.is_word(k)
                && (crate::company::is_place(self.t.str(k)) || self.t.word_in(k, ECONOMIES))
        };
        let k = h.start;
        // "China's retail sales": a possessive place owns any metric.
        if k >= 3 && self.possessive_s(k - 1) {
            return place(k - 3);
        }
        // "U.S. retail sales", "German industrial production"; but "China revenue" and
        // "U.S. sales" are as often a company's segment.
        let economy_phrase = (h.start..h.end).any(|j| {
            self.t.word_in(
                j,
                &[
                    "retail",
                    "industrial",
                    "output",
                    "production",
                    "exports",
                    "imports",
                    "home",
                    "housing",
                ],
            )
        });
        if economy_phrase
            && (place(k) || k > 0 && (place(k - 1) || ends_dotted_acronym(self.t, k - 1)))
        {
            return true;
        }
        // "Hotel occupancy across the United States fell 1.5%", "sales across the
        // industry": a figure spread over a country or a trade is the market's.
        let mut j = h.end;
        if !self.t.word_is(j, "across") {
            return false;
        }
        j += 1;
        if self.t.word_is(j, "the") {
            j += 1;
        }
        place(j)
            || ends_dotted_acronym(self.t, j + 1)
            || self
                .t
                .word_in(j, &["United", "industry", "sector", "country", "market"])
    }

    /// The company that a metric phrase names right after it with "of", "at" or "for":
    /// the owner of the figures ("net profit at Unilever", "shares of Nvidia", "sales
    /// for Adidas"). After a count, "400,000 shares of X" is a holding in X, not X's.
    fn owner_after_metric(&self, h: &Hit) -> Option<usize> {
        let mut buf = [0u8; 24];
        // "400,000 shares of X", "12 million shares of X": a count.
        let counted = |k: usize| self.t.is_num(k);
        if h.start > 0
            && (counted(h.start - 1)
                || h.start > 1
                    && self.t.has_class(h.start - 1, lexicon::SCALE)
                    && counted(h.start - 2))
        {
            return None;
        }
        // "its $2.7 billion acquisition of Zarvex", "a deal for Zarvex": the target, not
        // the owner of the figure.
        if h.metric == Metric::Acquisition {
            return None;
        }
        // "OpenAI valued at about $135 billion": the company valued, right before.
        if h.metric == Metric::MarketValue && h.start > 0 && self.t.word_in(h.start, &["valued"]) {
            if let Some(c) = self.company_at(h.start - 1) {
                return Some(c);
            }
        }
        // "raised its price target on Nvidia to $240": the company it is set on.
        let preposition = self.lower_bytes(h.end, &mut buf);
        let on_target = preposition == b"on" && h.metric == Metric::SharePrice;
        // "Shares in Gantry Group rose 14%": the company's shares (a count of shares in
        // it is a holding, left out above).
        let shares_in = preposition == b"in" && h.metric == Metric::SharePrice;
        if !(matches!(preposition, b"of" | b"at" | b"for") || on_target || shares_in) {
            return None;
        }
        let mut at = h.end + 1;
        // "sales at rival Pellam Corp fell 2%": the rival's own sales.
        if matches!(preposition, b"at" | b"of")
            && self.t.word_in(at, &["rival", "competitor", "peer"])
            && self.company_at(at + 1).is_some()
        {
            at += 1;
        }
        if preposition == b"at" {
            if let Some(c) = self.parent_of_unit(at) {
                return Some(c);
            }
        }
        // "Sales of electric vehicles at Marden Motors rose 45%": what is sold, then
        // the company "at" which, within four words of the product.
        if matches!(preposition, b"of" | b"from") && self.company_at(at).is_none() {
            let j = (at..at + 4)
                .take_while(|&j| {
                    self.t.is_word(j) && self.slots.get(j).is_some_and(|x| x.is_free())
                })
                .find(|&j| self.t.word_is(j, "at"))?;
            let c = self.company_at(j + 1)?;
            return (j > at && self.extent(j + 1).0 == j + 1).then_some(c);
        }
        let c = self.company_at(at)?;
        if shares_in {
            // Only when the shares then move: "bought shares in X for EUR 58 million" is
            // a holding in X.
            let (_, after) = self.extent(at);
            let mut b2 = [0u8; 24];
            let w = self.lower_bytes(after, &mut b2);
            if !(price_verb(w) || matches!(w, b"have" | b"had" | b"has")) {
                return None;
            }
        }
        (self.extent(at).0 == at).then_some(c)
    }

    /// The company that owns metric `h` from right before it, whatever word comes
    /// before the company: a possessive ("…, with Apple Inc's shipments up 4%", where
    /// "with" would make Apple a partner) or the antecedent of "whose" ("outpacing
    /// rival Stenmark Oil, whose revenue fell 3%", where "rival" would rule it out).
    fn owner_before_metric(&self, h: &Hit) -> Option<usize> {
        let k = h.start;
        // "X's": X, an apostrophe, s; "X, whose": X, a comma, "whose".
        let possessive = k >= 3 && self.possessive_s(k - 1);
        let whose = k >= 3 && self.t.word_is(k - 1, "whose") && self.t.is_sym(k - 2, ',');
        if !(possessive || whose) {
            return None;
        }
        let before = k - 2;
        let c = self.company_at(before - 1)?;
        // A count of another company's shares ("400,000 Zarvex shares") or a data
        // source ("according to LSEG's data") stays out.
        let (a, _) = self.extent(before - 1);
        let mut buf = [0u8; 24];
        let blocked = a > 0
            && (self.t.is_num(a - 1) || matches!(self.lower_bytes(a - 1, &mut buf), b"to" | b"by"));
        (!blocked && h.metric != Metric::Acquisition).then_some(c)
    }

    /// Whether the company mention at token `a` follows a figure and "at": "fell 3% to
    /// $1.02 billion at Intel", where the figure was.
    fn at_after_figure(&self, a: usize) -> bool {
        a >= 2 && self.t.word_is(a - 1, "at") && self.figure_at(a - 2).is_some()
    }

    /// The company right after a figure of draft `dr` and "at" ("Revenue fell 3% to
    /// $1.02 billion at Intel"), for a metric that is not a share price or market
    /// value ("rose 3% to $20 at Nasdaq" names the exchange).
    fn company_where(&self, dr: &Draft) -> Option<usize> {
        if matches!(dr.metric, Metric::SharePrice | Metric::MarketValue) {
            return None;
        }
        dr.figs.as_slice().iter().find_map(|&(_, b)| {
            let c = self.company_at(b + 1)?;
            (self.at_after_figure(b + 1) && self.extent(b + 1).0 == b + 1).then_some(c)
        })
    }

    /// The company after "the … segment of" from token `k`: "Revenue at the Intelligent
    /// Cloud segment of Microsoft rose 28%" is Microsoft's. At most three words name the
    /// unit.
    fn parent_of_unit(&self, k: usize) -> Option<usize> {
        if !self.t.word_is(k, "the") {
            return None;
        }
        let unit = (k + 2..k + 5)
            .take_while(|&j| self.t.is_word(j) || self.t.is_sym(j, '-'))
            .find(|&j| {
                self.t.word_in(
                    j,
                    &[
                        "segment",
                        "unit",
                        "division",
                        "business",
                        "arm",
                        "subsidiary",
                    ],
                )
            })?;
        let at = unit + 2;
        let c = self.company_at(at)?;
        (self.t.word_is(unit + 1, "of")
            && self.extent(at).0 == at
            && (k + 1..unit).all(|j| self.slots.get(j).is_some_and(|s| s.is_free())))
        .then_some(c)
    }

    /// A company credited as the sentence's source after the figures: "…, Siemens
    /// Energy said." Only a company right after a comma and before a verb of saying
    /// counts; "reported" is left out, as news outlets are credited with it.
    fn source_company(&self, s: &Sentence, from: usize) -> Option<usize> {
        let mut k = from;
        while k < s.end {
            let Some(c) = self.company_at(k) else {
                k += 1;
                continue;
            };
            let (a, b) = self.extent(k);
            let after_comma = a > 0 && self.t.is_sym(a - 1, ',');
            if after_comma && b < s.end && self.t.word_in(b, SPEECH_VERBS) {
                return Some(c);
            }
            k = b.max(k + 1);
        }
        None
    }

    /// Whether sentence `s` ends by crediting a speaker that is no company: ", the
    /// government said", ", the ministry said", ", data showed" (not ", the company
    /// said" or ", the landlord said", which refer back, nor a named speaker, which
    /// `source_company` reads).
    fn credited_to_other(&self, s: &Sentence) -> bool {
        let Some(comma) = (s.start..s.end)
            .rev()
            .take(6)
            .find(|&k| self.t.is_sym(k, ','))
        else {
            return false;
        };
        let mut k = comma + 1;
        if self.t.word_is(k, "the") {
            k += 1;
        }
        let verb = k + 1;
        self.t.has_shape(k, token::LOWER_FIRST)
            && (self.t.word_in(verb, SPEECH_VERBS)
                || self.t.word_in(verb, &["showed", "show", "shows"]))
            && !self.t.has_class(k, lexicon::COMPANY_DESCRIPTOR)
            // "the landlord", "the lender": the company referred back to.
            && self
                .refers_back(
                    &Sentence {
                        start: comma + 1,
                        end: verb,
                        para: s.para,
                    },
                    verb,
                )
                .is_none()
    }

    fn resolve_company(
        &self,
        si: usize,
        sentences: &[Sentence],
        hits: &[Hit],
        anchor: usize,
        company_word: &mut Option<(usize, usize)>,
    ) -> (Option<usize>, Option<(usize, usize)>) {
        let s = &sentences[si];
        // The nearest eligible company before the metric or figure.
        let mut k = anchor.min(s.end);
        while k > s.start {
            k -= 1;
            if let Some(c) = self.company_at(k) {
                let (a, _) = self.extent(k);
                // "The company's Cloud Intelligence Group", "its unit X": a part of
                // the company referred to, which owns the fact.
                if self.after_possessive_reference(a) {
                    break;
                }
                // "Sales at Adidas fell 2%, but operating profit rose 5%": the owner of
                // an earlier metric of the sentence ("sales at X", "profit of X") is
                // the subject of the metrics after it.
                let owns_metric = || {
                    a > 0
                        && self.t.word_in(a - 1, &["at", "of", "for"])
                        && hits
                            .iter()
                            .any(|h| h.end + 1 == a && self.owner_after_metric(h) == Some(c))
                };
                if self.eligible_company(a) || owns_metric() || self.at_after_figure(a) {
                    return (Some(c), None);
                }
                k = a;
            }
        }
        let back = self.refers_back(s, anchor);
        if back.is_none() {
            // The first eligible company later in the sentence, when it owns something
            // ("…, Lenovo’s pivot") or opens the main clause after an opening phrase
            // ("With revenue up 5%, Lenovo said …").
            let mut buf = [0u8; 24];
            let opener = matches!(
                self.lower_bytes(s.start, &mut buf),
                b"with"
                    | b"after"
                    | b"despite"
                    | b"following"
                    | b"amid"
                    | b"while"
                    | b"although"
                    | b"in"
                    | b"for"
                    | b"as"
                    | b"on"
                    | b"by"
            );
            let mut k = anchor;
            while k < s.end {
                if let Some(c) = self.company_at(k) {
                    let (a, b) = self.extent(k);
                    let possessive = self.t.glued(b) && self.possessive_s(b + 1);
                    let after_comma = a > 0 && self.t.is_sym(a - 1, ',');
                    if self.eligible_company(a) && (possessive || opener && after_comma) {
                        return (Some(c), None);
                    }
                    k = b;
                } else {
                    k += 1;
                }
            }
        }
        if let Some(c) = self.source_company(s, anchor) {
            return (Some(c), None);
        }
        // "The Senate passed a $1.2 trillion spending bill": a subject of its own that
        // is no company takes no topic from earlier sentences.
        if back.is_none() && self.proper_subject(s) {
            return (None, None);
        }
        // "Hospital billings rose 6% last year, the government said": the speaker's
        // figure, not that of a company named earlier.
        if back.is_none() && self.credited_to_other(s) {
            return (None, None);
        }
        // "Kestrel Re said premiums rose 14%": a paragraph that opens with a name the
        // company pass did not find is about that name, not an earlier topic.
        if self.unknown_name_opens(si, sentences) {
            return (None, None);
        }
        // The topic of the closest earlier sentence, in this paragraph or the two before:
        // wire copy runs one or two sentences to a paragraph.
        let para = s.para;
        // At most 20 sentences back, so a long paragraph cannot make this quadratic.
        for j in (si.saturating_sub(20)..si).rev() {
            if sentences[j].para + 2 < para {
                break;
            }
            if let Some(c) = self.topic(j, sentences) {
                *company_word = back;
                return (Some(c), None);
            }
            // "… The reinsurer's combined ratio was 86.9%": the reference is to the
            // unknown name that opened the paragraph, so no earlier topic is reached.
            if self.unknown_name_opens(j, sentences) {
                return (None, None);
            }
        }
        // "The company" with no topic in reach: the company the document is about,
        // the first one its opening sentences name (a press release's issuer).
        if back.is_some() {
            if let Some(c) =
                (0..si.min(DOCUMENT_TOPIC_SENTENCES)).find_map(|j| self.topic(j, sentences))
            {
                *company_word = back;
                return (Some(c), None);
            }
        }
        (None, back)
    }

    fn nearest_period(
        &self,
        s: &Sentence,
        figs: &[(usize, usize)],
        hit: Option<Hit>,
    ) -> Option<usize> {
        let mut clauses_before = ClauseCounter::new(self.t, s.start);
        // A draft has at most a value and a change, plus its metric: three anchors.
        let mut buf_anchors = [(0, 0); 3];
        let mut n = 0;
        for &f in figs
            .iter()
            .take(2)
            .chain(hit.map(|h| (h.start, h.end)).iter())
        {
            buf_anchors[n] = f;
            n += 1;
        }
        let anchors = &buf_anchors[..n];
        // The clause of each anchor, and whether the sentence opens with a phrase that
        // dates it ("In the June quarter, …"): needed only once a usable period turns
        // up, and most sentences have none.
        let mut context: Option<([usize; 3], bool)> = None;
        let sentence_context = |clauses_before: &mut ClauseCounter<'_, '_>| {
            let mut clauses = [0; 3];
            for (c, &(a, _)) in clauses.iter_mut().zip(anchors) {
                *c = clauses_before.at(a);
            }
            let mut buf = [0u8; 24];
            let opening = matches!(
                self.lower_bytes(s.start, &mut buf),
                b"in"
                    | b"during"
                    | b"for"
                    | b"on"
                    | b"at"
                    | b"earlier"
                    | b"last"
                    | b"this"
                    | b"by"
                    | b"over"
                    | b"through"
                    | b"since"
                    | b"after"
                    | b"before"
                    | b"so"
                    | b"as"
            ) || self.period_at(s.start).is_some();
            (clauses, opening)
        };
        let mut best: Option<(usize, usize)> = None;
        let mut k = s.start;
        let end = s.end.min(self.slots.len());
        // Periods are entities: free tokens are skipped in a tight loop.
        while let Some(skip) = self
            .slots
            .get(k..end)
            .and_then(|rest| rest.iter().position(|x| x.is_entity()))
        {
            k += skip;
            let Some(p) = self.period_at(k) else {
                k += 1;
                continue;
            };
            let (a, b) = self.extent(k);
            k = b;
            if !self.usable_period(p, a, b) {
                continue;
            }
            let (clauses, opening) =
                *context.get_or_insert_with(|| sentence_context(&mut clauses_before));
            let clauses = clauses.get(..n).unwrap_or_default();
            let c = clauses_before.at(a);
            let dist = anchors
                .iter()
                .map(|&(x, y)| if b <= x { x - b } else { a.saturating_sub(y) })
                .min()
                .unwrap_or(usize::MAX);
            // Near a figure across a comma only as a term before it ("a three-year, $53
            // billion plan"), not as the end of another clause ("…, which hit a record
            // last month, rose 4%").
            let near = dist <= 3
                && (self.is_duration(p)
                    || !anchors.iter().any(|&(x, _)| {
                        (b..x).any(|k| self.t.get(k).is_some_and(|t| clause_mark(t.kind)))
                    }));
            let ok = clauses.contains(&c) || (c == 0 && opening) || near;
            // "raised its dividend by 5% and said it would buy back $2 billion of stock
            // over three years": a period after a word of forecasting that follows all
            // the figures dates the plan, not them.
            let last = anchors.iter().map(|&(_, y)| y).max().unwrap_or(a);
            let planned = || a >= last && self.plan_after(last, a);
            if ok && !matches!(best, Some((d, _)) if d <= dist) && !planned() {
                best = Some((dist, p));
            }
        }
        best.map(|(_, p)| p)
    }

    /// The period of the heading that a list item belongs to: "Third Quarter 2025
    /// Highlights:" over "- Revenue of $182.4 million, up 24%". Sentence `si` must open
    /// with a bullet; the heading is the nearest earlier line of its paragraph that is
    /// not a bullet item, ends with a colon or is a short line without figures ending
    /// in a word, and holds a usable period (its last).
    fn list_heading_period(&self, si: usize, sentences: &[Sentence]) -> Option<usize> {
        let is_item = |s: &Sentence| {
            self.t
                .get(s.start)
                .is_some_and(|x| x.newline_before || s.start == 0)
                && matches!(
                    self.t.get(s.start).map(|x| x.kind),
                    Some(TokKind::Sym('-' | '•' | '*' | '–' | '·'))
                )
        };
        let s = sentences.get(si)?;
        if !is_item(s) {
            return None;
        }
        // At most 30 items back, so a long list cannot make this quadratic.
        for j in (si.saturating_sub(30)..si).rev() {
            let h = sentences.get(j)?;
            if h.para != s.para {
                return None;
            }
            if is_item(h) {
                continue;
            }
            // A heading ends with a colon, or is a short line of words and periods
            // only ("Third Quarter 2025 Financial Highlights").
            let last = h.end.checked_sub(1)?;
            let bare_heading = h.end - h.start <= 10
                && self.t.is_word(last)
                && (h.start..h.end).all(|k| self.figure_at(k).is_none());
            if !self.t.is_sym(last, ':') && !bare_heading {
                return None;
            }
            return (h.start..h.end).rev().find_map(|k| {
                let p = self.period_at(k)?;
                let (a, b) = self.extent(k);
                (a == k && self.usable_period(p, a, b)).then_some(p)
            });
        }
        None
    }

    /// Whether period `p` starting at token `a` can date a fact: not a comparison
    /// ("from 2023", "a year earlier"), a maturity ("notes due 1992") or a dateline
    /// ("NEW YORK, March 18 - ...").
    fn usable_period(&self, p: usize, a: usize, b: usize) -> bool {
        if self.is_tenor(p, b) || self.dates_the_saying(p, a, b) {
            return false;
        }
        let mut buf = [0u8; 24];
        if a > 0
            && matches!(
                self.lower_bytes(a - 1, &mut buf),
                b"from"
                    | b"since"
                    | b"than"
                    | b"versus"
                    | b"vs"
                    | b"against"
                    | b"due"
                    | b"maturing"
            )
        {
            return false;
        }
        // The dash may follow a credit in brackets: "NEW YORK, Nov 12 (Reuters) - ".
        let dash = match self.t.get(b).map(|x| x.kind) {
            Some(TokKind::Sym('(')) => (b + 2..b + 6)
                .find(|&k| self.t.is_sym(k, ')'))
                .map_or(b, |k| k + 1),
            _ => b,
        };
        let dateline = self
            .t
            .get(dash)
            .is_some_and(|x| x.space_before && matches!(x.kind, TokKind::Sym('-' | '–' | '—')))
            && self.t.get(dash + 1).is_some_and(|x| x.space_before);
        if dateline {
            return false;
        }
        // "compared to $244.1 million in the third quarter of 2024": the comparison's.
        let lead = if a > 0 && self.t.word_is(a - 1, "the") {
            a - 1
        } else {
            a
        };
        // "11% more than in 2025": the period compared with.
        if lead >= 2
            && self.t.word_in(lead - 1, &["in", "for", "during"])
            && self.t.word_in(lead - 2, &["than", "versus", "vs"])
        {
            return false;
        }
        if lead >= 2
            && self.t.word_in(lead - 1, &["in", "for", "during"])
            && self.figure_at(lead - 2).is_some()
        {
            let fig = self.extent(lead - 2).0;
            let lead = self.lead(fig);
            // Not a bare "from": in "rose to $5 billion from $4 billion in 2024" the
            // year is the rise's.
            let bare_from = lead >= 2
                && self.t.word_is(lead - 1, "from")
                && !self.t.word_in(lead - 2, &["up", "down"]);
            if self.comparison_before(lead) && !bare_from {
                return false;
            }
        }
        // "a year earlier", "the year-ago quarter": the period compared with.
        !self.is_comparison(p)
    }

    /// Whether the period starting at token `a` dates a statement, not its figures: "AMD
    /// said earlier this month it expects revenue of $9.6 billion for the current
    /// quarter".
    ///
    /// A quarter, half or year right after the verb that qualifies the noun after it
    /// dates that noun: "said first-half EBITDA fell 23%", "said 2025 revenue would rise".
    fn dates_the_saying(&self, p: usize, a: usize, b: usize) -> bool {
        let mut k = a;
        if k > 0 && self.t.word_in(k - 1, &["earlier", "late", "on", "in"]) {
            k -= 1;
        }
        if !(k > 0 && self.t.word_in(k - 1, SPEECH_VERBS)) {
            return false;
        }
        let qualifies_noun = k == a
            && matches!(&self.entities[p].value, Value::Period(x) if matches!(x.grain, Grain::Quarter | Grain::Half | Grain::Year))
            && self.t.is_word(b)
            && !self.t.word_in(
                b,
                &[
                    "it", "that", "the", "its", "a", "an", "he", "she", "they", "we", "on", "in",
                ],
            );
        !qualifies_noun
    }

    fn is_duration(&self, p: usize) -> bool {
        matches!(&self.entities[p].value, Value::Period(x) if x.grain == Grain::Duration)
    }

    /// Whether period `p`, ending before token `b`, is a length that qualifies the noun
    /// after it ("five-year notes", "a 10-year contract"): a term, not the time the
    /// figure is for.
    fn is_tenor(&self, p: usize, b: usize) -> bool {
        let Value::Period(period) = &self.entities[p].value else {
            return false;
        };
        self.is_duration(p)
            && period.start.is_none()
            && self.entities[p].text.contains('-')
            && self.t.has_shape(b, token::LOWER_FIRST)
    }
}

/// Whether a metric is a result for a period (revenue, profit, margins, volumes), not
/// a price, a plan, a deal or a forecast, whose dates are their own.
fn is_result(m: Metric) -> bool {
    matches!(
        m,
        Metric::Revenue
            | Metric::Sales
            | Metric::NetIncome
            | Metric::OperatingProfit
            | Metric::Ebitda
            | Metric::Eps
            | Metric::Shipments
            | Metric::Loss
            | Metric::Other
    )
}

/// Whether a metric is an amount (money or units), whose percentages are changes,
/// not levels: not a margin or ratio (filed under other), a market share or a price.
fn is_amount(m: Metric) -> bool {
    matches!(
        m,
        Metric::Revenue
            | Metric::Sales
            | Metric::NetIncome
            | Metric::OperatingProfit
            | Metric::Ebitda
            | Metric::Eps
            | Metric::Dividend
            | Metric::Capex
            | Metric::Investment
            | Metric::Shipments
            | Metric::Loss
    )
}

fn clause_mark(k: TokKind) -> bool {
    matches!(k, TokKind::Sym(',' | ';' | ':' | '—' | '–'))
}

/// Whether word `x` opens a subordinate clause: "Shares jumped 36% on Wednesday *after*
/// the company forecast … this fiscal year" (the year is the forecast's).
fn opens_clause(x: &Token, text: &[u8]) -> bool {
    const WORDS: [&[u8]; 8] = [
        b"after",
        b"since",
        b"while",
        b"whereas",
        b"because",
        b"although",
        b"though",
        b"but",
    ];
    x.is_word()
        && (3..=8).contains(&(x.end - x.start))
        && text
            .get(x.start..x.end)
            .is_some_and(|w| WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether word `w` between a figure and a metric puts them in different clauses:
/// after the figure, any word that opens a subordinate or contrasting clause ("rose 9%
/// *after* the company raised its forecast"); before it, only a contrast ("cut its
/// forecast, *while* Delacroix rose 2.3%"), since "net income after minority interests"
/// still names the figure's metric.
/// Words that open a cause after a comma: "…, driven by a 14% increase in ad
/// impressions", "…, helped by a 5% rise in prices".
fn cause(w: &[u8]) -> bool {
    matches!(
        w,
        b"driven"
            | b"helped"
            | b"boosted"
            | b"fueled"
            | b"fuelled"
            | b"lifted"
            | b"hurt"
            | b"weighed"
            | b"dragged"
            | b"offset"
            | b"reflecting"
            | b"thanks"
            | b"due"
            | b"led"
            | b"supported"
            | b"aided"
            | b"partly"
            | b"mainly"
            | b"largely"
    )
}

fn opens_other_clause(w: &[u8], after: bool) -> bool {
    match w {
        b"while" | b"whereas" | b"but" | b"although" | b"though" => true,
        b"after" | b"since" | b"because" => after,
        _ => false,
    }
}

/// Counts the clause marks of a sentence before a token. Each count goes on from the
/// last token asked about, so asking in order reads each token once.
///
/// The commas around a restated figure ("a net loss of $5.3 billion, or $7.14 per share,
/// for the third quarter") mark no clause.
struct ClauseCounter<'a, 't> {
    t: &'a Tokens<'t>,
    start: usize,
    /// The marks before token `pos`.
    pos: usize,
    count: usize,
    /// Inside ", or <figure> …," (after its first comma).
    in_restatement: bool,
}

impl<'a, 't> ClauseCounter<'a, 't> {
    fn new(t: &'a Tokens<'t>, start: usize) -> Self {
        ClauseCounter {
            t,
            start,
            pos: start,
            count: 0,
            in_restatement: false,
        }
    }

    /// The clause marks from the sentence start up to token `i`.
    fn at(&mut self, i: usize) -> usize {
        if i < self.pos {
            self.pos = self.start;
            self.count = 0;
            self.in_restatement = false;
        }
        let upto = i.min(self.t.len()).max(self.pos);
        let text = self.t.text.as_bytes();
        for k in self.pos..upto {
            let Some(x) = self.t.get(k) else { break };
            if x.is_sym(',') && self.in_restatement {
                self.in_restatement = false;
            } else if x.is_sym(',') && self.opens_restatement(k) {
                self.in_restatement = true;
            } else if clause_mark(x.kind) || opens_clause(x, text) {
                self.count += 1;
            }
        }
        self.pos = upto;
        self.count
    }

    /// Whether the comma at `k` opens ", or $7.14 per share,".
    fn opens_restatement(&self, k: usize) -> bool {
        self.t.word_is(k + 1, "or")
            && self.t.get(k + 2).is_some_and(|x| {
                x.is_num()
                    || x.class & token::SIGN != 0
                    || matches!(x.kind, TokKind::Sym(c) if crate::currency::is_symbol_char(c))
            })
    }
}

/// How many opening sentences may name the company a document is about.
const DOCUMENT_TOPIC_SENTENCES: usize = 8;

/// The highest cost, in half words, of the words between a metric and its figure.
const MAX_COST: u32 = 8;

/// Words that cost nothing between a metric and a figure after it: "revenue rose 26%
/// year over year to ¥33.4B", "invest up to $65 billion". The fillers that may sit
/// between a verb and its figure ("by roughly", "a massive") are among them.
fn free_before(w: &[u8]) -> bool {
    qualifier::filler(w)
        || matches!(
            w,
            b"the"
                | b"of"
                | b"was"
                | b"were"
                | b"is"
                | b"are"
                | b"be"
                | b"been"
                | b"has"
                | b"have"
                | b"had"
                | b"will"
                | b"would"
                | b"could"
                | b"down"
                | b"less"
                | b"under"
                | b"year"
                | b"on"
                | b"quarter"
                | b"month"
                | b"yoy"
                | b"sequentially"
                | b"rose"
                | b"rise"
                | b"rises"
                | b"risen"
                | b"fell"
                | b"fall"
                | b"falls"
                | b"fallen"
                | b"grew"
                | b"grow"
                | b"grows"
                | b"increased"
                | b"increase"
                | b"decreased"
                | b"declined"
                | b"dropped"
                | b"jumped"
                | b"climbed"
                | b"surged"
                | b"gained"
                | b"slipped"
                | b"slid"
                | b"reached"
                | b"hit"
                | b"hitting"
                | b"totaled"
                | b"totalled"
                | b"amounted"
                | b"stood"
                | b"came"
                | b"in"
                | b"totalling"
                | b"totaling"
                | b"reaching"
                | b"accounted"
                | b"for"
                | b"decrease"
                | b"gain"
                | b"decline"
                | b"drop"
                | b"amounting"
                | b"estimated"
        )
}

/// Words that cost nothing between a figure and a metric after it: "a 59% surge in
/// server revenue", "a 20% year-over-year revenue increase", "46% of total sales".
fn free_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"of"
            | b"in"
            | b"year"
            | b"over"
            | b"on"
            | b"quarter"
            | b"month"
            | b"yoy"
            | b"annual"
            | b"annually"
            | b"surge"
            | b"jump"
            | b"rise"
            | b"increase"
            | b"gain"
            | b"growth"
            | b"climb"
            | b"boost"
            | b"drop"
            | b"decline"
            | b"fall"
            | b"decrease"
            | b"slump"
            | b"plunge"
            | b"its"
            | b"their"
            | b"the"
            | b"total"
            | b"record"
            | b"worth"
    )
}

fn price_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"jumped"
            | b"jumps"
            | b"rose"
            | b"rises"
            | b"fell"
            | b"falls"
            | b"gained"
            | b"gains"
            | b"climbed"
            | b"climbs"
            | b"soared"
            | b"soars"
            | b"surged"
            | b"surges"
            | b"dropped"
            | b"drops"
            | b"slid"
            | b"slides"
            | b"tumbled"
            | b"tumbles"
            | b"plunged"
            | b"plunges"
            | b"sank"
            | b"sinks"
            | b"rallied"
            | b"rallies"
            | b"added"
            | b"adds"
            | b"lost"
            | b"loses"
            | b"slipped"
            | b"slips"
            | b"declined"
            | b"declines"
            | b"advanced"
            | b"advances"
            | b"edged"
            | b"dipped"
            | b"dips"
            | b"popped"
            | b"spiked"
            | b"was"
            | b"is"
            | b"were"
            | b"are"
            | b"closed"
            | b"ended"
            | b"traded"
            | b"shed"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_without_sentence_ends_is_cut_into_bounded_sentences() {
        let text = "revenue rose 5% and ".repeat(200);
        let t = Tokens::new(&text);
        let slots = vec![Slot::FREE; t.len()];
        let mut out = Vec::new();
        split_sentences(&t, &slots, &mut out);
        assert!(out.len() > 1);
        assert!(out.iter().all(|s| s.end - s.start <= MAX_SENTENCE_TOKENS));
        // The pieces cover the text, in order.
        assert_eq!(out.first().map(|s| s.start), Some(0));
        assert!(out.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(out.last().map(|s| s.end), Some(t.len()));
    }

    #[test]
    fn the_first_word_filter_passes_every_first_word_and_few_others() {
        for first in index().keys() {
            let upper = first.to_ascii_uppercase();
            assert!(may_start(first) && may_start(&upper), "{first:?}");
        }
        for other in ["the", "company", "rose", "a", "Q", "quarter"] {
            assert!(!may_start(other.as_bytes()), "{other}");
        }
    }

    #[test]
    fn a_token_may_start_a_phrase_as_its_word_may() {
        let text = "R Revenue rose 5% as net sales, EBITDA and capex fell; \
                    e-commerce pretax earnings per share. Über investment: a b re";
        let t = Tokens::new(text);
        for x in &t.toks {
            let word = x.text(text).as_bytes();
            let expected = x.class == 0 && x.is_word() && may_start(word);
            assert_eq!(token_may_start(x, text.as_bytes()), expected, "{word:?}");
        }
    }

    #[test]
    fn no_metric_starts_with_a_word_of_a_lexicon_class() {
        let classed: Vec<_> = index()
            .keys()
            .filter(|w| crate::lexicon::classify(w) != 0)
            .map(|w| String::from_utf8_lossy(w))
            .collect();
        assert!(classed.is_empty(), "{classed:?}");
    }

    #[test]
    fn ticker_shape_is_one_to_five_ascii_capitals() {
        let text = "BABA F Fo ABCDEF NYSE É ÉA a aB ABCDE Ab1 X-Y META’S";
        let t = Tokens::new(text);
        for tok in &t.toks {
            let w = tok.text(text);
            let naive = tok.is_word() && w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase());
            assert_eq!(may_be_ticker(tok), naive, "{w}");
        }
    }

    #[test]
    fn slots_unpack_what_was_packed() {
        assert_eq!(Slot::FREE.cover(), Cover::Free);
        for i in [0, 1, 7, 1 << 20, (1 << 31) - 2] {
            assert_eq!(Slot::entity(i).cover(), Cover::Entity(i));
            assert_eq!(Slot::ticker(i).cover(), Cover::Ticker(i));
            assert!(Slot::entity(i).is_entity() && !Slot::ticker(i).is_entity());
            assert!(!Slot::entity(i).is_free() && !Slot::ticker(i).is_free());
            assert_ne!(Slot::entity(i), Slot::ticker(i));
        }
        assert!(Slot::FREE.is_free() && !Slot::FREE.is_entity());
        // An index past 31 bits leaves the token free rather than aliasing another.
        for i in [(1 << 31) - 1, 1 << 31, usize::MAX] {
            assert_eq!(Slot::entity(i), Slot::FREE);
            assert_eq!(Slot::ticker(i), Slot::FREE);
        }
    }

    #[test]
    fn clause_counts_match_a_recount_in_any_order() {
        let text = "In 2024, sales rose; profit, it said: fell — again, twice.";
        let t = Tokens::new(text);
        let recount = |i: usize| (1..i).filter(|&k| clause_mark(t.toks[k].kind)).count();
        let mut counter = ClauseCounter::new(&t, 1);
        for i in [3, 5, 5, 9, 2, 12, 1, 30, 7] {
            assert_eq!(counter.at(i), recount(i.min(t.len())), "{i}");
        }
    }

    fn sentences(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        let mut out = Vec::new();
        split_sentences(&t, &[], &mut out);
        out.iter()
            .map(|s| text[t.start(s.start)..t.end(s.end - 1)].to_string())
            .collect()
    }

    #[test]
    fn a_lower_case_word_of_any_script_goes_on_the_sentence() {
        assert_eq!(
            sentences("Sales rose 5 pct. über alles. Élan grew. 中国 too."),
            ["Sales rose 5 pct. über alles.", "Élan grew.", "中国 too."]
        );
    }

    #[test]
    fn splits_sentences_at_periods_and_lines() {
        assert_eq!(
            sentences("Sales rose 5% in the U.S. market. Profit fell.\nHeadline here"),
            [
                "Sales rose 5% in the U.S. market.",
                "Profit fell.",
                "Headline here"
            ]
        );
        assert_eq!(
            sentences("He said “it rose.” Then it fell."),
            ["He said “it rose.”", "Then it fell."]
        );
        // A title before a name ends no sentence; a capitalized word after "Mr" alone
        // (no period) changes nothing.
        assert_eq!(
            sentences("Sales rose, Mr. Cook said. Dr. Su agreed. Profit fell."),
            [
                "Sales rose, Mr. Cook said.",
                "Dr. Su agreed.",
                "Profit fell."
            ]
        );
    }

    #[test]
    fn metric_phrases_keep_modifiers() {
        let text = "non-PC revenue, Alibaba’s cloud revenue, a 59% surge in server revenue, \
                    the year-over-year revenue increase, net profit, profit-taking";
        let t = Tokens::new(text);
        let slots = vec![Slot::FREE; t.len()];
        let mut hits = Vec::new();
        find_metrics(&t, &slots, 0..t.len(), &mut hits);
        let got: Vec<String> = hits
            .iter()
            .map(|h| text[t.start(h.start)..t.end(h.end - 1)].to_string())
            .collect();
        assert_eq!(
            got,
            [
                "non-PC revenue",
                "cloud revenue",
                "server revenue",
                "revenue",
                "net profit"
            ]
        );
    }

    #[test]
    fn refers_back_finds_what_lowercasing_every_word_finds() {
        // The rule as first written: every word lowercased.
        let reference = |t: &Tokens<'_>, anchor: usize| {
            let mut buf = [0u8; 24];
            (0..anchor).find_map(|k| {
                let w = word(t, k, &mut buf).unwrap_or("");
                if matches!(w, "it" | "its" | "they" | "their" | "we" | "our") {
                    Some((k, k + 1))
                } else {
                    let noun = matches!(w, "company" | "group" | "bank" | "insurer");
                    (noun && k > 0 && t.word_is(k - 1, "the")).then(|| (k - 1, k + 1))
                }
            })
        };
        for text in [
            "The company said its sales rose",
            "THE GROUP and THE BANK",
            "the the bank, the. company Thé company",
            "Then they It ITS their THEIR them tie ties",
            "We said our OUR ours were weary",
            "In the insurer’s view the\ncompany",
            "Sales rose 5% at Alibaba",
        ] {
            let t = Tokens::new(text);
            let slots = vec![Slot::FREE; t.len()];
            let ctx = Ctx {
                t: &t,
                entities: &[],
                slots: &slots,
                ranges: &[],
                topics: &[],
            };
            for anchor in 0..=t.len() {
                let s = Sentence {
                    start: 0,
                    end: t.len(),
                    para: 0,
                };
                assert_eq!(
                    ctx.refers_back(&s, anchor),
                    reference(&t, anchor),
                    "{text} {anchor}"
                );
            }
        }
    }

    /// Each fact of `text` (dated 2025-11-20) as "company | metric | value | change |
    /// period", entity texts as written and "-" where a slot is empty.
    fn facts_of(text: &str) -> Vec<String> {
        let ex = crate::Extractor::builder()
            .document_date_str("2025-11-20")
            .and_then(|b| b.build())
            .unwrap_or_default();
        let d = ex.extract_document(text);
        let at = |i: Option<usize>| {
            i.and_then(|i| d.entities.get(i))
                .map_or("-".to_string(), |e| e.text.to_string())
        };
        d.facts
            .iter()
            .map(|f| {
                let metric = f.metric.map_or("-", Metric::as_str);
                let (c, v, ch, p) = (at(f.company), at(f.value), at(f.change), at(f.period));
                format!("{c} | {metric} | {v} | {ch} | {p}")
            })
            .collect()
    }

    #[test]
    fn a_company_after_a_metric_and_at_is_the_topic_of_the_next_sentence() {
        assert_eq!(
            facts_of(
                "Revenue at Dunmore Industrial Holdings increased 5.1% to $3.02 billion. \
                 Orders rose 11%."
            ),
            [
                "Dunmore Industrial Holdings | revenue | $3.02 billion | 5.1% | -",
                "Dunmore Industrial Holdings | other | - | 11% | -",
            ]
        );
        // The analysts' employer is no topic: the orders are nobody's here.
        assert_eq!(
            facts_of("Analysts at Corbin Securities Inc expect a slowdown. Orders rose 11%."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_result_takes_the_sole_reported_period_of_its_sentence() {
        assert_eq!(
            facts_of(
                "Coastal Broadband Inc lost 48,000 customers in the quarter, and service \
                 revenue declined 2.2% to $3.1 billion."
            ),
            ["Coastal Broadband Inc | revenue | $3.1 billion | 2.2% | quarter"]
        );
        // A plan's date is not the result's, nor is one of two periods.
        assert_eq!(
            facts_of(
                "Pemvale Inc will open 40 stores in 2026, aiming to cut its $120 million \
                 annual loss."
            ),
            ["Pemvale Inc | loss | $120 million | - | -"]
        );
        assert_eq!(
            facts_of(
                "Tarrow Foods Inc opened 12 stores in the first half and closed 3 in the \
                 third quarter, and sales fell 2%."
            ),
            ["Tarrow Foods Inc | sales | - | 2% | -"]
        );
    }

    #[test]
    fn a_rivals_or_the_markets_figure_set_beside_the_companys_is_left_out() {
        assert_eq!(
            facts_of(
                "Thistle Grocers Plc's like-for-like sales rose 4.2%, ahead of the 3.9% \
                 growth for the market as a whole."
            ),
            ["Thistle Grocers Plc | sales | - | 4.2% | -"]
        );
        assert_eq!(
            facts_of("Corin Brands Inc's operating margin of 9% lags peers' 14%."),
            ["Corin Brands Inc | other | 9% | - | -"]
        );
        // The company's own possessive figure stays.
        assert_eq!(
            facts_of("Corin Brands Inc said the group's operating margin was 9%."),
            ["Corin Brands Inc | other | 9% | - | -"]
        );
    }

    #[test]
    fn figures_credited_to_analysts_or_wall_street_are_theirs() {
        assert!(facts_of(
            "Wall Street expects Rellant Corp's earnings per share to fall 12% this year."
        )
        .is_empty());
        assert!(facts_of(
            "Rellant Corp's revenue is forecast to rise 6% next year, analysts at Barclays \
             estimated."
        )
        .is_empty());
        // Analysts in a clause of their own, with their own figure: the company's stays.
        assert_eq!(
            facts_of(
                "Ambrose Medical Inc expects fourth-quarter revenue of $780 million, while \
                 analysts were expecting $802 million."
            ),
            ["Ambrose Medical Inc | revenue | $780 million | - | fourth-quarter"]
        );
        // A company named after a street is no analyst.
        assert_eq!(
            facts_of("State Street Corp said it would buy back $5 billion of its shares."),
            ["State Street Corp | other | $5 billion | - | -"]
        );
    }

    #[test]
    fn a_paragraph_opened_by_an_unknown_name_takes_no_earlier_topic() {
        let text = "Pellam Corp said revenue rose 5% to $2 billion in the third quarter.\n\n\
                    Kestrel Re said gross premiums written grew 14% to $2.3 billion. The \
                    reinsurer's combined ratio was 86.9%.\n\n\
                    Tessin Semiconductor's market value fell below $100 billion. Its shares \
                    fell 11%.";
        let facts = facts_of(text);
        assert_eq!(
            facts[0],
            "Pellam Corp | revenue | $2 billion | 5% | third quarter"
        );
        // Whatever the company pass makes of the unknown names, Pellam gets none of
        // their figures.
        assert!(
            facts.iter().skip(1).all(|f| !f.starts_with("Pellam")),
            "{facts:?}"
        );
        // A person with a title or a given name, or a surname alone, speaks for the
        // earlier company.
        for opener in [
            "Chief Executive Dana Whitt said",
            "Whitt said",
            "Sarah Whitt said",
        ] {
            let text = format!(
                "Pellam Corp said revenue rose 5% to $2 billion.\n\n\
                 {opener} the operating margin widened to 21%."
            );
            assert_eq!(
                facts_of(&text)[1],
                "Pellam Corp | other | 21% | - | -",
                "{opener}"
            );
        }
    }

    #[test]
    fn a_possessor_or_the_antecedent_of_whose_owns_the_metric() {
        assert_eq!(
            facts_of(
                "Halbrook Energy Inc's revenue rose 9%, outpacing rival Stenmark Oil Corp, \
                 whose revenue fell 3% to $1.7 billion."
            ),
            [
                "Halbrook Energy Inc | revenue | - | 9% | -",
                "Stenmark Oil Corp | revenue | $1.7 billion | 3% | -",
            ]
        );
        assert_eq!(
            facts_of(
                "Phone shipments rose 2% in the third quarter, according to research firm \
                 Canalys, with Apple Inc's shipments up 4%."
            ),
            ["Apple Inc | shipments | - | 4% | third quarter"]
        );
        assert_eq!(
            facts_of("Orlan Inc's sales rose 6%, while sales at rival Pellam Corp fell 2%."),
            [
                "Orlan Inc | sales | - | 6% | -",
                "Pellam Corp | sales | - | 2% | -"
            ]
        );
        // A data source's possessive is no owner: the subject keeps the figure.
        assert_eq!(
            facts_of("Orlan Inc's sales rose 6%, according to Pellam Corp's figures."),
            ["Orlan Inc | sales | - | 6% | -"]
        );
    }

    #[test]
    fn software_landlord_insurer_exchange_and_producer_measures_have_metrics() {
        assert_eq!(
            facts_of(
                "Veltrix Software said billings rose 18% to $412 million in the second \
                 quarter. Its net revenue retention rate was about 120%."
            ),
            [
                "Veltrix Software | other | $412 million | 18% | second quarter",
                "Veltrix Software | other | 120% | - | second quarter",
            ]
        );
        assert_eq!(
            facts_of("Hollis Insurance Group said net premiums earned rose 9% to $3.1 billion."),
            ["Hollis Insurance Group | revenue | $3.1 billion | 9% | -"]
        );
        assert_eq!(
            facts_of("Castellan Trust Inc said its occupancy rate rose to 97.2%."),
            ["Castellan Trust Inc | other | 97.2% | - | -"]
        );
        assert_eq!(
            facts_of("Ridgeback Resources said its average realized price fell 18% to $2.41."),
            ["Ridgeback Resources | other | $2.41 | 18% | -"]
        );
        assert_eq!(
            facts_of("Altamira Exchange Inc said trading volume jumped 62% to $1.1 trillion."),
            ["Altamira Exchange Inc | other | $1.1 trillion | 62% | -"]
        );
        // "Net operating income" is a property's, not the operating profit.
        assert_eq!(
            facts_of("Alderwood Realty Inc said same-property net operating income rose 3.8%."),
            ["Alderwood Realty Inc | other | - | 3.8% | -"]
        );
    }

    #[test]
    fn a_change_after_an_amount_per_share_and_a_moved_percentage_to_an_amount() {
        assert_eq!(
            facts_of(
                "Realty Income reported adjusted funds from operations of $1.08 per share in \
                 the third quarter, up 2.9% from a year earlier."
            ),
            ["Realty Income | other | $1.08 | 2.9% | third quarter"]
        );
        // A money-only metric takes the moved percentage that leads to its amount ...
        assert_eq!(
            facts_of("Northgate Telecom Ltd said its net debt fell 6% to 14.2 billion euros."),
            ["Northgate Telecom Ltd | debt | 14.2 billion euros | 6% | -"]
        );
        // ... but not a coupon, which has no direction.
        assert_eq!(
            facts_of("Northgate Telecom Ltd sold $500 million of 6% notes."),
            ["Northgate Telecom Ltd | debt | $500 million | - | -"]
        );
    }

    #[test]
    fn the_drugmaker_refers_back_to_the_company_of_the_document() {
        let text = "Pellam Pharma Inc said revenue rose 5%.\n\nDemand was strong.\n\n\
                    Prices were steady.\n\nSupply was tight.\n\n";
        assert_eq!(
            facts_of(&format!(
                "{text}The drugmaker said operating profit rose 8%."
            )),
            [
                "Pellam Pharma Inc | revenue | - | 5% | -",
                "Pellam Pharma Inc | operating_profit | - | 8% | -"
            ]
        );
        // A word that names no company does not refer back.
        assert_eq!(
            facts_of(&format!(
                "{text}The exchange rate said operating profit rose 8%."
            )),
            ["Pellam Pharma Inc | revenue | - | 5% | -"]
        );
    }

    #[test]
    fn a_result_takes_the_period_of_the_sentence_before() {
        assert_eq!(
            facts_of(
                "Tencent Holdings Ltd said net profit rose 19% to 63.1 billion yuan in the \
                 third quarter. Revenue rose 15% to 192.9 billion yuan."
            ),
            [
                "Tencent Holdings Ltd | net_income | 63.1 billion yuan | 19% | third quarter",
                "Tencent Holdings Ltd | revenue | 192.9 billion yuan | 15% | third quarter",
            ]
        );
        // Not from a forecast, nor into one.
        assert_eq!(
            facts_of(
                "Avanto Semiconductor Inc expects revenue of $2.1 billion in the third \
                 quarter. Its gross margin narrowed to 45.1%."
            ),
            [
                "Avanto Semiconductor Inc | revenue | $2.1 billion | - | third quarter",
                "Avanto Semiconductor Inc | other | 45.1% | - | -",
            ]
        );
        assert_eq!(
            facts_of(
                "Avanto Semiconductor Inc said revenue rose 8% in the second quarter. It \
                 expects gross margin of 46%."
            ),
            [
                "Avanto Semiconductor Inc | revenue | - | 8% | second quarter",
                "Avanto Semiconductor Inc | other | 46% | - | -",
            ]
        );
        // Not to another company's result, nor across a paragraph.
        assert_eq!(
            facts_of(
                "Avanto Semiconductor Inc said revenue rose 8% in the second quarter. \
                 Pellam Corp's revenue fell 2%.\n\nIts margin fell to 40%."
            ),
            [
                "Avanto Semiconductor Inc | revenue | - | 8% | second quarter",
                "Pellam Corp | revenue | - | 2% | -",
                "Pellam Corp | other | 40% | - | -",
            ]
        );
    }

    #[test]
    fn a_stock_offering_is_an_issue_and_its_price_per_share_no_figure_of_it() {
        assert_eq!(
            facts_of(
                "Havelock Biotech Inc raised $600 million in a stock offering priced at $42 \
                 a share."
            ),
            ["Havelock Biotech Inc | debt | $600 million | - | -"]
        );
        // A share price is still a share price.
        assert_eq!(
            facts_of("Havelock Biotech Inc's stock rose 4% to $42 a share."),
            ["Havelock Biotech Inc | share_price | $42 | 4% | -"]
        );
        assert_eq!(
            facts_of("Orbis Payments Ltd said its take rate fell to 2.1%."),
            ["Orbis Payments Ltd | other | 2.1% | - | -"]
        );
    }

    #[test]
    fn an_amount_paid_to_buy_a_company_is_its_price() {
        assert_eq!(
            facts_of("Crawford Foods Inc said it would pay $2.4 billion to buy Pellam Brands Inc."),
            ["Crawford Foods Inc | acquisition | $2.4 billion | - | -"]
        );
        // Paid to buy back shares: a buyback, not an acquisition.
        assert_eq!(
            facts_of("Crawford Foods Inc said it would pay $400 million to buy back shares."),
            ["Crawford Foods Inc | other | $400 million | - | -"]
        );
    }

    #[test]
    fn a_figure_across_a_country_or_trade_and_the_stock_a_metric_is_in() {
        let text = "Pellam Hotels Inc said revenue rose 5%.\n\n";
        assert_eq!(
            facts_of(&format!(
                "{text}Hotel occupancy across the United States fell 1.5% in October."
            )),
            ["Pellam Hotels Inc | revenue | - | 5% | -"]
        );
        assert_eq!(
            facts_of(&format!("{text}Its occupancy fell 1.5% in October.")),
            [
                "Pellam Hotels Inc | revenue | - | 5% | -",
                "Pellam Hotels Inc | other | - | 1.5% | October"
            ]
        );
        // A buyout fund raised is no buyout.
        assert_eq!(
            facts_of(
                "Kestrel Capital Partners said it raised $4.2 billion for its latest buyout \
                 fund."
            ),
            ["Kestrel Capital Partners | investment | $4.2 billion | - | -"]
        );
        assert_eq!(
            facts_of("Kestrel Capital Partners agreed to a $4.2 billion buyout of Pellam Corp."),
            ["Kestrel Capital Partners | acquisition | $4.2 billion | - | -"]
        );
        // The stock a metric is measured in is no share price of its own.
        assert_eq!(
            facts_of("Nvidia Corp said trading volume in the stock was about $45 billion."),
            ["Nvidia Corp | other | $45 billion | - | -"]
        );
        assert_eq!(
            facts_of("Nvidia Corp said the stock rose 2% to $45."),
            ["Nvidia Corp | share_price | $45 | 2% | -"]
        );
    }

    #[test]
    fn investors_orders_for_an_issue_are_no_company_figure() {
        assert_eq!(
            facts_of(
                "Meta Platforms Inc raised $30 billion in a bond sale. The offering drew \
                 orders of more than $125 billion."
            ),
            ["Meta Platforms Inc | debt | $30 billion | - | -"]
        );
        assert_eq!(
            facts_of(
                "Pellam Corp sold $1 billion of notes. Orders for the notes topped $4 billion."
            ),
            ["Pellam Corp | debt | $1 billion | - | -"]
        );
        // The company's own orders, and its debt in another clause, stay.
        assert_eq!(
            facts_of(
                "Pellam Corp said orders rose 5% to $2 billion, and net debt fell to $1 billion."
            ),
            [
                "Pellam Corp | other | $2 billion | 5% | -",
                "Pellam Corp | debt | $1 billion | - | -"
            ]
        );
    }

    #[test]
    fn a_figure_credited_to_a_speaker_that_is_no_company_takes_no_topic() {
        let text = "Pellam Corp said revenue rose 4% to $2.1 billion.\n\n";
        assert_eq!(
            facts_of(&format!(
                "{text}Hospital billings to Medicare rose 6% last year, the government said."
            )),
            ["Pellam Corp | revenue | $2.1 billion | 4% | -"]
        );
        // The company, or a descriptor of it, speaking refers back.
        for credit in ["the company said", "the landlord said"] {
            assert_eq!(
                facts_of(&format!(
                    "{text}Office occupancy rose to 91% from 86%, {credit}."
                )),
                [
                    "Pellam Corp | revenue | $2.1 billion | 4% | -",
                    "Pellam Corp | other | 91% | - | -"
                ],
                "{credit}"
            );
        }
    }

    #[test]
    fn projects_after_a_preposition_are_no_forecast() {
        assert_eq!(
            facts_of("Tolland Energy Inc will spend $2.4 billion on capital projects in 2026."),
            ["Tolland Energy Inc | investment | $2.4 billion | - | 2026"]
        );
        // A forecasting verb after the figure still dates the plan, not the figure.
        assert_eq!(
            facts_of(
                "Tolland Energy Inc raised its dividend 5% and said it projects output \
                 growth over three years."
            ),
            ["Tolland Energy Inc | dividend | - | 5% | -"]
        );
    }

    #[test]
    fn settlements_and_fines_are_figures_of_their_own() {
        assert_eq!(
            facts_of(
                "Gresham Capital Inc agreed to pay $1.1 billion to settle a lawsuit over its \
                 mortgage bonds."
            ),
            ["Gresham Capital Inc | other | $1.1 billion | - | -"]
        );
        assert_eq!(
            facts_of("Meta was fined 797 million euros by the European Commission."),
            ["Meta | other | 797 million euros | - | -"]
        );
        assert_eq!(
            facts_of("Alphabet was ordered to pay $425 million by a jury in San Francisco."),
            ["Alphabet | other | $425 million | - | -"]
        );
        // A paid price is still an acquisition, and futures that settle at a price are
        // no company's settlement.
        assert_eq!(
            facts_of("Gresham Capital Inc will pay $850 million for a 25% stake in Orlan Inc."),
            [
                "Gresham Capital Inc | acquisition | $850 million | - | -",
                "Gresham Capital Inc | acquisition | 25% | - | -"
            ]
        );
        assert_eq!(
            facts_of("Pemberton Energy Inc said Brent crude futures settled at $65.10 a barrel."),
            Vec::<String>::new()
        );
        // Settling notes is no settlement: the amount is the notes'.
        assert_eq!(
            facts_of(
                "Pellam Corp said it would settle the $500 million of convertible notes in \
                 cash."
            ),
            ["Pellam Corp | debt | $500 million | - | -"]
        );
        // A settlement's sum, not a price per unit.
        assert_eq!(
            facts_of("Pemberton Energy Inc said the settlement price was $65.10 a barrel."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_amount_taken_off_or_added_to_a_metric_is_its_change() {
        assert_eq!(
            facts_of(
                "Tesla shares fell 7.3%, wiping about $100 billion off the electric-car \
                 maker's market value."
            ),
            [
                "Tesla | share_price | - | 7.3% | -",
                "Tesla | market_value | - | $100 billion | -"
            ]
        );
        assert_eq!(
            facts_of("Oracle shares soared 36%, adding $244 billion to its market value."),
            [
                "Oracle | share_price | - | 36% | -",
                "Oracle | market_value | - | $244 billion | -"
            ]
        );
        // An amount reached, not added: a level.
        assert_eq!(
            facts_of("Oracle shares soared 36%, lifting its market value to $900 billion."),
            [
                "Oracle | share_price | - | 36% | -",
                "Oracle | market_value | $900 billion | - | -"
            ]
        );
        // Review rv2: taken off no metric the text names, the amount is no change of the
        // shares that moved before it.
        assert_eq!(
            facts_of(
                "Korvane Corp shares fell 7%, wiping $100 billion off the value of rival \
                 Belmont Inc."
            ),
            ["Korvane Corp | share_price | - | 7% | -"]
        );
    }

    #[test]
    fn ratios_premiums_buybacks_and_bids_have_metrics() {
        assert_eq!(
            facts_of("Whitcombe Bank Inc said its efficiency ratio improved to 58%."),
            ["Whitcombe Bank Inc | other | 58% | - | -"]
        );
        assert_eq!(
            facts_of(
                "Ridley Insurance Group said gross written premiums grew 8% to 12.3 billion euros."
            ),
            ["Ridley Insurance Group | revenue | 12.3 billion euros | 8% | -"]
        );
        assert_eq!(
            facts_of("Ostrava Logistics Inc repurchased $50 million of its shares."),
            ["Ostrava Logistics Inc | other | $50 million | - | -"]
        );
        assert_eq!(
            facts_of("Crowther Inc has offered $31 a share for Pennick Corp."),
            ["Crowther Inc | acquisition | $31 | - | -"]
        );
        // An offer of notes is no bid, and a ratio takes no amount.
        assert_eq!(
            facts_of("Crowther Inc offered $500 million of notes due 2030."),
            ["Crowther Inc | debt | $500 million | - | -"]
        );
        assert!(
            facts_of("Crowther Inc's ratio of debt was cut by $2 billion.")
                .iter()
                .all(|f| !f.contains("| other |"))
        );
    }

    #[test]
    fn a_percentage_after_a_change_of_an_amount_is_the_top_of_its_range() {
        assert_eq!(
            facts_of("Pendle Brewing Co now sees volumes falling 2% to 3% in 2025."),
            ["Pendle Brewing Co | shipments | - | 2% | 2025"]
        );
        // A margin has a level in percent; a share of a total is a level too.
        assert_eq!(
            facts_of("Pendle Brewing Co's operating margin rose 2% to 14%."),
            ["Pendle Brewing Co | other | 14% | 2% | -"]
        );
    }

    #[test]
    fn a_period_after_a_word_of_forecasting_dates_the_plan_not_the_figures() {
        assert_eq!(
            facts_of(
                "Kelston Foods Inc raised its dividend by 5% to $1.68 per share and said it \
                 would buy back stock over three years."
            ),
            ["Kelston Foods Inc | dividend | $1.68 | 5% | -"]
        );
        // Nothing forecast between: the period is the figures'.
        assert_eq!(
            facts_of("Kelston Foods Inc raised its dividend by 5% to $1.68 per share in 2025."),
            ["Kelston Foods Inc | dividend | $1.68 | 5% | 2025"]
        );
    }

    #[test]
    fn a_company_after_to_is_a_customer_not_the_subject() {
        assert_eq!(
            facts_of(
                "Emberton Inc will supply batteries to Quayside Motors Inc under a $2.5 \
                 billion contract."
            ),
            ["Emberton Inc | other | $2.5 billion | - | -"]
        );
        // The subject before "to" is unchanged where the company comes first.
        assert_eq!(
            facts_of("Shares of Quayside Motors Inc rose 5% to $20."),
            ["Quayside Motors Inc | share_price | $20 | 5% | -"]
        );
    }

    #[test]
    fn a_figure_in_a_cause_reaches_no_metric_past_it() {
        assert_eq!(
            facts_of(
                "Unilever Plc's underlying sales rose 3.9%, driven by volume growth of 1.5%, \
                 and turnover was 14.7 billion euros."
            ),
            [
                "Unilever Plc | sales | - | 3.9% | -",
                "Unilever Plc | revenue | 14.7 billion euros | - | -"
            ]
        );
        // Figures outside the cause keep their metrics.
        assert_eq!(
            facts_of(
                "Zarvex Inc's revenue rose 3.9%, driven by cloud demand, and net profit \
                 rose 5%."
            ),
            [
                "Zarvex Inc | revenue | - | 3.9% | -",
                "Zarvex Inc | net_income | - | 5% | -"
            ]
        );
    }

    #[test]
    fn listed_movers_move_and_a_company_after_at_does_not() {
        assert_eq!(
            facts_of(
                "The Nasdaq rose 1.2%, with Bryce Semiconductor Inc up 6.3% and Zarvex Inc \
                 down 2%."
            ),
            [
                "Bryce Semiconductor Inc | share_price | - | 6.3% | -",
                "Zarvex Inc | share_price | - | 2% | -"
            ]
        );
        // A noun the company owns moved, not its price.
        assert!(facts_of("Costs at Zarvex Inc rose 4% in the quarter.").is_empty());
        // "up" after a company inside a clause is no listing.
        assert!(
            facts_of("Zarvex Inc said orders from Pellam Corp were up 4%.")
                .iter()
                .all(|f| !f.contains("share_price"))
        );
    }

    #[test]
    fn the_company_at_which_a_product_sells_owns_its_sales() {
        assert_eq!(
            facts_of("Sales of electric vehicles at Marden Motors Inc rose 45% in the quarter."),
            ["Marden Motors Inc | sales | - | 45% | quarter"]
        );
        // A time after "at" is no company: nothing to own the sales.
        assert!(facts_of("Sales of electric vehicles at year end rose 45%.").is_empty());
    }

    #[test]
    fn empty_and_odd_inputs() {
        let t = Tokens::new("");
        assert!(find(&t, &[]).is_empty());
        for text in [".", "revenue", "\n\n.\n", "revenue 5%", "’s"] {
            let t = Tokens::new(text);
            let _ = find(&t, &[]);
        }
    }
}
