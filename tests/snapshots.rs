//! Snapshot tests: the full export JSON of every corpus text (the shared `dev` and `train`
//! postings beside the repository, and `tests/corpus/`) is committed under `tests/snapshots/`,
//! so every change in spans, summaries, labels or verdicts shows up in review as a diff.
//!
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites them. The shared corpus grows over
//! time: a text without a snapshot, or a snapshot without its text, is reported, not failed.

mod common;

use std::path::{Path, PathBuf};

use vacancy_lens::export::Export;

/// (set name, folder of `.txt` postings) for every corpus present on this machine.
fn sets() -> Vec<(&'static str, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = common::shared_dir();
    [
        ("dev", shared.join("corpus/dev")),
        ("train", shared.join("corpus/train")),
        ("own", root.join("tests/corpus")),
    ]
    .into_iter()
    .filter(|(_, dir)| dir.is_dir())
    .collect()
}

fn files_with(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == extension));
    vacancy_lens::order::sort_by_key(&mut paths, |p| p.clone());
    paths
}

/// The snapshot of one posting file: the export the CLI prints for it (`--today 2024-01-01
/// --pretty`), with a final newline.
fn snapshot_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("corpus text is UTF-8");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let export = Export::analyze(&text, common::TODAY, name);
    serde_json::to_string_pretty(&export).expect("the export serialises") + "\n"
}

#[test]
fn every_corpus_text_analyses_as_its_snapshot() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut changed = Vec::new();
    let mut compared = 0;
    for (set, dir) in sets() {
        let folder = root.join(set);
        let texts = files_with(&dir, "txt");
        for text in &texts {
            let stem = text.file_stem().unwrap().to_string_lossy().into_owned();
            let file = folder.join(format!("{stem}.json"));
            let now = snapshot_of(text);
            match std::fs::read_to_string(&file) {
                Ok(before) if before == now => compared += 1,
                Ok(_) if !update => changed.push(format!("{set}/{stem}")),
                Err(_) if !update => {
                    eprintln!(
                        "snapshots: {set}/{stem} has no snapshot (UPDATE_SNAPSHOTS=1 writes it)"
                    )
                }
                _ => {
                    std::fs::create_dir_all(&folder).expect("snapshot folder writable");
                    std::fs::write(&file, now).expect("snapshot writable");
                    compared += 1;
                }
            }
        }
        for snapshot in files_with(&folder, "json") {
            let stem = snapshot.file_stem().unwrap().to_string_lossy().into_owned();
            if !texts.iter().any(|t| t.file_stem() == snapshot.file_stem()) {
                eprintln!("snapshots: {set}/{stem} has no text in {}", dir.display());
            }
        }
    }
    assert!(compared > 0, "no corpus text found");
    assert!(
        changed.is_empty(),
        "{} analyses differ from their snapshots under tests/snapshots/: {}.\n\
         Review with `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` then `git diff tests/snapshots`.",
        changed.len(),
        changed.join(", ")
    );
}
