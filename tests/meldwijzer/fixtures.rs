//! The catalogue of broken flows and locale sets in `tests/fixtures/broken/`: each is run
//! through `meldwijzer check` and must give exactly the located messages recorded beside it.
//!
//! A fixture folder holds `flow.toml` and/or `locales/` (the valid base fixture fills in
//! whichever is missing), `expected.stderr`, `expected.stdout` and, when not 1, `status`.
//! `MELDWIJZER_BLESS=1 cargo test` writes the expectations; review every change it makes.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::support::{Test, root};

fn read_or_empty(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn every_broken_fixture_gives_its_exact_located_messages() {
    let bless = std::env::var_os("MELDWIJZER_BLESS").is_some();
    let dir = root().join("tests/fixtures/broken");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.len() >= 30,
        "the catalogue keeps at least 30 cases, has {}",
        names.len()
    );
    for name in names {
        let case = dir.join(&name);
        let relative = format!("tests/fixtures/broken/{name}");
        let flow = if case.join("flow.toml").exists() {
            format!("{relative}/flow.toml")
        } else {
            "tests/fixtures/valid/flow.toml".to_owned()
        };
        let locales = if case.join("locales").exists() {
            format!("{relative}/locales")
        } else {
            "tests/fixtures/locales".to_owned()
        };
        let args = ["check", "--flow", &flow, "--locales", &locales];
        let status: i32 = read_or_empty(&case.join("status"))
            .trim()
            .parse()
            .unwrap_or(1);
        if bless {
            let output = super::support::run(&args.map(str::to_owned), &[], None);
            fs::write(case.join("expected.stderr"), &output.stderr).expect("write");
            fs::write(case.join("expected.stdout"), &output.stdout).expect("write");
            let code = output.status.code().unwrap_or(-1);
            if code == 1 {
                let _ = fs::remove_file(case.join("status"));
            } else {
                fs::write(case.join("status"), format!("{code}\n")).expect("write");
            }
            continue;
        }
        Test::new(&args)
            .status(status)
            .stdout(&read_or_empty(&case.join("expected.stdout")))
            .stderr(&read_or_empty(&case.join("expected.stderr")))
            .run();
    }
}

#[test]
fn every_located_message_points_inside_its_file() {
    // Whatever the fixture, a FILE:LINE:COL must name a real line and column of that file.
    let dir = root().join("tests/fixtures/broken");
    for entry in fs::read_dir(&dir).expect("fixtures").filter_map(Result::ok) {
        let expected = read_or_empty(&entry.path().join("expected.stderr"));
        for line in expected
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("--> "))
        {
            let mut parts = line.rsplitn(3, ':');
            let col: usize = parts.next().and_then(|c| c.parse().ok()).expect("column");
            let row: usize = parts.next().and_then(|r| r.parse().ok()).expect("line");
            let file = parts.next().expect("file");
            let bytes = fs::read(root().join(file)).expect("located file exists");
            let text = String::from_utf8_lossy(&bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let lines: Vec<&str> = text.split('\n').collect();
            assert!(row >= 1 && row <= lines.len(), "{line}: no such line");
            assert!(
                col >= 1 && col <= lines[row - 1].chars().count() + 1,
                "{line}: no such column"
            );
        }
    }
}

/// Writes a generated flow into a temporary folder and checks it against the base locales.
fn check_generated(flow: &str) -> std::process::Output {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("flow.toml");
    fs::write(&path, flow).expect("write flow");
    let args = [
        "check".to_owned(),
        "--flow".to_owned(),
        path.display().to_string(),
        "--locales".to_owned(),
        "tests/fixtures/locales".to_owned(),
    ];
    super::support::run(&args, &[], None)
}

const HEAD: &str = "[flow]\nstart = \"c0\"\nemergency = \"c-112\"\nrequired-warnings = [\"w-never\"]\nverified = \"2026-11-25\"\n\n[[source]]\nid = \"s1\"\npublisher = \"Example\"\ntitle = \"t-source\"\naddress = \"https://example.org\"\nread = \"2026-11-24\"\nfacts = [\"112\"]\n\n[[contact]]\nid = \"c-112\"\nkind = \"phone\"\nname = \"t-contact\"\nphone = \"112\"\nuse-when = \"t-when\"\nsource = \"s1\"\nverified = \"2026-11-24\"\n\n[[outcome]]\nid = \"o-no\"\ntitle = \"t-title\"\nsummary = \"t-summary\"\ncontacts = [\"c-112\"]\nwarnings = [\"w-never\"]\nsource = \"s1\"\n";

fn chain(depth: usize, last_next: &str) -> String {
    let mut flow = HEAD.to_owned();
    for i in 0..depth {
        let next = if i + 1 == depth {
            last_next.to_owned()
        } else {
            format!("c{}", i + 1)
        };
        let _ = write!(
            flow,
            "\n[[question]]\nid = \"c{i}\"\ntext = \"t-question\"\nanswers = [{{ id = \"yes\", label = \"t-yes\", next = \"{next}\" }}, {{ id = \"no\", label = \"t-no\", next = \"o-no\" }}]\n"
        );
    }
    flow
}

#[test]
fn a_ten_thousand_deep_chain_is_checked_without_exhausting_the_stack() {
    let output = check_generated(&chain(10_000, "o-no"));
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("10000 questions, 1 outcome, 10001 routes")
    );
}

#[test]
fn a_ten_thousand_long_cycle_is_reported_once_and_shortened() {
    let output = check_generated(&chain(10_000, "c0"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr.matches("leads back to").count(), 1, "{stderr}");
    assert!(
        stderr.contains("this closes a cycle: c0 → c1 → c2 → … (9995 more) … → c9998 → c9999 → c0"),
        "{stderr}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("flow.toml");
    let file = fs::File::create(&path).expect("create");
    file.set_len(meldwijzer::limits::MAX_FILE_BYTES + 1)
        .expect("sparse file");
    let args = [
        "check".to_owned(),
        "--flow".to_owned(),
        path.display().to_string(),
    ];
    let output = super::support::run(&args, &[], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "error: `{}` is larger than 33554432 bytes (32 MiB); larger files are not read\n\nerror: the flow is invalid: 1 error\n",
            path.display()
        )
    );
}

#[test]
fn a_missing_flow_file_is_a_clear_error() {
    Test::new(&["check", "--flow", "no/such/flow.toml"])
        .status(1)
        .stderr("error: cannot read `no/such/flow.toml`: no such file or directory\n\nerror: the flow is invalid: 1 error\n")
        .run();
}

#[test]
fn a_megabyte_long_id_gives_a_short_located_message() {
    let base = fs::read_to_string(root().join("tests/fixtures/valid/flow.toml")).expect("base");
    let huge = base.replacen(
        "title = \"t-title\"",
        &format!("title = \"{}\"", "x".repeat(1 << 20)),
        1,
    );
    let output = check_generated(&huge);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.starts_with("error: invalid message id `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (1048576 characters)`\n"), "{stderr}");
    assert!(stderr.contains("flow.toml:35:9"), "{stderr}");
    assert!(
        stderr.len() < 2_000,
        "the report stays short: {} bytes",
        stderr.len()
    );
}
