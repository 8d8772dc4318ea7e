//! Privacy, proven: no networking crate in the build, and, traced at the system-call level,
//! no network use and no file opened for writing except the one named by `--output`.

use std::collections::{HashMap, HashSet};
use std::process::Command;

use super::support::{binary, root};

/// Crates whose purpose is talking over a network.
const NETWORKING: &[&str] = &[
    "async-std",
    "attohttpc",
    "curl",
    "curl-sys",
    "h2",
    "h3",
    "hickory-resolver",
    "hyper",
    "isahc",
    "lettre",
    "native-tls",
    "openssl",
    "openssl-sys",
    "quinn",
    "reqwest",
    "rustls",
    "socket2",
    "ssh2",
    "surf",
    "tokio",
    "tokio-tungstenite",
    "trust-dns-resolver",
    "tungstenite",
    "ureq",
    "websocket",
];

#[test]
fn no_networking_crate_is_built_into_meldwijzer() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("metadata JSON");
    let nodes: HashMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| (n["id"].as_str().expect("id"), n))
        .collect();
    // Walk what the program is built from: normal and build dependencies, not dev ones.
    let root_id = metadata["resolve"]["root"].as_str().expect("root");
    let mut seen = HashSet::from([root_id]);
    let mut queue = vec![root_id];
    while let Some(id) = queue.pop() {
        for dep in nodes[id]["deps"].as_array().into_iter().flatten() {
            let used = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].as_str() != Some("dev"));
            let dep_id = dep["pkg"].as_str().expect("pkg");
            if used && seen.insert(dep_id) {
                queue.push(dep_id);
            }
        }
    }
    let name_of = |id: &str| -> String {
        let package = metadata["packages"]
            .as_array()
            .expect("packages")
            .iter()
            .find(|p| p["id"] == id)
            .expect("package");
        package["name"].as_str().expect("name").to_owned()
    };
    for id in seen {
        let name = name_of(id);
        assert!(
            !NETWORKING.contains(&name.as_str()),
            "networking crate `{name}` is in the dependency tree"
        );
        if name == "mio" {
            // crossterm reads keys through mio; its `net` feature is there only because
            // signal-hook-mio wakes the poll through a local Unix socket pair on terminal
            // resize. Nothing else may ask for networking from it.
            let features: Vec<&str> = nodes[id]["features"]
                .as_array()
                .expect("features")
                .iter()
                .filter_map(|f| f.as_str())
                .collect();
            assert!(
                features
                    .iter()
                    .all(|f| ["default", "log", "net", "os-ext", "os-poll"].contains(f)),
                "mio features: {features:?}"
            );
        }
    }
}

/// Runs meldwijzer under `strace -f` and returns the trace.
#[track_caller]
/// The system calls of `meldwijzer ARGS`, fed `input` (the answers typed, if any).
fn trace(args: &[&str], dir: &std::path::Path, input: &str) -> String {
    use std::io::Write as _;
    let log = dir.join("trace.log");
    let mut child = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=network,open,openat,openat2,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat", "-o"])
        .arg(&log)
        .arg(binary())
        .args(args)
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("strace runs");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    let status = child.wait().expect("strace ends");
    assert!(
        status.success(),
        "meldwijzer {} failed under strace",
        args.join(" ")
    );
    std::fs::read_to_string(log).expect("trace")
}

#[test]
#[ignore = "needs strace (run by .ci/run)"]
fn traced_runs_use_no_network_and_write_only_the_output_file_or_site() {
    super::support::require_tool("strace");
    let dir = tempfile::tempdir().expect("temp dir");
    let output = dir.path().join("case.txt");
    let output_arg = output.display().to_string();
    // `html --site DIR` writes its files under DIR, and nowhere else.
    let site = dir.path().join("site");
    let site_arg = site.display().to_string();
    let runs: Vec<Vec<&str>> = vec![
        vec!["check"],
        super::support::LIVE_UNKNOWN.to_vec(),
        vec![
            "start",
            "--answers",
            "examples/be-images.toml",
            "--format",
            "json",
        ],
        vec![
            "start",
            "-a",
            "country=danger-now",
            "--summary",
            "--output",
            &output_arg,
        ],
        vec!["paths"],
        vec!["graph", "--format", "svg"],
        vec!["script"],
        vec!["contacts", "--format", "json"],
        vec!["diff", "flows/default.toml", "flows/default.toml"],
        vec!["verify", "examples/scenarios.toml"],
        vec!["html"],
        vec!["html", "--site", &site_arg],
        vec!["start", "--plain"],
        vec!["quiz", "examples/scenarios.toml", "--plain"],
    ];
    for args in runs {
        // The plain guide and the quiz read answers: a route, then quit.
        let log = trace(&args, dir.path(), "1\nq\nq\n");
        for line in log.lines() {
            for call in [
                "socket(", "connect(", "bind(", "sendto(", "sendmsg(", "listen(", "accept(",
            ] {
                assert!(
                    !line.contains(call),
                    "meldwijzer {} made a network call: {line}",
                    args.join(" ")
                );
            }
            let writes = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"]
                .iter()
                .any(|flag| line.contains(flag));
            let changes = ["creat(", "rename", "unlink", "mkdir"]
                .iter()
                .any(|call| line.contains(call));
            if writes || changes {
                // The folder itself, or a file in it.
                let allowed = if args.contains(&"--site") {
                    vec![format!("\"{site_arg}\""), format!("\"{site_arg}/")]
                } else {
                    vec![format!("\"{output_arg}\"")]
                };
                assert!(
                    allowed.iter().any(|path| line.contains(path)),
                    "meldwijzer {} wrote something else: {line}",
                    args.join(" ")
                );
            }
        }
    }
    assert!(output.exists(), "the --output file was written");
    assert!(
        site.join("index.html").exists(),
        "the --site folder was written"
    );
}
