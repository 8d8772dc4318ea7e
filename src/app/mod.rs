//! The front-ends: command line, prompts, scripted runs and exports, on top of the core.

mod advice_text;
mod answers;
mod args;
mod config;
mod contact_line;
mod error;
mod export;
mod help;
mod interactive;
mod output;
mod plain;
mod quiz;
mod reason;
mod replay;
mod signals;
mod start;
mod style;
mod verify;
mod voice;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};
use meldwijzer::diagnostic::{self, render_all};
use meldwijzer::{Guide, routes, sanitize};

use args::{Cli, Format, GraphFormat, SchemaKind};
use config::{About, Config, Environment, Export, PathsFormat, Task};
use error::{AppError, AppResult};
use voice::Voice;

/// One person's walk through the guide: its texts, their language and their layout.
#[derive(Clone, Copy)]
pub(crate) struct Session<'g> {
    pub(crate) guide: &'g Guide,
    pub(crate) lang: meldwijzer::Lang,
    pub(crate) style: style::Style,
}

/// What stands above the questions of a walk (the emergency line and the introduction, or
/// a quiz's situation), as lines wrapped in a style: drawn again when the menu clears the
/// screen.
pub(crate) type Above<'a> = &'a dyn Fn(style::Style) -> Vec<String>;

/// Who asks the questions of a walk.
pub(crate) enum Asker<'i> {
    /// The menu on the terminal.
    Menu,
    /// The plain, line-by-line guide reading `input`; `echo` repeats each line read, for
    /// input that does not come from a terminal.
    Plain {
        input: &'i mut dyn std::io::BufRead,
        echo: bool,
    },
}

impl Asker<'_> {
    /// Walks the guide from the walker's position, `until` the person quits or reaches
    /// advice; the last advice shown, if any. `above` is what the screen shows above the
    /// questions, for the menu to draw again.
    pub(crate) fn walk(
        &mut self,
        session: Session<'_>,
        walker: &mut meldwijzer::Walker<'_>,
        out: &mut dyn Write,
        until: Until,
        above: Above<'_>,
    ) -> AppResult<Option<meldwijzer::Advice>> {
        match self {
            Self::Menu => interactive::run(session, walker, out, until, above),
            Self::Plain { input, echo } => plain::run(session, walker, *input, out, *echo, until),
        }
    }
}

/// How long a walk through the guide lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Until {
    /// Until the person quits: after advice, they may go back or start again.
    Quit,
    /// Until the first advice is shown (a quiz question).
    Advice,
}

/// Runs meldwijzer with the process's arguments and environment; the one place where
/// errors become messages and exit codes.
pub(crate) fn run() -> ExitCode {
    let env = Environment::current();
    let cli = match parse(&env) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let lang = config::language(cli.shared.lang, &env);
    let config = match Config::new(cli, &env) {
        Ok(config) => config,
        Err(err) => return report(&err, lang, env.stderr_is_terminal, style::WIDTH),
    };
    let (color_stderr, width) = (config.color_stderr, config.width);
    if let Some(columns) = config.narrow {
        // Below the floor, lines are laid out wider than the screen, and the terminal cuts
        // them anywhere: say so once, rather than leave the reader to puzzle it out.
        let note = Voice::new(lang).text(&error::Message::new(
            "ui-narrow-screen",
            &[
                ("columns", &columns.to_string()),
                ("floor", &style::MIN_WIDTH.to_string()),
            ],
        ));
        // The note itself fits the screen as it is, so that it reads whole.
        eprintln!("{}", style::wrap_to(columns, &note, "", "").join("\n"));
    }
    match execute(&config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err, lang, color_stderr, width),
    }
}

/// The command line, understood; or, when it asks for help or holds a mistake, what clap
/// says about it, in the reader's language, and the exit code.
fn parse(env: &Environment) -> Result<Cli, ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The command line is read with clap's English texts, which cost nothing to set up;
    // only help and mistakes need the reader's words, and the same line is read again
    // with those (the options are the same).
    let err = match Cli::try_parse_from(&args).map(Cli::settled) {
        Ok(cli) if cli.shared.lang == Some(args::LangArg::All) && !cli.is_html() => None,
        Ok(cli) => return Ok(cli),
        // The version line is the same in every language.
        Err(err) if err.kind() == ErrorKind::DisplayVersion => {
            let _ = err.print();
            return Err(ExitCode::SUCCESS);
        }
        Err(err) => Some(err),
    };
    let lang = help::early_language(&args, config::language(None, env));
    let texts = help::Texts::new(lang);
    let voice = Voice::new(lang);
    let Some(english) = err else {
        eprint!("{}", help::lang_all_error(&texts, &voice));
        return Err(ExitCode::from(2));
    };
    // Should the localized command read the line differently (it never should), clap's
    // own English error is said rather than a wrong one.
    let err = help::command(&texts, &voice)
        .try_get_matches_from(&args)
        .err()
        .unwrap_or(english);
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // Help and version go to stdout (exit 0).
        let _ = err.print();
    } else {
        eprint!("{}", help::usage_error(&err, &args, &texts, &voice));
    }
    Err(ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2)))
}

/// Writes `err` to standard error in the reader's language and gives its exit code; the
/// line after Ctrl-C is for a person at a terminal, so it is wrapped to `width`.
fn report(err: &AppError, lang: meldwijzer::Lang, color: bool, width: usize) -> ExitCode {
    let mut stderr = io::stderr().lock();
    // The interface's words come from the built-in catalogue, so that even an error in a
    // flag, before any flow is read, speaks the reader's language.
    let voice = Voice::new(lang);
    // Messages may quote what a file or flag held: never let that reach the terminal raw.
    let _ = match err {
        AppError::ClosedPipe | AppError::Differences | AppError::Reported(_) => Ok(()),
        AppError::InvalidFlow(diagnostics) | AppError::DiffTrouble(diagnostics) => {
            write!(stderr, "{}", render_all(diagnostics, color))
        }
        AppError::Said(said) => writeln!(stderr, "{}", voice.said(said)),
        AppError::SaidAt(diagnostic, said) => {
            writeln!(stderr, "{}", voice.said_at(diagnostic, said, color))
        }
        AppError::Interrupted => {
            // The window may have changed size since the run began.
            let width = terminal_size::terminal_size_of(io::stderr())
                .map_or(width, |(columns, _)| {
                    usize::from(columns.0).clamp(style::MIN_WIDTH, style::WIDTH)
                });
            let lines = style::wrap_to(width, &voice.interrupted(), "", "");
            writeln!(stderr, "\n{}", lines.join("\n"))
        }
        other @ AppError::Failed(_) => {
            writeln!(stderr, "{}", sanitize::for_terminal(&other.to_string()))
        }
    };
    ExitCode::from(err.code())
}

fn execute(config: &Config) -> AppResult {
    let writes_stdout = !matches!(
        &config.task,
        Task::Html(config::HtmlConfig {
            output: Some(_),
            ..
        })
    );
    if writes_stdout && stdout_closed() {
        return Err(
            error::Said::failure(error::Message::new("ui-error-stdout-closed", &[]))
                .with_help(error::Message::new("ui-help-stdout-closed", &[]))
                .into(),
        );
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match &config.task {
        Task::About(about) => write_all(&mut out, &about_meldwijzer(about)?),
        Task::Diff(diff) => compare(diff, config, &mut out),
        Task::Check(today) => check(
            Guide::load(&config.flow, &config.locales),
            *today,
            config,
            &mut out,
        ),
        Task::Start(start_config) => {
            let guide = guide_for(config)?;
            start::run(&guide, config, start_config, &mut out)
        }
        Task::Html(html) => page(html, config, &mut out),
        Task::Verify(verify) => {
            // Every language: a situation is checked in each language it is told in.
            let (guide, _warnings) =
                Guide::load(&config.flow, &config.locales).map_err(AppError::InvalidFlow)?;
            verify::run(&guide, verify, config.lang, config.color_stderr, &mut out)
        }
        Task::Quiz(quiz) => {
            let guide = guide_for(config)?;
            quiz::run(&guide, config, quiz, &mut out)
        }
        Task::Export(task) => {
            let guide = guide_for(config)?;
            let text = export(&guide, config.lang, task)?;
            write_all(&mut out, text.as_bytes())
        }
    }
}

/// True when standard output was closed as meldwijzer started (`>&-`): everything written
/// would be lost, and the run would still end "successfully". The Rust runtime puts
/// `/dev/null` in the place of a closed standard stream, opened for reading and writing,
/// so writes raise no error; a shell's `> /dev/null` opens it for writing only, which is
/// how the two are told apart. (A reader that goes away, as `| head` does, is another
/// matter: that is a broken pipe, met when writing, and ends quietly.)
#[cfg(unix)]
fn stdout_closed() -> bool {
    use std::io::Read as _;
    use std::os::fd::AsFd as _;
    use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _};
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return true;
    };
    let mut file = std::fs::File::from(fd);
    let (Ok(ours), Ok(null)) = (file.metadata(), std::fs::metadata("/dev/null")) else {
        return false;
    };
    let is_null = ours.file_type().is_char_device() && ours.rdev() == null.rdev();
    // Reading nothing fails only on a stream not opened for reading.
    is_null && file.read(&mut []).is_ok()
}

#[cfg(not(unix))]
fn stdout_closed() -> bool {
    false
}

/// The guide for `start` and the exports. The built-in flow is validated when built (see
/// `Guide::embedded`); files given on the command line are always validated in full.
fn load(config: &Config) -> meldwijzer::guide::LoadResult {
    let built_in = config.flow == meldwijzer::FlowInput::Embedded
        && config.locales == meldwijzer::LocalesInput::Embedded;
    if built_in {
        Guide::embedded(config.lang)
    } else {
        Guide::load(&config.flow, &config.locales)
    }
}

/// `meldwijzer html`: the page, on standard output or written to `--output`, or the site
/// written into `--site`.
fn page(html: &config::HtmlConfig, config: &Config, out: &mut dyn Write) -> AppResult {
    // Every language the translations offer, not only the one a start would read.
    let (guide, _warnings) =
        Guide::load(&config.flow, &config.locales).map_err(AppError::InvalidFlow)?;
    let offered: Vec<meldwijzer::Lang> = guide.catalog.languages().collect();
    let langs: Vec<meldwijzer::Lang> = html
        .langs
        .iter()
        .copied()
        .filter(|lang| offered.contains(lang))
        .collect();
    if langs.is_empty() {
        let codes: Vec<&str> = offered.iter().map(|l| l.code()).collect();
        let args = [("lang", config.lang.code()), ("offered", &codes.join(", "))];
        return Err(
            error::Said::usage(error::Message::new("ui-error-language-missing", &args)).into(),
        );
    }
    if let Some(dir) = &html.site {
        let files = export::site::render(&guide, &langs);
        return output::write_site(dir, &files, html.force);
    }
    let text = export::html::render(&guide, &langs);
    match &html.output {
        Some(path) => output::write_new_file(path, &text, html.force),
        None => write_all(out, text.as_bytes()),
    }
}

/// The guide for `start` and the exports, which must speak the language asked for.
fn guide_for(config: &Config) -> AppResult<Guide> {
    let (guide, _warnings) = load(config).map_err(AppError::InvalidFlow)?;
    if guide.catalog.languages().all(|lang| lang != config.lang) {
        let offered: Vec<&str> = guide
            .catalog
            .languages()
            .map(meldwijzer::Lang::code)
            .collect();
        let args = [
            ("lang", config.lang.code()),
            ("offered", &offered.join(", ")),
        ];
        return Err(
            error::Said::usage(error::Message::new("ui-error-language-missing", &args)).into(),
        );
    }
    Ok(guide)
}

fn write_all(out: &mut dyn Write, bytes: &[u8]) -> AppResult {
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

fn check(
    loaded: meldwijzer::guide::LoadResult,
    today: meldwijzer::freshness::Date,
    config: &Config,
    out: &mut dyn Write,
) -> AppResult {
    let (guide, mut warnings) = loaded.map_err(AppError::InvalidFlow)?;
    // A source past its age is worth a warning, never a failure: the facts may still hold.
    warnings.extend(meldwijzer::freshness::warnings(
        &guide.flow,
        today,
        meldwijzer::freshness::DEFAULT_MAX_AGE_DAYS,
    ));
    if !warnings.is_empty() {
        eprint!("{}", render_all(&warnings, config.color_stderr));
    }
    let flow = &guide.flow;
    let count = routes::count(flow);
    let languages: Vec<String> = guide
        .catalog
        .languages()
        .map(|l| l.code().to_owned())
        .collect();
    writeln!(
        out,
        "{}: valid: {}, {}, {}{} routes, {} ({}){}",
        flow.file.name(),
        diagnostic::plural(flow.questions.len(), "question"),
        diagnostic::plural(flow.outcomes.len(), "outcome"),
        if routes::is_saturated(count) {
            "more than "
        } else {
            ""
        },
        count,
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

/// Output about meldwijzer itself (completions, manual, schema), which needs no flow.
fn about_meldwijzer(about: &About) -> AppResult<Vec<u8>> {
    let mut out = Vec::new();
    match about {
        About::Completions(shell) => {
            clap_complete::generate(*shell, &mut Cli::command(), "meldwijzer", &mut out);
        }
        About::Man => clap_mangen::Man::new(Cli::command()).render(&mut out)?,
        About::Schema(kind) => out = shipped_schema(*kind).into(),
    }
    Ok(out)
}

/// The schema of `kind` as shipped in the repository and built in: what `meldwijzer schema`
/// prints. The tests keep each equal to the one generated from the types (feature `schema`).
fn shipped_schema(kind: SchemaKind) -> &'static str {
    match kind {
        SchemaKind::Flow => meldwijzer::embedded::FLOW_SCHEMA,
        SchemaKind::Scenarios => meldwijzer::embedded::SCENARIO_SCHEMA,
        SchemaKind::Advice => include_str!("../../docs/schemas/advice.schema.json"),
        SchemaKind::Contacts => include_str!("../../docs/schemas/contacts.schema.json"),
        SchemaKind::Paths => include_str!("../../docs/schemas/paths.schema.json"),
        SchemaKind::Verify => include_str!("../../docs/schemas/verify.schema.json"),
        SchemaKind::Sources => include_str!("../../docs/schemas/sources.schema.json"),
    }
}

/// The schema of `kind` generated from the types that read or write it.
#[cfg(all(test, feature = "schema"))]
fn generated_schema(kind: SchemaKind) -> String {
    match kind {
        SchemaKind::Flow => meldwijzer::loader::schema(),
        SchemaKind::Scenarios => meldwijzer::scenario::schema(),
        SchemaKind::Advice => meldwijzer::loader::schema_of::<meldwijzer::record::CaseRecord>(),
        SchemaKind::Contacts => export::contacts::schema(),
        SchemaKind::Paths => export::paths::schema(),
        SchemaKind::Verify => verify::schema(),
        SchemaKind::Sources => export::sources::schema(),
    }
}

/// `graph --from` with an id that is no question: the questions there are.
fn unknown_question(guide: &Guide, id: &str) -> AppError {
    let ids = guide.flow.question_ids();
    let help = error::Message::did_you_mean(
        id,
        &ids,
        "ui-help-did-you-mean-question",
        "ui-help-questions",
        "questions",
    );
    error::Said::usage(error::Message::new(
        "ui-error-unknown-question",
        &[("question", id)],
    ))
    .with_help(help)
    .into()
}

/// The text of an export.
fn export(guide: &Guide, lang: meldwijzer::Lang, task: &Export) -> AppResult<String> {
    let json_error = |e: serde_json::Error| AppError::Failed(e.to_string());
    let phone = guide.emergency_phone();
    Ok(match *task {
        Export::Graph {
            format,
            ref from,
            country,
            landscape,
        } => {
            if landscape && format != GraphFormat::Svg {
                // DOT and Mermaid are laid out by their own renderers, not here.
                return Err(error::Said::usage(error::Message::new(
                    "ui-error-landscape-svg-only",
                    &[],
                ))
                .into());
            }
            let whole = meldwijzer::graph::Graph::new(guide, lang);
            let mut graph = match from {
                None => whole,
                Some(id) => whole
                    .subtree(id)
                    .ok_or_else(|| unknown_question(guide, id))?,
            };
            if let Some(country) = country {
                export::country::restrict_graph(&mut graph, &guide.flow, country);
            }
            match format {
                GraphFormat::Dot => export::dot::render(&graph, phone),
                GraphFormat::Mermaid => export::mermaid::render(&graph, phone),
                GraphFormat::Svg => export::svg::render(
                    &graph,
                    phone,
                    &format!("meldwijzer · {}", guide.flow.verified.id),
                    if landscape {
                        export::svg::Shape::Landscape
                    } else {
                        export::svg::Shape::Tree
                    },
                ),
            }
        }
        Export::Paths {
            count_only: true,
            country,
            ..
        } => export::paths::count(guide, lang, country),
        Export::Paths {
            format,
            limit,
            country,
            ..
        } => match format {
            PathsFormat::Document(markup) => {
                export::paths::document(guide, lang, limit, markup, country)
            }
            PathsFormat::Json => {
                export::paths::json(guide, lang, limit, country).map_err(json_error)?
            }
            PathsFormat::Commands => export::paths::commands(guide, limit, country),
        },
        Export::Script {
            markup,
            compact: false,
            country,
        } => export::script::render(guide, lang, markup, country),
        Export::Script {
            markup,
            compact: true,
            country,
        } => export::script::compact(guide, lang, markup, country),
        Export::Contacts(Format::Text, country) => export::contacts::text(guide, lang, country),
        Export::Contacts(Format::Json, country) => {
            export::contacts::json(guide, lang, country).map_err(json_error)?
        }
        Export::Sources {
            format,
            max_age,
            today,
        } => {
            let ages = meldwijzer::freshness::ages(&guide.flow, today, max_age);
            match format {
                Format::Text => export::sources::text(guide, lang, &ages, today, max_age),
                Format::Json => {
                    export::sources::json(guide, lang, &ages, today, max_age).map_err(json_error)?
                }
            }
        }
    })
}

/// `meldwijzer diff`: exit 0 when the flows give the same advice everywhere, 1 when not,
/// 2 when either cannot be loaded (the convention of diff(1)).
fn compare(diff: &config::DiffConfig, config: &Config, out: &mut dyn Write) -> AppResult {
    let load = |(flow, locales): &(meldwijzer::FlowInput, meldwijzer::LocalesInput)| {
        Guide::load(flow, locales)
            .map(|(guide, _)| guide)
            .map_err(AppError::DiffTrouble)
    };
    let old = load(&diff.old)?;
    let new = load(&diff.new)?;
    // Every language, the reader's first: a change in any translation is a change.
    let mut langs = vec![config.lang];
    langs.extend(meldwijzer::Lang::ALL.iter().filter(|&&l| l != config.lang));
    let comparison = meldwijzer::comparison::compare(&old, &new, &langs, diff.limit);
    out.write_all(export::diff::render(&new, config.lang, &comparison).as_bytes())?;
    out.flush()?;
    if comparison.changes.is_empty() {
        Ok(())
    } else {
        Err(AppError::Differences)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cargo test` builds the crate with the `schema` feature (a dev-dependency on itself),
    /// so that the comparison below runs with the README's test command; a build without
    /// it fails here rather than skip the comparison.
    #[cfg(not(feature = "schema"))]
    #[test]
    fn the_tests_are_built_with_the_schema_feature() {
        panic!("built without the `schema` feature: the shipped schemas go unchecked");
    }

    /// Every shipped schema is the one generated from the types. `MELDWIJZER_BLESS=1 cargo
    /// test schema` rewrites the files; review the diff.
    #[cfg(feature = "schema")]
    #[test]
    fn the_shipped_schemas_are_the_generated_ones() {
        use clap::ValueEnum as _;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for kind in SchemaKind::value_variants() {
            let path = root.join(match kind {
                SchemaKind::Flow => "flows/flow.schema.json".to_owned(),
                SchemaKind::Scenarios => "examples/scenario.schema.json".to_owned(),
                other => format!(
                    "docs/schemas/{}.schema.json",
                    other.to_possible_value().expect("a name").get_name()
                ),
            });
            let generated = generated_schema(*kind);
            if std::env::var_os("MELDWIJZER_BLESS").is_some() {
                std::fs::write(&path, &generated).expect("schema written");
            } else {
                assert_eq!(
                    shipped_schema(*kind),
                    generated,
                    "{}: regenerate with `MELDWIJZER_BLESS=1 cargo test schema`",
                    path.display()
                );
            }
        }
    }
}
