//! Export, import, clear and undo.

use yew::prelude::*;

/// What the toolbar shows and does. A plain function of the App rather than a component: it
/// re-renders with the App, which costs nothing, and a component costs the page's wasm.
pub struct Props {
    pub has_text: bool,
    pub can_undo: bool,
    pub has_deadline: bool,
    pub on_download: Callback<()>,
    pub on_copy: Callback<()>,
    /// The deadline as an .ics event, the posting as JSON-LD, a spreadsheet row.
    pub on_calendar: Callback<()>,
    pub on_jsonld: Callback<()>,
    pub on_row: Callback<()>,
    /// Keeps the posting in the saved list.
    pub on_save: Callback<()>,
    /// Downloads the text and its corrected answers as a corpus test case.
    pub on_test_case: Callback<()>,
    /// A file chosen to import (`hooks::use_import_file`).
    pub on_import_file: Callback<Event>,
    pub on_clear: Callback<()>,
    pub on_undo: Callback<()>,
}

pub fn toolbar(props: Props) -> Html {
    let onchange = props.on_import_file.clone();
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label="Export and import">
            <button type="button" onclick={click(&props.on_save)} disabled={!props.has_text}>{ "Save to my list" }</button>
            <button type="button" onclick={click(&props.on_download)} disabled={!props.has_text}>{ "Download JSON" }</button>
            <button type="button" onclick={click(&props.on_copy)} disabled={!props.has_text}>{ "Copy JSON" }</button>
            <button type="button" onclick={click(&props.on_calendar)} disabled={!props.has_deadline}>{ "Add deadline to calendar" }</button>
            <button type="button" onclick={click(&props.on_jsonld)} disabled={!props.has_text}>{ "Download JSON-LD" }</button>
            <button type="button" onclick={click(&props.on_row)} disabled={!props.has_text}>{ "Copy as table row" }</button>
            <button type="button" onclick={click(&props.on_test_case)} disabled={!props.has_text}
                title="Downloads the text and its answers, with your corrections, as a test case (NAME.txt and NAME.gold.json)">{ "Save as a test case" }</button>
            <label class="button file-button">
                { "Import JSON…" }
                <input type="file" accept=".json,application/json" {onchange} data-testid="import" />
            </label>
            <button type="button" onclick={click(&props.on_clear)} disabled={!props.has_text}>{ "Clear" }</button>
            if props.can_undo { <button type="button" onclick={click(&props.on_undo)}>{ "Undo" }</button> }
        </div>
    }
}
