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
fn sextortion_in_the_netherlands_leads_to_helpwanted_the_police_and_take_down_by_age() {
    for (whose, expected) in [
        ("me", "nl-sextortion"),
        ("my-child", "nl-sextortion-parent"),
        ("someone-else", "nl-sextortion-parent"),
    ] {
        let answer = format!("nl-sextortion-whose={whose}");
        let (outcome, contacts) = advice(&["country=nl", "nl-what=sextortion", &answer]);
        assert_eq!(outcome, expected);
        assert_eq!(
            contacts[..2],
            [
                ("helpwanted".to_owned(), "020-261 52 75".to_owned()),
                ("police-nl-0900".to_owned(), "0900-8844".to_owned())
            ]
        );
        assert_eq!(
            contact_ids(&contacts)[2..],
            ["take-it-down", "stopncii"],
            "a take-down route for under 18 and for 18 and over"
        );
    }
}

#[test]
fn sextortion_in_belgium_leads_to_child_focus_101_and_take_down_by_age() {
    for (whose, expected) in [
        ("me", "be-sextortion"),
        ("my-child", "be-sextortion-parent"),
    ] {
        let answer = format!("be-sextortion-whose={whose}");
        let (outcome, contacts) = advice(&["country=be", "be-what=sextortion", &answer]);
        assert_eq!(outcome, expected);
        assert_eq!(
            contact_ids(&contacts),
            [
                "child-focus-116000",
                "police-be-101",
                "take-it-down",
                "stopncii",
                "payboy"
            ]
        );
    }
}

/// Every sextortion route, as answers.
const SEXTORTION_ROUTES: [[&str; 3]; 4] = [
    ["country=nl", "nl-what=sextortion", "nl-sextortion-whose=me"],
    [
        "country=nl",
        "nl-what=sextortion",
        "nl-sextortion-whose=my-child",
    ],
    ["country=be", "be-what=sextortion", "be-sextortion-whose=me"],
    [
        "country=be",
        "be-what=sextortion",
        "be-sextortion-whose=my-child",
    ],
];

/// The text of the advice `answers` lead to in `lang`, with wrapped lines joined again.
fn text_in(lang: &str, answers: &[&str]) -> String {
    let mut args = vec!["start", "--lang", lang];
    for answer in answers {
        args.extend(["-a", answer]);
    }
    stdout_of(&args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_sextortion_route_says_not_to_pay_not_to_send_more_and_to_keep_the_evidence() {
    let phrases: [(&str, &[&str]); 3] = [
        (
            "nl",
            &[
                "Betaal niet",
                "stuur geen beelden meer",
                "Betaal dan niets meer",
                "blokkeer",
                "Wis de berichten niet, en ook niet het account waarop ze binnenkwamen",
                "nog geen 18 was",
                "18 of ouder",
            ],
        ),
        (
            "en",
            &[
                "Do not pay",
                "do not send more images",
                "pay nothing more",
                "block",
                "do not delete the messages or the account they were sent to",
                "under 18",
                "18 or older",
            ],
        ),
        (
            "fr",
            &[
                "Ne payez pas",
                "n'envoyez pas d'autres images",
                "Ne payez plus rien",
                "bloquez",
                "ne supprimez ni le compte qui a reçu les messages ni les messages",
                "moins de 18 ans",
                "18 ans ou plus",
            ],
        ),
    ];
    for route in SEXTORTION_ROUTES {
        for (lang, phrases) in phrases {
            let text = text_in(lang, &route);
            for phrase in phrases {
                assert!(text.contains(phrase), "{route:?} ({lang}) lacks `{phrase}`");
            }
        }
    }
}

#[test]
fn a_victim_or_parent_hears_it_is_not_their_fault() {
    let phrases = [
        ("nl", "niet jouw schuld", "niet de schuld van je kind"),
        (
            "en",
            "is not your fault",
            "It is not the fault of your child",
        ),
        ("fr", "pas votre faute", "pas la faute de votre enfant"),
    ];
    for (lang, victim, parent) in phrases {
        for route in [
            &SEXTORTION_ROUTES[0][..],
            &SEXTORTION_ROUTES[2][..],
            &["country=nl", "nl-what=child-victim"][..],
            &["country=be", "be-what=child-victim"][..],
        ] {
            assert!(text_in(lang, route).contains(victim), "{route:?} ({lang})");
        }
        for route in [
            &SEXTORTION_ROUTES[1][..],
            &SEXTORTION_ROUTES[3][..],
            &["country=be", "be-what=exploitation"][..],
        ] {
            assert!(text_in(lang, route).contains(parent), "{route:?} ({lang})");
        }
    }
}

#[test]
fn a_dutch_child_gets_de_kindertelefoon_and_helpwanted() {
    let (outcome, contacts) = advice(&["country=nl", "nl-what=child-victim"]);
    assert_eq!(outcome, "nl-child-victim");
    assert_eq!(
        contacts[..2],
        [
            ("kindertelefoon".to_owned(), "0800-0432".to_owned()),
            ("helpwanted".to_owned(), "020-261 52 75".to_owned())
        ]
    );
}

#[test]
fn what_was_seen_on_social_media_is_reported_by_message_never_forwarded() {
    let (outcome, contacts) = advice(&["country=nl", "nl-what=social-media"]);
    assert_eq!(outcome, "nl-social-media");
    assert_eq!(
        contacts,
        [
            (
                "meldpunt-whatsapp-message".to_owned(),
                "+31 (0)6 428 346 35".to_owned()
            ),
            (
                "meldpunt-kinderporno".to_owned(),
                "https://www.meldpunt-kinderporno.nl".to_owned()
            )
        ]
    );
    for (lang, never_images, no_forwarding) in [
        (
            "nl",
            "Stuur nooit de beelden",
            "Stuur het bericht in de app door",
        ),
        ("en", "Never send the images", "Forward the message"),
        ("fr", "N'envoyez jamais les images", "Transférez le message"),
    ] {
        let text = text_in(lang, &["country=nl", "nl-what=social-media"]);
        assert!(text.contains(never_images), "{lang}: {text}");
        assert!(!text.contains(no_forwarding), "{lang}: {text}");
    }
}

#[test]
fn each_neighbouring_country_names_its_reporting_point() {
    for (country, outcome_id, first) in [
        (
            "de",
            "elsewhere-de",
            "https://www.internet-beschwerdestelle.de",
        ),
        ("lu", "elsewhere-lu", "https://stopline.bee-secure.lu"),
        ("fr", "elsewhere-fr", "https://www.pointdecontact.net"),
        ("uk", "elsewhere-uk", "https://www.iwf.org.uk"),
        ("other", "elsewhere", "https://www.inhope.org"),
    ] {
        let answer = format!("elsewhere-country={country}");
        let (outcome, contacts) = advice(&["country=elsewhere", &answer]);
        assert_eq!(outcome, outcome_id);
        assert_eq!(contacts[0].1, first, "{country}");
    }
    let (_, france) = advice(&["country=elsewhere", "elsewhere-country=fr"]);
    assert!(
        contact_ids(&france).contains(&"pharos"),
        "and the French police"
    );
    for (lang, not_to_inhope) in [
        ("nl", "Stuur geen meldingen of bestanden naar INHOPE zelf"),
        ("en", "Do not send reports or files to INHOPE itself"),
        (
            "fr",
            "N'envoyez ni signalement ni fichier à INHOPE lui-même",
        ),
    ] {
        let text = text_in(lang, &["country=elsewhere", "elsewhere-country=other"]);
        assert!(text.contains(not_to_inhope), "{lang}");
    }
}

#[test]
fn the_country_question_says_to_choose_where_you_live() {
    for (lang, phrase) in [
        (
            "nl",
            "Kies waar je woont, ook als wat je zag op een buitenlandse website staat",
        ),
        (
            "en",
            "Choose where you live, even if what you saw is on a website abroad",
        ),
        (
            "fr",
            "Choisissez le pays où vous habitez, même si ce que vous avez vu se trouve sur un site étranger",
        ),
    ] {
        let script = stdout_of(&["script", "--lang", lang, "--format", "text"]);
        let script = script.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(script.contains(phrase), "{lang}");
    }
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
            ("ecoute-enfants-103".to_owned(), "103".to_owned()),
            ("child-focus-116000".to_owned(), "116 000".to_owned()),
            ("police-be-101".to_owned(), "101".to_owned())
        ]
    );
    for (lang, suspect) in [
        ("nl", "Spreek de persoon die je verdenkt niet zelf aan"),
        ("en", "Do not confront the suspected person yourself"),
        ("fr", "N'interpellez pas vous-même la personne soupçonnée"),
    ] {
        let text = text_in(lang, &["country=be", "be-what=worried"]);
        assert!(
            text.contains(suspect),
            "the person meant is the suspect, not the child ({lang})"
        );
    }
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
    assert!(text.contains("My child or a child I know"), "{text}");
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
    let (abroad, _) = advice(&["country=elsewhere", "elsewhere-country=other"]);
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

/// Every route, as `--answer` values, with its outcome.
fn all_routes() -> Vec<(Vec<String>, meldwijzer::flow::Outcome)> {
    let guide = meldwijzer::Guide::load(
        &meldwijzer::FlowInput::Embedded,
        &meldwijzer::LocalesInput::Embedded,
    )
    .expect("valid")
    .0;
    meldwijzer::routes::list(&guide.flow, 1000)
        .iter()
        .map(|route| {
            let answers = route
                .steps
                .iter()
                .map(|step| {
                    let question = &guide.flow.questions[step.question];
                    format!("{}={}", question.id.id, question.answers[step.answer].id.id)
                })
                .collect();
            (answers, guide.flow.outcomes[route.outcome].clone())
        })
        .collect()
}

#[test]
fn every_bystander_in_the_netherlands_or_belgium_is_offered_help_afterwards() {
    let mut checked = 0;
    for (answers, outcome) in all_routes() {
        let home = answers[0] == "country=nl" || answers[0] == "country=be";
        if !home
            || outcome
                .audience
                .as_ref()
                .is_none_or(|a| a.id != "bystander")
        {
            continue;
        }
        checked += 1;
        let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
        for (lang, heading) in [
            ("nl", "Als dit je raakt"),
            ("en", "If this upsets you"),
            ("fr", "Si cela vous bouleverse"),
        ] {
            let text = text_in(lang, &answers);
            let help = text
                .split(heading)
                .nth(1)
                .unwrap_or_else(|| panic!("{answers:?} ({lang}) offers no help afterwards"));
            assert!(
                help.chars().filter(char::is_ascii_digit).count() >= 3 || help.contains("https://"),
                "{answers:?} ({lang}): {help}"
            );
        }
    }
    assert!(checked >= 15, "{checked} bystander routes");
}
