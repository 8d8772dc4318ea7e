//! Writes a generated flow of about N nodes and its locales, for `bench/compare.sh`:
//! `cargo run --release --example generate -- 10000 /tmp/flow-10k`; a deep one with
//! `-- chain 10000 DIR` (N questions in a row) or `-- ladder 10000 DIR` (2^N routes).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let shape = match args.peek().map(String::as_str) {
        Some("chain" | "ladder" | "tree") => args.next().unwrap_or_default(),
        _ => "tree".to_owned(),
    };
    let (Some(nodes), Some(dir)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: generate [tree|chain|ladder] NODES DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let generated = match shape.as_str() {
        "chain" => meldwijzer::synthetic::chain(nodes),
        "ladder" => meldwijzer::synthetic::ladder(nodes),
        _ => meldwijzer::synthetic::tree(nodes),
    };
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("flow.toml"), &generated.flow))
        .and_then(|()| generated.write_locales(&dir.join("locales")));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cannot write {}: {err}", dir.display());
            ExitCode::FAILURE
        }
    }
}
