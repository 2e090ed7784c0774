//! The few browser calls gloo has no wrapper for: today's date, downloads, the clipboard,
//! scrolling to a highlight, turning an HTML file into text, timing the analysis, and the
//! browser's names of countries.

use crate::calendar::Date;
use crate::countries;
use crate::i18n::Lang;
use crate::vocabulary::FindingId;
use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

/// Today in the browser's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i16,
        now.get_month() as i8 + 1,
        now.get_date() as i8,
    )
    .unwrap_or(Date::constant(2026, 1, 1))
}

/// The User Timing measure of each analysis, from sending the text to the worker to having
/// its findings back: read by `scripts/figures.mjs` (`performance.getEntriesByName`), visible
/// in the browser's profiler, never sent anywhere.
const ANALYSIS_MEASURE: &str = "vacancy-lens:analysis";
const ANALYSIS_START: &str = "vacancy-lens:analysis-start";

/// Marks that the text was sent for analysis.
pub fn analysis_sent() {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.mark(ANALYSIS_START);
    }
}

/// Records the time since the text was last sent for analysis.
pub fn analysis_received() {
    if let Some(p) = gloo::utils::window().performance() {
        let _ = p.measure_with_start_mark(ANALYSIS_MEASURE, ANALYSIS_START);
    }
}

/// Saves `contents` as a file through a temporary link; nothing leaves the machine.
pub fn download(file_name: &str, contents: &str, mime: &str) -> Result<(), String> {
    let url = ObjectUrl::from(Blob::new_with_options(contents, Some(mime)));
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a download link".to_string())?
        .dyn_into()
        .map_err(|_| "cannot create a download link".to_string())?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    Ok(())
}

/// Copies text to the clipboard; the browser may refuse without a user gesture.
pub fn copy(text: &str) {
    let _ = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(text);
}

/// Scrolls the highlight that shows a finding into view and focuses it. Finding ids are made of
/// letters, digits, `_` and `-`, so they need no escaping in the selector.
pub fn reveal(finding: &FindingId) {
    let selector = format!("mark[data-findings~=\"{finding}\"]");
    if let Ok(Some(el)) = gloo::utils::document().query_selector(&selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
    focus_first(&selector);
}

/// Focuses the first element `selector` finds, if any.
pub fn focus_first(selector: &str) {
    let found = gloo::utils::document().query_selector(selector);
    if let Some(el) = found
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The visible text of an HTML document. The parser runs no script and loads nothing.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = web_sys::DomParser::new() else {
        return html.to_string();
    };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return html.to_string();
    };
    if let Ok(blocks) = doc.query_selector_all("script, style, noscript, template") {
        for i in 0..blocks.length() {
            if let Some(node) = blocks.get(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    // Block elements end a line, as the page showed them.
    if let Ok(blocks) = doc.query_selector_all(
        "p, div, li, br, h1, h2, h3, h4, h5, h6, tr, section, article, header, footer",
    ) {
        for i in 0..blocks.length() {
            if let Some(node) = blocks.get(i) {
                let _ = node.append_child(&doc.create_text_node("\n"));
            }
        }
    }
    let text = doc
        .body()
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    // Source indentation and runs of empty lines are markup, not content.
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if !(line.is_empty() && lines.last().is_none_or(|l| l.is_empty())) {
            lines.push(line);
        }
    }
    lines.join("\n").trim().to_string()
}

/// The browser's names of countries (`Intl.DisplayNames`) in `lang`: the page carries no
/// translated country list.
pub fn country_names(lang: Lang) -> js_sys::Intl::DisplayNames {
    let options = js_sys::Intl::DisplayNamesOptions::new();
    options.set_type(js_sys::Intl::DisplayNamesType::Region);
    js_sys::Intl::DisplayNames::new(&js_sys::Array::of1(&lang.code().into()), &options)
}

/// Lets the analysis on this thread name countries as the browser does, in the interface's
/// language.
pub fn name_countries() {
    countries::name_with(Box::new(|lang, code| {
        country_names(lang).of(code).map(String::from)
    }));
}

/// What a browser error says: its name and message ("QuotaExceededError: …").
pub fn error_text(e: &wasm_bindgen::JsValue) -> String {
    let field = |key: &str| {
        js_sys::Reflect::get(e, &key.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    match (field("name"), field("message")) {
        (name, message) if name.is_empty() && message.is_empty() => "unknown error".to_string(),
        (name, message) if name.is_empty() => message,
        (name, message) => format!("{name}: {message}"),
    }
}
