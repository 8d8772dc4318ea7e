//! The command line, as clap sees it. Nothing below `config` uses these types.

// Doc comments here are the `--help` text people read, not rustdoc: no backticks.
#![allow(clippy::doc_markdown)]

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  meldwijzer                                    Start the guide (asks questions)
  meldwijzer --lang en                          The guide in English
  meldwijzer start -a country=nl -a nl-what=chat-app --format json
                                                Scripted run, advice as JSON
  meldwijzer start --answers examples/nl-chat-app.toml
                                                Replay prepared answers
  meldwijzer start --answers examples/be-images.toml --step
                                                Replay for a room, one question at a time
  meldwijzer start --summary --case-ref K-17 --output case.txt
                                                File a case record
  meldwijzer script > script.md                 A printable call script
  meldwijzer script --compact --country be --format text
                                                Two pages beside the phone, Belgium only
  meldwijzer graph --format svg > tree.svg      The tree as a picture
  meldwijzer check --flow flows/default.toml --locales locales
                                                Validate an edited flow
  meldwijzer html --output meldwijzer.html      The guide as one offline web page
  meldwijzer html --site site                   The guide as a site to publish
  meldwijzer verify examples/scenarios.toml     Do the situations still reach their advice?
  meldwijzer quiz examples/scenarios.toml       A quiz for a training session

In danger right now? Call 112 (in Belgium, 101 for the police).";

/// Where to report child sexual abuse material or the online sexual abuse of a minor, in
/// the Netherlands and Belgium.
#[derive(Debug, Parser)]
// An option given twice counts as given last, as with most programs (and as one given both
// before and after the command's name does).
#[command(name = "meldwijzer", version, about, after_help = EXAMPLES, max_term_width = 100)]
#[command(args_override_self = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

impl Cli {
    /// True when the command is `html`, the one that can speak every language at once.
    pub(crate) fn is_html(&self) -> bool {
        matches!(self.command, Some(Command::Html(_)))
    }

    /// The command line with the options given after the command's name folded into
    /// [`Cli::shared`]: an option given both before and after it counts as given after.
    pub(crate) fn settled(mut self) -> Self {
        if let Some(command) = &mut self.command {
            let after = std::mem::take(command.shared_mut());
            self.shared = Shared {
                lang: after.lang.or(self.shared.lang),
                flow: after.flow.or(self.shared.flow),
                locales: after.locales.or(self.shared.locales),
                color: after.color.or(self.shared.color),
                plain: after.plain || self.shared.plain,
            };
        }
        self
    }
}

// The options every command takes, before or after its name (`meldwijzer --lang en start`
// or `meldwijzer start --lang en`). (Not a doc comment: clap would make it the about of
// every command it is flattened into.)
//
// Each command carries its own copy rather than clap's `global` options, which clap copies
// into every command at each start; each command's options are built only for the command
// used (`defer`).
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct Shared {
    /// Language of all output (all: every language, for html) [default: from LANG, else nl]
    #[arg(long, short = 'l', value_enum)]
    pub(crate) lang: Option<LangArg>,

    /// Read the flow from this TOML file instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pub(crate) flow: Option<String>,

    /// Read translations from this folder (with nl/, en/ and fr/) instead of the built-in ones
    #[arg(long, value_name = "DIR")]
    pub(crate) locales: Option<String>,

    /// When to use colours (auto, the default: on a terminal, unless NO_COLOR is set)
    #[arg(long, value_enum)]
    pub(crate) color: Option<ColorWhen>,

    /// Ask line by line, for screen readers and plain terminals (also TERM=dumb, MELDWIJZER_PLAIN=1)
    #[arg(long)]
    pub(crate) plain: bool,
}

impl Shared {
    /// The ids of these options, which have the same help text under every command.
    pub(crate) const IDS: [&str; 5] = ["lang", "flow", "locales", "color", "plain"];
}

#[derive(Debug, Subcommand)]
// Each command's options are built only when it is the one used.
#[command(defer = true)]
pub(crate) enum Command {
    /// Run the guide: interactively, or scripted with --answer/--answers (the default)
    Start(StartArgs),
    /// Validate a flow and its translations and report every problem
    Check(Shared),
    /// Draw the tree: DOT for Graphviz, Mermaid for Markdown, or SVG
    Graph(GraphArgs),
    /// List every route from the first question to an outcome
    Paths(PathsArgs),
    /// Print a call script for helpline staff
    Script(ScriptArgs),
    /// Print the reference card of every channel
    Contacts(ContactsArgs),
    /// Compare two flows: routes added, removed, or ending in different advice
    Diff(DiffArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Print the manual page (roff)
    Man(Shared),
    /// The guide as one offline web page, or as a site to publish: no script, nothing loaded
    Html(HtmlArgs),
    /// Check scenario files: does every situation still reach its advice?
    Verify(VerifyArgs),
    /// A quiz for trainees: walk the guide for each situation, then see how you did
    Quiz(QuizArgs),
    /// Print the JSON Schema of flow or scenario files, or of a JSON output
    Schema(SchemaArgs),
    /// List the sources: where each fact was read, when, what rests on it, and whether it is due for a new check
    Sources(SourcesArgs),
}

impl Command {
    /// `cmd`, the command called `name`, with its own options, as clap adds them when it
    /// builds the command used (`defer`). The help adds them itself, because it rewrites
    /// every text before clap builds anything: clap decides then whether the help has a
    /// longer form, from the English texts.
    pub(crate) fn with_options(name: &str, cmd: clap::Command) -> clap::Command {
        // Nothing is left for clap to add when it builds `cmd`.
        let cmd = cmd.defer(std::convert::identity);
        match name {
            "start" => StartArgs::augment_args(cmd),
            "graph" => GraphArgs::augment_args(cmd),
            "paths" => PathsArgs::augment_args(cmd),
            "script" => ScriptArgs::augment_args(cmd),
            "contacts" => ContactsArgs::augment_args(cmd),
            "diff" => DiffArgs::augment_args(cmd),
            "completions" => CompletionsArgs::augment_args(cmd),
            "html" => HtmlArgs::augment_args(cmd),
            "verify" => VerifyArgs::augment_args(cmd),
            "quiz" => QuizArgs::augment_args(cmd),
            "schema" => SchemaArgs::augment_args(cmd),
            "sources" => SourcesArgs::augment_args(cmd),
            _ => Shared::augment_args(cmd),
        }
    }

    /// The options every command takes, as given after this command's name.
    fn shared_mut(&mut self) -> &mut Shared {
        match self {
            Self::Start(args) => &mut args.shared,
            Self::Check(shared) | Self::Man(shared) => shared,
            Self::Graph(args) => &mut args.shared,
            Self::Paths(args) => &mut args.shared,
            Self::Script(args) => &mut args.shared,
            Self::Contacts(args) => &mut args.shared,
            Self::Diff(args) => &mut args.shared,
            Self::Completions(args) => &mut args.shared,
            Self::Html(args) => &mut args.shared,
            Self::Verify(args) => &mut args.shared,
            Self::Quiz(args) => &mut args.shared,
            Self::Schema(args) => &mut args.shared,
            Self::Sources(args) => &mut args.shared,
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct SourcesArgs {
    /// A source read more than this many days ago is due for a new check
    #[arg(long, value_name = "DAYS", default_value_t = meldwijzer::freshness::DEFAULT_MAX_AGE_DAYS)]
    pub(crate) max_age: u32,

    /// Output format: text for people, or JSON for a helpline's own reminders
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").args(["output", "site"])))]
pub(crate) struct HtmlArgs {
    /// Write the page to this file instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<String>,

    /// Write a site to publish into this folder: a page per language, a language choice (index.html) and the drawing for trainers
    #[arg(long, value_name = "DIR")]
    pub(crate) site: Option<String>,

    /// Overwrite the --output file if it exists; write into a --site folder that is not empty
    #[arg(long, requires = "target")]
    pub(crate) force: bool,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// Scenario files (TOML, see examples/scenarios.toml)
    #[arg(value_name = "FILE", required = true)]
    pub(crate) files: Vec<String>,

    /// Output format: findings located like a compiler's, or JSON for tools
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct QuizArgs {
    /// A scenario file (TOML, see examples/scenarios.toml)
    #[arg(value_name = "FILE")]
    pub(crate) file: String,

    /// Only this scenario (its id)
    #[arg(long, value_name = "ID")]
    pub(crate) scenario: Option<String>,

    /// Only what a helpline in this country needs
    #[arg(long, value_enum)]
    pub(crate) country: Option<CountryArg>,
    /// Ask at most this many situations
    #[arg(long, value_name = "N", conflicts_with = "scenario")]
    pub(crate) count: Option<usize>,

    /// Ask the situations in a random order
    #[arg(long, conflicts_with = "scenario")]
    pub(crate) shuffle: bool,

    /// The order --shuffle gives: the same number, the same order [default: the clock]
    #[arg(long, value_name = "N", requires = "shuffle")]
    pub(crate) seed: Option<u64>,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// Which files the schema describes
    #[arg(value_enum, default_value_t = SchemaKind::Flow)]
    pub(crate) kind: SchemaKind,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SchemaKind {
    /// Flow files (flows/*.toml)
    Flow,
    /// Scenario files (examples/scenarios.toml)
    Scenarios,
    /// The case record of start --format json
    Advice,
    /// The reference card of contacts --format json
    Contacts,
    /// The routes of paths --format json
    Paths,
    /// The findings of verify --format json
    Verify,
    /// The record of sources --format json
    Sources,
}

/// A country, to keep only what a helpline there needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CountryArg {
    /// The Netherlands
    Nl,
    /// Belgium
    Be,
}

impl From<CountryArg> for meldwijzer::country::Country {
    fn from(arg: CountryArg) -> Self {
        match arg {
            CountryArg::Nl => Self::Nl,
            CountryArg::Be => Self::Be,
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct PathsArgs {
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = DocFormat::Text)]
    pub(crate) format: DocFormat,
    /// List at most this many routes
    #[arg(long, value_name = "N", default_value_t = meldwijzer::limits::DEFAULT_ROUTE_LIST_LIMIT)]
    pub(crate) limit: usize,
    /// Only count the routes (fast, whatever their number)
    #[arg(long)]
    pub(crate) count: bool,
    /// Only the routes of this country (and those for everyone)
    #[arg(long, value_enum)]
    pub(crate) country: Option<CountryArg>,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct ScriptArgs {
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ScriptFormat::Markdown)]
    pub(crate) format: ScriptFormat,
    /// One or two pages: the steps with answer ids, one line per advice, warnings once
    #[arg(long)]
    pub(crate) compact: bool,
    /// Only the steps and advice of this country (and those for everyone)
    #[arg(long, value_enum)]
    pub(crate) country: Option<CountryArg>,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct ContactsArgs {
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
    /// Only the contacts of this country (and those for everyone)
    #[arg(long, value_enum)]
    pub(crate) country: Option<CountryArg>,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The flow before the change
    #[arg(value_name = "OLD.toml")]
    pub(crate) old: String,
    /// The flow after the change
    #[arg(value_name = "NEW.toml")]
    pub(crate) new: String,
    /// Translations of the old flow [default: --locales, else the built-in ones]
    #[arg(long, value_name = "DIR")]
    pub(crate) old_locales: Option<String>,
    /// Translations of the new flow [default: --locales, else the built-in ones]
    #[arg(long, value_name = "DIR")]
    pub(crate) new_locales: Option<String>,
    /// List at most this many routes that differ (the flows are compared in full)
    #[arg(long, value_name = "N", default_value_t = meldwijzer::limits::DEFAULT_ROUTE_LIST_LIMIT)]
    pub(crate) limit: usize,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DocFormat {
    /// Plain text
    Text,
    /// Markdown
    Markdown,
    /// JSON
    Json,
    /// One ready-to-run `meldwijzer start -a ...` line per route
    Commands,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ScriptFormat {
    /// Markdown, to print or convert
    Markdown,
    /// Plain text
    Text,
}

#[derive(Debug, Args)]
pub(crate) struct GraphArgs {
    /// Drawing format
    #[arg(long, short = 'f', value_enum, default_value_t = GraphFormat::Svg)]
    pub(crate) format: GraphFormat,
    /// Only the branches of this country (and those for everyone)
    #[arg(long, value_enum)]
    pub(crate) country: Option<CountryArg>,

    /// Draw only what this question leads to (its id), to show one part on a projector
    #[arg(long, value_name = "QUESTION")]
    pub(crate) from: Option<String>,

    /// Spread the outcomes over more columns, so the SVG fits a 16:9 projector screen
    #[arg(long)]
    pub(crate) landscape: bool,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum GraphFormat {
    /// Graphviz DOT (render with `dot -Tsvg`)
    Dot,
    /// Mermaid flowchart (renders in GitHub Markdown)
    Mermaid,
    /// SVG, laid out without Graphviz
    Svg,
}

#[derive(Debug, Args, Default)]
pub(crate) struct StartArgs {
    /// Answer a question: QUESTION=ANSWER (repeatable)
    #[arg(long, short = 'a', value_name = "QUESTION=ANSWER")]
    pub(crate) answer: Vec<String>,

    /// Read answers from a TOML file (see examples/)
    #[arg(long, value_name = "FILE")]
    pub(crate) answers: Option<String>,

    /// Output format of the advice
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,

    /// At the end, print a summary of the answers and the advice for case notes
    #[arg(long, value_enum, value_name = "FORMAT", num_args = 0..=1, default_missing_value = "text")]
    pub(crate) summary: Option<SummaryFormat>,

    /// Write the summary to this file instead (the only file meldwijzer ever writes)
    #[arg(long, short = 'o', value_name = "FILE", requires = "summary")]
    pub(crate) output: Option<String>,

    /// Overwrite the --output file if it exists
    #[arg(long, requires = "output")]
    pub(crate) force: bool,

    /// Replay prepared answers one question at a time, waiting for Enter (for trainers)
    #[arg(long, conflicts_with = "format")]
    pub(crate) step: bool,

    /// The case reference to put in the case record (JSON and summary; at most 64 characters)
    #[arg(long, value_name = "REF")]
    pub(crate) case_ref: Option<String>,

    /// A note to put in the case record (JSON and summary; at most 1000 characters)
    #[arg(long, value_name = "TEXT")]
    pub(crate) note: Option<String>,

    #[command(flatten)]
    pub(crate) shared: Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SummaryFormat {
    /// Plain text
    Text,
    /// Markdown
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    Nl,
    En,
    Fr,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub(crate) enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub(crate) enum Format {
    /// Plain text for people
    #[default]
    Text,
    /// JSON for programs (fields are documented in the README)
    Json,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn the_options_every_command_takes_count_before_and_after_its_name() {
        use clap::Parser;
        let parse = |line: &str| super::Cli::parse_from(line.split(' ')).settled().shared;
        let before = parse("meldwijzer --lang fr --color never --plain start");
        let after = parse("meldwijzer start --lang fr --color never --plain");
        for shared in [before, after] {
            assert_eq!(shared.lang, Some(super::LangArg::Fr));
            assert_eq!(shared.color, Some(super::ColorWhen::Never));
            assert!(shared.plain);
        }
        // Given on both sides, the option after the command's name counts.
        let both = parse("meldwijzer --lang fr --flow a.toml check --lang en --locales l");
        assert_eq!(both.lang, Some(super::LangArg::En));
        assert_eq!(both.flow.as_deref(), Some("a.toml"));
        assert_eq!(both.locales.as_deref(), Some("l"));
        assert_eq!(parse("meldwijzer --plain").color, None);
        // Given twice on the same side, the last counts too.
        let twice =
            parse("meldwijzer --lang fr --lang nl start --lang fr --lang en --plain --plain");
        assert_eq!(twice.lang, Some(super::LangArg::En));
        assert!(twice.plain);
    }

    #[test]
    fn the_ids_of_the_shared_options_are_those_of_its_fields() {
        use clap::Args;
        let cmd = super::Shared::augment_args(clap::Command::new("x"));
        let ids: Vec<&str> = cmd
            .get_arguments()
            .map(|arg| arg.get_id().as_str())
            .collect();
        assert_eq!(ids, super::Shared::IDS);
    }

    /// The help adds each command's options itself: the same ones clap adds.
    #[test]
    fn every_command_has_the_options_the_help_gives_it() {
        let mut built = super::Cli::command();
        built.build();
        let ids = |cmd: &clap::Command| -> Vec<String> {
            cmd.get_arguments()
                .map(|arg| arg.get_id().to_string())
                .filter(|id| id != "help")
                .collect()
        };
        for sub in built
            .get_subcommands()
            .filter(|sub| sub.get_name() != "help")
        {
            let name = sub.get_name().to_owned();
            let mut ours = super::Command::with_options(&name, clap::Command::new(name.clone()));
            ours.build();
            assert_eq!(ids(&ours), ids(sub), "{name}");
        }
    }
}
