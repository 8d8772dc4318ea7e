//! The checked configuration: the command line and the environment turned into plain
//! values, so that execution never looks at clap types or environment variables.

use std::io::IsTerminal;
use std::path::PathBuf;

use meldwijzer::{FlowInput, Lang, LocalesInput};

use super::args::{
    Cli, ColorWhen, Command, DocFormat, Format, GraphFormat, LangArg, ScriptFormat, StartArgs,
    SummaryFormat,
};
use super::error::{AppError, AppResult};
use super::export::document::Markup;

/// Everything a run needs to know.
#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) lang: Lang,
    pub(crate) flow: FlowInput,
    pub(crate) locales: LocalesInput,
    /// Colour on standard output.
    pub(crate) color_stdout: bool,
    /// Colour on standard error (diagnostics).
    pub(crate) color_stderr: bool,
    /// Whether we may prompt: only when standard input is a terminal.
    pub(crate) interactive: bool,
    pub(crate) task: Task,
}

/// What to do.
#[derive(Debug)]
pub(crate) enum Task {
    Start(StartConfig),
    Check,
    Diff(DiffConfig),
    /// A document computed from the flow.
    Export(Export),
    /// Output about meldwijzer itself, which needs no flow.
    About(About),
}

/// The documents computed from the flow.
#[derive(Debug)]
pub(crate) enum Export {
    Graph(GraphFormat),
    /// `markup` is `None` for JSON.
    Paths {
        markup: Option<Markup>,
        limit: usize,
        count_only: bool,
    },
    Script(Markup),
    Contacts(Format),
}

/// Output about meldwijzer itself.
#[derive(Debug)]
pub(crate) enum About {
    Completions(clap_complete::Shell),
    Man,
    Schema,
}

/// The two flows of `meldwijzer diff`.
#[derive(Debug)]
pub(crate) struct DiffConfig {
    pub(crate) old: (FlowInput, LocalesInput),
    pub(crate) new: (FlowInput, LocalesInput),
    pub(crate) limit: usize,
}

/// Options of a guide run.
#[derive(Debug, Default)]
pub(crate) struct StartConfig {
    /// Answers from `--answer`, in order, as (question, answer).
    pub(crate) answers: Vec<(String, String)>,
    /// The `--answers` file.
    pub(crate) answers_file: Option<PathBuf>,
    pub(crate) format: Format,
    /// Print (or write) a case summary at the end, in this markup.
    pub(crate) summary: Option<Markup>,
    /// Where to write the summary; refused if it exists, unless `force`.
    pub(crate) output: Option<PathBuf>,
    pub(crate) force: bool,
    /// Replay the prepared answers step by step.
    pub(crate) step: bool,
}

/// What the configuration reads from the process environment, passed in so tests can vary it.
pub(crate) struct Environment {
    pub(crate) var: fn(&str) -> Option<String>,
    pub(crate) stdin_is_terminal: bool,
    pub(crate) stdout_is_terminal: bool,
    pub(crate) stderr_is_terminal: bool,
}

impl Environment {
    /// The real process environment.
    pub(crate) fn current() -> Self {
        Self {
            var: |name| std::env::var(name).ok(),
            stdin_is_terminal: std::io::stdin().is_terminal(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stderr_is_terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl Config {
    /// Checks the command line against the environment.
    pub(crate) fn new(cli: Cli, env: &Environment) -> AppResult<Self> {
        let lang = match cli.lang {
            Some(LangArg::Nl) => Lang::Nl,
            Some(LangArg::En) => Lang::En,
            None => Lang::from_env(env.var),
        };
        // https://no-color.org: any non-empty value disables colour.
        let no_color = (env.var)("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = |is_terminal: bool| match cli.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => is_terminal && !no_color,
        };
        let task = match cli.command {
            None => Task::Start(StartConfig::default()),
            Some(Command::Start(args)) => Task::Start(start_config(args)?),
            Some(Command::Check) => Task::Check,
            Some(Command::Graph(args)) => Task::Export(Export::Graph(args.format)),
            Some(Command::Paths(args)) => Task::Export(Export::Paths {
                markup: match args.format {
                    DocFormat::Text => Some(Markup::Text),
                    DocFormat::Markdown => Some(Markup::Markdown),
                    DocFormat::Json => None,
                },
                limit: args.limit,
                count_only: args.count,
            }),
            Some(Command::Script(args)) => Task::Export(Export::Script(match args.format {
                ScriptFormat::Markdown => Markup::Markdown,
                ScriptFormat::Text => Markup::Text,
            })),
            Some(Command::Contacts(args)) => Task::Export(Export::Contacts(args.format)),
            Some(Command::Completions(args)) => Task::About(About::Completions(args.shell)),
            Some(Command::Man) => Task::About(About::Man),
            Some(Command::Schema) => Task::About(About::Schema),
            Some(Command::Diff(args)) => {
                let locales = |dir: Option<String>| {
                    dir.or_else(|| cli.locales.clone())
                        .map_or(LocalesInput::Embedded, |d| LocalesInput::Dir(d.into()))
                };
                Task::Diff(DiffConfig {
                    old: (FlowInput::File(args.old.into()), locales(args.old_locales)),
                    new: (FlowInput::File(args.new.into()), locales(args.new_locales)),
                    limit: args.limit,
                })
            }
        };
        Ok(Self {
            lang,
            flow: cli
                .flow
                .map_or(FlowInput::Embedded, |f| FlowInput::File(f.into())),
            locales: cli
                .locales
                .map_or(LocalesInput::Embedded, |d| LocalesInput::Dir(d.into())),
            color_stdout: color(env.stdout_is_terminal),
            color_stderr: color(env.stderr_is_terminal),
            interactive: env.stdin_is_terminal,
            task,
        })
    }
}

fn start_config(args: StartArgs) -> AppResult<StartConfig> {
    let answers = args
        .answer
        .iter()
        .map(|pair| parse_answer(pair))
        .collect::<AppResult<Vec<_>>>()?;
    if args.step && answers.is_empty() && args.answers.is_none() {
        return Err(AppError::Usage(
            "`--step` replays prepared answers: add `--answers FILE` or `--answer QUESTION=ANSWER`"
                .to_owned(),
        ));
    }
    if args.format == Format::Json && args.summary.is_some() && args.output.is_none() {
        return Err(AppError::Usage(
            "`--summary` is text; with `--format json`, write it to a file with `--output FILE`"
                .to_owned(),
        ));
    }
    Ok(StartConfig {
        answers,
        answers_file: args.answers.map(PathBuf::from),
        format: args.format,
        summary: args.summary.map(|format| match format {
            SummaryFormat::Text => Markup::Text,
            SummaryFormat::Markdown => Markup::Markdown,
        }),
        output: args.output.map(PathBuf::from),
        force: args.force,
        step: args.step,
    })
}

/// Splits `QUESTION=ANSWER`.
fn parse_answer(pair: &str) -> AppResult<(String, String)> {
    match pair.split_once('=') {
        Some((question, answer)) if !question.trim().is_empty() && !answer.trim().is_empty() => {
            Ok((question.trim().to_owned(), answer.trim().to_owned()))
        }
        _ => Err(AppError::Usage(format!(
            "`--answer {pair}` is not of the form QUESTION=ANSWER (for example `--answer country=nl`)"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_split_on_the_first_equals_sign() {
        assert_eq!(
            parse_answer("country=nl").ok(),
            Some(("country".into(), "nl".into()))
        );
        assert!(parse_answer("country").is_err());
        assert!(parse_answer("=nl").is_err());
        assert!(parse_answer("country=").is_err());
    }
}
