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

/// `output` with the value of `"flow_fingerprint"` replaced by a placeholder.
fn mask_fingerprint(output: &str) -> String {
    if !output.contains("\"flow_fingerprint\"") {
        return output.to_owned();
    }
    output
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("\"flow_fingerprint\": ") {
                "  \"flow_fingerprint\": \"[sha256]\",".to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn every_route_in_every_language_as_text_and_json() {
    let guide = guide();
    for route in all_routes(&guide) {
        let (answers, name) = route_args(&guide, &route);
        for lang in ["nl", "en", "fr"] {
            for format in ["text", "json"] {
                let mut args = vec!["start".to_owned(), "--lang".to_owned(), lang.to_owned()];
                args.extend(answers.iter().cloned());
                args.extend(["--format".to_owned(), format.to_owned()]);
                // The fingerprint changes with every edit of a text: it has a test of its
                // own, and would only make every golden file change with it.
                let output = mask_fingerprint(&stdout_of(&args));
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
    // Six snapshots (three languages, two formats) per route: no stale or missing ones.
    let guide = guide();
    let expected = all_routes(&guide).len() * 6;
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

/// How each language tells each reader never to search for, keep or share the material,
/// in the words that fit them: (audience, [(language, phrases)]).
/// Phrases a reader must see, per language.
type Phrases = [(&'static str, &'static [&'static str]); 3];

const NEVER_SHARE: [(&str, Phrases); 6] = [
    (
        "bystander",
        [
            (
                "nl",
                &["Zoek nooit", "Bewaar het niet", "deel het met niemand"],
            ),
            (
                "en",
                &[
                    "Never search",
                    "Do not keep it",
                    "do not share it with anyone",
                ],
            ),
            (
                "fr",
                &[
                    "Ne cherchez jamais",
                    "Ne le gardez pas",
                    "ne le partagez avec personne",
                ],
            ),
        ],
    ),
    (
        "anyone",
        [
            ("nl", &["Zoek nooit", "geef ze nooit door"]),
            ("en", &["Never search", "never pass them on"]),
            ("fr", &["Ne cherchez jamais", "ne les transmettez jamais"]),
        ],
    ),
    (
        "victim",
        [
            (
                "nl",
                &["Stuur de beelden naar niemand", "geen nieuwe kopieën"],
            ),
            (
                "en",
                &["Do not send the images to anyone", "make no new copies"],
            ),
            (
                "fr",
                &["N'envoyez les images à personne", "pas de nouvelles copies"],
            ),
        ],
    ),
    (
        "parent",
        [
            (
                "nl",
                &["Stuur de beelden naar niemand", "maak geen kopieën"],
            ),
            (
                "en",
                &["Do not send the images to anyone", "make no copies"],
            ),
            (
                "fr",
                &[
                    "N'envoyez les images à personne",
                    "n'en faites pas de copies",
                ],
            ),
        ],
    ),
    (
        "survivor",
        [
            ("nl", &["Zoek ze niet op", "stuur ze naar niemand"]),
            (
                "en",
                &["Do not look for them", "do not send them to anyone"],
            ),
            ("fr", &["Ne les cherchez pas", "ne les envoyez à personne"]),
        ],
    ),
    (
        "own-feelings",
        [
            ("nl", &["Zoek nooit", "bewaar of deel er geen"]),
            ("en", &["Never look for", "do not keep or share any"]),
            (
                "fr",
                &["Ne cherchez jamais", "n'en gardez ni n'en partagez aucune"],
            ),
        ],
    ),
];

/// How each language tells a bystander that sharing is a crime: words a victim must never
/// read about their own images.
const A_CRIME_IN_ITSELF: [(&str, &str); 3] = [
    ("nl", "Dat is zelf strafbaar"),
    ("en", "That is a crime in itself"),
    ("fr", "C'est en soi un délit"),
];

/// How each language says "forward it only to the reporting number above".
const FORWARD_ONLY_THERE: [(&str, &str); 3] = [
    (
        "nl",
        "alleen door naar het WhatsApp-meldnummer van Meldpunt Kinderporno, en naar niemand anders",
    ),
    (
        "en",
        "only to the WhatsApp reporting number of Meldpunt Kinderporno, and to no one else",
    ),
    (
        "fr",
        "uniquement au numéro de signalement WhatsApp du Meldpunt Kinderporno, et à personne d'autre",
    ),
];

/// Phrases that would forbid sending the material anywhere, the reporting number included.
const FORBIDS_FORWARDING: [(&str, &[&str]); 3] = [
    (
        "nl",
        &[
            "deel het met niemand",
            "ook niet met de politie",
            "stuur de beelden ook niet",
            "nooit door",
        ],
    ),
    (
        "en",
        &[
            "do not share it with anyone",
            "not even",
            "never forward",
            "do not send the images",
        ],
    ),
    (
        "fr",
        &[
            "ne le partagez avec personne",
            "pas même",
            "ne transférez jamais",
            "n'envoyez pas les images",
        ],
    ),
];

/// The outcome screen of `route`, with wrapped lines joined again.
fn outcome_text(guide: &Guide, route: &Route, lang: &str) -> String {
    let (answers, _) = route_args(guide, route);
    let mut args = vec!["start".to_owned(), "--lang".to_owned(), lang.to_owned()];
    args.extend(answers);
    stdout_of(&args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_route_starts_with_the_emergency_line_and_warns_never_to_search_keep_or_share() {
    let guide = guide();
    for route in all_routes(&guide) {
        let (_, name) = route_args(&guide, &route);
        let outcome = &guide.flow.outcomes[route.outcome];
        let forwards = outcome.forward_to.is_some();
        let audience = outcome
            .audience
            .as_ref()
            .expect("every outcome names its reader");
        let (_, phrases) = NEVER_SHARE
            .iter()
            .find(|(a, _)| *a == audience.id)
            .unwrap_or_else(|| panic!("no phrases for the audience `{}`", audience.id));
        for (lang, phrases) in phrases {
            let output = outcome_text(&guide, &route, lang);
            let emergency = match *lang {
                "nl" => "Is een kind nu in gevaar? Bel 112. In België: 101 voor de politie.",
                "fr" => {
                    "Un enfant est-il en danger maintenant ? Appelez le 112. En Belgique : le 101 pour la police."
                }
                _ => "Is a child in danger right now? Call 112. In Belgium: 101 for the police.",
            };
            assert!(output.starts_with(emergency), "{lang}: {output}");
            if forwards {
                let (_, only_there) = FORWARD_ONLY_THERE
                    .iter()
                    .find(|(l, _)| l == lang)
                    .expect("a phrase per language");
                assert!(output.contains(only_there), "{name} ({lang})");
            } else {
                for phrase in *phrases {
                    assert!(output.contains(phrase), "{name} ({lang}) lacks `{phrase}`");
                }
            }
        }
    }
}

#[test]
fn no_victim_parent_or_survivor_is_told_that_sharing_their_images_is_a_crime() {
    let guide = guide();
    let mut checked = 0;
    for route in all_routes(&guide) {
        let outcome = &guide.flow.outcomes[route.outcome];
        let audience = outcome.audience.as_ref().map(|a| a.id.as_str());
        if !matches!(audience, Some("victim" | "parent" | "survivor")) {
            continue;
        }
        checked += 1;
        for (lang, crime) in A_CRIME_IN_ITSELF {
            let output = outcome_text(&guide, &route, lang);
            assert!(
                !output.contains(crime),
                "{} ({lang}) says `{crime}`",
                outcome.id.id
            );
        }
    }
    assert!(
        checked >= 8,
        "the victim, parent and survivor routes are checked"
    );
}

#[test]
fn no_route_forbids_sending_the_material_to_its_own_reporting_number() {
    let guide = guide();
    let mut forwarding_routes = 0;
    for route in all_routes(&guide) {
        let outcome = &guide.flow.outcomes[route.outcome];
        let Some(forward_to) = &outcome.forward_to else {
            continue;
        };
        forwarding_routes += 1;
        let contact = guide.flow.contact(&forward_to.id).expect("a contact");
        let number = &contact.phone.as_ref().expect("a number").id;
        for (lang, phrases) in FORBIDS_FORWARDING {
            let output = outcome_text(&guide, &route, lang);
            assert!(output.contains(number.as_str()), "the number is shown");
            assert!(output.contains("+31642834635"), "and its dialable form");
            for phrase in phrases {
                assert!(
                    !output.to_lowercase().contains(&phrase.to_lowercase()),
                    "{} ({lang}) says `{phrase}`, which contradicts forwarding to {number}",
                    outcome.id.id
                );
            }
        }
    }
    assert_eq!(forwarding_routes, 1, "the chat-app route forwards");
}

#[test]
fn every_route_offers_a_number_or_an_address() {
    let guide = guide();
    for route in all_routes(&guide) {
        let outcome = &guide.flow.outcomes[route.outcome];
        let actionable = outcome
            .contacts
            .iter()
            .filter_map(|c| guide.flow.contact(&c.id))
            .any(|c| c.phone.is_some() || c.url.is_some());
        assert!(actionable, "{} offers nothing to act on", outcome.id.id);
    }
}
