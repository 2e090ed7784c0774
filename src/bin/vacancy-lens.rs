//! `vacancy-lens`: the analysis on the command line. `vacancy-lens FILE` prints what a posting
//! asks for (a summary at a terminal, the export JSON when piped, or another `--format`);
//! `vacancy-lens score DIR` scores the analysis against hand-checked answers. `--help` says
//! everything; the exit codes are in [`EXIT_CODES`].

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use vacancy_lens::calendar::Date;
use vacancy_lens::documents;
use vacancy_lens::export::Export;
use vacancy_lens::formats::explain::explain;
use vacancy_lens::formats::gold::gold;
use vacancy_lens::formats::ics::deadline_calendar;
use vacancy_lens::formats::jsonld::{job_posting, to_embeddable_json};
use vacancy_lens::formats::summary::summary;
use vacancy_lens::formats::table::{csv, tsv_row};
use vacancy_lens::i18n::{Catalogue, Lang};
use vacancy_lens::order::sort_by_key;
use vacancy_lens::profile::verdict::judge;
use vacancy_lens::profile::{Profile, ProfileError, ProfileFile, MAX_PROFILE_BYTES};
use vacancy_lens::score::{Tally, FIELDS};

const EXIT_CODES: &str = "Exit codes:
  0  success (score: every floor met)
  1  the input, the profile or a corpus could not be used (missing file, a directory, not
     UTF-8, empty, larger than 16 MB, not a profile), or a score is below its --min floor
  2  bad usage (an unknown option, a bad value), with the bad argument named";

#[derive(Parser)]
#[command(
    name = "vacancy-lens",
    version,
    about = "Reads a job vacancy: its deadline, the languages it asks for, who may apply, and its conditions.",
    long_about = "Reads a job vacancy (English, French, Dutch or German) and finds its application deadline, \
the languages asked for and at what level, who may apply (nationality, permits, clearance, residence), \
and its conditions. Nothing leaves the machine.\n\n\
At a terminal it prints a summary; piped, the export JSON (the format of schema/export.schema.json), \
so scripts see JSON unless they ask for another --format.",
    after_help = EXIT_CODES,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    analyse: Analyse,
}

#[derive(Subcommand)]
enum Command {
    /// Scores the analysis against hand-checked answers: every NAME.txt of DIR with a
    /// NAME.gold.json beside it (the shared corpus' format, or "Save as a test case" of the page).
    #[command(after_help = EXIT_CODES)]
    Score(Score),
}

#[derive(Args)]
struct Analyse {
    /// The posting: a text file (UTF-8), or - for standard input.
    #[arg(value_name = "FILE")]
    input: Option<String>,
    /// The day deadline status, days left and inferred years refer to [default: today in the
    /// system time zone].
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<Date>,
    /// What to print [default: text at a terminal, json otherwise].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    /// Put the posting's text in the export, so the web page can import it (always done for a
    /// PDF or Word file: the evidence offsets refer to the text read out of it).
    #[arg(long)]
    with_text: bool,
    /// A profile exported by the page: each checklist item it can decide gets a verdict
    /// (the profile itself is never printed).
    #[arg(long, value_name = "FILE")]
    profile: Option<PathBuf>,
    /// Every finding with its id, the words it stands on and each rule that decided it
    /// (the same as --format explain).
    #[arg(long, conflicts_with = "format")]
    explain: bool,
    /// The language of the text summary and of the export's labels and summaries (the
    /// export's other fields do not change).
    #[arg(long, value_enum, default_value = "en")]
    lang: Language,
}

/// The interface languages.
#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Language {
    En,
    Fr,
    Nl,
    De,
}

impl From<Language> for Lang {
    fn from(language: Language) -> Lang {
        match language {
            Language::En => Lang::En,
            Language::Fr => Lang::Fr,
            Language::Nl => Lang::Nl,
            Language::De => Lang::De,
        }
    }
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    /// A summary for reading: deadline and days left, languages, who may apply, conditions,
    /// each with its line in the text.
    Text,
    /// The export (schema/export.schema.json).
    Json,
    /// An iCalendar event at each posting's deadline.
    Ics,
    /// schema.org JobPosting.
    Jsonld,
    /// A tab-separated row per posting, for a spreadsheet.
    Tsv,
    /// The same rows as CSV, with a header.
    Csv,
    /// Every finding and the rules behind it.
    Explain,
    /// The answers in the corpus gold format (NAME.gold.json), to start a test case.
    Gold,
}

#[derive(Args)]
struct Score {
    /// The folder of NAME.txt and NAME.gold.json files.
    #[arg(value_name = "DIR")]
    corpus: PathBuf,
    /// Score exports already made (DIR/NAME.json, such as the page's corrected export) instead
    /// of analysing each text.
    #[arg(long, value_name = "DIR")]
    exports: Option<PathBuf>,
    /// The analysis day (the corpus' answers assume 2024-01-01).
    #[arg(long, value_name = "YYYY-MM-DD", default_value = "2024-01-01")]
    today: Date,
    /// Fail (exit 1) when FIELD scores below VALUE; repeatable. Fields: postings, deadline,
    /// deadline_time, languages, language_codes, language_levels, eligibility, start_date,
    /// salary, contract.
    #[arg(long = "min", value_name = "FIELD=VALUE", value_parser = floor)]
    floors: Vec<(String, f64)>,
    /// List every miss.
    #[arg(long, short)]
    verbose: bool,
}

/// Reads `deadline=0.95`.
fn floor(arg: &str) -> Result<(String, f64), String> {
    let (field, value) = arg
        .split_once('=')
        .ok_or("expected FIELD=VALUE, such as deadline=0.95")?;
    if !FIELDS.contains(&field) {
        return Err(format!(
            "unknown field {field:?}; one of {}",
            FIELDS.join(", ")
        ));
    }
    let value: f64 = value
        .parse()
        .map_err(|_| format!("{value:?} is not a number"))?;
    Ok((field.to_string(), value))
}

/// Largest text read: a pasted page is far smaller; anything bigger is a mistake.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;
/// Largest file read: a PDF or Word file may be larger than its text (documents::read says so
/// past its own limit).
const MAX_READ_BYTES: u64 = documents::MAX_DOCUMENT_BYTES as u64;

/// The posting's text and its file's name; with `true` when the text was read out of a PDF or
/// Word file (the export then carries it: its evidence offsets refer to it, not to the file).
fn read_input(input: &str) -> Result<(String, Option<String>, bool), String> {
    let mut bytes = Vec::new();
    let mut size = None;
    let name = if input == "-" {
        std::io::stdin()
            .take(MAX_READ_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        None
    } else {
        let meta = std::fs::metadata(input).map_err(|e| format!("{input}: {}", describe(&e)))?;
        if meta.is_dir() {
            return Err(format!("{input}: is a directory, not a posting file"));
        }
        size = usize::try_from(meta.len()).ok();
        let file = std::fs::File::open(input).map_err(|e| format!("{input}: {}", describe(&e)))?;
        file.take(MAX_READ_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{input}: {}", describe(&e)))?;
        std::path::Path::new(input)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
    };
    let shown = name.as_deref().unwrap_or("standard input");
    if documents::is_document(shown, &bytes) {
        let text = documents::read(&bytes).map_err(|e| match e {
            // Read up to just past the limit: the file's own size says how far past.
            documents::DocumentError::TooLarge(_) => {
                documents::DocumentError::TooLarge(size.unwrap_or(bytes.len()))
            }
            e => e,
        });
        let text = text.map_err(|e| e.describe(shown, Catalogue::english()))?;
        return Ok((text, name, true));
    }
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
    Ok((text, name, false))
}

fn read_profile(file: &Path) -> Result<Profile, String> {
    let path = file.display();
    let meta = std::fs::metadata(file).map_err(|e| format!("{path}: {}", describe(&e)))?;
    if meta.len() > MAX_PROFILE_BYTES as u64 {
        return Err(format!("{path}: {}", ProfileError::TooLarge));
    }
    let json = std::fs::read_to_string(file).map_err(|e| format!("{path}: {}", describe(&e)))?;
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
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Score(score)) => run_score(&score),
        None => run_analysis(cli.analyse),
    };
    match result {
        Ok(out) => {
            println!("{}", out.trim_end_matches(['\r', '\n']));
            ExitCode::SUCCESS
        }
        Err(Failure::Unusable(message)) => {
            eprintln!("vacancy-lens: {message}");
            ExitCode::from(1)
        }
        Err(Failure::BelowFloor(report)) => {
            println!("{report}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    /// One line naming what could not be used.
    Unusable(String),
    /// The score report, with the floors missed.
    BelowFloor(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Unusable(message)
    }
}

fn run_analysis(args: Analyse) -> Result<String, Failure> {
    let Some(input) = args.input.as_deref() else {
        Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "no input given: a posting file, or - for standard input",
            )
            .exit();
    };
    let (text, name, extracted) = read_input(input)?;
    let today = args.today.unwrap_or_else(system_today);
    let profile = args.profile.as_deref().map(read_profile).transpose()?;
    let mut export = Export::analyze(&text, today, name.clone());
    let cat = Catalogue::builtin(args.lang.into());
    export.localise(&cat);
    if let Some(profile) = &profile {
        for p in &mut export.postings {
            p.checklist = judge(p, &p.checklist, profile, &cat);
        }
    }
    if args.with_text || extracted {
        export.text = Some(text.clone());
    }
    let format = match args.format {
        _ if args.explain => Format::Explain,
        Some(format) => format,
        None if std::io::stdout().is_terminal() => Format::Text,
        None => Format::Json,
    };
    let postings = &export.postings;
    match format {
        Format::Text => Ok(summary(postings, &text, &cat)),
        Format::Json => json(&export, args.pretty),
        Format::Ics => {
            let stamp = jiff::Timestamp::now().as_second();
            deadline_calendar(postings, stamp).ok_or_else(|| {
                Failure::Unusable("no deadline found, so there is no calendar event".to_string())
            })
        }
        Format::Jsonld => {
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
        Format::Gold => {
            let source = format!(
                "{}, as analysed by vacancy-lens {} on {today}",
                name.as_deref().unwrap_or("standard input"),
                env!("CARGO_PKG_VERSION")
            );
            json(&gold(postings, &source), args.pretty)
        }
    }
}

/// `value` as JSON, compact or pretty.
fn json(value: &impl serde::Serialize, pretty: bool) -> Result<String, Failure> {
    let written = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    written.map_err(|e| Failure::Unusable(e.to_string()))
}

/// Scores every NAME.txt of the corpus that has a NAME.gold.json, in name order.
fn run_score(args: &Score) -> Result<String, Failure> {
    let dir = &args.corpus;
    let shown = dir.display();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{shown}: {}", describe(&e)))?;
    let mut golds: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    sort_by_key(&mut golds, PathBuf::clone);
    if golds.is_empty() {
        return Err(format!("{shown}: no NAME.gold.json here, nothing to score").into());
    }
    let mut tally = Tally::default();
    for gold_path in &golds {
        let file = gold_path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let stem = file.trim_end_matches(".gold.json").to_string();
        let gold: serde_json::Value = std::fs::read_to_string(gold_path)
            .map_err(|e| describe(&e))
            .and_then(|json| serde_json::from_str(&json).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: not a gold file: {e}", gold_path.display()))?;
        let export = match &args.exports {
            Some(exports) => read_export(&exports.join(format!("{stem}.json"))),
            None => analysed(&dir.join(format!("{stem}.txt")), args.today),
        };
        let export = match export {
            Ok(export) => Some(export),
            Err(why) => {
                tally
                    .misses
                    .push(format!("  {stem}.txt: no usable export ({why})"));
                None
            }
        };
        tally.text(&format!("{stem}.txt"), &gold, export.as_ref());
    }
    let mut out = String::new();
    if args.verbose {
        for miss in &tally.misses {
            out.push_str(miss);
            out.push('\n');
        }
    }
    match tally.report(&args.floors) {
        Ok(report) => Ok(out + &report),
        Err(report) => Err(Failure::BelowFloor(out + &report)),
    }
}

/// The export of a text file, as JSON.
fn analysed(path: &Path, today: Date) -> Result<serde_json::Value, String> {
    let (text, name, _) = read_input(&path.to_string_lossy())?;
    serde_json::to_value(Export::analyze(&text, today, name)).map_err(|e| e.to_string())
}

/// An export made already (any JSON: a missing field scores as nothing found).
fn read_export(path: &Path) -> Result<serde_json::Value, String> {
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {}", path.display(), describe(&e)))?;
    serde_json::from_str(&json).map_err(|e| format!("{}: not JSON: {e}", path.display()))
}
