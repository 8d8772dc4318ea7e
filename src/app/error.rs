//! Everything that can end a run early, and the exit code each one gives.

use std::fmt;
use std::io;

use meldwijzer::Diagnostic;

/// A message from the interface's catalogue: its id and the values of its variables,
/// resolved in the reader's language when it is shown.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    pub(crate) id: &'static str,
    pub(crate) args: Vec<(&'static str, String)>,
    /// Variables whose values are messages themselves (a reason), resolved first.
    pub(crate) nested: Vec<(&'static str, Message)>,
}

impl Message {
    /// The message `id` with these variables.
    pub(crate) fn new(id: &'static str, args: &[(&'static str, &str)]) -> Self {
        Self {
            id,
            args: args.iter().map(|&(k, v)| (k, v.to_owned())).collect(),
            nested: Vec::new(),
        }
    }

    /// With the variable `name` set to `message`, resolved in the same language.
    #[must_use]
    pub(crate) fn with(mut self, name: &'static str, message: Message) -> Self {
        self.nested.push((name, message));
        self
    }

    /// The hint for a mistyped id: `suggest` ("did you mean `x`? ...") when one of `ids` is
    /// close to `wrong`, else `list`; both give the ids in the variable `ids_var`.
    pub(crate) fn did_you_mean(
        wrong: &str,
        ids: &[&str],
        suggest: &'static str,
        list: &'static str,
        ids_var: &'static str,
    ) -> Self {
        let all = ids.join(", ");
        match meldwijzer::suggestion::did_you_mean(wrong, ids.iter().copied()) {
            Some(s) => Self::new(suggest, &[("suggestion", s), (ids_var, &all)]),
            None => Self::new(list, &[(ids_var, &all)]),
        }
    }
}

/// An error a person reads in their own language: what went wrong, and what to do.
#[derive(Debug, Clone)]
pub(crate) struct Said {
    pub(crate) message: Message,
    pub(crate) help: Option<Message>,
    /// A mistake in how meldwijzer was called or answered (exit 2), not a failure (exit 1).
    pub(crate) usage: bool,
}

impl Said {
    /// A usage mistake (exit 2).
    pub(crate) fn usage(message: Message) -> Self {
        Self {
            message,
            help: None,
            usage: true,
        }
    }

    /// A failure (exit 1).
    pub(crate) fn failure(message: Message) -> Self {
        Self {
            message,
            help: None,
            usage: false,
        }
    }

    /// With a hint on what to do.
    pub(crate) fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }
}

/// Why a run stopped.
#[derive(Debug)]
pub(crate) enum AppError {
    /// A message in the reader's language (exit 2 for usage, else 1).
    Said(Box<Said>),
    /// As `Said`, at a place in a file, such as an answers file (exit 2).
    SaidAt(Box<Diagnostic>, Box<Said>),
    /// The flow or its translations are invalid (exit 1).
    InvalidFlow(Vec<Diagnostic>),
    /// Something else failed: reading input, writing a file (exit 1).
    Failed(String),
    /// The person pressed Ctrl-C (exit 130).
    Interrupted,
    /// The reader of our output went away, as `meldwijzer paths | head -1` does (exit 0).
    ClosedPipe,
    /// `diff` found differences, already printed (exit 1).
    Differences,
    /// What went wrong was already printed, as `verify` does; exit with this code.
    Reported(u8),
    /// `diff` could not load a flow (exit 2, as diff(1) does for trouble).
    DiffTrouble(Vec<Diagnostic>),
}

impl AppError {
    /// The process exit code.
    pub(crate) fn code(&self) -> u8 {
        match self {
            Self::ClosedPipe => 0,
            Self::Reported(code) => *code,
            Self::InvalidFlow(_) | Self::Failed(_) | Self::Differences => 1,
            Self::DiffTrouble(_) | Self::SaidAt(..) => 2,
            Self::Said(said) => {
                if said.usage {
                    2
                } else {
                    1
                }
            }
            Self::Interrupted => 130,
        }
    }
}

impl From<Said> for AppError {
    fn from(said: Said) -> Self {
        Self::Said(Box::new(said))
    }
}

impl From<io::Error> for AppError {
    /// A failed write of the output: quiet when the reader went away, else said in the
    /// reader's words ("the disk is full").
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Self::ClosedPipe
        } else {
            Said::failure(
                Message::new("ui-error-output", &[]).with("reason", super::reason::of_io(&err)),
            )
            .into()
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Failed(message) => write!(f, "error: {message}"),
            Self::Said(said) | Self::SaidAt(_, said) => write!(f, "error: {}", said.message.id),
            Self::InvalidFlow(diagnostics) | Self::DiffTrouble(diagnostics) => {
                f.write_str(&meldwijzer::diagnostic::render_all(diagnostics, false))
            }
            Self::Interrupted => f.write_str("interrupted"),
            Self::ClosedPipe | Self::Differences | Self::Reported(_) => Ok(()),
        }
    }
}

/// Shorthand for results in the front-ends.
pub(crate) type AppResult<T = ()> = Result<T, AppError>;
