//! The command line in the reader's language: `--help` of meldwijzer and of every command,
//! and the mistakes clap finds in how it was called.
//!
//! clap speaks only English, so the command it parses with is rewritten here from the
//! built-in `cli.ftl` files: every about and help text, the value names, the headings and
//! the usage lines. Its errors are read as values (their kind and context) and said again in
//! the reader's words. The man page and the completions stay English (`Cli::command()`).

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use meldwijzer::Lang;

use super::args::{self, Cli, Shared};
use super::voice::Voice;

/// The built-in command-line texts of each language.
const FILES: [(Lang, &str); 3] = [
    (Lang::Nl, include_str!("../../locales/cli/nl.ftl")),
    (Lang::En, include_str!("../../locales/cli/en.ftl")),
    (Lang::Fr, include_str!("../../locales/cli/fr.ftl")),
];

/// The examples under `meldwijzer --help`: the command line, and the message saying what it
/// does.
const EXAMPLES: &[(&str, &str)] = &[
    ("meldwijzer", "cli-example-start"),
    ("meldwijzer --lang en", "cli-example-lang"),
    (
        "meldwijzer start -a country=nl -a nl-what=chat-app --format json",
        "cli-example-scripted",
    ),
    (
        "meldwijzer start --answers examples/nl-chat-app.toml",
        "cli-example-replay",
    ),
    (
        "meldwijzer start --answers examples/be-images.toml --step",
        "cli-example-step",
    ),
    (
        "meldwijzer start --summary --case-ref K-17 --output case.txt",
        "cli-example-summary",
    ),
    ("meldwijzer script > script.md", "cli-example-script"),
    (
        "meldwijzer script --compact --country be --format text",
        "cli-example-compact",
    ),
    (
        "meldwijzer graph --format svg > tree.svg",
        "cli-example-graph",
    ),
    (
        "meldwijzer check --flow flows/default.toml --locales locales",
        "cli-example-check",
    ),
    (
        "meldwijzer html --output meldwijzer.html",
        "cli-example-html",
    ),
    ("meldwijzer html --site site", "cli-example-site"),
    (
        "meldwijzer verify examples/scenarios.toml",
        "cli-example-verify",
    ),
    (
        "meldwijzer quiz examples/scenarios.toml",
        "cli-example-quiz",
    ),
];

/// The width of the command column of the examples.
const EXAMPLE_COLUMN: usize = 46;

/// The command-line texts of one language.
pub(crate) struct Texts {
    bundle: Option<FluentBundle<FluentResource>>,
    french: bool,
}

impl Texts {
    /// The texts of `lang`, from the built-in files.
    pub(crate) fn new(lang: Lang) -> Self {
        let bundle = FILES
            .iter()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, text)| FluentResource::try_new((*text).to_owned()).ok())
            .and_then(|resource| {
                let mut bundle = FluentBundle::new(vec![lang.code().parse().ok()?]);
                // Terminal text: no Unicode isolation marks around variables.
                bundle.set_use_isolating(false);
                bundle.add_resource(resource).ok()?;
                Some(bundle)
            });
        Self {
            bundle,
            french: lang == Lang::Fr,
        }
    }

    /// Message `id` with `args`; its id if it is missing (a test checks none is).
    pub(crate) fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Some(bundle) = &self.bundle else {
            return id.to_owned();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if self.french {
            // The space French sets before `:` `;` `?` `!` never breaks a line (clap wraps
            // help at plain spaces only).
            let mut glued = text.replace(" :", "\u{a0}:");
            for mark in [';', '?', '!'] {
                glued = glued.replace(&format!(" {mark}"), &format!("\u{a0}{mark}"));
            }
            glued
        } else {
            text.into_owned()
        }
    }

    fn has(&self, id: &str) -> bool {
        self.bundle.as_ref().is_some_and(|b| b.has_message(id))
    }
}

/// The language to speak before the command line is understood: the `--lang` it holds, if
/// it names one, else the locale environment's.
pub(crate) fn early_language(args: &[OsString], from_env: Lang) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = if word == "--lang" || word == "-l" {
            words.next().map(std::borrow::Cow::into_owned)
        } else if let Some(value) = word.strip_prefix("--lang=") {
            Some(value.to_owned())
        } else {
            word.strip_prefix("-l")
                .filter(|v| !v.is_empty())
                .map(|value| value.trim_start_matches('=').to_owned())
        };
        if let Some(lang) = value.and_then(|v| Lang::ALL.into_iter().find(|l| l.code() == v)) {
            return lang;
        }
    }
    from_env
}

/// The command line as clap parses it, with every text in the reader's language.
pub(crate) fn command(texts: &Texts, voice: &Voice) -> Command {
    let t = |id: &str| texts.text(id, &[]);
    let mut after = format!("{}\n", t("cli-heading-examples"));
    for (line, id) in EXAMPLES {
        let said = t(id);
        if line.len() < EXAMPLE_COLUMN {
            let _ = writeln!(after, "  {line:<EXAMPLE_COLUMN$}{said}");
        } else {
            let _ = writeln!(after, "  {line}\n  {:EXAMPLE_COLUMN$}{said}", "");
        }
    }
    after.push('\n');
    after.push_str(&voice.emergency());
    let root = Cli::command()
        .about(t("cli-about"))
        .long_about(None)
        .after_help(after)
        .subcommand_help_heading(t("cli-heading-commands"))
        .subcommand_value_name(t("cli-command"))
        .override_usage(format!(
            "meldwijzer [{}] [{}]",
            t("cli-options"),
            t("cli-command")
        ))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t("cli-arg-version")),
        );
    let mut root = localized(root, "", texts);
    let names: Vec<String> = root
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        root = root.mut_subcommand(&name, |sub| {
            let about = t(&format!("cli-about-{name}"));
            // Every help ends as the guide begins: with whom to call in an emergency.
            let sub = args::Command::with_options(&name, sub)
                .about(about)
                .long_about(None)
                .after_help(voice.emergency());
            let sub = localized(sub, &format!("{name}-"), texts);
            let usage = usage(&sub, &format!("meldwijzer {name}"), texts);
            sub.override_usage(usage)
        });
    }
    // clap's own `help` command exists once the command is built.
    root.build();
    root.mut_subcommand("help", |help| {
        help.about(t("cli-about-help"))
            .after_help(voice.emergency())
            .subcommand_help_heading(t("cli-heading-commands"))
            .help_template(template(texts))
            .override_usage(format!("meldwijzer help [{}]", t("cli-value-command")))
            .mut_args(|arg| localize_arg(arg, "help-", texts))
            // The commands it lists (`meldwijzer help help`), itself among them.
            .mut_subcommands(|sub| {
                let about = t(&format!("cli-about-{}", sub.get_name()));
                sub.about(about)
            })
    })
}

/// The help layout with the reader's word for "Usage".
fn template(texts: &Texts) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        texts.text("cli-usage", &[])
    )
}

/// `cmd` with its own help flag, its arguments and headings in the reader's words; the ids
/// of its texts start with `cli-arg-{prefix}`.
fn localized(cmd: Command, prefix: &str, texts: &Texts) -> Command {
    cmd.help_template(template(texts))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(texts.text("cli-arg-help", &[])),
        )
        .mut_args(|arg| {
            // A command may say an option every command takes in its own words (`html
            // --lang`, whose default differs).
            let own = format!(
                "cli-arg-{prefix}{}",
                arg.get_id().as_str().replace('_', "-")
            );
            let prefix = if is_common(&arg) && !texts.has(&own) {
                ""
            } else {
                prefix
            };
            localize_arg(arg, prefix, texts)
        })
}

/// True for an argument every command has, with the same text everywhere: the shared
/// options, help and version.
fn is_common(arg: &Arg) -> bool {
    let id = arg.get_id().as_str();
    Shared::IDS.contains(&id) || matches!(id, "help" | "version")
}

/// `arg` with its help text, value names and heading in the reader's words: the values and
/// the default clap would add in English are said here instead.
fn localize_arg(arg: Arg, prefix: &str, texts: &Texts) -> Arg {
    let t = |id: &str| texts.text(id, &[]);
    let id = format!(
        "cli-arg-{prefix}{}",
        arg.get_id().as_str().replace('_', "-")
    );
    let mut help = if texts.has(&id) {
        t(&id)
    } else {
        arg.get_help().map(ToString::to_string).unwrap_or_default()
    };
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_possible_values_set() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        if !values.is_empty() {
            let values = texts.text("cli-values", &[("values", &values.join(", "))]);
            let _ = write!(help, " [{values}]");
        }
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let default = texts.text("cli-default", &[("value", &defaults.join(", "))]);
        let _ = write!(help, " [{default}]");
    }
    let heading = if arg.is_positional() {
        t("cli-heading-arguments")
    } else {
        t("cli-heading-options")
    };
    let mut arg = arg.help(help).long_help(None).help_heading(heading);
    if takes_values {
        arg = arg.hide_possible_values(true).hide_default_value(true);
        let names: Vec<String> = value_names(&arg)
            .iter()
            .map(|name| {
                let key = format!("cli-value-{}", value_key(name));
                if texts.has(&key) {
                    t(&key)
                } else {
                    name.clone()
                }
            })
            .collect();
        arg = arg.value_names(names);
    }
    arg
}

/// The names clap shows for the values of `arg`: its own, else its id in capitals.
fn value_names(arg: &Arg) -> Vec<String> {
    arg.get_value_names().map_or_else(
        || vec![arg.get_id().as_str().to_uppercase()],
        |names| names.iter().map(ToString::to_string).collect(),
    )
}

/// The message key of a value name: `QUESTION=ANSWER` is `question-answer`.
fn value_key(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The usage line of command `cmd`, called as `path`: its options, then its arguments.
fn usage(cmd: &Command, path: &str, texts: &Texts) -> String {
    let mut line = format!("{path} [{}]", texts.text("cli-options", &[]));
    for arg in cmd.get_positionals() {
        let names = value_names(arg).join(" ");
        let many = matches!(arg.get_action(), ArgAction::Append);
        let dots = if many { "..." } else { "" };
        if arg.is_required_set() {
            let _ = write!(line, " <{names}>{dots}");
        } else {
            let _ = write!(line, " [{names}]{dots}");
        }
    }
    line
}

/// The mistake clap found, in the reader's words: what is wrong, a hint where there is one,
/// the usage line, and where to read more.
pub(crate) fn usage_error(
    err: &clap::Error,
    args: &[OsString],
    texts: &Texts,
    voice: &Voice,
) -> String {
    let (message, help) = mistake(err, texts);
    let usage = usage_of(err, texts, subcommand_in(args));
    let command = usage.split(" [").next().unwrap_or("meldwijzer").to_owned();
    let t = |id: &str, args: &[(&str, &str)]| texts.text(id, args);
    format!(
        "{}\n\n{} {usage}\n\n{}\n",
        voice.said_text(&message, help.as_deref()),
        t("cli-usage", &[]),
        t("cli-more-help", &[("command", &command)])
    )
}

/// What is wrong, and a hint, from the kind and context of clap's error.
fn mistake(err: &clap::Error, texts: &Texts) -> (String, Option<String>) {
    let get = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => v.first().map(ToString::to_string),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let all = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => get(kind).into_iter().collect(),
    };
    let t = |id: &str, args: &[(&str, &str)]| texts.text(id, args);
    let arg = get(ContextKind::InvalidArg)
        .map(|arg| argument_named(err, arg))
        .unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = get(ContextKind::SuggestedArg).or_else(|| get(ContextKind::SuggestedValue));
    let did_you_mean = suggestion
        .as_deref()
        .map(|s| t("cli-help-did-you-mean", &[("suggestion", s)]));
    match err.kind() {
        ErrorKind::InvalidSubcommand => {
            let command = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            let commands: Vec<String> = Cli::command()
                .get_subcommands()
                .map(|c| c.get_name().to_owned())
                .collect();
            let names: Vec<&str> = commands.iter().map(String::as_str).collect();
            // The one closest command, by the measure the guide uses for answers.
            let help = meldwijzer::suggestion::did_you_mean(&command, names.iter().copied())
                .map_or_else(
                    || t("cli-help-commands", &[("commands", &commands.join(", "))]),
                    |s| t("cli-help-did-you-mean", &[("suggestion", s)]),
                );
            (
                t("cli-error-unknown-command", &[("command", &command)]),
                Some(help),
            )
        }
        ErrorKind::UnknownArgument => {
            let help = did_you_mean.or_else(|| {
                get(ContextKind::TrailingArg)
                    .map(|_| t("cli-help-separator", &[("argument", &arg)]))
            });
            (t("cli-error-unknown-argument", &[("argument", &arg)]), help)
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            (t("cli-error-missing-value", &[("option", &arg)]), None)
        }
        ErrorKind::InvalidValue => {
            let values = all(ContextKind::ValidValue);
            let help = did_you_mean.or_else(|| {
                (!values.is_empty()).then(|| {
                    t(
                        "cli-help-possible-values",
                        &[("values", &values.join(", "))],
                    )
                })
            });
            let message = t(
                "cli-error-invalid-value",
                &[("value", &value), ("option", &arg)],
            );
            (message, help)
        }
        // The only values checked beyond their form are the numbers (`--limit`).
        ErrorKind::ValueValidation => {
            let message = t(
                "cli-error-not-a-number",
                &[("value", &value), ("option", &arg)],
            );
            (message, None)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = all(ContextKind::InvalidArg).join(", ");
            (
                t("cli-error-missing-argument", &[("arguments", &missing)]),
                None,
            )
        }
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg)
                .map(option_name)
                .unwrap_or_default();
            (
                t("cli-error-conflict", &[("option", &arg), ("other", &other)]),
                None,
            )
        }
        ErrorKind::TooManyValues => (t("cli-error-too-many", &[("value", &value)]), None),
        _ => {
            let detail = err.render().to_string();
            let first = detail.lines().next().unwrap_or_default();
            let detail = first.strip_prefix("error: ").unwrap_or(first).to_owned();
            (t("cli-error-other", &[("detail", &detail)]), None)
        }
    }
}

/// An option named without its value name: `--format`, not `--format <FORMAT>`.
fn option_name(arg: String) -> String {
    match arg.split_once([' ', '=']) {
        Some((option, _)) if option.starts_with('-') => option.to_owned(),
        _ => arg,
    }
}

/// The argument `err` is about, as the reader should see it: an unknown one as it was typed
/// (up to its `=value`), even when it holds a space; a known option without the value names
/// clap adds.
fn argument_named(err: &clap::Error, arg: String) -> String {
    if err.kind() != ErrorKind::UnknownArgument {
        return option_name(arg);
    }
    match arg.split_once('=') {
        Some((option, _)) if option.starts_with('-') => option.to_owned(),
        _ => arg,
    }
}

/// The command named on the command line, if any.
fn subcommand_in(args: &[OsString]) -> Option<String> {
    let names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    args.iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .find(|a| names.contains(a))
}

/// The usage line of the command the mistake was made in: `sub`, else meldwijzer itself.
fn usage_of(err: &clap::Error, texts: &Texts, sub: Option<String>) -> String {
    let given = match err.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    // clap gives the usage as "Usage: <line>", where the line is the one set here.
    let given = given.lines().find_map(|line| {
        line.split_once(": ")
            .map(|(_, usage)| usage.trim().to_owned())
    });
    given.unwrap_or_else(|| {
        let root = Cli::command();
        match sub.and_then(|name| {
            let cmd = root.find_subcommand(&name)?;
            let cmd = args::Command::with_options(&name, cmd.clone());
            let cmd = localized(cmd, &format!("{name}-"), texts);
            Some(usage(&cmd, &format!("meldwijzer {name}"), texts))
        }) {
            Some(line) => line,
            None => format!(
                "meldwijzer [{}] [{}]",
                texts.text("cli-options", &[]),
                texts.text("cli-command", &[])
            ),
        }
    })
}

/// `--lang all` outside `html`, in the reader's words.
pub(crate) fn lang_all_error(texts: &Texts, voice: &Voice) -> String {
    format!(
        "{}\n",
        voice.said_text(&texts.text("cli-error-lang-all", &[]), None)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message id the command asks for, in every language.
    #[test]
    fn every_text_of_the_command_line_is_in_every_language() {
        let mut root = Cli::command();
        root.build();
        let mut ids: Vec<String> = vec!["cli-about".to_owned(), "cli-about-help".to_owned()];
        for arg in root.get_arguments() {
            ids.push(format!("cli-arg-{}", arg.get_id()));
        }
        for sub in root
            .get_subcommands()
            .filter(|sub| sub.get_name() != "help")
        {
            ids.push(format!("cli-about-{}", sub.get_name()));
            for arg in sub.get_arguments().filter(|arg| !is_common(arg)) {
                let id = arg.get_id().as_str().replace('_', "-");
                ids.push(format!("cli-arg-{}-{id}", sub.get_name()));
                if arg.get_action().takes_values() {
                    for name in value_names(arg) {
                        ids.push(format!("cli-value-{}", value_key(&name)));
                    }
                }
            }
        }
        ids.extend(EXAMPLES.iter().map(|(_, id)| (*id).to_owned()));
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            let texts = Texts::new(lang);
            for id in &ids {
                if !texts.has(id) {
                    missing.push(format!("{}: {id}", lang.code()));
                }
            }
        }
        missing.dedup();
        assert!(missing.is_empty(), "missing from cli/*.ftl: {missing:#?}");
    }

    #[test]
    fn the_language_is_found_anywhere_on_the_command_line() {
        let args = |line: &str| -> Vec<OsString> { line.split(' ').map(OsString::from).collect() };
        let env = Lang::Nl;
        assert_eq!(early_language(&args("m strat --lang fr"), env), Lang::Fr);
        assert_eq!(early_language(&args("m --lang=en --help"), env), Lang::En);
        assert_eq!(early_language(&args("m -l fr"), env), Lang::Fr);
        assert_eq!(early_language(&args("m -len"), env), Lang::En);
        assert_eq!(early_language(&args("m --lang all --help"), env), Lang::Nl);
        assert_eq!(early_language(&args("m -- --lang fr"), env), Lang::Nl);
    }

    #[test]
    fn the_command_line_in_every_language_is_consistent() {
        for lang in Lang::ALL {
            let mut cmd = command(&Texts::new(lang), &Voice::new(lang));
            cmd.build();
            cmd.debug_assert();
        }
    }
}
