//! Scenarios: `verify` for content editors and CI, `quiz` for a training room.

use std::collections::BTreeSet;
use std::process::Command;

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::source_file::SourceFile;
use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use super::support::{Test, binary, root, run};

const SHIPPED: &str = "examples/scenarios.toml";

fn shipped() -> meldwijzer::scenario::ScenarioFile {
    let text = std::fs::read_to_string(root().join(SHIPPED)).expect("the shipped scenarios");
    meldwijzer::scenario::parse(&SourceFile::new(SHIPPED, text)).expect("they parse")
}

// ---------------------------------------------------------------------------------------
// verify

#[test]
fn every_shipped_situation_says_why_in_each_language_it_is_told_in() {
    // The quiz shows the "why" after each answer: a trainer's situation without one
    // teaches the route but not the rule behind it.
    for scenario in &shipped().scenarios {
        for (lang, _) in &scenario.situation {
            let why = scenario.why.iter().find(|(l, _)| l.id == lang.id);
            assert!(
                why.is_some_and(|(_, text)| !text.id.trim().is_empty()),
                "scenario `{}` has no why in `{}`",
                scenario.id.id,
                lang.id
            );
        }
    }
}

#[test]
fn every_shipped_scenario_holds() {
    Test::new(&["--lang", "en", "verify", SHIPPED])
        .stdout("examples/scenarios.toml: 34 scenarios hold\n")
        .stderr("")
        .run();
}

#[test]
fn the_shipped_scenarios_cover_every_outcome_in_every_language() {
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    let scenarios = shipped();
    assert!(scenarios.scenarios.len() >= 12);
    let covered: BTreeSet<&str> = scenarios
        .scenarios
        .iter()
        .map(|s| s.outcome.id.as_str())
        .collect();
    let outcomes: BTreeSet<&str> = guide
        .flow
        .outcomes
        .iter()
        .map(|o| o.id.id.as_str())
        .collect();
    assert_eq!(
        covered, outcomes,
        "every outcome is reached by some situation"
    );
    let countries: BTreeSet<&str> = scenarios
        .scenarios
        .iter()
        .filter_map(|s| s.answer_to("country").map(|a| a.id.as_str()))
        .collect();
    for country in ["nl", "be", "elsewhere"] {
        assert!(countries.contains(country), "{country}");
    }
    for scenario in &scenarios.scenarios {
        let told: Vec<&str> = scenario
            .situation
            .iter()
            .map(|(code, _)| code.id.as_str())
            .collect();
        assert_eq!(told, ["nl", "en", "fr"], "{}", scenario.id.id);
    }
}

/// `verify FILE` against `flow`: status, standard output and standard error, for review.
fn verify_against(flow: &str, file: &str) -> String {
    let args: Vec<String> = [
        "--lang",
        "en",
        "verify",
        "--flow",
        flow,
        "--locales",
        "locales",
        file,
    ]
    .map(str::to_owned)
    .to_vec();
    let output = run(&args, &[], None);
    format!(
        "status: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_retargeted_next_fails_with_the_expected_message() {
    insta::assert_snapshot!(verify_against(
        "tests/fixtures/diff/rerouted.toml",
        "tests/fixtures/scenarios/regression.toml"
    ));
}

#[test]
fn a_removed_answer_fails_with_the_expected_message() {
    insta::assert_snapshot!(verify_against(
        "tests/fixtures/diff/edited.toml",
        "tests/fixtures/scenarios/regression.toml"
    ));
}

#[test]
fn a_dropped_contact_and_a_new_question_fail_with_the_expected_messages() {
    insta::assert_snapshot!(verify_against(
        "tests/fixtures/scenarios/flow-changed.toml",
        "tests/fixtures/scenarios/regression.toml"
    ));
}

#[test]
fn ids_that_do_not_exist_are_located_with_a_suggestion() {
    insta::assert_snapshot!(verify_against(
        "flows/default.toml",
        "tests/fixtures/scenarios/misspelt.toml"
    ));
}

#[test]
fn an_invalid_scenario_file_exits_2() {
    insta::assert_snapshot!(verify_against(
        "flows/default.toml",
        "tests/fixtures/scenarios/broken.toml"
    ));
    Test::new(&["--lang", "en", "verify", "no/such/file.toml"])
        .status(2)
        .stdout("no/such/file.toml: invalid: 1 error\n")
        .stderr("error: cannot read `no/such/file.toml`: no such file or directory\n\n")
        .run();
}

#[test]
fn json_says_which_scenarios_hold_for_tools() {
    let output = run(
        &[
            "verify",
            "--format",
            "json",
            "--flow",
            "tests/fixtures/diff/rerouted.toml",
            "--locales",
            "locales",
            "tests/fixtures/scenarios/regression.toml",
        ]
        .map(str::to_owned),
        &[],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "JSON alone");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["format_version"], 1);
    let file = &json["files"][0];
    assert_eq!(file["valid"], true);
    let failing: Vec<&serde_json::Value> = file["scenarios"]
        .as_array()
        .expect("scenarios")
        .iter()
        .filter(|s| s["holds"] == false)
        .collect();
    assert_eq!(failing.len(), 1);
    assert_eq!(failing[0]["id"], "live-unsure");
    assert_eq!(failing[0]["reached"], "nl-live-known");
    assert_eq!(
        failing[0]["findings"][0]["position"],
        "tests/fixtures/scenarios/regression.toml:13:11"
    );
}

#[test]
fn the_scenario_schema_is_the_generated_one() {
    let path = root().join("examples/scenario.schema.json");
    if std::env::var_os("MELDWIJZER_BLESS").is_some() {
        std::fs::write(&path, meldwijzer::scenario::schema()).expect("schema written");
    }
    let shipped = std::fs::read_to_string(path).expect("the shipped schema");
    assert_eq!(
        shipped,
        meldwijzer::scenario::schema(),
        "regenerate with `MELDWIJZER_BLESS=1 cargo test schema` and review the diff"
    );
    // The program prints the shipped text, built in.
    assert_eq!(super::support::stdout_of(&["schema", "scenarios"]), shipped);
}

// ---------------------------------------------------------------------------------------
// quiz

const TIMEOUT_MS: u64 = 10_000;

fn quiz(args: &str) -> PtySession {
    let script = format!("stty cols 100 rows 40 echo; exec '{}' {args}", binary());
    let mut command = Command::new("sh");
    command
        .args(["-c", &script])
        .current_dir(root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("MELDWIJZER_PLAIN");
    spawn_command(command, Some(TIMEOUT_MS)).expect("spawn in a pty")
}

/// Everything the session writes until it ends, decoded (rexpect hands back each byte as a
/// `char`) and with wrapped lines joined; and its exit code.
fn transcript(mut session: PtySession, so_far: &str) -> (String, i32) {
    let rest = session.exp_eof().unwrap_or_default();
    let bytes: Vec<u8> = format!("{so_far}{rest}")
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let text = String::from_utf8_lossy(&bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let code = match session.process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("unexpected end: {other:?}"),
    };
    (text, code)
}

/// Waits for `prompt` and types `line`; what came before, for the transcript.
fn answer(session: &mut PtySession, prompt: &str, line: &str) -> String {
    let before = session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt}: {e}"));
    session.send_line(line).expect("send");
    before + prompt
}

/// Presses keys in the menu, one at a time, once it is drawn.
fn keys(session: &mut PtySession, ready: &str, keys: &[&str]) {
    session.exp_regex(ready).expect("the menu");
    for key in keys {
        session.send(key).expect("send");
        session.flush().expect("flush");
    }
}

#[test]
fn a_right_run_in_english_says_so_and_counts_it() {
    let mut s = quiz(&format!(
        "--lang en quiz {SHIPPED} --scenario video-in-class-app --plain"
    ));
    let mut seen = answer(&mut s, "Your choice (1 to 5):", "2");
    seen += &answer(&mut s, "Your choice (1 to 13):", "1");
    let (text, code) = transcript(s, &seen);
    assert_eq!(code, 0);
    assert!(text.contains("Situation 1 of 1"), "{text}");
    assert!(text.contains("a video showing a child being abused was shared in the WhatsApp group"));
    assert!(
        text.contains("Right: this is the advice for this situation."),
        "{text}"
    );
    assert!(text.contains("You reached the expected advice in 1 of 1 situation answered."));
    assert!(
        text.contains("Why: Politie: material met in a chat app"),
        "{text}"
    );
    assert!(!text.contains("Situations to look at again"), "{text}");
}

#[test]
fn a_wrong_run_in_dutch_names_the_question_where_the_route_left_the_expected_one() {
    let mut s = quiz(&format!(
        "--lang nl quiz {SHIPPED} --scenario video-in-class-app --plain"
    ));
    let mut seen = answer(&mut s, "Je keuze (1 tot 5):", "2");
    seen += &answer(&mut s, "Je keuze (1 tot 13):", "3"); // a website, not a chat app
    seen += &answer(&mut s, "Je keuze (1 tot 3):", "1");
    let (text, code) = transcript(s, &seen);
    assert_eq!(code, 0);
    assert!(text.contains("Situatie 1 van 1"));
    assert!(
        text.contains("Dit is niet het advies bij deze situatie."),
        "{text}"
    );
    assert!(
        text.contains("Je route week af bij de vraag „Waar gaat het om?”: je koos „Beelden of video's op een website”; het verwachte antwoord was „Beelden of video's die ik kreeg in een chatapp of chatgroep (WhatsApp, Telegram, Signal, Messenger)”."),
        "{text}"
    );
    assert!(text.contains(
        "Het verwachte advies: Stuur het door naar het WhatsApp-nummer van Meldpunt Kinderporno"
    ));
    assert!(text.contains("Je kwam bij 0 van de 1 beantwoorde situatie bij het verwachte advies."));
    assert!(
        text.contains(
            "Situaties om nog eens te bekijken: - situatie 1 (video-in-class-app): Stuur het door"
        ),
        "{text}"
    );
}

#[test]
fn a_wrong_run_in_english_and_a_right_run_in_dutch_with_the_menu() {
    // The menu: arrow keys and Enter, as a trainee would use it.
    let (down, enter) = ("\x1b[B", "\r");
    let mut s = quiz(&format!(
        "--lang en quiz {SHIPPED} --scenario parent-grooming-belgium"
    ));
    keys(&mut s, r"police\.\]", &[down, down, enter]); // Belgium
    s.exp_string("What is it about").expect("second question");
    keys(&mut s, r"police\.\]", &[enter]); // images: not the expected answer
    let (text, code) = transcript(s, "");
    assert_eq!(code, 0);
    assert!(
        text.contains("This is not the advice for this situation."),
        "{text}"
    );
    assert!(
        text.contains("at the question \"What is it about?\": you chose \"I found images of child sexual abuse online\"; the expected answer was \"My child or a child I know is being sexually exploited online"),
        "{text}"
    );

    let mut s = quiz(&format!(
        "--lang nl quiz {SHIPPED} --scenario does-not-know-country"
    ));
    keys(&mut s, r"politie\.\]", &[down, down, down, down, enter]); // Ik weet het niet
    let (text, code) = transcript(s, "");
    assert_eq!(code, 0);
    assert!(
        text.contains("Goed: dit is het advies bij deze situatie."),
        "{text}"
    );
    assert!(text.contains("Je kwam bij 1 van de 1 beantwoorde situatie bij het verwachte advies."));
}

#[test]
fn a_whole_session_counts_each_situation_and_stops_when_asked() {
    // Through a pipe: the first situation right (a child in danger: 1), the second wrong
    // (a website that is not public: 2, 3, 2), the third right (a public website: 2, 3, 1),
    // then quit at the fourth; an empty line goes on after each pause.
    let input = "1\n\n2\n3\n2\n\n2\n3\n1\n\nq\n";
    let output = run(
        &["--lang", "en", "quiz", SHIPPED, "--plain"].map(str::to_owned),
        &[],
        Some(input),
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert_eq!(
        text.matches("Right: this is the advice").count(),
        2,
        "{text}"
    );
    assert_eq!(text.matches("This is not the advice").count(), 1, "{text}");
    assert!(text.contains("Stopped at the question \"Where do you live?\"."));
    assert!(
        text.contains("You reached the expected advice in 2 of 3 situations answered."),
        "{text}"
    );
    assert!(
        !text.contains("Images or videos I received in a chat app on social media"),
        "no expected answer shown before"
    );
    assert_eq!(
        text.matches("Press Enter for the next situation").count(),
        3,
        "a pause after each situation answered: {text}"
    );
    assert!(
        text.contains("Situations to look at again:\n- situation 2 (video-in-class-app):"),
        "{text}"
    );
}

#[test]
fn an_unknown_scenario_suggests_the_closest_and_a_pipe_needs_plain() {
    Test::new(&[
        "--lang",
        "en",
        "quiz",
        SHIPPED,
        "--scenario",
        "video-in-class",
    ])
    .status(2)
    .stdout("")
    .run();
    let output = run(
        &[
            "--lang",
            "nl",
            "quiz",
            SHIPPED,
            "--scenario",
            "video-in-class",
        ]
        .map(str::to_owned),
        &[],
        None,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("fout: `examples/scenarios.toml` heeft geen scenario `video-in-class`\n  hulp: bedoel je `video-in-class-app`?"), "{stderr}");
    Test::new(&["--lang", "en", "quiz", SHIPPED])
        .status(2)
        .stderr("error: a quiz asks questions: run it in a terminal, or add `--plain` to answer line by line\n")
        .run();
}

#[test]
fn an_empty_scenario_file_is_invalid_not_all_holding() {
    // Nothing checked is not "every scenario holds": a file emptied by mistake must not
    // pass CI.
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "# nothing yet\n").expect("write");
    let empty = empty.display().to_string();
    let output = Test::new(&["--lang", "en", "verify", &empty])
        .status(2)
        .run();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("{empty}: invalid: 1 error\n")
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with("error: the file holds no scenario\n"),
    );
    let output = Test::new(&["--lang", "nl", "quiz", "--plain", &empty])
        .status(2)
        .run();
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with(&format!("fout: `{empty}` bevat geen enkel scenario\n")),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn quiz_says_scenario_file_problems_in_the_readers_language() {
    let output = Test::new(&[
        "--lang",
        "nl",
        "quiz",
        "--plain",
        "tests/fixtures/scenarios/broken.toml",
    ])
    .status(2)
    .run();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("fout: het scenariobestand `tests/fixtures/scenarios/broken.toml`"),
        "{stderr}"
    );
    assert!(!stderr.contains("error"), "{stderr}");
}

const TRAINING: &str = "tests/fixtures/scenarios/training.toml";

#[test]
fn a_right_answer_by_another_route_a_pause_and_the_missed_list_in_a_terminal() {
    let mut s = quiz(&format!("--lang en quiz {TRAINING} --plain"));
    // A child in danger right now: not the expected route, but the caller is told to call
    // 112 first all the same.
    let mut seen = answer(&mut s, "Your choice (1 to 5):", "1");
    seen += &answer(
        &mut s,
        "Press Enter for the next situation (q to stop).",
        "",
    );
    seen += &answer(&mut s, "Your choice (1 to 5):", "2");
    seen += &answer(&mut s, "Your choice (1 to 13):", "3"); // a website, not a chat app
    seen += &answer(&mut s, "Your choice (1 to 3):", "1");
    let (text, code) = transcript(s, &seen);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Right: by another route, the caller is told to do the same first: Emergency number 112."),
        "{text}"
    );
    assert!(
        text.contains("Why: Politie: abuse going on now, victim or place known: 112."),
        "{text}"
    );
    assert!(text.contains("Situation 2 of 2"), "{text}");
    assert!(
        text.contains("This is not the advice for this situation."),
        "{text}"
    );
    assert!(
        text.contains("You reached the expected advice in 1 of 2 situations answered."),
        "{text}"
    );
    assert!(
        text.contains(
            "Situations to look at again: - situation 2 (video-in-class-app): Forward it"
        ),
        "{text}"
    );
    assert_eq!(
        text.matches("Press Enter").count(),
        1,
        "no pause after the last: {text}"
    );
}

#[test]
fn french_says_one_situation_in_the_singular() {
    let output = run(
        &[
            "--lang",
            "fr",
            "quiz",
            TRAINING,
            "--plain",
            "--scenario",
            "video-in-class-app",
        ]
        .map(str::to_owned),
        &[],
        Some("2\n1\n"),
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("Vous êtes arrivé au conseil attendu dans 1 situation sur 1 traitée."),
        "{text}"
    );
}

#[test]
fn a_shuffled_count_is_the_same_for_the_same_seed() {
    let session = |seed: &str| {
        let output = run(
            &[
                "--lang",
                "en",
                "quiz",
                SHIPPED,
                "--plain",
                "--count",
                "2",
                "--shuffle",
                "--seed",
                seed,
            ]
            .map(str::to_owned),
            &[],
            Some("q\n"),
        );
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(text.contains("Situation 1 of 2"), "{text}");
        assert!(
            text.contains("You reached the expected advice in 0 of 0 situations answered."),
            "{text}"
        );
        text
    };
    let first = session("11");
    assert_eq!(first, session("11"));
    let others: Vec<String> = ["12", "13", "14"].iter().map(|s| session(s)).collect();
    assert!(
        others.iter().any(|o| *o != first),
        "another seed, another order"
    );
}

#[test]
fn the_menu_pauses_after_each_situation_too() {
    let (down, enter) = ("\x1b[B", "\r");
    let mut s = quiz(&format!("--lang en quiz {TRAINING}"));
    keys(&mut s, r"police\.\]", &[enter]); // A child is in danger right now
    s.exp_string("Press Enter for the next situation")
        .expect("a pause");
    s.send_line("").expect("Enter");
    s.exp_string("Situation 2 of 2")
        .expect("the next situation");
    keys(&mut s, r"police\.\]", &[down, enter]); // the Netherlands
    s.exp_string("What is it about").expect("second question");
    keys(&mut s, r"police\.\]", &[enter]); // a chat app: right
    let (text, code) = transcript(s, "");
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("in 2 of 2 situations answered."), "{text}");
}

#[test]
fn a_situation_that_does_not_name_its_country_is_a_warning() {
    insta::assert_snapshot!(verify_against(
        "flows/default.toml",
        "tests/fixtures/scenarios/unnamed-country.toml"
    ));
}

#[test]
fn verify_speaks_the_reader_s_language_with_titles_and_the_flow_line_that_turned() {
    let output = run(
        &[
            "--lang",
            "nl",
            "verify",
            "--flow",
            "tests/fixtures/diff/rerouted.toml",
            "--locales",
            "locales",
            "tests/fixtures/scenarios/regression.toml",
        ]
        .map(str::to_owned),
        &[],
        None,
    );
    let text = format!(
        "status: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    insta::assert_snapshot!(text);
}

#[test]
fn every_verify_finding_is_said_in_dutch_and_french_without_english_left_over() {
    // Each file makes verify find other things: misspelt ids (did you mean), a broken
    // file, a situation that does not name its country.
    let english = [
        "error:",
        "warning:",
        "help:",
        "unknown",
        "did you mean",
        "no such",
        "does not say",
        "has no answer",
        "holds no",
        "used twice",
        "not a language",
        "expected",
        "add `",
    ];
    for lang in ["nl", "fr"] {
        for file in [
            "tests/fixtures/scenarios/misspelt.toml",
            "tests/fixtures/scenarios/broken.toml",
            "tests/fixtures/scenarios/unnamed-country.toml",
        ] {
            let output = run(
                &["--lang", lang, "verify", file].map(str::to_owned),
                &[],
                None,
            );
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                !stderr.trim().is_empty(),
                "{lang} {file}: verify finds something"
            );
            // Quoted file text (a line number, then `|`) may be English: skip it.
            let quoted = |line: &str| {
                let line = line.trim_start();
                line.starts_with(|c: char| c.is_ascii_digit()) && line.contains(" | ")
            };
            for line in stderr.lines().filter(|l| !quoted(l)) {
                for word in english {
                    assert!(
                        !line.contains(word),
                        "{lang} {file}: English `{word}` in {line:?}"
                    );
                }
            }
        }
    }
}
