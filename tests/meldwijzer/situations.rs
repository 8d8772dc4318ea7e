//! Situations people bring, each phrased as "these answers lead to this advice, with these
//! numbers": one test per situation, so that a change in the flow names what it broke.

use super::support::stdout_of;

/// The outcome id and the contacts (`id`, `phone` or `url`) that `answers` lead to.
fn advice(answers: &[&str]) -> (String, Vec<(String, String)>) {
    let mut args = vec!["start", "--format", "json", "--lang", "en"];
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
fn a_worried_neighbour_or_teacher_in_belgium_talks_to_1712_and_calls_101_in_danger() {
    let (outcome, contacts) = advice(&["country=be", "be-what=worried"]);
    assert_eq!(outcome, "be-worried");
    assert_eq!(
        contacts,
        [
            ("vk-1712".to_owned(), "1712".to_owned()),
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
