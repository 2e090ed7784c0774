//! Keeps the text and checklist, and the user's profile, in the browser's local storage,
//! versioned, so a reload loses nothing. Unreadable or newer data is set aside under another key with a notice, never
//! thrown away and never allowed to break the page.
//!
//! Two tabs share one record. Each save bumps a revision; a tab that finds a revision it has
//! not seen (on saving, or told by the browser's `storage` event) takes the newer work instead
//! of writing over it, and keeps its own for Undo. So the later save never destroys the other
//! tab's work silently. The revision is also stored alone under a small key, so a save reads
//! the whole record only when another tab has written it: reading back a 1 MB text on every
//! save was most of a long main-thread task.

use gloo::storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::export::UserMarks;
use crate::profile::Profile;

const KEY: &str = "vacancy-lens/work";
/// The revision of the record under [`KEY`], written with it by every save.
const REVISION_KEY: &str = "vacancy-lens/work-revision";
/// 1: text and marks. 2: adds the revision that tabs compare.
pub const STORAGE_VERSION: u32 = 2;

#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    pub text: String,
    pub marks: Vec<UserMarks>,
    /// Counts the saves of this record, by any tab; version 1 records had none (0).
    #[serde(default)]
    pub revision: u64,
}

impl Saved {
    fn holds(&self, text: &str, marks: &[UserMarks]) -> bool {
        self.text == text && self.marks == marks
    }
}

/// This tab's view of the stored record: the revision its work is based on, and the record it
/// last read or wrote (a save of the same work writes nothing).
pub struct Store {
    revision: u64,
    known: Option<Saved>,
}

/// What a save did.
pub enum Saving {
    /// Written, or already stored as it is.
    Done,
    /// Another tab saved different work since this tab last read it; nothing was written.
    Newer(Saved),
}

impl Store {
    /// Opens the store: what was stored, and a message when something had to be set aside.
    pub fn open() -> (Store, Option<Saved>, Option<String>) {
        let (saved, problem) = read();
        let mut store = Store {
            revision: 0,
            known: None,
        };
        if let Some(saved) = &saved {
            store.know(saved.clone());
        }
        (store, saved, problem)
    }

    fn know(&mut self, saved: Saved) {
        self.revision = self.revision.max(saved.revision);
        self.known = Some(saved);
    }

    /// Saves the work unless another tab saved different work first; the error says why it
    /// could not be saved (storage full, blocked).
    pub fn save(&mut self, text: &str, marks: &[UserMarks]) -> Result<Saving, String> {
        // No revision key: nothing saved yet, or a record of an older version.
        let written_elsewhere = stored_revision().is_none_or(|r| r > self.revision);
        if written_elsewhere {
            if let Some(stored) = read().0 {
                let (newer, holds) = (stored.revision > self.revision, stored.holds(text, marks));
                if newer && !holds {
                    self.know(stored.clone());
                    return Ok(Saving::Newer(stored));
                }
                self.know(stored);
                if holds {
                    return Ok(Saving::Done);
                }
            }
        } else if self.known.as_ref().is_some_and(|k| k.holds(text, marks)) {
            return Ok(Saving::Done);
        }
        let saved = Saved {
            version: STORAGE_VERSION,
            text: text.to_string(),
            marks: marks.to_vec(),
            revision: self.revision + 1,
        };
        LocalStorage::set(KEY, &saved).map_err(|e| not_saved("work", e))?;
        // Best effort: without it, the next save reads the record to compare.
        let _ = LocalStorage::raw().set_item(REVISION_KEY, &saved.revision.to_string());
        self.know(saved);
        Ok(Saving::Done)
    }

    /// The stored record when another tab saved it after this tab last read or wrote it; this
    /// tab's work is then based on it.
    pub fn take_newer(&mut self) -> Option<Saved> {
        let stored = read().0?;
        (stored.revision > self.revision).then(|| {
            self.know(stored.clone());
            stored
        })
    }
}

/// The revision the last save wrote, if it wrote the key.
fn stored_revision() -> Option<u64> {
    LocalStorage::raw()
        .get_item(REVISION_KEY)
        .ok()
        .flatten()
        .and_then(|r| r.parse().ok())
}

/// Reads the work record; an unreadable or too new one is set aside with a message.
fn read() -> (Option<Saved>, Option<String>) {
    read_record(KEY, |s: &Saved| s.version <= STORAGE_VERSION)
}

/// Reads JSON stored under `key`. Data that does not parse, or that `readable` refuses (a newer
/// version), is moved to `<key>.unreadable` and a message says so: never dropped silently.
fn read_record<T: DeserializeOwned>(
    key: &str,
    readable: impl Fn(&T) -> bool,
) -> (Option<T>, Option<String>) {
    let Ok(Some(raw)) = LocalStorage::raw().get_item(key) else {
        return (None, None);
    };
    match serde_json::from_str::<T>(&raw) {
        Ok(value) if readable(&value) => (Some(value), None),
        _ => {
            let set_aside = format!("{key}.unreadable");
            let kept = LocalStorage::raw().set_item(&set_aside, &raw).is_ok();
            LocalStorage::delete(key);
            let where_kept = if kept {
                format!(" It was kept under \"{set_aside}\" in this browser's storage.")
            } else {
                String::new()
            };
            (
                None,
                Some(format!(
                    "Your saved {} could not be read and was set aside.{where_kept}",
                    match key {
                        KEY => "work",
                        PROFILE_KEY => "profile",
                        _ => "list of saved analyses",
                    }
                )),
            )
        }
    }
}

/// Why a value could not be stored, for the notice.
fn not_saved(what: &str, e: impl std::fmt::Display) -> String {
    let e = e.to_string();
    let why = if e.contains("Quota") {
        "this browser's storage for the page is full".to_string()
    } else {
        e
    };
    format!("Your {what} is not saved in this browser ({why}). It is still here; download the JSON to keep it.")
}

const PROFILE_KEY: &str = "vacancy-lens/profile";
/// 1: the profile as [`Profile`] serialises it.
const PROFILE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct StoredProfile {
    version: u32,
    profile: Profile,
}

/// The stored profile, and a message when it had to be set aside.
pub fn load_profile() -> (Option<Profile>, Option<String>) {
    let (stored, problem) = read_record(PROFILE_KEY, |p: &StoredProfile| {
        p.version <= PROFILE_VERSION
    });
    (stored.map(|s| s.profile), problem)
}

/// Stores the profile, or removes it when there is none.
pub fn save_profile(profile: Option<&Profile>) -> Result<(), String> {
    match profile {
        None => {
            LocalStorage::delete(PROFILE_KEY);
            Ok(())
        }
        Some(profile) => {
            let stored = StoredProfile {
                version: PROFILE_VERSION,
                profile: profile.clone(),
            };
            LocalStorage::set(PROFILE_KEY, stored).map_err(|e| not_saved("profile", e))
        }
    }
}

const SAVED_KEY: &str = "vacancy-lens/saved";
/// 1: the list of [`SavedAnalysis`].
const SAVED_VERSION: u32 = 1;

/// A posting the user kept to come back to: its text and their marks, with what the list shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedAnalysis {
    /// Derived from the text: saving the same text again updates it.
    pub id: String,
    pub saved_on: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    /// `YYYY-MM-DD`, for sorting.
    pub deadline: Option<String>,
    pub text: String,
    pub marks: Vec<UserMarks>,
}

#[derive(Serialize, Deserialize)]
struct SavedList {
    version: u32,
    items: Vec<SavedAnalysis>,
}

/// The saved analyses, and a message when the list had to be set aside.
pub fn load_saved() -> (Vec<SavedAnalysis>, Option<String>) {
    let (list, problem) = read_record(SAVED_KEY, |l: &SavedList| l.version <= SAVED_VERSION);
    (list.map(|l| l.items).unwrap_or_default(), problem)
}

pub fn save_saved(items: &[SavedAnalysis]) -> Result<(), String> {
    if items.is_empty() {
        LocalStorage::delete(SAVED_KEY);
        return Ok(());
    }
    let list = SavedList {
        version: SAVED_VERSION,
        items: items.to_vec(),
    };
    LocalStorage::set(SAVED_KEY, list).map_err(|e| not_saved("list of saved analyses", e))
}
