//! Writes a generated flow of about N nodes and its locales, for `bench/compare.sh`:
//! `cargo run --release --example generate -- 10000 /tmp/flow-10k`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(nodes), Some(dir)) = (
        args.next().and_then(|n| n.parse::<usize>().ok()),
        args.next(),
    ) else {
        eprintln!("usage: generate NODES DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    let generated = meldwijzer::synthetic::tree(nodes);
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
