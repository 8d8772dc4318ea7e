//! The JSON Schemas of meldwijzer's JSON outputs: shipped as generated, and in step with
//! what the program really prints, field for field, both ways.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use super::support::{Test, root, stdout_of};

/// Each output's schema: its `meldwijzer schema` kind and its file in the repository.
const KINDS: [&str; 5] = ["advice", "contacts", "paths", "verify", "sources"];

fn schema(kind: &str) -> Value {
    serde_json::from_str(&stdout_of(&["schema", kind])).expect("a schema is JSON")
}

#[test]
fn the_shipped_output_schemas_are_the_generated_ones() {
    for kind in KINDS {
        let path = format!("docs/schemas/{kind}.schema.json");
        let shipped = std::fs::read_to_string(root().join(&path)).expect("a shipped schema");
        assert_eq!(
            shipped,
            stdout_of(&["schema", kind]),
            "regenerate with `meldwijzer schema {kind} > {path}`"
        );
    }
}

/// Checks `value` against `schema` (a small part of JSON Schema: types, properties,
/// required fields, items, `$ref`, `enum`, `const`, `oneOf`/`anyOf`), refusing any field
/// the schema does not declare; records each declared field seen as `owner.field`.
fn check(
    value: &Value,
    schema: &Value,
    root: &Value,
    owner: &str,
    at: &str,
    seen: &mut HashSet<String>,
) {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference
            .strip_prefix("#/$defs/")
            .expect("a local reference");
        check(value, &root["$defs"][name], root, name, at, seen);
        return;
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema[key].as_array() {
            let fits = options.iter().any(|option| {
                let mut scratch = HashSet::new();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    check(value, option, root, owner, at, &mut scratch);
                }))
                .is_ok()
            });
            assert!(fits, "{at}: {value} fits none of the {key} of {owner}");
            return;
        }
    }
    if let Some(constant) = schema.get("const") {
        assert_eq!(value, constant, "{at}");
    }
    if let Some(values) = schema["enum"].as_array() {
        assert!(values.contains(value), "{at}: {value} not among {values:?}");
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() {
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let fits = types.contains(&actual) || (actual == "integer" && types.contains(&"number"));
        assert!(fits, "{at}: a {actual}, the schema says {types:?}");
    }
    match value {
        Value::Object(fields) => {
            let declared = schema["properties"].as_object();
            for (name, field) in fields {
                let field_schema = declared.and_then(|d| d.get(name)).unwrap_or_else(|| {
                    panic!("{at}: field `{name}` is not in the schema of {owner}")
                });
                seen.insert(format!("{owner}.{name}"));
                check(
                    field,
                    field_schema,
                    root,
                    &format!("{owner}.{name}"),
                    &format!("{at}.{name}"),
                    seen,
                );
            }
            for required in schema["required"].as_array().into_iter().flatten() {
                let name = required.as_str().expect("a field name");
                assert!(
                    fields.contains_key(name),
                    "{at}: required `{name}` is missing"
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check(
                    item,
                    &schema["items"],
                    root,
                    owner,
                    &format!("{at}[{i}]"),
                    seen,
                );
            }
        }
        _ => {}
    }
}

/// Every field the schema declares on an object, as `owner.field`.
fn declared(schema: &Value) -> BTreeSet<String> {
    let mut fields = BTreeSet::new();
    let mut add = |owner: &str, object: &Value| {
        for name in object["properties"]
            .as_object()
            .into_iter()
            .flat_map(|p| p.keys())
        {
            fields.insert(format!("{owner}.{name}"));
        }
    };
    add("#", schema);
    for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
        add(name, def);
    }
    fields
}

/// Checks every output against the schema of `kind`, and that together they use every
/// field it declares.
fn agree(kind: &str, outputs: &[String]) {
    let schema = schema(kind);
    let mut seen = HashSet::new();
    for output in outputs {
        let value: Value = serde_json::from_str(output).expect("the output is JSON");
        assert_eq!(
            value["format_version"], 1,
            "{kind}: every output has its version"
        );
        check(&value, &schema, &schema, "#", kind, &mut seen);
    }
    let unused: Vec<String> = declared(&schema)
        .into_iter()
        .filter(|field| !seen.contains(field))
        .collect();
    assert!(
        unused.is_empty(),
        "{kind}: declared but never printed: {unused:?}"
    );
}

#[test]
fn every_route_as_json_fits_the_advice_schema_and_uses_all_of_it() {
    // Every route, replayed from the ready-to-run lines of `paths --format commands`.
    let commands = stdout_of(&["paths", "--format", "commands"]);
    let mut outputs = Vec::new();
    for (n, line) in commands.lines().enumerate() {
        let command = line.split('#').next().expect("a command");
        let mut words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words.remove(0), "meldwijzer", "{line}");
        let lang = ["nl", "en", "fr"][n % 3];
        words.extend(["--format", "json", "--lang", lang]);
        words.extend(["--case-ref", "K-17", "--note", "called back at 15:00"]);
        outputs.push(stdout_of(&words));
    }
    assert!(outputs.len() > 10, "{commands}");
    agree("advice", &outputs);
}

#[test]
fn the_contacts_card_fits_its_schema() {
    agree("contacts", &[stdout_of(&["contacts", "--format", "json"])]);
}

#[test]
fn the_routes_fit_their_schema() {
    agree(
        "paths",
        &[stdout_of(&["paths", "--format", "json", "--lang", "fr"])],
    );
}

#[test]
fn verify_reports_fit_their_schema() {
    let failing = Test::new(&[
        "verify",
        "--flow",
        "tests/fixtures/diff/rerouted.toml",
        "--locales",
        "locales",
        "--format",
        "json",
        "tests/fixtures/scenarios/regression.toml",
        "tests/fixtures/scenarios/broken.toml",
    ])
    .status(2)
    .run();
    let passing = stdout_of(&["verify", "--format", "json", "examples/scenarios.toml"]);
    agree(
        "verify",
        &[String::from_utf8(failing.stdout).expect("UTF-8"), passing],
    );
}

#[test]
fn the_record_of_sources_fits_its_schema() {
    // One day on which some sources are due and others are not, so both kinds of entry
    // (and an age) are checked.
    let output = Test::new(&["sources", "--format", "json", "--lang", "nl"])
        .env("MELDWIJZER_TODAY", "2027-05-25")
        .run();
    agree(
        "sources",
        &[String::from_utf8(output.stdout).expect("UTF-8")],
    );
}
