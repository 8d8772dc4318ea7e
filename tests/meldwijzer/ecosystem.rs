//! Completions, the manual page, the flow schema and the help text.

use std::process::{Command, Stdio};

use super::support::{COMMANDS, Test, root, stdout_of};

#[test]
fn completions_for_every_shell_know_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell]);
        for sub in COMMANDS {
            assert!(script.contains(sub), "{shell} completion lacks `{sub}`");
        }
    }
}

#[test]
fn the_bash_completion_is_valid_bash() {
    let script = stdout_of(&["completions", "bash"]);
    let mut bash = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .spawn()
        .expect("bash");
    std::io::Write::write_all(&mut bash.stdin.take().expect("stdin"), script.as_bytes())
        .expect("write");
    assert!(
        bash.wait().expect("bash ends").success(),
        "bash -n rejects the completion script"
    );
}

#[test]
fn the_manual_page_is_roff_and_documents_the_options() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH meldwijzer 1"), "{page}");
    for option in ["\\-\\-lang", "\\-\\-flow", "\\-\\-locales", "\\-\\-color"] {
        assert!(page.contains(option), "the manual lacks {option}");
    }
}

#[test]
fn the_shipped_schema_is_the_generated_one() {
    let path = root().join("flows/flow.schema.json");
    if std::env::var_os("MELDWIJZER_BLESS").is_some() {
        std::fs::write(&path, meldwijzer::loader::schema()).expect("schema written");
    }
    let shipped = std::fs::read_to_string(path).expect("schema file");
    assert_eq!(
        shipped,
        meldwijzer::loader::schema(),
        "regenerate with `MELDWIJZER_BLESS=1 cargo test schema` and review the diff"
    );
    // The program prints the shipped text, built in.
    assert_eq!(stdout_of(&["schema"]), shipped);
}

#[test]
fn the_schema_knows_every_field_the_default_flow_uses() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).expect("JSON");
    let flow: toml::Table = toml::from_str(meldwijzer::embedded::FLOW).expect("TOML");
    let properties = |definition: &serde_json::Value| -> Vec<String> {
        definition["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .cloned()
            .collect()
    };
    let defs = &schema["$defs"];
    let top = properties(&schema);
    for (key, value) in &flow {
        assert!(top.contains(key), "the schema lacks `{key}`");
        let definition = match key.as_str() {
            "flow" => &defs["RawHeader"],
            "audience" => &defs["RawAudience"],
            "source" => &defs["RawSource"],
            "contact" => &defs["RawContact"],
            "question" => &defs["RawQuestion"],
            "outcome" => &defs["RawOutcome"],
            other => panic!("unexpected table `{other}`"),
        };
        let known = properties(definition);
        let tables: Vec<&toml::Table> = match value {
            toml::Value::Table(table) => vec![table],
            toml::Value::Array(items) => items.iter().filter_map(toml::Value::as_table).collect(),
            _ => Vec::new(),
        };
        for table in tables {
            for field in table.keys() {
                assert!(
                    known.contains(field),
                    "the schema of `{key}` lacks `{field}`"
                );
            }
        }
    }
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are rejected, as the loader does"
    );
}

#[test]
fn every_flow_file_points_editors_at_the_schema() {
    let flow = std::fs::read_to_string(root().join("flows/default.toml")).expect("flow");
    assert!(flow.starts_with("#:schema ./flow.schema.json\n"));
}

#[test]
fn help_is_short_and_shows_examples() {
    let help = stdout_of(&["--lang", "en", "--help"]);
    assert!(
        help.lines().count() < 60,
        "--help has {} lines",
        help.lines().count()
    );
    assert!(
        help.contains("Examples:")
            && help.contains("meldwijzer start --answers examples/nl-chat-app.toml")
    );
    assert!(
        help.ends_with(
            "Is a child in danger right now? Call 112. In Belgium: 101 for the police.\n"
        )
    );
    Test::new(&["--version"])
        .stdout(&format!("meldwijzer {}\n", env!("CARGO_PKG_VERSION")))
        .run();
}

#[test]
fn each_command_says_the_default_it_has() {
    // `html` writes every language unless one is asked for; the others speak one.
    let unwrapped = |args: &[&str]| {
        stdout_of(args)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let html = unwrapped(&["html", "--lang", "en", "--help"]);
    assert!(
        html.contains("or all for every language [default: all]"),
        "{html}"
    );
    let start = unwrapped(&["start", "--lang", "en", "--help"]);
    assert!(start.contains("[default: from LANG, else nl]"), "{start}");
    assert!(!start.contains("[default: all]"), "{start}");
}
