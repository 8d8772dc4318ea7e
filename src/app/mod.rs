//! The front-ends: command line, prompts, scripted runs and exports, on top of the core.

mod advice_text;
mod answers;
mod args;
mod config;
mod error;
mod export;
mod interactive;
mod style;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use meldwijzer::diagnostic::{self, render_all};
use meldwijzer::{Advice, Guide, Walker, routes};

use answers::GivenAnswers;
use args::{Cli, Format, GraphFormat};
use config::{Config, Environment, StartConfig, Task};
use error::{AppError, AppResult};
use style::Style;

/// Runs meldwijzer with the process's arguments and environment; the one place where
/// errors become messages and exit codes.
pub(crate) fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout (exit 0), mistakes to stderr (exit 2).
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    let env = Environment::current();
    let config = match Config::new(cli, &env) {
        Ok(config) => config,
        Err(err) => return report(&err, env.stderr_is_terminal),
    };
    let color_stderr = config.color_stderr;
    match execute(&config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err, color_stderr),
    }
}

fn report(err: &AppError, color: bool) -> ExitCode {
    let mut stderr = io::stderr().lock();
    let _ = match err {
        AppError::ClosedPipe => Ok(()),
        AppError::InvalidFlow(diagnostics) => write!(stderr, "{}", render_all(diagnostics, color)),
        AppError::UsageAt(diagnostic) => writeln!(stderr, "{}", diagnostic.render(color)),
        AppError::Interrupted => writeln!(stderr),
        other => writeln!(stderr, "{other}"),
    };
    ExitCode::from(err.code())
}

fn execute(config: &Config) -> AppResult {
    let loaded = Guide::load(&config.flow, &config.locales);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match config.task {
        Task::Check => check(loaded, config, &mut out),
        Task::Start(ref start) => {
            let (guide, _warnings) = loaded.map_err(AppError::InvalidFlow)?;
            run_guide(&guide, config, start, &mut out)
        }
        Task::Graph(format) => {
            let (guide, _warnings) = loaded.map_err(AppError::InvalidFlow)?;
            let graph = meldwijzer::graph::Graph::new(&guide, config.lang);
            let phone = guide.emergency_phone();
            let text = match format {
                GraphFormat::Dot => export::dot::render(&graph, phone),
                GraphFormat::Mermaid => export::mermaid::render(&graph, phone),
                GraphFormat::Svg => export::svg::render(
                    &graph,
                    phone,
                    &format!("meldwijzer · {}", guide.flow.verified.id),
                ),
            };
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(())
        }
    }
}

fn check(loaded: meldwijzer::guide::LoadResult, config: &Config, out: &mut dyn Write) -> AppResult {
    let (guide, warnings) = loaded.map_err(AppError::InvalidFlow)?;
    if !warnings.is_empty() {
        eprint!("{}", render_all(&warnings, config.color_stderr));
    }
    let flow = &guide.flow;
    let languages: Vec<String> = guide
        .catalog
        .languages()
        .map(|l| l.code().to_owned())
        .collect();
    writeln!(
        out,
        "{}: valid: {}, {}, {} routes, {} ({}){}",
        flow.file.name(),
        diagnostic::plural(flow.questions.len(), "question"),
        diagnostic::plural(flow.outcomes.len(), "outcome"),
        routes::count(flow),
        diagnostic::plural(languages.len(), "locale"),
        languages.join(", "),
        if warnings.is_empty() {
            String::new()
        } else {
            format!(", {}", diagnostic::plural(warnings.len(), "warning"))
        }
    )?;
    Ok(())
}

fn run_guide(
    guide: &Guide,
    config: &Config,
    start: &StartConfig,
    out: &mut dyn Write,
) -> AppResult {
    let lang = config.lang;
    let style = Style::new(config.color_stdout);
    let given = GivenAnswers::collect(start.answers_file.as_deref(), &start.answers)?;
    given.check_questions(guide)?;
    let mut walker = Walker::new(&guide.flow)
        .ok_or_else(|| AppError::Failed("the flow has no start".to_owned()))?;
    given.walk(&mut walker)?;

    if walker.outcome().is_none() {
        if !config.interactive || start.format == Format::Json {
            return Err(answers::missing_answer(&walker));
        }
        if given.is_empty() {
            // Emergency first, before any question.
            writeln!(out, "{}", style.alert(&guide.emergency_line(lang)))?;
            for line in style::wrap(&guide.catalog.text(lang, "ui-intro"), "", "") {
                writeln!(out, "{line}")?;
            }
        }
        interactive::run(guide, lang, style, &mut walker, out)?;
        return Ok(());
    }

    for question in given.unused(&walker, guide) {
        eprintln!(
            "warning: the answer to `{question}` was not used: the route taken does not ask it"
        );
    }
    let Some(outcome) = walker.outcome() else {
        return Ok(());
    };
    let advice = Advice::new(guide, lang, walker.steps(), outcome);
    match start.format {
        Format::Text => write!(out, "{}", advice_text::render(guide, lang, &advice, style))?,
        Format::Json => {
            let json = serde_json::to_string_pretty(&advice)
                .map_err(|e| AppError::Failed(e.to_string()))?;
            writeln!(out, "{json}")?;
        }
    }
    out.flush()?;
    Ok(())
}
