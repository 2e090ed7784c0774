//! Countries and the groups postings restrict to (EU, EEA, Schengen, NATO), as reviewed tables.
//!
//! Membership changes rarely but does change (Finland joined NATO in 2023, Sweden in 2024;
//! Bulgaria and Romania became full Schengen members on 1 January 2025), so the lists live
//! here, dated, and nowhere else. Review them against the organisations' own member lists when
//! [`LAST_CHECKED`] grows old.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// When the member lists below were last reviewed.
pub const LAST_CHECKED: &str = "2026-11-24";

/// The 27 member states of the European Union.
pub const EU: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The European Economic Area beyond the EU: Iceland, Liechtenstein, Norway.
pub const EEA_NON_EU: &[&str] = &["IS", "LI", "NO"];

/// The 29 Schengen states: the EU except Cyprus and Ireland, plus Iceland, Liechtenstein,
/// Norway and Switzerland.
pub const SCHENGEN: &[&str] = &[
    "AT", "BE", "BG", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IS", "IT",
    "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The 32 members of NATO.
pub const NATO: &[&str] = &[
    "AL", "BE", "BG", "CA", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IS",
    "IT", "LT", "LU", "LV", "ME", "MK", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "TR", "US",
];

/// A group a posting may restrict citizenship or permits to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Eu,
    Eea,
    Schengen,
    Nato,
}

impl Group {
    /// The group of an export code (`EU`).
    pub fn from_code(code: &str) -> Option<Group> {
        Some(match code {
            "EU" => Group::Eu,
            "EEA" => Group::Eea,
            "SCHENGEN" => Group::Schengen,
            "NATO" => Group::Nato,
            _ => return None,
        })
    }

    pub fn contains(self, country: &str) -> bool {
        match self {
            Group::Eu => EU.contains(&country),
            Group::Eea => EU.contains(&country) || EEA_NON_EU.contains(&country),
            Group::Schengen => SCHENGEN.contains(&country),
            Group::Nato => NATO.contains(&country),
        }
    }
}

impl Group {
    /// Its code in the export: `EU`, `EEA`, `SCHENGEN`, `NATO`.
    pub fn code(self) -> &'static str {
        match self {
            Group::Eu => "EU",
            Group::Eea => "EEA",
            Group::Schengen => "SCHENGEN",
            Group::Nato => "NATO",
        }
    }
}

/// A place a posting restricts citizenship or permits to: a country (ISO 3166-1 alpha-2 code)
/// or a group of countries. Written as its code in JSON (`BE`, `EU`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Place {
    Country(String),
    Group(Group),
}

impl From<Place> for String {
    fn from(place: Place) -> String {
        match place {
            Place::Country(code) => code,
            Place::Group(group) => group.code().to_string(),
        }
    }
}

impl From<String> for Place {
    fn from(code: String) -> Place {
        match Group::from_code(&code) {
            Some(group) => Place::Group(group),
            None => Place::Country(code),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Place {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Place".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An ISO 3166-1 alpha-2 country code, or a group: `EU`, `EEA`, `SCHENGEN`, `NATO`.",
            "type": "string"
        })
    }
}

/// Whether a citizen of `country` may work in `place` without a permit: EU/EEA free movement,
/// which the EU's agreement with Switzerland extends to Swiss citizens.
pub fn free_movement(country: &str, place: &str) -> bool {
    let area = |c: &str| Group::Eea.contains(c) || c == "CH";
    country == place || (area(country) && area(place))
}

/// Every ISO 3166-1 alpha-2 code of the table, in order.
pub fn codes() -> impl Iterator<Item = &'static str> {
    // Two letters each, written together by build.rs: the page carries the codes, not the names.
    const CODES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/country_codes"));
    (0..CODES.len()).step_by(2).map(|i| &CODES[i..i + 2])
}

/// Whether `code` is an ISO 3166-1 alpha-2 code of the table.
pub fn is_known(code: &str) -> bool {
    codes().any(|c| c == code)
}

/// English short name of a code ("BE" → "Belgium"), natively. The page names countries with
/// the browser's own names instead, in the interface's language ([`name_with`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn english_name(code: &str) -> Option<&'static str> {
    static ALL: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| {
        include_str!(concat!(env!("OUT_DIR"), "/data/countries.tsv"))
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });
    all.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

/// Names a country in a language (ISO code → name), when the platform can.
pub type Namer = Box<dyn Fn(Lang, &str) -> Option<String>>;

thread_local! {
    /// How this thread names countries: the page's threads set the browser's names.
    static NAMER: std::cell::RefCell<Option<Namer>> = const { std::cell::RefCell::new(None) };
}

/// Names countries with `namer` on this thread from now on (the page: `Intl.DisplayNames`).
pub fn name_with(namer: Namer) {
    NAMER.with(|n| *n.borrow_mut() = Some(namer));
}

/// A country's name in `lang` from the namer this thread was given, else in English where
/// the build carries the names; `None` for a code neither knows.
pub fn name_in(lang: Lang, code: &str) -> Option<String> {
    let named = NAMER.with(|n| n.borrow().as_ref().and_then(|namer| namer(lang, code)));
    #[cfg(not(target_arch = "wasm32"))]
    let named = named.or_else(|| english_name(code).map(str::to_string));
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_lists_have_their_reviewed_sizes_and_known_codes() {
        for (list, size) in [(EU, 27), (EEA_NON_EU, 3), (SCHENGEN, 29), (NATO, 32)] {
            assert_eq!(list.len(), size);
            for code in list {
                assert!(english_name(code).is_some(), "{code} is a known country");
            }
        }
        assert_eq!(codes().count(), 249);
    }

    #[test]
    fn groups_and_free_movement() {
        let cases = [
            (Group::Eu, "IE", true),
            (Group::Nato, "IE", false),
            (Group::Nato, "SE", true),
            (Group::Eea, "NO", true),
            (Group::Eu, "NO", false),
            (Group::Schengen, "RO", true),
            (Group::Schengen, "CY", false),
        ];
        for (group, country, member) in cases {
            assert_eq!(group.contains(country), member, "{group:?} {country}");
        }
        assert!(free_movement("IE", "BE"));
        assert!(free_movement("CH", "LU"));
        assert!(free_movement("US", "US"));
        assert!(!free_movement("US", "BE"));
        assert!(!free_movement("GB", "BE"));
    }

    #[test]
    fn countries_are_named_by_the_thread_namer_then_in_english() {
        assert_eq!(name_in(Lang::Fr, "IE").as_deref(), Some("Ireland"));
        assert_eq!(name_in(Lang::Fr, "XX"), None);
        name_with(Box::new(|lang, code| {
            (lang == Lang::Fr && code == "IE").then(|| "Irlande".to_string())
        }));
        assert_eq!(name_in(Lang::Fr, "IE").as_deref(), Some("Irlande"));
        assert_eq!(
            name_in(Lang::Nl, "IE").as_deref(),
            Some("Ireland"),
            "the namer has none"
        );
        assert!(is_known("IE") && !is_known("XX") && !is_known("I"));
    }
}
