//! The import graph runs one way: `vocabulary` imports nothing of the crate; the analysis core
//! imports neither the profile, the formats, the export, the page's view, its session nor the
//! app; the profile does not import the page; the interface's catalogue (`i18n`) imports none of
//! them. A `use` that breaks this fails here.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every file of `layer` (a file or folder under `src/`) that names one of `above`.
fn reaching_up(layer: &str, above: &[&str]) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let path = src.join(layer);
    let files = if path.is_dir() {
        rust_files(&path)
    } else {
        vec![path]
    };
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file");
        for module in above {
            if text.contains(&format!("crate::{module}")) {
                found.push(format!("{} uses crate::{module}", file.display()));
            }
        }
    }
    found
}

#[test]
fn the_layers_import_downwards_only() {
    let vocabulary =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/vocabulary.rs"))
            .unwrap();
    assert!(
        !vocabulary.contains("crate::"),
        "vocabulary.rs imports the crate"
    );
    let page = ["view", "session", "app"];
    let mut broken = reaching_up(
        "analysis",
        &[
            "profile", "formats", "export", "view", "session", "app", "sync",
        ],
    );
    broken.extend(reaching_up("profile", &page));
    // The catalogue is shared by every layer: it imports none of them.
    broken.extend(reaching_up(
        "i18n",
        &[
            "analysis", "profile", "formats", "export", "view", "session", "app", "sync",
        ],
    ));
    // The file readers know nothing of the analysis or the page; they speak through i18n.
    broken.extend(reaching_up(
        "documents",
        &[
            "analysis", "profile", "formats", "export", "view", "session", "app", "sync",
        ],
    ));
    broken.extend(reaching_up("formats", &["session", "app"]));
    broken.extend(reaching_up("view.rs", &["session", "app"]));
    broken.extend(reaching_up("session.rs", &["app"]));
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
