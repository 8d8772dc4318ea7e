//! A small builder for running meldwijzer and comparing status, stdout and stderr exactly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A scripted run that reaches an outcome: live abuse, victim and place unknown.
/// Every command meldwijzer has (its help, completions and errors name each one).
pub(crate) const COMMANDS: [&str; 14] = [
    "start",
    "check",
    "graph",
    "paths",
    "script",
    "contacts",
    "diff",
    "completions",
    "man",
    "html",
    "verify",
    "quiz",
    "schema",
    "sources",
];

pub(crate) const LIVE_UNKNOWN: [&str; 7] = [
    "start",
    "-a",
    "country=nl",
    "-a",
    "nl-what=live",
    "-a",
    "nl-known=no",
];

/// The executable under test.
pub(crate) fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_meldwijzer")
}

/// The project folder, where `flows/` and `locales/` live.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One run of meldwijzer with expectations.
#[must_use]
pub(crate) struct Test {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
    status: i32,
    stdout: Option<String>,
    stderr: Option<String>,
}

impl Test {
    /// A run with these arguments, no locale in the environment and no standard input;
    /// expected to succeed unless told otherwise.
    pub(crate) fn new<S: AsRef<str>>(args: &[S]) -> Self {
        Self {
            args: args.iter().map(|a| a.as_ref().to_owned()).collect(),
            env: Vec::new(),
            stdin: None,
            status: 0,
            stdout: None,
            stderr: None,
        }
    }

    /// Sets an environment variable for the run.
    pub(crate) fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Feeds this text on standard input.
    pub(crate) fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.as_bytes().to_vec());
        self
    }

    /// Feeds these bytes, which need not be text, on standard input.
    pub(crate) fn stdin_bytes(mut self, bytes: &[u8]) -> Self {
        self.stdin = Some(bytes.to_vec());
        self
    }

    /// The expected exit status.
    pub(crate) fn status(mut self, status: i32) -> Self {
        self.status = status;
        self
    }

    /// The exact expected standard output.
    pub(crate) fn stdout(mut self, text: &str) -> Self {
        self.stdout = Some(text.to_owned());
        self
    }

    /// The exact expected standard error.
    pub(crate) fn stderr(mut self, text: &str) -> Self {
        self.stderr = Some(text.to_owned());
        self
    }

    /// Runs and checks every expectation; returns the output for further checks.
    #[track_caller]
    pub(crate) fn run(self) -> Output {
        let output = run_bytes(&self.args, &self.env, self.stdin.as_deref());
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let context = format!(
            "meldwijzer {}\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            self.args.join(" ")
        );
        assert_eq!(
            output.status.code(),
            Some(self.status),
            "exit status of {context}"
        );
        if let Some(expected) = &self.stdout {
            assert_eq!(&*stdout, expected, "stdout of {context}");
        }
        if let Some(expected) = &self.stderr {
            assert_eq!(&*stderr, expected, "stderr of {context}");
        }
        output
    }
}

/// The moment every case record made in a test carries (`SOURCE_DATE_EPOCH`), so that
/// golden output does not change with the time of day.
pub(crate) const RECORD_EPOCH: &str = "1796000000";

/// The day every test run takes for today (`MELDWIJZER_TODAY`), so that no output changes
/// with the calendar: a few days after the sources were read.
pub(crate) const TODAY: &str = "2026-12-01";

/// meldwijzer, to be run in the project folder with no locale or colour settings from the
/// environment of whoever runs the tests, a stopped clock for case records, and the day [`TODAY`].
pub(crate) fn command() -> Command {
    let mut command = Command::new(binary());
    command
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", RECORD_EPOCH)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR")
        .env("MELDWIJZER_TODAY", TODAY);
    command
}

/// Runs meldwijzer with `args`, `env` and `stdin`, capturing its output.
#[track_caller]
pub(crate) fn run(args: &[String], env: &[(String, String)], stdin: Option<&str>) -> Output {
    run_bytes(args, env, stdin.map(str::as_bytes))
}

/// As [`run`], with standard input given as bytes.
#[track_caller]
pub(crate) fn run_bytes(args: &[String], env: &[(String, String)], stdin: Option<&[u8]>) -> Output {
    let mut command = command();
    command
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("meldwijzer starts");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // The program may exit before reading everything; that is not a test failure.
        let _ = pipe.write_all(text);
    }
    child.wait_with_output().expect("meldwijzer finishes")
}

/// Standard output of a successful run, as text.
#[track_caller]
pub(crate) fn stdout_of<S: AsRef<str>>(args: &[S]) -> String {
    String::from_utf8(Test::new(args).run().stdout).expect("UTF-8 output")
}

/// Path of a file under `tests/fixtures/`, relative to the project folder.
pub(crate) fn fixture(path: &str) -> String {
    Path::new("tests/fixtures").join(path).display().to_string()
}

/// Fails the test unless `tool --version` runs. Tests that need a tool the README's test
/// command cannot count on are `#[ignore = "needs TOOL (run by .ci/run)"]`; `.ci/run`
/// installs the tools and runs them with `--ignored`, and a run without the tool must fail
/// loudly rather than pass.
#[track_caller]
pub(crate) fn require_tool(tool: &str) {
    let runs = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    assert!(
        runs,
        "`{tool}` is not installed, and this ignored test needs it: install it (see .ci/run)"
    );
}

/// The value of the environment variable `name`, which an ignored test needs (see
/// [`require_tool`]); fails the test when it is not set.
#[track_caller]
pub(crate) fn require_env(name: &str) -> std::ffi::OsString {
    let Some(value) = std::env::var_os(name) else {
        panic!("{name} is not set, and this ignored test needs it (see .ci/run)");
    };
    value
}
