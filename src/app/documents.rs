//! PDF and Word files, read off the page's thread by the documents module (`dist/documents/`:
//! its worker and its own wasm), which the browser fetches the first time the user opens such a
//! file and the service worker keeps for offline use.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::Callback;

use crate::documents::DocumentError;

/// The reader's worker, next to the page.
const WORKER: &str = "documents/worker.js";

/// Hands a PDF or DOCX file to a new reader worker (the file itself: the worker reads its
/// bytes); `done` gets its text or why it has none. The worker ends with its answer.
pub fn read(file: &web_sys::File, done: Callback<Result<String, DocumentError>>) {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = match web_sys::Worker::new_with_options(WORKER, &options) {
        Ok(worker) => worker,
        Err(e) => return done.emit(Err(stopped(&e))),
    };
    // One answer: the worker's reply, or the error that stopped it; the worker goes with it.
    // The listeners live as long as the worker (a few bytes per file opened).
    for event in ["message", "error"] {
        let (worker, done) = (worker.clone(), done.clone());
        EventListener::once(&worker.clone(), event, move |e| {
            worker.terminate();
            done.emit(reply(e));
        })
        .forget();
    }
    if let Err(e) = worker.post_message(file) {
        worker.terminate();
        done.emit(Err(stopped(&e)));
    }
}

/// The reader's `{ text }` or `{ problem, detail }`; an error event is a reader that stopped.
fn reply(event: &web_sys::Event) -> Result<String, DocumentError> {
    let event: &JsValue = event.as_ref();
    let get = |object: &JsValue, key: &str| js_sys::Reflect::get(object, &key.into()).ok();
    let data = get(event, "data").filter(|d| d.is_object());
    let field = |key: &str| {
        data.as_ref()
            .and_then(|d| get(d, key))
            .and_then(|v| v.as_string())
    };
    match (field("text"), field("problem")) {
        (Some(text), _) => Ok(text),
        (None, Some(problem)) => Err(DocumentError::of_code(
            &problem,
            &field("detail").unwrap_or_default(),
        )),
        (None, None) => Err(stopped(event)),
    }
}

/// The worker could not start or stopped: the browser's words.
fn stopped(e: &JsValue) -> DocumentError {
    DocumentError::Damaged(crate::app::browser::error_text(e))
}
