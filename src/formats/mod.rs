//! What Vacancy Lens finds, in the formats of other tools: an iCalendar event for the deadline
//! ([`ics`]), a schema.org `JobPosting` in JSON-LD ([`jsonld`]), and a spreadsheet row or CSV
//! ([`table`]), a summary for a terminal ([`summary`]), and the corpus' gold answers
//! ([`gold`]). The Vacancy Lens export ([`crate::export`]) stays the complete one.

pub mod explain;
pub mod gold;
pub mod ics;
pub mod idn;
pub mod jsonld;
pub mod summary;
pub mod table;
