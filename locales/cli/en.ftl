# The command line's own texts: --help of meldwijzer and of every command, and the
# mistakes in how it was called. English. Read only from the built-in files, before any
# flow is loaded: they live apart from the translations of a flow (nl/, en/, fr/), which
# never need them.

cli-about = Where to report child sexual abuse material or the online sexual abuse of a minor, in the Netherlands and Belgium.
cli-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-examples = Examples:
cli-options = OPTIONS
cli-command = COMMAND
cli-default = default: { $value }
cli-values = possible values: { $values }

# Commands.
cli-about-start = Run the guide: interactively, or scripted with --answer/--answers (the default)
cli-about-check = Validate a flow and its translations and report every problem
cli-about-graph = Draw the tree: DOT for Graphviz, Mermaid for Markdown, or SVG
cli-about-paths = List every route from the first question to an outcome
cli-about-script = Print a call script for helpline staff
cli-about-contacts = Print the reference card of every channel
cli-about-diff = Compare two flows: routes added, removed, or ending in different advice
cli-about-completions = Print a shell completion script (in English)
cli-about-man = Print the manual page (roff, in English)
cli-about-html = The guide as one offline web page, or as a site to publish: no script, nothing loaded
cli-about-verify = Check scenario files: does every situation still reach its advice?
cli-about-quiz = A quiz for trainees: walk the guide for each situation, then see how you did
cli-about-schema = Print the JSON Schema of flow or scenario files, or of a JSON output
cli-about-sources = List the sources: where each fact was read, when, what rests on it, and whether it is due for a new check
cli-about-help = Print this help, or the help of the given command

# The names of values, in the usage lines.
cli-value-file = FILE
cli-value-dir = DIR
cli-value-n = N
cli-value-id = ID
cli-value-format = FORMAT
cli-value-lang = LANG
cli-value-color = COLOR
cli-value-shell = SHELL
cli-value-kind = KIND
cli-value-days = DAYS
cli-value-question-answer = QUESTION=ANSWER
cli-value-ref = REF
cli-value-text = TEXT
cli-value-country = COUNTRY
cli-value-question = QUESTION
cli-value-old-toml = OLD.toml
cli-value-new-toml = NEW.toml
cli-value-command = COMMAND

# Options and arguments, by command.
cli-arg-help = Print help
cli-arg-version = Print the version
cli-arg-lang = Language of all output: nl, en or fr (all: every language, for html only) [default: from LANG, else nl]
cli-arg-flow = Read the flow from this TOML file instead of the built-in one
cli-arg-locales = Read translations from this folder (with nl/, en/ and fr/) instead of the built-in ones
cli-arg-color = When to use colours: auto (on a terminal, unless NO_COLOR is set), always or never [default: auto]
cli-arg-plain = Ask line by line, for screen readers and plain terminals (also TERM=dumb, MELDWIJZER_PLAIN=1)
cli-arg-start-answer = Answer a question: QUESTION=ANSWER (repeatable)
cli-arg-start-answers = Read answers from a TOML file (see examples/)
cli-arg-start-format = Output format of the advice: text for people, or json for programs (fields are documented in the README)
cli-arg-start-summary = At the end, print the case record (the answers, the advice and the contacts given) for case notes, as text or markdown
cli-arg-start-output = Write the summary to this file instead (the only file meldwijzer ever writes)
cli-arg-start-force = Overwrite the --output file if it exists
cli-arg-start-step = Replay prepared answers one question at a time, waiting for Enter (for trainers)
cli-arg-start-case-ref = The case reference to put in the case record (JSON and summary; at most 64 characters)
cli-arg-start-note = A note to put in the case record (JSON and summary; at most 1000 characters)
cli-arg-graph-format = Drawing format: dot (Graphviz), mermaid (renders in GitHub Markdown) or svg (laid out without Graphviz)
cli-arg-graph-country = Only the branches of this country (and those for everyone)
cli-arg-graph-from = Draw only what this question leads to (its id), to show one part on a projector
cli-arg-graph-landscape = Spread the outcomes over more columns, so the SVG fits a 16:9 projector screen
cli-arg-paths-format = Output format: text, markdown, json, or commands (one ready-to-run `meldwijzer start -a ...` line per route)
cli-arg-paths-limit = List at most this many routes
cli-arg-paths-count = Only count the routes (fast, whatever their number)
cli-arg-paths-country = Only the routes of this country (and those for everyone)
cli-arg-script-format = Output format: markdown (to print or convert) or text
cli-arg-script-compact = A short script to keep beside the phone: the steps with their answer ids, one line per piece of advice, every warning once
cli-arg-script-country = Only the steps and advice of this country (and those for everyone)
cli-arg-contacts-format = Output format: text for people, or json for programs
cli-arg-contacts-country = Only the contacts of this country (and those for everyone)
cli-arg-diff-old = The flow before the change
cli-arg-diff-new = The flow after the change
cli-arg-diff-old-locales = Translations of the old flow [default: --locales, else the built-in ones]
cli-arg-diff-new-locales = Translations of the new flow [default: --locales, else the built-in ones]
cli-arg-diff-limit = List at most this many routes that differ (the flows are always compared in full)
cli-arg-completions-shell = The shell to complete for
cli-arg-html-lang = Language of the page or site: nl, en or fr, or all for every language [default: all]
cli-arg-html-output = Write the page to this file instead of standard output
cli-arg-html-site = Write a site to publish into this folder: a page per language, a choice of language (index.html) and the drawing for trainers
cli-arg-html-force = Overwrite the --output file if it exists; write into a --site folder that is not empty
cli-arg-verify-files = Scenario files (TOML, see examples/scenarios.toml)
cli-arg-verify-format = Output format: text (findings located like a compiler's) or json for tools
cli-arg-quiz-file = A scenario file (TOML, see examples/scenarios.toml)
cli-arg-quiz-scenario = Only this scenario (its id)
cli-arg-quiz-country = Only the situations whose route stays in this country
cli-arg-quiz-count = Ask at most this many situations
cli-arg-quiz-shuffle = Ask the situations in a random order
cli-arg-quiz-seed = The order --shuffle gives: the same number, the same order [default: from the clock]
cli-arg-schema-kind = What the schema describes: flow files (flows/*.toml), scenario files (examples/scenarios.toml), or the JSON of start (advice), contacts, paths, verify or sources
cli-arg-sources-max-age = A source read more than this many days ago is due for a new check
cli-arg-sources-format = Output format: text for people, or json for a helpline's own reminders
cli-arg-help-command = The command to explain

# The examples under meldwijzer --help.
cli-example-start = Start the guide (asks questions)
cli-example-lang = The guide in English
cli-example-scripted = Scripted run, advice as JSON
cli-example-replay = Replay prepared answers
cli-example-step = Replay for a room, one question at a time
cli-example-summary = File a case record
cli-example-script = A printable call script
cli-example-compact = A short script beside the phone, Belgium only
cli-example-graph = The tree as a picture
cli-example-check = Validate an edited flow
cli-example-html = The guide as one offline web page
cli-example-site = The guide as a site to publish
cli-example-verify = Do the situations still reach their advice?
cli-example-quiz = A quiz for a training session

# Mistakes in how meldwijzer was called.
cli-error-unknown-command = there is no command `{ $command }`
cli-error-unknown-argument = `{ $argument }` is not an option or argument here
cli-help-did-you-mean = did you mean `{ $suggestion }`?
cli-help-commands = the commands are: { $commands }
cli-help-separator = to give `{ $argument }` as a value, write `-- { $argument }`
cli-error-missing-value = `{ $option }` needs a value
cli-error-invalid-value = `{ $value }` is not a valid value for `{ $option }`
cli-error-not-a-number = `{ $value }` is not a whole number, as `{ $option }` needs
cli-help-possible-values = possible values: { $values }
cli-error-missing-argument = missing: { $arguments }
cli-error-conflict = `{ $option }` cannot be used with `{ $other }`
cli-error-too-many = too many values: `{ $value }` was not expected
cli-error-other = the command line is not understood ({ $detail })
cli-error-lang-all = `--lang all` is only for `html`, which can hold every language; choose nl, en or fr
cli-more-help = For more information, run `{ $command } --help`.
