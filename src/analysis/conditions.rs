//! Conditions of the job: salary, contract, working time, telework, benefits, place of work.
//!
//! Amounts are read in European formats (`42.012`, `3 200`, `€3,200 – €3,600`,
//! `EUR 42.012 – 44.568 per annum`, `3.200,50`). The pay period is given only when the text
//! states it: a figure without "per month" or "per annum" keeps `period: null`.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::lexicon::{Hit, Scanned, Words};
use super::pattern::{captures_in, digit, line_pattern, pattern, Captures, LinePattern, Regex};
use super::postings::Posting;
use super::sections::{SectionKind, Sections};
use super::text::{joined, line_around, sentence_around, sentences_at, Doc};
use super::Evidence;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Conditions {
    pub salary: Option<Salary>,
    pub contract: Option<Contract>,
    pub working_time: Option<WorkingTime>,
    pub remote: Option<Remote>,
    pub benefits: Vec<Benefit>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Salary {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: String,
    pub period: Option<PayPeriod>,
    /// `true` gross, `false` net, `null` when the text does not say.
    pub gross: Option<bool>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    Year,
    Month,
    Hour,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContractType {
    FixedTerm,
    OpenEnded,
    Traineeship,
    Freelance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Contract {
    #[serde(rename = "type")]
    pub kind: Option<ContractType>,
    pub duration_months: Option<u32>,
    pub evidence: Evidence,
}

/// An inclusive range; equal ends for a single figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct WorkingTime {
    pub full_time: Option<bool>,
    pub hours_per_week: Option<Range>,
    pub percent: Option<Range>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Remote {
    pub summary: String,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Benefit {
    pub text: String,
    pub evidence: Evidence,
}

impl Salary {
    /// "EUR 3200–3600 per month, gross"; says so when the period is not stated.
    pub fn describe(&self) -> String {
        let amount = match (self.min, self.max) {
            (Some(a), Some(b)) if a != b => {
                format!("{} {}–{}", self.currency, number(a), number(b))
            }
            (Some(a), Some(_)) => format!("{} {}", self.currency, number(a)),
            (Some(a), None) => format!("from {} {}", self.currency, number(a)),
            (None, Some(b)) => format!("up to {} {}", self.currency, number(b)),
            (None, None) => self.currency.clone(),
        };
        let period = match self.period {
            Some(PayPeriod::Year) => " per year",
            Some(PayPeriod::Month) => " per month",
            Some(PayPeriod::Hour) => " per hour",
            None => " (period not stated)",
        };
        let gross = match self.gross {
            Some(true) => ", gross",
            Some(false) => ", net",
            None => "",
        };
        format!("{amount}{period}{gross}")
    }
}

impl Contract {
    /// "Fixed-term contract, 12 months".
    pub fn describe(&self) -> String {
        let kind = match self.kind {
            Some(ContractType::FixedTerm) => "Fixed-term contract",
            Some(ContractType::OpenEnded) => "Open-ended contract",
            Some(ContractType::Traineeship) => "Traineeship",
            Some(ContractType::Freelance) => "Freelance contract",
            None => "Contract",
        };
        match self.duration_months {
            Some(m) => format!("{kind}, {m} months"),
            None => kind.to_string(),
        }
    }
}

impl Range {
    /// "20–30", or "38" when both ends are equal.
    pub fn describe(&self) -> String {
        if self.min == self.max {
            number(self.min)
        } else {
            format!("{}–{}", number(self.min), number(self.max))
        }
    }
}

/// An amount as people write it: `3500`, `37.5`, `1234.56`. The amounts found have at most two
/// decimals, so integer arithmetic prints them as `f64`'s `Display` would, without linking
/// core's float formatting into the wasm (9 KB before wasm-opt).
pub fn number(x: f64) -> String {
    let whole = x.abs().trunc();
    let cents = ((x.abs() - whole) * 100.0).round() as u64;
    // 0.999 rounds up to the next whole number.
    let (whole, cents) = (whole as u64 + cents / 100, cents % 100);
    let sign = if x < 0.0 && whole + cents > 0 {
        "-"
    } else {
        ""
    };
    match cents {
        0 => format!("{sign}{whole}"),
        c if c % 10 == 0 => format!("{sign}{whole}.{}", c / 10),
        c => format!("{sign}{whole}.{c:02}"),
    }
}

impl WorkingTime {
    /// "Part time, 20–30 h/week, 50–75 %".
    pub fn describe(&self) -> String {
        let mut text = match self.full_time {
            Some(true) => "Full time".to_string(),
            Some(false) => "Part time".to_string(),
            None => "Working time stated".to_string(),
        };
        if let Some(h) = self.hours_per_week {
            text.push_str(&format!(", {} h/week", h.describe()));
        }
        if let Some(p) = self.percent {
            text.push_str(&format!(", {} %", p.describe()));
        }
        text
    }
}

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Conditions)
}

struct Patterns {
    money: Regex,
    duration: Regex,
    hours: LinePattern,
    percent: LinePattern,
}

const AMOUNT: &str = r"\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?";
// Longest first: "eur" must not stop short of "euro".
const CURRENCY: &str = r"euros?|eur|€|chf|£|gbp";

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let build = pattern;
        Patterns {
            money: build(&format!(
                r"(?:(?P<c1>{CURRENCY})\s?)?(?P<a>{AMOUNT})(?P<k1>k)?(?:,-)?(?:\s?(?P<c2>{CURRENCY}))?(?:\s?(?:-|–|to|à|tot|bis|and|en|et|und|or|ou|of|oder)\s?(?:max(?:imum)?\.?\s?)?(?:(?P<c3>{CURRENCY})\s?)?(?P<b>{AMOUNT})(?P<k2>k)?(?:,-)?(?:\s?(?P<c4>{CURRENCY}))?)?"
            )),
            duration: build(
                r"(?P<n>\d{1,2}|one|two|three|four|five|six|twelve|un|une|deux|trois|quatre|six|douze|een|één|twee|drie|vier|zes|twaalf|ein|eine|einen|zwei|drei|vier|sechs|zwölf)[\s-](?P<unit>years?'?s?|months?|mois|ans?|années?|jaar|jaren|maanden|maand|jahre?n?|monate?n?)\b",
            ),
            hours: line_pattern(
                r"(?P<a>\d{1,2}(?:[.,]\d)?)(?:\s?(?:-|to|à|tot|bis)\s?(?P<b>\d{1,2}(?:[.,]\d)?))?\s?(?:h|hrs|hours|heures|uur|u|stunden|std\.?)\s?(?:/|per|par|a|pro|an|in der)\s?(?:week|semaine|sem|woche)",
            ),
            percent: line_pattern(r"(?P<a>\d{2,3})\s?%?\s?(?:(?:-|to|à|tot|bis)\s?(?P<b>\d{2,3})\s?)?%|\b(?P<frac>[34])/5\b"),
        }
    })
}

/// A number written the European or the English way: `42.012`, `3 200`, `3,200`, `3.200,50`.
pub fn parse_amount(written: &str) -> Option<f64> {
    let s: String = written
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '\u{a0}'))
        .collect();
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let normal = match (dots, commas) {
        (0, 0) => s,
        (d, c) if d > 0 && c > 0 => {
            let decimal = if s.rfind('.') > s.rfind(',') {
                '.'
            } else {
                ','
            };
            let thousands = if decimal == '.' { ',' } else { '.' };
            s.replace(thousands, "").replace(decimal, ".")
        }
        _ => {
            let sep = if dots > 0 { '.' } else { ',' };
            let after = s.rsplit(sep).next().unwrap_or("");
            if dots + commas > 1 || after.len() == 3 {
                s.replace(sep, "")
            } else {
                s.replace(sep, ".")
            }
        }
    };
    decimal(&normal)
}

/// `3200`, `2.5`: ASCII digits with at most one decimal point, as the patterns capture them.
/// Not `str::parse::<f64>`, whose general algorithm and tables cost 7 KB gzip of wasm: with at
/// most 15 digits the digits and the power of ten are exact in an f64, so the one division is
/// correctly rounded and the result the same.
fn decimal(written: &str) -> Option<f64> {
    let (whole, fraction) = written.split_once('.').unwrap_or((written, ""));
    if !(1..=15).contains(&(whole.len() + fraction.len())) {
        return None;
    }
    let mut mantissa = 0u64;
    for b in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa * 10 + u64::from(b.is_ascii_digit().then(|| b - b'0')?);
    }
    Some(mantissa as f64 / 10f64.powi(fraction.len() as i32))
}

pub fn extract(doc: &Doc, posting: &Posting, sections: &Sections) -> Conditions {
    // One pass of the cue words serves every condition.
    let hits = cues(doc).find_in(posting.start, posting.end);
    Conditions {
        salary: salary(doc, posting, &hits),
        contract: contract(doc, posting, &hits),
        working_time: working_time(doc, posting, &hits),
        remote: remote(doc, &hits),
        benefits: benefits(doc, sections, &hits),
    }
}

/// A period written as a unit right after an amount whose match ends at `end`: "15 €/h", "€12/h",
/// "12€/Stunde", "1 200 € / mois", "3.000 EUR/Monat". The units are data (`unit.*`).
fn period_as_unit(text: &str, end: usize) -> Option<PayPeriod> {
    // The money pattern's match ends after a currency written after the amount.
    let rest = &text[end..text.floor_char_boundary(end + 24)];
    let unit = rest.trim_start().strip_prefix('/')?.trim_start();
    let word = unit.split(|c: char| !c.is_alphanumeric()).next()?;
    let hit = Words::Conditions.lexicon().find(word).into_iter().next()?;
    if hit.start != 0 || hit.end != word.len() {
        return None;
    }
    match hit.tag {
        "unit.hour" => Some(PayPeriod::Hour),
        "unit.month" => Some(PayPeriod::Month),
        "unit.year" => Some(PayPeriod::Year),
        _ => None,
    }
}

fn salary(doc: &Doc, posting: &Posting, hits: &[Hit]) -> Option<Salary> {
    let text = &doc.folded;
    let lex = cues(doc);
    // Only sentences that speak of pay or money are searched for amounts.
    let pay_word = |tag: &str| {
        matches!(tag, "salary" | "gross" | "net")
            || tag.starts_with("currency.")
            || tag.starts_with("period.")
    };
    let sentences = sentences_at(
        text,
        hits.iter()
            .filter(|h| pay_word(h.tag))
            .map(|h| h.start)
            .chain(
                text[posting.start..posting.end]
                    .match_indices(['€', '£'])
                    .map(|(i, _)| posting.start + i),
            ),
    );
    let ranges = joined(&sentences);
    let amounts = captures_in(&patterns().money, text, ranges.into_iter());
    let mut best: Option<(u8, Salary)> = None;
    for c in amounts {
        let m = c.get(0).expect("whole match");
        let (start, end) = (m.start(), m.end());
        if text[..start].ends_with(|ch: char| ch.is_alphanumeric())
            || text[end..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            continue;
        }
        let (s, e) = sentence_around(text, start);
        let tags = lex.tags_in(s, e);
        let currency = ["c1", "c2", "c3", "c4"]
            .iter()
            .find_map(|n| c.name(n))
            .map(|m| m.as_str());
        let about_pay = tags.contains(&"salary");
        // What the amount is, by the words right at it: "meal vouchers worth €8" and "€90 per
        // month of teleworking allowance" are no pay, "salaire net … 2130€ (… chèques repas
        // compris)" is; "Entgeltgruppe 11" is a scale.
        // After the amount, its own words only: up to an aside in brackets or the next item
        // of a list ("1 200 € brut et des titres-repas").
        let after = text.floor_char_boundary((end + 40).min(e));
        let after = ["(", ",", " et ", " and ", " en ", " und ", " plus "]
            .iter()
            .filter_map(|cut| text[end..after].find(cut))
            .min()
            .map_or(after, |i| end + i);
        let at_amount = lex.find_in(
            text.ceil_char_boundary(start.saturating_sub(40).max(s)),
            after,
        );
        // The word right before the amount (its currency sign is part of the match): a
        // scale's code ("Entgeltgruppe 11") or a bound ("à partir de 2000 euros").
        let word_before = at_amount
            .iter()
            .filter(|h| h.end <= start && text[h.end..start].trim().is_empty())
            .map(|h| h.tag)
            .next_back();
        let not_pay = at_amount
            .iter()
            .any(|h| matches!(h.tag, "not_salary" | "benefit"));
        if not_pay || word_before == Some("pay_scale") || (currency.is_none() && !about_pay) {
            continue;
        }
        let scaled = |amount: &str, k: &str| {
            parse_amount(amount).map(|v| {
                if c.name(k).is_some() {
                    (v * 1000.0).round()
                } else {
                    v
                }
            })
        };
        let min = scaled(c.name("a").map_or("", |m| m.as_str()), "k1");
        let max = c.name("b").and_then(|b| scaled(b.as_str(), "k2")).or(min);
        if min.is_none_or(|v| v < 5.0) {
            continue;
        }
        // One amount after "from" is a lower bound only, after "up to" an upper bound only.
        let (min, max) = match (c.name("b"), word_before) {
            (None, Some("bound.lower")) => (min, None),
            (None, Some("bound.upper")) => (None, min),
            _ => (min, max),
        };
        // The words at the amount: its sentence, from a little before it ("la rémunération
        // mensuelle brute liée à cette fonction est de 2 203,95 €").
        let window = lex.find_in(start.saturating_sub(100).max(s), e);
        let window_tags: Vec<&str> = window.iter().map(|h| h.tag).collect();
        let period = if window_tags.contains(&"period.year") {
            Some(PayPeriod::Year)
        } else if window_tags.contains(&"period.month") {
            Some(PayPeriod::Month)
        } else if window_tags.contains(&"period.hour") {
            Some(PayPeriod::Hour)
        } else {
            period_as_unit(text, end)
        };
        let gross = if tags.contains(&"gross") {
            Some(true)
        } else if tags.contains(&"net") {
            Some(false)
        } else {
            None
        };
        let score = u8::from(about_pay) * 2
            + u8::from(c.name("b").is_some())
            + u8::from(currency.is_some())
            + u8::from(period.is_some());
        // The sign at the amount, else a currency named in the sentence ("Swiss Francs").
        let code = match currency {
            Some("chf") => "CHF",
            Some("£" | "gbp") => "GBP",
            Some(_) => "EUR",
            None if tags.contains(&"currency.CHF") => "CHF",
            None if tags.contains(&"currency.GBP") => "GBP",
            None => "EUR",
        };
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((
                score,
                Salary {
                    min,
                    max,
                    currency: code.to_string(),
                    period,
                    gross,
                    evidence: doc.evidence(start, end),
                },
            ));
        }
    }
    best.map(|(_, s)| s)
}

fn number_word(n: &str) -> Option<u32> {
    Some(match n {
        "one" | "un" | "une" | "een" | "één" | "ein" | "eine" | "einen" => 1,
        "two" | "deux" | "twee" | "zwei" => 2,
        "three" | "trois" | "drie" | "drei" => 3,
        "four" | "quatre" | "vier" => 4,
        "five" => 5,
        "six" | "zes" | "sechs" => 6,
        "twelve" | "douze" | "twaalf" | "zwölf" => 12,
        digits => digits.parse().ok()?,
    })
}

/// Months of a duration like "3 years", "one-year", "12 mois" in a range, if one is there
/// and is not "years of experience".
fn duration_in(text: &str, from: usize, to: usize) -> Option<(u32, usize, usize)> {
    patterns()
        .duration
        .captures_iter(&text[from..to])
        .find_map(|c: Captures| {
            let m = c.get(0)?;
            let after = text[from + m.end()..to].trim_start();
            let experience = [
                "of",
                "d'",
                "de",
                "ervaring",
                "erfahrung",
                "berufserfahrung",
                "relevant",
                "professional",
                "experience",
            ]
            .iter()
            .any(|w| after.starts_with(w));
            if experience {
                return None;
            }
            if text[..from + m.start()].ends_with(char::is_alphanumeric) {
                return None;
            }
            let n = number_word(c.name("n")?.as_str())?;
            let unit = c.name("unit")?.as_str();
            let months = if unit.starts_with('m') { n } else { n * 12 };
            Some((months, from + m.start(), from + m.end()))
        })
}

/// The contract: an explicit fixed-term or open-ended phrase first; else a duration stated
/// about the job ("for 1 year", "one-year contract"), typed by a traineeship or freelance word
/// in the same sentence; else such a word in the title or next to "contract"/"position".
fn contract(doc: &Doc, posting: &Posting, hits: &[Hit]) -> Option<Contract> {
    let text = &doc.folded;
    let lex = cues(doc);
    // "met uitzicht op een vast contract", "en vue d'un engagement en CDI": an open-ended
    // contract in prospect is not the one offered.
    let in_prospect = |hit: &Hit| {
        let from = text.ceil_char_boundary(hit.start.saturating_sub(40).max(posting.start));
        lex.find_in(from, hit.start)
            .last()
            .is_some_and(|p| p.tag == "contract_prospect")
    };
    // The kind a hit names, unless it is only in prospect.
    let typed = |hit: &Hit| {
        let kind = match hit.tag {
            "contract.fixed_term" => ContractType::FixedTerm,
            "contract.open_ended" => ContractType::OpenEnded,
            "contract.traineeship" => ContractType::Traineeship,
            "contract.freelance" => ContractType::Freelance,
            _ => return None,
        };
        (!in_prospect(hit)).then_some(kind)
    };
    // The contract a hit names, with the duration its sentence gives.
    let named_by = |hit: &Hit, kind: ContractType| {
        let (s, e) = sentence_around(text, hit.start);
        Contract {
            kind: Some(kind),
            duration_months: duration_in(text, s, e).map(|(m, ..)| m),
            evidence: doc.evidence(hit.start, hit.end),
        }
    };
    let is_strong =
        |kind: ContractType| matches!(kind, ContractType::FixedTerm | ContractType::OpenEnded);
    // A title that names a traineeship ("Policy Intern", "Trainee (m/w/d)", "Ausbildung zum
    // …") decides, whatever the term of its contract.
    let first_line_end = line_around(text, posting.start).1;
    let (title_start, title_end) = posting
        .title_line(doc)
        .unwrap_or((posting.start, first_line_end));
    if let Some(hit) = hits
        .iter()
        .filter(|h| h.start >= title_start && h.end <= title_end)
        .find(|h| typed(h) == Some(ContractType::Traineeship))
    {
        return Some(named_by(hit, ContractType::Traineeship));
    }
    if let Some((hit, kind)) = hits
        .iter()
        .find_map(|h| typed(h).filter(|k| is_strong(*k)).map(|k| (h, k)))
    {
        return Some(named_by(hit, kind));
    }
    let context = hits
        .iter()
        .filter(|h| h.tag == "contract_context")
        .map(|h| h.start);
    let stated = sentences_at(text, context)
        .into_iter()
        .find_map(|(s, e)| duration_in(text, s, e).map(|d| (d, s, e)));
    if let Some(((months, start, end), s, e)) = stated {
        let weak = lex.find_in(s, e).iter().find_map(typed);
        return Some(Contract {
            kind: Some(weak.unwrap_or(ContractType::FixedTerm)),
            duration_months: Some(months),
            evidence: doc.evidence(start, end),
        });
    }
    hits.iter().enumerate().find_map(|(i, h)| {
        let kind = typed(h)?;
        let near_context = hits[i.saturating_sub(2)..(i + 3).min(hits.len())]
            .iter()
            .any(|c| c.tag == "contract_context" && c.start.abs_diff(h.start) <= 40);
        (h.start < first_line_end || near_context).then(|| named_by(h, kind))
    })
}

fn range(c: &Captures) -> Option<Range> {
    let value = |n: &str| {
        c.name(n)
            .and_then(|m| decimal(&m.as_str().replace(',', ".")))
    };
    let min = value("a")?;
    Some(Range {
        min,
        max: value("b").unwrap_or(min),
    })
}

fn working_time(doc: &Doc, posting: &Posting, hits: &[Hit]) -> Option<WorkingTime> {
    let text = &doc.folded;
    let lex = cues(doc);
    // "part-time teleworking" is about telework, not the hours of the job.
    let time_hit = hits.iter().enumerate().find(|(i, h)| {
        h.tag.starts_with("time.")
            && !hits
                .get(i + 1)
                .is_some_and(|next| next.tag == "telework" && next.start.saturating_sub(h.end) <= 2)
    });
    let (from, to) = (posting.start, posting.end);
    let p = patterns();
    let hours = p.hours.captures(text, from, to, digit).find_map(|c| {
        let m = c.get(0)?;
        range(&c).map(|r| (r, m.start(), m.end()))
    });
    let shares = |t: &str| t.find(['%', '/']);
    let percent = p.percent.captures(text, from, to, shares).find_map(|c| {
        let m = c.get(0)?;
        let at = m.start();
        let (s, e) = sentence_around(text, at);
        let about_time = lex
            .tags_in(s, e)
            .iter()
            .any(|t| t.starts_with("time.") || *t == "contract_context");
        if !about_time {
            return None;
        }
        let r = match c.name("frac") {
            Some(f) => {
                let v = decimal(f.as_str())? * 20.0;
                Range { min: v, max: v }
            }
            None => range(&c)?,
        };
        (r.max <= 100.0).then_some((r, at, m.end()))
    });
    let full_time = match time_hit {
        Some((_, h)) => Some(h.tag == "time.full"),
        None => percent.map(|(r, ..)| r.max >= 100.0),
    };
    let (start, end) = time_hit
        .map(|(_, h)| (h.start, h.end))
        .or(hours.map(|(_, s, e)| (s, e)))
        .or(percent.map(|(_, s, e)| (s, e)))?;
    Some(WorkingTime {
        full_time,
        hours_per_week: hours.map(|(r, ..)| r),
        percent: percent.map(|(r, ..)| r),
        evidence: doc.evidence(start, end),
    })
}

fn remote(doc: &Doc, hits: &[Hit]) -> Option<Remote> {
    let text = &doc.folded;
    let hit = hits.iter().find(|h| h.tag == "telework")?;
    let (s, e) = sentence_around(text, hit.start);
    let sentence = doc
        .original_of(s, e)
        .trim()
        .trim_start_matches(['-', '*', '•', ' ']);
    Some(Remote {
        summary: shorten(sentence, 160),
        evidence: doc.evidence(hit.start, hit.end),
    })
}

/// Cuts a text to at most `max` chars on a word boundary, marking the cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ' ']))
}

/// Benefits named in the "We offer" part of the posting, each once.
fn benefits(doc: &Doc, sections: &Sections, hits: &[Hit]) -> Vec<Benefit> {
    let text = &doc.folded;
    let mut seen = Vec::new();
    hits.iter()
        .filter(|h| h.tag == "benefit" && sections.kind_at(h.start) == SectionKind::Offer)
        .filter_map(|h| {
            let key = text[h.start..h.end].to_string();
            (!seen.contains(&key)).then(|| {
                seen.push(key);
                let evidence = doc.evidence(h.start, h.end);
                Benefit {
                    text: evidence.text.clone(),
                    evidence,
                }
            })
        })
        .collect()
}

/// The place of work from a "Location:" style label.
pub fn location(doc: &Doc, posting: &Posting) -> Option<String> {
    let text = &doc.folded;
    posting.lines(doc).find_map(|(s, e)| {
        let line = &text[s..e];
        let label_end = s + line[..line.find(':')?].trim_end().len();
        let hits = cues(doc).find_in(s, label_end);
        let label = text[s..label_end].trim_start_matches(['-', '*', ' ']);
        let is_label = hits
            .first()
            .is_some_and(|h| h.tag == "location_label" && h.end == label_end)
            && label.len() <= 30;
        let value_start = s + line.find(':')? + 1;
        let value = doc
            .original_of(value_start, e)
            .trim()
            .trim_end_matches([';', '.']);
        (is_label && !value.is_empty()).then(|| shorten(value, 80))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    #[test]
    fn decimals_equal_the_standard_parse() {
        for written in [
            "0",
            "7",
            "3200",
            "2.5",
            "0.1",
            "42012.50",
            "3200.05",
            "999999999999999",
            "123456789.012345",
            "1.",
            ".5",
        ] {
            assert_eq!(decimal(written), written.parse::<f64>().ok(), "{written}");
        }
        for refused in [
            "",
            ".",
            "1.2.3",
            "1e5",
            "-3",
            "+3",
            "1 000",
            "1234567890123456",
            "٣",
        ] {
            assert_eq!(decimal(refused), None, "{refused}");
        }
    }

    #[test]
    fn numbers_print_as_display_does_for_amounts_with_two_decimals_at_most() {
        let written = [
            "0.5",
            "1",
            "7.25",
            "37.5",
            "38",
            "100",
            "3200.05",
            "3200.5",
            "3500",
            "42012.50",
            "0.01",
            "0.99",
            "99.9",
            "1000000",
            "999999999999999",
            "123456789012.34",
        ];
        for w in written {
            let x = decimal(w).expect("a decimal");
            assert_eq!(number(x), x.to_string(), "{w}");
            assert_eq!(number(-x), (-x).to_string(), "-{w}");
        }
        assert_eq!(number(0.0), "0");
        // Sums and products that miss by a last bit print as written, not as `3200.0000000000005`.
        assert_eq!(number(3.2 * 1000.0), "3200");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(2.999), "3");
    }

    #[test]
    fn amounts_european_and_english() {
        let cases = [
            ("42.012", 42012.0),
            ("3 200", 3200.0),
            ("3,200", 3200.0),
            ("3.200,50", 3200.5),
            ("42,012.50", 42012.5),
            ("2,5", 2.5),
            ("1.234.567", 1234567.0),
        ];
        for (written, want) in cases {
            assert_eq!(parse_amount(written), Some(want), "{written}");
        }
    }

    type Pay = (Option<f64>, Option<f64>, Option<PayPeriod>, Option<bool>);

    #[test]
    fn currencies_as_written() {
        let currency = |text: &str| one(text).conditions.salary.map(|s| s.currency);
        assert_eq!(
            currency("A monthly net stipend of 6372 Swiss Francs per month").as_deref(),
            Some("CHF")
        );
        assert_eq!(
            currency("Salaire : 6 000 francs suisses par mois").as_deref(),
            Some("CHF")
        );
        assert_eq!(
            currency("Gehalt: 90.000 CHF pro Jahr").as_deref(),
            Some("CHF")
        );
        assert_eq!(currency("Salary: £32,000 per year").as_deref(), Some("GBP"));
        assert_eq!(
            currency("Salaris: € 3.100 per maand").as_deref(),
            Some("EUR")
        );
    }

    /// (min, max, period, gross) of the salary found.
    fn pay(text: &str) -> Option<Pay> {
        one(text)
            .conditions
            .salary
            .map(|s| (s.min, s.max, s.period, s.gross))
    }

    #[test]
    fn salaries_in_four_languages() {
        use PayPeriod::*;
        let cases = [
            (
                "Gross salary (indicative: EUR 42.012 – 44.568 per annum for 100%);",
                (42012.0, 44568.0, Some(Year), Some(true)),
            ),
            (
                "€3,200 – €3,600 monthly gross salary, according to profile",
                (3200.0, 3600.0, Some(Month), Some(true)),
            ),
            (
                "Salaire brut mensuel : 3 200 € à 3 900 €",
                (3200.0, 3900.0, Some(Month), Some(true)),
            ),
            (
                "Bruto maandsalaris tussen € 3.500 en € 4.200",
                (3500.0, 4200.0, Some(Month), Some(true)),
            ),
            (
                "Das Gehalt beträgt 48.000 EUR brutto pro Jahr.",
                (48000.0, 48000.0, Some(Year), Some(true)),
            ),
            ("Salary: 45k EUR", (45000.0, 45000.0, None, None)),
            (
                "ein Bruttojahresgehalt zwischen 62.000 und 70.000 EUR",
                (62000.0, 70000.0, Some(Year), Some(true)),
            ),
            (
                "bruto jaarsalaris tussen 45.000 en 72.000 euro",
                (45000.0, 72000.0, Some(Year), Some(true)),
            ),
            (
                "une indemnité mensuelle de 1 200 € brut",
                (1200.0, 1200.0, Some(Month), Some(true)),
            ),
            // Ranges as postings write them: two currency signs, "Min … Max", Dutch ",-",
            // alternatives ("either 6372 or 7004").
            ("Maandsalaris: Min €3.815 – Max. €6.374 (bruto)", (3815.0, 6374.0, Some(Month), Some(true))),
            ("Een bruto salaris tussen de € 3.000,- en € 4.000,- per maand.", (3000.0, 4000.0, Some(Month), Some(true))),
            ("A monthly net stipend of either 6372 or 7004 Swiss Francs per month", (6372.0, 7004.0, Some(Month), Some(false))),
            ("Salaire brut : 2 800 € – 3 400 € par mois", (2800.0, 3400.0, Some(Month), Some(true))),
            ("Gehalt: 4.000 € – 5.000 € brutto monatlich", (4000.0, 5000.0, Some(Month), Some(true))),
            ("Le montant de la rémunération mensuelle brute liée à cette fonction est de 2 203,95 €.", (2203.95, 2203.95, Some(Month), Some(true))),
            ("Bruto maandwedde - B1 met 0 jaren anciënniteit: 2412,49 euro (index: 1,6734)", (2412.49, 2412.49, Some(Month), Some(true))),
            // The pay of a traineeship is a grant or an allowance.
            ("Trainees receive a monthly grant of €1,300 per month.", (1300.0, 1300.0, Some(Month), None)),
            ("Interns receive an allowance of 781 Euros per month.", (781.0, 781.0, Some(Month), None)),
            ("Le salaire net serait de 2130€ (avantages extra-légaux et chèques repas compris).", (2130.0, 2130.0, None, Some(false))),
            // A pay-scale code is no amount; the range written with it is.
            ("Vergütung: Entgeltgruppe 11 TV EntgO-DRV (51.614,46-76.482,43 Euro)", (51614.46, 76482.43, None, None)),
            ("Salaris: schaal 11, € 3.500 - € 5.000 per maand", (3500.0, 5000.0, Some(Month), None)),
            // A scale code after the amount (this once sliced the text backwards).
            ("The basic monthly salary is EUR 4,449.31 grade AD 5.", (4449.31, 4449.31, Some(Month), None)),
            // One bound only.
            ("Rémunération : à partir de 2000 euros brut selon expérience", (2000.0, f64::NAN, None, Some(true))),
            ("A salary of up to EUR 4,000 per month.", (f64::NAN, 4000.0, Some(Month), None)),
            ("Een stagevergoeding van maximaal 550,00 euro bruto per maand.", (f64::NAN, 550.0, Some(Month), Some(true))),
            ("Gehalt ab 3.500 € brutto im Monat", (3500.0, f64::NAN, Some(Month), Some(true))),
            // A pay scale's minimum is the salary offered, not a bound.
            ("Bruto maandsalaris: minimum € 4.050,37 (geïndexeerd).", (4050.37, 4050.37, Some(Month), Some(true))),
            // A period written as a unit after the amount.
            ("- a salary of €12/h", (12.0, 12.0, Some(Hour), None)),
            ("Vergütung: 12€/Stunde", (12.0, 12.0, Some(Hour), None)),
            (
                "ein Grundgehalt von 15 €/h und Provisionen",
                (15.0, 15.0, Some(Hour), None),
            ),
            (
                "Rémunération : 1 800 € / mois",
                (1800.0, 1800.0, Some(Month), None),
            ),
            (
                "Salaris: € 3.100/maand",
                (3100.0, 3100.0, Some(Month), None),
            ),
            (
                "Gehalt: 52.000 EUR/Jahr",
                (52000.0, 52000.0, Some(Year), None),
            ),
            ("Salaris: 14 euro/uur", (14.0, 14.0, Some(Hour), None)),
            // A slash to something else is no period.
            (
                "Salary: EUR 3,000 / negotiable",
                (3000.0, 3000.0, None, None),
            ),
        ];
        // NAN stands for "no bound".
        let bound = |v: f64| (!v.is_nan()).then_some(v);
        for (text, (min, max, period, gross)) in cases {
            assert_eq!(
                pay(text),
                Some((bound(min), bound(max), period, gross)),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_that_are_not_salaries() {
        for text in [
            "We offer meal vouchers worth €8 per working day.",
            "A teleworking allowance of €30 per month.",
            "We work with more than 2500 local governments in 125+ countries.",
            "90€ net per month of teleworking allowance, meal vouchers.",
            "The project has a budget of EUR 3.000.000.",
            "Indemnité de télétravail de 50 € par mois.",
        ] {
            assert_eq!(pay(text), None, "{text}");
        }
    }

    #[test]
    fn contracts_in_four_languages() {
        use ContractType::*;
        let cases = [
            ("Part-time position (50-75%) for 1 year, extension intended;", Some((FixedTerm, Some(12)))),
            ("We offer a one-year, full-time contract.", Some((FixedTerm, Some(12)))),
            ("An open-ended contract linked to the length of the project (3 years)", Some((OpenEnded, Some(36)))),
            ("a definite duration contract of 3 years, which may be followed by an indefinite duration contract", Some((FixedTerm, Some(36)))),
            ("Nous offrons un CDI à temps plein.", Some((OpenEnded, None))),
            ("Contrat à durée déterminée de 12 mois.", Some((FixedTerm, Some(12)))),
            ("Wij bieden een contract van onbepaalde duur.", Some((OpenEnded, None))),
            ("Die Stelle ist auf 2 Jahre befristet.", Some((FixedTerm, Some(24)))),
            ("Unbefristete Anstellung in Vollzeit.", Some((OpenEnded, None))),
            ("Einen unbefristeten Arbeitsvertrag nach belgischem Recht.", Some((OpenEnded, None))),
            ("Office Manager\nSupport the management of traineeship application processes.", None),
            ("At least 5 years of relevant experience", None),
            ("Traineeship (6 months) starting in March, full-time position", Some((Traineeship, Some(6)))),
            ("Stage de 6 mois au sein de notre équipe", Some((Traineeship, Some(6)))),
            // The title names a traineeship, whatever the term of its contract.
            ("Policy Intern\nEurochambres is looking for a Policy Intern for a 6-month period.", Some((Traineeship, None))),
            ("Trainee (m/w/d) Energiewirtschaft\nab dem 01.10.2022 für 24 Monate befristet", Some((Traineeship, None))),
            ("Ausbildung zum Physiklaborant (m/w/d)\nDeine Ausbildungsinhalte", Some((Traineeship, None))),
            ("Stagiair communicatie\nWij bieden een stageplaats van 5 maanden.", Some((Traineeship, None))),
            ("Jobs\n\nCurrently open positions:\n\nPolicy Intern\n\nEurochambres is looking for a Policy Intern.", Some((Traineeship, None))),
            ("Nederlandse Ambassade in Bangkok\n\nStagiair(e) Culturele Afdeling\n\nAard van het bedrijf:", Some((Traineeship, None))),
            // EU staff categories and cover for someone away.
            ("Security Policy Officer - contract agent FGIV as per article 3b of the CEOS", Some((FixedTerm, None))),
            ("Function Group/Grade: Temporary Agent, AD 5", Some((FixedTerm, None))),
            ("Dienstverband: Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd", Some((FixedTerm, None))),
            ("Wij bieden een contract voor onbepaalde tijd.", Some((OpenEnded, None))),
            ("Contrat de remplacement (congé de maternité).", Some((FixedTerm, None))),
            ("Die Stelle ist als Elternzeitvertretung zu besetzen.", Some((FixedTerm, None))),
            ("Maternity cover position until June.", Some((FixedTerm, None))),
            // An open-ended contract in prospect is not the one offered.
            ("Een aanstelling voor een jaar met uitzicht op een vast contract.", Some((FixedTerm, Some(12)))),
            ("Un contrat de remplacement jusqu'au 31/12/2023 en vue d'un engagement en CDI.", Some((FixedTerm, None))),
            ("A one-year contract with a view to a permanent contract.", Some((FixedTerm, Some(12)))),
            ("Zunächst befristet auf zwei Jahre, mit Aussicht auf Entfristung.", Some((FixedTerm, Some(24)))),
            ("Permanent employment, full time.", Some((OpenEnded, None))),
            ("Start as soon as possible, permanent contract.", Some((OpenEnded, None))),
            ("Ce rôle constitue un mandat de deux ans.", Some((FixedTerm, Some(24)))),
            // Not the job's own contract.
            ("Office Manager\nYou will coordinate our interns and their supervisors.", None),
        ];
        for (text, want) in cases {
            let got = one(text)
                .conditions
                .contract
                .map(|c| (c.kind.unwrap(), c.duration_months));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn working_time_in_four_languages() {
        let cases = [
            (
                "Part-time position (50-75%); Workings hours: 20-30 h/week;",
                (Some(false), Some((20.0, 30.0)), Some((50.0, 75.0))),
            ),
            (
                "a full-time position as employee; part-time teleworking",
                (Some(true), None, None),
            ),
            (
                "Poste à temps plein, 38 heures/semaine.",
                (Some(true), Some((38.0, 38.0)), None),
            ),
            (
                "Deeltijds (4/5) contract",
                (Some(false), None, Some((80.0, 80.0))),
            ),
            (
                "Teilzeit mit 30 Stunden pro Woche",
                (Some(false), Some((30.0, 30.0)), None),
            ),
        ];
        for (text, (full, hours, percent)) in cases {
            let w = one(text).conditions.working_time.expect(text);
            assert_eq!(w.full_time, full, "{text}");
            assert_eq!(w.hours_per_week.map(|r| (r.min, r.max)), hours, "{text}");
            assert_eq!(w.percent.map(|r| (r.min, r.max)), percent, "{text}");
        }
    }

    #[test]
    fn descriptions() {
        let a = one("Part-time position (50-75%); 20-30 h/week. Gross salary EUR 42.012 – 44.568 per annum. Fixed-term contract of 12 months.");
        let c = a.conditions;
        assert_eq!(
            c.salary.unwrap().describe(),
            "EUR 42012–44568 per year, gross"
        );
        assert_eq!(
            c.contract.unwrap().describe(),
            "Fixed-term contract, 12 months"
        );
        assert_eq!(
            c.working_time.unwrap().describe(),
            "Part time, 20–30 h/week, 50–75 %"
        );
    }

    #[test]
    fn telework_benefits_location() {
        let a = one("We offer\n- flexible working hours\n- part-time teleworking\n- meal vouchers\nLocation: Brussels, Belgium");
        assert_eq!(a.conditions.remote.unwrap().evidence.text, "teleworking");
        let benefits: Vec<_> = a
            .conditions
            .benefits
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(benefits, ["flexible working hours", "meal vouchers"]);
        assert_eq!(a.location.as_deref(), Some("Brussels, Belgium"));
        assert_eq!(one("Standplaats: Gent").location.as_deref(), Some("Gent"));
        assert_eq!(
            one("Arbeitsort: Berlin").location.as_deref(),
            Some("Berlin")
        );
        assert_eq!(
            one("Lieu de travail : Luxembourg").location.as_deref(),
            Some("Luxembourg")
        );
    }
}
