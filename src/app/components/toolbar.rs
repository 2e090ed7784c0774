//! Export, import, clear and undo.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::export::MAX_IMPORT_BYTES;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub has_text: bool,
    pub can_undo: bool,
    pub on_download: Callback<()>,
    pub on_copy: Callback<()>,
    /// The contents of a file to import.
    pub on_import: Callback<String>,
    pub on_error: Callback<String>,
    pub on_clear: Callback<()>,
    pub on_undo: Callback<()>,
}

#[component]
pub fn Toolbar(props: &Props) -> Html {
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let onchange = {
        let (on_import, on_error) = (props.on_import.clone(), props.on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let file = File::from(file);
            if file.size() > MAX_IMPORT_BYTES as u64 {
                on_error.emit(format!(
                    "Import failed: {} is {} KB, and exports larger than {} MB are not imported. Your current work is unchanged.",
                    file.name(),
                    file.size() / 1024,
                    MAX_IMPORT_BYTES / 1024 / 1024
                ));
                return;
            }
            let (on_import, on_error, name) = (on_import.clone(), on_error.clone(), file.name());
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(
                &file,
                move |result| match result {
                    Ok(text) => on_import.emit(text),
                    Err(e) => on_error.emit(format!("{name} could not be read ({e}).")),
                },
            ));
        })
    };
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label="Export and import">
            <button type="button" onclick={click(&props.on_download)} disabled={!props.has_text}>{ "Download JSON" }</button>
            <button type="button" onclick={click(&props.on_copy)} disabled={!props.has_text}>{ "Copy JSON" }</button>
            <label class="button file-button">
                { "Import JSON…" }
                <input type="file" accept=".json,application/json" {onchange} data-testid="import" />
            </label>
            <button type="button" onclick={click(&props.on_clear)} disabled={!props.has_text}>{ "Clear" }</button>
            if props.can_undo { <button type="button" onclick={click(&props.on_undo)}>{ "Undo" }</button> }
        </div>
    }
}
