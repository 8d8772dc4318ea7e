//! What a helpline files and prints: case records, the compact call script, one country's
//! documents, numbers that work from one country only, and the replay commands of routes.

use super::support::{RECORD_EPOCH, Test, root, stdout_of};

fn snapshot(args: &[&str]) {
    let output = stdout_of(args);
    let name = args.join(" ").replace(['/', ' '], "_");
    insta::with_settings!({ description => format!("meldwijzer {}", args.join(" ")), omit_expression => true }, {
        insta::assert_snapshot!(name, output);
    });
}

#[test]
fn golden_call_scripts_cards_and_commands() {
    for lang in ["nl", "en", "fr"] {
        snapshot(&["script", "--compact", "--format", "text", "--lang", lang]);
    }
    snapshot(&[
        "script",
        "--compact",
        "--format",
        "markdown",
        "--lang",
        "en",
    ]);
    snapshot(&[
        "script",
        "--compact",
        "--format",
        "text",
        "--lang",
        "fr",
        "--country",
        "be",
    ]);
    snapshot(&[
        "script",
        "--format",
        "text",
        "--lang",
        "nl",
        "--country",
        "nl",
    ]);
    snapshot(&["contacts", "--lang", "fr", "--country", "be"]);
    snapshot(&["paths", "--format", "commands"]);
    snapshot(&[
        "paths",
        "--format",
        "text",
        "--lang",
        "fr",
        "--country",
        "be",
    ]);
    snapshot(&[
        "graph",
        "--format",
        "mermaid",
        "--lang",
        "en",
        "--country",
        "nl",
    ]);
}

#[test]
fn a_case_record_as_staff_notes() {
    let text = stdout_of(&[
        "start",
        "--lang",
        "en",
        "--answers",
        "examples/be-images.toml",
        "--summary",
        "--case-ref",
        "K-2026-17",
        "--note",
        "Caller rang back\u{1b}[2J at 15:00",
    ]);
    let record = &text[text
        .find("Case record\n-----------")
        .expect("a case record")..];
    // The fingerprint has a test of its own; the golden text should not change with it.
    let program_line = format!("meldwijzer {}", env!("CARGO_PKG_VERSION"));
    let (notes, program) = record.split_at(record.find(&program_line).expect("the program"));
    insta::assert_snapshot!(notes);
    assert!(
        program.starts_with(&format!("{program_line}, flow checked on ")),
        "{program}"
    );
    assert!(
        record.contains("Recorded: 2026-11-30T00:53:20Z"),
        "{record}"
    );
    assert!(
        record.contains("Caller rang back\\u{1b}[2J at 15:00"),
        "no escape reaches the notes"
    );
}

#[test]
fn a_json_record_says_when_by_what_and_for_which_case() {
    let json = stdout_of(&[
        "start",
        "--format",
        "json",
        "-a",
        "country=nl",
        "-a",
        "nl-what=sextortion",
        "-a",
        "nl-sextortion-whose=me",
        "--case-ref",
        "K-17",
        "--note",
        "line one\nline two",
    ]);
    let record: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(record["format_version"], 1);
    assert_eq!(record["recorded_at"], "2026-11-30T00:53:20Z");
    assert_eq!(record["meldwijzer_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(record["case_ref"], "K-17");
    assert_eq!(
        record["note"], "line one\\u{a}line two",
        "one line, escapes visible"
    );
    assert_eq!(record["outcome"], "nl-sextortion");
    assert_eq!(record["answers"][1]["answer"], "sextortion");
    let helpwanted = &record["contacts"][0];
    assert_eq!(helpwanted["id"], "helpwanted");
    assert_eq!(helpwanted["from_abroad"], "+31 20 261 52 75");
    assert_eq!(helpwanted["dial"], "+31202615275");
    assert_eq!(
        helpwanted["source_page"]["publisher"],
        "Helpwanted (Off Limits)"
    );
    let police = record["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .find(|c| c["id"] == "police-nl-0900")
        .expect("the police");
    // Only short numbers (101, 1712, 103) are marked as working in one country: no source
    // says where a 0900 number can be reached from.
    assert!(police.get("reachable_from").is_none(), "{police}");
    assert!(police.get("from_abroad").is_none());
    let print = record["flow_fingerprint"].as_str().expect("a fingerprint");
    assert_eq!(print.len(), 64);
    assert!(print.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn the_fingerprint_names_the_words_used_and_nothing_else() {
    let print_in = |lang: &str, extra: &[&str]| -> String {
        let mut args = vec![
            "start",
            "--format",
            "json",
            "--lang",
            lang,
            "-a",
            "country=danger-now",
        ];
        args.extend(extra);
        let json: serde_json::Value = serde_json::from_str(&stdout_of(&args)).expect("JSON");
        json["flow_fingerprint"]
            .as_str()
            .expect("a print")
            .to_owned()
    };
    let print = |extra: &[&str]| print_in("en", extra);
    let built_in = print(&[]);
    assert_eq!(built_in, print(&[]), "the same flow gives the same print");
    // The same files read from disk, from another folder: the same print.
    let dir = tempfile::tempdir().expect("temp dir");
    for lang in ["nl", "en", "fr"] {
        let to = dir.path().join(lang);
        std::fs::create_dir_all(&to).expect("folder");
        for file in ["flow.ftl", "ui.ftl"] {
            std::fs::copy(root().join("locales").join(lang).join(file), to.join(file))
                .expect("copy");
        }
    }
    let locales = dir.path().display().to_string();
    assert_eq!(
        built_in,
        print(&["--flow", "flows/default.toml", "--locales", &locales])
    );
    // One word of the advice changed: another print.
    let flow_ftl = dir.path().join("en/flow.ftl");
    let text = std::fs::read_to_string(&flow_ftl).expect("read");
    std::fs::write(&flow_ftl, text.replacen("Call 112", "Phone 112", 1)).expect("write");
    assert_ne!(
        built_in,
        print(&["--flow", "flows/default.toml", "--locales", &locales])
    );
    assert_ne!(
        built_in,
        print_in("nl", &[]),
        "each language has its own words"
    );
}

#[test]
fn staff_input_is_bounded() {
    let long = "x".repeat(65);
    Test::new(&[
        "start",
        "--lang",
        "en",
        "-a",
        "country=danger-now",
        "--case-ref",
        &long,
    ])
    .status(2)
    .stdout("")
    .stderr("error: `--case-ref` takes at most 64 characters; this one has 65.\n")
    .run();
}

#[test]
fn the_local_time_carries_its_offset() {
    // Without SOURCE_DATE_EPOCH, the system's clock in the zone of TZ.
    let output = super::support::command()
        .env_remove("SOURCE_DATE_EPOCH")
        .env("TZ", "Asia/Kolkata")
        .args(["start", "--format", "json", "-a", "country=danger-now"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let at = json["recorded_at"].as_str().expect("a time");
    let zoned = at.ends_with("+05:30")
        || !std::path::Path::new("/usr/share/zoneinfo/Asia/Kolkata").exists();
    assert!(zoned, "{at}");
    assert_eq!(at.len(), "2026-11-27T10:00:00+05:30".len(), "{at}");
    assert_ne!(RECORD_EPOCH, "", "tests otherwise stop the clock");
}

#[test]
fn a_printed_script_says_nothing_meant_for_a_screen() {
    // Words that only make sense to someone at a screen, in each language.
    let screen_only = [
        (
            "en",
            ["go back", "choose the first answer", "press", "click"],
        ),
        (
            "nl",
            ["ga terug", "kies het eerste antwoord", "druk op", "klik"],
        ),
        (
            "fr",
            [
                "revenez en arrière",
                "choisissez la première réponse",
                "appuyez",
                "cliquez",
            ],
        ),
    ];
    for (lang, phrases) in screen_only {
        for format in ["text", "markdown"] {
            let script = stdout_of(&["script", "--compact", "--format", format, "--lang", lang])
                .to_lowercase();
            for phrase in phrases {
                assert!(!script.contains(phrase), "{lang} {format}: `{phrase}`");
            }
        }
    }
}

#[test]
fn the_compact_script_fits_on_three_pages() {
    // Three printed pages of 70 lines each (A4, 10-point type), in every language: with
    // 32 pieces of advice and a warning per kind of reader, two no longer hold it all.
    for lang in ["nl", "en", "fr"] {
        let lines = stdout_of(&["script", "--compact", "--format", "text", "--lang", lang])
            .lines()
            .count();
        assert!(lines <= 210, "{lang}: {lines} lines");
    }
}

#[test]
fn one_countrys_compact_script_fits_on_two_pages_in_that_countrys_languages() {
    // A helpline works in one country: its script, in the languages it answers in, on two
    // printed pages of 70 lines.
    for (country, langs) in [("nl", &["nl", "en"][..]), ("be", &["nl", "fr", "en"][..])] {
        for lang in langs {
            let lines = stdout_of(&[
                "script",
                "--compact",
                "--format",
                "text",
                "--lang",
                lang,
                "--country",
                country,
            ])
            .lines()
            .count();
            assert!(lines <= 140, "{country} in {lang}: {lines} lines");
        }
    }
}

#[test]
fn one_countrys_documents_leave_the_other_out() {
    let script = stdout_of(&[
        "script",
        "--compact",
        "--format",
        "text",
        "--lang",
        "en",
        "--country",
        "nl",
    ]);
    assert!(
        !script.contains("[be-what]") && script.contains("[nl-what]"),
        "{script}"
    );
    let card = stdout_of(&[
        "contacts",
        "--lang",
        "en",
        "--country",
        "be",
        "--format",
        "json",
    ]);
    let card: serde_json::Value = serde_json::from_str(&card).expect("JSON");
    for contact in card["contacts"].as_array().expect("contacts") {
        assert_ne!(contact["country"], "nl", "{contact}");
    }
    let all = stdout_of(&["paths", "--count", "--lang", "en"]);
    let nl = stdout_of(&["paths", "--count", "--lang", "en", "--country", "nl"]);
    let be = stdout_of(&["paths", "--count", "--lang", "en", "--country", "be"]);
    let number = |s: &str| {
        s.split_whitespace()
            .next()
            .and_then(|n| n.parse::<u32>().ok())
            .expect("a count")
    };
    // The routes for everyone (danger, elsewhere, unsure) are in both.
    assert!(number(&nl) + number(&be) > number(&all));
    assert!(number(&nl) < number(&all) && number(&be) < number(&all));
}

#[test]
fn every_command_line_of_paths_replays_its_route() {
    let commands = stdout_of(&["paths", "--format", "commands", "--country", "be"]);
    for line in commands.lines() {
        let (command, outcome) = line.split_once("  # ").expect("a comment");
        let mut words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words.remove(0), "meldwijzer");
        words.extend(["--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&stdout_of(&words)).expect("JSON");
        assert_eq!(json["outcome"], outcome, "{line}");
    }
}

/// The numbers of `text` written before each of `words` ("6 questions, 23 outcomes"),
/// wherever a line break falls.
fn counts_in(text: &str, words: &[&str]) -> Vec<Vec<u64>> {
    let flat = text.split_whitespace().collect::<Vec<_>>();
    let mut found = Vec::new();
    for window in flat.windows(words.len() * 2) {
        let numbers: Option<Vec<u64>> = words
            .iter()
            .enumerate()
            .map(|(n, word)| {
                let (number, name) = (window[n * 2], window[n * 2 + 1]);
                name.trim_end_matches([',', '.', '`', ')'])
                    .eq(*word)
                    .then(|| number.trim_start_matches('`').parse().ok())
                    .flatten()
            })
            .collect();
        found.extend(numbers);
    }
    found
}

#[test]
fn the_counts_the_documentation_gives_are_those_of_the_flow() {
    let check = stdout_of(&["check"]);
    let words = ["questions", "outcomes", "routes"];
    let actual = counts_in(&check, &words);
    assert_eq!(actual.len(), 1, "{check}");
    for doc in ["README.md", "docs/flow-format.md"] {
        let text = std::fs::read_to_string(root().join(doc)).expect("the document");
        let written = counts_in(&text, &words);
        assert!(!written.is_empty(), "{doc} gives the counts of `check`");
        for counts in written {
            assert_eq!(
                counts, actual[0],
                "{doc}: the counts of `check` are {check}"
            );
        }
    }
    // The number of situations in the shipped scenario file.
    let scenarios = std::fs::read_to_string(root().join("examples/scenarios.toml")).expect("file");
    let situations = scenarios
        .lines()
        .filter(|l| l.trim() == "[[scenario]]")
        .count() as u64;
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let said = counts_in(&readme, &["situations"]);
    assert!(
        !said.is_empty(),
        "the README says how many situations there are"
    );
    for counts in said {
        assert_eq!(
            counts,
            [situations],
            "situations in examples/scenarios.toml"
        );
    }
}

#[test]
fn a_quiz_for_one_country_asks_only_its_situations() {
    let situations = |extra: &[&str]| -> u32 {
        let mut args: Vec<String> = ["quiz", "examples/scenarios.toml", "--plain", "--lang", "en"]
            .map(str::to_owned)
            .to_vec();
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        let output = super::support::run(&args, &[], Some(""));
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        let line = text
            .lines()
            .find(|l| l.starts_with("Situation 1 of "))
            .unwrap_or_else(|| panic!("{text}"));
        line.trim_start_matches("Situation 1 of ")
            .parse()
            .expect("a number")
    };
    let (all, nl, be) = (
        situations(&[]),
        situations(&["--country", "nl"]),
        situations(&["--country", "be"]),
    );
    assert!(nl < all && be < all, "{all} {nl} {be}");
    // Situations for everyone (danger now, abroad, not sure) are in both.
    assert!(nl + be > all, "{all} {nl} {be}");
}
