use super::*;

/// Each catalogue file, read by key.
fn entries(source: &str) -> Vec<(&str, &str)> {
    super::entries(source).collect()
}

const FILES: [(Lang, &str); 4] = [
    (Lang::En, include_str!("en.ftl")),
    (Lang::Fr, include_str!("fr.ftl")),
    (Lang::Nl, include_str!("nl.ftl")),
    (Lang::De, include_str!("de.ftl")),
];

/// The variables a value names, sorted: `{ $n }` and the selector of `{ $n -> … }`.
fn variables(value: &str) -> Vec<&str> {
    let mut out: Vec<&str> = value
        .match_indices('$')
        .map(|(i, _)| {
            let rest = &value[i + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect();
    crate::order::sort_by_key(&mut out, |v| *v);
    out.dedup();
    out
}

/// Every brace of a value is closed, in order.
fn balanced(value: &str) -> bool {
    let mut depth = 0i32;
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

#[test]
fn catalogues_agree() {
    let english = entries(FILES[0].1);
    assert_eq!(english.len(), MESSAGE_COUNT);
    for (lang, source) in FILES {
        let other = entries(source);
        let keys = |e: &[(&str, &str)]| e.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>();
        let (want, have) = (keys(&english), keys(&other));
        for key in &want {
            assert!(have.contains(key), "{}: key {key} is missing", lang.code());
        }
        for key in &have {
            assert!(
                want.contains(key),
                "{}: key {key} is not in en.ftl",
                lang.code()
            );
        }
        assert_eq!(
            have,
            want,
            "{}: keys in another order than en.ftl",
            lang.code()
        );
        for ((key, en), (_, value)) in english.iter().zip(&other) {
            assert!(!value.is_empty(), "{}: {key} is empty", lang.code());
            assert!(
                balanced(value),
                "{}: {key} has unbalanced braces",
                lang.code()
            );
            assert_eq!(
                variables(value),
                variables(en),
                "{}: {key} names other variables than in English",
                lang.code()
            );
        }
        assert!(Catalogue::parse(lang, source).is_ok());
    }
}

/// A key no code reads is a translation nobody sees; each is named `Msg::Variant` somewhere in
/// `src/` outside this module's generated code.
#[test]
fn every_message_is_used() {
    fn sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut code = String::new();
    sources(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut code,
    );
    // The languages' names are found by their codes' place (`LANGUAGE_CODES`).
    let by_code = |key: &&str| {
        key.strip_prefix("language-")
            .is_some_and(|code| LANGUAGE_CODES.contains(&code))
    };
    let unused: Vec<&str> = entries(FILES[0].1)
        .iter()
        .zip(VARIANT_NAMES)
        .filter(|((key, _), _)| !by_code(key))
        .map(|(_, variant)| variant)
        .filter(|variant| {
            !code
                .match_indices(&format!("Msg::{variant}"))
                .any(|(i, m)| !code[i + m.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn plurals_follow_each_language() {
    let days = |lang, n: i64| Catalogue::builtin(lang).f(Msg::DaysLeft, &[("n", n.into())]);
    assert_eq!(days(Lang::En, 1), "in 1 day");
    assert_eq!(days(Lang::En, 0), "in 0 days");
    assert_eq!(days(Lang::En, 8), "in 8 days");
    // French counts 0 and 1 as singular.
    assert_eq!(days(Lang::Fr, 0), "dans 0 jour");
    assert_eq!(days(Lang::Fr, 1), "dans 1 jour");
    assert_eq!(days(Lang::Fr, 2), "dans 2 jours");
    assert_eq!(days(Lang::Nl, 1), "over 1 dag");
    assert_eq!(days(Lang::Nl, 5), "over 5 dagen");
    assert_eq!(days(Lang::De, 1), "in 1 Tag");
    assert_eq!(days(Lang::De, 5), "in 5 Tagen");
}

#[test]
fn dates_as_each_language_writes_them() {
    let date = Date::constant(2025, 11, 30);
    let written = |lang| Catalogue::builtin(lang).date(date);
    assert_eq!(written(Lang::En), "30 November 2025");
    assert_eq!(written(Lang::Fr), "30 novembre 2025");
    assert_eq!(written(Lang::Nl), "30 november 2025");
    assert_eq!(written(Lang::De), "30. November 2025");
}

#[test]
fn the_browser_language_picks_the_interface() {
    assert_eq!(Lang::preferred(["fr-BE", "en"]), Lang::Fr);
    assert_eq!(Lang::preferred(["es-ES", "nl-BE"]), Lang::Nl);
    assert_eq!(Lang::preferred(["DE-at"]), Lang::De);
    assert_eq!(Lang::preferred(["es", "it"]), Lang::En);
    assert_eq!(Lang::preferred([]), Lang::En);
    assert_eq!(Lang::of_tag("nl_NL"), Some(Lang::Nl));
}

#[test]
fn variants_choose_by_number_category_or_default() {
    let cat = Catalogue::english();
    let mut out = String::new();
    let args = [("n", Arg::Number(3)), ("k", Arg::Text("month"))];
    cat.render(
        "{ $n -> [0] none [one] one *[other] # items }",
        &args,
        None,
        &mut out,
    );
    assert_eq!(out, "3 items");
    out.clear();
    cat.render(
        "{ $k -> [year] yearly [month] monthly *[none] ? }",
        &args,
        None,
        &mut out,
    );
    assert_eq!(out, "monthly");
    out.clear();
    cat.render(
        "{ $n -> [3] three *[other] many }, { $missing }",
        &args,
        None,
        &mut out,
    );
    assert_eq!(out, "three, $missing");
}

#[test]
fn names_inside_a_sentence_keep_german_capitals() {
    assert_eq!(
        Catalogue::english().mid_sentence("Work permit"),
        "work permit"
    );
    assert_eq!(
        Catalogue::builtin(Lang::Fr).mid_sentence("Titre de séjour"),
        "titre de séjour"
    );
    assert_eq!(
        Catalogue::builtin(Lang::De).mid_sentence("Aufenthaltstitel"),
        "Aufenthaltstitel"
    );
}

#[test]
fn a_short_or_broken_catalogue_is_refused() {
    let err = Catalogue::parse(Lang::Fr, "a = b\n").unwrap_err();
    assert!(err.contains("instead of"), "{err}");
}

/// `Catalogue::language` finds a language's message by its code's place in `LANGUAGE_CODES`.
#[test]
fn language_names_follow_their_codes() {
    let english = entries(FILES[0].1);
    let first = english
        .iter()
        .position(|(key, _)| *key == "language-en")
        .unwrap();
    for (i, code) in LANGUAGE_CODES.iter().enumerate() {
        assert_eq!(english[first + i].0, format!("language-{code}"));
    }
    assert_eq!(
        Catalogue::builtin(Lang::De).language("nl", "Dutch"),
        "Niederländisch"
    );
    assert_eq!(Catalogue::english().language("xx", "Klingon"), "Klingon");
}
