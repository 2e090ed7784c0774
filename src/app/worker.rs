//! The analysis runs in a Web Worker, off the page's main thread: a pasted listing page of a
//! megabyte would hold the page long enough to freeze typing. The page sends the text,
//! the worker answers with the core's findings; only the newest text is ever waited for.

use crate::calendar::Date;
use gloo::timers::callback::Timeout;
use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::analysis::corrections::apply_all;
use crate::analysis::{analyze, PostingAnalysis};
use crate::export::UserMarks;

/// The worker's script, written next to the page by `scripts/worker-loader.mjs`: it loads this
/// same wasm module, whose entry point registers the worker when it finds itself in one.
pub const LOADER: &str = "analysis-worker.js";

/// A posting with one finding of each kind, so that warming up builds every pattern.
const WARM_UP: &str =
    "Policy Officer\nThe deadline for applications is 15 January 2026 at 12:00 CET \
(15/01/2026). Start date: as soon as possible. Fluent English (C1) is required; French is an \
asset. Only EU citizens or holders of a valid work permit may apply; security clearance \
needed. Salary: EUR 3,500 gross per month, 38 hours per week, 2-year contract, hybrid. Send \
your CV and cover letter to jobs@example.org, subject \"PO-2026\", see https://example.org.";

#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    /// The text on screen, and which analysis asked for it.
    Current { run: u32, text: String, today: Date },
    /// Every saved posting's text with the user's marks, for the CSV of the saved list.
    Saved {
        saved: Vec<(String, Vec<UserMarks>)>,
        today: Date,
    },
}

#[derive(Debug, Serialize, Deserialize)]
pub enum Reply {
    /// Sent as soon as a text arrives: the worker is alive, and its answer may take a while
    /// (a text with 100 000 dates takes seconds), so the page must not analyse it again itself.
    Working { run: u32 },
    /// Names the run rather than sending a text of up to megabytes back.
    Current {
        run: u32,
        postings: Vec<PostingAnalysis>,
        /// How long the analysis took in the worker, by its `performance.now()`.
        millis: f64,
    },
    /// For the CSV, with the day its "days left" count from.
    Saved {
        analyses: Vec<PostingAnalysis>,
        today: Date,
    },
}

/// Analyses the newest text it was sent. A text is analysed on the next turn of the worker's
/// event loop, by which time texts sent while it was busy have all arrived: only the last is
/// analysed, the stale ones are dropped unanswered.
#[derive(Default)]
pub struct AnalysisWorker {
    newest: Option<(u32, String, Date, HandlerId)>,
}

impl Worker for AnalysisWorker {
    /// Time to analyse the newest text.
    type Message = ();
    type Input = Request;
    type Output = Reply;

    /// Compiles the patterns and cue-word automata before the first text arrives, so that the
    /// first analysis a user waits for does not also pay for building them.
    fn create(_scope: &WorkerScope<Self>) -> Self {
        analyze(WARM_UP, Date::constant(2026, 1, 1));
        AnalysisWorker::default()
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _turn: ()) {
        if let Some((run, text, today, id)) = self.newest.take() {
            let started = now();
            let postings = analyze(&text, today);
            let millis = now() - started;
            scope.respond(
                id,
                Reply::Current {
                    run,
                    postings,
                    millis,
                },
            );
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        match request {
            Request::Current { run, text, today } => {
                scope.respond(id, Reply::Working { run });
                self.newest = Some((run, text, today, id));
                let scope = scope.clone();
                Timeout::new(0, move || scope.send_message(())).forget();
            }
            Request::Saved { saved, today } => {
                let analyses = saved
                    .iter()
                    .flat_map(|(text, marks)| {
                        let mut postings = analyze(text, today);
                        let corrections = marks.iter().map(|m| m.corrections.as_slice());
                        apply_all(&mut postings, corrections, text, today);
                        postings
                    })
                    .collect();
                scope.respond(id, Reply::Saved { analyses, today });
            }
        }
    }
}

/// The worker's clock in milliseconds (0 where there is none).
fn now() -> f64 {
    use wasm_bindgen::JsCast;
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Messages as JSON text: the findings' types skip empty fields, which bincode (gloo's default)
/// cannot read back. Both ends are this crate, so a message that does not parse is a bug.
pub struct Json;

impl Codec for Json {
    /// Written by the downloads' pretty serializer, without indentation: one serializer type
    /// puts the findings' serialization in the wasm once, not twice.
    fn encode<I: Serialize>(input: I) -> JsValue {
        let mut json = Vec::new();
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b"");
        input
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut json, formatter,
            ))
            .expect("worker messages serialize");
        JsValue::from_str(&String::from_utf8(json).expect("serde_json writes UTF-8"))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let text = input.as_string().unwrap_or_default();
        serde_json::from_str(&text).expect("worker messages parse")
    }
}
