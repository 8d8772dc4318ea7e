//! Build time is check time: the built-in flow and its translations are loaded and validated
//! here, by the same loader and validator as `meldwijzer check` (the library's own modules,
//! compiled into this script), and a broken built-in flow fails `cargo build` with the
//! located messages `check` prints. What was checked is then written, prepared, for the
//! program to embed (`src/prepared.rs`): the flow serialised with `postcard`, so that a run
//! parses no TOML, and each language's fingerprint.

// These modules are the library's; the script uses only part of them.
#![allow(dead_code, unreachable_pub, missing_docs, unused_imports)]
#![allow(clippy::all, clippy::pedantic)]

#[path = "src/catalog.rs"]
mod catalog;
#[path = "src/country.rs"]
mod country;
#[path = "src/diagnostic.rs"]
mod diagnostic;
#[path = "src/embedded.rs"]
mod embedded;
#[path = "src/flow.rs"]
mod flow;
#[path = "src/guide.rs"]
mod guide;
#[path = "src/lang.rs"]
mod lang;
#[path = "src/limits.rs"]
mod limits;
#[path = "src/loader/mod.rs"]
mod loader;
#[path = "src/sanitize.rs"]
mod sanitize;
#[path = "src/source_file.rs"]
mod source_file;
#[path = "src/suggestion.rs"]
mod suggestion;
#[path = "src/ui_text.rs"]
mod ui_text;
#[path = "src/validator/mod.rs"]
mod validator;

use std::fmt::Write as _;
use std::path::PathBuf;

use guide::{FlowInput, Guide, LocalesInput};

/// The library modules compiled into this script: a change to any of them may change what
/// is valid.
const MODULES: &[&str] = &[
    "catalog",
    "country",
    "diagnostic",
    "embedded",
    "flow",
    "guide",
    "lang",
    "limits",
    "loader",
    "sanitize",
    "source_file",
    "suggestion",
    "ui_text",
];

fn main() {
    println!("cargo::rerun-if-changed=flows/default.toml");
    println!("cargo::rerun-if-changed=locales");
    for module in MODULES {
        println!("cargo::rerun-if-changed=src/{module}.rs");
    }
    println!("cargo::rerun-if-changed=src/validator");
    let guide = match Guide::load(&FlowInput::Embedded, &LocalesInput::Embedded) {
        Ok((guide, warnings)) => {
            for warning in &warnings {
                let position = warning.position().unwrap_or_default();
                println!(
                    "cargo::warning=built-in flow: {position}: {}",
                    sanitize::single_line(&warning.message)
                );
            }
            guide
        }
        Err(diagnostics) => {
            // The same text `meldwijzer check` prints, located in the files of the project.
            eprint!("{}", diagnostic::render_all(&diagnostics, false));
            eprintln!(
                "the built-in flow (flows/default.toml and locales/) is checked when meldwijzer \
                 is built, as `meldwijzer check` checks a flow: fix the problems above"
            );
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("flow.postcard"), guide.flow.to_prepared()).expect("written");
    let mut fingerprints =
        String::from("/// The fingerprint of the built-in flow with each language.\n");
    fingerprints.push_str("pub(crate) const FINGERPRINTS: [(Lang, &str); 3] = [\n");
    for lang in lang::Lang::ALL {
        let _ = writeln!(
            fingerprints,
            "    (Lang::{lang:?}, \"{}\"),",
            guide.fingerprint(lang)
        );
    }
    fingerprints.push_str("];\n");
    std::fs::write(out.join("fingerprints.rs"), fingerprints).expect("written");

    // Each language's messages, prepared for a run (see `catalog::Prepared`).
    let mut messages = String::from("/// Each built-in language's messages, prepared.\n");
    messages.push_str("pub(crate) const MESSAGES: [(Lang, Prepared); 3] = [\n");
    for lang in lang::Lang::ALL {
        let (plain, fluent) = guide.catalog.prepare(lang);
        let _ = writeln!(messages, "    (Lang::{lang:?}, Prepared {{ plain: &[");
        for (id, text) in plain {
            let _ = writeln!(messages, "        ({id:?}, {text:?}),");
        }
        let _ = writeln!(messages, "    ], fluent: &[");
        for (id, source) in fluent {
            let _ = writeln!(messages, "        ({id:?}, {source:?}),");
        }
        let _ = writeln!(messages, "    ] }}),");
    }
    messages.push_str("];\n");
    std::fs::write(out.join("messages.rs"), messages).expect("written");
}
