//! Hooks shared by components.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Arg, Catalogue, Msg};

/// The change handler of a file input that reads the chosen file as text for an import. A file
/// over `max` bytes is refused before it is read.
#[hook]
pub fn use_import_file(
    max: usize,
    cat: Rc<Catalogue>,
    on_text: Callback<String>,
    on_error: Callback<String>,
) -> Callback<Event> {
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Cleared so that choosing the same file again imports it again.
        input.set_value("");
        let file = File::from(file);
        if file.size() > max as u64 {
            let limit = if max >= 1 << 20 {
                format!("{} MB", max >> 20)
            } else {
                format!("{} KB", max >> 10)
            };
            let name = file.name();
            let args = [
                ("name", (&name).into()),
                ("kb", Arg::Number((file.size() / 1024) as i64)),
                ("limit", (&limit).into()),
            ];
            on_error.emit(cat.f(Msg::ImportTooBig, &args));
            return;
        }
        let (on_text, on_error, name, cat) =
            (on_text.clone(), on_error.clone(), file.name(), cat.clone());
        *reader.borrow_mut() =
            Some(gloo::file::callbacks::read_as_text(
                &file,
                move |result| match result {
                    Ok(text) => on_text.emit(text),
                    Err(e) => {
                        let e = e.to_string();
                        let args = [("name", (&name).into()), ("error", (&e).into())];
                        on_error.emit(cat.f(Msg::FileNotRead, &args))
                    }
                },
            ));
    })
}
