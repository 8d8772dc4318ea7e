//! `meldwijzer sources`, and `check`'s warning about sources past their age: on a fixed day
//! (`MELDWIJZER_TODAY`), so that the output does not change with the calendar.

use super::support::{Test, stdout_of};

/// 2027-05-25: the sources read on 2026-11-24 are 182 days old (past 180), those read on
/// 2026-11-26 exactly 180 (not past it).
const DAY: &str = "2027-05-25";

fn output(args: &[&str], today: &str) -> String {
    let output = Test::new(args).env("MELDWIJZER_TODAY", today).run();
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn the_record_in_every_language_says_which_sources_are_due() {
    for lang in ["nl", "en", "fr"] {
        let args = ["sources", "--lang", lang];
        let text = output(&args, DAY);
        insta::with_settings!({ description => format!("MELDWIJZER_TODAY={DAY} meldwijzer {}", args.join(" ")), omit_expression => true }, {
            insta::assert_snapshot!(format!("sources-{lang}"), text);
        });
    }
}

#[test]
fn the_record_as_json_gives_ids_ages_and_what_is_due() {
    let args = ["sources", "--lang", "en", "--format", "json"];
    let text = output(&args, DAY);
    insta::with_settings!({ description => format!("MELDWIJZER_TODAY={DAY} meldwijzer {}", args.join(" ")), omit_expression => true }, {
        insta::assert_snapshot!("sources-json", text);
    });
    let record: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let sources = record["sources"].as_array().expect("sources");
    let due: Vec<&serde_json::Value> = sources.iter().filter(|s| s["due"] == true).collect();
    assert_eq!(record["due"], due.len());
    assert!(!due.is_empty() && due.len() < sources.len(), "{record}");
    for source in sources {
        let age = source["age_days"].as_i64().expect("an age");
        assert_eq!(source["due"], age > 180, "{source}");
    }
}

#[test]
fn the_age_limit_is_a_choice() {
    let json = |max_age: &str| -> serde_json::Value {
        serde_json::from_str(&output(
            &["sources", "--format", "json", "--max-age", max_age],
            DAY,
        ))
        .expect("JSON")
    };
    assert_eq!(json("1000")["due"], 0);
    let all = json("0");
    assert_eq!(
        all["due"],
        all["sources"].as_array().expect("sources").len()
    );
    // On the tests' own day, a few days after the sources were read, nothing is due yet.
    let text = stdout_of(&["sources", "--lang", "en"]);
    assert!(
        text.ends_with("No source is due for a new check.\n"),
        "{text}"
    );
}

#[test]
fn check_warns_about_sources_past_their_age_but_does_not_fail() {
    let output = Test::new(&["check"]).env("MELDWIJZER_TODAY", DAY).run();
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    insta::with_settings!({ description => format!("MELDWIJZER_TODAY={DAY} meldwijzer check (stderr)"), omit_expression => true }, {
        insta::assert_snapshot!("check-sources-due", stderr);
    });
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(stdout.contains("warnings"), "{stdout}");
}

#[test]
fn a_day_that_is_not_a_date_is_refused() {
    Test::new(&["sources", "--lang", "en"])
        .env("MELDWIJZER_TODAY", "2027-02-30")
        .status(2)
        .stderr("error: MELDWIJZER_TODAY (a date for tests) must be written YYYY-MM-DD, not `2027-02-30`\n")
        .run();
}
