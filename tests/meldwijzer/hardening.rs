//! Hostile input and misuse: terminal safety, streams, arguments, and limits.

use std::os::unix::ffi::OsStrExt;
use std::process::{Command, Stdio};

use super::support::{Test, binary, fixture, root};

/// Characters a terminal acts on instead of printing.
fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn assert_safe(args: &[&str], output: &std::process::Output) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        if let Some(c) = text.chars().find(|&c| is_dangerous(c)) {
            panic!(
                "meldwijzer {} wrote {c:?} to {stream}:\n{text}",
                args.join(" ")
            );
        }
    }
}

#[test]
fn hostile_translations_never_reach_the_terminal_raw() {
    let flow = fixture("valid/flow.toml");
    let locales = fixture("hostile/locales");
    let runs: &[&[&str]] = &[
        &["check"],
        &["start", "-a", "q1=yes"],
        &["start", "-a", "q1=no", "--summary", "markdown"],
        &["start", "-a", "q1=yes", "--format", "json"],
        &["paths"],
        &["paths", "--format", "markdown"],
        &["paths", "--format", "json"],
        &["script"],
        &["script", "--format", "text"],
        &["contacts"],
        &["contacts", "--format", "json"],
        &["graph", "--format", "dot"],
        &["graph", "--format", "mermaid"],
        &["graph", "--format", "svg"],
    ];
    for lang in ["nl", "en"] {
        for run in runs {
            let mut args: Vec<&str> = run.to_vec();
            args.extend(["--flow", &flow, "--locales", &locales, "--lang", lang]);
            let output = Test::new(&args).run();
            assert_safe(&args, &output);
        }
    }
}

#[test]
fn the_tricks_are_shown_escaped_not_dropped() {
    let flow = fixture("valid/flow.toml");
    let locales = fixture("hostile/locales");
    let output = Test::new(&[
        "start",
        "-a",
        "q1=yes",
        "--flow",
        &flow,
        "--locales",
        &locales,
        "--lang",
        "en",
    ])
    .run();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("Title\\u{8}\\u{8}\\u{8}\\u{8}\\u{8}HACKED"),
        "{text}"
    );
    assert!(text.contains("\\u{202e}esrever"), "{text}");
}

#[test]
fn hostile_answers_are_quoted_safely_in_errors() {
    let args = [
        "start",
        "--flow",
        &fixture("valid/flow.toml"),
        "--locales",
        &fixture("locales"),
        "-a",
        "q1=ye\u{1b}[31ms\u{7}",
    ];
    let output = Test::new(&args).status(2).run();
    assert_safe(&args, &output);
    let args = [
        "start",
        "--answers",
        &fixture("hostile/answers.toml"),
        "--flow",
        &fixture("valid/flow.toml"),
        "--locales",
        &fixture("locales"),
    ];
    let output = Test::new(&args).status(2).run();
    assert_safe(&args, &output);
}

#[test]
fn output_to_a_closed_pipe_ends_quietly_with_success() {
    // As in `meldwijzer paths | head -1`: the reader goes away before the writer is done.
    for args in [
        &super::support::LIVE_UNKNOWN[..],
        &["paths"],
        &["script"],
        &["graph"],
        &["contacts", "--format", "json"],
    ] {
        let mut child = super::support::command()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("finish");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
    }
}

#[test]
fn non_utf8_arguments_are_a_clear_usage_error() {
    let output = Command::new(binary())
        .args(["start", "--answers"])
        .arg(std::ffi::OsStr::from_bytes(b"answers-\xff.toml"))
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
}

#[test]
fn an_exponential_number_of_routes_is_counted_not_listed() {
    // 130 questions, each with two answers to the next: 2^130 routes, more than u128 holds.
    let flow = meldwijzer::synthetic::ladder(130);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("flow.toml"), &flow.flow).expect("write");
    flow.write_locales(&dir.path().join("locales"))
        .expect("locales");
    let path = dir.path().join("flow.toml").display().to_string();
    let locales = dir.path().join("locales").display().to_string();
    let output = Test::new(&[
        "paths",
        "--count",
        "--flow",
        &path,
        "--locales",
        &locales,
        "--lang",
        "en",
    ])
    .run();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "more than 340282366920938463463374607431768211455 routes\n"
    );
    let output = Test::new(&[
        "paths",
        "--limit",
        "5",
        "--flow",
        &path,
        "--locales",
        &locales,
        "--lang",
        "en",
        "--format",
        "json",
    ])
    .run();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["listed"], 5);
}

#[test]
fn hostile_text_cannot_inject_anything_into_the_web_page() {
    let html = super::support::stdout_of(&[
        "html",
        "--flow",
        &fixture("hostile-html/flow.toml"),
        "--locales",
        &fixture("hostile-html/locales"),
    ]);
    // Every tag and attribute is one the page itself writes: nothing was injected.
    let (tags, attributes) = markup(&html);
    let allowed_tags = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "nav", "a", "p",
        "main", "section", "h1", "h2", "h3", "ul", "ol", "li", "span", "footer",
    ];
    let allowed_attributes = [
        "lang",
        "charset",
        "name",
        "content",
        "http-equiv",
        "class",
        "aria-label",
        "href",
        "hreflang",
        "id",
        "role",
    ];
    for tag in &tags {
        assert!(
            allowed_tags.contains(&tag.as_str()),
            "tag <{tag}> got in:\n{html}"
        );
    }
    for attribute in &attributes {
        assert!(
            allowed_attributes.contains(&attribute.as_str()),
            "attribute {attribute} got in:\n{html}"
        );
    }
    assert!(!html.contains("href=\"javascript:"), "{html}");
    // The address stays one attribute value, with its quote escaped.
    assert!(
        html.contains(
            "href=\"https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""
        )
    );
    assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert_eq!(
        html.matches("<style>").count(),
        1,
        "only the page's own style"
    );
}

#[test]
fn hostile_text_cannot_inject_anything_into_the_site() {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    super::support::Test::new(&[
        "html",
        "--flow",
        &fixture("hostile-html/flow.toml"),
        "--locales",
        &fixture("hostile-html/locales"),
        "--site",
        &site.display().to_string(),
    ])
    .run();
    for entry in std::fs::read_dir(&site).expect("the site") {
        let path = entry.expect("a file").path();
        let html = std::fs::read_to_string(&path).expect("a page");
        let name = path.display();
        assert!(!html.contains("<script"), "{name}:\n{html}");
        assert!(!html.contains("href=\"javascript:"), "{name}");
        assert_eq!(html.matches("<style>").count(), 1, "{name}");
    }
    // The quick exit's label, made hostile in English, stays text.
    let english = std::fs::read_to_string(site.join("en.html")).expect("the English page");
    assert!(english.contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</a>"));
}

#[test]
fn a_javascript_address_never_passes_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text =
        std::fs::read_to_string(super::support::root().join("tests/fixtures/valid/flow.toml"))
            .expect("the valid flow")
            .replace(
                "facts = [\"112\"]",
                "facts = [\"112\", \"javascript:alert(1)\"]",
            )
            .replacen(
                "phone = \"112\"\nuse-when",
                "phone = \"112\"\nurl = \"javascript:alert(1)\"\nuse-when",
                1,
            );
    let flow = dir.path().join("flow.toml");
    std::fs::write(&flow, text).expect("write");
    let output = super::support::run(
        &[
            "check".to_owned(),
            "--flow".to_owned(),
            flow.display().to_string(),
            "--locales".to_owned(),
            fixture("locales"),
        ],
        &[],
        None,
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("error: `javascript:alert(1)` is not a web address")
    );
}

/// The tag names and attribute names of `html`, as a browser would read them: values are
/// quoted with `"`, so a quote inside one would end it.
fn markup(html: &str) -> (Vec<String>, Vec<String>) {
    let (mut tags, mut attributes) = (Vec::new(), Vec::new());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let close = rest.find('>').unwrap_or(rest.len());
        let inside = &rest[..close];
        // `<style>` holds CSS, not markup.
        let body_end = if inside.trim_start_matches('/') == "style" && !inside.starts_with('/') {
            rest.find("</style>").unwrap_or(close)
        } else {
            close
        };
        let mut parts = inside
            .trim_start_matches('/')
            .splitn(2, char::is_whitespace);
        let name = parts.next().unwrap_or("").to_ascii_lowercase();
        if !name.is_empty() {
            tags.push(name);
        }
        let mut attrs = parts.next().unwrap_or("");
        while let Some(eq) = attrs.find('=') {
            attributes.push(attrs[..eq].trim().to_ascii_lowercase());
            let value = attrs[eq + 1..].trim_start();
            attrs = match value.strip_prefix('"') {
                Some(quoted) => quoted.find('"').map_or("", |end| &quoted[end + 1..]),
                None => value
                    .find(char::is_whitespace)
                    .map_or("", |end| &value[end..]),
            };
        }
        rest = &rest[body_end..];
    }
    (tags, attributes)
}
