//! Situations people bring, each phrased as "these answers lead to this advice, with these
//! numbers": one test per situation, so that a change in the flow names what it broke.

use super::support::stdout_of;

/// The outcome id and the contacts (`id`, `phone` or `url`) that `answers` lead to, in
/// English (the flow's own order).
fn advice(answers: &[&str]) -> (String, Vec<(String, String)>) {
    advice_in("en", answers)
}

/// As [`advice`], for a reader of `lang`.
fn advice_in(lang: &str, answers: &[&str]) -> (String, Vec<(String, String)>) {
    let mut args = vec!["start", "--format", "json", "--lang", lang];
    for answer in answers {
        args.extend(["--answer", answer]);
    }
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&args)).expect("valid JSON advice");
    let contacts = json["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .map(|c| {
            let detail = c["phone"].as_str().or(c["url"].as_str()).unwrap_or("");
            (c["id"].as_str().unwrap_or("").to_owned(), detail.to_owned())
        })
        .collect();
    (json["outcome"].as_str().unwrap_or("").to_owned(), contacts)
}

fn contact_ids(contacts: &[(String, String)]) -> Vec<&str> {
    contacts.iter().map(|(id, _)| id.as_str()).collect()
}

#[test]
fn a_child_in_danger_calls_112_and_in_belgium_101_before_anything_else() {
    let (outcome, contacts) = advice(&["country=danger-now"]);
    assert_eq!(outcome, "emergency");
    assert_eq!(
        contacts,
        [
            ("emergency-112".to_owned(), "112".to_owned()),
            ("police-be-101".to_owned(), "101".to_owned())
        ]
    );
}

#[test]
fn images_received_in_a_chat_app_are_forwarded_to_the_meldpunt_whatsapp_number() {
    let (outcome, contacts) = advice(&["country=nl", "nl-what=chat-app"]);
    assert_eq!(outcome, "nl-chat-app");
    assert_eq!(
        contacts,
        [(
            "meldpunt-chat-app".to_owned(),
            "+31 (0)6 428 346 35".to_owned()
        )]
    );
}

#[test]
fn an_adult_approaching_a_child_leads_to_off_limits_with_its_website() {
    let (outcome, contacts) = advice(&["country=nl", "nl-what=approach", "nl-now=no"]);
    assert_eq!(outcome, "nl-approach");
    assert_eq!(
        contacts[0],
        (
            "off-limits".to_owned(),
            "https://www.offlimits.nl".to_owned()
        )
    );
    assert!(contact_ids(&contacts).contains(&"helpwanted"));
}

#[test]
fn grooming_that_keeps_going_on_but_is_not_live_stays_with_off_limits() {
    // "Happening now" means abuse seen live; contact that goes on is answered "no".
    let (outcome, _) = advice(&["country=nl", "nl-what=approach", "nl-now=no"]);
    assert_eq!(outcome, "nl-approach");
    let (live, contacts) = advice(&[
        "country=nl",
        "nl-what=approach",
        "nl-now=yes",
        "nl-known=yes",
    ]);
    assert_eq!(live, "nl-live-known");
    assert_eq!(contact_ids(&contacts), ["emergency-112"]);
}

#[test]
fn sextortion_in_the_netherlands_leads_to_helpwanted_and_the_police() {
    let (outcome, contacts) = advice(&["country=nl", "nl-what=sextortion"]);
    assert_eq!(outcome, "nl-sextortion");
    assert_eq!(
        contacts,
        [
            ("helpwanted".to_owned(), "020-261 52 75".to_owned()),
            ("police-nl-0900".to_owned(), "0900-8844".to_owned())
        ]
    );
}

#[test]
fn worry_about_ones_own_feelings_gets_a_number_in_each_country() {
    let (nl, contacts) = advice(&["country=nl", "nl-what=own-feelings"]);
    assert_eq!(nl, "nl-own-feelings");
    assert_eq!(
        contacts[0],
        ("stop-it-now-nl".to_owned(), "0800 266 64 36".to_owned())
    );
    let (be, contacts) = advice(&["country=be", "be-what=own-feelings"]);
    assert_eq!(be, "be-own-feelings");
    assert_eq!(
        contacts,
        [
            ("stop-it-now-flanders".to_owned(), "0800 200 50".to_owned()),
            ("stop-it-now-brussels".to_owned(), "0800 14 112".to_owned())
        ]
    );
}

#[test]
fn a_worried_neighbour_or_teacher_in_belgium_gets_a_helpline_and_101_in_danger() {
    let (outcome, contacts) = advice(&["country=be", "be-what=worried"]);
    assert_eq!(outcome, "be-worried");
    assert_eq!(
        contacts,
        [
            ("vk-1712".to_owned(), "1712".to_owned()),
            ("child-focus-116000".to_owned(), "116 000".to_owned()),
            ("police-be-101".to_owned(), "101".to_owned())
        ]
    );
}

#[test]
fn a_parent_in_belgium_finds_themselves_in_the_exploitation_answer() {
    let text = stdout_of(&[
        "start",
        "--lang",
        "en",
        "-a",
        "country=be",
        "-a",
        "be-what=exploitation",
    ]);
    assert!(text.contains("me, my child, or a child I know"), "{text}");
    let (outcome, contacts) = advice(&["country=be", "be-what=exploitation"]);
    assert_eq!(outcome, "be-exploitation");
    assert_eq!(
        contacts[0],
        ("child-focus-116000".to_owned(), "116 000".to_owned())
    );
}

#[test]
fn an_adult_abused_in_the_past_in_belgium_gets_a_number() {
    let (outcome, contacts) = advice(&["country=be", "be-what=adult-victim"]);
    assert_eq!(outcome, "be-other-help");
    assert_eq!(contacts[0], ("vk-1712".to_owned(), "1712".to_owned()));
}

#[test]
fn not_knowing_the_country_is_not_answered_as_if_living_abroad() {
    let (outcome, contacts) = advice(&["country=unsure"]);
    assert_eq!(outcome, "country-unsure");
    assert_eq!(
        contact_ids(&contacts),
        ["meldpunt-kinderporno", "child-focus-form", "inhope"]
    );
    let (abroad, _) = advice(&["country=elsewhere"]);
    assert_eq!(abroad, "elsewhere");
}

/// The Belgian routes, as `--answer` values.
fn belgian_routes() -> Vec<Vec<String>> {
    let guide = meldwijzer::Guide::load(
        &meldwijzer::FlowInput::Embedded,
        &meldwijzer::LocalesInput::Embedded,
    )
    .expect("valid")
    .0;
    meldwijzer::routes::list(&guide.flow, 1000)
        .iter()
        .map(|route| {
            route
                .steps
                .iter()
                .map(|step| {
                    let question = &guide.flow.questions[step.question];
                    format!("{}={}", question.id.id, question.answers[step.answer].id.id)
                })
                .collect::<Vec<_>>()
        })
        .filter(|answers| answers[0] == "country=be")
        .collect()
}

/// The help a route offers besides the emergency numbers: helplines, and pages that
/// point to them, in the order a reader sees them.
fn helplines(contacts: &[(String, String)]) -> Vec<&str> {
    contacts
        .iter()
        .filter(|(id, _)| id != "emergency-112" && id != "police-be-101")
        .map(|(id, _)| id.as_str())
        .collect()
}

/// On every Belgian route, a reader of `lang` never gets `other` (the other community's
/// helpline) as the first or the only help.
fn assert_never_first_or_only(lang: &str, other: &str) {
    let routes = belgian_routes();
    assert!(routes.len() >= 7);
    for answers in routes {
        let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
        let (outcome, contacts) = advice_in(lang, &answers);
        let lines = helplines(&contacts);
        if lines.contains(&other) {
            assert_ne!(
                lines[0], other,
                "{outcome}: a {lang} reader sees {other} first"
            );
            assert!(
                lines.len() > 1,
                "{outcome}: {other} is the only help in {lang}"
            );
        }
    }
}

#[test]
fn no_french_route_in_belgium_offers_1712_as_its_only_helpline() {
    assert_never_first_or_only("fr", "vk-1712");
}

#[test]
fn no_dutch_route_in_belgium_offers_103_as_its_only_helpline() {
    assert_never_first_or_only("nl", "ecoute-enfants-103");
}

#[test]
fn each_community_sees_its_own_services_first_and_the_others_labelled() {
    let (_, french) = advice_in("fr", &["country=be", "be-what=own-feelings"]);
    assert_eq!(french[0].0, "stop-it-now-brussels");
    let (_, dutch) = advice_in("nl", &["country=be", "be-what=own-feelings"]);
    assert_eq!(dutch[0].0, "stop-it-now-flanders");
    let text = super::support::stdout_of(&[
        "start",
        "--lang",
        "fr",
        "-a",
        "country=be",
        "-a",
        "be-what=own-feelings",
    ]);
    assert!(text.contains("Langue : français"), "{text}");
    assert!(text.contains("Langue : néerlandais"), "{text}");
}

#[test]
fn a_french_locale_chooses_french() {
    let output = super::support::Test::new(&["start", "-a", "country=danger-now"])
        .env("LANG", "fr_BE.UTF-8")
        .run();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.starts_with("Un enfant est-il en danger maintenant ?"),
        "{text}"
    );
}
