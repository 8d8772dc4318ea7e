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
    for (flow, locales) in HOSTILE_SETS {
        every_output_is_safe(&fixture(flow), &fixture(locales));
    }
}

/// Every export and scripted run of the guide in `flow` and `locales`, in two languages.
fn every_output_is_safe(flow: &str, locales: &str) {
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
            args.extend(["--flow", flow, "--locales", locales, "--lang", lang]);
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

/// Runs meldwijzer with `args` under a 512 MB memory ceiling, standard input from
/// `/dev/zero` when `zeros` (else empty), and gives its output; fails if it takes more
/// than 30 seconds. A read that is not bounded runs into the ceiling or the clock.
fn bounded(args: &[&str], zeros: bool) -> std::process::Output {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 512000 && exec \"$0\" \"$@\"")
        .arg(binary())
        .args(args)
        .current_dir(root())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(if zeros {
            Stdio::from(std::fs::File::open("/dev/zero").expect("/dev/zero"))
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("start");
    let started = std::time::Instant::now();
    // Drain the pipes meanwhile, so that a full pipe cannot stall the run.
    let (mut stdout, mut stderr) = (
        child.stdout.take().expect("out"),
        child.stderr.take().expect("err"),
    );
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut bytes);
        bytes
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            panic!("meldwijzer {} took more than 30 s", args.join(" "));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: out.join().expect("stdout"),
        stderr: err.join().expect("stderr"),
    }
}

#[test]
fn an_endless_device_is_read_only_up_to_the_limit() {
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["--lang", "en", "verify", "/dev/zero"],
            2,
            "is larger than 33554432 bytes",
        ),
        (
            &["--lang", "en", "--flow", "/dev/zero", "check"],
            1,
            "is larger than 33554432 bytes",
        ),
        (
            &["--lang", "nl", "start", "--answers", "/dev/zero"],
            2,
            "het antwoordenbestand is niet bruikbaar: het is groter dan 33554432 bytes",
        ),
        (
            &["--lang", "nl", "quiz", "--plain", "/dev/zero"],
            2,
            "het scenariobestand `/dev/zero` is niet bruikbaar: het is groter dan 33554432 bytes",
        ),
    ];
    for (args, code, said) in cases {
        let output = bounded(args, false);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
}

#[test]
fn an_endless_answer_line_ends_the_plain_guide_in_the_readers_language() {
    let output = bounded(&["--lang", "nl", "start", "--plain"], true);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr,
        "fout: een regel invoer is langer dan 4096 bytes: meldwijzer stopt hier\n  hulp: geef één antwoord per regel: het nummer, of een woord ervan\n"
    );
}

#[test]
fn a_line_that_is_not_utf8_is_said_so_and_asked_again() {
    let output = Test::new(&["--lang", "nl", "start", "--plain"])
        .stdin_bytes(b"\xff\xfe\n1\n")
        .run();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Die regel is geen tekst die meldwijzer kan lezen (het is geen UTF-8)."),
        "{stdout}"
    );
    assert!(stdout.contains("Bel nu 112"), "answered after: {stdout}");
}

#[test]
fn a_full_disk_is_said_in_the_readers_words() {
    for (lang, said) in [
        (
            "nl",
            "fout: kan de uitvoer niet schrijven: de schijf is vol (No space left on device (os error 28))\n",
        ),
        (
            "fr",
            "erreur\u{a0}: impossible d'écrire la sortie : le disque est plein (No space left on device (os error 28))\n",
        ),
    ] {
        let output = super::support::command()
            .args(["--lang", lang, "script"])
            .stdout(
                std::fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .expect("/dev/full"),
            )
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(String::from_utf8_lossy(&output.stderr), said);
    }
}

#[test]
fn reasons_inside_messages_are_in_the_readers_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let typed = dir.path().join("typed.toml");
    std::fs::write(&typed, "[answers]\ncountry = 5\n").expect("write");
    let folder = dir.path().display().to_string();
    let typed = typed.display().to_string();
    for (file, said) in [
        (
            folder.as_str(),
            "het antwoordenbestand is niet bruikbaar: dat is een map, geen bestand (Is a directory (os error 21))",
        ),
        (
            "no/such.toml",
            "het antwoordenbestand is niet bruikbaar: dat bestaat niet (No such file or directory (os error 2))",
        ),
        (
            typed.as_str(),
            "het antwoordenbestand is niet bruikbaar: een waarde heeft het verkeerde type (invalid type: integer `5`, expected a string)",
        ),
    ] {
        let output = Test::new(&["--lang", "nl", "start", "--answers", file])
            .status(2)
            .run();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with(&format!("fout: {said}\n")), "{stderr}");
    }
}

#[test]
fn hostile_scenario_files_never_reach_the_terminal_raw() {
    // Every field of a scenario file, through every way it is shown: the quiz in plain mode
    // (with and without `--color always`) and as a menu, and `verify` as text and JSON.
    let scenarios = fixture("hostile/scenarios.toml");
    let runs: &[&[&str]] = &[
        &["quiz", "--plain"],
        &["quiz", "--plain", "--color", "always"],
        &["quiz", "--plain", "--scenario", "plain-id"],
        &["quiz"],
        &["verify"],
        &["verify", "--format", "json"],
    ];
    for lang in ["nl", "en", "fr"] {
        for run in runs {
            let mut args: Vec<&str> = run.to_vec();
            args.extend(["--lang", lang, &scenarios]);
            let output = Test::new(&args).stdin("1\n1\n").status(2).run();
            assert_safe(&args, &output);
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(
                said.contains("\\u{1b}]52;c;SGVsbG8=") || said.contains("␛]52;c;SGVsbG8="),
                "shown escaped, not dropped: {said}"
            );
        }
    }
    // The hostile answers file, through every output of a scripted run.
    let answers = fixture("hostile/answers.toml");
    for extra in [&[][..], &["--format", "json"], &["--summary", "markdown"]] {
        let mut args = vec!["start", "--answers", &answers];
        args.extend_from_slice(extra);
        let output = Test::new(&args).status(2).run();
        assert_safe(&args, &output);
    }
}

#[test]
fn the_plain_guide_writes_no_escape_byte_even_when_colour_is_asked_for() {
    for args in [
        &["--color", "always", "start", "--plain"][..],
        &[
            "--color",
            "always",
            "quiz",
            "--plain",
            "examples/scenarios.toml",
            "--scenario",
            "child-in-danger-now",
        ],
    ] {
        let output = Test::new(args).stdin("1\n1\n1\n1\nq\n").run();
        for (name, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
            assert!(!bytes.contains(&0x1b), "{args:?} wrote ESC to {name}");
        }
    }
}

#[test]
fn a_closed_standard_output_is_an_error_not_lost_output() {
    // `>&-` closes the stream; `> /dev/null` is a choice, and `| head` a reader that left.
    let run = |redirect: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!("exec \"$0\" --lang nl script {redirect}"))
            .arg(binary())
            .current_dir(root())
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("run")
    };
    let closed = run(">&-");
    assert_eq!(closed.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&closed.stderr),
        "fout: de standaarduitvoer is gesloten: wat meldwijzer schrijft, zou verloren gaan\n  hulp: stuur de uitvoer ergens heen, bijvoorbeeld `> bestand.txt`\n"
    );
    let discarded = run("> /dev/null");
    assert_eq!(discarded.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&discarded.stderr), "");
}

#[test]
fn output_dash_is_standard_output_and_an_empty_name_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = super::support::command()
        .args(["--lang", "en", "html", "--output", "-"])
        .current_dir(dir.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("<!doctype html>"));
    assert!(!dir.path().join("-").exists(), "no file named `-`");
    let mut summary = super::support::LIVE_UNKNOWN.to_vec();
    summary.extend(["--summary", "--output", "-", "--lang", "en"]);
    let text = super::support::stdout_of(&summary);
    assert!(text.contains("Case record"), "{text}");
    for args in [
        &["--lang", "nl", "html", "--output", ""][..],
        &["--lang", "nl", "start", "--summary", "--output", ""],
    ] {
        Test::new(args)
            .status(2)
            .stdout("")
            .stderr(
                "fout: `--output` heeft een bestandsnaam nodig (of `-` voor de standaarduitvoer)\n",
            )
            .run();
    }
}

#[test]
fn a_screen_narrower_than_the_floor_is_told_so() {
    let script = format!(
        "stty cols 10 rows 40; exec '{}' --lang en start -a country=nl -a nl-what=live -a nl-known=no",
        binary()
    );
    let mut command = Command::new("sh");
    command
        .args(["-c", &script])
        .current_dir(root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .env_remove("LANG")
        .env_remove("LC_ALL");
    let mut session = rexpect::session::spawn_command(command, Some(20_000)).expect("pty");
    let text = session.exp_eof().expect("ends");
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.join(" ").contains(
            "The screen is 10 columns wide; meldwijzer lays text out for at least 20, so some lines will be cut."
        ),
        "{text}"
    );
}

/// The hostile flows and translations, with scenarios that hold for them.
const HOSTILE_SETS: [(&str, &str); 2] = [
    ("valid/flow.toml", "hostile/locales"),
    ("hostile-html/flow.toml", "hostile-html/locales"),
];

#[test]
fn hostile_flows_and_translations_never_reach_the_terminal_raw_in_quiz_and_verify() {
    let scenarios = fixture("hostile/scenarios-for-fixture-flow.toml");
    for (flow, locales) in HOSTILE_SETS {
        let (flow, locales) = (fixture(flow), fixture(locales));
        let runs: &[(&[&str], &str)] = &[
            // An empty line goes on after the pause between the two situations.
            (&["quiz", "--plain"], "1\n\n2\n"),
            (&["quiz", "--plain", "--color", "always"], "2\n\n1\n"),
            (&["verify"], ""),
            (&["verify", "--format", "json"], ""),
        ];
        for lang in ["nl", "en"] {
            for (run, input) in runs {
                let mut args: Vec<&str> = run.to_vec();
                args.extend([
                    "--flow",
                    &flow,
                    "--locales",
                    &locales,
                    "--lang",
                    lang,
                    &scenarios,
                ]);
                let output = Test::new(&args).stdin(input).run();
                assert_safe(&args, &output);
            }
        }
    }
}

#[test]
fn hostile_translations_never_reach_the_terminal_raw_in_the_quiz_menu() {
    let script = format!(
        "stty cols 100 rows 40; exec '{}' --lang en --flow {} --locales {} quiz {}",
        binary(),
        fixture("valid/flow.toml"),
        fixture("hostile/locales"),
        fixture("hostile/scenarios-for-fixture-flow.toml"),
    );
    let mut command = Command::new("sh");
    command
        .args(["-c", &script])
        .current_dir(root())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("MELDWIJZER_PLAIN");
    let mut session = rexpect::session::spawn_command(command, Some(20_000)).expect("pty");
    let mut seen = String::new();
    for situation in 0..2 {
        seen += &session.exp_string("Question?").expect("the question");
        // Enter picks the answer under the cursor.
        session.send("\r").expect("send");
        session.flush().expect("flush");
        if situation == 0 {
            seen += &session.exp_string("Press Enter").expect("the pause");
            session.send_line("").expect("Enter");
        }
    }
    seen += &session.exp_eof().expect("the end");
    // rexpect hands each byte back as a `char`.
    let bytes: Vec<u8> = seen
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("reached the expected advice"), "{text}");
    // The menu draws with escape sequences of its own; none of the fixture's may pass.
    for raw in [
        "\u{1b}]52",
        "\u{1b}]8;",
        "\u{1b}[2J\u{1b}[H",
        "\u{9b}",
        "\u{202e}",
        "\u{8}",
    ] {
        assert!(
            !text.contains(raw),
            "{raw:?} reached the terminal:\n{text:?}"
        );
    }
    assert!(text.contains("\\u{1b}]52;c;"), "shown escaped: {text:?}");
}
