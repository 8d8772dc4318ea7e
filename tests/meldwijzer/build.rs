//! Build time is check time: a copy of the crate whose built-in flow is broken must fail to
//! build, with the located messages `meldwijzer check` gives for the same files.

use std::path::Path;
use std::process::Command;

use super::support::{binary, root};

/// Copies what building the crate reads into `to` (not `target/`, `tests/`, `fuzz/`).
fn copy_crate(to: &Path) {
    let from = root();
    for file in ["Cargo.toml", "Cargo.lock", "build.rs", "README.md"] {
        std::fs::copy(from.join(file), to.join(file)).expect("a file copied");
    }
    for dir in [
        "src",
        "flows",
        "locales",
        "examples",
        "docs/schemas",
        "bench",
        // inquire, patched: Cargo.toml points at it.
        "vendor",
    ] {
        copy_dir(&from.join(dir), &to.join(dir));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder made");
    for entry in std::fs::read_dir(from).expect("a folder") {
        let entry = entry.expect("an entry");
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("a file copied");
        }
    }
}

#[test]
#[ignore = "slow: builds a copy of the crate (run by .ci/run)"]
fn a_broken_built_in_flow_fails_the_build_with_the_messages_of_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_crate(dir.path());
    // An answer that leads nowhere: `check` locates it, and the outcome it led to is then
    // out of reach.
    let flow_path = dir.path().join("flows/default.toml");
    let flow = std::fs::read_to_string(&flow_path).expect("the flow");
    let broken = flow.replacen("next = \"nl-what\"", "next = \"nl-whta\"", 1);
    assert_ne!(broken, flow, "the flow has the answer to break");
    std::fs::write(&flow_path, broken).expect("the broken flow");

    let check = Command::new(binary())
        .current_dir(dir.path())
        .args([
            "check",
            "--flow",
            "flows/default.toml",
            "--locales",
            "locales",
        ])
        .output()
        .expect("meldwijzer check runs");
    assert_eq!(check.status.code(), Some(1));
    let expected = String::from_utf8(check.stderr).expect("UTF-8");
    assert!(
        expected.contains("error: unknown `next` target `nl-whta`\n")
            && expected.contains("--> flows/default.toml:"),
        "{expected}"
    );

    // Its own target folder, kept between runs so that only the build script is rebuilt:
    // `cargo test` holds the lock of the project's own.
    let build = Command::new(env!("CARGO"))
        .current_dir(dir.path())
        .args(["check", "--lib", "--locked", "--quiet"])
        .env("CARGO_TARGET_DIR", root().join("target/broken-flow-build"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert!(!build.status.success(), "the build passed:\n{stderr}");
    // Cargo indents what a build script printed; the messages are those of `check`.
    let printed: String = stderr
        .lines()
        .map(|line| line.strip_prefix("  ").unwrap_or(line).trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    let expected: String = expected
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        printed.contains(&expected),
        "cargo's output:\n{stderr}\n\n`check`'s:\n{expected}"
    );
}
