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

/// `days-left` → `DaysLeft`.
fn variant_name(key: &str) -> String {
    key.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The interface's messages (`src/i18n`): the `Msg` enum from the English file's keys, and the
/// English values alone, one per line, which the build carries.
fn messages(out: &Path) {
    println!("cargo:rerun-if-changed=src/i18n/en.ftl");
    let source = std::fs::read_to_string("src/i18n/en.ftl").expect("src/i18n/en.ftl");
    let mut variants = String::new();
    let mut names = String::new();
    let mut values = String::new();
    let mut count = 0;
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .expect("a `key = value` line in en.ftl");
        let (key, value) = (key.trim(), value.trim());
        let name = variant_name(key);
        variants.push_str(&format!("    /// {value:?}\n    {name},\n"));
        names.push_str(&format!("{name:?}, "));
        values.push_str(value);
        values.push('\n');
        count += 1;
    }
    std::fs::write(out.join("en.values"), values).expect("OUT_DIR is writable");
    let code = format!(
        "/// A message of the interface, named after its key in `src/i18n/en.ftl`.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq)]\n\
         pub enum Msg {{\n{variants}}}\n\n\
         /// How many messages each catalogue holds.\n\
         pub const MESSAGE_COUNT: usize = {count};\n\n\
         const ENGLISH_VALUES: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/en.values\"));\n\n\
         /// The variants' names, in order, for the tests.\n\
         #[cfg(test)]\n\
         const VARIANT_NAMES: [&str; {count}] = [{names}];\n"
    );
    std::fs::write(out.join("messages.rs"), code).expect("OUT_DIR is writable");
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    messages(Path::new(&out));
    let data = Path::new(&out).join("data");
    std::fs::create_dir_all(&data).expect("OUT_DIR is writable");
    for dir in ["src/analysis/data", "src/profile/data", "src/data"] {
        println!("cargo:rerun-if-changed={dir}");
        for entry in std::fs::read_dir(dir).expect("the data folder").flatten() {
            let path = entry.path();
            let source = std::fs::read_to_string(&path).expect("a UTF-8 data file");
            let name = path.file_name().expect("a file name");
            let lines = stripped(&source);
            if name == "countries.tsv" {
                // The codes alone, for the page, which names countries with the browser's names.
                let codes: String = lines.lines().filter_map(|l| l.get(..2)).collect();
                std::fs::write(data.join("country_codes"), codes).expect("OUT_DIR is writable");
            }
            std::fs::write(data.join(name), lines).expect("OUT_DIR is writable");
        }
    }
}
