//! The analysis runs in a Web Worker, off the page's main thread: a pasted 1 MB listing page
//! took ≈ 300 ms of analysis in the page, long enough to freeze typing. The page sends the text,
//! the worker answers with the core's findings; only the newest text is ever waited for.

use gloo::timers::callback::Timeout;
use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::analysis::{analyze, PostingAnalysis};

/// The worker's script, written next to the page by `scripts/worker-loader.mjs`: it loads this
/// same wasm module, whose entry point registers the worker when it finds itself in one.
pub const LOADER: &str = "analysis-worker.js";

/// A day as the worker receives it (jiff's dates carry no serde here).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Day(pub i16, pub i8, pub i8);

impl From<Date> for Day {
    fn from(d: Date) -> Day {
        Day(d.year(), d.month(), d.day())
    }
}

impl From<Day> for Date {
    fn from(Day(y, m, d): Day) -> Date {
        Date::new(y, m, d).unwrap_or(Date::constant(2026, 1, 1))
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    /// The text on screen.
    Current { text: String, today: Day },
    /// Every saved posting's text, for the CSV of the saved list.
    Saved { texts: Vec<String>, today: Day },
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Reply {
    Current {
        text: String,
        postings: Vec<PostingAnalysis>,
    },
    Saved {
        analyses: Vec<PostingAnalysis>,
    },
}

/// Analyses the newest text it was sent. A text is analysed on the next turn of the worker's
/// event loop, by which time texts sent while it was busy have all arrived: only the last is
/// analysed, the stale ones are dropped unanswered.
#[derive(Default)]
pub struct AnalysisWorker {
    newest: Option<(String, Day, HandlerId)>,
}

impl Worker for AnalysisWorker {
    /// Time to analyse the newest text.
    type Message = ();
    type Input = Request;
    type Output = Reply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker::default()
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _turn: ()) {
        if let Some((text, today, id)) = self.newest.take() {
            let postings = analyze(&text, today.into());
            scope.respond(id, Reply::Current { text, postings });
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        match request {
            Request::Current { text, today } => {
                self.newest = Some((text, today, id));
                let scope = scope.clone();
                Timeout::new(0, move || scope.send_message(())).forget();
            }
            Request::Saved { texts, today } => {
                let analyses = texts
                    .iter()
                    .flat_map(|t| analyze(t, today.into()))
                    .collect();
                scope.respond(id, Reply::Saved { analyses });
            }
        }
    }
}

/// Messages as JSON text: the findings' types skip empty fields, which bincode (gloo's default)
/// cannot read back. Both ends are this crate, so a message that does not parse is a bug.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        JsValue::from_str(&serde_json::to_string(&input).expect("worker messages serialize"))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let text = input.as_string().unwrap_or_default();
        serde_json::from_str(&text).expect("worker messages parse")
    }
}
