//! The `meldwijzer` command: a thin shell around [`app::run`].

mod app;

fn main() -> std::process::ExitCode {
    app::run()
}
