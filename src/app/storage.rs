//! Keeps the text and checklist, and the user's profile, in the browser's local storage,
//! versioned, so a reload loses nothing. Unreadable or newer data is set aside under another key with a notice, never
//! thrown away and never allowed to break the page.
//!
//! Two tabs share one record. Each save bumps a revision; a tab that finds a revision it has
//! not seen (on saving, or told by the browser's `storage` event) takes the newer work instead
//! of writing over it, and keeps its own for Undo. So the later save never destroys the other
//! tab's work silently. The revision is also stored alone under a small key, so a save reads
//! the whole record only when another tab has written it: reading a long text back on every
//! save would make each save a long main-thread task.

use gloo::storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use std::cell::RefCell;
use std::collections::BTreeSet;

use crate::export::{Counted, TooMany, UserMarks};
use crate::order::sort_by_key;
use crate::profile::Profile;
pub use crate::session::SavedAnalysis;
use crate::storage_notice::{Record, StorageProblem, Unreadable, WriteError};
use crate::sync::merge_by_id;

use super::browser;
use super::worker::json_text;

const KEY: &str = "vacancy-lens/work";
/// The revision of the record under [`KEY`], written with it by every save.
const REVISION_KEY: &str = "vacancy-lens/work-revision";
/// 1: text and marks. 2: adds the revision that tabs compare. 3: the marks carry the user's
/// corrections (records of 1 and 2 are read as having none); a page of version 2 sets a record
/// of 3 aside instead of dropping its corrections on its next save.
pub const STORAGE_VERSION: u32 = 3;

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
    pub fn open() -> (Store, Option<Saved>, Option<StorageProblem>) {
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
    pub fn save(&mut self, text: &str, marks: &[UserMarks]) -> Result<Saving, StorageProblem> {
        if held(KEY) {
            // Nothing typed yet: nothing to lose, nothing to say.
            return if text.is_empty() {
                Ok(Saving::Done)
            } else {
                Err(held_problem(KEY))
            };
        }
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
        write(KEY, &saved)?;
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
fn read() -> (Option<Saved>, Option<StorageProblem>) {
    read_record(KEY, |s: &Saved| {
        if s.version > STORAGE_VERSION {
            return Err(Unreadable::Newer(s.version));
        }
        UserMarks::check_counts(&s.marks).map_err(Unreadable::TooMany)
    })
}

/// Set-aside copies kept per key, newest first; older ones are deleted.
const SET_ASIDE_KEPT: usize = 3;

thread_local! {
    /// Keys holding a record that could not be read nor copied aside: left untouched, so no
    /// save of this page writes over them.
    static HELD: RefCell<BTreeSet<&'static str>> = const { RefCell::new(BTreeSet::new()) };
}

fn held(key: &str) -> bool {
    HELD.with(|h| h.borrow().contains(key))
}

/// The record under `key`.
fn record(key: &str) -> Record {
    match key {
        KEY => Record::Work,
        PROFILE_KEY => Record::Profile,
        _ => Record::SavedList,
    }
}

/// Reads JSON stored under `key`. Data that does not parse, or that `check` refuses (a newer
/// version, counts no real record has), is moved to `<key>.unreadable.<time>` with a message:
/// never dropped silently, and an earlier copy is never written over. When the copy cannot
/// be made (storage full), the record stays where it is and this page does not write there.
fn read_record<T: DeserializeOwned>(
    key: &'static str,
    check: impl Fn(&T) -> Result<(), Unreadable>,
) -> (Option<T>, Option<StorageProblem>) {
    let Ok(Some(raw)) = LocalStorage::raw().get_item(key) else {
        return (None, None);
    };
    let why = match serde_json::from_str::<T>(&raw) {
        Ok(value) => match check(&value) {
            Ok(()) => return (Some(value), None),
            Err(why) => why,
        },
        Err(e) => Unreadable::Damaged(e.to_string()),
    };
    let stamp = js_sys::Date::new_0().to_iso_string();
    let set_aside = format!("{key}.unreadable.{}", String::from(stamp));
    let free = LocalStorage::raw()
        .get_item(&set_aside)
        .ok()
        .flatten()
        .is_none();
    let copied = free && LocalStorage::raw().set_item(&set_aside, &raw).is_ok();
    let record = record(key);
    if !copied {
        HELD.with(|h| h.borrow_mut().insert(key));
        let key = key.to_string();
        return (None, Some(StorageProblem::Held { record, why, key }));
    }
    LocalStorage::delete(key);
    prune_set_aside(key);
    let copy = set_aside;
    (None, Some(StorageProblem::SetAside { record, why, copy }))
}

/// Deletes all but the newest [`SET_ASIDE_KEPT`] set-aside copies of `key` (their names end
/// with the time they were made, which sorts as text).
fn prune_set_aside(key: &str) {
    let storage = LocalStorage::raw();
    let prefix = format!("{key}.unreadable.");
    let mut copies: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect();
    sort_by_key(&mut copies, |k| std::cmp::Reverse(k.clone()));
    for old in copies.iter().skip(SET_ASIDE_KEPT) {
        LocalStorage::delete(old);
    }
}

/// Stores `value` under `key` as JSON, or says why it could not be.
fn write<T: Serialize>(key: &str, value: &T) -> Result<(), StorageProblem> {
    let json = json_text(value).unwrap_or_default();
    LocalStorage::raw().set_item(key, &json).map_err(|e| {
        let why = WriteError::of(&browser::error_text(&e));
        StorageProblem::NotSaved {
            record: record(key),
            why,
        }
    })
}

/// Why nothing is written under a key that holds a record set aside in place.
fn held_problem(key: &str) -> StorageProblem {
    let (record, key) = (record(key), key.to_string());
    StorageProblem::KeptUnreadable { record, key }
}

/// A record that every tab of the page reads and writes, with a revision counting its saves.
pub trait SharedRecord: Serialize + DeserializeOwned {
    /// What the page holds of it.
    type Body: Clone + PartialEq;
    const KEY: &'static str;
    const VERSION: u32;
    fn new(body: Self::Body, revision: u64) -> Self;
    fn version(&self) -> u32;
    fn revision(&self) -> u64;
    fn into_body(self) -> Self::Body;
    /// Counts no real record has, or values the page does not know.
    fn check(&self) -> Result<(), Unreadable>;
    /// An empty body is stored as no record at all.
    fn is_empty(body: &Self::Body) -> bool;
}

/// This tab's view of a [`SharedRecord`]: the revision and body it last read or wrote.
pub struct SharedStore<R: SharedRecord> {
    revision: u64,
    known: Option<R::Body>,
}

impl<R: SharedRecord> SharedStore<R> {
    /// Opens the record: its body, and a message when it had to be set aside.
    pub fn open() -> (SharedStore<R>, Option<R::Body>, Option<StorageProblem>) {
        let (record, problem) = Self::read();
        let mut store = SharedStore {
            revision: 0,
            known: None,
        };
        let body = record.map(|r| store.know(r));
        (store, body, problem)
    }

    fn read() -> (Option<R>, Option<StorageProblem>) {
        read_record(R::KEY, |r: &R| {
            if r.version() > R::VERSION {
                return Err(Unreadable::Newer(r.version()));
            }
            r.check()
        })
    }

    fn know(&mut self, record: R) -> R::Body {
        self.revision = self.revision.max(record.revision());
        let body = record.into_body();
        self.known = Some(body.clone());
        body
    }

    /// Saves `body`. When another tab wrote since this tab last read or wrote, `combine`
    /// (given this tab's last known body, `body`, and the stored one) says what to keep; that
    /// is written, and returned when it differs from `body`, for the page to show.
    pub fn save(
        &mut self,
        body: &R::Body,
        combine: impl Fn(Option<&R::Body>, &R::Body, R::Body) -> R::Body,
    ) -> Result<Option<R::Body>, StorageProblem> {
        if held(R::KEY) {
            return if R::is_empty(body) {
                Ok(None)
            } else {
                Err(held_problem(R::KEY))
            };
        }
        let stored = LocalStorage::raw()
            .get_item(R::KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<R>(&raw).ok());
        let mut keep = body.clone();
        if let Some(stored) = stored.filter(|r| r.revision() > self.revision) {
            let base = self.known.take();
            let revision = stored.revision();
            keep = combine(base.as_ref(), body, stored.into_body());
            self.revision = revision;
        } else if self.known.as_ref() == Some(body) {
            return Ok(None);
        }
        if R::is_empty(&keep) {
            LocalStorage::delete(R::KEY);
        } else {
            let record = R::new(keep.clone(), self.revision + 1);
            write(R::KEY, &record)?;
            self.revision += 1;
        }
        self.known = Some(keep.clone());
        Ok((&keep != body).then_some(keep))
    }

    /// The stored body when another tab saved it after this tab last read or wrote it.
    pub fn take_newer(&mut self) -> Option<R::Body> {
        let stored = Self::read().0?;
        (stored.revision() > self.revision).then(|| self.know(stored))
    }
}

const PROFILE_KEY: &str = "vacancy-lens/profile";

#[derive(Serialize, Deserialize)]
pub struct StoredProfile {
    version: u32,
    profile: Profile,
    /// Counts the saves of the profile, by any tab (absent before tabs compared them: 0).
    #[serde(default)]
    revision: u64,
}

impl SharedRecord for StoredProfile {
    type Body = Profile;
    const KEY: &'static str = PROFILE_KEY;
    /// 1: the profile as [`Profile`] serialises it (the revision was added with a default).
    const VERSION: u32 = 1;
    fn new(profile: Profile, revision: u64) -> StoredProfile {
        StoredProfile {
            version: Self::VERSION,
            profile,
            revision,
        }
    }
    fn version(&self) -> u32 {
        self.version
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn into_body(self) -> Profile {
        self.profile
    }
    fn check(&self) -> Result<(), Unreadable> {
        self.profile.check().map_err(Unreadable::Profile)
    }
    fn is_empty(profile: &Profile) -> bool {
        profile.is_empty()
    }
}

/// The profile as another tab last saved it wins: this tab shows it (with a notice) rather
/// than writing over it.
pub fn theirs_wins(_: Option<&Profile>, _: &Profile, theirs: Profile) -> Profile {
    theirs
}

const SAVED_KEY: &str = "vacancy-lens/saved";
/// Most postings in the saved list; a longer stored list is set aside as unreadable.
const MAX_SAVED: usize = 1000;

#[derive(Serialize, Deserialize)]
pub struct StoredSavedList {
    version: u32,
    items: Vec<SavedAnalysis>,
    /// Counts the saves of the list, by any tab (absent before tabs compared them: 0).
    #[serde(default)]
    revision: u64,
}

impl SharedRecord for StoredSavedList {
    type Body = Vec<SavedAnalysis>;
    const KEY: &'static str = SAVED_KEY;
    /// 1: the list of [`SavedAnalysis`] (the revision was added with a default). 2: their marks
    /// carry the user's corrections (a list of 1 is read as having none).
    const VERSION: u32 = 2;
    fn new(items: Vec<SavedAnalysis>, revision: u64) -> StoredSavedList {
        StoredSavedList {
            version: Self::VERSION,
            items,
            revision,
        }
    }
    fn version(&self) -> u32 {
        self.version
    }
    fn revision(&self) -> u64 {
        self.revision
    }
    fn into_body(self) -> Vec<SavedAnalysis> {
        self.items
    }
    fn check(&self) -> Result<(), Unreadable> {
        TooMany::check(Counted::SavedPostings, self.items.len(), MAX_SAVED)
            .and_then(|()| {
                self.items
                    .iter()
                    .try_for_each(|i| UserMarks::check_counts(&i.marks))
            })
            .map_err(Unreadable::TooMany)
    }
    fn is_empty(items: &Vec<SavedAnalysis>) -> bool {
        items.is_empty()
    }
}

/// Both tabs' changes to the saved list are kept, posting by posting.
// The `combine` signature of `SharedStore::save`, whose body here is a `Vec`.
#[allow(clippy::ptr_arg)]
pub fn merge_saved(
    base: Option<&Vec<SavedAnalysis>>,
    ours: &Vec<SavedAnalysis>,
    theirs: Vec<SavedAnalysis>,
) -> Vec<SavedAnalysis> {
    merge_by_id(base.map_or(&[][..], |b| b), ours, &theirs, |s| &s.id)
}
