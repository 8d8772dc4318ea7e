//! Golden output of every route of the default flow, in both languages, as text and JSON.
//! The routes come from the flow itself, so a new route cannot go untested.

use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::routes::{self, Route};

use super::support::stdout_of;

fn guide() -> Guide {
    Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("the default flow is valid")
        .0
}

/// `--answer` arguments for a route, and a name for its snapshots.
fn route_args(guide: &Guide, route: &Route) -> (Vec<String>, String) {
    let mut args = Vec::new();
    let mut name = Vec::new();
    for step in &route.steps {
        let question = &guide.flow.questions[step.question];
        let answer = &question.answers[step.answer];
        args.push("--answer".to_owned());
        args.push(format!("{}={}", question.id.id, answer.id.id));
        name.push(format!("{}={}", question.id.id, answer.id.id));
    }
    (args, name.join("+"))
}

fn all_routes(guide: &Guide) -> Vec<Route> {
    let total = routes::count(&guide.flow);
    let limit = usize::try_from(total).expect("a small flow");
    let listed = routes::list(&guide.flow, limit + 1);
    assert_eq!(listed.len(), limit, "listing and counting agree");
    listed
}

#[test]
fn every_route_in_both_languages_as_text_and_json() {
    let guide = guide();
    for route in all_routes(&guide) {
        let (answers, name) = route_args(&guide, &route);
        for lang in ["nl", "en"] {
            for format in ["text", "json"] {
                let mut args = vec!["start".to_owned(), "--lang".to_owned(), lang.to_owned()];
                args.extend(answers.iter().cloned());
                args.extend(["--format".to_owned(), format.to_owned()]);
                let output = stdout_of(&args);
                insta::with_settings!({
                    description => format!("meldwijzer {}", args.join(" ")),
                    omit_expression => true,
                }, {
                    insta::assert_snapshot!(format!("{lang}-{format}-{name}"), output);
                });
            }
        }
    }
}

#[test]
fn snapshots_on_disk_match_the_routes_of_the_flow() {
    // Four snapshots (two languages, two formats) per route: no stale or missing ones.
    let guide = guide();
    let expected = all_routes(&guide).len() * 4;
    let dir = super::support::root().join("tests/meldwijzer/snapshots");
    let on_disk = std::fs::read_dir(dir)
        .expect("snapshot folder")
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("meldwijzer__routes__")
                && std::path::Path::new(&name)
                    .extension()
                    .is_some_and(|e| e == "snap")
        })
        .count();
    assert_eq!(
        on_disk, expected,
        "route snapshots on disk vs routes in the flow"
    );
}

#[test]
fn every_outcome_is_reached_by_some_route() {
    let guide = guide();
    let reached: std::collections::HashSet<usize> =
        all_routes(&guide).iter().map(|r| r.outcome).collect();
    assert_eq!(reached.len(), guide.flow.outcomes.len());
}

#[test]
fn every_route_warns_never_to_search_keep_or_share() {
    let guide = guide();
    for route in all_routes(&guide) {
        let (answers, name) = route_args(&guide, &route);
        for (lang, phrase) in [
            ("nl", "Zoek nooit naar het materiaal"),
            ("en", "Never search for the material"),
        ] {
            let mut args = vec!["start".to_owned(), "--lang".to_owned(), lang.to_owned()];
            args.extend(answers.iter().cloned());
            let output = stdout_of(&args);
            assert!(
                output.contains(phrase),
                "{name} ({lang}) lacks the safety warning"
            );
            assert!(output.starts_with(if lang == "nl" {
                "Is een kind nu in gevaar? Bel 112."
            } else {
                "Is a child in danger right now? Call 112."
            }));
        }
    }
}
