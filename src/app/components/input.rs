//! The paste box: type, paste, drop or pick a file (.txt, .md, .html), or try an example.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::browser::html_to_text;

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
async fn fetch_text(path: &str) -> Result<String, String> {
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
}

#[component]
pub fn PostingInput(props: &Props) -> Html {
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let dragging = use_state(|| false);

    let read_file = {
        let (on_load, on_error, reader) = (
            props.on_load.clone(),
            props.on_error.clone(),
            reader.clone(),
        );
        Callback::from(move |file: web_sys::File| {
            let name = file.name().to_lowercase();
            let file = File::from(file);
            if file.size() > MAX_FILE_BYTES {
                on_error.emit(format!(
                    "{name} is {} KB; files over {} MB are not read.",
                    file.size() / 1024,
                    MAX_FILE_BYTES / 1024 / 1024
                ));
                return;
            }
            if ![".txt", ".md", ".html", ".htm", ".text"]
                .iter()
                .any(|ext| name.ends_with(ext))
            {
                on_error.emit(format!(
                    "{name}: only .txt, .md and .html files can be read."
                ));
                return;
            }
            let (on_load, on_error) = (on_load.clone(), on_error.clone());
            let is_html = name.ends_with(".html") || name.ends_with(".htm");
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &file,
                move |result| match result {
                    Ok(text) => on_load.emit(if is_html { html_to_text(&text) } else { text }),
                    Err(e) => on_error.emit(format!("{name} could not be read as text ({e}).")),
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

    html! {
        <section class={classes!("input", dragging.then_some("dragging"))} aria-labelledby="input-title"
            {ondragover} {ondragleave} {ondrop}>
            <h2 id="input-title">{ "1. Paste a vacancy" }</h2>
            <label for="posting" class="sr-only">{ "Vacancy text" }</label>
            <textarea id="posting" value={props.text.clone()} {oninput} spellcheck="false"
                placeholder="Paste the whole job posting here, or drop a .txt, .md or .html file. Nothing leaves your browser." />
            <div class="input-actions">
                <label class="button file-button">
                    { "Open a file…" }
                    <input type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" onchange={onchange_file} />
                </label>
                <span class="try">{ "Try an example:" }</span>
                { for EXAMPLES.iter().map(|(label, path)| {
                    let (on_load, on_error) = (props.on_load.clone(), props.on_error.clone());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let (on_load, on_error) = (on_load.clone(), on_error.clone());
                        yew::platform::spawn_local(async move {
                            match fetch_text(path).await {
                                Ok(text) => on_load.emit(text),
                                Err(e) => on_error.emit(format!("The example could not be loaded ({e}).")),
                            }
                        });
                    });
                    html! { <button type="button" class="link-button" {onclick}>{ *label }</button> }
                }) }
            </div>
        </section>
    }
}
