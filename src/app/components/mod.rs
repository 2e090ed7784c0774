//! Small function components; each takes plain props and reports through callbacks.

pub mod checklist;
pub mod input;
pub mod profile;
pub mod saved;
pub mod summary;
pub mod tabs;
pub mod text_view;
pub mod toolbar;
