//! `vacancy-lens [--today YYYY-MM-DD] [--pretty] [--with-text] [--profile FILE] [--format F] [--explain] FILE|-`:
//! prints the export JSON of a posting, or with `--format` the deadlines as iCalendar (`ics`, an
//! event for every posting with a deadline),
//! schema.org JSON-LD (`jsonld`), spreadsheet rows (`tsv`, `csv`); with `--with-text` the export carries the text, so the web page
//! can import it; with `--explain` every finding, the words it stands on and the rules that
//! decided it, as text; with `--profile` (a profile file exported by the page) every checklist item the
//! profile can decide carries its verdict. The profile itself is never printed.
//!
//! Exit codes: 0 success, 1 the input or the profile could not be read or used (missing file,
//! directory, invalid UTF-8, empty, too large, not a profile), 2 bad command-line usage.

use std::io::Read;
use std::process::ExitCode;

use vacancy_lens::calendar::Date;
use vacancy_lens::export::Export;
use vacancy_lens::formats::explain::explain;
use vacancy_lens::formats::ics::deadline_calendar;
use vacancy_lens::formats::jsonld::{job_posting, to_embeddable_json};
use vacancy_lens::formats::table::{csv, tsv_row};
use vacancy_lens::profile::verdict::judge;
use vacancy_lens::profile::{Profile, ProfileError, ProfileFile, MAX_PROFILE_BYTES};

const USAGE: &str = "usage: vacancy-lens [--today YYYY-MM-DD] [--pretty] [--with-text] [--profile FILE] [--format json|ics|jsonld|tsv|csv] [--explain] FILE|-";

/// What to print.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Ics,
    JsonLd,
    Tsv,
    Csv,
    /// Every finding with its reasons, as text.
    Explain,
}

/// Largest input read: a pasted page is far smaller; anything bigger is a mistake.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

struct Args {
    today: Option<Date>,
    pretty: bool,
    with_text: bool,
    profile: Option<String>,
    format: Format,
    input: String,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut today = None;
    let mut pretty = false;
    let mut with_text = false;
    let mut profile = None;
    let mut format = Format::Json;
    let mut input = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--with-text" => with_text = true,
            "--explain" => format = Format::Explain,
            "--profile" => profile = Some(args.next().ok_or("--profile needs a profile file")?),
            "--format" => {
                format = match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("ics") => Format::Ics,
                    Some("jsonld") => Format::JsonLd,
                    Some("tsv") => Format::Tsv,
                    Some("csv") => Format::Csv,
                    other => {
                        return Err(format!(
                            "--format: one of json, ics, jsonld, tsv, csv (got {})",
                            other.unwrap_or("nothing")
                        ))
                    }
                }
            }
            "--today" => {
                let value = args.next().ok_or("--today needs a date (YYYY-MM-DD)")?;
                today = Some(
                    value
                        .parse::<Date>()
                        .map_err(|_| format!("--today: not a date (YYYY-MM-DD): {value}"))?,
                );
            }
            "-h" | "--help" => return Err(String::new()),
            other if other.starts_with("--") => return Err(format!("unknown option: {other}")),
            other if input.is_none() => input = Some(other.to_string()),
            other => return Err(format!("only one input expected, got another: {other}")),
        }
    }
    Ok(Args {
        today,
        pretty,
        with_text,
        profile,
        format,
        input: input.ok_or("no input given (a file, or - for standard input)")?,
    })
}

fn read_input(input: &str) -> Result<(String, Option<String>), String> {
    let mut bytes = Vec::new();
    let name = if input == "-" {
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        None
    } else {
        let meta = std::fs::metadata(input).map_err(|e| format!("{input}: {}", describe(&e)))?;
        if meta.is_dir() {
            return Err(format!("{input}: is a directory, not a posting file"));
        }
        let file = std::fs::File::open(input).map_err(|e| format!("{input}: {}", describe(&e)))?;
        file.take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{input}: {}", describe(&e)))?;
        std::path::Path::new(input)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    let shown = name.as_deref().unwrap_or("standard input");
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "{shown}: larger than {} MB; a posting is far smaller",
            MAX_INPUT_BYTES / 1024 / 1024
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{shown}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("{shown}: empty, nothing to analyse"));
    }
    Ok((text, name))
}

fn read_profile(path: &str) -> Result<Profile, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {}", describe(&e)))?;
    if meta.len() > MAX_PROFILE_BYTES as u64 {
        return Err(format!("{path}: {}", ProfileError::TooLarge));
    }
    let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {}", describe(&e)))?;
    ProfileFile::from_json(&json).map_err(|e| format!("{path}: {e}"))
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read it ({e})"),
    }
}

/// Today in the system's time zone (jiff reads it; the analysis core has no clock).
fn system_today() -> Date {
    let now = jiff::ZonedDateTime::now();
    Date::new(now.year(), now.month(), now.day()).unwrap_or(Date::constant(1970, 1, 1))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("vacancy-lens: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (text, name) = match read_input(&args.input) {
        Ok(read) => read,
        Err(message) => {
            eprintln!("vacancy-lens: {message}");
            return ExitCode::from(1);
        }
    };
    let today = args.today.unwrap_or_else(system_today);
    let profile = match args.profile.as_deref().map(read_profile).transpose() {
        Ok(profile) => profile,
        Err(message) => {
            eprintln!("vacancy-lens: {message}");
            return ExitCode::from(1);
        }
    };
    let mut export = Export::analyze(&text, today, name);
    if let Some(profile) = &profile {
        for p in &mut export.postings {
            p.checklist = judge(p, &p.checklist, profile);
        }
    }
    if args.with_text {
        export.text = Some(text.clone());
    }
    let postings = &export.postings;
    let output = match args.format {
        Format::Json if args.pretty => {
            serde_json::to_string_pretty(&export).map_err(|e| e.to_string())
        }
        Format::Json => serde_json::to_string(&export).map_err(|e| e.to_string()),
        Format::Ics => {
            let stamp = jiff::Timestamp::now().as_second();
            deadline_calendar(postings, stamp)
                .ok_or_else(|| "no deadline found, so there is no calendar event".to_string())
        }
        Format::JsonLd => {
            let all: Vec<_> = postings.iter().map(|p| job_posting(p, &text)).collect();
            let value = match <[_; 1]>::try_from(all) {
                Ok([one]) => one,
                Err(all) => serde_json::Value::Array(all),
            };
            Ok(to_embeddable_json(&value))
        }
        Format::Tsv => Ok(postings
            .iter()
            .map(|p| tsv_row(p, today))
            .collect::<Vec<_>>()
            .join("\n")),
        Format::Csv => Ok(csv(postings, today).trim_end().to_string()),
        Format::Explain => Ok(explain(postings)),
    };
    match output {
        Ok(out) => {
            println!("{}", out.trim_end_matches(['\r', '\n']));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vacancy-lens: {e}");
            ExitCode::from(1)
        }
    }
}
