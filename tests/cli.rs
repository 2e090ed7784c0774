//! The command-line tool: the export on stdout, one-line errors and documented exit codes.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn cli(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vacancy-lens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    if let Some(bytes) = stdin {
        // The CLI stops reading past its limit, so a long write may meet a closed pipe.
        let _ = child.stdin.take().unwrap().write_all(bytes);
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

/// Writes `contents` to a file in a test's own temporary directory.
fn temp_file(test: &str, name: &str, contents: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("vacancy-lens-{test}"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn prints_the_export_of_a_file_and_of_stdin() {
    let file = temp_file(
        "cli-test",
        "posting.txt",
        "Deadline for application: 30 November 2025\nFluent in English and French.",
    );
    let out = cli(
        &["--today", "2025-11-20", "--pretty", file.to_str().unwrap()],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["schema"], "vacancy-lens/checklist");
    assert_eq!(json["analyzed_on"], "2025-11-20");
    assert_eq!(json["source"]["name"], "posting.txt");
    assert_eq!(json["postings"][0]["deadline"]["days_left"], 10);
    let out = cli(
        &["--today", "2025-11-20", "-"],
        Some(b"Apply by 1 December 2025."),
    );
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["postings"][0]["deadline"]["date"], "2025-12-01");
    assert!(json.get("text").is_none(), "the text only on request");
}

#[test]
fn explain_prints_each_finding_with_its_reasons() {
    let out = cli(
        &["--today", "2025-11-20", "--explain", "-"],
        Some(
            "Solliciteer uiterlijk 5 januari 2026.\nKennis van het Frans is een pluspunt."
                .as_bytes(),
        ),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "  deadline-deadline  Deadline — 5 January 2026",
        "      why (dates.role): deadline: \"uiterlijk\" before it in a sentence about applying  [dates/at_latest: \"uiterlijk\" at 12–21]",
        "  language-fr  French — asset",
        "      why (requirement.cue): asset: \"een pluspunt\" in its sentence",
    ] {
        assert!(text.contains(line), "{line:?} missing from:\n{text}");
    }
}

#[test]
fn with_text_the_export_can_be_imported_by_the_page() {
    let posting = "Apply by 1 December 2025 23:59 CET.\nFluent French required. 😀 ’ ok";
    let out = cli(
        &["--today", "2025-11-20", "--with-text", "-"],
        Some(posting.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let export = vacancy_lens::export::Export::from_json(std::str::from_utf8(&out.stdout).unwrap())
        .expect("the page accepts it");
    assert_eq!(export.text.as_deref(), Some(posting));
}

#[test]
fn bad_input_gives_one_line_and_exit_1() {
    let dir = std::env::temp_dir().join("vacancy-lens-cli-bad");
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0x66, 0x6f, 0xff, 0xfe]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n ").unwrap();
    /// (arguments, standard input, what the message must say)
    type Case<'a> = (&'a [&'a str], Option<&'a [u8]>, &'a str);
    // 100 MB without writing 100 MB: a sparse file.
    let huge = dir.join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let cases: [Case; 7] = [
        (&["/no/such/file.txt"], None, "no such file"),
        (&[dir.to_str().unwrap()], None, "is a directory"),
        // Opens, then fails to read (address 0 is never mapped): unreadable even for root.
        (&["/proc/self/mem"], None, "cannot read it"),
        (&[huge.to_str().unwrap()], None, "larger than 16 MB"),
        (&[binary.to_str().unwrap()], None, "not UTF-8"),
        (&[empty.to_str().unwrap()], None, "empty"),
        (&["-"], Some(b""), "empty"),
    ];
    for (args, stdin, want) in cases {
        let out = cli(args, stdin);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line, got {err}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn bad_usage_gives_exit_2_naming_the_argument() {
    for (args, named) in [
        (&[][..], "no input given"),
        (&["--today"], "--today <YYYY-MM-DD>"),
        (&["--today", "30/11/2025", "x"], "'30/11/2025' for '--today"),
        (&["--frobnicate", "x"], "'--frobnicate'"),
        (&["a", "b"], "'b'"),
        (&["--format", "xml", "x"], "'xml' for '--format"),
        (&["score"], "<DIR>"),
        (
            &["score", "x", "--min", "speed=1"],
            "unknown field \"speed\"",
        ),
        (&["score", "x", "--min", "deadline"], "FIELD=VALUE"),
    ] {
        let out = cli(args, None);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with("error: ") && err.contains(named),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("Usage: vacancy-lens") || err.contains("--help"),
            "{err}"
        );
    }
}

#[test]
fn help_explains_every_option_and_the_exit_codes() {
    let out = cli(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for option in [
        "--today",
        "--format",
        "--pretty",
        "--with-text",
        "--profile",
        "--explain",
        "score",
        "text:",
        "gold:",
        "Exit codes:",
        "  2  bad usage",
    ] {
        assert!(
            help.contains(option),
            "{option} missing from --help:\n{help}"
        );
    }
    let out = cli(&["score", "--help"], None);
    let help = String::from_utf8_lossy(&out.stdout);
    for option in [
        "--exports",
        "--min <FIELD=VALUE>",
        "--verbose",
        "Exit codes:",
    ] {
        assert!(
            help.contains(option),
            "{option} missing from score --help:\n{help}"
        );
    }
}

#[test]
fn text_summary_names_each_finding_with_its_line() {
    let file = temp_file(
        "cli-text",
        "posting.txt",
        "Policy Officer\nDeadline for application: 30 November 2025\nFluent in English and French.",
    );
    let out = cli(
        &[
            "--today",
            "2025-11-20",
            "--format",
            "text",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Policy Officer\nDeadline\n  30 November 2025 — in 10 days\n    line 2: Deadline for application: 30 November 2025\nLanguages\n  English — required"),
        "{text}"
    );
}

/// A corpus of one text and its gold, in a test's own folder.
fn corpus(test: &str, text: &str, gold: &str) -> std::path::PathBuf {
    let file = temp_file(test, "posting.txt", text);
    std::fs::write(file.with_file_name("posting.gold.json"), gold).unwrap();
    file.parent().unwrap().to_path_buf()
}

#[test]
fn score_prints_each_field_and_fails_below_a_floor() {
    let dir = corpus(
        "cli-score",
        "Deadline for application: 30 November 2025\nFluent French is required.",
        r#"{"postings": [{"deadline": {"date": "2025-11-30"}, "languages": [{"language": "fr", "requirement": "asset"}]}]}"#,
    );
    let dir = dir.to_str().unwrap();
    let out = cli(&["score", dir, "--min", "deadline=1"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.starts_with(
            "postings        1.000 (1/1)\ndeadline        1.000 (1/1)\nlanguages       0.000\n"
        ),
        "{report}"
    );
    assert!(report.trim_end().ends_with("texts=1 errors=0 postings=1.00 deadline=1.00 languages=0.00 language_codes=1.00 eligibility=1.00"), "{report}");
    let out = cli(&["score", dir, "--min", "languages=0.5", "--verbose"], None);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains(
            "posting.txt#0: languages missing=[(\"fr\", \"asset\")] extra=[(\"fr\", \"required\")]"
        ),
        "{report}"
    );
    assert!(
        report
            .trim_end()
            .ends_with("| below floor: languages 0.000 < 0.5"),
        "{report}"
    );
    let out = cli(&["score", "/nonexistent-corpus"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).trim_end(),
        "vacancy-lens: /nonexistent-corpus: no such file"
    );
}

#[test]
fn the_gold_of_an_analysis_scores_one_against_it_and_exports_can_be_scored() {
    let text = "Policy Officer\nApply by 30 November 2025, 12:00 CET.\nFluent French (C1) is required; Dutch is an asset.\nEU citizenship required.";
    let file = temp_file("cli-gold", "case.txt", text);
    let out = cli(
        &[
            "--today",
            "2024-01-01",
            "--format",
            "gold",
            file.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(file.with_file_name("case.gold.json"), &out.stdout).unwrap();
    let dir = file.parent().unwrap().to_str().unwrap().to_string();
    let out = cli(
        &[
            "score",
            &dir,
            "--min",
            "deadline=1",
            "--min",
            "languages=1",
            "--min",
            "language_levels=1",
            "--min",
            "eligibility=1",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // An export with another deadline, scored in place of the analysis.
    let exports = temp_file(
        "cli-gold-exports",
        "case.json",
        r#"{"postings": [{"deadline": {"date": "2025-12-01"}}]}"#,
    );
    let exports = exports.parent().unwrap().to_str().unwrap();
    let out = cli(
        &["score", &dir, "--exports", exports, "--min", "deadline=1"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("deadline        0.000 (0/1)"));
}

#[test]
fn a_huge_input_is_refused_not_read_forever() {
    let big = vec![b'a'; 17 * 1024 * 1024];
    let out = cli(&["-"], Some(&big));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("larger than 16 MB"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn with_a_profile_items_carry_verdicts_and_the_profile_stays_out() {
    let posting = temp_file(
        "cli-profile",
        "posting.txt",
        "Applicants must be nationals of a NATO member country.\nFluent Dutch is required (C1).",
    );
    let profile = temp_file(
        "cli-profile",
        "profile.json",
        r#"{"schema": "vacancy-lens/profile", "schema_version": 1,
            "profile": {"citizenships": ["IE"], "languages": [{"language": "nl", "level": "B1"}]}}"#,
    );
    let out = cli(
        &[
            "--profile",
            profile.to_str().unwrap(),
            posting.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json["postings"][0]["checklist"].as_array().unwrap();
    let verdict = |id: &str| {
        let item = items.iter().find(|i| i["id"] == id).unwrap();
        (item["verdict"]["status"].clone(), item["checked"].clone())
    };
    assert_eq!(
        verdict("eligibility-citizenship"),
        ("not_met".into(), false.into())
    );
    assert_eq!(verdict("language-nl"), ("not_met".into(), false.into()));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("citizenships"));

    let plain = cli(&[posting.to_str().unwrap()], None);
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("verdict"));

    std::fs::write(&profile, "{\"hello\": 1}").unwrap();
    let bad = cli(
        &[
            "--profile",
            profile.to_str().unwrap(),
            posting.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("not a Vacancy Lens profile"),
        "{}",
        stderr(&bad)
    );
    assert_eq!(stderr(&bad).lines().count(), 1);
}

/// `--lang` writes the summary and the export's labels in the interface language asked for;
/// the machine-readable fields read the same.
#[test]
fn lang_writes_the_summary_and_labels_in_that_language() {
    let file = temp_file(
        "cli-lang",
        "posting.txt",
        "Policy Officer\nDeadline for application: 30 November 2025\nFluent French is required. Only EU citizens may apply.",
    );
    let path = file.to_str().unwrap();
    let run = |args: &[&str]| {
        let out = cli(args, None);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let text = run(&[
        "--today",
        "2025-11-20",
        "--format",
        "text",
        "--lang",
        "fr",
        path,
    ]);
    assert!(
        text.contains("Date limite\n  30 novembre 2025 — dans 10 jours\n    ligne 2 : "),
        "{text}"
    );
    assert!(
        text.contains("La nationalité d'un État membre de l'UE : exigé."),
        "{text}"
    );
    let german = run(&[
        "--today",
        "2025-11-20",
        "--format",
        "text",
        "--lang",
        "de",
        path,
    ]);
    assert!(
        german.contains("30. November 2025 — in 10 Tagen"),
        "{german}"
    );
    let json = |lang| {
        let out = run(&[
            "--today",
            "2025-11-20",
            "--format",
            "json",
            "--lang",
            lang,
            path,
        ]);
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    let (dutch, english) = (json("nl"), json("en"));
    assert_eq!(dutch["labels_language"], "nl");
    assert_eq!(english["labels_language"], "en");
    let deadline = |v: &serde_json::Value| v["postings"][0]["checklist"][0].clone();
    assert_eq!(
        deadline(&dutch)["label"],
        "Solliciteer vóór 30 november 2025"
    );
    assert_eq!(deadline(&dutch)["id"], deadline(&english)["id"]);
    assert_eq!(
        dutch["postings"][0]["deadline"],
        english["postings"][0]["deadline"]
    );
    let bad = cli(&["--lang", "es", path], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid value 'es' for '--lang"),
        "{}",
        stderr(&bad)
    );
}
