//! Keeps the text and checklist in the browser's local storage, versioned, so a reload loses
//! nothing. Unreadable or newer data is set aside under another key with a notice, never
//! thrown away and never allowed to break the page.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::export::UserMarks;

const KEY: &str = "vacancy-lens/work";
const SET_ASIDE_KEY: &str = "vacancy-lens/work.unreadable";
pub const STORAGE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    pub text: String,
    pub marks: Vec<UserMarks>,
}

/// What was stored, and a message when something had to be set aside.
pub fn load() -> (Option<Saved>, Option<String>) {
    let Ok(Some(raw)) = LocalStorage::raw().get_item(KEY) else {
        return (None, None);
    };
    match serde_json::from_str::<Saved>(&raw) {
        Ok(saved) if saved.version <= STORAGE_VERSION => (Some(saved), None),
        _ => {
            let kept = LocalStorage::raw().set_item(SET_ASIDE_KEY, &raw).is_ok();
            LocalStorage::delete(KEY);
            let where_kept = if kept {
                format!(" It was kept under \"{SET_ASIDE_KEY}\" in this browser's storage.")
            } else {
                String::new()
            };
            (
                None,
                Some(format!(
                    "Your saved work could not be read and was set aside.{where_kept}"
                )),
            )
        }
    }
}

/// Saves the work; the error message says why it could not be saved (storage full, blocked).
pub fn save(text: &str, marks: &[UserMarks]) -> Result<(), String> {
    let saved = Saved {
        version: STORAGE_VERSION,
        text: text.to_string(),
        marks: marks.to_vec(),
    };
    LocalStorage::set(KEY, saved).map_err(|e| {
        format!("Could not save your work in this browser ({e}). Download the JSON to keep it.")
    })
}
