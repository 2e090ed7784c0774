//! Civil dates and the Central European clock: the little calendar maths the analysis needs.
//!
//! Written here rather than taken from jiff because the page needs only days, weekdays and one
//! daylight-saving rule, and jiff would bring its parsers, printers, time zone machinery and
//! their error messages into the page's wasm (`docs/performance.md`). The day counts are
//! Howard Hinnant's `days_from_civil` / `civil_from_days`; the tests check every function against
//! jiff, which the native build keeps for the command line's system time zone.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A day of the proleptic Gregorian calendar, years 1 to 9999 (always four digits when written).
/// Ordered by year, then month, then day, which is calendar order. Written `YYYY-MM-DD` in
/// JSON, as everywhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Date {
    year: i16,
    month: i8,
    day: i8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a date (YYYY-MM-DD)")
    }
}

impl std::error::Error for NotADate {}

const fn is_leap(year: i16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

const fn days_in_month(year: i16, month: i8) -> i8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The day, when it exists: `Date::new(2025, 2, 29)` is `None`.
    pub const fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        if year < 1 || year > 9999 || month < 1 || month > 12 {
            return None;
        }
        if day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A day known to exist, for constants and tests; panics (at compile time in a `const`)
    /// when it does not.
    pub const fn constant(year: i16, month: i8, day: i8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("not a day of the calendar"),
        }
    }

    pub const fn year(self) -> i16 {
        self.year
    }

    pub const fn month(self) -> i8 {
        self.month
    }

    pub const fn day(self) -> i8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub const fn days_since_epoch(self) -> i32 {
        let (month, day) = (self.month as i32, self.day as i32);
        let year = self.year as i32 - if month <= 2 { 1 } else { 0 };
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after 1970-01-01, when it falls in years 1 to 9999.
    pub const fn from_days_since_epoch(days: i32) -> Option<Date> {
        let days = days as i64 + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
        if year < 1 || year > 9999 {
            return None;
        }
        Date::new(year as i16, month as i8, day as i8)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub const fn days_until(self, later: Date) -> i32 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The next day, unless this is 9999-12-31.
    pub const fn tomorrow(self) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + 1)
    }

    /// Monday is 1, Sunday is 7 (ISO 8601).
    pub const fn iso_weekday(self) -> i8 {
        // 1970-01-01 was a Thursday.
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as i8
    }

    /// The last Sunday of this date's month: where the EU's daylight-saving time starts and ends.
    const fn last_sunday_of_month(self) -> Date {
        let last = Date {
            day: days_in_month(self.year, self.month),
            ..self
        };
        let back = last.iso_weekday() % 7;
        Date {
            day: last.day - back,
            ..last
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(written: String) -> Result<Date, String> {
        written
            .parse()
            .map_err(|_| format!("not a date (YYYY-MM-DD): {written}"))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A day, `YYYY-MM-DD`.",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl FromStr for Date {
    type Err = NotADate;

    /// Exactly `YYYY-MM-DD`, as the export writes dates.
    fn from_str(s: &str) -> Result<Date, NotADate> {
        let number = |part: &str, digits: usize| {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<i16>().ok())
                .flatten()
                .ok_or(NotADate)
        };
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(NotADate);
        };
        let (year, month, day) = (number(y, 4)?, number(m, 2)?, number(d, 2)?);
        Date::new(year, month as i8, day as i8).ok_or(NotADate)
    }
}

/// A time of day, `00:00` to `24:00` (the last moment of a day: "midnight" ending it).
/// Written `HH:MM` in JSON, as everywhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ClockTime {
    hour: u8,
    minute: u8,
}

impl ClockTime {
    /// `None` past `24:00` or past minute 59.
    pub fn new(hour: u8, minute: u8) -> Option<ClockTime> {
        (hour < 24 && minute < 60 || hour == 24 && minute == 0)
            .then_some(ClockTime { hour, minute })
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }

    /// `24:00`, the end of the day.
    pub fn ends_the_day(self) -> bool {
        self.hour == 24
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl From<ClockTime> for String {
    fn from(time: ClockTime) -> String {
        time.to_string()
    }
}

impl TryFrom<String> for ClockTime {
    type Error = String;
    fn try_from(written: String) -> Result<ClockTime, String> {
        let not = || format!("not a time of day (HH:MM): {written}");
        let (h, m) = written.split_once(':').ok_or_else(not)?;
        let two_digits = |s: &str| (s.len() == 2).then(|| s.parse::<u8>().ok()).flatten();
        let (hour, minute) = (
            two_digits(h).ok_or_else(not)?,
            two_digits(m).ok_or_else(not)?,
        );
        ClockTime::new(hour, minute).ok_or_else(not)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for ClockTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClockTime".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A time of day, `HH:MM`, 24-hour; `24:00` ends the day.",
            "type": "string",
            "pattern": "^[0-9]{2}:[0-9]{2}$"
        })
    }
}

/// The zone a posting gives a time in: Central European time written as such (CET, CEST, which
/// postings use all year for Brussels time), UTC, or an IANA zone ("Europe/Luxembourg") whose
/// clock is Central European time. Written as it is named in JSON (`CET`, `Europe/Brussels`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Zone {
    Cet,
    Cest,
    Utc,
    Named(String),
}

impl Zone {
    /// The IANA zone whose rules a calendar should use; `None` for UTC.
    pub fn tzid(&self) -> Option<&str> {
        match self {
            Zone::Utc => None,
            Zone::Cet | Zone::Cest => Some("Europe/Brussels"),
            Zone::Named(id) => Some(id),
        }
    }

    /// The UTC offset in hours at a local date and time: the EU daylight-saving rule for every
    /// zone but UTC.
    pub fn offset_hours(&self, date: Date, time: ClockTime) -> i8 {
        // "24:00" is the last moment of the day, on that day's clock.
        let (hour, minute) = if time.ends_the_day() {
            (23, 59)
        } else {
            (time.hour(), time.minute())
        };
        match self {
            Zone::Utc => 0,
            _ => central_european_offset_hours(date, hour, minute),
        }
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Zone::Cet => "CET",
            Zone::Cest => "CEST",
            Zone::Utc => "UTC",
            Zone::Named(id) => id,
        })
    }
}

impl From<Zone> for String {
    fn from(zone: Zone) -> String {
        zone.to_string()
    }
}

impl From<String> for Zone {
    fn from(written: String) -> Zone {
        match written.as_str() {
            "CET" => Zone::Cet,
            "CEST" => Zone::Cest,
            "UTC" => Zone::Utc,
            _ => Zone::Named(written),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Zone {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Zone".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "`CET`, `CEST`, `UTC`, or an IANA zone such as `Europe/Brussels`.",
            "type": "string"
        })
    }
}

/// The UTC offset in hours of a local date and time on the Central European clock (Brussels,
/// Paris, Amsterdam, Luxembourg, Berlin): +1 in winter, +2 from the last Sunday of March at
/// 02:00 until the last Sunday of October at 03:00 (EU Directive 2000/84/EC). A time that does
/// not exist (the skipped hour in March) takes summer time, and the hour that happens twice in
/// October takes its first, summer-time occurrence — RFC 5545's and Temporal's "compatible"
/// choice. Postings write "CET" all year for this clock.
pub fn central_european_offset_hours(date: Date, hour: u8, minute: u8) -> i8 {
    let march = Date {
        month: 3,
        day: 1,
        ..date
    }
    .last_sunday_of_month();
    let october = Date {
        month: 10,
        day: 1,
        ..date
    }
    .last_sunday_of_month();
    let local = (date, hour, minute);
    if local >= (march, 2, 0) && local < (october, 3, 0) {
        2
    } else {
        1
    }
}

/// A moment written as `YYYYMMDDTHHMMSSZ` (iCalendar's UTC form), from seconds since 1970.
/// Moments outside years 1 to 9999 are clamped to 1970-01-01 (there is no such clock).
pub fn utc_stamp(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let seconds = unix_seconds.rem_euclid(86_400);
    let (date, seconds) = match i32::try_from(days)
        .ok()
        .and_then(Date::from_days_since_epoch)
    {
        Some(date) => (date, seconds),
        None => (Date::constant(1970, 1, 1), 0),
    };
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_zones_read_and_write_as_the_export_does() {
        for (written, ok) in [
            ("00:00", true),
            ("23:59", true),
            ("24:00", true),
            ("24:01", false),
            ("7:30", false),
            ("12:60", false),
            ("noon", false),
        ] {
            let parsed: Result<ClockTime, _> = serde_json::from_value(serde_json::json!(written));
            assert_eq!(parsed.is_ok(), ok, "{written}");
            if let Ok(time) = parsed {
                assert_eq!(
                    serde_json::to_value(time).unwrap(),
                    serde_json::json!(written)
                );
            }
        }
        let winter = Date::constant(2026, 1, 15);
        let summer = Date::constant(2026, 7, 15);
        let noon = ClockTime::new(12, 0).unwrap();
        for (written, tzid, winter_hours, summer_hours) in [
            ("CET", Some("Europe/Brussels"), 1, 2),
            ("CEST", Some("Europe/Brussels"), 1, 2),
            ("UTC", None, 0, 0),
            ("Europe/Luxembourg", Some("Europe/Luxembourg"), 1, 2),
        ] {
            let zone: Zone = serde_json::from_value(serde_json::json!(written)).unwrap();
            assert_eq!(zone.to_string(), written);
            assert_eq!(zone.tzid(), tzid, "{written}");
            assert_eq!(zone.offset_hours(winter, noon), winter_hours, "{written}");
            assert_eq!(zone.offset_hours(summer, noon), summer_hours, "{written}");
        }
    }

    /// The same day in jiff, the reference these functions are checked against.
    fn jiff_date(d: Date) -> jiff::civil::Date {
        jiff::civil::Date::new(d.year(), d.month(), d.day()).unwrap()
    }

    #[test]
    fn day_counts_weekdays_and_text_agree_with_jiff_over_four_centuries() {
        let epoch = jiff::civil::Date::constant(1970, 1, 1);
        let first = Date::constant(1900, 1, 1).days_since_epoch();
        let last = Date::constant(2300, 12, 31).days_since_epoch();
        for days in first..=last {
            let ours = Date::from_days_since_epoch(days).unwrap();
            let theirs = jiff_date(ours);
            assert_eq!(ours.days_since_epoch(), days);
            assert_eq!((theirs - epoch).get_days(), days, "{ours}");
            assert_eq!(
                ours.iso_weekday(),
                theirs.weekday().to_monday_one_offset(),
                "{ours}"
            );
            assert_eq!(ours.to_string(), theirs.to_string());
            assert_eq!(ours.to_string().parse::<Date>(), Ok(ours));
            assert_eq!(ours.tomorrow().map(jiff_date), theirs.tomorrow().ok());
        }
    }

    #[test]
    fn the_calendar_ends_where_four_digit_years_end() {
        assert_eq!(
            Date::from_days_since_epoch(Date::constant(1, 1, 1).days_since_epoch() - 1),
            None
        );
        assert_eq!(Date::constant(9999, 12, 31).tomorrow(), None);
        assert_eq!(utc_stamp(i64::MAX), "19700101T000000Z");
    }

    #[test]
    fn only_real_days_exist() {
        for (year, month, day, exists) in [
            (2024, 2, 29, true),
            (2025, 2, 29, false),
            (2000, 2, 29, true),
            (1900, 2, 29, false),
            (2025, 4, 31, false),
            (2025, 12, 31, true),
            (2025, 13, 1, false),
            (2025, 0, 10, false),
            (2025, 1, 0, false),
            (0, 1, 1, false),
            (10000, 1, 1, false),
        ] {
            assert_eq!(
                Date::new(year, month, day).is_some(),
                exists,
                "{year}-{month}-{day}"
            );
        }
    }

    #[test]
    fn only_the_export_form_parses() {
        for text in [
            "2025-1-05",
            "25-01-05",
            "2025/01/05",
            "2025-01-05 ",
            "+2025-01-05",
            "2025-02-30",
            "",
            "2025-01-05-01",
            "٢٠٢٥-01-05",
        ] {
            assert_eq!(text.parse::<Date>(), Err(NotADate), "{text:?}");
        }
        assert_eq!("0999-12-31".parse(), Ok(Date::constant(999, 12, 31)));
    }

    #[test]
    fn days_until_counts_both_ways() {
        let today = Date::constant(2024, 12, 30);
        assert_eq!(today.days_until(Date::constant(2025, 1, 2)), 3);
        assert_eq!(today.days_until(Date::constant(2024, 2, 29)), -305);
        assert_eq!(today.days_until(today), 0);
    }

    #[test]
    fn central_european_offsets_agree_with_the_tz_rule_every_hour_of_four_years() {
        let zone = jiff::tz::TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap();
        for days in Date::constant(2024, 1, 1).days_since_epoch()
            ..Date::constant(2028, 1, 1).days_since_epoch()
        {
            let date = Date::from_days_since_epoch(days).unwrap();
            for hour in 0..24 {
                for minute in [0, 30, 59] {
                    let civil = jiff_date(date).at(hour as i8, minute as i8, 0, 0);
                    let instant = zone.to_ambiguous_timestamp(civil).compatible().unwrap();
                    let expected = zone.to_offset(instant).seconds() / 3600;
                    let ours = central_european_offset_hours(date, hour, minute);
                    assert_eq!(i32::from(ours), expected, "{date} {hour:02}:{minute:02}");
                }
            }
        }
    }

    #[test]
    fn utc_stamps_agree_with_jiff() {
        for seconds in [
            0,
            1_700_000_000,
            1_709_251_199,
            951_782_400,
            -1,
            4_102_444_800 - 1,
        ] {
            let t =
                jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::from_second(seconds).unwrap());
            assert_eq!(
                utc_stamp(seconds),
                t.strftime("%Y%m%dT%H%M%SZ").to_string(),
                "{seconds}"
            );
        }
    }
}
