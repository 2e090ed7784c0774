//! The export's JSON Schema is generated from the Rust types and committed as
//! `schema/export.schema.json`; every corpus export must validate against it.
//! `UPDATE_SCHEMA=1 cargo test --test schema` rewrites the file after a deliberate change.

mod common;

use std::path::Path;

use vacancy_lens::export::Export;

fn schema_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/export.schema.json")
}

fn generated() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Export)).expect("schema serialises")
}

#[test]
fn committed_schema_is_the_generated_one() {
    let fresh = serde_json::to_string_pretty(&generated()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(schema_path(), &fresh).unwrap();
    }
    let committed =
        std::fs::read_to_string(schema_path()).expect("schema/export.schema.json exists");
    assert!(
        committed == fresh,
        "schema/export.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --test schema, and bump SCHEMA_VERSION if a field changed meaning"
    );
}

#[test]
fn every_corpus_export_validates() {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///export.schema.json", generated())
        .unwrap();
    let index = compiler
        .compile("file:///export.schema.json", &mut schemas)
        .expect("the schema compiles");
    let texts = common::corpus_texts();
    assert!(!texts.is_empty(), "no corpus found");
    for (name, text) in texts {
        let mut export = Export::analyze(&text, common::TODAY, Some(name.clone()));
        export.text = Some(text);
        let value = serde_json::to_value(&export).unwrap();
        if let Err(e) = schemas.validate(&value, index) {
            panic!("{name}: export does not match the schema: {e}");
        }
        let json = serde_json::to_string(&export).unwrap();
        assert_eq!(
            Export::from_json(&json).as_ref(),
            Ok(&export),
            "{name}: an export imports as itself"
        );
    }
}
