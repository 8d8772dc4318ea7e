//! The web page (`meldwijzer html`) and the site (`meldwijzer html --site`) in a real
//! browser: headless Chromium, driven through `WebDriver` (chromedriver on loopback). Every
//! route of every language is clicked from the start and must give the advice
//! `meldwijzer start --format json` gives; the language links keep the screen; Back,
//! bookmarks and JavaScript switched off must work; no page may load anything; the quick
//! exit comes first and leaves for an `https:` site; axe-core must find no accessibility
//! violation on any screen.
//!
//! These need Chromium, chromedriver and (for the audit) axe-core, so they are ignored by
//! `cargo test`; `.ci/run` installs the tools and runs them with `--ignored`, where a missing
//! tool fails them.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use meldwijzer::guide::{FlowInput, Guide, LocalesInput};
use meldwijzer::routes;
use serde_json::{Value, json};

use super::support::{binary, require_env, require_tool, root, stdout_of};

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

/// The site for every language, written once for all tests.
fn site() -> &'static PathBuf {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("site");
        let _ = std::fs::remove_dir_all(&dir);
        let status = Command::new(binary())
            .args(["html", "--site"])
            .arg(&dir)
            .current_dir(root())
            .status()
            .expect("meldwijzer html --site");
        assert!(status.success());
        dir
    })
}

/// The address of `file` (with a `#fragment`, if any) in the site.
fn site_url(file: &str) -> String {
    format!("file://{}/{file}", site().display())
}

/// The files of the site, as `meldwijzer html --site` writes them.
fn site_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(site())
        .expect("the site")
        .map(|entry| {
            entry
                .expect("a file")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    files
}

/// The guide with every language, as `meldwijzer html` loads it.
fn guide() -> Guide {
    Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded)
        .expect("valid")
        .0
}

/// The ids of every screen: every question, then every outcome.
fn screens(guide: &Guide) -> Vec<String> {
    let questions = guide.flow.questions.iter().map(|q| q.id.id.to_string());
    questions
        .chain(guide.flow.outcomes.iter().map(|o| o.id.id.to_string()))
        .collect()
}

/// The section on screen: the one followed to, or the start before any link is followed.
const SHOWN: &str = ":is(section:target, main:not(:has(section:target)) > section.start)";

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

/// A chromedriver for a browser test; fails the test if Chromium or chromedriver is missing.
#[track_caller]
fn driver() -> Driver {
    require_tool("chromium");
    require_tool("chromedriver");
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
    Driver { child, port }
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
        .find_all(Locator::Css(&format!("{SHOWN} {css}")))
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
        .find(Locator::Css(&format!("{SHOWN} h1")))
        .await
        .expect("a shown section")
        .text()
        .await
        .expect("text")
}

/// Clicks the answer labelled `label` in the section shown.
async fn choose(client: &Client, label: &str) {
    let shown = client
        .find(Locator::Css(SHOWN))
        .await
        .expect("a shown section");
    match shown.find(Locator::LinkText(label)).await {
        Ok(link) => link.click().await.expect("click"),
        Err(err) => panic!("no answer `{label}` in {} ({err})", heading(client).await),
    }
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

/// Clicks every route of every language from `start(lang)`, with JavaScript off (the page
/// must work without it), and compares each advice shown with the command line's.
fn every_route_gives_the_advice_of_the_command_line(start: impl Fn(&str) -> String) {
    let driver = driver();
    let guide = guide();
    let routes = routes::list(&guide.flow, 1000);
    runtime().block_on(async {
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
                client.goto(&start(lang)).await.expect("the start");
                for label in &answers {
                    choose(&client, label).await;
                }
                let name = advice_args.join(" ");
                assert_eq!(heading(&client).await, advice["title"], "{lang}: {name}");
                // Every contact in order, with its number, address and the date its
                // details were checked (each read as a whole: round trips cost time).
                let contacts = advice["contacts"].as_array().expect("contacts");
                let items = texts(&client, ".contacts > li").await;
                assert_eq!(items.len(), contacts.len(), "{lang}: {name}: {items:?}");
                for (contact, item) in contacts.iter().zip(&items) {
                    let title = contact["name"].as_str().expect("a name");
                    assert!(
                        item.starts_with(title),
                        "{lang}: {name}: {item} is not {title}"
                    );
                    for key in ["phone", "url", "verified"] {
                        if let Some(value) = contact[key].as_str() {
                            assert!(item.contains(value), "{lang}: {name}: {item} lacks {value}");
                        }
                    }
                }
            }
        }
        client.close().await.expect("close");
    });
}

#[test]
#[ignore = "needs chromium, chromedriver (run by .ci/run)"]
fn every_route_in_every_language_gives_the_advice_of_the_command_line() {
    every_route_gives_the_advice_of_the_command_line(url);
}

#[test]
#[ignore = "needs chromium, chromedriver (run by .ci/run)"]
fn every_route_of_every_page_of_the_site_gives_the_advice_of_the_command_line() {
    // From the page as it opens, without a fragment.
    every_route_gives_the_advice_of_the_command_line(|lang| site_url(&format!("{lang}.html")));
}

/// Shows each screen of the page open (`arguments[0]`: fragments) and gives, for each, the id
/// and language of the section shown and where its language links lead.
const LANGUAGE_LINKS: &str = "return arguments[0].map(screen => {\
  location.hash = screen;\
  const shown = document.querySelector('section:target, main:not(:has(section:target)) > section.start');\
  return [shown.id, shown.lang, [...shown.querySelectorAll('.langs a')].map(a => [a.hreflang, a.href])];\
});";

#[test]
#[ignore = "needs chromium, chromedriver (run by .ci/run)"]
fn the_language_links_lead_to_the_same_screen_in_the_other_language() {
    let driver = driver();
    let guide = guide();
    let langs = ["nl", "en", "fr"];
    let screens = screens(&guide);
    let start = guide.flow.start.id.to_string();
    // The id of `screen` in the single page.
    let single_id = |code: &str, screen: &str| {
        if screen == start {
            code.to_owned()
        } else {
            format!("{code}-{screen}")
        }
    };
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        // Every link of every screen, read in one go per page.
        for lang in langs {
            client
                .goto(&site_url(&format!("{lang}.html")))
                .await
                .expect("a page");
            let found = client
                .execute(LANGUAGE_LINKS, vec![json!(screens)])
                .await
                .expect("the links");
            for (screen, shown) in screens.iter().zip(found.as_array().expect("screens")) {
                assert_eq!(shown[0], json!(screen), "{lang}");
                assert_eq!(shown[1], json!(lang), "{lang}#{screen}");
                let links = shown[2].as_array().expect("links");
                assert_eq!(links.len(), langs.len() - 1, "{lang}#{screen}");
                for link in links {
                    let other = link[0].as_str().expect("hreflang");
                    let expected = if *screen == start {
                        site_url(&format!("{other}.html"))
                    } else {
                        site_url(&format!("{other}.html#{screen}"))
                    };
                    assert_eq!(link[1], json!(expected), "{lang}#{screen}");
                }
            }
        }
        client.goto(&url("nl")).await.expect("the page");
        let ids: Vec<String> = langs
            .iter()
            .flat_map(|lang| screens.iter().map(|s| single_id(lang, s)))
            .collect();
        let found = client
            .execute(LANGUAGE_LINKS, vec![json!(ids)])
            .await
            .expect("the links");
        for (id, shown) in ids.iter().zip(found.as_array().expect("screens")) {
            let screen = id.split_once('-').map_or(start.as_str(), |(_, s)| s);
            for link in shown[2].as_array().expect("links") {
                let other = link[0].as_str().expect("hreflang");
                let expected = format!(
                    "{}#{}",
                    url("").trim_end_matches('#'),
                    single_id(other, screen)
                );
                assert_eq!(link[1], json!(expected), "#{id}");
            }
        }
        // And followed for real, with a click: the same screen, in the other language's
        // page, with that page's language and title.
        let outcome = screens.last().expect("an outcome").clone();
        for lang in langs {
            for other in langs.into_iter().filter(|&other| other != lang) {
                for screen in [&start, &outcome] {
                    client
                        .goto(&site_url(&format!("{lang}.html#{screen}")))
                        .await
                        .expect("a screen");
                    client
                        .find(Locator::Css(&format!("{SHOWN} .langs a[hreflang={other}]")))
                        .await
                        .expect("a language link")
                        .click()
                        .await
                        .expect("click");
                    let shown = client.find(Locator::Css(SHOWN)).await.expect("a screen");
                    let at = format!("{lang}.html#{screen} → {other}");
                    assert_eq!(
                        shown.attr("id").await.expect("id").as_ref(),
                        Some(screen),
                        "{at}"
                    );
                    let html = client.find(Locator::Css("html")).await.expect("html");
                    assert_eq!(
                        html.attr("lang").await.expect("lang").as_deref(),
                        Some(other),
                        "{at}"
                    );
                    let title = guide
                        .catalog
                        .text(other.parse().expect("a language"), "ui-html-title");
                    assert_eq!(client.title().await.expect("title"), title, "{at}");
                }
            }
        }
        client.close().await.expect("close");
    });
}

#[test]
#[ignore = "needs chromium, chromedriver (run by .ci/run)"]
fn every_page_of_the_site_says_its_language_and_starts_with_the_quick_exit() {
    let driver = driver();
    let guide = guide();
    let files = site_files();
    assert_eq!(files.len(), 7, "{files:?}");
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        let mut pages: Vec<String> = files.iter().map(|file| site_url(file)).collect();
        pages.push(format!("file://{}", page().display()));
        for address in pages {
            client.goto(&address).await.expect("a page");
            // The page's own language and title.
            let name = address.rsplit('/').next().unwrap_or_default();
            let code = name
                .trim_end_matches(".html")
                .trim_start_matches("tree-")
                .replace("index", "nl")
                .replace("meldwijzer", "nl");
            let lang: meldwijzer::Lang = code.parse().expect("a language");
            let html = client.find(Locator::Css("html")).await.expect("html");
            assert_eq!(
                html.attr("lang").await.expect("lang").as_deref(),
                Some(code.as_str()),
                "{name}"
            );
            let title = if name.starts_with("tree-") {
                "ui-html-tree-title"
            } else {
                "ui-html-title"
            };
            assert_eq!(
                client.title().await.expect("title"),
                guide.catalog.text(lang, title),
                "{name}"
            );
            // One Tab from a page just opened reaches the quick exit first.
            client
                .perform_actions(
                    KeyActions::new("keyboard".to_owned())
                        .then(KeyAction::Down {
                            value: Key::Tab.into(),
                        })
                        .then(KeyAction::Up {
                            value: Key::Tab.into(),
                        }),
                )
                .await
                .expect("Tab");
            let focused = client.active_element().await.expect("a focused element");
            assert_eq!(
                focused.attr("class").await.expect("class").as_deref(),
                Some("exit"),
                "{name}"
            );
            let href = focused
                .attr("href")
                .await
                .expect("href")
                .unwrap_or_default();
            assert!(href.starts_with("https://"), "{name}: {href}");
            // The language choice is read in any language: its exit and note are in each.
            let readers: Vec<meldwijzer::Lang> = if name == "index.html" {
                meldwijzer::Lang::ALL.to_vec()
            } else {
                vec![lang]
            };
            let label: Vec<String> = readers
                .iter()
                .map(|&l| guide.catalog.text(l, "ui-html-exit"))
                .collect();
            assert_eq!(
                focused.text().await.expect("text"),
                label.join(" · "),
                "{name}"
            );
            // The page says that leaving does not clear the history.
            let body = client.find(Locator::Css("body")).await.expect("body");
            let body = body.text().await.expect("text");
            for &reader in &readers {
                let note = guide.catalog.text(reader, "ui-html-exit-note");
                assert!(body.contains(&note), "{name}: {reader:?}");
            }
        }
        client.close().await.expect("close");
    });
}

#[test]
#[ignore = "needs chromium, chromedriver (run by .ci/run)"]
fn the_back_button_goes_back_and_a_bookmarked_route_opens_where_it_was() {
    let driver = driver();
    runtime().block_on(async {
        let client = browser(&driver, false).await;
        client.goto(&url("en")).await.expect("the start");
        // "Start again" is not offered where one already is at the start.
        let again = client
            .find(Locator::Css("footer [lang=en] .again"))
            .await
            .expect("start again");
        assert!(!again.is_displayed().await.expect("displayed"));
        choose(&client, "The Netherlands").await;
        assert!(again.is_displayed().await.expect("displayed"));
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

/// The requests the browser made for the page shown (its record of navigations and loads).
async fn requests(client: &Client) -> Vec<String> {
    let entries = client
        .execute(
            "return performance.getEntries().map(e => e.entryType + ' ' + e.name);",
            vec![],
        )
        .await
        .expect("the browser's record of requests");
    entries
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(Value::as_str)
        .filter(|e| e.starts_with("navigation") || e.starts_with("resource"))
        .map(str::to_owned)
        .collect()
}

#[test]
#[ignore = "needs chromium, chromedriver (run by .ci/run)"]
fn the_page_requests_nothing_but_itself() {
    let driver = driver();
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        client.goto(&url("nl")).await.expect("the start");
        choose(&client, "Nederland").await;
        choose(&client, "Beelden of video's op een website").await;
        choose(&client, "Ja, er is een openbaar webadres").await;
        let requests = requests(&client).await;
        assert_eq!(requests.len(), 1, "{requests:?}");
        assert!(
            requests[0].starts_with("navigation file://"),
            "{requests:?}"
        );
        // Every page of the site, the drawing included, is one request too.
        for file in site_files() {
            client.goto(&site_url(&file)).await.expect("a page");
            let requests = self::requests(&client).await;
            assert_eq!(requests.len(), 1, "{file}: {requests:?}");
            assert!(requests[0].ends_with(&format!("/{file}")), "{requests:?}");
        }
        client.close().await.expect("close");
    });
}

/// axe-core's script, from the file `MELDWIJZER_AXE` names; fails the test without it.
#[track_caller]
fn axe() -> String {
    std::fs::read_to_string(require_env("MELDWIJZER_AXE")).expect("axe.min.js")
}

/// Opens `address`, then shows each of `screens` (fragments; "" for the page as it opens)
/// and has axe audit it. On every screen the first element that can be focused must be
/// the quick exit, leaving for an `https:` address and in view on the phone even when the
/// page is scrolled to its end.
async fn audit(client: &Client, axe: &str, address: &str, screens: &[String]) {
    client.goto(address).await.expect("the page");
    client
        .execute(&format!("{axe}\nreturn true;"), vec![])
        .await
        .expect("axe loads");
    for screen in screens {
        // Within the page: the fragment changes, axe stays loaded. Only violations are
        // reported in full (`resultTypes`), which spares axe most of its work.
        client
            .execute(
                "location.hash = arguments[0]; return true;",
                vec![json!(screen)],
            )
            .await
            .expect("go to the screen");
        let violations = client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], resultTypes: ['violations'] })\
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        assert_eq!(violations, json!([]), "{address} #{screen}");
        let exit = client
            .execute(
                "const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]\
                   .filter(e => e.getClientRects().length > 0 && e.tabIndex >= 0);\
                 const first = focusable[0];\
                 window.scrollTo(0, document.documentElement.scrollHeight);\
                 const r = first.getBoundingClientRect();\
                 const seen = r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;\
                 window.scrollTo(0, 0);\
                 return [first.className, first.getAttribute('href'), seen];",
                vec![],
            )
            .await
            .expect("the first focusable element");
        assert_eq!(exit[0], "exit", "{address} #{screen}");
        assert!(
            exit[1]
                .as_str()
                .is_some_and(|href| href.starts_with("https://")),
            "{address} #{screen}: {exit}"
        );
        assert_eq!(
            exit[2], true,
            "{address} #{screen}: the quick exit is out of view"
        );
    }
}

#[test]
#[ignore = "needs chromium, chromedriver, axe-core in MELDWIJZER_AXE (run by .ci/run)"]
fn axe_finds_no_accessibility_violation_on_any_screen() {
    let axe = axe();
    let driver = driver();
    let guide = guide();
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        let mut screens: Vec<String> = Vec::new();
        for lang in ["nl", "en", "fr"] {
            screens.push(lang.to_owned());
            screens.extend(
                guide
                    .flow
                    .outcomes
                    .iter()
                    .map(|o| format!("{lang}-{}", o.id.id)),
            );
        }
        audit(&client, &axe, &url("nl"), &screens).await;
        client.close().await.expect("close");
    });
}

#[test]
#[ignore = "needs chromium, chromedriver, axe-core in MELDWIJZER_AXE (run by .ci/run)"]
fn axe_finds_no_accessibility_violation_on_any_screen_of_the_site() {
    let axe = axe();
    let driver = driver();
    let guide = guide();
    // Every screen of every language's page: the page as it opens, then each question and
    // each outcome.
    let mut screens = vec![String::new()];
    screens.extend(self::screens(&guide));
    runtime().block_on(async {
        let client = browser(&driver, true).await;
        for file in site_files() {
            let shown: &[String] = if file.starts_with("index") || file.starts_with("tree-") {
                &screens[..1]
            } else {
                &screens
            };
            audit(&client, &axe, &site_url(&file), shown).await;
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

#[test]
fn every_link_within_the_site_points_to_a_page_and_section_that_exist() {
    let files = site_files();
    let text = |file: &str| std::fs::read_to_string(site().join(file)).expect("a page");
    let ids = |html: &str| -> std::collections::HashSet<String> {
        html.split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_owned)
            .collect()
    };
    for file in &files {
        let html = text(file);
        for href in html
            .split("href=\"")
            .skip(1)
            .filter_map(|r| r.split('"').next())
        {
            if href.starts_with("tel:") || href.starts_with("https://") {
                continue;
            }
            // Within the site: a page of it, and a section of that page.
            let (page, fragment) = href.split_once('#').unwrap_or((href, ""));
            let target = if page.is_empty() { file.as_str() } else { page };
            assert!(files.iter().any(|f| f == target), "{file}: {href}");
            if !fragment.is_empty() {
                assert!(ids(&text(target)).contains(fragment), "{file}: {href}");
            }
        }
        // The only links out: the quick exit, the contacts' addresses and numbers.
        assert!(html.contains("<a class=\"exit\" href=\"https://"), "{file}");
    }
}
