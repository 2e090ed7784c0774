//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};

use vacancy_lens::calendar::Date;

pub const TODAY: Date = Date::constant(2024, 1, 1);

/// The corpus directories: the shared dev corpus beside the repository (when present) and the
/// project's own.
pub fn corpus_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [shared_dir().join("corpus/dev"), root.join("tests/corpus")]
        .into_iter()
        .filter(|d| d.is_dir())
        .collect()
}

/// The shared folder beside the repository (corpora, notes); `SHARED` overrides it.
pub fn shared_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("SHARED").map_or_else(|| root.join("../shared"), PathBuf::from)
}

/// (file name, text) of every corpus posting.
pub fn corpus_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in corpus_dirs() {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("corpus dir readable")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        vacancy_lens::order::sort_by_key(&mut paths, |p| p.clone());
        for p in paths {
            let text = std::fs::read_to_string(&p).expect("corpus text is UTF-8");
            out.push((p.file_name().unwrap().to_string_lossy().into_owned(), text));
        }
    }
    out
}
