//! Vacancy Lens: reads a job vacancy and finds what decides whether to apply — the deadline,
//! the languages and levels asked for, who may apply at all — with the evidence for each.
//!
//! [`analysis`] is the pure core ([`calendar`] its day arithmetic); [`export`] is the public JSON contract that the CLI prints and
//! the app downloads; [`profile`] checks a posting against what the user says about themselves
//! ([`countries`] holds the member lists it needs); `app` (feature `web`) is the Yew single-page app.

pub mod analysis;
pub mod calendar;
pub mod countries;
pub mod documents;
pub mod edit;
pub mod export;
pub mod formats;
pub mod i18n;
pub mod order;
pub mod profile;
pub mod score;
pub mod session;
pub mod storage_notice;
pub mod sync;
pub mod view;
pub mod vocabulary;

#[cfg(feature = "web")]
pub mod app;
