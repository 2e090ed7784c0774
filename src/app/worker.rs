//! The analysis runs in a Web Worker, off the page's main thread: a pasted listing page of a
//! megabyte would hold the page long enough to freeze typing. The page sends the text,
//! the worker answers with the core's findings; only the newest text is ever waited for.
//!
//! The two sides talk with `postMessage` and JSON text, a few lines over web-sys: one worker
//! with one kind of request needs none of a general worker framework's routing, whose code the
//! page's wasm would carry.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::analysis::{analyze, PostingAnalysis};
use crate::calendar::Date;
use crate::export::UserMarks;
use crate::session::analyse_saved;

/// The worker's script, written next to the page by `scripts/worker-loader.mjs`: it loads this
/// same wasm module, whose entry point serves the page when it finds itself in a worker.
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
    /// The worker listens: messages sent before would have been lost, so the page holds them
    /// until this.
    Ready,
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

/// A value as JSON text, for the worker's messages and the browser's storage. Written by the
/// downloads' pretty serializer, without indentation: one serializer type puts each type's
/// serialization in the wasm once, not twice.
pub fn json_text<T: Serialize>(value: &T) -> Option<String> {
    let mut json = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"");
    value
        .serialize(&mut serde_json::Serializer::with_formatter(
            &mut json, formatter,
        ))
        .ok()?;
    String::from_utf8(json).ok()
}

/// A message as JSON text.
fn encode<T: Serialize>(message: &T) -> JsValue {
    json_text(message).map_or(JsValue::NULL, |text| JsValue::from_str(&text))
}

/// A message from JSON text; `None` for anything else (both ends are this crate, so that is a
/// bug, and a message dropped is better than a page stopped).
fn decode<T: DeserializeOwned>(data: JsValue) -> Option<T> {
    serde_json::from_str(&data.as_string()?).ok()
}

/// In the worker: answers the page's requests until the page goes. Compiles the patterns and
/// word lists first, so that the first analysis a user waits for does not also pay for them.
pub fn serve(scope: DedicatedWorkerGlobalScope) {
    analyze(WARM_UP, Date::constant(2026, 1, 1));
    // A text is analysed on the next turn of the worker's event loop, by which time texts sent
    // while it was busy have all arrived: only the last is analysed, the stale ones are dropped
    // unanswered.
    let newest: Rc<RefCell<Option<(u32, String, Date)>>> = Rc::default();
    let post = {
        let scope = scope.clone();
        move |reply: &Reply| {
            let _ = scope.post_message(&encode(reply));
        }
    };
    let listener = {
        let post = post.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            match decode::<Request>(e.data()) {
                Some(Request::Current { run, text, today }) => {
                    post(&Reply::Working { run });
                    if newest.borrow_mut().replace((run, text, today)).is_none() {
                        let (newest, post) = (newest.clone(), post.clone());
                        Timeout::new(0, move || {
                            if let Some((run, text, today)) = newest.borrow_mut().take() {
                                let started = now();
                                let postings = analyze(&text, today);
                                let millis = now() - started;
                                post(&Reply::Current {
                                    run,
                                    postings,
                                    millis,
                                });
                            }
                        })
                        .forget();
                    }
                }
                Some(Request::Saved { saved, today }) => {
                    let analyses = analyse_saved(&saved, today);
                    post(&Reply::Saved { analyses, today });
                }
                None => {}
            }
        })
    };
    scope.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its listener.
    listener.forget();
    post(&Reply::Ready);
}

/// The worker's clock in milliseconds (0 where there is none).
fn now() -> f64 {
    js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .ok()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The page's side: the worker, and the requests made before it listened.
pub struct Bridge {
    worker: web_sys::Worker,
    ready: Rc<Cell<bool>>,
    waiting: Rc<RefCell<Vec<JsValue>>>,
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl Bridge {
    /// Starts the worker; its replies but `Ready` go to `on_reply`.
    pub fn start(on_reply: impl Fn(Reply) + 'static) -> Result<Bridge, String> {
        let worker = web_sys::Worker::new(LOADER)
            .map_err(|e| e.as_string().unwrap_or_else(|| "blocked".to_string()))?;
        // The page's own compiled module, so that the worker neither downloads nor compiles the
        // wasm a second time (its loader falls back to the file if this is not a module).
        let _ = worker.post_message(&wasm_bindgen::module());
        let (ready, waiting): (Rc<Cell<bool>>, Rc<RefCell<Vec<JsValue>>>) = Default::default();
        let listener = {
            let (worker, ready, waiting) = (worker.clone(), ready.clone(), waiting.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                match decode::<Reply>(e.data()) {
                    Some(Reply::Ready) => {
                        ready.set(true);
                        for message in waiting.borrow_mut().drain(..) {
                            let _ = worker.post_message(&message);
                        }
                    }
                    Some(reply) => on_reply(reply),
                    None => {}
                }
            })
        };
        worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Ok(Bridge {
            worker,
            ready,
            waiting,
            _listener: listener,
        })
    }

    /// Sends a request now, or once the worker listens.
    pub fn send(&self, request: &Request) {
        let message = encode(request);
        if self.ready.get() {
            let _ = self.worker.post_message(&message);
        } else {
            self.waiting.borrow_mut().push(message);
        }
    }
}
