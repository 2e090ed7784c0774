//! The page's reader of PDF and Word files: a wasm module of its own (`dist/documents/`),
//! loaded by `documents/worker.js` the first time the user opens such a file, never with the
//! page. The same readers as the CLI's (`vacancy_lens::documents`).

use wasm_bindgen::prelude::*;

/// The text of a PDF or DOCX file: `{ text }`, or `{ problem, detail }` (see
/// `DocumentError::code`).
#[wasm_bindgen]
pub fn extract(bytes: &[u8]) -> JsValue {
    let reply = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        // Setting a property on a plain new object does not fail.
        let _ = js_sys::Reflect::set(&reply, &key.into(), &value.into());
    };
    match vacancy_lens::documents::read(bytes) {
        Ok(text) => set("text", &text),
        Err(e) => {
            let (problem, detail) = e.code();
            set("problem", problem);
            set("detail", &detail);
        }
    }
    reply.into()
}

fn main() {}
