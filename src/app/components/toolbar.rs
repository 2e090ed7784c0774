//! Taking the analysis elsewhere: the checklist's JSON as the primary action beside keeping
//! and clearing the work, then the other formats (copy, calendar, JSON-LD, table row, test case,
//! import) as a quieter group under it. Every action stays one click or key press away.

use yew::prelude::*;

use crate::i18n::{Catalogue, Msg};

/// What the toolbar shows and does. A plain function of the App rather than a component: it
/// re-renders with the App, which costs nothing, and a component costs the page's wasm.
pub struct Props<'c> {
    pub cat: &'c Catalogue,
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
    let cat = props.cat;
    let onchange = props.on_import_file.clone();
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let no_text = !props.has_text;
    html! {
        <div class="toolbar exports" role="group" aria-label={cat.t(Msg::ExportActions)}>
            <div class="actions-main">
                <button type="button" class="primary" onclick={click(&props.on_download)} disabled={no_text}>{ cat.t(Msg::DownloadChecklist) }</button>
                <button type="button" onclick={click(&props.on_save)} disabled={no_text}>{ cat.t(Msg::SaveToList) }</button>
                <button type="button" onclick={click(&props.on_clear)} disabled={no_text}>{ cat.t(Msg::Clear) }</button>
                if props.can_undo { <button type="button" onclick={click(&props.on_undo)}>{ cat.t(Msg::Undo) }</button> }
            </div>
            <div class="actions-more" role="group" aria-label={cat.t(Msg::MoreActions)}>
                <span class="muted">{ cat.t(Msg::MoreActions) }</span>
                <button type="button" onclick={click(&props.on_copy)} disabled={no_text}>{ cat.t(Msg::CopyJson) }</button>
                <button type="button" onclick={click(&props.on_calendar)} disabled={!props.has_deadline}>{ cat.t(Msg::AddToCalendar) }</button>
                <button type="button" onclick={click(&props.on_jsonld)} disabled={no_text}>{ cat.t(Msg::DownloadJsonld) }</button>
                <button type="button" onclick={click(&props.on_row)} disabled={no_text}>{ cat.t(Msg::CopyTableRow) }</button>
                <button type="button" onclick={click(&props.on_test_case)} disabled={no_text}
                    title={cat.t(Msg::SaveTestCaseTitle)}>{ cat.t(Msg::SaveTestCase) }</button>
                <label class="button file-button">
                    { cat.t(Msg::ImportJson) }
                    <input type="file" accept=".json,application/json" {onchange} data-testid="import" />
                </label>
            </div>
        </div>
    }
}
