//! Any bytes offered as an export: the import must refuse or accept without panicking, and
//! what it accepts must survive being exported and imported again unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vacancy_lens::export::Export;

fuzz_target!(|json: &str| {
    if let Ok(export) = Export::from_json(json) {
        let again = serde_json::to_string(&export).expect("an accepted export serialises");
        assert_eq!(Export::from_json(&again).as_ref(), Ok(&export));
    }
});
