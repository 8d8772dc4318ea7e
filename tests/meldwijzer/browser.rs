//! The web page (`meldwijzer html`) in a real browser: headless Chromium, driven through
//! `WebDriver` (chromedriver on loopback). Every route of every language is clicked from the
//! start and must give the advice `meldwijzer start --format json` gives; Back, bookmarks
//! and JavaScript switched off must work; the page may load nothing; axe-core must find no
//! accessibility violation on any screen.
//!
//! CI installs Chromium, chromedriver and axe-core (`.ci/run`) and must run these; on a
//! machine without them they say so and pass.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::routes;
use serde_json::{Value, json};

use super::support::{binary, root, stdout_of};

/// The page for every language, written once for all tests.
fn page() -> &'static PathBuf {
    static PAGE: OnceLock<PathBuf> = OnceLock::new();
    PAGE.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("meldwijzer.html");
        let _ = std::fs::remove_file(&path);
        let status = Command::new(binary())
            .args(["html", "--output"])
            .arg(&path)
            .current_dir(root())
            .status()
            .expect("meldwijzer html");
        assert!(status.success());
        path
    })
}

fn url(fragment: &str) -> String {
    format!("file://{}#{fragment}", page().display())
}

/// A chromedriver on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The tools a browser test needs, or `None` (with a note) where they are not installed;
/// in CI their absence is a failure.
fn driver() -> Option<Driver> {
    let found = ["chromedriver", "chromium"].iter().all(|tool| {
        Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    });
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium and chromedriver are missing in CI"
        );
        eprintln!("chromium or chromedriver is not installed: the browser tests were skipped");
        return None;
    }
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let deadline = Instant::now() + Duration::from_secs(15);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(Driver { child, port })
}

/// A headless Chromium session (a phone-sized window); `javascript` off, as some people
/// have it.
async fn browser(driver: &Driver, javascript: bool) -> Client {
    let profile = tempfile::tempdir().expect("a profile folder").keep();
    let mut options = json!({
        "binary": "/usr/bin/chromium",
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=390,844",
            format!("--user-data-dir={}", profile.display()),
        ],
    });
    if !javascript {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".to_owned(), options);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a browser session")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// The text of every element `css` finds in the section shown.
async fn texts(client: &Client, css: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in client
        .find_all(Locator::Css(&format!("section:target {css}")))
        .await
        .expect("find")
    {
        texts.push(element.text().await.expect("text"));
    }
    texts
}

/// The heading of the section shown.
async fn heading(client: &Client) -> String {
    client
        .find(Locator::Css("section:target h1"))
        .await
        .expect("a shown section")
        .text()
        .await
        .expect("text")
}

/// Clicks the answer labelled `label` in the section shown.
async fn choose(client: &Client, label: &str) {
    for link in client
        .find_all(Locator::Css("section:target .answers a"))
        .await
        .expect("answers")
    {
        if link.text().await.expect("text") == label {
            link.click().await.expect("click");
            return;
        }
    }
    panic!("no answer `{label}` in {}", heading(client).await);
}

/// The advice the command line gives for `answers` (`question=answer`) in `lang`.
fn cli_advice(lang: &str, answers: &[String]) -> Value {
    let mut args = vec!["start".to_owned(), "--format".to_owned(), "json".to_owned()];
    args.extend(["--lang".to_owned(), lang.to_owned()]);
    for answer in answers {
        args.extend(["-a".to_owned(), answer.clone()]);
    }
    serde_json::from_str(&stdout_of(&args)).expect("JSON")
}

#[test]
fn every_route_in_every_language_gives_the_advice_of_the_command_line() {
    let Some(driver) = driver() else { return };
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    let routes = routes::list(&guide.flow, 1000);
    runtime().block_on(async {
        // JavaScript off: the page must work without it.
        let client = browser(&driver, false).await;
        for lang in ["nl", "en", "fr"] {
            for route in &routes {
                let mut answers = Vec::new();
                let advice_args: Vec<String> = route
                    .steps
                    .iter()
                    .map(|step| {
                        let question = &guide.flow.questions[step.question];
                        format!("{}={}", question.id.id, question.answers[step.answer].id.id)
                    })
                    .collect();
                let advice = cli_advice(lang, &advice_args);
                for answer in advice["answers"].as_array().expect("answers") {
                    answers.push(answer["answer_text"].as_str().expect("text").to_owned());
                }
                client.goto(&url(lang)).await.expect("the start");
                for label in &answers {
                    choose(&client, label).await;
                }
                let name = advice_args.join(" ");
                assert_eq!(heading(&client).await, advice["title"], "{lang}: {name}");
                let contacts = advice["contacts"].as_array().expect("contacts");
                let names = texts(&client, ".contacts > li > h3").await;
                let expected: Vec<&str> = contacts
                    .iter()
                    .map(|c| c["name"].as_str().unwrap_or(""))
                    .collect();
                assert_eq!(names, expected, "{lang}: {name}");
                let numbers = texts(&client, ".call, .copy").await;
                let addresses = texts(&client, ".url").await;
                for contact in contacts {
                    if let Some(phone) = contact["phone"].as_str() {
                        assert!(
                            numbers.iter().any(|n| n == phone),
                            "{lang}: {name}: {phone}"
                        );
                    }
                    if let Some(address) = contact["url"].as_str() {
                        assert!(
                            addresses.iter().any(|a| a == address),
                            "{lang}: {name}: {address}"
                        );
                    }
                }
            }
        }
        client.close().await.expect("close");
    });
}

#[test]
fn the_back_button_goes_back_and_a_bookmarked_route_opens_where_it_was() {
    let Some(driver) = driver() else { return };
    runtime().block_on(async {
        let client = browser(&driver, false).await;
        client.goto(&url("en")).await.expect("the start");
        choose(&client, "The Netherlands").await;
        choose(&client, "Images or videos on a website").await;
        assert_eq!(
            heading(&client).await,
            "Is it on a public web page that anyone can open with its address (URL)?"
        );
        client.back().await.expect("back");
        assert_eq!(heading(&client).await, "What is it about?");
        client.back().await.expect("back");
        assert_eq!(heading(&client).await, "Where do you live?");
        // A route sent as a link opens at its advice, with its emergency line in view.
        client
            .goto(&url("fr-nl-chat-app"))
            .await
            .expect("a bookmark");
        assert_eq!(
            heading(&client).await,
            "Transférez-le au numéro WhatsApp du Meldpunt Kinderporno"
        );
        let emergency = client
            .find(Locator::Css(".emergency[lang=fr]"))
            .await
            .expect("the emergency line");
        assert!(emergency.is_displayed().await.expect("displayed"));
        let link = emergency
            .find(Locator::Css("a"))
            .await
            .expect("a call link");
        assert_eq!(
            link.attr("href").await.expect("href").as_deref(),
            Some("tel:112")
        );
        client.close().await.expect("close");
    });
}

#[test]
fn the_page_requests_nothing_but_itself() {
    let Some(driver) = driver() else { return };
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        client.goto(&url("nl")).await.expect("the start");
        choose(&client, "Nederland").await;
        choose(&client, "Beelden of video's op een website").await;
        choose(&client, "Ja, er is een openbaar webadres").await;
        let entries = client
            .execute(
                "return performance.getEntries().map(e => e.entryType + ' ' + e.name);",
                vec![],
            )
            .await
            .expect("the browser's record of requests");
        let requests: Vec<&str> = entries
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(Value::as_str)
            .filter(|e| e.starts_with("navigation") || e.starts_with("resource"))
            .collect();
        assert_eq!(requests.len(), 1, "{requests:?}");
        assert!(
            requests[0].starts_with("navigation file://"),
            "{requests:?}"
        );
        client.close().await.expect("close");
    });
}

#[test]
fn axe_finds_no_accessibility_violation_on_any_screen() {
    let Some(axe) = std::env::var_os("MELDWIJZER_AXE") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "MELDWIJZER_AXE is not set in CI"
        );
        eprintln!("MELDWIJZER_AXE (the path of axe.min.js) is not set: the audit was skipped");
        return;
    };
    let axe = std::fs::read_to_string(axe).expect("axe.min.js");
    let Some(driver) = driver() else { return };
    let guide = Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0;
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        let mut screens: Vec<String> = Vec::new();
        for lang in ["nl", "en", "fr"] {
            screens.push(lang.to_owned());
            screens.extend(guide.flow.outcomes.iter().map(|o| format!("{lang}-{}", o.id.id)));
        }
        client.goto(&url("nl")).await.expect("the page");
        client
            .execute(&format!("{axe}\nreturn true;"), vec![])
            .await
            .expect("axe loads");
        for screen in screens {
            // Within the page: the fragment changes, axe stays loaded.
            client
                .execute("location.hash = arguments[0]; return true;", vec![json!(screen)])
                .await
                .expect("go to the screen");
            let violations = client
                .execute_async(
                    "const done = arguments[arguments.length - 1];\
                     axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })\
                       .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
                       .catch(e => done(['axe failed: ' + e]));",
                    vec![],
                )
                .await
                .expect("axe runs");
            assert_eq!(violations, json!([]), "#{screen}");
        }
        client.close().await.expect("close");
    });
}

#[test]
fn every_link_within_the_page_points_to_a_section_that_exists() {
    let html = std::fs::read_to_string(page()).expect("the page");
    let ids: std::collections::HashSet<&str> = html
        .split("id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let links: Vec<&str> = html
        .split("href=\"#")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(links.len() > 100);
    for link in links {
        assert!(ids.contains(link), "#{link} has no section");
    }
    // The only links out: the contacts' addresses and numbers.
    for href in html
        .split("href=\"")
        .skip(1)
        .filter_map(|r| r.split('"').next())
    {
        assert!(
            href.starts_with('#') || href.starts_with("tel:") || href.starts_with("https://"),
            "{href}"
        );
    }
}
