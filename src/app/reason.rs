//! Why reading or writing failed, in the reader's words: the common kinds (not found, no
//! permission, a folder, a full disk, a value of the wrong type) are worded by the
//! catalogue, and the system's or parser's own text is kept only as a detail after them.

use std::io;

use meldwijzer::limits;
use meldwijzer::loader::ReadFailure;

use super::error::Message;

/// The reason `kind`, followed by `detail` (the original text) in brackets.
fn worded(kind: &str, detail: &str) -> Message {
    let limit = limits::MAX_FILE_BYTES.to_string();
    let reason = Message::new(
        "ui-reason",
        &[("reason", kind), ("detail", detail), ("limit", &limit)],
    );
    if kind == "other" || detail.is_empty() {
        reason
    } else {
        Message::new("ui-reason-with-detail", &[("detail", detail)]).with("reason", reason)
    }
}

/// The catalogue's name for an I/O error's kind, or `other`.
pub(crate) fn io_kind(err: &io::Error) -> &'static str {
    match err.kind() {
        io::ErrorKind::NotFound => "not-found",
        io::ErrorKind::PermissionDenied => "permission-denied",
        io::ErrorKind::IsADirectory => "is-a-directory",
        io::ErrorKind::StorageFull => "disk-full",
        io::ErrorKind::InvalidData => "not-utf8",
        _ => "other",
    }
}

/// Why an I/O operation failed.
pub(crate) fn of_io(err: &io::Error) -> Message {
    worded(io_kind(err), &err.to_string())
}

/// Why a file could not be read.
pub(crate) fn of_read(failure: &ReadFailure) -> Message {
    match failure {
        ReadFailure::Io { error, .. } => of_io(error),
        ReadFailure::TooLarge { .. } => worded("too-large", ""),
        ReadFailure::Encoding(diagnostic) => {
            worded("not-utf8", &diagnostic.position().unwrap_or_default())
        }
    }
}

/// Why a TOML file does not have the shape asked for, from the parser's first line.
pub(crate) fn of_toml(message: &str) -> Message {
    let kind = if message.starts_with("invalid type") {
        "invalid-type"
    } else {
        "invalid-toml"
    };
    worded(kind, message)
}
