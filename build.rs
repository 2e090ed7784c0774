//! Ships the word lists without their comments. The lists under `src/analysis/data/` (and the
//! profile's degrees and the country names) are written for people, with a comment on every
//! choice; the page's wasm carries only what the parser reads. The parser still skips comments,
//! so the files as written parse the same (the tests read both).

use std::path::Path;

/// The lines a list's parser reads: no comment line, no comment after ` #`, no blank line.
fn stripped(source: &str) -> String {
    let mut out = String::with_capacity(source.len() / 2);
    for line in source.lines() {
        let line = line.split(" #").next().unwrap_or("").trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = Path::new(&out).join("data");
    std::fs::create_dir_all(&data).expect("OUT_DIR is writable");
    for dir in ["src/analysis/data", "src/profile/data", "src/data"] {
        println!("cargo:rerun-if-changed={dir}");
        for entry in std::fs::read_dir(dir).expect("the data folder").flatten() {
            let path = entry.path();
            let source = std::fs::read_to_string(&path).expect("a UTF-8 data file");
            let name = path.file_name().expect("a file name");
            std::fs::write(data.join(name), stripped(&source)).expect("OUT_DIR is writable");
        }
    }
}
