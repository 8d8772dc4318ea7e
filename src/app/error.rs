//! Everything that can end a run early, and the exit code each one gives.

use std::fmt;
use std::io;

use meldwijzer::Diagnostic;

/// Why a run stopped.
#[derive(Debug)]
pub(crate) enum AppError {
    /// The command line or an answer file is wrong (exit 2).
    Usage(String),
    /// A usage problem with a place in a file, such as an answers file (exit 2).
    UsageAt(Box<Diagnostic>),
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
    /// `diff` could not load a flow (exit 2, as diff(1) does for trouble).
    DiffTrouble(Vec<Diagnostic>),
}

impl AppError {
    /// The process exit code.
    pub(crate) fn code(&self) -> u8 {
        match self {
            Self::ClosedPipe => 0,
            Self::InvalidFlow(_) | Self::Failed(_) | Self::Differences => 1,
            Self::Usage(_) | Self::UsageAt(_) | Self::DiffTrouble(_) => 2,
            Self::Interrupted => 130,
        }
    }
}

impl From<io::Error> for AppError {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Self::ClosedPipe
        } else {
            Self::Failed(format!("cannot write output: {err}"))
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(message) | Self::Failed(message) => write!(f, "error: {message}"),
            Self::UsageAt(diagnostic) => write!(f, "{diagnostic}"),
            Self::InvalidFlow(diagnostics) | Self::DiffTrouble(diagnostics) => {
                f.write_str(&meldwijzer::diagnostic::render_all(diagnostics, false))
            }
            Self::Interrupted => f.write_str("interrupted"),
            Self::ClosedPipe | Self::Differences => Ok(()),
        }
    }
}

/// Shorthand for results in the front-ends.
pub(crate) type AppResult<T = ()> = Result<T, AppError>;
