//! The deadline as an iCalendar event (RFC 5545), for the user's calendar.
//!
//! A timed deadline is written in its real zone: CET, CEST, "Brussels time" and the Central
//! European cities become `TZID=Europe/Brussels` (or the city's own zone id) with a VTIMEZONE
//! carrying the EU daylight-saving rule, so calendars place 23:59 CET in winter and 23:59 CEST
//! in summer on the right instant. UTC stays UTC. A time without a zone is left floating (the
//! posting did not say) and the description says so. A date alone becomes a whole-day event.
//! One event is small enough that hand-written output beats a crate in the wasm budget; an
//! independent parser (Python's `icalendar`) checks it in the browser tests.

use crate::calendar::{utc_stamp, ClockTime, Date};
use crate::formats::idn::readable;

use crate::analysis::checklist::stable_hash;
use crate::analysis::PostingAnalysis;

/// Days before the deadline the calendar reminds the user.
pub const REMINDER_DAYS: u32 = 3;

/// The EU rule (last Sunday of March, last Sunday of October at 01:00 UTC) for a zone id.
fn central_european_zone(tzid: &str) -> String {
    [
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{tzid}"),
        "BEGIN:STANDARD".into(),
        "DTSTART:19701025T030000".into(),
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU".into(),
        "TZOFFSETFROM:+0200".into(),
        "TZOFFSETTO:+0100".into(),
        "TZNAME:CET".into(),
        "END:STANDARD".into(),
        "BEGIN:DAYLIGHT".into(),
        "DTSTART:19700329T020000".into(),
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU".into(),
        "TZOFFSETFROM:+0100".into(),
        "TZOFFSETTO:+0200".into(),
        "TZNAME:CEST".into(),
        "END:DAYLIGHT".into(),
        "END:VTIMEZONE".into(),
    ]
    .join("\r\n")
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 sequence (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// "20251130", "20251130T235900" from the analysis' `YYYY-MM-DD` and `HH:MM`.
fn compact(date: Date, time: Option<ClockTime>) -> String {
    let day = date.to_string().replace('-', "");
    match time {
        // "24:00" is the last moment of the day.
        Some(t) if t.ends_the_day() => format!("{day}T235959"),
        Some(t) => format!("{day}T{:02}{:02}00", t.hour(), t.minute()),
        None => day,
    }
}

/// The deadline event of a posting in a calendar file of its own, or `None` when it has no
/// deadline. `stamp` is when the file is made (DTSTAMP), in seconds since 1970.
pub fn deadline_event(p: &PostingAnalysis, stamp: i64) -> Option<String> {
    deadline_calendar(std::slice::from_ref(p), stamp)
}

/// One calendar file with an event for every posting that has a deadline (a pasted page may
/// hold several vacancies), each time zone defined once; `None` when no posting has one.
pub fn deadline_calendar(postings: &[PostingAnalysis], stamp: i64) -> Option<String> {
    let events: Vec<Event> = postings.iter().filter_map(|p| event(p, stamp)).collect();
    if events.is_empty() {
        return None;
    }
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//Vacancy Lens//vacancy-lens {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let mut defined: Vec<&str> = Vec::new();
    for zone in events.iter().filter_map(|e| e.zone.as_deref()) {
        if !defined.contains(&zone) {
            defined.push(zone);
            lines.push(central_european_zone(zone));
        }
    }
    for e in events {
        lines.extend(e.lines);
    }
    lines.push("END:VCALENDAR".into());
    let body: Vec<String> = lines.iter().map(|l| fold(l)).collect();
    Some(body.join("\r\n") + "\r\n")
}

/// One VEVENT, and the zone id its start is written in, if any.
struct Event {
    lines: Vec<String>,
    zone: Option<String>,
}

/// The deadline event of a posting, or `None` when it has no deadline.
fn event(p: &PostingAnalysis, stamp: i64) -> Option<Event> {
    let d = p.deadline.as_ref()?;
    let title = p.title.as_deref().unwrap_or("a vacancy");
    let organisation = p.organisation.as_deref();
    let mut event_zone = None;
    let (start, end, zone_note) = match (&d.time, &d.timezone) {
        (None, _) => {
            let next = d
                .date
                .tomorrow()
                .map_or(String::new(), |n| compact(n, None));
            (
                format!("DTSTART;VALUE=DATE:{}", compact(d.date, None)),
                Some(format!("DTEND;VALUE=DATE:{next}")),
                "",
            )
        }
        (Some(time), Some(zone)) => match zone.tzid() {
            None => (
                format!("DTSTART:{}Z", compact(d.date, Some(*time))),
                None,
                "",
            ),
            Some(id) => {
                event_zone = Some(id.to_string());
                (
                    format!("DTSTART;TZID={id}:{}", compact(d.date, Some(*time))),
                    None,
                    "",
                )
            }
        },
        (Some(time), None) => (
            format!("DTSTART:{}", compact(d.date, Some(*time))),
            None,
            " The posting gives no time zone: check it.",
        ),
    };
    let mut description = vec![format!("Application deadline: {}.{zone_note}", d.when())];
    description.push(format!("Position: {title}"));
    if let Some(org) = organisation {
        description.push(format!("Organisation: {org}"));
    }
    let a = &p.application;
    if !a.emails.is_empty() || !a.urls.is_empty() {
        let how: Vec<String> = a
            .emails
            .iter()
            .cloned()
            .chain(a.urls.iter().map(|url| readable(url)))
            .collect();
        description.push(format!("Apply: {}", how.join(", ")));
    }
    if let Some(subject) = &a.subject {
        description.push(format!("Subject line: {subject}"));
    }
    description.push("Made by Vacancy Lens from the posting's text.".to_string());
    let summary = match organisation {
        Some(org) => format!("Apply: {title} ({org})"),
        None => format!("Apply: {title}"),
    };
    let uid = stable_hash(&format!(
        "{}|{title}|{}",
        d.date,
        organisation.unwrap_or("")
    ));
    let mut lines: Vec<String> = vec![
        "BEGIN:VEVENT".into(),
        format!("UID:{uid}-{}@vacancy-lens", compact(d.date, None)),
        format!("DTSTAMP:{}", utc_stamp(stamp)),
        start,
    ];
    lines.extend(end);
    lines.extend([
        format!("SUMMARY:{}", text(&summary)),
        format!("DESCRIPTION:{}", text(&description.join("\n"))),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!(
            "DESCRIPTION:{}",
            text(&format!("{REMINDER_DAYS} days left to apply: {title}"))
        ),
        format!("TRIGGER:-P{REMINDER_DAYS}D"),
        "END:VALARM".into(),
        "END:VEVENT".into(),
    ]);
    Some(Event {
        lines,
        zone: event_zone,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::one;

    fn event(text: &str) -> String {
        deadline_event(&one(text), 1_700_000_000).unwrap()
    }

    /// The first line of the event (not of the time zone) that starts with `name`.
    fn line<'a>(ics: &'a str, name: &str) -> &'a str {
        ics.lines()
            .skip_while(|l| *l != "BEGIN:VEVENT")
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name} in {ics}"))
    }

    #[test]
    fn timed_deadlines_keep_their_zone_in_four_languages() {
        let cases = [
            (
                "Deadline: 30 November 2025, 23:59 CET",
                "DTSTART;TZID=Europe/Brussels:20251130T235900",
            ),
            (
                "Date limite : le 15 juin 2026 à 12h00 (heure de Bruxelles)",
                "DTSTART;TZID=Europe/Brussels:20260615T120000",
            ),
            (
                "Solliciteer uiterlijk 5 januari 2026 om 17:00 CET",
                "DTSTART;TZID=Europe/Brussels:20260105T170000",
            ),
            (
                "Bewerbungsschluss: 31.01.2026, 23:59 Uhr MEZ",
                "DTSTART;TZID=Europe/Brussels:20260131T235900",
            ),
            (
                "Deadline: 1 March 2026 at 12:00 UTC",
                "DTSTART:20260301T120000Z",
            ),
        ];
        for (text, want) in cases {
            let ics = event(text);
            assert_eq!(line(&ics, "DTSTART"), want, "{text}");
            assert_eq!(
                ics.contains("BEGIN:VTIMEZONE"),
                want.contains("TZID"),
                "{text}"
            );
            assert!(ics.lines().all(|l| l.len() <= 75), "{text}: folded");
            assert!(ics.ends_with("END:VCALENDAR\r\n"));
        }
    }

    #[test]
    fn a_date_alone_is_a_whole_day_with_a_reminder() {
        let ics = event("Policy Officer\nApply by 31 December 2025 to jobs@example.org.");
        assert_eq!(line(&ics, "DTSTART"), "DTSTART;VALUE=DATE:20251231");
        assert_eq!(line(&ics, "DTEND"), "DTEND;VALUE=DATE:20260101");
        assert_eq!(line(&ics, "TRIGGER"), "TRIGGER:-P3D");
        assert_eq!(line(&ics, "DTSTAMP"), "DTSTAMP:20231114T221320Z");
        assert!(ics.contains("jobs@example.org"));
    }

    /// A paste of several vacancies gives one event per deadline in one file, each zone
    /// defined once; a posting without a deadline adds nothing.
    #[test]
    fn every_posting_with_a_deadline_gets_its_event() {
        let filler =
            "We work with cities on climate projects and support them every day.\n".repeat(14);
        let text = format!(
            "Project Officer, Twinning\n{filler}Send your CV to jobs@example.org before 29 February 2024, 12:00 CET.\n\n\
             Finance Assistant\n{filler}Apply to hr@example.org by 9 February 2024 at 17:00 CET.\n"
        );
        let mut postings = crate::analysis::analyze(&text, crate::analysis::test_support::today());
        assert_eq!(postings.len(), 2);
        postings.push(one("Office Manager\nSend your CV to office@example.org."));
        let ics = deadline_calendar(&postings, 1_700_000_000).unwrap();
        let starts: Vec<&str> = ics
            .lines()
            .filter(|l| l.starts_with("DTSTART;TZID"))
            .collect();
        assert_eq!(
            starts,
            [
                "DTSTART;TZID=Europe/Brussels:20240229T120000",
                "DTSTART;TZID=Europe/Brussels:20240209T170000"
            ]
        );
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1);
        assert_eq!(ics.matches("BEGIN:VCALENDAR").count(), 1);
        let uids: std::collections::BTreeSet<&str> =
            ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), 2);
        assert_eq!(deadline_calendar(&postings[2..], 1_700_000_000), None);
    }

    #[test]
    fn text_is_escaped_and_long_lines_folded_on_char_boundaries() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), long);
    }
}
