//! Scripted runs: answers from flags and files, JSON output, and every way to get them wrong.

use super::support::{Test, fixture, root, stdout_of};

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout_of(args)).expect("valid JSON")
}

#[test]
fn json_has_the_documented_fields() {
    let advice = json(&[
        "start",
        "--lang",
        "en",
        "-a",
        "country=nl",
        "-a",
        "nl-what=chat-app",
        "--format",
        "json",
    ]);
    assert_eq!(advice["outcome"], "nl-chat-app");
    assert_eq!(
        advice["title"],
        "Forward it to Meldpunt Kinderporno's WhatsApp number"
    );
    let contact = &advice["contacts"][0];
    assert_eq!(contact["id"], "meldpunt-chat-app");
    assert_eq!(contact["kind"], "chat");
    assert_eq!(contact["phone"], "+31 (0)6 428 346 35");
    assert_eq!(contact["dial"], "+31642834635", "the dialable form too");
    assert!(contact.get("url").is_none(), "absent fields are left out");
    assert!(advice["notes"].as_array().is_some_and(|n| !n.is_empty()));
    assert!(advice["warnings"][0].as_str().is_some_and(|w| {
        w.starts_with("Forward the images only to the WhatsApp reporting number")
    }));
    assert_eq!(advice["answers"][0]["question"], "country");
    assert_eq!(advice["answers"][0]["answer"], "nl");
    assert_eq!(advice["answers"][1]["answer"], "chat-app");
    assert_eq!(advice["source"]["publisher"], "NU.nl");
    assert_eq!(advice["source"]["address"], "https://nu.nl/tech/6072831");
    assert!(advice["source"].get("file").is_none(), "no file paths");
    assert_eq!(advice["lang"], "en");
}

#[test]
fn a_missing_answer_without_a_terminal_names_the_question_and_its_answers() {
    Test::new(&["start", "--lang", "en", "-a", "country=nl"])
        .status(2)
        .stdout("")
        .stderr(
            "error: no answer for question `nl-what`, and standard input is not a terminal, so meldwijzer does not ask\n  help: add `--answer nl-what=ANSWER`, where ANSWER is one of: chat-app, social-media, website, forum, approach, sextortion, live, child-victim, unsure-age, worried, complaint, own-feelings, unsure; or add `--plain` to answer line by line\n",
        )
        .run();
}

#[test]
fn no_answers_and_no_terminal_never_hangs() {
    Test::new(&["start"]).stdin("").status(2).stdout("").run();
    Test::new(&[] as &[&str]).status(2).stdout("").run();
}

#[test]
fn an_unknown_answer_suggests_the_closest() {
    Test::new(&["start", "--lang", "en", "-a", "country=nll"])
        .status(2)
        .stderr("error: question `country` has no answer `nll`\n  help: did you mean `nl`? Answers: danger-now, nl, be, elsewhere, unsure\n")
        .run();
}

#[test]
fn an_unknown_question_suggests_the_closest() {
    Test::new(&["start", "--lang", "en", "-a", "contry=nl"])
        .status(2)
        .stderr("error: the flow has no question `contry`\n  help: did you mean `country`? Questions: country, elsewhere-country, nl-what, nl-public, nl-now, nl-known, nl-sextortion-whose, be-what, be-sextortion-whose\n")
        .run();
}

#[test]
fn a_malformed_answer_is_a_usage_error() {
    Test::new(&["start", "--lang", "en", "-a", "country"])
        .status(2)
        .stderr("error: `--answer country` is not of the form QUESTION=ANSWER (for example `--answer country=nl`)\n")
        .run();
}

#[test]
fn every_example_answers_file_reaches_an_outcome() {
    for entry in std::fs::read_dir(root().join("examples")).expect("examples") {
        let path = entry.expect("entry").path();
        let name = format!(
            "examples/{}",
            path.file_name().expect("name").to_string_lossy()
        );
        // The scenarios and their schema live beside the answer files (tests/…/scenarios.rs).
        if name.contains("scenario") {
            continue;
        }
        let advice = json(&["start", "--answers", &name, "--format", "json"]);
        assert!(advice["outcome"].is_string(), "{name}");
    }
}

#[test]
fn flags_override_the_answers_file() {
    let advice = json(&[
        "start",
        "--answers",
        "examples/nl-chat-app.toml",
        "-a",
        "nl-what=complaint",
        "-f",
        "json",
    ]);
    assert_eq!(advice["outcome"], "nl-complaint");
}

#[test]
fn an_unknown_answer_in_a_file_is_located() {
    Test::new(&["start", "--lang", "en", "--answers", &fixture("answers/unknown-answer.toml")])
        .status(2)
        .stderr(
            "error: question `nl-what` has no answer `chatapp`
 --> tests/fixtures/answers/unknown-answer.toml:3:11
  |
3 | nl-what = \"chatapp\"
  |           ^^^^^^^^^
  |
  = help: did you mean `chat-app`? Answers: chat-app, social-media, website, forum, approach, sextortion, live, child-victim, unsure-age, worried, complaint, own-feelings, unsure
",
        )
        .run();
}

#[test]
fn an_unknown_question_in_a_file_is_located() {
    Test::new(&[
        "start",
        "--lang",
        "en",
        "--answers",
        &fixture("answers/unknown-question.toml"),
    ])
    .status(2)
    .stderr(
        "error: the flow has no question `land`
 --> tests/fixtures/answers/unknown-question.toml:2:1
  |
2 | land = \"nl\"
  | ^^^^
  |
  = help: questions: country, elsewhere-country, nl-what, nl-public, nl-now, nl-known, nl-sextortion-whose, be-what, be-sextortion-whose
",
    )
    .run();
}

#[test]
fn a_broken_answers_file_is_located() {
    let output = Test::new(&[
        "start",
        "--lang",
        "en",
        "--answers",
        &fixture("answers/not-a-table.toml"),
    ])
    .status(2)
    .run();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--> tests/fixtures/answers/not-a-table.toml:1:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("help: an answers file has one table, `[answers]`"),
        "{stderr}"
    );
}

#[test]
fn answers_off_the_route_are_reported_but_do_not_fail() {
    Test::new(&[
        "start",
        "--lang",
        "en",
        "-a",
        "country=nl",
        "-a",
        "nl-what=complaint",
        "-a",
        "be-what=images",
        "-f",
        "json",
    ])
    .stderr("warning: the answer to `be-what` was not used: the route taken does not ask it\n")
    .run();
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment_then_dutch() {
    let args = ["start", "-a", "country=danger-now"];
    assert!(stdout_of(&args).contains("Bel nu 112"));
    let english = Test::new(&args).env("LANG", "en_GB.UTF-8").run();
    assert!(String::from_utf8_lossy(&english.stdout).contains("Call 112 now"));
    let lc_all = Test::new(&args)
        .env("LANG", "en_GB.UTF-8")
        .env("LC_ALL", "nl_BE.UTF-8")
        .run();
    assert!(String::from_utf8_lossy(&lc_all.stdout).contains("Bel nu 112"));
    let flag = Test::new(&["start", "--lang", "en", "-a", "country=danger-now"])
        .env("LC_ALL", "nl_NL")
        .run();
    assert!(String::from_utf8_lossy(&flag.stdout).contains("Call 112 now"));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = stdout_of(&["start", "-a", "country=danger-now"]);
    assert!(!plain.contains('\u{1b}'), "no colour into a pipe");
    let forced = Test::new(&["start", "--color", "always", "-a", "country=danger-now"]).run();
    assert!(String::from_utf8_lossy(&forced.stdout).contains("\u{1b}["));
}

#[test]
fn no_unicode_isolation_marks_in_output() {
    let text = stdout_of(&super::support::LIVE_UNKNOWN);
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
}
