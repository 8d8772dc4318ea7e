//! The checked configuration: the command line and the environment turned into plain
//! values, so that execution never looks at clap types or environment variables.

use std::io::IsTerminal;
use std::path::PathBuf;

use meldwijzer::country::Country;
use meldwijzer::freshness::Date;
use meldwijzer::record::{self, Clock, StaffInput};
use meldwijzer::{FlowInput, Lang, LocalesInput};

use super::args::{
    Cli, ColorWhen, Command, DocFormat, Format, GraphFormat, LangArg, SchemaKind, ScriptFormat,
    StartArgs, SummaryFormat,
};
use super::error::{AppResult, Message, Said};
use super::export::document::Markup;
use super::style;

/// Everything a run needs to know.
// Independent facts about the streams, each read once from the environment.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) lang: Lang,
    pub(crate) flow: FlowInput,
    pub(crate) locales: LocalesInput,
    /// Colour on standard output.
    pub(crate) color_stdout: bool,
    /// Colour on standard error (diagnostics).
    pub(crate) color_stderr: bool,
    /// How `start` asks for answers it was not given.
    pub(crate) asking: Asking,
    /// The width text for people is wrapped to.
    pub(crate) width: usize,
    /// The terminal's columns, when it is narrower than the floor text is wrapped to.
    pub(crate) narrow: Option<usize>,
    /// Standard output is a terminal (not a pipe or file).
    pub(crate) screen: bool,
    /// Web addresses may be made links (OSC 8): a terminal known to follow them, and not
    /// the plain guide.
    pub(crate) links: bool,
    pub(crate) task: Task,
}

/// How the guide asks the questions it has no answer for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Asking {
    /// A menu on the terminal, moved through with the arrow keys.
    Menu,
    /// Line by line, numbered answers typed on standard input (a terminal or a pipe).
    Plain,
    /// Not at all: standard input is not a terminal, so a missing answer is an error.
    Never,
}

/// What to do.
#[derive(Debug)]
pub(crate) enum Task {
    Start(StartConfig),
    /// `check`, on this day (sources past the default age are warned about).
    Check(Date),
    Diff(DiffConfig),
    Verify(VerifyConfig),
    Quiz(QuizConfig),
    Html(HtmlConfig),
    /// A document computed from the flow.
    Export(Export),
    /// Output about meldwijzer itself, which needs no flow.
    About(About),
}

/// The documents computed from the flow.
#[derive(Debug)]
pub(crate) enum Export {
    /// The drawing, of the whole tree or of what one question leads to, and of one
    /// country's branches only.
    Graph {
        format: GraphFormat,
        from: Option<String>,
        country: Option<Country>,
        /// Spread for a projector (SVG only).
        landscape: bool,
    },
    /// `markup` is `None` for JSON.
    Paths {
        format: PathsFormat,
        limit: usize,
        count_only: bool,
        country: Option<Country>,
    },
    Script {
        markup: Markup,
        compact: bool,
        country: Option<Country>,
    },
    Contacts(Format, Option<Country>),
    /// The record of sources, aged on `today`.
    Sources {
        format: Format,
        max_age: u32,
        today: Date,
    },
}

/// How `paths` prints the routes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathsFormat {
    Document(Markup),
    Json,
    /// One `meldwijzer start` command line per route.
    Commands,
}

/// Output about meldwijzer itself.
#[derive(Debug)]
pub(crate) enum About {
    Completions(clap_complete::Shell),
    Man,
    Schema(SchemaKind),
}

/// `html`: the offline web page.
#[derive(Debug)]
pub(crate) struct HtmlConfig {
    /// Its languages, the first shown before any link is followed.
    pub(crate) langs: Vec<Lang>,
    pub(crate) output: Option<PathBuf>,
    /// The folder of `--site`.
    pub(crate) site: Option<PathBuf>,
    pub(crate) force: bool,
}

/// `verify`: scenario files checked against the flow.
#[derive(Debug)]
pub(crate) struct VerifyConfig {
    pub(crate) files: Vec<PathBuf>,
    pub(crate) format: Format,
}

/// `quiz`: a scenario file for a training session.
#[derive(Debug)]
pub(crate) struct QuizConfig {
    pub(crate) file: PathBuf,
    pub(crate) scenario: Option<String>,
    /// Only the situations whose route stays in this country (or is for everyone).
    pub(crate) country: Option<Country>,
    /// At most this many situations.
    pub(crate) count: Option<usize>,
    /// Shuffled with this seed.
    pub(crate) shuffle: Option<u64>,
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
    /// The case reference and note of the case record, checked and made safe.
    pub(crate) staff: StaffInput,
    /// Where the time of the case record comes from.
    pub(crate) clock: Clock,
}

/// What the configuration reads from the process environment, passed in so tests can vary it.
pub(crate) struct Environment {
    pub(crate) var: fn(&str) -> Option<String>,
    pub(crate) stdin_is_terminal: bool,
    pub(crate) stdout_is_terminal: bool,
    pub(crate) stderr_is_terminal: bool,
    /// Columns of the terminal standard output writes to, if it is one.
    pub(crate) terminal_width: Option<usize>,
}

impl Environment {
    /// The real process environment.
    pub(crate) fn current() -> Self {
        Self {
            var: |name| std::env::var(name).ok(),
            stdin_is_terminal: std::io::stdin().is_terminal(),
            stdout_is_terminal: std::io::stdout().is_terminal(),
            stderr_is_terminal: std::io::stderr().is_terminal(),
            terminal_width: terminal_size::terminal_size_of(std::io::stdout())
                .map(|(width, _)| usize::from(width.0)),
        }
    }
}

impl Config {
    /// Checks the command line against the environment.
    pub(crate) fn new(cli: Cli, env: &Environment) -> AppResult<Self> {
        let shared = &cli.shared;
        let lang = language(shared.lang, env);
        let set = |name: &str| (env.var)(name).is_some_and(|v| !v.is_empty() && v != "0");
        let dumb = (env.var)("TERM").as_deref() == Some("dumb");
        let asking = if shared.plain || set("MELDWIJZER_PLAIN") {
            Asking::Plain
        } else if !env.stdin_is_terminal {
            Asking::Never
        } else if dumb {
            // A terminal that cannot move the cursor gets the line-by-line guide.
            Asking::Plain
        } else {
            Asking::Menu
        };
        // https://no-color.org: any non-empty value disables colour. A dumb terminal shows
        // escape sequences as junk, and the plain guide promises none at all.
        let no_color = (env.var)("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = |is_terminal: bool| match shared.color.unwrap_or_default() {
            // The plain guide promises no escape sequence at all, whatever is asked.
            _ if asking == Asking::Plain => false,
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => is_terminal && !no_color && !dumb,
        };
        let task = match cli.command {
            None => Task::Start(StartConfig {
                clock: clock(env),
                ..StartConfig::default()
            }),
            Some(Command::Start(args)) => Task::Start(start_config(args, clock(env))?),
            Some(Command::Check(_)) => Task::Check(today(env)?),
            Some(Command::Sources(args)) => Task::Export(Export::Sources {
                format: args.format,
                max_age: args.max_age,
                today: today(env)?,
            }),
            Some(
                command @ (Command::Graph(_)
                | Command::Paths(_)
                | Command::Script(_)
                | Command::Contacts(_)),
            ) => Task::Export(export(command)),
            Some(Command::Completions(args)) => Task::About(About::Completions(args.shell)),
            Some(Command::Man(_)) => Task::About(About::Man),
            Some(Command::Schema(args)) => Task::About(About::Schema(args.kind)),
            Some(Command::Html(args)) => Task::Html(HtmlConfig {
                // The page speaks every language unless one is asked for.
                langs: match shared.lang {
                    None | Some(LangArg::All) => Lang::ALL.to_vec(),
                    Some(_) => vec![lang],
                },
                output: output_file(args.output.as_deref())?,
                site: args.site.map(PathBuf::from),
                force: args.force,
            }),
            Some(Command::Verify(args)) => Task::Verify(VerifyConfig {
                files: args.files.into_iter().map(PathBuf::from).collect(),
                format: args.format,
            }),
            Some(Command::Quiz(args)) => Task::Quiz(QuizConfig {
                file: args.file.into(),
                scenario: args.scenario,
                country: args.country.map(Country::from),
                count: args.count,
                shuffle: args.shuffle.then(|| args.seed.unwrap_or_else(clock_seed)),
            }),
            Some(Command::Diff(args)) => {
                let locales = |dir: Option<String>| {
                    dir.or_else(|| shared.locales.clone())
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
            flow: shared
                .flow
                .as_ref()
                .map_or(FlowInput::Embedded, |f| FlowInput::File(f.into())),
            locales: shared
                .locales
                .as_ref()
                .map_or(LocalesInput::Embedded, |d| LocalesInput::Dir(d.into())),
            color_stdout: color(env.stdout_is_terminal),
            color_stderr: color(env.stderr_is_terminal),
            asking,
            width: text_width(env),
            narrow: terminal_columns(env).filter(|&c| c < style::MIN_WIDTH),
            screen: env.stdout_is_terminal,
            links: env.stdout_is_terminal
                && asking != Asking::Plain
                && style::terminal_links(env.var),
            task,
        })
    }
}

/// The language of all output: `--lang`, else the locale environment, else Dutch. (`all`
/// is for `html`, which renders every language; anything else speaks the environment's.)
pub(crate) fn language(flag: Option<LangArg>, env: &Environment) -> Lang {
    match flag {
        Some(LangArg::Nl) => Lang::Nl,
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Fr) => Lang::Fr,
        Some(LangArg::All) | None => Lang::from_env(env.var),
    }
}

/// The width to wrap text for people to: the terminal's (`COLUMNS` first, as shells set
/// it), within a readable range; a pipe or file gets the fixed width, so output that
/// scripts read does not depend on who ran them.
fn text_width(env: &Environment) -> usize {
    terminal_columns(env).map_or(style::WIDTH, |columns| {
        columns.clamp(style::MIN_WIDTH, style::WIDTH)
    })
}

/// The columns of the terminal standard output writes to (`COLUMNS` first), if it is one.
fn terminal_columns(env: &Environment) -> Option<usize> {
    if !env.stdout_is_terminal {
        return None;
    }
    let columns = (env.var)("COLUMNS")
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or(env.terminal_width)
        .unwrap_or(style::WIDTH);
    Some(columns)
}

/// The clock of case records: stopped at `SOURCE_DATE_EPOCH` where that is set (for
/// reproducible output), else the system's, in its local zone. Read here, before any
/// thread starts, as the local zone can only be read safely then.
fn clock(env: &Environment) -> Clock {
    (env.var)("SOURCE_DATE_EPOCH")
        .and_then(|seconds| Clock::fixed(&seconds))
        .unwrap_or_else(Clock::local)
}

/// Today's date (UTC) from the system clock; `MELDWIJZER_TODAY` (YYYY-MM-DD) sets another
/// day, for tests whose output must not change with the calendar.
fn today(env: &Environment) -> AppResult<Date> {
    if let Some(value) = (env.var)("MELDWIJZER_TODAY") {
        return Date::parse(&value).ok_or_else(|| {
            Said::usage(Message::new("ui-error-today", &[("value", value.as_str())])).into()
        });
    }
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    Ok(Date::from_unix_days(
        i64::try_from(seconds / 86_400).unwrap_or(i64::MAX),
    ))
}

/// A value given with `flag` for the case record, refused when longer than `max`.
fn staff_text(flag: &str, value: Option<String>, max: usize) -> AppResult<Option<String>> {
    let Some(value) = value else { return Ok(None) };
    if let Some(text) = record::staff_text(&value, max) {
        return Ok(Some(text));
    }
    let (max, length) = (max.to_string(), value.trim().chars().count().to_string());
    let args = [("flag", flag), ("max", max.as_str()), ("length", &length)];
    Err(Said::usage(Message::new("ui-error-too-long", &args)).into())
}

fn start_config(args: StartArgs, clock: Clock) -> AppResult<StartConfig> {
    let answers = args
        .answer
        .iter()
        .map(|pair| parse_answer(pair))
        .collect::<AppResult<Vec<_>>>()?;
    if args.step && answers.is_empty() && args.answers.is_none() {
        return Err(Said::usage(Message::new("ui-error-step-needs-answers", &[])).into());
    }
    let output = output_file(args.output.as_deref())?;
    if args.format == Format::Json && args.summary.is_some() && output.is_none() {
        return Err(Said::usage(Message::new("ui-error-summary-with-json", &[])).into());
    }
    Ok(StartConfig {
        answers,
        answers_file: args.answers.map(PathBuf::from),
        format: args.format,
        summary: args.summary.map(|format| match format {
            SummaryFormat::Text => Markup::Text,
            SummaryFormat::Markdown => Markup::Markdown,
        }),
        output,
        force: args.force,
        step: args.step,
        staff: StaffInput {
            case_ref: staff_text("--case-ref", args.case_ref, record::MAX_CASE_REF)?,
            note: staff_text("--note", args.note, record::MAX_NOTE)?,
        },
        clock,
    })
}

/// The file `--output` names: `-` is standard output, as for most tools (`./-` is a file
/// of that name), and an empty name is a mistake, not a folder that does not exist.
fn output_file(output: Option<&str>) -> AppResult<Option<PathBuf>> {
    match output {
        None | Some("-") => Ok(None),
        Some("") => Err(Said::usage(Message::new("ui-error-output-empty", &[])).into()),
        Some(path) => Ok(Some(PathBuf::from(path))),
    }
}

/// Splits `QUESTION=ANSWER`.
fn parse_answer(pair: &str) -> AppResult<(String, String)> {
    match pair.split_once('=') {
        Some((question, answer)) if !question.trim().is_empty() && !answer.trim().is_empty() => {
            Ok((question.trim().to_owned(), answer.trim().to_owned()))
        }
        _ => Err(Said::usage(Message::new("ui-error-answer-form", &[("pair", pair)])).into()),
    }
}

/// A seed for `quiz --shuffle` without `--seed`: the clock's nanoseconds, enough to vary
/// the order from one session to the next.
fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0x9e37_79b9_7f4a_7c15, |d| {
            d.as_secs() ^ u64::from(d.subsec_nanos()).rotate_left(32)
        })
}

/// The document an export command asks for.
fn export(command: Command) -> Export {
    match command {
        Command::Graph(args) => Export::Graph {
            format: args.format,
            from: args.from,
            country: args.country.map(Country::from),
            landscape: args.landscape,
        },
        Command::Paths(args) => Export::Paths {
            format: match args.format {
                DocFormat::Text => PathsFormat::Document(Markup::Text),
                DocFormat::Markdown => PathsFormat::Document(Markup::Markdown),
                DocFormat::Json => PathsFormat::Json,
                DocFormat::Commands => PathsFormat::Commands,
            },
            limit: args.limit,
            count_only: args.count,
            country: args.country.map(Country::from),
        },
        Command::Script(args) => Export::Script {
            markup: match args.format {
                ScriptFormat::Markdown => Markup::Markdown,
                ScriptFormat::Text => Markup::Text,
            },
            compact: args.compact,
            country: args.country.map(Country::from),
        },
        Command::Contacts(args) => Export::Contacts(args.format, args.country.map(Country::from)),
        _ => unreachable!("only export commands are passed here"),
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
