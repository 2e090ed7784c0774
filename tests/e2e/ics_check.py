"""Reads an .ics file with Python's icalendar (an independent RFC 5545 parser) and prints what
the browser test checks, as JSON: each event's start as a UTC instant (or a date), its end,
summary, description and alarm trigger."""
import json
import sys
from datetime import date, datetime, timezone

from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    calendar = Calendar.from_ical(f.read())

events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    if isinstance(start, datetime):
        start = start.astimezone(timezone.utc).isoformat() if start.tzinfo else start.isoformat()
    else:
        start = start.isoformat()
    end = event.get("DTEND")
    alarms = [str(a.decoded("TRIGGER")) for a in event.walk("VALARM")]
    events.append({
        "start": start,
        "all_day": isinstance(event.decoded("DTSTART"), date) and not isinstance(event.decoded("DTSTART"), datetime),
        "end": end.dt.isoformat() if end is not None else None,
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "alarms": alarms,
    })
print(json.dumps({"version": str(calendar.get("VERSION")), "events": events}))
