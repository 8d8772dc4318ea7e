//! `meldwijzer check`, and the validation that runs on every start.

use super::support::{Test, fixture};

const DEFAULT_SUMMARY: &str =
    "flows/default.toml: valid: 9 questions, 32 outcomes, 44 routes, 3 locales (nl, en, fr)\n";

#[test]
fn the_embedded_default_flow_is_valid() {
    Test::new(&["check"])
        .stdout(DEFAULT_SUMMARY)
        .stderr("")
        .run();
}

#[test]
fn the_default_flow_on_disk_is_valid() {
    Test::new(&[
        "check",
        "--flow",
        "flows/default.toml",
        "--locales",
        "locales",
    ])
    .stdout(DEFAULT_SUMMARY)
    .stderr("")
    .run();
}

#[test]
fn the_embedded_flow_is_the_file_on_disk() {
    let on_disk =
        std::fs::read_to_string(super::support::root().join("flows/default.toml")).expect("flow");
    assert_eq!(on_disk, meldwijzer::embedded::FLOW);
}

#[test]
fn starting_with_an_invalid_flow_reports_it_and_exits_1() {
    let flow = fixture("broken/unknown-next/flow.toml");
    let expected = std::fs::read_to_string(
        super::support::root().join(fixture("broken/unknown-next/expected.stderr")),
    )
    .expect("expected");
    Test::new(&[
        "start",
        "--flow",
        &flow,
        "--locales",
        &fixture("locales"),
        "-a",
        "q1=yes",
    ])
    .status(1)
    .stdout("")
    .stderr(&expected)
    .run();
}

#[test]
fn warnings_do_not_stop_the_guide() {
    Test::new(&[
        "start",
        "--flow",
        &fixture("broken/utf8-bom/flow.toml"),
        "--locales",
        &fixture("locales"),
        "-a",
        "q1=yes",
        "--lang",
        "en",
        "-f",
        "json",
    ])
    .stderr("")
    .run();
}
