//! The paste box: type, paste, drop or pick a file (PDF and Word through the documents module;
//! .txt, .md, .html), or try an example.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::browser::html_to_text;
use crate::documents::{self, DocumentError, MAX_DOCUMENT_BYTES};
use crate::i18n::{Arg, Catalogue, Msg};

/// Postings for "Try an example": two real English ones from the shared corpus and two from the
/// project corpus (modelled on real postings, see tests/corpus/README.md). Files of the page's
/// own (`web/examples/`), fetched when chosen rather than carried in the wasm.
pub const EXAMPLES: [(&str, &str); 4] = [
    (
        "Office manager, ICLEI Brussels (English)",
        "examples/iclei-office-manager-en.txt",
    ),
    (
        "Two posts on one page, CEMR (English)",
        "examples/cemr-two-posts-en.txt",
    ),
    (
        "Chargé(e) de projets, Luxembourg (français)",
        "examples/chargee-de-projets-luxembourg-fr.txt",
    ),
    (
        "Referent*in Europapolitik, Brüssel (Deutsch)",
        "examples/referent-europapolitik-bruessel-de.txt",
    ),
];

/// A text file of the page's own origin.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed =
        |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| "no connection".to_string());
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(path))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Largest file read into the box; a posting is a few KB.
const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// Typing or pasting.
    pub on_edit: Callback<String>,
    /// A file or an example replaces the text.
    pub on_load: Callback<String>,
    pub on_error: Callback<String>,
    /// A file being read, said while its text is on the way (`None` once it is there).
    pub on_status: Callback<Option<String>>,
    pub cat: Rc<Catalogue>,
}

/// Where a file's text, or what went wrong, goes.
#[derive(Clone)]
struct Outcome {
    on_load: Callback<String>,
    on_error: Callback<String>,
    on_status: Callback<Option<String>>,
    cat: Rc<Catalogue>,
}

/// Reads a PDF or Word file in the documents module: its text replaces the box's, or a
/// message says why it has none and the work on screen stays.
fn read_document(file: &web_sys::File, to: &Outcome) {
    let (cat, name) = (to.cat.clone(), file.name());
    let failed = {
        let (on_error, cat, name) = (to.on_error.clone(), cat.clone(), name.clone());
        move |problem: DocumentError| {
            let why = problem.describe(&name, &cat);
            on_error.emit(cat.f(Msg::DocumentNotOpened, &[("why", (&why).into())]))
        }
    };
    if file.size() > MAX_DOCUMENT_BYTES as f64 {
        return failed(DocumentError::TooLarge(file.size() as usize));
    }
    let on_status = to.on_status.clone();
    on_status.emit(Some(
        cat.f(Msg::DocumentReading, &[("name", (&name).into())]),
    ));
    let on_load = to.on_load.clone();
    let done = Callback::from(move |result: Result<String, DocumentError>| match result {
        Ok(text) => {
            on_status.emit(None);
            on_load.emit(text)
        }
        Err(problem) => failed(problem),
    });
    crate::app::documents::read(file, done);
}

#[component]
pub fn PostingInput(props: &Props) -> Html {
    let cat = props.cat.clone();
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let dragging = use_state(|| false);
    // With text, the analysis leads and the box folds to a few lines until the user opens it.
    let expanded = use_state(|| false);
    let folded = !props.text.trim().is_empty() && !*expanded;

    let read_file = {
        let (on_load, on_error, reader, cat) = (
            props.on_load.clone(),
            props.on_error.clone(),
            reader.clone(),
            cat.clone(),
        );
        let outcome = Outcome {
            on_load: props.on_load.clone(),
            on_error: props.on_error.clone(),
            on_status: props.on_status.clone(),
            cat: cat.clone(),
        };
        Callback::from(move |file: web_sys::File| {
            let name = file.name().to_lowercase();
            if documents::is_document_name(&name) {
                return read_document(&file, &outcome);
            }
            let file = File::from(file);
            let named = Arg::Text(&name);
            if file.size() > MAX_FILE_BYTES {
                let args = [
                    ("name", named),
                    ("kb", Arg::Number((file.size() / 1024) as i64)),
                    ("mb", Arg::Number((MAX_FILE_BYTES / 1024 / 1024) as i64)),
                ];
                on_error.emit(cat.f(Msg::FileTooBig, &args));
                return;
            }
            if ![".txt", ".md", ".html", ".htm", ".text"]
                .iter()
                .any(|ext| name.ends_with(ext))
            {
                on_error.emit(cat.f(Msg::FileKind, &[("name", named)]));
                return;
            }
            let (on_load, on_error, cat) = (on_load.clone(), on_error.clone(), cat.clone());
            let is_html = name.ends_with(".html") || name.ends_with(".htm");
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &file,
                move |result| match result {
                    Ok(text) => on_load.emit(if is_html { html_to_text(&text) } else { text }),
                    Err(e) => {
                        let error = e.to_string();
                        let args = [("name", (&name).into()), ("error", (&error).into())];
                        on_error.emit(cat.f(Msg::FileUnreadable, &args))
                    }
                },
            ));
        })
    };

    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let onchange_file = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file.emit(file);
            }
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read_file.emit(file);
            }
        })
    };

    let heading = if props.text.trim().is_empty() {
        html! { <h2 id="input-title">{ cat.t(Msg::PasteHeading) }</h2> }
    } else {
        let toggle = {
            let expanded = expanded.clone();
            Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
        };
        html! {
            <h2 id="input-title">
                <button type="button" class="link-button fold" aria-expanded={(!folded).to_string()} aria-controls="posting"
                    onclick={toggle} data-testid="edit-text">
                    { cat.t(if folded { Msg::EditText } else { Msg::HideText }) }
                </button>
            </h2>
        }
    };
    html! {
        <section class={classes!("input", dragging.then_some("dragging"), folded.then_some("folded"))} aria-labelledby="input-title"
            {ondragover} {ondragleave} {ondrop}>
            { heading }
            <label for="posting" class="sr-only">{ cat.t(Msg::VacancyText) }</label>
            <textarea id="posting" value={props.text.clone()} {oninput} spellcheck="false"
                placeholder={cat.t(Msg::PastePlaceholder)} />
            <div class="input-actions">
                <label class="button file-button">
                    { cat.t(Msg::OpenFile) }
                    <input type="file" accept=".pdf,.docx,.doc,.txt,.md,.html,.htm,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown,text/html" onchange={onchange_file} data-testid="open-file" />
                </label>
                if !folded {
                    <span class="try">{ cat.t(Msg::TryExample) }</span>
                    { for EXAMPLES.iter().map(|(label, path)| {
                        let (on_load, on_error, cat) = (props.on_load.clone(), props.on_error.clone(), cat.clone());
                        let onclick = Callback::from(move |_: MouseEvent| {
                            let (on_load, on_error, cat) = (on_load.clone(), on_error.clone(), cat.clone());
                            yew::platform::spawn_local(async move {
                                match fetch_text(path).await {
                                    Ok(text) => on_load.emit(text),
                                    Err(e) => on_error.emit(cat.f(Msg::ExampleFailed, &[("error", (&e).into())])),
                                }
                            });
                        });
                        html! { <button type="button" class="link-button" {onclick}>{ *label }</button> }
                    }) }
                }
            </div>
        </section>
    }
}
