//! Dates, their times and zones, what each one is for, and which one is the deadline.
//!
//! Formats in English, French, Dutch and German: `30 November 2025`, `November 30, 2025`,
//! `29 of February 2024`, `le 1er décembre`, `31. Januar 2025`, `30/11/2025`, `30.11.2025`,
//! `2025-11-30`, month and year alone (`in June 2023`), and dates glued by copy-paste
//! (`January 26, 2026March 12, 2026`). Numeric dates are read day first, as Europe writes them;
//! when both readings are valid and no other date in the text settles the order, the finding
//! says `ambiguous`. Calendar maths (validity, days left, DST) is in [`crate::calendar`].

use std::sync::OnceLock;

use crate::calendar::{ClockTime, Date, Zone};
use crate::i18n::Catalogue;
use serde::{Deserialize, Serialize};

use super::cues::is_about_applying;
use super::extractor::{Context, Extractor, Reads};
use super::fields::{FieldKind, Fields};
use super::lexicon::{Hit, Lexicon, PatternWords, Scanned, Words};
use super::pattern::{
    cued_lines, digit, line_pattern, pattern, Captures, LinePattern, Regex, SEARCH_BY_LINE,
};
use super::postings::Posting;
use super::text::{joined, line_around, Doc};
use super::PostingAnalysis;
use super::{Evidence, Reason};
use crate::order::{sort_by, sort_by_key};

/// What a date in a posting is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DateRole {
    Deadline,
    Start,
    Interview,
    Published,
    Event,
    ContractEnd,
    Other,
}

/// A date found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct DateFinding {
    pub role: DateRole,
    /// The day; the first of the month when only month and year are written.
    pub date: Date,
    /// `HH:MM`, 24-hour; `24:00` for "midnight" at the end of the day.
    pub time: Option<ClockTime>,
    /// `CET`, `CEST`, `UTC` or an IANA name such as `Europe/Brussels`, as the text gives it.
    pub timezone: Option<Zone>,
    /// The zone's UTC offset at that date and time (`+01:00`), following DST for CET/CEST.
    pub utc_offset: Option<String>,
    pub year_inferred: bool,
    /// Day and month of a numeric date could be either way round.
    pub ambiguous: bool,
    /// `day`, or `month` when the text names only month and year.
    pub precision: Precision,
    pub evidence: Evidence,
    /// Why it has its role, when a cue gave it one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    Open,
    /// Seven days or fewer left.
    ClosingSoon,
    Expired,
}

/// The date by which applications must arrive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Deadline {
    pub date: Date,
    pub time: Option<ClockTime>,
    pub timezone: Option<Zone>,
    pub utc_offset: Option<String>,
    pub year_inferred: bool,
    pub ambiguous: bool,
    pub status: DeadlineStatus,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: i64,
    pub evidence: Evidence,
    /// Why this date is the deadline: the cue that named it, and how it was chosen among several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

impl Deadline {
    /// The deadline at `date` (and `time` in `timezone`), with its status and days left as of
    /// `today`; the analysis adds its reasons, a correction by the user its own.
    pub fn on(
        date: Date,
        time: Option<ClockTime>,
        timezone: Option<Zone>,
        today: Date,
        evidence: Evidence,
    ) -> Deadline {
        let days_left = i64::from(today.days_until(date));
        let status = if days_left < 0 {
            DeadlineStatus::Expired
        } else if days_left <= CLOSING_SOON_DAYS {
            DeadlineStatus::ClosingSoon
        } else {
            DeadlineStatus::Open
        };
        let utc_offset = match (time, &timezone) {
            (Some(t), Some(z)) => Some(utc_offset(date, t, z)),
            _ => None,
        };
        Deadline {
            date,
            time,
            timezone,
            utc_offset,
            year_inferred: false,
            ambiguous: false,
            status,
            days_left,
            evidence,
            reasons: Vec::new(),
        }
    }

    /// The deadline as the interface's language writes it: `30 novembre 2025 12:00 CET`.
    pub fn written(&self, cat: &Catalogue) -> String {
        written_when(self.date, self.time, self.timezone.as_ref(), cat)
    }

    /// "2025-11-30 23:59 CET": date, then time and zone when the posting gives them.
    pub fn when(&self) -> String {
        [
            Some(self.date.to_string()),
            self.time.map(|t| t.to_string()),
            self.timezone.as_ref().map(Zone::to_string),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// A day with its time and zone when known, as the language of `cat` writes the day:
/// `30 novembre 2025 12:00 CET`.
pub fn written_when(
    date: Date,
    time: Option<ClockTime>,
    zone: Option<&Zone>,
    cat: &Catalogue,
) -> String {
    let mut out = cat.date(date);
    for part in [time.map(String::from), zone.map(Zone::to_string)]
        .into_iter()
        .flatten()
    {
        out.push(' ');
        out.push_str(&part);
    }
    out
}

/// Days before the deadline from which it is shown as closing soon.
pub const CLOSING_SOON_DAYS: i64 = 7;

/// A date with what the analysis needs beyond its public finding.
#[derive(Debug, Clone)]
pub struct FoundDate {
    pub finding: DateFinding,
    /// How sure the role is: 3 a deadline label, 2 a limit word in a sentence about applying,
    /// 1 a date glued after a publication date, 0 anything else.
    strength: u8,
}

fn lexicon() -> &'static Lexicon {
    Words::Dates.lexicon()
}

fn cues<'d>(doc: &'d Doc<'_>) -> Scanned<'d> {
    doc.words(Words::Dates)
}

/// The compiled date and time patterns, built once from the month and weekday lists.
struct Patterns {
    day_month_year: LinePattern,
    month_day_year: LinePattern,
    month_year: LinePattern,
    numeric: LinePattern,
    /// A day alone at the end of a text, with its ordinal ("1er ", "1. ").
    day_alone: Regex,
    /// Day and month in figures after a word that makes them a date ("bis 31.01.").
    numeric_yearless: LinePattern,
    iso: LinePattern,
    time_after: Regex,
    time_before: Regex,
    /// A time of day anywhere, with its zone.
    time: Regex,
    /// Every month word, sorted: what a date with a month name must contain.
    month_words: Vec<&'static str>,
}

/// The words of the date and time patterns (`data/date_patterns.lex`): ordinals, prepositions,
/// noon, midnight, the zones.
fn clock_words() -> &'static Lexicon {
    PatternWords::DatePatterns.lexicon()
}

/// The phrases of a tag of `date_patterns.lex` as an alternation, any spaces between words.
fn clock_alternation(tag: &str) -> String {
    clock_words().alternation(tag).replace(' ', r"\s+")
}

/// A time of day, with the zone written after it: `(?P<h>…)`, `(?P<word>noon)`, `(?P<tz>cet)`.
fn time_pattern() -> String {
    let said = format!(
        "{}|{}",
        clock_alternation("noon"),
        clock_alternation("midnight")
    );
    let zones = clock_alternation("zone.");
    let suffix = clock_alternation("hour_suffix");
    let meridiem = format!("{}|{}", clock_alternation("am"), clock_alternation("pm"));
    format!(
        r"(?:(?P<h>\d{{1,2}})\s?(?::|h|u|\.)\s?(?P<m>\d{{2}})(?:\s?(?:{suffix})\b)?(?:\s?(?P<ap>{meridiem}))?|(?P<h2>\d{{1,2}})\s?(?P<ap2>{meridiem})|(?P<h3>\d{{1,2}})\s?(?:{suffix})\b|(?P<word>{said}))(?:\s?\(?\s?(?P<tz>{zones})\)?)?"
    )
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let month = lexicon().alternation("month.");
        let weekday = lexicon().alternation("weekday");
        let build = |p: String| line_pattern(&p);
        let time = time_pattern();
        let (ordinal, ordinal_en) = (clock_alternation("ordinal."), clock_alternation("ordinal.en"));
        let day_of = clock_alternation("day_of");
        let day_word = clock_alternation("day.");
        let (before_time, after_time) = (
            clock_alternation("before_time"),
            clock_alternation("after_time"),
        );
        Patterns {
            day_month_year: build(format!(
                r"(?:(?P<wd>{weekday})[,.]?\s+)?(?:(?P<d>\d{{1,2}})(?:{ordinal}|\.)?|(?P<dw>{day_word}))\s?(?:(?:{day_of})\s+|-)?(?P<mo>{month})\.?(?:[\s,-]+(?P<y>\d{{4}}))?"
            )),
            month_day_year: build(format!(
                r"(?:(?P<wd>{weekday}),?\s+)?(?P<mo>{month})\.?\s+(?P<d>\d{{1,2}})(?:{ordinal_en})?(?:,?\s+(?P<y>\d{{4}}))?"
            )),
            month_year: build(format!(r"(?P<mo>{month})\.?\s+(?P<y>\d{{4}})")),
            numeric: build(r"(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})[./-](?P<y>\d{4}|\d{2})".to_string()),
            day_alone: pattern(&format!(
                r"(?:^|[^\d./:,])(?P<d>\d{{1,2}})(?:{ordinal})?\.?\s*$"
            )),
            numeric_yearless: build(
                r"(?P<a>\d{1,2})(?P<s>[./])(?P<b>\d{1,2})(?P<dot>\.)?".to_string(),
            ),
            iso: build(r"(?P<y>\d{4})-(?P<b>\d{2})-(?P<a>\d{2})".to_string()),
            time_after: pattern(&format!(
                r"^(?:t|[\s,(-]*(?:(?:{before_time})\s+)?(?:the\s+)?){time}"
            )),
            time_before: pattern(&format!(r"{time}\s?(?:{after_time}|,)?\s*$")),
            time: pattern(&time),
            month_words: {
                let mut words: Vec<&str> = lexicon().tagged("month.").collect();
                sort_by(&mut words, |a, b| a.cmp(b));
                words
            },
        }
    })
}

fn month_number(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.');
    lexicon().tag_after(word, "month.")?.parse().ok()
}

/// A date as written, before roles and missing years are settled.
#[derive(Debug, Clone)]
struct Written {
    start: usize,
    end: usize,
    year: Option<i16>,
    month: i8,
    /// `None` when only month and year are written.
    day: Option<i8>,
    /// Numeric day and month that could be swapped.
    swappable: bool,
}

fn number<T: std::str::FromStr>(c: &Captures, name: &str) -> Option<T> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// Digits right before or after a match mean it is part of a longer number.
fn digit_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '/')
        && !after.is_some_and(|c| c.is_ascii_digit())
}

/// A month name must not be the middle of a word ("marché", "Sommer"), but may follow digits.
fn letter_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
}

/// English "may" and "march" are also verbs: only their capitalised forms are months.
fn is_month_word(doc: &Doc, start: usize, end: usize) -> bool {
    let word = &doc.folded[start..end];
    if matches!(word.trim_end_matches('.'), "may" | "march" | "mar") {
        return doc
            .original_of(start, end)
            .starts_with(|c: char| c.is_uppercase());
    }
    true
}

/// The parts of `text[from..to]` where a date with a month name can be: around each month word
/// of a line with a digit, from the third word before it to the second after it (the most the
/// named-date patterns span around their month), overlapping parts merged. Only there are those
/// patterns searched: the page's regex engine runs the whole month alternation at every position
/// it passes, and month words are few.
fn month_windows(text: &str, from: usize, to: usize, months: &[&str]) -> Vec<(usize, usize)> {
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for (line_start, line_end) in cued_lines(text, from, to, digit) {
        let line = &text[line_start..line_end];
        for (at, word) in letter_runs(line) {
            if months.binary_search(&word).is_err() {
                continue;
            }
            let start = line_start + words_back(&line[..at], 3);
            let after = at + word.len();
            windows.push((start, line_start + after + words_ahead(&line[after..], 2)));
        }
    }
    joined(&windows)
}

/// The runs of letters in `line`, with their offsets: the words a month name can be.
fn letter_runs(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut searched = 0;
    std::iter::from_fn(move || {
        let start = searched + line[searched..].find(char::is_alphabetic)?;
        let len = line[start..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(line.len() - start);
        searched = start + len;
        Some((start, &line[start..searched]))
    })
}

/// Where the `n`-th space-separated word before the end of `text` starts (the word the end is
/// in, if any, not counted).
fn words_back(text: &str, n: usize) -> usize {
    let mut at = text.trim_end_matches(|c: char| !c.is_whitespace()).len();
    for _ in 0..n {
        at = text[..at].trim_end().len();
        at = text[..at]
            .trim_end_matches(|c: char| !c.is_whitespace())
            .len();
    }
    at
}

/// Where the `n`-th space-separated word after the start of `text` ends (the word the start is
/// in, if any, not counted).
fn words_ahead(text: &str, n: usize) -> usize {
    let rest = |at: usize| text.len() - at;
    let mut at = rest(text.trim_start_matches(|c: char| !c.is_whitespace()).len());
    for _ in 0..n {
        at = rest(text[at..].trim_start().len());
        at = rest(
            text[at..]
                .trim_start_matches(|c: char| !c.is_whitespace())
                .len(),
        );
    }
    at
}

fn written_dates(doc: &Doc, from: usize, to: usize) -> Vec<Written> {
    let p = patterns();
    let text = &doc.folded[..to];
    let mut found = Vec::new();
    let windows = if SEARCH_BY_LINE {
        month_windows(text, from, to, &p.month_words)
    } else {
        vec![(from, to)]
    };
    let named = |re: &LinePattern, found: &mut Vec<Written>| {
        for c in re.captures_in(text, windows.iter().copied()) {
            let m = c.get(0).expect("whole match");
            let mo = c.name("mo").expect("month group");
            let (start, end) = (m.start(), m.end());
            let (mo_start, mo_end) = (mo.start(), mo.end());
            // A year written with it settles "march" and "may" written in lower case.
            if !letter_bounded(text, mo_start, mo_end.min(text.len()))
                || !(is_month_word(doc, mo_start, mo_end) || c.name("y").is_some())
                || text[..start].ends_with(char::is_alphabetic)
                || (m.as_str().ends_with(char::is_alphabetic)
                    && text[end..].starts_with(char::is_alphabetic))
            {
                continue;
            }
            let day_ok = c.name("d").is_none_or(|d| {
                let (ds, de) = (d.start(), d.end());
                !text[..ds].ends_with(|ch: char| ch.is_ascii_digit())
                    && (c.name("y").is_some()
                        || !text[de..].starts_with(|ch: char| ch.is_ascii_digit()))
            });
            let year_ok = !text[end..].starts_with(|ch: char| ch.is_ascii_digit());
            if let (Some(month), true, true) = (month_number(mo.as_str()), day_ok, year_ok) {
                found.push(Written {
                    start,
                    end,
                    year: number(&c, "y"),
                    month,
                    day: number(&c, "d").or_else(|| {
                        let word = c.name("dw")?.as_str();
                        clock_words().tag_after(word, "day.")?.parse().ok()
                    }),
                    swappable: false,
                });
            }
        }
    };
    named(&p.day_month_year, &mut found);
    named(&p.month_day_year, &mut found);
    named(&p.month_year, &mut found);
    for (re, iso) in [(&p.numeric, false), (&p.iso, true)] {
        for c in re.captures(text, from, to, digit) {
            let m = c.get(0).expect("whole match");
            let (start, end) = (m.start(), m.end());
            if !digit_bounded(text, start, end) {
                continue;
            }
            let separator = c.name("s").map_or("-", |s| s.as_str());
            let same_separator = iso || m.as_str().matches(separator).count() == 2;
            // "21-04-2026" is a date; "12-03-45" is more likely a reference number.
            let dashes_with_year =
                iso || separator != "-" || c.name("y").is_some_and(|y| y.as_str().len() == 4);
            let (a, b): (i8, i8) = (number(&c, "a").unwrap_or(0), number(&c, "b").unwrap_or(0));
            let year: Option<i16> =
                number::<i16>(&c, "y").map(|y| if y < 100 { 2000 + y } else { y });
            if same_separator && dashes_with_year && (1..=31).contains(&a) && (1..=31).contains(&b)
            {
                found.push(Written {
                    start,
                    end,
                    year,
                    month: b,
                    day: Some(a),
                    swappable: !iso && a != b && a <= 12 && b <= 12,
                });
            }
        }
    }
    // "bis 31.01.", "le 17/02": written with a slash, or with dots and the dot after the
    // month (a decimal or a time has none); a year after it makes it a full date, read above.
    for c in p.numeric_yearless.captures(text, from, to, digit) {
        let Some(a) = c.name("a") else {
            continue;
        };
        if !after_date_word(text, a.start()) {
            continue;
        }
        // The dot after the month is part of the date ("vom 1.10. bis 30.6.2025").
        let (start, end) = (a.start(), c.get(0).expect("whole match").end());
        let slash = c.name("s").is_some_and(|s| s.as_str() == "/");
        let continues = text[end..].starts_with(|ch: char| ch.is_ascii_digit() || ch == '/');
        let (day, month): (i8, i8) = (number(&c, "a").unwrap_or(0), number(&c, "b").unwrap_or(0));
        if (slash || c.name("dot").is_some())
            && !continues
            && (1..=31).contains(&day)
            && (1..=12).contains(&month)
        {
            found.push(Written {
                start,
                end,
                year: None,
                month,
                day: Some(day),
                swappable: day != month && day <= 12,
            });
        }
    }
    // Overlaps: the earliest, then the longest match wins.
    sort_by_key(&mut found, |w| (w.start, std::cmp::Reverse(w.end)));
    let mut kept: Vec<Written> = Vec::new();
    for w in found {
        if kept.last().is_none_or(|k| w.start >= k.end) {
            kept.push(w);
        }
    }
    with_shared_years(doc, from, kept)
}

/// Whether a word that makes figures a date ("bis", "le", "tot en met") ends right before `at`,
/// with a space between. Looked up at each candidate rather than built into its pattern: the
/// page's regex engine would try every word at every position of every line with a digit.
fn after_date_word(text: &str, at: usize) -> bool {
    static WORDS: OnceLock<Vec<&str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| clock_words().tagged("before_yearless").collect());
    let before = &text[..at];
    let trimmed = before.trim_end();
    trimmed.len() < before.len()
        && words.iter().any(|w| {
            trimmed
                .strip_suffix(w)
                .is_some_and(|rest| !rest.ends_with(|ch: char| ch.is_alphanumeric() || ch == '\''))
        })
}

/// A day written alone right before a joining word that ends at `to` ("between 1 and", "du
/// 1er au", "vom 1. bis"), as (start, end with its ordinal, day).
fn day_alone_before(doc: &Doc, from: usize, to: usize) -> Option<(usize, usize, i8)> {
    let text = &doc.folded;
    let joiner =
        cues(doc).find_in(from, to).into_iter().rev().find(|h| {
            matches!(h.tag, "period_to" | "limit") && text[h.end..to].trim().is_empty()
        })?;
    let before = &text[from..joiner.start];
    let c = patterns().day_alone.captures(before)?;
    let d = c.name("d")?;
    let day: i8 = d.as_str().parse().ok()?;
    // The day with its ordinal: "1er", "1.".
    let end = from + before.trim_end().len();
    (1..=31)
        .contains(&day)
        .then_some((from + d.start(), end, day))
}

/// Two dates that share one written year ("from October to December 2010", "mi-février ou
/// début mars 2020", "du 20/06 au 7/07/2022", "vanaf augustus-september 2012"): the first,
/// a month alone or a day and month, takes the year of the second (the year before, when its
/// month comes later in the year). A month alone is a date only there.
fn with_shared_years(doc: &Doc, from: usize, dates: Vec<Written>) -> Vec<Written> {
    let (text, lex) = (&doc.folded, cues(doc));
    // Only joining words, dashes and commas between the two.
    let joined = |a: usize, b: usize| {
        if a > b || b - a > 30 {
            return false;
        }
        let joiners: Vec<Hit> = lex
            .find_in(a, b)
            .into_iter()
            .filter(|h| matches!(h.tag, "period_to" | "limit" | "alternative" | "month_part"))
            .collect();
        text[a..b].char_indices().all(|(i, ch)| {
            ch.is_whitespace()
                || matches!(ch, '-' | '–' | ',')
                || joiners.iter().any(|h| (h.start..h.end).contains(&(a + i)))
        })
    };
    let year_before =
        |month: i8, of: &Written| of.year.map(|y| if month > of.month { y - 1 } else { y });
    let mut out: Vec<Written> = Vec::with_capacity(dates.len());
    for (i, w) in dates.iter().enumerate() {
        let previous_end = out.last().map_or(from, |p| p.end);
        let look_from = text.ceil_char_boundary(w.start.saturating_sub(40).max(previous_end));
        // A day alone before it: "between 1 and 29 September", "vom 1. bis 29. September".
        if let Some((start, end, day)) = w
            .day
            .and_then(|d| day_alone_before(doc, look_from, w.start).filter(|&(.., a)| a < d))
        {
            out.push(Written {
                start,
                end,
                day: Some(day),
                swappable: false,
                ..w.clone()
            });
        } else if w.year.is_some() {
            // A month alone before it.
            let month = lex.find_in(look_from, w.start).into_iter().rev().find(|h| {
                h.tag.starts_with("month.")
                    && letter_bounded(text, h.start, h.end)
                    && is_month_word(doc, h.start, h.end)
                    && joined(h.end, w.start)
            });
            if let Some(number) = month.and_then(|h| month_number(&text[h.start..h.end])) {
                let h = month.expect("found");
                out.push(Written {
                    start: h.start,
                    end: h.end,
                    year: year_before(number, w),
                    month: number,
                    day: None,
                    swappable: false,
                });
            }
        }
        if w.year.is_some() {
            out.push(w.clone());
            continue;
        }
        let shared = dates
            .get(i + 1)
            .filter(|next| next.year.is_some() && joined(w.end, next.start));
        out.push(Written {
            year: shared.and_then(|next| year_before(w.month, next)),
            ..w.clone()
        });
    }
    out
}

/// Which way round numeric dates go in this posting: `Some(true)` day first (a day above 12 seen),
/// `Some(false)` month first, `None` when nothing settles it.
fn numeric_order(doc: &Doc, posting: &Posting) -> Option<bool> {
    let mut day_first = None;
    for c in patterns()
        .numeric
        .captures(&doc.folded, posting.start, posting.end, digit)
    {
        let (a, b): (u8, u8) = (number(&c, "a").unwrap_or(0), number(&c, "b").unwrap_or(0));
        if a > 12 && b <= 12 {
            day_first = Some(true);
        } else if b > 12 && a <= 12 && day_first.is_none() {
            day_first = Some(false);
        }
    }
    day_first
}

struct Clock {
    time: ClockTime,
    timezone: Option<Zone>,
}

fn clock(c: &Captures) -> Option<Clock> {
    let (hour, minute): (i8, i8) = if let Some(word) = c.name("word") {
        let midnight = clock_words().lists(word.as_str(), "midnight");
        if midnight {
            (24, 0)
        } else {
            (12, 0)
        }
    } else {
        let hour: i8 = number(c, "h")
            .or_else(|| number(c, "h2"))
            .or_else(|| number(c, "h3"))?;
        let minute: i8 = number(c, "m").unwrap_or(0);
        let meridiem = c
            .name("ap")
            .or_else(|| c.name("ap2"))
            .map(|m| clock_words().lists(m.as_str(), "pm"));
        let hour = match meridiem {
            Some(true) if hour < 12 => hour + 12,
            Some(false) if hour == 12 => 0,
            _ => hour,
        };
        (hour, minute)
    };
    let time = ClockTime::new(u8::try_from(hour).ok()?, u8::try_from(minute).ok()?)?;
    let timezone = c.name("tz").map(|tz| zone_named(tz.as_str()));
    Some(Clock { time, timezone })
}

/// What a zone written after a time is reported as (its tag in `date_patterns.lex`).
fn zone_named(written: &str) -> Zone {
    let words = written.split_whitespace().collect::<Vec<_>>().join(" ");
    let tag = clock_words().tag_after(&words, "zone.");
    Zone::from(tag.unwrap_or("Europe/Brussels").to_string())
}

/// UTC offset of a local date and time in a zone (`+01:00`).
fn utc_offset(date: Date, time: ClockTime, zone: &Zone) -> String {
    format!("+{:02}:00", zone.offset_hours(date, time))
}

/// A time written right after the date ("23:59", "à 12h", "at 4pm CET") or right before it
/// ("by 23:59 CET on 16 April").
fn attached_clock(
    text: &str,
    start: usize,
    end: usize,
    next_start: usize,
) -> Option<(Clock, usize, usize)> {
    let (_, line_end) = line_around(text, start);
    let after_end = text.floor_char_boundary((end + 40).min(line_end).min(next_start));
    if let Some(c) = patterns().time_after.captures(&text[end..after_end]) {
        let m = c.get(0).expect("whole match");
        if let Some(clock) = clock(&c) {
            return Some((clock, start, end + m.end()));
        }
    }
    let (line_start, _) = line_around(text, start);
    let before_start = text.ceil_char_boundary(start.saturating_sub(30).max(line_start));
    let c = patterns()
        .time_before
        .captures(&text[before_start..start])?;
    let m = c.get(0).expect("whole match");
    let from = before_start + m.start();
    if from > before_start && text[..from].ends_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    clock(&c).map(|clock| (clock, from, end))
}

/// The role of the date at `start..end` and how sure it is, from the cue words around it.
/// A date's role, how sure it is, and the reason.
struct Role {
    role: DateRole,
    strength: u8,
    reason: Option<Reason>,
}

fn role_of(doc: &Doc, start: usize, end: usize, posting: &Posting, fields: &Fields) -> Role {
    if let Some(role) = field_role(doc, fields, start) {
        return role;
    }
    let text = &doc.folded;
    let (s_start, s_end) = doc.sentence_around(start);
    let sentence_hits = cues(doc).find_in(s_start, s_end.max(end));
    let about_applying = is_about_applying(doc, s_start, s_end.max(end));
    let about_contract = sentence_hits.iter().any(|h| h.tag == "contract");
    // "Before 13/09/2026 at 23:59": a short line that a limit word opens holds the deadline of
    // the posting it heads, as a job board's field does.
    let (line_start, line_end) = line_around(text, start);
    let heads_line = text[line_start..line_end].trim().chars().count() <= MAX_DATE_LINE_CHARS
        && sentence_hits.iter().any(|h| {
            matches!(h.tag, "limit" | "at_latest")
                && h.end <= start
                && text[line_start..h.start].trim().is_empty()
        });
    let limits = Limits {
        applying: about_applying,
        contract: about_contract,
        heads_line,
    };
    let best = nearest_cue(&sentence_hits, start, end, 0, limits).or_else(|| {
        // "This will take place on 02/04/2025": the cue is earlier in the paragraph, or in a
        // label on the line above ("Closing date\n30 November").
        // A blank line may stand between the label and its date ("When should you be able to
        // start?\n\nIn March 2018.").
        let (line_start, _) = line_around(text, start);
        let mut above_line = line_around(text, line_start.saturating_sub(1));
        if text[above_line.0..above_line.1].trim().is_empty() && above_line.0 > posting.start {
            let label = line_around(text, above_line.0 - 1);
            // A label, not a line with a date of its own.
            if !text[label.0..label.1].contains(|c: char| c.is_ascii_digit()) {
                above_line = label;
            }
        }
        let above_start = above_line.0.max(posting.start);
        let label_bytes = above_line.1.saturating_sub(above_start);
        let above = if line_start > posting.start && label_bytes <= 60 {
            above_start
        } else {
            line_start
        };
        let hits: Vec<Hit> = cues(doc)
            .find_in(above, s_start)
            .into_iter()
            .filter(|h| h.tag.starts_with("role.") || h.tag == "at_latest")
            .collect();
        nearest_cue(&hits, start, end, 100, limits)
    });
    // A start cue that "as soon as possible" answers has its value: a later date in the
    // sentence is something else ("engagement souhaité au plus vite (plus de travail entre le
    // 20/06 et le 7/07)").
    let answered = |hit: &Hit| {
        sentence_hits
            .iter()
            .any(|h| matches!(h.tag, "asap" | "asap_weak") && h.start >= hit.end && h.end <= start)
    };
    let best = best.filter(|(_, role, _, hit)| !(*role == DateRole::Start && answered(hit)));
    let Some((_, role, strength, hit)) = best else {
        return Role {
            role: DateRole::Other,
            strength: 0,
            reason: None,
        };
    };
    let evidence = doc.evidence(hit.start, hit.end);
    let cue = &evidence.text;
    let because = match hit.tag {
        "limit" | "at_latest" if role == DateRole::Deadline && about_applying => {
            let side = if hit.start >= end { "after" } else { "before" };
            format!("\"{cue}\" {side} it in a sentence about applying")
        }
        "limit" | "at_latest" if role == DateRole::Deadline => {
            format!("\"{cue}\" opens its line, which holds only the date")
        }
        "limit" => format!("\"{cue}\" before it in a sentence about the contract"),
        _ if hit.start >= end => format!("\"{cue}\" after it in its sentence"),
        _ if hit.end <= line_around(text, start).0 => format!("\"{cue}\" on the line above"),
        _ => format!("\"{cue}\" before it"),
    };
    Role {
        role,
        strength,
        reason: Some(Reason::of_cue(
            "dates.role",
            format!("{}: {because}", role_word(role)),
            Words::Dates.cue(hit.tag, evidence),
        )),
    }
}

/// The role a labelled field gives the date that opens its value ("Bewerbungsfrist:
/// 15.03.2025", "Afgesloten op 02/08/2023", "Closing date: Fri. 3 May"): its label names it.
/// A date further into the value is the value's own business ("Deadline: 21 September 2026
/// … Validity of the reserve list 31 December 2029").
fn field_role(doc: &Doc, fields: &Fields, at: usize) -> Option<Role> {
    /// What may stand before the date in its value: a weekday, "le", "am".
    const LEAD_BYTES: usize = 12;
    let field = fields.at(at).filter(|f| at - f.value.0 <= LEAD_BYTES)?;
    let (role, strength, tag) = match field.kind {
        FieldKind::Deadline => (DateRole::Deadline, 3, "field.deadline"),
        FieldKind::Start => (DateRole::Start, 0, "field.start"),
        FieldKind::Published => (DateRole::Published, 0, "field.published"),
        _ => return None,
    };
    let evidence = doc.evidence(field.label.0, field.label.1);
    Some(Role {
        role,
        strength,
        reason: Some(Reason::of_cue(
            "dates.field",
            format!(
                "{}: the value of the field \"{}\"",
                role_word(role),
                evidence.text
            ),
            Words::Fields.cue(tag, evidence),
        )),
    })
}

/// A role in the words of a reason.
fn role_word(role: DateRole) -> &'static str {
    match role {
        DateRole::Deadline => "deadline",
        DateRole::Start => "start",
        DateRole::Interview => "interview",
        DateRole::Published => "publication",
        DateRole::Event => "event",
        DateRole::ContractEnd => "contract end",
        DateRole::Other => "other date",
    }
}

/// What the sentence of a date is about, which decides what a bare "by"/"before" means.
#[derive(Clone, Copy)]
struct Limits {
    applying: bool,
    contract: bool,
    /// A limit word opens the date's line, which holds little else.
    heads_line: bool,
}

/// Longest line, in chars, that a limit word opening it makes a deadline line: the date with
/// its time and zone, not a sentence.
const MAX_DATE_LINE_CHARS: usize = 60;

/// The role cue closest to the date (those before it first) as (distance, role, strength).
fn nearest_cue<'l>(
    hits: &[Hit<'l>],
    start: usize,
    end: usize,
    penalty: usize,
    limits: Limits,
) -> Option<(usize, DateRole, u8, Hit<'l>)> {
    let mut best: Option<(usize, DateRole, u8, Hit)> = None;
    for hit in hits {
        let distance = if hit.end <= start {
            start - hit.end
        } else if hit.start >= end {
            hit.start - end + 200
        } else {
            continue;
        } + penalty;
        let close_limit = hit.tag == "limit" && hit.end <= start && distance <= 30 + penalty;
        let close_start = hit.tag == "start_prep" && hit.end <= start && distance <= 12 + penalty;
        let (role, strength) = match hit.tag {
            "role.deadline" => (DateRole::Deadline, 3),
            "at_latest" if limits.applying || limits.heads_line => (DateRole::Deadline, 3),
            "role.start" => (DateRole::Start, 0),
            "role.interview" => (DateRole::Interview, 0),
            "role.published" => (DateRole::Published, 0),
            "role.event" => (DateRole::Event, 0),
            "role.contract_end" => (DateRole::ContractEnd, 0),
            "role.other" => (DateRole::Other, 0),
            "limit" if close_limit && (limits.applying || limits.heads_line) => {
                (DateRole::Deadline, 2)
            }
            "limit" if close_limit && limits.contract => (DateRole::ContractEnd, 0),
            "start_prep" if close_start => (DateRole::Start, 0),
            _ => continue,
        };
        if best.is_none_or(|(d, ..)| distance < d) {
            best = Some((distance, role, strength, *hit));
        }
    }
    best
}

/// A written date with its role and the time attached to it, before years are settled.
struct Placed {
    written: Written,
    role: DateRole,
    strength: u8,
    reason: Option<Reason>,
    /// The time and zone, with the byte range of date and time together.
    clock: Option<(Clock, usize, usize)>,
}

/// Every date with its role; the deadline among them and the start date.
pub struct DateExtractor;

impl Extractor for DateExtractor {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn reads(&self) -> &'static [Reads] {
        &[Reads {
            words: Words::Dates,
            tags: &[
                "asap",
                "alternative",
                "asap_weak",
                "at_latest",
                "contract",
                "limit",
                "month.",
                "month_part",
                "period_from",
                "period_to",
                "role.",
                "start_prep",
                "weekday",
            ],
        }]
    }

    fn extract(&self, cx: &Context, analysis: &mut PostingAnalysis) {
        let found = extract(cx.doc, cx.posting, cx.fields(), cx.today);
        analysis.deadline = deadline(&found, cx.today);
        if let Some(d) = analysis.deadline.as_mut().filter(|d| d.time.is_none()) {
            add_time_apart(cx.doc, cx.posting, &found, d);
        }
        analysis.start_date = start_date(cx.doc, cx.posting, &found);
        analysis.dates = found.into_iter().map(|d| d.finding).collect();
    }
}

/// Every date of a posting with its role, time and zone; missing years inferred.
fn extract(doc: &Doc, posting: &Posting, fields: &Fields, today: Date) -> Vec<FoundDate> {
    let text = &doc.folded;
    let written = written_dates(doc, posting.start, posting.end);
    let order = numeric_order(doc, posting);
    let mut found: Vec<Placed> = written
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let next = written.get(i + 1).map_or(text.len(), |n| n.start);
            let Role {
                role,
                strength,
                reason,
            } = role_of(doc, w.start, w.end, posting, fields);
            Placed {
                written: w.clone(),
                role,
                strength,
                reason,
                clock: w
                    .day
                    .and_then(|_| attached_clock(text, w.start, w.end, next)),
            }
        })
        .collect();
    mark_glued_publication_pair(&mut found);
    mark_periods(doc, &mut found);
    mark_dateline(doc, posting, &mut found);
    let published = found
        .iter()
        .find(|p| p.role == DateRole::Published && p.written.year.is_some())
        .and_then(|p| civil(&p.written, p.written.year?, order));
    // Without a publication date, the posting's other full dates about the job (start,
    // interview, contract end, another deadline) date it; a date with no role ("la loi du
    // 8 juillet 1976") does not.
    let dated: Vec<Date> = match published {
        Some(_) => Vec::new(),
        None => found
            .iter()
            .filter(|p| p.role != DateRole::Other)
            .filter_map(|p| civil(&p.written, p.written.year?, order))
            .collect(),
    };
    let reference = published.unwrap_or(today);
    found
        .into_iter()
        .filter_map(
            |Placed {
                 written: w,
                 role,
                 strength,
                 reason,
                 clock,
             }| {
                let (date, year_inferred) = match w.year {
                    Some(y) => (civil(&w, y, order)?, false),
                    None if !dated.is_empty() => (nearest_to(&w, &dated, order)?, true),
                    None => {
                        let this_year = civil(&w, reference.year(), order);
                        match this_year {
                            Some(d) if d >= reference => (d, true),
                            _ => (civil(&w, reference.year() + 1, order)?, true),
                        }
                    }
                };
                let (ev_start, ev_end) =
                    clock.as_ref().map_or((w.start, w.end), |&(_, s, e)| (s, e));
                let (time, timezone) =
                    clock.map_or((None, None), |(c, ..)| (Some(c.time), c.timezone));
                let offset = match (time, &timezone) {
                    (Some(t), Some(z)) => Some(utc_offset(date, t, z)),
                    _ => None,
                };
                Some(FoundDate {
                    finding: DateFinding {
                        role,
                        date,
                        time,
                        timezone,
                        utc_offset: offset,
                        year_inferred,
                        ambiguous: w.swappable && order.is_none(),
                        precision: if w.day.is_some() {
                            Precision::Day
                        } else {
                            Precision::Month
                        },
                        evidence: doc.evidence(ev_start, ev_end),
                        reasons: reason.into_iter().collect(),
                    },
                    strength,
                })
            },
        )
        .collect()
}

/// The yearless date `w` in the year that puts it nearest to one of the posting's full dates
/// ("candidater jusqu'au 23 novembre" with a start on 4 January 2021 is 23 November 2020).
fn nearest_to(w: &Written, dated: &[Date], order: Option<bool>) -> Option<Date> {
    dated
        .iter()
        .flat_map(|d| [d.year() - 1, d.year(), d.year() + 1])
        .filter_map(|y| civil(w, y, order))
        .min_by_key(|c| dated.iter().map(|d| d.days_until(*c).abs()).min())
}

/// A blog or a board prints when it posted a text as a date alone on a line at its top ("Jul 20,
/// 2005 17:12"): with no publication date named, that is the publication, from which the
/// posting's yearless dates take their year.
fn mark_dateline(doc: &Doc, posting: &Posting, found: &mut [Placed]) {
    /// How far into a posting its dateline may stand: after a title and a byline at most.
    const TOP_BYTES: usize = 300;
    if found.iter().any(|p| p.role == DateRole::Published) {
        return;
    }
    let text = &doc.folded;
    let Some(first) = found.first_mut() else {
        return;
    };
    let (start, end) = first
        .clock
        .as_ref()
        .map_or((first.written.start, first.written.end), |&(_, s, e)| {
            (s, e)
        });
    let (line_start, line_end) = line_around(text, start);
    let alone = text[line_start..line_end].trim() == text[start..end].trim();
    if alone
        && first.role == DateRole::Other
        && first.written.year.is_some()
        && start < posting.start + TOP_BYTES
    {
        first.role = DateRole::Published;
        first.reason = Some(Reason::of_rule(
            "dates.dateline",
            "publication: a date alone on a line at the top of the posting".to_string(),
        ));
    }
}

/// Job boards print "posted" and "closing" dates side by side with no words
/// ("January 26, 2026March 12, 2026"): the earlier is the publication, the later the deadline.
fn mark_glued_publication_pair(found: &mut [Placed]) {
    if found.iter().any(|p| p.role == DateRole::Deadline) {
        return;
    }
    for i in 1..found.len() {
        let (first, second) = (&found[i - 1].written, &found[i].written);
        let glued = second.start.saturating_sub(first.end) <= 3;
        let later = (second.year, second.month, second.day) > (first.year, first.month, first.day);
        let unlabelled = found[i - 1].role == DateRole::Other && found[i].role == DateRole::Other;
        if glued && later && unlabelled && first.year.is_some() && second.day.is_some() {
            let because = |role| {
                format!("{}: a pair of dates, the earlier published, the later the deadline, with no other deadline named", role_word(role))
            };
            found[i - 1].role = DateRole::Published;
            found[i - 1].reason = Some(Reason::of_rule(
                "dates.glued_pair",
                because(DateRole::Published),
            ));
            found[i].role = DateRole::Deadline;
            found[i].reason = Some(Reason::of_rule(
                "dates.glued_pair",
                because(DateRole::Deadline),
            ));
            found[i].strength = 1;
            return;
        }
    }
}

/// A period the job runs for, "from September 2011 to January 2012", "between September 2020
/// and January 2021", "Ausbildungsdauer: August 2024 bis August 2026": its first date is the
/// start and its last the end, when no cue named them otherwise; in a sentence about applying
/// the period is the application window, whose last date is the deadline.
fn mark_periods(doc: &Doc, found: &mut [Placed]) {
    let (text, lex) = (&doc.folded, cues(doc));
    for i in 1..found.len() {
        let (first, second) = (&found[i - 1].written, &found[i].written);
        if found[i - 1].role != DateRole::Other || found[i].role != DateRole::Other {
            continue;
        }
        let gap = &text[first.end..second.start];
        let between = gap.trim();
        // A joining word is short; two dates paragraphs apart are no period (and the text
        // between them is not worth a look-up).
        if between.len() > 24 {
            continue;
        }
        let from = first.end + gap.len() - gap.trim_start().len();
        let to = from + between.len();
        // "bis", "tot", "jusqu'au" are also limits ("apply by"): either list joins a period.
        let joined = matches!(between, "-" | "–")
            || lex
                .find_in(from, to)
                .iter()
                .any(|h| matches!(h.tag, "period_to" | "limit") && h.start == from && h.end == to);
        let line_start = line_around(text, first.start).0;
        let look_from = text.ceil_char_boundary(first.start.saturating_sub(30).max(line_start));
        let opened = lex.find_in(look_from, first.start).last().is_some_and(|h| {
            h.tag == "period_from" && text[h.end..first.start].trim_matches([' ', ':']).is_empty()
        });
        let (s, e) = doc.sentence_around(first.start);
        // A sentence that gave the start as "as soon as possible" names another period.
        let started = lex
            .find_in(s, first.start)
            .iter()
            .any(|h| matches!(h.tag, "asap" | "asap_weak"));
        if joined && opened && is_about_applying(doc, s, e) {
            // A period for applying ("apply on-line between 1 and 29 September") ends at the
            // deadline.
            found[i].role = DateRole::Deadline;
            found[i].strength = 2;
            found[i].reason = Some(Reason::of_rule(
                "dates.period",
                "deadline: the last date of the period for applying".to_string(),
            ));
        } else if joined && opened && !started {
            found[i - 1].role = DateRole::Start;
            found[i - 1].reason = Some(Reason::of_rule(
                "dates.period",
                "start: the first date of a period of work".to_string(),
            ));
            found[i].role = DateRole::ContractEnd;
            found[i].reason = Some(Reason::of_rule(
                "dates.period",
                "contract end: the last date of a period of work".to_string(),
            ));
        }
    }
}

fn civil(w: &Written, year: i16, order: Option<bool>) -> Option<Date> {
    let (day, month) = match (w.swappable, order) {
        (true, Some(false)) => (w.month, w.day.unwrap_or(1)),
        _ => (w.day.unwrap_or(1), w.month),
    };
    Date::new(year, month, day)
}

/// The deadline: the best-supported deadline date, the later one when two are equally sure.
pub fn deadline(dates: &[FoundDate], today: Date) -> Option<Deadline> {
    let candidates: Vec<&FoundDate> = dates
        .iter()
        .filter(|d| d.finding.role == DateRole::Deadline && d.finding.precision == Precision::Day)
        .collect();
    let best = *candidates
        .iter()
        .max_by_key(|d| (d.strength, d.finding.date, d.finding.time.is_some()))?;
    let distinct = candidates
        .iter()
        .filter(|d| d.finding.date != best.finding.date)
        .count();
    let mut reasons = best.finding.reasons.clone();
    if distinct > 0 {
        reasons.push(Reason::of_rule(
            "dates.deadline",
            format!(
                "chosen over {distinct} other date{} named as a deadline: the most explicit cue, then the latest date",
                if distinct == 1 { "" } else { "s" }
            ),
        ));
    }
    // The same date may be repeated with its time only once.
    let timed = dates
        .iter()
        .filter(|d| {
            d.finding.role == DateRole::Deadline
                && d.finding.date == best.finding.date
                && d.finding.time.is_some()
        })
        .map(|d| &d.finding)
        .next()
        .unwrap_or(&best.finding);
    Some(Deadline {
        year_inferred: best.finding.year_inferred,
        ambiguous: best.finding.ambiguous,
        reasons,
        ..Deadline::on(
            best.finding.date,
            timed.time,
            timed.timezone.clone(),
            today,
            timed.evidence.clone(),
        )
    })
}

/// A deadline's time written in a sentence of its own about applying, with no date in it
/// ("Applications must be submitted no later than midnight (Brussels time) on the date of the
/// deadline", "Bewerbungen … am Tag des Bewerbungsschlusses bis 12 Uhr"): a time right after a
/// limit word. Only when the posting gives one such time; several would be a schedule.
fn add_time_apart(doc: &Doc, posting: &Posting, found: &[FoundDate], deadline: &mut Deadline) {
    /// Most bytes between the limit word and its time ("no later than 23:59", "bis 12 Uhr").
    const LIMIT_TO_TIME: usize = 12;
    let (text, lex) = (&doc.folded, cues(doc));
    let limits: Vec<Hit> = lex
        .find_in(posting.start, posting.end)
        .into_iter()
        .filter(|h| matches!(h.tag, "limit" | "at_latest" | "role.deadline"))
        .collect();
    // Whether one of the posting's dates lies in `s..e`.
    let names_a_date = |s: usize, e: usize| {
        let span = doc.span(s, e);
        found.iter().any(|d| {
            let ev = &d.finding.evidence;
            ev.start < span.end() && ev.end > span.start()
        })
    };
    let mut times = Vec::new();
    for (s, e) in doc.sentences_at(limits.iter().map(|h| h.start)) {
        if !is_about_applying(doc, s, e) || names_a_date(s, e) {
            continue;
        }
        for c in patterns().time.captures_iter(&text[s..e]) {
            let m = c.get(0).expect("whole match");
            let (start, end) = (s + m.start(), s + m.end());
            let after_limit = limits
                .iter()
                .any(|h| h.end <= start && start - h.end <= LIMIT_TO_TIME && h.start >= s);
            let bounded = !text[..start].ends_with(|ch: char| ch.is_alphanumeric())
                && !text[end..].starts_with(|ch: char| ch.is_alphanumeric());
            if let (true, true, Some(clock)) = (after_limit, bounded, clock(&c)) {
                times.push((clock, start, end));
            }
        }
    }
    let [(clock, start, end)] = times.as_slice() else {
        return;
    };
    let evidence = doc.evidence(*start, *end);
    deadline.reasons.push(Reason::of_rule(
        "dates.time_apart",
        format!(
            "time: \"{}\" after a limit word in a sentence about applying that names no date",
            evidence.text
        ),
    ));
    deadline.time = Some(clock.time);
    if let Some(zone) = &clock.timezone {
        deadline.utc_offset = Some(utc_offset(deadline.date, clock.time, zone));
        deadline.timezone = Some(zone.clone());
    }
}

/// The start date: the first start-role date, else `asap` when the posting says so.
pub fn start_date(doc: &Doc, posting: &Posting, dates: &[FoundDate]) -> Option<String> {
    if let Some(d) = dates.iter().find(|d| d.finding.role == DateRole::Start) {
        return Some(d.finding.date.to_string());
    }
    let lex = cues(doc);
    lex.find_in(posting.start, posting.end)
        .iter()
        .any(|h| {
            let (s, e) = doc.sentence_around(h.start);
            h.tag == "asap"
                || (h.tag == "asap_weak" && (lex.has(s, e, "role.start") || h.start - s < 3))
        })
        .then(|| "asap".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::analysis::test_support::{deadline_of, one, today};

    #[test]
    fn month_windows_hold_every_date_with_a_month_name() {
        // (folded line, the windows' texts)
        let cases: &[(&str, &[&str])] = &[
            (
                "deadline: monday, 12th of march 2025, 17:00",
                &["monday, 12th of march 2025, 17:00"],
            ),
            (
                "apply by friday 3 may 2024 at noon",
                &["by friday 3 may 2024 at"],
            ),
            (
                "date limite : le mercredi 1er octobre 2025 à midi",
                &["le mercredi 1er octobre 2025 à"],
            ),
            (
                "bewerbungsfrist bis zum 12. märz 2025 um 12 uhr",
                &["bis zum 12. märz 2025 um"],
            ),
            (
                "uiterlijk vrijdag 7 november 2025 om 12:00 uur",
                &["uiterlijk vrijdag 7 november 2025 om"],
            ),
            (
                "march 3, 2025 or 12mars 2026",
                &["march 3, 2025 or 12mars 2026"],
            ),
            // Windows that overlap merge; lines without a digit or a month give none.
            (
                "from 1 june to 30 september 2025",
                &["from 1 june to 30 september 2025"],
            ),
            ("start in june, apply now", &[]),
            ("marché 2025, sommer 2024", &[]),
        ];
        let months = &patterns().month_words;
        for &(text, expected) in cases {
            let windows: Vec<&str> = month_windows(text, 0, text.len(), months)
                .into_iter()
                .map(|(s, e)| &text[s..e])
                .collect();
            assert_eq!(windows, expected, "{text:?}");
        }
        // A window never leaves its line or the range asked.
        let text = "12\nmarch\n2025 april 3\n";
        let windows = month_windows(text, 0, text.len(), months);
        assert_eq!(windows, [(9, 21)], "{:?}", &text[9..21]);
        assert_eq!(month_windows(text, 12, text.len(), months), [(12, 21)]);
        assert!(month_windows(text, 0, 13, months).is_empty());
    }

    #[test]
    fn words_are_counted_back_and_ahead_from_inside_a_word() {
        type Count = fn(&str, usize) -> usize;
        let cases: &[(Count, &str, usize, usize)] = &[
            (words_back, "monday, 12th of ", 3, 0),
            (words_back, "monday, 12th of ", 2, 8),
            (words_back, "le 12-", 1, 0),
            (words_back, "  12", 3, 0),
            (words_back, "", 2, 0),
            (words_ahead, ". 3, 2025 at noon", 2, 9),
            (words_ahead, ", 2025", 1, 6),
            (words_ahead, "-2025 x", 1, 7),
            (words_ahead, "   ", 2, 3),
        ];
        for &(count, text, n, at) in cases {
            assert_eq!(count(text, n), at, "{text:?} {n}");
        }
    }

    /// (text, date, time, timezone) of the first date found.
    fn first_date(text: &str) -> (String, Option<String>, Option<String>) {
        let a = one(text);
        let d = a
            .dates
            .first()
            .unwrap_or_else(|| panic!("no date in {text:?}"));
        (
            d.date.to_string(),
            d.time.map(|t| t.to_string()),
            d.timezone.as_ref().map(|z| z.to_string()),
        )
    }

    /// A short line opened by a limit word is the posting's deadline, as a job board's field
    /// is; in a longer sentence the same word needs a sentence about applying.
    #[test]
    fn a_line_opened_by_a_limit_word_holds_the_deadline() {
        for (text, want) in [
            ("Instrumentation Engineer\nBefore 13/09/2026 at 23:59 (Geneva Time)\nWhat you'll do", Some("2026-09-13")),
            ("Chargé de mission\nAvant le 13/09/2026 à 23h59\nVotre mission", Some("2026-09-13")),
            ("Beleidsmedewerker\nVóór 13/09/2026 om 23.59 uur\nJouw functie", Some("2026-09-13")),
            ("Referentin (m/w/d)\nBis 13.09.2026, 23:59 Uhr\nIhre Aufgaben", Some("2026-09-13")),
            ("Policy Officer\nBefore 13 September 2026 the team moved its offices to a new building in Brussels.", None),
            ("Policy Officer\nThe project runs until 13 September 2026.", None),
        ] {
            let a = one(text);
            let got = a.deadline.map(|d| d.date.to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
        let a = one("Engineer\nBefore 13/09/2026 at 23:59 (Geneva Time)");
        let why = &a.deadline.unwrap().reasons[0].because;
        assert_eq!(
            why,
            "deadline: \"Before\" opens its line, which holds only the date"
        );
    }

    /// Zones written after a time (the words are data: `date_patterns.lex`), in four languages; a
    /// local time that names no zone stays without one.
    #[test]
    fn zones_written_after_a_time() {
        let zone = |text: &str| {
            let (_, time, zone) = first_date(text);
            (time.unwrap_or_default(), zone)
        };
        for (text, time, want) in [
            (
                "Deadline: 30 September 2026, 23:45 (Luxembourg time)",
                "23:45",
                Some("Europe/Luxembourg"),
            ),
            (
                "Au plus tard le 30 septembre 2026 à 23h45 (heure de Luxembourg).",
                "23:45",
                Some("Europe/Luxembourg"),
            ),
            (
                "Solliciteer uiterlijk 30 september 2026 om 23.45 uur (Luxemburgse tijd).",
                "23:45",
                Some("Europe/Luxembourg"),
            ),
            (
                "Bewerbungsschluss: 30. September 2026, 23:45 Uhr (Luxemburger Zeit)",
                "23:45",
                Some("Europe/Luxembourg"),
            ),
            (
                "Date limite : 1er mars 2026 à 12h00 (heure de Paris)",
                "12:00",
                Some("Europe/Paris"),
            ),
            (
                "Solliciteer vóór 1 maart 2026 om 12:00 uur Nederlandse tijd",
                "12:00",
                Some("Europe/Amsterdam"),
            ),
            (
                "Date limite : 1er mars 2026 à midi (heure de Belgique)",
                "12:00",
                Some("Europe/Brussels"),
            ),
            (
                "Bewerbungsfrist: 1. März 2026, 12 Uhr MEZ",
                "12:00",
                Some("CET"),
            ),
            (
                "Deadline: 1 March 2026 at midnight GMT",
                "24:00",
                Some("UTC"),
            ),
            (
                "Sluitingsdatum: 1 maart 2026 om 17.00 uur CET",
                "17:00",
                Some("CET"),
            ),
            (
                "Before 13/09/2026 at 23:59 (Geneva Time)",
                "23:59",
                Some("Europe/Zurich"),
            ),
            (
                "Date limite : 13 septembre 2026 à 12h (heure de Genève)",
                "12:00",
                Some("Europe/Zurich"),
            ),
            ("Deadline: 1 March 2026 at 17:00 local time", "17:00", None),
            (
                "Date limite : 1er mars 2026 à 17h (heure d'été)",
                "17:00",
                None,
            ),
        ] {
            assert_eq!(
                zone(text),
                (time.to_string(), want.map(str::to_string)),
                "{text}"
            );
        }
    }

    #[test]
    fn formats_in_four_languages() {
        let cases = [
            ("Deadline: 30 November 2025", "2025-11-30", None, None),
            ("Apply by November 30, 2025.", "2025-11-30", None, None),
            (
                "before the 29 of February 2024 at midnight",
                "2024-02-29",
                Some("24:00"),
                None,
            ),
            (
                "before Friday 09 February 2024 23:59.",
                "2024-02-09",
                Some("23:59"),
                None,
            ),
            (
                "by 23:59 CET on 16 April 2023 to jobs@x.eu",
                "2023-04-16",
                Some("23:59"),
                Some("CET"),
            ),
            ("Closing date: 30/11/2025", "2025-11-30", None, None),
            (
                "Closing date: 2025-11-30 at 12:00 (Brussels time)",
                "2025-11-30",
                Some("12:00"),
                Some("Europe/Brussels"),
            ),
            (
                "Date limite : le 3 mars 2025 à 12h",
                "2025-03-03",
                Some("12:00"),
                None,
            ),
            (
                "Envoyez votre candidature avant le 1er décembre 2025 à minuit.",
                "2025-12-01",
                Some("24:00"),
                None,
            ),
            (
                "à envoyer au plus tard le 15 janvier 2026 à 12h00 (heure de Bruxelles)",
                "2026-01-15",
                Some("12:00"),
                Some("Europe/Brussels"),
            ),
            (
                "Solliciteer uiterlijk 5 januari 2025.",
                "2025-01-05",
                None,
                None,
            ),
            (
                "Reageer vóór 14 maart 2025 om 17u.",
                "2025-03-14",
                Some("17:00"),
                None,
            ),
            ("Bewerbungsschluss: 31.01.2025", "2025-01-31", None, None),
            (
                "Bitte bewerben Sie sich bis zum 31. Januar 2025, 12 Uhr.",
                "2025-01-31",
                Some("12:00"),
                None,
            ),
            (
                "Closing date: 4 March 2025, 4pm CET",
                "2025-03-04",
                Some("16:00"),
                Some("CET"),
            ),
            (
                "Deadline: 10 June 2025 at noon CEST",
                "2025-06-10",
                Some("12:00"),
                Some("CEST"),
            ),
            (
                "Deadline 3 juni 2025 middernacht",
                "2025-06-03",
                Some("24:00"),
                None,
            ),
            (
                "Frist: 2. Mai 2025 Mitternacht",
                "2025-05-02",
                Some("24:00"),
                None,
            ),
            (
                "Kandidaturen worden aanvaard tot 31 augustus 2022, 12u00.",
                "2022-08-31",
                Some("12:00"),
                None,
            ),
            (
                "bis zum 10. Oktober 2025, 12:00 Uhr MESZ an uns",
                "2025-10-10",
                Some("12:00"),
                Some("CEST"),
            ),
        ];
        for (text, date, time, tz) in cases {
            let got = first_date(text);
            assert_eq!(
                got,
                (
                    date.to_string(),
                    time.map(str::to_string),
                    tz.map(str::to_string)
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn glued_dates_are_two_dates() {
        let a = one("January 26, 2026March 12, 2026BrusselsBelgium\nProject Assistant");
        let dates: Vec<_> = a
            .dates
            .iter()
            .map(|d| (d.date.to_string(), d.role))
            .collect();
        assert_eq!(
            dates,
            vec![
                ("2026-01-26".to_string(), DateRole::Published),
                ("2026-03-12".to_string(), DateRole::Deadline)
            ]
        );
        assert_eq!(a.deadline.unwrap().date.to_string(), "2026-03-12");
    }

    #[test]
    fn roles_from_cue_words() {
        let cases = [
            ("Start date: 01 January 2026", DateRole::Start),
            ("Interviews will be held in person on 16 May 2023.", DateRole::Interview),
            ("Les entretiens auront lieu le 12 mars 2025.", DateRole::Interview),
            ("De sollicitatiegesprekken vinden plaats op 12 maart 2025.", DateRole::Interview),
            ("Die Vorstellungsgespräche finden am 12. März 2025 statt.", DateRole::Interview),
            ("Published on 3 February 2025", DateRole::Published),
            ("Date de publication : 3 février 2025", DateRole::Published),
            ("Gepubliceerd op 3 februari 2025", DateRole::Published),
            ("Veröffentlicht am 3. Februar 2025", DateRole::Published),
            ("An info-session webinar is organised. This will take place on 02/04/2025 at 4pm CET.", DateRole::Event),
            ("A contract until the end of August 2026.", DateRole::ContractEnd),
            ("Entrée en fonction : 1er septembre 2025", DateRole::Start),
            ("Indiensttreding op 1 september 2025", DateRole::Start),
            ("Eintritt zum 1. September 2025", DateRole::Start),
            ("Dienstort Berlin, ab 12.05.2026", DateRole::Start),
            ("Wir suchen zum 1. September 2018 eine Referentin.", DateRole::Start),
            ("Un stage de 6 mois à partir du 3 mars 2025.", DateRole::Start),
            ("Je start vanaf 1 april 2024.", DateRole::Start),
            ("befristet bis zum 31.07.2027 mit Option auf Verlängerung", DateRole::ContractEnd),
            ("Kandidaturen worden aanvaard tot 31 augustus 2022, 12u00.", DateRole::Deadline),
            ("The conference took place on 3 May 2022.", DateRole::Other),
        ];
        for (text, role) in cases {
            let a = one(text);
            assert_eq!(a.dates.first().map(|d| d.role), Some(role), "{text}");
        }
    }

    #[test]
    fn dates_that_are_not_deadlines() {
        for text in [
            "Interviews will be held in person on 16 May 2023.",
            "This will take place on 02/04/2025 at 4pm CET after the info-session announcement.",
            "Start date: 01 January 2026",
            "Please reply as soon as possible; the office closes on 3 May 2025 for a holiday.",
            "ICLEI was founded on 3 May 1990 and may 2 teams join.",
            "Version 2.10.2025 of the form; call 02/12/34.",
        ] {
            assert_eq!(one(text).deadline, None, "{text}");
        }
        // A date labelled as something else takes no deadline word from before its label.
        for text in [
            "Deadline for application: 21 September 2026 12:00 Validity of the reserve list 31 December 2029",
            "Date limite de candidature : 21 septembre 2026 Validité de la liste de réserve 31 décembre 2029",
            "Uiterste inzenddatum: 21 september 2026 Geldigheid van de reservelijst 31 december 2029",
            "Bewerbungsfrist: 21. September 2026 Gültigkeit der Reserveliste 31. Dezember 2029",
        ] {
            assert_eq!(deadline_of(text).as_deref(), Some("2026-09-21"), "{text}");
        }
    }

    #[test]
    fn numeric_dates_both_ways_are_ambiguous_unless_settled() {
        let a = one("Apply by 02/04/2025.");
        let d = a.deadline.unwrap();
        assert_eq!(
            (d.date.to_string().as_str(), d.ambiguous),
            ("2025-04-02", true)
        );
        let a = one("Published 25/03/2025. Apply by 02/04/2025.");
        assert!(!a.deadline.unwrap().ambiguous);
        let a = one("Published 03/25/2025. Apply by 04/02/2025.");
        assert_eq!(a.deadline.unwrap().date.to_string(), "2025-04-02");
    }

    #[test]
    fn missing_years_are_inferred_after_publication_or_today() {
        let a = one("Deadline: 1er décembre");
        let d = a.deadline.unwrap();
        assert_eq!(
            (d.date.to_string().as_str(), d.year_inferred),
            ("2024-12-01", true)
        );
        let a = one("Published on 3 November 2025. Deadline: 9 January");
        assert_eq!(a.deadline.unwrap().date.to_string(), "2026-01-09");
    }

    /// Day and month in figures with no year, after a word that makes them a date, take the
    /// year as other yearless dates do; without such a word figures stay figures.
    #[test]
    fn yearless_numeric_dates_in_four_languages() {
        for (text, want) in [
            ("Apply by 15/02 via our website.", "2024-02-15"),
            ("Postulez avant le 17/02 via le site.", "2024-02-17"),
            ("Candidatures jusqu'au 3/5.", "2024-05-03"),
            ("Solliciteren tot 22/4 via de website.", "2024-04-22"),
            ("Reageer uiterlijk op 30/1.", "2024-01-30"),
            ("Bewerbungen bis 31.01. an jobs@example.de", "2024-01-31"),
            ("Bewerbungsfrist: bis zum 15.3. (Eingang)", "2024-03-15"),
        ] {
            let d = one(text).deadline.expect(text);
            assert_eq!(
                (d.date.to_string().as_str(), d.year_inferred),
                (want, true),
                "{text}"
            );
        }
        for text in [
            "We are available 24/7 for our members.",
            "About 3/4 of our staff work from home.",
            "Bewerbungen bis 10.10 Uhr am Freitag.",
            "Het indexcijfer is 38/38 voor deze schaal.",
            "La réunion dure 1.5 heures, jusqu'au 2.5 km.",
            "Sie arbeiten am 3.5 Tage pro Woche.",
        ] {
            assert!(one(text).dates.is_empty(), "{text}");
        }
    }

    /// A year written once for two dates ("from October to December 2010") belongs to both; a
    /// month alone is a date only so.
    #[test]
    fn two_dates_share_one_written_year() {
        for (text, start) in [
            (
                "The trainee works for 3 months from October to December 2010.",
                "2010-10-01",
            ),
            (
                "The internship runs from November to February 2025.",
                "2024-11-01",
            ),
            (
                "Le stage se déroule d'octobre à décembre 2024.",
                "2024-10-01",
            ),
            (
                "Le début du contrat est estimé à la mi-février ou début mars 2020.",
                "2020-02-01",
            ),
            (
                "Wij zoeken een stagiair vanaf augustus-september 2012.",
                "2012-08-01",
            ),
            (
                "Das Praktikum läuft von Oktober bis Dezember 2024.",
                "2024-10-01",
            ),
            (
                "Die Stelle ist vom 1.10. bis 30.6.2025 zu besetzen.",
                "2024-10-01",
            ),
        ] {
            assert_eq!(one(text).start_date.as_deref(), Some(start), "{text}");
        }
        // A month alone, with no year beside it, is no date.
        for text in [
            "We meet every October in Brussels.",
            "En octobre, l'équipe part en séminaire.",
            "In augustus is het kantoor gesloten.",
            "Im Oktober ist das Büro geschlossen.",
        ] {
            assert!(one(text).dates.is_empty(), "{text}");
        }
    }

    /// Dates as people type them: a day written as a word, month names in lower case or
    /// without accents, an abbreviated weekday before a date with a time before it.
    #[test]
    fn dates_people_type_in_four_languages() {
        for (text, want) in [
            ("Apply by the first of May 2025.", "2025-05-01"),
            ("Apply by march 3, 2025.", "2025-03-03"),
            ("Candidatures jusqu'au premier mars 2025.", "2025-03-01"),
            ("Candidatures jusqu'au quinze mars 2025.", "2025-03-15"),
            ("Date limite : 15 fev 2025", "2025-02-15"),
            ("Solliciteren tot vierentwintigste mei 2025.", "2025-05-24"),
            ("Solliciteren tot 24 mei 2025.", "2025-05-24"),
            ("Bewerbungen bis zum ersten Januar 2025.", "2025-01-01"),
            ("Bewerbungen bis 3. Marz 2025.", "2025-03-03"),
        ] {
            assert_eq!(deadline_of(text).as_deref(), Some(want), "{text}");
        }
        let d = one("Apply by 1:30 PM on Sat, Sep 21, 2024")
            .deadline
            .expect("a deadline");
        assert_eq!(d.time.map(|t| t.to_string()).as_deref(), Some("13:30"));
        // "may" and "march" in lower case without a year are verbs.
        for text in [
            "Candidates may 2 times apply.",
            "The teams march 3 kilometres.",
        ] {
            assert!(one(text).dates.is_empty(), "{text}");
        }
    }

    /// A deadline's time in a sentence of its own about applying, with no date, after a limit
    /// word; not office hours, not a time beside another date, not one of several times.
    #[test]
    fn a_deadline_time_written_apart() {
        let when = |text: &str| {
            one(text)
                .deadline
                .map(|d| (d.time.map(|t| t.to_string()), d.timezone.is_some()))
        };
        for (text, time, zoned) in [
            ("Deadline: 15 March 2025.\nApplications must be submitted no later than midnight (Brussels time) on the date of the deadline.", "24:00", true),
            ("Date limite : 15 mars 2025.\nLes candidatures doivent parvenir avant midi (heure de Bruxelles) le jour de la date limite.", "12:00", true),
            ("Uiterste datum: 15 maart 2025.\nKandidaturen moeten ten laatste om 23.59 uur binnen zijn.", "23:59", false),
            ("Bewerbungsschluss: 15. März 2025.\nBewerbungen müssen am Tag des Bewerbungsschlusses bis 12 Uhr eingegangen sein.", "12:00", false),
        ] {
            assert_eq!(when(text), Some((Some(time.to_string()), zoned)), "{text}");
        }
        for text in [
            "Deadline: 15 March 2025.\nOur office is open until 17:00 on weekdays.",
            "Date limite : 15 mars 2025.\nLes entretiens auront lieu le 20 mars 2025 avant 10:00.",
            "Uiterste datum: 15 maart 2025.\nStuur je cv vóór 12:00 of vóór 17:00 op vrijdag.",
            "Bewerbungsschluss: 15. März 2025.\nUnser Büro ist bis 17 Uhr geöffnet.",
        ] {
            assert_eq!(when(text), Some((None, false)), "{text}");
        }
    }

    /// A day written alone before a joining word shares the month and year of the date after
    /// it; a period for applying ends at the deadline, a period of work starts the job.
    #[test]
    fn a_day_alone_shares_the_month_of_the_next_date() {
        for text in [
            "You can only apply on-line, between 1 and 29 September 2024.",
            "Candidatures en ligne du 1er au 29 septembre 2024.",
            "Solliciteren kan van 1 tot 29 september 2024.",
            "Bewerbungen sind vom 1. bis 29. September 2024 möglich.",
        ] {
            let a = one(text);
            assert_eq!(
                a.deadline.map(|d| d.date.to_string()).as_deref(),
                Some("2024-09-29"),
                "{text}"
            );
            assert_eq!(
                a.dates.first().map(|d| d.date.to_string()).as_deref(),
                Some("2024-09-01"),
                "{text}"
            );
        }
        for text in [
            "The internship runs from 1 to 29 September 2024.",
            "Le stage a lieu du 1er au 29 septembre 2024.",
            "De stage loopt van 1 tot 29 september 2024.",
            "Das Praktikum läuft vom 1. bis 29. September 2024.",
        ] {
            let a = one(text);
            assert_eq!(a.start_date.as_deref(), Some("2024-09-01"), "{text}");
            assert!(a.deadline.is_none(), "{text}");
        }
        // A number that counts something is no day.
        for text in [
            "We have 3 offices and 29 September is our open day.",
            "Nous avons 3 bureaux et le 29 septembre 2024 est notre journée.",
            "Wij hebben 3 kantoren en 29 september 2024 is onze open dag.",
            "Wir haben 3 Büros und am 29. September 2024 ist Tag der offenen Tür.",
        ] {
            assert_eq!(one(text).dates.len(), 1, "{text}");
        }
    }

    /// A date alone on a line at the top of a posting is when it was posted: yearless dates
    /// after it take their year from it.
    #[test]
    fn a_dateline_at_the_top_dates_the_posting() {
        for text in [
            "(no subject)\n\nJul 20, 2005 17:12\n\nApply on-line by 29 September.",
            "Offre d'emploi\n\n20 juillet 2005\n\nCandidatures jusqu'au 29 septembre.",
            "Vacature\n\n20 juli 2005\n\nSolliciteer uiterlijk 29 september.",
            "Stellenangebot\n\n20.07.2005\n\nBewerbungen bis 29. September.",
        ] {
            assert_eq!(deadline_of(text).as_deref(), Some("2005-09-29"), "{text}");
        }
        // A date in a sentence, or far down the posting, dates nothing.
        for text in [
            "Policy Officer\n\nThe network was founded on 20 July 2005.\n\nApply by 29 September.",
            &format!(
                "Policy Officer\n{}\n20 July 2005\n\nApply by 29 September.",
                "We work with cities on climate projects every day. ".repeat(8)
            ),
        ] {
            assert_eq!(deadline_of(text).as_deref(), Some("2024-09-29"), "{text}");
        }
    }

    /// "At the latest" gives the deadline in a sentence about applying (the documents of an
    /// application say so too) or at the head of a date's line; elsewhere it limits what its
    /// sentence names.
    #[test]
    fn at_the_latest_limits_what_its_sentence_is_about() {
        for (text, start) in [
            (
                "Start of contract at the latest on 1 March 2025.",
                "2025-03-01",
            ),
            (
                "Engagement souhaité au plus tard au 2/10/2023.",
                "2023-10-02",
            ),
            ("Indiensttreding uiterlijk op 1 maart 2025.", "2025-03-01"),
            ("Arbeitsbeginn spätestens am 1. März 2025.", "2025-03-01"),
        ] {
            let a = one(text);
            assert_eq!(a.start_date.as_deref(), Some(start), "{text}");
            assert!(a.deadline.is_none(), "{text}");
        }
        for (text, deadline) in [
            ("Applications must reach us at the latest on 1 March 2025.", "2025-03-01"),
            ("Candidatures au plus tard le 2 octobre 2023.", "2023-10-02"),
            ("Solliciteer uiterlijk 1 maart 2025.", "2025-03-01"),
            ("Bitte schicke uns Deine Bewerbung inkl. möglichem Beginn bis spätestens 15. März 2025.", "2025-03-15"),
            ("Your CV and cover letter must reach us at the latest on 1 March 2025.", "2025-03-01"),
            ("CV et lettre de motivation au plus tard le 2 octobre 2023.", "2023-10-02"),
            ("Je cv en motivatiebrief uiterlijk op 1 maart 2025.", "2025-03-01"),
            ("Der Lebenslauf muss bis Di. 20.06.17 13:00 Uhr im Büro vorliegen.", "2017-06-20"),
            ("Spätestens 15. März 2025", "2025-03-15"),
        ] {
            assert_eq!(deadline_of(text).as_deref(), Some(deadline), "{text}");
        }
        for text in [
            "A university degree obtained at the latest by 30 September 2026.",
            "Un diplôme obtenu au plus tard le 30 septembre 2026.",
            "Een diploma behaald uiterlijk op 30 september 2026.",
            "Ein Diplom, das spätestens bis zum 30. September 2026 erworben wurde.",
        ] {
            assert!(one(text).deadline.is_none(), "{text}");
        }
    }

    /// A start cue answered by "as soon as possible" gives its role to no later date of the
    /// sentence.
    #[test]
    fn a_start_said_to_be_asap_takes_no_later_date() {
        for text in [
            "Start: as soon as possible (busy weeks between 20 June and 7 July 2022).",
            "Un engagement souhaité au plus vite (plus de travail entre le 20/06 et le 7/07/2022).",
            "Indiensttreding: zo snel mogelijk (drukke periode van 20 juni tot 7 juli 2022).",
            "Arbeitsbeginn: so bald wie möglich (Hauptsaison vom 20. Juni bis 7. Juli 2022).",
        ] {
            let a = one(text);
            assert_eq!(a.start_date.as_deref(), Some("asap"), "{text}");
            assert!(a.dates.iter().all(|d| d.role != DateRole::Start), "{text}");
        }
    }

    #[test]
    fn day_month_year_with_dashes() {
        let cases = [
            ("Apply by 21-04-2026.", "2026-04-21"),
            ("Date limite : 03-05-2026", "2026-05-03"),
            ("Solliciteren kan tot 15-06-2026.", "2026-06-15"),
            ("Bewerbungsfrist: 30-09-2026", "2026-09-30"),
        ];
        for (text, want) in cases {
            assert_eq!(
                one(text).deadline.map(|d| d.date.to_string()).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // Two-digit years with dashes, and ranges of years, are no dates.
        assert!(one("Reference 12-03-45, period 2020-2021.")
            .dates
            .is_empty());
    }

    #[test]
    fn a_label_on_the_line_above_names_the_date() {
        let cases = [
            (
                "When should you be able to start?\n\nIn March 2018.",
                Some("2018-03-01"),
                None,
            ),
            (
                "Date de début\n\nLe lundi 4 janvier 2021",
                Some("2021-01-04"),
                None,
            ),
            ("Closing date\n30 November 2025", None, Some("2025-11-30")),
            ("Bewerbungsfrist\n\n31.01.2026", None, Some("2026-01-31")),
        ];
        for (text, start, deadline) in cases {
            let p = one(&format!("Policy Officer\n{text}"));
            assert_eq!(p.start_date.as_deref(), start, "{text}");
            assert_eq!(
                p.deadline.map(|d| d.date.to_string()).as_deref(),
                deadline,
                "{text}"
            );
        }
    }

    #[test]
    fn a_period_starts_at_its_first_date() {
        let cases = [
            (
                "Internships will last from September 2011 to January 2012.",
                "2011-09-01",
            ),
            (
                "The internship runs between September 2020 and January 2021.",
                "2020-09-01",
            ),
            (
                "Duration: approximately from January 2023 to December 2023.",
                "2023-01-01",
            ),
            (
                "Ausbildungsdauer: August 2024 bis August 2026",
                "2024-08-01",
            ),
            (
                "Le stage se déroule du 1er mars 2025 au 31 août 2025.",
                "2025-03-01",
            ),
            (
                "De stage loopt van 1 februari 2026 tot 30 juni 2026.",
                "2026-02-01",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(one(text).start_date.as_deref(), Some(want), "{text}");
        }
        // An application window is no period of work.
        let p = one("Applications are accepted from 1 March 2026 to 15 March 2026.");
        assert_eq!(p.start_date, None);
    }

    #[test]
    fn closing_wording_in_four_languages() {
        let cases = [
            ("The next round of applications is now open, and will close on 24 May 2015.", "2015-05-24", None),
            ("EUROJUST. Clearance & Register Officer. Open until 28 July 2010", "2010-07-28", None),
            ("Envoie-nous ton CV et une lettre de motivation jusqu’au 7/01/2021 à 15h à l'adresse job@lecef.org.", "2021-01-07", Some("15:00")),
            ("La campagne de recrutement se clôture le 15 mars 2026.", "2026-03-15", None),
            ("De vacature sluit op 2 augustus 2023.", "2023-08-02", None),
            ("Die Ausschreibung endet am 20. Juni 2017 um 13:00 Uhr.", "2017-06-20", Some("13:00")),
            ("Bewerbungen müssen bis Di. 20.06.17 13:00 Uhr im AStA vorliegen.", "2017-06-20", Some("13:00")),
            ("Deadline: 2026-07-31T12:00", "2026-07-31", Some("12:00")),
            ("Date limite : 2026-03-15T23:59:00", "2026-03-15", Some("23:59")),
        ];
        for (text, date, time) in cases {
            let d = one(&format!("Policy Officer\n{text}"))
                .deadline
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (
                    d.date.to_string().as_str(),
                    d.time.map(|t| t.to_string()).as_deref()
                ),
                (date, time),
                "{text}"
            );
        }
        // An office that closes, or a start, is no deadline.
        assert_eq!(
            one("Our office will close on 24 December 2025 for the holidays.")
                .deadline
                .map(|d| d.date),
            None
        );
    }

    #[test]
    fn missing_years_come_from_the_postings_other_dates() {
        let cases = [
            ("Candidater jusqu'au 23 novembre.\nDate de début : le lundi 4 janvier 2021.", "2020-11-23"),
            ("Apply by 15 July.\nThe internship starts on 1 September 2012.", "2012-07-15"),
            ("Solliciteren kan tot 28 november.\nDe gesprekken vinden plaats op 5 december 2011.", "2011-11-28"),
            ("Bewerbungsschluss: 31. Mai\nEintritt: 1. Juli 2022", "2022-05-31"),
            ("Reageren voor 28 november.\nStart: januari 2012", "2011-11-28"),
            ("Plaatsingsdatum 19 november 2021\nSolliciteren tot 30 november", "2021-11-30"),
        ];
        for (text, want) in cases {
            let d = one(text).deadline.unwrap();
            assert_eq!(
                (d.date.to_string().as_str(), d.year_inferred),
                (want, true),
                "{text}"
            );
        }
        // A date that is not about the job (a statute) does not date the posting.
        let p = one("Date de clôture : 20 janvier.\n\nLe statut suit la loi organique du 8 juillet 1976 relative aux CPAS.");
        assert_eq!(p.deadline.unwrap().date.to_string(), "2024-01-20");
    }

    #[test]
    fn invalid_dates_are_not_dates() {
        assert!(one("Deadline: 30 February 2025").dates.is_empty());
        assert!(one("Deadline: 31/04/2025").dates.is_empty());
    }

    #[test]
    fn status_and_days_left() {
        let text = "Deadline: 8 January 2024";
        let d = one(text).deadline.unwrap();
        assert_eq!((d.status, d.days_left), (DeadlineStatus::ClosingSoon, 7));
        let d = analyze(text, Date::constant(2024, 1, 9))[0]
            .deadline
            .clone()
            .unwrap();
        assert_eq!((d.status, d.days_left), (DeadlineStatus::Expired, -1));
        let d = analyze(text, Date::constant(2023, 12, 1))[0]
            .deadline
            .clone()
            .unwrap();
        assert_eq!(d.status, DeadlineStatus::Open);
        assert_eq!(today(), Date::constant(2024, 1, 1));
    }

    #[test]
    fn cet_follows_daylight_saving() {
        let winter = one("Deadline: 16 January 2025 23:59 CET").deadline.unwrap();
        let summer = one("Deadline: 16 July 2025 23:59 CET").deadline.unwrap();
        let utc = one("Deadline: 16 July 2025 23:59 UTC").deadline.unwrap();
        assert_eq!(winter.utc_offset.as_deref(), Some("+01:00"));
        assert_eq!(summer.utc_offset.as_deref(), Some("+02:00"));
        assert_eq!(utc.utc_offset.as_deref(), Some("+00:00"));
    }

    #[test]
    fn the_same_deadline_twice_keeps_its_time() {
        let a = one("Deadline: 30 November 2025\nText.\nApplications close on 30 November 2025 at 17:00 CET.");
        let d = a.deadline.unwrap();
        assert_eq!(
            (
                d.date.to_string().as_str(),
                d.time.map(|t| t.to_string()).as_deref()
            ),
            ("2025-11-30", Some("17:00"))
        );
        let ev = d.evidence;
        assert_eq!(ev.text, "30 November 2025 at 17:00 CET");
    }

    #[test]
    fn start_date_asap_in_four_languages() {
        for text in [
            "Start: as soon as possible",
            "Entrée en fonction : dès que possible",
            "Startdatum: zo snel mogelijk",
            "Eintritt: zum nächstmöglichen Zeitpunkt",
            "Wir suchen zum nächstmöglichen Zeitpunkt eine Referentin.",
            "POST AVAILABLE: immediately",
            "Un engagement souhaité au plus vite.",
            "- Per direct beschikbaar",
            "Wij zijn per direct op zoek naar een jurist.",
            "Wir suchen schnellstmöglich eine Referentin.",
            "Wir suchen zum frühestmöglichen Zeitpunkt eine:n Coach.",
            "Start: at the earliest possible date.",
            "Entrée en fonction : dans les meilleurs délais.",
            "Indiensttreding: z.s.m.",
        ] {
            assert_eq!(one(text).start_date.as_deref(), Some("asap"), "{text}");
        }
        assert_eq!(
            one("The candidate would start ideally in June 2023.")
                .start_date
                .as_deref(),
            Some("2023-06-01")
        );
        // Asking for the earliest date the candidate can start says no start.
        assert_eq!(
            one("Bitte senden Sie uns Ihre Unterlagen unter Angabe Ihres frühestmöglichen Eintrittstermins.").start_date,
            None
        );
        // "immediately" alone, outside a sentence about starting, is no start.
        assert_eq!(
            one("Please inform us immediately of any change.").start_date,
            None
        );
    }

    #[test]
    fn start_labels_in_four_languages() {
        let cases = [
            ("Post available: 01/06/2023", "2023-06-01"),
            (
                "You should be able to join the team in November 2024.",
                "2024-11-01",
            ),
            (
                "The traineeship, commencing 15 September 2015, lasts five months.",
                "2015-09-15",
            ),
            ("Poste à pourvoir le 04/05/2026", "2026-05-04"),
            ("Prise de poste au 4 mai 2026.", "2026-05-04"),
            ("- Engagement au plus tôt le 18/01/2021", "2021-01-18"),
            (
                "Het NAi zoekt per 1 februari 2012 een stagiair.",
                "2012-02-01",
            ),
            ("Beschikbaar per 1 maart 2025.", "2025-03-01"),
            ("Stellenantritt: 1. Oktober 2025", "2025-10-01"),
            ("Besetzung zum 01.08.2024", "2024-08-01"),
            // A post vacant from a date.
            ("The post is vacant from 1 September 2025.", "2025-09-01"),
            (
                "Fonction vacante à temps plein au 1er août 2021.",
                "2021-08-01",
            ),
            ("De functie is vacant vanaf 1 augustus 2021.", "2021-08-01"),
            ("Die Stelle ist frei ab 1. August 2021.", "2021-08-01"),
        ];
        for (text, want) in cases {
            let p = one(&format!("Policy Officer\n{text}"));
            assert_eq!(p.start_date.as_deref(), Some(want), "{text}");
            assert_ne!(
                p.deadline.map(|d| d.date.to_string()).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // Other dates near these words are not starts.
        for text in [
            "Applications per e-mail by 30 November 2025.",
            "Le poste est publié le 2 mars 2026.",
            "Candidatures pour le poste vacant avant le 3 mars 2026.",
            "Bewerbungen für die frei werdende Stelle bis 3. März 2026.",
        ] {
            assert_eq!(one(text).start_date, None, "{text}");
        }
    }
}
